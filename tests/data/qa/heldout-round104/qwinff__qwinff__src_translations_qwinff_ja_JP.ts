<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About QWinFF</source>
        <translation>QWinFF について</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>Translators</source>
        <translation>翻訳者</translation>
    </message>
    <message>
        <source>Version: %1</source>
        <translation>バージョン: %1</translation>
    </message>
    <message>
        <source>Portable</source>
        <translation>ポータブル</translation>
    </message>
    <message>
        <source>Compiled with Qt %1</source>
        <translation>コンパイルに使用された Qt ：%1</translation>
    </message>
    <message>
        <source>Compiled with libnotify %1</source>
        <translation>コンパイルに使用された libnotify: %1</translation>
    </message>
    <message>
        <source>QWinFF is a gui frontend for FFmpeg.</source>
        <translation>QWinFF は FFmpeg のGUI フロントエンドツールです.</translation>
    </message>
    <message>
        <source>Programming: %1</source>
        <translation>プログラミング：%1</translation>
    </message>
    <message>
        <source>Logo Design: %1</source>
        <translation>ロゴデザイン：%1</translation>
    </message>
    <message>
        <source>This program is free software; you can redistribute it and/or modify it under the terms of the GNU General Public License version 2 or 3.</source>
        <translation>このプログラムはフリーウェアです。 GNU一般共有使用許諾第2版(または 第3版)に基づき、ソフトウェアの変更、再配布は許可されます。</translation>
    </message>
    <message>
        <source>QWinFF Homepage: %1</source>
        <translation>QWinFF 公式サイト: %1</translation>
    </message>
    <message>
        <source>Some audio-processing functionalities are provided by SoX.</source>
        <translation>いくつかの音声処理機能は SoX により提供されています.</translation>
    </message>
    <message>
        <source>FFmpeg presets were taken from WinFF.</source>
        <translation>WinFFの FFmpeg プリセットを使用しています.</translation>
    </message>
    <message>
        <source>Japanese</source>
        <extracomment>Japanese Language</extracomment>
        <translation>日本語</translation>
    </message>
    <message>
        <source>Italian</source>
        <extracomment>Italian Language</extracomment>
        <translation>イタリア語</translation>
    </message>
    <message>
        <source>Czech</source>
        <extracomment>Czech Language</extracomment>
        <translation>チェコ語</translation>
    </message>
    <message>
        <source>Simplified Chinese</source>
        <extracomment>Chinese character set used in China</extracomment>
        <translation>中国語(簡体字)</translation>
    </message>
    <message>
        <source>Russian</source>
        <extracomment>Russian Language</extracomment>
        <translation>ロシア語</translation>
    </message>
    <message>
        <source>Spanish (Spain)</source>
        <extracomment>Spanish Language (Spain)</extracomment>
        <translation>スペイン語 (スペイン)</translation>
    </message>
    <message>
        <source>Spanish (Guatemala)</source>
        <extracomment>Spanish Language (Guatemala)</extracomment>
        <translation>スペイン語 (グアテマラ)</translation>
    </message>
    <message>
        <source>Romanian</source>
        <extracomment>Romanian Language</extracomment>
        <translation>ルーマニア語</translation>
    </message>
    <message>
        <source>Turkish</source>
        <extracomment>Turkish Language</extracomment>
        <translation>トルコ語</translation>
    </message>
    <message>
        <source>Arabic</source>
        <extracomment>Arabic Language</extracomment>
        <translation>アラビア語</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <extracomment>Hungarian Langauge</extracomment>
        <translation>ハンガリー語</translation>
    </message>
    <message>
        <source>Polish</source>
        <extracomment>Polish Language</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <extracomment>French Language</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutFFmpegDialog</name>
    <message>
        <source>About FFmpeg</source>
        <translation>FFmpeg について</translation>
    </message>
    <message>
        <source>FFmpeg</source>
        <translation>FFmpeg</translation>
    </message>
    <message>
        <source>Available Codecs</source>
        <translation>利用可能なコーデック</translation>
    </message>
    <message>
        <source>FFmpeg is a complete, cross-platform solution to record, convert and stream audio and video. It includes libavcodec - the leading audio/video codec library.</source>
        <extracomment>ffmpeg description</extracomment>
        <translation>FFmpeg は完全なクロスプラットフォームに対応した、音声、映像ストリームの変換ツールで、主要な音声/ 映像コーデック・ライブラリが含まれています。</translation>
    </message>
    <message>
        <source>FFmpeg is free software licensed under the LGPL or GPL.</source>
        <translation>FFmpeg は、LGPL / GPL ライセンスに基づき公開されているフリーソフトウェアです.</translation>
    </message>
    <message>
        <source>Please visit %1 for more information.</source>
        <translation>FFmpeg に関する情報: %1.</translation>
    </message>
</context>
<context>
    <name>AddTaskWizard</name>
    <message>
        <source>Add Tasks</source>
        <translation>タスクを追加</translation>
    </message>
    <message>
        <source>Files to be converted</source>
        <translation>変換対象のファイル</translation>
    </message>
    <message>
        <source>Add files.</source>
        <translation>ファイルを追加.</translation>
    </message>
    <message>
        <source>Remove selected files.</source>
        <translation>選択されたファイルを除去.</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>出力設定</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <source>Auto adjust output bitrate to reduce output file size.</source>
        <translation>出力ファイルサイズが軽減するように出力ビットレートを自動調整.</translation>
    </message>
    <message>
        <source>Auto Adjust Audio Bitrate</source>
        <translation>音声ビットレートを自動調整</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>プリセット</translation>
    </message>
    <message>
        <source>Convert to</source>
        <translation>変換形式</translation>
    </message>
    <message>
        <source>Output Path</source>
        <translation>出力パス</translation>
    </message>
    <message>
        <source>Select &amp;folder</source>
        <translation>ファイルを選択(&amp;F)</translation>
    </message>
    <message>
        <source>Browse</source>
        <translation>参照</translation>
    </message>
    <message>
        <source>Create &amp;new folder in source folder</source>
        <extracomment>Create a new folder (e.g. qwinff_output) in the folder containing the input files. Put the output files in the newly created folder.</extracomment>
        <translation>ソースフォルダに新規フォルダを作成(&amp;N)</translation>
    </message>
    <message>
        <source>Folder Name</source>
        <translation>フォルダ名</translation>
    </message>
    <message>
        <source>Output to &amp;source folder</source>
        <extracomment>put the output files in the same folder as the input files</extracomment>
        <translation>ソースフォルダに出力(&amp;S)</translation>
    </message>
    <message>
        <source>Please select at least one file.</source>
        <translation>ファイルを選択してください.</translation>
    </message>
    <message>
        <source>Select Files</source>
        <extracomment>This text is the title of an openfile dialog.</extracomment>
        <translation>ファイルを選択</translation>
    </message>
    <message>
        <source>Multimedia</source>
        <translation>マルチメディア</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>映像</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>音声</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>すべてのファイル</translation>
    </message>
    <message>
        <source>Select Directory</source>
        <extracomment>This text is the title of an open directory dialog.</extracomment>
        <translation>ディレクトリを選択</translation>
    </message>
    <message>
        <source>Searching for files...</source>
        <translation>ファイルを検索中...</translation>
    </message>
    <message>
        <source>Some files could not be found.</source>
        <translation>いくつかのファイルが見つかりません.</translation>
    </message>
    <message>
        <source>Folder does not exist. Create a new folder?</source>
        <translation>フォルダが存在しません、新たに作成しますか?</translation>
    </message>
    <message>
        <source>Failed to create folder. Please select another output folder.</source>
        <translation>フォルダ作成に失敗、別の出力フォルダを選択してください.</translation>
    </message>
</context>
<context>
    <name>ConversionParameterDialog</name>
    <message>
        <source>Conversion Parameters</source>
        <translation>変換パラメータ</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>音声</translation>
    </message>
    <message>
        <source>Disable Audio</source>
        <translation>音声を無効</translation>
    </message>
    <message>
        <source>Audio Options</source>
        <translation>音声設定</translation>
    </message>
    <message>
        <source>Sample Rate</source>
        <translation>サンプルレート</translation>
    </message>
    <message>
        <source>Hz</source>
        <translation>Hz</translation>
    </message>
    <message>
        <source>Bitrate</source>
        <translation>ビットレート</translation>
    </message>
    <message>
        <source>(auto)</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>kb/s</source>
        <translation>kb/秒</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>チャンネル</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>映像</translation>
    </message>
    <message>
        <source>Disable Video</source>
        <translation>映像を無効</translation>
    </message>
    <message>
        <source>Video Options</source>
        <translation>映像設定</translation>
    </message>
    <message>
        <source>Same Quantizer as Source</source>
        <translation>ソースと同じ量子化</translation>
    </message>
    <message>
        <source>Deinterlace</source>
        <translation>インターレース解除</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>幅</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高さ</translation>
    </message>
    <message>
        <source>Crop</source>
        <translation>クロップ</translation>
    </message>
    <message>
        <source>Time</source>
        <extracomment>time-related options (speed, length)</extracomment>
        <translation>時間</translation>
    </message>
    <message>
        <source>Cutting</source>
        <extracomment>video time cutting: options for begin time and end time</extracomment>
        <translation>動画のカット</translation>
    </message>
    <message>
        <source>Cut</source>
        <comment>Cut video; select a range to convert</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>プレビュー(&amp;P)</translation>
    </message>
    <message>
        <source>Scaling</source>
        <extracomment>time scaling, changing the speed of the output file</extracomment>
        <translation>スケーリング</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>拡張</translation>
    </message>
    <message>
        <source>FFmpeg</source>
        <translation>FFMpeg</translation>
    </message>
    <message>
        <source>Additional FFmpeg Options</source>
        <translation>FFmpeg 追加オプション</translation>
    </message>
</context>
<context>
    <name>ConvertList</name>
    <message>
        <source>Cancel</source>
        <extracomment>Cancel the operation of adding new tasks</extracomment>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Adding files (%1/%2)</source>
        <extracomment>This text is the progress indicator of adding multiple tasks. %1 is the number of files that are already added. %2 is the total number of files.</extracomment>
        <translation>ファイルを追加 (%1/%2)</translation>
    </message>
    <message>
        <source>Some files are not recognized by the converter.</source>
        <translation>いくつかのファイルは認識できません.</translation>
    </message>
    <message>
        <source>New File Name</source>
        <translation>新しいファイル名</translation>
    </message>
    <message>
        <source>Please input the new name for the output file.</source>
        <translation>出力ファイルの名前を入力してください.</translation>
    </message>
    <message>
        <source>Output Directory</source>
        <translation>出力ディレクトリ</translation>
    </message>
    <message>
        <source>Error Message from FFmpeg:

</source>
        <translation>FFmpegからのエラーメッセージ:</translation>
    </message>
    <message>
        <source>Drag and drop files here to add tasks.</source>
        <translation>ファイルをここにドロップでタスクを追加.</translation>
    </message>
    <message>
        <source>Hide &quot;%1&quot;</source>
        <extracomment>Hide a column in the list. For example, the text maybe &apos;Hide &quot;Duration&quot;&apos;. The two &quot; are quotation marks in English, you may replace it with local quotation marks.</extracomment>
        <translation>&quot;%1&quot; を隠す</translation>
    </message>
    <message>
        <source>Restore All Columns</source>
        <translation>すべての列を復元</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>再生時間</translation>
    </message>
    <message>
        <source>File Size</source>
        <translation>ファイルサイズ</translation>
    </message>
    <message>
        <source>Sample Rate</source>
        <extracomment>Audio</extracomment>
        <translation>サンプルレート</translation>
    </message>
    <message>
        <source>Audio Bitrate</source>
        <translation>音声ビットレート</translation>
    </message>
    <message>
        <source>Channels</source>
        <extracomment>Audio</extracomment>
        <translation>チャンネル</translation>
    </message>
    <message>
        <source>Audio Codec</source>
        <translation>音声コーデック</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>映像の寸法</translation>
    </message>
    <message>
        <source>Video Bitrate</source>
        <translation>映像ビットレート</translation>
    </message>
    <message>
        <source>Framerate</source>
        <extracomment>Video</extracomment>
        <translation>フレームレート</translation>
    </message>
    <message>
        <source>Video Codec</source>
        <translation>映像コーデック</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進捗状況</translation>
    </message>
    <message>
        <source>%1 Hz</source>
        <translation>%1 Hz</translation>
    </message>
    <message>
        <source>%1 kb/s</source>
        <translation>%1 kb/s</translation>
    </message>
    <message>
        <source>%1 fps</source>
        <translation>%1 fps</translation>
    </message>
    <message>
        <source>Removing tasks...</source>
        <extracomment>Remove files from the tasklist</extracomment>
        <translation>タスクを除去中...</translation>
    </message>
    <message>
        <source>KiB</source>
        <translation>KiB</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
    <message>
        <source>TiB</source>
        <translation>TiB</translation>
    </message>
    <message>
        <source>B</source>
        <extracomment>Bytes</extracomment>
        <translation>B</translation>
    </message>
    <message>
        <source>File Exists</source>
        <translation>ファイルが存在します</translation>
    </message>
    <message>
        <source>%1 already exists on disk or in the task list. Still use this name as the output filename?</source>
        <translation>%1 と同名のファイルがディスク上、またはタスク一覧に存在します. 本当にこの名前でファイルを出力しますか?</translation>
    </message>
    <message>
        <source>Remove Task</source>
        <translation>タスクを除去</translation>
    </message>
    <message>
        <source>Cannot remove a task while it is in progress.</source>
        <translation>処理中のタスクは除去できません.</translation>
    </message>
    <message>
        <source>Finished</source>
        <extracomment>The text to be displayed on the progress bar when a conversion finishes</extracomment>
        <translation>完了</translation>
    </message>
    <message>
        <source>Failed</source>
        <extracomment>The text to be displayed on the progress bar when a conversion fails</extracomment>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <extracomment>%1 is the error message</extracomment>
        <translation>エラー: %1</translation>
    </message>
</context>
<context>
    <name>ExtraTranslations</name>
    <message>
        <source>Convert between media file formats</source>
        <translation>音声とビデオファイルの変換</translation>
    </message>
    <message>
        <source>Media Converter</source>
        <translation>メディア変換</translation>
    </message>
</context>
<context>
    <name>InteractiveCuttingDialog</name>
    <message>
        <source>Cutting</source>
        <comment>Cutting as in &quot;cutting video&quot;</comment>
        <translation>動画のカット</translation>
    </message>
    <message>
        <source>Mark as Begin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seek to Begin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seek to End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>QWinFF</source>
        <translation>QWinFF</translation>
    </message>
    <message>
        <source>Start conversion process.</source>
        <translation>変換を開始.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>開始(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Convert</source>
        <translation>変換(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>情報(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Add Files</source>
        <translation>ファイルを追加(&amp;A)</translation>
    </message>
    <message>
        <source>Add files for conversion.</source>
        <translation>変換するファイルを追加.</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>終了(&amp;E)</translation>
    </message>
    <message>
        <source>Exit the program.</source>
        <translation>プログラムを終了.</translation>
    </message>
    <message>
        <source>F9</source>
        <translation>F9</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Stop conversion process.</source>
        <translation>変換処理を停止.</translation>
    </message>
    <message>
        <source>Set &amp;Parameters</source>
        <translation>パラメータを設定(&amp;P)</translation>
    </message>
    <message>
        <source>Set Parameters</source>
        <extracomment>Edit output file parameters.</extracomment>
        <translation>パラメータを設定</translation>
    </message>
    <message>
        <source>Edit conversion parameters of selected files.</source>
        <translation>選択されたファイルの変換パラメータを編集.</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>&amp;Qt について</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Qt について</translation>
    </message>
    <message>
        <source>&amp;Open Output Folder</source>
        <translation>出力先を開く(&amp;O)</translation>
    </message>
    <message>
        <source>Open output folder of the selected file.</source>
        <translation>選択されたファイルの出力先を開く.</translation>
    </message>
    <message>
        <source>About &amp;FFmpeg</source>
        <translation>&amp;FFmpeg について</translation>
    </message>
    <message>
        <source>About FFmpeg</source>
        <translation>FFmpeg について</translation>
    </message>
    <message>
        <source>&amp;Remove Selected</source>
        <extracomment>remove selected (tasks, items)</extracomment>
        <translation>選択された項目を除去(&amp;R)</translation>
    </message>
    <message>
        <source>Remove all selected items in the list.</source>
        <translation>すべての選択された項目を一覧から除去.</translation>
    </message>
    <message>
        <source>R&amp;emove Completed</source>
        <extracomment>remove completed (task, items)</extracomment>
        <translation>完了済みの項目を除去(&amp;E)</translation>
    </message>
    <message>
        <source>Remove Completed Items</source>
        <translation>完了済の項目を除去</translation>
    </message>
    <message>
        <source>Remove all completed items in the list.</source>
        <translation>すべての完了済項目を一覧から除去.</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>リストをクリア(&amp;C)</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>一覧をクリア</translation>
    </message>
    <message>
        <source>Remove all items in the list.</source>
        <translation>すべての項目を一覧から除去.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>再試行(&amp;R)</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Retry selected tasks.</source>
        <translation>選択されたタスクを再試行.</translation>
    </message>
    <message>
        <source>Retry &amp;All</source>
        <translation>すべてを再試行(&amp;A)</translation>
    </message>
    <message>
        <source>Retry all tasks.</source>
        <translation>すべてのタスクを再試行.</translation>
    </message>
    <message>
        <source>&amp;Options</source>
        <translation>設定(&amp;O)</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>About Q&amp;WinFF</source>
        <translation>Q&amp;WinFF について</translation>
    </message>
    <message>
        <source>About This Program</source>
        <translation>このプログラムについて</translation>
    </message>
    <message>
        <source>Change Output &amp;Filename</source>
        <translation>出力ファイル名を変更(&amp;F)</translation>
    </message>
    <message>
        <source>Change the output filename of the selected item.</source>
        <translation>選択された項目の出力ファイル名を変更.</translation>
    </message>
    <message>
        <source>Change Output &amp;Directory</source>
        <translation>出力ディレクトリを変更(&amp;D)</translation>
    </message>
    <message>
        <source>Change the output directory of the selected items.</source>
        <translation>選択された項目の出力ディレクトリを変更.</translation>
    </message>
    <message>
        <source>Show Error &amp;Message</source>
        <translation>エラーメッセージを表示(&amp;M)</translation>
    </message>
    <message>
        <source>Check For &amp;Updates</source>
        <translation>更新のチェック(&amp;U)</translation>
    </message>
    <message>
        <source>Cut</source>
        <extracomment>Cut video file (select a time range to conert)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tasks have finished.</source>
        <translation>すべてのタスクが完了しました.</translation>
    </message>
    <message>
        <source>Nothing to convert.</source>
        <translation>変換されていません.</translation>
    </message>
    <message>
        <source>Conversion is still in progress. Abort?</source>
        <translation>変換処理を実行中です、中断しますか?</translation>
    </message>
    <message>
        <source>Shutdown</source>
        <extracomment>Shutdown the computer (completely poweroff)</extracomment>
        <translation>シャットダウン</translation>
    </message>
    <message>
        <source>Shutdown when all tasks are done.</source>
        <translation>全タスク完了後にシャットダウン.</translation>
    </message>
    <message>
        <source>Suspend</source>
        <extracomment>Suspend the computer (sleep to ram, standby)</extracomment>
        <translation>サスペンド</translation>
    </message>
    <message>
        <source>Suspend when all tasks are done.</source>
        <translation>全タスク完了後にスリープ.</translation>
    </message>
    <message>
        <source>Hibernate</source>
        <extracomment>Hibernate the computer (sleep to disk, completely poweroff)</extracomment>
        <translation>休止状態</translation>
    </message>
    <message>
        <source>Hibernate when all tasks are done.</source>
        <translation>全タスク完了後に休止状態.</translation>
    </message>
    <message>
        <source>This program is going to check for updates online. Do you allow this program to use the Internet to check for updates?</source>
        <translation>アップデートの確認にはオンライン接続が必要です、このプログラムのインターネットへの接続を許可しますか?</translation>
    </message>
    <message>
        <source>Failed to load preset file. The application will quit now.</source>
        <translation>プリセットの読み込みに失敗、アプリケーションを終了します.</translation>
    </message>
    <message>
        <source>Elapsed Time: %1 h %2 m %3 s</source>
        <translation>経過時間: %1 時 %2 分 %3 秒</translation>
    </message>
    <message>
        <source>Converting %1/%2</source>
        <extracomment>Converting the %1-th file in %2 files. %2 is the number of files.</extracomment>
        <translation>変換中 %1/%2</translation>
    </message>
</context>
<context>
    <name>MediaConverter</name>
    <message>
        <source>%1 not found.</source>
        <extracomment>%1 is a computer program</extracomment>
        <translation>%1 が見つかりません。</translation>
    </message>
</context>
<context>
    <name>OptionsDialog</name>
    <message>
        <source>Options</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Check for updates on program startup</source>
        <translation>起動時にアップデートの有無を確認</translation>
    </message>
    <message>
        <source>Automatically start conversion after adding files to the list.</source>
        <translation>リストにファイルが追加されたら、自動的に変換を開始する.</translation>
    </message>
    <message>
        <source>Start conversion automatically</source>
        <translation>変換を自動的に開始</translation>
    </message>
    <message>
        <source>FFmpeg</source>
        <translation>FFmpeg</translation>
    </message>
    <message>
        <source>Number of threads to use in conversion</source>
        <translation>変換時に使用するスレッド数</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Hide output formats that are not available in the current ffmpeg installation. It is recommended to turn this option on unless you are sure that QWinFF has failed to detect available formats. (requires restarting QWinFF to take effect)&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;現在インストールされている ffmpeg では利用できない出力形式を非表示にします。QWinFF による利用可能な形式の検出があきらかに失敗している場合を除き、このオプションは有効にしておくことをお勧めします。(設定の変更には QWinFF の再起動が必要)&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Hide unavailable formats (requires restarting)</source>
        <translation>利用できない形式は隠す (再起動が必要)</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>ツール</translation>
    </message>
    <message>
        <source>You have to restart QWinFF for the changes to take effect.</source>
        <translation>ここでの変更は QWinFF の再起動後に適用されます.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>コマンド</translation>
    </message>
</context>
<context>
    <name>PoweroffDialog</name>
    <message>
        <source>QWinFF</source>
        <translation>QWinFF</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Shutdown immediately</source>
        <extracomment>Shutdown the computer</extracomment>
        <translation>すぐにシャットダウン</translation>
    </message>
    <message>
        <source>Suspend immediately</source>
        <extracomment>Suspend the computer (sleep to ram, standby)</extracomment>
        <translation>すぐにスリープ</translation>
    </message>
    <message>
        <source>Hibernate immediately</source>
        <extracomment>Hibernate the computer (sleep to disk, completely poweroff)</extracomment>
        <translation>すぐに休止状態</translation>
    </message>
    <message>
        <source>Shutdown</source>
        <extracomment>Shutdown the computer</extracomment>
        <translation>シャットダウン</translation>
    </message>
    <message>
        <source>Suspend</source>
        <extracomment>Suspend the computer (sleep to ram, standby)</extracomment>
        <translation>スリープ</translation>
    </message>
    <message>
        <source>Hibernate</source>
        <extracomment>Hibernate the computer (sleep to disk, completely poweroff)</extracomment>
        <translation>ハイバネート</translation>
    </message>
    <message>
        <source>Operation Failed: %1</source>
        <translation>処理に失敗: %1</translation>
    </message>
    <message>
        <source>Shutting down in &lt;b&gt;%1&lt;/b&gt; seconds</source>
        <translation>シャットダウンまで &lt;b&gt;%1&lt;/b&gt; 秒</translation>
    </message>
    <message>
        <source>Suspending in &lt;b&gt;%1&lt;/b&gt; seconds</source>
        <translation>スリープまで &lt;b&gt;%1&lt;/b&gt; 秒</translation>
    </message>
    <message>
        <source>Hibernating in &lt;b&gt;%1&lt;/b&gt; seconds</source>
        <translation>休止状態まで &lt;b&gt;%1&lt;/b&gt; 秒</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play Selected Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begin</source>
        <extracomment>noun, the beginning of the video</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <extracomment>noun, the end of the video</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play %1~%2</source>
        <extracomment>play the video from time %1 to time %2. %1 and %2 are time in hh:mm:ss format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeRangeEdit</name>
    <message>
        <source>From Begin</source>
        <translation>最初から</translation>
    </message>
    <message>
        <source>To End</source>
        <translation>最後まで</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <source>Show &amp;Release Notes</source>
        <translation>更新履歴を表示(&amp;R)</translation>
    </message>
    <message>
        <source>Check for updates on program startup</source>
        <translation>起動時にアップデートを確認</translation>
    </message>
    <message>
        <source>Downloading update information...</source>
        <translation>更新情報をダウンロード中...</translation>
    </message>
    <message>
        <source>Cannot connect to server.</source>
        <translation>サーバに接続できません.</translation>
    </message>
    <message>
        <source>Failed to parse the received data.</source>
        <translation>受信データの解析に失敗.</translation>
    </message>
    <message>
        <source>You are already using the latest version of QWinFF.</source>
        <translation>あなたは最新の QWinFF を使用中です.</translation>
    </message>
    <message>
        <source>An unknown error has occurred.</source>
        <translation>不明なエラーが発生.</translation>
    </message>
    <message>
        <source>A new version of QWinFF has been released!</source>
        <translation>QWinFF の新バージョンが公開されています!</translation>
    </message>
    <message>
        <source>Version &lt;b&gt;%1&lt;/b&gt; is available at %2.</source>
        <extracomment>%1 is version number, %2 is the project homepage</extracomment>
        <translation>バージョン &lt;b&gt;%1&lt;/b&gt; %2 が利用可能.</translation>
    </message>
    <message>
        <source>You can download this version using the link:</source>
        <translation>このリンクからダウンロード可能です:</translation>
    </message>
</context>
</TS>
