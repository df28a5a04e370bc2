<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.0" language="ja_JP" sourcelanguage="">
  <context>
    <name>ConfigDialog</name>
    <message>
      <location filename="../config.py" line="106" />
      <source>Using configuration file at:</source>
      <translation>使用中の設定ファイルの場所:</translation>
    </message>
    <message>
      <location filename="../config.py" line="131" />
      <source>Behavior</source>
      <translation>動作設定</translation>
    </message>
    <message>
      <location filename="../config.py" line="132" />
      <source>Automatically save documents</source>
      <translation>文書を自動保存する</translation>
    </message>
    <message>
      <location filename="../config.py" line="133" />
      <source>Automatically open last documents on startup</source>
      <translation>最後に開いていた文書を起動時に自動で開く</translation>
    </message>
    <message>
      <location filename="../config.py" line="134" />
      <source>Number of recent documents</source>
      <translation>最近使用したファイルの表示数</translation>
    </message>
    <message>
      <location filename="../config.py" line="135" />
      <source>Restore window geometry</source>
      <translation>ウィンドウの表示位置を記憶する</translation>
    </message>
    <message>
      <location filename="../config.py" line="136" />
      <source>Default preview state</source>
      <translation>デフォルトのプレビューの状態</translation>
    </message>
    <message>
      <location filename="../config.py" line="137" />
      <source>Open external links in ReText window</source>
      <translation>外部リンクを ReText ウィンドウ内で開く</translation>
    </message>
    <message>
      <location filename="../config.py" line="138" />
      <source>Markdown syntax extensions (comma-separated)</source>
      <translation>Markdown 記法の拡張 (カンマ区切り)</translation>
    </message>
    <message>
      <location filename="../config.py" line="139" />
      <source>Enable synchronized scrolling for Markdown</source>
      <translation>Markdown の同期スクロールを有効にする</translation>
    </message>
    <message>
      <location filename="../config.py" line="205" />
      <location filename="../config.py" line="143" />
      <source>Editor</source>
      <translation>エディター</translation>
    </message>
    <message>
      <location filename="../config.py" line="144" />
      <source>Highlight current line</source>
      <translation>カーソル行をハイライト表示する</translation>
    </message>
    <message>
      <location filename="../config.py" line="145" />
      <source>Show line numbers</source>
      <translation>行番号を表示する</translation>
    </message>
    <message>
      <location filename="../config.py" line="146" />
      <source>Line numbers are relative to current line</source>
      <translation>現在の行を起点にして行番号を表示する</translation>
    </message>
    <message>
      <location filename="../config.py" line="147" />
      <source>Tab key inserts spaces</source>
      <translation>タブ文字の代わりにスペースを入力する</translation>
    </message>
    <message>
      <location filename="../config.py" line="148" />
      <source>Tabulation width</source>
      <translation>タブの桁数</translation>
    </message>
    <message>
      <location filename="../config.py" line="149" />
      <source>Draw vertical line at column</source>
      <translation>指定した列に縦線を表示する</translation>
    </message>
    <message>
      <location filename="../config.py" line="150" />
      <source>Enable soft wrap</source>
      <translation>自動改行を有効にする</translation>
    </message>
    <message>
      <location filename="../config.py" line="151" />
      <source>Show document stats</source>
      <translation>文書の統計を表示する</translation>
    </message>
    <message>
      <location filename="../config.py" line="152" />
      <source>Ordered list mode</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../config.py" line="154" />
      <source>Interface</source>
      <translation>外観</translation>
    </message>
    <message>
      <location filename="../config.py" line="155" />
      <source>Hide toolbar</source>
      <translation>ツールバーを隠す</translation>
    </message>
    <message>
      <location filename="../config.py" line="156" />
      <source>Icon theme name</source>
      <translation>アイコンテーマ名</translation>
    </message>
    <message>
      <location filename="../config.py" line="157" />
      <source>Stylesheet file</source>
      <translation>スタイルシートファイル</translation>
    </message>
    <message>
      <location filename="../config.py" line="158" />
      <source>Hide tabs bar when there is only one tab</source>
      <translation>タブが一つのときはタブバーを隠す</translation>
    </message>
    <message>
      <location filename="../config.py" line="159" />
      <source>Show full path in window title</source>
      <translation>タイトルバーにフルパスを表示する</translation>
    </message>
    <message>
      <location filename="../config.py" line="160" />
      <source>Show directory tree</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../config.py" line="161" />
      <source>Working directory</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../config.py" line="181" />
      <source>Help</source>
      <translation>ヘルプ</translation>
    </message>
    <message>
      <location filename="../config.py" line="206" />
      <source>Live preview</source>
      <translation>ライブプレビュー</translation>
    </message>
    <message>
      <location filename="../config.py" line="207" />
      <source>Normal preview</source>
      <translation>通常のプレビュー</translation>
    </message>
    <message>
      <location filename="../config.py" line="212" />
      <source>Disabled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../config.py" line="213" />
      <source>Cursor Line</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../config.py" line="214" />
      <source>Wrapped Line</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../config.py" line="219" />
      <source>Increment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../config.py" line="220" />
      <source>Repeat</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DirectorySelectButton</name>
    <message>
      <location filename="../config.py" line="81" />
      <source>Select directory to open</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>EncodingDialog</name>
    <message>
      <location filename="../dialogs.py" line="73" />
      <source>Enter encoding name:</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>FileDialogButton</name>
    <message>
      <location filename="../config.py" line="47" />
      <source>Select</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../config.py" line="50" />
      <source>(none)</source>
      <translation>(なし)</translation>
    </message>
    <message>
      <location filename="../config.py" line="58" />
      <source>Currently selected: %s</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>FileSelectButton</name>
    <message>
      <location filename="../config.py" line="70" />
      <source>Select file to open</source>
      <translation>ファイルを開く</translation>
    </message>
    <message>
      <location filename="../config.py" line="72" />
      <source>CSS files (*.css)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../config.py" line="72" />
      <source>All files (*)</source>
      <translation>すべてのファイル (*)</translation>
    </message>
  </context>
  <context>
    <name>InsertTableDialog</name>
    <message>
      <location filename="../tabledialog.py" line="26" />
      <source>Insert table</source>
      <translation>表を挿入</translation>
    </message>
    <message>
      <location filename="../tabledialog.py" line="35" />
      <source>Number of rows</source>
      <translation>行数</translation>
    </message>
    <message>
      <location filename="../tabledialog.py" line="36" />
      <source>Number of columns</source>
      <translation>列数</translation>
    </message>
  </context>
  <context>
    <name>LocaleDialog</name>
    <message>
      <location filename="../dialogs.py" line="51" />
      <source>Enter locale name (example: en_US)</source>
      <translation>ロケール名を入力してください (例: ja_JP)</translation>
    </message>
    <message>
      <location filename="../dialogs.py" line="52" />
      <source>It is possible to specify multiple languages, separated by comma.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dialogs.py" line="58" />
      <source>Set as default</source>
      <translation>デフォルトにする</translation>
    </message>
  </context>
  <context>
    <name>Proxy</name>
    <message>
      <location filename="../fakevimeditor.py" line="68" />
      <source>No write since last change (add ! to override)</source>
      <translation>最後の変更が保存されていません (! で変更を破棄)</translation>
    </message>
    <message>
      <location filename="../fakevimeditor.py" line="124" />
      <source>Information</source>
      <translation>情報</translation>
    </message>
  </context>
  <context>
    <name>ReTextEdit</name>
    <message>
      <location filename="../editor.py" line="289" />
      <source>Add to dictionary</source>
      <translation>辞書に追加</translation>
    </message>
    <message>
      <location filename="../editor.py" line="529" />
      <source>Save image</source>
      <translation>画像を保存</translation>
    </message>
    <message>
      <location filename="../editor.py" line="531" />
      <source>Images (*.png *.jpg)</source>
      <translation>画像 (*.png *.jpg)</translation>
    </message>
  </context>
  <context>
    <name>ReTextTab</name>
    <message>
      <location filename="../tab.py" line="174" />
      <source>New document</source>
      <translation>新規文書</translation>
    </message>
    <message>
      <location filename="../tab.py" line="179" />
      <source>Could not parse file contents, check if you have the &lt;a href="%s"&gt;necessary module&lt;/a&gt; installed!</source>
      <translation>ファイルの内容を解析できませんでした。&lt;a href="%s"&gt;必要なモジュール&lt;/a&gt;がインストールされているか確認してください。</translation>
    </message>
    <message>
      <location filename="../tab.py" line="489" />
      <source>Create missing file?</source>
      <translation>見つからないファイルを作成しますか？</translation>
    </message>
    <message>
      <location filename="../tab.py" line="490" />
      <source>The file '%s' does not exist.

Do you want to create it?</source>
      <translation>'%s' は存在しません。

作成しますか？</translation>
    </message>
    <message>
      <location filename="../tab.py" line="523" />
      <source>File could not be created</source>
      <translation>ファイルを作成できませんでした</translation>
    </message>
    <message>
      <location filename="../tab.py" line="524" />
      <source>Could not create file '%s': %s</source>
      <translation>'%s' を作成できませんでした: %s</translation>
    </message>
  </context>
  <context>
    <name>ReTextWindow</name>
    <message>
      <location filename="../window.py" line="147" />
      <source>File toolbar</source>
      <translation>ファイルツールバー</translation>
    </message>
    <message>
      <location filename="../window.py" line="149" />
      <source>Edit toolbar</source>
      <translation>編集ツールバー</translation>
    </message>
    <message>
      <location filename="../window.py" line="151" />
      <source>Search toolbar</source>
      <translation>検索ツールバー</translation>
    </message>
    <message>
      <location filename="../window.py" line="155" />
      <source>New</source>
      <translation>新規</translation>
    </message>
    <message>
      <location filename="../window.py" line="157" />
      <source>Open</source>
      <translation>開く</translation>
    </message>
    <message>
      <location filename="../window.py" line="159" />
      <source>Set encoding</source>
      <translation>文字エンコーディング</translation>
    </message>
    <message>
      <location filename="../window.py" line="1273" />
      <location filename="../window.py" line="162" />
      <source>Reload</source>
      <translation>再読み込み</translation>
    </message>
    <message>
      <location filename="../window.py" line="165" />
      <source>Save</source>
      <translation>保存</translation>
    </message>
    <message>
      <location filename="../window.py" line="168" />
      <source>Save as</source>
      <translation>名前を付けて保存</translation>
    </message>
    <message>
      <location filename="../window.py" line="170" />
      <source>Next tab</source>
      <translation>次のタブへ</translation>
    </message>
    <message>
      <location filename="../window.py" line="176" />
      <source>Previous tab</source>
      <translation>前のタブへ</translation>
    </message>
    <message>
      <location filename="../window.py" line="184" />
      <source>Close tab</source>
      <translation>タブを閉じる</translation>
    </message>
    <message>
      <location filename="../window.py" line="186" />
      <source>Print</source>
      <translation>印刷</translation>
    </message>
    <message>
      <location filename="../window.py" line="188" />
      <source>Print preview</source>
      <translation>印刷プレビュー</translation>
    </message>
    <message>
      <location filename="../window.py" line="191" />
      <source>View HTML code</source>
      <translation>HTML コードを表示</translation>
    </message>
    <message>
      <location filename="../window.py" line="196" />
      <source>Change editor font</source>
      <translation>エディターのフォントを変更</translation>
    </message>
    <message>
      <location filename="../window.py" line="198" />
      <source>Change preview font</source>
      <translation>プレビューのフォントを変更</translation>
    </message>
    <message>
      <location filename="../window.py" line="200" />
      <source>Find text</source>
      <translation>テキストを検索</translation>
    </message>
    <message>
      <location filename="../window.py" line="784" />
      <location filename="../window.py" line="202" />
      <source>Go to line</source>
      <translation>指定行へ移動</translation>
    </message>
    <message>
      <location filename="../window.py" line="205" />
      <source>Preview</source>
      <translation>プレビュー</translation>
    </message>
    <message>
      <location filename="../window.py" line="215" />
      <source>Live preview</source>
      <translation>ライブプレビュー</translation>
    </message>
    <message>
      <location filename="../window.py" line="219" />
      <source>Insert table</source>
      <translation>表を挿入</translation>
    </message>
    <message>
      <location filename="../window.py" line="221" />
      <source>Table editing mode</source>
      <translation>表編集モード</translation>
    </message>
    <message>
      <location filename="../window.py" line="224" />
      <source>Insert images by file path</source>
      <translation>画像 (ファイルパス) を挿入</translation>
    </message>
    <message>
      <location filename="../window.py" line="227" />
      <source>FakeVim mode</source>
      <translation>擬似 Vim モード</translation>
    </message>
    <message>
      <location filename="../window.py" line="232" />
      <source>Fullscreen mode</source>
      <translation>フルスクリーンモード</translation>
    </message>
    <message>
      <location filename="../window.py" line="732" />
      <location filename="../window.py" line="235" />
      <source>Preferences</source>
      <translation>設定</translation>
    </message>
    <message>
      <location filename="../window.py" line="246" />
      <source>Quit</source>
      <translation>終了</translation>
    </message>
    <message>
      <location filename="../window.py" line="252" />
      <source>Undo</source>
      <translation>元に戻す</translation>
    </message>
    <message>
      <location filename="../window.py" line="254" />
      <source>Redo</source>
      <translation>やり直す</translation>
    </message>
    <message>
      <location filename="../window.py" line="256" />
      <source>Copy</source>
      <translation>コピー</translation>
    </message>
    <message>
      <location filename="../window.py" line="258" />
      <source>Cut</source>
      <translation>切り取り</translation>
    </message>
    <message>
      <location filename="../window.py" line="260" />
      <source>Paste</source>
      <translation>貼り付け</translation>
    </message>
    <message>
      <location filename="../window.py" line="263" />
      <source>Paste image</source>
      <translation>画像を貼りつけ</translation>
    </message>
    <message>
      <location filename="../window.py" line="268" />
      <source>Move line up</source>
      <translation>行を上に移動</translation>
    </message>
    <message>
      <location filename="../window.py" line="270" />
      <source>Move line down</source>
      <translation>行を下に移動</translation>
    </message>
    <message>
      <location filename="../window.py" line="278" />
      <source>Enable</source>
      <translation>有効</translation>
    </message>
    <message>
      <location filename="../window.py" line="279" />
      <source>Set locale</source>
      <translation>ロケールの設定</translation>
    </message>
    <message>
      <location filename="../window.py" line="280" />
      <source>Use WebEngine (Chromium) renderer</source>
      <translation>WebEngine (Chromium) レンダラーを使用</translation>
    </message>
    <message>
      <location filename="../window.py" line="286" />
      <source>Show directory</source>
      <translation>ディレクトリを表示</translation>
    </message>
    <message>
      <location filename="../window.py" line="287" />
      <source>Show directory tree</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../window.py" line="291" />
      <source>Next</source>
      <translation>次へ</translation>
    </message>
    <message>
      <location filename="../window.py" line="293" />
      <source>Previous</source>
      <translation>前へ</translation>
    </message>
    <message>
      <location filename="../window.py" line="295" />
      <source>Replace</source>
      <translation>置換</translation>
    </message>
    <message>
      <location filename="../window.py" line="297" />
      <source>Replace all</source>
      <translation>すべて置換</translation>
    </message>
    <message>
      <location filename="../window.py" line="300" />
      <source>Close</source>
      <translation>閉じる</translation>
    </message>
    <message>
      <location filename="../window.py" line="304" />
      <source>Get help online</source>
      <translation>オンラインでヘルプを読む</translation>
    </message>
    <message>
      <location filename="../window.py" line="305" />
      <source>What's new</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../window.py" line="306" />
      <source>About ReText</source>
      <translation>ReText について</translation>
    </message>
    <message>
      <location filename="../window.py" line="309" />
      <source>About Qt</source>
      <translation>Qt について</translation>
    </message>
    <message>
      <location filename="../window.py" line="324" />
      <source>Bold</source>
      <translation>太字</translation>
    </message>
    <message>
      <location filename="../window.py" line="326" />
      <source>Italic</source>
      <translation>斜体</translation>
    </message>
    <message>
      <location filename="../window.py" line="328" />
      <source>Underline</source>
      <translation>下線</translation>
    </message>
    <message>
      <location filename="../window.py" line="405" />
      <location filename="../window.py" line="337" />
      <source>Formatting</source>
      <translation>書式</translation>
    </message>
    <message>
      <location filename="../window.py" line="341" />
      <source>Symbols</source>
      <translation>シンボル</translation>
    </message>
    <message>
      <location filename="../window.py" line="346" />
      <source>&amp;File</source>
      <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
      <location filename="../window.py" line="347" />
      <source>&amp;Edit</source>
      <translation>編集(&amp;E)</translation>
    </message>
    <message>
      <location filename="../window.py" line="348" />
      <source>&amp;Help</source>
      <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
      <location filename="../window.py" line="353" />
      <source>Open recent</source>
      <translation>最近使用したファイル</translation>
    </message>
    <message>
      <location filename="../window.py" line="368" />
      <source>Export</source>
      <translation>エクスポート</translation>
    </message>
    <message>
      <location filename="../window.py" line="393" />
      <source>Spell check</source>
      <translation>スペルチェック</translation>
    </message>
    <message>
      <location filename="../window.py" line="402" />
      <source>Default markup</source>
      <translation>デフォルトのマークアップ</translation>
    </message>
    <message>
      <location filename="../window.py" line="450" />
      <source>Search</source>
      <translation>検索</translation>
    </message>
    <message>
      <location filename="../window.py" line="453" />
      <source>Replace with</source>
      <translation>置換先</translation>
    </message>
    <message>
      <location filename="../window.py" line="455" />
      <source>Case sensitively</source>
      <translation>大文字と小文字を区別</translation>
    </message>
    <message>
      <location filename="../window.py" line="635" />
      <location filename="../window.py" line="592" />
      <source>New document</source>
      <translation>新規文書</translation>
    </message>
    <message>
      <location filename="../window.py" line="784" />
      <source>Type the line number</source>
      <translation>行番号を入力してください</translation>
    </message>
    <message>
      <location filename="../window.py" line="820" />
      <source>Please, save the file somewhere.</source>
      <translation>どこかにファイルを保存してください。</translation>
    </message>
    <message>
      <location filename="../window.py" line="933" />
      <source>Select one or several files to open</source>
      <translation>開きたいファイルを選択してください (複数可)</translation>
    </message>
    <message>
      <location filename="../window.py" line="1342" />
      <location filename="../window.py" line="934" />
      <source>Supported files</source>
      <translation>サポートしているファイル</translation>
    </message>
    <message>
      <location filename="../window.py" line="1342" />
      <location filename="../window.py" line="934" />
      <source>All files (*)</source>
      <translation>すべてのファイル (*)</translation>
    </message>
    <message>
      <location filename="../window.py" line="992" />
      <source>Plain text (*.txt)</source>
      <translation>プレーンテキスト (*.txt)</translation>
    </message>
    <message>
      <location filename="../window.py" line="996" />
      <source>%s files</source>
      <comment>Example of final string: Markdown files</comment>
      <translation>%s ファイル</translation>
    </message>
    <message>
      <location filename="../window.py" line="1066" />
      <location filename="../window.py" line="1010" />
      <source>Save file</source>
      <translation>ファイルを保存</translation>
    </message>
    <message>
      <location filename="../window.py" line="1018" />
      <source>Cannot save to file which is open in another tab!</source>
      <translation>他のタブで開いているファイルには保存できません。</translation>
    </message>
    <message>
      <location filename="../window.py" line="1056" />
      <source>Export document to ODT</source>
      <translation>文書を ODT にエクスポート</translation>
    </message>
    <message>
      <location filename="../window.py" line="1057" />
      <source>OpenDocument text files (*.odt)</source>
      <translation>OpenDocument テキストファイル (*.odt)</translation>
    </message>
    <message>
      <location filename="../window.py" line="1067" />
      <source>HTML files (*.html *.htm)</source>
      <translation>HTML ファイル (*.html *.htm)</translation>
    </message>
    <message>
      <location filename="../window.py" line="1087" />
      <source>Unrecognized paperSize setting "%s".</source>
      <translation>"%s" は認識されない用紙サイズ設定です。</translation>
    </message>
    <message>
      <location filename="../window.py" line="1102" />
      <source>Export document to PDF</source>
      <translation>文書を PDF にエクスポート</translation>
    </message>
    <message>
      <location filename="../window.py" line="1104" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
      <location filename="../window.py" line="1133" />
      <source>Print document</source>
      <translation>文書を印刷</translation>
    </message>
    <message>
      <location filename="../window.py" line="1156" />
      <source>Export document</source>
      <translation>文書をエクスポート</translation>
    </message>
    <message>
      <location filename="../window.py" line="1176" />
      <source>Failed to execute the command:</source>
      <translation>コマンドの実行に失敗しました:</translation>
    </message>
    <message>
      <location filename="../window.py" line="1212" />
      <source>Alt text</source>
      <translation>Alt 属性の文字列</translation>
    </message>
    <message>
      <location filename="../window.py" line="1213" />
      <location filename="../window.py" line="1212" />
      <source>URL</source>
      <translation>URL</translation>
    </message>
    <message>
      <location filename="../window.py" line="1213" />
      <source>Link text</source>
      <translation>リンクの文字列</translation>
    </message>
    <message>
      <location filename="../window.py" line="1254" />
      <source>This file has been deleted by other application.
Please make sure you save the file before exit.</source>
      <translation>このファイルは他のアプリケーションによって削除されました。
終了する前にファイルを保存してください。</translation>
    </message>
    <message>
      <location filename="../window.py" line="1263" />
      <source>This document has been modified by other application.
Do you want to reload the file (this will discard all your changes)?
</source>
      <translation>この文書は他のアプリケーションによって変更されました。
すべての変更を破棄して再読み込みしますか？
</translation>
    </message>
    <message>
      <location filename="../window.py" line="1268" />
      <source>Automatic saving has been temporarily disabled for this tab to prevent data loss. It will be re-enabled when you reload the file or save it manually.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../window.py" line="1293" />
      <source>The document has been modified.
Do you want to save your changes?</source>
      <translation>文書は変更されています。
変更内容を保存しますか？</translation>
    </message>
    <message>
      <location filename="../window.py" line="1330" />
      <source>HTML code</source>
      <translation>HTML コード</translation>
    </message>
    <message>
      <location filename="../window.py" line="1341" />
      <source>Select one or several images to open</source>
      <translation>開きたい画像を選択してください (複数可)</translation>
    </message>
    <message>
      <location filename="../window.py" line="1362" />
      <source>ReText %s (using PyMarkups %s)</source>
      <translation>ReText %s (PyMarkups %s を使用)</translation>
    </message>
    <message>
      <location filename="../window.py" line="1363" />
      <source>Simple but powerful editor for Markdown and reStructuredText</source>
      <translation>Markdown と reStructuredText のためのシンプルでパワフルなエディター</translation>
    </message>
    <message>
      <location filename="../window.py" line="1365" />
      <source>Author: Dmitry Shachnev, 2011</source>
      <translation>作者: Dmitry Shachnev, 2011</translation>
    </message>
    <message>
      <location filename="../window.py" line="1368" />
      <source>Markdown syntax</source>
      <translation>Markdown 記法</translation>
    </message>
    <message>
      <location filename="../window.py" line="1370" />
      <source>reStructuredText syntax</source>
      <translation>reStructuredText 記法</translation>
    </message>
  </context>
  <context>
    <name>TextInfoArea</name>
    <message>
      <location filename="../editor.py" line="738" />
      <source>%d w | %d a | %d c</source>
      <comment>count of words, alphanumeric characters, all characters</comment>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>main</name>
    <message>
      <location filename="../__main__.py" line="85" />
      <source>Open the files in preview mode</source>
      <translation>ファイルをプレビューモードで開く</translation>
    </message>
    <message>
      <location filename="../__main__.py" line="87" />
      <source>Create a new window even if there is an existing one</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../__main__.py" line="91" />
      <source>List of files to open</source>
      <translation>開くファイルの一覧</translation>
    </message>
  </context>
</TS>
