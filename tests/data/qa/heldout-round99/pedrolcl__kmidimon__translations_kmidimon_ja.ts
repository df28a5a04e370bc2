<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>&lt;html&gt;&lt;head&gt;&lt;meta name=&quot;qrichtext&quot; content=&quot;1&quot; /&gt;&lt;style type=&quot;text/css&quot;&gt;
p, li { white-space: pre-wrap; }&lt;/style&gt;&lt;/head&gt;&lt;body style=&quot;font-family:&apos;Sans Serif&apos;; font-size:12pt; font-style:normal;&quot;&gt;&lt;p style=&quot;margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;Version: %1&lt;br/&gt;Qt version: %5&lt;br/&gt;Drumstick version: %6&lt;br/&gt;Build date: %2&lt;br/&gt;Build time: %3&lt;br/&gt;Compiler: %4&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head&gt;&lt;meta name=&quot;qrichtext&quot; content=&quot;1&quot; /&gt;&lt;style type=&quot;text/css&quot;&gt;
p, li { white-space: pre-wrap; }&lt;/style&gt;&lt;/head&gt;&lt;body style=&quot;font-family:&apos;Sans Serif&apos;; font-size:12pt; font-style:normal;&quot;&gt;&lt;p style=&quot;margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;Version: %1&lt;br/&gt;Qt version: %5&lt;br/&gt;Drumstick version: %6&lt;br/&gt;Build date: %2&lt;br/&gt;Build time: %3&lt;br/&gt;Compiler: %4&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
</context>
<context>
    <name>AboutClass</name>
    <message>
        <source>About</source>
        <translation></translation>
    </message>
    <message>
        <source>&lt;!DOCTYPE HTML PUBLIC &quot;-//W3C//DTD HTML 4.0//EN&quot; &quot;http://www.w3.org/TR/REC-html40/strict.dtd&quot;&gt;
&lt;html&gt;&lt;head&gt;&lt;meta name=&quot;qrichtext&quot; content=&quot;1&quot; /&gt;&lt;style type=&quot;text/css&quot;&gt;
p, li { white-space: pre-wrap; }
&lt;/style&gt;&lt;/head&gt;&lt;body style=&quot; font-family:&apos;Sans Serif&apos;; font-size:10pt; font-weight:400; font-style:normal;&quot;&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;span style=&quot; font-size:16pt; font-weight:600;&quot;&gt;Drumstick MIDI Monitor&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;!DOCTYPE HTML PUBLIC &quot;-//W3C//DTD HTML 4.0//EN&quot; &quot;http://www.w3.org/TR/REC-html40/strict.dtd&quot;&gt;
&lt;html&gt;&lt;head&gt;&lt;meta name=&quot;qrichtext&quot; content=&quot;1&quot; /&gt;&lt;style type=&quot;text/css&quot;&gt;
p, li { white-space: pre-wrap; }
&lt;/style&gt;&lt;/head&gt;&lt;body style=&quot; font-family:&apos;Sans Serif&apos;; font-size:10pt; font-weight:400; font-style:normal;&quot;&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;span style=&quot; font-size:16pt; font-weight:600;&quot;&gt;Drumstick MIDI Monitor&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>&lt;!DOCTYPE HTML PUBLIC &quot;-//W3C//DTD HTML 4.0//EN&quot; &quot;http://www.w3.org/TR/REC-html40/strict.dtd&quot;&gt;
&lt;html&gt;&lt;head&gt;&lt;meta name=&quot;qrichtext&quot; content=&quot;1&quot; /&gt;&lt;style type=&quot;text/css&quot;&gt;
p, li { white-space: pre-wrap; }
&lt;/style&gt;&lt;/head&gt;&lt;body style=&quot; font-family:&apos;Noto Sans&apos;; font-size:10pt; font-weight:400; font-style:normal;&quot;&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;a href=&quot;https://kmidimon.sourceforge.io&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#007af4;&quot;&gt;https://kmidimon.sourceforge.io&lt;/span&gt;&lt;/a&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;!DOCTYPE HTML PUBLIC &quot;-//W3C//DTD HTML 4.0//EN&quot; &quot;http://www.w3.org/TR/REC-html40/strict.dtd&quot;&gt;
&lt;html&gt;&lt;head&gt;&lt;meta name=&quot;qrichtext&quot; content=&quot;1&quot; /&gt;&lt;style type=&quot;text/css&quot;&gt;
p, li { white-space: pre-wrap; }
&lt;/style&gt;&lt;/head&gt;&lt;body style=&quot; font-family:&apos;Noto Sans&apos;; font-size:10pt; font-weight:400; font-style:normal;&quot;&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;a href=&quot;https://kmidimon.sourceforge.io&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#007af4;&quot;&gt;https://kmidimon.sourceforge.io&lt;/span&gt;&lt;/a&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>&lt;!DOCTYPE HTML PUBLIC &quot;-//W3C//DTD HTML 4.0//EN&quot; &quot;http://www.w3.org/TR/REC-html40/strict.dtd&quot;&gt;
&lt;html&gt;&lt;head&gt;&lt;meta name=&quot;qrichtext&quot; content=&quot;1&quot; /&gt;&lt;style type=&quot;text/css&quot;&gt;
p, li { white-space: pre-wrap; }
&lt;/style&gt;&lt;/head&gt;&lt;body style=&quot; font-family:&apos;Noto Sans&apos;; font-size:10pt; font-weight:400; font-style:normal;&quot;&gt;
&lt;p style=&quot; margin-top:12px; margin-bottom:12px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;span style=&quot; font-family:&apos;Sans Serif&apos;;&quot;&gt;Copyright © 2002-2021, &lt;/span&gt;&lt;a href=&quot;mailto:plcl@users.sf.net?subject=VMPK&quot;&gt;&lt;span style=&quot; font-family:&apos;Sans Serif&apos;; font-size:9pt; text-decoration: underline; color:#0057ae;&quot;&gt;Pedro Lopez-Cabanillas &amp;lt;plcl@users.sf.net&amp;gt;&lt;/span&gt;&lt;/a&gt;&lt;/p&gt;
&lt;p style=&quot; margin-top:12px; margin-bottom:12px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;span style=&quot; font-family:&apos;DejaVu Sans&apos;;&quot;&gt;This program is free software; you can redistribute it under the terms of the GNU General Public License as published by the Free Software Foundation; either version 2 of the License, or (at your option) any later version.&lt;/span&gt;&lt;/p&gt;
&lt;p style=&quot; margin-top:12px; margin-bottom:12px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;span style=&quot; font-family:&apos;DejaVu Sans&apos;;&quot;&gt;This program is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; without even the implied warranty of  MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the GNU General Public License for more details.&lt;/span&gt;&lt;/p&gt;
&lt;p style=&quot; margin-top:12px; margin-bottom:12px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;span style=&quot; font-family:&apos;DejaVu Sans&apos;;&quot;&gt;You should have received a copy of the GNU General Public License along with this program; if not, see &lt;/span&gt;&lt;a href=&quot;https://www.gnu.org/licenses/&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#007af4;&quot;&gt;https://www.gnu.org/licenses/&lt;/span&gt;&lt;/a&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;!DOCTYPE HTML PUBLIC &quot;-//W3C//DTD HTML 4.0//EN&quot; &quot;http://www.w3.org/TR/REC-html40/strict.dtd&quot;&gt;
&lt;html&gt;&lt;head&gt;&lt;meta name=&quot;qrichtext&quot; content=&quot;1&quot; /&gt;&lt;style type=&quot;text/css&quot;&gt;
p, li { white-space: pre-wrap; }
&lt;/style&gt;&lt;/head&gt;&lt;body style=&quot; font-family:&apos;Noto Sans&apos;; font-size:10pt; font-weight:400; font-style:normal;&quot;&gt;
&lt;p style=&quot; margin-top:12px; margin-bottom:12px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;span style=&quot; font-family:&apos;Sans Serif&apos;;&quot;&gt;Copyright © 2002-2021, &lt;/span&gt;&lt;a href=&quot;mailto:plcl@users.sf.net?subject=VMPK&quot;&gt;&lt;span style=&quot; font-family:&apos;Sans Serif&apos;; font-size:9pt; text-decoration: underline; color:#0057ae;&quot;&gt;Pedro Lopez-Cabanillas &amp;lt;plcl@users.sf.net&amp;gt;&lt;/span&gt;&lt;/a&gt;&lt;/p&gt;
&lt;p style=&quot; margin-top:12px; margin-bottom:12px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;span style=&quot; font-family:&apos;DejaVu Sans&apos;;&quot;&gt;This program is free software; you can redistribute it under the terms of the GNU General Public License as published by the Free Software Foundation; either version 2 of the License, or (at your option) any later version.&lt;/span&gt;&lt;/p&gt;
&lt;p style=&quot; margin-top:12px; margin-bottom:12px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;span style=&quot; font-family:&apos;DejaVu Sans&apos;;&quot;&gt;This program is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; without even the implied warranty of  MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the GNU General Public License for more details.&lt;/span&gt;&lt;/p&gt;
&lt;p style=&quot; margin-top:12px; margin-bottom:12px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;span style=&quot; font-family:&apos;DejaVu Sans&apos;;&quot;&gt;You should have received a copy of the GNU General Public License along with this program; if not, see &lt;/span&gt;&lt;a href=&quot;https://www.gnu.org/licenses/&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#007af4;&quot;&gt;https://www.gnu.org/licenses/&lt;/span&gt;&lt;/a&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
</context>
<context>
    <name>ConfigDialog</name>
    <message>
        <source>KMidimon Configuration</source>
        <comment>@title:window</comment>
        <translation>KMidimonの設定</translation>
    </message>
    <message>
        <source>Default ( ASCII )</source>
        <comment>@item:inlistbox Default MIDI text encoding</comment>
        <translation>既定値 ( ASCII )</translation>
    </message>
</context>
<context>
    <name>ConfigDialogBase</name>
    <message>
        <source>Sequencer</source>
        <translation>シーケンサ</translation>
    </message>
    <message>
        <source>Queue Default Settings</source>
        <translation>Queue Default Settings</translation>
    </message>
    <message>
        <source>Tempo (BPM)</source>
        <translation>テンポ(BPM)</translation>
    </message>
    <message>
        <source>The number of beats per minute, or music speed. This is a default value; MIDI files may change this value.</source>
        <translation>The number of beats per minute, or music speed. これは既定値です; MIDIファイル
はこの値に変更されます。</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解像度</translation>
    </message>
    <message>
        <source>The number of MIDI ticks per quarter note. This is a default value; a MIDI file (SMF) may change this value.</source>
        <translation>The number of MIDI ticks per quarter note. これは既定値です; MIDIファイル(SMF)
はこの値に変更されます。</translation>
    </message>
    <message>
        <source>Request realtime priority for MIDI input</source>
        <translation>Request realtime priority for MIDI input</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>フィルタ</translation>
    </message>
    <message>
        <source>Filter Message Types</source>
        <translation>Filter Message Types</translation>
    </message>
    <message>
        <source>MIDI Channel messages include: Note On/Off, Control Change, Program Change, Pitch Wheel, Key and Channel Pressure.</source>
        <translation>MIDI Channel messages include: Note On/Off, Control Change, Program Change, Pitch Wheel, Key and Channel Pressure.</translation>
    </message>
    <message>
        <source>MIDI Channel Messages</source>
        <translation>MIDIチャンネルメッセージ</translation>
    </message>
    <message>
        <source>System common messages are: quarter frame, song position and tune request.</source>
        <translation>システムコモンメッセージは右記の通り: quarter frame, song position and tune request.</translation>
    </message>
    <message>
        <source>MIDI System Common Messages</source>
        <translation>MIDIシステムコモンメッセージ</translation>
    </message>
    <message>
        <source>System realtime messages are: clock, start, continue, stop, active sensing and reset.</source>
        <translation>システムリアルタイムメッセージは右記の通り: clock, start, continue, stop, active sensing and reset.</translation>
    </message>
    <message>
        <source>MIDI System Real-Time Messages</source>
        <translation>MIDI System Real-Time Messages</translation>
    </message>
    <message>
        <source>System exclusive messages can be: universal and manufacturer defined.</source>
        <translation>System exclusive messages can be: universal and manufacturer defined.</translation>
    </message>
    <message>
        <source>MIDI System Exclusive Messages</source>
        <translation>MIDIシステムエクスクルーシブメッセージ</translation>
    </message>
    <message>
        <source>ALSA Messages are: client and port start/exit, and connection changes.</source>
        <translation>ALSAメッセージはクライアントとポート開始/exitと接続変更です。</translation>
    </message>
    <message>
        <source>ALSA Messages</source>
        <translation>ALSAメッセージ</translation>
    </message>
    <message>
        <source>Standard MIDI file (SMF) messages include: key/time signature and text messages</source>
        <translation>標準MIDIファイル(SMF)メッセージはキー/時間シグネチャとテキストメッセージを含みます</translation>
    </message>
    <message>
        <source>SMF Messages</source>
        <translation>SMFメッセージ</translation>
    </message>
    <message>
        <source>Display</source>
        <comment>Columns to show</comment>
        <translation>表示</translation>
    </message>
    <message>
        <source>Show Columns</source>
        <translation>カラムを表示</translation>
    </message>
    <message>
        <source>Ticks are the musical time units. It is relative to tempo and resolution.</source>
        <translation>Ticks are the musical time units. It is relative to tempo and resolution.</translation>
    </message>
    <message>
        <source>Ticks</source>
        <translation>ティック</translation>
    </message>
    <message>
        <source>Seconds are absolute time units</source>
        <translation>秒は絶対時間の単位</translation>
    </message>
    <message>
        <source>Time (in seconds)</source>
        <translation>時間(秒単位)</translation>
    </message>
    <message>
        <source>MIDI port originating the messages</source>
        <translation>MIDI port originating the messages</translation>
    </message>
    <message>
        <source>Source</source>
        <comment>Origin of the event</comment>
        <translation>ソース</translation>
    </message>
    <message>
        <source>Message type displayed as a text string</source>
        <translation>メッセージタイプはテキスト文字列として表示</translation>
    </message>
    <message>
        <source>Message Type</source>
        <translation>メッセージタイプ</translation>
    </message>
    <message>
        <source>MIDI Channel (1 to 16)</source>
        <translation>MIDIチャンネル(1から16)</translation>
    </message>
    <message>
        <source>Channel</source>
        <comment>MIDI Channel Number</comment>
        <translation></translation>
    </message>
    <message>
        <source>Parameter data depending on the message type</source>
        <translation>パラメータデータはメッセージタイプに依存します</translation>
    </message>
    <message>
        <source>Data 1</source>
        <translation>データ1</translation>
    </message>
    <message>
        <source>Data 2</source>
        <translation>データ2</translation>
    </message>
    <message>
        <source>Data 3</source>
        <translation>データ3</translation>
    </message>
    <message>
        <source>Misc</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Miscellaneous Options</source>
        <translation>その他のオプション</translation>
    </message>
    <message>
        <source>The font used in the event grid can be fixed or variable, taken from the KDE fonts configuration (kcmshell4 fonts).</source>
        <translation>イベントグリッド中で使われるフォントは固定長または可変長どちらも可能で、KDEのフォント設定(kcmshell4 fonts)からとられます。</translation>
    </message>
    <message>
        <source>Use Fixed Font</source>
        <translation>固定フォントを使用</translation>
    </message>
    <message>
        <source>Display ALSA client numbers or Names</source>
        <translation>ALSAクライアント番号を名前に変換</translation>
    </message>
    <message>
        <source>Translate ALSA Client IDs Into Names</source>
        <translation>ALSAクライアントIDを名前に変換</translation>
    </message>
    <message>
        <source>Display some Universal Sysex messages as text, or hexadecimal numbers</source>
        <translation>いくつかのユニバーサルSysexメッセージをテキストか１６進数として表示</translation>
    </message>
    <message>
        <source>Translate Universal SysEx Messages</source>
        <translation>ユニバーサルSysExメッセージを変換</translation>
    </message>
    <message>
        <source>Translate Note Numbers into Names</source>
        <translation>ノート番号を名前に変換</translation>
    </message>
    <message>
        <source>Translate MIDI Programs and Controllers</source>
        <translation>MIDIプログラムとコントローラを変換</translation>
    </message>
    <message>
        <source>MIDI Instrument</source>
        <translation>MIDIインストゥルメント</translation>
    </message>
    <message>
        <source>SMF Text Encoding</source>
        <translation>SMF テキストエンコーディング</translation>
    </message>
    <message>
        <source>Resize columns automatically while recording events</source>
        <translation>記録イベント中に自動的にカラムをリサイズ</translation>
    </message>
</context>
<context>
    <name>ConnectDlg</name>
    <message>
        <source>Connections</source>
        <translation>コネクション</translation>
    </message>
    <message>
        <source>Available Input Connections:</source>
        <translation>有効な入力コネクション:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Output Connection:&lt;/b&gt;</source>
        <translation>&lt;b&gt;出力コネクション:&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>EventFilter</name>
    <message>
        <source>MIDI Channel</source>
        <translation>MIDI チャネル</translation>
    </message>
    <message>
        <source>MIDI System Common</source>
        <translation>MIDI システムコモン</translation>
    </message>
    <message>
        <source>MIDI System Real-Time</source>
        <translation>MIDI システム Real-Time</translation>
    </message>
    <message>
        <source>MIDI System Exclusive</source>
        <translation>MIDI システム Exclusive</translation>
    </message>
    <message>
        <source>ALSA</source>
        <translation>ALSA</translation>
    </message>
    <message>
        <source>SMF</source>
        <translation>SMF</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="vanished">ノート</translation>
    </message>
    <message>
        <source>Note on</source>
        <translation type="vanished">ノートオン</translation>
    </message>
    <message>
        <source>Note off</source>
        <translation type="vanished">ノートオフ</translation>
    </message>
    <message>
        <source>Polyphonic aftertouch</source>
        <translation type="vanished">ポリフォニックアフタータッチ</translation>
    </message>
    <message>
        <source>Control change</source>
        <translation type="vanished">コントロールチェンジ</translation>
    </message>
    <message>
        <source>Program change</source>
        <translation type="vanished">プログラムチェンジ</translation>
    </message>
    <message>
        <source>Channel aftertouch</source>
        <translation type="vanished">チャンネルアフタータッチ</translation>
    </message>
    <message>
        <source>Pitch bend</source>
        <translation type="vanished">ピッチベンド</translation>
    </message>
    <message>
        <source>Non-registered parameter</source>
        <translation type="vanished">非登録パラメータ</translation>
    </message>
    <message>
        <source>Registered parameter</source>
        <translation type="vanished">登録パラメータ</translation>
    </message>
    <message>
        <source>System exclusive</source>
        <translation type="vanished">システム・エクスクルーシブ</translation>
    </message>
    <message>
        <source>Song Position</source>
        <translation type="vanished">ソング・ポジション</translation>
    </message>
    <message>
        <source>Song Selection</source>
        <translation type="vanished">ソング・セレクション</translation>
    </message>
    <message>
        <source>MTC Quarter Frame</source>
        <translation type="vanished">MTCクォーターフレーム</translation>
    </message>
    <message>
        <source>Tune Request</source>
        <translation type="vanished">チューン・リクエスト</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="vanished">再開</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="vanished">停止</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation type="vanished">クロック</translation>
    </message>
    <message>
        <source>Tick</source>
        <translation type="vanished">ティック</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="vanished">リセット</translation>
    </message>
    <message>
        <source>Active Sensing</source>
        <translation type="vanished">アクティブ・センシング</translation>
    </message>
    <message>
        <source>ALSA Port start</source>
        <translation type="vanished">ALSAポート開始</translation>
    </message>
    <message>
        <source>ALSA Port exit</source>
        <translation type="vanished">ALSAポート終了</translation>
    </message>
    <message>
        <source>ALSA Port change</source>
        <translation type="vanished">ALSA Port変更</translation>
    </message>
    <message>
        <source>ALSA Client start</source>
        <translation type="vanished">ALSA クライアント開始</translation>
    </message>
    <message>
        <source>ALSA Client exit</source>
        <translation type="vanished">ALSA クライアント終了</translation>
    </message>
    <message>
        <source>ALSA Client change</source>
        <translation type="vanished">ALSA クライアント変更</translation>
    </message>
    <message>
        <source>ALSA Port subscribed</source>
        <translation type="vanished">ALSA ポートサブスクライブ</translation>
    </message>
    <message>
        <source>ALSA Port unsubscribed</source>
        <translation type="vanished">ALSA ポートアンサブスクライブ</translation>
    </message>
    <message>
        <source>Tempo</source>
        <translation type="vanished">テンポ</translation>
    </message>
    <message>
        <source>SMF Text</source>
        <translation type="vanished">SMFテキスト</translation>
    </message>
    <message>
        <source>Time Signature</source>
        <translation type="vanished">Time Signature</translation>
    </message>
    <message>
        <source>Key Signature</source>
        <translation type="vanished">Key Signature</translation>
    </message>
    <message>
        <source>Sequence Number</source>
        <translation type="vanished">シーケンス番号</translation>
    </message>
    <message>
        <source>Forced Channel</source>
        <translation type="vanished">Forced Channel</translation>
    </message>
    <message>
        <source>Forced Port</source>
        <translation type="vanished">Forced Port</translation>
    </message>
    <message>
        <source>SMPTE Offset</source>
        <translation type="vanished">SMPTEオフセット</translation>
    </message>
    <message>
        <source>Sequencer Specific</source>
        <translation type="vanished">Sequencer Specific</translation>
    </message>
    <message>
        <source>Meta (unregistered)</source>
        <translation type="vanished">Meta (unregistered)</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>フィルタ</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Start</source>
        <comment>player start</comment>
        <translation type="obsolete">開始</translation>
    </message>
    <message>
        <source>All</source>
        <comment>check all types</comment>
        <translation>すべて</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Home</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>クローズ</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Help: %1</source>
        <translation>Help: %1</translation>
    </message>
</context>
<context>
    <name>KMidimon</name>
    <message>
        <source>The events list</source>
        <translation>イベントリスト</translation>
    </message>
    <message>
        <source>Track view selectors</source>
        <translation>トラックビューセレクタ</translation>
    </message>
    <message>
        <source>Fatal error from the ALSA sequencer. This usually happens when the kernel doesn&apos;t have ALSA support, or the device node (/dev/snd/seq) doesn&apos;t exists, or the kernel module (snd_seq) is not loaded. Please check your ALSA/MIDI configuration. Returned error was: %1</source>
        <translation>ALSAシーケンサからの致命的エラー。これは通常カーネルがALSAをサポートしていないか、デバイスノード (/dev/snd/seq) が存在しないか、カーネルモジュール (snd_seq) がロードされていないかの時に起きます。ALSA/MIDI設定を確認してください。エラーコードは %1 です</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Ticks</source>
        <translation>ティック</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation></translation>
    </message>
    <message>
        <source>Data 1</source>
        <translation>データ1</translation>
    </message>
    <message>
        <source>Data 2</source>
        <translation>データ2</translation>
    </message>
    <message>
        <source>Data 3</source>
        <translation>データ3</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation></translation>
    </message>
    <message>
        <source>Clear the current data and start a new empty session</source>
        <translation>現在のデータを消し、新しい空のセッションを開始</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation></translation>
    </message>
    <message>
        <source>Open a disk file</source>
        <translation>ファイルを開く</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation></translation>
    </message>
    <message>
        <source>Store the session data on a disk file</source>
        <translation>セッションデータをファイルに格納</translation>
    </message>
    <message>
        <source>Sequence Info</source>
        <translation>シーケンス情報</translation>
    </message>
    <message>
        <source>Display information about the loaded sequence</source>
        <translation>ロードされたシーケンスの情報を表示</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation></translation>
    </message>
    <message>
        <source>Exit the application</source>
        <translation>アプリケーション終了</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation></translation>
    </message>
    <message>
        <source>Configure the program setting several preferences</source>
        <translation>いくつかのパラメータの設定</translation>
    </message>
    <message>
        <source>Move the playback position to the first event</source>
        <translation>最初のイベントに再生位置を移動</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>演奏(&amp;P)</translation>
    </message>
    <message>
        <source>Start playback of the current session</source>
        <translation>現在のセッションから再生</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Pause the playback</source>
        <translation>再生を一時停止</translation>
    </message>
    <message>
        <source>Move the playback position to the last event</source>
        <translation>最後のイベントに再生位置を移動</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>録音</translation>
    </message>
    <message>
        <source>Append new recorded events to the current session</source>
        <translation>現在のセッションに新しい録音されたイベントを追加</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop playback or recording</source>
        <translation>再生または録音を停止</translation>
    </message>
    <message>
        <source>Player Loop</source>
        <translation type="vanished">プレイヤーループ</translation>
    </message>
    <message>
        <source>Start playing again at song ending</source>
        <translation type="vanished">終了時に再度再生</translation>
    </message>
    <message>
        <source>Scale Tempo</source>
        <translation>Scale Tempo</translation>
    </message>
    <message>
        <source>Display a slider to scale the tempo between 50% and 200%</source>
        <translation>50%から200%の間でスライダーを表示</translation>
    </message>
    <message>
        <source>Reset Tempo</source>
        <translation>テンポのリセット</translation>
    </message>
    <message>
        <source>Reset the tempo scale to 100%</source>
        <translation>テンポのスケールを100%にリセット</translation>
    </message>
    <message>
        <source>Connect All Inputs</source>
        <translation>すべての入力を接続</translation>
    </message>
    <message>
        <source>Connect all readable MIDI ports</source>
        <translation>すべての読み取り可能なMIDIポートを接続</translation>
    </message>
    <message>
        <source>Disconnect All Inputs</source>
        <translation>すべての入力を切断</translation>
    </message>
    <message>
        <source>Disconnect all input MIDI ports</source>
        <translation>すべての入力ポートを切断</translation>
    </message>
    <message>
        <source>Configure Connections</source>
        <translation>接続の設定</translation>
    </message>
    <message>
        <source>Open the Connections dialog</source>
        <translation>接続ダイアログを開く</translation>
    </message>
    <message>
        <source>Resize columns</source>
        <translation>カラムをリサイズ</translation>
    </message>
    <message>
        <source>Resize the columns width to fit it&apos;s contents</source>
        <translation>そのコンテンツに適合するようカラムの幅をリサイズ</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>トラック</translation>
    </message>
    <message>
        <source>Add Track View</source>
        <translation>トラックビューを追加</translation>
    </message>
    <message>
        <source>Create a new tab/track view</source>
        <translation>新しいタブ/トラックビューを追加</translation>
    </message>
    <message>
        <source>Delete Track View</source>
        <translation>トラックビューを削除</translation>
    </message>
    <message>
        <source>Delete the tab/track view</source>
        <translation>タブ/トラックビューを削除</translation>
    </message>
    <message>
        <source>Change Track View</source>
        <translation>トラックビューを変更</translation>
    </message>
    <message>
        <source>Change the track number of the view</source>
        <translation>ビューのトラック番号を変更</translation>
    </message>
    <message>
        <source>Mute Track</source>
        <translation>トラックをミュート</translation>
    </message>
    <message>
        <source>Mute (silence) the track</source>
        <translation>トラックをミュート(無音)</translation>
    </message>
    <message>
        <source>Show Columns</source>
        <translation>カラムを表示</translation>
    </message>
    <message>
        <source>Toggle the %1 column</source>
        <translation>%1カラムをトグル</translation>
    </message>
    <message>
        <source>Loading...</source>
        <translation>ロード中...</translation>
    </message>
    <message>
        <source>Load file</source>
        <translation>ファイルのロード</translation>
    </message>
    <message>
        <source>Warning, this file may be non-standard or damaged.&lt;br/&gt;</source>
        <translation>警告&#x3000;このファイルは非標準か壊れているようです。&lt;br&gt;</translation>
    </message>
    <message>
        <source>File parsing error</source>
        <translation>ファイルのパースエラー</translation>
    </message>
    <message>
        <source>Open MIDI file</source>
        <translation>MIDIファイルのオープン</translation>
    </message>
    <message>
        <source>Save MIDI monitor data</source>
        <translation>MIDIモニタデータを保存</translation>
    </message>
    <message>
        <source>Plain text files (*.txt);;MIDI files (*.mid)</source>
        <translation></translation>
    </message>
    <message>
        <source>(no file)</source>
        <translation>(ファイルなし)</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>empty</source>
        <translation></translation>
    </message>
    <message>
        <source>recording</source>
        <translation>記録中</translation>
    </message>
    <message>
        <source>playing</source>
        <translation>再生中</translation>
    </message>
    <message>
        <source>paused</source>
        <translation></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>停止中</translation>
    </message>
    <message>
        <source>uninitialized</source>
        <translation></translation>
    </message>
    <message>
        <source>Change track</source>
        <translation>トラックの変更</translation>
    </message>
    <message>
        <source>Change the track filter:</source>
        <translation>トラックフィルタの変更:</translation>
    </message>
    <message>
        <source>No file loaded</source>
        <translation>ファイルが何もロードされていません</translation>
    </message>
    <message>
        <source>File: &lt;b&gt;%1&lt;/b&gt;&lt;br/&gt;Created: &lt;b&gt;%2&lt;/b&gt;&lt;br/&gt;Modified: &lt;b&gt;%3&lt;/b&gt;&lt;br/&gt;Format: &lt;b&gt;%4&lt;/b&gt;&lt;br/&gt;Number of tracks: &lt;b&gt;%5&lt;/b&gt;&lt;br/&gt;Number of events: &lt;b&gt;%6&lt;/b&gt;&lt;br/&gt;Division: &lt;b&gt;%7 ppq&lt;/b&gt;&lt;br/&gt;Initial tempo: &lt;b&gt;%8 bpm&lt;/b&gt;&lt;br/&gt;Duration: &lt;b&gt;%9&lt;/b&gt;</source>
        <translation>ファイル: &lt;b&gt;%1&lt;/b&gt;&lt;br/&gt;作成: &lt;b&gt;%2&lt;/b&gt;&lt;br/&gt;変更: &lt;b&gt;%3&lt;/b&gt;&lt;br/&gt;形式: &lt;b&gt;%4&lt;/b&gt;&lt;br/&gt;トラック数: &lt;b&gt;%5&lt;/b&gt;&lt;br/&gt;イベント数: &lt;b&gt;%6&lt;/b&gt;&lt;br/&gt;Division: &lt;b&gt;%7 ppq&lt;/b&gt;&lt;br/&gt;初期テンポ: &lt;b&gt;%8 bpm&lt;/b&gt;&lt;br/&gt;デュレーション: &lt;b&gt;%9&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Sequence Information</source>
        <translation>シーケンス情報</translation>
    </message>
    <message>
        <source>Language Changed</source>
        <translation></translation>
    </message>
    <message>
        <source>The language for this application is going to change to %1. Do you want to continue?</source>
        <translation></translation>
    </message>
    <message>
        <source>Backward</source>
        <comment>player skip backward</comment>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Forward</source>
        <comment>player skip forward</comment>
        <translation>進む</translation>
    </message>
    <message>
        <source>Source</source>
        <comment>event origin</comment>
        <translation>ソース</translation>
    </message>
    <message>
        <source>Event Kind</source>
        <comment>type of event</comment>
        <translation>イベント種類</translation>
    </message>
    <message>
        <source>Track %1</source>
        <comment>song track</comment>
        <translation>トラック %1</translation>
    </message>
    <message>
        <source>Track %1 View Selector</source>
        <comment>track selector</comment>
        <translation>トラック%1 ビューセレクタ</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>最近使ったファイル</translation>
    </message>
</context>
<context>
    <name>KMidimonWin</name>
    <message>
        <source>File</source>
        <translation></translation>
    </message>
    <message>
        <source>Control</source>
        <translation></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>コネクション</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation></translation>
    </message>
    <message>
        <source>Help</source>
        <translation></translation>
    </message>
    <message>
        <source>Language</source>
        <translation></translation>
    </message>
    <message>
        <source>toolBar</source>
        <translation></translation>
    </message>
    <message>
        <source>Show Toolbar</source>
        <translation></translation>
    </message>
    <message>
        <source>Show Statusbar</source>
        <translation></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation></translation>
    </message>
    <message>
        <source>Web Site</source>
        <translation></translation>
    </message>
    <message>
        <source>About...</source>
        <translation></translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation></translation>
    </message>
    <message>
        <source>Drumstick MIDI Monitor</source>
        <translation>Drumstick MIDI Monitor</translation>
    </message>
</context>
<context>
    <name>QApplication</name>
    <message>
        <source>Whole</source>
        <translation>Whole</translation>
    </message>
    <message>
        <source>Half</source>
        <translation>Half</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Eight</source>
        <translation>Eight</translation>
    </message>
    <message>
        <source>Sixteenth</source>
        <translation>Sixteenth</translation>
    </message>
    <message>
        <source>Thirty-Second</source>
        <translation>Thirty-Second</translation>
    </message>
    <message>
        <source>Sixty-Fourth</source>
        <translation>Sixty-Fourth</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ノート</translation>
    </message>
    <message>
        <source>Note on</source>
        <translation>ノートオン</translation>
    </message>
    <message>
        <source>Note off</source>
        <translation>ノートオフ</translation>
    </message>
    <message>
        <source>Polyphonic aftertouch</source>
        <translation>ポリフォニックアフタータッチ</translation>
    </message>
    <message>
        <source>Control change</source>
        <translation>コントロールチェンジ</translation>
    </message>
    <message>
        <source>Program change</source>
        <translation>プログラムチェンジ</translation>
    </message>
    <message>
        <source>Channel aftertouch</source>
        <translation>チャンネルアフタータッチ</translation>
    </message>
    <message>
        <source>Pitch bend</source>
        <translation>ピッチベンド</translation>
    </message>
    <message>
        <source>Non-registered parameter</source>
        <translation>非登録パラメータ</translation>
    </message>
    <message>
        <source>Registered parameter</source>
        <translation>登録パラメータ</translation>
    </message>
    <message>
        <source>System exclusive</source>
        <translation>システム・エクスクルーシブ</translation>
    </message>
    <message>
        <source>Song Position</source>
        <translation>ソング・ポジション</translation>
    </message>
    <message>
        <source>Song Selection</source>
        <translation>ソング・セレクション</translation>
    </message>
    <message>
        <source>MTC Quarter Frame</source>
        <translation>MTCクォーターフレーム</translation>
    </message>
    <message>
        <source>Tune Request</source>
        <translation>チューン・リクエスト</translation>
    </message>
    <message>
        <source>Start</source>
        <comment>player start</comment>
        <translation>開始</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>クロック</translation>
    </message>
    <message>
        <source>Tick</source>
        <translation>ティック</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <source>Active Sensing</source>
        <translation>アクティブ・センシング</translation>
    </message>
    <message>
        <source>ALSA Port start</source>
        <translation>ALSAポート開始</translation>
    </message>
    <message>
        <source>ALSA Port exit</source>
        <translation>ALSAポート終了</translation>
    </message>
    <message>
        <source>ALSA Port change</source>
        <translation>ALSAポート変更</translation>
    </message>
    <message>
        <source>ALSA Client start</source>
        <translation>ALSA クライアント開始</translation>
    </message>
    <message>
        <source>ALSA Client exit</source>
        <translation>ALSA クライアント終了</translation>
    </message>
    <message>
        <source>ALSA Client change</source>
        <translation>ALSA クライアント変更</translation>
    </message>
    <message>
        <source>ALSA Port subscribed</source>
        <translation>ALSA ポートサブスクライブ</translation>
    </message>
    <message>
        <source>ALSA Port unsubscribed</source>
        <translation>ALSA ポートアンサブスクライブ</translation>
    </message>
    <message>
        <source>Tempo</source>
        <translation>テンポ</translation>
    </message>
    <message>
        <source>SMF Text</source>
        <translation>SMFテキスト</translation>
    </message>
    <message>
        <source>Time Signature</source>
        <translation>Time Signature</translation>
    </message>
    <message>
        <source>Key Signature</source>
        <translation>Key Signature</translation>
    </message>
    <message>
        <source>Sequence Number</source>
        <translation>シーケンス番号</translation>
    </message>
    <message>
        <source>Forced Channel</source>
        <translation>Forced Channel</translation>
    </message>
    <message>
        <source>Forced Port</source>
        <translation>Forced Port</translation>
    </message>
    <message>
        <source>SMPTE Offset</source>
        <translation>SMPTEオフセット</translation>
    </message>
    <message>
        <source>Sequencer Specific</source>
        <translation>Sequencer Specific</translation>
    </message>
    <message>
        <source>Meta (unregistered)</source>
        <translation>Meta (unregistered)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Cakewalk Instrument Definition File</source>
        <translation></translation>
    </message>
    <message>
        <source>File</source>
        <translation></translation>
    </message>
    <message>
        <source>Date</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>SequenceModel</name>
    <message>
        <source>Ticks</source>
        <translation>ティック</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Event kind</source>
        <translation>イベント種類</translation>
    </message>
    <message>
        <source>Chan</source>
        <translation>Chan</translation>
    </message>
    <message>
        <source>Data 1</source>
        <translation>データ1</translation>
    </message>
    <message>
        <source>Data 2</source>
        <translation>データ2</translation>
    </message>
    <message>
        <source>Data 3</source>
        <translation>データ3</translation>
    </message>
    <message>
        <source>Universal Non Real Time SysEx</source>
        <translation>Universal Non Real Time SysEx</translation>
    </message>
    <message>
        <source>Universal Real Time SysEx</source>
        <translation>Universal Real Time SysEx</translation>
    </message>
    <message>
        <source>device %1</source>
        <translation>デバイス %1</translation>
    </message>
    <message>
        <source>Sample Dump</source>
        <translation>サンプルのダンプ</translation>
    </message>
    <message>
        <source>MTC</source>
        <translation>MTC</translation>
    </message>
    <message>
        <source>File Dump</source>
        <translation>ファイルダンプ</translation>
    </message>
    <message>
        <source>Tuning</source>
        <translation>Tuning</translation>
    </message>
    <message>
        <source>End of File</source>
        <translation>End of File</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Wait</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>NAK</source>
        <translation>NAK</translation>
    </message>
    <message>
        <source>ACK</source>
        <translation>ACK</translation>
    </message>
    <message>
        <source>Show Control</source>
        <translation>コントロール表示</translation>
    </message>
    <message>
        <source>Notation</source>
        <translation>Notation</translation>
    </message>
    <message>
        <source>Device Control</source>
        <translation>デバイス制御</translation>
    </message>
    <message>
        <source>MTC Cueing</source>
        <translation>MTC Cueing</translation>
    </message>
    <message>
        <source>MMC Command</source>
        <translation>MMCコマンド</translation>
    </message>
    <message>
        <source>MMC Response</source>
        <translation>MMCレスポンス</translation>
    </message>
    <message>
        <source>Punch In Points</source>
        <translation>パンチイン・ポイント</translation>
    </message>
    <message>
        <source>Punch Out Points</source>
        <translation>パンチアウト・ポイント</translation>
    </message>
    <message>
        <source>Delete Punch In Points</source>
        <translation>パンチイン・ポイントの削除</translation>
    </message>
    <message>
        <source>Delete Punch Out Points</source>
        <translation>パンチアウト・ポイントの削除</translation>
    </message>
    <message>
        <source>Event Start Point</source>
        <translation>イベント開始位置</translation>
    </message>
    <message>
        <source>Event Stop Point</source>
        <translation>イベント終了位置</translation>
    </message>
    <message>
        <source>Event Start Point With Info</source>
        <translation>付加情報付きイベント開始位置</translation>
    </message>
    <message>
        <source>Event Stop Point With Info</source>
        <translation>付加情報付きイベント終了位置</translation>
    </message>
    <message>
        <source>Delete Event Start Point</source>
        <translation>イベント開始位置を削除</translation>
    </message>
    <message>
        <source>Delete Event Stop Point</source>
        <translation>イベント終了位置を削除</translation>
    </message>
    <message>
        <source>Cue Points</source>
        <translation>キュー・ポイント</translation>
    </message>
    <message>
        <source>Cue Points With Info</source>
        <translation>付加情報付きキュー・ポイント</translation>
    </message>
    <message>
        <source>Delete Cue Point</source>
        <translation>キュー・ポイントの削除</translation>
    </message>
    <message>
        <source>Event Name</source>
        <translation>イベント名</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>再生</translation>
    </message>
    <message>
        <source>Deferred play</source>
        <translation>Deferred play</translation>
    </message>
    <message>
        <source>Fast forward</source>
        <translation>早送り</translation>
    </message>
    <message>
        <source>Rewind</source>
        <translation>巻き戻し</translation>
    </message>
    <message>
        <source>Punch in</source>
        <translation>パンチ・イン</translation>
    </message>
    <message>
        <source>Punch out</source>
        <translation>パンチ・アウト</translation>
    </message>
    <message>
        <source>Pause recording</source>
        <translation>録音一時停止</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Eject</source>
        <translation>エジェクト</translation>
    </message>
    <message>
        <source>Chase</source>
        <translation>Chase</translation>
    </message>
    <message>
        <source>Error reset</source>
        <translation>エラー・リセット</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>書き込み</translation>
    </message>
    <message>
        <source>Masked Write</source>
        <translation>マスクした書き込み</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>読み取り</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Locate</source>
        <translation>Locate</translation>
    </message>
    <message>
        <source>Variable play</source>
        <translation>Variable play</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Shuttle</source>
        <translation>Shuttle</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>ヘッダ</translation>
    </message>
    <message>
        <source>Data Packet</source>
        <translation>データ・パケット</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <source>Loop Points Send</source>
        <translation>ループ・ポイント送信</translation>
    </message>
    <message>
        <source>Loop Points Request</source>
        <translation>ループ・ポイント要求</translation>
    </message>
    <message>
        <source>Sample Name Send</source>
        <translation>サンプル名送信</translation>
    </message>
    <message>
        <source>Sample Name Request</source>
        <translation>サンプル名要求</translation>
    </message>
    <message>
        <source>Ext.Dump Header</source>
        <translation>Ext.Dump ヘッダ</translation>
    </message>
    <message>
        <source>Ext.Loop Points Send</source>
        <translation>Ext.Loop ポイント送信</translation>
    </message>
    <message>
        <source>Ext.Loop Points Request</source>
        <translation>Ext.Loop ポイント要求</translation>
    </message>
    <message>
        <source>Identity Request</source>
        <translation>Identity要求</translation>
    </message>
    <message>
        <source>Identity Reply</source>
        <translation>Identity応答</translation>
    </message>
    <message>
        <source>Dump Request</source>
        <translation>ダンプ要求</translation>
    </message>
    <message>
        <source>Bulk Dump</source>
        <translation>バルクダンプ</translation>
    </message>
    <message>
        <source>Note Change</source>
        <translation>ノート・チェンジ</translation>
    </message>
    <message>
        <source>Tuning Dump Request</source>
        <translation>チューニングダンプ要求</translation>
    </message>
    <message>
        <source>Key-based Tuning Dump</source>
        <translation>キーベースのチューニングダンプ</translation>
    </message>
    <message>
        <source>Scale/Octave Dump 1b</source>
        <translation>スケール/オクターブダンプ(1バイト)</translation>
    </message>
    <message>
        <source>Scale/Octave Dump 2b</source>
        <translation>スケール/オクターブダンプ(2バイト)</translation>
    </message>
    <message>
        <source>Single Note Change</source>
        <translation>シングルノートチェンジ</translation>
    </message>
    <message>
        <source>Scale/Octave Tuning 1b</source>
        <translation>スケール/オクターブ・チューニング(1バイト)</translation>
    </message>
    <message>
        <source>Scale/Octave Tuning 2b</source>
        <translation>スケール/オクターブ・チューニング(2バイト)</translation>
    </message>
    <message>
        <source>GM On</source>
        <translation>GMオン</translation>
    </message>
    <message>
        <source>GM Off</source>
        <translation>GMオフ</translation>
    </message>
    <message>
        <source>GM2 On</source>
        <translation>GM2オン</translation>
    </message>
    <message>
        <source>DLS On</source>
        <translation>DLSオン</translation>
    </message>
    <message>
        <source>DLS Off</source>
        <translation>DLSオフ</translation>
    </message>
    <message>
        <source>DLS Voice Alloc. Off</source>
        <translation>DLSボイス割り当てオフ</translation>
    </message>
    <message>
        <source>DLS Voice Alloc. On</source>
        <translation>DLSボイス割り当てオン</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>オープン</translation>
    </message>
    <message>
        <source>Select Contents</source>
        <translation>コンテンツ選択</translation>
    </message>
    <message>
        <source>Open and Select</source>
        <translation>オープンと選択</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>クローズ</translation>
    </message>
    <message>
        <source>Full Frame</source>
        <translation>フルネーム</translation>
    </message>
    <message>
        <source>User Bits</source>
        <translation>User Bits</translation>
    </message>
    <message>
        <source>MSC Extension</source>
        <translation>MSCエクステンション</translation>
    </message>
    <message>
        <source>MSC Cmd.%1</source>
        <translation>MSC Cmd.%1</translation>
    </message>
    <message>
        <source>Bar Marker</source>
        <translation>Bar Marker</translation>
    </message>
    <message>
        <source>Time Signature</source>
        <translation>Time Signature</translation>
    </message>
    <message>
        <source>Fine Tuning</source>
        <translation>ファイン・チューニング</translation>
    </message>
    <message>
        <source>Coarse Tuning</source>
        <translation>コース・チューニング</translation>
    </message>
    <message>
        <source>Global Parameter</source>
        <translation>グローバル・パラメータ</translation>
    </message>
    <message>
        <source>Response %1</source>
        <translation>レスポンス %1</translation>
    </message>
    <message>
        <source>Single Note</source>
        <translation>シングル・ノート</translation>
    </message>
    <message>
        <source>Single Note with Bank</source>
        <translation>バンク付きのシングル・ノート</translation>
    </message>
    <message>
        <source>Scale/Octave 1b</source>
        <translation>スケール/オクターブ 1バイト</translation>
    </message>
    <message>
        <source>Scale/Octave 2b</source>
        <translation>スケール/オクターブ 2バイト</translation>
    </message>
    <message>
        <source>Channel aftertouch</source>
        <translation>チャンネルアフタータッチ</translation>
    </message>
    <message>
        <source>Polyphonic aftertouch</source>
        <translation>ポリフォニックアフタータッチ</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>コントローラ</translation>
    </message>
    <message>
        <source>Event type %1</source>
        <translation>イベントタイプ:%1</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>C♯</source>
        <translation>C#</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>D♯</source>
        <translation>D#</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>F♯</source>
        <translation>F#</translation>
    </message>
    <message>
        <source>G</source>
        <translation>G</translation>
    </message>
    <message>
        <source>G♯</source>
        <translation>G#</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>A♯</source>
        <translation>A#</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>D♭</source>
        <translation>D♭</translation>
    </message>
    <message>
        <source>E♭</source>
        <translation>E♭</translation>
    </message>
    <message>
        <source>G♭</source>
        <translation>G♭</translation>
    </message>
    <message>
        <source>A♭</source>
        <translation>A♭</translation>
    </message>
    <message>
        <source>B♭</source>
        <translation>B♭</translation>
    </message>
    <message>
        <source>%1 bpm</source>
        <translation>%1 bpm</translation>
    </message>
    <message>
        <source>Text:1</source>
        <translation>テキスト:1</translation>
    </message>
    <message>
        <source>Copyright:2</source>
        <translation>Copyright:2</translation>
    </message>
    <message>
        <source>Instrument:4</source>
        <translation>インストゥルメント:4</translation>
    </message>
    <message>
        <source>Lyric:5</source>
        <translation>歌詞:5</translation>
    </message>
    <message>
        <source>Marker:6</source>
        <translation>マーカー:6</translation>
    </message>
    <message>
        <source>Cue:7</source>
        <translation>キュー:7</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1 clocks per click, %2 32nd per quarter</source>
        <translation>%1 clocks per click, %2 32nd per quarter</translation>
    </message>
    <message>
        <source>%1%2</source>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>C flat</source>
        <translation>Cフラット</translation>
    </message>
    <message>
        <source>G flat</source>
        <translation>Gフラット</translation>
    </message>
    <message>
        <source>D flat</source>
        <translation>Dフラット</translation>
    </message>
    <message>
        <source>A flat</source>
        <translation>Aフラット</translation>
    </message>
    <message>
        <source>E flat</source>
        <translation>Eフラット</translation>
    </message>
    <message>
        <source>B flat</source>
        <translation>Bフラット</translation>
    </message>
    <message>
        <source>F sharp</source>
        <translation>F #</translation>
    </message>
    <message>
        <source>C sharp</source>
        <translation>C #</translation>
    </message>
    <message>
        <source>G sharp</source>
        <translation>G #</translation>
    </message>
    <message>
        <source>D sharp</source>
        <translation>D #</translation>
    </message>
    <message>
        <source>A sharp</source>
        <translation>A #</translation>
    </message>
    <message>
        <source>%1:%2:%3:%4:%5</source>
        <translation>%1:%2:%3:%4:%5</translation>
    </message>
    <message>
        <source>SMF type %1</source>
        <translation>SMFタイプ %1</translation>
    </message>
    <message>
        <source> at offset %1</source>
        <translation> at offset %1</translation>
    </message>
    <message>
        <source>WRK file version %1.%2</source>
        <translation>WRKファイルバージョン %1.%2</translation>
    </message>
    <message>
        <source>Overture File</source>
        <translation type="vanished">Overture ファイル</translation>
    </message>
    <message>
        <source>Source</source>
        <comment>event origin</comment>
        <translation>ソース</translation>
    </message>
    <message>
        <source>broadcast</source>
        <comment>cast or scattered in all directions</comment>
        <translation>broadcast</translation>
    </message>
    <message>
        <source>Gen.Info</source>
        <comment>General Info</comment>
        <translation>Gen.Info</translation>
    </message>
    <message>
        <source>GM Mode</source>
        <comment>General MIDI mode</comment>
        <translation>GMモード</translation>
    </message>
    <message>
        <source>DLS</source>
        <comment>Downloadable Sounds</comment>
        <translation>DLS</translation>
    </message>
    <message>
        <source>File Ref.</source>
        <comment>File Reference</comment>
        <translation>ファイル参照.</translation>
    </message>
    <message>
        <source>GM2 Destination</source>
        <comment>General MIDI 2 Controller Destination</comment>
        <translation>GM2 Destination</translation>
    </message>
    <message>
        <source>Instrument</source>
        <comment>Key-based Instrument Control</comment>
        <translation>インストゥルメント</translation>
    </message>
    <message>
        <source>Polyphony</source>
        <comment>Scalable Polyphony MIDI MIP Message</comment>
        <translation>ポリフォニー</translation>
    </message>
    <message>
        <source>Mobile Phone</source>
        <comment>Mobile Phone Control Message</comment>
        <translation>携帯電話</translation>
    </message>
    <message>
        <source>Special</source>
        <comment>MTC special setup</comment>
        <translation>スペシャル</translation>
    </message>
    <message>
        <source>Volume</source>
        <comment>sound volume</comment>
        <translation>ボリューム</translation>
    </message>
    <message>
        <source>Balance</source>
        <comment>sound balance</comment>
        <translation>バランス</translation>
    </message>
    <message>
        <source>Name:3</source>
        <comment>song or track name</comment>
        <translation>名前:3</translation>
    </message>
    <message>
        <source>major</source>
        <comment>major mode scale</comment>
        <translation>長調</translation>
    </message>
    <message>
        <source>minor</source>
        <comment>minor mode scale</comment>
        <translation>短調</translation>
    </message>
</context>
<context>
    <name>po/rc.cpp:102</name>
    <message>
        <source>Parameter data depending on the message type</source>
        <translation type="vanished">パラメータデータはメッセージタイプに依存します</translation>
    </message>
</context>
<context>
    <name>po/rc.cpp:105</name>
    <message>
        <source>Data 1</source>
        <translation type="vanished">データ1</translation>
    </message>
</context>
<context>
    <name>po/rc.cpp:108</name>
    <message>
        <source>Parameter data depending on the message type</source>
        <translation type="vanished">パラメータデータはメッセージタイプに依存します</translation>
    </message>
</context>
<context>
    <name>po/rc.cpp:111</name>
    <message>
        <source>Data 2</source>
        <translation type="vanished">データ2</translation>
    </message>
</context>
<context>
    <name>po/rc.cpp:114</name>
    <message>
        <source>Parameter data depending on the message type</source>
        <translation type="vanished">パラメータデータはメッセージタイプに依存します</translation>
    </message>
</context>
<context>
    <name>po/rc.cpp:117</name>
    <message>
        <source>Data 3</source>
        <translation type="vanished">データ3</translation>
    </message>
</context>
<context>
    <name>po/rc.cpp:12</name>
    <message>
        <source>The number of beats per minute, or music speed. This is a default value; MIDI files may change this value.</source>
        <translation type="vanished">The number of beats per minute, or music speed. これは既定値です; MIDIファイル
はこの値に変更されます。</translation>
    </message>
</context>
<context>
    <name>po/rc.cpp:120</name>
    <message>
        <source>Misc</source>
        <translation type="vanished">その他</translation>
    </message>
</context>
<context>
    <name>po/rc.cpp:123</name>
    <message>
        <source>Miscellaneous Options</source>
        <translation type="vanished">その他のオプション</translation>
    </message>
</context>
<context>
    <name>po/rc.cpp:126</name>
    <message>
        <source>The font used in the event grid can be fixed or variable, taken from the KDE fonts configuration (kcmshell4 fonts).</source>
        <translation type="vanished">イベントグリッド中で使われるフォントは固定長または可変長どちらも可能で、KDEのフォント設定(kcmshell4 fonts)からとられます。</translation>
    </message>
</context>
<context>
    <name>po/rc.cpp:129</name>
    <message>
        <source>Use Fixed Font</source>
        <translation type="vanished">固定フォントを使用</translation>
    </message>
</context>
<context>
    <name>po/rc.cpp:132</name>
    <message>
        <source>Display ALSA client numbers or Names</source>
        <translation type="vanished">ALSAクライアント番号を名前に変換</translation>
    </message>
</context>
<context>
    <name>po/rc.cpp:135</name>
    <message>
        <source>Translate ALSA Client IDs Into Names</source>
        <translation type="vanished">ALSAクライアントIDを名前に変換</translation>
    </message>
</context>
<context>
    <name>po/rc.cpp:138</name>
    <message>
        <source>Display some Universal Sysex messages as text, or hexadecimal numbers</source>
        <translation type="vanished">いくつかのユニバーサルSysexメッセージをテキストか１６進数として表示</translation>
    </message>
</context>
<context>
    <name>po/rc.cpp:141</name>
    <message>
        <source>Translate Universal SysEx Messages</source>
        <translation type="vanished">ユニバーサルSysExメッセージを変換</translation>
    </message>
</context>
<context>
    <name>po/rc.cpp:144</name>
    <message>
        <source>Translate Note Numbers into Names</source>
        <translation type="vanished">ノート番号を名前に変換</translation>
    </message>
</context>
<context>
    <name>po/rc.cpp:147</name>
    <message>
        <source>Translate MIDI Programs and Controllers</source>
        <translation type="vanished">MIDIプログラムとコントローラを変換</translation>
    </message>
</context>
<context>
    <name>po/rc.cpp:15</name>
    <message>
        <source>Resolution</source>
        <translation type="vanished">解像度</translation>
    </message>
</context>
<context>
    <name>po/rc.cpp:150</name>
    <message>
        <source>MIDI Instrument</source>
        <translation type="vanished">MIDIインストゥルメント</translation>
    </message>
</context>
<context>
    <name>po/rc.cpp:153</name>
    <message>
        <source>SMF Text Encoding</source>
        <translation type="vanished">SMF テキストエンコーディング</translation>
    </message>
</context>
<context>
    <name>po/rc.cpp:156</name>
    <message>
        <source>Resize columns automatically while recording events</source>
        <translation type="vanished">記録イベント中に自動的にカラムをリサイズ</translation>
    </message>
</context>
<context>
    <name>po/rc.cpp:159</name>
    <message>
        <source>C&amp;ontrol</source>
        <translation type="vanished">コントロール(&amp;o)</translation>
    </message>
</context>
<context>
    <name>po/rc.cpp:162</name>
    <message>
        <source>Connec&amp;tions</source>
        <translation type="vanished">接続(&amp;t)</translation>
    </message>
</context>
<context>
    <name>po/rc.cpp:165</name>
    <message>
        <source>Display settings</source>
        <translation type="vanished">表示の設定</translation>
    </message>
</context>
<context>
    <name>po/rc.cpp:168</name>
    <message>
        <source>Tracks</source>
        <translation type="vanished">トラック</translation>
    </message>
</context>
<context>
    <name>po/rc.cpp:171</name>
    <message>
        <source>Show Columns</source>
        <translation type="vanished">カラムを表示</translation>
    </message>
</context>
<context>
    <name>po/rc.cpp:174</name>
    <message>
        <source>Main Toolbar</source>
        <translation type="vanished">メインツールバー</translation>
    </message>
</context>
<context>
    <name>po/rc.cpp:175</name>
    <message>
        <source>Your names</source>
        <translation type="vanished">あなたの名前</translation>
    </message>
</context>
<context>
    <name>po/rc.cpp:176</name>
    <message>
        <source>Your emails</source>
        <translation type="vanished">あなたの電子メール</translation>
    </message>
</context>
<context>
    <name>po/rc.cpp:18</name>
    <message>
        <source>The number of MIDI ticks per quarter note. This is a default value; a MIDI file (SMF) may change this value.</source>
        <translation type="vanished">The number of MIDI ticks per quarter note. これは既定値です; MIDIファイル(SMF)
はこの値に変更されます。</translation>
    </message>
</context>
<context>
    <name>po/rc.cpp:21</name>
    <message>
        <source>Request realtime priority for MIDI input</source>
        <translation type="vanished">Request realtime priority for MIDI input</translation>
    </message>
</context>
<context>
    <name>po/rc.cpp:24</name>
    <message>
        <source>Filters</source>
        <translation type="vanished">フィルタ</translation>
    </message>
</context>
<context>
    <name>po/rc.cpp:27</name>
    <message>
        <source>Filter Message Types</source>
        <translation type="vanished">Filter Message Types</translation>
    </message>
</context>
<context>
    <name>po/rc.cpp:3</name>
    <message>
        <source>Sequencer</source>
        <translation type="vanished">シーケンサ</translation>
    </message>
</context>
<context>
    <name>po/rc.cpp:30</name>
    <message>
        <source>MIDI Channel messages include: Note On/Off, Control Change, Program Change, Pitch Wheel, Key and Channel Pressure.</source>
        <translation type="vanished">MIDI Channel messages include: Note On/Off, Control Change, Program Change, Pitch Wheel, Key and Channel Pressure.</translation>
    </message>
</context>
<context>
    <name>po/rc.cpp:33</name>
    <message>
        <source>MIDI Channel Messages</source>
        <translation type="vanished">MIDIチャンネルメッセージ</translation>
    </message>
</context>
<context>
    <name>po/rc.cpp:36</name>
    <message>
        <source>System common messages are: quarter frame, song position and tune request.</source>
        <translation type="vanished">システムコモンメッセージは右記の通り: quarter frame, song position and tune request.</translation>
    </message>
</context>
<context>
    <name>po/rc.cpp:39</name>
    <message>
        <source>MIDI System Common Messages</source>
        <translation type="vanished">MIDIシステムコモンメッセージ</translation>
    </message>
</context>
<context>
    <name>po/rc.cpp:42</name>
    <message>
        <source>System realtime messages are: clock, start, continue, stop, active sensing and reset.</source>
        <translation type="vanished">システムリアルタイムメッセージは右記の通り: clock, start, continue, stop, active sensing and reset.</translation>
    </message>
</context>
<context>
    <name>po/rc.cpp:45</name>
    <message>
        <source>MIDI System Real-Time Messages</source>
        <translation type="vanished">MIDI System Real-Time Messages</translation>
    </message>
</context>
<context>
    <name>po/rc.cpp:48</name>
    <message>
        <source>System exclusive messages can be: universal and manufacturer defined.</source>
        <translation type="vanished">System exclusive messages can be: universal and manufacturer defined.</translation>
    </message>
</context>
<context>
    <name>po/rc.cpp:51</name>
    <message>
        <source>MIDI System Exclusive Messages</source>
        <translation type="vanished">MIDIシステムエクスクルーシブメッセージ</translation>
    </message>
</context>
<context>
    <name>po/rc.cpp:54</name>
    <message>
        <source>ALSA Messages are: client and port start/exit, and connection changes.</source>
        <translation type="vanished">ALSAメッセージはクライアントとポート開始/exitと接続変更です。</translation>
    </message>
</context>
<context>
    <name>po/rc.cpp:57</name>
    <message>
        <source>ALSA Messages</source>
        <translation type="vanished">ALSAメッセージ</translation>
    </message>
</context>
<context>
    <name>po/rc.cpp:6</name>
    <message>
        <source>Queue Default Settings</source>
        <translation type="vanished">Queue Default Settings</translation>
    </message>
</context>
<context>
    <name>po/rc.cpp:60</name>
    <message>
        <source>Standard MIDI file (SMF) messages include: key/time signature and text messages</source>
        <translation type="vanished">標準MIDIファイル(SMF)メッセージはキー/時間シグネチャとテキストメッセージを含みます</translation>
    </message>
</context>
<context>
    <name>po/rc.cpp:63</name>
    <message>
        <source>SMF Messages</source>
        <translation type="vanished">SMFメッセージ</translation>
    </message>
</context>
<context>
    <name>po/rc.cpp:66</name>
    <message>
        <source>Display</source>
        <translation type="vanished">表示</translation>
    </message>
</context>
<context>
    <name>po/rc.cpp:69</name>
    <message>
        <source>Show Columns</source>
        <translation type="vanished">カラムを表示</translation>
    </message>
</context>
<context>
    <name>po/rc.cpp:72</name>
    <message>
        <source>Ticks are the musical time units. It is relative to tempo and resolution.</source>
        <translation type="vanished">Ticks are the musical time units. It is relative to tempo and resolution.</translation>
    </message>
</context>
<context>
    <name>po/rc.cpp:75</name>
    <message>
        <source>Ticks</source>
        <translation type="vanished">ティック</translation>
    </message>
</context>
<context>
    <name>po/rc.cpp:78</name>
    <message>
        <source>Seconds are absolute time units</source>
        <translation type="vanished">秒は絶対時間の単位</translation>
    </message>
</context>
<context>
    <name>po/rc.cpp:81</name>
    <message>
        <source>Time (in seconds)</source>
        <translation type="vanished">時間(秒単位)</translation>
    </message>
</context>
<context>
    <name>po/rc.cpp:84</name>
    <message>
        <source>MIDI port originating the messages</source>
        <translation type="vanished">MIDI port originating the messages</translation>
    </message>
</context>
<context>
    <name>po/rc.cpp:87</name>
    <message>
        <source>Source</source>
        <translation type="vanished">ソース</translation>
    </message>
</context>
<context>
    <name>po/rc.cpp:9</name>
    <message>
        <source>Tempo (BPM)</source>
        <translation type="vanished">テンポ(BPM)</translation>
    </message>
</context>
<context>
    <name>po/rc.cpp:90</name>
    <message>
        <source>Message type displayed as a text string</source>
        <translation type="vanished">メッセージタイプはテキスト文字列として表示</translation>
    </message>
</context>
<context>
    <name>po/rc.cpp:93</name>
    <message>
        <source>Message Type</source>
        <translation type="vanished">メッセージタイプ</translation>
    </message>
</context>
<context>
    <name>po/rc.cpp:96</name>
    <message>
        <source>MIDI Channel (1 to 16)</source>
        <translation type="vanished">MIDIチャンネル(1から16)</translation>
    </message>
</context>
<context>
    <name>po/rc.cpp:99</name>
    <message>
        <source>Channel</source>
        <translation type="vanished">チャンネル</translation>
    </message>
</context>
<context>
    <name>src/configdialog.cpp:104</name>
    <message>
        <source>Default ( ASCII )</source>
        <translation type="vanished">既定値 ( ASCII )</translation>
    </message>
</context>
<context>
    <name>src/configdialog.cpp:31</name>
    <message>
        <source>KMidimon Configuration</source>
        <translation type="vanished">KMidimonの設定</translation>
    </message>
</context>
<context>
    <name>src/connectdlg.cpp:39</name>
    <message>
        <source>Connections</source>
        <translation type="vanished">コネクション</translation>
    </message>
</context>
<context>
    <name>src/connectdlg.cpp:45</name>
    <message>
        <source>Available Input Connections:</source>
        <translation type="vanished">有効な入力コネクション:</translation>
    </message>
</context>
<context>
    <name>src/connectdlg.cpp:53</name>
    <message>
        <source>&lt;b&gt;Output Connection:&lt;/b&gt;</source>
        <translation type="vanished">&lt;b&gt;出力コネクション:&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>src/eventfilter.cpp:100</name>
    <message>
        <source>SMF Text</source>
        <translation type="vanished">SMFテキスト</translation>
    </message>
</context>
<context>
    <name>src/eventfilter.cpp:101</name>
    <message>
        <source>Time Signature</source>
        <translation type="vanished">Time Signature</translation>
    </message>
</context>
<context>
    <name>src/eventfilter.cpp:102</name>
    <message>
        <source>Key Signature</source>
        <translation type="vanished">Key Signature</translation>
    </message>
</context>
<context>
    <name>src/eventfilter.cpp:103</name>
    <message>
        <source>Sequence Number</source>
        <translation type="vanished">シーケンス番号</translation>
    </message>
</context>
<context>
    <name>src/eventfilter.cpp:104</name>
    <message>
        <source>Forced Channel</source>
        <translation type="vanished">Forced Channel</translation>
    </message>
</context>
<context>
    <name>src/eventfilter.cpp:105</name>
    <message>
        <source>Forced Port</source>
        <translation type="vanished">Forced Port</translation>
    </message>
</context>
<context>
    <name>src/eventfilter.cpp:106</name>
    <message>
        <source>SMPTE Offset</source>
        <translation type="vanished">SMPTEオフセット</translation>
    </message>
</context>
<context>
    <name>src/eventfilter.cpp:107</name>
    <message>
        <source>Sequencer Specific</source>
        <translation type="vanished">Sequencer Specific</translation>
    </message>
</context>
<context>
    <name>src/eventfilter.cpp:108</name>
    <message>
        <source>Meta (unregistered)</source>
        <translation type="vanished">Meta (unregistered)</translation>
    </message>
</context>
<context>
    <name>src/eventfilter.cpp:192</name>
    <message>
        <source>Filters</source>
        <translation type="vanished">フィルタ</translation>
    </message>
</context>
<context>
    <name>src/eventfilter.cpp:201</name>
    <message>
        <source>All</source>
        <translation type="vanished">すべて</translation>
    </message>
</context>
<context>
    <name>src/eventfilter.cpp:205</name>
    <message>
        <source>Nothing</source>
        <translation type="vanished">なし</translation>
    </message>
</context>
<context>
    <name>src/eventfilter.cpp:56</name>
    <message>
        <source>MIDI Channel</source>
        <translation type="vanished">MIDI チャネル</translation>
    </message>
</context>
<context>
    <name>src/eventfilter.cpp:57</name>
    <message>
        <source>MIDI System Common</source>
        <translation type="vanished">MIDI システムコモン</translation>
    </message>
</context>
<context>
    <name>src/eventfilter.cpp:58</name>
    <message>
        <source>MIDI System Real-Time</source>
        <translation type="vanished">MIDI システム Real-Time</translation>
    </message>
</context>
<context>
    <name>src/eventfilter.cpp:59</name>
    <message>
        <source>MIDI System Exclusive</source>
        <translation type="vanished">MIDI システム Exclusive</translation>
    </message>
</context>
<context>
    <name>src/eventfilter.cpp:60</name>
    <message>
        <source>ALSA</source>
        <translation type="vanished">ALSA</translation>
    </message>
</context>
<context>
    <name>src/eventfilter.cpp:61</name>
    <message>
        <source>SMF</source>
        <translation type="vanished">SMF</translation>
    </message>
</context>
<context>
    <name>src/eventfilter.cpp:63</name>
    <message>
        <source>Note</source>
        <translation type="vanished">ノート</translation>
    </message>
</context>
<context>
    <name>src/eventfilter.cpp:64</name>
    <message>
        <source>Note on</source>
        <translation type="vanished">ノートオン</translation>
    </message>
</context>
<context>
    <name>src/eventfilter.cpp:65</name>
    <message>
        <source>Note off</source>
        <translation type="vanished">ノートオフ</translation>
    </message>
</context>
<context>
    <name>src/eventfilter.cpp:66</name>
    <message>
        <source>Polyphonic aftertouch</source>
        <translation type="vanished">ポリフォニックアフタータッチ</translation>
    </message>
</context>
<context>
    <name>src/eventfilter.cpp:67</name>
    <message>
        <source>Control change</source>
        <translation type="vanished">コントロールチェンジ</translation>
    </message>
</context>
<context>
    <name>src/eventfilter.cpp:68</name>
    <message>
        <source>Program change</source>
        <translation type="vanished">プログラムチェンジ</translation>
    </message>
</context>
<context>
    <name>src/eventfilter.cpp:69</name>
    <message>
        <source>Channel aftertouch</source>
        <translation type="vanished">チャンネルアフタータッチ</translation>
    </message>
</context>
<context>
    <name>src/eventfilter.cpp:70</name>
    <message>
        <source>Pitch bend</source>
        <translation type="vanished">ピッチベンド</translation>
    </message>
</context>
<context>
    <name>src/eventfilter.cpp:71</name>
    <message>
        <source>Control change</source>
        <translation type="vanished">コントロールチェンジ</translation>
    </message>
</context>
<context>
    <name>src/eventfilter.cpp:72</name>
    <message>
        <source>Non-registered parameter</source>
        <translation type="vanished">非登録パラメータ</translation>
    </message>
</context>
<context>
    <name>src/eventfilter.cpp:73</name>
    <message>
        <source>Registered parameter</source>
        <translation type="vanished">登録パラメータ</translation>
    </message>
</context>
<context>
    <name>src/eventfilter.cpp:75</name>
    <message>
        <source>System exclusive</source>
        <translation type="vanished">システム・エクスクルーシブ</translation>
    </message>
</context>
<context>
    <name>src/eventfilter.cpp:77</name>
    <message>
        <source>Song Position</source>
        <translation type="vanished">ソング・ポジション</translation>
    </message>
</context>
<context>
    <name>src/eventfilter.cpp:78</name>
    <message>
        <source>Song Selection</source>
        <translation type="vanished">ソング・セレクション</translation>
    </message>
</context>
<context>
    <name>src/eventfilter.cpp:79</name>
    <message>
        <source>MTC Quarter Frame</source>
        <translation type="vanished">MTCクォーターフレーム</translation>
    </message>
</context>
<context>
    <name>src/eventfilter.cpp:80</name>
    <message>
        <source>Tune Request</source>
        <translation type="vanished">チューン・リクエスト</translation>
    </message>
</context>
<context>
    <name>src/eventfilter.cpp:82</name>
    <message>
        <source>Start</source>
        <translation type="vanished">開始</translation>
    </message>
</context>
<context>
    <name>src/eventfilter.cpp:83</name>
    <message>
        <source>Continue</source>
        <translation type="vanished">再開</translation>
    </message>
</context>
<context>
    <name>src/eventfilter.cpp:84</name>
    <message>
        <source>Stop</source>
        <translation type="vanished">停止</translation>
    </message>
</context>
<context>
    <name>src/eventfilter.cpp:85</name>
    <message>
        <source>Clock</source>
        <translation type="vanished">クロック</translation>
    </message>
</context>
<context>
    <name>src/eventfilter.cpp:86</name>
    <message>
        <source>Tick</source>
        <translation type="vanished">ティック</translation>
    </message>
</context>
<context>
    <name>src/eventfilter.cpp:87</name>
    <message>
        <source>Reset</source>
        <translation type="vanished">リセット</translation>
    </message>
</context>
<context>
    <name>src/eventfilter.cpp:88</name>
    <message>
        <source>Active Sensing</source>
        <translation type="vanished">アクティブ・センシング</translation>
    </message>
</context>
<context>
    <name>src/eventfilter.cpp:90</name>
    <message>
        <source>ALSA Port start</source>
        <translation type="vanished">ALSAポート開始</translation>
    </message>
</context>
<context>
    <name>src/eventfilter.cpp:91</name>
    <message>
        <source>ALSA Port exit</source>
        <translation type="vanished">ALSAポート終了</translation>
    </message>
</context>
<context>
    <name>src/eventfilter.cpp:92</name>
    <message>
        <source>ALSA Port change</source>
        <translation type="vanished">ALSA Port変更</translation>
    </message>
</context>
<context>
    <name>src/eventfilter.cpp:93</name>
    <message>
        <source>ALSA Client start</source>
        <translation type="vanished">ALSA クライアント開始</translation>
    </message>
</context>
<context>
    <name>src/eventfilter.cpp:94</name>
    <message>
        <source>ALSA Client exit</source>
        <translation type="vanished">ALSA クライアント終了</translation>
    </message>
</context>
<context>
    <name>src/eventfilter.cpp:95</name>
    <message>
        <source>ALSA Client change</source>
        <translation type="vanished">ALSA クライアント変更</translation>
    </message>
</context>
<context>
    <name>src/eventfilter.cpp:96</name>
    <message>
        <source>ALSA Port subscribed</source>
        <translation type="vanished">ALSA ポートサブスクライブ</translation>
    </message>
</context>
<context>
    <name>src/eventfilter.cpp:97</name>
    <message>
        <source>ALSA Port unsubscribed</source>
        <translation type="vanished">ALSA ポートアンサブスクライブ</translation>
    </message>
</context>
<context>
    <name>src/eventfilter.cpp:99</name>
    <message>
        <source>Tempo</source>
        <translation type="vanished">テンポ</translation>
    </message>
</context>
<context>
    <name>src/kmidimon.cpp:129</name>
    <message>
        <source>Fatal error from the ALSA sequencer. This usually happens when the kernel doesn&apos;t have ALSA support, or the device node (/dev/snd/seq) doesn&apos;t exists, or the kernel module (snd_seq) is not loaded. Please check your ALSA/MIDI configuration. Returned error was: %1</source>
        <translation type="vanished">ALSAシーケンサからの致命的エラー。これは通常カーネルがALSAをサポートしていないか、デバイスノード (/dev/snd/seq) が存在しないか、カーネルモジュール (snd_seq) がロードされていないかの時に起きます。ALSA/MIDI設定を確認してください。エラーコードは %1 です。</translation>
    </message>
</context>
<context>
    <name>src/kmidimon.cpp:135</name>
    <message>
        <source>Error</source>
        <translation type="vanished">エラー</translation>
    </message>
</context>
<context>
    <name>src/kmidimon.cpp:143</name>
    <message>
        <source>Ticks</source>
        <translation type="vanished">ティック</translation>
    </message>
</context>
<context>
    <name>src/kmidimon.cpp:144</name>
    <message>
        <source>Time</source>
        <translation type="vanished">Time</translation>
    </message>
</context>
<context>
    <name>src/kmidimon.cpp:145</name>
    <message>
        <source>Source</source>
        <translation type="vanished">ソース</translation>
    </message>
</context>
<context>
    <name>src/kmidimon.cpp:146</name>
    <message>
        <source>Event Kind</source>
        <translation type="vanished">イベント種類</translation>
    </message>
</context>
<context>
    <name>src/kmidimon.cpp:147</name>
    <message>
        <source>Channel</source>
        <translation type="vanished">チャネル</translation>
    </message>
</context>
<context>
    <name>src/kmidimon.cpp:148</name>
    <message>
        <source>Data 1</source>
        <translation type="vanished">データ1</translation>
    </message>
</context>
<context>
    <name>src/kmidimon.cpp:149</name>
    <message>
        <source>Data 2</source>
        <translation type="vanished">データ2</translation>
    </message>
</context>
<context>
    <name>src/kmidimon.cpp:150</name>
    <message>
        <source>Data 3</source>
        <translation type="vanished">データ3</translation>
    </message>
</context>
<context>
    <name>src/kmidimon.cpp:165</name>
    <message>
        <source>Exit the application</source>
        <translation type="vanished">アプリケーション終了</translation>
    </message>
</context>
<context>
    <name>src/kmidimon.cpp:167</name>
    <message>
        <source>Open a disk file</source>
        <translation type="vanished">ファイルを開く</translation>
    </message>
</context>
<context>
    <name>src/kmidimon.cpp:170</name>
    <message>
        <source>Clear the current data and start a new empty session</source>
        <translation type="vanished">現在のデータを消し、新しい空のセッションを開始</translation>
    </message>
</context>
<context>
    <name>src/kmidimon.cpp:172</name>
    <message>
        <source>Store the session data on a disk file</source>
        <translation type="vanished">セッションデータをファイルに格納</translation>
    </message>
</context>
<context>
    <name>src/kmidimon.cpp:174</name>
    <message>
        <source>Configure the program setting several preferences</source>
        <translation type="vanished">いくつかのパラメータの設定</translation>
    </message>
</context>
<context>
    <name>src/kmidimon.cpp:176</name>
    <message>
        <source>Organize the toolbar icons</source>
        <translation type="vanished">ツールバーアイコンの編集</translation>
    </message>
</context>
<context>
    <name>src/kmidimon.cpp:193</name>
    <message>
        <source>&amp;Play</source>
        <translation type="vanished">演奏(&amp;P)</translation>
    </message>
</context>
<context>
    <name>src/kmidimon.cpp:196</name>
    <message>
        <source>Start playback of the current session</source>
        <translation type="vanished">現在のセッションから再生</translation>
    </message>
</context>
<context>
    <name>src/kmidimon.cpp:201</name>
    <message>
        <source>Pause</source>
        <translation type="vanished">一時停止</translation>
    </message>
</context>
<context>
    <name>src/kmidimon.cpp:203</name>
    <message>
        <source>Pause the playback</source>
        <translation type="vanished">再生を一時停止</translation>
    </message>
</context>
<context>
    <name>src/kmidimon.cpp:208</name>
    <message>
        <source>Forward</source>
        <translation type="vanished">進む</translation>
    </message>
</context>
<context>
    <name>src/kmidimon.cpp:210</name>
    <message>
        <source>Move the playback position to the last event</source>
        <translation type="vanished">最後のイベントに再生位置を移動</translation>
    </message>
</context>
<context>
    <name>src/kmidimon.cpp:215</name>
    <message>
        <source>Backward</source>
        <translation type="vanished">戻る</translation>
    </message>
</context>
<context>
    <name>src/kmidimon.cpp:217</name>
    <message>
        <source>Move the playback position to the first event</source>
        <translation type="vanished">最初のイベントに再生位置を移動</translation>
    </message>
</context>
<context>
    <name>src/kmidimon.cpp:222</name>
    <message>
        <source>Record</source>
        <translation type="vanished">録音</translation>
    </message>
</context>
<context>
    <name>src/kmidimon.cpp:225</name>
    <message>
        <source>Append new recorded events to the current session</source>
        <translation type="vanished">現在のセッションに新しい録音されたイベントを追加</translation>
    </message>
</context>
<context>
    <name>src/kmidimon.cpp:230</name>
    <message>
        <source>Stop</source>
        <translation type="vanished">停止</translation>
    </message>
</context>
<context>
    <name>src/kmidimon.cpp:233</name>
    <message>
        <source>Stop playback or recording</source>
        <translation type="vanished">再生または録音を停止</translation>
    </message>
</context>
<context>
    <name>src/kmidimon.cpp:238</name>
    <message>
        <source>Connect All Inputs</source>
        <translation type="vanished">すべての入力を接続</translation>
    </message>
</context>
<context>
    <name>src/kmidimon.cpp:239</name>
    <message>
        <source>Connect all readable MIDI ports</source>
        <translation type="vanished">すべての読み取り可能なMIDIポートを接続</translation>
    </message>
</context>
<context>
    <name>src/kmidimon.cpp:244</name>
    <message>
        <source>Disconnect All Inputs</source>
        <translation type="vanished">すべての入力を切断</translation>
    </message>
</context>
<context>
    <name>src/kmidimon.cpp:245</name>
    <message>
        <source>Disconnect all input MIDI ports</source>
        <translation type="vanished">すべての入力ポートを切断</translation>
    </message>
</context>
<context>
    <name>src/kmidimon.cpp:250</name>
    <message>
        <source>Configure Connections</source>
        <translation type="vanished">接続の設定</translation>
    </message>
</context>
<context>
    <name>src/kmidimon.cpp:251</name>
    <message>
        <source>Open the Connections dialog</source>
        <translation type="vanished">接続ダイアログを開く</translation>
    </message>
</context>
<context>
    <name>src/kmidimon.cpp:256</name>
    <message>
        <source>Add Track View</source>
        <translation type="vanished">トラックビューを追加</translation>
    </message>
</context>
<context>
    <name>src/kmidimon.cpp:257</name>
    <message>
        <source>Create a new tab/track view</source>
        <translation type="vanished">新しいタブ/トラックビューを追加</translation>
    </message>
</context>
<context>
    <name>src/kmidimon.cpp:262</name>
    <message>
        <source>Change Track View</source>
        <translation type="vanished">トラックビューを変更</translation>
    </message>
</context>
<context>
    <name>src/kmidimon.cpp:263</name>
    <message>
        <source>Change the track number of the view</source>
        <translation type="vanished">ビューのトラック番号を変更</translation>
    </message>
</context>
<context>
    <name>src/kmidimon.cpp:268</name>
    <message>
        <source>Delete Track View</source>
        <translation type="vanished">トラックビューを削除</translation>
    </message>
</context>
<context>
    <name>src/kmidimon.cpp:269</name>
    <message>
        <source>Delete the tab/track view</source>
        <translation type="vanished">タブ/トラックビューを削除</translation>
    </message>
</context>
<context>
    <name>src/kmidimon.cpp:275</name>
    <message>
        <source>Toggle the %1 column</source>
        <translation type="vanished">%1カラムをトグル</translation>
    </message>
</context>
<context>
    <name>src/kmidimon.cpp:283</name>
    <message>
        <source>Resize columns</source>
        <translation type="vanished">カラムをリサイズ</translation>
    </message>
</context>
<context>
    <name>src/kmidimon.cpp:284</name>
    <message>
        <source>Resize the columns width to fit it&apos;s contents</source>
        <translation type="vanished">そのコンテンツに適合するようカラムの幅をリサイズ</translation>
    </message>
</context>
<context>
    <name>src/kmidimon.cpp:289</name>
    <message>
        <source>Sequence Info</source>
        <translation type="vanished">シーケンス情報</translation>
    </message>
</context>
<context>
    <name>src/kmidimon.cpp:290</name>
    <message>
        <source>Display information about the loaded sequence</source>
        <translation type="vanished">ロードされたシーケンスの情報を表示</translation>
    </message>
</context>
<context>
    <name>src/kmidimon.cpp:296</name>
    <message>
        <source>Scale Tempo</source>
        <translation type="vanished">Scale Tempo</translation>
    </message>
</context>
<context>
    <name>src/kmidimon.cpp:297</name>
    <message>
        <source>Display a slider to scale the tempo between 50% and 200%</source>
        <translation type="vanished">50%から200%の間でスライダーを表示</translation>
    </message>
</context>
<context>
    <name>src/kmidimon.cpp:302</name>
    <message>
        <source>Reset Tempo</source>
        <translation type="vanished">テンポのリセット</translation>
    </message>
</context>
<context>
    <name>src/kmidimon.cpp:303</name>
    <message>
        <source>Reset the tempo scale to 100%</source>
        <translation type="vanished">テンポのスケールを100%にリセット</translation>
    </message>
</context>
<context>
    <name>src/kmidimon.cpp:309</name>
    <message>
        <source>Player Loop</source>
        <translation type="vanished">プレイヤーループ</translation>
    </message>
</context>
<context>
    <name>src/kmidimon.cpp:310</name>
    <message>
        <source>Start playing again at song ending</source>
        <translation type="vanished">終了時に再度再生</translation>
    </message>
</context>
<context>
    <name>src/kmidimon.cpp:315</name>
    <message>
        <source>Mute Track</source>
        <translation type="vanished">トラックをミュート</translation>
    </message>
</context>
<context>
    <name>src/kmidimon.cpp:316</name>
    <message>
        <source>Mute (silence) the track</source>
        <translation type="vanished">トラックをミュート(無音)</translation>
    </message>
</context>
<context>
    <name>src/kmidimon.cpp:371</name>
    <message>
        <source>Load file</source>
        <translation type="vanished">ファイルのロード</translation>
    </message>
</context>
<context>
    <name>src/kmidimon.cpp:372</name>
    <message>
        <source>Loading...</source>
        <translation type="vanished">ロード中...</translation>
    </message>
</context>
<context>
    <name>src/kmidimon.cpp:408</name>
    <message>
        <source>Warning, this file may be non-standard or damaged.&lt;br/&gt;</source>
        <translation type="vanished">警告&#x3000;このファイルは非標準か壊れているようです。&lt;br&gt;</translation>
    </message>
</context>
<context>
    <name>src/kmidimon.cpp:409</name>
    <message>
        <source>File parsing error</source>
        <translation type="vanished">ファイルのパースエラー</translation>
    </message>
</context>
<context>
    <name>src/kmidimon.cpp:419</name>
    <message>
        <source>Open MIDI file</source>
        <translation type="vanished">MIDIファイルのオープン</translation>
    </message>
</context>
<context>
    <name>src/kmidimon.cpp:427</name>
    <message>
        <source>*.txt|Plain text files (*.txt)
*.mid|MIDI files (*.mid)</source>
        <translation type="vanished">*.txt|平文ファイル (*.txt)
*.mid|MIDIファイル (*.mid)</translation>
    </message>
</context>
<context>
    <name>src/kmidimon.cpp:430</name>
    <message>
        <source>Save MIDI monitor data</source>
        <translation type="vanished">MIDIモニタデータを保存</translation>
    </message>
</context>
<context>
    <name>src/kmidimon.cpp:583</name>
    <message>
        <source>recording</source>
        <translation type="vanished">記録中</translation>
    </message>
</context>
<context>
    <name>src/kmidimon.cpp:598</name>
    <message>
        <source>stopped</source>
        <translation type="vanished">停止中</translation>
    </message>
</context>
<context>
    <name>src/kmidimon.cpp:606</name>
    <message>
        <source>playing</source>
        <translation type="vanished">再生中</translation>
    </message>
</context>
<context>
    <name>src/kmidimon.cpp:633</name>
    <message>
        <source>(no file)</source>
        <translation type="vanished">(ファイルなし)</translation>
    </message>
</context>
<context>
    <name>src/kmidimon.cpp:634</name>
    <message>
        <source>%1 [%2]</source>
        <translation type="vanished">%1 [%2]</translation>
    </message>
</context>
<context>
    <name>src/kmidimon.cpp:743</name>
    <message>
        <source>Track %1</source>
        <translation type="vanished">トラック %1</translation>
    </message>
</context>
<context>
    <name>src/kmidimon.cpp:746</name>
    <message>
        <source>Track %1 View Selector</source>
        <translation type="vanished">トラック%1 ビューセレクタ</translation>
    </message>
</context>
<context>
    <name>src/kmidimon.cpp:759</name>
    <message>
        <source>Change track</source>
        <translation type="vanished">トラックの変更</translation>
    </message>
</context>
<context>
    <name>src/kmidimon.cpp:760</name>
    <message>
        <source>Change the track filter:</source>
        <translation type="vanished">トラックフィルタの変更:</translation>
    </message>
</context>
<context>
    <name>src/kmidimon.cpp:78</name>
    <message>
        <source>The events list</source>
        <translation type="vanished">イベントリスト</translation>
    </message>
</context>
<context>
    <name>src/kmidimon.cpp:784</name>
    <message>
        <source>Track %1</source>
        <translation type="vanished">トラック %1</translation>
    </message>
</context>
<context>
    <name>src/kmidimon.cpp:787</name>
    <message>
        <source>Track %1 View Selector</source>
        <translation type="vanished">トラック%1 ビューセレクタ</translation>
    </message>
</context>
<context>
    <name>src/kmidimon.cpp:846</name>
    <message>
        <source>No file loaded</source>
        <translation type="vanished">ファイルが何もロードされていません</translation>
    </message>
</context>
<context>
    <name>src/kmidimon.cpp:849</name>
    <message>
        <source>File: &lt;b&gt;%1&lt;/b&gt;&lt;br/&gt;Created: &lt;b&gt;%2&lt;/b&gt;&lt;br/&gt;Modified: &lt;b&gt;%3&lt;/b&gt;&lt;br/&gt;Format: &lt;b&gt;%4&lt;/b&gt;&lt;br/&gt;Number of tracks: &lt;b&gt;%5&lt;/b&gt;&lt;br/&gt;Number of events: &lt;b&gt;%6&lt;/b&gt;&lt;br/&gt;Division: &lt;b&gt;%7 ppq&lt;/b&gt;&lt;br/&gt;Initial tempo: &lt;b&gt;%8 bpm&lt;/b&gt;&lt;br/&gt;Duration: &lt;b&gt;%9&lt;/b&gt;</source>
        <translation type="vanished">ファイル: &lt;b&gt;%1&lt;/b&gt;&lt;br/&gt;作成: &lt;b&gt;%2&lt;/b&gt;&lt;br/&gt;変更: &lt;b&gt;%3&lt;/b&gt;&lt;br/&gt;形式: &lt;b&gt;%4&lt;/b&gt;&lt;br/&gt;トラック数: &lt;b&gt;%5&lt;/b&gt;&lt;br/&gt;イベント数: &lt;b&gt;%6&lt;/b&gt;&lt;br/&gt;Division: &lt;b&gt;%7 ppq&lt;/b&gt;&lt;br/&gt;初期テンポ: &lt;b&gt;%8 bpm&lt;/b&gt;&lt;br/&gt;デュレーション: &lt;b&gt;%9&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>src/kmidimon.cpp:868</name>
    <message>
        <source>Sequence Information</source>
        <translation type="vanished">シーケンス情報</translation>
    </message>
</context>
<context>
    <name>src/kmidimon.cpp:97</name>
    <message>
        <source>Track view selectors</source>
        <translation type="vanished">トラックビューセレクタ</translation>
    </message>
</context>
<context>
    <name>src/main.cpp:34</name>
    <message>
        <source>KDE MIDI monitor using ALSA sequencer</source>
        <translation type="vanished">KDE MIDIモニタはALSAシーケンサを使用</translation>
    </message>
</context>
<context>
    <name>src/main.cpp:40</name>
    <message>
        <source>KMidimon</source>
        <translation type="vanished">KMidimon</translation>
    </message>
</context>
<context>
    <name>src/main.cpp:42</name>
    <message>
        <source>(C) 2005-2010 Pedro Lopez-Cabanillas</source>
        <translation type="vanished">(C) 2005-2010 Pedro Lopez-Cabanillas</translation>
    </message>
</context>
<context>
    <name>src/main.cpp:46</name>
    <message>
        <source>Pedro Lopez-Cabanillas</source>
        <translation type="vanished">Pedro Lopez-Cabanillas</translation>
    </message>
</context>
<context>
    <name>src/main.cpp:48</name>
    <message>
        <source>Christoph Eckert</source>
        <translation type="vanished">Christoph Eckert</translation>
    </message>
</context>
<context>
    <name>src/main.cpp:49</name>
    <message>
        <source>Documentation, good ideas and suggestions</source>
        <translation type="vanished">ドキュメント、よいアイデアと助言</translation>
    </message>
</context>
<context>
    <name>src/main.cpp:52</name>
    <message>
        <source>File to open</source>
        <translation type="vanished">オープンするファイル</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:1036</name>
    <message>
        <source>Event type %1</source>
        <translation type="vanished">イベントタイプ:%1</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:1056</name>
    <message>
        <source>C</source>
        <translation type="vanished">C</translation>
    </message>
    <message>
        <source>C♯</source>
        <translation type="vanished">C#</translation>
    </message>
    <message>
        <source>D</source>
        <translation type="vanished">D</translation>
    </message>
    <message>
        <source>D♯</source>
        <translation type="vanished">D#</translation>
    </message>
    <message>
        <source>E</source>
        <translation type="vanished">E</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:1057</name>
    <message>
        <source>F</source>
        <translation type="vanished">F</translation>
    </message>
    <message>
        <source>F♯</source>
        <translation type="vanished">F#</translation>
    </message>
    <message>
        <source>G</source>
        <translation type="vanished">G</translation>
    </message>
    <message>
        <source>G♯</source>
        <translation type="vanished">G#</translation>
    </message>
    <message>
        <source>A</source>
        <translation type="vanished">A</translation>
    </message>
    <message>
        <source>A♯</source>
        <translation type="vanished">A#</translation>
    </message>
    <message>
        <source>B</source>
        <translation type="vanished">B</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:1058</name>
    <message>
        <source>C</source>
        <translation type="vanished">C</translation>
    </message>
    <message>
        <source>D</source>
        <translation type="vanished">D</translation>
    </message>
    <message>
        <source>E</source>
        <translation type="vanished">E</translation>
    </message>
    <message>
        <source>D♭</source>
        <translation type="vanished">D♭</translation>
    </message>
    <message>
        <source>E♭</source>
        <translation type="vanished">E♭</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:1059</name>
    <message>
        <source>F</source>
        <translation type="vanished">F</translation>
    </message>
    <message>
        <source>G</source>
        <translation type="vanished">G</translation>
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
        <source>G♭</source>
        <translation type="vanished">G♭</translation>
    </message>
    <message>
        <source>A♭</source>
        <translation type="vanished">A♭</translation>
    </message>
    <message>
        <source>B♭</source>
        <translation type="vanished">B♭</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:1187</name>
    <message>
        <source>%1 bpm</source>
        <translation type="vanished">%1 bpm</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:1209</name>
    <message>
        <source>Text:1</source>
        <translation type="vanished">テキスト:1</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:1211</name>
    <message>
        <source>Copyright:2</source>
        <translation type="vanished">Copyright:2</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:1213</name>
    <message>
        <source>Name:3</source>
        <translation type="vanished">名前:3</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:1215</name>
    <message>
        <source>Instrument:4</source>
        <translation type="vanished">インストゥルメント:4</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:1217</name>
    <message>
        <source>Lyric:5</source>
        <translation type="vanished">歌詞:5</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:1219</name>
    <message>
        <source>Marker:6</source>
        <translation type="vanished">マーカー:6</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:1221</name>
    <message>
        <source>Cue:7</source>
        <translation type="vanished">キュー:7</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:1243</name>
    <message>
        <source>%1/%2</source>
        <translation type="vanished">%1/%2</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:1251</name>
    <message>
        <source>%1 clocks per click, %2 32nd per quarter</source>
        <translation type="vanished">%1 clocks per click, %2 32nd per quarter</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:1260</name>
    <message>
        <source>%1%2</source>
        <translation type="vanished">%1%2</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:1267</name>
    <message>
        <source>C flat</source>
        <translation type="vanished">Cフラット</translation>
    </message>
    <message>
        <source>G flat</source>
        <translation type="vanished">Gフラット</translation>
    </message>
    <message>
        <source>D flat</source>
        <translation type="vanished">Dフラット</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:1268</name>
    <message>
        <source>F</source>
        <translation type="vanished">F</translation>
    </message>
    <message>
        <source>A flat</source>
        <translation type="vanished">Aフラット</translation>
    </message>
    <message>
        <source>E flat</source>
        <translation type="vanished">Eフラット</translation>
    </message>
    <message>
        <source>B flat</source>
        <translation type="vanished">Bフラット</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:1269</name>
    <message>
        <source>C</source>
        <translation type="vanished">C</translation>
    </message>
    <message>
        <source>D</source>
        <translation type="vanished">D</translation>
    </message>
    <message>
        <source>G</source>
        <translation type="vanished">G</translation>
    </message>
    <message>
        <source>A</source>
        <translation type="vanished">A</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:1270</name>
    <message>
        <source>E</source>
        <translation type="vanished">E</translation>
    </message>
    <message>
        <source>B</source>
        <translation type="vanished">B</translation>
    </message>
    <message>
        <source>F sharp</source>
        <translation type="vanished">F #</translation>
    </message>
    <message>
        <source>C sharp</source>
        <translation type="vanished">C #</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:1271</name>
    <message>
        <source>A flat</source>
        <translation type="vanished">Aフラット</translation>
    </message>
    <message>
        <source>E flat</source>
        <translation type="vanished">Eフラット</translation>
    </message>
    <message>
        <source>B flat</source>
        <translation type="vanished">Bフラット</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:1272</name>
    <message>
        <source>C</source>
        <translation type="vanished">C</translation>
    </message>
    <message>
        <source>D</source>
        <translation type="vanished">D</translation>
    </message>
    <message>
        <source>F</source>
        <translation type="vanished">F</translation>
    </message>
    <message>
        <source>G</source>
        <translation type="vanished">G</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:1273</name>
    <message>
        <source>E</source>
        <translation type="vanished">E</translation>
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
        <source>F sharp</source>
        <translation type="vanished">F #</translation>
    </message>
    <message>
        <source>C sharp</source>
        <translation type="vanished">C #</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:1274</name>
    <message>
        <source>G sharp</source>
        <translation type="vanished">G #</translation>
    </message>
    <message>
        <source>D sharp</source>
        <translation type="vanished">D #</translation>
    </message>
    <message>
        <source>A sharp</source>
        <translation type="vanished">A #</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:1279</name>
    <message>
        <source>major</source>
        <translation type="vanished">長調</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:1280</name>
    <message>
        <source>minor</source>
        <translation type="vanished">短調</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:1288</name>
    <message>
        <source>%1:%2:%3:%4:%5</source>
        <translation type="vanished">%1:%2:%3:%4:%5</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:1610</name>
    <message>
        <source>SMF type %1</source>
        <translation type="vanished">SMFタイプ %1</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:1846</name>
    <message>
        <source> at offset %1</source>
        <translation type="vanished"> at offset %1</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:2074</name>
    <message>
        <source> at offset %1</source>
        <translation type="vanished"> at offset %1</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:2079</name>
    <message>
        <source>WRK file version %1.%2</source>
        <translation type="vanished">WRKファイルバージョン %1.%2</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:2475</name>
    <message>
        <source>Overture File</source>
        <translation type="vanished">Overture ファイル</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:278</name>
    <message>
        <source>Ticks</source>
        <translation type="vanished">ティック</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:280</name>
    <message>
        <source>Time</source>
        <translation type="vanished">Time</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:282</name>
    <message>
        <source>Source</source>
        <translation type="vanished">ソース</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:284</name>
    <message>
        <source>Event kind</source>
        <translation type="vanished">イベント種類</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:286</name>
    <message>
        <source>Chan</source>
        <translation type="vanished">Chan</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:288</name>
    <message>
        <source>Data 1</source>
        <translation type="vanished">データ1</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:290</name>
    <message>
        <source>Data 2</source>
        <translation type="vanished">データ2</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:292</name>
    <message>
        <source>Data 3</source>
        <translation type="vanished">データ3</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:463</name>
    <message>
        <source>Universal Non Real Time SysEx</source>
        <translation type="vanished">Universal Non Real Time SysEx</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:465</name>
    <message>
        <source>Universal Real Time SysEx</source>
        <translation type="vanished">Universal Real Time SysEx</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:486</name>
    <message>
        <source>broadcast</source>
        <translation type="vanished">broadcast</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:488</name>
    <message>
        <source>device %1</source>
        <translation type="vanished">デバイス %1</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:511</name>
    <message>
        <source>Sample Dump</source>
        <translation type="vanished">サンプルのダンプ</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:513</name>
    <message>
        <source>MTC</source>
        <translation type="vanished">MTC</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:515</name>
    <message>
        <source>Sample Dump</source>
        <translation type="vanished">サンプルのダンプ</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:517</name>
    <message>
        <source>Gen.Info</source>
        <translation type="vanished">Gen.Info</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:519</name>
    <message>
        <source>File Dump</source>
        <translation type="vanished">ファイルダンプ</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:521</name>
    <message>
        <source>Tuning</source>
        <translation type="vanished">Tuning</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:523</name>
    <message>
        <source>GM Mode</source>
        <translation type="vanished">GMモード</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:525</name>
    <message>
        <source>DLS</source>
        <translation type="vanished">DLS</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:527</name>
    <message>
        <source>File Ref.</source>
        <translation type="vanished">ファイル参照 </translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:529</name>
    <message>
        <source>End of File</source>
        <translation type="vanished">End of File</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:531</name>
    <message>
        <source>Wait</source>
        <translation type="vanished">Wait</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:533</name>
    <message>
        <source>Cancel</source>
        <translation type="vanished">キャンセル</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:535</name>
    <message>
        <source>NAK</source>
        <translation type="vanished">NAK</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:537</name>
    <message>
        <source>ACK</source>
        <translation type="vanished">ACK</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:545</name>
    <message>
        <source>MTC</source>
        <translation type="vanished">MTC</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:547</name>
    <message>
        <source>Show Control</source>
        <translation type="vanished">コントロール表示</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:549</name>
    <message>
        <source>Notation</source>
        <translation type="vanished">Notation</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:551</name>
    <message>
        <source>Device Control</source>
        <translation type="vanished">デバイス制御</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:553</name>
    <message>
        <source>MTC Cueing</source>
        <translation type="vanished">MTC Cueing</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:555</name>
    <message>
        <source>MMC Command</source>
        <translation type="vanished">MMCコマンド</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:557</name>
    <message>
        <source>MMC Response</source>
        <translation type="vanished">MMCレスポンス</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:559</name>
    <message>
        <source>Tuning</source>
        <translation type="vanished">Tuning</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:561</name>
    <message>
        <source>GM2 Destination</source>
        <translation type="vanished">GM2 Destination</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:563</name>
    <message>
        <source>Instrument</source>
        <translation type="vanished">インストゥルメント</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:565</name>
    <message>
        <source>Polyphony</source>
        <translation type="vanished">ポリフォニー</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:567</name>
    <message>
        <source>Mobile Phone</source>
        <translation type="vanished">携帯電話</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:583</name>
    <message>
        <source>Special</source>
        <translation type="vanished">スペシャル</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:585</name>
    <message>
        <source>Punch In Points</source>
        <translation type="vanished">パンチイン・ポイント</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:587</name>
    <message>
        <source>Punch Out Points</source>
        <translation type="vanished">パンチアウト・ポイント</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:589</name>
    <message>
        <source>Delete Punch In Points</source>
        <translation type="vanished">パンチイン・ポイントの削除</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:591</name>
    <message>
        <source>Delete Punch Out Points</source>
        <translation type="vanished">パンチアウト・ポイントの削除</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:593</name>
    <message>
        <source>Event Start Point</source>
        <translation type="vanished">イベント開始位置</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:595</name>
    <message>
        <source>Event Stop Point</source>
        <translation type="vanished">イベント終了位置</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:597</name>
    <message>
        <source>Event Start Point With Info</source>
        <translation type="vanished">付加情報付きイベント開始位置</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:599</name>
    <message>
        <source>Event Stop Point With Info</source>
        <translation type="vanished">付加情報付きイベント終了位置</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:601</name>
    <message>
        <source>Delete Event Start Point</source>
        <translation type="vanished">イベント開始位置を削除</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:603</name>
    <message>
        <source>Delete Event Stop Point</source>
        <translation type="vanished">イベント終了位置を削除</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:605</name>
    <message>
        <source>Cue Points</source>
        <translation type="vanished">キュー・ポイント</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:607</name>
    <message>
        <source>Cue Points With Info</source>
        <translation type="vanished">付加情報付きキュー・ポイント</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:609</name>
    <message>
        <source>Delete Cue Point</source>
        <translation type="vanished">キュー・ポイントの削除</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:611</name>
    <message>
        <source>Event Name</source>
        <translation type="vanished">イベント名</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:623</name>
    <message>
        <source>Stop</source>
        <translation type="vanished">停止</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:625</name>
    <message>
        <source>Play</source>
        <translation type="vanished">再生</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:627</name>
    <message>
        <source>Deferred play</source>
        <translation type="vanished">Deferred play</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:629</name>
    <message>
        <source>Fast forward</source>
        <translation type="vanished">早送り</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:631</name>
    <message>
        <source>Rewind</source>
        <translation type="vanished">巻き戻し</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:633</name>
    <message>
        <source>Punch in</source>
        <translation type="vanished">パンチ・イン</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:635</name>
    <message>
        <source>Punch out</source>
        <translation type="vanished">パンチ・アウト</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:637</name>
    <message>
        <source>Pause recording</source>
        <translation type="vanished">録音一時停止</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:639</name>
    <message>
        <source>Pause</source>
        <translation type="vanished">一時停止</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:641</name>
    <message>
        <source>Eject</source>
        <translation type="vanished">エジェクト</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:643</name>
    <message>
        <source>Chase</source>
        <translation type="vanished">Chase</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:645</name>
    <message>
        <source>Error reset</source>
        <translation type="vanished">エラー・リセット</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:647</name>
    <message>
        <source>Reset</source>
        <translation type="vanished">リセット</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:649</name>
    <message>
        <source>Write</source>
        <translation type="vanished">書き込み</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:651</name>
    <message>
        <source>Masked Write</source>
        <translation type="vanished">マスクした書き込み</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:653</name>
    <message>
        <source>Read</source>
        <translation type="vanished">読み取り</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:655</name>
    <message>
        <source>Update</source>
        <translation type="vanished">更新</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:657</name>
    <message>
        <source>Locate</source>
        <translation type="vanished">Locate</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:659</name>
    <message>
        <source>Variable play</source>
        <translation type="vanished">Variable play</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:661</name>
    <message>
        <source>Search</source>
        <translation type="vanished">検索</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:663</name>
    <message>
        <source>Shuttle</source>
        <translation type="vanished">Shuttle</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:665</name>
    <message>
        <source>Step</source>
        <translation type="vanished">ステップ</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:687</name>
    <message>
        <source>Header</source>
        <translation type="vanished">ヘッダ</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:689</name>
    <message>
        <source>Data Packet</source>
        <translation type="vanished">データ・パケット</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:691</name>
    <message>
        <source>Request</source>
        <translation type="vanished">リクエスト</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:698</name>
    <message>
        <source>Loop Points Send</source>
        <translation type="vanished">ループ・ポイント送信</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:700</name>
    <message>
        <source>Loop Points Request</source>
        <translation type="vanished">ループ・ポイント要求</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:702</name>
    <message>
        <source>Sample Name Send</source>
        <translation type="vanished">サンプル名送信</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:704</name>
    <message>
        <source>Sample Name Request</source>
        <translation type="vanished">サンプル名要求</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:706</name>
    <message>
        <source>Ext.Dump Header</source>
        <translation type="vanished">Ext.Dump ヘッダ</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:708</name>
    <message>
        <source>Ext.Loop Points Send</source>
        <translation type="vanished">Ext.Loop ポイント送信</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:710</name>
    <message>
        <source>Ext.Loop Points Request</source>
        <translation type="vanished">Ext.Loop ポイント要求</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:718</name>
    <message>
        <source>Identity Request</source>
        <translation type="vanished">Identity要求</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:720</name>
    <message>
        <source>Identity Reply</source>
        <translation type="vanished">Identity応答</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:728</name>
    <message>
        <source>Header</source>
        <translation type="vanished">ヘッダ</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:730</name>
    <message>
        <source>Data Packet</source>
        <translation type="vanished">データ・パケット</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:732</name>
    <message>
        <source>Request</source>
        <translation type="vanished">リクエスト</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:740</name>
    <message>
        <source>Dump Request</source>
        <translation type="vanished">ダンプ要求</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:742</name>
    <message>
        <source>Bulk Dump</source>
        <translation type="vanished">バルクダンプ</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:744</name>
    <message>
        <source>Note Change</source>
        <translation type="vanished">ノート・チェンジ</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:746</name>
    <message>
        <source>Tuning Dump Request</source>
        <translation type="vanished">チューニングダンプ要求</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:748</name>
    <message>
        <source>Key-based Tuning Dump</source>
        <translation type="vanished">キーベースのチューニングダンプ</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:750</name>
    <message>
        <source>Scale/Octave Dump 1b</source>
        <translation type="vanished">スケール/オクターブダンプ(1バイト)</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:752</name>
    <message>
        <source>Scale/Octave Dump 2b</source>
        <translation type="vanished">スケール/オクターブダンプ(2バイト)</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:754</name>
    <message>
        <source>Single Note Change</source>
        <translation type="vanished">シングルノートチェンジ</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:756</name>
    <message>
        <source>Scale/Octave Tuning 1b</source>
        <translation type="vanished">スケール/オクターブ・チューニング(1バイト)</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:758</name>
    <message>
        <source>Scale/Octave Tuning 2b</source>
        <translation type="vanished">スケール/オクターブ・チューニング(2バイト)</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:766</name>
    <message>
        <source>GM On</source>
        <translation type="vanished">GMオン</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:768</name>
    <message>
        <source>GM Off</source>
        <translation type="vanished">GMオフ</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:770</name>
    <message>
        <source>GM2 On</source>
        <translation type="vanished">GM2オン</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:778</name>
    <message>
        <source>DLS On</source>
        <translation type="vanished">DLSオン</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:780</name>
    <message>
        <source>DLS Off</source>
        <translation type="vanished">DLSオフ</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:782</name>
    <message>
        <source>DLS Voice Alloc. Off</source>
        <translation type="vanished">DLSボイス割り当てオフ</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:784</name>
    <message>
        <source>DLS Voice Alloc. On</source>
        <translation type="vanished">DLSボイス割り当てオン</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:792</name>
    <message>
        <source>Open</source>
        <translation type="vanished">オープン</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:794</name>
    <message>
        <source>Select Contents</source>
        <translation type="vanished">コンテンツ選択</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:796</name>
    <message>
        <source>Open and Select</source>
        <translation type="vanished">オープンと選択</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:798</name>
    <message>
        <source>Close</source>
        <translation type="vanished">クローズ</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:813</name>
    <message>
        <source>Full Frame</source>
        <translation type="vanished">フルネーム</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:815</name>
    <message>
        <source>User Bits</source>
        <translation type="vanished">User Bits</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:823</name>
    <message>
        <source>MSC Extension</source>
        <translation type="vanished">MSCエクステンション</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:825</name>
    <message>
        <source>MSC Cmd.%1</source>
        <translation type="vanished">MSC Cmd.%1</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:831</name>
    <message>
        <source>Bar Marker</source>
        <translation type="vanished">Bar Marker</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:834</name>
    <message>
        <source>Time Signature</source>
        <translation type="vanished">Time Signature</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:842</name>
    <message>
        <source>Volume</source>
        <translation type="vanished">ボリューム</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:844</name>
    <message>
        <source>Balance</source>
        <translation type="vanished">バランス</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:846</name>
    <message>
        <source>Fine Tuning</source>
        <translation type="vanished">ファイン・チューニング</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:848</name>
    <message>
        <source>Coarse Tuning</source>
        <translation type="vanished">コース・チューニング</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:850</name>
    <message>
        <source>Global Parameter</source>
        <translation type="vanished">グローバル・パラメータ</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:860</name>
    <message>
        <source>Response %1</source>
        <translation type="vanished">レスポンス %1</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:864</name>
    <message>
        <source>Single Note</source>
        <translation type="vanished">シングル・ノート</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:866</name>
    <message>
        <source>Single Note with Bank</source>
        <translation type="vanished">バンク付きのシングル・ノート</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:868</name>
    <message>
        <source>Scale/Octave 1b</source>
        <translation type="vanished">スケール/オクターブ 1バイト</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:870</name>
    <message>
        <source>Scale/Octave 2b</source>
        <translation type="vanished">スケール/オクターブ 2バイト</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:878</name>
    <message>
        <source>Channel aftertouch</source>
        <translation type="vanished">チャンネルアフタータッチ</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:880</name>
    <message>
        <source>Polyphonic aftertouch</source>
        <translation type="vanished">ポリフォニックアフタータッチ</translation>
    </message>
</context>
<context>
    <name>src/sequencemodel.cpp:882</name>
    <message>
        <source>Controller</source>
        <translation type="vanished">コントローラ</translation>
    </message>
</context>
</TS>
