<?xml version="1.0" ?><!DOCTYPE TS><TS language="ja_JP" version="2.1">
<context>
    <name>Otter::AcceptCookieDialog</name>
    <message>
        <location filename="../../src/ui/AcceptCookieDialog.ui" line="14"/>
        <source>Accept Cookie</source>
        <translation>クッキーを受け付ける</translation>
    </message>
    <message>
        <location filename="../../src/ui/AcceptCookieDialog.ui" line="35"/>
        <source>Domain:</source>
        <translation>ドメイン:</translation>
    </message>
    <message>
        <location filename="../../src/ui/AcceptCookieDialog.ui" line="42"/>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <location filename="../../src/ui/AcceptCookieDialog.ui" line="49"/>
        <source>Value:</source>
        <translation>価値:</translation>
    </message>
    <message>
        <location filename="../../src/ui/AcceptCookieDialog.ui" line="56"/>
        <source>Expiration date:</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <location filename="../../src/ui/AcceptCookieDialog.ui" line="63"/>
        <source>Is secure:</source>
        <translation>セキュア:</translation>
    </message>
    <message>
        <location filename="../../src/ui/AcceptCookieDialog.ui" line="70"/>
        <source>Is HTTP only:</source>
        <translation>HTTPのみ:</translation>
    </message>
    <message>
        <location filename="../../src/ui/AcceptCookieDialog.cpp" line="47"/>
        <source>Website %1 requested to add new cookie.</source>
        <translation>ウェブサイト%1は、新しいクッ​​キーの追加を要求しました。</translation>
    </message>
    <message>
        <location filename="../../src/ui/AcceptCookieDialog.cpp" line="51"/>
        <source>Website %1 requested to update existing cookie.</source>
        <translation>ウェブサイトの%1 は、既存のクッキーを更新するために要請しました。</translation>
    </message>
    <message>
        <location filename="../../src/ui/AcceptCookieDialog.cpp" line="55"/>
        <source>Website %1 requested to remove existing cookie.</source>
        <translation>ウェブサイトの%1 は、既存のクッキーを削除するよう要求しました。</translation>
    </message>
    <message>
        <location filename="../../src/ui/AcceptCookieDialog.cpp" line="61"/>
        <source>This Session Only</source>
        <translation>このセッションのみ</translation>
    </message>
    <message>
        <location filename="../../src/ui/AcceptCookieDialog.cpp" line="62"/>
        <location filename="../../src/ui/AcceptCookieDialog.cpp" line="63"/>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location filename="../../src/ui/AcceptCookieDialog.cpp" line="62"/>
        <location filename="../../src/ui/AcceptCookieDialog.cpp" line="63"/>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location filename="../../src/ui/AcceptCookieDialog.cpp" line="64"/>
        <source>Accept</source>
        <translation>許可する</translation>
    </message>
    <message>
        <location filename="../../src/ui/AcceptCookieDialog.cpp" line="68"/>
        <source>Accept For This Session Only</source>
        <translation>このセッションを許可する</translation>
    </message>
    <message>
        <location filename="../../src/ui/AcceptCookieDialog.cpp" line="71"/>
        <source>Discard</source>
        <translation>捨てる</translation>
    </message>
</context>
<context>
    <name>Otter::AcceptLanguageDialog</name>
    <message>
        <location filename="../../src/ui/preferences/AcceptLanguageDialog.ui" line="14"/>
        <source>Preferred Webpage Language</source>
        <translation>ご希望のWEBページ言語</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/AcceptLanguageDialog.ui" line="20"/>
        <source>To add language, please choose one from list or type its code.</source>
        <translation>言語を追加するには、リストから1つを選択するか、任意のコードを入力してください。</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/AcceptLanguageDialog.ui" line="39"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/AcceptLanguageDialog.ui" line="85"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/AcceptLanguageDialog.ui" line="110"/>
        <source>Move Up</source>
        <translation>上に移動</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/AcceptLanguageDialog.ui" line="136"/>
        <source>Move Down</source>
        <translation>下に移動</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/AcceptLanguageDialog.cpp" line="39"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/AcceptLanguageDialog.cpp" line="39"/>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/AcceptLanguageDialog.cpp" line="69"/>
        <location filename="../../src/ui/preferences/AcceptLanguageDialog.cpp" line="134"/>
        <source>Any other</source>
        <translation>その他の</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/AcceptLanguageDialog.cpp" line="70"/>
        <location filename="../../src/ui/preferences/AcceptLanguageDialog.cpp" line="138"/>
        <source>System language (%1 - %2)</source>
        <translation>システム言語(%1 - %2)</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/AcceptLanguageDialog.cpp" line="146"/>
        <source>Custom</source>
        <translation>カスタム</translation>
    </message>
</context>
<context>
    <name>Otter::AddressWidget</name>
    <message>
        <location filename="../../src/ui/toolbars/AddressWidget.cpp" line="94"/>
        <location filename="../../src/ui/toolbars/AddressWidget.cpp" line="116"/>
        <source>Enter address or search…</source>
        <translation>検索キーワードあるいはWEBアドレスを入力...</translation>
    </message>
    <message>
        <location filename="../../src/ui/toolbars/AddressWidget.cpp" line="251"/>
        <source>Undo</source>
        <translation>取り消す</translation>
    </message>
    <message>
        <location filename="../../src/ui/toolbars/AddressWidget.cpp" line="252"/>
        <source>Redo</source>
        <translation>やり直し</translation>
    </message>
    <message>
        <location filename="../../src/ui/toolbars/AddressWidget.cpp" line="254"/>
        <source>Cut</source>
        <translation>切り取り</translation>
    </message>
    <message>
        <location filename="../../src/ui/toolbars/AddressWidget.cpp" line="255"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../../src/ui/toolbars/AddressWidget.cpp" line="256"/>
        <source>Paste</source>
        <translation>貼り付け</translation>
    </message>
    <message>
        <location filename="../../src/ui/toolbars/AddressWidget.cpp" line="263"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../src/ui/toolbars/AddressWidget.cpp" line="265"/>
        <source>Copy to Note</source>
        <translation>ノートにコピー</translation>
    </message>
    <message>
        <location filename="../../src/ui/toolbars/AddressWidget.cpp" line="267"/>
        <source>Clear All</source>
        <translation>すべてクリア</translation>
    </message>
    <message>
        <location filename="../../src/ui/toolbars/AddressWidget.cpp" line="268"/>
        <source>Select All</source>
        <translation>全て選択</translation>
    </message>
    <message>
        <location filename="../../src/ui/toolbars/AddressWidget.cpp" line="507"/>
        <source>Remove Bookmark</source>
        <translation>ブックマークを削除</translation>
    </message>
    <message>
        <location filename="../../src/ui/toolbars/AddressWidget.cpp" line="507"/>
        <source>Add Bookmark</source>
        <translation>ブックマークを追加</translation>
    </message>
    <message>
        <location filename="../../src/ui/toolbars/AddressWidget.cpp" line="523"/>
        <source>Feed List</source>
        <translation>フィードリスト</translation>
    </message>
    <message>
        <location filename="../../src/ui/toolbars/AddressWidget.cpp" line="551"/>
        <source>Click to load all plugins on the page</source>
        <translation>クリックするとページ上のすべてのプラグインを読み込みます。</translation>
    </message>
    <message>
        <location filename="../../src/ui/toolbars/AddressWidget.cpp" line="910"/>
        <source>(Untitled)</source>
        <translation>(無題)</translation>
    </message>
    <message>
        <location filename="../../src/ui/toolbars/AddressWidget.cpp" line="945"/>
        <source>Remove This Icon</source>
        <translation>このアイコンを削除</translation>
    </message>
</context>
<context>
    <name>Otter::Application</name>
    <message>
        <location filename="../../src/core/Application.cpp" line="393"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../src/core/Application.cpp" line="393"/>
        <source>This session was not saved correctly.
Are you sure that you want to restore this session anyway?</source>
        <translation>残念ながらこのセッションは正しく保存されませんでした。
セッションを復元しますか？</translation>
    </message>
    <message>
        <location filename="../../src/core/Application.cpp" line="496"/>
        <source>New update %1 from %2 channel is available!</source>
        <translation>%2チャンネルからの新しい更新%1が利用可能です！</translation>
    </message>
    <message>
        <location filename="../../src/core/Application.cpp" line="663"/>
        <location filename="../../src/core/Application.cpp" line="712"/>
        <source>Question</source>
        <translation>質問</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/core/Application.cpp" line="664"/>
        <source>You are about to quit while %n files are still being downloaded.</source>
        <translation><numerusform>あなたは、n個のファイルがまだダウンロードされている間に終了しようとしています。</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/core/Application.cpp" line="665"/>
        <location filename="../../src/core/Application.cpp" line="714"/>
        <source>Do you want to continue?</source>
        <translation>続けますか？</translation>
    </message>
    <message>
        <location filename="../../src/core/Application.cpp" line="669"/>
        <location filename="../../src/core/Application.cpp" line="718"/>
        <source>Do not show this message again</source>
        <translation>今後このメッセージを表示しない</translation>
    </message>
    <message>
        <location filename="../../src/core/Application.cpp" line="671"/>
        <location filename="../../src/core/Application.cpp" line="720"/>
        <source>Hide</source>
        <translation>非表示</translation>
    </message>
    <message>
        <location filename="../../src/core/Application.cpp" line="713"/>
        <source>You are about to quit the current Otter Browser session.</source>
        <translation>あなたは現在のOtter Browserのセッションを終了しようとしています。</translation>
    </message>
</context>
<context>
    <name>Otter::AuthenticationDialog</name>
    <message>
        <location filename="../../src/ui/AuthenticationDialog.ui" line="14"/>
        <source>Authentication Required</source>
        <translation>認証が必要です</translation>
    </message>
    <message>
        <location filename="../../src/ui/AuthenticationDialog.ui" line="22"/>
        <source>Server:</source>
        <translation>サーバー:</translation>
    </message>
    <message>
        <location filename="../../src/ui/AuthenticationDialog.ui" line="29"/>
        <source>Message:</source>
        <translation>メッセージ:</translation>
    </message>
    <message>
        <location filename="../../src/ui/AuthenticationDialog.ui" line="36"/>
        <source>User:</source>
        <translation>ユーザー:</translation>
    </message>
    <message>
        <location filename="../../src/ui/AuthenticationDialog.ui" line="46"/>
        <source>Password:</source>
        <translation>パスワード:</translation>
    </message>
</context>
<context>
    <name>Otter::BookmarkPropertiesDialog</name>
    <message>
        <location filename="../../src/ui/BookmarkPropertiesDialog.ui" line="19"/>
        <source>Title:</source>
        <translation>タイトル:</translation>
    </message>
    <message>
        <location filename="../../src/ui/BookmarkPropertiesDialog.ui" line="29"/>
        <source>Description:</source>
        <translation>説明文:</translation>
    </message>
    <message>
        <location filename="../../src/ui/BookmarkPropertiesDialog.ui" line="39"/>
        <source>Address:</source>
        <translation>アドレス:</translation>
    </message>
    <message>
        <location filename="../../src/ui/BookmarkPropertiesDialog.ui" line="49"/>
        <source>Folder:</source>
        <translation>フォルダ:</translation>
    </message>
    <message>
        <location filename="../../src/ui/BookmarkPropertiesDialog.ui" line="71"/>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <location filename="../../src/ui/BookmarkPropertiesDialog.ui" line="96"/>
        <source>Visits:</source>
        <translation>訪問済み:</translation>
    </message>
    <message>
        <location filename="../../src/ui/BookmarkPropertiesDialog.ui" line="103"/>
        <source>Last Visit:</source>
        <translation>最後に訪問：</translation>
    </message>
    <message>
        <location filename="../../src/ui/BookmarkPropertiesDialog.ui" line="110"/>
        <source>Created:</source>
        <translation>作成:</translation>
    </message>
    <message>
        <location filename="../../src/ui/BookmarkPropertiesDialog.ui" line="138"/>
        <source>Modified:</source>
        <translation>更新日：</translation>
    </message>
    <message>
        <location filename="../../src/ui/BookmarkPropertiesDialog.ui" line="152"/>
        <source>Keyword:</source>
        <translation>キーワード:</translation>
    </message>
    <message>
        <location filename="../../src/ui/BookmarkPropertiesDialog.cpp" line="49"/>
        <location filename="../../src/ui/BookmarkPropertiesDialog.cpp" line="50"/>
        <location filename="../../src/ui/BookmarkPropertiesDialog.cpp" line="54"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../src/ui/BookmarkPropertiesDialog.cpp" line="67"/>
        <source>Edit Bookmark</source>
        <translation>ブックマークを編集</translation>
    </message>
    <message>
        <location filename="../../src/ui/BookmarkPropertiesDialog.cpp" line="71"/>
        <source>Add Bookmark</source>
        <translation>ブックマークを追加</translation>
    </message>
    <message>
        <location filename="../../src/ui/BookmarkPropertiesDialog.cpp" line="84"/>
        <source>View Bookmark</source>
        <translation>ブックマークを表示</translation>
    </message>
    <message>
        <location filename="../../src/ui/BookmarkPropertiesDialog.cpp" line="132"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../../src/ui/BookmarkPropertiesDialog.cpp" line="132"/>
        <source>Bookmark with this keyword already exists.</source>
        <translation>このキーワードを使用したブックマークがすでに存在しています。</translation>
    </message>
</context>
<context>
    <name>Otter::BookmarkWidget</name>
    <message>
        <location filename="../../src/ui/toolbars/BookmarkWidget.cpp" line="83"/>
        <source>(Untitled)</source>
        <translation>(無題)</translation>
    </message>
    <message>
        <location filename="../../src/ui/toolbars/BookmarkWidget.cpp" line="99"/>
        <source>Title: %1</source>
        <translation>タイトル: %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/toolbars/BookmarkWidget.cpp" line="103"/>
        <source>Address: %1</source>
        <translation>アドレス: %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/toolbars/BookmarkWidget.cpp" line="108"/>
        <source>Description: %1</source>
        <translation>説明文: %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/toolbars/BookmarkWidget.cpp" line="113"/>
        <source>Created: %1</source>
        <translation>作成: %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/toolbars/BookmarkWidget.cpp" line="118"/>
        <source>Visited: %1</source>
        <translation>訪問済み: %1</translation>
    </message>
</context>
<context>
    <name>Otter::BookmarksBarDialog</name>
    <message>
        <location filename="../../src/ui/BookmarksBarDialog.ui" line="14"/>
        <source>Edit Toolbar</source>
        <translation>ツールバーを編集</translation>
    </message>
    <message>
        <location filename="../../src/ui/BookmarksBarDialog.ui" line="22"/>
        <source>Folder:</source>
        <translation>フォルダ:</translation>
    </message>
    <message>
        <location filename="../../src/ui/BookmarksBarDialog.ui" line="35"/>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
</context>
<context>
    <name>Otter::BookmarksComboBoxWidget</name>
    <message>
        <location filename="../../src/ui/BookmarksComboBoxWidget.cpp" line="50"/>
        <source>Folder Name</source>
        <translation>フォルダ名</translation>
    </message>
    <message>
        <location filename="../../src/ui/BookmarksComboBoxWidget.cpp" line="50"/>
        <source>Select name of new folder:</source>
        <translation>新規フォルダの名前を選んでください</translation>
    </message>
</context>
<context>
    <name>Otter::BookmarksContentsWidget</name>
    <message>
        <location filename="../../src/modules/windows/bookmarks/BookmarksContentsWidget.ui" line="29"/>
        <source>Search…</source>
        <translation>検索...</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/bookmarks/BookmarksContentsWidget.ui" line="85"/>
        <source>Address:</source>
        <translation>アドレス:</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/bookmarks/BookmarksContentsWidget.ui" line="92"/>
        <source>Title:</source>
        <translation>タイトル:</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/bookmarks/BookmarksContentsWidget.ui" line="99"/>
        <source>Description:</source>
        <translation>説明文:</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/bookmarks/BookmarksContentsWidget.ui" line="115"/>
        <source>Keyword:</source>
        <translation>キーワード:</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/bookmarks/BookmarksContentsWidget.ui" line="133"/>
        <source>Properties</source>
        <translation>プロパティ</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/bookmarks/BookmarksContentsWidget.ui" line="143"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/bookmarks/BookmarksContentsWidget.ui" line="150"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/bookmarks/BookmarksContentsWidget.cpp" line="45"/>
        <location filename="../../src/modules/windows/bookmarks/BookmarksContentsWidget.cpp" line="165"/>
        <location filename="../../src/modules/windows/bookmarks/BookmarksContentsWidget.cpp" line="202"/>
        <source>Add Folder</source>
        <translation>フォルダを追加</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/bookmarks/BookmarksContentsWidget.cpp" line="46"/>
        <location filename="../../src/modules/windows/bookmarks/BookmarksContentsWidget.cpp" line="166"/>
        <location filename="../../src/modules/windows/bookmarks/BookmarksContentsWidget.cpp" line="201"/>
        <location filename="../../src/modules/windows/bookmarks/BookmarksContentsWidget.cpp" line="203"/>
        <source>Add Bookmark</source>
        <translation>ブックマークを追加</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/bookmarks/BookmarksContentsWidget.cpp" line="47"/>
        <location filename="../../src/modules/windows/bookmarks/BookmarksContentsWidget.cpp" line="167"/>
        <location filename="../../src/modules/windows/bookmarks/BookmarksContentsWidget.cpp" line="204"/>
        <source>Add Separator</source>
        <translation>区切り線を追加</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/bookmarks/BookmarksContentsWidget.cpp" line="161"/>
        <source>Empty Trash</source>
        <translation>空のゴミ箱</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/bookmarks/BookmarksContentsWidget.cpp" line="173"/>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/bookmarks/BookmarksContentsWidget.cpp" line="174"/>
        <source>Open in New Tab</source>
        <translation>新規タブで開く</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/bookmarks/BookmarksContentsWidget.cpp" line="175"/>
        <source>Open in New Background Tab</source>
        <translation>新規バックグラウンドタブで開く</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/bookmarks/BookmarksContentsWidget.cpp" line="177"/>
        <source>Open in New Window</source>
        <translation>新しいウィンドウで開く</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/bookmarks/BookmarksContentsWidget.cpp" line="178"/>
        <source>Open in New Background Window</source>
        <translation>新しいバックグラウンドウィンドウで開く</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/bookmarks/BookmarksContentsWidget.cpp" line="213"/>
        <source>Restore Bookmark</source>
        <translation>ブックマークを復元</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/bookmarks/BookmarksContentsWidget.cpp" line="221"/>
        <source>Properties…</source>
        <translation>プロパティ...</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/bookmarks/BookmarksContentsWidget.cpp" line="326"/>
        <source>Bookmarks Manager</source>
        <translation>ブックマークマネージャー</translation>
    </message>
</context>
<context>
    <name>Otter::BookmarksImporterWidget</name>
    <message>
        <location filename="../../src/ui/BookmarksImporterWidget.ui" line="17"/>
        <source>Remove existing bookmarks</source>
        <translation>既存のブックマークを削除</translation>
    </message>
    <message>
        <location filename="../../src/ui/BookmarksImporterWidget.ui" line="51"/>
        <source>Import into folder:</source>
        <translation>フォルダにインポート:</translation>
    </message>
    <message>
        <location filename="../../src/ui/BookmarksImporterWidget.ui" line="70"/>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <location filename="../../src/ui/BookmarksImporterWidget.ui" line="81"/>
        <source>Allow to duplicate already existing bookmarks</source>
        <translation>すでに既存のブックマークを複製することは許可されています。</translation>
    </message>
    <message>
        <location filename="../../src/ui/BookmarksImporterWidget.ui" line="107"/>
        <source>Import into subfolder</source>
        <translation>サブフォルダにインポート</translation>
    </message>
    <message>
        <location filename="../../src/ui/BookmarksImporterWidget.ui" line="120"/>
        <source>Leave empty to import into main folder</source>
        <translation>メインフォルダにインポートする場合は空白のままにしておいてください。</translation>
    </message>
    <message>
        <location filename="../../src/ui/BookmarksImporterWidget.ui" line="127"/>
        <source>Subfolder name:</source>
        <translation>サブフォルダ名:</translation>
    </message>
</context>
<context>
    <name>Otter::BookmarksModel</name>
    <message>
        <location filename="../../src/core/BookmarksModel.cpp" line="177"/>
        <source>Notes</source>
        <translation>ノート</translation>
    </message>
    <message>
        <location filename="../../src/core/BookmarksModel.cpp" line="177"/>
        <source>Bookmarks</source>
        <translation>ブックマーク</translation>
    </message>
    <message>
        <location filename="../../src/core/BookmarksModel.cpp" line="182"/>
        <source>Trash</source>
        <translation>ごみ</translation>
    </message>
    <message>
        <location filename="../../src/core/BookmarksModel.cpp" line="194"/>
        <source>Failed to open notes file: %1</source>
        <translation>ノートファイルを開けませんでした：%1</translation>
    </message>
    <message>
        <location filename="../../src/core/BookmarksModel.cpp" line="194"/>
        <source>Failed to open bookmarks file: %1</source>
        <translation>ブックマークファイルを開けませんでした： %1</translation>
    </message>
    <message>
        <location filename="../../src/core/BookmarksModel.cpp" line="218"/>
        <source>Failed to load notes file: %1</source>
        <translation>ノートファイルを読み込めませんでした：%1</translation>
    </message>
    <message>
        <location filename="../../src/core/BookmarksModel.cpp" line="218"/>
        <source>Failed to load bookmarks file: %1</source>
        <translation>ブックマークファイルを読み込めませんでした。: %1</translation>
    </message>
    <message>
        <location filename="../../src/core/BookmarksModel.cpp" line="220"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../../src/core/BookmarksModel.cpp" line="220"/>
        <source>Failed to load notes file.</source>
        <translation>ノートファイルを読み込めませんでした。</translation>
    </message>
    <message>
        <location filename="../../src/core/BookmarksModel.cpp" line="220"/>
        <source>Failed to load bookmarks file.</source>
        <translation>ブックマークファイルの読み込めませんでした。</translation>
    </message>
</context>
<context>
    <name>Otter::CacheContentsWidget</name>
    <message>
        <location filename="../../src/modules/windows/cache/CacheContentsWidget.ui" line="29"/>
        <source>Search…</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/cache/CacheContentsWidget.ui" line="100"/>
        <source>Address:</source>
        <translation>アドレス:</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/cache/CacheContentsWidget.ui" line="110"/>
        <source>Type:</source>
        <translation>種類:</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/cache/CacheContentsWidget.ui" line="120"/>
        <source>Size:</source>
        <translation>サイズ:</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/cache/CacheContentsWidget.ui" line="130"/>
        <source>Last Modified:</source>
        <translation>最終更新日:</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/cache/CacheContentsWidget.ui" line="140"/>
        <source>Expires:</source>
        <translation>有効期限：</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/cache/CacheContentsWidget.ui" line="150"/>
        <source>Location:</source>
        <translation>場所:</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/cache/CacheContentsWidget.ui" line="171"/>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/cache/CacheContentsWidget.ui" line="210"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/cache/CacheContentsWidget.cpp" line="116"/>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/cache/CacheContentsWidget.cpp" line="116"/>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/cache/CacheContentsWidget.cpp" line="116"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/cache/CacheContentsWidget.cpp" line="116"/>
        <source>Last Modified</source>
        <translation>最終更新日</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/cache/CacheContentsWidget.cpp" line="116"/>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/cache/CacheContentsWidget.cpp" line="389"/>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/cache/CacheContentsWidget.cpp" line="390"/>
        <source>Open in New Tab</source>
        <translation>新規タブで開く</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/cache/CacheContentsWidget.cpp" line="391"/>
        <source>Open in New Background Tab</source>
        <translation>新規バックグラウンドタブで開く</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/cache/CacheContentsWidget.cpp" line="393"/>
        <source>Open in New Window</source>
        <translation>新しいウィンドウで開く</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/cache/CacheContentsWidget.cpp" line="394"/>
        <source>Open in New Background Window</source>
        <translation>新しいバックグラウンドウィンドウで開く</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/cache/CacheContentsWidget.cpp" line="396"/>
        <source>Copy Link to Clipboard</source>
        <translation>クリップボードにリンクをコピー</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/cache/CacheContentsWidget.cpp" line="398"/>
        <source>Remove Entry</source>
        <translation>エントリーを削除</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/cache/CacheContentsWidget.cpp" line="403"/>
        <source>Remove All Entries from This Domain</source>
        <translation>このドメインからすべてのエントリーを削除</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/cache/CacheContentsWidget.cpp" line="465"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/cache/CacheContentsWidget.cpp" line="596"/>
        <source>Cache</source>
        <translation>キャッシュ</translation>
    </message>
</context>
<context>
    <name>Otter::ClearHistoryDialog</name>
    <message>
        <location filename="../../src/ui/ClearHistoryDialog.ui" line="14"/>
        <source>Clear History</source>
        <translation>履歴をクリア</translation>
    </message>
    <message>
        <location filename="../../src/ui/ClearHistoryDialog.ui" line="35"/>
        <source>Period to Clear:</source>
        <translation>クリアまでの期間：</translation>
    </message>
    <message>
        <location filename="../../src/ui/ClearHistoryDialog.ui" line="42"/>
        <source>All</source>
        <translation>全て</translation>
    </message>
    <message>
        <location filename="../../src/ui/ClearHistoryDialog.ui" line="45"/>
        <source> h</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../../src/ui/ClearHistoryDialog.ui" line="61"/>
        <source>Clear browsing history</source>
        <translation>ブラウザ履歴をクリア</translation>
    </message>
    <message>
        <location filename="../../src/ui/ClearHistoryDialog.ui" line="68"/>
        <source>Clear cookies</source>
        <translation>クッキーをクリア</translation>
    </message>
    <message>
        <location filename="../../src/ui/ClearHistoryDialog.ui" line="78"/>
        <source>Clear forms History</source>
        <translation>フォーム履歴をクリア</translation>
    </message>
    <message>
        <location filename="../../src/ui/ClearHistoryDialog.ui" line="85"/>
        <source>Clear downloads history</source>
        <translation>ダウンロード履歴をクリア</translation>
    </message>
    <message>
        <location filename="../../src/ui/ClearHistoryDialog.ui" line="95"/>
        <source>Clear search history</source>
        <translation>検索履歴をクリア</translation>
    </message>
    <message>
        <location filename="../../src/ui/ClearHistoryDialog.ui" line="102"/>
        <source>Clear caches</source>
        <translation>キャッシュをクリア</translation>
    </message>
    <message>
        <location filename="../../src/ui/ClearHistoryDialog.ui" line="112"/>
        <source>Clear websites storage data</source>
        <translation>WEBサイトのストレージデータをクリア</translation>
    </message>
    <message>
        <location filename="../../src/ui/ClearHistoryDialog.ui" line="122"/>
        <source>Clear passwords</source>
        <translation>パスワードをクリア</translation>
    </message>
    <message>
        <location filename="../../src/ui/ClearHistoryDialog.cpp" line="53"/>
        <source>Clear Now</source>
        <translation>クリアしています</translation>
    </message>
</context>
<context>
    <name>Otter::ConfigurationContentsWidget</name>
    <message>
        <location filename="../../src/modules/windows/configuration/ConfigurationContentsWidget.ui" line="29"/>
        <source>Search…</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/configuration/ConfigurationContentsWidget.cpp" line="83"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/configuration/ConfigurationContentsWidget.cpp" line="83"/>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/configuration/ConfigurationContentsWidget.cpp" line="83"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/configuration/ConfigurationContentsWidget.cpp" line="262"/>
        <source>Copy Option Name</source>
        <translation>オプション名をコピー</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/configuration/ConfigurationContentsWidget.cpp" line="263"/>
        <source>Copy Option Value</source>
        <translation>オプション値をコピー</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/configuration/ConfigurationContentsWidget.cpp" line="265"/>
        <source>Restore Default Value</source>
        <translation>デフォルト値に戻す</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/configuration/ConfigurationContentsWidget.cpp" line="272"/>
        <source>Configuration Manager</source>
        <translation>構成管理</translation>
    </message>
</context>
<context>
    <name>Otter::ConsoleWidget</name>
    <message>
        <location filename="../../src/ui/ConsoleWidget.ui" line="35"/>
        <source>All tabs</source>
        <translation>全てのタブ</translation>
    </message>
    <message>
        <location filename="../../src/ui/ConsoleWidget.ui" line="40"/>
        <source>Current tab only</source>
        <translation>現在のタブのみ</translation>
    </message>
    <message>
        <location filename="../../src/ui/ConsoleWidget.ui" line="45"/>
        <source>Current tab and unspecified</source>
        <translation>現在のタブと特定されていないタブ</translation>
    </message>
    <message>
        <location filename="../../src/ui/ConsoleWidget.ui" line="53"/>
        <location filename="../../src/ui/ConsoleWidget.cpp" line="103"/>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <location filename="../../src/ui/ConsoleWidget.ui" line="66"/>
        <location filename="../../src/ui/ConsoleWidget.cpp" line="107"/>
        <source>Security</source>
        <translation>セキュリティ</translation>
    </message>
    <message>
        <location filename="../../src/ui/ConsoleWidget.ui" line="79"/>
        <location filename="../../src/ui/ConsoleWidget.cpp" line="111"/>
        <source>JS</source>
        <translation>JS</translation>
    </message>
    <message>
        <location filename="../../src/ui/ConsoleWidget.ui" line="92"/>
        <location filename="../../src/ui/ConsoleWidget.cpp" line="115"/>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <location filename="../../src/ui/ConsoleWidget.ui" line="121"/>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <location filename="../../src/ui/ConsoleWidget.ui" line="147"/>
        <source>Filter…</source>
        <translation>フィルター...</translation>
    </message>
    <message>
        <location filename="../../src/ui/ConsoleWidget.cpp" line="223"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
</context>
<context>
    <name>Otter::ContentBlockingDialog</name>
    <message>
        <location filename="../../src/ui/preferences/ContentBlockingDialog.ui" line="14"/>
        <source>Content Blocking</source>
        <translation>コンテンツブロック</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/ContentBlockingDialog.ui" line="26"/>
        <source>Profiles (AdBlock Plus compatible)</source>
        <translation>プロファイル(広告ブロック互換)</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/ContentBlockingDialog.ui" line="60"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/ContentBlockingDialog.ui" line="70"/>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/ContentBlockingDialog.ui" line="80"/>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/ContentBlockingDialog.ui" line="90"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/ContentBlockingDialog.cpp" line="48"/>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/ContentBlockingDialog.cpp" line="48"/>
        <source>Update Interval</source>
        <translation>更新間隔</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/ContentBlockingDialog.cpp" line="48"/>
        <source>Last Update</source>
        <translation>最後の更新</translation>
    </message>
</context>
<context>
    <name>Otter::ContentBlockingIntervalDelegate</name>
    <message numerus="yes">
        <location filename="../../src/ui/preferences/ContentBlockingIntervalDelegate.cpp" line="36"/>
        <source>%n day(s)</source>
        <translation><numerusform>%n (日)</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/ContentBlockingIntervalDelegate.cpp" line="36"/>
        <location filename="../../src/ui/preferences/ContentBlockingIntervalDelegate.cpp" line="63"/>
        <source>Never</source>
        <translation>決して</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/ContentBlockingIntervalDelegate.cpp" line="62"/>
        <source> day(s)</source>
        <translation>日(s)</translation>
    </message>
</context>
<context>
    <name>Otter::ContentBlockingProfile</name>
    <message>
        <location filename="../../src/core/ContentBlockingProfile.cpp" line="48"/>
        <source>(Unknown)</source>
        <translation>(未知)</translation>
    </message>
</context>
<context>
    <name>Otter::ContentsDialog</name>
    <message>
        <location filename="../../src/ui/ContentsDialog.cpp" line="70"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>Otter::CookiesContentsWidget</name>
    <message>
        <location filename="../../src/modules/windows/cookies/CookiesContentsWidget.ui" line="29"/>
        <source>Search…</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/cookies/CookiesContentsWidget.ui" line="99"/>
        <source>Domain:</source>
        <translation>ドメイン:</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/cookies/CookiesContentsWidget.ui" line="112"/>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/cookies/CookiesContentsWidget.ui" line="125"/>
        <source>Value:</source>
        <translation>Value:</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/cookies/CookiesContentsWidget.ui" line="138"/>
        <source>Expires:</source>
        <translation>有効期限：</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/cookies/CookiesContentsWidget.ui" line="151"/>
        <source>MM.dd.yyyy HH:mm</source>
        <comment>Date and time format</comment>
        <translation>MM.dd.yyyy HH:mm</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/cookies/CookiesContentsWidget.ui" line="173"/>
        <source>Secure</source>
        <translation>セキュア</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/cookies/CookiesContentsWidget.ui" line="180"/>
        <source>HTTP only</source>
        <translation>HTTP のみ</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/cookies/CookiesContentsWidget.ui" line="195"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/cookies/CookiesContentsWidget.ui" line="205"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/cookies/CookiesContentsWidget.ui" line="228"/>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/cookies/CookiesContentsWidget.cpp" line="273"/>
        <location filename="../../src/modules/windows/cookies/CookiesContentsWidget.cpp" line="292"/>
        <source>Question</source>
        <translation>質問</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/modules/windows/cookies/CookiesContentsWidget.cpp" line="274"/>
        <source>You are about to delete %n cookies.</source>
        <translation><numerusform>あなたは、%n個のクッキーを削除しようとしています</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/cookies/CookiesContentsWidget.cpp" line="275"/>
        <location filename="../../src/modules/windows/cookies/CookiesContentsWidget.cpp" line="294"/>
        <source>Do you want to continue?</source>
        <translation>続けますか？</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/cookies/CookiesContentsWidget.cpp" line="293"/>
        <source>You are about to delete all cookies.</source>
        <translation>あなたはすべてのクッキーを削除しようとしています。</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/cookies/CookiesContentsWidget.cpp" line="314"/>
        <source>Remove Cookie</source>
        <translation>クッキーを削除</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/cookies/CookiesContentsWidget.cpp" line="317"/>
        <source>Remove All Cookies from This Domain…</source>
        <translation>このドメインから全てのクッキーを削除...</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/cookies/CookiesContentsWidget.cpp" line="320"/>
        <source>Remove All Cookies…</source>
        <translation>全てのクッキーを削除...</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/cookies/CookiesContentsWidget.cpp" line="449"/>
        <source>Cookies Manager</source>
        <translation>クッキーを管理</translation>
    </message>
</context>
<context>
    <name>Otter::FilePathWidget</name>
    <message>
        <location filename="../../src/ui/FilePathWidget.cpp" line="36"/>
        <source>Browse…</source>
        <translation>参照...</translation>
    </message>
    <message>
        <location filename="../../src/ui/FilePathWidget.cpp" line="61"/>
        <source>Select File</source>
        <translation>ファイルを選択</translation>
    </message>
    <message>
        <location filename="../../src/ui/FilePathWidget.cpp" line="61"/>
        <source>Select Directory</source>
        <translation>ディレクトリを選択</translation>
    </message>
</context>
<context>
    <name>Otter::FreeDesktopOrgPlatformIntegration</name>
    <message>
        <location filename="../../src/modules/platforms/freedesktoporg/FreeDesktopOrgPlatformIntegration.cpp" line="195"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../../src/modules/platforms/freedesktoporg/FreeDesktopOrgPlatformIntegration.cpp" line="199"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../src/modules/platforms/freedesktoporg/FreeDesktopOrgPlatformIntegration.cpp" line="203"/>
        <source>Information</source>
        <translation>情報</translation>
    </message>
    <message>
        <location filename="../../src/modules/platforms/freedesktoporg/FreeDesktopOrgPlatformIntegration.cpp" line="216"/>
        <source>Notification</source>
        <translation>通知</translation>
    </message>
</context>
<context>
    <name>Otter::GoBackActionWidget</name>
    <message>
        <location filename="../../src/ui/toolbars/GoBackActionWidget.cpp" line="63"/>
        <location filename="../../src/ui/toolbars/GoBackActionWidget.cpp" line="87"/>
        <source>(Untitled)</source>
        <translation>(無題)</translation>
    </message>
</context>
<context>
    <name>Otter::GoForwardActionWidget</name>
    <message>
        <location filename="../../src/ui/toolbars/GoForwardActionWidget.cpp" line="63"/>
        <location filename="../../src/ui/toolbars/GoForwardActionWidget.cpp" line="87"/>
        <source>(Untitled)</source>
        <translation>(無題)</translation>
    </message>
</context>
<context>
    <name>Otter::HistoryContentsWidget</name>
    <message>
        <location filename="../../src/modules/windows/history/HistoryContentsWidget.ui" line="29"/>
        <source>Search…</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/history/HistoryContentsWidget.cpp" line="44"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/history/HistoryContentsWidget.cpp" line="44"/>
        <source>Yesterday</source>
        <translation>昨日</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/history/HistoryContentsWidget.cpp" line="44"/>
        <source>Earlier This Week</source>
        <translation>週明け</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/history/HistoryContentsWidget.cpp" line="44"/>
        <source>Previous Week</source>
        <translation>前の週</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/history/HistoryContentsWidget.cpp" line="44"/>
        <source>Earlier This Month</source>
        <translation>今月</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/history/HistoryContentsWidget.cpp" line="44"/>
        <source>Earlier This Year</source>
        <translation>今年の初め</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/history/HistoryContentsWidget.cpp" line="44"/>
        <source>Older</source>
        <translation>古い</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/history/HistoryContentsWidget.cpp" line="52"/>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/history/HistoryContentsWidget.cpp" line="52"/>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/history/HistoryContentsWidget.cpp" line="52"/>
        <source>Date</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/history/HistoryContentsWidget.cpp" line="246"/>
        <location filename="../../src/modules/windows/history/HistoryContentsWidget.cpp" line="280"/>
        <source>(Untitled)</source>
        <translation>(無題)</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/history/HistoryContentsWidget.cpp" line="400"/>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/history/HistoryContentsWidget.cpp" line="401"/>
        <source>Open in New Tab</source>
        <translation>新規タブで開く</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/history/HistoryContentsWidget.cpp" line="402"/>
        <source>Open in New Background Tab</source>
        <translation>新規バックグラウンドタブで開く</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/history/HistoryContentsWidget.cpp" line="404"/>
        <source>Open in New Window</source>
        <translation>新しいウィンドウで開く</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/history/HistoryContentsWidget.cpp" line="405"/>
        <source>Open in New Background Window</source>
        <translation>新しいバックグラウンドウィンドウで開く</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/history/HistoryContentsWidget.cpp" line="407"/>
        <source>Add to Bookmarks…</source>
        <translation>ブックマークに追加...</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/history/HistoryContentsWidget.cpp" line="408"/>
        <source>Copy Link to Clipboard</source>
        <translation>クリップボードにリンクをコピー</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/history/HistoryContentsWidget.cpp" line="410"/>
        <source>Remove Entry</source>
        <translation>エントリーを削除</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/history/HistoryContentsWidget.cpp" line="411"/>
        <source>Remove All Entries from This Domain</source>
        <translation>このドメインからすべてのエントリーを削除</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/history/HistoryContentsWidget.cpp" line="444"/>
        <source>History</source>
        <translation>履歴</translation>
    </message>
</context>
<context>
    <name>Otter::HtmlBookmarksImporter</name>
    <message>
        <location filename="../../src/modules/importers/html/HtmlBookmarksImporter.cpp" line="170"/>
        <source>HTML Bookmarks</source>
        <translation>HTMLブックマーク</translation>
    </message>
    <message>
        <location filename="../../src/modules/importers/html/HtmlBookmarksImporter.cpp" line="175"/>
        <source>Imports bookmarks from HTML file (Netscape format).</source>
        <translation>HTMLファイルからブックマークをインポート(Netscapeフォーマット)</translation>
    </message>
    <message>
        <location filename="../../src/modules/importers/html/HtmlBookmarksImporter.cpp" line="185"/>
        <source>HTML files (*.htm *.html)</source>
        <translation>HTMLファイル(*.htm; *.html)</translation>
    </message>
</context>
<context>
    <name>Otter::ImagePropertiesDialog</name>
    <message>
        <location filename="../../src/ui/ImagePropertiesDialog.ui" line="14"/>
        <source>Image Properties</source>
        <translation>イメージのプロパティ</translation>
    </message>
    <message>
        <location filename="../../src/ui/ImagePropertiesDialog.ui" line="22"/>
        <source>Size:</source>
        <translation>サイズ:</translation>
    </message>
    <message>
        <location filename="../../src/ui/ImagePropertiesDialog.ui" line="29"/>
        <source>Type:</source>
        <translation>種類:</translation>
    </message>
    <message>
        <location filename="../../src/ui/ImagePropertiesDialog.ui" line="36"/>
        <source>File Size:</source>
        <translation>ファイル容量:</translation>
    </message>
    <message>
        <location filename="../../src/ui/ImagePropertiesDialog.ui" line="43"/>
        <source>Address:</source>
        <translation>アドレス:</translation>
    </message>
    <message>
        <location filename="../../src/ui/ImagePropertiesDialog.ui" line="50"/>
        <source>Alternative Text:</source>
        <translation>代替テキスト:</translation>
    </message>
    <message>
        <location filename="../../src/ui/ImagePropertiesDialog.ui" line="57"/>
        <source>Long Description:</source>
        <translation>長い説明文:</translation>
    </message>
    <message>
        <location filename="../../src/ui/ImagePropertiesDialog.cpp" line="36"/>
        <location filename="../../src/ui/ImagePropertiesDialog.cpp" line="37"/>
        <location filename="../../src/ui/ImagePropertiesDialog.cpp" line="38"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../src/ui/ImagePropertiesDialog.cpp" line="65"/>
        <source>%1 GB (%2 bytes)</source>
        <translation>%1 GB (%2 bytes)</translation>
    </message>
    <message>
        <location filename="../../src/ui/ImagePropertiesDialog.cpp" line="69"/>
        <source>%1 MB (%2 bytes)</source>
        <translation>%1 MB (%2 bytes)</translation>
    </message>
    <message>
        <location filename="../../src/ui/ImagePropertiesDialog.cpp" line="74"/>
        <source>%1 KB (%2 bytes)</source>
        <translation>%1 KB (%2 bytes)</translation>
    </message>
    <message>
        <location filename="../../src/ui/ImagePropertiesDialog.cpp" line="79"/>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/ui/ImagePropertiesDialog.cpp" line="95"/>
        <source>%1 x %2 pixels @ %3 bits per pixel in %n frames</source>
        <translation><numerusform>%1 x %2 pixels @ %3 bits per pixel in %n frames</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/ui/ImagePropertiesDialog.cpp" line="99"/>
        <location filename="../../src/ui/ImagePropertiesDialog.cpp" line="106"/>
        <source>%1 x %2 pixels @ %3 bits per pixel</source>
        <translation>%1 x %2 pixels @ %3 bits per pixel</translation>
    </message>
    <message>
        <location filename="../../src/ui/ImagePropertiesDialog.cpp" line="110"/>
        <source>%1 x %2 pixels</source>
        <translation>%1 x %2 ピクセル</translation>
    </message>
</context>
<context>
    <name>Otter::ImportDialog</name>
    <message>
        <location filename="../../src/ui/ImportDialog.ui" line="22"/>
        <source>Source:</source>
        <translation>ソース:</translation>
    </message>
    <message>
        <location filename="../../src/ui/ImportDialog.cpp" line="96"/>
        <location filename="../../src/ui/ImportDialog.cpp" line="113"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../../src/ui/ImportDialog.cpp" line="96"/>
        <source>Unable to import selected type.</source>
        <translation>インポート出来る種類ではありません。</translation>
    </message>
    <message>
        <location filename="../../src/ui/ImportDialog.cpp" line="113"/>
        <source>Failed to open file for reading.</source>
        <translation>読み取り用にファイルを開くことができませんでした。</translation>
    </message>
</context>
<context>
    <name>Otter::JavaScriptPreferencesDialog</name>
    <message>
        <location filename="../../src/ui/preferences/JavaScriptPreferencesDialog.ui" line="14"/>
        <source>JavaScript Options</source>
        <translation>JavaScriptのオプション</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/JavaScriptPreferencesDialog.ui" line="26"/>
        <source>Allow moving and resizing of windows</source>
        <translation>ウインドウの移動とリサイズを有効にする</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/JavaScriptPreferencesDialog.ui" line="39"/>
        <source>Allow changing of status field</source>
        <translation>ステータス欄の変更を許可する</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/JavaScriptPreferencesDialog.ui" line="49"/>
        <source>Allow script to hide address bar</source>
        <translation>アドレスバーをスプリクトが非表示にすることを許可</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/JavaScriptPreferencesDialog.ui" line="56"/>
        <source>Allow access to clipboard</source>
        <translation>クリップボードへのアクセスを許可</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/JavaScriptPreferencesDialog.ui" line="63"/>
        <source>Allow to disable context menu</source>
        <translation>コンテキストメニューを無効にすることを許可する</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/JavaScriptPreferencesDialog.ui" line="70"/>
        <source>Allow to open windows</source>
        <translation>ウィンドウを開くことを有効にする</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/JavaScriptPreferencesDialog.ui" line="79"/>
        <source>Allow to close windows:</source>
        <translation>ウィンドウを閉じることを有効にする</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/JavaScriptPreferencesDialog.cpp" line="37"/>
        <source>Ask</source>
        <translation>尋ねる</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/JavaScriptPreferencesDialog.cpp" line="38"/>
        <source>Always</source>
        <translation>常に</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/JavaScriptPreferencesDialog.cpp" line="39"/>
        <source>Never</source>
        <translation>決して</translation>
    </message>
</context>
<context>
    <name>Otter::LocalListingNetworkReply</name>
    <message>
        <location filename="../../src/core/LocalListingNetworkReply.cpp" line="61"/>
        <source>Directory Contents</source>
        <translation>ディレクトリ内容</translation>
    </message>
    <message>
        <location filename="../../src/core/LocalListingNetworkReply.cpp" line="64"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../../src/core/LocalListingNetworkReply.cpp" line="65"/>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../../src/core/LocalListingNetworkReply.cpp" line="66"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location filename="../../src/core/LocalListingNetworkReply.cpp" line="67"/>
        <source>Date</source>
        <translation>日</translation>
    </message>
</context>
<context>
    <name>Otter::LocaleDialog</name>
    <message>
        <location filename="../../src/ui/LocaleDialog.ui" line="14"/>
        <source>Switch Application Language</source>
        <translation>アプリケーション言語の切り替え</translation>
    </message>
    <message>
        <location filename="../../src/ui/LocaleDialog.ui" line="22"/>
        <source>Language:</source>
        <translation>言語:</translation>
    </message>
    <message>
        <location filename="../../src/ui/LocaleDialog.ui" line="32"/>
        <source>Custom path:</source>
        <translation>カスタムパッチ:</translation>
    </message>
    <message>
        <location filename="../../src/ui/LocaleDialog.ui" line="43"/>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <location filename="../../src/ui/LocaleDialog.ui" line="48"/>
        <source>Custom</source>
        <translation>カスタム</translation>
    </message>
</context>
<context>
    <name>Otter::MainWindow</name>
    <message>
        <location filename="../../src/ui/MainWindow.ui" line="19"/>
        <source>Console</source>
        <translation>コンソール</translation>
    </message>
    <message>
        <location filename="../../src/ui/MainWindow.cpp" line="480"/>
        <source>Open File</source>
        <translation>ファイルを開く</translation>
    </message>
    <message>
        <location filename="../../src/ui/MainWindow.cpp" line="740"/>
        <source>&lt;b&gt;Otter %1&lt;/b&gt;&lt;br&gt;Web browser controlled by the user, not vice-versa.</source>
        <translation>&lt;b&gt;Otter %1&lt;/b&gt;&lt;br&gt;Web ブラウザを支えるのは、ユーザーでありその逆もまた然りです。</translation>
    </message>
    <message>
        <location filename="../../src/ui/MainWindow.cpp" line="741"/>
        <source>Web backend: %1 %2.</source>
        <translation>WEBバックエンド: %1 %2.</translation>
    </message>
    <message>
        <location filename="../../src/ui/MainWindow.cpp" line="745"/>
        <source>SSL library version: %1.</source>
        <translation>SSLライブラリバージョン: %1.</translation>
    </message>
    <message>
        <location filename="../../src/ui/MainWindow.cpp" line="749"/>
        <source>SSL library not available.</source>
        <translation>SSLライブラリは利用できません。</translation>
    </message>
    <message>
        <location filename="../../src/ui/MainWindow.cpp" line="838"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../src/ui/MainWindow.cpp" line="838"/>
        <source>You already have this address in your bookmarks.
Do you want to continue?</source>
        <translation>あなたは既にこのアドレスのブックマークを持っています。
続けますか？</translation>
    </message>
</context>
<context>
    <name>Otter::Menu</name>
    <message>
        <location filename="../../src/ui/Menu.cpp" line="96"/>
        <source>Import Opera Bookmarks…</source>
        <translation>Operaのブックマークをインポート...</translation>
    </message>
    <message>
        <location filename="../../src/ui/Menu.cpp" line="97"/>
        <source>Import HTML Bookmarks…</source>
        <translation>HTMLブックマークをインポート...</translation>
    </message>
    <message>
        <location filename="../../src/ui/Menu.cpp" line="99"/>
        <source>Import Opera Notes…</source>
        <translation>Operaノートをインポート...</translation>
    </message>
    <message>
        <location filename="../../src/ui/Menu.cpp" line="184"/>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <location filename="../../src/ui/Menu.cpp" line="185"/>
        <source>Open in New Tab</source>
        <translation>新規タブで開く</translation>
    </message>
    <message>
        <location filename="../../src/ui/Menu.cpp" line="186"/>
        <source>Open in New Background Tab</source>
        <translation>新規バックグラウンドタブで開く</translation>
    </message>
    <message>
        <location filename="../../src/ui/Menu.cpp" line="188"/>
        <source>Open in New Window</source>
        <translation>新しいウィンドウで開く</translation>
    </message>
    <message>
        <location filename="../../src/ui/Menu.cpp" line="189"/>
        <source>Open in New Background Window</source>
        <translation>新しいバックグラウンドウィンドウで開く</translation>
    </message>
    <message>
        <location filename="../../src/ui/Menu.cpp" line="311"/>
        <source>Open All</source>
        <translation>全て開く</translation>
    </message>
    <message>
        <location filename="../../src/ui/Menu.cpp" line="319"/>
        <source>This Folder</source>
        <translation>このフォルダ</translation>
    </message>
    <message>
        <location filename="../../src/ui/Menu.cpp" line="338"/>
        <location filename="../../src/ui/Menu.cpp" line="486"/>
        <location filename="../../src/ui/Menu.cpp" line="501"/>
        <location filename="../../src/ui/Menu.cpp" line="518"/>
        <location filename="../../src/ui/Menu.cpp" line="568"/>
        <source>(Untitled)</source>
        <translation>(無題)</translation>
    </message>
    <message>
        <location filename="../../src/ui/Menu.cpp" line="376"/>
        <source>Auto Detect</source>
        <translation>自動検出</translation>
    </message>
    <message>
        <location filename="../../src/ui/Menu.cpp" line="431"/>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <location filename="../../src/ui/Menu.cpp" line="441"/>
        <source>Window - %1</source>
        <translation>Window - %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/ui/Menu.cpp" line="501"/>
        <source>%1 (%n tab(s))</source>
        <translation><numerusform>%1 (%n tab(s))</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/ui/Menu.cpp" line="530"/>
        <source>Add New</source>
        <translation>新規追加</translation>
    </message>
    <message>
        <location filename="../../src/ui/Menu.cpp" line="531"/>
        <source>Add Toolbar</source>
        <translation>ツールバーを追加</translation>
    </message>
    <message>
        <location filename="../../src/ui/Menu.cpp" line="532"/>
        <source>Add Bookmarks Bar…</source>
        <translation>ブックマークバーを追加...</translation>
    </message>
    <message>
        <location filename="../../src/ui/Menu.cpp" line="537"/>
        <source>Reset to Defaults…</source>
        <translation>下書きをリセット...</translation>
    </message>
    <message>
        <location filename="../../src/ui/Menu.cpp" line="556"/>
        <source>Default</source>
        <translation>デフォルト</translation>
    </message>
    <message>
        <location filename="../../src/ui/Menu.cpp" line="578"/>
        <source>Custom</source>
        <translation>カスタム</translation>
    </message>
</context>
<context>
    <name>Otter::MenuButtonWidget</name>
    <message>
        <location filename="../../src/ui/toolbars/MenuButtonWidget.cpp" line="36"/>
        <source>Menu</source>
        <translation>メニュー</translation>
    </message>
</context>
<context>
    <name>Otter::NetworkManager</name>
    <message>
        <location filename="../../src/core/NetworkManager.cpp" line="127"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../src/core/NetworkManager.cpp" line="127"/>
        <source>SSL errors occured:

%1

Do you want to continue?</source>
        <translation>SSL エラーが起こりました:

%1

続行しますか？</translation>
    </message>
</context>
<context>
    <name>Otter::NetworkManagerFactory</name>
    <message>
        <location filename="../../src/core/NetworkManagerFactory.cpp" line="269"/>
        <source>Custom</source>
        <translation>カスタム</translation>
    </message>
    <message>
        <location filename="../../src/core/NetworkManagerFactory.cpp" line="284"/>
        <source>Default</source>
        <translation>デフォルト</translation>
    </message>
</context>
<context>
    <name>Otter::NetworkProxyFactory</name>
    <message>
        <location filename="../../src/core/NetworkProxyFactory.cpp" line="64"/>
        <source>Failed to load proxy auto-config (PAC): %1</source>
        <translation>プロキシ自動設定の読み込みに失敗しました (PAC): %1</translation>
    </message>
</context>
<context>
    <name>Otter::NotesContentsWidget</name>
    <message>
        <location filename="../../src/modules/windows/notes/NotesContentsWidget.ui" line="29"/>
        <source>Search…</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/notes/NotesContentsWidget.ui" line="100"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/notes/NotesContentsWidget.ui" line="107"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/notes/NotesContentsWidget.cpp" line="46"/>
        <location filename="../../src/modules/windows/notes/NotesContentsWidget.cpp" line="155"/>
        <location filename="../../src/modules/windows/notes/NotesContentsWidget.cpp" line="186"/>
        <source>Add Folder</source>
        <translation>フォルダを追加</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/notes/NotesContentsWidget.cpp" line="47"/>
        <location filename="../../src/modules/windows/notes/NotesContentsWidget.cpp" line="185"/>
        <location filename="../../src/modules/windows/notes/NotesContentsWidget.cpp" line="187"/>
        <source>Add Note</source>
        <translation>ノートを追加</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/notes/NotesContentsWidget.cpp" line="48"/>
        <location filename="../../src/modules/windows/notes/NotesContentsWidget.cpp" line="157"/>
        <location filename="../../src/modules/windows/notes/NotesContentsWidget.cpp" line="188"/>
        <source>Add Separator</source>
        <translation>区切り線を追加</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/notes/NotesContentsWidget.cpp" line="58"/>
        <source>Add note…</source>
        <translation>ノートを追加...</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/notes/NotesContentsWidget.cpp" line="103"/>
        <source>Select Folder Name</source>
        <translation>フォルダ名を選択</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/notes/NotesContentsWidget.cpp" line="103"/>
        <source>Enter folder name:</source>
        <translation>フォルダ名を入力:</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/notes/NotesContentsWidget.cpp" line="151"/>
        <source>Empty Trash</source>
        <translation>空のゴミ箱</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/notes/NotesContentsWidget.cpp" line="156"/>
        <source>Add Bookmark</source>
        <translation>ブックマークを追加</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/notes/NotesContentsWidget.cpp" line="171"/>
        <source>Open source page</source>
        <translation>ソースページを開く</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/notes/NotesContentsWidget.cpp" line="197"/>
        <source>Restore Note</source>
        <translation>ノートを元に戻す</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/notes/NotesContentsWidget.cpp" line="372"/>
        <source>Notes Manager</source>
        <translation>ノートマネージャー</translation>
    </message>
</context>
<context>
    <name>Otter::NotificationDialog</name>
    <message>
        <location filename="../../src/ui/NotificationDialog.cpp" line="73"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>Otter::OpenAddressDialog</name>
    <message>
        <location filename="../../src/ui/OpenAddressDialog.ui" line="14"/>
        <source>Go to Page</source>
        <translation>ページ登録</translation>
    </message>
    <message>
        <location filename="../../src/ui/OpenAddressDialog.ui" line="20"/>
        <source>Enter a web address or choose one from the list:</source>
        <translation>WEBアドレスを入力するか、リストからいずれかを選択します。</translation>
    </message>
</context>
<context>
    <name>Otter::OpenBookmarkDialog</name>
    <message>
        <location filename="../../src/ui/OpenBookmarkDialog.ui" line="14"/>
        <source>Go to Bookmark</source>
        <translation>ブックマークへ</translation>
    </message>
    <message>
        <location filename="../../src/ui/OpenBookmarkDialog.ui" line="20"/>
        <source>Enter the keyword of bookmark:</source>
        <translation>ブックマークキーワードを入力:</translation>
    </message>
</context>
<context>
    <name>Otter::OperaBookmarksImporter</name>
    <message>
        <location filename="../../src/modules/importers/opera/OperaBookmarksImporter.cpp" line="88"/>
        <source>Opera Bookmarks</source>
        <translation>Operaブックマーク</translation>
    </message>
    <message>
        <location filename="../../src/modules/importers/opera/OperaBookmarksImporter.cpp" line="93"/>
        <source>Imports bookmarks from Opera Browser version 12 or earlier</source>
        <translation>Operaブラウザのver.12またはそれ以前のバージョンからブックマークをインポート</translation>
    </message>
    <message>
        <location filename="../../src/modules/importers/opera/OperaBookmarksImporter.cpp" line="103"/>
        <source>Opera bookmarks files (bookmarks.adr)</source>
        <translation>Opera形式のブックマークファイル(bookmarks.adr)</translation>
    </message>
</context>
<context>
    <name>Otter::OperaNotesImporter</name>
    <message>
        <location filename="../../src/modules/importers/opera/OperaNotesImporter.cpp" line="109"/>
        <source>Import into folder:</source>
        <translation>フォルダへインポート...</translation>
    </message>
    <message>
        <location filename="../../src/modules/importers/opera/OperaNotesImporter.cpp" line="117"/>
        <source>Opera Notes</source>
        <translation>Operaノート</translation>
    </message>
    <message>
        <location filename="../../src/modules/importers/opera/OperaNotesImporter.cpp" line="122"/>
        <source>Imports notes from Opera Browser version 12 or earlier</source>
        <translation>Operaのバージョン12以前から、ノートをインポート</translation>
    </message>
    <message>
        <location filename="../../src/modules/importers/opera/OperaNotesImporter.cpp" line="132"/>
        <source>Opera notes files (notes.adr)</source>
        <translation>Operaノートファイル(notes.adr)</translation>
    </message>
</context>
<context>
    <name>Otter::OptionWidget</name>
    <message>
        <location filename="../../src/ui/OptionWidget.cpp" line="122"/>
        <source>Defaults</source>
        <translation>デフォルト</translation>
    </message>
    <message>
        <location filename="../../src/ui/OptionWidget.cpp" line="125"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>Otter::PasswordBarWidget</name>
    <message>
        <location filename="../../src/modules/windows/web/PasswordBarWidget.ui" line="61"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/web/PasswordBarWidget.ui" line="68"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>Otter::PermissionBarWidget</name>
    <message>
        <location filename="../../src/modules/windows/web/PermissionBarWidget.ui" line="62"/>
        <source>Allow this time</source>
        <translation>この時間を許可する</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/web/PermissionBarWidget.ui" line="67"/>
        <source>Always allow</source>
        <translation>常に許可する</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/web/PermissionBarWidget.ui" line="72"/>
        <source>Always deny</source>
        <translation>常に拒否</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/web/PermissionBarWidget.ui" line="80"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/web/PermissionBarWidget.ui" line="87"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/web/PermissionBarWidget.cpp" line="40"/>
        <source>%1 wants access to your location.</source>
        <translation>%1 はあなたの場所へのアクセスを望んでいます。</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/web/PermissionBarWidget.cpp" line="45"/>
        <source>%1 wants to access your microphone.</source>
        <translation>%1 があなたのマイクにアクセスしようとしています。</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/web/PermissionBarWidget.cpp" line="50"/>
        <source>%1 wants to access your camera.</source>
        <translation>%1 があなたのカメラにアクセスしようとしています。</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/web/PermissionBarWidget.cpp" line="55"/>
        <source>%1 wants to access your microphone and camera.</source>
        <translation>%1があなたのマイクとカメラにアクセスしようとしています。</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/web/PermissionBarWidget.cpp" line="60"/>
        <source>%1 wants to show notifications.</source>
        <translation>%1が通知を表示しようとしています。</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/web/PermissionBarWidget.cpp" line="65"/>
        <source>%1 wants to lock mouse pointer.</source>
        <translation>%1がマウスポインタを固定しようとしています。</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/web/PermissionBarWidget.cpp" line="70"/>
        <source>Invalid permission request from %1.</source>
        <translation>%1から無効な許可を要求されています。</translation>
    </message>
</context>
<context>
    <name>Otter::PlatformIntegration</name>
    <message>
        <location filename="../../src/core/PlatformIntegration.cpp" line="105"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../../src/core/PlatformIntegration.cpp" line="105"/>
        <source>Failed to install update.</source>
        <translation>アップデートのインストールに失敗しました。</translation>
    </message>
</context>
<context>
    <name>Otter::PreferencesAdvancedPageWidget</name>
    <message>
        <location filename="../../src/ui/preferences/PreferencesAdvancedPageWidget.ui" line="27"/>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesAdvancedPageWidget.ui" line="32"/>
        <source>Address Field</source>
        <translation>アドレス欄</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesAdvancedPageWidget.ui" line="37"/>
        <source>Content</source>
        <translation>コンテンツ</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesAdvancedPageWidget.ui" line="42"/>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesAdvancedPageWidget.ui" line="47"/>
        <source>Security</source>
        <translation>セキュリティ</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesAdvancedPageWidget.ui" line="52"/>
        <source>Keyboard</source>
        <translation>キーボード</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesAdvancedPageWidget.ui" line="57"/>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesAdvancedPageWidget.ui" line="78"/>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesAdvancedPageWidget.ui" line="118"/>
        <source>Play sound:</source>
        <translation>音を再生する：</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesAdvancedPageWidget.ui" line="133"/>
        <source>Show notification</source>
        <translation>通知を表示</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesAdvancedPageWidget.ui" line="140"/>
        <source>Mark taskbar entry</source>
        <translation>タスクバーのエントリーにマーク</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesAdvancedPageWidget.ui" line="156"/>
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesAdvancedPageWidget.ui" line="163"/>
        <source>Prefer native notifications</source>
        <translation>ネイティブ通知を好む</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesAdvancedPageWidget.ui" line="193"/>
        <source>Suggestions</source>
        <translation>候補</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesAdvancedPageWidget.ui" line="202"/>
        <source>Suggest bookmarks</source>
        <translation>ブックマーク候補</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesAdvancedPageWidget.ui" line="212"/>
        <source>Suggest history</source>
        <translation>履歴の候補</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesAdvancedPageWidget.ui" line="222"/>
        <source>Suggest search results</source>
        <translation>検索結果の候補</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesAdvancedPageWidget.ui" line="254"/>
        <location filename="../../src/ui/preferences/PreferencesAdvancedPageWidget.ui" line="344"/>
        <location filename="../../src/ui/preferences/PreferencesAdvancedPageWidget.ui" line="961"/>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesAdvancedPageWidget.ui" line="261"/>
        <source>Enable images</source>
        <translation>画像を有効にする</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesAdvancedPageWidget.ui" line="270"/>
        <source>Enable JavaScript</source>
        <translation>JavaScriptを有効にする</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesAdvancedPageWidget.ui" line="277"/>
        <source>JavaScript Options…</source>
        <translation>JavaScriptのオプション...</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesAdvancedPageWidget.ui" line="286"/>
        <source>Enable Java</source>
        <translation>Javaを有効にする</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesAdvancedPageWidget.ui" line="295"/>
        <source>Plugins:</source>
        <translation>プラグイン:</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesAdvancedPageWidget.ui" line="309"/>
        <source>User style sheet:</source>
        <translation>ユーザースタイルシート:</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesAdvancedPageWidget.ui" line="351"/>
        <source>Send referrer information</source>
        <translation>リファラー情報を送信</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesAdvancedPageWidget.ui" line="360"/>
        <source>User Agent:</source>
        <translation>ユーザーエージェント:</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesAdvancedPageWidget.ui" line="373"/>
        <source>Manage…</source>
        <translation>管理...</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesAdvancedPageWidget.ui" line="388"/>
        <source>Proxy</source>
        <translation>プロキシ</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesAdvancedPageWidget.ui" line="397"/>
        <source>Mode:</source>
        <translation>モード:</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesAdvancedPageWidget.ui" line="411"/>
        <source>No proxy</source>
        <translation>プロキシなし</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesAdvancedPageWidget.ui" line="416"/>
        <source>System configuration</source>
        <translation>システム構成</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesAdvancedPageWidget.ui" line="421"/>
        <source>Manual configuration</source>
        <translation>手動構成</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesAdvancedPageWidget.ui" line="426"/>
        <source>Automatic configuration (PAC)</source>
        <translation>自動構成(PAC)</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesAdvancedPageWidget.ui" line="528"/>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesAdvancedPageWidget.ui" line="535"/>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesAdvancedPageWidget.ui" line="542"/>
        <source>Servers</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesAdvancedPageWidget.ui" line="549"/>
        <source>FTP</source>
        <translation>FTP</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesAdvancedPageWidget.ui" line="556"/>
        <source>SOCKS5</source>
        <translation>接続5</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesAdvancedPageWidget.ui" line="563"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesAdvancedPageWidget.ui" line="577"/>
        <source>HTTPS</source>
        <translation>HTTPS</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesAdvancedPageWidget.ui" line="591"/>
        <source>All</source>
        <translation>全て</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesAdvancedPageWidget.ui" line="629"/>
        <source>Path to PAC file:</source>
        <translation>PACファイルへのパス：</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesAdvancedPageWidget.ui" line="646"/>
        <source>Use system authentication</source>
        <translation>システム認証を使用</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesAdvancedPageWidget.ui" line="676"/>
        <source>SSL ciphers</source>
        <translation>SSL暗号</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesAdvancedPageWidget.ui" line="718"/>
        <location filename="../../src/ui/preferences/PreferencesAdvancedPageWidget.ui" line="841"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesAdvancedPageWidget.ui" line="728"/>
        <location filename="../../src/ui/preferences/PreferencesAdvancedPageWidget.ui" line="871"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesAdvancedPageWidget.ui" line="753"/>
        <location filename="../../src/ui/preferences/PreferencesAdvancedPageWidget.ui" line="896"/>
        <source>Move Up</source>
        <translation>上に移動</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesAdvancedPageWidget.ui" line="779"/>
        <location filename="../../src/ui/preferences/PreferencesAdvancedPageWidget.ui" line="922"/>
        <source>Move Down</source>
        <translation>下に移動</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesAdvancedPageWidget.ui" line="802"/>
        <source>Keyboard Shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesAdvancedPageWidget.ui" line="851"/>
        <source>Edit…</source>
        <translation>編集...</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesAdvancedPageWidget.ui" line="861"/>
        <source>Clone</source>
        <translation>複製</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesAdvancedPageWidget.ui" line="935"/>
        <source>Enable single key shortcuts</source>
        <translation>単一ショートカットキーを有効にする</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesAdvancedPageWidget.ui" line="977"/>
        <source>Show tray icon</source>
        <translation>通知領域アイコンに表示</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesAdvancedPageWidget.cpp" line="55"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesAdvancedPageWidget.cpp" line="55"/>
        <source>Description</source>
        <translation>説明文</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesAdvancedPageWidget.cpp" line="87"/>
        <source>Enabled</source>
        <translation>有効です</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesAdvancedPageWidget.cpp" line="88"/>
        <source>On demand</source>
        <translation>任意</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesAdvancedPageWidget.cpp" line="89"/>
        <source>Disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesAdvancedPageWidget.cpp" line="100"/>
        <location filename="../../src/ui/preferences/PreferencesAdvancedPageWidget.cpp" line="356"/>
        <source>Default</source>
        <translation>デフォルト</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesAdvancedPageWidget.cpp" line="107"/>
        <location filename="../../src/ui/preferences/PreferencesAdvancedPageWidget.cpp" line="208"/>
        <location filename="../../src/ui/preferences/PreferencesAdvancedPageWidget.cpp" line="362"/>
        <location filename="../../src/ui/preferences/PreferencesAdvancedPageWidget.cpp" line="472"/>
        <location filename="../../src/ui/preferences/PreferencesAdvancedPageWidget.cpp" line="476"/>
        <location filename="../../src/ui/preferences/PreferencesAdvancedPageWidget.cpp" line="502"/>
        <location filename="../../src/ui/preferences/PreferencesAdvancedPageWidget.cpp" line="533"/>
        <location filename="../../src/ui/preferences/PreferencesAdvancedPageWidget.cpp" line="559"/>
        <location filename="../../src/ui/preferences/PreferencesAdvancedPageWidget.cpp" line="653"/>
        <location filename="../../src/ui/preferences/PreferencesAdvancedPageWidget.cpp" line="834"/>
        <source>(Untitled)</source>
        <translation>(無題)</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesAdvancedPageWidget.cpp" line="220"/>
        <source>New…</source>
        <translation>新規...</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesAdvancedPageWidget.cpp" line="221"/>
        <source>Readd</source>
        <translation>再度追加</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesAdvancedPageWidget.cpp" line="307"/>
        <source>WAV files (*.wav)</source>
        <translation>WAV ファイル (*.wav)</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesAdvancedPageWidget.cpp" line="579"/>
        <source>Question</source>
        <translation>質問</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesAdvancedPageWidget.cpp" line="580"/>
        <source>Do you really want to remove this profile?</source>
        <translation>このプロファイルを本当に削除しますか？</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesAdvancedPageWidget.cpp" line="589"/>
        <source>Delete profile permanently</source>
        <translation>完全にプロファイルを削除する</translation>
    </message>
</context>
<context>
    <name>Otter::PreferencesContentPageWidget</name>
    <message>
        <location filename="../../src/ui/preferences/PreferencesContentPageWidget.ui" line="23"/>
        <source>Blocking</source>
        <translation>ブロッキング</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesContentPageWidget.ui" line="38"/>
        <source>Pop-ups:</source>
        <translation>ポップアップ:</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesContentPageWidget.ui" line="52"/>
        <source>Block all pop-ups</source>
        <translation>すべてのポップアップをブロック</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesContentPageWidget.ui" line="57"/>
        <source>Open all pop-ups</source>
        <translation>すべてのポップアップを開く</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesContentPageWidget.ui" line="62"/>
        <source>Open all pop-ups in background</source>
        <translation>バックグラウンドですべてのポップアップを開く</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesContentPageWidget.ui" line="78"/>
        <source>Zoom</source>
        <translation>ズーム</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesContentPageWidget.ui" line="90"/>
        <source>Default zoom:</source>
        <translation>デフォルト拡大率:</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesContentPageWidget.ui" line="100"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesContentPageWidget.ui" line="118"/>
        <source>Zoom text only</source>
        <translation>テキストのみズーム</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesContentPageWidget.ui" line="131"/>
        <source>Fonts</source>
        <translation>フォント</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesContentPageWidget.ui" line="172"/>
        <source>Style</source>
        <translation>スタイル</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesContentPageWidget.ui" line="177"/>
        <source>Font</source>
        <translation>フォント</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesContentPageWidget.ui" line="182"/>
        <location filename="../../src/ui/preferences/PreferencesContentPageWidget.ui" line="321"/>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesContentPageWidget.ui" line="192"/>
        <source>Default proportional font size:</source>
        <translation>標準の可変幅フォントサイズ:</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesContentPageWidget.ui" line="202"/>
        <location filename="../../src/ui/preferences/PreferencesContentPageWidget.ui" line="228"/>
        <location filename="../../src/ui/preferences/PreferencesContentPageWidget.ui" line="257"/>
        <source> px</source>
        <translation>px</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesContentPageWidget.ui" line="218"/>
        <source>Default fixed-width font size:</source>
        <translation>標準の等幅フォントサイズ:</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesContentPageWidget.ui" line="244"/>
        <source>Minimum font size:</source>
        <translation>最小フォントサイズ：</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesContentPageWidget.ui" line="254"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesContentPageWidget.ui" line="278"/>
        <source>Colors</source>
        <translation>色</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesContentPageWidget.ui" line="316"/>
        <source>Type</source>
        <translation>タイプ</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesContentPageWidget.cpp" line="45"/>
        <source>Standard font</source>
        <translation>標準フォント</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesContentPageWidget.cpp" line="45"/>
        <source>Fixed-width font</source>
        <translation>等幅フォント</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesContentPageWidget.cpp" line="45"/>
        <source>Serif font</source>
        <translation>Serifフォント</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesContentPageWidget.cpp" line="45"/>
        <source>Sans-serif font</source>
        <translation>Sans-serif フォント</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesContentPageWidget.cpp" line="45"/>
        <source>Cursive font</source>
        <translation>筆記体フォント</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesContentPageWidget.cpp" line="45"/>
        <source>Fantasy font</source>
        <translation>装飾体フォント</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesContentPageWidget.cpp" line="59"/>
        <source>The quick brown fox jumps over the lazy dog</source>
        <translation>速い茶色のキツネは、のろまなイヌに飛びかかった</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesContentPageWidget.cpp" line="71"/>
        <source>Background Color</source>
        <translation>背景色</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesContentPageWidget.cpp" line="71"/>
        <source>Text Color</source>
        <translation>テキスト色</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesContentPageWidget.cpp" line="71"/>
        <source>Link Color</source>
        <translation>リンク色</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesContentPageWidget.cpp" line="71"/>
        <source>Visited Link Color</source>
        <translation>訪問済みリンク色</translation>
    </message>
</context>
<context>
    <name>Otter::PreferencesDialog</name>
    <message>
        <location filename="../../src/ui/PreferencesDialog.ui" line="17"/>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../src/ui/PreferencesDialog.ui" line="27"/>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../src/ui/PreferencesDialog.ui" line="33"/>
        <source>Content</source>
        <translation>コンテンツ</translation>
    </message>
    <message>
        <location filename="../../src/ui/PreferencesDialog.ui" line="39"/>
        <source>Privacy</source>
        <translation>プライバシー</translation>
    </message>
    <message>
        <location filename="../../src/ui/PreferencesDialog.ui" line="45"/>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../../src/ui/PreferencesDialog.ui" line="51"/>
        <source>Advanced</source>
        <translation>詳細設定</translation>
    </message>
    <message>
        <location filename="../../src/ui/PreferencesDialog.ui" line="62"/>
        <source>All Settings</source>
        <translation>すべての設定</translation>
    </message>
</context>
<context>
    <name>Otter::PreferencesGeneralPageWidget</name>
    <message>
        <location filename="../../src/ui/preferences/PreferencesGeneralPageWidget.ui" line="23"/>
        <source>Startup</source>
        <translation>スタートアップ</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesGeneralPageWidget.ui" line="35"/>
        <source>Startup behavior:</source>
        <translation>スタートアップ動作：</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesGeneralPageWidget.ui" line="48"/>
        <source>Home page:</source>
        <translation>ホームページ:</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesGeneralPageWidget.ui" line="76"/>
        <source>Use Current Page</source>
        <translation>現在のページを使用する</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesGeneralPageWidget.ui" line="83"/>
        <source>Use Bookmark</source>
        <translation>ブックマークを使用する</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesGeneralPageWidget.ui" line="90"/>
        <source>Restore to Default</source>
        <translation>デフォルトに戻す</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesGeneralPageWidget.ui" line="107"/>
        <source>Downloads</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesGeneralPageWidget.ui" line="119"/>
        <source>Save files to:</source>
        <translation>ファイルを次の場所に保存します。:</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesGeneralPageWidget.ui" line="134"/>
        <source>Always ask me where to save files</source>
        <translation>常にファイルを場所を確認する</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesGeneralPageWidget.ui" line="147"/>
        <source>Tabs</source>
        <translation>タブ</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesGeneralPageWidget.ui" line="154"/>
        <source>Open new windows in a new tab instead</source>
        <translation>代わりに、新しいタブで新しいウィンドウを開く</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesGeneralPageWidget.ui" line="161"/>
        <source>Delay loading of tabs until selected</source>
        <translation>未選択のタブを遅延読み込みさせる</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesGeneralPageWidget.ui" line="168"/>
        <source>Reuse current tab</source>
        <translation>現在のタブを再利用</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesGeneralPageWidget.ui" line="175"/>
        <source>Open new tab next to active</source>
        <translation>アクティブタブの隣に新しいタブを開く</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesGeneralPageWidget.ui" line="184"/>
        <source>When closing tab:</source>
        <translation>タブを閉じる時:</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesGeneralPageWidget.ui" line="198"/>
        <source>Activate the last active tab</source>
        <translation>最後のタブをアクティブにします</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesGeneralPageWidget.ui" line="203"/>
        <source>Activate the next tab</source>
        <translation>新規タブをアクティブに</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesGeneralPageWidget.ui" line="208"/>
        <source>Activate the first tab opened from current tab</source>
        <translation>現在のタブから開かれた最初のタブをアクティブにします</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesGeneralPageWidget.ui" line="224"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesGeneralPageWidget.ui" line="233"/>
        <source>Preferred Webpage Language:</source>
        <translation>優先ウェブページ言語：</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesGeneralPageWidget.ui" line="258"/>
        <source>Edit…</source>
        <translation>編集...</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesGeneralPageWidget.ui" line="275"/>
        <source>System Defaults</source>
        <translation>システムのデフォルト</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesGeneralPageWidget.ui" line="287"/>
        <source>Set as a default browser</source>
        <translation>規定のブラウザに設定する</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesGeneralPageWidget.cpp" line="42"/>
        <source>Continue previous session</source>
        <translation>前のセッションを続ける</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesGeneralPageWidget.cpp" line="43"/>
        <source>Show startup dialog</source>
        <translation>スタートアップダイアログを表示</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesGeneralPageWidget.cpp" line="44"/>
        <source>Show home page</source>
        <translation>ホームページを表示</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesGeneralPageWidget.cpp" line="45"/>
        <source>Show start page</source>
        <translation>スタートページを表示</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesGeneralPageWidget.cpp" line="46"/>
        <source>Show empty page</source>
        <translation>空のページを表示</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesGeneralPageWidget.cpp" line="74"/>
        <source>Run Otter Browser with administrator rights to set it as a default browser.</source>
        <translation>デフォルトのブラウザとして設定するには、管理者権限でOtterブラウザを実行する必要があります。</translation>
    </message>
</context>
<context>
    <name>Otter::PreferencesPrivacyPageWidget</name>
    <message>
        <location filename="../../src/ui/preferences/PreferencesPrivacyPageWidget.ui" line="23"/>
        <source>Tracking</source>
        <translation>トラッキング</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesPrivacyPageWidget.ui" line="32"/>
        <source>Do Not Track:</source>
        <translation>追跡しない:</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesPrivacyPageWidget.ui" line="57"/>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesPrivacyPageWidget.ui" line="64"/>
        <source>Private mode</source>
        <translation>プライバシーモード</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesPrivacyPageWidget.ui" line="107"/>
        <source>Remember browsing history</source>
        <translation>閲覧履歴を記憶</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesPrivacyPageWidget.ui" line="114"/>
        <source>Remember downloads history</source>
        <translation>ダウンロード履歴を記憶</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesPrivacyPageWidget.ui" line="124"/>
        <source>Remember search history</source>
        <translation>検索履歴を記憶</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesPrivacyPageWidget.ui" line="136"/>
        <source>Remember form history</source>
        <translation>フォーム履歴を記憶</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesPrivacyPageWidget.ui" line="159"/>
        <source>Template…</source>
        <translation>テンプレート...</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesPrivacyPageWidget.ui" line="170"/>
        <source>Enable cookies</source>
        <translation>クッキーを有効にする</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesPrivacyPageWidget.ui" line="215"/>
        <source>Accept cookies:</source>
        <translation>クッキーを受け付ける:</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesPrivacyPageWidget.ui" line="228"/>
        <source>Keep until:</source>
        <translation>キープし続ける：</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesPrivacyPageWidget.ui" line="241"/>
        <source>Accept third-party cookies:</source>
        <translation>サードパーティのクッキーを受け入れる：</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesPrivacyPageWidget.ui" line="268"/>
        <source>Clear history when application closes</source>
        <translation>アプリケーション終了時に履歴をクリア</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesPrivacyPageWidget.ui" line="288"/>
        <source>Settings…</source>
        <translation>設定...</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesPrivacyPageWidget.ui" line="308"/>
        <source>Passwords</source>
        <translation>パスワード:</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesPrivacyPageWidget.ui" line="320"/>
        <source>Remember passwords</source>
        <translation>パスワードを記憶</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesPrivacyPageWidget.ui" line="343"/>
        <source>Manage…</source>
        <translation>管理...</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesPrivacyPageWidget.ui" line="357"/>
        <source>Use a master password</source>
        <translation>マスターパスワードを使用</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesPrivacyPageWidget.ui" line="380"/>
        <source>Change…</source>
        <translation>変更...</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesPrivacyPageWidget.cpp" line="36"/>
        <source>Inform websites that I do not want to be tracked</source>
        <translation>追跡されたくないウェブサイトを通知する</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesPrivacyPageWidget.cpp" line="37"/>
        <source>Inform websites that I allow tracking</source>
        <translation>追跡できるようにウェブサイトを知らせる</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesPrivacyPageWidget.cpp" line="38"/>
        <source>Do not inform websites about my preference</source>
        <translation>好みのウェブサイトを通知しない</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesPrivacyPageWidget.cpp" line="49"/>
        <location filename="../../src/ui/preferences/PreferencesPrivacyPageWidget.cpp" line="64"/>
        <source>Always</source>
        <translation>常に</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesPrivacyPageWidget.cpp" line="50"/>
        <location filename="../../src/ui/preferences/PreferencesPrivacyPageWidget.cpp" line="65"/>
        <source>Only existing</source>
        <translation>現存のみ</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesPrivacyPageWidget.cpp" line="51"/>
        <source>Only read existing</source>
        <translation>既存の読み取り専用</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesPrivacyPageWidget.cpp" line="52"/>
        <location filename="../../src/ui/preferences/PreferencesPrivacyPageWidget.cpp" line="66"/>
        <source>Never</source>
        <translation>決して</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesPrivacyPageWidget.cpp" line="57"/>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesPrivacyPageWidget.cpp" line="58"/>
        <source>Current session is closed</source>
        <translation>現在のセッションが閉じられました。</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesPrivacyPageWidget.cpp" line="59"/>
        <source>Always ask</source>
        <translation>常に尋ねる</translation>
    </message>
</context>
<context>
    <name>Otter::PreferencesSearchPageWidget</name>
    <message>
        <location filename="../../src/ui/preferences/PreferencesSearchPageWidget.ui" line="21"/>
        <source>Search…</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesSearchPageWidget.ui" line="63"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesSearchPageWidget.ui" line="73"/>
        <source>Edit…</source>
        <translation>編集...</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesSearchPageWidget.ui" line="83"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesSearchPageWidget.ui" line="108"/>
        <source>Move Up</source>
        <translation>上に移動</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesSearchPageWidget.ui" line="134"/>
        <source>Move Down</source>
        <translation>下に移動</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesSearchPageWidget.ui" line="147"/>
        <source>Enable search suggestions</source>
        <translation>検索候補を有効にする</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesSearchPageWidget.cpp" line="48"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesSearchPageWidget.cpp" line="48"/>
        <source>Keyword</source>
        <translation>キーワード</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesSearchPageWidget.cpp" line="84"/>
        <source>New…</source>
        <translation>新規...</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesSearchPageWidget.cpp" line="85"/>
        <source>Readd</source>
        <translation>再度追加</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesSearchPageWidget.cpp" line="152"/>
        <source>New Search Engine</source>
        <translation>新しい検索エンジン</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesSearchPageWidget.cpp" line="286"/>
        <source>Question</source>
        <translation>質問</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesSearchPageWidget.cpp" line="287"/>
        <source>Do you really want to remove this search engine?</source>
        <translation>本当にこの検索エンジンを削除しますか？</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesSearchPageWidget.cpp" line="296"/>
        <source>Delete search engine permanently</source>
        <translation>永久に検索エンジンを削除</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/PreferencesSearchPageWidget.cpp" line="366"/>
        <source>(Untitled)</source>
        <translation>(無題)</translation>
    </message>
</context>
<context>
    <name>Otter::ProgressBarWidget</name>
    <message>
        <location filename="../../src/modules/windows/web/ProgressBarWidget.cpp" line="62"/>
        <source>Document: %p%</source>
        <translation>ドキュメント: %p%</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/web/ProgressBarWidget.cpp" line="123"/>
        <location filename="../../src/modules/windows/web/ProgressBarWidget.cpp" line="147"/>
        <source>Time: %1</source>
        <translation>時間: %1</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/web/ProgressBarWidget.cpp" line="190"/>
        <source>Elements: %1/%2</source>
        <translation>要素: %1/%2</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/web/ProgressBarWidget.cpp" line="191"/>
        <source>Total: %1</source>
        <translation>総合: %1</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/web/ProgressBarWidget.cpp" line="192"/>
        <source>Speed: %1</source>
        <translation>スピード: %1</translation>
    </message>
</context>
<context>
    <name>Otter::QtWebKitNetworkManager</name>
    <message>
        <location filename="../../src/modules/backends/web/qtwebkit/QtWebKitNetworkManager.cpp" line="107"/>
        <location filename="../../src/modules/backends/web/qtwebkit/QtWebKitNetworkManager.cpp" line="129"/>
        <source>Waiting for authentication…</source>
        <translation>認証中です。しばらくお待ち下さい...</translation>
    </message>
    <message>
        <location filename="../../src/modules/backends/web/qtwebkit/QtWebKitNetworkManager.cpp" line="180"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../src/modules/backends/web/qtwebkit/QtWebKitNetworkManager.cpp" line="180"/>
        <source>SSL errors occured, do you want to continue?</source>
        <translation>SSLエラーが起こりました。このまま続行しますか？</translation>
    </message>
    <message>
        <location filename="../../src/modules/backends/web/qtwebkit/QtWebKitNetworkManager.cpp" line="184"/>
        <source>Do not show this message again</source>
        <translation>今後このメッセージを表示しない</translation>
    </message>
    <message>
        <location filename="../../src/modules/backends/web/qtwebkit/QtWebKitNetworkManager.cpp" line="269"/>
        <source>Receiving data from %1…</source>
        <translation>%1からデータを受信する…</translation>
    </message>
    <message>
        <location filename="../../src/modules/backends/web/qtwebkit/QtWebKitNetworkManager.cpp" line="311"/>
        <source>Completed request to %1</source>
        <translation>%1に完了した要求</translation>
    </message>
    <message>
        <location filename="../../src/modules/backends/web/qtwebkit/QtWebKitNetworkManager.cpp" line="508"/>
        <source>Sending request to %1…</source>
        <translation>%1に要求を送信しています...</translation>
    </message>
</context>
<context>
    <name>Otter::QtWebKitPage</name>
    <message>
        <location filename="../../src/modules/backends/web/qtwebkit/QtWebKitPage.cpp" line="186"/>
        <location filename="../../src/modules/backends/web/qtwebkit/QtWebKitPage.cpp" line="324"/>
        <location filename="../../src/modules/backends/web/qtwebkit/QtWebKitPage.cpp" line="361"/>
        <source>JavaScript</source>
        <translation>JavaScript</translation>
    </message>
    <message>
        <location filename="../../src/modules/backends/web/qtwebkit/QtWebKitPage.cpp" line="187"/>
        <location filename="../../src/modules/backends/web/qtwebkit/QtWebKitPage.cpp" line="325"/>
        <location filename="../../src/modules/backends/web/qtwebkit/QtWebKitPage.cpp" line="362"/>
        <source>Disable JavaScript popups</source>
        <translation>JavaScriptのポップアップを無効に</translation>
    </message>
    <message>
        <location filename="../../src/modules/backends/web/qtwebkit/QtWebKitPage.cpp" line="274"/>
        <location filename="../../src/modules/backends/web/qtwebkit/QtWebKitPage.cpp" line="287"/>
        <location filename="../../src/modules/backends/web/qtwebkit/QtWebKitPage.cpp" line="467"/>
        <source>Question</source>
        <translation>質問</translation>
    </message>
    <message>
        <location filename="../../src/modules/backends/web/qtwebkit/QtWebKitPage.cpp" line="274"/>
        <location filename="../../src/modules/backends/web/qtwebkit/QtWebKitPage.cpp" line="288"/>
        <source>Are you sure that you want to send form data again?</source>
        <translation>本当にフォームデータを再送信しますか？</translation>
    </message>
    <message>
        <location filename="../../src/modules/backends/web/qtwebkit/QtWebKitPage.cpp" line="274"/>
        <location filename="../../src/modules/backends/web/qtwebkit/QtWebKitPage.cpp" line="289"/>
        <source>Do you want to resend data?</source>
        <translation>データを再送信しますか？</translation>
    </message>
    <message>
        <location filename="../../src/modules/backends/web/qtwebkit/QtWebKitPage.cpp" line="275"/>
        <location filename="../../src/modules/backends/web/qtwebkit/QtWebKitPage.cpp" line="293"/>
        <source>Do not show this message again</source>
        <translation>今後このメッセージを表示しない</translation>
    </message>
    <message>
        <location filename="../../src/modules/backends/web/qtwebkit/QtWebKitPage.cpp" line="403"/>
        <source>Open File</source>
        <translation>ファイルを開く</translation>
    </message>
    <message>
        <location filename="../../src/modules/backends/web/qtwebkit/QtWebKitPage.cpp" line="425"/>
        <source>Error %1</source>
        <translation>エラー%1</translation>
    </message>
    <message>
        <location filename="../../src/modules/backends/web/qtwebkit/QtWebKitPage.cpp" line="455"/>
        <source>%1 error #%2: %3</source>
        <translation>%1 エラー #%2: %3</translation>
    </message>
    <message>
        <location filename="../../src/modules/backends/web/qtwebkit/QtWebKitPage.cpp" line="467"/>
        <source>The script on this page appears to have a problem.</source>
        <translation>このページのスクリプトは、問題を持っていると思われます。</translation>
    </message>
    <message>
        <location filename="../../src/modules/backends/web/qtwebkit/QtWebKitPage.cpp" line="467"/>
        <source>Do you want to stop the script?</source>
        <translation>スクリプトを停止しますか？</translation>
    </message>
</context>
<context>
    <name>Otter::QtWebKitPluginWidget</name>
    <message>
        <location filename="../../src/modules/backends/web/qtwebkit/QtWebKitPluginWidget.cpp" line="32"/>
        <source>Click to load content (%1) handled by plugin from: %2</source>
        <translation>コンテンツをクリックして読み込むと(%1)がプラグインによって処理されます。: %2</translation>
    </message>
</context>
<context>
    <name>Otter::QtWebKitWebBackend</name>
    <message>
        <location filename="../../src/modules/backends/web/qtwebkit/QtWebKitWebBackend.cpp" line="179"/>
        <source>WebKit Backend</source>
        <translation>WebKitエンジンのバックエンド</translation>
    </message>
    <message>
        <location filename="../../src/modules/backends/web/qtwebkit/QtWebKitWebBackend.cpp" line="184"/>
        <source>Backend utilizing QtWebKit module</source>
        <translation>QtWebKitモジュールを利用したバックエンド</translation>
    </message>
</context>
<context>
    <name>Otter::QtWebKitWebWidget</name>
    <message>
        <location filename="../../src/modules/backends/web/qtwebkit/QtWebKitWebWidget.cpp" line="298"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../../src/modules/backends/web/qtwebkit/QtWebKitWebWidget.cpp" line="298"/>
        <source>Failed to open file for writing.</source>
        <translation>書き込み用にファイルを開けませんでした。</translation>
    </message>
    <message>
        <location filename="../../src/modules/backends/web/qtwebkit/QtWebKitWebWidget.cpp" line="318"/>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../../src/modules/backends/web/qtwebkit/QtWebKitWebWidget.cpp" line="329"/>
        <source>Failed to save image: %1</source>
        <translation>画像の保存に失敗しました： %1</translation>
    </message>
    <message>
        <location filename="../../src/modules/backends/web/qtwebkit/QtWebKitWebWidget.cpp" line="458"/>
        <source>Print Preview</source>
        <translation>プリント表示</translation>
    </message>
    <message>
        <location filename="../../src/modules/backends/web/qtwebkit/QtWebKitWebWidget.cpp" line="517"/>
        <source>JavaScript</source>
        <translation>JavaScript</translation>
    </message>
    <message>
        <location filename="../../src/modules/backends/web/qtwebkit/QtWebKitWebWidget.cpp" line="517"/>
        <source>Webpage wants to close this tab, do you want to allow to close it?</source>
        <translation>WEBページがこのタブを閉じようとしています。閉じても構いませんか？</translation>
    </message>
    <message>
        <location filename="../../src/modules/backends/web/qtwebkit/QtWebKitWebWidget.cpp" line="518"/>
        <source>Do not show this message again</source>
        <translation>今後このメッセージを表示しない</translation>
    </message>
    <message>
        <location filename="../../src/modules/backends/web/qtwebkit/QtWebKitWebWidget.cpp" line="638"/>
        <source>Undo</source>
        <translation>取り消す</translation>
    </message>
    <message>
        <location filename="../../src/modules/backends/web/qtwebkit/QtWebKitWebWidget.cpp" line="638"/>
        <source>Undo: %1</source>
        <translation>取り消す: %1</translation>
    </message>
    <message>
        <location filename="../../src/modules/backends/web/qtwebkit/QtWebKitWebWidget.cpp" line="643"/>
        <source>Redo</source>
        <translation>やり直し</translation>
    </message>
    <message>
        <location filename="../../src/modules/backends/web/qtwebkit/QtWebKitWebWidget.cpp" line="643"/>
        <source>Redo: %1</source>
        <translation>やり直し: %1</translation>
    </message>
    <message>
        <location filename="../../src/modules/backends/web/qtwebkit/QtWebKitWebWidget.cpp" line="1368"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../src/modules/backends/web/qtwebkit/QtWebKitWebWidget.cpp" line="1667"/>
        <source>Blank Page</source>
        <translation>空白ページ</translation>
    </message>
    <message>
        <location filename="../../src/modules/backends/web/qtwebkit/QtWebKitWebWidget.cpp" line="1680"/>
        <source>(Untitled)</source>
        <translation>(無題)</translation>
    </message>
</context>
<context>
    <name>Otter::ReloadTimeDialog</name>
    <message>
        <location filename="../../src/ui/ReloadTimeDialog.ui" line="14"/>
        <source>Automatic Page Reload</source>
        <translation>自動ページ更新</translation>
    </message>
    <message>
        <location filename="../../src/ui/ReloadTimeDialog.ui" line="29"/>
        <source>minutes</source>
        <translation>分</translation>
    </message>
    <message>
        <location filename="../../src/ui/ReloadTimeDialog.ui" line="46"/>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
</context>
<context>
    <name>Otter::SaveSessionDialog</name>
    <message>
        <location filename="../../src/ui/SaveSessionDialog.ui" line="14"/>
        <source>Save Session</source>
        <translation>セッションを保存</translation>
    </message>
    <message>
        <location filename="../../src/ui/SaveSessionDialog.ui" line="22"/>
        <source>Session title:</source>
        <translation>セッションのタイトル:</translation>
    </message>
    <message>
        <location filename="../../src/ui/SaveSessionDialog.ui" line="32"/>
        <source>Session identifier:</source>
        <translation>セッションの処理:</translation>
    </message>
    <message>
        <location filename="../../src/ui/SaveSessionDialog.ui" line="50"/>
        <source>Store only current window</source>
        <translation>現在のウィンドウだけを保存する</translation>
    </message>
    <message>
        <location filename="../../src/ui/SaveSessionDialog.cpp" line="72"/>
        <source>Question</source>
        <translation>質問</translation>
    </message>
    <message>
        <location filename="../../src/ui/SaveSessionDialog.cpp" line="72"/>
        <source>Session with specified indentifier already exists.
Do you want to overwrite it?</source>
        <translation>指定された処理とのセッションは既に存在します。
あなたは、それを上書きしますか？</translation>
    </message>
    <message>
        <location filename="../../src/ui/SaveSessionDialog.cpp" line="85"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../../src/ui/SaveSessionDialog.cpp" line="85"/>
        <source>Failed to save session.</source>
        <translation>セッションの保存に失敗しました。</translation>
    </message>
</context>
<context>
    <name>Otter::SearchBarWidget</name>
    <message>
        <location filename="../../src/modules/windows/web/SearchBarWidget.ui" line="35"/>
        <source>Find…</source>
        <translation>検索...</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/web/SearchBarWidget.ui" line="45"/>
        <source>Find Next</source>
        <translation>次を検索</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/web/SearchBarWidget.ui" line="59"/>
        <source>Find Previous</source>
        <translation>前を検索</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/web/SearchBarWidget.ui" line="86"/>
        <source>Highlight</source>
        <translation>ハイライト</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/web/SearchBarWidget.ui" line="105"/>
        <source>Case Sensitive</source>
        <translation>大文字小文字を区別</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/web/SearchBarWidget.ui" line="118"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>Otter::SearchPropertiesDialog</name>
    <message>
        <location filename="../../src/ui/SearchPropertiesDialog.ui" line="14"/>
        <source>Edit Search Engine</source>
        <translation>検索エンジンを編集</translation>
    </message>
    <message>
        <location filename="../../src/ui/SearchPropertiesDialog.ui" line="39"/>
        <source>Change Icon…</source>
        <translation>アイコンを変更...</translation>
    </message>
    <message>
        <location filename="../../src/ui/SearchPropertiesDialog.ui" line="58"/>
        <source>Title:</source>
        <translation>タイトル:</translation>
    </message>
    <message>
        <location filename="../../src/ui/SearchPropertiesDialog.ui" line="68"/>
        <source>Description:</source>
        <translation>説明文:</translation>
    </message>
    <message>
        <location filename="../../src/ui/SearchPropertiesDialog.ui" line="81"/>
        <source>Keyword:</source>
        <translation>キーワード:</translation>
    </message>
    <message>
        <location filename="../../src/ui/SearchPropertiesDialog.ui" line="94"/>
        <source>Encoding:</source>
        <translation>エンコーディング:</translation>
    </message>
    <message>
        <location filename="../../src/ui/SearchPropertiesDialog.ui" line="113"/>
        <source>Set as Default Search Engine</source>
        <translation>デフォルト検索エンジンに設定</translation>
    </message>
    <message>
        <location filename="../../src/ui/SearchPropertiesDialog.ui" line="124"/>
        <source>Results Query</source>
        <translation>結果クエリ</translation>
    </message>
    <message>
        <location filename="../../src/ui/SearchPropertiesDialog.ui" line="132"/>
        <location filename="../../src/ui/SearchPropertiesDialog.ui" line="240"/>
        <source>Address:</source>
        <translation>アドレス:</translation>
    </message>
    <message>
        <location filename="../../src/ui/SearchPropertiesDialog.ui" line="145"/>
        <location filename="../../src/ui/SearchPropertiesDialog.ui" line="256"/>
        <source>Query:</source>
        <translation>クエリ:</translation>
    </message>
    <message>
        <location filename="../../src/ui/SearchPropertiesDialog.ui" line="160"/>
        <location filename="../../src/ui/SearchPropertiesDialog.ui" line="268"/>
        <source>POST Method</source>
        <translation>POSTメソッド</translation>
    </message>
    <message>
        <location filename="../../src/ui/SearchPropertiesDialog.ui" line="201"/>
        <location filename="../../src/ui/SearchPropertiesDialog.ui" line="309"/>
        <source>Data encoding (enctype):</source>
        <translation>データエンコーディング (エンコーディングの種類):</translation>
    </message>
    <message>
        <location filename="../../src/ui/SearchPropertiesDialog.ui" line="212"/>
        <location filename="../../src/ui/SearchPropertiesDialog.ui" line="320"/>
        <source>application/x-www-form-urlencoded</source>
        <translation>application/x-www-form-urlencoded</translation>
    </message>
    <message>
        <location filename="../../src/ui/SearchPropertiesDialog.ui" line="217"/>
        <location filename="../../src/ui/SearchPropertiesDialog.ui" line="325"/>
        <source>multipart/form-data</source>
        <translation>multipart/form-data</translation>
    </message>
    <message>
        <location filename="../../src/ui/SearchPropertiesDialog.ui" line="229"/>
        <source>Suggestions Query</source>
        <translation>候補クエリ</translation>
    </message>
    <message>
        <location filename="../../src/ui/SearchPropertiesDialog.cpp" line="97"/>
        <source>Select Icon</source>
        <translation>アイコンを選択</translation>
    </message>
    <message>
        <location filename="../../src/ui/SearchPropertiesDialog.cpp" line="97"/>
        <source>Images (*.png *.jpg *.bmp *.gif *.ico)</source>
        <translation>画像(*.png *.jpg *.bmp *.gif *.ico)</translation>
    </message>
    <message>
        <location filename="../../src/ui/SearchPropertiesDialog.cpp" line="145"/>
        <source>Placeholders</source>
        <translation>プレースホルダー</translation>
    </message>
    <message>
        <location filename="../../src/ui/SearchPropertiesDialog.cpp" line="146"/>
        <source>Search Terms</source>
        <translation>検索語</translation>
    </message>
    <message>
        <location filename="../../src/ui/SearchPropertiesDialog.cpp" line="147"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
</context>
<context>
    <name>Otter::SearchWidget</name>
    <message>
        <location filename="../../src/ui/toolbars/SearchWidget.cpp" line="94"/>
        <location filename="../../src/ui/toolbars/SearchWidget.cpp" line="321"/>
        <source>Search using %1</source>
        <translation>%1で検索</translation>
    </message>
    <message>
        <location filename="../../src/ui/toolbars/SearchWidget.cpp" line="200"/>
        <source>Undo</source>
        <translation>取り消す</translation>
    </message>
    <message>
        <location filename="../../src/ui/toolbars/SearchWidget.cpp" line="201"/>
        <source>Redo</source>
        <translation>やり直し</translation>
    </message>
    <message>
        <location filename="../../src/ui/toolbars/SearchWidget.cpp" line="203"/>
        <source>Cut</source>
        <translation>切り取り</translation>
    </message>
    <message>
        <location filename="../../src/ui/toolbars/SearchWidget.cpp" line="204"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../../src/ui/toolbars/SearchWidget.cpp" line="205"/>
        <source>Paste</source>
        <translation>貼り付け</translation>
    </message>
    <message>
        <location filename="../../src/ui/toolbars/SearchWidget.cpp" line="206"/>
        <source>Paste and Go</source>
        <translation>貼り付けて移動</translation>
    </message>
    <message>
        <location filename="../../src/ui/toolbars/SearchWidget.cpp" line="207"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../src/ui/toolbars/SearchWidget.cpp" line="209"/>
        <source>Copy to Note</source>
        <translation>ノートにコピー</translation>
    </message>
    <message>
        <location filename="../../src/ui/toolbars/SearchWidget.cpp" line="211"/>
        <source>Clear All</source>
        <translation>すべてクリア</translation>
    </message>
    <message>
        <location filename="../../src/ui/toolbars/SearchWidget.cpp" line="212"/>
        <source>Select All</source>
        <translation>全て選択</translation>
    </message>
</context>
<context>
    <name>Otter::SearchesManager</name>
    <message>
        <location filename="../../src/core/SearchesManager.cpp" line="169"/>
        <source>Manage Search Engines…</source>
        <translation>検索エンジンを管理...</translation>
    </message>
</context>
<context>
    <name>Otter::SessionsManager</name>
    <message>
        <location filename="../../src/core/SessionsManager.cpp" line="214"/>
        <source>Default</source>
        <translation>デフォルト</translation>
    </message>
    <message>
        <location filename="../../src/core/SessionsManager.cpp" line="214"/>
        <location filename="../../src/core/SessionsManager.cpp" line="279"/>
        <source>(Untitled)</source>
        <translation>(無題)</translation>
    </message>
</context>
<context>
    <name>Otter::SessionsManagerDialog</name>
    <message>
        <location filename="../../src/ui/SessionsManagerDialog.ui" line="14"/>
        <source>Sessions Manager</source>
        <translation>セッション管理</translation>
    </message>
    <message>
        <location filename="../../src/ui/SessionsManagerDialog.ui" line="62"/>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <location filename="../../src/ui/SessionsManagerDialog.ui" line="67"/>
        <source>Identifier</source>
        <translation>処理</translation>
    </message>
    <message>
        <location filename="../../src/ui/SessionsManagerDialog.ui" line="72"/>
        <source>Windows</source>
        <translation>Window</translation>
    </message>
    <message>
        <location filename="../../src/ui/SessionsManagerDialog.ui" line="82"/>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <location filename="../../src/ui/SessionsManagerDialog.ui" line="89"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../src/ui/SessionsManagerDialog.ui" line="113"/>
        <source>Open session in current window</source>
        <translation>現在のウィンドウで開くセッション</translation>
    </message>
    <message>
        <location filename="../../src/ui/SessionsManagerDialog.cpp" line="44"/>
        <location filename="../../src/ui/SessionsManagerDialog.cpp" line="67"/>
        <source>(Untitled)</source>
        <translation>(無題)</translation>
    </message>
    <message>
        <location filename="../../src/ui/SessionsManagerDialog.cpp" line="102"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../src/ui/SessionsManagerDialog.cpp" line="102"/>
        <source>This session was not saved correctly.
Are you sure that you want to restore this session anyway?</source>
        <translation>残念ながらこのセッションは正しく保存されませんでした。
セッションを復元しますか？</translation>
    </message>
    <message>
        <location filename="../../src/ui/SessionsManagerDialog.cpp" line="119"/>
        <source>Confirm</source>
        <translation>確認</translation>
    </message>
    <message>
        <location filename="../../src/ui/SessionsManagerDialog.cpp" line="119"/>
        <source>Are you sure that you want to delete session %1?</source>
        <translation>本当にセッション%1を削除しますか？</translation>
    </message>
    <message>
        <location filename="../../src/ui/SessionsManagerDialog.cpp" line="127"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../../src/ui/SessionsManagerDialog.cpp" line="127"/>
        <source>Failed to delete session.</source>
        <translation>セッションの削除に失敗しました。</translation>
    </message>
</context>
<context>
    <name>Otter::ShortcutsProfileDialog</name>
    <message>
        <location filename="../../src/ui/preferences/ShortcutsProfileDialog.ui" line="14"/>
        <source>Profile Configuration</source>
        <translation>プロファイル構成</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/ShortcutsProfileDialog.ui" line="24"/>
        <source>Actions</source>
        <translation>動作</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/ShortcutsProfileDialog.ui" line="30"/>
        <source>Search…</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/ShortcutsProfileDialog.ui" line="91"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/ShortcutsProfileDialog.ui" line="101"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/ShortcutsProfileDialog.ui" line="129"/>
        <source>Information</source>
        <translation>情報</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/ShortcutsProfileDialog.ui" line="135"/>
        <source>Title:</source>
        <translation>タイトル:</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/ShortcutsProfileDialog.ui" line="145"/>
        <source>Description:</source>
        <translation>説明文:</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/ShortcutsProfileDialog.ui" line="155"/>
        <source>Version:</source>
        <translation>バージョン:</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/ShortcutsProfileDialog.ui" line="165"/>
        <source>Author:</source>
        <translation>著者：</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/ShortcutsProfileDialog.cpp" line="41"/>
        <source>Action</source>
        <translation>動作</translation>
    </message>
    <message>
        <location filename="../../src/ui/preferences/ShortcutsProfileDialog.cpp" line="129"/>
        <source>Shortcut</source>
        <translation>ショートカット</translation>
    </message>
</context>
<context>
    <name>Otter::SidebarWidget</name>
    <message>
        <location filename="../../src/ui/SidebarWidget.cpp" line="216"/>
        <source>Add Web Panel…</source>
        <translation>WEBパネルを追加</translation>
    </message>
    <message>
        <location filename="../../src/ui/SidebarWidget.cpp" line="277"/>
        <source>Add web panel</source>
        <translation>WEBパネルを追加</translation>
    </message>
    <message>
        <location filename="../../src/ui/SidebarWidget.cpp" line="277"/>
        <source>Input address of web page to be shown in panel:</source>
        <translation>パネルに表示するWebページのアドレスを入力して下さい：</translation>
    </message>
    <message>
        <location filename="../../src/ui/SidebarWidget.cpp" line="431"/>
        <source>Bookmarks</source>
        <translation>ブックマーク</translation>
    </message>
    <message>
        <location filename="../../src/ui/SidebarWidget.cpp" line="436"/>
        <source>Cache</source>
        <translation>キャッシュ</translation>
    </message>
    <message>
        <location filename="../../src/ui/SidebarWidget.cpp" line="441"/>
        <source>Cookies</source>
        <translation>クッキー</translation>
    </message>
    <message>
        <location filename="../../src/ui/SidebarWidget.cpp" line="446"/>
        <source>Configuration</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../src/ui/SidebarWidget.cpp" line="451"/>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <location filename="../../src/ui/SidebarWidget.cpp" line="456"/>
        <source>Notes</source>
        <translation>ノート</translation>
    </message>
    <message>
        <location filename="../../src/ui/SidebarWidget.cpp" line="461"/>
        <source>Transfers</source>
        <translation>ダウンロード</translation>
    </message>
</context>
<context>
    <name>Otter::SourceViewerWebWidget</name>
    <message>
        <location filename="../../src/ui/SourceViewerWebWidget.cpp" line="87"/>
        <source>Failed to save file: %1</source>
        <translation>ファイルの保存に失敗しました： %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/SourceViewerWebWidget.cpp" line="89"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../../src/ui/SourceViewerWebWidget.cpp" line="89"/>
        <source>Failed to save file.</source>
        <translation>ファイルの保存に失敗しました。</translation>
    </message>
    <message>
        <location filename="../../src/ui/SourceViewerWebWidget.cpp" line="116"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../src/ui/SourceViewerWebWidget.cpp" line="116"/>
        <source>The document has been modified.
Do you want to save your changes or discard them?</source>
        <translation>ドキュメントが変更されました。
変更を保存するか、それらを破棄しますか？</translation>
    </message>
    <message>
        <location filename="../../src/ui/SourceViewerWebWidget.cpp" line="286"/>
        <source>Show Line Numbers</source>
        <translation>行のナンバーを表示</translation>
    </message>
    <message>
        <location filename="../../src/ui/SourceViewerWebWidget.cpp" line="476"/>
        <source>Source Viewer</source>
        <translation>ソースビューアー</translation>
    </message>
</context>
<context>
    <name>Otter::StartPageModel</name>
    <message>
        <location filename="../../src/modules/windows/web/StartPageModel.cpp" line="175"/>
        <location filename="../../src/modules/windows/web/StartPageModel.cpp" line="176"/>
        <source>Add Tile…</source>
        <translation>タイルを追加...</translation>
    </message>
</context>
<context>
    <name>Otter::StartPagePreferencesDialog</name>
    <message>
        <location filename="../../src/modules/windows/web/StartPagePreferencesDialog.ui" line="14"/>
        <source>Start Page Preferences</source>
        <translation>スタートページの環境設定</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/web/StartPagePreferencesDialog.ui" line="20"/>
        <source>Use custom background image</source>
        <translation>背景イメージをカスタマイズする</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/web/StartPagePreferencesDialog.ui" line="66"/>
        <source>Scaling mode:</source>
        <translation>拡大/縮小モード:</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/web/StartPagePreferencesDialog.ui" line="79"/>
        <source>Image path:</source>
        <translation>画像のパス:</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/web/StartPagePreferencesDialog.ui" line="96"/>
        <source>Columns per row:</source>
        <translation>1行あたりのカラム数:</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/web/StartPagePreferencesDialog.ui" line="106"/>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/web/StartPagePreferencesDialog.ui" line="113"/>
        <source>Zoom level:</source>
        <translation>ズームレベル:</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/web/StartPagePreferencesDialog.ui" line="123"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/web/StartPagePreferencesDialog.ui" line="141"/>
        <source>Show search field</source>
        <translation>検索欄を表示</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/web/StartPagePreferencesDialog.ui" line="148"/>
        <source>Show tile to add new entries</source>
        <translation>WEBサイトの追加ボタンを表示</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/web/StartPagePreferencesDialog.cpp" line="39"/>
        <source>Images (*.png *.jpg *.bmp *.gif)</source>
        <translation>画像 (*.png *.jpg *.bmp *.gif)</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/web/StartPagePreferencesDialog.cpp" line="40"/>
        <source>Best fit</source>
        <translation>ぴったり</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/web/StartPagePreferencesDialog.cpp" line="41"/>
        <source>Center</source>
        <translation>中央</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/web/StartPagePreferencesDialog.cpp" line="42"/>
        <source>Stretch</source>
        <translation>伸び縮み</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/web/StartPagePreferencesDialog.cpp" line="43"/>
        <source>Tile</source>
        <translation>タイル</translation>
    </message>
</context>
<context>
    <name>Otter::StartPageWidget</name>
    <message>
        <location filename="../../src/modules/windows/web/StartPageWidget.cpp" line="357"/>
        <source>Add Tile</source>
        <translation>タイルを追加...</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/web/StartPageWidget.cpp" line="510"/>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/web/StartPageWidget.cpp" line="512"/>
        <source>Edit…</source>
        <translation>編集...</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/web/StartPageWidget.cpp" line="516"/>
        <source>Reload</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/web/StartPageWidget.cpp" line="520"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/web/StartPageWidget.cpp" line="524"/>
        <source>Configure…</source>
        <translation>設定...</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/web/StartPageWidget.cpp" line="525"/>
        <source>Add Tile…</source>
        <translation>タイルを追加...</translation>
    </message>
</context>
<context>
    <name>Otter::StartupDialog</name>
    <message>
        <location filename="../../src/ui/StartupDialog.ui" line="14"/>
        <location filename="../../src/ui/StartupDialog.ui" line="27"/>
        <source>Welcome to Otter</source>
        <translation>Otterへようこそ</translation>
    </message>
    <message>
        <location filename="../../src/ui/StartupDialog.ui" line="34"/>
        <source>Continue session</source>
        <translation>セッションを続ける</translation>
    </message>
    <message>
        <location filename="../../src/ui/StartupDialog.ui" line="104"/>
        <source>Begin with home page</source>
        <translation>起動時にホームページを表示</translation>
    </message>
    <message>
        <location filename="../../src/ui/StartupDialog.ui" line="114"/>
        <source>Begin with start page</source>
        <translation>起動時にスタートページを表示</translation>
    </message>
    <message>
        <location filename="../../src/ui/StartupDialog.ui" line="124"/>
        <source>Begin with blank page</source>
        <translation>起動時に空白ページを表示</translation>
    </message>
    <message>
        <location filename="../../src/ui/StartupDialog.cpp" line="43"/>
        <location filename="../../src/ui/StartupDialog.cpp" line="50"/>
        <source>(Untitled)</source>
        <translation>(無題)</translation>
    </message>
    <message>
        <location filename="../../src/ui/StartupDialog.cpp" line="96"/>
        <source>Window %1</source>
        <translation>Window %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/StartupDialog.cpp" line="200"/>
        <source>Default</source>
        <translation>デフォルト</translation>
    </message>
</context>
<context>
    <name>Otter::TabBarWidget</name>
    <message>
        <location filename="../../src/ui/TabBarWidget.cpp" line="163"/>
        <source>Arrange</source>
        <translation>アレンジ</translation>
    </message>
    <message>
        <location filename="../../src/ui/TabBarWidget.cpp" line="173"/>
        <source>Switch tabs using the mouse wheel</source>
        <translation>マウスホイールを使用してタブを切り替え</translation>
    </message>
    <message>
        <location filename="../../src/ui/TabBarWidget.cpp" line="190"/>
        <source>Customize</source>
        <translation>カスタマイズ</translation>
    </message>
    <message>
        <location filename="../../src/ui/TabBarWidget.cpp" line="477"/>
        <source>(Untitled)</source>
        <translation>(無題)</translation>
    </message>
    <message>
        <location filename="../../src/ui/TabBarWidget.cpp" line="962"/>
        <source>Close Tab</source>
        <translation>タブを閉じる</translation>
    </message>
</context>
<context>
    <name>Otter::ToolBarDialog</name>
    <message>
        <location filename="../../src/ui/ToolBarDialog.ui" line="14"/>
        <source>Edit Toolbar</source>
        <translation>ツールバーを編集</translation>
    </message>
    <message>
        <location filename="../../src/ui/ToolBarDialog.ui" line="26"/>
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <location filename="../../src/ui/ToolBarDialog.ui" line="35"/>
        <source>Visibility:</source>
        <translation>表示/非表示の設定：</translation>
    </message>
    <message>
        <location filename="../../src/ui/ToolBarDialog.ui" line="46"/>
        <source>Always visible</source>
        <translation>常に表示</translation>
    </message>
    <message>
        <location filename="../../src/ui/ToolBarDialog.ui" line="51"/>
        <source>Always hidden</source>
        <translation>常に非表示</translation>
    </message>
    <message>
        <location filename="../../src/ui/ToolBarDialog.ui" line="56"/>
        <source>Visible only when needed</source>
        <translation>必要な時だけ表示</translation>
    </message>
    <message>
        <location filename="../../src/ui/ToolBarDialog.ui" line="64"/>
        <source>Button style:</source>
        <translation>ボタンのスタイル:</translation>
    </message>
    <message>
        <location filename="../../src/ui/ToolBarDialog.ui" line="75"/>
        <source>Follow style</source>
        <translation>スタイルをフォロー</translation>
    </message>
    <message>
        <location filename="../../src/ui/ToolBarDialog.ui" line="80"/>
        <source>Only icon</source>
        <translation>アイコンのみ</translation>
    </message>
    <message>
        <location filename="../../src/ui/ToolBarDialog.ui" line="85"/>
        <source>Only text</source>
        <translation>テキストのみ</translation>
    </message>
    <message>
        <location filename="../../src/ui/ToolBarDialog.ui" line="90"/>
        <source>Text beside icon</source>
        <translation>アイコンの横にテキスト表示</translation>
    </message>
    <message>
        <location filename="../../src/ui/ToolBarDialog.ui" line="95"/>
        <source>Text under icon</source>
        <translation>アイコンの下にテキスト表示</translation>
    </message>
    <message>
        <location filename="../../src/ui/ToolBarDialog.ui" line="103"/>
        <source>Icon size:</source>
        <translation>アイコンのサイズ:</translation>
    </message>
    <message>
        <location filename="../../src/ui/ToolBarDialog.ui" line="113"/>
        <source>Auto</source>
        <translation>自動</translation>
    </message>
    <message>
        <location filename="../../src/ui/ToolBarDialog.ui" line="116"/>
        <location filename="../../src/ui/ToolBarDialog.ui" line="142"/>
        <source> px</source>
        <translation>px</translation>
    </message>
    <message>
        <location filename="../../src/ui/ToolBarDialog.ui" line="129"/>
        <source>Maximum size of item:</source>
        <translation>アイテムの最大サイズ:</translation>
    </message>
    <message>
        <location filename="../../src/ui/ToolBarDialog.ui" line="139"/>
        <source>No limit</source>
        <translation>制限なし</translation>
    </message>
    <message>
        <location filename="../../src/ui/ToolBarDialog.ui" line="159"/>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <location filename="../../src/ui/ToolBarDialog.ui" line="195"/>
        <source>Actions</source>
        <translation>動作</translation>
    </message>
    <message>
        <location filename="../../src/ui/ToolBarDialog.ui" line="231"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../../src/ui/ToolBarDialog.ui" line="241"/>
        <source>Edit…</source>
        <translation>編集...</translation>
    </message>
    <message>
        <location filename="../../src/ui/ToolBarDialog.ui" line="250"/>
        <source>Current entries:</source>
        <translation>現在のエントリー：</translation>
    </message>
    <message>
        <location filename="../../src/ui/ToolBarDialog.ui" line="358"/>
        <source>Available entries:</source>
        <translation>利用可能なエントリ：</translation>
    </message>
    <message>
        <location filename="../../src/ui/ToolBarDialog.ui" line="368"/>
        <location filename="../../src/ui/ToolBarDialog.ui" line="378"/>
        <source>Filter…</source>
        <translation>フィルター...</translation>
    </message>
    <message>
        <location filename="../../src/ui/ToolBarDialog.cpp" line="45"/>
        <source>Custom Toolbar</source>
        <translation>カスタムツールバー</translation>
    </message>
    <message>
        <location filename="../../src/ui/ToolBarDialog.cpp" line="212"/>
        <source>--- separator ---</source>
        <translation>--- 区切り線 ---</translation>
    </message>
    <message>
        <location filename="../../src/ui/ToolBarDialog.cpp" line="216"/>
        <source>--- spacer ---</source>
        <translation>--- スペーサー ---</translation>
    </message>
    <message>
        <location filename="../../src/ui/ToolBarDialog.cpp" line="220"/>
        <source>Address Field</source>
        <translation>アドレス欄</translation>
    </message>
    <message>
        <location filename="../../src/ui/ToolBarDialog.cpp" line="224"/>
        <source>List of Closed Windows and Tabs</source>
        <translation>閉じたウィンドウとタブのリスト</translation>
    </message>
    <message>
        <location filename="../../src/ui/ToolBarDialog.cpp" line="228"/>
        <source>Menu Bar</source>
        <translation>メニューバー</translation>
    </message>
    <message>
        <location filename="../../src/ui/ToolBarDialog.cpp" line="232"/>
        <source>Menu Button</source>
        <translation>メニューボタン</translation>
    </message>
    <message>
        <location filename="../../src/ui/ToolBarDialog.cpp" line="236"/>
        <source>Sidebar Panel Chooser</source>
        <translation>サイドバーパネルセレクタ</translation>
    </message>
    <message>
        <location filename="../../src/ui/ToolBarDialog.cpp" line="240"/>
        <source>Search Field</source>
        <translation>検索欄</translation>
    </message>
    <message>
        <location filename="../../src/ui/ToolBarDialog.cpp" line="244"/>
        <source>Status Message Field</source>
        <translation>ステータスメッセージフィールド</translation>
    </message>
    <message>
        <location filename="../../src/ui/ToolBarDialog.cpp" line="248"/>
        <source>Tab Bar</source>
        <translation>タブバー</translation>
    </message>
    <message>
        <location filename="../../src/ui/ToolBarDialog.cpp" line="252"/>
        <source>Zoom Slider</source>
        <translation>ズームスライダー</translation>
    </message>
    <message>
        <location filename="../../src/ui/ToolBarDialog.cpp" line="260"/>
        <source>(Untitled)</source>
        <translation>(無題)</translation>
    </message>
    <message>
        <location filename="../../src/ui/ToolBarDialog.cpp" line="265"/>
        <source>Invalid Bookmark</source>
        <translation>無効なブックマーク</translation>
    </message>
    <message>
        <location filename="../../src/ui/ToolBarDialog.cpp" line="274"/>
        <location filename="../../src/ui/ToolBarDialog.cpp" line="286"/>
        <source>Invalid Entry</source>
        <translation>無効なエントリ</translation>
    </message>
</context>
<context>
    <name>Otter::ToolBarDragAreaWidget</name>
    <message>
        <location filename="../../src/ui/ToolBarWidget.cpp" line="53"/>
        <source>Drag to move toolbar</source>
        <translation>ツールバーを移動するためにドラッグします</translation>
    </message>
</context>
<context>
    <name>Otter::ToolBarWidget</name>
    <message>
        <location filename="../../src/ui/ToolBarWidget.cpp" line="173"/>
        <source>Switch tabs using the mouse wheel</source>
        <translation>マウスホイールを使用してタブを切り替える</translation>
    </message>
    <message>
        <location filename="../../src/ui/ToolBarWidget.cpp" line="190"/>
        <source>Arrange</source>
        <translation>アレンジ</translation>
    </message>
    <message>
        <location filename="../../src/ui/ToolBarWidget.cpp" line="460"/>
        <source>Closed Tabs</source>
        <translation>閉じたタブ</translation>
    </message>
    <message>
        <location filename="../../src/ui/ToolBarWidget.cpp" line="556"/>
        <source>Customize</source>
        <translation>カスタマイズ</translation>
    </message>
    <message>
        <location filename="../../src/ui/ToolBarWidget.cpp" line="558"/>
        <source>(Untitled)</source>
        <translation>(無題)</translation>
    </message>
    <message>
        <location filename="../../src/ui/ToolBarWidget.cpp" line="559"/>
        <source>Configure…</source>
        <translation>設定...</translation>
    </message>
    <message>
        <location filename="../../src/ui/ToolBarWidget.cpp" line="561"/>
        <source>Reset to Defaults…</source>
        <translation>下書きをリセット...</translation>
    </message>
    <message>
        <location filename="../../src/ui/ToolBarWidget.cpp" line="578"/>
        <source>Remove…</source>
        <translation>削除...</translation>
    </message>
    <message>
        <location filename="../../src/ui/ToolBarWidget.cpp" line="582"/>
        <source>Toolbars</source>
        <translation>ツールバー</translation>
    </message>
</context>
<context>
    <name>Otter::ToolBarsManager</name>
    <message>
        <location filename="../../src/core/ToolBarsManager.cpp" line="318"/>
        <source>Reset Toolbar</source>
        <translation>ツールバーをリセット</translation>
    </message>
    <message>
        <location filename="../../src/core/ToolBarsManager.cpp" line="318"/>
        <source>Do you really want to reset this toolbar to default configuration?</source>
        <translation>本当にデフォルト設定にこのツールバーをリセットしますか？</translation>
    </message>
    <message>
        <location filename="../../src/core/ToolBarsManager.cpp" line="358"/>
        <source>Remove Toolbar</source>
        <translation>ツールバーを削除</translation>
    </message>
    <message>
        <location filename="../../src/core/ToolBarsManager.cpp" line="358"/>
        <source>Do you really want to remove this toolbar?</source>
        <translation>本当にこのツールバーを削除しますか？</translation>
    </message>
    <message>
        <location filename="../../src/core/ToolBarsManager.cpp" line="372"/>
        <source>Reset Toolbars</source>
        <translation>ツールバーをリセット</translation>
    </message>
    <message>
        <location filename="../../src/core/ToolBarsManager.cpp" line="372"/>
        <source>Do you really want to reset all toolbars to default configuration?</source>
        <translation>本当にデフォルト設定にすべてのツールバーをリセットしますか？</translation>
    </message>
</context>
<context>
    <name>Otter::Transfer</name>
    <message>
        <location filename="../../src/core/Transfer.cpp" line="263"/>
        <location filename="../../src/core/Transfer.cpp" line="299"/>
        <source>Question</source>
        <translation>質問</translation>
    </message>
    <message>
        <location filename="../../src/core/Transfer.cpp" line="263"/>
        <source>File with that name already exists.
Do you want to overwite it?</source>
        <translation>その名前のファイルが既に存在しています。
上書きしますか？</translation>
    </message>
    <message>
        <location filename="../../src/core/Transfer.cpp" line="299"/>
        <source>File with the same name already exists.
Do you want to overwrite it?

%1</source>
        <translation>その名前のファイルが既に存在しています。
上書きしますか？

%1</translation>
    </message>
    <message>
        <location filename="../../src/core/Transfer.cpp" line="607"/>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
</context>
<context>
    <name>Otter::TransferDialog</name>
    <message>
        <location filename="../../src/ui/TransferDialog.ui" line="14"/>
        <source>Opening unknown file</source>
        <translation>未知のファイルを開きます。</translation>
    </message>
    <message>
        <location filename="../../src/ui/TransferDialog.ui" line="22"/>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <location filename="../../src/ui/TransferDialog.ui" line="29"/>
        <source>Type:</source>
        <translation>種類:</translation>
    </message>
    <message>
        <location filename="../../src/ui/TransferDialog.ui" line="36"/>
        <source>Size:</source>
        <translation>サイズ:</translation>
    </message>
    <message>
        <location filename="../../src/ui/TransferDialog.ui" line="43"/>
        <source>From:</source>
        <translation>送り主:</translation>
    </message>
    <message>
        <location filename="../../src/ui/TransferDialog.ui" line="50"/>
        <source>Open with:</source>
        <translation>で開く</translation>
    </message>
    <message>
        <location filename="../../src/ui/TransferDialog.ui" line="107"/>
        <source>Remember choice for this file type</source>
        <translation>この種類のファイルを開くときの選択を記憶する</translation>
    </message>
    <message>
        <location filename="../../src/ui/TransferDialog.cpp" line="41"/>
        <source>unknown file</source>
        <translation>未知のファイル</translation>
    </message>
    <message>
        <location filename="../../src/ui/TransferDialog.cpp" line="63"/>
        <source>Default Application</source>
        <translation>標準アプリケーション</translation>
    </message>
    <message>
        <location filename="../../src/ui/TransferDialog.cpp" line="69"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../src/ui/TransferDialog.cpp" line="79"/>
        <source>Opening %1</source>
        <translation>イメージを開く %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/TransferDialog.cpp" line="152"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../src/ui/TransferDialog.cpp" line="156"/>
        <source>%1 (download completed)</source>
        <translation>%1 (ダウンロード完了)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/ui/TransferDialog.cpp" line="162"/>
        <source>%1 (%n% downloaded)</source>
        <translation><numerusform>%1 (%n% ダウンロードしました)</numerusform></translation>
    </message>
</context>
<context>
    <name>Otter::TransfersContentsWidget</name>
    <message>
        <location filename="../../src/modules/windows/transfers/TransfersContentsWidget.ui" line="31"/>
        <source>Quick Download…</source>
        <translation>クイックダウンロード...</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/transfers/TransfersContentsWidget.ui" line="126"/>
        <source>Source:</source>
        <translation>ソース:</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/transfers/TransfersContentsWidget.ui" line="136"/>
        <source>Target:</source>
        <translation>ターゲット:</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/transfers/TransfersContentsWidget.ui" line="146"/>
        <source>Size:</source>
        <translation>サイズ:</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/transfers/TransfersContentsWidget.ui" line="156"/>
        <source>Downloaded:</source>
        <translation>ダウンロード:</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/transfers/TransfersContentsWidget.ui" line="163"/>
        <source>Progress:</source>
        <translation>進捗状況：</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/transfers/TransfersContentsWidget.ui" line="196"/>
        <location filename="../../src/modules/windows/transfers/TransfersContentsWidget.cpp" line="402"/>
        <location filename="../../src/modules/windows/transfers/TransfersContentsWidget.cpp" line="436"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/transfers/TransfersContentsWidget.ui" line="206"/>
        <location filename="../../src/modules/windows/transfers/TransfersContentsWidget.cpp" line="403"/>
        <source>Redownload</source>
        <translation>再ダウンロード</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/transfers/TransfersContentsWidget.cpp" line="50"/>
        <source>Filename</source>
        <translation>ファイル名</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/transfers/TransfersContentsWidget.cpp" line="50"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/transfers/TransfersContentsWidget.cpp" line="50"/>
        <source>Progress</source>
        <translation>進捗状況</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/transfers/TransfersContentsWidget.cpp" line="50"/>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/transfers/TransfersContentsWidget.cpp" line="50"/>
        <source>Speed</source>
        <translation>スピード</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/transfers/TransfersContentsWidget.cpp" line="50"/>
        <source>Started</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/transfers/TransfersContentsWidget.cpp" line="50"/>
        <source>Finished</source>
        <translation>終了しました</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/transfers/TransfersContentsWidget.cpp" line="157"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/transfers/TransfersContentsWidget.cpp" line="157"/>
        <source>This transfer is still running.
Do you really want to remove it?</source>
        <translation>このダウンロードはまだ実行されています。
本当に削除しますか？</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/transfers/TransfersContentsWidget.cpp" line="244"/>
        <source>&lt;div style=&quot;white-space:pre;&quot;&gt;Source: %1
Target: %2
Size: %3
Downloaded: %4
Progress: %5&lt;/div&gt;</source>
        <translation>&lt;div style=&quot;white-space:pre;&quot;&gt;ソース: %1
ターゲット: %2
サイズ: %3
ダウンロード: %4
進捗状況: %5&lt;/div&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/modules/windows/transfers/TransfersContentsWidget.cpp" line="244"/>
        <location filename="../../src/modules/windows/transfers/TransfersContentsWidget.cpp" line="450"/>
        <location filename="../../src/modules/windows/transfers/TransfersContentsWidget.cpp" line="451"/>
        <source>%1 (%n B)</source>
        <translation><numerusform>%1 (%n B)</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/transfers/TransfersContentsWidget.cpp" line="379"/>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/transfers/TransfersContentsWidget.cpp" line="385"/>
        <source>Open With</source>
        <translation>で開く</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/transfers/TransfersContentsWidget.cpp" line="389"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/transfers/TransfersContentsWidget.cpp" line="400"/>
        <source>Open Folder</source>
        <translation>フォルダを開く</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/transfers/TransfersContentsWidget.cpp" line="402"/>
        <location filename="../../src/modules/windows/transfers/TransfersContentsWidget.cpp" line="431"/>
        <source>Resume</source>
        <translation>レジュメ</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/transfers/TransfersContentsWidget.cpp" line="405"/>
        <source>Copy Transfer Information</source>
        <translation>ダウンロード情報をコピー</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/transfers/TransfersContentsWidget.cpp" line="407"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/transfers/TransfersContentsWidget.cpp" line="421"/>
        <source>Clear Finished Transfers</source>
        <translation>ダウンロードをクリア</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/transfers/TransfersContentsWidget.cpp" line="549"/>
        <source>Transfers Manager</source>
        <translation>ダウンロードマネージャー</translation>
    </message>
</context>
<context>
    <name>Otter::TransfersManager</name>
    <message>
        <location filename="../../src/core/TransfersManager.cpp" line="151"/>
        <source>Transfer completed:
%1</source>
        <translation>ダウンロード完了:
%1</translation>
    </message>
    <message>
        <location filename="../../src/core/TransfersManager.cpp" line="268"/>
        <source>%1 files (*.%2)</source>
        <translation>%1 ファイル (*.%2)</translation>
    </message>
    <message>
        <location filename="../../src/core/TransfersManager.cpp" line="271"/>
        <source>All files (*)</source>
        <translation>すべてのファイル(*)</translation>
    </message>
    <message>
        <location filename="../../src/core/TransfersManager.cpp" line="273"/>
        <source>Save File</source>
        <translation>ファイルを保存</translation>
    </message>
    <message>
        <location filename="../../src/core/TransfersManager.cpp" line="292"/>
        <location filename="../../src/core/TransfersManager.cpp" line="301"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../src/core/TransfersManager.cpp" line="292"/>
        <source>Target path is already used by another transfer.
Select another one.</source>
        <translation>ターゲットのパスは、すでに別のダウンロードで使用されています。
別のものを選択してください。</translation>
    </message>
    <message>
        <location filename="../../src/core/TransfersManager.cpp" line="301"/>
        <source>Target path is not writable.
Select another one.</source>
        <translation>ターゲットパスは、書き込み可能ではありません。
別のものを選択してください。</translation>
    </message>
</context>
<context>
    <name>Otter::TrayIcon</name>
    <message>
        <location filename="../../src/ui/TrayIcon.cpp" line="52"/>
        <location filename="../../src/ui/TrayIcon.cpp" line="128"/>
        <source>Otter Browser</source>
        <translation>Otter Browser</translation>
    </message>
    <message>
        <location filename="../../src/ui/TrayIcon.cpp" line="119"/>
        <source>Show Windows</source>
        <translation>ウィンドウを表示</translation>
    </message>
    <message>
        <location filename="../../src/ui/TrayIcon.cpp" line="119"/>
        <source>Hide Windows</source>
        <translation>ウィンドウを隠す</translation>
    </message>
</context>
<context>
    <name>Otter::UpdateCheckerDialog</name>
    <message>
        <location filename="../../src/ui/UpdateCheckerDialog.ui" line="14"/>
        <source>Check for Updates</source>
        <translation>更新を確認</translation>
    </message>
    <message>
        <location filename="../../src/ui/UpdateCheckerDialog.ui" line="20"/>
        <source>Checking for update…</source>
        <translation>更新を確認しています...</translation>
    </message>
    <message>
        <location filename="../../src/ui/UpdateCheckerDialog.cpp" line="51"/>
        <source>Checking for updates…</source>
        <translation>更新を確認しています...</translation>
    </message>
    <message>
        <location filename="../../src/ui/UpdateCheckerDialog.cpp" line="96"/>
        <source>There are no new updates.</source>
        <translation>新しいアップデートはありません。</translation>
    </message>
    <message>
        <location filename="../../src/ui/UpdateCheckerDialog.cpp" line="102"/>
        <source>Available updates:</source>
        <translation>利用可能なアップデート：</translation>
    </message>
    <message>
        <location filename="../../src/ui/UpdateCheckerDialog.cpp" line="106"/>
        <source>Details…</source>
        <translation>詳細...</translation>
    </message>
    <message>
        <location filename="../../src/ui/UpdateCheckerDialog.cpp" line="109"/>
        <source>Download</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <location filename="../../src/ui/UpdateCheckerDialog.cpp" line="122"/>
        <source>Version %1 from %2 channel</source>
        <translation>バージョン%1へ%2から進むのをキャンセル</translation>
    </message>
    <message>
        <location filename="../../src/ui/UpdateCheckerDialog.cpp" line="132"/>
        <source>Some of the updates does not contains packages for your platform. Try to check for updates later or visit details page for more info.</source>
        <translation>アップデートの中には、ご使用のプラットフォーム用のパッケージが含まれていません。後で更新を確認するか、より多くの情報の詳細ページを訪問してみてください。</translation>
    </message>
    <message>
        <location filename="../../src/ui/UpdateCheckerDialog.cpp" line="178"/>
        <source>Downloading:</source>
        <translation>ダウンロード中:</translation>
    </message>
    <message>
        <location filename="../../src/ui/UpdateCheckerDialog.cpp" line="193"/>
        <source>Download finished!</source>
        <translation>ダウンロードが完了しました!</translation>
    </message>
    <message>
        <location filename="../../src/ui/UpdateCheckerDialog.cpp" line="194"/>
        <source>Install</source>
        <translation>インストール</translation>
    </message>
    <message>
        <location filename="../../src/ui/UpdateCheckerDialog.cpp" line="196"/>
        <source>New version of Otter Browser is ready to install.
Click Install button to restart browser and install the update or close this dialog to install the update during next browser restart.</source>
        <translation>新しいバージョンのOtterブラウザがインストールできます。
インストールボタンをクリックしてこのダイアログを閉じてブラウザを再起動するとアップデートが始まり、次のバージョンのブラウザになって再起動します。</translation>
    </message>
    <message>
        <location filename="../../src/ui/UpdateCheckerDialog.cpp" line="218"/>
        <source>Download failed!</source>
        <translation>ダウンロードに失敗しました!</translation>
    </message>
    <message>
        <location filename="../../src/ui/UpdateCheckerDialog.cpp" line="220"/>
        <source>Check Error Console for more information.</source>
        <translation>詳細については、エラーコンソールを確認してください。</translation>
    </message>
</context>
<context>
    <name>Otter::UserAgentsManagerDialog</name>
    <message>
        <location filename="../../src/ui/UserAgentsManagerDialog.ui" line="14"/>
        <source>Manage User Agents</source>
        <translation>ユーザーエージェント管理</translation>
    </message>
    <message>
        <location filename="../../src/ui/UserAgentsManagerDialog.ui" line="61"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../../src/ui/UserAgentsManagerDialog.ui" line="71"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../src/ui/UserAgentsManagerDialog.cpp" line="37"/>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <location filename="../../src/ui/UserAgentsManagerDialog.cpp" line="37"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../src/ui/UserAgentsManagerDialog.cpp" line="46"/>
        <source>(Untitled)</source>
        <translation>(無題)</translation>
    </message>
</context>
<context>
    <name>Otter::WebContentsWidget</name>
    <message>
        <location filename="../../src/modules/windows/web/WebContentsWidget.cpp" line="415"/>
        <source>Open all pop-ups</source>
        <translation>全てのポップアップを開く</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/web/WebContentsWidget.cpp" line="416"/>
        <source>Open pop-ups in background</source>
        <translation>ポップアップをバックグラウンドで開く</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/web/WebContentsWidget.cpp" line="417"/>
        <source>Block all pop-ups</source>
        <translation>すべてのポップアップをブロック</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/web/WebContentsWidget.cpp" line="421"/>
        <source>Enable Images</source>
        <translation>画像を有効にする</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/web/WebContentsWidget.cpp" line="426"/>
        <source>Enable JavaScript</source>
        <translation>JavaScriptを有効にする</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/web/WebContentsWidget.cpp" line="431"/>
        <source>Enable Java</source>
        <translation>Javaを有効にする</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/web/WebContentsWidget.cpp" line="436"/>
        <source>Enable Plugins</source>
        <translation>プラグインを有効にする</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/web/WebContentsWidget.cpp" line="443"/>
        <source>Enable Cookies</source>
        <translation>クッキーを有効にする</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/web/WebContentsWidget.cpp" line="447"/>
        <source>Enable Referrer</source>
        <translation>リファラーを有効にする</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/web/WebContentsWidget.cpp" line="451"/>
        <source>Enable Proxy</source>
        <translation>プロキシを有効にする</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/web/WebContentsWidget.cpp" line="456"/>
        <source>Reset Options</source>
        <translation>オプションをリセット</translation>
    </message>
</context>
<context>
    <name>Otter::WebWidget</name>
    <message>
        <location filename="../../src/ui/WebWidget.cpp" line="250"/>
        <source>Default Application</source>
        <translation>標準アプリケーション</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebWidget.cpp" line="256"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebWidget.cpp" line="342"/>
        <source>Title: %1</source>
        <translation>タイトル: %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebWidget.cpp" line="342"/>
        <source>Address: %1</source>
        <translation>アドレス: %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebWidget.cpp" line="593"/>
        <source>No search engines defined</source>
        <translation>検索エンジンが定義されていません。</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebWidget.cpp" line="736"/>
        <source>Open Image in New Tab (Untitled)</source>
        <translation>新しいタブで画像を開く(無題)</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebWidget.cpp" line="736"/>
        <source>Open Image in New Tab (%1)</source>
        <translation>新しいタブで画像を開く(%1)</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebWidget.cpp" line="742"/>
        <source>Open Image in New Background Tab (Untitled)</source>
        <translation>新しい背景タブで画像を開く(無題)</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebWidget.cpp" line="742"/>
        <source>Open Image in New Background Tab (%1)</source>
        <translation>新しい背景タブで画像を開く(%1)</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebWidget.cpp" line="1034"/>
        <source>30 Minutes</source>
        <translation>30分</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebWidget.cpp" line="1035"/>
        <source>1 Hour</source>
        <translation>1時間</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebWidget.cpp" line="1036"/>
        <source>2 Hours</source>
        <translation>2時間</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebWidget.cpp" line="1037"/>
        <source>6 Hours</source>
        <translation>6時間</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebWidget.cpp" line="1038"/>
        <source>Never</source>
        <translation>無制限</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebWidget.cpp" line="1039"/>
        <source>Custom…</source>
        <translation>カスタム...</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebWidget.cpp" line="1041"/>
        <source>Page Default</source>
        <translation>ページのデフォルト</translation>
    </message>
</context>
<context>
    <name>Otter::WebsitePreferencesDialog</name>
    <message>
        <location filename="../../src/ui/WebsitePreferencesDialog.ui" line="14"/>
        <source>Website Preferences</source>
        <translation>WEBサイトの環境設定</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebsitePreferencesDialog.ui" line="25"/>
        <source>Website:</source>
        <translation>WEBサイト:</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebsitePreferencesDialog.ui" line="44"/>
        <source>Content</source>
        <translation>コンテンツ</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebsitePreferencesDialog.ui" line="53"/>
        <location filename="../../src/ui/WebsitePreferencesDialog.ui" line="292"/>
        <location filename="../../src/ui/WebsitePreferencesDialog.ui" line="525"/>
        <location filename="../../src/ui/WebsitePreferencesDialog.ui" line="668"/>
        <source>Override</source>
        <translation>オーバーライド</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebsitePreferencesDialog.ui" line="84"/>
        <source>Block all pop-ups</source>
        <translation>すべてのポップアップをブロック</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebsitePreferencesDialog.ui" line="89"/>
        <source>Open all pop-ups</source>
        <translation>全てのポップアップを開く</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebsitePreferencesDialog.ui" line="94"/>
        <source>Open all pop-ups in background</source>
        <translation>全てのポップアップをバックグラウンドで開く</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebsitePreferencesDialog.ui" line="112"/>
        <source>Encoding:</source>
        <translation>エンコーディング:</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebsitePreferencesDialog.ui" line="122"/>
        <source>User style sheet:</source>
        <translation>ユーザースタイルシート:</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebsitePreferencesDialog.ui" line="129"/>
        <source>Plugins:</source>
        <translation>プラグイン:</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebsitePreferencesDialog.ui" line="139"/>
        <source>Pop-ups:</source>
        <translation>ポップアップ:</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebsitePreferencesDialog.ui" line="163"/>
        <source>Enable images</source>
        <translation>画像を有効にする</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebsitePreferencesDialog.ui" line="177"/>
        <source>Enable Java</source>
        <translation>Javaを有効にする</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebsitePreferencesDialog.ui" line="211"/>
        <source>Privacy</source>
        <translation>プライバシー</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebsitePreferencesDialog.ui" line="235"/>
        <source>Keep until:</source>
        <translation>キープし続ける：</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebsitePreferencesDialog.ui" line="278"/>
        <source>Remember browsing history</source>
        <translation>閲覧履歴を記憶</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebsitePreferencesDialog.ui" line="299"/>
        <source>Enable cookies</source>
        <translation>クッキーを有効にする</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebsitePreferencesDialog.ui" line="324"/>
        <source>Accept cookies:</source>
        <translation>クッキーを受け付ける:</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebsitePreferencesDialog.ui" line="333"/>
        <source>Do Not Track:</source>
        <translation>追跡しない:</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebsitePreferencesDialog.ui" line="373"/>
        <source>Add…</source>
        <translation>追加...</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebsitePreferencesDialog.ui" line="383"/>
        <source>Edit…</source>
        <translation>編集...</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebsitePreferencesDialog.ui" line="393"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebsitePreferencesDialog.ui" line="435"/>
        <source>Accept third-party cookies:</source>
        <translation>サードパーティーのクッキーを受け入れる：</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebsitePreferencesDialog.ui" line="474"/>
        <source>Scripting</source>
        <translation>スクリプト記述</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebsitePreferencesDialog.ui" line="487"/>
        <source>Enable JavaScript</source>
        <translation>JavaScriptを有効にする</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebsitePreferencesDialog.ui" line="504"/>
        <source>Allow script to hide address bar</source>
        <translation>アドレスバーをスプリクトが非表示にすることを許可</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebsitePreferencesDialog.ui" line="511"/>
        <source>Allow moving and resizing of windows</source>
        <translation>ウインドウの移動とリサイズを有効にする</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebsitePreferencesDialog.ui" line="532"/>
        <source>Allow changing of status field</source>
        <translation>ステータス欄の変更を許可する</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebsitePreferencesDialog.ui" line="569"/>
        <source>Allow access to clipboard</source>
        <translation>クリップボードへのアクセスを許可</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebsitePreferencesDialog.ui" line="583"/>
        <source>Allow to disable context menu</source>
        <translation>コンテキストメニューを無効にすることを許可する</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebsitePreferencesDialog.ui" line="597"/>
        <source>Allow to open windows</source>
        <translation>ウィンドウを開くことを有効にする</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebsitePreferencesDialog.ui" line="627"/>
        <source>Allow to close windows:</source>
        <translation>ウィンドウを閉じることを有効にする</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebsitePreferencesDialog.ui" line="638"/>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebsitePreferencesDialog.ui" line="651"/>
        <source>User Agent:</source>
        <translation>ユーザーエージェント:</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebsitePreferencesDialog.ui" line="691"/>
        <source>Proxy mode:</source>
        <translation>プロキシ</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebsitePreferencesDialog.ui" line="718"/>
        <source>No proxy</source>
        <translation>プロキシなし</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebsitePreferencesDialog.ui" line="723"/>
        <source>System configuration</source>
        <translation>システム構成</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebsitePreferencesDialog.ui" line="728"/>
        <source>Manual configuration</source>
        <translation>手動構成</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebsitePreferencesDialog.ui" line="733"/>
        <source>Automatic configuration (PAC)</source>
        <translation>自動構成(PAC)</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebsitePreferencesDialog.ui" line="846"/>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebsitePreferencesDialog.ui" line="853"/>
        <source>Servers</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebsitePreferencesDialog.ui" line="860"/>
        <source>FTP</source>
        <translation>FTP</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebsitePreferencesDialog.ui" line="867"/>
        <source>SOCKS5</source>
        <translation>接続5</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebsitePreferencesDialog.ui" line="874"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebsitePreferencesDialog.ui" line="888"/>
        <source>HTTPS</source>
        <translation>HTTPS</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebsitePreferencesDialog.ui" line="902"/>
        <source>All</source>
        <translation>全て</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebsitePreferencesDialog.ui" line="919"/>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebsitePreferencesDialog.ui" line="947"/>
        <source>Path to PAC file:</source>
        <translation>PACファイルへのパス：</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebsitePreferencesDialog.ui" line="964"/>
        <source>Send referrer information</source>
        <translation>リファラー情報を送信</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebsitePreferencesDialog.cpp" line="55"/>
        <source>Auto Detect</source>
        <translation>自動検出</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebsitePreferencesDialog.cpp" line="69"/>
        <source>Enabled</source>
        <translation>有効です</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebsitePreferencesDialog.cpp" line="70"/>
        <source>On demand</source>
        <translation>任意</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebsitePreferencesDialog.cpp" line="71"/>
        <source>Disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebsitePreferencesDialog.cpp" line="73"/>
        <source>Ask</source>
        <translation>尋ねる</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebsitePreferencesDialog.cpp" line="74"/>
        <location filename="../../src/ui/WebsitePreferencesDialog.cpp" line="81"/>
        <location filename="../../src/ui/WebsitePreferencesDialog.cpp" line="90"/>
        <source>Always</source>
        <translation>常に</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebsitePreferencesDialog.cpp" line="75"/>
        <location filename="../../src/ui/WebsitePreferencesDialog.cpp" line="84"/>
        <location filename="../../src/ui/WebsitePreferencesDialog.cpp" line="92"/>
        <source>Never</source>
        <translation>決して</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebsitePreferencesDialog.cpp" line="77"/>
        <source>Inform websites that I do not want to be tracked</source>
        <translation>追跡されたくないウェブサイトを通知する</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebsitePreferencesDialog.cpp" line="78"/>
        <source>Inform websites that I allow tracking</source>
        <translation>追跡できるようにウェブサイトを知らせる</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebsitePreferencesDialog.cpp" line="79"/>
        <source>Do not inform websites about my preference</source>
        <translation>任意のウェブサイトを通知しない</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebsitePreferencesDialog.cpp" line="82"/>
        <location filename="../../src/ui/WebsitePreferencesDialog.cpp" line="91"/>
        <source>Only existing</source>
        <translation>現存のみ</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebsitePreferencesDialog.cpp" line="83"/>
        <source>Only read existing</source>
        <translation>既存の読み取り専用</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebsitePreferencesDialog.cpp" line="86"/>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebsitePreferencesDialog.cpp" line="87"/>
        <source>Current session is closed</source>
        <translation>現在のセッションが閉じられました。</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebsitePreferencesDialog.cpp" line="88"/>
        <source>Always ask</source>
        <translation>常に尋ねる</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebsitePreferencesDialog.cpp" line="95"/>
        <source>Domain</source>
        <translation>ドメイン</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebsitePreferencesDialog.cpp" line="95"/>
        <source>Path</source>
        <translation>パス</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebsitePreferencesDialog.cpp" line="95"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebsitePreferencesDialog.cpp" line="95"/>
        <source>Expiration date</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebsitePreferencesDialog.cpp" line="115"/>
        <source>Default</source>
        <translation>デフォルト</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebsitePreferencesDialog.cpp" line="122"/>
        <source>(Untitled)</source>
        <translation>(無題)</translation>
    </message>
</context>
<context>
    <name>Otter::Window</name>
    <message>
        <location filename="../../src/ui/Window.cpp" line="155"/>
        <source>Print Page</source>
        <translation>ページを印刷</translation>
    </message>
    <message>
        <location filename="../../src/ui/Window.cpp" line="168"/>
        <source>Print Preview</source>
        <translation>プリント表示</translation>
    </message>
    <message>
        <location filename="../../src/ui/Window.cpp" line="353"/>
        <source>Select User Agent</source>
        <translation>ユーザーエージェントを選択</translation>
    </message>
    <message>
        <location filename="../../src/ui/Window.cpp" line="353"/>
        <source>Enter User Agent:</source>
        <translation>ユーザーエージェントを入力</translation>
    </message>
</context>
<context>
    <name>Otter::WindowsManager</name>
    <message>
        <location filename="../../src/core/WindowsManager.cpp" line="235"/>
        <source>Question</source>
        <translation>質問</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/core/WindowsManager.cpp" line="236"/>
        <source>You are about to open %n bookmarks.</source>
        <translation><numerusform>あなたは、n個のブックマークを開こうとしています。</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/core/WindowsManager.cpp" line="237"/>
        <source>Do you want to continue?</source>
        <translation>続けますか？</translation>
    </message>
    <message>
        <location filename="../../src/core/WindowsManager.cpp" line="241"/>
        <source>Do not show this message again</source>
        <translation>今後このメッセージを表示しない</translation>
    </message>
    <message>
        <location filename="../../src/core/WindowsManager.cpp" line="809"/>
        <location filename="../../src/core/WindowsManager.cpp" line="862"/>
        <location filename="../../src/core/WindowsManager.cpp" line="986"/>
        <source>Empty</source>
        <translation>空</translation>
    </message>
</context>
<context>
    <name>Otter::WindowsPlatformIntegration</name>
    <message>
        <location filename="../../src/modules/platforms/windows/WindowsPlatformIntegration.cpp" line="156"/>
        <source>Failed to run command &quot;%1&quot;, file is not executable</source>
        <translation>コマンドの実行に失敗しました。&quot;%1&quot;。 ファイルは実行ファイルではありません。</translation>
    </message>
    <message>
        <location filename="../../src/modules/platforms/windows/WindowsPlatformIntegration.cpp" line="183"/>
        <source>Failed to run command &quot;%1&quot; (arguments: &quot;%2&quot;)</source>
        <translation>コマンドの実行に失敗しました。&quot;%1&quot;(因数: &quot;%2&quot;)</translation>
    </message>
    <message>
        <location filename="../../src/modules/platforms/windows/WindowsPlatformIntegration.cpp" line="228"/>
        <source>No valid suffix for given MIME type: %1</source>
        <translation>指定されたMIMEタイプのための有効な接尾語はありません。 %1</translation>
    </message>
    <message>
        <location filename="../../src/modules/platforms/windows/WindowsPlatformIntegration.cpp" line="290"/>
        <location filename="../../src/modules/platforms/windows/WindowsPlatformIntegration.cpp" line="340"/>
        <source>Failed to load a valid application path for MIME type %1: %2</source>
        <translation>MIMEタイプの有効なアプリケーションのパスの読み込みに失敗しました %1:
%2</translation>
    </message>
</context>
<context>
    <name>Otter::WorkspaceWidget</name>
    <message>
        <location filename="../../src/ui/WorkspaceWidget.cpp" line="515"/>
        <source>Arrange</source>
        <translation>アレンジ</translation>
    </message>
</context>
<context>
    <name>Otter::ZoomWidget</name>
    <message>
        <location filename="../../src/ui/toolbars/ZoomWidget.cpp" line="97"/>
        <location filename="../../src/ui/toolbars/ZoomWidget.cpp" line="98"/>
        <source>Zoom %1%</source>
        <translation>ズーム %1%</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="242"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="243"/>
        <source>Sessions</source>
        <translation>セッション</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="244"/>
        <source>Import and Export</source>
        <translation>インポートとエクスポート</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="245"/>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="246"/>
        <source>View</source>
        <translation>表示</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="247"/>
        <source>Toolbars</source>
        <translation>ツールバー</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="248"/>
        <source>User Agent</source>
        <translation>ユーザーエージェント:</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="249"/>
        <source>Character Encoding</source>
        <translation>文字コード</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="250"/>
        <location filename="../../src/ui/TrayIcon.cpp" line="45"/>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="251"/>
        <source>Closed Windows</source>
        <translation>ウィンドウを隠す</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="252"/>
        <location filename="../../src/ui/TrayIcon.cpp" line="43"/>
        <source>Bookmarks</source>
        <translation>ブックマーク</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="253"/>
        <source>Tools</source>
        <translation>ツール</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="254"/>
        <source>Help</source>
        <translation>ヘルプ</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="255"/>
        <source>Tabs and Windows</source>
        <translation>タブとウィンドウ</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="256"/>
        <source>Page</source>
        <translation>ページ</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="257"/>
        <source>Print</source>
        <translation>印刷</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="258"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="259"/>
        <source>Frame</source>
        <translation>フレーム</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="263"/>
        <source>New Tab</source>
        <translation>新規タブ</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="264"/>
        <source>New Private Tab</source>
        <translation>新規プライベートタブ</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="265"/>
        <source>New Window</source>
        <translation>新規ウィンドウ</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="266"/>
        <source>New Private Window</source>
        <translation>新規プライベートウィンドウ</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="267"/>
        <source>Open…</source>
        <translation>開く</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="268"/>
        <source>Save…</source>
        <translation>保存...</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="269"/>
        <source>Clone Tab</source>
        <translation>タブの複製</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="270"/>
        <location filename="../../src/ui/TabBarWidget.cpp" line="125"/>
        <source>Pin Tab</source>
        <translation>タブをピン留めする</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="271"/>
        <source>Detach Tab</source>
        <translation>タブを切り離す</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="272"/>
        <source>Maximize</source>
        <translation>最大化</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="272"/>
        <source>Maximize Tab</source>
        <translation>タブを最大化</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="273"/>
        <source>Minimize</source>
        <translation>最小化</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="273"/>
        <source>Minimize Tab</source>
        <translation>タブを最小化</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="274"/>
        <source>Restore</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="274"/>
        <source>Restore Tab</source>
        <translation>タブを元に戻す</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="275"/>
        <source>Stay on Top</source>
        <translation>上に滞在</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="276"/>
        <source>Close Tab</source>
        <translation>タブを閉じる</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="277"/>
        <source>Close Other Tabs</source>
        <translation>他のタブを閉じる</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="278"/>
        <source>Close All Private Tabs</source>
        <translation>全ての新規プライベートタブを閉じる</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="278"/>
        <source>Close All Private Tabs in Current Window</source>
        <translation>現在のウィンドウですべてのプライベートタブを閉じる</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="279"/>
        <source>Close Private Tabs and Windows</source>
        <translation>プライベートタブとウィンドウを閉じる</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="280"/>
        <source>Reopen Previously Closed Tab</source>
        <translation>閉じたタブをもう一度開く</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="281"/>
        <source>Maximize All</source>
        <translation>全て最大化</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="282"/>
        <source>Minimize All</source>
        <translation>全て最小化</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="283"/>
        <source>Restore All</source>
        <translation>全て元に戻す</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="284"/>
        <source>Cascade</source>
        <translation>切り離す</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="285"/>
        <source>Tile</source>
        <translation>タイル</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="286"/>
        <source>Close Window</source>
        <translation>ウィンドウを閉じる</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="287"/>
        <source>Manage Sessions…</source>
        <translation>セッション管理</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="288"/>
        <source>Save Current Session…</source>
        <translation>現在のセッションを保存...</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="289"/>
        <location filename="../../src/core/ActionsManager.cpp" line="305"/>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="290"/>
        <source>Open in This Tab</source>
        <translation>このタブで開く</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="291"/>
        <location filename="../../src/core/ActionsManager.cpp" line="306"/>
        <source>Open in New Tab</source>
        <translation>新規タブで開く</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="292"/>
        <location filename="../../src/core/ActionsManager.cpp" line="307"/>
        <source>Open in New Background Tab</source>
        <translation>新しいバックグラウンドタブで開く</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="293"/>
        <source>Open in New Window</source>
        <translation>新規ウィンドウで開く</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="294"/>
        <source>Open in New Background Window</source>
        <translation>新しいバックグラウンドウィンドウで開く</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="295"/>
        <source>Open in New Private Tab</source>
        <translation>新規プライベートタブを開く</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="296"/>
        <source>Open in New Private Background Tab</source>
        <translation>新しいプライベートのバックグラウンドタブで開く</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="297"/>
        <source>Open in New Private Window</source>
        <translation>新規プライベートウィンドウを開く</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="298"/>
        <source>Open in New Private Background Window</source>
        <translation>新しいプライベートバックグラウンドウィンドウで開く</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="299"/>
        <location filename="../../src/core/ActionsManager.cpp" line="308"/>
        <location filename="../../src/core/ActionsManager.cpp" line="399"/>
        <source>Open with…</source>
        <translation>開く...</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="299"/>
        <source>Open link with external application</source>
        <translation>外部アプリケーションでリンクを開く</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="300"/>
        <source>Copy Link to Clipboard</source>
        <translation>クリップボードにリンクをコピー</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="301"/>
        <location filename="../../src/ui/WebWidget.cpp" line="673"/>
        <source>Bookmark Link…</source>
        <translation>ブックマークリンク...</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="302"/>
        <source>Save Link Target As…</source>
        <translation>リンク対象をファイルに保存...</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="303"/>
        <source>Save to Downloads</source>
        <translation>ダウンロードに保存</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="304"/>
        <source>Go to This Address</source>
        <translation>このアドレスへ移動</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="305"/>
        <source>Open Frame in This Tab</source>
        <translation>このタブでフレームを開く</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="306"/>
        <source>Open Frame in New Tab</source>
        <translation>新規タブでフレームを開く</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="307"/>
        <source>Open Frame in New Background Tab</source>
        <translation>新しいバックグラウンドタブでフレームを開く</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="308"/>
        <source>Open frame with external application</source>
        <translation>外部アプリケーションでフレームを開く</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="309"/>
        <source>Copy Frame Link to Clipboard</source>
        <translation>クリップボードにフレームリンクをコピー</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="310"/>
        <location filename="../../src/core/ActionsManager.cpp" line="335"/>
        <location filename="../../src/core/ActionsManager.cpp" line="336"/>
        <source>Reload</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="310"/>
        <source>Reload Frame</source>
        <translation>フレームを再読み込み</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="311"/>
        <source>View Frame Source</source>
        <translation>フレームのソースを表示</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="312"/>
        <source>Open Image In New Tab</source>
        <translation>新しいタブで画像を開く</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="313"/>
        <location filename="../../src/ui/WebWidget.cpp" line="742"/>
        <source>Open Image in New Background Tab</source>
        <translation>新しい背景タブで画像を開く</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="314"/>
        <source>Save Image…</source>
        <translation>画像を保存...</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="315"/>
        <source>Copy Image to Clipboard</source>
        <translation>クリップボードに画像をコピー</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="316"/>
        <source>Copy Image Link to Clipboard</source>
        <translation>クリップボードに画像リンクをコピー</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="317"/>
        <source>Reload Image</source>
        <translation>画像を再読み込み</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="318"/>
        <source>Image Properties…</source>
        <translation>イメージのプロパティ...</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="319"/>
        <source>Save Media…</source>
        <translation>メディアを保存...</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="320"/>
        <source>Copy Media Link to Clipboard</source>
        <translation>メディアリンクをクリップボードにコピー</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="321"/>
        <source>Show Controls</source>
        <translation>コントロールを表示</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="322"/>
        <source>Looping</source>
        <translation>ルーピング</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="323"/>
        <location filename="../../src/ui/WebWidget.cpp" line="805"/>
        <source>Play</source>
        <translation>再生</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="324"/>
        <location filename="../../src/ui/WebWidget.cpp" line="812"/>
        <source>Mute</source>
        <translation>ミュート</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="325"/>
        <source>Go</source>
        <translation>移動</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="326"/>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="327"/>
        <source>Forward</source>
        <translation>進む</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="328"/>
        <source>Go to Page or Search</source>
        <translation>ページへ移動するか、検索するか</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="329"/>
        <source>Go to Home Page</source>
        <translation>ホームページへ移動</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="330"/>
        <source>Go to Parent Directory</source>
        <translation>親階層へ移動</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="331"/>
        <source>Rewind</source>
        <translation>巻き戻し</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="332"/>
        <source>Fast Forward</source>
        <translation>早送り</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="333"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="334"/>
        <source>Stop Scheduled Page Reload</source>
        <translation>ページの読み込みを停止</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="336"/>
        <source>Reload or Stop</source>
        <translation>読み込むか、停止するか</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="337"/>
        <source>Reload and Bypass Cache</source>
        <translation>リロードし、キャッシュに留める</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="338"/>
        <source>Reload All Tabs</source>
        <translation>全てのタブを再読み込み</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="339"/>
        <source>Reload Every</source>
        <translation>常に更新</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="340"/>
        <source>Show Context Menu</source>
        <translation>コンテキストメニューを表示</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="341"/>
        <source>Undo</source>
        <translation>取り消す</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="342"/>
        <source>Redo</source>
        <translation>やり直し</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="343"/>
        <source>Cut</source>
        <translation>切り取り</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="344"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="345"/>
        <source>Copy as Plain Text</source>
        <translation>テキストとしてコピー</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="346"/>
        <source>Copy Address</source>
        <translation>アドレスをコピー</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="347"/>
        <source>Copy to Note</source>
        <translation>ノートにコピー</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="348"/>
        <source>Paste</source>
        <translation>貼り付け</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="349"/>
        <source>Paste and Go</source>
        <translation>貼り付けて移動</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="350"/>
        <source>Insert Note</source>
        <translation>ノートを挿入</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="351"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="352"/>
        <source>Select All</source>
        <translation>全て選択</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="353"/>
        <source>Clear All</source>
        <translation>すべてクリア</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="354"/>
        <source>Check Spelling</source>
        <translation>スペルチェック中</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="355"/>
        <source>Find…</source>
        <translation>検索...</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="356"/>
        <source>Find Next</source>
        <translation>次を検索</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="357"/>
        <source>Find Previous</source>
        <translation>前を検索</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="358"/>
        <source>Quick Find</source>
        <translation>クイック検索</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="359"/>
        <location filename="../../src/ui/WebWidget.cpp" line="592"/>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="360"/>
        <source>Search Using</source>
        <translation>使用した検索</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="361"/>
        <source>Create Search…</source>
        <translation>検索を作成...</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="362"/>
        <source>Zoom In</source>
        <translation>拡大</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="363"/>
        <source>Zoom Out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="364"/>
        <source>Zoom Original</source>
        <translation>ズーム自動調整</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="365"/>
        <source>Go to Start of the Page</source>
        <translation>ページ先頭へ移動</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="366"/>
        <source>Go to the End of the Page</source>
        <translation>ページ末尾へ移動</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="367"/>
        <source>Page Up</source>
        <translation>ページ上部</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="368"/>
        <source>Page Down</source>
        <translation>ページ下部</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="369"/>
        <source>Page Left</source>
        <translation>ページ左</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="370"/>
        <source>Page Right</source>
        <translation>ページ右</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="371"/>
        <source>Enter Drag Scroll Mode</source>
        <translation>ドラッグスクロールモードに入る</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="372"/>
        <source>Enter Move Scroll Mode</source>
        <translation>動くスクロールモードに入る</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="373"/>
        <source>Exit Scroll Mode</source>
        <translation>スクロールモードから退出</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="374"/>
        <source>Print…</source>
        <translation>印刷...</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="375"/>
        <source>Print Preview</source>
        <translation>プリント表示</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="376"/>
        <source>Activate Address Field</source>
        <translation>アドレス欄をアクティブに</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="377"/>
        <source>Activate Search Field</source>
        <translation>検索窓をアクティブに</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="378"/>
        <source>Activate Content</source>
        <translation>コンテンツをアクティブに</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="379"/>
        <source>Go to Previously Used Tab</source>
        <translation>以前に使用したタブに移動します</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="380"/>
        <source>Go to Least Recently Used Tab</source>
        <translation>最近使用したタブに移動します</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="381"/>
        <source>Go to Tab on Left</source>
        <translation>タブを左に移動</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="382"/>
        <source>Go to Tab on Right</source>
        <translation>タブを右に移動</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="383"/>
        <source>Manage Bookmarks</source>
        <translation>ブックマーク管理</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="384"/>
        <location filename="../../src/ui/WebWidget.cpp" line="472"/>
        <source>Add Bookmark…</source>
        <translation>ブックマークを追加...</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="385"/>
        <source>Quick Bookmark Access</source>
        <translation>クイックブックマークアクセス</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="386"/>
        <source>Block pop-ups</source>
        <translation>ポップアップをブロック</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="387"/>
        <source>Load Images</source>
        <translation>画像を読み込む</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="388"/>
        <source>Cookies</source>
        <translation>クッキー</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="389"/>
        <source>Cookies Policy</source>
        <translation>クッキーのポリシー</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="390"/>
        <source>Third-party Cookies Policy</source>
        <translation>サードパーティーのクッキーのポリシー</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="391"/>
        <source>Plugins</source>
        <translation>プラグイン</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="392"/>
        <source>Load Plugins</source>
        <translation>プラグインを読み込み</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="393"/>
        <source>Enable JavaScript</source>
        <translation>JavaScriptを有効にする</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="394"/>
        <source>Enable Java</source>
        <translation>Javaを有効にする</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="395"/>
        <source>Enable Referrer</source>
        <translation>リファラーを有効にする</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="396"/>
        <source>Proxy</source>
        <translation>プロキシ</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="397"/>
        <source>Enable Proxy</source>
        <translation>プロキシを有効にする</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="398"/>
        <source>View Source</source>
        <translation>ソースを表示</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="399"/>
        <source>Open current page with external application</source>
        <translation>外部アプリケーションで現在のページを開きます。</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="400"/>
        <source>Validate</source>
        <translation>有効にする</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="401"/>
        <source>Inspect Page</source>
        <translation>ページを調査</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="402"/>
        <source>Inspect Element…</source>
        <translation>要素を調査...</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="403"/>
        <source>Work Offline</source>
        <translation>オフライン作業</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="404"/>
        <source>Full Screen</source>
        <translation>フルスクリーン</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="405"/>
        <source>Show Tab Switcher</source>
        <translation>タブスイッチャーを表示</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="406"/>
        <source>Show Menubar</source>
        <translation>メニューバーを表示</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="407"/>
        <source>Show Tabbar</source>
        <translation>タブバーを表示</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="408"/>
        <source>Show Sidebar</source>
        <translation>サイドバーを表示</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="409"/>
        <source>Show Error Console</source>
        <translation>エラーコンソールを表示</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="410"/>
        <source>Lock Toolbars</source>
        <translation>ツールバーを固定</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="411"/>
        <source>Open Panel as Tab</source>
        <translation>タブとして開くパネル</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="412"/>
        <source>Close Panel</source>
        <translation>パネルを閉じる</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="413"/>
        <source>Content Blocking…</source>
        <translation>コンテンツブロック...</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="414"/>
        <source>View History</source>
        <translation>履歴を表示</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="415"/>
        <source>Clear History…</source>
        <translation>履歴をクリア</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="416"/>
        <location filename="../../src/ui/TrayIcon.cpp" line="46"/>
        <source>Notes</source>
        <translation>ノート</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="417"/>
        <location filename="../../src/ui/TrayIcon.cpp" line="44"/>
        <source>Transfers</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="418"/>
        <source>Preferences…</source>
        <translation>環境設定...</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="419"/>
        <source>Website Preferences…</source>
        <translation>WEBサイトの環境設定...</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="420"/>
        <source>Quick Preferences</source>
        <translation>簡易設定</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="421"/>
        <source>Reset Options</source>
        <translation>オプションをリセット</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="422"/>
        <source>Switch Application Language…</source>
        <translation>アプリケーション言語の切り替え...</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="423"/>
        <source>Check for Updates…</source>
        <translation>更新を確認...</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="424"/>
        <source>About Otter…</source>
        <translation>Otterについて...</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="425"/>
        <source>About Qt…</source>
        <translation>Qtについて...</translation>
    </message>
    <message>
        <location filename="../../src/core/ActionsManager.cpp" line="426"/>
        <source>Exit</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../../src/core/ToolBarsManager.cpp" line="46"/>
        <source>Menu Bar</source>
        <translation>メニューバー</translation>
    </message>
    <message>
        <location filename="../../src/core/ToolBarsManager.cpp" line="47"/>
        <source>Tab Bar</source>
        <translation>タブバー</translation>
    </message>
    <message>
        <location filename="../../src/core/ToolBarsManager.cpp" line="48"/>
        <source>Navigation Bar</source>
        <translation>ナビゲーションバー</translation>
    </message>
    <message>
        <location filename="../../src/core/ToolBarsManager.cpp" line="49"/>
        <source>Status Bar</source>
        <translation>ステータスバー</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/bookmarks/BookmarksContentsWidget.cpp" line="300"/>
        <source>Remove Bookmark</source>
        <translation>ブックマークを削除</translation>
    </message>
    <message>
        <location filename="../../src/modules/windows/notes/NotesContentsWidget.cpp" line="338"/>
        <source>Copy address of source page</source>
        <translation>ソースページのアドレスをコピー</translation>
    </message>
    <message>
        <location filename="../../src/ui/TabBarWidget.cpp" line="125"/>
        <source>Unpin Tab</source>
        <translation>タブのピン留めを外す</translation>
    </message>
    <message>
        <location filename="../../src/ui/TrayIcon.cpp" line="38"/>
        <source>Show Windows</source>
        <translation>ウィンドウを表示</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebWidget.cpp" line="472"/>
        <source>Edit Bookmark…</source>
        <translation>ブックマークを編集...</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebWidget.cpp" line="673"/>
        <source>Edit Link Bookmark…</source>
        <translation>ブックマークのリンク先を編集...</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebWidget.cpp" line="736"/>
        <source>Open Image in New Tab</source>
        <translation>新しいタブで画像を開く</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebWidget.cpp" line="781"/>
        <source>Save Video…</source>
        <translation>ビデオを保存...</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebWidget.cpp" line="781"/>
        <source>Save Audio…</source>
        <translation>オーディオを保存...</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebWidget.cpp" line="787"/>
        <source>Copy Video Link to Clipboard</source>
        <translation>クリップボードにビデオリンクをコピー</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebWidget.cpp" line="787"/>
        <source>Copy Audio Link to Clipboard</source>
        <translation>クリップボードにオーディオリンクをコピー</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebWidget.cpp" line="805"/>
        <source>Pause</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../src/ui/WebWidget.cpp" line="812"/>
        <source>Unmute</source>
        <translation>ミュートを解除する</translation>
    </message>
    <message>
        <location filename="../../src/ui/WorkspaceWidget.cpp" line="504"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../src/core/Application.cpp" line="103"/>
        <source>URL to open</source>
        <translation>開くためのURL</translation>
    </message>
    <message>
        <location filename="../../src/core/Application.cpp" line="104"/>
        <source>Uses &lt;path&gt; as cache directory</source>
        <translation>キャッシュディレクトリとして使用する&lt;path&gt;</translation>
    </message>
    <message>
        <location filename="../../src/core/Application.cpp" line="105"/>
        <source>Uses &lt;path&gt; as profile directory</source>
        <translation>プロファイルディレクトリとして使用する&lt;path&gt;</translation>
    </message>
    <message>
        <location filename="../../src/core/Application.cpp" line="106"/>
        <source>Restores session &lt;session&gt; if it exists</source>
        <translation>存在する場合は、セッション&lt;session&gt;を復元する</translation>
    </message>
    <message>
        <location filename="../../src/core/Application.cpp" line="107"/>
        <source>Starts private session</source>
        <translation>プライベートセッションをスタート</translation>
    </message>
    <message>
        <location filename="../../src/core/Application.cpp" line="108"/>
        <source>Forces session chooser dialog</source>
        <translation>選択したダイアログの強制セッション</translation>
    </message>
    <message>
        <location filename="../../src/core/Application.cpp" line="109"/>
        <source>Sets profile and cache paths to directories inside the same directory as that of application binary</source>
        <translation>アプリケーションのバイナリと同じディレクトリ内のディレクトリにプロファイルやキャッシュパスを設定します。</translation>
    </message>
    <message>
        <location filename="../../src/core/ContentBlockingProfile.cpp" line="60"/>
        <source>Failed to open content blocking profile file: %1</source>
        <translation>コンテンツブロックに関するファイルを開けませんでした：%1</translation>
    </message>
    <message>
        <location filename="../../src/core/ContentBlockingProfile.cpp" line="69"/>
        <source>Failed to load content blocking profile file: invalid header</source>
        <translation>コンテンツブロックに関するプロファイルのファイルの読み込みに失敗しました。:無効なヘッダーです。</translation>
    </message>
    <message>
        <location filename="../../src/core/ContentBlockingProfile.cpp" line="444"/>
        <location filename="../../src/core/ContentBlockingProfile.cpp" line="466"/>
        <source>Failed to update content blocking profile: %1</source>
        <translation>コンテンツブロッキング用プロファイルの更新に失敗しました。::%1</translation>
    </message>
    <message>
        <location filename="../../src/core/ContentBlockingProfile.cpp" line="456"/>
        <source>Failed to update content blocking profile: checksum mismatch</source>
        <translation>コンテンツブロッキング用プロファイルの更新に失敗しました。:チェックサムの不一致です。</translation>
    </message>
    <message>
        <location filename="../../src/core/ContentBlockingProfile.cpp" line="548"/>
        <source>Failed to update content blocking profile, update URL is empty</source>
        <translation>コンテンツブロッキング用プロファイルの更新に失敗しました。URLが空です。</translation>
    </message>
    <message>
        <location filename="../../src/core/ContentBlockingProfile.cpp" line="552"/>
        <source>Failed to update content blocking profile, update URL (%1) is invalid</source>
        <translation>コンテンツブロッキング用プロファイルの更新に失敗しました。更新URL (%1) が無効です</translation>
    </message>
    <message>
        <location filename="../../src/core/NetworkAutomaticProxy.cpp" line="105"/>
        <source>Failed to parse entry of proxy auto-config (PAC): %1</source>
        <translation>プロキシ自動設定(PAC)のエントリの解析に失敗しました:
%1</translation>
    </message>
    <message>
        <location filename="../../src/core/PlatformIntegration.cpp" line="103"/>
        <source>Failed to install update
Updater: %1
 Script: %2</source>
        <translation>アップデートのインストールに失敗しました。
アップデーター: %1
スクリプト: %2</translation>
    </message>
    <message>
        <location filename="../../src/core/SessionsManager.h" line="86"/>
        <location filename="../../src/core/SessionsManager.h" line="89"/>
        <source>(Untitled)</source>
        <translation>(無題)</translation>
    </message>
    <message>
        <location filename="../../src/core/UpdateChecker.cpp" line="45"/>
        <source>Unable to check for updates. Invalid URL: %1</source>
        <translation>更新を確認することができません。無効なURL：%1</translation>
    </message>
    <message>
        <location filename="../../src/core/UpdateChecker.cpp" line="66"/>
        <source>Unable to check for updates: %1</source>
        <translation>更新を確認することができません： %1</translation>
    </message>
    <message>
        <location filename="../../src/core/UpdateChecker.cpp" line="99"/>
        <source>Unable to parse version number: %1</source>
        <translation>バージョン番号を解析できません：%1</translation>
    </message>
    <message>
        <location filename="../../src/core/Updater.cpp" line="90"/>
        <source>Unable to download update: %1
Error: %2</source>
        <translation>更新をダウンロードできません: %1
エラー: %2</translation>
    </message>
    <message>
        <location filename="../../src/main.cpp" line="124"/>
        <source>Default</source>
        <translation>デフォルト</translation>
    </message>
    <message>
        <location filename="../../src/modules/backends/web/qtwebkit/QtWebKitNetworkManager.cpp" line="460"/>
        <source>Blocked request</source>
        <translation>ブロックされた要求</translation>
    </message>
    <message>
        <location filename="../../src/modules/platforms/windows/WindowsPlatformIntegration.cpp" line="436"/>
        <source>Failed to run File Associations Manager, error code: %1</source>
        <translation>ファイルの関連付けマネージャを実行できませんでした。エラーコード：%1</translation>
    </message>
    <message>
        <location filename="../../src/modules/platforms/windows/WindowsPlatformIntegration.cpp" line="491"/>
        <source>Failed to register application to system registry: %1, %2</source>
        <translation>システムレジストリへのアプリケーション登録に失敗しました： %1, %2</translation>
    </message>
</context>
<context>
    <name>notifications</name>
    <message>
        <location filename="../../src/core/NotificationsManager.cpp" line="88"/>
        <source>Transfer Completed</source>
        <translation>ダウンロード完了</translation>
    </message>
    <message>
        <location filename="../../src/core/NotificationsManager.cpp" line="88"/>
        <source>File transfer was completed</source>
        <translation>ファイルダウンロードは完了しました</translation>
    </message>
    <message>
        <location filename="../../src/core/NotificationsManager.cpp" line="89"/>
        <source>Update Available</source>
        <translation>更新間隔</translation>
    </message>
    <message>
        <location filename="../../src/core/NotificationsManager.cpp" line="89"/>
        <source>Update is available to be downloaded</source>
        <translation>アップデートは、ダウンロードすることが可能です</translation>
    </message>
</context>
</TS>