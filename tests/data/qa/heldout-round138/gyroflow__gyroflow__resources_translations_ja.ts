<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" sourcelanguage="en_US" language="ja">
  <context>
    <name>Advanced</name>
    <message>
      <location filename="../../src/ui/menu/Advanced.qml" line="9"/>
      <source>Advanced</source>
      <translation>詳細設定</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Advanced.qml" line="55"/>
      <source>Preview resolution</source>
      <translation>プレビュー解像度</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Advanced.qml" line="85"/>
      <source>Background mode</source>
      <translation>バックグランドの表示モード</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Advanced.qml" line="99"/>
      <source>Margin</source>
      <translation>拡大量</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Advanced.qml" line="115"/>
      <source>Feather</source>
      <translation>境界のぼかし</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Advanced.qml" line="134"/>
      <source>Render background</source>
      <translation>背景色を設定</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Advanced.qml" line="145"/>
      <source>Theme</source>
      <translation>テーマ</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Advanced.qml" line="172"/>
      <source>UI scaling</source>
      <translation>表示の拡大</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Advanced.qml" line="186"/>
      <source>Language</source>
      <translation>言語</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Advanced.qml" line="229"/>
      <source>Safe area guide</source>
      <translation>セーフエリアの表示</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Advanced.qml" line="230"/>
      <source>When FOV &gt; 1, show an rectangle simulating FOV = 1 over the preview video.
Note that this is only a visual indicator, it doesn&apos;t affect rendering.</source>
      <translation>FOV &gt; 1の場合、FOV = 1にあたる四角形をプレビュー映像の上に表示します。
これは視覚的なインジケータであり、レンダリング出力には影響しません。</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Advanced.qml" line="237"/>
      <source>Use GPU decoding</source>
      <translation>GPUデコーダを使用</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Advanced.qml" line="244"/>
      <source>Format for R3D conversion</source>
      <translation>R3D変換のフォーマット</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Advanced.qml" line="306"/>
      <source>Preview pipeline</source>
      <translation>プレビュー エンジン</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Advanced.qml" line="330"/>
      <source>Device for video processing</source>
      <translation>ビデオ処理用デバイス</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Advanced.qml" line="344"/>
      <source>CPU only</source>
      <translation>CPU のみ</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Advanced.qml" line="387"/>
      <source>Default file suffix</source>
      <translation>デフォルトのファイルサフィックス</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Advanced.qml" line="398"/>
      <source>Notification sounds</source>
      <translation>通知音</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Advanced.qml" line="403"/>
      <source>Reset all settings to default</source>
      <translation>すべての設定をデフォルトにリセット</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Advanced.qml" line="407"/>
      <source>Are you sure you want to clear all settings and restore the defaults?</source>
      <translation>すべての設定をデフォルトにリセットしてもよろしいですか？</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Advanced.qml" line="408"/>
      <source>Yes</source>
      <translation>はい</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Advanced.qml" line="416"/>
      <source>Settings cleared, please restart Gyroflow for the changes to take effect.</source>
      <translation>設定を消去しました。変更を有効にするにはGyroflowを再起動してください。</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Advanced.qml" line="417"/>
      <source>Exit</source>
      <translation>終了</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Advanced.qml" line="418"/>
      <source>Ok</source>
      <translation>OK</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Advanced.qml" line="421"/>
      <source>No</source>
      <translation>いいえ</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Advanced.qml" line="427"/>
      <source>Open data folder</source>
      <translation>データフォルダを開く</translation>
    </message>
  </context>
  <context>
    <name>AdvancedSection</name>
    <message>
      <location filename="../../src/ui/components/AdvancedSection.qml" line="16"/>
      <source>Advanced</source>
      <translation>詳細設定</translation>
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <location filename="../../src/ui/App.qml" line="106"/>
      <source>Choose a video file</source>
      <translation>ビデオファイルを選択</translation>
    </message>
    <message>
      <location filename="../../src/ui/App.qml" line="107"/>
      <source>Video files</source>
      <translation>ビデオファイル</translation>
    </message>
    <message>
      <location filename="../../src/ui/App.qml" line="211"/>
      <source>Output path:</source>
      <translation>出力先:</translation>
    </message>
    <message>
      <location filename="../../src/ui/App.qml" line="242"/>
      <source>Export</source>
      <translation>エクスポート</translation>
    </message>
    <message>
      <location filename="../../src/ui/App.qml" line="240"/>
      <source>Add to render queue</source>
      <translation>レンダリングキューに追加</translation>
    </message>
    <message>
      <location filename="../../src/ui/App.qml" line="298"/>
      <source>This format is not available for rendering.
The recommended workflow is to export project file and use one of [video editor plugins] (%1).</source>
      <translation>このフォーマットはレンダリングでは使用できません。
推奨されるワークフローは、プロジェクトファイルをエクスポートし、[動画編集プラグイン] (%1 ) のいずれかを使用することです。</translation>
    </message>
    <message>
      <location filename="../../src/ui/App.qml" line="336"/>
      <location filename="../../src/ui/App.qml" line="718"/>
      <source>Output file already exists, do you want to overwrite it?</source>
      <translation>同名のファイルが既に存在します。上書きしますか？</translation>
    </message>
    <message>
      <location filename="../../src/ui/App.qml" line="305"/>
      <location filename="../../src/ui/App.qml" line="313"/>
      <location filename="../../src/ui/App.qml" line="337"/>
      <source>Yes</source>
      <translation>はい</translation>
    </message>
    <message>
      <location filename="../../src/ui/App.qml" line="338"/>
      <location filename="../../src/ui/App.qml" line="790"/>
      <source>Rename</source>
      <translation>名前の変更</translation>
    </message>
    <message>
      <location filename="../../src/ui/App.qml" line="306"/>
      <location filename="../../src/ui/App.qml" line="314"/>
      <location filename="../../src/ui/App.qml" line="339"/>
      <source>No</source>
      <translation>いいえ</translation>
    </message>
    <message>
      <location filename="../../src/ui/App.qml" line="644"/>
      <location filename="../../src/ui/App.qml" line="651"/>
      <location filename="../../src/ui/App.qml" line="660"/>
      <source>Select file destination</source>
      <translation>ファイルの保存先を選択</translation>
    </message>
    <message>
      <location filename="../../src/ui/App.qml" line="240"/>
      <source>Save</source>
      <translation>保存 </translation>
    </message>
    <message>
      <location filename="../../src/ui/App.qml" line="304"/>
      <source>Lens profile is not loaded, your result will be incorrect. Are you sure you want to render this file?</source>
      <translation>レンズプロファイルが読み込まれていないので出力結果が悪くなります。このファイルをレンダリングしますか？</translation>
    </message>
    <message>
      <location filename="../../src/ui/App.qml" line="312"/>
      <source>There are no sync points present, your result will be incorrect. Are you sure you want to render this file?</source>
      <translation>同期ポイントが無いので出力結果が悪くなるかもしれません。このファイルをレンダリングしますか？</translation>
    </message>
    <message>
      <location filename="../../src/ui/App.qml" line="478"/>
      <source>Render queue</source>
      <translation>レンダーキュー</translation>
    </message>
    <message>
      <location filename="../../src/ui/App.qml" line="299"/>
      <location filename="../../src/ui/App.qml" line="348"/>
      <location filename="../../src/ui/App.qml" line="358"/>
      <location filename="../../src/ui/App.qml" line="365"/>
      <location filename="../../src/ui/App.qml" line="376"/>
      <location filename="../../src/ui/App.qml" line="440"/>
      <location filename="../../src/ui/App.qml" line="443"/>
      <location filename="../../src/ui/App.qml" line="608"/>
      <location filename="../../src/ui/App.qml" line="611"/>
      <source>Ok</source>
      <translation>OK</translation>
    </message>
    <message>
      <location filename="../../src/ui/App.qml" line="354"/>
      <source>Some AMD GPU encoders have a bug where it limits the bitrate to 20 Mbps, if the target bitrate is greater than 100 Mbps.

Please check the file bitrate after rendering and if you&apos;re affected by this bug, you can either:
- Set output bitrate to less than 100 Mbps
- Use &quot;Custom encoder options&quot;: `-rc cqp -qp_i 28 -qp_p 28`</source>
      <translation>AMD製GPUエンコーダーの一部には、ターゲットビットレートが100Mbpsを超える場合、ビットレートを20Mbpsに制限するバグがあります。

レンダリング後にファイルのビットレートを確認し、このバグの影響を受けている場合は、以下のいずれかを行ってください。
- 出力ビットレートを100Mbps未満に設定する。
- カスタムエンコーダオプションを使用する： `-rc cqp -qp_i 28 -qp_p 28`</translation>
    </message>
    <message>
      <location filename="../../src/ui/App.qml" line="771"/>
      <source>Saving...</source>
      <translation>保存中...</translation>
    </message>
    <message>
      <location filename="../../src/ui/App.qml" line="631"/>
      <source>There&apos;s a newer version available: %1.</source>
      <translation>新しいバージョン %1 が使用できます。</translation>
    </message>
    <message>
      <location filename="../../src/ui/App.qml" line="437"/>
      <location filename="../../src/ui/App.qml" line="448"/>
      <location filename="../../src/ui/App.qml" line="667"/>
      <source>Preset saved to %1</source>
      <translation>プリセットが %1に保存されました</translation>
    </message>
    <message>
      <location filename="../../src/ui/App.qml" line="632"/>
      <source>Download</source>
      <translation>ダウンロード</translation>
    </message>
    <message>
      <location filename="../../src/ui/App.qml" line="632"/>
      <source>Close</source>
      <translation>閉じる</translation>
    </message>
    <message>
      <location filename="../../src/ui/App.qml" line="786"/>
      <source>`.gyroflow` file already exists, what do you want to do?</source>
      <translation>`.gyroflow`ファイルは既に存在します。</translation>
    </message>
    <message>
      <location filename="../../src/ui/App.qml" line="787"/>
      <source>Overwrite</source>
      <translation>上書きする</translation>
    </message>
    <message>
      <location filename="../../src/ui/App.qml" line="805"/>
      <source>Choose a different location</source>
      <translation>別の場所を選択</translation>
    </message>
    <message>
      <location filename="../../src/ui/App.qml" line="450"/>
      <location filename="../../src/ui/App.qml" line="695"/>
      <location filename="../../src/ui/App.qml" line="810"/>
      <source>Cancel</source>
      <translation>キャンセル</translation>
    </message>
    <message>
      <location filename="../../src/ui/App.qml" line="238"/>
      <location filename="../../src/ui/App.qml" line="331"/>
      <location filename="../../src/ui/App.qml" line="334"/>
      <source>Added to queue</source>
      <translation>キューに追加しました</translation>
    </message>
    <message>
      <location filename="../../src/ui/App.qml" line="331"/>
      <source>file %1 will be overwritten</source>
      <translation>ファイル %1 は上書きされます</translation>
    </message>
    <message>
      <location filename="../../src/ui/App.qml" line="334"/>
      <source>file will be rendered to %1</source>
      <translation>ファイルは %1 にレンダリングされます</translation>
    </message>
    <message>
      <location filename="../../src/ui/App.qml" line="364"/>
      <source>Due to file access restrictions, you need to select the destination folder manually.
Click Ok and select the destination folder.</source>
      <translation>ファイルへのアクセス制限のため、手動で宛先フォルダを選択する必要があります。
OKをクリックして宛先フォルダを選択します。</translation>
    </message>
    <message>
      <location filename="../../src/ui/App.qml" line="375"/>
      <source>Keep this app in the foreground and don&apos;t lock the screen.
Due to limitations of the system video encoders, rendering in the background is not supported.</source>
      <translation>このアプリを常にフォアグラウンドで実行します。また画面をロックしないでください。
システムのビデオエンコーダの制限により、バックグラウンドでのレンダリングはサポートされていません。</translation>
    </message>
    <message>
      <location filename="../../src/ui/App.qml" line="439"/>
      <source>Enter the name for the preset: </source>
      <translation>プリセットの名前を入力: </translation>
    </message>
    <message>
      <location filename="../../src/ui/App.qml" line="443"/>
      <source>Name cannot be empty.</source>
      <translation>名前は空にできません</translation>
    </message>
    <message>
      <location filename="../../src/ui/App.qml" line="674"/>
      <source>An error occured: %1</source>
      <translation>エラーが発生しました: %1</translation>
    </message>
    <message>
      <location filename="../../src/ui/App.qml" line="675"/>
      <source>Gyroflow file exported to %1.</source>
      <translation>%1 にGyroflowファイルをエクスポートしました。</translation>
    </message>
    <message>
      <location filename="../../src/ui/App.qml" line="676"/>
      <source>--REPLACE_WITH_NATIVE_NAME_OF_YOUR_LANGUAGE_IN_YOUR_LANGUAGE--</source>
      <comment>Translate this to the native name of your language</comment>
      <translation>日本語</translation>
    </message>
    <message>
      <location filename="../../src/ui/App.qml" line="677"/>
      <source>Gyroflow will shut down the computer in 60 seconds because all tasks have been completed.</source>
      <translation>すべてのタスクが完了しました。60秒後にコンピュータをシャットダウンします。</translation>
    </message>
    <message>
      <location filename="../../src/ui/App.qml" line="678"/>
      <source>Gyroflow will reboot the computer in 60 seconds because all tasks have been completed.</source>
      <translation>すべてのタスクが完了しました。60秒後にコンピュータを再起動します。</translation>
    </message>
    <message>
      <location filename="../../src/ui/App.qml" line="689"/>
      <source>This encoder requires an external library licensed as GPL.
Do you agree with the [GPL license] and want to download the additional codec?</source>
      <translation>このエンコーダには外部ライブラリが GPL としてライセンスされている必要があります。
[GPL ライセンス] に同意して追加のコーデックをダウンロードしますか？</translation>
    </message>
    <message>
      <location filename="../../src/ui/App.qml" line="690"/>
      <source>Yes, I agree</source>
      <translation>はい、同意します。</translation>
    </message>
    <message>
      <location filename="../../src/ui/App.qml" line="705"/>
      <source>Permission denied. Unable to create or write file.
Change the output path or run the program as administrator.
Make sure you have write permissions to the target directory and make sure target file is not used by any other application.</source>
      <translation>ファイルの書き込み権限がありません。
保存先を変更するか、プログラムを管理者権限で実行してください。
保存先フォルダに書き込み権限があることを確認し、保存先のファイルが他のアプリケーションによって使用されていないことを確認してください。</translation>
    </message>
    <message>
      <location filename="../../src/ui/App.qml" line="706"/>
      <source>NVIDIA GPU driver is too old, GPU encoding will not work for this format.
Update your NVIDIA drivers to the newest version: %1.
If the issue is still present after driver update, your GPU probably doesn&apos;t support GPU encoding with this format. Disable GPU encoding in this case.</source>
      <translation>NVIDIA GPUドライバが古すぎるため、GPUエンコーディングはこのフォーマットでは動作しません。
NVIDIAドライバを最新バージョンに更新してください: %1
ドライバをアップデートしても問題が解決しない場合は、お使いのGPUがこのフォーマットのGPUエンコードをサポートしていない可能性があります。この場合GPUエンコードを無効にしてください。</translation>
    </message>
    <message>
      <location filename="../../src/ui/App.qml" line="715"/>
      <source>GPU accelerated encoder doesn&apos;t support this pixel format (%1).
Do you want to convert to a different supported pixel format or keep the original one and render on the CPU?</source>
      <translation>GPUエンコーダはこのピクセル形式をサポートしていません (%1)。
サポートされている別のピクセル形式に変換しますか、それともオリジナルのまま、CPUでレンダリングしますか？</translation>
    </message>
    <message>
      <location filename="../../src/ui/App.qml" line="721"/>
      <source>GPU encoder failed to initialize and rendering is done on the CPU, which is much slower.
If you have a modern device, latest GPU drivers and you think this shouldn&apos;t happen, report this on GitHub including gyroflow.log file.</source>
      <translation>GPUエンコーダの初期化に失敗したのでレンダリングはCPUのみで行われます。速度は遅くなります。
もし最新のデバイス、最新のGPUドライバをなのにこのようなことが起こるはずがないと思われる場合は、gyroflow.logファイルを含めてGitHubにご報告ください。</translation>
    </message>
    <message>
      <location filename="../../src/ui/App.qml" line="724"/>
      <source>Your GPU doesn&apos;t support H.265/HEVC encoding, try to use H.264/AVC or disable GPU encoding in Export settings.</source>
      <translation>お使いのGPUは HEVC/x265 エンコーディングをサポートしていません。エクスポート設定で x264 を使用するか、GPU エンコーディングを無効にしてください。</translation>
    </message>
    <message>
      <location filename="../../src/ui/App.qml" line="727"/>
      <source>GPU decoder failed to decode this file. Disable GPU decoding in &quot;Advanced&quot; and try again.</source>
      <translation>GPU デコーダーはこのファイルのデコードに失敗しました。 &quot;Advanced&quot; でGPU デコーディングを無効にして再試行してください。</translation>
    </message>
    <message>
      <location filename="../../src/ui/App.qml" line="730"/>
      <source>Make sure your output extension supports the selected codec. &quot;.mov&quot; should work in most cases.</source>
      <translation>出力する拡張子が選択したコーデックに対応していることを確認してください。“ .mov ” はほとんどの場合動作するはずです。</translation>
    </message>
    <message>
      <location filename="../../src/ui/App.qml" line="733"/>
      <source>Audio encoder couldn&apos;t process the input data. Try unchecking &quot;Export audio&quot; in Export settings.</source>
      <translation>オーディオエンコーダが入力データを処理できません。エクスポート設定で、「音声をエクスポート」のチェックを外してみてください。</translation>
    </message>
  </context>
  <context>
    <name>CalibrationTarget</name>
    <message>
      <location filename="../../src/ui/CalibrationTarget.qml" line="23"/>
      <source>Calibration target</source>
      <translation>キャリブレーションターゲット</translation>
    </message>
  </context>
  <context>
    <name>Calibrator</name>
    <message>
      <location filename="../../src/ui/Calibrator.qml" line="49"/>
      <source>Lens calibrator</source>
      <translation>レンズキャリブレーションツール</translation>
    </message>
    <message>
      <location filename="../../src/ui/Calibrator.qml" line="71"/>
      <location filename="../../src/ui/Calibrator.qml" line="99"/>
      <source>Ok</source>
      <translation>OK</translation>
    </message>
    <message>
      <location filename="../../src/ui/Calibrator.qml" line="140"/>
      <source>Choose a video file</source>
      <translation>ビデオファイルを選択</translation>
    </message>
    <message>
      <location filename="../../src/ui/Calibrator.qml" line="141"/>
      <source>Video files</source>
      <translation>ビデオファイル</translation>
    </message>
    <message>
      <location filename="../../src/ui/Calibrator.qml" line="114"/>
      <source>You selected multiple files. Do you want to process them automatically and export lens profiles?</source>
      <translation>複数のファイルを選択しました。これらを自動的に処理し、レンズプロファイルをエクスポートしますか？</translation>
    </message>
    <message>
      <location filename="../../src/ui/Calibrator.qml" line="80"/>
      <source>Pattern sharpness: %1</source>
      <translation>パターンのシャープ度: %1</translation>
    </message>
    <message>
      <location filename="../../src/ui/Calibrator.qml" line="96"/>
      <source>Some patterns were detected, but their average sharpness was &lt;b&gt;%1 px&lt;/b&gt; and max limit is &lt;b&gt;%2 px&lt;/b&gt;.</source>
      <translation>いくつかのパターンが検出されましたが、その平均シャープネスは &lt;b&gt;%1 px&lt;/b&gt; であり、最大制限は &lt;b&gt;%2 px&lt;/b&gt; です。</translation>
    </message>
    <message>
      <location filename="../../src/ui/Calibrator.qml" line="97"/>
      <source>No calibration patterns were detected.</source>
      <translation>キャリブレーションパターンが検出されませんでした。</translation>
    </message>
    <message>
      <location filename="../../src/ui/Calibrator.qml" line="98"/>
      <source>Make sure your calibration footage is as sharp as possible:
- Use high shutter speed
- Use good lighting
- Move the camera slowly
- Avoid motion blur
- Make sure the pattern stays in focus.

You can increase the sharpness limit in the Advanced section.</source>
      <translation>キャリブレーションには出来るだけシャープな動画が必要です。
- シャッタースピードを速くする
- 良い照明を使用する
- カメラをゆっくり動かす
- モーションブラーを避ける
- パターンにピントが合っていることを確認します。

シャープネスの上限は「高度な機能」で設定することができます。</translation>
    </message>
    <message>
      <location filename="../../src/ui/Calibrator.qml" line="115"/>
      <location filename="../../src/ui/Calibrator.qml" line="291"/>
      <source>Yes</source>
      <translation>はい</translation>
    </message>
    <message>
      <location filename="../../src/ui/Calibrator.qml" line="119"/>
      <location filename="../../src/ui/Calibrator.qml" line="292"/>
      <source>No</source>
      <translation>いいえ</translation>
    </message>
    <message>
      <location filename="../../src/ui/Calibrator.qml" line="265"/>
      <source>or</source>
      <translation>または</translation>
    </message>
    <message>
      <location filename="../../src/ui/Calibrator.qml" line="268"/>
      <source>Open calibration target</source>
      <translation>キャリブレーションターゲットを開く</translation>
    </message>
    <message>
      <location filename="../../src/ui/Calibrator.qml" line="274"/>
      <source>How to calibrate lens?</source>
      <translation>キャリブレーションの方法をサイトで確認する。</translation>
    </message>
    <message>
      <location filename="../../src/ui/Calibrator.qml" line="79"/>
      <source>%1 good frames</source>
      <translation>%1 個の正常フレーム</translation>
    </message>
    <message>
      <location filename="../../src/ui/Calibrator.qml" line="83"/>
      <source>Analyzing %1...</source>
      <translation>分析中 %1...</translation>
    </message>
    <message>
      <location filename="../../src/ui/Calibrator.qml" line="290"/>
      <source>Are you sure you want to close the calibrator?</source>
      <translation>キャリブレーターを閉じますか？</translation>
    </message>
  </context>
  <context>
    <name>DropTarget</name>
    <message>
      <location filename="../../src/ui/components/DropTarget.qml" line="20"/>
      <source>Drop file here</source>
      <translation>ここにファイルをドロップします</translation>
    </message>
  </context>
  <context>
    <name>Export</name>
    <message>
      <location filename="../../src/ui/menu/Export.qml" line="12"/>
      <source>Export settings</source>
      <translation>エクスポート設定</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Export.qml" line="305"/>
      <source>Output size</source>
      <translation>出力サイズ</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Export.qml" line="311"/>
      <source>Width</source>
      <translation>幅</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Export.qml" line="329"/>
      <source>Height</source>
      <translation>高さ</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Export.qml" line="361"/>
      <source>Lock aspect ratio</source>
      <translation>アスペクト比を固定</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Export.qml" line="373"/>
      <source>Output size preset</source>
      <translation>出力サイズのプリセット</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Export.qml" line="401"/>
      <source>Proportional</source>
      <translation>縦横比維持</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Export.qml" line="407"/>
      <source>Based on &quot;Max zoom&quot;</source>
      <translation>&quot;最大ズーム&quot; に基づいています</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Export.qml" line="458"/>
      <source>This resolution is not supported by the selected codec.</source>
      <translation>この解像度は選択したコーデックではサポートされていません。</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Export.qml" line="459"/>
      <source>Maximum supported resolution is %1.</source>
      <translation>サポートされている最大解像度は %1 です。</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Export.qml" line="465"/>
      <source>Resolution must be divisible by 2.</source>
      <translation>解像度は2で割り切れる必要があります。</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Export.qml" line="470"/>
      <source>Bitrate</source>
      <translation>ビットレート</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Export.qml" line="477"/>
      <source>Mbps</source>
      <translation>Mbps</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Export.qml" line="489"/>
      <source>Use GPU encoding</source>
      <translation>GPUエンコーダを使用</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Export.qml" line="498"/>
      <source>GPU encoders typically generate output of lower quality than software encoders, but are significantly faster.</source>
      <translation>GPUエンコーダは、一般的にソフトウェアエンコーダよりも低い品質の出力を生成しますが、大幅に高速化されます。</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Export.qml" line="499"/>
      <source>They require a higher bitrate to make output with the same perceptual quality, or they make output with a lower perceptual quality at the same bitrate.</source>
      <translation>同じ画質で出力するためにはより高いビットレートが必要です。
ビットレートが同じだと出力の画質が落ちます。</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Export.qml" line="500"/>
      <source>Uncheck this option for maximum possible quality.</source>
      <translation>可能な限り最高の品質を得るには、このオプションのチェックを外します。</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Export.qml" line="502"/>
      <source>GPU acceleration is not available for the pixel format of this video.</source>
      <translation>このビデオのピクセルフォーマットではGPUアクセラレーションは使用できません。</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Export.qml" line="506"/>
      <source>Export audio</source>
      <translation>音声をエクスポート</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Export.qml" line="510"/>
      <source>Audio export not available when changing video speed.</source>
      <translation>ビデオの速度を変更すると、オーディオのエクスポートはできません。</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Export.qml" line="517"/>
      <source>Custom encoder options</source>
      <translation>エンコーダのカスタムオプション</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Export.qml" line="540"/>
      <source>Show available options</source>
      <translation>クリックでオプション一覧を表示</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Export.qml" line="586"/>
      <source>Export trim ranges as separate videos</source>
      <translation>トリム範囲を別の動画としてエクスポート</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Export.qml" line="605"/>
      <source>Interpolation method</source>
      <translation>補間法</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Export.qml" line="669"/>
      <source>Preserve export settings</source>
      <translation>エクスポート設定を維持</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Export.qml" line="671"/>
      <source>Save output size and bitrate in settings and use it for all files.</source>
      <translation>出力サイズとビットレートを設定に保存し、すべてのファイルに使用します。</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Export.qml" line="682"/>
      <source>Preserve export path</source>
      <translation>エクスポートパスを維持</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Export.qml" line="684"/>
      <source>Save output path in settings and use it for all files.</source>
      <translation>出力パスを設定に保存し、すべてのファイルに使用する。</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Export.qml" line="695"/>
      <source>Use experimental Vulkan encoder (HEVC only)</source>
      <translation>実験的なVulkanエンコーダを使用 (HEVCのみ)</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Export.qml" line="704"/>
      <source>Use experimental D3D12 encoder (HEVC and AVC)</source>
      <translation>実験的なD3D12エンコーダを使用 (HEVCおよびAVC)</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Export.qml" line="426"/>
      <location filename="../../src/ui/menu/Export.qml" line="543"/>
      <source>Ok</source>
      <translation>OK</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Export.qml" line="382"/>
      <source>Edit sizes</source>
      <translation>サイズを編集</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Export.qml" line="386"/>
      <source>Original</source>
      <translation>オリジナル</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Export.qml" line="418"/>
      <source>You can edit the output size presets here:</source>
      <translation>出力サイズのプリセットはここで編集できます。</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Export.qml" line="419"/>
      <source>Save</source>
      <translation>保存</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Export.qml" line="426"/>
      <source>Invalid JSON format!</source>
      <translation>無効なJSON形式です！</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Export.qml" line="429"/>
      <source>Cancel</source>
      <translation>キャンセル</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Export.qml" line="550"/>
      <source>Metadata comment</source>
      <translation>メタデータのコメント</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Export.qml" line="558"/>
      <source>Keyframe distance</source>
      <translation>キーフレーム間隔</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Export.qml" line="567"/>
      <source>s</source>
      <translation>秒</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Export.qml" line="572"/>
      <source>Preserve other tracks</source>
      <translation>映像・音声以外の、他のトラックもエクスポートします</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Export.qml" line="574"/>
      <source>This disables trim range and you need to use the .mov output file extension</source>
      <translation>これによりトリム範囲が無効になり、出力ファイルの拡張子が.movになります</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Export.qml" line="579"/>
      <source>Use black frames outside trim range and keep original file duration</source>
      <translation>トリム範囲外で黒枠を使用し、オリジナルファイルの長さを維持します</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Export.qml" line="593"/>
      <source>Audio codec</source>
      <translation>音声コーデック</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Export.qml" line="616"/>
      <source>Device for rendering</source>
      <translation>レンダリングデバイス</translation>
    </message>
  </context>
  <context>
    <name>FrequencyChart</name>
    <message>
      <location filename="../../src/ui/components/FrequencyChart.qml" line="38"/>
      <source>%1 Hz</source>
      <translation>%1 Hz</translation>
    </message>
  </context>
  <context>
    <name>GridGuide</name>
    <message>
      <location filename="../../src/ui/components/GridGuide.qml" line="50"/>
      <source>Grid guide</source>
      <translation>グリッドガイド</translation>
    </message>
    <message>
      <location filename="../../src/ui/components/GridGuide.qml" line="51"/>
      <source>Disable</source>
      <translation>無効</translation>
    </message>
    <message>
      <location filename="../../src/ui/components/GridGuide.qml" line="51"/>
      <source>Enable</source>
      <translation>有効</translation>
    </message>
    <message>
      <location filename="../../src/ui/components/GridGuide.qml" line="54"/>
      <source>Color</source>
      <translation>色</translation>
    </message>
    <message>
      <location filename="../../src/ui/components/GridGuide.qml" line="55"/>
      <source>White</source>
      <translation>白色</translation>
    </message>
    <message>
      <location filename="../../src/ui/components/GridGuide.qml" line="56"/>
      <source>Black</source>
      <translation>黒色</translation>
    </message>
    <message>
      <location filename="../../src/ui/components/GridGuide.qml" line="60"/>
      <source>Lines</source>
      <translation>線</translation>
    </message>
  </context>
  <context>
    <name>LensCalibrate</name>
    <message>
      <location filename="../../src/ui/menu/LensCalibrate.qml" line="11"/>
      <source>Calibration</source>
      <translation>キャリブレーション</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/LensCalibrate.qml" line="168"/>
      <source>For a good lens calibration, this value should be less than 5, ideally less than 1.</source>
      <translation>適切なレンズキャリブレーションを行う場合、この値は5未満、理想的には1未満でなければなりません。</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/LensCalibrate.qml" line="185"/>
      <source>Auto calibrate</source>
      <translation>自動キャリブレーション</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/LensCalibrate.qml" line="197"/>
      <source>Max calibration points</source>
      <translation>最大キャリブレーションポイント</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/LensCalibrate.qml" line="146"/>
      <location filename="../../src/ui/menu/LensCalibrate.qml" line="307"/>
      <source>Export lens profile</source>
      <translation>レンズプロファイルをエクスポート</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/LensCalibrate.qml" line="147"/>
      <source>Lens profiles</source>
      <translation>レンズプロファイル</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/LensCalibrate.qml" line="151"/>
      <source>By uploading your lens profile to the database, you agree to publish and distribute it with Gyroflow under GPLv3 terms.
Do you want to submit your profile?</source>
      <translation>レンズプロファイルをデータベースにアップロードすることにより、GPLv3の条件に基づいてGyroflowで公開し配布することに同意するものとします。
プロファイルを送信しますか？</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/LensCalibrate.qml" line="152"/>
      <location filename="../../src/ui/menu/LensCalibrate.qml" line="473"/>
      <source>Yes</source>
      <translation>はい</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/LensCalibrate.qml" line="153"/>
      <location filename="../../src/ui/menu/LensCalibrate.qml" line="477"/>
      <source>No</source>
      <translation>いいえ</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/LensCalibrate.qml" line="258"/>
      <source>Invalid format</source>
      <translation>無効なフォーマット</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/LensCalibrate.qml" line="258"/>
      <source>Ok</source>
      <translation>OK</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/LensCalibrate.qml" line="320"/>
      <source>Upload lens profile to the database</source>
      <translation>レンズプロファイルをデータベースにアップロード</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/LensCalibrate.qml" line="326"/>
      <source>FOV</source>
      <translation>FOV</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/LensCalibrate.qml" line="339"/>
      <source>Analyze every n-th frame</source>
      <translation>n番目のフレーム毎に解析</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/LensCalibrate.qml" line="351"/>
      <source>Sharpness limit</source>
      <translation>シャープネスの上限</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/LensCalibrate.qml" line="360"/>
      <source>px</source>
      <translation>ピクセル</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/LensCalibrate.qml" line="368"/>
      <source>Digital lens</source>
      <translation>カメラによるデジタル処理</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/LensCalibrate.qml" line="429"/>
      <source>Input horizontal stretch</source>
      <translation>水平方向の伸縮</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/LensCalibrate.qml" line="446"/>
      <source>Input vertical stretch</source>
      <translation>垂直方向の伸縮</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/LensCalibrate.qml" line="472"/>
      <source>Do you want to update the output resolution to %1?</source>
      <translation>出力解像度を %1 に更新しますか？</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/LensCalibrate.qml" line="486"/>
      <source>Iterations</source>
      <translation>繰り返し</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/LensCalibrate.qml" line="498"/>
      <source>Low pass filter</source>
      <translation>ローパスフィルター</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/LensCalibrate.qml" line="507"/>
      <source>Hz</source>
      <translation>Hz</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/LensCalibrate.qml" line="522"/>
      <source>Focal length</source>
      <translation>焦点距離</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/LensCalibrate.qml" line="524"/>
      <source>Lens native focal length</source>
      <translation>レンズ本来の焦点距離</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/LensCalibrate.qml" line="528"/>
      <source>mm</source>
      <translation>mm</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/LensCalibrate.qml" line="537"/>
      <source>Crop factor</source>
      <translation>クロップ係数</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/LensCalibrate.qml" line="541"/>
      <source>x</source>
      <translation>x</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/LensCalibrate.qml" line="553"/>
      <source>Preview resolution</source>
      <translation>プレビュー解像度</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/LensCalibrate.qml" line="576"/>
      <source>Processing resolution</source>
      <translation>処理中の解像度</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/LensCalibrate.qml" line="599"/>
      <source>Lens calibration should be processed at full resolution or at least at 4k. Change this setting only if you know what you&apos;re doing.</source>
      <translation>レンズのキャリブレーションはフル解像度または少なくとも4kで処理する必要があります。あなたが何をしているか理解している場合にのみ、この設定を変更してください&apos;実行する</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/LensCalibrate.qml" line="602"/>
      <source>Lens is asymmetrical</source>
      <translation>レンズは非対称です</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/LensCalibrate.qml" line="609"/>
      <source>Sensor is global shutter</source>
      <translation>センサーはグローバルシャッターです</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/LensCalibrate.qml" line="616"/>
      <source>Plain chessboard pattern (previous version without dots in the middle)</source>
      <translation>無地チェスボードパターン (中央ドットがない旧バージョン)</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/LensCalibrate.qml" line="272"/>
      <source>Rolling shutter correction</source>
      <translation>ローリングシャッター補正</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/LensCalibrate.qml" line="282"/>
      <source>Frame readout time</source>
      <translation>フレーム読み出し時間</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/LensCalibrate.qml" line="289"/>
      <source>ms</source>
      <translation>ミリ秒</translation>
    </message>
  </context>
  <context>
    <name>LensProfile</name>
    <message>
      <location filename="../../src/ui/menu/LensProfile.qml" line="11"/>
      <source>Lens profile</source>
      <translation>レンズプロファイル</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/LensProfile.qml" line="39"/>
      <source>Choose a lens profile</source>
      <translation>レンズプロファイルを選択</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/LensProfile.qml" line="40"/>
      <source>Lens profiles</source>
      <translation>レンズプロファイル</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/LensProfile.qml" line="110"/>
      <source>Yes</source>
      <translation>はい</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/LensProfile.qml" line="201"/>
      <source>Search...</source>
      <translation>検索...</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/LensProfile.qml" line="224"/>
      <source>Open file</source>
      <translation>ファイルを開く</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/LensProfile.qml" line="229"/>
      <source>Create new</source>
      <translation>新規作成</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/LensProfile.qml" line="255"/>
      <source>Rate this profile: [Good] | [Bad]</source>
      <translation>このプロファイルを評価: [Good] | [Bad]</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/LensProfile.qml" line="257"/>
      <source>Thank you for rating this profile.</source>
      <translation>このプロファイルを評価していただきありがとうございます。</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/LensProfile.qml" line="287"/>
      <source>Lens profile aspect ratio doesn&apos;t match the file aspect ratio. The result will not look correct.</source>
      <translation>レンズプロファイルのアスペクト比がファイルのアスペクト比と一致していません。そのため正しく表示されません。&amp;apos</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/LensProfile.qml" line="288"/>
      <source>Lens profile dimensions don&apos;t match the file dimensions. The result may not look correct.</source>
      <translation>レンズプロファイルの画角がファイルの画角と一致していません。そのため正しく表示されないことがあります。</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/LensProfile.qml" line="298"/>
      <source>Advanced</source>
      <translation>詳細設定</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/LensProfile.qml" line="303"/>
      <source>Lens is under water</source>
      <translation>レンズは水面下です</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/LensProfile.qml" line="305"/>
      <source>Enable if you&apos;re filming under water. This will adjust the refraction coefficient.</source>
      <translation>水中で撮影している場合に有効にします。これは屈折係数を調整します。</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/LensProfile.qml" line="326"/>
      <source>Enable keyframing</source>
      <translation>キーフレームを有効にする</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/LensProfile.qml" line="339"/>
      <source>Add keyframe</source>
      <translation>キーフレームを追加</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/LensProfile.qml" line="409"/>
      <source>Export STMap</source>
      <translation>STMap形式でエクスポート</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/LensProfile.qml" line="415"/>
      <source>This file contains per-frame lens metadata. Do you want to export an STMap sequence or a single frame?</source>
      <translation>このファイルには、フレーム毎のレンズメタデータが含まれています。STMap シーケンスまたは単一のフレームをエクスポートしますか？</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/LensProfile.qml" line="416"/>
      <source>Single frame</source>
      <translation>シングルフレーム</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/LensProfile.qml" line="417"/>
      <source>STMap sequence</source>
      <translation>STMapシーケンス</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/LensProfile.qml" line="431"/>
      <source>Exporting %1...</source>
      <translation>エクスポート中... %1</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/LensProfile.qml" line="368"/>
      <source>Pixel focal length</source>
      <translation>ピクセルの焦点距離</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/LensProfile.qml" line="254"/>
      <source>This lens profile is unofficial, we can&apos;t guarantee its correctness. Use at your own risk.</source>
      <translation>このレンズプロファイルは非公式なものであり、その正しさを保証するものではありません。ご自身の責任でご利用ください。</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/LensProfile.qml" line="378"/>
      <source>Focal center</source>
      <translation>焦点中心</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/LensProfile.qml" line="388"/>
      <source>Distortion coefficients</source>
      <translation>歪み係数</translation>
    </message>
  </context>
  <context>
    <name>LensProfileSearchDelegate</name>
    <message>
      <location filename="../../src/ui/components/LensProfileSearchDelegate.qml" line="71"/>
      <source>preset</source>
      <translation>プリセット</translation>
    </message>
    <message>
      <location filename="../../src/ui/components/LensProfileSearchDelegate.qml" line="71"/>
      <source>official</source>
      <translation>公式</translation>
    </message>
  </context>
  <context>
    <name>LoaderOverlay</name>
    <message>
      <location filename="../../src/ui/components/LoaderOverlay.qml" line="104"/>
      <source> @ %1fps</source>
      <translation> @ %1fps</translation>
    </message>
    <message>
      <location filename="../../src/ui/components/LoaderOverlay.qml" line="105"/>
      <source>Elapsed: %1. Remaining: %2</source>
      <translation>経過: %1　残り: %2</translation>
    </message>
    <message>
      <location filename="../../src/ui/components/LoaderOverlay.qml" line="119"/>
      <source>Cancel</source>
      <translation>キャンセル</translation>
    </message>
    <message>
      <location filename="../../src/ui/components/LoaderOverlay.qml" line="139"/>
      <source>Hide</source>
      <translation>非表示</translation>
    </message>
  </context>
  <context>
    <name>Modal</name>
    <message>
      <location filename="../../src/ui/components/Modal.qml" line="200"/>
      <source>Troubleshooting</source>
      <translation>トラブルシューティング</translation>
    </message>
    <message>
      <location filename="../../src/ui/components/Modal.qml" line="212"/>
      <source>Don&apos;t show again</source>
      <translation>次回から確認しない</translation>
    </message>
    <message>
      <location filename="../../src/ui/components/Modal.qml" line="212"/>
      <source>Remember this choice</source>
      <translation>この選択を記憶する</translation>
    </message>
  </context>
  <context>
    <name>MotionData</name>
    <message>
      <location filename="../../src/ui/menu/MotionData.qml" line="11"/>
      <source>Motion data</source>
      <translation>モーションデータ</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/MotionData.qml" line="30"/>
      <source>Choose a motion data file</source>
      <translation>モーションデータファイルの選択</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/MotionData.qml" line="31"/>
      <source>Motion data files</source>
      <translation>モーションデータファイル</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/MotionData.qml" line="37"/>
      <source>Video file is not loaded.</source>
      <translation>ビデオファイルが読み込まれていません。</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/MotionData.qml" line="37"/>
      <source>Ok</source>
      <translation>OK</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/MotionData.qml" line="158"/>
      <source>Open file</source>
      <translation>ファイルを開く</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/MotionData.qml" line="166"/>
      <source>In order to detect multiple motion data files, click here and grant access to the directory with files.</source>
      <translation>複数のモーションデータファイルを検出するには、ここをクリックし、ファイルを含むディレクトリへのアクセスを許可します。</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/MotionData.qml" line="194"/>
      <source>Select log</source>
      <translation>ログを選択</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/MotionData.qml" line="212"/>
      <source>Load all metadata</source>
      <translation>全てのメタデータを読み込む</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/MotionData.qml" line="226"/>
      <source>Frame offset</source>
      <translation>フレームオフセット</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/MotionData.qml" line="233"/>
      <source>frames</source>
      <translation>フレーム</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/MotionData.qml" line="239"/>
      <source>Add or subtract frames from the video to align with motion data</source>
      <translation>モーションデータと一致するようにビデオからフレームを追加または減算する</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/MotionData.qml" line="247"/>
      <source>Low pass filter</source>
      <translation>ローパスフィルター</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/MotionData.qml" line="255"/>
      <source>Hz</source>
      <translation>Hz</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/MotionData.qml" line="260"/>
      <source>Lower cutoff frequency means more filtering</source>
      <translation>カットオフ周波数を下げると、より多くのフィルタリングが行われます</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/MotionData.qml" line="269"/>
      <source>Median filter</source>
      <translation>中央フィルター</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/MotionData.qml" line="277"/>
      <source>samples</source>
      <translation>サンプル</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/MotionData.qml" line="293"/>
      <source>Rotation</source>
      <translation>回転</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/MotionData.qml" line="310"/>
      <location filename="../../src/ui/menu/MotionData.qml" line="360"/>
      <source>Pitch</source>
      <translation>ピッチ</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/MotionData.qml" line="314"/>
      <source>Pitch is camera angle up/down when using FPV blackbox data</source>
      <translation>ピッチは、フライトコントローラーのブラックボックスデータを使用する時のカメラアングルです。</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/MotionData.qml" line="318"/>
      <location filename="../../src/ui/menu/MotionData.qml" line="368"/>
      <source>Roll</source>
      <translation>ロール</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/MotionData.qml" line="326"/>
      <location filename="../../src/ui/menu/MotionData.qml" line="376"/>
      <source>Yaw</source>
      <translation>ヨー</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/MotionData.qml" line="340"/>
      <source>Separate accelerometer rotation</source>
      <translation>加速度センサーとジャイロの向きを別々で設定します。</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/MotionData.qml" line="348"/>
      <source>Accelerometer rotation</source>
      <translation>加速度センサーの回転</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/MotionData.qml" line="386"/>
      <source>Gyro bias</source>
      <translation>ジャイロ偏位</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/MotionData.qml" line="398"/>
      <source>X</source>
      <translation>X</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/MotionData.qml" line="406"/>
      <source>Y</source>
      <translation>Y</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/MotionData.qml" line="414"/>
      <source>Z</source>
      <translation>Z</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/MotionData.qml" line="424"/>
      <source>IMU orientation</source>
      <translation>ジャイロの向き</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/MotionData.qml" line="431"/>
      <source>Uppercase is positive, lowercase is negative. eg. zYX</source>
      <translation>大文字が正、小文字が負です。[例: zYX]</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/MotionData.qml" line="437"/>
      <source>Integration method</source>
      <translation>積分方法</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/MotionData.qml" line="446"/>
      <source>Use built-in quaternions instead of IMU data</source>
      <translation>ジャイロデータの代わりに内蔵の四元数を使用する</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/MotionData.qml" line="446"/>
      <source>IMU integration method for calculating motion data</source>
      <translation>モーションデータを計算するための積分方法</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/MotionData.qml" line="462"/>
      <source>Orientation indicator</source>
      <translation>方向の表示</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/MotionData.qml" line="678"/>
      <source>Statistics</source>
      <translation>統計情報</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/MotionData.qml" line="686"/>
      <source>Export</source>
      <translation>エクスポート</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/MotionData.qml" line="697"/>
      <source>Select file destination</source>
      <translation>ファイルの保存先を選択</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/MotionData.qml" line="711"/>
      <source>Export camera data (CSV/JSON/USD/AE)</source>
      <translation>カメラデータをエクスポート (CSV/JSON/USD/AE)</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/MotionData.qml" line="760"/>
      <source>Which format do you want to use?</source>
      <translation>どのフォーマットを使用しますか？</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/MotionData.qml" line="765"/>
      <source>Cancel</source>
      <translation>キャンセル</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/MotionData.qml" line="777"/>
      <source>Export full metadata</source>
      <translation>メタデータを全てエクスポート</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/MotionData.qml" line="796"/>
      <source>Export parsed metadata</source>
      <translation>解析済みメタデータをエクスポート</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/MotionData.qml" line="814"/>
      <source>Export project file (including processed gyro data)</source>
      <translation>プロジェクト ファイルをエクスポート (処理済みジャイロ データを含む)</translation>
    </message>
  </context>
  <context>
    <name>NlePlugins</name>
    <message>
      <location filename="../../src/ui/menu/NlePlugins.qml" line="9"/>
      <source>Video editor plugins</source>
      <translation>ビデオエディタのプラグイン</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/NlePlugins.qml" line="25"/>
      <source>Select %1</source>
      <translation>%1 を選択</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/NlePlugins.qml" line="31"/>
      <location filename="../../src/ui/menu/NlePlugins.qml" line="77"/>
      <location filename="../../src/ui/menu/NlePlugins.qml" line="89"/>
      <location filename="../../src/ui/menu/NlePlugins.qml" line="117"/>
      <location filename="../../src/ui/menu/NlePlugins.qml" line="146"/>
      <location filename="../../src/ui/menu/NlePlugins.qml" line="154"/>
      <source>Ok</source>
      <translation>OK</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/NlePlugins.qml" line="31"/>
      <source>You selected the wrong folder.
Make sure to select %1.</source>
      <translation>間違ったフォルダを選択しました。
 %1を必ず選択してください。</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/NlePlugins.qml" line="77"/>
      <source>Unable to copy the plugin due to sandbox limitations.
Open &lt;b&gt;Terminal&lt;/b&gt; and enter the following command:</source>
      <translation>サンドボックスの制限のため、プラグインをコピーできません。
 &lt;b&gt;ターミナル&lt;/b&gt; を開き、次のコマンドを入力します。</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/NlePlugins.qml" line="110"/>
      <location filename="../../src/ui/menu/NlePlugins.qml" line="138"/>
      <source>Update</source>
      <translation>更新</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/NlePlugins.qml" line="110"/>
      <location filename="../../src/ui/menu/NlePlugins.qml" line="138"/>
      <source>Install</source>
      <translation>インストール</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/NlePlugins.qml" line="117"/>
      <location filename="../../src/ui/menu/NlePlugins.qml" line="154"/>
      <source>At the next prompt, click &lt;b&gt;&quot;Open&quot;&lt;/b&gt; to grant access to the %1 folder in order for Gyroflow to install the plugin.</source>
      <translation>次のプロンプトで、「開く」をクリックして、Gyroflowがプラグインをインストールするために%1フォルダへのアクセスを許可します。</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/NlePlugins.qml" line="146"/>
      <source>%1 folder doesn&apos;t exist.
Due to sandbox limitations, you have to create it yourself.
Open &lt;b&gt;Terminal&lt;/b&gt; and enter the following command:</source>
      <translation>%1フォルダが存在しません。
サンドボックスの制限により、自分で作成する必要があります。
&lt;b&gt;Terminal&lt;/b&gt; を開き、以下のコマンドを入力します：</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/NlePlugins.qml" line="148"/>
      <source>Cancel</source>
      <translation>キャンセル</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/NlePlugins.qml" line="167"/>
      <source>More information</source>
      <translation>詳細情報</translation>
    </message>
  </context>
  <context>
    <name>NumberField</name>
    <message>
      <location filename="../../src/ui/components/NumberField.qml" line="114"/>
      <source>Reset value</source>
      <translation>値をリセット</translation>
    </message>
    <message>
      <location filename="../../src/ui/components/NumberField.qml" line="121"/>
      <source>Enable keyframing</source>
      <translation>キーフレームを有効にする</translation>
    </message>
  </context>
  <context>
    <name>OutputPathField</name>
    <message>
      <location filename="../../src/ui/components/OutputPathField.qml" line="46"/>
      <source>[Selected folder]</source>
      <translation>[選択したフォルダ]</translation>
    </message>
    <message>
      <location filename="../../src/ui/components/OutputPathField.qml" line="112"/>
      <location filename="../../src/ui/components/OutputPathField.qml" line="122"/>
      <source>Select file destination</source>
      <translation>ファイルの保存先を選択</translation>
    </message>
    <message>
      <location filename="../../src/ui/components/OutputPathField.qml" line="113"/>
      <source>Video files</source>
      <translation>動画ファイル</translation>
    </message>
  </context>
  <context>
    <name>Popup</name>
    <message>
      <location filename="../../src/ui/App.qml" line="271"/>
      <source>Export</source>
      <translation>エクスポート</translation>
    </message>
    <message>
      <location filename="../../src/ui/App.qml" line="271"/>
      <source>Save</source>
      <translation>保存 </translation>
    </message>
    <message>
      <location filename="../../src/ui/App.qml" line="271"/>
      <source>Add to render queue</source>
      <translation>レンダリングキューに追加</translation>
    </message>
    <message>
      <location filename="../../src/ui/App.qml" line="272"/>
      <source>Create settings preset</source>
      <translation>プリセット設定の作成</translation>
    </message>
    <message>
      <location filename="../../src/ui/App.qml" line="273"/>
      <source>Apply selected settings to all items in the render queue</source>
      <translation>レンダリングキュー内のすべての項目に選択した設定を適用します</translation>
    </message>
    <message>
      <location filename="../../src/ui/App.qml" line="274"/>
      <source>Export project file (including gyro data)</source>
      <translation>プロジェクトファイルをエクスポート (ジャイロデータを含む)</translation>
    </message>
    <message>
      <location filename="../../src/ui/App.qml" line="275"/>
      <source>Export project file</source>
      <translation>プロジェクトファイルのエクスポート</translation>
    </message>
    <message>
      <location filename="../../src/ui/App.qml" line="277"/>
      <source>Save project file</source>
      <translation>プロジェクトファイルを保存</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Advanced.qml" line="59"/>
      <location filename="../../src/ui/menu/LensCalibrate.qml" line="557"/>
      <location filename="../../src/ui/menu/LensCalibrate.qml" line="579"/>
      <location filename="../../src/ui/menu/Synchronization.qml" line="314"/>
      <source>Full</source>
      <translation>全画面</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Advanced.qml" line="88"/>
      <source>Solid color</source>
      <translation>単色</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Advanced.qml" line="88"/>
      <source>Repeat edge pixels</source>
      <translation>エッジピクセルの繰返し</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Advanced.qml" line="88"/>
      <source>Mirror edge pixels</source>
      <translation>エッジピクセルの反転</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Advanced.qml" line="88"/>
      <source>Margin with feather</source>
      <translation>セーフエリア内を拡大して表示</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Advanced.qml" line="154"/>
      <source>Light</source>
      <translation>ライト</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Advanced.qml" line="154"/>
      <source>Dark</source>
      <translation>ダーク</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Advanced.qml" line="156"/>
      <source>Mobile Light</source>
      <translation>モバイル ライト</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Advanced.qml" line="157"/>
      <source>Mobile Dark</source>
      <translation>モバイル ダーク</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/MotionData.qml" line="200"/>
      <source>All logs combined</source>
      <translation>すべてのログを結合</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/MotionData.qml" line="443"/>
      <source>None</source>
      <translation>なし</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Stabilization.qml" line="214"/>
      <source>No smoothing</source>
      <translation>スムージングなし</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Stabilization.qml" line="215"/>
      <source>Default</source>
      <translation>デフォルトスムージング</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Stabilization.qml" line="216"/>
      <source>Plain 3D</source>
      <translation>プレーン3D</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Stabilization.qml" line="217"/>
      <source>Fixed camera</source>
      <translation>カメラの向きを固定</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Stabilization.qml" line="441"/>
      <source>No zooming</source>
      <translation>ズームしない</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Stabilization.qml" line="441"/>
      <source>Dynamic zooming</source>
      <translation>ダイナミックズーム</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Stabilization.qml" line="441"/>
      <source>Static zoom</source>
      <translation>固定ズーム</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Synchronization.qml" line="369"/>
      <source>rs-sync</source>
      <translation>ローリングシャッター同期</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Synchronization.qml" line="369"/>
      <source>Essential matrix</source>
      <translation>マトリックス</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Synchronization.qml" line="369"/>
      <source>Visual features</source>
      <translation>ビジュアル機能</translation>
    </message>
    <message>
      <location filename="../../src/ui/RenderQueue.qml" line="758"/>
      <source>Do nothing</source>
      <translation>何もしない</translation>
    </message>
    <message>
      <location filename="../../src/ui/RenderQueue.qml" line="759"/>
      <source>Shut down the computer</source>
      <translation>コンピューターをシャットダウンする</translation>
    </message>
    <message>
      <location filename="../../src/ui/RenderQueue.qml" line="760"/>
      <source>Restart the computer</source>
      <translation>コンピューターを再起動する</translation>
    </message>
    <message>
      <location filename="../../src/ui/RenderQueue.qml" line="761"/>
      <source>Sleep</source>
      <translation>スリープ</translation>
    </message>
    <message>
      <location filename="../../src/ui/RenderQueue.qml" line="762"/>
      <source>Hibernate</source>
      <translation>休止</translation>
    </message>
    <message>
      <location filename="../../src/ui/RenderQueue.qml" line="763"/>
      <source>Logout</source>
      <translation>ログアウト</translation>
    </message>
    <message>
      <location filename="../../src/ui/RenderQueue.qml" line="764"/>
      <source>Close Gyroflow</source>
      <translation>ジャイロフローを終了</translation>
    </message>
  </context>
  <context>
    <name>ReadoutDirection</name>
    <message>
      <location filename="../../src/ui/components/ReadoutDirection.qml" line="57"/>
      <source>Frame readout direction: %1</source>
      <translation>フレーム読み出し方向: %1</translation>
    </message>
    <message>
      <location filename="../../src/ui/components/ReadoutDirection.qml" line="57"/>
      <source>Top to bottom</source>
      <translation>上から下</translation>
    </message>
    <message>
      <location filename="../../src/ui/components/ReadoutDirection.qml" line="57"/>
      <source>Bottom to top</source>
      <translation>下から上</translation>
    </message>
    <message>
      <location filename="../../src/ui/components/ReadoutDirection.qml" line="57"/>
      <source>Left to right</source>
      <translation>左から右</translation>
    </message>
    <message>
      <location filename="../../src/ui/components/ReadoutDirection.qml" line="57"/>
      <source>Right to left</source>
      <translation>右から左</translation>
    </message>
  </context>
  <context>
    <name>RenderQueue</name>
    <message>
      <location filename="../../src/ui/RenderQueue.qml" line="214"/>
      <source>Pause</source>
      <translation>一時停止</translation>
    </message>
    <message>
      <location filename="../../src/ui/RenderQueue.qml" line="41"/>
      <source>Render queue</source>
      <translation>レンダリングキュー</translation>
    </message>
    <message>
      <location filename="../../src/ui/RenderQueue.qml" line="766"/>
      <source>When rendering is finished: %1</source>
      <translation>レンダリングが完了: %1</translation>
    </message>
    <message>
      <location filename="../../src/ui/RenderQueue.qml" line="90"/>
      <location filename="../../src/ui/RenderQueue.qml" line="614"/>
      <source> @ %1fps</source>
      <translation> @ %1fps</translation>
    </message>
    <message>
      <location filename="../../src/ui/RenderQueue.qml" line="101"/>
      <source>Elapsed: %1</source>
      <translation>経過: %1</translation>
    </message>
    <message>
      <location filename="../../src/ui/RenderQueue.qml" line="117"/>
      <source>Remaining: %1</source>
      <translation>残り: %1</translation>
    </message>
    <message>
      <location filename="../../src/ui/RenderQueue.qml" line="139"/>
      <location filename="../../src/ui/RenderQueue.qml" line="167"/>
      <location filename="../../src/ui/RenderQueue.qml" line="256"/>
      <location filename="../../src/ui/RenderQueue.qml" line="722"/>
      <source>Ok</source>
      <translation>OK</translation>
    </message>
    <message>
      <location filename="../../src/ui/RenderQueue.qml" line="151"/>
      <source>Rendering %1...</source>
      <translation>レンダリング中 %1...</translation>
    </message>
    <message>
      <location filename="../../src/ui/RenderQueue.qml" line="151"/>
      <source>Converting to %1 %2...</source>
      <translation>%1 %2 に変換中...</translation>
    </message>
    <message>
      <location filename="../../src/ui/RenderQueue.qml" line="169"/>
      <source>Rendering completed. The file was written to: %1.</source>
      <translation>レンダリングが完了しました。ファイルは %1 に保存されました。</translation>
    </message>
    <message>
      <location filename="../../src/ui/RenderQueue.qml" line="162"/>
      <location filename="../../src/ui/RenderQueue.qml" line="652"/>
      <source>Open rendered file</source>
      <translation>レンダリングされたファイルを開く</translation>
    </message>
    <message>
      <location filename="../../src/ui/RenderQueue.qml" line="165"/>
      <location filename="../../src/ui/RenderQueue.qml" line="658"/>
      <source>Open file location</source>
      <translation>ファイルのある場所を開く</translation>
    </message>
    <message>
      <location filename="../../src/ui/RenderQueue.qml" line="184"/>
      <location filename="../../src/ui/RenderQueue.qml" line="484"/>
      <source>Render using CPU</source>
      <translation>CPUだけでレンダリング</translation>
    </message>
    <message>
      <location filename="../../src/ui/RenderQueue.qml" line="191"/>
      <source>Cancel</source>
      <translation>キャンセル</translation>
    </message>
    <message>
      <location filename="../../src/ui/RenderQueue.qml" line="193"/>
      <source>GPU accelerated encoder doesn&apos;t support this pixel format (%1).
Do you want to convert to a different supported pixel format or keep the original one and render on the CPU?</source>
      <translation>GPUエンコーダはこのピクセル形式をサポートしていません (%1)。
サポートされている別のピクセル形式に変換しますか、それともオリジナルのまま、CPUでレンダリングしますか？</translation>
    </message>
    <message>
      <location filename="../../src/ui/RenderQueue.qml" line="212"/>
      <source>Start exporting</source>
      <translation>エクスポートの開始</translation>
    </message>
    <message>
      <location filename="../../src/ui/RenderQueue.qml" line="213"/>
      <source>Resume</source>
      <translation>再開する</translation>
    </message>
    <message>
      <location filename="../../src/ui/RenderQueue.qml" line="252"/>
      <source>You have unfinished tasks in the render queue.</source>
      <translation>レンダリングキューに未処理のタスクがあります。</translation>
    </message>
    <message>
      <location filename="../../src/ui/RenderQueue.qml" line="253"/>
      <source>Open render queue</source>
      <translation>レンダリングキューを開く</translation>
    </message>
    <message>
      <location filename="../../src/ui/RenderQueue.qml" line="376"/>
      <source>Render now</source>
      <translation>今すぐレンダリング</translation>
    </message>
    <message>
      <location filename="../../src/ui/RenderQueue.qml" line="382"/>
      <source>Edit</source>
      <translation>編集</translation>
    </message>
    <message>
      <location filename="../../src/ui/RenderQueue.qml" line="394"/>
      <source>Move up</source>
      <translation>上へ</translation>
    </message>
    <message>
      <location filename="../../src/ui/RenderQueue.qml" line="399"/>
      <source>Move down</source>
      <translation>下へ</translation>
    </message>
    <message>
      <location filename="../../src/ui/RenderQueue.qml" line="404"/>
      <source>Reset status</source>
      <translation>ステータスのリセット</translation>
    </message>
    <message>
      <location filename="../../src/ui/RenderQueue.qml" line="404"/>
      <source>Stop</source>
      <translation>停止</translation>
    </message>
    <message>
      <location filename="../../src/ui/RenderQueue.qml" line="472"/>
      <source>Missing required components.</source>
      <translation>必要なコンポーネントがありません。</translation>
    </message>
    <message>
      <location filename="../../src/ui/RenderQueue.qml" line="497"/>
      <location filename="../../src/ui/RenderQueue.qml" line="859"/>
      <source>Yes</source>
      <translation>はい</translation>
    </message>
    <message>
      <location filename="../../src/ui/RenderQueue.qml" line="498"/>
      <source>Rename</source>
      <translation>名前の変更</translation>
    </message>
    <message>
      <location filename="../../src/ui/RenderQueue.qml" line="499"/>
      <location filename="../../src/ui/RenderQueue.qml" line="860"/>
      <source>No</source>
      <translation>いいえ</translation>
    </message>
    <message>
      <location filename="../../src/ui/RenderQueue.qml" line="581"/>
      <source>ETA %1</source>
      <translation>残り：%1</translation>
    </message>
    <message>
      <location filename="../../src/ui/RenderQueue.qml" line="582"/>
      <source>Synchronizing: %1</source>
      <translation>同期中: %1</translation>
    </message>
    <message>
      <location filename="../../src/ui/RenderQueue.qml" line="583"/>
      <source>Rendering: %1</source>
      <translation>レンダリング中 %1</translation>
    </message>
    <message>
      <location filename="../../src/ui/RenderQueue.qml" line="721"/>
      <source>Due to file access restrictions, you need to select the destination folder manually.
Click Ok and select the destination folder.</source>
      <translation>ファイルへのアクセス制限のため、手動で保存先フォルダを選択する必要があります。
OKをクリックして保存先フォルダを選択します。</translation>
    </message>
    <message>
      <location filename="../../src/ui/RenderQueue.qml" line="787"/>
      <source>Queue settings</source>
      <translation>キューの設定</translation>
    </message>
    <message>
      <location filename="../../src/ui/RenderQueue.qml" line="826"/>
      <source>Number of parallel renders</source>
      <translation>並列レンダリング数</translation>
    </message>
    <message>
      <location filename="../../src/ui/RenderQueue.qml" line="837"/>
      <source>Default overwrite action</source>
      <translation>既定の上書き動作</translation>
    </message>
    <message>
      <location filename="../../src/ui/RenderQueue.qml" line="838"/>
      <source>Ask</source>
      <translation>尋ねる</translation>
    </message>
    <message>
      <location filename="../../src/ui/RenderQueue.qml" line="840"/>
      <source>Overwrite file</source>
      <translation>ファイルを上書き</translation>
    </message>
    <message>
      <location filename="../../src/ui/RenderQueue.qml" line="841"/>
      <source>Rename file</source>
      <translation>ファイル名の変更</translation>
    </message>
    <message>
      <location filename="../../src/ui/RenderQueue.qml" line="842"/>
      <source>Skip file</source>
      <translation>スキップ</translation>
    </message>
    <message>
      <location filename="../../src/ui/RenderQueue.qml" line="847"/>
      <source>Export mode</source>
      <translation>エクスポートモード</translation>
    </message>
    <message>
      <location filename="../../src/ui/RenderQueue.qml" line="848"/>
      <source>Stabilized video</source>
      <translation>スタビライズビデオ</translation>
    </message>
    <message>
      <location filename="../../src/ui/RenderQueue.qml" line="849"/>
      <source>Project file</source>
      <translation>プロジェクトファイル</translation>
    </message>
    <message>
      <location filename="../../src/ui/RenderQueue.qml" line="850"/>
      <source>Project file (including gyro data)</source>
      <translation>プロジェクトファイル（ジャイロデータを含む）</translation>
    </message>
    <message>
      <location filename="../../src/ui/RenderQueue.qml" line="851"/>
      <source>Project file (including processed gyro data)</source>
      <translation>プロジェクト ファイル（処理済みジャイロ データを含む）</translation>
    </message>
    <message>
      <location filename="../../src/ui/RenderQueue.qml" line="852"/>
      <source>Stabilized video + Project file with gyro data</source>
      <translation>スタビライズ済みビデオ＋プロジェクトファイル（ジャイロデータ付）</translation>
    </message>
    <message>
      <location filename="../../src/ui/RenderQueue.qml" line="856"/>
      <source>Show queue when adding an item</source>
      <translation>アイテム追加時にキューを表示</translation>
    </message>
    <message>
      <location filename="../../src/ui/RenderQueue.qml" line="857"/>
      <source>Clear render queue</source>
      <translation>レンダリングキューをクリア</translation>
    </message>
    <message>
      <location filename="../../src/ui/RenderQueue.qml" line="858"/>
      <source>Are you sure you want to remove all items from the render queue?</source>
      <translation>レンダーキューからすべてのアイテムを削除してよろしいですか？</translation>
    </message>
    <message>
      <location filename="../../src/ui/RenderQueue.qml" line="494"/>
      <location filename="../../src/ui/RenderQueue.qml" line="499"/>
      <source>Output file already exists.</source>
      <translation>ファイルは既に存在します</translation>
    </message>
    <message>
      <location filename="../../src/ui/RenderQueue.qml" line="618"/>
      <source>Synchronizing...</source>
      <translation>同期中...</translation>
    </message>
    <message>
      <location filename="../../src/ui/RenderQueue.qml" line="619"/>
      <source>Elapsed: %1. Remaining: %2</source>
      <translation>経過: %1残り: %2</translation>
    </message>
    <message>
      <location filename="../../src/ui/RenderQueue.qml" line="662"/>
      <source>Remove</source>
      <translation>削除</translation>
    </message>
    <message>
      <location filename="../../src/ui/RenderQueue.qml" line="585"/>
      <source>Save to: %1</source>
      <translation>保存済み: %1</translation>
    </message>
    <message>
      <location filename="../../src/ui/RenderQueue.qml" line="586"/>
      <source>Export settings: %1</source>
      <translation>エクスポート設定: %1</translation>
    </message>
  </context>
  <context>
    <name>SettingsSelector</name>
    <message>
      <location filename="../../src/ui/SettingsSelector.qml" line="72"/>
      <source>Select settings you want to include in the preset</source>
      <translation>プリセットに含めたい設定を選択</translation>
    </message>
    <message>
      <location filename="../../src/ui/SettingsSelector.qml" line="73"/>
      <source>Select settings you want to apply to all items in the render queue</source>
      <translation>レンダリングキュー内のすべてのアイテムに適用したい設定を選択します</translation>
    </message>
    <message>
      <location filename="../../src/ui/SettingsSelector.qml" line="74"/>
      <source>Select fields to include in the exported file</source>
      <translation>エクスポートするファイルに含めるフィールドを選択</translation>
    </message>
    <message>
      <location filename="../../src/ui/SettingsSelector.qml" line="96"/>
      <source>Video</source>
      <translation>動画</translation>
    </message>
    <message>
      <location filename="../../src/ui/SettingsSelector.qml" line="97"/>
      <location filename="../../src/ui/SettingsSelector.qml" line="103"/>
      <source>Rotation</source>
      <translation>回転</translation>
    </message>
    <message>
      <location filename="../../src/ui/SettingsSelector.qml" line="98"/>
      <source>Frame rate</source>
      <translation>フレームレート</translation>
    </message>
    <message>
      <location filename="../../src/ui/SettingsSelector.qml" line="99"/>
      <source>Lens profile</source>
      <translation>レンズプロファイル</translation>
    </message>
    <message>
      <location filename="../../src/ui/SettingsSelector.qml" line="100"/>
      <source>Motion data</source>
      <translation>モーションデータ</translation>
    </message>
    <message>
      <location filename="../../src/ui/SettingsSelector.qml" line="101"/>
      <source>Low pass filter</source>
      <translation>ローパスフィルター</translation>
    </message>
    <message>
      <location filename="../../src/ui/SettingsSelector.qml" line="102"/>
      <source>Median filter</source>
      <translation>中央フィルター</translation>
    </message>
    <message>
      <location filename="../../src/ui/SettingsSelector.qml" line="104"/>
      <source>Gyro bias</source>
      <translation>ジャイロ偏位</translation>
    </message>
    <message>
      <location filename="../../src/ui/SettingsSelector.qml" line="105"/>
      <source>IMU orientation</source>
      <translation>ジャイロの向き</translation>
    </message>
    <message>
      <location filename="../../src/ui/SettingsSelector.qml" line="106"/>
      <source>Integration method</source>
      <translation>積分方法</translation>
    </message>
    <message>
      <location filename="../../src/ui/SettingsSelector.qml" line="107"/>
      <source>Trim range</source>
      <translation>トリム範囲</translation>
    </message>
    <message>
      <location filename="../../src/ui/SettingsSelector.qml" line="108"/>
      <source>Offsets</source>
      <translation>オフセット</translation>
    </message>
    <message>
      <location filename="../../src/ui/SettingsSelector.qml" line="109"/>
      <source>Keyframes</source>
      <translation>キーフレーム</translation>
    </message>
    <message>
      <location filename="../../src/ui/SettingsSelector.qml" line="110"/>
      <source>Synchronization</source>
      <translation>同期</translation>
    </message>
    <message>
      <location filename="../../src/ui/SettingsSelector.qml" line="111"/>
      <source>Rough gyro offset</source>
      <translation>おおまかなジャイロデータとのオフセット</translation>
    </message>
    <message>
      <location filename="../../src/ui/SettingsSelector.qml" line="112"/>
      <source>Sync search size</source>
      <translation>同期点を検索する範囲</translation>
    </message>
    <message>
      <location filename="../../src/ui/SettingsSelector.qml" line="113"/>
      <source>Max sync points</source>
      <translation>同期ポイントの最大数</translation>
    </message>
    <message>
      <location filename="../../src/ui/SettingsSelector.qml" line="114"/>
      <source>Do autosync</source>
      <translation>自動同期を行う</translation>
    </message>
    <message>
      <location filename="../../src/ui/SettingsSelector.qml" line="116"/>
      <source>Stabilization</source>
      <translation>スタビライゼーション</translation>
    </message>
    <message>
      <location filename="../../src/ui/SettingsSelector.qml" line="117"/>
      <source>FOV</source>
      <translation>FOV</translation>
    </message>
    <message>
      <location filename="../../src/ui/SettingsSelector.qml" line="118"/>
      <source>Smoothing params</source>
      <translation>スムージングパラメータ</translation>
    </message>
    <message>
      <location filename="../../src/ui/SettingsSelector.qml" line="119"/>
      <source>Horizon lock</source>
      <translation>水平線ロック</translation>
    </message>
    <message>
      <location filename="../../src/ui/SettingsSelector.qml" line="120"/>
      <source>Rolling shutter correction</source>
      <translation>ローリングシャッター補正</translation>
    </message>
    <message>
      <location filename="../../src/ui/SettingsSelector.qml" line="121"/>
      <location filename="../../src/ui/SettingsSelector.qml" line="137"/>
      <source>Zooming</source>
      <translation>ズーム</translation>
    </message>
    <message>
      <location filename="../../src/ui/SettingsSelector.qml" line="122"/>
      <source>Lens correction strength</source>
      <translation>レンズ補正強度</translation>
    </message>
    <message>
      <location filename="../../src/ui/SettingsSelector.qml" line="123"/>
      <source>Video speed</source>
      <translation>ビデオの速度</translation>
    </message>
    <message>
      <location filename="../../src/ui/SettingsSelector.qml" line="124"/>
      <source>Export settings</source>
      <translation>エクスポート設定</translation>
    </message>
    <message>
      <location filename="../../src/ui/SettingsSelector.qml" line="125"/>
      <source>Codec</source>
      <translation>コーデック</translation>
    </message>
    <message>
      <location filename="../../src/ui/SettingsSelector.qml" line="126"/>
      <source>Audio</source>
      <translation>音声</translation>
    </message>
    <message>
      <location filename="../../src/ui/SettingsSelector.qml" line="127"/>
      <source>Output path</source>
      <translation>出力先</translation>
    </message>
    <message>
      <location filename="../../src/ui/SettingsSelector.qml" line="128"/>
      <source>Output size</source>
      <translation>出力サイズ</translation>
    </message>
    <message>
      <location filename="../../src/ui/SettingsSelector.qml" line="135"/>
      <source>Original</source>
      <translation>オリジナル</translation>
    </message>
    <message>
      <location filename="../../src/ui/SettingsSelector.qml" line="136"/>
      <source>Stabilized</source>
      <translation>スタビライズ済み</translation>
    </message>
    <message>
      <location filename="../../src/ui/SettingsSelector.qml" line="138"/>
      <source>Gyroscope</source>
      <translation>ジャイロ</translation>
    </message>
    <message>
      <location filename="../../src/ui/SettingsSelector.qml" line="139"/>
      <source>Accelerometer</source>
      <translation>加速度センサー</translation>
    </message>
    <message>
      <location filename="../../src/ui/SettingsSelector.qml" line="140"/>
      <source>Quaternion</source>
      <translation>クォータニオン</translation>
    </message>
    <message>
      <location filename="../../src/ui/SettingsSelector.qml" line="141"/>
      <source>Euler angles</source>
      <translation>オイラー角</translation>
    </message>
    <message>
      <location filename="../../src/ui/SettingsSelector.qml" line="142"/>
      <source>Minimal FOV scale</source>
      <translation>最小FOVスケール</translation>
    </message>
    <message>
      <location filename="../../src/ui/SettingsSelector.qml" line="143"/>
      <source>Smoothed FOV scale</source>
      <translation>スムーズなFOVスケール</translation>
    </message>
    <message>
      <location filename="../../src/ui/SettingsSelector.qml" line="144"/>
      <source>Focal length (if available)</source>
      <translation>焦点距離 (利用可能な場合)</translation>
    </message>
    <message>
      <location filename="../../src/ui/SettingsSelector.qml" line="222"/>
      <source>Hint: You can have your presets in the lens profile search box, if you save your preset (`.gyroflow` file) in the directory with lens profiles.</source>
      <translation>ヒント: プリセット(”.gyroflow”ファイル)をレンズプロファイルのディレクトリに保存すると、レンズプロファイル検索ボックスに作成したプリセットを保存できます。</translation>
    </message>
    <message>
      <location filename="../../src/ui/SettingsSelector.qml" line="223"/>
      <source>You can also save your preset as `default.gyroflow` in the directory with lens profiles and it will be always applied to every loaded video file (also in plugins).</source>
      <translation>プリセットを ”default.gyroflow” としてレンズプロファイルのディレクトリに保存することもできます。こうすると常に読み込まれたすべてのビデオファイルに適用されます。（プラグインでも）</translation>
    </message>
    <message>
      <location filename="../../src/ui/SettingsSelector.qml" line="237"/>
      <source>Save to lens profile directory</source>
      <translation>レンズプロファイルディレクトリに保存する</translation>
    </message>
    <message>
      <location filename="../../src/ui/SettingsSelector.qml" line="241"/>
      <source>Save as default preset</source>
      <translation>既定のプリセットとして保存</translation>
    </message>
    <message>
      <location filename="../../src/ui/SettingsSelector.qml" line="233"/>
      <source>Save to file</source>
      <translation>ファイルへ保存</translation>
    </message>
    <message>
      <location filename="../../src/ui/SettingsSelector.qml" line="115"/>
      <location filename="../../src/ui/SettingsSelector.qml" line="129"/>
      <location filename="../../src/ui/SettingsSelector.qml" line="130"/>
      <source>Advanced</source>
      <translation>詳細設定</translation>
    </message>
    <message>
      <location filename="../../src/ui/SettingsSelector.qml" line="131"/>
      <source>Background</source>
      <translation>背景</translation>
    </message>
    <message>
      <location filename="../../src/ui/SettingsSelector.qml" line="132"/>
      <source>Playback speed</source>
      <translation>再生速度</translation>
    </message>
    <message>
      <location filename="../../src/ui/SettingsSelector.qml" line="133"/>
      <source>Playback mute status</source>
      <translation>再生のミュート状態</translation>
    </message>
    <message>
      <location filename="../../src/ui/SettingsSelector.qml" line="251"/>
      <source>Export all samples</source>
      <translation>全てのサンプルをエクスポート</translation>
    </message>
    <message>
      <location filename="../../src/ui/SettingsSelector.qml" line="255"/>
      <source>Export one sample per frame</source>
      <translation>フレームごとに1つのサンプルをエクスポート</translation>
    </message>
    <message>
      <location filename="../../src/ui/SettingsSelector.qml" line="268"/>
      <source>When exporting one sample per frame, it&apos;s the sample in the middle of the frame, and it ignores rolling shutter correction.</source>
      <translation>1フレームにつき1サンプルをエクスポートする場合、フレームの中央のサンプルとなり、ローリングシャッター補正は無視されます。</translation>
    </message>
    <message>
      <location filename="../../src/ui/SettingsSelector.qml" line="300"/>
      <source>Save</source>
      <translation>保存</translation>
    </message>
    <message>
      <location filename="../../src/ui/SettingsSelector.qml" line="300"/>
      <source>Apply</source>
      <translation>適用</translation>
    </message>
    <message>
      <location filename="../../src/ui/SettingsSelector.qml" line="300"/>
      <source>Cancel</source>
      <translation>キャンセル</translation>
    </message>
  </context>
  <context>
    <name>SliderWithField</name>
    <message>
      <location filename="../../src/ui/components/SliderWithField.qml" line="71"/>
      <source>Reset value</source>
      <translation>値をリセット</translation>
    </message>
    <message>
      <location filename="../../src/ui/components/SliderWithField.qml" line="80"/>
      <source>Enable keyframing</source>
      <translation>キーフレームを有効にする</translation>
    </message>
    <message>
      <location filename="../../src/ui/components/SliderWithField.qml" line="93"/>
      <source>Add keyframe</source>
      <translation>キーフレームを追加</translation>
    </message>
  </context>
  <context>
    <name>Stabilization</name>
    <message>
      <location filename="../../src/ui/menu/Stabilization.qml" line="10"/>
      <source>Stabilization</source>
      <translation>スタビライゼーション</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Stabilization.qml" line="219"/>
      <source>Pitch smoothness</source>
      <translation>ピッチの滑らかさ</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Stabilization.qml" line="220"/>
      <source>Yaw smoothness</source>
      <translation>ヨーの滑らかさ</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Stabilization.qml" line="221"/>
      <source>Roll smoothness</source>
      <translation>ロールの滑らかさ</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Stabilization.qml" line="222"/>
      <source>Smoothness</source>
      <translation>滑らかさ</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Stabilization.qml" line="223"/>
      <source>Per axis</source>
      <translation>軸ごとに設定する</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Stabilization.qml" line="224"/>
      <source>Max smoothness</source>
      <translation>滑らかさの上限</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Stabilization.qml" line="225"/>
      <source>Max smoothness at high velocity</source>
      <translation>高速域での滑らかさ</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Stabilization.qml" line="226"/>
      <source>Second smoothing pass</source>
      <translation>2番目のスムージングパス</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Stabilization.qml" line="227"/>
      <source>Only within trim range</source>
      <translation>トリム範囲内のみ</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Stabilization.qml" line="228"/>
      <source>Yaw angle correction</source>
      <translation>ヨーの角度補正</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Stabilization.qml" line="229"/>
      <source>Pitch angle correction</source>
      <translation>ピッチの角度補正</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Stabilization.qml" line="230"/>
      <location filename="../../src/ui/menu/Stabilization.qml" line="364"/>
      <source>Roll angle correction</source>
      <translation>ロールの角度補正</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Stabilization.qml" line="231"/>
      <source>Yaw angle</source>
      <translation>ヨー角</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Stabilization.qml" line="232"/>
      <source>Pitch angle</source>
      <translation>ピッチ角</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Stabilization.qml" line="233"/>
      <source>Roll angle</source>
      <translation>ロール角</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Stabilization.qml" line="515"/>
      <source>FOV is greater than 1.0, you may see black borders</source>
      <translation>FOVが1.0より大きい場合、黒い外枠が表示される場合があります</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Stabilization.qml" line="520"/>
      <source>FOV</source>
      <translation>FOV</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Stabilization.qml" line="636"/>
      <source>Link with zooming limit</source>
      <translation>ズーム制限とリンク</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Stabilization.qml" line="709"/>
      <source>Additional 3D rotation</source>
      <translation>追加の3D回転</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Stabilization.qml" line="713"/>
      <source>Pitch</source>
      <translation>ピッチ</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Stabilization.qml" line="718"/>
      <source>Yaw</source>
      <translation>ヨー</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Stabilization.qml" line="723"/>
      <source>Roll</source>
      <translation>ロール</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Stabilization.qml" line="730"/>
      <source>Additional 3D translation</source>
      <translation>追加の3D回転</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Stabilization.qml" line="745"/>
      <source>Z</source>
      <translation>Z</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Stabilization.qml" line="340"/>
      <source>Lock horizon</source>
      <translation>水平線をロック</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Stabilization.qml" line="345"/>
      <source>Lock amount</source>
      <comment>Horizon locking amount</comment>
      <translation>ロックの強度</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Stabilization.qml" line="353"/>
      <location filename="../../src/ui/menu/Stabilization.qml" line="682"/>
      <location filename="../../src/ui/menu/Stabilization.qml" line="699"/>
      <source>%</source>
      <translation>%</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Stabilization.qml" line="372"/>
      <source>°</source>
      <translation>°</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Stabilization.qml" line="380"/>
      <source>Use gravity vectors</source>
      <translation>重力ベクトルを使用</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Stabilization.qml" line="388"/>
      <source>Integration method</source>
      <translation>統合方法</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Stabilization.qml" line="398"/>
      <source>IMU integration method for keeping track of the horizon and adjust built-in quaternions</source>
      <translation>地平線を追跡し、組み込みのクォータニオンを調整するIMU統合方法</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Stabilization.qml" line="407"/>
      <source>If the horizon is not locked well, try a different integration method in the &quot;Motion data&quot; section.</source>
      <translation>水平線がうまくロックされていない場合は、[Motion data] セクションで別の統合方法を試してください。</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Stabilization.qml" line="428"/>
      <source>Max rotation: Pitch: %1, Yaw: %2, Roll: %3</source>
      <translation>最大角度: ピッチ: %1, ヨー: %2, ロール: %3</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Stabilization.qml" line="433"/>
      <source>Max zoom: %1</source>
      <translation>最大ズーム: %1</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Stabilization.qml" line="456"/>
      <source>Zoom limit</source>
      <translation>ズーム制限</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Stabilization.qml" line="459"/>
      <source>Zoom limit is calculated approximately.
If you need more accuracy, increase the number of iterations in &quot;Advanced&quot; below.</source>
      <translation>ズームリミットは概算で計算されます。
より精度が必要な場合は、 &quot;Advanced&quot; の反復回数を増やしてください。</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Stabilization.qml" line="475"/>
      <source>Zooming speed</source>
      <translation>ズーム時間（多いほど滑らか）</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Stabilization.qml" line="484"/>
      <source>s</source>
      <translation>秒</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Stabilization.qml" line="493"/>
      <source>Lens correction</source>
      <translation>レンズ補正</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Stabilization.qml" line="643"/>
      <source>When keyframing zooming speed, it is recommended to use the Envelope follower method. Gaussian filter might lead to black borders in view.</source>
      <translation>キーフレームのズーム速度の場合は、Envelope follower方式を使用することをお勧めします。ガウスフィルタは表示中に黒い境界線につながる可能性があります。</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Stabilization.qml" line="648"/>
      <source>Zooming method</source>
      <translation>ズーム方法</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Stabilization.qml" line="668"/>
      <source>Zooming center offset</source>
      <translation>ズームの中心オフセット</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Stabilization.qml" line="673"/>
      <location filename="../../src/ui/menu/Stabilization.qml" line="735"/>
      <source>X</source>
      <translation>X</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Stabilization.qml" line="690"/>
      <location filename="../../src/ui/menu/Stabilization.qml" line="740"/>
      <source>Y</source>
      <translation>Y</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Stabilization.qml" line="753"/>
      <source>Zoom limit iterations</source>
      <translation>ズーム制限の繰り返し処理</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Stabilization.qml" line="754"/>
      <source>More iterations = more accurate limit, but also slower to calculate.</source>
      <translation>より多くの反復=より正確な制限だけでなく、計算が遅くなります。</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Stabilization.qml" line="535"/>
      <source>Rolling shutter correction</source>
      <translation>ローリングシャッター補正</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Stabilization.qml" line="542"/>
      <source>Frame readout time</source>
      <translation>フレーム読み出し時間</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Stabilization.qml" line="549"/>
      <source>ms</source>
      <translation>ms</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Stabilization.qml" line="564"/>
      <source>Video speed</source>
      <translation>ビデオの速度</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Stabilization.qml" line="610"/>
      <source>Link with smoothing</source>
      <translation>スムージングとリンク</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Stabilization.qml" line="623"/>
      <source>Link with zooming speed</source>
      <translation>ズーム時間とリンク</translation>
    </message>
  </context>
  <context>
    <name>Statistics</name>
    <message>
      <location filename="../../src/ui/Statistics.qml" line="60"/>
      <source>Statistics</source>
      <translation>統計情報</translation>
    </message>
    <message>
      <location filename="../../src/ui/Statistics.qml" line="95"/>
      <source>Gyro-X</source>
      <translation>Gyro-X</translation>
    </message>
    <message>
      <location filename="../../src/ui/Statistics.qml" line="105"/>
      <source>Gyro-Y</source>
      <translation>Gyro-Y</translation>
    </message>
    <message>
      <location filename="../../src/ui/Statistics.qml" line="115"/>
      <source>Gyro-Z</source>
      <translation>Gyro-Z</translation>
    </message>
    <message>
      <location filename="../../src/ui/Statistics.qml" line="134"/>
      <source>Accl-X</source>
      <translation>Accl-X</translation>
    </message>
    <message>
      <location filename="../../src/ui/Statistics.qml" line="144"/>
      <source>Accl-Y</source>
      <translation>Accl-Y</translation>
    </message>
    <message>
      <location filename="../../src/ui/Statistics.qml" line="154"/>
      <source>Accl-Z</source>
      <translation>Accl-Z</translation>
    </message>
    <message>
      <location filename="../../src/ui/Statistics.qml" line="173"/>
      <source>Logarithmic value axis</source>
      <translation>対数値軸</translation>
    </message>
    <message>
      <location filename="../../src/ui/Statistics.qml" line="179"/>
      <source>Sample rate</source>
      <translation>サンプリング レート</translation>
    </message>
  </context>
  <context>
    <name>Synchronization</name>
    <message>
      <location filename="../../src/ui/menu/Synchronization.qml" line="10"/>
      <source>Synchronization</source>
      <translation>同期</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Synchronization.qml" line="146"/>
      <source>Auto sync</source>
      <translation>自動同期</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Synchronization.qml" line="150"/>
      <source>No motion data loaded, cannot sync.</source>
      <translation>モーションデータが読み込まれていないため、同期できません。</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Synchronization.qml" line="188"/>
      <source>Lens profile is not loaded, synchronization will most likely give wrong results. Are you sure you want to continue?</source>
      <translation>レンズのプロファイルが読み込まれないため正しく同期できません。続行してもよろしいですか？</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Synchronization.qml" line="189"/>
      <source>Yes</source>
      <translation>はい</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Synchronization.qml" line="192"/>
      <source>No</source>
      <translation>いいえ</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Synchronization.qml" line="206"/>
      <source>Experimental automatic sync point selection.</source>
      <translation>自動同期ポイント選択（実験）</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Synchronization.qml" line="213"/>
      <source>This file uses synced motion data, additional sync points are not needed and can make the output look worse.</source>
      <translation>このファイルはビデオ映像と同期されたモーションデータを使用しているため、同期ポイントを追加する必要はありません。同期ポイントを追加するとかえってブレが発生する場合があります。</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Synchronization.qml" line="219"/>
      <source>Rough gyro offset</source>
      <translation>おおまかなジャイロデータとのオフセット</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Synchronization.qml" line="227"/>
      <location filename="../../src/ui/menu/Synchronization.qml" line="251"/>
      <location filename="../../src/ui/menu/Synchronization.qml" line="305"/>
      <source>s</source>
      <translation>秒</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Synchronization.qml" line="236"/>
      <source>Analyze both positive and negative offset.
This doubles the calculation time, so check this only for the initial point and uncheck once you know the offset.</source>
      <translation>正と負の両方のオフセットを分析します。
計算時間が2倍になりますので、最初の点だけを確認し、オフセットが分かったらチェックを外してください。</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Synchronization.qml" line="242"/>
      <source>Sync search size</source>
      <translation>同期点を検索する範囲</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Synchronization.qml" line="262"/>
      <source>Calculate initial offset first (using essential matrix method), then refine using slower but more accurate rs-sync method.</source>
      <translation>最初に初期オフセットを計算し(マトリックスを使用)、より遅いがより正確な rs-sync メソッドを使用してリファインします。</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Synchronization.qml" line="267"/>
      <source>Max sync points</source>
      <translation>同期ポイントの最大数</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Synchronization.qml" line="283"/>
      <source>Analyze every n-th frame</source>
      <translation>n番目のフレーム毎に解析</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Synchronization.qml" line="296"/>
      <source>Time to analyze per sync point</source>
      <translation>同期ポイントごとの解析時間</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Synchronization.qml" line="311"/>
      <source>Processing resolution</source>
      <translation>処理中の解像度</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Synchronization.qml" line="334"/>
      <source>The AKAZE method may be more accurate but is significantly slower than OpenCV. Use only if OpenCV doesn&apos;t produce good results</source>
      <translation>AKAZEはより精度が上がりますがOpenCVより「かなり遅い」です。
OpenCVが良い結果を得られない場合にのみ使用してください。</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Synchronization.qml" line="338"/>
      <source>Optical flow method</source>
      <translation>オプティカルフロー方法</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Synchronization.qml" line="351"/>
      <source>Pose method</source>
      <translation>ポーズの方法</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Synchronization.qml" line="364"/>
      <source>Offset method</source>
      <translation>オフセットの方法</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Synchronization.qml" line="374"/>
      <source>Calculate camera transformation matrix from optical flow to get the rotation angles of the camera.
Then try to match these angles to gyroscope angles.</source>
      <translation>オプティカルフローからカメラの3軸の回転角度を求めます。
次にこの角度をジャイロスコープの角度と一致する場所を検索します。</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Synchronization.qml" line="375"/>
      <source>Undistort optical flow points using gyro and candidate offset.
Then calculate lengths of the optical flow lines.
Resulting offset is the one where lines were the shortest, meaning the video was moving the least visually.</source>
      <translation>ジャイロと候補オフセットを使用して、オプティカルフローポイントの歪みを取り除きます。
次に、オプティカルフローラインの長さを計算します。
結果として得られるオフセットは、線が最も短いオフセットです。つまり、ビデオの視覚的な動きが最も少なくなります。</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Synchronization.qml" line="376"/>
      <source>Rolling shutter video to gyro synchronization algorithm.
Make sure you have proper rolling shutter value set before syncing.</source>
      <translation>ローリングシャッターのあるビデオをジャイロに同期させるアルゴリズムです。
同期する前に、適切なローリングシャッター値を設定してください。</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Synchronization.qml" line="383"/>
      <source>Low pass filter</source>
      <translation>ローパスフィルター</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Synchronization.qml" line="388"/>
      <source>Hz</source>
      <translation>Hz</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Synchronization.qml" line="401"/>
      <source>Show detected features</source>
      <translation>検出された特徴を表示</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/Synchronization.qml" line="407"/>
      <source>Show optical flow</source>
      <translation>オプティカルフローを表示</translation>
    </message>
  </context>
  <context>
    <name>TableList</name>
    <message>
      <location filename="../../src/ui/menu/MotionData.qml" line="183"/>
      <location filename="../../src/ui/menu/VideoInformation.qml" line="28"/>
      <source>File name</source>
      <translation>ファイル名</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/MotionData.qml" line="184"/>
      <source>Detected format</source>
      <translation>検出されたフォーマット</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/VideoInformation.qml" line="29"/>
      <source>Detected camera</source>
      <translation>検出されたカメラ</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/LensProfile.qml" line="58"/>
      <source>Camera</source>
      <translation>カメラ</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/LensProfile.qml" line="59"/>
      <source>Lens</source>
      <translation>レンズ</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/LensProfile.qml" line="60"/>
      <source>Setting</source>
      <translation>設定</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/LensProfile.qml" line="62"/>
      <location filename="../../src/ui/menu/VideoInformation.qml" line="31"/>
      <source>Dimensions</source>
      <translation>解像度</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/LensProfile.qml" line="64"/>
      <location filename="../../src/ui/menu/VideoInformation.qml" line="56"/>
      <source>Focal length</source>
      <translation>焦点距離</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/LensProfile.qml" line="65"/>
      <source>Crop factor</source>
      <translation>クロップ係数</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/LensProfile.qml" line="66"/>
      <source>Asymmetrical</source>
      <translation>左右非対象</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/LensProfile.qml" line="67"/>
      <source>Distortion model</source>
      <translation>歪みモデル</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/LensProfile.qml" line="68"/>
      <source>Digital lens</source>
      <translation>デジタルレンズ</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/LensCalibrate.qml" line="63"/>
      <source>Camera brand</source>
      <translation>カメラのブランド名</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/LensCalibrate.qml" line="64"/>
      <source>Camera model</source>
      <translation>カメラのモデル名</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/LensCalibrate.qml" line="65"/>
      <source>Lens model</source>
      <translation>レンズ名</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/LensCalibrate.qml" line="66"/>
      <source>Camera setting</source>
      <translation>カメラ設定</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/LensCalibrate.qml" line="67"/>
      <location filename="../../src/ui/menu/LensProfile.qml" line="61"/>
      <source>Additional info</source>
      <translation>追加情報</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/LensCalibrate.qml" line="68"/>
      <source>Default output size</source>
      <translation>デフォルトの出力サイズ</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/LensCalibrate.qml" line="69"/>
      <source>Identifier</source>
      <translation>識別子</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/LensCalibrate.qml" line="70"/>
      <location filename="../../src/ui/menu/LensProfile.qml" line="63"/>
      <source>Calibrated by</source>
      <translation>作成者</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/VideoInformation.qml" line="26"/>
      <source>Created at</source>
      <translation>作成日</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/VideoInformation.qml" line="30"/>
      <source>Detected lens</source>
      <translation>検出したレンズ</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/VideoInformation.qml" line="32"/>
      <source>Duration</source>
      <translation>長さ</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/VideoInformation.qml" line="33"/>
      <source>Frame rate</source>
      <translation>フレームレート</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/VideoInformation.qml" line="34"/>
      <source>Codec</source>
      <translation>コー​​デックとビットレート</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/VideoInformation.qml" line="35"/>
      <source>Pixel format</source>
      <translation>ピクセルフォーマット</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/VideoInformation.qml" line="36"/>
      <source>Audio</source>
      <translation>音声</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/VideoInformation.qml" line="37"/>
      <source>Rotation</source>
      <translation>回転</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/VideoInformation.qml" line="38"/>
      <source>Contains gyro</source>
      <translation>ジャイロあり</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/VideoInformation.qml" line="47"/>
      <source>Shutter angle</source>
      <translation>シャッター角</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/VideoInformation.qml" line="48"/>
      <source>Shutter speed</source>
      <translation>シャッタースピード</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/VideoInformation.qml" line="49"/>
      <source>Exposure</source>
      <translation>露出</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/VideoInformation.qml" line="50"/>
      <source>ISO</source>
      <translation>ISO感度</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/VideoInformation.qml" line="51"/>
      <source>Color primaries</source>
      <translation>プライマリ色</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/VideoInformation.qml" line="52"/>
      <source>Gamma equation</source>
      <translation>ガンマ式</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/VideoInformation.qml" line="53"/>
      <source>White balance mode</source>
      <translation>ホワイトバランスモード</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/VideoInformation.qml" line="54"/>
      <source>White balance</source>
      <translation>ホワイトバランス</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/VideoInformation.qml" line="55"/>
      <source>Iris</source>
      <translation>アイリス</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/VideoInformation.qml" line="57"/>
      <source>Focus mode</source>
      <translation>フォーカスモード</translation>
    </message>
    <message>
      <location filename="../../src/ui/Calibrator.qml" line="89"/>
      <source>Reprojection error</source>
      <translation>再投影エラー</translation>
    </message>
    <message>
      <location filename="../../src/ui/Calibrator.qml" line="90"/>
      <source>Good frames</source>
      <translation>良いフレーム</translation>
    </message>
    <message>
      <location filename="../../src/ui/Calibrator.qml" line="91"/>
      <source>Average pattern sharpness</source>
      <translation>平均パターンのシャープネス</translation>
    </message>
  </context>
  <context>
    <name>Tabs</name>
    <message>
      <location filename="../../src/ui/App.qml" line="499"/>
      <source>Inputs</source>
      <translation>入力</translation>
    </message>
    <message>
      <location filename="../../src/ui/App.qml" line="499"/>
      <source>Parameters</source>
      <translation>パラメータ</translation>
    </message>
    <message>
      <location filename="../../src/ui/App.qml" line="499"/>
      <source>Export</source>
      <translation>エクスポート</translation>
    </message>
  </context>
  <context>
    <name>Timeline</name>
    <message>
      <location filename="../../src/ui/components/Timeline.qml" line="664"/>
      <source>Auto sync here</source>
      <translation>ここで自動同期</translation>
    </message>
    <message>
      <location filename="../../src/ui/components/Timeline.qml" line="669"/>
      <source>Add manual sync point here</source>
      <translation>ここに手動同期ポイントを追加</translation>
    </message>
    <message>
      <location filename="../../src/ui/components/Timeline.qml" line="682"/>
      <source>Estimate rolling shutter here</source>
      <translation>ここでローリングシャッターを推定する</translation>
    </message>
    <message>
      <location filename="../../src/ui/components/Timeline.qml" line="686"/>
      <source>Your video needs to be already synced properly and you should use this function
on a part of your video with significant camera motion (ideally horizontal).

This feature is experimental, the results may not be correct at all.
Are you sure you want to continue?</source>
      <translation>映像がすでに正しく同期されている必要があり、この機能を使用する必要があります。
カメラに大きな動きがある部分 (水平方向が理想的) に適用します。

この機能は実験的なものであり、結果は全く正しくない可能性があります。
本当に続けますか？</translation>
    </message>
    <message>
      <location filename="../../src/ui/components/Timeline.qml" line="690"/>
      <source>Yes</source>
      <translation>はい</translation>
    </message>
    <message>
      <location filename="../../src/ui/components/Timeline.qml" line="693"/>
      <source>No</source>
      <translation>いいえ</translation>
    </message>
    <message>
      <location filename="../../src/ui/components/Timeline.qml" line="655"/>
      <source>Add calibration point</source>
      <translation>キャリブレーションポイントを追加</translation>
    </message>
    <message>
      <location filename="../../src/ui/components/Timeline.qml" line="259"/>
      <source>Zooming</source>
      <translation>ズーム</translation>
    </message>
    <message>
      <location filename="../../src/ui/components/Timeline.qml" line="306"/>
      <location filename="../../src/ui/components/Timeline.qml" line="309"/>
      <source>Yaw axis</source>
      <translation>ヨー軸</translation>
    </message>
    <message>
      <location filename="../../src/ui/components/Timeline.qml" line="307"/>
      <location filename="../../src/ui/components/Timeline.qml" line="310"/>
      <source>Pitch axis</source>
      <translation>ピッチ軸</translation>
    </message>
    <message>
      <location filename="../../src/ui/components/Timeline.qml" line="308"/>
      <location filename="../../src/ui/components/Timeline.qml" line="311"/>
      <source>Roll axis</source>
      <translation>ロール 軸</translation>
    </message>
    <message>
      <location filename="../../src/ui/components/Timeline.qml" line="319"/>
      <location filename="../../src/ui/components/Timeline.qml" line="323"/>
      <source>Angle</source>
      <translation>角度</translation>
    </message>
    <message>
      <location filename="../../src/ui/components/Timeline.qml" line="394"/>
      <source>Delete</source>
      <translation>削除</translation>
    </message>
    <message>
      <location filename="../../src/ui/components/Timeline.qml" line="400"/>
      <source>Ease in</source>
      <translation>イーズイン</translation>
    </message>
    <message>
      <location filename="../../src/ui/components/Timeline.qml" line="407"/>
      <source>Ease out</source>
      <translation>イーズアウト</translation>
    </message>
    <message>
      <location filename="../../src/ui/components/Timeline.qml" line="425"/>
      <source>FOV</source>
      <translation>FOV</translation>
    </message>
    <message>
      <location filename="../../src/ui/components/Timeline.qml" line="426"/>
      <source>Video rotation</source>
      <translation>ビデオの回転</translation>
    </message>
    <message>
      <location filename="../../src/ui/components/Timeline.qml" line="427"/>
      <source>Zooming speed</source>
      <translation>ズーム時間（多いほど滑らか）</translation>
    </message>
    <message>
      <location filename="../../src/ui/components/Timeline.qml" line="428"/>
      <source>Zooming center offset X</source>
      <translation>ズームの中心オフセット X</translation>
    </message>
    <message>
      <location filename="../../src/ui/components/Timeline.qml" line="429"/>
      <source>Zooming center offset Y</source>
      <translation>ズームの中心オフセット Y</translation>
    </message>
    <message>
      <location filename="../../src/ui/components/Timeline.qml" line="430"/>
      <source>Zoom limit</source>
      <translation>ズームの上限</translation>
    </message>
    <message>
      <location filename="../../src/ui/components/Timeline.qml" line="431"/>
      <source>Additional 3D yaw</source>
      <translation>追加 3D ヨー</translation>
    </message>
    <message>
      <location filename="../../src/ui/components/Timeline.qml" line="432"/>
      <source>Additional 3D pitch</source>
      <translation>追加 3D ピッチ</translation>
    </message>
    <message>
      <location filename="../../src/ui/components/Timeline.qml" line="433"/>
      <source>Additional 3D roll</source>
      <translation>追加 3D ロール</translation>
    </message>
    <message>
      <location filename="../../src/ui/components/Timeline.qml" line="434"/>
      <source>Additional 3D translation X</source>
      <translation>追加 3D X回転</translation>
    </message>
    <message>
      <location filename="../../src/ui/components/Timeline.qml" line="435"/>
      <source>Additional 3D translation Y</source>
      <translation>追加 3D Y回転</translation>
    </message>
    <message>
      <location filename="../../src/ui/components/Timeline.qml" line="436"/>
      <source>Additional 3D translation Z</source>
      <translation>追加 3D Z回転</translation>
    </message>
    <message>
      <location filename="../../src/ui/components/Timeline.qml" line="437"/>
      <source>Background margin</source>
      <translation>背景の余白</translation>
    </message>
    <message>
      <location filename="../../src/ui/components/Timeline.qml" line="438"/>
      <source>Background feather</source>
      <translation>背景のフェザー効果</translation>
    </message>
    <message>
      <location filename="../../src/ui/components/Timeline.qml" line="439"/>
      <source>Horizon lock amount</source>
      <translation>水平線ロック 量</translation>
    </message>
    <message>
      <location filename="../../src/ui/components/Timeline.qml" line="440"/>
      <source>Horizon lock roll correction</source>
      <translation>水平線ロック ロール補正</translation>
    </message>
    <message>
      <location filename="../../src/ui/components/Timeline.qml" line="441"/>
      <source>Lens correction strength</source>
      <translation>レンズ補正強度</translation>
    </message>
    <message>
      <location filename="../../src/ui/components/Timeline.qml" line="442"/>
      <source>Light refraction coefficient</source>
      <translation>光屈折率</translation>
    </message>
    <message>
      <location filename="../../src/ui/components/Timeline.qml" line="443"/>
      <source>Max smoothness</source>
      <translation>滑らかさの上限</translation>
    </message>
    <message>
      <location filename="../../src/ui/components/Timeline.qml" line="444"/>
      <source>Max smoothness at high velocity</source>
      <translation>高速域での滑らかさ</translation>
    </message>
    <message>
      <location filename="../../src/ui/components/Timeline.qml" line="445"/>
      <source>Smoothness</source>
      <translation>滑らかさ</translation>
    </message>
    <message>
      <location filename="../../src/ui/components/Timeline.qml" line="449"/>
      <source>Video speed</source>
      <translation>動画の速度</translation>
    </message>
    <message>
      <location filename="../../src/ui/components/Timeline.qml" line="674"/>
      <source>Guess IMU orientation here</source>
      <translation>ジャイロの向きを推測する</translation>
    </message>
    <message>
      <location filename="../../src/ui/components/Timeline.qml" line="699"/>
      <source>Estimate gyro bias here</source>
      <translation>ジャイロ偏位の推定値</translation>
    </message>
    <message>
      <location filename="../../src/ui/components/Timeline.qml" line="704"/>
      <source>Delete all sync points</source>
      <translation>すべての同期ポイントを削除</translation>
    </message>
    <message>
      <location filename="../../src/ui/components/Timeline.qml" line="761"/>
      <source>Chart display mode</source>
      <translation>グラフの表示を変更</translation>
    </message>
    <message>
      <location filename="../../src/ui/components/Timeline.qml" line="762"/>
      <source>Gyroscope</source>
      <translation>ジャイロ</translation>
    </message>
    <message>
      <location filename="../../src/ui/components/Timeline.qml" line="763"/>
      <source>Accelerometer</source>
      <translation>加速度センサー</translation>
    </message>
    <message>
      <location filename="../../src/ui/components/Timeline.qml" line="764"/>
      <source>Magnetometer</source>
      <translation>地磁気センサー</translation>
    </message>
    <message>
      <location filename="../../src/ui/components/Timeline.qml" line="765"/>
      <source>Quaternions</source>
      <translation>四元数</translation>
    </message>
    <message>
      <location filename="../../src/ui/components/Timeline.qml" line="928"/>
      <source>px</source>
      <translation>ピクセル</translation>
    </message>
    <message>
      <location filename="../../src/ui/components/Timeline.qml" line="1029"/>
      <source>Option+Scroll</source>
      <translation>Option+スクロール</translation>
    </message>
    <message>
      <location filename="../../src/ui/components/Timeline.qml" line="1030"/>
      <source>Ctrl+Scroll</source>
      <translation>Ctrl+スクロールホイール</translation>
    </message>
    <message>
      <location filename="../../src/ui/components/Timeline.qml" line="1027"/>
      <source>%1 to zoom horizontally, %2 to zoom vertically, %3 to pan, double click to reset zoom</source>
      <translation>%1 で水平方向、%2 で垂直方向にズーム、%3 でタイムラインの移動、ダブルクリックでズームがリセットされます。</translation>
    </message>
    <message>
      <location filename="../../src/ui/components/Timeline.qml" line="271"/>
      <source>Sync points debug layer</source>
      <translation>同期ポイントのデバックレイヤー</translation>
    </message>
    <message>
      <location filename="../../src/ui/components/Timeline.qml" line="446"/>
      <source>Pitch smoothness</source>
      <translation>ピッチの滑らかさ</translation>
    </message>
    <message>
      <location filename="../../src/ui/components/Timeline.qml" line="447"/>
      <source>Roll smoothness</source>
      <translation>ロールの滑らかさ</translation>
    </message>
    <message>
      <location filename="../../src/ui/components/Timeline.qml" line="448"/>
      <source>Yaw smoothness</source>
      <translation>ヨーの滑らかさ</translation>
    </message>
    <message>
      <location filename="../../src/ui/components/Timeline.qml" line="714"/>
      <source>Trim range</source>
      <translation>トリム範囲</translation>
    </message>
    <message>
      <location filename="../../src/ui/components/Timeline.qml" line="729"/>
      <source>Add new range</source>
      <translation>範囲を追加</translation>
    </message>
    <message>
      <location filename="../../src/ui/components/Timeline.qml" line="738"/>
      <source>Delete this range</source>
      <translation>この範囲を削除する</translation>
    </message>
    <message>
      <location filename="../../src/ui/components/Timeline.qml" line="747"/>
      <source>Clear all</source>
      <translation>全て消去</translation>
    </message>
    <message>
      <location filename="../../src/ui/components/Timeline.qml" line="754"/>
      <source>Restrict playback to trim range</source>
      <translation>トリム範囲に再生を制限する</translation>
    </message>
    <message>
      <location filename="../../src/ui/components/Timeline.qml" line="1028"/>
      <location filename="../../src/ui/components/Timeline.qml" line="1030"/>
      <source>Scroll</source>
      <translation>スクロールホイール</translation>
    </message>
    <message>
      <location filename="../../src/ui/components/Timeline.qml" line="1029"/>
      <source>Alt+Scroll</source>
      <translation>Alt+スクロールホイール</translation>
    </message>
    <message>
      <location filename="../../src/ui/components/Timeline.qml" line="882"/>
      <location filename="../../src/ui/components/Timeline.qml" line="981"/>
      <location filename="../../src/ui/components/Timeline.qml" line="988"/>
      <source>ms</source>
      <translation>ミリ秒</translation>
    </message>
    <message>
      <location filename="../../src/ui/components/Timeline.qml" line="1008"/>
      <source>Save</source>
      <translation>保存</translation>
    </message>
  </context>
  <context>
    <name>TimelineSyncPoint</name>
    <message>
      <location filename="../../src/ui/components/TimelineSyncPoint.qml" line="79"/>
      <source>Edit offset</source>
      <translation>オフセットを編集</translation>
    </message>
    <message>
      <location filename="../../src/ui/components/TimelineSyncPoint.qml" line="84"/>
      <source>Delete sync point</source>
      <translation>同期ポイントを削除</translation>
    </message>
    <message>
      <location filename="../../src/ui/components/TimelineSyncPoint.qml" line="84"/>
      <source>Delete calibration point</source>
      <translation>キャリブレーションポイントを削除</translation>
    </message>
    <message>
      <location filename="../../src/ui/components/TimelineSyncPoint.qml" line="90"/>
      <source>Zoom in</source>
      <translation>拡大</translation>
    </message>
    <message>
      <location filename="../../src/ui/components/TimelineSyncPoint.qml" line="96"/>
      <source>Zoom in and loop</source>
      <translation>拡大とループ</translation>
    </message>
  </context>
  <context>
    <name>Util</name>
    <message>
      <location filename="../../src/ui/Util.js" line="10"/>
      <source>d</source>
      <translation>日</translation>
    </message>
    <message>
      <location filename="../../src/ui/Util.js" line="11"/>
      <source>h</source>
      <translation>時</translation>
    </message>
    <message>
      <location filename="../../src/ui/Util.js" line="12"/>
      <source>m</source>
      <translation>分</translation>
    </message>
    <message>
      <location filename="../../src/ui/Util.js" line="13"/>
      <source>s</source>
      <translation>秒</translation>
    </message>
    <message>
      <location filename="../../src/ui/Util.js" line="15"/>
      <source>&amp;lt; 1s</source>
      <translation>&amp;lt; 1s</translation>
    </message>
  </context>
  <context>
    <name>VideoArea</name>
    <message>
      <location filename="../../src/ui/VideoArea.qml" line="448"/>
      <source>There&apos;s a %1 file associated with this video, do you want to load it?</source>
      <translation>このビデオには %1 ファイルが関連付けられていますが、そのまま読み込みますか？</translation>
    </message>
    <message>
      <location filename="../../src/ui/VideoArea.qml" line="354"/>
      <location filename="../../src/ui/VideoArea.qml" line="405"/>
      <location filename="../../src/ui/VideoArea.qml" line="449"/>
      <location filename="../../src/ui/VideoArea.qml" line="713"/>
      <source>Yes</source>
      <translation>はい</translation>
    </message>
    <message>
      <location filename="../../src/ui/VideoArea.qml" line="413"/>
      <location filename="../../src/ui/VideoArea.qml" line="452"/>
      <location filename="../../src/ui/VideoArea.qml" line="719"/>
      <source>No</source>
      <translation>いいえ</translation>
    </message>
    <message>
      <location filename="../../src/ui/VideoArea.qml" line="672"/>
      <source>Zoom: %1</source>
      <translation>ズーム: %1</translation>
    </message>
    <message>
      <location filename="../../src/ui/VideoArea.qml" line="743"/>
      <source>Failed to load the selected file, it may be unsupported or invalid.</source>
      <translation>選択したファイルの読み込みに失敗しました。サポートされていないか無効なファイルの可能性があります。</translation>
    </message>
    <message>
      <location filename="../../src/ui/VideoArea.qml" line="71"/>
      <location filename="../../src/ui/VideoArea.qml" line="185"/>
      <location filename="../../src/ui/VideoArea.qml" line="196"/>
      <location filename="../../src/ui/VideoArea.qml" line="215"/>
      <location filename="../../src/ui/VideoArea.qml" line="239"/>
      <location filename="../../src/ui/VideoArea.qml" line="242"/>
      <location filename="../../src/ui/VideoArea.qml" line="268"/>
      <location filename="../../src/ui/VideoArea.qml" line="388"/>
      <location filename="../../src/ui/VideoArea.qml" line="502"/>
      <location filename="../../src/ui/VideoArea.qml" line="743"/>
      <source>Ok</source>
      <translation>OK</translation>
    </message>
    <message>
      <location filename="../../src/ui/VideoArea.qml" line="387"/>
      <source>Image sequence has been detected.
Please provide frame rate: </source>
      <translation>画像のシーケンスが検出されました。
フレームレートを指定してください: </translation>
    </message>
    <message>
      <location filename="../../src/ui/VideoArea.qml" line="359"/>
      <location filename="../../src/ui/VideoArea.qml" line="395"/>
      <location filename="../../src/ui/VideoArea.qml" line="493"/>
      <location filename="../../src/ui/VideoArea.qml" line="515"/>
      <source>Cancel</source>
      <translation>キャンセル</translation>
    </message>
    <message>
      <location filename="../../src/ui/VideoArea.qml" line="178"/>
      <source>Downloading %1 (%2)</source>
      <translation>ダウンロード中 %1 (%2)</translation>
    </message>
    <message>
      <location filename="../../src/ui/VideoArea.qml" line="185"/>
      <source>Component was installed successfully.
You need to restart Gyroflow for changes to take effect.
Your render queue and current file is saved automatically.</source>
      <translation>コンポーネントは正常にインストールされました。
変更を有効にするには、ジャイロフローを再起動する必要があります。
レンダリングキューと現在のファイルは自動的に保存されます。</translation>
    </message>
    <message>
      <location filename="../../src/ui/VideoArea.qml" line="207"/>
      <source>Merging files to %1 (%2)</source>
      <translation>ファイルを %1 に結合しています (%2)</translation>
    </message>
    <message>
      <location filename="../../src/ui/VideoArea.qml" line="353"/>
      <source>This format requires an external SDK. Do you want to download it now?</source>
      <translation>このフォーマットには外部 SDK が必要です。今すぐダウンロードしますか？</translation>
    </message>
    <message>
      <location filename="../../src/ui/VideoArea.qml" line="404"/>
      <source>Split recording has been detected, do you want to automatically join the files (%1) to create one full clip?</source>
      <translation>分割されたビデオが検出されました。ファイル（%1）に自動的に結合して、1本のビデオを作成しますか？</translation>
    </message>
    <message>
      <location filename="../../src/ui/VideoArea.qml" line="473"/>
      <source>You have opened multiple files. What do you want to do?</source>
      <translation>複数のファイルを開いています。どうしますか？</translation>
    </message>
    <message>
      <location filename="../../src/ui/VideoArea.qml" line="474"/>
      <source>Add to render queue</source>
      <translation>レンダリングキューに追加</translation>
    </message>
    <message>
      <location filename="../../src/ui/VideoArea.qml" line="478"/>
      <source>Merge them into one video</source>
      <translation>それらを1つのビデオに結合する</translation>
    </message>
    <message>
      <location filename="../../src/ui/VideoArea.qml" line="490"/>
      <source>Open the first file</source>
      <translation>最初のファイルを開く</translation>
    </message>
    <message>
      <location filename="../../src/ui/VideoArea.qml" line="239"/>
      <source>File format was detected, but no motion data was found.
The camera probably doesn&apos;t record motion data in this particular shooting mode.</source>
      <translation>ファイル形式が検出されましたが、モーションデータが見つかりませんでした。
カメラはおそらくこの特定の撮影モードでモーションデータを記録しません。</translation>
    </message>
    <message>
      <location filename="../../src/ui/VideoArea.qml" line="268"/>
      <source>Motion data sampling rate is too low (%1 Hz).
50 Hz is an absolute minimum and we recommend at least 200 Hz.</source>
      <translation>モーションデータのサンプリングレートが低すぎます (%1 Hz).
50 Hzは絶対最小値であり、少なくとも200 Hzをお勧めします。</translation>
    </message>
    <message>
      <location filename="../../src/ui/VideoArea.qml" line="1158"/>
      <source>Lens profile is not loaded, the results will not look correct. Please load a lens profile for your camera.</source>
      <translation>レンズプロファイルが読み込まれていませんので結果が悪くなります。カメラのレンズプロファイルを読み込んでください。</translation>
    </message>
    <message>
      <location filename="../../src/ui/VideoArea.qml" line="837"/>
      <source>Loading %1...</source>
      <translation>%1 を読み込み中...</translation>
    </message>
    <message>
      <location filename="../../src/ui/VideoArea.qml" line="837"/>
      <source>Drop video file here</source>
      <translation>ここにビデオファイルをドロップ</translation>
    </message>
    <message>
      <location filename="../../src/ui/VideoArea.qml" line="305"/>
      <source>Analyzing %1...</source>
      <translation>分析中 %1...</translation>
    </message>
    <message>
      <location filename="../../src/ui/VideoArea.qml" line="191"/>
      <source>This is often caused by read-only file system.
Make sure you copied the Gyroflow app to your Applications folder, instead of running from the .dmg directly.</source>
      <translation>これは読み取り専用のファイルシステムによって引き起こされることがよくあります。
.dmgから直接実行するのではなく、GyroflowアプリをApplicationsフォルダにコピーしてください。</translation>
    </message>
    <message>
      <location filename="../../src/ui/VideoArea.qml" line="194"/>
      <source>This is often caused by read-only file system.
If you have Gyroflow in C:Program Files, then you&apos;ll need to run Gyroflow as Administrator in order to extract the SDK to the Gyroflow folder.</source>
      <translation>これは、ファイルシステムが読み取り専用であることが原因であることが多いです。
GyroflowがC:Program Filesにある場合、SDKをGyroflowフォルダに展開するために、Gyroflowを管理者として実行する必要があります。</translation>
    </message>
    <message>
      <location filename="../../src/ui/VideoArea.qml" line="314"/>
      <source>Loading gyro data %1...</source>
      <translation>ジャイロ データ %1 を読み込み中...</translation>
    </message>
    <message>
      <location filename="../../src/ui/VideoArea.qml" line="527"/>
      <source>Same as the original file</source>
      <translation>オリジナルファイルと同じ</translation>
    </message>
    <message>
      <location filename="../../src/ui/VideoArea.qml" line="528"/>
      <source>Custom path</source>
      <translation>別の保存先</translation>
    </message>
    <message>
      <location filename="../../src/ui/VideoArea.qml" line="501"/>
      <source>Please enter the output path:</source>
      <translation>出力先を入力してください。</translation>
    </message>
    <message>
      <location filename="../../src/ui/VideoArea.qml" line="71"/>
      <source>Preset can be applied only after loading a video.</source>
      <translation>プリセットは動画を読み込んだ後にのみ適用できます。</translation>
    </message>
    <message>
      <location filename="../../src/ui/VideoArea.qml" line="242"/>
      <source>This video cannot be stabilized, because this lens doesn&apos;t support OSS metadata.
Disable lens stabilization (Optical SteadyShot) in order to use Gyroflow.</source>
      <translation>レンズがOSSメタデータをサポートしていないため、このビデオはスタビライズできません。
Gyroflowを使用するには、レンズの手ぶれ補正（Optical SteadyShot）を無効にしてください。</translation>
    </message>
    <message>
      <location filename="../../src/ui/VideoArea.qml" line="374"/>
      <source>In order to load all R3D parts, you need to select the entire .RDC folder.</source>
      <translation>すべての R3D 部品をロードするには、.RDC フォルダ全体を選択する必要があります。</translation>
    </message>
    <message>
      <location filename="../../src/ui/VideoArea.qml" line="375"/>
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <location filename="../../src/ui/VideoArea.qml" line="676"/>
      <source>Focal length: %1 mm</source>
      <translation>焦点距離: %1 mm</translation>
    </message>
    <message>
      <location filename="../../src/ui/VideoArea.qml" line="678"/>
      <source>full frame equiv.: %1 mm</source>
      <translation>フルフレーム換算：%1mm</translation>
    </message>
    <message>
      <location filename="../../src/ui/VideoArea.qml" line="712"/>
      <source>Files merged successfully, do you want to delete the original ones?</source>
      <translation>ファイルが正常に統合されました。元のファイルを削除しますか？</translation>
    </message>
    <message>
      <location filename="../../src/ui/VideoArea.qml" line="837"/>
      <source>Click here to open a video file</source>
      <translation>ここをクリックして動画ファイルを開く</translation>
    </message>
    <message>
      <location filename="../../src/ui/VideoArea.qml" line="958"/>
      <source>Trim start</source>
      <translation>トリムの開始ポイント</translation>
    </message>
    <message>
      <location filename="../../src/ui/VideoArea.qml" line="959"/>
      <source>Previous frame</source>
      <translation>前のフレームへ</translation>
    </message>
    <message>
      <location filename="../../src/ui/VideoArea.qml" line="962"/>
      <source>Pause</source>
      <translation>一時停止</translation>
    </message>
    <message>
      <location filename="../../src/ui/VideoArea.qml" line="962"/>
      <source>Play</source>
      <translation>再生</translation>
    </message>
    <message>
      <location filename="../../src/ui/VideoArea.qml" line="966"/>
      <source>Next frame</source>
      <translation>次のフレームへ</translation>
    </message>
    <message>
      <location filename="../../src/ui/VideoArea.qml" line="967"/>
      <source>Trim end</source>
      <translation>トリムの終了ポイント</translation>
    </message>
    <message>
      <location filename="../../src/ui/VideoArea.qml" line="968"/>
      <source>Show timeline menu</source>
      <translation>タイムラインメニューの表示</translation>
    </message>
    <message>
      <location filename="../../src/ui/VideoArea.qml" line="1007"/>
      <source>Toggle stabilization overview</source>
      <translation>スタビライズの概要を切り替え</translation>
    </message>
    <message>
      <location filename="../../src/ui/VideoArea.qml" line="1018"/>
      <source>Toggle stabilization</source>
      <translation>スタビライズ済みをプレビュー</translation>
    </message>
    <message>
      <location filename="../../src/ui/VideoArea.qml" line="1024"/>
      <source>Mute</source>
      <translation>消音</translation>
    </message>
    <message>
      <location filename="../../src/ui/VideoArea.qml" line="1024"/>
      <source>Unmute</source>
      <translation>消音を解除</translation>
    </message>
    <message>
      <location filename="../../src/ui/VideoArea.qml" line="1042"/>
      <source>Volume</source>
      <translation>音量</translation>
    </message>
    <message>
      <location filename="../../src/ui/VideoArea.qml" line="1072"/>
      <source>Playback speed</source>
      <translation>再生速度</translation>
    </message>
  </context>
  <context>
    <name>VideoInformation</name>
    <message>
      <location filename="../../src/ui/menu/VideoInformation.qml" line="11"/>
      <source>Video information</source>
      <translation>ビデオ情報</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/VideoInformation.qml" line="167"/>
      <source>In order to detect project files, video sequences or image sequences, click here and select the directory with input files.</source>
      <translation>プロジェクトファイル、ビデオシーケンス、画像シーケンスを検出するには、ここをクリックして、入力ファイルのあるディレクトリを選択します。</translation>
    </message>
    <message>
      <location filename="../../src/ui/menu/VideoInformation.qml" line="158"/>
      <source>Open file</source>
      <translation>ファイルを開く</translation>
    </message>
  </context>
  <context>
    <name>main_window</name>
    <message>
      <location filename="../../src/ui/main_window.qml" line="90"/>
      <source>Are you sure you want to exit?</source>
      <translation>終了してもよろしいですか？</translation>
    </message>
    <message>
      <location filename="../../src/ui/main_window.qml" line="91"/>
      <source>Yes</source>
      <translation>はい</translation>
    </message>
    <message>
      <location filename="../../src/ui/main_window.qml" line="92"/>
      <source>No</source>
      <translation>いいえ</translation>
    </message>
  </context>
</TS>
