<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../src/dialogs/AboutDialog.cpp" line="68"/>
        <source>About %1</source>
        <translation>%1 について</translation>
    </message>
    <message>
        <location filename="../src/dialogs/AboutDialog.cpp" line="76"/>
        <source>Understand your history!</source>
        <translation>Git の履歴を見やすく管理</translation>
    </message>
    <message>
        <location filename="../src/dialogs/AboutDialog.cpp" line="96"/>
        <source>Changelog</source>
        <translation>変更履歴</translation>
    </message>
    <message>
        <location filename="../src/dialogs/AboutDialog.cpp" line="97"/>
        <source>Acknowledgments</source>
        <translation>謝辞</translation>
    </message>
    <message>
        <location filename="../src/dialogs/AboutDialog.cpp" line="98"/>
        <source>Privacy</source>
        <translation>プライバシー</translation>
    </message>
    <message>
        <location filename="../src/dialogs/AboutDialog.cpp" line="109"/>
        <source>Usage reporting has been disabled. Restart the application for changes to take effect.</source>
        <translation>使用状況の調査を無効にしました。アプリケーションを再起動してください。</translation>
    </message>
    <message>
        <location filename="../src/dialogs/AboutDialog.cpp" line="111"/>
        <source>Usage Reporting Disabled</source>
        <translation>使用状況の調査の無効化</translation>
    </message>
</context>
<context>
    <name>Account</name>
    <message>
        <location filename="../src/host/Account.cpp" line="181"/>
        <source>&lt;b&gt;Note:&lt;/b&gt; Basic authentication is not supported if you have two-factor authentication enabled. Use a &lt;a href=&apos;https://help.github.com/articles/creating-a-personal-access-token-for-the-command-line/&apos;&gt;personal access token&lt;/a&gt; in the password field instead.</source>
        <translation>&lt;b&gt;注:&lt;/b&gt; 2 段階認証が有効な場合、Basic 認証は使用できません。パスワードのフィールドには代わりに&lt;a href=&apos;https://help.github.com/ja/articles/creating-a-personal-access-token-for-the-command-line/&apos;&gt;個人アクセストークン&lt;/a&gt;を指定してください。</translation>
    </message>
    <message>
        <location filename="../src/host/Account.cpp" line="188"/>
        <source>&lt;b&gt;Note:&lt;/b&gt; Basic authentication is not supported. Use a &lt;a href=&apos;https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html&apos;&gt;personal access token&lt;/a&gt; in the password field instead.</source>
        <translation>&lt;b&gt;注:&lt;/b&gt; Basic 認証は使用できません。パスワードのフィールドには代わりに&lt;a href=&apos;https://gitlab-docs.creationline.com/ee/user/profile/personal_access_tokens.html&apos;&gt;個人アクセストークン&lt;/a&gt;を指定してください。</translation>
    </message>
    <message>
        <location filename="../src/host/Account.cpp" line="233"/>
        <source>Authentication failed</source>
        <translation>認証失敗</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../src/dialogs/AccountDialog.cpp" line="23"/>
        <source>Add Remote Account</source>
        <translation>リモートアカウントを追加</translation>
    </message>
    <message>
        <location filename="../src/dialogs/AccountDialog.cpp" line="64"/>
        <source>Host:</source>
        <translation>ホスト:</translation>
    </message>
    <message>
        <location filename="../src/dialogs/AccountDialog.cpp" line="65"/>
        <source>Username:</source>
        <translation>ユーザー名:</translation>
    </message>
    <message>
        <location filename="../src/dialogs/AccountDialog.cpp" line="66"/>
        <source>Password:</source>
        <translation>パスワード:</translation>
    </message>
    <message>
        <location filename="../src/dialogs/AccountDialog.cpp" line="68"/>
        <source>Advanced:</source>
        <translation>詳細設定:</translation>
    </message>
    <message>
        <location filename="../src/dialogs/AccountDialog.cpp" line="83"/>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <location filename="../src/dialogs/AccountDialog.cpp" line="116"/>
        <source>Replace?</source>
        <translation>置き換えますか？</translation>
    </message>
    <message>
        <location filename="../src/dialogs/AccountDialog.cpp" line="117"/>
        <source>An account of this type already exists.</source>
        <translation>この種類のアカウントは既に存在します。</translation>
    </message>
    <message>
        <location filename="../src/dialogs/AccountDialog.cpp" line="118"/>
        <source>Would you like to replace the previous account?</source>
        <translation>以前のアカウントと置き換えますか？</translation>
    </message>
    <message>
        <location filename="../src/dialogs/AccountDialog.cpp" line="120"/>
        <source>Replace</source>
        <translation>置換</translation>
    </message>
    <message>
        <location filename="../src/dialogs/AccountDialog.cpp" line="121"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../src/dialogs/AccountDialog.cpp" line="137"/>
        <source>Connection Failed</source>
        <translation>接続失敗</translation>
    </message>
</context>
<context>
    <name>AddRemoteDialog</name>
    <message>
        <location filename="../src/dialogs/AddRemoteDialog.cpp" line="19"/>
        <location filename="../src/dialogs/AddRemoteDialog.cpp" line="32"/>
        <source>Add Remote</source>
        <translation>リモートを追加</translation>
    </message>
    <message>
        <location filename="../src/dialogs/AddRemoteDialog.cpp" line="35"/>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <location filename="../src/dialogs/AddRemoteDialog.cpp" line="36"/>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
</context>
<context>
    <name>AdvancedButton</name>
    <message>
        <location filename="../src/ui/SearchField.cpp" line="53"/>
        <source>Advanced Search</source>
        <translation>高度な検索</translation>
    </message>
</context>
<context>
    <name>AdvancedSearchWidget</name>
    <message>
        <location filename="../src/ui/AdvancedSearchWidget.cpp" line="90"/>
        <source>Author:</source>
        <translation>作者:</translation>
    </message>
    <message>
        <location filename="../src/ui/AdvancedSearchWidget.cpp" line="90"/>
        <source>Author name</source>
        <translation>作者の名前</translation>
    </message>
    <message>
        <location filename="../src/ui/AdvancedSearchWidget.cpp" line="91"/>
        <source>Email:</source>
        <translation>E メール:</translation>
    </message>
    <message>
        <location filename="../src/ui/AdvancedSearchWidget.cpp" line="91"/>
        <source>Author email</source>
        <translation>作者の E メール</translation>
    </message>
    <message>
        <location filename="../src/ui/AdvancedSearchWidget.cpp" line="92"/>
        <source>Message:</source>
        <translation>メッセージ:</translation>
    </message>
    <message>
        <location filename="../src/ui/AdvancedSearchWidget.cpp" line="92"/>
        <source>Commit message</source>
        <translation>コミットに添えられた説明</translation>
    </message>
    <message>
        <location filename="../src/ui/AdvancedSearchWidget.cpp" line="96"/>
        <source>Date:</source>
        <translation>日付:</translation>
    </message>
    <message>
        <location filename="../src/ui/AdvancedSearchWidget.cpp" line="96"/>
        <source>Specific commit date</source>
        <translation>特定のコミット日からのみ検索</translation>
    </message>
    <message>
        <location filename="../src/ui/AdvancedSearchWidget.cpp" line="97"/>
        <source>After:</source>
        <translation>日付 - 開始:</translation>
    </message>
    <message>
        <location filename="../src/ui/AdvancedSearchWidget.cpp" line="97"/>
        <source>Commits after date</source>
        <translation>特定のコミット日以降からのみ検索</translation>
    </message>
    <message>
        <location filename="../src/ui/AdvancedSearchWidget.cpp" line="98"/>
        <source>Before:</source>
        <translation>日付 - 終了:</translation>
    </message>
    <message>
        <location filename="../src/ui/AdvancedSearchWidget.cpp" line="98"/>
        <source>Commits before date</source>
        <translation>特定のコミット日以前からのみ検索</translation>
    </message>
    <message>
        <location filename="../src/ui/AdvancedSearchWidget.cpp" line="102"/>
        <source>File:</source>
        <translation>ファイル:</translation>
    </message>
    <message>
        <location filename="../src/ui/AdvancedSearchWidget.cpp" line="102"/>
        <source>File name</source>
        <translation>ファイル名</translation>
    </message>
    <message>
        <location filename="../src/ui/AdvancedSearchWidget.cpp" line="103"/>
        <source>Path:</source>
        <translation>パス:</translation>
    </message>
    <message>
        <location filename="../src/ui/AdvancedSearchWidget.cpp" line="103"/>
        <source>File path</source>
        <translation>ファイルの場所</translation>
    </message>
    <message>
        <location filename="../src/ui/AdvancedSearchWidget.cpp" line="104"/>
        <source>Scope:</source>
        <translation>範囲:</translation>
    </message>
    <message>
        <location filename="../src/ui/AdvancedSearchWidget.cpp" line="104"/>
        <source>Hunk header text</source>
        <translation>差分場所を示すヘッダーのテキスト</translation>
    </message>
    <message>
        <location filename="../src/ui/AdvancedSearchWidget.cpp" line="109"/>
        <source>Context:</source>
        <translation>差分周辺:</translation>
    </message>
    <message>
        <location filename="../src/ui/AdvancedSearchWidget.cpp" line="109"/>
        <source>Diff context (white)</source>
        <translation>変更した箇所の周辺 (白)</translation>
    </message>
    <message>
        <location filename="../src/ui/AdvancedSearchWidget.cpp" line="110"/>
        <source>Addition:</source>
        <translation>追加部分:</translation>
    </message>
    <message>
        <location filename="../src/ui/AdvancedSearchWidget.cpp" line="110"/>
        <source>Diff addition (green)</source>
        <translation>追加した箇所の差分 (緑)</translation>
    </message>
    <message>
        <location filename="../src/ui/AdvancedSearchWidget.cpp" line="111"/>
        <source>Deletion:</source>
        <translation>削除部分:</translation>
    </message>
    <message>
        <location filename="../src/ui/AdvancedSearchWidget.cpp" line="111"/>
        <source>Diff deletion (red)</source>
        <translation>削除した箇所の差分 (赤)</translation>
    </message>
    <message>
        <location filename="../src/ui/AdvancedSearchWidget.cpp" line="116"/>
        <source>Comment:</source>
        <translation>コメント:</translation>
    </message>
    <message>
        <location filename="../src/ui/AdvancedSearchWidget.cpp" line="116"/>
        <source>Source code comment</source>
        <translation>ソースコードのコメント</translation>
    </message>
    <message>
        <location filename="../src/ui/AdvancedSearchWidget.cpp" line="117"/>
        <source>String:</source>
        <translation>文字列:</translation>
    </message>
    <message>
        <location filename="../src/ui/AdvancedSearchWidget.cpp" line="117"/>
        <source>Source code string literal</source>
        <translation>ソースコードの文字列リテラル</translation>
    </message>
    <message>
        <location filename="../src/ui/AdvancedSearchWidget.cpp" line="118"/>
        <source>Identifier:</source>
        <translation>識別子:</translation>
    </message>
    <message>
        <location filename="../src/ui/AdvancedSearchWidget.cpp" line="118"/>
        <source>Source code identifier</source>
        <translation>ソースコードの識別子</translation>
    </message>
    <message>
        <location filename="../src/ui/AdvancedSearchWidget.cpp" line="120"/>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../src/ui/AdvancedSearchWidget.cpp" line="128"/>
        <source>Return</source>
        <translation>Return</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../src/app/Application.cpp" line="393"/>
        <source>SSL Errors</source>
        <translation>SSL エラー</translation>
    </message>
    <message>
        <location filename="../src/app/Application.cpp" line="395"/>
        <source>Failed to set up SSL session. Do you want to ignore these errors?</source>
        <translation>SSL セッションのセットアップに失敗しました。これらのエラーを無視しますか？</translation>
    </message>
</context>
<context>
    <name>Beanstalk</name>
    <message>
        <location filename="../src/host/Beanstalk.cpp" line="45"/>
        <source>Connection failed</source>
        <translation>接続失敗</translation>
    </message>
</context>
<context>
    <name>Bitbucket</name>
    <message>
        <location filename="../src/host/Bitbucket.cpp" line="40"/>
        <source>Connection failed</source>
        <translation>接続失敗</translation>
    </message>
</context>
<context>
    <name>BlameEditor</name>
    <message>
        <location filename="../src/ui/BlameEditor.cpp" line="107"/>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <location filename="../src/ui/BlameEditor.cpp" line="123"/>
        <source>Not Tracked</source>
        <translation>未追跡</translation>
    </message>
    <message>
        <location filename="../src/ui/BlameEditor.cpp" line="144"/>
        <source>HEAD</source>
        <translation>リビジョン情報なし</translation>
    </message>
    <message>
        <location filename="../src/ui/BlameEditor.cpp" line="148"/>
        <source>Working Copy</source>
        <translation>作業コピー</translation>
    </message>
    <message>
        <location filename="../src/ui/BlameEditor.cpp" line="192"/>
        <source>Save File</source>
        <translation>ファイルを保存</translation>
    </message>
</context>
<context>
    <name>BlameMargin</name>
    <message>
        <location filename="../src/ui/BlameMargin.cpp" line="376"/>
        <source>Not Committed</source>
        <translation>未コミット</translation>
    </message>
    <message>
        <location filename="../src/ui/BlameMargin.cpp" line="379"/>
        <source>Invalid Signature</source>
        <translation>無効な署名</translation>
    </message>
</context>
<context>
    <name>BranchTableModel</name>
    <message>
        <location filename="../src/dialogs/BranchTableModel.cpp" line="84"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../src/dialogs/BranchTableModel.cpp" line="85"/>
        <source>Upstream</source>
        <translation>上流</translation>
    </message>
    <message>
        <location filename="../src/dialogs/BranchTableModel.cpp" line="86"/>
        <source>Rebase</source>
        <translation>リベース</translation>
    </message>
</context>
<context>
    <name>CheckoutDialog</name>
    <message>
        <location filename="../src/dialogs/CheckoutDialog.cpp" line="31"/>
        <source>Detach HEAD</source>
        <translation>このリビジョンで作業し続ける</translation>
    </message>
    <message>
        <location filename="../src/dialogs/CheckoutDialog.cpp" line="40"/>
        <source>References:</source>
        <translation>参照先:</translation>
    </message>
    <message>
        <location filename="../src/dialogs/CheckoutDialog.cpp" line="45"/>
        <source>Checkout</source>
        <translation>チェックアウト</translation>
    </message>
</context>
<context>
    <name>ClearButton</name>
    <message>
        <location filename="../src/ui/SearchField.cpp" line="82"/>
        <source>Clear</source>
        <translation>消去</translation>
    </message>
</context>
<context>
    <name>CloneDialog</name>
    <message>
        <location filename="../src/dialogs/CloneDialog.cpp" line="351"/>
        <source>Initialize Repository</source>
        <translation>リポジトリを作成</translation>
    </message>
    <message>
        <location filename="../src/dialogs/CloneDialog.cpp" line="351"/>
        <source>Clone Repository</source>
        <translation>リポジトリをクローン</translation>
    </message>
    <message>
        <location filename="../src/dialogs/CloneDialog.cpp" line="390"/>
        <source>Initialized empty repository into &apos;%1&apos;</source>
        <translation>空のリポジトリを &apos;%1&apos; に作成しました</translation>
    </message>
    <message>
        <location filename="../src/dialogs/CloneDialog.cpp" line="391"/>
        <source>Cloned repository from &apos;%1&apos; into &apos;%2&apos;</source>
        <translation>リポジトリ &apos;%1&apos; を &apos;%2&apos; にクローンしました</translation>
    </message>
    <message>
        <location filename="../src/dialogs/CloneDialog.cpp" line="397"/>
        <source>Initialize</source>
        <translation>作成</translation>
    </message>
    <message>
        <location filename="../src/dialogs/CloneDialog.cpp" line="397"/>
        <source>Clone</source>
        <translation>クローン</translation>
    </message>
</context>
<context>
    <name>ClonePage</name>
    <message>
        <location filename="../src/dialogs/CloneDialog.cpp" line="257"/>
        <source>Clone Progress</source>
        <translation>クローンの進行状況</translation>
    </message>
    <message>
        <location filename="../src/dialogs/CloneDialog.cpp" line="258"/>
        <source>The new repository will open after the clone finishes.</source>
        <translation>クローンの完了後に、新しいリポジトリが開かれます。</translation>
    </message>
    <message>
        <location filename="../src/dialogs/CloneDialog.cpp" line="279"/>
        <source>Clone</source>
        <translation>クローン</translation>
    </message>
    <message>
        <location filename="../src/dialogs/CloneDialog.cpp" line="288"/>
        <location filename="../src/dialogs/CloneDialog.cpp" line="290"/>
        <source>clone</source>
        <translation>クローン</translation>
    </message>
    <message>
        <location filename="../src/dialogs/CloneDialog.cpp" line="288"/>
        <source>Clone canceled.</source>
        <translation>クローンをキャンセルしました。</translation>
    </message>
    <message>
        <location filename="../src/dialogs/CloneDialog.cpp" line="332"/>
        <source>Failed to %1 into &apos;%2&apos; - %3</source>
        <translation>&apos;%2&apos; への%1に失敗しました - %3</translation>
    </message>
</context>
<context>
    <name>CommitDetail</name>
    <message>
        <location filename="../src/ui/DetailView.cpp" line="222"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../src/ui/DetailView.cpp" line="364"/>
        <source>Range:</source>
        <translation>範囲:</translation>
    </message>
    <message>
        <location filename="../src/ui/DetailView.cpp" line="381"/>
        <source>Id:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <location filename="../src/ui/DetailView.cpp" line="393"/>
        <source>initial commit</source>
        <translation>初回コミット</translation>
    </message>
    <message>
        <location filename="../src/ui/DetailView.cpp" line="395"/>
        <source>Parents:</source>
        <translation>親コミット:</translation>
    </message>
</context>
<context>
    <name>CommitDialog</name>
    <message>
        <location filename="../src/dialogs/CommitDialog.cpp" line="29"/>
        <source>Merge commit message</source>
        <translation>マージコミットの説明</translation>
    </message>
    <message>
        <location filename="../src/dialogs/CommitDialog.cpp" line="33"/>
        <source>Stash commit message</source>
        <translation>スタッシュ収納コミットの説明</translation>
    </message>
    <message>
        <location filename="../src/dialogs/CommitDialog.cpp" line="37"/>
        <source>Revert commit message</source>
        <translation>取り消しコミットの説明</translation>
    </message>
    <message>
        <location filename="../src/dialogs/CommitDialog.cpp" line="41"/>
        <source>Cherry-pick commit message</source>
        <translation>取り込みコミットの説明</translation>
    </message>
    <message>
        <location filename="../src/dialogs/CommitDialog.cpp" line="71"/>
        <source>Merge</source>
        <translation>マージ</translation>
    </message>
    <message>
        <location filename="../src/dialogs/CommitDialog.cpp" line="72"/>
        <location filename="../src/dialogs/CommitDialog.cpp" line="82"/>
        <location filename="../src/dialogs/CommitDialog.cpp" line="87"/>
        <source>Abort</source>
        <translation>中断</translation>
    </message>
    <message>
        <location filename="../src/dialogs/CommitDialog.cpp" line="76"/>
        <source>Stash</source>
        <translation>スタッシュへ預ける</translation>
    </message>
    <message>
        <location filename="../src/dialogs/CommitDialog.cpp" line="81"/>
        <source>Revert</source>
        <translation>取り消す</translation>
    </message>
    <message>
        <location filename="../src/dialogs/CommitDialog.cpp" line="86"/>
        <source>Cherry-pick</source>
        <translation>取り込む</translation>
    </message>
</context>
<context>
    <name>CommitEditor</name>
    <message>
        <location filename="../src/ui/DetailView.cpp" line="714"/>
        <source>&lt;b&gt;Commit Message:&lt;/b&gt;</source>
        <translation>&lt;b&gt;コミットの説明:&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/ui/DetailView.cpp" line="828"/>
        <location filename="../src/ui/DetailView.cpp" line="853"/>
        <source>Spell Check Language</source>
        <translation>スペルチェックの言語</translation>
    </message>
    <message>
        <location filename="../src/ui/DetailView.cpp" line="829"/>
        <source>The dictionary &apos;%1&apos; is invalid</source>
        <translation>辞書 &apos;%1&apos; が無効です</translation>
    </message>
    <message>
        <location filename="../src/ui/DetailView.cpp" line="830"/>
        <source>Spell checking is disabled.</source>
        <translation>スペルチェックは無効化されました。</translation>
    </message>
    <message>
        <location filename="../src/ui/DetailView.cpp" line="831"/>
        <source>The choosen dictionary &apos;%1.dic&apos; is not a valid hunspell dictionary.</source>
        <translation>指定された辞書 &apos;%1.dic&apos; は有効な hunspell 辞書ではありません。</translation>
    </message>
    <message>
        <location filename="../src/ui/DetailView.cpp" line="837"/>
        <location filename="../src/ui/DetailView.cpp" line="894"/>
        <source>Invalid dictionary &apos;%1.dic&apos;</source>
        <translation>無効な辞書 &apos;%1.dic&apos;</translation>
    </message>
    <message>
        <location filename="../src/ui/DetailView.cpp" line="859"/>
        <source>Edit User Dictionary</source>
        <translation>ユーザー辞書を編集</translation>
    </message>
    <message>
        <location filename="../src/ui/DetailView.cpp" line="916"/>
        <source>Stage All</source>
        <translation>全てステージに上げる</translation>
    </message>
    <message>
        <location filename="../src/ui/DetailView.cpp" line="920"/>
        <source>Unstage All</source>
        <translation>全てステージから降ろす</translation>
    </message>
    <message>
        <location filename="../src/ui/DetailView.cpp" line="923"/>
        <location filename="../src/ui/DetailView.cpp" line="1106"/>
        <source>Commit</source>
        <translation>コミット</translation>
    </message>
    <message>
        <location filename="../src/ui/DetailView.cpp" line="1049"/>
        <source>Update %1</source>
        <translation>%1 の更新</translation>
    </message>
    <message>
        <location filename="../src/ui/DetailView.cpp" line="1053"/>
        <source>Update %1 and %2</source>
        <translation>%1 と %2 の更新</translation>
    </message>
    <message>
        <location filename="../src/ui/DetailView.cpp" line="1057"/>
        <source>Update %1, %2, and %3</source>
        <translation>%1, %2, %3 の更新</translation>
    </message>
    <message>
        <location filename="../src/ui/DetailView.cpp" line="1062"/>
        <source>Update %1, %2, and %3 more files...</source>
        <translation>%1, %2, 他 %3 個のファイルの更新...</translation>
    </message>
    <message>
        <location filename="../src/ui/DetailView.cpp" line="1078"/>
        <source>Nothing staged</source>
        <translation>ステージ上に項目なし</translation>
    </message>
    <message>
        <location filename="../src/ui/DetailView.cpp" line="1081"/>
        <source>%1 of %2 file staged</source>
        <translation>%1 / %2 個のファイルをステージに上げました</translation>
    </message>
    <message>
        <location filename="../src/ui/DetailView.cpp" line="1081"/>
        <source>%1 of %2 files staged</source>
        <translation>%1 / %2 個のファイルをステージに上げました</translation>
    </message>
    <message>
        <location filename="../src/ui/DetailView.cpp" line="1086"/>
        <source>%1 file partially staged</source>
        <translation>%1 個のファイル一部分をステージに上げました</translation>
    </message>
    <message>
        <location filename="../src/ui/DetailView.cpp" line="1086"/>
        <source>%1 files partially staged</source>
        <translation>%1 個のファイル一部分をステージに上げました</translation>
    </message>
    <message>
        <location filename="../src/ui/DetailView.cpp" line="1092"/>
        <source>%1 unresolved conflict</source>
        <translation>%1 件の衝突が未解決です</translation>
    </message>
    <message>
        <location filename="../src/ui/DetailView.cpp" line="1092"/>
        <source>%1 unresolved conflicts</source>
        <translation>%1 件の衝突が未解決です</translation>
    </message>
    <message>
        <location filename="../src/ui/DetailView.cpp" line="1095"/>
        <source>all conflicts resolved</source>
        <translation>全ての衝突を解決しました</translation>
    </message>
    <message>
        <location filename="../src/ui/DetailView.cpp" line="1106"/>
        <source>Commit Merge</source>
        <translation>マージをコミット</translation>
    </message>
</context>
<context>
    <name>CommitList</name>
    <message>
        <location filename="../src/ui/CommitList.cpp" line="1444"/>
        <source>Remove Untracked Files</source>
        <translation>未追跡のファイルを削除</translation>
    </message>
    <message>
        <location filename="../src/ui/CommitList.cpp" line="1461"/>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <location filename="../src/ui/CommitList.cpp" line="1465"/>
        <source>Pop</source>
        <translation>引き出す</translation>
    </message>
    <message>
        <location filename="../src/ui/CommitList.cpp" line="1469"/>
        <source>Drop</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../src/ui/CommitList.cpp" line="1483"/>
        <source>Unstar</source>
        <translation>スターを外す</translation>
    </message>
    <message>
        <location filename="../src/ui/CommitList.cpp" line="1483"/>
        <source>Star</source>
        <translation>スターを付ける</translation>
    </message>
    <message>
        <location filename="../src/ui/CommitList.cpp" line="1493"/>
        <source>Add Tag...</source>
        <translation>タグを追加...</translation>
    </message>
    <message>
        <location filename="../src/ui/CommitList.cpp" line="1497"/>
        <source>New Branch...</source>
        <translation>新しいブランチ...</translation>
    </message>
    <message>
        <location filename="../src/ui/CommitList.cpp" line="1508"/>
        <source>Delete Tag %1</source>
        <translation>タグ %1 を削除</translation>
    </message>
    <message>
        <location filename="../src/ui/CommitList.cpp" line="1518"/>
        <source>Delete Branch %1</source>
        <translation>ブランチ %1 を削除</translation>
    </message>
    <message>
        <location filename="../src/ui/CommitList.cpp" line="1526"/>
        <source>Merge...</source>
        <translation>マージ...</translation>
    </message>
    <message>
        <location filename="../src/ui/CommitList.cpp" line="1541"/>
        <source>Rebase...</source>
        <translation>リベース...</translation>
    </message>
    <message>
        <location filename="../src/ui/CommitList.cpp" line="1556"/>
        <source>Squash...</source>
        <translation>スカッシュ...</translation>
    </message>
    <message>
        <location filename="../src/ui/CommitList.cpp" line="1573"/>
        <source>Revert</source>
        <translation>取り消す</translation>
    </message>
    <message>
        <location filename="../src/ui/CommitList.cpp" line="1577"/>
        <source>Cherry-pick</source>
        <translation>取り込む</translation>
    </message>
    <message>
        <location filename="../src/ui/CommitList.cpp" line="1586"/>
        <location filename="../src/ui/CommitList.cpp" line="1596"/>
        <location filename="../src/ui/CommitList.cpp" line="1616"/>
        <source>Checkout %1</source>
        <translation>%1 をチェックアウト</translation>
    </message>
    <message>
        <location filename="../src/ui/CommitList.cpp" line="1607"/>
        <source>Local branch is already checked out</source>
        <translation>ローカルブランチは既にチェックアウトされています</translation>
    </message>
    <message>
        <location filename="../src/ui/CommitList.cpp" line="1610"/>
        <source>This is a bare repository</source>
        <translation>これはベアリポジトリです</translation>
    </message>
    <message>
        <location filename="../src/ui/CommitList.cpp" line="1627"/>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <location filename="../src/ui/CommitList.cpp" line="1628"/>
        <source>Soft</source>
        <translation>作業対象のコミットのみ</translation>
    </message>
    <message>
        <location filename="../src/ui/CommitList.cpp" line="1629"/>
        <source>Mixed</source>
        <translation>作業対象のコミットとステージ上の項目</translation>
    </message>
    <message>
        <location filename="../src/ui/CommitList.cpp" line="1630"/>
        <source>Hard</source>
        <translation>作業ツリーを含む全て</translation>
    </message>
</context>
<context>
    <name>CommitModel</name>
    <message>
        <location filename="../src/ui/CommitList.cpp" line="353"/>
        <source>Uncommitted changes</source>
        <translation>コミットされていない変更</translation>
    </message>
    <message>
        <location filename="../src/ui/CommitList.cpp" line="354"/>
        <source>Checking for uncommitted changes</source>
        <translation>コミットされていない変更を確認しています</translation>
    </message>
</context>
<context>
    <name>CommitToolBar</name>
    <message>
        <location filename="../src/ui/CommitToolBar.cpp" line="138"/>
        <source>Show All Branches</source>
        <translation>全てのブランチを表示</translation>
    </message>
    <message>
        <location filename="../src/ui/CommitToolBar.cpp" line="139"/>
        <source>Show Selected Branch</source>
        <translation>選択したブランチのみを表示</translation>
    </message>
    <message>
        <location filename="../src/ui/CommitToolBar.cpp" line="143"/>
        <source>Sort by Date</source>
        <translation>日時順に並べる</translation>
    </message>
    <message>
        <location filename="../src/ui/CommitToolBar.cpp" line="144"/>
        <source>Sort Topologically</source>
        <translation>関連順に並べる</translation>
    </message>
    <message>
        <location filename="../src/ui/CommitToolBar.cpp" line="161"/>
        <source>Show Graph</source>
        <translation>グラフを表示</translation>
    </message>
    <message>
        <location filename="../src/ui/CommitToolBar.cpp" line="171"/>
        <source>Show Clean Status</source>
        <translation>空の状態を表示</translation>
    </message>
    <message>
        <location filename="../src/ui/CommitToolBar.cpp" line="182"/>
        <source>Compact Mode</source>
        <translation>コンパクトモード</translation>
    </message>
</context>
<context>
    <name>ConfigDialog</name>
    <message>
        <location filename="../src/dialogs/ConfigDialog.cpp" line="741"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../src/dialogs/ConfigDialog.cpp" line="765"/>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../src/dialogs/ConfigDialog.cpp" line="773"/>
        <source>Diff</source>
        <translation>差分</translation>
    </message>
    <message>
        <location filename="../src/dialogs/ConfigDialog.cpp" line="781"/>
        <source>Remotes</source>
        <translation>リモート</translation>
    </message>
    <message>
        <location filename="../src/dialogs/ConfigDialog.cpp" line="789"/>
        <source>Branches</source>
        <translation>ブランチ</translation>
    </message>
    <message>
        <location filename="../src/dialogs/ConfigDialog.cpp" line="797"/>
        <source>Submodules</source>
        <translation>サブモジュール</translation>
    </message>
    <message>
        <location filename="../src/dialogs/ConfigDialog.cpp" line="804"/>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../src/dialogs/ConfigDialog.cpp" line="811"/>
        <source>Plugins</source>
        <translation>プラグイン</translation>
    </message>
    <message>
        <location filename="../src/dialogs/ConfigDialog.cpp" line="818"/>
        <source>LFS</source>
        <translation>LFS</translation>
    </message>
    <message>
        <location filename="../src/dialogs/ConfigDialog.cpp" line="833"/>
        <source>Edit Config File...</source>
        <translation>設定ファイルを編集...</translation>
    </message>
</context>
<context>
    <name>DefaultWidget</name>
    <message>
        <location filename="../src/ui/TabWidget.cpp" line="45"/>
        <source>Clone repository</source>
        <translation>リポジトリをクローン</translation>
    </message>
    <message>
        <location filename="../src/ui/TabWidget.cpp" line="57"/>
        <source>Open existing repository</source>
        <translation>既存のリポジトリを開く</translation>
    </message>
    <message>
        <location filename="../src/ui/TabWidget.cpp" line="61"/>
        <source>Open Repository</source>
        <translation>リポジトリを開く</translation>
    </message>
    <message>
        <location filename="../src/ui/TabWidget.cpp" line="72"/>
        <source>Initialize new repository</source>
        <translation>新しいリポジトリを作成</translation>
    </message>
    <message>
        <location filename="../src/ui/TabWidget.cpp" line="92"/>
        <source>Add %1 account</source>
        <translation>%1 アカウントを追加</translation>
    </message>
    <message>
        <location filename="../src/ui/TabWidget.cpp" line="104"/>
        <source>View getting started videos</source>
        <translation>解説動画を観る</translation>
    </message>
    <message>
        <location filename="../src/ui/TabWidget.cpp" line="105"/>
        <source>Contact us for support</source>
        <translation>サポートに関するお問い合わせ</translation>
    </message>
</context>
<context>
    <name>DeleteBranchDialog</name>
    <message>
        <location filename="../src/dialogs/DeleteBranchDialog.cpp" line="33"/>
        <source>Are you sure you want to delete local branch &apos;%1&apos;?</source>
        <translation>ローカルブランチ &apos;%1&apos; を削除しますか？</translation>
    </message>
    <message>
        <location filename="../src/dialogs/DeleteBranchDialog.cpp" line="34"/>
        <source>Delete Branch?</source>
        <translation>ブランチを削除しますか？</translation>
    </message>
    <message>
        <location filename="../src/dialogs/DeleteBranchDialog.cpp" line="40"/>
        <source>Also delete the upstream branch from its remote</source>
        <translation>リモートの上流ブランチも削除</translation>
    </message>
    <message>
        <location filename="../src/dialogs/DeleteBranchDialog.cpp" line="44"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../src/dialogs/DeleteBranchDialog.cpp" line="56"/>
        <source>delete &apos;%1&apos; from &apos;%2&apos;</source>
        <translation>&apos;%2&apos; から &apos;%1&apos; を削除</translation>
    </message>
    <message>
        <location filename="../src/dialogs/DeleteBranchDialog.cpp" line="57"/>
        <source>Push</source>
        <translation>プッシュ</translation>
    </message>
    <message>
        <location filename="../src/dialogs/DeleteBranchDialog.cpp" line="73"/>
        <source>Push canceled.</source>
        <translation>プッシュをキャンセルしました。</translation>
    </message>
    <message>
        <location filename="../src/dialogs/DeleteBranchDialog.cpp" line="76"/>
        <source>Unable to push to %1 - %2</source>
        <translation>%1 にプッシュできませんでした - %2</translation>
    </message>
    <message>
        <location filename="../src/dialogs/DeleteBranchDialog.cpp" line="91"/>
        <source>The branch is not fully merged. Deleting it may cause some commits to be lost.</source>
        <translation>ブランチが完全にマージされていません。このまま削除すると、一部のコミットが失われる可能性があります。</translation>
    </message>
</context>
<context>
    <name>DeleteTagDialog</name>
    <message>
        <location filename="../src/dialogs/DeleteTagDialog.cpp" line="27"/>
        <source>Are you sure you want to delete tag &apos;%1&apos;?</source>
        <translation>タグ &apos;%1&apos; を削除しますか？</translation>
    </message>
    <message>
        <location filename="../src/dialogs/DeleteTagDialog.cpp" line="28"/>
        <source>Delete Tag?</source>
        <translation>タグを削除しますか？</translation>
    </message>
    <message>
        <location filename="../src/dialogs/DeleteTagDialog.cpp" line="35"/>
        <source>Also delete the upstream tag from %1</source>
        <translation>%1 の上流タグも削除</translation>
    </message>
    <message>
        <location filename="../src/dialogs/DeleteTagDialog.cpp" line="39"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../src/dialogs/DeleteTagDialog.cpp" line="48"/>
        <source>delete &apos;%1&apos; from &apos;%2&apos;</source>
        <translation>&apos;%2&apos; から &apos;%1&apos; を削除</translation>
    </message>
    <message>
        <location filename="../src/dialogs/DeleteTagDialog.cpp" line="49"/>
        <source>Push</source>
        <translation>プッシュ</translation>
    </message>
    <message>
        <location filename="../src/dialogs/DeleteTagDialog.cpp" line="66"/>
        <source>Push canceled.</source>
        <translation>プッシュをキャンセルしました。</translation>
    </message>
    <message>
        <location filename="../src/dialogs/DeleteTagDialog.cpp" line="69"/>
        <source>Unable to push to %1 - %2</source>
        <translation>%1 にプッシュできませんでした - %2</translation>
    </message>
    <message>
        <location filename="../src/dialogs/DeleteTagDialog.cpp" line="78"/>
        <source>Delete Tag</source>
        <translation>タグを削除</translation>
    </message>
    <message>
        <location filename="../src/dialogs/DeleteTagDialog.cpp" line="79"/>
        <source>delete tag</source>
        <translation>タグを削除</translation>
    </message>
</context>
<context>
    <name>DiffPanel</name>
    <message>
        <location filename="../src/dialogs/DiffPanel.cpp" line="31"/>
        <source>lines</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../src/dialogs/DiffPanel.cpp" line="49"/>
        <source>System Locale</source>
        <translation>システム既定のロケールを使用</translation>
    </message>
    <message>
        <location filename="../src/dialogs/DiffPanel.cpp" line="73"/>
        <source>Context lines:</source>
        <translation>周辺の行数:</translation>
    </message>
    <message>
        <location filename="../src/dialogs/DiffPanel.cpp" line="74"/>
        <source>Character Encoding:</source>
        <translation>文字エンコード:</translation>
    </message>
    <message>
        <location filename="../src/dialogs/DiffPanel.cpp" line="83"/>
        <source>Ignore Whitespace (-w)</source>
        <translation>空白を無視 (-w)</translation>
    </message>
    <message>
        <location filename="../src/dialogs/DiffPanel.cpp" line="91"/>
        <source>Added files</source>
        <translation>追加されたファイル</translation>
    </message>
    <message>
        <location filename="../src/dialogs/DiffPanel.cpp" line="97"/>
        <source>Deleted files</source>
        <translation>削除されたファイル</translation>
    </message>
    <message>
        <location filename="../src/dialogs/DiffPanel.cpp" line="103"/>
        <source>Whitespace:</source>
        <translation>空白:</translation>
    </message>
    <message>
        <location filename="../src/dialogs/DiffPanel.cpp" line="104"/>
        <source>Auto Collapse:</source>
        <translation>自動折り畳み:</translation>
    </message>
</context>
<context>
    <name>DiffTool</name>
    <message>
        <location filename="../src/tools/DiffTool.cpp" line="36"/>
        <source>External Diff</source>
        <translation>外部差分ツール</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <location filename="../src/ui/DiffView.cpp" line="2120"/>
        <source>Add new file</source>
        <translation>新しいファイルを追加</translation>
    </message>
    <message>
        <location filename="../src/ui/DiffView.cpp" line="2134"/>
        <source>Or drag files here to copy into the repository</source>
        <translation>または、ここにファイルをドラッグして、リポジトリへコピーします</translation>
    </message>
</context>
<context>
    <name>DownloadDialog</name>
    <message>
        <location filename="../src/update/DownloadDialog.cpp" line="27"/>
        <source>Update %1</source>
        <translation>%1 を更新</translation>
    </message>
    <message>
        <location filename="../src/update/DownloadDialog.cpp" line="36"/>
        <source>Downloading %1...</source>
        <translation>%1 をダウンロードしています...</translation>
    </message>
    <message>
        <location filename="../src/update/DownloadDialog.cpp" line="64"/>
        <source>Download Complete!</source>
        <translation>ダウンロードが完了しました！</translation>
    </message>
    <message>
        <location filename="../src/update/DownloadDialog.cpp" line="66"/>
        <source>Install and Restart</source>
        <translation>インストールと再起動を行う</translation>
    </message>
</context>
<context>
    <name>EditButton</name>
    <message>
        <location filename="../src/ui/DiffView.cpp" line="297"/>
        <source>Edit Working Copy</source>
        <translation>作業コピーを編集</translation>
    </message>
    <message>
        <location filename="../src/ui/DiffView.cpp" line="308"/>
        <source>Edit New Revision</source>
        <translation>新しいリビジョンを編集</translation>
    </message>
    <message>
        <location filename="../src/ui/DiffView.cpp" line="323"/>
        <source>Edit Old Revision</source>
        <translation>古いリビジョンを編集</translation>
    </message>
</context>
<context>
    <name>EditTool</name>
    <message>
        <location filename="../src/tools/EditTool.cpp" line="33"/>
        <source>Edit in External Editor</source>
        <translation>外部エディターで編集</translation>
    </message>
</context>
<context>
    <name>EditorPanel</name>
    <message>
        <location filename="../src/dialogs/SettingsDialog.cpp" line="568"/>
        <source>Tabs</source>
        <translation>タブ</translation>
    </message>
    <message>
        <location filename="../src/dialogs/SettingsDialog.cpp" line="569"/>
        <source>Spaces</source>
        <translation>スペース</translation>
    </message>
    <message>
        <location filename="../src/dialogs/SettingsDialog.cpp" line="590"/>
        <source>Show heat map</source>
        <translation>ヒートマップを表示</translation>
    </message>
    <message>
        <location filename="../src/dialogs/SettingsDialog.cpp" line="599"/>
        <source>Font:</source>
        <translation>フォント:</translation>
    </message>
    <message>
        <location filename="../src/dialogs/SettingsDialog.cpp" line="600"/>
        <source>Font size:</source>
        <translation>フォントの大きさ:</translation>
    </message>
    <message>
        <location filename="../src/dialogs/SettingsDialog.cpp" line="601"/>
        <source>Indent using:</source>
        <translation>インデント文字:</translation>
    </message>
    <message>
        <location filename="../src/dialogs/SettingsDialog.cpp" line="602"/>
        <source>Indent width:</source>
        <translation>インデントの幅:</translation>
    </message>
    <message>
        <location filename="../src/dialogs/SettingsDialog.cpp" line="603"/>
        <source>Tab width:</source>
        <translation>タブの幅:</translation>
    </message>
    <message>
        <location filename="../src/dialogs/SettingsDialog.cpp" line="604"/>
        <source>Blame margin:</source>
        <translation>執筆者の履歴:</translation>
    </message>
</context>
<context>
    <name>EditorWindow</name>
    <message>
        <location filename="../src/ui/EditorWindow.cpp" line="98"/>
        <source>&apos;%1&apos; has been modified. Do you want to save your changes?</source>
        <translation>&apos;%1&apos; は変更されています。保存しますか？</translation>
    </message>
    <message>
        <location filename="../src/ui/EditorWindow.cpp" line="100"/>
        <source>Save Changes?</source>
        <translation>変更を保存しますか？</translation>
    </message>
</context>
<context>
    <name>ExternalToolsDialog</name>
    <message>
        <location filename="../src/dialogs/ExternalToolsDialog.cpp" line="25"/>
        <source>Configure External Tools</source>
        <translation>外部ツールの構成</translation>
    </message>
    <message>
        <location filename="../src/dialogs/ExternalToolsDialog.cpp" line="43"/>
        <source>Detected Tools</source>
        <translation>自動検出されたツール</translation>
    </message>
    <message>
        <location filename="../src/dialogs/ExternalToolsDialog.cpp" line="68"/>
        <source>User Defined Tools</source>
        <translation>ユーザーが定義したツール</translation>
    </message>
    <message>
        <location filename="../src/dialogs/ExternalToolsDialog.cpp" line="87"/>
        <source>Select Executable</source>
        <translation>実行ファイルを選択</translation>
    </message>
</context>
<context>
    <name>ExternalToolsModel</name>
    <message>
        <location filename="../src/dialogs/ExternalToolsModel.cpp" line="63"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../src/dialogs/ExternalToolsModel.cpp" line="64"/>
        <source>Command</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <location filename="../src/dialogs/ExternalToolsModel.cpp" line="65"/>
        <source>Arguments</source>
        <translation>引数</translation>
    </message>
</context>
<context>
    <name>FileContextMenu</name>
    <message>
        <location filename="../src/ui/FileContextMenu.cpp" line="31"/>
        <source>Revision Not Found</source>
        <translation>リビジョンが見つかりませんでした</translation>
    </message>
    <message>
        <location filename="../src/ui/FileContextMenu.cpp" line="32"/>
        <source>The selected file doesn&apos;t have a %1 revision.</source>
        <translation>選択したファイルには%1のリビジョンがありません。</translation>
    </message>
    <message>
        <location filename="../src/ui/FileContextMenu.cpp" line="87"/>
        <source>Bash Not Found</source>
        <translation>Bash が見つかりませんでした</translation>
    </message>
    <message>
        <location filename="../src/ui/FileContextMenu.cpp" line="88"/>
        <source>Bash was not found on your PATH.</source>
        <translation>Bash がどの PATH にも見つかりませんでした。</translation>
    </message>
    <message>
        <location filename="../src/ui/FileContextMenu.cpp" line="90"/>
        <source>Bash is required to execute external tools.</source>
        <translation>外部ツールを起動するには Bash が必要です。</translation>
    </message>
    <message>
        <location filename="../src/ui/FileContextMenu.cpp" line="109"/>
        <source>Stage</source>
        <translation>ステージに上げる</translation>
    </message>
    <message>
        <location filename="../src/ui/FileContextMenu.cpp" line="113"/>
        <source>Unstage</source>
        <translation>ステージから降ろす</translation>
    </message>
    <message>
        <location filename="../src/ui/FileContextMenu.cpp" line="174"/>
        <location filename="../src/ui/FileContextMenu.cpp" line="183"/>
        <source>Discard Changes</source>
        <translation>変更を破棄</translation>
    </message>
    <message>
        <location filename="../src/ui/FileContextMenu.cpp" line="176"/>
        <source>Discard Changes?</source>
        <translation>変更を破棄しますか？</translation>
    </message>
    <message>
        <location filename="../src/ui/FileContextMenu.cpp" line="177"/>
        <source>Are you sure you want to discard changes in the selected files?</source>
        <translation>選択したファイルへの変更を破棄しますか？</translation>
    </message>
    <message>
        <location filename="../src/ui/FileContextMenu.cpp" line="180"/>
        <source>This action cannot be undone.</source>
        <translation>この操作は元に戻せません。</translation>
    </message>
    <message>
        <location filename="../src/ui/FileContextMenu.cpp" line="189"/>
        <source>%1 files</source>
        <translation>%1 個のファイル</translation>
    </message>
    <message>
        <location filename="../src/ui/FileContextMenu.cpp" line="190"/>
        <source>Discard</source>
        <translation>破棄</translation>
    </message>
    <message>
        <location filename="../src/ui/FileContextMenu.cpp" line="191"/>
        <source>discard</source>
        <translation>破棄</translation>
    </message>
    <message>
        <location filename="../src/ui/FileContextMenu.cpp" line="201"/>
        <source>Remove Untracked Files</source>
        <translation>未追跡のファイルを削除</translation>
    </message>
    <message>
        <location filename="../src/ui/FileContextMenu.cpp" line="209"/>
        <source>Ignore</source>
        <translation>無視</translation>
    </message>
    <message>
        <location filename="../src/ui/FileContextMenu.cpp" line="231"/>
        <source>Checkout</source>
        <translation>チェックアウト</translation>
    </message>
    <message>
        <location filename="../src/ui/FileContextMenu.cpp" line="259"/>
        <source>Unlock</source>
        <translation>ロック解除</translation>
    </message>
    <message>
        <location filename="../src/ui/FileContextMenu.cpp" line="259"/>
        <source>Lock</source>
        <translation>ロック</translation>
    </message>
    <message>
        <location filename="../src/ui/FileContextMenu.cpp" line="274"/>
        <source>Copy File Name</source>
        <translation>ファイル名をコピー</translation>
    </message>
    <message>
        <location filename="../src/ui/FileContextMenu.cpp" line="290"/>
        <source>Filter History</source>
        <translation>履歴を絞り込む</translation>
    </message>
    <message>
        <location filename="../src/ui/FileContextMenu.cpp" line="295"/>
        <source>Navigate to</source>
        <translation>ジャンプ</translation>
    </message>
    <message>
        <location filename="../src/ui/FileContextMenu.cpp" line="296"/>
        <source>Next Revision</source>
        <translation>次のリビジョン</translation>
    </message>
    <message>
        <location filename="../src/ui/FileContextMenu.cpp" line="301"/>
        <source>next</source>
        <translation>次</translation>
    </message>
    <message>
        <location filename="../src/ui/FileContextMenu.cpp" line="305"/>
        <source>Previous Revision</source>
        <translation>前のリビジョン</translation>
    </message>
    <message>
        <location filename="../src/ui/FileContextMenu.cpp" line="310"/>
        <source>previous</source>
        <translation>前</translation>
    </message>
    <message>
        <location filename="../src/ui/FileContextMenu.cpp" line="320"/>
        <source>Unset Executable</source>
        <translation>実行可能を解除</translation>
    </message>
    <message>
        <location filename="../src/ui/FileContextMenu.cpp" line="320"/>
        <source>Set Executable</source>
        <translation>実行可能に設定</translation>
    </message>
    <message>
        <location filename="../src/ui/FileContextMenu.cpp" line="349"/>
        <source>edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <location filename="../src/ui/FileContextMenu.cpp" line="353"/>
        <source>diff</source>
        <translation>差分</translation>
    </message>
    <message>
        <location filename="../src/ui/FileContextMenu.cpp" line="357"/>
        <source>merge</source>
        <translation>マージ</translation>
    </message>
    <message>
        <location filename="../src/ui/FileContextMenu.cpp" line="361"/>
        <source>External Tool Not Found</source>
        <translation>外部ツールが見つかりませんでした</translation>
    </message>
    <message>
        <location filename="../src/ui/FileContextMenu.cpp" line="362"/>
        <source>Failed to execute external %1 tool.</source>
        <translation>外部%1ツールの起動に失敗しました。</translation>
    </message>
</context>
<context>
    <name>FileList</name>
    <message>
        <location filename="../src/ui/FileList.cpp" line="232"/>
        <source>Sort By</source>
        <translation>並べ替え順</translation>
    </message>
    <message>
        <location filename="../src/ui/FileList.cpp" line="233"/>
        <source>Select</source>
        <translation>選択</translation>
    </message>
    <message>
        <location filename="../src/ui/FileList.cpp" line="235"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../src/ui/FileList.cpp" line="246"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../src/ui/FileList.cpp" line="259"/>
        <source>Ignore Whitespace (-w)</source>
        <translation>空白を無視 (-w)</translation>
    </message>
    <message>
        <location filename="../src/ui/FileList.cpp" line="443"/>
        <source>Added</source>
        <translation>追加された部分</translation>
    </message>
    <message>
        <location filename="../src/ui/FileList.cpp" line="444"/>
        <source>Deleted</source>
        <translation>削除された部分</translation>
    </message>
    <message>
        <location filename="../src/ui/FileList.cpp" line="445"/>
        <source>Modified</source>
        <translation>変更された部分</translation>
    </message>
    <message>
        <location filename="../src/ui/FileList.cpp" line="446"/>
        <source>Renamed</source>
        <translation>リネームされた部分</translation>
    </message>
    <message>
        <location filename="../src/ui/FileList.cpp" line="447"/>
        <source>Copied</source>
        <translation>コピーされた部分</translation>
    </message>
    <message>
        <location filename="../src/ui/FileList.cpp" line="448"/>
        <source>Ignored</source>
        <translation>無視された部分</translation>
    </message>
    <message>
        <location filename="../src/ui/FileList.cpp" line="449"/>
        <source>Untracked</source>
        <translation>未追跡の部分</translation>
    </message>
    <message>
        <location filename="../src/ui/FileList.cpp" line="450"/>
        <source>Unreadable</source>
        <translation>読み取りできない部分</translation>
    </message>
    <message>
        <location filename="../src/ui/FileList.cpp" line="451"/>
        <source>Conflicted</source>
        <translation>衝突している部分</translation>
    </message>
    <message>
        <location filename="../src/ui/FileList.cpp" line="452"/>
        <source>Unmodified</source>
        <translation>未変更の部分</translation>
    </message>
    <message>
        <location filename="../src/ui/FileList.cpp" line="453"/>
        <source>Type Change</source>
        <translation>種類が変更された部分</translation>
    </message>
</context>
<context>
    <name>FileWidget</name>
    <message>
        <location filename="../src/ui/DiffView.cpp" line="1639"/>
        <source>LFS</source>
        <translation>LFS</translation>
    </message>
    <message>
        <location filename="../src/ui/DiffView.cpp" line="1644"/>
        <location filename="../src/ui/DiffView.cpp" line="1656"/>
        <source>Unlock</source>
        <translation>ロック解除</translation>
    </message>
    <message>
        <location filename="../src/ui/DiffView.cpp" line="1644"/>
        <location filename="../src/ui/DiffView.cpp" line="1656"/>
        <source>Lock</source>
        <translation>ロック</translation>
    </message>
    <message>
        <location filename="../src/ui/DiffView.cpp" line="1660"/>
        <location filename="../src/ui/DiffView.cpp" line="1913"/>
        <source>Show Object</source>
        <translation>オブジェクトを表示</translation>
    </message>
    <message>
        <location filename="../src/ui/DiffView.cpp" line="1669"/>
        <source>Edit File</source>
        <translation>ファイルを編集</translation>
    </message>
    <message>
        <location filename="../src/ui/DiffView.cpp" line="1675"/>
        <source>Discard File</source>
        <translation>ファイルを破棄</translation>
    </message>
    <message>
        <location filename="../src/ui/DiffView.cpp" line="1682"/>
        <source>Directory</source>
        <translation>ディレクトリ</translation>
    </message>
    <message>
        <location filename="../src/ui/DiffView.cpp" line="1682"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../src/ui/DiffView.cpp" line="1684"/>
        <source>Remove %1?</source>
        <translation>%1を削除しますか？</translation>
    </message>
    <message>
        <location filename="../src/ui/DiffView.cpp" line="1684"/>
        <source>Discard Changes?</source>
        <translation>変更を破棄しますか？</translation>
    </message>
    <message>
        <location filename="../src/ui/DiffView.cpp" line="1686"/>
        <source>Are you sure you want to remove &apos;%1&apos;?</source>
        <translation>&apos;%1&apos; を削除しますか？</translation>
    </message>
    <message>
        <location filename="../src/ui/DiffView.cpp" line="1687"/>
        <source>Are you sure you want to discard all changes in &apos;%1&apos;?</source>
        <translation>&apos;%1&apos; への全ての変更を破棄しますか？</translation>
    </message>
    <message>
        <location filename="../src/ui/DiffView.cpp" line="1692"/>
        <source>This action cannot be undone.</source>
        <translation>この操作は元に戻せません。</translation>
    </message>
    <message>
        <location filename="../src/ui/DiffView.cpp" line="1695"/>
        <source>Remove %1</source>
        <translation>%1を削除</translation>
    </message>
    <message>
        <location filename="../src/ui/DiffView.cpp" line="1695"/>
        <source>Discard Changes</source>
        <translation>変更を破棄</translation>
    </message>
    <message>
        <location filename="../src/ui/DiffView.cpp" line="1712"/>
        <source>Discard</source>
        <translation>破棄</translation>
    </message>
    <message>
        <location filename="../src/ui/DiffView.cpp" line="1713"/>
        <source>discard</source>
        <translation>破棄</translation>
    </message>
    <message>
        <location filename="../src/ui/DiffView.cpp" line="1726"/>
        <location filename="../src/ui/DiffView.cpp" line="1729"/>
        <source>Collapse File</source>
        <translation>ファイルを折り畳む</translation>
    </message>
    <message>
        <location filename="../src/ui/DiffView.cpp" line="1726"/>
        <location filename="../src/ui/DiffView.cpp" line="1729"/>
        <source>Expand File</source>
        <translation>ファイルを広げる</translation>
    </message>
    <message>
        <location filename="../src/ui/DiffView.cpp" line="1913"/>
        <source>Show Pointer</source>
        <translation>ポインターを表示</translation>
    </message>
</context>
<context>
    <name>FindWidget</name>
    <message>
        <location filename="../src/ui/FindWidget.cpp" line="109"/>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../src/ui/FindWidget.cpp" line="114"/>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../src/ui/FindWidget.cpp" line="143"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../src/ui/FindWidget.cpp" line="169"/>
        <source>Not found</source>
        <translation>見つかりませんでした</translation>
    </message>
    <message>
        <location filename="../src/ui/FindWidget.cpp" line="173"/>
        <source>%1 match</source>
        <translation>%1 件の一致</translation>
    </message>
    <message>
        <location filename="../src/ui/FindWidget.cpp" line="177"/>
        <source>%1 matches</source>
        <translation>%1 件の一致</translation>
    </message>
</context>
<context>
    <name>GeneralPanel</name>
    <message>
        <location filename="../src/dialogs/SettingsDialog.cpp" line="104"/>
        <location filename="../src/dialogs/ConfigDialog.cpp" line="85"/>
        <source>Fetch every</source>
        <translation>毎回</translation>
    </message>
    <message>
        <location filename="../src/dialogs/SettingsDialog.cpp" line="112"/>
        <location filename="../src/dialogs/ConfigDialog.cpp" line="93"/>
        <source>minutes</source>
        <translation>分おきにフェッチ</translation>
    </message>
    <message>
        <location filename="../src/dialogs/SettingsDialog.cpp" line="115"/>
        <location filename="../src/dialogs/ConfigDialog.cpp" line="96"/>
        <source>Push after each commit</source>
        <translation>各コミット直後にプッシュを実行</translation>
    </message>
    <message>
        <location filename="../src/dialogs/SettingsDialog.cpp" line="116"/>
        <location filename="../src/dialogs/ConfigDialog.cpp" line="97"/>
        <source>Update submodules after pull</source>
        <translation>プル後にサブモジュールを更新</translation>
    </message>
    <message>
        <location filename="../src/dialogs/SettingsDialog.cpp" line="117"/>
        <location filename="../src/dialogs/ConfigDialog.cpp" line="98"/>
        <source>Prune when fetching</source>
        <translation>フェッチ時、既に存在しないブランチへの参照を解除</translation>
    </message>
    <message>
        <location filename="../src/dialogs/SettingsDialog.cpp" line="118"/>
        <source>No translation</source>
        <translation>翻訳を無効化</translation>
    </message>
    <message>
        <location filename="../src/dialogs/SettingsDialog.cpp" line="121"/>
        <source>Store credentials in secure storage</source>
        <translation>資格情報を安全なストレージに保管</translation>
    </message>
    <message>
        <location filename="../src/dialogs/SettingsDialog.cpp" line="124"/>
        <source>Allow collection of usage data</source>
        <translation>使用状況の収集を許可</translation>
    </message>
    <message>
        <location filename="../src/dialogs/SettingsDialog.cpp" line="125"/>
        <source>&lt;a href=&apos;view&apos;&gt;View privacy policy&lt;/a&gt;</source>
        <translation>&lt;a href=&apos;view&apos;&gt;プライバシーポリシーについて&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../src/dialogs/SettingsDialog.cpp" line="131"/>
        <location filename="../src/dialogs/ConfigDialog.cpp" line="101"/>
        <source>User name:</source>
        <translation>ユーザー名:</translation>
    </message>
    <message>
        <location filename="../src/dialogs/SettingsDialog.cpp" line="132"/>
        <location filename="../src/dialogs/ConfigDialog.cpp" line="102"/>
        <source>User email:</source>
        <translation>ユーザーの E メール:</translation>
    </message>
    <message>
        <location filename="../src/dialogs/SettingsDialog.cpp" line="133"/>
        <location filename="../src/dialogs/ConfigDialog.cpp" line="103"/>
        <source>Automatic actions:</source>
        <translation>自動アクション:</translation>
    </message>
    <message>
        <location filename="../src/dialogs/SettingsDialog.cpp" line="137"/>
        <source>Language:</source>
        <translation>言語:</translation>
    </message>
    <message>
        <location filename="../src/dialogs/SettingsDialog.cpp" line="138"/>
        <source>Credentials:</source>
        <translation>資格情報:</translation>
    </message>
    <message>
        <location filename="../src/dialogs/SettingsDialog.cpp" line="139"/>
        <source>Usage reporting:</source>
        <translation>使用状況の送信:</translation>
    </message>
</context>
<context>
    <name>GitHub</name>
    <message>
        <location filename="../src/host/GitHub.cpp" line="54"/>
        <source>Connection failed</source>
        <translation>接続失敗</translation>
    </message>
    <message>
        <location filename="../src/host/GitHub.cpp" line="111"/>
        <source>Failed to authenticate with GitHub!</source>
        <translation>GitHub への認証に失敗しました！</translation>
    </message>
    <message>
        <location filename="../src/host/GitHub.cpp" line="118"/>
        <source>Successfully authenticated with GitHub!</source>
        <translation>GitHub への認証に成功しました！</translation>
    </message>
</context>
<context>
    <name>GitLab</name>
    <message>
        <location filename="../src/host/GitLab.cpp" line="36"/>
        <source>Connection failed</source>
        <translation>接続失敗</translation>
    </message>
    <message>
        <location filename="../src/host/GitLab.cpp" line="108"/>
        <source>Authentication failed</source>
        <translation>認証失敗</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <location filename="../src/ui/ReferenceView.cpp" line="302"/>
        <source>Filter %1</source>
        <translation>%1を絞り込む</translation>
    </message>
</context>
<context>
    <name>HostModel</name>
    <message>
        <location filename="../src/dialogs/StartDialog.cpp" line="297"/>
        <source>Connecting</source>
        <translation>接続しています</translation>
    </message>
</context>
<context>
    <name>HunkWidget</name>
    <message>
        <location filename="../src/ui/DiffView.cpp" line="635"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../src/ui/DiffView.cpp" line="639"/>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <location filename="../src/ui/DiffView.cpp" line="650"/>
        <source>Use Ours</source>
        <translation>手元のものを使う</translation>
    </message>
    <message>
        <location filename="../src/ui/DiffView.cpp" line="661"/>
        <source>Use Theirs</source>
        <translation>向こうのものを使う</translation>
    </message>
    <message>
        <location filename="../src/ui/DiffView.cpp" line="671"/>
        <source>Edit Hunk</source>
        <translation>差分を編集</translation>
    </message>
    <message>
        <location filename="../src/ui/DiffView.cpp" line="677"/>
        <location filename="../src/ui/DiffView.cpp" line="694"/>
        <source>Discard Hunk</source>
        <translation>差分を破棄</translation>
    </message>
    <message>
        <location filename="../src/ui/DiffView.cpp" line="682"/>
        <source>Discard Hunk?</source>
        <translation>差分を破棄しますか？</translation>
    </message>
    <message>
        <location filename="../src/ui/DiffView.cpp" line="684"/>
        <source>Are you sure you want to remove &apos;%1&apos;?</source>
        <translation>&apos;%1&apos; を削除しますか？</translation>
    </message>
    <message>
        <location filename="../src/ui/DiffView.cpp" line="685"/>
        <source>Are you sure you want to discard the hunk starting at line %1 in &apos;%2&apos;?</source>
        <translation>&apos;%2&apos; の差分内容 (開始行 %1) を破棄しますか？</translation>
    </message>
    <message>
        <location filename="../src/ui/DiffView.cpp" line="691"/>
        <source>This action cannot be undone.</source>
        <translation>この操作は元に戻せません。</translation>
    </message>
    <message>
        <location filename="../src/ui/DiffView.cpp" line="727"/>
        <location filename="../src/ui/DiffView.cpp" line="730"/>
        <source>Collapse Hunk</source>
        <translation>差分内容を折り畳む</translation>
    </message>
    <message>
        <location filename="../src/ui/DiffView.cpp" line="727"/>
        <location filename="../src/ui/DiffView.cpp" line="730"/>
        <source>Expand Hunk</source>
        <translation>差分内容を広げる</translation>
    </message>
    <message>
        <location filename="../src/ui/DiffView.cpp" line="926"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../src/ui/DiffView.cpp" line="953"/>
        <source>Fix</source>
        <translation>修正</translation>
    </message>
    <message>
        <location filename="../src/ui/DiffView.cpp" line="1004"/>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <location filename="../src/ui/DiffView.cpp" line="1203"/>
        <source>No newline at end of file</source>
        <translation>ファイル終端に改行なし</translation>
    </message>
</context>
<context>
    <name>Images</name>
    <message>
        <location filename="../src/ui/DiffView.cpp" line="593"/>
        <source>&lt;b&gt;Size:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;サイズ:&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>LfsPanel</name>
    <message>
        <location filename="../src/dialogs/ConfigDialog.cpp" line="490"/>
        <source>Initialize LFS</source>
        <translation>LFS を初期化</translation>
    </message>
    <message>
        <location filename="../src/dialogs/ConfigDialog.cpp" line="527"/>
        <source>Specify a glob pattern for tracking large files.

Generally, large files are greater than 500kB, change frequently,
and do not compress well with git. This includes binary or video
files which are already highly compressed.

Examples
*.png
*.[pP][nN][gG]
/images/*
</source>
        <translation>大きなファイルの追跡に使う、グロブパターンを指定してください。

一般的には、ファイルのサイズが 500 KB を超えていて、頻繁に
変更され、Git で上手く圧縮できないものが、大きなファイルと
して扱われます。バイナリや動画ファイルなど、既に高い圧縮が
施されているファイルも、同じように扱われます。

例
*.png
*.[pP][nN][gG]
/images/*
</translation>
    </message>
    <message>
        <location filename="../src/dialogs/ConfigDialog.cpp" line="542"/>
        <source>Pattern:</source>
        <translation>パターン:</translation>
    </message>
    <message>
        <location filename="../src/dialogs/ConfigDialog.cpp" line="547"/>
        <source>Track</source>
        <translation>追跡</translation>
    </message>
    <message>
        <location filename="../src/dialogs/ConfigDialog.cpp" line="621"/>
        <source>days</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../src/dialogs/ConfigDialog.cpp" line="626"/>
        <source>Fetch LFS objects from all references for the past</source>
        <translation>特定の期間内に参照された LFS オブジェクトを全てフェッチ</translation>
    </message>
    <message>
        <location filename="../src/dialogs/ConfigDialog.cpp" line="647"/>
        <source>reference days or</source>
        <translation>日以内に参照されたブランチ、或いは</translation>
    </message>
    <message>
        <location filename="../src/dialogs/ConfigDialog.cpp" line="664"/>
        <source>commit days</source>
        <translation>日以内に行われたコミット全て</translation>
    </message>
    <message>
        <location filename="../src/dialogs/ConfigDialog.cpp" line="668"/>
        <source>View Environment</source>
        <translation>環境を表示</translation>
    </message>
    <message>
        <location filename="../src/dialogs/ConfigDialog.cpp" line="673"/>
        <source>git-lfs env (read only)</source>
        <translation>git-lfs env (読み取り専用)</translation>
    </message>
    <message>
        <location filename="../src/dialogs/ConfigDialog.cpp" line="689"/>
        <source>Deinitialize LFS</source>
        <translation>LFS を解除</translation>
    </message>
    <message>
        <location filename="../src/dialogs/ConfigDialog.cpp" line="691"/>
        <source>Deinitialize LFS?</source>
        <translation>LFS を解除しますか？</translation>
    </message>
    <message>
        <location filename="../src/dialogs/ConfigDialog.cpp" line="693"/>
        <source>Are you sure you want uninstall LFS from this repository?</source>
        <translation>リポジトリから LFS を解除しますか？</translation>
    </message>
    <message>
        <location filename="../src/dialogs/ConfigDialog.cpp" line="699"/>
        <source>Deinitialize</source>
        <translation>解除</translation>
    </message>
    <message>
        <location filename="../src/dialogs/ConfigDialog.cpp" line="710"/>
        <source>Server URL:</source>
        <translation>サーバーの URL:</translation>
    </message>
    <message>
        <location filename="../src/dialogs/ConfigDialog.cpp" line="711"/>
        <source>Prune Offset:</source>
        <translation>保管日数:</translation>
    </message>
    <message>
        <location filename="../src/dialogs/ConfigDialog.cpp" line="712"/>
        <source>Fetch Recent:</source>
        <translation>フェッチの日数設定:</translation>
    </message>
    <message>
        <location filename="../src/dialogs/ConfigDialog.cpp" line="715"/>
        <source>Advanced:</source>
        <translation>詳細設定:</translation>
    </message>
</context>
<context>
    <name>Location</name>
    <message>
        <location filename="../src/ui/Location.cpp" line="27"/>
        <source>%1 | %2</source>
        <translation>%1 | %2</translation>
    </message>
    <message>
        <location filename="../src/ui/Location.cpp" line="30"/>
        <source>NC</source>
        <translation>未コミット</translation>
    </message>
    <message>
        <location filename="../src/ui/Location.cpp" line="30"/>
        <source>Not Committed</source>
        <translation>コミットされていません</translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <location filename="../src/dialogs/CloneDialog.cpp" line="138"/>
        <source>Repository Location</source>
        <translation>リポジトリの場所</translation>
    </message>
    <message>
        <location filename="../src/dialogs/CloneDialog.cpp" line="140"/>
        <source>Choose the name and location of the new repository. A new directory will be created if it doesn&apos;t already exist.</source>
        <translation>新しいリポジトリの名前と場所を選択してください。ディレクトリが存在しない場合は、新しく作成されます。</translation>
    </message>
    <message>
        <location filename="../src/dialogs/CloneDialog.cpp" line="143"/>
        <source>Initialize</source>
        <translation>作成</translation>
    </message>
    <message>
        <location filename="../src/dialogs/CloneDialog.cpp" line="143"/>
        <source>Clone</source>
        <translation>クローン</translation>
    </message>
    <message>
        <location filename="../src/dialogs/CloneDialog.cpp" line="154"/>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <location filename="../src/dialogs/CloneDialog.cpp" line="156"/>
        <source>Choose Directory</source>
        <translation>ディレクトリを選択</translation>
    </message>
    <message>
        <location filename="../src/dialogs/CloneDialog.cpp" line="179"/>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <location filename="../src/dialogs/CloneDialog.cpp" line="180"/>
        <source>Directory:</source>
        <translation>ディレクトリ:</translation>
    </message>
    <message>
        <location filename="../src/dialogs/CloneDialog.cpp" line="181"/>
        <source>Advanced:</source>
        <translation>詳細設定:</translation>
    </message>
    <message>
        <location filename="../src/dialogs/CloneDialog.cpp" line="183"/>
        <source>Create a bare repository</source>
        <translation>ベアリポジトリを作成</translation>
    </message>
    <message>
        <location filename="../src/dialogs/CloneDialog.cpp" line="232"/>
        <source>The new repository will be created at:&lt;p style=&apos;text-indent: 12px&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;</source>
        <translation>新しいリポジトリは &lt;p style=&apos;text-indent: 12px&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt; に作成されます</translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message>
        <location filename="../src/log/LogView.cpp" line="54"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="481"/>
        <source>Invalid Git Repository</source>
        <translation>無効な Git リポジトリ</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="482"/>
        <source>%1 does not contain a valid git repository.</source>
        <translation>%1 には有効な Git リポジトリが含まれていません。</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="544"/>
        <location filename="../src/ui/MainWindow.cpp" line="562"/>
        <source>%1 - %2</source>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="556"/>
        <source>ahead: %1</source>
        <translation>ローカルブランチに %1 コミット済み</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="558"/>
        <source>behind: %1</source>
        <translation>上流ブランチに新しく %1 コミットあり</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="560"/>
        <source>up-to-date</source>
        <translation>最新</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="561"/>
        <location filename="../src/ui/MainWindow.cpp" line="598"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="570"/>
        <source>MERGING</source>
        <translation>マージ作業中</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="575"/>
        <source>REVERTING</source>
        <translation>コミットの取り消し作業中</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="580"/>
        <source>CHERRY-PICKING</source>
        <translation>コミットの取り込み作業中</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="589"/>
        <source>REBASING</source>
        <translation>リベース作業中</translation>
    </message>
</context>
<context>
    <name>MenuBar</name>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="72"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="74"/>
        <source>New File</source>
        <translation>新しいファイル</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="88"/>
        <source>New Window</source>
        <translation>新しいウィンドウ</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="89"/>
        <source>Ctrl+Meta+N</source>
        <translation>Ctrl+Meta+N</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="94"/>
        <source>Clone Repository...</source>
        <translation>リポジトリをクローン...</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="95"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="100"/>
        <source>Initialize New Repository...</source>
        <translation>新しいリポジトリを作成...</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="101"/>
        <source>Ctrl+Alt+N</source>
        <translation>Ctrl+Alt+N</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="108"/>
        <source>Open Repository...</source>
        <translation>リポジトリを開く...</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="113"/>
        <source>Open Repository</source>
        <translation>リポジトリを開く</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="120"/>
        <source>Open Recent</source>
        <translation>最近使ったリポジトリを開く</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="135"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="152"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="162"/>
        <source>Exit</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="169"/>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="171"/>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="184"/>
        <source>Redo</source>
        <translation>やり直す</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="199"/>
        <source>Cut</source>
        <translation>切り取り</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="212"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="227"/>
        <source>Paste</source>
        <translation>貼り付け</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="240"/>
        <source>Select All</source>
        <translation>全て選択</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="255"/>
        <source>Find...</source>
        <translation>検索...</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="267"/>
        <source>Find Next</source>
        <translation>次を検索</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="278"/>
        <source>Find Previous</source>
        <translation>前を検索</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="289"/>
        <source>Use Selection for Find</source>
        <translation>選択したテキストで検索</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="290"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="306"/>
        <source>View</source>
        <translation>表示</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="308"/>
        <source>Refresh</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="316"/>
        <location filename="../src/ui/MenuBar.cpp" line="843"/>
        <source>Show Log</source>
        <translation>ログを表示</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="322"/>
        <location filename="../src/ui/MenuBar.cpp" line="844"/>
        <source>Show Tree View</source>
        <translation>ツリービューを表示</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="330"/>
        <source>Repository</source>
        <translation>リポジトリ</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="332"/>
        <source>Configure Repository...</source>
        <translation>リポジトリの設定...</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="340"/>
        <source>Stage All</source>
        <translation>全てステージに上げる</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="341"/>
        <source>Ctrl++</source>
        <translation>Ctrl++</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="346"/>
        <source>Unstage All</source>
        <translation>全てステージから降ろす</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="347"/>
        <source>Ctrl+-</source>
        <translation>Ctrl+-</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="354"/>
        <source>Commit</source>
        <translation>コミット</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="355"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="360"/>
        <source>Amend Commit</source>
        <translation>最後のコミットを修正</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="361"/>
        <location filename="../src/ui/MenuBar.cpp" line="518"/>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="368"/>
        <source>Git LFS</source>
        <translation>Git LFS</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="369"/>
        <source>Remove all locks</source>
        <translation>全てのロックを解除</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="376"/>
        <source>Initialize</source>
        <translation>初期化</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="382"/>
        <source>Remote</source>
        <translation>リモート</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="384"/>
        <source>Configure Remotes...</source>
        <translation>リモートの設定...</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="392"/>
        <source>Fetch</source>
        <translation>フェッチ</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="393"/>
        <source>Ctrl+Shift+Alt+F</source>
        <translation>Ctrl+Shift+Alt+F</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="398"/>
        <source>Fetch All</source>
        <translation>全てフェッチ</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="399"/>
        <source>Ctrl+Shift+Alt+A</source>
        <translation>Ctrl+Shift+Alt+A</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="404"/>
        <source>Fetch From...</source>
        <translation>指定先からフェッチ...</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="405"/>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="413"/>
        <source>Pull</source>
        <translation>プル</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="414"/>
        <source>Ctrl+Shift+Alt+L</source>
        <translation>Ctrl+Shift+Alt+L</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="419"/>
        <source>Pull From...</source>
        <translation>指定先からプル...</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="420"/>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="428"/>
        <source>Push</source>
        <translation>プッシュ</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="429"/>
        <source>Ctrl+Shift+Alt+P</source>
        <translation>Ctrl+Shift+Alt+P</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="434"/>
        <source>Push To...</source>
        <translation>指定先へプッシュ...</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="435"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="442"/>
        <source>Branch</source>
        <translation>ブランチ</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="444"/>
        <source>Configure Branches...</source>
        <translation>ブランチの設定...</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="450"/>
        <source>New Branch...</source>
        <translation>新しいブランチ...</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="457"/>
        <source>Checkout Current</source>
        <translation>選択中のブランチをチェックアウト</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="458"/>
        <source>Ctrl+Shift+Alt+H</source>
        <translation>Ctrl+Shift+Alt+H</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="468"/>
        <source>Checkout...</source>
        <translation>チェックアウト...</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="469"/>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="476"/>
        <source>Merge...</source>
        <translation>マージ...</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="477"/>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="489"/>
        <source>Rebase...</source>
        <translation>リベース...</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="490"/>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="502"/>
        <source>Squash...</source>
        <translation>スカッシュ...</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="503"/>
        <source>Ctrl+Shift+Q</source>
        <translation>Ctrl+Shift+Q</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="517"/>
        <source>Abort Merge</source>
        <translation>マージを中断</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="524"/>
        <source>Submodule</source>
        <translation>サブモジュール</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="526"/>
        <source>Configure Submodules...</source>
        <translation>サブモジュールの設定...</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="534"/>
        <source>Update All</source>
        <translation>全て更新</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="535"/>
        <source>Ctrl+Shift+Alt+U</source>
        <translation>Ctrl+Shift+Alt+U</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="540"/>
        <source>Update...</source>
        <translation>更新...</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="541"/>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="556"/>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="575"/>
        <source>Stash</source>
        <translation>スタッシュ</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="577"/>
        <source>Show Stashes</source>
        <translation>スタッシュを表示</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="585"/>
        <source>Stash...</source>
        <translation>スタッシュへ預ける...</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="586"/>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="591"/>
        <source>Pop Stash</source>
        <translation>スタッシュから引き出す</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="592"/>
        <source>Ctrl+Shift+Alt+T</source>
        <translation>Ctrl+Shift+Alt+T</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="598"/>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="600"/>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="607"/>
        <source>Forward</source>
        <translation>進む</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="615"/>
        <source>Window</source>
        <translation>ウィンドウ</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="616"/>
        <source>Show Previous Tab</source>
        <translation>前のタブを表示</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="625"/>
        <source>Show Next Tab</source>
        <translation>次のタブを表示</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="636"/>
        <source>Show Repository Chooser...</source>
        <translation>リポジトリ選択画面を表示...</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="637"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="641"/>
        <source>Tools</source>
        <translation>ツール</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="642"/>
        <source>Options...</source>
        <translation>オプション...</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="649"/>
        <source>Help</source>
        <translation>ヘルプ</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="651"/>
        <source>About %1</source>
        <translation>%1 について</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="657"/>
        <source>Check For Updates...</source>
        <translation>新しいバージョンを確認...</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="661"/>
        <source>Plugin Documentation...</source>
        <translation>プラグインについてのドキュメント...</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="669"/>
        <source>Debug</source>
        <translation>デバッグ</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="670"/>
        <source>Abort</source>
        <translation>中断</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="683"/>
        <source>Log Indexer Progress</source>
        <translation>インデックス構築状況のログを取る</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="690"/>
        <source>Log Credential Helper</source>
        <translation>資格情報ヘルパーのログを取る</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="697"/>
        <source>Log Remote Connection</source>
        <translation>リモート接続のログを取る</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="706"/>
        <source>Load All Diffs</source>
        <translation>全ての差分を読み込む</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="720"/>
        <source>Walk Commits</source>
        <translation>コミットを走査</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="843"/>
        <source>Hide Log</source>
        <translation>ログを隠す</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="844"/>
        <source>Show Diff View</source>
        <translation>差分ビューを表示</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="895"/>
        <source>Merge</source>
        <translation>マージ</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="905"/>
        <source>Revert</source>
        <translation>取り消し</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="911"/>
        <source>Cherry-pick</source>
        <translation>取り込み</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="917"/>
        <source>Rebase</source>
        <translation>リベース</translation>
    </message>
    <message>
        <location filename="../src/ui/MenuBar.cpp" line="923"/>
        <source>Abort %1</source>
        <translation>%1を中断</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../src/dialogs/MergeDialog.cpp" line="50"/>
        <location filename="../src/dialogs/MergeDialog.cpp" line="153"/>
        <source>Merge</source>
        <translation>マージ</translation>
    </message>
    <message>
        <location filename="../src/dialogs/MergeDialog.cpp" line="51"/>
        <location filename="../src/dialogs/MergeDialog.cpp" line="155"/>
        <source>Rebase</source>
        <translation>リベース</translation>
    </message>
    <message>
        <location filename="../src/dialogs/MergeDialog.cpp" line="52"/>
        <location filename="../src/dialogs/MergeDialog.cpp" line="155"/>
        <source>Squash</source>
        <translation>スカッシュ</translation>
    </message>
    <message>
        <location filename="../src/dialogs/MergeDialog.cpp" line="53"/>
        <source>Merge (No Fast-forward)</source>
        <translation>マージ (早送りしない)</translation>
    </message>
    <message>
        <location filename="../src/dialogs/MergeDialog.cpp" line="54"/>
        <source>Merge (Fast-forward Only)</source>
        <translation>マージ (早送りのみ)</translation>
    </message>
    <message>
        <location filename="../src/dialogs/MergeDialog.cpp" line="59"/>
        <source>No commit</source>
        <translation>コミットしない</translation>
    </message>
    <message>
        <location filename="../src/dialogs/MergeDialog.cpp" line="81"/>
        <source>Reference:</source>
        <translation>参照先:</translation>
    </message>
    <message>
        <location filename="../src/dialogs/MergeDialog.cpp" line="82"/>
        <source>Action:</source>
        <translation>アクション:</translation>
    </message>
    <message>
        <location filename="../src/dialogs/MergeDialog.cpp" line="138"/>
        <source>Choose a reference to merge into &apos;%1&apos;.</source>
        <translation>&apos;%1&apos; へマージする参照先を指定してください。</translation>
    </message>
    <message>
        <location filename="../src/dialogs/MergeDialog.cpp" line="140"/>
        <source>Choose a reference to rebase &apos;%1&apos; on.</source>
        <translation>&apos;%1&apos; をリベースする参照先を指定してください。</translation>
    </message>
    <message>
        <location filename="../src/dialogs/MergeDialog.cpp" line="142"/>
        <source>Choose a reference to squash into &apos;%1&apos;.</source>
        <translation>&apos;%1&apos; へスカッシュする参照先を指定してください。</translation>
    </message>
</context>
<context>
    <name>MergeTool</name>
    <message>
        <location filename="../src/tools/MergeTool.cpp" line="44"/>
        <source>External Merge</source>
        <translation>外部マージツール</translation>
    </message>
</context>
<context>
    <name>MiscPanel</name>
    <message>
        <location filename="../src/dialogs/SettingsDialog.cpp" line="667"/>
        <source>Path to SSH config file:</source>
        <translation>SSH 構成ファイルへのパス:</translation>
    </message>
    <message>
        <location filename="../src/dialogs/SettingsDialog.cpp" line="668"/>
        <source>Path to default / fallback SSH key file:</source>
        <translation>既定 / フォールバックの SSH 鍵ファイルへのパス:</translation>
    </message>
</context>
<context>
    <name>NewBranchDialog</name>
    <message>
        <location filename="../src/dialogs/NewBranchDialog.cpp" line="40"/>
        <source>Checkout branch</source>
        <translation>ブランチをチェックアウト</translation>
    </message>
    <message>
        <location filename="../src/dialogs/NewBranchDialog.cpp" line="46"/>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <location filename="../src/dialogs/NewBranchDialog.cpp" line="47"/>
        <source>Start Point:</source>
        <translation>開始地点:</translation>
    </message>
    <message>
        <location filename="../src/dialogs/NewBranchDialog.cpp" line="49"/>
        <source>Advanced:</source>
        <translation>詳細設定:</translation>
    </message>
    <message>
        <location filename="../src/dialogs/NewBranchDialog.cpp" line="57"/>
        <source>Upstream:</source>
        <translation>上流:</translation>
    </message>
    <message>
        <location filename="../src/dialogs/NewBranchDialog.cpp" line="68"/>
        <source>Create Branch</source>
        <translation>ブランチを作成</translation>
    </message>
</context>
<context>
    <name>PathspecWidget</name>
    <message>
        <location filename="../src/ui/PathspecWidget.cpp" line="115"/>
        <source>Filter by Path</source>
        <translation>パスで絞り込む</translation>
    </message>
</context>
<context>
    <name>PluginsPanel</name>
    <message>
        <location filename="../src/dialogs/PluginsPanel.cpp" line="26"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../src/dialogs/PluginsPanel.cpp" line="26"/>
        <source>Kind</source>
        <translation>部類</translation>
    </message>
    <message>
        <location filename="../src/dialogs/PluginsPanel.cpp" line="26"/>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <location filename="../src/dialogs/PluginsPanel.cpp" line="65"/>
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <location filename="../src/dialogs/PluginsPanel.cpp" line="76"/>
        <source>%1 Options</source>
        <translation>%1 のオプション</translation>
    </message>
    <message>
        <location filename="../src/dialogs/PluginsPanel.cpp" line="158"/>
        <source>Note</source>
        <translation>注意</translation>
    </message>
    <message>
        <location filename="../src/dialogs/PluginsPanel.cpp" line="159"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../src/dialogs/PluginsPanel.cpp" line="160"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
</context>
<context>
    <name>Popup</name>
    <message>
        <location filename="../src/ui/IndexCompleter.cpp" line="101"/>
        <source>Show Advanced Search</source>
        <translation>高度な検索を表示</translation>
    </message>
</context>
<context>
    <name>PreviewWidget</name>
    <message>
        <location filename="../src/ui/ColumnView.cpp" line="66"/>
        <source>Added</source>
        <translation>追加されたコミット</translation>
    </message>
    <message>
        <location filename="../src/ui/ColumnView.cpp" line="67"/>
        <source>Modified</source>
        <translation>変更されたコミット</translation>
    </message>
</context>
<context>
    <name>PullRequestButton</name>
    <message>
        <location filename="../src/ui/ToolBar.cpp" line="457"/>
        <source>Create Pull Request</source>
        <translation>プルリクエストを作成</translation>
    </message>
</context>
<context>
    <name>PullRequestDialog</name>
    <message>
        <location filename="../src/dialogs/PullRequestDialog.cpp" line="26"/>
        <source>Create Pull Request</source>
        <translation>プルリクエストを作成</translation>
    </message>
    <message>
        <location filename="../src/dialogs/PullRequestDialog.cpp" line="30"/>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <location filename="../src/dialogs/PullRequestDialog.cpp" line="33"/>
        <source>Body</source>
        <translation>本文</translation>
    </message>
    <message>
        <location filename="../src/dialogs/PullRequestDialog.cpp" line="37"/>
        <source>Maintainer can modify</source>
        <translation>メンテナーによる編集を許可</translation>
    </message>
    <message>
        <location filename="../src/dialogs/PullRequestDialog.cpp" line="51"/>
        <source>From:</source>
        <translation>要求元:</translation>
    </message>
    <message>
        <location filename="../src/dialogs/PullRequestDialog.cpp" line="59"/>
        <source>owner/repository</source>
        <translation>オーナー / リポジトリ</translation>
    </message>
    <message>
        <location filename="../src/dialogs/PullRequestDialog.cpp" line="63"/>
        <source>branch</source>
        <translation>ブランチ</translation>
    </message>
    <message>
        <location filename="../src/dialogs/PullRequestDialog.cpp" line="78"/>
        <source>To:</source>
        <translation>統合先:</translation>
    </message>
    <message>
        <location filename="../src/dialogs/PullRequestDialog.cpp" line="89"/>
        <source>Create</source>
        <translation>作成</translation>
    </message>
</context>
<context>
    <name>Reference</name>
    <message>
        <location filename="../src/git/Reference.cpp" line="87"/>
        <source>HEAD detached at %1</source>
        <translation>リビジョン %1 で作業中</translation>
    </message>
</context>
<context>
    <name>ReferenceList</name>
    <message>
        <location filename="../src/ui/ReferenceList.cpp" line="167"/>
        <source>Commit</source>
        <translation>コミット</translation>
    </message>
</context>
<context>
    <name>ReferenceModel</name>
    <message>
        <location filename="../src/ui/ReferenceView.cpp" line="109"/>
        <source>Branches</source>
        <translation>ブランチ</translation>
    </message>
    <message>
        <location filename="../src/ui/ReferenceView.cpp" line="124"/>
        <source>Remotes</source>
        <translation>リモート</translation>
    </message>
    <message>
        <location filename="../src/ui/ReferenceView.cpp" line="134"/>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
</context>
<context>
    <name>ReferenceView</name>
    <message>
        <location filename="../src/ui/ReferenceView.cpp" line="462"/>
        <source>Branch</source>
        <translation>ブランチ</translation>
    </message>
    <message>
        <location filename="../src/ui/ReferenceView.cpp" line="465"/>
        <source>Remote</source>
        <translation>リモート</translation>
    </message>
    <message>
        <location filename="../src/ui/ReferenceView.cpp" line="468"/>
        <source>Tag</source>
        <translation>タグ</translation>
    </message>
    <message>
        <location filename="../src/ui/ReferenceView.cpp" line="489"/>
        <source>Checkout</source>
        <translation>チェックアウト</translation>
    </message>
    <message>
        <location filename="../src/ui/ReferenceView.cpp" line="499"/>
        <source>Rename</source>
        <translation>名前を変更</translation>
    </message>
    <message>
        <location filename="../src/ui/ReferenceView.cpp" line="509"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../src/ui/ReferenceView.cpp" line="529"/>
        <source>Push Tag to %1</source>
        <translation>タグを %1 へプッシュ</translation>
    </message>
    <message>
        <location filename="../src/ui/ReferenceView.cpp" line="537"/>
        <source>New Local Branch</source>
        <translation>新しいローカルブランチ</translation>
    </message>
    <message>
        <location filename="../src/ui/ReferenceView.cpp" line="545"/>
        <source>Merge...</source>
        <translation>マージ...</translation>
    </message>
    <message>
        <location filename="../src/ui/ReferenceView.cpp" line="557"/>
        <source>Rebase...</source>
        <translation>リベース...</translation>
    </message>
    <message>
        <location filename="../src/ui/ReferenceView.cpp" line="569"/>
        <source>Squash...</source>
        <translation>スカッシュ...</translation>
    </message>
</context>
<context>
    <name>RefreshButton</name>
    <message>
        <location filename="../src/ui/ToolBar.cpp" line="400"/>
        <source>Refresh</source>
        <translation>再読み込み</translation>
    </message>
</context>
<context>
    <name>RemoteButton</name>
    <message>
        <location filename="../src/ui/ToolBar.cpp" line="283"/>
        <source>999+</source>
        <translation>999+</translation>
    </message>
</context>
<context>
    <name>RemoteCallbacks</name>
    <message>
        <location filename="../src/ui/RemoteCallbacks.cpp" line="165"/>
        <source>remote: %1</source>
        <translation>リモート: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/RemoteCallbacks.cpp" line="224"/>
        <source>failed to execute pre-push hook: bash not found</source>
        <translation>プッシュ前フックの実行に失敗しました: Bash が見つかりません</translation>
    </message>
    <message>
        <location filename="../src/ui/RemoteCallbacks.cpp" line="258"/>
        <source>failed to execute pre-push hook: %1</source>
        <translation>プッシュ前フックの実行に失敗しました: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/RemoteCallbacks.cpp" line="313"/>
        <source>HTTPS Credentials</source>
        <translation>HTTPS の資格情報</translation>
    </message>
    <message>
        <location filename="../src/ui/RemoteCallbacks.cpp" line="313"/>
        <source>SSH Passphrase</source>
        <translation>SSH のパスフレーズ</translation>
    </message>
    <message>
        <location filename="../src/ui/RemoteCallbacks.cpp" line="326"/>
        <source>Username:</source>
        <translation>ユーザー名:</translation>
    </message>
    <message>
        <location filename="../src/ui/RemoteCallbacks.cpp" line="327"/>
        <source>Password:</source>
        <translation>パスワード:</translation>
    </message>
    <message>
        <location filename="../src/ui/RemoteCallbacks.cpp" line="327"/>
        <source>Passphrase:</source>
        <translation>パスフレーズ:</translation>
    </message>
    <message>
        <location filename="../src/ui/RemoteCallbacks.cpp" line="342"/>
        <source>authentication canceled</source>
        <translation>認証をキャンセルしました</translation>
    </message>
    <message>
        <location filename="../src/ui/RemoteCallbacks.cpp" line="441"/>
        <source>From %1</source>
        <translation>%1 から</translation>
    </message>
    <message>
        <location filename="../src/ui/RemoteCallbacks.cpp" line="441"/>
        <location filename="../src/ui/RemoteCallbacks.cpp" line="484"/>
        <source>To %1</source>
        <translation>%1 へ</translation>
    </message>
</context>
<context>
    <name>RemoteDialog</name>
    <message>
        <location filename="../src/dialogs/RemoteDialog.cpp" line="46"/>
        <source>Push all tags</source>
        <translation>全てのタグをプッシュ</translation>
    </message>
    <message>
        <location filename="../src/dialogs/RemoteDialog.cpp" line="46"/>
        <source>Update existing tags</source>
        <translation>既存のタグを更新</translation>
    </message>
    <message>
        <location filename="../src/dialogs/RemoteDialog.cpp" line="54"/>
        <source>Merge</source>
        <translation>マージ</translation>
    </message>
    <message>
        <location filename="../src/dialogs/RemoteDialog.cpp" line="55"/>
        <source>Rebase</source>
        <translation>リベース</translation>
    </message>
    <message>
        <location filename="../src/dialogs/RemoteDialog.cpp" line="56"/>
        <source>Merge (No Fast-forward)</source>
        <translation>マージ (早送りしない)</translation>
    </message>
    <message>
        <location filename="../src/dialogs/RemoteDialog.cpp" line="57"/>
        <source>Merge (Fast-forward Only)</source>
        <translation>マージ (早送りのみ)</translation>
    </message>
    <message>
        <location filename="../src/dialogs/RemoteDialog.cpp" line="67"/>
        <source>Set upstream</source>
        <translation>上流を設定</translation>
    </message>
    <message>
        <location filename="../src/dialogs/RemoteDialog.cpp" line="68"/>
        <source>Force</source>
        <translation>強制</translation>
    </message>
    <message>
        <location filename="../src/dialogs/RemoteDialog.cpp" line="81"/>
        <source>Remote Reference:</source>
        <translation>リモートの参照先:</translation>
    </message>
    <message>
        <location filename="../src/dialogs/RemoteDialog.cpp" line="106"/>
        <source>Prune references</source>
        <translation>不要ブランチの参照解除</translation>
    </message>
    <message>
        <location filename="../src/dialogs/RemoteDialog.cpp" line="113"/>
        <source>Fetch</source>
        <translation>フェッチ</translation>
    </message>
    <message>
        <location filename="../src/dialogs/RemoteDialog.cpp" line="117"/>
        <source>Pull</source>
        <translation>プル</translation>
    </message>
    <message>
        <location filename="../src/dialogs/RemoteDialog.cpp" line="121"/>
        <source>Push</source>
        <translation>プッシュ</translation>
    </message>
    <message>
        <location filename="../src/dialogs/RemoteDialog.cpp" line="127"/>
        <source>Remote:</source>
        <translation>リモート:</translation>
    </message>
    <message>
        <location filename="../src/dialogs/RemoteDialog.cpp" line="129"/>
        <source>Reference:</source>
        <translation>参照先:</translation>
    </message>
    <message>
        <location filename="../src/dialogs/RemoteDialog.cpp" line="131"/>
        <source>Action:</source>
        <translation>アクション:</translation>
    </message>
    <message>
        <location filename="../src/dialogs/RemoteDialog.cpp" line="140"/>
        <source>Advanced:</source>
        <translation>詳細設定:</translation>
    </message>
</context>
<context>
    <name>RemotePage</name>
    <message>
        <location filename="../src/dialogs/CloneDialog.cpp" line="43"/>
        <source>Remote Repository URL</source>
        <translation>リモートリポジトリの URL</translation>
    </message>
    <message>
        <location filename="../src/dialogs/CloneDialog.cpp" line="45"/>
        <source>Choose protocol to authenticate with the remote.</source>
        <translation>リモートへの認証に使うプロトコルを指定します。</translation>
    </message>
    <message>
        <location filename="../src/dialogs/CloneDialog.cpp" line="46"/>
        <source>Enter the URL of the remote repository or browse for a local directory</source>
        <translation>リモートリポジトリの URL を入力するか、ローカルディレクトリを参照します</translation>
    </message>
    <message>
        <location filename="../src/dialogs/CloneDialog.cpp" line="74"/>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <location filename="../src/dialogs/CloneDialog.cpp" line="76"/>
        <source>Choose Directory</source>
        <translation>ディレクトリを選択</translation>
    </message>
    <message>
        <location filename="../src/dialogs/CloneDialog.cpp" line="98"/>
        <source>Examples of valid URLs include:&lt;table cellspacing=&apos;8&apos;&gt;&lt;tr&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;HTTPS&lt;/b&gt;&lt;/td&gt;&lt;td&gt;https://hostname/path/to/repo.git&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;SSH&lt;/b&gt;&lt;/td&gt;&lt;td&gt;git@hostname:path/to/repo.git&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;Git&lt;/b&gt;&lt;/td&gt;&lt;td&gt;git://hostname/path/to/repo.git&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;Local&lt;/b&gt;&lt;/td&gt;&lt;td&gt;/path/to/repo, C:\path\to\repo&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>有効な URL の例:&lt;table cellspacing=&apos;8&apos;&gt;&lt;tr&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;HTTPS&lt;/b&gt;&lt;/td&gt;&lt;td&gt;https://hostname/path/to/repo.git&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;SSH&lt;/b&gt;&lt;/td&gt;&lt;td&gt;git@hostname:path/to/repo.git&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;Git&lt;/b&gt;&lt;/td&gt;&lt;td&gt;git://hostname/path/to/repo.git&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;ローカル&lt;/b&gt;&lt;/td&gt;&lt;td&gt;/path/to/repo, C:\path\to\repo&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <location filename="../src/dialogs/CloneDialog.cpp" line="111"/>
        <source>Protocol:</source>
        <translation>プロトコル:</translation>
    </message>
    <message>
        <location filename="../src/dialogs/CloneDialog.cpp" line="112"/>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
</context>
<context>
    <name>RemoteTableModel</name>
    <message>
        <location filename="../src/dialogs/RemoteTableModel.cpp" line="62"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../src/dialogs/RemoteTableModel.cpp" line="63"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
</context>
<context>
    <name>RemotesPanel</name>
    <message>
        <location filename="../src/dialogs/ConfigDialog.cpp" line="209"/>
        <source>Delete Remote?</source>
        <translation>リモートを削除しますか？</translation>
    </message>
    <message>
        <location filename="../src/dialogs/ConfigDialog.cpp" line="210"/>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>&apos;%1&apos; を削除しますか？</translation>
    </message>
    <message>
        <location filename="../src/dialogs/ConfigDialog.cpp" line="215"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
</context>
<context>
    <name>RepoModel</name>
    <message>
        <location filename="../src/ui/SideBar.cpp" line="338"/>
        <source>Connecting</source>
        <translation>接続しています</translation>
    </message>
    <message>
        <location filename="../src/ui/SideBar.cpp" line="361"/>
        <source>open</source>
        <translation>開く</translation>
    </message>
    <message>
        <location filename="../src/ui/SideBar.cpp" line="362"/>
        <source>recent</source>
        <translation>最近使ったリポジトリ</translation>
    </message>
    <message>
        <location filename="../src/ui/SideBar.cpp" line="363"/>
        <source>remote</source>
        <translation>リモート</translation>
    </message>
    <message>
        <location filename="../src/ui/SideBar.cpp" line="378"/>
        <location filename="../src/ui/SideBar.cpp" line="387"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../src/dialogs/StartDialog.cpp" line="112"/>
        <source>Clone Repository</source>
        <translation>リポジトリをクローン</translation>
    </message>
    <message>
        <location filename="../src/dialogs/StartDialog.cpp" line="113"/>
        <source>Open Existing Repository</source>
        <translation>既存のリポジトリを開く</translation>
    </message>
    <message>
        <location filename="../src/dialogs/StartDialog.cpp" line="114"/>
        <source>Initialize New Repository</source>
        <translation>新しいリポジトリを作成</translation>
    </message>
</context>
<context>
    <name>RepoView</name>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="178"/>
        <source>Indexing...</source>
        <translation>インデックスを構築しています...</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="184"/>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="187"/>
        <source>The indexer worker process crashed. If this problem persists please contact us at support@gitahead.com.</source>
        <translation>インデックスを構築する作業プロセスがクラッシュしました。問題が立て続けに起こる場合は、support@gitahead.com へ報告をお願いします。</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="189"/>
        <source>Indexer Crashed</source>
        <translation>インデクサーがクラッシュしました</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="313"/>
        <source>Stage Directory?</source>
        <translation>ディレクトリをステージに上げますか？</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="314"/>
        <source>Are you sure you want to stage &apos;%1&apos;?</source>
        <translation>&apos;%1&apos; をステージに上げますか？</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="315"/>
        <source>This will result in the addition of %1 files.</source>
        <translation>%1 個のファイルが追加されます。</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="316"/>
        <source>more than 100</source>
        <translation>100+</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="321"/>
        <source>Stage Directory</source>
        <translation>ディレクトリをステージに上げる</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="323"/>
        <source>Stop prompting to stage directories</source>
        <translation>ディレクトリのステージについて質問しない</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="339"/>
        <source>Stage Large File?</source>
        <translation>大きなファイルをステージに上げますか？</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="340"/>
        <source>Are you sure you want to stage &apos;%1&apos; with a size of %2?</source>
        <translation>&apos;%1&apos; (サイズ %2) をステージに上げますか？</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="344"/>
        <source>Stage</source>
        <translation>ステージに上げる</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="348"/>
        <source>Track with LFS</source>
        <translation>LFS で追跡</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="350"/>
        <source>This repository has LFS enabled. Do you want to track the file with LFS instead?</source>
        <translation>このリポジトリは LFS を使用しています。ファイルを代わりに LFS で追跡させますか？</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="354"/>
        <source>Stop prompting to stage large files</source>
        <translation>大きなファイルのステージについて質問しない</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="401"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="408"/>
        <source>stage</source>
        <translation>ステージに登録</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="415"/>
        <source>Git LFS was not found on the PATH. &lt;a href=&apos;https://git-lfs.github.com&apos;&gt;Install Git LFS&lt;/a&gt; to use LFS integration.</source>
        <translation>Git LFS がどの PATH にも見つかりませんでした。LFS 統合機能を使うには、&lt;a href=&apos;https://git-lfs.github.com&apos;&gt;Git LFS をインストール&lt;/a&gt;してください。</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="458"/>
        <source>untracked file</source>
        <translation>未追跡のファイル</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="459"/>
        <source>untracked files</source>
        <translation>未追跡のファイル</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="461"/>
        <source>Remove Untracked Files</source>
        <translation>未追跡のファイルを削除</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="462"/>
        <source>Remove %1 %2?</source>
        <translation>%2 %1 個を削除しますか？</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="464"/>
        <source>This action cannot be undone.</source>
        <translation>この操作は元に戻せません。</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="467"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="746"/>
        <source>Pull Request</source>
        <translation>プルリクエスト</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="746"/>
        <source>Create</source>
        <translation>作成</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="747"/>
        <source>create pull request</source>
        <translation>プルリクエストを作成</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="762"/>
        <location filename="../src/ui/RepoView.cpp" line="773"/>
        <location filename="../src/ui/RepoView.cpp" line="796"/>
        <source>Git LFS</source>
        <translation>Git LFS</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="762"/>
        <source>Initialize</source>
        <translation>初期化</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="764"/>
        <source>initialize</source>
        <translation>初期化</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="768"/>
        <source>Git LFS initialized.</source>
        <translation>Git LFS を初期化しました。</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="773"/>
        <source>Deinitialize</source>
        <translation>解除</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="775"/>
        <source>deinitialize</source>
        <translation>解除</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="779"/>
        <source>Git LFS Deinitialized.</source>
        <translation>Git LFS を解除しました。</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="785"/>
        <source>Lock</source>
        <translation>ロック</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="785"/>
        <source>Unlock</source>
        <translation>ロック解除</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="789"/>
        <location filename="../src/ui/RepoView.cpp" line="928"/>
        <source>Unable to %1 &apos;%2&apos; - %3</source>
        <translation>%1できませんでした: &apos;%2&apos; - %3</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="927"/>
        <source>Unable to %1 - %2</source>
        <translation>%1できませんでした - %2</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="975"/>
        <source>%1 remotes</source>
        <translation>%1 個のリモート</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="976"/>
        <source>Fetch All</source>
        <translation>全てフェッチ</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="1012"/>
        <source>Fetch</source>
        <translation>フェッチ</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="1014"/>
        <location filename="../src/ui/RepoView.cpp" line="1099"/>
        <location filename="../src/ui/RepoView.cpp" line="1669"/>
        <source>&lt;i&gt;no remote&lt;/i&gt;</source>
        <translation>&lt;i&gt;リモートなし&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="1020"/>
        <source>Unable to fetch. No upstream is configured for the current branch, and there isn&apos;t a remote called &apos;origin&apos;.</source>
        <translation>フェッチできませんでした。現在のブランチに上流が設定されておらず、&apos;origin&apos; というリモートもありません。</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="1033"/>
        <location filename="../src/ui/RepoView.cpp" line="2338"/>
        <source>Fetch canceled.</source>
        <translation>フェッチをキャンセルしました。</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="1035"/>
        <source>fetch from</source>
        <translation>リモートからフェッチ</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="1039"/>
        <location filename="../src/ui/RepoView.cpp" line="1734"/>
        <location filename="../src/ui/RepoView.cpp" line="1777"/>
        <source>Everything up-to-date.</source>
        <translation>全て最新です。</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="1098"/>
        <location filename="../src/ui/RepoView.cpp" line="1204"/>
        <location filename="../src/ui/RepoView.cpp" line="2194"/>
        <source>&lt;i&gt;no branch&lt;/i&gt;</source>
        <translation>&lt;i&gt;ブランチなし&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="1100"/>
        <source>%1 from %2</source>
        <translation>%2 から %1 へ</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="1101"/>
        <source>Pull</source>
        <translation>プル</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="1171"/>
        <source>&lt;i&gt;no upstream&lt;/i&gt;</source>
        <translation>&lt;i&gt;上流なし&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="1194"/>
        <source>Merge</source>
        <translation>マージ</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="1195"/>
        <source>%1 into %2</source>
        <translation>%1 を %2 へ</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="1197"/>
        <source>Fast-forward</source>
        <translation>早送り</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="1198"/>
        <source>%2 to %1</source>
        <translation>%2 を %1 へ</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="1200"/>
        <source>Rebase</source>
        <translation>リベース</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="1201"/>
        <source>%2 on %1</source>
        <translation>%2 を %1 で</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="1211"/>
        <source>The repository is empty.</source>
        <translation>リポジトリが空です。</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="1218"/>
        <location filename="../src/ui/RepoView.cpp" line="1718"/>
        <source>The current branch &apos;%1&apos; has no upstream branch.</source>
        <translation>現在のブランチ &apos;%1&apos; には上流のブランチがありません。</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="1224"/>
        <location filename="../src/ui/RepoView.cpp" line="2307"/>
        <source>Already up-to-date.</source>
        <translation>既に最新です。</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="1229"/>
        <source>Unable to fast-forward.</source>
        <translation>早送りできませんでした。</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="1267"/>
        <source>fast-forward</source>
        <translation>早送り</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="1280"/>
        <source>You may be able to reconcile your changes with the conflicting files by &lt;a href=&apos;action:stash&apos;&gt;stashing&lt;/a&gt; before you &lt;a href=&apos;%1&apos;&gt;fast-forward&lt;/a&gt;. Then &lt;a href=&apos;action:unstash&apos;&gt;unstash&lt;/a&gt; to restore your changes.</source>
        <translation>&lt;a href=&apos;%1&apos;&gt;早送り&lt;/a&gt;する前に&lt;a href=&apos;action:stash&apos;&gt;スタッシュへ預ける&lt;/a&gt;ことで、衝突したファイルへの変更を調整できるかもしれません。今までに行った変更は、後で&lt;a href=&apos;action:unstash&apos;&gt;スタッシュから引き出して&lt;/a&gt;復元できます。</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="1292"/>
        <source>If you want to create a new merge commit instead of fast-forwarding, you can &lt;a href=&apos;%1&apos;&gt;merge without fast-forwarding &lt;/a&gt; instead.</source>
        <translation>新しいマージコミットを、早送りせずに作成したい場合は、代わりに&lt;a href=&apos;%1&apos;&gt;マージ (早送りしない)&lt;/a&gt;を使用できます。</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="1316"/>
        <location filename="../src/ui/RepoView.cpp" line="1333"/>
        <location filename="../src/ui/RepoView.cpp" line="1400"/>
        <location filename="../src/ui/RepoView.cpp" line="1412"/>
        <source>merge</source>
        <translation>マージ</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="1323"/>
        <location filename="../src/ui/RepoView.cpp" line="1516"/>
        <source>You may be able to rebase by &lt;a href=&apos;action:stash&apos;&gt;stashing&lt;/a&gt; before trying to &lt;a href=&apos;action:merge&apos;&gt;merge&lt;/a&gt;. Then &lt;a href=&apos;action:unstash&apos;&gt;unstash&lt;/a&gt; to restore your changes.</source>
        <translation>&lt;a href=&apos;action:merge&apos;&gt;マージ&lt;/a&gt;する前に&lt;a href=&apos;action:stash&apos;&gt;スタッシュへ預ける&lt;/a&gt;ことで、リベースできるかもしれません。今までに行った変更は、後で&lt;a href=&apos;action:unstash&apos;&gt;スタッシュから引き出して&lt;/a&gt;復元できます。</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="1400"/>
        <location filename="../src/ui/RepoView.cpp" line="1431"/>
        <source>Abort</source>
        <translation>中断</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="1401"/>
        <source>Some merged files have unstaged changes</source>
        <translation>マージしたファイルのいくつかの変更が、まだステージに上がっていません</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="1402"/>
        <source>abort merge</source>
        <translation>マージを中断</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="1416"/>
        <location filename="../src/ui/RepoView.cpp" line="1542"/>
        <location filename="../src/ui/RepoView.cpp" line="1547"/>
        <source>revert</source>
        <translation>取り消し</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="1421"/>
        <location filename="../src/ui/RepoView.cpp" line="1589"/>
        <location filename="../src/ui/RepoView.cpp" line="1594"/>
        <source>cherry-pick</source>
        <translation>取り込み</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="1427"/>
        <location filename="../src/ui/RepoView.cpp" line="1446"/>
        <location filename="../src/ui/RepoView.cpp" line="1468"/>
        <source>rebase</source>
        <translation>リベース</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="1453"/>
        <source>You may be able to rebase by &lt;a href=&apos;action:stash&apos;&gt;stashing&lt;/a&gt; before trying to &lt;a href=&apos;action:rebase&apos;&gt;rebase&lt;/a&gt;. Then &lt;a href=&apos;action:unstash&apos;&gt;unstash&lt;/a&gt; to restore your changes.</source>
        <translation>&lt;a href=&apos;action:rebase&apos;&gt;リベース&lt;/a&gt;する前に&lt;a href=&apos;action:stash&apos;&gt;スタッシュへ預ける&lt;/a&gt;ことで、リベースできるかもしれません。今までに行った変更は、後で&lt;a href=&apos;action:unstash&apos;&gt;スタッシュから引き出して&lt;/a&gt;復元できます。</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="1474"/>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="1475"/>
        <source>%1 - %2</source>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="1476"/>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="1482"/>
        <source>There was a merge conflict. The rebase has been aborted</source>
        <translation>マージに衝突があります。リベースを中断しました</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="1488"/>
        <source>%1 - %2 &lt;i&gt;already applied&lt;/i&gt;</source>
        <translation>%1 - %2 &lt;i&gt;既に適用されています&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="1489"/>
        <source>%1 - %2 as %3</source>
        <translation>%1 - %2 を %3 として</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="1509"/>
        <location filename="../src/ui/RepoView.cpp" line="1529"/>
        <location filename="../src/ui/RepoView.cpp" line="2630"/>
        <source>squash</source>
        <translation>スカッシュ</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="1538"/>
        <source>Revert</source>
        <translation>取り消し</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="1552"/>
        <source>Revert &quot;%1&quot;

This reverts commit %2.</source>
        <translation>&quot;%1&quot; の取り消し

コミット %2 を取り消しました。</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="1583"/>
        <source>&lt;i&gt;detached HEAD&lt;/i&gt;</source>
        <translation>&lt;i&gt;作業中のリビジョン&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="1584"/>
        <source>%1 on %2</source>
        <translation>%2 に %1 を</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="1585"/>
        <source>Cherry-pick</source>
        <translation>取り込み</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="1627"/>
        <source>Force Push?</source>
        <translation>強制プッシュしますか？</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="1628"/>
        <source>Are you sure you want to force push?</source>
        <translation>強制的にプッシュしますか？</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="1634"/>
        <source>The remote will lose any commits that are reachable only from the overwritten reference. Dropped commits may be unexpectedly reintroduced by clones that already contain those commits locally.</source>
        <translation>上書きされた参照からでしか辿ることのできないコミットは、リモート上で一切利用できなくなります。また、ここでコミットを削除したとしても、クローンされた他のリポジトリにはコミットが残っているかもしれないため、不意に再度混入することもあり得ます。</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="1639"/>
        <source>Force Push</source>
        <translation>強制プッシュ</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="1666"/>
        <source>&lt;i&gt;no reference&lt;/i&gt;</source>
        <translation>&lt;i&gt;参照なし&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="1677"/>
        <source>Push</source>
        <translation>プッシュ</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="1677"/>
        <source>Push (Force)</source>
        <translation>プッシュ (強制)</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="1678"/>
        <location filename="../src/ui/RepoView.cpp" line="2250"/>
        <source>%1 to %2</source>
        <translation>%1 を %2 へ</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="1682"/>
        <location filename="../src/ui/RepoView.cpp" line="2195"/>
        <source>You are not currently on a branch.</source>
        <translation>現在どのブランチも選択されていません。</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="1685"/>
        <source>Create a commit to add the default &apos;%1&apos; branch.</source>
        <translation>既定のブランチ &apos;%1&apos; を追加するには、コミットを作成します。</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="1689"/>
        <source>You can &lt;a href=&apos;action:checkout&apos;&gt;checkout&lt;/a&gt; a branch then &lt;a href=&apos;action:push&apos;&gt;push&lt;/a&gt; again, or &lt;a href=&apos;action:push-to&apos;&gt;push to an explicit branch&lt;/a&gt;.</source>
        <translation>ブランチを&lt;a href=&apos;action:checkout&apos;&gt;チェックアウト&lt;/a&gt;した後に、再度&lt;a href=&apos;action:push&apos;&gt;プッシュ&lt;/a&gt;できます。また、&lt;a href=&apos;action:push-to&apos;&gt;明示的なブランチへプッシュ&lt;/a&gt;することもできます。</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="1699"/>
        <source>The current branch &apos;%1&apos; has no default remote.</source>
        <translation>現在のブランチ &apos;%1&apos; には既定のリモートがありません。</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="1702"/>
        <source>You may want to &lt;a href=&apos;action:add-remote?name=origin&apos;&gt;add a remote named &apos;origin&apos;&lt;/a&gt;. Then &lt;a href=&apos;action:push?set-upstream=true&apos;&gt;push and set the current branch&apos;s upstream&lt;/a&gt; to begin tracking a remote branch called &apos;origin/%1&apos;.</source>
        <translation>&lt;a href=&apos;action:add-remote?name=origin&apos;&gt;&apos;origin&apos; という名前のリモートを追加&lt;/a&gt;して、&lt;a href=&apos;action:push?set-upstream=true&apos;&gt;現在のブランチをプッシュ、上流を設定&lt;/a&gt;することにより、リモートブランチ &apos;origin/%1&apos; の追跡を開始できます。</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="1707"/>
        <source>You can also &lt;a href=&apos;action:push-to&apos;&gt;push to an explicit URL&lt;/a&gt; if you don&apos;t want to track a remote branch.</source>
        <translation>また、&lt;a href=&apos;action:push-to&apos;&gt;明示的な URL へプッシュ&lt;/a&gt;して、リモートブランチを追跡しないようにもできます。</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="1720"/>
        <source>To begin tracking a remote branch called &apos;%1&apos;, &lt;a href=&apos;action:push?set-upstream=true&apos;&gt;push and set the current branch&apos;s upstream&lt;/a&gt;.</source>
        <translation>&apos;%1&apos; というリモートブランチの追跡を開始するには、&lt;a href=&apos;action:push?set-upstream=true&apos;&gt;現在のブランチをプッシュ、上流を設定&lt;/a&gt;します。</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="1724"/>
        <source>To push without setting up tracking information, &lt;a href=&apos;action:push?ref=%1&apos;&gt;push &apos;%2&apos;&lt;/a&gt; explicitly.</source>
        <translation>追跡情報を設定せずにプッシュするには、明示的に &lt;a href=&apos;action:push?ref=%1&apos;&gt;&apos;%2&apos; をプッシュ&lt;/a&gt;します。</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="1745"/>
        <source>Push canceled.</source>
        <translation>プッシュをキャンセルしました。</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="1749"/>
        <source>push to</source>
        <translation>リモートへプッシュ</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="1753"/>
        <source>The tag update may cause the remote to lose commits.</source>
        <translation>タグを更新すると、リモート上のコミットが失われるかもしれません。</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="1755"/>
        <source>If you want to risk the remote losing commits, you can &lt;a href=&apos;action:push?ref=%1&amp;to=%2&amp;force=true&apos;&gt;force push&lt;/a&gt;.</source>
        <translation>リモート上のコミット損失を覚悟しているなら、&lt;a href=&apos;action:push?ref=%1&amp;to=%2&amp;force=true&apos;&gt;強制プッシュ&lt;/a&gt;できます。</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="1764"/>
        <source>You may want to integrate remote commits first by &lt;a href=&apos;action:pull&apos;&gt;pulling&lt;/a&gt;. Then &lt;a href=&apos;action:push&apos;&gt;push&lt;/a&gt; again.</source>
        <translation>リモートのコミットをまず&lt;a href=&apos;action:pull&apos;&gt;プル&lt;/a&gt;で統合してから、再度&lt;a href=&apos;action:push&apos;&gt;プッシュ&lt;/a&gt;してください。</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="1768"/>
        <source>If you really want the remote to lose commits, you may be able to &lt;a href=&apos;action:push?force=true&apos;&gt;force push&lt;/a&gt;.</source>
        <translation>リモート上のコミットが損失しても問題ないなら、&lt;a href=&apos;action:push?force=true&apos;&gt;強制プッシュ&lt;/a&gt;できます。</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="1815"/>
        <source>Commit?</source>
        <translation>コミットしますか？</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="1816"/>
        <source>Are you sure you want to commit on a detached HEAD?</source>
        <translation>作業中のリビジョンへコミットしますか？</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="1822"/>
        <source>&lt;p&gt;You are in a detached HEAD state. You can still commit, but the new commit will not be reachable from any branch. If you want to commit to an existing branch, checkout the branch first.&lt;/p&gt;</source>
        <translation>&lt;p&gt;現在、どのブランチにも所属していない状態です。如何なるブランチを辿っても、ここで行ったコミットには到達できません。既存のブランチにコミットしたい場合は、まずそのブランチをチェックアウトしてください。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="1827"/>
        <location filename="../src/ui/RepoView.cpp" line="1837"/>
        <source>Commit</source>
        <translation>コミット</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="1836"/>
        <location filename="../src/ui/RepoView.cpp" line="1995"/>
        <source>&lt;i&gt;no commit&lt;/i&gt;</source>
        <translation>&lt;i&gt;コミットなし&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="1842"/>
        <source>commit</source>
        <translation>コミット</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="1850"/>
        <source>This commit was signed with a generated user name and email.</source>
        <translation>このコミットは、自動生成されたユーザー名と E メールで署名されました。</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="1852"/>
        <source>Consider setting the user name and email in &lt;a href=&apos;action:config?global=true&apos;&gt;global settings&lt;/a&gt;.</source>
        <translation>&lt;a href=&apos;action:config?global=true&apos;&gt;グローバル設定&lt;/a&gt;で、ユーザー名と E メールを設定することをおすすめします。</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="1855"/>
        <source>If you want to limit the name and email settings to this repository, &lt;a href=&apos;action:config&apos;&gt;edit repository settings&lt;/a&gt; instead.</source>
        <translation>このリポジトリ固有のユーザー名と E メールを設定したい場合は、代わりに&lt;a href=&apos;action:config&apos;&gt;リポジトリの設定を編集&lt;/a&gt;します。</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="1858"/>
        <source>After settings have been updated, &lt;a href=&apos;action:amend&apos;&gt; amend this commit&lt;/a&gt; to record the new user name and email.</source>
        <translation>設定を更新したら、&lt;a href=&apos;action:amend&apos;&gt;最後のコミットを修正&lt;/a&gt;して、新しいユーザー名と E メールで記録し直します。</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="1920"/>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="1920"/>
        <source>files</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="1921"/>
        <source>%1 - %2 %3</source>
        <translation>%1 - %2 個の%3</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="1922"/>
        <location filename="../src/ui/RepoView.cpp" line="2002"/>
        <source>Checkout</source>
        <translation>チェックアウト</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="1947"/>
        <source>Checkout Detached HEAD?</source>
        <translation>独立したリビジョンとしてチェックアウトしますか？</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="1950"/>
        <source>Checkout Detached HEAD</source>
        <translation>独立したリビジョンとしてチェックアウト</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="1959"/>
        <source>Checking out remote branch &apos;%1&apos; will result in a detached HEAD state. Do you want to reset the existing local branch &apos;%2&apos; to this commit instead?</source>
        <translation>リモートブランチ &apos;%1&apos; をチェックアウトすると、どのブランチにも所属しない状態となります。代わりに既存のローカルブランチ &apos;%2&apos; を、このコミットに合わせてリセットしますか？</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="1964"/>
        <source>Reset Local Branch</source>
        <translation>ローカルブランチをリセット</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="1970"/>
        <source>Checking out remote branch &apos;%1&apos; will result in a detached HEAD state. Do you want to create a new local branch called &apos;%2&apos; to track it instead?</source>
        <translation>リモートブランチ &apos;%1&apos; をチェックアウトすると、どのブランチにも所属しない状態となります。代わりに新しい &apos;%2&apos; というローカルブランチを作成・追跡しますか？</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="1974"/>
        <source>Create a local branch to start tracking remote changes and make new commits. Check out the detached HEAD to temporarily put your working directory into the state of the remote branch.</source>
        <translation>新しいローカルブランチを作成すると、リモートの変更の追跡や、コミットなどの作業を開始できます。独立したリビジョンとしてチェックアウトすると、リモートブランチの状態を、一時的に作業ディレクトリへ展開します。</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="1979"/>
        <source>Create Local Branch</source>
        <translation>ローカルブランチを作成</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="2007"/>
        <source>checkout</source>
        <translation>チェックアウト</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="2019"/>
        <source>You may be able to reconcile your changes with the conflicting files by &lt;a href=&apos;action:stash&apos;&gt;stashing&lt;/a&gt; before you &lt;a href=&apos;action:checkout?%1&apos;&gt;checkout &apos;%2&apos;&lt;/a&gt;. Then &lt;a href=&apos;action:unstash&apos;&gt;unstash&lt;/a&gt; to restore your changes.</source>
        <translation>&lt;a href=&apos;action:checkout?%1&apos;&gt;&apos;%2&apos; をチェックアウト&lt;/a&gt;する前に&lt;a href=&apos;action:stash&apos;&gt;スタッシュへ預ける&lt;/a&gt;ことで、衝突したファイルへの変更を調整できるかもしれません。今までに行った変更は、後で&lt;a href=&apos;action:unstash&apos;&gt;スタッシュから引き出して&lt;/a&gt;復元できます。</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="2051"/>
        <source>New Branch</source>
        <translation>新しいブランチ</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="2054"/>
        <source>create new branch</source>
        <translation>新しいブランチを作成</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="2087"/>
        <source>(no branch)</source>
        <translation>(ブランチなし)</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="2088"/>
        <source>WIP on %1: %2 %3</source>
        <translation>作業途中の %1: %2 %3</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="2100"/>
        <source>&lt;i&gt;working directory&lt;/i&gt;</source>
        <translation>&lt;i&gt;作業ディレクトリ&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="2101"/>
        <source>Stash</source>
        <translation>スタッシュへ預ける</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="2105"/>
        <source>stash</source>
        <translation>スタッシュへ収納</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="2119"/>
        <source>Apply Stash</source>
        <translation>スタッシュを適用</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="2121"/>
        <source>apply stash</source>
        <translation>スタッシュを適用</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="2134"/>
        <source>Drop Stash</source>
        <translation>スタッシュから削除</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="2136"/>
        <source>drop stash</source>
        <translation>スタッシュから削除</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="2145"/>
        <source>Pop Stash</source>
        <translation>スタッシュから引き出す</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="2147"/>
        <source>pop stash</source>
        <translation>スタッシュから引き出し</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="2168"/>
        <source>%1 as %2</source>
        <translation>%1 を %2 として</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="2169"/>
        <source>Tag</source>
        <translation>タグ付け</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="2171"/>
        <source>tag</source>
        <translation>タグを追加</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="2193"/>
        <location filename="../src/ui/RepoView.cpp" line="2228"/>
        <location filename="../src/ui/RepoView.cpp" line="2249"/>
        <source>Amend</source>
        <translation>修正</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="2193"/>
        <location filename="../src/ui/RepoView.cpp" line="2228"/>
        <location filename="../src/ui/RepoView.cpp" line="2249"/>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="2200"/>
        <source>Amend?</source>
        <translation>修正しますか？</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="2200"/>
        <source>Reset?</source>
        <translation>リセットしますか？</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="2202"/>
        <source>Are you sure you want to amend &apos;%1&apos;?</source>
        <translation>&apos;%1&apos; を修正しますか？</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="2203"/>
        <source>Are you sure you want to reset &apos;%1&apos; to &apos;%2&apos;?</source>
        <translation>&apos;%1&apos; を &apos;%2&apos; にリセットしますか？</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="2210"/>
        <source>&lt;p&gt;Some commits may become unreachable from the current branch.&lt;/p&gt;</source>
        <translation>&lt;p&gt;現在のブランチからは、一部のコミットに辿り着けなくなるかもしれません。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="2217"/>
        <source>&lt;p&gt;Resetting will cause you to lose uncommitted changes. Untracked and ignored files will not be affected.&lt;/p&gt;</source>
        <translation>&lt;p&gt;リセットすると、コミットされていない変更が失われます。未追跡のファイルや、無視されているファイルには影響しません。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="2221"/>
        <source>&lt;p&gt;Your branch appears to be up-to-date with its upstream branch. Resetting may cause your branch history to diverge from the remote branch history.&lt;/p&gt;</source>
        <translation>&lt;p&gt;手元のブランチは既に、上流のブランチの最新版のようです。リセットすると、手元のブランチとリモートブランチとの履歴が分立するかもしれません。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="2254"/>
        <source>amend</source>
        <translation>修正</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="2254"/>
        <source>reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="2303"/>
        <source>%1 of %2 submodules</source>
        <translation>%1 / %2 個のサブモジュール</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="2304"/>
        <location filename="../src/ui/RepoView.cpp" line="2329"/>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="2341"/>
        <source>update submodule</source>
        <translation>サブモジュールを更新</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="2382"/>
        <source>Invalid Submodule Repository</source>
        <translation>無効なサブモジュールのリポジトリ</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="2384"/>
        <source>The submodule &apos;%1&apos; doesn&apos;t have a valid repository. You may need to init and/or update the submodule to check out a repository.</source>
        <translation>サブモジュール &apos;%1&apos; には有効なリポジトリがありません。リポジトリをチェックアウトする前に、サブモジュールの初期化や更新が必要かもしれません。</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="2597"/>
        <source>There was a merge conflict.</source>
        <translation>マージする際に衝突がありました。</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="2601"/>
        <source>Resolve conflicts, then commit to conclude the %1. See &lt;a href=&apos;expand&apos;&gt;details&lt;/a&gt;.</source>
        <translation>衝突している部分を解決した後に、改めてコミットを行い、%1を確定させてください。詳細は&lt;a href=&apos;expand&apos;&gt;こちら&lt;/a&gt;。</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="2604"/>
        <source>Resolve conflicts in each conflicted (!) file in one of the following ways:</source>
        <translation>これらの方法を使用して、衝突しているファイル (!) それぞれを解決できます:</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="2607"/>
        <source>1. Click the &apos;Ours&apos; or &apos;Theirs&apos; button to choose the correct change. Then click the &apos;Save&apos; button to apply.</source>
        <translation>1. &apos;手元のものを使う&apos; か &apos;向こうのものを使う&apos; ボタンをクリックして、正しい変更を選びます。&apos;保存&apos; ボタンをクリックすると、選択を反映します。</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="2610"/>
        <source>2. Edit the file in the editor to make a different change. Remember to remove conflict markers.</source>
        <translation>2. ファイルをエディターで開き、必要な修正を行います。衝突部分に付けられている印も、忘れずに取り除いてください。</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="2613"/>
        <source>3. Use an external merge tool. Right-click on the files in the list and choose &apos;External Merge&apos;.</source>
        <translation>3. 外部マージツールを使います。ファイル一覧の項目を右クリックし、&apos;外部マージツール&apos; を選びます。</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="2616"/>
        <source>After all conflicts in the file are resolved, click the check box to mark it as resolved.</source>
        <translation>ファイルの衝突が全て解決できたら、チェックボックスをクリックし、解決済みとしてマークします。</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="2619"/>
        <source>After all conflicted files are staged, commit to conclude the %1.</source>
        <translation>衝突している全てのファイルをステージに上げたら、コミットを実行して%1を確定させます。</translation>
    </message>
    <message>
        <location filename="../src/ui/RepoView.cpp" line="2632"/>
        <source>You can &lt;a href=&apos;action:abort&apos;&gt;abort&lt;/a&gt; the %1 to return the repository to its previous state.</source>
        <translation>%1を&lt;a href=&apos;action:abort&apos;&gt;中断&lt;/a&gt;して、リポジトリを元の状態に戻すこともできます。</translation>
    </message>
</context>
<context>
    <name>Repository</name>
    <message>
        <location filename="../src/git/Repository.cpp" line="1065"/>
        <source>Unknown error</source>
        <translation>不明なエラー</translation>
    </message>
    <message>
        <location filename="../src/git/Repository.cpp" line="1148"/>
        <source>git-lfs not found</source>
        <translation>git-lfs が見つかりませんでした</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../src/ui/SearchField.cpp" line="109"/>
        <source>Search</source>
        <translation>検索</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../src/dialogs/ConfigDialog.cpp" line="400"/>
        <source>Enable indexing</source>
        <translation>インデックスを構築</translation>
    </message>
    <message>
        <location filename="../src/dialogs/ConfigDialog.cpp" line="415"/>
        <source>terms</source>
        <translation>句</translation>
    </message>
    <message>
        <location filename="../src/dialogs/ConfigDialog.cpp" line="431"/>
        <source>lines</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../src/dialogs/ConfigDialog.cpp" line="445"/>
        <source>Limit commits to:</source>
        <translation>コミットの語句上限数:</translation>
    </message>
    <message>
        <location filename="../src/dialogs/ConfigDialog.cpp" line="446"/>
        <source>Diff context:</source>
        <translation>差分周辺の行数:</translation>
    </message>
    <message>
        <location filename="../src/dialogs/ConfigDialog.cpp" line="463"/>
        <source>Remove Index</source>
        <translation>インデックスを削除</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../src/conf/Settings.cpp" line="206"/>
        <source>Prompt to edit stash message before stashing</source>
        <translation>スタッシュへ預ける前に、スタッシュ内容の説明を編集するか尋ねる</translation>
    </message>
    <message>
        <location filename="../src/conf/Settings.cpp" line="209"/>
        <source>Prompt to edit commit message before merging</source>
        <translation>マージする前に、コミットの説明を編集するか尋ねる</translation>
    </message>
    <message>
        <location filename="../src/conf/Settings.cpp" line="212"/>
        <source>Prompt to edit commit message before reverting</source>
        <translation>コミットを取り消す前に、コミットの説明を編集するか尋ねる</translation>
    </message>
    <message>
        <location filename="../src/conf/Settings.cpp" line="215"/>
        <source>Prompt to edit commit message before cherry-picking</source>
        <translation>コミットを取り込む前に、コミットの説明を編集するか尋ねる</translation>
    </message>
    <message>
        <location filename="../src/conf/Settings.cpp" line="218"/>
        <source>Prompt to stage directories</source>
        <translation>ディレクトリをステージに上げる前に尋ねる</translation>
    </message>
    <message>
        <location filename="../src/conf/Settings.cpp" line="221"/>
        <source>Prompt to stage large files</source>
        <translation>大きなファイルをステージに上げる前に尋ねる</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../src/dialogs/SettingsDialog.cpp" line="744"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../src/dialogs/SettingsDialog.cpp" line="759"/>
        <source>Global git settings can be overridden for each repository in the corresponding repository configuration page.</source>
        <translation>Git のグローバル設定は、各リポジトリの設定から上書きできます。</translation>
    </message>
    <message>
        <location filename="../src/dialogs/SettingsDialog.cpp" line="778"/>
        <source>Edit Config File...</source>
        <translation>設定ファイルを編集...</translation>
    </message>
    <message>
        <location filename="../src/dialogs/SettingsDialog.cpp" line="806"/>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../src/dialogs/SettingsDialog.cpp" line="814"/>
        <source>Diff</source>
        <translation>差分</translation>
    </message>
    <message>
        <location filename="../src/dialogs/SettingsDialog.cpp" line="822"/>
        <source>Tools</source>
        <translation>ツール</translation>
    </message>
    <message>
        <location filename="../src/dialogs/SettingsDialog.cpp" line="832"/>
        <source>Window</source>
        <translation>ウィンドウ</translation>
    </message>
    <message>
        <location filename="../src/dialogs/SettingsDialog.cpp" line="840"/>
        <source>Editor</source>
        <translation>エディター</translation>
    </message>
    <message>
        <location filename="../src/dialogs/SettingsDialog.cpp" line="848"/>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../src/dialogs/SettingsDialog.cpp" line="856"/>
        <source>Plugins</source>
        <translation>プラグイン</translation>
    </message>
    <message>
        <location filename="../src/dialogs/SettingsDialog.cpp" line="864"/>
        <source>Misc</source>
        <translation>その他</translation>
    </message>
    <message>
        <location filename="../src/dialogs/SettingsDialog.cpp" line="873"/>
        <source>Terminal</source>
        <translation>端末</translation>
    </message>
</context>
<context>
    <name>ShowTool</name>
    <message>
        <location filename="../src/tools/ShowTool.cpp" line="19"/>
        <source>Finder</source>
        <translation>ファインダー</translation>
    </message>
    <message>
        <location filename="../src/tools/ShowTool.cpp" line="21"/>
        <source>Explorer</source>
        <translation>エクスプローラー</translation>
    </message>
    <message>
        <location filename="../src/tools/ShowTool.cpp" line="23"/>
        <source>Default File Browser</source>
        <translation>既定のファイルブラウザー</translation>
    </message>
    <message>
        <location filename="../src/tools/ShowTool.cpp" line="37"/>
        <source>Show in %1</source>
        <translation>%1に表示</translation>
    </message>
</context>
<context>
    <name>SideBar</name>
    <message>
        <location filename="../src/ui/SideBar.cpp" line="688"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../src/ui/SideBar.cpp" line="690"/>
        <location filename="../src/ui/SideBar.cpp" line="794"/>
        <location filename="../src/ui/SideBar.cpp" line="889"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../src/ui/SideBar.cpp" line="695"/>
        <source>Authorize</source>
        <translation>認証</translation>
    </message>
    <message>
        <location filename="../src/ui/SideBar.cpp" line="709"/>
        <source>Clone Repository</source>
        <translation>リポジトリをクローン</translation>
    </message>
    <message>
        <location filename="../src/ui/SideBar.cpp" line="720"/>
        <source>Open Existing Repository</source>
        <translation>既存のリポジトリを開く</translation>
    </message>
    <message>
        <location filename="../src/ui/SideBar.cpp" line="724"/>
        <source>Open Repository</source>
        <translation>リポジトリを開く</translation>
    </message>
    <message>
        <location filename="../src/ui/SideBar.cpp" line="734"/>
        <source>Initialize New Repository</source>
        <translation>新しいリポジトリを作成</translation>
    </message>
    <message>
        <location filename="../src/ui/SideBar.cpp" line="749"/>
        <source>Add %1 Account</source>
        <translation>%1 アカウントを追加</translation>
    </message>
    <message>
        <location filename="../src/ui/SideBar.cpp" line="784"/>
        <source>&lt;p&gt;Are you sure you want to remove the remote repository association for %1?&lt;/p&gt;&lt;p&gt;The local clone itself will not be affected.&lt;/p&gt;</source>
        <translation>&lt;p&gt;リモートリポジトリ %1 への関連付けを解除しますか？&lt;/p&gt;&lt;p&gt;ローカルのクローンには影響しません。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/ui/SideBar.cpp" line="789"/>
        <source>Remove Repository Association?</source>
        <translation>リポジトリへの関連付けを解除しますか？</translation>
    </message>
    <message>
        <location filename="../src/ui/SideBar.cpp" line="813"/>
        <source>Clear All Recent</source>
        <translation>最近使ったリポジトリを消去</translation>
    </message>
    <message>
        <location filename="../src/ui/SideBar.cpp" line="818"/>
        <source>Show Full Path</source>
        <translation>完全なパスを表示</translation>
    </message>
    <message>
        <location filename="../src/ui/SideBar.cpp" line="828"/>
        <source>Filter Non-existent Paths</source>
        <translation>存在しないパスを除去</translation>
    </message>
    <message>
        <location filename="../src/ui/SideBar.cpp" line="837"/>
        <source>Refresh Remote Accounts</source>
        <translation>リモートアカウントを再読み込み</translation>
    </message>
    <message>
        <location filename="../src/ui/SideBar.cpp" line="844"/>
        <source>Show Full Name</source>
        <translation>完全な名前を表示</translation>
    </message>
    <message>
        <location filename="../src/ui/SideBar.cpp" line="878"/>
        <source>&lt;p&gt;Are you sure you want to remove the %1 account for &apos;%2&apos;?&lt;/p&gt;&lt;p&gt;Only the account association will be removed. Remote configurations and local clones will not be affected.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 アカウント &apos;%2&apos; を削除しますか？&lt;/p&gt;&lt;p&gt;アカウントへの関連付けのみが解除されます。リモートの設定と、ローカルのクローンには影響しません。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/ui/SideBar.cpp" line="883"/>
        <source>Remove Account?</source>
        <translation>アカウントを削除しますか？</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <location filename="../src/dialogs/StartDialog.cpp" line="395"/>
        <source>Choose Repository</source>
        <translation>リポジトリを選択</translation>
    </message>
    <message>
        <location filename="../src/dialogs/StartDialog.cpp" line="403"/>
        <source>Understand your history!</source>
        <translation>Git の履歴を見やすく管理</translation>
    </message>
    <message>
        <location filename="../src/dialogs/StartDialog.cpp" line="451"/>
        <source>Clone Repository</source>
        <translation>リポジトリをクローン</translation>
    </message>
    <message>
        <location filename="../src/dialogs/StartDialog.cpp" line="462"/>
        <source>Open Existing Repository</source>
        <translation>既存のリポジトリを開く</translation>
    </message>
    <message>
        <location filename="../src/dialogs/StartDialog.cpp" line="466"/>
        <source>Open Repository</source>
        <translation>リポジトリを開く</translation>
    </message>
    <message>
        <location filename="../src/dialogs/StartDialog.cpp" line="475"/>
        <source>Initialize New Repository</source>
        <translation>新しいリポジトリを作成</translation>
    </message>
    <message>
        <location filename="../src/dialogs/StartDialog.cpp" line="488"/>
        <source>Clear All</source>
        <translation>全て消去</translation>
    </message>
    <message>
        <location filename="../src/dialogs/StartDialog.cpp" line="494"/>
        <source>Show Full Path</source>
        <translation>完全なパスを表示</translation>
    </message>
    <message>
        <location filename="../src/dialogs/StartDialog.cpp" line="504"/>
        <source>Filter Non-existent Paths</source>
        <translation>存在しないパスを除去</translation>
    </message>
    <message>
        <location filename="../src/dialogs/StartDialog.cpp" line="513"/>
        <source>Repositories:</source>
        <translation>リポジトリ:</translation>
    </message>
    <message>
        <location filename="../src/dialogs/StartDialog.cpp" line="560"/>
        <source>Refresh</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <location filename="../src/dialogs/StartDialog.cpp" line="567"/>
        <source>Show Full Name</source>
        <translation>完全な名前を表示</translation>
    </message>
    <message>
        <location filename="../src/dialogs/StartDialog.cpp" line="595"/>
        <source>Remote:</source>
        <translation>リモート:</translation>
    </message>
    <message>
        <location filename="../src/dialogs/StartDialog.cpp" line="613"/>
        <source>View Getting Started Video</source>
        <translation>解説動画を観る</translation>
    </message>
    <message>
        <location filename="../src/dialogs/StartDialog.cpp" line="735"/>
        <source>Clone</source>
        <translation>クローン</translation>
    </message>
    <message>
        <location filename="../src/dialogs/StartDialog.cpp" line="735"/>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <location filename="../src/dialogs/StartDialog.cpp" line="803"/>
        <source>&lt;p&gt;Are you sure you want to remove the %1 account for &apos;%2&apos;?&lt;/p&gt;&lt;p&gt;Only the account association will be removed. Remote configurations and local clones will not be affected.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 アカウント &apos;%2&apos; を削除しますか？&lt;/p&gt;&lt;p&gt;アカウントへの関連付けのみが解除されます。リモートの設定と、ローカルのクローンには影響しません。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/dialogs/StartDialog.cpp" line="808"/>
        <source>Remove Account?</source>
        <translation>アカウントを削除しますか？</translation>
    </message>
    <message>
        <location filename="../src/dialogs/StartDialog.cpp" line="810"/>
        <location filename="../src/dialogs/StartDialog.cpp" line="831"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../src/dialogs/StartDialog.cpp" line="825"/>
        <source>&lt;p&gt;Are you sure you want to remove the remote repository association for %1?&lt;/p&gt;&lt;p&gt;The local clone itself will not be affected.&lt;/p&gt;</source>
        <translation>&lt;p&gt;リモートリポジトリ %1 への関連付けを解除しますか？&lt;/p&gt;&lt;p&gt;ローカルのクローンには影響しません。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/dialogs/StartDialog.cpp" line="829"/>
        <source>Remove Repository Association?</source>
        <translation>リポジトリへの関連付けを解除しますか？</translation>
    </message>
</context>
<context>
    <name>SubmoduleTableModel</name>
    <message>
        <location filename="../src/dialogs/SubmoduleTableModel.cpp" line="66"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../src/dialogs/SubmoduleTableModel.cpp" line="67"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../src/dialogs/SubmoduleTableModel.cpp" line="68"/>
        <source>Branch</source>
        <translation>ブランチ</translation>
    </message>
    <message>
        <location filename="../src/dialogs/SubmoduleTableModel.cpp" line="69"/>
        <source>Initialized</source>
        <translation>初期化済み</translation>
    </message>
    <message>
        <location filename="../src/dialogs/SubmoduleTableModel.cpp" line="121"/>
        <source>Deinitializing &apos;%1&apos; will remove its working directory. Are you sure you want to deinitialize?</source>
        <translation>&apos;%1&apos; を解除すると、対応する作業ディレクトリが削除されます。よろしいですか？</translation>
    </message>
    <message>
        <location filename="../src/dialogs/SubmoduleTableModel.cpp" line="124"/>
        <source>Deinitialize Submodule?</source>
        <translation>サブモジュールを解除しますか？</translation>
    </message>
    <message>
        <location filename="../src/dialogs/SubmoduleTableModel.cpp" line="129"/>
        <source>The submodule working directory contains uncommitted changes that will be lost if you continue.</source>
        <translation>サブモジュールの作業ディレクトリに、コミットされていない変更があります。このまま続行すると、変更が全て失われます。</translation>
    </message>
    <message>
        <location filename="../src/dialogs/SubmoduleTableModel.cpp" line="133"/>
        <source>Deinitialize</source>
        <translation>解除</translation>
    </message>
</context>
<context>
    <name>TagDialog</name>
    <message>
        <location filename="../src/dialogs/TagDialog.cpp" line="34"/>
        <location filename="../src/dialogs/TagDialog.cpp" line="71"/>
        <source>Create Tag</source>
        <translation>タグを作成</translation>
    </message>
    <message>
        <location filename="../src/dialogs/TagDialog.cpp" line="35"/>
        <source>Add a new tag at %1</source>
        <translation>%1 に新しいタグを追加</translation>
    </message>
    <message>
        <location filename="../src/dialogs/TagDialog.cpp" line="39"/>
        <source>Force (replace existing tag)</source>
        <translation>強制 (既存のタグを置換)</translation>
    </message>
    <message>
        <location filename="../src/dialogs/TagDialog.cpp" line="42"/>
        <source>Push to %1</source>
        <translation>%1 へプッシュ</translation>
    </message>
    <message>
        <location filename="../src/dialogs/TagDialog.cpp" line="46"/>
        <source>Annotated</source>
        <translation>注釈を付ける</translation>
    </message>
    <message>
        <location filename="../src/dialogs/TagDialog.cpp" line="89"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
</context>
<context>
    <name>TerminalPanel</name>
    <message>
        <location filename="../src/dialogs/SettingsDialog.cpp" line="698"/>
        <location filename="../src/dialogs/SettingsDialog.cpp" line="723"/>
        <source>Install</source>
        <translation>インストール</translation>
    </message>
    <message>
        <location filename="../src/dialogs/SettingsDialog.cpp" line="711"/>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <location filename="../src/dialogs/SettingsDialog.cpp" line="712"/>
        <source>Location:</source>
        <translation>場所:</translation>
    </message>
    <message>
        <location filename="../src/dialogs/SettingsDialog.cpp" line="723"/>
        <source>Uninstall</source>
        <translation>アンインストール</translation>
    </message>
</context>
<context>
    <name>TextEdit</name>
    <message>
        <location filename="../src/ui/DetailView.cpp" line="529"/>
        <source>Replace...</source>
        <translation>置換...</translation>
    </message>
    <message>
        <location filename="../src/ui/DetailView.cpp" line="530"/>
        <source>Replace All...</source>
        <translation>全て置換...</translation>
    </message>
    <message>
        <location filename="../src/ui/DetailView.cpp" line="560"/>
        <source>Ignore</source>
        <translation>無視</translation>
    </message>
    <message>
        <location filename="../src/ui/DetailView.cpp" line="579"/>
        <source>Ignore All</source>
        <translation>全て無視</translation>
    </message>
    <message>
        <location filename="../src/ui/DetailView.cpp" line="585"/>
        <source>Add to User Dictionary</source>
        <translation>ユーザー辞書に追加</translation>
    </message>
    <message>
        <location filename="../src/ui/DetailView.cpp" line="599"/>
        <source>Do not Ignore</source>
        <translation>無視しない</translation>
    </message>
</context>
<context>
    <name>ThemeDialog</name>
    <message>
        <location filename="../src/dialogs/ThemeDialog.cpp" line="118"/>
        <source>Native Theme</source>
        <translation>通常のテーマ</translation>
    </message>
    <message>
        <location filename="../src/dialogs/ThemeDialog.cpp" line="120"/>
        <source>A flexible look matching system colors</source>
        <translation>システムの配色に合った、見やすいテーマ</translation>
    </message>
    <message>
        <location filename="../src/dialogs/ThemeDialog.cpp" line="124"/>
        <source>Dark Theme</source>
        <translation>暗いテーマ</translation>
    </message>
    <message>
        <location filename="../src/dialogs/ThemeDialog.cpp" line="126"/>
        <source>A consistent look optimal for reducing eye strain</source>
        <translation>目の疲れを軽減する、一貫性のあるテーマ</translation>
    </message>
</context>
<context>
    <name>ToolBar</name>
    <message>
        <location filename="../src/ui/ToolBar.cpp" line="750"/>
        <source>Show repository sidebar</source>
        <translation>リポジトリのサイドバーを表示</translation>
    </message>
    <message>
        <location filename="../src/ui/ToolBar.cpp" line="763"/>
        <source>Previous</source>
        <translation>前</translation>
    </message>
    <message>
        <location filename="../src/ui/ToolBar.cpp" line="776"/>
        <source>Next</source>
        <translation>次</translation>
    </message>
    <message>
        <location filename="../src/ui/ToolBar.cpp" line="793"/>
        <source>Fetch</source>
        <translation>フェッチ</translation>
    </message>
    <message>
        <location filename="../src/ui/ToolBar.cpp" line="800"/>
        <source>Pull</source>
        <translation>プル</translation>
    </message>
    <message>
        <location filename="../src/ui/ToolBar.cpp" line="806"/>
        <source>Merge</source>
        <translation>マージ</translation>
    </message>
    <message>
        <location filename="../src/ui/ToolBar.cpp" line="811"/>
        <source>Rebase</source>
        <translation>リベース</translation>
    </message>
    <message>
        <location filename="../src/ui/ToolBar.cpp" line="821"/>
        <source>Push</source>
        <translation>プッシュ</translation>
    </message>
    <message>
        <location filename="../src/ui/ToolBar.cpp" line="829"/>
        <source>Checkout</source>
        <translation>チェックアウト</translation>
    </message>
    <message>
        <location filename="../src/ui/ToolBar.cpp" line="842"/>
        <source>Stash</source>
        <translation>スタッシュへ預ける</translation>
    </message>
    <message>
        <location filename="../src/ui/ToolBar.cpp" line="848"/>
        <source>Pop Stash</source>
        <translation>スタッシュから引き出す</translation>
    </message>
    <message>
        <location filename="../src/ui/ToolBar.cpp" line="875"/>
        <source>Configure Settings</source>
        <translation>設定を変更</translation>
    </message>
    <message>
        <location filename="../src/ui/ToolBar.cpp" line="884"/>
        <location filename="../src/ui/ToolBar.cpp" line="1009"/>
        <source>Show Log</source>
        <translation>ログを表示</translation>
    </message>
    <message>
        <location filename="../src/ui/ToolBar.cpp" line="897"/>
        <source>Diff View</source>
        <translation>差分ビュー</translation>
    </message>
    <message>
        <location filename="../src/ui/ToolBar.cpp" line="901"/>
        <source>Tree View</source>
        <translation>ツリービュー</translation>
    </message>
    <message>
        <location filename="../src/ui/ToolBar.cpp" line="914"/>
        <source>Show Starred Commits</source>
        <translation>スターを付けたコミットを表示</translation>
    </message>
    <message>
        <location filename="../src/ui/ToolBar.cpp" line="1009"/>
        <source>Hide Log</source>
        <translation>ログを隠す</translation>
    </message>
</context>
<context>
    <name>ToolsPanel</name>
    <message>
        <location filename="../src/dialogs/SettingsDialog.cpp" line="258"/>
        <source>Keep backup of merge files (.orig)</source>
        <translation>マージファイルのバックアップを取る (.orig)</translation>
    </message>
    <message>
        <location filename="../src/dialogs/SettingsDialog.cpp" line="265"/>
        <source>External editor:</source>
        <translation>外部エディター:</translation>
    </message>
    <message>
        <location filename="../src/dialogs/SettingsDialog.cpp" line="266"/>
        <source>External diff:</source>
        <translation>外部差分ツール:</translation>
    </message>
    <message>
        <location filename="../src/dialogs/SettingsDialog.cpp" line="267"/>
        <source>External merge:</source>
        <translation>外部マージツール:</translation>
    </message>
    <message>
        <location filename="../src/dialogs/SettingsDialog.cpp" line="268"/>
        <source>Backup files:</source>
        <translation>ファイルのバックアップ:</translation>
    </message>
    <message>
        <location filename="../src/dialogs/SettingsDialog.cpp" line="289"/>
        <source>Configure</source>
        <translation>設定</translation>
    </message>
</context>
<context>
    <name>TreeModel</name>
    <message>
        <location filename="../src/ui/TreeModel.cpp" line="151"/>
        <source>Submodule</source>
        <translation>サブモジュール</translation>
    </message>
</context>
<context>
    <name>UpToDateDialog</name>
    <message>
        <location filename="../src/update/UpToDateDialog.cpp" line="21"/>
        <source>Already Up-to-date</source>
        <translation>既に最新です</translation>
    </message>
    <message>
        <location filename="../src/update/UpToDateDialog.cpp" line="32"/>
        <source>%1 is already up-to-date. You have version %2.</source>
        <translation>既に最新版 (バージョン %2) の %1 をお使いです。</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <location filename="../src/update/UpdateDialog.cpp" line="46"/>
        <source>Update %1</source>
        <translation>%1 を更新</translation>
    </message>
    <message>
        <location filename="../src/update/UpdateDialog.cpp" line="56"/>
        <source>&lt;h3&gt;A new version of %1 is available!&lt;/h3&gt;&lt;p&gt;%1 %2 is now available - you have %3. Would you like to download it now?&lt;/p&gt;&lt;b&gt;Release Notes:&lt;/b&gt;</source>
        <translation>&lt;h3&gt;新しい %1 のバージョンが利用できます。&lt;/h3&gt;&lt;p&gt;%1 %2 を利用できます (現在 %3 をお使いです)。すぐにダウンロードしますか？&lt;/p&gt;&lt;b&gt;新機能と変更点:&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/update/UpdateDialog.cpp" line="67"/>
        <source>Automatically download and install updates</source>
        <translation>自動的に更新のダウンロードとインストールを行う</translation>
    </message>
    <message>
        <location filename="../src/update/UpdateDialog.cpp" line="74"/>
        <source>Install Update</source>
        <translation>更新をインストール</translation>
    </message>
    <message>
        <location filename="../src/update/UpdateDialog.cpp" line="75"/>
        <source>Remind Me Later</source>
        <translation>後で通知</translation>
    </message>
    <message>
        <location filename="../src/update/UpdateDialog.cpp" line="77"/>
        <source>Skip This Version</source>
        <translation>このバージョンは無視</translation>
    </message>
</context>
<context>
    <name>UpdatePanel</name>
    <message>
        <location filename="../src/dialogs/SettingsDialog.cpp" line="619"/>
        <source>Check for updates automatically</source>
        <translation>自動的に更新を確認</translation>
    </message>
    <message>
        <location filename="../src/dialogs/SettingsDialog.cpp" line="626"/>
        <source>Automatically download and install updates</source>
        <translation>自動的に更新のダウンロードとインストールを行う</translation>
    </message>
    <message>
        <location filename="../src/dialogs/SettingsDialog.cpp" line="633"/>
        <source>Check Now</source>
        <translation>今すぐ確認</translation>
    </message>
    <message>
        <location filename="../src/dialogs/SettingsDialog.cpp" line="638"/>
        <source>Software Update:</source>
        <translation>ソフトウェアの更新:</translation>
    </message>
</context>
<context>
    <name>UpdateSubmodulesDialog</name>
    <message>
        <location filename="../src/dialogs/UpdateSubmodulesDialog.cpp" line="122"/>
        <source>Recursive</source>
        <translation>再帰的に実行</translation>
    </message>
    <message>
        <location filename="../src/dialogs/UpdateSubmodulesDialog.cpp" line="125"/>
        <source>Init</source>
        <translation>初期化</translation>
    </message>
    <message>
        <location filename="../src/dialogs/UpdateSubmodulesDialog.cpp" line="130"/>
        <source>Update</source>
        <translation>更新</translation>
    </message>
</context>
<context>
    <name>Updater</name>
    <message>
        <location filename="../src/update/Updater_win.cpp" line="24"/>
        <source>Installer failed to start</source>
        <translation>インストーラーの開始に失敗しました</translation>
    </message>
    <message>
        <location filename="../src/update/Updater_mac.mm" line="77"/>
        <source>The disk image failed to mount successfully</source>
        <translation>ディスクイメージを正しくマウントできませんでした</translation>
    </message>
    <message>
        <location filename="../src/update/Updater_mac.mm" line="96"/>
        <source>The existing bundle could not be moved to the trash</source>
        <translation>既存のバンドルをゴミ箱へ移動できませんでした</translation>
    </message>
    <message>
        <location filename="../src/update/Updater_mac.mm" line="108"/>
        <source>The new bundle could not be copied into place</source>
        <translation>新しいバンドルを、対象の場所へコピーできませんでした</translation>
    </message>
    <message>
        <location filename="../src/update/Updater_mac.mm" line="117"/>
        <location filename="../src/update/Updater.cpp" line="274"/>
        <source>Helper application failed to start</source>
        <translation>補助アプリケーションの開始に失敗しました</translation>
    </message>
    <message>
        <location filename="../src/update/Updater.cpp" line="99"/>
        <source>Update Failed</source>
        <translation>更新に失敗しました</translation>
    </message>
    <message>
        <location filename="../src/update/Updater.cpp" line="116"/>
        <source>Unable to check for updates</source>
        <translation>更新を確認できませんでした</translation>
    </message>
    <message>
        <location filename="../src/update/Updater.cpp" line="178"/>
        <source>Unable to download update</source>
        <translation>更新をダウンロードできませんでした</translation>
    </message>
    <message>
        <location filename="../src/update/Updater.cpp" line="181"/>
        <source>Unable to open temporary file</source>
        <translation>一時ファイルを開けませんでした</translation>
    </message>
    <message>
        <location filename="../src/update/Updater.cpp" line="228"/>
        <source>Unable to install update</source>
        <translation>更新をインストールできませんでした</translation>
    </message>
    <message>
        <location filename="../src/update/Updater.cpp" line="234"/>
        <source>Some windows failed to close</source>
        <translation>一部のウィンドウを閉じられませんでした</translation>
    </message>
    <message>
        <location filename="../src/update/Updater.cpp" line="239"/>
        <source>Unknown install error</source>
        <translation>不明なインストールエラー</translation>
    </message>
    <message>
        <location filename="../src/update/Updater.cpp" line="266"/>
        <source>Installer script failed: %1</source>
        <translation>インストーラーのスクリプトが失敗しました: %1</translation>
    </message>
</context>
<context>
    <name>WindowPanel</name>
    <message>
        <location filename="../src/dialogs/SettingsDialog.cpp" line="361"/>
        <source>Add New Theme</source>
        <translation>新しいテーマを追加</translation>
    </message>
    <message>
        <location filename="../src/dialogs/SettingsDialog.cpp" line="362"/>
        <source>Edit Current Theme</source>
        <translation>現在のテーマを編集</translation>
    </message>
    <message>
        <location filename="../src/dialogs/SettingsDialog.cpp" line="386"/>
        <source>Create Theme</source>
        <translation>テーマを作成</translation>
    </message>
    <message>
        <location filename="../src/dialogs/SettingsDialog.cpp" line="395"/>
        <source>Theme Name</source>
        <translation>テーマ名</translation>
    </message>
    <message>
        <location filename="../src/dialogs/SettingsDialog.cpp" line="426"/>
        <source>Restart?</source>
        <translation>再起動しますか？</translation>
    </message>
    <message>
        <location filename="../src/dialogs/SettingsDialog.cpp" line="427"/>
        <source>The application must be restarted for the theme change to take effect.</source>
        <translation>テーマの変更を適用するには、アプリケーションを再起動する必要があります。</translation>
    </message>
    <message>
        <location filename="../src/dialogs/SettingsDialog.cpp" line="429"/>
        <source>Do you want to restart now?</source>
        <translation>今すぐ再起動しますか？</translation>
    </message>
    <message>
        <location filename="../src/dialogs/SettingsDialog.cpp" line="431"/>
        <source>Restart</source>
        <translation>再起動</translation>
    </message>
    <message>
        <location filename="../src/dialogs/SettingsDialog.cpp" line="432"/>
        <source>Later</source>
        <translation>後で</translation>
    </message>
    <message>
        <location filename="../src/dialogs/SettingsDialog.cpp" line="450"/>
        <source>Show full repository path</source>
        <translation>リポジトリの完全なパスを表示</translation>
    </message>
    <message>
        <location filename="../src/dialogs/SettingsDialog.cpp" line="456"/>
        <source>Hide automatically</source>
        <translation>自動的に隠す</translation>
    </message>
    <message>
        <location filename="../src/dialogs/SettingsDialog.cpp" line="463"/>
        <source>Open submodules in tabs</source>
        <translation>サブモジュールをタブに開く</translation>
    </message>
    <message>
        <location filename="../src/dialogs/SettingsDialog.cpp" line="469"/>
        <source>Open all repositories in tabs</source>
        <translation>全てのリポジトリをタブに開く</translation>
    </message>
    <message>
        <location filename="../src/dialogs/SettingsDialog.cpp" line="521"/>
        <source>Theme:</source>
        <translation>テーマ:</translation>
    </message>
    <message>
        <location filename="../src/dialogs/SettingsDialog.cpp" line="522"/>
        <source>Title:</source>
        <translation>タイトル:</translation>
    </message>
    <message>
        <location filename="../src/dialogs/SettingsDialog.cpp" line="523"/>
        <source>Log:</source>
        <translation>ログ:</translation>
    </message>
    <message>
        <location filename="../src/dialogs/SettingsDialog.cpp" line="524"/>
        <source>Tabs:</source>
        <translation>タブ:</translation>
    </message>
    <message>
        <location filename="../src/dialogs/SettingsDialog.cpp" line="526"/>
        <source>Prompt:</source>
        <translation>質問:</translation>
    </message>
</context>
</TS>
