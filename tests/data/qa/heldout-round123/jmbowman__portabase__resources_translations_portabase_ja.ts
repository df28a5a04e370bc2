<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.0" language="ja">
<context>
    <name>CSVErrorDialog</name>
    <message>
        <source>Problematic row</source>
        <translation>問題のレコード</translation>
    </message>
</context>
<context>
    <name>CalcDateEditor</name>
    <message>
        <source>Calculation Node Editor</source>
        <translation>計算ノード編集</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>固定値</translation>
    </message>
</context>
<context>
    <name>CalcEditor</name>
    <message>
        <source>Calculation Editor</source>
        <translation>計算値編集</translation>
    </message>
    <message>
        <source>Column Name</source>
        <translation>フィールド名</translation>
    </message>
    <message>
        <source>Equation</source>
        <translation>数式</translation>
    </message>
    <message>
        <source>Decimal Places</source>
        <translation>小数点以下の桁数</translation>
    </message>
</context>
<context>
    <name>CalcNode</name>
    <message>
        <source>Days_Between</source>
        <translation>Days_Between</translation>
    </message>
    <message>
        <source>MAX</source>
        <translation>MAX</translation>
    </message>
    <message>
        <source>MIN</source>
        <translation>MIN</translation>
    </message>
    <message>
        <source>AVERAGE</source>
        <translation>AVERAGE</translation>
    </message>
    <message>
        <source>ABS</source>
        <translation>ABS</translation>
    </message>
    <message>
        <source>SQRT</source>
        <translation>SQRT</translation>
    </message>
    <message>
        <source>LOG</source>
        <translation>LOG</translation>
    </message>
    <message>
        <source>LN</source>
        <translation>LN</translation>
    </message>
    <message>
        <source>Seconds_Between</source>
        <translation>Seconds_Between</translation>
    </message>
    <message>
        <source>Minutes_Between</source>
        <translation>Minutes_Between</translation>
    </message>
    <message>
        <source>Hours_Between</source>
        <translation>Hours_Between</translation>
    </message>
</context>
<context>
    <name>CalcNodeEditor</name>
    <message>
        <source>Calculation Node Editor</source>
        <translation>計算ノード編集</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>固定値</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>演算子</translation>
    </message>
    <message>
        <source>Constant must be a decimal value</source>
        <translation>固定値は数値でなければなりません</translation>
    </message>
</context>
<context>
    <name>CalcTimeEditor</name>
    <message>
        <source>Calculation Node Editor</source>
        <translation>計算ノード編集</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>固定値</translation>
    </message>
</context>
<context>
    <name>CalcWidget</name>
    <message>
        <source>Update calculated value</source>
        <translation>更新</translation>
    </message>
</context>
<context>
    <name>Calculator</name>
    <message>
        <source>Calculator</source>
        <translation>電卓</translation>
    </message>
</context>
<context>
    <name>ColorPickerPopup</name>
    <message>
        <source>Custom</source>
        <translation>その他の色</translation>
    </message>
</context>
<context>
    <name>ColumnEditor</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>データタイプ</translation>
    </message>
    <message>
        <source>String</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>Integer</source>
        <translation>整数値</translation>
    </message>
    <message>
        <source>Decimal</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>Boolean</source>
        <translation>真偽</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ノート</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>New Enum</source>
        <translation>新しい列挙</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>デフォルト値</translation>
    </message>
    <message>
        <source>Default Note</source>
        <translation>デフォルトノート</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>今</translation>
    </message>
    <message>
        <source>Calculation</source>
        <translation>計算値</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>順番列</translation>
    </message>
    <message>
        <source>Edit calculation</source>
        <translation>計算編集</translation>
    </message>
    <message>
        <source>Next value</source>
        <translation>次の番号</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>Column Definition</source>
        <translation>フィールド編集</translation>
    </message>
</context>
<context>
    <name>ColumnInfoDialog</name>
    <message>
        <source>Column Statistics</source>
        <translation>フィールドサマリー情報</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>幅</translation>
    </message>
</context>
<context>
    <name>Condition</name>
    <message>
        <source>Any text column</source>
        <translation>テキストフィールドのどれか</translation>
    </message>
    <message>
        <source>%1 is checked</source>
        <translation>%1は真</translation>
    </message>
    <message>
        <source>%1 is not checked</source>
        <translation>%1は偽</translation>
    </message>
    <message>
        <source>%1 contains %2</source>
        <translation>%1に%2はあります</translation>
    </message>
    <message>
        <source>%1 starts with %2</source>
        <translation>%1の先頭に%2はあります</translation>
    </message>
</context>
<context>
    <name>ConditionEditor</name>
    <message>
        <source>Condition Editor</source>
        <translation>条件編集</translation>
    </message>
    <message>
        <source>Any text column</source>
        <translation>テキストフィールドのどれか</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>在中</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>先頭に</translation>
    </message>
    <message>
        <source>Case sensitive</source>
        <translation>大文字／小文字区別</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>固定値</translation>
    </message>
</context>
<context>
    <name>Crypto</name>
    <message>
        <source>Incorrect password</source>
        <translation>パスワードが違います</translation>
    </message>
    <message>
        <source>Error in decrypting data</source>
        <translation>暗号化の解除でエラー発生</translation>
    </message>
    <message>
        <source>Error in loading data</source>
        <translation>データロードにエラー発生</translation>
    </message>
    <message>
        <source>Password must be at least 6 characters long</source>
        <translation>パスワードは6文字以上にしてください</translation>
    </message>
</context>
<context>
    <name>DBEditor</name>
    <message>
        <source>Columns</source>
        <translation>フォーマット</translation>
    </message>
    <message>
        <source>No columns defined</source>
        <translation>フィールドなし</translation>
    </message>
    <message>
        <source>Press the &quot;Add&quot; button to create one</source>
        <translation>フィールドを作成するには「作成」を押して下さい</translation>
    </message>
    <message>
        <source>Press the &quot;+&quot; button to create one</source>
        <translation>フィールドを作成するには「+」を押して下さい</translation>
    </message>
</context>
<context>
    <name>DateDialog</name>
    <message>
        <source>Select a date</source>
        <translation>日付を選択して下さい</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
</context>
<context>
    <name>EnumEditor</name>
    <message>
        <source>Enum Editor</source>
        <translation>列挙編集</translation>
    </message>
    <message>
        <source>Enum Name</source>
        <translation>列挙の名前</translation>
    </message>
    <message>
        <source>Must have at least one option</source>
        <translation>選択肢を入力して下さい</translation>
    </message>
    <message>
        <source>Option text</source>
        <translation>選択肢</translation>
    </message>
    <message>
        <source>Replace where used with:</source>
        <translation>使われている所をこれに変える:</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>ソート</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>No options defined for this enumeration type</source>
        <translation>選択肢なし</translation>
    </message>
    <message>
        <source>Press the &quot;Add&quot; button to create one, or press
the &quot;Import&quot; button to load lines from a text file</source>
        <translation>選択肢を作成するには「作成」を押して下さい\nテキストファイルから選択肢をインポートするには「インポート」を押して下さい</translation>
    </message>
</context>
<context>
    <name>EnumManager</name>
    <message>
        <source>Enums</source>
        <translation>列挙編集</translation>
    </message>
    <message>
        <source>The following columns which
use this enum will also be
deleted:</source>
        <translation>この列挙を使っているフィールド
も削除されます:</translation>
    </message>
    <message>
        <source>Continue?</source>
        <translation>続ける?</translation>
    </message>
    <message>
        <source>No enumerated column types defined</source>
        <translation>列挙なし</translation>
    </message>
    <message>
        <source>Press the &quot;Add&quot; button to create one</source>
        <translation>列挙を作成するには「作成」を押して下さい</translation>
    </message>
</context>
<context>
    <name>FilterEditor</name>
    <message>
        <source>Filter Editor</source>
        <translation>フィルター編集</translation>
    </message>
    <message>
        <source>Filter Name</source>
        <translation>フィルターの名前</translation>
    </message>
</context>
<context>
    <name>ImageEditor</name>
    <message>
        <source>Image Editor</source>
        <translation>画像編集</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>幅</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高さ</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>回転</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <source>Unsupported image format</source>
        <translation>非対応の画像フォマット</translation>
    </message>
</context>
<context>
    <name>ImageSelector</name>
    <message>
        <source>Select an image</source>
        <translation>画像を選択して下さい</translation>
    </message>
    <message>
        <source>View</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Delete the current image?</source>
        <translation>この画像を削除しますか?</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Image Viewer</source>
        <translation>画像表示</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Text encoding</source>
        <translation>文字コード</translation>
    </message>
    <message>
        <source>MobileDB files</source>
        <translation>MobileDBファイル</translation>
    </message>
    <message>
        <source>XML files</source>
        <translation>XMLファイル</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>画像ファイル</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>ファイルを選択して下さい</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
</context>
<context>
    <name>MenuActions</name>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>All Columns</source>
        <translation>全てのフィールド</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>ビュー(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Row</source>
        <translation>レコード(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Sort</source>
        <translation>ソート(&amp;S)</translation>
    </message>
    <message>
        <source>Fi&amp;lter</source>
        <translation>フィルター(&amp;l)</translation>
    </message>
    <message>
        <source>C&amp;hange Password</source>
        <translation>パスワード変更(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>エクスポート(&amp;X)</translation>
    </message>
    <message>
        <source>S&amp;lideshow</source>
        <translation>スライドショー(&amp;L)</translation>
    </message>
    <message>
        <source>Proper&amp;ties</source>
        <translation>プロパティ(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Quick Filter</source>
        <translation>簡易フィルター(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>作成(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>All &amp;Columns</source>
        <translation>全てのフィールド(&amp;C)</translation>
    </message>
    <message>
        <source>All &amp;Rows</source>
        <translation>全てのレコード(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>表示(&amp;S)</translation>
    </message>
    <message>
        <source>Edit E&amp;nums</source>
        <translation>列挙管理(&amp;N)</translation>
    </message>
    <message>
        <source>Edit Col&amp;umns</source>
        <translation>フォーマット編集(&amp;U)</translation>
    </message>
    <message>
        <source>Change the current file&apos;s password</source>
        <translation>現在のファイルのパスワードを変更します</translation>
    </message>
    <message>
        <source>Import rows from a CSV file</source>
        <translation>CSVファイルからレコードをインポート</translation>
    </message>
    <message>
        <source>Export data to another file format</source>
        <translation>別の形式にデータをエクスポート</translation>
    </message>
    <message>
        <source>Start an image slideshow</source>
        <translation>画像のスライドショーを開始します</translation>
    </message>
    <message>
        <source>Show information about the current file</source>
        <translation>現在のファイルについての情報を表示します</translation>
    </message>
    <message>
        <source>Apply a one-condition filter</source>
        <translation>一つの条件を持つフィルターを適用します</translation>
    </message>
    <message>
        <source>Create a new row</source>
        <translation>新しいレコードを作成します</translation>
    </message>
    <message>
        <source>Create a new view</source>
        <translation>新しいビューを作成します</translation>
    </message>
    <message>
        <source>Create a new sorting</source>
        <translation>新しいソーティングを作成します</translation>
    </message>
    <message>
        <source>Create a new filter</source>
        <translation>新しいフィルターを作成します</translation>
    </message>
    <message>
        <source>Edit the selected row</source>
        <translation>選択したレコードを編集します</translation>
    </message>
    <message>
        <source>Edit the selected view</source>
        <translation>選択したビューを編集します</translation>
    </message>
    <message>
        <source>Edit the selected sorting</source>
        <translation>選択したソーティングを編集します</translation>
    </message>
    <message>
        <source>Edit the selected filter</source>
        <translation>選択したフィルターを編集します</translation>
    </message>
    <message>
        <source>Delete the selected row</source>
        <translation>選択したレコードを削除します</translation>
    </message>
    <message>
        <source>Delete the selected view</source>
        <translation>選択したビューを削除します</translation>
    </message>
    <message>
        <source>Delete the selected sorting</source>
        <translation>選択したソーティングを削除します</translation>
    </message>
    <message>
        <source>Delete the selected filter</source>
        <translation>選択したフィルターを削除します</translation>
    </message>
    <message>
        <source>Show all of the database columns</source>
        <translation>全てのフィールドを表示します</translation>
    </message>
    <message>
        <source>Show all rows of data</source>
        <translation>全てのレコードを表示します</translation>
    </message>
    <message>
        <source>Create a copy of the selected row</source>
        <translation>選択したレコードをコピーします</translation>
    </message>
    <message>
        <source>Copy the selected text</source>
        <translation>選択したテキストをコピーします</translation>
    </message>
    <message>
        <source>Show the selected row in more detail</source>
        <translation>選択したレコードの詳細を表示します</translation>
    </message>
    <message>
        <source>&amp;Delete Rows in Filter</source>
        <translation>フィルターに含まれるレコードを削除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete all rows matching the current filter</source>
        <translation>使っているフィルターに含まれる全てのレコードを削除します</translation>
    </message>
    <message>
        <source>Edit the database format</source>
        <translation>現在のファイルのフォーマットを編集します</translation>
    </message>
    <message>
        <source>Edit the enumerated data types</source>
        <translation>列挙を管理します</translation>
    </message>
    <message>
        <source>Print Pre&amp;view</source>
        <translation>印刷プレビュー(&amp;V)</translation>
    </message>
    <message>
        <source>Configure and preview printing options</source>
        <translation>ページ全体を表示します</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>印刷(&amp;P)</translation>
    </message>
    <message>
        <source>Print the current file</source>
        <translation>現在のファイルを印刷します</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>ビュー管理</translation>
    </message>
    <message>
        <source>Change the active view</source>
        <translation>ビューを交換、または編集します</translation>
    </message>
    <message>
        <source>Sortings</source>
        <translation>ソーティング管理</translation>
    </message>
    <message>
        <source>Change the active sorting</source>
        <translation>ソーティングを交換、または編集します</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>フィルター管理</translation>
    </message>
    <message>
        <source>Change the active filter</source>
        <translation>フィルターを交換、または編集します</translation>
    </message>
    <message>
        <source>Fullscreen</source>
        <translation>フルスクリーン</translation>
    </message>
    <message>
        <source>View PortaBase in fullscreen mode</source>
        <translation>PortaBaseをフルスクリーンで見ます</translation>
    </message>
    <message>
        <source>Import a file</source>
        <translation>ファイルをインポートする</translation>
    </message>
    <message>
        <source>Exit Fullscreen</source>
        <translation>フルスクリーン終了</translation>
    </message>
    <message>
        <source>Exit fullscreen mode</source>
        <translation>フルスクリーン表示を止める</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Copy the selected text</source>
        <translation>選択したテキストをコピーします</translation>
    </message>
</context>
<context>
    <name>NumberWidget</name>
    <message>
        <source>Show calculator</source>
        <translation>電卓を表示します</translation>
    </message>
</context>
<context>
    <name>PBDialog</name>
    <message>
        <source>Name must not start with &apos;_&apos;</source>
        <translation>名前の先頭に&apos;_&apos;は使えません</translation>
    </message>
    <message>
        <source>Duplicate name</source>
        <translation>デュプリケート名前</translation>
    </message>
    <message>
        <source>No name entered</source>
        <translation>名前を入力して下さい</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上げる</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下げる</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Old password</source>
        <translation>現パスワード</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新パスワード</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>パスワードを繰り返す</translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation>新パスワードを繰り返す</translation>
    </message>
    <message>
        <source>Repeated password doesn&apos;t match</source>
        <translation>パスワードとその繰り返しは合わない</translation>
    </message>
</context>
<context>
    <name>PortaBase</name>
    <message>
        <source>This file uses a newer version of the
PortaBase format than this version
of PortaBase supports; please
upgrade</source>
        <translation>このファイルのフォーマットはこの
PortaBaseバージョンより新しい…
バージョンアップして下さい</translation>
    </message>
    <message>
        <source>Delete this row?</source>
        <translation>このレコードを削除しますか?</translation>
    </message>
    <message>
        <source>Delete all rows in the
current filter?</source>
        <translation>フィルターに含まれるレコード
を全て削除しますか?</translation>
    </message>
    <message>
        <source>Delete this view?</source>
        <translation>このビューを削除しますか?</translation>
    </message>
    <message>
        <source>Delete this sorting?</source>
        <translation>このソーティングを削除しますか?</translation>
    </message>
    <message>
        <source>Delete this filter?</source>
        <translation>このフィルターを削除しますか?</translation>
    </message>
    <message>
        <source>XML</source>
        <translation>XML</translation>
    </message>
    <message>
        <source>MobileDB</source>
        <translation>MobileDB</translation>
    </message>
    <message>
        <source>Import from:</source>
        <translation>インポートされるファイル:</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>rows in current filter</source>
        <translation>フィルターに含まれるレコード</translation>
    </message>
    <message>
        <source>Export to:</source>
        <translation>エクスポートファイルネーム:</translation>
    </message>
    <message>
        <source>Copyright (C)</source>
        <translation>(c)</translation>
    </message>
    <message>
        <source>Web site at http://portabase.org</source>
        <translation>http://portabase.org</translation>
    </message>
    <message>
        <source>PortaBase files</source>
        <translation>PortaBaseファイル</translation>
    </message>
    <message>
        <source>Recently opened files</source>
        <translation>最近使ったファイル</translation>
    </message>
    <message>
        <source>Encrypt the file?</source>
        <translation>ファイルを暗号化しますか?</translation>
    </message>
    <message>
        <source>Text files with comma separated values</source>
        <translation>カンマ区切りテキスト</translation>
    </message>
    <message>
        <source>XML files</source>
        <translation>XMLファイル</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>%1について</translation>
    </message>
    <message>
        <source>No such file exists</source>
        <translation>ファイルは存在しません</translation>
    </message>
    <message>
        <source>Unable to overwrite existing file</source>
        <translation>既存のファイルを上書きすることができません</translation>
    </message>
    <message>
        <source>Unable to read from this file</source>
        <translation>このファイルを読めません</translation>
    </message>
    <message>
        <source>This file is read-only.
You will not be able to save any changes you make.</source>
        <translation>このファイルは書き込み禁止です
変更は保存出来ません</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>HTML files</source>
        <translation>HTMLファイル</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Font</source>
        <translation>フォント</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>サンプル</translation>
    </message>
    <message>
        <source>Sample text</source>
        <translation>サンプルテキスト</translation>
    </message>
    <message>
        <source>General</source>
        <translation>全般</translation>
    </message>
    <message>
        <source>Confirm deletions</source>
        <translation>削除時の確認</translation>
    </message>
    <message>
        <source>Allow checkbox edit in data viewer</source>
        <translation>データビューアでチェックボックスの変更を許可</translation>
    </message>
    <message>
        <source>Show seconds for times</source>
        <translation>秒を表示</translation>
    </message>
    <message>
        <source>Wrap Notes</source>
        <translation>ノートの折返し位置</translation>
    </message>
    <message>
        <source>at whitespace</source>
        <translation>空白位置で</translation>
    </message>
    <message>
        <source>anywhere</source>
        <translation>行末で</translation>
    </message>
    <message>
        <source>Date and Time</source>
        <translation>日付と時刻</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>日付表示</translation>
    </message>
    <message>
        <source>Time format</source>
        <translation>時刻表示</translation>
    </message>
    <message>
        <source>24 hour</source>
        <translation>24時間</translation>
    </message>
    <message>
        <source>12 hour</source>
        <translation>12時間</translation>
    </message>
    <message>
        <source>Weeks start on</source>
        <translation>週の先頭</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>日曜日</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>月曜日</translation>
    </message>
    <message>
        <source>Row Colors</source>
        <translation>レコード色</translation>
    </message>
    <message>
        <source>Use pages in data viewer</source>
        <translation>データ表示にページを使う</translation>
    </message>
    <message>
        <source>Default rows per page</source>
        <translation>デフォルトページごとのレコード数</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Use small-screen settings on this device</source>
        <translation>このデバイスは小さな画面を持っている</translation>
    </message>
    <message>
        <source>D</source>
        <translation>日</translation>
    </message>
    <message>
        <source>M</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Y</source>
        <translation>年</translation>
    </message>
    <message>
        <source>White</source>
        <translation>白</translation>
    </message>
    <message>
        <source>Aquamarine</source>
        <translation>青緑</translation>
    </message>
    <message>
        <source>Light blue</source>
        <translation>ライトブルー</translation>
    </message>
    <message>
        <source>Cyan</source>
        <translation>水色</translation>
    </message>
    <message>
        <source>Light gray</source>
        <translation>ライトグレー</translation>
    </message>
    <message>
        <source>Light green</source>
        <translation>黄緑</translation>
    </message>
    <message>
        <source>Lavender</source>
        <translation>藤色</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>銀色</translation>
    </message>
    <message>
        <source>Tan</source>
        <translation>渋色</translation>
    </message>
    <message>
        <source>Thistle</source>
        <translation>あざみ色</translation>
    </message>
    <message>
        <source>View rows with a single click</source>
        <translation>レコードを一回押すだけで表示します</translation>
    </message>
    <message>
        <source>Auto-rotate to match device orientation</source>
        <translation>デバイスの向きに合わせて回転させます</translation>
    </message>
    <message>
        <source>Adjust row height to match font</source>
        <translation>レコードの高さをフォントに合わせます</translation>
    </message>
    <message>
        <source>Clear the recent files list</source>
        <translation>最近使ったファイルの一覧をクリアします</translation>
    </message>
    <message>
        <source>Use alternating row colors if theme has them</source>
        <translation>行の背景に使われる色をテーマから二つ使います</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>デフォルトに戻す</translation>
    </message>
</context>
<context>
    <name>PropertiesDialog</name>
    <message>
        <source>File Properties</source>
        <translation>ファイルのプロパティ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ファイル名</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>%1 in current filter</source>
        <translation>使っているフィルターは%1</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>レコード数</translation>
    </message>
    <message>
        <source>%1 in current view</source>
        <translation>使っているビューは%1</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>フィールド数</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>ビュー数</translation>
    </message>
    <message>
        <source>Sortings</source>
        <translation>ソーティング数</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>フィルター数</translation>
    </message>
    <message>
        <source>Enums</source>
        <translation>列挙数</translation>
    </message>
    <message>
        <source>Column Statistics</source>
        <translation>フィールドサマリー情報</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>変更日</translation>
    </message>
</context>
<context>
    <name>QMenuBar</name>
    <message>
        <source>About %1</source>
        <translation>%1について</translation>
    </message>
    <message>
        <source>Quit %1</source>
        <translation>%1を終了</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>must be an integer</source>
        <translation>整数値でなければなりません</translation>
    </message>
    <message>
        <source>must be a decimal value</source>
        <translation>数値でなければなりません</translation>
    </message>
    <message>
        <source>must be 0 or 1</source>
        <translation>0か1でなければなりません</translation>
    </message>
    <message>
        <source>invalid date</source>
        <translation>入力された日付が不正です</translation>
    </message>
    <message>
        <source>invalid time</source>
        <translation>入力された時刻が不正です</translation>
    </message>
    <message>
        <source>no such option</source>
        <translation>入力された値が列挙値にありません</translation>
    </message>
    <message>
        <source>Unable to open file</source>
        <translation>ファイルを開けません</translation>
    </message>
    <message>
        <source>Not a valid MobileDB file</source>
        <translation>MobileDBファイルではありません</translation>
    </message>
    <message>
        <source>Error in row %1</source>
        <translation>行%1にエラー発生</translation>
    </message>
    <message>
        <source>Excess columns</source>
        <translation>余計なフィールド</translation>
    </message>
    <message>
        <source>Missing columns</source>
        <translation>不在フィールド</translation>
    </message>
    <message>
        <source>Problematic row</source>
        <translation>問題のレコード</translation>
    </message>
    <message>
        <source>Missing file</source>
        <translation>ファイルは存在しません</translation>
    </message>
</context>
<context>
    <name>QQFileDialog</name>
    <message>
        <source>Name</source>
        <translation>ファイル名</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ファイルタイプ</translation>
    </message>
    <message>
        <source>Internal storage</source>
        <translation>内部共有ストレージ</translation>
    </message>
    <message>
        <source>SD card</source>
        <translation>SDメモリーカード</translation>
    </message>
</context>
<context>
    <name>QQMainWindow</name>
    <message>
        <source>Not a %1 file</source>
        <translation>%1ファイルではありません</translation>
    </message>
    <message>
        <source>Printing aborted</source>
        <translation>印刷は中止されました</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>印刷中</translation>
    </message>
    <message>
        <source>Printing completed</source>
        <translation>印刷終了</translation>
    </message>
</context>
<context>
    <name>QQMenuHelper</name>
    <message>
        <source>Choose a filename to save under</source>
        <translation>ファイルネームを選択して下さい</translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <translation>%1について(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <source>Create a new file</source>
        <translation>新しいファイルを作成します</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>Open an existing file</source>
        <translation>既存のファイルを開きます</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit the application</source>
        <translation>ファイルの保存を確認し、アプリケーションを終了します</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the current file</source>
        <translation>現在のファイルを保存します</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>Close the current file</source>
        <translation>現在のファイルを閉めます</translation>
    </message>
    <message>
        <source>Change the application settings</source>
        <translation>オプションを設定します</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>Help Contents</source>
        <translation>ヘルプ目次</translation>
    </message>
    <message>
        <source>%1 Help</source>
        <translation>%1ヘルプ</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Save changes?</source>
        <translation>変更をセーブしますか?</translation>
    </message>
    <message>
        <source>File already exists; overwrite it?</source>
        <translation>ファイルは存在します…オーバーライトしますか?</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>ファイルを選択して下さい</translation>
    </message>
    <message>
        <source>File does not exist</source>
        <translation>ファイルは存在しません</translation>
    </message>
    <message>
        <source>The selected item is a directory</source>
        <translation>選択した物はディレクトリです</translation>
    </message>
    <message>
        <source>Pr&amp;eferences</source>
        <translation>設定(&amp;E)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qtについて</translation>
    </message>
</context>
<context>
    <name>QtColorPicker</name>
    <message>
        <source>Black</source>
        <translation>黒</translation>
    </message>
    <message>
        <source>White</source>
        <translation>白</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>赤</translation>
    </message>
    <message>
        <source>Dark red</source>
        <translation>暗い赤</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>緑</translation>
    </message>
    <message>
        <source>Dark green</source>
        <translation>暗い緑</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>青</translation>
    </message>
    <message>
        <source>Dark blue</source>
        <translation>暗い青</translation>
    </message>
    <message>
        <source>Cyan</source>
        <translation>水色</translation>
    </message>
    <message>
        <source>Dark cyan</source>
        <translation>暗い青緑</translation>
    </message>
    <message>
        <source>Magenta</source>
        <translation>紫紅</translation>
    </message>
    <message>
        <source>Dark magenta</source>
        <translation>暗い紫紅</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>黄</translation>
    </message>
    <message>
        <source>Dark yellow</source>
        <translation>暗い黄</translation>
    </message>
    <message>
        <source>Gray</source>
        <translation>灰色</translation>
    </message>
    <message>
        <source>Dark gray</source>
        <translation>暗い灰色</translation>
    </message>
    <message>
        <source>Light gray</source>
        <translation>ライトグレー</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>その他の色</translation>
    </message>
</context>
<context>
    <name>RowEditor</name>
    <message>
        <source>Row Editor</source>
        <translation>レコード編集</translation>
    </message>
</context>
<context>
    <name>RowViewer</name>
    <message>
        <source>Row Viewer</source>
        <translation>レコード表示</translation>
    </message>
    <message>
        <source>Previous row</source>
        <translation>前のレコード</translation>
    </message>
    <message>
        <source>Edit this row</source>
        <translation>このレコードを編集します</translation>
    </message>
    <message>
        <source>Copy the selected text</source>
        <translation>選択したテキストをコピーします</translation>
    </message>
    <message>
        <source>Next row</source>
        <translation>次のレコード</translation>
    </message>
    <message>
        <source>Copy this row</source>
        <translation>このレコードをコピーします</translation>
    </message>
    <message>
        <source>Delete this row</source>
        <translation>このレコードを削除します</translation>
    </message>
</context>
<context>
    <name>SlideshowDialog</name>
    <message>
        <source>Slideshow</source>
        <translation>スライドショー</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>Delay between images</source>
        <translation>画像間隔</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
</context>
<context>
    <name>SortEditor</name>
    <message>
        <source>Sorting Editor</source>
        <translation>ソーティング編集</translation>
    </message>
    <message>
        <source>Sorting Name</source>
        <translation>ソーティングの名前</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>ソート</translation>
    </message>
    <message>
        <source>Column Name</source>
        <translation>フィールド名</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>昇順 / 降順</translation>
    </message>
    <message>
        <source>Ascending</source>
        <translation>昇順</translation>
    </message>
    <message>
        <source>Descending</source>
        <translation>降順</translation>
    </message>
</context>
<context>
    <name>TimeWidget</name>
    <message>
        <source>AM</source>
        <translation>午前</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>PM</source>
        <translation>午後</translation>
    </message>
</context>
<context>
    <name>VSFManager</name>
    <message>
        <source>Views</source>
        <translation>ビュー管理</translation>
    </message>
    <message>
        <source>Current View</source>
        <translation>使っているビュー</translation>
    </message>
    <message>
        <source>New View</source>
        <translation>ビュー作成</translation>
    </message>
    <message>
        <source>Sortings</source>
        <translation>ソーティング管理</translation>
    </message>
    <message>
        <source>Current Sorting</source>
        <translation>使っているソーティング</translation>
    </message>
    <message>
        <source>New Sorting</source>
        <translation>ソーティング作成</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>フィルター管理</translation>
    </message>
    <message>
        <source>Current Filter</source>
        <translation>使っているフィルター</translation>
    </message>
    <message>
        <source>New Filter</source>
        <translation>フィルター作成</translation>
    </message>
    <message>
        <source>Selected Column</source>
        <translation>選択したフィールド</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
</context>
<context>
    <name>View</name>
    <message>
        <source>No data to summarize</source>
        <translation>データがありません</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>平均値</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>最小値</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>最大値</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>真</translation>
    </message>
    <message>
        <source>Unchecked</source>
        <translation>偽</translation>
    </message>
    <message>
        <source>Earliest</source>
        <translation>最初</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>最後</translation>
    </message>
    <message>
        <source>Total length</source>
        <translation>合計文字数</translation>
    </message>
    <message>
        <source>Average length</source>
        <translation>平均文字数</translation>
    </message>
    <message>
        <source>Minimum length</source>
        <translation>最小文字数</translation>
    </message>
    <message>
        <source>Maximum length</source>
        <translation>最大文字数</translation>
    </message>
    <message>
        <source>Image available</source>
        <translation>画像あり</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>画像なし</translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln文字</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ViewDisplay</name>
    <message>
        <source>No results</source>
        <translation>結果なし</translation>
    </message>
    <message>
        <source>No image columns in this view</source>
        <translation>このビューに画像フィルドはありません</translation>
    </message>
    <message>
        <source>No rows in this filter</source>
        <translation>このフィルターにレコードはありません</translation>
    </message>
</context>
<context>
    <name>ViewEditor</name>
    <message>
        <source>View Editor</source>
        <translation>ビュー編集</translation>
    </message>
    <message>
        <source>View Name</source>
        <translation>ビューの名前</translation>
    </message>
    <message>
        <source>Default Sorting</source>
        <translation>デフォルトソーティング</translation>
    </message>
    <message>
        <source>Default Filter</source>
        <translation>デフォルトフィルター</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>含める</translation>
    </message>
    <message>
        <source>Column Name</source>
        <translation>フィールド名</translation>
    </message>
    <message>
        <source>All Rows</source>
        <translation>全てのレコード</translation>
    </message>
    <message>
        <source>No default sorting</source>
        <translation>デフォルトソーティングなし</translation>
    </message>
    <message>
        <source>No default filter</source>
        <translation>デフォルトフィルターなし</translation>
    </message>
</context>
<context>
    <name>XMLImport</name>
    <message>
        <source>Error at</source>
        <translation>エラー発生</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>only allowed as root element</source>
        <translation>ルート要素として以外使用禁止</translation>
    </message>
    <message>
        <source>Unknown element</source>
        <translation>不明要素</translation>
    </message>
    <message>
        <source>%1 not allowed as child of %2</source>
        <translation>%1は%2の子であることはありません</translation>
    </message>
    <message>
        <source>Missing element</source>
        <translation>不在要素</translation>
    </message>
    <message>
        <source>&quot;c&quot; attribute is missing or non-integer</source>
        <translation>&quot;c&quot;属性は不在、または整数値ではない</translation>
    </message>
    <message>
        <source>Unsupported</source>
        <translation>非対応</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>妥当ではない</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>デュプリケート</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>不在</translation>
    </message>
    <message>
        <source>Too many child nodes for node type</source>
        <translation>子ノードの数は多過ぎる</translation>
    </message>
    <message>
        <source>Incorrect _all view column sequence</source>
        <translation>_allビューのフィールド順番が間違っています</translation>
    </message>
    <message>
        <source>must be 0 or 1</source>
        <translation>0か1でなければなりません</translation>
    </message>
    <message>
        <source>must be an integer</source>
        <translation>整数値でなければなりません</translation>
    </message>
    <message>
        <source>must be a non-negative integer</source>
        <translation>負の数は使えません</translation>
    </message>
    <message>
        <source>must be a positive integer</source>
        <translation>正数しか使えません</translation>
    </message>
    <message>
        <source>Duplicate element</source>
        <translation>デュプリケート要素</translation>
    </message>
    <message>
        <source>Missing data for column ID %1</source>
        <translation>フィールド%1のデータは不在</translation>
    </message>
</context>
</TS>
