<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en_US">
<context>
    <name>QGBA</name>
    <message>
        <location filename="../utils.cpp" line="88"/>
        <source>Game Boy Advance ROMs (%1)</source>
        <translation type="unfinished">ゲームボーイアドバンスファイル (%1)</translation>
    </message>
    <message>
        <location filename="../utils.cpp" line="105"/>
        <source>Game Boy ROMs (%1)</source>
        <translation type="unfinished">ゲームボーイファイル (%1)</translation>
    </message>
    <message>
        <location filename="../utils.cpp" line="109"/>
        <source>All ROMs (%1)</source>
        <translation>すべてのROM (%1)</translation>
    </message>
    <message>
        <location filename="../utils.cpp" line="111"/>
        <source>%1 Video Logs (*.mvl)</source>
        <translation type="unfinished">%1ビデオログ (*.mvl)</translation>
    </message>
</context>
<context>
    <name>QGBA::AboutScreen</name>
    <message>
        <location filename="../AboutScreen.ui" line="14"/>
        <source>About</source>
        <translation>バージョン情報</translation>
    </message>
    <message>
        <location filename="../AboutScreen.ui" line="23"/>
        <source>&lt;a href=&quot;http://mgba.io/&quot;&gt;Website&lt;/a&gt; • &lt;a href=&quot;https://forums.mgba.io/&quot;&gt;Forums / Support&lt;/a&gt; • &lt;a href=&quot;https://patreon.com/mgba&quot;&gt;Donate&lt;/a&gt; • &lt;a href=&quot;https://github.com/mgba-emu/mgba/tree/{gitBranch}&quot;&gt;Source&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;http://mgba.io/&quot;&gt;ウェブサイト&lt;/a&gt; • &lt;a href=&quot;https://forums.mgba.io/&quot;&gt;フォーラムとサポート&lt;/a&gt; • &lt;a href=&quot;https://patreon.com/mgba&quot;&gt;寄付&lt;/a&gt; • &lt;a href=&quot;https://github.com/mgba-emu/mgba/tree/{gitBranch}&quot;&gt;ソース&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../AboutScreen.ui" line="41"/>
        <source>Branch: &lt;tt&gt;{gitBranch}&lt;/tt&gt;&lt;br/&gt;Revision: &lt;tt&gt;{gitCommit}&lt;/tt&gt;</source>
        <translation>ブランチ: &lt;tt&gt;{gitBranch}&lt;/tt&gt;&lt;br/&gt;改版: &lt;tt&gt;{gitCommit}&lt;/tt&gt;</translation>
    </message>
    <message>
        <location filename="../AboutScreen.ui" line="68"/>
        <source>{projectName} would like to thank the following patrons from Patreon:</source>
        <translation>{projectName} は、以下のPatreonの支援者に感謝します:</translation>
    </message>
    <message>
        <location filename="../AboutScreen.ui" line="86"/>
        <source>© 2013 – {year} Jeffrey Pfau, licensed under the Mozilla Public License, version 2.0
Game Boy Advance is a registered trademark of Nintendo Co., Ltd.</source>
        <translation>© 2013 – {year} Jeffrey Pfau。Mozilla Public License(バージョン2.0)の下でライセンスされています。
「ゲームボーイアドバンス」、GAME BOY ADVANCEは任天堂株式会社の登録商標です。</translation>
    </message>
    <message>
        <location filename="../AboutScreen.ui" line="177"/>
        <source>{projectName} is an open-source Game Boy Advance emulator</source>
        <translation>{projectName} はオープンソースのゲームボーイアドバンスエミュレーターです</translation>
    </message>
</context>
<context>
    <name>QGBA::ApplicationUpdatePrompt</name>
    <message>
        <location filename="../ApplicationUpdatePrompt.ui" line="14"/>
        <source>An update is available</source>
        <translation>アップデートが利用可能です</translation>
    </message>
    <message>
        <location filename="../ApplicationUpdatePrompt.cpp" line="26"/>
        <source>An update to %1 is available.
</source>
        <translation>%1 のアップデートが利用可能です。
</translation>
    </message>
    <message>
        <location filename="../ApplicationUpdatePrompt.cpp" line="38"/>
        <source>
Do you want to download and install it now? You will need to restart the emulator when the download is complete.</source>
        <translation>
今すぐダウンロードしてインストールしますか？ダウンロードが完了したら、エミュレータを再起動する必要があります。</translation>
    </message>
    <message>
        <location filename="../ApplicationUpdatePrompt.cpp" line="41"/>
        <source>
Auto-update is not available on this platform. If you wish to update you will need to do it manually.</source>
        <translation>
このプラットフォームでは自動アップデートは利用できません。アップデートしたい場合は手動で行う必要があります。</translation>
    </message>
    <message>
        <location filename="../ApplicationUpdatePrompt.cpp" line="45"/>
        <source>Current version: %1
New version: %2
Download size: %3</source>
        <translation>現在のバージョン: %1
新しいバージョン: %2
ダウンロードサイズ: %3</translation>
    </message>
    <message>
        <location filename="../ApplicationUpdatePrompt.cpp" line="63"/>
        <source>Downloading update...</source>
        <translation>アップデートをダウンロード中...</translation>
    </message>
    <message>
        <location filename="../ApplicationUpdatePrompt.cpp" line="79"/>
        <source>Downloading failed. Please update manually.</source>
        <translation>ダウンロードに失敗しました。手動で更新してください。</translation>
    </message>
    <message>
        <location filename="../ApplicationUpdatePrompt.cpp" line="82"/>
        <source>Downloading done. Press OK to restart %1 and install the update.</source>
        <translation>ダウンロード完了。OKで%1 を再起動し、アップデートをインストールします。</translation>
    </message>
</context>
<context>
    <name>QGBA::ApplicationUpdater</name>
    <message>
        <location filename="../ApplicationUpdater.cpp" line="90"/>
        <source>Stable</source>
        <translation>安定版</translation>
    </message>
    <message>
        <location filename="../ApplicationUpdater.cpp" line="93"/>
        <source>Development</source>
        <translation>開発版</translation>
    </message>
    <message>
        <location filename="../ApplicationUpdater.cpp" line="95"/>
        <source>Unknown</source>
        <translation type="unfinished">不明</translation>
    </message>
    <message>
        <location filename="../ApplicationUpdater.cpp" line="235"/>
        <source>(None)</source>
        <translation>(なし)</translation>
    </message>
</context>
<context>
    <name>QGBA::ArchiveInspector</name>
    <message>
        <location filename="../ArchiveInspector.ui" line="14"/>
        <source>Open in archive...</source>
        <translation>アーカイブを開く...</translation>
    </message>
    <message>
        <location filename="../ArchiveInspector.ui" line="20"/>
        <source>Loading...</source>
        <translation>ロード中...</translation>
    </message>
</context>
<context>
    <name>QGBA::AssetTile</name>
    <message>
        <location filename="../AssetTile.ui" line="41"/>
        <source>Tile #</source>
        <translation>タイル #</translation>
    </message>
    <message>
        <location filename="../AssetTile.ui" line="65"/>
        <source>Palette #</source>
        <translation>パレット #</translation>
    </message>
    <message>
        <location filename="../AssetTile.ui" line="89"/>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <location filename="../AssetTile.ui" line="138"/>
        <source>Red</source>
        <translation>Red</translation>
    </message>
    <message>
        <location filename="../AssetTile.ui" line="145"/>
        <source>Green</source>
        <translation>Green</translation>
    </message>
    <message>
        <location filename="../AssetTile.ui" line="152"/>
        <source>Blue</source>
        <translation>Blue</translation>
    </message>
    <message>
        <location filename="../AssetTile.cpp" line="143"/>
        <location filename="../AssetTile.cpp" line="144"/>
        <location filename="../AssetTile.cpp" line="145"/>
        <source>0x%0 (%1)</source>
        <translation>0x%0 (%1)</translation>
    </message>
</context>
<context>
    <name>QGBA::AudioDevice</name>
    <message>
        <location filename="../AudioDevice.cpp" line="26"/>
        <source>Can&apos;t set format of context-less audio device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../AudioDevice.cpp" line="44"/>
        <source>Audio device is missing its core</source>
        <translation>オーディオ デバイスにコアがありません</translation>
    </message>
    <message>
        <location filename="../AudioDevice.cpp" line="62"/>
        <source>Writing data to read-only audio device</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QGBA::AudioProcessorQt</name>
    <message>
        <location filename="../AudioProcessorQt.cpp" line="43"/>
        <source>Can&apos;t start an audio processor without input</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QGBA::AudioProcessorSDL</name>
    <message>
        <location filename="../AudioProcessorSDL.cpp" line="34"/>
        <source>Can&apos;t start an audio processor without input</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QGBA::BattleChipView</name>
    <message>
        <location filename="../BattleChipView.ui" line="14"/>
        <source>BattleChip Gate</source>
        <translation>チップゲート</translation>
    </message>
    <message>
        <location filename="../BattleChipView.ui" line="67"/>
        <source>Chip name</source>
        <translation>チップ名</translation>
    </message>
    <message>
        <location filename="../BattleChipView.ui" line="76"/>
        <source>Insert</source>
        <translation>挿入</translation>
    </message>
    <message>
        <location filename="../BattleChipView.ui" line="87"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../BattleChipView.ui" line="94"/>
        <source>Load</source>
        <translation>ロード</translation>
    </message>
    <message>
        <location filename="../BattleChipView.ui" line="114"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../BattleChipView.ui" line="121"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../BattleChipView.ui" line="138"/>
        <source>Gate type</source>
        <translation>ゲートタイプ</translation>
    </message>
    <message>
        <location filename="../BattleChipView.ui" line="180"/>
        <source>Inserted</source>
        <translation>挿入完了</translation>
    </message>
    <message>
        <location filename="../BattleChipView.ui" line="194"/>
        <source>Chip ID</source>
        <translation>チップID</translation>
    </message>
    <message>
        <location filename="../BattleChipView.ui" line="207"/>
        <source>Update Chip data</source>
        <translation>チップデータを更新</translation>
    </message>
    <message>
        <location filename="../BattleChipView.ui" line="219"/>
        <source>Show advanced</source>
        <translation>詳細表示</translation>
    </message>
    <message>
        <location filename="../BattleChipView.cpp" line="117"/>
        <source>BattleChip data missing</source>
        <translation>バトルチップのデータが見つかりません</translation>
    </message>
    <message>
        <location filename="../BattleChipView.cpp" line="118"/>
        <source>BattleChip data is missing. BattleChip Gates will still work, but some graphics will be missing. Would you like to download the data now?</source>
        <translation>バトルチップの画像データが見つかりません。このままでもチップゲートは動作しますが、チップの画像が表示されないまま使う事になります。今すぐダウンロードしますか？</translation>
    </message>
    <message>
        <location filename="../BattleChipView.cpp" line="184"/>
        <location filename="../BattleChipView.cpp" line="203"/>
        <source>Select deck file</source>
        <translation>デッキファイルを選択</translation>
    </message>
    <message>
        <location filename="../BattleChipView.cpp" line="215"/>
        <source>Incompatible deck</source>
        <translation>互換性のないデッキ</translation>
    </message>
    <message>
        <location filename="../BattleChipView.cpp" line="216"/>
        <source>The selected deck is not compatible with this Chip Gate</source>
        <translation>選択したデッキはこのチップゲートでは使用できません</translation>
    </message>
</context>
<context>
    <name>QGBA::CheatsModel</name>
    <message>
        <location filename="../CheatsModel.cpp" line="53"/>
        <source>(untitled)</source>
        <translation>(タイトルなし)</translation>
    </message>
    <message>
        <location filename="../CheatsModel.cpp" line="211"/>
        <source>Failed to open cheats file: %1</source>
        <translation>チートファイルを開けませんでした: %1</translation>
    </message>
</context>
<context>
    <name>QGBA::CheatsView</name>
    <message>
        <location filename="../CheatsView.ui" line="14"/>
        <source>Cheats</source>
        <translation>チート</translation>
    </message>
    <message>
        <location filename="../CheatsView.ui" line="39"/>
        <source>Add New Code</source>
        <translation>新しいコード</translation>
    </message>
    <message>
        <location filename="../CheatsView.ui" line="60"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../CheatsView.ui" line="93"/>
        <source>Add Lines</source>
        <translation>入力したコードを追加</translation>
    </message>
    <message>
        <location filename="../CheatsView.ui" line="100"/>
        <source>Code type</source>
        <translation>コード形式</translation>
    </message>
    <message>
        <location filename="../CheatsView.ui" line="53"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../CheatsView.ui" line="46"/>
        <source>Load</source>
        <translation>ロード</translation>
    </message>
    <message>
        <location filename="../CheatsView.ui" line="86"/>
        <source>Enter codes here...</source>
        <translation>ここにコードを入力してください...</translation>
    </message>
    <message>
        <location filename="../CheatsView.cpp" line="50"/>
        <location filename="../CheatsView.cpp" line="58"/>
        <source>Autodetect (recommended)</source>
        <translation>自動検出 (推奨)</translation>
    </message>
    <message>
        <location filename="../CheatsView.cpp" line="88"/>
        <location filename="../CheatsView.cpp" line="95"/>
        <source>Select cheats file</source>
        <translation>チートファイルを選択</translation>
    </message>
    <message>
        <location filename="../CheatsView.cpp" line="187"/>
        <source>Some cheats could not be added. Please ensure they&apos;re formatted correctly and/or try other cheat types.</source>
        <translation>一部のコードが追加できませんでした。フォーマットが正常かどうかを確認してください。もしくは、違う形式に変換して試してみてください。</translation>
    </message>
</context>
<context>
    <name>QGBA::CoreController</name>
    <message>
        <location filename="../CoreController.cpp" line="99"/>
        <source>Reset r%1-%2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../CoreController.cpp" line="505"/>
        <location filename="../CoreController.cpp" line="525"/>
        <source>Rewinding not currently enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../CoreController.cpp" line="568"/>
        <source>Reset the game?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../CoreController.cpp" line="569"/>
        <source>Most games will require a reset to load the new save. Do you want to reset now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../CoreController.cpp" line="784"/>
        <source>Failed to open save file: %1</source>
        <translation>セーブファイルを開けませんでした: %1</translation>
    </message>
    <message>
        <location filename="../CoreController.cpp" line="830"/>
        <source>Failed to open game file: %1</source>
        <translation>ゲームファイルを開けませんでした: %1</translation>
    </message>
    <message>
        <location filename="../CoreController.cpp" line="859"/>
        <source>Can&apos;t yank pack in unexpected platform!</source>
        <translation>予期しないプラットフォームでパックをヤンクすることはできません！</translation>
    </message>
    <message>
        <location filename="../CoreController.cpp" line="974"/>
        <source>Failed to open snapshot file for reading: %1</source>
        <translation>読み取り用のスナップショットファイルを開けませんでした: %1</translation>
    </message>
    <message>
        <location filename="../CoreController.cpp" line="991"/>
        <source>Failed to open snapshot file for writing: %1</source>
        <translation>書き込み用のスナップショットファイルを開けませんでした: %1</translation>
    </message>
</context>
<context>
    <name>QGBA::CoreManager</name>
    <message>
        <location filename="../CoreManager.cpp" line="51"/>
        <source>Failed to open game file: %1</source>
        <translation>ゲームファイルを開けませんでした: %1</translation>
    </message>
    <message>
        <location filename="../CoreManager.cpp" line="89"/>
        <source>Could not load game. Are you sure it&apos;s in the correct format?</source>
        <translation>ゲームをロードできませんでした。ゲームのフォーマットが正しいことを確認してください。</translation>
    </message>
    <message>
        <location filename="../CoreManager.cpp" line="116"/>
        <source>Failed to open save file; in-game saves cannot be updated. Please ensure the save directory is writable without additional privileges (e.g. UAC on Windows).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QGBA::DebuggerConsole</name>
    <message>
        <location filename="../DebuggerConsole.ui" line="14"/>
        <source>Debugger</source>
        <translation>デバッガ</translation>
    </message>
    <message>
        <location filename="../DebuggerConsole.ui" line="20"/>
        <source>Enter command (try `help` for more info)</source>
        <translation>コマンドを入力してください(`help`でヘルプ情報)</translation>
    </message>
    <message>
        <location filename="../DebuggerConsole.ui" line="27"/>
        <source>Break</source>
        <translation>Break</translation>
    </message>
</context>
<context>
    <name>QGBA::DebuggerConsoleController</name>
    <message>
        <location filename="../DebuggerConsoleController.cpp" line="171"/>
        <source>Could not open CLI history for writing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QGBA::DolphinConnector</name>
    <message>
        <location filename="../DolphinConnector.ui" line="14"/>
        <source>Connect to Dolphin</source>
        <translation>Dolphinに接続する</translation>
    </message>
    <message>
        <location filename="../DolphinConnector.ui" line="23"/>
        <source>Local computer</source>
        <translation>ローカルコンピュータ</translation>
    </message>
    <message>
        <location filename="../DolphinConnector.ui" line="36"/>
        <source>IP address</source>
        <translation>IPアドレス</translation>
    </message>
    <message>
        <location filename="../DolphinConnector.ui" line="55"/>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
    <message>
        <location filename="../DolphinConnector.ui" line="68"/>
        <source>Disconnect</source>
        <translation>切断</translation>
    </message>
    <message>
        <location filename="../DolphinConnector.ui" line="78"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../DolphinConnector.ui" line="90"/>
        <source>Reset on connect</source>
        <translation>接続時にリセット</translation>
    </message>
    <message>
        <location filename="../DolphinConnector.cpp" line="57"/>
        <source>Couldn&apos;t Connect</source>
        <translation>接続失敗</translation>
    </message>
    <message>
        <location filename="../DolphinConnector.cpp" line="58"/>
        <source>Could not connect to Dolphin.</source>
        <translation>Dolphinと接続できませんでした。</translation>
    </message>
</context>
<context>
    <name>QGBA::ForwarderGenerator</name>
    <message>
        <location filename="../ForwarderGenerator.cpp" line="83"/>
        <source>3DS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ForwarderGenerator.cpp" line="85"/>
        <source>Vita</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QGBA::ForwarderGenerator3DS</name>
    <message>
        <location filename="../ForwarderGenerator3DS.cpp" line="29"/>
        <source>Icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ForwarderGenerator3DS.cpp" line="30"/>
        <source>Banner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QGBA::ForwarderGeneratorVita</name>
    <message>
        <location filename="../ForwarderGeneratorVita.cpp" line="25"/>
        <source>Bubble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ForwarderGeneratorVita.cpp" line="26"/>
        <source>Background</source>
        <translation type="unfinished">バックグラウンド</translation>
    </message>
    <message>
        <location filename="../ForwarderGeneratorVita.cpp" line="27"/>
        <source>Startup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QGBA::ForwarderView</name>
    <message>
        <location filename="../ForwarderView.ui" line="14"/>
        <source>Create forwarder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ForwarderView.ui" line="20"/>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ForwarderView.ui" line="26"/>
        <source>ROM file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ForwarderView.ui" line="36"/>
        <location filename="../ForwarderView.ui" line="53"/>
        <location filename="../ForwarderView.ui" line="112"/>
        <source>Browse</source>
        <translation type="unfinished">参照</translation>
    </message>
    <message>
        <location filename="../ForwarderView.ui" line="43"/>
        <source>Output filename:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ForwarderView.ui" line="60"/>
        <source>Forwarder base:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ForwarderView.ui" line="74"/>
        <source>Latest stable version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ForwarderView.ui" line="79"/>
        <source>Latest development build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ForwarderView.ui" line="84"/>
        <source>Specific file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ForwarderView.ui" line="95"/>
        <source>Base file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ForwarderView.ui" line="135"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ForwarderView.ui" line="141"/>
        <source>3DS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ForwarderView.ui" line="151"/>
        <source>Vita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ForwarderView.ui" line="174"/>
        <source>Presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ForwarderView.ui" line="182"/>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ForwarderView.ui" line="195"/>
        <source>Images:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ForwarderView.ui" line="215"/>
        <source>Use default image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ForwarderView.ui" line="328"/>
        <source>Preferred size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ForwarderView.ui" line="395"/>
        <source>Select image file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ForwarderView.cpp" line="22"/>
        <source>Select ROM file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ForwarderView.cpp" line="23"/>
        <source>Select output filename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ForwarderView.cpp" line="24"/>
        <source>Select base file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ForwarderView.cpp" line="36"/>
        <source>Build finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ForwarderView.cpp" line="37"/>
        <source>Forwarder finished building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ForwarderView.cpp" line="44"/>
        <source>Build failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ForwarderView.cpp" line="45"/>
        <source>Failed to build forwarder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ForwarderView.cpp" line="176"/>
        <source>%1 installable package (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ForwarderView.cpp" line="192"/>
        <source>Select an image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QGBA::FrameView</name>
    <message>
        <location filename="../FrameView.ui" line="14"/>
        <source>Inspect frame</source>
        <translation>フレームインスペクタ</translation>
    </message>
    <message>
        <location filename="../FrameView.ui" line="41"/>
        <source>Magnification</source>
        <translation>倍率</translation>
    </message>
    <message>
        <location filename="../FrameView.ui" line="50"/>
        <source>Freeze frame</source>
        <translation>フレームをフリーズ</translation>
    </message>
    <message>
        <location filename="../FrameView.ui" line="84"/>
        <source>Backdrop color</source>
        <translation>背景色</translation>
    </message>
    <message>
        <location filename="../FrameView.ui" line="132"/>
        <source>Disable scanline effects</source>
        <translation>スキャンライン効果を無効</translation>
    </message>
    <message>
        <location filename="../FrameView.ui" line="145"/>
        <source>Export</source>
        <translation>書き出す</translation>
    </message>
    <message>
        <location filename="../FrameView.ui" line="152"/>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <location filename="../FrameView.cpp" line="578"/>
        <source>Export frame</source>
        <translation>フレームを書き出す</translation>
    </message>
    <message>
        <location filename="../FrameView.cpp" line="579"/>
        <source>Portable Network Graphics (*.png)</source>
        <translation>Portable Network Graphics (*.png)</translation>
    </message>
    <message>
        <location filename="../FrameView.cpp" line="600"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../FrameView.cpp" line="602"/>
        <source>Background</source>
        <translation>バックグラウンド</translation>
    </message>
    <message>
        <location filename="../FrameView.cpp" line="605"/>
        <source>Window</source>
        <translation>ウインドウ</translation>
    </message>
    <message>
        <location filename="../FrameView.cpp" line="608"/>
        <source>Objwin</source>
        <translation>Objwin</translation>
    </message>
    <message>
        <location filename="../FrameView.cpp" line="613"/>
        <source>Sprite</source>
        <translation>スプライト</translation>
    </message>
    <message>
        <location filename="../FrameView.cpp" line="616"/>
        <source>Backdrop</source>
        <translation>背景</translation>
    </message>
    <message>
        <location filename="../FrameView.cpp" line="619"/>
        <source>Frame</source>
        <translation>フレーム</translation>
    </message>
    <message>
        <location filename="../FrameView.cpp" line="625"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>QGBA::GBAApp</name>
    <message>
        <location filename="../GBAApp.cpp" line="78"/>
        <source>Enable Discord Rich Presence</source>
        <translation>DiscordのRich Presence有効</translation>
    </message>
</context>
<context>
    <name>QGBA::GBAKeyEditor</name>
    <message>
        <location filename="../GBAKeyEditor.cpp" line="68"/>
        <source>Clear Button</source>
        <translation>ボタンクリア</translation>
    </message>
    <message>
        <location filename="../GBAKeyEditor.cpp" line="80"/>
        <source>Clear Analog</source>
        <translation>アナログクリア</translation>
    </message>
    <message>
        <location filename="../GBAKeyEditor.cpp" line="91"/>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../GBAKeyEditor.cpp" line="101"/>
        <source>Set all</source>
        <translation>すべて設定</translation>
    </message>
</context>
<context>
    <name>QGBA::GDBWindow</name>
    <message>
        <location filename="../GDBWindow.cpp" line="31"/>
        <source>Server settings</source>
        <translation>サーバー設定</translation>
    </message>
    <message>
        <location filename="../GDBWindow.cpp" line="37"/>
        <source>Local port</source>
        <translation>ローカルポート</translation>
    </message>
    <message>
        <location filename="../GDBWindow.cpp" line="39"/>
        <source>Bind address</source>
        <translation>バインドアドレス</translation>
    </message>
    <message>
        <location filename="../GDBWindow.cpp" line="52"/>
        <source>Write watchpoints behavior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../GDBWindow.cpp" line="63"/>
        <source>Standard GDB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../GDBWindow.cpp" line="68"/>
        <source>Internal change detection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../GDBWindow.cpp" line="72"/>
        <source>Break on all writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../GDBWindow.cpp" line="82"/>
        <source>Break</source>
        <translation>中断</translation>
    </message>
    <message>
        <location filename="../GDBWindow.cpp" line="124"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../GDBWindow.cpp" line="137"/>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../GDBWindow.cpp" line="145"/>
        <source>Crash</source>
        <translation>クラッシュ</translation>
    </message>
    <message>
        <location filename="../GDBWindow.cpp" line="145"/>
        <source>Could not start GDB server</source>
        <translation>GDBサーバを起動できませんでした</translation>
    </message>
</context>
<context>
    <name>QGBA::GIFView</name>
    <message>
        <location filename="../GIFView.ui" line="51"/>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../GIFView.ui" line="67"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../GIFView.ui" line="93"/>
        <source>Select File</source>
        <translation>ファイルを選択</translation>
    </message>
    <message>
        <location filename="../GIFView.ui" line="30"/>
        <source>Loop</source>
        <translation>ループ</translation>
    </message>
    <message>
        <location filename="../GIFView.ui" line="14"/>
        <source>Record GIF/WebP/APNG</source>
        <translation>GIF/WebP/APNGを記録</translation>
    </message>
    <message>
        <location filename="../GIFView.ui" line="112"/>
        <source>APNG</source>
        <translation>APNG</translation>
    </message>
    <message>
        <location filename="../GIFView.ui" line="122"/>
        <source>GIF</source>
        <translation>GIF</translation>
    </message>
    <message>
        <location filename="../GIFView.ui" line="135"/>
        <source>WebP</source>
        <translation>WebP</translation>
    </message>
    <message>
        <location filename="../GIFView.ui" line="145"/>
        <source>Frameskip</source>
        <translation>フレームスキップ</translation>
    </message>
    <message>
        <location filename="../GIFView.cpp" line="61"/>
        <source>Failed to open output file: %1</source>
        <translation>出力ファイルを開けませんでした: %1</translation>
    </message>
    <message>
        <location filename="../GIFView.cpp" line="88"/>
        <source>Select output file</source>
        <translation>出力ファイルを選択</translation>
    </message>
    <message>
        <location filename="../GIFView.cpp" line="88"/>
        <source>Graphics Interchange Format (*.gif);;WebP ( *.webp);;Animated Portable Network Graphics (*.png *.apng)</source>
        <translation>Graphics Interchange Format (*.gif);;WebP ( *.webp);;Animated Portable Network Graphics (*.png *.apng)</translation>
    </message>
</context>
<context>
    <name>QGBA::GameBoy</name>
    <message>
        <location filename="../GameBoy.cpp" line="60"/>
        <location filename="../GameBoy.cpp" line="79"/>
        <source>Autodetect</source>
        <translation type="unfinished">自動検出</translation>
    </message>
    <message>
        <location filename="../GameBoy.cpp" line="61"/>
        <source>Game Boy (DMG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../GameBoy.cpp" line="62"/>
        <source>Game Boy Pocket (MGB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../GameBoy.cpp" line="63"/>
        <source>Super Game Boy (SGB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../GameBoy.cpp" line="64"/>
        <source>Super Game Boy 2 (SGB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../GameBoy.cpp" line="65"/>
        <source>Game Boy Color (CGB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../GameBoy.cpp" line="66"/>
        <source>Game Boy Advance (AGB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../GameBoy.cpp" line="67"/>
        <source>Super Game Boy Color (SGB + CGB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../GameBoy.cpp" line="80"/>
        <source>ROM Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../GameBoy.cpp" line="81"/>
        <source>MBC1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../GameBoy.cpp" line="82"/>
        <source>MBC2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../GameBoy.cpp" line="83"/>
        <source>MBC3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../GameBoy.cpp" line="84"/>
        <source>MBC3 + RTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../GameBoy.cpp" line="85"/>
        <source>MBC5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../GameBoy.cpp" line="86"/>
        <source>MBC5 + Rumble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../GameBoy.cpp" line="87"/>
        <source>MBC6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../GameBoy.cpp" line="88"/>
        <source>MBC7 (Tilt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../GameBoy.cpp" line="89"/>
        <source>MMM01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../GameBoy.cpp" line="90"/>
        <source>HuC-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../GameBoy.cpp" line="91"/>
        <source>HuC-3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../GameBoy.cpp" line="92"/>
        <source>Pocket Cam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../GameBoy.cpp" line="93"/>
        <source>TAMA5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../GameBoy.cpp" line="94"/>
        <source>Wisdom Tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../GameBoy.cpp" line="95"/>
        <source>NT (old 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../GameBoy.cpp" line="96"/>
        <source>NT (old 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../GameBoy.cpp" line="97"/>
        <source>NT (new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../GameBoy.cpp" line="98"/>
        <source>Pokémon Jade/Diamond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../GameBoy.cpp" line="99"/>
        <source>BBD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../GameBoy.cpp" line="100"/>
        <source>Hitek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../GameBoy.cpp" line="101"/>
        <source>GGB-81</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../GameBoy.cpp" line="102"/>
        <source>Li Cheng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../GameBoy.cpp" line="103"/>
        <source>Sachen (MMC1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../GameBoy.cpp" line="104"/>
        <source>Sachen (MMC2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QGBA::IOViewer</name>
    <message>
        <location filename="../IOViewer.ui" line="14"/>
        <source>I/O Viewer</source>
        <translation>I/Oビューアー</translation>
    </message>
    <message>
        <location filename="../IOViewer.ui" line="26"/>
        <source>0x0000</source>
        <translation>0x0000</translation>
    </message>
    <message>
        <location filename="../IOViewer.ui" line="367"/>
        <location filename="../IOViewer.cpp" line="870"/>
        <location filename="../IOViewer.cpp" line="883"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="39"/>
        <source>Background mode</source>
        <translation>バックグラウンドモード</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="40"/>
        <source>Mode 0: 4 tile layers</source>
        <translation>モード0: 4 tile layers</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="41"/>
        <source>Mode 1: 2 tile layers + 1 rotated/scaled tile layer</source>
        <translation>モード1: 2 tile layers + 1 rotated/scaled tile layer</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="42"/>
        <source>Mode 2: 2 rotated/scaled tile layers</source>
        <translation>モード2: 2 rotated/scaled tile layer</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="43"/>
        <source>Mode 3: Full 15-bit bitmap</source>
        <translation>モード3: Full 15-bit bitmap</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="44"/>
        <source>Mode 4: Full 8-bit bitmap</source>
        <translation>モード4: Full 8-bit bitmap</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="45"/>
        <source>Mode 5: Small 15-bit bitmap</source>
        <translation>モード5: Small 15-bit bitmap</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="49"/>
        <source>CGB Mode</source>
        <translation>CGBモード</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="50"/>
        <source>Frame select</source>
        <translation>フレーム選択</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="51"/>
        <source>Unlocked HBlank</source>
        <translation>ロック解除 HBlank</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="52"/>
        <source>Linear OBJ tile mapping</source>
        <translation>線形OBJタイルマッピング</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="53"/>
        <source>Force blank screen</source>
        <translation>空白の画面を強制する</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="54"/>
        <source>Enable background 0</source>
        <translation>Background 0を有効</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="55"/>
        <source>Enable background 1</source>
        <translation>Background 1を有効</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="56"/>
        <source>Enable background 2</source>
        <translation>Background 2を有効</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="57"/>
        <source>Enable background 3</source>
        <translation>Background 3を有効</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="58"/>
        <source>Enable OBJ</source>
        <translation>OBJを有効</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="59"/>
        <source>Enable Window 0</source>
        <translation>Window 0を有効</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="60"/>
        <source>Enable Window 1</source>
        <translation>Window 1を有効</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="61"/>
        <source>Enable OBJ Window</source>
        <translation>OBJ Windowを有効</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="65"/>
        <source>Swap green components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="69"/>
        <source>Currently in VBlank</source>
        <translation>現在のVBlank</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="70"/>
        <source>Currently in HBlank</source>
        <translation>現在のHBlank</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="71"/>
        <source>Currently in VCounter</source>
        <translation>現在のVCounter</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="72"/>
        <source>Enable VBlank IRQ generation</source>
        <translation>VBlank IRQ生成を有効</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="73"/>
        <source>Enable HBlank IRQ generation</source>
        <translation>HBlank IRQ生成を有効</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="74"/>
        <source>Enable VCounter IRQ generation</source>
        <translation>VCounter IRQ生成を有効</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="75"/>
        <source>VCounter scanline</source>
        <translation>VCounterスキャンライン</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="79"/>
        <source>Current scanline</source>
        <translation>現在のスキャンライン</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="83"/>
        <location filename="../IOViewer.cpp" line="92"/>
        <location filename="../IOViewer.cpp" line="101"/>
        <location filename="../IOViewer.cpp" line="111"/>
        <source>Priority</source>
        <translation>優先度</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="84"/>
        <location filename="../IOViewer.cpp" line="93"/>
        <location filename="../IOViewer.cpp" line="102"/>
        <location filename="../IOViewer.cpp" line="112"/>
        <source>Tile data base (* 16kB)</source>
        <translation>タイルデータベース (* 16kB)</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="85"/>
        <location filename="../IOViewer.cpp" line="94"/>
        <location filename="../IOViewer.cpp" line="103"/>
        <location filename="../IOViewer.cpp" line="113"/>
        <source>Enable mosaic</source>
        <translation>モザイクを有効</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="86"/>
        <location filename="../IOViewer.cpp" line="95"/>
        <location filename="../IOViewer.cpp" line="104"/>
        <location filename="../IOViewer.cpp" line="114"/>
        <source>Enable 256-color</source>
        <translation>256色を有効</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="87"/>
        <location filename="../IOViewer.cpp" line="96"/>
        <location filename="../IOViewer.cpp" line="105"/>
        <location filename="../IOViewer.cpp" line="115"/>
        <source>Tile map base (* 2kB)</source>
        <translation>タイルマップベース (* 2kB)</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="88"/>
        <location filename="../IOViewer.cpp" line="97"/>
        <location filename="../IOViewer.cpp" line="107"/>
        <location filename="../IOViewer.cpp" line="117"/>
        <source>Background dimensions</source>
        <translation>背景サイズ</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="106"/>
        <location filename="../IOViewer.cpp" line="116"/>
        <source>Overflow wraps</source>
        <translation>オーバーフローラップ</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="121"/>
        <location filename="../IOViewer.cpp" line="129"/>
        <location filename="../IOViewer.cpp" line="137"/>
        <location filename="../IOViewer.cpp" line="145"/>
        <location filename="../IOViewer.cpp" line="1364"/>
        <location filename="../IOViewer.cpp" line="1405"/>
        <source>Horizontal offset</source>
        <translation>水平offset</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="125"/>
        <location filename="../IOViewer.cpp" line="133"/>
        <location filename="../IOViewer.cpp" line="141"/>
        <location filename="../IOViewer.cpp" line="149"/>
        <location filename="../IOViewer.cpp" line="1360"/>
        <location filename="../IOViewer.cpp" line="1401"/>
        <source>Vertical offset</source>
        <translation>垂直offset</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="153"/>
        <location filename="../IOViewer.cpp" line="158"/>
        <location filename="../IOViewer.cpp" line="163"/>
        <location filename="../IOViewer.cpp" line="168"/>
        <location filename="../IOViewer.cpp" line="173"/>
        <location filename="../IOViewer.cpp" line="182"/>
        <location filename="../IOViewer.cpp" line="191"/>
        <location filename="../IOViewer.cpp" line="196"/>
        <location filename="../IOViewer.cpp" line="201"/>
        <location filename="../IOViewer.cpp" line="206"/>
        <location filename="../IOViewer.cpp" line="211"/>
        <location filename="../IOViewer.cpp" line="220"/>
        <source>Fractional part</source>
        <translation>小数部</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="154"/>
        <location filename="../IOViewer.cpp" line="159"/>
        <location filename="../IOViewer.cpp" line="164"/>
        <location filename="../IOViewer.cpp" line="169"/>
        <location filename="../IOViewer.cpp" line="192"/>
        <location filename="../IOViewer.cpp" line="197"/>
        <location filename="../IOViewer.cpp" line="202"/>
        <location filename="../IOViewer.cpp" line="207"/>
        <source>Integer part</source>
        <translation>整数部</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="174"/>
        <location filename="../IOViewer.cpp" line="183"/>
        <location filename="../IOViewer.cpp" line="212"/>
        <location filename="../IOViewer.cpp" line="221"/>
        <source>Integer part (low)</source>
        <translation>整数部分（低）</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="178"/>
        <location filename="../IOViewer.cpp" line="187"/>
        <location filename="../IOViewer.cpp" line="216"/>
        <location filename="../IOViewer.cpp" line="225"/>
        <source>Integer part (high)</source>
        <translation>整数部分（高）</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="229"/>
        <location filename="../IOViewer.cpp" line="234"/>
        <source>End x</source>
        <translation>End x</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="230"/>
        <location filename="../IOViewer.cpp" line="235"/>
        <source>Start x</source>
        <translation>Start x</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="239"/>
        <location filename="../IOViewer.cpp" line="244"/>
        <source>End y</source>
        <translation>End y</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="240"/>
        <location filename="../IOViewer.cpp" line="245"/>
        <source>Start y</source>
        <translation>Start y</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="249"/>
        <source>Window 0 enable BG 0</source>
        <translation>Window 0 enable BG 0</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="250"/>
        <source>Window 0 enable BG 1</source>
        <translation>Window 0 enable BG 1</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="251"/>
        <source>Window 0 enable BG 2</source>
        <translation>Window 0 enable BG 2</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="252"/>
        <source>Window 0 enable BG 3</source>
        <translation>Window 0 enable BG 3</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="253"/>
        <source>Window 0 enable OBJ</source>
        <translation>Window 0 enable OBJ</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="254"/>
        <source>Window 0 enable blend</source>
        <translation>Window 0 enable blend</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="255"/>
        <source>Window 1 enable BG 0</source>
        <translation>Window 1 enable BG 0</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="256"/>
        <source>Window 1 enable BG 1</source>
        <translation>Window 1 enable BG 1</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="257"/>
        <source>Window 1 enable BG 2</source>
        <translation>Window 1 enable BG 2</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="258"/>
        <source>Window 1 enable BG 3</source>
        <translation>Window 1 enable BG 3</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="259"/>
        <source>Window 1 enable OBJ</source>
        <translation>Window 1 enable OBJ</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="260"/>
        <source>Window 1 enable blend</source>
        <translation>Window 1 enable blend</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="264"/>
        <source>Outside window enable BG 0</source>
        <translation>Outside window enable BG 0</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="265"/>
        <source>Outside window enable BG 1</source>
        <translation>Outside window enable BG 1</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="266"/>
        <source>Outside window enable BG 2</source>
        <translation>Outside window enable BG 2</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="267"/>
        <source>Outside window enable BG 3</source>
        <translation>Outside window enable BG 3</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="268"/>
        <source>Outside window enable OBJ</source>
        <translation>Outside window enable OBJ</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="269"/>
        <source>Outside window enable blend</source>
        <translation>Outside window enable blend</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="270"/>
        <source>OBJ window enable BG 0</source>
        <translation>OBJ window enable BG 0</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="271"/>
        <source>OBJ window enable BG 1</source>
        <translation>OBJ window enable BG 1</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="272"/>
        <source>OBJ window enable BG 2</source>
        <translation>OBJ window enable BG 2</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="273"/>
        <source>OBJ window enable BG 3</source>
        <translation>OBJ window enable BG 3</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="274"/>
        <source>OBJ window enable OBJ</source>
        <translation>OBJ window enable OBJ</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="275"/>
        <source>OBJ window enable blend</source>
        <translation>OBJ window enable blend</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="280"/>
        <source>Background mosaic size vertical</source>
        <translation>背景モザイクサイズ(垂直)</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="279"/>
        <source>Background mosaic size horizontal</source>
        <translation>背景モザイクサイズ(水平)</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="282"/>
        <source>Object mosaic size vertical</source>
        <translation>Objectモザイクサイズ(垂直)</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="281"/>
        <source>Object mosaic size horizontal</source>
        <translation>Objectモザイクサイズ(水平)</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="288"/>
        <source>BG 0 target 1</source>
        <translation>BG 0 target 1</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="289"/>
        <source>BG 1 target 1</source>
        <translation>BG 1 target 1</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="290"/>
        <source>BG 2 target 1</source>
        <translation>BG 2 target 1</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="291"/>
        <source>BG 3 target 1</source>
        <translation>BG 3 target 1</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="292"/>
        <source>OBJ target 1</source>
        <translation>OBJ target 1</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="293"/>
        <source>Backdrop target 1</source>
        <translation>Backdrop target 1</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="294"/>
        <source>Blend mode</source>
        <translation>ブレンドモード</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="295"/>
        <source>Disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="296"/>
        <source>Additive blending</source>
        <translation>アディティブブレンディング</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="297"/>
        <source>Brighten</source>
        <translation>明るく</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="298"/>
        <source>Darken</source>
        <translation>暗く</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="300"/>
        <source>BG 0 target 2</source>
        <translation>BG 0 target 2</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="301"/>
        <source>BG 1 target 2</source>
        <translation>BG 1 target 2</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="302"/>
        <source>BG 2 target 2</source>
        <translation>BG 2 target 2</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="303"/>
        <source>BG 3 target 2</source>
        <translation>BG 3 target 2</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="304"/>
        <source>OBJ target 2</source>
        <translation>OBJ target 2</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="305"/>
        <source>Backdrop target 2</source>
        <translation>Backdrop target 2</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="309"/>
        <source>Blend A (target 1)</source>
        <translation>Blend A (target 1)</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="310"/>
        <source>Blend B (target 2)</source>
        <translation>Blend B (target 2)</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="314"/>
        <source>Blend Y</source>
        <translation>Blend Y</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="328"/>
        <location filename="../IOViewer.cpp" line="1099"/>
        <source>Sweep shifts</source>
        <translation>Sweep shifts</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="329"/>
        <location filename="../IOViewer.cpp" line="1100"/>
        <source>Sweep subtract</source>
        <translation>Sweep subtract</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="330"/>
        <location filename="../IOViewer.cpp" line="1101"/>
        <source>Sweep time (in 1/128s)</source>
        <translation>Sweep time (in 1/128s)</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="334"/>
        <location filename="../IOViewer.cpp" line="350"/>
        <location filename="../IOViewer.cpp" line="374"/>
        <location filename="../IOViewer.cpp" line="396"/>
        <location filename="../IOViewer.cpp" line="1105"/>
        <location filename="../IOViewer.cpp" line="1128"/>
        <location filename="../IOViewer.cpp" line="1153"/>
        <location filename="../IOViewer.cpp" line="1178"/>
        <source>Sound length</source>
        <translation>Sound length</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="335"/>
        <location filename="../IOViewer.cpp" line="351"/>
        <location filename="../IOViewer.cpp" line="1106"/>
        <location filename="../IOViewer.cpp" line="1129"/>
        <source>Duty cycle</source>
        <translation>Duty cycle</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="336"/>
        <location filename="../IOViewer.cpp" line="352"/>
        <location filename="../IOViewer.cpp" line="397"/>
        <location filename="../IOViewer.cpp" line="1110"/>
        <location filename="../IOViewer.cpp" line="1133"/>
        <location filename="../IOViewer.cpp" line="1182"/>
        <source>Envelope step time</source>
        <translation>Envelope step time</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="337"/>
        <location filename="../IOViewer.cpp" line="353"/>
        <location filename="../IOViewer.cpp" line="398"/>
        <location filename="../IOViewer.cpp" line="1111"/>
        <location filename="../IOViewer.cpp" line="1134"/>
        <location filename="../IOViewer.cpp" line="1183"/>
        <source>Envelope increase</source>
        <translation>Envelope increase</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="338"/>
        <location filename="../IOViewer.cpp" line="354"/>
        <location filename="../IOViewer.cpp" line="399"/>
        <location filename="../IOViewer.cpp" line="1112"/>
        <location filename="../IOViewer.cpp" line="1135"/>
        <location filename="../IOViewer.cpp" line="1184"/>
        <source>Initial volume</source>
        <translation>Initial volume</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="342"/>
        <location filename="../IOViewer.cpp" line="360"/>
        <location filename="../IOViewer.cpp" line="388"/>
        <source>Sound frequency</source>
        <translation>Sound frequency</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="343"/>
        <location filename="../IOViewer.cpp" line="361"/>
        <location filename="../IOViewer.cpp" line="389"/>
        <location filename="../IOViewer.cpp" line="411"/>
        <location filename="../IOViewer.cpp" line="1121"/>
        <location filename="../IOViewer.cpp" line="1144"/>
        <location filename="../IOViewer.cpp" line="1171"/>
        <location filename="../IOViewer.cpp" line="1197"/>
        <source>Timed</source>
        <translation>Timed</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="344"/>
        <location filename="../IOViewer.cpp" line="362"/>
        <location filename="../IOViewer.cpp" line="390"/>
        <location filename="../IOViewer.cpp" line="412"/>
        <location filename="../IOViewer.cpp" line="1122"/>
        <location filename="../IOViewer.cpp" line="1145"/>
        <location filename="../IOViewer.cpp" line="1172"/>
        <location filename="../IOViewer.cpp" line="1198"/>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="368"/>
        <source>Double-size wave table</source>
        <translation>ダブルサイズのウェーブテーブル</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="369"/>
        <source>Active wave table</source>
        <translation>アクティブウェーブテーブル</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="370"/>
        <location filename="../IOViewer.cpp" line="1149"/>
        <source>Enable channel 3</source>
        <translation>Channel 3を有効</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="375"/>
        <location filename="../IOViewer.cpp" line="1157"/>
        <source>Volume</source>
        <translation>ボリューム</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="376"/>
        <location filename="../IOViewer.cpp" line="1158"/>
        <source>0%</source>
        <translation>0%</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="377"/>
        <location filename="../IOViewer.cpp" line="434"/>
        <location filename="../IOViewer.cpp" line="1159"/>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="378"/>
        <location filename="../IOViewer.cpp" line="433"/>
        <location filename="../IOViewer.cpp" line="1160"/>
        <source>50%</source>
        <translation>50%</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="379"/>
        <location filename="../IOViewer.cpp" line="432"/>
        <location filename="../IOViewer.cpp" line="1161"/>
        <source>25%</source>
        <translation>25%</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="380"/>
        <location filename="../IOViewer.cpp" line="381"/>
        <location filename="../IOViewer.cpp" line="382"/>
        <location filename="../IOViewer.cpp" line="383"/>
        <source>75%</source>
        <translation>75%</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="405"/>
        <location filename="../IOViewer.cpp" line="1188"/>
        <source>Clock divider</source>
        <translation>Clock divider</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="406"/>
        <location filename="../IOViewer.cpp" line="1189"/>
        <source>Register stages</source>
        <translation>Register stages</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="407"/>
        <location filename="../IOViewer.cpp" line="1190"/>
        <source>15</source>
        <translation>15</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="408"/>
        <location filename="../IOViewer.cpp" line="1191"/>
        <source>7</source>
        <translation>7</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="410"/>
        <location filename="../IOViewer.cpp" line="1193"/>
        <source>Shifter frequency</source>
        <translation>Shifter frequency</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="418"/>
        <source>PSG volume right</source>
        <translation>PSG volume right</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="419"/>
        <source>PSG volume left</source>
        <translation>PSG volume left</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="420"/>
        <location filename="../IOViewer.cpp" line="1209"/>
        <source>Enable channel 1 right</source>
        <translation>Enable channel 1 right</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="421"/>
        <location filename="../IOViewer.cpp" line="1210"/>
        <source>Enable channel 2 right</source>
        <translation>Enable channel 2 right</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="422"/>
        <location filename="../IOViewer.cpp" line="1211"/>
        <source>Enable channel 3 right</source>
        <translation>Enable channel 3 right</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="423"/>
        <location filename="../IOViewer.cpp" line="1212"/>
        <source>Enable channel 4 right</source>
        <translation>Enable channel 4 right</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="424"/>
        <location filename="../IOViewer.cpp" line="1213"/>
        <source>Enable channel 1 left</source>
        <translation>Enable channel 1 left</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="425"/>
        <location filename="../IOViewer.cpp" line="1214"/>
        <source>Enable channel 2 left</source>
        <translation>Enable channel 2 left</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="426"/>
        <location filename="../IOViewer.cpp" line="1215"/>
        <source>Enable channel 3 left</source>
        <translation>Enable channel 3 left</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="427"/>
        <location filename="../IOViewer.cpp" line="1216"/>
        <source>Enable channel 4 left</source>
        <translation>Enable channel 4 left</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="431"/>
        <source>PSG master volume</source>
        <translation>PSG master volume</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="437"/>
        <source>Loud channel A</source>
        <translation>Loud channel A</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="438"/>
        <source>Loud channel B</source>
        <translation>Loud channel B</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="439"/>
        <source>Enable channel A right</source>
        <translation>Enable channel A right</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="440"/>
        <source>Enable channel A left</source>
        <translation>Enable channel A left</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="441"/>
        <source>Channel A timer</source>
        <translation>Channel A timer</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="442"/>
        <location filename="../IOViewer.cpp" line="449"/>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="443"/>
        <location filename="../IOViewer.cpp" line="450"/>
        <location filename="../IOViewer.cpp" line="779"/>
        <location filename="../IOViewer.cpp" line="794"/>
        <location filename="../IOViewer.cpp" line="810"/>
        <location filename="../IOViewer.cpp" line="826"/>
        <location filename="../IOViewer.cpp" line="992"/>
        <location filename="../IOViewer.cpp" line="1002"/>
        <location filename="../IOViewer.cpp" line="1012"/>
        <source>1</source>
        <translation>1</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="445"/>
        <source>Channel A reset</source>
        <translation>Channel A reset</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="446"/>
        <source>Enable channel B right</source>
        <translation>Enable channel B right</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="447"/>
        <source>Enable channel B left</source>
        <translation>Enable channel B left</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="448"/>
        <source>Channel B timer</source>
        <translation>Canal B timer</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="452"/>
        <source>Channel B reset</source>
        <translation>Channel B reset</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="456"/>
        <location filename="../IOViewer.cpp" line="1220"/>
        <source>Active channel 1</source>
        <translation>Active channel 1</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="457"/>
        <location filename="../IOViewer.cpp" line="1221"/>
        <source>Active channel 2</source>
        <translation>Active channel 2</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="458"/>
        <location filename="../IOViewer.cpp" line="1222"/>
        <source>Active channel 3</source>
        <translation>Active channel 3</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="459"/>
        <location filename="../IOViewer.cpp" line="1223"/>
        <source>Active channel 4</source>
        <translation>Active channel 4</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="460"/>
        <location filename="../IOViewer.cpp" line="1224"/>
        <source>Enable audio</source>
        <translation>Enable audio</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="466"/>
        <source>Bias</source>
        <translation>Bias</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="467"/>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="477"/>
        <location filename="../IOViewer.cpp" line="478"/>
        <location filename="../IOViewer.cpp" line="479"/>
        <location filename="../IOViewer.cpp" line="480"/>
        <location filename="../IOViewer.cpp" line="484"/>
        <location filename="../IOViewer.cpp" line="485"/>
        <location filename="../IOViewer.cpp" line="486"/>
        <location filename="../IOViewer.cpp" line="487"/>
        <location filename="../IOViewer.cpp" line="491"/>
        <location filename="../IOViewer.cpp" line="492"/>
        <location filename="../IOViewer.cpp" line="493"/>
        <location filename="../IOViewer.cpp" line="494"/>
        <location filename="../IOViewer.cpp" line="498"/>
        <location filename="../IOViewer.cpp" line="499"/>
        <location filename="../IOViewer.cpp" line="500"/>
        <location filename="../IOViewer.cpp" line="501"/>
        <location filename="../IOViewer.cpp" line="505"/>
        <location filename="../IOViewer.cpp" line="506"/>
        <location filename="../IOViewer.cpp" line="507"/>
        <location filename="../IOViewer.cpp" line="508"/>
        <location filename="../IOViewer.cpp" line="512"/>
        <location filename="../IOViewer.cpp" line="513"/>
        <location filename="../IOViewer.cpp" line="514"/>
        <location filename="../IOViewer.cpp" line="515"/>
        <location filename="../IOViewer.cpp" line="519"/>
        <location filename="../IOViewer.cpp" line="520"/>
        <location filename="../IOViewer.cpp" line="521"/>
        <location filename="../IOViewer.cpp" line="522"/>
        <location filename="../IOViewer.cpp" line="526"/>
        <location filename="../IOViewer.cpp" line="527"/>
        <location filename="../IOViewer.cpp" line="528"/>
        <location filename="../IOViewer.cpp" line="529"/>
        <location filename="../IOViewer.cpp" line="533"/>
        <location filename="../IOViewer.cpp" line="534"/>
        <location filename="../IOViewer.cpp" line="538"/>
        <location filename="../IOViewer.cpp" line="539"/>
        <location filename="../IOViewer.cpp" line="543"/>
        <location filename="../IOViewer.cpp" line="544"/>
        <location filename="../IOViewer.cpp" line="548"/>
        <location filename="../IOViewer.cpp" line="549"/>
        <location filename="../IOViewer.cpp" line="1246"/>
        <location filename="../IOViewer.cpp" line="1247"/>
        <location filename="../IOViewer.cpp" line="1251"/>
        <location filename="../IOViewer.cpp" line="1252"/>
        <location filename="../IOViewer.cpp" line="1256"/>
        <location filename="../IOViewer.cpp" line="1257"/>
        <location filename="../IOViewer.cpp" line="1261"/>
        <location filename="../IOViewer.cpp" line="1262"/>
        <location filename="../IOViewer.cpp" line="1266"/>
        <location filename="../IOViewer.cpp" line="1267"/>
        <location filename="../IOViewer.cpp" line="1271"/>
        <location filename="../IOViewer.cpp" line="1272"/>
        <location filename="../IOViewer.cpp" line="1276"/>
        <location filename="../IOViewer.cpp" line="1277"/>
        <location filename="../IOViewer.cpp" line="1281"/>
        <location filename="../IOViewer.cpp" line="1282"/>
        <location filename="../IOViewer.cpp" line="1286"/>
        <location filename="../IOViewer.cpp" line="1287"/>
        <location filename="../IOViewer.cpp" line="1291"/>
        <location filename="../IOViewer.cpp" line="1292"/>
        <location filename="../IOViewer.cpp" line="1296"/>
        <location filename="../IOViewer.cpp" line="1297"/>
        <location filename="../IOViewer.cpp" line="1301"/>
        <location filename="../IOViewer.cpp" line="1302"/>
        <location filename="../IOViewer.cpp" line="1306"/>
        <location filename="../IOViewer.cpp" line="1307"/>
        <location filename="../IOViewer.cpp" line="1311"/>
        <location filename="../IOViewer.cpp" line="1312"/>
        <location filename="../IOViewer.cpp" line="1316"/>
        <location filename="../IOViewer.cpp" line="1317"/>
        <location filename="../IOViewer.cpp" line="1321"/>
        <location filename="../IOViewer.cpp" line="1322"/>
        <source>Sample</source>
        <translation>Sample</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="561"/>
        <location filename="../IOViewer.cpp" line="569"/>
        <location filename="../IOViewer.cpp" line="606"/>
        <location filename="../IOViewer.cpp" line="614"/>
        <location filename="../IOViewer.cpp" line="651"/>
        <location filename="../IOViewer.cpp" line="659"/>
        <location filename="../IOViewer.cpp" line="696"/>
        <location filename="../IOViewer.cpp" line="704"/>
        <source>Address (low)</source>
        <translation>アドレス（低）</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="565"/>
        <location filename="../IOViewer.cpp" line="573"/>
        <location filename="../IOViewer.cpp" line="610"/>
        <location filename="../IOViewer.cpp" line="618"/>
        <location filename="../IOViewer.cpp" line="655"/>
        <location filename="../IOViewer.cpp" line="663"/>
        <location filename="../IOViewer.cpp" line="700"/>
        <location filename="../IOViewer.cpp" line="708"/>
        <source>Address (high)</source>
        <translation>アドレス（高）</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="1116"/>
        <location filename="../IOViewer.cpp" line="1139"/>
        <location filename="../IOViewer.cpp" line="1166"/>
        <source>Sound frequency (low)</source>
        <translation>音の周波数（低）</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="1120"/>
        <location filename="../IOViewer.cpp" line="1143"/>
        <location filename="../IOViewer.cpp" line="1170"/>
        <source>Sound frequency (high)</source>
        <translation>音の周波数（高）</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="1424"/>
        <source>Source (high)</source>
        <translation>ソース（高）</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="1428"/>
        <source>Source (low)</source>
        <translation>ソース（低）</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="1432"/>
        <source>Destination (high)</source>
        <translation>目的地（高）</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="1436"/>
        <source>Destination (low)</source>
        <translation>目的地（低）</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="1499"/>
        <location filename="../IOViewer.cpp" line="1511"/>
        <source>Green (low)</source>
        <translation>グリーン（低）</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="1500"/>
        <location filename="../IOViewer.cpp" line="1512"/>
        <source>Green (high)</source>
        <translation>グリーン（高）</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="577"/>
        <location filename="../IOViewer.cpp" line="622"/>
        <location filename="../IOViewer.cpp" line="667"/>
        <location filename="../IOViewer.cpp" line="712"/>
        <source>Word count</source>
        <translation>Word count</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="581"/>
        <location filename="../IOViewer.cpp" line="626"/>
        <location filename="../IOViewer.cpp" line="671"/>
        <location filename="../IOViewer.cpp" line="716"/>
        <source>Destination offset</source>
        <translation>Destination offset</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="582"/>
        <location filename="../IOViewer.cpp" line="588"/>
        <location filename="../IOViewer.cpp" line="627"/>
        <location filename="../IOViewer.cpp" line="633"/>
        <location filename="../IOViewer.cpp" line="672"/>
        <location filename="../IOViewer.cpp" line="678"/>
        <location filename="../IOViewer.cpp" line="717"/>
        <location filename="../IOViewer.cpp" line="723"/>
        <source>Increment</source>
        <translation>Increment</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="583"/>
        <location filename="../IOViewer.cpp" line="589"/>
        <location filename="../IOViewer.cpp" line="628"/>
        <location filename="../IOViewer.cpp" line="634"/>
        <location filename="../IOViewer.cpp" line="673"/>
        <location filename="../IOViewer.cpp" line="679"/>
        <location filename="../IOViewer.cpp" line="718"/>
        <location filename="../IOViewer.cpp" line="724"/>
        <source>Decrement</source>
        <translation>Decrement</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="584"/>
        <location filename="../IOViewer.cpp" line="590"/>
        <location filename="../IOViewer.cpp" line="629"/>
        <location filename="../IOViewer.cpp" line="635"/>
        <location filename="../IOViewer.cpp" line="674"/>
        <location filename="../IOViewer.cpp" line="680"/>
        <location filename="../IOViewer.cpp" line="719"/>
        <location filename="../IOViewer.cpp" line="725"/>
        <source>Fixed</source>
        <translation>Fixed</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="585"/>
        <location filename="../IOViewer.cpp" line="630"/>
        <location filename="../IOViewer.cpp" line="675"/>
        <location filename="../IOViewer.cpp" line="720"/>
        <source>Increment and reload</source>
        <translation>Increment and reload</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="587"/>
        <location filename="../IOViewer.cpp" line="632"/>
        <location filename="../IOViewer.cpp" line="677"/>
        <location filename="../IOViewer.cpp" line="722"/>
        <source>Source offset</source>
        <translation>Source offset</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="593"/>
        <location filename="../IOViewer.cpp" line="638"/>
        <location filename="../IOViewer.cpp" line="683"/>
        <location filename="../IOViewer.cpp" line="729"/>
        <source>Repeat</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="594"/>
        <location filename="../IOViewer.cpp" line="639"/>
        <location filename="../IOViewer.cpp" line="684"/>
        <location filename="../IOViewer.cpp" line="730"/>
        <source>32-bit</source>
        <translation>32-bit</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="595"/>
        <location filename="../IOViewer.cpp" line="640"/>
        <location filename="../IOViewer.cpp" line="685"/>
        <location filename="../IOViewer.cpp" line="731"/>
        <source>Start timing</source>
        <translation>Start timing</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="596"/>
        <location filename="../IOViewer.cpp" line="641"/>
        <location filename="../IOViewer.cpp" line="686"/>
        <location filename="../IOViewer.cpp" line="732"/>
        <location filename="../IOViewer.cpp" line="1442"/>
        <source>Immediate</source>
        <translation>Immediate</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="597"/>
        <location filename="../IOViewer.cpp" line="642"/>
        <location filename="../IOViewer.cpp" line="687"/>
        <location filename="../IOViewer.cpp" line="733"/>
        <location filename="../IOViewer.cpp" line="944"/>
        <location filename="../IOViewer.cpp" line="961"/>
        <location filename="../IOViewer.cpp" line="1091"/>
        <location filename="../IOViewer.cpp" line="1552"/>
        <source>VBlank</source>
        <translation>VBlank</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="598"/>
        <location filename="../IOViewer.cpp" line="643"/>
        <location filename="../IOViewer.cpp" line="688"/>
        <location filename="../IOViewer.cpp" line="734"/>
        <location filename="../IOViewer.cpp" line="945"/>
        <location filename="../IOViewer.cpp" line="962"/>
        <location filename="../IOViewer.cpp" line="1443"/>
        <source>HBlank</source>
        <translation>HBlank</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="601"/>
        <location filename="../IOViewer.cpp" line="646"/>
        <location filename="../IOViewer.cpp" line="691"/>
        <location filename="../IOViewer.cpp" line="737"/>
        <location filename="../IOViewer.cpp" line="784"/>
        <location filename="../IOViewer.cpp" line="800"/>
        <location filename="../IOViewer.cpp" line="816"/>
        <location filename="../IOViewer.cpp" line="832"/>
        <location filename="../IOViewer.cpp" line="892"/>
        <source>IRQ</source>
        <translation>IRQ</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="602"/>
        <location filename="../IOViewer.cpp" line="647"/>
        <location filename="../IOViewer.cpp" line="692"/>
        <location filename="../IOViewer.cpp" line="738"/>
        <location filename="../IOViewer.cpp" line="785"/>
        <location filename="../IOViewer.cpp" line="801"/>
        <location filename="../IOViewer.cpp" line="817"/>
        <location filename="../IOViewer.cpp" line="833"/>
        <location filename="../IOViewer.cpp" line="1073"/>
        <location filename="../IOViewer.cpp" line="1450"/>
        <location filename="../IOViewer.cpp" line="1454"/>
        <source>Enable</source>
        <translation>Enable</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="644"/>
        <location filename="../IOViewer.cpp" line="689"/>
        <location filename="../IOViewer.cpp" line="735"/>
        <source>Audio FIFO</source>
        <translation>Audio FIFO</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="726"/>
        <source>Video Capture</source>
        <translation>Video Capture</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="728"/>
        <source>DRQ</source>
        <translation>DRQ</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="774"/>
        <location filename="../IOViewer.cpp" line="789"/>
        <location filename="../IOViewer.cpp" line="805"/>
        <location filename="../IOViewer.cpp" line="821"/>
        <location filename="../IOViewer.cpp" line="1043"/>
        <location filename="../IOViewer.cpp" line="1055"/>
        <location filename="../IOViewer.cpp" line="1059"/>
        <location filename="../IOViewer.cpp" line="1063"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="778"/>
        <location filename="../IOViewer.cpp" line="793"/>
        <location filename="../IOViewer.cpp" line="809"/>
        <location filename="../IOViewer.cpp" line="825"/>
        <source>Scale</source>
        <translation>Scale</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="780"/>
        <location filename="../IOViewer.cpp" line="795"/>
        <location filename="../IOViewer.cpp" line="811"/>
        <location filename="../IOViewer.cpp" line="827"/>
        <location filename="../IOViewer.cpp" line="1070"/>
        <source>1/64</source>
        <translation>1/64</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="781"/>
        <location filename="../IOViewer.cpp" line="796"/>
        <location filename="../IOViewer.cpp" line="812"/>
        <location filename="../IOViewer.cpp" line="828"/>
        <location filename="../IOViewer.cpp" line="1071"/>
        <source>1/256</source>
        <translation>1/256</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="782"/>
        <location filename="../IOViewer.cpp" line="797"/>
        <location filename="../IOViewer.cpp" line="813"/>
        <location filename="../IOViewer.cpp" line="829"/>
        <location filename="../IOViewer.cpp" line="1068"/>
        <source>1/1024</source>
        <translation>1/1024</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="799"/>
        <location filename="../IOViewer.cpp" line="815"/>
        <location filename="../IOViewer.cpp" line="831"/>
        <source>Cascade</source>
        <translation>Cascade</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="869"/>
        <location filename="../IOViewer.cpp" line="882"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="871"/>
        <location filename="../IOViewer.cpp" line="884"/>
        <source>Select</source>
        <translation>Select</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="872"/>
        <location filename="../IOViewer.cpp" line="885"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="873"/>
        <location filename="../IOViewer.cpp" line="886"/>
        <source>Right</source>
        <translation>Right</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="874"/>
        <location filename="../IOViewer.cpp" line="887"/>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="875"/>
        <location filename="../IOViewer.cpp" line="888"/>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="876"/>
        <location filename="../IOViewer.cpp" line="889"/>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="877"/>
        <location filename="../IOViewer.cpp" line="890"/>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="878"/>
        <location filename="../IOViewer.cpp" line="891"/>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="893"/>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="897"/>
        <source>SC</source>
        <translation>SC</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="898"/>
        <source>SD</source>
        <translation>SD</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="899"/>
        <source>SI</source>
        <translation>SI</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="900"/>
        <source>SO</source>
        <translation>SO</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="946"/>
        <location filename="../IOViewer.cpp" line="963"/>
        <source>VCounter</source>
        <translation>VCounter</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="947"/>
        <location filename="../IOViewer.cpp" line="964"/>
        <source>Timer 0</source>
        <translation>Timer 0</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="948"/>
        <location filename="../IOViewer.cpp" line="965"/>
        <source>Timer 1</source>
        <translation>Timer 1</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="949"/>
        <location filename="../IOViewer.cpp" line="966"/>
        <source>Timer 2</source>
        <translation>Timer 2</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="950"/>
        <location filename="../IOViewer.cpp" line="967"/>
        <source>Timer 3</source>
        <translation>Timer 3</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="951"/>
        <location filename="../IOViewer.cpp" line="968"/>
        <source>SIO</source>
        <translation>SIO</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="952"/>
        <location filename="../IOViewer.cpp" line="969"/>
        <source>DMA 0</source>
        <translation>DMA 0</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="953"/>
        <location filename="../IOViewer.cpp" line="970"/>
        <source>DMA 1</source>
        <translation>DMA 1</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="954"/>
        <location filename="../IOViewer.cpp" line="971"/>
        <source>DMA 2</source>
        <translation>DMA 2</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="955"/>
        <location filename="../IOViewer.cpp" line="972"/>
        <source>DMA 3</source>
        <translation>DMA 3</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="956"/>
        <location filename="../IOViewer.cpp" line="973"/>
        <source>Keypad</source>
        <translation>Keypad</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="957"/>
        <location filename="../IOViewer.cpp" line="974"/>
        <source>Gamepak</source>
        <translation>Gamepak</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="978"/>
        <source>SRAM wait</source>
        <translation>SRAM wait</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="979"/>
        <location filename="../IOViewer.cpp" line="985"/>
        <location filename="../IOViewer.cpp" line="995"/>
        <location filename="../IOViewer.cpp" line="1001"/>
        <location filename="../IOViewer.cpp" line="1005"/>
        <source>4</source>
        <translation>4</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="980"/>
        <location filename="../IOViewer.cpp" line="986"/>
        <location filename="../IOViewer.cpp" line="996"/>
        <location filename="../IOViewer.cpp" line="1006"/>
        <source>3</source>
        <translation>3</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="981"/>
        <location filename="../IOViewer.cpp" line="987"/>
        <location filename="../IOViewer.cpp" line="991"/>
        <location filename="../IOViewer.cpp" line="997"/>
        <location filename="../IOViewer.cpp" line="1007"/>
        <source>2</source>
        <translation>2</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="982"/>
        <location filename="../IOViewer.cpp" line="988"/>
        <location filename="../IOViewer.cpp" line="998"/>
        <location filename="../IOViewer.cpp" line="1008"/>
        <location filename="../IOViewer.cpp" line="1011"/>
        <source>8</source>
        <translation>8</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="984"/>
        <source>Cart 0 non-sequential</source>
        <translation>Cart 0 non-sequential</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="990"/>
        <source>Cart 0 sequential</source>
        <translation>Cart 0 sequential</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="994"/>
        <source>Cart 1 non-sequential</source>
        <translation>Cart 1 non-sequential</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="1000"/>
        <source>Cart 1 sequential</source>
        <translation>Cart 1 sequential</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="1004"/>
        <source>Cart 2 non-sequential</source>
        <translation>Cart 2 non-sequential</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="1010"/>
        <source>Cart 2 sequential</source>
        <translation>Cart 2 sequential</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="1014"/>
        <source>PHI terminal</source>
        <translation>PHIターミナル</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="1015"/>
        <location filename="../IOViewer.cpp" line="1451"/>
        <source>Disable</source>
        <translation>無効にする</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="1016"/>
        <source>4.19MHz</source>
        <translation>4.19MHz</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="1017"/>
        <source>8.38MHz</source>
        <translation>8.38MHz</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="1018"/>
        <source>16.78MHz</source>
        <translation>16.78MHz</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="1020"/>
        <source>Gamepak prefetch</source>
        <translation>ゲームパックプリフェッチ</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="1026"/>
        <source>Enable IRQs</source>
        <translation>IRQsを有効</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="1034"/>
        <source>Right/A</source>
        <translation>右/A</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="1035"/>
        <source>Left/B</source>
        <translation>左/B</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="1036"/>
        <source>Up/Select</source>
        <translation>上/セレクト</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="1037"/>
        <source>Down/Start</source>
        <translation>下/スタート</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="1038"/>
        <source>Active D-pad</source>
        <translation>有効の十字キー</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="1039"/>
        <source>Active face buttons</source>
        <translation>有効のフェイスボタン</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="1047"/>
        <source>Internal clock</source>
        <translation>内部時計</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="1048"/>
        <source>32× clocking (CGB only)</source>
        <translation>32×クロッキング（CGBのみ）</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="1049"/>
        <source>Transfer active</source>
        <translation>転送有効中</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="1067"/>
        <source>Divider</source>
        <translation>仕切り</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="1069"/>
        <source>1/16</source>
        <translation>1/16</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="1092"/>
        <location filename="../IOViewer.cpp" line="1553"/>
        <source>LCD STAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="1093"/>
        <location filename="../IOViewer.cpp" line="1554"/>
        <source>Timer</source>
        <translation>タイマー</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="1094"/>
        <location filename="../IOViewer.cpp" line="1555"/>
        <source>Serial</source>
        <translation>シリアル</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="1095"/>
        <location filename="../IOViewer.cpp" line="1556"/>
        <source>Joypad</source>
        <translation>ゲームパッド</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="1202"/>
        <source>Volume right</source>
        <translation>音量右</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="1203"/>
        <source>Output right</source>
        <translation>右出力</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="1204"/>
        <source>Volume left</source>
        <translation>音量左</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="1205"/>
        <source>Output left</source>
        <translation>左出力</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="1326"/>
        <source>Background enable/priority</source>
        <translation>背景の有効化/優先度</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="1327"/>
        <source>Enable sprites</source>
        <translation>スプライトを有効にする</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="1328"/>
        <source>Double-height sprites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="1329"/>
        <source>Background tile map</source>
        <translation>背景タイルマップ</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="1330"/>
        <location filename="../IOViewer.cpp" line="1339"/>
        <source>0x9800 – 0x9BFF</source>
        <translation type="unfinished">0x9800 – 0x9BFF</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="1331"/>
        <location filename="../IOViewer.cpp" line="1340"/>
        <source>0x9C00 – 0x9FFF</source>
        <translation type="unfinished">0x9C00 – 0x9FFF</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="1333"/>
        <source>Background tile data</source>
        <translation>背景タイルデータ</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="1334"/>
        <source>0x8800 – 0x87FF</source>
        <translation type="unfinished">0x8800 – 0x87FF</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="1335"/>
        <source>0x8000 – 0x8FFF</source>
        <translation type="unfinished">0x8000 – 0x8FFF</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="1337"/>
        <source>Enable window</source>
        <translation>ウィンドウを有効にする</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="1338"/>
        <source>Window tile map</source>
        <translation>ウィンドウタイルマップ</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="1342"/>
        <source>Enable LCD</source>
        <translation>LCDを有効にする</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="1346"/>
        <source>Mode</source>
        <translation type="unfinished">モード</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="1347"/>
        <source>0: HBlank</source>
        <translation type="unfinished">0: HBlank</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="1348"/>
        <source>1: VBlank</source>
        <translation type="unfinished">1: VBlank</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="1349"/>
        <source>2: OAM scan</source>
        <translation>2: OAMスキャン</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="1350"/>
        <source>3: HDraw</source>
        <translation type="unfinished">3: HDraw</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="1352"/>
        <source>In LYC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="1353"/>
        <source>Enable HBlank (mode 0) IRQ</source>
        <translation>HBlank（モード0）IRQを有効にする</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="1354"/>
        <source>Enable VBlank (mode 1) IRQ</source>
        <translation>VBlank（モード1）IRQを有効にする</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="1355"/>
        <source>Enable OAM (mode 2) IRQ</source>
        <translation>OAM（モード2）IRQを有効にする</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="1356"/>
        <source>Enable LYC IRQ</source>
        <translation>LYC IRQを有効にする</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="1368"/>
        <source>Current Y coordinate</source>
        <translation>現在のY座標</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="1372"/>
        <source>Comparison Y coordinate</source>
        <translation>比較対象のY座標</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="1376"/>
        <source>Start upper byte</source>
        <translation>上位バイトを開始</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="1380"/>
        <location filename="../IOViewer.cpp" line="1387"/>
        <location filename="../IOViewer.cpp" line="1394"/>
        <source>Color 0 shade</source>
        <translation>カラー0 シェード</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="1381"/>
        <location filename="../IOViewer.cpp" line="1388"/>
        <location filename="../IOViewer.cpp" line="1395"/>
        <source>Color 1 shade</source>
        <translation>カラー1 シェード</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="1382"/>
        <location filename="../IOViewer.cpp" line="1389"/>
        <location filename="../IOViewer.cpp" line="1396"/>
        <source>Color 2 shade</source>
        <translation>カラー2 シェード</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="1383"/>
        <location filename="../IOViewer.cpp" line="1390"/>
        <location filename="../IOViewer.cpp" line="1397"/>
        <source>Color 3 shade</source>
        <translation>カラー3 シェード</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="1411"/>
        <source>Prepare to switch speed</source>
        <translation>速度を切り替える準備をする</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="1412"/>
        <source>Double speed</source>
        <translation>２倍速</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="1418"/>
        <source>VRAM bank</source>
        <translation>VRAMバンク</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="1440"/>
        <source>Length</source>
        <translation>長さ</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="1441"/>
        <source>Timing</source>
        <translation>タイミング</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="1448"/>
        <source>Write bit</source>
        <translation>書き込みビット</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="1449"/>
        <source>Read bit</source>
        <translation>読み込みビット</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="1452"/>
        <location filename="../IOViewer.cpp" line="1453"/>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="1493"/>
        <location filename="../IOViewer.cpp" line="1505"/>
        <source>Current index</source>
        <translation>現在のインデックス</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="1494"/>
        <location filename="../IOViewer.cpp" line="1506"/>
        <source>Auto-increment</source>
        <translation>自動増加</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="1498"/>
        <location filename="../IOViewer.cpp" line="1510"/>
        <source>Red</source>
        <translation>赤</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="1501"/>
        <location filename="../IOViewer.cpp" line="1513"/>
        <source>Blue</source>
        <translation>青</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="1517"/>
        <source>Sprite ordering</source>
        <translation>スプライトの順番</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="1518"/>
        <source>OAM order</source>
        <translation>OAM 順番</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="1519"/>
        <source>x coordinate sorting</source>
        <translation>x座標の並べ替え</translation>
    </message>
    <message>
        <location filename="../IOViewer.cpp" line="1530"/>
        <source>WRAM bank</source>
        <translation>WRAMバンク</translation>
    </message>
</context>
<context>
    <name>QGBA::KeyEditor</name>
    <message>
        <location filename="../KeyEditor.cpp" line="34"/>
        <location filename="../KeyEditor.cpp" line="240"/>
        <source>---</source>
        <translation>---</translation>
    </message>
    <message>
        <location filename="../KeyEditor.cpp" line="53"/>
        <source>Super (L)</source>
        <translation>Super (L)</translation>
    </message>
    <message>
        <location filename="../KeyEditor.cpp" line="56"/>
        <source>Super (R)</source>
        <translation>Super (R)</translation>
    </message>
    <message>
        <location filename="../KeyEditor.cpp" line="59"/>
        <source>Menu</source>
        <translation>メニュー</translation>
    </message>
</context>
<context>
    <name>QGBA::LibraryTree</name>
    <message>
        <location filename="../library/LibraryTree.cpp" line="51"/>
        <source>Name</source>
        <translation>ゲーム名</translation>
    </message>
    <message>
        <location filename="../library/LibraryTree.cpp" line="52"/>
        <source>Location</source>
        <translation>場所</translation>
    </message>
    <message>
        <location filename="../library/LibraryTree.cpp" line="53"/>
        <source>Platform</source>
        <translation>プラットフォーム</translation>
    </message>
    <message>
        <location filename="../library/LibraryTree.cpp" line="54"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location filename="../library/LibraryTree.cpp" line="55"/>
        <source>CRC32</source>
        <translation>CRC32</translation>
    </message>
</context>
<context>
    <name>QGBA::LoadSaveState</name>
    <message>
        <location filename="../LoadSaveState.ui" line="14"/>
        <location filename="../LoadSaveState.ui" line="66"/>
        <source>%1 State</source>
        <translation>ステート %1</translation>
    </message>
    <message>
        <location filename="../LoadSaveState.ui" line="41"/>
        <location filename="../LoadSaveState.ui" line="85"/>
        <location filename="../LoadSaveState.ui" line="107"/>
        <location filename="../LoadSaveState.ui" line="129"/>
        <location filename="../LoadSaveState.ui" line="151"/>
        <location filename="../LoadSaveState.ui" line="173"/>
        <location filename="../LoadSaveState.ui" line="195"/>
        <location filename="../LoadSaveState.ui" line="217"/>
        <location filename="../LoadSaveState.ui" line="239"/>
        <source>No Save</source>
        <translation>セーブしない</translation>
    </message>
    <message>
        <location filename="../LoadSaveState.ui" line="160"/>
        <source>1</source>
        <translation>1</translation>
    </message>
    <message>
        <location filename="../LoadSaveState.ui" line="248"/>
        <source>2</source>
        <translation>2</translation>
    </message>
    <message>
        <location filename="../LoadSaveState.ui" line="261"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../LoadSaveState.ui" line="182"/>
        <source>3</source>
        <translation>3</translation>
    </message>
    <message>
        <location filename="../LoadSaveState.ui" line="138"/>
        <source>4</source>
        <translation>4</translation>
    </message>
    <message>
        <location filename="../LoadSaveState.ui" line="50"/>
        <source>5</source>
        <translation>5</translation>
    </message>
    <message>
        <location filename="../LoadSaveState.ui" line="94"/>
        <source>6</source>
        <translation>6</translation>
    </message>
    <message>
        <location filename="../LoadSaveState.ui" line="204"/>
        <source>7</source>
        <translation>7</translation>
    </message>
    <message>
        <location filename="../LoadSaveState.ui" line="116"/>
        <source>8</source>
        <translation>8</translation>
    </message>
    <message>
        <location filename="../LoadSaveState.ui" line="226"/>
        <source>9</source>
        <translation>9</translation>
    </message>
    <message>
        <location filename="../LoadSaveState.cpp" line="75"/>
        <source>Load State</source>
        <translation>ステートをロード</translation>
    </message>
    <message>
        <location filename="../LoadSaveState.cpp" line="75"/>
        <source>Save State</source>
        <translation>ステートをセーブ</translation>
    </message>
    <message>
        <location filename="../LoadSaveState.cpp" line="184"/>
        <source>Empty</source>
        <translation>空</translation>
    </message>
    <message>
        <location filename="../LoadSaveState.cpp" line="193"/>
        <source>Corrupted</source>
        <translation>破損</translation>
    </message>
    <message>
        <location filename="../LoadSaveState.cpp" line="228"/>
        <source>Slot %1</source>
        <translation>スロット %1</translation>
    </message>
</context>
<context>
    <name>QGBA::LogConfigModel</name>
    <message>
        <location filename="../LogConfigModel.cpp" line="90"/>
        <location filename="../LogConfigModel.cpp" line="111"/>
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <location filename="../LogConfigModel.cpp" line="92"/>
        <source>Fatal</source>
        <translation>Fatal</translation>
    </message>
    <message>
        <location filename="../LogConfigModel.cpp" line="94"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../LogConfigModel.cpp" line="96"/>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../LogConfigModel.cpp" line="98"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../LogConfigModel.cpp" line="100"/>
        <source>Debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <location filename="../LogConfigModel.cpp" line="102"/>
        <source>Stub</source>
        <translation>Stub</translation>
    </message>
    <message>
        <location filename="../LogConfigModel.cpp" line="104"/>
        <source>Game Error</source>
        <translation>Game Error</translation>
    </message>
</context>
<context>
    <name>QGBA::LogController</name>
    <message>
        <location filename="../LogController.cpp" line="72"/>
        <source>[%1] %2: %3</source>
        <translation>[%1] %2: %3</translation>
    </message>
    <message>
        <location filename="../LogController.cpp" line="83"/>
        <source>An error occurred</source>
        <translation>エラーが発生しました</translation>
    </message>
    <message>
        <location filename="../LogController.cpp" line="155"/>
        <source>DEBUG</source>
        <translation>DEBUG</translation>
    </message>
    <message>
        <location filename="../LogController.cpp" line="157"/>
        <source>STUB</source>
        <translation>STUB</translation>
    </message>
    <message>
        <location filename="../LogController.cpp" line="159"/>
        <source>INFO</source>
        <translation>INFO</translation>
    </message>
    <message>
        <location filename="../LogController.cpp" line="161"/>
        <source>WARN</source>
        <translation>WARN</translation>
    </message>
    <message>
        <location filename="../LogController.cpp" line="163"/>
        <source>ERROR</source>
        <translation>ERROR</translation>
    </message>
    <message>
        <location filename="../LogController.cpp" line="165"/>
        <source>FATAL</source>
        <translation>FATAL</translation>
    </message>
    <message>
        <location filename="../LogController.cpp" line="167"/>
        <source>GAME ERROR</source>
        <translation>GAME ERROR</translation>
    </message>
</context>
<context>
    <name>QGBA::LogView</name>
    <message>
        <location filename="../LogView.ui" line="14"/>
        <source>Logs</source>
        <translation>ログ</translation>
    </message>
    <message>
        <location filename="../LogView.ui" line="22"/>
        <source>Enabled Levels</source>
        <translation>有効レベル</translation>
    </message>
    <message>
        <location filename="../LogView.ui" line="28"/>
        <source>Debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <location filename="../LogView.ui" line="38"/>
        <source>Stub</source>
        <translation>Stub</translation>
    </message>
    <message>
        <location filename="../LogView.ui" line="48"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../LogView.ui" line="58"/>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../LogView.ui" line="68"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../LogView.ui" line="78"/>
        <source>Fatal</source>
        <translation>Fatal</translation>
    </message>
    <message>
        <location filename="../LogView.ui" line="95"/>
        <source>Game Error</source>
        <translation>Game Error</translation>
    </message>
    <message>
        <location filename="../LogView.ui" line="108"/>
        <source>Advanced settings</source>
        <translation>高度な設定</translation>
    </message>
    <message>
        <location filename="../LogView.ui" line="128"/>
        <source>Clear</source>
        <translation>消去</translation>
    </message>
    <message>
        <location filename="../LogView.ui" line="137"/>
        <source>Max Lines</source>
        <translation>最大行数</translation>
    </message>
</context>
<context>
    <name>QGBA::MapView</name>
    <message>
        <location filename="../MapView.ui" line="14"/>
        <source>Maps</source>
        <translation>マップビューアー</translation>
    </message>
    <message>
        <location filename="../MapView.ui" line="43"/>
        <source>Magnification</source>
        <translation>倍率</translation>
    </message>
    <message>
        <location filename="../MapView.ui" line="124"/>
        <source>Export</source>
        <translation>書き出す</translation>
    </message>
    <message>
        <location filename="../MapView.ui" line="139"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../MapView.cpp" line="48"/>
        <source>Priority</source>
        <translation>優先度</translation>
    </message>
    <message>
        <location filename="../MapView.cpp" line="49"/>
        <location filename="../MapView.cpp" line="62"/>
        <source>Map base</source>
        <translation>マップベース</translation>
    </message>
    <message>
        <location filename="../MapView.cpp" line="50"/>
        <location filename="../MapView.cpp" line="63"/>
        <source>Tile base</source>
        <translation>タイルベース</translation>
    </message>
    <message>
        <location filename="../MapView.cpp" line="51"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location filename="../MapView.cpp" line="52"/>
        <location filename="../MapView.cpp" line="64"/>
        <source>Offset</source>
        <translation>オフセット</translation>
    </message>
    <message>
        <location filename="../MapView.cpp" line="53"/>
        <source>Xform</source>
        <translation>Xform</translation>
    </message>
    <message>
        <location filename="../MapView.cpp" line="108"/>
        <source>Map Addr.</source>
        <translation>マップアドレス</translation>
    </message>
    <message>
        <location filename="../MapView.cpp" line="109"/>
        <source>Mirror</source>
        <translation>ミラー</translation>
    </message>
    <message>
        <location filename="../MapView.cpp" line="143"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../MapView.cpp" line="145"/>
        <source>Both</source>
        <translation>両方</translation>
    </message>
    <message>
        <location filename="../MapView.cpp" line="147"/>
        <source>Horizontal</source>
        <translation>横</translation>
    </message>
    <message>
        <location filename="../MapView.cpp" line="149"/>
        <source>Vertical</source>
        <translation>縦</translation>
    </message>
    <message>
        <location filename="../MapView.cpp" line="175"/>
        <location filename="../MapView.cpp" line="176"/>
        <location filename="../MapView.cpp" line="224"/>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <location filename="../MapView.cpp" line="267"/>
        <source>Export map</source>
        <translation>マップを書き出す</translation>
    </message>
    <message>
        <location filename="../MapView.cpp" line="268"/>
        <source>Portable Network Graphics (*.png)</source>
        <translation>Portable Network Graphics (*.png)</translation>
    </message>
</context>
<context>
    <name>QGBA::MemoryDump</name>
    <message>
        <location filename="../MemoryDump.ui" line="14"/>
        <source>Save Memory Range</source>
        <translation>メモリ範囲を保存</translation>
    </message>
    <message>
        <location filename="../MemoryDump.ui" line="20"/>
        <source>Start Address:</source>
        <translation>開始アドレス:</translation>
    </message>
    <message>
        <location filename="../MemoryDump.ui" line="76"/>
        <source>Byte Count:</source>
        <translation>バイト数:</translation>
    </message>
    <message>
        <location filename="../MemoryDump.ui" line="108"/>
        <source>Dump across banks</source>
        <translation>Bank間で吸出し</translation>
    </message>
    <message>
        <location filename="../MemoryDump.cpp" line="24"/>
        <source>Save memory region</source>
        <translation>メモリ領域を保存</translation>
    </message>
    <message>
        <location filename="../MemoryDump.cpp" line="30"/>
        <source>Failed to open output file: %1</source>
        <translation>出力ファイルを開けませんでした: %1</translation>
    </message>
</context>
<context>
    <name>QGBA::MemoryModel</name>
    <message>
        <location filename="../MemoryModel.cpp" line="44"/>
        <source>Copy selection</source>
        <translation>選択値をコピー</translation>
    </message>
    <message>
        <location filename="../MemoryModel.cpp" line="49"/>
        <source>Save selection</source>
        <translation>選択値を保存</translation>
    </message>
    <message>
        <location filename="../MemoryModel.cpp" line="54"/>
        <source>Paste</source>
        <translation>貼り付け</translation>
    </message>
    <message>
        <location filename="../MemoryModel.cpp" line="59"/>
        <source>Load</source>
        <translation>ロード</translation>
    </message>
    <message>
        <location filename="../MemoryModel.cpp" line="113"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../MemoryModel.cpp" line="158"/>
        <source>Load TBL</source>
        <translation>TBLをロード</translation>
    </message>
    <message>
        <location filename="../MemoryModel.cpp" line="212"/>
        <source>Save selected memory</source>
        <translation>選択したメモリを保存</translation>
    </message>
    <message>
        <location filename="../MemoryModel.cpp" line="218"/>
        <source>Failed to open output file: %1</source>
        <translation>出力ファイルを開けませんでした: %1</translation>
    </message>
    <message>
        <location filename="../MemoryModel.cpp" line="226"/>
        <source>Load memory</source>
        <translation>メモリをロード</translation>
    </message>
    <message>
        <location filename="../MemoryModel.cpp" line="232"/>
        <source>Failed to open input file: %1</source>
        <translation>入力ファイルを開けませんでした: %1</translation>
    </message>
    <message>
        <location filename="../MemoryModel.cpp" line="347"/>
        <source>TBL</source>
        <translation>TBL</translation>
    </message>
    <message>
        <location filename="../MemoryModel.cpp" line="347"/>
        <source>ISO-8859-1</source>
        <translation>ISO-8859-1</translation>
    </message>
</context>
<context>
    <name>QGBA::MemorySearch</name>
    <message>
        <location filename="../MemorySearch.ui" line="26"/>
        <source>Memory Search</source>
        <translation>メモリ検索</translation>
    </message>
    <message>
        <location filename="../MemorySearch.ui" line="51"/>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <location filename="../MemorySearch.ui" line="56"/>
        <source>Current Value</source>
        <translation>現在値</translation>
    </message>
    <message>
        <location filename="../MemorySearch.ui" line="61"/>
        <location filename="../MemorySearch.ui" line="81"/>
        <source>Type</source>
        <translation>タイプ</translation>
    </message>
    <message>
        <location filename="../MemorySearch.ui" line="71"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location filename="../MemorySearch.ui" line="88"/>
        <source>Numeric</source>
        <translation>数値</translation>
    </message>
    <message>
        <location filename="../MemorySearch.ui" line="101"/>
        <source>Text</source>
        <translation>文字列</translation>
    </message>
    <message>
        <location filename="../MemorySearch.ui" line="118"/>
        <source>Width</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location filename="../MemorySearch.ui" line="138"/>
        <source>1 Byte (8-bit)</source>
        <translation>1 Byte (8-bit)</translation>
    </message>
    <message>
        <location filename="../MemorySearch.ui" line="148"/>
        <source>2 Bytes (16-bit)</source>
        <translation>2 Bytes (16-bit)</translation>
    </message>
    <message>
        <location filename="../MemorySearch.ui" line="158"/>
        <source>4 Bytes (32-bit)</source>
        <translation>4 Bytes (32-bit)</translation>
    </message>
    <message>
        <location filename="../MemorySearch.ui" line="178"/>
        <source>Number type</source>
        <translation>数値タイプ</translation>
    </message>
    <message>
        <location filename="../MemorySearch.ui" line="202"/>
        <source>Hexadecimal</source>
        <translation>16進数</translation>
    </message>
    <message>
        <location filename="../MemorySearch.ui" line="216"/>
        <source>Search type</source>
        <translation>検索方法</translation>
    </message>
    <message>
        <location filename="../MemorySearch.ui" line="223"/>
        <source>Equal to value</source>
        <translation>同じ値</translation>
    </message>
    <message>
        <location filename="../MemorySearch.ui" line="236"/>
        <source>Greater than value</source>
        <translation>大きい値</translation>
    </message>
    <message>
        <location filename="../MemorySearch.ui" line="246"/>
        <source>Less than value</source>
        <translation>小さい値</translation>
    </message>
    <message>
        <location filename="../MemorySearch.ui" line="256"/>
        <source>Unknown/changed</source>
        <translation>不明/変化した値</translation>
    </message>
    <message>
        <location filename="../MemorySearch.ui" line="269"/>
        <source>Changed by value</source>
        <translation>変更した値</translation>
    </message>
    <message>
        <location filename="../MemorySearch.ui" line="282"/>
        <source>Unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <location filename="../MemorySearch.ui" line="295"/>
        <source>Increased</source>
        <translation>増加</translation>
    </message>
    <message>
        <location filename="../MemorySearch.ui" line="308"/>
        <source>Decreased</source>
        <translation>減少</translation>
    </message>
    <message>
        <location filename="../MemorySearch.ui" line="318"/>
        <source>Search ROM</source>
        <translation>ROM検索</translation>
    </message>
    <message>
        <location filename="../MemorySearch.ui" line="336"/>
        <source>New Search</source>
        <translation>新規検索</translation>
    </message>
    <message>
        <location filename="../MemorySearch.ui" line="195"/>
        <source>Decimal</source>
        <translation>10進数</translation>
    </message>
    <message>
        <location filename="../MemorySearch.ui" line="125"/>
        <location filename="../MemorySearch.ui" line="185"/>
        <source>Guess</source>
        <translation>推測</translation>
    </message>
    <message>
        <location filename="../MemorySearch.ui" line="343"/>
        <source>Search Within</source>
        <translation>検索範囲</translation>
    </message>
    <message>
        <location filename="../MemorySearch.ui" line="350"/>
        <source>Open in Memory Viewer</source>
        <translation>メモリビューアーを開く</translation>
    </message>
    <message>
        <location filename="../MemorySearch.ui" line="357"/>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../MemorySearch.cpp" line="221"/>
        <source> (%0/%1×)</source>
        <translation> (%0/%1×)</translation>
    </message>
    <message>
        <location filename="../MemorySearch.cpp" line="223"/>
        <source> (⅟%0×)</source>
        <translation> (⅟%0×)</translation>
    </message>
    <message>
        <location filename="../MemorySearch.cpp" line="226"/>
        <source> (%0×)</source>
        <translation> (%0×)</translation>
    </message>
    <message>
        <location filename="../MemorySearch.cpp" line="230"/>
        <source>%1 byte%2</source>
        <translation>%1 byte%2</translation>
    </message>
</context>
<context>
    <name>QGBA::MemoryView</name>
    <message>
        <location filename="../MemoryView.ui" line="14"/>
        <source>Memory</source>
        <translation>メモリビューアー</translation>
    </message>
    <message>
        <location filename="../MemoryView.ui" line="38"/>
        <source>Inspect Address:</source>
        <translation>アドレス:</translation>
    </message>
    <message>
        <location filename="../MemoryView.ui" line="88"/>
        <source>Set Alignment:</source>
        <translation>表示:</translation>
    </message>
    <message>
        <location filename="../MemoryView.ui" line="108"/>
        <source>&amp;1 Byte</source>
        <translation>&amp;1 Byte</translation>
    </message>
    <message>
        <location filename="../MemoryView.ui" line="131"/>
        <source>&amp;2 Bytes</source>
        <translation>&amp;2 Bytes</translation>
    </message>
    <message>
        <location filename="../MemoryView.ui" line="151"/>
        <source>&amp;4 Bytes</source>
        <translation>&amp;4 Bytes</translation>
    </message>
    <message>
        <location filename="../MemoryView.ui" line="187"/>
        <source>Unsigned Integer:</source>
        <translation>符号なし整数:</translation>
    </message>
    <message>
        <location filename="../MemoryView.ui" line="208"/>
        <source>Signed Integer:</source>
        <translation>符号付き整数:</translation>
    </message>
    <message>
        <location filename="../MemoryView.ui" line="229"/>
        <source>String:</source>
        <translation>文字列:</translation>
    </message>
    <message>
        <location filename="../MemoryView.ui" line="243"/>
        <source>Load TBL</source>
        <translation>TBLを開く</translation>
    </message>
    <message>
        <location filename="../MemoryView.ui" line="256"/>
        <source>Copy Selection</source>
        <translation>選択値をコピー</translation>
    </message>
    <message>
        <location filename="../MemoryView.ui" line="263"/>
        <source>Paste</source>
        <translation>貼り付け</translation>
    </message>
    <message>
        <location filename="../MemoryView.ui" line="283"/>
        <source>Save Selection</source>
        <translation>選択値を保存</translation>
    </message>
    <message>
        <location filename="../MemoryView.ui" line="290"/>
        <source>Save Range</source>
        <translation>保存範囲...</translation>
    </message>
    <message>
        <location filename="../MemoryView.ui" line="297"/>
        <source>Load</source>
        <translation>ロード</translation>
    </message>
</context>
<context>
    <name>QGBA::MessagePainter</name>
    <message>
        <location filename="../MessagePainter.cpp" line="81"/>
        <source>Frame %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QGBA::ObjView</name>
    <message>
        <location filename="../ObjView.ui" line="14"/>
        <source>Sprites</source>
        <translation>スプライトビューアー</translation>
    </message>
    <message>
        <location filename="../ObjView.ui" line="122"/>
        <source>Magnification</source>
        <translation>倍率</translation>
    </message>
    <message>
        <location filename="../ObjView.ui" line="389"/>
        <source>Export</source>
        <translation>書き出す</translation>
    </message>
    <message>
        <location filename="../ObjView.ui" line="402"/>
        <source>Attributes</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../ObjView.ui" line="410"/>
        <source>Transform</source>
        <translation>変換</translation>
    </message>
    <message>
        <location filename="../ObjView.ui" line="430"/>
        <location filename="../ObjView.cpp" line="181"/>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <location filename="../ObjView.ui" line="444"/>
        <source>Palette</source>
        <translation>パレット</translation>
    </message>
    <message>
        <location filename="../ObjView.ui" line="94"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../ObjView.ui" line="316"/>
        <source>Matrix</source>
        <translation>行列</translation>
    </message>
    <message>
        <location filename="../ObjView.ui" line="481"/>
        <source>Double Size</source>
        <translation>ダブルサイズ</translation>
    </message>
    <message>
        <location filename="../ObjView.ui" line="548"/>
        <location filename="../ObjView.ui" line="561"/>
        <location filename="../ObjView.ui" line="632"/>
        <source>Return, Ctrl+R</source>
        <translation>Return, Ctrl+R</translation>
    </message>
    <message>
        <location filename="../ObjView.ui" line="522"/>
        <source>Flipped</source>
        <translation>反転</translation>
    </message>
    <message>
        <location filename="../ObjView.ui" line="545"/>
        <source>H</source>
        <extracomment>Short for horizontal</extracomment>
        <translation>横</translation>
    </message>
    <message>
        <location filename="../ObjView.ui" line="558"/>
        <source>V</source>
        <extracomment>Short for vertical</extracomment>
        <translation>縦</translation>
    </message>
    <message>
        <location filename="../ObjView.ui" line="572"/>
        <source>Mode</source>
        <translation>モード</translation>
    </message>
    <message>
        <location filename="../ObjView.ui" line="592"/>
        <location filename="../ObjView.cpp" line="190"/>
        <source>Normal</source>
        <translation>ノーマル</translation>
    </message>
    <message>
        <location filename="../ObjView.ui" line="606"/>
        <source>Mosaic</source>
        <translation>モザイク</translation>
    </message>
    <message>
        <location filename="../ObjView.ui" line="643"/>
        <source>Enabled</source>
        <translation>有効</translation>
    </message>
    <message>
        <location filename="../ObjView.ui" line="677"/>
        <source>Priority</source>
        <translation>優先度</translation>
    </message>
    <message>
        <location filename="../ObjView.ui" line="715"/>
        <source>Tile</source>
        <translation>タイル</translation>
    </message>
    <message>
        <location filename="../ObjView.ui" line="137"/>
        <source>Geometry</source>
        <translation>ジオメトリ</translation>
    </message>
    <message>
        <location filename="../ObjView.ui" line="145"/>
        <source>Position</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../ObjView.ui" line="224"/>
        <source>Dimensions</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location filename="../ObjView.ui" line="72"/>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <location filename="../ObjView.cpp" line="160"/>
        <location filename="../ObjView.cpp" line="249"/>
        <source>0x%0</source>
        <translation>0x%0</translation>
    </message>
    <message>
        <location filename="../ObjView.cpp" line="182"/>
        <location filename="../ObjView.cpp" line="183"/>
        <location filename="../ObjView.cpp" line="184"/>
        <location filename="../ObjView.cpp" line="185"/>
        <location filename="../ObjView.cpp" line="257"/>
        <location filename="../ObjView.cpp" line="258"/>
        <location filename="../ObjView.cpp" line="259"/>
        <location filename="../ObjView.cpp" line="260"/>
        <source>---</source>
        <translation>---</translation>
    </message>
    <message>
        <location filename="../ObjView.cpp" line="193"/>
        <source>Trans</source>
        <translation>Trans</translation>
    </message>
    <message>
        <location filename="../ObjView.cpp" line="196"/>
        <source>OBJWIN</source>
        <translation>OBJWIN</translation>
    </message>
    <message>
        <location filename="../ObjView.cpp" line="199"/>
        <source>Invalid</source>
        <translation>無効</translation>
    </message>
    <message>
        <location filename="../ObjView.cpp" line="256"/>
        <location filename="../ObjView.cpp" line="261"/>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <location filename="../ObjView.cpp" line="287"/>
        <source>Export sprite</source>
        <translation>OBJを書き出す</translation>
    </message>
    <message>
        <location filename="../ObjView.cpp" line="288"/>
        <source>Portable Network Graphics (*.png)</source>
        <translation>Portable Network Graphics (*.png)</translation>
    </message>
</context>
<context>
    <name>QGBA::OverrideView</name>
    <message>
        <location filename="../OverrideView.ui" line="20"/>
        <source>Game Overrides</source>
        <translation>ゲーム別設定</translation>
    </message>
    <message>
        <location filename="../OverrideView.ui" line="30"/>
        <source>Game Boy Advance</source>
        <translation>ゲームボーイアドバンス</translation>
    </message>
    <message>
        <location filename="../OverrideView.ui" line="42"/>
        <location filename="../OverrideView.ui" line="121"/>
        <location filename="../OverrideView.ui" line="241"/>
        <location filename="../OverrideView.ui" line="257"/>
        <source>Autodetect</source>
        <translation>自動検出</translation>
    </message>
    <message>
        <location filename="../OverrideView.ui" line="55"/>
        <source>Realtime clock</source>
        <translation>リアルタイムクロック</translation>
    </message>
    <message>
        <location filename="../OverrideView.ui" line="65"/>
        <source>Gyroscope</source>
        <translation>ジャイロセンサー</translation>
    </message>
    <message>
        <location filename="../OverrideView.ui" line="75"/>
        <source>Tilt</source>
        <translation>動きセンサー</translation>
    </message>
    <message>
        <location filename="../OverrideView.ui" line="85"/>
        <source>Light sensor</source>
        <translation>光センサー</translation>
    </message>
    <message>
        <location filename="../OverrideView.ui" line="95"/>
        <source>Rumble</source>
        <translation>振動</translation>
    </message>
    <message>
        <location filename="../OverrideView.ui" line="113"/>
        <source>Save type</source>
        <translation>セーブタイプ</translation>
    </message>
    <message>
        <location filename="../OverrideView.ui" line="126"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../OverrideView.ui" line="131"/>
        <source>SRAM</source>
        <translation>SRAM</translation>
    </message>
    <message>
        <location filename="../OverrideView.ui" line="136"/>
        <source>Flash 512kb</source>
        <translation>Flash 512kb</translation>
    </message>
    <message>
        <location filename="../OverrideView.ui" line="141"/>
        <source>Flash 1Mb</source>
        <translation>Flash 1Mb</translation>
    </message>
    <message>
        <location filename="../OverrideView.ui" line="146"/>
        <source>EEPROM 8kB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../OverrideView.ui" line="151"/>
        <source>EEPROM 512 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../OverrideView.ui" line="156"/>
        <source>SRAM 64kB (bootlegs only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../OverrideView.ui" line="164"/>
        <source>Idle loop</source>
        <translation>アイドルループ</translation>
    </message>
    <message>
        <location filename="../OverrideView.ui" line="190"/>
        <source>Game Boy Player features</source>
        <translation>ゲームボーイプレイヤーモード</translation>
    </message>
    <message>
        <location filename="../OverrideView.ui" line="197"/>
        <source>VBA bug compatibility mode</source>
        <translation>VBAバグ互換モード</translation>
    </message>
    <message>
        <location filename="../OverrideView.ui" line="227"/>
        <source>Game Boy</source>
        <translation>ゲームボーイ</translation>
    </message>
    <message>
        <location filename="../OverrideView.ui" line="233"/>
        <source>Game Boy model</source>
        <translation>ゲームボーイモード</translation>
    </message>
    <message>
        <location filename="../OverrideView.ui" line="249"/>
        <source>Memory bank controller</source>
        <translation>メモリバンクコントローラ</translation>
    </message>
    <message>
        <location filename="../OverrideView.ui" line="265"/>
        <source>Background Colors</source>
        <translation>背景色</translation>
    </message>
    <message>
        <location filename="../OverrideView.ui" line="352"/>
        <source>Sprite Colors 1</source>
        <translation>スプライト1</translation>
    </message>
    <message>
        <location filename="../OverrideView.ui" line="359"/>
        <source>Sprite Colors 2</source>
        <translation>スプライト2</translation>
    </message>
    <message>
        <location filename="../OverrideView.ui" line="529"/>
        <source>Palette preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../OverrideView.cpp" line="54"/>
        <source>Official MBCs</source>
        <translation>公式MBC</translation>
    </message>
    <message>
        <location filename="../OverrideView.cpp" line="58"/>
        <source>Licensed MBCs</source>
        <translation>ライセンスされたMBC</translation>
    </message>
    <message>
        <location filename="../OverrideView.cpp" line="62"/>
        <source>Unlicensed MBCs</source>
        <translation>非公式MBC</translation>
    </message>
</context>
<context>
    <name>QGBA::PaletteView</name>
    <message>
        <location filename="../PaletteView.ui" line="14"/>
        <source>Palette</source>
        <translation>パレットビューアー</translation>
    </message>
    <message>
        <location filename="../PaletteView.ui" line="44"/>
        <source>Background</source>
        <translation>バックグラウンド</translation>
    </message>
    <message>
        <location filename="../PaletteView.ui" line="94"/>
        <source>Objects</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <location filename="../PaletteView.ui" line="153"/>
        <source>Selection</source>
        <translation>選択</translation>
    </message>
    <message>
        <location filename="../PaletteView.ui" line="184"/>
        <source>Red</source>
        <translation>Red</translation>
    </message>
    <message>
        <location filename="../PaletteView.ui" line="191"/>
        <source>Green</source>
        <translation>Green</translation>
    </message>
    <message>
        <location filename="../PaletteView.ui" line="198"/>
        <source>Blue</source>
        <translation>Blue</translation>
    </message>
    <message>
        <location filename="../PaletteView.ui" line="253"/>
        <source>16-bit value</source>
        <translation>値</translation>
    </message>
    <message>
        <location filename="../PaletteView.ui" line="260"/>
        <source>Hex code</source>
        <translation>16進コード</translation>
    </message>
    <message>
        <location filename="../PaletteView.ui" line="267"/>
        <source>Palette index</source>
        <translation>パレットインデックス</translation>
    </message>
    <message>
        <location filename="../PaletteView.ui" line="340"/>
        <source>Export BG</source>
        <translation>BGを書き出す</translation>
    </message>
    <message>
        <location filename="../PaletteView.ui" line="360"/>
        <source>Export OBJ</source>
        <translation>OBJを書き出す</translation>
    </message>
    <message>
        <location filename="../PaletteView.cpp" line="120"/>
        <source>#%0</source>
        <translation>#%0</translation>
    </message>
    <message>
        <location filename="../PaletteView.cpp" line="121"/>
        <source>0x%0</source>
        <translation>0x%0</translation>
    </message>
    <message>
        <location filename="../PaletteView.cpp" line="122"/>
        <location filename="../PaletteView.cpp" line="123"/>
        <location filename="../PaletteView.cpp" line="124"/>
        <location filename="../PaletteView.cpp" line="125"/>
        <source>0x%0 (%1)</source>
        <translation>0x%0 (%1)</translation>
    </message>
    <message>
        <location filename="../PaletteView.cpp" line="137"/>
        <source>Export palette</source>
        <translation>パレットを書き出す</translation>
    </message>
    <message>
        <location filename="../PaletteView.cpp" line="138"/>
        <source>Windows PAL (*.pal);;Adobe Color Table (*.act)</source>
        <translation>Windows PAL (*.pal);;Adobe Color Table (*.act)</translation>
    </message>
    <message>
        <location filename="../PaletteView.cpp" line="144"/>
        <source>Failed to open output palette file: %1</source>
        <translation>出力パレットファイルを開けませんでした: %1</translation>
    </message>
</context>
<context>
    <name>QGBA::PlacementControl</name>
    <message>
        <location filename="../PlacementControl.ui" line="20"/>
        <source>Adjust placement</source>
        <translation>配置調整</translation>
    </message>
    <message>
        <location filename="../PlacementControl.ui" line="26"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../PlacementControl.ui" line="65"/>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <location filename="../PlacementControl.ui" line="72"/>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <location filename="../PlacementControl.ui" line="79"/>
        <source>Y</source>
        <translation>Y</translation>
    </message>
</context>
<context>
    <name>QGBA::PrinterView</name>
    <message>
        <location filename="../PrinterView.ui" line="14"/>
        <source>Game Boy Printer</source>
        <translation>ポケットプリンタ</translation>
    </message>
    <message>
        <location filename="../PrinterView.ui" line="130"/>
        <source>Hurry up!</source>
        <translation>急げ!</translation>
    </message>
    <message>
        <location filename="../PrinterView.ui" line="137"/>
        <source>Tear off</source>
        <translation>切り取る</translation>
    </message>
    <message>
        <location filename="../PrinterView.ui" line="223"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../PrinterView.ui" line="180"/>
        <source>Magnification</source>
        <translation>倍率</translation>
    </message>
    <message>
        <location filename="../PrinterView.cpp" line="59"/>
        <source>Save Printout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../PrinterView.cpp" line="59"/>
        <source>Portable Network Graphics (*.png)</source>
        <translation type="unfinished">Portable Network Graphics (*.png)</translation>
    </message>
</context>
<context>
    <name>QGBA::ROMInfo</name>
    <message>
        <location filename="../ROMInfo.cpp" line="38"/>
        <location filename="../ROMInfo.cpp" line="53"/>
        <location filename="../ROMInfo.cpp" line="62"/>
        <location filename="../ROMInfo.cpp" line="63"/>
        <source>(unknown)</source>
        <translation>(不明)</translation>
    </message>
    <message>
        <location filename="../ROMInfo.cpp" line="43"/>
        <source> bytes</source>
        <translation>バイト</translation>
    </message>
    <message>
        <location filename="../ROMInfo.cpp" line="56"/>
        <source>(no database present)</source>
        <translation>(データベースなし)</translation>
    </message>
    <message>
        <location filename="../ROMInfo.ui" line="14"/>
        <source>ROM Info</source>
        <translation>ROM情報</translation>
    </message>
    <message>
        <location filename="../ROMInfo.ui" line="26"/>
        <source>Game name:</source>
        <translation>ゲーム名:</translation>
    </message>
    <message>
        <location filename="../ROMInfo.ui" line="46"/>
        <source>Internal name:</source>
        <translation>内部名:</translation>
    </message>
    <message>
        <location filename="../ROMInfo.ui" line="63"/>
        <source>Game ID:</source>
        <translation>ゲームID:</translation>
    </message>
    <message>
        <location filename="../ROMInfo.ui" line="80"/>
        <source>File size:</source>
        <translation>ファイルサイズ:</translation>
    </message>
    <message>
        <location filename="../ROMInfo.ui" line="97"/>
        <source>CRC32:</source>
        <translation>CRC32:</translation>
    </message>
</context>
<context>
    <name>QGBA::ReportView</name>
    <message>
        <location filename="../ReportView.cpp" line="350"/>
        <source>Bug report archive</source>
        <translation>バグレポートアーカイブ</translation>
    </message>
    <message>
        <location filename="../ReportView.cpp" line="350"/>
        <source>ZIP archive (*.zip)</source>
        <translation>ZIPアーカイブ (*.zip)</translation>
    </message>
    <message>
        <location filename="../ReportView.ui" line="14"/>
        <source>Generate Bug Report</source>
        <translation>バグレポートの生成</translation>
    </message>
    <message>
        <location filename="../ReportView.ui" line="67"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;To file a bug report, please first generate a report file to attach to the bug report you&apos;re about to file. It is recommended that you include the save files, as these often help with debugging issues. This will collect some information about the version of {projectName} you&apos;re running, your configuration, your computer, and the game you currently have open (if any). Once this collection is completed you can review all of the information gathered below and save it to a zip file. The collection will automatically attempt to redact any personal information, such as your username if it&apos;s in any of the paths gathered, but just in case you can edit it afterwards. After you have generated and saved it, please click the button below or go to &lt;a href=&quot;https://mgba.io/i/&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#2980b9;&quot;&gt;mgba.io/i&lt;/span&gt;&lt;/a&gt; to file the bug report on GitHub. Make sure to attach the report you generated!&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;バグレポートを提出するには、最初にレポートファイルを生成して、送信しようとしているバグレポートに添付してください。セーブファイルはデバッグの問題に役立つことが多いため、セーブファイルを含めることをお勧めします。実行している{projectName}のバージョン、構成、コンピューター、および現在起動しているゲーム(存在する場合)に関する情報が収集されます。収集が完了すると、以下で収集されたすべての情報を確認して、ZIPファイルにセーブできます。収集されたパスのいずれかにある場合、ユーザー名などの個人情報を自動的に墨消しを試みます。ただし、後で必要に応じて編集できます。レポートファイルを生成してセーブしたら、下のボタンをクリックするか、&lt;a href=&quot;https://mgba.io/i/&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#2980b9;&quot;&gt;mgba.io/i&lt;/span&gt;&lt;/a&gt;に移動してGitHubでバグレポートを送信してください。生成したレポートを必ず添付してください。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../ReportView.ui" line="85"/>
        <source>Generate report</source>
        <translation>レポートを生成</translation>
    </message>
    <message>
        <location filename="../ReportView.ui" line="99"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../ReportView.ui" line="113"/>
        <source>Open issue list in browser</source>
        <translation>ブラウザでISSUEリストを開く</translation>
    </message>
    <message>
        <location filename="../ReportView.ui" line="134"/>
        <source>Include save file</source>
        <translation>セーブファイルを含める</translation>
    </message>
    <message>
        <location filename="../ReportView.ui" line="150"/>
        <source>Create and include savestate</source>
        <translation>セーブステートファイルを作成して含める</translation>
    </message>
</context>
<context>
    <name>QGBA::SaveConverter</name>
    <message>
        <location filename="../SaveConverter.cpp" line="39"/>
        <source>Save games and save states (%1)</source>
        <translation>セーブデータ または ステートセーブ (%1)</translation>
    </message>
    <message>
        <location filename="../SaveConverter.cpp" line="40"/>
        <source>Select save game or save state</source>
        <translation>セーブゲームまたはステートセーブを選択</translation>
    </message>
    <message>
        <location filename="../SaveConverter.cpp" line="52"/>
        <source>Save games (%1)</source>
        <translation>セーブデータ (%1)</translation>
    </message>
    <message>
        <location filename="../SaveConverter.cpp" line="53"/>
        <source>Select save game</source>
        <translation>セーブデータを選択</translation>
    </message>
    <message>
        <location filename="../SaveConverter.cpp" line="74"/>
        <source>Conversion failed</source>
        <translation>変換に失敗しました</translation>
    </message>
    <message>
        <location filename="../SaveConverter.cpp" line="74"/>
        <source>Failed to convert the save game. This is probably a bug.</source>
        <translation>セーブデータの変換に失敗しました。バグによるものである可能性があります。</translation>
    </message>
    <message>
        <location filename="../SaveConverter.cpp" line="90"/>
        <source>No file selected</source>
        <translation>ファイルが選択されていません</translation>
    </message>
    <message>
        <location filename="../SaveConverter.cpp" line="97"/>
        <source>Could not open file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SaveConverter.cpp" line="112"/>
        <source>No valid formats found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SaveConverter.cpp" line="120"/>
        <source>Please select a valid input file</source>
        <translation>有効な入力ファイルを選択してください</translation>
    </message>
    <message>
        <location filename="../SaveConverter.cpp" line="131"/>
        <source>No valid conversions found</source>
        <translation>利用可能な変換先がありません</translation>
    </message>
    <message>
        <location filename="../SaveConverter.cpp" line="638"/>
        <source>Cannot convert save games between platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SaveConverter.ui" line="14"/>
        <source>Convert/Extract Save Game</source>
        <translation>セーブデータの変換/抽出</translation>
    </message>
    <message>
        <location filename="../SaveConverter.ui" line="20"/>
        <source>Input file</source>
        <translation>入力</translation>
    </message>
    <message>
        <location filename="../SaveConverter.ui" line="29"/>
        <location filename="../SaveConverter.ui" line="55"/>
        <source>Browse</source>
        <translation type="unfinished">参照</translation>
    </message>
    <message>
        <location filename="../SaveConverter.ui" line="46"/>
        <source>Output file</source>
        <translation>出力</translation>
    </message>
    <message>
        <location filename="../SaveConverter.cpp" line="450"/>
        <source>%1 %2 save game</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SaveConverter.cpp" line="454"/>
        <source>little endian</source>
        <translation>リトルエンディアン</translation>
    </message>
    <message>
        <location filename="../SaveConverter.cpp" line="457"/>
        <source>big endian</source>
        <translation>ビッグエンディアン</translation>
    </message>
    <message>
        <location filename="../SaveConverter.cpp" line="468"/>
        <source>SRAM</source>
        <translation type="unfinished">SRAM</translation>
    </message>
    <message>
        <location filename="../SaveConverter.cpp" line="472"/>
        <source>%1 flash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SaveConverter.cpp" line="476"/>
        <source>%1 EEPROM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SaveConverter.cpp" line="488"/>
        <source>%1 SRAM + RTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SaveConverter.cpp" line="490"/>
        <source>%1 SRAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SaveConverter.cpp" line="495"/>
        <source>packed MBC2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SaveConverter.cpp" line="497"/>
        <source>unpacked MBC2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SaveConverter.cpp" line="502"/>
        <source>MBC6 flash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SaveConverter.cpp" line="504"/>
        <source>MBC6 combined SRAM + flash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SaveConverter.cpp" line="506"/>
        <source>MBC6 SRAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SaveConverter.cpp" line="510"/>
        <source>TAMA5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SaveConverter.cpp" line="522"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SaveConverter.cpp" line="526"/>
        <source>%1 save state with embedded %2 save game</source>
        <translation>%2 形式のセーブデータが埋め込まれた %1 のステートセーブ</translation>
    </message>
    <message>
        <location filename="../SaveConverter.cpp" line="529"/>
        <source>%1 SharkPort %2 save game</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SaveConverter.cpp" line="532"/>
        <source>%1 GameShark Advance SP %2 save game</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QGBA::ScriptingTextBuffer</name>
    <message>
        <location filename="../scripting/ScriptingTextBuffer.cpp" line="42"/>
        <source>Untitled buffer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QGBA::ScriptingView</name>
    <message>
        <location filename="../scripting/ScriptingView.ui" line="14"/>
        <source>Scripting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../scripting/ScriptingView.ui" line="45"/>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../scripting/ScriptingView.ui" line="92"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../scripting/ScriptingView.ui" line="96"/>
        <source>Load recent script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../scripting/ScriptingView.ui" line="109"/>
        <source>Load script...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../scripting/ScriptingView.ui" line="114"/>
        <source>&amp;Reset</source>
        <translation type="unfinished">リセット (&amp;R)</translation>
    </message>
    <message>
        <location filename="../scripting/ScriptingView.ui" line="119"/>
        <source>0</source>
        <translation type="unfinished">0</translation>
    </message>
    <message>
        <location filename="../scripting/ScriptingView.cpp" line="60"/>
        <source>Select script to load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../scripting/ScriptingView.cpp" line="85"/>
        <source>Lua scripts (*.lua)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../scripting/ScriptingView.cpp" line="87"/>
        <source>All files (*.*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QGBA::SensorView</name>
    <message>
        <location filename="../SensorView.ui" line="20"/>
        <source>Sensors</source>
        <translation>カートリッジセンサー</translation>
    </message>
    <message>
        <location filename="../SensorView.ui" line="31"/>
        <source>Realtime clock</source>
        <translation>リアルタイムクロック</translation>
    </message>
    <message>
        <location filename="../SensorView.ui" line="50"/>
        <source>Fixed time</source>
        <translation>定刻</translation>
    </message>
    <message>
        <location filename="../SensorView.ui" line="37"/>
        <source>System time</source>
        <translation>システム日時</translation>
    </message>
    <message>
        <location filename="../SensorView.ui" line="96"/>
        <source>Start time at</source>
        <translation>日時指定</translation>
    </message>
    <message>
        <location filename="../SensorView.ui" line="60"/>
        <source>Now</source>
        <translation>現在日時</translation>
    </message>
    <message>
        <location filename="../SensorView.ui" line="67"/>
        <source>Offset time</source>
        <translation>オフセット</translation>
    </message>
    <message>
        <location filename="../SensorView.ui" line="80"/>
        <source> sec</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../SensorView.ui" line="126"/>
        <source>MM/dd/yy hh:mm:ss AP</source>
        <translation>yyyy/MM/dd HH:mm:ss</translation>
    </message>
    <message>
        <location filename="../SensorView.ui" line="136"/>
        <source>Light sensor</source>
        <translation>光センサー</translation>
    </message>
    <message>
        <location filename="../SensorView.ui" line="142"/>
        <source>Brightness</source>
        <translation>明るさ</translation>
    </message>
    <message>
        <location filename="../SensorView.ui" line="179"/>
        <source>Tilt sensor</source>
        <translation>動きセンサー</translation>
    </message>
    <message>
        <location filename="../SensorView.ui" line="187"/>
        <location filename="../SensorView.ui" line="276"/>
        <source>Set Y</source>
        <translation>垂直方向</translation>
    </message>
    <message>
        <location filename="../SensorView.ui" line="197"/>
        <location filename="../SensorView.ui" line="286"/>
        <source>Set X</source>
        <translation>水平方向</translation>
    </message>
    <message>
        <location filename="../SensorView.ui" line="268"/>
        <source>Gyroscope</source>
        <translation>回転センサー</translation>
    </message>
    <message>
        <location filename="../SensorView.ui" line="296"/>
        <source>Sensitivity</source>
        <translation>感度</translation>
    </message>
</context>
<context>
    <name>QGBA::SettingsView</name>
    <message>
        <location filename="../SettingsView.cpp" line="151"/>
        <location filename="../SettingsView.cpp" line="226"/>
        <source>Qt Multimedia</source>
        <translation>Qt Multimedia</translation>
    </message>
    <message>
        <location filename="../SettingsView.cpp" line="158"/>
        <source>SDL</source>
        <translation>SDL</translation>
    </message>
    <message>
        <location filename="../SettingsView.cpp" line="166"/>
        <source>Software (Qt)</source>
        <translation>ソフト(Qt)</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="1240"/>
        <location filename="../SettingsView.cpp" line="172"/>
        <source>OpenGL</source>
        <translation>OpenGL</translation>
    </message>
    <message>
        <location filename="../SettingsView.cpp" line="179"/>
        <source>OpenGL (force version 1.x)</source>
        <translation>OpenGL(バージョン1.xを強制)</translation>
    </message>
    <message>
        <location filename="../SettingsView.cpp" line="212"/>
        <source>None</source>
        <translation type="unfinished">なし</translation>
    </message>
    <message>
        <location filename="../SettingsView.cpp" line="219"/>
        <source>None (Still Image)</source>
        <translation>なし(静止画)</translation>
    </message>
    <message>
        <location filename="../SettingsView.cpp" line="328"/>
        <source>Keyboard</source>
        <translation>キーボード</translation>
    </message>
    <message>
        <location filename="../SettingsView.cpp" line="335"/>
        <source>Controllers</source>
        <translation>コントローラー</translation>
    </message>
    <message>
        <location filename="../SettingsView.cpp" line="390"/>
        <source>Shortcuts</source>
        <translation>ショートカット</translation>
    </message>
    <message>
        <location filename="../SettingsView.cpp" line="402"/>
        <location filename="../SettingsView.cpp" line="412"/>
        <source>Shaders</source>
        <translation>シェーダー</translation>
    </message>
    <message>
        <location filename="../SettingsView.cpp" line="434"/>
        <source>Select BIOS</source>
        <translation>BIOSを選択</translation>
    </message>
    <message>
        <location filename="../SettingsView.cpp" line="441"/>
        <source>Select directory</source>
        <translation>フォルダを選択</translation>
    </message>
    <message>
        <location filename="../SettingsView.cpp" line="836"/>
        <source>(%1×%2)</source>
        <translation>(%1×%2)</translation>
    </message>
    <message>
        <location filename="../SettingsView.cpp" line="854"/>
        <source>Never</source>
        <translation>一度もしていない</translation>
    </message>
    <message>
        <location filename="../SettingsView.cpp" line="859"/>
        <source>Just now</source>
        <translation>たった今</translation>
    </message>
    <message>
        <location filename="../SettingsView.cpp" line="863"/>
        <source>Less than an hour ago</source>
        <translation>1時間以内</translation>
    </message>
    <message numerus="yes">
        <location filename="../SettingsView.cpp" line="868"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n 時間前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../SettingsView.cpp" line="872"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 日前</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="20"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="45"/>
        <source>Audio/Video</source>
        <translation>ビデオ/オーディオ</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="50"/>
        <source>Gameplay</source>
        <translation>ゲームプレイ</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="55"/>
        <source>Interface</source>
        <translation>インターフェース</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="60"/>
        <source>Update</source>
        <translation>アップデート</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="65"/>
        <source>Emulation</source>
        <translation>エミュレーション</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="70"/>
        <source>Enhancements</source>
        <translation>機能拡張</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="75"/>
        <source>BIOS</source>
        <translation>BIOS</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="80"/>
        <source>Paths</source>
        <translation>パス</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="85"/>
        <source>Logging</source>
        <translation>ログ</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="90"/>
        <source>Game Boy</source>
        <translation>ゲームボーイ</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="111"/>
        <source>Audio driver:</source>
        <translation>オーディオドライバ:</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="128"/>
        <source>Audio buffer:</source>
        <translation>オーディオバッファ:</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="140"/>
        <location filename="../SettingsView.ui" line="162"/>
        <source>1536</source>
        <translation>1536</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="147"/>
        <source>512</source>
        <translation>512</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="152"/>
        <source>768</source>
        <translation>768</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="157"/>
        <source>1024</source>
        <translation>1024</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="167"/>
        <source>2048</source>
        <translation>2048</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="172"/>
        <source>3072</source>
        <translation>3072</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="177"/>
        <source>4096</source>
        <translation>4096</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="185"/>
        <source>samples</source>
        <translation>サンプル</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="194"/>
        <source>Sample rate:</source>
        <translation>サンプルレート:</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="206"/>
        <location filename="../SettingsView.ui" line="223"/>
        <source>44100</source>
        <translation>44100</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="213"/>
        <source>22050</source>
        <translation>22050</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="218"/>
        <source>32000</source>
        <translation>32000</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="228"/>
        <source>48000</source>
        <translation>48000</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="236"/>
        <source>Hz</source>
        <translation>Hz</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="245"/>
        <source>Volume:</source>
        <translation>音量:</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="276"/>
        <location filename="../SettingsView.ui" line="316"/>
        <location filename="../SettingsView.ui" line="804"/>
        <location filename="../SettingsView.ui" line="829"/>
        <source>Mute</source>
        <translation>ミュート</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="285"/>
        <source>Fast forward volume:</source>
        <translation>早送り時の音量:</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="325"/>
        <source>Audio in multiplayer:</source>
        <translation>マルチプレイ時に音を出すウィンドウ:</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="332"/>
        <source>All windows</source>
        <translation>全て</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="345"/>
        <source>Player 1 window only</source>
        <translation>プレイヤー1のみ</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="355"/>
        <source>Currently active player window</source>
        <translation>アクティブなウィンドウ</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="388"/>
        <source>Display driver:</source>
        <translation>ディスプレイドライバ:</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="405"/>
        <source>Frameskip:</source>
        <translation>フレームスキップ:</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="414"/>
        <source>Skip every</source>
        <translation>常時</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="424"/>
        <location filename="../SettingsView.ui" line="1157"/>
        <source>frames</source>
        <translation>フレーム</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="475"/>
        <source>FPS target:</source>
        <translation>FPS:</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="500"/>
        <source>frames per second</source>
        <translation>FPS</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="516"/>
        <source>Sync:</source>
        <translation>同期:</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="382"/>
        <location filename="../SettingsView.ui" line="525"/>
        <source>Video</source>
        <translation>ビデオ</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="105"/>
        <location filename="../SettingsView.ui" line="532"/>
        <source>Audio</source>
        <translation>オーディオ</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="433"/>
        <source>Lock aspect ratio</source>
        <translation>縦横比を固定</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="454"/>
        <source>Bilinear filtering</source>
        <translation>バイリニアフィルタリング</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="750"/>
        <source>Show filename instead of ROM name in library view</source>
        <translation>ライブラリにゲーム名ではなくファイル名を表示する</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="797"/>
        <location filename="../SettingsView.ui" line="822"/>
        <source>Pause</source>
        <translation>ポーズ</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="788"/>
        <source>When inactive:</source>
        <translation>非アクティブ時:</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="548"/>
        <source>On loading a game:</source>
        <translation>ゲーム起動時:</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="555"/>
        <source>Load last state</source>
        <translation>最新のステートセーブを読み込む</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="565"/>
        <source>Load cheats</source>
        <translation>チートコードを読み込む</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="592"/>
        <source>Save entered cheats</source>
        <translation>入力されたチートコードを保存する</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="813"/>
        <source>When minimized:</source>
        <translation>最小化時:</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="897"/>
        <source>Show frame count in OSD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="904"/>
        <source>Show emulation info on reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="917"/>
        <source>Current channel:</source>
        <translation>現在のチャネル:</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="931"/>
        <source>Current version:</source>
        <translation>現在のバージョン:</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="955"/>
        <source>Update channel:</source>
        <translation>更新チャネル:</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="965"/>
        <source>Available version:</source>
        <translation>利用可能なバージョン:</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="972"/>
        <source>(Unknown)</source>
        <translation>(不明)</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="982"/>
        <source>Last checked:</source>
        <translation>最終確認:</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="1003"/>
        <source>Automatically check on start</source>
        <translation>起動時に自動的に確認する</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="1010"/>
        <source>Check now</source>
        <translation>更新を確認</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="2106"/>
        <source>Default color palette only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="2099"/>
        <source>SGB color palette if available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="2113"/>
        <source>GBC color palette if available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="2120"/>
        <source>SGB (preferred) or GBC color palette if available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="2132"/>
        <source>Game Boy Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="2138"/>
        <source>Driver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="2155"/>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="509"/>
        <source>Native (59.7275)</source>
        <translation>ネイティブ (59.7275)</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="447"/>
        <source>Interframe blending</source>
        <translation>フレーム間混合</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="845"/>
        <source>Dynamically update window title</source>
        <translation>ウィンドウタイトルを動的に更新</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="882"/>
        <source>Show OSD messages</source>
        <translation>OSDメッセージを表示</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="1067"/>
        <source>Fast forward (held) speed:</source>
        <translation>早送り(押し)速度:</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="609"/>
        <source>Save state extra data:</source>
        <translation>ステートセーブに含める:</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="582"/>
        <source>Periodically autosave state</source>
        <translation>定期的に自動でステートセーブする</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="626"/>
        <location filename="../SettingsView.ui" line="670"/>
        <source>Save game</source>
        <translation>セーブデータ</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="653"/>
        <source>Load state extra data:</source>
        <translation>ステートロード時に読み込む:</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="1747"/>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="1753"/>
        <source>GB only:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="1763"/>
        <source>SGB compatible:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="1773"/>
        <source>GBC only:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="1783"/>
        <source>GBC compatible:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="1793"/>
        <source>SGB and GBC compatible:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="1813"/>
        <source>Game Boy palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="1819"/>
        <source>Preset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="1206"/>
        <source>Enable Game Boy Player features by default</source>
        <translation>ゲームボーイプレーヤーの機能をデフォルトで有効化</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="1299"/>
        <source>(240×160)</source>
        <translation>(240×160)</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="1713"/>
        <source>Log to file</source>
        <translation>ファイルに出力する</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="1720"/>
        <source>Log to console</source>
        <translation>コンソールに出力する</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="1734"/>
        <source>Select Log File</source>
        <translation>ログファイルを選択</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="440"/>
        <source>Force integer scaling</source>
        <translation>整数スケーリングを強制</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="702"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="719"/>
        <source>Library:</source>
        <translation>ライブラリ:</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="727"/>
        <source>List view</source>
        <translation>リスト表示</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="732"/>
        <source>Tree view</source>
        <translation>ツリー表示</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="740"/>
        <source>Show when no game open</source>
        <translation>ゲームが開いていないときに表示</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="757"/>
        <source>Clear cache</source>
        <translation>キャッシュの消去</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="771"/>
        <source>Allow opposing input directions</source>
        <translation>反対方向(上下、右左)の同時入力を許可</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="778"/>
        <source>Suspend screensaver</source>
        <translation>スクリーンセーバーを停止</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="855"/>
        <source>Show FPS in title bar</source>
        <translation>タイトルバーにFPSを表示</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="691"/>
        <source>Enable Discord Rich Presence</source>
        <translation>DiscordのRich Presenceを有効</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="865"/>
        <source>Show filename instead of ROM name in title bar</source>
        <translation>タイトルバーにゲーム名の代わりにファイル名を表示</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="1024"/>
        <source>Fast forward speed:</source>
        <translation>早送り速度:</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="1055"/>
        <location filename="../SettingsView.ui" line="1098"/>
        <source>Unbounded</source>
        <translation>制限なし</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="1134"/>
        <source>Enable rewind</source>
        <translation>巻戻し有効</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="1141"/>
        <source>Rewind history:</source>
        <translation>巻戻し履歴:</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="1173"/>
        <source>Idle loops:</source>
        <translation>アイドルループ:</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="1181"/>
        <source>Run all</source>
        <translation>すべて実行</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="1186"/>
        <source>Remove known</source>
        <translation>既知を削除</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="1191"/>
        <source>Detect and remove</source>
        <translation>検出して削除</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="616"/>
        <location filename="../SettingsView.ui" line="660"/>
        <source>Screenshot</source>
        <translation>スクリーンショット</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="636"/>
        <location filename="../SettingsView.ui" line="677"/>
        <source>Cheat codes</source>
        <translation>チートコード</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="1199"/>
        <source>Preload entire ROM into memory</source>
        <translation>ROM全体をメモリにプリロード</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="1110"/>
        <source>Autofire interval:</source>
        <translation>連射間隔:</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="1213"/>
        <source>Enable VBA bug compatibility in ROM hacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="1227"/>
        <source>Video renderer:</source>
        <translation>ビデオレンダラー:</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="1235"/>
        <source>Software</source>
        <translation>ソフト</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="1255"/>
        <source>OpenGL enhancements</source>
        <translation>OpenGL機能強化</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="1261"/>
        <source>High-resolution scale:</source>
        <translation>高解像度スケール:</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="1248"/>
        <source>XQ GBA audio (experimental)</source>
        <translation>XQ GBA オーディオ機能(実験的)</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="1328"/>
        <source>GB BIOS file:</source>
        <translation>ゲームボーイ:</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="1347"/>
        <location filename="../SettingsView.ui" line="1375"/>
        <location filename="../SettingsView.ui" line="1403"/>
        <location filename="../SettingsView.ui" line="1431"/>
        <location filename="../SettingsView.ui" line="1489"/>
        <location filename="../SettingsView.ui" line="1537"/>
        <location filename="../SettingsView.ui" line="1585"/>
        <location filename="../SettingsView.ui" line="1633"/>
        <location filename="../SettingsView.ui" line="1681"/>
        <source>Browse</source>
        <translation>参照</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="1440"/>
        <source>Use BIOS file if found</source>
        <translation>存在する場合にBIOSファイルを使用</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="1450"/>
        <source>Skip BIOS intro</source>
        <translation>BIOSイントロをスキップ</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="1412"/>
        <source>GBA BIOS file:</source>
        <translation>ゲームボーイアドバンス:</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="1384"/>
        <source>GBC BIOS file:</source>
        <translation>ゲームボーイカラー:</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="1356"/>
        <source>SGB BIOS file:</source>
        <translation>スーパーゲームボーイ:</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="1464"/>
        <source>Save games</source>
        <translation>セーブデータ</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="1498"/>
        <location filename="../SettingsView.ui" line="1546"/>
        <location filename="../SettingsView.ui" line="1594"/>
        <location filename="../SettingsView.ui" line="1642"/>
        <location filename="../SettingsView.ui" line="1690"/>
        <source>Same directory as the ROM</source>
        <translation>ROMファイルと同じディレクトリ</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="1512"/>
        <source>Save states</source>
        <translation>セーブステート</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="1560"/>
        <source>Screenshots</source>
        <translation>スクリーンショット</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="1608"/>
        <source>Patches</source>
        <translation>パッチ</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="1656"/>
        <source>Cheats</source>
        <translation>チート</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="1829"/>
        <source>Default BG colors:</source>
        <translation>デフォルト背景色:</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="1803"/>
        <source>Super Game Boy borders</source>
        <translation>スーパーゲームボーイのボーダー</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="1916"/>
        <source>Default sprite colors 1:</source>
        <translation>デフォルトスプライト1:</translation>
    </message>
    <message>
        <location filename="../SettingsView.ui" line="2003"/>
        <source>Default sprite colors 2:</source>
        <translation>デフォルトスプライト2:</translation>
    </message>
</context>
<context>
    <name>QGBA::ShaderSelector</name>
    <message>
        <location filename="../ShaderSelector.cpp" line="53"/>
        <source>No shader active</source>
        <translation>アクティブなシェーダーがありません</translation>
    </message>
    <message>
        <location filename="../ShaderSelector.cpp" line="66"/>
        <source>Load shader</source>
        <translation>シェーダーをロード</translation>
    </message>
    <message>
        <location filename="../ShaderSelector.cpp" line="103"/>
        <source>No shader loaded</source>
        <translation>シェーダーがロードされていません</translation>
    </message>
    <message>
        <location filename="../ShaderSelector.cpp" line="111"/>
        <source>by %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <location filename="../ShaderSelector.cpp" line="122"/>
        <source>Preprocessing</source>
        <translation>前処理中</translation>
    </message>
    <message>
        <location filename="../ShaderSelector.cpp" line="129"/>
        <source>Pass %1</source>
        <translation>Pass %1</translation>
    </message>
    <message>
        <location filename="../ShaderSelector.ui" line="14"/>
        <source>Shaders</source>
        <translation>シェーダー</translation>
    </message>
    <message>
        <location filename="../ShaderSelector.ui" line="28"/>
        <source>Active Shader:</source>
        <translation>適用中のシェーダー:</translation>
    </message>
    <message>
        <location filename="../ShaderSelector.ui" line="35"/>
        <source>Name</source>
        <translation>シェーダー名</translation>
    </message>
    <message>
        <location filename="../ShaderSelector.ui" line="45"/>
        <source>Author</source>
        <translation>作成者</translation>
    </message>
    <message>
        <location filename="../ShaderSelector.ui" line="62"/>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <location filename="../ShaderSelector.ui" line="88"/>
        <source>Unload Shader</source>
        <translation>シェーダーをアンロード</translation>
    </message>
    <message>
        <location filename="../ShaderSelector.ui" line="95"/>
        <source>Load New Shader</source>
        <translation>新規シェーダーをロード</translation>
    </message>
</context>
<context>
    <name>QGBA::ShortcutModel</name>
    <message>
        <location filename="../ShortcutModel.cpp" line="66"/>
        <source>Action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <location filename="../ShortcutModel.cpp" line="68"/>
        <source>Keyboard</source>
        <translation>キーボード</translation>
    </message>
    <message>
        <location filename="../ShortcutModel.cpp" line="70"/>
        <source>Gamepad</source>
        <translation>ゲームパッド</translation>
    </message>
</context>
<context>
    <name>QGBA::ShortcutView</name>
    <message>
        <location filename="../ShortcutView.ui" line="14"/>
        <source>Edit Shortcuts</source>
        <translation>ショートカットキーを編集</translation>
    </message>
    <message>
        <location filename="../ShortcutView.ui" line="32"/>
        <source>Keyboard</source>
        <translation>キーボード</translation>
    </message>
    <message>
        <location filename="../ShortcutView.ui" line="42"/>
        <source>Gamepad</source>
        <translation>ゲームパッド</translation>
    </message>
    <message>
        <location filename="../ShortcutView.ui" line="49"/>
        <source>Clear</source>
        <translation>削除</translation>
    </message>
</context>
<context>
    <name>QGBA::TileView</name>
    <message>
        <location filename="../TileView.cpp" line="225"/>
        <source>Export tiles</source>
        <translation>タイルを書き出す</translation>
    </message>
    <message>
        <location filename="../TileView.cpp" line="226"/>
        <location filename="../TileView.cpp" line="238"/>
        <source>Portable Network Graphics (*.png)</source>
        <translation>Portable Network Graphics (*.png)</translation>
    </message>
    <message>
        <location filename="../TileView.cpp" line="237"/>
        <source>Export tile</source>
        <translation>タイルを書き出す</translation>
    </message>
    <message>
        <location filename="../TileView.ui" line="14"/>
        <source>Tiles</source>
        <translation>タイルビューワー</translation>
    </message>
    <message>
        <location filename="../TileView.ui" line="170"/>
        <source>Export Selected</source>
        <translation>選択内容を書き出す</translation>
    </message>
    <message>
        <location filename="../TileView.ui" line="184"/>
        <source>Export All</source>
        <translation>すべてを書き出す</translation>
    </message>
    <message>
        <location filename="../TileView.ui" line="40"/>
        <source>256 colors</source>
        <translation>256色</translation>
    </message>
    <message>
        <location filename="../TileView.ui" line="33"/>
        <source>Palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../TileView.ui" line="73"/>
        <source>Magnification</source>
        <translation>倍率</translation>
    </message>
    <message>
        <location filename="../TileView.ui" line="96"/>
        <source>Tiles per row</source>
        <translation>行あたりのタイル</translation>
    </message>
    <message>
        <location filename="../TileView.ui" line="103"/>
        <source>Fit to window</source>
        <translation>ウィンドウに合わせる</translation>
    </message>
    <message>
        <location filename="../TileView.ui" line="119"/>
        <source>Displayed tiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../TileView.ui" line="125"/>
        <source>Only BG tiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../TileView.ui" line="135"/>
        <source>Only OBJ tiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../TileView.ui" line="145"/>
        <source>Both</source>
        <translation type="unfinished">両方</translation>
    </message>
    <message>
        <location filename="../TileView.ui" line="163"/>
        <source>Copy Selected</source>
        <translation>選択内容をコピー</translation>
    </message>
    <message>
        <location filename="../TileView.ui" line="177"/>
        <source>Copy All</source>
        <translation>すべてコピー</translation>
    </message>
</context>
<context>
    <name>QGBA::VideoView</name>
    <message>
        <location filename="../VideoView.cpp" line="202"/>
        <source>Failed to open output video file: %1</source>
        <translation>出力ビデオファイルを開けませんでした: %1</translation>
    </message>
    <message>
        <location filename="../VideoView.cpp" line="223"/>
        <source>Native (%0x%1)</source>
        <translation>ネイティブ(%0x%1)</translation>
    </message>
    <message>
        <location filename="../VideoView.cpp" line="238"/>
        <source>Select output file</source>
        <translation>出力ファイルを選択</translation>
    </message>
    <message>
        <location filename="../VideoView.ui" line="20"/>
        <source>Record Video</source>
        <translation>録画</translation>
    </message>
    <message>
        <location filename="../VideoView.ui" line="40"/>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../VideoView.ui" line="56"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../VideoView.ui" line="69"/>
        <source>Select File</source>
        <translation>ファイルを選択</translation>
    </message>
    <message>
        <location filename="../VideoView.ui" line="101"/>
        <source>Presets</source>
        <translation>プリセット</translation>
    </message>
    <message>
        <location filename="../VideoView.ui" line="129"/>
        <location filename="../VideoView.ui" line="255"/>
        <source>WebM</source>
        <translation>WebM</translation>
    </message>
    <message>
        <location filename="../VideoView.ui" line="240"/>
        <source>Format</source>
        <translation>フォーマット</translation>
    </message>
    <message>
        <location filename="../VideoView.ui" line="250"/>
        <source>MKV</source>
        <translation>MKV</translation>
    </message>
    <message>
        <location filename="../VideoView.ui" line="260"/>
        <source>AVI</source>
        <translation>AVI</translation>
    </message>
    <message>
        <location filename="../VideoView.ui" line="139"/>
        <location filename="../VideoView.ui" line="265"/>
        <source>MP4</source>
        <translation>MP4</translation>
    </message>
    <message>
        <location filename="../VideoView.ui" line="109"/>
        <source>High &amp;Quality</source>
        <translation>高品質 (&amp;Q)</translation>
    </message>
    <message>
        <location filename="../VideoView.ui" line="119"/>
        <source>&amp;YouTube</source>
        <translation>YouTube (&amp;Y)</translation>
    </message>
    <message>
        <location filename="../VideoView.ui" line="146"/>
        <source>&amp;Lossless</source>
        <translation>ロスレス (&amp;L)</translation>
    </message>
    <message>
        <location filename="../VideoView.ui" line="167"/>
        <source>4K</source>
        <translation>4K</translation>
    </message>
    <message>
        <location filename="../VideoView.ui" line="174"/>
        <source>&amp;1080p</source>
        <translation>1080p (&amp;1)</translation>
    </message>
    <message>
        <location filename="../VideoView.ui" line="184"/>
        <source>&amp;720p</source>
        <translation>720p (&amp;7)</translation>
    </message>
    <message>
        <location filename="../VideoView.ui" line="194"/>
        <source>&amp;480p</source>
        <translation>480p (&amp;4)</translation>
    </message>
    <message>
        <location filename="../VideoView.ui" line="207"/>
        <source>&amp;Native</source>
        <translation>ネイティブ (&amp;N)</translation>
    </message>
    <message>
        <location filename="../VideoView.ui" line="287"/>
        <source>HEVC</source>
        <translation>HEVC</translation>
    </message>
    <message>
        <location filename="../VideoView.ui" line="292"/>
        <source>HEVC (NVENC)</source>
        <translation>HEVC(NVENC)</translation>
    </message>
    <message>
        <location filename="../VideoView.ui" line="297"/>
        <source>VP8</source>
        <translation>VP8</translation>
    </message>
    <message>
        <location filename="../VideoView.ui" line="302"/>
        <source>VP9</source>
        <translation>VP9</translation>
    </message>
    <message>
        <location filename="../VideoView.ui" line="307"/>
        <source>FFV1</source>
        <translation>FFV1</translation>
    </message>
    <message>
        <location filename="../VideoView.ui" line="312"/>
        <location filename="../VideoView.ui" line="359"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../VideoView.ui" line="324"/>
        <source>FLAC</source>
        <translation>FLAC</translation>
    </message>
    <message>
        <location filename="../VideoView.ui" line="329"/>
        <source>WavPack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../VideoView.ui" line="334"/>
        <source>Opus</source>
        <translation>Opus</translation>
    </message>
    <message>
        <location filename="../VideoView.ui" line="339"/>
        <source>Vorbis</source>
        <translation>Vorbis</translation>
    </message>
    <message>
        <location filename="../VideoView.ui" line="344"/>
        <source>MP3</source>
        <translation>MP3</translation>
    </message>
    <message>
        <location filename="../VideoView.ui" line="349"/>
        <source>AAC</source>
        <translation>AAC</translation>
    </message>
    <message>
        <location filename="../VideoView.ui" line="354"/>
        <source>Uncompressed</source>
        <translation>圧縮なし</translation>
    </message>
    <message>
        <location filename="../VideoView.ui" line="370"/>
        <source> Bitrate (kbps)</source>
        <translation> ビットレート(kbps)</translation>
    </message>
    <message>
        <location filename="../VideoView.ui" line="415"/>
        <source>ABR</source>
        <translation>ABR</translation>
    </message>
    <message>
        <location filename="../VideoView.ui" line="277"/>
        <source>H.264</source>
        <translation type="unfinished">H.264</translation>
    </message>
    <message>
        <location filename="../VideoView.ui" line="282"/>
        <source>H.264 (NVENC)</source>
        <translation type="unfinished">H.264 (NVENC)</translation>
    </message>
    <message>
        <location filename="../VideoView.ui" line="460"/>
        <source>VBR</source>
        <translation>VBR</translation>
    </message>
    <message>
        <location filename="../VideoView.ui" line="473"/>
        <source>CRF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../VideoView.ui" line="489"/>
        <source>Dimensions</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location filename="../VideoView.ui" line="555"/>
        <source>Lock aspect ratio</source>
        <translation>縦横比を固定</translation>
    </message>
    <message>
        <location filename="../VideoView.ui" line="570"/>
        <source>Show advanced</source>
        <translation>詳細表示</translation>
    </message>
</context>
<context>
    <name>QGBA::Window</name>
    <message>
        <location filename="../Window.cpp" line="329"/>
        <source>Archives (%1)</source>
        <translation>アーカイブファイル (%1)</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="334"/>
        <location filename="../Window.cpp" line="350"/>
        <location filename="../Window.cpp" line="377"/>
        <source>Select ROM</source>
        <translation>ROMを開く</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="368"/>
        <source>Select folder</source>
        <translation>フォルダを開く</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="504"/>
        <location filename="../Window.cpp" line="511"/>
        <source>Select save</source>
        <translation>セーブを開く</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="423"/>
        <source>Select patch</source>
        <translation>パッチを開く</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="423"/>
        <source>Patches (*.ips *.ups *.bps)</source>
        <translation>パッチファイル (*.ips *.ups *.bps)</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="434"/>
        <source>Select e-Reader dotcode</source>
        <translation>カードeを開く</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="434"/>
        <source>e-Reader card (*.raw *.bin *.bmp)</source>
        <translation>カードe (*.raw *.bin *.bmp)</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="497"/>
        <source>Select image</source>
        <translation>画像を開く</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="497"/>
        <source>Image file (*.png *.gif *.jpg *.jpeg);;All files (*)</source>
        <translation>画像ファイル (*.png *.gif *.jpg *.jpeg);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="511"/>
        <source>GameShark saves (*.sps *.xps)</source>
        <translation>GameSharkセーブファイル (*.sps *.xps)</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="552"/>
        <source>Select video log</source>
        <translation>ビデオログを開く</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="552"/>
        <source>Video logs (*.mvl)</source>
        <translation>ビデオログ (*.mvl)</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="983"/>
        <source>Crash</source>
        <translation>クラッシュ</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="984"/>
        <source>The game has crashed with the following error:

%1</source>
        <translation>ゲームは次のエラーでクラッシュしました:

%1</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="991"/>
        <source>Couldn&apos;t Start</source>
        <translation>起動失敗</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="992"/>
        <source>Could not start game.</source>
        <translation>ゲームを起動できませんでした。</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1006"/>
        <source>Unimplemented BIOS call</source>
        <translation>未実装のBIOS呼び出し</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1007"/>
        <source>This game uses a BIOS call that is not implemented. Please use the official BIOS for best experience.</source>
        <translation>このゲームは実装されていないBIOS呼び出しを使用します。最高のエクスペリエンスを得るには公式のBIOSを使用してください。</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1020"/>
        <source>Failed to create an appropriate display device, falling back to software display. Games may run slowly, especially with larger windows.</source>
        <translation>適切なディスプレイデバイスの作成に失敗し、ソフトディスプレイにフォールバックしました。特に大きなウィンドウでは、ゲームの実行が遅い場合があります。</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1103"/>
        <source>Really make portable?</source>
        <translation>本当にポータブル化しますか？</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1104"/>
        <source>This will make the emulator load its configuration from the same directory as the executable. Do you want to continue?</source>
        <translation>ポータブル化すると、以降は実行ファイルと同じディレクトリに設定ファイルが置かれるようになります。続行しますか？</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1116"/>
        <source>Restart needed</source>
        <translation>再起動が必要</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1117"/>
        <source>Some changes will not take effect until the emulator is restarted.</source>
        <translation>一部の変更は、エミュレータを再起動するまで有効になりません。</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1168"/>
        <source> -  Player %1 of %2</source>
        <translation> -  プレーヤー %1 of %2</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1179"/>
        <source>%1 - %2</source>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1181"/>
        <source>%1 - %2 - %3</source>
        <translation>%1 - %2 - %3</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1183"/>
        <source>%1 - %2 (%3 fps) - %4</source>
        <translation>%1 - %2 (%3 fps) - %4</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1247"/>
        <source>&amp;File</source>
        <translation>&amp;ファイル (&amp;F)</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1249"/>
        <source>Load &amp;ROM...</source>
        <translation>ROMをロード...</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1252"/>
        <source>Load ROM in archive...</source>
        <translation>アーカイブにROMをロード...</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1253"/>
        <source>Add folder to library...</source>
        <translation>ライブラリーにフォルダを追加...</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1293"/>
        <source>Load &amp;patch...</source>
        <translation>パッチをロード... (&amp;P)</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1296"/>
        <source>Boot BIOS</source>
        <translation>BIOSを起動</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1390"/>
        <source>Replace ROM...</source>
        <translation>ROMを交換...</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1300"/>
        <source>Scan e-Reader dotcodes...</source>
        <translation>カードeをスキャン...</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1304"/>
        <source>ROM &amp;info...</source>
        <translation>ROM情報... (&amp;I)</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1306"/>
        <source>Recent</source>
        <translation>最近開いたROM</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1638"/>
        <source>Make portable</source>
        <translation>ポータブル化</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1309"/>
        <source>&amp;Load state</source>
        <translation>ステートをロード (&amp;L)</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1376"/>
        <source>Report bug...</source>
        <translation>バグ報告</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1382"/>
        <source>About...</source>
        <translation>バージョン情報...</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1603"/>
        <source>Record GIF/WebP/APNG...</source>
        <translation>GIF/WebP/APNGを記録</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1627"/>
        <source>Game Pak sensors...</source>
        <translation>カートリッジセンサー...</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1919"/>
        <source>Clear</source>
        <translation>消去</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1314"/>
        <source>Load state file...</source>
        <translation>ステートファイルをロード...</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="385"/>
        <source>Save games (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="386"/>
        <source>Select save game</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="394"/>
        <source>mGBA save state files (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="396"/>
        <location filename="../Window.cpp" line="401"/>
        <source>Select save state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="442"/>
        <source>Select e-Reader card images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="442"/>
        <source>Image file (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="443"/>
        <source>Conversion finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="484"/>
        <source>%1 of %2 e-Reader cards converted successfully.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1257"/>
        <source>Load alternate save game...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1260"/>
        <source>Load temporary save game...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1680"/>
        <source>Convert e-Reader card image to raw...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1319"/>
        <source>&amp;Save state</source>
        <translation>ステートをセーブ (&amp;S)</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1324"/>
        <source>Save state file...</source>
        <translation>ステートファイルをセーブ...</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1329"/>
        <source>Quick load</source>
        <translation>クイックロード</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1330"/>
        <source>Quick save</source>
        <translation>クイックセーブ</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1332"/>
        <source>Load recent</source>
        <translation>最後に使ったクイックスロットからロード</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1337"/>
        <source>Save recent</source>
        <translation>最後に使ったクイックスロットにセーブ</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1345"/>
        <source>Undo load state</source>
        <translation>クイックロードを元に戻す</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1348"/>
        <source>Undo save state</source>
        <translation>クイックセーブを元に戻す</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1355"/>
        <location filename="../Window.cpp" line="1360"/>
        <source>State &amp;%1</source>
        <translation>クイックスロット &amp;%1</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1467"/>
        <source>Load camera image...</source>
        <translation>カメラ画像をロード...</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1266"/>
        <source>Convert save game...</source>
        <translation>セーブデータを変換...</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="504"/>
        <source>GameShark saves (*.gsv *.sps *.xps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1269"/>
        <source>Import GameShark Save...</source>
        <translation>GameSharkスナップショットを読み込む</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1272"/>
        <source>Export GameShark Save...</source>
        <translation>GameSharkスナップショットを書き出す</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1367"/>
        <source>New multiplayer window</source>
        <translation>新しいウィンドウ(マルチプレイ)</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1370"/>
        <source>Connect to Dolphin...</source>
        <translation>Dolphinに接続...</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1383"/>
        <source>E&amp;xit</source>
        <translation>終了 (&amp;X)</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1385"/>
        <source>&amp;Emulation</source>
        <translation>エミュレーション (&amp;E)</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1386"/>
        <source>&amp;Reset</source>
        <translation>リセット (&amp;R)</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1387"/>
        <source>Sh&amp;utdown</source>
        <translation>閉じる (&amp;U)</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1391"/>
        <source>Yank game pak</source>
        <translation>カートリッジを抜く</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1394"/>
        <source>&amp;Pause</source>
        <translation>一時停止 (&amp;P)</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1403"/>
        <source>&amp;Next frame</source>
        <translation>次のフレーム (&amp;N)</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1407"/>
        <source>Fast forward (held)</source>
        <translation>早送り(押し)</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1413"/>
        <source>&amp;Fast forward</source>
        <translation>早送り (&amp;F)</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1417"/>
        <source>Fast forward speed</source>
        <translation>早送り速度</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1422"/>
        <source>Unbounded</source>
        <translation>制限なし</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1426"/>
        <source>%0x</source>
        <translation>%0x</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1430"/>
        <source>Rewind (held)</source>
        <translation>巻戻し(押し)</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1437"/>
        <source>Re&amp;wind</source>
        <translation>巻戻し (&amp;R)</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1442"/>
        <source>Step backwards</source>
        <translation>1フレーム巻き戻す</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1449"/>
        <source>Solar sensor</source>
        <translation>太陽センサー</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1450"/>
        <source>Increase solar level</source>
        <translation>明るさを上げる</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1451"/>
        <source>Decrease solar level</source>
        <translation>明るさを下げる</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1452"/>
        <source>Brightest solar level</source>
        <translation>明るさ最高</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1455"/>
        <source>Darkest solar level</source>
        <translation>明るさ最低</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1461"/>
        <source>Brightness %1</source>
        <translation>明るさ %1</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1482"/>
        <source>Audio/&amp;Video</source>
        <translation>オーディオ/ビデオ (&amp;V)</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1483"/>
        <source>Frame size</source>
        <translation>画面サイズ</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1510"/>
        <source>Toggle fullscreen</source>
        <translation>全画面表示</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1513"/>
        <source>Lock aspect ratio</source>
        <translation>縦横比を固定</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1525"/>
        <source>Force integer scaling</source>
        <translation>整数スケーリングを強制</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1546"/>
        <source>Bilinear filtering</source>
        <translation>バイリニアフィルタリング</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1554"/>
        <source>Frame&amp;skip</source>
        <translation>フレームスキップ (&amp;S)</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1567"/>
        <source>Mute</source>
        <translation>ミュート</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1573"/>
        <source>FPS target</source>
        <translation>FPS</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1581"/>
        <source>Native (59.7275)</source>
        <translation>ネイティブ(59.7275)</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1596"/>
        <source>Take &amp;screenshot</source>
        <translation>スクリーンショット (&amp;S)</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1598"/>
        <source>F12</source>
        <translation>F12</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1469"/>
        <source>Game Boy Printer...</source>
        <translation>ポケットプリンタ...</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1128"/>
        <source>Reset needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1129"/>
        <source>Some changes will not take effect until the game is reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1256"/>
        <source>Save games</source>
        <translation type="unfinished">セーブデータ</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1279"/>
        <source>Automatically determine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1283"/>
        <source>Use player %0 save game</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1478"/>
        <source>BattleChip Gate...</source>
        <translation>バトルチップゲート...</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1485"/>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1537"/>
        <source>Interframe blending</source>
        <translation>フレーム間混合</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1602"/>
        <source>Record A/V...</source>
        <translation>ビデオ録画...</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1607"/>
        <source>Video layers</source>
        <translation>ビデオレイヤー</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1608"/>
        <source>Audio channels</source>
        <translation>オーディオチャンネル</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1610"/>
        <source>Adjust layer placement...</source>
        <translation>レイヤーの配置を調整...</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1612"/>
        <source>&amp;Tools</source>
        <translation>ツール (&amp;T)</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1613"/>
        <source>View &amp;logs...</source>
        <translation>ログビューアー... (&amp;L)</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1615"/>
        <source>Game &amp;overrides...</source>
        <translation>ゲーム別設定... (&amp;O)</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1629"/>
        <source>&amp;Cheats...</source>
        <translation>チート... (&amp;C)</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1637"/>
        <source>Settings...</source>
        <translation>設定...</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1642"/>
        <source>Open debugger console...</source>
        <translation>デバッガコンソールを開く...</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1644"/>
        <source>Start &amp;GDB server...</source>
        <translation>GDBサーバを起動... (&amp;G)</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1631"/>
        <source>Scripting...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1634"/>
        <source>Create forwarder...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1652"/>
        <source>Game state views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1653"/>
        <source>View &amp;palette...</source>
        <translation>パレットビューアー... (&amp;P)</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1654"/>
        <source>View &amp;sprites...</source>
        <translation>スプライトビューアー... (&amp;S)</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1655"/>
        <source>View &amp;tiles...</source>
        <translation>タイルビューアー... (&amp;T)</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1656"/>
        <source>View &amp;map...</source>
        <translation>マップビューアー... (&amp;M)</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1658"/>
        <source>&amp;Frame inspector...</source>
        <translation>フレームインスペクタ... (&amp;F)</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1674"/>
        <source>View memory...</source>
        <translation>メモリビューアー...</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1675"/>
        <source>Search memory...</source>
        <translation>メモリ検索...</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1676"/>
        <source>View &amp;I/O registers...</source>
        <translation>IOビューアー... (&amp;I)</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1684"/>
        <source>Record debug video log...</source>
        <translation>デバッグビデオログ...</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1685"/>
        <source>Stop debug video log</source>
        <translation>デバッグビデオログを停止</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1689"/>
        <source>Exit fullscreen</source>
        <translation>全画面表示を終了</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1691"/>
        <source>GameShark Button (held)</source>
        <translation>GameSharkボタン(押し)</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1697"/>
        <source>Autofire</source>
        <translation>連打</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1698"/>
        <source>Autofire A</source>
        <translation>連打 A</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1703"/>
        <source>Autofire B</source>
        <translation>連打 B</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1708"/>
        <source>Autofire L</source>
        <translation>連打 L</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1713"/>
        <source>Autofire R</source>
        <translation>連打 R</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1718"/>
        <source>Autofire Start</source>
        <translation>連打 Start</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1723"/>
        <source>Autofire Select</source>
        <translation>連打 Select</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1728"/>
        <source>Autofire Up</source>
        <translation>連打 上</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1733"/>
        <source>Autofire Right</source>
        <translation>連打 右</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1738"/>
        <source>Autofire Down</source>
        <translation>連打 下</translation>
    </message>
    <message>
        <location filename="../Window.cpp" line="1743"/>
        <source>Autofire Left</source>
        <translation>連打 左</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../utils.cpp" line="19"/>
        <source>%1 byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../utils.cpp" line="22"/>
        <source>%1 kiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../utils.cpp" line="26"/>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../utils.cpp" line="35"/>
        <source>GBA</source>
        <translation>GBA</translation>
    </message>
    <message>
        <location filename="../utils.cpp" line="39"/>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <location filename="../utils.cpp" line="42"/>
        <source>?</source>
        <translation>?</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <location filename="../KeyEditor.cpp" line="40"/>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <location filename="../KeyEditor.cpp" line="43"/>
        <source>Control</source>
        <translation>Control</translation>
    </message>
    <message>
        <location filename="../KeyEditor.cpp" line="46"/>
        <source>Alt</source>
        <translation>Alt</translation>
    </message>
    <message>
        <location filename="../KeyEditor.cpp" line="49"/>
        <source>Meta</source>
        <translation>Meta</translation>
    </message>
</context>
</TS>
