<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>ActionManager</name>
    <message>
        <location filename="../src/actionmanager.cpp" line="30"/>
        <source>Window</source>
        <translation>ウィンドウ</translation>
    </message>
    <message>
        <location filename="../src/actionmanager.cpp" line="172"/>
        <source>&amp;File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../src/actionmanager.cpp" line="201"/>
        <source>&amp;Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <location filename="../src/actionmanager.cpp" line="223"/>
        <source>&amp;Go</source>
        <translation>移動</translation>
    </message>
    <message>
        <location filename="../src/actionmanager.cpp" line="252"/>
        <source>&amp;View</source>
        <translation>表示</translation>
    </message>
    <message>
        <location filename="../src/actionmanager.cpp" line="276"/>
        <source>&amp;Tools</source>
        <translation>ツール</translation>
    </message>
    <message>
        <location filename="../src/actionmanager.cpp" line="298"/>
        <source>&amp;Help</source>
        <translation>ヘルプ</translation>
    </message>
    <message>
        <location filename="../src/actionmanager.cpp" line="312"/>
        <source>Open &amp;Recent</source>
        <translation>最近使用したファイルを開く</translation>
    </message>
    <message>
        <location filename="../src/actionmanager.cpp" line="322"/>
        <location filename="../src/actionmanager.cpp" line="478"/>
        <source>Empty</source>
        <translation>空</translation>
    </message>
    <message>
        <location filename="../src/actionmanager.cpp" line="470"/>
        <source>Open With</source>
        <translation>プログラムから開く</translation>
    </message>
    <message>
        <location filename="../src/actionmanager.cpp" line="660"/>
        <source>&amp;Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../src/actionmanager.cpp" line="664"/>
        <source>Exit</source>
        <extracomment>The quit action is called &quot;Exit&quot; on windows</extracomment>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../src/actionmanager.cpp" line="667"/>
        <source>New Window</source>
        <translation>新しいウィンドウ</translation>
    </message>
    <message>
        <location filename="../src/actionmanager.cpp" line="670"/>
        <source>&amp;Open...</source>
        <translation>開く...</translation>
    </message>
    <message>
        <location filename="../src/actionmanager.cpp" line="673"/>
        <source>Open &amp;URL...</source>
        <translation>URLから開く...</translation>
    </message>
    <message>
        <location filename="../src/actionmanager.cpp" line="676"/>
        <source>Re&amp;load File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/actionmanager.cpp" line="680"/>
        <source>Close Window</source>
        <translation>ウインドウを閉じる</translation>
    </message>
    <message>
        <location filename="../src/actionmanager.cpp" line="684"/>
        <source>Close All</source>
        <extracomment>Close all windows, that is</extracomment>
        <translation>すべてのウィンドウを閉じる</translation>
    </message>
    <message>
        <location filename="../src/actionmanager.cpp" line="687"/>
        <source>Open Containing &amp;Folder</source>
        <translation>ファイルの場所を開く</translation>
    </message>
    <message>
        <location filename="../src/actionmanager.cpp" line="690"/>
        <source>Show in E&amp;xplorer</source>
        <extracomment>Open containing folder on windows</extracomment>
        <translation>エクスプローラーで表示</translation>
    </message>
    <message>
        <location filename="../src/actionmanager.cpp" line="693"/>
        <source>Show in &amp;Finder</source>
        <extracomment>Open containing folder on macOS</extracomment>
        <translation>ファインダーで表示</translation>
    </message>
    <message>
        <location filename="../src/actionmanager.cpp" line="698"/>
        <source>Show File &amp;Info</source>
        <translation>ファイル情報を表示</translation>
    </message>
    <message>
        <location filename="../src/actionmanager.cpp" line="702"/>
        <source>&amp;Move to Trash</source>
        <translation>ごみ箱に捨てる</translation>
    </message>
    <message>
        <location filename="../src/actionmanager.cpp" line="704"/>
        <source>&amp;Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../src/actionmanager.cpp" line="709"/>
        <source>Delete Permanently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/actionmanager.cpp" line="713"/>
        <source>&amp;Restore from Trash</source>
        <translation>ごみ箱から戻す</translation>
    </message>
    <message>
        <location filename="../src/actionmanager.cpp" line="715"/>
        <source>&amp;Undo Delete</source>
        <translation>削除の取り消し</translation>
    </message>
    <message>
        <location filename="../src/actionmanager.cpp" line="720"/>
        <source>&amp;Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../src/actionmanager.cpp" line="724"/>
        <source>&amp;Paste</source>
        <translation>貼り付け</translation>
    </message>
    <message>
        <location filename="../src/actionmanager.cpp" line="727"/>
        <source>R&amp;ename...</source>
        <translation>名前の変更...</translation>
    </message>
    <message>
        <location filename="../src/actionmanager.cpp" line="731"/>
        <source>Zoom &amp;In</source>
        <translation>ズームイン</translation>
    </message>
    <message>
        <location filename="../src/actionmanager.cpp" line="735"/>
        <source>Zoom &amp;Out</source>
        <translation>ズームアウト</translation>
    </message>
    <message>
        <location filename="../src/actionmanager.cpp" line="739"/>
        <source>Reset &amp;Zoom</source>
        <translation>ズームをリセット</translation>
    </message>
    <message>
        <location filename="../src/actionmanager.cpp" line="743"/>
        <source>Ori&amp;ginal Size</source>
        <translation>元のサイズ</translation>
    </message>
    <message>
        <location filename="../src/actionmanager.cpp" line="747"/>
        <source>Rotate &amp;Right</source>
        <translation>右に回転</translation>
    </message>
    <message>
        <location filename="../src/actionmanager.cpp" line="751"/>
        <source>Rotate &amp;Left</source>
        <translation>左に回転</translation>
    </message>
    <message>
        <location filename="../src/actionmanager.cpp" line="755"/>
        <source>&amp;Mirror</source>
        <translation>左右反転</translation>
    </message>
    <message>
        <location filename="../src/actionmanager.cpp" line="759"/>
        <source>&amp;Flip</source>
        <translation>上下反転</translation>
    </message>
    <message>
        <location filename="../src/actionmanager.cpp" line="763"/>
        <source>Enter F&amp;ull Screen</source>
        <translation>フルスクリーンで表示</translation>
    </message>
    <message>
        <location filename="../src/actionmanager.cpp" line="767"/>
        <source>&amp;First File</source>
        <translation>&amp;最初のファイル</translation>
    </message>
    <message>
        <location filename="../src/actionmanager.cpp" line="771"/>
        <source>Previous Fi&amp;le</source>
        <translation>前のファイルを表示</translation>
    </message>
    <message>
        <location filename="../src/actionmanager.cpp" line="775"/>
        <source>&amp;Next File</source>
        <translation>次のファイルを表示</translation>
    </message>
    <message>
        <location filename="../src/actionmanager.cpp" line="779"/>
        <source>Las&amp;t File</source>
        <translation>最後のファイルを表示</translation>
    </message>
    <message>
        <location filename="../src/actionmanager.cpp" line="783"/>
        <source>Save Frame &amp;As...</source>
        <translation>フレームを保存...</translation>
    </message>
    <message>
        <location filename="../src/actionmanager.cpp" line="787"/>
        <source>Pa&amp;use</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <location filename="../src/actionmanager.cpp" line="791"/>
        <source>&amp;Next Frame</source>
        <translation>&amp;次のフレーム</translation>
    </message>
    <message>
        <location filename="../src/actionmanager.cpp" line="795"/>
        <source>&amp;Decrease Speed</source>
        <translation>速度低下</translation>
    </message>
    <message>
        <location filename="../src/actionmanager.cpp" line="799"/>
        <source>&amp;Reset Speed</source>
        <translation>&amp;速度をリセット</translation>
    </message>
    <message>
        <location filename="../src/actionmanager.cpp" line="803"/>
        <source>&amp;Increase Speed</source>
        <translation>速度を上げる</translation>
    </message>
    <message>
        <location filename="../src/actionmanager.cpp" line="807"/>
        <source>Start S&amp;lideshow</source>
        <translation>スライドショー開始</translation>
    </message>
    <message>
        <location filename="../src/actionmanager.cpp" line="812"/>
        <source>&amp;Settings</source>
        <extracomment>This is for the options dialog on windows</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option&amp;s</source>
        <extracomment>This is for the options dialog on windows</extracomment>
        <translation type="vanished">オプション</translation>
    </message>
    <message>
        <source>Preference&amp;s</source>
        <extracomment>This is for the options dialog on non-mac unix platforms</extracomment>
        <translation type="vanished">環境設定</translation>
    </message>
    <message>
        <location filename="../src/actionmanager.cpp" line="816"/>
        <source>Preference&amp;s...</source>
        <extracomment>This is for the options dialog on older mac versions</extracomment>
        <translation>環境設定...</translation>
    </message>
    <message>
        <location filename="../src/actionmanager.cpp" line="818"/>
        <source>Setting&amp;s...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/actionmanager.cpp" line="823"/>
        <source>&amp;About</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location filename="../src/actionmanager.cpp" line="826"/>
        <source>&amp;About qView</source>
        <extracomment>This is for the about dialog on mac</extracomment>
        <translation>qView について</translation>
    </message>
    <message>
        <location filename="../src/actionmanager.cpp" line="830"/>
        <source>&amp;Welcome</source>
        <translation>ようこそ</translation>
    </message>
    <message>
        <location filename="../src/actionmanager.cpp" line="834"/>
        <source>Clear &amp;Menu</source>
        <extracomment>This is for clearing the recents menu</extracomment>
        <translation>履歴を消去</translation>
    </message>
    <message>
        <location filename="../src/actionmanager.cpp" line="838"/>
        <source>Other Application...</source>
        <extracomment>Open with other program for unix non-mac</extracomment>
        <translation>他のアプリケーション...</translation>
    </message>
    <message>
        <location filename="../src/actionmanager.cpp" line="841"/>
        <source>Choose another app</source>
        <extracomment>Open with other program for windows</extracomment>
        <translation>他のアプリケーションで開く</translation>
    </message>
    <message>
        <location filename="../src/actionmanager.cpp" line="844"/>
        <source>Other...</source>
        <extracomment>Open with other program for macos</extracomment>
        <translation>その他...</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/mainwindow.cpp" line="242"/>
        <source>Exit F&amp;ull Screen</source>
        <translation>フルスクリーンの解除</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="247"/>
        <source>Enter F&amp;ull Screen</source>
        <translation>フルスクリーンで表示</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation type="vanished">空</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="658"/>
        <location filename="../src/mainwindow.cpp" line="685"/>
        <location filename="../src/mainwindow.cpp" line="708"/>
        <location filename="../src/mainwindow.cpp" line="785"/>
        <location filename="../src/mainwindow.cpp" line="865"/>
        <location filename="../src/mainwindow.cpp" line="922"/>
        <location filename="../src/mainwindow.cpp" line="930"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="658"/>
        <source>Error: URL is invalid</source>
        <translation>エラー: URLが無効です</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="664"/>
        <source>Downloading image...</source>
        <translation>画像をダウンロードしています...</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="664"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="668"/>
        <location filename="../src/mainwindow.cpp" line="724"/>
        <source>Open URL...</source>
        <translation>URLから開く...</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="685"/>
        <source>Error </source>
        <translation>エラー </translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="708"/>
        <source>Error: Invalid image</source>
        <translation>エラー: 不正な画像ファイル</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="725"/>
        <source>URL of a supported image file:</source>
        <translation>対応する画像ファイルのURL:</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="785"/>
        <source>Can&apos;t delete %1:
No write permission or file is read-only.</source>
        <translation>%1 を削除できません。
ファイルを変更する権限がないか、ファイルが読み取り専用です。</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="792"/>
        <source>Are you sure you want to delete %1 permanently? This can&apos;t be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="799"/>
        <source>Are you sure you want to move %1 to the Trash?</source>
        <translation>%1 をゴミ箱に移してよろしいですか？</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="797"/>
        <source>Are you sure you want to move %1 to the Recycle Bin?</source>
        <translation>本当に %1 をごみ箱に移動しますか？</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="803"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="806"/>
        <source>Do not ask again</source>
        <translation>次回から表示しない</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="865"/>
        <source>Can&apos;t delete %1.</source>
        <translation>%1 を削除できません。</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="855"/>
        <location filename="../src/mainwindow.cpp" line="935"/>
        <source>Not Supported</source>
        <translation>非対応</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="310"/>
        <source>Error occurred opening
%3
%2 (Error %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="855"/>
        <location filename="../src/mainwindow.cpp" line="935"/>
        <source>This program was compiled with an old version of Qt and this feature is not available.
If you see this message, please report a bug!</source>
        <translation>このプログラムは古いバージョンのQtでコンパイルされており、この機能は使用できません。
このメッセージが表示された場合は、バグを報告してください!</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="922"/>
        <source>Can&apos;t undo deletion of %1:
No write permission or file is read-only.</source>
        <translation>%1 の削除を元に戻せません。
書き込み権限がない、またはファイルが読み取り専用になっています。</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="930"/>
        <source>Failed undoing deletion of %1.</source>
        <translation>%1 の削除の取り消しに失敗しました。</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="1068"/>
        <source>Save Frame As...</source>
        <translation>フレームを別名で保存...</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="1097"/>
        <source>Res&amp;ume</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="1106"/>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="1129"/>
        <source>Start S&amp;lideshow</source>
        <translation>スライドショーの開始</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="1138"/>
        <source>Stop S&amp;lideshow</source>
        <translation>スライドショーの停止</translation>
    </message>
</context>
<context>
    <name>OpenWith</name>
    <message>
        <location filename="../src/openwith.cpp" line="163"/>
        <source>All Applications (*.app)</source>
        <translation>すべてのアプリケーション (*.app)</translation>
    </message>
    <message>
        <location filename="../src/openwith.cpp" line="175"/>
        <source>Programs (*.exe *.pif *.com *.bat *.cmd)</source>
        <translation>プログラム (*.exe *.pif *.com *.bat *.cmd)</translation>
    </message>
    <message>
        <location filename="../src/openwith.cpp" line="175"/>
        <source>All Files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../src/main.cpp" line="18"/>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../src/main.cpp" line="18"/>
        <source>The file to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QVAboutDialog</name>
    <message>
        <location filename="../src/qvaboutdialog.ui" line="20"/>
        <source>About qView</source>
        <translation>qViewについて</translation>
    </message>
    <message>
        <location filename="../src/qvaboutdialog.cpp" line="44"/>
        <source>version %1</source>
        <translation>バージョン %1</translation>
    </message>
    <message>
        <location filename="../src/qvaboutdialog.cpp" line="47"/>
        <source>Nightly %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/qvaboutdialog.cpp" line="62"/>
        <source>Built with Qt %1 (%2)&lt;br&gt;Source code available under GPLv3 on &lt;a style=&quot;color: #03A9F4; text-decoration:none;&quot; href=&quot;https://github.com/jurplel/qView&quot;&gt;GitHub&lt;/a&gt;&lt;br&gt;Icon glyph created by Guilhem from the Noun Project&lt;br&gt;Copyright © %3 jurplel and qView contributors</source>
        <translation>Qtによって構築 %1 (%2)&lt;br&gt;ソースコードは&lt;a style=&quot;color: #03A9F4; text-decoration:none;&quot; href=&quot;https://github.com/jurplel/qView&quot;&gt;GitHub&lt;/a&gt; にてGPLv3で利用可能です&lt;br&gt;アイコンはNoun Project の Guilhem によって作成されました&lt;br&gt;Copyright © %3 jurplel and qView contributors</translation>
    </message>
    <message>
        <location filename="../src/qvaboutdialog.cpp" line="93"/>
        <source>Checking for updates...</source>
        <translation>アップデートを確認中...</translation>
    </message>
    <message>
        <location filename="../src/qvaboutdialog.cpp" line="97"/>
        <source>%1 update available</source>
        <extracomment>%1 is a version number e.g. &quot;4.0 update available&quot;</extracomment>
        <translation>%1 にアップデート可能</translation>
    </message>
    <message>
        <location filename="../src/qvaboutdialog.cpp" line="101"/>
        <source>No updates available</source>
        <translation>利用可能なアップデートはありません</translation>
    </message>
    <message>
        <location filename="../src/qvaboutdialog.cpp" line="105"/>
        <source>Error checking for updates</source>
        <translation>アップデート時のエラーチェック</translation>
    </message>
</context>
<context>
    <name>QVApplication</name>
    <message>
        <location filename="../src/qvapplication.cpp" line="349"/>
        <source>Supported Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/qvapplication.cpp" line="404"/>
        <source>All Files</source>
        <translation>すべてのファイル</translation>
    </message>
    <message>
        <location filename="../src/qvapplication.cpp" line="115"/>
        <source>Open...</source>
        <translation>ファイルを開く...</translation>
    </message>
</context>
<context>
    <name>QVCocoaFunctions</name>
    <message>
        <location filename="../src/qvcocoafunctions.mm" line="217"/>
        <source> (default)</source>
        <translation> (デフォルト)</translation>
    </message>
</context>
<context>
    <name>QVGraphicsView</name>
    <message>
        <source>Error</source>
        <translation type="vanished">エラー</translation>
    </message>
    <message>
        <source>Error occurred opening &quot;%3&quot;:
%2 (Error %1)</source>
        <translation type="vanished">ファイルが開けません &quot;%3&quot;:
%2 (Error %1)</translation>
    </message>
</context>
<context>
    <name>QVInfoDialog</name>
    <message>
        <location filename="../src/qvinfodialog.ui" line="20"/>
        <source>File Info</source>
        <translation>ファイル情報</translation>
    </message>
    <message>
        <location filename="../src/qvinfodialog.ui" line="26"/>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <location filename="../src/qvinfodialog.ui" line="36"/>
        <location filename="../src/qvinfodialog.ui" line="65"/>
        <location filename="../src/qvinfodialog.ui" line="85"/>
        <location filename="../src/qvinfodialog.ui" line="114"/>
        <location filename="../src/qvinfodialog.ui" line="143"/>
        <location filename="../src/qvinfodialog.ui" line="163"/>
        <location filename="../src/qvinfodialog.ui" line="183"/>
        <location filename="../src/qvinfodialog.ui" line="203"/>
        <source>error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../src/qvinfodialog.ui" line="52"/>
        <source>Type:</source>
        <translation>種類:</translation>
    </message>
    <message>
        <location filename="../src/qvinfodialog.ui" line="75"/>
        <source>Location:</source>
        <translation>場所:</translation>
    </message>
    <message>
        <location filename="../src/qvinfodialog.ui" line="101"/>
        <source>Size:</source>
        <translation>サイズ:</translation>
    </message>
    <message>
        <location filename="../src/qvinfodialog.ui" line="130"/>
        <source>Modified:</source>
        <translation>変更:</translation>
    </message>
    <message>
        <location filename="../src/qvinfodialog.ui" line="153"/>
        <source>Dimensions:</source>
        <translation>寸法:</translation>
    </message>
    <message>
        <location filename="../src/qvinfodialog.ui" line="173"/>
        <source>Aspect Ratio:</source>
        <translation>アスペクト比:</translation>
    </message>
    <message>
        <location filename="../src/qvinfodialog.ui" line="193"/>
        <source>Frames:</source>
        <translation>フレーム:</translation>
    </message>
    <message>
        <location filename="../src/qvinfodialog.ui" line="213"/>
        <source>Refresh</source>
        <translation>リフレッシュ</translation>
    </message>
    <message>
        <location filename="../src/qvinfodialog.cpp" line="62"/>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 バイト)</translation>
    </message>
    <message>
        <location filename="../src/qvinfodialog.cpp" line="64"/>
        <source>%1 x %2 (%3 MP)</source>
        <translation>%1 x %2 (%3 MP)</translation>
    </message>
</context>
<context>
    <name>QVOpenWithDialog</name>
    <message>
        <location filename="../src/qvopenwithdialog.ui" line="14"/>
        <source>Choose Application</source>
        <translation>アプリケーションを選択</translation>
    </message>
    <message>
        <location filename="../src/openwith.h" line="67"/>
        <source>Development</source>
        <translation>開発</translation>
    </message>
    <message>
        <location filename="../src/openwith.h" line="68"/>
        <source>Education</source>
        <translation>教育</translation>
    </message>
    <message>
        <location filename="../src/openwith.h" line="69"/>
        <source>Games</source>
        <translation>ゲーム</translation>
    </message>
    <message>
        <location filename="../src/openwith.h" line="70"/>
        <source>Graphics</source>
        <translation>グラフィック</translation>
    </message>
    <message>
        <location filename="../src/openwith.h" line="71"/>
        <source>Internet</source>
        <translation>インターネット</translation>
    </message>
    <message>
        <location filename="../src/openwith.h" line="72"/>
        <source>Multimedia</source>
        <translation>マルチメディア</translation>
    </message>
    <message>
        <location filename="../src/openwith.h" line="73"/>
        <source>Office</source>
        <translation>オフィス</translation>
    </message>
    <message>
        <location filename="../src/openwith.h" line="74"/>
        <source>Science</source>
        <translation>サイエンス</translation>
    </message>
    <message>
        <location filename="../src/openwith.h" line="75"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../src/openwith.h" line="76"/>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <location filename="../src/openwith.h" line="77"/>
        <source>Utilities</source>
        <translation>ユーティリティ</translation>
    </message>
    <message>
        <location filename="../src/openwith.h" line="78"/>
        <source>Other</source>
        <translation>その他</translation>
    </message>
</context>
<context>
    <name>QVOptionsDialog</name>
    <message>
        <source>Options</source>
        <translation type="vanished">オプション</translation>
    </message>
    <message>
        <location filename="../src/qvoptionsdialog.ui" line="33"/>
        <source>Window</source>
        <translation>ウィンドウ</translation>
    </message>
    <message>
        <location filename="../src/qvoptionsdialog.ui" line="39"/>
        <source>Back&amp;ground color:</source>
        <translation>背景色:</translation>
    </message>
    <message>
        <location filename="../src/qvoptionsdialog.ui" line="56"/>
        <source>Changes the amount of information displayed in the titlebar</source>
        <translation>タイトルバーに表示されるテキストの量を調整します</translation>
    </message>
    <message>
        <location filename="../src/qvoptionsdialog.ui" line="59"/>
        <source>Titlebar text:</source>
        <translation>タイトルバーのテキスト:</translation>
    </message>
    <message>
        <location filename="../src/qvoptionsdialog.ui" line="66"/>
        <source>&amp;Basic</source>
        <translation>通常</translation>
    </message>
    <message>
        <location filename="../src/qvoptionsdialog.ui" line="73"/>
        <source>&amp;Minimal</source>
        <translation>最小</translation>
    </message>
    <message>
        <location filename="../src/qvoptionsdialog.ui" line="83"/>
        <source>&amp;Practical</source>
        <translation>拡張</translation>
    </message>
    <message>
        <location filename="../src/qvoptionsdialog.ui" line="90"/>
        <source>&amp;Verbose</source>
        <translation>最大</translation>
    </message>
    <message>
        <location filename="../src/qvoptionsdialog.ui" line="110"/>
        <location filename="../src/qvoptionsdialog.ui" line="120"/>
        <source>Control when the window should resize to fit the image&apos;s actual size</source>
        <translation>画像の実際のサイズに合わせてウィンドウのサイズをいつ変更するかを制御する</translation>
    </message>
    <message>
        <location filename="../src/qvoptionsdialog.ui" line="113"/>
        <source>Window matches image size:</source>
        <translation>ウィンドウを画像サイズと合わせる:</translation>
    </message>
    <message>
        <location filename="../src/qvoptionsdialog.ui" line="127"/>
        <source>Never</source>
        <translation>無効</translation>
    </message>
    <message>
        <location filename="../src/qvoptionsdialog.ui" line="132"/>
        <source>When launching</source>
        <translation>起動時</translation>
    </message>
    <message>
        <location filename="../src/qvoptionsdialog.ui" line="137"/>
        <source>When opening images</source>
        <translation>画像を開いた時</translation>
    </message>
    <message>
        <location filename="../src/qvoptionsdialog.ui" line="145"/>
        <source>Minimum size:</source>
        <translation>最小サイズ:</translation>
    </message>
    <message>
        <location filename="../src/qvoptionsdialog.ui" line="152"/>
        <source>Control the minimum size that the window should reach when matching the image&apos;s actual size</source>
        <translation>画像の実際のサイズに合わせる際に、ウィンドウが到達すべき最小サイズを制御する</translation>
    </message>
    <message>
        <location filename="../src/qvoptionsdialog.ui" line="155"/>
        <location filename="../src/qvoptionsdialog.ui" line="187"/>
        <source>% of screen size</source>
        <translation>% のスクリーンサイズ</translation>
    </message>
    <message>
        <location filename="../src/qvoptionsdialog.ui" line="174"/>
        <location filename="../src/qvoptionsdialog.ui" line="184"/>
        <source>Control the maximum size that the window should reach when matching the image&apos;s actual size</source>
        <translation>画像の実寸に合わせたときにウィンドウの最大サイズを制御する</translation>
    </message>
    <message>
        <location filename="../src/qvoptionsdialog.ui" line="177"/>
        <source>Maximum size:</source>
        <translation>最大サイズ:</translation>
    </message>
    <message>
        <location filename="../src/qvoptionsdialog.ui" line="219"/>
        <source>Choose whether or not the titlebar should always be dark regardless of your chosen macOS appearance</source>
        <translation>選択したmacOSの外観にかかわらず、タイトルバーを常に暗くするかどうかを選択する</translation>
    </message>
    <message>
        <location filename="../src/qvoptionsdialog.ui" line="222"/>
        <source>&amp;Titlebar always dark</source>
        <translation>常に暗いタイトルバー</translation>
    </message>
    <message>
        <location filename="../src/qvoptionsdialog.ui" line="232"/>
        <source>Show menubar</source>
        <translation>メニューバーを表示する</translation>
    </message>
    <message>
        <location filename="../src/qvoptionsdialog.ui" line="239"/>
        <source>Choose whether or not to display the titlebar text while in fullscreen</source>
        <translation>フルスクリーン時にタイトルバーのテキストを表示するかどうかを選択する</translation>
    </message>
    <message>
        <location filename="../src/qvoptionsdialog.ui" line="242"/>
        <source>Show titlebar text in fullscreen</source>
        <translation>全画面モードでもタイトルバーのテキストを表示する</translation>
    </message>
    <message>
        <location filename="../src/qvoptionsdialog.ui" line="249"/>
        <source>&amp;Quit on last window closed</source>
        <translation>最後にウィンドウを閉じたときに終了する</translation>
    </message>
    <message>
        <location filename="../src/qvoptionsdialog.ui" line="257"/>
        <source>Image</source>
        <translation>画像</translation>
    </message>
    <message>
        <location filename="../src/qvoptionsdialog.ui" line="263"/>
        <source>Scaling:</source>
        <translation>拡大と縮小:</translation>
    </message>
    <message>
        <location filename="../src/qvoptionsdialog.ui" line="270"/>
        <source>Turn this off to see individual pixels</source>
        <translation>個々のピクセルを表示するにはこれをオフにします</translation>
    </message>
    <message>
        <location filename="../src/qvoptionsdialog.ui" line="273"/>
        <source>&amp;Bilinear filtering</source>
        <translation>バイリニア フィルタリング</translation>
    </message>
    <message>
        <location filename="../src/qvoptionsdialog.ui" line="283"/>
        <source>Images appear aliased (having jagged edges) without this, but it is faster</source>
        <translation>画像の角を滑らかにします。オフにすると見た目が粗くなりますが、高速化します</translation>
    </message>
    <message>
        <location filename="../src/qvoptionsdialog.ui" line="286"/>
        <source>&amp;Image scaling</source>
        <translation>画像スケーリング</translation>
    </message>
    <message>
        <location filename="../src/qvoptionsdialog.ui" line="296"/>
        <source>Choose whether or not the image continues to be scaled when zooming above the window size (can be laggier with large images)</source>
        <translation>ウィンドウサイズ以上にズームしたときに、画像を拡大縮小し続けるかどうかを選択する（大きな画像ではラグが発生する可能性があります）</translation>
    </message>
    <message>
        <location filename="../src/qvoptionsdialog.ui" line="299"/>
        <source>&amp;Scaling above window size</source>
        <translation>&amp;ウィンドウサイズ以上に拡大する</translation>
    </message>
    <message>
        <location filename="../src/qvoptionsdialog.ui" line="309"/>
        <location filename="../src/qvoptionsdialog.ui" line="319"/>
        <source>The amount to zoom every scroll wheel click</source>
        <translation>ズームする量を設定します</translation>
    </message>
    <message>
        <location filename="../src/qvoptionsdialog.ui" line="312"/>
        <source>Zoom amount:</source>
        <translation type="unfinished">拡大量</translation>
    </message>
    <message>
        <location filename="../src/qvoptionsdialog.ui" line="341"/>
        <source>Choose whether scrolling zooms or moves the image (alternative can be accessed at any time by holding ctrl/cmd)</source>
        <translation>スクロールで画像を拡大するか移動するかを選択する（ctrl/cmdを押しながら切り替えることができます）</translation>
    </message>
    <message>
        <location filename="../src/qvoptionsdialog.ui" line="344"/>
        <source>Scrolling &amp;zooms</source>
        <translation>マウススクロールでズーム</translation>
    </message>
    <message>
        <location filename="../src/qvoptionsdialog.ui" line="367"/>
        <source>Stop the image from going past its actual size when resizing the window - you can still zoom past it though</source>
        <translation>ウィンドウのサイズを変更したときに、画像が実際のサイズを超えないようにします。 - 引き続きズームは可能です</translation>
    </message>
    <message>
        <location filename="../src/qvoptionsdialog.ui" line="370"/>
        <source>Image resizes &amp;past actual size</source>
        <translation>画像は実際のサイズを超えてリサイズ</translation>
    </message>
    <message>
        <location filename="../src/qvoptionsdialog.ui" line="386"/>
        <location filename="../src/qvoptionsdialog.ui" line="408"/>
        <source>Ignores select sides of an image when fitting to window (some sides will extend beyond the window boundaries)</source>
        <translation>ウィンドウにフィットさせる際、画像の選択された辺を無視します。</translation>
    </message>
    <message>
        <location filename="../src/qvoptionsdialog.ui" line="390"/>
        <source>Fit whole image</source>
        <translation>画像全体に合わせる</translation>
    </message>
    <message>
        <location filename="../src/qvoptionsdialog.ui" line="395"/>
        <source>Fit height</source>
        <translation>縦幅に合わせる</translation>
    </message>
    <message>
        <location filename="../src/qvoptionsdialog.ui" line="400"/>
        <source>Fit width</source>
        <translation>横幅に合わせる</translation>
    </message>
    <message>
        <location filename="../src/qvoptionsdialog.ui" line="411"/>
        <source>On window resize:</source>
        <translation>ウインドウサイズの変更時:</translation>
    </message>
    <message>
        <location filename="../src/qvoptionsdialog.ui" line="431"/>
        <source>Choose whether or not zooming in and out above 100% zoom will zoom towards the cursor</source>
        <translation>拡大率が100%でない時に拡大または縮小した際、カーソルに向かって拡大します</translation>
    </message>
    <message>
        <location filename="../src/qvoptionsdialog.ui" line="434"/>
        <source>Zoom &amp;towards cursor</source>
        <translation>カーソルに向けて拡大</translation>
    </message>
    <message>
        <location filename="../src/qvoptionsdialog.ui" line="457"/>
        <source>Color space conversion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/qvoptionsdialog.ui" line="476"/>
        <source>Auto-detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/qvoptionsdialog.ui" line="481"/>
        <source>sRGB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/qvoptionsdialog.ui" line="486"/>
        <source>Display P3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/qvoptionsdialog.ui" line="495"/>
        <source>Miscellaneous</source>
        <translation>その他</translation>
    </message>
    <message>
        <location filename="../src/qvoptionsdialog.ui" line="511"/>
        <source>Sort files by:</source>
        <translation>並び順:</translation>
    </message>
    <message>
        <location filename="../src/qvoptionsdialog.ui" line="519"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Last Modified</source>
        <translation type="vanished">最終更新日時</translation>
    </message>
    <message>
        <location filename="../src/qvoptionsdialog.ui" line="534"/>
        <source>Size</source>
        <translation>ファイルサイズ</translation>
    </message>
    <message>
        <location filename="../src/qvoptionsdialog.ui" line="539"/>
        <source>Type</source>
        <translation>ファイルの種類</translation>
    </message>
    <message>
        <location filename="../src/qvoptionsdialog.ui" line="544"/>
        <source>Random</source>
        <translation>ランダム</translation>
    </message>
    <message>
        <location filename="../src/qvoptionsdialog.ui" line="552"/>
        <source>A&amp;scending</source>
        <translation>昇順</translation>
    </message>
    <message>
        <location filename="../src/qvoptionsdialog.ui" line="562"/>
        <source>D&amp;escending</source>
        <translation>降順</translation>
    </message>
    <message>
        <location filename="../src/qvoptionsdialog.ui" line="582"/>
        <location filename="../src/qvoptionsdialog.ui" line="592"/>
        <source>Controls the amount of images preloaded</source>
        <translation>プリロードされる画像の量を制御します</translation>
    </message>
    <message>
        <location filename="../src/qvoptionsdialog.ui" line="585"/>
        <source>Preloading:</source>
        <translation>画像プリロード:</translation>
    </message>
    <message>
        <location filename="../src/qvoptionsdialog.ui" line="471"/>
        <location filename="../src/qvoptionsdialog.ui" line="599"/>
        <source>Disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <location filename="../src/qvoptionsdialog.ui" line="17"/>
        <source>Settings</source>
        <translation type="unfinished">設定</translation>
    </message>
    <message>
        <location filename="../src/qvoptionsdialog.ui" line="524"/>
        <source>Date Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/qvoptionsdialog.ui" line="529"/>
        <source>Date Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/qvoptionsdialog.ui" line="604"/>
        <source>Adjacent</source>
        <translation>隣接</translation>
    </message>
    <message>
        <location filename="../src/qvoptionsdialog.ui" line="609"/>
        <source>Extended</source>
        <translation>拡張</translation>
    </message>
    <message>
        <location filename="../src/qvoptionsdialog.ui" line="617"/>
        <source>Controls whether or not qView should go back to the first item after reaching the end of a folder</source>
        <translation>フォルダーの最後に到達した後に qView が最初の項目に戻るかどうかを制御します</translation>
    </message>
    <message>
        <location filename="../src/qvoptionsdialog.ui" line="620"/>
        <source>&amp;Loop through folders</source>
        <translation>フォルダー内をループ</translation>
    </message>
    <message>
        <location filename="../src/qvoptionsdialog.ui" line="643"/>
        <source>Slideshow direction:</source>
        <translation type="unfinished">スライドショーの方向</translation>
    </message>
    <message>
        <location filename="../src/qvoptionsdialog.ui" line="651"/>
        <source>Forward</source>
        <translation>前</translation>
    </message>
    <message>
        <location filename="../src/qvoptionsdialog.ui" line="656"/>
        <source>Backward</source>
        <translation>後ろ</translation>
    </message>
    <message>
        <location filename="../src/qvoptionsdialog.ui" line="664"/>
        <source>Slideshow timer:</source>
        <translation type="unfinished">スライドショーを進める時間</translation>
    </message>
    <message>
        <location filename="../src/qvoptionsdialog.ui" line="671"/>
        <source> sec</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../src/qvoptionsdialog.ui" line="703"/>
        <source>Detect supported files in folder even if extension isn&apos;t recognized (may be slow with larger/network folders)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/qvoptionsdialog.ui" line="706"/>
        <source>Allow &amp;MIME content detection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/qvoptionsdialog.ui" line="713"/>
        <source>Save &amp;recent files</source>
        <translation>最近使用したファイルを記憶</translation>
    </message>
    <message>
        <location filename="../src/qvoptionsdialog.ui" line="720"/>
        <source>&amp;Update notifications on startup</source>
        <extracomment>The notifications are for new qView releases</extracomment>
        <translation>アップデート時に通知を表示</translation>
    </message>
    <message>
        <location filename="../src/qvoptionsdialog.ui" line="501"/>
        <source>Language:</source>
        <translation>言語:</translation>
    </message>
    <message>
        <location filename="../src/qvoptionsdialog.ui" line="727"/>
        <source>Skip hidden files when browsing to the next/previous file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/qvoptionsdialog.ui" line="730"/>
        <source>Skip hidden files</source>
        <extracomment>Don&apos;t view files with &apos;hidden&apos; attribute</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/qvoptionsdialog.ui" line="741"/>
        <source>Move Back</source>
        <translation>前に戻る</translation>
    </message>
    <message>
        <location filename="../src/qvoptionsdialog.ui" line="746"/>
        <source>Do Nothing</source>
        <translation>何もしない</translation>
    </message>
    <message>
        <location filename="../src/qvoptionsdialog.ui" line="751"/>
        <source>Move Forward</source>
        <translation>次に移動</translation>
    </message>
    <message>
        <location filename="../src/qvoptionsdialog.ui" line="759"/>
        <source>After deletion:</source>
        <translation>削除後の挙動:</translation>
    </message>
    <message>
        <location filename="../src/qvoptionsdialog.ui" line="766"/>
        <source>&amp;Ask before deleting files</source>
        <translation>ファイルを削除する前に確認</translation>
    </message>
    <message>
        <location filename="../src/qvoptionsdialog.ui" line="787"/>
        <location filename="../src/qvoptionsdialog.ui" line="835"/>
        <source>Shortcuts</source>
        <translation>ショートカット</translation>
    </message>
    <message>
        <location filename="../src/qvoptionsdialog.ui" line="830"/>
        <source>Action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <location filename="../src/qvoptionsdialog.cpp" line="459"/>
        <source>System Language</source>
        <translation>システム言語</translation>
    </message>
    <message>
        <location filename="../src/qvoptionsdialog.cpp" line="483"/>
        <source>Restart Required</source>
        <translation>再起動が必要</translation>
    </message>
    <message>
        <location filename="../src/qvoptionsdialog.cpp" line="483"/>
        <source>You must restart qView to change the language.</source>
        <translation>言語を変更するには、qViewを再起動する必要があります</translation>
    </message>
</context>
<context>
    <name>QVRenameDialog</name>
    <message>
        <location filename="../src/qvrenamedialog.cpp" line="14"/>
        <source>Rename...</source>
        <translation>名前を変更...</translation>
    </message>
    <message>
        <location filename="../src/qvrenamedialog.cpp" line="15"/>
        <source>File name:</source>
        <translation type="unfinished">ファイル名</translation>
    </message>
    <message>
        <location filename="../src/qvrenamedialog.cpp" line="26"/>
        <location filename="../src/qvrenamedialog.cpp" line="45"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../src/qvrenamedialog.cpp" line="26"/>
        <source>Could not rename %1:
No write permission or file is read-only.</source>
        <translation>名前を変更できません %1:
書き込み権限がないか、ファイルが読み取り専用です。</translation>
    </message>
    <message>
        <location filename="../src/qvrenamedialog.cpp" line="45"/>
        <source>Could not rename %1:
(Check that all characters are valid)</source>
        <translation>名前を変更できません %1:
(すべての文字が有効であることを確認してください)</translation>
    </message>
</context>
<context>
    <name>QVShortcutDialog</name>
    <message>
        <location filename="../src/qvshortcutdialog.ui" line="14"/>
        <source>Modify Shortcuts</source>
        <translation>ショートカットを変更</translation>
    </message>
    <message>
        <location filename="../src/qvshortcutdialog.cpp" line="57"/>
        <source>Shortcut Already Used</source>
        <translation>ショートカットはすでに使用されています</translation>
    </message>
    <message>
        <location filename="../src/qvshortcutdialog.cpp" line="57"/>
        <source>&quot;%1&quot; is already bound to &quot;%2&quot;</source>
        <translation>&quot;%1&quot; は既に &quot;%2&quot; にバインドされています</translation>
    </message>
</context>
<context>
    <name>QVWelcomeDialog</name>
    <message>
        <location filename="../src/qvwelcomedialog.ui" line="14"/>
        <location filename="../src/qvwelcomedialog.ui" line="155"/>
        <source>Welcome</source>
        <translation>ようこそ</translation>
    </message>
    <message>
        <location filename="../src/qvwelcomedialog.ui" line="472"/>
        <source>&amp;Enable update notifications on startup</source>
        <translation>起動時に更新通知を有効にする</translation>
    </message>
    <message>
        <location filename="../src/qvwelcomedialog.cpp" line="42"/>
        <source>Thank you for downloading qView.&lt;br&gt;Here&apos;s a few tips to get you started:</source>
        <translation>qViewをダウンロードしていただきありがとうございます。&lt;br&gt;始めるためのヒントをいくつか紹介します:</translation>
    </message>
    <message>
        <location filename="../src/qvwelcomedialog.cpp" line="49"/>
        <source>&lt;ul&gt;&lt;li&gt;Right click to access the main menu&lt;/li&gt;&lt;li&gt;Drag the image to reposition it&lt;/li&gt;&lt;li&gt;Scroll to zoom in and out&lt;/li&gt;&lt;li&gt;Use arrow keys to switch files&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;ul&gt;&lt;li&gt;右クリックしてメインメニューにアクセスします&lt;/li&gt;&lt;li&gt;画像をドラッグして位置を変更します&lt;/li&gt;&lt;li&gt;スクロールで画像を拡大・縮小します&lt;/li&gt;&lt;li&gt;矢印キーを使用してファイルを切り替えます&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>ShortcutManager</name>
    <message>
        <location filename="../src/shortcutmanager.cpp" line="45"/>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <location filename="../src/shortcutmanager.cpp" line="46"/>
        <source>Open URL</source>
        <translation>URLから開く</translation>
    </message>
    <message>
        <location filename="../src/shortcutmanager.cpp" line="47"/>
        <source>Reload File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/shortcutmanager.cpp" line="48"/>
        <source>Open Containing Folder</source>
        <translation>格納フォルダを開く</translation>
    </message>
    <message>
        <location filename="../src/shortcutmanager.cpp" line="51"/>
        <source>Show in Explorer</source>
        <translation>エクスプローラーで開く</translation>
    </message>
    <message>
        <location filename="../src/shortcutmanager.cpp" line="53"/>
        <source>Show in Finder</source>
        <translation>Finderで開く</translation>
    </message>
    <message>
        <location filename="../src/shortcutmanager.cpp" line="55"/>
        <source>Show File Info</source>
        <translation>ファイル情報を表示</translation>
    </message>
    <message>
        <location filename="../src/shortcutmanager.cpp" line="56"/>
        <source>Restore from Trash</source>
        <translation>ゴミ箱から復元</translation>
    </message>
    <message>
        <location filename="../src/shortcutmanager.cpp" line="58"/>
        <source>Undo Delete</source>
        <translation>削除を取り消す</translation>
    </message>
    <message>
        <location filename="../src/shortcutmanager.cpp" line="60"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../src/shortcutmanager.cpp" line="61"/>
        <source>Paste</source>
        <translation>貼り付け</translation>
    </message>
    <message>
        <location filename="../src/shortcutmanager.cpp" line="62"/>
        <source>Rename</source>
        <translation>名前の変更</translation>
    </message>
    <message>
        <location filename="../src/shortcutmanager.cpp" line="69"/>
        <source>Move to Trash</source>
        <translation>ゴミ箱へ移動</translation>
    </message>
    <message>
        <location filename="../src/shortcutmanager.cpp" line="73"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../src/shortcutmanager.cpp" line="75"/>
        <source>Delete Permanently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/shortcutmanager.cpp" line="80"/>
        <source>First File</source>
        <translation>最初のファイル</translation>
    </message>
    <message>
        <location filename="../src/shortcutmanager.cpp" line="81"/>
        <source>Previous File</source>
        <translation>前のファイル</translation>
    </message>
    <message>
        <location filename="../src/shortcutmanager.cpp" line="82"/>
        <source>Next File</source>
        <translation>次のファイル</translation>
    </message>
    <message>
        <location filename="../src/shortcutmanager.cpp" line="83"/>
        <source>Last File</source>
        <translation>最後のファイル</translation>
    </message>
    <message>
        <location filename="../src/shortcutmanager.cpp" line="84"/>
        <source>Zoom In</source>
        <translation>拡大</translation>
    </message>
    <message>
        <location filename="../src/shortcutmanager.cpp" line="89"/>
        <source>Zoom Out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <location filename="../src/shortcutmanager.cpp" line="90"/>
        <source>Reset Zoom</source>
        <translation>ズームを元に戻す</translation>
    </message>
    <message>
        <location filename="../src/shortcutmanager.cpp" line="91"/>
        <source>Original Size</source>
        <translation>オリジナルのサイズ</translation>
    </message>
    <message>
        <location filename="../src/shortcutmanager.cpp" line="92"/>
        <source>Rotate Right</source>
        <translation>右に回転</translation>
    </message>
    <message>
        <location filename="../src/shortcutmanager.cpp" line="93"/>
        <source>Rotate Left</source>
        <translation>左に回転</translation>
    </message>
    <message>
        <location filename="../src/shortcutmanager.cpp" line="94"/>
        <source>Mirror</source>
        <translation>左右反転</translation>
    </message>
    <message>
        <location filename="../src/shortcutmanager.cpp" line="95"/>
        <source>Flip</source>
        <translation>上下反転</translation>
    </message>
    <message>
        <location filename="../src/shortcutmanager.cpp" line="96"/>
        <source>Full Screen</source>
        <translation>全画面表示</translation>
    </message>
    <message>
        <location filename="../src/shortcutmanager.cpp" line="108"/>
        <source>Save Frame As</source>
        <translation>フレームを保存</translation>
    </message>
    <message>
        <location filename="../src/shortcutmanager.cpp" line="109"/>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <location filename="../src/shortcutmanager.cpp" line="110"/>
        <source>Next Frame</source>
        <translation>次のフレーム</translation>
    </message>
    <message>
        <location filename="../src/shortcutmanager.cpp" line="111"/>
        <source>Decrease Speed</source>
        <translation>速度を下げる</translation>
    </message>
    <message>
        <location filename="../src/shortcutmanager.cpp" line="112"/>
        <source>Reset Speed</source>
        <translation>速度をリセット</translation>
    </message>
    <message>
        <location filename="../src/shortcutmanager.cpp" line="113"/>
        <source>Increase Speed</source>
        <translation>速度を上げる</translation>
    </message>
    <message>
        <location filename="../src/shortcutmanager.cpp" line="114"/>
        <source>Toggle Slideshow</source>
        <translation>スライドショーの切り替え</translation>
    </message>
    <message>
        <location filename="../src/shortcutmanager.cpp" line="115"/>
        <source>Settings</source>
        <translation type="unfinished">設定</translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="vanished">オプション</translation>
    </message>
    <message>
        <location filename="../src/shortcutmanager.cpp" line="117"/>
        <source>Preferences</source>
        <translation>環境設定</translation>
    </message>
    <message>
        <location filename="../src/shortcutmanager.cpp" line="121"/>
        <source>New Window</source>
        <translation>新しいウインドウ</translation>
    </message>
    <message>
        <location filename="../src/shortcutmanager.cpp" line="122"/>
        <source>Close Window</source>
        <translation>ウインドウを閉じる</translation>
    </message>
    <message>
        <location filename="../src/shortcutmanager.cpp" line="123"/>
        <source>Close All</source>
        <translation>すべて閉じる</translation>
    </message>
    <message>
        <location filename="../src/shortcutmanager.cpp" line="125"/>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../src/shortcutmanager.cpp" line="130"/>
        <source>Exit</source>
        <translation>終了</translation>
    </message>
</context>
<context>
    <name>UpdateChecker</name>
    <message>
        <location filename="../src/updatechecker.cpp" line="94"/>
        <source>Download</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <location filename="../src/updatechecker.cpp" line="97"/>
        <source>qView Update Available</source>
        <translation>qViewの更新が利用可能</translation>
    </message>
    <message>
        <location filename="../src/updatechecker.cpp" line="98"/>
        <source>qView %1 is available to download.</source>
        <translation>qView %1 をダウンロードできます。</translation>
    </message>
    <message>
        <location filename="../src/updatechecker.cpp" line="102"/>
        <source>&amp;Disable Update Checking</source>
        <translation>アップデートの確認を無効化</translation>
    </message>
    <message>
        <location filename="../src/updatechecker.cpp" line="112"/>
        <source>qView Update Checking Disabled</source>
        <translation>qViewアップデートの確認が無効です</translation>
    </message>
    <message>
        <location filename="../src/updatechecker.cpp" line="112"/>
        <source>Update notifications on startup have been disabled.
You can reenable them in the options dialog.</source>
        <translation>起動時のアップデート通知が無効になりました。
オプションで再度有効にすることができます。</translation>
    </message>
</context>
</TS>
