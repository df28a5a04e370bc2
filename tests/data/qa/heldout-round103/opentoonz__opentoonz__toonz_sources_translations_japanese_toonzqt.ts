<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en_US">
<context>
    <name>AddFxContextMenu</name>
    <message>
        <source>Insert FX</source>
        <translation>エフェクトを挿入</translation>
    </message>
    <message>
        <source>Add FX</source>
        <translation>エフェクトを追加</translation>
    </message>
    <message>
        <source>Replace FX</source>
        <translation>エフェクトを置き換え</translation>
    </message>
    <message>
        <source>Insert </source>
        <translation>挿入</translation>
    </message>
    <message>
        <source>Add </source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Replace </source>
        <translation>置き換え</translation>
    </message>
</context>
<context>
    <name>AddWordButton</name>
    <message>
        <source>Character</source>
        <translation>キャラクター</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>部位</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>接尾辞</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新規作成</translation>
    </message>
    <message>
        <source>Add New Word for %1</source>
        <translation>%1 に新しい単語を追加する</translation>
    </message>
</context>
<context>
    <name>AdjustPaletteDialog</name>
    <message>
        <source>Adjust Current Level to This Palette</source>
        <translation>現在のレベルをこのパレットに合わせる</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>許容量</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>CameraPainter</name>
    <message>
        <source>&amp;Reset Center</source>
        <translation>基準点をリセット (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>有効にする (&amp;A)</translation>
    </message>
</context>
<context>
    <name>CameraSettingsWidget</name>
    <message>
        <source>Width:</source>
        <translation type="vanished">幅：</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation type="vanished">高さ：</translation>
    </message>
    <message>
        <source>XPx:</source>
        <translation type="vanished">XPx:</translation>
    </message>
    <message>
        <source>XDpi:</source>
        <translation type="vanished">XDpi:</translation>
    </message>
    <message>
        <source>YDpi:</source>
        <translation type="vanished">YDpi:</translation>
    </message>
    <message>
        <source>Use Current Level Settings</source>
        <translation>現在のレベル設定を用いる</translation>
    </message>
    <message>
        <source>Bad camera preset</source>
        <translation>不正なカメラプリセット</translation>
    </message>
    <message>
        <source>&apos;%1&apos; doesn&apos;t seem a well formed camera preset. 
Possibly the preset file has been corrupted</source>
        <translation>&apos;%1&apos; は正しく整形されたカメラプリセットではありません。
プリセットファイルが破損しているおそれがあります</translation>
    </message>
    <message>
        <source>Preset name</source>
        <translation>プリセット名</translation>
    </message>
    <message>
        <source>Enter the name for %1</source>
        <translation>%1の名前を入力して下さい</translation>
    </message>
    <message>
        <source>YPx:</source>
        <translation type="vanished">YPx：</translation>
    </message>
    <message>
        <source>AR:</source>
        <translation type="vanished">AR：</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Force Squared Pixel</source>
        <translation>正方ピクセルを保持</translation>
    </message>
    <message>
        <source>Error : Preset Name is Invalid</source>
        <translation>エラー ： プリセット名は無効です</translation>
    </message>
    <message>
        <source>The preset name must not use &apos;,&apos;(comma).</source>
        <translation>プリセット名に &quot;,&quot; (カンマ)を使用できません。</translation>
    </message>
    <message>
        <source>DPI</source>
        <translation>DPI</translation>
    </message>
    <message>
        <source>Pixels</source>
        <translation>ピクセルサイズ</translation>
    </message>
    <message>
        <source>x</source>
        <translation></translation>
    </message>
    <message>
        <source>A/R</source>
        <translation>縦横比</translation>
    </message>
    <message>
        <source>&lt;custom&gt;</source>
        <translation>&lt;カスタム&gt;</translation>
    </message>
    <message>
        <source>cm</source>
        <translation>cm</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <source>inch</source>
        <translation>inch</translation>
    </message>
    <message>
        <source>field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>pixel</source>
        <translation>ピクセル</translation>
    </message>
    <message>
        <source>Deleting &quot;%1&quot;.
Are you sure?</source>
        <translation>&quot;%1&quot;を削除します。
よろしいですか？</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>ChannelHisto</name>
    <message>
        <source>Red</source>
        <translation>赤</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>緑</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>青</translation>
    </message>
    <message>
        <source>Alpha</source>
        <translation>アルファ</translation>
    </message>
    <message>
        <source>RGBA</source>
        <translation type="vanished">RGBA</translation>
    </message>
    <message>
        <source>RGB</source>
        <translation>RGB</translation>
    </message>
</context>
<context>
    <name>CleanupCameraSettingsWidget</name>
    <message>
        <source>Closest:</source>
        <translation type="vanished">フィールドの最大拡大値：</translation>
    </message>
    <message>
        <source>X:</source>
        <translation type="vanished">X：</translation>
    </message>
    <message>
        <source>Y:</source>
        <translation type="vanished">Y：</translation>
    </message>
    <message>
        <source>DPI:</source>
        <translation type="vanished">DPI：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="vanished">名前：</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation type="vanished">パス：</translation>
    </message>
    <message>
        <source>Field settings</source>
        <translation type="vanished">フィールド設定</translation>
    </message>
    <message>
        <source>XPx:</source>
        <translation type="vanished">XPx：</translation>
    </message>
    <message>
        <source>YPx:</source>
        <translation type="vanished">YPx：</translation>
    </message>
    <message>
        <source>Resulting Level Info</source>
        <translation type="vanished">完成レベルの情報</translation>
    </message>
    <message>
        <source>Y</source>
        <translation>Y</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
</context>
<context>
    <name>ColumnPainter</name>
    <message>
        <source>&amp;Reset Center</source>
        <translation>基準点をリセット (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Open Subxsheet</source>
        <translation type="vanished">サブシートを開く (&amp;O)</translation>
    </message>
</context>
<context>
    <name>ComboHistoRGBLabel</name>
    <message>
        <source>R:%1 G:%2 B:%3</source>
        <translation></translation>
    </message>
    <message>
        <source> A:%1</source>
        <translation></translation>
    </message>
    <message>
        <source>A:%1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ComboHistogram</name>
    <message>
        <source>Picked Color</source>
        <translation>スポイトで拾った色</translation>
    </message>
    <message>
        <source>Average Color (Ctrl + Drag)</source>
        <translation>平均の色 [Ctrl+ドラッグ]で範囲を指定</translation>
    </message>
    <message>
        <source>X:</source>
        <translation>X:</translation>
    </message>
    <message>
        <source>Y:</source>
        <translation>Y：</translation>
    </message>
    <message>
        <source>8bit (0-255)</source>
        <translation>8bit (0-255)</translation>
    </message>
    <message>
        <source>16bit (0-65535)</source>
        <translation>16bit (0-65535)</translation>
    </message>
    <message>
        <source>0.0-1.0</source>
        <translation>0.0-1.0</translation>
    </message>
</context>
<context>
    <name>DVGui</name>
    <message>
        <source>OK</source>
        <translation type="vanished">OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="vanished">キャンセル</translation>
    </message>
</context>
<context>
    <name>DVGui::CleanupColorField</name>
    <message>
        <source>Brightness:</source>
        <translation>明るさ：</translation>
    </message>
    <message>
        <source>Contrast:</source>
        <translation>コントラスト：</translation>
    </message>
    <message>
        <source>Color Threshold</source>
        <translation type="vanished">色のしきい値：</translation>
    </message>
    <message>
        <source>White Threshold</source>
        <translation type="vanished">白のしきい値：</translation>
    </message>
    <message>
        <source>H Range</source>
        <translation>色相の範囲</translation>
    </message>
    <message>
        <source>Line Width</source>
        <translation>線の太さ</translation>
    </message>
    <message>
        <source>Color Thres</source>
        <translation>色のしきい値</translation>
    </message>
    <message>
        <source>White Thres</source>
        <translation>明るさのしきい値</translation>
    </message>
</context>
<context>
    <name>DVGui::ColorField</name>
    <message>
        <source>R:</source>
        <translation></translation>
    </message>
    <message>
        <source>G:</source>
        <translation></translation>
    </message>
    <message>
        <source>B:</source>
        <translation></translation>
    </message>
    <message>
        <source>A:</source>
        <translation></translation>
    </message>
    <message>
        <source>Paste Color</source>
        <translation>色を貼り付け</translation>
    </message>
    <message>
        <source>Paste Color of %1</source>
        <translation>%1 の色を貼り付け</translation>
    </message>
    <message>
        <source>Copy Color</source>
        <translation>色をコピー</translation>
    </message>
</context>
<context>
    <name>DVGui::DvTextEdit</name>
    <message>
        <source>Bold</source>
        <translation>太字</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>斜体</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>下線</translation>
    </message>
    <message>
        <source>Align Left</source>
        <translation>左揃え</translation>
    </message>
    <message>
        <source>Align Center</source>
        <translation>中央揃え</translation>
    </message>
    <message>
        <source>Align Right</source>
        <translation>右揃え</translation>
    </message>
</context>
<context>
    <name>DVGui::FileField</name>
    <message>
        <source>...</source>
        <translation>...</translation>
    </message>
</context>
<context>
    <name>DVGui::HexColorNamesEditor</name>
    <message>
        <source>Hex Color Names Editor</source>
        <translation>16進数カラー名エディタ</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Unselect</source>
        <translation>選択解除</translation>
    </message>
    <message>
        <source>Add Color</source>
        <translation>色の追加</translation>
    </message>
    <message>
        <source>Delete Color</source>
        <translation>色の削除</translation>
    </message>
    <message>
        <source>User Defined Colors</source>
        <translation>ユーザー定義色</translation>
    </message>
    <message>
        <source>Default Main Colors</source>
        <translation>既定の色</translation>
    </message>
    <message>
        <source>Enable Auto-Complete</source>
        <translation>カラー名の自動補完</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>読み込み</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>書き出し</translation>
    </message>
    <message>
        <source>Open Color Names</source>
        <translation>カラー名ファイルを読み込み</translation>
    </message>
    <message>
        <source>Text or XML (*.txt *.xml);;Text files (*.txt);;XML files (*.xml)</source>
        <translation>テキストまたはXML (*.txt *.xml);;テキストファイル (*.txt);;XMLファイル (*.xml)</translation>
    </message>
    <message>
        <source>Hex Color Names Import</source>
        <translation>カラー名を読み込み</translation>
    </message>
    <message>
        <source>Do you want to merge with existing entries?</source>
        <translation>既存の一覧にマージしますか？</translation>
    </message>
    <message>
        <source>Error importing color names XML</source>
        <translation type="vanished">カラー名XMLファイルの読み込みエラー</translation>
    </message>
    <message>
        <source>Save Color Names</source>
        <translation>カラー名を保存</translation>
    </message>
    <message>
        <source>XML files (*.xml);;Text files (*.txt)</source>
        <translation>XMファイル (*.xml);;テキストファイル (*.txt)</translation>
    </message>
    <message>
        <source>Error exporting color names XML</source>
        <translation>カラー名XMLファイルの書き出しエラー</translation>
    </message>
    <message>
        <source>Color name is not valid.
The following characters cannot be used: \ # &lt; &gt; &quot; &apos;</source>
        <translation>無効な色名です。
色名には次の記号を含むことができません： \ # &lt; &gt; &quot; &apos;</translation>
    </message>
    <message>
        <source>Color name already exists.
Please use another name.</source>
        <translation>既に存在する色名です。
別の名前を使用してください。</translation>
    </message>
    <message>
        <source>Invalid hex color format.</source>
        <translation>無効な16進数カラー名です。</translation>
    </message>
    <message>
        <source>Error importing color names XML:
File not found or invalid format</source>
        <translation>色名リストのXMLの読み込みに失敗しました：
ファイルが存在しないか、無効な形式です</translation>
    </message>
    <message>
        <source>Error importing color names XML:
The file may be corrupt or have invalid format.</source>
        <translation>色名リストのXMLの読み込みに失敗しました：
ファイルが壊れているか、無効な形式です</translation>
    </message>
    <message>
        <source>An unexpected error occurred while importing colors.</source>
        <translation>色名リストの読み込み中に不明なエラーが発生しました。</translation>
    </message>
    <message>
        <source>Failed to save user color names file.</source>
        <translation>ユーザー色名リストファイルの保存に失敗しました。</translation>
    </message>
</context>
<context>
    <name>DVGui::LineEdit</name>
    <message>
        <source>A file name cannot contains any of the following chracters: /\:*?&quot;&lt;&gt;|.</source>
        <translation type="vanished">ファイル名は次の記号を含むことができません： /\:*?&quot;&lt;&gt;|</translation>
    </message>
    <message>
        <source>A file name cannot contains any of the following characters: /\:*?&quot;&lt;&gt;|.</source>
        <translation>ファイル名は次の記号を含むことができません： /\:*?&quot;&lt;&gt;|</translation>
    </message>
</context>
<context>
    <name>DVGui::ProgressDialog</name>
    <message>
        <source>Toonz</source>
        <translation type="vanished">OpenToonz</translation>
    </message>
    <message>
        <source>OpenToonz</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>DVGui::RadioButtonDialog</name>
    <message>
        <source>Toonz</source>
        <translation type="vanished">OpenToonz</translation>
    </message>
    <message>
        <source>OpenToonz</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>DVGui::StyleIndexLineEdit</name>
    <message>
        <source>current</source>
        <translation>選択色</translation>
    </message>
</context>
<context>
    <name>DVGui::ToneCurveField</name>
    <message>
        <source>Channel:</source>
        <translation>チャンネル：</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>範囲：</translation>
    </message>
    <message>
        <source>Output:</source>
        <translation>出力:</translation>
    </message>
    <message>
        <source>Input:</source>
        <translation>入力:</translation>
    </message>
</context>
<context>
    <name>DVGui::ValidatedChoiceDialog</name>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>Apply to All</source>
        <translation>全てに適用</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>DvTextEdit</name>
    <message>
        <source>Bold</source>
        <translation type="vanished">太字</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation type="vanished">斜体</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation type="vanished">下線</translation>
    </message>
    <message>
        <source>Align Left</source>
        <translation type="vanished">左揃</translation>
    </message>
    <message>
        <source>Align Center</source>
        <translation type="vanished">中央揃</translation>
    </message>
    <message>
        <source>Align Right</source>
        <translation type="vanished">右揃</translation>
    </message>
</context>
<context>
    <name>EaseInOutSegmentPage</name>
    <message>
        <source>Ease In:</source>
        <translation>スローイン：</translation>
    </message>
    <message>
        <source>Ease Out:</source>
        <translation>スローアウト：</translation>
    </message>
</context>
<context>
    <name>EasyInputArea</name>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>%1 is already registered</source>
        <translation>%1 は既に登録されています</translation>
    </message>
</context>
<context>
    <name>FileField</name>
    <message>
        <source>...</source>
        <translation type="vanished">...</translation>
    </message>
</context>
<context>
    <name>FileSegmentPage</name>
    <message>
        <source>File Path:</source>
        <translation>ファイルパス：</translation>
    </message>
    <message>
        <source>Column:</source>
        <translation>列：</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>単位：</translation>
    </message>
</context>
<context>
    <name>FlipConsole</name>
    <message>
        <source> FPS </source>
        <translation>FPS</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>スナップショット</translation>
    </message>
    <message>
        <source>Define Sub-camera</source>
        <translation>サブカメラの範囲を指定</translation>
    </message>
    <message>
        <source>Background Colors</source>
        <translation>プレビュー画像の背景</translation>
    </message>
    <message>
        <source>Framerate</source>
        <translation>フレームレート</translation>
    </message>
    <message>
        <source>Playback Controls</source>
        <translation>再生コントロール</translation>
    </message>
    <message>
        <source>Color Channels</source>
        <translation>カラーチャンネル</translation>
    </message>
    <message>
        <source>Set Key</source>
        <translation>キーを設定</translation>
    </message>
    <message>
        <source>Histogram</source>
        <translation>ヒストグラム</translation>
    </message>
    <message>
        <source>&amp;Save Images</source>
        <translation>プレビュー画像を保存 (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Snapshot</source>
        <translation>スナップショット (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Compare to Snapshot</source>
        <translation>スナップショットと比較 (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Define Sub-camera</source>
        <translation>サブカメラの範囲を指定 (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;White Background</source>
        <translation>白背景 (&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Black Background</source>
        <translation>黒背景 (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Checkered Background</source>
        <translation>チェック柄背景 (&amp;C)</translation>
    </message>
    <message>
        <source>Set the playback frame rate</source>
        <translation>再生時のフレームレート設定</translation>
    </message>
    <message>
        <source>&amp;First Frame</source>
        <translation>最初のフレーム (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Previous Frame</source>
        <translation>前のフレーム (&amp;P)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>再生</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>ループ再生</translation>
    </message>
    <message>
        <source>&amp;Next frame</source>
        <translation type="vanished">次のフレーム (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Last Frame</source>
        <translation>最後のフレーム (&amp;L)</translation>
    </message>
    <message>
        <source>Red Channel</source>
        <translation>赤チャンネル</translation>
    </message>
    <message>
        <source>Red Channel in Grayscale</source>
        <translation>赤チャンネル(グレースケール)</translation>
    </message>
    <message>
        <source>Green Channel</source>
        <translation>緑チャンネル</translation>
    </message>
    <message>
        <source>Green Channel in Grayscale</source>
        <translation>緑チャンネル(グレースケール)</translation>
    </message>
    <message>
        <source>Blue Channel</source>
        <translation>青チャンネル</translation>
    </message>
    <message>
        <source>Blue Channel in Grayscale</source>
        <translation>青チャンネル(グレースケール)</translation>
    </message>
    <message>
        <source>Alpha Channel</source>
        <translation>アルファチャンネル</translation>
    </message>
    <message>
        <source>&amp;Soundtrack </source>
        <translation>サウンドトラック (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Histogram</source>
        <translation>ヒストグラム (&amp;H)</translation>
    </message>
    <message>
        <source> FPS	</source>
        <translation>FPS→</translation>
    </message>
    <message>
        <source> Frame  </source>
        <translation type="vanished">フレーム</translation>
    </message>
    <message>
        <source>Set the current frame</source>
        <translation>現在のフレームを設定</translation>
    </message>
    <message>
        <source>Drag to play the animation</source>
        <translation>[ドラッグ]アニメーションを再生する</translation>
    </message>
    <message>
        <source>Define Loading Box</source>
        <translation>読み込みボックスを指定</translation>
    </message>
    <message>
        <source>Use Loading Box</source>
        <translation>読み込みボックスを使用</translation>
    </message>
    <message>
        <source>&amp;Define Loading Box</source>
        <translation>読み込みボックスを指定 (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Use Loading Box</source>
        <translation>読み込みボックスを使用 (&amp;U)</translation>
    </message>
    <message>
        <source>Display Areas as Filled</source>
        <translation>領域を塗りつぶししたとして表示</translation>
    </message>
    <message>
        <source>&amp;Display Areas as Filled</source>
        <translation>領域を塗りつぶししたとして表示 (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Locator</source>
        <translation>ロケーター (&amp;L)</translation>
    </message>
    <message>
        <source>Viewer Controls</source>
        <translation>表示コントロール</translation>
    </message>
    <message>
        <source>&amp;Zoom In</source>
        <translation>ズームイン (&amp;Z)</translation>
    </message>
    <message>
        <source>&amp;Zoom Out</source>
        <translation>ズームアウト (&amp;Z)</translation>
    </message>
    <message>
        <source>&amp;Flip Horizontally</source>
        <translation>水平方向に反転 (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Flip Vertically</source>
        <translation>垂直方向に反転 (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Reset View</source>
        <translation>表示をリセット (&amp;R)</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>サウンド</translation>
    </message>
    <message>
        <source>Locator</source>
        <translation>ロケーター</translation>
    </message>
    <message>
        <source>&amp;Next Frame</source>
        <translation>次のフレーム (&amp;N)</translation>
    </message>
    <message>
        <source>Gain Controls</source>
        <translation>ゲイン</translation>
    </message>
    <message>
        <source>&amp;Reduce gain 1/2 stop (divide by sqrt(2))</source>
        <translation>Fストップ値を1/2減らす（sqrt(2)で除算） (&amp;R)</translation>
    </message>
    <message>
        <source>Toggle gain between 1 and the previous setting.
Gain is shown as an f-stop and the &quot;neutral&quot; or 1.0 gain f-stop is f/8.</source>
        <translation>ゲインの値を1.0と直前の値とで切り替えます。
ゲインはFストップで表示され、「標準」あるいはゲイン1.0のFストップはf/8です。</translation>
    </message>
    <message>
        <source>&amp;Increase gain 1/2 stop (multiply by sqrt(2))</source>
        <translation>Fストップ値を1/2増やす（sqrt(2)で乗算） (&amp;I)</translation>
    </message>
    <message>
        <source> (gain %1)</source>
        <translation> (ゲイン %1)</translation>
    </message>
    <message>
        <source>&amp;Rotate Left</source>
        <translation>左に回転（&amp;R）</translation>
    </message>
    <message>
        <source>&amp;Rotate Right</source>
        <translation>右に回転（&amp;R）</translation>
    </message>
</context>
<context>
    <name>FontParamField</name>
    <message>
        <source>Style:</source>
        <translation>スタイル：</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>サイズ：</translation>
    </message>
</context>
<context>
    <name>FrameNavigator</name>
    <message>
        <source>Previous Frame</source>
        <translation>前のフレーム</translation>
    </message>
    <message>
        <source>Next Frame</source>
        <translation>次のフレーム</translation>
    </message>
</context>
<context>
    <name>FunctionExpressionSegmentPage</name>
    <message>
        <source>Expression:</source>
        <translation>エクスプレッション：</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>単位：</translation>
    </message>
    <message>
        <source>There is a circular reference in the definition of the interpolation.</source>
        <translation>補間の定義の中に循環参照があります。</translation>
    </message>
</context>
<context>
    <name>FunctionPanel</name>
    <message>
        <source>Link Handles</source>
        <translation>ハンドルを連結</translation>
    </message>
    <message>
        <source>Unlink Handles</source>
        <translation>ハンドルを分離</translation>
    </message>
    <message>
        <source>Reset Handles</source>
        <translation>ハンドルをリセット</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Set Key</source>
        <translation>キーを設定</translation>
    </message>
    <message>
        <source>Activate Cycle</source>
        <translation>サイクルを有効化</translation>
    </message>
    <message>
        <source>Deactivate Cycle</source>
        <translation>サイクルを無効化</translation>
    </message>
    <message>
        <source>Linear Interpolation</source>
        <translation>リニア補間</translation>
    </message>
    <message>
        <source>Speed In / Speed Out Interpolation</source>
        <translation>スピードイン/スピードアウト補間</translation>
    </message>
    <message>
        <source>Ease In / Ease Out Interpolation</source>
        <translation>スローイン/スローアウト補間</translation>
    </message>
    <message>
        <source>Ease In / Ease Out (%) Interpolation</source>
        <translation>スローイン/スローアウト(%)補間</translation>
    </message>
    <message>
        <source>Exponential Interpolation</source>
        <translation>指数関数補間</translation>
    </message>
    <message>
        <source>Expression Interpolation</source>
        <translation>エクスプレッション補間</translation>
    </message>
    <message>
        <source>File Interpolation</source>
        <translation>ファイルを用いて補間</translation>
    </message>
    <message>
        <source>Constant Interpolation</source>
        <translation>定数補間</translation>
    </message>
    <message>
        <source>Fit Selection</source>
        <translation>選択範囲をウィンドウに合わせてズーム</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>ウィンドウに合わせてズーム</translation>
    </message>
    <message>
        <source>Similar Shape Interpolation</source>
        <translation>相似形補間</translation>
    </message>
    <message>
        <source>Step 1</source>
        <translation>ステップ1</translation>
    </message>
    <message>
        <source>Step 2</source>
        <translation>ステップ2</translation>
    </message>
    <message>
        <source>Step 3</source>
        <translation>ステップ3</translation>
    </message>
    <message>
        <source>Step 4</source>
        <translation>ステップ4</translation>
    </message>
    <message>
        <source>Function Curves</source>
        <translation>グラフエディタ</translation>
    </message>
    <message>
        <source>Smooth</source>
        <translation>滑らかに表示</translation>
    </message>
    <message>
        <source>Frame Based</source>
        <translation>フレーム毎の値を繋いで表示</translation>
    </message>
    <message>
        <source>Curve Shape</source>
        <translation>グラフ形状</translation>
    </message>
</context>
<context>
    <name>FunctionSegmentViewer</name>
    <message>
        <source>Linear</source>
        <translation>線形</translation>
    </message>
    <message>
        <source>Speed In / Speed Out</source>
        <translation>スピードイン/スピードアウト</translation>
    </message>
    <message>
        <source>Ease In / Ease Out</source>
        <translation>スローイン/スローアウト</translation>
    </message>
    <message>
        <source>Ease In / Ease Out %</source>
        <translation>スローイン/スローアウト (%)</translation>
    </message>
    <message>
        <source>Exponential</source>
        <translation>指数関数</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>エクスプレッション</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>定数</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation type="vanished">範囲：</translation>
    </message>
    <message>
        <source>Interpolation:</source>
        <translation>補間：</translation>
    </message>
    <message>
        <source>Step:</source>
        <translation type="vanished">ステップ：</translation>
    </message>
    <message>
        <source>Similar Shape</source>
        <translation>相似形</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>&lt; </source>
        <translation>&lt; </translation>
    </message>
    <message>
        <source> &gt;</source>
        <translation> &gt;</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>スピード</translation>
    </message>
    <message>
        <source>Ease</source>
        <translation>スロー</translation>
    </message>
    <message>
        <source>Ease%</source>
        <translation>スロー％</translation>
    </message>
    <message>
        <source>Expo</source>
        <translation>指数</translation>
    </message>
    <message>
        <source>Expr</source>
        <translation>Expr</translation>
    </message>
    <message>
        <source>Const</source>
        <translation>定数</translation>
    </message>
    <message>
        <source>Similar</source>
        <translation>相似</translation>
    </message>
    <message>
        <source>????</source>
        <translation>????</translation>
    </message>
    <message>
        <source>From</source>
        <translation></translation>
    </message>
    <message>
        <source>To</source>
        <translation></translation>
    </message>
    <message>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>Link/Unlink Handles</source>
        <translation>ハンドルを連結/分離</translation>
    </message>
</context>
<context>
    <name>FunctionSelection</name>
    <message>
        <source>There is a circular reference in the definition of the interpolation.</source>
        <translation>補間の定義に循環参照があります。</translation>
    </message>
</context>
<context>
    <name>FunctionSheet</name>
    <message>
        <source>Function Editor</source>
        <translation>パラメータエディタ</translation>
    </message>
</context>
<context>
    <name>FunctionSheetButtonArea</name>
    <message>
        <source>Toggle synchronizing zoom with xsheet</source>
        <translation>タイムシートとのズーム同期の切り替え</translation>
    </message>
</context>
<context>
    <name>FunctionSheetCellViewer</name>
    <message>
        <source>Delete Key</source>
        <translation>キーを削除</translation>
    </message>
    <message>
        <source>Set Key</source>
        <translation>キーを設定</translation>
    </message>
    <message>
        <source>Linear Interpolation</source>
        <translation>リニア補間</translation>
    </message>
    <message>
        <source>Speed In / Speed Out Interpolation</source>
        <translation>スピードイン/スピードアウト補間</translation>
    </message>
    <message>
        <source>Ease In / Ease Out Interpolation</source>
        <translation>スローイン/スローアウト補間</translation>
    </message>
    <message>
        <source>Ease In / Ease Out (%) Interpolation</source>
        <translation>スローイン/スローアウト（%）補間</translation>
    </message>
    <message>
        <source>Expression Interpolation</source>
        <translation>エクスプレッション補間</translation>
    </message>
    <message>
        <source>File Interpolation</source>
        <translation>ファイルを用いて補間</translation>
    </message>
    <message>
        <source>Constant Interpolation</source>
        <translation>定数補間</translation>
    </message>
    <message>
        <source>Exponential Interpolation</source>
        <translation>指数関数補間</translation>
    </message>
    <message>
        <source>Step 1</source>
        <translation type="vanished">ステップ1</translation>
    </message>
    <message>
        <source>Step 2</source>
        <translation type="vanished">ステップ2</translation>
    </message>
    <message>
        <source>Step 3</source>
        <translation type="vanished">ステップ3</translation>
    </message>
    <message>
        <source>Step 4</source>
        <translation type="vanished">ステップ4</translation>
    </message>
    <message>
        <source>Activate Cycle</source>
        <translation>サイクルを有効化</translation>
    </message>
    <message>
        <source>Deactivate Cycle</source>
        <translation>サイクルを無効化</translation>
    </message>
    <message>
        <source>Show Inbetween Values</source>
        <translation>キー以外の値を表示する</translation>
    </message>
    <message>
        <source>Hide Inbetween Values</source>
        <translation>キー以外の値を隠す</translation>
    </message>
    <message>
        <source>Change Interpolation</source>
        <translation>補間形式を変更</translation>
    </message>
    <message>
        <source>Change Step</source>
        <translation>ステップを変更</translation>
    </message>
    <message>
        <source>Similar Shape Interpolation</source>
        <translation>相似形補間</translation>
    </message>
</context>
<context>
    <name>FunctionSheetColumnHeadViewer</name>
    <message>
        <source>Some key(s) in this parameter loses original reference in expression.
Manually changing any keyframe will clear the warning.</source>
        <translation>このパラメータの中の１つまたは複数のキーフレームで、エクスプレッションによる参照が切れています。
手動でいずれかのキーフレームを変更するとこの警告は消えます。</translation>
    </message>
</context>
<context>
    <name>FunctionToolbar</name>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>&amp;Function Editor Toggle</source>
        <translation type="vanished">パラメータ表示切り替え (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Function Curve Editor</source>
        <translation>グラフエディタを開く (&amp;O)</translation>
    </message>
</context>
<context>
    <name>FunctionTreeModel</name>
    <message>
        <source>Stage</source>
        <translation>ステージ</translation>
    </message>
    <message>
        <source>FX</source>
        <translation>エフェクト</translation>
    </message>
    <message>
        <source>Plastic Skeleton</source>
        <translation>プラスチックのボーン</translation>
    </message>
    <message>
        <source>Some key(s) in this parameter loses original reference in expression.
Manually changing any keyframe will clear the warning.</source>
        <translation>このパラメータの中の１つまたは複数のキーフレームで、エクスプレッションによる参照が切れています。
手動でいずれかのキーフレームを変更するとこの警告は消えます。</translation>
    </message>
</context>
<context>
    <name>FunctionTreeView</name>
    <message>
        <source>Save Curve</source>
        <translation>パラメータを保存</translation>
    </message>
    <message>
        <source>Load Curve</source>
        <translation>パラメータを取り込み</translation>
    </message>
    <message>
        <source>Export Data</source>
        <translation>データを書き出し</translation>
    </message>
    <message>
        <source>Show Animated Only</source>
        <translation>変化するパラメータのみ表示</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>すべて表示</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>テーブル</translation>
    </message>
    <message>
        <source>Hide Selected</source>
        <translation>選択したパラメータを隠す</translation>
    </message>
</context>
<context>
    <name>FxColumnPainter</name>
    <message>
        <source>&amp;Disconnect from Xsheet</source>
        <translation>タイムシートノードから切り離す (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Connect to Xsheet</source>
        <translation>タイムシートノードに接続 (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste Add</source>
        <translation>貼り付けて追加 (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>プレビュー (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Open Subxsheet</source>
        <translation type="vanished">サブシートを開く (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Uncache Fx</source>
        <translation>キャッシュを解除 (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Cache FX</source>
        <translation>キャッシュ (&amp;C)</translation>
    </message>
</context>
<context>
    <name>FxOutputPainter</name>
    <message>
        <source>&amp;Delete</source>
        <translation>削除 (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>有効にする (&amp;A)</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Output</translation>
    </message>
    <message>
        <source>Out</source>
        <translation type="vanished">Out</translation>
    </message>
</context>
<context>
    <name>FxPainter</name>
    <message>
        <source>&amp;Open Group</source>
        <translation>グループを開く (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Paste Replace</source>
        <translation>貼り付けて置換 (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Paste Add</source>
        <translation>貼り付けて追加 (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除 (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Disconnect from Xsheet</source>
        <translation>タイムシートノードから切り離す (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Connect to Xsheet</source>
        <translation>タイムシートノードに接続 (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Create Linked FX</source>
        <translation>リンクされたエフェクトを作成 (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>リンクを解除 (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Make Macro FX</source>
        <translation>マクロエフェクトを作成 (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Explode Macro FX</source>
        <translation>マクロエフェクトを展開 (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Open Macro FX</source>
        <translation>マクロエフェクトを開く (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save As Preset...</source>
        <translation>プリセットとして保存 (&amp;S)...</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>プレビュー (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Uncache FX</source>
        <translation>キャッシュを解除 (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Cache FX</source>
        <translation>キャッシュ (&amp;C)</translation>
    </message>
</context>
<context>
    <name>FxPalettePainter</name>
    <message>
        <source>&amp;Disconnect from Xsheet</source>
        <translation>タイムシートノードから切り離す (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Connect to Xsheet</source>
        <translation>タイムシートノードに接続 (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>プレビュー (&amp;P)</translation>
    </message>
</context>
<context>
    <name>FxPassThroughPainter</name>
    <message>
        <source>&amp;Paste Add</source>
        <translation>貼り付けて追加 (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>プレビュー (&amp;P)</translation>
    </message>
</context>
<context>
    <name>FxSchematicLink</name>
    <message>
        <source>&amp;Delete</source>
        <translation>削除 (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Paste Insert</source>
        <translation>貼り付けて挿入 (&amp;P)</translation>
    </message>
</context>
<context>
    <name>FxSchematicOutputNode</name>
    <message>
        <source>Output</source>
        <translation>出力</translation>
    </message>
</context>
<context>
    <name>FxSchematicPassThroughNode</name>
    <message>
        <source> (Pass Through)</source>
        <translation> (Pass Through)</translation>
    </message>
</context>
<context>
    <name>FxSchematicPort</name>
    <message>
        <source>&amp;Disconnect from Xsheet</source>
        <translation>タイムシートノードから切り離す (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Connect to Xsheet</source>
        <translation>タイムシートノードに接続 (&amp;C)</translation>
    </message>
</context>
<context>
    <name>FxSchematicScene</name>
    <message>
        <source>Cannot Paste Insert a selection of unconnected FX nodes.
Select FX nodes and related links before copying or cutting the selection you want to paste.</source>
        <translation>接続されていない複数のエフェクトノードを「貼り付けて挿入」できません。
コピーまたは切り取りを行う前に、FXノードと関連するリンクを選択してください。</translation>
    </message>
    <message>
        <source>Cannot Paste Add a selection of unconnected FX nodes.
Select FX nodes and related links before copying or cutting the selection you want to paste.</source>
        <translation>接続されていない複数のエフェクトノードを「貼り付けて追加」できません。
コピーまたは切り取りを行う前に、FXノードと関連するリンクを選択してください。</translation>
    </message>
    <message>
        <source>Cannot Paste Replace a selection of unconnected FX nodes.
Select FX nodes and related links before copying or cutting the selection you want to paste.</source>
        <translation>接続されていない複数のエフェクトノードを「貼り付けて置換」できません。
コピーまたは切り取りを行う前に、FXノードと関連するリンクを選択してください。</translation>
    </message>
</context>
<context>
    <name>FxSchematicXSheetNode</name>
    <message>
        <source>XSheet</source>
        <translation>タイムシート</translation>
    </message>
</context>
<context>
    <name>FxSettings</name>
    <message>
        <source>&amp;Camera Preview</source>
        <translation>カメラプレビュー (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>プレビュー (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;White Background</source>
        <translation>白背景 (&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Black Background</source>
        <translation>黒背景 (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Checkered Background</source>
        <translation>チェック柄背景 (&amp;C)</translation>
    </message>
    <message>
        <source> : </source>
        <translation> : </translation>
    </message>
    <message>
        <source>Fx Settings</source>
        <translation>エフェクト設定</translation>
    </message>
</context>
<context>
    <name>FxXSheetPainter</name>
    <message>
        <source>&amp;Paste Add</source>
        <translation>貼り付けて追加 (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>プレビュー (&amp;P)</translation>
    </message>
    <message>
        <source>XSheet</source>
        <translation>XSheet</translation>
    </message>
    <message>
        <source>X</source>
        <translation type="vanished">X</translation>
    </message>
</context>
<context>
    <name>GroupPainter</name>
    <message>
        <source>&amp;Open Group</source>
        <translation>グループを開く (&amp;O)</translation>
    </message>
</context>
<context>
    <name>Histogram</name>
    <message>
        <source>Logarithmic Scale</source>
        <translation>対数スケール</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>明度</translation>
    </message>
    <message>
        <source>RGB</source>
        <translation>RGB</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>赤</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>緑</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>青</translation>
    </message>
    <message>
        <source>Alpha</source>
        <translation>アルファ</translation>
    </message>
</context>
<context>
    <name>InfoViewer</name>
    <message>
        <source>File Info</source>
        <translation>ファイル情報</translation>
    </message>
</context>
<context>
    <name>KeyframeNavigator</name>
    <message>
        <source>Previous Key</source>
        <translation>前のキー</translation>
    </message>
    <message>
        <source>Set Key</source>
        <translation>キーを設定</translation>
    </message>
    <message>
        <source>Next Key</source>
        <translation>次のキー</translation>
    </message>
</context>
<context>
    <name>LineEdit</name>
    <message>
        <source>A file name cannot contains any of the following chracters: /\:*?&quot;&lt;&gt;|.</source>
        <translation type="vanished">ファイル名は次の記号のどれかを含むことができません： --- \ / : ? &quot; | --- </translation>
    </message>
</context>
<context>
    <name>MyPaintBrushStyleChooserPage</name>
    <message>
        <source>Plain color</source>
        <translation type="vanished">単色</translation>
    </message>
</context>
<context>
    <name>NewWordDialog</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Enter new word</source>
        <translation>単語を入力してください</translation>
    </message>
</context>
<context>
    <name>PageViewer</name>
    <message>
        <source>Toggle Link to Studio Palette</source>
        <translation type="vanished">スタイルをスタジオパレットから読み込み/読み込みしない</translation>
    </message>
    <message>
        <source>Remove Reference to Studio Palette</source>
        <translation type="vanished">スタイルをスタジオパレットから読み込み機能を削除</translation>
    </message>
    <message>
        <source>New Style</source>
        <translation type="vanished">新規スタイル</translation>
    </message>
    <message>
        <source>New Page</source>
        <translation type="vanished">新規ページ</translation>
    </message>
</context>
<context>
    <name>PaletteViewer</name>
    <message>
        <source>&amp;Save Palette As</source>
        <translation>パレットを別名で保存 (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Save Palette</source>
        <translation>パレットを保存 (&amp;S)</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>&amp;Small Thumbnails View</source>
        <translation>小サムネイル (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Large Thumbnails View</source>
        <translation>大サムネイル (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;List View</source>
        <translation>リスト表示 (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;New Page</source>
        <translation>新規ページ (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;New Style</source>
        <translation>新規スタイル (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Move Palette</source>
        <translation>パレットを移動 (&amp;M)</translation>
    </message>
    <message>
        <source>Color Model: </source>
        <translation type="vanished">カラーモデル：</translation>
    </message>
    <message>
        <source>&amp;Palette Gizmo</source>
        <translation>スタイルをまとめて色調整 (&amp;P)</translation>
    </message>
    <message>
        <source>New Page</source>
        <translation>新規ページ</translation>
    </message>
    <message>
        <source>Delete Page</source>
        <translation>ページを削除</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>パレット</translation>
    </message>
    <message>
        <source>Level Palette: </source>
        <translation>レベルのパレット：</translation>
    </message>
    <message>
        <source>Cleanup Palette</source>
        <translation>トレースパレット</translation>
    </message>
    <message>
        <source>Studio Palette</source>
        <translation>スタジオパレット</translation>
    </message>
    <message>
        <source>&amp;Small Thumbnails With Name View</source>
        <translation type="vanished">サムネイル［小］と名前を表示</translation>
    </message>
    <message>
        <source>Lock Palette</source>
        <translation>パレットをロック</translation>
    </message>
    <message>
        <source>&amp;Lock Palette</source>
        <translation>パレットをロック (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Medium Thumbnails View</source>
        <translation>中サムネイル (&amp;M)</translation>
    </message>
    <message>
        <source>Style Name</source>
        <translation>スタイル名</translation>
    </message>
    <message>
        <source>StudioPalette Name</source>
        <translation>リンク元のスタイル名</translation>
    </message>
    <message>
        <source>Both Names</source>
        <translation>両方の名前</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>上書きする</translation>
    </message>
    <message>
        <source>Don&apos;t Overwrite</source>
        <translation>上書きしない</translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="vanished">更新する</translation>
    </message>
    <message>
        <source>Don&apos;t Update</source>
        <translation type="vanished">更新しない</translation>
    </message>
    <message>
        <source>     (Color Model: </source>
        <translation>     (カラーモデル： </translation>
    </message>
    <message>
        <source>)</source>
        <translation>)</translation>
    </message>
    <message>
        <source>Hide New Style Button</source>
        <translation>スタイル追加ボタンを隠す</translation>
    </message>
    <message>
        <source>Show New Style Button</source>
        <translation>スタイル追加ボタンを表示する</translation>
    </message>
    <message>
        <source>Failed to save palette.</source>
        <translation>パレットの保存に失敗しました。</translation>
    </message>
    <message>
        <source>Set Toolbar Below Styles</source>
        <translation>ツールバーを下に配置</translation>
    </message>
    <message>
        <source>Set Toolbar Above Styles</source>
        <translation>ツールバーを上に配置</translation>
    </message>
    <message>
        <source>Auto Adjust Panel Width</source>
        <translation>パネル幅を自動で調整</translation>
    </message>
    <message>
        <source>Visible Toolbar Buttons</source>
        <translation>ツールバーボタンの表示</translation>
    </message>
    <message>
        <source>KeyFrame</source>
        <translation>キーフレーム</translation>
    </message>
    <message>
        <source>New Style/Page</source>
        <translation>新規スタイル／ページ</translation>
    </message>
    <message>
        <source>Palette Gizmo</source>
        <translation>スタイルをまとめて色調整</translation>
    </message>
    <message>
        <source>Name Editor</source>
        <translation>スタイル名エディタ</translation>
    </message>
</context>
<context>
    <name>PaletteViewerGUI::PageViewer</name>
    <message>
        <source>- No Styles -</source>
        <translation>- スタイルがありません -</translation>
    </message>
    <message>
        <source>Remove Links</source>
        <translation type="vanished">スタジオパレットとのリンクを消去</translation>
    </message>
    <message>
        <source>New Style</source>
        <translation>新規スタイル</translation>
    </message>
    <message>
        <source>New Page</source>
        <translation>新規ページ</translation>
    </message>
    <message>
        <source>Name Editor</source>
        <translation>スタイル名エディタ</translation>
    </message>
    <message>
        <source> + </source>
        <translation></translation>
    </message>
</context>
<context>
    <name>PalettesScanPopup</name>
    <message>
        <source>Search for Palettes</source>
        <translation>パレットを検索</translation>
    </message>
    <message>
        <source>Ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>&lt;files&gt;</source>
        <translation>&lt;ファイル&gt;</translation>
    </message>
    <message>
        <source>Failed to import palette.</source>
        <translation>パレットの読み込みに失敗しました。</translation>
    </message>
</context>
<context>
    <name>ParamViewer</name>
    <message>
        <source>Swatch Viewer</source>
        <translation>スウォッチビューア</translation>
    </message>
</context>
<context>
    <name>ParamsPageSet</name>
    <message>
        <source>Fx Help</source>
        <translation type="vanished">ヘルプ</translation>
    </message>
    <message>
        <source>View help page</source>
        <translation>ヘルプの表示</translation>
    </message>
    <message>
        <source>This Fx does not support rendering in floating point channel width (32bit).
The output pixel values from this fx will be clamped to 0.0 - 1.0
and tone may be slightly discretized.</source>
        <translation>このエフェクトは浮動小数（32bit）のチャンネル幅でのレンダリングをサポートしていません。
このエフェクトから出力されるピクセル値は0.0-1.0にクランプされ、諧調がわずかに離散化されます。</translation>
    </message>
</context>
<context>
    <name>PegbarPainter</name>
    <message>
        <source>&amp;Reset Center</source>
        <translation>基準点をリセット (&amp;R)</translation>
    </message>
</context>
<context>
    <name>PlaneViewer</name>
    <message>
        <source>Reset View</source>
        <translation>表示をリセット</translation>
    </message>
    <message>
        <source>Fit To Window</source>
        <translation>ウィンドウに全体を表示</translation>
    </message>
</context>
<context>
    <name>PointParamField</name>
    <message>
        <source>Y:</source>
        <translation>Y：</translation>
    </message>
    <message>
        <source>X:</source>
        <translation>X:</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Toonz</source>
        <translation type="vanished">TOONZ</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Information</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>クリティカル警告</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>質問</translation>
    </message>
    <message>
        <source>Styles you are going to delete are used to paint lines and areas in the animation level.
</source>
        <translation>削除しようとしているスタイルは、アニメーション・レベル内の線と塗りに使用されています。
</translation>
    </message>
    <message>
        <source>How do you want to proceed?</source>
        <translation>どのように処理しますか？</translation>
    </message>
    <message>
        <source>Delete Styles Only</source>
        <translation>スタイルのみ削除</translation>
    </message>
    <message>
        <source>Delete Styles, Lines and Areas</source>
        <translation>スタイルと、線および塗りを削除</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cannot premultiply the selected file.</source>
        <translation>選択したファイルをチャンネル合成（プリマルチプライ）することができません。</translation>
    </message>
    <message>
        <source>Cannot premultiply a vector-based level.</source>
        <translation>ベクター形式のレベルはチャンネル合成（プリマルチプライ）できません。</translation>
    </message>
    <message>
        <source>Level %1 premultiplied.</source>
        <translation>%1 レベルはチャンネル合成されました。</translation>
    </message>
    <message>
        <source>Frame %1 : conversion failed!</source>
        <translation>フレーム %1 ：変換は失敗しました!</translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="vanished">保存</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="vanished">変更を破棄</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="vanished">はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="vanished">いいえ</translation>
    </message>
    <message>
        <source>Stage Schematic</source>
        <translation>ステージ・スキマティック</translation>
    </message>
    <message>
        <source>FX Schematic</source>
        <translation>エフェクト・スキマティック</translation>
    </message>
    <message>
        <source>Fx Schematic</source>
        <translation type="vanished">スキマティック［FX］</translation>
    </message>
    <message>
        <source>Save Motion Path</source>
        <translation>モーションパスを保存</translation>
    </message>
    <message>
        <source>Motion Path files (*.mpath)</source>
        <translation>モーションパスファイル(*.mpath)</translation>
    </message>
    <message>
        <source>Load Motion Path</source>
        <translation>モーションパスを読み込む</translation>
    </message>
    <message>
        <source>Can&apos;t paste styles there</source>
        <translation>スタイルを指定先に貼り付けできません</translation>
    </message>
    <message>
        <source>Can&apos;t modify color #0</source>
        <translation>スタイル#0 は変更できません</translation>
    </message>
    <message>
        <source>There are more cut/copied styles than selected. Paste anyway (adding styles)?</source>
        <translation>切り取り/コピーされたスタイルの数が選択スタイルよりも多いです。
貼り付けを継続しますか？（不足分のスタイルは追加されます）</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>貼り付け</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation type="vanished">パレット</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>For further information visit </source>
        <translation type="vanished">詳しい情報に関しては、こちらへ：</translation>
    </message>
    <message>
        <source>Fullpath:     </source>
        <translation>フルパス：</translation>
    </message>
    <message>
        <source>File Type:    </source>
        <translation>ファイルタイプ：</translation>
    </message>
    <message>
        <source>Frames:       </source>
        <translation>フレーム：</translation>
    </message>
    <message>
        <source>Owner:        </source>
        <translation>所有者：</translation>
    </message>
    <message>
        <source>Size:         </source>
        <translation>サイズ：</translation>
    </message>
    <message>
        <source>Created:      </source>
        <translation>作成日時：</translation>
    </message>
    <message>
        <source>Modified:     </source>
        <translation>更新日時：</translation>
    </message>
    <message>
        <source>Last Access:  </source>
        <translation>最後のアクセス：</translation>
    </message>
    <message>
        <source>Image Size:   </source>
        <translation>画像のサイズ：</translation>
    </message>
    <message>
        <source>SaveBox:      </source>
        <translation>セーブボックス：</translation>
    </message>
    <message>
        <source>Bits/Sample:  </source>
        <translation>色深度：</translation>
    </message>
    <message>
        <source>Sample/Pixel: </source>
        <translation>チャンネル数：</translation>
    </message>
    <message>
        <source>Dpi:          </source>
        <translation>DPI：</translation>
    </message>
    <message>
        <source>Orientation:  </source>
        <translation>方向：</translation>
    </message>
    <message>
        <source>Compression:  </source>
        <translation>圧縮：</translation>
    </message>
    <message>
        <source>Quality:      </source>
        <translation>画質：</translation>
    </message>
    <message>
        <source>Smoothing:    </source>
        <translation>平滑化：</translation>
    </message>
    <message>
        <source>Codec:        </source>
        <translation>コーデック：</translation>
    </message>
    <message>
        <source>Alpha Channel:</source>
        <translation>アルファチャンネル：</translation>
    </message>
    <message>
        <source>Byte Ordering:</source>
        <translation>バイト順序：</translation>
    </message>
    <message>
        <source>H Pos:</source>
        <translation>水平位置：</translation>
    </message>
    <message>
        <source>Palette Pages:</source>
        <translation>パレットのページ：</translation>
    </message>
    <message>
        <source>Palette Styles:</source>
        <translation>パレットのスタイル：</translation>
    </message>
    <message>
        <source>Camera Size:      </source>
        <translation>カメラサイズ：</translation>
    </message>
    <message>
        <source>Camera Dpi:       </source>
        <translation>カメラDPI:</translation>
    </message>
    <message>
        <source>Number of Frames: </source>
        <translation>フレーム数：</translation>
    </message>
    <message>
        <source>Number of Levels: </source>
        <translation>レベル数：</translation>
    </message>
    <message>
        <source>Output Path:      </source>
        <translation>出力パス：</translation>
    </message>
    <message>
        <source>Endianness:      </source>
        <translation>エンディアン：</translation>
    </message>
    <message>
        <source>It is not possible to delete the style #</source>
        <translation type="vanished">スタイルを削除できません：スタイル#</translation>
    </message>
    <message>
        <source>It is not possible to delete styles #0 and #1.</source>
        <translation>スタイル #0 と #1 を削除できません。</translation>
    </message>
    <message>
        <source>It is not possible to find the %1 level.</source>
        <translation>レベル %1 を見つけることができません。</translation>
    </message>
    <message>
        <source>There was an error copying %1</source>
        <translation>%1 をコピーする時、エラーが発生しました</translation>
    </message>
    <message>
        <source>It is not possible to find the level %1</source>
        <translation>レベル %1 を見つけることができません</translation>
    </message>
    <message>
        <source>Length:       </source>
        <translation>長さ：</translation>
    </message>
    <message>
        <source>Channels: </source>
        <translation>チャンネル：</translation>
    </message>
    <message>
        <source>Sample Rate: </source>
        <translation>サンプルレート：</translation>
    </message>
    <message>
        <source>Sample Size:      </source>
        <translation>サンプルサイズ：</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>ファイル %1 は存在しません。</translation>
    </message>
    <message>
        <source>It is not possible to assing a shortcut with modifiers to the visualization commands.</source>
        <translation type="vanished">視覚化コマンドには、修飾キーと組み合わせたキーボードショートカットを割り当てできません。</translation>
    </message>
    <message>
        <source>It is not possible to save the motion path.</source>
        <translation>モーションパスを保存できません。</translation>
    </message>
    <message>
        <source>It is not possible to load the motion path.</source>
        <translation>モーションパスを読み込みできません。</translation>
    </message>
    <message>
        <source>&lt;custom&gt;</source>
        <translation type="vanished">&lt;カスタム&gt;</translation>
    </message>
    <message>
        <source>Toonz 7.1</source>
        <translation type="vanished">OpenToonz</translation>
    </message>
    <message>
        <source>The file name cannot be empty or contain any of the following characters: (new line) \ / : * ? &quot; |</source>
        <translation>ファイル名は空白にはできません。また、次の文字のいずれかを含むことはできません：
\ / : * ? &quot; |</translation>
    </message>
    <message>
        <source>The source image seems not suitable for this kind of conversion</source>
        <translation>元の画像は、この変換に適したものではありません</translation>
    </message>
    <message>
        <source>Deleting &quot;%1&quot;.
Are you sure?</source>
        <translation type="vanished">&quot;%1&quot;を削除します。
よろしいですか？</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Paste Style  in Palette : %1</source>
        <translation type="vanished">スタイルを貼り付け : パレット %1</translation>
    </message>
    <message>
        <source>Delete Style  from Palette : %1</source>
        <translation type="vanished">スタイルを削除 :パレット  %1</translation>
    </message>
    <message>
        <source>Cut Style  from Palette : %1</source>
        <translation type="vanished">スタイルを切り取り : パレット %1</translation>
    </message>
    <message>
        <source>  to Palette : %1</source>
        <translation type="vanished">  パレットへ : %1</translation>
    </message>
    <message>
        <source>Paste Color &amp;&amp; Name%1</source>
        <translation>色と名前を貼り付け %1</translation>
    </message>
    <message>
        <source>Paste Name%1</source>
        <translation>名前を貼り付け %1</translation>
    </message>
    <message>
        <source>Paste Color%1</source>
        <translation>色を貼り付け %1</translation>
    </message>
    <message>
        <source>Paste%1</source>
        <translation>貼り付け %1</translation>
    </message>
    <message>
        <source>Blend Colors  in Palette : %1</source>
        <translation type="vanished">色を混合 : パレット %1</translation>
    </message>
    <message>
        <source>Toggle Link  in Palette : %1</source>
        <translation type="vanished">リンクを切り替え : パレット %1</translation>
    </message>
    <message>
        <source>Remove Link  in Palette : %1</source>
        <translation type="vanished">リンクを消去 : パレット %1</translation>
    </message>
    <message>
        <source>Get Color from Studio Palette</source>
        <translation>スタジオパレットからリンクされた色を取得</translation>
    </message>
    <message>
        <source>Paste Object  </source>
        <translation>オブジェクトを貼り付け</translation>
    </message>
    <message>
        <source>Copy Keyframe</source>
        <translation>キーフレームをコピー</translation>
    </message>
    <message>
        <source>Paste Keyframe  at Frame : %1</source>
        <translation>キーフレームを貼り付け : フレーム %1</translation>
    </message>
    <message>
        <source>Delete Keyframe</source>
        <translation>キーフレームを削除</translation>
    </message>
    <message>
        <source>Move Keyframe</source>
        <translation>キーフレームを移動</translation>
    </message>
    <message>
        <source>Change Style   Palette : %1  Style#%2  [R%3 G%4 B%5] -&gt; [R%6 G%7 B%8]</source>
        <translation>スタイルを変更   パレット : %1 スタイル#%2  [R%3 G%4 B%5] -&gt; [R%6 G%7 B%8]</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="vanished">置き換え</translation>
    </message>
    <message>
        <source>Modify Fx Param : %1</source>
        <translation>エフェクトパラメータを変更 : %1</translation>
    </message>
    <message>
        <source>Modify Fx Param : %1 : %2 -&gt; %3</source>
        <translation>エフェクトパラメータを変更  %1 : %2 -&gt; %3</translation>
    </message>
    <message>
        <source>Modify Fx Param : </source>
        <translation>エフェクトパラメータを変更 : </translation>
    </message>
    <message>
        <source>ON : %1</source>
        <translation>オン : %1</translation>
    </message>
    <message>
        <source>OFF : %1</source>
        <translation>オフ : %1</translation>
    </message>
    <message>
        <source>Modify Fx Param : %1 : %2 Key</source>
        <translation>エフェクトパラメータを変更 : %1 : キーフレームを%2 </translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Modify Fx Param : %1 : %2 Point</source>
        <translation>エフェクトパラメータを変更 : %1 : トーンカーブのポイントを%2 </translation>
    </message>
    <message>
        <source>%1 : Linear ON</source>
        <translation>%1 : トーンカーブ-線形 オン</translation>
    </message>
    <message>
        <source>%1 : Linear OFF</source>
        <translation>%1 : トーンカーブ-線形 オフ</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>上書きする</translation>
    </message>
    <message>
        <source>Don&apos;t Overwrite</source>
        <translation>上書きしない</translation>
    </message>
    <message>
        <source>Ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Deletion of Lines and Areas from raster-based levels is not undoable.
Are you sure?</source>
        <translation>ラスター形式のレベルから線と塗りを削除します。この操作は取り消しできません。
よろしいですか？</translation>
    </message>
    <message>
        <source>Modify Fx Param : %1 Key : %2  Frame %3</source>
        <translation>エフェクトパラメータを変更 : キーフレームを%1 : %2  フレーム %3</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Remove Reference  in Palette : %1</source>
        <translation type="vanished">スタジオパレットへの参照を消去：パレット%1</translation>
    </message>
    <message>
        <source>It is not possible to assign a shortcut with modifiers to the visualization commands.</source>
        <translation>視覚化コマンドには、修飾キーと組み合わせたキーボードショートカットを割り当てできません。</translation>
    </message>
    <message>
        <source>Failed to compile m_textureShader.vert.</source>
        <comment>gl</comment>
        <translation>m_textureShader.vert のコンパイルに失敗しました。</translation>
    </message>
    <message>
        <source>Failed to compile m_shader.frag.</source>
        <comment>gl</comment>
        <translation>m_shader.frag のコンパイルに失敗しました。</translation>
    </message>
    <message>
        <source>Failed to add m_shader.vert.</source>
        <comment>gl</comment>
        <translation>m_shader.vert の追加に失敗しました。</translation>
    </message>
    <message>
        <source>Failed to add m_shader.frag.</source>
        <comment>gl</comment>
        <translation>m_shader.frag の追加に失敗しました。</translation>
    </message>
    <message>
        <source>Failed to link simple shader: %1</source>
        <comment>gl</comment>
        <translation>simple shader のリンクに失敗しました : %1</translation>
    </message>
    <message>
        <source>Failed to get attribute location of %1</source>
        <comment>gl</comment>
        <translation>%1&#x3000;のアトリビュート位置の取得に失敗しました</translation>
    </message>
    <message>
        <source>Failed to get uniform location of %1</source>
        <comment>gl</comment>
        <translation>%1 のuniform位置の取得に失敗しました</translation>
    </message>
    <message>
        <source>Failed to Open 3DLUT File.</source>
        <translation>3DLUTファイルを開けませんでした。</translation>
    </message>
    <message>
        <source>Failed to Load 3DLUT File.
It should start with &quot;3DMESH&quot; keyword.</source>
        <translation>3DLUTファイルの読み込みに失敗しました。
ファイルの内容はキーワード &quot;3DMESH&quot; から始まる必要があります。</translation>
    </message>
    <message>
        <source>Failed to Load 3DLUT File.
The second line should be &quot;Mesh [Input bit depth] [Output bit depth]&quot;</source>
        <translation>3DLUTファイルの読み込みに失敗しました。
2行目は &quot;Mesh [入力ビット深度] [出力ビット深度]&quot;の形式で書かれている必要があります</translation>
    </message>
    <message>
        <source>Failed to Load 3DLUT File.</source>
        <translation>3DLUTファイルの読み込みに失敗しました。</translation>
    </message>
    <message>
        <source>Custom Texture</source>
        <comment>TextureStyleChooserPage</comment>
        <translation type="vanished">カスタムテクスチャ</translation>
    </message>
    <message>
        <source>Current Frame: </source>
        <translation>現在のフレーム： </translation>
    </message>
    <message>
        <source>File History</source>
        <translation>更新履歴</translation>
    </message>
    <message>
        <source>Plain color</source>
        <comment>VectorBrushStyleChooserPage</comment>
        <translation>単色</translation>
    </message>
    <message>
        <source>Plain color</source>
        <comment>MyPaintBrushStyleChooserPage</comment>
        <translation>単色</translation>
    </message>
    <message>
        <source>Plain color</source>
        <comment>SpecialStyleChooserPage</comment>
        <translation>単色</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>That is a reserved file name and cannot be used.</source>
        <translation>システムの予約語のため、使用できません。</translation>
    </message>
    <message>
        <source>There are no unused styles.</source>
        <translation>使用していないスタイルがありません。</translation>
    </message>
    <message>
        <source>and %1 more styles.</source>
        <translation>さらに %1 個のスタイル。</translation>
    </message>
    <message>
        <source>Erasing unused styles with following indices. Are you sure?

%1</source>
        <translation>以下の番号のスタイルを削除します。よろしいですか？

%1</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Click &amp; Drag Palette into Studio Palette</source>
        <translation>[スタジオパレットにドラッグ] このパレットをスタジオパレットに登録する</translation>
    </message>
    <message>
        <source>Plain color</source>
        <comment>TextureStyleChooserPage</comment>
        <translation>単色</translation>
    </message>
    <message>
        <source>Sample Type: </source>
        <translation>サンプル形式： </translation>
    </message>
    <message>
        <source>It is not possible to delete style #</source>
        <translation>スタイルを削除できません：スタイル#</translation>
    </message>
    <message>
        <source>Paste Style to Palette: %1</source>
        <translation>スタイルを貼り付け : パレット %1</translation>
    </message>
    <message>
        <source>Delete Style from Palette: %1</source>
        <translation>スタイルを削除 :パレット  %1</translation>
    </message>
    <message>
        <source>Cut Style from Palette: %1</source>
        <translation>スタイルを切り取り : パレット %1</translation>
    </message>
    <message>
        <source> to Palette: %1</source>
        <translation>  パレットへ : %1</translation>
    </message>
    <message>
        <source>Blend Colors in Palette: %1</source>
        <translation>色を混合 : パレット %1</translation>
    </message>
    <message>
        <source>Toggle Link in Palette: %1</source>
        <translation>リンクを切り替え : パレット %1</translation>
    </message>
    <message>
        <source>Remove Reference in Palette: %1</source>
        <translation>スタジオパレットへの参照を消去：パレット%1</translation>
    </message>
    <message>
        <source>Set As...</source>
        <translation>パレットを選択して下さい...</translation>
    </message>
    <message>
        <source>Delete Lines and Areas</source>
        <translation>線および塗りを削除</translation>
    </message>
</context>
<context>
    <name>QPushButton</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>RadioButtonDialog</name>
    <message>
        <source>Toonz</source>
        <translation type="vanished">TOONZ</translation>
    </message>
</context>
<context>
    <name>RgbLinkButtons</name>
    <message>
        <source>Copy RGB : %1 &gt; %2</source>
        <translation>RGB値をコピー ： %1 &gt; %2</translation>
    </message>
    <message>
        <source>Swap %1 and %2</source>
        <translation>%1 と %2 を入れ替える</translation>
    </message>
</context>
<context>
    <name>SchematicName</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>切り取り (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>貼り付け (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除 (&amp;A)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>すべて選択 (&amp;A)</translation>
    </message>
</context>
<context>
    <name>SchematicViewer</name>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>ウィンドウに全体を表示 (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Focus on Current</source>
        <translation>現在のオブジェクトを中心に (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Reorder Nodes</source>
        <translation>ノードを整列 (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Reset Size</source>
        <translation>サイズをリセット (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Minimize Nodes</source>
        <translation>ノードを最小化する (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Maximize Nodes</source>
        <translation>ノードを最大化する (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;New Pegbar</source>
        <translation>新規タップ (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;New Camera</source>
        <translation>新規カメラ (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;New Motion Path</source>
        <translation>新規モーションパス (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Schematic Toggle</source>
        <translation type="vanished">スキマティック切り替え</translation>
    </message>
    <message>
        <source>&amp;Swtich output port display mode</source>
        <translation type="vanished">ポートの表示を切り替える (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Toggle node icons</source>
        <translation>アイコン表示切り替え （&amp;T）</translation>
    </message>
    <message>
        <source>&amp;Selection Mode</source>
        <translation>選択モード (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Zoom Mode</source>
        <translation>ズームモード (&amp;Z)</translation>
    </message>
    <message>
        <source>&amp;Hand Mode</source>
        <translation>手のひらモード (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Switch output port display mode</source>
        <translation>ポートの表示を切り替える (&amp;S)</translation>
    </message>
</context>
<context>
    <name>SchematicWindowEditor</name>
    <message>
        <source>&amp;Close Editor</source>
        <translation>エディタを閉じる (&amp;C)</translation>
    </message>
</context>
<context>
    <name>SeeThroughWindowPopup</name>
    <message>
        <source>See Through Mode (Main Window)</source>
        <translation>透過モード （メインウィンドウ）</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>不透明度</translation>
    </message>
    <message>
        <source>Quickly toggle main window semi-transparency and full opacity.</source>
        <translation>メインウィンドウの半透明表示と不透明表示を切り替えます。</translation>
    </message>
    <message>
        <source>Hold ALT while clicking to use full transparency instead.</source>
        <translation>Altキーを押しながらクリックすると、完全に透明になります。</translation>
    </message>
    <message>
        <source>When slider is at 100% it acts as ALT is held.</source>
        <translation>スライダが100％の状態でも、Altキーを押しているのと同じ動作をします。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>SimilarShapeSegmentPage</name>
    <message>
        <source>Reference Curve:</source>
        <translation>参照するパラメータ：</translation>
    </message>
    <message>
        <source>Frame Offset:</source>
        <translation>フレームオフセット：</translation>
    </message>
    <message>
        <source>There is a syntax error in the definition of the interpolation.</source>
        <translation>補間の定義の中に構文エラーがあります。</translation>
    </message>
    <message>
        <source>There is a circular reference in the definition of the interpolation.</source>
        <translation>補間の定義の中に循環参照があります。</translation>
    </message>
</context>
<context>
    <name>SpecialStyleChooserPage</name>
    <message>
        <source>Plain color</source>
        <translation type="vanished">単色</translation>
    </message>
</context>
<context>
    <name>SpeedInOutSegmentPage</name>
    <message>
        <source>Speed in:</source>
        <translation type="vanished">スピードイン：</translation>
    </message>
    <message>
        <source>Speed out:</source>
        <translation type="vanished">スピードアウト：</translation>
    </message>
    <message>
        <source>First Speed:</source>
        <translation>始点の速度:</translation>
    </message>
    <message>
        <source>Handle:</source>
        <translation>ハンドル:</translation>
    </message>
    <message>
        <source>/</source>
        <translation>/</translation>
    </message>
    <message>
        <source>Last Speed:</source>
        <translation>終点の速度:</translation>
    </message>
    <message>
        <source>---</source>
        <translation>---</translation>
    </message>
</context>
<context>
    <name>SplinePainter</name>
    <message>
        <source>&amp;Delete</source>
        <translation>削除 (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Save Motion Path...</source>
        <translation>モーションパスを保存 (&amp;S)...</translation>
    </message>
    <message>
        <source>&amp;Load Motion Path...</source>
        <translation>モーションパスを読み込み (&amp;L)...</translation>
    </message>
</context>
<context>
    <name>StageSchematicNode</name>
    <message>
        <source>Toggle Autorotate Along Motion Path</source>
        <translation>モーションパスに沿って自動回転&#x3000;の切り替え</translation>
    </message>
    <message>
        <source>Toggle Link Motion Path to Control Points</source>
        <translation>モーションパスをコントロールポイントにリンク の切り替え</translation>
    </message>
</context>
<context>
    <name>StageSchematicScene</name>
    <message>
        <source>&amp;New Pegbar</source>
        <translation>新規タップ (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;New Motion Path</source>
        <translation>新規モーションパス (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;New Camera</source>
        <translation>新規カメラ (&amp;N)</translation>
    </message>
</context>
<context>
    <name>StudioPaletteTreeViewer</name>
    <message>
        <source>This folder is not empty. Delete anyway?</source>
        <translation>このフォルダは空ではありません。 削除してよろしいですか?</translation>
    </message>
    <message>
        <source>New Palette</source>
        <translation>新規パレット</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>新規フォルダ</translation>
    </message>
    <message>
        <source>Delete Folder</source>
        <translation>フォルダを削除</translation>
    </message>
    <message>
        <source>Load into Current Palette</source>
        <translation>現在のパレットに読み込み</translation>
    </message>
    <message>
        <source>Merge to Current Palette</source>
        <translation>現在のパレットと結合</translation>
    </message>
    <message>
        <source>Replace with Current Palette</source>
        <translation>現在のパレットで置き換え</translation>
    </message>
    <message>
        <source>Delete Palette</source>
        <translation>パレットを削除</translation>
    </message>
    <message>
        <source>Search for Palettes</source>
        <translation>パレットを検索</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Adjust Current Level to This Palette</source>
        <translation>現在レベルをパレットに合わせる</translation>
    </message>
    <message>
        <source>Convert to Studio Palette and Overwrite</source>
        <translation>スタジオパレットに変換して上書き保存</translation>
    </message>
    <message>
        <source>the palette &quot;%1&quot;</source>
        <translation>パレット &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the selected palettes</source>
        <translation>選択されたパレット</translation>
    </message>
    <message>
        <source>Move %1 to &quot;%2&quot;. Are you sure ?</source>
        <translation>%1 を &quot;%2&quot; に移動します。よろしいですか？</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移動する</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>The current palette %1
in the studio palette has been modified. Do you want to save your changes?</source>
        <translation>スタジオパレット内のパレット %1 は変更されました。
変更を保存しますか？</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>変更を破棄</translation>
    </message>
    <message>
        <source>Convert %1 to Studio Palette and Overwrite. 
Are you sure ?</source>
        <translation>%1 をスタジオパレットに変換して上書き保存します。
よろしいですか？</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="obsolete">はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="obsolete">いいえ</translation>
    </message>
    <message>
        <source>Replacing all selected palettes with the palette &quot;%1&quot;. 
Are you sure ?</source>
        <translation>選択中の全てのパレットをパレット &quot;%1&quot; と置き換えます。
よろしいですか？</translation>
    </message>
    <message>
        <source>Replacing the palette &quot;%1&quot; with the palette &quot;%2&quot;. 
Are you sure ?</source>
        <translation>パレット &quot;%1&quot; をパレット &quot;%2&quot; に置き換えます。
よろしいですか？</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>置き換える</translation>
    </message>
    <message>
        <source>Convert</source>
        <translation>変換する</translation>
    </message>
    <message>
        <source>Failed to save palette.</source>
        <translation>パレットの保存に失敗しました。</translation>
    </message>
    <message>
        <source>Set As...</source>
        <translation>初期値のパレットに設定...</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>再読み込み</translation>
    </message>
</context>
<context>
    <name>StudioPaletteViewer</name>
    <message>
        <source>&amp;New Folder</source>
        <translation type="vanished">新規フォルダ</translation>
    </message>
    <message>
        <source>&amp;New Palette</source>
        <translation type="vanished">新規パレット</translation>
    </message>
    <message>
        <source>&amp;Search for Palettes</source>
        <translation type="vanished">パレットを検索</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="vanished">削除</translation>
    </message>
</context>
<context>
    <name>StyleEditor</name>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>Apply changes to current style</source>
        <translation>現在のスタイルに変更を適用</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Automatically update style changes</source>
        <translation>スタイルの変更を自動で更新</translation>
    </message>
    <message>
        <source>Return To Previous Style</source>
        <translation>前のスタイルに戻る</translation>
    </message>
    <message>
        <source>Current Style</source>
        <translation>現在のスタイル</translation>
    </message>
    <message>
        <source>Plain</source>
        <translation type="vanished">標準</translation>
    </message>
    <message>
        <source>Texture</source>
        <translation>テクスチャ</translation>
    </message>
    <message>
        <source>Special</source>
        <translation type="vanished">特殊</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="vanished">カスタム</translation>
    </message>
    <message>
        <source>Vector Brush</source>
        <translation>ベクターブラシ</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Auto  
Apply</source>
        <translation type="vanished">自動で
適用</translation>
    </message>
    <message>
        <source>MyPaint Brush</source>
        <translation type="vanished">MyPaint ブラシ</translation>
    </message>
    <message>
        <source>- Style not Selected -</source>
        <translation type="vanished">- スタイルが選択されていません -</translation>
    </message>
    <message>
        <source>[CLEANUP]  </source>
        <translation type="vanished">[トレース]  </translation>
    </message>
    <message>
        <source>[STUDIO]  </source>
        <translation type="vanished">[スタジオ]  </translation>
    </message>
    <message>
        <source>[LEVEL]  </source>
        <translation type="vanished">[レベル]  </translation>
    </message>
    <message>
        <source>- Style is Not Valid -</source>
        <translation type="vanished">- スタイルが無効です -</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>自動生成</translation>
    </message>
    <message>
        <source>Trail</source>
        <translation>スタンプ</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>色</translation>
    </message>
    <message>
        <source>Vector</source>
        <translation>ベクター</translation>
    </message>
    <message>
        <source>Raster</source>
        <translation>ラスター</translation>
    </message>
    <message>
        <source>Show or hide parts of the Color Page.</source>
        <translation>「色」タブ内の各パーツの表示/非表示を切り替え</translation>
    </message>
    <message>
        <source>Toggle orientation of the Color Page.</source>
        <translation type="vanished">「色」タブのレイアウト方向を変更</translation>
    </message>
    <message>
        <source>No Style Selected</source>
        <translation>スタイルが選択されていません</translation>
    </message>
    <message>
        <source>Style Editor - No Valid Style Selected</source>
        <translation>スタイルエディタ - 有効なスタイルが選択されていません</translation>
    </message>
    <message>
        <source>Wheel</source>
        <translation>カラーホイール</translation>
    </message>
    <message>
        <source>HSV</source>
        <translation>HSV</translation>
    </message>
    <message>
        <source>Alpha</source>
        <translation>アルファ</translation>
    </message>
    <message>
        <source>RGB</source>
        <translation>RGB</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>パレット</translation>
    </message>
    <message>
        <source>Cleanup </source>
        <translation>トレース</translation>
    </message>
    <message>
        <source>Studio </source>
        <translation>スタジオ</translation>
    </message>
    <message>
        <source>Level </source>
        <translation>レベル</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>16進数カラー</translation>
    </message>
    <message>
        <source>Relative colored + Triangle handle</source>
        <translation>相対色表示+三角のハンドル</translation>
    </message>
    <message>
        <source>Absolute colored + Line handle</source>
        <translation>絶対色表示+線のハンドル</translation>
    </message>
    <message>
        <source>Slider Appearance</source>
        <translation>スライダの外観</translation>
    </message>
    <message>
        <source>Toggle Orientation</source>
        <translation>レイアウト向きの切り替え</translation>
    </message>
    <message>
        <source>Hex Color Names...</source>
        <translation>16進数カラー名エディタ...</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Clear Search</source>
        <translation>検索をクリア</translation>
    </message>
</context>
<context>
    <name>StyleEditorGUI::ColorChannelControl</name>
    <message>
        <source>R</source>
        <translation></translation>
    </message>
    <message>
        <source>G</source>
        <translation></translation>
    </message>
    <message>
        <source>B</source>
        <translation></translation>
    </message>
    <message>
        <source>A</source>
        <translation></translation>
    </message>
    <message>
        <source>H</source>
        <translation></translation>
    </message>
    <message>
        <source>S</source>
        <translation></translation>
    </message>
    <message>
        <source>V</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>StyleEditorGUI::PlainColorPage</name>
    <message>
        <source>Wheel</source>
        <translation type="vanished">カラーホイール</translation>
    </message>
    <message>
        <source>HSV</source>
        <translation type="vanished">HSV</translation>
    </message>
    <message>
        <source>Matte</source>
        <translation type="vanished">アルファ</translation>
    </message>
    <message>
        <source>RGB</source>
        <translation type="vanished">RGB</translation>
    </message>
    <message>
        <source>Alpha</source>
        <translation type="vanished">アルファ</translation>
    </message>
</context>
<context>
    <name>StyleEditorGUI::SettingsPage</name>
    <message>
        <source>Autopaint for Lines</source>
        <translation>色トレース線として、含み塗りを行う</translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation>リセット</translation>
    </message>
</context>
<context>
    <name>StyleEditorGUI::StyleChooserPage</name>
    <message>
        <source>Pin To Top</source>
        <translation>トップに固定</translation>
    </message>
    <message>
        <source>Set Pins To Top</source>
        <translation>トップに固定する</translation>
    </message>
    <message>
        <source>Clear Pins To Top</source>
        <translation>トップに固定を解除</translation>
    </message>
</context>
<context>
    <name>StyleNameEditor</name>
    <message>
        <source>Name Editor</source>
        <translation>スタイル名エディタ</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="vanished">適用</translation>
    </message>
    <message>
        <source>Style Name</source>
        <translation>スタイル名</translation>
    </message>
    <message>
        <source>Name Editor: # %1</source>
        <translation>スタイル名を編集: # %1</translation>
    </message>
    <message>
        <source>Apply and Next</source>
        <translation>適用して次へ</translation>
    </message>
    <message>
        <source>Easy Inputs</source>
        <translation>簡易入力</translation>
    </message>
</context>
<context>
    <name>SwatchViewer</name>
    <message>
        <source>Reset View</source>
        <translation>表示をリセット</translation>
    </message>
    <message>
        <source>Fit To Window</source>
        <translation>ウィンドウに全体を表示</translation>
    </message>
</context>
<context>
    <name>TMessageViewer</name>
    <message>
        <source>Errors</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Infos</source>
        <translation type="vanished">情報</translation>
    </message>
    <message>
        <source> Clear </source>
        <translation>クリア</translation>
    </message>
    <message>
        <source>Display:  </source>
        <translation>表示：</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>情報</translation>
    </message>
</context>
<context>
    <name>TablePainter</name>
    <message>
        <source>&amp;Reset Center</source>
        <translation>基準点をリセット (&amp;R)</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>テーブル</translation>
    </message>
</context>
<context>
    <name>ToneCurveField</name>
    <message>
        <source>Channel:</source>
        <translation type="vanished">チャンネル：</translation>
    </message>
</context>
<context>
    <name>VectorBrushStyleChooserPage</name>
    <message>
        <source>Plain color</source>
        <translation type="vanished">通常の色</translation>
    </message>
</context>
<context>
    <name>WordButton</name>
    <message>
        <source>Remove %1</source>
        <translation>%1 を削除</translation>
    </message>
</context>
</TS>
