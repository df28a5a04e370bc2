<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AdvancedSearchDock</name>
    <message>
        <location filename="../ui/Search/advancedsearchdock.cpp" line="161"/>
        <location filename="../ui/Search/advancedsearchdock.cpp" line="651"/>
        <source>Advanced Search</source>
        <translation>高度な検索</translation>
    </message>
    <message>
        <location filename="../ui/Search/advancedsearchdock.cpp" line="166"/>
        <source>Clear Search History</source>
        <translation>検索履歴を消去</translation>
    </message>
    <message>
        <location filename="../ui/Search/advancedsearchdock.cpp" line="175"/>
        <source>Go To Previous Result (Shift+F4)</source>
        <translation>前の検索結果に移動 (Shift+F4)</translation>
    </message>
    <message>
        <location filename="../ui/Search/advancedsearchdock.cpp" line="180"/>
        <source>Go To Next Result (F4)</source>
        <translation>次の検索結果に移動 (F4)</translation>
    </message>
    <message>
        <location filename="../ui/Search/advancedsearchdock.cpp" line="184"/>
        <source>Expand/Collapse All</source>
        <translation>すべて展開/折り畳む</translation>
    </message>
    <message>
        <location filename="../ui/Search/advancedsearchdock.cpp" line="186"/>
        <source>Redo Search</source>
        <translation>検索のやり直し</translation>
    </message>
    <message>
        <location filename="../ui/Search/advancedsearchdock.cpp" line="187"/>
        <source>Copy Selected Contents To Clipboard</source>
        <translation>選択された内容をクリップボードにコピー</translation>
    </message>
    <message>
        <location filename="../ui/Search/advancedsearchdock.cpp" line="188"/>
        <source>Show Full Lines</source>
        <translation>行をすべて表示</translation>
    </message>
    <message>
        <location filename="../ui/Search/advancedsearchdock.cpp" line="190"/>
        <source>Remove This Search</source>
        <translation>この検索を削除</translation>
    </message>
    <message>
        <location filename="../ui/Search/advancedsearchdock.cpp" line="195"/>
        <source>More Options</source>
        <translation>追加のオプション</translation>
    </message>
    <message>
        <location filename="../ui/Search/advancedsearchdock.cpp" line="200"/>
        <source>Replace Options</source>
        <translation>置換オプション</translation>
    </message>
    <message>
        <location filename="../ui/Search/advancedsearchdock.cpp" line="226"/>
        <source>Dock/Undock this panel</source>
        <translation>このパネルをドッキング/ドッキング解除</translation>
    </message>
    <message>
        <location filename="../ui/Search/advancedsearchdock.cpp" line="252"/>
        <source>Replace Text</source>
        <translation>置換テキスト</translation>
    </message>
    <message>
        <location filename="../ui/Search/advancedsearchdock.cpp" line="260"/>
        <source>Replace Selected</source>
        <translation>選択されたものを置換</translation>
    </message>
    <message>
        <location filename="../ui/Search/advancedsearchdock.cpp" line="261"/>
        <source>Replace all selected search results.</source>
        <translation>すべての選択された検索結果を置換します。</translation>
    </message>
    <message>
        <location filename="../ui/Search/advancedsearchdock.cpp" line="263"/>
        <source>Use Special Characters (&apos;\n&apos;, &apos;\t&apos;, ...)</source>
        <translation>特殊文字を使用 (&apos;\n&apos;, &apos;\t&apos;, ...)</translation>
    </message>
    <message>
        <location filename="../ui/Search/advancedsearchdock.cpp" line="264"/>
        <source>Replace strings like &apos;\n&apos; with their respective special characters.</source>
        <translation>&apos;\n&apos; のような文字列をそれぞれの特殊文字に置換します。</translation>
    </message>
    <message>
        <location filename="../ui/Search/advancedsearchdock.cpp" line="300"/>
        <source>Search String</source>
        <translation>検索文字列</translation>
    </message>
    <message>
        <location filename="../ui/Search/advancedsearchdock.cpp" line="307"/>
        <source>Search in Current Document</source>
        <translation>現在のドキュメントを検索</translation>
    </message>
    <message>
        <location filename="../ui/Search/advancedsearchdock.cpp" line="308"/>
        <source>Search in All Open Documents</source>
        <translation>開いているすべてのドキュメントを検索</translation>
    </message>
    <message>
        <location filename="../ui/Search/advancedsearchdock.cpp" line="309"/>
        <source>Search in Files on File System</source>
        <translation>ファイルシステム上のファイルを検索</translation>
    </message>
    <message>
        <location filename="../ui/Search/advancedsearchdock.cpp" line="324"/>
        <source>Directory</source>
        <translation>ディレクトリ</translation>
    </message>
    <message>
        <location filename="../ui/Search/advancedsearchdock.cpp" line="333"/>
        <source>Select the directory of the active document</source>
        <translation>アクティブなドキュメントのディレクトリを選択</translation>
    </message>
    <message>
        <location filename="../ui/Search/advancedsearchdock.cpp" line="337"/>
        <source>Select search directory</source>
        <translation>検索ディレクトリを選択</translation>
    </message>
    <message>
        <location filename="../ui/Search/advancedsearchdock.cpp" line="344"/>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../ui/Search/advancedsearchdock.cpp" line="347"/>
        <source>Scope:</source>
        <translation>スコープ:</translation>
    </message>
    <message>
        <location filename="../ui/Search/advancedsearchdock.cpp" line="349"/>
        <source>Search:</source>
        <translation>検索:</translation>
    </message>
    <message>
        <location filename="../ui/Search/advancedsearchdock.cpp" line="351"/>
        <source>Pattern:</source>
        <translation>パターン:</translation>
    </message>
    <message>
        <location filename="../ui/Search/advancedsearchdock.cpp" line="353"/>
        <source>Location:</source>
        <translation>場所:</translation>
    </message>
    <message>
        <location filename="../ui/Search/advancedsearchdock.cpp" line="356"/>
        <source>Match Case</source>
        <translation>大文字/小文字を区別</translation>
    </message>
    <message>
        <location filename="../ui/Search/advancedsearchdock.cpp" line="357"/>
        <source>Match Whole Words Only</source>
        <translation>単語単位で一致</translation>
    </message>
    <message>
        <location filename="../ui/Search/advancedsearchdock.cpp" line="358"/>
        <source>Use Regular Expressions</source>
        <translation>正規表現を使用</translation>
    </message>
    <message>
        <location filename="../ui/Search/advancedsearchdock.cpp" line="359"/>
        <source>Use Special Characters (&apos;\t&apos;, &apos;\n&apos;, ...)</source>
        <translation>特殊文字を使用 (&apos;\t&apos;, &apos;\n&apos;, ...)</translation>
    </message>
    <message>
        <location filename="../ui/Search/advancedsearchdock.cpp" line="360"/>
        <source>If set, character sequences like &apos;\t&apos; will be replaced by their respective special characters.</source>
        <translation>設定した場合、&apos;\t&apos; のような文字シーケンスはそれぞれの特殊文字に置換されます。</translation>
    </message>
    <message>
        <location filename="../ui/Search/advancedsearchdock.cpp" line="361"/>
        <source>Include Subdirectories</source>
        <translation>サブディレクトリを含む</translation>
    </message>
    <message>
        <location filename="../ui/Search/advancedsearchdock.cpp" line="425"/>
        <source>&lt;h3&gt;One or more searches are still in progress&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;まだ1つ以上の検索を実行中です&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../ui/Search/advancedsearchdock.cpp" line="426"/>
        <source>All searches will be canceled and their results discarded if you continue.</source>
        <translation>続行するとすべての検索がキャンセルされ、検索結果は破棄されます。</translation>
    </message>
    <message>
        <location filename="../ui/Search/advancedsearchdock.cpp" line="440"/>
        <source>New Search</source>
        <translation>新規検索</translation>
    </message>
    <message>
        <location filename="../ui/Search/advancedsearchdock.cpp" line="742"/>
        <source>Search in progress</source>
        <translation>検索中</translation>
    </message>
    <message>
        <location filename="../ui/Search/advancedsearchdock.cpp" line="743"/>
        <source>&lt;h3&gt;This search is still in progress.&lt;/h3&gt; The search will be canceled and all results discarded if you continue.</source>
        <translation>&lt;h3&gt;この検索はまだ実行中です。&lt;/h3&gt; 続行すると検索はキャンセルされ、すべての検索結果が破棄されます。</translation>
    </message>
    <message>
        <location filename="../ui/Search/advancedsearchdock.cpp" line="854"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../ui/Search/advancedsearchdock.cpp" line="855"/>
        <source>Specified directory does not exist.</source>
        <translation>指定されたディレクトリは存在しません。</translation>
    </message>
    <message>
        <location filename="../ui/Search/advancedsearchdock.cpp" line="885"/>
        <source>Matches in %1 of %2 files replaced.</source>
        <translation>一致した%1/%2ファイルを置換しました。</translation>
    </message>
    <message>
        <location filename="../ui/Search/advancedsearchdock.cpp" line="893"/>
        <source>&lt;h3&gt;Replacing selected matches...&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;選択された一致を置換しています...&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../ui/Search/advancedsearchdock.cpp" line="894"/>
        <source>Replacing in progress</source>
        <translation>置換中</translation>
    </message>
    <message>
        <location filename="../ui/Search/advancedsearchdock.cpp" line="906"/>
        <source>Replacing was unsuccessful for %1 file(s):
</source>
        <translation>%1ファイルの置換に失敗しました:
</translation>
    </message>
    <message>
        <location filename="../ui/Search/advancedsearchdock.cpp" line="912"/>
        <source>And %1 more.</source>
        <translation>さらに%1個の置換に失敗しました。</translation>
    </message>
    <message>
        <location filename="../ui/Search/advancedsearchdock.cpp" line="915"/>
        <location filename="../ui/Search/advancedsearchdock.cpp" line="918"/>
        <source>Replacement Results</source>
        <translation>置換結果</translation>
    </message>
    <message>
        <location filename="../ui/Search/advancedsearchdock.cpp" line="919"/>
        <source>All selected matches successfully replaced.</source>
        <translation>選択されたすべての一致の置換に成功しました。</translation>
    </message>
</context>
<context>
    <name>BannerFileChanged</name>
    <message>
        <location filename="../ui/EditorNS/bannerfilechanged.cpp" line="14"/>
        <source>This file has been changed outside of Notepadqq.</source>
        <translation>Notepadqq 以外でファイルが更新されました。</translation>
    </message>
    <message>
        <location filename="../ui/EditorNS/bannerfilechanged.cpp" line="16"/>
        <source>Reload</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <location filename="../ui/EditorNS/bannerfilechanged.cpp" line="19"/>
        <source>Ignore</source>
        <translation>無視</translation>
    </message>
</context>
<context>
    <name>BannerFileRemoved</name>
    <message>
        <location filename="../ui/EditorNS/bannerfileremoved.cpp" line="14"/>
        <source>This file has been deleted from the file system.</source>
        <translation>このファイルは、ファイルシステムから削除されました。</translation>
    </message>
    <message>
        <location filename="../ui/EditorNS/bannerfileremoved.cpp" line="16"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../ui/EditorNS/bannerfileremoved.cpp" line="19"/>
        <source>Ignore</source>
        <translation>無視</translation>
    </message>
</context>
<context>
    <name>BannerIndentationDetected</name>
    <message>
        <location filename="../ui/EditorNS/bannerindentationdetected.cpp" line="19"/>
        <source>This file is indented with %1, but your current settings specify to use %2.</source>
        <translation>このファイルは%1でインデント (字下げ) されていますが、現在の設定では%2を使用するように指定されています。</translation>
    </message>
    <message>
        <location filename="../ui/EditorNS/bannerindentationdetected.cpp" line="21"/>
        <location filename="../ui/EditorNS/bannerindentationdetected.cpp" line="26"/>
        <source>spaces</source>
        <translation>スペース</translation>
    </message>
    <message>
        <location filename="../ui/EditorNS/bannerindentationdetected.cpp" line="21"/>
        <location filename="../ui/EditorNS/bannerindentationdetected.cpp" line="26"/>
        <source>tabs</source>
        <translation>タブ</translation>
    </message>
    <message>
        <location filename="../ui/EditorNS/bannerindentationdetected.cpp" line="23"/>
        <source>Use spaces</source>
        <translation>スペースを使用する</translation>
    </message>
    <message>
        <location filename="../ui/EditorNS/bannerindentationdetected.cpp" line="28"/>
        <source>Use tabs</source>
        <translation>タブを使用する</translation>
    </message>
    <message>
        <location filename="../ui/EditorNS/bannerindentationdetected.cpp" line="32"/>
        <source>This file is indented with %1 spaces, but your current settings specify to use %2 spaces.</source>
        <translation>このファイルはスペース%1文字でインデント (字下げ) されていますが、現在の設定ではスペース%2文字を使用するように指定されています。</translation>
    </message>
    <message>
        <location filename="../ui/EditorNS/bannerindentationdetected.cpp" line="35"/>
        <source>Use %1 spaces</source>
        <translation>スペース%1文字を使用する</translation>
    </message>
    <message>
        <location filename="../ui/EditorNS/bannerindentationdetected.cpp" line="39"/>
        <source>Ignore</source>
        <translation>無視</translation>
    </message>
</context>
<context>
    <name>DocEngine</name>
    <message>
        <location filename="../ui/docengine.cpp" line="40"/>
        <source>new %1</source>
        <translation>新規 %1</translation>
    </message>
    <message>
        <location filename="../ui/docengine.cpp" line="250"/>
        <source>Error trying to open &quot;%1&quot;</source>
        <translation>&quot;%1&quot; を開く際にエラーが発生しました</translation>
    </message>
    <message>
        <location filename="../ui/docengine.cpp" line="164"/>
        <location filename="../ui/docengine.cpp" line="755"/>
        <source>Protocol not supported for file &quot;%1&quot;.</source>
        <translation>ファイル &quot;%1&quot; のプロトコルはサポートされていません。</translation>
    </message>
    <message>
        <location filename="../ui/docengine.cpp" line="661"/>
        <source>Notepadqq asks permission to overwrite the following file:

%1</source>
        <translation>Notepadqq が次のファイルを上書きする許可を求めています:

%1</translation>
    </message>
    <message>
        <location filename="../ui/docengine.cpp" line="699"/>
        <source>Error trying to write to &quot;%1&quot;</source>
        <translation>&quot;%1&quot; に書き込む際にエラーが発生しました</translation>
    </message>
    <message>
        <location filename="../ui/docengine.cpp" line="701"/>
        <source>Abort</source>
        <translation>中断</translation>
    </message>
    <message>
        <location filename="../ui/docengine.cpp" line="702"/>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <location filename="../ui/docengine.cpp" line="704"/>
        <source>Retry as Root</source>
        <translation>ルートとして再試行</translation>
    </message>
</context>
<context>
    <name>Extension</name>
    <message>
        <location filename="../ui/Extensions/extension.cpp" line="24"/>
        <source>name missing or invalid</source>
        <translation>名前が無い、または不正です</translation>
    </message>
    <message>
        <location filename="../ui/Extensions/extension.cpp" line="52"/>
        <source>unable to read nqq-manifest.json</source>
        <translation>nqq-manifest.json を読み取れません</translation>
    </message>
    <message>
        <location filename="../ui/Extensions/extension.cpp" line="99"/>
        <source>failed to start. Check your runtime: %1</source>
        <translation>起動に失敗しました。ランタイムをご確認ください: %1</translation>
    </message>
    <message>
        <location filename="../ui/Extensions/extension.cpp" line="108"/>
        <source>Failed to load %1: %2</source>
        <translation>%1 の読み込みに失敗しました: %2</translation>
    </message>
</context>
<context>
    <name>Extensions::InstallExtension</name>
    <message>
        <location filename="../ui/Extensions/installextension.cpp" line="180"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../ui/Extensions/installextension.cpp" line="180"/>
        <source>Unsupported runtime: %1</source>
        <translation>サポートされているランタイムではありません: %1</translation>
    </message>
</context>
<context>
    <name>InstallExtension</name>
    <message>
        <location filename="../ui/Extensions/installextension.ui" line="14"/>
        <source>Install Extension</source>
        <translation>拡張機能をインストール</translation>
    </message>
    <message>
        <location filename="../ui/Extensions/installextension.ui" line="102"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../ui/Extensions/installextension.ui" line="109"/>
        <source>Install</source>
        <translation>インストール</translation>
    </message>
    <message>
        <location filename="../ui/Extensions/installextension.cpp" line="45"/>
        <source>Version %1, %2</source>
        <translation>バージョン %1, %2</translation>
    </message>
    <message>
        <location filename="../ui/Extensions/installextension.cpp" line="46"/>
        <location filename="../ui/Extensions/installextension.cpp" line="55"/>
        <source>unknown version</source>
        <translation>未知のバージョン</translation>
    </message>
    <message>
        <location filename="../ui/Extensions/installextension.cpp" line="47"/>
        <source>unknown author</source>
        <translation>作者不明</translation>
    </message>
    <message>
        <location filename="../ui/Extensions/installextension.cpp" line="57"/>
        <source>(current version is %1)</source>
        <translation>(現在のバージョンは %1)</translation>
    </message>
    <message>
        <location filename="../ui/Extensions/installextension.cpp" line="58"/>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../ui/Extensions/installextension.cpp" line="107"/>
        <location filename="../ui/Extensions/installextension.cpp" line="129"/>
        <source>Error installing the extension</source>
        <translation>拡張機能のインストール時にエラーが発生しました</translation>
    </message>
    <message>
        <location filename="../ui/Extensions/installextension.cpp" line="118"/>
        <source>Extension installed</source>
        <translation>拡張機能がインストールされました</translation>
    </message>
    <message>
        <location filename="../ui/Extensions/installextension.cpp" line="119"/>
        <source>The extension has been successfully installed!</source>
        <translation>拡張機能は正常にインストールされました!</translation>
    </message>
</context>
<context>
    <name>KeyGrabber</name>
    <message>
        <location filename="../ui/keygrabber.cpp" line="10"/>
        <source>Action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <location filename="../ui/keygrabber.cpp" line="10"/>
        <source>Keyboard Shortcut</source>
        <translation>キーボードショートカット</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.ui" line="14"/>
        <source>Notepadqq</source>
        <translation>Notepadqq</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="53"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="57"/>
        <source>Recent Files</source>
        <translation>最近使用したファイル</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="84"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="159"/>
        <source>&amp;Search</source>
        <translation>検索(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="172"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="234"/>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="250"/>
        <source>&amp;?</source>
        <translation>&amp;?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="264"/>
        <source>&amp;Window</source>
        <translation>ウィンドウ(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="290"/>
        <source>&amp;Open...</source>
        <translation>開く(&amp;O)...</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="293"/>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="298"/>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="301"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="311"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="314"/>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="319"/>
        <source>Save &amp;As...</source>
        <translation>名前を付けて保存(&amp;A)...</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="322"/>
        <source>Save As...</source>
        <translation>名前を付けて保存...</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="325"/>
        <source>Ctrl+Alt+S</source>
        <translation>Ctrl+Alt+S</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="335"/>
        <source>Sav&amp;e All</source>
        <translation>すべて保存(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="338"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="351"/>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="356"/>
        <source>C&amp;lose All</source>
        <translation>すべて閉じる(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="366"/>
        <source>Load Session...</source>
        <translation>セッションを読み込む...</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="371"/>
        <source>Save Session...</source>
        <translation>セッションを保存...</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="382"/>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="88"/>
        <source>&amp;End of line</source>
        <translation>改行(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="96"/>
        <source>C&amp;opy to Clipboard</source>
        <translation>クリップボードにコピー(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="104"/>
        <source>Co&amp;nvert Case to</source>
        <translation>大文字/小文字を変換(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="111"/>
        <source>&amp;Indentation</source>
        <translation>インデント(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="120"/>
        <source>&amp;Line Operations</source>
        <translation>行の操作(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="129"/>
        <source>&amp;Blank Operations</source>
        <translation>空白の操作(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="176"/>
        <source>&amp;Show Symbol</source>
        <translation>シンボルの表示(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="188"/>
        <source>&amp;Zoom</source>
        <translation>ズーム(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="196"/>
        <source>&amp;Move/Clone Current Document</source>
        <translation>現在のドキュメントの移動/複製(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="216"/>
        <source>En&amp;coding</source>
        <translation>エンコーディング(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="241"/>
        <source>Settin&amp;gs</source>
        <translation>設定(&amp;G)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="257"/>
        <source>&amp;Run</source>
        <translation>実行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="270"/>
        <source>E&amp;xtensions</source>
        <translation>拡張機能(&amp;X)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="306"/>
        <source>&amp;Reload from Disk</source>
        <translation>ディスクから再読み込み(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="330"/>
        <source>Sa&amp;ve a Copy As...</source>
        <translation>コピーを別名で保存(&amp;V)...</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="343"/>
        <source>Rena&amp;me...</source>
        <translation>名前を変更(&amp;M)...</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="348"/>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="361"/>
        <source>Close All &amp;BUT Current Document</source>
        <translation>現在のドキュメント以外をすべて閉じる(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="379"/>
        <source>&amp;Print...</source>
        <translation>印刷(&amp;P)...</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="393"/>
        <source>Pr&amp;int Now</source>
        <translation>すぐに印刷(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="401"/>
        <source>Open All Recent Files</source>
        <translation>最近使用したファイルをすべて開く</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="406"/>
        <source>Empty Recent Files List</source>
        <translation>最近使用したファイル一覧を空にする</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="411"/>
        <source>E&amp;xit</source>
        <translation>終了(&amp;X)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="414"/>
        <source>Alt+F4</source>
        <translation>Alt+F4</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="419"/>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="422"/>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="427"/>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="430"/>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="435"/>
        <source>Cu&amp;t</source>
        <translation>切り取り(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="438"/>
        <source>Ctrl+X</source>
        <translation>Ctrl+X</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="443"/>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="446"/>
        <source>Ctrl+C</source>
        <translation>Ctrl+C</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="451"/>
        <source>&amp;Paste</source>
        <translation>貼り付け(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="454"/>
        <source>Ctrl+V</source>
        <translation>Ctrl+V</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="459"/>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="462"/>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="467"/>
        <source>Select &amp;All</source>
        <translation>すべて選択(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="470"/>
        <source>Ctrl+A</source>
        <translation>Ctrl+A</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="475"/>
        <source>About &amp;Notepadqq...</source>
        <translation>Notepadqq について(&amp;N)...</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="483"/>
        <source>&amp;About Qt...</source>
        <translation>Qt について(&amp;A)...</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="491"/>
        <source>&amp;Windows Format</source>
        <translation>Windows 形式(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="502"/>
        <source>&amp;UNIX / OS X Format</source>
        <translation>UNIX / OS X 形式(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="510"/>
        <source>&amp;Old Mac Format</source>
        <translation>旧 Mac 形式 (&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="518"/>
        <source>Show &amp;End of Line</source>
        <translation>改行を表示(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="526"/>
        <source>&amp;Show Tabs</source>
        <translation>タブを表示(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="534"/>
        <source>Show All &amp;Characters</source>
        <translation>すべての文字を表示(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="545"/>
        <source>Show &amp;Indent Guide</source>
        <translation>インデントガイドを表示(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="553"/>
        <source>Show &amp;Wrap Symbol</source>
        <translation>ラップシンボルを表示(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="561"/>
        <source>&amp;Word wrap</source>
        <translation>ワードラップ(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="569"/>
        <source>&amp;Math Rendering</source>
        <translatorcomment>Google で &quot;Math Rendering&quot; &quot;Notepadqq&quot; と検索するとスクリーンキャストが載っている公式ブログの記事がヒットするので、どういう機能なのか調べやすくするために、このテキストは未翻訳のままにしています。</translatorcomment>
        <translation>Math Rendering(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="574"/>
        <source>&amp;Copy Full Path to Clipboard</source>
        <translation>クリップボードにフルパスをコピー(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="579"/>
        <source>Copy &amp;Filename to Clipboard</source>
        <translation>クリップボードにファイル名をコピー(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="584"/>
        <source>Copy &amp;Directory to Clipboard</source>
        <translation>クリップボードにディレクトリをコピー(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="605"/>
        <source>&amp;Restore Default Zoom</source>
        <translation>デフォルトのズームを復元(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="613"/>
        <source>&amp;Move to Other View</source>
        <translation>別のビューに移動(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="618"/>
        <source>&amp;Clone to Other View</source>
        <translation>別のビューに複製(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="626"/>
        <source>Move to a &amp;New Window</source>
        <translation>新規ウィンドウに移動(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="631"/>
        <source>&amp;Open in a New Window</source>
        <translation>新規ウィンドウで開く(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="695"/>
        <source>&amp;UPPERCASE</source>
        <translation>大文字にする(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="703"/>
        <source>&amp;lowercase</source>
        <translation>小文字にする(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="711"/>
        <source>&amp;Convert to UTF-8</source>
        <translation>UTF-8 に変換(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="716"/>
        <source>Convert to UTF-&amp;16BE (UCS-2 Big Endian)</source>
        <translation>UTF-16BE に変換 (UCS-2 ビッグエンディアン)(&amp;1)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="721"/>
        <source>Convert to UTF-16LE (UCS-&amp;2 Little Endian)</source>
        <translation>UTF-16LE に変換 (UCS-2 リトルエンディアン)(&amp;2)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="726"/>
        <source>Convert to &amp;UTF-8 without BOM</source>
        <translation>UTF-8 に変換 (BOM 無し)(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="776"/>
        <source>&amp;Preferences...</source>
        <translation>環境設定(&amp;P)...</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="805"/>
        <source>&amp;Plain text</source>
        <translation>プレーンテキスト(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="810"/>
        <source>&amp;Replace...</source>
        <translation>置換(&amp;R)...</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="818"/>
        <source>&amp;Reload file interpreted as...</source>
        <translation>文字コードを指定して再読み込み(&amp;R)...</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="823"/>
        <source>C&amp;onvert to...</source>
        <translation>次に変換(&amp;O)...</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="828"/>
        <source>Interpret as UTF-16BE (UCS-2 &amp;Big Endian)</source>
        <translation>UTF-16BE として解釈 (UCS-2 ビッグエンディアン)(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="833"/>
        <source>Interpret as UTF-&amp;8 without BOM</source>
        <translation>UTF-8 として解釈 (BOM 無し)(&amp;8)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="838"/>
        <source>&amp;Interpret as UTF-8</source>
        <translation>UTF-8 として解釈(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="843"/>
        <source>Interpret as UTF-16LE (UCS-2 &amp;Little Endian)</source>
        <translation>UTF-16LE として解釈 (UCS-2 リトルエンディアン)(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="854"/>
        <source>&amp;Default settings</source>
        <translation>デフォルトの設定(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="862"/>
        <source>&amp;Custom...</source>
        <translation>カスタム(&amp;C)...</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="867"/>
        <source>I&amp;nterpret as...</source>
        <translation>次で解釈(&amp;N)...</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="877"/>
        <source>&amp;Open a New Window</source>
        <translation>新規ウィンドウを開く(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="882"/>
        <source>&amp;Advanced Search</source>
        <translation>高度な検索(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="890"/>
        <source>Delete &amp;Current Line</source>
        <translation>現在の行を削除(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="901"/>
        <source>&amp;Duplicate Current Line</source>
        <translation>現在の行を複製(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="912"/>
        <source>&amp;Move Line Up</source>
        <translation>行を上に移動(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="923"/>
        <source>Move &amp;Line Down</source>
        <translation>行を下に移動(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="950"/>
        <source>T&amp;rim Leading and Trailing Space</source>
        <translation>行頭と行末にあるスペースを除去(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="955"/>
        <source>&amp;EOL to Space</source>
        <translation>EOL をスペースに変換(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="960"/>
        <source>TA&amp;B to Space</source>
        <translation>タブをスペースに変換(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="965"/>
        <source>&amp;Space to TAB (All)</source>
        <translation>すべてのスペースをタブに変換(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="970"/>
        <source>S&amp;pace to TAB (Leading)</source>
        <translation>行頭のスペースをタブに変換(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="975"/>
        <source>Open &amp;Folder...</source>
        <translation>フォルダーを開く(&amp;F)...</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="980"/>
        <source>&amp;Go to line...</source>
        <translation>行へ移動(&amp;G)...</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="988"/>
        <source>&amp;Install Extension...</source>
        <translation>拡張機能をインストール(&amp;I)...</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="996"/>
        <source>&amp;Full Screen</source>
        <translation>フルスクリーン(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="1021"/>
        <source>&amp;Enable Smart Indent</source>
        <translation>スマートインデントを有効化(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="1029"/>
        <source>&amp;Show Menubar</source>
        <translation>メニューバーを表示(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="1032"/>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="1040"/>
        <source>S&amp;how Toolbar</source>
        <translation>ツールバーを表示(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="1048"/>
        <source>Begin/End Select</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="1053"/>
        <source>Toggle To Former Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="1056"/>
        <source>Toggle Back to Former Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="1059"/>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="478"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="589"/>
        <source>Zoom &amp;In</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="592"/>
        <source>Ctrl++</source>
        <translation>Ctrl++</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="597"/>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="600"/>
        <source>Ctrl+-</source>
        <translation>Ctrl+-</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="608"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="636"/>
        <source>&amp;Start Recording</source>
        <translation>録画開始(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="647"/>
        <source>&amp;Stop Recording</source>
        <translation>録画終了(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="658"/>
        <source>&amp;Playback</source>
        <translation>再生(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="669"/>
        <source>Save Currently Recorded Macro</source>
        <translation>録画された現在のマクロを保存</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="677"/>
        <source>Run a Macro Multiple Times...</source>
        <translation>マクロを複数回実行...</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="685"/>
        <source>Trim Trailing and save</source>
        <translation>末尾を除去して保存</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="690"/>
        <source>Modify Shortcut/Delete Macro...</source>
        <translation>ショートカットを変更/マクロを削除...</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="698"/>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="706"/>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="731"/>
        <source>&amp;Run...</source>
        <translation>実行(&amp;R)...</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="736"/>
        <source>Launch in Firefox</source>
        <translation>Firefox で起動</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="741"/>
        <source>Launch in Chromium</source>
        <translation>Chromium で起動</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="746"/>
        <source>Get PHP help</source>
        <translation>PHP のヘルプを見る</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="751"/>
        <source>Google Search</source>
        <translation>Google 検索</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="756"/>
        <source>Wikipedia Search</source>
        <translation>Wikipedia 検索</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="761"/>
        <source>Open file(s)</source>
        <translation>ファイルを開く</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="766"/>
        <source>Open file(s) in a new window</source>
        <translation>ファイルを新しいウィンドウで開く</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="771"/>
        <source>Modify Shortcut / Delete Command...</source>
        <translation>ショートカットを変更/コマンドを削除...</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="781"/>
        <source>&amp;Find...</source>
        <translation>検索(&amp;F)...</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="784"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="789"/>
        <source>Find &amp;Next</source>
        <translation>次を検索(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="792"/>
        <source>F3</source>
        <translation>F3</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="797"/>
        <source>Find &amp;Previous</source>
        <translation>前を検索(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="800"/>
        <source>Shift+F3</source>
        <translation>Shift+F3</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="813"/>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="872"/>
        <source>Launch in Chrome</source>
        <translation>Chrome で起動</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="885"/>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="893"/>
        <source>Delete the current line</source>
        <translation>現在の行を削除</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="896"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="904"/>
        <source>Duplicate the current line</source>
        <translation>現在の行を複製</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="907"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="915"/>
        <source>Move the current line up</source>
        <translation>現在の行を上に移動</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="918"/>
        <source>Ctrl+Shift+Up</source>
        <translation>Ctrl+Shift+Up</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="926"/>
        <source>Move the current line down</source>
        <translation>現在の行を下に移動</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="929"/>
        <source>Ctrl+Shift+Down</source>
        <translation>Ctrl+Shift+Down</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="934"/>
        <source>&amp;Trim Trailing Space</source>
        <translation>行末のスペースを除去(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="937"/>
        <source>Trim Trailing Space</source>
        <translation>行末のスペースを除去</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="942"/>
        <source>Trim &amp;Leading Space</source>
        <translation>行頭のスペースを除去(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="945"/>
        <source>Trim Leading Space</source>
        <translation>行頭のスペースを除去</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="983"/>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="999"/>
        <source>F11</source>
        <translation>F11</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="1007"/>
        <source>S&amp;how Spaces</source>
        <translation>スペースを表示(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="1010"/>
        <source>Show Spaces</source>
        <translation>スペースを表示</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="695"/>
        <source>INS</source>
        <translation>INS</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="388"/>
        <source>Error while trying to save this session. Please ensure the following directory is accessible:

</source>
        <translation>このセッションの保存中にエラーが発生しました。次のディレクトリにアクセス可能であることを確認してください:

</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="390"/>
        <source>By choosing &quot;ignore&quot; your session won&apos;t be saved.</source>
        <translation>&quot;無視&quot; を選択するとセッションは保存されません。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="548"/>
        <source>The &apos;--line&apos; and &apos;--column&apos; arguments will be ignored since more than one file is opened.</source>
        <translation>複数のファイルが開かれているため、引数 &apos;--line&apos; と &apos;--column&apos; は無視されます。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="558"/>
        <source>Invalid value for &apos;--line&apos; argument: %1</source>
        <translation>引数 &apos;--line&apos; の値が不正です: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="567"/>
        <source>Invalid value for &apos;--column&apos; argument: %1</source>
        <translation>引数 &apos;--column&apos; の値が不正です: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="693"/>
        <source>OVR</source>
        <translation>OVR</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="845"/>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="847"/>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="869"/>
        <source>Open Folder</source>
        <translation>フォルダーを開く</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="907"/>
        <source>Do you want to save changes to «%1»?</source>
        <translation>«%1» への変更を保存しますか?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="908"/>
        <source>Don&apos;t Save</source>
        <translation>保存しない</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="911"/>
        <source>Do you want to save changes to «%1» before closing?</source>
        <translation>閉じる前に «%1» への変更を保存しますか?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="915"/>
        <source>If you don&apos;t save the changes you made, you&apos;ll lose them forever.</source>
        <translation>変更を保存しない場合、編集内容は永久に失われます。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1027"/>
        <source>The file on disk has changed since the last read.
Do you want to save it anyway?</source>
        <translation>最後の読み取り以降にディスク上のファイルが変更されました。
とにかく保存しますか?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1030"/>
        <source>Saving the file might cause loss of external data.</source>
        <translation>ファイルを保存すると、外部データが失われる可能性があります。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1052"/>
        <source>Save as</source>
        <translation>名前を付けて保存</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1054"/>
        <source>Any file (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1235"/>
        <source>Ln %1, Col %2</source>
        <translation>行 %1, 文字 %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1236"/>
        <source>    Sel %1 (%2)</source>
        <translation>    セル %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1237"/>
        <source>    %1 chars, %2 lines</source>
        <translation>    %1 文字, %2 行</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1375"/>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1378"/>
        <source>UNIX / OS X</source>
        <translation>UNIX / OS X</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1381"/>
        <source>Old Mac</source>
        <translation>旧 Mac</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1388"/>
        <source>%1 w/o BOM</source>
        <translation>%1 w/o BOM</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1873"/>
        <source>No recent files</source>
        <translation>最近開いたファイルはありません</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1970"/>
        <source>The following files do not exist anymore. Do you want to open them anyway?
</source>
        <translation>次のファイルはすでに存在しません。それでも開きますか?
</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2081"/>
        <source>Convert to:</source>
        <translation>次に変換:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2099"/>
        <source>Reload as:</source>
        <translation>次で再読み込み:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2146"/>
        <source>Interpret as:</source>
        <translation>次で解釈:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2161"/>
        <source>Run...</source>
        <translation>実行...</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2173"/>
        <source>Modify Run Commands</source>
        <translation>実行コマンドの変更</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2297"/>
        <source>The file &quot;%1&quot; does not exist. Do you want to re-create it?</source>
        <translation>ファイル &quot;%1&quot; は存在しません。再作成しますか?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2466"/>
        <source>Extension</source>
        <translation>拡張機能</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2547"/>
        <source>Open Session...</source>
        <translation>セッションを開く...</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2549"/>
        <location filename="../ui/mainwindow.cpp" line="2572"/>
        <source>Session file (*.xml);;Any file (*)</source>
        <translation>セッションファイル (*.xml);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2570"/>
        <source>Save Session as...</source>
        <translation>セッションを保存...</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2596"/>
        <source>Error while trying to save this session. Please try a different file name.</source>
        <translation>このセッションの保存中にエラーが発生しました。別のファイル名を入力してください。</translation>
    </message>
</context>
<context>
    <name>NqqRun::RunDelegate</name>
    <message>
        <location filename="../ui/nqqrun.cpp" line="234"/>
        <source>Open File</source>
        <translation>ファイルを開く</translation>
    </message>
</context>
<context>
    <name>NqqRun::RunDialog</name>
    <message>
        <location filename="../ui/nqqrun.cpp" line="266"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../ui/nqqrun.cpp" line="267"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../ui/nqqrun.cpp" line="268"/>
        <source>Save...</source>
        <translation>保存...</translation>
    </message>
    <message>
        <location filename="../ui/nqqrun.cpp" line="271"/>
        <source>Special placeholders</source>
        <translation>特殊なプレースホルダー</translation>
    </message>
    <message>
        <location filename="../ui/nqqrun.cpp" line="272"/>
        <source>Full URL of the currently active file.</source>
        <translation>現在アクティブなファイルの完全な URL。</translation>
    </message>
    <message>
        <location filename="../ui/nqqrun.cpp" line="273"/>
        <source>Full path of the currently active file.</source>
        <translation>現在アクティブなファイルのフルパス。</translation>
    </message>
    <message>
        <location filename="../ui/nqqrun.cpp" line="274"/>
        <source>Directory of the currently active file.</source>
        <translation>現在アクティブなファイルのディレクトリ。</translation>
    </message>
    <message>
        <location filename="../ui/nqqrun.cpp" line="275"/>
        <source>Name of the currently active file.</source>
        <translation>現在アクティブなファイルの名前。</translation>
    </message>
    <message>
        <location filename="../ui/nqqrun.cpp" line="276"/>
        <source>Currently selected text.</source>
        <translation>現在選択しているテキスト。</translation>
    </message>
    <message>
        <location filename="../ui/nqqrun.cpp" line="316"/>
        <source>Choose the name to be displayed in the run menu.</source>
        <translation>実行メニューに表示する名前を選択します。</translation>
    </message>
    <message>
        <location filename="../ui/nqqrun.cpp" line="317"/>
        <source>Command Name:</source>
        <translation>コマンド名:</translation>
    </message>
    <message>
        <location filename="../ui/nqqrun.cpp" line="326"/>
        <source>Command saved...</source>
        <translation>コマンドを保存しました...</translation>
    </message>
</context>
<context>
    <name>NqqRun::RunPreferences</name>
    <message>
        <location filename="../ui/nqqrun.cpp" line="28"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../ui/nqqrun.cpp" line="29"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../ui/nqqrun.cpp" line="34"/>
        <source>Special placeholders</source>
        <translation>特殊なプレースホルダー</translation>
    </message>
    <message>
        <location filename="../ui/nqqrun.cpp" line="35"/>
        <source>Full URL of the currently active file.</source>
        <translation>現在アクティブなファイルの完全な URL。</translation>
    </message>
    <message>
        <location filename="../ui/nqqrun.cpp" line="36"/>
        <source>Full path of the currently active file.</source>
        <translation>現在アクティブなファイルのフルパス。</translation>
    </message>
    <message>
        <location filename="../ui/nqqrun.cpp" line="37"/>
        <source>Directory of the currently active file.</source>
        <translation>現在アクティブなファイルのディレクトリ。</translation>
    </message>
    <message>
        <location filename="../ui/nqqrun.cpp" line="38"/>
        <source>Name of the currently active file.</source>
        <translation>現在アクティブなファイルの名前。</translation>
    </message>
    <message>
        <location filename="../ui/nqqrun.cpp" line="39"/>
        <source>Currently selected text.</source>
        <translation>現在選択しているテキスト。</translation>
    </message>
    <message>
        <location filename="../ui/nqqrun.cpp" line="70"/>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <location filename="../ui/nqqrun.cpp" line="70"/>
        <source>Command</source>
        <translation>コマンド</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/notepadqq.cpp" line="18"/>
        <source>Copyright © 2010-%1, Daniele Di Sarli</source>
        <translation>Copyright © 2010-%1, Daniele Di Sarli</translation>
    </message>
    <message>
        <location filename="../ui/notepadqq.cpp" line="87"/>
        <source>Open a new window in an existing instance of %1.</source>
        <translation>%1 の既存のインスタンスで新しいウィンドウを開きます。</translation>
    </message>
    <message>
        <location filename="../ui/notepadqq.cpp" line="92"/>
        <source>Open file at specified line.</source>
        <translation>行を指定してファイルを開きます。</translation>
    </message>
    <message>
        <location filename="../ui/notepadqq.cpp" line="98"/>
        <source>Open file at specified column.</source>
        <translation>列を指定してファイルを開きます。</translation>
    </message>
    <message>
        <location filename="../ui/notepadqq.cpp" line="103"/>
        <source>Allows Notepadqq to be run as root.</source>
        <translation>Notepadqq をルートとして実行します。</translation>
    </message>
    <message>
        <location filename="../ui/notepadqq.cpp" line="107"/>
        <source>Files to open.</source>
        <translation>開くファイル</translation>
    </message>
    <message>
        <location filename="../ui/Sessions/sessions.cpp" line="130"/>
        <source>Error reading session file</source>
        <translation>セッションファイルの読み取り中にエラーが発生しました</translation>
    </message>
    <message>
        <location filename="../ui/frmpreferences.cpp" line="497"/>
        <source>Restart required</source>
        <translation>再起動が必要です</translation>
    </message>
    <message>
        <location filename="../ui/frmpreferences.cpp" line="498"/>
        <source>You need to restart Notepadqq for the localization changes to take effect.</source>
        <translation>言語設定の変更を有効にするには、Notepadqq を再起動する必要があります。</translation>
    </message>
    <message>
        <location filename="../ui/Search/advancedsearchdock.cpp" line="51"/>
        <source>Confirm Replacement</source>
        <translation>置換の確認</translation>
    </message>
    <message>
        <location filename="../ui/Search/advancedsearchdock.cpp" line="52"/>
        <source>This will replace %1 selected matches with &quot;%2&quot;. Continue?</source>
        <translation>選択した%1個を &quot;%2&quot; に置換します。続行しますか?</translation>
    </message>
    <message>
        <location filename="../ui/Search/advancedsearchdock.cpp" line="143"/>
        <source>Notepadqq supports most of the &lt;a href=&apos;http://perldoc.perl.org/perlre.html&apos;&gt;Perl Regular Expression&lt;/a&gt; syntax when &apos;Use Regular Expressions&apos; is checked.</source>
        <translation>&apos;正規表現を使用&apos; にチェックが入っている場合、Notepadqq は &lt;a href=&apos;http://perldoc.perl.org/perlre.html&apos;&gt;Perl 正規表現&lt;/a&gt;のほとんどをサポートします。</translation>
    </message>
    <message>
        <location filename="../ui/Search/advancedsearchdock.cpp" line="144"/>
        <source>Here is a quick reference:</source>
        <translation>以下はクイックリファレンスです:</translation>
    </message>
    <message>
        <location filename="../ui/Search/advancedsearchdock.cpp" line="146"/>
        <source>Matches a word character</source>
        <translation>単語の文字にマッチ</translation>
    </message>
    <message>
        <location filename="../ui/Search/advancedsearchdock.cpp" line="147"/>
        <source>Matches a 0-9 digit</source>
        <translation>0から9までの数字にマッチ</translation>
    </message>
    <message>
        <location filename="../ui/Search/advancedsearchdock.cpp" line="148"/>
        <source>Matches any of a, b, or c</source>
        <translation>a、b、c のいずれかにマッチ</translation>
    </message>
    <message>
        <location filename="../ui/Search/advancedsearchdock.cpp" line="149"/>
        <source>Matches anything but a, b, or c</source>
        <translation>a、b、c 以外にマッチ</translation>
    </message>
    <message>
        <location filename="../ui/Search/advancedsearchdock.cpp" line="150"/>
        <source>Matches the beginning of a line</source>
        <translation>行の先頭にマッチ</translation>
    </message>
    <message>
        <location filename="../ui/Search/advancedsearchdock.cpp" line="151"/>
        <source>Matches the end of a line</source>
        <translation>行の末尾にマッチ</translation>
    </message>
    <message>
        <location filename="../ui/Search/advancedsearchdock.cpp" line="152"/>
        <source>Matches &apos;abc&apos; and captures it as a group</source>
        <translation>&apos;abc&apos; をグループとしてマッチ</translation>
    </message>
    <message>
        <location filename="../ui/Search/advancedsearchdock.cpp" line="153"/>
        <source>Use in a replace operation to refer to the n&apos;th capture group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Search/advancedsearchdock.cpp" line="706"/>
        <source>Search in...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Search/searchinstance.cpp" line="27"/>
        <source>&lt;b&gt;%1&lt;/b&gt; Results for:   &apos;&lt;b&gt;%2&lt;/b&gt;&apos;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;個の一致:   &apos;&lt;b&gt;%2&lt;/b&gt;&apos;</translation>
    </message>
    <message>
        <location filename="../ui/Search/searchobjects.cpp" line="10"/>
        <source>Current Document</source>
        <translation>現在のドキュメント</translation>
    </message>
    <message>
        <location filename="../ui/Search/searchobjects.cpp" line="11"/>
        <source>All Documents</source>
        <translation>すべてのドキュメント</translation>
    </message>
    <message>
        <location filename="../ui/Search/searchobjects.cpp" line="12"/>
        <source>File System</source>
        <translation>ファイルシステム</translation>
    </message>
    <message>
        <location filename="../ui/Search/searchobjects.cpp" line="13"/>
        <source>Invalid</source>
        <translation>不正</translation>
    </message>
    <message>
        <location filename="../ui/Sessions/backupservice.cpp" line="107"/>
        <source>Notepadqq was not closed properly. Do you want to recover unsaved changes?</source>
        <translation>Notepadqq が正常に終了しませんでした。未保存の変更を復元しますか?</translation>
    </message>
    <message>
        <location filename="../ui/docengine.cpp" line="111"/>
        <source>The file &quot;%1&quot; you are trying to open is %2 MiB in size. Do you want to continue?</source>
        <translation>開こうとしているファイル &quot;%1&quot; のサイズは %2 MiB あります。続行しますか?</translation>
    </message>
    <message>
        <location filename="../ui/docengine.cpp" line="125"/>
        <source>Do you want to reload «%1»?</source>
        <translation>«%1» を再読み込みしますか?</translation>
    </message>
    <message>
        <location filename="../ui/docengine.cpp" line="126"/>
        <source>Any changes made by you to this document will be lost.</source>
        <translation>このドキュメントに対して、あなたが行った変更は失われます。</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="92"/>
        <source>Notepadqq will ask for root privileges whenever they are needed if either &apos;kdesu&apos; or &apos;gksu&apos; are installed. Running Notepadqq as root is not recommended. Use --allow-root if you really want to.</source>
        <translation>&apos;gksu&apos; や &apos;kdesu&apos; がインストールされている場合、Notepadq は必要に応じて root 権限を要求します。Notepadqq を root として実行することはお勧めできません。権限が本当に必要な場合は --allow-root を使用してください。</translation>
    </message>
    <message>
        <location filename="../ui/stats.cpp" line="126"/>
        <source>Would you like to help?</source>
        <translation>手伝っていただけますか?</translation>
    </message>
    <message>
        <location filename="../ui/stats.cpp" line="128"/>
        <source>You can help to improve Notepadqq by allowing us to collect &lt;b&gt;anonymous statistics&lt;/b&gt;.</source>
        <translation>&lt;b&gt;匿名の統計&lt;/b&gt;の収集を許可することで、Notepadqq の改善を手伝うことができます。</translation>
    </message>
    <message>
        <location filename="../ui/stats.cpp" line="129"/>
        <source>What will we collect?</source>
        <translation>私達は何を収集するのでしょうか?</translation>
    </message>
    <message>
        <location filename="../ui/stats.cpp" line="130"/>
        <source>We will collect information such as the version of Qt, the version of the OS, or the number of extensions.&lt;br&gt;You don&apos;t have to trust us: Notepadqq is open source, so you can %1check by yourself%2 😊</source>
        <translation>Qt のバージョン、OS のバージョン、拡張機能の数などの情報を収集します。&lt;br&gt;私達を信用する必要はありません。Notepadqq はオープンソースですので、%1あなた自身の目で確認する%2ことができます 😊</translation>
    </message>
    <message>
        <location filename="../ui/stats.cpp" line="137"/>
        <source>Okay, I agree</source>
        <translation>はい、同意します</translation>
    </message>
    <message>
        <location filename="../ui/stats.cpp" line="138"/>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
</context>
<context>
    <name>SearchInstance</name>
    <message>
        <location filename="../ui/Search/searchinstance.cpp" line="115"/>
        <source>current document</source>
        <translation>現在のドキュメント</translation>
    </message>
    <message>
        <location filename="../ui/Search/searchinstance.cpp" line="117"/>
        <source>open documents</source>
        <translation>開いているドキュメント</translation>
    </message>
    <message>
        <location filename="../ui/Search/searchinstance.cpp" line="125"/>
        <source>Copy Line to Clipboard</source>
        <translation>行をクリップボードにコピー</translation>
    </message>
    <message>
        <location filename="../ui/Search/searchinstance.cpp" line="133"/>
        <source>Open Document</source>
        <translation>ドキュメントを開く</translation>
    </message>
    <message>
        <location filename="../ui/Search/searchinstance.cpp" line="142"/>
        <source>Open Folder in File Browser</source>
        <translation>ファイルブラウザーでフォルダーを開く</translation>
    </message>
    <message>
        <location filename="../ui/Search/searchinstance.cpp" line="155"/>
        <source>Search Results in: %1</source>
        <translation>次の検索結果: %1</translation>
    </message>
    <message>
        <location filename="../ui/Search/searchinstance.cpp" line="231"/>
        <source>Calculating...</source>
        <translation>計算中...</translation>
    </message>
    <message>
        <location filename="../ui/Search/searchinstance.cpp" line="388"/>
        <source>Search in progress [%1/%2 finished]</source>
        <translation>検索中 [%1/%2 完了]</translation>
    </message>
</context>
<context>
    <name>dlgSearching</name>
    <message>
        <location filename="../ui/Search/dlgsearching.ui" line="17"/>
        <source>Dialog</source>
        <translation>ダイアログ</translation>
    </message>
    <message>
        <location filename="../ui/Search/dlgsearching.ui" line="77"/>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
</context>
<context>
    <name>frmAbout</name>
    <message>
        <location filename="../ui/frmabout.ui" line="20"/>
        <source>Notepadqq</source>
        <translation>Notepadqq</translation>
    </message>
    <message>
        <location filename="../ui/frmabout.ui" line="42"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../ui/frmabout.ui" line="114"/>
        <source>License</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <location filename="../ui/frmabout.cpp" line="25"/>
        <source>Contributors:</source>
        <translation>貢献者:</translation>
    </message>
    <message>
        <location filename="../ui/frmabout.cpp" line="25"/>
        <source>GitHub Contributors</source>
        <translation>GitHub の貢献者</translation>
    </message>
</context>
<context>
    <name>frmEncodingChooser</name>
    <message>
        <location filename="../ui/frmencodingchooser.ui" line="17"/>
        <source>Encoding</source>
        <translation>エンコーディング</translation>
    </message>
    <message>
        <location filename="../ui/frmencodingchooser.ui" line="30"/>
        <source>Encoding:</source>
        <translation>エンコーディング:</translation>
    </message>
</context>
<context>
    <name>frmIndentationMode</name>
    <message>
        <location filename="../ui/frmindentationmode.ui" line="14"/>
        <source>Indentation</source>
        <translation>インデント</translation>
    </message>
    <message>
        <location filename="../ui/frmindentationmode.ui" line="26"/>
        <source>Tabs</source>
        <translation>タブ</translation>
    </message>
    <message>
        <location filename="../ui/frmindentationmode.ui" line="36"/>
        <source>Spaces</source>
        <translation>スペース</translation>
    </message>
    <message>
        <location filename="../ui/frmindentationmode.ui" line="60"/>
        <source>Indentation width:</source>
        <translation>インデント幅:</translation>
    </message>
</context>
<context>
    <name>frmLineNumberChooser</name>
    <message>
        <location filename="../ui/frmlinenumberchooser.ui" line="14"/>
        <location filename="../ui/frmlinenumberchooser.ui" line="24"/>
        <source>Go to line</source>
        <translation>指定行へ移動</translation>
    </message>
    <message>
        <location filename="../ui/frmlinenumberchooser.ui" line="53"/>
        <source>Line number:</source>
        <translation>行番号:</translation>
    </message>
</context>
<context>
    <name>frmPreferences</name>
    <message>
        <location filename="../ui/frmpreferences.ui" line="14"/>
        <source>Preferences</source>
        <translation>環境設定</translation>
    </message>
    <message>
        <location filename="../ui/frmpreferences.ui" line="51"/>
        <source>1</source>
        <translation>1</translation>
    </message>
    <message>
        <location filename="../ui/frmpreferences.ui" line="56"/>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../ui/frmpreferences.ui" line="61"/>
        <source>Appearance</source>
        <translation>外観</translation>
    </message>
    <message>
        <location filename="../ui/frmpreferences.ui" line="66"/>
        <source>Languages</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../ui/frmpreferences.ui" line="71"/>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../ui/frmpreferences.ui" line="76"/>
        <source>Shortcuts</source>
        <translation>ショートカット</translation>
    </message>
    <message>
        <location filename="../ui/frmpreferences.ui" line="81"/>
        <source>Toolbar</source>
        <translation>ツールバー</translation>
    </message>
    <message>
        <location filename="../ui/frmpreferences.ui" line="86"/>
        <source>Extensions</source>
        <translation>拡張機能</translation>
    </message>
    <message>
        <location filename="../ui/frmpreferences.ui" line="110"/>
        <source>Collect and transmit anonymous statistics to improve Notepadqq</source>
        <translation>Notepadqq の改善のために匿名の統計を収集して送信する</translation>
    </message>
    <message>
        <location filename="../ui/frmpreferences.ui" line="117"/>
        <source>Warn when the indentation doesn&apos;t match the settings</source>
        <translation>インデントと設定が一致しない場合に警告する</translation>
    </message>
    <message>
        <location filename="../ui/frmpreferences.ui" line="124"/>
        <source>Remember open tabs when closing Notepadqq</source>
        <translation>Notepadqq を閉じる際に開いているタブを記憶する</translation>
    </message>
    <message>
        <location filename="../ui/frmpreferences.ui" line="133"/>
        <source>This option allows Notepadqq to recover your documents after a crash even if they were not explicitly saved.</source>
        <translation>このオプションは、Notepadqq がクラッシュした際にドキュメントを保存していなかった場合でも、ドキュメントの復元を可能にします。</translation>
    </message>
    <message>
        <location filename="../ui/frmpreferences.ui" line="136"/>
        <source>Backup open documents every</source>
        <translation>開いているドキュメントを次の間隔でバックアップする:</translation>
    </message>
    <message>
        <location filename="../ui/frmpreferences.ui" line="143"/>
        <source> seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <location filename="../ui/frmpreferences.ui" line="171"/>
        <source>Exit Notepadqq when closing the last Tab</source>
        <translation>最後のタブを閉じた際に Notepadqq を終了する</translation>
    </message>
    <message>
        <location filename="../ui/frmpreferences.ui" line="180"/>
        <source>Localization:</source>
        <translation>使用言語:</translation>
    </message>
    <message>
        <location filename="../ui/frmpreferences.ui" line="237"/>
        <source>Color scheme:</source>
        <translation>カラースキーマ:</translation>
    </message>
    <message>
        <location filename="../ui/frmpreferences.ui" line="269"/>
        <source>Override Font Family</source>
        <translation>フォントファミリーを上書きする</translation>
    </message>
    <message>
        <location filename="../ui/frmpreferences.ui" line="292"/>
        <source>Override Font Size</source>
        <translation>フォントサイズを上書きする</translation>
    </message>
    <message>
        <location filename="../ui/frmpreferences.ui" line="321"/>
        <source>Override Line Height</source>
        <translation>行間隔を上書きする</translation>
    </message>
    <message>
        <location filename="../ui/frmpreferences.ui" line="337"/>
        <source>em</source>
        <translation>em</translation>
    </message>
    <message>
        <location filename="../ui/frmpreferences.ui" line="358"/>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <location filename="../ui/frmpreferences.ui" line="441"/>
        <source>Tab size:</source>
        <translation>タブの幅:</translation>
    </message>
    <message>
        <location filename="../ui/frmpreferences.ui" line="454"/>
        <source>Use spaces instead of tabs</source>
        <translation>タブの代わりにスペースを使用する</translation>
    </message>
    <message>
        <location filename="../ui/frmpreferences.ui" line="478"/>
        <source>Use default settings</source>
        <translation>デフォルトの設定を使用する</translation>
    </message>
    <message>
        <location filename="../ui/frmpreferences.ui" line="514"/>
        <source>Search as I type</source>
        <translation>入力毎に検索する</translation>
    </message>
    <message>
        <location filename="../ui/frmpreferences.ui" line="521"/>
        <source>Save search history</source>
        <translation>検索履歴を保存する</translation>
    </message>
    <message>
        <location filename="../ui/frmpreferences.ui" line="569"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../ui/frmpreferences.ui" line="580"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../ui/frmpreferences.ui" line="609"/>
        <source>Move Up</source>
        <translation>上に移動</translation>
    </message>
    <message>
        <location filename="../ui/frmpreferences.ui" line="620"/>
        <source>Move Down</source>
        <translation>下に移動</translation>
    </message>
    <message>
        <location filename="../ui/frmpreferences.ui" line="650"/>
        <source>Reset to Default</source>
        <translation>デフォルトに戻す</translation>
    </message>
    <message>
        <location filename="../ui/frmpreferences.ui" line="697"/>
        <source>Node.js runtime</source>
        <translation>Node.js ランタイム</translation>
    </message>
    <message>
        <location filename="../ui/frmpreferences.ui" line="703"/>
        <source>Supported Node versions: 0.10, 0.11, 0.12</source>
        <translation>サポートされている Node のバージョン: 0.10, 0.11, 0.12</translation>
    </message>
    <message>
        <location filename="../ui/frmpreferences.ui" line="710"/>
        <source>Node.js path:</source>
        <translation>Node.js のパス:</translation>
    </message>
    <message>
        <location filename="../ui/frmpreferences.ui" line="722"/>
        <location filename="../ui/frmpreferences.ui" line="743"/>
        <source>Browse...</source>
        <translation>参照...</translation>
    </message>
    <message>
        <location filename="../ui/frmpreferences.ui" line="731"/>
        <source>NPM path:</source>
        <translation>NPM のパス:</translation>
    </message>
    <message>
        <location filename="../ui/frmpreferences.ui" line="752"/>
        <source>WARNING: support for extensions is EXPERIMENTAL.</source>
        <translation>警告: 拡張機能のサポートは実験的なものです。</translation>
    </message>
    <message>
        <location filename="../ui/frmpreferences.cpp" line="277"/>
        <source>Reset Selected</source>
        <translation>選択したものをリセット</translation>
    </message>
    <message>
        <location filename="../ui/frmpreferences.cpp" line="278"/>
        <source>Reset All</source>
        <translation>すべてリセット</translation>
    </message>
    <message>
        <location filename="../ui/frmpreferences.cpp" line="375"/>
        <source>Keyboard shortcut conflict</source>
        <translation>キーボードショートカットの競合</translation>
    </message>
    <message>
        <location filename="../ui/frmpreferences.cpp" line="376"/>
        <source>Two or more actions share the same shortcut. These conflicts must be resolved before your changes can be saved.</source>
        <translation>2つ以上のアクションが同じショートカットに割り当てられています。これらの競合は、変更を保存する前に解決する必要があります。</translation>
    </message>
    <message>
        <location filename="../ui/frmpreferences.cpp" line="504"/>
        <source>Browse</source>
        <translation>参照</translation>
    </message>
    <message>
        <location filename="../ui/frmpreferences.cpp" line="590"/>
        <source>Would you like to clear the existing history now?</source>
        <translation>既存の履歴を消去しますか?</translation>
    </message>
</context>
<context>
    <name>frmSearchReplace</name>
    <message>
        <location filename="../ui/Search/frmsearchreplace.ui" line="14"/>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../ui/Search/frmsearchreplace.ui" line="50"/>
        <source>Find</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../ui/Search/frmsearchreplace.ui" line="63"/>
        <source>Replace with</source>
        <translation>置換</translation>
    </message>
    <message>
        <location filename="../ui/Search/frmsearchreplace.ui" line="110"/>
        <source>Show advanced options</source>
        <translation>高度なオプションを表示</translation>
    </message>
    <message>
        <location filename="../ui/Search/frmsearchreplace.ui" line="117"/>
        <source>Advanced</source>
        <translation>高度</translation>
    </message>
    <message>
        <location filename="../ui/Search/frmsearchreplace.ui" line="149"/>
        <source>Match whole word only</source>
        <translation>単語単位で一致</translation>
    </message>
    <message>
        <location filename="../ui/Search/frmsearchreplace.ui" line="156"/>
        <source>Match case</source>
        <translation>大文字/小文字を区別</translation>
    </message>
    <message>
        <location filename="../ui/Search/frmsearchreplace.ui" line="123"/>
        <source>Search &amp;plain text</source>
        <translation>プレーンテキストを検索(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/Search/frmsearchreplace.ui" line="163"/>
        <source>Search &amp;with special characters (\n, \r, \t, \0, \u..., \x...)</source>
        <translation>特殊文字で検索 (\n, \r, \t, \0, \u..., \x...)(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/Search/frmsearchreplace.ui" line="170"/>
        <source>Search with &amp;regular expressions</source>
        <translation>正規表現で検索(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/Search/frmsearchreplace.ui" line="198"/>
        <source>Find ⇩</source>
        <translation>検索 ⇩</translation>
    </message>
    <message>
        <location filename="../ui/Search/frmsearchreplace.ui" line="208"/>
        <location filename="../ui/Search/frmsearchreplace.cpp" line="290"/>
        <source>Select all</source>
        <translation>すべて選択</translation>
    </message>
    <message>
        <location filename="../ui/Search/frmsearchreplace.ui" line="218"/>
        <source>Replace ⇧</source>
        <translation>置換 ⇧</translation>
    </message>
    <message>
        <location filename="../ui/Search/frmsearchreplace.ui" line="228"/>
        <source>Replace ⇩</source>
        <translation>置換 ⇩</translation>
    </message>
    <message>
        <location filename="../ui/Search/frmsearchreplace.ui" line="238"/>
        <location filename="../ui/Search/frmsearchreplace.cpp" line="278"/>
        <source>Replace all</source>
        <translation>すべて置換</translation>
    </message>
    <message>
        <location filename="../ui/Search/frmsearchreplace.ui" line="334"/>
        <location filename="../ui/Search/frmsearchreplace.ui" line="337"/>
        <source>Advanced Search</source>
        <translation>高度な検索</translation>
    </message>
    <message>
        <location filename="../ui/Search/frmsearchreplace.ui" line="255"/>
        <source>Find ⇧</source>
        <translation>検索 ⇧</translation>
    </message>
    <message>
        <location filename="../ui/Search/frmsearchreplace.ui" line="284"/>
        <source>Toolbar</source>
        <translation>ツールバー</translation>
    </message>
    <message>
        <location filename="../ui/Search/frmsearchreplace.ui" line="318"/>
        <source>&amp;Replace</source>
        <translation>置換(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/Search/frmsearchreplace.ui" line="326"/>
        <source>&amp;Find</source>
        <translation>検索(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/Search/frmsearchreplace.cpp" line="278"/>
        <source>%1 occurrences have been replaced.</source>
        <translation>%1件の一致した語句が置換されました。</translation>
    </message>
    <message>
        <location filename="../ui/Search/frmsearchreplace.cpp" line="290"/>
        <source>No results found</source>
        <translation>何も見つかりませんでした</translation>
    </message>
</context>
</TS>