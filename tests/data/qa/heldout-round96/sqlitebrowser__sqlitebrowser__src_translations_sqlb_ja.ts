<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../AboutDialog.ui" line="14"/>
        <source>About DB Browser for SQLite</source>
        <translation>DB Browser for SQLite について</translation>
    </message>
    <message>
        <location filename="../AboutDialog.ui" line="47"/>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <location filename="../AboutDialog.ui" line="102"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;DB Browser for SQLite is an open source, freeware visual tool used to create, design and edit SQLite database files.&lt;/p&gt;&lt;p&gt;It is bi-licensed under the Mozilla Public License Version 2, as well as the GNU General Public License Version 3 or later. You can modify or redistribute it under the conditions of these licenses.&lt;/p&gt;&lt;p&gt;See &lt;a href=&quot;http://www.gnu.org/licenses/gpl.html&quot;&gt;http://www.gnu.org/licenses/gpl.html&lt;/a&gt; and &lt;a href=&quot;https://www.mozilla.org/MPL/2.0/index.txt&quot;&gt;https://www.mozilla.org/MPL/2.0/index.txt&lt;/a&gt; for details.&lt;/p&gt;&lt;p&gt;For more information on this program please visit our website at: &lt;a href=&quot;http://sqlitebrowser.org&quot;&gt;http://sqlitebrowser.org&lt;/a&gt;&lt;/p&gt;&lt;p&gt;&lt;span style=&quot; font-size:small;&quot;&gt;This software uses the GPL/LGPL Qt Toolkit from &lt;/span&gt;&lt;a href=&quot;http://qt-project.org/&quot;&gt;&lt;span style=&quot; font-size:small;&quot;&gt;http://qt-project.org/&lt;/span&gt;&lt;/a&gt;&lt;span style=&quot; font-size:small;&quot;&gt;&lt;br/&gt;See &lt;/span&gt;&lt;a href=&quot;http://qt-project.org/doc/qt-5/licensing.html&quot;&gt;&lt;span style=&quot; font-size:small;&quot;&gt;http://qt-project.org/doc/qt-5/licensing.html&lt;/span&gt;&lt;/a&gt;&lt;span style=&quot; font-size:small;&quot;&gt; for licensing terms and information.&lt;/span&gt;&lt;/p&gt;&lt;p&gt;&lt;span style=&quot; font-size:small;&quot;&gt;It also uses the Silk icon set by Mark James licensed under a Creative Commons Attribution 2.5 and 3.0 license.&lt;br/&gt;See &lt;/span&gt;&lt;a href=&quot;http://www.famfamfam.com/lab/icons/silk/&quot;&gt;&lt;span style=&quot; font-size:small;&quot;&gt;http://www.famfamfam.com/lab/icons/silk/&lt;/span&gt;&lt;/a&gt;&lt;span style=&quot; font-size:small;&quot;&gt; for details.&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;DB Browser for SQLite は SQLite データベースを作成、デザイン、編集できる、オープンソースで無料のヴィジュアルツールです。&lt;/p&gt;&lt;p&gt;このソフトウェアは Mozilla Public License Version 2&#x3000;と the GNU General Public License Version 3 (もしくはそれ以降のもの) の2つでライセンスされています。あなたはこれらのライセンスの条件の下でこのソフトウェアを変更、もしくは、再配布できます。&lt;/p&gt;&lt;p&gt;詳細は &lt;a href=&quot;http://www.gnu.org/licenses/gpl.html&quot;&gt;http://www.gnu.org/licenses/gpl.html&lt;/a&gt; と &lt;a href=&quot;https://www.mozilla.org/MPL/2.0/index.txt&quot;&gt;https://www.mozilla.org/MPL/2.0/index.txt&lt;/a&gt; をご覧ください。&lt;/p&gt;&lt;p&gt;このプログラムのさらなる情報は、私たちのウェブサイトをご覧ください。: &lt;a href=&quot;http://sqlitebrowser.org&quot;&gt;http://sqlitebrowser.org&lt;/a&gt;&lt;/p&gt;&lt;p&gt;&lt;span style=&quot; font-size:small;&quot;&gt;このソフトウェアは GPL/LGPL Qt Toolkit を使用しています。 &lt;/span&gt;&lt;a href=&quot;http://qt-project.org/&quot;&gt;&lt;span style=&quot; font-size:small;&quot;&gt;http://qt-project.org/&lt;/span&gt;&lt;/a&gt;&lt;span style=&quot; font-size:small;&quot;&gt;&lt;br/&gt;ライセンス条項や情報は &lt;/span&gt;&lt;a href=&quot;http://qt-project.org/doc/qt-5/licensing.html&quot;&gt;&lt;span style=&quot; font-size:small;&quot;&gt;http://qt-project.org/doc/qt-5/licensing.html&lt;/span&gt;&lt;/a&gt;&lt;span style=&quot; font-size:small;&quot;&gt; をご覧ください。&lt;/span&gt;&lt;/p&gt;&lt;p&gt;&lt;span style=&quot; font-size:small;&quot;&gt;また、 Mark James の Silk icon set を Creative Commons Attribution 2.5 and 3.0 license の元で使用しています。&lt;br/&gt;詳細は &lt;/span&gt;&lt;a href=&quot;http://www.famfamfam.com/lab/icons/silk/&quot;&gt;&lt;span style=&quot; font-size:small;&quot;&gt;http://www.famfamfam.com/lab/icons/silk/&lt;/span&gt;&lt;/a&gt;&lt;span style=&quot; font-size:small;&quot;&gt; をご覧ください。&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
</context>
<context>
    <name>AddRecordDialog</name>
    <message>
        <location filename="../AddRecordDialog.ui" line="14"/>
        <source>Add New Record</source>
        <translation>新しいレコードを追加</translation>
    </message>
    <message>
        <location filename="../AddRecordDialog.ui" line="27"/>
        <source>Enter values for the new record considering constraints. Fields in bold are mandatory.</source>
        <translation>制約を考慮して新しいレコードに値を入力します。太字のフィールドは必須です。</translation>
    </message>
    <message>
        <location filename="../AddRecordDialog.ui" line="67"/>
        <source>In the Value column you can specify the value for the field identified in the Name column. The Type column indicates the type of the field. Default values are displayed in the same style as NULL values.</source>
        <translation>「値」列では、「名前」列で識別されたフィールドの値を指定できます。「データ型」列はフィールドのデータ型を示します。 デフォルト値はNULL値と同じスタイルで表示されます。</translation>
    </message>
    <message>
        <location filename="../AddRecordDialog.ui" line="74"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../AddRecordDialog.ui" line="79"/>
        <source>Type</source>
        <translation>データ型</translation>
    </message>
    <message>
        <location filename="../AddRecordDialog.ui" line="84"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location filename="../AddRecordDialog.ui" line="87"/>
        <source>Values to insert. Pre-filled default values are inserted automatically unless they are changed.</source>
        <translation>挿入する値。変更されない限り、事前入力されたデフォルト値が自動的に挿入されます。</translation>
    </message>
    <message>
        <location filename="../AddRecordDialog.ui" line="93"/>
        <source>When you edit the values in the upper frame, the SQL query for inserting this new record is shown here. You can edit manually the query before saving.</source>
        <translation>上のフレームで値を編集すると、この新しいレコードを挿入する SQL クエリーがここに表示されます。保存する前にこのクエリーを手動で編集できます。</translation>
    </message>
    <message>
        <location filename="../AddRecordDialog.ui" line="110"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Save&lt;/span&gt; will submit the shown SQL statement to the database for inserting the new record.&lt;/p&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Restore Defaults&lt;/span&gt; will restore the initial values in the &lt;span style=&quot; font-weight:600;&quot;&gt;Value&lt;/span&gt; column.&lt;/p&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Cancel&lt;/span&gt; will close this dialog without executing the query.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;保存&lt;/span&gt;は表示されている新しいレコードを挿入するSQL文をデータベースに適用します。&lt;/p&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;デフォルトに戻す&lt;/span&gt;は&lt;span style=&quot; font-weight:600;&quot;&gt;「値」&lt;/span&gt;列を初期値に戻します。&lt;/p&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;キャンセル&lt;/span&gt;はクエリーを実行せずにダイアログを閉じます。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../AddRecordDialog.cpp" line="234"/>
        <source>Auto-increment
</source>
        <translation>自動増加
</translation>
    </message>
    <message>
        <location filename="../AddRecordDialog.cpp" line="237"/>
        <source>Unique constraint
</source>
        <translation>一意性制約
</translation>
    </message>
    <message>
        <location filename="../AddRecordDialog.cpp" line="240"/>
        <source>Check constraint:	 %1
</source>
        <translation>検査誓約:	 %1
</translation>
    </message>
    <message>
        <location filename="../AddRecordDialog.cpp" line="244"/>
        <source>Foreign key:	 %1
</source>
        <translation>外部キー:	 %1
</translation>
    </message>
    <message>
        <location filename="../AddRecordDialog.cpp" line="253"/>
        <source>Default value:	 %1
</source>
        <translation>デフォルト値:	 %1
</translation>
    </message>
    <message>
        <location filename="../AddRecordDialog.cpp" line="279"/>
        <source>Error adding record. Message from database engine:

%1</source>
        <translation>レコード追加でエラー。データベースエンジンからのメッセージ:

%1</translation>
    </message>
    <message>
        <location filename="../AddRecordDialog.cpp" line="360"/>
        <source>Are you sure you want to restore all the entered values to their defaults?</source>
        <translation>入力した値をすべてデフォルトに戻しますか?</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../Application.cpp" line="118"/>
        <source>Possible command line arguments:</source>
        <translation>使用可能なコマンドライン引数:</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="36"/>
        <source>The user settings file location is replaced with the argument value instead of the environment variable value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="37"/>
        <source>Ignored environment variable(DB4S_SETTINGS_FILE) value : </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="116"/>
        <source>Usage: %1 [options] [&lt;database&gt;|&lt;project&gt;]
</source>
        <translation>使い方: %1 [オプション] [&lt;DB&gt;|&lt;プロジェクト&gt;]
</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="119"/>
        <source>  -h, --help          Show command line options</source>
        <translation>  -h, --help             コマンドラインのオプションを表示</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="120"/>
        <source>  -q, --quit          Exit application after running scripts</source>
        <translation>  -q, --quit             スクリプト実行後にアプリケーションを終了</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="121"/>
        <source>  -s, --sql &lt;file&gt;    Execute this SQL file after opening the DB</source>
        <translation>  -s, --sql &lt;ファイル&gt;   DBを開いた後、このSQLファイルを実行</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="122"/>
        <source>  -t, --table &lt;table&gt; Browse this table after opening the DB</source>
        <translation>  -t, --table &lt;テーブル&gt; DBを開いた後このテーブルを閲覧</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="123"/>
        <source>  -R, --read-only     Open database in read-only mode</source>
        <translation>  -R, --read-only        読み取り専用モードでデータベースを開く</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="124"/>
        <source>  -S, --settings &lt;settings_file&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="125"/>
        <source>                      Run application based on this settings file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="126"/>
        <source>  -o, --option &lt;group&gt;/&lt;setting&gt;=&lt;value&gt;</source>
        <translation>  -o, --option &lt;グループ&gt;/&lt;設定&gt;=&lt;値&gt;</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="127"/>
        <source>                      Run application with this setting temporarily set to value</source>
        <translation>                         一時的にこの値を設定してアプリケーションを実行</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="128"/>
        <source>  -O, --save-option &lt;group&gt;/&lt;setting&gt;=&lt;value&gt;</source>
        <translation>  -O, --save-option &lt;グループ&gt;/&lt;設定&gt;=&lt;値&gt;</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="129"/>
        <source>                      Run application saving this value for this setting</source>
        <translation>                         この値の設定を保存してアプリケーションを実行</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="130"/>
        <source>  -v, --version       Display the current version</source>
        <translation>  -v, --version          現在のバージョンを表示</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="131"/>
        <source>  &lt;database&gt;          Open this SQLite database</source>
        <translation>  &lt;データベース&gt;         このSQLiteデータベースを開く</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="132"/>
        <source>  &lt;project&gt;           Open this project file (*.sqbpro)</source>
        <translation>  &lt;プロジェクト&gt;         このプロジェクトファイル(*.sqbpro)を開く</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="140"/>
        <source>The -s/--sql option requires an argument</source>
        <translation>-s/--sql オプションは引数が必要です</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="142"/>
        <source>The file %1 does not exist</source>
        <translation>ファイル %1 が存在しません</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="147"/>
        <source>The -t/--table option requires an argument</source>
        <translation>-t/--table オプションは引数が必要です</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="158"/>
        <source>The -S/--settings option requires an argument. The option is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="161"/>
        <source>The -o/--option and -O/--save-option options require an argument in the form group/setting=value</source>
        <translation>-o/--option と -O/--save-optionオプションは グループ/設定=値 の形式で引数が必要です</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="266"/>
        <source>SQLite Version </source>
        <translation>SQLite バージョン </translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="268"/>
        <source>SQLCipher Version %1 (based on SQLite %2)</source>
        <translation>SQLCipher バージョン %1 (SQLite %2 がベース)</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="271"/>
        <source>DB Browser for SQLite Version %1.</source>
        <translation>DB Browser for SQLite バージョン %1.</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="272"/>
        <source>Built for %1, running on %2</source>
        <translation>%1 向けビルド, %2 で動作中</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="273"/>
        <source>Qt Version %1</source>
        <translation>Qt バージョン %1</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="189"/>
        <source>Invalid option/non-existant file: %1</source>
        <translation>不正なオプション/存在しないファイルです: %1</translation>
    </message>
</context>
<context>
    <name>CipherDialog</name>
    <message>
        <location filename="../CipherDialog.ui" line="14"/>
        <source>SQLCipher encryption</source>
        <translation>SQLCipher 暗号化</translation>
    </message>
    <message>
        <location filename="../CipherDialog.ui" line="27"/>
        <source>&amp;Password</source>
        <translation>パスワード(&amp;P)</translation>
    </message>
    <message>
        <location filename="../CipherDialog.ui" line="44"/>
        <source>&amp;Reenter password</source>
        <translation>パスワードの再入力(&amp;R)</translation>
    </message>
    <message>
        <location filename="../CipherDialog.ui" line="66"/>
        <source>Passphrase</source>
        <translation>パスフレーズ</translation>
    </message>
    <message>
        <location filename="../CipherDialog.ui" line="71"/>
        <source>Raw key</source>
        <translation>生のキー</translation>
    </message>
    <message>
        <location filename="../CipherDialog.ui" line="98"/>
        <source>Encr&amp;yption settings</source>
        <translation>暗号化設定(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../CipherDialog.ui" line="110"/>
        <source>SQLCipher &amp;3 defaults</source>
        <translation>SQLCipher 3 デフォルト(&amp;3)</translation>
    </message>
    <message>
        <location filename="../CipherDialog.ui" line="117"/>
        <source>SQLCipher &amp;4 defaults</source>
        <translation>SQLCipher 4 デフォルト(&amp;4)</translation>
    </message>
    <message>
        <location filename="../CipherDialog.ui" line="124"/>
        <source>Custo&amp;m</source>
        <translation>カスタム(&amp;M)</translation>
    </message>
    <message>
        <location filename="../CipherDialog.ui" line="133"/>
        <source>Page si&amp;ze</source>
        <translation>ページサイズ(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../CipherDialog.ui" line="146"/>
        <source>&amp;KDF iterations</source>
        <translation>KDF反復回数(&amp;K)</translation>
    </message>
    <message>
        <location filename="../CipherDialog.ui" line="166"/>
        <source>HMAC algorithm</source>
        <translation>HMACアルゴリズム</translation>
    </message>
    <message>
        <location filename="../CipherDialog.ui" line="195"/>
        <source>KDF algorithm</source>
        <translation>KDFアルゴリズム</translation>
    </message>
    <message>
        <location filename="../CipherDialog.ui" line="224"/>
        <source>Plaintext Header Size</source>
        <translation>プレーンテキストヘッダーサイズ</translation>
    </message>
    <message>
        <location filename="../CipherDialog.cpp" line="35"/>
        <source>Please set a key to encrypt the database.
Note that if you change any of the other, optional, settings you&apos;ll need to re-enter them as well every time you open the database file.
Leave the password fields empty to disable the encryption.
The encryption process might take some time and you should have a backup copy of your database! Unsaved changes are applied before modifying the encryption.</source>
        <translation>データベースを暗号化するキーを設定してください。
そのほかの任意の設定を変更すると、データベースファイルを開くときは毎回再入力が必要になることに注意してください。
暗号化を無効にするにはパスワード欄を空白にします。
暗号化工程には少し時間がかかるでしょう。データベースのバックアップを作成するべきです! 保存していない変更は暗号化の前に反映されます。</translation>
    </message>
    <message>
        <location filename="../CipherDialog.cpp" line="40"/>
        <source>Please enter the key used to encrypt the database.
If any of the other settings were altered for this database file you need to provide this information as well.</source>
        <translation>データベースの暗号化に使用するキーを入力してください。
このデータベースファイルの他の設定が変更された場合は、この情報も指定する必要があります。</translation>
    </message>
</context>
<context>
    <name>ColumnDisplayFormatDialog</name>
    <message>
        <location filename="../ColumnDisplayFormatDialog.ui" line="14"/>
        <source>Choose display format</source>
        <translation>表示書式を選択</translation>
    </message>
    <message>
        <location filename="../ColumnDisplayFormatDialog.ui" line="20"/>
        <source>Display format</source>
        <translation>表示書式</translation>
    </message>
    <message>
        <location filename="../ColumnDisplayFormatDialog.ui" line="26"/>
        <source>Choose a display format for the column &apos;%1&apos; which is applied to each value prior to showing it.</source>
        <translation>カラム &apos;%1&apos; の表示形式を選択してください。これは表示前に各値に適用されます。</translation>
    </message>
    <message>
        <location filename="../ColumnDisplayFormatDialog.cpp" line="17"/>
        <source>Default</source>
        <translation>デフォルト</translation>
    </message>
    <message>
        <location filename="../ColumnDisplayFormatDialog.cpp" line="19"/>
        <source>Decimal number</source>
        <translation>十進数</translation>
    </message>
    <message>
        <location filename="../ColumnDisplayFormatDialog.cpp" line="20"/>
        <source>Exponent notation</source>
        <translation>指数表記</translation>
    </message>
    <message>
        <location filename="../ColumnDisplayFormatDialog.cpp" line="21"/>
        <source>Hex blob</source>
        <translation>十六進Blob</translation>
    </message>
    <message>
        <location filename="../ColumnDisplayFormatDialog.cpp" line="22"/>
        <source>Hex number</source>
        <translation>十六進数</translation>
    </message>
    <message>
        <location filename="../ColumnDisplayFormatDialog.cpp" line="23"/>
        <source>Octal number</source>
        <translation>八進数</translation>
    </message>
    <message>
        <location filename="../ColumnDisplayFormatDialog.cpp" line="24"/>
        <source>Round number</source>
        <translation>概数</translation>
    </message>
    <message>
        <location filename="../ColumnDisplayFormatDialog.cpp" line="26"/>
        <source>Apple NSDate to date</source>
        <translation>Apple NSDate を日付に</translation>
    </message>
    <message>
        <location filename="../ColumnDisplayFormatDialog.cpp" line="27"/>
        <source>Java epoch (milliseconds) to date</source>
        <translation>Java エポック (ミリ秒) を日付に</translation>
    </message>
    <message>
        <location filename="../ColumnDisplayFormatDialog.cpp" line="28"/>
        <source>.NET DateTime.Ticks to date</source>
        <translation>.NET DateTime.Ticks を日付に</translation>
    </message>
    <message>
        <location filename="../ColumnDisplayFormatDialog.cpp" line="29"/>
        <source>Julian day to date</source>
        <translation>ユリウス日を日付に</translation>
    </message>
    <message>
        <location filename="../ColumnDisplayFormatDialog.cpp" line="30"/>
        <source>Unix epoch to date</source>
        <translation>Unix エポックを日付に</translation>
    </message>
    <message>
        <location filename="../ColumnDisplayFormatDialog.cpp" line="31"/>
        <source>Unix epoch to local time</source>
        <translation>Unix エポックを地方時に</translation>
    </message>
    <message>
        <location filename="../ColumnDisplayFormatDialog.cpp" line="32"/>
        <source>Windows DATE to date</source>
        <translation>Windows DATE を日付に</translation>
    </message>
    <message>
        <location filename="../ColumnDisplayFormatDialog.cpp" line="33"/>
        <source>Date as dd/mm/yyyy</source>
        <translation>日付(dd/mm/yyyy)</translation>
    </message>
    <message>
        <location filename="../ColumnDisplayFormatDialog.cpp" line="35"/>
        <source>Lower case</source>
        <translation>小文字</translation>
    </message>
    <message>
        <location filename="../ColumnDisplayFormatDialog.cpp" line="36"/>
        <source>Upper case</source>
        <translation>大文字</translation>
    </message>
    <message>
        <location filename="../ColumnDisplayFormatDialog.cpp" line="38"/>
        <source>Binary GUID to text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ColumnDisplayFormatDialog.cpp" line="40"/>
        <source>Custom</source>
        <translation>カスタム</translation>
    </message>
    <message>
        <location filename="../ColumnDisplayFormatDialog.cpp" line="123"/>
        <source>Custom display format must contain a function call applied to %1</source>
        <translation>カスタム表示形式には、%1 に適用される関数呼び出しが含まれている必要があります</translation>
    </message>
    <message>
        <location filename="../ColumnDisplayFormatDialog.cpp" line="135"/>
        <source>Error in custom display format. Message from database engine:

%1</source>
        <translation>カスタム表示形式でエラー。データベースエンジンからのメッセージ:

%1</translation>
    </message>
    <message>
        <location filename="../ColumnDisplayFormatDialog.cpp" line="137"/>
        <source>Custom display format must return only one column but it returned %1.</source>
        <translation>カスタム表示形式はただ1つのカラムを返す必要がありますが、%1 が返ってきました。</translation>
    </message>
</context>
<context>
    <name>CondFormatManager</name>
    <message>
        <location filename="../CondFormatManager.ui" line="14"/>
        <source>Conditional Format Manager</source>
        <translation>条件付き書式管理</translation>
    </message>
    <message>
        <location filename="../CondFormatManager.ui" line="20"/>
        <source>This dialog allows creating and editing conditional formats. Each cell style will be selected by the first accomplished condition for that cell data. Conditional formats can be moved up and down, where those at higher rows take precedence over those at lower. Syntax for conditions is the same as for filters and an empty condition applies to all values.</source>
        <translation>このダイアログで条件付き書式の作成と編集ができます。それぞれのセルスタイルはセルのデータが最初に一致した条件のものが選択されます。条件付き書式は上下に移動でき、上の行は下の行に優先します。条件の構文はフィルターと同じで、空白の条件は全ての値に適用されます。</translation>
    </message>
    <message>
        <location filename="../CondFormatManager.ui" line="32"/>
        <source>Add new conditional format</source>
        <translation>新しい条件付き書式を追加します</translation>
    </message>
    <message>
        <location filename="../CondFormatManager.ui" line="35"/>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../CondFormatManager.ui" line="52"/>
        <source>Remove selected conditional format</source>
        <translation>選択した条件付き書式を削除します</translation>
    </message>
    <message>
        <location filename="../CondFormatManager.ui" line="55"/>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../CondFormatManager.ui" line="72"/>
        <source>Move selected conditional format up</source>
        <translation>選択した条件付き書式を上へ移動します</translation>
    </message>
    <message>
        <location filename="../CondFormatManager.ui" line="75"/>
        <source>Move &amp;up</source>
        <translation>上へ(&amp;U)</translation>
    </message>
    <message>
        <location filename="../CondFormatManager.ui" line="92"/>
        <source>Move selected conditional format down</source>
        <translation>選択した条件付き書式を下へ移動します</translation>
    </message>
    <message>
        <location filename="../CondFormatManager.ui" line="95"/>
        <source>Move &amp;down</source>
        <translation>下へ(&amp;D)</translation>
    </message>
    <message>
        <location filename="../CondFormatManager.ui" line="158"/>
        <source>Foreground</source>
        <translation>前景</translation>
    </message>
    <message>
        <location filename="../CondFormatManager.ui" line="161"/>
        <source>Text color</source>
        <translation>文字色</translation>
    </message>
    <message>
        <location filename="../CondFormatManager.ui" line="166"/>
        <source>Background</source>
        <translation>背景</translation>
    </message>
    <message>
        <location filename="../CondFormatManager.ui" line="169"/>
        <source>Background color</source>
        <translation>背景色</translation>
    </message>
    <message>
        <location filename="../CondFormatManager.ui" line="174"/>
        <source>Font</source>
        <translation>フォント</translation>
    </message>
    <message>
        <location filename="../CondFormatManager.ui" line="179"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location filename="../CondFormatManager.ui" line="187"/>
        <source>Bold</source>
        <translation>太字</translation>
    </message>
    <message>
        <location filename="../CondFormatManager.ui" line="199"/>
        <source>Italic</source>
        <translation>イタリック</translation>
    </message>
    <message>
        <location filename="../CondFormatManager.ui" line="211"/>
        <source>Underline</source>
        <translation>下線</translation>
    </message>
    <message>
        <location filename="../CondFormatManager.ui" line="220"/>
        <source>Alignment</source>
        <translation>配置</translation>
    </message>
    <message>
        <location filename="../CondFormatManager.ui" line="225"/>
        <source>Condition</source>
        <translation>条件</translation>
    </message>
    <message>
        <location filename="../CondFormatManager.cpp" line="101"/>
        <location filename="../CondFormatManager.cpp" line="102"/>
        <source>Click to select color</source>
        <translation>クリックで色を選択</translation>
    </message>
    <message>
        <location filename="../CondFormatManager.cpp" line="246"/>
        <source>Are you sure you want to clear all the conditional formats of this field?</source>
        <translation>本当にこのフィールドの条件付き書式をすべて削除しますか?</translation>
    </message>
</context>
<context>
    <name>DBBrowserDB</name>
    <message>
        <location filename="../sqlitedb.cpp" line="316"/>
        <source>Please specify the database name under which you want to access the attached database</source>
        <translation>接続したデータベースへのアクセス時に使用するデータベース名を指定してください</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="393"/>
        <source>Invalid file format</source>
        <translation>不正なファイルフォーマット</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="719"/>
        <source>Do you really want to close this temporary database? All data will be lost.</source>
        <translation>本当にこの一時データベースを閉じますか? すべてのデータは喪失します。</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="724"/>
        <source>Do you want to save the changes made to the database file %1?</source>
        <translation>データベースファイル &apos;%1&apos; への変更を保存しますか?</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="740"/>
        <source>Database didn&apos;t close correctly, probably still busy</source>
        <translation>データベースが正常に閉じられませんでした。多分まだビジー状態です</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="787"/>
        <source>The database is currently busy: </source>
        <translation>データベースは現在ビジー状態です: </translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="788"/>
        <source>Do you want to abort that other operation?</source>
        <translation>他の操作を中断しますか?</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="835"/>
        <source>Exporting database to SQL file...</source>
        <translation>データベースをSQLファイルにエクスポート...</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="836"/>
        <location filename="../sqlitedb.cpp" line="1062"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="1020"/>
        <location filename="../sqlitedb.cpp" line="1052"/>
        <source>No database file opened</source>
        <translation>データベースファイルを開いていません</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="1061"/>
        <source>Executing SQL...</source>
        <translation>SQLを実行...</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="1088"/>
        <source>Action cancelled.</source>
        <translation>操作をキャンセルしました。</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="1158"/>
        <location filename="../sqlitedb.cpp" line="1171"/>
        <source>Error in statement #%1: %2.
Aborting execution%3.</source>
        <translation>この文でエラー #%1: %2。
実行を中断%3。</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="1161"/>
        <location filename="../sqlitedb.cpp" line="1174"/>
        <source> and rolling back</source>
        <translation> ロールバックしました</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="1220"/>
        <source>didn&apos;t receive any output from %1</source>
        <translation>%1 から出力を得られませんでした</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="1226"/>
        <source>could not execute command: %1</source>
        <translation>コマンド: %1 を実行できませんでした</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="1388"/>
        <source>Cannot delete this object</source>
        <translation>このオブジェクトは削除できません</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="1432"/>
        <source>Cannot set data on this object</source>
        <translation>このオブジェクトにデータ設定はできません</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="1539"/>
        <location filename="../sqlitedb.cpp" line="1546"/>
        <source>A table with the name &apos;%1&apos; already exists in schema &apos;%2&apos;.</source>
        <translation>名前が &apos;%1&apos; のテーブルはスキーマ &apos;%2&apos; に既に存在します。</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="1555"/>
        <source>No table with name &apos;%1&apos; exists in schema &apos;%2&apos;.</source>
        <translation>スキーマ &apos;%2&apos; に名前が &apos;%1&apos; のテーブルがありません。</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="1565"/>
        <location filename="../sqlitedb.cpp" line="1586"/>
        <source>Cannot find column %1.</source>
        <translation>カラム %1 が見つかりません。</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="1599"/>
        <source>Creating savepoint failed. DB says: %1</source>
        <translation>セーブポイントの作成に失敗。DBの反応: %1</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="1662"/>
        <source>Renaming the column failed. DB says:
%1</source>
        <translation>カラム名変更に失敗。DBの反応:
%1</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="1690"/>
        <location filename="../sqlitedb.cpp" line="1842"/>
        <source>Releasing savepoint failed. DB says: %1</source>
        <translation>セーブポイントの解放に失敗。DBの反応: %1</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="1709"/>
        <source>Creating new table failed. DB says: %1</source>
        <translation>新しいテーブルの作成に失敗。DBの反応: %1</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="1741"/>
        <source>Copying data to new table failed. DB says:
%1</source>
        <translation>新しいテーブルへのデータのコピーに失敗。DBの反応:
%1</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="1808"/>
        <source>Deleting old table failed. DB says: %1</source>
        <translation>古いテーブルの削除に失敗。DBの反応: %1</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="1878"/>
        <source>Error renaming table &apos;%1&apos; to &apos;%2&apos;.
Message from database engine:
%3</source>
        <translation>テーブル名の &apos;%1&apos; から &apos;%2&apos; への変更でエラー。
データベースエンジンからのメッセージ:
%3</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="1980"/>
        <source>could not get list of db objects: %1</source>
        <translation>DBオブジェクトの一覧を取得できません: %1</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="1833"/>
        <source>Restoring some of the objects associated with this table failed. This is most likely because some column names changed. Here&apos;s the SQL statement which you might want to fix and execute manually:

</source>
        <translation>このテーブルに関連するオブジェクトの復元に失敗しました。これはおそらく一部のカラム名が変更されたためです。このSQL文を手動で修正し実行してください。
Restoring some of the objects associated with this table failed. This is most likely because some column names changed. Here&apos;s the SQL statement which you might want to fix and execute manually:

</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="1986"/>
        <source>could not get list of databases: %1</source>
        <translation>データベースの一覧を取得できません: %1</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="2014"/>
        <source>Error setting pragma %1 to %2: %3</source>
        <translation>プラグマ %1 を %2 に設定時にエラー: %3</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="2060"/>
        <source>File not found.</source>
        <translation>ファイルが見つかりません。</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="2098"/>
        <source>Error loading extension: %1</source>
        <translation>拡張の読み込みでエラー: %1</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="2123"/>
        <source>could not get column information</source>
        <translation>カラム情報が取得できませんでした</translation>
    </message>
</context>
<context>
    <name>DbStructureModel</name>
    <message>
        <location filename="../DbStructureModel.cpp" line="23"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../DbStructureModel.cpp" line="23"/>
        <source>Object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <location filename="../DbStructureModel.cpp" line="23"/>
        <source>Type</source>
        <translation>データ型</translation>
    </message>
    <message>
        <location filename="../DbStructureModel.cpp" line="23"/>
        <source>Schema</source>
        <translation>スキーマ</translation>
    </message>
    <message>
        <location filename="../DbStructureModel.cpp" line="23"/>
        <source>Database</source>
        <translation>データベース</translation>
    </message>
    <message>
        <location filename="../DbStructureModel.cpp" line="164"/>
        <source>Browsables</source>
        <translation>表示可能</translation>
    </message>
    <message>
        <location filename="../DbStructureModel.cpp" line="169"/>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location filename="../DbStructureModel.cpp" line="179"/>
        <source>Temporary</source>
        <translation>一時</translation>
    </message>
    <message>
        <location filename="../DbStructureModel.cpp" line="327"/>
        <source>Tables (%1)</source>
        <translation>テーブル (%1)</translation>
    </message>
    <message>
        <location filename="../DbStructureModel.cpp" line="332"/>
        <source>Indices (%1)</source>
        <translation>インデックス (%1)</translation>
    </message>
    <message>
        <location filename="../DbStructureModel.cpp" line="337"/>
        <source>Views (%1)</source>
        <translation>ビュー (%1)</translation>
    </message>
    <message>
        <location filename="../DbStructureModel.cpp" line="342"/>
        <source>Triggers (%1)</source>
        <translation>トリガー (%1)</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <location filename="../EditDialog.ui" line="14"/>
        <source>Edit database cell</source>
        <translation>データベースのセルを編集</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="43"/>
        <source>Mode:</source>
        <translation>モード:</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="59"/>
        <source>This is the list of supported modes for the cell editor. Choose a mode for viewing or editing the data of the current cell.</source>
        <translation>これはサポートしているセル編集モードの一覧です。現在のセルデータの表示修正に使用するモードを選んでください。</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="63"/>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="68"/>
        <source>RTL Text</source>
        <translation>RTL テキスト</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="73"/>
        <source>Binary</source>
        <translation>バイナリー</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="78"/>
        <location filename="../EditDialog.cpp" line="255"/>
        <source>Image</source>
        <translation>画像</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="83"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="88"/>
        <source>XML</source>
        <translation>XML</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="96"/>
        <location filename="../EditDialog.ui" line="99"/>
        <source>Automatically adjust the editor mode to the loaded data type</source>
        <translation>編集モードを読み込んだデータ型に自動的に調整</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="102"/>
        <source>This checkable button enables or disables the automatic switching of the editor mode. When a new cell is selected or new data is imported and the automatic switching is enabled, the mode adjusts to the detected data type. You can then change the editor mode manually. If you want to keep this manually switched mode while moving through the cells, switch the button off.</source>
        <translation>このチェックボタンは編集モードの自動切り替えを有効/無効にします。新しいセルが選択されるか新しいデータがインポートされた時に自動切り替えが有効だと、検出したデータ型にモードを調整します。その後、編集モードは手動で変更できます。セル間の移動時に手動で変更したモードを維持したいならば、このボタンをオフにします。</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="105"/>
        <source>Auto-switch</source>
        <translation>自動切替</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="154"/>
        <source>The text editor modes let you edit plain text, as well as JSON or XML data with syntax highlighting, automatic formatting and validation before saving.

Errors are indicated with a red squiggle underline.</source>
        <translation>この編集モードは構文強調して、プレーンテキストだけでなく、JSONやXMLデータを編集しやすくします。保存前に自動的に整形と検証をします。

エラーは赤い破線で示されます。</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="184"/>
        <source>This Qt editor is used for right-to-left scripts, which are not supported by the default Text editor. The presence of right-to-left characters is detected and this editor mode is automatically selected.</source>
        <translation>このQtエディターは右書きの文章に使われます。これはデフォルトのテキストエディターではサポートされていません。右書きの文字の存在が検知されると、このエディターモードが自動的に選択されます。</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="267"/>
        <source>Apply data to cell</source>
        <translation>セルにデータを適用</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="295"/>
        <source>Open preview dialog for printing the data currently stored in the cell</source>
        <translation>現在セルにあるデータを印刷するプレビューダイアログを開く</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="331"/>
        <source>Auto-format: pretty print on loading, compact on saving.</source>
        <translation>自動整形: きれいに表示、圧縮して保存。</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="334"/>
        <source>When enabled, the auto-format feature formats the data on loading, breaking the text in lines and indenting it for maximum readability. On data saving, the auto-format feature compacts the data removing end of lines, and unnecessary whitespace.</source>
        <translation>有効にすると、自動整形機能は読み込み時にデータの可読性を高める改行とインデントを加えます。データの保存時には、改行と不要な空白を取り除きデータを圧縮します。</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="391"/>
        <source>Word Wrap</source>
        <translation>ワードラップ</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="394"/>
        <source>Wrap lines on word boundaries</source>
        <translation>単語単位でワードラップ</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="403"/>
        <location filename="../EditDialog.ui" line="409"/>
        <source>Open in default application or browser</source>
        <translation>デフォルトのアプリケーションかブラウザーで開く</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="406"/>
        <source>Open in application</source>
        <translation>アプリケーションで開く</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="412"/>
        <source>The value is interpreted as a file or URL and opened in the default application or web browser.</source>
        <translation>値はファイルかURLと解釈され、デフォルトのアプリケーションかウェブブラウザで開かれます。</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="421"/>
        <source>Save file reference...</source>
        <translation>ファイル参照を保存...</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="424"/>
        <source>Save reference to file</source>
        <translation>参照をファイルに保存</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="448"/>
        <location filename="../EditDialog.ui" line="451"/>
        <source>Open in external application</source>
        <translation>外部のアプリケーションで開く</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="328"/>
        <source>Autoformat</source>
        <translation>自動整形</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="343"/>
        <source>&amp;Export...</source>
        <translation>エクスポート(&amp;E)...</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="358"/>
        <location filename="../EditDialog.ui" line="433"/>
        <source>&amp;Import...</source>
        <translation>インポート(&amp;I)...</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="361"/>
        <location filename="../EditDialog.ui" line="436"/>
        <source>Import from file</source>
        <translation>ファイルからインポート</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="364"/>
        <location filename="../EditDialog.ui" line="439"/>
        <source>Opens a file dialog used to import any kind of data to this database cell.</source>
        <translation>このデータベースのセルに任意の種類のデータをインポートするファイルダイアログを開きます。</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="346"/>
        <source>Export to file</source>
        <translation>ファイルへエクスポート</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="349"/>
        <source>Opens a file dialog used to export the contents of this database cell to a file.</source>
        <translation>このデータベースのセルの内容をファイルにエクスポートするファイルダイアログを開きます。</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="376"/>
        <source>Erases the contents of the cell</source>
        <translation>セルの内容を削除</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="373"/>
        <source>Set as &amp;NULL</source>
        <translation>NULLに設定(&amp;N)</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="17"/>
        <source>This area displays information about the data present in this database cell</source>
        <translation>このデータベースのセルに存在するデータの情報をここに表示</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="224"/>
        <source>Type of data currently in cell</source>
        <translation>現在セルにあるデータの種類</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="246"/>
        <source>Size of data currently in table</source>
        <translation>現在テーブルにあるデータのサイズ</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="270"/>
        <source>This button saves the changes performed in the cell editor to the database cell.</source>
        <translation>このボタンはエディターで行われた変更をデータベースのセルに保存します。</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="273"/>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="289"/>
        <source>Print...</source>
        <translation>印刷...</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="298"/>
        <source>Ctrl+P</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="292"/>
        <source>Open preview dialog for printing displayed text</source>
        <translation>表示されたテキストを印刷するプレビューダイアログを開く</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="310"/>
        <source>Copy Hex and ASCII</source>
        <translation>十六進数とASCIIをコピー</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="313"/>
        <source>Copy selected hexadecimal and ASCII columns to the clipboard</source>
        <translation>選択した十六進数とASCIIのカラムをクリップボードにコピー</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="316"/>
        <source>Ctrl+Shift+C</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../EditDialog.cpp" line="253"/>
        <location filename="../EditDialog.cpp" line="262"/>
        <source>Image data can&apos;t be viewed in this mode.</source>
        <translation>画像データはこのモードでは表示できません。</translation>
    </message>
    <message>
        <location filename="../EditDialog.cpp" line="254"/>
        <location filename="../EditDialog.cpp" line="263"/>
        <source>Try switching to Image or Binary mode.</source>
        <translation>画像/バイナリーモードに切り替えてみてください。</translation>
    </message>
    <message>
        <location filename="../EditDialog.cpp" line="320"/>
        <location filename="../EditDialog.cpp" line="329"/>
        <source>Binary data can&apos;t be viewed in this mode.</source>
        <translation>バイナリーデータはこのモードでは表示できません。</translation>
    </message>
    <message>
        <location filename="../EditDialog.cpp" line="321"/>
        <location filename="../EditDialog.cpp" line="330"/>
        <source>Try switching to Binary mode.</source>
        <translation>バイナリーモードに切り替えてみてください。</translation>
    </message>
    <message>
        <location filename="../EditDialog.cpp" line="357"/>
        <location filename="../EditDialog.cpp" line="376"/>
        <source>Image files (%1)</source>
        <translation>画像ファイル (%1)</translation>
    </message>
    <message>
        <location filename="../EditDialog.cpp" line="431"/>
        <source>Binary files (*.bin)</source>
        <translation>バイナリーファイル (*.bin)</translation>
    </message>
    <message>
        <location filename="../EditDialog.cpp" line="388"/>
        <source>Choose a file to import</source>
        <translation>インポートするファイルを選択</translation>
    </message>
    <message>
        <location filename="../EditDialog.cpp" line="427"/>
        <source>%1 Image</source>
        <translation>%1 画像</translation>
    </message>
    <message>
        <location filename="../EditDialog.cpp" line="465"/>
        <source>Choose a filename to export data</source>
        <translation>エクスポートデータのファイル名を選択</translation>
    </message>
    <message>
        <location filename="../EditDialog.cpp" line="531"/>
        <source>Invalid data for this mode</source>
        <translation>このモードでは不正なデータ</translation>
    </message>
    <message>
        <location filename="../EditDialog.cpp" line="532"/>
        <source>The cell contains invalid %1 data. Reason: %2. Do you really want to apply it to the cell?</source>
        <translation>セルに不正なデータ %1 があります。理由: %2。本当にセルに適用しますか?</translation>
    </message>
    <message>
        <location filename="../EditDialog.cpp" line="865"/>
        <location filename="../EditDialog.cpp" line="1053"/>
        <source>Type of data currently in cell: Text / Numeric</source>
        <translation>現在セルにあるデータの種類: テキスト / 数値</translation>
    </message>
    <message numerus="yes">
        <location filename="../EditDialog.cpp" line="866"/>
        <location filename="../EditDialog.cpp" line="1054"/>
        <location filename="../EditDialog.cpp" line="1062"/>
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n 文字</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../EditDialog.cpp" line="1023"/>
        <source>Type of data currently in cell: %1 Image</source>
        <translation>現在セルにあるデータの種類: %1 画像</translation>
    </message>
    <message>
        <location filename="../EditDialog.cpp" line="1029"/>
        <source>%1x%2 pixel(s)</source>
        <translation>%1x%2 ピクセル</translation>
    </message>
    <message>
        <location filename="../EditDialog.cpp" line="1040"/>
        <source>Type of data currently in cell: NULL</source>
        <translation>現在セルにあるデータの種類: NULL</translation>
    </message>
    <message numerus="yes">
        <location filename="../EditDialog.cpp" line="1041"/>
        <location filename="../EditDialog.cpp" line="1071"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n バイト</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../EditDialog.cpp" line="1061"/>
        <source>Type of data currently in cell: Valid JSON</source>
        <translation>現在セルにあるデータの種類: 正規なJSON</translation>
    </message>
    <message>
        <location filename="../EditDialog.cpp" line="1070"/>
        <source>Type of data currently in cell: Binary</source>
        <translation>現在セルにあるデータの種類: バイナリー</translation>
    </message>
    <message>
        <location filename="../EditDialog.cpp" line="1209"/>
        <source>Couldn&apos;t save file: %1.</source>
        <translation type="unfinished">ファイルを保存できません: %1.</translation>
    </message>
    <message>
        <location filename="../EditDialog.cpp" line="1234"/>
        <source>The data has been saved to a temporary file and has been opened with the default application. You can now edit the file and, when you are ready, apply the saved new data to the cell or cancel any changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditIndexDialog</name>
    <message>
        <location filename="../EditIndexDialog.ui" line="14"/>
        <source>Edit Index Schema</source>
        <translation>インデックスのスキーマを編集</translation>
    </message>
    <message>
        <location filename="../EditIndexDialog.ui" line="26"/>
        <source>&amp;Name</source>
        <translation>名前(&amp;N)</translation>
    </message>
    <message>
        <location filename="../EditIndexDialog.ui" line="39"/>
        <source>&amp;Table</source>
        <translation>テーブル(&amp;T)</translation>
    </message>
    <message>
        <location filename="../EditIndexDialog.ui" line="52"/>
        <source>&amp;Unique</source>
        <translation>一意(&amp;U)</translation>
    </message>
    <message>
        <location filename="../EditIndexDialog.ui" line="69"/>
        <source>For restricting the index to only a part of the table you can specify a WHERE clause here that selects the part of the table that should be indexed</source>
        <translation>インデックスをテーブルの一部のみに制限する場合は、その部分を選択するWHERE節をここに指定します</translation>
    </message>
    <message>
        <location filename="../EditIndexDialog.ui" line="72"/>
        <source>Partial inde&amp;x clause</source>
        <translation>インデックス指定節(&amp;X)</translation>
    </message>
    <message>
        <location filename="../EditIndexDialog.ui" line="85"/>
        <source>Colu&amp;mns</source>
        <translation>カラム(&amp;M)</translation>
    </message>
    <message>
        <location filename="../EditIndexDialog.ui" line="130"/>
        <source>Table column</source>
        <translation>テーブルのカラム</translation>
    </message>
    <message>
        <location filename="../EditIndexDialog.ui" line="135"/>
        <source>Type</source>
        <translation>データ型</translation>
    </message>
    <message>
        <location filename="../EditIndexDialog.ui" line="172"/>
        <source>Add a new expression column to the index. Expression columns contain SQL expression rather than column names.</source>
        <translation>新しい式カラムをインデックスに加える。式カラムはカラム名でなくSQL式を持ちます。</translation>
    </message>
    <message>
        <location filename="../EditIndexDialog.ui" line="232"/>
        <source>Index column</source>
        <translation>インデックスカラム</translation>
    </message>
    <message>
        <location filename="../EditIndexDialog.ui" line="237"/>
        <source>Order</source>
        <translation>順番</translation>
    </message>
    <message>
        <location filename="../EditIndexDialog.cpp" line="269"/>
        <source>Deleting the old index failed:
%1</source>
        <translation>古いインデックスの削除に失敗:
%1</translation>
    </message>
    <message>
        <location filename="../EditIndexDialog.cpp" line="278"/>
        <source>Creating the index failed:
%1</source>
        <translation>インデックスの作成に失敗:
%1</translation>
    </message>
</context>
<context>
    <name>EditTableDialog</name>
    <message>
        <location filename="../EditTableDialog.ui" line="14"/>
        <source>Edit table definition</source>
        <translation>テーブルの定義を編集</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="27"/>
        <source>Table</source>
        <translation>テーブル</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="43"/>
        <source>Advanced</source>
        <translation>高度な設定</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="75"/>
        <source>Without Rowid</source>
        <translation>Rowidなし</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="85"/>
        <source>Make this a &apos;WITHOUT rowid&apos; table. Setting this flag requires a field of type INTEGER with the primary key flag set and the auto increment flag unset.</source>
        <translation>テーブルをrowidなしで作成します。これを設定するには、主キーに設定された自動増加なしのINTEGERフィールドが必要です。</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="106"/>
        <source>Fields</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="62"/>
        <source>Database sche&amp;ma</source>
        <translation>データベーススキーマ(&amp;M)</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="114"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="134"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="154"/>
        <source>Move to top</source>
        <translation>先頭へ</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="177"/>
        <source>Move up</source>
        <translation>上へ</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="197"/>
        <source>Move down</source>
        <translation>下へ</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="217"/>
        <source>Move to bottom</source>
        <translation>末尾へ</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="274"/>
        <location filename="../EditTableDialog.ui" line="429"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="279"/>
        <location filename="../EditTableDialog.ui" line="424"/>
        <source>Type</source>
        <translation>データ型</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="284"/>
        <source>NN</source>
        <translation>NN</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="287"/>
        <source>Not null</source>
        <translation>非null</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="292"/>
        <source>PK</source>
        <translation>PK</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="295"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;img src=&quot;:/icons/field_key&quot;/&gt; Primary key&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="300"/>
        <source>AI</source>
        <translation>AI</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="303"/>
        <source>Autoincrement</source>
        <translation>自動増加</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="308"/>
        <source>U</source>
        <translation>U</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="311"/>
        <location filename="../EditTableDialog.ui" line="496"/>
        <location filename="../EditTableDialog.cpp" line="291"/>
        <source>Unique</source>
        <translation>一意</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="316"/>
        <source>Default</source>
        <translation>デフォルト</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="319"/>
        <source>Default value</source>
        <translation>デフォルト値</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="324"/>
        <location filename="../EditTableDialog.ui" line="504"/>
        <location filename="../EditTableDialog.cpp" line="293"/>
        <source>Check</source>
        <translation>検査</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="327"/>
        <source>Check constraint</source>
        <translation>検査制約</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="332"/>
        <source>Collation</source>
        <translation>照合順序</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="337"/>
        <location filename="../EditTableDialog.ui" line="488"/>
        <location filename="../EditTableDialog.cpp" line="292"/>
        <source>Foreign Key</source>
        <translation>外部キー</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="340"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;img src=&quot;:/icons/field_fk&quot;/&gt; Foreign Key&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="349"/>
        <source>Constraints</source>
        <translation>制約</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="357"/>
        <source>Add constraint</source>
        <translation>制約を追加</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="380"/>
        <source>Remove constraint</source>
        <translation>制約を削除</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="419"/>
        <source>Columns</source>
        <translation>カラム</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="434"/>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="452"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600; color:#ff0000;&quot;&gt;Warning: &lt;/span&gt;There is something with this table definition that our parser doesn&apos;t fully understand. Modifying and saving this table might result in problems.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600; color:#ff0000;&quot;&gt;警告: &lt;/span&gt;テーブル定義に構文解析できないものがあります。このテーブルを変更し保存すると問題が起きるかもしれません。.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="476"/>
        <location filename="../EditTableDialog.cpp" line="290"/>
        <source>Primary Key</source>
        <translation>主キー</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="479"/>
        <source>Add a primary key constraint</source>
        <translation>主キー制約を追加</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="491"/>
        <source>Add a foreign key constraint</source>
        <translation>外部キー制約を追加</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="499"/>
        <source>Add a unique constraint</source>
        <translation>一意性制約を追加</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="507"/>
        <source>Add a check constraint</source>
        <translation>検査誓約を追加</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.cpp" line="302"/>
        <location filename="../EditTableDialog.cpp" line="1012"/>
        <source>There can only be one primary key for each table. Please modify the existing primary key instead.</source>
        <translation>主キーは各テーブルに一つだけ存在できます。替わりに既存の主キーを変更してください。</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.cpp" line="355"/>
        <source>Error creating table. Message from database engine:
%1</source>
        <translation>テーブル作成でエラー。データベースエンジンからのメッセージ:
%1</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.cpp" line="482"/>
        <source>There already is a field with that name. Please rename it first or choose a different name for this field.</source>
        <translation>この名前は既に別のフィールドに使用されています。既存のフィールド名を変更するか、別の名前を付けてください。</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.cpp" line="509"/>
        <source>This column is referenced in a foreign key in table %1 and thus its name cannot be changed.</source>
        <translation>このカラムはテーブル %1 の外部キーに参照されているので、名前を変更できません。</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.cpp" line="606"/>
        <source>There is at least one row with this field set to NULL. This makes it impossible to set this flag. Please change the table data first.</source>
        <translation>少なくとも1つの行でこのフィールドにNULLが設定されています。そのため、非NULLを設定するのは不可能です。先にテーブルのデータを変更してください。</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.cpp" line="637"/>
        <source>There is at least one row with a non-integer value in this field. This makes it impossible to set the AI flag. Please change the table data first.</source>
        <translation>少なくとも1つの行でこのフィールドにINTEGERでない値が設定されています。そのため、自動増加を設定するのは不可能です。先にテーブルのデータを変更してください。</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.cpp" line="695"/>
        <source>Column &apos;%1&apos; has duplicate data.
</source>
        <translation>カラム &apos;%1&apos; に重複データがあります。
</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.cpp" line="696"/>
        <source>This makes it impossible to enable the &apos;Unique&apos; flag. Please remove the duplicate data, which will allow the &apos;Unique&apos; flag to then be enabled.</source>
        <translation>一意にするのは不可能です。重複データを削除すると、一意にできるようになります。</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.cpp" line="834"/>
        <source>Are you sure you want to delete the field &apos;%1&apos;?
All data currently stored in this field will be lost.</source>
        <translation>本当にフィールド &apos;%1&apos; を削除しますか?
現在このフィールドにあるすべてのデータは失われます。</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.cpp" line="957"/>
        <source>Please add a field which meets the following criteria before setting the without rowid flag:
 - Primary key flag set
 - Auto increment disabled</source>
        <translation>rowidをなしにして、以下の条件に合うフィールドを追加してください。
 - 主キーにする
 - 自動増加なし</translation>
    </message>
</context>
<context>
    <name>ExportDataDialog</name>
    <message>
        <location filename="../ExportDataDialog.ui" line="14"/>
        <source>Export data as CSV</source>
        <translation>データをCSVにエクスポート</translation>
    </message>
    <message>
        <location filename="../ExportDataDialog.ui" line="22"/>
        <source>Tab&amp;le(s)</source>
        <translation>テーブル(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ExportDataDialog.ui" line="57"/>
        <source>Colu&amp;mn names in first line</source>
        <translation>先頭行をカラム名に(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ExportDataDialog.ui" line="77"/>
        <source>Fie&amp;ld separator</source>
        <translation>フィールド区切り(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ExportDataDialog.ui" line="102"/>
        <source>,</source>
        <translation>,</translation>
    </message>
    <message>
        <location filename="../ExportDataDialog.ui" line="107"/>
        <source>;</source>
        <translation>;</translation>
    </message>
    <message>
        <location filename="../ExportDataDialog.ui" line="112"/>
        <source>Tab</source>
        <translation>タブ</translation>
    </message>
    <message>
        <location filename="../ExportDataDialog.ui" line="117"/>
        <source>|</source>
        <translation>|</translation>
    </message>
    <message>
        <location filename="../ExportDataDialog.ui" line="122"/>
        <location filename="../ExportDataDialog.ui" line="192"/>
        <location filename="../ExportDataDialog.ui" line="254"/>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <location filename="../ExportDataDialog.ui" line="152"/>
        <source>&amp;Quote character</source>
        <translation>引用符文字(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ExportDataDialog.ui" line="177"/>
        <source>&quot;</source>
        <translation>&quot;</translation>
    </message>
    <message>
        <location filename="../ExportDataDialog.ui" line="182"/>
        <source>&apos;</source>
        <translation>&apos;</translation>
    </message>
    <message>
        <location filename="../ExportDataDialog.ui" line="222"/>
        <source>New line characters</source>
        <translation>改行文字</translation>
    </message>
    <message>
        <location filename="../ExportDataDialog.ui" line="244"/>
        <source>Windows: CR+LF (\r\n)</source>
        <translation>Windows: CR+LF (\r\n)</translation>
    </message>
    <message>
        <location filename="../ExportDataDialog.ui" line="249"/>
        <source>Unix: LF (\n)</source>
        <translation>Unix: LF (\n)</translation>
    </message>
    <message>
        <location filename="../ExportDataDialog.ui" line="288"/>
        <source>Pretty print</source>
        <translation>整形</translation>
    </message>
    <message>
        <location filename="../ExportDataDialog.cpp" line="30"/>
        <source>Export data as JSON</source>
        <translation>データをJSONにエクスポート</translation>
    </message>
    <message>
        <location filename="../ExportDataDialog.cpp" line="125"/>
        <source>exporting CSV</source>
        <translation>CSVにエクスポート</translation>
    </message>
    <message>
        <location filename="../ExportDataDialog.cpp" line="195"/>
        <location filename="../ExportDataDialog.cpp" line="289"/>
        <source>Could not open output file: %1</source>
        <translation>出力ファイルを開けません: %1</translation>
    </message>
    <message>
        <location filename="../ExportDataDialog.cpp" line="208"/>
        <source>exporting JSON</source>
        <translation>JSONにエクスポート</translation>
    </message>
    <message>
        <location filename="../ExportDataDialog.cpp" line="324"/>
        <location filename="../ExportDataDialog.cpp" line="351"/>
        <source>Choose a filename to export data</source>
        <translation>エクスポートデータのファイル名を選択</translation>
    </message>
    <message>
        <location filename="../ExportDataDialog.cpp" line="340"/>
        <source>Please select at least 1 table.</source>
        <translation>少なくとも1つのテーブルを選択してください。</translation>
    </message>
    <message>
        <location filename="../ExportDataDialog.cpp" line="366"/>
        <source>Choose a directory</source>
        <translation>ディレクトリーを選択</translation>
    </message>
    <message>
        <location filename="../ExportDataDialog.cpp" line="397"/>
        <source>Export completed.</source>
        <translation>エクスポート完了。</translation>
    </message>
</context>
<context>
    <name>ExportSqlDialog</name>
    <message>
        <location filename="../ExportSqlDialog.ui" line="14"/>
        <source>Export SQL...</source>
        <translation>SQLにエクスポート...</translation>
    </message>
    <message>
        <location filename="../ExportSqlDialog.ui" line="35"/>
        <source>Tab&amp;le(s)</source>
        <translation>テーブル(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ExportSqlDialog.ui" line="63"/>
        <source>Select All</source>
        <translation>すべて選択</translation>
    </message>
    <message>
        <location filename="../ExportSqlDialog.ui" line="70"/>
        <source>Deselect All</source>
        <translation>すべて非選択</translation>
    </message>
    <message>
        <location filename="../ExportSqlDialog.ui" line="79"/>
        <source>&amp;Options</source>
        <translation>オプション(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ExportSqlDialog.ui" line="85"/>
        <source>Keep column names in INSERT INTO</source>
        <translation>INSERT INTO にカラム名を保持</translation>
    </message>
    <message>
        <location filename="../ExportSqlDialog.ui" line="95"/>
        <source>Multiple rows (VALUES) per INSERT statement</source>
        <translation>INSERT文に複数行(VALUES)</translation>
    </message>
    <message>
        <location filename="../ExportSqlDialog.ui" line="116"/>
        <source>Export everything</source>
        <translation>すべてエクスポート</translation>
    </message>
    <message>
        <location filename="../ExportSqlDialog.ui" line="121"/>
        <source>Export schema only</source>
        <translation>スキーマのみをエクスポート</translation>
    </message>
    <message>
        <location filename="../ExportSqlDialog.ui" line="126"/>
        <source>Export data only</source>
        <translation>データのみをエクスポート</translation>
    </message>
    <message>
        <location filename="../ExportSqlDialog.ui" line="135"/>
        <source>Keep old schema (CREATE TABLE IF NOT EXISTS)</source>
        <translation>古いスキーマを保持 (CREATE TABLE IF NOT EXISTS)</translation>
    </message>
    <message>
        <location filename="../ExportSqlDialog.ui" line="140"/>
        <source>Overwrite old schema (DROP TABLE, then CREATE TABLE)</source>
        <translation>古いスキーマを上書き (DROP TABLE した後に CREATE TABLE)</translation>
    </message>
    <message>
        <location filename="../ExportSqlDialog.cpp" line="75"/>
        <source>Please select at least one table.</source>
        <translation>少なくとも1つのテーブルを選択してください。</translation>
    </message>
    <message>
        <location filename="../ExportSqlDialog.cpp" line="89"/>
        <source>Choose a filename to export</source>
        <translation>エクスポートするファイル名を選択</translation>
    </message>
    <message>
        <location filename="../ExportSqlDialog.cpp" line="118"/>
        <source>Export completed.</source>
        <translation>エクスポート完了。</translation>
    </message>
    <message>
        <location filename="../ExportSqlDialog.cpp" line="120"/>
        <source>Export cancelled or failed.</source>
        <translation>エクスポートをキャンセルまたは失敗しました。</translation>
    </message>
</context>
<context>
    <name>ExtendedScintilla</name>
    <message>
        <location filename="../ExtendedScintilla.cpp" line="62"/>
        <location filename="../ExtendedScintilla.cpp" line="288"/>
        <source>Ctrl+H</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ExtendedScintilla.cpp" line="64"/>
        <source>Ctrl+F</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ExtendedScintilla.cpp" line="77"/>
        <location filename="../ExtendedScintilla.cpp" line="292"/>
        <source>Ctrl+P</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ExtendedScintilla.cpp" line="282"/>
        <source>Find...</source>
        <translation>検索...</translation>
    </message>
    <message>
        <location filename="../ExtendedScintilla.cpp" line="287"/>
        <source>Find and Replace...</source>
        <translation>検索と置換...</translation>
    </message>
    <message>
        <location filename="../ExtendedScintilla.cpp" line="291"/>
        <source>Print...</source>
        <translation>印刷...</translation>
    </message>
</context>
<context>
    <name>ExtendedTableWidget</name>
    <message>
        <location filename="../ExtendedTableWidget.cpp" line="252"/>
        <source>Use as Exact Filter</source>
        <translation>抽出フィルターに使う</translation>
    </message>
    <message>
        <location filename="../ExtendedTableWidget.cpp" line="253"/>
        <source>Containing</source>
        <translation>含む</translation>
    </message>
    <message>
        <location filename="../ExtendedTableWidget.cpp" line="254"/>
        <source>Not containing</source>
        <translation>含まない</translation>
    </message>
    <message>
        <location filename="../ExtendedTableWidget.cpp" line="255"/>
        <source>Not equal to</source>
        <translation>等しくない</translation>
    </message>
    <message>
        <location filename="../ExtendedTableWidget.cpp" line="256"/>
        <source>Greater than</source>
        <translation>より大きい</translation>
    </message>
    <message>
        <location filename="../ExtendedTableWidget.cpp" line="257"/>
        <source>Less than</source>
        <translation>未満</translation>
    </message>
    <message>
        <location filename="../ExtendedTableWidget.cpp" line="258"/>
        <source>Greater or equal</source>
        <translation>以上</translation>
    </message>
    <message>
        <location filename="../ExtendedTableWidget.cpp" line="259"/>
        <source>Less or equal</source>
        <translation>以下</translation>
    </message>
    <message>
        <location filename="../ExtendedTableWidget.cpp" line="260"/>
        <source>Between this and...</source>
        <translation>これとの間...</translation>
    </message>
    <message>
        <location filename="../ExtendedTableWidget.cpp" line="261"/>
        <source>Regular expression</source>
        <translation>正規表現</translation>
    </message>
    <message>
        <location filename="../ExtendedTableWidget.cpp" line="262"/>
        <source>Edit Conditional Formats...</source>
        <translation>条件付き書式を編集...</translation>
    </message>
    <message>
        <location filename="../ExtendedTableWidget.cpp" line="264"/>
        <source>Set to NULL</source>
        <translation>NULLに設定</translation>
    </message>
    <message>
        <location filename="../ExtendedTableWidget.cpp" line="265"/>
        <source>Cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ExtendedTableWidget.cpp" line="266"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../ExtendedTableWidget.cpp" line="267"/>
        <source>Copy with Headers</source>
        <translation>ヘッダーを含めてコピー</translation>
    </message>
    <message>
        <location filename="../ExtendedTableWidget.cpp" line="268"/>
        <source>Copy as SQL</source>
        <translation>SQLとしてコピー</translation>
    </message>
    <message>
        <location filename="../ExtendedTableWidget.cpp" line="269"/>
        <source>Paste</source>
        <translation>貼り付け</translation>
    </message>
    <message>
        <location filename="../ExtendedTableWidget.cpp" line="270"/>
        <source>Print...</source>
        <translation>印刷...</translation>
    </message>
    <message>
        <location filename="../ExtendedTableWidget.cpp" line="273"/>
        <source>Use in Filter Expression</source>
        <translation>フィルター式を使用</translation>
    </message>
    <message>
        <location filename="../ExtendedTableWidget.cpp" line="304"/>
        <source>Alt+Del</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ExtendedTableWidget.cpp" line="307"/>
        <source>Ctrl+Shift+C</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ExtendedTableWidget.cpp" line="308"/>
        <source>Ctrl+Alt+C</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ExtendedTableWidget.cpp" line="761"/>
        <source>The content of the clipboard is bigger than the range selected.
Do you want to insert it anyway?</source>
        <translation>クリップボードの内容は選択された範囲より大きいです.
それでも挿入しますか?</translation>
    </message>
    <message>
        <location filename="../ExtendedTableWidget.cpp" line="1100"/>
        <source>&lt;p&gt;Not all data has been loaded. &lt;b&gt;Do you want to load all data before selecting all the rows?&lt;/b&gt;&lt;p&gt;&lt;p&gt;Answering &lt;b&gt;No&lt;/b&gt; means that no more data will be loaded and the selection will not be performed.&lt;br/&gt;Answering &lt;b&gt;Yes&lt;/b&gt; might take some time while the data is loaded but the selection will be complete.&lt;/p&gt;Warning: Loading all the data might require a great amount of memory for big tables.</source>
        <translation>&lt;p&gt;読み込まれていないデータがあります。&lt;b&gt;すべての行を選択する前に、すべてのデータを読み込みますか?&lt;/b&gt;&lt;p&gt;&lt;p&gt;答えが &lt;b&gt;いいえ&lt;/b&gt; ならば、データは読み込まれず、選択は実行されません。&lt;br/&gt;答えが &lt;b&gt;はい&lt;/b&gt; ならば、時間がかかりますが、すべてのデータを読み込み、選択が実行されます。&lt;/p&gt;警告: 大きいテーブルにあるすべてのデータの読み込みにはかなりの記憶領域を必要とします。</translation>
    </message>
    <message>
        <location filename="../ExtendedTableWidget.cpp" line="1180"/>
        <source>Cannot set selection to NULL. Column %1 has a NOT NULL constraint.</source>
        <translation>選択範囲にNULLを設定できません。カラム %1 には非NULL制約があります。</translation>
    </message>
</context>
<context>
    <name>FileExtensionManager</name>
    <message>
        <location filename="../FileExtensionManager.ui" line="14"/>
        <source>File Extension Manager</source>
        <translation>ファイル拡張子管理</translation>
    </message>
    <message>
        <location filename="../FileExtensionManager.ui" line="22"/>
        <source>&amp;Up</source>
        <translation>上へ(&amp;U)</translation>
    </message>
    <message>
        <location filename="../FileExtensionManager.ui" line="33"/>
        <source>&amp;Down</source>
        <translation>下へ(&amp;D)</translation>
    </message>
    <message>
        <location filename="../FileExtensionManager.ui" line="57"/>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../FileExtensionManager.ui" line="68"/>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../FileExtensionManager.ui" line="94"/>
        <location filename="../FileExtensionManager.cpp" line="43"/>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <location filename="../FileExtensionManager.ui" line="99"/>
        <source>Extensions</source>
        <translation>拡張子</translation>
    </message>
    <message>
        <location filename="../FileExtensionManager.cpp" line="44"/>
        <source>*.extension</source>
        <translation>*.拡張子</translation>
    </message>
</context>
<context>
    <name>FilterLineEdit</name>
    <message>
        <location filename="../FilterLineEdit.cpp" line="15"/>
        <source>Filter</source>
        <translation>フィルター</translation>
    </message>
    <message>
        <location filename="../FilterLineEdit.cpp" line="29"/>
        <source>These input fields allow you to perform quick filters in the currently selected table.
By default, the rows containing the input text are filtered out.
The following operators are also supported:
%	Wildcard
&gt;	Greater than
&lt;	Less than
&gt;=	Equal to or greater
&lt;=	Equal to or less
=	Equal to: exact match
&lt;&gt;	Unequal: exact inverse match
x~y	Range: values between x and y
/regexp/	Values matching the regular expression</source>
        <translation>この入力欄は現在選択したテーブルの即席フィルターになります。
デフォルトでは入力テキストが含まれる行が抽出されます。
以下の演算子にも対応しています。:
%	ワイルドカード
&gt;	より大きい
&lt;	未満
&gt;=	以上
&lt;=	以下
=	等しい: 完全に一致
&lt;&gt;	等しくない: 不一致
x~y	範囲: xとyの間
/regexp/	正規表現に一致する値</translation>
    </message>
    <message>
        <location filename="../FilterLineEdit.cpp" line="116"/>
        <source>Set Filter Expression</source>
        <translation>フィルター式を設定</translation>
    </message>
    <message>
        <location filename="../FilterLineEdit.cpp" line="118"/>
        <source>What&apos;s This?</source>
        <translation>これは何?</translation>
    </message>
    <message>
        <location filename="../FilterLineEdit.cpp" line="123"/>
        <source>Is NULL</source>
        <translation>NULL</translation>
    </message>
    <message>
        <location filename="../FilterLineEdit.cpp" line="128"/>
        <source>Is not NULL</source>
        <translation>NULLでない</translation>
    </message>
    <message>
        <location filename="../FilterLineEdit.cpp" line="133"/>
        <source>Is empty</source>
        <translation>空文字</translation>
    </message>
    <message>
        <location filename="../FilterLineEdit.cpp" line="138"/>
        <source>Is not empty</source>
        <translation>空文字でない</translation>
    </message>
    <message>
        <location filename="../FilterLineEdit.cpp" line="143"/>
        <source>Not containing...</source>
        <translation>含まない...</translation>
    </message>
    <message>
        <location filename="../FilterLineEdit.cpp" line="147"/>
        <source>Equal to...</source>
        <translation>等しい...</translation>
    </message>
    <message>
        <location filename="../FilterLineEdit.cpp" line="151"/>
        <source>Not equal to...</source>
        <translation>等しくない...</translation>
    </message>
    <message>
        <location filename="../FilterLineEdit.cpp" line="155"/>
        <source>Greater than...</source>
        <translation>より大きい...</translation>
    </message>
    <message>
        <location filename="../FilterLineEdit.cpp" line="159"/>
        <source>Less than...</source>
        <translation>未満...</translation>
    </message>
    <message>
        <location filename="../FilterLineEdit.cpp" line="163"/>
        <source>Greater or equal...</source>
        <translation>以上...</translation>
    </message>
    <message>
        <location filename="../FilterLineEdit.cpp" line="167"/>
        <source>Less or equal...</source>
        <translation>以下...</translation>
    </message>
    <message>
        <location filename="../FilterLineEdit.cpp" line="171"/>
        <source>In range...</source>
        <translation>範囲内...</translation>
    </message>
    <message>
        <location filename="../FilterLineEdit.cpp" line="176"/>
        <source>Regular expression...</source>
        <translation>正規表現...</translation>
    </message>
    <message>
        <location filename="../FilterLineEdit.cpp" line="186"/>
        <source>Clear All Conditional Formats</source>
        <translation>すべての条件付き書式を削除</translation>
    </message>
    <message>
        <location filename="../FilterLineEdit.cpp" line="191"/>
        <source>Use for Conditional Format</source>
        <translation>条件付き書式を使う</translation>
    </message>
    <message>
        <location filename="../FilterLineEdit.cpp" line="196"/>
        <source>Edit Conditional Formats...</source>
        <translation>条件付き書式を編集...</translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message>
        <location filename="../FindReplaceDialog.ui" line="14"/>
        <source>Find and Replace</source>
        <translation>検索と置換</translation>
    </message>
    <message>
        <location filename="../FindReplaceDialog.ui" line="43"/>
        <source>Fi&amp;nd text:</source>
        <translation>検索文字列(&amp;N):</translation>
    </message>
    <message>
        <location filename="../FindReplaceDialog.ui" line="56"/>
        <source>Re&amp;place with:</source>
        <translation>置換文字列(&amp;P):</translation>
    </message>
    <message>
        <location filename="../FindReplaceDialog.ui" line="69"/>
        <source>Match &amp;exact case</source>
        <translation>大/小文字を区別(&amp;E)</translation>
    </message>
    <message>
        <location filename="../FindReplaceDialog.ui" line="79"/>
        <source>Match &amp;only whole words</source>
        <translation>単語一致のみ(&amp;O)</translation>
    </message>
    <message>
        <location filename="../FindReplaceDialog.ui" line="86"/>
        <source>When enabled, the search continues from the other end when it reaches one end of the page</source>
        <translation>有効にすると、ページの最後に到達すると先頭に戻って検索します</translation>
    </message>
    <message>
        <location filename="../FindReplaceDialog.ui" line="89"/>
        <source>&amp;Wrap around</source>
        <translation>折り返しあり(&amp;W)</translation>
    </message>
    <message>
        <location filename="../FindReplaceDialog.ui" line="96"/>
        <source>When set, the search goes backwards from cursor position, otherwise it goes forward</source>
        <translation>設定するとカーソル位置から戻って検索します。設定しないとカーソル位置の先を検索します</translation>
    </message>
    <message>
        <location filename="../FindReplaceDialog.ui" line="99"/>
        <source>Search &amp;backwards</source>
        <translation>戻って検索(&amp;B)</translation>
    </message>
    <message>
        <location filename="../FindReplaceDialog.ui" line="106"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;When checked, the pattern to find is searched only in the current selection.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;設定すると、現在選択した範囲のみを検索します。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../FindReplaceDialog.ui" line="109"/>
        <source>&amp;Selection only</source>
        <translation>選択範囲のみ(&amp;S)</translation>
    </message>
    <message>
        <location filename="../FindReplaceDialog.ui" line="116"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;When checked, the pattern to find is interpreted as a UNIX regular expression. See &lt;a href=&quot;https://en.wikibooks.org/wiki/Regular_Expressions&quot;&gt;Regular Expression in Wikibooks&lt;/a&gt;.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;設定すると、検索条件はUNIX正規表現と解釈されます。以下を参照 &lt;a href=&quot;https://ja.wikibooks.org/wiki/%E6%AD%A3%E8%A6%8F%E8%A1%A8%E7%8F%BE&quot;&gt;Wikibooksの正規表現&lt;/a&gt;。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../FindReplaceDialog.ui" line="119"/>
        <source>Use regular e&amp;xpressions</source>
        <translation>正規表現を使用(&amp;X)</translation>
    </message>
    <message>
        <location filename="../FindReplaceDialog.ui" line="139"/>
        <source>Find the next occurrence from the cursor position and in the direction set by &quot;Search backwards&quot;</source>
        <translation>カーソル位置から&quot;戻って検索&quot;で設定した方向にある、次に一致する文字列を検索します</translation>
    </message>
    <message>
        <location filename="../FindReplaceDialog.ui" line="142"/>
        <source>&amp;Find Next</source>
        <translation>次を検索(&amp;F)</translation>
    </message>
    <message>
        <location filename="../FindReplaceDialog.ui" line="145"/>
        <source>F3</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../FindReplaceDialog.ui" line="152"/>
        <source>&amp;Replace</source>
        <translation>置換(&amp;R)</translation>
    </message>
    <message>
        <location filename="../FindReplaceDialog.ui" line="159"/>
        <source>Highlight all the occurrences of the text in the page</source>
        <translation>ページ内のすべての一致する文字列を強調</translation>
    </message>
    <message>
        <location filename="../FindReplaceDialog.ui" line="162"/>
        <source>F&amp;ind All</source>
        <translation>すべて検索(&amp;I)</translation>
    </message>
    <message>
        <location filename="../FindReplaceDialog.ui" line="169"/>
        <source>Replace all the occurrences of the text in the page</source>
        <translation>ページ内のすべての一致する文字列を置換</translation>
    </message>
    <message>
        <location filename="../FindReplaceDialog.ui" line="172"/>
        <source>Replace &amp;All</source>
        <translation>すべて置換(&amp;A)</translation>
    </message>
    <message>
        <location filename="../FindReplaceDialog.cpp" line="86"/>
        <source>The searched text was not found</source>
        <translation>検索文字列は見つかりませんでした</translation>
    </message>
    <message>
        <location filename="../FindReplaceDialog.cpp" line="158"/>
        <source>The searched text was not found.</source>
        <translation>検索文字列は見つかりませんでした。</translation>
    </message>
    <message>
        <location filename="../FindReplaceDialog.cpp" line="164"/>
        <source>The searched text was found one time.</source>
        <translation>検索文字列が1つありました。</translation>
    </message>
    <message>
        <location filename="../FindReplaceDialog.cpp" line="170"/>
        <source>The searched text was found %1 times.</source>
        <translation>検索文字列が%1つありました。</translation>
    </message>
    <message>
        <location filename="../FindReplaceDialog.cpp" line="162"/>
        <source>The searched text was replaced one time.</source>
        <translation>検索文字列を1つ置き換えました。</translation>
    </message>
    <message>
        <location filename="../FindReplaceDialog.cpp" line="168"/>
        <source>The searched text was replaced %1 times.</source>
        <translation>検索文字列を%1つ置き換えました。</translation>
    </message>
</context>
<context>
    <name>ForeignKeyEditor</name>
    <message>
        <location filename="../ForeignKeyEditorDelegate.cpp" line="19"/>
        <source>&amp;Reset</source>
        <translation>リセット(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ForeignKeyEditorDelegate.cpp" line="22"/>
        <source>Foreign key clauses (ON UPDATE, ON DELETE etc.)</source>
        <translation>外部キー節 (ON UPDATE, ON DELETE など。)</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../ImageViewer.ui" line="14"/>
        <source>Image Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ImageViewer.ui" line="92"/>
        <source>Reset the scaling to match the original size of the image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ImageViewer.ui" line="103"/>
        <source>Set the scaling to match the size of the viewport.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ImageViewer.ui" line="123"/>
        <source>Print...</source>
        <translation type="unfinished">印刷...</translation>
    </message>
    <message>
        <location filename="../ImageViewer.ui" line="126"/>
        <source>Open preview dialog for printing displayed image</source>
        <translation type="unfinished">表示された画像を印刷するプレビューダイアログを開く</translation>
    </message>
    <message>
        <location filename="../ImageViewer.ui" line="129"/>
        <source>Ctrl+P</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCsvDialog</name>
    <message>
        <location filename="../ImportCsvDialog.ui" line="14"/>
        <source>Import CSV file</source>
        <translation>CSVファイルをインポート</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="25"/>
        <source>Table na&amp;me</source>
        <translation>テーブル名(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="38"/>
        <source>&amp;Column names in first line</source>
        <translation>先頭行をカラム名に(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="55"/>
        <source>Field &amp;separator</source>
        <translation>フィールド区切り(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="68"/>
        <source>,</source>
        <translation>,</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="73"/>
        <source>;</source>
        <translation>;</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="78"/>
        <location filename="../ImportCsvDialog.cpp" line="779"/>
        <source>Tab</source>
        <translation>タブ</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="83"/>
        <source>|</source>
        <translation>|</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="228"/>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="130"/>
        <source>&amp;Quote character</source>
        <translation>引用符文字(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="88"/>
        <location filename="../ImportCsvDialog.ui" line="158"/>
        <source>Other (printable)</source>
        <translation>その他 (印刷可能)</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="93"/>
        <location filename="../ImportCsvDialog.ui" line="163"/>
        <source>Other (code)</source>
        <translation>その他 (文字コード)</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="143"/>
        <source>&quot;</source>
        <translation>&quot;</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="148"/>
        <source>&apos;</source>
        <translation>&apos;</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="200"/>
        <source>&amp;Encoding</source>
        <translation>エンコード(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="213"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="218"/>
        <source>UTF-16</source>
        <translation>UTF-16</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="223"/>
        <source>ISO-8859-1</source>
        <translation>ISO-8859-1</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="254"/>
        <source>Trim fields?</source>
        <translation>フィールドをトリムする?</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="274"/>
        <source>Separate tables</source>
        <translation>テーブルを分ける</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="291"/>
        <source>Advanced</source>
        <translation>高度な設定</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="305"/>
        <source>When importing an empty value from the CSV file into an existing table with a default value for this column, that default value is inserted. Activate this option to insert an empty value instead.</source>
        <translation>空値をCSVファイルから既存のテーブルのデフォルト値があるカラムにインポートすると、デフォルト値が挿入されます。このオプションを有効にすると代わりに空値が挿入されます。</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="312"/>
        <source>Ignore default &amp;values</source>
        <translation>デフォルト値を無視(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="322"/>
        <source>Activate this option to stop the import when trying to import an empty value into a NOT NULL column without a default value.</source>
        <translation>このオプションを有効にすると、デフォルト値がなく NOT NULL なカラムに空値をインポートしようとしたときに、インポートを中止します。</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="329"/>
        <source>Fail on missing values </source>
        <translation>値がない場合中止 </translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="339"/>
        <source>Disable data type detection</source>
        <translation>データ型検出を無効</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="349"/>
        <source>Disable the automatic data type detection when creating a new table.</source>
        <translation>新しいテーブルを作るときに自動データ型検出を無効にします。</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="356"/>
        <source>When importing into an existing table with a primary key, unique constraints or a unique index there is a chance for a conflict. This option allows you to select a strategy for that case: By default the import is aborted and rolled back but you can also choose to ignore and not import conflicting rows or to replace the existing row in the table.</source>
        <translation>主キー、一意性制約、一意なインデックスがある既存のテーブルにインポートすると、競合が発生する可能性があります。このオプションで、競合の解決方法を選択できます。デフォルトではインポートを中止しロールバックしますが、無視を選択して競合した行をインポートしない、もしくは、テーブル内の既存の行を置き換えることもできます。</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="360"/>
        <source>Abort import</source>
        <translation>インポートを中止</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="365"/>
        <source>Ignore row</source>
        <translation>行を無視</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="370"/>
        <source>Replace existing row</source>
        <translation>既存の行を置き換え</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="378"/>
        <source>Conflict strategy</source>
        <translation>競合の解決方法</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="429"/>
        <location filename="../ImportCsvDialog.cpp" line="335"/>
        <source>Deselect All</source>
        <translation>すべて非選択</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="445"/>
        <source>Match Similar</source>
        <translation>類似に一致</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.cpp" line="335"/>
        <source>Select All</source>
        <translation>すべて選択</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.cpp" line="504"/>
        <source>There is already a table named &apos;%1&apos; and an import into an existing table is only possible if the number of columns match.</source>
        <translation>名前が &apos;%1&apos; のテーブルは既に存在しています。既存のテーブルへのインポートはカラムの数が一致する場合のみ可能です。</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.cpp" line="511"/>
        <source>There is already a table named &apos;%1&apos;. Do you want to import the data into it?</source>
        <translation>名前が &apos;%1&apos; のテーブルは既に存在しています。データをこれにインポートしますか?</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.cpp" line="538"/>
        <source>Creating restore point failed: %1</source>
        <translation>復元ポイントの作成に失敗: %1</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.cpp" line="551"/>
        <source>Creating the table failed: %1</source>
        <translation>テーブルの作成に失敗: %1</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.cpp" line="612"/>
        <source>importing CSV</source>
        <translation>CSVのインポート</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.cpp" line="681"/>
        <source>Inserting row failed: %1</source>
        <translation>行の挿入に失敗: %1</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.cpp" line="683"/>
        <source>Unexpected end of file. Please make sure that you have configured the correct quote characters and the file is not malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.cpp" line="697"/>
        <source>Importing the file &apos;%1&apos; took %2ms. Of this %3ms were spent in the row function.</source>
        <translation>ファイル &apos;%1&apos; のインポートに %2msかかりました。内 %3ms は行関数に費やされました。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../MainWindow.ui" line="14"/>
        <source>DB Browser for SQLite</source>
        <translation>DB Browser for SQLite</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="50"/>
        <location filename="../MainWindow.ui" line="53"/>
        <source>Database Structure</source>
        <extracomment>This has to be equal to the tab title in all the main tabs</extracomment>
        <translation>データベース構造</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="93"/>
        <source>This is the structure of the opened database.
You can drag SQL statements from an object row and drop them into other applications or into another instance of &apos;DB Browser for SQLite&apos;.
</source>
        <translation>これは開いているデータベースの構造です。
SQL文をオブジェクト行からドラッグしほかのアプリケーションや&apos;DB Browser for SQLite&apos;の他のインスタンスにドロップできます。
</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="118"/>
        <location filename="../MainWindow.ui" line="121"/>
        <source>Browse Data</source>
        <extracomment>This has to be equal to the tab title in all the main tabs</extracomment>
        <translation>データ閲覧</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="153"/>
        <location filename="../MainWindow.ui" line="156"/>
        <source>Edit Pragmas</source>
        <extracomment>This has to be equal to the tab title in all the main tabs</extracomment>
        <translation>プラグマ編集</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="263"/>
        <source>Warning: this pragma is not readable and this value has been inferred. Writing the pragma might overwrite a redefined LIKE provided by an SQLite extension.</source>
        <translation>警告: このプラグマは読み取り可能でなく、この値は推定です。プラグマを書き込んでも、SQLite 拡張などで上書きされるかもしれません。</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="686"/>
        <location filename="../MainWindow.ui" line="689"/>
        <source>Execute SQL</source>
        <extracomment>This has to be equal to the tab title in all the main tabs</extracomment>
        <translation>SQL実行</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="710"/>
        <source>toolBar1</source>
        <translation>ツールバー1</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="759"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="763"/>
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="770"/>
        <source>&amp;Export</source>
        <translation>エクスポート(&amp;E)</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="778"/>
        <source>Recent Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="806"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="818"/>
        <source>&amp;View</source>
        <translation>ビュー(&amp;V)</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="827"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="843"/>
        <source>&amp;Tools</source>
        <translation>ツール(&amp;T)</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="864"/>
        <source>DB Toolbar</source>
        <translation>DBツールバー</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="883"/>
        <source>Edit Database &amp;Cell</source>
        <translation>データベースのセルを編集(&amp;C)</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="895"/>
        <source>SQL &amp;Log</source>
        <translation>SQLログ(&amp;L)</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="925"/>
        <source>Show S&amp;QL submitted by</source>
        <translation>表示するSQLの送信元は(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="942"/>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="947"/>
        <source>Application</source>
        <translation>アプリケーション</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="952"/>
        <source>Error Log</source>
        <translation>エラーログ</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="979"/>
        <source>This button clears the contents of the SQL logs</source>
        <translation>このボタンでSQLログの内容を消去します</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="982"/>
        <source>&amp;Clear</source>
        <translation>消去(&amp;C)</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="991"/>
        <source>This panel lets you examine a log of all SQL commands issued by the application or by yourself</source>
        <translation>このパネルでアプリケーションやあなたが発行した全てのSQLコマンドのログを調査できます</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1039"/>
        <source>&amp;Plot</source>
        <translation>プロット(&amp;P)</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1050"/>
        <source>DB Sche&amp;ma</source>
        <translation>DBスキーマ(&amp;M)</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1075"/>
        <source>This is the structure of the opened database.
You can drag multiple object names from the Name column and drop them into the SQL editor and you can adjust the properties of the dropped names using the context menu. This would help you in composing SQL statements.
You can drag SQL statements from the Schema column and drop them into the SQL editor or into other applications.
</source>
        <translation>これは開いているデータベースの構造です。
複数のオブジェクト名を名前カラムからドラッグしSQLエディターにドロップできます。ドロップした名前のプロパティはコンテキストメニューで調節できます。これはSQL文の作成に役立ちます。
SQL文をスキーマカラムからSQLエディターや他のアプリケーションにドロップできます。
</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1108"/>
        <source>&amp;Remote</source>
        <translation>リモート(&amp;R)</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1117"/>
        <location filename="../MainWindow.ui" line="1936"/>
        <source>Project Toolbar</source>
        <translation>プロジェクトツールバー</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1136"/>
        <source>Extra DB toolbar</source>
        <translation>追加DBツールバー</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1139"/>
        <location filename="../MainWindow.ui" line="1213"/>
        <location filename="../MainWindow.ui" line="1216"/>
        <source>Close the current database file</source>
        <translation>現在のデータベースファイルを閉じます</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1159"/>
        <source>&amp;New Database...</source>
        <translation>新しいデータベース(&amp;N)...</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1162"/>
        <location filename="../MainWindow.ui" line="1165"/>
        <source>Create a new database file</source>
        <translation>新しいデータベースファイルを作成します</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1168"/>
        <source>This option is used to create a new database file.</source>
        <translation>このオプションは新しいデータベースファイルを作成するために使います。</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1171"/>
        <source>Ctrl+N</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1183"/>
        <location filename="../MainWindow.ui" line="1963"/>
        <source>&amp;Open Database...</source>
        <translation>データベースを開く(&amp;O)...</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1186"/>
        <location filename="../MainWindow.ui" line="1189"/>
        <location filename="../MainWindow.ui" line="1830"/>
        <location filename="../MainWindow.ui" line="1966"/>
        <location filename="../MainWindow.ui" line="1969"/>
        <source>Open an existing database file</source>
        <translation>既存のデータベースファイルを開きます</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1192"/>
        <location filename="../MainWindow.ui" line="1833"/>
        <location filename="../MainWindow.ui" line="1972"/>
        <source>This option is used to open an existing database file.</source>
        <translation>このオプションは既存のデータベースファイルを開くために使います。</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1195"/>
        <source>Ctrl+O</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1210"/>
        <source>&amp;Close Database</source>
        <translation>データベースを閉じる(&amp;C)</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1219"/>
        <source>This button closes the connection to the currently open database file</source>
        <translation>このボタンで現在開いているデータベースファイルとの接続を閉じます</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1511"/>
        <source>New &amp;tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1544"/>
        <source>Open SQL file(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1547"/>
        <source>This button opens files containing SQL statements and loads them in new editor tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1583"/>
        <source>Execute line</source>
        <translation>行を実行</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1675"/>
        <source>Sa&amp;ve Project</source>
        <translation>プロジェクトを保存(&amp;V)</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1684"/>
        <source>This button lets you save all the settings associated to the open DB to a DB Browser for SQLite project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1705"/>
        <source>This button lets you open a DB Browser for SQLite project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1836"/>
        <source>Ctrl+Shift+O</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1869"/>
        <source>Find</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1896"/>
        <source>Find or replace</source>
        <translation>検索と置換</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2058"/>
        <source>Print text from current SQL editor tab</source>
        <translation>現在のSQLエディタータブのテキストを印刷します</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2085"/>
        <source>Print the structure of the opened database</source>
        <translation>開いているデータベースの構造を印刷します</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2106"/>
        <source>Un/comment block of SQL code</source>
        <translation>SQLコードのブロックをコメント/非コメントに</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2109"/>
        <source>Un/comment block</source>
        <translation>ブロックをコメント/非コメント</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2112"/>
        <source>Comment or uncomment current line or selected block of code</source>
        <translation>現在行かコードの選択されたブロックをコメント/非コメントにします</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2115"/>
        <source>Comment or uncomment the selected lines or the current line, when there is no selection. All the block is toggled according to the first line.</source>
        <translation>選択された行か、選択がないならば現在行をコメント/非コメントにします。ブロック全体はその先頭行に従いコメント/非コメントされます。</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2118"/>
        <source>Ctrl+/</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2130"/>
        <source>Stop SQL execution</source>
        <translation>SQLの実行を中止</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2133"/>
        <source>Stop execution</source>
        <translation>実行を中止</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2136"/>
        <source>Stop the currently running SQL script</source>
        <translation>現在実行中の SQL スクリプトを中止します</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2145"/>
        <source>&amp;Save Project As...</source>
        <translation>プロジェクトに名前を付けて保存(&amp;S)...</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2148"/>
        <location filename="../MainWindow.ui" line="2151"/>
        <location filename="../MainWindow.ui" line="2154"/>
        <source>Save the project in a file selected in a dialog</source>
        <translation>ダイアログで選択したファイルにプロジェクトを保存します</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2163"/>
        <source>Save A&amp;ll</source>
        <translation>すべて保存(&amp;L)</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2166"/>
        <location filename="../MainWindow.ui" line="2169"/>
        <location filename="../MainWindow.ui" line="2172"/>
        <source>Save DB file, project file and opened SQL files</source>
        <translation>DBファイル、プロジェクトファイル、開いているSQLファイルを保存します</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2175"/>
        <source>Ctrl+Shift+S</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2184"/>
        <source>Browse Table</source>
        <translation>テーブルを閲覧</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2189"/>
        <source>Close Pro&amp;ject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2192"/>
        <source>Close project and database files and return to the initial state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2195"/>
        <source>Ctrl+Shift+F4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2204"/>
        <location filename="../MainWindow.ui" line="2216"/>
        <source>Detach Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2207"/>
        <location filename="../MainWindow.ui" line="2219"/>
        <source>Detach database file attached to the current database connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="190"/>
        <location filename="../MainWindow.cpp" line="3579"/>
        <source>Ctrl+W</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1237"/>
        <source>&amp;Revert Changes</source>
        <translation>変更を取り消し(&amp;R)</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1240"/>
        <location filename="../MainWindow.ui" line="1243"/>
        <source>Revert database to last saved state</source>
        <translation>最後に保存した状態へデータベースを戻します</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1246"/>
        <source>This option is used to revert the current database file to its last saved state. All changes made since the last save operation are lost.</source>
        <translation>このオプションは現在のデータベースファイルを最後に保存した状態に戻すために使います。最後の保存の後に行われたすべての変更は失われます。</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1261"/>
        <source>&amp;Write Changes</source>
        <translation>変更を書き込み(&amp;W)</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1264"/>
        <location filename="../MainWindow.ui" line="1267"/>
        <source>Write changes to the database file</source>
        <translation>データベースファイルに変更を書き込みます</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1270"/>
        <source>This option is used to save changes to the database file.</source>
        <translation>このオプションはデータベースファイルに変更を保存するために使います。</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1273"/>
        <source>Ctrl+S</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1284"/>
        <source>Compact &amp;Database...</source>
        <translation>データベースを圧縮(&amp;D)...</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1287"/>
        <source>Compact the database file, removing space wasted by deleted records</source>
        <translation>削除されたレコードが残っているスペースを取り除き、データベースファイルを圧縮します</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1290"/>
        <location filename="../MainWindow.ui" line="1293"/>
        <source>Compact the database file, removing space wasted by deleted records.</source>
        <translation>削除されたレコードが残っているスペースを取り除き、データベースファイルを圧縮します。</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1301"/>
        <source>E&amp;xit</source>
        <translation>終了(&amp;X)</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1304"/>
        <source>Ctrl+Q</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1312"/>
        <source>&amp;Database from SQL file...</source>
        <translation>SQLファイルからデータベースへ(&amp;D)...</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1315"/>
        <source>Import data from an .sql dump text file into a new or existing database.</source>
        <translation>SQLダンプテキストファイルからデータを、新しいもしくは既存のデータベースにインポートします。</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1318"/>
        <source>This option lets you import data from an .sql dump text file into a new or existing database. SQL dump files can be created on most database engines, including MySQL and PostgreSQL.</source>
        <translation>このオプションでSQLダンプテキストファイルからデータを、新しいもしくは既存のデータベースにインポートできます。SQLダンプファイルは、MySQLやPostgreSQLなど、ほとんどのデータベースエンジンで作成できます。</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1326"/>
        <source>&amp;Table from CSV file...</source>
        <translation>CSVファイルからテーブルへ(&amp;T)...</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1329"/>
        <source>Open a wizard that lets you import data from a comma separated text file into a database table.</source>
        <translation>カンマ区切りのテキストファイルのデータをデータベースのテーブルにインポートするウィザードを開きます。</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1332"/>
        <source>Open a wizard that lets you import data from a comma separated text file into a database table. CSV files can be created on most database and spreadsheet applications.</source>
        <translation>カンマ区切りのテキストファイルのデータをデータベースのテーブルにインポートするウィザードを開きます。CSVファイルはほとんどのデータベースや表計算アプリケーションで作成できます。</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1340"/>
        <source>&amp;Database to SQL file...</source>
        <translation>データベースをSQLファイルへ(&amp;D)...</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1343"/>
        <source>Export a database to a .sql dump text file.</source>
        <translation>データベースを .sql ダンプテキストファイルにエクスポートします。</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1346"/>
        <source>This option lets you export a database to a .sql dump text file. SQL dump files contain all data necessary to recreate the database on most database engines, including MySQL and PostgreSQL.</source>
        <translation>このオプションでデータベースを .sql ダンプテキストファイルにエクスポートできます。SQLダンプファイルはデータベースの再作成に必要なすべてのデータを含み、MySQLやPostgreSQLなど、ほとんどのデータベースエンジンで利用できます。</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1354"/>
        <source>&amp;Table(s) as CSV file...</source>
        <translation>テーブルをCSVファイルへ(&amp;T)...</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1357"/>
        <source>Export a database table as a comma separated text file.</source>
        <translation>データベースのテーブルをカンマ区切りのテキストファイルにエクスポートします。</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1360"/>
        <source>Export a database table as a comma separated text file, ready to be imported into other database or spreadsheet applications.</source>
        <translation>データベースのテーブルをカンマ区切りのテキストファイルにエクスポートします。他のデータベースや表計算アプリケーションでインポートできます。</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1375"/>
        <source>&amp;Create Table...</source>
        <translation>テーブルを作成(&amp;C)...</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1378"/>
        <source>Open the Create Table wizard, where it is possible to define the name and fields for a new table in the database</source>
        <translation>データベースに新しいテーブルの名前とフィールドを定義できる、テーブル作成ウイザードを開きます</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1393"/>
        <source>&amp;Delete Table...</source>
        <translation>テーブルを削除(&amp;D)...</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1396"/>
        <location filename="../MainWindow.cpp" line="1576"/>
        <source>Delete Table</source>
        <translation>テーブルを削除</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1399"/>
        <source>Open the Delete Table wizard, where you can select a database table to be dropped.</source>
        <translation>削除するデータベーステーブルを選択できる、テーブル削除ウィザードをひらきます。</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1414"/>
        <source>&amp;Modify Table...</source>
        <translation>テーブルを変更(&amp;M)...</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1417"/>
        <source>Open the Modify Table wizard, where it is possible to rename an existing table. It is also possible to add or delete fields form a table, as well as modify field names and types.</source>
        <translation>既存のテーブル名を変更できる、テーブル変更ウィザードを開きます。テーブルのフィールドを追加削除したり、フィールド名やデータ型の変更もできます。</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1432"/>
        <source>Create &amp;Index...</source>
        <translation>インデックスの作成(&amp;I)...</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1435"/>
        <source>Open the Create Index wizard, where it is possible to define a new index on an existing database table.</source>
        <translation>既存のデータベーステーブルに新しいインデックスを定義できる、インデックスウィザードを開きます。</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1447"/>
        <source>&amp;Preferences...</source>
        <translation>設定(&amp;P)...</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1450"/>
        <location filename="../MainWindow.ui" line="1453"/>
        <source>Open the preferences window.</source>
        <translation>設定ウィンドウを開きます。</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1468"/>
        <source>&amp;DB Toolbar</source>
        <translation>DBツールバー(&amp;D)</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1471"/>
        <source>Shows or hides the Database toolbar.</source>
        <translation>データベースツールバーを表示/非表示します。</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1517"/>
        <source>Ctrl+T</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1483"/>
        <source>W&amp;hat&apos;s This?</source>
        <translation>これは何(&amp;H)?</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1222"/>
        <source>Ctrl+F4</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1486"/>
        <source>Shift+F1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1494"/>
        <source>&amp;About</source>
        <translation>DB Browser for SQLite について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1502"/>
        <source>&amp;Recently opened</source>
        <translation>最近開いたファイル(&amp;R)</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1514"/>
        <source>This button opens a new tab for the SQL editor</source>
        <translation>このボタンでSQLエディターの新しいタブを開きます</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1526"/>
        <source>&amp;Execute SQL</source>
        <translation>SQLを実行(&amp;E)</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1532"/>
        <source>This button executes the currently selected SQL statements. If no text is selected, all SQL statements are executed.</source>
        <translation>このボタンで現在選択しているSQL文を実行します。テキストが選択されていない場合、すべてのSQL文が実行されます。</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1556"/>
        <location filename="../MainWindow.ui" line="1765"/>
        <location filename="../MainWindow.ui" line="1768"/>
        <source>Save SQL file</source>
        <translation>SQLファイルを保存</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1568"/>
        <source>&amp;Load Extension...</source>
        <translation>拡張を読み込み(&amp;L)...</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1580"/>
        <location filename="../MainWindow.ui" line="1586"/>
        <source>Execute current line</source>
        <translation>現在行を実行</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1589"/>
        <source>This button executes the SQL statement present in the current editor line</source>
        <translation>このボタンは現在エディターの行にあるSQL文を実行します</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1592"/>
        <source>Shift+F5</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1600"/>
        <source>Export as CSV file</source>
        <translation>CSVファイルにエクスポート</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1603"/>
        <source>Export table as comma separated values file</source>
        <translation>テーブルをカンマ区切りのファイルにエクスポートします</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1612"/>
        <source>&amp;Wiki</source>
        <translation>ウィキ(&amp;W)</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1615"/>
        <source>F1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1627"/>
        <source>Bug &amp;Report...</source>
        <translation>バグレポート(&amp;R)...</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1639"/>
        <source>Feature Re&amp;quest...</source>
        <translation>機能を要求(&amp;Q)...</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1651"/>
        <source>Web&amp;site</source>
        <translation>ウェブサイト(&amp;S)</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1663"/>
        <source>&amp;Donate on Patreon...</source>
        <translation>Patreonで寄付(&amp;D)...</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1678"/>
        <location filename="../MainWindow.ui" line="1681"/>
        <source>Save the current session to a file</source>
        <translation>現在のセッションをファイルに保存します</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1696"/>
        <source>Open &amp;Project...</source>
        <translation>プロジェクトを開く(&amp;P)...</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1699"/>
        <location filename="../MainWindow.ui" line="1702"/>
        <source>Load a working session from a file</source>
        <translation>作業中のセッションをファイルから読み込みます</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1720"/>
        <source>&amp;Attach Database...</source>
        <translation>データベースに接続(&amp;A)...</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1723"/>
        <location filename="../MainWindow.ui" line="1726"/>
        <source>Add another database file to the current database connection</source>
        <translation>他のデータベースファイルを現在のデータベース接続に加えます</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1729"/>
        <source>This button lets you add another database file to the current database connection</source>
        <translation>このボタンで他のデータベースファイルを現在のデータベース接続に加えます</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1741"/>
        <source>&amp;Set Encryption...</source>
        <translation>暗号化を設定(&amp;S)...</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1753"/>
        <location filename="../MainWindow.ui" line="1756"/>
        <source>Save SQL file as</source>
        <translation>名前を付けてSQLファイルを保存</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1771"/>
        <source>This button saves the content of the current SQL editor tab to a file</source>
        <translation>このボタンは現在のSQLエディタータブの内容をファイルに保存します</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1780"/>
        <source>&amp;Browse Table</source>
        <translation>テーブルを閲覧(&amp;B)</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1789"/>
        <source>Copy Create statement</source>
        <translation>CREATE文をコピー</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1792"/>
        <source>Copy the CREATE statement of the item to the clipboard</source>
        <translation>このアイテムのCREATE文をクリップボードにコピーします</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1801"/>
        <source>SQLCipher &amp;FAQ</source>
        <translation>SQLCipher FAQ(&amp;F)</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1804"/>
        <source>Opens the SQLCipher FAQ in a browser window</source>
        <translation>SQLCipher の FAQ をブラウザで開きます</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1809"/>
        <source>Table(&amp;s) to JSON...</source>
        <translation>テーブルをJSONへ(&amp;S)...</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1812"/>
        <source>Export one or more table(s) to a JSON file</source>
        <translation>1つ以上のテーブルをJSONファイルにエクスポートします</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1824"/>
        <source>Open Data&amp;base Read Only...</source>
        <translation>データベースを読み取り専用で開く(&amp;B)...</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1827"/>
        <source>Open an existing database file in read only mode</source>
        <translation>既存のデータベースファイルを読み取り専用モードで開きます</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1848"/>
        <source>Save results</source>
        <translation>結果を保存</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1851"/>
        <source>Save the results view</source>
        <translation>結果のビューを保存</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1854"/>
        <source>This button lets you save the results of the last executed query</source>
        <translation>このボタンで最後に実行したクエリーの結果を保存します</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1866"/>
        <location filename="../MainWindow.ui" line="1872"/>
        <source>Find text in SQL editor</source>
        <translation>SQLエディターの文字列を検索</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1875"/>
        <source>This button opens the search bar of the editor</source>
        <translation>このボタンはエディターの検索バーを開きます</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1878"/>
        <source>Ctrl+F</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1893"/>
        <location filename="../MainWindow.ui" line="1899"/>
        <source>Find or replace text in SQL editor</source>
        <translation>SQLエディターの文字列を検索/置換します</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1902"/>
        <source>This button opens the find/replace dialog for the current editor tab</source>
        <translation>このボタンは現在のエディタータブの検索/置換ダイアログを開きます</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1905"/>
        <source>Ctrl+H</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1913"/>
        <source>Export to &amp;CSV</source>
        <translation>CSVにエクスポート(&amp;C)</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1918"/>
        <source>Save as &amp;view</source>
        <translation>ビューとして保存(&amp;V)</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1921"/>
        <source>Save as view</source>
        <translation>ビューとして保存</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1939"/>
        <source>Shows or hides the Project toolbar.</source>
        <translation>プロジェクトツールバーを表示/非表示します。</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1954"/>
        <source>Extra DB Toolbar</source>
        <translation>追加DBツールバー</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1980"/>
        <source>New In-&amp;Memory Database</source>
        <translation>新しいインメモリーデータベース(&amp;M)</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1988"/>
        <source>Drag &amp;&amp; Drop Qualified Names</source>
        <translation>正規化名前をドラッグ&amp;&amp;ドロップ</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1991"/>
        <location filename="../MainWindow.ui" line="1994"/>
        <source>Use qualified names (e.g. &quot;Table&quot;.&quot;Field&quot;) when dragging the objects and dropping them into the editor </source>
        <translation>オブジェクトをドラッグしエディターにドロップしたときに、正規化名称(例 &quot;Table&quot;.&quot;Field&quot;)を使います </translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2002"/>
        <source>Drag &amp;&amp; Drop Enquoted Names</source>
        <translation>クォートされた名前をドラッグ&amp;&amp;ドロップ</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2005"/>
        <location filename="../MainWindow.ui" line="2008"/>
        <source>Use escaped identifiers (e.g. &quot;Table1&quot;) when dragging the objects and dropping them into the editor </source>
        <translation>オブジェクトをドラッグしエディターにドロップしたときに、エスケープされた名前(例 &quot;Table1&quot;)を使います </translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2013"/>
        <source>&amp;Integrity Check</source>
        <translation>整合性検査(&amp;I)</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2016"/>
        <source>Runs the integrity_check pragma over the opened database and returns the results in the Execute SQL tab. This pragma does an integrity check of the entire database.</source>
        <translation>開いているデータベースの整合性検査プラグマを実行し、結果をSQL実行タブに出力します。このプラグマはすべてのデータベースの整合性検査を行います。</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2021"/>
        <source>&amp;Foreign-Key Check</source>
        <translation>外部キー検査(&amp;F)</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2024"/>
        <source>Runs the foreign_key_check pragma over the opened database and returns the results in the Execute SQL tab</source>
        <translation>開いているデータベースの外部キー検査プラグマを実行し、結果をSQL実行タブに出力します</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2029"/>
        <source>&amp;Quick Integrity Check</source>
        <translation>即時整合性検査(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2032"/>
        <source>Run a quick integrity check over the open DB</source>
        <translation>開いているDBの高速整合性検査を実行します</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2035"/>
        <source>Runs the quick_check pragma over the opened database and returns the results in the Execute SQL tab. This command does most of the checking of PRAGMA integrity_check but runs much faster.</source>
        <translation>開いているデータベースの高速整合性検査プラグマを実行し、結果をSQL実行タブに出力します。このコマンドは(通常の)整合性検査PRAGMAの大部分を行いますが、より高速に動作します。</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2040"/>
        <source>&amp;Optimize</source>
        <translation>最適化(&amp;O)</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2043"/>
        <source>Attempt to optimize the database</source>
        <translation>データベースの最適化を試みます</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2046"/>
        <source>Runs the optimize pragma over the opened database. This pragma might perform optimizations that will improve the performance of future queries.</source>
        <translation>開いているデータベースの最適化プラグマを実行します。このプラグマは将来のクエリーの性能を改善させます。</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2055"/>
        <location filename="../MainWindow.ui" line="2082"/>
        <source>Print</source>
        <translation>印刷</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2064"/>
        <source>Open a dialog for printing the text in the current SQL editor tab</source>
        <translation>現在のSQLエディタータブの文字列を印刷するダイアログを開きます</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2091"/>
        <source>Open a dialog for printing the structure of the opened database</source>
        <translation>開いているデータベースの構造を印刷するダイアログを開きます</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2067"/>
        <location filename="../MainWindow.ui" line="2094"/>
        <source>Ctrl+P</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1529"/>
        <source>Execute all/selected SQL</source>
        <translation>すべて/選択したSQLを実行</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1535"/>
        <source>Ctrl+Return</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="274"/>
        <source>Ctrl+L</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="279"/>
        <source>Ctrl+D</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="284"/>
        <source>Ctrl+I</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="289"/>
        <source>Ctrl+E</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="328"/>
        <source>Reset Window Layout</source>
        <translation>ウィンドウレイアウトをリセット</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="329"/>
        <source>Alt+0</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="198"/>
        <source>Ctrl+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="207"/>
        <source>Ctrl+Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="218"/>
        <source>Ctrl+PgUp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="235"/>
        <source>Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="325"/>
        <source>Window Layout</source>
        <translation>ウィンドウレイアウト</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="334"/>
        <source>Simplify Window Layout</source>
        <translation>ウィンドウレイアウトをシンプルに</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="335"/>
        <source>Shift+Alt+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="344"/>
        <source>Dock Windows at Bottom</source>
        <translation>ウィンドウを下にドッキング</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="348"/>
        <source>Dock Windows at Left Side</source>
        <translation>ウィンドウを左にドッキング</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="352"/>
        <source>Dock Windows at Top</source>
        <translation>ウィンドウを上にドッキング</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="378"/>
        <source>The database is currenctly busy.</source>
        <translation>データベースは現在ビジー状態です。</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="384"/>
        <source>Click here to interrupt the currently running query.</source>
        <translation>ここをクリックして、現在実行中のクエリーを中断します。</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="392"/>
        <source>Encrypted</source>
        <translation>暗号化</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="393"/>
        <source>Database is encrypted using SQLCipher</source>
        <translation>データベースはSQLCipherで暗号化されています</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="399"/>
        <source>Read only</source>
        <translation>読み取り専用</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="400"/>
        <source>Database file is read only. Editing the database is disabled.</source>
        <translation>データベースは読み取り専用です。データベースの編集はできません。</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="406"/>
        <source>Database encoding</source>
        <translation>データベースのエンコード</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="507"/>
        <location filename="../MainWindow.cpp" line="3071"/>
        <source>Choose a database file</source>
        <translation>データベースファイルを選択</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="559"/>
        <source>Could not open database file.
Reason: %1</source>
        <translation>データベースファイルを開けません。
理由: %1</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="573"/>
        <location filename="../MainWindow.cpp" line="1450"/>
        <location filename="../MainWindow.cpp" line="2914"/>
        <source>Choose a filename to save under</source>
        <translation>セーブするファイル名を下から選択</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="598"/>
        <source>In-Memory database</source>
        <translation>インメモリーデータベース</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="684"/>
        <source>You are still executing SQL statements. Closing the database now will stop their execution, possibly leaving the database in an inconsistent state. Are you sure you want to close the database?</source>
        <translation>まだSQL文を実行中です。今、データベースを閉じると、実行が中止され、データベースに一貫性がない状態を残すかもしれません。本当にデータベースを閉じますか?</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="956"/>
        <source>Edit View %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="962"/>
        <source>Edit Trigger %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1624"/>
        <source>Opened &apos;%1&apos; in read-only mode from recent file list</source>
        <translation>最近使ったファイルリストから読み取り専用モードで &apos;%1&apos; を開きました</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1626"/>
        <source>Opened &apos;%1&apos; from recent file list</source>
        <translation>最近使ったファイルリストから &apos;%1&apos; を開きました</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1974"/>
        <source>The statements in the tab &apos;%1&apos; are still executing. Closing the tab will stop the execution. This might leave the database in an inconsistent state. Are you sure you want to close the tab?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="2211"/>
        <source>Could not find resource file: %1</source>
        <translation>リソースファイルが見つかりません: %1</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="2716"/>
        <source>This project file is using an old file format because it was created using DB Browser for SQLite version 3.10 or lower. Loading this file format is no longer fully supported. If you want to load it completely, please use DB Browser for SQLite version 3.12 to convert it to the new file format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="2930"/>
        <source>Could not open project file for writing.
Reason: %1</source>
        <translation>書き込むプロジェクトファイルを開くことができません。
理由: %1</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="3047"/>
        <source>Project saved to file &apos;%1&apos;</source>
        <translation>プロジェクトをファイル &apos;%1&apos; に保存しました</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="3241"/>
        <source>Yes. Don&apos;t ask again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="3346"/>
        <source>This action will open a new SQL tab with the following statements for you to edit and run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="3461"/>
        <source>Busy (%1)</source>
        <translation>ビジー (%1)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="3542"/>
        <source>Rename Tab</source>
        <translation>タブ名を変更</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="3548"/>
        <source>Duplicate Tab</source>
        <translation>タブを複製</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="3578"/>
        <source>Close Tab</source>
        <translation>タブを閉じる</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="3597"/>
        <source>Opening &apos;%1&apos;...</source>
        <translation>&apos;%1&apos; を開いています...</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="3599"/>
        <source>There was an error opening &apos;%1&apos;...</source>
        <translation>&apos;%1&apos; を開くときにエラーがありました...</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="3602"/>
        <source>Value is not a valid URL or filename: %1</source>
        <translation>値は正規のURLもしくはファイル名でありません: %1</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="857"/>
        <source>Are you sure you want to delete the table &apos;%1&apos;?
All data associated with the table will be lost.</source>
        <translation>本当にテーブル &apos;%1&apos; を削除しますか?
テーブルに関連するすべてのデータは失われます。</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="859"/>
        <source>Are you sure you want to delete the view &apos;%1&apos;?</source>
        <translation>本当にビュー &apos;%1&apos; を削除しますか?</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="861"/>
        <source>Are you sure you want to delete the trigger &apos;%1&apos;?</source>
        <translation>本当にトリガー &apos;%1&apos; を削除しますか?</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="863"/>
        <source>Are you sure you want to delete the index &apos;%1&apos;?</source>
        <translation>本当にインデックス &apos;%1&apos; を削除しますか?</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="874"/>
        <source>Error: could not delete the table.</source>
        <translation>エラー: テーブルを削除できませんでした。</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="876"/>
        <source>Error: could not delete the view.</source>
        <translation>エラー: ビューを削除できませんでした。</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="878"/>
        <source>Error: could not delete the trigger.</source>
        <translation>エラー: トリガーを削除できませんでした。</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="880"/>
        <source>Error: could not delete the index.</source>
        <translation>エラー: インデックスを削除できませんでした。</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="882"/>
        <source>Message from database engine:
%1</source>
        <translation>データベースエンジンからのメッセージ。
%1</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="910"/>
        <source>Editing the table requires to save all pending changes now.
Are you sure you want to save the database?</source>
        <translation>テーブルの編集には保留中のすべての変更を今保存する必要があります。
本当にデータベースを保存しますか?</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="929"/>
        <source>Error checking foreign keys after table modification. The changes will be reverted.</source>
        <translation>デーブル変更後の外部キー検査でエラー。変更は元に戻ります。</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="932"/>
        <source>This table did not pass a foreign-key check.&lt;br/&gt;You should run &apos;Tools | Foreign-Key Check&apos; and fix the reported issues.</source>
        <translation>このテーブルは外部キー検査に合格しませんでした。&lt;br/&gt;&apos;ツール | 外部キー検査&apos; を実行し、報告された問題を解決します。</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1062"/>
        <source>You are already executing SQL statements. Do you want to stop them in order to execute the current statements instead? Note that this might leave the database in an inconsistent state.</source>
        <translation>SQL文は既に実行中です。替わりに現在の文を実行するため、中止しますか? 注意: これはデータベースに一貫性がない状態を残すかもしれません。</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1109"/>
        <source>-- EXECUTING SELECTION IN &apos;%1&apos;
--</source>
        <translation>-- &apos;%1 内の選択部分を実行中&apos;
--</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1130"/>
        <source>-- EXECUTING LINE IN &apos;%1&apos;
--</source>
        <translation>-- &apos;%1 内の行を実行中&apos;
--</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1138"/>
        <source>-- EXECUTING ALL IN &apos;%1&apos;
--</source>
        <translation>-- &apos;%1 内をすべて実行中&apos;
--</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1172"/>
        <source>Result: %1</source>
        <translation>結果: %1</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1243"/>
        <source>Setting PRAGMA values or vacuuming will commit your current transaction.
Are you sure?</source>
        <translation>PRAGMA 値の設定やバキュームは現在のトランザクションをコミットします。
本当に行いますか?</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1236"/>
        <source>%1 rows returned in %2ms</source>
        <translation>%1 行が %2ms で返されました</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1172"/>
        <location filename="../MainWindow.cpp" line="1175"/>
        <source>At line %1:</source>
        <translation>%1 行目:</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1175"/>
        <source>Result: %2</source>
        <translation>結果: %2</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1323"/>
        <source>Choose text files</source>
        <translation>テキストファイルを選択</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1392"/>
        <source>Error while saving the database file. This means that not all changes to the database were saved. You need to resolve the following error first.

%1</source>
        <translation>データベースの保存中にエラー。これは全ての変更がデータベースに保存されていなかったためです。まず、以下のエラーを解決してください。

%1</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1401"/>
        <source>Are you sure you want to undo all changes made to the database file &apos;%1&apos; since the last save?</source>
        <translation>本当にデータベースファイル &apos;%1&apos; への最後の保存後に行われたすべての変更を元に戻しますか?</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1431"/>
        <source>Choose a file to import</source>
        <translation>インポートするファイルを選択</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1665"/>
        <source>&amp;%1 %2%3</source>
        <translation>&amp;%1 %2%3</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1665"/>
        <source> (read only)</source>
        <translation> (読み取り専用)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1747"/>
        <source>Open Database or Project</source>
        <translation>データベース化プロジェクトを開く</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1748"/>
        <source>Attach Database...</source>
        <translation>データベースに接続...</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1749"/>
        <source>Import CSV file(s)...</source>
        <translation>CSVファイルをインポート...</translation>
    </message>
    <message numerus="yes">
        <location filename="../MainWindow.cpp" line="1752"/>
        <source>Select the action to apply to the dropped file(s). &lt;br/&gt;Note: only &apos;Import&apos; will process more than one file.</source>
        <translation>
            <numerusform>ドロップされたファイルに対して行う操作を選択してください。 &lt;br/&gt;注意: &apos;インポート&apos; のみが複数ファイルを処理できます。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1930"/>
        <source>Do you want to save the changes made to SQL tabs in a new project file?</source>
        <translation>新しいプロジェクトファイルにSQLタブで行われた変更を保存しますか?</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1931"/>
        <source>Do you want to save the changes made to SQL tabs in the project file &apos;%1&apos;?</source>
        <translation>プロジェクトファイル &apos;%1&apos; にSQLタブで行われた変更を保存しますか?</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1951"/>
        <source>Do you want to save the changes made to the SQL file %1?</source>
        <translation>変更をSQLファイル %1 に保存しますか?</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="2058"/>
        <source>Text files(*.sql *.txt);;All files(*)</source>
        <translation>テキストファイル(*.sql *.txt);;すべてのファイル(*)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1443"/>
        <source>Do you want to create a new database file to hold the imported data?
If you answer no we will attempt to import the data in the SQL file to the current database.</source>
        <translation>インポートしたデータを保持する新しいデータベースを作成しますか
いいえを選択すると、SQLファイルからのデータを現在のデータベースにインポートしようとします。</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="774"/>
        <source>Do you want to save the changes made to the project file &apos;%1&apos;?</source>
        <translation>プロジェクトファイル &apos;%1&apos; に変更を保存しますか?</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1268"/>
        <source>Execution finished with errors.</source>
        <translation>エラーがありましたが、実行が終了しました。</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1270"/>
        <source>Execution finished without errors.</source>
        <translation>エラーなしで実行が終了しました。</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1454"/>
        <source>File %1 already exists. Please choose a different name.</source>
        <translation>ファイル %1 は既に存在しています。違う名前を選んでください。</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1481"/>
        <source>Error importing data: %1</source>
        <translation>データのインポートでエラー: %1</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1483"/>
        <source>Import completed. Some foreign key constraints are violated. Please fix them before saving.</source>
        <translation>インポートが終了しました。いくつかの外部キー制約に違反があります。保存前に修正してください。</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1485"/>
        <source>Import completed.</source>
        <translation>インポート完了。</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1567"/>
        <source>Delete View</source>
        <translation>ビューを削除</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1568"/>
        <source>Modify View</source>
        <translation>ビューを変更</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1570"/>
        <source>Delete Trigger</source>
        <translation>トリガーを削除</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1571"/>
        <source>Modify Trigger</source>
        <translation>トリガーを変更</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1573"/>
        <source>Delete Index</source>
        <translation>インデックスを削除</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1574"/>
        <source>Modify Index</source>
        <translation>インデックスを変更</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1577"/>
        <source>Modify Table</source>
        <translation>テーブルを変更</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1874"/>
        <source>Setting PRAGMA values will commit your current transaction.
Are you sure?</source>
        <translation>PRAGMA 値の設定は現在のトランザクションをコミットします。
本当に行いますか?</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="2057"/>
        <source>Select SQL file to open</source>
        <translation>開くSQLファイルを選択</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="2115"/>
        <source>Select file name</source>
        <translation>ファイル名を選択</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="2147"/>
        <source>Select extension file</source>
        <translation>拡張ファイルを選択</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="2154"/>
        <source>Extension successfully loaded.</source>
        <translation>拡張の読み込みに成功しました。</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="2156"/>
        <source>Error loading extension: %1</source>
        <translation>拡張の読み込みでエラー: %1</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="2304"/>
        <location filename="../MainWindow.cpp" line="2712"/>
        <source>Don&apos;t show again</source>
        <translation>二度と表示しない</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="2307"/>
        <source>New version available.</source>
        <translation>新しいバージョンがあります。</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="2308"/>
        <source>A new DB Browser for SQLite version is available (%1.%2.%3).&lt;br/&gt;&lt;br/&gt;Please download at &lt;a href=&apos;%4&apos;&gt;%4&lt;/a&gt;.</source>
        <translation>新しいバージョンの DB Browser for SQLite (%1.%2.%3)があります。&lt;br/&gt;&lt;br/&gt;&lt;a href=&apos;%4&apos;&gt;%4&lt;/a&gt;からダウンロードしてください。</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="2536"/>
        <source>Choose a project file to open</source>
        <translation>開くプロジェクトファイルを選択</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="2537"/>
        <source>DB Browser for SQLite project file (*.sqbpro)</source>
        <translation>DB Browser for SQLite プロジェクトファイル (*.sqbpro)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="3245"/>
        <source>Collation needed! Proceed?</source>
        <translation>照合順序が必要です!続行しますか?</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="3246"/>
        <source>A table in this database requires a special collation function &apos;%1&apos; that this application can&apos;t provide without further knowledge.
If you choose to proceed, be aware bad things can happen to your database.
Create a backup!</source>
        <translation>このデータベースにあるテーブルは特別な照合順序関数 &apos;%1&apos; が必要ですが、このアプリケーションは更なる知識なしでは提供できません。
続行すると、データベースに何か悪いことがあるかもしれません。
バックアップを作成してください!</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="3263"/>
        <source>creating collation</source>
        <translation>照合順序の作成中</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="3271"/>
        <source>Set a new name for the SQL tab. Use the &apos;&amp;&amp;&apos; character to allow using the following character as a keyboard shortcut.</source>
        <translation>SQLタブに新しい名前を設定してください。&apos;&amp;&amp;&apos;の文字を使うと、その次の文字をキーボードショートカットにできます。</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="3323"/>
        <source>Please specify the view name</source>
        <translation>ビューの名前を指定してください</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="3327"/>
        <source>There is already an object with that name. Please choose a different name.</source>
        <translation>その名前のオブジェクトは既に存在します。別の名前を選んでください。</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="3334"/>
        <source>View successfully created.</source>
        <translation>ビューの作成に成功しました。</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="3336"/>
        <source>Error creating view: %1</source>
        <translation>ビューの作成でエラー: %1</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="3344"/>
        <source>This action will open a new SQL tab for running:</source>
        <translation>この操作は実行のため新しいSQLタブを開きます:</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="3349"/>
        <source>Press Help for opening the corresponding SQLite reference page.</source>
        <translation>ヘルプを押すと、対応する SQLite のリファレンスページを開きます。</translation>
    </message>
</context>
<context>
    <name>NullLineEdit</name>
    <message>
        <location filename="../AddRecordDialog.cpp" line="40"/>
        <source>Set to NULL</source>
        <translation>NULL に設定</translation>
    </message>
    <message>
        <location filename="../AddRecordDialog.cpp" line="44"/>
        <source>Alt+Del</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>PlotDock</name>
    <message>
        <location filename="../PlotDock.ui" line="14"/>
        <source>Plot</source>
        <translation>プロット</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="42"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;This pane shows the list of columns of the currently browsed table or the just executed query. You can select the columns that you want to be used as X or Y axis for the plot pane below. The table shows detected axis type that will affect the resulting plot. For the Y axis you can only select numeric columns, but for the X axis you will be able to select:&lt;/p&gt;&lt;ul style=&quot;margin-top: 0px; margin-bottom: 0px; margin-left: 0px; margin-right: 0px; -qt-list-indent: 1;&quot;&gt;&lt;li style=&quot; margin-top:12px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Date/Time&lt;/span&gt;: strings with format &amp;quot;yyyy-MM-dd hh:mm:ss&amp;quot; or &amp;quot;yyyy-MM-ddThh:mm:ss&amp;quot;&lt;/li&gt;&lt;li style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Date&lt;/span&gt;: strings with format &amp;quot;yyyy-MM-dd&amp;quot;&lt;/li&gt;&lt;li style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Time&lt;/span&gt;: strings with format &amp;quot;hh:mm:ss&amp;quot;&lt;/li&gt;&lt;li style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Label&lt;/span&gt;: other string formats. Selecting this column as X axis will produce a Bars plot with the column values as labels for the bars&lt;/li&gt;&lt;li style=&quot; margin-top:0px; margin-bottom:12px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Numeric&lt;/span&gt;: integer or real values&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Double-clicking the Y cells you can change the used color for that graph.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;このペインは現在閲覧中のテーブルか直前に実行したクエリーのカラムの一覧を表示します。下のプロットペインでXもしくはY軸として使用されるカラムを選択できます。表は結果のプロットに使用できる軸の種類を表示します。Y軸には数値のカラムのみ選択できますが、X軸にはこれらが選択できます:&lt;/p&gt;&lt;ul style=&quot;margin-top: 0px; margin-bottom: 0px; margin-left: 0px; margin-right: 0px; -qt-list-indent: 1;&quot;&gt;&lt;li style=&quot; margin-top:12px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;日時&lt;/span&gt;: &amp;quot;yyyy-MM-dd hh:mm:ss&amp;quot; もしくは &amp;quot;yyyy-MM-ddThh:mm:ss&amp;quot; 形式の文字列&lt;/li&gt;&lt;li style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;日付&lt;/span&gt;: &amp;quot;yyyy-MM-dd&amp;quot; 形式の文字列&lt;/li&gt;&lt;li style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;時刻&lt;/span&gt;: &amp;quot;hh:mm:ss&amp;quot; 形式の文字列&lt;/li&gt;&lt;li style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;ラベル&lt;/span&gt;: その他の形式の文字列。これをX軸に選択すると、カラムの値を棒グラフのラベルとして表示します&lt;/li&gt;&lt;li style=&quot; margin-top:0px; margin-bottom:12px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;数値&lt;/span&gt;: INTEGER か REAL の値&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Yのセルをダブルクリックすると、グラフに使用する色を変更できます。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="58"/>
        <source>Columns</source>
        <translation>カラム</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="63"/>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="68"/>
        <source>Y1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="73"/>
        <source>Y2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="78"/>
        <source>Axis Type</source>
        <translation>軸のデータ型</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="90"/>
        <source>Here is a plot drawn when you select the x and y values above.

Click on points to select them in the plot and in the table. Ctrl+Click for selecting a range of points.

Use mouse-wheel for zooming and mouse drag for changing the axis range.

Select the axes or axes labels to drag and zoom only in that orientation.</source>
        <translation>上でXとY軸を選択すると、ここにグラフが描画されます。

点をクリックすると、点と該当するテーブルの値が選択できます。Ctrl+クリックで点を範囲選択できます。

マウスホイールでズーム、ドラッグで軸の範囲を変更できます。

軸か軸のラベルを選択すると、ズームやドラッグの方向を限定できます。</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="106"/>
        <source>Line type:</source>
        <translation>線の種類:</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="147"/>
        <location filename="../PlotDock.ui" line="206"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="152"/>
        <source>Line</source>
        <translation>直線</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="157"/>
        <source>StepLeft</source>
        <translation>階段(左値)</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="162"/>
        <source>StepRight</source>
        <translation>階段(右値)</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="167"/>
        <source>StepCenter</source>
        <translation>階段(最近値)</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="172"/>
        <source>Impulse</source>
        <translation>インパルス</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="180"/>
        <source>Point shape:</source>
        <translation>点の形状:</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="211"/>
        <source>Cross</source>
        <translation>×</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="216"/>
        <source>Plus</source>
        <translation>＋</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="221"/>
        <source>Circle</source>
        <translation>○</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="226"/>
        <source>Disc</source>
        <translation>●</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="231"/>
        <source>Square</source>
        <translation>□</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="236"/>
        <source>Diamond</source>
        <translation>◇</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="241"/>
        <source>Star</source>
        <translation>＊</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="246"/>
        <source>Triangle</source>
        <translation>△</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="251"/>
        <source>TriangleInverted</source>
        <translation>▽</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="256"/>
        <source>CrossSquare</source>
        <translation>×+□</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="261"/>
        <source>PlusSquare</source>
        <translation>＋+□</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="266"/>
        <source>CrossCircle</source>
        <translation>×+○</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="271"/>
        <source>PlusCircle</source>
        <translation>＋+○</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="276"/>
        <source>Peace</source>
        <translation>静謐</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="297"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Save current plot...&lt;/p&gt;&lt;p&gt;File format chosen by extension (png, jpg, pdf, bmp)&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;現在のプロットを保存...&lt;/p&gt;&lt;p&gt;ファイルフォーマットは拡張子 (png, jpg, pdf, bmp) から選択されます&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="300"/>
        <source>Save current plot...</source>
        <translation>現在のプロットを保存...</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="326"/>
        <location filename="../PlotDock.cpp" line="554"/>
        <source>Load all data and redraw plot</source>
        <translation>すべてのデータを読み込み再描画</translation>
    </message>
    <message>
        <location filename="../PlotDock.cpp" line="74"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../PlotDock.cpp" line="81"/>
        <source>Print...</source>
        <translation>印刷...</translation>
    </message>
    <message>
        <location filename="../PlotDock.cpp" line="88"/>
        <source>Show legend</source>
        <translation>凡例を表示</translation>
    </message>
    <message>
        <location filename="../PlotDock.cpp" line="94"/>
        <source>Stacked bars</source>
        <translation>値を積み重ねる</translation>
    </message>
    <message>
        <location filename="../PlotDock.cpp" line="180"/>
        <source>Date/Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../PlotDock.cpp" line="183"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../PlotDock.cpp" line="186"/>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location filename="../PlotDock.cpp" line="189"/>
        <location filename="../PlotDock.cpp" line="236"/>
        <source>Numeric</source>
        <translation>数値</translation>
    </message>
    <message>
        <location filename="../PlotDock.cpp" line="192"/>
        <source>Label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <location filename="../PlotDock.cpp" line="196"/>
        <source>Invalid</source>
        <translation>不正</translation>
    </message>
    <message>
        <location filename="../PlotDock.cpp" line="234"/>
        <location filename="../PlotDock.cpp" line="512"/>
        <location filename="../PlotDock.cpp" line="527"/>
        <source>Row #</source>
        <translation>行 #</translation>
    </message>
    <message>
        <location filename="../PlotDock.cpp" line="549"/>
        <source>Load all data and redraw plot.
Warning: not all data has been fetched from the table yet due to the partial fetch mechanism.</source>
        <translation>すべてのデータを読み込み再描画します。
警告: 部分的なフェッチ機構により、まだテーブルからすべてのデータがフェッチされているわけではありません。</translation>
    </message>
    <message>
        <location filename="../PlotDock.cpp" line="644"/>
        <source>Choose an axis color</source>
        <translation>軸の色を選択</translation>
    </message>
    <message>
        <location filename="../PlotDock.cpp" line="679"/>
        <source>Choose a filename to save under</source>
        <translation>以下を保存するファイル名を選択</translation>
    </message>
    <message>
        <location filename="../PlotDock.cpp" line="680"/>
        <source>PNG(*.png);;JPG(*.jpg);;PDF(*.pdf);;BMP(*.bmp);;All Files(*)</source>
        <translation>PNG(*.png);;JPG(*.jpg);;PDF(*.pdf);;BMP(*.bmp);;すべてのファイル(*)</translation>
    </message>
    <message>
        <location filename="../PlotDock.cpp" line="716"/>
        <source>There are curves in this plot and the selected line style can only be applied to graphs sorted by X. Either sort the table or query by X to remove curves or select one of the styles supported by curves: None or Line.</source>
        <translation>このプロットには未ソートなデータがあります。選択した線の種類はX軸でソートされたデータのみに適用できます。テーブルやクエリーをX軸でソートするか、未ソートのデータでも使用できる、 なし や 直線 形式を選択してください。</translation>
    </message>
    <message>
        <location filename="../PlotDock.cpp" line="834"/>
        <source>Loading all remaining data for this table took %1ms.</source>
        <translation>このテーブルの残っているデータすべての読み込みに %1ms かかりました。</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../PreferencesDialog.ui" line="14"/>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="27"/>
        <source>&amp;General</source>
        <translation>全般(&amp;G)</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="33"/>
        <source>Default &amp;location</source>
        <translation>デフォルトのフォルダー(&amp;L)</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="46"/>
        <source>Remember last location</source>
        <translation>最後に使用したディレクトリーを記憶</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="51"/>
        <source>Always use this location</source>
        <translation>常にこのディレクトリーを使用</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="56"/>
        <source>Remember last location for session only</source>
        <translation>セッションだけで最後に使用したディレクトリーを記憶</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="85"/>
        <location filename="../PreferencesDialog.ui" line="1811"/>
        <location filename="../PreferencesDialog.ui" line="1931"/>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="96"/>
        <source>Lan&amp;guage</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="128"/>
        <source>Toolbar style</source>
        <translation>ツールバー形式</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="160"/>
        <location filename="../PreferencesDialog.ui" line="210"/>
        <location filename="../PreferencesDialog.ui" line="260"/>
        <location filename="../PreferencesDialog.ui" line="310"/>
        <location filename="../PreferencesDialog.ui" line="466"/>
        <source>Only display the icon</source>
        <translation>アイコンのみ表示</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="165"/>
        <location filename="../PreferencesDialog.ui" line="215"/>
        <location filename="../PreferencesDialog.ui" line="265"/>
        <location filename="../PreferencesDialog.ui" line="315"/>
        <location filename="../PreferencesDialog.ui" line="471"/>
        <source>Only display the text</source>
        <translation>文字のみ表示</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="170"/>
        <location filename="../PreferencesDialog.ui" line="220"/>
        <location filename="../PreferencesDialog.ui" line="270"/>
        <location filename="../PreferencesDialog.ui" line="320"/>
        <location filename="../PreferencesDialog.ui" line="476"/>
        <source>The text appears beside the icon</source>
        <translation>アイコンの横に文字を表示</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="175"/>
        <location filename="../PreferencesDialog.ui" line="225"/>
        <location filename="../PreferencesDialog.ui" line="275"/>
        <location filename="../PreferencesDialog.ui" line="325"/>
        <location filename="../PreferencesDialog.ui" line="481"/>
        <source>The text appears under the icon</source>
        <translation>アイコンの下に文字を表示</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="180"/>
        <location filename="../PreferencesDialog.ui" line="230"/>
        <location filename="../PreferencesDialog.ui" line="280"/>
        <location filename="../PreferencesDialog.ui" line="330"/>
        <location filename="../PreferencesDialog.ui" line="486"/>
        <source>Follow the style</source>
        <translation>スタイルに従う</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="338"/>
        <source>Show remote options</source>
        <translation>リモートオプションを表示する</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="348"/>
        <location filename="../PreferencesDialog.ui" line="368"/>
        <location filename="../PreferencesDialog.ui" line="599"/>
        <location filename="../PreferencesDialog.ui" line="690"/>
        <location filename="../PreferencesDialog.ui" line="697"/>
        <location filename="../PreferencesDialog.ui" line="1550"/>
        <location filename="../PreferencesDialog.ui" line="1570"/>
        <location filename="../PreferencesDialog.ui" line="1590"/>
        <location filename="../PreferencesDialog.ui" line="1610"/>
        <location filename="../PreferencesDialog.ui" line="1630"/>
        <source>enabled</source>
        <translation>有効</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="358"/>
        <source>Automatic &amp;updates</source>
        <translation>自動アップデート(&amp;U)</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="375"/>
        <source>DB file extensions</source>
        <translation>DBファイル拡張子</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="385"/>
        <source>Manage</source>
        <translation>管理</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="392"/>
        <source>Main Window</source>
        <translation>メインウィンドウ</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="405"/>
        <source>Database Structure</source>
        <translation>データベース構造</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="418"/>
        <source>Browse Data</source>
        <translation>データ閲覧</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="431"/>
        <source>Execute SQL</source>
        <translation>SQL実行</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="494"/>
        <source>Edit Database Cell</source>
        <translation>データベースセル編集</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="513"/>
        <source>When this value is changed, all the other color preferences are also set to matching colors.</source>
        <translation>この値が変更されると、他の色設定すべても一致する色に設定されます。</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="532"/>
        <source>Follow the desktop style</source>
        <translation>デスクトップスタイルに従う</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="537"/>
        <source>Dark style</source>
        <translation>ダークスタイル</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="545"/>
        <source>Application style</source>
        <translation>アプリケーションスタイル</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="555"/>
        <source>This sets the font size for all UI elements which do not have their own font size option.</source>
        <translation>これは独自のフォントサイズオプションを持たない全てのUI要素のフォントサイズを設定します。</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="558"/>
        <source>Font size</source>
        <translation>フォントサイズ</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="571"/>
        <source>Max Recent Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="588"/>
        <source>Prompt to save SQL tabs
in new project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="596"/>
        <source>If this is turned on, then changes to the SQL editor generate a save a project confirmation dialog when closing the SQL editor tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="610"/>
        <source>&amp;Database</source>
        <translation>データベース(&amp;D)</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="621"/>
        <source>Database &amp;encoding</source>
        <translation>データベースのエンコード(&amp;E)</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="631"/>
        <source>Open databases with foreign keys enabled.</source>
        <translation>外部キーを有効にしてデータベースを開く。</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="634"/>
        <source>&amp;Foreign keys</source>
        <translation>外部キー(&amp;F)</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="644"/>
        <source>Remove line breaks in schema &amp;view</source>
        <translation>スキーマビューから改行を取り除く(&amp;V)</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="687"/>
        <source>When enabled, the line breaks in the Schema column of the DB Structure tab, dock and printed output are removed.</source>
        <translation>有効にすると、DB構造タブのカラムスキーマ、ドックや印刷された出力にある改行が取り除かれます。</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="654"/>
        <source>Prefetch block si&amp;ze</source>
        <translation>先読みブロックサイズ(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="735"/>
        <source>SQ&amp;L to execute after opening database</source>
        <translation>データベースを開いた後に実行するSQL(&amp;L)</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="664"/>
        <source>Default field type</source>
        <translation>デフォルトのフィールドデータ形式</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="718"/>
        <source>Database structure font size</source>
        <translation>データベース構造のフォントサイズ</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="764"/>
        <source>Data &amp;Browser</source>
        <translation>データ閲覧(&amp;B)</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="772"/>
        <source>Font</source>
        <translation>フォント</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="778"/>
        <source>&amp;Font</source>
        <translation>フォント(&amp;F)</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="791"/>
        <source>Font si&amp;ze</source>
        <translation>フォントサイズ(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="807"/>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="813"/>
        <source>Symbol limit in cell</source>
        <translation>セル内のシンボル上限</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="845"/>
        <source>This is the maximum number of items allowed for some computationally expensive functionalities to be enabled:
Maximum number of rows in a table for enabling the value completion based on current values in the column.
Maximum number of indexes in a selection for calculating sum and average.
Can be set to 0 for disabling the functionalities.</source>
        <translation>これはいくつかの計算負荷の高い機能を有効にできる項目の最大数です。
カラム内の現在値に基づいた値補完を有効にする、テーブル内の行の最大数。
選択内の合計と平均を計算するインデックスの最大数。
0に設定するとこの機能を無効にできます。</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="851"/>
        <source>This is the maximum number of rows in a table for enabling the value completion based on current values in the column.
Can be set to 0 for disabling completion.</source>
        <translation>これは現在の値を基にしたカラムの値補完を有効にしたときのテーブル内の行数の最大値です。</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="895"/>
        <source>Field display</source>
        <translation>フィールド表示</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="901"/>
        <source>Displayed &amp;text</source>
        <translation>表示されたテキスト(&amp;T)</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="914"/>
        <source>Binary</source>
        <translation>バイナリー</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="924"/>
        <source>NULL</source>
        <translation>NULL</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="934"/>
        <source>Regular</source>
        <translation>通常</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="947"/>
        <location filename="../PreferencesDialog.ui" line="976"/>
        <location filename="../PreferencesDialog.ui" line="1005"/>
        <location filename="../PreferencesDialog.ui" line="1024"/>
        <location filename="../PreferencesDialog.ui" line="1043"/>
        <location filename="../PreferencesDialog.ui" line="1062"/>
        <source>Click to set this color</source>
        <translation>クリックでこの色を設定</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="963"/>
        <source>Text color</source>
        <translation>文字色</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="992"/>
        <source>Background color</source>
        <translation>背景色</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1107"/>
        <source>Preview only (N/A)</source>
        <translation>閲覧のみ(設定不可)</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1141"/>
        <source>Filters</source>
        <translation>フィルター</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1154"/>
        <source>Escape character</source>
        <translation>エスケープ文字</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1164"/>
        <source>Delay time (&amp;ms)</source>
        <translation>遅延時間 (ms) (&amp;M)</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1174"/>
        <source>Set the waiting time before a new filter value is applied. Can be set to 0 for disabling waiting.</source>
        <translation>新しいフィルターの値が適用される前の待機時間を設定します。0にすると待機しません。</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1190"/>
        <source>&amp;SQL</source>
        <translation>SQL(&amp;S)</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1203"/>
        <source>Settings name</source>
        <translation>設定名</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1208"/>
        <source>Context</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1213"/>
        <source>Colour</source>
        <translation>色</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1218"/>
        <source>Bold</source>
        <translation>太字</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1223"/>
        <source>Italic</source>
        <translation>イタリック</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1228"/>
        <source>Underline</source>
        <translation>下線</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1236"/>
        <source>Keyword</source>
        <translation>キーワード</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1256"/>
        <source>Function</source>
        <translation>関数</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1264"/>
        <source>Table</source>
        <translation>テーブル</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1284"/>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1304"/>
        <source>Identifier</source>
        <translation>識別子</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1324"/>
        <source>String</source>
        <translation>文字列</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1344"/>
        <source>Current line</source>
        <translation>現在行</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1352"/>
        <source>Background</source>
        <translation>背景</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1360"/>
        <source>Foreground</source>
        <translation>前景</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1365"/>
        <source>selected_bg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1368"/>
        <source>Selection background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1373"/>
        <source>selected_fg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1376"/>
        <source>Selection foreground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1381"/>
        <source>highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1384"/>
        <source>Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1394"/>
        <source>SQL editor &amp;font</source>
        <translation>SQLエディターフォント(&amp;F)</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1409"/>
        <source>SQL &amp;editor font size</source>
        <translation>SQLエディターフォントサイズ(&amp;E)</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1431"/>
        <source>SQL &amp;results font size</source>
        <translation>SQL結果フォントサイズ(&amp;R)</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1448"/>
        <source>Tab size</source>
        <translation>タブサイズ</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1471"/>
        <source>&amp;Wrap lines</source>
        <translation>ワードラップ(&amp;W)</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1482"/>
        <source>Never</source>
        <translation>しない</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1487"/>
        <source>At word boundaries</source>
        <translation>単語で</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1492"/>
        <source>At character boundaries</source>
        <translation>文字で</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1497"/>
        <source>At whitespace boundaries</source>
        <translation>空白で</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1505"/>
        <source>&amp;Quotes for identifiers</source>
        <translation>識別子のクォート(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1515"/>
        <source>Choose the quoting mechanism used by the application for identifiers in SQL code.</source>
        <translation>アプリケーションがSQLコード内で識別子をクォートする仕組みを選択します。</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1522"/>
        <source>&quot;Double quotes&quot; - Standard SQL (recommended)</source>
        <translation>&quot;ダブルクォート&quot; - 一般的な SQL (推奨)</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1527"/>
        <source>`Grave accents` - Traditional MySQL quotes</source>
        <translation>`グレイヴアクセント` - 伝統的な MySQL のクォート</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1532"/>
        <source>[Square brackets] - Traditional MS SQL Server quotes</source>
        <translation>[角括弧] - 伝統的な MS SQL Server のクォート</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1540"/>
        <source>Code co&amp;mpletion</source>
        <translation>コード補完(&amp;M)</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1557"/>
        <source>Keywords in &amp;UPPER CASE</source>
        <translation>キーワードを大文字に(&amp;U)</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1567"/>
        <source>When set, the SQL keywords are completed in UPPER CASE letters.</source>
        <translation>設定すると、SQLキーワードを大文字に補完します。</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1577"/>
        <source>Error indicators</source>
        <translation>エラー指摘</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1587"/>
        <source>When set, the SQL code lines that caused errors during the last execution are highlighted and the results frame indicates the error in the background</source>
        <translation>設定すると、最後の実行でエラーが起きたSQLコードの行が強調され、結果フレームがバックグラウンドでエラーを指摘します</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1597"/>
        <source>Hori&amp;zontal tiling</source>
        <translation>横に並べる(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1607"/>
        <source>If enabled the SQL code editor and the result table view are shown side by side instead of one over the other.</source>
        <translation>有効にすると、重ねる代わりに、SQLコードエディターと結果タブビューが並んで表示されます。</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1617"/>
        <source>Close button on tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1627"/>
        <source>If enabled, SQL editor tabs will have a close button. In any case, you can use the contextual menu or the keyboard shortcut to close them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1640"/>
        <source>&amp;Extensions</source>
        <translation>拡張(&amp;E)</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1646"/>
        <source>Select extensions to load for every database:</source>
        <translation>すべてのデータベースで読み込む拡張を選択:</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1667"/>
        <source>Add extension</source>
        <translation>拡張を追加</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1678"/>
        <source>Remove extension</source>
        <translation>拡張を削除</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1706"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;While supporting the REGEXP operator SQLite doesn&apos;t implement any regular expression&lt;br/&gt;algorithm but calls back the running application. DB Browser for SQLite implements this&lt;br/&gt;algorithm for you to let you use REGEXP out of the box. However, as there are multiple possible&lt;br/&gt;implementations of this and you might want to use another one, you&apos;re free to disable the&lt;br/&gt;application&apos;s implementation and load your own by using an extension. Requires restart of the application.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;REGEXP演算子がサポートされている間、SQLite は正規表現を実装しませんが、実行中のアプリケーションをコールバックします。DB Browser for SQLite はこれを実装しているので、REGEXP をすぐに使えます。しかし、これには複数の実装があり、アプリケーションの実装を無効にし拡張を使って他の実装を読み込むことが自由にできます。アプリケーションの再起動が必要です。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1709"/>
        <source>Disable Regular Expression extension</source>
        <translation>正規表現拡張を無効</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1716"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;SQLite provides an SQL function for loading extensions from a shared library file. Activate this if you want to use the &lt;span style=&quot; font-style:italic;&quot;&gt;load_extension()&lt;/span&gt; function from SQL code.&lt;/p&gt;&lt;p&gt;For security reasons, extension loading is turned off by default and must be enabled through this setting. You can always load extensions through the GUI, even though this option is disabled.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;SQLite は共有ライブラリファイルから拡張を読み込むSQL関数を提供します。SQLコードから&lt;span style=&quot; font-style:italic;&quot;&gt;load_extension()&lt;/span&gt;関数を使いたいならば、.これを有効にします。&lt;/p&gt;&lt;p&gt;セキュリティー上の理由から、拡張の読み込みはデフォルトで無効になっており、使用するにはこの設定を有効にする必要があります。このオプションが無効でも、GUIを通じて拡張を読み込むことは常にできます。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1719"/>
        <source>Allow loading extensions from SQL code</source>
        <translation>SQLコードで拡張の読み込みを許可する</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1727"/>
        <source>Remote</source>
        <translation>リモート</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1838"/>
        <source>CA certificates</source>
        <translation>認証局証明書</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1940"/>
        <source>Proxy</source>
        <translation>プロキシ</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1947"/>
        <source>Configure</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1962"/>
        <source>Export Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1969"/>
        <source>Import Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1767"/>
        <location filename="../PreferencesDialog.ui" line="1863"/>
        <source>Subject CN</source>
        <translation>対象CN</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1866"/>
        <source>Common Name</source>
        <translation>Common Name</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1871"/>
        <source>Subject O</source>
        <translation>対象O</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1874"/>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1783"/>
        <location filename="../PreferencesDialog.ui" line="1879"/>
        <source>Valid from</source>
        <translation>証明開始</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1788"/>
        <location filename="../PreferencesDialog.ui" line="1884"/>
        <source>Valid to</source>
        <translation>証明終了</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1793"/>
        <location filename="../PreferencesDialog.ui" line="1889"/>
        <source>Serial number</source>
        <translation>シリアル番号</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1737"/>
        <source>Your certificates</source>
        <translation>あなたの証明書</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="865"/>
        <source>Threshold for completion and calculation on selection</source>
        <translation>補完と選択範囲内の計算の閾値</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="875"/>
        <source>Show images in cell</source>
        <translation>セル内に画像を表示</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="885"/>
        <source>Enable this option to show a preview of BLOBs containing image data in the cells. This can affect the performance of the data browser, however.</source>
        <translation>このオプションを有効にすると、セル内の画像データを含む BLOB のプレビューができます。しかし、これはデータ閲覧の性能に影響します。</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1762"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1770"/>
        <source>Subject Common Name</source>
        <translation>対象Common Name</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1775"/>
        <source>Issuer CN</source>
        <translation>発行者CN</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1778"/>
        <source>Issuer Common Name</source>
        <translation>発行者Common Name</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1903"/>
        <source>Clone databases into</source>
        <translation>ここにデータベースを複製</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.cpp" line="71"/>
        <location filename="../PreferencesDialog.cpp" line="653"/>
        <source>Choose a directory</source>
        <translation>ディレクトリーを選択</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.cpp" line="335"/>
        <location filename="../PreferencesDialog.cpp" line="727"/>
        <source>The language will change after you restart the application.</source>
        <translation>アプリケーションを再起動すると、言語が変更されます。</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.cpp" line="414"/>
        <source>Select extension file</source>
        <translation>拡張ファイルを選択</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.cpp" line="415"/>
        <source>Extensions(*.so *.dylib *.dll);;All files(*)</source>
        <translation>拡張(*.so *.dylib *.dll);;すべてのファイル(*)</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.cpp" line="579"/>
        <source>Import certificate file</source>
        <translation>証明書ファイルをインポート</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.cpp" line="587"/>
        <source>No certificates found in this file.</source>
        <translation>このファイルに証明書が見つかりません。</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.cpp" line="604"/>
        <source>Are you sure you want do remove this certificate? All certificate data will be deleted from the application settings!</source>
        <translation>本当にこの証明書を削除しますか? すべての証明書データはこのアプリケーション設定から削除されます!</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.cpp" line="689"/>
        <source>Are you sure you want to clear all the saved settings?
All your preferences will be lost and default values will be used.</source>
        <translation>本当に保存された設定を削除しますか?
すべての設定は失われ、デフォルト値が使用されます。</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.cpp" line="707"/>
        <source>Save Settings File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.cpp" line="707"/>
        <location filename="../PreferencesDialog.cpp" line="717"/>
        <source>Initialization File (*.ini)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.cpp" line="711"/>
        <source>The settings file has been saved in location :
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.cpp" line="717"/>
        <source>Open Settings File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.cpp" line="724"/>
        <source>The settings file was loaded properly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.cpp" line="731"/>
        <source>The selected settings file is not a normal settings file.
Please check again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProxyDialog</name>
    <message>
        <location filename="../ProxyDialog.ui" line="14"/>
        <source>Proxy Configuration</source>
        <translation>プロキシ設定</translation>
    </message>
    <message>
        <location filename="../ProxyDialog.ui" line="22"/>
        <source>Pro&amp;xy Type</source>
        <translation>プロキシタイプ(&amp;X)</translation>
    </message>
    <message>
        <location filename="../ProxyDialog.ui" line="35"/>
        <source>Host Na&amp;me</source>
        <translation>ホスト名(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ProxyDialog.ui" line="48"/>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <location filename="../ProxyDialog.ui" line="68"/>
        <source>Authentication Re&amp;quired</source>
        <translation>認証が必要(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ProxyDialog.ui" line="81"/>
        <source>&amp;User Name</source>
        <translation>ユーザー名(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ProxyDialog.ui" line="94"/>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location filename="../ProxyDialog.cpp" line="12"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../ProxyDialog.cpp" line="13"/>
        <source>System settings</source>
        <translation>システム設定</translation>
    </message>
    <message>
        <location filename="../ProxyDialog.cpp" line="14"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location filename="../ProxyDialog.cpp" line="15"/>
        <source>Socks v5</source>
        <translation>Socks v5</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../FileDialog.cpp" line="82"/>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.cpp" line="113"/>
        <source>Error importing data</source>
        <translation>データのインポートでエラー</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.cpp" line="115"/>
        <source> from record number %1</source>
        <translation> レコード番号 %1 で</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.cpp" line="116"/>
        <source>.
%1</source>
        <translation>.
%1</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.cpp" line="128"/>
        <source>Importing CSV file...</source>
        <translation>CSVファイルをインポート中...</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.cpp" line="129"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../Settings.cpp" line="265"/>
        <source>SQLite database files (*.db *.sqlite *.sqlite3 *.db3)</source>
        <translation>SQLite データベースファイル (*.db *.sqlite *.sqlite3 *.db3)</translation>
    </message>
    <message>
        <location filename="../CondFormat.h" line="25"/>
        <source>Left</source>
        <translation>左</translation>
    </message>
    <message>
        <location filename="../CondFormat.h" line="25"/>
        <source>Right</source>
        <translation>右</translation>
    </message>
    <message>
        <location filename="../CondFormat.h" line="25"/>
        <source>Center</source>
        <translation>中央</translation>
    </message>
    <message>
        <location filename="../CondFormat.h" line="25"/>
        <source>Justify</source>
        <translation>均等</translation>
    </message>
    <message>
        <location filename="../FileDialog.h" line="13"/>
        <source>SQLite Database Files (*.db *.sqlite *.sqlite3 *.db3)</source>
        <translation>SQLite データベースファイル (*.db *.sqlite *.sqlite3 *.db3)</translation>
    </message>
    <message>
        <location filename="../FileDialog.h" line="16"/>
        <source>DB Browser for SQLite Project Files (*.sqbpro)</source>
        <translation>DB Browser for SQLite プロジェクトファイル (*.sqbpro)</translation>
    </message>
    <message>
        <location filename="../FileDialog.h" line="20"/>
        <source>SQL Files (*.sql)</source>
        <translation>SQL ファイル (*.sql)</translation>
    </message>
    <message>
        <location filename="../FileDialog.h" line="24"/>
        <source>All Files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../FileDialog.h" line="27"/>
        <source>Text Files (*.txt)</source>
        <translation>テキストファイル (*.txt)</translation>
    </message>
    <message>
        <location filename="../FileDialog.h" line="31"/>
        <source>Comma-Separated Values Files (*.csv)</source>
        <translation>カンマ区切りファイル (*.csv)</translation>
    </message>
    <message>
        <location filename="../FileDialog.h" line="33"/>
        <source>Tab-Separated Values Files (*.tsv)</source>
        <translation>タブ区切りファイル (*.tsv)</translation>
    </message>
    <message>
        <location filename="../FileDialog.h" line="34"/>
        <source>Delimiter-Separated Values Files (*.dsv)</source>
        <translation>区切りファイル (*.dsv)</translation>
    </message>
    <message>
        <location filename="../FileDialog.h" line="35"/>
        <source>Concordance DAT files (*.dat)</source>
        <translation>用語索引 DAT ファイル (*.dat)</translation>
    </message>
    <message>
        <location filename="../FileDialog.h" line="38"/>
        <source>JSON Files (*.json *.js)</source>
        <translation>JSONファイル (*.json *.js)</translation>
    </message>
    <message>
        <location filename="../FileDialog.h" line="42"/>
        <source>XML Files (*.xml)</source>
        <translation>XMLファイル (*.xml)</translation>
    </message>
    <message>
        <location filename="../FileDialog.h" line="46"/>
        <source>Binary Files (*.bin *.dat)</source>
        <translation>バイナリーファイル (*.bin *.dat)</translation>
    </message>
    <message>
        <location filename="../FileDialog.h" line="50"/>
        <source>SVG Files (*.svg)</source>
        <translation>SVG ファイル (*.svg)</translation>
    </message>
    <message>
        <location filename="../FileDialog.h" line="54"/>
        <source>Hex Dump Files (*.dat *.bin)</source>
        <translation>十六進ダンプファイル (*.dat *.bin)</translation>
    </message>
    <message>
        <location filename="../FileDialog.h" line="57"/>
        <source>Extensions (*.so *.dylib *.dll)</source>
        <translation>拡張 (*.so *.dylib *.dll)</translation>
    </message>
    <message>
        <location filename="../FileDialog.h" line="60"/>
        <source>Initialization File (*.ini)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoteCommitsModel</name>
    <message>
        <location filename="../RemoteCommitsModel.cpp" line="13"/>
        <source>Commit ID</source>
        <translation>コミットID</translation>
    </message>
    <message>
        <location filename="../RemoteCommitsModel.cpp" line="13"/>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <location filename="../RemoteCommitsModel.cpp" line="13"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../RemoteCommitsModel.cpp" line="13"/>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <location filename="../RemoteCommitsModel.cpp" line="13"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location filename="../RemoteCommitsModel.cpp" line="65"/>
        <source>Authored and committed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../RemoteCommitsModel.cpp" line="67"/>
        <source>Authored by %1, committed by %2</source>
        <translation>%1 が作成, %2 がコミットしました</translation>
    </message>
</context>
<context>
    <name>RemoteDatabase</name>
    <message>
        <location filename="../RemoteDatabase.cpp" line="56"/>
        <source>Error opening local databases list.
%1</source>
        <translation>ローカルデータベースの一覧を開くときにエラー。
%1</translation>
    </message>
    <message>
        <location filename="../RemoteDatabase.cpp" line="74"/>
        <source>Error creating local databases list.
%1</source>
        <translation>ローカルデータベースの一覧の作成でエラー。
%1</translation>
    </message>
</context>
<context>
    <name>RemoteDock</name>
    <message>
        <location filename="../RemoteDock.ui" line="14"/>
        <source>Remote</source>
        <translation>リモート</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="53"/>
        <source>Identity</source>
        <translation>アイデンティティー</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="83"/>
        <source>Push currently opened database to server</source>
        <translation>現在開いているデータベースをサーバーにプッシュします</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="86"/>
        <source>Upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="106"/>
        <source>DBHub.io</source>
        <translation>DBHub.io</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="139"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;In this pane, remote databases from dbhub.io website can be added to DB Browser for SQLite. First you need an identity:&lt;/p&gt;&lt;ol style=&quot;margin-top: 0px; margin-bottom: 0px; margin-left: 0px; margin-right: 0px; -qt-list-indent: 1;&quot;&gt;&lt;li style=&quot; margin-top:12px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;Login to the dbhub.io website (use your GitHub credentials or whatever you want)&lt;/li&gt;&lt;li style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;Click the button to &amp;quot;Generate client certificate&amp;quot; (that&apos;s your identity). That&apos;ll give you a certificate file (save it to your local disk).&lt;/li&gt;&lt;li style=&quot; margin-top:0px; margin-bottom:12px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;Go to the Remote tab in DB Browser for SQLite Preferences. Click the button to add a new certificate to DB Browser for SQLite and choose the just downloaded certificate file.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Now the Remote panel shows your identity and you can add remote databases.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="147"/>
        <source>Local</source>
        <translation>ローカル</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="173"/>
        <source>Current Database</source>
        <translation>現在のデータベース</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="204"/>
        <source>Clone</source>
        <translation>クローン</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="213"/>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="230"/>
        <source>Database</source>
        <translation>データベース</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="247"/>
        <source>Branch</source>
        <translation>ブランチ</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="267"/>
        <source>Commits</source>
        <translation>コミット</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="287"/>
        <source>Commits for</source>
        <translation>これにコミット</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="414"/>
        <source>Delete Database</source>
        <translation>データベースを削除</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="417"/>
        <source>Delete the local clone of this database</source>
        <translation>このデータベースのローカルクローンを削除</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="426"/>
        <source>Open in Web Browser</source>
        <translation>ウェブブラウザーで開く</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="429"/>
        <source>Open the web page for the current database in your browser</source>
        <translation>ブラウザで現在のデータベースのウェブページを開く</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="438"/>
        <source>Clone from Link</source>
        <translation>リンクからクローン</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="441"/>
        <source>Use this to download a remote database for local editing using a URL as provided on the web page of the database.</source>
        <translation>データベースのウェブページで提供されるURLを使って、ローカル編集用のリモートデータベースをダウンロードするには、これを使います。</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="450"/>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="453"/>
        <source>Reload all data and update the views</source>
        <translation>全てのデータを再読み込みしビューを更新する</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="456"/>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="465"/>
        <source>Clone Database</source>
        <translation>データベースをクローン</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="480"/>
        <source>Open Database</source>
        <translation>データベースを開く</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="483"/>
        <source>Open the local copy of this database</source>
        <translation>このデータベースのローカルコピーを開く</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="494"/>
        <source>Check out Commit</source>
        <translation>コミットをチェックアウト</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="497"/>
        <source>Download and open this specific commit</source>
        <translation>この特定のコミットをダウンロードし開く</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="512"/>
        <source>Check out Latest Commit</source>
        <translation>最新のコミットをチェックアウト</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="515"/>
        <source>Check out the latest commit of the current branch</source>
        <translation>現在のブランチの最新のコミットをチェックアウト</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="520"/>
        <source>Save Revision to File</source>
        <translation>リヴィジョンをファイルに保存</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="523"/>
        <source>Saves the selected revision of the database to another file</source>
        <translation>データベースの選択したリヴィジョンをほかのファイルに保存</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="532"/>
        <source>Upload Database</source>
        <translation>データベースをアップロード</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="535"/>
        <source>Upload this database as a new commit</source>
        <translation>このデータベースを新しいコミットとしてアップロード</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="359"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;You are currently using a built-in, read-only identity. For uploading your database, you need to configure and use your DBHub.io account.&lt;/p&gt;&lt;p&gt;No DBHub.io account yet? &lt;a href=&quot;https://dbhub.io/&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#007af4;&quot;&gt;Create one now&lt;/span&gt;&lt;/a&gt; and import your certificate &lt;a href=&quot;#preferences&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#007af4;&quot;&gt;here&lt;/span&gt;&lt;/a&gt; to share your databases.&lt;/p&gt;&lt;p&gt;For online help visit &lt;a href=&quot;https://dbhub.io/about&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#007af4;&quot;&gt;here&lt;/span&gt;&lt;/a&gt;.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;あなたは現在組み込みの読み込み専用のアイデンティティーを使用しています。あなたのデータベースをアップロードするには、あなたの DBHub.io アカウントを設定し使う必要があります。&lt;/p&gt;&lt;p&gt;DBHub.io のアカウントがまだない? &lt;a href=&quot;https://dbhub.io/&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#007af4;&quot;&gt;今すぐアカウントを作り&lt;/span&gt;&lt;/a&gt;、あなたの証明書を&lt;a href=&quot;#preferences&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#007af4;&quot;&gt;ここから&lt;/span&gt;&lt;/a&gt;インポートしてデータベースを共有してください。&lt;/p&gt;&lt;p&gt;オンラインのヘルプは&lt;a href=&quot;https://dbhub.io/about&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#007af4;&quot;&gt;ここ&lt;/span&gt;&lt;/a&gt;を見てください。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="369"/>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <location filename="../RemoteDock.cpp" line="151"/>
        <source>Select an identity to connect</source>
        <translation>接続するアイデンティティーを選択</translation>
    </message>
    <message>
        <location filename="../RemoteDock.cpp" line="163"/>
        <source>Public</source>
        <translation>公開</translation>
    </message>
    <message>
        <location filename="../RemoteDock.cpp" line="216"/>
        <source>This downloads a database from a remote server for local editing.
Please enter the URL to clone from. You can generate this URL by
clicking the &apos;Clone Database in DB4S&apos; button on the web page
of the database.</source>
        <translation>これはローカル編集用にリモートサーバーからデータベースをダウンロードします。
クローン元のURLを入力してください。このURLはデータベースの
ウェブページにある &apos;Clone Database in DB4S&apos; ボタンを
クリックして生成できます。</translation>
    </message>
    <message>
        <location filename="../RemoteDock.cpp" line="231"/>
        <source>Invalid URL: The host name does not match the host name of the current identity.</source>
        <translation>不正なURL: ホスト名が現在のアイデンティティーのホスト名と一致しません。</translation>
    </message>
    <message>
        <location filename="../RemoteDock.cpp" line="236"/>
        <source>Invalid URL: No branch name specified.</source>
        <translation>不正なURL: ブランチ名が指定されていません。</translation>
    </message>
    <message>
        <location filename="../RemoteDock.cpp" line="241"/>
        <source>Invalid URL: No commit ID specified.</source>
        <translation>不正なURL: コミットIDが指定されていません。</translation>
    </message>
    <message>
        <location filename="../RemoteDock.cpp" line="289"/>
        <source>You have modified the local clone of the database. Fetching this commit overrides these local changes.
Are you sure you want to proceed?</source>
        <translation>データベースのローカルクローンが編集されています。このコミットをフェッチするとローカルの変更が無視されます。
本当に実行しますか?</translation>
    </message>
    <message>
        <location filename="../RemoteDock.cpp" line="333"/>
        <source>The database has unsaved changes. Are you sure you want to push it before saving?</source>
        <translation>データベースに保存されていない変更があります。本当に保存前にプッシュしますか?</translation>
    </message>
    <message>
        <location filename="../RemoteDock.cpp" line="543"/>
        <source>The database you are trying to delete is currently opened. Please close it before deleting.</source>
        <translation>削除しようとしたデータベースは現在開かれています。削除前に閉じてください。</translation>
    </message>
    <message>
        <location filename="../RemoteDock.cpp" line="549"/>
        <source>This deletes the local version of this database with all the changes you have not committed yet. Are you sure you want to delete this database?</source>
        <translation>これはこのデータベースのローカルバージョンをまだコミットしていない変更と共に削除します。本当にこのデータベースを削除しますか?</translation>
    </message>
</context>
<context>
    <name>RemoteLocalFilesModel</name>
    <message>
        <location filename="../RemoteLocalFilesModel.cpp" line="20"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../RemoteLocalFilesModel.cpp" line="20"/>
        <source>Branch</source>
        <translation>ブランチ</translation>
    </message>
    <message>
        <location filename="../RemoteLocalFilesModel.cpp" line="20"/>
        <source>Last modified</source>
        <translation>最終変更</translation>
    </message>
    <message>
        <location filename="../RemoteLocalFilesModel.cpp" line="20"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location filename="../RemoteLocalFilesModel.cpp" line="20"/>
        <source>Commit</source>
        <translation>コミット</translation>
    </message>
    <message>
        <location filename="../RemoteLocalFilesModel.cpp" line="20"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
</context>
<context>
    <name>RemoteModel</name>
    <message>
        <location filename="../RemoteModel.cpp" line="109"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../RemoteModel.cpp" line="109"/>
        <source>Commit</source>
        <translation>コミット</translation>
    </message>
    <message>
        <location filename="../RemoteModel.cpp" line="109"/>
        <source>Last modified</source>
        <translation>最終変更</translation>
    </message>
    <message>
        <location filename="../RemoteModel.cpp" line="109"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location filename="../RemoteModel.cpp" line="231"/>
        <source>Size: </source>
        <translation>サイズ: </translation>
    </message>
    <message>
        <location filename="../RemoteModel.cpp" line="232"/>
        <source>Last Modified: </source>
        <translation>最終変更: </translation>
    </message>
    <message>
        <location filename="../RemoteModel.cpp" line="233"/>
        <source>Licence: </source>
        <translation>ライセンス: </translation>
    </message>
    <message>
        <location filename="../RemoteModel.cpp" line="234"/>
        <source>Default Branch: </source>
        <translation>デフォルトブランチ: </translation>
    </message>
</context>
<context>
    <name>RemoteNetwork</name>
    <message>
        <location filename="../RemoteNetwork.cpp" line="218"/>
        <source>Choose a location to save the file</source>
        <translation>ファイルを保存する場所を選択</translation>
    </message>
    <message>
        <location filename="../RemoteNetwork.cpp" line="250"/>
        <source>Error opening remote file at %1.
%2</source>
        <translation>%1 のリモートファイルを開くときにエラー.
%2</translation>
    </message>
    <message>
        <location filename="../RemoteNetwork.cpp" line="329"/>
        <source>Error: Invalid client certificate specified.</source>
        <translation>エラー: 不正なクライアント証明書が指定されました。</translation>
    </message>
    <message>
        <location filename="../RemoteNetwork.cpp" line="341"/>
        <source>Please enter the passphrase for this client certificate in order to authenticate.</source>
        <translation>このクライアント証明書を確認するためパスフレーズを入力してください。</translation>
    </message>
    <message>
        <location filename="../RemoteNetwork.cpp" line="365"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../RemoteNetwork.cpp" line="370"/>
        <source>Uploading remote database to
%1</source>
        <translation>リモートデータベースをここにアップロード中
%1</translation>
    </message>
    <message>
        <location filename="../RemoteNetwork.cpp" line="372"/>
        <source>Downloading remote database from
%1</source>
        <translation>リモートデータベースをここからダウンロード中
%1</translation>
    </message>
    <message>
        <location filename="../RemoteNetwork.cpp" line="390"/>
        <location filename="../RemoteNetwork.cpp" line="456"/>
        <source>Error: The network is not accessible.</source>
        <translation>エラー: ネットワークにアクセスできません。</translation>
    </message>
    <message>
        <location filename="../RemoteNetwork.cpp" line="465"/>
        <source>Error: Cannot open the file for sending.</source>
        <translation>エラー: 送信するファイルを開けません。</translation>
    </message>
</context>
<context>
    <name>RemotePushDialog</name>
    <message>
        <location filename="../RemotePushDialog.ui" line="14"/>
        <source>Push database</source>
        <translation>データベースをプッシュ</translation>
    </message>
    <message>
        <location filename="../RemotePushDialog.ui" line="22"/>
        <source>Database na&amp;me to push to</source>
        <translation>プッシュするデータベースの名前(&amp;M)</translation>
    </message>
    <message>
        <location filename="../RemotePushDialog.ui" line="39"/>
        <source>Commit message</source>
        <translation>コミットメッセージ</translation>
    </message>
    <message>
        <location filename="../RemotePushDialog.ui" line="63"/>
        <source>Database licence</source>
        <translation>データベースライセンス</translation>
    </message>
    <message>
        <location filename="../RemotePushDialog.ui" line="83"/>
        <source>Public</source>
        <translation>公開</translation>
    </message>
    <message>
        <location filename="../RemotePushDialog.ui" line="96"/>
        <source>Branch</source>
        <translation>ブランチ</translation>
    </message>
    <message>
        <location filename="../RemotePushDialog.ui" line="116"/>
        <source>Force push</source>
        <translation>強制プッシュ</translation>
    </message>
    <message>
        <location filename="../RemotePushDialog.ui" line="129"/>
        <source>Username</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <location filename="../RemotePushDialog.cpp" line="72"/>
        <source>Database will be public. Everyone has read access to it.</source>
        <translation>データベースを公開にします。すべての人がアクセスできます。</translation>
    </message>
    <message>
        <location filename="../RemotePushDialog.cpp" line="74"/>
        <source>Database will be private. Only you have access to it.</source>
        <translation>データベースを非公開にします。あなただけがアクセスできます。</translation>
    </message>
    <message>
        <location filename="../RemotePushDialog.cpp" line="78"/>
        <source>Use with care. This can cause remote commits to be deleted.</source>
        <translation>注意して使用してください。これはリモートコミットが削除される可能性があります。</translation>
    </message>
</context>
<context>
    <name>RunSql</name>
    <message>
        <location filename="../RunSql.cpp" line="122"/>
        <source>Execution aborted by user</source>
        <translation>実行はユーザーにより中止されました</translation>
    </message>
    <message>
        <location filename="../RunSql.cpp" line="207"/>
        <source>, %1 rows affected</source>
        <translation>, %1 行に影響を与えました</translation>
    </message>
    <message>
        <location filename="../RunSql.cpp" line="221"/>
        <source>query executed successfully. Took %1ms%2</source>
        <translation>クエリーの実行に成功しました。 %1ms%2 かかりました</translation>
    </message>
    <message>
        <location filename="../RunSql.cpp" line="299"/>
        <source>executing query</source>
        <translation>実行クエリー</translation>
    </message>
</context>
<context>
    <name>SelectItemsPopup</name>
    <message>
        <location filename="../SelectItemsPopup.ui" line="34"/>
        <source>A&amp;vailable</source>
        <translation>使用可能(&amp;V)</translation>
    </message>
    <message>
        <location filename="../SelectItemsPopup.ui" line="105"/>
        <source>Sele&amp;cted</source>
        <translation>選択済(&amp;C)</translation>
    </message>
</context>
<context>
    <name>SqlExecutionArea</name>
    <message>
        <location filename="../SqlExecutionArea.ui" line="14"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="../SqlExecutionArea.ui" line="81"/>
        <source>Find previous match [Shift+F3]</source>
        <translation>前を検索 [Shift+F3]</translation>
    </message>
    <message>
        <location filename="../SqlExecutionArea.ui" line="84"/>
        <source>Find previous match with wrapping</source>
        <translation>ワードラップ込みで前を検索</translation>
    </message>
    <message>
        <location filename="../SqlExecutionArea.ui" line="91"/>
        <source>Shift+F3</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../SqlExecutionArea.ui" line="105"/>
        <source>The found pattern must be a whole word</source>
        <translation>単語単位で検索します</translation>
    </message>
    <message>
        <location filename="../SqlExecutionArea.ui" line="108"/>
        <source>Whole Words</source>
        <translation>単語単位</translation>
    </message>
    <message>
        <location filename="../SqlExecutionArea.ui" line="118"/>
        <source>Text pattern to find considering the checks in this frame</source>
        <translation>このフレームでのチェックボックスを考慮した検索文字列</translation>
    </message>
    <message>
        <location filename="../SqlExecutionArea.ui" line="121"/>
        <source>Find in editor</source>
        <translation>エディター内を検索</translation>
    </message>
    <message>
        <location filename="../SqlExecutionArea.ui" line="131"/>
        <source>The found pattern must match in letter case</source>
        <translation>大/小文字を区別します</translation>
    </message>
    <message>
        <location filename="../SqlExecutionArea.ui" line="134"/>
        <source>Case Sensitive</source>
        <translation>大/小文字を区別</translation>
    </message>
    <message>
        <location filename="../SqlExecutionArea.ui" line="141"/>
        <source>Find next match [Enter, F3]</source>
        <translation>次を検索 [Enter, F3]</translation>
    </message>
    <message>
        <location filename="../SqlExecutionArea.ui" line="144"/>
        <source>Find next match with wrapping</source>
        <translation>マッピングで次を検索</translation>
    </message>
    <message>
        <location filename="../SqlExecutionArea.ui" line="151"/>
        <source>F3</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../SqlExecutionArea.ui" line="158"/>
        <source>Interpret search pattern as a regular expression</source>
        <translation>正規表現で検索</translation>
    </message>
    <message>
        <location filename="../SqlExecutionArea.ui" line="161"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;When checked, the pattern to find is interpreted as a UNIX regular expression. See &lt;a href=&quot;https://en.wikibooks.org/wiki/Regular_Expressions&quot;&gt;Regular Expression in Wikibooks&lt;/a&gt;.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;設定すると、検索条件はUNIX正規表現と解釈されます。以下を参照 &lt;a href=&quot;https://ja.wikibooks.org/wiki/%E6%AD%A3%E8%A6%8F%E8%A1%A8%E7%8F%BE&quot;&gt;Wikibooksの正規表現&lt;/a&gt;。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../SqlExecutionArea.ui" line="164"/>
        <source>Regular Expression</source>
        <translation>正規表現</translation>
    </message>
    <message>
        <location filename="../SqlExecutionArea.ui" line="184"/>
        <location filename="../SqlExecutionArea.ui" line="187"/>
        <source>Close Find Bar</source>
        <translation>検索バーを閉じる</translation>
    </message>
    <message>
        <location filename="../SqlExecutionArea.ui" line="232"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Results of the last executed statements.&lt;/p&gt;&lt;p&gt;You may want to collapse this panel and use the &lt;span style=&quot; font-style:italic;&quot;&gt;SQL Log&lt;/span&gt; dock with &lt;span style=&quot; font-style:italic;&quot;&gt;User&lt;/span&gt; selection instead.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;最後に実行した文の結果。&lt;/p&gt;&lt;p&gt;このパネルを折りたたんで、&lt;span style=&quot; font-style:italic;&quot;&gt;SQL Log&lt;/span&gt;ドックで&lt;span style=&quot; font-style:italic;&quot;&gt;ユーザー&lt;/span&gt;を選択して表示させることもできます。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../SqlExecutionArea.ui" line="235"/>
        <source>This field shows the results and status codes of the last executed statements.</source>
        <translation>このフィールドには最後に実行した文の結果とステータスコードが表示されます。</translation>
    </message>
    <message>
        <location filename="../SqlExecutionArea.ui" line="253"/>
        <source>Results of the last executed statements</source>
        <translation>最後に実行した文の結果</translation>
    </message>
    <message>
        <location filename="../SqlExecutionArea.cpp" line="239"/>
        <source>Couldn&apos;t read file: %1.</source>
        <translation>ファイルを読めません: %1.</translation>
    </message>
    <message>
        <location filename="../SqlExecutionArea.cpp" line="269"/>
        <location filename="../SqlExecutionArea.cpp" line="287"/>
        <source>Couldn&apos;t save file: %1.</source>
        <translation>ファイルを保存できません: %1.</translation>
    </message>
    <message>
        <location filename="../SqlExecutionArea.cpp" line="297"/>
        <source>Your changes will be lost when reloading it!</source>
        <translation>再読み込みすると変更が失われます!</translation>
    </message>
    <message>
        <location filename="../SqlExecutionArea.cpp" line="303"/>
        <source>The file &quot;%1&quot; was modified by another program. Do you want to reload it?%2</source>
        <translation>ファイル &quot;%1&quot; は他のプログラムによって変更されました。再読み込みしますか?%2</translation>
    </message>
</context>
<context>
    <name>SqlTextEdit</name>
    <message>
        <location filename="../sqltextedit.cpp" line="41"/>
        <source>Ctrl+/</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../sqltextedit.cpp" line="44"/>
        <source>Ctrl+PgDown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlUiLexer</name>
    <message>
        <location filename="../SqlUiLexer.cpp" line="66"/>
        <source>(X) The abs(X) function returns the absolute value of the numeric argument X.</source>
        <translation>(X) abs(X) 関数は、数値である引数 X の絶対値を返します。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="67"/>
        <source>() The changes() function returns the number of database rows that were changed or inserted or deleted by the most recently completed INSERT, DELETE, or UPDATE statement.</source>
        <translation>() changes() 関数は、最後に成功した INSERT, DELETE, UPDATE 文で、変更、挿入、削除されたデータベースの行数を返します。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="68"/>
        <source>(X1,X2,...) The char(X1,X2,...,XN) function returns a string composed of characters having the unicode code point values of integers X1 through XN, respectively. </source>
        <translation>(X1,X2,...) char(X1,X2,...,XN) 関数は、それぞれの文字が Unicode 符号位置で整数値 X1 から XN を持つ文字列を返します。 </translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="69"/>
        <source>(X,Y,...) The coalesce() function returns a copy of its first non-NULL argument, or NULL if all arguments are NULL</source>
        <translation>(X,Y,...) coalesce() 関数は NULL でない引数のうち、最も左の引数のコピーを返します。すべての引数が NULL ならば、NULL を返します</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="70"/>
        <source>(X,Y) The glob(X,Y) function is equivalent to the expression &quot;Y GLOB X&quot;.</source>
        <translation>(X,Y) glob(X,Y) 関数は次の式と同値です。 &quot;Y GLOB X&quot;.</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="71"/>
        <source>(X,Y) The ifnull() function returns a copy of its first non-NULL argument, or NULL if both arguments are NULL.</source>
        <translation>(X,Y) ifnull() 関数は NULL でない引数のうち、最も左の引数のコピーを返します。両方の引数が NULL ならば、NULL を返します。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="72"/>
        <source>(X,Y) The instr(X,Y) function finds the first occurrence of string Y within string X and returns the number of prior characters plus 1, or 0 if Y is nowhere found within X.</source>
        <translation>(X,Y) instr(X,Y) 関数は文字列 X 内にある最初の文字列 Y を検索し、その前の文字数に1を加えた値を返します。X に Y がない場合は0を返します。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="73"/>
        <source>(X) The hex() function interprets its argument as a BLOB and returns a string which is the upper-case hexadecimal rendering of the content of that blob.</source>
        <translation>(X) hex() 関数は引数を BLOB と解釈し、その中身を大文字の十六進数の文字列として返します。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="74"/>
        <source>(X,Y,Z) The iif(X,Y,Z) function returns the value Y if X is true, and Z otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="75"/>
        <source>() The last_insert_rowid() function returns the ROWID of the last row insert from the database connection which invoked the function.</source>
        <translation>() last_insert_rowid() 関数は、この関数を呼び出したデータベース接続が最後に INSERT した行の ROWID を返します。of the last row insert from the database connection which invoked the function.</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="76"/>
        <source>(X) For a string value X, the length(X) function returns the number of characters (not bytes) in X prior to the first NUL character.</source>
        <translation>(X) 文字列 X に対し、length(X) 関数は、最初の NULL 文字の前にある文字数(バイト数でなく)を返します。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="77"/>
        <source>(X,Y) The like() function is used to implement the &quot;Y LIKE X&quot; expression.</source>
        <translation>(X,Y) like() 関数は &quot;Y LIKE X&quot; 式と同値です。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="78"/>
        <source>(X,Y,Z) The like() function is used to implement the &quot;Y LIKE X ESCAPE Z&quot; expression.</source>
        <translation>(X,Y,Z) like() 関数は &quot;Y LIKE X ESCAPE Z&quot; 式と同値です。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="79"/>
        <source>(X) The load_extension(X) function loads SQLite extensions out of the shared library file named X.
Use of this function must be authorized from Preferences.</source>
        <translation>(X) load_extension(X) 関数は、名前が X の共有ライブラリからすぐに SQLite 拡張を読み込みます。.
この関数の使用には、設定ダイアログからの認証が必要です。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="80"/>
        <source>(X,Y) The load_extension(X) function loads SQLite extensions out of the shared library file named X using the entry point Y.
Use of this function must be authorized from Preferences.</source>
        <translation>(X) load_extension(X,Y) 関数は、名前が X の共有ライブラリのエントリーポイント Y からすぐに SQLite 拡張を読み込みます。.
この関数の使用には、設定ダイアログからの認証が必要です。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="81"/>
        <source>(X) The lower(X) function returns a copy of string X with all ASCII characters converted to lower case.</source>
        <translation>(X) lower(X) 関数は、すべて ASCII 文字である文字列 X を、すべて小文字に変換した文字列を返します。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="82"/>
        <source>(X) ltrim(X) removes spaces from the left side of X.</source>
        <translation>(X) ltrim(X) 関数は、X の左端にある空白を取り除きます。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="83"/>
        <source>(X,Y) The ltrim(X,Y) function returns a string formed by removing any and all characters that appear in Y from the left side of X.</source>
        <translation>(X,Y) ltrim(X,Y)関数は、X の左端から、 Y に含まれる文字をすべて取り除いた文字列を返します。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="84"/>
        <source>(X,Y,...) The multi-argument max() function returns the argument with the maximum value, or return NULL if any argument is NULL.</source>
        <translation>(X,Y,...) 複数の引数を持つ max() 関数は引数の最大値を返します。引数に NULL が含まれている場合は NULL を返します。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="85"/>
        <source>(X,Y,...) The multi-argument min() function returns the argument with the minimum value.</source>
        <translation>(X,Y,...) 複数の引数を持つ min() 関数は引数の最小値を返します。引数に NULL が含まれている場合は NULL を返します。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="86"/>
        <source>(X,Y) The nullif(X,Y) function returns its first argument if the arguments are different and NULL if the arguments are the same.</source>
        <translation>(X,Y) nullif(X,Y) 関数は、二つの引数が違う場合第一引数を、同じ場合は NULL を返します。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="87"/>
        <source>(FORMAT,...) The printf(FORMAT,...) SQL function works like the sqlite3_mprintf() C-language function and the printf() function from the standard C library.</source>
        <translation>(FORMAT,...) printf(FORMAT,...) SQL 関数は、C言語の sqlite3_mprintf() 関数や、標準Cライブラリーの printf() 関数のように動作します。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="88"/>
        <source>(X) The quote(X) function returns the text of an SQL literal which is the value of its argument suitable for inclusion into an SQL statement.</source>
        <translation>(X) quote(X) 関数は、引数をSQL文に含めるのに適したSQLリテラルの文字にして返します。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="89"/>
        <source>() The random() function returns a pseudo-random integer between -9223372036854775808 and +9223372036854775807.</source>
        <translation>() random() 関数は、範囲が -9223372036854775808 から +9223372036854775807 の整数である疑似乱数を返します。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="90"/>
        <source>(N) The randomblob(N) function return an N-byte blob containing pseudo-random bytes.</source>
        <translation>(N) randomblob(N) 関数は、疑似乱数で構成された N バイトの BLOB を返します。function return an N-byte blob containing pseudo-random bytes.</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="91"/>
        <source>(X,Y,Z) The replace(X,Y,Z) function returns a string formed by substituting string Z for every occurrence of string Y in string X.</source>
        <translation>(X,Y,Z) replace(X,Y,Z) 関数は、文字列 X に含まれる文字列 Y をすべて文字列 Z に置き換えて返します。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="92"/>
        <source>(X) The round(X) function returns a floating-point value X rounded to zero digits to the right of the decimal point.</source>
        <translation>(X)  round(X) 関数は、浮動小数点数 X の小数点以下を四捨五入して返します。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="93"/>
        <source>(X,Y) The round(X,Y) function returns a floating-point value X rounded to Y digits to the right of the decimal point.</source>
        <translation>(X,Y) round(X,Y) 関数は、浮動小数点数 X を小数点第 Y 位までになるように四捨五入して返します。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="94"/>
        <source>(X) rtrim(X) removes spaces from the right side of X.</source>
        <translation>(X) rtrim(X) 関数は、X の右端にある空白を取り除きます。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="95"/>
        <source>(X,Y) The rtrim(X,Y) function returns a string formed by removing any and all characters that appear in Y from the right side of X.</source>
        <translation>(X,Y) rtrim(X,Y) 関数は、X の右端から、 Y に含まれる文字をすべて取り除いた文字列を返します。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="96"/>
        <source>(X) The soundex(X) function returns a string that is the soundex encoding of the string X.</source>
        <translation>(X) soundex(X) 関数は、文字列 X を soundex にエンコードした文字列を返します。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="97"/>
        <source>(X,Y) substr(X,Y) returns all characters through the end of the string X beginning with the Y-th.</source>
        <translation>(X,Y) substr(X,Y) 関数は、文字列 Xの、先頭から Y 番目から末尾までの文字列を返します。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="98"/>
        <source>(X,Y,Z) The substr(X,Y,Z) function returns a substring of input string X that begins with the Y-th character and which is Z characters long.</source>
        <translation>(X,Y,Z) substr(X,Y,Z) 関数は、文字列 X の、先頭から Y 番目から Z 文字の文字列を返します。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="99"/>
        <source>() The total_changes() function returns the number of row changes caused by INSERT, UPDATE or DELETE statements since the current database connection was opened.</source>
        <translation>() total_changes() 関数は、現在開かれた接続のあるデータベースにおいて、INSERT、UPDATE、DELETEで変更された行数を返します。 returns the number of row changes caused by INSERT, UPDATE or DELETE statements since the current database connection was opened.</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="100"/>
        <source>(X) trim(X) removes spaces from both ends of X.</source>
        <translation>(X) trim(X) 関数は、X の両端にある空白を取り除きます。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="101"/>
        <source>(X,Y) The trim(X,Y) function returns a string formed by removing any and all characters that appear in Y from both ends of X.</source>
        <translation>(X,Y) trim(X,Y) 関数は、X の両端から、 Y に含まれる文字をすべて取り除いた文字列を返します。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="102"/>
        <source>(X) The typeof(X) function returns a string that indicates the datatype of the expression X.</source>
        <translation>(X) typeof(X) 関数は、式 X のデータ型を示す文字列を返します。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="103"/>
        <source>(X) The unicode(X) function returns the numeric unicode code point corresponding to the first character of the string X.</source>
        <translation>(X) unicode(X) 関数は、文字列 X の最初の文字に対応する Unicode 符号位置を返します。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="104"/>
        <source>(X) The upper(X) function returns a copy of input string X in which all lower-case ASCII characters are converted to their upper-case equivalent.</source>
        <translation>(X) upper(X) 関数は、すべて ASCII 文字である文字列 X を、すべて大文字に変換した文字列を返します。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="105"/>
        <source>(N) The zeroblob(N) function returns a BLOB consisting of N bytes of 0x00.</source>
        <translation>(N) zeroblob(N) 関数は、すべて 0x00 で埋められた、N バイトの BLOB を返します。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="107"/>
        <location filename="../SqlUiLexer.cpp" line="108"/>
        <location filename="../SqlUiLexer.cpp" line="109"/>
        <location filename="../SqlUiLexer.cpp" line="110"/>
        <source>(timestring,modifier,modifier,...)</source>
        <translation>(時刻文字列, 修飾子, 修飾子,...)</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="111"/>
        <source>(format,timestring,modifier,modifier,...)</source>
        <translation>(フォーマット, 時刻文字列, 修飾子, 修飾子,...)</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="113"/>
        <source>(X) The avg() function returns the average value of all non-NULL X within a group.</source>
        <translation>(X) avg() 関数は、グループ内の非NULLな値の平均を返します。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="114"/>
        <source>(X) The count(X) function returns a count of the number of times that X is not NULL in a group.</source>
        <translation>(X) count(X) 関数はグループ内にある、NULLでない X の件数を返します。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="115"/>
        <source>(X) The group_concat() function returns a string which is the concatenation of all non-NULL values of X.</source>
        <translation>(X) group_concat() 関数は、非NULLなすべての X を連結した文字列を返します。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="116"/>
        <source>(X,Y) The group_concat() function returns a string which is the concatenation of all non-NULL values of X. If parameter Y is present then it is used as the separator between instances of X.</source>
        <translation>(X,Y) group_concat() 関数は、非NULLなすべての X を連結した文字列を返します。もし、引数 Y が存在するならば、X を連結するときの区切り文字として使用します。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="117"/>
        <source>(X) The max() aggregate function returns the maximum value of all values in the group.</source>
        <translation>(X) max() 集計関数は、グループ内の(非NULLである)最大値を返します。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="118"/>
        <source>(X) The min() aggregate function returns the minimum non-NULL value of all values in the group.</source>
        <translation>(X) min() 集計関数は、グループ内の(非NULLである)最小値を返します。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="119"/>
        <location filename="../SqlUiLexer.cpp" line="120"/>
        <source>(X) The sum() and total() aggregate functions return sum of all non-NULL values in the group.</source>
        <translation>(X) sum() と total() 集計関数は、グループ内の非NULLな値の合計を返します。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="122"/>
        <source>() The number of the row within the current partition. Rows are numbered starting from 1 in the order defined by the ORDER BY clause in the window definition, or in arbitrary order otherwise.</source>
        <translation>() 現在の分割内の行番号。行は、ウィンドウ定義の ORDER BY 句やそれ以外の任意の順序に従い、1 から順に番号付けされます。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="123"/>
        <source>() The row_number() of the first peer in each group - the rank of the current row with gaps. If there is no ORDER BY clause, then all rows are considered peers and this function always returns 1.</source>
        <translation>() 各グループの順位 - 同値は同順位で、次の値は重複分だけ順位がずれます。もし、ORDER BY 句がなければ、すべての行を同順位とみなし、常に 1 を返します。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="124"/>
        <source>() The number of the current row&apos;s peer group within its partition - the rank of the current row without gaps. Partitions are numbered starting from 1 in the order defined by the ORDER BY clause in the window definition. If there is no ORDER BY clause, then all rows are considered peers and this function always returns 1. </source>
        <translation>() 各グループの順位 - 同値は同順位で、次の値は重複に関わらず前の順位+1になります。パーティションはウィンドウ定義の ORDER BY 句やそれ以外の任意の順序に従い、1 から順に番号付けされます。もし、ORDER BY 句がなければ、すべての行を同順位とみなし、常に 1 を返します。 </translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="125"/>
        <source>() Despite the name, this function always returns a value between 0.0 and 1.0 equal to (rank - 1)/(partition-rows - 1), where rank is the value returned by built-in window function rank() and partition-rows is the total number of rows in the partition. If the partition contains only one row, this function returns 0.0. </source>
        <translation>() その名前にも関わらず、この関数は常に 0.0 から 1.0 の値を返します。この値は、(rank - 1)/(パーティション行数 - 1) です。ここで、rank は組み込みウィンドウ関数の rank()、パーティション行数はパーティション内の行の数です。もし、パーティションに1行しか含まれていなければ、この関数は 0.0 を返します。 </translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="126"/>
        <source>() The cumulative distribution. Calculated as row-number/partition-rows, where row-number is the value returned by row_number() for the last peer in the group and partition-rows the number of rows in the partition.</source>
        <translation>() 累積分布。(行番号)/(パーティション行数) で計算されます。ここで行番号はグループ内で row_number() で返された値、パーティション行数はパーティション内の行の数です。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="127"/>
        <source>(N) Argument N is handled as an integer. This function divides the partition into N groups as evenly as possible and assigns an integer between 1 and N to each group, in the order defined by the ORDER BY clause, or in arbitrary order otherwise. If necessary, larger groups occur first. This function returns the integer value assigned to the group that the current row is a part of.</source>
        <translation>(N) 引数 N はINTEGERとして扱われます。この関数はパーティションを ORDER BY 句やそれ以外の任意の順序に従い N 個のグループに可能な限り等分し、それぞれのグループに 1 から N のINTEGERをつけます。必要があれば、先頭のほうにあるグループの件数を多くするように割り当てられます。この関数は現在の行が含まれるグループに割り当てられたINTEGERを返します。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="128"/>
        <source>(expr) Returns the result of evaluating expression expr against the previous row in the partition. Or, if there is no previous row (because the current row is the first), NULL.</source>
        <translation>(expr) パーティション内の前の行に対して式 expr を評価した結果を返します。(先頭行のため)前の行がなければ、NULLを返します。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="129"/>
        <source>(expr,offset) If the offset argument is provided, then it must be a non-negative integer. In this case the value returned is the result of evaluating expr against the row offset rows before the current row within the partition. If offset is 0, then expr is evaluated against the current row. If there is no row offset rows before the current row, NULL is returned.</source>
        <translation>(expr,offset) 引数 offset が与えられる場合、非負のINTEGERである必要があります。この場合、パーティション内の offset だけ前の行に対して式 expr を評価した結果を返します。offset が 0 ならば、現在行に対して評価します。前の行がなければ、NULLを返します。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="130"/>
        <location filename="../SqlUiLexer.cpp" line="133"/>
        <source>(expr,offset,default) If default is also provided, then it is returned instead of NULL if the row identified by offset does not exist.</source>
        <translation>(expr,offset,default) default が与えられる場合、該当の行がなければ、NULL の代わりに defaul 値を返します。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="131"/>
        <source>(expr) Returns the result of evaluating expression expr against the next row in the partition. Or, if there is no next row (because the current row is the last), NULL.</source>
        <translation>(expr) パーティション内の次の行に対して式 expr を評価した結果を返します。(最終行のため)次の行がなければ、NULLを返します。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="132"/>
        <source>(expr,offset) If the offset argument is provided, then it must be a non-negative integer. In this case the value returned is the result of evaluating expr against the row offset rows after the current row within the partition. If offset is 0, then expr is evaluated against the current row. If there is no row offset rows after the current row, NULL is returned.</source>
        <translation>(expr,offset) 引数 offset が与えられる場合、非負のINTEGERである必要があります。この場合、パーティション内の offset だけ次の行に対して式 expr を評価した結果を返します。offset が 0 ならば、現在行に対して評価します。次の行がなければ、NULLを返します。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="134"/>
        <source>(expr) This built-in window function calculates the window frame for each row in the same way as an aggregate window function. It returns the value of expr evaluated against the first row in the window frame for each row.</source>
        <translation>(expr) この組み込みウィンドウ関数は、同じ集計ウィンドウ関数を使ってそれぞれの行のウィンドウフレームを計算します。各行のウィンドウフレームの最初の行に対して評価される expr の値を返します。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="135"/>
        <source>(expr) This built-in window function calculates the window frame for each row in the same way as an aggregate window function. It returns the value of expr evaluated against the last row in the window frame for each row.</source>
        <translation>(expr) この組み込みウィンドウ関数は、同じ集計ウィンドウ関数を使ってそれぞれの行のウィンドウフレームを計算します。各行のウィンドウフレームの最後の行に対して評価される expr の値を返します。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="136"/>
        <source>(expr,N) This built-in window function calculates the window frame for each row in the same way as an aggregate window function. It returns the value of expr evaluated against the row N of the window frame. Rows are numbered within the window frame starting from 1 in the order defined by the ORDER BY clause if one is present, or in arbitrary order otherwise. If there is no Nth row in the partition, then NULL is returned.</source>
        <translation>(expr,N) この組み込みウィンドウ関数は、同じ集計ウィンドウ関数を使ってそれぞれの行のウィンドウフレームを計算します。各行のウィンドウフレームの N 番目の行に対して評価される expr の値を返します。行は、ウィンドウ定義の ORDER BY 句やそれ以外の任意の順序に従い、1 から順に番号付けされます。 N 番目の行がパーティションにない場合、NULL が返されます。</translation>
    </message>
</context>
<context>
    <name>SqliteTableModel</name>
    <message>
        <location filename="../sqlitetablemodel.cpp" line="36"/>
        <source>reading rows</source>
        <translation>行を読み込み中</translation>
    </message>
    <message>
        <location filename="../sqlitetablemodel.cpp" line="339"/>
        <source>loading...</source>
        <translation>読み込み中...</translation>
    </message>
    <message>
        <location filename="../sqlitetablemodel.cpp" line="404"/>
        <source>References %1(%2)
Hold %3Shift and click to jump there</source>
        <translation>これを参照 %1(%2)
%3Shift を保持しクリックでジャンプ</translation>
    </message>
    <message>
        <location filename="../sqlitetablemodel.cpp" line="557"/>
        <source>Error changing data:
%1</source>
        <translation>データの変更でエラー:
%1</translation>
    </message>
    <message>
        <location filename="../sqlitetablemodel.cpp" line="798"/>
        <source>retrieving list of columns</source>
        <translation>カラムの一覧を取得中</translation>
    </message>
    <message>
        <location filename="../sqlitetablemodel.cpp" line="1026"/>
        <source>Fetching data...</source>
        <translation>データを取得中...</translation>
    </message>
    <message>
        <location filename="../sqlitetablemodel.cpp" line="1027"/>
        <location filename="../sqlitetablemodel.cpp" line="1029"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>TableBrowser</name>
    <message>
        <location filename="../TableBrowser.ui" line="14"/>
        <source>Browse Data</source>
        <translation>データ閲覧</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="43"/>
        <source>&amp;Table:</source>
        <translation>テーブル(&amp;T):</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="59"/>
        <source>Select a table to browse data</source>
        <translation>閲覧するデータのテーブルを選択</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="62"/>
        <source>Use this list to select a table to be displayed in the database view</source>
        <translation>この一覧を使ってデータベースビューに表示するテーブルを選択</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="177"/>
        <source>This is the database table view. You can do the following actions:
 - Start writing for editing inline the value.
 - Double-click any record to edit its contents in the cell editor window.
 - Alt+Del for deleting the cell content to NULL.
 - Ctrl+&quot; for duplicating the current record.
 - Ctrl+&apos; for copying the value from the cell above.
 - Standard selection and copy/paste operations.</source>
        <translation>これはデータベーステーブルのビューです。以下の操作ができます:
 - 値をインライン編集できます。
 - レコードをダブルクリックすると、セル編集ウィンドウで内容を編集できます。
 - Alt+Del でセルの内容をNULLにできます。
 - Ctrl+&quot; で現在のレコードを複製できます。
 - Ctrl+&apos; で上のセルの値をコピーできます。
 - 通常の操作で、選択/コピー/貼り付けができます。</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="253"/>
        <source>Text pattern to find considering the checks in this frame</source>
        <translation>このフレームでのチェックボックスを考慮した検索文字列</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="256"/>
        <source>Find in table</source>
        <translation>テーブルを検索</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="266"/>
        <source>Find previous match [Shift+F3]</source>
        <translation>前を検索 [Shift+F3]</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="269"/>
        <source>Find previous match with wrapping</source>
        <translation>折り返して前を検索</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="276"/>
        <source>Shift+F3</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="283"/>
        <source>Find next match [Enter, F3]</source>
        <translation>次を検索 [Enter, F3]</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="286"/>
        <source>Find next match with wrapping</source>
        <translation>折り返して次を検索</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="293"/>
        <source>F3</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="300"/>
        <source>The found pattern must match in letter case</source>
        <translation>大/小文字を区別します</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="303"/>
        <source>Case Sensitive</source>
        <translation>大/小文字を区別</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="310"/>
        <source>The found pattern must be a whole word</source>
        <translation>単語単位で検索します</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="313"/>
        <source>Whole Cell</source>
        <translation>セル全体に一致</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="320"/>
        <source>Interpret search pattern as a regular expression</source>
        <translation>正規表現で検索</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="323"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;When checked, the pattern to find is interpreted as a UNIX regular expression. See &lt;a href=&quot;https://en.wikibooks.org/wiki/Regular_Expressions&quot;&gt;Regular Expression in Wikibooks&lt;/a&gt;.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;設定すると、検索条件はUNIX正規表現と解釈されます。以下を参照 &lt;a href=&quot;https://ja.wikibooks.org/wiki/%E6%AD%A3%E8%A6%8F%E8%A1%A8%E7%8F%BE&quot;&gt;Wikibooksの正規表現&lt;/a&gt;。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="326"/>
        <source>Regular Expression</source>
        <translation>正規表現</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="346"/>
        <location filename="../TableBrowser.ui" line="349"/>
        <source>Close Find Bar</source>
        <translation>検索バーを閉じる</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="387"/>
        <source>Text to replace with</source>
        <translation>この文字列で置き換える</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="390"/>
        <source>Replace with</source>
        <translation>置換</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="400"/>
        <source>Replace next match</source>
        <translation>次に一致したものを置き換え</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="403"/>
        <location filename="../TableBrowser.ui" line="1039"/>
        <source>Replace</source>
        <translation>置換</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="410"/>
        <source>Replace all matches</source>
        <translation>一致したものすべてを置き換え</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="413"/>
        <source>Replace all</source>
        <translation>すべて置換</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="453"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Scroll to the beginning&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>先頭へ</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="456"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Clicking this button navigates to the beginning in the table view above.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;このボタンをクリックすると、上のテーブルビューを先頭まで移動します。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="459"/>
        <source>|&lt;</source>
        <translation>|&lt;</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="470"/>
        <source>Scroll one page upwards</source>
        <translation>1ページ前へ</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="473"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Clicking this button navigates one page of records upwards in the table view above.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;このボタンをクリックすると、上のテーブルビューを1ページ前へ移動します。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="476"/>
        <source>&lt;</source>
        <translation>&lt;</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="487"/>
        <source>0 - 0 of 0</source>
        <translation>0 - 0 of 0</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="494"/>
        <source>Scroll one page downwards</source>
        <translation>1ページ後へ</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="497"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Clicking this button navigates one page of records downwards in the table view above.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;このボタンをクリックすると、上のテーブルビューを1ページ後へ移動します。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="500"/>
        <source>&gt;</source>
        <translation>&gt;</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="511"/>
        <source>Scroll to the end</source>
        <translation>末尾へ</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="514"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Clicking this button navigates up to the end in the table view above.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="517"/>
        <source>&gt;|</source>
        <translation>&gt;|</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="541"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Click here to jump to the specified record&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;ここをクリックして指定のレコードまで移動&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="544"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;This button is used to navigate to the record number specified in the Go to area.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;このボタンは ここへ移動 の入力欄で指定された番号のレコードへ移動するために使用します。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="547"/>
        <source>Go to:</source>
        <translation>ここへ移動:</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="554"/>
        <source>Enter record number to browse</source>
        <translation>閲覧するレコードの番号を入力</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="557"/>
        <source>Type a record number in this area and click the Go to: button to display the record in the database view</source>
        <translation>この欄にレコードの番号を入力し、ここへ移動ボタンをクリックすると、データベースビューにレコードが表示されます</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="560"/>
        <source>1</source>
        <translation>1</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="572"/>
        <source>Show rowid column</source>
        <translation>rowidカラムを表示</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="575"/>
        <source>Toggle the visibility of the rowid column</source>
        <translation>rowidカラムの表示を切り替えます</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="583"/>
        <source>Unlock view editing</source>
        <translation>ビューの編集を開放</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="586"/>
        <source>This unlocks the current view for editing. However, you will need appropriate triggers for editing.</source>
        <translation>これは現在のビューで編集できるようにします。しかし、編集時のトリガーに対応する必要があります。</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="591"/>
        <source>Edit display format</source>
        <translation>表示書式を編集</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="594"/>
        <source>Edit the display format of the data in this column</source>
        <translation>このカラムのデータの表示書式を編集します</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="603"/>
        <location filename="../TableBrowser.ui" line="639"/>
        <source>New Record</source>
        <translation>新しいレコード</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="606"/>
        <location filename="../TableBrowser.ui" line="609"/>
        <source>Insert a new record in the current table</source>
        <translation>新しいレコードを現在のテーブルに挿入</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="612"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;This button creates a new record in the database. Hold the mouse button to open a pop-up menu of different options:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;New Record&lt;/span&gt;: insert a new record with default values in the database.&lt;/li&gt;&lt;li&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Insert Values...&lt;/span&gt;: open a dialog for entering values before they are inserted in the database. This allows to enter values acomplishing the different constraints. This dialog is also open if the &lt;span style=&quot; font-weight:600;&quot;&gt;New Record&lt;/span&gt; option fails due to these constraints.&lt;/li&gt;&lt;/ul&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;このボタンは新しいレコードをデータベースに作成します。マウスボタンを押したままにすると、違うオプションのポップアップメニューが開きます:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;新しいレコード&lt;/span&gt;: データベースにデフォルト値で新しいレコードを挿入します。&lt;/li&gt;&lt;li&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;値を挿入...&lt;/span&gt;: データベースに挿入する前にデータを入力するダイアログを開きます。これで他の制約を満たす値が入力できます。このダイアログは&lt;span style=&quot; font-weight:600;&quot;&gt;新しいレコード&lt;/span&gt;オプションがそれらの制約のせいで失敗したときにも開きます。&lt;/li&gt;&lt;/ul&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="621"/>
        <location filename="../TableBrowser.cpp" line="1089"/>
        <source>Delete Record</source>
        <translation>レコードを削除</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="624"/>
        <source>Delete the current record</source>
        <translation>現在のレコードを削除</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="627"/>
        <location filename="../TableBrowser.ui" line="630"/>
        <source>This button deletes the record or records currently selected in the table</source>
        <translation>このボタンはテーブルにある現在選択中のレコードを削除します</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="642"/>
        <location filename="../TableBrowser.ui" line="645"/>
        <source>Insert new record using default values in browsed table</source>
        <translation>閲覧中のテーブルのデフォルト値を使い新しいレコードを挿入します</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="650"/>
        <source>Insert Values...</source>
        <translation>値を挿入...</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="653"/>
        <location filename="../TableBrowser.ui" line="656"/>
        <source>Open a dialog for inserting values in a new record</source>
        <translation>新しいレコードに値を挿入するダイアログを開きます</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="661"/>
        <source>Export to &amp;CSV</source>
        <translation>CSVにエクスポート(&amp;C)</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="664"/>
        <location filename="../TableBrowser.ui" line="667"/>
        <source>Export the filtered data to CSV</source>
        <translation>フィルターされたデータをCSVにエクスポート</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="670"/>
        <source>This button exports the data of the browsed table as currently displayed (after filters, display formats and order column) as a CSV file.</source>
        <translation>このボタンは閲覧中のテーブルのデータを現在の表示通り(フィルター、表示形式、カラム順番)にCSVファイルにエクスポートします。</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="675"/>
        <source>Save as &amp;view</source>
        <translation>ビューとして保存(&amp;V)</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="678"/>
        <location filename="../TableBrowser.ui" line="681"/>
        <source>Save the current filter, sort column and display formats as a view</source>
        <translation>現在のフィルター、カラム順番、表示形式をビューに保存</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="684"/>
        <source>This button saves the current setting of the browsed table (filters, display formats and order column) as an SQL view that you can later browse or use in SQL statements.</source>
        <translation>このボタンは閲覧中のテーブルの現在の表示設定(フィルター、表示形式、カラム順番)をSQLビューとして保存し、あとで閲覧やSQL文として使用できるようにします。</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="693"/>
        <source>Save Table As...</source>
        <translation>テーブルに名前を付けて保存...</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="696"/>
        <location filename="../TableBrowser.ui" line="699"/>
        <source>Save the table as currently displayed</source>
        <translation>現在表示されているものをテーブルに保存</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="702"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;This popup menu provides the following options applying to the currently browsed and filtered table:&lt;/p&gt;&lt;ul style=&quot;margin-top: 0px; margin-bottom: 0px; margin-left: 0px; margin-right: 0px; -qt-list-indent: 1;&quot;&gt;&lt;li style=&quot; margin-top:12px; margin-bottom:12px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;Export to CSV: this option exports the data of the browsed table as currently displayed (after filters, display formats and order column) to a CSV file.&lt;/li&gt;&lt;li style=&quot; margin-top:12px; margin-bottom:12px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;Save as view: this option saves the current setting of the browsed table (filters, display formats and order column) as an SQL view that you can later browse or use in SQL statements.&lt;/li&gt;&lt;/ul&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;このポップアップメニューは現在閲覧しているテーブルに適用される以下のオプションを提供します。:&lt;/p&gt;&lt;ul style=&quot;margin-top: 0px; margin-bottom: 0px; margin-left: 0px; margin-right: 0px; -qt-list-indent: 1;&quot;&gt;&lt;li style=&quot; margin-top:12px; margin-bottom:12px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;CSVにエクスポート: このオプションは閲覧中のテーブルのデータを現在の表示通り(フィルター、表示形式、カラム順番)にCSVファイルにエクスポートします。&lt;/li&gt;&lt;li style=&quot; margin-top:12px; margin-bottom:12px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;ビューとして保存: このオプションは閲覧中のテーブルの現在の表示設定(フィルター、表示形式、カラム順番)をSQLビューとして保存し、あとで閲覧やSQL文として使用できるようにします。&lt;/li&gt;&lt;/ul&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="707"/>
        <source>Hide column(s)</source>
        <translation>カラムを隠す</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="710"/>
        <source>Hide selected column(s)</source>
        <translation>選択したカラムを隠す</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="715"/>
        <source>Show all columns</source>
        <translation>すべてのカラムを表示</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="718"/>
        <source>Show all columns that were hidden</source>
        <translation>隠されたすべてのカラムを表示</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="723"/>
        <location filename="../TableBrowser.cpp" line="1434"/>
        <source>Set encoding</source>
        <translation>エンコードの設定</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="726"/>
        <source>Change the encoding of the text in the table cells</source>
        <translation>テーブルのセルにあるテキストのエンコードを変更します</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="731"/>
        <source>Set encoding for all tables</source>
        <translation>すべてのテーブルのエンコードの設定</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="734"/>
        <source>Change the default encoding assumed for all tables in the database</source>
        <translation>データベース内のすべてのテーブルのデフォルトエンコードを変更します</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="743"/>
        <source>Clear Filters</source>
        <translation>フィルターを削除</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="746"/>
        <source>Clear all filters</source>
        <translation>すべてのフィルターを消去</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="749"/>
        <location filename="../TableBrowser.ui" line="752"/>
        <source>This button clears all the filters set in the header input fields for the currently browsed table.</source>
        <translation>このボタンで現在閲覧しているテーブルのヘッダー入力欄に設定されたすべてのフィルターを消去します。</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="761"/>
        <source>Clear Sorting</source>
        <translation>並べ替えを解除</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="764"/>
        <source>Reset the order of rows to the default</source>
        <translation>行の順番をデフォルトにリセットします</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="767"/>
        <location filename="../TableBrowser.ui" line="770"/>
        <source>This button clears the sorting columns specified for the currently browsed table and returns to the default order.</source>
        <translation>このボタンは、現在閲覧中のテーブルにある並び替えたカラムをデフォルトの順番に戻します。</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="779"/>
        <source>Print</source>
        <translation>印刷</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="782"/>
        <source>Print currently browsed table data</source>
        <translation>現在閲覧中のテーブルデータを印刷</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="788"/>
        <source>Print currently browsed table data. Print selection if more than one cell is selected.</source>
        <translation>現在閲覧中のテーブルデータを印刷します。複数のセルを選択している場合、選択範囲を印刷します。</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="791"/>
        <source>Ctrl+P</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="803"/>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="806"/>
        <source>Refresh the data in the selected table</source>
        <translation>選択したテーブルのデータを更新</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="809"/>
        <source>This button refreshes the data in the currently selected table.</source>
        <translation>このボタンで現在選択しているテーブルのデータを更新します。</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="812"/>
        <source>F5</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="827"/>
        <source>Find in cells</source>
        <translation>セル内を検索</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="830"/>
        <source>Open the find tool bar which allows you to search for values in the table view below.</source>
        <translation>テーブルビューの下に値を検索するための検索ツールバーを開きます。</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="1050"/>
        <source>Freeze columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="1053"/>
        <source>Make all columns from the first column up to this column not move when scrolling horizontally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="842"/>
        <location filename="../TableBrowser.ui" line="845"/>
        <source>Bold</source>
        <translation>太字</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="848"/>
        <source>Ctrl+B</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="860"/>
        <location filename="../TableBrowser.ui" line="863"/>
        <source>Italic</source>
        <translation>イタリック</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="875"/>
        <location filename="../TableBrowser.ui" line="878"/>
        <source>Underline</source>
        <translation>下線</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="881"/>
        <source>Ctrl+U</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="893"/>
        <location filename="../TableBrowser.ui" line="896"/>
        <source>Align Right</source>
        <translation>右揃え</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="908"/>
        <location filename="../TableBrowser.ui" line="911"/>
        <source>Align Left</source>
        <translation>左揃え</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="923"/>
        <location filename="../TableBrowser.ui" line="926"/>
        <source>Center Horizontally</source>
        <translation>中央揃え</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="938"/>
        <location filename="../TableBrowser.ui" line="941"/>
        <source>Justify</source>
        <translation>均等割付</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="950"/>
        <location filename="../TableBrowser.ui" line="953"/>
        <source>Edit Conditional Formats...</source>
        <translation>条件付き書式を編集...</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="956"/>
        <source>Edit conditional formats for the current column</source>
        <translation>現在のカラムの条件付き書式を編集します</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="965"/>
        <source>Clear Format</source>
        <translation>書式を削除</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="968"/>
        <source>Clear All Formats</source>
        <translation>すべての書式を削除</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="971"/>
        <location filename="../TableBrowser.ui" line="974"/>
        <source>Clear all cell formatting from selected cells and all conditional formats from selected columns</source>
        <translation>選択したセルのすべての書式を削除し、選択したカラムのすべての条件付き書式を削除します</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="983"/>
        <location filename="../TableBrowser.ui" line="986"/>
        <source>Font Color</source>
        <translation>フォント色</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="995"/>
        <location filename="../TableBrowser.ui" line="998"/>
        <source>Background Color</source>
        <translation>背景色</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="1010"/>
        <source>Toggle Format Toolbar</source>
        <translation>フォーマットツールバーを切り替え</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="1013"/>
        <source>Show/hide format toolbar</source>
        <translation>フォーマットツールバーを表示/非表示します</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="1016"/>
        <location filename="../TableBrowser.ui" line="1019"/>
        <source>This button shows or hides the formatting toolbar of the Data Browser</source>
        <translation>このボタンでデータ閲覧の書式ツールバーを表示/非表示します</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="1024"/>
        <source>Select column</source>
        <translation>カラムを選択</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="1027"/>
        <source>Ctrl+Space</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="1042"/>
        <source>Replace text in cells</source>
        <translation>セル内のテキストを置き換え</translation>
    </message>
    <message>
        <location filename="../TableBrowser.cpp" line="42"/>
        <source>Filter in any column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../TableBrowser.cpp" line="109"/>
        <source>Ctrl+R</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location filename="../TableBrowser.cpp" line="472"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../TableBrowser.cpp" line="474"/>
        <source>, %n column(s)</source>
        <translation>
            <numerusform>, %n カラム</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../TableBrowser.cpp" line="487"/>
        <source>. Sum: %1; Average: %2; Min: %3; Max: %4</source>
        <translation>. 合計: %1; 平均: %2; 最低: %3; 最高: %4</translation>
    </message>
    <message>
        <location filename="../TableBrowser.cpp" line="626"/>
        <source>Conditional formats for &quot;%1&quot;</source>
        <translation>&quot;%1&quot; の条件付き書式</translation>
    </message>
    <message>
        <location filename="../TableBrowser.cpp" line="707"/>
        <source>determining row count...</source>
        <translation>行数を計算中...</translation>
    </message>
    <message>
        <location filename="../TableBrowser.cpp" line="710"/>
        <source>%1 - %2 of &gt;= %3</source>
        <translation>%1 - %2 of &gt;= %3</translation>
    </message>
    <message>
        <location filename="../TableBrowser.cpp" line="713"/>
        <source>%1 - %2 of %3</source>
        <translation>%1 - %2 of %3</translation>
    </message>
    <message>
        <location filename="../TableBrowser.cpp" line="960"/>
        <source>Please enter a pseudo-primary key in order to enable editing on this view. This should be the name of a unique column in the view.</source>
        <translation>このビューでの編集を有効にするため、疑似主キーを入力してください。ビューに一意なカラムの名前が必要です。</translation>
    </message>
    <message>
        <location filename="../TableBrowser.cpp" line="1087"/>
        <source>Delete Records</source>
        <translation>レコードを削除</translation>
    </message>
    <message>
        <location filename="../TableBrowser.cpp" line="1221"/>
        <source>Duplicate records</source>
        <translation>レコードを複製</translation>
    </message>
    <message>
        <location filename="../TableBrowser.cpp" line="1221"/>
        <source>Duplicate record</source>
        <translation>レコードを複製</translation>
    </message>
    <message>
        <location filename="../TableBrowser.cpp" line="1225"/>
        <source>Ctrl+&quot;</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../TableBrowser.cpp" line="1244"/>
        <source>Adjust rows to contents</source>
        <translation>行を内容に合わせ調整</translation>
    </message>
    <message>
        <location filename="../TableBrowser.cpp" line="1297"/>
        <source>Error deleting record:
%1</source>
        <translation>レコードの削除でエラー:
%1</translation>
    </message>
    <message>
        <location filename="../TableBrowser.cpp" line="1306"/>
        <source>Please select a record first</source>
        <translation>最初にレコードを選択してください</translation>
    </message>
    <message>
        <location filename="../TableBrowser.cpp" line="1414"/>
        <source>There is no filter set for this table. View will not be created.</source>
        <translation>このテーブルにフィルターの設定はありません。ビューは作成されません。</translation>
    </message>
    <message>
        <location filename="../TableBrowser.cpp" line="1430"/>
        <source>Please choose a new encoding for all tables.</source>
        <translation>すべてのテーブルの新しいエンコードを選択してください。</translation>
    </message>
    <message>
        <location filename="../TableBrowser.cpp" line="1432"/>
        <source>Please choose a new encoding for this table.</source>
        <translation>すべてのテーブルの新しいエンコードを選択してください。</translation>
    </message>
    <message>
        <location filename="../TableBrowser.cpp" line="1435"/>
        <source>%1
Leave the field empty for using the database encoding.</source>
        <translation>%1
データベースのエンコードを使うため、フィールドを空にします。</translation>
    </message>
    <message>
        <location filename="../TableBrowser.cpp" line="1447"/>
        <source>This encoding is either not valid or not supported.</source>
        <translation>このエンコードは不正かサポートされていません。</translation>
    </message>
    <message>
        <location filename="../TableBrowser.cpp" line="1618"/>
        <source>%1 replacement(s) made.</source>
        <translation>%1 つ置き換えました。</translation>
    </message>
</context>
<context>
    <name>TableBrowserDock</name>
    <message>
        <location filename="../TableBrowserDock.cpp" line="62"/>
        <source>New Data Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../TableBrowserDock.cpp" line="66"/>
        <source>Rename Data Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../TableBrowserDock.cpp" line="72"/>
        <source>Close Data Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../TableBrowserDock.cpp" line="89"/>
        <source>Set a new name for the data browser. Use the &apos;&amp;&amp;&apos; character to allow using the following character as a keyboard shortcut.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VacuumDialog</name>
    <message>
        <location filename="../VacuumDialog.ui" line="14"/>
        <source>Compact Database</source>
        <translation>データベースを圧縮</translation>
    </message>
    <message>
        <location filename="../VacuumDialog.ui" line="26"/>
        <source>Warning: Compacting the database will commit all of your changes.</source>
        <translation>警告: データベースの圧縮はあなたの変更をすべてコミットします。</translation>
    </message>
    <message>
        <location filename="../VacuumDialog.ui" line="39"/>
        <source>Please select the databases to co&amp;mpact:</source>
        <translation>圧縮するデータベースを選択してください(&amp;M):</translation>
    </message>
</context>
</TS>
