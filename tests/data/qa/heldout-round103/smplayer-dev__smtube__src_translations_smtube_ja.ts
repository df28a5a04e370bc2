<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.0" language="ja">
<context>
    <name>About</name>
    <message>
        <location filename="../about.ui" line="14"/>
        <source>About...</source>
        <translation>バージョン情報...</translation>
    </message>
    <message>
        <location filename="../about.ui" line="33"/>
        <source>&amp;Info</source>
        <translation>情報(&amp;I)</translation>
    </message>
    <message>
        <location filename="../about.ui" line="53"/>
        <location filename="../about.ui" line="109"/>
        <location filename="../about.ui" line="165"/>
        <source>icon</source>
        <translation>icon</translation>
    </message>
    <message>
        <location filename="../about.ui" line="89"/>
        <source>&amp;Translators</source>
        <translation>翻訳者(&amp;T)</translation>
    </message>
    <message>
        <location filename="../about.ui" line="145"/>
        <source>&amp;License</source>
        <translation>ライセンス(&amp;L)</translation>
    </message>
    <message>
        <location filename="../about.cpp" line="33"/>
        <source>YouTube%1 Browser for SMPlayer</source>
        <translation>SMPlayer の YouTube%1 ブラウザー</translation>
    </message>
    <message>
        <location filename="../about.cpp" line="35"/>
        <source>Based on UMPlayer</source>
        <translation>基盤: UMPlayer</translation>
    </message>
    <message>
        <location filename="../about.cpp" line="37"/>
        <source>Version: %1</source>
        <translation>バージョン: %1</translation>
    </message>
    <message>
        <location filename="../about.cpp" line="39"/>
        <source>Portable Edition</source>
        <translation>ポータブル エディション</translation>
    </message>
    <message>
        <location filename="../about.cpp" line="42"/>
        <source>Compiled with Qt %1 (using %2)</source>
        <translation>Qt %1 でコンパイルされました (%2 を使用)</translation>
    </message>
    <message>
        <location filename="../about.cpp" line="46"/>
        <source>Visit our web for updates:</source>
        <translation>更新のためには私たちの Web にアクセスします:</translation>
    </message>
    <message>
        <location filename="../about.cpp" line="105"/>
        <source>Spanish</source>
        <translation>スペイン語</translation>
    </message>
    <message>
        <location filename="../about.cpp" line="122"/>
        <source>Russian</source>
        <translation>ロシア語</translation>
    </message>
    <message>
        <location filename="../about.cpp" line="115"/>
        <source>Lithuanian</source>
        <translation>リトアニア語</translation>
    </message>
    <message>
        <location filename="../about.cpp" line="109"/>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <location filename="../about.cpp" line="106"/>
        <source>Basque</source>
        <translation>バスク語</translation>
    </message>
    <message>
        <location filename="../about.cpp" line="111"/>
        <source>Portuguese</source>
        <translation>ポルトガル語</translation>
    </message>
    <message>
        <location filename="../about.cpp" line="126"/>
        <source>Hungarian</source>
        <translation>ハンガリー語</translation>
    </message>
    <message>
        <location filename="../about.cpp" line="121"/>
        <source>Polish</source>
        <translation>ポーランド語</translation>
    </message>
    <message>
        <location filename="../about.cpp" line="118"/>
        <source>Hebrew</source>
        <translation>ヘブライ語</translation>
    </message>
    <message>
        <location filename="../about.cpp" line="113"/>
        <source>Ukrainian</source>
        <translation>ウクライナ語</translation>
    </message>
    <message>
        <location filename="../about.cpp" line="132"/>
        <source>Norwegian Nynorsk</source>
        <translation>ノルウェー語 (ニノーシュク)</translation>
    </message>
    <message>
        <location filename="../about.cpp" line="108"/>
        <source>Czech</source>
        <translation>チェコ語</translation>
    </message>
    <message>
        <location filename="../about.cpp" line="99"/>
        <source>Many people contributed with translations.</source>
        <translation>多くの方に翻訳でご貢献いただきました。</translation>
    </message>
    <message>
        <location filename="../about.cpp" line="100"/>
        <source>You can also help to translate SMPlayer into your own language.</source>
        <translation>SMPlayer をお使いの言語に翻訳することもできます。</translation>
    </message>
    <message>
        <location filename="../about.cpp" line="101"/>
        <source>Visit %1 and join a translation team.</source>
        <translation>%1 にアクセスして翻訳チームに参加してください。</translation>
    </message>
    <message>
        <location filename="../about.cpp" line="103"/>
        <source>Current translators from the transifex teams:</source>
        <translation>Transifex チームの現在の翻訳者:</translation>
    </message>
    <message>
        <location filename="../about.cpp" line="110"/>
        <source>Korean</source>
        <translation>韓国語</translation>
    </message>
    <message>
        <location filename="../about.cpp" line="116"/>
        <source>Malay</source>
        <translation>マレー語</translation>
    </message>
    <message>
        <location filename="../about.cpp" line="117"/>
        <source>Portuguese - Brazil</source>
        <translation>ポルトガル語 - ブラジル</translation>
    </message>
    <message>
        <location filename="../about.cpp" line="119"/>
        <source>Simplified Chinese</source>
        <translation>簡体字中国語</translation>
    </message>
    <message>
        <location filename="../about.cpp" line="123"/>
        <source>French</source>
        <translation>フランス語</translation>
    </message>
    <message>
        <location filename="../about.cpp" line="125"/>
        <source>Danish</source>
        <translation>デンマーク語</translation>
    </message>
    <message>
        <location filename="../about.cpp" line="129"/>
        <source>German</source>
        <translation>ドイツ語</translation>
    </message>
    <message>
        <location filename="../about.cpp" line="130"/>
        <source>Traditional Chinese</source>
        <translation>繁体字中国語</translation>
    </message>
    <message>
        <location filename="../about.cpp" line="133"/>
        <source>Swedish</source>
        <translation>スウェーデン語</translation>
    </message>
    <message>
        <location filename="../about.cpp" line="127"/>
        <source>Turkish</source>
        <translation>トルコ語</translation>
    </message>
    <message>
        <location filename="../about.cpp" line="128"/>
        <source>Finnish</source>
        <translation>フィンランド語</translation>
    </message>
    <message>
        <location filename="../about.cpp" line="134"/>
        <source>Arabic</source>
        <translation>アラビア語</translation>
    </message>
    <message>
        <location filename="../about.cpp" line="137"/>
        <source>Georgian</source>
        <translation>グルジア語</translation>
    </message>
    <message>
        <location filename="../about.cpp" line="112"/>
        <source>Serbian</source>
        <translation>セルビア語</translation>
    </message>
    <message>
        <location filename="../about.cpp" line="107"/>
        <source>Croatian</source>
        <translation>クロアチア語</translation>
    </message>
    <message>
        <location filename="../about.cpp" line="131"/>
        <source>Bulgarian</source>
        <translation>ブルガリア語</translation>
    </message>
    <message>
        <location filename="../about.cpp" line="120"/>
        <source>Vietnamese</source>
        <translation>ベトナム語</translation>
    </message>
    <message>
        <location filename="../about.cpp" line="48"/>
        <source>THIS IS A REDUCED VERSION</source>
        <translation>これは縮小バージョンです</translation>
    </message>
    <message>
        <location filename="../about.cpp" line="49"/>
        <source>Visit our web to get the full version:</source>
        <translation>フル バージョンを取得するには私たちの Web サイトにアクセスしてください:</translation>
    </message>
    <message>
        <location filename="../about.cpp" line="124"/>
        <source>Indonesian</source>
        <translation>インドネシア語</translation>
    </message>
    <message>
        <location filename="../about.cpp" line="135"/>
        <source>Arabic - Saudi Arabia</source>
        <translation>アラビア語 - サウジアラビア</translation>
    </message>
    <message>
        <location filename="../about.cpp" line="136"/>
        <source>Arabic - Syria</source>
        <translation>アラビア語 - シリア</translation>
    </message>
    <message>
        <location filename="../about.cpp" line="138"/>
        <source>Sinhala</source>
        <translation>シンハラ語</translation>
    </message>
    <message>
        <location filename="../about.cpp" line="139"/>
        <source>Greek</source>
        <translation>ギリシャ語</translation>
    </message>
    <message>
        <location filename="../about.cpp" line="140"/>
        <source>Estonian</source>
        <translation>エストニア語</translation>
    </message>
    <message>
        <location filename="../about.cpp" line="141"/>
        <source>N&apos;ko</source>
        <translation>マンデ語</translation>
    </message>
    <message>
        <location filename="../about.cpp" line="142"/>
        <source>Italian</source>
        <translation>イタリア語</translation>
    </message>
    <message>
        <location filename="../about.cpp" line="143"/>
        <source>Uzbek</source>
        <translation>ウズベク語</translation>
    </message>
    <message>
        <location filename="../about.cpp" line="144"/>
        <source>Catalan</source>
        <translation>カタロニア語</translation>
    </message>
    <message>
        <location filename="../about.cpp" line="145"/>
        <source>Slovak</source>
        <translation>スロバキア語</translation>
    </message>
    <message>
        <location filename="../about.cpp" line="146"/>
        <source>British English</source>
        <translation>イギリス英語</translation>
    </message>
    <message>
        <location filename="../about.cpp" line="147"/>
        <source>Albanian</source>
        <translation>アルバニア語</translation>
    </message>
    <message>
        <location filename="../about.cpp" line="148"/>
        <source>Dutch</source>
        <translation>オランダ語</translation>
    </message>
    <message>
        <location filename="../about.cpp" line="149"/>
        <source>Romanian</source>
        <translation>ルーマニア語</translation>
    </message>
    <message>
        <location filename="../about.cpp" line="150"/>
        <source>Khmer</source>
        <translation>クメール語</translation>
    </message>
    <message>
        <location filename="../about.cpp" line="151"/>
        <source>Telugu</source>
        <translation>テルグ語</translation>
    </message>
    <message>
        <location filename="../about.cpp" line="152"/>
        <source>Tamil</source>
        <translation>タミル語</translation>
    </message>
    <message>
        <location filename="../about.cpp" line="153"/>
        <source>Malayalam</source>
        <translation>マラヤーラム語</translation>
    </message>
    <message>
        <location filename="../about.cpp" line="154"/>
        <source>Thai</source>
        <translation>タイ語</translation>
    </message>
    <message>
        <location filename="../about.cpp" line="155"/>
        <source>Persian</source>
        <translation>ペルシア語</translation>
    </message>
    <message>
        <location filename="../about.cpp" line="180"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <location filename="../about.cpp" line="114"/>
        <source>Galician</source>
        <translation>ガリシア語</translation>
    </message>
</context>
<context>
    <name>CodeDownloader</name>
    <message>
        <location filename="../codedownloader.cpp" line="37"/>
        <source>Downloading...</source>
        <translation>ダウンロード中...</translation>
    </message>
    <message>
        <location filename="../codedownloader.cpp" line="58"/>
        <source>Connecting to %1</source>
        <translation>%1 へ接続しています</translation>
    </message>
    <message>
        <location filename="../codedownloader.cpp" line="126"/>
        <source>The Youtube code has been updated successfully.</source>
        <translation>YouTube のコードは正常に更新されました。</translation>
    </message>
    <message>
        <location filename="../codedownloader.cpp" line="127"/>
        <source>Installed version: %1</source>
        <translation>インストールされたバージョン: %1</translation>
    </message>
    <message>
        <location filename="../codedownloader.cpp" line="128"/>
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../codedownloader.cpp" line="133"/>
        <location filename="../codedownloader.cpp" line="138"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../codedownloader.cpp" line="133"/>
        <source>An error happened writing %1</source>
        <translation>書き込みエラーが発生しました: %1</translation>
    </message>
    <message>
        <location filename="../codedownloader.cpp" line="138"/>
        <source>An error happened while downloading the file:&lt;br&gt;%1</source>
        <translation>ファイルのダウンロード中にエラーが発生しました:&lt;br&gt;%1</translation>
    </message>
</context>
<context>
    <name>ConfigDialog</name>
    <message>
        <location filename="../configdialog.ui" line="14"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../configdialog.ui" line="24"/>
        <source>&amp;General</source>
        <translation>全般(&amp;G)</translation>
    </message>
    <message>
        <location filename="../configdialog.ui" line="30"/>
        <source>Recording</source>
        <translation>録画</translation>
    </message>
    <message>
        <location filename="../configdialog.ui" line="38"/>
        <source>&amp;Save to this folder</source>
        <translation>保存するフォルダー(&amp;S)</translation>
    </message>
    <message>
        <location filename="../configdialog.ui" line="55"/>
        <source>&amp;Quality</source>
        <translation>品質(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../configdialog.ui" line="167"/>
        <source>Standard Feeds</source>
        <translation>標準フィード</translation>
    </message>
    <message>
        <location filename="../configdialog.ui" line="173"/>
        <source>&amp;Region:</source>
        <translation>検索(&amp;R):</translation>
    </message>
    <message>
        <location filename="../configdialog.ui" line="199"/>
        <source>Period of &amp;time:</source>
        <translation>期間(&amp;T):</translation>
    </message>
    <message>
        <location filename="../configdialog.ui" line="229"/>
        <source>&amp;Proxy</source>
        <translation>プロキシ(&amp;P)</translation>
    </message>
    <message>
        <location filename="../configdialog.ui" line="235"/>
        <source>&amp;Enable proxy</source>
        <translation>プロキシを有効にする(&amp;E)</translation>
    </message>
    <message>
        <location filename="../configdialog.ui" line="248"/>
        <source>&amp;Host:</source>
        <translation>ホスト(&amp;H):</translation>
    </message>
    <message>
        <location filename="../configdialog.ui" line="261"/>
        <source>&amp;Port:</source>
        <translation>ポート(&amp;P):</translation>
    </message>
    <message>
        <location filename="../configdialog.ui" line="281"/>
        <source>&amp;Username:</source>
        <translation>ユーザー名(&amp;U):</translation>
    </message>
    <message>
        <location filename="../configdialog.ui" line="294"/>
        <source>Pa&amp;ssword:</source>
        <translation>パスワード(&amp;S):</translation>
    </message>
    <message>
        <location filename="../configdialog.ui" line="311"/>
        <source>&amp;Type:</source>
        <translation>種類(&amp;T):</translation>
    </message>
    <message>
        <location filename="../configdialog.ui" line="90"/>
        <source>Playback</source>
        <translation>再生</translation>
    </message>
    <message>
        <location filename="../configdialog.ui" line="98"/>
        <source>Q&amp;uality:</source>
        <translation>品質(&amp;U):</translation>
    </message>
    <message>
        <location filename="../configdialog.ui" line="135"/>
        <source>&amp;Player:</source>
        <translation>プレーヤー(&amp;P):</translation>
    </message>
    <message>
        <location filename="../configdialog.cpp" line="41"/>
        <source>All time</source>
        <translation>全期間</translation>
    </message>
    <message>
        <location filename="../configdialog.cpp" line="42"/>
        <source>This month</source>
        <translation>今月</translation>
    </message>
    <message>
        <location filename="../configdialog.cpp" line="43"/>
        <source>This week</source>
        <translation>今週</translation>
    </message>
    <message>
        <location filename="../configdialog.cpp" line="44"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../configdialog.cpp" line="71"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location filename="../configdialog.cpp" line="72"/>
        <source>SOCKS5</source>
        <translation>SOCKS5</translation>
    </message>
</context>
<context>
    <name>DownloadFile</name>
    <message>
        <location filename="../downloadfile.cpp" line="117"/>
        <source>%1 hours</source>
        <translation>%1 時間</translation>
    </message>
    <message>
        <location filename="../downloadfile.cpp" line="123"/>
        <source>%1 minutes</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <location filename="../downloadfile.cpp" line="110"/>
        <source>unknown time remaining</source>
        <translation>残り時間は不明です</translation>
    </message>
    <message>
        <location filename="../downloadfile.cpp" line="126"/>
        <source>%1 seconds</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../downloadfile.cpp" line="127"/>
        <source>%1 remaining</source>
        <translation>あと %1</translation>
    </message>
    <message>
        <location filename="../downloadfile.cpp" line="132"/>
        <source>%1 of %2 MB</source>
        <translation>%1/%2 MB</translation>
    </message>
    <message>
        <location filename="../downloadfile.cpp" line="138"/>
        <source>%1 of %2 KB</source>
        <translation>%1/%2 KB</translation>
    </message>
    <message>
        <location filename="../downloadfile.cpp" line="144"/>
        <source>%1 of %2 bytes</source>
        <translation>%1/%2 バイト</translation>
    </message>
    <message>
        <location filename="../downloadfile.cpp" line="148"/>
        <source>%1 of unknown size</source>
        <translation>%1/不明なサイズ</translation>
    </message>
    <message>
        <location filename="../downloadfile.cpp" line="153"/>
        <source>%1 MB/sec</source>
        <translation>%1 MB/秒</translation>
    </message>
    <message>
        <location filename="../downloadfile.cpp" line="157"/>
        <source>%1 KB/sec</source>
        <translation>%1 KB/秒</translation>
    </message>
    <message>
        <location filename="../downloadfile.cpp" line="161"/>
        <source>%1 bytes/sec</source>
        <translation>%1 バイト/秒</translation>
    </message>
</context>
<context>
    <name>ErrorAmiga</name>
    <message>
        <location filename="../erroramiga.cpp" line="42"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>FileChooser</name>
    <message>
        <location filename="../filechooser.cpp" line="54"/>
        <source>Click to select a file or folder</source>
        <translation>ファイルまたはフォルダーを選択するにはクリックします</translation>
    </message>
</context>
<context>
    <name>RecordingDelegate</name>
    <message>
        <location filename="../recordingdialog.cpp" line="125"/>
        <source>Canceled</source>
        <translation>取り消されました</translation>
    </message>
    <message>
        <location filename="../recordingdialog.cpp" line="125"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../recordingdialog.cpp" line="155"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../recordingdialog.cpp" line="159"/>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <location filename="../recordingdialog.cpp" line="163"/>
        <source>%1 bytes</source>
        <translation>%1 バイト</translation>
    </message>
</context>
<context>
    <name>RecordingDialog</name>
    <message>
        <location filename="../recordingdialog.cpp" line="208"/>
        <location filename="../recordingdialog.cpp" line="530"/>
        <source>Recordings</source>
        <translation>録画</translation>
    </message>
    <message>
        <location filename="../recordingdialog.cpp" line="209"/>
        <source>&amp;Clear list</source>
        <translation>一覧のクリア(&amp;C)</translation>
    </message>
    <message>
        <location filename="../recordingdialog.cpp" line="210"/>
        <location filename="../recordingdialog.cpp" line="661"/>
        <source>&amp;Open folder</source>
        <translation>フォルダーを開く(&amp;O)</translation>
    </message>
    <message>
        <location filename="../recordingdialog.cpp" line="348"/>
        <location filename="../recordingdialog.cpp" line="360"/>
        <location filename="../recordingdialog.cpp" line="781"/>
        <source>There was an error in retrieving the download URL.</source>
        <translation>ダウンロード URL の取得でエラーがありました。</translation>
    </message>
    <message>
        <location filename="../recordingdialog.cpp" line="348"/>
        <location filename="../recordingdialog.cpp" line="360"/>
        <location filename="../recordingdialog.cpp" line="781"/>
        <source>Recording failed</source>
        <translation>録画に失敗しました</translation>
    </message>
    <message>
        <location filename="../recordingdialog.cpp" line="416"/>
        <location filename="../recordingdialog.cpp" line="799"/>
        <source>Starting</source>
        <translation>開始しています</translation>
    </message>
    <message>
        <location filename="../recordingdialog.cpp" line="451"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../recordingdialog.cpp" line="455"/>
        <source>Completed</source>
        <translation>完了しました</translation>
    </message>
    <message numerus="yes">
        <location filename="../recordingdialog.cpp" line="534"/>
        <source>%1% of %n video - Recordings</source>
        <translation>
            <numerusform>%n 個の動画の %1% - 録画</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../recordingdialog.cpp" line="619"/>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <location filename="../recordingdialog.cpp" line="621"/>
        <source>&amp;Remove from list</source>
        <translation>一覧から削除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../recordingdialog.cpp" line="642"/>
        <location filename="../recordingdialog.cpp" line="664"/>
        <source>Remove from &amp;list</source>
        <translation>一覧から削除(&amp;L)</translation>
    </message>
    <message>
        <location filename="../recordingdialog.cpp" line="638"/>
        <source>&amp;Retry</source>
        <translation>再試行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../recordingdialog.cpp" line="660"/>
        <source>&amp;Play</source>
        <translation>再生(&amp;P)</translation>
    </message>
    <message>
        <location filename="../recordingdialog.cpp" line="663"/>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../recordingdialog.cpp" line="745"/>
        <source>Fetching URL...</source>
        <translation>URL を取得しています...</translation>
    </message>
    <message>
        <location filename="../recordingdialog.cpp" line="763"/>
        <source>File error</source>
        <translation>ファイル エラー</translation>
    </message>
    <message>
        <location filename="../recordingdialog.cpp" line="764"/>
        <source>The file does not exists, would you like to remove it from the list?</source>
        <translation>ファイルが存在しません、一覧から削除しますか?</translation>
    </message>
</context>
<context>
    <name>Regions</name>
    <message>
        <location filename="../regions.cpp" line="26"/>
        <source>Argentina</source>
        <translation>アルゼンチン</translation>
    </message>
    <message>
        <location filename="../regions.cpp" line="27"/>
        <source>Australia</source>
        <translation>オーストラリア</translation>
    </message>
    <message>
        <location filename="../regions.cpp" line="29"/>
        <source>Belgium</source>
        <translation>ベルギー</translation>
    </message>
    <message>
        <location filename="../regions.cpp" line="30"/>
        <source>Brazil</source>
        <translation>ブラジル</translation>
    </message>
    <message>
        <location filename="../regions.cpp" line="31"/>
        <source>Canada</source>
        <translation>カナダ</translation>
    </message>
    <message>
        <location filename="../regions.cpp" line="32"/>
        <source>Chile</source>
        <translation>チリ</translation>
    </message>
    <message>
        <location filename="../regions.cpp" line="33"/>
        <source>Colombia</source>
        <translation>コロンビア</translation>
    </message>
    <message>
        <location filename="../regions.cpp" line="34"/>
        <source>Croatia</source>
        <translation>クロアチア</translation>
    </message>
    <message>
        <location filename="../regions.cpp" line="35"/>
        <source>Czech Republic</source>
        <translation>チェコ</translation>
    </message>
    <message>
        <location filename="../regions.cpp" line="36"/>
        <source>Egypt</source>
        <translation>エジプト</translation>
    </message>
    <message>
        <location filename="../regions.cpp" line="37"/>
        <source>France</source>
        <translation>フランス</translation>
    </message>
    <message>
        <location filename="../regions.cpp" line="38"/>
        <source>Germany</source>
        <translation>ドイツ</translation>
    </message>
    <message>
        <location filename="../regions.cpp" line="39"/>
        <source>Great Britain</source>
        <translation>英国</translation>
    </message>
    <message>
        <location filename="../regions.cpp" line="40"/>
        <source>Hong Kong</source>
        <translation>香港</translation>
    </message>
    <message>
        <location filename="../regions.cpp" line="41"/>
        <source>Hungary</source>
        <translation>ハンガリー</translation>
    </message>
    <message>
        <location filename="../regions.cpp" line="42"/>
        <source>India</source>
        <translation>インド</translation>
    </message>
    <message>
        <location filename="../regions.cpp" line="43"/>
        <source>Ireland</source>
        <translation>アイルランド</translation>
    </message>
    <message>
        <location filename="../regions.cpp" line="44"/>
        <source>Israel</source>
        <translation>イスラエル</translation>
    </message>
    <message>
        <location filename="../regions.cpp" line="45"/>
        <source>Italy</source>
        <translation>イタリア</translation>
    </message>
    <message>
        <location filename="../regions.cpp" line="46"/>
        <source>Japan</source>
        <translation>日本</translation>
    </message>
    <message>
        <location filename="../regions.cpp" line="47"/>
        <source>Jordan</source>
        <translation>ヨルダン</translation>
    </message>
    <message>
        <location filename="../regions.cpp" line="48"/>
        <source>Malaysia</source>
        <translation>マレーシア</translation>
    </message>
    <message>
        <location filename="../regions.cpp" line="49"/>
        <source>Mexico</source>
        <translation>メキシコ</translation>
    </message>
    <message>
        <location filename="../regions.cpp" line="50"/>
        <source>Morocco</source>
        <translation>モロッコ</translation>
    </message>
    <message>
        <location filename="../regions.cpp" line="51"/>
        <source>Netherlands</source>
        <translation>オランダ</translation>
    </message>
    <message>
        <location filename="../regions.cpp" line="52"/>
        <source>New Zealand</source>
        <translation>ニュージーランド</translation>
    </message>
    <message>
        <location filename="../regions.cpp" line="53"/>
        <source>Peru</source>
        <translation>ペルー</translation>
    </message>
    <message>
        <location filename="../regions.cpp" line="54"/>
        <source>Philippines</source>
        <translation>フィリピン</translation>
    </message>
    <message>
        <location filename="../regions.cpp" line="55"/>
        <source>Poland</source>
        <translation>ポーランド</translation>
    </message>
    <message>
        <location filename="../regions.cpp" line="56"/>
        <source>Russia</source>
        <translation>ロシア</translation>
    </message>
    <message>
        <location filename="../regions.cpp" line="57"/>
        <source>Saudi Arabia</source>
        <translation>サウジアラビア</translation>
    </message>
    <message>
        <location filename="../regions.cpp" line="58"/>
        <source>Singapore</source>
        <translation>シンガポール</translation>
    </message>
    <message>
        <location filename="../regions.cpp" line="59"/>
        <source>South Africa</source>
        <translation>南アフリカ</translation>
    </message>
    <message>
        <location filename="../regions.cpp" line="60"/>
        <source>South Korea</source>
        <translation>韓国</translation>
    </message>
    <message>
        <location filename="../regions.cpp" line="61"/>
        <source>Spain</source>
        <translation>スペイン</translation>
    </message>
    <message>
        <location filename="../regions.cpp" line="62"/>
        <source>Sweden</source>
        <translation>スウェーデン</translation>
    </message>
    <message>
        <location filename="../regions.cpp" line="64"/>
        <source>Taiwan</source>
        <translation>台湾</translation>
    </message>
    <message>
        <location filename="../regions.cpp" line="65"/>
        <source>United Arab Emirates</source>
        <translation>アラブ首長国連邦</translation>
    </message>
    <message>
        <location filename="../regions.cpp" line="66"/>
        <source>United States</source>
        <translation>米国</translation>
    </message>
</context>
<context>
    <name>YTDelegate</name>
    <message>
        <location filename="../ytdelegate.cpp" line="115"/>
        <source>%L1 views</source>
        <translation>%L1 回再生</translation>
    </message>
</context>
<context>
    <name>YTDialog</name>
    <message>
        <location filename="../ytdialog.cpp" line="232"/>
        <source>YouTube Browser - SMPlayer</source>
        <translation>YouTube ブラウザー - SMPlayer</translation>
    </message>
    <message>
        <location filename="../ytdialog.cpp" line="282"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../ytdialog.cpp" line="288"/>
        <source>Information</source>
        <translation>情報</translation>
    </message>
    <message>
        <location filename="../ytdialog.cpp" line="295"/>
        <source>Show recordings</source>
        <translation>録画の表示</translation>
    </message>
    <message>
        <location filename="../ytdialog.cpp" line="301"/>
        <source>Enter URL</source>
        <translation>URL の入力</translation>
    </message>
    <message>
        <location filename="../ytdialog.cpp" line="506"/>
        <source>Most Relevant</source>
        <translation>関連のある動画</translation>
    </message>
    <message>
        <location filename="../ytdialog.cpp" line="510"/>
        <source>Most Recent</source>
        <translation>最新の動画</translation>
    </message>
    <message>
        <location filename="../ytdialog.cpp" line="514"/>
        <source>Most Viewed</source>
        <translation>再生回数の多い動画</translation>
    </message>
    <message>
        <location filename="../ytdialog.cpp" line="518"/>
        <source>Most Popular</source>
        <translation>人気の動画</translation>
    </message>
    <message>
        <location filename="../ytdialog.cpp" line="544"/>
        <source>Most popular videos on YouTube%1</source>
        <translation>YouTube%1 で人気の動画</translation>
    </message>
    <message>
        <location filename="../ytdialog.cpp" line="665"/>
        <source>Error: Could not connect to Youtube server.</source>
        <translation>エラー: YouTube サーバーへ接続できませんでした。</translation>
    </message>
    <message>
        <location filename="../ytdialog.cpp" line="776"/>
        <source>R&amp;ecord audio</source>
        <translation>録音(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ytdialog.cpp" line="781"/>
        <source>&amp;Add URL to the SMPlayer playlist</source>
        <translation>URL を SMPlayer のプレイリストに追加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ytdialog.cpp" line="849"/>
        <source>Enter a URL</source>
        <translation>URL の入力</translation>
    </message>
    <message>
        <location filename="../ytdialog.cpp" line="967"/>
        <source>Connection failed</source>
        <translation>接続に失敗しました</translation>
    </message>
    <message>
        <location filename="../ytdialog.cpp" line="968"/>
        <source>The video you requested needs to open a HTTPS connection.</source>
        <translation>要求したビデオは HTTPS 接続を開く必要があります。</translation>
    </message>
    <message>
        <location filename="../ytdialog.cpp" line="969"/>
        <source>Unfortunately the openssl component, required for it, it&apos;s not available in your system.</source>
        <translation>残念ながらそれに必要な openssl コンポーネントはお使いのシステムで利用できません。</translation>
    </message>
    <message>
        <location filename="../ytdialog.cpp" line="970"/>
        <source>Please, visit %1 to know how to fix this problem.</source>
        <translation>この問題を解決する方法については%1にアクセスしてください。</translation>
    </message>
    <message>
        <location filename="../ytdialog.cpp" line="971"/>
        <source>this link</source>
        <translation>このリンク</translation>
    </message>
    <message>
        <location filename="../ytdialog.cpp" line="982"/>
        <location filename="../ytdialog.cpp" line="993"/>
        <source>Problems with Youtube</source>
        <translation>YouTube に関する問題</translation>
    </message>
    <message>
        <location filename="../ytdialog.cpp" line="984"/>
        <source>Do you want to update the Youtube code? This may fix the problem.</source>
        <translation>YouTube のコードを更新しますか? これにより問題が修正されるかもしれません。</translation>
    </message>
    <message>
        <location filename="../ytdialog.cpp" line="983"/>
        <location filename="../ytdialog.cpp" line="994"/>
        <source>Unfortunately due to changes in Youtube, the video &apos;%1&apos; can&apos;t be played or recorded.</source>
        <translation>YouTube ページの変更のため、ビデオ &apos;%1&apos; は残念ながら再生または録画できません。</translation>
    </message>
    <message>
        <location filename="../ytdialog.cpp" line="995"/>
        <source>Maybe updating this application could fix the problem.</source>
        <translation>このアプリケーションの更新により問題が修正されるかもしれません。</translation>
    </message>
    <message>
        <location filename="../ytdialog.cpp" line="549"/>
        <source>YouTube%2 results for &quot;%1&quot;</source>
        <translation>&quot;%1&quot; の YouTube%2 での検索結果</translation>
    </message>
    <message>
        <location filename="../ytdialog.cpp" line="522"/>
        <source>Music</source>
        <translation>音楽</translation>
    </message>
    <message>
        <location filename="../ytdialog.cpp" line="526"/>
        <source>Sports</source>
        <translation>スポーツ</translation>
    </message>
    <message>
        <location filename="../ytdialog.cpp" line="545"/>
        <source>Most popular sport videos on YouTube%1</source>
        <translation>YouTube%1 で人気のスポーツ動画</translation>
    </message>
    <message>
        <location filename="../ytdialog.cpp" line="546"/>
        <source>Most popular music videos on YouTube%1</source>
        <translation>YouTube%1 で人気の音楽動画</translation>
    </message>
    <message>
        <location filename="../ytdialog.cpp" line="673"/>
        <source>No videos found</source>
        <translation>動画が見つかりません</translation>
    </message>
    <message>
        <location filename="../ytdialog.cpp" line="675"/>
        <source>No videos found for &quot;%1&quot;</source>
        <translation>&quot;%1&quot; に一致する動画が見つかりません</translation>
    </message>
    <message>
        <location filename="../ytdialog.cpp" line="773"/>
        <source>&amp;Play video</source>
        <translation>動画を再生(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ytdialog.cpp" line="775"/>
        <source>&amp;Record video</source>
        <translation>録画(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ytdialog.cpp" line="778"/>
        <source>&amp;Watch on YouTube</source>
        <translation>YouTube で見る(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ytdialog.cpp" line="779"/>
        <source>&amp;Copy link</source>
        <translation>リンクのコピー(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ytdialog.cpp" line="257"/>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <location filename="../ytdialog.cpp" line="263"/>
        <source>Previous</source>
        <translation>前へ</translation>
    </message>
    <message>
        <location filename="../ytdialog.cpp" line="850"/>
        <source>Enter a Youtube URL to record</source>
        <translation>録画する YouTube の URL を入力します</translation>
    </message>
    <message>
        <location filename="../ytdialog.cpp" line="959"/>
        <location filename="../ytdialog.cpp" line="961"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
</context>
</TS>
