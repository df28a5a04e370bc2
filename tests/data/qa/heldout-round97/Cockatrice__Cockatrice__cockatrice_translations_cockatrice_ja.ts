<?xml version="1.0" ?><!DOCTYPE TS><TS language="ja" version="2.1">
<context>
    <name>AbstractCounter</name>
    <message>
        <location filename="../src/abstractcounter.cpp" line="70"/>
        <source>&amp;Set counter...</source>
        <translation>カウンターの数を決める...</translation>
    </message>
    <message>
        <location filename="../src/abstractcounter.cpp" line="163"/>
        <source>Set counter</source>
        <translation>カウンターの設定</translation>
    </message>
    <message>
        <location filename="../src/abstractcounter.cpp" line="163"/>
        <source>New value for counter &apos;%1&apos;:</source>
        <translation>&apos;%1&apos;の新しい値:</translation>
    </message>
</context>
<context>
    <name>AppearanceSettingsPage</name>
    <message>
        <location filename="../src/dlg_settings.cpp" line="418"/>
        <source>Theme settings</source>
        <translation>テーマ設定</translation>
    </message>
    <message>
        <location filename="../src/dlg_settings.cpp" line="419"/>
        <source>Current theme:</source>
        <translation>現在のテーマ</translation>
    </message>
    <message>
        <location filename="../src/dlg_settings.cpp" line="421"/>
        <source>Card rendering</source>
        <translation>カードの描画</translation>
    </message>
    <message>
        <location filename="../src/dlg_settings.cpp" line="422"/>
        <source>Display card names on cards having a picture</source>
        <translation>画像のあるカードにカード名を表示する</translation>
    </message>
    <message>
        <location filename="../src/dlg_settings.cpp" line="423"/>
        <source>Scale cards on mouse over</source>
        <translation>マウスオーバーでカードを拡大する</translation>
    </message>
    <message>
        <location filename="../src/dlg_settings.cpp" line="425"/>
        <source>Hand layout</source>
        <translation>手札のレイアウト</translation>
    </message>
    <message>
        <location filename="../src/dlg_settings.cpp" line="426"/>
        <source>Display hand horizontally (wastes space)</source>
        <translation>手札を横に並べる</translation>
    </message>
    <message>
        <location filename="../src/dlg_settings.cpp" line="427"/>
        <source>Enable left justification</source>
        <translation>左揃えを有効</translation>
    </message>
    <message>
        <location filename="../src/dlg_settings.cpp" line="429"/>
        <source>Table grid layout</source>
        <translation>テーブルのレイアウト</translation>
    </message>
    <message>
        <location filename="../src/dlg_settings.cpp" line="430"/>
        <source>Invert vertical coordinate</source>
        <translation>カード配置の垂直反転</translation>
    </message>
    <message>
        <location filename="../src/dlg_settings.cpp" line="431"/>
        <source>Minimum player count for multi-column layout:</source>
        <translation>プレイヤーを複数列レイアウトにする最少人数:</translation>
    </message>
    <message>
        <location filename="../src/dlg_settings.cpp" line="432"/>
        <source>Maximum font size for information displayed on cards:</source>
        <translation>カードに表示する情報の最大のフォントサイズ:</translation>
    </message>
</context>
<context>
    <name>BanDialog</name>
    <message>
        <location filename="../src/userlist.cpp" line="31"/>
        <source>ban &amp;user name</source>
        <translation>ユーザー名でBAN</translation>
    </message>
    <message>
        <location filename="../src/userlist.cpp" line="34"/>
        <source>ban &amp;IP address</source>
        <translation>IPアドレスでBAN</translation>
    </message>
    <message>
        <location filename="../src/userlist.cpp" line="37"/>
        <source>ban client I&amp;D</source>
        <translation>クライアントIDでBAN</translation>
    </message>
    <message>
        <location filename="../src/userlist.cpp" line="50"/>
        <source>Ban type</source>
        <translation>BANタイプ</translation>
    </message>
    <message>
        <location filename="../src/userlist.cpp" line="53"/>
        <source>&amp;permanent ban</source>
        <translation>永久BAN</translation>
    </message>
    <message>
        <location filename="../src/userlist.cpp" line="54"/>
        <source>&amp;temporary ban</source>
        <translation>一時BAN</translation>
    </message>
    <message>
        <location filename="../src/userlist.cpp" line="57"/>
        <source>&amp;Days:</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../src/userlist.cpp" line="63"/>
        <source>&amp;Hours:</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../src/userlist.cpp" line="69"/>
        <source>&amp;Minutes:</source>
        <translation>分</translation>
    </message>
    <message>
        <location filename="../src/userlist.cpp" line="84"/>
        <source>Duration of the ban</source>
        <translation>BAN期間</translation>
    </message>
    <message>
        <location filename="../src/userlist.cpp" line="87"/>
        <source>Please enter the reason for the ban.
This is only saved for moderators and cannot be seen by the banned person.</source>
        <translation>BANの理由を入力してください。
これはモデレーターによって保存されBANされた人には見えません。</translation>
    </message>
    <message>
        <location filename="../src/userlist.cpp" line="92"/>
        <source>Please enter the reason for the ban that will be visible to the banned person.</source>
        <translation>BANの理由を入力してください。これはBANされる人に通知されます。</translation>
    </message>
    <message>
        <location filename="../src/userlist.cpp" line="95"/>
        <source>&amp;OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../src/userlist.cpp" line="98"/>
        <source>&amp;Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../src/userlist.cpp" line="116"/>
        <source>Ban user from server</source>
        <translation>サーバーからBANされたユーザーです</translation>
    </message>
    <message>
        <location filename="../src/userlist.cpp" line="188"/>
        <location filename="../src/userlist.cpp" line="196"/>
        <location filename="../src/userlist.cpp" line="203"/>
        <location filename="../src/userlist.cpp" line="211"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../src/userlist.cpp" line="189"/>
        <source>You have to select a name-based, IP-based, clientId based, or some combination of the three to place a ban.</source>
        <translation>BANの理由を選んで下さい:不適切な名前、不適切なIPアドレス、クライアントID</translation>
    </message>
    <message>
        <location filename="../src/userlist.cpp" line="197"/>
        <source>You must have a value in the name ban when selecting the name ban checkbox.</source>
        <translation>名前BANチェックボックスを選択するときは、名前BANの値を持っている必要があります。</translation>
    </message>
    <message>
        <location filename="../src/userlist.cpp" line="204"/>
        <source>You must have a value in the ip ban when selecting the ip ban checkbox.</source>
        <translation>IP BANチェックボックスを選択するときは、IP BANの値を持っている必要があります。</translation>
    </message>
    <message>
        <location filename="../src/userlist.cpp" line="212"/>
        <source>You must have a value in the clientid ban when selecting the clientid ban checkbox.</source>
        <translation>クライアントID BANチェックボックスを選択するときは、クライアントID BANに値を持っている必要があります。</translation>
    </message>
</context>
<context>
    <name>BetaReleaseChannel</name>
    <message>
        <location filename="../src/releasechannel.cpp" line="207"/>
        <source>Beta Releases</source>
        <translation>ベータリリース</translation>
    </message>
    <message>
        <location filename="../src/releasechannel.cpp" line="233"/>
        <source>No reply received from the release update server.</source>
        <translation>リリース更新サーバーから応答がありませんでした。</translation>
    </message>
    <message>
        <location filename="../src/releasechannel.cpp" line="242"/>
        <source>Invalid reply received from the release update server.</source>
        <translation>リリース更新サーバーから無効な応答が受信されました。</translation>
    </message>
    <message>
        <location filename="../src/releasechannel.cpp" line="277"/>
        <source>No reply received from the file update server.</source>
        <translation>ファイル更新サーバーからの応答がありませんでした。</translation>
    </message>
</context>
<context>
    <name>CardDatabaseModel</name>
    <message>
        <location filename="../src/carddatabasemodel.cpp" line="64"/>
        <source>Name</source>
        <translation>カード名</translation>
    </message>
    <message>
        <location filename="../src/carddatabasemodel.cpp" line="66"/>
        <source>Sets</source>
        <translation>カードセット</translation>
    </message>
    <message>
        <location filename="../src/carddatabasemodel.cpp" line="68"/>
        <source>Mana cost</source>
        <translation>マナ・コスト</translation>
    </message>
    <message>
        <location filename="../src/carddatabasemodel.cpp" line="70"/>
        <source>Card type</source>
        <translation>カード・タイプ</translation>
    </message>
    <message>
        <location filename="../src/carddatabasemodel.cpp" line="72"/>
        <source>P/T</source>
        <translation>P/T</translation>
    </message>
    <message>
        <location filename="../src/carddatabasemodel.cpp" line="74"/>
        <source>Color(s)</source>
        <translation>色</translation>
    </message>
</context>
<context>
    <name>CardFrame</name>
    <message>
        <location filename="../src/cardframe.cpp" line="63"/>
        <source>Image</source>
        <translation>カード画像</translation>
    </message>
    <message>
        <location filename="../src/cardframe.cpp" line="64"/>
        <source>Description</source>
        <translation>カード文章</translation>
    </message>
    <message>
        <location filename="../src/cardframe.cpp" line="65"/>
        <source>Both</source>
        <translation>画像+文章</translation>
    </message>
</context>
<context>
    <name>CardInfoText</name>
    <message>
        <location filename="../src/cardinfotext.cpp" line="123"/>
        <source>Unknown card:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/cardinfotext.cpp" line="131"/>
        <source>Name:</source>
        <translation>カード名:</translation>
    </message>
    <message>
        <location filename="../src/cardinfotext.cpp" line="132"/>
        <source>Mana cost:</source>
        <translation>マナ・コスト:</translation>
    </message>
    <message>
        <location filename="../src/cardinfotext.cpp" line="133"/>
        <source>Color(s):</source>
        <translation>色:</translation>
    </message>
    <message>
        <location filename="../src/cardinfotext.cpp" line="134"/>
        <source>Card type:</source>
        <translation>カード・タイプ:</translation>
    </message>
    <message>
        <location filename="../src/cardinfotext.cpp" line="135"/>
        <source>P / T:</source>
        <translation>P / T:</translation>
    </message>
    <message>
        <location filename="../src/cardinfotext.cpp" line="136"/>
        <source>Loyalty:</source>
        <translation>忠誠度:</translation>
    </message>
</context>
<context>
    <name>CardItem</name>
    <message>
        <location filename="../src/carditem.cpp" line="82"/>
        <source>&amp;Move to</source>
        <translation>領域の移動</translation>
    </message>
    <message>
        <location filename="../src/carditem.cpp" line="83"/>
        <source>&amp;Power / toughness</source>
        <translation>パワー / タフネス</translation>
    </message>
</context>
<context>
    <name>CardZone</name>
    <message>
        <location filename="../src/cardzone.cpp" line="58"/>
        <source>their hand</source>
        <comment>nominative</comment>
        <translation>手札</translation>
    </message>
    <message>
        <location filename="../src/cardzone.cpp" line="58"/>
        <source>%1&apos;s hand</source>
        <comment>nominative</comment>
        <translation>%1の手札</translation>
    </message>
    <message>
        <location filename="../src/cardzone.cpp" line="62"/>
        <source>their library</source>
        <comment>look at zone</comment>
        <translation>ライブラリー</translation>
    </message>
    <message>
        <location filename="../src/cardzone.cpp" line="63"/>
        <source>%1&apos;s library</source>
        <comment>look at zone</comment>
        <translation>%1のライブラリー</translation>
    </message>
    <message>
        <location filename="../src/cardzone.cpp" line="65"/>
        <source>of their library</source>
        <comment>top cards of zone,</comment>
        <translation>ライブラリーの</translation>
    </message>
    <message>
        <location filename="../src/cardzone.cpp" line="66"/>
        <source>of %1&apos;s library</source>
        <comment>top cards of zone</comment>
        <translation>%1のライブラリーの</translation>
    </message>
    <message>
        <location filename="../src/cardzone.cpp" line="68"/>
        <source>their library</source>
        <comment>reveal zone</comment>
        <translation>ライブラリー</translation>
    </message>
    <message>
        <location filename="../src/cardzone.cpp" line="69"/>
        <source>%1&apos;s library</source>
        <comment>reveal zone</comment>
        <translation>%1のライブラリー</translation>
    </message>
    <message>
        <location filename="../src/cardzone.cpp" line="71"/>
        <source>their library</source>
        <comment>shuffle</comment>
        <translation>ライブラリー</translation>
    </message>
    <message>
        <location filename="../src/cardzone.cpp" line="71"/>
        <source>%1&apos;s library</source>
        <comment>shuffle</comment>
        <translation>%1のライブラリー</translation>
    </message>
    <message>
        <location filename="../src/cardzone.cpp" line="73"/>
        <source>their library</source>
        <comment>nominative</comment>
        <translation>ライブラリー</translation>
    </message>
    <message>
        <location filename="../src/cardzone.cpp" line="73"/>
        <source>%1&apos;s library</source>
        <comment>nominative</comment>
        <translation>%1のライブラリー</translation>
    </message>
    <message>
        <location filename="../src/cardzone.cpp" line="76"/>
        <source>their graveyard</source>
        <comment>nominative</comment>
        <translation>墓地</translation>
    </message>
    <message>
        <location filename="../src/cardzone.cpp" line="76"/>
        <source>%1&apos;s graveyard</source>
        <comment>nominative</comment>
        <translation>%1の墓地</translation>
    </message>
    <message>
        <location filename="../src/cardzone.cpp" line="78"/>
        <source>their exile</source>
        <comment>nominative</comment>
        <translation>追放領域</translation>
    </message>
    <message>
        <location filename="../src/cardzone.cpp" line="78"/>
        <source>%1&apos;s exile</source>
        <comment>nominative</comment>
        <translation>%1の追放領域</translation>
    </message>
    <message>
        <location filename="../src/cardzone.cpp" line="82"/>
        <source>their sideboard</source>
        <comment>look at zone</comment>
        <translation>サイドボード</translation>
    </message>
    <message>
        <location filename="../src/cardzone.cpp" line="83"/>
        <source>%1&apos;s sideboard</source>
        <comment>look at zone</comment>
        <translation>%1のサイドボード</translation>
    </message>
    <message>
        <location filename="../src/cardzone.cpp" line="85"/>
        <source>their sideboard</source>
        <comment>nominative</comment>
        <translation>サイドボード</translation>
    </message>
    <message>
        <location filename="../src/cardzone.cpp" line="86"/>
        <source>%1&apos;s sideboard</source>
        <comment>nominative</comment>
        <translation>%1のサイドボード</translation>
    </message>
</context>
<context>
    <name>DeckEditorSettingsPage</name>
    <message>
        <location filename="../src/dlg_settings.cpp" line="511"/>
        <location filename="../src/dlg_settings.cpp" line="561"/>
        <source>Update Spoilers</source>
        <translation>スポイラーを更新</translation>
    </message>
    <message>
        <location filename="../src/dlg_settings.cpp" line="550"/>
        <source>Updating...</source>
        <translation>更新中...</translation>
    </message>
    <message>
        <location filename="../src/dlg_settings.cpp" line="580"/>
        <source>Choose path</source>
        <translation>パスを選ぶ</translation>
    </message>
    <message>
        <location filename="../src/dlg_settings.cpp" line="606"/>
        <source>Spoilers</source>
        <translation>スポイラー</translation>
    </message>
    <message>
        <location filename="../src/dlg_settings.cpp" line="607"/>
        <source>Download Spoilers Automatically</source>
        <translation>スポイラーを自動的にダウンロードする</translation>
    </message>
    <message>
        <location filename="../src/dlg_settings.cpp" line="608"/>
        <source>Spoiler Location:</source>
        <translation>スポイラーの保存場所:</translation>
    </message>
    <message>
        <location filename="../src/dlg_settings.cpp" line="609"/>
        <source>Hey, something&apos;s here finally!</source>
        <translation>ようやくなんか出来たらしいぞ↓</translation>
    </message>
    <message>
        <location filename="../src/dlg_settings.cpp" line="610"/>
        <source>Last Updated</source>
        <translation>最終更新</translation>
    </message>
    <message>
        <location filename="../src/dlg_settings.cpp" line="611"/>
        <source>Spoilers download automatically on launch</source>
        <translation>スポイラーは起動時に自動的にダウンロードされます。</translation>
    </message>
    <message>
        <location filename="../src/dlg_settings.cpp" line="612"/>
        <source>Press the button to manually update without relaunching</source>
        <translation>ボタンを押すと再起動せずに手動で更新します</translation>
    </message>
    <message>
        <location filename="../src/dlg_settings.cpp" line="613"/>
        <source>Do not close settings until manual update complete</source>
        <translation>手動更新が終了するまで閉じないでください</translation>
    </message>
</context>
<context>
    <name>DeckListModel</name>
    <message>
        <location filename="../src/decklistmodel.cpp" line="165"/>
        <source>Number</source>
        <translation>枚数</translation>
    </message>
    <message>
        <location filename="../src/decklistmodel.cpp" line="167"/>
        <source>Card</source>
        <translation>カード名</translation>
    </message>
</context>
<context>
    <name>DeckStatsInterface</name>
    <message>
        <location filename="../src/deckstats_interface.cpp" line="21"/>
        <location filename="../src/deckstats_interface.cpp" line="32"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../src/deckstats_interface.cpp" line="32"/>
        <source>The reply from the server could not be parsed.</source>
        <translation>サーバーからの応答が解析できませんでした。</translation>
    </message>
</context>
<context>
    <name>DeckViewContainer</name>
    <message>
        <location filename="../src/tab_game.cpp" line="139"/>
        <source>Load deck...</source>
        <translation>デッキを開く...</translation>
    </message>
    <message>
        <location filename="../src/tab_game.cpp" line="140"/>
        <source>Load remote deck...</source>
        <translation>サーバーのデッキを開く...</translation>
    </message>
    <message>
        <location filename="../src/tab_game.cpp" line="141"/>
        <source>Ready to s&amp;tart</source>
        <translation>準備完了！( ･`д･´)</translation>
    </message>
    <message>
        <location filename="../src/tab_game.cpp" line="156"/>
        <source>S&amp;ideboard unlocked</source>
        <translation>サイドボードをロックする</translation>
    </message>
    <message>
        <location filename="../src/tab_game.cpp" line="158"/>
        <source>S&amp;ideboard locked</source>
        <translation>サイドボードを使用する</translation>
    </message>
    <message>
        <location filename="../src/tab_game.cpp" line="240"/>
        <source>Load deck</source>
        <translation>デッキを開く</translation>
    </message>
    <message>
        <location filename="../src/tab_game.cpp" line="250"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../src/tab_game.cpp" line="250"/>
        <source>The selected file could not be loaded.</source>
        <translation>選択したファイルが開けませんでした。</translation>
    </message>
</context>
<context>
    <name>DlgConnect</name>
    <message>
        <location filename="../src/dlg_connect.cpp" line="38"/>
        <source>New Host</source>
        <translation>新しいホスト</translation>
    </message>
    <message>
        <location filename="../src/dlg_connect.cpp" line="44"/>
        <source>&amp;Host:</source>
        <translation>ホストアドレス:</translation>
    </message>
    <message>
        <location filename="../src/dlg_connect.cpp" line="21"/>
        <source>Known Hosts</source>
        <translation>ホストを選択</translation>
    </message>
    <message>
        <location filename="../src/dlg_connect.cpp" line="28"/>
        <source>Refresh the server list with known public servers</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/dlg_connect.cpp" line="40"/>
        <source>Name:</source>
        <translation>サーバー名:</translation>
    </message>
    <message>
        <location filename="../src/dlg_connect.cpp" line="48"/>
        <source>&amp;Port:</source>
        <translation>ポート:</translation>
    </message>
    <message>
        <location filename="../src/dlg_connect.cpp" line="52"/>
        <source>Player &amp;name:</source>
        <translation>プレイヤーネーム:</translation>
    </message>
    <message>
        <location filename="../src/dlg_connect.cpp" line="56"/>
        <source>P&amp;assword:</source>
        <translation>パスワード:</translation>
    </message>
    <message>
        <location filename="../src/dlg_connect.cpp" line="61"/>
        <source>&amp;Save password</source>
        <translation>パスワードを保存する</translation>
    </message>
    <message>
        <location filename="../src/dlg_connect.cpp" line="63"/>
        <source>A&amp;uto connect</source>
        <translation>起動時に自動的に接続</translation>
    </message>
    <message>
        <location filename="../src/dlg_connect.cpp" line="64"/>
        <source>Automatically connect to the most recent login when Cockatrice opens</source>
        <translation>Cockatriceを開いた時に自動的に最後のログインに接続</translation>
    </message>
    <message>
        <location filename="../src/dlg_connect.cpp" line="78"/>
        <source>If you have any trouble connecting or registering then contact the server staff for help!</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/dlg_connect.cpp" line="80"/>
        <location filename="../src/dlg_connect.cpp" line="262"/>
        <source>Webpage</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/dlg_connect.cpp" line="90"/>
        <source>Forgot Password</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/dlg_connect.cpp" line="94"/>
        <source>&amp;Connect</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/dlg_connect.cpp" line="136"/>
        <source>Server Contact</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/dlg_connect.cpp" line="149"/>
        <source>Connect to Server</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/dlg_connect.cpp" line="117"/>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <location filename="../src/dlg_connect.cpp" line="133"/>
        <source>Login</source>
        <translation>ログイン</translation>
    </message>
    <message>
        <location filename="../src/dlg_connect.cpp" line="308"/>
        <source>Connection Warning</source>
        <translation>接続の警告</translation>
    </message>
    <message>
        <location filename="../src/dlg_connect.cpp" line="308"/>
        <source>You need to name your new connection profile.</source>
        <translation>新しい接続プロファイルに名前を付ける必要があります。</translation>
    </message>
    <message>
        <location filename="../src/dlg_connect.cpp" line="325"/>
        <source>Connect Warning</source>
        <translation>接続の警告</translation>
    </message>
    <message>
        <location filename="../src/dlg_connect.cpp" line="325"/>
        <source>The player name can&apos;t be empty.</source>
        <translation>プレイヤー名を入力して下さい。</translation>
    </message>
    <message>
        <location filename="../src/dlg_connect.h" line="76"/>
        <source>Downloading...</source>
        <translation>ダウンロード中...</translation>
    </message>
</context>
<context>
    <name>DlgCreateGame</name>
    <message>
        <location filename="../src/dlg_creategame.cpp" line="22"/>
        <source>Re&amp;member settings</source>
        <translation>設定を保存する</translation>
    </message>
    <message>
        <location filename="../src/dlg_creategame.cpp" line="23"/>
        <source>&amp;Description:</source>
        <translation>説明:</translation>
    </message>
    <message>
        <location filename="../src/dlg_creategame.cpp" line="28"/>
        <source>P&amp;layers:</source>
        <translation>プレイヤー人数:</translation>
    </message>
    <message>
        <location filename="../src/dlg_creategame.cpp" line="52"/>
        <source>Game type</source>
        <translation>ゲームタイプ</translation>
    </message>
    <message>
        <location filename="../src/dlg_creategame.cpp" line="55"/>
        <source>&amp;Password:</source>
        <translation>パスワード:</translation>
    </message>
    <message>
        <location filename="../src/dlg_creategame.cpp" line="59"/>
        <source>Only &amp;buddies can join</source>
        <translation>フレンドのみ</translation>
    </message>
    <message>
        <location filename="../src/dlg_creategame.cpp" line="60"/>
        <source>Only &amp;registered users can join</source>
        <translation>登録プレイヤーのみ</translation>
    </message>
    <message>
        <location filename="../src/dlg_creategame.cpp" line="74"/>
        <source>Joining restrictions</source>
        <translation>参加制限</translation>
    </message>
    <message>
        <location filename="../src/dlg_creategame.cpp" line="77"/>
        <source>&amp;Spectators can watch</source>
        <translation>観戦を許可</translation>
    </message>
    <message>
        <location filename="../src/dlg_creategame.cpp" line="80"/>
        <source>Spectators &amp;need a password to watch</source>
        <translation>観戦にパスワードが必要</translation>
    </message>
    <message>
        <location filename="../src/dlg_creategame.cpp" line="81"/>
        <source>Spectators can &amp;chat</source>
        <translation>観戦者はチャットに参加できる</translation>
    </message>
    <message>
        <location filename="../src/dlg_creategame.cpp" line="82"/>
        <source>Spectators can see &amp;hands</source>
        <translation>観戦者に手札を見せる</translation>
    </message>
    <message>
        <location filename="../src/dlg_creategame.cpp" line="88"/>
        <source>Spectators</source>
        <translation>観戦者</translation>
    </message>
    <message>
        <location filename="../src/dlg_creategame.cpp" line="134"/>
        <source>&amp;Clear</source>
        <translation>設定をクリア</translation>
    </message>
    <message>
        <location filename="../src/dlg_creategame.cpp" line="140"/>
        <source>Create game</source>
        <translation>ゲームを作成</translation>
    </message>
    <message>
        <location filename="../src/dlg_creategame.cpp" line="183"/>
        <source>Game information</source>
        <translation>ゲーム情報</translation>
    </message>
    <message>
        <location filename="../src/dlg_creategame.cpp" line="261"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../src/dlg_creategame.cpp" line="261"/>
        <source>Server error.</source>
        <translation>サーバーエラー。</translation>
    </message>
</context>
<context>
    <name>DlgCreateToken</name>
    <message>
        <location filename="../src/dlg_create_token.cpp" line="28"/>
        <source>&amp;Name:</source>
        <translation>トークン名:</translation>
    </message>
    <message>
        <location filename="../src/dlg_create_token.cpp" line="29"/>
        <source>Token</source>
        <translation>トークン</translation>
    </message>
    <message>
        <location filename="../src/dlg_create_token.cpp" line="34"/>
        <source>C&amp;olor:</source>
        <translation>色:</translation>
    </message>
    <message>
        <location filename="../src/dlg_create_token.cpp" line="36"/>
        <source>white</source>
        <translation>白</translation>
    </message>
    <message>
        <location filename="../src/dlg_create_token.cpp" line="37"/>
        <source>blue</source>
        <translation>青</translation>
    </message>
    <message>
        <location filename="../src/dlg_create_token.cpp" line="38"/>
        <source>black</source>
        <translation>黒</translation>
    </message>
    <message>
        <location filename="../src/dlg_create_token.cpp" line="39"/>
        <source>red</source>
        <translation>赤</translation>
    </message>
    <message>
        <location filename="../src/dlg_create_token.cpp" line="40"/>
        <source>green</source>
        <translation>緑</translation>
    </message>
    <message>
        <location filename="../src/dlg_create_token.cpp" line="41"/>
        <source>multicolor</source>
        <translation>多色</translation>
    </message>
    <message>
        <location filename="../src/dlg_create_token.cpp" line="42"/>
        <source>colorless</source>
        <translation>無色</translation>
    </message>
    <message>
        <location filename="../src/dlg_create_token.cpp" line="45"/>
        <source>&amp;P/T:</source>
        <translation>P/T:</translation>
    </message>
    <message>
        <location filename="../src/dlg_create_token.cpp" line="49"/>
        <source>&amp;Annotation:</source>
        <translation>注釈:</translation>
    </message>
    <message>
        <location filename="../src/dlg_create_token.cpp" line="53"/>
        <source>&amp;Destroy token when it leaves the table</source>
        <translation>戦場を離れる際に破棄</translation>
    </message>
    <message>
        <location filename="../src/dlg_create_token.cpp" line="67"/>
        <source>Token data</source>
        <translation>トークン設定</translation>
    </message>
    <message>
        <location filename="../src/dlg_create_token.cpp" line="74"/>
        <source>Show &amp;all tokens</source>
        <translation>すべてのトークンを見る</translation>
    </message>
    <message>
        <location filename="../src/dlg_create_token.cpp" line="76"/>
        <source>Show tokens from this &amp;deck</source>
        <translation>このデッキのトークンを見る</translation>
    </message>
    <message>
        <location filename="../src/dlg_create_token.cpp" line="114"/>
        <source>Choose token from list</source>
        <translation>一覧からトークンを作成する</translation>
    </message>
    <message>
        <location filename="../src/dlg_create_token.cpp" line="132"/>
        <source>Create token</source>
        <translation>トークンを作成</translation>
    </message>
</context>
<context>
    <name>DlgEditAvatar</name>
    <message>
        <location filename="../src/dlg_edit_avatar.cpp" line="15"/>
        <location filename="../src/dlg_edit_avatar.cpp" line="54"/>
        <source>No image chosen.</source>
        <translation>画像がありません。</translation>
    </message>
    <message>
        <location filename="../src/dlg_edit_avatar.cpp" line="20"/>
        <source>To change your avatar, choose a new image.
To remove your current avatar, confirm without choosing a new image.</source>
        <translation>アバターを変更するには、新しい画像を選択してください。
現在のアバターを削除するには、新しい画像を選ばずにOKを押してください。</translation>
    </message>
    <message>
        <location filename="../src/dlg_edit_avatar.cpp" line="22"/>
        <source>Browse...</source>
        <translation>参照...</translation>
    </message>
    <message>
        <location filename="../src/dlg_edit_avatar.cpp" line="39"/>
        <source>Change avatar</source>
        <translation>アバター変更</translation>
    </message>
    <message>
        <location filename="../src/dlg_edit_avatar.cpp" line="52"/>
        <source>Open Image</source>
        <translation>アバター画像を開く</translation>
    </message>
    <message>
        <location filename="../src/dlg_edit_avatar.cpp" line="52"/>
        <source>Image Files (*.png *.jpg *.bmp)</source>
        <translation>画像ファイル (*.png *.jpg *.bmp)</translation>
    </message>
    <message>
        <location filename="../src/dlg_edit_avatar.cpp" line="64"/>
        <source>Invalid image chosen.</source>
        <translation>この画像は使用できません。</translation>
    </message>
</context>
<context>
    <name>DlgEditPassword</name>
    <message>
        <location filename="../src/dlg_edit_password.cpp" line="13"/>
        <source>Old password:</source>
        <translation>前のパスワード:</translation>
    </message>
    <message>
        <location filename="../src/dlg_edit_password.cpp" line="22"/>
        <source>New password:</source>
        <translation>新しいパスワード:</translation>
    </message>
    <message>
        <location filename="../src/dlg_edit_password.cpp" line="27"/>
        <source>Confirm new password:</source>
        <translation>新しいパスワード（確認）:</translation>
    </message>
    <message>
        <location filename="../src/dlg_edit_password.cpp" line="49"/>
        <source>Change password</source>
        <translation>パスワード変更</translation>
    </message>
    <message>
        <location filename="../src/dlg_edit_password.cpp" line="57"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../src/dlg_edit_password.cpp" line="57"/>
        <source>The new passwords don&apos;t match.</source>
        <translation>新しいパスワードが一致しませんでした。</translation>
    </message>
</context>
<context>
    <name>DlgEditTokens</name>
    <message>
        <location filename="../src/dlg_edit_tokens.cpp" line="22"/>
        <source>&amp;Name:</source>
        <translation>トークン名:</translation>
    </message>
    <message>
        <location filename="../src/dlg_edit_tokens.cpp" line="27"/>
        <source>C&amp;olor:</source>
        <translation>色:</translation>
    </message>
    <message>
        <location filename="../src/dlg_edit_tokens.cpp" line="29"/>
        <source>white</source>
        <translation>白</translation>
    </message>
    <message>
        <location filename="../src/dlg_edit_tokens.cpp" line="30"/>
        <source>blue</source>
        <translation>青</translation>
    </message>
    <message>
        <location filename="../src/dlg_edit_tokens.cpp" line="31"/>
        <source>black</source>
        <translation>黒</translation>
    </message>
    <message>
        <location filename="../src/dlg_edit_tokens.cpp" line="32"/>
        <source>red</source>
        <translation>赤</translation>
    </message>
    <message>
        <location filename="../src/dlg_edit_tokens.cpp" line="33"/>
        <source>green</source>
        <translation>緑</translation>
    </message>
    <message>
        <location filename="../src/dlg_edit_tokens.cpp" line="34"/>
        <source>multicolor</source>
        <translation>多色</translation>
    </message>
    <message>
        <location filename="../src/dlg_edit_tokens.cpp" line="35"/>
        <source>colorless</source>
        <translation>無色</translation>
    </message>
    <message>
        <location filename="../src/dlg_edit_tokens.cpp" line="39"/>
        <source>&amp;P/T:</source>
        <translation>P/T:</translation>
    </message>
    <message>
        <location filename="../src/dlg_edit_tokens.cpp" line="44"/>
        <source>&amp;Annotation:</source>
        <translation>注釈:</translation>
    </message>
    <message>
        <location filename="../src/dlg_edit_tokens.cpp" line="59"/>
        <source>Token data</source>
        <translation>トークンの設定</translation>
    </message>
    <message>
        <location filename="../src/dlg_edit_tokens.cpp" line="85"/>
        <location filename="../src/dlg_edit_tokens.cpp" line="145"/>
        <source>Add token</source>
        <translation>トークンを追加</translation>
    </message>
    <message>
        <location filename="../src/dlg_edit_tokens.cpp" line="88"/>
        <source>Remove token</source>
        <translation>トークンを削除</translation>
    </message>
    <message>
        <location filename="../src/dlg_edit_tokens.cpp" line="113"/>
        <source>Edit tokens</source>
        <translation>トークンを編集</translation>
    </message>
    <message>
        <location filename="../src/dlg_edit_tokens.cpp" line="145"/>
        <source>Please enter the name of the token:</source>
        <translation>トークン名を入力してください:</translation>
    </message>
    <message>
        <location filename="../src/dlg_edit_tokens.cpp" line="149"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../src/dlg_edit_tokens.cpp" line="150"/>
        <source>The chosen name conflicts with an existing card or token.
Make sure to enable the &apos;Token&apos; set in the &quot;Manage sets&quot; dialog to display them correctly.</source>
        <translation>選択された名前は、既存のカードやトークンと競合しています。
正しく表示するためにセットの設定ダイアログでトークンの設定を有効にしていることを確認してください。</translation>
    </message>
</context>
<context>
    <name>DlgEditUser</name>
    <message>
        <location filename="../src/dlg_edit_user.cpp" line="12"/>
        <source>Email:</source>
        <translation>メールアドレス:</translation>
    </message>
    <message>
        <location filename="../src/dlg_edit_user.cpp" line="17"/>
        <source>Country:</source>
        <translation>国籍:</translation>
    </message>
    <message>
        <location filename="../src/dlg_edit_user.cpp" line="20"/>
        <source>Undefined</source>
        <translation>指定なし</translation>
    </message>
    <message>
        <location filename="../src/dlg_edit_user.cpp" line="33"/>
        <source>Real name:</source>
        <translation>本名:</translation>
    </message>
    <message>
        <location filename="../src/dlg_edit_user.cpp" line="55"/>
        <source>Edit user profile</source>
        <translation>ユーザー情報編集</translation>
    </message>
</context>
<context>
    <name>DlgFilterGames</name>
    <message>
        <location filename="../src/dlg_filter_games.cpp" line="19"/>
        <source>Show &apos;&amp;buddies only&apos; games</source>
        <translation>「フレンドのみ」のゲームを表示</translation>
    </message>
    <message>
        <location filename="../src/dlg_filter_games.cpp" line="22"/>
        <source>Show &amp;unavailable games</source>
        <translation>満員のゲームも表示</translation>
    </message>
    <message>
        <location filename="../src/dlg_filter_games.cpp" line="25"/>
        <source>Show &amp;password protected games</source>
        <translation>パスワードが必要なゲームを表示</translation>
    </message>
    <message>
        <location filename="../src/dlg_filter_games.cpp" line="30"/>
        <source>Game &amp;description:</source>
        <translation>説明でフィルター:</translation>
    </message>
    <message>
        <location filename="../src/dlg_filter_games.cpp" line="35"/>
        <source>&amp;Creator name:</source>
        <translation>作成者でフィルター:</translation>
    </message>
    <message>
        <location filename="../src/dlg_filter_games.cpp" line="51"/>
        <source>&amp;Game types</source>
        <translation>ゲームタイプ</translation>
    </message>
    <message>
        <location filename="../src/dlg_filter_games.cpp" line="56"/>
        <source>at &amp;least:</source>
        <translation>最少:</translation>
    </message>
    <message>
        <location filename="../src/dlg_filter_games.cpp" line="63"/>
        <source>at &amp;most:</source>
        <translation>最大:</translation>
    </message>
    <message>
        <location filename="../src/dlg_filter_games.cpp" line="76"/>
        <source>Maximum player count</source>
        <translation>プレイヤー人数:</translation>
    </message>
    <message>
        <location filename="../src/dlg_filter_games.cpp" line="84"/>
        <source>Restrictions</source>
        <translation>制限</translation>
    </message>
    <message>
        <location filename="../src/dlg_filter_games.cpp" line="115"/>
        <source>Filter games</source>
        <translation>ゲームフィルタ</translation>
    </message>
</context>
<context>
    <name>DlgForgotPasswordChallenge</name>
    <message>
        <location filename="../src/dlg_forgotpasswordchallenge.cpp" line="31"/>
        <location filename="../src/dlg_forgotpasswordchallenge.cpp" line="90"/>
        <source>Forgot Password Challenge Warning</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/dlg_forgotpasswordchallenge.cpp" line="32"/>
        <source>Oops, looks like something has gone wrong.  Please restart the forgot password process by using the forgot password button on the connection screen.</source>
        <translation>／(^o^)＼接続画面で[パスワード忘れちゃった]ボタンをクリックして、パスワードを忘れた場合の処理​​をやり直してください。</translation>
    </message>
    <message>
        <location filename="../src/dlg_forgotpasswordchallenge.cpp" line="37"/>
        <source>&amp;Host:</source>
        <translation>ホストアドレス:</translation>
    </message>
    <message>
        <location filename="../src/dlg_forgotpasswordchallenge.cpp" line="41"/>
        <source>&amp;Port:</source>
        <translation>ポート:</translation>
    </message>
    <message>
        <location filename="../src/dlg_forgotpasswordchallenge.cpp" line="45"/>
        <source>Player &amp;name:</source>
        <translation>プレイヤー名:</translation>
    </message>
    <message>
        <location filename="../src/dlg_forgotpasswordchallenge.cpp" line="49"/>
        <source>Email:</source>
        <translation>メールアドレス:</translation>
    </message>
    <message>
        <location filename="../src/dlg_forgotpasswordchallenge.cpp" line="82"/>
        <source>Forgot Password Challenge</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/dlg_forgotpasswordchallenge.cpp" line="90"/>
        <source>The email address can&apos;t be empty.</source>
        <translation>メールアドレスを入力してください。</translation>
    </message>
</context>
<context>
    <name>DlgForgotPasswordRequest</name>
    <message>
        <location filename="../src/dlg_forgotpasswordrequest.cpp" line="29"/>
        <source>&amp;Host:</source>
        <translation>ホストアドレス:</translation>
    </message>
    <message>
        <location filename="../src/dlg_forgotpasswordrequest.cpp" line="33"/>
        <source>&amp;Port:</source>
        <translation>ポート:</translation>
    </message>
    <message>
        <location filename="../src/dlg_forgotpasswordrequest.cpp" line="37"/>
        <source>Player &amp;name:</source>
        <translation>プレイヤー名:</translation>
    </message>
    <message>
        <location filename="../src/dlg_forgotpasswordrequest.cpp" line="58"/>
        <source>Forgot Password Request</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/dlg_forgotpasswordrequest.cpp" line="66"/>
        <source>Forgot Password Request Warning</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/dlg_forgotpasswordrequest.cpp" line="66"/>
        <source>The player name can&apos;t be empty.</source>
        <translation>プレイヤー名を入力して下さい。</translation>
    </message>
</context>
<context>
    <name>DlgForgotPasswordReset</name>
    <message>
        <location filename="../src/dlg_forgotpasswordreset.cpp" line="31"/>
        <location filename="../src/dlg_forgotpasswordreset.cpp" line="104"/>
        <location filename="../src/dlg_forgotpasswordreset.cpp" line="109"/>
        <location filename="../src/dlg_forgotpasswordreset.cpp" line="114"/>
        <location filename="../src/dlg_forgotpasswordreset.cpp" line="119"/>
        <source>Forgot Password Reset Warning</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/dlg_forgotpasswordreset.cpp" line="32"/>
        <source>Opps, looks like something has gone wrong.  Please re-start the forgot password process by using the forgot password button on the connection screen.</source>
        <translation>／(^o^)＼接続画面で[パスワード忘れちゃった]ボタンをクリックして、パスワードを忘れた場合の処理​​をやり直してください。</translation>
    </message>
    <message>
        <location filename="../src/dlg_forgotpasswordreset.cpp" line="37"/>
        <source>&amp;Host:</source>
        <translation>ホストアドレス:</translation>
    </message>
    <message>
        <location filename="../src/dlg_forgotpasswordreset.cpp" line="41"/>
        <source>&amp;Port:</source>
        <translation>ポート:</translation>
    </message>
    <message>
        <location filename="../src/dlg_forgotpasswordreset.cpp" line="45"/>
        <source>Player &amp;name:</source>
        <translation>プレイヤー名:</translation>
    </message>
    <message>
        <location filename="../src/dlg_forgotpasswordreset.cpp" line="49"/>
        <source>Token:</source>
        <translation>トークン:</translation>
    </message>
    <message>
        <location filename="../src/dlg_forgotpasswordreset.cpp" line="53"/>
        <location filename="../src/dlg_forgotpasswordreset.cpp" line="58"/>
        <source>New Password:</source>
        <translation>新しいパスワード:</translation>
    </message>
    <message>
        <location filename="../src/dlg_forgotpasswordreset.cpp" line="96"/>
        <source>Forgot Password Reset</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/dlg_forgotpasswordreset.cpp" line="104"/>
        <source>The player name can&apos;t be empty.</source>
        <translation>プレイヤー名を入力して下さい。</translation>
    </message>
    <message>
        <location filename="../src/dlg_forgotpasswordreset.cpp" line="109"/>
        <source>The token can&apos;t be empty.</source>
        <translation>トークンを入力してください。</translation>
    </message>
    <message>
        <location filename="../src/dlg_forgotpasswordreset.cpp" line="114"/>
        <source>The new password can&apos;t be empty.</source>
        <translation>新しいパスワードを入力してください。</translation>
    </message>
    <message>
        <location filename="../src/dlg_forgotpasswordreset.cpp" line="119"/>
        <source>The passwords do not match.</source>
        <translation>パスワードが一致しませんでした。</translation>
    </message>
</context>
<context>
    <name>DlgLoadDeckFromClipboard</name>
    <message>
        <location filename="../src/dlg_load_deck_from_clipboard.cpp" line="17"/>
        <source>&amp;Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../src/dlg_load_deck_from_clipboard.cpp" line="31"/>
        <source>Load deck from clipboard</source>
        <translation>クリップボードからデッキを開く</translation>
    </message>
    <message>
        <location filename="../src/dlg_load_deck_from_clipboard.cpp" line="60"/>
        <location filename="../src/dlg_load_deck_from_clipboard.cpp" line="67"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../src/dlg_load_deck_from_clipboard.cpp" line="60"/>
        <location filename="../src/dlg_load_deck_from_clipboard.cpp" line="67"/>
        <source>Invalid deck list.</source>
        <translation>無効なデッキリストです。</translation>
    </message>
</context>
<context>
    <name>DlgLoadRemoteDeck</name>
    <message>
        <location filename="../src/dlg_load_remote_deck.cpp" line="24"/>
        <source>Load deck</source>
        <translation>デッキを開く</translation>
    </message>
</context>
<context>
    <name>DlgRegister</name>
    <message>
        <location filename="../src/dlg_register.cpp" line="15"/>
        <source>&amp;Host:</source>
        <translation>ホストアドレス:</translation>
    </message>
    <message>
        <location filename="../src/dlg_register.cpp" line="19"/>
        <source>&amp;Port:</source>
        <translation>ポート:</translation>
    </message>
    <message>
        <location filename="../src/dlg_register.cpp" line="23"/>
        <source>Player &amp;name:</source>
        <translation>プレイヤー名:</translation>
    </message>
    <message>
        <location filename="../src/dlg_register.cpp" line="27"/>
        <source>P&amp;assword:</source>
        <translation>パスワード:</translation>
    </message>
    <message>
        <location filename="../src/dlg_register.cpp" line="32"/>
        <source>Password (again):</source>
        <translation>パスワード (確認) :</translation>
    </message>
    <message>
        <location filename="../src/dlg_register.cpp" line="37"/>
        <source>Email:</source>
        <translation>メールアドレス:</translation>
    </message>
    <message>
        <location filename="../src/dlg_register.cpp" line="41"/>
        <source>Email (again):</source>
        <translation>メールアドレス (確認) :</translation>
    </message>
    <message>
        <location filename="../src/dlg_register.cpp" line="45"/>
        <source>Country:</source>
        <translation>国籍:</translation>
    </message>
    <message>
        <location filename="../src/dlg_register.cpp" line="48"/>
        <source>Undefined</source>
        <translation>指定なし</translation>
    </message>
    <message>
        <location filename="../src/dlg_register.cpp" line="303"/>
        <source>Real name:</source>
        <translation>本名:</translation>
    </message>
    <message>
        <location filename="../src/dlg_register.cpp" line="336"/>
        <source>Register to server</source>
        <translation>サーバーに登録する</translation>
    </message>
    <message>
        <location filename="../src/dlg_register.cpp" line="344"/>
        <location filename="../src/dlg_register.cpp" line="347"/>
        <location filename="../src/dlg_register.cpp" line="352"/>
        <source>Registration Warning</source>
        <translation>登録に関する警告</translation>
    </message>
    <message>
        <location filename="../src/dlg_register.cpp" line="344"/>
        <source>Your passwords do not match, please try again.</source>
        <translation>パスワードが一致しませんでした。もう一度入力して下さい。</translation>
    </message>
    <message>
        <location filename="../src/dlg_register.cpp" line="348"/>
        <source>Your email addresses do not match, please try again.</source>
        <translation>メールアドレスが一致しませんでした。もう一度入力して下さい。</translation>
    </message>
    <message>
        <location filename="../src/dlg_register.cpp" line="352"/>
        <source>The player name can&apos;t be empty.</source>
        <translation>プレイヤー名を入力して下さい。</translation>
    </message>
</context>
<context>
    <name>DlgSettings</name>
    <message>
        <location filename="../src/dlg_settings.cpp" line="999"/>
        <source>Unknown Error loading card database</source>
        <translation>カードデータベース読み込みの不明なエラー。</translation>
    </message>
    <message>
        <location filename="../src/dlg_settings.cpp" line="1007"/>
        <source>Your card database is invalid.

Cockatrice may not function correctly with an invalid database

You may need to rerun oracle to update your card database.

Would you like to change your database location setting?</source>
        <translation>無効なカードデータベースです。

Cockatriceは無効なデータベースでは正しく機能しない場合があります。

Oracle Importerでデータベースを更新する必要があります。

データベースの場所の設定を変更してみてください。</translation>
    </message>
    <message>
        <location filename="../src/dlg_settings.cpp" line="1013"/>
        <source>Your card database version is too old.

This can cause problems loading card information or images

Usually this can be fixed by rerunning oracle to to update your card database.

Would you like to change your database location setting?</source>
        <translation>古いカードデータベースです。

カード情報や画像をロードする問題を引き起こす可能性があります。

Oracle Importerでデータベースを更新する必要があります。

データベースの場所の設定を変更してみてください。</translation>
    </message>
    <message>
        <location filename="../src/dlg_settings.cpp" line="1019"/>
        <source>Your card database did not finish loading

Please file a ticket at http://github.com/Cockatrice/Cockatrice/issues with your cards.xml attached

Would you like to change your database location setting?</source>
        <translation>カードデータベースの読み込みが終了しませんでした。

あなたのcards.xmlを添付してhttp://github.com/Cockatrice/Cockatrice/issues でチケットを提出してください。

データベースの場所の設定を変更してみてください。</translation>
    </message>
    <message>
        <location filename="../src/dlg_settings.cpp" line="1025"/>
        <source>File Error loading your card database.

Would you like to change your database location setting?</source>
        <translation>カードデータベースファイルのロードエラー。

データベースの場所の設定を変更してみてください。</translation>
    </message>
    <message>
        <location filename="../src/dlg_settings.cpp" line="1029"/>
        <source>Your card database was loaded but contains no cards.

Would you like to change your database location setting?</source>
        <translation>データベースにカード情報がありません。

データベースの場所の設定を変更してみてください。</translation>
    </message>
    <message>
        <location filename="../src/dlg_settings.cpp" line="1033"/>
        <source>Unknown card database load status

Please file a ticket at http://github.com/Cockatrice/Cockatrice/issues

Would you like to change your database location setting?</source>
        <translation>不明なカードデータベースのロードステータス。

http://github.com/Cockatrice/Cockatrice/issues でチケットを提出してください。

データベースの場所の設定を変更してみてください。</translation>
    </message>
    <message>
        <location filename="../src/dlg_settings.cpp" line="1041"/>
        <location filename="../src/dlg_settings.cpp" line="1051"/>
        <location filename="../src/dlg_settings.cpp" line="1061"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../src/dlg_settings.cpp" line="1052"/>
        <source>The path to your deck directory is invalid. Would you like to go back and set the correct path?</source>
        <translation>あなたのデッキディレクトリへのパスは無効です。前に戻って正しいパスを設定してください。</translation>
    </message>
    <message>
        <location filename="../src/dlg_settings.cpp" line="1062"/>
        <source>The path to your card pictures directory is invalid. Would you like to go back and set the correct path?</source>
        <translation>あなたのカード画像ディレクトリへのパスは無効です。前に戻って正しいパスを設定してください。</translation>
    </message>
    <message>
        <location filename="../src/dlg_settings.cpp" line="1074"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../src/dlg_settings.cpp" line="1076"/>
        <source>General</source>
        <translation>全般</translation>
    </message>
    <message>
        <location filename="../src/dlg_settings.cpp" line="1077"/>
        <source>Appearance</source>
        <translation>外観</translation>
    </message>
    <message>
        <location filename="../src/dlg_settings.cpp" line="1078"/>
        <source>User Interface</source>
        <translation>UI</translation>
    </message>
    <message>
        <location filename="../src/dlg_settings.cpp" line="1079"/>
        <source>Deck Editor</source>
        <translation>デッキエディター</translation>
    </message>
    <message>
        <location filename="../src/dlg_settings.cpp" line="1080"/>
        <source>Chat</source>
        <translation>チャット</translation>
    </message>
    <message>
        <location filename="../src/dlg_settings.cpp" line="1081"/>
        <source>Sound</source>
        <translation>サウンド</translation>
    </message>
    <message>
        <location filename="../src/dlg_settings.cpp" line="1082"/>
        <source>Shortcuts</source>
        <translation>ショートカット</translation>
    </message>
</context>
<context>
    <name>DlgTipOfTheDay</name>
    <message>
        <location filename="../src/dlg_tip_of_the_day.cpp" line="67"/>
        <source>Next</source>
        <translation>次</translation>
    </message>
    <message>
        <location filename="../src/dlg_tip_of_the_day.cpp" line="68"/>
        <source>Previous</source>
        <translation>前</translation>
    </message>
    <message>
        <location filename="../src/dlg_tip_of_the_day.cpp" line="90"/>
        <source>Tip of the Day</source>
        <translation>今日のヒント</translation>
    </message>
</context>
<context>
    <name>DlgUpdate</name>
    <message>
        <location filename="../src/dlg_update.cpp" line="59"/>
        <location filename="../src/dlg_update.cpp" line="198"/>
        <location filename="../src/dlg_update.cpp" line="205"/>
        <location filename="../src/dlg_update.cpp" line="220"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../src/dlg_update.cpp" line="26"/>
        <source>Current release channel</source>
        <translation>現在のリリースチャンネル:</translation>
    </message>
    <message>
        <location filename="../src/dlg_update.cpp" line="35"/>
        <source>Reinstall</source>
        <translation>再インストール</translation>
    </message>
    <message>
        <location filename="../src/dlg_update.cpp" line="36"/>
        <source>Cancel Download</source>
        <translation>ダウンロードをキャンセル</translation>
    </message>
    <message>
        <location filename="../src/dlg_update.cpp" line="37"/>
        <source>Open Download Page</source>
        <translation>ダウンロードページを開く</translation>
    </message>
    <message>
        <location filename="../src/dlg_update.cpp" line="60"/>
        <source>Cockatrice was not built with SSL support, therefore you cannot download updates automatically! 
Please visit the download page to update manually.</source>
        <translation>CockatriceはSSLをサポートしていなかったため、更新を自動ダウンロード出来ません。
ダウンロードページから手動で更新してください。</translation>
    </message>
    <message>
        <location filename="../src/dlg_update.cpp" line="119"/>
        <source>Finished checking for updates</source>
        <translation>更新のチェックが完了しました</translation>
    </message>
    <message>
        <location filename="../src/dlg_update.cpp" line="129"/>
        <source>No Update Available</source>
        <translation>更新がありません</translation>
    </message>
    <message>
        <location filename="../src/dlg_update.cpp" line="130"/>
        <source>Cockatrice is up to date!</source>
        <translation>Cockatriceは最新版です。やったね！</translation>
    </message>
    <message>
        <location filename="../src/dlg_update.cpp" line="131"/>
        <source>You are already running the latest version available in the chosen release channel.</source>
        <translation>選択したリリースチャンネルで最新のバージョンを使用しています。</translation>
    </message>
    <message>
        <location filename="../src/dlg_update.cpp" line="132"/>
        <source>Current version</source>
        <translation>現在のバージョン</translation>
    </message>
    <message>
        <location filename="../src/dlg_update.cpp" line="133"/>
        <source>Selected release channel</source>
        <translation>選択したリリースチャンネル</translation>
    </message>
    <message>
        <location filename="../src/dlg_update.cpp" line="145"/>
        <location filename="../src/dlg_update.cpp" line="156"/>
        <source>Update Available</source>
        <translation>更新できます！！！</translation>
    </message>
    <message>
        <location filename="../src/dlg_update.cpp" line="146"/>
        <location filename="../src/dlg_update.cpp" line="157"/>
        <source>A new version of Cockatrice is available!</source>
        <translation>新しいバージョンのCockatriceが利用できます！</translation>
    </message>
    <message>
        <location filename="../src/dlg_update.cpp" line="146"/>
        <location filename="../src/dlg_update.cpp" line="157"/>
        <source>New version</source>
        <translation>新しいバージョン</translation>
    </message>
    <message>
        <location filename="../src/dlg_update.cpp" line="147"/>
        <location filename="../src/dlg_update.cpp" line="158"/>
        <source>Released</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/dlg_update.cpp" line="148"/>
        <location filename="../src/dlg_update.cpp" line="159"/>
        <source>Changelog</source>
        <translation>変更履歴</translation>
    </message>
    <message>
        <location filename="../src/dlg_update.cpp" line="149"/>
        <source>Do you want to update now?</source>
        <translation>今すぐ更新しますか？</translation>
    </message>
    <message>
        <location filename="../src/dlg_update.cpp" line="161"/>
        <source>Unfortunately there are no download packages available for your operating system. 
You may have to build from source yourself.</source>
        <translation>残念ながら、お使いのオペレーティングシステム用のダウンロードパッケージはありません。 
自分でソースからビルドする必要があるかもしれません。</translation>
    </message>
    <message>
        <location filename="../src/dlg_update.cpp" line="164"/>
        <source>Please check the download page manually and visit the wiki for instructions on compiling.</source>
        <translation>ダウンロードページを手動で確認し、wikiにアクセスしてコンパイルの手順を確認してください。</translation>
    </message>
    <message>
        <location filename="../src/dlg_update.cpp" line="200"/>
        <source>An error occurred while checking for updates:</source>
        <translation>更新のチェック中にエラーが発生しました:</translation>
    </message>
    <message>
        <location filename="../src/dlg_update.cpp" line="208"/>
        <source>An error occurred while downloading an update:</source>
        <translation>更新のダウンロード中にエラーが発生しました:</translation>
    </message>
    <message>
        <location filename="../src/dlg_update.cpp" line="222"/>
        <source>Cockatrice is unable to open the installer.</source>
        <translation>インストーラーが開けませんでした。</translation>
    </message>
    <message>
        <location filename="../src/dlg_update.cpp" line="223"/>
        <source>Try to update manually by closing Cockatrice and running the installer.</source>
        <translation>Cockatriceを終了した後、インストーラーから手動で更新してください。</translation>
    </message>
    <message>
        <location filename="../src/dlg_update.cpp" line="224"/>
        <source>Download location</source>
        <translation>ダウンロード場所</translation>
    </message>
    <message>
        <location filename="../src/dlg_update.cpp" line="91"/>
        <source>Downloading update...</source>
        <translation>更新をダウンロード中...</translation>
    </message>
    <message>
        <location filename="../src/dlg_update.cpp" line="108"/>
        <source>Checking for updates...</source>
        <translation>更新のチェック中...</translation>
    </message>
    <message>
        <location filename="../src/dlg_update.cpp" line="199"/>
        <location filename="../src/dlg_update.cpp" line="207"/>
        <location filename="../src/dlg_update.cpp" line="221"/>
        <source>Update Error</source>
        <translation>更新エラー</translation>
    </message>
    <message>
        <location filename="../src/dlg_update.cpp" line="213"/>
        <source>Installing...</source>
        <translation>インストール中...</translation>
    </message>
</context>
<context>
    <name>DlgViewLog</name>
    <message>
        <location filename="../src/dlg_viewlog.cpp" line="18"/>
        <source>Clear log when closing</source>
        <translation>閉じるときにログをクリアする</translation>
    </message>
    <message>
        <location filename="../src/dlg_viewlog.cpp" line="25"/>
        <source>Debug Log</source>
        <translation>デバッグログ</translation>
    </message>
</context>
<context>
    <name>FilterBuilder</name>
    <message>
        <location filename="../src/filterbuilder.cpp" line="28"/>
        <source>Type your filter here</source>
        <translation>ここにフィルタを入力</translation>
    </message>
</context>
<context>
    <name>GameSelector</name>
    <message>
        <location filename="../src/gameselector.cpp" line="157"/>
        <location filename="../src/gameselector.cpp" line="160"/>
        <location filename="../src/gameselector.cpp" line="163"/>
        <location filename="../src/gameselector.cpp" line="166"/>
        <location filename="../src/gameselector.cpp" line="169"/>
        <location filename="../src/gameselector.cpp" line="172"/>
        <location filename="../src/gameselector.cpp" line="175"/>
        <location filename="../src/gameselector.cpp" line="178"/>
        <location filename="../src/gameselector.cpp" line="211"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../src/gameselector.cpp" line="157"/>
        <source>Please join the appropriate room first.</source>
        <translation>適切な部屋に参加してください。</translation>
    </message>
    <message>
        <location filename="../src/gameselector.cpp" line="160"/>
        <source>Wrong password.</source>
        <translation>パスワードが間違っています。</translation>
    </message>
    <message>
        <location filename="../src/gameselector.cpp" line="163"/>
        <source>Spectators are not allowed in this game.</source>
        <translation>このゲームは観戦出来ません。</translation>
    </message>
    <message>
        <location filename="../src/gameselector.cpp" line="166"/>
        <source>The game is already full.</source>
        <translation>このゲームはすでに満員です。</translation>
    </message>
    <message>
        <location filename="../src/gameselector.cpp" line="169"/>
        <source>The game does not exist any more.</source>
        <translation>このゲームは既に存在しません。</translation>
    </message>
    <message>
        <location filename="../src/gameselector.cpp" line="172"/>
        <source>This game is only open to registered users.</source>
        <translation>このゲームは登録済みプレイヤーのみ参加できます。</translation>
    </message>
    <message>
        <location filename="../src/gameselector.cpp" line="175"/>
        <source>This game is only open to its creator&apos;s buddies.</source>
        <translation>このゲームは作成者のフレンドのみ参加できます。</translation>
    </message>
    <message>
        <location filename="../src/gameselector.cpp" line="178"/>
        <source>You are being ignored by the creator of this game.</source>
        <translation>あなたはゲームの作成者によって参加拒否されています。</translation>
    </message>
    <message>
        <location filename="../src/gameselector.cpp" line="198"/>
        <source>Join game</source>
        <translation>参加</translation>
    </message>
    <message>
        <location filename="../src/gameselector.cpp" line="198"/>
        <source>Password:</source>
        <translation>パスワード:</translation>
    </message>
    <message>
        <location filename="../src/gameselector.cpp" line="211"/>
        <source>Please join the respective room first.</source>
        <translation>最初にルームに参加してください。</translation>
    </message>
    <message>
        <location filename="../src/gameselector.cpp" line="227"/>
        <source>Games</source>
        <translation>ゲーム</translation>
    </message>
    <message>
        <location filename="../src/gameselector.cpp" line="228"/>
        <source>&amp;Filter games</source>
        <translation>ゲームフィルタ</translation>
    </message>
    <message>
        <location filename="../src/gameselector.cpp" line="229"/>
        <source>C&amp;lear filter</source>
        <translation>フィルタ解除</translation>
    </message>
    <message>
        <location filename="../src/gameselector.cpp" line="231"/>
        <source>C&amp;reate</source>
        <translation>ゲームを作成</translation>
    </message>
    <message>
        <location filename="../src/gameselector.cpp" line="232"/>
        <source>&amp;Join</source>
        <translation>参加する</translation>
    </message>
    <message>
        <location filename="../src/gameselector.cpp" line="233"/>
        <source>J&amp;oin as spectator</source>
        <translation>観戦する</translation>
    </message>
</context>
<context>
    <name>GamesModel</name>
    <message>
        <location filename="../src/gamesmodel.cpp" line="28"/>
        <source>New</source>
        <translation>新</translation>
    </message>
    <message>
        <location filename="../src/gamesmodel.cpp" line="126"/>
        <source>password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location filename="../src/gamesmodel.cpp" line="128"/>
        <source>buddies only</source>
        <translation>フレンドのみ</translation>
    </message>
    <message>
        <location filename="../src/gamesmodel.cpp" line="130"/>
        <source>reg. users only</source>
        <translation>登録ユーザーのみ</translation>
    </message>
    <message>
        <location filename="../src/gamesmodel.cpp" line="162"/>
        <location filename="../src/gamesmodel.cpp" line="167"/>
        <source>can chat</source>
        <translation>チャット可</translation>
    </message>
    <message>
        <location filename="../src/gamesmodel.cpp" line="164"/>
        <source>see hands</source>
        <translation>手札閲覧可</translation>
    </message>
    <message>
        <location filename="../src/gamesmodel.cpp" line="169"/>
        <source>can see hands</source>
        <translation>手札閲覧可</translation>
    </message>
    <message>
        <location filename="../src/gamesmodel.cpp" line="174"/>
        <source>not allowed</source>
        <translation>観戦不可</translation>
    </message>
    <message>
        <location filename="../src/gamesmodel.cpp" line="192"/>
        <source>Room</source>
        <translation>ルーム</translation>
    </message>
    <message>
        <location filename="../src/gamesmodel.cpp" line="196"/>
        <source>Age</source>
        <translation>作成時</translation>
    </message>
    <message>
        <location filename="../src/gamesmodel.cpp" line="208"/>
        <source>Type</source>
        <translation>タイプ</translation>
    </message>
    <message>
        <location filename="../src/gamesmodel.cpp" line="204"/>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <location filename="../src/gamesmodel.cpp" line="206"/>
        <source>Creator</source>
        <translation>作成者</translation>
    </message>
    <message>
        <location filename="../src/gamesmodel.cpp" line="210"/>
        <source>Restrictions</source>
        <translation>制限</translation>
    </message>
    <message>
        <location filename="../src/gamesmodel.cpp" line="214"/>
        <source>Players</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../src/gamesmodel.cpp" line="222"/>
        <source>Spectators</source>
        <translation>観戦者</translation>
    </message>
</context>
<context>
    <name>GeneralSettingsPage</name>
    <message>
        <location filename="../src/dlg_settings.cpp" line="213"/>
        <location filename="../src/dlg_settings.cpp" line="223"/>
        <location filename="../src/dlg_settings.cpp" line="233"/>
        <location filename="../src/dlg_settings.cpp" line="267"/>
        <location filename="../src/dlg_settings.cpp" line="277"/>
        <source>Choose path</source>
        <translation>パスを選択</translation>
    </message>
    <message>
        <location filename="../src/dlg_settings.cpp" line="260"/>
        <source>Success</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../src/dlg_settings.cpp" line="260"/>
        <source>Downloaded card pictures have been reset.</source>
        <translation>ダウンロードしたカード画像を削除しました。</translation>
    </message>
    <message>
        <location filename="../src/dlg_settings.cpp" line="262"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../src/dlg_settings.cpp" line="262"/>
        <source>One or more downloaded card pictures could not be cleared.</source>
        <translation>一部のカード画像が削除できませんでした。</translation>
    </message>
    <message>
        <location filename="../src/dlg_settings.cpp" line="292"/>
        <source>Personal settings</source>
        <translation>個人設定</translation>
    </message>
    <message>
        <location filename="../src/dlg_settings.cpp" line="293"/>
        <source>Language:</source>
        <translation>言語:</translation>
    </message>
    <message>
        <location filename="../src/dlg_settings.cpp" line="294"/>
        <source>Download card pictures on the fly</source>
        <translation>カード画像を自動的にダウンロードする（英語）</translation>
    </message>
    <message>
        <location filename="../src/dlg_settings.cpp" line="297"/>
        <source>Paths (editing disabled in portable mode)</source>
        <translation>パス（ポータブルモードでの編集は無効）</translation>
    </message>
    <message>
        <location filename="../src/dlg_settings.cpp" line="299"/>
        <source>Paths</source>
        <translation>パス</translation>
    </message>
    <message>
        <location filename="../src/dlg_settings.cpp" line="302"/>
        <source>Decks directory:</source>
        <translation>デッキフォルダ:</translation>
    </message>
    <message>
        <location filename="../src/dlg_settings.cpp" line="303"/>
        <source>Replays directory:</source>
        <translation>リプレイフォルダ:</translation>
    </message>
    <message>
        <location filename="../src/dlg_settings.cpp" line="304"/>
        <source>Pictures directory:</source>
        <translation>カード画像フォルダ:</translation>
    </message>
    <message>
        <location filename="../src/dlg_settings.cpp" line="305"/>
        <source>Card database:</source>
        <translation>カードデータベース:</translation>
    </message>
    <message>
        <location filename="../src/dlg_settings.cpp" line="306"/>
        <source>Token database:</source>
        <translation>トークンデータベース:</translation>
    </message>
    <message>
        <location filename="../src/dlg_settings.cpp" line="307"/>
        <source>Picture cache size:</source>
        <translation>画像キャッシュサイズ:</translation>
    </message>
    <message>
        <location filename="../src/dlg_settings.cpp" line="308"/>
        <source>Primary download URL:</source>
        <translation>ダウンロードURL:</translation>
    </message>
    <message>
        <location filename="../src/dlg_settings.cpp" line="309"/>
        <source>Fallback download URL:</source>
        <translation>代替ダウンロードURL:</translation>
    </message>
    <message>
        <location filename="../src/dlg_settings.cpp" line="311"/>
        <source>How to set a custom picture url</source>
        <translation>ダウンロード先URLの設定方法について（英語）</translation>
    </message>
    <message>
        <location filename="../src/dlg_settings.cpp" line="312"/>
        <source>Reset/clear downloaded pictures</source>
        <translation>ダウンロードした画像を削除する</translation>
    </message>
    <message>
        <location filename="../src/dlg_settings.cpp" line="313"/>
        <source>Update channel</source>
        <translation>更新チャンネル</translation>
    </message>
    <message>
        <location filename="../src/dlg_settings.cpp" line="314"/>
        <source>Notify if a feature supported by the server is missing in my client</source>
        <translation>サーバーでサポートされている機能がクライアントに存在しない場合に通知する</translation>
    </message>
    <message>
        <location filename="../src/dlg_settings.cpp" line="315"/>
        <location filename="../src/dlg_settings.cpp" line="316"/>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <location filename="../src/dlg_settings.cpp" line="317"/>
        <source>Show tips on startup</source>
        <translation>起動時にヒントを表示する</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/window_main.cpp" line="93"/>
        <location filename="../src/window_main.cpp" line="431"/>
        <source>The server has reached its maximum user capacity, please check back later.</source>
        <translation>サーバーが満員です。</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="96"/>
        <source>There are too many concurrent connections from your address.</source>
        <translation>あなたのアドレスからの同時接続が多すぎます。</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="99"/>
        <source>Banned by moderator</source>
        <translation>モデレーターによるBAN</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="102"/>
        <source>Expected end time: %1</source>
        <translation>予想終了時間: %1</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="104"/>
        <source>This ban lasts indefinitely.</source>
        <translation>永久BANされています。</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="110"/>
        <source>Scheduled server shutdown.</source>
        <translation>サーバーシャットダウン予定時間。</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="113"/>
        <location filename="../src/window_main.cpp" line="446"/>
        <source>Invalid username.</source>
        <translation>ユーザー名が無効です。</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="116"/>
        <source>You have been logged out due to logging in at another location.</source>
        <translation>別の場所でログインしているため、ログアウトしました。</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="121"/>
        <source>Connection closed</source>
        <translation>通信切断</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="122"/>
        <source>The server has terminated your connection.
Reason: %1</source>
        <translation>サーバーはあなたの接続を切断しました。
理由: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/window_main.cpp" line="127"/>
        <source>The server is going to be restarted in %n minute(s).
All running games will be lost.
Reason for shutdown: %1</source>
        <translation><numerusform>このサーバーは%n分で再起動します。
全ての進行中のゲームは失われます。
シャットダウンの理由: %1</numerusform></translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="132"/>
        <source>Scheduled server shutdown</source>
        <translation>サーバーシャットダウン予定時刻</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="169"/>
        <location filename="../src/window_main.cpp" line="179"/>
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="169"/>
        <source>Registration accepted.
Will now login.</source>
        <translation>登録が完了しました。
ログインします。</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="179"/>
        <source>Account activation accepted.
Will now login.</source>
        <translation>アカウント有効化が完了しました。
ログインします。</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="214"/>
        <source>Number of players</source>
        <translation>プレイヤー人数</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="214"/>
        <source>Please enter the number of players.</source>
        <translation>プレイヤーの人数を入れてください.</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="224"/>
        <location filename="../src/window_main.cpp" line="231"/>
        <source>Player %1</source>
        <translation>プレイヤー %1</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="243"/>
        <source>Load replay</source>
        <translation>リプレイを開く</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="299"/>
        <source>About Cockatrice</source>
        <translation>Cockatriceについて</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="302"/>
        <source>Cockatrice Webpage</source>
        <translation>Cockatriceウェブページ</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="302"/>
        <source>Project Manager:</source>
        <translation>プロジェクトマネージャ:</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="303"/>
        <source>Past Project Managers:</source>
        <translation>元プロジェクトマネージャ:</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="304"/>
        <source>Developers:</source>
        <translation>デベロッパ:</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="305"/>
        <source>Our Developers</source>
        <translation>リンク先参照</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="306"/>
        <source>Help Develop!</source>
        <translation>開発者募集中！</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="306"/>
        <source>Translators:</source>
        <translation>翻訳者:</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="308"/>
        <source>Help Translate!</source>
        <translation>翻訳者募集中！</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="309"/>
        <source>Support:</source>
        <translation>サポート:</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="309"/>
        <source>Report an Issue</source>
        <translation>問題を報告</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="310"/>
        <source>Troubleshooting</source>
        <translation>トラブルシューティング</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="311"/>
        <source>F.A.Q.</source>
        <translation>F.A.Q.</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="345"/>
        <location filename="../src/window_main.cpp" line="373"/>
        <location filename="../src/window_main.cpp" line="377"/>
        <location filename="../src/window_main.cpp" line="390"/>
        <location filename="../src/window_main.cpp" line="394"/>
        <location filename="../src/window_main.cpp" line="398"/>
        <location filename="../src/window_main.cpp" line="406"/>
        <location filename="../src/window_main.cpp" line="411"/>
        <location filename="../src/window_main.cpp" line="435"/>
        <location filename="../src/window_main.cpp" line="525"/>
        <location filename="../src/window_main.cpp" line="529"/>
        <location filename="../src/window_main.cpp" line="533"/>
        <location filename="../src/window_main.cpp" line="536"/>
        <location filename="../src/window_main.cpp" line="546"/>
        <location filename="../src/window_main.cpp" line="553"/>
        <location filename="../src/window_main.cpp" line="560"/>
        <location filename="../src/window_main.cpp" line="566"/>
        <location filename="../src/window_main.cpp" line="1028"/>
        <location filename="../src/window_main.cpp" line="1064"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="345"/>
        <source>Server timeout</source>
        <translation>サーバータイムアウト</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="365"/>
        <source>Failed Login</source>
        <translation>ログイン失敗</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="374"/>
        <source>Incorrect username or password. Please check your authentication information and try again.</source>
        <translation>ユーザー名かパスワードが正しくありません。</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="378"/>
        <source>There is already an active session using this user name.
Please close that session first and re-login.</source>
        <translation>既にこのユーザー名を使用しているアクティブなセッションが存在します。
アクティブなセッションを閉じて再ログインしてください。</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="384"/>
        <location filename="../src/window_main.cpp" line="519"/>
        <source>You are banned until %1.</source>
        <translation>あなたは%1までBANされています。</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="386"/>
        <location filename="../src/window_main.cpp" line="521"/>
        <source>You are banned indefinitely.</source>
        <translation>あなたは無期限BANされています。</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="399"/>
        <source>This server requires user registration. Do you want to register now?</source>
        <translation>このサーバーはユーザー登録が必要です。
今すぐ登録しますか？</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="407"/>
        <source>This server requires client ID's. Your client is either failing to generate an ID or you are running a modified client.
Please close and reopen your client to try again.</source>
        <translation>このサーバは、クライアントのIDを必要とします。あなたのクライアントは、IDを生成が失敗しているか、変更されたクライアントを実行しています。
クライアントを再起動してもう一度お試し下さい。</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="412"/>
        <source>An internal error has occurred, please try closing and reopening your client and try again. If the error persists try updating your client to the most recent build and if need be contact your software provider.</source>
        <translation>内部エラーが発生しました。クライアントを再起動して再度お試しください。エラーが解決しない場合は、最新のビルドにクライアントを更新してみてください。必要であれば、ソフトウェア提供者にお問い合わせください。</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="418"/>
        <source>Account activation</source>
        <translation>アカウント有効化</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="430"/>
        <source>Server Full</source>
        <translation>サーバーが満員です。</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="436"/>
        <source>Unknown login error: %1</source>
        <translation>不明なログインエラー: %1</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="437"/>
        <location filename="../src/window_main.cpp" line="538"/>
        <source>
This usually means that your client version is out of date, and the server sent a reply your client doesn&apos;t understand.</source>
        <translation>
これは通常、あなたのクライアントのバージョンが古くなっていて、サーバーがあなたのクライアントを認識できないと返答してきていることを意味しています。</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="449"/>
        <source>Your username must respect these rules:</source>
        <translation>ユーザー名は、これらの規則を遵守する必要があります：</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="451"/>
        <source>is %1 - %2 characters long</source>
        <translation>文字数は%1～%2文字まで</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="452"/>
        <source>can %1 contain lowercase characters</source>
        <translation>小文字%1可</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="452"/>
        <location filename="../src/window_main.cpp" line="454"/>
        <location filename="../src/window_main.cpp" line="457"/>
        <location filename="../src/window_main.cpp" line="463"/>
        <source>NOT</source>
        <translation>不</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="454"/>
        <source>can %1 contain uppercase characters</source>
        <translation>大文字％1可</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="457"/>
        <source>can %1 contain numeric characters</source>
        <translation>数字％1可</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="460"/>
        <source>can contain the following punctuation: %1</source>
        <translation>次の記号が使用可：％1</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="463"/>
        <source>first character can %1 be a punctuation mark</source>
        <translation>最初の文字を記号にすることは%1可能</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="468"/>
        <source>can not contain any of the following words: %1</source>
        <translation>次の単語を含めることは不可能：%1</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="473"/>
        <source>can not match any of the following expressions: %1</source>
        <translation>次の文字列を含めることは不可能：%1</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="479"/>
        <source>You may only use A-Z, a-z, 0-9, _, ., and - in your username.</source>
        <translation>ユーザー名には『半角英数字』、および半角の「_」「.」「-」のみが使えます。</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="489"/>
        <location filename="../src/window_main.cpp" line="493"/>
        <location filename="../src/window_main.cpp" line="497"/>
        <location filename="../src/window_main.cpp" line="502"/>
        <location filename="../src/window_main.cpp" line="507"/>
        <location filename="../src/window_main.cpp" line="514"/>
        <source>Registration denied</source>
        <translation>登録が拒否されました。</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="490"/>
        <source>Registration is currently disabled on this server</source>
        <translation>現在このサーバーでは登録が無効になっています。</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="494"/>
        <source>There is already an existing account with the same user name.</source>
        <translation>既に同じユーザー名のアカウントが登録されています。</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="498"/>
        <source>It&apos;s mandatory to specify a valid email address when registering.</source>
        <translation>登録時に有効な電子メールアドレスを指定する必要があります。</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="366"/>
        <source>Your client seems to be missing features this server requires for connection.</source>
        <translation>あなたのクライアントは、サーバーが必要とする機能をサポートしていません。クライアントを更新して再度お試しください。</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="301"/>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="307"/>
        <source>Our Translators</source>
        <translation>翻訳者一覧</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="419"/>
        <source>Your account has not been activated yet.
You need to provide the activation token received in the activation email.</source>
        <translation>このアカウントはまだ有効化されていません。
登録されたアドレスに送信されているアクティベーショントークンを入力して下さい。</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="503"/>
        <source>The email address provider used during registration has been blacklisted for use on this server.</source>
        <translation>認証に使われたメールアドレスのプロバイダは、このサーバーでは利用できません。</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="508"/>
        <source>It appears you are attempting to register a new account on this server yet you already have an account registered with the email provided. This server restricts the number of accounts a user can register per address.  Please contact the server operator for further assistance or to obtain your credential information.</source>
        <translation>このサーバーに新しいアカウントを登録しようとしていますが、提供されたメールアドレスに登録されているアカウントが既に存在しています。このサーバーは、ユーザーがアドレスごとに登録できるアカウントの数を制限しています。詳細なサポートや資格情報の入手については、サーバーのオペレーターにお問い合わせください。</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="514"/>
        <source>Password too short.</source>
        <translation>パスワードが短すぎます。</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="533"/>
        <source>Registration failed for a technical problem on the server.</source>
        <translation>ユーザー登録に失敗しました（サーバーの技術的問題）。</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="537"/>
        <source>Unknown registration error: %1</source>
        <translation>不明な登録エラー: %1</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="546"/>
        <source>Account activation failed</source>
        <translation>アカウントの有効化に失敗しました。</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="553"/>
        <source>Socket error: %1</source>
        <translation>ソケットエラー: %1</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="561"/>
        <source>You are trying to connect to an obsolete server. Please downgrade your Cockatrice version or connect to a suitable server.
Local version is %1, remote version is %2.</source>
        <translation>あなたは古いバージョンのサーバーに接続しようとしています。Cockatriceのバージョンをダウングレードするか適切なサーバーに接続してください。
ローカルVer %1，サーバーVer %2</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="567"/>
        <source>Your Cockatrice client is obsolete. Please update your Cockatrice version.
Local version is %1, remote version is %2.</source>
        <translation>あなたのCockatriceのバージョンがサーバーのバージョンより古いです。Cockatriceをアップデートしてください。
ローカルVer %1，サーバーVer %2</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="577"/>
        <source>Connecting to %1...</source>
        <translation>%1へ接続しています...</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="581"/>
        <source>Registering to %1 as %2...</source>
        <translation>%1に%2として登録中...</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="584"/>
        <source>Disconnected</source>
        <translation>切断されました</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="587"/>
        <source>Connected, logging in at %1</source>
        <translation>接続完了、%1にログイン中</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="595"/>
        <location filename="../src/window_main.cpp" line="600"/>
        <location filename="../src/window_main.cpp" line="605"/>
        <source>Requesting forgot password to %1 as %2...</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="616"/>
        <source>&amp;Connect...</source>
        <translation>サーバーに接続...</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="617"/>
        <source>&amp;Disconnect</source>
        <translation>サーバーから切断</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="618"/>
        <source>Start &amp;local game...</source>
        <translation>ローカルゲームを開始...</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="619"/>
        <source>&amp;Watch replay...</source>
        <translation>リプレイを見る...</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="620"/>
        <source>&amp;Deck editor</source>
        <translation>デッキエディター</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="621"/>
        <source>&amp;Full screen</source>
        <translation>フルスクリーン</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="622"/>
        <source>&amp;Register to server...</source>
        <translation>サーバーに登録する</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="623"/>
        <source>&amp;Settings...</source>
        <translation>設定...</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="625"/>
        <location filename="../src/window_main.cpp" line="871"/>
        <source>&amp;Exit</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="628"/>
        <source>A&amp;ctions</source>
        <translation>アクション</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="630"/>
        <source>&amp;Cockatrice</source>
        <translation>Cockatrice</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="633"/>
        <source>C&amp;ard Database</source>
        <translation>カードデータベース</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="634"/>
        <source>Open custom image folder</source>
        <translation>カスタム画像フォルダを開く</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="635"/>
        <source>Open custom sets folder</source>
        <translation>カスタムセットフォルダを開く</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="636"/>
        <source>Add custom sets/cards</source>
        <translation>カスタムセット/カードを追加</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="638"/>
        <source>Edit &amp;tokens...</source>
        <translation>トークンの設定...</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="640"/>
        <source>&amp;About Cockatrice</source>
        <translation>Cockatriceについて</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="641"/>
        <source>&amp;Tip of the Day</source>
        <translation>今日のヒント</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="642"/>
        <source>Check for Client Updates</source>
        <translation>クライアントの更新チェック</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="643"/>
        <source>View &amp;debug log</source>
        <translation>デバッグログを見る</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="644"/>
        <source>&amp;Help</source>
        <translation>ヘルプ</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="645"/>
        <source>Check for card updates...</source>
        <translation>カードデータベース更新</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="930"/>
        <source>Card database</source>
        <translation>カードデータベース</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="932"/>
        <source>Cockatrice is unable to load the card database.
Do you want to update your card database now?
If unsure or first time user, choose &quot;Yes&quot;</source>
        <translation>カードデータベースが読み込めませんでした。
今すぐカードデータベースを更新しますか？
よくわからない場合、初回起動時などは「はい」を押して下さい。</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="936"/>
        <location filename="../src/window_main.cpp" line="961"/>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="937"/>
        <location filename="../src/window_main.cpp" line="962"/>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="938"/>
        <source>Open settings</source>
        <translation>設定を開く</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="953"/>
        <source>New sets found</source>
        <translation>新しいセットが見つかりました</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="955"/>
        <source>%1 new set(s) found in the card database
Set code(s): %2
Do you want to enable it/them?</source>
        <translation>新しいセット%1を検知しました。
%2
使用しますか？</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="963"/>
        <source>View sets</source>
        <translation>セットを見る</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="982"/>
        <source>Welcome</source>
        <translation>ようこそ</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="993"/>
        <location filename="../src/window_main.cpp" line="1072"/>
        <location filename="../src/window_main.cpp" line="1097"/>
        <source>Information</source>
        <translation>情報</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="993"/>
        <source>A card database update is already running.</source>
        <translation>データベース更新は既に起動中です。</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="1029"/>
        <source>Unable to run the card database updater: </source>
        <translation>データベース更新が実行できませんでした:</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="1041"/>
        <source>failed to start.</source>
        <translation>開始失敗。</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="1044"/>
        <source>crashed.</source>
        <translation>クラッシュしました。</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="1047"/>
        <source>timed out.</source>
        <translation>タイムアウトしました。</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="1050"/>
        <source>write error.</source>
        <translation>書き込みに失敗しました。</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="1053"/>
        <source>read error.</source>
        <translation>読み込みに失敗しました。</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="1057"/>
        <source>unknown error.</source>
        <translation>不明なエラー。</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="1064"/>
        <source>The card database updater exited with an error: %1</source>
        <translation>データベース更新に失敗しました: %1</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="1073"/>
        <source>Update completed successfully.
Cockatrice will now reload the card database.</source>
        <translation>更新が正常に完了しました。新しいデータベースを読み込み直します。</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="1157"/>
        <source>You can only import XML databases at this time.</source>
        <translation>ここではXMLデータベースのみをインポートできます。</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="1233"/>
        <location filename="../src/window_main.cpp" line="1243"/>
        <location filename="../src/window_main.cpp" line="1252"/>
        <source>Forgot Password</source>
        <translation>パスワード忘れちゃった</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="1234"/>
        <source>Your password has been reset successfully, you now may  log in using the new credentials.</source>
        <translation>パスワードをリセットしました。</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="1244"/>
        <source>Failed to reset user account password, please contact the server operator to reset your password.</source>
        <translation>パスワードをリセットできませんでした。サーバー管理者にリセットしてもらってください。</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="1253"/>
        <source>Activation request received, please check your email for an activation token.</source>
        <translation>アクティベーションリクエストを受信しました。メールでアクティベーショントークンを確認してください。</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="1142"/>
        <location filename="../src/window_main.cpp" line="1151"/>
        <location filename="../src/window_main.cpp" line="1157"/>
        <location filename="../src/window_main.cpp" line="1185"/>
        <location filename="../src/window_main.cpp" line="1189"/>
        <source>Load sets/cards</source>
        <translation>セット/カードを読み込む</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="637"/>
        <source>&amp;Manage sets...</source>
        <translation>セットを管理...</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="983"/>
        <source>Hi! It seems like you're running this version of Cockatrice for the first time.
All the sets in the card database have been enabled.
Read more about changing the set order or disabling specific sets and consequent effects in the &quot;Manage Sets&quot; dialog.</source>
        <translation>こんにちは！　現行バージョンのCockatriceの最初の起動です。
カードデータベースのすべてのセットが有効化されています。
「セットの設定」ウィンドウ内の特定のセットを無効にしたり、順序を変更をする方法の詳細をお読みください。</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="1098"/>
        <source>This server supports additional features that your client doesn't have.
This is most likely not a problem, but this message might mean there is a new version of Cockatrice available or this server is running a custom or pre-release version.

To update your client, go to Help -&gt; Check for Updates.</source>
        <translation>このサーバーは、クライアントにはない追加機能をサポートしています。通常、これは問題ではありませんが、新しいバージョンのCockatriceが使用可能であるか、このサーバーがカスタム版またはプレリリース版を実行している可能性があります。 

クライアントを更新するには、ヘルプ→クライアントの更新のチェックをクリックしてください。</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="1151"/>
        <source>Selected file cannot be found.</source>
        <translation>選択したファイルが見つかりませんでした。</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="1186"/>
        <source>The new sets/cards have been added successfully.
Cockatrice will now reload the card database.</source>
        <translation>新しいセット/カードが正常に追加されました。
データベースが再読込されます。</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="1189"/>
        <source>Sets/cards failed to import.</source>
        <translation>セット/カードのインポートに失敗</translation>
    </message>
</context>
<context>
    <name>MessageLogWidget</name>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="374"/>
        <source>The game has been closed.</source>
        <translation>ゲームがクローズされました。</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="396"/>
        <source>You have been kicked out of the game.</source>
        <translation>ゲームからキックされました。</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="391"/>
        <source>%1 is now watching the game.</source>
        <translation>%1が観戦に参加した。</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="251"/>
        <source>%1 has loaded a deck (%2).</source>
        <translation>%1はデッキをロードした。ハッシュ:%2</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="253"/>
        <source>%1 has loaded a deck with %2 sideboard cards (%3).</source>
        <translation>%1 はデッキをロードした。サイドボード数:%2, ハッシュ:%3</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="379"/>
        <source>The game has started.</source>
        <translation>◇◇ゲーム開始！◇◇</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="70"/>
        <source> from play</source>
        <translation>スタックから</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="74"/>
        <source> from exile</source>
        <translation>追放領域から</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="81"/>
        <source>the top card of %1&apos;s library</source>
        <translation>%1のライブラリーの一番上のカード</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="87"/>
        <source> from the top of %1&apos;s library</source>
        <translation>%1のライブラリーの一番上から</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="94"/>
        <source>the bottom card of %1&apos;s library</source>
        <translation>%1のライブラリーの一番下のカード</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="100"/>
        <source> from the bottom of %1&apos;s library</source>
        <translation>%1のライブラリーの一番下から</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="106"/>
        <source> from %1&apos;s library</source>
        <translation>%1のライブラリーから</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="111"/>
        <source> from sideboard</source>
        <translation>サイドボードから</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="113"/>
        <source> from the stack</source>
        <translation>スタックから</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="285"/>
        <location filename="../src/messagelogwidget.cpp" line="473"/>
        <source>a card</source>
        <translation>カード</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="290"/>
        <source>%1 gives %2 control over %3.</source>
        <translation>%1は、%2に《%3》のコントロールを渡した。</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="302"/>
        <source>%1 puts %2 into play tapped%3.</source>
        <translation>%1は《%2》を%3タップ状態でプレイした。</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="304"/>
        <source>%1 puts %2 into play%3.</source>
        <translation>%1は《%2》を%3プレイした。</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="308"/>
        <source>%1 exiles %2%3.</source>
        <translation>%1は《%2》を%3追放した。</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="321"/>
        <source>%1 puts %2%3 into their library %4 cards from the top.</source>
        <translation>%1は《%2》を%3ライブラリーの一番上から%4枚目に置いた。</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="324"/>
        <source>%1 moves %2%3 to sideboard.</source>
        <translation>%1は《%2》を%3サイドボードに置いた。</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="327"/>
        <source>%1 plays %2%3.</source>
        <translation>%1は《%2》を%3プレイした。</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="366"/>
        <source>%1 turns %2 face-down.</source>
        <translation>%1は《%2》を裏向きにした。</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="368"/>
        <source>%1 turns %2 face-up.</source>
        <translation>%1は《%2》を表向きにした。</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="402"/>
        <source>%1 has left the game (%2).</source>
        <translation>%1はゲームから離脱した（%2）。</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="410"/>
        <source>%1 is not watching the game any more (%2).</source>
        <translation>%1が観戦から離脱した（%2）。</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="546"/>
        <source>Untap</source>
        <translation>アンタップ・ステップ</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="551"/>
        <source>Upkeep</source>
        <translation>アップキープ・ステップ</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="556"/>
        <source>Draw</source>
        <translation>ドロー・ステップ</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="561"/>
        <source>First Main</source>
        <translation>戦闘前メイン・フェイズ</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="566"/>
        <source>Beginning of Combat</source>
        <translation>戦闘開始ステップ</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="571"/>
        <source>Declare Attackers</source>
        <translation>攻撃クリーチャー指定ステップ</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="576"/>
        <source>Declare Blockers</source>
        <translation>ブロック・クリーチャー指定ステップ</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="581"/>
        <source>Combat Damage</source>
        <translation>戦闘ダメージ・ステップ</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="586"/>
        <source>End of Combat</source>
        <translation>戦闘終了ステップ</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="591"/>
        <source>Second Main</source>
        <translation>戦闘後メイン・フェイズ</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="596"/>
        <source>End/Cleanup</source>
        <translation>最終フェイズ</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="601"/>
        <source>Unknown Phase</source>
        <translation>謎のフェイズ</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="612"/>
        <source>%1&apos;s turn.</source>
        <translation>■%1のターン■</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/messagelogwidget.cpp" line="636"/>
        <source>red</source>
        <translation><numerusform>赤</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/messagelogwidget.cpp" line="639"/>
        <source>yellow</source>
        <translation><numerusform>黄</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/messagelogwidget.cpp" line="642"/>
        <source>green</source>
        <translation><numerusform>緑</numerusform></translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="151"/>
        <source>%1 is now keeping the top card %2 revealed.</source>
        <translation>%1は、%2一番上のカードを公開した状態でゲームをプレイしている。</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="152"/>
        <source>%1 is not revealing the top card %2 any longer.</source>
        <translation>%1は、%2一番上のカードの公開を終えた。</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="446"/>
        <source>You are watching a replay of game #%1.</source>
        <translation>ゲーム#%1のリプレイを再生しています。</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="385"/>
        <source>%1 has joined the game.</source>
        <translation>%1がゲームに参加した。</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="451"/>
        <source>%1 is ready to start the game.</source>
        <translation>%1はゲーム開始の準備が完了した！！</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="415"/>
        <source>%1 is not ready to start the game any more.</source>
        <translation>%1は準備完了を解除した。</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="691"/>
        <source>%1 has locked their sideboard.</source>
        <translation>%1はサイドボードをロックした。</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="693"/>
        <source>%1 has unlocked their sideboard.</source>
        <translation>%1はサイドボードを解禁した。</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="169"/>
        <source>%1 has conceded the game.</source>
        <translation>%1が投了した！！！</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="176"/>
        <source>%1 has restored connection to the game.</source>
        <translation>%1がゲームに再接続した。</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="180"/>
        <source>%1 has lost connection to the game.</source>
        <translation>%1はゲームから切断された。</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="721"/>
        <source>%1 shuffles %2.</source>
        <translation>%1は%2を切り直した。</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="522"/>
        <source>Heads</source>
        <translation>表</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="522"/>
        <source>Tails</source>
        <translation>裏</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="523"/>
        <source>%1 flipped a coin. It landed as %2.</source>
        <translation>%1はコインを投げた。結果は……【%2】だ！</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="527"/>
        <source>%1 rolls a %2 with a %3-sided die.</source>
        <translation>%1は%3面ダイスをふり、【%2】を出した。</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="344"/>
        <source>%1 draws %2 card(s).</source>
        <translation>%1は%2枚カードを引いた。</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="749"/>
        <source>%1 undoes their last draw.</source>
        <translation>%1は最後に引いたカードを戻した。</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="752"/>
        <source>%1 undoes their last draw (%2).</source>
        <translation>%1は最後に引いたカード (《%2》) を戻した 。</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="72"/>
        <source> from their graveyard</source>
        <translation>墓地から</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="76"/>
        <source> from their hand</source>
        <translation>手札から</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="83"/>
        <source>the top card of their library</source>
        <translation>ライブラリーの一番上のカード</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="89"/>
        <source> from the top of their library</source>
        <translation>ライブラリーの一番上から</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="96"/>
        <source>the bottom card of their library</source>
        <translation>ライブラリーの一番下のカード</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="102"/>
        <source> from the bottom of their library</source>
        <translation>ライブラリーの一番下のカード</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="108"/>
        <source> from their library</source>
        <translation>ライブラリーから</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="306"/>
        <source>%1 puts %2%3 into their graveyard.</source>
        <translation>%1は《%2》を%3墓地に置いた。</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="310"/>
        <source>%1 moves %2%3 to their hand.</source>
        <translation>%1は《%2》を%3手札に加えた。</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="313"/>
        <source>%1 puts %2%3 into their library.</source>
        <translation>%1は《%2》を%3ライブラリーに加えた。</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="315"/>
        <source>%1 puts %2%3 on bottom of their library.</source>
        <translation>%1は《%2》を%3ライブラリーの一番下に置いた。</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="317"/>
        <source>%1 puts %2%3 on top of their library.</source>
        <translation>%1は《%2》を%3ライブラリーの一番上に置いた。</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="439"/>
        <source>%1 takes a mulligan to %2.</source>
        <translation>%1は%2枚にマリガンした。</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="441"/>
        <source>%1 draws their initial hand.</source>
        <translation>%1は初期手札を引いた。</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="261"/>
        <source>%1 destroys %2.</source>
        <translation>%1は《%2》を取り除いた。</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="743"/>
        <source>%1 unattaches %2.</source>
        <translation>%1は《%2》をはずした。</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="242"/>
        <source>%1 creates token: %2%3.</source>
        <translation>%1はトークン:《%2》を%3作成した。</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="196"/>
        <source>%1 points from their %2 to themselves.</source>
        <translation>%1は《%2》から自分自身へ対象を指定した。</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="199"/>
        <source>%1 points from their %2 to %3.</source>
        <translation>%1は、《%2》から%3へ対象を指定した。</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="203"/>
        <source>%1 points from %2&apos;s %3 to themselves.</source>
        <translation>%1は、%2の《%3》から自分自身へ対象を指定した。</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="207"/>
        <source>%1 points from %2&apos;s %3 to %4.</source>
        <translation>%1は、%2の《%3》から%4へ対象を指定した。</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="215"/>
        <source>%1 points from their %2 to their %3.</source>
        <translation>%1は、《%2》から%3へ対象を指定した。</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="218"/>
        <source>%1 points from their %2 to %3&apos;s %4.</source>
        <translation>%1は、《%2》から%3の《%4》へ対象を指定した。</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="224"/>
        <source>%1 points from %2&apos;s %3 to their own %4.</source>
        <translation>%1は、%2の《%3》から《%4》へ対象を指定した。</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="230"/>
        <source>%1 points from %2&apos;s %3 to %4&apos;s %5.</source>
        <translation>%1は、%2の《%3》から%4の《%5》へ対象を指定した。</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="629"/>
        <source>%1 places %2 %3 counter(s) on %4 (now %5).</source>
        <translation>%1は《%4》の上に%3カウンターを%2個置いた (計%5個) 。</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="631"/>
        <source>%1 removes %2 %3 counter(s) from %4 (now %5).</source>
        <translation>%1は《%4》の上から%3カウンターを%2個取り除いた (計%5個) 。</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="708"/>
        <source>%1 taps their permanents.</source>
        <translation>%1は自分のコントロールするパーマネントをタップした。</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="708"/>
        <source>%1 untaps their permanents.</source>
        <translation>%1は自分のコントロールするパーマネントをアンタップした。</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="711"/>
        <source>%1 taps %2.</source>
        <translation>%1は《%2》をタップした。</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="711"/>
        <source>%1 untaps %2.</source>
        <translation>%1は《%2》をアンタップした。</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="659"/>
        <source>%1 sets counter %2 to %3 (%4%5).</source>
        <translation>%1は%2カウンターを%3に設定した (%4%5)。</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="671"/>
        <source>%1 sets %2 to not untap normally.</source>
        <translation>%1は《%2》をアンタップ・ステップの間にアンタップしないようにした。</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="673"/>
        <source>%1 sets %2 to untap normally.</source>
        <translation>%1は《%2》を通常どおりアンタップするように設定した。</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="682"/>
        <source>%1 sets PT of %2 to %3.</source>
        <translation>%1は《%2》のP/Tを%3にした。</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="618"/>
        <source>%1 sets annotation of %2 to %3.</source>
        <translation>%1は《%2》に注釈をつけた (%3)。</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="353"/>
        <source>%1 is looking at %2.</source>
        <translation>%1は%2を見ている。</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="357"/>
        <source>%1 is looking at the top %2 card(s) %3.</source>
        <translation>%1は%3上から%2枚のカードを見ている。</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="736"/>
        <source>%1 stops looking at %2.</source>
        <translation>%1は%2を見るのをやめた。</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="479"/>
        <source>%1 reveals %2 to %3.</source>
        <translation>%1は、%3に%2を見せた。</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="484"/>
        <source>%1 reveals %2.</source>
        <translation>%1は%2を公開した。</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="489"/>
        <source>%1 randomly reveals %2%3 to %4.</source>
        <translation>%1は%3無作為に《%2》を選び、%4に見せた。</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="496"/>
        <source>%1 randomly reveals %2%3.</source>
        <translation>%1は%3無作為に《%2》を選び、公開した。</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="501"/>
        <source>%1 peeks at face down card #%2.</source>
        <translation>%1は裏向きのカード#%2の表面を確認した。</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="503"/>
        <source>%1 peeks at face down card #%2: %3.</source>
        <translation>%1は裏向きのカード#%2の表面を確認した (《%3》) 。</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="508"/>
        <source>%1 reveals %2%3 to %4.</source>
        <translation>%1は%3《%2》を%4に見せた。</translation>
    </message>
    <message>
        <location filename="../src/messagelogwidget.cpp" line="515"/>
        <source>%1 reveals %2%3.</source>
        <translation>%1は%3《%2》を公開した</translation>
    </message>
</context>
<context>
    <name>MessagesSettingsPage</name>
    <message>
        <location filename="../src/dlg_settings.cpp" line="774"/>
        <source>Add message</source>
        <translation>定型文を追加する</translation>
    </message>
    <message>
        <location filename="../src/dlg_settings.cpp" line="774"/>
        <source>Message:</source>
        <translation>定型文:</translation>
    </message>
    <message>
        <location filename="../src/dlg_settings.cpp" line="791"/>
        <source>Chat settings</source>
        <translation>チャット設定</translation>
    </message>
    <message>
        <location filename="../src/dlg_settings.cpp" line="792"/>
        <source>Custom alert words</source>
        <translation>反応するキーワード</translation>
    </message>
    <message>
        <location filename="../src/dlg_settings.cpp" line="793"/>
        <source>Enable chat mentions</source>
        <translation>メンション機能を有効にする</translation>
    </message>
    <message>
        <location filename="../src/dlg_settings.cpp" line="794"/>
        <source>Enable mention completer</source>
        <translation>メンション補完を有効にする</translation>
    </message>
    <message>
        <location filename="../src/dlg_settings.cpp" line="795"/>
        <source>In-game message macros</source>
        <translation>定型文</translation>
    </message>
    <message>
        <location filename="../src/dlg_settings.cpp" line="796"/>
        <source>Ignore chat room messages sent by unregistered users</source>
        <translation>未登録ユーザーのルームメッセージを無視</translation>
    </message>
    <message>
        <location filename="../src/dlg_settings.cpp" line="797"/>
        <source>Ignore private messages sent by unregistered users</source>
        <translation>未登録ユーザーの個人チャットを無視</translation>
    </message>
    <message>
        <location filename="../src/dlg_settings.cpp" line="798"/>
        <location filename="../src/dlg_settings.cpp" line="799"/>
        <source>Invert text color</source>
        <translation>反転テキストの色</translation>
    </message>
    <message>
        <location filename="../src/dlg_settings.cpp" line="800"/>
        <source>Enable desktop notifications for private messages</source>
        <translation>個人チャットのデスクトップ通知を有効にする</translation>
    </message>
    <message>
        <location filename="../src/dlg_settings.cpp" line="801"/>
        <source>Enable desktop notification for mentions</source>
        <translation>メンションのデスクトップ通知を有効にする</translation>
    </message>
    <message>
        <location filename="../src/dlg_settings.cpp" line="802"/>
        <source>Enable room message history on join</source>
        <translation>参加時にルームのメッセージ履歴を表示する</translation>
    </message>
    <message>
        <location filename="../src/dlg_settings.cpp" line="803"/>
        <location filename="../src/dlg_settings.cpp" line="804"/>
        <source>(Color is hexadecimal)</source>
        <translation>(色は16進数)</translation>
    </message>
    <message>
        <location filename="../src/dlg_settings.cpp" line="805"/>
        <source>Separate words with a space, alphanumeric characters only</source>
        <translation>英数字のみ使用可能。単語を半角スペースで区切って下さい。</translation>
    </message>
</context>
<context>
    <name>PhasesToolbar</name>
    <message>
        <location filename="../src/phasestoolbar.cpp" line="154"/>
        <source>Untap step</source>
        <translation>アンタップ・ステップ</translation>
    </message>
    <message>
        <location filename="../src/phasestoolbar.cpp" line="156"/>
        <source>Upkeep step</source>
        <translation>アップキープ・ステップ</translation>
    </message>
    <message>
        <location filename="../src/phasestoolbar.cpp" line="158"/>
        <source>Draw step</source>
        <translation>ドロー・ステップ</translation>
    </message>
    <message>
        <location filename="../src/phasestoolbar.cpp" line="160"/>
        <source>First main phase</source>
        <translation>戦闘前メイン・フェイズ</translation>
    </message>
    <message>
        <location filename="../src/phasestoolbar.cpp" line="162"/>
        <source>Beginning of combat step</source>
        <translation>戦闘開始ステップ</translation>
    </message>
    <message>
        <location filename="../src/phasestoolbar.cpp" line="164"/>
        <source>Declare attackers step</source>
        <translation>攻撃クリーチャー指定ステップ</translation>
    </message>
    <message>
        <location filename="../src/phasestoolbar.cpp" line="166"/>
        <source>Declare blockers step</source>
        <translation>ブロック・クリーチャー指定ステップ</translation>
    </message>
    <message>
        <location filename="../src/phasestoolbar.cpp" line="168"/>
        <source>Combat damage step</source>
        <translation>戦闘ダメージ・ステップ</translation>
    </message>
    <message>
        <location filename="../src/phasestoolbar.cpp" line="170"/>
        <source>End of combat step</source>
        <translation>戦闘終了ステップ</translation>
    </message>
    <message>
        <location filename="../src/phasestoolbar.cpp" line="172"/>
        <source>Second main phase</source>
        <translation>戦闘後メイン・フェイズ</translation>
    </message>
    <message>
        <location filename="../src/phasestoolbar.cpp" line="174"/>
        <source>End of turn step</source>
        <translation>最終フェイズ</translation>
    </message>
</context>
<context>
    <name>Player</name>
    <message>
        <location filename="../src/player.cpp" line="525"/>
        <source>Reveal top cards of library</source>
        <translation>ライブラリーの一番上のカードを公開する</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="525"/>
        <source>Number of cards: (max. %1)</source>
        <translation>カード枚数:(最大%1)</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="614"/>
        <source>&amp;View graveyard</source>
        <translation>墓地を見る</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="615"/>
        <source>&amp;View exile</source>
        <translation>追放領域を見る</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="617"/>
        <source>Player &quot;%1&quot;</source>
        <translation>プレイヤー &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="618"/>
        <location filename="../src/player.cpp" line="625"/>
        <location filename="../src/player.cpp" line="638"/>
        <location filename="../src/player.cpp" line="726"/>
        <source>&amp;Graveyard</source>
        <translation>墓地</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="619"/>
        <location filename="../src/player.cpp" line="626"/>
        <location filename="../src/player.cpp" line="632"/>
        <location filename="../src/player.cpp" line="727"/>
        <source>&amp;Exile</source>
        <translation>追放領域</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="622"/>
        <source>&amp;Move hand to...</source>
        <translation>手札を移動させる...</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="623"/>
        <location filename="../src/player.cpp" line="629"/>
        <location filename="../src/player.cpp" line="635"/>
        <location filename="../src/player.cpp" line="722"/>
        <source>&amp;Top of library</source>
        <translation>ライブラリーの一番上</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="624"/>
        <location filename="../src/player.cpp" line="630"/>
        <location filename="../src/player.cpp" line="636"/>
        <location filename="../src/player.cpp" line="724"/>
        <source>&amp;Bottom of library</source>
        <translation>ライブラリーの一番下</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="628"/>
        <source>&amp;Move graveyard to...</source>
        <translation>墓地を移動させる...</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="631"/>
        <location filename="../src/player.cpp" line="637"/>
        <location filename="../src/player.cpp" line="658"/>
        <location filename="../src/player.cpp" line="725"/>
        <source>&amp;Hand</source>
        <translation>手札</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="634"/>
        <source>&amp;Move exile to...</source>
        <translation>追放領域を移動させる...</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="640"/>
        <source>&amp;View library</source>
        <translation>ライブラリーを見る</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="641"/>
        <source>View &amp;top cards of library...</source>
        <translation>上からX枚見る</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="642"/>
        <source>Reveal &amp;library to...</source>
        <translation>ライブラリーを公開する...</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="643"/>
        <source>Reveal t&amp;op cards to...</source>
        <translation>ライブラリーの一番上のカードを見せる...</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="644"/>
        <source>&amp;Always reveal top card</source>
        <translation>一番上のカードを公開したままプレイ</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="645"/>
        <source>O&amp;pen deck in deck editor</source>
        <translation>デッキエディターで開く</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="646"/>
        <source>&amp;View sideboard</source>
        <translation>サイドボードを見る</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="647"/>
        <source>&amp;Draw card</source>
        <translation>カードを引く</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="648"/>
        <source>D&amp;raw cards...</source>
        <translation>カードをX枚引く</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="649"/>
        <source>&amp;Undo last draw</source>
        <translation>最後に引いたカードを戻す</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="650"/>
        <source>Take &amp;mulligan</source>
        <translation>マリガンを行う</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="651"/>
        <source>&amp;Shuffle</source>
        <translation>ライブラリーを切り直す</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="652"/>
        <source>Play top card &amp;face down</source>
        <translation>一番上のカードを裏向きにプレイ</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="653"/>
        <source>Move top cards to &amp;graveyard...</source>
        <translation>上からX枚墓地へ置く</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="654"/>
        <source>Move top cards to &amp;exile...</source>
        <translation>上からX枚追放する</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="655"/>
        <source>Put top card on &amp;bottom</source>
        <translation>一番上のカードを一番下に置く</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="656"/>
        <source>Put bottom card &amp;in graveyard</source>
        <translation>一番下のカードを墓地に置く</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="659"/>
        <source>&amp;Reveal hand to...</source>
        <translation>手札を見せる...</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="660"/>
        <source>Reveal r&amp;andom card to...</source>
        <translation>無作為に1枚選んで公開する</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="661"/>
        <source>Reveal random card to...</source>
        <translation>無作為に1枚選んで公開する</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="662"/>
        <source>&amp;Sideboard</source>
        <translation>サイドボード</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="663"/>
        <source>&amp;Library</source>
        <translation>ライブラリー</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="664"/>
        <source>&amp;Counters</source>
        <translation>カウンター</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="666"/>
        <source>&amp;Untap all permanents</source>
        <translation>全てアンタップする</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="667"/>
        <source>R&amp;oll die...</source>
        <translation>X面ダイスをふる</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="668"/>
        <source>&amp;Create token...</source>
        <translation>トークンを作成する...</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="669"/>
        <source>C&amp;reate another token</source>
        <translation>同じトークンを作成する</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="670"/>
        <source>Cr&amp;eate predefined token</source>
        <translation>定義済みのトークンを作成する</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="671"/>
        <source>S&amp;ay</source>
        <translation>定型文</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="677"/>
        <source>C&amp;ard</source>
        <translation>カード操作</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="680"/>
        <source>&amp;All players</source>
        <translation>すべてのプレイヤー</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="683"/>
        <source>&amp;Play</source>
        <translation>プレイ</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="684"/>
        <source>&amp;Hide</source>
        <translation>隠す</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="685"/>
        <source>Play &amp;Face Down</source>
        <translation>裏向きにプレイ</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="688"/>
        <source>Toggle &amp;normal untapping</source>
        <translation>通常のアンタップの切り替え</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="693"/>
        <source>&amp;Peek at card face</source>
        <translation>表面を見る</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="694"/>
        <source>&amp;Clone</source>
        <translation>複製する</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="695"/>
        <source>Attac&amp;h to card...</source>
        <translation>カードにつける...</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="696"/>
        <source>Unattac&amp;h</source>
        <translation>はずす</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="697"/>
        <source>&amp;Draw arrow...</source>
        <translation>対象を指定</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="698"/>
        <source>&amp;Increase power</source>
        <translation>パワーを上げる</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="699"/>
        <source>&amp;Decrease power</source>
        <translation>パワーを下げる</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="700"/>
        <source>I&amp;ncrease toughness</source>
        <translation>タフネスを上げる</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="701"/>
        <source>D&amp;ecrease toughness</source>
        <translation>タフネスを下げる</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="702"/>
        <source>In&amp;crease power and toughness</source>
        <translation>P/Tを上げる</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="703"/>
        <source>Dec&amp;rease power and toughness</source>
        <translation>P/Tを下げる</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="704"/>
        <source>Set &amp;power and toughness...</source>
        <translation>P/Tを設定する...</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="705"/>
        <source>&amp;Set annotation...</source>
        <translation>注釈をつける...</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="708"/>
        <source>Red</source>
        <translation>赤</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="709"/>
        <source>Yellow</source>
        <translation>黄</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="710"/>
        <source>Green</source>
        <translation>緑</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="723"/>
        <source>X cards from the top of library...</source>
        <translation>ライブラリーの一番上からX枚...</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="1085"/>
        <location filename="../src/player.cpp" line="2877"/>
        <source>C&amp;reate another %1 token</source>
        <translation>別の%1トークンを出す</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="1228"/>
        <source>Create tokens</source>
        <translation>トークンを作成</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="1355"/>
        <location filename="../src/player.cpp" line="1356"/>
        <location filename="../src/player.cpp" line="2750"/>
        <location filename="../src/player.cpp" line="2753"/>
        <location filename="../src/player.cpp" line="2776"/>
        <location filename="../src/player.cpp" line="2779"/>
        <source>Token: </source>
        <translation>トークン:</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="2132"/>
        <source>Place card X cards from top of library</source>
        <translation>上からX枚目に置く</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="2133"/>
        <source>How many cards from the top of the deck should this card be placed:</source>
        <translation>上から何枚目に置くか</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="2722"/>
        <source>View related cards</source>
        <translation>関連カードを見る</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="2750"/>
        <location filename="../src/player.cpp" line="2776"/>
        <source>Attach to </source>
        <translation>つける</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="2792"/>
        <source>All tokens</source>
        <translation>すべてのトークン</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="875"/>
        <source>View top cards of library</source>
        <translation>上からX枚見る</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="687"/>
        <source>&amp;Tap / Untap</source>
        <extracomment>Turn sideways or back again</extracomment>
        <translation>タップ / アンタップ</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="690"/>
        <source>T&amp;urn Over</source>
        <extracomment>Turn face up/face down</extracomment>
        <translation>裏返す</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="713"/>
        <source>&amp;Add counter (%1)</source>
        <translation>%1色のカウンターを置く</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="716"/>
        <source>&amp;Remove counter (%1)</source>
        <translation>%1色のカウンターを取り除く</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="719"/>
        <source>&amp;Set counters (%1)...</source>
        <translation>%1色のカウンターの数を設定</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="875"/>
        <source>Number of cards:</source>
        <translation>カードの枚数:</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="943"/>
        <source>Draw cards</source>
        <translation>カードを引く</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="943"/>
        <location filename="../src/player.cpp" line="958"/>
        <location filename="../src/player.cpp" line="981"/>
        <location filename="../src/player.cpp" line="1228"/>
        <location filename="../src/player.cpp" line="2521"/>
        <source>Number:</source>
        <translation>数:</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="958"/>
        <source>Move top cards to grave</source>
        <translation>上からX枚墓地へ置く</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="981"/>
        <source>Move top cards to exile</source>
        <translation>上からX枚追放する</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="1057"/>
        <source>Roll die</source>
        <translation>ダイスをふる</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="1057"/>
        <source>Number of sides:</source>
        <translation>面の数:</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="2362"/>
        <source>Set power/toughness</source>
        <translation>P/Tを設定する</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="2362"/>
        <source>Please enter the new PT:</source>
        <translation>新しいパワー/タフネス:</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="2438"/>
        <source>Set annotation</source>
        <translation>注釈をつける</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="2438"/>
        <source>Please enter the new annotation:</source>
        <translation>新しい注釈:</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="2521"/>
        <source>Set counters</source>
        <translation>カウンターの設定</translation>
    </message>
</context>
<context>
    <name>QMenuBar</name>
    <message>
        <location filename="../src/window_main.cpp" line="705"/>
        <source>Services</source>
        <translation>サービス</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="706"/>
        <source>Hide %1</source>
        <translation>%1を隠す</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="707"/>
        <source>Hide Others</source>
        <translation>他を隠す</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="708"/>
        <source>Show All</source>
        <translation>すべて表示</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="709"/>
        <source>Preferences...</source>
        <translation>設定...</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="710"/>
        <source>Quit %1</source>
        <translation>%1から出る</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="711"/>
        <source>About %1</source>
        <translation>%1について</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../src/window_main.cpp" line="75"/>
        <source>Cockatrice card database (*.xml)</source>
        <translation>Cockatriceカードデータベース(*.xml)</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="76"/>
        <location filename="../src/deck_loader.cpp" line="10"/>
        <source>All files (*.*)</source>
        <translation>全てのファイル (*.*)</translation>
    </message>
    <message>
        <location filename="../src/window_main.cpp" line="245"/>
        <source>Cockatrice replays (*.cor)</source>
        <translation>Cockatriceリプレイファイル (*.cor)</translation>
    </message>
    <message>
        <location filename="../src/deck_loader.cpp" line="10"/>
        <source>Common deck formats (*.cod *.dec *.txt *.mwDeck)</source>
        <translation>共通デッキファイル (*.cod *.dec *.txt *.mwDeck)</translation>
    </message>
    <message>
        <location filename="../../common/decklist.cpp" line="100"/>
        <source>Maindeck</source>
        <translation>メインデッキ</translation>
    </message>
    <message>
        <location filename="../../common/decklist.cpp" line="102"/>
        <source>Sideboard</source>
        <translation>サイドボード</translation>
    </message>
    <message>
        <location filename="../../common/decklist.cpp" line="104"/>
        <source>Tokens</source>
        <translation>トークン</translation>
    </message>
</context>
<context>
    <name>RemoteDeckList_TreeModel</name>
    <message>
        <location filename="../src/remotedecklist_treewidget.cpp" line="169"/>
        <source>Name</source>
        <translation>デッキ名</translation>
    </message>
    <message>
        <location filename="../src/remotedecklist_treewidget.cpp" line="171"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../src/remotedecklist_treewidget.cpp" line="173"/>
        <source>Upload time</source>
        <translation>アップロード日</translation>
    </message>
</context>
<context>
    <name>RemoteReplayList_TreeModel</name>
    <message>
        <location filename="../src/remotereplaylist_treewidget.cpp" line="150"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../src/remotereplaylist_treewidget.cpp" line="152"/>
        <source>Name</source>
        <translation>説明</translation>
    </message>
    <message>
        <location filename="../src/remotereplaylist_treewidget.cpp" line="154"/>
        <source>Players</source>
        <translation>参加プレイヤー</translation>
    </message>
    <message>
        <location filename="../src/remotereplaylist_treewidget.cpp" line="156"/>
        <source>Keep</source>
        <translation>ロック</translation>
    </message>
    <message>
        <location filename="../src/remotereplaylist_treewidget.cpp" line="158"/>
        <source>Time started</source>
        <translation>開始日時</translation>
    </message>
    <message>
        <location filename="../src/remotereplaylist_treewidget.cpp" line="160"/>
        <source>Duration (sec)</source>
        <translation>期間 (秒)</translation>
    </message>
</context>
<context>
    <name>RoomSelector</name>
    <message>
        <location filename="../src/tab_server.cpp" line="55"/>
        <source>Rooms</source>
        <translation>ルーム</translation>
    </message>
    <message>
        <location filename="../src/tab_server.cpp" line="56"/>
        <source>Joi&amp;n</source>
        <translation>参加する</translation>
    </message>
    <message>
        <location filename="../src/tab_server.cpp" line="59"/>
        <source>Room</source>
        <translation>ルーム名</translation>
    </message>
    <message>
        <location filename="../src/tab_server.cpp" line="60"/>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <location filename="../src/tab_server.cpp" line="61"/>
        <source>Permissions</source>
        <translation>アクセス権限</translation>
    </message>
    <message>
        <location filename="../src/tab_server.cpp" line="62"/>
        <source>Players</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../src/tab_server.cpp" line="63"/>
        <source>Games</source>
        <translation>ゲーム数</translation>
    </message>
</context>
<context>
    <name>SequenceEdit</name>
    <message>
        <location filename="../src/sequenceEdit/sequenceedit.cpp" line="155"/>
        <source>Shortcut already in use</source>
        <translation>ショートカットは既に使われています</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/sequenceedit.cpp" line="158"/>
        <source>Invalid key</source>
        <translation>無効なキー</translation>
    </message>
</context>
<context>
    <name>SetsModel</name>
    <message>
        <location filename="../src/setsmodel.cpp" line="82"/>
        <source>Enabled</source>
        <translation>可能</translation>
    </message>
    <message>
        <location filename="../src/setsmodel.cpp" line="84"/>
        <source>Set type</source>
        <translation>セットタイプ</translation>
    </message>
    <message>
        <location filename="../src/setsmodel.cpp" line="86"/>
        <source>Set code</source>
        <translation>セット略称</translation>
    </message>
    <message>
        <location filename="../src/setsmodel.cpp" line="88"/>
        <source>Long name</source>
        <translation>正式名称</translation>
    </message>
    <message>
        <location filename="../src/setsmodel.cpp" line="90"/>
        <source>Release date</source>
        <translation>公開日時</translation>
    </message>
</context>
<context>
    <name>ShortcutsSettings</name>
    <message>
        <location filename="../src/shortcutssettings.cpp" line="40"/>
        <source>Your configuration file contained invalid shortcuts.
Please check your shortcut settings!</source>
        <translation>あなたの設定ファイルには無効なショートカットキーが含まれています。
ショートカット設定を見直してください！</translation>
    </message>
    <message>
        <location filename="../src/shortcutssettings.cpp" line="42"/>
        <source>The following shortcuts have been set to default:
</source>
        <translation>次のショートカットがデフォルトに設定されています:
</translation>
    </message>
</context>
<context>
    <name>ShortcutsTab</name>
    <message>
        <location filename="../src/sequenceEdit/shortcutstab.cpp" line="28"/>
        <source>Restore all default shortcuts</source>
        <translation>すべてのトショートカットを復元</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/shortcutstab.cpp" line="29"/>
        <source>Do you really want to restore all default shortcuts?</source>
        <translation>本当にすべてのショートカットを復元しますか？</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/shortcutstab.cpp" line="44"/>
        <source>Clear all default shortcuts</source>
        <translation>すべてのデフォルトのショートカットをクリア</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/shortcutstab.cpp" line="45"/>
        <source>Do you really want to clear all shortcuts?</source>
        <translation>本当にすべてのショートカットをクリアしますか？</translation>
    </message>
</context>
<context>
    <name>ShutdownDialog</name>
    <message>
        <location filename="../src/tab_admin.cpp" line="18"/>
        <source>&amp;Reason for shutdown:</source>
        <translation>シャットダウンの理由:</translation>
    </message>
    <message>
        <location filename="../src/tab_admin.cpp" line="21"/>
        <source>&amp;Time until shutdown (minutes):</source>
        <translation>シャットダウンまでの時間（分）:</translation>
    </message>
    <message>
        <location filename="../src/tab_admin.cpp" line="40"/>
        <source>Shut down server</source>
        <translation>サーバーシャットダウン</translation>
    </message>
</context>
<context>
    <name>SoundSettingsPage</name>
    <message>
        <location filename="../src/dlg_settings.cpp" line="873"/>
        <source>Enable &amp;sounds</source>
        <translation>サウンドを有効</translation>
    </message>
    <message>
        <location filename="../src/dlg_settings.cpp" line="874"/>
        <source>Current sounds theme:</source>
        <translation>現在のサウンドテーマ:</translation>
    </message>
    <message>
        <location filename="../src/dlg_settings.cpp" line="875"/>
        <source>Test system sound engine</source>
        <translation>サウンドテスト</translation>
    </message>
    <message>
        <location filename="../src/dlg_settings.cpp" line="876"/>
        <source>Sound settings</source>
        <translation>サウンド設定</translation>
    </message>
    <message>
        <location filename="../src/dlg_settings.cpp" line="877"/>
        <source>Master volume</source>
        <translation>音量</translation>
    </message>
</context>
<context>
    <name>SpoilerBackgroundUpdater</name>
    <message>
        <location filename="../src/spoilerbackgroundupdater.cpp" line="99"/>
        <source>Spoilers season has ended</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/spoilerbackgroundupdater.cpp" line="99"/>
        <source>Deleting spoiler.xml. Please run Oracle</source>
        <translation>spoiler.xmlを削除します。Oracleを起動してください。</translation>
    </message>
    <message>
        <location filename="../src/spoilerbackgroundupdater.cpp" line="109"/>
        <location filename="../src/spoilerbackgroundupdater.cpp" line="116"/>
        <source>Spoilers download failed</source>
        <translation>スポイラーのダウンロードに失敗しました。</translation>
    </message>
    <message>
        <location filename="../src/spoilerbackgroundupdater.cpp" line="109"/>
        <source>No internet connection</source>
        <translation>インターネット接続がありません(´・ω・｀)</translation>
    </message>
    <message>
        <location filename="../src/spoilerbackgroundupdater.cpp" line="116"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../src/spoilerbackgroundupdater.cpp" line="137"/>
        <source>Spoilers already up to date</source>
        <translation>スポイラーリストは最新です。</translation>
    </message>
    <message>
        <location filename="../src/spoilerbackgroundupdater.cpp" line="137"/>
        <source>No new spoilers added</source>
        <translation>新たなスポイラーはありません。</translation>
    </message>
    <message>
        <location filename="../src/spoilerbackgroundupdater.cpp" line="178"/>
        <source>Spoilers have been updated!</source>
        <translation>スポイラーが更新されました！！</translation>
    </message>
    <message>
        <location filename="../src/spoilerbackgroundupdater.cpp" line="178"/>
        <source>Last change:</source>
        <translation>最後の変更:</translation>
    </message>
</context>
<context>
    <name>StableReleaseChannel</name>
    <message>
        <location filename="../src/releasechannel.cpp" line="90"/>
        <source>Stable Releases</source>
        <translation>安定版リリース</translation>
    </message>
    <message>
        <location filename="../src/releasechannel.cpp" line="108"/>
        <source>No reply received from the release update server.</source>
        <translation>リリース更新サーバーから応答がありませんでした。</translation>
    </message>
    <message>
        <location filename="../src/releasechannel.cpp" line="115"/>
        <source>Invalid reply received from the release update server.</source>
        <translation>リリース更新サーバーから無効な応答が受信されました。</translation>
    </message>
    <message>
        <location filename="../src/releasechannel.cpp" line="173"/>
        <source>No reply received from the tag update server.</source>
        <translation>タグ更新サーバーからの応答がありませんでした。</translation>
    </message>
    <message>
        <location filename="../src/releasechannel.cpp" line="179"/>
        <source>Invalid reply received from the tag update server.</source>
        <translation>タグ更新サーバーから無効な応答が受信されました。</translation>
    </message>
</context>
<context>
    <name>TabAdmin</name>
    <message>
        <location filename="../src/tab_admin.h" line="52"/>
        <source>Administration</source>
        <translation>管理</translation>
    </message>
    <message>
        <location filename="../src/tab_admin.cpp" line="95"/>
        <source>Update server &amp;message</source>
        <translation>サーバー更新&amp;メッセージ</translation>
    </message>
    <message>
        <location filename="../src/tab_admin.cpp" line="96"/>
        <source>&amp;Shut down server</source>
        <translation>サーバーシャットダウン</translation>
    </message>
    <message>
        <location filename="../src/tab_admin.cpp" line="97"/>
        <source>&amp;Reload configuration</source>
        <translation>設定を再読み込み</translation>
    </message>
    <message>
        <location filename="../src/tab_admin.cpp" line="98"/>
        <source>Server administration functions</source>
        <translation>サーバー管理機能</translation>
    </message>
    <message>
        <location filename="../src/tab_admin.cpp" line="100"/>
        <source>&amp;Unlock functions</source>
        <translation>機能をアンロックする</translation>
    </message>
    <message>
        <location filename="../src/tab_admin.cpp" line="101"/>
        <source>&amp;Lock functions</source>
        <translation>機能をロックする</translation>
    </message>
</context>
<context>
    <name>TabDeckEditor</name>
    <message>
        <location filename="../src/tab_deck_editor.cpp" line="610"/>
        <source>&amp;Clear all filters</source>
        <translation>全フィルタ解除</translation>
    </message>
    <message>
        <location filename="../src/tab_deck_editor.cpp" line="611"/>
        <source>Delete selected</source>
        <translation>選択を削除</translation>
    </message>
    <message>
        <location filename="../src/tab_deck_editor.cpp" line="613"/>
        <source>Deck &amp;name:</source>
        <translation>デッキ名:</translation>
    </message>
    <message>
        <location filename="../src/tab_deck_editor.cpp" line="614"/>
        <source>&amp;Comments:</source>
        <translation>コメント:</translation>
    </message>
    <message>
        <location filename="../src/tab_deck_editor.cpp" line="615"/>
        <source>Hash:</source>
        <translation>ハッシュ:</translation>
    </message>
    <message>
        <location filename="../src/tab_deck_editor.cpp" line="617"/>
        <source>&amp;New deck</source>
        <translation>新しいデッキ</translation>
    </message>
    <message>
        <location filename="../src/tab_deck_editor.cpp" line="618"/>
        <source>&amp;Load deck...</source>
        <translation>デッキを開く...</translation>
    </message>
    <message>
        <location filename="../src/tab_deck_editor.cpp" line="619"/>
        <source>&amp;Save deck</source>
        <translation>デッキを保存</translation>
    </message>
    <message>
        <location filename="../src/tab_deck_editor.cpp" line="620"/>
        <source>Save deck &amp;as...</source>
        <translation>名前を付けて保存...</translation>
    </message>
    <message>
        <location filename="../src/tab_deck_editor.cpp" line="621"/>
        <source>Load deck from cl&amp;ipboard...</source>
        <translation>クリップボードからデッキを開く</translation>
    </message>
    <message>
        <location filename="../src/tab_deck_editor.cpp" line="627"/>
        <source>&amp;Print deck...</source>
        <translation>デッキを印刷...</translation>
    </message>
    <message>
        <location filename="../src/tab_deck_editor.cpp" line="347"/>
        <source>Search by card name</source>
        <translation>カード名で検索する</translation>
    </message>
    <message>
        <location filename="../src/tab_deck_editor.cpp" line="453"/>
        <source>Add to Deck</source>
        <translation>デッキに追加</translation>
    </message>
    <message>
        <location filename="../src/tab_deck_editor.cpp" line="454"/>
        <source>Add to Sideboard</source>
        <translation>サイドボードに追加</translation>
    </message>
    <message>
        <location filename="../src/tab_deck_editor.cpp" line="459"/>
        <source>Show Related cards</source>
        <translation>関連カードを見る</translation>
    </message>
    <message>
        <location filename="../src/tab_deck_editor.cpp" line="623"/>
        <source>Save deck to clipboard</source>
        <translation>クリップボードにデッキをコピー</translation>
    </message>
    <message>
        <location filename="../src/tab_deck_editor.cpp" line="624"/>
        <source>Annotated</source>
        <translation>注釈付き</translation>
    </message>
    <message>
        <location filename="../src/tab_deck_editor.cpp" line="625"/>
        <source>Not Annotated</source>
        <translation>注釈無し</translation>
    </message>
    <message>
        <location filename="../src/tab_deck_editor.cpp" line="629"/>
        <source>&amp;Send deck to online service</source>
        <translation>オンラインサービスにデッキを送信...</translation>
    </message>
    <message>
        <location filename="../src/tab_deck_editor.cpp" line="630"/>
        <source>Create decklist (decklist.org)</source>
        <translation>デッキリストを作成する (decklist.org)</translation>
    </message>
    <message>
        <location filename="../src/tab_deck_editor.cpp" line="631"/>
        <source>Analyze deck (deckstats.net)</source>
        <translation>デッキを分析 (deckstats.net)</translation>
    </message>
    <message>
        <location filename="../src/tab_deck_editor.cpp" line="632"/>
        <source>Analyze deck (tappedout.net)</source>
        <translation>デッキを分析 (tappedout.net)</translation>
    </message>
    <message>
        <location filename="../src/tab_deck_editor.cpp" line="634"/>
        <source>&amp;Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../src/tab_deck_editor.cpp" line="636"/>
        <source>Add card to &amp;maindeck</source>
        <translation>カードをメインデッキに追加</translation>
    </message>
    <message>
        <location filename="../src/tab_deck_editor.cpp" line="637"/>
        <source>Add card to &amp;sideboard</source>
        <translation>カードをサイドボードに追加</translation>
    </message>
    <message>
        <location filename="../src/tab_deck_editor.cpp" line="639"/>
        <source>&amp;Remove row</source>
        <translation>カードを取り除く</translation>
    </message>
    <message>
        <location filename="../src/tab_deck_editor.cpp" line="641"/>
        <source>&amp;Increment number</source>
        <translation>枚数を増やす</translation>
    </message>
    <message>
        <location filename="../src/tab_deck_editor.cpp" line="643"/>
        <source>&amp;Decrement number</source>
        <translation>枚数を減らす</translation>
    </message>
    <message>
        <location filename="../src/tab_deck_editor.cpp" line="645"/>
        <source>&amp;Deck Editor</source>
        <translation>デッキエディター</translation>
    </message>
    <message>
        <location filename="../src/tab_deck_editor.cpp" line="647"/>
        <location filename="../src/tab_deck_editor.cpp" line="652"/>
        <source>Card Info</source>
        <translation>カード情報</translation>
    </message>
    <message>
        <location filename="../src/tab_deck_editor.cpp" line="648"/>
        <location filename="../src/tab_deck_editor.cpp" line="653"/>
        <source>Deck</source>
        <translation>デッキ</translation>
    </message>
    <message>
        <location filename="../src/tab_deck_editor.cpp" line="649"/>
        <location filename="../src/tab_deck_editor.cpp" line="654"/>
        <source>Filters</source>
        <translation>フィルタ</translation>
    </message>
    <message>
        <location filename="../src/tab_deck_editor.cpp" line="651"/>
        <source>&amp;View</source>
        <translation>レイアウト</translation>
    </message>
    <message>
        <location filename="../src/tab_deck_editor.cpp" line="656"/>
        <location filename="../src/tab_deck_editor.cpp" line="659"/>
        <location filename="../src/tab_deck_editor.cpp" line="662"/>
        <source>Visible</source>
        <translation>表示する</translation>
    </message>
    <message>
        <location filename="../src/tab_deck_editor.cpp" line="657"/>
        <location filename="../src/tab_deck_editor.cpp" line="660"/>
        <location filename="../src/tab_deck_editor.cpp" line="663"/>
        <source>Floating</source>
        <translation>別ウィンドウにする</translation>
    </message>
    <message>
        <location filename="../src/tab_deck_editor.cpp" line="665"/>
        <source>Reset layout</source>
        <translation>レイアウトをリセット</translation>
    </message>
    <message>
        <location filename="../src/tab_deck_editor.cpp" line="670"/>
        <source>Deck: %1</source>
        <translation>デッキ: %1</translation>
    </message>
    <message>
        <location filename="../src/tab_deck_editor.cpp" line="720"/>
        <source>Are you sure?</source>
        <translation>確認</translation>
    </message>
    <message>
        <location filename="../src/tab_deck_editor.cpp" line="720"/>
        <source>The decklist has been modified.
Do you want to save the changes?</source>
        <translation>デッキリストが変更されています。
変更を保存しますか？</translation>
    </message>
    <message>
        <location filename="../src/tab_deck_editor.cpp" line="750"/>
        <source>Load deck</source>
        <translation>デッキを開く</translation>
    </message>
    <message>
        <location filename="../src/tab_deck_editor.cpp" line="769"/>
        <location filename="../src/tab_deck_editor.cpp" line="795"/>
        <location filename="../src/tab_deck_editor.cpp" line="817"/>
        <location filename="../src/tab_deck_editor.cpp" line="877"/>
        <location filename="../src/tab_deck_editor.cpp" line="889"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../src/tab_deck_editor.cpp" line="769"/>
        <source>The deck could not be saved.</source>
        <translation>デッキが保存できませんでした。</translation>
    </message>
    <message>
        <location filename="../src/tab_deck_editor.cpp" line="796"/>
        <location filename="../src/tab_deck_editor.cpp" line="818"/>
        <source>The deck could not be saved.
Please check that the directory is writable and try again.</source>
        <translation>デッキは保存できませんでした。
ディレクトリが書き込み可能であることを確認してから、もう一度やり直してください。</translation>
    </message>
    <message>
        <location filename="../src/tab_deck_editor.cpp" line="802"/>
        <source>Save deck</source>
        <translation>デッキを保存</translation>
    </message>
    <message>
        <location filename="../src/tab_deck_editor.cpp" line="877"/>
        <source>There are no cards in your deck to be exported</source>
        <translation>エクスポート出来るカードがデッキにありません。</translation>
    </message>
    <message>
        <location filename="../src/tab_deck_editor.cpp" line="889"/>
        <source>No deck was selected to be saved.</source>
        <translation>保存するデッキが選ばれていません。</translation>
    </message>
</context>
<context>
    <name>TabDeckStorage</name>
    <message>
        <location filename="../src/tab_deck_storage.h" line="56"/>
        <source>Deck storage</source>
        <translation>デッキストレージ</translation>
    </message>
    <message>
        <location filename="../src/tab_deck_storage.cpp" line="117"/>
        <source>Local file system</source>
        <translation>ローカルのデッキ</translation>
    </message>
    <message>
        <location filename="../src/tab_deck_storage.cpp" line="118"/>
        <source>Server deck storage</source>
        <translation>サーバーに保存されているデッキ</translation>
    </message>
    <message>
        <location filename="../src/tab_deck_storage.cpp" line="120"/>
        <location filename="../src/tab_deck_storage.cpp" line="122"/>
        <source>Open in deck editor</source>
        <translation>デッキエディターで開く</translation>
    </message>
    <message>
        <location filename="../src/tab_deck_storage.cpp" line="121"/>
        <source>Upload deck</source>
        <translation>デッキをアップロード</translation>
    </message>
    <message>
        <location filename="../src/tab_deck_storage.cpp" line="123"/>
        <source>Download deck</source>
        <translation>デッキをダウンロード</translation>
    </message>
    <message>
        <location filename="../src/tab_deck_storage.cpp" line="124"/>
        <location filename="../src/tab_deck_storage.cpp" line="281"/>
        <source>New folder</source>
        <translation>新しいフォルダーを作成する</translation>
    </message>
    <message>
        <location filename="../src/tab_deck_storage.cpp" line="125"/>
        <location filename="../src/tab_deck_storage.cpp" line="126"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../src/tab_deck_storage.cpp" line="156"/>
        <source>Enter deck name</source>
        <translation>デッキの名前を入力</translation>
    </message>
    <message>
        <location filename="../src/tab_deck_storage.cpp" line="157"/>
        <source>This decklist does not have a name.
Please enter a name:</source>
        <translation>このデッキリストには名前がありません。
名前を入力してください:</translation>
    </message>
    <message>
        <location filename="../src/tab_deck_storage.cpp" line="162"/>
        <source>Unnamed deck</source>
        <translation>無名のデッキ</translation>
    </message>
    <message>
        <location filename="../src/tab_deck_storage.cpp" line="198"/>
        <source>Delete local file</source>
        <translation>ローカルファイルの削除</translation>
    </message>
    <message>
        <location filename="../src/tab_deck_storage.cpp" line="199"/>
        <location filename="../src/tab_deck_storage.cpp" line="331"/>
        <location filename="../src/tab_deck_storage.cpp" line="342"/>
        <source>Are you sure you want to delete &quot;%1&quot;?</source>
        <translation>本当に &quot;%1&quot; を削除してもよろしいですか？</translation>
    </message>
    <message>
        <location filename="../src/tab_deck_storage.cpp" line="281"/>
        <source>Name of new folder:</source>
        <translation>新しいフォルダの名前:</translation>
    </message>
    <message>
        <location filename="../src/tab_deck_storage.cpp" line="330"/>
        <source>Delete remote folder</source>
        <translation>サーバーフォルダーの削除</translation>
    </message>
    <message>
        <location filename="../src/tab_deck_storage.cpp" line="341"/>
        <source>Delete remote deck</source>
        <translation>サーバーファイルの削除</translation>
    </message>
</context>
<context>
    <name>TabGame</name>
    <message>
        <location filename="../src/tab_game.cpp" line="463"/>
        <location filename="../src/tab_game.cpp" line="471"/>
        <location filename="../src/tab_game.cpp" line="1263"/>
        <source>Replay</source>
        <translation>リプレイ</translation>
    </message>
    <message>
        <location filename="../src/tab_game.cpp" line="463"/>
        <location filename="../src/tab_game.cpp" line="471"/>
        <source>Game</source>
        <translation>ゲーム</translation>
    </message>
    <message>
        <location filename="../src/tab_game.cpp" line="474"/>
        <location filename="../src/tab_game.cpp" line="517"/>
        <source>Card Info</source>
        <translation>カード情報</translation>
    </message>
    <message>
        <location filename="../src/tab_game.cpp" line="465"/>
        <location filename="../src/tab_game.cpp" line="519"/>
        <source>Player List</source>
        <translation>プレイヤーリスト</translation>
    </message>
    <message>
        <location filename="../src/tab_game.cpp" line="475"/>
        <location filename="../src/tab_game.cpp" line="518"/>
        <source>Messages</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <location filename="../src/tab_game.cpp" line="477"/>
        <location filename="../src/tab_game.cpp" line="531"/>
        <source>Replay Timeline</source>
        <translation>リプレイタイムライン</translation>
    </message>
    <message>
        <location filename="../src/tab_game.cpp" line="482"/>
        <source>&amp;Phases</source>
        <translation>フェイズ</translation>
    </message>
    <message>
        <location filename="../src/tab_game.cpp" line="485"/>
        <source>&amp;Game</source>
        <translation>ゲーム</translation>
    </message>
    <message>
        <location filename="../src/tab_game.cpp" line="487"/>
        <source>Next &amp;phase</source>
        <translation>次のフェイズ</translation>
    </message>
    <message>
        <location filename="../src/tab_game.cpp" line="490"/>
        <source>Next &amp;turn</source>
        <translation>次のターン</translation>
    </message>
    <message>
        <location filename="../src/tab_game.cpp" line="493"/>
        <source>&amp;Remove all local arrows</source>
        <translation>全ての対象指定を消す</translation>
    </message>
    <message>
        <location filename="../src/tab_game.cpp" line="496"/>
        <source>Rotate View Cl&amp;ockwise</source>
        <translation>席を時計回りに回転</translation>
    </message>
    <message>
        <location filename="../src/tab_game.cpp" line="499"/>
        <source>Rotate View Co&amp;unterclockwise</source>
        <translation>席を反時計回りに回転</translation>
    </message>
    <message>
        <location filename="../src/tab_game.cpp" line="502"/>
        <source>Game &amp;information</source>
        <translation>ゲーム情報</translation>
    </message>
    <message>
        <location filename="../src/tab_game.cpp" line="504"/>
        <source>&amp;Concede</source>
        <translation>投了する</translation>
    </message>
    <message>
        <location filename="../src/tab_game.cpp" line="507"/>
        <source>&amp;Leave game</source>
        <translation>ゲームから離脱する</translation>
    </message>
    <message>
        <location filename="../src/tab_game.cpp" line="510"/>
        <source>C&amp;lose replay</source>
        <translation>リプレイを閉じる</translation>
    </message>
    <message>
        <location filename="../src/tab_game.cpp" line="513"/>
        <source>&amp;Say:</source>
        <translation>発言欄:</translation>
    </message>
    <message>
        <location filename="../src/tab_game.cpp" line="516"/>
        <source>&amp;View</source>
        <translation>レイアウト</translation>
    </message>
    <message>
        <location filename="../src/tab_game.cpp" line="521"/>
        <location filename="../src/tab_game.cpp" line="524"/>
        <location filename="../src/tab_game.cpp" line="527"/>
        <location filename="../src/tab_game.cpp" line="532"/>
        <source>Visible</source>
        <translation>表示する</translation>
    </message>
    <message>
        <location filename="../src/tab_game.cpp" line="522"/>
        <location filename="../src/tab_game.cpp" line="525"/>
        <location filename="../src/tab_game.cpp" line="528"/>
        <location filename="../src/tab_game.cpp" line="533"/>
        <source>Floating</source>
        <translation>別ウィンドウにする</translation>
    </message>
    <message>
        <location filename="../src/tab_game.cpp" line="536"/>
        <source>Reset layout</source>
        <translation>レイアウトをリセット</translation>
    </message>
    <message>
        <location filename="../src/tab_game.cpp" line="623"/>
        <source>Concede</source>
        <translation>投了する</translation>
    </message>
    <message>
        <location filename="../src/tab_game.cpp" line="623"/>
        <source>Are you sure you want to concede this game?</source>
        <translation>本当にこのゲームを投了しますか？</translation>
    </message>
    <message>
        <location filename="../src/tab_game.cpp" line="634"/>
        <source>Leave game</source>
        <translation>ゲームから離脱する</translation>
    </message>
    <message>
        <location filename="../src/tab_game.cpp" line="634"/>
        <source>Are you sure you want to leave this game?</source>
        <translation>本当にこのゲームから離脱しますか？</translation>
    </message>
    <message>
        <location filename="../src/tab_game.cpp" line="856"/>
        <source>You are flooding the game. Please wait a couple of seconds.</source>
        <translation>あなたはゲームから弾かれました。少々お待ちください.</translation>
    </message>
    <message>
        <location filename="../src/tab_game.cpp" line="1102"/>
        <source>kicked by game host or moderator</source>
        <translation>キック</translation>
    </message>
    <message>
        <location filename="../src/tab_game.cpp" line="1105"/>
        <source>player left the game</source>
        <translation>離脱</translation>
    </message>
    <message>
        <location filename="../src/tab_game.cpp" line="1108"/>
        <source>player disconnected from server</source>
        <translation>切断</translation>
    </message>
    <message>
        <location filename="../src/tab_game.cpp" line="1112"/>
        <source>reason unknown</source>
        <translation>原因不明</translation>
    </message>
    <message>
        <location filename="../src/tab_game.cpp" line="1149"/>
        <source>You have been kicked out of the game.</source>
        <translation>ゲームからキックされました。</translation>
    </message>
</context>
<context>
    <name>TabLog</name>
    <message>
        <location filename="../src/tab_logs.h" line="60"/>
        <source>Logs</source>
        <translation>ログ</translation>
    </message>
    <message>
        <location filename="../src/tab_logs.cpp" line="29"/>
        <location filename="../src/tab_logs.cpp" line="35"/>
        <location filename="../src/tab_logs.cpp" line="41"/>
        <source>Time;SenderName;SenderIP;Message;TargetID;TargetName</source>
        <translation>時間;送信者名;送信者IP;メッセージ;対象ID;対象名</translation>
    </message>
    <message>
        <location filename="../src/tab_logs.cpp" line="44"/>
        <source>Room Logs</source>
        <translation>ルームログ</translation>
    </message>
    <message>
        <location filename="../src/tab_logs.cpp" line="45"/>
        <source>Game Logs</source>
        <translation>ゲームログ</translation>
    </message>
    <message>
        <location filename="../src/tab_logs.cpp" line="46"/>
        <source>Chat Logs</source>
        <translation>チャットログ</translation>
    </message>
    <message>
        <location filename="../src/tab_logs.cpp" line="67"/>
        <location filename="../src/tab_logs.cpp" line="77"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../src/tab_logs.cpp" line="67"/>
        <source>You must select at least one filter.</source>
        <translation>フィルターを選んで下さい。</translation>
    </message>
    <message>
        <location filename="../src/tab_logs.cpp" line="77"/>
        <source>You have to select a valid number of days to locate.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/tab_logs.cpp" line="149"/>
        <source>Username: </source>
        <translation>ユーザー名:</translation>
    </message>
    <message>
        <location filename="../src/tab_logs.cpp" line="152"/>
        <source>IP Address: </source>
        <translation>IPアドレス:</translation>
    </message>
    <message>
        <location filename="../src/tab_logs.cpp" line="155"/>
        <source>Game Name: </source>
        <translation>ゲーム名:</translation>
    </message>
    <message>
        <location filename="../src/tab_logs.cpp" line="158"/>
        <source>GameID: </source>
        <translation>ゲームID:</translation>
    </message>
    <message>
        <location filename="../src/tab_logs.cpp" line="161"/>
        <source>Message: </source>
        <translation>メッセージ:</translation>
    </message>
    <message>
        <location filename="../src/tab_logs.cpp" line="165"/>
        <source>Main Room</source>
        <translation>メインルーム</translation>
    </message>
    <message>
        <location filename="../src/tab_logs.cpp" line="166"/>
        <source>Game Room</source>
        <translation>ゲームルーム</translation>
    </message>
    <message>
        <location filename="../src/tab_logs.cpp" line="167"/>
        <source>Private Chat</source>
        <translation>プライベートチャット</translation>
    </message>
    <message>
        <location filename="../src/tab_logs.cpp" line="169"/>
        <source>Past X Days: </source>
        <translation>X日経過:</translation>
    </message>
    <message>
        <location filename="../src/tab_logs.cpp" line="170"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../src/tab_logs.cpp" line="171"/>
        <source>Last Hour</source>
        <translation>今</translation>
    </message>
    <message>
        <location filename="../src/tab_logs.cpp" line="175"/>
        <source>Maximum Results: </source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/tab_logs.cpp" line="179"/>
        <source>At least one filter is required.
The more information you put in, the more specific your results will be.</source>
        <translation>少なくとも一つのフィルタが必要です。
情報を入力すればするほど詳細な検索結果になります。</translation>
    </message>
    <message>
        <location filename="../src/tab_logs.cpp" line="182"/>
        <source>Get User Logs</source>
        <translation>ユーザーログを取得</translation>
    </message>
    <message>
        <location filename="../src/tab_logs.cpp" line="186"/>
        <source>Clear Filters</source>
        <translation>フィルタ解除</translation>
    </message>
    <message>
        <location filename="../src/tab_logs.cpp" line="202"/>
        <source>Filters</source>
        <translation>フィルタ</translation>
    </message>
    <message>
        <location filename="../src/tab_logs.cpp" line="211"/>
        <source>Log Locations</source>
        <translation>ログの場所</translation>
    </message>
    <message>
        <location filename="../src/tab_logs.cpp" line="220"/>
        <source>Date Range</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/tab_logs.cpp" line="227"/>
        <source>Maximum Results</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/tab_logs.cpp" line="264"/>
        <location filename="../src/tab_logs.cpp" line="270"/>
        <source>Message History</source>
        <translation>メッセージ履歴</translation>
    </message>
    <message>
        <location filename="../src/tab_logs.cpp" line="265"/>
        <source>Failed to collect message history information.</source>
        <translation>メッセージ履歴情報の収集に失敗しました。</translation>
    </message>
    <message>
        <location filename="../src/tab_logs.cpp" line="271"/>
        <source>There are no messages for the selected filters.</source>
        <translation>選択したフィルタのためのメッセージはありません。</translation>
    </message>
</context>
<context>
    <name>TabMessage</name>
    <message>
        <location filename="../src/tab_message.cpp" line="66"/>
        <source>Private &amp;chat</source>
        <translation>プライベートチャット</translation>
    </message>
    <message>
        <location filename="../src/tab_message.cpp" line="67"/>
        <source>&amp;Leave</source>
        <translation>退出する</translation>
    </message>
    <message>
        <location filename="../src/tab_message.cpp" line="83"/>
        <source>%1 - Private chat</source>
        <translation>%1 - プライベートチャット</translation>
    </message>
    <message>
        <location filename="../src/tab_message.cpp" line="110"/>
        <source>This user is ignoring you, they cannot see your messages in main chat and you cannot join their games.</source>
        <translation>このユーザーはあなたを無視しています。メインチャットのメッセージは表示されず、ゲームに参加することもできません。</translation>
    </message>
    <message>
        <location filename="../src/tab_message.cpp" line="148"/>
        <source>Private message from</source>
        <translation>個人チャット:</translation>
    </message>
    <message>
        <location filename="../src/tab_message.cpp" line="165"/>
        <source>%1 has left the server.</source>
        <translation>%1はサーバーから退出しました。</translation>
    </message>
    <message>
        <location filename="../src/tab_message.cpp" line="171"/>
        <source>%1 has joined the server.</source>
        <translation>%1がサーバーに参加しました。</translation>
    </message>
</context>
<context>
    <name>TabReplays</name>
    <message>
        <location filename="../src/tab_replays.h" line="55"/>
        <source>Game replays</source>
        <translation>リプレイ</translation>
    </message>
    <message>
        <location filename="../src/tab_replays.cpp" line="115"/>
        <source>Local file system</source>
        <translation>ローカルのリプレイ</translation>
    </message>
    <message>
        <location filename="../src/tab_replays.cpp" line="116"/>
        <source>Server replay storage</source>
        <translation>サーバーに保存されたリプレイ</translation>
    </message>
    <message>
        <location filename="../src/tab_replays.cpp" line="118"/>
        <location filename="../src/tab_replays.cpp" line="120"/>
        <source>Watch replay</source>
        <translation>リプレイを再生</translation>
    </message>
    <message>
        <location filename="../src/tab_replays.cpp" line="119"/>
        <location filename="../src/tab_replays.cpp" line="123"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../src/tab_replays.cpp" line="121"/>
        <source>Download replay</source>
        <translation>リプレイをダウンロード</translation>
    </message>
    <message>
        <location filename="../src/tab_replays.cpp" line="122"/>
        <source>Toggle expiration lock</source>
        <translation>有効期限ロックの切り替え</translation>
    </message>
    <message>
        <location filename="../src/tab_replays.cpp" line="148"/>
        <source>Delete local file</source>
        <translation>ローカルファイルの削除</translation>
    </message>
    <message>
        <location filename="../src/tab_replays.cpp" line="149"/>
        <source>Are you sure you want to delete &quot;%1&quot;?</source>
        <translation>本当に &quot;%1&quot; を削除してもよろしいですか？</translation>
    </message>
    <message>
        <location filename="../src/tab_replays.cpp" line="198"/>
        <source>Downloading Replays</source>
        <translation>リプレイをダウンロード中</translation>
    </message>
    <message>
        <location filename="../src/tab_replays.cpp" line="199"/>
        <source>You cannot download replay folders at this time</source>
        <translation>この時点ではリプレイフォルダをダウンロードできません。（ファイルを個別にダウンロードするなどを試してみてください。）</translation>
    </message>
    <message>
        <location filename="../src/tab_replays.cpp" line="267"/>
        <source>Delete remote replay</source>
        <translation>サーバーファイルの削除</translation>
    </message>
    <message>
        <location filename="../src/tab_replays.cpp" line="268"/>
        <source>Are you sure you want to delete the replay of game %1?</source>
        <translation>本当にゲーム:%1のリプレイを削除してもよろしいですか？</translation>
    </message>
</context>
<context>
    <name>TabRoom</name>
    <message>
        <location filename="../src/tab_room.cpp" line="144"/>
        <source>&amp;Say:</source>
        <translation>発言欄:</translation>
    </message>
    <message>
        <location filename="../src/tab_room.cpp" line="145"/>
        <source>Chat</source>
        <translation>チャット</translation>
    </message>
    <message>
        <location filename="../src/tab_room.cpp" line="146"/>
        <source>&amp;Room</source>
        <translation>ルーム</translation>
    </message>
    <message>
        <location filename="../src/tab_room.cpp" line="147"/>
        <source>&amp;Leave room</source>
        <translation>ルームから出る</translation>
    </message>
    <message>
        <location filename="../src/tab_room.cpp" line="148"/>
        <source>&amp;Clear chat</source>
        <translation>チャットをクリア</translation>
    </message>
    <message>
        <location filename="../src/tab_room.cpp" line="149"/>
        <source>Chat Settings...</source>
        <translation>チャット設定...</translation>
    </message>
    <message>
        <location filename="../src/tab_room.cpp" line="164"/>
        <source> mentioned you.</source>
        <translation>あなたにメンションした。</translation>
    </message>
    <message>
        <location filename="../src/tab_room.cpp" line="164"/>
        <source>Click to view</source>
        <translation>クリックで見る</translation>
    </message>
    <message>
        <location filename="../src/tab_room.cpp" line="207"/>
        <source>You are flooding the chat. Please wait a couple of seconds.</source>
        <translation>あなたはチャットルームから弾かれました。少々お待ちください。</translation>
    </message>
</context>
<context>
    <name>TabServer</name>
    <message>
        <location filename="../src/tab_server.h" line="61"/>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <location filename="../src/tab_server.cpp" line="209"/>
        <location filename="../src/tab_server.cpp" line="212"/>
        <location filename="../src/tab_server.cpp" line="217"/>
        <location filename="../src/tab_server.cpp" line="220"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../src/tab_server.cpp" line="209"/>
        <source>Failed to join the room: it doesn&apos;t exists on the server.</source>
        <translation>ルームに参加できませんでした: サーバーに存在しません。</translation>
    </message>
    <message>
        <location filename="../src/tab_server.cpp" line="213"/>
        <source>The server thinks you are in the room but Cockatrice is unable to display it. Try restarting Cockatrice.</source>
        <translation>サーバーから、ルームに入室中の応答がありましたがCockatriceは表示できませんでした。Cockatriceを再起動してみてください。</translation>
    </message>
    <message>
        <location filename="../src/tab_server.cpp" line="217"/>
        <source>You do not have the required permission to join this room.</source>
        <translation>あなたはこのルームに参加するための権限がありません。</translation>
    </message>
    <message>
        <location filename="../src/tab_server.cpp" line="221"/>
        <source>Failed to join the room due to an unknown error: %1.</source>
        <translation>原因不明のエラーによってルームに参加できませんでした: %1。</translation>
    </message>
</context>
<context>
    <name>TabSupervisor</name>
    <message>
        <location filename="../src/tab_supervisor.cpp" line="167"/>
        <source>Are you sure?</source>
        <translation>よろしいですか？</translation>
    </message>
    <message>
        <location filename="../src/tab_supervisor.cpp" line="168"/>
        <source>There are still open games. Are you sure you want to quit?</source>
        <translation>ゲームがまだ開いています。本当に退出しますか？</translation>
    </message>
    <message>
        <location filename="../src/tab_supervisor.cpp" line="605"/>
        <source>Unknown Event</source>
        <translation>不明なイベント</translation>
    </message>
    <message>
        <location filename="../src/tab_supervisor.cpp" line="606"/>
        <source>The server has sent you a message that your client does not understand.
This message might mean there is a new version of Cockatrice available or this server is running a custom or pre-release version.

To update your client, go to Help -&gt; Check for Updates.</source>
        <translation>ご利用中のクライアントでは、サーバーから送信されたメッセージを正しく処理できませんでした。
新しいバージョンのCockatriceが使用可能であるか、このサーバーがカスタム版またはプレリリース版を実行している可能性があります。 

クライアントを更新するには、ヘルプ→更新のチェックをクリックしてください。</translation>
    </message>
    <message>
        <location filename="../src/tab_supervisor.cpp" line="611"/>
        <source>Idle Timeout</source>
        <translation>放置タイムアウト</translation>
    </message>
    <message>
        <location filename="../src/tab_supervisor.cpp" line="611"/>
        <source>You are about to be logged out due to inactivity.</source>
        <translation>非アクティブのためログアウトしています。</translation>
    </message>
    <message>
        <location filename="../src/tab_supervisor.cpp" line="615"/>
        <source>Promotion</source>
        <translation>昇格</translation>
    </message>
    <message>
        <location filename="../src/tab_supervisor.cpp" line="616"/>
        <source>You have been promoted to moderator. Please log out and back in for changes to take effect.</source>
        <translation>あなたはモデレーターに昇格されています。変更を有効にするためにログインしなおして下さい。</translation>
    </message>
    <message>
        <location filename="../src/tab_supervisor.cpp" line="620"/>
        <source>Warned</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../src/tab_supervisor.cpp" line="621"/>
        <source>You have received a warning due to %1.
Please refrain from engaging in this activity or further actions may be taken against you. If you have any questions, please private message a moderator.</source>
        <translation>以下の理由によって警告を受けました:  %1。
これらのような行動はご遠慮頂ますようお願い致します。質問がある場合は、モデレーターにプライベートメッセージを送信してください。</translation>
    </message>
    <message>
        <location filename="../src/tab_supervisor.cpp" line="635"/>
        <source>You have received the following message from the server.
(custom messages like these could be untranslated)</source>
        <translation>サーバーから次のメッセージを受け取りました。
（これらのカスタムメッセージは翻訳されない可能性があります）</translation>
    </message>
</context>
<context>
    <name>TabUserLists</name>
    <message>
        <location filename="../src/tab_userlists.h" line="56"/>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <location filename="../src/tab_userlists.cpp" line="62"/>
        <source>Add to Buddy List</source>
        <translation>フレンドリストに追加</translation>
    </message>
    <message>
        <location filename="../src/tab_userlists.cpp" line="71"/>
        <source>Add to Ignore List</source>
        <translation>無視リストに追加</translation>
    </message>
</context>
<context>
    <name>TappedOutInterface</name>
    <message>
        <location filename="../src/tappedout_interface.cpp" line="21"/>
        <location filename="../src/tappedout_interface.cpp" line="61"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../src/tappedout_interface.cpp" line="42"/>
        <source>Unable to analyze the deck.</source>
        <translation>デッキを分析できませんでしたぁ……</translation>
    </message>
</context>
<context>
    <name>TipsOfTheDay</name>
    <message>
        <location filename="../src/tip_of_the_day.cpp" line="25"/>
        <source>File does not exist.
</source>
        <translation>ファイルが存在しません。
</translation>
    </message>
    <message>
        <location filename="../src/tip_of_the_day.cpp" line="28"/>
        <source>Failed to open file.
</source>
        <translation>ファイルが開けません。
</translation>
    </message>
</context>
<context>
    <name>UpdateDownloader</name>
    <message>
        <location filename="../src/update_downloader.cpp" line="52"/>
        <source>Could not open the file for reading.</source>
        <translation>ファイルが開けませんでした。</translation>
    </message>
</context>
<context>
    <name>UserContextMenu</name>
    <message>
        <location filename="../src/user_context_menu.cpp" line="53"/>
        <source>User &amp;details</source>
        <translation>ユーザー詳細</translation>
    </message>
    <message>
        <location filename="../src/user_context_menu.cpp" line="54"/>
        <source>Private &amp;chat</source>
        <translation>プライベートチャット</translation>
    </message>
    <message>
        <location filename="../src/user_context_menu.cpp" line="55"/>
        <source>Show this user&apos;s &amp;games</source>
        <translation>このユーザーのゲームを表示</translation>
    </message>
    <message>
        <location filename="../src/user_context_menu.cpp" line="56"/>
        <source>Add to &amp;buddy list</source>
        <translation>フレンドリストに追加</translation>
    </message>
    <message>
        <location filename="../src/user_context_menu.cpp" line="57"/>
        <source>Remove from &amp;buddy list</source>
        <translation>フレンドリストから削除</translation>
    </message>
    <message>
        <location filename="../src/user_context_menu.cpp" line="58"/>
        <source>Add to &amp;ignore list</source>
        <translation>無視リストに追加</translation>
    </message>
    <message>
        <location filename="../src/user_context_menu.cpp" line="59"/>
        <source>Remove from &amp;ignore list</source>
        <translation>無視リストから削除</translation>
    </message>
    <message>
        <location filename="../src/user_context_menu.cpp" line="60"/>
        <source>Kick from &amp;game</source>
        <translation>ゲームからキックする</translation>
    </message>
    <message>
        <location filename="../src/user_context_menu.cpp" line="61"/>
        <source>Warn user</source>
        <translation>ユーザーに警告する</translation>
    </message>
    <message>
        <location filename="../src/user_context_menu.cpp" line="62"/>
        <source>View user&apos;s war&amp;n history</source>
        <translation>ユーザーの警告履歴を見る</translation>
    </message>
    <message>
        <location filename="../src/user_context_menu.cpp" line="63"/>
        <source>Ban from &amp;server</source>
        <translation>サーバーからBANする</translation>
    </message>
    <message>
        <location filename="../src/user_context_menu.cpp" line="64"/>
        <source>View user&apos;s &amp;ban history</source>
        <translation>ユーザーのBAN履歴を見る</translation>
    </message>
    <message>
        <location filename="../src/user_context_menu.cpp" line="65"/>
        <source>&amp;Promote user to moderator</source>
        <translation>ユーザーを昇格する</translation>
    </message>
    <message>
        <location filename="../src/user_context_menu.cpp" line="66"/>
        <source>Dem&amp;ote user from moderator</source>
        <translation>ユーザーを降格する</translation>
    </message>
    <message>
        <location filename="../src/user_context_menu.cpp" line="94"/>
        <source>%1&apos;s games</source>
        <translation>%1のゲーム</translation>
    </message>
    <message>
        <location filename="../src/user_context_menu.cpp" line="150"/>
        <location filename="../src/user_context_menu.cpp" line="173"/>
        <location filename="../src/user_context_menu.cpp" line="177"/>
        <source>Ban History</source>
        <translation>BAN履歴</translation>
    </message>
    <message>
        <location filename="../src/user_context_menu.cpp" line="156"/>
        <source>Ban Time;Moderator;Ban Length;Ban Reason;Visible Reason</source>
        <translation>BAN回数;モデレーター;BAN期間;BAN理由;可視理由</translation>
    </message>
    <message>
        <location filename="../src/user_context_menu.cpp" line="174"/>
        <source>User has never been banned.</source>
        <translation>ユーザーはBANされていません。</translation>
    </message>
    <message>
        <location filename="../src/user_context_menu.cpp" line="178"/>
        <source>Failed to collecting ban information.</source>
        <translation>BAN情報の収集に失敗しました。</translation>
    </message>
    <message>
        <location filename="../src/user_context_menu.cpp" line="188"/>
        <location filename="../src/user_context_menu.cpp" line="209"/>
        <location filename="../src/user_context_menu.cpp" line="213"/>
        <source>Warning History</source>
        <translation>警告履歴</translation>
    </message>
    <message>
        <location filename="../src/user_context_menu.cpp" line="193"/>
        <source>Warning Time;Moderator;User Name;Reason</source>
        <translation>警告回数;モデレーター;ユーザー名;理由</translation>
    </message>
    <message>
        <location filename="../src/user_context_menu.cpp" line="210"/>
        <source>User has never been warned.</source>
        <translation>ユーザーは警告されていません。</translation>
    </message>
    <message>
        <location filename="../src/user_context_menu.cpp" line="214"/>
        <source>Failed to collecting warning information.</source>
        <translation>警告情報の収集に失敗しました。</translation>
    </message>
    <message>
        <location filename="../src/user_context_menu.cpp" line="224"/>
        <location filename="../src/user_context_menu.cpp" line="227"/>
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../src/user_context_menu.cpp" line="225"/>
        <source>Successfully promoted user.</source>
        <translation>ユーザーを昇格しました。</translation>
    </message>
    <message>
        <location filename="../src/user_context_menu.cpp" line="227"/>
        <source>Successfully demoted user.</source>
        <translation>ユーザーを降格しました。</translation>
    </message>
    <message>
        <location filename="../src/user_context_menu.cpp" line="232"/>
        <location filename="../src/user_context_menu.cpp" line="234"/>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location filename="../src/user_context_menu.cpp" line="232"/>
        <source>Failed to promote user.</source>
        <translation>昇格に失敗しました。</translation>
    </message>
    <message>
        <location filename="../src/user_context_menu.cpp" line="234"/>
        <source>Failed to demote user.</source>
        <translation>降格に失敗しました。</translation>
    </message>
</context>
<context>
    <name>UserInfoBox</name>
    <message>
        <location filename="../src/userinfobox.cpp" line="60"/>
        <source>User information</source>
        <translation>ユーザー情報</translation>
    </message>
    <message>
        <location filename="../src/userinfobox.cpp" line="67"/>
        <source>Real name:</source>
        <translation>本名:</translation>
    </message>
    <message>
        <location filename="../src/userinfobox.cpp" line="68"/>
        <source>Location:</source>
        <translation>現在地:</translation>
    </message>
    <message>
        <location filename="../src/userinfobox.cpp" line="69"/>
        <source>User level:</source>
        <translation>ユーザー種別:</translation>
    </message>
    <message>
        <location filename="../src/userinfobox.cpp" line="70"/>
        <source>Account Age:</source>
        <translation>アカウント年齢:</translation>
    </message>
    <message>
        <location filename="../src/userinfobox.cpp" line="72"/>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <location filename="../src/userinfobox.cpp" line="73"/>
        <source>Change password</source>
        <translation>パスワード変更</translation>
    </message>
    <message>
        <location filename="../src/userinfobox.cpp" line="74"/>
        <source>Change avatar</source>
        <translation>アバター変更</translation>
    </message>
    <message>
        <location filename="../src/userinfobox.cpp" line="104"/>
        <source>Administrator</source>
        <translation>管理者</translation>
    </message>
    <message>
        <location filename="../src/userinfobox.cpp" line="106"/>
        <source>Moderator</source>
        <translation>モデレーター</translation>
    </message>
    <message>
        <location filename="../src/userinfobox.cpp" line="108"/>
        <source>Registered user</source>
        <translation>登録ユーザー</translation>
    </message>
    <message>
        <location filename="../src/userinfobox.cpp" line="110"/>
        <location filename="../src/userinfobox.cpp" line="118"/>
        <source>Unregistered user</source>
        <translation>未登録ユーザー</translation>
    </message>
    <message>
        <location filename="../src/userinfobox.cpp" line="122"/>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location filename="../src/userinfobox.cpp" line="135"/>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../src/userinfobox.cpp" line="135"/>
        <source>Years</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../src/userinfobox.cpp" line="141"/>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../src/userinfobox.cpp" line="141"/>
        <source>Days</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../src/userinfobox.cpp" line="242"/>
        <location filename="../src/userinfobox.cpp" line="260"/>
        <location filename="../src/userinfobox.cpp" line="284"/>
        <source>Information</source>
        <translation>情報</translation>
    </message>
    <message>
        <location filename="../src/userinfobox.cpp" line="242"/>
        <source>User information updated.</source>
        <translation>ユーザー情報が更新されました。</translation>
    </message>
    <message>
        <location filename="../src/userinfobox.cpp" line="245"/>
        <location filename="../src/userinfobox.cpp" line="250"/>
        <location filename="../src/userinfobox.cpp" line="263"/>
        <location filename="../src/userinfobox.cpp" line="266"/>
        <location filename="../src/userinfobox.cpp" line="269"/>
        <location filename="../src/userinfobox.cpp" line="273"/>
        <location filename="../src/userinfobox.cpp" line="287"/>
        <location filename="../src/userinfobox.cpp" line="291"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../src/userinfobox.cpp" line="246"/>
        <source>This server does not permit you to update your user informations.</source>
        <translation>このサーバーはユーザーの情報を更新することができません。</translation>
    </message>
    <message>
        <location filename="../src/userinfobox.cpp" line="251"/>
        <location filename="../src/userinfobox.cpp" line="274"/>
        <source>An error occured while trying to update your user informations.</source>
        <translation>ユーザー情報の更新中にエラーが発生しました。</translation>
    </message>
    <message>
        <location filename="../src/userinfobox.cpp" line="260"/>
        <source>Password changed.</source>
        <translation>パスワードが変更されました。</translation>
    </message>
    <message>
        <location filename="../src/userinfobox.cpp" line="263"/>
        <source>This server does not permit you to change your password.</source>
        <translation>このサーバーはパスワードを変更することができません。</translation>
    </message>
    <message>
        <location filename="../src/userinfobox.cpp" line="266"/>
        <source>The new password is too short.</source>
        <translation>新しいパスワードが短すぎます。</translation>
    </message>
    <message>
        <location filename="../src/userinfobox.cpp" line="269"/>
        <source>The old password is incorrect.</source>
        <translation>前のパスワードが一致しませんでした。</translation>
    </message>
    <message>
        <location filename="../src/userinfobox.cpp" line="284"/>
        <source>Avatar updated.</source>
        <translation>アバターを更新しました。</translation>
    </message>
    <message>
        <location filename="../src/userinfobox.cpp" line="287"/>
        <source>This server does not permit you to update your avatar.</source>
        <translation>このサーバーはアバターを更新することができません。</translation>
    </message>
    <message>
        <location filename="../src/userinfobox.cpp" line="291"/>
        <source>An error occured while trying to updater your avatar.</source>
        <translation>アバターの更新中にエラーが発生しました。</translation>
    </message>
</context>
<context>
    <name>UserInterfaceSettingsPage</name>
    <message>
        <location filename="../src/dlg_settings.cpp" line="489"/>
        <source>General interface settings</source>
        <translation>インターフェース全般設定</translation>
    </message>
    <message>
        <location filename="../src/dlg_settings.cpp" line="490"/>
        <source>Enable notifications in taskbar</source>
        <translation>タスクバーの通知を有効</translation>
    </message>
    <message>
        <location filename="../src/dlg_settings.cpp" line="491"/>
        <source>Notify in the taskbar for game events while you are spectating</source>
        <translation>タスクバーに観戦中のゲームイベントを通知する</translation>
    </message>
    <message>
        <location filename="../src/dlg_settings.cpp" line="492"/>
        <source>&amp;Double-click cards to play them (instead of single-click)</source>
        <translation>ダブルクリックでカードをプレイする (シングルクリックの代わり)</translation>
    </message>
    <message>
        <location filename="../src/dlg_settings.cpp" line="493"/>
        <source>&amp;Play all nonlands onto the stack (not the battlefield) by default</source>
        <translation>土地でないカードをプレイする時、すぐに戦場に出さずにスタックに置く</translation>
    </message>
    <message>
        <location filename="../src/dlg_settings.cpp" line="494"/>
        <source>Annotate card text on tokens</source>
        <translation>トークンのカードテキストを注釈にもつける</translation>
    </message>
    <message>
        <location filename="../src/dlg_settings.cpp" line="495"/>
        <source>Animation settings</source>
        <translation>アニメーション設定</translation>
    </message>
    <message>
        <location filename="../src/dlg_settings.cpp" line="496"/>
        <source>&amp;Tap/untap animation</source>
        <translation>タップ/アンタップアニメーション</translation>
    </message>
</context>
<context>
    <name>UserList</name>
    <message>
        <location filename="../src/userlist.cpp" line="346"/>
        <source>Users connected to server: %1</source>
        <translation>ユーザーが%1サーバーに接続</translation>
    </message>
    <message>
        <location filename="../src/userlist.cpp" line="349"/>
        <source>Users in this room: %1</source>
        <translation>ルームのユーザー数: %1</translation>
    </message>
    <message>
        <location filename="../src/userlist.cpp" line="352"/>
        <source>Buddies online: %1 / %2</source>
        <translation>フレンドオンライン: %1 / %2</translation>
    </message>
    <message>
        <location filename="../src/userlist.cpp" line="355"/>
        <source>Ignored users online: %1 / %2</source>
        <translation>無視ユーザーオンライン: %1 / %2</translation>
    </message>
</context>
<context>
    <name>WarningDialog</name>
    <message>
        <location filename="../src/userlist.cpp" line="122"/>
        <source>Which warning would you like to send?</source>
        <translation>どの警告を送信しますか？</translation>
    </message>
    <message>
        <location filename="../src/userlist.cpp" line="128"/>
        <source>&amp;OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../src/userlist.cpp" line="131"/>
        <source>&amp;Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../src/userlist.cpp" line="145"/>
        <source>Warn user for misconduct</source>
        <translation>不正行為をユーザーに警告</translation>
    </message>
    <message>
        <location filename="../src/userlist.cpp" line="151"/>
        <location filename="../src/userlist.cpp" line="157"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../src/userlist.cpp" line="152"/>
        <source>User name to send a warning to can not be blank, please specify a user to warn.</source>
        <translation>ユーザー名は空欄に出来ません。有効なユーザー名を選択して下さい。</translation>
    </message>
    <message>
        <location filename="../src/userlist.cpp" line="158"/>
        <source>Warning to use can not be blank, please select a valid warning to send.</source>
        <translation>警告は空欄に出来ません。有効な警告を選択して下さい。</translation>
    </message>
</context>
<context>
    <name>WndSets</name>
    <message>
        <location filename="../src/window_sets.cpp" line="32"/>
        <source>Move selected set to the top</source>
        <translation>選択したセットを一番上へ</translation>
    </message>
    <message>
        <location filename="../src/window_sets.cpp" line="39"/>
        <source>Move selected set up</source>
        <translation>選択中のセットを上へ</translation>
    </message>
    <message>
        <location filename="../src/window_sets.cpp" line="46"/>
        <source>Move selected set down</source>
        <translation>選択中のセットを下へ</translation>
    </message>
    <message>
        <location filename="../src/window_sets.cpp" line="53"/>
        <source>Move selected set to the bottom</source>
        <translation>選択したセットを一番下へ</translation>
    </message>
    <message>
        <location filename="../src/window_sets.cpp" line="61"/>
        <source>Search by set name, code, or type</source>
        <translation>セット名、略称、タイプで検索</translation>
    </message>
    <message>
        <location filename="../src/window_sets.cpp" line="66"/>
        <source>Default order</source>
        <translation>初期順に戻す</translation>
    </message>
    <message>
        <location filename="../src/window_sets.cpp" line="67"/>
        <source>Restore original art priority order</source>
        <translation>元のアートの優先順位を復元する</translation>
    </message>
    <message>
        <location filename="../src/window_sets.cpp" line="107"/>
        <source>Enable all sets</source>
        <translation>すべてのセットを有効</translation>
    </message>
    <message>
        <location filename="../src/window_sets.cpp" line="108"/>
        <source>Disable all sets</source>
        <translation>すべてのセットを無効</translation>
    </message>
    <message>
        <location filename="../src/window_sets.cpp" line="109"/>
        <source>Enable selected set(s)</source>
        <translation>選択したセットを有効</translation>
    </message>
    <message>
        <location filename="../src/window_sets.cpp" line="110"/>
        <source>Disable selected set(s)</source>
        <translation>選択したセットを無効</translation>
    </message>
    <message>
        <location filename="../src/window_sets.cpp" line="127"/>
        <source>Deck Editor</source>
        <translation>デッキエディター</translation>
    </message>
    <message>
        <location filename="../src/window_sets.cpp" line="128"/>
        <source>Only cards in enabled sets will appear in the deck editor card list</source>
        <translation>有効にしたセットのカードのみがデッキエディタのカードリストに表示されます</translation>
    </message>
    <message>
        <location filename="../src/window_sets.cpp" line="128"/>
        <source>Card Art</source>
        <translation>カードアート</translation>
    </message>
    <message>
        <location filename="../src/window_sets.cpp" line="129"/>
        <source>Image priority is decided in the following order</source>
        <translation>画像の優先順位は、次の順序で決定されます</translation>
    </message>
    <message>
        <location filename="../src/window_sets.cpp" line="129"/>
        <source>The</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/window_sets.cpp" line="133"/>
        <source>CUSTOM Folder</source>
        <translation>CUSTOMフォルダ</translation>
    </message>
    <message>
        <location filename="../src/window_sets.cpp" line="133"/>
        <source>Enabled Sets (Top to Bottom)</source>
        <translation>有効なセット（昇順）</translation>
    </message>
    <message>
        <location filename="../src/window_sets.cpp" line="134"/>
        <source>Disabled Sets (Top to Bottom)</source>
        <translation>無効なセット（昇順）</translation>
    </message>
    <message>
        <location filename="../src/window_sets.cpp" line="139"/>
        <source>Warning: </source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/window_sets.cpp" line="140"/>
        <source>While the set list is sorted by any of the columns, custom art priority setting is disabled.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/window_sets.cpp" line="141"/>
        <source>To disable sorting click on the same column header again until this message disappears.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/window_sets.cpp" line="170"/>
        <source>Manage sets</source>
        <translation>セットを管理</translation>
    </message>
    <message>
        <location filename="../src/window_sets.cpp" line="204"/>
        <source>Success</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../src/window_sets.cpp" line="204"/>
        <source>The sets database has been saved successfully.</source>
        <translation>セットデータベースを保存しました。</translation>
    </message>
</context>
<context>
    <name>ZoneViewWidget</name>
    <message>
        <location filename="../src/zoneviewwidget.cpp" line="140"/>
        <source>sort by name</source>
        <translation>名前順で並び替え</translation>
    </message>
    <message>
        <location filename="../src/zoneviewwidget.cpp" line="141"/>
        <source>sort by type</source>
        <translation>カード・タイプ順で並び替え</translation>
    </message>
    <message>
        <location filename="../src/zoneviewwidget.cpp" line="142"/>
        <source>shuffle when closing</source>
        <translation>閉じる時に切り直す</translation>
    </message>
    <message>
        <location filename="../src/zoneviewwidget.cpp" line="143"/>
        <source>pile view</source>
        <translation>タイプ別に重ねて表示</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <location filename="../src/settingscache.cpp" line="156"/>
        <source>English</source>
        <translation>日本語 (Japanese)</translation>
    </message>
</context>
<context>
    <name>shortcutsTab</name>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1742"/>
        <source>Main Window</source>
        <translation>メインウィンドウ</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1743"/>
        <source>Deck editor</source>
        <translation>デッキエディター</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1744"/>
        <source>Local gameplay</source>
        <translation>ローカルゲーム</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1745"/>
        <source>Watch replay</source>
        <translation>リプレイを再生</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1746"/>
        <source>Connect</source>
        <translation>サーバーに接続</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1747"/>
        <source>Register</source>
        <translation>ユーザー登録</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1748"/>
        <source>Full screen</source>
        <translation>フルスクリーン</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1749"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1750"/>
        <source>Check for card updates</source>
        <translation>Oracle更新</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1751"/>
        <source>Disconnect</source>
        <translation>切断</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1752"/>
        <source>Exit</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1753"/>
        <source>Deck Editor</source>
        <translation>デッキエディター</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1754"/>
        <source>Analyze deck</source>
        <translation>デッキ分析</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1756"/>
        <source>Load deck (clipboard)</source>
        <translation>クリップボードからデッキを開く</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1757"/>
        <source>Clear all filters</source>
        <translation>全フィルタ解除</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1758"/>
        <source>New deck</source>
        <translation>新しいデッキ</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1759"/>
        <source>Clear selected filter</source>
        <translation>選択したフィルタを解除</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1761"/>
        <source>Open custom pic folder</source>
        <translation>カスタム画像フォルダを開く</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1762"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1763"/>
        <source>Print deck</source>
        <translation>デッキを印刷</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1765"/>
        <source>Delete card</source>
        <translation>カードを削除</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1766"/>
        <source>Edit tokens</source>
        <translation>トークンを編集</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1767"/>
        <source>Reset layout</source>
        <translation>レイアウトをリセット</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1768"/>
        <source>Add card</source>
        <translation>カードを追加</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1769"/>
        <source>Save deck</source>
        <translation>デッキを保存</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1771"/>
        <source>Remove card</source>
        <translation>カードを取り除く</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1772"/>
        <source>Save deck as</source>
        <translation>名前を付けて保存</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1773"/>
        <source>Load deck</source>
        <translation>デッキを開く</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1777"/>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1904"/>
        <source>Counters</source>
        <translation>カウンター</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1778"/>
        <source>Life</source>
        <translation>ライフ</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1779"/>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1783"/>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1787"/>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1791"/>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1796"/>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1800"/>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1804"/>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1808"/>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1812"/>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1816"/>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1820"/>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1824"/>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1833"/>
        <source>Set</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1780"/>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1784"/>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1788"/>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1792"/>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1797"/>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1801"/>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1805"/>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1809"/>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1813"/>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1817"/>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1821"/>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1825"/>
        <source>Add</source>
        <translation>+</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1781"/>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1785"/>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1789"/>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1793"/>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1798"/>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1802"/>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1806"/>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1810"/>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1814"/>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1818"/>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1822"/>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1826"/>
        <source>Remove</source>
        <translation>-</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1782"/>
        <source>Red</source>
        <translation>赤</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1786"/>
        <source>Green</source>
        <translation>緑</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1790"/>
        <source>Yellow</source>
        <translation>黄</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1795"/>
        <source>Storm</source>
        <translation>ストーム</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1799"/>
        <source>W</source>
        <translation>白</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1803"/>
        <source>U</source>
        <translation>青</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1807"/>
        <source>B</source>
        <translation>黒</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1811"/>
        <source>R</source>
        <translation>赤</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1815"/>
        <source>G</source>
        <translation>緑</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1819"/>
        <source>X</source>
        <translation>無</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1828"/>
        <source>Main Window | Deck Editor</source>
        <translation>メインウィンドウ | デッキエディター</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1829"/>
        <source>Power / Toughness</source>
        <translation>パワー / タフネス</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1830"/>
        <source>Power and Toughness</source>
        <translation>パワーとタフネス</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1831"/>
        <source>Add (+1/+1)</source>
        <translation>+1/+1</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1832"/>
        <source>Remove (-1/-1)</source>
        <translation>-1/-1</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1834"/>
        <source>Toughness</source>
        <translation>タフネス</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1835"/>
        <source>Remove (-0/-1)</source>
        <translation>-</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1836"/>
        <source>Add (+0/+1)</source>
        <translation>+</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1837"/>
        <source>Power</source>
        <translation>パワー</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1838"/>
        <source>Remove (-1/-0)</source>
        <translation>-</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1839"/>
        <source>Add (+1/+0)</source>
        <translation>+</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1840"/>
        <source>Game Phases</source>
        <translation>フェイズ</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1841"/>
        <source>Untap</source>
        <translation>アンタップ</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1842"/>
        <source>Upkeep</source>
        <translation>アップキープ</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1843"/>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1896"/>
        <source>Draw</source>
        <translation>ドロー</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1844"/>
        <source>Main 1</source>
        <translation>メイン1</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1845"/>
        <source>Start combat</source>
        <translation>戦闘開始</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1846"/>
        <source>Attack</source>
        <translation>攻撃</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1847"/>
        <source>Block</source>
        <translation>ブロック</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1848"/>
        <source>Damage</source>
        <translation>ダメージ</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1849"/>
        <source>End combat</source>
        <translation>戦闘終了</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1850"/>
        <source>Main 2</source>
        <translation>メイン2</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1851"/>
        <source>End</source>
        <translation>エンド</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1852"/>
        <source>Next phase</source>
        <translation>次のフェイズ</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1853"/>
        <source>Next turn</source>
        <translation>次のターン</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1854"/>
        <source>Playing Area</source>
        <translation>プレイエリア</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1764"/>
        <source>Manage sets</source>
        <translation>セットを管理</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1770"/>
        <source>Export deck</source>
        <translation>デッキをエクスポート</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1774"/>
        <source>Save deck (clip)</source>
        <translation>クリップボードにコピー</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1776"/>
        <source>Save deck (clip; no annotations)</source>
        <translation>アノテーションなしでコピー</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1855"/>
        <source>Tap / Untap Card</source>
        <translation>タップ / アンタップ</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1856"/>
        <source>Untap all</source>
        <translation>すべてアンタップ</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1857"/>
        <source>Toggle untap</source>
        <translation>アンタップ切り替え</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1858"/>
        <source>Flip card</source>
        <translation>裏返す</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1859"/>
        <source>Peek card</source>
        <translation>表面を見る</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1860"/>
        <source>Play card</source>
        <translation>プレイする</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1861"/>
        <source>Attach card</source>
        <translation>つける</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1862"/>
        <source>Unattach card</source>
        <translation>はずす</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1863"/>
        <source>Clone card</source>
        <translation>カードをコピー</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1864"/>
        <source>Create token</source>
        <translation>トークンを作成</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1866"/>
        <source>Create all related tokens</source>
        <translation>関連するすべてのトークンを作成する</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1867"/>
        <source>Create another token</source>
        <translation>同じトークンを出す</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1868"/>
        <source>Set annotation</source>
        <translation>注釈をつける</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1870"/>
        <source>Phases | P/T | Playing Area</source>
        <translation>フェイズ | P/T | プレイエリア</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1871"/>
        <source>Move card to</source>
        <translation>カードの移動</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1872"/>
        <source>Bottom library</source>
        <translation>山札の一番下</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1873"/>
        <source>Top library</source>
        <translation>山札の一番上</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1874"/>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1878"/>
        <source>Graveyard</source>
        <translation>墓地</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1875"/>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1882"/>
        <source>Exile</source>
        <translation>追放領域</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1876"/>
        <source>Hand</source>
        <translation>手札</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1877"/>
        <source>View</source>
        <translation>場を見る</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1879"/>
        <source>Library</source>
        <translation>自分のライブラリー</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1880"/>
        <source>Tops card of library</source>
        <translation>上からX枚見る</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1881"/>
        <source>Sideboard</source>
        <translation>サイドボード</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1883"/>
        <source>Close recent view</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1884"/>
        <source>Game Lobby</source>
        <translation>ゲームロビー</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1885"/>
        <source>Load remote deck</source>
        <translation>サーバーのデッキ</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1886"/>
        <source>Load local deck</source>
        <translation>ローカルのデッキ</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1887"/>
        <source>Gameplay</source>
        <translation>ゲームプレイ</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1888"/>
        <source>Draw arrow</source>
        <translation>対象を指定</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1889"/>
        <source>Leave game</source>
        <translation>ゲームから退出</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1890"/>
        <source>Remove local arrows</source>
        <translation>矢印を消す</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1891"/>
        <source>Concede</source>
        <translation>投了</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1892"/>
        <source>Roll dice</source>
        <translation>ダイス</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1893"/>
        <source>Rotate view CW</source>
        <translation>時計回りに回転</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1894"/>
        <source>Shuffle library</source>
        <translation>ライブラリーを切り直す</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1895"/>
        <source>Rotate view CCW</source>
        <translation>反時計回りに回転</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1897"/>
        <source>Mulligan</source>
        <translation>マリガン</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1898"/>
        <source>Draw card</source>
        <translation>カードを1枚引く</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1899"/>
        <source>Draw cards</source>
        <translation>複数枚引く</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1900"/>
        <source>Undo draw</source>
        <translation>最後に引いたカードを戻す</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1901"/>
        <source>Always reveal top card</source>
        <translation>一番上のカードを公開したままプレイ</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1903"/>
        <source>Draw | Move | View | Gameplay</source>
        <translation>ドロー | カード操作 | 場を見る | ゲームプレイ</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1907"/>
        <source>How to set custom shortcuts</source>
        <translation>ショートカットキーの設定方法について（英語）</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1908"/>
        <source>Restore all default shortcuts</source>
        <translation>すべてのトショートカットを復元</translation>
    </message>
    <message>
        <location filename="../src/sequenceEdit/ui_shortcutstab.h" line="1909"/>
        <source>Clear all shortcuts</source>
        <translation>すべてのショートカットをクリア</translation>
    </message>
</context>
</TS>