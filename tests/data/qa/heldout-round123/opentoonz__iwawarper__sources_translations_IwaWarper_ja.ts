<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AboutPopup</name>
    <message>
        <location filename="../aboutpopup.cpp" line="17"/>
        <source>About %1</source>
        <translation>%1 について</translation>
    </message>
    <message>
        <location filename="../aboutpopup.cpp" line="21"/>
        <source>Built %1</source>
        <translation>ビルド日時 %1</translation>
    </message>
    <message>
        <location filename="../aboutpopup.cpp" line="80"/>
        <source>Licenses</source>
        <translation>ライセンス</translation>
    </message>
</context>
<context>
    <name>CircleTool</name>
    <message>
        <location filename="../circletool.cpp" line="37"/>
        <source>Critical</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../circletool.cpp" line="38"/>
        <source>The current layer is locked.</source>
        <translation>現在のレイヤーはロックされています。</translation>
    </message>
    <message>
        <location filename="../circletool.cpp" line="168"/>
        <source>Current layer is locked or not exist.</source>
        <translation>レイヤーが選択されていないか、ロックされています。</translation>
    </message>
    <message>
        <location filename="../circletool.cpp" line="179"/>
        <source>[Drag handles] to transform selected shape. </source>
        <translation>【ハンドルをドラッグ】 選択シェイプを変形。 </translation>
    </message>
    <message>
        <location filename="../circletool.cpp" line="182"/>
        <source>[Drag] to create a new circle shape.</source>
        <translation>【ドラッグ】 新規円シェイプを作成。</translation>
    </message>
</context>
<context>
    <name>CorrespondenceTool</name>
    <message>
        <location filename="../correspondencetool.cpp" line="648"/>
        <source>[Click shape] to select.</source>
        <translation>【シェイプをクリック】 選択。</translation>
    </message>
    <message>
        <location filename="../correspondencetool.cpp" line="653"/>
        <source>[Drag corr point] to move. [+Shift] to move all points. [+Ctrl] with snapping. [Alt + Click] to insert a new corr point.</source>
        <translation>【対応点をドラッグ】 移動。 【+Shift】 全ての対応点を移動。 【+Ctrl】 スナップ。【Alt+クリック】 新規対応点を挿入。</translation>
    </message>
</context>
<context>
    <name>CurveEditor</name>
    <message>
        <source>Group</source>
        <translation type="vanished">グループ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="vanished">タイム</translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="vanished">値</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="vanished">編集（&amp;E）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="vanished">閉じる</translation>
    </message>
    <message>
        <source>&amp;Curve</source>
        <translation type="vanished">カーブ(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Presets</source>
        <translation type="vanished">プリセット(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Linear</source>
        <translation type="vanished">リニア(&amp;L)</translation>
    </message>
    <message>
        <source>Ease-&amp;In</source>
        <translation type="vanished">イースイン(&amp;I)</translation>
    </message>
    <message>
        <source>Ease-&amp;Out</source>
        <translation type="vanished">イースアウト(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Ease-In/Out</source>
        <translation type="vanished">イースイン/アウト(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Bell</source>
        <translation type="vanished">ベル(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="vanished">表示(&amp;V)</translation>
    </message>
    <message>
        <source>Time as &amp;Frames</source>
        <translation type="vanished">フレーム時間(&amp;F)</translation>
    </message>
    <message>
        <source>Time as &amp;Percentages</source>
        <translation type="vanished">パーセント時間(&amp;P)</translation>
    </message>
</context>
<context>
    <name>CurvePanel</name>
    <message>
        <source>Start</source>
        <translation type="vanished">スタート</translation>
    </message>
    <message>
        <source>End</source>
        <translation type="vanished">エンド</translation>
    </message>
    <message>
        <source>A</source>
        <translation type="vanished">A</translation>
    </message>
    <message>
        <source>B</source>
        <translation type="vanished">B</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="vanished">背面</translation>
    </message>
    <message>
        <source>Front</source>
        <translation type="vanished">前面</translation>
    </message>
</context>
<context>
    <name>FormatSettingsPopup</name>
    <message>
        <location filename="../formatsettingspopups.cpp" line="28"/>
        <source>File Settings</source>
        <translation>ファイル設定</translation>
    </message>
</context>
<context>
    <name>FreeHandDialog</name>
    <message>
        <location filename="../freehanddialog.cpp" line="40"/>
        <source>&amp;Close Shape</source>
        <translation>シェイプを閉じる (&amp;C)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="obsolete">閉じる</translation>
    </message>
    <message>
        <location filename="../freehanddialog.cpp" line="41"/>
        <source>&amp;Delete Shape</source>
        <translation>シェイプの削除 (&amp;D)</translation>
    </message>
    <message>
        <location filename="../freehanddialog.cpp" line="66"/>
        <source>Precision:</source>
        <translation>精度：</translation>
    </message>
    <message>
        <location filename="../freehanddialog.cpp" line="83"/>
        <source>Control Points :</source>
        <translation>制御点：</translation>
    </message>
</context>
<context>
    <name>FreeHandTool</name>
    <message>
        <location filename="../freehandtool.cpp" line="171"/>
        <source>Critical</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../freehandtool.cpp" line="172"/>
        <source>The current layer is locked.</source>
        <translation>現在のレイヤーはロックされています。</translation>
    </message>
    <message>
        <location filename="../freehandtool.cpp" line="858"/>
        <source>Current layer is locked or not exist.</source>
        <translation>レイヤーが選択されていないか、ロックされています。</translation>
    </message>
    <message>
        <location filename="../freehandtool.cpp" line="863"/>
        <source>[Drag and draw] to create a new shape.</source>
        <translation>【ドラッグして描画】 新規シェイプを作成。</translation>
    </message>
</context>
<context>
    <name>GroupEditor</name>
    <message>
        <source>Hide</source>
        <translation type="vanished">隠す</translation>
    </message>
    <message>
        <source>Lock Selection</source>
        <translation type="vanished">選択をロック</translation>
    </message>
    <message>
        <source>New</source>
        <translation type="vanished">新規</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="vanished">消去</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="vanished">コピー</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="vanished">編集</translation>
    </message>
    <message>
        <source>Select</source>
        <translation type="vanished">選択</translation>
    </message>
    <message>
        <source>Add Shapes</source>
        <translation type="vanished">シェイプの追加</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="vanished">閉じる</translation>
    </message>
    <message>
        <source>Cannot remove the Default group</source>
        <translation type="vanished">デフォルトグループは消去できません</translation>
    </message>
    <message>
        <source>Cannot remove the Default group.
There are no shapes to remove.</source>
        <translation type="vanished">デフォルトグループは消去できません。
消去できるシェイプがありません。</translation>
    </message>
    <message>
        <source>Cannot remove the Default group.
Remove its shapes ?</source>
        <translation type="vanished">デフォルトグループは消去できません。
グループ内のシェイプを消去しますか？</translation>
    </message>
    <message>
        <source>Remove its shapes?</source>
        <translation type="vanished">グループ内のシェイプを消去しますか？</translation>
    </message>
    <message>
        <source>This group will be removed.
Remove its shapes?</source>
        <translation type="vanished">現在のグループを消去します。グループ内のシェイプも消去しますか？</translation>
    </message>
</context>
<context>
    <name>InfoDialog</name>
    <message>
        <location filename="../infodialog.cpp" line="53"/>
        <source>Fullpath</source>
        <translation>保存場所</translation>
    </message>
    <message>
        <location filename="../infodialog.cpp" line="54"/>
        <source>File Type</source>
        <translation>ファイル形式</translation>
    </message>
    <message>
        <location filename="../infodialog.cpp" line="55"/>
        <source>Owner</source>
        <translation>作成者</translation>
    </message>
    <message>
        <location filename="../infodialog.cpp" line="56"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location filename="../infodialog.cpp" line="57"/>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <location filename="../infodialog.cpp" line="58"/>
        <source>Modified</source>
        <translation>変更日時</translation>
    </message>
    <message>
        <location filename="../infodialog.cpp" line="59"/>
        <source>Last Access</source>
        <translation>最終アクセス日時</translation>
    </message>
    <message>
        <location filename="../infodialog.cpp" line="61"/>
        <source>Image Size</source>
        <translation>画像サイズ</translation>
    </message>
    <message>
        <location filename="../infodialog.cpp" line="62"/>
        <source>SaveBox</source>
        <translation>セーブボックス</translation>
    </message>
    <message>
        <location filename="../infodialog.cpp" line="63"/>
        <source>Bits/Sample</source>
        <translation>ビット深度</translation>
    </message>
    <message>
        <location filename="../infodialog.cpp" line="64"/>
        <source>Sample/Pixel</source>
        <translation>チャンネル深度</translation>
    </message>
    <message>
        <location filename="../infodialog.cpp" line="65"/>
        <source>Dpi</source>
        <translation>DPI</translation>
    </message>
</context>
<context>
    <name>ItemListHead</name>
    <message>
        <location filename="../timelinewindow.cpp" line="293"/>
        <source>Small</source>
        <translation>小</translation>
    </message>
    <message>
        <location filename="../timelinewindow.cpp" line="293"/>
        <source>Large</source>
        <translation>大</translation>
    </message>
    <message>
        <location filename="../timelinewindow.cpp" line="296"/>
        <source>Relative Onion Skin Frame Range</source>
        <translation>連結オニオンスキンのフレーム数</translation>
    </message>
    <message>
        <location filename="../timelinewindow.cpp" line="297"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../timelinewindow.cpp" line="301"/>
        <source>50 (step2)</source>
        <translation>50（2コマ）</translation>
    </message>
    <message>
        <location filename="../timelinewindow.cpp" line="303"/>
        <source>Shape Display Mode</source>
        <translation>シェイプ表示モード</translation>
    </message>
    <message>
        <location filename="../timelinewindow.cpp" line="304"/>
        <source>All</source>
        <translation>全て</translation>
    </message>
    <message>
        <location filename="../timelinewindow.cpp" line="305"/>
        <source>Selected</source>
        <translation>選択シェイプ</translation>
    </message>
</context>
<context>
    <name>ItemListPanel</name>
    <message>
        <location filename="../timelinewindow.cpp" line="468"/>
        <source>- No Layers -</source>
        <translation>- レイヤーがありません -</translation>
    </message>
    <message>
        <location filename="../timelinewindow.cpp" line="573"/>
        <source>Append Images...</source>
        <translation>画像の追加...</translation>
    </message>
    <message>
        <source>Insert Images...</source>
        <translation type="vanished">画像の挿入...</translation>
    </message>
    <message>
        <location filename="../timelinewindow.cpp" line="599"/>
        <source>Delete Layer</source>
        <translation>レイヤーの削除</translation>
    </message>
    <message>
        <location filename="../timelinewindow.cpp" line="603"/>
        <source>Clone Layer</source>
        <translation>レイヤーの複製</translation>
    </message>
    <message>
        <location filename="../timelinewindow.cpp" line="609"/>
        <source>Move Layer Upward</source>
        <translation>レイヤーを上に移動</translation>
    </message>
    <message>
        <location filename="../timelinewindow.cpp" line="615"/>
        <source>Move Layer Downward</source>
        <translation>レイヤーを下に移動</translation>
    </message>
</context>
<context>
    <name>IwLayer</name>
    <message>
        <source>Layer</source>
        <translation type="vanished">レイヤー</translation>
    </message>
    <message>
        <location filename="../iwlayer.cpp" line="74"/>
        <source>_clone</source>
        <translation>_複製</translation>
    </message>
    <message>
        <location filename="../iwlayer.cpp" line="812"/>
        <source>Move Shape Upward</source>
        <translation>シェイプを上に移動</translation>
    </message>
    <message>
        <location filename="../iwlayer.cpp" line="819"/>
        <source>Move Above the Upper Expanded Shape</source>
        <translation>表示されている上のシェイプの上に移動</translation>
    </message>
    <message>
        <location filename="../iwlayer.cpp" line="828"/>
        <source>Move Shape Downward</source>
        <translation>シェイプを下に移動</translation>
    </message>
    <message>
        <location filename="../iwlayer.cpp" line="846"/>
        <source>Move Below the Lower Expanded Shape</source>
        <translation>表示されている下のシェイプの下に移動</translation>
    </message>
    <message>
        <location filename="../iwlayer.cpp" line="857"/>
        <source>Set to Child</source>
        <translation>子に設定</translation>
    </message>
    <message>
        <location filename="../iwlayer.cpp" line="857"/>
        <source>Set to Parent</source>
        <translation>親に設定</translation>
    </message>
</context>
<context>
    <name>IwProject</name>
    <message>
        <location filename="../iwproject.cpp" line="236"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../iwproject.cpp" line="237"/>
        <source>An older version of the project file was loaded. Please check the following:</source>
        <translation>古いバージョンのプロジェクトが読み込まれました。下記をご確認ください：</translation>
    </message>
</context>
<context>
    <name>IwRenderCommand</name>
    <message>
        <location filename="../iwrendercommand.cpp" line="124"/>
        <source>Do you want to create folder?</source>
        <translation>フォルダを作成しますか？</translation>
    </message>
    <message>
        <location filename="../iwrendercommand.cpp" line="134"/>
        <source>Failed to create folder.</source>
        <translation>フォルダの作成に失敗しました。</translation>
    </message>
</context>
<context>
    <name>IwShapePairSelection</name>
    <message>
        <location filename="../iwshapepairselection.cpp" line="573"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../iwshapepairselection.cpp" line="574"/>
        <source>No shapes are selected.</source>
        <translation>シェイプが選択されていません。</translation>
    </message>
    <message>
        <location filename="../iwshapepairselection.cpp" line="597"/>
        <source>Info</source>
        <translation>通知</translation>
    </message>
    <message>
        <location filename="../iwshapepairselection.cpp" line="598"/>
        <source>%1 shapes are exported successfully.</source>
        <translation>%1個のシェイプがエクスポートされました。</translation>
    </message>
</context>
<context>
    <name>KeyFrameEditor</name>
    <message>
        <source>&amp;Edit</source>
        <translation type="obsolete">編集（&amp;E）</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="obsolete">表示(&amp;V)</translation>
    </message>
</context>
<context>
    <name>LayerOptionPanel</name>
    <message>
        <location filename="../layeroptionpanel.cpp" line="67"/>
        <source>Layer Options</source>
        <translation>レイヤーオプション</translation>
    </message>
    <message>
        <location filename="../layeroptionpanel.cpp" line="81"/>
        <source>Brightness:</source>
        <translation>明るさ：</translation>
    </message>
    <message>
        <location filename="../layeroptionpanel.cpp" line="83"/>
        <source>Contrast:</source>
        <translation>コントラスト：</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../mainwindow.cpp" line="80"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="100"/>
        <source>&amp;Edit</source>
        <translation>編集（&amp;E）</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="115"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="127"/>
        <location filename="../mainwindow.cpp" line="386"/>
        <source>&amp;Render</source>
        <translation>レンダリング(&amp;R)</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="142"/>
        <source>Show From</source>
        <translation>Fromを表示</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="144"/>
        <source>Show To</source>
        <translation>Toを表示</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="146"/>
        <source>Show Mesh</source>
        <translation>メッシュを表示</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="148"/>
        <source>Apply Matte</source>
        <translation>アルファマット</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="179"/>
        <source>About %1</source>
        <translation>%1 について</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="180"/>
        <source>Misc. Settings</source>
        <translation>その他の設定</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="211"/>
        <source>Mode:</source>
        <translation>表示モード：</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="227"/>
        <source>Work Area:</source>
        <translation>ワークエリア：</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="232"/>
        <source>W:</source>
        <translation>W：</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="235"/>
        <source>H:</source>
        <translation>H：</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="333"/>
        <source>&amp;New Project</source>
        <translation>新規プロジェクト(&amp;N)</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="337"/>
        <source>&amp;Open Recent Project File</source>
        <translation>最近使ったプロジェクト (&amp;O)</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="338"/>
        <source>&amp;Clear Recent Project File List</source>
        <translation>プロジェクトの履歴を削除 (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Import Project...</source>
        <translation type="vanished">プロジェクトをインポート(&amp;I)...</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="345"/>
        <source>Save Project &amp;As...</source>
        <translation>プロジェクトを別名で保存(&amp;A)...</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="348"/>
        <source>Save Project with &amp;Date &amp;&amp; Time</source>
        <translation>プロジェクト名に日時を付けて別名で保存 (&amp;D)</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="350"/>
        <source>&amp;Insert Images...</source>
        <translation>画像の挿入(&amp;I)...</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="352"/>
        <source>&amp;Export Selected Shapes...</source>
        <translation>選択シェイプをエクスポート(&amp;E)...</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="355"/>
        <source>Configure Shortcuts...</source>
        <translation>キーボードショートカット...</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="357"/>
        <source>E&amp;xit</source>
        <translation>終了(&amp;x)</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="360"/>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="361"/>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="362"/>
        <source>Cu&amp;t</source>
        <translation>切り取り(&amp;T)</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="363"/>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="364"/>
        <source>&amp;Paste</source>
        <translation>貼り付け(&amp;P)</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="365"/>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="366"/>
        <source>Select &amp;All</source>
        <translation>すべて選択(&amp;A)</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="367"/>
        <source>Dup&amp;licate</source>
        <translation>複製(&amp;L)</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="368"/>
        <source>&amp;Key</source>
        <translation>キーを設定(&amp;K)</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="370"/>
        <source>&amp;Unkey</source>
        <translation>キーを消去(&amp;U)</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="372"/>
        <source>Reset &amp;Interpolation to Linear</source>
        <translation>補間をリニアに戻す（&amp;I）</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="377"/>
        <source>Zoom &amp;Out</source>
        <translation>ズームアウト(&amp;O)</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="378"/>
        <source>Actual Si&amp;ze</source>
        <translation>ピクセル等倍表示(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="876"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="918"/>
        <source>Changes will take effect the next time you run IwaWarper.</source>
        <translation>変更は次回 IwaWarper を立ち上げたときに反映されます。</translation>
    </message>
    <message>
        <source>Co&amp;lors</source>
        <translation type="vanished">色(&amp;L)</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="385"/>
        <source>&amp;Preview</source>
        <translation>プレビュー(&amp;P)</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="387"/>
        <source>&amp;Output Options</source>
        <translation>出力設定(&amp;O)</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="390"/>
        <source>&amp;Render Shape Image</source>
        <translation>シェイプ画像をレンダリング（&amp;R）</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="393"/>
        <source>&amp;Clear All Mesh Cache </source>
        <translation>メッシュのキャッシュを全て消去 (&amp;C) </translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="396"/>
        <source>Transform tool</source>
        <translation>選択ツール</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="397"/>
        <source>Reshape tool</source>
        <translation>シェイプ変形ツール</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="399"/>
        <source>Correspondence tool</source>
        <translation>対応点ツール</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="400"/>
        <source>Pen tool</source>
        <translation>ペンツール</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="401"/>
        <source>Square tool</source>
        <translation>四角形ツール</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="402"/>
        <source>Circle tool</source>
        <translation>円形ツール</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="403"/>
        <source>Freehand tool</source>
        <translation>フリーハンドツール</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="413"/>
        <source>Reload Images</source>
        <translation>画像を再読み込み</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="419"/>
        <source>Toggle Lock of Selected Shapes</source>
        <translation>選択シェイプのロックを切り替える</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="421"/>
        <source>Toggle Visibility of Selected Shapes</source>
        <translation>選択シェイプの表示/非表示を切り替える</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="505"/>
        <source>New Project</source>
        <translation>新規プロジェクト</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="547"/>
        <source>Open Project</source>
        <translation>プロジェクトを開く</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="709"/>
        <source>IwaWarper launched.</source>
        <translation>IwaWarperが起動しました。</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="776"/>
        <source>Exit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>&amp;New Project...</source>
        <translation type="vanished">新規プロジェクト(&amp;N) ...</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="335"/>
        <source>&amp;Open Project...</source>
        <translation>プロジェクトを開く(&amp;O) ...</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="341"/>
        <source>&amp;Import Project/Shapes...</source>
        <translation>プロジェクト/シェイプをインポート(&amp;I)...</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="343"/>
        <source>&amp;Save Project</source>
        <translation>プロジェクトを保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save Project &amp;As</source>
        <translation type="vanished">プロジェクトを別名で保存(&amp;A)</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="354"/>
        <source>Settings...</source>
        <translation>設定 ...</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="376"/>
        <source>&amp;Zoom In</source>
        <translation>ズームイン(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="382"/>
        <source>File &amp;Info</source>
        <translation>ファイル情報(&amp;I)</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="410"/>
        <source>Insert Empty Frame</source>
        <translation>空コマを挿入</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="412"/>
        <source>Replace Images</source>
        <translation>画像を入れ替える</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="415"/>
        <source>&amp;Next Frame</source>
        <translation>次のフレーム(&amp;N)</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="416"/>
        <source>&amp;Previous Frame</source>
        <translation>前のフレーム(&amp;P)</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="520"/>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="521"/>
        <source>No more Undo operations available.</source>
        <translation>もとに戻せる操作がありません。</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="533"/>
        <source>Redo</source>
        <translation>やり直す</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="534"/>
        <source>No more Redo operations available.</source>
        <translation>やり直せる動作がありません。</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="731"/>
        <source>Untitled</source>
        <translation>名称未設定</translation>
    </message>
</context>
<context>
    <name>MatteInfoDialog</name>
    <message>
        <location filename="../matteinfodialog.cpp" line="29"/>
        <source>Alpha Matte Settings</source>
        <translation>アルファマット設定</translation>
    </message>
    <message>
        <location filename="../matteinfodialog.cpp" line="39"/>
        <source>Add Color</source>
        <translation>マット色を追加</translation>
    </message>
    <message>
        <location filename="../matteinfodialog.cpp" line="41"/>
        <source>Remove Color</source>
        <translation>マット色を削除</translation>
    </message>
    <message>
        <location filename="../matteinfodialog.cpp" line="43"/>
        <location filename="../matteinfodialog.cpp" line="252"/>
        <source>Save Preset</source>
        <translation>プリセットを保存</translation>
    </message>
    <message>
        <location filename="../matteinfodialog.cpp" line="45"/>
        <location filename="../matteinfodialog.cpp" line="278"/>
        <source>Load Preset</source>
        <translation>プリセットを読み込み</translation>
    </message>
    <message>
        <location filename="../matteinfodialog.cpp" line="57"/>
        <source>Matte Layer:</source>
        <translation>マットに用いるレイヤー：</translation>
    </message>
    <message>
        <location filename="../matteinfodialog.cpp" line="61"/>
        <source>Matte Colors:</source>
        <translation>マット色：</translation>
    </message>
    <message>
        <location filename="../matteinfodialog.cpp" line="84"/>
        <source>Tolerance:</source>
        <translation>許容値：</translation>
    </message>
    <message>
        <location filename="../matteinfodialog.cpp" line="177"/>
        <location filename="../matteinfodialog.cpp" line="205"/>
        <location filename="../matteinfodialog.cpp" line="221"/>
        <location filename="../matteinfodialog.cpp" line="235"/>
        <location filename="../matteinfodialog.cpp" line="399"/>
        <location filename="../matteinfodialog.cpp" line="408"/>
        <source>-- Various Values --</source>
        <translation>-- 複数の値 --</translation>
    </message>
    <message>
        <location filename="../matteinfodialog.cpp" line="179"/>
        <location filename="../matteinfodialog.cpp" line="192"/>
        <source>Please select the matte color.</source>
        <translation>マット色を選択してください。</translation>
    </message>
    <message>
        <location filename="../matteinfodialog.cpp" line="252"/>
        <location filename="../matteinfodialog.cpp" line="279"/>
        <source>Matte Color File (*.matcol)</source>
        <translation>マット色設定ファイル (*.matcol)</translation>
    </message>
    <message>
        <location filename="../matteinfodialog.cpp" line="326"/>
        <source>-- No Alpha Matting --</source>
        <translation>-- アルファマットを行わない --</translation>
    </message>
    <message>
        <location filename="../matteinfodialog.cpp" line="376"/>
        <source>No Parent Shapes Selected</source>
        <translation>シェイプが選択されていません</translation>
    </message>
    <message>
        <location filename="../matteinfodialog.cpp" line="392"/>
        <source>-- Various Layers --</source>
        <translation>-- 複数のレイヤー --</translation>
    </message>
</context>
<context>
    <name>OutputSettingsDialog</name>
    <message>
        <location filename="../outputsettingsdialog.cpp" line="59"/>
        <source>Parameters...</source>
        <translation>形式オプション ...</translation>
    </message>
    <message>
        <location filename="../outputsettingsdialog.cpp" line="62"/>
        <source>Output folder...</source>
        <translation>保存先 ...</translation>
    </message>
    <message>
        <location filename="../outputsettingsdialog.cpp" line="64"/>
        <source>File Name Control</source>
        <translation>出力ファイル名</translation>
    </message>
    <message>
        <source>Use project name</source>
        <translation type="vanished">プロジェクト名を用いる</translation>
    </message>
    <message>
        <source>Add frame number</source>
        <translation type="vanished">フレーム番号を追加する</translation>
    </message>
    <message>
        <source>Add extension:</source>
        <translation type="vanished">拡張子を追加する：</translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="vanished">OK</translation>
    </message>
    <message>
        <location filename="../outputsettingsdialog.cpp" line="48"/>
        <source>Output Settings</source>
        <translation>出力設定</translation>
    </message>
    <message>
        <location filename="../outputsettingsdialog.cpp" line="78"/>
        <source>Add Task</source>
        <translation>タスクを追加</translation>
    </message>
    <message>
        <location filename="../outputsettingsdialog.cpp" line="79"/>
        <source>Remove Task</source>
        <translation>タスクを削除</translation>
    </message>
    <message>
        <location filename="../outputsettingsdialog.cpp" line="80"/>
        <source>Render</source>
        <translation>レンダリング</translation>
    </message>
    <message>
        <location filename="../outputsettingsdialog.cpp" line="130"/>
        <source># Macro Instruction

[dir] : Path specified in the &quot;Output folder&quot; field.
[base] : Project name.
[num] : Frame number.
[ext] : Extension.
[mattename] : Matte layer name. (*)
[mattenum] : Frame number in the filename of the image used for the matte layer. (*)

* N.B. If the shapes to be rendered has multiple matte layers, the first one found will be used.</source>
        <translation># ファイル名テンプレートには、以下のマクロを使用することができます。

[dir] :「保存先」フィールドで指定したパス
[base] : プロジェクト名
[num] : フレーム番号
[ext] : 拡張子
[mattename] : マットに用いるレイヤー名 ※
[mattenum] : マットレイヤーの画像のファイル名に含まれるフレーム番号 ※

※ 注： レンダリング対象のシェイプが複数のマットレイヤーを使用している場合、最初に見つかったものが使われます。</translation>
    </message>
    <message>
        <location filename="../outputsettingsdialog.cpp" line="155"/>
        <source>Start:</source>
        <translation>開始：</translation>
    </message>
    <message>
        <location filename="../outputsettingsdialog.cpp" line="157"/>
        <source>End:</source>
        <translation>終了：</translation>
    </message>
    <message>
        <location filename="../outputsettingsdialog.cpp" line="159"/>
        <source>Step:</source>
        <translation>ステップ：</translation>
    </message>
    <message>
        <location filename="../outputsettingsdialog.cpp" line="166"/>
        <source>Target Shape Tag:</source>
        <translation>対象とするシェイプタグ：</translation>
    </message>
    <message>
        <location filename="../outputsettingsdialog.cpp" line="178"/>
        <source>Format:</source>
        <translation>ファイル形式：</translation>
    </message>
    <message>
        <location filename="../outputsettingsdialog.cpp" line="201"/>
        <source>Initial frame number:</source>
        <translation>開始フレーム番号：</translation>
    </message>
    <message>
        <location filename="../outputsettingsdialog.cpp" line="205"/>
        <source>Increment:</source>
        <translation>フレーム番号増分：</translation>
    </message>
    <message>
        <location filename="../outputsettingsdialog.cpp" line="209"/>
        <source>Number of digits:</source>
        <translation>フレーム番号桁数：</translation>
    </message>
    <message>
        <location filename="../outputsettingsdialog.cpp" line="215"/>
        <source>File name template:</source>
        <translation>ファイル名のテンプレート：</translation>
    </message>
    <message>
        <location filename="../outputsettingsdialog.cpp" line="226"/>
        <source>Example file name:</source>
        <translation>例：</translation>
    </message>
    <message>
        <location filename="../outputsettingsdialog.cpp" line="236"/>
        <source>Render Queue</source>
        <translation>レンダーキュー</translation>
    </message>
    <message>
        <location filename="../outputsettingsdialog.cpp" line="355"/>
        <source>Frame %1 - %2 | %3</source>
        <translation>フレーム %1 - %2 | %3</translation>
    </message>
    <message>
        <location filename="../outputsettingsdialog.cpp" line="426"/>
        <source>  (%1 frames)</source>
        <translation>  （%1フレーム）</translation>
    </message>
    <message>
        <location filename="../outputsettingsdialog.cpp" line="433"/>
        <source>NO MATTE LAYER FOUND!</source>
        <translation>マットレイヤーが見つかりません！</translation>
    </message>
    <message>
        <location filename="../outputsettingsdialog.cpp" line="436"/>
        <source>NO NUMBER FOUND IN THE MATTE FILE NAME!</source>
        <translation>マットレイヤーの画像ファイル名に番号が含まれていません！</translation>
    </message>
    <message>
        <location filename="../outputsettingsdialog.cpp" line="600"/>
        <source>Do you want to create folder?</source>
        <translation>フォルダを作成しますか？</translation>
    </message>
    <message>
        <location filename="../outputsettingsdialog.cpp" line="610"/>
        <source>Failed to create folder.</source>
        <translation>フォルダの作成に失敗しました。</translation>
    </message>
    <message>
        <location filename="../outputsettingsdialog.cpp" line="641"/>
        <source>Choose Folder.</source>
        <translation>フォルダを選択してください。</translation>
    </message>
    <message>
        <location filename="../outputsettingsdialog.cpp" line="709"/>
        <source>None</source>
        <translation>指定なし</translation>
    </message>
</context>
<context>
    <name>PenTool</name>
    <message>
        <location filename="../pentool.cpp" line="48"/>
        <source>Critical</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../pentool.cpp" line="49"/>
        <source>The current layer is locked.</source>
        <translation>現在のレイヤーはロックされています。</translation>
    </message>
    <message>
        <location filename="../pentool.cpp" line="363"/>
        <source>Current layer is locked or not exist.</source>
        <translation>レイヤーが選択されていないか、ロックされています。</translation>
    </message>
    <message>
        <location filename="../pentool.cpp" line="368"/>
        <source>[Click] to add point. [+ Drag] to extend handles. [Right click] to finish shape.  [Alt + Click] to insert a new point.</source>
        <translation>【クリック】 点を追加。 【+ドラッグ】 ハンドルを伸ばす。 【右クリック】 シェイプを確定。 【Alt+クリック】 シェイプに点を挿入。</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="vanished">環境設定</translation>
    </message>
    <message>
        <source>Bezier precision:</source>
        <translation type="vanished">ベジエ曲線の精度：</translation>
    </message>
    <message>
        <source>Lock threshold:</source>
        <translation type="vanished">「頂点を合わせる」のしきい値：</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../squaretool.cpp" line="196"/>
        <source>Rectangle</source>
        <translation>四角形</translation>
    </message>
    <message>
        <location filename="../circletool.cpp" line="229"/>
        <source>Circle</source>
        <translation>円形</translation>
    </message>
    <message>
        <location filename="../sceneviewer.cpp" line="2058"/>
        <location filename="../iwrendercommand.cpp" line="98"/>
        <location filename="../iwrendercommand.cpp" line="116"/>
        <source>Output Settings Error</source>
        <translation>出力設定エラー</translation>
    </message>
    <message>
        <location filename="../sceneviewer.cpp" line="2059"/>
        <location filename="../iwrendercommand.cpp" line="117"/>
        <source>Output directory is not set.</source>
        <translation>保存先が設定されていません。</translation>
    </message>
    <message>
        <location filename="../sceneviewer.cpp" line="2066"/>
        <source>Do you want to create folder?</source>
        <translation>フォルダを作成しますか？</translation>
    </message>
    <message>
        <location filename="../sceneviewer.cpp" line="2076"/>
        <source>Failed to create folder.</source>
        <translation>フォルダの作成に失敗しました。</translation>
    </message>
    <message>
        <location filename="../projectutils.cpp" line="427"/>
        <location filename="../projectutils.cpp" line="535"/>
        <source>Resizing work area : Question</source>
        <translation>ワークエリアのリサイズ： 質問</translation>
    </message>
    <message>
        <location filename="../projectutils.cpp" line="428"/>
        <location filename="../projectutils.cpp" line="536"/>
        <source>Do you want to shrink the shapes fitting with the work area?</source>
        <translation>ワークエリアに合わせて全てのシェイプの形状を伸縮させますか？</translation>
    </message>
    <message>
        <location filename="../projectutils.cpp" line="430"/>
        <location filename="../projectutils.cpp" line="538"/>
        <source>Shrink the shapes</source>
        <translation>シェイプの形状を伸縮する</translation>
    </message>
    <message>
        <location filename="../projectutils.cpp" line="433"/>
        <location filename="../projectutils.cpp" line="540"/>
        <source>Keep the shapes unchanged</source>
        <translation>シェイプの形状を維持する</translation>
    </message>
    <message>
        <location filename="../projectutils.cpp" line="435"/>
        <location filename="../projectutils.cpp" line="542"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../iocommand.cpp" line="491"/>
        <source>Saved to %1 .</source>
        <translation>%1 に保存しました。</translation>
    </message>
    <message>
        <location filename="../iocommand.cpp" line="635"/>
        <source>Import Project/Shapes File</source>
        <translation>プロジェクト/シェイプをインポート</translation>
    </message>
    <message>
        <location filename="../iocommand.cpp" line="644"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../iocommand.cpp" line="644"/>
        <source>No current layer</source>
        <translation>レイヤーが選択されていません</translation>
    </message>
    <message>
        <location filename="../iocommand.cpp" line="725"/>
        <source>%1 : The current project has been modified.
What would you like to do?</source>
        <translation>%1 ： 現在のプロジェクトは変更されています。
どうしますか？</translation>
    </message>
    <message>
        <location filename="../iwtimelineselection.cpp" line="319"/>
        <source>Paste Timeline Frames</source>
        <translation>タイムラインフレームの貼り付け</translation>
    </message>
    <message>
        <location filename="../iwtimelineselection.cpp" line="358"/>
        <source>Delete Timeline Frames</source>
        <translation>タイムラインフレームの削除</translation>
    </message>
    <message>
        <location filename="../iwtimelineselection.cpp" line="360"/>
        <source>Cut Timeline Frames</source>
        <translation>タイムラインフレームの切り取り</translation>
    </message>
    <message>
        <location filename="../iwrendercommand.cpp" line="99"/>
        <source>There is no active items in the Render Queue.</source>
        <translation>レンダーキューにアクティブなアイテムがありません。</translation>
    </message>
    <message>
        <location filename="../menubarcommand.cpp" line="205"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../menubarcommand.cpp" line="206"/>
        <source>It is not possible to assign a shortcut with modifiers to the visualization commands.</source>
        <translation>視覚化コマンドには、修飾キーと組み合わせたキーボードショートカットを割り当てできません。</translation>
    </message>
</context>
<context>
    <name>RenderProgressPopup</name>
    <message>
        <location filename="../renderprogresspopup.cpp" line="24"/>
        <source>Start rendering...</source>
        <translation>レンダリングを開始します...</translation>
    </message>
    <message>
        <location filename="../renderprogresspopup.cpp" line="28"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../renderprogresspopup.cpp" line="85"/>
        <source>Aborting...</source>
        <translation>中止しています...</translation>
    </message>
    <message>
        <location filename="../renderprogresspopup.cpp" line="97"/>
        <source>Rendered %1 of %2 frames in %3 of %4 queue items.</source>
        <translation>%4個中%3個目のタスク | %2フレーム中%1フレーム完了。</translation>
    </message>
    <message>
        <source>Rendered %1 of %2 frames</source>
        <translation type="vanished">%2フレーム中%1フレーム完了</translation>
    </message>
</context>
<context>
    <name>RenderQueue</name>
    <message>
        <location filename="../outputsettings.cpp" line="375"/>
        <source>- In the current version, the ways of specifying the output frame range have changed.
  Please check the output settings.
</source>
        <translation>- 現在のバージョンでは出力フレーム範囲の指定方法が変更されています。
  出力設定をご確認ください。
</translation>
    </message>
</context>
<context>
    <name>RenderSettingsDialog</name>
    <message>
        <location filename="../rendersettingsdialog.cpp" line="45"/>
        <source>Precision:</source>
        <translation>精度：</translation>
    </message>
</context>
<context>
    <name>RenderShapeImageDialog</name>
    <message>
        <location filename="../rendershapeimagedialog.cpp" line="34"/>
        <source>Render Shape Image</source>
        <translation>シェイプ画像をレンダリング</translation>
    </message>
    <message>
        <location filename="../rendershapeimagedialog.cpp" line="41"/>
        <source>Output folder...</source>
        <translation>保存先 ...</translation>
    </message>
    <message>
        <location filename="../rendershapeimagedialog.cpp" line="42"/>
        <source>Render</source>
        <translation>レンダリング</translation>
    </message>
    <message>
        <location filename="../rendershapeimagedialog.cpp" line="65"/>
        <source>Start:</source>
        <translation>開始：</translation>
    </message>
    <message>
        <location filename="../rendershapeimagedialog.cpp" line="67"/>
        <source>End:</source>
        <translation>終了：</translation>
    </message>
    <message>
        <location filename="../rendershapeimagedialog.cpp" line="86"/>
        <source>File Name:</source>
        <translation>ファイル名：</translation>
    </message>
    <message>
        <location filename="../rendershapeimagedialog.cpp" line="90"/>
        <source>Output Size:</source>
        <translation>出力サイズ：</translation>
    </message>
    <message>
        <location filename="../rendershapeimagedialog.cpp" line="170"/>
        <source>Work area</source>
        <translation>ワークエリア</translation>
    </message>
    <message>
        <location filename="../rendershapeimagedialog.cpp" line="172"/>
        <source>Layer %1</source>
        <translation>レイヤー %1</translation>
    </message>
    <message>
        <location filename="../rendershapeimagedialog.cpp" line="306"/>
        <source>Do you want to create folder?</source>
        <translation>フォルダを作成しますか？</translation>
    </message>
    <message>
        <location filename="../rendershapeimagedialog.cpp" line="316"/>
        <source>Failed to create folder.</source>
        <translation>フォルダの作成に失敗しました。</translation>
    </message>
    <message>
        <location filename="../rendershapeimagedialog.cpp" line="346"/>
        <source>Choose Folder.</source>
        <translation>フォルダを選択してください。</translation>
    </message>
</context>
<context>
    <name>ReshapeTool</name>
    <message>
        <location filename="../reshapetool.cpp" line="504"/>
        <source>Current layer is locked or not exist.</source>
        <translation>レイヤーが選択されていないか、ロックされています。</translation>
    </message>
    <message>
        <location filename="../reshapetool.cpp" line="519"/>
        <source>[Drag points] to move. [+Shift] to move either horizontal or vertical. [+Ctrl] with snapping. [+Ctrl+Alt] with snapping points and handles.</source>
        <translation>【頂点をドラッグ】 移動。 【+Shift】 水平または垂直方向に移動。 【+Ctrl】 他の頂点にスナップ。 【+Ctrl+Alt】 頂点とハンドルをスナップ。</translation>
    </message>
    <message>
        <location filename="../reshapetool.cpp" line="524"/>
        <source>[Drag handles] to move both handles. [+Shift] to extend with keeping angle. [+Ctrl] to move the other handle symmetrically. [+Alt] move one handle. [+Ctrl+Alt] with snapping.</source>
        <translation>【ハンドルをドラッグ】 両方のハンドルを移動。 【+Shift】 ハンドルの長さのみ変える。 【+Ctrl】 もう一方のハンドルを対称に移動。 【+Alt】 １つのハンドルを移動。 【+Ctrl+Alt】 他のハンドルにスナップ。</translation>
    </message>
    <message>
        <location filename="../reshapetool.cpp" line="532"/>
        <source>[Click points / Drag area] to select. [+Shift] to add to the selection. [Alt + Click shape] to insert a new point. [Arrow keys] to move. [+Shift] with large step. [+Ctrl] with small step.</source>
        <translation>【頂点をクリック / ドラッグで囲う】 選択。 【+Shift】 追加選択。 【シェイプ上を Alt+Click】 新規頂点を追加。 【矢印キー】 移動。 【+Shift】 大きく移動。 【+Ctrl】 小さく移動。</translation>
    </message>
    <message>
        <location filename="../reshapetool.cpp" line="543"/>
        <source>[Ctrl+Drag] to rotate. [+Shift] every 45 degrees.</source>
        <translation>【Ctrl+ドラッグ】 回転。 【+Shift】 45度毎に回転。</translation>
    </message>
    <message>
        <location filename="../reshapetool.cpp" line="547"/>
        <source>[Ctrl+Drag] to scale. [+Shift] with fixing aspect ratio.</source>
        <translation>【Ctrl+ドラッグ】 拡大縮小。 【+Shift】 縦横比を固定。</translation>
    </message>
    <message>
        <location filename="../reshapetool.cpp" line="557"/>
        <source>[Drag] to scale. [+Shift] with fixing aspect ratio. [Alt+Drag] to reshape trapezoidally. [+Shift] with symmetrically.</source>
        <translation>【ドラッグ】 拡大縮小。 【+Shift】 縦横比を固定。 【Alt+ドラッグ】 台形に変形。 【+Shift】 対称に変形。</translation>
    </message>
    <message>
        <location filename="../reshapetool.cpp" line="566"/>
        <source>[Drag] to scale. [Alt+Drag] to shear. [+Shift] with a parallel manner.</source>
        <translation>【ドラッグ】 拡大縮小。 【Alt+ドラッグ】 シアー変形。 【+Shift】 平行にシアー変形。</translation>
    </message>
    <message>
        <location filename="../reshapetool.cpp" line="574"/>
        <source>[Drag] to move. [+Shift] to either vertical or horizontal direction. [Ctrl+Drag] to rotate.</source>
        <translation>【ドラッグ】 移動。 【+Shift】 水平または垂直方向に移動。 【Ctrl+ドラッグ】 回転。</translation>
    </message>
</context>
<context>
    <name>ReshapeToolContextMenu</name>
    <message>
        <location filename="../reshapetoolcontextmenu.cpp" line="39"/>
        <source>Lock Points</source>
        <translation>頂点を合わせる</translation>
    </message>
    <message>
        <location filename="../reshapetoolcontextmenu.cpp" line="40"/>
        <source>Cusp</source>
        <translation>尖点にする</translation>
    </message>
    <message>
        <location filename="../reshapetoolcontextmenu.cpp" line="41"/>
        <source>Linear</source>
        <translation>鋭角点にする</translation>
    </message>
    <message>
        <location filename="../reshapetoolcontextmenu.cpp" line="42"/>
        <source>Smooth</source>
        <translation>スムーズ点にする</translation>
    </message>
    <message>
        <location filename="../reshapetoolcontextmenu.cpp" line="43"/>
        <source>Center</source>
        <translation>前後の中点に移動する</translation>
    </message>
    <message>
        <location filename="../reshapetoolcontextmenu.cpp" line="44"/>
        <source>Tween Point</source>
        <translation>前後キーの中割りをする</translation>
    </message>
    <message>
        <location filename="../reshapetoolcontextmenu.cpp" line="45"/>
        <source>Reverse Shapes</source>
        <translation>シェイプを反転する</translation>
    </message>
    <message>
        <location filename="../reshapetoolcontextmenu.cpp" line="241"/>
        <source>Current Point Mode</source>
        <translation>１頂点操作モード</translation>
    </message>
    <message>
        <location filename="../reshapetoolcontextmenu.cpp" line="244"/>
        <source>Current Shape Mode</source>
        <translation>選択頂点操作モード</translation>
    </message>
    <message>
        <location filename="../reshapetoolcontextmenu.cpp" line="247"/>
        <source>Selected Shapes Mode</source>
        <translation>選択シェイプ操作モード</translation>
    </message>
    <message>
        <location filename="../reshapetoolcontextmenu.cpp" line="250"/>
        <source>Unknown Mode</source>
        <translation>不明なモード</translation>
    </message>
</context>
<context>
    <name>ReshapeToolOptionPanel</name>
    <message>
        <location filename="../tooloptionpanel.cpp" line="35"/>
        <source>Transform Active Points</source>
        <translation>アクティブな点を変形</translation>
    </message>
    <message>
        <location filename="../tooloptionpanel.cpp" line="48"/>
        <source>Lock threshold:</source>
        <translation>「頂点を合わせる」のしきい値：</translation>
    </message>
</context>
<context>
    <name>Ruler</name>
    <message>
        <location filename="../ruler.cpp" line="35"/>
        <source>Click to create an horizontal guide</source>
        <translation>【クリック】 水平ガイドを作成</translation>
    </message>
    <message>
        <location filename="../ruler.cpp" line="39"/>
        <location filename="../ruler.cpp" line="331"/>
        <source>Click to create a vertical guide</source>
        <translation>【クリック】 垂直ガイドを作成</translation>
    </message>
    <message>
        <location filename="../ruler.cpp" line="325"/>
        <source>Left-click and drag to move guide, right-click to delete guide.</source>
        <translation>【ドラッグ】 ガイドを移動, 【右クリック】 ガイドを消去.</translation>
    </message>
    <message>
        <location filename="../ruler.cpp" line="329"/>
        <source>Click to create a horizontal guide</source>
        <translation>【クリック】 水平ガイドを作成</translation>
    </message>
</context>
<context>
    <name>SceneViewer</name>
    <message>
        <location filename="../sceneviewer.cpp" line="1431"/>
        <source>Change Current Layer</source>
        <translation>現在のレイヤーを切り替え</translation>
    </message>
    <message>
        <location filename="../sceneviewer.cpp" line="1453"/>
        <source>Unlock All Shapes</source>
        <translation>全てのシェイプのロックを解除</translation>
    </message>
</context>
<context>
    <name>SequenceEditor</name>
    <message>
        <source>&amp;Edit</source>
        <translation type="obsolete">編集（&amp;E）</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="obsolete">表示(&amp;V)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../settingsdialog.cpp" line="28"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../settingsdialog.cpp" line="38"/>
        <source>Shape Antialias</source>
        <translation>シェイプのアンチエイリアス</translation>
    </message>
    <message>
        <location filename="../settingsdialog.cpp" line="42"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../settingsdialog.cpp" line="43"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../settingsdialog.cpp" line="44"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../settingsdialog.cpp" line="45"/>
        <source>Super High</source>
        <translation>最高</translation>
    </message>
    <message>
        <location filename="../settingsdialog.cpp" line="52"/>
        <source>Area Average</source>
        <translation>平均値</translation>
    </message>
    <message>
        <location filename="../settingsdialog.cpp" line="53"/>
        <source>Nearest Neighbor</source>
        <translation>ニアレストネイバー</translation>
    </message>
    <message>
        <location filename="../settingsdialog.cpp" line="54"/>
        <source>Morphological Supersampling</source>
        <translation>形態学的スーパーサンプリング</translation>
    </message>
    <message>
        <location filename="../settingsdialog.cpp" line="56"/>
        <source>PLEASE NOTE: The &quot;Morphological Supersampling&quot; option is intended 
to be used when deforming so-called &quot;color binary images&quot;, 
such as those commonly used in the Japanese animation industry 
for character Levels.</source>
        <translation>【注意】 &quot;形態学的スーパーサンプリング&quot;オプションは、
日本のアニメ産業においてキャラクターのLevelで一般的に用いられるような、
いわゆるカラー二値画像を変形するときに用いられることを想定しています。</translation>
    </message>
    <message>
        <location filename="../settingsdialog.cpp" line="67"/>
        <source>Bezier Precision:</source>
        <translation>ベジエ曲線の精度：</translation>
    </message>
    <message>
        <location filename="../settingsdialog.cpp" line="70"/>
        <source>Number of subdivision:</source>
        <translation>メッシュ分割の回数：</translation>
    </message>
    <message>
        <location filename="../settingsdialog.cpp" line="73"/>
        <source>Maximum face size:</source>
        <translation>最大メッシュサイズ：</translation>
    </message>
    <message>
        <location filename="../settingsdialog.cpp" line="79"/>
        <source>Resample Mode:</source>
        <translation>リサンプル方式：</translation>
    </message>
    <message>
        <location filename="../settingsdialog.cpp" line="84"/>
        <source>Image Shrink:</source>
        <translation>画像テクスチャの粗さ：</translation>
    </message>
    <message>
        <location filename="../settingsdialog.cpp" line="87"/>
        <source>Matte Dilate:</source>
        <translation>アルファマットを拡張：</translation>
    </message>
    <message>
        <source>Warp Quality:</source>
        <translation type="vanished">ワープ品質：</translation>
    </message>
    <message>
        <location filename="../settingsdialog.cpp" line="76"/>
        <source>Alpha Mode:</source>
        <translation>アルファチャンネルの操作：</translation>
    </message>
    <message>
        <source>Work Area:</source>
        <translation type="vanished">ワークエリア：</translation>
    </message>
    <message>
        <source>W:</source>
        <translation type="vanished">W：</translation>
    </message>
    <message>
        <source>H:</source>
        <translation type="vanished">H：</translation>
    </message>
</context>
<context>
    <name>ShapeOptionsDialog</name>
    <message>
        <location filename="../shapeoptionsdialog.cpp" line="68"/>
        <source>Edge Density</source>
        <translation>分割数</translation>
    </message>
    <message>
        <location filename="../shapeoptionsdialog.cpp" line="74"/>
        <source>Weight</source>
        <translation>重み</translation>
    </message>
    <message>
        <location filename="../shapeoptionsdialog.cpp" line="80"/>
        <source>Depth</source>
        <translation>奥行き</translation>
    </message>
</context>
<context>
    <name>ShapePair</name>
    <message>
        <location filename="../shapepair.cpp" line="356"/>
        <source>Shape</source>
        <translation>シェイプ</translation>
    </message>
    <message>
        <location filename="../shapepair.cpp" line="1657"/>
        <source>Form</source>
        <translation>形状</translation>
    </message>
    <message>
        <location filename="../shapepair.cpp" line="1657"/>
        <source>Corr</source>
        <translation>対応点</translation>
    </message>
    <message>
        <location filename="../shapepair.cpp" line="1659"/>
        <source>From </source>
        <translation></translation>
    </message>
    <message>
        <location filename="../shapepair.cpp" line="1659"/>
        <source>To </source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ShapeTagEditDialog</name>
    <message>
        <location filename="../shapetreewindow.cpp" line="1286"/>
        <source>Edit Tags</source>
        <translation>シェイプタグの編集</translation>
    </message>
    <message>
        <location filename="../shapetreewindow.cpp" line="1291"/>
        <source>Remove</source>
        <translation>このタグを消去</translation>
    </message>
    <message>
        <location filename="../shapetreewindow.cpp" line="1292"/>
        <source>Add</source>
        <translation>新規タグ</translation>
    </message>
    <message>
        <location filename="../shapetreewindow.cpp" line="1319"/>
        <source>Name :</source>
        <translation>名前：</translation>
    </message>
    <message>
        <location filename="../shapetreewindow.cpp" line="1323"/>
        <source>Color :</source>
        <translation>アイコンの色：</translation>
    </message>
    <message>
        <location filename="../shapetreewindow.cpp" line="1327"/>
        <source>Shape :</source>
        <translation>アイコンの形：</translation>
    </message>
    <message>
        <location filename="../shapetreewindow.cpp" line="1505"/>
        <source>New tag</source>
        <translation>新規タグ</translation>
    </message>
</context>
<context>
    <name>ShapeTree</name>
    <message>
        <location filename="../shapetreewindow.cpp" line="585"/>
        <source>Shapes</source>
        <translation>シェイプ</translation>
    </message>
    <message>
        <location filename="../shapetreewindow.cpp" line="585"/>
        <source>From</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../shapetreewindow.cpp" line="585"/>
        <source>To</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ShapeTreeWindow</name>
    <message>
        <location filename="../shapetreewindow.cpp" line="1192"/>
        <source>Shape Tree</source>
        <translation>シェイプツリー</translation>
    </message>
    <message>
        <location filename="../shapetreewindow.cpp" line="1196"/>
        <source>Select By Tag</source>
        <translation>タグからシェイプを選択</translation>
    </message>
    <message>
        <location filename="../shapetreewindow.cpp" line="1197"/>
        <source>Edit Tags</source>
        <translation>タグの編集</translation>
    </message>
</context>
<context>
    <name>ShortcutPopup</name>
    <message>
        <location filename="../shortcutpopup.cpp" line="360"/>
        <source>Configure Shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <location filename="../shortcutpopup.cpp" line="367"/>
        <source>Remove</source>
        <translation>消去</translation>
    </message>
    <message>
        <location filename="../shortcutpopup.cpp" line="369"/>
        <source>Couldn&apos;t find any matching command.</source>
        <translation>コマンドが見つかりませんでした。</translation>
    </message>
    <message>
        <location filename="../shortcutpopup.cpp" line="382"/>
        <source>Search:</source>
        <translation>検索：</translation>
    </message>
    <message>
        <source>A file named </source>
        <translation type="vanished">ファイル</translation>
    </message>
    <message>
        <source> already exists.  Do you want to replace it?</source>
        <translation type="vanished">は、既に存在します。置き換えてもよろしいですか？</translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="vanished">質問</translation>
    </message>
</context>
<context>
    <name>ShortcutTree</name>
    <message>
        <location filename="../shortcutpopup.cpp" line="225"/>
        <source>File</source>
        <translation>メニュー：ファイル</translation>
    </message>
    <message>
        <location filename="../shortcutpopup.cpp" line="226"/>
        <source>Edit</source>
        <translation>メニュー：編集</translation>
    </message>
    <message>
        <location filename="../shortcutpopup.cpp" line="227"/>
        <source>Shape</source>
        <translation>シェイプ</translation>
    </message>
    <message>
        <location filename="../shortcutpopup.cpp" line="228"/>
        <source>View</source>
        <translation>メニュー：表示</translation>
    </message>
    <message>
        <location filename="../shortcutpopup.cpp" line="229"/>
        <source>Render</source>
        <translation>メニュー：レンダリング</translation>
    </message>
    <message>
        <location filename="../shortcutpopup.cpp" line="230"/>
        <source>Tools</source>
        <translation>ツール</translation>
    </message>
    <message>
        <source>View Toggle</source>
        <translation type="vanished">表示切り替え</translation>
    </message>
</context>
<context>
    <name>ShortcutViewer</name>
    <message>
        <location filename="../shortcutpopup.cpp" line="150"/>
        <source>&apos;%1&apos; is already assigned to &apos;%2&apos;
Assign to &apos;%3&apos;?</source>
        <translation>&apos;%1&apos;&#x3000;は既に &apos;%2&apos; に割り当てられています。
&apos;%3&apos; に割り当てますか？</translation>
    </message>
    <message>
        <location filename="../shortcutpopup.cpp" line="156"/>
        <source>Initial sequence &apos;%1&apos; is assigned to &apos;%2&apos; which takes priority.
Assign shortcut sequence anyway?</source>
        <translation>最初のキーシークエンス &apos;%1&apos; は既に &apos;%2&apos; に割り当てられており、そちらが優先されます。
それでもショートカットシークエンスを割り当てますか？</translation>
    </message>
    <message>
        <location filename="../shortcutpopup.cpp" line="164"/>
        <source>Question</source>
        <translation>質問</translation>
    </message>
</context>
<context>
    <name>SquareTool</name>
    <message>
        <location filename="../squaretool.cpp" line="36"/>
        <source>Critical</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../squaretool.cpp" line="37"/>
        <source>The current layer is locked.</source>
        <translation>現在のレイヤーはロックされています。</translation>
    </message>
    <message>
        <location filename="../squaretool.cpp" line="149"/>
        <source>Current layer is locked or not exist.</source>
        <translation>レイヤーが選択されていないか、ロックされています。</translation>
    </message>
    <message>
        <location filename="../squaretool.cpp" line="160"/>
        <source>[Drag handles] to transform selected shape. </source>
        <translation>【ハンドルをドラッグ】 選択シェイプを変形。 </translation>
    </message>
    <message>
        <location filename="../squaretool.cpp" line="163"/>
        <source>[Drag] to create a new square shape.</source>
        <translation>【ドラッグ】 新規四角形シェイプを作成。</translation>
    </message>
</context>
<context>
    <name>TimeLineHead</name>
    <message>
        <location filename="../timelinewindow.cpp" line="978"/>
        <source>Set Start Marker</source>
        <translation>プレビュー開始マーカーをセット</translation>
    </message>
    <message>
        <location filename="../timelinewindow.cpp" line="983"/>
        <source>Set Stop Marker</source>
        <translation>プレビュー停止マーカーをセット</translation>
    </message>
    <message>
        <location filename="../timelinewindow.cpp" line="988"/>
        <source>Remove Markers</source>
        <translation>プレビュー範囲の解除</translation>
    </message>
    <message>
        <location filename="../timelinewindow.cpp" line="993"/>
        <source>Preview This</source>
        <translation>このフレームのみプレビュー</translation>
    </message>
    <message>
        <location filename="../timelinewindow.cpp" line="999"/>
        <source>Toggle Onion Skin Frame</source>
        <translation>固定オニオンスキンのON/OFF</translation>
    </message>
</context>
<context>
    <name>TimeLinePanel</name>
    <message>
        <location filename="../timelinewindow.cpp" line="1091"/>
        <source>- No Layers -</source>
        <translation>- レイヤーがありません -</translation>
    </message>
</context>
<context>
    <name>TimeLineWindow</name>
    <message>
        <location filename="../timelinewindow.cpp" line="1521"/>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
</context>
<context>
    <name>ToolBoxDock</name>
    <message>
        <source>Toolbar</source>
        <translation type="vanished">ツールバー</translation>
    </message>
</context>
<context>
    <name>ToolOptionPanel</name>
    <message>
        <location filename="../tooloptionpanel.cpp" line="95"/>
        <source>Tool Options</source>
        <translation>ツールオプション</translation>
    </message>
</context>
<context>
    <name>TransformDialog</name>
    <message>
        <location filename="../transformdialog.cpp" line="25"/>
        <source>Scale around center</source>
        <translation>中心点を基準に拡大縮小</translation>
    </message>
    <message>
        <location filename="../transformdialog.cpp" line="26"/>
        <source>Rotate around center</source>
        <translation>中心点を基準に回転</translation>
    </message>
    <message>
        <location filename="../transformdialog.cpp" line="28"/>
        <source>Shape-independent transforms</source>
        <translation>シェイプごとに個別に変形</translation>
    </message>
    <message>
        <location filename="../transformdialog.cpp" line="31"/>
        <source>Translate only</source>
        <translation>移動のみ</translation>
    </message>
    <message>
        <source>Frame-independent transforms</source>
        <translation type="vanished">フレームごとに個別に変形</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="obsolete">閉じる</translation>
    </message>
</context>
<context>
    <name>TransformTool</name>
    <message>
        <location filename="../transformtool.cpp" line="54"/>
        <source>Current layer is locked or not exist.</source>
        <translation>レイヤーが選択されていないか、ロックされています。</translation>
    </message>
    <message>
        <location filename="../transformtool.cpp" line="59"/>
        <source>[Click] to select shape. [Drag handles] to transform selected shape. [Ctrl+Arrow keys] to translate slightly.</source>
        <translation>【クリック】 シェイプを選択。 【ハンドルをドラッグ】 選択シェイプを変形。 【Ctrl+矢印キー】 少しずつ移動。</translation>
    </message>
    <message>
        <location filename="../transformtool.cpp" line="79"/>
        <source>[Drag] to translate. [+Shift] to move either horizontal or vertical.</source>
        <translation>【ドラッグ】 移動。 【+Shift】 水平または垂直方向に移動。</translation>
    </message>
    <message>
        <location filename="../transformtool.cpp" line="88"/>
        <source>[Drag] to translate. [+Shift] to move either horizontal or vertical. [Ctrl+Shift+Drag] to rotate every 45 degrees.</source>
        <translation>【ドラッグ】 移動。 【+Shift】 水平または垂直方向に移動。 【Ctrl+Shift+ドラッグ】 45度ずつ回転。</translation>
    </message>
    <message>
        <location filename="../transformtool.cpp" line="96"/>
        <source>[Drag] to scale. [+Shift] with fixing aspect ratio. [Ctrl+Drag] to rotate. [+Shift] every 45 degrees. [Alt+Drag] to reshape trapezoidally. [+Shift] with symmetrically.</source>
        <translation>【ドラッグ】 拡大縮小。 【+Shift】 縦横比を固定。 【Ctrl+ドラッグ】 回転。 【+Shift】 45度ずつ回転。 【Alt+ドラッグ】 台形に変形。 【+Shift】 対称に変形。</translation>
    </message>
    <message>
        <location filename="../transformtool.cpp" line="105"/>
        <source>[Drag] to scale. [Ctrl+Drag] to rotate. [+Shift] every 45 degrees. [Alt+Drag] to shear. [+Shift] with a parallel manner.</source>
        <translation>【ドラッグ】 拡大縮小。 【Ctrl+ドラッグ】 回転。 【+Shift】 45度ずつ回転。 【Alt+ドラッグ】 シアー変形。 【+Shift】 平行にシアー変形。</translation>
    </message>
    <message>
        <location filename="../transformtool.cpp" line="113"/>
        <source>[Drag] to scale. [Ctrl+Shift+Drag] to rotate every 45 degrees.</source>
        <translation>【ドラッグ】 拡大縮小。 【Ctrl+Shift+ドラッグ】 45度ずつ回転。</translation>
    </message>
</context>
</TS>
