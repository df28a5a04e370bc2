<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AddEncodePresetDialog</name>
    <message>
        <location filename="../src/dialogs/addencodepresetdialog.ui" line="17"/>
        <source>Dialog</source>
        <translation>ダイアログ</translation>
    </message>
    <message>
        <location filename="../src/dialogs/addencodepresetdialog.ui" line="25"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../src/dialogs/addencodepresetdialog.ui" line="53"/>
        <source>Make final changes to the preset including removing items you do not want to include, or copy/paste the clipboard.</source>
        <translation>プリセットに収録したくないアイテムを消したり、クリップボードにコピーペーストしたりといった最終変更作業をする。</translation>
    </message>
</context>
<context>
    <name>AlsaWidget</name>
    <message>
        <location filename="../src/widgets/alsawidget.ui" line="14"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="../src/widgets/alsawidget.ui" line="26"/>
        <source>ALSA Audio</source>
        <translation>ALSAオーディオ</translation>
    </message>
    <message>
        <location filename="../src/widgets/alsawidget.ui" line="54"/>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <location filename="../src/widgets/alsawidget.ui" line="61"/>
        <source>PCM Device</source>
        <translation>PCMデバイス</translation>
    </message>
    <message>
        <location filename="../src/widgets/alsawidget.ui" line="71"/>
        <source>default</source>
        <translation>デフォルト</translation>
    </message>
    <message>
        <location filename="../src/widgets/alsawidget.ui" line="78"/>
        <source>Channels</source>
        <translation>チャンネル</translation>
    </message>
</context>
<context>
    <name>AttachedFiltersModel</name>
    <message>
        <location filename="../src/models/attachedfiltersmodel.cpp" line="89"/>
        <source>Transition</source>
        <translation>トランジッション</translation>
    </message>
    <message>
        <location filename="../src/models/attachedfiltersmodel.cpp" line="91"/>
        <source>Track: %1</source>
        <translation>トラック: %1</translation>
    </message>
    <message>
        <location filename="../src/models/attachedfiltersmodel.cpp" line="93"/>
        <source>Master</source>
        <translation>マスター</translation>
    </message>
    <message>
        <location filename="../src/models/attachedfiltersmodel.cpp" line="157"/>
        <source>Audio</source>
        <translation>オーディオ</translation>
    </message>
    <message>
        <location filename="../src/models/attachedfiltersmodel.cpp" line="159"/>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location filename="../src/models/attachedfiltersmodel.cpp" line="161"/>
        <source>Video</source>
        <translation>ビデオ</translation>
    </message>
</context>
<context>
    <name>AudioLoudnessScopeWidget</name>
    <message>
        <location filename="../src/widgets/scopes/audioloudnessscopewidget.cpp" line="83"/>
        <source>Momentary Loudness</source>
        <translation>瞬間音量</translation>
    </message>
    <message>
        <location filename="../src/widgets/scopes/audioloudnessscopewidget.cpp" line="86"/>
        <source>Short Term Loudness</source>
        <translation>短期音量</translation>
    </message>
    <message>
        <location filename="../src/widgets/scopes/audioloudnessscopewidget.cpp" line="89"/>
        <source>Integrated Loudness</source>
        <translation>内部音量</translation>
    </message>
    <message>
        <location filename="../src/widgets/scopes/audioloudnessscopewidget.cpp" line="92"/>
        <source>Loudness Range</source>
        <translation>ラウドネスレンジ</translation>
    </message>
    <message>
        <location filename="../src/widgets/scopes/audioloudnessscopewidget.cpp" line="95"/>
        <source>Peak</source>
        <translation>ピーク</translation>
    </message>
    <message>
        <location filename="../src/widgets/scopes/audioloudnessscopewidget.cpp" line="98"/>
        <source>True Peak</source>
        <translation>トゥルーピーク</translation>
    </message>
    <message>
        <location filename="../src/widgets/scopes/audioloudnessscopewidget.cpp" line="104"/>
        <source>Configure Graphs</source>
        <translation>グラフの設定</translation>
    </message>
    <message>
        <location filename="../src/widgets/scopes/audioloudnessscopewidget.cpp" line="111"/>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <location filename="../src/widgets/scopes/audioloudnessscopewidget.cpp" line="112"/>
        <source>Reset the measurement.</source>
        <translation>メジャーをリセット</translation>
    </message>
    <message>
        <location filename="../src/widgets/scopes/audioloudnessscopewidget.cpp" line="119"/>
        <source>Time Since Reset</source>
        <translation>リセットしてからの経過時間</translation>
    </message>
    <message>
        <location filename="../src/widgets/scopes/audioloudnessscopewidget.cpp" line="168"/>
        <source>Audio Loudness</source>
        <translation>オーディオ音量</translation>
    </message>
</context>
<context>
    <name>AudioPeakMeterScopeWidget</name>
    <message>
        <location filename="../src/widgets/scopes/audiopeakmeterscopewidget.cpp" line="85"/>
        <source>Audio Peak Meter</source>
        <translation>オーディオピークメーター</translation>
    </message>
</context>
<context>
    <name>AudioSpectrumScopeWidget</name>
    <message>
        <location filename="../src/widgets/scopes/audiospectrumscopewidget.cpp" line="212"/>
        <source>Audio Spectrum</source>
        <translation>オーディオスペクトラム</translation>
    </message>
</context>
<context>
    <name>AudioWaveformScopeWidget</name>
    <message>
        <location filename="../src/widgets/scopes/audiowaveformscopewidget.cpp" line="183"/>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <location filename="../src/widgets/scopes/audiowaveformscopewidget.cpp" line="184"/>
        <source>-inf</source>
        <translation>-inf</translation>
    </message>
    <message>
        <location filename="../src/widgets/scopes/audiowaveformscopewidget.cpp" line="249"/>
        <source>Audio Waveform</source>
        <translation>オーディオウェーブフォーム</translation>
    </message>
</context>
<context>
    <name>AvformatProducerWidget</name>
    <message>
        <location filename="../src/widgets/avformatproducerwidget.ui" line="14"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="../src/widgets/avformatproducerwidget.ui" line="36"/>
        <source>Comments:</source>
        <translation>コメント</translation>
    </message>
    <message>
        <location filename="../src/widgets/avformatproducerwidget.ui" line="64"/>
        <source>Speed</source>
        <translation>スピード</translation>
    </message>
    <message>
        <location filename="../src/widgets/avformatproducerwidget.ui" line="108"/>
        <source>Duration</source>
        <translation>デュレーション</translation>
    </message>
    <message>
        <location filename="../src/widgets/avformatproducerwidget.ui" line="156"/>
        <source>Video</source>
        <translation>ビデオ</translation>
    </message>
    <message>
        <location filename="../src/widgets/avformatproducerwidget.ui" line="164"/>
        <location filename="../src/widgets/avformatproducerwidget.ui" line="466"/>
        <source>Track</source>
        <translation>トラック</translation>
    </message>
    <message>
        <location filename="../src/widgets/avformatproducerwidget.ui" line="196"/>
        <source>Aspect ratio</source>
        <translation>アスペクトレイシオ</translation>
    </message>
    <message>
        <location filename="../src/widgets/avformatproducerwidget.ui" line="227"/>
        <source>:</source>
        <translation>:</translation>
    </message>
    <message>
        <location filename="../src/widgets/avformatproducerwidget.ui" line="268"/>
        <source>Scan mode</source>
        <translation>スキャンモード</translation>
    </message>
    <message>
        <location filename="../src/widgets/avformatproducerwidget.ui" line="294"/>
        <source>Interlaced</source>
        <translation>組み合わせた</translation>
    </message>
    <message>
        <location filename="../src/widgets/avformatproducerwidget.ui" line="299"/>
        <source>Progressive</source>
        <translation>進行</translation>
    </message>
    <message>
        <location filename="../src/widgets/avformatproducerwidget.ui" line="365"/>
        <location filename="../src/widgets/avformatproducerwidget.ui" line="395"/>
        <location filename="../src/widgets/avformatproducerwidget.ui" line="552"/>
        <location filename="../src/widgets/avformatproducerwidget.ui" line="582"/>
        <source>Codec</source>
        <translation>コーデック</translation>
    </message>
    <message>
        <location filename="../src/widgets/avformatproducerwidget.ui" line="370"/>
        <location filename="../src/widgets/avformatproducerwidget.ui" line="400"/>
        <source>Resolution</source>
        <translation>解像度</translation>
    </message>
    <message>
        <location filename="../src/widgets/avformatproducerwidget.ui" line="375"/>
        <location filename="../src/widgets/avformatproducerwidget.ui" line="405"/>
        <source>Frame rate</source>
        <translation>フレームレート</translation>
    </message>
    <message>
        <location filename="../src/widgets/avformatproducerwidget.ui" line="380"/>
        <source>Pixel format</source>
        <translation>ピクセルフォーマット</translation>
    </message>
    <message>
        <location filename="../src/widgets/avformatproducerwidget.ui" line="385"/>
        <location filename="../src/widgets/avformatproducerwidget.ui" line="572"/>
        <location filename="../src/widgets/avformatproducerwidget.ui" line="712"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../src/widgets/avformatproducerwidget.ui" line="390"/>
        <location filename="../src/widgets/avformatproducerwidget.ui" line="577"/>
        <location filename="../src/widgets/avformatproducerwidget.ui" line="717"/>
        <source>Value</source>
        <translation>バリュー</translation>
    </message>
    <message>
        <location filename="../src/widgets/avformatproducerwidget.ui" line="410"/>
        <location filename="../src/widgets/avformatproducerwidget.ui" line="567"/>
        <location filename="../src/widgets/avformatproducerwidget.ui" line="597"/>
        <source>Format</source>
        <translation>フォーマット</translation>
    </message>
    <message>
        <location filename="../src/widgets/avformatproducerwidget.ui" line="418"/>
        <source>Field order</source>
        <translation>フィールドオーダー</translation>
    </message>
    <message>
        <location filename="../src/widgets/avformatproducerwidget.ui" line="431"/>
        <source>Bottom Field First</source>
        <translation>ボトムフィールドを最初に</translation>
    </message>
    <message>
        <location filename="../src/widgets/avformatproducerwidget.ui" line="436"/>
        <source>Top Field First</source>
        <translation>トップフィールドを最初に</translation>
    </message>
    <message>
        <location filename="../src/widgets/avformatproducerwidget.ui" line="460"/>
        <source>Audio</source>
        <translation>オーディオ</translation>
    </message>
    <message>
        <location filename="../src/widgets/avformatproducerwidget.ui" line="557"/>
        <location filename="../src/widgets/avformatproducerwidget.ui" line="587"/>
        <source>Channels</source>
        <translation>チャンネル</translation>
    </message>
    <message>
        <location filename="../src/widgets/avformatproducerwidget.ui" line="562"/>
        <location filename="../src/widgets/avformatproducerwidget.ui" line="592"/>
        <source>Sample rate</source>
        <translation>サンプルレート</translation>
    </message>
    <message>
        <location filename="../src/widgets/avformatproducerwidget.ui" line="605"/>
        <source>Adjust the audio/video synchronization. The center position is equivalent to no alteration.</source>
        <translation>オーディオ/ビデオのシンクロ調整。中央の位置にすると無修正です。</translation>
    </message>
    <message>
        <location filename="../src/widgets/avformatproducerwidget.ui" line="624"/>
        <source>Sync</source>
        <translation>シンク</translation>
    </message>
    <message>
        <location filename="../src/widgets/avformatproducerwidget.ui" line="649"/>
        <source> ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../src/widgets/avformatproducerwidget.ui" line="678"/>
        <source>Metadata</source>
        <translation>メタデーター</translation>
    </message>
    <message>
        <location filename="../src/widgets/avformatproducerwidget.ui" line="731"/>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <location filename="../src/widgets/avformatproducerwidget.ui" line="738"/>
        <source>Display a menu of additional actions</source>
        <translation>追加のアクションをMenuに表示する</translation>
    </message>
    <message>
        <location filename="../src/widgets/avformatproducerwidget.ui" line="780"/>
        <source>Show in Folder</source>
        <translation>フォルダーに表示</translation>
    </message>
    <message>
        <location filename="../src/widgets/avformatproducerwidget.ui" line="785"/>
        <source>Copy Full File Path</source>
        <translation>ファイルパスを全てコピーする</translation>
    </message>
    <message>
        <location filename="../src/widgets/avformatproducerwidget.ui" line="790"/>
        <source>More Information...</source>
        <translation>More Information</translation>
    </message>
    <message>
        <location filename="../src/widgets/avformatproducerwidget.ui" line="795"/>
        <source>Start Integrity Check Job</source>
        <translation>ジョブの完全確認を開始する</translation>
    </message>
    <message>
        <location filename="../src/widgets/avformatproducerwidget.ui" line="800"/>
        <location filename="../src/widgets/avformatproducerwidget.ui" line="803"/>
        <source>Convert to Edit-friendly...</source>
        <translation>編集フレンドリーに変換</translation>
    </message>
    <message>
        <location filename="../src/widgets/avformatproducerwidget.cpp" line="227"/>
        <location filename="../src/widgets/avformatproducerwidget.cpp" line="256"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../src/widgets/avformatproducerwidget.cpp" line="326"/>
        <source>(variable)</source>
        <translation>(variable)</translation>
    </message>
    <message>
        <location filename="../src/widgets/avformatproducerwidget.cpp" line="361"/>
        <source>This file is variable frame rate, which is not reliable for editing. Do you want to convert it to an edit-friendly format?

If yes, choose a format below and then click OK to choose a file name. After choosing a file name, a job is created. When it is done, double-click the job to open it.
</source>
        <translation>このファイルは編集時に信頼性が低い可変フレームレートです。 編集フレンドリーなフォーマットに変換しますか？

もしyesなら、フォーマットを選択後 OK をクリックしてファイル名を指定してください。 ファイル名を指定後、jobが作られます。完了後jobをダブルクリックすると開きます。
</translation>
    </message>
    <message>
        <location filename="../src/widgets/avformatproducerwidget.cpp" line="372"/>
        <source>This file does not support seeking and cannot be used for editing. Do you want to convert it to an edit-friendly format?

If yes, choose a format below and then click OK to choose a file name. After choosing a file name, a job is created. When it is done, double-click the job to open it.
</source>
        <translation>このファイルはseekingをサポートしていないため編集に使えません。 編集フレンドリーなフォーマットに変換しますか？

もしyesなら、フォーマットを選択後 OK をクリックしてファイル名を指定してください。ファイル名を指定後、jobが作られます。完了後jobをダブルクリックすると開きます。
</translation>
    </message>
    <message>
        <location filename="../src/widgets/avformatproducerwidget.cpp" line="539"/>
        <source>Choose an edit-friendly format below and then click OK to choose a file name. After choosing a file name, a job is created. When it is done, double-click the job to open it.
</source>
        <translation>編集フレンドリーなフォーマットを選択後 OK をクリックしてファイル名を指定してください。 ファイル名を指定後、jobが作られます。完了後jobをダブルクリックすると開きます。
</translation>
    </message>
</context>
<context>
    <name>AvfoundationProducerWidget</name>
    <message>
        <location filename="../src/widgets/avfoundationproducerwidget.ui" line="14"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="../src/widgets/avfoundationproducerwidget.ui" line="26"/>
        <location filename="../src/widgets/avfoundationproducerwidget.cpp" line="78"/>
        <source>macOS A/V Device</source>
        <translation>macOS A/V Device</translation>
    </message>
    <message>
        <location filename="../src/widgets/avfoundationproducerwidget.ui" line="39"/>
        <location filename="../src/widgets/avfoundationproducerwidget.ui" line="58"/>
        <location filename="../src/widgets/avfoundationproducerwidget.cpp" line="63"/>
        <location filename="../src/widgets/avfoundationproducerwidget.cpp" line="64"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../src/widgets/avfoundationproducerwidget.ui" line="47"/>
        <source>Video Input</source>
        <translation>ビデオインプット</translation>
    </message>
    <message>
        <location filename="../src/widgets/avfoundationproducerwidget.ui" line="66"/>
        <source>Audio Input</source>
        <translation>オーディオインプット</translation>
    </message>
</context>
<context>
    <name>Clip</name>
    <message>
        <location filename="../src/qml/timeline/Clip.qml" line="593"/>
        <source>Cut</source>
        <translation>カット</translation>
    </message>
    <message>
        <location filename="../src/qml/timeline/Clip.qml" line="605"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../src/qml/timeline/Clip.qml" line="612"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../src/qml/timeline/Clip.qml" line="617"/>
        <source>Lift</source>
        <translation>持ち上げる</translation>
    </message>
    <message>
        <location filename="../src/qml/timeline/Clip.qml" line="625"/>
        <source>Split At Playhead (S)</source>
        <translation>プレイヘッドで分割する (S)</translation>
    </message>
    <message>
        <location filename="../src/qml/timeline/Clip.qml" line="630"/>
        <source>Merge with next clip</source>
        <translation>次のクリップと結合する</translation>
    </message>
    <message>
        <location filename="../src/qml/timeline/Clip.qml" line="635"/>
        <source>Rebuild Audio Waveform</source>
        <translation>オーディオウェーブフォームを再構築</translation>
    </message>
</context>
<context>
    <name>ColorBarsWidget</name>
    <message>
        <location filename="../src/widgets/colorbarswidget.ui" line="14"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="../src/widgets/colorbarswidget.ui" line="26"/>
        <source>Color Bars</source>
        <translation>カラーバー</translation>
    </message>
    <message>
        <location filename="../src/widgets/colorbarswidget.ui" line="38"/>
        <source>Type</source>
        <translation>タイプ</translation>
    </message>
    <message>
        <location filename="../src/widgets/colorbarswidget.ui" line="55"/>
        <source>100% PAL color bars</source>
        <translation>100% PALカラーバー</translation>
    </message>
    <message>
        <location filename="../src/widgets/colorbarswidget.ui" line="60"/>
        <source>100% PAL color bars with red</source>
        <translation>100% PALカラーバー赤色</translation>
    </message>
    <message>
        <location filename="../src/widgets/colorbarswidget.ui" line="65"/>
        <source>95% BBC PAL color bars</source>
        <translation>95% BBC PAL カラーバー</translation>
    </message>
    <message>
        <location filename="../src/widgets/colorbarswidget.ui" line="70"/>
        <source>75% EBU color bars</source>
        <translation>75% EBU カラーバー</translation>
    </message>
    <message>
        <location filename="../src/widgets/colorbarswidget.ui" line="75"/>
        <source>SMPTE color bars</source>
        <translation>SMPTE カラーバー</translation>
    </message>
    <message>
        <location filename="../src/widgets/colorbarswidget.ui" line="80"/>
        <source>Philips PM5544</source>
        <translation>Philips PM5544</translation>
    </message>
    <message>
        <location filename="../src/widgets/colorbarswidget.ui" line="85"/>
        <source>FuBK</source>
        <translation>FuBK</translation>
    </message>
    <message>
        <location filename="../src/widgets/colorbarswidget.ui" line="90"/>
        <source>Simplified FuBK</source>
        <translation>FuBKを簡素化する</translation>
    </message>
</context>
<context>
    <name>ColorPicker</name>
    <message>
        <location filename="../src/qml/modules/Shotcut/Controls/ColorPicker.qml" line="56"/>
        <source>Click to open color dialog</source>
        <translation>クリックしてカラーダイアログを開く</translation>
    </message>
    <message>
        <location filename="../src/qml/modules/Shotcut/Controls/ColorPicker.qml" line="61"/>
        <source>Please choose a color</source>
        <translation>色を選択してください。</translation>
    </message>
    <message>
        <location filename="../src/qml/modules/Shotcut/Controls/ColorPicker.qml" line="84"/>
        <source>Pick a color on the screen. By pressing the mouse button and then moving your mouse you can select a section of the screen from which to get an average color.</source>
        <translation>色を選択して下さい。マウス押しながら動かすと画面から平均的な色を取得します。</translation>
    </message>
</context>
<context>
    <name>ColorProducerWidget</name>
    <message>
        <location filename="../src/widgets/colorproducerwidget.ui" line="14"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="../src/widgets/colorproducerwidget.ui" line="26"/>
        <source>Color</source>
        <translation>色</translation>
    </message>
    <message>
        <location filename="../src/widgets/colorproducerwidget.ui" line="41"/>
        <source>Color...</source>
        <translation>色...</translation>
    </message>
    <message>
        <location filename="../src/widgets/colorproducerwidget.ui" line="54"/>
        <source>#00000000</source>
        <translation>#00000000</translation>
    </message>
</context>
<context>
    <name>CountProducerWidget</name>
    <message>
        <location filename="../src/widgets/countproducerwidget.ui" line="14"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="../src/widgets/countproducerwidget.ui" line="26"/>
        <source>Count</source>
        <translation>カウント</translation>
    </message>
    <message>
        <location filename="../src/widgets/countproducerwidget.ui" line="41"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../src/widgets/countproducerwidget.ui" line="74"/>
        <source>Style</source>
        <translation>スタイル</translation>
    </message>
    <message>
        <location filename="../src/widgets/countproducerwidget.ui" line="107"/>
        <source>Sound</source>
        <translation>サウンド</translation>
    </message>
    <message>
        <location filename="../src/widgets/countproducerwidget.ui" line="110"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Silent - No sound&lt;/p&gt;&lt;p&gt;2-Pop - A 1kHz beep exactly two seconds before the out point&lt;/p&gt;&lt;p&gt;Frame 0 - A 1kHz beep at frame 0 of every second&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;サイレント-  無音&lt;/p&gt;&lt;p&gt;2-Pop - アウトポイント2秒前に 1kHz beepする &lt;/p&gt;&lt;p&gt;Frame 0 - フレーム 0で毎秒 1kHz beepする &lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../src/widgets/countproducerwidget.ui" line="143"/>
        <source>Background</source>
        <translation>バックグラウンド</translation>
    </message>
    <message>
        <location filename="../src/widgets/countproducerwidget.ui" line="146"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;None - No background&lt;/p&gt;&lt;p&gt;Clock  - Film style clock animation&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;None - バックグランド無し&lt;/p&gt;&lt;p&gt;Clock - 映画で使われるような時計のアニメーション&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../src/widgets/countproducerwidget.ui" line="179"/>
        <source>Drop Frame</source>
        <translation>フレームレートをドロップ</translation>
    </message>
    <message>
        <location filename="../src/widgets/countproducerwidget.ui" line="182"/>
        <source>Use SMPTE style drop-frame counting for non-integer frame rates. The clock and timecode will advance two frames every minute if necessary to keep time with wall clock time.</source>
        <translation>非整数フレームレートのためにSMPTE方式のドロップフレームカウントを使う。もし時間とwall clockをキープするときは時計とtimecodeは毎分2フレーム進む。</translation>
    </message>
    <message>
        <location filename="../src/widgets/countproducerwidget.ui" line="189"/>
        <source>Duration</source>
        <translation>デュレーション</translation>
    </message>
    <message>
        <location filename="../src/widgets/countproducerwidget.cpp" line="40"/>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../src/widgets/countproducerwidget.cpp" line="41"/>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../src/widgets/countproducerwidget.cpp" line="44"/>
        <source>Seconds</source>
        <translation>Seconds</translation>
    </message>
    <message>
        <location filename="../src/widgets/countproducerwidget.cpp" line="45"/>
        <source>Seconds + 1</source>
        <translation>Seconds +1</translation>
    </message>
    <message>
        <location filename="../src/widgets/countproducerwidget.cpp" line="46"/>
        <source>Frames</source>
        <translation>フレーム</translation>
    </message>
    <message>
        <location filename="../src/widgets/countproducerwidget.cpp" line="47"/>
        <source>Timecode</source>
        <translation>タイムコード</translation>
    </message>
    <message>
        <location filename="../src/widgets/countproducerwidget.cpp" line="48"/>
        <location filename="../src/widgets/countproducerwidget.cpp" line="56"/>
        <source>Clock</source>
        <translation>時計</translation>
    </message>
    <message>
        <location filename="../src/widgets/countproducerwidget.cpp" line="51"/>
        <source>2-Pop</source>
        <translation>2-Pop</translation>
    </message>
    <message>
        <location filename="../src/widgets/countproducerwidget.cpp" line="52"/>
        <source>Silent</source>
        <translation>無音</translation>
    </message>
    <message>
        <location filename="../src/widgets/countproducerwidget.cpp" line="53"/>
        <source>Frame 0</source>
        <translation>Frame 0</translation>
    </message>
    <message>
        <location filename="../src/widgets/countproducerwidget.cpp" line="57"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../src/widgets/countproducerwidget.cpp" line="223"/>
        <source>Count: %1 %2</source>
        <translation>Count: %1 %2</translation>
    </message>
</context>
<context>
    <name>CustomProfileDialog</name>
    <message>
        <location filename="../src/dialogs/customprofiledialog.ui" line="14"/>
        <source>Add Custom Video Mode</source>
        <translation>カスタムビデオモードを追加する。</translation>
    </message>
    <message>
        <location filename="../src/dialogs/customprofiledialog.ui" line="29"/>
        <source>Colorspace</source>
        <translation>カラースペース</translation>
    </message>
    <message>
        <location filename="../src/dialogs/customprofiledialog.ui" line="76"/>
        <source>Resolution</source>
        <translation>解像度</translation>
    </message>
    <message>
        <location filename="../src/dialogs/customprofiledialog.ui" line="110"/>
        <source>:</source>
        <translation>:</translation>
    </message>
    <message>
        <location filename="../src/dialogs/customprofiledialog.ui" line="145"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../src/dialogs/customprofiledialog.ui" line="167"/>
        <source>Interlaced</source>
        <translation>組み合わせた</translation>
    </message>
    <message>
        <location filename="../src/dialogs/customprofiledialog.ui" line="172"/>
        <source>Progressive</source>
        <translation>進行</translation>
    </message>
    <message>
        <location filename="../src/dialogs/customprofiledialog.ui" line="195"/>
        <source>Aspect ratio</source>
        <translation>アスペクトレイシオ</translation>
    </message>
    <message>
        <location filename="../src/dialogs/customprofiledialog.ui" line="226"/>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <location filename="../src/dialogs/customprofiledialog.ui" line="261"/>
        <source>Frames/sec</source>
        <translation>フーレム/秒</translation>
    </message>
    <message>
        <location filename="../src/dialogs/customprofiledialog.ui" line="307"/>
        <source>Scan mode</source>
        <translation>スキャンモード</translation>
    </message>
</context>
<context>
    <name>DecklinkProducerWidget</name>
    <message>
        <location filename="../src/widgets/decklinkproducerwidget.ui" line="14"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="../src/widgets/decklinkproducerwidget.ui" line="26"/>
        <location filename="../src/widgets/decklinkproducerwidget.cpp" line="78"/>
        <source>SDI/HDMI</source>
        <translation>SDI/HDMI</translation>
    </message>
    <message>
        <location filename="../src/widgets/decklinkproducerwidget.ui" line="57"/>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <location filename="../src/widgets/decklinkproducerwidget.ui" line="67"/>
        <source>Signal mode</source>
        <translation>シグナルモード</translation>
    </message>
    <message>
        <location filename="../src/widgets/decklinkproducerwidget.ui" line="85"/>
        <source>Please be aware that not every card model supports automatic signal detection, and not all cards support all of the signal modes.</source>
        <translation>注意、全てのカードが自動シグナル検知に対応しているわけではありません。</translation>
    </message>
    <message>
        <location filename="../src/widgets/decklinkproducerwidget.cpp" line="31"/>
        <source>Detect Automatically</source>
        <translation>自動検知</translation>
    </message>
</context>
<context>
    <name>Dialog</name>
    <message>
        <location filename="../src/htmleditor/inserthtmldialog.ui" line="14"/>
        <source>Insert HTML</source>
        <translation>HTMLを挿入</translation>
    </message>
    <message>
        <location filename="../src/htmleditor/inserthtmldialog.ui" line="20"/>
        <source>HTML Code:</source>
        <translation>HTMLコード</translation>
    </message>
</context>
<context>
    <name>DirectShowVideoWidget</name>
    <message>
        <location filename="../src/widgets/directshowvideowidget.ui" line="14"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="../src/widgets/directshowvideowidget.ui" line="26"/>
        <location filename="../src/widgets/directshowvideowidget.cpp" line="93"/>
        <source>DirectShow</source>
        <translation>DirectShow</translation>
    </message>
    <message>
        <location filename="../src/widgets/directshowvideowidget.ui" line="52"/>
        <location filename="../src/widgets/directshowvideowidget.ui" line="81"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../src/widgets/directshowvideowidget.ui" line="60"/>
        <source>Video Input</source>
        <translation>ビデオインプット</translation>
    </message>
    <message>
        <location filename="../src/widgets/directshowvideowidget.ui" line="70"/>
        <source>Audio Input</source>
        <translation>オーディオインプット</translation>
    </message>
</context>
<context>
    <name>DurationDialog</name>
    <message>
        <location filename="../src/dialogs/durationdialog.ui" line="17"/>
        <source>Set Duration</source>
        <translation>デュレーションをセット</translation>
    </message>
    <message>
        <location filename="../src/dialogs/durationdialog.ui" line="25"/>
        <source>Duration</source>
        <translation>デュレーション</translation>
    </message>
</context>
<context>
    <name>EncodeDock</name>
    <message>
        <location filename="../src/docks/encodedock.ui" line="54"/>
        <source>search</source>
        <translation>サーチ</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="85"/>
        <source>Add current settings as a new custom preset</source>
        <translation>現在の設定をカスタムプリセットとして追加する</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="99"/>
        <source>Delete currently selected preset</source>
        <translation>現在選択してるプリセットを削除</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="175"/>
        <source>Format</source>
        <translation>フォーマット</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="241"/>
        <source>Video</source>
        <translation>ビデオ</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="441"/>
        <source>Resolution</source>
        <translation>解像度</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="451"/>
        <source>Frames/sec</source>
        <translation>フーレム/秒</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="479"/>
        <source>:</source>
        <translation>:</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="520"/>
        <source>Bottom Field First</source>
        <translation>ボトムフィールドを最初に</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="525"/>
        <source>Top Field First</source>
        <translation>トップフィールドを最初に</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="275"/>
        <source>Field order</source>
        <translation>フィールドオーダー</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="27"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="165"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="265"/>
        <source>Interpolation</source>
        <translation>補完</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="285"/>
        <source>Aspect ratio</source>
        <translation>アスペクトレイシオ</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="313"/>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="348"/>
        <source>Scan mode</source>
        <translation>スキャンモード</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="367"/>
        <source>Interlaced</source>
        <translation>組み合わせた</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="372"/>
        <source>Progressive</source>
        <translation>進行</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="554"/>
        <source>One Field (fast)</source>
        <translation>Oneフィールド(fast)</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="559"/>
        <source>Linear Blend (fast)</source>
        <translation>リーニアブレンド(fast)</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="564"/>
        <source>YADIF - temporal only (good)</source>
        <translation>YADIF - 一時的のみ(good)</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="569"/>
        <source>YADIF - temporal + spatial (best)</source>
        <translation>YADIF - 一時的 + 空間(best)</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="592"/>
        <source>Deinterlacer</source>
        <translation>インターレースを解除</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="608"/>
        <source>Nearest Neighbor (fast)</source>
        <translation>Nearest Neighbor (fast)</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="613"/>
        <source>Bilinear (good)</source>
        <translation>Bilinear (good)</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="618"/>
        <source>Bicubic (better)</source>
        <translation>Bicubic (better)</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="623"/>
        <source>Hyper/Lanczos (best)</source>
        <translation>Hyper/Lanczos (best)</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="646"/>
        <source>This enables multiple image processing threads.
Sometimes, this can be a problem, and you can
test if turning this off helps. For example, some
interlaced AVCHD in conjunction with the YADIF
deinterlacer has been reported as problematic
with parallel processing enabled.</source>
        <translation>これは複数イメージ処理スレッドを有効にする。
ときにはこれが問題となる。
オフにしてテストし、この機能が有効か確認することを奨める。
例えば、YADIFディインターレースの連結部でインターレースされたAVCHDは並行処理を有効にすると問題あると報告されている。</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="654"/>
        <source>Parallel processing</source>
        <translation>並列処理</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="668"/>
        <location filename="../src/docks/encodedock.ui" line="677"/>
        <location filename="../src/docks/encodedock.ui" line="1299"/>
        <source>Codec</source>
        <translation>コーデック</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="707"/>
        <source>GOP</source>
        <translation>GOP</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="719"/>
        <source>GOP = group of pictures, which is the maximum key frame interval</source>
        <translation>GOP = group of pictures 写真のグループ, 最大キーフレーム間隔</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="732"/>
        <source>frames</source>
        <translation>フレーム</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="752"/>
        <source>A fixed GOP means that keyframes will
not be inserted at detected scene changes.</source>
        <translation>fixed GOPはシーンに変更が検知された場所でキーフレームが挿入されない。</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="756"/>
        <source>Fixed</source>
        <translation>Fixed</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="780"/>
        <location filename="../src/docks/encodedock.ui" line="1341"/>
        <source>The average bit rate</source>
        <translation>アベレージビットレート</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="790"/>
        <location filename="../src/docks/encodedock.ui" line="1366"/>
        <source>64k</source>
        <translation>64k</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="795"/>
        <location filename="../src/docks/encodedock.ui" line="1376"/>
        <source>128k</source>
        <translation>128k</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="800"/>
        <location filename="../src/docks/encodedock.ui" line="1386"/>
        <source>256k</source>
        <translation>256k</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="805"/>
        <location filename="../src/docks/encodedock.ui" line="1396"/>
        <source>512k</source>
        <translation>512k</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="810"/>
        <source>768k</source>
        <translation>768k</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="815"/>
        <location filename="../src/docks/encodedock.ui" line="1401"/>
        <source>1M</source>
        <translation>1M</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="820"/>
        <source>1200k</source>
        <translation>1200k</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="825"/>
        <source>1500k</source>
        <translation>1500k</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="830"/>
        <source>2M</source>
        <translation>2M</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="835"/>
        <source>2500k</source>
        <translation>2500k</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="840"/>
        <source>3M</source>
        <translation>3M</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="845"/>
        <source>4M</source>
        <translation>4M</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="850"/>
        <source>5M</source>
        <translation>5M</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="855"/>
        <source>6M</source>
        <translation>6M</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="860"/>
        <source>8M</source>
        <translation>8M</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="865"/>
        <source>10M</source>
        <translation>10M</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="870"/>
        <source>12M</source>
        <translation>12M</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="875"/>
        <source>14M</source>
        <translation>14M</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="880"/>
        <source>16M</source>
        <translation>16M</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="885"/>
        <source>18M</source>
        <translation>18M</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="890"/>
        <source>20M</source>
        <translation>20M</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="895"/>
        <source>25M</source>
        <translation>25M</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="900"/>
        <source>30M</source>
        <translation>30M</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="905"/>
        <source>40M</source>
        <translation>40M</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="910"/>
        <source>50M</source>
        <translation>50M</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="915"/>
        <source>60M</source>
        <translation>60M</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="920"/>
        <source>70M</source>
        <translation>70M</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="925"/>
        <source>80M</source>
        <translation>80M</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="933"/>
        <location filename="../src/docks/encodedock.ui" line="1409"/>
        <source>b/s</source>
        <translation>b/s</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="955"/>
        <source>Disable video</source>
        <translation>映像を無効化</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="962"/>
        <source>Dual pass</source>
        <translation>デュアルパス</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="969"/>
        <source>B frames</source>
        <translation>B フレーム</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="981"/>
        <source>B frames are the bidirectional &quot;delta&quot; pictures
in temporal compression</source>
        <translation>B フレームは双方向の一時圧縮 &quot;デルタ&quot;映像</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="1020"/>
        <source>Codec threads</source>
        <translation>コーデックスレッド</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="1035"/>
        <source>(0 = auto)</source>
        <translation>(0 = auto)</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="1057"/>
        <location filename="../src/docks/encodedock.ui" line="1451"/>
        <source>Rate control</source>
        <translation>レートコントロール</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="1070"/>
        <location filename="../src/docks/encodedock.ui" line="1464"/>
        <source>Average Bitrate</source>
        <translation>アベレージビットレート</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="1075"/>
        <location filename="../src/docks/encodedock.ui" line="1469"/>
        <source>Constant Bitrate</source>
        <translation>コンスタントビットレート</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="1080"/>
        <location filename="../src/docks/encodedock.ui" line="1474"/>
        <source>Quality-based VBR</source>
        <translation>クオリティーベースのVBR</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="1085"/>
        <source>Constrained VBR</source>
        <translation>強制VBR</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="1108"/>
        <source>Buffer size</source>
        <translation>バッファサイズ</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="1130"/>
        <source>KiB</source>
        <translation>KiB</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="1152"/>
        <location filename="../src/docks/encodedock.ui" line="1497"/>
        <source>Quality</source>
        <translation>品質</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="1164"/>
        <location filename="../src/docks/encodedock.ui" line="1509"/>
        <source> %</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="1195"/>
        <location filename="../src/docks/encodedock.ui" line="1329"/>
        <source>Bitrate</source>
        <translation>ビットレート</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="1206"/>
        <source>Audio</source>
        <translation>オーディオ</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="1224"/>
        <source>8000</source>
        <translation>8000</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="1229"/>
        <source>12000</source>
        <translation>12000</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="1234"/>
        <source>16000</source>
        <translation>16000</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="1239"/>
        <source>22050</source>
        <translation>22050</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="1244"/>
        <source>32000</source>
        <translation>32000</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="1249"/>
        <source>44100</source>
        <translation>44100</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="1254"/>
        <source>48000</source>
        <translation>48000</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="1259"/>
        <source>96000</source>
        <translation>96000</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="1267"/>
        <source>Hz</source>
        <translation>Hz</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="1289"/>
        <source>Sample rate</source>
        <translation>サンプルレート</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="1351"/>
        <source>16k</source>
        <translation>16k</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="1356"/>
        <source>32k</source>
        <translation>32k</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="1361"/>
        <source>48k</source>
        <translation>48k</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="1371"/>
        <source>96k</source>
        <translation>96k</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="1381"/>
        <source>220k</source>
        <translation>220k</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="1391"/>
        <source>384k</source>
        <translation>384k</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="1431"/>
        <source>Disable audio</source>
        <translation>オーディオ無効</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="1541"/>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="1559"/>
        <location filename="../src/docks/encodedock.cpp" line="736"/>
        <location filename="../src/docks/encodedock.cpp" line="1036"/>
        <location filename="../src/docks/encodedock.cpp" line="1447"/>
        <source>Export File</source>
        <translation>ファイルをExport</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="1566"/>
        <location filename="../src/docks/encodedock.cpp" line="1169"/>
        <location filename="../src/docks/encodedock.cpp" line="1176"/>
        <location filename="../src/docks/encodedock.cpp" line="1287"/>
        <source>Stream</source>
        <translation>ストリーム</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="1573"/>
        <source>Reset options to defaults</source>
        <translation>オプションをデフォルトに戻す</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="1576"/>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.cpp" line="88"/>
        <source>Automatic from extension</source>
        <translation>エクステンションから自動</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.cpp" line="96"/>
        <location filename="../src/docks/encodedock.cpp" line="106"/>
        <source>Default for format</source>
        <translation>フォーマットにデフォルト</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.cpp" line="1036"/>
        <location filename="../src/docks/encodedock.cpp" line="1449"/>
        <source>Capture File</source>
        <translation>ファイルをキャプチャ</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.cpp" line="337"/>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.cpp" line="339"/>
        <source>Playlist</source>
        <translation>プレイリスト</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.cpp" line="341"/>
        <source>Each Playlist Item</source>
        <translation>各プレイリストアイテム</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.cpp" line="350"/>
        <location filename="../src/docks/encodedock.cpp" line="362"/>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.cpp" line="377"/>
        <location filename="../src/docks/encodedock.cpp" line="960"/>
        <source>Custom</source>
        <translation>カスタム</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.cpp" line="389"/>
        <source>Stock</source>
        <translation>ストック</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.cpp" line="1064"/>
        <source>Do not show this anymore.</source>
        <comment>Export free disk space warning dialog</comment>
        <translation>今後表示しない。</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.ui" line="1603"/>
        <location filename="../src/docks/encodedock.cpp" line="1010"/>
        <location filename="../src/docks/encodedock.cpp" line="1098"/>
        <location filename="../src/docks/encodedock.cpp" line="1112"/>
        <source>Stop Capture</source>
        <translation>キャプチャを停止</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.cpp" line="1222"/>
        <source>Add Export Preset</source>
        <translation>Exportプリセットを追加</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.cpp" line="1164"/>
        <location filename="../src/docks/encodedock.cpp" line="1185"/>
        <source>Stop Stream</source>
        <translation>ストームを停止</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.cpp" line="740"/>
        <source>You cannot write to a file that is in your project.
Try again with a different folder or file name.</source>
        <translation>あなたのプロジェクトのファイルに書き込めません。
他のフォルダ名やファイル名で再試行ください。</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.cpp" line="1057"/>
        <source>The drive you chose only has %1 MiB of free space.
Do you still want to continue?</source>
        <translation>選択したドライブは  %1 MiB しか空き容量がありません。
続行しますか？</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.cpp" line="1069"/>
        <source>Export canceled.</source>
        <translation>エクスポートがキャンセルされました。</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.cpp" line="1177"/>
        <source>Enter the network protocol scheme, address, port, and parameters as an URL:</source>
        <translation>ネットワークプロトコルスキームに入る。アドレス、port, そしてURLパラメータ</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.cpp" line="1264"/>
        <source>Delete Preset</source>
        <translation>プリセットを削除</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.cpp" line="1265"/>
        <source>Are you sure you want to delete %1?</source>
        <translation>本当に %1 を削除してよろしいですか?</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.cpp" line="1386"/>
        <location filename="../src/docks/encodedock.cpp" line="1390"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../src/docks/encodedock.cpp" line="1433"/>
        <source>KiB (%1s)</source>
        <translation>KiB (%1s)</translation>
    </message>
</context>
<context>
    <name>EncodeJob</name>
    <message>
        <location filename="../src/jobs/encodejob.cpp" line="38"/>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <location filename="../src/jobs/encodejob.cpp" line="39"/>
        <source>Open the output file in the Shotcut player</source>
        <translation>Shotcut playerでoutputを開く</translation>
    </message>
    <message>
        <location filename="../src/jobs/encodejob.cpp" line="43"/>
        <location filename="../src/jobs/encodejob.cpp" line="44"/>
        <source>Show In Folder</source>
        <translation>フォルダーに表示</translation>
    </message>
    <message>
        <location filename="../src/jobs/encodejob.cpp" line="48"/>
        <source>Measure Video Quality...</source>
        <translation>ビデオ品質を計測</translation>
    </message>
    <message>
        <location filename="../src/jobs/encodejob.cpp" line="68"/>
        <source>Video Quality Report</source>
        <translation>ビデオ品質レーポート</translation>
    </message>
</context>
<context>
    <name>FfmpegJob</name>
    <message>
        <location filename="../src/jobs/ffmpegjob.cpp" line="38"/>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <location filename="../src/jobs/ffmpegjob.cpp" line="42"/>
        <source>Check %1</source>
        <translation>Check %1</translation>
    </message>
    <message>
        <location filename="../src/jobs/ffmpegjob.cpp" line="69"/>
        <source>FFmpeg Log</source>
        <translation>FFmpeg Log</translation>
    </message>
</context>
<context>
    <name>FfprobeJob</name>
    <message>
        <location filename="../src/jobs/ffprobejob.cpp" line="56"/>
        <source>More Information</source>
        <translation>More Information</translation>
    </message>
</context>
<context>
    <name>FilterController</name>
    <message>
        <location filename="../src/controllers/filtercontroller.cpp" line="169"/>
        <source>Only one %1 filter is allowed.</source>
        <translation>一つの %1  フィルターだけ許可されいます</translation>
    </message>
</context>
<context>
    <name>FilterMenu</name>
    <message>
        <location filename="../src/qml/views/filter/FilterMenu.qml" line="82"/>
        <source>Show favorite filters</source>
        <translation>お気に入りのフィルーターを表示</translation>
    </message>
    <message>
        <location filename="../src/qml/views/filter/FilterMenu.qml" line="97"/>
        <source>Show video filters</source>
        <translation>ビデオフィルターを表示</translation>
    </message>
    <message>
        <location filename="../src/qml/views/filter/FilterMenu.qml" line="112"/>
        <source>Show audio filters</source>
        <translation>オーディオフィルターを表示</translation>
    </message>
    <message>
        <location filename="../src/qml/views/filter/FilterMenu.qml" line="131"/>
        <source>Close menu</source>
        <translation>メニューを閉じる</translation>
    </message>
</context>
<context>
    <name>FiltersDock</name>
    <message>
        <location filename="../src/docks/filtersdock.cpp" line="38"/>
        <source>Filters</source>
        <translation>フィルター</translation>
    </message>
</context>
<context>
    <name>GDIgrabWidget</name>
    <message>
        <location filename="../src/widgets/gdigrabwidget.ui" line="14"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="../src/widgets/gdigrabwidget.ui" line="69"/>
        <source>Audio Input</source>
        <translation>オーディオインプット</translation>
    </message>
    <message>
        <location filename="../src/widgets/gdigrabwidget.ui" line="138"/>
        <source>Resolution</source>
        <translation>解像度</translation>
    </message>
    <message>
        <location filename="../src/widgets/gdigrabwidget.ui" line="79"/>
        <source>Width of the capture region</source>
        <translation>キャプチャーリージョンの幅</translation>
    </message>
    <message>
        <location filename="../src/widgets/gdigrabwidget.ui" line="161"/>
        <source>The horizontal coordinate from the left edge when using a fixed capture region.</source>
        <translation>fixedキャプチャーリージョンを使用中の左端の水平座標</translation>
    </message>
    <message>
        <location filename="../src/widgets/gdigrabwidget.ui" line="92"/>
        <source>Draw the mouse cursor</source>
        <translation>マウスカーソルを描画</translation>
    </message>
    <message>
        <location filename="../src/widgets/gdigrabwidget.ui" line="105"/>
        <source>Choose an audio input method to use during capture.</source>
        <translation>キャプチャー中のオーディオインプット方式を選択する</translation>
    </message>
    <message>
        <location filename="../src/widgets/gdigrabwidget.ui" line="109"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../src/widgets/gdigrabwidget.ui" line="177"/>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <location filename="../src/widgets/gdigrabwidget.ui" line="131"/>
        <source>Show the capture region</source>
        <translation>キャプチャーリージョンを表示</translation>
    </message>
    <message>
        <location filename="../src/widgets/gdigrabwidget.ui" line="59"/>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <location filename="../src/widgets/gdigrabwidget.ui" line="184"/>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <location filename="../src/widgets/gdigrabwidget.ui" line="117"/>
        <location filename="../src/widgets/gdigrabwidget.ui" line="191"/>
        <source>pixels</source>
        <translation>ピクセル</translation>
    </message>
    <message>
        <location filename="../src/widgets/gdigrabwidget.ui" line="33"/>
        <source>The vertical coordinate from the top edge when using a fixed capture region.</source>
        <translation>fixedリージョンキャプチャを使用している時の上部エッジの垂直座標</translation>
    </message>
    <message>
        <location filename="../src/widgets/gdigrabwidget.ui" line="148"/>
        <source>Height of the capture region</source>
        <translation>キャプチャーリージョンの高さ</translation>
    </message>
    <message>
        <location filename="../src/widgets/gdigrabwidget.ui" line="124"/>
        <source>Y</source>
        <translation>Y</translation>
    </message>
    <message>
        <location filename="../src/widgets/gdigrabwidget.ui" line="49"/>
        <source>Screen</source>
        <translation>スクリーン</translation>
    </message>
</context>
<context>
    <name>GLTestWidget</name>
    <message>
        <location filename="../src/widgets/gltestwidget.cpp" line="50"/>
        <source>Error:
This program requires OpenGL version 2.0
with the framebuffer object extension.</source>
        <translation>Error
このプログラムはframebuffer object extensionとOpenGL V2.0が必要です。</translation>
    </message>
</context>
<context>
    <name>HtmlEditor</name>
    <message>
        <location filename="../src/htmleditor/htmleditor.ui" line="14"/>
        <location filename="../src/htmleditor/htmleditor.cpp" line="162"/>
        <location filename="../src/htmleditor/htmleditor.cpp" line="746"/>
        <source>HTML Editor</source>
        <translation>HTMLエディター</translation>
    </message>
    <message>
        <location filename="../src/htmleditor/htmleditor.ui" line="36"/>
        <source>&amp;Edit</source>
        <translation>&amp;編集</translation>
    </message>
    <message>
        <location filename="../src/htmleditor/htmleditor.ui" line="52"/>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <location filename="../src/htmleditor/htmleditor.ui" line="56"/>
        <source>St&amp;yle</source>
        <translation>St&amp;yle</translation>
    </message>
    <message>
        <location filename="../src/htmleditor/htmleditor.ui" line="70"/>
        <source>&amp;Align</source>
        <translation>&amp;Align</translation>
    </message>
    <message>
        <location filename="../src/htmleditor/htmleditor.ui" line="101"/>
        <source>&amp;File</source>
        <translation>&amp;ファイル</translation>
    </message>
    <message>
        <location filename="../src/htmleditor/htmleditor.ui" line="115"/>
        <source>Standard</source>
        <translation>標準</translation>
    </message>
    <message>
        <location filename="../src/htmleditor/htmleditor.ui" line="181"/>
        <source>Tab 1</source>
        <translation>Tab 1</translation>
    </message>
    <message>
        <location filename="../src/htmleditor/htmleditor.ui" line="200"/>
        <source>about:blank</source>
        <translation>about:blank</translation>
    </message>
    <message>
        <location filename="../src/htmleditor/htmleditor.ui" line="209"/>
        <source>Tab 2</source>
        <translation>Tab 2</translation>
    </message>
    <message>
        <location filename="../src/htmleditor/htmleditor.ui" line="245"/>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../src/htmleditor/htmleditor.ui" line="254"/>
        <source>&amp;Open...</source>
        <translation>&amp;Open...</translation>
    </message>
    <message>
        <location filename="../src/htmleditor/htmleditor.ui" line="263"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../src/htmleditor/htmleditor.ui" line="266"/>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location filename="../src/htmleditor/htmleditor.ui" line="271"/>
        <source>Save &amp;As...</source>
        <translation>Save &amp;As...</translation>
    </message>
    <message>
        <location filename="../src/htmleditor/htmleditor.ui" line="280"/>
        <source>&amp;Undo</source>
        <translation>&amp;元に戻す</translation>
    </message>
    <message>
        <location filename="../src/htmleditor/htmleditor.ui" line="283"/>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <location filename="../src/htmleditor/htmleditor.ui" line="292"/>
        <source>&amp;Redo</source>
        <translation>&amp;やり直す</translation>
    </message>
    <message>
        <location filename="../src/htmleditor/htmleditor.ui" line="295"/>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <location filename="../src/htmleditor/htmleditor.ui" line="304"/>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <location filename="../src/htmleditor/htmleditor.ui" line="307"/>
        <source>Ctrl+X</source>
        <translation>Ctrl+X</translation>
    </message>
    <message>
        <location filename="../src/htmleditor/htmleditor.ui" line="316"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../src/htmleditor/htmleditor.ui" line="319"/>
        <source>Ctrl+C</source>
        <translation>Ctrl+C</translation>
    </message>
    <message>
        <location filename="../src/htmleditor/htmleditor.ui" line="328"/>
        <source>&amp;Paste</source>
        <translation>&amp;貼り付け</translation>
    </message>
    <message>
        <location filename="../src/htmleditor/htmleditor.ui" line="331"/>
        <source>Ctrl+V</source>
        <translation>Ctrl+V</translation>
    </message>
    <message>
        <location filename="../src/htmleditor/htmleditor.ui" line="340"/>
        <source>Select A&amp;ll</source>
        <translation>Select A&amp;ll</translation>
    </message>
    <message>
        <location filename="../src/htmleditor/htmleditor.ui" line="343"/>
        <source>Ctrl+A</source>
        <translation>Ctrl+A</translation>
    </message>
    <message>
        <location filename="../src/htmleditor/htmleditor.ui" line="355"/>
        <source>&amp;Bold</source>
        <translation>&amp;Bold</translation>
    </message>
    <message>
        <location filename="../src/htmleditor/htmleditor.ui" line="358"/>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <location filename="../src/htmleditor/htmleditor.ui" line="370"/>
        <source>&amp;Italic</source>
        <translation>&amp;イタリック</translation>
    </message>
    <message>
        <location filename="../src/htmleditor/htmleditor.ui" line="373"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../src/htmleditor/htmleditor.ui" line="385"/>
        <source>&amp;Underline</source>
        <translation>&amp;アンダーライン</translation>
    </message>
    <message>
        <location filename="../src/htmleditor/htmleditor.ui" line="388"/>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <location filename="../src/htmleditor/htmleditor.ui" line="400"/>
        <source>&amp;Strikethrough</source>
        <translation>&amp;ストライクスルー</translation>
    </message>
    <message>
        <location filename="../src/htmleditor/htmleditor.ui" line="409"/>
        <source>Align &amp;Left</source>
        <translation>Align &amp;左</translation>
    </message>
    <message>
        <location filename="../src/htmleditor/htmleditor.ui" line="418"/>
        <source>Align &amp;Center</source>
        <translation>Align &amp;中央</translation>
    </message>
    <message>
        <location filename="../src/htmleditor/htmleditor.ui" line="427"/>
        <source>Align &amp;Right</source>
        <translation>Align &amp;右</translation>
    </message>
    <message>
        <location filename="../src/htmleditor/htmleditor.ui" line="436"/>
        <source>Align &amp;Justify</source>
        <translation>並び &amp;そろえる</translation>
    </message>
    <message>
        <location filename="../src/htmleditor/htmleditor.ui" line="445"/>
        <source>I&amp;ncrease Indent</source>
        <translation>&amp;インデントを増やす</translation>
    </message>
    <message>
        <location filename="../src/htmleditor/htmleditor.ui" line="454"/>
        <source>&amp;Decrease Indent</source>
        <translation>&amp;インデントを減らす</translation>
    </message>
    <message>
        <location filename="../src/htmleditor/htmleditor.ui" line="466"/>
        <source>Bulle&amp;ted List</source>
        <translation>&amp;箇条書きリスト</translation>
    </message>
    <message>
        <location filename="../src/htmleditor/htmleditor.ui" line="478"/>
        <source>&amp;Numbered List</source>
        <translation>&amp;番号付きリスト</translation>
    </message>
    <message>
        <location filename="../src/htmleditor/htmleditor.ui" line="487"/>
        <source>Insert &amp;Image...</source>
        <translation>イメージ &amp; 挿入</translation>
    </message>
    <message>
        <location filename="../src/htmleditor/htmleditor.ui" line="496"/>
        <source>Create Link...</source>
        <translation>リンクを作成</translation>
    </message>
    <message>
        <location filename="../src/htmleditor/htmleditor.ui" line="505"/>
        <source>Zoom Out</source>
        <translation>ズーム アウト</translation>
    </message>
    <message>
        <location filename="../src/htmleditor/htmleditor.ui" line="514"/>
        <source>Zoom In</source>
        <translation>ズーム イン</translation>
    </message>
    <message>
        <location filename="../src/htmleditor/htmleditor.ui" line="523"/>
        <source>C&amp;lose Window</source>
        <translation>&amp;ウィンドウを閉じる</translation>
    </message>
    <message>
        <location filename="../src/htmleditor/htmleditor.ui" line="526"/>
        <source>Close Window</source>
        <translation>ウィンドウを閉じる</translation>
    </message>
    <message>
        <location filename="../src/htmleditor/htmleditor.ui" line="529"/>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <location filename="../src/htmleditor/htmleditor.ui" line="534"/>
        <source>&amp;Paragraph</source>
        <translation>$ 段落 パラグラフ</translation>
    </message>
    <message>
        <location filename="../src/htmleditor/htmleditor.ui" line="539"/>
        <source>Heading &amp;1</source>
        <translation>見出し &amp;1</translation>
    </message>
    <message>
        <location filename="../src/htmleditor/htmleditor.ui" line="544"/>
        <source>Heading &amp;2</source>
        <translation>見出し &amp;2</translation>
    </message>
    <message>
        <location filename="../src/htmleditor/htmleditor.ui" line="549"/>
        <source>Heading &amp;3</source>
        <translation>見出し &amp;3</translation>
    </message>
    <message>
        <location filename="../src/htmleditor/htmleditor.ui" line="554"/>
        <source>Heading &amp;4</source>
        <translation>見出し &amp;4</translation>
    </message>
    <message>
        <location filename="../src/htmleditor/htmleditor.ui" line="559"/>
        <source>Heading &amp;5</source>
        <translation>見出し &amp;5</translation>
    </message>
    <message>
        <location filename="../src/htmleditor/htmleditor.ui" line="564"/>
        <source>Heading &amp;6</source>
        <translation>見出し &amp;6</translation>
    </message>
    <message>
        <location filename="../src/htmleditor/htmleditor.ui" line="569"/>
        <source>Pre&amp;formatted</source>
        <translation>&amp;プリフォーマット</translation>
    </message>
    <message>
        <location filename="../src/htmleditor/htmleditor.ui" line="574"/>
        <source>&amp;Address</source>
        <translation>$アドレス</translation>
    </message>
    <message>
        <location filename="../src/htmleditor/htmleditor.ui" line="579"/>
        <source>&amp;Font Name...</source>
        <translation>%フォント名</translation>
    </message>
    <message>
        <location filename="../src/htmleditor/htmleditor.ui" line="584"/>
        <source>Text &amp;Color...</source>
        <translation>テキスト &amp; 色</translation>
    </message>
    <message>
        <location filename="../src/htmleditor/htmleditor.ui" line="589"/>
        <source>Bac&amp;kground Color...</source>
        <translation>&amp;背景色</translation>
    </message>
    <message>
        <location filename="../src/htmleditor/htmleditor.ui" line="597"/>
        <source>Font Si&amp;ze...</source>
        <translation>&amp;フォントサイズ</translation>
    </message>
    <message>
        <location filename="../src/htmleditor/htmleditor.ui" line="606"/>
        <source>Insert HTML...</source>
        <translation>HTML挿入</translation>
    </message>
    <message>
        <location filename="../src/htmleditor/htmleditor.ui" line="609"/>
        <source>Insert HTML</source>
        <translation>HTMLを挿入</translation>
    </message>
    <message>
        <location filename="../src/htmleditor/htmleditor.ui" line="617"/>
        <source>Text Outline...</source>
        <translation>文字の輪郭...</translation>
    </message>
    <message>
        <location filename="../src/htmleditor/htmleditor.ui" line="625"/>
        <source>Text Shadow...</source>
        <translation>テキストの影</translation>
    </message>
    <message>
        <location filename="../src/htmleditor/htmleditor.cpp" line="66"/>
        <source>WYSIWYG Editor</source>
        <translation>WYSIWYG エディター</translation>
    </message>
    <message>
        <location filename="../src/htmleditor/htmleditor.cpp" line="67"/>
        <source>View Source</source>
        <translation>ソースを表示</translation>
    </message>
    <message>
        <location filename="../src/htmleditor/htmleditor.cpp" line="163"/>
        <source>The document has been modified.
Do you want to save your changes?</source>
        <translation>このドキュメントに変更があります。
変更を保存しますか?</translation>
    </message>
    <message>
        <location filename="../src/htmleditor/htmleditor.cpp" line="200"/>
        <source>Open File...</source>
        <translation>ファイルを開く</translation>
    </message>
    <message>
        <location filename="../src/htmleditor/htmleditor.cpp" line="201"/>
        <location filename="../src/htmleditor/htmleditor.cpp" line="237"/>
        <source>HTML-Files (*.htm *.html);;All Files (*)</source>
        <translation>HTML-Files (*.htm *.html);;All Files (*)</translation>
    </message>
    <message>
        <location filename="../src/htmleditor/htmleditor.cpp" line="211"/>
        <location filename="../src/htmleditor/htmleditor.cpp" line="236"/>
        <source>Save as...</source>
        <translation>名前を付けて保存</translation>
    </message>
    <message>
        <location filename="../src/htmleditor/htmleditor.cpp" line="250"/>
        <source>Common Graphics (*.png *.jpg *.jpeg *.gif);;</source>
        <translation>Common Graphics (*.png *.jpg *.jpeg *.gif);;</translation>
    </message>
    <message>
        <location filename="../src/htmleditor/htmleditor.cpp" line="251"/>
        <source>Portable Network Graphics (PNG) (*.png);;</source>
        <translation>Portable Network Graphics (PNG) (*.png);;</translation>
    </message>
    <message>
        <location filename="../src/htmleditor/htmleditor.cpp" line="252"/>
        <source>JPEG (*.jpg *.jpeg);;</source>
        <translation>JPEG (*.jpg *.jpeg);;</translation>
    </message>
    <message>
        <location filename="../src/htmleditor/htmleditor.cpp" line="253"/>
        <source>Graphics Interchange Format (*.gif);;</source>
        <translation>Graphics Interchange Format (*.gif);;</translation>
    </message>
    <message>
        <location filename="../src/htmleditor/htmleditor.cpp" line="254"/>
        <source>All Files (*)</source>
        <translation>All Files (*)</translation>
    </message>
    <message>
        <location filename="../src/htmleditor/htmleditor.cpp" line="256"/>
        <source>Open image...</source>
        <translation>イメージを開く</translation>
    </message>
    <message>
        <location filename="../src/htmleditor/htmleditor.cpp" line="303"/>
        <source>Create link</source>
        <translation>リンクを作成</translation>
    </message>
    <message>
        <location filename="../src/htmleditor/htmleditor.cpp" line="304"/>
        <source>Enter URL</source>
        <translation>URLを入力</translation>
    </message>
    <message>
        <location filename="../src/htmleditor/htmleditor.cpp" line="494"/>
        <source>Font</source>
        <translation>フォント</translation>
    </message>
    <message>
        <location filename="../src/htmleditor/htmleditor.cpp" line="494"/>
        <source>Select font:</source>
        <translation>フォントを選択</translation>
    </message>
    <message>
        <location filename="../src/htmleditor/htmleditor.cpp" line="504"/>
        <source>Font Size</source>
        <translation>フォントサイズ</translation>
    </message>
    <message>
        <location filename="../src/htmleditor/htmleditor.cpp" line="504"/>
        <source>Size in points:</source>
        <translation>サイズポイント</translation>
    </message>
    <message>
        <location filename="../src/htmleditor/htmleditor.cpp" line="640"/>
        <source>Open %1 ?</source>
        <translation>開く %1 ?</translation>
    </message>
    <message>
        <location filename="../src/htmleditor/htmleditor.cpp" line="641"/>
        <source>Open link</source>
        <translation>リンクを開く</translation>
    </message>
    <message>
        <location filename="../src/htmleditor/htmleditor.cpp" line="650"/>
        <source>Text Outline</source>
        <translation>文字の輪郭</translation>
    </message>
    <message>
        <location filename="../src/htmleditor/htmleditor.cpp" line="667"/>
        <source>Text Shadow</source>
        <translation>テキスト 影</translation>
    </message>
    <message>
        <location filename="../src/htmleditor/htmleditor.cpp" line="746"/>
        <source>%1[*] - %2</source>
        <translation>%1[*] - %2</translation>
    </message>
</context>
<context>
    <name>ImageProducerWidget</name>
    <message>
        <location filename="../src/widgets/imageproducerwidget.ui" line="14"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="../src/widgets/imageproducerwidget.ui" line="26"/>
        <source>TextLabel</source>
        <translation>テキストレーベル</translation>
    </message>
    <message>
        <location filename="../src/widgets/imageproducerwidget.ui" line="44"/>
        <source>Resolution</source>
        <translation>解像度</translation>
    </message>
    <message>
        <location filename="../src/widgets/imageproducerwidget.ui" line="78"/>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <location filename="../src/widgets/imageproducerwidget.ui" line="106"/>
        <source>Duration</source>
        <translation>デュレーション</translation>
    </message>
    <message>
        <location filename="../src/widgets/imageproducerwidget.ui" line="116"/>
        <source>Pixel aspect ratio</source>
        <translation>ピクセルアスペクト比</translation>
    </message>
    <message>
        <location filename="../src/widgets/imageproducerwidget.ui" line="147"/>
        <source>:</source>
        <translation>:</translation>
    </message>
    <message>
        <location filename="../src/widgets/imageproducerwidget.ui" line="182"/>
        <source>Repeat</source>
        <translation>リピート</translation>
    </message>
    <message>
        <location filename="../src/widgets/imageproducerwidget.ui" line="200"/>
        <source> frames</source>
        <translation>フレーム</translation>
    </message>
    <message>
        <location filename="../src/widgets/imageproducerwidget.ui" line="216"/>
        <source>per picture</source>
        <translation>ピクチャ毎</translation>
    </message>
    <message>
        <location filename="../src/widgets/imageproducerwidget.ui" line="175"/>
        <source>Image sequence</source>
        <translation>イメージシークエンス</translation>
    </message>
    <message>
        <location filename="../src/widgets/imageproducerwidget.ui" line="255"/>
        <source>Make the current duration value the default value</source>
        <translation>直近のデュレーションをデフォルトにする</translation>
    </message>
    <message>
        <location filename="../src/widgets/imageproducerwidget.ui" line="258"/>
        <source>Set Default</source>
        <translation>デフォルトに設定する</translation>
    </message>
    <message>
        <location filename="../src/widgets/imageproducerwidget.ui" line="271"/>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <location filename="../src/widgets/imageproducerwidget.cpp" line="203"/>
        <source>Getting length of image sequence...</source>
        <translation>イメージシークエンスの長さを取得する</translation>
    </message>
    <message>
        <location filename="../src/widgets/imageproducerwidget.cpp" line="215"/>
        <location filename="../src/widgets/imageproducerwidget.cpp" line="231"/>
        <source>Reloading image sequence...</source>
        <translation>イメージシークエンスをリロード</translation>
    </message>
</context>
<context>
    <name>IsingWidget</name>
    <message>
        <location filename="../src/widgets/isingwidget.ui" line="14"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="../src/widgets/isingwidget.ui" line="26"/>
        <source>Ising Model</source>
        <translation>MODEL する</translation>
    </message>
    <message>
        <location filename="../src/widgets/isingwidget.ui" line="41"/>
        <source>Noise Temperature</source>
        <translation>ノイズ 温度</translation>
    </message>
    <message>
        <location filename="../src/widgets/isingwidget.ui" line="106"/>
        <source>Border Growth</source>
        <translation>ボーダー拡張</translation>
    </message>
    <message>
        <location filename="../src/widgets/isingwidget.ui" line="174"/>
        <source>Spontaneous Growth</source>
        <translation>自然な拡張</translation>
    </message>
</context>
<context>
    <name>JackProducerWidget</name>
    <message>
        <location filename="../src/widgets/jackproducerwidget.ui" line="14"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="../src/widgets/jackproducerwidget.ui" line="26"/>
        <source>JACK Audio</source>
        <translation>JACK オーディオ</translation>
    </message>
    <message>
        <location filename="../src/widgets/jackproducerwidget.ui" line="36"/>
        <source>You need to manually connect the JACK input ports.</source>
        <translation> JACK インプットポートに直接接続する必要があります。</translation>
    </message>
</context>
<context>
    <name>JobQueue</name>
    <message>
        <location filename="../src/jobqueue.cpp" line="52"/>
        <source>pending</source>
        <translation>ペンディング</translation>
    </message>
    <message>
        <location filename="../src/jobqueue.cpp" line="58"/>
        <source>Estimated Hours:Minutes:Seconds</source>
        <translation>推定 時間:分:秒</translation>
    </message>
    <message>
        <location filename="../src/jobqueue.cpp" line="95"/>
        <source>Elapsed Hours:Minutes:Seconds</source>
        <translation>経過 時間:分:秒</translation>
    </message>
    <message>
        <location filename="../src/jobqueue.cpp" line="98"/>
        <source>stopped</source>
        <translation>停止しました</translation>
    </message>
    <message>
        <location filename="../src/jobqueue.cpp" line="101"/>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
</context>
<context>
    <name>JobsDock</name>
    <message>
        <location filename="../src/docks/jobsdock.ui" line="18"/>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <location filename="../src/docks/jobsdock.ui" line="104"/>
        <source>Stop automatically processing the next pending job in
the list. This does not stop a currently running job. Right-
-click a job to open a menu to stop a currently running job.</source>
        <translation>リストの次のペンディング中のjob自動処理を停止。
れは現在実行中のjobは停止しません。
jobを右クリックするとメニューが開くので現在実行中のjob停止が
できます。</translation>
    </message>
    <message>
        <location filename="../src/docks/jobsdock.ui" line="109"/>
        <source>Pause</source>
        <translation>ポーズ</translation>
    </message>
    <message>
        <location filename="../src/docks/jobsdock.ui" line="119"/>
        <source>Remove all of the completed and failed jobs from the list</source>
        <translation>完了または失敗したjobをリストから全て削除する</translation>
    </message>
    <message>
        <location filename="../src/docks/jobsdock.ui" line="122"/>
        <source>Clean</source>
        <translation>クリーン</translation>
    </message>
    <message>
        <location filename="../src/docks/jobsdock.ui" line="129"/>
        <source>Display a menu of additional actions</source>
        <translation>追加のアクションをMenuに表示する</translation>
    </message>
    <message>
        <location filename="../src/docks/jobsdock.ui" line="156"/>
        <source>Stop This Job</source>
        <translation>このjobを停止</translation>
    </message>
    <message>
        <location filename="../src/docks/jobsdock.ui" line="159"/>
        <source>Stop the currently selected job</source>
        <translation>現在選択しているjobを停止</translation>
    </message>
    <message>
        <location filename="../src/docks/jobsdock.ui" line="164"/>
        <source>View Log</source>
        <translation>ログを表示</translation>
    </message>
    <message>
        <location filename="../src/docks/jobsdock.ui" line="167"/>
        <source>View the messages of MLT and FFmpeg </source>
        <translation>MLTとFFmpegのメッセージを表示</translation>
    </message>
    <message>
        <location filename="../src/docks/jobsdock.ui" line="172"/>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <location filename="../src/docks/jobsdock.ui" line="175"/>
        <source>Restart a stopped job</source>
        <translation>停止したjobをリスタート</translation>
    </message>
    <message>
        <location filename="../src/docks/jobsdock.ui" line="180"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../src/docks/jobsdock.cpp" line="137"/>
        <source>Job Log</source>
        <translation>Job ログ</translation>
    </message>
</context>
<context>
    <name>LissajousWidget</name>
    <message>
        <location filename="../src/widgets/lissajouswidget.ui" line="14"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="../src/widgets/lissajouswidget.ui" line="26"/>
        <source>Lissajous</source>
        <translation>リサージュ</translation>
    </message>
    <message>
        <location filename="../src/widgets/lissajouswidget.ui" line="41"/>
        <source>X Ratio</source>
        <translation>X 比</translation>
    </message>
    <message>
        <location filename="../src/widgets/lissajouswidget.ui" line="106"/>
        <source>Y Ratio</source>
        <translation>Y 比</translation>
    </message>
</context>
<context>
    <name>LumaMixTransition</name>
    <message>
        <location filename="../src/widgets/lumamixtransition.ui" line="14"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="../src/widgets/lumamixtransition.ui" line="26"/>
        <source>Transition</source>
        <translation>トランジッション</translation>
    </message>
    <message>
        <location filename="../src/widgets/lumamixtransition.ui" line="232"/>
        <source>Change the softness of the edge of the wipe</source>
        <translation>ワイプのエッジのソフトネスを変更</translation>
    </message>
    <message>
        <location filename="../src/widgets/lumamixtransition.ui" line="248"/>
        <location filename="../src/widgets/lumamixtransition.ui" line="334"/>
        <source> %</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../src/widgets/lumamixtransition.ui" line="38"/>
        <source>Video</source>
        <translation>ビデオ</translation>
    </message>
    <message>
        <location filename="../src/widgets/lumamixtransition.ui" line="77"/>
        <source>Barn Door Horizontal</source>
        <translation>バーンドア ホライゾナル</translation>
    </message>
    <message>
        <location filename="../src/widgets/lumamixtransition.ui" line="207"/>
        <source>Swap the appearance of the A and B clips</source>
        <translation>AとBクリップの外観を交換する</translation>
    </message>
    <message>
        <location filename="../src/widgets/lumamixtransition.ui" line="210"/>
        <source>Invert Wipe</source>
        <translation>ワイプを反転する</translation>
    </message>
    <message>
        <location filename="../src/widgets/lumamixtransition.ui" line="219"/>
        <location filename="../src/widgets/lumamixtransition.cpp" line="177"/>
        <location filename="../src/widgets/lumamixtransition.cpp" line="182"/>
        <location filename="../src/widgets/lumamixtransition.cpp" line="196"/>
        <source>Softness</source>
        <translation>やわらかさ</translation>
    </message>
    <message>
        <location filename="../src/widgets/lumamixtransition.ui" line="294"/>
        <source>Do not alter the audio levels during the
course of the transition. Instead, set a
fixed mixing level, or choose only clip A&apos;s
audio (0%) or clip B&apos;s audio (100%).</source>
        <translation>トランジッション進行中にオーディオレベルを変えないでください。
代わりに,fixed ミクシングレベルをセットするかAクリップのオーディオ(0%)やBクリップのオーディオ(100%)だけを選択してしてください。</translation>
    </message>
    <message>
        <location filename="../src/widgets/lumamixtransition.ui" line="300"/>
        <source>Mix:</source>
        <translation>Mix:</translation>
    </message>
    <message>
        <location filename="../src/widgets/lumamixtransition.ui" line="310"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../src/widgets/lumamixtransition.ui" line="327"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../src/widgets/lumamixtransition.ui" line="57"/>
        <source>Dissolve</source>
        <translation>分解</translation>
    </message>
    <message>
        <location filename="../src/widgets/lumamixtransition.ui" line="62"/>
        <source>Cut</source>
        <translation>カット</translation>
    </message>
    <message>
        <location filename="../src/widgets/lumamixtransition.ui" line="67"/>
        <source>Bar Horizontal</source>
        <translation>水平バー</translation>
    </message>
    <message>
        <location filename="../src/widgets/lumamixtransition.ui" line="72"/>
        <source>Bar Vertical</source>
        <translation>垂直バー</translation>
    </message>
    <message>
        <location filename="../src/widgets/lumamixtransition.ui" line="82"/>
        <source>Barn Door Vertical</source>
        <translation>バーンドア バーティカル</translation>
    </message>
    <message>
        <location filename="../src/widgets/lumamixtransition.ui" line="87"/>
        <source>Barn Door Diagonal SW-NE</source>
        <translation>バーンドア ダイアグノアル SW-NE</translation>
    </message>
    <message>
        <location filename="../src/widgets/lumamixtransition.ui" line="92"/>
        <source>Barn Door Diagonal NW-SE</source>
        <translation>バーンドア ダイアグノアル NW-SE</translation>
    </message>
    <message>
        <location filename="../src/widgets/lumamixtransition.ui" line="97"/>
        <source>Diagonal Top Left</source>
        <translation>ダイアグノアル左上</translation>
    </message>
    <message>
        <location filename="../src/widgets/lumamixtransition.ui" line="102"/>
        <source>Diagonal Top Right</source>
        <translation>ダイアグノアル右上</translation>
    </message>
    <message>
        <location filename="../src/widgets/lumamixtransition.ui" line="107"/>
        <source>Matrix Waterfall Horizontal</source>
        <translation>マトリクス ウォーターフォール ホライゾナル</translation>
    </message>
    <message>
        <location filename="../src/widgets/lumamixtransition.ui" line="112"/>
        <source>Matrix Waterfall Vertical</source>
        <translation>マトリクス ウォーターフォール バーティカル</translation>
    </message>
    <message>
        <location filename="../src/widgets/lumamixtransition.ui" line="117"/>
        <source>Matrix Snake Horizontal</source>
        <translation>マトリクス スネーク ホライゾナル</translation>
    </message>
    <message>
        <location filename="../src/widgets/lumamixtransition.ui" line="122"/>
        <source>Matrix Snake Parallel Horizontal</source>
        <translation>マトリクス スネーク パラレル ホライゾナル</translation>
    </message>
    <message>
        <location filename="../src/widgets/lumamixtransition.ui" line="127"/>
        <source>Matrix Snake Vertical</source>
        <translation>マトリクス スネーク バーティカル</translation>
    </message>
    <message>
        <location filename="../src/widgets/lumamixtransition.ui" line="132"/>
        <source>Matrix Snake Parallel Vertical</source>
        <translation>マトリクス スネーク パラレル バーティカル</translation>
    </message>
    <message>
        <location filename="../src/widgets/lumamixtransition.ui" line="137"/>
        <source>Barn V Up</source>
        <translation>バーン V アップ</translation>
    </message>
    <message>
        <location filename="../src/widgets/lumamixtransition.ui" line="142"/>
        <source>Iris Circle</source>
        <translation>アイリス サークル</translation>
    </message>
    <message>
        <location filename="../src/widgets/lumamixtransition.ui" line="147"/>
        <source>Double Iris</source>
        <translation>ダブル アイリス</translation>
    </message>
    <message>
        <location filename="../src/widgets/lumamixtransition.ui" line="152"/>
        <source>Iris Box</source>
        <translation>Iris ボックス</translation>
    </message>
    <message>
        <location filename="../src/widgets/lumamixtransition.ui" line="157"/>
        <source>Box Bottom Right</source>
        <translation>Box 右下</translation>
    </message>
    <message>
        <location filename="../src/widgets/lumamixtransition.ui" line="162"/>
        <source>Box Bottom Left</source>
        <translation>Box 左下</translation>
    </message>
    <message>
        <location filename="../src/widgets/lumamixtransition.ui" line="167"/>
        <source>Box Right Center</source>
        <translation>Box 右中央</translation>
    </message>
    <message>
        <location filename="../src/widgets/lumamixtransition.ui" line="172"/>
        <source>Clock Top</source>
        <translation>Clock Top</translation>
    </message>
    <message>
        <location filename="../src/widgets/lumamixtransition.ui" line="177"/>
        <source>Custom...</source>
        <translation>カスタム...</translation>
    </message>
    <message>
        <location filename="../src/widgets/lumamixtransition.ui" line="275"/>
        <source>Automatically fade-out the audio of clip A
and fade-in the audio of clip B over the
duration of the transition.</source>
        <translation>トランジッション継続中に自動的にクリップAのオーディオをfade-outしてクリップBのオーディオをfade-in </translation>
    </message>
    <message>
        <location filename="../src/widgets/lumamixtransition.ui" line="280"/>
        <source>Cross-fade</source>
        <translation>Cross-fade</translation>
    </message>
    <message>
        <location filename="../src/widgets/lumamixtransition.ui" line="263"/>
        <source>Audio</source>
        <translation>オーディオ</translation>
    </message>
    <message>
        <location filename="../src/widgets/lumamixtransition.ui" line="200"/>
        <source>TextLabel</source>
        <translation>テキストレーベル</translation>
    </message>
    <message>
        <location filename="../src/widgets/lumamixtransition.cpp" line="48"/>
        <location filename="../src/widgets/lumamixtransition.cpp" line="179"/>
        <source>Position</source>
        <translation>ポジション</translation>
    </message>
    <message>
        <location filename="../src/widgets/lumamixtransition.cpp" line="188"/>
        <source>Open File</source>
        <translation>ファイルを開く</translation>
    </message>
    <message>
        <location filename="../src/widgets/lumamixtransition.cpp" line="189"/>
        <source>Images (*.bmp *.jpeg *.jpg *.pgm *.png *.svg *.tga *.tif *.tiff);;All Files (*)</source>
        <translation>イメージ (*.bmp *.jpeg *.jpg *.pgm *.png *.svg *.tga *.tif *.tiff);;All Files (*)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/mainwindow.ui" line="14"/>
        <source>Shotcut</source>
        <translation>Shotcut</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="47"/>
        <source>&amp;File</source>
        <translation>&amp;ファイル</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="66"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="76"/>
        <source>&amp;Edit</source>
        <translation>&amp;編集</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="84"/>
        <source>&amp;Help</source>
        <translation>&amp;ヘルプ</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="96"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="100"/>
        <source>Deinterlacer</source>
        <translation>インターレースを解除</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="109"/>
        <source>Interpolation</source>
        <translation>補完</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="118"/>
        <source>Video Mode</source>
        <translation>Video Mode</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="124"/>
        <source>External Monitor</source>
        <translation>外部モニター</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="130"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="135"/>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="143"/>
        <source>Gamma</source>
        <translation>ガンマ</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="150"/>
        <source>Display Method</source>
        <translation>表示方法</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="3210"/>
        <source>Data Directory</source>
        <translation>データフォルダ</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="159"/>
        <source>App Data Directory</source>
        <translation>Appデータフォルダ</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="192"/>
        <source>Toolbar</source>
        <translation>ツールバー</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="241"/>
        <source>&amp;Open File...</source>
        <translation>&amp;ファイルを開く</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="244"/>
        <source>Open a video, audio or image file</source>
        <translation>ビデオ,音声,イメージファイルを開く</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="247"/>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="255"/>
        <source>E&amp;xit</source>
        <translation>&amp;Exit</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="258"/>
        <source>Quit the application</source>
        <translation>アプリケーションを終了</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="261"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="266"/>
        <source>&amp;About Shotcut</source>
        <translation>&amp;Shotcutについて</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="274"/>
        <source>About Qt</source>
        <translation>Qtについて</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="282"/>
        <source>Open Other...</source>
        <translation>他を開く</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="285"/>
        <source>Open a device, stream or generator</source>
        <translation>デバイス,ストリーム,ジェネレーターを開く</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="288"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="300"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="303"/>
        <source>Save project as a MLT XML file</source>
        <translation> プロジェクトをMLT XMLファイルとして保存</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="306"/>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="314"/>
        <source>Save &amp;As...</source>
        <translation>Save &amp;As...</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="317"/>
        <source>Save project to a different MLT XML file</source>
        <translation>プロジェクトを別のMLT XMLファイルで保存</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="320"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="329"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="332"/>
        <source>Show the Export panel</source>
        <translation>Exportパネルを表示する</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="341"/>
        <source>&amp;Undo</source>
        <translation>&amp;元に戻す</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="350"/>
        <source>&amp;Redo</source>
        <translation>&amp;やり直す</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="355"/>
        <source>Forum...</source>
        <translation>フォーラム...</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="360"/>
        <source>FAQ...</source>
        <translation>FAQ...</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="369"/>
        <location filename="../src/mainwindow.cpp" line="2451"/>
        <source>Enter Full Screen</source>
        <translation>全画面表示する</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="372"/>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="381"/>
        <source>Peak Meter</source>
        <translation>ピークメーター</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="384"/>
        <source>Show or hide the audio peak meter</source>
        <translation>オーディオピークメーターを表示または非表示</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="393"/>
        <location filename="../src/mainwindow.cpp" line="239"/>
        <source>Properties</source>
        <translation>プロパティ</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="402"/>
        <source>Recent</source>
        <translation>最近</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="411"/>
        <source>Playlist</source>
        <translation>プレイリスト</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="420"/>
        <location filename="../src/mainwindow.cpp" line="334"/>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="429"/>
        <source>Full Screen</source>
        <translation>全画面</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="440"/>
        <source>Realtime (frame dropping)</source>
        <translation>リアルタイム(フレームドロップ)</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="451"/>
        <source>Progressive</source>
        <translation>進行</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="459"/>
        <source>GPU Processing (experimental)</source>
        <translation>GPU処理(実験的)</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="470"/>
        <source>One Field (fast)</source>
        <translation>Oneフィールド(fast)</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="478"/>
        <source>Linear Blend (fast)</source>
        <translation>リーニアブレンド(fast)</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="486"/>
        <source>YADIF - temporal only (good)</source>
        <translation>YADIF - 一時的のみ(good)</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="494"/>
        <source>YADIF - temporal + spatial (best)</source>
        <translation>YADIF - 一時的 + 空間(best)</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="505"/>
        <source>Nearest Neighbor (fast)</source>
        <translation>最も近いもの(fast)</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="513"/>
        <source>Bilinear (good)</source>
        <translation>Bilinear (good)</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="521"/>
        <source>Bicubic (better)</source>
        <translation>Bicubic (better)</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="529"/>
        <source>Hyper/Lanczos (best)</source>
        <translation>Hyper/Lanczos (best)</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="540"/>
        <location filename="../src/mainwindow.ui" line="692"/>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="551"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="559"/>
        <source>Use JACK Audio</source>
        <translation>JACK Audioを使う</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="568"/>
        <source>Filters</source>
        <translation>フィルター</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="571"/>
        <source>Modify the video image or audio</source>
        <translation>ビデオイメージやオーディオを変更</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="576"/>
        <source>Add...</source>
        <translation>追加...</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="584"/>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="587"/>
        <source>Use the user or platform style, colors, and icons.</source>
        <translation>ユーザー環境のスタイルや色、アイコンを使用</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="595"/>
        <source>Fusion Dark</source>
        <translation>ヒュージョン ダーク</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="603"/>
        <source>Fusion Light</source>
        <translation>ヒュージョン ライト</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="608"/>
        <source>Tutorials...</source>
        <translation>Tutorials...</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="617"/>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="622"/>
        <location filename="../src/mainwindow.ui" line="625"/>
        <source>Restore Default Layout</source>
        <translation>デフォルトレイアウトをリストア</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="641"/>
        <source>Show Toolbar</source>
        <translation>ツールバーを表示</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="646"/>
        <source>Upgrade...</source>
        <translation>アップグレード...</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="651"/>
        <source>Open MLT XML As Clip...</source>
        <translation>MLT XMLをクリップとして開く</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="654"/>
        <source>Open a MLT XML project file as a virtual clip</source>
        <translation>MLT XMLプロジェクトを仮想クリップとして開く</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="665"/>
        <source>sRGB (computer)</source>
        <translation>sRGB (computer)</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="673"/>
        <source>Rec. 709 (TV)</source>
        <translation>Rec. 709 (TV)</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="681"/>
        <source>Scrub Audio</source>
        <translation>オーディオをスクラブする</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="716"/>
        <source>Software (Mesa)</source>
        <extracomment>Do not translate &quot;Mesa&quot;</extracomment>
        <translation>ソフトウェア(Mesa)</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="721"/>
        <source>Application Log...</source>
        <translation>アプリケーションログ</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="729"/>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="737"/>
        <source>Player</source>
        <translation>プレイヤー</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="745"/>
        <source>User Interface</source>
        <translation>ユーザーインターフェイス</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="754"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="757"/>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="772"/>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="775"/>
        <source>Ctrl+X</source>
        <translation>Ctrl+X</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="787"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="790"/>
        <source>Ctrl+C</source>
        <translation>Ctrl+C</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="802"/>
        <source>&amp;Paste</source>
        <translation>&amp;貼り付け</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="805"/>
        <source>Ctrl+V</source>
        <translation>Ctrl+V</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="810"/>
        <source>Export EDL...</source>
        <translation>Export EDL...</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="815"/>
        <source>Export Frame...</source>
        <translation>フレームExport</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="820"/>
        <source>Export Video...</source>
        <translation>ビデオExport</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="825"/>
        <source>Set...</source>
        <translation>セットする...</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="830"/>
        <source>Show...</source>
        <translation>表示する...</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="833"/>
        <source>Show</source>
        <translation>表示する</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="838"/>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="841"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="633"/>
        <source>Show Title Bars</source>
        <translation>タイトルバーを表示する</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="201"/>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="202"/>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="568"/>
        <source>Non-Broadcast</source>
        <translation>Non-Broadcast</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="579"/>
        <source>DVD Widescreen NTSC</source>
        <translation>DVD ワイドスクリーン NTSC</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="580"/>
        <source>DVD Widescreen PAL</source>
        <translation>DVD ワイドスクリーン PAL</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="585"/>
        <source>Custom</source>
        <translation>カスタム</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="604"/>
        <source>Screen %1</source>
        <translation>スクリーン %1</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="635"/>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="638"/>
        <source>Internal</source>
        <translation>内部</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="641"/>
        <source>External</source>
        <translation>外部</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="655"/>
        <source>DeckLink Keyer</source>
        <translation>DeckLink Keyer</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="824"/>
        <location filename="../src/mainwindow.cpp" line="826"/>
        <location filename="../src/mainwindow.cpp" line="1130"/>
        <location filename="../src/mainwindow.cpp" line="2941"/>
        <source>Failed to open </source>
        <translation>開けませんでした</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="852"/>
        <source>The file you opened uses GPU effects, but GPU processing is not enabled.
Do you want to enable GPU processing and restart?</source>
        <translation>あなたが開いたファイルはGPUエフェクトが使われています。しかしGPU処理が有効化されていません。
GPU処理を有効化してこのプログラムを再起動しますか?</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="910"/>
        <source>Shotcut noticed some problems in your project.
Do you want Shotcut to try to repair it?

If you choose Yes, Shotcut will create a copy of your project
with &quot;- Repaired&quot; in the file name and open it.</source>
        <translation>Shotcutはあなたのプロジェクトに何らかの問題があることを発見しました。
Shotcutにその問題を修正させてみますか?

もしYESを選択するとShotcutはあなたのプロジェクトを&quot;Repaired 修復済み&quot;というファイル名のコピーを生成しそれを開きます。</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="875"/>
        <source>Repaired</source>
        <translation>修復完了</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="131"/>
        <source>Error: This program requires the SDL 2 library.

Please install it using your package manager. It may be named libsdl2-2.0-0, SDL2, or similar.</source>
        <translation>Error: このプラグラムはSDL 2ライブラリが必要です。

パーッケージマネージャーでインストールして下さい。　インストールするパッケージ名はlibsdl2-2.0-0, SDL2 またはそれに似たものです。</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="898"/>
        <source>Repairing the project failed.</source>
        <translation>プロジェクト修復に失敗</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="2673"/>
        <source>You must restart Shotcut to switch to the new language.
Do you want to restart now?</source>
        <translation>言語の変更があった場合
shotcutの再起動が必要です。再起動しますか?</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="2723"/>
        <source>You must restart Shotcut to switch using GPU processing.
Do you want to restart now?</source>
        <translation>GPU処理を使うにはShotcutを再起動しなければなりません。
今すぐ再起動しますか?</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="2982"/>
        <source>You must restart Shotcut to change the display method.
Do you want to restart now?</source>
        <translation>表示方法を変更した場合はShotcutを再起動しなければなりません。
今すぐ再起動しますか?</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="3004"/>
        <source>Application Log</source>
        <translation>アプリケーションログ</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="946"/>
        <source>Auto-saved files exist. Do you want to recover them now?</source>
        <translation>自動保存されたファイルがあります。このファイルを呼び戻しますか?</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="123"/>
        <source>Error: This program requires the JACK 1 library.

Please install it using your package manager. It may be named libjack0, jack-audio-connection-kit, jack, or similar.</source>
        <translation>Error: このプログラムは JACK 1 ライブラリが必要です.

お使いのパーケージマネージャからインストールしてください。パッケージ名は libjack0, jack-audio-connection-kit, jack, といったものです。</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="1141"/>
        <location filename="../src/mainwindow.cpp" line="2921"/>
        <source>Open File</source>
        <translation>ファイルを開く</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="1391"/>
        <source>%1[*] - %2</source>
        <translation>%1[*] - %2</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="1396"/>
        <source>About Shotcut</source>
        <translation>Shotcutについて</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="1397"/>
        <source>&lt;h1&gt;Shotcut version %1&lt;/h1&gt;&lt;p&gt;&lt;a href=&quot;https://www.shotcut.org/&quot;&gt;Shotcut&lt;/a&gt; is a free, open source, cross platform video editor.&lt;/p&gt;&lt;small&gt;&lt;p&gt;Copyright &amp;copy; 2011-2016 &lt;a href=&quot;https://www.meltytech.com/&quot;&gt;Meltytech&lt;/a&gt;, LLC&lt;/p&gt;&lt;p&gt;Licensed under the &lt;a href=&quot;http://www.gnu.org/licenses/gpl.html&quot;&gt;GNU General Public License v3.0&lt;/a&gt;&lt;/p&gt;&lt;p&gt;This program proudly uses the following projects:&lt;ul&gt;&lt;li&gt;&lt;a href=&quot;http://www.qt-project.org/&quot;&gt;Qt&lt;/a&gt; application and UI framework&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;http://www.mltframework.org/&quot;&gt;MLT&lt;/a&gt; multimedia authoring framework&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;http://www.ffmpeg.org/&quot;&gt;FFmpeg&lt;/a&gt; multimedia format and codec libraries&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;http://www.videolan.org/developers/x264.html&quot;&gt;x264&lt;/a&gt; H.264 encoder&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;http://www.webmproject.org/&quot;&gt;WebM&lt;/a&gt; VP8 and VP9 encoders&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;http://lame.sourceforge.net/&quot;&gt;LAME&lt;/a&gt; MP3 encoder&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;http://www.dyne.org/software/frei0r/&quot;&gt;Frei0r&lt;/a&gt; video plugins&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;http://www.ladspa.org/&quot;&gt;LADSPA&lt;/a&gt; audio plugins&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;http://www.defaulticon.com/&quot;&gt;DefaultIcon&lt;/a&gt; icon collection by &lt;a href=&quot;http://www.interactivemania.com/&quot;&gt;interactivemania&lt;/a&gt;&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;http://www.oxygen-icons.org/&quot;&gt;Oxygen&lt;/a&gt; icon collection&lt;/li&gt;&lt;/ul&gt;&lt;/p&gt;&lt;p&gt;The source code used to build this program can be downloaded from &lt;a href=&quot;https://www.shotcut.org/&quot;&gt;shotcut.org&lt;/a&gt;.&lt;/p&gt;This program is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.&lt;/small&gt;</source>
        <translation>&lt;h1&gt;Shotcut バージョン %1&lt;/h1&gt;&lt;p&gt;&lt;a href=&quot;https://www.shotcut.org/&quot;&gt;Shotcut&lt;/a&gt; is a free, open source, cross platform video editor.&lt;/p&gt;&lt;small&gt;&lt;p&gt;Copyright &amp;copy; 2011-2016 &lt;a href=&quot;https://www.meltytech.com/&quot;&gt;Meltytech&lt;/a&gt;, LLC&lt;/p&gt;&lt;p&gt;Licensed under the &lt;a href=&quot;http://www.gnu.org/licenses/gpl.html&quot;&gt;GNU General Public License v3.0&lt;/a&gt;&lt;/p&gt;&lt;p&gt;This program proudly uses the following projects:&lt;ul&gt;&lt;li&gt;&lt;a href=&quot;http://www.qt-project.org/&quot;&gt;Qt&lt;/a&gt; application and UI framework&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;http://www.mltframework.org/&quot;&gt;MLT&lt;/a&gt; multimedia authoring framework&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;http://www.ffmpeg.org/&quot;&gt;FFmpeg&lt;/a&gt; multimedia format and codec libraries&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;http://www.videolan.org/developers/x264.html&quot;&gt;x264&lt;/a&gt; H.264 encoder&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;http://www.webmproject.org/&quot;&gt;WebM&lt;/a&gt; VP8 and VP9 encoders&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;http://lame.sourceforge.net/&quot;&gt;LAME&lt;/a&gt; MP3 encoder&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;http://www.dyne.org/software/frei0r/&quot;&gt;Frei0r&lt;/a&gt; video plugins&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;http://www.ladspa.org/&quot;&gt;LADSPA&lt;/a&gt; audio plugins&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;http://www.defaulticon.com/&quot;&gt;DefaultIcon&lt;/a&gt; icon collection by &lt;a href=&quot;http://www.interactivemania.com/&quot;&gt;interactivemania&lt;/a&gt;&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;http://www.oxygen-icons.org/&quot;&gt;Oxygen&lt;/a&gt; icon collection&lt;/li&gt;&lt;/ul&gt;&lt;/p&gt;&lt;p&gt;このプログラムをビルトする際に使われたソースコードをダウンロードすりにはこちらから&lt;a href=&quot;https://www.shotcut.org/&quot;&gt;shotcut.org&lt;/a&gt;.&lt;/p&gt;This program is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="2551"/>
        <source>Click here to check for a new version of Shotcut.</source>
        <translation>こちらをクリックしてShotcutの最新板をチェックします。</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="1974"/>
        <location filename="../src/mainwindow.cpp" line="2005"/>
        <source>Saved %1</source>
        <translation>保存した %1</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="1969"/>
        <location filename="../src/mainwindow.cpp" line="1986"/>
        <source>Save XML</source>
        <translation>XMLを保存</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="1987"/>
        <source>MLT XML (*.mlt)</source>
        <translation>MLT XML (*.mlt)</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="2017"/>
        <source>The project has been modified.
Do you want to save your changes?</source>
        <translation>このプロジェクトには変更があります。
変更を保存しますか?</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="2044"/>
        <source>There are incomplete jobs.
Do you want to still want to exit?</source>
        <translation>未完了のjobがあります。
それでも終了しますか?</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="2057"/>
        <source>An export is in progress.
Do you want to still want to exit?</source>
        <translation>Exportが実行中です。
それでも終了しますか?</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="2454"/>
        <source>Exit Full Screen</source>
        <translation>全画面表示を終了する</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="2467"/>
        <source>GPU Processing is not supported</source>
        <translation>GPU処理はサポートされていません</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="2714"/>
        <source>Failed to connect to JACK.
Please verify that JACK is installed and running.</source>
        <translation>JACKへの接続失敗。
JACKがインストールされ開始されていることをご確認下さい。</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="2922"/>
        <source>MLT XML (*.mlt);;All Files (*)</source>
        <translation>MLT XML (*.mlt);;All Files (*)</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="3038"/>
        <source>Shotcut version %1 is available! Click here to get it.</source>
        <translation>Shotcut バージョン %1 が利用可能です! こちらをクリックして取得します。</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="3044"/>
        <source>You are running the latest version of Shotcut.</source>
        <translation>あなたは最新のShotcutバージョンをお使いです。</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="3054"/>
        <source>Failed to read version.json when checking. Click here to go to the Web site.</source>
        <translation>version.jsonを確認中に読み込みに失敗しました。クリックしてウェブサイトを開きます</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="3104"/>
        <source>Export EDL</source>
        <translation>Export EDL</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="3105"/>
        <source>EDL (*.edl)</source>
        <translation>EDL (*.edl)</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="3151"/>
        <source>A JavaScript error occurred during export.</source>
        <translation>Export中にJavaScript errorが起きました。</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="3154"/>
        <source>Failed to open export-edl.js</source>
        <translation>export-edl.jsを開けませんでした。</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="3180"/>
        <source>Export Frame</source>
        <translation>フレームをExport</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="3193"/>
        <source>Unable to export frame.</source>
        <translation>フレームexport できませんでした</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="3201"/>
        <source>You must restart Shotcut to change the data directory.
Do you want to continue?</source>
        <translation>フォルダへの変更はShotcutをリスタートしなければなりません。
続けますか?</translation>
    </message>
</context>
<context>
    <name>MeltJob</name>
    <message>
        <location filename="../src/jobs/meltjob.cpp" line="38"/>
        <source>View XML</source>
        <translation>XMLを確認する</translation>
    </message>
    <message>
        <location filename="../src/jobs/meltjob.cpp" line="39"/>
        <source>View the MLT XML for this job</source>
        <translation>このjobのMLT XMLを確認する</translation>
    </message>
    <message>
        <location filename="../src/jobs/meltjob.cpp" line="93"/>
        <source>MLT XML</source>
        <translation>MLT XML</translation>
    </message>
</context>
<context>
    <name>MeltedClipsModel</name>
    <message>
        <location filename="../src/mvcp/meltedclipsmodel.cpp" line="92"/>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <location filename="../src/mvcp/meltedclipsmodel.cpp" line="95"/>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <location filename="../src/mvcp/meltedclipsmodel.cpp" line="98"/>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <location filename="../src/mvcp/meltedclipsmodel.cpp" line="99"/>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/mvcp/meltedclipsmodel.cpp" line="102"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item(s)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/mvcp/meltedclipsmodel.cpp" line="117"/>
        <source>Clip</source>
        <translation>Clip</translation>
    </message>
    <message>
        <location filename="../src/mvcp/meltedclipsmodel.cpp" line="117"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
</context>
<context>
    <name>MeltedPlaylistDock</name>
    <message>
        <location filename="../src/mvcp/meltedplaylistdock.ui" line="18"/>
        <source>Melted Playlist</source>
        <translation>Melted プレイリスト</translation>
    </message>
    <message>
        <location filename="../src/mvcp/meltedplaylistdock.ui" line="67"/>
        <source>Add something to the playlist</source>
        <translation>プレイリストに何かを追加する</translation>
    </message>
    <message>
        <location filename="../src/mvcp/meltedplaylistdock.ui" line="84"/>
        <source>Remove cut</source>
        <translation>カットを削除</translation>
    </message>
    <message>
        <location filename="../src/mvcp/meltedplaylistdock.ui" line="98"/>
        <source>Display a menu of additional actions</source>
        <translation>追加のアクションをMenuに表示する</translation>
    </message>
    <message>
        <location filename="../src/mvcp/meltedplaylistdock.ui" line="128"/>
        <source>Insert Cut</source>
        <translation>カットを挿入</translation>
    </message>
    <message>
        <location filename="../src/mvcp/meltedplaylistdock.ui" line="137"/>
        <source>Append Cut</source>
        <translation>カットを付加する</translation>
    </message>
    <message>
        <location filename="../src/mvcp/meltedplaylistdock.ui" line="142"/>
        <source>Open As Clip</source>
        <translation>Clipとして開く</translation>
    </message>
    <message>
        <location filename="../src/mvcp/meltedplaylistdock.ui" line="145"/>
        <source>Open the cut in the player</source>
        <translation>カットをプレイヤーで開く</translation>
    </message>
    <message>
        <location filename="../src/mvcp/meltedplaylistdock.ui" line="150"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../src/mvcp/meltedplaylistdock.ui" line="155"/>
        <source>Goto</source>
        <translation>Goto</translation>
    </message>
    <message>
        <location filename="../src/mvcp/meltedplaylistdock.ui" line="158"/>
        <source>Go to the start of this cut in the playlist</source>
        <translation>プレイリストでこのカットの開始位置に行く</translation>
    </message>
    <message>
        <location filename="../src/mvcp/meltedplaylistdock.ui" line="163"/>
        <source>Remove All</source>
        <translation>全削除</translation>
    </message>
    <message>
        <location filename="../src/mvcp/meltedplaylistdock.ui" line="166"/>
        <source>Remove all items from the playlist</source>
        <translation>プレイリストから全てのアイテムを削除</translation>
    </message>
    <message>
        <location filename="../src/mvcp/meltedplaylistdock.ui" line="171"/>
        <source>Wipe</source>
        <translation>ワイプ</translation>
    </message>
    <message>
        <location filename="../src/mvcp/meltedplaylistdock.ui" line="174"/>
        <source>Remove all items before the currently playing clip</source>
        <translation>現在再生中のクリップの前から全てのアイテムを削除</translation>
    </message>
    <message>
        <location filename="../src/mvcp/meltedplaylistdock.ui" line="179"/>
        <source>Clean</source>
        <translation>クリーン</translation>
    </message>
    <message>
        <location filename="../src/mvcp/meltedplaylistdock.ui" line="182"/>
        <source>Remove all items except the currently playing clip</source>
        <translation>現在再生中のクリップを含めない全てのアイテムを削除</translation>
    </message>
    <message>
        <location filename="../src/mvcp/meltedplaylistdock.cpp" line="198"/>
        <location filename="../src/mvcp/meltedplaylistdock.cpp" line="215"/>
        <source>&quot;Remove All&quot; will remove all of clips in the playlist.

IMPORTANT: You cannot Undo this action!

Do you want to continue?</source>
        <translation>&quot;全削除&quot; はプレイリストの全クリップを削除します。

重要: このアクションは元に戻せません！

それでも実行しますか?</translation>
    </message>
    <message>
        <location filename="../src/mvcp/meltedplaylistdock.cpp" line="232"/>
        <source>&quot;Clean&quot; will remove all of clips in the playlist
except the currently playing clip.

IMPORTANT: You cannot Undo this action!

Do you want to continue?</source>
        <translation>&quot;全削除&quot; は現在再生中のクリップを含めないプレイリストの全クリップを削除します。

重要: このアクションは元に戻せません！

それでも実行しますか?</translation>
    </message>
</context>
<context>
    <name>MeltedPlaylistModel</name>
    <message>
        <location filename="../src/mvcp/meltedplaylistmodel.cpp" line="112"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../src/mvcp/meltedplaylistmodel.cpp" line="114"/>
        <source>Clip</source>
        <translation>クリップ</translation>
    </message>
    <message>
        <location filename="../src/mvcp/meltedplaylistmodel.cpp" line="116"/>
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <location filename="../src/mvcp/meltedplaylistmodel.cpp" line="118"/>
        <source>Out</source>
        <translation>Out</translation>
    </message>
</context>
<context>
    <name>MeltedServerDock</name>
    <message>
        <location filename="../src/mvcp/meltedserverdock.ui" line="18"/>
        <source>Melted Server</source>
        <translation>Melted サーバー</translation>
    </message>
    <message>
        <location filename="../src/mvcp/meltedserverdock.ui" line="52"/>
        <source>Enter the server address and press Enter</source>
        <translation>サーバーアドレス入力してキーボードのエンターを押してください。</translation>
    </message>
    <message>
        <location filename="../src/mvcp/meltedserverdock.ui" line="59"/>
        <location filename="../src/mvcp/meltedserverdock.cpp" line="160"/>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
    <message>
        <location filename="../src/mvcp/meltedserverdock.ui" line="93"/>
        <source>&lt;!DOCTYPE HTML PUBLIC &quot;-//W3C//DTD HTML 4.0//EN&quot; &quot;http://www.w3.org/TR/REC-html40/strict.dtd&quot;&gt;
&lt;html&gt;&lt;head&gt;&lt;meta name=&quot;qrichtext&quot; content=&quot;1&quot; /&gt;&lt;style type=&quot;text/css&quot;&gt;
p, li { white-space: pre-wrap; }
&lt;/style&gt;&lt;/head&gt;&lt;body&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Single-click&lt;/span&gt; a unit to open its playlist.&lt;/p&gt;
&lt;p style=&quot;-qt-paragraph-type:empty; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;br /&gt;&lt;/p&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Double-click&lt;/span&gt; a unit to control it in the player, or &lt;span style=&quot; font-weight:600;&quot;&gt;right-click&lt;/span&gt; the unit for transport control actions.&lt;br /&gt;&lt;/p&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Single-click&lt;/span&gt; a playlist item to select it for edit operations (e.g. Insert).&lt;/p&gt;
&lt;p style=&quot;-qt-paragraph-type:empty; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;br /&gt;&lt;/p&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Double-click&lt;/span&gt; a playlist item to seek the unit to it.&lt;/p&gt;
&lt;p style=&quot;-qt-paragraph-type:empty; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;br /&gt;&lt;/p&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Drag-n-drop&lt;/span&gt; from the server&apos;s clips tree to the playlist, or &lt;span style=&quot; font-weight:600;&quot;&gt;single-click&lt;/span&gt; a clip to select it for use with &lt;span style=&quot; font-weight:600;&quot;&gt;Add&lt;/span&gt; and &lt;span style=&quot; font-weight:600;&quot;&gt;Insert&lt;/span&gt; actions.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;!DOCTYPE HTML PUBLIC &quot;-//W3C//DTD HTML 4.0//EN&quot; &quot;http://www.w3.org/TR/REC-html40/strict.dtd&quot;&gt;
&lt;html&gt;&lt;head&gt;&lt;meta name=&quot;qrichtext&quot; content=&quot;1&quot; /&gt;&lt;style type=&quot;text/css&quot;&gt;
p, li { white-space: pre-wrap; }
&lt;/style&gt;&lt;/head&gt;&lt;body&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Single-click&lt;/span&gt; a unit to open its playlist.&lt;/p&gt;
&lt;p style=&quot;-qt-paragraph-type:empty; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;br /&gt;&lt;/p&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Double-click&lt;/span&gt; a unit to control it in the player, or &lt;span style=&quot; font-weight:600;&quot;&gt;right-click&lt;/span&gt; the unit for transport control actions.&lt;br /&gt;&lt;/p&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Single-click&lt;/span&gt; a playlist item to select it for edit operations (e.g. Insert).&lt;/p&gt;
&lt;p style=&quot;-qt-paragraph-type:empty; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;br /&gt;&lt;/p&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Double-click&lt;/span&gt; a playlist item to seek the unit to it.&lt;/p&gt;
&lt;p style=&quot;-qt-paragraph-type:empty; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;br /&gt;&lt;/p&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Drag-n-drop&lt;/span&gt; from the server&apos;s clips tree to the playlist, or &lt;span style=&quot; font-weight:600;&quot;&gt;single-click&lt;/span&gt; a clip to select it for use with &lt;span style=&quot; font-weight:600;&quot;&gt;追加&lt;/span&gt; また &lt;span style=&quot; font-weight:600;&quot;&gt;挿入&lt;/span&gt; アクション&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../src/mvcp/meltedserverdock.ui" line="195"/>
        <source>Console</source>
        <translation>コンソール</translation>
    </message>
    <message>
        <location filename="../src/mvcp/meltedserverdock.ui" line="208"/>
        <source>Display a menu of additional actions</source>
        <translation>追加のアクションをMenuに表示する</translation>
    </message>
    <message>
        <location filename="../src/mvcp/meltedserverdock.ui" line="238"/>
        <source>Play</source>
        <translation>プレイ</translation>
    </message>
    <message>
        <location filename="../src/mvcp/meltedserverdock.ui" line="243"/>
        <source>Pause</source>
        <translation>ポーズ</translation>
    </message>
    <message>
        <location filename="../src/mvcp/meltedserverdock.ui" line="248"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../src/mvcp/meltedserverdock.ui" line="253"/>
        <source>Rewind</source>
        <translation>巻き戻す</translation>
    </message>
    <message>
        <location filename="../src/mvcp/meltedserverdock.ui" line="258"/>
        <source>Fast Forward</source>
        <translation>早送り</translation>
    </message>
    <message>
        <location filename="../src/mvcp/meltedserverdock.ui" line="263"/>
        <source>Map Clips Root</source>
        <translation>クリップルートのマップ</translation>
    </message>
    <message>
        <location filename="../src/mvcp/meltedserverdock.cpp" line="152"/>
        <source>Disconnect</source>
        <translation>切り離す</translation>
    </message>
    <message>
        <location filename="../src/mvcp/meltedserverdock.cpp" line="257"/>
        <source>Choose Directory</source>
        <translation>フォルダを選択</translation>
    </message>
</context>
<context>
    <name>MeltedUnitsModel</name>
    <message>
        <location filename="../src/mvcp/meltedunitsmodel.cpp" line="70"/>
        <source>Unit</source>
        <translation>ユニット</translation>
    </message>
    <message>
        <location filename="../src/mvcp/meltedunitsmodel.cpp" line="70"/>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location filename="../src/mvcp/meltedunitsmodel.cpp" line="111"/>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location filename="../src/mvcp/meltedunitsmodel.cpp" line="112"/>
        <source>undefined</source>
        <translation>定義されていません</translation>
    </message>
    <message>
        <location filename="../src/mvcp/meltedunitsmodel.cpp" line="113"/>
        <source>offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <location filename="../src/mvcp/meltedunitsmodel.cpp" line="114"/>
        <source>unloaded</source>
        <translation>読み込みされていません</translation>
    </message>
    <message>
        <location filename="../src/mvcp/meltedunitsmodel.cpp" line="115"/>
        <source>stopped</source>
        <translation>停止しました</translation>
    </message>
    <message>
        <location filename="../src/mvcp/meltedunitsmodel.cpp" line="116"/>
        <source>playing</source>
        <translation>再生中</translation>
    </message>
    <message>
        <location filename="../src/mvcp/meltedunitsmodel.cpp" line="117"/>
        <source>paused</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <location filename="../src/mvcp/meltedunitsmodel.cpp" line="118"/>
        <source>disconnected</source>
        <translation>切断されました</translation>
    </message>
</context>
<context>
    <name>MvcpThread</name>
    <message>
        <location filename="../src/mvcp/mvcpthread.cpp" line="165"/>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location filename="../src/mvcp/mvcpthread.cpp" line="166"/>
        <source>undefined</source>
        <translation>定義されていません</translation>
    </message>
    <message>
        <location filename="../src/mvcp/mvcpthread.cpp" line="167"/>
        <source>offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <location filename="../src/mvcp/mvcpthread.cpp" line="168"/>
        <source>unloaded</source>
        <translation>読み込みされていません</translation>
    </message>
    <message>
        <location filename="../src/mvcp/mvcpthread.cpp" line="169"/>
        <source>stopped</source>
        <translation>停止しました</translation>
    </message>
    <message>
        <location filename="../src/mvcp/mvcpthread.cpp" line="170"/>
        <source>playing</source>
        <translation>再生中</translation>
    </message>
    <message>
        <location filename="../src/mvcp/mvcpthread.cpp" line="171"/>
        <source>paused</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <location filename="../src/mvcp/mvcpthread.cpp" line="172"/>
        <source>disconnected</source>
        <translation>切断されました</translation>
    </message>
</context>
<context>
    <name>NetworkProducerWidget</name>
    <message>
        <location filename="../src/widgets/networkproducerwidget.ui" line="14"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="../src/widgets/networkproducerwidget.ui" line="26"/>
        <source>Network Stream</source>
        <translation>ネットワークストリーム</translation>
    </message>
    <message>
        <location filename="../src/widgets/networkproducerwidget.ui" line="41"/>
        <source>&amp;URL</source>
        <translation>&amp;URL</translation>
    </message>
    <message>
        <location filename="../src/widgets/networkproducerwidget.ui" line="57"/>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
</context>
<context>
    <name>NoiseWidget</name>
    <message>
        <location filename="../src/widgets/noisewidget.ui" line="14"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="../src/widgets/noisewidget.ui" line="26"/>
        <source>Noise</source>
        <translation>ノイズ</translation>
    </message>
</context>
<context>
    <name>OpenOtherDialog</name>
    <message>
        <location filename="../src/openotherdialog.ui" line="17"/>
        <source>Open Other</source>
        <translation>他を開く</translation>
    </message>
    <message>
        <location filename="../src/openotherdialog.ui" line="55"/>
        <source>1</source>
        <translation>1</translation>
    </message>
    <message>
        <location filename="../src/openotherdialog.cpp" line="35"/>
        <location filename="../src/openotherdialog.cpp" line="141"/>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <location filename="../src/openotherdialog.cpp" line="40"/>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <location filename="../src/openotherdialog.cpp" line="42"/>
        <location filename="../src/openotherdialog.cpp" line="143"/>
        <source>SDI/HDMI</source>
        <translation>SDI/HDMI</translation>
    </message>
    <message>
        <location filename="../src/openotherdialog.cpp" line="46"/>
        <location filename="../src/openotherdialog.cpp" line="129"/>
        <source>Video4Linux</source>
        <translation>Video4Linux</translation>
    </message>
    <message>
        <location filename="../src/openotherdialog.cpp" line="48"/>
        <location filename="../src/openotherdialog.cpp" line="131"/>
        <source>PulseAudio</source>
        <translation>PulseAudio</translation>
    </message>
    <message>
        <location filename="../src/openotherdialog.cpp" line="50"/>
        <location filename="../src/openotherdialog.cpp" line="133"/>
        <source>JACK Audio</source>
        <translation>JACK オーディオ</translation>
    </message>
    <message>
        <location filename="../src/openotherdialog.cpp" line="52"/>
        <location filename="../src/openotherdialog.cpp" line="135"/>
        <source>ALSA Audio</source>
        <translation>ALSAオーディオ</translation>
    </message>
    <message>
        <location filename="../src/openotherdialog.cpp" line="55"/>
        <location filename="../src/openotherdialog.cpp" line="62"/>
        <location filename="../src/openotherdialog.cpp" line="139"/>
        <source>Screen</source>
        <translation>スクリーン</translation>
    </message>
    <message>
        <location filename="../src/openotherdialog.cpp" line="59"/>
        <location filename="../src/openotherdialog.cpp" line="137"/>
        <source>DirectShow</source>
        <translation>DirectShow</translation>
    </message>
    <message>
        <location filename="../src/openotherdialog.cpp" line="66"/>
        <source>macOS A/V Device</source>
        <translation>macOS A/V Device</translation>
    </message>
    <message>
        <location filename="../src/openotherdialog.cpp" line="71"/>
        <source>Generator</source>
        <translation>ジェネレーター</translation>
    </message>
    <message>
        <location filename="../src/openotherdialog.cpp" line="73"/>
        <location filename="../src/openotherdialog.cpp" line="145"/>
        <source>Color</source>
        <translation>色</translation>
    </message>
    <message>
        <location filename="../src/openotherdialog.cpp" line="77"/>
        <location filename="../src/openotherdialog.cpp" line="147"/>
        <source>Noise</source>
        <translation>ノイズ</translation>
    </message>
    <message>
        <location filename="../src/openotherdialog.cpp" line="81"/>
        <location filename="../src/openotherdialog.cpp" line="149"/>
        <source>Ising</source>
        <translation>インシング</translation>
    </message>
    <message>
        <location filename="../src/openotherdialog.cpp" line="85"/>
        <location filename="../src/openotherdialog.cpp" line="151"/>
        <source>Lissajous</source>
        <translation>リサージュ</translation>
    </message>
    <message>
        <location filename="../src/openotherdialog.cpp" line="89"/>
        <location filename="../src/openotherdialog.cpp" line="153"/>
        <source>Plasma</source>
        <translation>Plasma</translation>
    </message>
    <message>
        <location filename="../src/openotherdialog.cpp" line="93"/>
        <location filename="../src/openotherdialog.cpp" line="155"/>
        <source>Color Bars</source>
        <translation>カラーバー</translation>
    </message>
    <message>
        <location filename="../src/openotherdialog.cpp" line="97"/>
        <location filename="../src/openotherdialog.cpp" line="157"/>
        <source>Audio Tone</source>
        <translation>Audio トーン</translation>
    </message>
    <message>
        <location filename="../src/openotherdialog.cpp" line="101"/>
        <location filename="../src/openotherdialog.cpp" line="159"/>
        <source>Count</source>
        <translation>カウント</translation>
    </message>
</context>
<context>
    <name>PlasmaWidget</name>
    <message>
        <location filename="../src/widgets/plasmawidget.ui" line="14"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="../src/widgets/plasmawidget.ui" line="26"/>
        <source>Plasma</source>
        <translation>Plasma</translation>
    </message>
    <message>
        <location filename="../src/widgets/plasmawidget.ui" line="41"/>
        <source>Speed 1</source>
        <translation>Speed 1</translation>
    </message>
    <message>
        <location filename="../src/widgets/plasmawidget.ui" line="112"/>
        <source>Speed 2</source>
        <translation>Speed 2</translation>
    </message>
    <message>
        <location filename="../src/widgets/plasmawidget.ui" line="180"/>
        <source>Speed 3</source>
        <translation>Speed 3</translation>
    </message>
    <message>
        <location filename="../src/widgets/plasmawidget.ui" line="252"/>
        <source>Speed 4</source>
        <translation>Speed 4</translation>
    </message>
    <message>
        <location filename="../src/widgets/plasmawidget.ui" line="323"/>
        <source>Move 1</source>
        <translation>Move 1</translation>
    </message>
    <message>
        <location filename="../src/widgets/plasmawidget.ui" line="391"/>
        <source>Move 2</source>
        <translation>Move 2</translation>
    </message>
</context>
<context>
    <name>Player</name>
    <message>
        <location filename="../src/player.cpp" line="61"/>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="62"/>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="140"/>
        <source>Adjust the audio volume</source>
        <translation>オーディオ音量を調整</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="159"/>
        <source>Silence the audio</source>
        <translation>オーディオを静音化する</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="178"/>
        <source>Transport Controls</source>
        <translation>トランスポートコントロール</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="185"/>
        <source>Current position</source>
        <translation>現在の位置</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="189"/>
        <source>Total Duration</source>
        <translation>合計デュレーション</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="194"/>
        <source>In Point</source>
        <translation>In Point</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="198"/>
        <source>Selected Duration</source>
        <translation>選択されたデュレーション</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="214"/>
        <source>Zoom Fit</source>
        <translation>Zoom Fit</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="223"/>
        <source>Zoom 100%</source>
        <translation>Zoom 100%</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="220"/>
        <source>Zoom 50%</source>
        <translation>Zoom 50%</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="217"/>
        <source>Zoom 25%</source>
        <translation>Zoom 25%</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="226"/>
        <source>Zoom 200%</source>
        <translation>Zoom 200%</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="231"/>
        <source>Toggle zoom</source>
        <translation>Toggle zoom</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="316"/>
        <location filename="../src/player.cpp" line="412"/>
        <location filename="../src/player.cpp" line="435"/>
        <location filename="../src/player.cpp" line="590"/>
        <location filename="../src/player.cpp" line="708"/>
        <source>Play</source>
        <translation>プレイ</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="318"/>
        <location filename="../src/player.cpp" line="413"/>
        <location filename="../src/player.cpp" line="436"/>
        <location filename="../src/player.cpp" line="591"/>
        <location filename="../src/player.cpp" line="709"/>
        <source>Start playback (L)</source>
        <translation>playbackをスタート (L)</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="321"/>
        <location filename="../src/player.cpp" line="391"/>
        <location filename="../src/player.cpp" line="585"/>
        <location filename="../src/player.cpp" line="715"/>
        <source>Pause</source>
        <translation>ポーズ</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="323"/>
        <location filename="../src/player.cpp" line="392"/>
        <location filename="../src/player.cpp" line="586"/>
        <location filename="../src/player.cpp" line="716"/>
        <source>Pause playback (K)</source>
        <translation>playbackを停止 (K)</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="325"/>
        <source>Skip Next</source>
        <translation>次にスキップ</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="327"/>
        <source>Skip to the next point (Alt+Right)</source>
        <translation>次のポイントにスキップ(Alt+Right)</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="330"/>
        <source>Skip Previous</source>
        <translation>前にスキップ</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="332"/>
        <source>Skip to the previous point (Alt+Left)</source>
        <translation>前のポイントにスキップ(Alt+Left)</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="335"/>
        <source>Rewind</source>
        <translation>巻き戻す</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="337"/>
        <source>Play quickly backwards (J)</source>
        <translation>クイック再生 逆転 (J)</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="339"/>
        <source>Fast Forward</source>
        <translation>早送り</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="341"/>
        <source>Play quickly forwards (L)</source>
        <translation>クイック再生 前進 (L)</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="343"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="345"/>
        <source>Show the volume control</source>
        <translation>ボリュームコントロールを表示</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="396"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="397"/>
        <source>Stop playback (K)</source>
        <translation>プレイバックを停止(K)</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="478"/>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="925"/>
        <source>Unmute</source>
        <translation>Unmute</translation>
    </message>
    <message>
        <location filename="../src/player.cpp" line="930"/>
        <source>Mute</source>
        <translation>Mute</translation>
    </message>
</context>
<context>
    <name>PlaylistDock</name>
    <message>
        <location filename="../src/docks/playlistdock.ui" line="18"/>
        <source>Playlist</source>
        <translation>プレイリスト</translation>
    </message>
    <message>
        <location filename="../src/docks/playlistdock.ui" line="159"/>
        <source>Remove cut</source>
        <translation>カットを削除</translation>
    </message>
    <message>
        <location filename="../src/docks/playlistdock.ui" line="235"/>
        <source>Display a menu of additional actions</source>
        <translation>追加のアクションをMenuに表示する</translation>
    </message>
    <message>
        <location filename="../src/docks/playlistdock.ui" line="265"/>
        <source>Insert Cut</source>
        <translation>カットを挿入</translation>
    </message>
    <message>
        <location filename="../src/docks/playlistdock.ui" line="274"/>
        <source>Append Cut</source>
        <translation>カットを付加する</translation>
    </message>
    <message>
        <location filename="../src/docks/playlistdock.ui" line="279"/>
        <source>Insert Blank</source>
        <translation>ブランクを挿入</translation>
    </message>
    <message>
        <location filename="../src/docks/playlistdock.ui" line="284"/>
        <source>Append Blank</source>
        <translation>ブランクを付加</translation>
    </message>
    <message>
        <location filename="../src/docks/playlistdock.ui" line="176"/>
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <location filename="../src/docks/playlistdock.ui" line="59"/>
        <source>&lt;!DOCTYPE HTML PUBLIC &quot;-//W3C//DTD HTML 4.0//EN&quot; &quot;http://www.w3.org/TR/REC-html40/strict.dtd&quot;&gt;
&lt;html&gt;&lt;head&gt;&lt;meta name=&quot;qrichtext&quot; content=&quot;1&quot; /&gt;&lt;style type=&quot;text/css&quot;&gt;
p, li { white-space: pre-wrap; }
&lt;/style&gt;&lt;/head&gt;&lt;body&gt;
&lt;p style=&quot; margin-top:12px; margin-bottom:16px; margin-left:-24px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Double-click&lt;/span&gt; a playlist item to open it in the player.&lt;/p&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:16px; margin-left:-24px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;You can freely preview clips without necessarily adding them to the playlist or closing it.&lt;/p&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:16px; margin-left:-24px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;To trim or adjust a playlist item &lt;span style=&quot; font-weight:600;&quot;&gt;Double-click&lt;/span&gt; to open it, make the changes, and click the &lt;span style=&quot; font-weight:600;&quot;&gt;Update&lt;/span&gt; icon.&lt;/p&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:16px; margin-left:-24px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Drag-n-drop&lt;/span&gt; to rearrange the items.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;!DOCTYPE HTML PUBLIC &quot;-//W3C//DTD HTML 4.0//EN&quot; &quot;http://www.w3.org/TR/REC-html40/strict.dtd&quot;&gt;
&lt;html&gt;&lt;head&gt;&lt;meta name=&quot;qrichtext&quot; content=&quot;1&quot; /&gt;&lt;style type=&quot;text/css&quot;&gt;
p, li { white-space: pre-wrap; }
&lt;/style&gt;&lt;/head&gt;&lt;body&gt;
&lt;p style=&quot; margin-top:12px; margin-bottom:16px; margin-left:-24px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;ダブルクリックして&lt;/span&gt;プレイリストアイテムをプレイヤーで再生する&lt;/p&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:16px; margin-left:-24px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt; プレイリストに追加したり閉じたりせずとも自由にクリップをプレビューできます。&lt;/p&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:16px; margin-left:-24px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;トリムしたりプレイリストを調整する&lt;pan style=&quot; font-weight:600;&quot;&gt;ダブルクリック&lt;/span&gt; して開いたり変更しアップデートをクリックして the &lt;span style=&quot; font-weight:600;&quot;&gt;変更する&lt;/span&gt; icon.&lt;/p&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:16px; margin-left:-24px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;ドラッグ＆ドロップして&lt;/span&gt; アイテムを再配置&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../src/docks/playlistdock.ui" line="92"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Double-click a playlist item to open it in the player.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;プレイリストアイテムをダブルクリックしてプレイヤーで開く&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../src/docks/playlistdock.ui" line="142"/>
        <source>Add the Source to the playlist</source>
        <translation>ソースをプレイリストに追加する</translation>
    </message>
    <message>
        <location filename="../src/docks/playlistdock.ui" line="190"/>
        <location filename="../src/docks/playlistdock.ui" line="391"/>
        <source>View as tiles</source>
        <translation>タイルとして見る</translation>
    </message>
    <message>
        <location filename="../src/docks/playlistdock.ui" line="204"/>
        <location filename="../src/docks/playlistdock.ui" line="402"/>
        <source>View as icons</source>
        <translation>アイコンとして見る</translation>
    </message>
    <message>
        <location filename="../src/docks/playlistdock.ui" line="218"/>
        <location filename="../src/docks/playlistdock.ui" line="380"/>
        <source>View as details</source>
        <translation>詳細として見る</translation>
    </message>
    <message>
        <location filename="../src/docks/playlistdock.ui" line="289"/>
        <source>Replace</source>
        <translation>置き換え</translation>
    </message>
    <message>
        <location filename="../src/docks/playlistdock.ui" line="294"/>
        <source>Open As Clip</source>
        <translation>Clipとして開く</translation>
    </message>
    <message>
        <location filename="../src/docks/playlistdock.ui" line="297"/>
        <source>Open the cut in the player</source>
        <translation>カットをプレイヤーで開く</translation>
    </message>
    <message>
        <location filename="../src/docks/playlistdock.ui" line="302"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../src/docks/playlistdock.ui" line="307"/>
        <source>Goto</source>
        <translation>Goto</translation>
    </message>
    <message>
        <location filename="../src/docks/playlistdock.ui" line="310"/>
        <source>Go to the start of this cut in the playlist</source>
        <translation>プレイリストでこのカットの開始位置に行く</translation>
    </message>
    <message>
        <location filename="../src/docks/playlistdock.ui" line="315"/>
        <source>Remove All</source>
        <translation>全削除</translation>
    </message>
    <message>
        <location filename="../src/docks/playlistdock.ui" line="318"/>
        <source>Remove all items from the playlist</source>
        <translation>プレイリストから全てのアイテムを削除</translation>
    </message>
    <message>
        <location filename="../src/docks/playlistdock.ui" line="326"/>
        <source>Hidden</source>
        <translation>隠す</translation>
    </message>
    <message>
        <location filename="../src/docks/playlistdock.ui" line="334"/>
        <location filename="../src/docks/playlistdock.ui" line="337"/>
        <source>In and Out - Left/Right</source>
        <translation>In と Out - 左/右</translation>
    </message>
    <message>
        <location filename="../src/docks/playlistdock.ui" line="345"/>
        <location filename="../src/docks/playlistdock.ui" line="348"/>
        <source>In and Out - Top/Bottom</source>
        <translation>In と Out - トップ/下</translation>
    </message>
    <message>
        <location filename="../src/docks/playlistdock.ui" line="356"/>
        <source>In Only - Small</source>
        <translation>In オンリー - 小さい</translation>
    </message>
    <message>
        <location filename="../src/docks/playlistdock.ui" line="364"/>
        <source>In Only - Large</source>
        <translation>In オンリー - 大きい</translation>
    </message>
    <message>
        <location filename="../src/docks/playlistdock.ui" line="369"/>
        <source>Add All to Timeline</source>
        <translation>タイムラインに全てを追加する</translation>
    </message>
    <message>
        <location filename="../src/docks/playlistdock.ui" line="377"/>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location filename="../src/docks/playlistdock.ui" line="388"/>
        <source>Tiles</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <location filename="../src/docks/playlistdock.ui" line="399"/>
        <source>Icons</source>
        <translation>アイコン</translation>
    </message>
    <message>
        <location filename="../src/docks/playlistdock.cpp" line="280"/>
        <source>View mode</source>
        <translation>View mode</translation>
    </message>
    <message>
        <location filename="../src/docks/playlistdock.cpp" line="288"/>
        <source>Thumbnails</source>
        <translation>サムネイル</translation>
    </message>
    <message>
        <location filename="../src/docks/playlistdock.cpp" line="378"/>
        <location filename="../src/docks/playlistdock.cpp" line="549"/>
        <source>You cannot insert a playlist into a playlist!</source>
        <translation>プレイリストをプレイリストに挿入はできまん！</translation>
    </message>
</context>
<context>
    <name>PlaylistModel</name>
    <message>
        <location filename="../src/models/playlistmodel.cpp" line="339"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../src/models/playlistmodel.cpp" line="341"/>
        <source>Thumbnails</source>
        <translation>サムネイル</translation>
    </message>
    <message>
        <location filename="../src/models/playlistmodel.cpp" line="343"/>
        <source>Clip</source>
        <translation>Clip</translation>
    </message>
    <message>
        <location filename="../src/models/playlistmodel.cpp" line="345"/>
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <location filename="../src/models/playlistmodel.cpp" line="347"/>
        <source>Duration</source>
        <translation>デュレーション</translation>
    </message>
    <message>
        <location filename="../src/models/playlistmodel.cpp" line="349"/>
        <source>Start</source>
        <translation>開始</translation>
    </message>
</context>
<context>
    <name>Preset</name>
    <message>
        <location filename="../src/qml/modules/Shotcut/Controls/Preset.qml" line="49"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../src/qml/modules/Shotcut/Controls/Preset.qml" line="58"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../src/qml/modules/Shotcut/Controls/Preset.qml" line="70"/>
        <source>Save Preset</source>
        <translation>プリセットを保存</translation>
    </message>
    <message>
        <location filename="../src/qml/modules/Shotcut/Controls/Preset.qml" line="84"/>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <location filename="../src/qml/modules/Shotcut/Controls/Preset.qml" line="106"/>
        <location filename="../src/qml/modules/Shotcut/Controls/Preset.qml" line="141"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../src/qml/modules/Shotcut/Controls/Preset.qml" line="111"/>
        <location filename="../src/qml/modules/Shotcut/Controls/Preset.qml" line="152"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../src/qml/modules/Shotcut/Controls/Preset.qml" line="123"/>
        <source>Delete Preset</source>
        <translation>プリセットを削除</translation>
    </message>
    <message>
        <location filename="../src/qml/modules/Shotcut/Controls/Preset.qml" line="132"/>
        <source>Are you sure you want to delete %1?</source>
        <translation>本当に %1 を削除してよろしいですか?</translation>
    </message>
</context>
<context>
    <name>PulseAudioWidget</name>
    <message>
        <location filename="../src/widgets/pulseaudiowidget.ui" line="14"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="../src/widgets/pulseaudiowidget.ui" line="26"/>
        <source>PulseAudio</source>
        <translation>Pulseオーディオ</translation>
    </message>
</context>
<context>
    <name>QConsole</name>
    <message>
        <location filename="../src/mvcp/qconsole.cpp" line="757"/>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <location filename="../src/mvcp/qconsole.cpp" line="758"/>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <location filename="../src/mvcp/qconsole.cpp" line="759"/>
        <source>Redo</source>
        <translation>やり直し</translation>
    </message>
    <message>
        <location filename="../src/mvcp/qconsole.cpp" line="760"/>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <location filename="../src/mvcp/qconsole.cpp" line="761"/>
        <source>Cut</source>
        <translation>カット</translation>
    </message>
    <message>
        <location filename="../src/mvcp/qconsole.cpp" line="762"/>
        <source>Ctrl+X</source>
        <translation>Ctrl+X</translation>
    </message>
    <message>
        <location filename="../src/mvcp/qconsole.cpp" line="763"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../src/mvcp/qconsole.cpp" line="764"/>
        <source>Ctrl+Ins</source>
        <translation>Ctrl+Ins</translation>
    </message>
    <message>
        <location filename="../src/mvcp/qconsole.cpp" line="765"/>
        <source>Paste</source>
        <translation>貼り付け</translation>
    </message>
    <message>
        <location filename="../src/mvcp/qconsole.cpp" line="766"/>
        <source>Ctrl+V</source>
        <translation>Ctrl+V</translation>
    </message>
    <message>
        <location filename="../src/mvcp/qconsole.cpp" line="767"/>
        <source>Delete</source>
        <translation>削除する</translation>
    </message>
    <message>
        <location filename="../src/mvcp/qconsole.cpp" line="768"/>
        <source>Del</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../src/mvcp/qconsole.cpp" line="769"/>
        <source>Select All</source>
        <translation>全選択</translation>
    </message>
    <message>
        <location filename="../src/mvcp/qconsole.cpp" line="770"/>
        <source>Ctrl+A</source>
        <translation>Ctrl+A</translation>
    </message>
    <message>
        <location filename="../src/mvcp/qconsole.cpp" line="835"/>
        <source>:\</source>
        <translation>:\</translation>
    </message>
    <message>
        <location filename="../src/mvcp/qconsole.cpp" line="837"/>
        <source>/</source>
        <translation>/</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../src/commands/playlistcommands.cpp" line="32"/>
        <source>Append playlist item %1</source>
        <translation>プレイリストアイテム %1 を付加</translation>
    </message>
    <message>
        <location filename="../src/commands/playlistcommands.cpp" line="54"/>
        <source>Insert playist item %1</source>
        <translation>プレイリストアイテム %1 を挿入する</translation>
    </message>
    <message>
        <location filename="../src/commands/playlistcommands.cpp" line="76"/>
        <source>Update playlist item %1</source>
        <translation>プレイリストアイテム %1 をアップデートする</translation>
    </message>
    <message>
        <location filename="../src/commands/playlistcommands.cpp" line="100"/>
        <source>Remove playlist item %1</source>
        <translation>プレイリストアイテム %1 を削除する</translation>
    </message>
    <message>
        <location filename="../src/commands/playlistcommands.cpp" line="121"/>
        <source>Clear playlist</source>
        <translation>プレイリストをクリア</translation>
    </message>
    <message>
        <location filename="../src/commands/playlistcommands.cpp" line="149"/>
        <source>Move item from %1 to %2</source>
        <translation>アイテムを %1 から %2 へ移動する</translation>
    </message>
    <message>
        <location filename="../src/mvcp/meltedplaylistdock.cpp" line="317"/>
        <source>Append %1</source>
        <translation>%1 を付加</translation>
    </message>
    <message>
        <location filename="../src/mvcp/meltedplaylistdock.cpp" line="343"/>
        <source>Remove %1 at %2</source>
        <translation>削除 %1 at %2</translation>
    </message>
    <message>
        <location filename="../src/mvcp/meltedplaylistdock.cpp" line="369"/>
        <source>Insert %1 at %2</source>
        <translation>挿入 %1 at %2</translation>
    </message>
    <message>
        <location filename="../src/mvcp/meltedplaylistdock.cpp" line="393"/>
        <source>Move %1 from %2 to %3</source>
        <translation>%1 を%2 から %3 まで移動する</translation>
    </message>
    <message>
        <location filename="../src/commands/timelinecommands.cpp" line="34"/>
        <source>Append to track</source>
        <translation>トラックに付加</translation>
    </message>
    <message>
        <location filename="../src/commands/timelinecommands.cpp" line="62"/>
        <source>Insert into track</source>
        <translation>トラックに挿入する</translation>
    </message>
    <message>
        <location filename="../src/commands/timelinecommands.cpp" line="89"/>
        <source>Overwrite onto track</source>
        <translation>トラックの上に上書きする</translation>
    </message>
    <message>
        <location filename="../src/commands/timelinecommands.cpp" line="116"/>
        <source>Lift from track</source>
        <translation>トラックからリフトする</translation>
    </message>
    <message>
        <location filename="../src/commands/timelinecommands.cpp" line="142"/>
        <source>Remove from track</source>
        <translation>トラックから削除する</translation>
    </message>
    <message>
        <location filename="../src/commands/timelinecommands.cpp" line="168"/>
        <source>Change track name</source>
        <translation>トラック名を変更する</translation>
    </message>
    <message>
        <location filename="../src/commands/timelinecommands.cpp" line="190"/>
        <source>Merge adjacent clips</source>
        <translation>隣接したクリップを結合する</translation>
    </message>
    <message>
        <location filename="../src/commands/timelinecommands.cpp" line="214"/>
        <source>Toggle track mute</source>
        <translation>トラック ミュート オンオフ切り替え</translation>
    </message>
    <message>
        <location filename="../src/commands/timelinecommands.cpp" line="235"/>
        <source>Toggle track hidden</source>
        <translation>トラックを隠す オンオフ切り替え</translation>
    </message>
    <message>
        <location filename="../src/commands/timelinecommands.cpp" line="257"/>
        <source>Change track compositing</source>
        <translation>トラック合成を変更する</translation>
    </message>
    <message>
        <location filename="../src/commands/timelinecommands.cpp" line="279"/>
        <source>Lock track</source>
        <translation>トラックをロック</translation>
    </message>
    <message>
        <location filename="../src/commands/timelinecommands.cpp" line="306"/>
        <source>Move clip</source>
        <translation>クリップを移動する</translation>
    </message>
    <message>
        <location filename="../src/commands/timelinecommands.cpp" line="332"/>
        <source>Trim clip in point</source>
        <translation>トリム クリップ in point</translation>
    </message>
    <message>
        <location filename="../src/commands/timelinecommands.cpp" line="379"/>
        <source>Trim clip out point</source>
        <translation>トリム クリップ out point</translation>
    </message>
    <message>
        <location filename="../src/commands/timelinecommands.cpp" line="424"/>
        <source>Split clip</source>
        <translation>クリップを分割する</translation>
    </message>
    <message>
        <location filename="../src/commands/timelinecommands.cpp" line="448"/>
        <source>Adjust fade in</source>
        <translation>fade in 調整</translation>
    </message>
    <message>
        <location filename="../src/commands/timelinecommands.cpp" line="480"/>
        <source>Adjust fade out</source>
        <translation>fade out 調整</translation>
    </message>
    <message>
        <location filename="../src/commands/timelinecommands.cpp" line="512"/>
        <location filename="../src/commands/timelinecommands.cpp" line="627"/>
        <location filename="../src/commands/timelinecommands.cpp" line="740"/>
        <source>Add transition</source>
        <translation>トランジッションを追加</translation>
    </message>
    <message>
        <location filename="../src/commands/timelinecommands.cpp" line="540"/>
        <source>Trim transition in point</source>
        <translation>トリム トランジッション in point</translation>
    </message>
    <message>
        <location filename="../src/commands/timelinecommands.cpp" line="583"/>
        <source>Trim transition out point</source>
        <translation>トリム トランジッション out point</translation>
    </message>
    <message>
        <location filename="../src/commands/timelinecommands.cpp" line="669"/>
        <location filename="../src/commands/timelinecommands.cpp" line="704"/>
        <source>Remove transition</source>
        <translation>トランジッションを削除</translation>
    </message>
    <message>
        <location filename="../src/commands/timelinecommands.cpp" line="778"/>
        <source>Add video track</source>
        <translation>ビデオトラックを追加する</translation>
    </message>
    <message>
        <location filename="../src/commands/timelinecommands.cpp" line="780"/>
        <source>Add audio track</source>
        <translation>オーディをトラックを追加する</translation>
    </message>
    <message>
        <location filename="../src/commands/timelinecommands.cpp" line="805"/>
        <source>Insert audio track</source>
        <translation>オーディオトラックを挿入</translation>
    </message>
    <message>
        <location filename="../src/commands/timelinecommands.cpp" line="807"/>
        <source>Insert video track</source>
        <translation>ビデオトラックを挿入</translation>
    </message>
    <message>
        <location filename="../src/commands/timelinecommands.cpp" line="829"/>
        <source>Remove audio track</source>
        <translation>オーディオトラックを削除する</translation>
    </message>
    <message>
        <location filename="../src/commands/timelinecommands.cpp" line="831"/>
        <source>Remove video track</source>
        <translation>ビデオトラックを削除する</translation>
    </message>
    <message>
        <location filename="../src/commands/timelinecommands.cpp" line="878"/>
        <source>Change track blend mode</source>
        <translation>トラックブレンドモードを変更する</translation>
    </message>
    <message>
        <location filename="../src/commands/timelinecommands.cpp" line="912"/>
        <source>Change clip properties</source>
        <translation>クリッププロパティを変更する</translation>
    </message>
    <message>
        <location filename="../src/mltxmlchecker.cpp" line="107"/>
        <source>The file is not a MLT XML file.</source>
        <translation>ファイルはMLT XMLではありません</translation>
    </message>
    <message>
        <location filename="../src/util.cpp" line="85"/>
        <location filename="../src/widgets/avformatproducerwidget.cpp" line="585"/>
        <source>Unable to write file %1
Perhaps you do not have permission.
Try again with a different folder.</source>
        <translation>ファイル %1 に書き込めませんでした。
書き込み権限がない可能性があります。
他のフォルダを選択して再試行ください。</translation>
    </message>
</context>
<context>
    <name>QmlFilter</name>
    <message>
        <location filename="../src/qmltypes/qmlfilter.cpp" line="165"/>
        <source>(defaults)</source>
        <translation>(デフォルト)</translation>
    </message>
    <message>
        <location filename="../src/qmltypes/qmlfilter.cpp" line="228"/>
        <source>Analyze %1</source>
        <translation>解析 %1</translation>
    </message>
</context>
<context>
    <name>RecentDock</name>
    <message>
        <location filename="../src/docks/recentdock.ui" line="24"/>
        <source>Recent</source>
        <translation>最近</translation>
    </message>
    <message>
        <location filename="../src/docks/recentdock.ui" line="46"/>
        <source>Show only files with name matching text</source>
        <translation>テキストとマッチしたファイルと名前だけを表示</translation>
    </message>
    <message>
        <location filename="../src/docks/recentdock.ui" line="49"/>
        <source>search</source>
        <translation>サーチ</translation>
    </message>
</context>
<context>
    <name>SaveDefaultButton</name>
    <message>
        <location filename="../src/qml/modules/Shotcut/Controls/SaveDefaultButton.qml" line="24"/>
        <source>Set as default</source>
        <translation>デフォルトに設定する</translation>
    </message>
</context>
<context>
    <name>ScopeController</name>
    <message>
        <location filename="../src/controllers/scopecontroller.cpp" line="34"/>
        <source>Scopes</source>
        <translation>スコープ</translation>
    </message>
</context>
<context>
    <name>ServicePresetWidget</name>
    <message>
        <location filename="../src/widgets/servicepresetwidget.ui" line="14"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="../src/widgets/servicepresetwidget.ui" line="25"/>
        <source>Preset</source>
        <translation>プリセット</translation>
    </message>
    <message>
        <location filename="../src/widgets/servicepresetwidget.ui" line="45"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../src/widgets/servicepresetwidget.ui" line="52"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../src/widgets/servicepresetwidget.cpp" line="76"/>
        <source>(defaults)</source>
        <translation>(デフォルト)</translation>
    </message>
    <message>
        <location filename="../src/widgets/servicepresetwidget.cpp" line="83"/>
        <source>Save Preset</source>
        <translation>プリセットを保存</translation>
    </message>
    <message>
        <location filename="../src/widgets/servicepresetwidget.cpp" line="84"/>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <location filename="../src/widgets/servicepresetwidget.cpp" line="135"/>
        <source>Delete Preset</source>
        <translation>プリセットを削除</translation>
    </message>
    <message>
        <location filename="../src/widgets/servicepresetwidget.cpp" line="136"/>
        <source>Are you sure you want to delete %1?</source>
        <translation>本当に %1 を削除してよろしいですか?</translation>
    </message>
</context>
<context>
    <name>SimplePropertyUI</name>
    <message>
        <location filename="../src/qml/modules/Shotcut/Controls/SimplePropertyUI.qml" line="14"/>
        <source>Custom Properties</source>
        <translation>カスタムプロパティ</translation>
    </message>
</context>
<context>
    <name>SizePositionUI</name>
    <message>
        <location filename="../src/qml/filters/size_position/SizePositionUI.qml" line="43"/>
        <source>Bottom Left</source>
        <translation>左下</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/size_position/SizePositionUI.qml" line="48"/>
        <source>Bottom Right</source>
        <translation>右下</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/size_position/SizePositionUI.qml" line="53"/>
        <source>Top Left</source>
        <translation>左上</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/size_position/SizePositionUI.qml" line="58"/>
        <source>Top Right</source>
        <translation>右上</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/size_position/SizePositionUI.qml" line="122"/>
        <source>Preset</source>
        <translation>プリセット</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/size_position/SizePositionUI.qml" line="133"/>
        <source>Position</source>
        <translation>ポジション</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/size_position/SizePositionUI.qml" line="153"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/size_position/SizePositionUI.qml" line="174"/>
        <source>Size mode</source>
        <translation>サイズモード</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/size_position/SizePositionUI.qml" line="181"/>
        <source>Fit</source>
        <translation>フィット</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/size_position/SizePositionUI.qml" line="190"/>
        <source>Fill</source>
        <translation>埋める</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/size_position/SizePositionUI.qml" line="199"/>
        <source>Distort</source>
        <translation>歪曲する</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/size_position/SizePositionUI.qml" line="209"/>
        <source>Horizontal fit</source>
        <translation>水平フィット</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/size_position/SizePositionUI.qml" line="214"/>
        <source>Left</source>
        <translation>左</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/size_position/SizePositionUI.qml" line="221"/>
        <source>Center</source>
        <translation>中央</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/size_position/SizePositionUI.qml" line="228"/>
        <source>Right</source>
        <translation>右</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/size_position/SizePositionUI.qml" line="236"/>
        <source>Vertical fit</source>
        <translation>垂直フィット</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/size_position/SizePositionUI.qml" line="241"/>
        <source>Top</source>
        <translation>トップ</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/size_position/SizePositionUI.qml" line="248"/>
        <source>Middle</source>
        <translation>真ん中</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/size_position/SizePositionUI.qml" line="255"/>
        <source>Bottom</source>
        <translation>底</translation>
    </message>
</context>
<context>
    <name>TextViewerDialog</name>
    <message>
        <location filename="../src/dialogs/textviewerdialog.ui" line="17"/>
        <source>Dialog</source>
        <translation>ダイアログ</translation>
    </message>
    <message>
        <location filename="../src/dialogs/textviewerdialog.cpp" line="47"/>
        <source>Save Text</source>
        <translation>テキスト保存</translation>
    </message>
</context>
<context>
    <name>TiledItemDelegate</name>
    <message>
        <location filename="../src/docks/playlistdock.cpp" line="94"/>
        <source>Duration: %1</source>
        <translation>デュレーション: %1</translation>
    </message>
    <message>
        <location filename="../src/docks/playlistdock.cpp" line="97"/>
        <source>In: %1</source>
        <translation>In: %1</translation>
    </message>
    <message>
        <location filename="../src/docks/playlistdock.cpp" line="99"/>
        <source>Start: %1</source>
        <translation>スタート: %1</translation>
    </message>
</context>
<context>
    <name>TimeSpinner</name>
    <message>
        <location filename="../src/qml/modules/Shotcut/Controls/TimeSpinner.qml" line="47"/>
        <source>Decrement</source>
        <translation>減少量</translation>
    </message>
    <message>
        <location filename="../src/qml/modules/Shotcut/Controls/TimeSpinner.qml" line="68"/>
        <source>Increment</source>
        <translation>増加量</translation>
    </message>
</context>
<context>
    <name>TimelineDock</name>
    <message>
        <location filename="../src/docks/timelinedock.ui" line="33"/>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <location filename="../src/docks/timelinedock.cpp" line="159"/>
        <source>This track is locked</source>
        <translation>このトラックはロックされています。</translation>
    </message>
    <message>
        <location filename="../src/docks/timelinedock.cpp" line="844"/>
        <source>You cannot split a transition.</source>
        <translation>トランジッションを分割することはできません。</translation>
    </message>
</context>
<context>
    <name>TimelinePropertiesWidget</name>
    <message>
        <location filename="../src/widgets/timelinepropertieswidget.ui" line="14"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="../src/widgets/timelinepropertieswidget.ui" line="26"/>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <location filename="../src/widgets/timelinepropertieswidget.ui" line="39"/>
        <source>Frame rate</source>
        <translation>フレームレート</translation>
    </message>
    <message>
        <location filename="../src/widgets/timelinepropertieswidget.ui" line="49"/>
        <location filename="../src/widgets/timelinepropertieswidget.ui" line="138"/>
        <location filename="../src/widgets/timelinepropertieswidget.ui" line="155"/>
        <location filename="../src/widgets/timelinepropertieswidget.ui" line="172"/>
        <location filename="../src/widgets/timelinepropertieswidget.ui" line="237"/>
        <source>:</source>
        <translation>:</translation>
    </message>
    <message>
        <location filename="../src/widgets/timelinepropertieswidget.ui" line="56"/>
        <source>Resolution</source>
        <translation>解像度</translation>
    </message>
    <message>
        <location filename="../src/widgets/timelinepropertieswidget.ui" line="145"/>
        <source>Scan mode</source>
        <translation>スキャンモード</translation>
    </message>
    <message>
        <location filename="../src/widgets/timelinepropertieswidget.ui" line="162"/>
        <source>Aspect ratio</source>
        <translation>アスペクトレイシオ</translation>
    </message>
    <message>
        <location filename="../src/widgets/timelinepropertieswidget.ui" line="203"/>
        <source>Colorspace</source>
        <translation>カラースペース</translation>
    </message>
    <message>
        <location filename="../src/widgets/timelinepropertieswidget.cpp" line="35"/>
        <source>%L1 fps</source>
        <translation>%L1 fps</translation>
    </message>
    <message>
        <location filename="../src/widgets/timelinepropertieswidget.cpp" line="37"/>
        <source>Progressive</source>
        <translation>進行</translation>
    </message>
    <message>
        <location filename="../src/widgets/timelinepropertieswidget.cpp" line="39"/>
        <source>Interlaced</source>
        <translation>組み合わせた</translation>
    </message>
</context>
<context>
    <name>TimelineToolbar</name>
    <message>
        <location filename="../src/qml/timeline/TimelineToolbar.qml" line="106"/>
        <source>Toggle snapping</source>
        <translation>スナップのオンオフ切り替え</translation>
    </message>
    <message>
        <location filename="../src/qml/timeline/TimelineToolbar.qml" line="115"/>
        <source>Scrub while dragging</source>
        <translation>ドラッグしながらスクラブする</translation>
    </message>
    <message>
        <location filename="../src/qml/timeline/TimelineToolbar.qml" line="124"/>
        <source>Ripple trim and drop</source>
        <translation>リップルトリム してドロップ</translation>
    </message>
    <message>
        <location filename="../src/qml/timeline/TimelineToolbar.qml" line="125"/>
        <source>Ripple</source>
        <translation>リップル</translation>
    </message>
    <message>
        <location filename="../src/qml/timeline/TimelineToolbar.qml" line="174"/>
        <source>Display a menu of additional actions</source>
        <translation>追加のアクションをMenuに表示する</translation>
    </message>
    <message>
        <location filename="../src/qml/timeline/TimelineToolbar.qml" line="182"/>
        <source>Cut - Copy the current clip to the Source
player and ripple delete it</source>
        <translation>カット - ソースプレイヤーに現在の
クリップをコピーしてそれをリップル削除する</translation>
    </message>
    <message>
        <location filename="../src/qml/timeline/TimelineToolbar.qml" line="191"/>
        <source>Copy - Copy the current clip to the Source player (C)</source>
        <translation>コピー - 現在のクリップをソースレイヤーにコピーする(C)</translation>
    </message>
    <message>
        <location filename="../src/qml/timeline/TimelineToolbar.qml" line="200"/>
        <source>Paste - Insert clip into the current track
shifting following clips to the right (V)</source>
        <translation>貼り付け -  現在のトラックにクリップを挿入し
そこに続くクリップの右にトラックを移動する(V)</translation>
    </message>
    <message>
        <location filename="../src/qml/timeline/TimelineToolbar.qml" line="208"/>
        <source>Append to the current track (A)</source>
        <translation>現在のトラックに付加する (A)</translation>
    </message>
    <message>
        <location filename="../src/qml/timeline/TimelineToolbar.qml" line="216"/>
        <source>Ripple Delete - Remove current clip
shifting following clips to the left (X)</source>
        <translation>リップル削除 - 現在のクリップを削除して
それに続くクリップを左に移動する (X)</translation>
    </message>
    <message>
        <location filename="../src/qml/timeline/TimelineToolbar.qml" line="224"/>
        <source>Lift - Remove current clip without
affecting position of other clips (Z)</source>
        <translation>リフト - 現在のクリップを他のクリップの
ポジションに影響することなく削除する (Z)</translation>
    </message>
    <message>
        <location filename="../src/qml/timeline/TimelineToolbar.qml" line="232"/>
        <source>Overwrite clip onto the current track (B)</source>
        <translation>現在のトラックにクリップを上書きする (B)</translation>
    </message>
    <message>
        <location filename="../src/qml/timeline/TimelineToolbar.qml" line="240"/>
        <source>Split At Playhead (S)</source>
        <translation>プレイヘッドで分割する</translation>
    </message>
    <message>
        <location filename="../src/qml/timeline/TimelineToolbar.qml" line="248"/>
        <source>Zoom timeline out (-)</source>
        <translation>Zoom タイムライン out (-)</translation>
    </message>
    <message>
        <location filename="../src/qml/timeline/TimelineToolbar.qml" line="256"/>
        <source>Zoom timeline in (+)</source>
        <translation>Zoom タイムライン in (+)</translation>
    </message>
</context>
<context>
    <name>ToneProducerWidget</name>
    <message>
        <location filename="../src/widgets/toneproducerwidget.ui" line="14"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="../src/widgets/toneproducerwidget.ui" line="26"/>
        <source>Audio Tone</source>
        <translation>Audio トーン</translation>
    </message>
    <message>
        <location filename="../src/widgets/toneproducerwidget.ui" line="41"/>
        <source>Frequency</source>
        <translation>フリークエンシー</translation>
    </message>
    <message>
        <location filename="../src/widgets/toneproducerwidget.ui" line="51"/>
        <source> Hz</source>
        <translation> Hz</translation>
    </message>
    <message>
        <location filename="../src/widgets/toneproducerwidget.ui" line="90"/>
        <source> dB</source>
        <translation> dB</translation>
    </message>
    <message>
        <location filename="../src/widgets/toneproducerwidget.ui" line="80"/>
        <source>Level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <location filename="../src/widgets/toneproducerwidget.cpp" line="97"/>
        <source>Tone: %1Hz %2dB</source>
        <translation>トーン: %1Hz %2dB</translation>
    </message>
</context>
<context>
    <name>TrackHead</name>
    <message>
        <location filename="../src/qml/timeline/TrackHead.qml" line="144"/>
        <source>Mute</source>
        <translation>ミュートする</translation>
    </message>
    <message>
        <location filename="../src/qml/timeline/TrackHead.qml" line="144"/>
        <source>Unmute</source>
        <translation>ミュート解除</translation>
    </message>
    <message>
        <location filename="../src/qml/timeline/TrackHead.qml" line="155"/>
        <source>Show</source>
        <translation>表示する</translation>
    </message>
    <message>
        <location filename="../src/qml/timeline/TrackHead.qml" line="166"/>
        <source>Disable compositing</source>
        <translation>合成を無効化する</translation>
    </message>
    <message>
        <location filename="../src/qml/timeline/TrackHead.qml" line="176"/>
        <source>Unlock track</source>
        <translation>トラックを解除</translation>
    </message>
    <message>
        <location filename="../src/qml/timeline/TrackHead.qml" line="186"/>
        <source>Filters</source>
        <translation>フィルター</translation>
    </message>
    <message>
        <location filename="../src/qml/timeline/TrackHead.qml" line="155"/>
        <source>Hide</source>
        <translation>隠す</translation>
    </message>
    <message>
        <location filename="../src/qml/timeline/TrackHead.qml" line="176"/>
        <source>Lock track</source>
        <translation>トラックをロック</translation>
    </message>
    <message>
        <location filename="../src/qml/timeline/TrackHead.qml" line="166"/>
        <source>Composite</source>
        <translation>合成</translation>
    </message>
</context>
<context>
    <name>TrackPropertiesWidget</name>
    <message>
        <location filename="../src/widgets/trackpropertieswidget.ui" line="14"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="../src/widgets/trackpropertieswidget.ui" line="38"/>
        <source>Blend mode</source>
        <translation>ブレンドモード</translation>
    </message>
    <message>
        <location filename="../src/widgets/trackpropertieswidget.cpp" line="37"/>
        <source>Track: %1</source>
        <translation>トラック: %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/trackpropertieswidget.cpp" line="44"/>
        <source>Over</source>
        <translation>重ねる</translation>
    </message>
    <message>
        <location filename="../src/widgets/trackpropertieswidget.cpp" line="45"/>
        <source>Add</source>
        <translation>追加する</translation>
    </message>
    <message>
        <location filename="../src/widgets/trackpropertieswidget.cpp" line="46"/>
        <source>Saturate</source>
        <translation>サチュレート</translation>
    </message>
    <message>
        <location filename="../src/widgets/trackpropertieswidget.cpp" line="47"/>
        <source>Multiply</source>
        <translation>かける</translation>
    </message>
    <message>
        <location filename="../src/widgets/trackpropertieswidget.cpp" line="48"/>
        <source>Screen</source>
        <translation>スクリーン</translation>
    </message>
    <message>
        <location filename="../src/widgets/trackpropertieswidget.cpp" line="49"/>
        <source>Overlay</source>
        <translation>オーバーレイ</translation>
    </message>
    <message>
        <location filename="../src/widgets/trackpropertieswidget.cpp" line="50"/>
        <source>Darken</source>
        <translation>暗くする</translation>
    </message>
    <message>
        <location filename="../src/widgets/trackpropertieswidget.cpp" line="51"/>
        <source>Dodge</source>
        <translation>覆い焼き</translation>
    </message>
    <message>
        <location filename="../src/widgets/trackpropertieswidget.cpp" line="52"/>
        <source>Burn</source>
        <translation>焼く</translation>
    </message>
    <message>
        <location filename="../src/widgets/trackpropertieswidget.cpp" line="53"/>
        <source>Hard Light</source>
        <translation>ハードライト</translation>
    </message>
    <message>
        <location filename="../src/widgets/trackpropertieswidget.cpp" line="54"/>
        <source>Soft Light</source>
        <translation>ソフトライト</translation>
    </message>
    <message>
        <location filename="../src/widgets/trackpropertieswidget.cpp" line="55"/>
        <source>Difference</source>
        <translation>相違</translation>
    </message>
    <message>
        <location filename="../src/widgets/trackpropertieswidget.cpp" line="56"/>
        <source>Exclusion</source>
        <translation>除外</translation>
    </message>
    <message>
        <location filename="../src/widgets/trackpropertieswidget.cpp" line="57"/>
        <source>HSL Hue</source>
        <translation>HSL ヒュー</translation>
    </message>
    <message>
        <location filename="../src/widgets/trackpropertieswidget.cpp" line="58"/>
        <source>HSL Saturation</source>
        <translation>HSL サチュレーション</translation>
    </message>
    <message>
        <location filename="../src/widgets/trackpropertieswidget.cpp" line="59"/>
        <source>HSL Color</source>
        <translation>HSL カラー</translation>
    </message>
    <message>
        <location filename="../src/widgets/trackpropertieswidget.cpp" line="60"/>
        <source>HSL Luminosity</source>
        <translation> HSL 明度</translation>
    </message>
</context>
<context>
    <name>TranscodeDialog</name>
    <message>
        <location filename="../src/dialogs/transcodedialog.ui" line="14"/>
        <source>Dialog</source>
        <translation>ダイアログ</translation>
    </message>
    <message>
        <location filename="../src/dialogs/transcodedialog.ui" line="41"/>
        <source>good</source>
        <translation>good</translation>
    </message>
    <message>
        <location filename="../src/dialogs/transcodedialog.ui" line="51"/>
        <source>better</source>
        <translation>better</translation>
    </message>
    <message>
        <location filename="../src/dialogs/transcodedialog.ui" line="61"/>
        <source>best</source>
        <translation>best</translation>
    </message>
    <message>
        <location filename="../src/dialogs/transcodedialog.ui" line="94"/>
        <source>medium</source>
        <translation>medium</translation>
    </message>
    <message>
        <location filename="../src/dialogs/transcodedialog.ui" line="104"/>
        <source>large</source>
        <translation>large</translation>
    </message>
    <message>
        <location filename="../src/dialogs/transcodedialog.ui" line="114"/>
        <source>biggest</source>
        <translation>biggest</translation>
    </message>
    <message>
        <location filename="../src/dialogs/transcodedialog.ui" line="136"/>
        <source>Do not show this anymore.</source>
        <comment>Convert to edit-friendly format dialog</comment>
        <translation>今後表示しない。</translation>
    </message>
    <message>
        <location filename="../src/dialogs/transcodedialog.cpp" line="29"/>
        <source>Convert to Edit-friendly...</source>
        <translation>編集フレンドリーに変換</translation>
    </message>
    <message>
        <location filename="../src/dialogs/transcodedialog.cpp" line="49"/>
        <source>Lossy: I-frame–only H.264/AAC MP4</source>
        <translation>Lossy: I-frame–only H.264/AAC MP4</translation>
    </message>
    <message>
        <location filename="../src/dialogs/transcodedialog.cpp" line="52"/>
        <source>Intermediate: ProRes/ALAC MOV</source>
        <translation>Intermediate: ProRes/ALAC MOV</translation>
    </message>
    <message>
        <location filename="../src/dialogs/transcodedialog.cpp" line="55"/>
        <source>Lossless: FFV1/FLAC MKV</source>
        <translation>Lossless: FFV1/FLAC MKV</translation>
    </message>
</context>
<context>
    <name>UndoButton</name>
    <message>
        <location filename="../src/qml/modules/Shotcut/Controls/UndoButton.qml" line="24"/>
        <source>Reset to default</source>
        <translation>デフォルトにリセットする</translation>
    </message>
</context>
<context>
    <name>UnlinkedFilesDialog</name>
    <message>
        <location filename="../src/dialogs/unlinkedfilesdialog.ui" line="14"/>
        <source>Missing Files</source>
        <translation>見つからないファイル</translation>
    </message>
    <message>
        <location filename="../src/dialogs/unlinkedfilesdialog.ui" line="26"/>
        <source>There are missing files in your project. Double-click each row to locate a file.</source>
        <translation>あなたのプロジェクトに見つからないファイルがあります。各列をダブルクリックしてファイルの場所を指定してください。</translation>
    </message>
    <message>
        <location filename="../src/dialogs/unlinkedfilesdialog.cpp" line="42"/>
        <source>Missing</source>
        <translation>見つからない。</translation>
    </message>
    <message>
        <location filename="../src/dialogs/unlinkedfilesdialog.cpp" line="43"/>
        <source>Replacement</source>
        <translation>代わりの</translation>
    </message>
    <message>
        <location filename="../src/dialogs/unlinkedfilesdialog.cpp" line="56"/>
        <source>Open File</source>
        <translation>ファイルを開く</translation>
    </message>
</context>
<context>
    <name>Video4LinuxWidget</name>
    <message>
        <location filename="../src/widgets/video4linuxwidget.ui" line="14"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="../src/widgets/video4linuxwidget.ui" line="72"/>
        <source>Video4Linux</source>
        <translation>Video4Linux</translation>
    </message>
    <message>
        <location filename="../src/widgets/video4linuxwidget.ui" line="135"/>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <location filename="../src/widgets/video4linuxwidget.ui" line="43"/>
        <source>Set the path to the video device file</source>
        <translation>ビデオデバイスファイルへのパスを指定</translation>
    </message>
    <message>
        <location filename="../src/widgets/video4linuxwidget.ui" line="46"/>
        <source>/dev/video0</source>
        <translation>/dev/video0</translation>
    </message>
    <message>
        <location filename="../src/widgets/video4linuxwidget.ui" line="125"/>
        <source>Resolution</source>
        <translation>解像度</translation>
    </message>
    <message>
        <location filename="../src/widgets/video4linuxwidget.ui" line="223"/>
        <source>Width</source>
        <translation>幅</translation>
    </message>
    <message>
        <location filename="../src/widgets/video4linuxwidget.ui" line="249"/>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <location filename="../src/widgets/video4linuxwidget.ui" line="102"/>
        <source>Height</source>
        <translation>高さ</translation>
    </message>
    <message>
        <location filename="../src/widgets/video4linuxwidget.ui" line="236"/>
        <source>pixels</source>
        <translation>ピクセル</translation>
    </message>
    <message>
        <location filename="../src/widgets/video4linuxwidget.ui" line="115"/>
        <source>Frame rate</source>
        <translation>フレームレート</translation>
    </message>
    <message>
        <location filename="../src/widgets/video4linuxwidget.ui" line="82"/>
        <source>fps</source>
        <translation>fps</translation>
    </message>
    <message>
        <location filename="../src/widgets/video4linuxwidget.ui" line="145"/>
        <source>TV Tuner</source>
        <translation>TV チューナー</translation>
    </message>
    <message>
        <location filename="../src/widgets/video4linuxwidget.ui" line="157"/>
        <source>Standard</source>
        <translation>標準</translation>
    </message>
    <message>
        <location filename="../src/widgets/video4linuxwidget.ui" line="167"/>
        <source>Set the television standard</source>
        <translation>TVスタンダードをセットする</translation>
    </message>
    <message>
        <location filename="../src/widgets/video4linuxwidget.ui" line="171"/>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <location filename="../src/widgets/video4linuxwidget.ui" line="176"/>
        <source>NTSC</source>
        <translation>NTSC</translation>
    </message>
    <message>
        <location filename="../src/widgets/video4linuxwidget.ui" line="181"/>
        <source>PAL</source>
        <translation>PAL</translation>
    </message>
    <message>
        <location filename="../src/widgets/video4linuxwidget.ui" line="186"/>
        <source>SECAM</source>
        <translation>SECAM</translation>
    </message>
    <message>
        <location filename="../src/widgets/video4linuxwidget.ui" line="194"/>
        <source>Channel</source>
        <translation>チャンネル</translation>
    </message>
    <message>
        <location filename="../src/widgets/video4linuxwidget.ui" line="213"/>
        <source>Audio Input</source>
        <translation>オーディオインプット</translation>
    </message>
    <message>
        <location filename="../src/widgets/video4linuxwidget.ui" line="257"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../src/widgets/video4linuxwidget.ui" line="262"/>
        <source>PulseAudio</source>
        <translation>Pulseオーディオ</translation>
    </message>
    <message>
        <location filename="../src/widgets/video4linuxwidget.ui" line="267"/>
        <source>JACK</source>
        <translation>JACK</translation>
    </message>
    <message>
        <location filename="../src/widgets/video4linuxwidget.ui" line="272"/>
        <source>ALSA</source>
        <translation>ALSA</translation>
    </message>
    <message>
        <location filename="../src/widgets/video4linuxwidget.ui" line="36"/>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
</context>
<context>
    <name>VideoQualityJob</name>
    <message>
        <location filename="../src/jobs/videoqualityjob.cpp" line="36"/>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <location filename="../src/jobs/videoqualityjob.cpp" line="37"/>
        <source>Open original and encoded side-by-side in the Shotcut player</source>
        <translation>ショットカットプレイヤーでオリジナルとエンコードされたものをサイドby サイドで開く</translation>
    </message>
    <message>
        <location filename="../src/jobs/videoqualityjob.cpp" line="41"/>
        <source>View Report</source>
        <translation>レポートを見る</translation>
    </message>
    <message>
        <location filename="../src/jobs/videoqualityjob.cpp" line="45"/>
        <source>Show In Folder</source>
        <translation>フォルダーに表示</translation>
    </message>
    <message>
        <location filename="../src/jobs/videoqualityjob.cpp" line="49"/>
        <source>Measure %1</source>
        <translation>測定 %1</translation>
    </message>
    <message>
        <location filename="../src/jobs/videoqualityjob.cpp" line="88"/>
        <source>Video Quality Measurement</source>
        <translation>ビデオ品質測定</translation>
    </message>
</context>
<context>
    <name>VideoWaveformScopeWidget</name>
    <message>
        <location filename="../src/widgets/scopes/videowaveformscopewidget.cpp" line="98"/>
        <source>Video Waveform</source>
        <translation>ビデオウェーブフォーム</translation>
    </message>
</context>
<context>
    <name>WebvfxProducer</name>
    <message>
        <location filename="../src/widgets/webvfxproducer.ui" line="14"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="../src/widgets/webvfxproducer.ui" line="23"/>
        <source>Make background transparent</source>
        <translation>背景を透明化する</translation>
    </message>
    <message>
        <location filename="../src/widgets/webvfxproducer.ui" line="30"/>
        <source>Reload</source>
        <translation>リロード</translation>
    </message>
    <message>
        <location filename="../src/widgets/webvfxproducer.ui" line="53"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;For Advanced Users&lt;/span&gt;&lt;br/&gt;If you enable this, and you do not use the WebVfx JavaScript extension, your content will not render!&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;上級ユーザーへ&lt;/span&gt;&lt;br/&gt;もしこれを有効化してWebVfx JavaScript エクステンションを使わなければ、あなたなのコンテンツはレンダリングされません！&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../src/widgets/webvfxproducer.ui" line="56"/>
        <source>Use WebVfx JavaScript extension</source>
        <translation>WebVfx JavaScript エクステンションを使う</translation>
    </message>
</context>
<context>
    <name>X11grabWidget</name>
    <message>
        <location filename="../src/widgets/x11grabwidget.ui" line="14"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="../src/widgets/x11grabwidget.ui" line="46"/>
        <source>Screen</source>
        <translation>スクリーン</translation>
    </message>
    <message>
        <location filename="../src/widgets/x11grabwidget.ui" line="30"/>
        <source>Display</source>
        <translation>表示</translation>
    </message>
    <message>
        <location filename="../src/widgets/x11grabwidget.ui" line="121"/>
        <source>An X11 display name of the form hostname:displaynumber.screennumber
Most users do not need to change this.</source>
        <translation>フォームホストネームのX11 display名 :displaynumber.screennumber
多くのユーザーはこれを変更する必要はありません。</translation>
    </message>
    <message>
        <location filename="../src/widgets/x11grabwidget.ui" line="125"/>
        <source>:0.0</source>
        <translation>:0.0</translation>
    </message>
    <message>
        <location filename="../src/widgets/x11grabwidget.ui" line="278"/>
        <source>Position</source>
        <translation>ポジション</translation>
    </message>
    <message>
        <location filename="../src/widgets/x11grabwidget.ui" line="103"/>
        <source>Center Under Mouse</source>
        <translation>マウス直下を中央に</translation>
    </message>
    <message>
        <location filename="../src/widgets/x11grabwidget.ui" line="108"/>
        <source>Fixed</source>
        <translation>Fixed</translation>
    </message>
    <message>
        <location filename="../src/widgets/x11grabwidget.ui" line="113"/>
        <source>Follow Mouse</source>
        <translation>マウスをフォロー</translation>
    </message>
    <message>
        <location filename="../src/widgets/x11grabwidget.ui" line="132"/>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <location filename="../src/widgets/x11grabwidget.ui" line="66"/>
        <source>The horizontal coordinate from the left edge when using a fixed capture region.</source>
        <translation>fixedキャプチャーリージョンを使用中の左端の水平座標</translation>
    </message>
    <message>
        <location filename="../src/widgets/x11grabwidget.ui" line="216"/>
        <source>Y</source>
        <translation>Y</translation>
    </message>
    <message>
        <location filename="../src/widgets/x11grabwidget.ui" line="82"/>
        <source>The vertical coordinate from the top edge when using a fixed capture region.</source>
        <translation>fixedリージョンキャプチャを使用している時の上部エッジの垂直座標</translation>
    </message>
    <message>
        <location filename="../src/widgets/x11grabwidget.ui" line="92"/>
        <location filename="../src/widgets/x11grabwidget.ui" line="199"/>
        <source>pixels</source>
        <translation>ピクセル</translation>
    </message>
    <message>
        <location filename="../src/widgets/x11grabwidget.ui" line="20"/>
        <source>Resolution</source>
        <translation>解像度</translation>
    </message>
    <message>
        <location filename="../src/widgets/x11grabwidget.ui" line="252"/>
        <source>Width of the capture region</source>
        <translation>キャプチャーリージョンの幅</translation>
    </message>
    <message>
        <location filename="../src/widgets/x11grabwidget.ui" line="245"/>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <location filename="../src/widgets/x11grabwidget.ui" line="265"/>
        <source>Height of the capture region</source>
        <translation>キャプチャーリージョンの高さ</translation>
    </message>
    <message>
        <location filename="../src/widgets/x11grabwidget.ui" line="142"/>
        <source>Show the capture region</source>
        <translation>キャプチャーリージョンを表示</translation>
    </message>
    <message>
        <location filename="../src/widgets/x11grabwidget.ui" line="206"/>
        <source>Draw the mouse cursor</source>
        <translation>マウスカーソルを描画</translation>
    </message>
    <message>
        <location filename="../src/widgets/x11grabwidget.ui" line="149"/>
        <source>Audio Input</source>
        <translation>オーディオインプット</translation>
    </message>
    <message>
        <location filename="../src/widgets/x11grabwidget.ui" line="172"/>
        <source>Choose an audio input method to use during capture.</source>
        <translation>キャプチャー中のオーディオインプット方式を選択する</translation>
    </message>
    <message>
        <location filename="../src/widgets/x11grabwidget.ui" line="176"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../src/widgets/x11grabwidget.ui" line="181"/>
        <source>PulseAudio</source>
        <translation>Pulseオーディオ</translation>
    </message>
    <message>
        <location filename="../src/widgets/x11grabwidget.ui" line="186"/>
        <source>JACK</source>
        <translation>JACK</translation>
    </message>
    <message>
        <location filename="../src/widgets/x11grabwidget.ui" line="191"/>
        <source>ALSA</source>
        <translation>ALSA</translation>
    </message>
    <message>
        <location filename="../src/widgets/x11grabwidget.ui" line="56"/>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
</context>
<context>
    <name>audioloudnessscope</name>
    <message>
        <location filename="../src/qml/scopes/audioloudness/audioloudnessscope.qml" line="118"/>
        <source>Momentary Loudness.</source>
        <translation>瞬時音量</translation>
    </message>
    <message>
        <location filename="../src/qml/scopes/audioloudness/audioloudnessscope.qml" line="152"/>
        <source>Short-term Loudness.</source>
        <translation>短期音量</translation>
    </message>
    <message>
        <location filename="../src/qml/scopes/audioloudness/audioloudnessscope.qml" line="186"/>
        <source>Integrated Loudness.</source>
        <translation>合成音量</translation>
    </message>
    <message>
        <location filename="../src/qml/scopes/audioloudness/audioloudnessscope.qml" line="220"/>
        <source>Loudness Range.</source>
        <translation>音量レンジ</translation>
    </message>
    <message>
        <location filename="../src/qml/scopes/audioloudness/audioloudnessscope.qml" line="254"/>
        <source>Peak.</source>
        <translation>ピーク.</translation>
    </message>
    <message>
        <location filename="../src/qml/scopes/audioloudness/audioloudnessscope.qml" line="288"/>
        <source>True Peak.</source>
        <translation>トゥルーピーク.</translation>
    </message>
</context>
<context>
    <name>filterview</name>
    <message>
        <location filename="../src/qml/views/filter/filterview.qml" line="114"/>
        <source>Nothing selected</source>
        <translation>何も選択されていません</translation>
    </message>
    <message>
        <location filename="../src/qml/views/filter/filterview.qml" line="126"/>
        <source>Add a filter</source>
        <translation>フィルタを追加</translation>
    </message>
    <message>
        <location filename="../src/qml/views/filter/filterview.qml" line="135"/>
        <source>Remove selected filter</source>
        <translation>選択中のフィルタを削除</translation>
    </message>
    <message>
        <location filename="../src/qml/views/filter/filterview.qml" line="152"/>
        <source>Copy the filters</source>
        <translation>フィルタをコピーする</translation>
    </message>
    <message>
        <location filename="../src/qml/views/filter/filterview.qml" line="162"/>
        <source>Paste filters</source>
        <translation>フィルタを貼り付け</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/main.cpp" line="126"/>
        <source>Fill the screen with the Shotcut window.</source>
        <translation>Shotcutの画面でスクリーンいっぱいにする</translation>
    </message>
    <message>
        <location filename="../src/main.cpp" line="130"/>
        <source>Hide upgrade prompt and menu item.</source>
        <translation>アップグレード画面とメニューアイテムを非表示にします。</translation>
    </message>
    <message>
        <location filename="../src/main.cpp" line="133"/>
        <source>Use GPU processing.</source>
        <translation>GPU処理を使う</translation>
    </message>
    <message>
        <location filename="../src/main.cpp" line="136"/>
        <source>The directory for app configuration and data.</source>
        <translation>App設定とデータのためのフォルダ</translation>
    </message>
    <message>
        <location filename="../src/main.cpp" line="137"/>
        <source>directory</source>
        <translation>フォルダ</translation>
    </message>
    <message>
        <location filename="../src/main.cpp" line="140"/>
        <source>A file to open.</source>
        <translation>開くファイル</translation>
    </message>
    <message>
        <location filename="../src/main.cpp" line="259"/>
        <source>Loading plugins...</source>
        <translation>プラグインをロード中</translation>
    </message>
</context>
<context>
    <name>meta</name>
    <message>
        <location filename="../src/qml/filters/webvfx_circular_frame/meta.qml" line="7"/>
        <source>Circular Frame (HTML)</source>
        <translation>円形フレーム(HTML)</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_channelcopy/meta.qml" line="7"/>
        <source>Copy Channel</source>
        <translation>チャンネルをコピー</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_balance/meta.qml" line="7"/>
        <source>Balance</source>
        <translation>バランス</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_pan/meta.qml" line="7"/>
        <source>Pan</source>
        <translation>パン</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_mono/meta.qml" line="7"/>
        <source>Downmix</source>
        <translation>ダウンミックス</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_swapchannels/meta.qml" line="7"/>
        <source>Swap Channels</source>
        <translation>チャンネルを交換</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/rotate/meta.qml" line="7"/>
        <source>Rotate</source>
        <translation>回転</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/stabilize/meta.qml" line="6"/>
        <source>Stabilize</source>
        <translation>スタビライズ</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/invert/meta.qml" line="6"/>
        <source>Invert Colors</source>
        <translation>色を反転</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/sepia/meta.qml" line="6"/>
        <source>Sepia Tone</source>
        <translation>セピアトーン</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/movit_diffusion/meta.qml" line="6"/>
        <source>Diffusion</source>
        <translation>拡散</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/crop/meta.qml" line="6"/>
        <source>Crop</source>
        <translation>切り取る</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/color/meta.qml" line="6"/>
        <source>Color Grading</source>
        <translation>色相</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/wave/meta.qml" line="6"/>
        <source>Wave</source>
        <translation>ウェーブ</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/mirror/meta.qml" line="6"/>
        <source>Mirror</source>
        <translation>ミラー</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/webvfx/meta.qml" line="6"/>
        <source>Overlay HTML</source>
        <translation>HTMLを重ねる</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_fadein/meta.qml" line="8"/>
        <source>Fade In Audio</source>
        <translation>オーディオFade In</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_fadeout/meta.qml" line="8"/>
        <source>Fade Out Audio</source>
        <translation>オーディオFade Out</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/fadein_brightness/meta.qml" line="7"/>
        <location filename="../src/qml/filters/fadein_movit/meta.qml" line="7"/>
        <source>Fade In Video</source>
        <translation>ビデオ Fade In</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/fadeout_brightness/meta.qml" line="7"/>
        <location filename="../src/qml/filters/fadeout_movit/meta.qml" line="7"/>
        <source>Fade Out Video</source>
        <translation>ビデオ Fade Out</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/opacity/meta.qml" line="7"/>
        <source>Opacity</source>
        <translation>オパシティー</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/dynamictext/meta.qml" line="7"/>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/webvfx_threejs_text/meta.qml" line="7"/>
        <source>3D Text (HTML)</source>
        <translation>3Dテキスト(HTML)</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_bandpass/meta.qml" line="7"/>
        <source>Band Pass</source>
        <translation>Band Pass</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_highpass/meta.qml" line="7"/>
        <source>High Pass</source>
        <translation>High Pass</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_lowpass/meta.qml" line="7"/>
        <source>Low Pass</source>
        <translation>Low Pass</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/dust/meta.qml" line="6"/>
        <source>Old Film: Dust</source>
        <translation>Old Film: ダスト</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/grain/meta.qml" line="6"/>
        <source>Old Film: Grain</source>
        <translation>Old Film: ゲイン</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/lines/meta.qml" line="6"/>
        <source>Old Film: Scratches</source>
        <translation>Old Film: 傷</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/oldfilm/meta.qml" line="6"/>
        <source>Old Film: Projector</source>
        <translation>Old Film: プロジェクター</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/tcolor/meta.qml" line="6"/>
        <source>Old Film: %1</source>
        <translation>Old Film: %1</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_basstreble/meta.qml" line="7"/>
        <source>Bass &amp; Treble</source>
        <translation>Bass &amp; 高音域</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_compressor/meta.qml" line="7"/>
        <source>Compressor</source>
        <translation>コンプレッサー</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_delay/meta.qml" line="7"/>
        <source>Delay</source>
        <translation>遅延</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_expander/meta.qml" line="7"/>
        <source>Expander</source>
        <translation>拡張機</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_limiter/meta.qml" line="7"/>
        <source>Limiter</source>
        <translation>リミッター</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_notch/meta.qml" line="7"/>
        <source>Notch</source>
        <translation>刻み目</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_reverb/meta.qml" line="7"/>
        <source>Reverb</source>
        <translation>残響</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_gain/meta.qml" line="7"/>
        <source>Gain / Volume</source>
        <translation>ゲイン/ 音量</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_mute/meta.qml" line="8"/>
        <source>Mute</source>
        <translation>ミュート</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/alpha_adjust/meta.qml" line="24"/>
        <source>Alpha Channel: Adjust</source>
        <translation>アルファチャンネル: Adjust</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/alpha_view/meta.qml" line="24"/>
        <source>Alpha Channel: View</source>
        <translation>アルファチャンネル: View</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/bluescreen0r/meta.qml" line="24"/>
        <source>Chroma Key: Simple</source>
        <translation>Chroma Key: Simple</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/keyspillm0pup/meta.qml" line="24"/>
        <source>Key Spill: Advanced</source>
        <translation>Key Spill: Advanced</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/select0r/meta.qml" line="24"/>
        <source>Chroma Key: Advanced</source>
        <translation>Chroma Key: Advanced</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/spillsuppress/meta.qml" line="24"/>
        <source>Key Spill: Simple</source>
        <translation>Key Spill: Simple</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_normalize_1p/meta.qml" line="7"/>
        <source>Normalize: One Pass</source>
        <translation>ノーマライズ: One Pass</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_normalize_2p/meta.qml" line="7"/>
        <source>Normalize: Two Pass</source>
        <translation>ノーマライズ: Two Pass</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/brightness/meta.qml" line="6"/>
        <source>Brightness</source>
        <translation>輝度</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/contrast/meta.qml" line="6"/>
        <source>Contrast</source>
        <translation>コントラスト</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/smartblur/meta.qml" line="24"/>
        <source>Reduce Noise</source>
        <translation>ノイズを下げる</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/lenscorrection/meta.qml" line="23"/>
        <source>Lens Correction</source>
        <translation>レンズ補正</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/lut3d/meta.qml" line="23"/>
        <source>LUT (3D)</source>
        <translation>LUT(3D)</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/crop_mask/meta.qml" line="6"/>
        <source>Mask: Simple</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meta_affine</name>
    <message>
        <location filename="../src/qml/filters/size_position/meta_affine.qml" line="7"/>
        <source>Size and Position</source>
        <translation>サイズと位置</translation>
    </message>
</context>
<context>
    <name>meta_boxblur</name>
    <message>
        <location filename="../src/qml/filters/blur/meta_boxblur.qml" line="6"/>
        <source>Blur</source>
        <translation>ぼかし</translation>
    </message>
</context>
<context>
    <name>meta_frei0r</name>
    <message>
        <location filename="../src/qml/filters/saturation/meta_frei0r.qml" line="6"/>
        <source>Saturation</source>
        <translation>彩度</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/glow/meta_frei0r.qml" line="6"/>
        <source>Glow</source>
        <translation>輝度</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/sharpen/meta_frei0r.qml" line="6"/>
        <source>Sharpen</source>
        <translation>はっきりさせる</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/white/meta_frei0r.qml" line="6"/>
        <source>White Balance</source>
        <translation>ホワイトバランス</translation>
    </message>
</context>
<context>
    <name>meta_frei0r_coloradj</name>
    <message>
        <location filename="../src/qml/filters/color/meta_frei0r_coloradj.qml" line="7"/>
        <source>Color Grading</source>
        <translation>色相</translation>
    </message>
</context>
<context>
    <name>meta_movit</name>
    <message>
        <location filename="../src/qml/filters/saturation/meta_movit.qml" line="6"/>
        <source>Saturation</source>
        <translation>彩度</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/vignette/meta_movit.qml" line="6"/>
        <source>Vignette</source>
        <translation>ビグネット</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/color/meta_movit.qml" line="6"/>
        <source>Color Grading</source>
        <translation>色相</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/crop/meta_movit.qml" line="6"/>
        <source>Crop</source>
        <translation>切り取る</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/glow/meta_movit.qml" line="6"/>
        <source>Glow</source>
        <translation>輝度</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/blur/meta_movit.qml" line="6"/>
        <source>Blur</source>
        <translation>ぼかし</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/sharpen/meta_movit.qml" line="6"/>
        <source>Sharpen</source>
        <translation>はっきりさせる</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/white/meta_movit.qml" line="6"/>
        <source>White Balance</source>
        <translation>ホワイトバランス</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/mirror/meta_movit.qml" line="6"/>
        <source>Mirror</source>
        <translation>ミラー</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/opacity/meta_movit.qml" line="7"/>
        <source>Opacity</source>
        <translation>オパシティー</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/size_position/meta_movit.qml" line="7"/>
        <source>Size and Position</source>
        <translation>サイズと位置</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/brightness/meta_movit.qml" line="6"/>
        <source>Brightness</source>
        <translation>輝度</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/contrast/meta_movit.qml" line="6"/>
        <source>Contrast</source>
        <translation>コントラスト</translation>
    </message>
</context>
<context>
    <name>meta_oldfilm</name>
    <message>
        <location filename="../src/qml/filters/vignette/meta_oldfilm.qml" line="6"/>
        <source>Vignette</source>
        <translation>ビグネット</translation>
    </message>
</context>
<context>
    <name>text_outline</name>
    <message>
        <location filename="../src/qml/htmleditor/text_outline.qml" line="22"/>
        <source>Width</source>
        <translation>幅</translation>
    </message>
    <message>
        <location filename="../src/qml/htmleditor/text_outline.qml" line="34"/>
        <source>pixels</source>
        <translation>ピクセル</translation>
    </message>
    <message>
        <location filename="../src/qml/htmleditor/text_outline.qml" line="37"/>
        <source>Color</source>
        <translation>色</translation>
    </message>
    <message>
        <location filename="../src/qml/htmleditor/text_outline.qml" line="73"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../src/qml/htmleditor/text_outline.qml" line="85"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../src/qml/htmleditor/text_outline.qml" line="92"/>
        <source>Please choose a color</source>
        <translation>色を選択してください。</translation>
    </message>
</context>
<context>
    <name>text_shadow</name>
    <message>
        <location filename="../src/qml/htmleditor/text_shadow.qml" line="22"/>
        <source>Horizontal</source>
        <translation>水平</translation>
    </message>
    <message>
        <location filename="../src/qml/htmleditor/text_shadow.qml" line="34"/>
        <location filename="../src/qml/htmleditor/text_shadow.qml" line="49"/>
        <location filename="../src/qml/htmleditor/text_shadow.qml" line="64"/>
        <source>pixels</source>
        <translation>ピクセル</translation>
    </message>
    <message>
        <location filename="../src/qml/htmleditor/text_shadow.qml" line="37"/>
        <source>Vertical</source>
        <translation>垂直</translation>
    </message>
    <message>
        <location filename="../src/qml/htmleditor/text_shadow.qml" line="52"/>
        <source>Softness</source>
        <translation>やわらかさ</translation>
    </message>
    <message>
        <location filename="../src/qml/htmleditor/text_shadow.qml" line="67"/>
        <source>Color</source>
        <translation>色</translation>
    </message>
    <message>
        <location filename="../src/qml/htmleditor/text_shadow.qml" line="103"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../src/qml/htmleditor/text_shadow.qml" line="119"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../src/qml/htmleditor/text_shadow.qml" line="126"/>
        <source>Please choose a color</source>
        <translation>色を選択してください。</translation>
    </message>
</context>
<context>
    <name>timeline</name>
    <message>
        <location filename="../src/qml/timeline/timeline.qml" line="340"/>
        <source>Insert</source>
        <translation>挿入</translation>
    </message>
    <message>
        <location filename="../src/qml/timeline/timeline.qml" line="340"/>
        <source>Overwrite</source>
        <translation>上書き</translation>
    </message>
    <message>
        <location filename="../src/qml/timeline/timeline.qml" line="404"/>
        <source>Add Audio Track</source>
        <translation>オーディオトラック追加</translation>
    </message>
    <message>
        <location filename="../src/qml/timeline/timeline.qml" line="409"/>
        <source>Add Video Track</source>
        <translation>ビデオトラック追加</translation>
    </message>
    <message>
        <location filename="../src/qml/timeline/timeline.qml" line="414"/>
        <source>Insert Track</source>
        <translation>トラックを挿入</translation>
    </message>
    <message>
        <location filename="../src/qml/timeline/timeline.qml" line="418"/>
        <source>Remove Track</source>
        <translation>トラックを削除</translation>
    </message>
    <message>
        <location filename="../src/qml/timeline/timeline.qml" line="431"/>
        <source>Make Tracks Shorter</source>
        <translation>トラックを短くする</translation>
    </message>
    <message>
        <location filename="../src/qml/timeline/timeline.qml" line="436"/>
        <source>Make Tracks Taller</source>
        <translation>トラックを長くする</translation>
    </message>
    <message>
        <location filename="../src/qml/timeline/timeline.qml" line="423"/>
        <source>Ripple All Tracks</source>
        <translation>全てのトラックをリップル</translation>
    </message>
    <message>
        <location filename="../src/qml/timeline/timeline.qml" line="146"/>
        <source>Master</source>
        <translation>マスター</translation>
    </message>
    <message>
        <location filename="../src/qml/timeline/timeline.qml" line="163"/>
        <source>Filters</source>
        <translation>フィルター</translation>
    </message>
    <message>
        <location filename="../src/qml/timeline/timeline.qml" line="441"/>
        <source>Show Audio Waveforms</source>
        <translation>オーディオウェーブフォームを表示</translation>
    </message>
    <message>
        <location filename="../src/qml/timeline/timeline.qml" line="461"/>
        <source>Show Video Thumbnails</source>
        <translation>ビデオサムネイルを表示</translation>
    </message>
    <message>
        <location filename="../src/qml/timeline/timeline.qml" line="467"/>
        <source>Reload</source>
        <translation>リロード</translation>
    </message>
</context>
<context>
    <name>ui</name>
    <message>
        <location filename="../src/qml/filters/movit_diffusion/ui.qml" line="34"/>
        <location filename="../src/qml/filters/webvfx_circular_frame/ui.qml" line="46"/>
        <source>Radius</source>
        <translation>半径</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/movit_diffusion/ui.qml" line="52"/>
        <source>Blurriness</source>
        <translation>かすみ</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_gain/ui.qml" line="49"/>
        <source>Gain</source>
        <translation>ゲイン</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/webvfx_circular_frame/ui.qml" line="62"/>
        <location filename="../src/qml/filters/webvfx_threejs_text/ui.qml" line="127"/>
        <source>Color</source>
        <translation>色</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_balance/ui.qml" line="40"/>
        <location filename="../src/qml/filters/audio_pan/ui.qml" line="48"/>
        <location filename="../src/qml/filters/audio_pan/ui.qml" line="53"/>
        <location filename="../src/qml/filters/crop/ui.qml" line="175"/>
        <location filename="../src/qml/filters/crop_mask/ui.qml" line="130"/>
        <location filename="../src/qml/filters/dynamictext/ui.qml" line="380"/>
        <source>Left</source>
        <translation>左</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_balance/ui.qml" line="47"/>
        <location filename="../src/qml/filters/audio_pan/ui.qml" line="48"/>
        <location filename="../src/qml/filters/audio_pan/ui.qml" line="60"/>
        <location filename="../src/qml/filters/crop/ui.qml" line="192"/>
        <location filename="../src/qml/filters/crop_mask/ui.qml" line="148"/>
        <location filename="../src/qml/filters/dynamictext/ui.qml" line="392"/>
        <source>Right</source>
        <translation>右</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_channelcopy/ui.qml" line="43"/>
        <source>Copy from</source>
        <translation>からコピー</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_channelcopy/ui.qml" line="46"/>
        <source>Left to right</source>
        <translation>左から右へ</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_channelcopy/ui.qml" line="46"/>
        <source>Right to left</source>
        <translation>右から左へ</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_pan/ui.qml" line="42"/>
        <source>Channel</source>
        <translation>チャンネル</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/rotate/ui.qml" line="63"/>
        <source>Rotation</source>
        <translation>回転</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/rotate/ui.qml" line="70"/>
        <location filename="../src/qml/filters/webvfx_ruttetraizer/ui.qml" line="162"/>
        <location filename="../src/qml/filters/webvfx_ruttetraizer/ui.qml" line="178"/>
        <location filename="../src/qml/filters/white/ui.qml" line="154"/>
        <source> deg</source>
        <comment>degrees</comment>
        <translation>度数</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/rotate/ui.qml" line="78"/>
        <location filename="../src/qml/filters/webvfx_ruttetraizer/ui.qml" line="139"/>
        <source>Scale</source>
        <translation>スケール</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/rotate/ui.qml" line="97"/>
        <source>X offset</source>
        <translation>X オフセット</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/rotate/ui.qml" line="109"/>
        <source>Y offset</source>
        <translation>Y オフセット</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_normalize_2p/ui.qml" line="31"/>
        <location filename="../src/qml/filters/stabilize/ui.qml" line="46"/>
        <source>Analyzing...</source>
        <translation>解析中...</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_normalize_2p/ui.qml" line="34"/>
        <location filename="../src/qml/filters/stabilize/ui.qml" line="49"/>
        <source>Analysis complete.</source>
        <translation>解析完了</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_normalize_2p/ui.qml" line="38"/>
        <source>Click &quot;Analyze&quot; to use this filter.</source>
        <translation>&quot;解析&quot; をクリックしてこのフィルターを使う</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_normalize_1p/ui.qml" line="97"/>
        <location filename="../src/qml/filters/audio_normalize_2p/ui.qml" line="55"/>
        <source>Target Loudness</source>
        <translation>ターゲットの音の大きさ</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_normalize_1p/ui.qml" line="99"/>
        <source>The target loudness of the output in LUFS.</source>
        <translation>LUFSの中のアウトプットのターゲット音量</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_normalize_1p/ui.qml" line="116"/>
        <source>Analysis Window</source>
        <translation>解析ウィンドウ</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_normalize_1p/ui.qml" line="118"/>
        <source>The amount of history to use to calculate the input loudness.</source>
        <translation>インプット音量を計算するための履歴量</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_normalize_1p/ui.qml" line="135"/>
        <source>Maximum Gain</source>
        <translation>最大ゲイン</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_normalize_1p/ui.qml" line="137"/>
        <source>The maximum that the gain can be increased.</source>
        <translation>ゲインの最大値は増幅可能です</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_normalize_1p/ui.qml" line="154"/>
        <source>Minimum Gain</source>
        <translation>最小ゲイン</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_normalize_1p/ui.qml" line="156"/>
        <source>The maximum that the gain can be decreased.</source>
        <translation>ゲインの最大値は減少させることが可能です</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_normalize_1p/ui.qml" line="173"/>
        <source>Maximum Rate</source>
        <translation>最大レート</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_normalize_1p/ui.qml" line="175"/>
        <source>The maximum rate that the gain can be changed.</source>
        <translation>ゲインの最大レートは変更可能です</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_normalize_1p/ui.qml" line="250"/>
        <source>Input Loudness</source>
        <translation>インプット音量</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_normalize_1p/ui.qml" line="252"/>
        <source>Status indicator showing the loudness measured on the input.</source>
        <translation>ステータスインディケーターはインプットで測定された音量を表示しています。</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_normalize_1p/ui.qml" line="268"/>
        <source>Output Gain</source>
        <translation>アウトプットゲイン</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_normalize_1p/ui.qml" line="270"/>
        <source>Status indicator showing the gain being applied.</source>
        <translation>ステータスインディケーターは適用されたゲインを表示しています</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_normalize_1p/ui.qml" line="285"/>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_normalize_1p/ui.qml" line="287"/>
        <source>Status indicator showing when the loudness measurement is reset.</source>
        <translation>ステータスインディケーターは音量測定がリセットされたときに表示されます</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/stabilize/ui.qml" line="30"/>
        <source>Click Analyze to use this filter.</source>
        <translation>解析をクリックしてこのフィルターを使用</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/stabilize/ui.qml" line="82"/>
        <source>Select a file to store analysis results.</source>
        <translation>ファイルを選択して解析結果を保存</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/stabilize/ui.qml" line="122"/>
        <source>&lt;b&gt;Analyze Options&lt;/b&gt;</source>
        <translation>&lt;b&gt;解析オプション&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/stabilize/ui.qml" line="127"/>
        <source>Shakiness</source>
        <translation>揺れ</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/stabilize/ui.qml" line="146"/>
        <source>Accuracy</source>
        <translation>正確さ</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/stabilize/ui.qml" line="205"/>
        <source>Smoothing</source>
        <translation>スムーズ化</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_normalize_2p/ui.qml" line="74"/>
        <location filename="../src/qml/filters/stabilize/ui.qml" line="166"/>
        <source>Analyze</source>
        <translation>解析</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/stabilize/ui.qml" line="180"/>
        <source>&lt;b&gt;Filter Options&lt;/b&gt;</source>
        <translation>&lt;b&gt;フィルターオプション&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/stabilize/ui.qml" line="185"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/sepia/ui.qml" line="52"/>
        <source>Yellow-Blue</source>
        <translation>Yellow-Blue</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/sepia/ui.qml" line="67"/>
        <source>Cyan-Red</source>
        <translation>Cyan-Red</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_fadein/ui.qml" line="45"/>
        <location filename="../src/qml/filters/audio_fadeout/ui.qml" line="45"/>
        <location filename="../src/qml/filters/fadein_brightness/ui.qml" line="46"/>
        <location filename="../src/qml/filters/fadein_movit/ui.qml" line="46"/>
        <location filename="../src/qml/filters/fadeout_brightness/ui.qml" line="48"/>
        <location filename="../src/qml/filters/fadeout_movit/ui.qml" line="48"/>
        <source>Duration</source>
        <translation>デュレーション</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/crop/ui.qml" line="102"/>
        <location filename="../src/qml/filters/dynamictext/ui.qml" line="386"/>
        <source>Center</source>
        <translation>中央</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/crop/ui.qml" line="124"/>
        <source>Center bias</source>
        <translation>センターバイアス</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/crop/ui.qml" line="141"/>
        <location filename="../src/qml/filters/crop_mask/ui.qml" line="94"/>
        <location filename="../src/qml/filters/dynamictext/ui.qml" line="404"/>
        <source>Top</source>
        <translation>トップ</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/crop/ui.qml" line="158"/>
        <location filename="../src/qml/filters/crop_mask/ui.qml" line="112"/>
        <location filename="../src/qml/filters/dynamictext/ui.qml" line="416"/>
        <source>Bottom</source>
        <translation>底</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_bandpass/ui.qml" line="52"/>
        <location filename="../src/qml/filters/audio_basstreble/ui.qml" line="170"/>
        <location filename="../src/qml/filters/audio_compressor/ui.qml" line="71"/>
        <location filename="../src/qml/filters/audio_delay/ui.qml" line="50"/>
        <location filename="../src/qml/filters/audio_expander/ui.qml" line="58"/>
        <location filename="../src/qml/filters/audio_highpass/ui.qml" line="50"/>
        <location filename="../src/qml/filters/audio_limiter/ui.qml" line="63"/>
        <location filename="../src/qml/filters/audio_lowpass/ui.qml" line="52"/>
        <location filename="../src/qml/filters/audio_normalize_1p/ui.qml" line="86"/>
        <location filename="../src/qml/filters/audio_notch/ui.qml" line="52"/>
        <location filename="../src/qml/filters/audio_reverb/ui.qml" line="104"/>
        <location filename="../src/qml/filters/bluescreen0r/ui.qml" line="51"/>
        <location filename="../src/qml/filters/color/ui.qml" line="70"/>
        <location filename="../src/qml/filters/contrast/ui.qml" line="54"/>
        <location filename="../src/qml/filters/crop/ui.qml" line="83"/>
        <location filename="../src/qml/filters/crop_mask/ui.qml" line="60"/>
        <location filename="../src/qml/filters/dust/ui.qml" line="48"/>
        <location filename="../src/qml/filters/dynamictext/ui.qml" line="156"/>
        <location filename="../src/qml/filters/grain/ui.qml" line="49"/>
        <location filename="../src/qml/filters/keyspillm0pup/ui.qml" line="99"/>
        <location filename="../src/qml/filters/lenscorrection/ui.qml" line="61"/>
        <location filename="../src/qml/filters/lines/ui.qml" line="52"/>
        <location filename="../src/qml/filters/oldfilm/ui.qml" line="60"/>
        <location filename="../src/qml/filters/rotate/ui.qml" line="53"/>
        <location filename="../src/qml/filters/select0r/ui.qml" line="110"/>
        <location filename="../src/qml/filters/sepia/ui.qml" line="38"/>
        <location filename="../src/qml/filters/smartblur/ui.qml" line="58"/>
        <location filename="../src/qml/filters/tcolor/ui.qml" line="48"/>
        <location filename="../src/qml/filters/wave/ui.qml" line="44"/>
        <location filename="../src/qml/filters/webvfx_ruttetraizer/ui.qml" line="62"/>
        <location filename="../src/qml/filters/webvfx_threejs_text/ui.qml" line="70"/>
        <location filename="../src/qml/filters/white/ui.qml" line="66"/>
        <source>Preset</source>
        <translation>プリセット</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_bandpass/ui.qml" line="63"/>
        <location filename="../src/qml/filters/audio_notch/ui.qml" line="63"/>
        <source>Center frequency</source>
        <translation>センターフリークエンシー</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_bandpass/ui.qml" line="82"/>
        <location filename="../src/qml/filters/audio_notch/ui.qml" line="81"/>
        <source>Bandwidth</source>
        <translation>帯域</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_bandpass/ui.qml" line="101"/>
        <location filename="../src/qml/filters/audio_highpass/ui.qml" line="77"/>
        <location filename="../src/qml/filters/audio_lowpass/ui.qml" line="82"/>
        <location filename="../src/qml/filters/audio_notch/ui.qml" line="99"/>
        <source>Rolloff rate</source>
        <translation>ロールオフレート</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_bandpass/ui.qml" line="119"/>
        <location filename="../src/qml/filters/audio_delay/ui.qml" line="100"/>
        <location filename="../src/qml/filters/audio_highpass/ui.qml" line="93"/>
        <location filename="../src/qml/filters/audio_lowpass/ui.qml" line="99"/>
        <location filename="../src/qml/filters/audio_notch/ui.qml" line="116"/>
        <source>Dry</source>
        <translation>ドライ</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_bandpass/ui.qml" line="128"/>
        <location filename="../src/qml/filters/audio_delay/ui.qml" line="108"/>
        <location filename="../src/qml/filters/audio_highpass/ui.qml" line="101"/>
        <location filename="../src/qml/filters/audio_lowpass/ui.qml" line="107"/>
        <location filename="../src/qml/filters/audio_notch/ui.qml" line="124"/>
        <source>Wet</source>
        <translation>ウェット</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/color/ui.qml" line="82"/>
        <source>Shadows (Lift)</source>
        <translation>影 (リフト)</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/color/ui.qml" line="87"/>
        <source>Midtones (Gamma)</source>
        <translation>Midtones (ガンマ)</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/color/ui.qml" line="92"/>
        <source>Highlights (Gain)</source>
        <translation>ハイライト (増加)</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/wave/ui.qml" line="60"/>
        <source>Amplitude</source>
        <translation>振幅</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/wave/ui.qml" line="75"/>
        <source>Speed</source>
        <translation>スピード</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/wave/ui.qml" line="92"/>
        <source>Deform horizontally?</source>
        <translation>水平に変形しますか?</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/wave/ui.qml" line="106"/>
        <source>Deform vertically?</source>
        <translation>垂直に変形しますか?</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/lut3d/ui.qml" line="56"/>
        <location filename="../src/qml/filters/webvfx/ui.qml" line="80"/>
        <source>No File Loaded</source>
        <translation>ファイルが読み込みされていません。</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/lut3d/ui.qml" line="58"/>
        <source>No 3D LUT file loaded.
Click &quot;Open&quot; to load a file.</source>
        <translation>3D LUT ファイルが読み込ませていません。
&quot;開く&quot;をクリックしてファイルを読み込みます。</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/lut3d/ui.qml" line="91"/>
        <source>Open 3D LUT File</source>
        <translation>3D LUTファイルを開く</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/lut3d/ui.qml" line="103"/>
        <source>Interpolation</source>
        <translation>補完</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/lut3d/ui.qml" line="109"/>
        <source>Nearest</source>
        <translation>最も近い</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/lut3d/ui.qml" line="109"/>
        <source>Trilinear</source>
        <translation>三本線の</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/lut3d/ui.qml" line="109"/>
        <source>Tetrahedral</source>
        <translation>4面体</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/webvfx/ui.qml" line="82"/>
        <source>No HTML file loaded. Click &quot;Open&quot; or &quot;New&quot; to load a file.</source>
        <translation>HTMLファイルが読み込ませれていません。&quot;開く&quot;または&quot;新規&quot;をクリックしてファイルを読み込みます。</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/webvfx/ui.qml" line="143"/>
        <source>&lt;b&gt;File:&lt;/b&gt;</source>
        <translation>&lt;b&gt;ファイル:&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/webvfx/ui.qml" line="155"/>
        <source>Use WebVfx JavaScript extension</source>
        <translation>WebVfx JavaScript エクステンションを使う</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/webvfx/ui.qml" line="158"/>
        <source>For Advanced Users: </source>
        <translation>上級ユーザーのかた:</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/webvfx/ui.qml" line="159"/>
        <source>If you enable this, and you do not use the WebVfx JavaScript extension, your content will not render!</source>
        <translation>もしこれを有効化してWebVfx JavaScriptエクステンション を使わない場合、コンテンツはレンダリングされません！</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/webvfx/ui.qml" line="171"/>
        <source>Confirm Selection</source>
        <translation>セレクションを承認</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/webvfx/ui.qml" line="172"/>
        <source>Do you still want to use this?</source>
        <translation>まだこれを使いますか?</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/lut3d/ui.qml" line="87"/>
        <location filename="../src/qml/filters/webvfx/ui.qml" line="183"/>
        <source>Open...</source>
        <translation>開く...</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/webvfx/ui.qml" line="186"/>
        <source>Open HTML File</source>
        <translation>HTMLファイルを開く</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/webvfx/ui.qml" line="190"/>
        <source>Load an existing HTML file.</source>
        <translation>既存のHTMLファイルを読み込む</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/webvfx/ui.qml" line="195"/>
        <source>New...</source>
        <translation>新規...</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/webvfx/ui.qml" line="198"/>
        <source>Save HTML File</source>
        <translation>HTMLファイルを保存</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/webvfx/ui.qml" line="202"/>
        <source>Load new HTML file.</source>
        <translation>新規HTMLファイルを読み込む</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/webvfx/ui.qml" line="214"/>
        <source>Edit...</source>
        <translation>編集...</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/webvfx/ui.qml" line="234"/>
        <source>Reload</source>
        <translation>リロード</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/white/ui.qml" line="80"/>
        <source>Neutral color</source>
        <translation>無彩色</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/white/ui.qml" line="103"/>
        <source>Color temperature</source>
        <translation>色温度</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/dynamictext/ui.qml" line="49"/>
        <source>Bottom Left</source>
        <translation>左下</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/dynamictext/ui.qml" line="54"/>
        <source>Bottom Right</source>
        <translation>右下</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/dynamictext/ui.qml" line="59"/>
        <source>Top Left</source>
        <translation>左上</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/dynamictext/ui.qml" line="64"/>
        <source>Top Right</source>
        <translation>右上</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/dynamictext/ui.qml" line="69"/>
        <source>Lower Third</source>
        <translation>下部3分の1</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/dynamictext/ui.qml" line="111"/>
        <source>Use font size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/qml/filters/dynamictext/ui.qml" line="168"/>
        <location filename="../src/qml/filters/webvfx_threejs_text/ui.qml" line="82"/>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/dynamictext/ui.qml" line="195"/>
        <source>Insert field</source>
        <translation>フィールドを挿入する</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/dynamictext/ui.qml" line="201"/>
        <source># (Hash sign)</source>
        <translation># (ハッシュサイン)</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/dynamictext/ui.qml" line="205"/>
        <source>Timecode</source>
        <translation>タイムコード</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/dynamictext/ui.qml" line="209"/>
        <source>Frame #</source>
        <comment>Frame number</comment>
        <translation>フレーム #</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/dynamictext/ui.qml" line="213"/>
        <source>File date</source>
        <translation>ファイルの日付</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/dynamictext/ui.qml" line="217"/>
        <source>File name</source>
        <translation>ファイル名</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/dynamictext/ui.qml" line="223"/>
        <location filename="../src/qml/filters/webvfx_threejs_text/ui.qml" line="95"/>
        <source>Font</source>
        <translation>フォント</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/dynamictext/ui.qml" line="258"/>
        <location filename="../src/qml/filters/select0r/ui.qml" line="245"/>
        <source>Normal</source>
        <translation>ノーマル</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/dynamictext/ui.qml" line="258"/>
        <location filename="../src/qml/filters/webvfx_threejs_text/ui.qml" line="115"/>
        <source>Bold</source>
        <translation>太い</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/dynamictext/ui.qml" line="258"/>
        <source>Light</source>
        <comment>thin font stroke</comment>
        <translation>光</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/dynamictext/ui.qml" line="286"/>
        <source>Outline</source>
        <translation>輪郭</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/dynamictext/ui.qml" line="296"/>
        <location filename="../src/qml/filters/webvfx_ruttetraizer/ui.qml" line="91"/>
        <source>Thickness</source>
        <translation>厚さ</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/dynamictext/ui.qml" line="310"/>
        <source>Background</source>
        <translation>バックグラウンド</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/dynamictext/ui.qml" line="320"/>
        <source>Padding</source>
        <translation>パディング</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/dynamictext/ui.qml" line="334"/>
        <source>Position</source>
        <translation>ポジション</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/dust/ui.qml" line="59"/>
        <location filename="../src/qml/filters/dynamictext/ui.qml" line="354"/>
        <location filename="../src/qml/filters/webvfx_threejs_text/ui.qml" line="148"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/alpha_adjust/ui.qml" line="55"/>
        <source>Mode</source>
        <translation>モード</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/alpha_adjust/ui.qml" line="63"/>
        <source>No Change</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/alpha_adjust/ui.qml" line="64"/>
        <source>Shave</source>
        <translation>削る</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/alpha_adjust/ui.qml" line="65"/>
        <source>Shrink Hard</source>
        <translation>減少 Hard</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/alpha_adjust/ui.qml" line="66"/>
        <source>Shrink Soft</source>
        <translation>減少 Soft</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/alpha_adjust/ui.qml" line="67"/>
        <source>Grow Hard</source>
        <translation>伸ばす Hard</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/alpha_adjust/ui.qml" line="68"/>
        <source>Grow Soft</source>
        <translation>伸ばす Soft</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/alpha_adjust/ui.qml" line="70"/>
        <source>Blur</source>
        <translation>ぼかし</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/alpha_adjust/ui.qml" line="81"/>
        <location filename="../src/qml/filters/dust/ui.qml" line="75"/>
        <location filename="../src/qml/filters/lines/ui.qml" line="78"/>
        <source>Amount</source>
        <translation>総量</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/alpha_adjust/ui.qml" line="103"/>
        <location filename="../src/qml/filters/select0r/ui.qml" line="300"/>
        <source>Invert</source>
        <translation>反転</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/dynamictext/ui.qml" line="375"/>
        <source>Horizontal fit</source>
        <translation>水平フィット</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/dynamictext/ui.qml" line="399"/>
        <source>Vertical fit</source>
        <translation>垂直フィット</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_basstreble/ui.qml" line="202"/>
        <source>Bass</source>
        <translation>Bass</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_basstreble/ui.qml" line="223"/>
        <location filename="../src/qml/filters/dynamictext/ui.qml" line="410"/>
        <source>Middle</source>
        <translation>真ん中</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_basstreble/ui.qml" line="244"/>
        <source>Treble</source>
        <translation>高音域</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/fadein_brightness/ui.qml" line="70"/>
        <location filename="../src/qml/filters/fadein_movit/ui.qml" line="63"/>
        <location filename="../src/qml/filters/fadeout_brightness/ui.qml" line="72"/>
        <location filename="../src/qml/filters/fadeout_movit/ui.qml" line="65"/>
        <source>Adjust opacity instead of fade with black</source>
        <translation>黒でフェード代わりに不透明率を調整</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/opacity/ui.qml" line="44"/>
        <source>Opacity</source>
        <translation>オパシティー</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/webvfx_threejs_text/ui.qml" line="33"/>
        <source>3D Text</source>
        <translation>3D テキスト</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/webvfx_threejs_text/ui.qml" line="122"/>
        <source>Beveled</source>
        <translation>傾き</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/webvfx_ruttetraizer/ui.qml" line="107"/>
        <source>Density</source>
        <translation>濃度</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/webvfx_ruttetraizer/ui.qml" line="123"/>
        <location filename="../src/qml/filters/webvfx_threejs_text/ui.qml" line="164"/>
        <source>Depth</source>
        <translation>深度</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/webvfx_ruttetraizer/ui.qml" line="155"/>
        <source>X Axis Rotation</source>
        <translation>X 軸 回転</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/webvfx_ruttetraizer/ui.qml" line="171"/>
        <source>Y Axis Rotation</source>
        <translation>Y 軸 回転</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/webvfx_threejs_text/ui.qml" line="181"/>
        <source>Tilt</source>
        <translation>傾かせる</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/webvfx_threejs_text/ui.qml" line="198"/>
        <source>Horizontal</source>
        <translation>水平</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/webvfx_threejs_text/ui.qml" line="215"/>
        <source>Vertical</source>
        <translation>垂直</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_highpass/ui.qml" line="60"/>
        <location filename="../src/qml/filters/audio_lowpass/ui.qml" line="63"/>
        <source>Cutoff frequency</source>
        <translation>カットオフフリークエンシー</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/grain/ui.qml" line="60"/>
        <source>Noise</source>
        <translation>ノイズ</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/brightness/ui.qml" line="41"/>
        <location filename="../src/qml/filters/grain/ui.qml" line="76"/>
        <location filename="../src/qml/filters/webvfx_ruttetraizer/ui.qml" line="74"/>
        <source>Brightness</source>
        <translation>輝度</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/lines/ui.qml" line="63"/>
        <source>Width</source>
        <translation>幅</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/lines/ui.qml" line="93"/>
        <source>Darkness</source>
        <translation>暗さ</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/lines/ui.qml" line="108"/>
        <source>Lightness</source>
        <translation>明るさ</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/oldfilm/ui.qml" line="71"/>
        <source>Vertical amount</source>
        <translation>垂直量</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/oldfilm/ui.qml" line="86"/>
        <source>Vertical frequency</source>
        <translation>垂直フリークエンシー</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/oldfilm/ui.qml" line="102"/>
        <source>Brightness up</source>
        <translation>輝度 アップ</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/oldfilm/ui.qml" line="117"/>
        <source>Brightness down</source>
        <translation>輝度 ダウン</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/oldfilm/ui.qml" line="132"/>
        <source>Brightness frequency</source>
        <translation>輝度 フリークエンシー</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/oldfilm/ui.qml" line="148"/>
        <source>Uneven develop up</source>
        <translation>でこぼこ 構築 up</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/oldfilm/ui.qml" line="163"/>
        <source>Uneven develop down</source>
        <translation>でこぼこ 構築 down</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/oldfilm/ui.qml" line="178"/>
        <source>Uneven develop duration</source>
        <translation>でこぼこ 構築 デュレーション</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/spillsuppress/ui.qml" line="46"/>
        <location filename="../src/qml/filters/tcolor/ui.qml" line="59"/>
        <source>Green</source>
        <translation>Green</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/tcolor/ui.qml" line="67"/>
        <source> Red</source>
        <translation> Red</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/tcolor/ui.qml" line="75"/>
        <source>Yellow</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/spillsuppress/ui.qml" line="52"/>
        <location filename="../src/qml/filters/tcolor/ui.qml" line="83"/>
        <source>Blue</source>
        <translation>Blue</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_compressor/ui.qml" line="82"/>
        <location filename="../src/qml/filters/audio_expander/ui.qml" line="69"/>
        <source>RMS</source>
        <translation>RMS</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_compressor/ui.qml" line="84"/>
        <location filename="../src/qml/filters/audio_expander/ui.qml" line="71"/>
        <source>The balance between the RMS and peak envelope followers. RMS is generally better for subtle, musical compression and peak is better for heavier, fast compression and percussion.</source>
        <translation>RMSとピーク/エンベロープフォロワー間のバランス。RMSは一般的に繊細なものに効きます。音楽圧縮やピークはヘビーなもの、高速圧縮そして振動に効きます。</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_compressor/ui.qml" line="91"/>
        <location filename="../src/qml/filters/audio_expander/ui.qml" line="78"/>
        <source>Peak</source>
        <translation>ピーク</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_compressor/ui.qml" line="103"/>
        <location filename="../src/qml/filters/audio_expander/ui.qml" line="90"/>
        <source>Attack</source>
        <translation>Attack</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_compressor/ui.qml" line="121"/>
        <location filename="../src/qml/filters/audio_expander/ui.qml" line="108"/>
        <location filename="../src/qml/filters/audio_limiter/ui.qml" line="114"/>
        <source>Release</source>
        <translation>リリース</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/alpha_adjust/ui.qml" line="69"/>
        <location filename="../src/qml/filters/audio_compressor/ui.qml" line="139"/>
        <location filename="../src/qml/filters/audio_expander/ui.qml" line="126"/>
        <location filename="../src/qml/filters/smartblur/ui.qml" line="106"/>
        <source>Threshold</source>
        <translation>スレッシュホールド</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_compressor/ui.qml" line="141"/>
        <location filename="../src/qml/filters/audio_expander/ui.qml" line="128"/>
        <source>The point at which the compressor will start to kick in.</source>
        <translation>圧縮機がキックインを開始するポイント</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_compressor/ui.qml" line="159"/>
        <location filename="../src/qml/filters/audio_expander/ui.qml" line="146"/>
        <source>Ratio</source>
        <translation>レイシオ</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_compressor/ui.qml" line="161"/>
        <location filename="../src/qml/filters/audio_expander/ui.qml" line="148"/>
        <source>The gain reduction ratio used when the signal level exceeds the threshold.</source>
        <translation>信号レベルがしきい値を超えたときに使用されるゲイン低減比。</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_compressor/ui.qml" line="178"/>
        <location filename="../src/qml/filters/audio_expander/ui.qml" line="165"/>
        <source>Knee radius</source>
        <translation>ニー半径</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_compressor/ui.qml" line="180"/>
        <location filename="../src/qml/filters/audio_expander/ui.qml" line="167"/>
        <location filename="../src/qml/filters/audio_reverb/ui.qml" line="215"/>
        <source>The distance from the threshold where the knee curve starts.</source>
        <translation>ニーカーブが始まるしきい値からの距離</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_compressor/ui.qml" line="198"/>
        <source>Makeup gain</source>
        <translation>ゲイン構成</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_compressor/ui.qml" line="200"/>
        <source>The gain of the makeup input signal.</source>
        <translation>インプットシグナル構成のゲイン</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_compressor/ui.qml" line="275"/>
        <location filename="../src/qml/filters/audio_limiter/ui.qml" line="191"/>
        <source>Gain Reduction</source>
        <translation>ゲイン減少</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_compressor/ui.qml" line="277"/>
        <location filename="../src/qml/filters/audio_limiter/ui.qml" line="193"/>
        <source>Status indicator showing the gain reduction applied by the compressor.</source>
        <translation>ステータスインディケーターは圧縮機に適用されたゲイン減少を表示しています</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_compressor/ui.qml" line="293"/>
        <source>About dynamic range compression</source>
        <translation>ダイナミックレンジ圧縮について</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_delay/ui.qml" line="61"/>
        <source>Delay</source>
        <translation>遅延</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_delay/ui.qml" line="63"/>
        <source>The neutral delay time is 2 seconds. Times above 2 seconds will have reduced quality and times below will have increased CPU usage.</source>
        <translation>ニュートラル遅延時間は2秒です。 2秒を超えると品質が低下し、それ以下の時間はCPU使用率が増加します。</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_delay/ui.qml" line="81"/>
        <source>Feedback</source>
        <translation>フィードバック</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_expander/ui.qml" line="185"/>
        <source>Attenuation</source>
        <translation>減衰</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_expander/ui.qml" line="187"/>
        <source>The gain of the output signal. Used to correct for excessive amplitude caused by the extra dynamic range.</source>
        <translation>出力信号のゲイン。余分なダイナミックレンジに起因する過剰な振幅を補正するために使用されます。</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_limiter/ui.qml" line="74"/>
        <source>Input gain</source>
        <translation>インプット 増加</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_limiter/ui.qml" line="76"/>
        <source>Gain that is applied to the input stage. Can be used to trim gain to bring it roughly under the limit or to push the signal against the limit.</source>
        <translation>入力段に適用されるゲイン。大まかにリミットを下回るようにゲインを調整したり、リミットに対して信号をプッシュするのに使用できます。</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_limiter/ui.qml" line="94"/>
        <source>Limit</source>
        <translation>リミット</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_limiter/ui.qml" line="96"/>
        <source>The maximum output amplitude. Peaks over this level will be attenuated as smoothly as possible to bring them as close as possible to this level.</source>
        <translation>最大出力振幅。このレベルのピークはできるだけスムーズに減衰され、可能な限りこのレベルに近づきます。</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_limiter/ui.qml" line="116"/>
        <source>The time taken for the limiter&apos;s attenuation to return to 0 dB&apos;s.</source>
        <translation>リミッタの減衰が0 dBに戻るまでの時間。</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_reverb/ui.qml" line="37"/>
        <source>Quick fix</source>
        <translation>クイックフィクス</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_reverb/ui.qml" line="46"/>
        <source>Small hall</source>
        <translation>Small ホール</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_reverb/ui.qml" line="55"/>
        <source>Large hall</source>
        <translation>Large ホール</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_reverb/ui.qml" line="64"/>
        <source>Sewer</source>
        <translation>下水管</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_reverb/ui.qml" line="73"/>
        <source>Church</source>
        <translation>チャーチ</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_reverb/ui.qml" line="115"/>
        <source>Room size</source>
        <translation>ルームサイズ</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_reverb/ui.qml" line="117"/>
        <source>The size of the room, in meters. Excessively large, and excessively small values will make it sound a bit unrealistic. Values of around 30 sound good.</source>
        <translation>メーターでのルームサイズ、過剰に大きいまたは過剰に小さい数値はそれを非現実的な音にしてしまいます。 30前後の数値が良い音でしょう。</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_reverb/ui.qml" line="134"/>
        <source>Reverb time</source>
        <translation>反響時間</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_reverb/ui.qml" line="153"/>
        <source>Damping</source>
        <translation>ダンピング</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_reverb/ui.qml" line="155"/>
        <source>This controls the high frequency damping (a lowpass filter), values near 1 will make it sound very bright, values near 0 will make it sound very dark.</source>
        <translation>これは、高域減衰(ローパスフィルター)を制御します.1に近い値は非常に明るく、0に近い値は非常に暗くなります。</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_reverb/ui.qml" line="173"/>
        <source>Input bandwidth</source>
        <translation>インプット帯域</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_reverb/ui.qml" line="175"/>
        <source>This is like a damping control for the input, it has a similar effect to the damping control, but is subtly different.</source>
        <translation>これは入力のダンピングコントロールに似ていますが、ダンピングコントロールと同様の効果がありますが、微妙に異なります。</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_reverb/ui.qml" line="193"/>
        <source>Dry signal level</source>
        <translation>ドライシグナルレベル</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_reverb/ui.qml" line="195"/>
        <source>The amount of dry signal to be mixed with the reverberated signal.</source>
        <translation>反響シグナルとミックスするドライシグナルの量</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_reverb/ui.qml" line="213"/>
        <source>Early reflection level</source>
        <translation>早期反響レベル</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_reverb/ui.qml" line="232"/>
        <source>Tail level</source>
        <translation>テールレベル</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_reverb/ui.qml" line="234"/>
        <source>The quantity of early reflections (scatter reflections directly from the source).</source>
        <translation>初期反射の量(光源からの散乱反射)</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/audio_reverb/ui.qml" line="253"/>
        <source>About reverb</source>
        <translation>反響について</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/alpha_view/ui.qml" line="48"/>
        <source>Display</source>
        <translation>表示</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/alpha_view/ui.qml" line="54"/>
        <source>Gray Alpha</source>
        <translation>グレイアルファ</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/alpha_view/ui.qml" line="55"/>
        <source>Red &amp; Gray Alpha</source>
        <translation>赤 &amp; グレイアルファ</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/alpha_view/ui.qml" line="56"/>
        <source>Checkered Background</source>
        <translation>チェック柄の背景</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/alpha_view/ui.qml" line="57"/>
        <source>Black Background</source>
        <translation>黒の背景</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/alpha_view/ui.qml" line="58"/>
        <source>Gray Background</source>
        <translation>グレイの背景</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/alpha_view/ui.qml" line="59"/>
        <source>White Background</source>
        <translation>白の背景</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/bluescreen0r/ui.qml" line="65"/>
        <location filename="../src/qml/filters/keyspillm0pup/ui.qml" line="109"/>
        <location filename="../src/qml/filters/select0r/ui.qml" line="120"/>
        <source>Key color</source>
        <translation>キーカラー</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/bluescreen0r/ui.qml" line="78"/>
        <source>Distance</source>
        <translation>距離</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/keyspillm0pup/ui.qml" line="131"/>
        <source>Target color</source>
        <translation>ターゲットの色</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/keyspillm0pup/ui.qml" line="153"/>
        <source>Mask type</source>
        <translation>マスクタイプ</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/keyspillm0pup/ui.qml" line="159"/>
        <source>Color Distance</source>
        <translation>色距離</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/keyspillm0pup/ui.qml" line="159"/>
        <source>Transparency</source>
        <translation>透明</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/keyspillm0pup/ui.qml" line="159"/>
        <source>Edge Inwards</source>
        <translation>エッジインワーズ</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/keyspillm0pup/ui.qml" line="159"/>
        <source>Edge Outwards</source>
        <translation>エッジアウトワーズ</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/keyspillm0pup/ui.qml" line="167"/>
        <source>Tolerance</source>
        <translation>許容範囲</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/keyspillm0pup/ui.qml" line="184"/>
        <location filename="../src/qml/filters/select0r/ui.qml" line="247"/>
        <location filename="../src/qml/filters/select0r/ui.qml" line="256"/>
        <source>Slope</source>
        <translation>スロープ</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/keyspillm0pup/ui.qml" line="201"/>
        <source>Hue gate</source>
        <translation>ヒューゲート</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/keyspillm0pup/ui.qml" line="218"/>
        <source>Saturation threshold</source>
        <translation>サチュレーション スレッシュホールド</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/keyspillm0pup/ui.qml" line="235"/>
        <source>Operation 1</source>
        <translation>オペレーション 1</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/keyspillm0pup/ui.qml" line="241"/>
        <location filename="../src/qml/filters/keyspillm0pup/ui.qml" line="272"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/keyspillm0pup/ui.qml" line="241"/>
        <location filename="../src/qml/filters/keyspillm0pup/ui.qml" line="272"/>
        <source>De-Key</source>
        <translation>De-Key</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/keyspillm0pup/ui.qml" line="241"/>
        <location filename="../src/qml/filters/keyspillm0pup/ui.qml" line="272"/>
        <source>Desaturate</source>
        <translation>彩度を減らす</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/keyspillm0pup/ui.qml" line="241"/>
        <location filename="../src/qml/filters/keyspillm0pup/ui.qml" line="272"/>
        <source>Adjust Luma</source>
        <translation>Luma調整</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/keyspillm0pup/ui.qml" line="249"/>
        <source>Amount 1</source>
        <translation>Amount 1</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/keyspillm0pup/ui.qml" line="266"/>
        <source>Operation 2</source>
        <translation> オペレーション 2</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/keyspillm0pup/ui.qml" line="280"/>
        <source>Amount 2</source>
        <translation>Amount 2</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/keyspillm0pup/ui.qml" line="299"/>
        <source>Show mask</source>
        <translation>マスクを表示</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/keyspillm0pup/ui.qml" line="309"/>
        <source>Send mask to alpha channel</source>
        <translation>アルファチャンネルにマスクを適用</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/select0r/ui.qml" line="142"/>
        <source>Color space</source>
        <translation>カラースペース</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/select0r/ui.qml" line="149"/>
        <source>Red-Green-Blue</source>
        <translation>Red-Green-Blue</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/select0r/ui.qml" line="155"/>
        <source>Hue-Chroma-Intensity</source>
        <translation>ヒューChroma-強度</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/select0r/ui.qml" line="165"/>
        <source>Red delta</source>
        <translation>Red デルタ</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/select0r/ui.qml" line="165"/>
        <source>Hue delta</source>
        <translation>ヒューデルタ</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/select0r/ui.qml" line="182"/>
        <source>Green delta</source>
        <translation>Green デルタ</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/select0r/ui.qml" line="182"/>
        <source>Chroma delta</source>
        <translation>Chroma デルタ</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/select0r/ui.qml" line="199"/>
        <source>Blue delta</source>
        <translation>Blue デルタ</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/select0r/ui.qml" line="199"/>
        <source>Intensity delta</source>
        <translation>強度 デルタ</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/select0r/ui.qml" line="216"/>
        <source>Shape</source>
        <translation>シェープ</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/select0r/ui.qml" line="224"/>
        <source>Box</source>
        <translation>Box</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/select0r/ui.qml" line="225"/>
        <source>Ellipsoid</source>
        <translation>楕円体</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/select0r/ui.qml" line="226"/>
        <source>Diamond</source>
        <translation>ダイヤモンド</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/select0r/ui.qml" line="235"/>
        <source>Edge</source>
        <translation>Edge</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/select0r/ui.qml" line="243"/>
        <source>Hard</source>
        <translation>Hard</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/select0r/ui.qml" line="244"/>
        <source>Fat</source>
        <translation>Fat</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/select0r/ui.qml" line="246"/>
        <source>Thin</source>
        <translation>Thin</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/select0r/ui.qml" line="273"/>
        <source>Operation</source>
        <translation>オペレーション</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/select0r/ui.qml" line="281"/>
        <source>Write on Clear</source>
        <translation>クリアにホワイト</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/select0r/ui.qml" line="282"/>
        <source>Maximum</source>
        <translation>最大限</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/select0r/ui.qml" line="283"/>
        <source>Minimum</source>
        <translation>最小限</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/select0r/ui.qml" line="284"/>
        <source>Add</source>
        <translation>追加する</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/select0r/ui.qml" line="285"/>
        <source>Subtract</source>
        <translation>引く</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/contrast/ui.qml" line="66"/>
        <source>Contrast</source>
        <translation>コントラスト</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/smartblur/ui.qml" line="68"/>
        <source>Blur Radius</source>
        <translation>ぼかし範囲</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/smartblur/ui.qml" line="70"/>
        <source>The radius of the gaussian blur.</source>
        <translation>ガウスぼかしの範囲</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/smartblur/ui.qml" line="87"/>
        <source>Blur Strength</source>
        <translation>ぼかし強度</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/smartblur/ui.qml" line="89"/>
        <source>The strength of the gaussian blur.</source>
        <translation>ガウスぼかしの強度</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/smartblur/ui.qml" line="108"/>
        <source>If the difference between the original pixel and the blurred pixel is less than threshold, the pixel will be replaced with the blurred pixel.</source>
        <translation>オリジナルピクセルとぼかされたピクセルの違いはスレッシュホールド以下であればピクセルはぼかされたピクセルに置き換えられます。</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/lenscorrection/ui.qml" line="77"/>
        <source>X Center</source>
        <translation>X Center</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/lenscorrection/ui.qml" line="95"/>
        <source>Y Center</source>
        <translation>Y Center</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/lenscorrection/ui.qml" line="114"/>
        <source>Correction at Center</source>
        <translation>中央で修正</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/lenscorrection/ui.qml" line="133"/>
        <source>Correction at Edges</source>
        <translation>エッジで修正</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/crop_mask/ui.qml" line="76"/>
        <source>Softness</source>
        <translation type="unfinished">やわらかさ</translation>
    </message>
</context>
<context>
    <name>ui_boxblur</name>
    <message>
        <location filename="../src/qml/filters/blur/ui_boxblur.qml" line="44"/>
        <source>Width</source>
        <translation>幅</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/blur/ui_boxblur.qml" line="60"/>
        <source>Height</source>
        <translation>高さ</translation>
    </message>
</context>
<context>
    <name>ui_frei0r</name>
    <message>
        <location filename="../src/qml/filters/saturation/ui_frei0r.qml" line="57"/>
        <source>Saturation</source>
        <translation>彩度</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/glow/ui_frei0r.qml" line="45"/>
        <location filename="../src/qml/filters/saturation/ui_frei0r.qml" line="44"/>
        <location filename="../src/qml/filters/sharpen/ui_frei0r.qml" line="47"/>
        <source>Preset</source>
        <translation>プリセット</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/glow/ui_frei0r.qml" line="57"/>
        <source>Blur</source>
        <translation>ぼかし</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/sharpen/ui_frei0r.qml" line="60"/>
        <source>Amount</source>
        <translation>総量</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/sharpen/ui_frei0r.qml" line="77"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
</context>
<context>
    <name>ui_frei0r_coloradj</name>
    <message>
        <location filename="../src/qml/filters/color/ui_frei0r_coloradj.qml" line="60"/>
        <source>Mode</source>
        <translation>モード</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/color/ui_frei0r_coloradj.qml" line="64"/>
        <source>Shadows (Lift)</source>
        <translation>影 (リフト)</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/color/ui_frei0r_coloradj.qml" line="64"/>
        <source>Midtones (Gamma)</source>
        <translation>Midtones (ガンマ)</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/color/ui_frei0r_coloradj.qml" line="64"/>
        <source>Highlights (Gain)</source>
        <translation>ハイライト (増加)</translation>
    </message>
</context>
<context>
    <name>ui_movit</name>
    <message>
        <location filename="../src/qml/filters/saturation/ui_movit.qml" line="43"/>
        <source>Saturation</source>
        <translation>彩度</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/blur/ui_movit.qml" line="33"/>
        <location filename="../src/qml/filters/glow/ui_movit.qml" line="63"/>
        <source>Radius</source>
        <translation>半径</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/sharpen/ui_movit.qml" line="65"/>
        <source>Circle radius</source>
        <translation>円半径</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/sharpen/ui_movit.qml" line="83"/>
        <source>Gaussian radius</source>
        <translation>ガウス半径</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/sharpen/ui_movit.qml" line="101"/>
        <source>Correlation</source>
        <translation>相互関係</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/sharpen/ui_movit.qml" line="118"/>
        <source>Noise</source>
        <translation>ノイズ</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/glow/ui_movit.qml" line="48"/>
        <location filename="../src/qml/filters/sharpen/ui_movit.qml" line="49"/>
        <location filename="../src/qml/filters/vignette/ui_movit.qml" line="38"/>
        <source>Preset</source>
        <translation>プリセット</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/glow/ui_movit.qml" line="80"/>
        <source>Highlight blurriness</source>
        <translation>ハイライトのぼやけ具合</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/glow/ui_movit.qml" line="97"/>
        <source>Highlight cutoff</source>
        <translation>ハイライト 切断</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/vignette/ui_movit.qml" line="52"/>
        <source>Outer radius</source>
        <translation>外半径</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/vignette/ui_movit.qml" line="68"/>
        <source>Inner radius</source>
        <translation>内半径</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/brightness/ui_movit.qml" line="42"/>
        <source>Brightness</source>
        <translation>輝度</translation>
    </message>
</context>
<context>
    <name>ui_oldfilm</name>
    <message>
        <location filename="../src/qml/filters/vignette/ui_oldfilm.qml" line="38"/>
        <source>Preset</source>
        <translation>プリセット</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/vignette/ui_oldfilm.qml" line="54"/>
        <source>Radius</source>
        <translation>半径</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/vignette/ui_oldfilm.qml" line="70"/>
        <source>Feathering</source>
        <translation>ぼかす</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/vignette/ui_oldfilm.qml" line="88"/>
        <source>Non-linear feathering</source>
        <translation>Non-linear ぼかし</translation>
    </message>
    <message>
        <location filename="../src/qml/filters/vignette/ui_oldfilm.qml" line="100"/>
        <source>Opacity</source>
        <translation>オパシティー</translation>
    </message>
</context>
</TS>
