<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en_US">
<context>
    <name>(MythMusicMain)</name>
    <message>
        <location filename="../mythmusic/main.cpp" line="91"/>
        <source>No directories found in the &apos;Music&apos; storage group. Please run mythtv-setup on the backend machine to add one.</source>
        <translation>「音楽」ストレージグループにディレクトリーがありません。mythtv-setup をバックエンドマシンで実行して、ディレクトリーを追加してください。</translation>
    </message>
    <message>
        <location filename="../mythmusic/main.cpp" line="114"/>
        <source>No directories found in the &apos;MusicArt&apos; storage group. Please run mythtv-setup on the backend machine to add one.</source>
        <translation>「音楽画像」ストレージグループにディレクトリーがありません。mythtv-setup をバックエンドマシンで実行して、ディレクトリーを追加してください。</translation>
    </message>
    <message>
        <location filename="../mythmusic/main.cpp" line="139"/>
        <source>No music has been found.
Please select &apos;Scan For New Music&apos; to perform a scan for music.</source>
        <translation>音楽ファイルが見つかりません。
「新しい音楽ファイルをスキャン」を選んで、スキャンしてください。</translation>
    </message>
    <message>
        <location filename="../mythmusic/main.cpp" line="220"/>
        <source>MythMusic hasn&apos;t been built with libcdio support so ripping CDs is not possible</source>
        <translation>MythMusic が libcdio サポートをするビルドをされていないため、CD からのデータ取り出しはできません</translation>
    </message>
    <message>
        <location filename="../mythmusic/main.cpp" line="541"/>
        <source>Searching for music files...</source>
        <translation>音楽ファイルを検索しています...</translation>
    </message>
    <message>
        <location filename="../mythmusic/main.cpp" line="563"/>
        <source>Loading music tracks</source>
        <translation>音楽トラックを読み込んでいます</translation>
    </message>
    <message>
        <location filename="../mythmusic/main.cpp" line="722"/>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location filename="../mythmusic/musicdata.cpp" line="105"/>
        <source>Loading Music. Please wait ...</source>
        <translation>音楽を読み込んでいます。お待ちください...</translation>
    </message>
</context>
<context>
    <name>AlbumArt</name>
    <message>
        <location filename="../mythmusic/visualize.cpp" line="1511"/>
        <source>?</source>
        <translation>?</translation>
    </message>
</context>
<context>
    <name>AlbumArtImages</name>
    <message>
        <source>Unknown</source>
        <translation type="obsolete">不明</translation>
    </message>
</context>
<context>
    <name>CDRipperThread</name>
    <message>
        <location filename="../mythmusic/cdrip.cpp" line="257"/>
        <source>Importing %1</source>
        <translation>%1 をインポートしています</translation>
    </message>
</context>
<context>
    <name>CdDecoder</name>
    <message>
        <location filename="../mythmusic/cddecoder.cpp" line="668"/>
        <source>Various Artists</source>
        <translation>様々なアーティスト</translation>
    </message>
    <message>
        <location filename="../mythmusic/cddecoder.cpp" line="677"/>
        <source>Track %1</source>
        <translation>トラック %1</translation>
    </message>
</context>
<context>
    <name>CdDecoderFactory</name>
    <message>
        <location filename="../mythmusic/cddecoder.cpp" line="703"/>
        <source>Audio CD parser</source>
        <translation>音楽 CD 解析</translation>
    </message>
</context>
<context>
    <name>CriteriaRowEditor</name>
    <message>
        <location filename="../mythmusic/smartplaylist.cpp" line="1528"/>
        <source>Select an Artist</source>
        <translation>アーチストを選択</translation>
    </message>
    <message>
        <location filename="../mythmusic/smartplaylist.cpp" line="1533"/>
        <source>Select a Compilation Artist</source>
        <translation>コラボアーチストを選択</translation>
    </message>
    <message>
        <location filename="../mythmusic/smartplaylist.cpp" line="1538"/>
        <source>Select an Album</source>
        <translation>アルバムを選択</translation>
    </message>
    <message>
        <location filename="../mythmusic/smartplaylist.cpp" line="1543"/>
        <source>Select a Genre</source>
        <translation>ジャンルを選択</translation>
    </message>
    <message>
        <location filename="../mythmusic/smartplaylist.cpp" line="1548"/>
        <source>Select a Title</source>
        <translation>タイトルを選択</translation>
    </message>
</context>
<context>
    <name>DatabaseBox</name>
    <message>
        <source>Copy To New Playlist</source>
        <translation type="vanished">新しいプレイリストにコピーする</translation>
    </message>
    <message>
        <source>Clear the Active Play Queue</source>
        <translation type="vanished">アクティブなプレイキューをクリアする</translation>
    </message>
    <message>
        <source>Move to Active Play Queue</source>
        <translation type="vanished">アクティブなプレイキューに移動</translation>
    </message>
    <message>
        <source>Delete This Playlist</source>
        <translation type="vanished">プレイリスト削除</translation>
    </message>
    <message>
        <source>Rename This Playlist</source>
        <translation type="vanished">プレイリスト名称変更</translation>
    </message>
    <message>
        <source>Active Play Queue</source>
        <translation type="vanished">アクティブプレイキュー</translation>
    </message>
    <message>
        <source>All My Playlists</source>
        <translation type="vanished">全てのマイプレイリスト</translation>
    </message>
    <message>
        <source>All My Music</source>
        <translation type="vanished">全てのマイミュージック</translation>
    </message>
    <message>
        <source>All My Music ~ Loading Music Data </source>
        <translation type="vanished">全てのマイミュージック ~ 読込中</translation>
    </message>
    <message>
        <source>Loading Music Data</source>
        <translation type="vanished">ミュージックデータ読込中</translation>
    </message>
    <message>
        <source>Couldn&apos;t create CD</source>
        <translation type="vanished">CDを作成できませんでした</translation>
    </message>
    <message>
        <source>CD Created</source>
        <translation type="vanished">CDを作成しました</translation>
    </message>
    <message>
        <source>CD-RW Blanking Progress</source>
        <translation type="vanished">CD-RW削除中</translation>
    </message>
    <message>
        <source>Create Audio CD from Playlist</source>
        <translation type="vanished">プレイリストからオーディオCDを作成する</translation>
    </message>
    <message>
        <source>Create MP3 CD from Playlist</source>
        <translation type="vanished">プレイリストからMP3 CDを作成する</translation>
    </message>
    <message>
        <source>Clear CD-RW Disk</source>
        <translation type="vanished">CD-RWディスクを消去する</translation>
    </message>
    <message>
        <source>Artist:	</source>
        <translation type="vanished">アーチスト: </translation>
    </message>
    <message>
        <source>Album:	</source>
        <translation type="vanished">アルバム:</translation>
    </message>
    <message>
        <source>Title:	</source>
        <translation type="vanished">タイトル:</translation>
    </message>
    <message>
        <source>Length:	</source>
        <translation type="obsolete">時間:</translation>
    </message>
    <message>
        <source>Genre: </source>
        <translation type="vanished">ジャンル:</translation>
    </message>
    <message>
        <source>Compilation Artist:	</source>
        <translation type="vanished">編集アーチスト:</translation>
    </message>
</context>
<context>
    <name>DecoderHandler</name>
    <message>
        <location filename="../mythmusic/decoderhandler.cpp" line="312"/>
        <source>Retrieving playlist</source>
        <translation>プレイリストの取得</translation>
    </message>
</context>
<context>
    <name>EditAlbumartDialog</name>
    <message>
        <location filename="../mythmusic/editmetadata.cpp" line="1002"/>
        <location filename="../mythmusic/editmetadata.cpp" line="1061"/>
        <location filename="../mythmusic/editmetadata.cpp" line="1153"/>
        <source>Change Image Type</source>
        <translation>画像タイプの変更</translation>
    </message>
    <message>
        <location filename="../mythmusic/editmetadata.cpp" line="1004"/>
        <source>What image type do you want to use for this image?</source>
        <translation>この画像にどの画像タイプを使いますか？</translation>
    </message>
    <message>
        <location filename="../mythmusic/editmetadata.cpp" line="1037"/>
        <source>Options</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../mythmusic/editmetadata.cpp" line="1051"/>
        <location filename="../mythmusic/editmetadata.cpp" line="1147"/>
        <source>Edit Metadata</source>
        <translation>メタデータ編集</translation>
    </message>
    <message>
        <location filename="../mythmusic/editmetadata.cpp" line="1052"/>
        <location filename="../mythmusic/editmetadata.cpp" line="1149"/>
        <source>Rescan For Images</source>
        <translation>画像の再スキャン</translation>
    </message>
    <message>
        <location filename="../mythmusic/editmetadata.cpp" line="1055"/>
        <location filename="../mythmusic/editmetadata.cpp" line="1151"/>
        <source>Search Internet For Images</source>
        <translation>画像をインターネットで検索</translation>
    </message>
    <message>
        <location filename="../mythmusic/editmetadata.cpp" line="1074"/>
        <location filename="../mythmusic/editmetadata.cpp" line="1155"/>
        <source>Copy Selected Image To Tag</source>
        <translation>選択した画像をタグへコピー</translation>
    </message>
    <message>
        <location filename="../mythmusic/editmetadata.cpp" line="1079"/>
        <location filename="../mythmusic/editmetadata.cpp" line="1157"/>
        <source>Remove Selected Image From Tag</source>
        <translation>選択した画像をタグから削除</translation>
    </message>
    <message>
        <location filename="../mythmusic/editmetadata.cpp" line="1089"/>
        <location filename="../mythmusic/editmetadata.cpp" line="1159"/>
        <source>Copy Image To Tag</source>
        <translation>画像をタグへコピー</translation>
    </message>
    <message>
        <location filename="../mythmusic/editmetadata.cpp" line="1271"/>
        <source>Are you sure you want to permanently remove this image from the tag?</source>
        <translation>この画像をタグから完全に削除します。よろしいですか？</translation>
    </message>
    <message>
        <location filename="../mythmusic/editmetadata.cpp" line="1324"/>
        <source>Copying image to tag...</source>
        <translation>画像をタグへコピーしています...</translation>
    </message>
</context>
<context>
    <name>EditLyricsDialog</name>
    <message>
        <location filename="../mythmusic/lyricsview.cpp" line="653"/>
        <source>Save changes?</source>
        <translation>変更を保存しますか?</translation>
    </message>
</context>
<context>
    <name>EditMetadataCommon</name>
    <message>
        <location filename="../mythmusic/editmetadata.cpp" line="162"/>
        <source>Save Changes?</source>
        <translation>変更を保存しますか?</translation>
    </message>
    <message>
        <location filename="../mythmusic/editmetadata.cpp" line="177"/>
        <location filename="../mythmusic/editmetadata.cpp" line="179"/>
        <source>Save Changes</source>
        <translation>変更の保存</translation>
    </message>
    <message>
        <location filename="../mythmusic/editmetadata.cpp" line="181"/>
        <source>Exit/Do Not Save</source>
        <translation>保存しないで終了</translation>
    </message>
</context>
<context>
    <name>EditMetadataDialog</name>
    <message>
        <source>Done</source>
        <translation type="vanished">終了</translation>
    </message>
    <message>
        <location filename="../mythmusic/editmetadata.cpp" line="473"/>
        <source>Options</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../mythmusic/editmetadata.cpp" line="487"/>
        <location filename="../mythmusic/editmetadata.cpp" line="750"/>
        <source>Edit Albumart Images</source>
        <translation>アルバム画像の編集</translation>
    </message>
    <message>
        <location filename="../mythmusic/editmetadata.cpp" line="488"/>
        <location filename="../mythmusic/editmetadata.cpp" line="757"/>
        <source>Search Internet For Artist Image</source>
        <translation>アーチストの画像をインターネットで検索</translation>
    </message>
    <message>
        <location filename="../mythmusic/editmetadata.cpp" line="489"/>
        <location filename="../mythmusic/editmetadata.cpp" line="762"/>
        <source>Search Internet For Album Image</source>
        <translation>アルバムの画像をインターネットで検索</translation>
    </message>
    <message>
        <location filename="../mythmusic/editmetadata.cpp" line="490"/>
        <location filename="../mythmusic/editmetadata.cpp" line="752"/>
        <source>Search Internet For Genre Image</source>
        <translation>ジャンルの画像をインターネットで検索</translation>
    </message>
    <message>
        <location filename="../mythmusic/editmetadata.cpp" line="491"/>
        <location filename="../mythmusic/editmetadata.cpp" line="767"/>
        <source>Check Track Length</source>
        <translation>トラックの長さをチェック</translation>
    </message>
    <message>
        <location filename="../mythmusic/editmetadata.cpp" line="526"/>
        <source>Various Artists</source>
        <translation>様々なアーティスト</translation>
    </message>
    <message>
        <location filename="../mythmusic/editmetadata.cpp" line="533"/>
        <source>Select an Artist</source>
        <translation>アーチストを選択</translation>
    </message>
    <message>
        <location filename="../mythmusic/editmetadata.cpp" line="578"/>
        <source>Select a Compilation Artist</source>
        <translation>コラボアーチストを選択</translation>
    </message>
    <message>
        <location filename="../mythmusic/editmetadata.cpp" line="603"/>
        <source>Select an Album</source>
        <translation>アルバムを選択</translation>
    </message>
    <message>
        <location filename="../mythmusic/editmetadata.cpp" line="646"/>
        <source>Select a Genre</source>
        <translation>ジャンルを選択</translation>
    </message>
    <message>
        <location filename="../mythmusic/editmetadata.cpp" line="777"/>
        <source>Asked the backend to check the tracks length</source>
        <translation>バックエンドにトラックの長さをたずねる</translation>
    </message>
    <message>
        <source>Save Changes?</source>
        <translation type="vanished">変更を保存しますか?</translation>
    </message>
    <message>
        <source>Save to Database Only</source>
        <translation type="vanished">データベースのみ保存</translation>
    </message>
    <message>
        <source>Save to File Only</source>
        <translation type="vanished">ファイルにのみ保存</translation>
    </message>
    <message>
        <source>Save to File and Database</source>
        <translation type="vanished">ファイルとデータベースに保存</translation>
    </message>
    <message>
        <source>Exit/Do Not Save</source>
        <translation type="vanished">保存しないで終了</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="vanished">キャンセル</translation>
    </message>
    <message>
        <source>Are you sure you want to save the modified metadata to the file?</source>
        <translation type="vanished">変更をファイルに保存してよろしいですか?</translation>
    </message>
</context>
<context>
    <name>GeneralSettings</name>
    <message>
        <location filename="../mythmusic/generalsettings.cpp" line="62"/>
        <source>Audio Device used for playback. &apos;default&apos; will use the device specified in MythTV</source>
        <translation>再生に利用するオーディオデバイス。「デフォルト」は MythTV で特定したデバイスを使用</translation>
    </message>
    <message>
        <location filename="../mythmusic/generalsettings.cpp" line="64"/>
        <source>MythTV can upconvert stereo tracks to 5.1 audio. Set this option to enable it by default. You can enable or disable the upconversion during playback at anytime.</source>
        <translation>MythTV はステレオから 5.1 オーディオへのアップコンバートができます。この設定を有効にしてください (デフォルトで有効)。再生中のいつでも、アップコンバートの有効・無効を切り替えることができます。</translation>
    </message>
    <message>
        <location filename="../mythmusic/generalsettings.cpp" line="68"/>
        <source>CD-ROM device used for ripping/playback.</source>
        <translation>CD-ROM デバイスは、データ取り出しか再生に使用中です。</translation>
    </message>
    <message>
        <location filename="../mythmusic/generalsettings.cpp" line="69"/>
        <source>Directory and filename format used to grab information if no ID3 information is found. Accepts GENRE, ARTIST, ALBUM, TITLE, ARTIST_TITLE and TRACK_TITLE.</source>
        <translation>ID3 情報が見つからなかった際は、ディレクトリー名とファイル名の書式から情報を取得します。GENRE、ARTIST、ALBUM、TITLE、ARTIST_TITLE、 TRACK_TITLE を書式に利用できます。</translation>
    </message>
    <message>
        <location filename="../mythmusic/generalsettings.cpp" line="73"/>
        <source>If set, MythMusic will skip checking ID3 tags in files and just try to determine Genre, Artist, Album, and Track number and title from the filename.</source>
        <translation>設定すると、MythMusic はファイルの ID3 タグを無視して、ファイル名からジャンル、アーチスト、アルバム、トラックナンバーとタイトルを取得します。</translation>
    </message>
    <message>
        <location filename="../mythmusic/generalsettings.cpp" line="77"/>
        <source>If set, MythMusic will be allowed to update the metadata in the file (e.g. ID3) to match the database. This means allowing MythTV to write to the file and permissions must be set accordingly. Features such as ID3 playcounts and ratings depend on this being enabled.</source>
        <translation>設定すると、MythMusic にデータベースの情報に合わせて、ファイルのメタデータ (ID3など) を更新することを許可します。これは、MythTV にファイルの書き込みを許可することを意味し、それにそった権限設定も必要です。ID3 の再生回数や評価などの機能は、この設定が有効になっている必要があります。</translation>
    </message>
    <message>
        <location filename="../mythmusic/generalsettings.cpp" line="85"/>
        <source>This will clear all the MythMusic database tables allowing for a fresh start. NOTE: You may lose any manual or automatic changes made to a tracks metadata like rating or playcount unless you told MythMusic to write those to the tag.</source>
        <translation>これは、MythMusic のデータベーステーブルのすべてを初期化して、新鮮なスタートを切ることを意味します。メモ : MythMusic がタグへ書き込むことを許可していなければ、再生回数や評価といったトラックのメタデータへの手動・自動の変更は失われます。</translation>
    </message>
    <message>
        <location filename="../mythmusic/generalsettings.cpp" line="90"/>
        <source>Exit without saving settings</source>
        <translation>設定を保存しないで終了</translation>
    </message>
    <message>
        <location filename="../mythmusic/generalsettings.cpp" line="91"/>
        <source>Save settings and Exit</source>
        <translation>設定を保存して終了</translation>
    </message>
    <message>
        <location filename="../mythmusic/generalsettings.cpp" line="102"/>
        <source>Are you sure you want to reset the music database?</source>
        <translation>データベースをリセットします。よろしいですか？</translation>
    </message>
    <message>
        <location filename="../mythmusic/generalsettings.cpp" line="148"/>
        <source>Music database has been cleared.
You must now scan, rip or import some tracks.</source>
        <translation>音楽データベースを初期化しました。
音楽ファイルのスキャン、CD からのデータ取り出しやインポートが必要です。</translation>
    </message>
</context>
<context>
    <name>ImportCoverArtDialog</name>
    <message>
        <location filename="../mythmusic/importmusic.cpp" line="937"/>
        <location filename="../mythmusic/importmusic.cpp" line="1129"/>
        <source>Front Cover</source>
        <translation>ジャケット正面</translation>
    </message>
    <message>
        <location filename="../mythmusic/importmusic.cpp" line="939"/>
        <location filename="../mythmusic/importmusic.cpp" line="1131"/>
        <source>Back Cover</source>
        <translation>ジャケット裏面</translation>
    </message>
    <message>
        <location filename="../mythmusic/importmusic.cpp" line="941"/>
        <location filename="../mythmusic/importmusic.cpp" line="1135"/>
        <source>CD</source>
        <translation>CD</translation>
    </message>
    <message>
        <location filename="../mythmusic/importmusic.cpp" line="943"/>
        <location filename="../mythmusic/importmusic.cpp" line="1133"/>
        <source>Inlay</source>
        <translation>バックインレイ</translation>
    </message>
    <message>
        <location filename="../mythmusic/importmusic.cpp" line="945"/>
        <location filename="../mythmusic/importmusic.cpp" line="1137"/>
        <source>&lt;Unknown&gt;</source>
        <translation>(不明)</translation>
    </message>
    <message>
        <location filename="../mythmusic/importmusic.cpp" line="983"/>
        <source>Copy CoverArt Failed.
Copying to %1</source>
        <extracomment>%1 is the filename</extracomment>
        <translation>ジャケット写真のコピーに失敗。
%1 へのコピー中</translation>
    </message>
    <message>
        <location filename="../mythmusic/importmusic.cpp" line="1061"/>
        <source>%1 of %2</source>
        <comment>Current file copied</comment>
        <extracomment>%1 is the current position of the file being copied, %2 is the total number of files</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../mythmusic/importmusic.cpp" line="1104"/>
        <source>File Already Exists</source>
        <translation>ファイルがすでに存在します</translation>
    </message>
    <message>
        <location filename="../mythmusic/importmusic.cpp" line="1106"/>
        <source>New File</source>
        <translation>新しいファイル</translation>
    </message>
</context>
<context>
    <name>ImportMusicDialog</name>
    <message>
        <location filename="../mythmusic/importmusic.cpp" line="108"/>
        <source>New File</source>
        <translation>新しいファイル</translation>
    </message>
    <message>
        <location filename="../mythmusic/importmusic.cpp" line="410"/>
        <source>This track is already in the database</source>
        <translation>このトラックはすでにデータベースに存在します</translation>
    </message>
    <message>
        <location filename="../mythmusic/importmusic.cpp" line="113"/>
        <source>Already in Database</source>
        <translation>データベースに既存</translation>
    </message>
    <message>
        <location filename="../mythmusic/importmusic.cpp" line="92"/>
        <source>%1 of %2</source>
        <comment>Current track position</comment>
        <extracomment>%1 is the current track, %2 is the number of tracks</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../mythmusic/importmusic.cpp" line="119"/>
        <source>Not found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <location filename="../mythmusic/importmusic.cpp" line="181"/>
        <source>You might have unsaved changes.
Are you sure you want to exit this screen?</source>
        <translation>未保存の変更があります。
この画面を終了してよろしいですか？</translation>
    </message>
    <message>
        <location filename="../mythmusic/importmusic.cpp" line="386"/>
        <source>Copy Failed
Could not copy file to: %1</source>
        <translation>コピーに失敗。
コピー先ファイル : %1</translation>
    </message>
    <message>
        <location filename="../mythmusic/importmusic.cpp" line="439"/>
        <source>%1 new tracks were added to the database</source>
        <translation>%1 本の新しいトラックをデータベースに追加しました</translation>
    </message>
    <message>
        <location filename="../mythmusic/importmusic.cpp" line="467"/>
        <source>Copying music file to the &apos;Music&apos; storage group on %1</source>
        <translation>%1 で音楽ファイルを「音楽」ストレージグループにコピーしています</translation>
    </message>
    <message>
        <location filename="../mythmusic/importmusic.cpp" line="509"/>
        <source>Searching for music files</source>
        <translation>音楽ファイルを検索</translation>
    </message>
    <message>
        <location filename="../mythmusic/importmusic.cpp" line="642"/>
        <source>Select Where To Save Tracks</source>
        <translation>トラックをどこに保存するか選択</translation>
    </message>
    <message>
        <location filename="../mythmusic/importmusic.cpp" line="643"/>
        <source>Save Defaults</source>
        <translation>デフォルトとして保存</translation>
    </message>
    <message>
        <location filename="../mythmusic/importmusic.cpp" line="647"/>
        <source>Change Compilation Flag</source>
        <translation>コラボマークの切り替え</translation>
    </message>
    <message>
        <location filename="../mythmusic/importmusic.cpp" line="648"/>
        <source>Change Compilation Artist</source>
        <translation>コラボアーチストを変更</translation>
    </message>
    <message>
        <location filename="../mythmusic/importmusic.cpp" line="650"/>
        <source>Change Artist</source>
        <translation>アーチストを変更</translation>
    </message>
    <message>
        <location filename="../mythmusic/importmusic.cpp" line="651"/>
        <source>Change Album</source>
        <translation>アルバムを変更</translation>
    </message>
    <message>
        <location filename="../mythmusic/importmusic.cpp" line="652"/>
        <source>Change Genre</source>
        <translation>ジャンルを変更</translation>
    </message>
    <message>
        <location filename="../mythmusic/importmusic.cpp" line="653"/>
        <source>Change Year</source>
        <translation>年を変更</translation>
    </message>
    <message>
        <location filename="../mythmusic/importmusic.cpp" line="654"/>
        <source>Change Rating</source>
        <translation>評価を変更</translation>
    </message>
    <message>
        <location filename="../mythmusic/importmusic.cpp" line="683"/>
        <source>Select where to save tracks</source>
        <translation>トラックをどこに保存するか選択</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="obsolete">キャンセル</translation>
    </message>
</context>
<context>
    <name>ImportSettings</name>
    <message>
        <location filename="../mythmusic/importsettings.cpp" line="34"/>
        <source>Full</source>
        <translation>完全</translation>
    </message>
    <message>
        <location filename="../mythmusic/importsettings.cpp" line="35"/>
        <source>Faster</source>
        <translation>高速</translation>
    </message>
    <message>
        <location filename="../mythmusic/importsettings.cpp" line="50"/>
        <source>Ogg Vorbis</source>
        <translation>Ogg Vorbis</translation>
    </message>
    <message>
        <location filename="../mythmusic/importsettings.cpp" line="51"/>
        <source>Lame (MP3)</source>
        <translation>Lame (MP3)</translation>
    </message>
    <message>
        <location filename="../mythmusic/importsettings.cpp" line="54"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../mythmusic/importsettings.cpp" line="55"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../mythmusic/importsettings.cpp" line="56"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../mythmusic/importsettings.cpp" line="57"/>
        <source>Perfect</source>
        <translation>完全</translation>
    </message>
    <message>
        <location filename="../mythmusic/importsettings.cpp" line="67"/>
        <source>Paranoia level of the CD ripper. Set to faster if you&apos;re not concerned about possible errors in the audio.</source>
        <translation>CD リッパーのパラノイアレベル。音声でのエラー発生の可能性を気にしないなら「高速」に設定してください。</translation>
    </message>
    <message>
        <location filename="../mythmusic/importsettings.cpp" line="70"/>
        <source>Defines the location/name for new songs. Valid tokens are:
GENRE, ARTIST, ALBUM, TRACK, TITLE, YEAR</source>
        <translation>新しい曲の場所・名前を定義します。有効な記号は以下の通り :
GENRE、ARTIST、ALBUM、TRACK、TITLE、YEAR</translation>
    </message>
    <message>
        <location filename="../mythmusic/importsettings.cpp" line="73"/>
        <source>If set, whitespace characters in filenames will be replaced with underscore characters.</source>
        <translation>設定すると、ファイル名のスペースをアンダーバーに置き換えます。</translation>
    </message>
    <message>
        <location filename="../mythmusic/importsettings.cpp" line="75"/>
        <source>If present this script will be executed after a CD Rip is completed.</source>
        <translation>ここでスクリプトを指定すると、CD からデータ取り出しが完了したときに実行します。</translation>
    </message>
    <message>
        <location filename="../mythmusic/importsettings.cpp" line="77"/>
        <source>If set, the CD tray will automatically open after the CD has been ripped.</source>
        <translation>設定すると、CD からのデータ取り出しが完了したら、自動的に CD トレイを開きます。</translation>
    </message>
    <message>
        <location filename="../mythmusic/importsettings.cpp" line="79"/>
        <source>Audio encoder to use for CD ripping. Note that the quality level &apos;Perfect&apos; will use the FLAC encoder.</source>
        <translation>CD からのデータ取り出しに使用するエンコーダー。FLAC エンコーダーを使用すると品質レベルは「完全」です。</translation>
    </message>
    <message>
        <location filename="../mythmusic/importsettings.cpp" line="82"/>
        <source>Default quality for new CD rips.</source>
        <translation>CD からのデータ取り出しのデフォルト品質。</translation>
    </message>
    <message>
        <location filename="../mythmusic/importsettings.cpp" line="83"/>
        <source>If set, the MP3 encoder will use variable bitrates (VBR) except for the low quality setting. The Ogg encoder will always use variable bitrates.</source>
        <translation>設定すると、MP3 エンコーダーは低品質のときを除いて可変ビットレート (VBR) を使用します。Ogg エンコーダーは常に可変ビットレートを使用します。</translation>
    </message>
    <message>
        <location filename="../mythmusic/importsettings.cpp" line="86"/>
        <source>Exit without saving settings</source>
        <translation>設定を保存しないで終了</translation>
    </message>
    <message>
        <location filename="../mythmusic/importsettings.cpp" line="87"/>
        <source>Save settings and Exit</source>
        <translation>設定を保存して終了</translation>
    </message>
</context>
<context>
    <name>LyricsView</name>
    <message>
        <location filename="../mythmusic/lyricsview.cpp" line="149"/>
        <location filename="../mythmusic/lyricsview.cpp" line="237"/>
        <source>Save Lyrics</source>
        <translation>歌詞を保存</translation>
    </message>
    <message>
        <location filename="../mythmusic/lyricsview.cpp" line="153"/>
        <location filename="../mythmusic/lyricsview.cpp" line="232"/>
        <source>Edit Lyrics</source>
        <translation>歌詞の編集</translation>
    </message>
    <message>
        <location filename="../mythmusic/lyricsview.cpp" line="154"/>
        <location filename="../mythmusic/lyricsview.cpp" line="234"/>
        <source>Add Lyrics</source>
        <translation>歌詞を追加</translation>
    </message>
    <message>
        <location filename="../mythmusic/lyricsview.cpp" line="158"/>
        <location filename="../mythmusic/lyricsview.cpp" line="241"/>
        <source>Auto Scroll Lyrics</source>
        <translation>歌詞の自動スクロール</translation>
    </message>
    <message>
        <location filename="../mythmusic/lyricsview.cpp" line="221"/>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../mythmusic/lyricsview.cpp" line="227"/>
        <location filename="../mythmusic/lyricsview.cpp" line="258"/>
        <source>Find Lyrics</source>
        <translation>歌詞を検索</translation>
    </message>
    <message>
        <location filename="../mythmusic/lyricsview.cpp" line="244"/>
        <source>Other Options</source>
        <translation>その他の設定</translation>
    </message>
    <message>
        <location filename="../mythmusic/lyricsview.cpp" line="261"/>
        <source>Search All Grabbers</source>
        <translation>すべてのグラバーで検索</translation>
    </message>
    <message>
        <location filename="../mythmusic/lyricsview.cpp" line="267"/>
        <source>Search %1</source>
        <translation>%1 を検索</translation>
    </message>
    <message>
        <location filename="../mythmusic/lyricsview.cpp" line="447"/>
        <source>Syncronized</source>
        <translation>同期済み</translation>
    </message>
    <message>
        <location filename="../mythmusic/lyricsview.cpp" line="447"/>
        <source>Unsyncronized</source>
        <translation>未同期</translation>
    </message>
    <message>
        <location filename="../mythmusic/lyricsview.cpp" line="448"/>
        <source>** Lyrics from %1 (%2) **</source>
        <translation>** 歌詞の取得元 %1 (%2) **</translation>
    </message>
</context>
<context>
    <name>MiniPlayer</name>
    <message>
        <source>Album</source>
        <translation type="obsolete">アルバム</translation>
    </message>
    <message>
        <source>Artist</source>
        <translation type="obsolete">アーティスト</translation>
    </message>
    <message>
        <source>All</source>
        <translation type="obsolete">全て</translation>
    </message>
</context>
<context>
    <name>MusicCommon</name>
    <message>
        <location filename="../mythmusic/musiccommon.cpp" line="1195"/>
        <source>Playing stream.</source>
        <translation>ストリームを再生しています。</translation>
    </message>
    <message>
        <location filename="../mythmusic/musiccommon.cpp" line="1224"/>
        <source>Buffering stream.</source>
        <translation>ストリームをバッファしています。</translation>
    </message>
    <message>
        <location filename="../mythmusic/musiccommon.cpp" line="1228"/>
        <source>Stream paused.</source>
        <translation>ストリームを一時停止。</translation>
    </message>
    <message>
        <location filename="../mythmusic/musiccommon.cpp" line="1296"/>
        <source>kbps</source>
        <translation>kbps</translation>
    </message>
    <message>
        <location filename="../mythmusic/musiccommon.cpp" line="1296"/>
        <location filename="../mythmusic/musiccommon.cpp" line="1303"/>
        <source>kHz</source>
        <translation>kHz</translation>
    </message>
    <message>
        <location filename="../mythmusic/musiccommon.cpp" line="1296"/>
        <location filename="../mythmusic/musiccommon.cpp" line="1303"/>
        <source>ch</source>
        <translation>チャンネル</translation>
    </message>
    <message>
        <location filename="../mythmusic/musiccommon.cpp" line="1321"/>
        <source>Stream stopped.</source>
        <translation>ストリーム停止。</translation>
    </message>
    <message>
        <location filename="../mythmusic/musiccommon.cpp" line="1356"/>
        <location filename="../mythmusic/musiccommon.cpp" line="2201"/>
        <location filename="../mythmusic/streamview.cpp" line="88"/>
        <source>Fullscreen Visualizer</source>
        <translation>全画面ビジュアライズ</translation>
    </message>
    <message>
        <location filename="../mythmusic/musiccommon.cpp" line="1358"/>
        <location filename="../mythmusic/musiccommon.cpp" line="2187"/>
        <source>Playlist Editor</source>
        <translation>プレイリスト編集</translation>
    </message>
    <message>
        <location filename="../mythmusic/musiccommon.cpp" line="1365"/>
        <location filename="../mythmusic/musiccommon.cpp" line="2198"/>
        <source>Search for Music</source>
        <translation>音楽の検索</translation>
    </message>
    <message>
        <location filename="../mythmusic/musiccommon.cpp" line="1367"/>
        <location filename="../mythmusic/musiccommon.cpp" line="2183"/>
        <source>Switch To Gallery View</source>
        <translation>ギャラリービューに切り替え</translation>
    </message>
    <message>
        <location filename="../mythmusic/musiccommon.cpp" line="1369"/>
        <location filename="../mythmusic/musiccommon.cpp" line="2185"/>
        <source>Switch To Tree View</source>
        <translation>ツリービューに切り替え</translation>
    </message>
    <message>
        <location filename="../mythmusic/musiccommon.cpp" line="1371"/>
        <location filename="../mythmusic/musiccommon.cpp" line="2204"/>
        <location filename="../mythmusic/streamview.cpp" line="89"/>
        <source>Lyrics</source>
        <translation>歌詞</translation>
    </message>
    <message>
        <location filename="../mythmusic/musiccommon.cpp" line="1376"/>
        <location filename="../mythmusic/musiccommon.cpp" line="2219"/>
        <source>Search List...</source>
        <translation>リスト検索...</translation>
    </message>
    <message>
        <location filename="../mythmusic/musiccommon.cpp" line="1381"/>
        <location filename="../mythmusic/musiccommon.cpp" line="2247"/>
        <source>Sync List With Current Track</source>
        <translation>リストを現在のトラックと同期</translation>
    </message>
    <message>
        <location filename="../mythmusic/musiccommon.cpp" line="1385"/>
        <location filename="../mythmusic/musiccommon.cpp" line="2248"/>
        <source>Remove Selected Track</source>
        <translation>選択したトラックを削除</translation>
    </message>
    <message>
        <location filename="../mythmusic/musiccommon.cpp" line="1395"/>
        <location filename="../mythmusic/musiccommon.cpp" line="2251"/>
        <source>Remove All Tracks</source>
        <translation>すべてのトラックを削除</translation>
    </message>
    <message>
        <location filename="../mythmusic/musiccommon.cpp" line="1403"/>
        <location filename="../mythmusic/musiccommon.cpp" line="2255"/>
        <source>Save To New Playlist</source>
        <translation>新しいプレイリストに保存</translation>
    </message>
    <message>
        <location filename="../mythmusic/musiccommon.cpp" line="1405"/>
        <source>Enter new playlist name</source>
        <translation>新しいプレイリスト名を入力</translation>
    </message>
    <message>
        <location filename="../mythmusic/musiccommon.cpp" line="1419"/>
        <location filename="../mythmusic/musiccommon.cpp" line="2256"/>
        <source>Save To Existing Playlist</source>
        <translation>既存のプレイリストに保存</translation>
    </message>
    <message>
        <location filename="../mythmusic/musiccommon.cpp" line="1421"/>
        <source>Select the playlist to save to</source>
        <translation>保存するプレイリストを選択</translation>
    </message>
    <message>
        <location filename="../mythmusic/musiccommon.cpp" line="1434"/>
        <location filename="../mythmusic/musiccommon.cpp" line="2261"/>
        <source>Switch To Move Mode</source>
        <translation>移動モードに切り替え</translation>
    </message>
    <message>
        <location filename="../mythmusic/musiccommon.cpp" line="1442"/>
        <location filename="../mythmusic/musiccommon.cpp" line="2259"/>
        <source>Switch To Select Mode</source>
        <translation>選択モードに切り替え</translation>
    </message>
    <message>
        <location filename="../mythmusic/musiccommon.cpp" line="1473"/>
        <location filename="../mythmusic/musiccommon.cpp" line="2284"/>
        <source>No - Exit, Stop Playing</source>
        <translation>いいえ、終了して再生を停止</translation>
    </message>
    <message>
        <location filename="../mythmusic/musiccommon.cpp" line="1479"/>
        <location filename="../mythmusic/musiccommon.cpp" line="2285"/>
        <source>Yes - Exit, Continue Playing</source>
        <translation>はい、終了して再生を継続</translation>
    </message>
    <message>
        <location filename="../mythmusic/musiccommon.cpp" line="1486"/>
        <location filename="../mythmusic/musiccommon.cpp" line="2297"/>
        <source>Change Volume</source>
        <translation>ボリュームの変更</translation>
    </message>
    <message>
        <location filename="../mythmusic/musiccommon.cpp" line="1488"/>
        <location filename="../mythmusic/musiccommon.cpp" line="2298"/>
        <source>Mute</source>
        <translation>消音</translation>
    </message>
    <message>
        <location filename="../mythmusic/musiccommon.cpp" line="1490"/>
        <location filename="../mythmusic/musiccommon.cpp" line="2299"/>
        <source>Previous Track</source>
        <translation>前のトラック</translation>
    </message>
    <message>
        <location filename="../mythmusic/musiccommon.cpp" line="1492"/>
        <location filename="../mythmusic/musiccommon.cpp" line="2300"/>
        <source>Next Track</source>
        <translation>次のトラック</translation>
    </message>
    <message>
        <location filename="../mythmusic/musiccommon.cpp" line="1494"/>
        <location filename="../mythmusic/musiccommon.cpp" line="2304"/>
        <source>Jump Back</source>
        <translation>前にスキップ</translation>
    </message>
    <message>
        <location filename="../mythmusic/musiccommon.cpp" line="1496"/>
        <location filename="../mythmusic/musiccommon.cpp" line="2305"/>
        <source>Jump Forward</source>
        <translation>先にスキップ</translation>
    </message>
    <message>
        <location filename="../mythmusic/musiccommon.cpp" line="1498"/>
        <location filename="../mythmusic/musiccommon.cpp" line="2308"/>
        <source>Play</source>
        <translation>再生</translation>
    </message>
    <message>
        <location filename="../mythmusic/musiccommon.cpp" line="1500"/>
        <location filename="../mythmusic/musiccommon.cpp" line="2309"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../mythmusic/musiccommon.cpp" line="1502"/>
        <location filename="../mythmusic/musiccommon.cpp" line="2312"/>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <location filename="../mythmusic/musiccommon.cpp" line="1507"/>
        <location filename="../mythmusic/musiccommon.cpp" line="2355"/>
        <source>All Tracks</source>
        <translation>すべてのトラック</translation>
    </message>
    <message>
        <location filename="../mythmusic/musiccommon.cpp" line="1509"/>
        <location filename="../mythmusic/musiccommon.cpp" line="2358"/>
        <source>From CD</source>
        <translation>CD から</translation>
    </message>
    <message>
        <location filename="../mythmusic/musiccommon.cpp" line="1511"/>
        <location filename="../mythmusic/musiccommon.cpp" line="2362"/>
        <source>Tracks By Current Artist</source>
        <translation>現在のアーチストのトラック</translation>
    </message>
    <message>
        <location filename="../mythmusic/musiccommon.cpp" line="1513"/>
        <location filename="../mythmusic/musiccommon.cpp" line="2364"/>
        <source>Tracks From Current Genre</source>
        <translation>現在のジャンルのトラック</translation>
    </message>
    <message>
        <location filename="../mythmusic/musiccommon.cpp" line="1515"/>
        <location filename="../mythmusic/musiccommon.cpp" line="2363"/>
        <source>Tracks From Current Album</source>
        <translation>現在のアルバムのトラック</translation>
    </message>
    <message>
        <location filename="../mythmusic/musiccommon.cpp" line="1517"/>
        <location filename="../mythmusic/musiccommon.cpp" line="2365"/>
        <source>Tracks From Current Year</source>
        <translation>現在の年のトラック</translation>
    </message>
    <message>
        <location filename="../mythmusic/musiccommon.cpp" line="1519"/>
        <location filename="../mythmusic/musiccommon.cpp" line="2366"/>
        <source>Tracks With Same Title</source>
        <translation>同じタイトルのトラック</translation>
    </message>
    <message>
        <location filename="../mythmusic/musiccommon.cpp" line="1524"/>
        <location filename="../mythmusic/musiccommon.cpp" line="2392"/>
        <source>Replace Tracks</source>
        <translation>トラックの置き換え</translation>
    </message>
    <message>
        <location filename="../mythmusic/musiccommon.cpp" line="1529"/>
        <location filename="../mythmusic/musiccommon.cpp" line="2393"/>
        <source>Add Tracks</source>
        <translation>トラックを追加</translation>
    </message>
    <message>
        <location filename="../mythmusic/musiccommon.cpp" line="2111"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../mythmusic/musiccommon.cpp" line="2119"/>
        <source>Default Playlist</source>
        <translation>デフォルト プレイリスト</translation>
    </message>
    <message>
        <location filename="../mythmusic/musiccommon.cpp" line="2121"/>
        <source>Stream Playlist</source>
        <translation>ストリーム プレイリスト</translation>
    </message>
    <message>
        <location filename="../mythmusic/musiccommon.cpp" line="2178"/>
        <source>View Actions</source>
        <translation>操作を見る</translation>
    </message>
    <message>
        <location filename="../mythmusic/musiccommon.cpp" line="2206"/>
        <location filename="../mythmusic/musiccommon.cpp" line="2505"/>
        <source>More Options</source>
        <translation>その他の設定</translation>
    </message>
    <message>
        <location filename="../mythmusic/musiccommon.cpp" line="2213"/>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../mythmusic/musiccommon.cpp" line="2223"/>
        <location filename="../mythmusic/musiccommon.cpp" line="2241"/>
        <source>Playlist Options</source>
        <translation>プレイリスト設定</translation>
    </message>
    <message>
        <location filename="../mythmusic/musiccommon.cpp" line="2224"/>
        <location filename="../mythmusic/musiccommon.cpp" line="2334"/>
        <source>Set Shuffle Mode</source>
        <translation>シャッフルモードを設定</translation>
    </message>
    <message>
        <location filename="../mythmusic/musiccommon.cpp" line="2225"/>
        <location filename="../mythmusic/musiccommon.cpp" line="2319"/>
        <source>Set Repeat Mode</source>
        <translation>くり返しモードを設定</translation>
    </message>
    <message>
        <location filename="../mythmusic/musiccommon.cpp" line="2228"/>
        <source>Player Options</source>
        <translation>プレーヤー設定</translation>
    </message>
    <message>
        <location filename="../mythmusic/musiccommon.cpp" line="2231"/>
        <location filename="../mythmusic/musiccommon.cpp" line="2351"/>
        <source>Quick Playlists</source>
        <translation>クイック プレイリスト</translation>
    </message>
    <message>
        <location filename="../mythmusic/musiccommon.cpp" line="2234"/>
        <source>Change Visualizer</source>
        <translation>ビジュアライズの変更</translation>
    </message>
    <message>
        <location filename="../mythmusic/musiccommon.cpp" line="2269"/>
        <source>Exiting Music Player.

Do you want to continue playing in the background?</source>
        <translation>音楽プレーヤーを終了しています。

バックで再生をつづけますか？</translation>
    </message>
    <message>
        <location filename="../mythmusic/musiccommon.cpp" line="2286"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../mythmusic/musiccommon.cpp" line="2293"/>
        <source>Player Actions</source>
        <translation>プレーヤー操作</translation>
    </message>
    <message>
        <location filename="../mythmusic/musiccommon.cpp" line="2323"/>
        <location filename="../mythmusic/musiccommon.cpp" line="2338"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../mythmusic/musiccommon.cpp" line="2324"/>
        <source>Track</source>
        <translation>トラック</translation>
    </message>
    <message>
        <location filename="../mythmusic/musiccommon.cpp" line="2325"/>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location filename="../mythmusic/musiccommon.cpp" line="2339"/>
        <source>Random</source>
        <translation>ランダム</translation>
    </message>
    <message>
        <location filename="../mythmusic/musiccommon.cpp" line="2340"/>
        <source>Smart</source>
        <translation>スマート</translation>
    </message>
    <message>
        <location filename="../mythmusic/musiccommon.cpp" line="2341"/>
        <source>Album</source>
        <translation>アルバム</translation>
    </message>
    <message>
        <location filename="../mythmusic/musiccommon.cpp" line="2342"/>
        <source>Artist</source>
        <translation>アーチスト</translation>
    </message>
    <message>
        <location filename="../mythmusic/musiccommon.cpp" line="2374"/>
        <source>Choose Visualizer</source>
        <translation>ビジュアライズの選択</translation>
    </message>
    <message>
        <location filename="../mythmusic/musiccommon.cpp" line="2388"/>
        <source>Add to Playlist Options</source>
        <translation>プレイリストオプションに追加</translation>
    </message>
</context>
<context>
    <name>MusicData</name>
    <message>
        <location filename="../mythmusic/musicdata.cpp" line="63"/>
        <source>Rebuilding music tree</source>
        <translation>音楽のツリーをリビルドしています</translation>
    </message>
</context>
<context>
    <name>MusicPlayer</name>
    <message>
        <source>playlist root</source>
        <translation type="obsolete">プレイリストルート</translation>
    </message>
    <message>
        <location filename="../mythmusic/musicplayer.cpp" line="318"/>
        <source>Got too many track unavailable errors. Maybe the host with the music on is off-line?</source>
        <translation>トラックの利用不可のエラーを過度に検出しました。音楽ファイルをおいているホストがオフラインではないですか？</translation>
    </message>
    <message>
        <location filename="../mythmusic/musicplayer.cpp" line="326"/>
        <source>Track Unavailable</source>
        <translation>トラック利用不可</translation>
    </message>
    <message>
        <location filename="../mythmusic/musicplayer.cpp" line="326"/>
        <location filename="../mythmusic/musicplayer.cpp" line="808"/>
        <location filename="../mythmusic/musicplayer.cpp" line="830"/>
        <location filename="../mythmusic/musicplayer.cpp" line="852"/>
        <source>MythMusic</source>
        <translation>MythMusic</translation>
    </message>
    <message>
        <location filename="../mythmusic/musicplayer.cpp" line="747"/>
        <source>A music file scan has started on %1</source>
        <translation>%1 での音楽ファイルスキャンを開始しました</translation>
    </message>
    <message>
        <location filename="../mythmusic/musicplayer.cpp" line="748"/>
        <location filename="../mythmusic/musicplayer.cpp" line="768"/>
        <location filename="../mythmusic/musicplayer.cpp" line="785"/>
        <location filename="../mythmusic/musicplayer.cpp" line="791"/>
        <source>Music File Scanner</source>
        <translation>音楽ファイルスキャン</translation>
    </message>
    <message>
        <location filename="../mythmusic/musicplayer.cpp" line="749"/>
        <source>This may take a while I&apos;ll give a shout when finished</source>
        <translation>これには時間がかかります。完了したら音で通知します</translation>
    </message>
    <message>
        <location filename="../mythmusic/musicplayer.cpp" line="767"/>
        <source>A music file scan has finished on %1</source>
        <translation>%1 での音楽ファイルスキャンを完了しました</translation>
    </message>
    <message>
        <location filename="../mythmusic/musicplayer.cpp" line="786"/>
        <source>Can&apos;t run the music file scanner because it is already running on %1</source>
        <translation>%1 ですでに実行中のため、音楽ファイル検出を実行できません</translation>
    </message>
    <message>
        <location filename="../mythmusic/musicplayer.cpp" line="792"/>
        <source>The music file scanner has been running for more than 60 minutes on %1.
Resetting and trying again</source>
        <translation>%1 での音楽ファイルスキャンが 60 分を超えています。
リセットして再試行します</translation>
    </message>
    <message>
        <location filename="../mythmusic/musicplayer.cpp" line="808"/>
        <source>Audio Output Error</source>
        <translation>オーディオ出力エラー</translation>
    </message>
    <message>
        <location filename="../mythmusic/musicplayer.cpp" line="830"/>
        <source>Decoder Error</source>
        <translation>デコードエラー</translation>
    </message>
    <message>
        <location filename="../mythmusic/musicplayer.cpp" line="852"/>
        <source>Decoder Handler Error</source>
        <translation>デコーダーハンドラーエラー</translation>
    </message>
    <message>
        <location filename="../mythmusic/musicplayer.cpp" line="1417"/>
        <source>%1% (Muted)</source>
        <comment>Zero Audio Volume</comment>
        <translation>%1% (消音)</translation>
    </message>
    <message>
        <location filename="../mythmusic/musicplayer.cpp" line="1421"/>
        <source>Muted</source>
        <translation>消音</translation>
    </message>
</context>
<context>
    <name>MythControls</name>
    <message>
        <location filename="../mythmusic/main.cpp" line="790"/>
        <source>Play music</source>
        <translation>音楽を再生</translation>
    </message>
    <message>
        <location filename="../mythmusic/main.cpp" line="792"/>
        <source>Select music playlists</source>
        <translation>音楽プレイリストを選択</translation>
    </message>
    <message>
        <location filename="../mythmusic/main.cpp" line="794"/>
        <source>Play radio stream</source>
        <translation>ラジオストリームを再生</translation>
    </message>
    <message>
        <location filename="../mythmusic/main.cpp" line="796"/>
        <source>Rip CD</source>
        <translation>CD からのデータ取り出し</translation>
    </message>
    <message>
        <location filename="../mythmusic/main.cpp" line="798"/>
        <source>Scan music</source>
        <translation>音楽をスキャン</translation>
    </message>
    <message>
        <location filename="../mythmusic/main.cpp" line="800"/>
        <source>Show Music Miniplayer</source>
        <translation>音楽ミニプレーヤーを表示</translation>
    </message>
    <message>
        <location filename="../mythmusic/main.cpp" line="803"/>
        <source>Move to the next track</source>
        <translation>次のトラックに移動</translation>
    </message>
    <message>
        <location filename="../mythmusic/main.cpp" line="805"/>
        <source>Move to the previous track</source>
        <translation>前のトラックに移動</translation>
    </message>
    <message>
        <location filename="../mythmusic/main.cpp" line="807"/>
        <source>Fast forward</source>
        <translation>早送り</translation>
    </message>
    <message>
        <location filename="../mythmusic/main.cpp" line="809"/>
        <source>Rewind</source>
        <translation>巻戻し</translation>
    </message>
    <message>
        <location filename="../mythmusic/main.cpp" line="811"/>
        <source>Pause/Start playback</source>
        <translation>再生の一時停止・再開</translation>
    </message>
    <message>
        <location filename="../mythmusic/main.cpp" line="813"/>
        <source>Start playback</source>
        <translation>再生開始</translation>
    </message>
    <message>
        <location filename="../mythmusic/main.cpp" line="815"/>
        <source>Stop playback</source>
        <translation>再生停止</translation>
    </message>
    <message>
        <location filename="../mythmusic/main.cpp" line="817"/>
        <source>Volume down</source>
        <translation>ボリュームを下げる</translation>
    </message>
    <message>
        <location filename="../mythmusic/main.cpp" line="819"/>
        <source>Volume up</source>
        <translation>ボリュームを上げる</translation>
    </message>
    <message>
        <location filename="../mythmusic/main.cpp" line="821"/>
        <source>Mute</source>
        <translation>消音</translation>
    </message>
    <message>
        <location filename="../mythmusic/main.cpp" line="823"/>
        <source>Toggle audio upmixer</source>
        <translation>オーディオアップミキサーの切り替え</translation>
    </message>
    <message>
        <location filename="../mythmusic/main.cpp" line="825"/>
        <source>Cycle visualizer mode</source>
        <translation>ビジュアライズモードをサイクル切り替え</translation>
    </message>
    <message>
        <location filename="../mythmusic/main.cpp" line="827"/>
        <source>Blank screen</source>
        <translation>画面表示なし</translation>
    </message>
    <message>
        <location filename="../mythmusic/main.cpp" line="829"/>
        <source>Increase rating</source>
        <translation>評価を上げる</translation>
    </message>
    <message>
        <location filename="../mythmusic/main.cpp" line="831"/>
        <source>Decrease rating</source>
        <translation>評価を下げる</translation>
    </message>
    <message>
        <location filename="../mythmusic/main.cpp" line="833"/>
        <source>Refresh music tree</source>
        <translation>音楽のツリーを再読込</translation>
    </message>
    <message>
        <location filename="../mythmusic/main.cpp" line="835"/>
        <source>Increase Play Speed</source>
        <translation>再生スピードを上げる</translation>
    </message>
    <message>
        <location filename="../mythmusic/main.cpp" line="837"/>
        <source>Decrease Play Speed</source>
        <translation>再生スピードを下げる</translation>
    </message>
    <message>
        <location filename="../mythmusic/main.cpp" line="839"/>
        <source>Toggle track selection</source>
        <translation>トラックの選択を切り替え</translation>
    </message>
    <message>
        <location filename="../mythmusic/main.cpp" line="841"/>
        <source>Toggle shuffle mode</source>
        <translation>シャッフルモードを切り替え</translation>
    </message>
    <message>
        <location filename="../mythmusic/main.cpp" line="843"/>
        <source>Toggle repeat mode</source>
        <translation>くり返しモードを切り替え</translation>
    </message>
    <message>
        <location filename="../mythmusic/main.cpp" line="845"/>
        <source>Switch to previous radio stream</source>
        <translation>前のラジオストリームに切り替え</translation>
    </message>
    <message>
        <location filename="../mythmusic/main.cpp" line="849"/>
        <source>Switch to the current playlist view</source>
        <translation>現在のプレイリスト表示に切り替え</translation>
    </message>
    <message>
        <location filename="../mythmusic/main.cpp" line="851"/>
        <source>Switch to the playlist editor tree view</source>
        <translation>プレイリスト編集のツリー表示に切り替え</translation>
    </message>
    <message>
        <location filename="../mythmusic/main.cpp" line="853"/>
        <source>Switch to the playlist editor gallery view</source>
        <translation>プレイリスト編集のギャラリー表示に切り替え</translation>
    </message>
    <message>
        <location filename="../mythmusic/main.cpp" line="855"/>
        <source>Switch to the search view</source>
        <translation>検索画面に切り替え</translation>
    </message>
    <message>
        <location filename="../mythmusic/main.cpp" line="857"/>
        <source>Switch to the fullscreen visualiser view</source>
        <translation>全画面ビジュアライズ表示に切り替え</translation>
    </message>
    <message>
        <location filename="../mythmusic/main.cpp" line="859"/>
        <source>Switch to the radio stream view</source>
        <translation>ラジオストリーム表示に切り替え</translation>
    </message>
    <message>
        <location filename="../mythmusic/main.cpp" line="862"/>
        <source>MythMusic Media Handler 1/2</source>
        <translation>MythMusic メディアハンドラー 1/2</translation>
    </message>
    <message>
        <location filename="../mythmusic/main.cpp" line="868"/>
        <source>MythMusic Media Handler 2/2</source>
        <translation>MythMusic メディアハンドラー 2/2</translation>
    </message>
</context>
<context>
    <name>PlaybackBoxMusic</name>
    <message>
        <source>Edit Playlist</source>
        <translation type="vanished">プレイリスト編集</translation>
    </message>
    <message>
        <source>Visualize</source>
        <translation type="vanished">ビジュアライズ</translation>
    </message>
    <message>
        <source>3 Edit Playlist</source>
        <translation type="vanished">3 プレイリスト編集</translation>
    </message>
    <message>
        <source>4 Visualize</source>
        <translation type="vanished">4 ビジュアライズ</translation>
    </message>
    <message>
        <source>Playing stream.</source>
        <translation type="vanished">再生ストリーム.</translation>
    </message>
    <message>
        <source>Buffering stream.</source>
        <translation type="vanished">バッファーストリーム.</translation>
    </message>
    <message>
        <source>Output error.</source>
        <translation type="vanished">出力エラー.</translation>
    </message>
    <message>
        <source>Finished playing stream.</source>
        <translation type="vanished">再生ストリーム終了.</translation>
    </message>
    <message>
        <source>Stream paused.</source>
        <translation type="vanished">ストリーム一時停止中.</translation>
    </message>
    <message>
        <source>Stream stopped.</source>
        <translation type="vanished">ストリーム停止中.</translation>
    </message>
    <message>
        <source>Decoder error.</source>
        <translation type="vanished">デコーダーエラー.</translation>
    </message>
    <message>
        <source>Smart playlists</source>
        <translation type="vanished">スマートプレイリスト</translation>
    </message>
    <message>
        <source>All Tracks</source>
        <translation type="vanished">全てのトラック</translation>
    </message>
    <message>
        <source>Tracks by current Artist</source>
        <translation type="vanished">このアーチストのトラック</translation>
    </message>
    <message>
        <source>Tracks from current Album</source>
        <translation type="vanished">このアルバムのトラック</translation>
    </message>
    <message>
        <source>Tracks from current Genre</source>
        <translation type="vanished">このジャンルのトラック</translation>
    </message>
    <message>
        <source>Tracks from current Year</source>
        <translation type="vanished">この年のトラック</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="obsolete">キャンセル</translation>
    </message>
    <message>
        <source>Album</source>
        <translation type="obsolete">アルバム</translation>
    </message>
    <message>
        <source>Artist</source>
        <translation type="obsolete">アーティスト</translation>
    </message>
    <message>
        <source>All</source>
        <translation type="obsolete">全て</translation>
    </message>
</context>
<context>
    <name>PlayerSettings</name>
    <message>
        <location filename="../mythmusic/playersettings.cpp" line="34"/>
        <location filename="../mythmusic/playersettings.cpp" line="40"/>
        <location filename="../mythmusic/playersettings.cpp" line="46"/>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <location filename="../mythmusic/playersettings.cpp" line="35"/>
        <location filename="../mythmusic/playersettings.cpp" line="41"/>
        <source>First</source>
        <translation>最初</translation>
    </message>
    <message>
        <location filename="../mythmusic/playersettings.cpp" line="36"/>
        <location filename="../mythmusic/playersettings.cpp" line="42"/>
        <source>Track</source>
        <translation>トラック</translation>
    </message>
    <message>
        <location filename="../mythmusic/playersettings.cpp" line="37"/>
        <location filename="../mythmusic/playersettings.cpp" line="43"/>
        <source>Exact</source>
        <translation>正確</translation>
    </message>
    <message>
        <location filename="../mythmusic/playersettings.cpp" line="47"/>
        <source>On</source>
        <translation>ON</translation>
    </message>
    <message>
        <location filename="../mythmusic/playersettings.cpp" line="50"/>
        <source>Prompt</source>
        <translation>通知</translation>
    </message>
    <message>
        <location filename="../mythmusic/playersettings.cpp" line="51"/>
        <location filename="../mythmusic/playersettings.cpp" line="55"/>
        <source>Stop playing</source>
        <translation>再生停止</translation>
    </message>
    <message>
        <location filename="../mythmusic/playersettings.cpp" line="52"/>
        <location filename="../mythmusic/playersettings.cpp" line="56"/>
        <source>Continue Playing</source>
        <translation>再生再開</translation>
    </message>
    <message>
        <location filename="../mythmusic/playersettings.cpp" line="66"/>
        <source>Playback screen - Resume playback at either the beginning of the active play queue, the beginning of the last track played, or an exact point within the last track played or not at all.</source>
        <translation>再生画面――再生の再開を、再生キューの最初からでも、最後に再生していた曲のはじめからでも、または最後に曲の再生を止めたポイントからでも、まったくこれら以外からでもはじめることができます。</translation>
    </message>
    <message>
        <location filename="../mythmusic/playersettings.cpp" line="69"/>
        <source>Playlist Editor screen - Resume playback at either the beginning of the active play queue, the beginning of the last track played, or an exact point within the last track played or not at all.</source>
        <translation>プレイリスト編集画面――再生の再開を、再生キューの最初からでも、最後に再生していた曲のはじめからでも、または最後に曲の再生を止めたポイントからでも、まったくこれら以外からでもはじめることができます。</translation>
    </message>
    <message>
        <location filename="../mythmusic/playersettings.cpp" line="72"/>
        <source>Radio screen - Resume playback at the previous station or not at all</source>
        <translation>ラジオ画面――再生の再開を、以前の局から、またはまったくそれ以外からはじめることができます</translation>
    </message>
    <message>
        <location filename="../mythmusic/playersettings.cpp" line="73"/>
        <source>Specify what action to take when exiting MythMusic plugin.</source>
        <translation>MythMusic プラグインを終了したときにおこなう操作を指定します。</translation>
    </message>
    <message>
        <location filename="../mythmusic/playersettings.cpp" line="74"/>
        <source>Specify what action to take when exiting MythMusic plugin due to a jumppoint being executed.</source>
        <translation>ジャンプポイント実行で MythMusic プラグインを終了したときにおこなう操作を指定します。</translation>
    </message>
    <message>
        <location filename="../mythmusic/playersettings.cpp" line="75"/>
        <source>Automatically lookup an audio CD if it is present and show its information in the Music Selection Tree.</source>
        <translation>音楽 CD をセットし、音楽選択ツリーで情報を表示する際、自動的に CD を検索します。</translation>
    </message>
    <message>
        <location filename="../mythmusic/playersettings.cpp" line="78"/>
        <source>Automatically put a new CD on the playlist and start playing the CD.</source>
        <translation>CD をセットした際、プレイリストに登録し、CD の再生をはじめます。</translation>
    </message>
    <message>
        <location filename="../mythmusic/playersettings.cpp" line="80"/>
        <source>Exit without saving settings</source>
        <translation>設定を保存しないで終了</translation>
    </message>
    <message>
        <location filename="../mythmusic/playersettings.cpp" line="81"/>
        <source>Save settings and Exit</source>
        <translation>設定を保存して終了</translation>
    </message>
</context>
<context>
    <name>Playlist</name>
    <message>
        <location filename="../mythmusic/playlist.cpp" line="143"/>
        <source>oops</source>
        <translation>!!</translation>
    </message>
    <message>
        <location filename="../mythmusic/playlist.cpp" line="599"/>
        <source>Default Playlist</source>
        <translation>デフォルト プレイリスト</translation>
    </message>
    <message>
        <location filename="../mythmusic/playlist.cpp" line="1353"/>
        <source>Creating CD File System</source>
        <translation>CD ファイルシステムを作成中</translation>
    </message>
    <message>
        <location filename="../mythmusic/playlist.cpp" line="1402"/>
        <source>Burning CD</source>
        <translation>CD を書き込み中</translation>
    </message>
</context>
<context>
    <name>PlaylistContainer</name>
    <message>
        <location filename="../mythmusic/playlistcontainer.cpp" line="271"/>
        <source>Something is Wrong</source>
        <translation>なにか問題発生</translation>
    </message>
</context>
<context>
    <name>PlaylistEditorView</name>
    <message>
        <location filename="../mythmusic/playlisteditorview.cpp" line="246"/>
        <location filename="../mythmusic/playlisteditorview.cpp" line="716"/>
        <location filename="../mythmusic/playlisteditorview.cpp" line="726"/>
        <source>New Smart Playlist</source>
        <translation>新しいスマートプレイリスト</translation>
    </message>
    <message>
        <location filename="../mythmusic/playlisteditorview.cpp" line="268"/>
        <location filename="../mythmusic/playlisteditorview.cpp" line="727"/>
        <source>Remove Smart Playlist</source>
        <translation>スマートプレイリストの削除</translation>
    </message>
    <message>
        <location filename="../mythmusic/playlisteditorview.cpp" line="273"/>
        <location filename="../mythmusic/playlisteditorview.cpp" line="454"/>
        <source>Are you sure you want to delete this Smart Playlist?
Category: %1 - Name: %2</source>
        <translation>このスマートプレイリストを削除します。よろしいですか？
カテゴリー : %1 - 名前 : %2</translation>
    </message>
    <message>
        <location filename="../mythmusic/playlisteditorview.cpp" line="277"/>
        <location filename="../mythmusic/playlisteditorview.cpp" line="725"/>
        <source>Edit Smart Playlist</source>
        <translation>スマートプレイリスト編集</translation>
    </message>
    <message>
        <location filename="../mythmusic/playlisteditorview.cpp" line="298"/>
        <location filename="../mythmusic/playlisteditorview.cpp" line="332"/>
        <location filename="../mythmusic/playlisteditorview.cpp" line="690"/>
        <location filename="../mythmusic/playlisteditorview.cpp" line="722"/>
        <source>Replace Tracks</source>
        <translation>トラックの置き換え</translation>
    </message>
    <message>
        <location filename="../mythmusic/playlisteditorview.cpp" line="304"/>
        <location filename="../mythmusic/playlisteditorview.cpp" line="338"/>
        <location filename="../mythmusic/playlisteditorview.cpp" line="691"/>
        <location filename="../mythmusic/playlisteditorview.cpp" line="723"/>
        <source>Add Tracks</source>
        <translation>トラックを追加</translation>
    </message>
    <message>
        <location filename="../mythmusic/playlisteditorview.cpp" line="324"/>
        <location filename="../mythmusic/playlisteditorview.cpp" line="692"/>
        <source>Remove Playlist</source>
        <translation>プレイリストの削除</translation>
    </message>
    <message>
        <location filename="../mythmusic/playlisteditorview.cpp" line="328"/>
        <location filename="../mythmusic/playlisteditorview.cpp" line="463"/>
        <source>Are you sure you want to delete this Playlist?
Name: %1</source>
        <translation>このプレイリストを削除します。よろしいですか？
名前 : %1</translation>
    </message>
    <message>
        <location filename="../mythmusic/playlisteditorview.cpp" line="658"/>
        <source>More Options</source>
        <translation>その他の設定</translation>
    </message>
    <message>
        <location filename="../mythmusic/playlisteditorview.cpp" line="689"/>
        <source>Playlist Actions</source>
        <translation>プレイリスト操作</translation>
    </message>
    <message>
        <location filename="../mythmusic/playlisteditorview.cpp" line="712"/>
        <location filename="../mythmusic/playlisteditorview.cpp" line="720"/>
        <source>Smart Playlist Actions</source>
        <translation>スマートプレイリスト操作</translation>
    </message>
    <message>
        <location filename="../mythmusic/playlisteditorview.cpp" line="739"/>
        <location filename="../mythmusic/playlisteditorview.cpp" line="1318"/>
        <source>All Tracks</source>
        <translation>すべてのトラック</translation>
    </message>
    <message>
        <location filename="../mythmusic/playlisteditorview.cpp" line="743"/>
        <location filename="../mythmusic/playlisteditorview.cpp" line="1324"/>
        <source>Albums</source>
        <translation>アルバム</translation>
    </message>
    <message>
        <location filename="../mythmusic/playlisteditorview.cpp" line="747"/>
        <location filename="../mythmusic/playlisteditorview.cpp" line="1331"/>
        <source>Artists</source>
        <translation>アーチスト</translation>
    </message>
    <message>
        <location filename="../mythmusic/playlisteditorview.cpp" line="751"/>
        <location filename="../mythmusic/playlisteditorview.cpp" line="1379"/>
        <source>Genres</source>
        <translation>ジャンル</translation>
    </message>
    <message>
        <location filename="../mythmusic/playlisteditorview.cpp" line="755"/>
        <location filename="../mythmusic/playlisteditorview.cpp" line="1386"/>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <location filename="../mythmusic/playlisteditorview.cpp" line="759"/>
        <location filename="../mythmusic/playlisteditorview.cpp" line="1393"/>
        <source>Ratings</source>
        <translation>評価</translation>
    </message>
    <message>
        <location filename="../mythmusic/playlisteditorview.cpp" line="763"/>
        <location filename="../mythmusic/playlisteditorview.cpp" line="1400"/>
        <source>Years</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../mythmusic/playlisteditorview.cpp" line="767"/>
        <source>Compilations</source>
        <translation>コラボ</translation>
    </message>
    <message>
        <location filename="../mythmusic/playlisteditorview.cpp" line="787"/>
        <source>CD - %1</source>
        <translation>CD - %1</translation>
    </message>
    <message>
        <location filename="../mythmusic/playlisteditorview.cpp" line="792"/>
        <location filename="../mythmusic/playlisteditorview.cpp" line="1245"/>
        <source>Directory</source>
        <translation>ディレクトリー</translation>
    </message>
    <message>
        <location filename="../mythmusic/playlisteditorview.cpp" line="796"/>
        <source>Playlists</source>
        <translation>プレイリスト</translation>
    </message>
    <message>
        <location filename="../mythmusic/playlisteditorview.cpp" line="799"/>
        <location filename="../mythmusic/playlisteditorview.cpp" line="1714"/>
        <source>Smart Playlists</source>
        <translation>スマートプレイリスト</translation>
    </message>
    <message>
        <location filename="../mythmusic/playlisteditorview.cpp" line="935"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../mythmusic/playlisteditorview.cpp" line="1174"/>
        <source>%n Star(s)</source>
        <translation>
            <numerusform>☆ %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../mythmusic/playlisteditorview.cpp" line="1371"/>
        <source>Compilation Artists</source>
        <translation>コラボアーチスト</translation>
    </message>
    <message>
        <location filename="../mythmusic/playlisteditorview.cpp" line="1570"/>
        <source>** No matching tracks **</source>
        <translation>** 一致するトラックなし **</translation>
    </message>
    <message>
        <location filename="../mythmusic/playlisteditorview.cpp" line="1631"/>
        <source>** Empty Playlist!! **</source>
        <translation>** 空のプレイリスト!! **</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Searching for music files</source>
        <translation type="obsolete">ミュージックファイル検索</translation>
    </message>
    <message>
        <source>Updating music database</source>
        <translation type="obsolete">ミュージックデータベース更新</translation>
    </message>
    <message>
        <source>Various Artists</source>
        <translation type="vanished">各種アーティスト</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="vanished">不明</translation>
    </message>
    <message>
        <source>Directory to hold music</source>
        <translation type="vanished">ミュージック保存ディレクトリ</translation>
    </message>
    <message>
        <source>This directory must exist, and the user running MythMusic needs to have write permission to the directory.</source>
        <translation type="vanished">このディレクトリは必ず存在しなければなりません.MythMusicを実行するユーザーに書き込み権限が必要です.</translation>
    </message>
    <message>
        <source>Audio device</source>
        <translation type="vanished">オーディオデバイス</translation>
    </message>
    <message>
        <source>CD device</source>
        <translation type="vanished">CDデバイス</translation>
    </message>
    <message>
        <source>CDRom device used for ripping/playback.</source>
        <translation type="vanished">リッピング/再生に使用するCDロムデバイス.</translation>
    </message>
    <message>
        <source>Tree Sorting</source>
        <translation type="vanished">ツリーソート順</translation>
    </message>
    <message>
        <source>Script Path</source>
        <translation type="vanished">スクリプトパス</translation>
    </message>
    <message>
        <source>If present this script will be executed after a CD Rip is completed.</source>
        <translation type="vanished">CDのリッピングが終了したときに実行されます.</translation>
    </message>
    <message>
        <source>Filename Format</source>
        <translation type="vanished">ファイル名フォーマット</translation>
    </message>
    <message>
        <source>Ignore ID3 Tags</source>
        <translation type="vanished">ID3タグを無視する</translation>
    </message>
    <message>
        <source>If set, MythMusic will skip checking ID3 tags in files and just try to determine Genre, Artist, Album, and Track number and title from the filename.</source>
        <translation type="vanished">これをセットするとMythMusicはファイルのID3タグを無視してファイル名からジャンル、アーチスト、アルバム、トラックナンバーとタイトルを取得します。</translation>
    </message>
    <message>
        <source>Automatically lookup CDs</source>
        <translation type="vanished">CDを自動的に検索する</translation>
    </message>
    <message>
        <source>Automatically lookup an audio CD if it is present and show its information in the Music Selection Tree.</source>
        <translation type="vanished">ミュージック選択画面で音楽CDの内容を自動的に表示します。</translation>
    </message>
    <message>
        <source>Use Keyboard/Remote Accelerated Buttons</source>
        <translation type="vanished">キーボード/リモートアクセラレートボタンを使用する</translation>
    </message>
    <message>
        <source>If this is not set, you will need to use arrow keys to select and activate various functions.</source>
        <translation type="vanished">これをセットしないと、矢印キーで機能を選択しなければなりません。</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation type="vanished">エンコーディグ</translation>
    </message>
    <message>
        <source>Audio encoder to use for CD ripping. Note that the quality level &apos;Perfect&apos; will use the FLAC encoder.</source>
        <translation type="vanished">CDリッピングに使用するエンコーダー.FLACエンコーダーを使用すると品質は&quot;完璧&quot;です.</translation>
    </message>
    <message>
        <source>File storage location</source>
        <translation type="vanished">ファイル保存場所</translation>
    </message>
    <message>
        <source>Replace &apos; &apos; with &apos;_&apos;</source>
        <translation type="vanished">&apos; &apos;を&apos;_&apos;に置き換える</translation>
    </message>
    <message>
        <source>If set, whitespace characters in filenames will be replaced with underscore characters.</source>
        <translation type="vanished">これをセットするとファイル名のスペースを指定した文字に置き換えます.</translation>
    </message>
    <message>
        <source>Paranoia Level</source>
        <translation type="vanished">パラノイアレベル</translation>
    </message>
    <message>
        <source>Full</source>
        <translation type="vanished">完全</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation type="vanished">高速</translation>
    </message>
    <message>
        <source>Paranoia level of the CD ripper. Set to faster if you&apos;re not concerned about possible errors in the audio.</source>
        <translation type="vanished">CDリッパーのパラノイアレベル.オーディオに問題が有る場合は早い方に設定して下さい.</translation>
    </message>
    <message>
        <source>Automatically eject CDs after ripping</source>
        <translation type="vanished">リッピングの後自動的にCDを取り出す</translation>
    </message>
    <message>
        <source>If set, the CD tray will automatically open after the CD has been ripped.</source>
        <translation type="vanished">セットするとCDリッピングが終了した時に自動的にCDトレイを開きます.</translation>
    </message>
    <message>
        <source>Rating Weight</source>
        <translation type="vanished">レーティングウェイト</translation>
    </message>
    <message>
        <source>Used in &quot;Smart&quot; Shuffle mode. This weighting affects how much strength is given to your rating of a given track when ordering a group of songs.</source>
        <translation type="vanished">”スマート”シャッフルモードで使用されます.この設定はトラックのレイティングに影響を与えます.</translation>
    </message>
    <message>
        <source>Play Count Weight</source>
        <translation type="vanished">プレイカウントウェイト</translation>
    </message>
    <message>
        <source>Used in &quot;Smart&quot; Shuffle mode. This weighting affects how much strength is given to how many times a given track has been played when ordering a group of songs.</source>
        <translation type="vanished">&quot;スマート&quot;シャッフルモードで使用されます。再生回数が曲順に影響します。</translation>
    </message>
    <message>
        <source>Last Play Weight</source>
        <translation type="vanished">ラストプレイウェイト</translation>
    </message>
    <message>
        <source>Used in &quot;Smart&quot; Shuffle mode. This weighting affects how much strength is given to how long it has been since a given track was played when ordering a group of songs.</source>
        <translation type="vanished">&quot;スマート&quot;シャッフルモードで使用されます。再生されてからの時間が曲順に影響します。</translation>
    </message>
    <message>
        <source>Random Weight</source>
        <translation type="vanished">ランダムウェイト</translation>
    </message>
    <message>
        <source>Used in &quot;Smart&quot; Shuffle mode. This weighting affects how much strength is given to good old (peudo-)randomness when ordering a group of songs.</source>
        <translation type="vanished">&quot;スマート&quot;シャッフルモードで使用されます。</translation>
    </message>
    <message>
        <source>Show Song Ratings</source>
        <translation type="vanished">ソングレイティングを表示する</translation>
    </message>
    <message>
        <source>Show song ratings on the playback screen.</source>
        <translation type="vanished">再生スクリーンにソングレイティングを表示する.</translation>
    </message>
    <message>
        <source>List as Shuffled</source>
        <translation type="vanished">シャッフルリスト</translation>
    </message>
    <message>
        <source>List songs on the playback screen in the order they will be played.</source>
        <translation type="vanished">再生画面に再生される順に表示する</translation>
    </message>
    <message>
        <source>Show entire music tree</source>
        <translation type="vanished">ミュージックリスト全体を表示する</translation>
    </message>
    <message>
        <source>Play mode</source>
        <translation type="vanished">プレイモード</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="vanished">ノーマル</translation>
    </message>
    <message>
        <source>Random</source>
        <translation type="vanished">ランダム</translation>
    </message>
    <message>
        <source>Intelligent</source>
        <translation type="vanished">インテリジェント</translation>
    </message>
    <message>
        <source>Delay before Visualizations start (seconds)</source>
        <translation type="vanished">ビジュアリゼーション開始前の延滞(秒)</translation>
    </message>
    <message>
        <source>If set to 0, visualizations will never automatically start.</source>
        <translation type="vanished">0にセットすると自動的に開始されません。</translation>
    </message>
    <message>
        <source>Change Visualizer on each song</source>
        <translation type="vanished">ビジュアリゼーションを曲ごとに変える</translation>
    </message>
    <message>
        <source>Width for Visual Scaling</source>
        <translation type="vanished">ビジュアリゼーション幅のスケーリング</translation>
    </message>
    <message>
        <source>If set to &quot;2&quot;, visualizations will be scaled in half.  Currently only used by the goom visualization.  Reduces CPU load on slower machines.</source>
        <translation type="vanished">&quot;2&quot;をセットするとビジュアリゼーションは半分のサイズになります。現在はグームのみ有効です。遅いマシンでCPU負荷を減らします。</translation>
    </message>
    <message>
        <source>Height for Visual Scaling</source>
        <translation type="vanished">ビジュアリゼーション高さのスケーリング</translation>
    </message>
    <message>
        <source>Visualizations</source>
        <translation type="vanished">ビジュアリゼーション</translation>
    </message>
    <message>
        <source>Default Rip Quality</source>
        <translation type="vanished">既定のリッピングクオリティ</translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="vanished">低</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="vanished">中</translation>
    </message>
    <message>
        <source>High</source>
        <translation type="vanished">高</translation>
    </message>
    <message>
        <source>Perfect</source>
        <translation type="vanished">完璧</translation>
    </message>
    <message>
        <source>Default quality for new CD rips.</source>
        <translation type="vanished">新規CDリッピングの既定のクオリティ。</translation>
    </message>
    <message>
        <source>Playback Settings</source>
        <translation type="vanished">再生設定</translation>
    </message>
    <message>
        <source>Visualization Settings</source>
        <translation type="vanished">ビジュアリゼーション設定</translation>
    </message>
    <message>
        <source>CD Ripper Settings</source>
        <translation type="vanished">CDリッピング設定</translation>
    </message>
    <message>
        <source>Unknown Artist</source>
        <translation type="vanished">不明なアーティスト</translation>
    </message>
    <message>
        <source>Unknown Album</source>
        <translation type="vanished">不明なアルバム</translation>
    </message>
    <message>
        <source>Unknown Genre</source>
        <translation type="vanished">不明なジャンル</translation>
    </message>
    <message>
        <source>CD -- none</source>
        <translation type="vanished">CD -- 無し</translation>
    </message>
    <message>
        <source>All My Music</source>
        <translation type="vanished">全てのマイミュージック</translation>
    </message>
    <message>
        <source>title</source>
        <translation type="vanished">タイトル</translation>
    </message>
    <message>
        <source>Missing database entry: %1</source>
        <translation type="vanished">データベースに無し: %1</translation>
    </message>
    <message>
        <source>Ooops</source>
        <translation type="vanished">う！</translation>
    </message>
    <message>
        <source>Not Initialized</source>
        <translation type="vanished">未初期化</translation>
    </message>
    <message>
        <source>All My Playlists</source>
        <translation type="vanished">全てのマイプレイリスト</translation>
    </message>
    <message>
        <source>Active Play Queue</source>
        <translation type="vanished">アクティブプレイキュー</translation>
    </message>
    <message>
        <source>Active Play Queue (%1)</source>
        <translation type="vanished">アクティブプレイキュー (%1)</translation>
    </message>
    <message>
        <source>Something is Wrong</source>
        <translation type="vanished">問題発生</translation>
    </message>
    <message>
        <source>Visualization requires FFT library</source>
        <translation type="vanished">ビジュアリゼーションはFFTライブラリが必要です｡</translation>
    </message>
    <message>
        <source>Did you run configure?</source>
        <translation type="vanished">コンフィギュレーションを実行しましたか?</translation>
    </message>
    <message>
        <source>Use variable bitrates</source>
        <translation type="vanished">可変ビットレートを使用</translation>
    </message>
    <message>
        <source>If set, the MP3 encoder will use variable bitrates (VBR) except for the low quality setting. The Ogg encoder will always use variable bitrates.</source>
        <translation type="vanished">これをセットすると、MP3エンコーダーは低品質のときを除いて可変ビットレート(VBR)を使用します。Oggエンコーダーは常に可変ビットレートです。</translation>
    </message>
    <message>
        <source>CD Ripper Settings (part 2)</source>
        <translation type="vanished">CDリッパーセティング(パート2)</translation>
    </message>
    <message>
        <source>Enable CD Writing.</source>
        <translation type="vanished">CD書き込み有効。</translation>
    </message>
    <message>
        <source>Requires a SCSI or an IDE-SCSI CD Writer.</source>
        <translation type="vanished">SCSIかIDE-SCSIのCD-R/RWドライブが必要です。</translation>
    </message>
    <message>
        <source>CD-Writer Device</source>
        <translation type="vanished">CD-R/RWデバイス</translation>
    </message>
    <message>
        <source>Disk Size</source>
        <translation type="vanished">ディスクサイズ</translation>
    </message>
    <message>
        <source>650MB/75min</source>
        <translation type="vanished">650MB/75分</translation>
    </message>
    <message>
        <source>700MB/80min</source>
        <translation type="vanished">700MB/80分</translation>
    </message>
    <message>
        <source>Default CD Capacity.</source>
        <translation type="vanished">規定のCD容量。</translation>
    </message>
    <message>
        <source>Enable directories on MP3 Creation</source>
        <translation type="vanished">MP3作成時にディレクトリを使用する</translation>
    </message>
    <message>
        <source>CD Write Speed</source>
        <translation type="vanished">CD書き込みスピード</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation type="vanished">自動</translation>
    </message>
    <message>
        <source>CD Writer speed. Auto will use the recomended speed.</source>
        <translation type="vanished">CD書き込みスピード。自動は推奨のスピードを使用します。</translation>
    </message>
    <message>
        <source>CD Blanking Type</source>
        <translation type="vanished">CD削除タイプ</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation type="vanished">高速</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="vanished">完全</translation>
    </message>
    <message>
        <source>Blanking Method. Fast takes 1 minute. Complete can take up to 20 minutes.</source>
        <translation type="vanished">削除方法。高速は１分かかります。完全は20分かかります。</translation>
    </message>
    <message>
        <source>CD Recording Settings</source>
        <translation type="vanished">CD記録設定</translation>
    </message>
    <message>
        <source>Artists</source>
        <translation type="obsolete">アーティスト</translation>
    </message>
    <message>
        <source>Creating CD File System</source>
        <translation type="vanished">CDファイルシステムを作成中</translation>
    </message>
    <message>
        <source>Burning CD</source>
        <translation type="vanished">CD書き込み中</translation>
    </message>
    <message>
        <source>?</source>
        <translation type="vanished">?</translation>
    </message>
    <message>
        <source>Album</source>
        <translation type="obsolete">アルバム</translation>
    </message>
</context>
<context>
    <name>RatingSettings</name>
    <message>
        <location filename="../mythmusic/ratingsettings.cpp" line="39"/>
        <source>Used in &quot;Smart&quot; Shuffle mode. This weighting affects how much strength is given to your rating of a given track when ordering a group of songs.</source>
        <translation>「スマート」シャッフルモードで使用します。これは曲のグループを並べる際に、あなたの評価の高さが影響します。</translation>
    </message>
    <message>
        <location filename="../mythmusic/ratingsettings.cpp" line="43"/>
        <source>Used in &quot;Smart&quot; Shuffle mode. This weighting affects how much strength is given to how many times a given track has been played when ordering a group of songs.</source>
        <translation>「スマート」シャッフルモードで使用します。これは曲のグループを並べる際に、再生回数が影響します。</translation>
    </message>
    <message>
        <location filename="../mythmusic/ratingsettings.cpp" line="47"/>
        <source>Used in &quot;Smart&quot; Shuffle mode. This weighting affects how much strength is given to how long it has been since a given track was played when ordering a group of songs.</source>
        <translation>「スマート」シャッフルモードで使用します。これは曲のグループを並べる際に、どれだけ以前から曲を再生しているかが影響します。</translation>
    </message>
    <message>
        <location filename="../mythmusic/ratingsettings.cpp" line="51"/>
        <source>Used in &quot;Smart&quot; Shuffle mode. This weighting affects how much strength is given to good old (pseudo-)randomness when ordering a group of songs.</source>
        <translation>「スマート」シャッフルモードで使用します。これは曲のグループを並べる際に、まったくのランダムに行います。</translation>
    </message>
    <message>
        <location filename="../mythmusic/ratingsettings.cpp" line="55"/>
        <source>Exit without saving settings</source>
        <translation>設定を保存しないで終了</translation>
    </message>
    <message>
        <location filename="../mythmusic/ratingsettings.cpp" line="56"/>
        <source>Save settings and Exit</source>
        <translation>設定を保存して終了</translation>
    </message>
</context>
<context>
    <name>RipStatus</name>
    <message>
        <location filename="../mythmusic/cdrip.cpp" line="1519"/>
        <source>Cancel ripping the CD?</source>
        <translation>CD のデータ取り出しをキャンセルしますか？</translation>
    </message>
    <message>
        <location filename="../mythmusic/cdrip.cpp" line="1587"/>
        <source>Copying Track ...</source>
        <translation>トラックのコピー中...</translation>
    </message>
    <message>
        <location filename="../mythmusic/cdrip.cpp" line="1616"/>
        <source>The encoder failed to create the file.
Do you have write permissions for the music directory?</source>
        <translation>エンコーダーがファイルの作成に失敗しました。
音楽ディレクトリーに書き込み権限をもっていますか？</translation>
    </message>
</context>
<context>
    <name>Ripper</name>
    <message>
        <location filename="../mythmusic/cdrip.cpp" line="627"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../mythmusic/cdrip.cpp" line="628"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../mythmusic/cdrip.cpp" line="629"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../mythmusic/cdrip.cpp" line="630"/>
        <source>Perfect</source>
        <translation>完全</translation>
    </message>
    <message>
        <location filename="../mythmusic/cdrip.cpp" line="684"/>
        <source>Select Where To Save Tracks</source>
        <translation>トラックをどこに保存するか選択</translation>
    </message>
    <message>
        <location filename="../mythmusic/cdrip.cpp" line="685"/>
        <source>Edit Track Metadata</source>
        <translation>トラックのメタデータ編集</translation>
    </message>
    <message>
        <location filename="../mythmusic/cdrip.cpp" line="719"/>
        <source>Select where to save tracks</source>
        <translation>トラックをどこに保存するか選択</translation>
    </message>
    <message>
        <location filename="../mythmusic/cdrip.cpp" line="749"/>
        <source>Scanning CD. Please Wait ...</source>
        <translation>CD をスキャンしています。お待ちください...</translation>
    </message>
    <message>
        <location filename="../mythmusic/cdrip.cpp" line="1102"/>
        <source>There are no tracks to rip?</source>
        <translation>取り出すトラックがありませんか？</translation>
    </message>
    <message>
        <location filename="../mythmusic/cdrip.cpp" line="1129"/>
        <source>Rip completed successfully.</source>
        <translation>CD からデータを取り出しました。</translation>
    </message>
    <message>
        <location filename="../mythmusic/cdrip.cpp" line="1144"/>
        <source>Ejecting CD. Please Wait ...</source>
        <translation>CD を取り出しています。お待ちください...</translation>
    </message>
    <message>
        <location filename="../mythmusic/cdrip.cpp" line="1240"/>
        <source>Select an Artist</source>
        <translation>アーチストを選択</translation>
    </message>
    <message>
        <location filename="../mythmusic/cdrip.cpp" line="1264"/>
        <source>Select an Album</source>
        <translation>アルバムを選択</translation>
    </message>
    <message>
        <location filename="../mythmusic/cdrip.cpp" line="1288"/>
        <source>Select a Genre</source>
        <translation>ジャンルを選択</translation>
    </message>
    <message>
        <location filename="../mythmusic/cdrip.cpp" line="1391"/>
        <source>This track has been disabled because it is already present in the database.
Do you want to permanently delete the existing file(s)?</source>
        <translation>このトラックは、すでにデータベースに存在するので無効にしました。
既存のファイルを完全に削除します。よろしいですか？</translation>
    </message>
    <message>
        <location filename="../mythmusic/cdrip.cpp" line="1406"/>
        <source>No, Cancel</source>
        <translation>いいえ、キャンセルします</translation>
    </message>
    <message>
        <location filename="../mythmusic/cdrip.cpp" line="1407"/>
        <source>Yes, Delete</source>
        <translation>はい、削除します</translation>
    </message>
    <message>
        <location filename="../mythmusic/cdrip.cpp" line="1408"/>
        <source>Yes, Delete All</source>
        <translation>はい、すべて削除します</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>OK</source>
        <translation type="obsolete">決定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="obsolete">キャンセル</translation>
    </message>
</context>
<context>
    <name>SearchStream</name>
    <message>
        <location filename="../mythmusic/streamview.cpp" line="887"/>
        <location filename="../mythmusic/streamview.cpp" line="904"/>
        <location filename="../mythmusic/streamview.cpp" line="1015"/>
        <source>&lt;All Broadcasters&gt;</source>
        <translation>&lt;すべての放送局&gt;</translation>
    </message>
    <message>
        <location filename="../mythmusic/streamview.cpp" line="911"/>
        <location filename="../mythmusic/streamview.cpp" line="928"/>
        <location filename="../mythmusic/streamview.cpp" line="1016"/>
        <source>&lt;All Genres&gt;</source>
        <translation>&lt;すべてのジャンル&gt;</translation>
    </message>
    <message>
        <location filename="../mythmusic/streamview.cpp" line="937"/>
        <location filename="../mythmusic/streamview.cpp" line="954"/>
        <location filename="../mythmusic/streamview.cpp" line="1001"/>
        <location filename="../mythmusic/streamview.cpp" line="1018"/>
        <source>&lt;All Countries&gt;</source>
        <translation>&lt;すべての国・地域&gt;</translation>
    </message>
    <message>
        <location filename="../mythmusic/streamview.cpp" line="964"/>
        <location filename="../mythmusic/streamview.cpp" line="981"/>
        <location filename="../mythmusic/streamview.cpp" line="1000"/>
        <location filename="../mythmusic/streamview.cpp" line="1017"/>
        <source>&lt;All Languages&gt;</source>
        <translation>&lt;すべての言語&gt;</translation>
    </message>
    <message>
        <location filename="../mythmusic/streamview.cpp" line="1105"/>
        <source>Updating stream list. Please Wait ...</source>
        <translation>ストリームリストを更新しています。お待ちください...</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <location filename="../mythmusic/searchview.cpp" line="52"/>
        <source>All Fields</source>
        <translation>すべての項目</translation>
    </message>
    <message>
        <location filename="../mythmusic/searchview.cpp" line="54"/>
        <source>Artist</source>
        <translation>アーチスト</translation>
    </message>
    <message>
        <location filename="../mythmusic/searchview.cpp" line="56"/>
        <source>Album</source>
        <translation>アルバム</translation>
    </message>
    <message>
        <location filename="../mythmusic/searchview.cpp" line="58"/>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <location filename="../mythmusic/searchview.cpp" line="60"/>
        <source>Genre</source>
        <translation>ジャンル</translation>
    </message>
    <message>
        <location filename="../mythmusic/searchview.cpp" line="169"/>
        <location filename="../mythmusic/searchview.cpp" line="276"/>
        <source>Add To Playlist</source>
        <translation>プレイリストに追加</translation>
    </message>
    <message>
        <location filename="../mythmusic/searchview.cpp" line="169"/>
        <location filename="../mythmusic/searchview.cpp" line="273"/>
        <source>Remove From Playlist</source>
        <translation>プレイリストから削除</translation>
    </message>
    <message>
        <location filename="../mythmusic/searchview.cpp" line="181"/>
        <location filename="../mythmusic/searchview.cpp" line="277"/>
        <source>Add To Playlist And Play</source>
        <translation>プレイリストに追加して再生</translation>
    </message>
    <message>
        <location filename="../mythmusic/searchview.cpp" line="193"/>
        <location filename="../mythmusic/searchview.cpp" line="283"/>
        <source>Search List...</source>
        <translation>リスト検索...</translation>
    </message>
    <message>
        <location filename="../mythmusic/searchview.cpp" line="262"/>
        <source>Search Actions</source>
        <translation>検索操作</translation>
    </message>
    <message>
        <location filename="../mythmusic/searchview.cpp" line="285"/>
        <source>More Options</source>
        <translation>その他の設定</translation>
    </message>
</context>
<context>
    <name>SmartPLCriteriaRow</name>
    <message>
        <source>Select an Artist</source>
        <translation type="vanished">アーチストを選択</translation>
    </message>
    <message>
        <source>Select an Album</source>
        <translation type="vanished">アルバムを選択</translation>
    </message>
    <message>
        <source>Select a Genre</source>
        <translation type="vanished">ジャンルを選択</translation>
    </message>
    <message>
        <source>Select a Title</source>
        <translation type="vanished">タイトルを選択</translation>
    </message>
    <message>
        <source>Select a Compilation Artist</source>
        <translation type="obsolete">編集アーチストを選択</translation>
    </message>
    <message>
        <location filename="../mythmusic/smartplaylist.cpp" line="342"/>
        <source>and</source>
        <translation>and</translation>
    </message>
</context>
<context>
    <name>SmartPLDateDialog</name>
    <message>
        <source>Year</source>
        <translation type="obsolete">年</translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="obsolete">決定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="obsolete">キャンセル</translation>
    </message>
    <message>
        <location filename="../mythmusic/smartplaylist.cpp" line="2156"/>
        <source>Invalid Date</source>
        <translation>日付が無効です</translation>
    </message>
</context>
<context>
    <name>SmartPLOrderByDialog</name>
    <message>
        <source>Order By Fields</source>
        <translation type="vanished">フィールド順</translation>
    </message>
    <message>
        <source>1 Add</source>
        <translation type="vanished">1 追加</translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="vanished">追加</translation>
    </message>
    <message>
        <source>2 Delete</source>
        <translation type="vanished">2 削除</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="vanished">削除</translation>
    </message>
    <message>
        <source>3 Move Up</source>
        <translation type="vanished">3 上に移動</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation type="vanished">上に移動</translation>
    </message>
    <message>
        <source>4 Move Down</source>
        <translation type="vanished">4 下に移動</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation type="vanished">下に移動</translation>
    </message>
    <message>
        <source>5 Ascending</source>
        <translation type="vanished">5 昇順</translation>
    </message>
    <message>
        <source>Ascending</source>
        <translation type="vanished">昇順</translation>
    </message>
    <message>
        <source>6 Descending</source>
        <translation type="vanished">6 降順</translation>
    </message>
    <message>
        <source>Descending</source>
        <translation type="vanished">昇順</translation>
    </message>
    <message>
        <source>7 OK</source>
        <translation type="vanished">7 決定</translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="vanished">決定</translation>
    </message>
</context>
<context>
    <name>SmartPLResultViewer</name>
    <message>
        <source>Smart Playlist Result Viewer</source>
        <translation type="vanished">スマートプレイリストビューワー</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation type="vanished">編集</translation>
    </message>
    <message>
        <source>Artist</source>
        <translation type="vanished">アーティスト</translation>
    </message>
    <message>
        <source>Album</source>
        <translation type="vanished">アルバム</translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="vanished">タイトル</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation type="vanished">ジャンル</translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="vanished">年</translation>
    </message>
    <message>
        <source>Track No.</source>
        <translation type="vanished">トラックNo.</translation>
    </message>
    <message>
        <location filename="../mythmusic/smartplaylist.cpp" line="1703"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>SmartPlaylistDialog</name>
    <message>
        <source>Smart Playlists</source>
        <translation type="vanished">スマートプレイリスト</translation>
    </message>
    <message>
        <source>1 Select</source>
        <translation type="vanished">1 選択</translation>
    </message>
    <message>
        <source>Select</source>
        <translation type="vanished">選択</translation>
    </message>
    <message>
        <source>2 New</source>
        <translation type="vanished">2 新規</translation>
    </message>
    <message>
        <source>New</source>
        <translation type="vanished">新規</translation>
    </message>
    <message>
        <source>3 Edit</source>
        <translation type="vanished">3 編集</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="vanished">編集</translation>
    </message>
    <message>
        <source>4 Delete</source>
        <translation type="vanished">4 削除</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="vanished">削除</translation>
    </message>
    <message>
        <source>Are you sure you want to delete this SmartPlaylist?</source>
        <translation type="vanished">このスマートプレイリストを削除してよろしいですか?</translation>
    </message>
</context>
<context>
    <name>SmartPlaylistEditor</name>
    <message>
        <source>Smart Playlist Editor</source>
        <translation type="vanished">スマートプレイリスト編集</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation type="vanished">カテゴリー:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="vanished">タイトル:</translation>
    </message>
    <message>
        <source>Match</source>
        <translation type="vanished">検索方法</translation>
    </message>
    <message>
        <location filename="../mythmusic/smartplaylist.cpp" line="396"/>
        <location filename="../mythmusic/smartplaylist.cpp" line="726"/>
        <location filename="../mythmusic/smartplaylist.cpp" line="832"/>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location filename="../mythmusic/smartplaylist.cpp" line="397"/>
        <location filename="../mythmusic/smartplaylist.cpp" line="834"/>
        <location filename="../mythmusic/smartplaylist.cpp" line="1000"/>
        <source>Any</source>
        <translation>どれか</translation>
    </message>
    <message>
        <source>Of The Following Conditions</source>
        <translation type="vanished">下の条件に一致</translation>
    </message>
    <message>
        <source>Order By:</source>
        <translation type="vanished">並び順:</translation>
    </message>
    <message>
        <source>Matches:</source>
        <translation type="vanished">一致結果:</translation>
    </message>
    <message>
        <source>Limit:</source>
        <translation type="vanished">リミット:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="vanished">キャンセル</translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="vanished">保存</translation>
    </message>
    <message>
        <source>Show Results</source>
        <translation type="vanished">結果を表示する</translation>
    </message>
    <message>
        <source>Smart Playlist Categories</source>
        <translation type="vanished">スマートプレイリストのカテゴリー</translation>
    </message>
    <message>
        <location filename="../mythmusic/smartplaylist.cpp" line="469"/>
        <location filename="../mythmusic/smartplaylist.cpp" line="650"/>
        <source>New Category</source>
        <translation>新しいカテゴリー</translation>
    </message>
    <message>
        <location filename="../mythmusic/smartplaylist.cpp" line="472"/>
        <source>Enter Name Of New Category</source>
        <translation>新しいカテゴリーの名前を入力</translation>
    </message>
    <message>
        <location filename="../mythmusic/smartplaylist.cpp" line="484"/>
        <location filename="../mythmusic/smartplaylist.cpp" line="651"/>
        <source>Delete Category</source>
        <translation>カテゴリーを削除</translation>
    </message>
    <message>
        <location filename="../mythmusic/smartplaylist.cpp" line="486"/>
        <location filename="../mythmusic/smartplaylist.cpp" line="652"/>
        <source>Rename Category</source>
        <translation>カテゴリーの名前を変更</translation>
    </message>
    <message>
        <location filename="../mythmusic/smartplaylist.cpp" line="489"/>
        <source>Enter New Name For Category: %1</source>
        <translation>新しいカテゴリーの名前を入力 : %1</translation>
    </message>
    <message>
        <location filename="../mythmusic/smartplaylist.cpp" line="546"/>
        <source>Delete Criteria?</source>
        <translation>検索句を削除しますか？</translation>
    </message>
    <message>
        <location filename="../mythmusic/smartplaylist.cpp" line="636"/>
        <source>Category Actions</source>
        <translation>カテゴリー操作</translation>
    </message>
    <message>
        <location filename="../mythmusic/smartplaylist.cpp" line="659"/>
        <source>Criteria Actions</source>
        <translation>検索句操作</translation>
    </message>
    <message>
        <location filename="../mythmusic/smartplaylist.cpp" line="676"/>
        <source>Edit Criteria</source>
        <translation>検索句の編集</translation>
    </message>
    <message>
        <location filename="../mythmusic/smartplaylist.cpp" line="678"/>
        <source>Add Criteria</source>
        <translation>検索句の追加</translation>
    </message>
    <message>
        <location filename="../mythmusic/smartplaylist.cpp" line="681"/>
        <source>Delete Criteria</source>
        <translation>検索句の削除</translation>
    </message>
    <message>
        <location filename="../mythmusic/smartplaylist.cpp" line="918"/>
        <source>Are you sure you want to delete this Category?</source>
        <translation>このカテゴリーを削除してよろしいですか？</translation>
    </message>
    <message>
        <location filename="../mythmusic/smartplaylist.cpp" line="920"/>
        <source>It will also delete any Smart Playlists belonging to this category.</source>
        <translation>このカテゴリーに属するスマートプレイリストも削除します。</translation>
    </message>
</context>
<context>
    <name>StreamView</name>
    <message>
        <location filename="../mythmusic/streamview.cpp" line="79"/>
        <source>Stream Actions</source>
        <translation>ストリーム操作</translation>
    </message>
    <message>
        <location filename="../mythmusic/streamview.cpp" line="80"/>
        <location filename="../mythmusic/streamview.cpp" line="304"/>
        <source>Add Stream</source>
        <translation>ストリームを追加</translation>
    </message>
    <message>
        <location filename="../mythmusic/streamview.cpp" line="84"/>
        <location filename="../mythmusic/streamview.cpp" line="318"/>
        <source>Edit Stream</source>
        <translation>ストリームを編集</translation>
    </message>
    <message>
        <location filename="../mythmusic/streamview.cpp" line="85"/>
        <location filename="../mythmusic/streamview.cpp" line="314"/>
        <source>Remove Stream</source>
        <translation>ストリームを削除</translation>
    </message>
    <message>
        <location filename="../mythmusic/streamview.cpp" line="91"/>
        <source>More Options</source>
        <translation>その他の設定</translation>
    </message>
    <message>
        <location filename="../mythmusic/streamview.cpp" line="403"/>
        <source>Are you sure you want to delete this Stream?
Broadcaster: %1 - Channel: %2</source>
        <translation>このストリームを削除します。よろしいですか？
放送局 : %1 - チャンネル : %2</translation>
    </message>
</context>
<context>
    <name>ThemeUI</name>
    <message>
        <location filename="themestrings.h" line="372"/>
        <source>Please Wait...</source>
        <translation>お待ちください ...</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="498"/>
        <source>Track Information</source>
        <translation>トラック情報</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="89"/>
        <source>Artist:</source>
        <translation>アーチスト :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="79"/>
        <source>Album:</source>
        <translation>アルバム :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="493"/>
        <source>Title:</source>
        <translation>タイトル :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="216"/>
        <source>Genre:</source>
        <translation>ジャンル :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="532"/>
        <source>Year:</source>
        <translation>年 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="501"/>
        <source>Track No.:</source>
        <translation>トラック番号 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="390"/>
        <source>Rating:</source>
        <translation>評価 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="335"/>
        <source>Play Count:</source>
        <translation>再生回数 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="252"/>
        <source>Last Play:</source>
        <translation>最終再生 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="129"/>
        <source>Compilation:</source>
        <translation>コラボ :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="201"/>
        <source>Filename:</source>
        <translation>ファイル名 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="86"/>
        <source>Already in database</source>
        <translation>データベースに既存</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="427"/>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="145"/>
        <source>Cover Art</source>
        <translation>ジャケット写真</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="333"/>
        <source>Play</source>
        <translation>再生</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="66"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="302"/>
        <source>Next New</source>
        <translation>次の新曲</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="67"/>
        <source>Add All New</source>
        <translation>すべての新曲を追加</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="141"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="126"/>
        <source>Comp. Artist:</source>
        <translation>コラボアーチスト :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="76"/>
        <source>Album Art</source>
        <translation>ジャケット写真</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="314"/>
        <source>Now Playing: %TITLE% by %ARTIST% on %ALBUM%</source>
        <translation>再生中 : %TITLE% (%ARTIST%) ―― %ALBUM%</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="27"/>
        <source>%TITLE%</source>
        <translation>%TITLE%</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="7"/>
        <source>%ALBUM%</source>
        <translation>%ALBUM%</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="8"/>
        <source>%ARTIST%</source>
        <translation>%ARTIST%</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="19"/>
        <source>%GENRE%</source>
        <translation>%GENRE%</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="5"/>
        <source>%1 -</source>
        <translation>%1 -</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="352"/>
        <source>Played %1 times</source>
        <translation>%1 回再生</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="394"/>
        <source>Repeat Mode: Off</source>
        <translation>くり返しモード : OFF</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="395"/>
        <source>Repeat Mode: Track</source>
        <translation>くり返しモード : トラック</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="393"/>
        <source>Repeat Mode: All</source>
        <translation>くり返しモード : すべて</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="468"/>
        <source>Shuffle Mode: Off</source>
        <translation>シャッフルモード : OFF</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="469"/>
        <source>Shuffle Mode: Random</source>
        <translation>シャッフルモード : ランダム</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="467"/>
        <source>Shuffle Mode: Intelligent</source>
        <translation>Shuffle Mode: インテリジェント</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="465"/>
        <source>Shuffle Mode: Album</source>
        <translation>シャッフルモード : アルバム</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="466"/>
        <source>Shuffle Mode: Artist</source>
        <translation>シャッフルモード : アーチスト</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="37"/>
        <source>%VOLUMEPERCENT% %|(MUTE|)%</source>
        <translation>%VOLUMEPERCENT% %|(MUTE|)%</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="306"/>
        <source>Next: %NEXTTITLE% by %NEXTARTIST%</source>
        <translation>次 : %NEXTTITLE% (%NEXTARTIST%)</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="534"/>
        <source>You haven&apos;t selected any tracks to play</source>
        <translation>再生するトラックを選んでいません</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="30"/>
        <source>%TITLE% by %ARTIST% on %ALBUM%</source>
        <translation>%TITLE% (%ARTIST%) ―― %ALBUM%</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="307"/>
        <source>No Album Art Found</source>
        <translation>アルバム画像が見つかりません</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="506"/>
        <source>Type:</source>
        <translation>タイプ :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="277"/>
        <source>Metadata</source>
        <translation>メタデータ</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="166"/>
        <source>Done</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="274"/>
        <source>Matches:</source>
        <translation>一致 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="380"/>
        <source>Quality:</source>
        <translation>品質 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="285"/>
        <source>Multi-Artist:</source>
        <translation>複数のアーチスト :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="488"/>
        <source>Switch Titles</source>
        <translation>タイトルの切り替え</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="494"/>
        <source>Track</source>
        <translation>トラック</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="492"/>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="87"/>
        <source>Artist</source>
        <translation>アーチスト</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="258"/>
        <source>Length</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="420"/>
        <source>Scan CD</source>
        <translation>CD をスキャン</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="410"/>
        <source>Rip CD</source>
        <translation>CD からのデータ取り出し</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="243"/>
        <source>Importing CD</source>
        <translation>CD をインポートしています</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="187"/>
        <source>Encoding Track</source>
        <translation>トラックをエンコードしています</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="233"/>
        <source>Import Music</source>
        <translation>音楽のインポート</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="263"/>
        <source>Location:</source>
        <translation>場所 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="229"/>
        <source>Import Cover Art</source>
        <translation>ジャケット写真のインポート</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="198"/>
        <source>File:</source>
        <translation>ファイル :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="163"/>
        <source>Destination:</source>
        <translation>行き先 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="224"/>
        <source>Image Type:</source>
        <translation>画像タイプ :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="528"/>
        <source>Volume</source>
        <translation>ボリューム</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="36"/>
        <source>%VOLUMEPERCENT%</source>
        <translation>%VOLUMEPERCENT%</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="174"/>
        <source>Edit Track Information</source>
        <translation>トラック情報の編集</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="298"/>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="477"/>
        <source>Smart Playlist Editor</source>
        <translation>スマートプレイリスト編集</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="118"/>
        <source>Category:</source>
        <translation>カテゴリー :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="271"/>
        <source>Match</source>
        <translation>一致</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="318"/>
        <source>Of The Following Conditions</source>
        <translation>以下の条件に一致</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="325"/>
        <source>Order By:</source>
        <translation>並び順 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="261"/>
        <source>Limit:</source>
        <translation>制限 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="117"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="463"/>
        <source>Show Results</source>
        <translation>結果を表示</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="418"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="170"/>
        <source>Edit Criteria</source>
        <translation>検索句の編集</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="171"/>
        <source>Edit Date</source>
        <translation>日付の編集</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="208"/>
        <source>Fixed Date</source>
        <translation>固定日付</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="155"/>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="279"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="531"/>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="520"/>
        <source>Use Current Date</source>
        <translation>今日の日付を利用</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="52"/>
        <source>+/- Days</source>
        <translation>+/- 日</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="317"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="324"/>
        <source>Order By Fields</source>
        <translation>並べ替えの項目</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="160"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="282"/>
        <source>Move Up</source>
        <translation>上に移動</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="281"/>
        <source>Move Down</source>
        <translation>下に移動</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="90"/>
        <source>Ascending</source>
        <translation>昇順</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="161"/>
        <source>Descending</source>
        <translation>降順</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="478"/>
        <source>Smart Playlist Result Viewer</source>
        <translation>スマートプレイリスト結果ビューワー</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="259"/>
        <source>Length:</source>
        <translation>時間 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="153"/>
        <source>Date Added:</source>
        <translation>追加日付 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="255"/>
        <source>Last Value</source>
        <translation>最後の値</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="254"/>
        <source>Last Played:</source>
        <translation>最終再生 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="354"/>
        <source>Played:</source>
        <translation>再生回数 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="45"/>
        <source>%playcount% times</source>
        <translation>%playcount% 回</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="212"/>
        <source>General Settings</source>
        <translation>一般設定</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="115"/>
        <source>CD device:</source>
        <translation>CDデバイス :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="91"/>
        <source>Audio device:</source>
        <translation>オーディオデバイス :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="140"/>
        <source>Convert stereo to 5.1 sound:</source>
        <translation>ステレオ音声を 5.1 チャンネルに変換 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="200"/>
        <source>Filename Format:</source>
        <translation>ファイル名書式 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="223"/>
        <source>Ignore ID3 Tags:</source>
        <translation>ID3タグを無視 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="84"/>
        <source>Allow metadata to be written to tags:</source>
        <translation>メタデータのタグへの書き込みを許可 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="357"/>
        <source>Player Settings</source>
        <translation>プレーヤー設定</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="409"/>
        <source>Resume mode:</source>
        <translation>再開モード :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="63"/>
        <source>Action on exit:</source>
        <translation>終了時の操作 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="98"/>
        <source>Automatically lookup CDs:</source>
        <translation>自動 CD 検索 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="93"/>
        <source>Automatically Play CDs:</source>
        <translation>自動 CD 再生 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="388"/>
        <source>Rating Settings</source>
        <translation>評価設定</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="389"/>
        <source>Rating Weight:</source>
        <translation>評価の重み :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="334"/>
        <source>Play Count Weight:</source>
        <translation>再生回数の重み :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="251"/>
        <source>Last Play Weight:</source>
        <translation>最終再生の重み :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="384"/>
        <source>Random Weight:</source>
        <translation>ランダムな重み :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="414"/>
        <source>Ripper Settings</source>
        <translation>CD からのデータ取り出し設定</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="331"/>
        <source>Paranoia Level:</source>
        <translation>パラノイアレベル :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="197"/>
        <source>File storage location:</source>
        <translation>ファイルストレージの場所 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="400"/>
        <source>Replace space with underscore:</source>
        <translation>スペースをアンダーバーに置き換え :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="189"/>
        <source>Encoding Type:</source>
        <translation>エンコードタイプ :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="158"/>
        <source>Default Rip Quality:</source>
        <translation>デフォルト品質 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="523"/>
        <source>Use variable bitrates:</source>
        <translation>可変ビットレートを使用 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="96"/>
        <source>Automatically eject CDs after ripping:</source>
        <translation>データ取り出しの後、自動的CD取り出し :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="426"/>
        <source>Script Path:</source>
        <translation>スクリプトパス :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="104"/>
        <source>Burn Settings</source>
        <translation>書き込み設定</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="184"/>
        <source>Enable CD Writing:</source>
        <translation>CD 書き込みを有効に :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="116"/>
        <source>CD-Writer Device:</source>
        <translation>CD-R/RWデバイス :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="165"/>
        <source>Disk Size:</source>
        <translation>ディスクサイズ :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="112"/>
        <source>CD Write Speed:</source>
        <translation>CD書き込みスピード :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="109"/>
        <source>CD Blanking Type:</source>
        <translation>CD-R タイプ :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="186"/>
        <source>Enable directories on MP3 Creation:</source>
        <translation>MP3 作成でディレクトリー使用を有効に :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="524"/>
        <source>Visualiser Settings</source>
        <translation>ビジュアライズ設定</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="120"/>
        <source>Change Visualizer on each song:</source>
        <translation>曲ごとにビジュアライズを変更 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="386"/>
        <source>Randomize Visualizer order:</source>
        <translation>ビジュアライズの並びをランダムに :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="530"/>
        <source>Width for Visual Scaling:</source>
        <translation>ビジュアライズの幅の拡大・縮小 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="221"/>
        <source>Height for Visual Scaling:</source>
        <translation>ビジュアライズの高さの拡大・縮小 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="397"/>
        <source>Repeat: Off</source>
        <translation>くり返し : OFF</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="398"/>
        <source>Repeat: Track</source>
        <translation>くり返し : トラック</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="396"/>
        <source>Repeat: All</source>
        <translation>くり返し : すべて</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="473"/>
        <source>Shuffle: Off</source>
        <translation>シャッフル : OFF</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="474"/>
        <source>Shuffle: Random</source>
        <translation>シャッフル : ランダム</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="472"/>
        <source>Shuffle: Intelligent</source>
        <translation>シャッフル : インテリジェント</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="470"/>
        <source>Shuffle: Album</source>
        <translation>シャッフル : アルバム</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="471"/>
        <source>Shuffle: Artist</source>
        <translation>シャッフル : アーチスト</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="18"/>
        <source>%DATE%, %TIME%</source>
        <translation>%DATE% %TIME%</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="377"/>
        <source>Press MENU to add some radio streams to play.</source>
        <translation>メニューを押して、再生するラジオストリームを追加してください。</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="22"/>
        <source>%STATION% - %CHANNEL%</source>
        <translation>%STATION% - %CHANNEL%</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="74"/>
        <source>Add/Edit Station and Channel</source>
        <translation>局とチャンネルの追加・編集</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="482"/>
        <source>Station:</source>
        <translation>局 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="122"/>
        <source>Channel:</source>
        <translation>チャンネル :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="518"/>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="264"/>
        <source>Logo URL:</source>
        <translation>ロゴ URL:</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="278"/>
        <source>Metadata Format:</source>
        <translation>メタデータ書式 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="437"/>
        <source>Search Radio Station</source>
        <translation>ラジオ局の検索</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="210"/>
        <source>Found:</source>
        <translation>発見 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="80"/>
        <source>Album: %1</source>
        <translation>アルバム: %1</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="217"/>
        <source>Genre: %1</source>
        <translation>ジャンル: %1</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="504"/>
        <source>Track: %1</source>
        <translation>トラック : %1</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="519"/>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="521"/>
        <source>Use Current Date:</source>
        <translation>今日の日付を利用 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="526"/>
        <source>Visualizer</source>
        <translation>ビジュアライズ</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="529"/>
        <source>Volume:</source>
        <translation>ボリューム :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="533"/>
        <source>Year: %1</source>
        <translation>年 : %1</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="257"/>
        <source>Last played: %1</source>
        <translation>最終再生 : %1</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="355"/>
        <source>Played: %1 times</source>
        <translation>%1 回再生</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="392"/>
        <source>Repeat Mode:</source>
        <translation>くり返しモード :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="320"/>
        <source>Off</source>
        <translation>OFF</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="81"/>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="464"/>
        <source>Shuffle Mode:</source>
        <translation>シャッフルモード :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="383"/>
        <source>Random</source>
        <translation>ランダム</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="475"/>
        <source>Smart</source>
        <translation>スマート</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="75"/>
        <source>Album</source>
        <translation>アルバム</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="369"/>
        <source>Playlist:</source>
        <translation>プレイリスト :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="305"/>
        <source>Next song:</source>
        <translation>次の曲 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="20"/>
        <source>%NEXTTITLE% by %NEXTARTIST%</source>
        <translation>%NEXTTITLE% (%NEXTARTIST%)</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="106"/>
        <source>By %ARTIST%</source>
        <translation>(%ARTIST%)</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="322"/>
        <source>On %ALBUM%</source>
        <translation>――%ALBUM%</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="359"/>
        <source>Playing:</source>
        <translation>再生中 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="310"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="28"/>
        <source>%TITLE%  by  %ARTIST%</source>
        <translation>%TITLE%  (%ARTIST%)</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="164"/>
        <source>Directory to hold music:</source>
        <translation>音楽保存ディレクトリー :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="406"/>
        <source>Resume mode (Playlist Editor):</source>
        <translation>再開モード (プレイリスト編集) :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="408"/>
        <source>Resume mode (Radio):</source>
        <translation>再開モード (ラジオ) :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="64"/>
        <source>Action on jumppoint:</source>
        <translation>ジャンプ地点での操作 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="105"/>
        <source>Burning Settings</source>
        <translation>書き込み設定</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="525"/>
        <source>Visualization Settings</source>
        <translation>ビジュアライズ設定</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="248"/>
        <source>Internet Stream View</source>
        <translation>インターネットストリーム表示</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="73"/>
        <source>Add/Edit Music Stream</source>
        <translation>音楽ストリームの追加・編集</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="219"/>
        <source>Genres:</source>
        <translation>ジャンル :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="443"/>
        <source>Search for Music Stream</source>
        <translation>音楽ストリームの検索</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="23"/>
        <source>%STATION% - %Channel%</source>
        <translation>%STATION% - %Channel%</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="337"/>
        <source>Play List</source>
        <translation>プレイリスト</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="340"/>
        <source>Play List Editor (tree)</source>
        <translation>プレイリスト編集 (ツリー)</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="338"/>
        <source>Play List Editor (gallery)</source>
        <translation>プレイリスト編集 (ギャラリー)</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="339"/>
        <source>Play List Editor (search)</source>
        <translation>プレイリスト編集 (検索)</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="499"/>
        <source>Track Lyrics</source>
        <translation>トラックの歌詞</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="72"/>
        <source>Add/Edit Lyrics</source>
        <translation>歌詞の追加・編集</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="220"/>
        <source>Grabber:</source>
        <translation>グラバー :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="489"/>
        <source>Syncronized</source>
        <translation>同期済み</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="268"/>
        <source>Lyrics:</source>
        <translation>歌詞 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="168"/>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="272"/>
        <source>Match:</source>
        <translation>一致 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="535"/>
        <source>of the following conditions:</source>
        <translation>以下の条件に一致 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="127"/>
        <source>Compilation</source>
        <translation>コラボ</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="77"/>
        <source>Album Artwork</source>
        <translation>アルバム関連画像</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="265"/>
        <source>Look Up</source>
        <translation>探す</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="411"/>
        <source>Rip a CD</source>
        <translation>CD からデータを取り出す</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="284"/>
        <source>Multi-Artist</source>
        <translation>複数のアーチスト</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="415"/>
        <source>Ripping CD</source>
        <translation>CD からのデータ取り出し</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="244"/>
        <source>Importing CD:</source>
        <translation>CD インポート :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="188"/>
        <source>Encoding Track:</source>
        <translation>トラックのエンコード :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="124"/>
        <source>Clears the entire database:</source>
        <translation>データベース全体の初期化 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="527"/>
        <source>Visualizer Settings</source>
        <translation>ビジュアライズ設定</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="446"/>
        <source>Search for Stream</source>
        <translation>ストリームの検索</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="368"/>
        <source>Playlist View</source>
        <translation>プレイリスト表示</translation>
    </message>
    <message>
        <source>From the album %ALBUM% by the artist %ARTIST%</source>
        <translation type="vanished">%ARTIST% によるアルバム「%ALBUM%」から</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="367"/>
        <source>Playlist Tree View</source>
        <translation>プレイリスト ツリー表示</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="364"/>
        <source>Playlist Gallery View</source>
        <translation>プレイリスト ギャラリー表示</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="442"/>
        <source>Search View</source>
        <translation>検索表示</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="496"/>
        <source>Track Details</source>
        <translation>トラックの詳細</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="128"/>
        <source>Compilation Artist:</source>
        <translation>コラボアーチスト :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="260"/>
        <source>Length: %1</source>
        <translation>時間 : %1</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="495"/>
        <source>Track Count:</source>
        <translation>トラック数 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="154"/>
        <source>Date added:</source>
        <translation>追加日付 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="214"/>
        <source>Genre</source>
        <translation>ジャンル</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="59"/>
        <source>: %VOLUMEPERCENT%</source>
        <translation>: %VOLUMEPERCENT%</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="374"/>
        <source>Position:</source>
        <translation>位置 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="111"/>
        <source>CD Ripping</source>
        <translation>CD からのデータ取り出し</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="483"/>
        <source>Status:</source>
        <translation>状態 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="441"/>
        <source>Search Term</source>
        <translation>検索語</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="321"/>
        <source>Ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="491"/>
        <source>Tag Encoding:</source>
        <translation>タグ エンコード :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="419"/>
        <source>Scan</source>
        <translation>スキャン</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="382"/>
        <source>Radio Stream</source>
        <translation>ラジオストリーム</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="39"/>
        <source>%channel% (%station%)</source>
        <translation>%channel% (%station%)</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="16"/>
        <source>%CHANNEL% (%STATION%)</source>
        <translation>%CHANNEL% (%STATION%)</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="139"/>
        <source>Convert stereo to 5.1 sound</source>
        <translation>ステレオ音声を 5.1 チャンネルに変換</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="222"/>
        <source>Ignore ID3 Tags</source>
        <translation>ID3タグを無視する</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="83"/>
        <source>Allow metadata to be written to tags</source>
        <translation>メタデータのタグへの書き込みを許可</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="407"/>
        <source>Resume mode (Playlist):</source>
        <translation>再開モード (プレイリスト) :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="97"/>
        <source>Automatically lookup CDs</source>
        <translation>CDを自動的に検索する</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="92"/>
        <source>Automatically Play CDs</source>
        <translation>CDを自動的に再生する</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="399"/>
        <source>Replace space with underscore</source>
        <translation>スペースをアンダーバーに置き換え</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="522"/>
        <source>Use variable bitrates</source>
        <translation>可変ビットレートを使用</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="95"/>
        <source>Automatically eject CDs after ripping</source>
        <translation>データ取り出しの後、自動的にCD取り出し</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="183"/>
        <source>Enable CD Writing</source>
        <translation>CD書き込み有効</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="185"/>
        <source>Enable directories on MP3 Creation</source>
        <translation>MP3 作成時にディレクトリーを使用する</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="119"/>
        <source>Change Visualizer on each song</source>
        <translation>ビジュアライズを曲ごとに変える</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="385"/>
        <source>Randomize Visualizer order</source>
        <translation>ビジュアライズの並びをランダムに</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="14"/>
        <source>%BROADCASTER| - %%CHANNEL%</source>
        <translation>%BROADCASTER| - %%CHANNEL%</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="6"/>
        <source>%1 Matches found:</source>
        <translation>%1 件の一致 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="9"/>
        <source>%ARTIST% ~ %TITLE%</source>
        <translation>%ARTIST% ~ %TITLE%</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="10"/>
        <source>%ARTIST% ~ %TITLE% ~ %ALBUM%</source>
        <translation>%ARTIST% ~ %TITLE% ~ %ALBUM%</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="12"/>
        <source>%BROADCASTER% ~ %CHANNEL%</source>
        <translation>%BROADCASTER% ~ %CHANNEL%</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="13"/>
        <source>%BROADCASTER% ~ %CHANNEL% ~ %GENRE%</source>
        <translation>%BROADCASTER% ~ %CHANNEL% ~ %GENRE%</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="15"/>
        <source>%CD Track #: |TRACKNUM%%, |YEAR%%, |GENRE%</source>
        <translation>%CD Track #: |TRACKNUM%%, |YEAR%%, |GENRE%</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="21"/>
        <source>%PLAYCOUNT%x ~ %LASTPLAYED%</source>
        <translation>%PLAYCOUNT%x ~ %LASTPLAYED%</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="24"/>
        <source>%STATION% - %Channel%  | %genre%</source>
        <translation>%STATION% - %Channel%  | %genre%</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="25"/>
        <source>%STATION% - %Channel% - %genre%</source>
        <translation>%STATION% - %Channel% - %genre%</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="26"/>
        <source>%STATION| - %%CHANNEL%</source>
        <translation>%STATION| - %%CHANNEL%</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="29"/>
        <source>%TITLE% - %ARTIST% - %ALBUM%</source>
        <translation>%TITLE% - %ARTIST% - %ALBUM%</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="31"/>
        <source>%TITLE% by %ARTIST% on %ALBUM% (%length%)</source>
        <translation>%TITLE% by %ARTIST% on %ALBUM% (%length%)</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="32"/>
        <source>%TITLE% ~ %ARTIST%</source>
        <translation>%TITLE% ~ %ARTIST%</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="33"/>
        <source>%TRACKNUM% - %TITLE% %(|LENGTH|)%</source>
        <translation>%TRACKNUM% - %TITLE% %(|LENGTH|)%</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="34"/>
        <source>%TRACKNUM% - %TITLE% - %ARTIST% %(|LENGTH|)%</source>
        <translation>%TRACKNUM% - %TITLE% - %ARTIST% %(|LENGTH|)%</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="35"/>
        <source>%TRACKNUM| %%TITLE% by %ARTIST% of %ALBUM%</source>
        <translation>%TRACKNUM| %%TITLE% by %ARTIST% of %ALBUM%</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="38"/>
        <source>%artist| - %%title%</source>
        <translation>%artist| - %%title%</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="40"/>
        <source>%genre%</source>
        <translation>%genre%</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="41"/>
        <source>%genre%%, |year%</source>
        <translation>%genre%%, |year%</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="42"/>
        <source>%lastplayed% (played: %playcount% times)</source>
        <translation>%lastplayed% (played: %playcount% times)</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="43"/>
        <source>%length%</source>
        <translation>%length%</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="44"/>
        <source>%length% minutes</source>
        <translation>%length% 分</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="46"/>
        <source>%playlistplayedtime% of %playlisttotaltime%</source>
        <translation>%playlistplayedtime% / %playlisttotaltime%</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="47"/>
        <source>%title% - %artist%</source>
        <translation>%title% - %artist%</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="48"/>
        <source>%title% by %artist%</source>
        <translation>%title% by %artist%</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="49"/>
        <source>%title%% - |artist%% - |album%</source>
        <translation>%title%% - |artist%% - |album%</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="50"/>
        <source>%title| - %%artist%</source>
        <translation>%title| - %%artist%</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="51"/>
        <source>%track% - %title% - %artist% (%length%)</source>
        <translation>%track% - %title% - %artist% (%length%)</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="53"/>
        <source>+/- Days:</source>
        <translation>+/- 日 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="54"/>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="55"/>
        <source>0%</source>
        <translation>0%</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="56"/>
        <source>0000</source>
        <translation>0000</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="57"/>
        <source>10</source>
        <translation>10</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="58"/>
        <source>3:45</source>
        <translation>3:45</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="60"/>
        <source>&gt;&gt; %NEXTARTIST% ~ %NEXTTITLE%</source>
        <translation>&gt;&gt; %NEXTARTIST% ~ %NEXTTITLE%</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="61"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="62"/>
        <source>Action on Exit:</source>
        <translation>終了時の操作 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="65"/>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="68"/>
        <source>Add All New files</source>
        <translation>すべての新曲を追加</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="69"/>
        <source>Add Current</source>
        <translation>現在の曲を追加</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="70"/>
        <source>Add New</source>
        <translation>新しい曲を追加</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="71"/>
        <source>Add file</source>
        <translation>ファイルを追加</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="78"/>
        <source>Album Image</source>
        <translation>アルバム関連画像</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="82"/>
        <source>All ready in database</source>
        <translation>データベースの準備完了</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="88"/>
        <source>Artist Image</source>
        <translation>アーチスト画像</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="94"/>
        <source>Automatically eject CD after Ripping:</source>
        <translation>データ取り出しの後、自動的にCD取り出し :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="99"/>
        <source>Automatically play CDs:</source>
        <translation>自動 CD 再生 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="100"/>
        <source>Bitte Warten ...</source>
        <translation>お待ちください ...</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="102"/>
        <source>Broadcaster:</source>
        <translation>放送局 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="103"/>
        <source>Buffer:</source>
        <translation>バッファ :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="107"/>
        <source>By the artist &quot;%ARTIST%&quot; from the album &quot;%ALBUM%&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="themestrings.h" line="108"/>
        <source>CD</source>
        <translation>CD</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="113"/>
        <source>CD burning options</source>
        <translation>CD 書き込み設定</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="121"/>
        <source>Channel Logo:</source>
        <translation>チャンネルロゴ :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="125"/>
        <source>Comp. Artist</source>
        <translation>コラボアーチスト</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="130"/>
        <source>Configure CD copying options</source>
        <translation>CD データ取り出し設定をおこなう</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="131"/>
        <source>Configure Music Burn options</source>
        <translation>音楽の書き込み設定をおこなう</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="132"/>
        <source>Configure Music folders and general options</source>
        <translation>音楽フォルダーと全般設定をおこなう</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="133"/>
        <source>Configure Music playback options</source>
        <translation>音楽再生設定をおこなう</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="134"/>
        <source>Configure Music rating options</source>
        <translation>音楽評価設定をおこなう</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="135"/>
        <source>Configure Music visualization options</source>
        <translation>音楽のビジュアライズ設定をおこなう</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="137"/>
        <source>Configure settings for</source>
        <translation>設定をおこなう</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="138"/>
        <source>Configure your CD</source>
        <translation>CD の設定</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="142"/>
        <source>Copy your CD into the Music Library</source>
        <translation>CD の音楽データを音楽ライブラリーに取り込む</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="146"/>
        <source>Covert Art</source>
        <translation>ジャケット写真</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="147"/>
        <source>Create playlists with favorite music</source>
        <translation>お気に入りの音楽からプレイリストを作成</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="148"/>
        <source>Create your</source>
        <translation>作成</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="149"/>
        <source>Criteria:</source>
        <translation>検索句 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="150"/>
        <source>Current Play List View</source>
        <translation>現在のプレイリスト表示</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="151"/>
        <source>Current Playlist</source>
        <translation>現在のプレイリスト</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="152"/>
        <source>Current Streamlist</source>
        <translation>現在のストリームリスト</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="156"/>
        <source>Day:</source>
        <translation>日 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="157"/>
        <source>Decrease</source>
        <translation>下げる</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="159"/>
        <source>Default Rip quality:</source>
        <translation>デフォルトの取り込み品質 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="162"/>
        <source>Description:</source>
        <translation>説明 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="167"/>
        <source>Duration</source>
        <translation>長さ</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="169"/>
        <source>Edit Album Art</source>
        <translation>アルバム画像の編集</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="172"/>
        <source>Edit Metadata</source>
        <translation>メタデータ編集</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="173"/>
        <source>Edit Order</source>
        <translation>並び順の編集</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="175"/>
        <source>Edit meta data of your music</source>
        <translation>音楽のメタデータを編集</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="176"/>
        <source>Edit meta data of your radio streams</source>
        <translation>ラジオストリームのメタデータを編集</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="177"/>
        <source>Edit metadata of the radio stream</source>
        <translation>ラジオストリームのメタデータを編集</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="178"/>
        <source>Edit your playlists with your favorite music</source>
        <translation>お気に入りの音楽からプレイリストを編集</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="179"/>
        <source>Edit your smart playlist</source>
        <translation>スマートプレイリスト編集</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="182"/>
        <source>Eject your</source>
        <translation>取り出し</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="190"/>
        <source>Enter:</source>
        <translation>入力 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="191"/>
        <source>Field:</source>
        <translation>項目 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="192"/>
        <source>Fields:</source>
        <translation>項目 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="193"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="194"/>
        <source>File Already Exists</source>
        <translation>ファイルがすでに存在します</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="195"/>
        <source>File Information</source>
        <translation>ファイル情報</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="196"/>
        <source>File Storage location:</source>
        <translation>ファイルストレージの場所 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="199"/>
        <source>Filename</source>
        <translation>ファイル名</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="202"/>
        <source>Files</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="203"/>
        <source>Find Location</source>
        <translation>場所を検索</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="204"/>
        <source>Find your radio streams</source>
        <translation>ラジオストリームを検索</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="205"/>
        <source>Finish</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="206"/>
        <source>First Value</source>
        <translation>最初の値</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="207"/>
        <source>First Value:</source>
        <translation>最初の値 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="209"/>
        <source>Fixed Date:</source>
        <translation>固定日付 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="211"/>
        <source>General</source>
        <translation>全般</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="213"/>
        <source>General music</source>
        <translation>音楽全般</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="215"/>
        <source>Genre Image</source>
        <translation>ジャンル画像</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="225"/>
        <source>Image selected:</source>
        <translation>選択した画像 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="226"/>
        <source>Imagetype:</source>
        <translation>画像タイプ :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="227"/>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="230"/>
        <source>Import Coverart</source>
        <translation>ジャケット写真のインポート</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="231"/>
        <source>Import Coverart into your Library</source>
        <translation>ジャケット写真をライブラリーにインポート</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="234"/>
        <source>Import Music files into your Library</source>
        <translation>音楽ファイルをライブラリーにインポート</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="235"/>
        <source>Import Music into your library</source>
        <translation>音楽ファイルをライブラリーにインポート</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="236"/>
        <source>Import music</source>
        <translation>音楽のインポート</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="238"/>
        <source>Import your</source>
        <translation>インポート</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="239"/>
        <source>Import your CD into the music library</source>
        <translation>CD を音楽ライブラリーにインポート</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="240"/>
        <source>Import your Cover Art into the music library</source>
        <translation>ジャケット写真を音楽ライブラリーにインポート</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="241"/>
        <source>Import your Music</source>
        <translation>音楽のインポート</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="242"/>
        <source>Import your music into the music library</source>
        <translation>音楽をライブラリーにインポート</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="245"/>
        <source>Increase</source>
        <translation>上げる</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="246"/>
        <source>Information about your music Track</source>
        <translation>トラックについての情報</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="247"/>
        <source>Intelligent</source>
        <translation>インテリジェント</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="250"/>
        <source>Last</source>
        <translation>最後</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="253"/>
        <source>Last Played</source>
        <translation>最終再生</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="256"/>
        <source>Last played Weight:</source>
        <translation>最終再生の重み :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="267"/>
        <source>Lyrics View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="themestrings.h" line="269"/>
        <source>MUSIC PLAYER</source>
        <translation>音楽プレーヤー</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="270"/>
        <source>MUSIC Playlist Editor</source>
        <translation>音楽プレイリスト編集</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="275"/>
        <source>Matches: %1</source>
        <translation>一致 : %1</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="276"/>
        <source>Media</source>
        <translation>メディア</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="280"/>
        <source>Month:</source>
        <translation>月 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="283"/>
        <source>Multi Artist:</source>
        <translation>複数のアーチスト :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="286"/>
        <source>Music</source>
        <translation>音楽</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="287"/>
        <source>Music Directory:</source>
        <translation>音楽ディレクトリー :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="288"/>
        <source>Music Playlist</source>
        <translation>音楽プレイリスト</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="290"/>
        <source>Music Stream Search</source>
        <translation>音楽ストリームの検索</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="291"/>
        <source>Music Stream Settings</source>
        <translation>音楽ストリームの設定</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="292"/>
        <source>Music Tools</source>
        <translation>音楽ツール</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="297"/>
        <source>Mute:</source>
        <translation>消音 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="299"/>
        <source>Navigation</source>
        <translation>ナビゲーション</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="300"/>
        <source>New Field:</source>
        <translation>新しい項目 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="301"/>
        <source>Next</source>
        <translation>次</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="303"/>
        <source>Next Playing</source>
        <translation>次の再生</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="304"/>
        <source>Next new file</source>
        <translation>次の新しいファイル</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="308"/>
        <source>No Album Art Found!</source>
        <translation>アルバム画像が見つかりません！</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="309"/>
        <source>No volume control configured</source>
        <translation>音量コントロールが設定されていません</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="311"/>
        <source>Not muted</source>
        <translation>消音解除</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="312"/>
        <source>Now Playing</source>
        <translation>再生中</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="313"/>
        <source>Now Playing:</source>
        <translation>再生中 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="315"/>
        <source>Now playing</source>
        <translation>再生中</translation>
    </message>
    <message numerus="yes">
        <location filename="themestrings.h" line="316"/>
        <source>Number of songs found: %n</source>
        <translation>
            <numerusform>見つかった曲数 :%n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="themestrings.h" line="319"/>
        <source>Of The Following Conditions:</source>
        <translation>以下の条件に一致 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="323"/>
        <source>Operator:</source>
        <translation>操作者 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="326"/>
        <source>Order by Fields</source>
        <translation>並べ替えの項目</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="327"/>
        <source>Order by:</source>
        <translation>並び順 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="328"/>
        <source>Overall Progress</source>
        <translation>全体の進行状況</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="329"/>
        <source>PAUSED</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="330"/>
        <source>PLAYING</source>
        <translation>再生中</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="332"/>
        <source>Paused</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="336"/>
        <source>Play Internet Radio</source>
        <translation>インターネットラジオを再生</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="341"/>
        <source>Play List Editor Gallery View</source>
        <translation>プレイリスト編集のギャラリー表示</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="342"/>
        <source>Play List Editor Tree View</source>
        <translation>プレイリスト編集のツリー表示</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="346"/>
        <source>Play count</source>
        <translation>再生回数</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="347"/>
        <source>Play count Weight:</source>
        <translation>再生回数の重み :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="348"/>
        <source>Play file</source>
        <translation>ファイルを再生</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="350"/>
        <source>Play radio streams</source>
        <translation>ラジオストリームを再生</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="351"/>
        <source>Playcount:</source>
        <translation>再生回数 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="353"/>
        <source>Played track:</source>
        <translation>再生したトラック :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="356"/>
        <source>Player</source>
        <translation>プレーヤー</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="358"/>
        <source>Playing</source>
        <translation>再生中</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="360"/>
        <source>Playlist Editor</source>
        <translation>プレイリスト編集</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="361"/>
        <source>Playlist Editor Gallery</source>
        <translation>プレイリスト編集のギャラリー</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="362"/>
        <source>Playlist Editor Tree</source>
        <translation>プレイリスト編集のツリー</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="363"/>
        <source>Playlist Gallery</source>
        <translation>プレイリスト ギャラリー</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="365"/>
        <source>Playlist Position:</source>
        <translation>プレイリストの場所 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="366"/>
        <source>Playlist Tree</source>
        <translation>プレイリスト ツリー</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="370"/>
        <source>Playlists</source>
        <translation>プレイリスト</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="371"/>
        <source>Please Wait ...</source>
        <translation>お待ちください ...</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="373"/>
        <source>Position</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="375"/>
        <source>Position: %position%</source>
        <translation>位置 : %position%</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="376"/>
        <source>Post processing scripts:</source>
        <translation>事後処理スクリプト :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="378"/>
        <source>Previous</source>
        <translation>前</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="379"/>
        <source>Quality   :</source>
        <translation>品質 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="381"/>
        <source>RADIO STREAM PLAYER</source>
        <translation>ラジオストリーム プレーヤー</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="387"/>
        <source>Rating</source>
        <translation>評価</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="391"/>
        <source>Ratings</source>
        <translation>評価</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="403"/>
        <source>Result:</source>
        <translation>結果 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="404"/>
        <source>Results of the smartplaylist criteria</source>
        <translation>スマートプレイリスト検索句の結果</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="405"/>
        <source>Resume Mode:</source>
        <translation>再開モード :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="412"/>
        <source>Rip quality:</source>
        <translation>取り込み品質 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="413"/>
        <source>Ripper</source>
        <translation>CD からのデータ取り出し</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="416"/>
        <source>Runtime:</source>
        <translation>再生時間 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="417"/>
        <source>STOPPED</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="421"/>
        <source>Scan Location</source>
        <translation>スキャンする場所</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="422"/>
        <source>Scan current location</source>
        <translation>現在の場所をスキャン</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="424"/>
        <source>Scan for new</source>
        <translation>新しいものをスキャン</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="425"/>
        <source>Scan for new Music</source>
        <translation>新しい音楽をスキャン</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="428"/>
        <source>Search Album</source>
        <translation>アルバムを検索</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="429"/>
        <source>Search Artist</source>
        <translation>アーチストを検索</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="430"/>
        <source>Search Category</source>
        <translation>カテゴリーを検索</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="431"/>
        <source>Search Comp Artist</source>
        <translation>コラボアーチストを検索</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="432"/>
        <source>Search First Value</source>
        <translation>最初の値を検索</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="434"/>
        <source>Search Genre</source>
        <translation>ジャンルを検索</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="435"/>
        <source>Search Music</source>
        <translation>音楽を検索</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="436"/>
        <source>Search Order</source>
        <translation>その他を検索</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="438"/>
        <source>Search Second Value</source>
        <translation>2番目の値を検索</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="439"/>
        <source>Search Stream</source>
        <translation>ストリームを検索</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="440"/>
        <source>Search String</source>
        <translation>文字列を検索</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="444"/>
        <source>Search for Music Streams</source>
        <translation>音楽ストリームの検索</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="445"/>
        <source>Search for Radio Streams</source>
        <translation>ラジオ局の検索</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="447"/>
        <source>Search for:</source>
        <translation>検索 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="448"/>
        <source>Search library for your favorite music</source>
        <translation>お気に入りの音楽用にライブラリーを検索</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="449"/>
        <source>Search string</source>
        <translation>文字列を検索</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="450"/>
        <source>Second Value</source>
        <translation>2番目の値</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="451"/>
        <source>Second Value:</source>
        <translation>2番目の値 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="453"/>
        <source>Select folder</source>
        <translation>フォルダーを選択</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="454"/>
        <source>Select tracks to rip:</source>
        <translation>CDからデータを取り出すトラックを選択 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="455"/>
        <source>Selected</source>
        <translation>選択済み</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="456"/>
        <source>Selected Field:</source>
        <translation>選択した項目 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="457"/>
        <source>Selected Image</source>
        <translation>選択した画像</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="458"/>
        <source>Set</source>
        <translation>セット</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="459"/>
        <source>Set the quality and then edit the artist,album,genre and year if needed. Then select the tracks below to rip.</source>
        <translation>品質を選択し、アーチスト、アルバム、ジャンル、必要なら年を編集します。その後、データを取り出すトラックを選択します。</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="460"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="461"/>
        <source>Setup you music</source>
        <translation>音楽を設定します</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="462"/>
        <source>Setup your music</source>
        <translation>音楽を設定します</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="476"/>
        <source>Smart Playlist</source>
        <translation>スマートプレイリスト</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="479"/>
        <source>Smart Playlist Results</source>
        <translation>スマートプレイリスト結果</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="480"/>
        <source>Smartlist order fields:</source>
        <translation>スマートリスト並べ替え項目 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="481"/>
        <source>Song title</source>
        <translation>曲のタイトル</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="484"/>
        <source>Stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="485"/>
        <source>Stream Metadata</source>
        <translation>ストリーム メタデータ</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="486"/>
        <source>Streaming Radio</source>
        <translation>ストリーミングラジオ</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="487"/>
        <source>Switch Title</source>
        <translation>タイトルの切り替え</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="497"/>
        <source>Track Info</source>
        <translation>トラック情報</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="500"/>
        <source>Track NO</source>
        <translation>トラックNO</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="502"/>
        <source>Track Number:</source>
        <translation>トラック番号 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="503"/>
        <source>Track:</source>
        <translation>トラック :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="505"/>
        <source>Tracks Lyrics View</source>
        <translation>トラックの歌詞表示</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="507"/>
        <source>URL 1:</source>
        <translation>URL 1 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="508"/>
        <source>URL 2:</source>
        <translation>URL 2 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="509"/>
        <source>URL 3:</source>
        <translation>URL 3 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="510"/>
        <source>URL 4:</source>
        <translation>URL 4 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="511"/>
        <source>URL 5:</source>
        <translation>URL 5 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="536"/>
        <source>storage location:</source>
        <translation>ストレージの場所 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="144"/>
        <source>Country:</source>
        <translation>国 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="249"/>
        <source>Language:</source>
        <translation>言語 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="11"/>
        <source>%BROADCASTER% - %Channel%</source>
        <translation>%BROADCASTER% - %Channel%</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="262"/>
        <source>Listen to Music</source>
        <translation>音楽を聴く</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="110"/>
        <source>CD Ripper</source>
        <translation>CD からのデータ取り出し</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="273"/>
        <source>Matches</source>
        <translation>一致</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="490"/>
        <source>Syncronized:</source>
        <translation>同期済み :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="85"/>
        <source>Allow writing metadata to tags:</source>
        <translation>メタデータのタグへの書き込みを許可 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="401"/>
        <source>Reset Database</source>
        <translation>データベースのリセット</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="101"/>
        <source>Broadcaster/Channel:</source>
        <translation>放送局 / チャンネル :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="512"/>
        <source>URL Logo:</source>
        <translation>URL ロゴ :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="513"/>
        <source>URL1:</source>
        <translation>URL 1 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="514"/>
        <source>URL2:</source>
        <translation>URL 2 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="515"/>
        <source>URL3:</source>
        <translation>URL 3 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="516"/>
        <source>URL4:</source>
        <translation>URL 4 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="517"/>
        <source>URL5:</source>
        <translation>URL 5 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="218"/>
        <source>Genres/Format:</source>
        <translation>ジャンル・フォーマット :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="143"/>
        <source>Country/Language:</source>
        <translation>国・言語 :</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="433"/>
        <source>Search For Stream</source>
        <translation>ストリームの検索</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="17"/>
        <source>%COUNTRY%/%LANGUAGE%</source>
        <translation>%COUNTRY%/%LANGUAGE%</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="402"/>
        <source>Reset music database</source>
        <translation>音楽データベースのリセット</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="293"/>
        <source>Music folders and general options</source>
        <translation>音楽フォルダーと全般設定</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="294"/>
        <source>Music playback options</source>
        <translation>音楽再生設定</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="114"/>
        <source>CD copying options</source>
        <translation>CD データ取り出し設定</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="295"/>
        <source>Music rating options</source>
        <translation>音楽評価設定</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="296"/>
        <source>Music visualization options</source>
        <translation>音楽のビジュアライズ設定</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="343"/>
        <source>Play Music</source>
        <translation>音楽を再生</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="349"/>
        <source>Play music files</source>
        <translation>音楽ファイルを再生</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="344"/>
        <source>Play Radio Streams</source>
        <translation>ラジオストリームを再生</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="345"/>
        <source>Play an internet radio stream</source>
        <translation>インターネット ラジオ ストリームを再生</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="452"/>
        <source>Select Music</source>
        <translation>音楽を選択</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="228"/>
        <source>Import CD</source>
        <translation>CD インポート</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="232"/>
        <source>Import Files</source>
        <translation>ファイルのインポート</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="123"/>
        <source>Choose which tracks to play</source>
        <translation>再生するトラックを選択</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="237"/>
        <source>Import new tracks</source>
        <translation>新しいトラックをインポート</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="423"/>
        <source>Scan for New Music</source>
        <translation>新しい音楽をスキャン</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="266"/>
        <source>Look for new music files</source>
        <translation>新しい音楽を探す</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="181"/>
        <source>Eject media</source>
        <translation>メディア取り出し</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="180"/>
        <source>Eject a CD</source>
        <translation>CD の取り出し</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="289"/>
        <source>Music Settings</source>
        <translation>音楽設定</translation>
    </message>
    <message>
        <location filename="themestrings.h" line="136"/>
        <source>Configure playback and CD ripping</source>
        <translation>再生と CD からのデータ取り出し設定</translation>
    </message>
</context>
<context>
    <name>VisualizationSettings</name>
    <message>
        <location filename="../mythmusic/visualizationsettings.cpp" line="42"/>
        <source>Change the visualizer when the song changes.</source>
        <translation>曲が変わるごとにビジュアライズを変更する。</translation>
    </message>
    <message>
        <location filename="../mythmusic/visualizationsettings.cpp" line="43"/>
        <source>On changing the visualizer pick a new one at random.</source>
        <translation>ビジュアライズを変更する際に、ランダムに選択します。</translation>
    </message>
    <message>
        <location filename="../mythmusic/visualizationsettings.cpp" line="44"/>
        <location filename="../mythmusic/visualizationsettings.cpp" line="48"/>
        <source>If set to &quot;2&quot;, visualizations will be scaled in half. Currently only used by the goom visualization. Reduces CPU load on slower machines.</source>
        <translation>「2」に設定すると、ビジュアライズを半分に縮小します。現在、Goom ビジュアライズでしか使えません。古いマシンで CPU の負荷を軽減できます。</translation>
    </message>
    <message>
        <location filename="../mythmusic/visualizationsettings.cpp" line="52"/>
        <source>Exit without saving settings</source>
        <translation>設定を保存しないで終了</translation>
    </message>
    <message>
        <location filename="../mythmusic/visualizationsettings.cpp" line="53"/>
        <source>Save settings and Exit</source>
        <translation>設定を保存して終了</translation>
    </message>
</context>
<context>
    <name>VisualizationsEditor</name>
    <message>
        <source>Visualizations</source>
        <translation type="obsolete">ビジュアリゼーション</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation type="obsolete">上に移動</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation type="obsolete">下に移動</translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="obsolete">決定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="obsolete">キャンセル</translation>
    </message>
</context>
<context>
    <name>VisualizerView</name>
    <message>
        <location filename="../mythmusic/visualizerview.cpp" line="91"/>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../mythmusic/visualizerview.cpp" line="95"/>
        <source>Change Visualizer</source>
        <translation>ビジュアライズの変更</translation>
    </message>
    <message>
        <location filename="../mythmusic/visualizerview.cpp" line="96"/>
        <source>Show Track Info</source>
        <translation>トラック情報を表示</translation>
    </message>
    <message>
        <location filename="../mythmusic/visualizerview.cpp" line="97"/>
        <source>Other Options</source>
        <translation>その他の設定</translation>
    </message>
</context>
<context>
    <name>Visualizers</name>
    <message>
        <location filename="../mythmusic/bumpscope.cpp" line="529"/>
        <source>BumpScope</source>
        <translation>BumpScope</translation>
    </message>
    <message>
        <location filename="../mythmusic/mythgoom.cpp" line="114"/>
        <source>Goom</source>
        <translation>Goom</translation>
    </message>
    <message>
        <location filename="../mythmusic/synaesthesia.cpp" line="633"/>
        <source>Synaesthesia</source>
        <translation>Synaesthesia</translation>
    </message>
    <message>
        <location filename="../mythmusic/visualize.cpp" line="546"/>
        <source>StereoScope</source>
        <translation>StereoScope</translation>
    </message>
    <message>
        <location filename="../mythmusic/visualize.cpp" line="572"/>
        <source>MonoScope</source>
        <translation>MonoScope</translation>
    </message>
    <message>
        <location filename="../mythmusic/visualize.cpp" line="807"/>
        <source>Spectrum</source>
        <translation>Spectrum</translation>
    </message>
    <message>
        <location filename="../mythmusic/visualize.cpp" line="894"/>
        <source>Squares</source>
        <translation>Squares</translation>
    </message>
    <message>
        <location filename="../mythmusic/visualize.cpp" line="1339"/>
        <source>Piano</source>
        <translation>ピアノ</translation>
    </message>
    <message>
        <location filename="../mythmusic/visualize.cpp" line="1532"/>
        <source>AlbumArt</source>
        <translation>ジャケット写真</translation>
    </message>
    <message>
        <location filename="../mythmusic/visualize.cpp" line="1578"/>
        <source>Blank</source>
        <translation>画面表示なし</translation>
    </message>
</context>
<context>
    <name>avfDecoderFactory</name>
    <message>
        <location filename="../mythmusic/avfdecoder.cpp" line="607"/>
        <source>Internal Decoder</source>
        <translation>内蔵デコーダー</translation>
    </message>
</context>
</TS>
