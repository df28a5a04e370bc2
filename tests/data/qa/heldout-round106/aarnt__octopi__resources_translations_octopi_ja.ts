<?xml version="1.0" ?><!DOCTYPE TS><TS version="2.1" language="ja">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="Projects/octopi/ui/mainwindow.ui" line="96"/>
        <source>Info</source>
        <translation>情報</translation>
    </message>
    <message>
        <location filename="Projects/octopi/ui/mainwindow.ui" line="101"/>
        <source>Files</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="Projects/octopi/ui/mainwindow.ui" line="106"/>
        <source>Actions</source>
        <translation>アクション</translation>
    </message>
    <message>
        <location filename="Projects/octopi/ui/mainwindow.ui" line="111"/>
        <source>Output</source>
        <translation>出力</translation>
    </message>
    <message>
        <location filename="Projects/octopi/ui/mainwindow.ui" line="147"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="Projects/octopi/ui/mainwindow.ui" line="156"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="Projects/octopi/ui/mainwindow.ui" line="174"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="Projects/octopi/ui/mainwindow.ui" line="186"/>
        <source>&amp;Search</source>
        <translation>検索(&amp;S)</translation>
    </message>
    <message>
        <location filename="Projects/octopi/ui/mainwindow.ui" line="196"/>
        <source>T&amp;ools</source>
        <translation>ツール(&amp;T)</translation>
    </message>
    <message>
        <location filename="Projects/octopi/ui/mainwindow.ui" line="226"/>
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="Projects/octopi/ui/mainwindow.ui" line="229"/>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="Projects/octopi/ui/mainwindow.ui" line="243"/>
        <source>Non installed</source>
        <translation>未インストール</translation>
    </message>
    <message>
        <location filename="Projects/octopi/ui/mainwindow.ui" line="252"/>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <location filename="Projects/octopi/ui/mainwindow.ui" line="273"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="Projects/octopi/ui/mainwindow.ui" line="285"/>
        <source>Check &amp;updates</source>
        <translation>アップデートを確認(&amp;U)</translation>
    </message>
    <message>
        <location filename="Projects/octopi/ui/mainwindow.ui" line="293"/>
        <source>E&amp;xit</source>
        <translation>終了(&amp;X)</translation>
    </message>
    <message>
        <location filename="Projects/octopi/ui/mainwindow.ui" line="308"/>
        <source>System u&amp;pgrade</source>
        <translation>システムアップグレード(&amp;P)</translation>
    </message>
    <message>
        <location filename="Projects/octopi/ui/mainwindow.ui" line="326"/>
        <location filename="Projects/octopi/ui/mainwindow.ui" line="329"/>
        <location filename="Projects/octopi/ui/mainwindow.ui" line="537"/>
        <source>Install</source>
        <translation>インストール</translation>
    </message>
    <message>
        <location filename="Projects/octopi/ui/mainwindow.ui" line="338"/>
        <location filename="Projects/octopi/ui/mainwindow.ui" line="341"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="Projects/octopi/ui/mainwindow.ui" line="346"/>
        <source>Outdated packages</source>
        <translation>未更新のパッケージ</translation>
    </message>
    <message>
        <location filename="Projects/octopi/ui/mainwindow.ui" line="355"/>
        <source>&amp;Get latest distro news</source>
        <translation>最新のディストロニュースを取得(&amp;G)</translation>
    </message>
    <message>
        <location filename="Projects/octopi/ui/mainwindow.ui" line="367"/>
        <source>Remove group</source>
        <translation>グループを削除</translation>
    </message>
    <message>
        <location filename="Projects/octopi/ui/mainwindow.ui" line="376"/>
        <source>Install group</source>
        <translation>グループをインストール</translation>
    </message>
    <message>
        <location filename="Projects/octopi/ui/mainwindow.ui" line="385"/>
        <source>Collapse item</source>
        <translation>アイテムを畳む</translation>
    </message>
    <message>
        <location filename="Projects/octopi/ui/mainwindow.ui" line="394"/>
        <source>Expand item</source>
        <translation>アイテムを展開</translation>
    </message>
    <message>
        <location filename="Projects/octopi/ui/mainwindow.ui" line="403"/>
        <source>Collapse all items</source>
        <translation>すべてのアイテムを畳む</translation>
    </message>
    <message>
        <location filename="Projects/octopi/ui/mainwindow.ui" line="412"/>
        <source>Expand all items</source>
        <translation>すべてのアイテムを展開</translation>
    </message>
    <message>
        <location filename="Projects/octopi/ui/mainwindow.ui" line="421"/>
        <source>Open file</source>
        <translation>ファイルを開く</translation>
    </message>
    <message>
        <location filename="Projects/octopi/ui/mainwindow.ui" line="430"/>
        <source>Edit file</source>
        <translation>ファイルを編集</translation>
    </message>
    <message>
        <location filename="Projects/octopi/ui/mainwindow.ui" line="439"/>
        <source>Open directory</source>
        <translation>ディレクトリを開く</translation>
    </message>
    <message>
        <location filename="Projects/octopi/ui/mainwindow.ui" line="448"/>
        <source>Open terminal here</source>
        <translation>ターミナルをここで開く</translation>
    </message>
    <message>
        <location filename="Projects/octopi/ui/mainwindow.ui" line="457"/>
        <source>Remove item</source>
        <translation>アイテムを削除</translation>
    </message>
    <message>
        <location filename="Projects/octopi/ui/mainwindow.ui" line="469"/>
        <source>Remove items</source>
        <translation>アイテムを削除</translation>
    </message>
    <message>
        <location filename="Projects/octopi/ui/mainwindow.ui" line="480"/>
        <source>By &amp;description</source>
        <translation>説明から(&amp;D)</translation>
    </message>
    <message>
        <location filename="Projects/octopi/ui/mainwindow.ui" line="491"/>
        <source>By &amp;name</source>
        <translation>名前から(&amp;N)</translation>
    </message>
    <message>
        <location filename="Projects/octopi/ui/mainwindow.ui" line="503"/>
        <source>Find a file</source>
        <translation>ファイルを検索</translation>
    </message>
    <message>
        <location filename="Projects/octopi/ui/mainwindow.ui" line="512"/>
        <source>Open root terminal</source>
        <translation>root ターミナルを開く</translation>
    </message>
    <message>
        <location filename="Projects/octopi/ui/mainwindow.ui" line="517"/>
        <source>Usage</source>
        <translation>使い方</translation>
    </message>
    <message>
        <location filename="Projects/octopi/ui/mainwindow.ui" line="528"/>
        <source>&amp;Install local package...</source>
        <translation>ローカルパッケージをインストール(&amp;I)...</translation>
    </message>
    <message>
        <location filename="Projects/octopi/ui/mainwindow.ui" line="545"/>
        <source>Pacman Log Viewer</source>
        <translation>Pacman ログビューワ</translation>
    </message>
    <message>
        <location filename="Projects/octopi/ui/mainwindow.ui" line="560"/>
        <source>Repository Editor</source>
        <translation>リポジトリエディタ</translation>
    </message>
    <message>
        <location filename="Projects/octopi/ui/mainwindow.ui" line="572"/>
        <source>Cache Cleaner</source>
        <translation>キャッシュクリーナー</translation>
    </message>
    <message>
        <location filename="Projects/octopi/ui/mainwindow.ui" line="583"/>
        <source>Installed</source>
        <translation>インストール済み</translation>
    </message>
    <message>
        <location filename="Projects/octopi/ui/mainwindow.ui" line="605"/>
        <source>By &amp;file</source>
        <translation>ファイルから(&amp;F)</translation>
    </message>
    <message>
        <location filename="Projects/octopi/ui/mainwindow.ui" line="616"/>
        <source>Use Instant Search</source>
        <translation>インスタント検索を使用</translation>
    </message>
    <message>
        <location filename="Projects/octopi/ui/mainwindow.ui" line="624"/>
        <source>Donate!</source>
        <translation>寄付する！</translation>
    </message>
    <message>
        <location filename="Projects/octopi/ui/mainwindow.ui" line="635"/>
        <source>Outdated</source>
        <translation>未更新</translation>
    </message>
    <message>
        <location filename="Projects/octopi/ui/mainwindow.ui" line="644"/>
        <source>Add to Ignored</source>
        <translation>「無視」に追加</translation>
    </message>
    <message>
        <location filename="Projects/octopi/ui/mainwindow.ui" line="656"/>
        <source>Remove from Ignored</source>
        <translation>「無視」から削除</translation>
    </message>
    <message>
        <location filename="Projects/octopi/ui/mainwindow.ui" line="667"/>
        <source>Ignored</source>
        <translation>無視</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="66"/>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="71"/>
        <source>Ctrl+Shift+O to display outdated %1 packages</source>
        <translation>Ctrl+Shift+O で未更新の %1 パッケージを表示</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="82"/>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="87"/>
        <source>Ctrl+Shift+A to display AUR voted package list</source>
        <translation>Ctrl+Shift+A で AUR に投票済みのパッケージリストを表示</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="93"/>
        <source>For more information, visit:</source>
        <translation>詳しい情報はこちら:</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="100"/>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="211"/>
        <source>A Qt-based Pacman frontend,</source>
        <translation>Qt ベースの Pacman フロントエンド、</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="101"/>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="212"/>
        <source>licensed under the terms of</source>
        <translation>ライセンスは</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="108"/>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="219"/>
        <source>Package classification:</source>
        <translation>パッケージの分類:</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="111"/>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="222"/>
        <source>An ignored package</source>
        <translation>無視するパッケージ</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="113"/>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="224"/>
        <source>An installed package</source>
        <translation>インストール済みパッケージ</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="115"/>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="226"/>
        <source>An installed package (not required by others)</source>
        <translation>インストール済みパッケージ（他からは不要）</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="118"/>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="229"/>
        <source>A foreign package, installed from</source>
        <translation>外部パッケージ</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="121"/>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="232"/>
        <source>A non installed package</source>
        <translation>未インストールパッケージ</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="124"/>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="235"/>
        <source>An outdated package</source>
        <translation>未更新のパッケージ</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="127"/>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="238"/>
        <source>An outdated foreign package</source>
        <translation>未更新の外部パッケージ</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="130"/>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="241"/>
        <source>A newer version of this package is installed</source>
        <translation>このパッケージの新しいバージョンがインストールされている</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="133"/>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="244"/>
        <source>Basic usage help:</source>
        <translation>基本的な使用方法:</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="135"/>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="246"/>
        <source>Position the mouse over a package to see its description</source>
        <translation>パッケージの上にマウスを置くと説明文を表示</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="137"/>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="248"/>
        <source>Double click an installed package to see its contents</source>
        <translation>インストール済みパッケージをダブルクリックすると内容を表示</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="139"/>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="250"/>
        <source>Right click package to install/reinstall or remove it</source>
        <translation>インストール/再インストール/削除をするには、パッケージを右クリック</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="142"/>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="253"/>
        <source>Alt+key sequences:</source>
        <translation>「Alt+キー」の動作:</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="144"/>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="255"/>
        <source>Alt+1 to switch to &apos;Info&apos; tab</source>
        <translation>Alt+1 で情報タブに切り替え</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="146"/>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="257"/>
        <source>Alt+2 to switch to &apos;Files&apos; tab</source>
        <translation>Alt+2 でファイルタブに切り替え</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="148"/>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="259"/>
        <source>Alt+3 to switch to &apos;Actions&apos; tab</source>
        <translation>Alt+3 で「アクション」タブに切り替え</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="150"/>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="261"/>
        <source>Alt+4 to switch to &apos;Output&apos; tab</source>
        <translation>Alt+4 で出力タブに切り替え</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="152"/>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="263"/>
        <source>Alt+5 to switch to &apos;News&apos; tab</source>
        <translation>Alt+5 でニュースタブに切り替え</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="154"/>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="265"/>
        <source>Alt+6 or &apos;F1&apos; to show this help page</source>
        <translation>Alt+6 か F1 でこのヘルプを表示</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="156"/>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="267"/>
        <source>Alt+7 to switch to &apos;Terminal&apos; tab</source>
        <translation>Alt+7 で「ターミナル」タブに切り替え</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="159"/>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="270"/>
        <source>Control+key sequences:</source>
        <translation>「Ctrl+キー」の動作:</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="161"/>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="272"/>
        <source>Ctrl+E or &apos;Actions/Cancel&apos; to clear the selection of to be removed/installed packages</source>
        <translation>Ctrl+E または「アクション/キャンセル」で、削除/インストールするパッケージの選択をクリア</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="163"/>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="274"/>
        <source>Ctrl+F to search for text inside tab Files, News and Usage</source>
        <translation>Ctrl+F でファイル/ニュース/使い方のタブ内のテキストを検索</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="165"/>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="276"/>
        <source>Ctrl+G or &apos;File/Get latest distro news&apos; to retrieve the latest RSS based distro news</source>
        <translation>Ctrl+G か「ファイル→ディストロの最新ニュースを取得」で、RSS ベースの最新ディストロニュースを取得</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="167"/>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="278"/>
        <source>Ctrl+K or &apos;File/Check updates&apos; to check mirror for latest updates (checkupdates)</source>
        <translation>Ctrl+K または「ファイル→アップデートを確認」で、最新のアップデートをミラーで確認 (checkupdates)</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="169"/>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="280"/>
        <source>Ctrl+L to find a package in the package list</source>
        <translation>Ctrl+L でパッケージリストのパッケージを検索</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="171"/>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="282"/>
        <source>Ctrl+P to go to package list</source>
        <translation>Ctrl+P でパッケージリストに行く</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="173"/>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="284"/>
        <source>Ctrl+Q or &apos;File/Exit&apos; to exit the application</source>
        <translation>Ctrl+Q か「ファイル→終了」で、このアプリケーションを終了</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="175"/>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="286"/>
        <source>Ctrl+U or &apos;File/System upgrade&apos; to make a full system upgrade (pacman -Su)</source>
        <translation>Ctrl+U か「ファイル→システムアップグレード」で、システム全体をアップグレード (pacman -Su)</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="177"/>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="288"/>
        <source>Ctrl+Y or &apos;Actions/Apply&apos; to start installation/removal of selected packages</source>
        <translation>Ctrl+Y か「アクション→適用」で、選択したパッケージのインストール/削除を開始</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="180"/>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="291"/>
        <source>Control+shift+key sequences:</source>
        <translation>「Ctrl+Shift+キー」の動作:</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="184"/>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="295"/>
        <source>Ctrl+Shift+G to display all package groups</source>
        <translation>Ctrl+Shift+G ですべてのパッケージグループを表示</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="189"/>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="300"/>
        <source>Ctrl+Shift+U to upgrade outdated %1 packages</source>
        <translation>Ctrl+Shift+U で未更新の %1 パッケージをアップグレード</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="191"/>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="302"/>
        <source>Ctrl+Shift+Y to display %1 group</source>
        <translation>Ctrl+Shift+Y で %1 グループを表示</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="194"/>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="305"/>
        <source>F+key sequences:</source>
        <translation>Fn+キー の動作:</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="196"/>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="307"/>
        <source>F1 to show this help page</source>
        <translation>F1 でこのヘルプを表示</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="198"/>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="309"/>
        <source>F4 to open a Terminal whitin the selected directory at Files tab</source>
        <translation>F4 でターミナルをファイルタブで選択したディレクトリで開く</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="200"/>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="311"/>
        <source>F6 to open a File Manager whitin the selected directory at Files tab</source>
        <translation>F6 でファイルマネージャをファイルタブで選択したディレクトリで開く</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="202"/>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="313"/>
        <source>F10 to maximize/demaximize package list view</source>
        <translation>F10 でパッケージリストビューを最大化/元に戻す</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="204"/>
        <location filename="Projects/octopi/src/mainwindow_help.cpp" line="315"/>
        <source>F11 to maximize/demaximize Tab&apos;s view</source>
        <translation>F11 でタブビューを最大化/元に戻す</translation>
    </message>
</context>
<context>
    <name>OptionsDialog</name>
    <message>
        <location filename="Projects/octopi/ui/optionsdialog.ui" line="23"/>
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <location filename="Projects/octopi/ui/optionsdialog.ui" line="90"/>
        <source>Show package numbers in output tab</source>
        <translation>パッケージの数を出力タブに表示</translation>
    </message>
    <message>
        <location filename="Projects/octopi/ui/optionsdialog.ui" line="103"/>
        <source>Show stop transaction button at statusbar</source>
        <translation>トランザクション停止ボタンをステータスバーに表示</translation>
    </message>
    <message>
        <location filename="Projects/octopi/ui/optionsdialog.ui" line="116"/>
        <source>Always use the terminal to install/upgrade/remove packages</source>
        <translation>パッケージのインストール/アップグレード/削除には必ずターミナルを使用する</translation>
    </message>
    <message>
        <location filename="Projects/octopi/ui/optionsdialog.ui" line="129"/>
        <source>Enable internet checking</source>
        <translation>インターネットチェックを有効にする</translation>
    </message>
    <message>
        <location filename="Projects/octopi/ui/optionsdialog.ui" line="142"/>
        <source>Enable dark theme</source>
        <translation>ダークテーマを有効にする</translation>
    </message>
    <message>
        <location filename="Projects/octopi/ui/optionsdialog.ui" line="197"/>
        <source>Enable confirmation dialog in system upgrade</source>
        <translation>システムアップグレードで確認ダイアログを有効にする</translation>
    </message>
    <message>
        <location filename="Projects/octopi/ui/optionsdialog.ui" line="210"/>
        <source>Increase text spacing in the main interface</source>
        <translation>メインインターフェースのテキスト間隔を広げる</translation>
    </message>
    <message>
        <location filename="Projects/octopi/ui/optionsdialog.ui" line="225"/>
        <source>Use alternating row colors</source>
        <translation>行の色を交互に変える</translation>
    </message>
    <message>
        <location filename="Projects/octopi/ui/optionsdialog.ui" line="238"/>
        <source>Show &quot;Licenses&quot; column</source>
        <translation>「ライセンス」列を表示</translation>
    </message>
    <message>
        <location filename="Projects/octopi/ui/optionsdialog.ui" line="251"/>
        <source>Show &quot;Installed Size&quot; column</source>
        <translation>「インストールサイズ」列を表示</translation>
    </message>
    <message>
        <location filename="Projects/octopi/ui/optionsdialog.ui" line="264"/>
        <source>Show &quot;Build Date&quot; column</source>
        <translation>「ビルド日」列を表示</translation>
    </message>
    <message>
        <location filename="Projects/octopi/ui/optionsdialog.ui" line="277"/>
        <source>Show &quot;Install Date&quot; column</source>
        <translation>「インストール日」列を表示</translation>
    </message>
    <message>
        <location filename="Projects/octopi/ui/optionsdialog.ui" line="290"/>
        <source>Show &quot;Install Reason&quot; column</source>
        <translation>「インストール理由」列を表示</translation>
    </message>
    <message>
        <location filename="Projects/octopi/ui/optionsdialog.ui" line="303"/>
        <source>Enable package tooltips</source>
        <translation>パッケージのツールチップを有効にする</translation>
    </message>
    <message>
        <location filename="Projects/octopi/ui/optionsdialog.ui" line="316"/>
        <source>Show &quot;Repository&quot; column</source>
        <translation>「リポジトリ」列を表示</translation>
    </message>
    <message>
        <location filename="Projects/octopi/ui/optionsdialog.ui" line="329"/>
        <source>Show &quot;Download Size&quot; column</source>
        <translation>「ダウンロードサイズ」列を表示</translation>
    </message>
    <message>
        <location filename="Projects/octopi/ui/optionsdialog.ui" line="363"/>
        <source>Select the AUR tool Octopi should use</source>
        <translation>Octopi が使用する AUR ツールを選択</translation>
    </message>
    <message>
        <location filename="Projects/octopi/ui/optionsdialog.ui" line="489"/>
        <source>User name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <location filename="Projects/octopi/ui/optionsdialog.ui" line="502"/>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location filename="Projects/octopi/ui/optionsdialog.ui" line="520"/>
        <source>Register</source>
        <translation>登録</translation>
    </message>
    <message>
        <location filename="Projects/octopi/ui/optionsdialog.ui" line="538"/>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
    <message>
        <location filename="Projects/octopi/ui/optionsdialog.ui" line="557"/>
        <source>Enable AUR voting</source>
        <translation>AUR への投票を有効にする</translation>
    </message>
    <message>
        <location filename="Projects/octopi/ui/optionsdialog.ui" line="578"/>
        <source>AUR packages are user produced content. 
Any use of the provided files is at your own risk.</source>
        <translation>AUR パッケージはユーザーが作成したコンテンツです。
提供されたファイルの使用は、自己責任で行ってください。</translation>
    </message>
    <message>
        <location filename="Projects/octopi/ui/optionsdialog.ui" line="639"/>
        <source>Build directory</source>
        <translation>ビルドディレクトリ</translation>
    </message>
    <message>
        <location filename="Projects/octopi/ui/optionsdialog.ui" line="710"/>
        <source>Search for outdated AUR packages</source>
        <translation>未更新の AUR パッケージを検索</translation>
    </message>
    <message>
        <location filename="Projects/octopi/ui/optionsdialog.ui" line="779"/>
        <source>Select the backend Octopi should use</source>
        <translation>Octopiが使用するバックエンドを選択</translation>
    </message>
    <message>
        <location filename="Projects/octopi/ui/optionsdialog.ui" line="822"/>
        <source>Use default notification icons</source>
        <translation>デフォルトの通知アイコンを使用する</translation>
    </message>
    <message>
        <location filename="Projects/octopi/ui/optionsdialog.ui" line="897"/>
        <source>Red icon</source>
        <translation>赤アイコン</translation>
    </message>
    <message>
        <location filename="Projects/octopi/ui/optionsdialog.ui" line="987"/>
        <source>Busy icon</source>
        <translation>ビジーアイコン</translation>
    </message>
    <message>
        <location filename="Projects/octopi/ui/optionsdialog.ui" line="1056"/>
        <source>Yellow icon</source>
        <translation>黄アイコン</translation>
    </message>
    <message>
        <location filename="Projects/octopi/ui/optionsdialog.ui" line="1140"/>
        <source>Green icon</source>
        <translation>緑アイコン</translation>
    </message>
    <message>
        <location filename="Projects/octopi/ui/optionsdialog.ui" line="1465"/>
        <source>Color Scheme</source>
        <translation>配色</translation>
    </message>
    <message>
        <location filename="Projects/octopi/ui/optionsdialog.ui" line="1478"/>
        <source>Font Family</source>
        <translation>フォントファミリー</translation>
    </message>
    <message>
        <location filename="Projects/octopi/ui/optionsdialog.ui" line="1511"/>
        <source>Font Size</source>
        <translation>フォントサイズ</translation>
    </message>
    <message>
        <location filename="Projects/octopi/ui/optionsdialog.ui" line="1534"/>
        <source>Play a bell sound when prompting for the root password in the terminal</source>
        <translation>ターミナルで root パスワードの入力を求められたときにベル音を鳴らす</translation>
    </message>
    <message>
        <location filename="Projects/octopi/ui/optionsdialog.ui" line="1547"/>
        <source>Force use of BASH shell</source>
        <translation>Bash シェルの使用を強制する</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/optionsdialog.cpp" line="102"/>
        <location filename="Projects/octopi/src/optionsdialog.cpp" line="118"/>
        <location filename="Projects/octopi/src/optionsdialog.cpp" line="134"/>
        <location filename="Projects/octopi/src/optionsdialog.cpp" line="151"/>
        <source>Open Image</source>
        <translation>画像を開く</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/optionsdialog.cpp" line="102"/>
        <location filename="Projects/octopi/src/optionsdialog.cpp" line="118"/>
        <location filename="Projects/octopi/src/optionsdialog.cpp" line="134"/>
        <location filename="Projects/octopi/src/optionsdialog.cpp" line="151"/>
        <source>Image Files</source>
        <translation>画像ファイル</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/optionsdialog.cpp" line="173"/>
        <location filename="Projects/octopi/src/optionsdialog.cpp" line="197"/>
        <source>Backend</source>
        <translation>バックエンド</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/optionsdialog.cpp" line="196"/>
        <source>General</source>
        <translation>全般</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/optionsdialog.cpp" line="198"/>
        <source>Package List</source>
        <translation>パッケージリスト</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/optionsdialog.cpp" line="200"/>
        <source>Icon</source>
        <translation>アイコン</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/optionsdialog.cpp" line="201"/>
        <source>Updates</source>
        <translation>アップデート</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/optionsdialog.cpp" line="202"/>
        <source>Terminal</source>
        <translation>ターミナル</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/optionsdialog.cpp" line="218"/>
        <source>Ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/optionsdialog.cpp" line="219"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="36"/>
        <source>show application version.</source>
        <translation>アプリケーションのバージョンを表示。</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="37"/>
        <source>force a system upgrade at startup.</source>
        <translation>起動時に強制的にシステムをアップグレード。</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="38"/>
        <source>force a system upgrade at startup, withou asking for confirmation.</source>
        <translation>起動時に確認なしでシステムを強制的にアップグレード。</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="46"/>
        <source>Pacman Database is missing!
You may need to synchronize database!</source>
        <translation>Pacman データベースがありません！
データベースを同期する必要があるかもしれません！</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="50"/>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="132"/>
        <source>Arch Linux news</source>
        <translation>Arch Linux ニュース</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="136"/>
        <source>Artix Linux news</source>
        <translation>Artix Linux ニュース</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="140"/>
        <source>Chakra news</source>
        <translation>Chakra ニュース</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="144"/>
        <source>Condres OS news</source>
        <translation>Condres OS ニュース</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="148"/>
        <source>EndeavourOS news</source>
        <translation>EndeavourOS ニュース</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="152"/>
        <source>KaOS news</source>
        <translation>KaOS ニュース</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="156"/>
        <source>Manjaro Linux news</source>
        <translation>Manjaro Linux ニュース</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="160"/>
        <source>Obarun Linux news</source>
        <translation>Obarun Linux ニュース</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="164"/>
        <source>Parabola GNU/Linux-libre news</source>
        <translation>Parabola GNU/Linux-libre ニュース</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="168"/>
        <source>Information</source>
        <translation>情報</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="172"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="176"/>
        <source>No news could be found! Press Ctrl+G to download the latest news.</source>
        <translation>ニュースがありません。Ctrl+G で最新ニュースをダウンロードします。</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="181"/>
        <source>Showing cached news.</source>
        <translation>キャッシュされたニュースを表示しています。</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="185"/>
        <source>This Linux distro seems to be incompatible with Octopi!</source>
        <translation>このLinuxディストロは Octopi と互換性が無いようです！</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="189"/>
        <source>Internet seems unavailable!</source>
        <translation>インターネットを利用できないようです！</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="193"/>
        <source>Display all groups</source>
        <translation>すべてのグループを表示</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="205"/>
        <source>Usage</source>
        <translation>使い方</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="209"/>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="213"/>
        <source>Help</source>
        <translation>ヘルプ</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="217"/>
        <source>&amp;Options</source>
        <translation>オプション(&amp;O)</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="221"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="225"/>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="234"/>
        <source>Outdated version</source>
        <translation>未更新のバージョン</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="238"/>
        <source>Available version</source>
        <translation>利用可能なバージョン</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="242"/>
        <source>No description available.</source>
        <translation>説明がありません。</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="246"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="250"/>
        <source>Repository</source>
        <translation>リポジトリ</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="254"/>
        <source>Licenses</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="258"/>
        <source>Maintainer</source>
        <translation>メンテナー</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="262"/>
        <source>Last Modified</source>
        <translation>最終更新日</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="266"/>
        <source>Out-of-date</source>
        <translation>未更新</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="270"/>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="274"/>
        <source>Groups</source>
        <translation>グループ</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="278"/>
        <source>Provides</source>
        <translation>次を提供</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="282"/>
        <source>Depends On</source>
        <translation>次が必要</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="286"/>
        <source>Make Deps</source>
        <translation>次がビルドに必要</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="290"/>
        <source>Required By</source>
        <translation>次に必要</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="294"/>
        <source>Optional For</source>
        <translation>次のオプション</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="298"/>
        <source>Optional Deps</source>
        <translation>オプション</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="302"/>
        <source>Conflicts With</source>
        <translation>次と競合</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="306"/>
        <source>Replaces</source>
        <translation>次を置換</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="310"/>
        <source>Votes</source>
        <translation>投票</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="314"/>
        <source>votes</source>
        <translation>投票</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="319"/>
        <source>Vote</source>
        <translation>投票</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="324"/>
        <source>AUR voted package list</source>
        <translation>AUR に投票済みのパッケージリスト</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="329"/>
        <source>Unvote</source>
        <translation>投票解除</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="334"/>
        <source>Open PKGBUILD</source>
        <translation>PKGBUILD を開く</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="339"/>
        <source>Show PKGBUILD diff</source>
        <translation>PKGBUILD の差分を表示</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="344"/>
        <source>Open news in a browser</source>
        <translation>ブラウザでニュースを開く</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="349"/>
        <source>There is only one version available of &quot;%1&quot;</source>
        <translation>「%1」には利用可能なバージョンが 1 つだけあります</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="353"/>
        <source>Download Size</source>
        <translation>ダウンロードサイズ</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="357"/>
        <source>Installed Size</source>
        <translation>インストールサイズ</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="361"/>
        <source>Install Reason</source>
        <translation>インストール理由</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="373"/>
        <source>Packager</source>
        <translation>パッケージ作成者</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="377"/>
        <source>Package</source>
        <translation>パッケージ</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="381"/>
        <source>Packages</source>
        <translation>パッケージ</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="385"/>
        <source>Architecture</source>
        <translation>アーキテクチャ</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="389"/>
        <source>Build Date</source>
        <translation>ビルド日</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="393"/>
        <source>Install Date</source>
        <translation>インストール日</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="397"/>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="401"/>
        <source>Attention</source>
        <translation>注意</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="405"/>
        <source>Partial updates are not supported!</source>
        <translation>部分的なアップデートはサポートしていません！</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="409"/>
        <source>automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="413"/>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="417"/>
        <source>Info</source>
        <translation>情報</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="421"/>
        <source>Files</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="425"/>
        <source>Transaction</source>
        <translation>トランザクション</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="429"/>
        <source>Actions</source>
        <translation>アクション</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="433"/>
        <source>Output</source>
        <translation>出力</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="437"/>
        <source>News</source>
        <translation>ニュース</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="442"/>
        <source>Terminal</source>
        <translation>ターミナル</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="446"/>
        <source>Contents of &quot;%1&quot;</source>
        <translation>&quot;%1&quot; の内容</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="450"/>
        <source>Find</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="454"/>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="458"/>
        <source> (outdated installed version is %1)</source>
        <translation> (未更新のインストール済みのバージョンは %1)</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="462"/>
        <source> (newer installed version is %1)</source>
        <translation> (新しくインストールされたバージョンは %1)</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="466"/>
        <source>Building package list...</source>
        <translation>パッケージリストを作成...</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="470"/>
        <source>Searching for %1 latest news...</source>
        <translation>%1 の最新ニュースを検索...</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="474"/>
        <source>There is one outdated package in your system:</source>
        <translation>未更新のパッケージがシステムに 1 個あります:</translation>
    </message>
    <message numerus="yes">
        <location filename="Projects/octopi/src/strconstants.cpp" line="478"/>
        <source>There are %n outdated packages in your system:</source>
        <translation><numerusform>システムには %n 個の未更新のパッケージがあります:</numerusform></translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="482"/>
        <source>(version %1 is available)</source>
        <translation>(バージョン %1 が利用可能)</translation>
    </message>
    <message numerus="yes">
        <location filename="Projects/octopi/src/strconstants.cpp" line="486"/>
        <source>%n packages</source>
        <translation><numerusform>%n 個のパッケージ</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="Projects/octopi/src/strconstants.cpp" line="490"/>
        <source>%n selected</source>
        <translation><numerusform>%n 個を選択</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="Projects/octopi/src/strconstants.cpp" line="494"/>
        <source>%n installed</source>
        <translation><numerusform>%n 個をインストール済み</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="Projects/octopi/src/strconstants.cpp" line="498"/>
        <source>%n outdated</source>
        <translation><numerusform>%n 個が未更新</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="Projects/octopi/src/strconstants.cpp" line="502"/>
        <source>%n available</source>
        <translation><numerusform>%n 個を利用可能</numerusform></translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="506"/>
        <source>Cleaning package cache...</source>
        <translation>パッケージのキャッシュを削除...</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="510"/>
        <source>Removing Pacman&apos;s transaction lock file...</source>
        <translation>Pacman のトランザクションロックファイルを削除しています...</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="543"/>
        <source>Check updates</source>
        <translation>アップデートを確認</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="548"/>
        <source>System upgrade</source>
        <translation>システムアップグレード</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="553"/>
        <source>Checking for updates...</source>
        <translation>アップデートを確認しています...</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="558"/>
        <source>No updates available</source>
        <translation>アップデートはありません！</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="566"/>
        <source>Sync database</source>
        <translation>データベースを同期</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="570"/>
        <source>Synchronizing databases...</source>
        <translation>データベースを同期しています...</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="579"/>
        <source>SysInfo file generated on: %1&lt;br&gt;If you wish, post the output in your distro&apos;s forum for help.</source>
        <translation>SysInfo ファイルは次の場所に生成されました: %1&lt;br&gt;サポートが必要な場合は、ディストリビューションのフォーラムに出力を投稿してください。</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="583"/>
        <source>Starting full system upgrade...</source>
        <translation>システムのフルアップグレードを開始しています...</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="587"/>
        <source>Changing the install reason of selected packages...</source>
        <translation>選択したパッケージのインストール理由を変更しています...</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="591"/>
        <source>Installing selected packages...</source>
        <translation>選択したパッケージをインストールしています...</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="595"/>
        <source>Removing selected packages...</source>
        <translation>選択したパッケージを削除しています...</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="599"/>
        <source>Removing/installing selected packages...</source>
        <translation>選択したパッケージを削除/インストールしています...</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="603"/>
        <source>Running command in terminal...</source>
        <translation>ターミナルでコマンドを実行しています...</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="608"/>
        <source>Collecting transaction data...</source>
        <translation>トランザクションデータを収集しています...</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="612"/>
        <source>Command finished OK!</source>
        <translation>コマンドは正常に終了しました！</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="616"/>
        <source>Command finished with errors!</source>
        <translation>コマンドがエラーで終了しました！</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="621"/>
        <source>Temporary &quot;yay-bin&quot; could not be downloaded!</source>
        <translation>&quot;yay-bin&quot; をダウンロードできませんでした！</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="626"/>
        <source>Temporary &quot;yay-bin&quot; downloaded.</source>
        <translation>&quot;yay-bin&quot; をダウンロードしました。</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="631"/>
        <source>Downloading temporary &quot;yay-bin&quot;...</source>
        <translation>&quot;yay-bin&quot; をダウンロードしています...</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="636"/>
        <source>%1 is not working.
Please, upgrade the package and try again.</source>
        <translation>%1 が動作していません。
パッケージをアップグレードして、再度お試しください。</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="640"/>
        <source>Retrieving %1</source>
        <translation>%1 を取得しています</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="644"/>
        <source>Total download size: %1 KB</source>
        <translation>トータルのダウンロードサイズ: %1 KB</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="648"/>
        <source>The following package needs to be retrieved</source>
        <translation>次のパッケージを取得する必要があります</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="652"/>
        <source>The following package will be removed</source>
        <translation>次のパッケージが削除されます</translation>
    </message>
    <message numerus="yes">
        <location filename="Projects/octopi/src/strconstants.cpp" line="656"/>
        <source>The following %n packages need to be retrieved</source>
        <translation><numerusform>次の %n 個のパッケージを取得する必要があります</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="Projects/octopi/src/strconstants.cpp" line="660"/>
        <source>The following %n packages will be removed</source>
        <translation><numerusform>次の %n 個のパッケージが削除されます</numerusform></translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="664"/>
        <source>There are forbidden packages in the removal list!</source>
        <translation>削除リストに禁止されたパッケージがあります！</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="668"/>
        <source>There are no new updates available!</source>
        <translation>新しいアップデートはありません！</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="672"/>
        <source>There is an update available!</source>
        <translation>アップデートがあります！</translation>
    </message>
    <message numerus="yes">
        <location filename="Projects/octopi/src/strconstants.cpp" line="676"/>
        <source>There are %n updates available!</source>
        <translation><numerusform>利用可能なアップデートが %n 個あります。</numerusform></translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="680"/>
        <source>Confirm?</source>
        <translation>よろしいですか？</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="684"/>
        <source>Warning!!!</source>
        <translation>警告！！</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="688"/>
        <source>Confirmation</source>
        <translation>確認</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="692"/>
        <source>There has been a transaction error!</source>
        <translation>トランザクションエラーが発生しました！</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="696"/>
        <source>Do you want to execute this transaction in a Terminal?</source>
        <translation>このトランザクションをターミナルで実行しますか？</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="700"/>
        <source>Do you really want to cancel actions?</source>
        <translation>本当にアクションをキャンセルしますか？</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="704"/>
        <source>Please, enter the administrator&apos;s password</source>
        <translation>管理者のパスワードを入力してください</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="710"/>
        <source>There are no means to get administrator&apos;s credentials.</source>
        <translation>管理者権限を取得する手段がありません。</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="715"/>
        <source>Pacman is running or didn&apos;t cleanly close (/var/lib/pacman/db.lck exists!)</source>
        <translation>Pacman が実行中か、正常に終了しませんでした（/var/lib/pacman/db.lck が存在します）</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="719"/>
        <source>You&apos;ll need to install &quot;qt-sudo&quot; in order to use Octopi.</source>
        <translation>Octopi を使用するには、「qt-sudo」をインストールする必要があります。</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="724"/>
        <source>You'll need one of those tools to use AUR:

%1, %2, %3 %4 or %5</source>
        <translation>AUR を使用するには、これらのツールのいずれかが必要です。

%1, %2, %3 %4 or %5</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="733"/>
        <source>You need a package in order to use AUR.
Do you want to install it?</source>
        <translation>AUR を使用するにはパッケージが必要です。
インストールしますか？</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="739"/>
        <source>Connection is OK!</source>
        <translation>接続はOKです！</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="743"/>
        <source>Would you like to help this project by voting for it?
You only need to accept and wait a few seconds.</source>
        <translation>投票して、このプロジェクトを支援しませんか？
了承して数秒待つだけです。</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="749"/>
        <source>Thank you for voting for Octopi!</source>
        <translation>Octopi に投票していただきありがとうございます！</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="754"/>
        <source>Username and/or password is/are incorrect.</source>
        <translation>ユーザー名かパスワードが間違っています。</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="759"/>
        <source>AUR username is not set.</source>
        <translation>AUR ユーザー名が設定されていません。</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="764"/>
        <source>AUR password is not set.</source>
        <translation>AUR パスワードが設定されていません。</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="769"/>
        <source>Select the build directory for the AUR packages</source>
        <translation>AUR パッケージのビルドディレクトリを選択</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="773"/>
        <source>Icon path information is not set.</source>
        <translation>アイコンのパス情報が設定されていません。</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="777"/>
        <source>You must use &quot;/usr/bin/octopi&quot; to run Octopi</source>
        <translation>Octopi を実行するには「/usr/bin/octopi」を使用する必要があります</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="781"/>
        <source>You must use &quot;/usr/bin/octopi-notifier&quot; to run Octopi Notifier</source>
        <translation>Octopi Notifier を実行するには、「/usr/bin/octopi-notifier」を使用する必要があります</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="785"/>
        <source>You must use &quot;/usr/bin/octopi-cachecleaner&quot; to run Octopi Cache Cleaner</source>
        <translation>Octopi キャッシュクリーナーを実行するには、「/usr/bin/octopi-cachecleaner」を使用する必要があります</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="789"/>
        <source>You must use &quot;/usr/bin/octopi-repoeditor&quot; to run Octopi Repository Editor</source>
        <translation>Octopi リポジトリエディタを実行するには &quot;/usr/bin/octopi-repoeditor&quot; を使用してください</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="793"/>
        <source>You can not run Octopi with administrator&apos;s credentials.</source>
        <translation>Octopi を管理者権限で実行することができません。</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="797"/>
        <source>Canceling the running transaction may damage your system!</source>
        <translation>実行中のトランザクションをキャンセルすると、システムに損傷を与える可能性があります！</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="801"/>
        <source>There are pending actions</source>
        <translation>保留中のアクションがあります</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="805"/>
        <source>Do you really want to quit?</source>
        <translation>本当に終了しますか？</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="810"/>
        <source>You are about to generate &quot;octopi-sysinfo.log&quot; in your home path with the contents of:

&quot;/etc/lsb-release&quot;, &quot;inxi -Fxz&quot;, &quot;uname -a&quot;, &quot;mhwd -li -d,&quot;
&quot;journalctl -b -p err&quot;, &quot;cat /etc/pacman.conf&quot;, &quot;pacman -Qm&quot;
and &quot;head --bytes=256K /var/log/pacman.log&quot;

Do you want to continue?
</source>
        <translation>次の内容を含む「octopi-sysinfo.log」をホームパスに生成しようとしています:

&quot;/etc/lsb-release&quot;, &quot;inxi -Fxz&quot;, &quot;uname -a&quot;, &quot;mhwd -li -d,&quot;
&quot;journalctl -b -p err&quot;, &quot;cat /etc/pacman.conf&quot;, &quot;pacman -Qm&quot;
and &quot;head --bytes=256K /var/log/pacman.log&quot;

続行しますか？
</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="818"/>
        <source>Executing command</source>
        <translation>コマンドを実行</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="822"/>
        <source>Run in terminal</source>
        <translation>ターミナルで実行</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="826"/>
        <source>This change needs application restart to take effect</source>
        <translation>この変更を有効にするには、アプリケーションの再起動が必要です</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="830"/>
        <source>These changes need application restart to take effect!</source>
        <translation>変更の効果を反映させるにはアプリケーションの再起動が必要です！</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="834"/>
        <source>Select the packages you want to install</source>
        <translation>インストールするパッケージを選択</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="838"/>
        <source>This file does not appear to be a simple text.
Are you sure you want to open it?</source>
        <translation>このファイルはシンプルなテキストではないようです。
本当に開きますか？</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="843"/>
        <source>To be installed</source>
        <translation>インストールされる</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="847"/>
        <source>To be removed</source>
        <translation>削除される</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="851"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="855"/>
        <source>Install</source>
        <translation>インストール</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="860"/>
        <source>Reinstall</source>
        <translation>再インストール</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="865"/>
        <source>Change Install Reason</source>
        <translation>インストール理由を変更</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="870"/>
        <source>Update</source>
        <translation>アップデート</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="874"/>
        <source>Remove item</source>
        <translation>アイテムを削除</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="878"/>
        <source>Remove items</source>
        <translation>アイテムを削除</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="882"/>
        <source>Press Ctrl+A to select/deselect all</source>
        <translation>Ctrl+A ですべて選択/解除</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="886"/>
        <source>Use &quot;%1&quot; tool</source>
        <translation> &quot;%1&quot; ツールを使用</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="890"/>
        <source>Copy path to clipboard</source>
        <translation>パスをクリップボードにコピー</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="894"/>
        <source>Setup</source>
        <translation>セットアップ</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="898"/>
        <source>Check for package updates interval</source>
        <translation>パッケージアップデートの間隔を確認</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="902"/>
        <source>Once a day</source>
        <translation>1日1回</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="906"/>
        <source>Once a day, at</source>
        <translation>1日1回、次の時刻に</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="910"/>
        <source>(value in 24-hour format: 0 to 23)</source>
        <translation>(24時間表記: 0から23の値を入力)</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="914"/>
        <source>Once every</source>
        <translation>次の時間ごとに1回</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="918"/>
        <source>(value in minutes: %1 to %2)</source>
        <translation>(分: %1から%2の値を入力)</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="922"/>
        <source>Set interval...</source>
        <translation>間隔を設定...</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="927"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="932"/>
        <source>%1 could not be found in the system!</source>
        <translation>%1 がシステムに見つかりませんでした！</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="937"/>
        <source>Zoom in</source>
        <translation>拡大</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="942"/>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="947"/>
        <source>Maximize</source>
        <translation>最大化</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="952"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="957"/>
        <source>Paste</source>
        <translation>貼り付け</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="962"/>
        <source>Never</source>
        <translation>決してしない</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="967"/>
        <source>Upgrading...</source>
        <translation>アップグレードしています...</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/strconstants.cpp" line="972"/>
        <source>Exit</source>
        <translation>終了</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="Projects/octopi/src/searchbar.cpp" line="73"/>
        <source>Previous</source>
        <translation>前へ</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/searchbar.cpp" line="76"/>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <location filename="Projects/octopi/src/searchbar.cpp" line="90"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>TransactionDialog</name>
    <message>
        <location filename="Projects/octopi/ui/transactiondialog.ui" line="133"/>
        <source>Run in terminal</source>
        <translation>ターミナルで実行</translation>
    </message>
</context>
</TS>