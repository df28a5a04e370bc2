<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>ALSAWriter</name>
    <message>
        <source>Cannot open audio output stream</source>
        <translation>開けません</translation>
    </message>
    <message>
        <source>Playback error</source>
        <translation>再生エラー</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>開けません</translation>
    </message>
    <message>
        <source>back to</source>
        <translation>に戻る</translation>
    </message>
    <message>
        <source>Unable to find supported sample format</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AVThread</name>
    <message>
        <source>A/V thread has been incorrectly terminated!</source>
        <translation>A/Vスレッドが誤って終了しました!</translation>
    </message>
</context>
<context>
    <name>AboutWidget</name>
    <message>
        <source>Logs</source>
        <translation>ログ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>変更履歴&#x3000;Change log</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>About QMPlay2</source>
        <translation>QMPlay2について</translation>
    </message>
    <message>
        <source>Clear log</source>
        <translation>ログをクリア</translation>
    </message>
    <message>
        <source>Can&apos;t clear log</source>
        <translation>ログのクリアに失敗</translation>
    </message>
    <message>
        <source>video and audio player</source>
        <translation>ビデオとオーディプレイヤー</translation>
    </message>
    <message>
        <source>Programmer</source>
        <translation>プログラマー</translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation>寄稿者</translation>
    </message>
    <message>
        <source>GitHub download page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Add</name>
    <message>
        <source>&amp;Directory</source>
        <translation>ディレクトリ(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>アドレス(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
</context>
<context>
    <name>AddD</name>
    <message>
        <source>Channel count</source>
        <translation>チャンネル数</translation>
    </message>
    <message>
        <source>Tone generator</source>
        <translation>トーンジェネレーター</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>再生</translation>
    </message>
    <message>
        <source>Sample rate</source>
        <translation>サンプリング周期</translation>
    </message>
</context>
<context>
    <name>AddressBox</name>
    <message>
        <source>Direct address</source>
        <translation>直接的なアドレス</translation>
    </message>
    <message>
        <source>Additional module parameter</source>
        <translation>追加のモジュールパラメータ</translation>
    </message>
</context>
<context>
    <name>AddressDialog</name>
    <message>
        <source>Play</source>
        <translation>再生</translation>
    </message>
    <message>
        <source>Add address</source>
        <translation>アドレスを追加</translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <source>New</source>
        <translation>新しい</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Enter the name for a color scheme</source>
        <translation>新しいカラースキームの名前を入力してください</translation>
    </message>
    <message>
        <source>Select wallpaper</source>
        <translation>壁紙を選択してください</translation>
    </message>
    <message>
        <source>Text color</source>
        <translation>テキストの色</translation>
    </message>
    <message>
        <source>Loading wallpaper</source>
        <translation>壁紙を読込中</translation>
    </message>
    <message>
        <source>Current color scheme</source>
        <translation>現在の配色</translation>
    </message>
    <message>
        <source>Use custom colors</source>
        <translation>カスタムカラーをしようする</translation>
    </message>
    <message>
        <source>The color on the top and bottom</source>
        <translation>上下の色</translation>
    </message>
    <message>
        <source>Gradient in the video window</source>
        <translation>ビデオウィンドウのグラデーション</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>写真</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Appearance settings</source>
        <translation>外観の設定</translation>
    </message>
    <message>
        <source>Wallpaper in the main window</source>
        <translation>メインウィンドウの壁紙</translation>
    </message>
    <message>
        <source>Do you want to remove</source>
        <translation>削除しますか</translation>
    </message>
    <message>
        <source>Removing</source>
        <translation>削除中</translation>
    </message>
    <message>
        <source>The specified name already exists!</source>
        <translation>指定された名前はすでに存在します!</translation>
    </message>
    <message>
        <source>Transparency</source>
        <translation>透明度</translation>
    </message>
    <message>
        <source>Manage color schemes</source>
        <translation>配色を管理する</translation>
    </message>
    <message>
        <source>Default color scheme</source>
        <translation>デフォルトの配色</translation>
    </message>
    <message>
        <source>Color in the middle</source>
        <translation>中央の色</translation>
    </message>
    <message>
        <source>Slider button color</source>
        <translation>スライダーのボタンの色</translation>
    </message>
    <message>
        <source>Volatile settings</source>
        <translation>揮発性の設定</translation>
    </message>
    <message>
        <source>is not writable, settings will be lost after restart. Consider creating a new color scheme!</source>
        <translation>書き込み禁止ファイルです。再起動すると設定が失われます。新しい配色を作成することを検討してください!</translation>
    </message>
    <message>
        <source>Slider highlight color</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AspectRatio</name>
    <message>
        <source>&amp;Aspect ratio</source>
        <translation>アスペクト比(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Disabled</source>
        <translation>無効化(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Auto</source>
        <translation>自動(&amp;A)</translation>
    </message>
    <message>
        <source>D&amp;epends on size</source>
        <translation>サイズに依存します(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Custom</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AudioCD</name>
    <message>
        <source>Supported AudioCD images</source>
        <translation>オーディオCDのカバー画像をサポート</translation>
    </message>
    <message>
        <source>No CD/DVD drives found!</source>
        <translation>CD/DVDドライブが見つかりません!</translation>
    </message>
    <message>
        <source>AudioCD</source>
        <translation>オーディオCD</translation>
    </message>
    <message>
        <source>Choose AudioCD image</source>
        <translation>オーディオCDのカバー画像を選んでください</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>パス</translation>
    </message>
    <message>
        <source>Choose the drive</source>
        <translation>ドライブを選んでください</translation>
    </message>
</context>
<context>
    <name>AudioCDDemux</name>
    <message>
        <source>Data</source>
        <translation>データ</translation>
    </message>
    <message>
        <source>No CD</source>
        <translation>CDがありません</translation>
    </message>
    <message>
        <source>Invalid path to CD drive</source>
        <translation>CDドライブへのパスが無効です</translation>
    </message>
    <message>
        <source>No AudioCD found!</source>
        <translation>オーディオCDが見つかりません!</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>トラック</translation>
    </message>
    <message>
        <source>Error reading track</source>
        <translation>トラックを読み込めませんでした</translation>
    </message>
</context>
<context>
    <name>AudioChannels</name>
    <message>
        <source>&amp;Other</source>
        <translation>その他(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Mono</source>
        <translation>モノラル(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Channels</source>
        <translation>チャンネル(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Autodetect</source>
        <translation>自動検出(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Stereo</source>
        <translation>ステレオ(&amp;S)</translation>
    </message>
</context>
<context>
    <name>AudioThr</name>
    <message>
        <source>Hz</source>
        <translation>Hz</translation>
    </message>
    <message>
        <source>sets the parameters to</source>
        <translation>パラメータを設定します</translation>
    </message>
    <message>
        <source>channels</source>
        <translation>チャンネル</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>モジュール</translation>
    </message>
    <message>
        <source>requires a change in one of the forced parameters, sound disabled ...</source>
        <translation>強制パラメータの1つを変更する必要があり、サウンドが無効になっています...</translation>
    </message>
    <message>
        <source>Error during initialization</source>
        <translation>初期化中にエラーが発生しました</translation>
    </message>
</context>
<context>
    <name>Cuvid</name>
    <message>
        <source>Adaptive</source>
        <translation>適応</translation>
    </message>
    <message>
        <source>Deinterlacing method</source>
        <translation>インターレース解除関数</translation>
    </message>
</context>
<context>
    <name>DeintSettingsW</name>
    <message>
        <source>Parity (if not detected automatically)</source>
        <translation>パリティ（自動的に検出されない場合）</translation>
    </message>
    <message>
        <source>Automatically detect parity</source>
        <translation>パリティを自動的に検出</translation>
    </message>
    <message>
        <source>Remove interlacing</source>
        <translation>インターレースを削除します</translation>
    </message>
    <message>
        <source>Doubles the the number of frames per second</source>
        <translation>１秒あたりのフレーム数を倍にします</translation>
    </message>
    <message>
        <source>Automatically detect interlaced frames</source>
        <translation>インターレースフレームを自動的に検出</translation>
    </message>
    <message>
        <source>Deinterlacing method</source>
        <translation>インターレース解除関数</translation>
    </message>
    <message>
        <source>software decoding</source>
        <translation>ソフトウェアデコード</translation>
    </message>
    <message>
        <source>Vulkan Yadif spatial check</source>
        <translation>VulKan Yadif スパチャルチェック</translation>
    </message>
    <message>
        <source>Bottom field first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top field first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemuxerThr</name>
    <message>
        <source>FPS</source>
        <translation>FPS</translation>
    </message>
    <message>
        <source>mono</source>
        <translation>モノラル</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>codec</source>
        <translation>コーデック</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>チャプター</translation>
    </message>
    <message>
        <source>channels</source>
        <translation>チャンネル</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>ファイル名</translation>
    </message>
    <message>
        <source>size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>開けませんでした</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>フォーマット</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>aspect ratio</source>
        <translation>アスペクト比</translation>
    </message>
    <message>
        <source>format</source>
        <translation>フォーマット</translation>
    </message>
    <message>
        <source>Video streams</source>
        <translation>ビデオ配信</translation>
    </message>
    <message>
        <source>sample rate</source>
        <translation>サンプリング周期</translation>
    </message>
    <message>
        <source>stereo</source>
        <translation>ステレオ</translation>
    </message>
    <message>
        <source>title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>artist</source>
        <translation>アーティスト</translation>
    </message>
    <message>
        <source>Playback</source>
        <translation>再生</translation>
    </message>
    <message>
        <source>bitrate</source>
        <translation>ビットレート</translation>
    </message>
    <message>
        <source>Bitrate</source>
        <translation>ビットレート</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>配信</translation>
    </message>
    <message>
        <source>loaded from file</source>
        <translation>ファイルから読み込み</translation>
    </message>
    <message>
        <source>Subtitles streams</source>
        <translation>字幕配信</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>ファイルに接続中</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>チャプター</translation>
    </message>
    <message>
        <source>File path</source>
        <translation>ファイルパス</translation>
    </message>
    <message>
        <source>Save cover picture</source>
        <translation>カバー画像を保存</translation>
    </message>
    <message>
        <source>Seeking</source>
        <translation>シーク</translation>
    </message>
    <message>
        <source>Audio streams</source>
        <translation>オーディオ配信</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>開いています</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>プログラム</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>プログラム</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback and recording</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DownloadItemW</name>
    <message>
        <source>Stop downloading</source>
        <translation>ダウンロードを停止</translation>
    </message>
    <message>
        <source>Download aborted</source>
        <translation>ダウンロードを中断</translation>
    </message>
    <message>
        <source>Download error</source>
        <translation>ダウンロードエラー</translation>
    </message>
    <message>
        <source>Waiting for connection</source>
        <translation>接続を待機</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>ファイルサイズ</translation>
    </message>
    <message>
        <source>Download complete</source>
        <translation>ダウンロード完了</translation>
    </message>
    <message>
        <source>Download again</source>
        <translation>再ダウンロード</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>再生</translation>
    </message>
    <message>
        <source>Conversion aborted</source>
        <translation>変換を中断</translation>
    </message>
    <message>
        <source>Conversion error</source>
        <translation>変換エラー</translation>
    </message>
    <message>
        <source>Converting...</source>
        <translation>変換中...</translation>
    </message>
    <message>
        <source>Stop conversion</source>
        <translation>変換を停止</translation>
    </message>
</context>
<context>
    <name>Downloader</name>
    <message>
        <source>Downloader</source>
        <translation>ダウンローダー</translation>
    </message>
    <message>
        <source>Clear completed downloads</source>
        <translation>完了したダウンロードをクリアする</translation>
    </message>
    <message>
        <source>Enter the address for download</source>
        <translation>ダウンロードするアドレスを入力してください</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <source>Enter address</source>
        <translation>アドレスを入力</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>Add, modify, or remove conversion presets</source>
        <translation>変換プリセットを追加、変更、または削除します</translation>
    </message>
    <message>
        <source>Download and convert to &quot;%1&quot;</source>
        <translation>ダウンロードして&quot;%1&quot;に変換</translation>
    </message>
    <message>
        <source>Converter preset</source>
        <translation>コンバータープリセット</translation>
    </message>
    <message>
        <source>Command line to execute after download.

&lt;input/&gt; - specifies downloaded file.
&lt;output&gt;%f.mp3&lt;/output&gt; - converted file will be input file with &quot;mp3&quot; extension.</source>
        <translation>ダウンロード後に実行するコマンド

&lt;input/&gt; - ダウンロードしたファイルを指定します。
&lt;output&gt;%f.mp3&lt;/output&gt; - 変換されたファイルは、拡張子が&quot;mp3&quot;になります。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Preset name</source>
        <translation>プレセットの名前</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>コマンドライン</translation>
    </message>
    <message>
        <source>Incorrect/empty name or command line!</source>
        <translation>正しくないまたは空の名前/文字列です!</translation>
    </message>
    <message>
        <source>Command must contain &lt;input/&gt; tag!</source>
        <translation>ダウンロード後に実行するコマンド。
コマンドには&lt;input/&gt;タグが含まれている必要があります!</translation>
    </message>
    <message>
        <source>Command must contain correct &lt;output&gt;file&lt;/output/&gt; tag!</source>
        <translation>コマンドには正しい&lt;output&gt;ファイル&lt;output/&gt;タグが含まれている必要があります!</translation>
    </message>
    <message>
        <source>Preset name already exists!</source>
        <translation>プリセット名はすでに存在します!</translation>
    </message>
</context>
<context>
    <name>DownloaderThread</name>
    <message>
        <source>Invalid address</source>
        <translation>無効なアドレスです</translation>
    </message>
</context>
<context>
    <name>EntryProperties</name>
    <message>
        <source>Error while writing tags, please check if you have permission to modify the file!</source>
        <translation>タグの書き込み中にエラーが発生しました。ファイルを変更する権限があるか確認してください！</translation>
    </message>
    <message>
        <source>Incorrect path</source>
        <translation>無効なパスです</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>ファイルサイズ</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>プロパティ</translation>
    </message>
    <message>
        <source>Synchronize with file or directory</source>
        <translation>ファイルまたはディレクトリと同期する</translation>
    </message>
    <message>
        <source>The specified path does not exist</source>
        <translation>指定されたパスが存在しません</translation>
    </message>
    <message>
        <source>Browse for a directory</source>
        <translation>ディレクトリを参照する</translation>
    </message>
    <message>
        <source>Browse for a file that contains more than one track</source>
        <translation>複数のトラックを含むファイルを参照する</translation>
    </message>
    <message>
        <source>Choose a directory</source>
        <translation>ディレクトリを選択してください</translation>
    </message>
    <message>
        <source>Choose a file that contains more than one track</source>
        <translation>複数のトラックを含むファイルを選択してください</translation>
    </message>
    <message>
        <source>Open URL or directory containing chosen file</source>
        <translation>選択したファイルを含むURLまたはディレクトリを開く</translation>
    </message>
</context>
<context>
    <name>EqualizerGUI</name>
    <message>
        <source>Equalizer</source>
        <translation>イコライザー</translation>
    </message>
    <message>
        <source>ON</source>
        <translation>オン</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Add new preset</source>
        <translation>新しいプレセットを作成</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>プレセット</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>New preset</source>
        <translation>新しいプレセット</translation>
    </message>
    <message>
        <source>Enter new preset name</source>
        <translation>新しいプレセットの名前を入力してください</translation>
    </message>
    <message>
        <source>Preamp</source>
        <translation>プリアンプ</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>自動</translation>
    </message>
</context>
<context>
    <name>FFDemux</name>
    <message>
        <source>Track</source>
        <translation>トラック</translation>
    </message>
</context>
<context>
    <name>FFTSpectrumW</name>
    <message>
        <source>FFT Spectrum</source>
        <translation>FFT解析</translation>
    </message>
    <message>
        <source>Pointed frequency: %1 Hz</source>
        <translation>%1 Hz</translation>
    </message>
</context>
<context>
    <name>FFmpeg</name>
    <message>
        <source>None</source>
        <translation>無し</translation>
    </message>
    <message>
        <source>Deinterlacing method</source>
        <translation>インターレース解除関数</translation>
    </message>
</context>
<context>
    <name>FileAssociation</name>
    <message>
        <source>File association</source>
        <translation>ファイルの関連付け</translation>
    </message>
    <message>
        <source>Do you want to associate files with QMPlay2</source>
        <translation>ファイルをQMPlay2関連付けますか</translation>
    </message>
</context>
<context>
    <name>FormatContext</name>
    <message>
        <source>Track</source>
        <translation>トラック</translation>
    </message>
</context>
<context>
    <name>GME</name>
    <message>
        <source>Copyright</source>
        <translation>コピーライト</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>Voices</source>
        <translation>ボイス</translation>
    </message>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>トラック</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qtについて(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About QMPlay2</source>
        <translation>QMPlay2について(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Updates</source>
        <translation>アップデート(&amp;U)</translation>
    </message>
    <message>
        <source>Don&apos;t play after run (bypass &quot;Remember playback position&quot; option).</source>
        <translation>実行後に再生しないでください（再生位置を記憶するオプションをバイパスしてください）。</translation>
    </message>
    <message>
        <source>Ensure that the window will be visible if the application is running.</source>
        <translation>アプリケーションが実行されている場合はウィンドウが表示されること確認してください。</translation>
    </message>
    <message>
        <source>Toggle fullscreen.</source>
        <translation>全画面切り替え。</translation>
    </message>
    <message>
        <source>Seek to the specified value.</source>
        <translation>指定された値にシークします。</translation>
    </message>
    <message>
        <source>Start playback.</source>
        <translation>再生開始。</translation>
    </message>
    <message>
        <source>Stop playback.</source>
        <translation>再生停止。</translation>
    </message>
    <message>
        <source>Toggle playback.</source>
        <translation>再生切り替え。</translation>
    </message>
    <message>
        <source>Terminate the application.</source>
        <translation>アプリケーションを終了します。</translation>
    </message>
    <message>
        <source>Display this help.</source>
        <translation>ヘルプを表示します。</translation>
    </message>
    <message>
        <source>Open and play specified &lt;url&gt;.</source>
        <translation>&lt;url&gt;を開いて再生します。</translation>
    </message>
    <message>
        <source>Add specified &lt;url&gt; to playlist.</source>
        <translation>&lt;url&gt;をプレイリストに追加します。</translation>
    </message>
    <message>
        <source>Start the application with given &lt;profile name&gt;.</source>
        <translation>&lt;profile name&gt;で起動します。</translation>
    </message>
    <message>
        <source>Set specified volume.</source>
        <translation>指定音量に設定します。</translation>
    </message>
    <message>
        <source>Set specified playback speed.</source>
        <translation>指定した再生速度に設定します。</translation>
    </message>
    <message>
        <source>Play next entry on playlist.</source>
        <translation>プレイリストの次の曲を再生します。</translation>
    </message>
    <message>
        <source>Play previous entry on playlist.</source>
        <translation>プレイリストの前の曲を再生します。</translation>
    </message>
    <message>
        <source>Open new QMPlay2 instance and play specified &lt;url&gt;.</source>
        <translation>新しくQMPlay２を開き&lt;url&gt;を再生します。</translation>
    </message>
    <message>
        <source>Remove specified &lt;url&gt; from playlist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start in tray.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InfoDock</name>
    <message>
        <source>Buffer</source>
        <translation>バッファー</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>Video bitrate</source>
        <translation>ビデオビットレート</translation>
    </message>
    <message>
        <source>Audio bitrate</source>
        <translation>オーディオビットレート</translation>
    </message>
    <message>
        <source>interlaced</source>
        <translation>インターレース</translation>
    </message>
    <message>
        <source>visible</source>
        <translation>見えるようにする</translation>
    </message>
</context>
<context>
    <name>Inputs</name>
    <message>
        <source>Tone generator</source>
        <translation>トーンジェネレーター</translation>
    </message>
</context>
<context>
    <name>KeyBindingsDialog</name>
    <message>
        <source>Key bindings settings</source>
        <translation>キーバインド設定</translation>
    </message>
    <message>
        <source>Some key shortcuts are duplicated!</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LastFM</name>
    <message>
        <source>Logged in to LastFM!</source>
        <translation>LastFMにログインしました！</translation>
    </message>
    <message>
        <source>Check login and password!</source>
        <translation>パスワードとidを確認してください！</translation>
    </message>
    <message>
        <source>LastFM login error.</source>
        <translation>LastFMのログインに失敗しました。</translation>
    </message>
</context>
<context>
    <name>LineEdit</name>
    <message>
        <source>Clear</source>
        <translation>消去</translation>
    </message>
</context>
<context>
    <name>Lyrics</name>
    <message>
        <source>Lyrics</source>
        <translation>歌詞</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>翻訳</translation>
    </message>
    <message>
        <source>Lyrics not found</source>
        <translation>歌詞が見つかりませんでした</translation>
    </message>
</context>
<context>
    <name>MainWidget</name>
    <message>
        <source>Pointed position</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>Are you sure you want to quit?</source>
        <translation>本当に終了する？</translation>
    </message>
    <message>
        <source>Choose files</source>
        <translation>ファイルを選ぶ</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>隠す(&amp;H)</translation>
    </message>
    <message>
        <source>Choose playlist</source>
        <translation>プレイリストを選択</translation>
    </message>
    <message>
        <source>&amp;Hide menu bar</source>
        <translation>メニューバーを隠す(&amp;H)</translation>
    </message>
    <message>
        <source>Subtitles</source>
        <translation>字幕</translation>
    </message>
    <message>
        <source>Save group</source>
        <translation>グループを保存</translation>
    </message>
    <message>
        <source>Save playlist</source>
        <translation>プレイリストを保存</translation>
    </message>
    <message>
        <source>Playlists</source>
        <translation>プレイリスト</translation>
    </message>
    <message>
        <source>Choose directory</source>
        <translation>ディレクトリを選択</translation>
    </message>
    <message>
        <source>Error while saving playlist</source>
        <translation>プレイリストの保存に失敗しました</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Choose subtitles</source>
        <translation>字幕を選択</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>表示(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>再生(&amp;P)</translation>
    </message>
    <message>
        <source>QMPlay2 is doing something in the background.</source>
        <translation>QMPlay2はバックグラウンドで動作しています。</translation>
    </message>
    <message>
        <source>&amp;Lock widgets</source>
        <translation>ウィジェットをロック(&amp;L)</translation>
    </message>
    <message>
        <source>The update is being downloaded now.</source>
        <translation>アップデートは現在ダウンロード中です。</translation>
    </message>
    <message>
        <source>New window</source>
        <translation>新しいウィンドウ</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>Next audio stream</source>
        <translation>次のオーディオ配信</translation>
    </message>
    <message>
        <source>Next subtitles stream</source>
        <translation>次の字幕配信</translation>
    </message>
</context>
<context>
    <name>MediaBrowser</name>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Connection error</source>
        <translation>接続エラー</translation>
    </message>
    <message>
        <source>Website doesn&apos;t exist</source>
        <translation>ウェブサイトが見つかりません</translation>
    </message>
    <message>
        <source>Play all</source>
        <translation>すべて再生</translation>
    </message>
    <message>
        <source>Search on %1</source>
        <translation>%1を検索中</translation>
    </message>
</context>
<context>
    <name>MediaBrowserResults</name>
    <message>
        <source>Enqueue</source>
        <translation>プレイリストに追加</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>再生</translation>
    </message>
    <message>
        <source>Open the page in the browser</source>
        <translation>ページをブラウザーで開く</translation>
    </message>
    <message>
        <source>Copy page address</source>
        <translation>ページアドレスをコピー</translation>
    </message>
</context>
<context>
    <name>MediaKitWriter</name>
    <message>
        <source>Cannot open audio output stream</source>
        <translation>開けません</translation>
    </message>
    <message>
        <source>Playback error</source>
        <translation>再生エラー</translation>
    </message>
</context>
<context>
    <name>ModuleSettingsWidget</name>
    <message>
        <source>ms</source>
        <translation>ミリ秒</translation>
    </message>
    <message>
        <source>sec</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>Echo</source>
        <translation>エコー</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低い</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>フレーム</translation>
    </message>
    <message>
        <source>Slider count in sound equalizer</source>
        <translation>イコライザー内のスライダー</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>filter size</source>
        <translation>フィルターサイズ</translation>
    </message>
    <message>
        <source>Phase reverse</source>
        <translation>逆相</translation>
    </message>
    <message>
        <source>M3U support</source>
        <translation>M3Uを使用</translation>
    </message>
    <message>
        <source>Set as default AudioCD player</source>
        <translation>デフォルトオーディオCDプレイヤーにする</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>Autodetect</source>
        <translation>自動検出</translation>
    </message>
    <message>
        <source>Channel count</source>
        <translation>チャンネル数</translation>
    </message>
    <message>
        <source>Reverse the right channel phase</source>
        <translation>右チャンネルを逆相にする</translation>
    </message>
    <message>
        <source>Use CD-TEXT</source>
        <translation>CDテキストを使用する</translation>
    </message>
    <message>
        <source>Enqueue in QMPlay2</source>
        <translation>QMPlay2に関連付ける</translation>
    </message>
    <message>
        <source>Echo volume</source>
        <translation>エコーボリューム</translation>
    </message>
    <message>
        <source>Echo surround</source>
        <translation>エコーサラウンド</translation>
    </message>
    <message>
        <source>Minimum frequency</source>
        <translation>中周波</translation>
    </message>
    <message>
        <source>Use the specified FPS in MicroDVD subtitles (if exists)</source>
        <translation>マイクロDVD字幕で指定されたFPSを使用する</translation>
    </message>
    <message>
        <source>Normal size</source>
        <translation>通常サイズ</translation>
    </message>
    <message>
        <source>4x smaller</source>
        <translation>4倍縮小</translation>
    </message>
    <message>
        <source>Refresh time</source>
        <translation>リフレッシュ時間</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>フォーマット</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>オフセット</translation>
    </message>
    <message>
        <source>Little endian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Big endian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenMPT enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sequentially</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation>デフォルト</translation>
    </message>
    <message>
        <source>Nearest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cubic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windowed sinc (8 taps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation type="unfinished">パターン</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation type="unfinished">サンプル</translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subsongs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stereo separation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpolation filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visualization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XVideo outputs</source>
        <translation>XVideo出力</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高い</translation>
    </message>
    <message>
        <source>Classic subtitles reading</source>
        <translation>古典的な字幕を読む</translation>
    </message>
    <message>
        <source>Echo repeat</source>
        <translation>エコー回数</translation>
    </message>
    <message>
        <source>Maximum latency</source>
        <translation>最大遅延</translation>
    </message>
    <message>
        <source>Software decoder</source>
        <translation>ソフトウェアデコード</translation>
    </message>
    <message>
        <source>Use shared memory</source>
        <translation>共有メモリを使う</translation>
    </message>
    <message>
        <source>FFT spectrum size</source>
        <translation>FFTスペクトラムサイズ</translation>
    </message>
    <message>
        <source>Maximum frequency</source>
        <translation>最大周波数</translation>
    </message>
    <message>
        <source>Last password</source>
        <translation>最後のパスワード</translation>
    </message>
    <message>
        <source>16x smaller</source>
        <translation>16倍縮小</translation>
    </message>
    <message>
        <source>Automatic looking for multichannel device</source>
        <translation>自動的に多チャンネルデバイスを監視する</translation>
    </message>
    <message>
        <source>Number of threads used to decode video</source>
        <translation>ビデオのデコードに使用されるスレッドの数</translation>
    </message>
    <message>
        <source>AudioCD</source>
        <translation>オーディオCD</translation>
    </message>
    <message>
        <source>Skip some frames</source>
        <translation>いくつかのフレームをスキップする</translation>
    </message>
    <message>
        <source>Add entry to the drives context menu</source>
        <translation>ドライブのコンテキストメニューにエントリを追加する</translation>
    </message>
    <message>
        <source>Slices</source>
        <translation>スライス</translation>
    </message>
    <message>
        <source>Use CDDB if CD-TEXT is not available</source>
        <translation>もしCDテキストが有効でない場合CDDBを使用する</translation>
    </message>
    <message>
        <source>Scrobble</source>
        <translation>スクランブル</translation>
    </message>
    <message>
        <source>Add entry to the directories context menu</source>
        <translatorcomment>ディレクトリのコンテキストメニューにエントリを追加する</translatorcomment>
        <translation>ディレクトリのコンテキストメニューにエントリを追加する</translation>
    </message>
    <message>
        <source>Default length</source>
        <translation>デフォルトの長さ</translation>
    </message>
    <message>
        <source>Playback device</source>
        <translation>再生デバイス</translation>
    </message>
    <message>
        <source>SRT reading</source>
        <translation>SRT読み込み</translation>
    </message>
    <message>
        <source>Decoder</source>
        <translation>デコーダー</translation>
    </message>
    <message>
        <source>Demuxer</source>
        <translation>デマルチプレクサ</translation>
    </message>
    <message>
        <source>Download covers</source>
        <translation>カバー画像をダウンロード</translation>
    </message>
    <message>
        <source>Allow to download big covers</source>
        <translation>大きなカバー画像をダウンロードできるようにする</translation>
    </message>
    <message>
        <source>Use the program via MPRIS2 interface</source>
        <translation>MPRIS2インタフェースを介してプログラムを使用する</translation>
    </message>
    <message>
        <source>Method of multithreaded decoding</source>
        <translation>マルチスレッドデコード関数</translation>
    </message>
    <message>
        <source>Uncompressed PCM sound</source>
        <translation>非圧縮PCM音源</translation>
    </message>
    <message>
        <source>File extensions (semicolon separated)</source>
        <translation>ファイル拡張子（セミコロン区切り）</translation>
    </message>
    <message>
        <source>Play in QMPlay2</source>
        <translation>QMPlay2内で再生する</translation>
    </message>
    <message>
        <source>Voice removal</source>
        <translation>声を除去</translation>
    </message>
    <message>
        <source>hardware decoding</source>
        <translation>ハードウェアデコード</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Displayed sound length</source>
        <translation>表示音長</translation>
    </message>
    <message>
        <source>Sound equalizer quality</source>
        <translation>イコライザーの品質</translation>
    </message>
    <message>
        <source>The maximum duration of subtitles without a specified length</source>
        <translation>字幕のない最大時間</translation>
    </message>
    <message>
        <source>Hurry up</source>
        <translation>急げ</translation>
    </message>
    <message>
        <source>Echo delay</source>
        <translation>エコー時間</translation>
    </message>
    <message>
        <source>Force frame skipping</source>
        <translation>強制的にフレームを飛ばす</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>すべて選択</translation>
    </message>
    <message>
        <source>Associate files with QMPlay2</source>
        <translation>ファイルをQMPlay２に関連付ける</translation>
    </message>
    <message>
        <source>Low resolution decoding (only some codecs)</source>
        <translation>低解像度のデコード（一部のコーデックのみ）</translation>
    </message>
    <message>
        <source>Sample rate</source>
        <translation>サンプリング周期</translation>
    </message>
    <message>
        <source>Very high</source>
        <translation>非常に高い</translation>
    </message>
    <message>
        <source>Display available subtitles</source>
        <translation>利用可能な字幕を表示する</translation>
    </message>
    <message>
        <source>Display subtitles from YouTube. Follow default subtitles language and QMPlay2 language.</source>
        <translation>YouTubeの字幕を表示します。取得する言語はデフォルトまたは現在選択されている言語（この文字を読んでいるのであれば日本語）になります。</translation>
    </message>
    <message>
        <source>Decoder enabled</source>
        <translation>デコーダー有効</translation>
    </message>
    <message>
        <source>Use CUVID only when primary GPU is NVIDIA</source>
        <translation>プライマリGPUがNVIDIAの場合にのみCUVIDを使用します</translation>
    </message>
    <message>
        <source>Infinite</source>
        <translation>無限</translation>
    </message>
    <message>
        <source>Show notification when volume changes</source>
        <translation>音量が変化したときに通知を出す</translation>
    </message>
    <message>
        <source>Show notification when media changes</source>
        <translation>メディアが変化したときに通知を表示する</translation>
    </message>
    <message>
        <source>Show notification when play state changes</source>
        <translation>再生状態が変化したときに通知を表示する</translation>
    </message>
    <message>
        <source>Use a custom message for media change notifications</source>
        <translation>メディア変更時の通知にカスタムメッセージを使用する</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>本体</translation>
    </message>
    <message>
        <source>Notification timeout</source>
        <translation>タイムアウト通知</translation>
    </message>
    <message>
        <source>Peak limit</source>
        <translation>ピークリミット</translation>
    </message>
    <message>
        <source>Release time</source>
        <translation>公開日時</translation>
    </message>
    <message>
        <source>Fast compression ratio</source>
        <translation>高速圧縮比</translation>
    </message>
    <message>
        <source>Overall compression ratio</source>
        <translation>全体的な圧縮率</translation>
    </message>
    <message>
        <source>Dynamic range compression</source>
        <translation>ダイナミックレンジ圧縮</translation>
    </message>
    <message>
        <source>Cut frequency</source>
        <translation>カット周波数</translation>
    </message>
    <message>
        <source>Feed level</source>
        <translation>フィードレベル</translation>
    </message>
    <message>
        <source>Equalizer</source>
        <translation>イコライザー</translation>
    </message>
    <message>
        <source>Default settings</source>
        <translation>デフォルト設定</translation>
    </message>
    <message>
        <source>XSPF support</source>
        <translation>XSPFをサポート</translation>
    </message>
    <message>
        <source>Additional notifications</source>
        <translation>追加の通知</translation>
    </message>
    <message>
        <source>Decode MPEG4 videos</source>
        <translation>MPEG4でデコードする</translation>
    </message>
    <message>
        <source>Disable if you have problems with decoding MPEG4 (DivX5) videos</source>
        <translation>MPEG4(DivX5)ビデオのデコードに問題がある場合は無効にします</translation>
    </message>
    <message>
        <source>Bit-perfect audio</source>
        <translation>完全なビットオーディオ</translation>
    </message>
    <message>
        <source>This sets the selected output device to the sample rate of the content being played</source>
        <translation>これにより、選択した出力デバイスが再生中のコンテンツのサンプルレートに設定されます</translation>
    </message>
    <message>
        <source>Swap stereo channels</source>
        <translation>ステレオチャンネルをスワップ</translation>
    </message>
    <message>
        <source>Show user name in search results</source>
        <translation>検索結果にユーザー名を表示する</translation>
    </message>
    <message>
        <source>Preferred quality</source>
        <translation>解像度</translation>
    </message>
    <message>
        <source>Zero-copy decoding on Intel hardware (experimental)</source>
        <translation>Intel cpuでのゼロコピーデコード</translation>
    </message>
    <message>
        <source>Better performance, but can cause garbage or might not work at all.</source>
        <translation>パフォーマンスは向上しますがゴミが発生したり全く機能しない場合があります。</translation>
    </message>
    <message>
        <source>Exclusive mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred video codec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only in full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FPS</source>
        <translation>FPS</translation>
    </message>
    <message>
        <source>Minimum video FPS to double the frame rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum video FPS to double the frame rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow HDR content for VP9 codec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try to automatically reconnect the network connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kHz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linear volume scale in FFT spectrum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit frequency in FFT spectrum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow experimental FFmpeg features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Useful for turning on HLS subtitles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teletext page: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transparent teletext background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtitles</source>
        <translation>字幕</translation>
    </message>
    <message>
        <source>FFmpeg audio filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you want to restore the default settings?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FFmpeg audio filters, example: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not all audio filters are supported in QMPlay2. To use some filters like &apos;%4&apos;, you need to enable &quot;force channels conversion&quot; and &quot;use channel conversion before filters&quot; in playback settings. Please refer to the %1FFmpeg documentation%2.%3Available audio filters:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotifyService</name>
    <message>
        <source>Volume: %1%</source>
        <translation>ボリューム %1%</translation>
    </message>
    <message>
        <source>Volume changed</source>
        <translation>ボリュームが変更されました</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Playing</source>
        <translation>再生中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
</context>
<context>
    <name>OSDSettingsW</name>
    <message>
        <source>Background</source>
        <translation></translation>
    </message>
    <message>
        <source>Font</source>
        <translation>フォント</translation>
    </message>
    <message>
        <source>Size: </source>
        <translation>サイズ: </translation>
    </message>
    <message>
        <source>Spacing: </source>
        <translation>間隔: </translation>
    </message>
    <message>
        <source>Bold</source>
        <translation></translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>隙間</translation>
    </message>
    <message>
        <source>Left: </source>
        <translation>左: </translation>
    </message>
    <message>
        <source>Right: </source>
        <translation>右: </translation>
    </message>
    <message>
        <source>Vertical: </source>
        <translation>垂直: </translation>
    </message>
    <message>
        <source>Subtitles alignment</source>
        <translation>字幕の配置</translation>
    </message>
    <message>
        <source>Border</source>
        <translation>ボーダー</translation>
    </message>
    <message>
        <source>Outline: </source>
        <translation>概要: </translation>
    </message>
    <message>
        <source>Shadow: </source>
        <translation>影: </translation>
    </message>
    <message>
        <source>Colors</source>
        <translation>色</translation>
    </message>
    <message>
        <source>Text: </source>
        <translation>テキスト: </translation>
    </message>
    <message>
        <source>Border: </source>
        <translation>ボーダー: </translation>
    </message>
</context>
<context>
    <name>OpenGLCommon</name>
    <message>
        <source>Shader compile/link error</source>
        <translation>シェーダーのコンパイル/リンクエラー</translation>
    </message>
    <message>
        <source>Can&apos;t init %1</source>
        <translation>%1&#x3000;を初期化できませんでした</translation>
    </message>
    <message>
        <source>texture map error</source>
        <translation>テクスチャマップエラー</translation>
    </message>
</context>
<context>
    <name>OpenMPDemux</name>
    <message>
        <source>Samples</source>
        <translation type="unfinished">サンプル</translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation type="unfinished">パターン</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished">チャンネル</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track</source>
        <translation type="unfinished">トラック</translation>
    </message>
    <message>
        <source>Track %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenSubtitles</name>
    <message>
        <source>Subtitles browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the movie name and press enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose subtitles language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download in default web browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movie name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search on OpenSubtitles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Season %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No subtitles found for the specified language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Options</name>
    <message>
        <source>&amp;Show tray icon</source>
        <translation>トレイアイコンを表示(&amp;S)</translation>
    </message>
    <message>
        <source>Op&amp;tions</source>
        <translation>設定(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Modules settings</source>
        <translation>モジュールの設定(&amp;M)</translation>
    </message>
    <message>
        <source>Create new profile</source>
        <translation>新しいプロファイルを作成</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>プロファイル(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;New Profile</source>
        <translation>プロファイル(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Copy Profile</source>
        <translation>プロファイルをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Default</source>
        <translation>デフォルト(&amp;D)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Enter new profile name:</source>
        <translation>新しいプロファイル名を入力してください：</translation>
    </message>
    <message>
        <source>&amp;Playback settings</source>
        <translation>再生設定(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Renderer settings</source>
        <translation>レンダラー設定(&amp;R)</translation>
    </message>
</context>
<context>
    <name>PipeWireWriter</name>
    <message>
        <source>Cannot open audio output stream</source>
        <translation>オーディオを開けません</translation>
    </message>
</context>
<context>
    <name>PlayClass</name>
    <message>
        <source>Subtitles off</source>
        <translation>字幕無し</translation>
    </message>
    <message>
        <source>Muted sound</source>
        <translation>ミュート</translation>
    </message>
    <message>
        <source>Horizontal flip</source>
        <translation>水平フリップ</translation>
    </message>
    <message>
        <source>Video delay</source>
        <translation>ビデオを遅くする</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>ボリューム</translation>
    </message>
    <message>
        <source>Set playback speed</source>
        <translation>再生速度の設定</translation>
    </message>
    <message>
        <source>Play speed</source>
        <translation>再生速度</translation>
    </message>
    <message>
        <source>Set subtitles delay (sec.)</source>
        <translation>字幕の遅延の設定（秒）</translation>
    </message>
    <message>
        <source>No image rotation</source>
        <translation>画像の回転なし</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Aspect ratio</source>
        <translation>アスペクト比</translation>
    </message>
    <message>
        <source>Loaded subtitles</source>
        <translation>字幕を読み込む</translation>
    </message>
    <message>
        <source>Subtitles size</source>
        <translation>字幕のサイズ</translation>
    </message>
    <message>
        <source>Subtitles delay</source>
        <translation>字幕を遅くする</translation>
    </message>
    <message>
        <source>Set video delay (sec.)</source>
        <translation>ビデオの遅延（秒）</translation>
    </message>
    <message>
        <source>Vertical flip</source>
        <translation>垂直フリップ</translation>
    </message>
    <message>
        <source>A-B Repeat</source>
        <translation>A-Bリピート</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>from</source>
        <translation>から</translation>
    </message>
    <message>
        <source>to</source>
        <translation>へ</translation>
    </message>
    <message>
        <source>Rotation 270°</source>
        <translation>270°回転</translation>
    </message>
    <message>
        <source>Rotation 180°</source>
        <translation>180°回転</translation>
    </message>
    <message>
        <source>Rotation 90°</source>
        <translation>90°回転</translation>
    </message>
    <message>
        <source>Rotation is not supported by this video output module</source>
        <translation>このビデオ出力モジュールでは回転はサポートされていません</translation>
    </message>
    <message>
        <source>Spherical view is not supported by this video output module</source>
        <translation>球面ビューはこのビデオ出力モジュールではサポートされていません</translation>
    </message>
    <message>
        <source>Playback has been incorrectly terminated!</source>
        <translation>再生が誤って終了しました!</translation>
    </message>
    <message>
        <source>Video off</source>
        <translation>ビデオ無し</translation>
    </message>
    <message>
        <source>Audio off</source>
        <translation>オーディオ無し</translation>
    </message>
    <message>
        <source>Keep audio pitch during playback speed change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t keep audio pitch during playback speed change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integer scaling: enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integer scaling: disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom aspect ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set aspect ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set zoom</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Playback</name>
    <message>
        <source>&amp;Enable audio</source>
        <translation>オーディオを有効化(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Delay video</source>
        <translation>ビデオを遅くする(&amp;D)</translation>
    </message>
    <message>
        <source>Scale down sub&amp;titles</source>
        <translation>字幕の倍率を下げる(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Enable video</source>
        <translation>ビデオを有効化(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Enable subtitles</source>
        <translation>字幕を有効化(&amp;E)</translation>
    </message>
    <message>
        <source>Scale up subt&amp;itles</source>
        <translation>字幕の倍率を上げる(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Delay subtitiles</source>
        <translation>字幕を遅くする(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Screen shot</source>
        <translation>スクリーンショットを撮る(&amp;S)</translation>
    </message>
    <message>
        <source>Set &amp;subtitles delay</source>
        <translation>字幕の遅延時間の設定(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Speed up video</source>
        <translation>ビデオを速くする(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>再生(&amp;P)</translation>
    </message>
    <message>
        <source>Set &amp;video delay</source>
        <translation>ビデオの遅延時間を設定(&amp;V)</translation>
    </message>
    <message>
        <source>Add &amp;subtities from file</source>
        <translation>ファイルから字幕を追加(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Speed up subtitles</source>
        <translation>字幕の速度を速くする(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Keep audio pitch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Player</name>
    <message>
        <source>&amp;Mute</source>
        <translation>ミュート(&amp;M)</translation>
    </message>
    <message>
        <source>Zoom i&amp;n</source>
        <translation>拡大(&amp;N)</translation>
    </message>
    <message>
        <source>Reset image &amp;settings</source>
        <translation>画像の設定をリセットする(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Set speed</source>
        <translation>スピードを設定(&amp;S)</translation>
    </message>
    <message>
        <source>Slowe&amp;r</source>
        <translation>遅く(&amp;R)</translation>
    </message>
    <message>
        <source>Seek &amp;backward</source>
        <translation>後ろにシーク(&amp;B)</translation>
    </message>
    <message>
        <source>Next &amp;frame</source>
        <translation>次のフレーム(&amp;F)</translation>
    </message>
    <message>
        <source>Long s&amp;eek backward</source>
        <translation>後ろにたくさんシーク(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>前へ(&amp;P)</translation>
    </message>
    <message>
        <source>Seek &amp;forward</source>
        <translation>前にシーク(&amp;F)</translation>
    </message>
    <message>
        <source>Zoom ou&amp;t</source>
        <translation>縮小(&amp;T)</translation>
    </message>
    <message>
        <source>Toggle &amp;aspect ratio</source>
        <translation>アスペクト比を変更(&amp;A)</translation>
    </message>
    <message>
        <source>Volume &amp;down</source>
        <translation>ボリュームダウン(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>次へ(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Fa&amp;ster</source>
        <translation>速く(&amp;S)</translation>
    </message>
    <message>
        <source>Volume &amp;up</source>
        <translation>ボリュームアップ(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Player</source>
        <translation>プレイヤー(&amp;P)</translation>
    </message>
    <message>
        <source>Long &amp;seek forward</source>
        <translation>前にたくさんシーク(&amp;S)</translation>
    </message>
    <message>
        <source>Suspend after playbac&amp;k is finished</source>
        <translation>再生が終了次第一時停止(&amp;K)</translation>
    </message>
    <message>
        <source>A&amp;-B Repeat</source>
        <translation>A-Bリピート(&amp;-)</translation>
    </message>
    <message>
        <source>Detach from receiving &amp;commands</source>
        <translation>コマンドの受信から切り離します(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>スキップ(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Stop after playing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous &amp;frame</source>
        <translation>前のフレーム(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Continue playback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue playing from the last position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un&amp;mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Integer scaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Precise zoom</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Playlist</name>
    <message>
        <source>&amp;Find entries</source>
        <translation>エントリーを探す(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Go to the playback</source>
        <translation>再生に移動する(&amp;G)</translation>
    </message>
    <message>
        <source>Save &amp;group</source>
        <translation>グループを保存(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>リストをクリア(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Collapse all</source>
        <translation>すべて折りたたむ(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>ペースト(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Stop loading</source>
        <translation>読み込みを停止する(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Enqueue</source>
        <translation>格納(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Extensions</source>
        <translation>拡張(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Expand all</source>
        <translation>すべて展開(&amp;E)</translation>
    </message>
    <message>
        <source>Save &amp;list</source>
        <translation>リストを保存(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Playlist</source>
        <translation>プレイリスト(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Create group</source>
        <translation>グループを作成(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>名前の変更(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation>プロパティ(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Load &amp;list</source>
        <translation>ロードリスト(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Synchronize groups</source>
        <translation>グループを同期する(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quick group synchronization</source>
        <translation>クイックグループ同期(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Always sync</source>
        <translation>常に同期(&amp;A)</translation>
    </message>
    <message>
        <source>Pas&amp;te and play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove from list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from &amp;disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear &amp;ungrouped entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaylistDock</name>
    <message>
        <source>Filter entries</source>
        <translation>フィルターエントリー</translation>
    </message>
    <message>
        <source>Playlist is being loaded now...</source>
        <translation>プレイリストが読み込まれています...</translation>
    </message>
    <message>
        <source>Are you sure you want to clear the list?</source>
        <translation>本当にリストをクリアしますか?</translation>
    </message>
    <message>
        <source>Playlist</source>
        <translation>プレイリスト</translation>
    </message>
    <message>
        <source>Visible entries</source>
        <translation>エントリ数</translation>
    </message>
    <message>
        <source>Are you sure you want to delete ungrouped entries?</source>
        <translation>グループ化されていないエントリーを削除しますか?</translation>
    </message>
    <message>
        <source>Failed to delete one or more selected entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are you sure you want to delete selected entries from disk? Non-local entries will only be removed from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaylistWidget</name>
    <message>
        <source>Un&amp;lock</source>
        <translation>ロック解除(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>ロック(&amp;L)</translation>
    </message>
</context>
<context>
    <name>PortAudioWriter</name>
    <message>
        <source>Cannot open audio output stream</source>
        <translation>オーディオを開けません</translation>
    </message>
    <message>
        <source>Playback error</source>
        <translation>再生エラー</translation>
    </message>
</context>
<context>
    <name>PulseAudioWriter</name>
    <message>
        <source>Cannot open audio output stream</source>
        <translation>オーディオを開けません</translation>
    </message>
    <message>
        <source>Playback error</source>
        <translation>再生エラー</translation>
    </message>
</context>
<context>
    <name>QMPlay2CoreClass</name>
    <message>
        <source>invalid QMPlay2 library</source>
        <translation>無効なQMPlay2のライブラリ</translation>
    </message>
    <message>
        <source>Can&apos;t open log file</source>
        <translation>ログファイルを開けません</translation>
    </message>
    <message>
        <source>too old QMPlay2 library</source>
        <translation>古いQMPlay2のライブラリです</translation>
    </message>
    <message>
        <source>mismatch module API version</source>
        <translation>APIのバージョンが違います</translation>
    </message>
    <message>
        <source>duplicated module name</source>
        <translation>モジュール名が重複しています</translation>
    </message>
    <message>
        <source>mismatch module Qt version</source>
        <translation>Qtバージョンが違います</translation>
    </message>
</context>
<context>
    <name>QMPlay2GUIClass</name>
    <message>
        <source>Saving cover picture</source>
        <translation>カバー画像を保存する</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>QMPlay2 has been updated to version</source>
        <translation>QMPlay2のバージョンが上がりました。バージョン</translation>
    </message>
    <message>
        <source>QMPlay2 hasn&apos;t been updated. Do you want to run the update (recommended)?</source>
        <translation>QMPlay2は更新されていません。アップデートを実行（推奨）しますか？</translation>
    </message>
    <message>
        <source>QtSvg icon engine plugin doesn&apos;t exist.
QMPlay2 will not scale up icons!</source>
        <translation>QtSvgアイコンエンジンプラグインが存在しません。
QMPlay2はアイコンを拡大しません！</translation>
    </message>
</context>
<context>
    <name>Radio</name>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Adding a new radio station</source>
        <translation>新しいラジオ局を追加中</translation>
    </message>
    <message>
        <source>Add new radio station</source>
        <translation>新しいラジオ局を追加</translation>
    </message>
    <message>
        <source>Internet radios</source>
        <translation>インターネットラジオ</translation>
    </message>
    <message>
        <source>My radio stations</source>
        <translation>私のラジオ局</translation>
    </message>
    <message>
        <source>Edit selected radio station</source>
        <translation>選択したラジオ局を編集</translation>
    </message>
    <message>
        <source>Remove selected radio station</source>
        <translation>選択したラジオ局を削除</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>再生</translation>
    </message>
    <message>
        <source>Enqueue</source>
        <translation>格納</translation>
    </message>
    <message>
        <source>Add to my radio stations</source>
        <translation>私のラジオ局に追加</translation>
    </message>
    <message>
        <source>Open radio website</source>
        <translation>ラジオ局のWebサイトを開く</translation>
    </message>
    <message>
        <source>Editing selected radio station</source>
        <translation>選択されたラジオ局を編集中</translation>
    </message>
    <message>
        <source>Radio station with given name already exists!</source>
        <translation>同じ名前のラジオ局が存在します!</translation>
    </message>
    <message>
        <source>Load radio station list from file</source>
        <translation>ファイルからラジオ局のリストを読込む</translation>
    </message>
    <message>
        <source>Save radio station list to file</source>
        <translation>ファイルにラジオ局にリストを保存</translation>
    </message>
    <message>
        <source>Load radio station list</source>
        <translation>ラジオ局のリストを読み込む</translation>
    </message>
    <message>
        <source>Save radio station list</source>
        <translation>ラジオ局のリストを保存</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>State</source>
        <translation>州</translation>
    </message>
    <message>
        <source>Type the station name and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a &quot;%1&quot; from the drop-down list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection error</source>
        <translation>接続エラー</translation>
    </message>
    <message>
        <source>Search filter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RadioBrowserModel</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Stream info</source>
        <translation>配信情報</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Repeat</name>
    <message>
        <source>Random in &amp;group</source>
        <translation>グループ内でランダム再生(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>リピート(&amp;R)</translation>
    </message>
    <message>
        <source>R&amp;andom</source>
        <translation>ランダム(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No repeating</source>
        <translation>リピートなし(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Entry repeating</source>
        <translation>一つをリピート(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Group repeating</source>
        <translation>グループでリピート(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Playlist repeating</source>
        <translation>プレイリストでリピート(&amp;P)</translation>
    </message>
    <message>
        <source>Random and &amp;repeat</source>
        <translation>ランダムにリピート(&amp;R)</translation>
    </message>
    <message>
        <source>Random in group and repea&amp;t</source>
        <translation>ランダムにグループでリピート(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Stop playback after every file</source>
        <translation>すべてのファイルの再生が終了次第停止(&amp;S)</translation>
    </message>
</context>
<context>
    <name>ResultsYoutube</name>
    <message>
        <source>Copy page address</source>
        <translation>ページのアドレスをコピー</translation>
    </message>
    <message>
        <source>Open the page in the browser</source>
        <translation>このページをブラウザで開く</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Enqueue</source>
        <translation>格納</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>再生</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>長さ</translation>
    </message>
    <message>
        <source>Audio and video</source>
        <translation>オーディオとビデオ</translation>
    </message>
    <message>
        <source>Audio only</source>
        <translation>オーディオのみ</translation>
    </message>
    <message>
        <source>Show related</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SIDPlay</name>
    <message>
        <source>Track</source>
        <translation>トラック</translation>
    </message>
</context>
<context>
    <name>SettingsWidget</name>
    <message>
        <source>OSD</source>
        <translation>OSD</translation>
    </message>
    <message>
        <source>Do you really want to clear all settings?</source>
        <translation>本当にすべての設定をデフォルトに戻しますか？</translation>
    </message>
    <message>
        <source>Do you want to delete all cached covers?</source>
        <translation>カバー画像のキャッシュを削除しますか？</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Contains</source>
        <translation>含まれる</translation>
    </message>
    <message>
        <source>General settings</source>
        <translation>一般的な設定</translation>
    </message>
    <message>
        <source>Decoders priority</source>
        <translation>デコーダーのプロパティ</translation>
    </message>
    <message>
        <source>Fonts and spacing</source>
        <translation>フォントとスペース</translation>
    </message>
    <message>
        <source>Apply for ASS/SSA subtitles</source>
        <translation>ASS/SSA字幕を適用する</translation>
    </message>
    <message>
        <source>Playback settings</source>
        <translation>再生設定</translation>
    </message>
    <message>
        <source>Changing icons</source>
        <translation>アイコンを変更</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>モジュール</translation>
    </message>
    <message>
        <source>Subtitles</source>
        <translation>字幕</translation>
    </message>
    <message>
        <source>Software video filters</source>
        <translation>ソフトウェアビデオフィルター</translation>
    </message>
    <message>
        <source>Margins and alignment</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>New language</source>
        <translation>新しい言語</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Choose directory</source>
        <translation>ディレクトリを選択</translation>
    </message>
    <message>
        <source>Audio output priority</source>
        <translation>オーディオ出力優先度</translation>
    </message>
    <message>
        <source>Confirm settings deletion</source>
        <translation>設定の削除を確認する</translation>
    </message>
    <message>
        <source>Default or first stream</source>
        <translation>デフォルトか最初のストリーム</translation>
    </message>
    <message>
        <source>Confirm clearing the cached covers</source>
        <translation>カバー画像のキャッシュを削除します</translation>
    </message>
    <message>
        <source>OSD enabled</source>
        <translation>OSDが有効</translation>
    </message>
    <message>
        <source>To set up a new language, the program will start again!</source>
        <translation>新しく言語を設定します。再起動が必要です！</translation>
    </message>
    <message>
        <source>Colors and borders</source>
        <translation>色とボーダー</translation>
    </message>
    <message>
        <source>Video filters</source>
        <translation>ビデオフィルター</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>デフォルト</translation>
    </message>
    <message>
        <source>Automatically check for updates</source>
        <translation>アップデートをチェックする</translation>
    </message>
    <message>
        <source>Confirm &quot;youtube-dl&quot; deletion</source>
        <translation>youtube-dlを削除しますか</translation>
    </message>
    <message>
        <source>Do you want to remove &quot;youtube-dl&quot; software?</source>
        <translation>youtube-dlを削除しますか？</translation>
    </message>
    <message>
        <source>Slower, but more accurate seeking.
Partially checked doesn&apos;t affect seeking on slider.</source>
        <translation>正確なシーク。部分的にチェックしてもスライダーのシークには影響しません。ただし低速です。</translation>
    </message>
    <message>
        <source>Hardware-accelerated video filters</source>
        <translation>ハードウェアアクセラレーションビデオフィルター</translation>
    </message>
    <message>
        <source>Changing OpenGL mode</source>
        <translation>OpenGLモードを変更</translation>
    </message>
    <message>
        <source>To set up a new OpenGL mode, the program will start again!</source>
        <translation>新しくOpenGLモードを設定する。再起動が必要です！</translation>
    </message>
    <message>
        <source>To apply the icons change, the program will start again!</source>
        <translation>アイコンの変更を適用します。再起動が必要です！</translation>
    </message>
    <message>
        <source>Legacy video output priority</source>
        <translation>ビデオ出力の優先順位</translation>
    </message>
    <message>
        <source>Show covers</source>
        <translation>カバー画像を表示</translation>
    </message>
    <message>
        <source>Show covers from directory if they aren&apos;t in the music file</source>
        <translation>音楽ファイルにない場合にディレクトリからカバー画像を取得します</translation>
    </message>
    <message>
        <source>Enlarge small covers</source>
        <translation>小さなカバー画像を拡大</translation>
    </message>
    <message>
        <source>Blurred covers as background</source>
        <translation>背景としてぼかしたたカバーを使用する</translation>
    </message>
    <message>
        <source>Clear covers cache</source>
        <translation>カバー画像のキャッシュをクリアする</translation>
    </message>
    <message>
        <source>Set key bindings</source>
        <translation>キーバインドをセットする</translation>
    </message>
    <message>
        <source>Reset settings</source>
        <translation>設定をリセットする</translation>
    </message>
    <message>
        <source>Language: </source>
        <translation>言語: </translation>
    </message>
    <message>
        <source>Style: </source>
        <translation>スタイル: </translation>
    </message>
    <message>
        <source>Subtitles and tags encoding: </source>
        <translation></translation>
    </message>
    <message>
        <source>Default audio language: </source>
        <translation>デフォルトのオーディオの言語: </translation>
    </message>
    <message>
        <source>Default subtitles language: </source>
        <translation>デフォルトの字幕の言語: </translation>
    </message>
    <message>
        <source>Screenshots path: </source>
        <translation>スクリーンショットの保存パス: </translation>
    </message>
    <message>
        <source>Browse</source>
        <translation>ブラウズ</translation>
    </message>
    <message>
        <source>Output file path: </source>
        <translation></translation>
    </message>
    <message>
        <source>Use system icon set</source>
        <translation>システムデフォルトのアイコンセットを使用する</translation>
    </message>
    <message>
        <source>Set appearance</source>
        <translation>セットの外観</translation>
    </message>
    <message>
        <source>Selected Profile: </source>
        <translation>選択されたプロファイル: </translation>
    </message>
    <message>
        <source>Automatically check and download updates</source>
        <translation>更新を自動的に確認してダウンロードします</translation>
    </message>
    <message>
        <source>Automatically open video window</source>
        <translation>ビデオウィンドウを自動的に開く</translation>
    </message>
    <message>
        <source>Show tabs at the top of the main window</source>
        <translation>メインウィンドウの上部にタブを表示する</translation>
    </message>
    <message>
        <source>Allow only one instance</source>
        <translation>１つのインスタンスのみを許可する</translation>
    </message>
    <message>
        <source>Always only display file names in playlist</source>
        <translation>常にプレイリストにファイル名のみ表示する</translation>
    </message>
    <message>
        <source>Remember repeat mode</source>
        <translation>リピートモードを記憶する</translation>
    </message>
    <message>
        <source>Use proxy server</source>
        <translation>プロキシサーバー</translation>
    </message>
    <message>
        <source>Proxy server needs login</source>
        <translation>プロキシサーバーはログインを求めています</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Proxy server address</source>
        <translation>プロキシサーバーのアドレス</translation>
    </message>
    <message>
        <source>Proxy server port</source>
        <translation>プロキシサーバーのポート</translation>
    </message>
    <message>
        <source>Read and display still images</source>
        <translation>静止画を読み込んで表示する</translation>
    </message>
    <message>
        <source>Use tray notifications as default</source>
        <translation>トレイ通知をデフォルトとして使用する</translation>
    </message>
    <message>
        <source>Automatically delete ungrouped entries</source>
        <translation>グループ化されていないエントリーを自動的に削除する</translation>
    </message>
    <message>
        <source>Hide artist metadata</source>
        <translation>アーティストのメタデータを隠す</translation>
    </message>
    <message>
        <source>Automatically restore main window when new video file is loaded</source>
        <translation>新しいビデオファイルがロードされたときメインウィンドウを自動的に復元する</translation>
    </message>
    <message>
        <source>Don&apos;t load playlist files within other files</source>
        <translation>他のファイル内にプレイリストファイルをロードしない</translation>
    </message>
    <message>
        <source>youtube-dl settings</source>
        <translation></translation>
    </message>
    <message>
        <source>Cookies from browser</source>
        <translation></translation>
    </message>
    <message>
        <source>Custom path</source>
        <translation></translation>
    </message>
    <message>
        <source>Don&apos;t auto-update</source>
        <translation></translation>
    </message>
    <message>
        <source>Remove youtube-dl</source>
        <translation>youtube-dlを削除する</translation>
    </message>
    <message>
        <source>Please refer to yt-dlp documentation</source>
        <translation></translation>
    </message>
    <message>
        <source>Default quality</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;-f&quot; parameter, please refer to yt-dlp documentation</source>
        <translation></translation>
    </message>
    <message>
        <source>Additional params</source>
        <translation></translation>
    </message>
    <message>
        <source>Maintain panels size when resizing the main window (experimental)</source>
        <translation></translation>
    </message>
    <message>
        <source>Fullscreen panels on the right side</source>
        <translation></translation>
    </message>
    <message>
        <source>Hide QMPlay2 logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上に移動</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下に移動</translation>
    </message>
    <message>
        <source>Use available replay gain</source>
        <translation>利用可能なリプレイゲインを使用する</translation>
    </message>
    <message>
        <source>Album mode for replay gain</source>
        <translation>リプレイゲインのアルバムモード</translation>
    </message>
    <message>
        <source>Prevent clipping</source>
        <translation>クリッピングを防ぐ</translation>
    </message>
    <message>
        <source>Amplify</source>
        <translation>増幅する</translation>
    </message>
    <message>
        <source>Amplify (no metadata)</source>
        <translation></translation>
    </message>
    <message>
        <source>Partially checked means that there is a delay between click and pausing</source>
        <translation>部分的にチェックするためクリックしてから一時停止までに遅延があります</translation>
    </message>
    <message>
        <source>Primary mouse button on video dock toggles playback</source>
        <translation>マウスがビデオドックから出たら停止する</translation>
    </message>
    <message>
        <source>Middle mouse button on video dock toggles fullscreen</source>
        <translation>中クリックでフルスクリーンに切り替える</translation>
    </message>
    <message>
        <source>Keep video delay</source>
        <translation>ビデオ時間を維持する</translation>
    </message>
    <message>
        <source>Fade sound</source>
        <translation>音をフェードアウトする</translation>
    </message>
    <message>
        <source>Keep speed</source>
        <translation>速度を維持する</translation>
    </message>
    <message>
        <source>Keep zoom</source>
        <translation>倍率を維持する</translation>
    </message>
    <message>
        <source>Keep subtitles scale</source>
        <translation>字幕表示比率を維持する</translation>
    </message>
    <message>
        <source>Keep subtitles delay</source>
        <translation>字幕表示時間を維持する</translation>
    </message>
    <message>
        <source>Video to audio sync (frame skipping)</source>
        <translation>ビデオからオーディオへの動機(フレームスキップ)</translation>
    </message>
    <message>
        <source>Short seeking (left and right arrows): </source>
        <translation>短いシーク（左、右キー）: </translation>
    </message>
    <message>
        <source>sec</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>Long seeking (up and down arrows): </source>
        <translation>長いシーク(上、下キー): </translation>
    </message>
    <message>
        <source>Local buffer size (A/V packages count): </source>
        <translation>ローカルバッファーサイズ(A/V&#x3000;パッケージ数): </translation>
    </message>
    <message>
        <source>Network buffer length: </source>
        <translation></translation>
    </message>
    <message>
        <source>Percent of packages for backwards rewinding: </source>
        <translation>巻き戻し用のパッケージの割合: </translation>
    </message>
    <message>
        <source>Live stream buffer length: </source>
        <translation></translation>
    </message>
    <message>
        <source>Start playback internet stream if it is buffered: </source>
        <translation>バッファーが存在する場合もインターネットストリームより取得します: </translation>
    </message>
    <message>
        <source>Desired video stream quality: </source>
        <translation></translation>
    </message>
    <message>
        <source>SD</source>
        <translation></translation>
    </message>
    <message>
        <source>HD</source>
        <translation></translation>
    </message>
    <message>
        <source>Full HD</source>
        <translation></translation>
    </message>
    <message>
        <source>4K</source>
        <translation></translation>
    </message>
    <message>
        <source>Maximum volume: </source>
        <translation>最大音量: </translation>
    </message>
    <message>
        <source>Force samplerate: </source>
        <translation>強制的にサンプリング周期にする: </translation>
    </message>
    <message>
        <source>Force channels conversion: </source>
        <translation>強制的にチャンネル数を変換する: </translation>
    </message>
    <message>
        <source>Use audio resampler and channel conversion before filters and visualizations</source>
        <translation>フィルタと視覚化の前にオーディオリサンプラとチャンネル変換を使用する</translation>
    </message>
    <message>
        <source>Keep aspect ratio</source>
        <translation>アスペクト比を維持する</translation>
    </message>
    <message>
        <source>Accurate seeking</source>
        <translation>正確なシーク</translation>
    </message>
    <message>
        <source>Play next entry after playback error</source>
        <translation>再生エラー後に次のエントリーに移動</translation>
    </message>
    <message>
        <source>Continue last playback when program starts</source>
        <translation></translation>
    </message>
    <message>
        <source>Mouse wheel action on video dock</source>
        <translation>ビデオドック上でのマウスホイールの動作</translation>
    </message>
    <message>
        <source>Mouse wheel scrolls music/movie</source>
        <translation>マウスホイールで音楽/動画をスクロールする</translation>
    </message>
    <message>
        <source>Mouse wheel changes the volume</source>
        <translation>マウスホイールで音量を変える</translation>
    </message>
    <message>
        <source>Remember video equalizer settings</source>
        <translation>ビデオイコライザーの設定を記憶する</translation>
    </message>
    <message>
        <source>Show buffered data indicator on slider</source>
        <translation>スライダーにバッファーサイズを表示する</translation>
    </message>
    <message>
        <source>Store aspect ratio and zoom in config file</source>
        <translation>アスペクト比を保存し設定ファイルを拡大します</translation>
    </message>
    <message>
        <source>Unpause when seeking</source>
        <translation>シーク時に一時停止しません</translation>
    </message>
    <message>
        <source>Disable subtitles at program startup</source>
        <translation>起動時に字幕を無効にする</translation>
    </message>
    <message>
        <source>Remember audio/video/subtitles enabled state</source>
        <translation>オーディオ・ビデオ・字幕の設定を記憶する</translation>
    </message>
    <message>
        <source>Remember playback position for each playlist entry</source>
        <translation></translation>
    </message>
    <message>
        <source>The length must be at least 8 minutes. Your playback position must be in [1% - 99%] of the playback range. You can continue playback by pressing the icon next to the full screen button.</source>
        <translation></translation>
    </message>
    <message>
        <source>Legacy</source>
        <translation>Legacy</translation>
    </message>
    <message>
        <source>OpenGL</source>
        <translation>OpenGL</translation>
    </message>
    <message>
        <source>active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>Changing renderer</source>
        <translation>レンダラーを変更する</translation>
    </message>
    <message>
        <source>To set up a new renderer, the program will start again!</source>
        <translation>新しくレンダラーを設定する。再起動が必要です！</translation>
    </message>
    <message>
        <source>Vertical synchronization (V-Sync)</source>
        <translation>垂直同期</translation>
    </message>
    <message>
        <source>Bypass compositor in full screen</source>
        <translation>全画面時のバイパスコンポジター</translation>
    </message>
    <message>
        <source>Use QMPlay2 video output modules. This will also be used if other renderers aren&apos;t available.</source>
        <translation>通常のQMPlay2ビデを出力モジュールを使用します。これは他のレンダラーが使用できない場合にも使用されます。</translation>
    </message>
    <message>
        <source>Use OpenGL on entire window</source>
        <translation>ウィンドウ全体にOpenGLを使用します</translation>
    </message>
    <message>
        <source>This can improve performance if X11 compositor supports it</source>
        <translation>X11コンポジターをサポートしている場合パフォーマンスを向上させることができます</translation>
    </message>
    <message>
        <source>This can improve performance. Some video drivers can crash when enabled.</source>
        <translation>ビデオドライバーがキャッシュを有効化している場合パフォーマンスを向上させることができます。</translation>
    </message>
    <message>
        <source>Use QOpenGLWidget (render-to-texture), also enable OpenGL for visualizations. Use with caution, it can reduce performance of video playback.</source>
        <translation>QOpenGLWidgetを使用すると視覚的にOpenGLを有効することもできます。注意して使用しないとパフォーマンスが低下する可能性があります。</translation>
    </message>
    <message>
        <source>Renderer:</source>
        <translation>レンダラー:</translation>
    </message>
    <message>
        <source>Renderer settings</source>
        <translation>レンダラー設定</translation>
    </message>
    <message>
        <source>Vulkan</source>
        <translation>Vulkan</translation>
    </message>
    <message>
        <source>Use GPU deinterlacing for CPU-decoded video</source>
        <translation>CPUデコードされたビデオにGPUデインターレースを使用する</translation>
    </message>
    <message>
        <source>High quality image scaling down</source>
        <translation>高解像度画像を縮小する</translation>
    </message>
    <message>
        <source>High quality image scaling up</source>
        <translation>高解像度画像を拡大する</translation>
    </message>
    <message>
        <source>Try to display BT.2020 videos in BT.2020 color space (experimental)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First available device</source>
        <translation>最初に利用可能なデバイス</translation>
    </message>
    <message>
        <source>No supported devices found</source>
        <translation>サポートされたデバイスが見つかりませんでした</translation>
    </message>
    <message>
        <source>Partially checked:
  - MAILBOX (tear-free) is the preferred present mode
  - FIFO (V-Sync) should not be used in windowed mode</source>
        <translation>部分的にチェック
  - メールボックス(ティアフリー)が現在推奨されるモードです
  - FIFO（垂直同期）はウィンドウモードでは使用しないでください</translation>
    </message>
    <message>
        <source>Allow for exclusive fullscreen. This can improve performance.</source>
        <translation>排他的なフルスクリーンを可能にする。パフォーマンスを向上させることができます。</translation>
    </message>
    <message>
        <source>Very slow if used with sharpness</source>
        <translatorcomment>意味不明なので修正お願い</translatorcomment>
        <translation>もし動作が遅いなら画像シャープ化と使うといい</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>デバイス:</translation>
    </message>
    <message>
        <source>Force Vulkan Yadif deinterlacing for all hardware decoders</source>
        <translation>すべてのハードウェアデコーダーに対してVulkan Yadifのインターレース解除を強制します</translation>
    </message>
    <message>
        <source>Force audio content to use the specified number of channels.
Partially checked only if the content has less channels than the specified value
	(e.g. upgrade mono to stereo but do not degrade quadrophonic to stereo)</source>
        <translation></translation>
    </message>
    <message>
        <source>Try to display HDR10 videos in HDR mode (experimental)</source>
        <translation></translation>
    </message>
    <message>
        <source>Low quality image scaling (nearest neighbor)</source>
        <translation></translation>
    </message>
    <message>
        <source>Useful for retro scaling. Can also be used for software Vulkan implementation to lower the CPU overhead.</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot change the directory</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose youtube-dl script or executable</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ShortcutHandler</name>
    <message>
        <source>Action</source>
        <translation>動作</translation>
    </message>
    <message>
        <source>Key sequence</source>
        <translation>キーシークエンス</translation>
    </message>
</context>
<context>
    <name>SimpleVisW</name>
    <message>
        <source>Simple visualization</source>
        <translation>シンプルな視覚化</translation>
    </message>
</context>
<context>
    <name>Sort</name>
    <message>
        <source>&amp;From the longest to the shortest</source>
        <translation>長→短(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Sort</source>
        <translation>並び替え(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;From the shortest to the longest</source>
        <translation>短→長(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;A-Z</source>
        <translation>&amp;A-Z</translation>
    </message>
    <message>
        <source>&amp;Z-A</source>
        <translation>&amp;Z-A</translation>
    </message>
</context>
<context>
    <name>StreamInfo</name>
    <message>
        <source>Date</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Album</source>
        <translation>アルバム</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artist</source>
        <translation>アーティスト</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>ジャンル</translation>
    </message>
    <message>
        <source>Lyrics</source>
        <translation>歌詞</translation>
    </message>
    <message>
        <source>DRC</source>
        <comment>Dynamic Range Compression</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Streams</name>
    <message>
        <source>&amp;Audio streams</source>
        <translation>オーディオ配信(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Video streams</source>
        <translation>ビデオ配信(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Subtitles streams</source>
        <translation>字幕配信(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Chapters</source>
        <translation>チャプター(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Programs</source>
        <translation>プログラム(&amp;P)</translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>None</source>
        <translation>無し</translation>
    </message>
    <message>
        <source>Album</source>
        <translation>アルバム</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>写真</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Load cover picture</source>
        <translation>カバー画像を読み込み</translation>
    </message>
    <message>
        <source>Add tags</source>
        <translation>タグを追加</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>カバー画像</translation>
    </message>
    <message>
        <source>Artist</source>
        <translation>アーティスト</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>トラック</translation>
    </message>
    <message>
        <source>Loading cover picture</source>
        <translation>カバー画像を読み込み</translation>
    </message>
    <message>
        <source>Save cover picture</source>
        <translation>カバー画像を保存</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>Género</translation>
    </message>
</context>
<context>
    <name>ToneGenerator</name>
    <message>
        <source>Hz</source>
        <translation>Hz</translation>
    </message>
    <message>
        <source>Tone generator</source>
        <translation>トーンジェネレーター</translation>
    </message>
</context>
<context>
    <name>Updater</name>
    <message>
        <source>Checking for updates</source>
        <translation>アップデートを確認中です</translation>
    </message>
    <message>
        <source>QMPlay2 updates</source>
        <translation>QMPlay2アップデートされました</translation>
    </message>
    <message>
        <source>The update has been downloaded</source>
        <translation>アップデートがダウンロードされました</translation>
    </message>
    <message>
        <source>No update available</source>
        <translation>有効なアップデートが見つかりません</translation>
    </message>
    <message>
        <source>Download update</source>
        <translation>アップデートをダウンロード</translation>
    </message>
    <message>
        <source>Application is up-to-date</source>
        <translation>アプリケーションは最新です</translation>
    </message>
    <message>
        <source>Error checking for updates</source>
        <translation>アップデートの確認ができませんでした</translation>
    </message>
    <message>
        <source>Error downloading the update</source>
        <translation>アップデートのダウンロードができませんでした</translation>
    </message>
    <message>
        <source>Apply update</source>
        <translation>アップデートの適用</translation>
    </message>
    <message>
        <source>Error creating update file</source>
        <translation>アップデートファイルの作成に失敗しました</translation>
    </message>
    <message>
        <source>This auto-update is ignored, press the button to update</source>
        <translation>この自動更新は無視されます。ボタンを押して更新してください</translation>
    </message>
    <message>
        <source>Update is available for QMPlay2!</source>
        <translation>QMPlay2のアップデートが利用可能です!</translation>
    </message>
    <message>
        <source>New QMPlay2 version: %1</source>
        <translation>新しいQMPlay2のバージョン: %1</translation>
    </message>
    <message>
        <source>Download page is in &quot;Help-&gt;About QMPlay2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VAAPI</name>
    <message>
        <source>Unsupported deinterlacing algorithm</source>
        <translation>サポートされていないインターレース解除アルゴリズム</translation>
    </message>
    <message>
        <source>Cannot open video filters</source>
        <translation>ビデオフィルターを開くことができません</translation>
    </message>
</context>
<context>
    <name>VFilters</name>
    <message>
        <source>Produce one extra frame which is average of two neighbour frames</source>
        <translation>２つの隣接フレームの平均から1つの追加フレームを生成します</translation>
    </message>
    <message>
        <source>Doubles the frame rate. Useful to get into the FreeSync range. This filter works with hardware-accelerated videos.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VideoAdjustmentW</name>
    <message>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <source>Brightness</source>
        <translation>輝度</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>コントラスト</translation>
    </message>
    <message>
        <source>Gamma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturation</source>
        <translation>彩度</translation>
    </message>
    <message>
        <source>Hue</source>
        <translation>色相</translation>
    </message>
    <message>
        <source>Sharpness</source>
        <translation>シャープネス</translation>
    </message>
    <message>
        <source>Gamma correction: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset video adjustments</source>
        <translation>ビデオ調整をリセットする</translation>
    </message>
    <message>
        <source>Brightness down</source>
        <translation>輝度を下げる</translation>
    </message>
    <message>
        <source>Brightness up</source>
        <translation>輝度を上げる</translation>
    </message>
    <message>
        <source>Contrast down</source>
        <translation>コントラストを下げる</translation>
    </message>
    <message>
        <source>Saturation down</source>
        <translation>彩度を上げる</translation>
    </message>
    <message>
        <source>Saturation up</source>
        <translation>彩度を上げる</translation>
    </message>
    <message>
        <source>Hue down</source>
        <translation>色相を下げる</translation>
    </message>
    <message>
        <source>Hue up</source>
        <translation>色相を上げる</translation>
    </message>
    <message>
        <source>Sharpness down</source>
        <translation>シャープネスを下げる</translation>
    </message>
    <message>
        <source>Sharpness up</source>
        <translation>シャープネスを上げる</translation>
    </message>
    <message>
        <source>Contrast up</source>
        <translation>コントラストを上げる</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gamma down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gamma up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable negative</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VideoDock</name>
    <message>
        <source>Video</source>
        <translation>ビデオ</translation>
    </message>
</context>
<context>
    <name>VideoFilters</name>
    <message>
        <source>&amp;Horizontal flip</source>
        <translation>水平フリップ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;More filters</source>
        <translation>他のフィルター(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Vertical flip</source>
        <translation>垂直フリップ(&amp;V)</translation>
    </message>
    <message>
        <source>Video &amp;filters</source>
        <translation>ビデオフィルター(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Rotate 90°</source>
        <translation>90°回転(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Spherical view</source>
        <translation>球面ビュー(&amp;S)</translation>
    </message>
    <message>
        <source>Video &amp;adjustment</source>
        <translation>ビデオ調整(&amp;A)</translation>
    </message>
</context>
<context>
    <name>VideoThr</name>
    <message>
        <source>Cannot initialize the deinterlacing filter</source>
        <translation>デインターレースフィルターの初期化に失敗しました</translation>
    </message>
    <message>
        <source>Error initializing filter</source>
        <translation>フィルターの初期化に失敗しました</translation>
    </message>
    <message>
        <source>Cannot create screenshot</source>
        <translation>スクリーンショットの作成に失敗しました</translation>
    </message>
    <message>
        <source>Screenshot saved as: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisWidget</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
</context>
<context>
    <name>VolWidget</name>
    <message>
        <source>Split channels</source>
        <translation>チャンネル分割</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <source>&amp;Widgets</source>
        <translation>ウィジェット(&amp;W)</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <source>&amp;Full screen</source>
        <translation>全画面(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation>ウィンドウ(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Compact view</source>
        <translation>コンパクトビュー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Always on top</source>
        <translation>常に最上面(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Hide on close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YouTube</name>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Search on YouTube</source>
        <translation>YouTubeで検索</translation>
    </message>
    <message>
        <source>Connection error</source>
        <translation>接続エラー</translation>
    </message>
    <message>
        <source>Playlist</source>
        <translation>プレイリスト</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>関連性</translation>
    </message>
    <message>
        <source>Upload date</source>
        <translation>最終更新日</translation>
    </message>
    <message>
        <source>View count</source>
        <translation>再生数</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>Sort search results by ...</source>
        <translation>検索結果の並び替え...</translation>
    </message>
    <message>
        <source>Preferred quality</source>
        <translation>解像度</translation>
    </message>
    <message>
        <source>Publish time</source>
        <translation>公開日</translation>
    </message>
</context>
<context>
    <name>YouTubeDL</name>
    <message>
        <source>&quot;youtube-dl&quot; has been successfully updated!</source>
        <translation>&quot;youtube-dl&quot;が正常に更新されました!</translation>
    </message>
    <message>
        <source>&quot;youtube-dl&quot; has been successfully downloaded!</source>
        <translation>&quot;youtube-dl&quot;が正常にダウロードされました!</translation>
    </message>
    <message>
        <source>Updating &quot;youtube-dl&quot;, please wait...</source>
        <translation>&quot;youdube-dl&quot;を更新しています。しばらくお待ち下さい...</translation>
    </message>
    <message>
        <source>&quot;youtube-dl&quot; update has been aborted!</source>
        <translation>&quot;youtube-dl&quot;の更新が中断されました!</translation>
    </message>
    <message>
        <source>Downloading &quot;youtube-dl&quot;, please wait...</source>
        <translation>&quot;youtube-dl&quot;をダウンロードしています。しばらくお待ち下さい...</translation>
    </message>
    <message>
        <source>&quot;youtube-dl&quot; download has been aborted!</source>
        <translation>&quot;youtube-dl&quot;のダウンロードは中止されました!</translation>
    </message>
    <message>
        <source>&quot;youtube-dl&quot; download has failed!</source>
        <translation>&quot;youtube-dl&quot;のダウンロードに失敗しました!</translation>
    </message>
</context>
<context>
    <name>Zoom</name>
    <message>
        <source>&amp;Zoom</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
