<?xml version="1.0" ?><!DOCTYPE TS><TS language="ja" version="2.0">
<context>
    <name>ACLJobDelegate</name>
    <message>
        <location filename="../src/libtomahawk/jobview/AclJobItem.cpp" line="67"/>
        <source>Allow %1 to
connect and stream from you?</source>
        <translation>%1からの接続、又はストリーミングを許可しますか？</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/jobview/AclJobItem.cpp" line="83"/>
        <source>Allow Streaming</source>
        <translation>ストリーミングを許可</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/jobview/AclJobItem.cpp" line="86"/>
        <source>Deny Access</source>
        <translation>アクセスを拒否</translation>
    </message>
</context>
<context>
    <name>ACLJobItem</name>
    <message>
        <location filename="../src/libtomahawk/jobview/AclJobItem.cpp" line="185"/>
        <source>%applicationName needs you to decide whether %1 is allowed to connect.</source>
        <translation>%applicationNameは%1からの接続を許可することが必要です。</translation>
    </message>
</context>
<context>
    <name>AccountFactoryWrapper</name>
    <message>
        <location filename="../src/libtomahawk/accounts/AccountFactoryWrapper.cpp" line="42"/>
        <source>Add Account</source>
        <translation>アカウントを追加</translation>
    </message>
</context>
<context>
    <name>AccountFactoryWrapperDelegate</name>
    <message>
        <location filename="../src/libtomahawk/accounts/AccountFactoryWrapperDelegate.cpp" line="103"/>
        <source>Online</source>
        <translation>オンライン</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/accounts/AccountFactoryWrapperDelegate.cpp" line="108"/>
        <source>Connecting...</source>
        <translation>接続中...</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/accounts/AccountFactoryWrapperDelegate.cpp" line="113"/>
        <source>Offline</source>
        <translation>オフライン</translation>
    </message>
</context>
<context>
    <name>AccountListWidget</name>
    <message>
        <location filename="../src/tomahawk/widgets/AccountListWidget.cpp" line="64"/>
        <source>Connections</source>
        <translation>コネクション</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/widgets/AccountListWidget.cpp" line="72"/>
        <location filename="../src/tomahawk/widgets/AccountListWidget.cpp" line="243"/>
        <source>Connect &amp;All</source>
        <translation>全部を接続する</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/widgets/AccountListWidget.cpp" line="242"/>
        <source>Disconnect &amp;All</source>
        <translation>全ての接続を切る</translation>
    </message>
</context>
<context>
    <name>AccountWidget</name>
    <message>
        <location filename="../src/tomahawk/widgets/AccountWidget.cpp" line="131"/>
        <source>Invite</source>
        <translation>招待</translation>
    </message>
</context>
<context>
    <name>AccountsToolButton</name>
    <message>
        <location filename="../src/tomahawk/widgets/AccountsToolButton.cpp" line="90"/>
        <source>Configure Accounts</source>
        <translation>アカウントを設定</translation>
    </message>
</context>
<context>
    <name>ActionCollection</name>
    <message>
        <location filename="../src/libtomahawk/ActionCollection.cpp" line="65"/>
        <source>&amp;Listen Along</source>
        <translation>共有聴取</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/ActionCollection.cpp" line="68"/>
        <source>Stop &amp;Listening Along</source>
        <translation>共有聴取を中止</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/ActionCollection.cpp" line="72"/>
        <source>&amp;Follow in Real-Time</source>
        <translation>リアルタイムでフォロー</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/ActionCollection.cpp" line="77"/>
        <source>&amp;Listen Privately</source>
        <translation>非公開で聴く</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/ActionCollection.cpp" line="82"/>
        <source>&amp;Load Playlist</source>
        <translation>プレイリストを読み込み</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/ActionCollection.cpp" line="83"/>
        <source>&amp;Load Station</source>
        <translation>ステーションを読み込み</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/ActionCollection.cpp" line="84"/>
        <source>&amp;Rename Playlist</source>
        <translation>プレイリスト名を変更</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/ActionCollection.cpp" line="85"/>
        <source>&amp;Rename Station</source>
        <translation>ステーション名を変える</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/ActionCollection.cpp" line="86"/>
        <source>&amp;Copy Playlist Link</source>
        <translation>プレイリストリンクをコピー</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/ActionCollection.cpp" line="87"/>
        <source>&amp;Play</source>
        <translation>再生</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/ActionCollection.cpp" line="91"/>
        <source>&amp;Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/ActionCollection.cpp" line="92"/>
        <source>&amp;Previous Track</source>
        <translation>前のトラック</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/ActionCollection.cpp" line="95"/>
        <source>&amp;Next Track</source>
        <translation>次のトラック</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/ActionCollection.cpp" line="98"/>
        <source>&amp;Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/ActionCollection.cpp" line="112"/>
        <source>U&amp;pdate Collection</source>
        <translation>コレクションを更新</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/ActionCollection.cpp" line="113"/>
        <source>Fully &amp;Rescan Collection</source>
        <translation>すべてのコレクションを再スキャンする</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/ActionCollection.cpp" line="116"/>
        <source>&amp;Configure %applicationName...</source>
        <translation>%applicationNameを設定...</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/ActionCollection.cpp" line="118"/>
        <source>Create Playlist</source>
        <translation>プレイリストを作成</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/ActionCollection.cpp" line="121"/>
        <source>Create Station</source>
        <translation>ステーションを作成</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/ActionCollection.cpp" line="138"/>
        <source>About &amp;%applicationName...</source>
        <translation>%applicationNameについて...</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/ActionCollection.cpp" line="149"/>
        <source>%applicationName 0.8</source>
        <translation>%applicationName 0.8</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/ActionCollection.cpp" line="111"/>
        <source>Import Playlist...</source>
        <translation>プレイリストをインポート...</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/ActionCollection.cpp" line="114"/>
        <source>Show Offline Friends</source>
        <translation>オフラインの友達を表示</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/ActionCollection.cpp" line="125"/>
        <source>Minimize</source>
        <translation>最小化</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/ActionCollection.cpp" line="127"/>
        <source>Zoom</source>
        <translation>ズーム</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/ActionCollection.cpp" line="129"/>
        <source>Enter Full Screen</source>
        <translation>全画面表示</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/ActionCollection.cpp" line="132"/>
        <source>Hide Menu Bar</source>
        <translation>メニューバーを隠す</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/ActionCollection.cpp" line="136"/>
        <source>Diagnostics...</source>
        <translation>診断...</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/ActionCollection.cpp" line="140"/>
        <source>&amp;Legal Information...</source>
        <translation>法定情報...</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/ActionCollection.cpp" line="142"/>
        <source>&amp;View Logfile</source>
        <translation>ログファイルを表示</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/ActionCollection.cpp" line="145"/>
        <source>Check For Updates...</source>
        <translation>更新を確認...</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/ActionCollection.cpp" line="151"/>
        <source>Report a Bug</source>
        <translation>問題の報告</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/ActionCollection.cpp" line="152"/>
        <source>Get Support</source>
        <translation>お問い合わせ</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/ActionCollection.cpp" line="153"/>
        <source>Help Us Translate</source>
        <translation>翻訳を手伝う</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/ActionCollection.cpp" line="163"/>
        <source>&amp;Controls</source>
        <translation>制御</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/ActionCollection.cpp" line="180"/>
        <source>&amp;Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/ActionCollection.cpp" line="187"/>
        <source>&amp;Help</source>
        <translation>ヘルプ</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/ActionCollection.cpp" line="196"/>
        <location filename="../src/libtomahawk/ActionCollection.cpp" line="266"/>
        <source>What&apos;s New in ...</source>
        <translation>ニュース...</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/ActionCollection.cpp" line="222"/>
        <source>&amp;Window</source>
        <translation>ウインドウ</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/ActionCollection.cpp" line="239"/>
        <source>Main Menu</source>
        <translation>メインメニュー</translation>
    </message>
</context>
<context>
    <name>AlbumInfoWidget</name>
    <message>
        <location filename="../src/libtomahawk/viewpages/AlbumViewPage.cpp" line="62"/>
        <source>Album Details</source>
        <translation>アルバムの詳細</translation>
    </message>
</context>
<context>
    <name>AlbumModel</name>
    <message>
        <location filename="../src/libtomahawk/playlist/AlbumModel.cpp" line="61"/>
        <location filename="../src/libtomahawk/playlist/AlbumModel.cpp" line="98"/>
        <source>All albums from %1</source>
        <translation>%1のすべてのアルバム</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/AlbumModel.cpp" line="100"/>
        <source>All albums</source>
        <translation>全アルバム</translation>
    </message>
</context>
<context>
    <name>ArtistInfoWidget</name>
    <message>
        <location filename="../src/libtomahawk/viewpages/ArtistViewPage.ui" line="50"/>
        <source>Top Albums</source>
        <translation>トップ・アルブム</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/viewpages/ArtistViewPage.ui" line="110"/>
        <source>Top Hits</source>
        <translation>大ヒット曲</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/viewpages/ArtistViewPage.ui" line="76"/>
        <location filename="../src/libtomahawk/viewpages/ArtistViewPage.ui" line="136"/>
        <source>Show More</source>
        <translation>更に表示</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/viewpages/ArtistViewPage.ui" line="173"/>
        <location filename="../src/libtomahawk/viewpages/ArtistViewPage.cpp" line="147"/>
        <source>Biography</source>
        <translation>経歴</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/viewpages/ArtistViewPage.ui" line="267"/>
        <location filename="../src/libtomahawk/viewpages/ArtistViewPage.cpp" line="148"/>
        <source>Related Artists</source>
        <translation>似たアーティスト</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/viewpages/ArtistViewPage.cpp" line="94"/>
        <source>Sorry, we could not find any albums for this artist!</source>
        <translation>このアーティストのアルバムは見つかりませんでした。</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/viewpages/ArtistViewPage.cpp" line="73"/>
        <source>Sorry, we could not find any related artists!</source>
        <translation>関連アーティストは見つかりませんでした。</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/viewpages/ArtistViewPage.cpp" line="115"/>
        <source>Sorry, we could not find any top hits for this artist!</source>
        <translation>このアーティストの大ヒット曲は見つかりませんでした。</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/viewpages/ArtistViewPage.cpp" line="146"/>
        <source>Music</source>
        <translation>ミュージック</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/viewpages/ArtistViewPage.cpp" line="185"/>
        <source>Songs</source>
        <translation>曲</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/viewpages/ArtistViewPage.cpp" line="201"/>
        <source>Albums</source>
        <translation>アルバム</translation>
    </message>
</context>
<context>
    <name>AudioControls</name>
    <message>
        <location filename="../src/tomahawk/AudioControls.cpp" line="109"/>
        <location filename="../src/tomahawk/AudioControls.cpp" line="341"/>
        <source>Shuffle</source>
        <translation>シャッフル</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/AudioControls.cpp" line="110"/>
        <location filename="../src/tomahawk/AudioControls.cpp" line="342"/>
        <source>Repeat</source>
        <translation>リピート</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/AudioControls.cpp" line="339"/>
        <source>Time Elapsed</source>
        <translation>再生時間</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/AudioControls.cpp" line="340"/>
        <source>Time Remaining</source>
        <translation>残り時間</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/AudioControls.cpp" line="345"/>
        <source>Playing from %1</source>
        <translation>%1から再生中</translation>
    </message>
</context>
<context>
    <name>AudioEngine</name>
    <message>
        <location filename="../src/libtomahawk/audio/AudioEngine.cpp" line="912"/>
        <source>Sorry, %applicationName couldn&apos;t find the track &apos;%1&apos; by %2</source>
        <translation>%applicationNameは%2のトラック%1が見つかりませんでした</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/audio/AudioEngine.cpp" line="936"/>
        <source>Sorry, %applicationName couldn&apos;t find the artist &apos;%1&apos;</source>
        <translation>%applicationNameはアーティスト&apos;%1&apos;が見つかりませんでした</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/audio/AudioEngine.cpp" line="962"/>
        <source>Sorry, %applicationName couldn&apos;t find the album &apos;%1&apos; by %2</source>
        <translation>%applicationNameは%2のアルバム&apos;%1&apos;が見つかりませんでした</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/audio/AudioEngine.cpp" line="999"/>
        <source>Sorry, couldn&apos;t find any playable tracks</source>
        <translation>再生可能のトラックが見つかりませんでした。</translation>
    </message>
</context>
<context>
    <name>CaptionLabel</name>
    <message>
        <location filename="../src/libtomahawk/widgets/CaptionLabel.cpp" line="71"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>CategoryAddItem</name>
    <message>
        <location filename="../src/tomahawk/sourcetree/items/CategoryItems.cpp" line="65"/>
        <source>Create new Playlist</source>
        <translation>新規プレイリストを作成</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/sourcetree/items/CategoryItems.cpp" line="68"/>
        <source>Create new Station</source>
        <translation>新規ステーションを作成</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/sourcetree/items/CategoryItems.cpp" line="186"/>
        <location filename="../src/tomahawk/sourcetree/items/CategoryItems.cpp" line="295"/>
        <source>New Station</source>
        <translation>新規ステーション</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/sourcetree/items/CategoryItems.cpp" line="186"/>
        <location filename="../src/tomahawk/sourcetree/items/CategoryItems.cpp" line="295"/>
        <source>%1 Station</source>
        <translation>%1 ステーション</translation>
    </message>
</context>
<context>
    <name>CategoryItem</name>
    <message>
        <location filename="../src/tomahawk/sourcetree/items/CategoryItems.cpp" line="391"/>
        <source>Playlists</source>
        <translation>プレイリスト</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/sourcetree/items/CategoryItems.cpp" line="393"/>
        <source>Stations</source>
        <translation>ステーション</translation>
    </message>
</context>
<context>
    <name>ClearButton</name>
    <message>
        <location filename="../src/libtomahawk/widgets/searchlineedit/ClearButton.cpp" line="38"/>
        <source>Clear</source>
        <translation>クリアー</translation>
    </message>
</context>
<context>
    <name>CollectionItem</name>
    <message>
        <location filename="../src/tomahawk/sourcetree/items/CollectionItem.cpp" line="38"/>
        <source>Collection</source>
        <translation>コレクション</translation>
    </message>
</context>
<context>
    <name>CollectionViewPage</name>
    <message>
        <location filename="../src/libtomahawk/viewpages/CollectionViewPage.cpp" line="83"/>
        <source>Sorry, there are no albums in this collection!</source>
        <translation>コレックションにはアルバムがありません。</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/viewpages/CollectionViewPage.cpp" line="95"/>
        <source>Artists</source>
        <translation>アーティスト</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/viewpages/CollectionViewPage.cpp" line="96"/>
        <source>Albums</source>
        <translation>アルバム</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/viewpages/CollectionViewPage.cpp" line="97"/>
        <source>Songs</source>
        <translation>曲</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/viewpages/CollectionViewPage.cpp" line="125"/>
        <source>Download All</source>
        <translation>全てダウンロード</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/viewpages/CollectionViewPage.cpp" line="430"/>
        <source>After you have scanned your music collection you will find your tracks right here.</source>
        <translation>コレクションのスキャンが完了したら、トラックはここに表示されます。</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/viewpages/CollectionViewPage.cpp" line="433"/>
        <source>This collection is empty.</source>
        <translation>このコレクションには何も入っていません。</translation>
    </message>
</context>
<context>
    <name>ColumnItemDelegate</name>
    <message>
        <location filename="../src/libtomahawk/playlist/ColumnItemDelegate.cpp" line="191"/>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
</context>
<context>
    <name>ColumnView</name>
    <message>
        <location filename="../src/libtomahawk/playlist/ColumnView.cpp" line="284"/>
        <source>Sorry, your filter &apos;%1&apos; did not match any results.</source>
        <translation>%1に一致する結果は見つかりませんでした。</translation>
    </message>
</context>
<context>
    <name>ColumnViewPreviewWidget</name>
    <message>
        <location filename="../src/libtomahawk/playlist/ColumnViewPreviewWidget.cpp" line="111"/>
        <source>Composer:</source>
        <translation>作曲者</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/ColumnViewPreviewWidget.cpp" line="118"/>
        <source>Duration:</source>
        <translation>時間:</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/ColumnViewPreviewWidget.cpp" line="125"/>
        <source>Bitrate:</source>
        <translation>ビットレート:</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/ColumnViewPreviewWidget.cpp" line="132"/>
        <source>Year:</source>
        <translation>年:</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/ColumnViewPreviewWidget.cpp" line="139"/>
        <source>Age:</source>
        <translation>変更日</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/ColumnViewPreviewWidget.cpp" line="217"/>
        <source>%1 kbps</source>
        <translation>%1 kbps</translation>
    </message>
</context>
<context>
    <name>ContextView</name>
    <message>
        <location filename="../src/libtomahawk/playlist/ContextView.cpp" line="143"/>
        <source>Playlist Details</source>
        <translation>プレイリスト詳細</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/ContextView.cpp" line="277"/>
        <source>This playlist is currently empty.</source>
        <translation>このプレイリストには何も入っていません。</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/ContextView.cpp" line="279"/>
        <source>This playlist is currently empty. Add some tracks to it and enjoy the music!</source>
        <translation>プレイリストには何も入っていません。トラックを追加して、音楽を楽しみましょう！</translation>
    </message>
</context>
<context>
    <name>DelegateConfigWrapper</name>
    <message>
        <location filename="../src/libtomahawk/accounts/DelegateConfigWrapper.cpp" line="39"/>
        <source>%1 Config</source>
        <comment>Window title for account config windows</comment>
        <translation>%1設定</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/accounts/DelegateConfigWrapper.cpp" line="60"/>
        <source>About</source>
        <translation>情報</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/accounts/DelegateConfigWrapper.cpp" line="92"/>
        <source>Delete Account</source>
        <translation>アカウントを削除</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/accounts/DelegateConfigWrapper.cpp" line="121"/>
        <source>Config Error</source>
        <translation>設定エラー</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/accounts/DelegateConfigWrapper.cpp" line="177"/>
        <source>About this Account</source>
        <translation>このアカウントについて</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/accounts/DelegateConfigWrapper.cpp" line="230"/>
        <source>Your config is invalid.</source>
        <translation>設定が正しくありません。</translation>
    </message>
</context>
<context>
    <name>DiagnosticsDialog</name>
    <message>
        <location filename="../src/tomahawk/dialogs/DiagnosticsDialog.ui" line="20"/>
        <source>Tomahawk Diagnostics</source>
        <translation>Tomahawkの診断</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/dialogs/DiagnosticsDialog.ui" line="42"/>
        <source>&amp;Copy to Clipboard</source>
        <translation>クリップボードにコピー</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/dialogs/DiagnosticsDialog.ui" line="49"/>
        <source>Open &amp;Log-file</source>
        <translation>ログファイルを開く</translation>
    </message>
</context>
<context>
    <name>DownloadManager</name>
    <message>
        <location filename="../src/libtomahawk/DownloadManager.cpp" line="286"/>
        <source>%applicationName finished downloading %1 by %2.</source>
        <translation>%applicationNameは%2の%1のダウンロードが完了しました。</translation>
    </message>
</context>
<context>
    <name>EchonestSteerer</name>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestSteerer.cpp" line="63"/>
        <source>Steer this station:</source>
        <translation>ステションを運転する:</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestSteerer.cpp" line="86"/>
        <source>Much less</source>
        <translation>極小</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestSteerer.cpp" line="87"/>
        <source>Less</source>
        <translation>小</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestSteerer.cpp" line="88"/>
        <source>A bit less</source>
        <translation>やや小</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestSteerer.cpp" line="89"/>
        <source>Keep at current</source>
        <translation>そのまま</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestSteerer.cpp" line="90"/>
        <source>A bit more</source>
        <translation>やや大</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestSteerer.cpp" line="91"/>
        <source>More</source>
        <translation>大</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestSteerer.cpp" line="92"/>
        <source>Much more</source>
        <translation>極大</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestSteerer.cpp" line="95"/>
        <source>Tempo</source>
        <translation>テンポ</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestSteerer.cpp" line="96"/>
        <source>Loudness</source>
        <translation>音量</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestSteerer.cpp" line="97"/>
        <source>Danceability</source>
        <translation>踊れる</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestSteerer.cpp" line="98"/>
        <source>Energy</source>
        <translation>エネルギー</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestSteerer.cpp" line="99"/>
        <source>Song Hotttnesss</source>
        <translation>曲のHotttnesss</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestSteerer.cpp" line="100"/>
        <source>Artist Hotttnesss</source>
        <translation>アーティストのHotttnesss</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestSteerer.cpp" line="101"/>
        <source>Artist Familiarity</source>
        <translation>アーティストの人気度</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestSteerer.cpp" line="102"/>
        <source>By Description</source>
        <translation>内容準に分類する</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestSteerer.cpp" line="110"/>
        <source>Enter a description</source>
        <translation>内容を入力して下さい</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestSteerer.cpp" line="117"/>
        <source>Apply steering command</source>
        <translation>運転のコマンドを適用</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestSteerer.cpp" line="123"/>
        <source>Reset all steering commands</source>
        <translation>運転のコマンドをリセット</translation>
    </message>
</context>
<context>
    <name>FilterHeader</name>
    <message>
        <location filename="../src/libtomahawk/widgets/FilterHeader.cpp" line="29"/>
        <source>Filter...</source>
        <translation>フィルター...</translation>
    </message>
</context>
<context>
    <name>GlobalActionManager</name>
    <message>
        <location filename="../src/libtomahawk/GlobalActionManager.cpp" line="127"/>
        <source>Resolver installation from file %1 failed.</source>
        <translation>%1のファイルのリゾールバーのインストールが失敗しました。</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/GlobalActionManager.cpp" line="135"/>
        <source>Install plug-in</source>
        <translation>プラグインをインストール</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/GlobalActionManager.cpp" line="136"/>
        <source>&lt;b&gt;%1&lt;/b&gt; %2&lt;br/&gt;by &lt;b&gt;%3&lt;/b&gt;&lt;br/&gt;&lt;br/&gt;You are attempting to install a %applicationName plug-in from an unknown source. Plug-ins from untrusted sources may put your data at risk.&lt;br/&gt;Do you want to install this plug-in?</source>
        <translation>&lt;b&gt;%3&lt;/b&gt;の&lt;br/&gt;&lt;b&gt;%1&lt;/b&gt; %2&lt;br/&gt;&lt;br/&gt;不明なソースから%applicationNameのプラグインをインストールしようとしています。信頼出来ないソースのプラグインはデータを危険にさらすことがあります。&lt;br/&gt;プラグインをインストールしますか？</translation>
    </message>
</context>
<context>
    <name>HatchetAccountConfig</name>
    <message>
        <location filename="../src/accounts/hatchet/account/HatchetAccountConfig.ui" line="33"/>
        <source>Connect to your Hatchet account</source>
        <translation>Hatchetのアカウントに接続</translation>
    </message>
    <message>
        <location filename="../src/accounts/hatchet/account/HatchetAccountConfig.ui" line="43"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;a href=&quot;http://blog.hatchet.is&quot;&gt;Learn More&lt;/a&gt; and/or &lt;a href=&quot;http://hatchet.is/register&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#0000ff;&quot;&gt;Create Account&lt;/span&gt;&lt;/a&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;詳しくは&lt;a href=&quot;http://blog.hatchet.is&quot;&gt;こちらへ&lt;/a&gt;、又は &lt;a href=&quot;http://hatchet.is/register&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#0000ff;&quot;&gt;アカウントを作成&lt;/span&gt;&lt;/a&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../src/accounts/hatchet/account/HatchetAccountConfig.ui" line="78"/>
        <source>Enter One-time
Password (OTP)</source>
        <translation>OTPを入力
(一度だけ使うパスワード)</translation>
    </message>
    <message>
        <location filename="../src/accounts/hatchet/account/HatchetAccountConfig.ui" line="86"/>
        <source>Username</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <location filename="../src/accounts/hatchet/account/HatchetAccountConfig.ui" line="93"/>
        <source>Hatchet username</source>
        <translation>Hatchetのユーザーネーム</translation>
    </message>
    <message>
        <location filename="../src/accounts/hatchet/account/HatchetAccountConfig.ui" line="100"/>
        <source>Password:</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location filename="../src/accounts/hatchet/account/HatchetAccountConfig.ui" line="113"/>
        <source>Hatchet password</source>
        <translation>Hatchetのパスワード</translation>
    </message>
    <message>
        <location filename="../src/accounts/hatchet/account/HatchetAccountConfig.ui" line="154"/>
        <source>Login</source>
        <translation>ログイン</translation>
    </message>
</context>
<context>
    <name>HeaderWidget</name>
    <message>
        <location filename="../src/libtomahawk/widgets/HeaderWidget.ui" line="73"/>
        <source>Refresh</source>
        <translation>リフレッシュ</translation>
    </message>
</context>
<context>
    <name>HistoryWidget</name>
    <message>
        <location filename="../src/libtomahawk/widgets/HistoryWidget.cpp" line="46"/>
        <source>Recently Played Tracks</source>
        <translation>最近再生したトラック</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/widgets/HistoryWidget.cpp" line="49"/>
        <source>Your recently played tracks</source>
        <translation>あなたの最近再生したトラック</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/widgets/HistoryWidget.cpp" line="51"/>
        <source>%1&apos;s recently played tracks</source>
        <translation>%1の最近再生したトラック</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/widgets/HistoryWidget.cpp" line="57"/>
        <source>Sorry, we could not find any recent plays!</source>
        <translation>最近の再生した項目が見つかりませんでした。</translation>
    </message>
</context>
<context>
    <name>HostDialog</name>
    <message>
        <location filename="../src/tomahawk/dialogs/HostDialog.ui" line="17"/>
        <source>Host Settings</source>
        <translation>ホスト設定</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/dialogs/HostDialog.ui" line="35"/>
        <source>Configure your external IP address or host name here. Make sure to manually forward the selected port to this host on your router.</source>
        <translation>エキスターナルIPアドレス、又はホスト名を入力して下さい。なお、ポートフォワーディングの設定を確認して下さい。</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/dialogs/HostDialog.ui" line="53"/>
        <source>Static Host Name:</source>
        <translation>静的ホスト名:</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/dialogs/HostDialog.ui" line="69"/>
        <source>Static Port:</source>
        <translation>静的ポート:</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/dialogs/HostDialog.ui" line="106"/>
        <source>Automatically detect external IP address</source>
        <translation>自動的にエキスターナルIPアドレスを検出</translation>
    </message>
</context>
<context>
    <name>InboxItem</name>
    <message>
        <location filename="../src/tomahawk/sourcetree/items/InboxItem.cpp" line="35"/>
        <source>Inbox</source>
        <translation>受信箱</translation>
    </message>
</context>
<context>
    <name>InboxJobItem</name>
    <message>
        <location filename="../src/libtomahawk/jobview/InboxJobItem.cpp" line="67"/>
        <source>Sent %1 by %2 to %3.</source>
        <translation>%2の%1を%3に送信しました。</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/jobview/InboxJobItem.cpp" line="72"/>
        <source>%1 sent you %2 by %3.</source>
        <translation>%3の%2を%1から受信しました。</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <location filename="../src/libtomahawk/playlist/InboxView.cpp" line="84"/>
        <source>Inbox Details</source>
        <translation>受信箱の詳細</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/InboxView.cpp" line="93"/>
        <source>Your friends have not shared any recommendations with you yet. Connect with them and share your musical gems!</source>
        <translation>まだ友達から曲の紹介がありません。友達と接続してお気に入りの曲をシェアしましょう。</translation>
    </message>
</context>
<context>
    <name>IndexingJobItem</name>
    <message>
        <location filename="../src/libtomahawk/jobview/IndexingJobItem.cpp" line="33"/>
        <source>Indexing Music Library</source>
        <translation>音楽のライブラリインデックスを作成中</translation>
    </message>
</context>
<context>
    <name>LastFmConfig</name>
    <message>
        <location filename="../src/libtomahawk/accounts/lastfm/LastFmConfig.ui" line="38"/>
        <source>Scrobble tracks to Last.fm</source>
        <translation>Last.fmにトラックをscrobbleする</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/accounts/lastfm/LastFmConfig.ui" line="47"/>
        <source>Username:</source>
        <translation>ユーザー名:</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/accounts/lastfm/LastFmConfig.ui" line="57"/>
        <source>Password:</source>
        <translation>パスワード:</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/accounts/lastfm/LastFmConfig.ui" line="73"/>
        <source>Test Login</source>
        <translation>ログインを確認する</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/accounts/lastfm/LastFmConfig.ui" line="80"/>
        <source>Import Playback History</source>
        <translation>再生履歴をインポートする</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/accounts/lastfm/LastFmConfig.ui" line="87"/>
        <source>Synchronize Loved Tracks</source>
        <translation>Loveトラックを同期する</translation>
    </message>
</context>
<context>
    <name>LatchedStatusItem</name>
    <message>
        <location filename="../src/libtomahawk/jobview/LatchedStatusItem.cpp" line="33"/>
        <source>%1 is listening along with you!</source>
        <translation>%1さんが一緒に聴いています。</translation>
    </message>
</context>
<context>
    <name>LoadPlaylist</name>
    <message>
        <location filename="../src/tomahawk/dialogs/LoadPlaylistDialog.ui" line="14"/>
        <source>Load Playlist</source>
        <translation>プレイリストを読み込み</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/dialogs/LoadPlaylistDialog.ui" line="20"/>
        <source>Enter the URL of the hosted playlist (e.g. .xspf format) or click the button to select a local M3U of XSPF playlist to import.</source>
        <translation>ホストサーバにあるプレイリスト(例えば .xspfフォーマット)のURLを入力、又はボタンをクリックしてローカルのM3UやXSPFのプレイリストを選んで下さい。</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/dialogs/LoadPlaylistDialog.ui" line="35"/>
        <source>Playlist URL</source>
        <translation>プレイリストURL</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/dialogs/LoadPlaylistDialog.ui" line="42"/>
        <source>Enter URL...</source>
        <translation>URLを入力...</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/dialogs/LoadPlaylistDialog.ui" line="55"/>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/dialogs/LoadPlaylistDialog.ui" line="64"/>
        <source>Automatically Update (upon changes to hosted playlist)</source>
        <translation>ホスティングサーバのプレイリストを自動同期</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/dialogs/LoadPlaylistDialog.ui" line="79"/>
        <source>To import a playlist from Spotify, Rdio, Beats, etc. - simply drag the link into Tomahawk.</source>
        <translation>Spotify、Rdio、Beats等のプレイリストをインポートするにはリンクをトマホークにドラグして下さい。</translation>
    </message>
</context>
<context>
    <name>LoadPlaylistDialog</name>
    <message>
        <location filename="../src/tomahawk/dialogs/LoadPlaylistDialog.cpp" line="56"/>
        <source>Load Playlist</source>
        <translation>プレイリストを読み込み</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/dialogs/LoadPlaylistDialog.cpp" line="56"/>
        <source>Playlists (*.xspf *.m3u *.jspf)</source>
        <translation>プレイリスト (*.xspf *.m3u *.jspf)</translation>
    </message>
</context>
<context>
    <name>LovedTracksItem</name>
    <message>
        <location filename="../src/tomahawk/sourcetree/items/LovedTracksItem.cpp" line="58"/>
        <source>Top Loved Tracks</source>
        <translation>最もLove トラック</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/sourcetree/items/LovedTracksItem.cpp" line="60"/>
        <source>Favorites</source>
        <translation>お気に入り</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/sourcetree/items/LovedTracksItem.cpp" line="86"/>
        <source>Sorry, we could not find any of your Favorites!</source>
        <translation>お気に入りの曲が見つかりませんでした。</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/sourcetree/items/LovedTracksItem.cpp" line="89"/>
        <source>The most loved tracks from all your friends</source>
        <translation>友達の最もLove トラック</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/sourcetree/items/LovedTracksItem.cpp" line="95"/>
        <source>All of your loved tracks</source>
        <translation>自分のLove トラック</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/sourcetree/items/LovedTracksItem.cpp" line="97"/>
        <source>All of %1&apos;s loved tracks</source>
        <translation>%1さんのLove トラック</translation>
    </message>
</context>
<context>
    <name>MetadataEditor</name>
    <message>
        <location filename="../src/libtomahawk/filemetadata/MetadataEditor.ui" line="30"/>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/filemetadata/MetadataEditor.ui" line="39"/>
        <source>Title:</source>
        <translation>タイトル:</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/filemetadata/MetadataEditor.ui" line="49"/>
        <source>Title...</source>
        <translation>タイトル...</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/filemetadata/MetadataEditor.ui" line="56"/>
        <source>Artist:</source>
        <translation>アーティスト:</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/filemetadata/MetadataEditor.ui" line="66"/>
        <source>Artist...</source>
        <translation>アーティスト...</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/filemetadata/MetadataEditor.ui" line="73"/>
        <source>Album:</source>
        <translation>アルバム:</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/filemetadata/MetadataEditor.ui" line="83"/>
        <source>Album...</source>
        <translation>アルバム...</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/filemetadata/MetadataEditor.ui" line="90"/>
        <source>Track Number:</source>
        <translation>トラック番号:</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/filemetadata/MetadataEditor.ui" line="119"/>
        <source>Duration:</source>
        <translation>時間:</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/filemetadata/MetadataEditor.ui" line="129"/>
        <source>00.00</source>
        <translation>00.00</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/filemetadata/MetadataEditor.ui" line="136"/>
        <source>Year:</source>
        <translation>年:</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/filemetadata/MetadataEditor.ui" line="162"/>
        <source>Bitrate:</source>
        <translation>ビットレート:</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/filemetadata/MetadataEditor.ui" line="183"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/filemetadata/MetadataEditor.ui" line="189"/>
        <source>File Name:</source>
        <translation>ファイルネーム:</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/filemetadata/MetadataEditor.ui" line="199"/>
        <source>File Name...</source>
        <translation>ファイルネーム...</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/filemetadata/MetadataEditor.ui" line="206"/>
        <source>File Size...</source>
        <translation>ファイルサイズ...</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/filemetadata/MetadataEditor.ui" line="212"/>
        <source>File size...</source>
        <translation>ファイルサイズ...</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/filemetadata/MetadataEditor.ui" line="219"/>
        <source>File Size:</source>
        <translation>ファイルサイズ:</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/filemetadata/MetadataEditor.ui" line="235"/>
        <source>Back</source>
        <translation>前へ</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/filemetadata/MetadataEditor.ui" line="245"/>
        <source>Forward</source>
        <translation>次へ</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/filemetadata/MetadataEditor.cpp" line="185"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/filemetadata/MetadataEditor.cpp" line="185"/>
        <source>Could not write tags to file:
%1</source>
        <translation>タグをファイルに書き込みできません:
%1</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/filemetadata/MetadataEditor.cpp" line="396"/>
        <source>Properties</source>
        <translation>情報</translation>
    </message>
</context>
<context>
    <name>NetworkActivityWidget</name>
    <message>
        <location filename="../src/viewpages/networkactivity/NetworkActivityWidget.ui" line="39"/>
        <source>Trending Tracks</source>
        <translation>トレンドトラック</translation>
    </message>
    <message>
        <location filename="../src/viewpages/networkactivity/NetworkActivityWidget.ui" line="79"/>
        <source>Hot Playlists</source>
        <translation>ホットプレイリスト</translation>
    </message>
    <message>
        <location filename="../src/viewpages/networkactivity/NetworkActivityWidget.ui" line="113"/>
        <source>Trending Artists</source>
        <translation>トレンドアーティスト</translation>
    </message>
</context>
<context>
    <name>PlayableModel</name>
    <message>
        <location filename="../src/libtomahawk/playlist/PlayableModel.cpp" line="50"/>
        <source>Artist</source>
        <translation>アーティスト</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/PlayableModel.cpp" line="50"/>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/PlayableModel.cpp" line="50"/>
        <source>Composer</source>
        <translation>作曲者</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/PlayableModel.cpp" line="50"/>
        <source>Album</source>
        <translation>アルバム</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/PlayableModel.cpp" line="50"/>
        <source>Track</source>
        <translation>トラック</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/PlayableModel.cpp" line="50"/>
        <source>Duration</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/PlayableModel.cpp" line="50"/>
        <source>Download</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/PlayableModel.cpp" line="51"/>
        <source>Bitrate</source>
        <translation>ビットレート</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/PlayableModel.cpp" line="51"/>
        <source>Age</source>
        <translation>変更日</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/PlayableModel.cpp" line="51"/>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/PlayableModel.cpp" line="51"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/PlayableModel.cpp" line="51"/>
        <source>Origin</source>
        <translation>音源</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/PlayableModel.cpp" line="51"/>
        <source>Accuracy</source>
        <translation>確度</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/PlayableModel.cpp" line="896"/>
        <source>Perfect match</source>
        <translation>完全一致</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/PlayableModel.cpp" line="897"/>
        <source>Very good match</source>
        <translation>かなり一致</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/PlayableModel.cpp" line="898"/>
        <source>Good match</source>
        <translation>一致</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/PlayableModel.cpp" line="899"/>
        <source>Vague match</source>
        <translation>曖昧一致</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/PlayableModel.cpp" line="900"/>
        <source>Bad match</source>
        <translation>不適</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/PlayableModel.cpp" line="901"/>
        <source>Very bad match</source>
        <translation>かなり不適</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/PlayableModel.cpp" line="902"/>
        <source>Not available</source>
        <translation>利用できません</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/PlayableModel.cpp" line="903"/>
        <source>Searching...</source>
        <translation>検索中...</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/PlayableModel.cpp" line="51"/>
        <location filename="../src/libtomahawk/playlist/PlayableModel.cpp" line="392"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
</context>
<context>
    <name>PlaylistItemDelegate</name>
    <message>
        <location filename="../src/libtomahawk/playlist/PlaylistItemDelegate.cpp" line="141"/>
        <location filename="../src/libtomahawk/playlist/PlaylistItemDelegate.cpp" line="278"/>
        <source>Download %1</source>
        <translation>%1をダウンロード</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/PlaylistItemDelegate.cpp" line="289"/>
        <location filename="../src/libtomahawk/playlist/PlaylistItemDelegate.cpp" line="304"/>
        <source>View in Finder</source>
        <translation>ファインダーで表示</translation>
    </message>
</context>
<context>
    <name>PlaylistModel</name>
    <message>
        <location filename="../src/libtomahawk/playlist/PlaylistModel.cpp" line="144"/>
        <source>A playlist you created %1.</source>
        <translation>%1に作ったプレイリスト。</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/PlaylistModel.cpp" line="149"/>
        <location filename="../src/libtomahawk/playlist/PlaylistModel.cpp" line="156"/>
        <source>A playlist by %1, created %2.</source>
        <translation>%2に、%1に作られたプレイリスト。</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/PlaylistModel.cpp" line="205"/>
        <source>All tracks by %1 on album %2</source>
        <translation>%1のアルバム%2のトラック</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/PlaylistModel.cpp" line="232"/>
        <source>All tracks by %1</source>
        <translation>%1のトラック</translation>
    </message>
</context>
<context>
    <name>ProxyDialog</name>
    <message>
        <location filename="../src/tomahawk/dialogs/ProxyDialog.ui" line="17"/>
        <source>Proxy Settings</source>
        <translation>プロクシ設定</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/dialogs/ProxyDialog.ui" line="37"/>
        <source>Hostname of proxy server</source>
        <translation>プロキシサーバのホスト</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/dialogs/ProxyDialog.ui" line="44"/>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/dialogs/ProxyDialog.ui" line="51"/>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/dialogs/ProxyDialog.ui" line="71"/>
        <source>Proxy login</source>
        <translation>プロキシのログインネーム</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/dialogs/ProxyDialog.ui" line="78"/>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/dialogs/ProxyDialog.ui" line="85"/>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/dialogs/ProxyDialog.ui" line="95"/>
        <source>Proxy password</source>
        <translation>プロキシのパスワード</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/dialogs/ProxyDialog.ui" line="102"/>
        <source>No Proxy Hosts:
(Overrides system proxy)</source>
        <translation>優先プロキシ:
(システムプロキシより優先されます)</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/dialogs/ProxyDialog.ui" line="110"/>
        <source>localhost *.example.com (space separated)</source>
        <translation>localhost *.example.com (スペースで区切られます)</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/dialogs/ProxyDialog.ui" line="127"/>
        <source>Use proxy for DNS lookups?</source>
        <translation>正引きDNSにプロキシを使用しますか？</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <location filename="../src/libtomahawk/utils/TomahawkUtils.cpp" line="262"/>
        <source>%n year(s) ago</source>
        <translation><numerusform>%n年前</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/libtomahawk/utils/TomahawkUtils.cpp" line="264"/>
        <source>%n year(s)</source>
        <translation><numerusform>%n年</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/libtomahawk/utils/TomahawkUtils.cpp" line="270"/>
        <source>%n month(s) ago</source>
        <translation><numerusform>%nヶ月前</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/libtomahawk/utils/TomahawkUtils.cpp" line="272"/>
        <source>%n month(s)</source>
        <translation><numerusform>%nヶ月</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/libtomahawk/utils/TomahawkUtils.cpp" line="278"/>
        <source>%n week(s) ago</source>
        <translation><numerusform>%n週間前</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/libtomahawk/utils/TomahawkUtils.cpp" line="280"/>
        <source>%n week(s)</source>
        <translation><numerusform>%n週間</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/libtomahawk/utils/TomahawkUtils.cpp" line="286"/>
        <source>%n day(s) ago</source>
        <translation><numerusform>%n日前</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/libtomahawk/utils/TomahawkUtils.cpp" line="288"/>
        <source>%n day(s)</source>
        <translation><numerusform>%n日</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/libtomahawk/utils/TomahawkUtils.cpp" line="294"/>
        <source>%n hour(s) ago</source>
        <translation><numerusform>%n時間前</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/libtomahawk/utils/TomahawkUtils.cpp" line="296"/>
        <source>%n hour(s)</source>
        <translation><numerusform>%n時間</numerusform></translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/utils/TomahawkUtils.cpp" line="302"/>
        <source>%1 minutes ago</source>
        <translation>%1分前</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/utils/TomahawkUtils.cpp" line="304"/>
        <source>%1 minutes</source>
        <translation>%1分</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/utils/TomahawkUtils.cpp" line="308"/>
        <source>just now</source>
        <translation>たった今</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/accounts/Account.cpp" line="38"/>
        <source>Friend Finders</source>
        <translation>友達を探す</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/accounts/Account.cpp" line="40"/>
        <source>Music Finders</source>
        <translation>音楽を探す</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/accounts/Account.cpp" line="43"/>
        <source>Status Updaters</source>
        <translation>ステータスを更新</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestGenerator.cpp" line="550"/>
        <source>Songs </source>
        <comment>Beginning of a sentence summary</comment>
        <translation>曲</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestGenerator.cpp" line="579"/>
        <source>No configured filters!</source>
        <translation>フィルターがありません</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestGenerator.cpp" line="593"/>
        <source> and </source>
        <comment>Inserted between items in a list of two</comment>
        <translation>と</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestGenerator.cpp" line="595"/>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestGenerator.cpp" line="604"/>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestGenerator.cpp" line="608"/>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestGenerator.cpp" line="624"/>
        <source>, </source>
        <comment>Inserted between items in a list</comment>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestGenerator.cpp" line="597"/>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestGenerator.cpp" line="606"/>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestGenerator.cpp" line="622"/>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestGenerator.cpp" line="629"/>
        <source>.</source>
        <comment>Inserted when ending a sentence summary</comment>
        <translation>。</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestGenerator.cpp" line="610"/>
        <source>, and </source>
        <comment>Inserted between the last two items in a list of more than two</comment>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestGenerator.cpp" line="621"/>
        <source>and </source>
        <comment>Inserted before the last item in a list</comment>
        <translation>と</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestGenerator.cpp" line="629"/>
        <source>and </source>
        <comment>Inserted before the sorting summary in a sentence summary</comment>
        <translation>と</translation>
    </message>
</context>
<context>
    <name>QSQLiteResult</name>
    <message>
        <location filename="../src/libtomahawk/database/TomahawkSqlQuery.cpp" line="91"/>
        <source>No query</source>
        <translation>クエリが無い</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/database/TomahawkSqlQuery.cpp" line="92"/>
        <source>Parameter count mismatch</source>
        <translation>パラメータ数の不一致</translation>
    </message>
</context>
<context>
    <name>QueueItem</name>
    <message>
        <location filename="../src/tomahawk/sourcetree/items/QueueItem.cpp" line="39"/>
        <source>Queue</source>
        <translation>キュー</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <location filename="../src/libtomahawk/playlist/QueueView.ui" line="41"/>
        <source>Open Queue</source>
        <translation>キューを表示</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/QueueView.cpp" line="39"/>
        <source>Queue Details</source>
        <translation>キューの詳細</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/QueueView.cpp" line="49"/>
        <source>Queue</source>
        <translation>キュー</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/QueueView.cpp" line="53"/>
        <source>The queue is currently empty. Drop something to enqueue it!</source>
        <translation>キュの中には何も入っていません。何かキューにドロップしましょう!</translation>
    </message>
</context>
<context>
    <name>ResolverConfigDelegate</name>
    <message>
        <location filename="../src/tomahawk/ResolverConfigDelegate.cpp" line="111"/>
        <source>Not found: %1</source>
        <translation>見つかりません: %1</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/ResolverConfigDelegate.cpp" line="114"/>
        <source>Failed to load: %1</source>
        <translation>ロードに失敗しました: %1</translation>
    </message>
</context>
<context>
    <name>ScannerStatusItem</name>
    <message>
        <location filename="../src/libtomahawk/jobview/ScannerStatusItem.cpp" line="55"/>
        <source>Scanning Collection</source>
        <translation>コレクションをスキャン中</translation>
    </message>
</context>
<context>
    <name>ScriptCollectionHeader</name>
    <message>
        <location filename="../src/libtomahawk/widgets/ScriptCollectionHeader.cpp" line="48"/>
        <source>Reload Collection</source>
        <translation>コレクションを再読み込み</translation>
    </message>
</context>
<context>
    <name>SearchLineEdit</name>
    <message>
        <location filename="../src/libtomahawk/widgets/searchlineedit/SearchLineEdit.cpp" line="58"/>
        <source>Search</source>
        <translation>検索</translation>
    </message>
</context>
<context>
    <name>SearchWidget</name>
    <message>
        <location filename="../src/libtomahawk/viewpages/SearchViewPage.h" line="54"/>
        <source>Search: %1</source>
        <translation>検索: %1</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/viewpages/SearchViewPage.h" line="55"/>
        <source>Results for &apos;%1&apos;</source>
        <translation>&apos;%1&apos;の結果</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/viewpages/SearchViewPage.ui" line="41"/>
        <location filename="../src/libtomahawk/viewpages/SearchViewPage.cpp" line="146"/>
        <source>Songs</source>
        <translation>曲</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/viewpages/SearchViewPage.ui" line="67"/>
        <location filename="../src/libtomahawk/viewpages/SearchViewPage.ui" line="127"/>
        <location filename="../src/libtomahawk/viewpages/SearchViewPage.ui" line="187"/>
        <source>Show More</source>
        <translation>更に表示</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/viewpages/SearchViewPage.ui" line="101"/>
        <location filename="../src/libtomahawk/viewpages/SearchViewPage.cpp" line="158"/>
        <source>Artists</source>
        <translation>アーティスト</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/viewpages/SearchViewPage.ui" line="161"/>
        <location filename="../src/libtomahawk/viewpages/SearchViewPage.cpp" line="188"/>
        <source>Albums</source>
        <translation>アルバム</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/viewpages/SearchViewPage.cpp" line="65"/>
        <source>Sorry, we could not find any artists!</source>
        <translation>アーティストは見つかりませんでした。</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/viewpages/SearchViewPage.cpp" line="86"/>
        <source>Sorry, we could not find any albums!</source>
        <translation>アルバムは見つかりませんでした。</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/viewpages/SearchViewPage.cpp" line="108"/>
        <source>Sorry, we could not find any songs!</source>
        <translation>曲は見つかりませんでした。</translation>
    </message>
</context>
<context>
    <name>Servent</name>
    <message>
        <location filename="../src/libtomahawk/network/Servent.cpp" line="1003"/>
        <source>Automatically detecting external IP failed: Could not parse JSON response.</source>
        <translation>エキスターナルIPの自動検出が失敗: JSONのリスポンスをパース出来ませんでした。</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/network/Servent.cpp" line="1016"/>
        <source>Automatically detecting external IP failed: %1</source>
        <translation>エキスターナルIPアドレスの自動検出が失敗: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../src/tomahawk/dialogs/SettingsDialog.cpp" line="265"/>
        <source>Collection</source>
        <translation>コレクション</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/dialogs/SettingsDialog.cpp" line="268"/>
        <source>Advanced</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/dialogs/SettingsDialog.cpp" line="165"/>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/dialogs/SettingsDialog.cpp" line="138"/>
        <source>Install Plug-In...</source>
        <translation>プラグインをインストール...</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/dialogs/SettingsDialog.cpp" line="326"/>
        <source>Some changed settings will not take effect until Tomahawk is restarted</source>
        <translation>Tomahawkを再起動すると設定変更が反映されます</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/dialogs/SettingsDialog.cpp" line="260"/>
        <source>Configure the accounts and services used by Tomahawk to search and retrieve music, find your friends and update your status.</source>
        <translation>友達を探すこと、又はステータスの更新や音楽の検索と取得の為に利用するアカウントとサービスを設定。</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/dialogs/SettingsDialog.cpp" line="221"/>
        <source>MP3</source>
        <translation>MP3</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/dialogs/SettingsDialog.cpp" line="222"/>
        <source>FLAC</source>
        <translation>FLAC</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/dialogs/SettingsDialog.cpp" line="223"/>
        <source>M4A</source>
        <translation>M4A</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/dialogs/SettingsDialog.cpp" line="224"/>
        <source>MP4</source>
        <translation>MP4</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/dialogs/SettingsDialog.cpp" line="260"/>
        <source>Plug-Ins</source>
        <translation>プラグイン</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/dialogs/SettingsDialog.cpp" line="265"/>
        <source>Manage how Tomahawk finds music on your computer.</source>
        <translation>音楽ファイルの検索方法を設定</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/dialogs/SettingsDialog.cpp" line="268"/>
        <source>Configure Tomahawk&apos;s advanced settings, including network connectivity settings, browser interaction and more.</source>
        <translation>ネットワーク接続設定、又はブラウザー設定等の詳細設定を調整する。</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/dialogs/SettingsDialog.cpp" line="273"/>
        <source>Downloads</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/dialogs/SettingsDialog.cpp" line="273"/>
        <source>Configure Tomahawk&apos;s integrated download manager.</source>
        <translation>Tomahawk の統合ダウンロードマネージャーを設定します。</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/dialogs/SettingsDialog.cpp" line="443"/>
        <location filename="../src/tomahawk/dialogs/SettingsDialog.cpp" line="457"/>
        <source>Open Directory</source>
        <translation>ディレクトリを開く</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/dialogs/SettingsDialog.cpp" line="551"/>
        <source>Install resolver from file</source>
        <translation>ファイルからリゾルバをインストールする</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/dialogs/SettingsDialog.cpp" line="553"/>
        <source>Tomahawk Resolvers (*.axe *.js);;All files (*)</source>
        <translation>トマホークリゾールバー (*.axe *.js);;全てのファイル (*)</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/dialogs/SettingsDialog.cpp" line="570"/>
        <source>Delete all Access Control entries?</source>
        <translation>全てのアクセス制御のエントリーを削除しますか?</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/dialogs/SettingsDialog.cpp" line="571"/>
        <source>Do you really want to delete all Access Control entries? You will be asked for a decision again for each peer that you connect to.</source>
        <translation>本当に全てのアクセス制御のエントリーを削除しますか？ピア接続に対して、改めて同意を求めます。</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/dialogs/SettingsDialog.cpp" line="326"/>
        <source>Information</source>
        <translation>情報</translation>
    </message>
</context>
<context>
    <name>Settings_Accounts</name>
    <message>
        <location filename="../src/tomahawk/dialogs/Settings_Accounts.ui" line="57"/>
        <source>Filter by Capability:</source>
        <translation>機能別に分類:</translation>
    </message>
</context>
<context>
    <name>Settings_Advanced</name>
    <message>
        <location filename="../src/tomahawk/dialogs/Settings_Advanced.ui" line="38"/>
        <source>Remote Peer Connection Method</source>
        <translation>ピア接続方法</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/dialogs/Settings_Advanced.ui" line="44"/>
        <source>Active (your host needs to be directly reachable)</source>
        <translation>Active (ホストに直接接続する必要があります)</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/dialogs/Settings_Advanced.ui" line="51"/>
        <source>UPnP / Automatic Port Forwarding (recommended)</source>
        <translation>ポートフォワーディングにはUPnPを使用する（お勧め）</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/dialogs/Settings_Advanced.ui" line="69"/>
        <source>Manual Port Forwarding</source>
        <translation>手動ポートフォワーディング</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/dialogs/Settings_Advanced.ui" line="82"/>
        <source>Host Settings...</source>
        <translation>ホスト設定...</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/dialogs/Settings_Advanced.ui" line="110"/>
        <source>SOCKS Proxy</source>
        <translation>SOCKSプロクシ</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/dialogs/Settings_Advanced.ui" line="116"/>
        <source>Use SOCKS Proxy</source>
        <translation>SOCKSプロクシを使用する</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/dialogs/Settings_Advanced.ui" line="145"/>
        <source>Proxy Settings...</source>
        <translation>プロクシ設定...</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/dialogs/Settings_Advanced.ui" line="171"/>
        <source>Other Settings</source>
        <translation>他の設定</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/dialogs/Settings_Advanced.ui" line="180"/>
        <source>Allow web browsers to interact with Tomahawk (recommended)</source>
        <translation>ブラウザとの連携を許可する（お勧め）</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/dialogs/Settings_Advanced.ui" line="193"/>
        <source>Allow other computers to interact with Tomahawk (not recommended yet)</source>
        <translation>他の端末との対話を許可する(まだお勧めしません)</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/dialogs/Settings_Advanced.ui" line="206"/>
        <source>Send Tomahawk Crash Reports</source>
        <translation>Tomahawkの問題のレポートを送信</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/dialogs/Settings_Advanced.ui" line="216"/>
        <source>Show Notifications on song change</source>
        <translation>曲が変わったら、通知を表示する</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/dialogs/Settings_Advanced.ui" line="244"/>
        <source>Clear All Access Control Entries</source>
        <translation>全てのアクセス制御のエントリーを削除する</translation>
    </message>
</context>
<context>
    <name>Settings_Collection</name>
    <message>
        <location filename="../src/tomahawk/dialogs/Settings_Collection.ui" line="38"/>
        <source>Folders to scan for music:</source>
        <translation>音楽ファイルのフォルダー:</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/dialogs/Settings_Collection.ui" line="53"/>
        <source>Due to the unique way Tomahawk works, your music files must at least have Artist &amp; Title metadata/ID3 tags to be added to your Collection.</source>
        <translation>トマホークのユニークな動作に従って、音楽のファイルは最低アーティストとタイトルのメタデータやID3のタグを設定してからコレクションに追加して下さい。</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/dialogs/Settings_Collection.ui" line="76"/>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/dialogs/Settings_Collection.ui" line="83"/>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/dialogs/Settings_Collection.ui" line="109"/>
        <source>The Echo Nest supports keeping track of your catalog metadata
 and using it to craft personalized radios. Enabling this option
 will allow you (and all your friends) to create automatic playlists
 and stations based on your personal taste profile.</source>
        <translation>The Echo Nestはカタログのメタデータを整理して、
個人的なラジオを作成する機能があります。
このオプションを有効にすると、あなたと友達の音楽の好みに
基づいた自動プレイリストやステーションを作れます。</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/dialogs/Settings_Collection.ui" line="115"/>
        <source>Upload Collection info to enable personalized &quot;User Radio&quot;</source>
        <translation>コレクションの情報をアップロードして、ユーザーラジオを有効にする</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/dialogs/Settings_Collection.ui" line="128"/>
        <source>Watch for changes (automatically update Collection)</source>
        <translation>変更を検出（コレクションを自動更新）</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/dialogs/Settings_Collection.ui" line="137"/>
        <source>Time between scans (in seconds):</source>
        <translation>スキャンの時間間隔（秒）:</translation>
    </message>
</context>
<context>
    <name>Settings_Downloads</name>
    <message>
        <location filename="../src/tomahawk/dialogs/Settings_Downloads.ui" line="26"/>
        <source>Some Plug-Ins enable you to purchase and/or download music directly in Tomahawk.  Set your preferences for the download format and location:</source>
        <translation>一部のプラグインは、トマホークで直接音楽を購入および/またはダウンロードすることができます。ダウンロードフォーマットと場所をプリファレンスで設定してください:</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/dialogs/Settings_Downloads.ui" line="49"/>
        <source>Folder to download music to:</source>
        <translation>音楽をダウンロードするフォルダー:</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/dialogs/Settings_Downloads.ui" line="68"/>
        <source>Browse...</source>
        <translation>閲覧...</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/dialogs/Settings_Downloads.ui" line="79"/>
        <source>Preferred download format:</source>
        <translation>お好みのダウンロード形式:</translation>
    </message>
</context>
<context>
    <name>SlideSwitchButton</name>
    <message>
        <location filename="../src/tomahawk/widgets/SlideSwitchButton.cpp" line="46"/>
        <source>On</source>
        <translation>オン</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/widgets/SlideSwitchButton.cpp" line="47"/>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
</context>
<context>
    <name>SocialWidget</name>
    <message>
        <location filename="../src/tomahawk/widgets/SocialWidget.ui" line="28"/>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/widgets/SocialWidget.ui" line="38"/>
        <source>Twitter</source>
        <translation>Twitter</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/widgets/SocialWidget.cpp" line="71"/>
        <source>Tweet</source>
        <translation>ツイート</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/widgets/SocialWidget.cpp" line="169"/>
        <source>Listening to &quot;%1&quot; by %2. %3</source>
        <translation>%2の&quot;%1&quot;を聴いています。%3</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/widgets/SocialWidget.cpp" line="171"/>
        <source>Listening to &quot;%1&quot; by %2 on &quot;%3&quot;. %4</source>
        <translation>%2の&quot;%3&quot;の&quot;%1&quot;を聴いています。%4</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/widgets/SocialWidget.cpp" line="202"/>
        <source>%1 characters left</source>
        <translation>残り%1文字</translation>
    </message>
</context>
<context>
    <name>SourceDelegate</name>
    <message>
        <location filename="../src/tomahawk/sourcetree/SourceDelegate.cpp" line="235"/>
        <source>All available tracks</source>
        <translation>利用可能トラック</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/sourcetree/SourceDelegate.cpp" line="343"/>
        <source>Drop to send tracks</source>
        <translation>ドロップしてトラックを送信</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/sourcetree/SourceDelegate.cpp" line="406"/>
        <location filename="../src/tomahawk/sourcetree/SourceDelegate.cpp" line="434"/>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/sourcetree/SourceDelegate.cpp" line="408"/>
        <location filename="../src/tomahawk/sourcetree/SourceDelegate.cpp" line="436"/>
        <source>Hide</source>
        <translation>隠す</translation>
    </message>
</context>
<context>
    <name>SourceInfoWidget</name>
    <message>
        <location filename="../src/libtomahawk/viewpages/SourceViewPage.ui" line="30"/>
        <source>Recent Albums</source>
        <translation>最近のアルバム</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/viewpages/SourceViewPage.ui" line="74"/>
        <source>Latest Additions</source>
        <translation>最新追加した項目</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/viewpages/SourceViewPage.ui" line="88"/>
        <source>Recently Played Tracks</source>
        <translation>最近再生したトラック</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/viewpages/SourceViewPage.cpp" line="70"/>
        <source>New Additions</source>
        <translation>新しく追加した項目</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/viewpages/SourceViewPage.cpp" line="73"/>
        <source>My recent activity</source>
        <translation>自分の最近の活動</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/viewpages/SourceViewPage.cpp" line="77"/>
        <source>Recent activity from %1</source>
        <translation>%1の最近の活動</translation>
    </message>
</context>
<context>
    <name>SourceItem</name>
    <message>
        <location filename="../src/tomahawk/sourcetree/items/SourceItem.cpp" line="80"/>
        <location filename="../src/tomahawk/sourcetree/items/SourceItem.cpp" line="586"/>
        <source>Latest Additions</source>
        <translation>最新追加した項目</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/sourcetree/items/SourceItem.cpp" line="85"/>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/sourcetree/items/SourceItem.cpp" line="149"/>
        <source>SuperCollection</source>
        <translation>スーパーコレクション</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/sourcetree/items/SourceItem.cpp" line="589"/>
        <source>Latest additions to your collection</source>
        <translation>コレクションの最新追加した項目</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/sourcetree/items/SourceItem.cpp" line="591"/>
        <source>Latest additions to %1&apos;s collection</source>
        <translation>%1のコレクションの最新追加した項目</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/sourcetree/items/SourceItem.cpp" line="595"/>
        <source>Sorry, we could not find any recent additions!</source>
        <translation>最近追加した項目が見つかりませんでした。</translation>
    </message>
</context>
<context>
    <name>SourceTreeView</name>
    <message>
        <location filename="../src/tomahawk/sourcetree/SourceTreeView.cpp" line="245"/>
        <source>&amp;Copy Link</source>
        <translation>リンクをコピー</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/sourcetree/SourceTreeView.cpp" line="253"/>
        <source>&amp;Delete %1</source>
        <translation>%1を削除</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/sourcetree/SourceTreeView.cpp" line="257"/>
        <source>Add to my Playlists</source>
        <translation>プレイリストに追加する</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/sourcetree/SourceTreeView.cpp" line="259"/>
        <source>Add to my Automatic Playlists</source>
        <translation>自動プレイリストに追加する</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/sourcetree/SourceTreeView.cpp" line="261"/>
        <source>Add to my Stations</source>
        <translation>ステーションに追加する</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/sourcetree/SourceTreeView.cpp" line="249"/>
        <source>&amp;Export Playlist</source>
        <translation>プレイリストを書き出し</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/sourcetree/SourceTreeView.cpp" line="403"/>
        <source>playlist</source>
        <translation>プレイリスト</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/sourcetree/SourceTreeView.cpp" line="407"/>
        <source>automatic playlist</source>
        <translation>自動プレイリスト</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/sourcetree/SourceTreeView.cpp" line="411"/>
        <source>station</source>
        <translation>ステーション</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/sourcetree/SourceTreeView.cpp" line="440"/>
        <source>Would you like to delete the %1 &lt;b&gt;&quot;%2&quot;&lt;/b&gt;?</source>
        <comment>e.g. Would you like to delete the playlist named Foobar?</comment>
        <translation>&lt;b&gt;&quot;%2&quot;&lt;/b&gt;と言う%1を削除しますか?</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/sourcetree/SourceTreeView.cpp" line="442"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/sourcetree/SourceTreeView.cpp" line="547"/>
        <source>Save XSPF</source>
        <translation>XSPFを保存する</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/sourcetree/SourceTreeView.cpp" line="548"/>
        <source>Playlists (*.xspf)</source>
        <translation>プレイリスト (*.xspf)</translation>
    </message>
</context>
<context>
    <name>SourcesModel</name>
    <message>
        <location filename="../src/tomahawk/sourcetree/SourcesModel.cpp" line="96"/>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/sourcetree/SourcesModel.cpp" line="99"/>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/sourcetree/SourcesModel.cpp" line="102"/>
        <source>Collection</source>
        <translation>コレクション</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/sourcetree/SourcesModel.cpp" line="105"/>
        <source>Playlist</source>
        <translation>プレイリスト</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/sourcetree/SourcesModel.cpp" line="108"/>
        <source>Automatic Playlist</source>
        <translation>自動プレイリスト</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/sourcetree/SourcesModel.cpp" line="111"/>
        <source>Station</source>
        <translation>ステーション</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/sourcetree/SourcesModel.cpp" line="311"/>
        <source>Cloud Collections</source>
        <translation>クラウドコレクション</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/sourcetree/SourcesModel.cpp" line="300"/>
        <source>Discover</source>
        <translation>発見</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/sourcetree/SourcesModel.cpp" line="301"/>
        <source>Open Pages</source>
        <translation>ページを開く</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/sourcetree/SourcesModel.cpp" line="303"/>
        <source>Your Music</source>
        <translation>マイミュージック</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/sourcetree/SourcesModel.cpp" line="312"/>
        <source>Friends</source>
        <translation>友達</translation>
    </message>
</context>
<context>
    <name>SpotifyConfig</name>
    <message>
        <location filename="../src/libtomahawk/accounts/spotify/SpotifyAccountConfig.ui" line="69"/>
        <source>Configure your Spotify account</source>
        <translation>Spotifyのアカウントを設定</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/accounts/spotify/SpotifyAccountConfig.ui" line="101"/>
        <source>Username or Facebook Email</source>
        <translation>ユーザーネームまたはFacebookのメールアドレス</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/accounts/spotify/SpotifyAccountConfig.ui" line="129"/>
        <source>Log In</source>
        <translation>ログイン</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/accounts/spotify/SpotifyAccountConfig.ui" line="136"/>
        <source>Right click on any %applicationNames playlist to sync it to Spotify.</source>
        <translation>%applicationNamesのプレイリストを右クリックすると、Spotifyに同期することができます。</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/accounts/spotify/SpotifyAccountConfig.ui" line="153"/>
        <source>Select All</source>
        <translation>全てを選択</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/accounts/spotify/SpotifyAccountConfig.ui" line="166"/>
        <source>Sync Starred tracks to Loved tracks</source>
        <translation>StarされたトラックをLoveトラックに同期</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/accounts/spotify/SpotifyAccountConfig.ui" line="179"/>
        <source>High Quality Streams</source>
        <translation>高音質ストリーム</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/accounts/spotify/SpotifyAccountConfig.ui" line="189"/>
        <source>Delete %applicationName playlist when removing synchronization</source>
        <translation>同期を無効にするとき、%applicationNameのプレイリストを削除</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/accounts/spotify/SpotifyAccountConfig.ui" line="196"/>
        <source>Use this to force Spotify to never announce listening data to Social Networks</source>
        <translation>これでSpotifyがSNSに音楽聴取を一切報告しません</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/accounts/spotify/SpotifyAccountConfig.ui" line="199"/>
        <source>Always run in Private Mode</source>
        <translation>常にプライベートモードを使用</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/accounts/spotify/SpotifyAccountConfig.ui" line="146"/>
        <source>Spotify playlists to keep in sync:</source>
        <translation>同期するSpotifyのプレイリスト:</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/accounts/spotify/SpotifyAccountConfig.ui" line="91"/>
        <source>Username:</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/accounts/spotify/SpotifyAccountConfig.ui" line="108"/>
        <source>Password:</source>
        <translation>パスワード</translation>
    </message>
</context>
<context>
    <name>SpotifyPlaylistUpdater</name>
    <message>
        <location filename="../src/libtomahawk/accounts/spotify/SpotifyPlaylistUpdater.cpp" line="351"/>
        <source>Delete associated Spotify playlist?</source>
        <translation>関連付けられたSpotifyのプレイリストも削除しますか?</translation>
    </message>
</context>
<context>
    <name>TemporaryPageItem</name>
    <message>
        <location filename="../src/tomahawk/sourcetree/items/TemporaryPageItem.cpp" line="54"/>
        <source>Copy Artist Link</source>
        <translation>アーティストリンクをコピー</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/sourcetree/items/TemporaryPageItem.cpp" line="61"/>
        <source>Copy Album Link</source>
        <translation>アルバムリンクをコピー</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/sourcetree/items/TemporaryPageItem.cpp" line="68"/>
        <source>Copy Track Link</source>
        <translation>トラックリンクをコピー</translation>
    </message>
</context>
<context>
    <name>Tomahawk::Accounts::AccountDelegate</name>
    <message>
        <location filename="../src/libtomahawk/accounts/AccountDelegate.cpp" line="199"/>
        <source>Add Account</source>
        <translation>アカウントを追加</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/accounts/AccountDelegate.cpp" line="249"/>
        <location filename="../src/libtomahawk/accounts/AccountDelegate.cpp" line="666"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/accounts/AccountDelegate.cpp" line="363"/>
        <source>%1 downloads</source>
        <translation>%1ダウンロード</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/accounts/AccountDelegate.cpp" line="567"/>
        <source>Online</source>
        <translation>オンライン</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/accounts/AccountDelegate.cpp" line="572"/>
        <source>Connecting...</source>
        <translation>接続中...</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/accounts/AccountDelegate.cpp" line="577"/>
        <source>Offline</source>
        <translation>・オフライン</translation>
    </message>
</context>
<context>
    <name>Tomahawk::Accounts::AccountModel</name>
    <message>
        <location filename="../src/libtomahawk/accounts/AccountModel.cpp" line="564"/>
        <source>Manual Install Required</source>
        <translation>手動インストールが要求</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/accounts/AccountModel.cpp" line="567"/>
        <source>Unfortunately, automatic installation of this resolver is not available or disabled for your platform.&lt;br /&gt;&lt;br /&gt;Please use &quot;Install from file&quot; above, by fetching it from your distribution or compiling it yourself. Further instructions can be found here:&lt;br /&gt;&lt;br /&gt;http://www.tomahawk-player.org/resolvers/%1</source>
        <translation>残念ながら、このプラットフォームでは、リゾルバの自動インストールは設けてないか、無効にされました。&lt;br /&gt;&lt;br /&gt;以上の「ファイルからインストール」を使用して、又はディストリビューションから取得するか、自分でコンパイルして下さい。詳しくはこちらを参照:&lt;br /&gt;&lt;br /&gt;http://www.tomahawk-player.org/resolvers/%1</translation>
    </message>
</context>
<context>
    <name>Tomahawk::Accounts::GoogleWrapper</name>
    <message>
        <location filename="../src/accounts/google/GoogleWrapper.cpp" line="91"/>
        <source>Configure this Google Account</source>
        <translation>Googleのアカウントを設定</translation>
    </message>
    <message>
        <location filename="../src/accounts/google/GoogleWrapper.cpp" line="92"/>
        <source>Google Address:</source>
        <translation>Googleのアドレス:</translation>
    </message>
    <message>
        <location filename="../src/accounts/google/GoogleWrapper.cpp" line="93"/>
        <source>Enter your Google login to connect with your friends using %applicationName!</source>
        <translation>Googleのログイン情報を入力して、%applicationNameで友達と音楽を共有しましょう！</translation>
    </message>
    <message>
        <location filename="../src/accounts/google/GoogleWrapper.cpp" line="94"/>
        <source>username@gmail.com</source>
        <translation>username@gmail.com</translation>
    </message>
    <message>
        <location filename="../src/accounts/google/GoogleWrapper.cpp" line="101"/>
        <source>You may need to change your %1Google Account Settings%2 to login.</source>
        <comment>%1 is &lt;a href&gt;, %2 is &lt;/a&gt;</comment>
        <translation>ログインするには、%1Googleアカウントの設定%2を変更する必要があるかもしれません。</translation>
    </message>
</context>
<context>
    <name>Tomahawk::Accounts::GoogleWrapperFactory</name>
    <message>
        <location filename="../src/accounts/google/GoogleWrapper.h" line="44"/>
        <source>Login to directly connect to your Google Talk contacts that also use %applicationName.</source>
        <translation>ログインして、%applicationNameを使用しているGoogleトークの連絡先に直接接続します。</translation>
    </message>
</context>
<context>
    <name>Tomahawk::Accounts::GoogleWrapperSip</name>
    <message>
        <location filename="../src/accounts/google/GoogleWrapper.cpp" line="61"/>
        <source>Enter Google Address</source>
        <translation>Googleのアドレスを入力</translation>
    </message>
    <message>
        <location filename="../src/accounts/google/GoogleWrapper.cpp" line="69"/>
        <source>Add Friend</source>
        <translation>友達を追加</translation>
    </message>
    <message>
        <location filename="../src/accounts/google/GoogleWrapper.cpp" line="70"/>
        <source>Enter Google Address:</source>
        <translation>Googleのアドレスを入力:</translation>
    </message>
</context>
<context>
    <name>Tomahawk::Accounts::HatchetAccountConfig</name>
    <message>
        <location filename="../src/accounts/hatchet/account/HatchetAccountConfig.cpp" line="128"/>
        <source>Logged in as: %1</source>
        <translation>%1としてログイン済み</translation>
    </message>
    <message>
        <location filename="../src/accounts/hatchet/account/HatchetAccountConfig.cpp" line="134"/>
        <source>Log out</source>
        <translation>ログアウト</translation>
    </message>
    <message>
        <location filename="../src/accounts/hatchet/account/HatchetAccountConfig.cpp" line="156"/>
        <source>Log in</source>
        <translation>ログイン</translation>
    </message>
    <message>
        <location filename="../src/accounts/hatchet/account/HatchetAccountConfig.cpp" line="181"/>
        <source>Continue</source>
        <translation>次へ</translation>
    </message>
</context>
<context>
    <name>Tomahawk::Accounts::HatchetAccountFactory</name>
    <message>
        <location filename="../src/accounts/hatchet/account/HatchetAccount.h" line="51"/>
        <source>Connect to Hatchet to capture your playback data, sync your playlists to Android and more.</source>
        <translation>Hatchetに接続して、再生データを取り込みやAndroidにプレイリストを同期等する。</translation>
    </message>
</context>
<context>
    <name>Tomahawk::Accounts::LastFmAccountFactory</name>
    <message>
        <location filename="../src/libtomahawk/accounts/lastfm/LastFmAccount.h" line="52"/>
        <source>Scrobble your tracks to last.fm, and find freely downloadable tracks to play</source>
        <translation>Last.fmにトラックをscrobbleして、無料ダウンロードのトラックを探して再生する</translation>
    </message>
</context>
<context>
    <name>Tomahawk::Accounts::LastFmConfig</name>
    <message>
        <location filename="../src/libtomahawk/accounts/lastfm/LastFmConfig.cpp" line="99"/>
        <source>Testing...</source>
        <translation>試験用接続...</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/accounts/lastfm/LastFmConfig.cpp" line="121"/>
        <source>Test Login</source>
        <translation>ログインを試用</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/accounts/lastfm/LastFmConfig.cpp" line="131"/>
        <source>Importing %1</source>
        <comment>e.g. Importing 2012/01/01</comment>
        <translation>%1をインポート</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/accounts/lastfm/LastFmConfig.cpp" line="134"/>
        <source>Importing History...</source>
        <translation>履歴をインポート中...</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/accounts/lastfm/LastFmConfig.cpp" line="203"/>
        <source>History Incomplete. Resume</source>
        <extracomment>Text on a button that resumes import</extracomment>
        <translation>不完全履歴。回復</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/accounts/lastfm/LastFmConfig.cpp" line="208"/>
        <source>Playback History Imported</source>
        <translation>再生履歴インポート完了</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/accounts/lastfm/LastFmConfig.cpp" line="231"/>
        <location filename="../src/libtomahawk/accounts/lastfm/LastFmConfig.cpp" line="247"/>
        <source>Failed</source>
        <translation>失敗しました</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/accounts/lastfm/LastFmConfig.cpp" line="236"/>
        <source>Success</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/accounts/lastfm/LastFmConfig.cpp" line="253"/>
        <source>Could not contact server</source>
        <translation>サーバーに接続できませんでした</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/accounts/lastfm/LastFmConfig.cpp" line="267"/>
        <source>Synchronizing...</source>
        <translation>同期中...</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/accounts/lastfm/LastFmConfig.cpp" line="431"/>
        <source>Synchronization Finished</source>
        <translation>同期完了</translation>
    </message>
</context>
<context>
    <name>Tomahawk::Accounts::ResolverAccountFactory</name>
    <message>
        <location filename="../src/libtomahawk/accounts/ResolverAccount.cpp" line="119"/>
        <source>Resolver installation error: cannot open bundle.</source>
        <translation>リゾールバーのインストールエラー: バンドルを開けませんでした。</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/accounts/ResolverAccount.cpp" line="125"/>
        <source>Resolver installation error: incomplete bundle.</source>
        <translation>リゾールバーのインストールエラー: バンドルが未完成です。</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/accounts/ResolverAccount.cpp" line="163"/>
        <source>Resolver installation error: bad metadata in bundle.</source>
        <translation>リゾールバーのインストールエラー: バンドルに不良メタデータがあります。</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/accounts/ResolverAccount.cpp" line="199"/>
        <source>Resolver installation error: platform mismatch.</source>
        <translation>リゾールバーのインストールエラー: プラットフォームの不一致</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/accounts/ResolverAccount.cpp" line="211"/>
        <source>Resolver installation error: Tomahawk %1 or newer is required.</source>
        <translation>リゾールバーのインストールエラー: トマホーク %1以降が必要です。</translation>
    </message>
</context>
<context>
    <name>Tomahawk::Accounts::SpotifyAccount</name>
    <message>
        <location filename="../src/libtomahawk/accounts/spotify/SpotifyAccount.cpp" line="520"/>
        <source>Sync with Spotify</source>
        <translation>Spotifyと同期する</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/accounts/spotify/SpotifyAccount.cpp" line="524"/>
        <source>Re-enable syncing with Spotify</source>
        <translation>Spotifyとの同期を再び有効にする</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/accounts/spotify/SpotifyAccount.cpp" line="532"/>
        <source>Create local copy</source>
        <translation>ローカルのコピーを作成</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/accounts/spotify/SpotifyAccount.cpp" line="548"/>
        <source>Subscribe to playlist changes</source>
        <translation>プレイリストの変更フィードに登録する</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/accounts/spotify/SpotifyAccount.cpp" line="552"/>
        <source>Re-enable playlist subscription</source>
        <translation>再びプレイリストのフィードに登録する</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/accounts/spotify/SpotifyAccount.cpp" line="556"/>
        <source>Stop subscribing to changes</source>
        <translation>変更フィードの登録を解除</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/accounts/spotify/SpotifyAccount.cpp" line="576"/>
        <source>Enable Spotify collaborations</source>
        <translation>Spotifyのコラボレーションを有効にする</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/accounts/spotify/SpotifyAccount.cpp" line="578"/>
        <source>Disable Spotify collaborations</source>
        <translation>Spotifyのコラボレーションを無効にする</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/accounts/spotify/SpotifyAccount.cpp" line="534"/>
        <source>Stop syncing with Spotify</source>
        <translation>Spotifyとの同期を解除</translation>
    </message>
</context>
<context>
    <name>Tomahawk::Accounts::SpotifyAccountConfig</name>
    <message>
        <location filename="../src/libtomahawk/accounts/spotify/SpotifyAccountConfig.cpp" line="202"/>
        <source>Logging in...</source>
        <translation>ログイン中...</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/accounts/spotify/SpotifyAccountConfig.cpp" line="239"/>
        <source>Failed: %1</source>
        <translation>失敗しました: %1</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/accounts/spotify/SpotifyAccountConfig.cpp" line="282"/>
        <source>Logged in as %1</source>
        <translation>%1としてログイン済み</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/accounts/spotify/SpotifyAccountConfig.cpp" line="284"/>
        <source>Log Out</source>
        <translation>ログアウト</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/accounts/spotify/SpotifyAccountConfig.cpp" line="302"/>
        <location filename="../src/libtomahawk/accounts/spotify/SpotifyAccountConfig.cpp" line="314"/>
        <source>Log In</source>
        <translation>ログイン</translation>
    </message>
</context>
<context>
    <name>Tomahawk::Accounts::SpotifyAccountFactory</name>
    <message>
        <location filename="../src/libtomahawk/accounts/spotify/SpotifyAccount.h" line="71"/>
        <source>Play music from and sync your playlists with Spotify Premium</source>
        <translation>Spotify Premiumのアカウントを使って、音楽の再生とプレイリストの同期ができます</translation>
    </message>
</context>
<context>
    <name>Tomahawk::Accounts::TelepathyConfigStorage</name>
    <message>
        <location filename="../src/libtomahawk/accounts/configstorage/telepathy/TelepathyConfigStorage.cpp" line="79"/>
        <source>the KDE instant messaging framework</source>
        <translation>KDEのインスタントメッセージフレームワーク</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/accounts/configstorage/telepathy/TelepathyConfigStorage.cpp" line="96"/>
        <source>KDE Instant Messaging Accounts</source>
        <translation>KDEのインスタントメッセージのアカウント</translation>
    </message>
</context>
<context>
    <name>Tomahawk::Accounts::XmppAccountFactory</name>
    <message>
        <location filename="../src/accounts/xmpp/XmppAccount.h" line="53"/>
        <source>Login to connect to your Jabber/XMPP contacts that also use %applicationName.</source>
        <translation>ログインして、%applicationNameを使用しているJabber/XMPPの連絡先に接続します。</translation>
    </message>
</context>
<context>
    <name>Tomahawk::Accounts::XmppConfigWidget</name>
    <message>
        <location filename="../src/accounts/xmpp/XmppConfigWidget.cpp" line="73"/>
        <source>Account provided by %1.</source>
        <translation>%1を提供しているアカウント。</translation>
    </message>
    <message>
        <location filename="../src/accounts/xmpp/XmppConfigWidget.cpp" line="157"/>
        <source>You forgot to enter your username!</source>
        <translation>ユーザーネームの入力をお忘れではありませんか？</translation>
    </message>
    <message>
        <location filename="../src/accounts/xmpp/XmppConfigWidget.cpp" line="165"/>
        <source>Your Xmpp Id should look like an email address</source>
        <translation>Xmpp Idはメールアドレスの様に入力して下さい</translation>
    </message>
    <message>
        <location filename="../src/accounts/xmpp/XmppConfigWidget.cpp" line="171"/>
        <source>

Example:
username@jabber.org</source>
        <translation>

例：
username@jabber.org</translation>
    </message>
</context>
<context>
    <name>Tomahawk::Accounts::ZeroconfAccount</name>
    <message>
        <location filename="../src/accounts/zeroconf/ZeroconfAccount.cpp" line="63"/>
        <location filename="../src/accounts/zeroconf/ZeroconfAccount.cpp" line="64"/>
        <source>Local Network</source>
        <translation>ローカルネットワーク</translation>
    </message>
</context>
<context>
    <name>Tomahawk::Accounts::ZeroconfFactory</name>
    <message>
        <location filename="../src/accounts/zeroconf/ZeroconfAccount.h" line="45"/>
        <source>Local Network</source>
        <translation>ローカルネットワーク</translation>
    </message>
    <message>
        <location filename="../src/accounts/zeroconf/ZeroconfAccount.h" line="46"/>
        <source>Automatically connect to Tomahawk users on the same local network.</source>
        <translation>ローカルネットワーク上のTomahawkユーザーと自動接続する</translation>
    </message>
</context>
<context>
    <name>Tomahawk::Collection</name>
    <message>
        <location filename="../src/libtomahawk/collection/Collection.cpp" line="87"/>
        <location filename="../src/libtomahawk/collection/Collection.cpp" line="101"/>
        <source>Collection</source>
        <translation>コレクション</translation>
    </message>
</context>
<context>
    <name>Tomahawk::ContextMenu</name>
    <message>
        <location filename="../src/libtomahawk/ContextMenu.cpp" line="127"/>
        <source>&amp;Play</source>
        <translation>再生</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/ContextMenu.cpp" line="130"/>
        <source>Download</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/ContextMenu.cpp" line="133"/>
        <location filename="../src/libtomahawk/ContextMenu.cpp" line="275"/>
        <location filename="../src/libtomahawk/ContextMenu.cpp" line="326"/>
        <source>Add to &amp;Queue</source>
        <translation>キューに追加</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/ContextMenu.cpp" line="146"/>
        <source>Add to &amp;Playlist</source>
        <translation>プレイリストに追加する</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/ContextMenu.cpp" line="167"/>
        <source>Send to &amp;Friend</source>
        <translation>友達に送信</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/ContextMenu.cpp" line="181"/>
        <source>Continue Playback after this &amp;Track</source>
        <translation>このトラックの再生後、再生を続く</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/ContextMenu.cpp" line="183"/>
        <source>Stop Playback after this &amp;Track</source>
        <translation>このトラックの再生後、再生を停止する</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/ContextMenu.cpp" line="190"/>
        <location filename="../src/libtomahawk/ContextMenu.cpp" line="494"/>
        <source>&amp;Love</source>
        <translation>&amp;Love</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/ContextMenu.cpp" line="204"/>
        <source>View Similar Tracks to &quot;%1&quot;</source>
        <translation>&quot;%1&quot;に似ているトラックを表示</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/ContextMenu.cpp" line="283"/>
        <location filename="../src/libtomahawk/ContextMenu.cpp" line="334"/>
        <source>&amp;Go to &quot;%1&quot;</source>
        <translation>%1に移動</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/ContextMenu.cpp" line="209"/>
        <location filename="../src/libtomahawk/ContextMenu.cpp" line="213"/>
        <location filename="../src/libtomahawk/ContextMenu.cpp" line="286"/>
        <source>Go to &quot;%1&quot;</source>
        <translation>%1に移動</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/ContextMenu.cpp" line="219"/>
        <source>&amp;Copy Track Link</source>
        <translation>トラックリンクをコピー</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/ContextMenu.cpp" line="239"/>
        <source>Mark as &amp;Listened</source>
        <translation>聴取済みに登録</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/ContextMenu.cpp" line="243"/>
        <source>&amp;Remove Items</source>
        <translation>項目を削除</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/ContextMenu.cpp" line="243"/>
        <source>&amp;Remove Item</source>
        <translation>項目を削除</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/ContextMenu.cpp" line="294"/>
        <source>Copy Album &amp;Link</source>
        <translation>アルバムリンクをコピー</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/ContextMenu.cpp" line="342"/>
        <source>Copy Artist &amp;Link</source>
        <translation>アーティストリンクをコピー</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/ContextMenu.cpp" line="489"/>
        <source>Un-&amp;Love</source>
        <translation>Loveじゃないトラック</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/ContextMenu.cpp" line="222"/>
        <source>Properties...</source>
        <translation>情報...</translation>
    </message>
</context>
<context>
    <name>Tomahawk::DatabaseCommand_AllAlbums</name>
    <message>
        <location filename="../src/libtomahawk/database/DatabaseCommand_AllAlbums.cpp" line="119"/>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
</context>
<context>
    <name>Tomahawk::DropJobNotifier</name>
    <message>
        <location filename="../src/libtomahawk/utils/DropJobNotifier.cpp" line="73"/>
        <source>playlist</source>
        <translation>プレイリスト</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/utils/DropJobNotifier.cpp" line="76"/>
        <source>artist</source>
        <translation>アーティスト</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/utils/DropJobNotifier.cpp" line="79"/>
        <source>track</source>
        <translation>トラック</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/utils/DropJobNotifier.cpp" line="82"/>
        <source>album</source>
        <translation>アルバム</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/utils/DropJobNotifier.cpp" line="105"/>
        <source>Fetching %1 from database</source>
        <translation>%1をデータベースから取得中</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/utils/DropJobNotifier.cpp" line="109"/>
        <source>Parsing %1 %2</source>
        <translation>%1 %2 を解析中</translation>
    </message>
</context>
<context>
    <name>Tomahawk::DynamicControlList</name>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/widgets/DynamicControlList.cpp" line="84"/>
        <source>Save Settings</source>
        <translation>設定を保存</translation>
    </message>
</context>
<context>
    <name>Tomahawk::DynamicModel</name>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/DynamicModel.cpp" line="173"/>
        <location filename="../src/libtomahawk/playlist/dynamic/DynamicModel.cpp" line="302"/>
        <source>Could not find a playable track.

Please change the filters or try again.</source>
        <translation>再生できるトラックが見つかりませんでした。

フィルターを変更して、もう一度お試し下さい。</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/DynamicModel.cpp" line="231"/>
        <source>Failed to generate preview with the desired filters</source>
        <translation>指定したフィルタに一致するプレビューが作成出来ませんでした</translation>
    </message>
</context>
<context>
    <name>Tomahawk::DynamicSetupWidget</name>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/widgets/DynamicSetupWidget.cpp" line="53"/>
        <source>Type:</source>
        <translation>入力:</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/widgets/DynamicSetupWidget.cpp" line="67"/>
        <source>Generate</source>
        <translation>作成</translation>
    </message>
</context>
<context>
    <name>Tomahawk::DynamicView</name>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/DynamicView.cpp" line="146"/>
        <source>Add some filters above to seed this station!</source>
        <translation>フィルターを追加して、ステーションを始めましょう！</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/DynamicView.cpp" line="151"/>
        <source>Press Generate to get started!</source>
        <translation>始めに、Generateを押して下さい</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/DynamicView.cpp" line="153"/>
        <source>Add some filters above, and press Generate to get started!</source>
        <translation>始めに、上にフィルターを追加して、Generateを押して下さい</translation>
    </message>
</context>
<context>
    <name>Tomahawk::DynamicWidget</name>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/widgets/DynamicWidget.cpp" line="479"/>
        <source>Station ran out of tracks!

Try tweaking the filters for a new set of songs to play.</source>
        <translation>ステーションのトラックは終了しました！

フィルターを変更すると、新しい曲リストを作りましょう</translation>
    </message>
</context>
<context>
    <name>Tomahawk::EchonestControl</name>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="165"/>
        <source>Similar To</source>
        <translation>似た項目</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="166"/>
        <source>Limit To</source>
        <translation>制限</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="170"/>
        <source>Artist name</source>
        <translation>アーティスト名</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="193"/>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="266"/>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="289"/>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="376"/>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="397"/>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="468"/>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="491"/>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="516"/>
        <source>is</source>
        <translation>が</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="214"/>
        <source>from user</source>
        <translation>のユーザーが</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="223"/>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="765"/>
        <source>No users with Echo Nest Catalogs enabled. Try enabling option in Collection settings</source>
        <translation>Echo Nestのカタログを有効にしているユーザーがいません。コレクションの設定で有効にしてみて下さい。</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="244"/>
        <source>similar to</source>
        <translation>に似ている:</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="246"/>
        <source>Enter any combination of song name and artist here...</source>
        <translation>曲名やアーティスト名を自由に入力して下さい</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="267"/>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="290"/>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="332"/>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="338"/>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="344"/>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="350"/>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="356"/>
        <source>Less</source>
        <translation>小</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="267"/>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="290"/>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="332"/>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="338"/>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="344"/>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="350"/>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="356"/>
        <source>More</source>
        <translation>大</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="313"/>
        <source>0 BPM</source>
        <translation>０BPM</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="313"/>
        <source>500 BPM</source>
        <translation>500 BPM</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="319"/>
        <source>0 secs</source>
        <translation>0秒</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="319"/>
        <source>3600 secs</source>
        <translation>3600秒</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="325"/>
        <source>-100 dB</source>
        <translation>-100dB</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="325"/>
        <source>100 dB</source>
        <translation>100dB</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="362"/>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="369"/>
        <source>-180%1</source>
        <translation>-180%1</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="362"/>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="369"/>
        <source>180%1</source>
        <translation>180%1</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="378"/>
        <source>Major</source>
        <translation>長調</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="379"/>
        <source>Minor</source>
        <translation>短調</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="399"/>
        <source>C</source>
        <translation>ハ調</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="400"/>
        <source>C Sharp</source>
        <translation>嬰ハ調</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="401"/>
        <source>D</source>
        <translation>ニ調</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="402"/>
        <source>E Flat</source>
        <translation>変ホ調</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="403"/>
        <source>E</source>
        <translation>ホ調</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="404"/>
        <source>F</source>
        <translation>ヘ調</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="405"/>
        <source>F Sharp</source>
        <translation>嬰ヘ</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="406"/>
        <source>G</source>
        <translation>ト調</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="407"/>
        <source>A Flat</source>
        <translation>変イ</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="408"/>
        <source>A</source>
        <translation>イ</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="409"/>
        <source>B Flat</source>
        <translation>変ロ</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="410"/>
        <source>B</source>
        <translation>ロ</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="429"/>
        <source>Ascending</source>
        <translation>上昇音階</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="430"/>
        <source>Descending</source>
        <translation>下降音階</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="433"/>
        <source>Tempo</source>
        <translation>テンポ</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="434"/>
        <source>Duration</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="435"/>
        <source>Loudness</source>
        <translation>音量</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="436"/>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="986"/>
        <source>Artist Familiarity</source>
        <translation>アーティストの人気度</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="437"/>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="985"/>
        <source>Artist Hotttnesss</source>
        <translation>アーティストのHotttnesss</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="438"/>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="986"/>
        <source>Song Hotttnesss</source>
        <translation>曲のHotttnesss</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="439"/>
        <source>Latitude</source>
        <translation>緯度</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="440"/>
        <source>Longitude</source>
        <translation>経度</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="441"/>
        <source>Mode</source>
        <translation>モード</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="442"/>
        <source>Key</source>
        <translation>調</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="443"/>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="985"/>
        <source>Energy</source>
        <translation>エネルギー</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="444"/>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="984"/>
        <source>Danceability</source>
        <translation>踊れる</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="492"/>
        <source>is not</source>
        <translation>ではない</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="495"/>
        <source>Studio</source>
        <comment>Song type: The song was recorded in a studio.</comment>
        <translation>スタジオ</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="496"/>
        <source>Live</source>
        <comment>Song type: The song was a life performance.</comment>
        <translation>ライブ</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="497"/>
        <source>Acoustic</source>
        <comment>Song type</comment>
        <translation>アコースティック</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="498"/>
        <source>Electric</source>
        <comment>Song type</comment>
        <translation>エレクトリック</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="499"/>
        <source>Christmas</source>
        <comment>Song type: A christmas song</comment>
        <translation>クリスマス</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="519"/>
        <source>Focused</source>
        <comment>Distribution: Songs that are tightly clustered around the seeds</comment>
        <translation>注目</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="520"/>
        <source>Wandering</source>
        <comment>Distribution: Songs from a broader range of artists</comment>
        <translation>ワンダリング</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="536"/>
        <source>Classics</source>
        <comment>Genre preset: songs intended to introduce the genre to a novice listener</comment>
        <translation>クラシック</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="537"/>
        <source>Popular</source>
        <comment>Genre preset: most popular songs being played in the genre today</comment>
        <translation>ポピュラー</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="538"/>
        <source>Emerging</source>
        <comment>Genre preset: songs that are more popular than expected, but which are unfamiliar to most listeners</comment>
        <translation>エマージング</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="541"/>
        <source>Best</source>
        <comment>Genre preset: optimal collection of songs</comment>
        <translation>ベスト</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="542"/>
        <source>Mix</source>
        <comment>Genre preset: a varying collection of songs</comment>
        <translation>ミックス</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="569"/>
        <source>At Least</source>
        <translation>最低</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="570"/>
        <source>At Most</source>
        <translation>最高</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="953"/>
        <source>only by ~%1</source>
        <translation>~%1のみ</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="955"/>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="982"/>
        <source>similar to ~%1</source>
        <translation>~%1に似てる</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="959"/>
        <source>with genre ~%1</source>
        <translation>ジャンルは~%1</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="967"/>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="978"/>
        <source>from no one</source>
        <translation>ソース不明</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="971"/>
        <source>You</source>
        <translation>あなた</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="972"/>
        <source>from my radio</source>
        <translation>マイラジオから</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="974"/>
        <source>from %1 radio</source>
        <translation>%1ラジオから</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="984"/>
        <source>Variety</source>
        <translation>多様</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="987"/>
        <source>Adventurousness</source>
        <translation>大胆さ</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="993"/>
        <source>very low</source>
        <translation>極小</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="995"/>
        <source>low</source>
        <translation>小</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="997"/>
        <source>moderate</source>
        <translation>並</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="999"/>
        <source>high</source>
        <translation>大</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="1001"/>
        <source>very high</source>
        <translation>極大</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="1002"/>
        <source>with %1 %2</source>
        <translation>%1は%2で</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="1006"/>
        <source>about %1 BPM</source>
        <translation>BPMは約%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="1010"/>
        <source>about %n minute(s) long</source>
        <translation><numerusform>約%n分</numerusform></translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="1014"/>
        <source>about %1 dB</source>
        <translation>約%1dB</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="1018"/>
        <source>at around %1%2 %3</source>
        <translation>%1%2 %3の近くに</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="1025"/>
        <source>in %1</source>
        <translation>%1に</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="1032"/>
        <source>in a %1 key</source>
        <translation>%1調に</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="1044"/>
        <source>sorted in %1 %2 order</source>
        <translation>%1 %2順にソートされて</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="1051"/>
        <source>with a %1 mood</source>
        <translation>%1のムードで</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="1058"/>
        <source>in a %1 style</source>
        <translation>%1のスタイルで</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="1065"/>
        <source>where genre is %1</source>
        <translation>ジャンルは~%1</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="1078"/>
        <source>where song type is %1</source>
        <translation>曲の種類は%1</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="1080"/>
        <source>where song type is not %1</source>
        <translation>曲の種類は%1ではない</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="1088"/>
        <source>with a %1 distribution</source>
        <translation>%1の配分で</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="1100"/>
        <source>preset to %1 collection of %2 genre songs</source>
        <translation>%2 ジャンルの曲 %1 コレクションにプリセット</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="1102"/>
        <source>an optimal</source>
        <translation>最適</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="1104"/>
        <source>a mixed</source>
        <translation>ミックス</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="1108"/>
        <source>classic</source>
        <translation>クラシック</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="1113"/>
        <source>popular</source>
        <translation>ポピュラー</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestControl.cpp" line="1115"/>
        <source>emerging</source>
        <translation>エマージング</translation>
    </message>
</context>
<context>
    <name>Tomahawk::GroovesharkParser</name>
    <message>
        <location filename="../src/libtomahawk/utils/GroovesharkParser.cpp" line="239"/>
        <source>Error fetching Grooveshark information from the network!</source>
        <translation>Grooveshark情報が取得されませんでした！</translation>
    </message>
</context>
<context>
    <name>Tomahawk::InfoSystem::ChartsPlugin</name>
    <message>
        <location filename="../src/infoplugins/generic/charts/ChartsPlugin.cpp" line="578"/>
        <source>Artists</source>
        <translation>アーティスト</translation>
    </message>
    <message>
        <location filename="../src/infoplugins/generic/charts/ChartsPlugin.cpp" line="580"/>
        <source>Albums</source>
        <translation>アルバム</translation>
    </message>
    <message>
        <location filename="../src/infoplugins/generic/charts/ChartsPlugin.cpp" line="582"/>
        <source>Tracks</source>
        <translation>トラック</translation>
    </message>
</context>
<context>
    <name>Tomahawk::InfoSystem::FdoNotifyPlugin</name>
    <message>
        <location filename="../src/infoplugins/linux/fdonotify/FdoNotifyPlugin.cpp" line="271"/>
        <source>on</source>
        <comment>'on' is followed by an album name</comment>
        <translation>に</translation>
    </message>
    <message>
        <location filename="../src/infoplugins/linux/fdonotify/FdoNotifyPlugin.cpp" line="274"/>
        <source>%1%4 %2%3.</source>
        <comment>%1 is a title, %2 is an artist and %3 is replaced by either the previous message or nothing, %4 is the preposition used to link track and artist ('by' in english)</comment>
        <translation>%1%4 %2%3.</translation>
    </message>
    <message>
        <location filename="../src/infoplugins/linux/fdonotify/FdoNotifyPlugin.cpp" line="215"/>
        <location filename="../src/infoplugins/linux/fdonotify/FdoNotifyPlugin.cpp" line="278"/>
        <source>by</source>
        <comment>preposition to link track and artist</comment>
        <translation>の</translation>
    </message>
    <message>
        <location filename="../src/infoplugins/linux/fdonotify/FdoNotifyPlugin.cpp" line="130"/>
        <source>The current track could not be resolved. %applicationName will pick back up with the next resolvable track from this source.</source>
        <translation>現在のトラックを解決できませんでした。%applicationNameはこのソースで次の解決可能なトラックをバックアップとして選択します。</translation>
    </message>
    <message>
        <location filename="../src/infoplugins/linux/fdonotify/FdoNotifyPlugin.cpp" line="138"/>
        <source>%applicationName is stopped.</source>
        <translation>%applicationNameは停止しました。</translation>
    </message>
    <message>
        <location filename="../src/infoplugins/linux/fdonotify/FdoNotifyPlugin.cpp" line="211"/>
        <source>%1 sent you
%2%4 %3.</source>
        <comment>%1 is a nickname, %2 is a title, %3 is an artist, %4 is the preposition used to link track and artist ('by' in english)</comment>
        <translation>%1が
%2%4 %3を送信しました。</translation>
    </message>
    <message>
        <location filename="../src/infoplugins/linux/fdonotify/FdoNotifyPlugin.cpp" line="222"/>
        <source>%1 sent you &quot;%2&quot; by %3.</source>
        <comment>%1 is a nickname, %2 is a title, %3 is an artist</comment>
        <translation>%3の「%2」を%1から受信しました。</translation>
    </message>
    <message>
        <location filename="../src/infoplugins/linux/fdonotify/FdoNotifyPlugin.cpp" line="287"/>
        <source>on &quot;%1&quot;</source>
        <comment>%1 is an album name</comment>
        <translation>- 「%1」</translation>
    </message>
    <message>
        <location filename="../src/infoplugins/linux/fdonotify/FdoNotifyPlugin.cpp" line="289"/>
        <source>&quot;%1&quot; by %2%3.</source>
        <comment>%1 is a title, %2 is an artist and %3 is replaced by either the previous message or nothing</comment>
        <translation>%2%3の「%1」</translation>
    </message>
    <message>
        <location filename="../src/infoplugins/linux/fdonotify/FdoNotifyPlugin.cpp" line="314"/>
        <source>%applicationName - Now Playing</source>
        <translation>%applicationName - 再生中</translation>
    </message>
</context>
<context>
    <name>Tomahawk::InfoSystem::LastFmInfoPlugin</name>
    <message>
        <location filename="../src/libtomahawk/accounts/lastfm/LastFmInfoPlugin.cpp" line="461"/>
        <source>Top Tracks</source>
        <translation>トップトラック</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/accounts/lastfm/LastFmInfoPlugin.cpp" line="464"/>
        <source>Loved Tracks</source>
        <translation>Love トラック</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/accounts/lastfm/LastFmInfoPlugin.cpp" line="467"/>
        <source>Hyped Tracks</source>
        <translation>ハイプトラック</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/accounts/lastfm/LastFmInfoPlugin.cpp" line="473"/>
        <source>Top Artists</source>
        <translation>トップアーティスト</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/accounts/lastfm/LastFmInfoPlugin.cpp" line="476"/>
        <source>Hyped Artists</source>
        <translation>ハイプアーティスト</translation>
    </message>
</context>
<context>
    <name>Tomahawk::InfoSystem::NewReleasesPlugin</name>
    <message>
        <location filename="../src/infoplugins/generic/newreleases/NewReleasesPlugin.cpp" line="602"/>
        <source>Albums</source>
        <translation>アルバム</translation>
    </message>
</context>
<context>
    <name>Tomahawk::InfoSystem::SnoreNotifyPlugin</name>
    <message>
        <location filename="../src/infoplugins/generic/snorenotify/SnoreNotifyPlugin.cpp" line="87"/>
        <source>Notify User</source>
        <translation>ユーザーを通知</translation>
    </message>
    <message>
        <location filename="../src/infoplugins/generic/snorenotify/SnoreNotifyPlugin.cpp" line="88"/>
        <source>Now Playing</source>
        <translation>再生中</translation>
    </message>
    <message>
        <location filename="../src/infoplugins/generic/snorenotify/SnoreNotifyPlugin.cpp" line="89"/>
        <source>Unresolved track</source>
        <translation>リゾールブ出来なかったトラック</translation>
    </message>
    <message>
        <location filename="../src/infoplugins/generic/snorenotify/SnoreNotifyPlugin.cpp" line="90"/>
        <source>Playback Stopped</source>
        <translation>再生が停止しました</translation>
    </message>
    <message>
        <location filename="../src/infoplugins/generic/snorenotify/SnoreNotifyPlugin.cpp" line="91"/>
        <source>You received a Song recommendation</source>
        <translation>曲の推薦を受信しました</translation>
    </message>
    <message>
        <location filename="../src/infoplugins/generic/snorenotify/SnoreNotifyPlugin.cpp" line="124"/>
        <source>The current track could not be resolved. %applicationName will pick back up with the next resolvable track from this source.</source>
        <translation>現在のトラックを解決できませんでした。%applicationNameはこのソースで次の解決可能なトラックをバックアップとして選択します。</translation>
    </message>
    <message>
        <location filename="../src/infoplugins/generic/snorenotify/SnoreNotifyPlugin.cpp" line="132"/>
        <source>%applicationName stopped playback.</source>
        <translation>%applicationNameは再生を停止しました。</translation>
    </message>
    <message>
        <location filename="../src/infoplugins/generic/snorenotify/SnoreNotifyPlugin.cpp" line="202"/>
        <source>on</source>
        <comment>'on' is followed by an album name</comment>
        <translation>に</translation>
    </message>
    <message>
        <location filename="../src/infoplugins/generic/snorenotify/SnoreNotifyPlugin.cpp" line="204"/>
        <source>%1%4 %2%3.</source>
        <comment>%1 is a title, %2 is an artist and %3 is replaced by either the previous message or nothing, %4 is the preposition used to link track and artist ('by' in english)</comment>
        <translation>%1%4 %2%3.</translation>
    </message>
    <message>
        <location filename="../src/infoplugins/generic/snorenotify/SnoreNotifyPlugin.cpp" line="208"/>
        <location filename="../src/infoplugins/generic/snorenotify/SnoreNotifyPlugin.cpp" line="270"/>
        <source>by</source>
        <comment>preposition to link track and artist</comment>
        <translation>-</translation>
    </message>
    <message>
        <location filename="../src/infoplugins/generic/snorenotify/SnoreNotifyPlugin.cpp" line="217"/>
        <source>on &quot;%1&quot;</source>
        <comment>%1 is an album name</comment>
        <translation>- 「%1」</translation>
    </message>
    <message>
        <location filename="../src/infoplugins/generic/snorenotify/SnoreNotifyPlugin.cpp" line="219"/>
        <source>&quot;%1&quot; by %2%3.</source>
        <comment>%1 is a title, %2 is an artist and %3 is replaced by either the previous message or nothing</comment>
        <translation>%2%3の「%1」</translation>
    </message>
    <message>
        <location filename="../src/infoplugins/generic/snorenotify/SnoreNotifyPlugin.cpp" line="266"/>
        <source>%1 sent you
%2%4 %3.</source>
        <comment>%1 is a nickname, %2 is a title, %3 is an artist, %4 is the preposition used to link track and artist ('by' in english)</comment>
        <translation>%1が
%2%4 %3を送信しました。</translation>
    </message>
    <message>
        <location filename="../src/infoplugins/generic/snorenotify/SnoreNotifyPlugin.cpp" line="277"/>
        <source>%1 sent you &quot;%2&quot; by %3.</source>
        <comment>%1 is a nickname, %2 is a title, %3 is an artist</comment>
        <translation>%3の「%2」を%1から受信しました。</translation>
    </message>
</context>
<context>
    <name>Tomahawk::ItunesParser</name>
    <message>
        <location filename="../src/libtomahawk/utils/ItunesParser.cpp" line="182"/>
        <source>Error fetching iTunes information from the network!</source>
        <translation>iTunes情報が取得されませんでした！</translation>
    </message>
</context>
<context>
    <name>Tomahawk::JSPFLoader</name>
    <message>
        <location filename="../src/libtomahawk/utils/JspfLoader.cpp" line="150"/>
        <source>New Playlist</source>
        <translation>新規プレイリスト</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/utils/JspfLoader.cpp" line="176"/>
        <source>Failed to save tracks</source>
        <translation>トラックの保存に失敗しました。</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/utils/JspfLoader.cpp" line="176"/>
        <source>Some tracks in the playlist do not contain an artist and a title. They will be ignored.</source>
        <translation>プレイリストにアーティストもタイトルの無いトラックが見つかりました。この項目は無視されます。</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/utils/JspfLoader.cpp" line="201"/>
        <source>XSPF Error</source>
        <translation>XSPFエラー</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/utils/JspfLoader.cpp" line="201"/>
        <source>This is not a valid XSPF playlist.</source>
        <translation>このプレイリストは有利なXSPFプレイリストではありません。</translation>
    </message>
</context>
<context>
    <name>Tomahawk::JSResolver</name>
    <message>
        <location filename="../src/libtomahawk/resolvers/JSResolver.cpp" line="373"/>
        <source>Script Resolver Warning: API call %1 returned data synchronously.</source>
        <translation>スクリプトリゾルバーの警告: %1のAPI callが同期的にデーターをリターンしました。</translation>
    </message>
</context>
<context>
    <name>Tomahawk::LatchManager</name>
    <message>
        <location filename="../src/libtomahawk/LatchManager.cpp" line="96"/>
        <source>&amp;Catch Up</source>
        <translation>追いつける</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/LatchManager.cpp" line="133"/>
        <location filename="../src/libtomahawk/LatchManager.cpp" line="166"/>
        <source>&amp;Listen Along</source>
        <translation>共有聴取</translation>
    </message>
</context>
<context>
    <name>Tomahawk::LocalCollection</name>
    <message>
        <location filename="../src/libtomahawk/database/LocalCollection.cpp" line="42"/>
        <source>Your Collection</source>
        <translation>マイコレクション</translation>
    </message>
</context>
<context>
    <name>Tomahawk::RemoteCollection</name>
    <message>
        <location filename="../src/libtomahawk/network/RemoteCollection.cpp" line="36"/>
        <source>Collection of %1</source>
        <translation>%1のコレクション</translation>
    </message>
</context>
<context>
    <name>Tomahawk::ScriptCollection</name>
    <message>
        <location filename="../src/libtomahawk/resolvers/ScriptCollection.cpp" line="78"/>
        <source>%1 Collection</source>
        <comment>Name of a collection based on a script pluginsc, e.g. Subsonic Collection</comment>
        <translation>%1コレクション</translation>
    </message>
</context>
<context>
    <name>Tomahawk::ScriptEngine</name>
    <message>
        <location filename="../src/libtomahawk/resolvers/ScriptEngine.cpp" line="94"/>
        <source>Resolver Error: %1:%2 %3</source>
        <translation>リゾールバーのエラー: %1:%2 %3</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/resolvers/ScriptEngine.cpp" line="112"/>
        <source>SSL Error</source>
        <translation>SSLエラー</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/resolvers/ScriptEngine.cpp" line="113"/>
        <source>You have asked Tomahawk to connect securely to &lt;b&gt;%1&lt;/b&gt;, but we can&apos;t confirm that your connection is secure:&lt;br&gt;&lt;br&gt;&lt;b&gt;%2&lt;/b&gt;&lt;br&gt;&lt;br&gt;Do you want to trust this connection?</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;に安全に接続するように求めていますが、Tomahawkは接続の安全を確認できません:&lt;br&gt;&lt;br&gt;&lt;b&gt;%2&lt;/b&gt;&lt;br&gt;&lt;br&gt;接続を信頼しますか？</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/resolvers/ScriptEngine.cpp" line="120"/>
        <source>Trust certificate</source>
        <translation>証明書を信頼</translation>
    </message>
</context>
<context>
    <name>Tomahawk::ShortenedLinkParser</name>
    <message>
        <location filename="../src/libtomahawk/utils/ShortenedLinkParser.cpp" line="104"/>
        <source>Network error parsing shortened link!</source>
        <translation>短縮リンクの解析中にネットワークエラーが発生しました！</translation>
    </message>
</context>
<context>
    <name>Tomahawk::Source</name>
    <message>
        <location filename="../src/libtomahawk/Source.cpp" line="550"/>
        <source>Scanning (%L1 tracks)</source>
        <translation>スキャン中（%1L1トラック）</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/Source.cpp" line="535"/>
        <source>Checking</source>
        <translation>検査中</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/Source.cpp" line="540"/>
        <source>Syncing</source>
        <translation>同期中</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/Source.cpp" line="545"/>
        <source>Importing</source>
        <translation>インポート中</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/Source.cpp" line="735"/>
        <source>Saving (%1%)</source>
        <translation>保存中（%1%)</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/Source.cpp" line="822"/>
        <source>Online</source>
        <translation>オンライン</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/Source.cpp" line="826"/>
        <source>Offline</source>
        <translation>オフライン</translation>
    </message>
</context>
<context>
    <name>Tomahawk::SpotifyParser</name>
    <message>
        <location filename="../src/libtomahawk/utils/SpotifyParser.cpp" line="280"/>
        <source>Error fetching Spotify information from the network!</source>
        <translation>Spotify情報が取得されませんでした！</translation>
    </message>
</context>
<context>
    <name>Tomahawk::Track</name>
    <message>
        <location filename="../src/libtomahawk/Track.cpp" line="558"/>
        <source> and </source>
        <translation>と</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/Track.cpp" line="566"/>
        <source>You</source>
        <translation>あなた</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/Track.cpp" line="568"/>
        <source>you</source>
        <translation>あなた</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/Track.cpp" line="581"/>
        <source>and</source>
        <translation>と</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/libtomahawk/Track.cpp" line="581"/>
        <source>%n other(s)</source>
        <translation><numerusform>他に%n</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/libtomahawk/Track.cpp" line="584"/>
        <source>%n people</source>
        <translation><numerusform>%n人</numerusform></translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/Track.cpp" line="588"/>
        <source>loved this track</source>
        <translation>このトラックをLoveしました</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/Track.cpp" line="590"/>
        <source>sent you this track %1</source>
        <translation>%1と言うトラックを送信しました</translation>
    </message>
</context>
<context>
    <name>Tomahawk::Widgets::ChartsPage</name>
    <message>
        <location filename="../src/viewpages/charts/ChartsWidget.h" line="130"/>
        <source>Charts</source>
        <translation>チャート</translation>
    </message>
</context>
<context>
    <name>Tomahawk::Widgets::Dashboard</name>
    <message>
        <location filename="../src/viewpages/dashboard/Dashboard.h" line="96"/>
        <source>Feed</source>
        <translation>フィード</translation>
    </message>
    <message>
        <location filename="../src/viewpages/dashboard/Dashboard.h" line="97"/>
        <source>An overview of your friends&apos; recent activity</source>
        <translation>友達の最近行動の概要</translation>
    </message>
</context>
<context>
    <name>Tomahawk::Widgets::DashboardWidget</name>
    <message>
        <location filename="../src/viewpages/dashboard/Dashboard.cpp" line="78"/>
        <source>Recently Played Tracks</source>
        <translation>最近再生したトラック</translation>
    </message>
    <message>
        <location filename="../src/viewpages/dashboard/Dashboard.cpp" line="72"/>
        <source>Feed</source>
        <translation>フィード</translation>
    </message>
</context>
<context>
    <name>Tomahawk::Widgets::NetworkActivity</name>
    <message>
        <location filename="../src/viewpages/networkactivity/NetworkActivity.h" line="57"/>
        <source>Trending</source>
        <translation>トレンド</translation>
    </message>
    <message>
        <location filename="../src/viewpages/networkactivity/NetworkActivity.h" line="58"/>
        <source>What&apos;s hot amongst your friends</source>
        <translation>友達の中で流行っているもの</translation>
    </message>
</context>
<context>
    <name>Tomahawk::Widgets::NetworkActivityWidget</name>
    <message>
        <location filename="../src/viewpages/networkactivity/NetworkActivityWidget.cpp" line="71"/>
        <source>Charts</source>
        <translation>チャート</translation>
    </message>
    <message>
        <location filename="../src/viewpages/networkactivity/NetworkActivityWidget.cpp" line="82"/>
        <source>Last Week</source>
        <translation>先週</translation>
    </message>
    <message>
        <location filename="../src/viewpages/networkactivity/NetworkActivityWidget.cpp" line="88"/>
        <source>Loved Tracks</source>
        <translation>Love トラック</translation>
    </message>
    <message>
        <location filename="../src/viewpages/networkactivity/NetworkActivityWidget.cpp" line="90"/>
        <source>Top Loved</source>
        <translation>最もLove トラック</translation>
    </message>
    <message>
        <location filename="../src/viewpages/networkactivity/NetworkActivityWidget.cpp" line="93"/>
        <source>Recently Loved</source>
        <translation>最近Loveされたトラック</translation>
    </message>
    <message>
        <location filename="../src/viewpages/networkactivity/NetworkActivityWidget.cpp" line="108"/>
        <source>Sorry, we are still loading the charts.</source>
        <translation>チャートはまだ読み込み中。</translation>
    </message>
    <message>
        <location filename="../src/viewpages/networkactivity/NetworkActivityWidget.cpp" line="131"/>
        <source>Sorry, we couldn&apos;t find any trending tracks.</source>
        <translation>トレンドトラックが見つかりませんでした。</translation>
    </message>
    <message>
        <location filename="../src/viewpages/networkactivity/NetworkActivityWidget.cpp" line="79"/>
        <source>Last Month</source>
        <translation>先月</translation>
    </message>
    <message>
        <location filename="../src/viewpages/networkactivity/NetworkActivityWidget.cpp" line="76"/>
        <source>Last Year</source>
        <translation>去年</translation>
    </message>
    <message>
        <location filename="../src/viewpages/networkactivity/NetworkActivityWidget.cpp" line="73"/>
        <source>Overall</source>
        <translation>全体的に</translation>
    </message>
</context>
<context>
    <name>Tomahawk::Widgets::NewReleasesPage</name>
    <message>
        <location filename="../src/viewpages/newreleases/NewReleasesWidget.h" line="120"/>
        <source>New Releases</source>
        <translation>ニューリリース</translation>
    </message>
</context>
<context>
    <name>Tomahawk::Widgets::WhatsNew_0_8</name>
    <message>
        <location filename="../src/viewpages/whatsnew_0_8/WhatsNew_0_8.h" line="89"/>
        <source>What&apos;s new in 0.8?</source>
        <translation>v0.8のニュース</translation>
    </message>
    <message>
        <location filename="../src/viewpages/whatsnew_0_8/WhatsNew_0_8.h" line="90"/>
        <source>An overview of the changes and additions since 0.7.</source>
        <translation>v0.7からの変更の概要</translation>
    </message>
</context>
<context>
    <name>Tomahawk::XspfUpdater</name>
    <message>
        <location filename="../src/libtomahawk/playlist/XspfUpdater.cpp" line="60"/>
        <source>Automatically update from XSPF</source>
        <translation>XSPFから自動更新する</translation>
    </message>
</context>
<context>
    <name>TomahawkApp</name>
    <message>
        <location filename="../src/tomahawk/TomahawkApp.cpp" line="523"/>
        <source>You</source>
        <translation>あなた</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/TomahawkApp.cpp" line="611"/>
        <source>Tomahawk is updating the database. Please wait, this may take a minute!</source>
        <translation>トマホークがデータベースを更新中です。しばらくお待ち下さい。</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/TomahawkApp.cpp" line="618"/>
        <source>Tomahawk</source>
        <translation>トマホーク</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/TomahawkApp.cpp" line="729"/>
        <source>Updating database
</source>
        <translation>データベースを更新中
</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/TomahawkApp.cpp" line="736"/>
        <source>Updating database
%1</source>
        <translation>データベースを更新中
%1</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/TomahawkApp.cpp" line="786"/>
        <source>Automatically detecting external IP failed.</source>
        <translation>エキスターナルIPアドレスの自動検出が失敗しました。</translation>
    </message>
</context>
<context>
    <name>TomahawkSettings</name>
    <message>
        <location filename="../src/libtomahawk/TomahawkSettings.cpp" line="386"/>
        <source>Local Network</source>
        <translation>ローカルネットワーク</translation>
    </message>
</context>
<context>
    <name>TomahawkTrayIcon</name>
    <message>
        <location filename="../src/tomahawk/TomahawkTrayIcon.cpp" line="181"/>
        <source>&amp;Stop Playback after current Track</source>
        <translation>再生中トラックの再生後、再生を停止する</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/TomahawkTrayIcon.cpp" line="76"/>
        <location filename="../src/tomahawk/TomahawkTrayIcon.cpp" line="115"/>
        <source>Hide Tomahawk Window</source>
        <translation>Tomahawkのウインドウを隠す</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/TomahawkTrayIcon.cpp" line="120"/>
        <source>Show Tomahawk Window</source>
        <translation>Tomahawkのウインドウを表示</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/TomahawkTrayIcon.cpp" line="201"/>
        <source>Currently not playing.</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/TomahawkTrayIcon.cpp" line="262"/>
        <source>Play</source>
        <translation>再生</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/TomahawkTrayIcon.cpp" line="290"/>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/TomahawkTrayIcon.cpp" line="320"/>
        <source>&amp;Love</source>
        <translation>&amp;Love</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/TomahawkTrayIcon.cpp" line="328"/>
        <source>Un-&amp;Love</source>
        <translation>Un-&amp;Love</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/TomahawkTrayIcon.cpp" line="179"/>
        <source>&amp;Continue Playback after current Track</source>
        <translation>再生中トラックの再生後、再生を続く</translation>
    </message>
</context>
<context>
    <name>TomahawkWindow</name>
    <message>
        <location filename="../src/tomahawk/TomahawkWindow.ui" line="14"/>
        <source>Tomahawk</source>
        <translation>Tomahawk</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/TomahawkWindow.cpp" line="306"/>
        <location filename="../src/tomahawk/TomahawkWindow.cpp" line="597"/>
        <source>Back</source>
        <translation>プレイリスト</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/TomahawkWindow.cpp" line="361"/>
        <source>Go back one page</source>
        <translation>前のページ</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/TomahawkWindow.cpp" line="310"/>
        <source>Forward</source>
        <translation>次へ</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/TomahawkWindow.cpp" line="362"/>
        <source>Go forward one page</source>
        <translation>次のページ</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/TomahawkWindow.cpp" line="237"/>
        <location filename="../src/tomahawk/TomahawkWindow.cpp" line="1531"/>
        <source>Hide Menu Bar</source>
        <translation>メニューバーを隠す</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/TomahawkWindow.cpp" line="237"/>
        <location filename="../src/tomahawk/TomahawkWindow.cpp" line="1525"/>
        <source>Show Menu Bar</source>
        <translation>メニューバーを表示</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/TomahawkWindow.cpp" line="346"/>
        <source>&amp;Main Menu</source>
        <translation>メインメニュー</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/TomahawkWindow.cpp" line="604"/>
        <location filename="../src/tomahawk/TomahawkWindow.cpp" line="956"/>
        <location filename="../src/tomahawk/TomahawkWindow.cpp" line="968"/>
        <source>Play</source>
        <translation>再生</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/TomahawkWindow.cpp" line="610"/>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/TomahawkWindow.cpp" line="623"/>
        <location filename="../src/tomahawk/TomahawkWindow.cpp" line="1017"/>
        <location filename="../src/tomahawk/TomahawkWindow.cpp" line="1024"/>
        <source>Love</source>
        <translation>Love</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/TomahawkWindow.cpp" line="1012"/>
        <source>Unlove</source>
        <translation>Loveを取り消す</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/TomahawkWindow.cpp" line="1148"/>
        <source>Exit Full Screen</source>
        <translation>全画面表示を終了</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/TomahawkWindow.cpp" line="1166"/>
        <source>Enter Full Screen</source>
        <translation>全画面表示</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/TomahawkWindow.cpp" line="1245"/>
        <source>This is not a valid XSPF playlist.</source>
        <translation>このプレイリストは有利なXSPFプレイリストではありません。</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/TomahawkWindow.cpp" line="1249"/>
        <source>Some tracks in the playlist do not contain an artist and a title. They will be ignored.</source>
        <translation>プレイリストにアーティストもタイトルの無いトラックが見つかりました。この項目は無視されます。</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/TomahawkWindow.cpp" line="1261"/>
        <source>Failed to load JSPF playlist</source>
        <translation>JSPFプレイリストのロードに失敗しました</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/TomahawkWindow.cpp" line="1268"/>
        <source>Sorry, there is a problem accessing your audio device or the desired track, current track will be skipped.</source>
        <translation>オーディオデバイス、又は要求トラックをアクセスすることができませんでしたので、このトラックは無視されます。</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/TomahawkWindow.cpp" line="1277"/>
        <source>Station</source>
        <translation>ステーション</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/TomahawkWindow.cpp" line="1279"/>
        <source>Create New Station</source>
        <translation>新規ステーションを作成</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/TomahawkWindow.cpp" line="1279"/>
        <location filename="../src/tomahawk/TomahawkWindow.cpp" line="1314"/>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/TomahawkWindow.cpp" line="1312"/>
        <source>Playlist</source>
        <translation>プレイリスト</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/TomahawkWindow.cpp" line="1314"/>
        <source>Create New Playlist</source>
        <translation>新規プレイリストを作成</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/TomahawkWindow.cpp" line="947"/>
        <location filename="../src/tomahawk/TomahawkWindow.cpp" line="1345"/>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/TomahawkWindow.cpp" line="324"/>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/TomahawkWindow.cpp" line="1367"/>
        <source>&amp;Play</source>
        <translation>再生</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/TomahawkWindow.cpp" line="1399"/>
        <source>%1 by %2</source>
        <comment>track, artist name</comment>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/TomahawkWindow.cpp" line="1400"/>
        <source>%1 - %2</source>
        <comment>current track, some window title</comment>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/TomahawkWindow.cpp" line="1411"/>
        <source>&lt;h2&gt;&lt;b&gt;Tomahawk %1&lt;br/&gt;(%2)&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;&lt;b&gt;Tomahawk %1&lt;br/&gt;(%2)&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/TomahawkWindow.cpp" line="1415"/>
        <source>&lt;h2&gt;&lt;b&gt;Tomahawk %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;&lt;b&gt;Tomahawk %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/TomahawkWindow.cpp" line="1419"/>
        <source>Copyright 2010 - 2015</source>
        <translation>Copyright 2010 - 2015</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/TomahawkWindow.cpp" line="1420"/>
        <source>Thanks to:</source>
        <translation>Thanks to:</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/TomahawkWindow.cpp" line="1427"/>
        <source>About Tomahawk</source>
        <translation>Tomahawkについて</translation>
    </message>
</context>
<context>
    <name>TrackDetailView</name>
    <message>
        <location filename="../src/libtomahawk/playlist/TrackDetailView.cpp" line="79"/>
        <source>Marked as Favorite</source>
        <translation>お気に入りに登録済み</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/TrackDetailView.cpp" line="97"/>
        <source>Alternate Sources:</source>
        <translation>他のソース:</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/TrackDetailView.cpp" line="175"/>
        <source>Unknown Release-Date</source>
        <translation>不明なリリース日</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/TrackDetailView.cpp" line="266"/>
        <source>on %1</source>
        <translation>- %1</translation>
    </message>
</context>
<context>
    <name>TrackInfoWidget</name>
    <message>
        <location filename="../src/libtomahawk/viewpages/TrackViewPage.cpp" line="52"/>
        <source>Similar Tracks</source>
        <translation>似ているトラック</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/viewpages/TrackViewPage.cpp" line="53"/>
        <source>Sorry, but we could not find similar tracks for this song!</source>
        <translation>この曲に似ているトラックが見つかりませんでした。</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/viewpages/TrackViewPage.ui" line="60"/>
        <source>Top Hits</source>
        <translation>TOP HITS</translation>
    </message>
</context>
<context>
    <name>TrackView</name>
    <message>
        <location filename="../src/libtomahawk/playlist/TrackView.cpp" line="692"/>
        <source>Sorry, your filter &apos;%1&apos; did not match any results.</source>
        <translation>%1に一致する結果は見つかりませんでした。</translation>
    </message>
</context>
<context>
    <name>TransferStatusItem</name>
    <message>
        <location filename="../src/libtomahawk/jobview/TransferStatusItem.cpp" line="68"/>
        <source>from</source>
        <comment>streaming artist - track from friend</comment>
        <translation>から</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/jobview/TransferStatusItem.cpp" line="68"/>
        <source>to</source>
        <comment>streaming artist - track to friend</comment>
        <translation>へ</translation>
    </message>
</context>
<context>
    <name>Type selector</name>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestGenerator.cpp" line="77"/>
        <source>Artist</source>
        <translation>アーティスト</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestGenerator.cpp" line="77"/>
        <source>Artist Description</source>
        <translation>アーティストの内容</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestGenerator.cpp" line="78"/>
        <source>User Radio</source>
        <translation>ユーザーラジオ</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestGenerator.cpp" line="78"/>
        <source>Song</source>
        <translation>曲</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestGenerator.cpp" line="79"/>
        <source>Genre</source>
        <translation>ジャンル</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestGenerator.cpp" line="79"/>
        <source>Mood</source>
        <translation>ムード</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestGenerator.cpp" line="80"/>
        <source>Style</source>
        <translation>スタイル</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestGenerator.cpp" line="80"/>
        <source>Adventurousness</source>
        <translation>大胆さ</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestGenerator.cpp" line="81"/>
        <source>Variety</source>
        <translation>多様</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestGenerator.cpp" line="81"/>
        <source>Tempo</source>
        <translation>テンポ</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestGenerator.cpp" line="82"/>
        <source>Duration</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestGenerator.cpp" line="82"/>
        <source>Loudness</source>
        <translation>音量</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestGenerator.cpp" line="83"/>
        <source>Danceability</source>
        <translation>踊れる</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestGenerator.cpp" line="83"/>
        <source>Energy</source>
        <translation>エネルギー</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestGenerator.cpp" line="84"/>
        <source>Artist Familiarity</source>
        <translation>アーティストの人気度</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestGenerator.cpp" line="84"/>
        <source>Artist Hotttnesss</source>
        <translation>アーティストのHotttnesss</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestGenerator.cpp" line="85"/>
        <source>Song Hotttnesss</source>
        <translation>曲のHotttnesss</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestGenerator.cpp" line="85"/>
        <source>Longitude</source>
        <translation>経度</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestGenerator.cpp" line="86"/>
        <source>Latitude</source>
        <translation>緯度</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestGenerator.cpp" line="86"/>
        <source>Mode</source>
        <translation>モード</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestGenerator.cpp" line="87"/>
        <source>Key</source>
        <translation>調</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestGenerator.cpp" line="87"/>
        <source>Sorting</source>
        <translation>ソート順</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestGenerator.cpp" line="88"/>
        <source>Song Type</source>
        <translation>曲の種類</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestGenerator.cpp" line="88"/>
        <source>Distribution</source>
        <translation>配分</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/playlist/dynamic/echonest/EchonestGenerator.cpp" line="89"/>
        <source>Genre Preset</source>
        <translation>ジャンルプリセット</translation>
    </message>
</context>
<context>
    <name>ViewManager</name>
    <message>
        <location filename="../src/libtomahawk/ViewManager.cpp" line="83"/>
        <source>Inbox</source>
        <translation>受信箱</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/ViewManager.cpp" line="84"/>
        <source>Listening suggestions from your friends</source>
        <translation>友達からの曲のお進め</translation>
    </message>
</context>
<context>
    <name>WhatsNewWidget_0_8</name>
    <message>
        <location filename="../src/viewpages/whatsnew_0_8/WhatsNewWidget_0_8.ui" line="86"/>
        <source>WHAT&apos;S NEW</source>
        <translation>WHAT&apos;S NEW</translation>
    </message>
    <message>
        <location filename="../src/viewpages/whatsnew_0_8/WhatsNewWidget_0_8.ui" line="96"/>
        <source>If you are reading this it likely means you have already noticed the biggest change since our last release - a shiny new interface and design. New views, fonts, icons, header images and animations at every turn. Below you can find an overview of the functional changes and additions since 0.7 too:</source>
        <translation>あなたがこれを読んでいるということは、既に前回リリース以来の最大の変化に気づいていることでしょう - ピカピカの新しいインターフェースとデザイン。新しいビュー、フォント、アイコン、ヘッダー画像、およびアニメーション。以下で 0.7 以降の機能の変更および追加の概要を見ることができます。</translation>
    </message>
    <message>
        <location filename="../src/viewpages/whatsnew_0_8/WhatsNewWidget_0_8.ui" line="174"/>
        <source>Inbox</source>
        <translation>受信箱</translation>
    </message>
    <message>
        <location filename="../src/viewpages/whatsnew_0_8/WhatsNewWidget_0_8.ui" line="213"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Send tracks to your friends just by dragging it onto their avatar in the Tomahawk sidebar. Check out what your friends think you should listen to in your inbox.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;トマホークのサイドバーにある友達のアイコンにトラックをドラッグして、友達にトラックを送信する。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../src/viewpages/whatsnew_0_8/WhatsNewWidget_0_8.ui" line="230"/>
        <source>Universal Link Support</source>
        <translation>ユニバーサルリンクのサポート</translation>
    </message>
    <message>
        <location filename="../src/viewpages/whatsnew_0_8/WhatsNewWidget_0_8.ui" line="253"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Love that your friends and influencers are posting music links  but hate that they are links for music services you don&apos;t use? Just drag Rdio, Deezer, Beats or other music service URLs into your Tomahawk queue or playlists and have them automatically play from your preferred source.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;お友達や影響力のある人が音楽のリンクを掲示していることは好きだけど、あなたが使用しない音楽サービスへのリンクがあることが嫌ですか? Rdio、Deezer、Beats、または他の音楽サービスのURLを Tomahawk キューやプレイリストにドラッグするだけで、お好みのソースから自動的に再生します。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../src/viewpages/whatsnew_0_8/WhatsNewWidget_0_8.ui" line="270"/>
        <source>Beats Music</source>
        <translation>Beats Music</translation>
    </message>
    <message>
        <location filename="../src/viewpages/whatsnew_0_8/WhatsNewWidget_0_8.ui" line="296"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Beats Music (recently aquired by Apple) is now supported. This means that Beats Music subscribers can also benefit by resolving other music service links so they stream from their Beats Music account. Welcome aboard!&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Beats Music (最近アップルが取得) がサポートされるようになりました。これにより Beats Music の加入者が Beats Music アカウントからストリーミングして、他の音楽サービスのリンクを解決することによって利益を得ることもできます。ようこそ!&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../src/viewpages/whatsnew_0_8/WhatsNewWidget_0_8.ui" line="313"/>
        <source>Google Music</source>
        <translation>Google Music</translation>
    </message>
    <message>
        <location filename="../src/viewpages/whatsnew_0_8/WhatsNewWidget_0_8.ui" line="336"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Google Music is another of our latest supported services - both for the music you&apos;ve uploaded to Google Music as well as their full streaming catalog for Google Play Music All Access subscribers. Not only is all of your Google Play Music a potential source for streaming - your entire online collection is browseable too.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Google Music は、もうひとつの最新のサポートされるサービスです - Google Music にアップロードした音楽と Google Play Music All Access 加入者のフルストリーミングカタログの両方。Google Play Music のすべてのストリーミング可能なソースだけでなく - あなたのオンラインコレクション全体が参照できます。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../src/viewpages/whatsnew_0_8/WhatsNewWidget_0_8.ui" line="376"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Tomahawk for Android is now in beta! The majority of the same resolvers are supported in the Android app - plus a couple of additional ones in Rdio &amp;amp; Deezer. &lt;a href=&quot;http://hatchet.is/register&quot;&gt;Create a Hatchet account&lt;/a&gt; to sync all of your playlists from your desktop to your mobile. Find current and future music influencers and follow them to discover and hear what they love. Just like on the desktop, Tomahawk on Android can open other music service links and play them from yours. Even when you are listening to other music apps, Tomahawk can capture all of that playback data and add it to your Hatchet profile.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Tomahawk for Android はベータ版になりました! 同じリゾルバーの大部分が Android アプリでサポートされています - これに加えて、Rdio &amp;amp; Deezer。 &lt;a href=&quot;http://hatchet.is/register&quot;&gt;Hatchet アカウントを作成&lt;/a&gt; して、デスクトップから携帯電話に、お使いのプレイリストをすべて同期してください。現在と将来の音楽インフルエンサーを探して、彼らが好きなものを発見して聞くためにフォローしましょう。デスクトップのように、Android for Tomahawk は、他の音楽サービスへのリンクを開いて再生することができます。あなたが他の音楽アプリを聴いているときでも、Tomahawk は、その再生データのすべてをキャプチャして、Hatchet プロファイルに追加することができます。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../src/viewpages/whatsnew_0_8/WhatsNewWidget_0_8.ui" line="396"/>
        <source>Connectivity</source>
        <translation>接続性</translation>
    </message>
    <message>
        <location filename="../src/viewpages/whatsnew_0_8/WhatsNewWidget_0_8.ui" line="419"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Tomahawk now supports IPv6 and multiple local IP addresses. This improves the discoverability and connection between Tomahawk users - particularly large local networks often found in work and university settings. The more friends, the more music, the more playlists and the more curation from those people whose musical tastes you value. Sit back and just Listen Along!&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Tomahawk は現在、IPv6 および複数のローカル IP アドレスをサポートするようになりました。これは Tomahawk ユーザー間での発見可能性と接続を改善します - 特に、多くの場合、職場や大学の設定で見つかる、大規模なローカルネットワークで。より多くの友だち、より多くの音楽、より多くのプレイリスト、そして音楽の好みをあなたが評価するそれらの人々からより多くのキュレーションを。座ってそのまま聞くだけです!&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../src/viewpages/whatsnew_0_8/WhatsNewWidget_0_8.ui" line="353"/>
        <source>Android</source>
        <translation>Android</translation>
    </message>
</context>
<context>
    <name>XMPPBot</name>
    <message>
        <location filename="../src/tomahawk/xmppbot/XmppBot.cpp" line="315"/>
        <source>
Terms for %1:
</source>
        <translation>
%1の語句:
</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/xmppbot/XmppBot.cpp" line="317"/>
        <source>No terms found, sorry.</source>
        <translation>語句と一致する結果は見つかりませんでした。</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/xmppbot/XmppBot.cpp" line="350"/>
        <source>
Hotttness for %1: %2
</source>
        <translation>
%1:%2のHotttness
</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/xmppbot/XmppBot.cpp" line="366"/>
        <source>
Familiarity for %1: %2
</source>
        <translation>
%1:%2の人気度
</translation>
    </message>
    <message>
        <location filename="../src/tomahawk/xmppbot/XmppBot.cpp" line="384"/>
        <source>
Lyrics for &quot;%1&quot; by %2:

%3
</source>
        <translation>
%2の”%1&quot;の歌詞

%3
</translation>
    </message>
</context>
<context>
    <name>XSPFLoader</name>
    <message>
        <location filename="../src/libtomahawk/utils/XspfLoader.cpp" line="48"/>
        <source>Failed to parse contents of XSPF playlist</source>
        <translation>XSPFプレイリストの内容が解析できませんでした</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/utils/XspfLoader.cpp" line="50"/>
        <source>Some playlist entries were found without artist and track name, they will be omitted</source>
        <translation>プレイリストにアーティストもトラックネームの無い項目が見つかりました。この項目は除外されます。</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/utils/XspfLoader.cpp" line="52"/>
        <source>Failed to fetch the desired playlist from the network, or the desired file does not exist</source>
        <translation>望みのプレイリストがネットワークから取得されませんでした、又は、ファイルが存在しません</translation>
    </message>
    <message>
        <location filename="../src/libtomahawk/utils/XspfLoader.cpp" line="239"/>
        <source>New Playlist</source>
        <translation>新規プレイリスト</translation>
    </message>
</context>
<context>
    <name>XmlConsole</name>
    <message>
        <location filename="../src/accounts/xmpp/sip/XmlConsole.ui" line="14"/>
        <source>Xml stream console</source>
        <translation>Xmlストリームコンソール</translation>
    </message>
    <message>
        <location filename="../src/accounts/xmpp/sip/XmlConsole.ui" line="33"/>
        <location filename="../src/accounts/xmpp/sip/XmlConsole.cpp" line="60"/>
        <source>Filter</source>
        <translation>フィルター</translation>
    </message>
    <message>
        <location filename="../src/accounts/xmpp/sip/XmlConsole.ui" line="43"/>
        <source>Save log</source>
        <translation>ログを保存</translation>
    </message>
    <message>
        <location filename="../src/accounts/xmpp/sip/XmlConsole.cpp" line="62"/>
        <source>Disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <location filename="../src/accounts/xmpp/sip/XmlConsole.cpp" line="65"/>
        <source>By JID</source>
        <translation>JIDの順に分類する</translation>
    </message>
    <message>
        <location filename="../src/accounts/xmpp/sip/XmlConsole.cpp" line="68"/>
        <source>By namespace uri</source>
        <translation>ネームスペースのURIの順に分類する</translation>
    </message>
    <message>
        <location filename="../src/accounts/xmpp/sip/XmlConsole.cpp" line="71"/>
        <source>By all attributes</source>
        <translation>すべての属性の順に分類する</translation>
    </message>
    <message>
        <location filename="../src/accounts/xmpp/sip/XmlConsole.cpp" line="76"/>
        <source>Visible stanzas</source>
        <translation>見える節</translation>
    </message>
    <message>
        <location filename="../src/accounts/xmpp/sip/XmlConsole.cpp" line="79"/>
        <source>Information query</source>
        <translation>情報質問</translation>
    </message>
    <message>
        <location filename="../src/accounts/xmpp/sip/XmlConsole.cpp" line="83"/>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <location filename="../src/accounts/xmpp/sip/XmlConsole.cpp" line="87"/>
        <source>Presence</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../src/accounts/xmpp/sip/XmlConsole.cpp" line="91"/>
        <source>Custom</source>
        <translation>カスタム</translation>
    </message>
    <message>
        <location filename="../src/accounts/xmpp/sip/XmlConsole.cpp" line="107"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../src/accounts/xmpp/sip/XmlConsole.cpp" line="357"/>
        <source>Save XMPP log to file</source>
        <translation>XMPPのログをファイルに保存する</translation>
    </message>
    <message>
        <location filename="../src/accounts/xmpp/sip/XmlConsole.cpp" line="358"/>
        <source>OpenDocument Format (*.odf);;HTML file (*.html);;Plain text (*.txt)</source>
        <translation>OpenDocument Format (*.odf);;HTML file (*.html);;Plain text (*.txt)</translation>
    </message>
</context>
<context>
    <name>XmppConfigWidget</name>
    <message>
        <location filename="../src/accounts/xmpp/XmppConfigWidget.ui" line="20"/>
        <source>Xmpp Configuration</source>
        <translation>XMPP設定</translation>
    </message>
    <message>
        <location filename="../src/accounts/xmpp/XmppConfigWidget.ui" line="104"/>
        <source>Enter your XMPP login to connect with your friends using %applicationName!</source>
        <translation>XMPPログインを入力して、%applicationNameを使っている友達に接続しましょう!</translation>
    </message>
    <message>
        <location filename="../src/accounts/xmpp/XmppConfigWidget.ui" line="196"/>
        <source>Configure</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../src/accounts/xmpp/XmppConfigWidget.ui" line="211"/>
        <source>Login Information</source>
        <translation>ログイン情報</translation>
    </message>
    <message>
        <location filename="../src/accounts/xmpp/XmppConfigWidget.ui" line="58"/>
        <source>Configure this Jabber/XMPP account</source>
        <translation>Jabber/XMPPアカウントを設定</translation>
    </message>
    <message>
        <location filename="../src/accounts/xmpp/XmppConfigWidget.ui" line="231"/>
        <source>XMPP ID:</source>
        <translation>XMPP ID:</translation>
    </message>
    <message>
        <location filename="../src/accounts/xmpp/XmppConfigWidget.ui" line="247"/>
        <source>e.g. user@jabber.org</source>
        <translation>(例) user@jabber.org</translation>
    </message>
    <message>
        <location filename="../src/accounts/xmpp/XmppConfigWidget.ui" line="260"/>
        <source>Password:</source>
        <translation>パスワード:</translation>
    </message>
    <message>
        <location filename="../src/accounts/xmpp/XmppConfigWidget.ui" line="288"/>
        <source>An account with this name already exists!</source>
        <translation>この名前のアカウントは既に存在しています！</translation>
    </message>
    <message>
        <location filename="../src/accounts/xmpp/XmppConfigWidget.ui" line="310"/>
        <source>Advanced Xmpp Settings</source>
        <translation>XMPPの詳細設定</translation>
    </message>
    <message>
        <location filename="../src/accounts/xmpp/XmppConfigWidget.ui" line="330"/>
        <source>Server:</source>
        <translation>サーバー:</translation>
    </message>
    <message>
        <location filename="../src/accounts/xmpp/XmppConfigWidget.ui" line="353"/>
        <source>Port:</source>
        <translation>ポート:</translation>
    </message>
    <message>
        <location filename="../src/accounts/xmpp/XmppConfigWidget.ui" line="399"/>
        <source>Lots of servers don&apos;t support this (e.g. GTalk, jabber.org)</source>
        <translation>多くのサーバで対応していません(例: GTalk, jabber.org)</translation>
    </message>
    <message>
        <location filename="../src/accounts/xmpp/XmppConfigWidget.ui" line="402"/>
        <source>Display currently playing track</source>
        <translation>現在再生中のトラックを表示</translation>
    </message>
    <message>
        <location filename="../src/accounts/xmpp/XmppConfigWidget.ui" line="409"/>
        <source>Enforce secure connection</source>
        <translation>安全な接続を強制する</translation>
    </message>
</context>
<context>
    <name>XmppSipPlugin</name>
    <message>
        <location filename="../src/accounts/xmpp/sip/XmppSip.cpp" line="380"/>
        <source>User Interaction</source>
        <translation>ユーザインタラクション</translation>
    </message>
    <message>
        <location filename="../src/accounts/xmpp/sip/XmppSip.cpp" line="383"/>
        <source>Host is unknown</source>
        <translation>不明なホスト</translation>
    </message>
    <message>
        <location filename="../src/accounts/xmpp/sip/XmppSip.cpp" line="386"/>
        <source>Item not found</source>
        <translation>項目が見つかりません</translation>
    </message>
    <message>
        <location filename="../src/accounts/xmpp/sip/XmppSip.cpp" line="389"/>
        <source>Authorization Error</source>
        <translation>認証エラー</translation>
    </message>
    <message>
        <location filename="../src/accounts/xmpp/sip/XmppSip.cpp" line="392"/>
        <source>Remote Stream Error</source>
        <translation>配信エラー</translation>
    </message>
    <message>
        <location filename="../src/accounts/xmpp/sip/XmppSip.cpp" line="395"/>
        <source>Remote Connection failed</source>
        <translation>接続に失敗しました</translation>
    </message>
    <message>
        <location filename="../src/accounts/xmpp/sip/XmppSip.cpp" line="398"/>
        <source>Internal Server Error</source>
        <translation>サーバ内部エラー</translation>
    </message>
    <message>
        <location filename="../src/accounts/xmpp/sip/XmppSip.cpp" line="401"/>
        <source>System shutdown</source>
        <translation>システム終了</translation>
    </message>
    <message>
        <location filename="../src/accounts/xmpp/sip/XmppSip.cpp" line="404"/>
        <source>Conflict</source>
        <translation>コンフリクト</translation>
    </message>
    <message>
        <location filename="../src/accounts/xmpp/sip/XmppSip.cpp" line="419"/>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location filename="../src/accounts/xmpp/sip/XmppSip.cpp" line="800"/>
        <source>Do you want to add &lt;b&gt;%1&lt;/b&gt; to your friend list?</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;を友達のリストに追加しますか？</translation>
    </message>
    <message>
        <location filename="../src/accounts/xmpp/sip/XmppSip.cpp" line="407"/>
        <source>No Compression Support</source>
        <translation>圧縮に対応していません</translation>
    </message>
    <message>
        <location filename="../src/accounts/xmpp/sip/XmppSip.cpp" line="189"/>
        <source>Enter Jabber ID</source>
        <translation>Jabber IDを入力</translation>
    </message>
    <message>
        <location filename="../src/accounts/xmpp/sip/XmppSip.cpp" line="410"/>
        <source>No Encryption Support</source>
        <translation>暗号化に対応していません</translation>
    </message>
    <message>
        <location filename="../src/accounts/xmpp/sip/XmppSip.cpp" line="413"/>
        <source>No Authorization Support</source>
        <translation>Authorizationに対応していません</translation>
    </message>
    <message>
        <location filename="../src/accounts/xmpp/sip/XmppSip.cpp" line="416"/>
        <source>No Supported Feature</source>
        <translation>未対応昨機能</translation>
    </message>
    <message>
        <location filename="../src/accounts/xmpp/sip/XmppSip.cpp" line="487"/>
        <source>Add Friend</source>
        <translation>友達を追加</translation>
    </message>
    <message>
        <location filename="../src/accounts/xmpp/sip/XmppSip.cpp" line="488"/>
        <source>Enter Xmpp ID:</source>
        <translation>XMPP IDを入力:</translation>
    </message>
    <message>
        <location filename="../src/accounts/xmpp/sip/XmppSip.cpp" line="640"/>
        <source>Add Friend...</source>
        <translation>友達を追加...</translation>
    </message>
    <message>
        <location filename="../src/accounts/xmpp/sip/XmppSip.cpp" line="645"/>
        <source>XML Console...</source>
        <translation>XMLコンソール...</translation>
    </message>
    <message>
        <location filename="../src/accounts/xmpp/sip/XmppSip.cpp" line="691"/>
        <source>I&apos;m sorry -- I&apos;m just an automatic presence used by Tomahawk Player (http://gettomahawk.com). If you are getting this message, the person you are trying to reach is probably not signed on, so please try again later!</source>
        <translation>これはTomahawk Player (http://gettomahawk.com)の自動プレセンスです。このメッセージが出ている場合は、おそらく連絡したい人はログインしていないので、後でもう一度試して見て下さい。</translation>
    </message>
    <message>
        <location filename="../src/accounts/xmpp/sip/XmppSip.cpp" line="799"/>
        <source>Authorize User</source>
        <translation>ユーザーを認証</translation>
    </message>
</context>
<context>
    <name>ZeroconfConfig</name>
    <message>
        <location filename="../src/accounts/zeroconf/ConfigWidget.ui" line="55"/>
        <source>Local Network configuration</source>
        <translation>ローカルネットワーク設定</translation>
    </message>
    <message>
        <location filename="../src/accounts/zeroconf/ConfigWidget.ui" line="77"/>
        <source>This plugin will automatically find other users running %applicationName on your local network</source>
        <translation>このプラグインはローカルネットワークの%applicationNameユーザーを自動的に見つけます</translation>
    </message>
    <message>
        <location filename="../src/accounts/zeroconf/ConfigWidget.ui" line="84"/>
        <source>Connect automatically when %applicationName starts</source>
        <translation>Tomahawkの起動時に、自動的に接続する</translation>
    </message>
</context>
</TS>