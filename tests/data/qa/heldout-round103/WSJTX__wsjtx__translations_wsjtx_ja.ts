<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AbstractLogWindow</name>
    <message>
        <location filename="../widgets/AbstractLogWindow.cpp" line="147"/>
        <source>&amp;Delete ...</source>
        <translation>削除(&amp;D)...</translation>
    </message>
</context>
<context>
    <name>AbstractLogWindow::impl</name>
    <message>
        <location filename="../widgets/AbstractLogWindow.cpp" line="64"/>
        <source>Confirm Delete</source>
        <translation>削除確認</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/AbstractLogWindow.cpp" line="65"/>
        <source>Are you sure you want to delete the %n selected QSO(s) from the log?</source>
        <translation>
            <numerusform>選択した%n個のQSOをログから削除していいですか？</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Astro</name>
    <message>
        <location filename="../widgets/astro.ui" line="34"/>
        <location filename="../widgets/astro.ui" line="260"/>
        <source>Doppler tracking</source>
        <translation>ドップラー追跡</translation>
    </message>
    <message>
        <location filename="../widgets/astro.ui" line="40"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;One station does all Doppler shift correction, their QSO partner receives and transmits on the sked frequency.&lt;/p&gt;&lt;p&gt;If the rig does not accept CAT QSY commands while transmitting a single correction is applied for the whole transmit period.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;片方の局がドップラーシフトを修正します.相手局はスケジュール通りの周波数で送受信します.&lt;/p&gt;&lt;p&gt;もし無線機が送信中にCAT QSYコマンドを受け付けない場合、一回の送信で一度だけ周波数調整が行われます.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/astro.ui" line="43"/>
        <source>Full Doppler to DX Grid</source>
        <translation>DXのグリッドに対するフルドップラー効果</translation>
    </message>
    <message>
        <location filename="../widgets/astro.ui" line="53"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Transmit takes place on sked frequency and receive frequency is  corrected for own echoes. &lt;/p&gt;&lt;p&gt;This mode can be used for calling CQ, or when using Echo mode.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;送信はスケジュールされた周波数で行われ、受信周波数は自分のエコーを使って調整されます. &lt;/p&gt;&lt;p&gt;このモードはCQを出すとき、またはエコーモードで使うことができます.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/astro.ui" line="56"/>
        <source>Own Echo</source>
        <translation>自分のエコー</translation>
    </message>
    <message>
        <location filename="../widgets/astro.ui" line="63"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Both stations correct for Doppler shift such that they would be heard on the moon at the sked frequency.&lt;/p&gt;&lt;p&gt;If the rig does not accept CAT QSY commands while transmitting a single correction is applied for the whole transmit period.&lt;/p&gt;&lt;p&gt;Use this option also for Echo mode.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;双方の局とも、ちょうど月面上でスケジュール周波数にて交信するかのようなドップラー周波数調整が行われます.&lt;/p&gt;&lt;p&gt;もし送信中に無線機がCAT QSYコマンドを受け付けない場合は、一回の送信につき一度の周波数調整が行われます.&lt;/p&gt;&lt;p&gt;このオプションはエコーモードのときにも使ってください.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/astro.ui" line="66"/>
        <source>Constant frequency on Moon</source>
        <translation>月面で周波数を一定</translation>
    </message>
    <message>
        <location filename="../widgets/astro.ui" line="76"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;DX station announces their TX Freq, which is entered as the Sked Freq. Correction applied to RX and TX so you appear on the DX&apos;s station&apos;s own echo Freq.&lt;/p&gt;&lt;p&gt;If the rig does not accept CAT QSY commands while transmitting a single correction is applied for the whole transmit period.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;DX局はスケジュール周波数として送信周波数をアナウンスします. あなたの信号がDX局の自分のエコー周波数に現れるように調整されます.&lt;/p&gt;&lt;p&gt;もし、無線機が送信中にCAT QSYコマンドを受け付けない場合、一回の送信には一度だけ周波数調整が行われます.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/astro.ui" line="79"/>
        <source>On DX Echo</source>
        <translation>DXのエコー</translation>
    </message>
    <message>
        <location filename="../widgets/astro.ui" line="89"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Tune radio manually and select this mode to put your echo on the same frequency.&lt;/p&gt;&lt;p&gt;If the rig does not accept CAT QSY commands while transmitting a single correction is applied for the whole transmit period.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;手動で送信機を調整し、同じ周波数にエコーが来るようこのモードを選びます.&lt;/p&gt;&lt;p&gt;もし無線機が送信中にCAT QSYコマンドを受け付けない場合、周波数調整は一回の送信当たり、一度だけ行われます.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/astro.ui" line="92"/>
        <source>Call DX</source>
        <translation>DXを呼ぶ</translation>
    </message>
    <message>
        <location filename="../widgets/astro.ui" line="102"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;No Doppler shift correction is applied. This may be used when the QSO partner does full Doppler correction to your grid square.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;ドップラーシフト修正なし. 相手があなたのグリッドロケーターに合わせてくれる場合に使用.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/astro.ui" line="105"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../widgets/astro.ui" line="121"/>
        <source>Sked frequency</source>
        <translation>スケジュール周波数</translation>
    </message>
    <message>
        <location filename="../widgets/astro.ui" line="134"/>
        <location filename="../widgets/astro.ui" line="151"/>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <location filename="../widgets/astro.ui" line="168"/>
        <source>Rx:</source>
        <translation>Rx:</translation>
    </message>
    <message>
        <location filename="../widgets/astro.ui" line="182"/>
        <source>Tx:</source>
        <translation>Tx:</translation>
    </message>
    <message>
        <location filename="../widgets/astro.ui" line="189"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Press and hold the CTRL key to adjust the sked frequency manually with the rig&apos;s VFO dial or enter frequency directly into the band entry field on the main window.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;CTRLキーを押したまま無線機のVFOダイアルを回してスケジュール周波数を調整するか、あるいは主画面のバンド入力フィールドに直接周波数をセットします.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/astro.ui" line="242"/>
        <source>Astro Data</source>
        <translation>天文データ</translation>
    </message>
    <message>
        <location filename="../widgets/astro.cpp" line="48"/>
        <source>Astronomical Data</source>
        <translation>天文データ</translation>
    </message>
    <message>
        <location filename="../widgets/astro.cpp" line="266"/>
        <source>Doppler Tracking Error</source>
        <translation>ドップラー追跡エラー</translation>
    </message>
    <message>
        <location filename="../widgets/astro.cpp" line="267"/>
        <source>Split operating is required for Doppler tracking</source>
        <translation>ドップラー追跡にはスプリットオペレーションが必要です</translation>
    </message>
    <message>
        <location filename="../widgets/astro.cpp" line="268"/>
        <source>Go to &quot;Menu-&gt;File-&gt;Settings-&gt;Radio&quot; to enable split operation</source>
        <translation>&quot;メニュー-&gt;ファイル-&gt;設定-&gt;トランシーバー&quot;と進んでスプリットをオンにします</translation>
    </message>
</context>
<context>
    <name>Bands</name>
    <message>
        <location filename="../models/Bands.cpp" line="139"/>
        <source>Band name</source>
        <translation>バンド名</translation>
    </message>
    <message>
        <location filename="../models/Bands.cpp" line="140"/>
        <source>Lower frequency limit</source>
        <translation>下限周波数</translation>
    </message>
    <message>
        <location filename="../models/Bands.cpp" line="141"/>
        <source>Upper frequency limit</source>
        <translation>上限周波数</translation>
    </message>
    <message>
        <location filename="../models/Bands.cpp" line="203"/>
        <source>Band</source>
        <translation>バンド</translation>
    </message>
    <message>
        <location filename="../models/Bands.cpp" line="204"/>
        <source>Lower Limit</source>
        <translation>下限</translation>
    </message>
    <message>
        <location filename="../models/Bands.cpp" line="205"/>
        <source>Upper Limit</source>
        <translation>上限</translation>
    </message>
</context>
<context>
    <name>CAboutDlg</name>
    <message>
        <location filename="../widgets/about.ui" line="9"/>
        <source>About WSJT-X</source>
        <translation>WSJT-Xについて</translation>
    </message>
    <message>
        <location filename="../widgets/about.ui" line="60"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>CPlotter</name>
    <message>
        <location filename="../widgets/plotter.cpp" line="27"/>
        <source>&amp;Set Rx &amp;&amp; Tx Offset</source>
        <translation>送受信オフセットを設定(&amp;S)</translation>
    </message>
</context>
<context>
    <name>CabrilloLog</name>
    <message>
        <location filename="../models/CabrilloLog.cpp" line="91"/>
        <source>Freq(MHz)</source>
        <translation>周波数(MHz)</translation>
    </message>
    <message>
        <location filename="../models/CabrilloLog.cpp" line="92"/>
        <source>Mode</source>
        <translation>モード</translation>
    </message>
    <message>
        <location filename="../models/CabrilloLog.cpp" line="93"/>
        <source>Date &amp; Time(UTC)</source>
        <translation>月日と時刻(UTC)</translation>
    </message>
    <message>
        <location filename="../models/CabrilloLog.cpp" line="94"/>
        <source>Call</source>
        <translation>コール</translation>
    </message>
    <message>
        <location filename="../models/CabrilloLog.cpp" line="95"/>
        <source>Sent</source>
        <translation>送信</translation>
    </message>
    <message>
        <location filename="../models/CabrilloLog.cpp" line="96"/>
        <source>Rcvd</source>
        <translation>受信</translation>
    </message>
    <message>
        <location filename="../models/CabrilloLog.cpp" line="97"/>
        <source>Band</source>
        <translation>バンド</translation>
    </message>
</context>
<context>
    <name>CabrilloLogWindow</name>
    <message>
        <location filename="../widgets/CabrilloLogWindow.ui" line="14"/>
        <source>Contest Log</source>
        <translation>コンテストログ</translation>
    </message>
    <message>
        <location filename="../widgets/CabrilloLogWindow.ui" line="20"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Right-click here for available actions.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;ここを右クリックし次の操作を選択&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/CabrilloLogWindow.ui" line="23"/>
        <source>Right-click here for available actions.</source>
        <translation>ここを右クリックし次の操作を選択.</translation>
    </message>
</context>
<context>
    <name>CallsignDialog</name>
    <message>
        <location filename="../GetUserId.cpp" line="29"/>
        <source>Callsign</source>
        <translation>コールサイン</translation>
    </message>
</context>
<context>
    <name>ColorHighlighting</name>
    <message>
        <location filename="../widgets/colorhighlighting.ui" line="20"/>
        <location filename="../widgets/colorhighlighting.ui" line="33"/>
        <location filename="../widgets/colorhighlighting.ui" line="53"/>
        <location filename="../widgets/colorhighlighting.ui" line="80"/>
        <location filename="../widgets/colorhighlighting.ui" line="114"/>
        <location filename="../widgets/colorhighlighting.ui" line="127"/>
        <location filename="../widgets/colorhighlighting.ui" line="140"/>
        <location filename="../widgets/colorhighlighting.ui" line="167"/>
        <location filename="../widgets/colorhighlighting.ui" line="180"/>
        <location filename="../widgets/colorhighlighting.ui" line="193"/>
        <location filename="../widgets/colorhighlighting.ui" line="220"/>
        <location filename="../widgets/colorhighlighting.ui" line="233"/>
        <location filename="../widgets/colorhighlighting.ui" line="246"/>
        <location filename="../widgets/colorhighlighting.ui" line="259"/>
        <location filename="../widgets/colorhighlighting.ui" line="272"/>
        <location filename="../widgets/colorhighlighting.ui" line="285"/>
        <source>K1ABC</source>
        <translation>K1ABC</translation>
    </message>
    <message>
        <location filename="../widgets/colorhighlighting.ui" line="43"/>
        <source>CQ in message</source>
        <translation>CQを含むメッセージ</translation>
    </message>
    <message>
        <location filename="../widgets/colorhighlighting.ui" line="63"/>
        <source>My Call in message</source>
        <translation>自局コールサインを含むメッセージ</translation>
    </message>
    <message>
        <location filename="../widgets/colorhighlighting.ui" line="70"/>
        <source>Transmitted message</source>
        <translation>送信メッセージ</translation>
    </message>
    <message>
        <location filename="../widgets/colorhighlighting.ui" line="90"/>
        <source>New DXCC</source>
        <translation>新DXCC</translation>
    </message>
    <message>
        <location filename="../widgets/colorhighlighting.ui" line="97"/>
        <source>New Grid</source>
        <translation>新グリッド</translation>
    </message>
    <message>
        <location filename="../widgets/colorhighlighting.ui" line="104"/>
        <source>New DXCC on Band</source>
        <translation>バンドの新DXCC</translation>
    </message>
    <message>
        <location filename="../widgets/colorhighlighting.ui" line="150"/>
        <source>New Call</source>
        <translation>新コールサイン</translation>
    </message>
    <message>
        <location filename="../widgets/colorhighlighting.ui" line="157"/>
        <source>New Grid on Band</source>
        <translation>バンドの新グリッド</translation>
    </message>
    <message>
        <location filename="../widgets/colorhighlighting.ui" line="203"/>
        <source>New Call on Band</source>
        <translation>バンドの新コールサイン</translation>
    </message>
    <message>
        <location filename="../widgets/colorhighlighting.ui" line="210"/>
        <source>Uploads to LotW</source>
        <translation>LotWへアップロード</translation>
    </message>
    <message>
        <location filename="../widgets/colorhighlighting.ui" line="295"/>
        <source>New Continent</source>
        <translation>新しい大陸</translation>
    </message>
    <message>
        <location filename="../widgets/colorhighlighting.ui" line="302"/>
        <source>New Continent on Band</source>
        <translation>バンドの新しい大陸</translation>
    </message>
    <message>
        <location filename="../widgets/colorhighlighting.ui" line="309"/>
        <source>New CQ Zone</source>
        <translation>新CQゾーン</translation>
    </message>
    <message>
        <location filename="../widgets/colorhighlighting.ui" line="316"/>
        <source>New CQ Zone on Band</source>
        <translation>バンドの新CQゾーン</translation>
    </message>
    <message>
        <location filename="../widgets/colorhighlighting.ui" line="323"/>
        <source>New ITU Zone</source>
        <translation>新ITUゾーン</translation>
    </message>
    <message>
        <location filename="../widgets/colorhighlighting.ui" line="330"/>
        <source>New ITU Zone on Band</source>
        <translation>バンドで新ITUゾーン</translation>
    </message>
</context>
<context>
    <name>Configuration::impl</name>
    <message>
        <location filename="../Configuration.cpp" line="981"/>
        <location filename="../Configuration.cpp" line="1154"/>
        <location filename="../Configuration.cpp" line="1180"/>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../Configuration.cpp" line="982"/>
        <location filename="../Configuration.cpp" line="1184"/>
        <source>&amp;Insert ...</source>
        <translation>挿入(&amp;I)...</translation>
    </message>
    <message>
        <location filename="../Configuration.cpp" line="1010"/>
        <source>Failed to create save directory</source>
        <translation>保存のためのフォルダを作成できません</translation>
    </message>
    <message>
        <location filename="../Configuration.cpp" line="1011"/>
        <source>path: &quot;%1%</source>
        <translation>パス: &quot;%1%</translation>
    </message>
    <message>
        <location filename="../Configuration.cpp" line="1022"/>
        <source>Failed to create samples directory</source>
        <translation>サンプルフォルダを作成できません</translation>
    </message>
    <message>
        <location filename="../Configuration.cpp" line="1023"/>
        <source>path: &quot;%1&quot;</source>
        <translation>パス: &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../Configuration.cpp" line="1188"/>
        <source>&amp;Load ...</source>
        <translation>読み込み(&amp;L)...</translation>
    </message>
    <message>
        <location filename="../Configuration.cpp" line="1192"/>
        <source>&amp;Save as ...</source>
        <translation>名前を付けて保存(&amp;S)...</translation>
    </message>
    <message>
        <location filename="../Configuration.cpp" line="1196"/>
        <source>&amp;Merge ...</source>
        <translation>結合(&amp;M)...</translation>
    </message>
    <message>
        <location filename="../Configuration.cpp" line="1200"/>
        <source>&amp;Reset</source>
        <translation>リセット(&amp;R)</translation>
    </message>
    <message>
        <location filename="../Configuration.cpp" line="1766"/>
        <source>Serial Port:</source>
        <translation>シリアルポート:</translation>
    </message>
    <message>
        <location filename="../Configuration.cpp" line="1767"/>
        <source>Serial port used for CAT control</source>
        <translation>CAT制御用シリアルポート</translation>
    </message>
    <message>
        <location filename="../Configuration.cpp" line="1774"/>
        <source>Network Server:</source>
        <translation>ネットワークサーバ:</translation>
    </message>
    <message>
        <location filename="../Configuration.cpp" line="1775"/>
        <source>Optional hostname and port of network service.
Leave blank for a sensible default on this machine.
Formats:
	hostname:port
	IPv4-address:port
	[IPv6-address]:port</source>
        <translation>ネットワークサービスのホスト名とポート番号（オプション）.
このPC上の設定をそのまま使うときは空白のままにする.
フォーマット:
	ホスト名:ポート番号
	IPv4-アドレス:ポート番号
	[IPv6-アドレス]:ポート番号</translation>
    </message>
    <message>
        <location filename="../Configuration.cpp" line="1787"/>
        <source>USB Device:</source>
        <translation>USBデバイス:</translation>
    </message>
    <message>
        <location filename="../Configuration.cpp" line="1788"/>
        <source>Optional device identification.
Leave blank for a sensible default for the rig.
Format:
	[VID[:PID[:VENDOR[:PRODUCT]]]]</source>
        <translation>無線機のUSB-ID（オプション）.
無線機のデフォルトを使う場合は空白にする.
フォーマット:
	[VID[:PID[:VENDOR[:PRODUCT]]]]</translation>
    </message>
    <message>
        <location filename="../Configuration.cpp" line="1824"/>
        <location filename="../Configuration.cpp" line="1832"/>
        <source>Invalid audio input device</source>
        <translation>無効なオーディオ入力デバイス</translation>
    </message>
    <message>
        <source>Invalid audio out device</source>
        <translation type="vanished">無効なオーディオ出力デバイス</translation>
    </message>
    <message>
        <location filename="../Configuration.cpp" line="1840"/>
        <source>Invalid audio output device</source>
        <translation>無効なオーディオ出力デバイス</translation>
    </message>
    <message>
        <location filename="../Configuration.cpp" line="1846"/>
        <source>Invalid PTT method</source>
        <translation>無効なPTT方式</translation>
    </message>
    <message>
        <location filename="../Configuration.cpp" line="1856"/>
        <source>Invalid PTT port</source>
        <translation>無効なPTT用ポート</translation>
    </message>
    <message>
        <location filename="../Configuration.cpp" line="1864"/>
        <location filename="../Configuration.cpp" line="1873"/>
        <source>Invalid Contest Exchange</source>
        <translation>無効なコンテストナンバー</translation>
    </message>
    <message>
        <location filename="../Configuration.cpp" line="1865"/>
        <source>You must input a valid ARRL Field Day exchange</source>
        <translation>正しいARRLフィールドデーコンテストナンバーを入力しなければなりません</translation>
    </message>
    <message>
        <location filename="../Configuration.cpp" line="1874"/>
        <source>You must input a valid ARRL RTTY Roundup exchange</source>
        <translation>正しいARRL RTTY ラウンドアップのコンテストナンバーを入力しなければなりません</translation>
    </message>
    <message>
        <location filename="../Configuration.cpp" line="1880"/>
        <source>Pending DNS lookup, please try again later</source>
        <translation>DNS参照できず、後で再度行ってください</translation>
    </message>
    <message>
        <location filename="../Configuration.cpp" line="2223"/>
        <source>Reset Decode Highlighting</source>
        <translation>デコードハイライトをリセット</translation>
    </message>
    <message>
        <location filename="../Configuration.cpp" line="2224"/>
        <source>Reset all decode highlighting and priorities to default values</source>
        <translation>すべてのハイライトと優先順位設定をデフォルトへ戻す</translation>
    </message>
    <message>
        <location filename="../Configuration.cpp" line="2244"/>
        <source>WSJT-X Decoded Text Font Chooser</source>
        <translation>WSJT-Xのデコード出力用フォント選択</translation>
    </message>
    <message>
        <location filename="../Configuration.cpp" line="2435"/>
        <source>UDP server DNS lookup failed</source>
        <translation>UDPサーバーのDNS参照失敗</translation>
    </message>
    <message>
        <location filename="../Configuration.cpp" line="2459"/>
        <source>MAC-ambiguous multicast groups addresses not supported</source>
        <translation>曖昧なMACアドレスを使ったマルチキャストはサポートしていません</translation>
    </message>
    <message>
        <location filename="../Configuration.cpp" line="2477"/>
        <source>Load Working Frequencies</source>
        <translation>使用周波数を読み込み</translation>
    </message>
    <message>
        <location filename="../Configuration.cpp" line="2477"/>
        <location filename="../Configuration.cpp" line="2496"/>
        <location filename="../Configuration.cpp" line="2542"/>
        <source>Frequency files (*.qrg);;All files (*.*)</source>
        <translation>周波数ファイル (*.qrg);;全ファイル (*.*)</translation>
    </message>
    <message>
        <location filename="../Configuration.cpp" line="2484"/>
        <source>Replace Working Frequencies</source>
        <translation>使用周波数を置き換え</translation>
    </message>
    <message>
        <location filename="../Configuration.cpp" line="2485"/>
        <source>Are you sure you want to discard your current working frequencies and replace them with the loaded ones?</source>
        <translation>本当に現在の周波数を読み込んだ周波数で置き換えてもいいですか？</translation>
    </message>
    <message>
        <location filename="../Configuration.cpp" line="2496"/>
        <source>Merge Working Frequencies</source>
        <translation>使用周波数を追加併合</translation>
    </message>
    <message>
        <location filename="../Configuration.cpp" line="2513"/>
        <location filename="../Configuration.cpp" line="2522"/>
        <location filename="../Configuration.cpp" line="2532"/>
        <source>Not a valid frequencies file</source>
        <translation>正しい周波数ファイルではない</translation>
    </message>
    <message>
        <location filename="../Configuration.cpp" line="2513"/>
        <source>Incorrect file magic</source>
        <translation>無効なファイルマジック</translation>
    </message>
    <message>
        <location filename="../Configuration.cpp" line="2522"/>
        <source>Version is too new</source>
        <translation>バージョンが新しすぎます</translation>
    </message>
    <message>
        <location filename="../Configuration.cpp" line="2532"/>
        <source>Contents corrupt</source>
        <translation>中身が壊れています</translation>
    </message>
    <message>
        <location filename="../Configuration.cpp" line="2542"/>
        <source>Save Working Frequencies</source>
        <translation>使用周波数を保存</translation>
    </message>
    <message>
        <location filename="../Configuration.cpp" line="2551"/>
        <source>Only Save Selected  Working Frequencies</source>
        <translation>選択した使用周波数のみ保存</translation>
    </message>
    <message>
        <location filename="../Configuration.cpp" line="2552"/>
        <source>Are you sure you want to save only the working frequencies that are currently selected? Click No to save all.</source>
        <translation>選択した使用周波数だけを保存してもいいですか。全部を保存したいときはNoをクリックしてください。</translation>
    </message>
    <message>
        <location filename="../Configuration.cpp" line="2568"/>
        <source>Reset Working Frequencies</source>
        <translation>使用周波数をリセット</translation>
    </message>
    <message>
        <location filename="../Configuration.cpp" line="2569"/>
        <source>Are you sure you want to discard your current working frequencies and replace them with default ones?</source>
        <translation>本当に現在の使用周波数を破棄してデフォルト周波数と置き換えてもよいですか？</translation>
    </message>
    <message>
        <location filename="../Configuration.cpp" line="2607"/>
        <source>Save Directory</source>
        <translation>フォルダーを保存</translation>
    </message>
    <message>
        <location filename="../Configuration.cpp" line="2621"/>
        <source>AzEl Directory</source>
        <translation>AzElフォルダー</translation>
    </message>
    <message>
        <location filename="../Configuration.cpp" line="2681"/>
        <source>Rig control error</source>
        <translation>無線機コントロールエラー</translation>
    </message>
    <message>
        <location filename="../Configuration.cpp" line="2682"/>
        <source>Failed to open connection to rig</source>
        <translation>無線機へ接続できません</translation>
    </message>
    <message>
        <location filename="../Configuration.cpp" line="2895"/>
        <source>Rig failure</source>
        <translation>無線機エラー</translation>
    </message>
    <message>
        <location filename="../Configuration.cpp" line="2950"/>
        <source>Not found</source>
        <comment>audio device missing</comment>
        <translation>見つかりません</translation>
    </message>
</context>
<context>
    <name>DXLabSuiteCommanderTransceiver</name>
    <message>
        <location filename="../Transceiver/DXLabSuiteCommanderTransceiver.cpp" line="75"/>
        <source>Failed to connect to DX Lab Suite Commander
</source>
        <translation>DX Lab Suite Commanderへ接続できません
</translation>
    </message>
    <message>
        <location filename="../Transceiver/DXLabSuiteCommanderTransceiver.cpp" line="131"/>
        <source>DX Lab Suite Commander didn&apos;t respond correctly reading frequency: </source>
        <translation>DX Lab Suite Commanderが周波数を読めません: </translation>
    </message>
    <message>
        <location filename="../Transceiver/DXLabSuiteCommanderTransceiver.cpp" line="178"/>
        <source>DX Lab Suite Commander sent an unrecognised TX state: </source>
        <translation>DX Lab Suite Commanderが認識できない送信状態を送ってきました: </translation>
    </message>
    <message>
        <location filename="../Transceiver/DXLabSuiteCommanderTransceiver.cpp" line="184"/>
        <source>DX Lab Suite Commander didn&apos;t respond correctly polling TX status: </source>
        <translation>DX Lab Suite Commanderが送信状態を正しく返送してきません: </translation>
    </message>
    <message>
        <location filename="../Transceiver/DXLabSuiteCommanderTransceiver.cpp" line="192"/>
        <source>DX Lab Suite Commander rig did not respond to PTT: </source>
        <translation>DX Lab Suite CommanderがPTTに応答しません: </translation>
    </message>
    <message>
        <location filename="../Transceiver/DXLabSuiteCommanderTransceiver.cpp" line="272"/>
        <source>DX Lab Suite Commander didn&apos;t respond correctly polling frequency: </source>
        <translation>DX Lab Suite Commanderから周波数取得できません: </translation>
    </message>
    <message>
        <location filename="../Transceiver/DXLabSuiteCommanderTransceiver.cpp" line="293"/>
        <source>DX Lab Suite Commander didn&apos;t respond correctly polling TX frequency: </source>
        <translation>DX Lab Suite Commanderから正しく送信周波数を取得できません: </translation>
    </message>
    <message>
        <location filename="../Transceiver/DXLabSuiteCommanderTransceiver.cpp" line="312"/>
        <source>DX Lab Suite Commander sent an unrecognised split state: </source>
        <translation>DX Lab Suite Commanderが認識できないスプリット状態を送ってきました: </translation>
    </message>
    <message>
        <location filename="../Transceiver/DXLabSuiteCommanderTransceiver.cpp" line="318"/>
        <source>DX Lab Suite Commander didn&apos;t respond correctly polling split status: </source>
        <translation>DX Lab Suite Commanderがスプリット状態を正しく返答してきません: </translation>
    </message>
    <message>
        <location filename="../Transceiver/DXLabSuiteCommanderTransceiver.cpp" line="374"/>
        <source>DX Lab Suite Commander sent an unrecognised mode: &quot;</source>
        <translation>DX Lab Suite Commanderが認識できないモードを送ってきました: &quot;</translation>
    </message>
    <message>
        <location filename="../Transceiver/DXLabSuiteCommanderTransceiver.cpp" line="381"/>
        <source>DX Lab Suite Commander didn&apos;t respond correctly polling mode: </source>
        <translation>DX Lab Suite Commanderが正しいモード情報を送ってきません: </translation>
    </message>
    <message>
        <location filename="../Transceiver/DXLabSuiteCommanderTransceiver.cpp" line="395"/>
        <source>DX Lab Suite Commander send command failed
</source>
        <translation>DX Lab Suite Commanderがコマンドを送れませんでした
</translation>
    </message>
    <message>
        <location filename="../Transceiver/DXLabSuiteCommanderTransceiver.cpp" line="407"/>
        <source>DX Lab Suite Commander send command failed &quot;%1&quot;: %2
</source>
        <translation>DX Lab Suite Commanderが &quot;%1&quot;: %2コマンドを送れませんでした
</translation>
    </message>
    <message>
        <source>DX Lab Suite Commander failed to send command &quot;%1&quot;: %2
</source>
        <translation type="vanished">DX Lab Suite Commanderが &quot;%1&quot;: %2コマンドを送れませんでした
</translation>
    </message>
    <message>
        <location filename="../Transceiver/DXLabSuiteCommanderTransceiver.cpp" line="424"/>
        <source>DX Lab Suite Commander send command &quot;%1&quot; read reply failed: %2
</source>
        <translation>DX Lab Suite Commanderがコマンド&quot;%1&quot;を送りましたが、応答がありません: %2
</translation>
    </message>
    <message>
        <location filename="../Transceiver/DXLabSuiteCommanderTransceiver.cpp" line="435"/>
        <source>DX Lab Suite Commander retries exhausted sending command &quot;%1&quot;</source>
        <translation>DX Lab Suite Commander がコマンド&quot;%1&quot;を限度回数まで送りました</translation>
    </message>
    <message>
        <location filename="../Transceiver/DXLabSuiteCommanderTransceiver.cpp" line="494"/>
        <source>DX Lab Suite Commander sent an unrecognized frequency</source>
        <translation>DX Lab Suite Commanderが認識できない周波数を送りました</translation>
    </message>
</context>
<context>
    <name>DecodeHighlightingListView</name>
    <message>
        <location filename="../widgets/DecodeHighlightingListView.cpp" line="14"/>
        <source>&amp;Foreground color ...</source>
        <translation>文字色(&amp;F) ...</translation>
    </message>
    <message>
        <location filename="../widgets/DecodeHighlightingListView.cpp" line="20"/>
        <source>Choose %1 Foreground Color</source>
        <translation>文字色 %1 を選択</translation>
    </message>
    <message>
        <location filename="../widgets/DecodeHighlightingListView.cpp" line="28"/>
        <source>&amp;Unset foreground color</source>
        <translation>文字色指定を解除(&amp;U)</translation>
    </message>
    <message>
        <location filename="../widgets/DecodeHighlightingListView.cpp" line="34"/>
        <source>&amp;Background color ...</source>
        <translation>背景色(&amp;B) ...</translation>
    </message>
    <message>
        <location filename="../widgets/DecodeHighlightingListView.cpp" line="40"/>
        <source>Choose %1 Background Color</source>
        <translation>背景色 %1 を選択</translation>
    </message>
    <message>
        <location filename="../widgets/DecodeHighlightingListView.cpp" line="48"/>
        <source>U&amp;nset background color</source>
        <translation>背景色の指定を解除(&amp;n)</translation>
    </message>
    <message>
        <location filename="../widgets/DecodeHighlightingListView.cpp" line="54"/>
        <source>&amp;Reset this item to defaults</source>
        <translation>このアイテムをデフォルトへ戻す(&amp;R)</translation>
    </message>
</context>
<context>
    <name>DecodeHighlightingModel</name>
    <message>
        <location filename="../models/DecodeHighlightingModel.cpp" line="112"/>
        <source>CQ in message</source>
        <translation>CQを含むメッセージ</translation>
    </message>
    <message>
        <location filename="../models/DecodeHighlightingModel.cpp" line="113"/>
        <source>My Call in message</source>
        <translation>自局コールを含むメッセージ</translation>
    </message>
    <message>
        <location filename="../models/DecodeHighlightingModel.cpp" line="114"/>
        <source>Transmitted message</source>
        <translation>送信メッセージ</translation>
    </message>
    <message>
        <location filename="../models/DecodeHighlightingModel.cpp" line="115"/>
        <source>New DXCC</source>
        <translation>新DXCC</translation>
    </message>
    <message>
        <location filename="../models/DecodeHighlightingModel.cpp" line="116"/>
        <source>New DXCC on Band</source>
        <translation>バンドの新DXCC</translation>
    </message>
    <message>
        <location filename="../models/DecodeHighlightingModel.cpp" line="117"/>
        <source>New Grid</source>
        <translation>新グリッドロケーター</translation>
    </message>
    <message>
        <location filename="../models/DecodeHighlightingModel.cpp" line="118"/>
        <source>New Grid on Band</source>
        <translation>バンドの新グリッドロケーター</translation>
    </message>
    <message>
        <location filename="../models/DecodeHighlightingModel.cpp" line="119"/>
        <source>New Call</source>
        <translation>新コールサイン</translation>
    </message>
    <message>
        <location filename="../models/DecodeHighlightingModel.cpp" line="120"/>
        <source>New Call on Band</source>
        <translation>バンドの新コールサイン</translation>
    </message>
    <message>
        <location filename="../models/DecodeHighlightingModel.cpp" line="121"/>
        <source>New Continent</source>
        <translation>新大陸</translation>
    </message>
    <message>
        <location filename="../models/DecodeHighlightingModel.cpp" line="122"/>
        <source>New Continent on Band</source>
        <translation>バンドの新大陸</translation>
    </message>
    <message>
        <location filename="../models/DecodeHighlightingModel.cpp" line="123"/>
        <source>New CQ Zone</source>
        <translation>新CQゾーン</translation>
    </message>
    <message>
        <location filename="../models/DecodeHighlightingModel.cpp" line="124"/>
        <source>New CQ Zone on Band</source>
        <translation>バンドの新CQゾーン</translation>
    </message>
    <message>
        <location filename="../models/DecodeHighlightingModel.cpp" line="125"/>
        <source>New ITU Zone</source>
        <translation>新ITUゾーン</translation>
    </message>
    <message>
        <location filename="../models/DecodeHighlightingModel.cpp" line="126"/>
        <source>New ITU Zone on Band</source>
        <translation>バンドの新ITUゾーン</translation>
    </message>
    <message>
        <location filename="../models/DecodeHighlightingModel.cpp" line="127"/>
        <source>LoTW User</source>
        <translation>LoTWユーザー</translation>
    </message>
    <message>
        <location filename="../models/DecodeHighlightingModel.cpp" line="177"/>
        <source>f/g unset</source>
        <translation>文字色指定なし</translation>
    </message>
    <message>
        <location filename="../models/DecodeHighlightingModel.cpp" line="179"/>
        <source>b/g unset</source>
        <translation>背景色指定なし</translation>
    </message>
    <message>
        <location filename="../models/DecodeHighlightingModel.cpp" line="252"/>
        <source>Highlight Type</source>
        <translation>ハイライトタイプ</translation>
    </message>
</context>
<context>
    <name>Designer</name>
    <message>
        <location filename="../WFPalette.cpp" line="189"/>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../WFPalette.cpp" line="198"/>
        <source>&amp;Insert ...</source>
        <translation>挿入(&amp;I) ...</translation>
    </message>
    <message>
        <location filename="../WFPalette.cpp" line="206"/>
        <source>Insert &amp;after ...</source>
        <translation>後ろに挿入(&amp;a) ...</translation>
    </message>
    <message>
        <location filename="../WFPalette.cpp" line="221"/>
        <source>Import Palette</source>
        <translation>パレットインポート</translation>
    </message>
    <message>
        <location filename="../WFPalette.cpp" line="221"/>
        <location filename="../WFPalette.cpp" line="232"/>
        <source>Palettes (*.pal)</source>
        <translation>パレット(*.pal)</translation>
    </message>
    <message>
        <location filename="../WFPalette.cpp" line="232"/>
        <source>Export Palette</source>
        <translation>パレットエクスポート</translation>
    </message>
</context>
<context>
    <name>Dialog</name>
    <message>
        <location filename="../WSPR/WSPRBandHopping.cpp" line="116"/>
        <source>Gray time:</source>
        <translation>グレータイム:</translation>
    </message>
</context>
<context>
    <name>Directory</name>
    <message>
        <location filename="../SampleDownloader/Directory.cpp" line="51"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../SampleDownloader/Directory.cpp" line="51"/>
        <source>Progress</source>
        <translation>進捗</translation>
    </message>
    <message>
        <location filename="../SampleDownloader/Directory.cpp" line="115"/>
        <location filename="../SampleDownloader/Directory.cpp" line="191"/>
        <source>URL Error</source>
        <translation>URLエラー</translation>
    </message>
    <message>
        <location filename="../SampleDownloader/Directory.cpp" line="116"/>
        <location filename="../SampleDownloader/Directory.cpp" line="192"/>
        <source>Invalid URL:
&quot;%1&quot;</source>
        <translation>無効なURL
&quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../SampleDownloader/Directory.cpp" line="134"/>
        <location filename="../SampleDownloader/Directory.cpp" line="141"/>
        <location filename="../SampleDownloader/Directory.cpp" line="209"/>
        <location filename="../SampleDownloader/Directory.cpp" line="215"/>
        <location filename="../SampleDownloader/Directory.cpp" line="221"/>
        <location filename="../SampleDownloader/Directory.cpp" line="227"/>
        <location filename="../SampleDownloader/Directory.cpp" line="234"/>
        <source>JSON Error</source>
        <translation>JSONエラー</translation>
    </message>
    <message>
        <location filename="../SampleDownloader/Directory.cpp" line="135"/>
        <source>Contents file syntax error %1 at character offset %2</source>
        <translation>ファイルの中、文字オフセット%2でシンタックスエラー%1</translation>
    </message>
    <message>
        <location filename="../SampleDownloader/Directory.cpp" line="142"/>
        <source>Contents file top level must be a JSON array</source>
        <translation>ファイルのトップレベルはJSONアレーでなければいけません</translation>
    </message>
    <message>
        <location filename="../SampleDownloader/Directory.cpp" line="153"/>
        <source>File System Error</source>
        <translation>ファイルシステムエラー</translation>
    </message>
    <message>
        <location filename="../SampleDownloader/Directory.cpp" line="154"/>
        <source>Failed to open &quot;%1&quot;
Error: %2 - %3</source>
        <translation>&quot;%1&quot;が開けません
エラー: %2 - %3</translation>
    </message>
    <message>
        <location filename="../SampleDownloader/Directory.cpp" line="210"/>
        <source>Contents entries must be a JSON array</source>
        <translation>JSONアレーでなければいけません</translation>
    </message>
    <message>
        <location filename="../SampleDownloader/Directory.cpp" line="216"/>
        <source>Contents entries must have a valid type</source>
        <translation>有効なタイプでなければいけません</translation>
    </message>
    <message>
        <location filename="../SampleDownloader/Directory.cpp" line="222"/>
        <source>Contents entries must have a valid name</source>
        <translation>有効な名前を持っていなければいけません</translation>
    </message>
    <message>
        <location filename="../SampleDownloader/Directory.cpp" line="228"/>
        <source>Contents entries must be JSON objects</source>
        <translation>JSONオブジェクトでなければいけません</translation>
    </message>
    <message>
        <location filename="../SampleDownloader/Directory.cpp" line="235"/>
        <source>Contents directories must be relative and within &quot;%1&quot;</source>
        <translation>ディレクトリーは相対指定で&quot;%1&quot;の中でなければいけません</translation>
    </message>
    <message>
        <location filename="../SampleDownloader/Directory.cpp" line="321"/>
        <source>Network Error</source>
        <translation>ネットワークエラー</translation>
    </message>
    <message>
        <location filename="../SampleDownloader/Directory.cpp" line="321"/>
        <source>Authentication required</source>
        <translation>認証が必要です</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <location filename="../widgets/displaytext.cpp" line="29"/>
        <source>&amp;Erase</source>
        <translation>消去(&amp;E)</translation>
    </message>
</context>
<context>
    <name>EchoGraph</name>
    <message>
        <location filename="../widgets/echograph.ui" line="26"/>
        <location filename="../widgets/echograph.cpp" line="17"/>
        <source>Echo Graph</source>
        <translation>エコーグラフ</translation>
    </message>
    <message>
        <location filename="../widgets/echograph.ui" line="101"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Compression factor for frequency scale&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;周波数スケールの圧縮率&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/echograph.ui" line="104"/>
        <source>Bins/Pixel  </source>
        <translation>Bin数/ピクセル  </translation>
    </message>
    <message>
        <location filename="../widgets/echograph.ui" line="117"/>
        <source>Gain</source>
        <translation>ゲイン</translation>
    </message>
    <message>
        <location filename="../widgets/echograph.ui" line="124"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Echo spectrum gain&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;エコースペクトラムゲイン&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/echograph.ui" line="156"/>
        <source>Zero</source>
        <translation>ゼロ</translation>
    </message>
    <message>
        <location filename="../widgets/echograph.ui" line="163"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Echo spectrum zero&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;エコースペクトラムゼロ&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/echograph.ui" line="201"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Smoothing of echo spectrum&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;エコースペクトラムの平滑化&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/echograph.ui" line="204"/>
        <source>Smooth  </source>
        <translation>平滑化  </translation>
    </message>
    <message>
        <location filename="../widgets/echograph.ui" line="236"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Number of echo transmissions averaged&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;平均をとるエコー送信の数&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/echograph.ui" line="239"/>
        <source>N: 0</source>
        <translation>N: 0</translation>
    </message>
    <message>
        <location filename="../widgets/echograph.ui" line="255"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Click to cycle through a sequence of colors and line widths.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;クリックして色と行幅を繰り返す.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/echograph.ui" line="258"/>
        <source>Colors</source>
        <translation>色</translation>
    </message>
</context>
<context>
    <name>EmulateSplitTransceiver</name>
    <message>
        <location filename="../Transceiver/EmulateSplitTransceiver.cpp" line="50"/>
        <source>Emulated split mode requires rig to be in simplex mode</source>
        <translation>スプリットモードエミュレーションを使う場合、無線機をシンプレックスモードにします</translation>
    </message>
</context>
<context>
    <name>EqualizationToolsDialog::impl</name>
    <message>
        <location filename="../EqualizationToolsDialog.cpp" line="295"/>
        <source>Equalization Tools</source>
        <translation>較正ツール</translation>
    </message>
    <message>
        <location filename="../EqualizationToolsDialog.cpp" line="302"/>
        <source>Phase</source>
        <translation>位相</translation>
    </message>
    <message>
        <location filename="../EqualizationToolsDialog.cpp" line="307"/>
        <location filename="../EqualizationToolsDialog.cpp" line="348"/>
        <source>Freq (Hz)</source>
        <translation>周波数(Hz)</translation>
    </message>
    <message>
        <location filename="../EqualizationToolsDialog.cpp" line="309"/>
        <source>Phase (Π)</source>
        <translation>位相 (Π)</translation>
    </message>
    <message>
        <location filename="../EqualizationToolsDialog.cpp" line="311"/>
        <source>Delay (ms)</source>
        <translation>遅延（ms)</translation>
    </message>
    <message>
        <location filename="../EqualizationToolsDialog.cpp" line="320"/>
        <source>Measured</source>
        <translation>測定値</translation>
    </message>
    <message>
        <location filename="../EqualizationToolsDialog.cpp" line="325"/>
        <source>Proposed</source>
        <translation>推奨値</translation>
    </message>
    <message>
        <location filename="../EqualizationToolsDialog.cpp" line="330"/>
        <source>Current</source>
        <translation>標準</translation>
    </message>
    <message>
        <location filename="../EqualizationToolsDialog.cpp" line="333"/>
        <source>Group Delay</source>
        <translation>群遅延</translation>
    </message>
    <message>
        <location filename="../EqualizationToolsDialog.cpp" line="344"/>
        <source>Amplitude</source>
        <translation>振幅</translation>
    </message>
    <message>
        <location filename="../EqualizationToolsDialog.cpp" line="350"/>
        <source>Relative Power (dB)</source>
        <translation>相対電力(dB)</translation>
    </message>
    <message>
        <location filename="../EqualizationToolsDialog.cpp" line="356"/>
        <source>Reference</source>
        <translation>参考値</translation>
    </message>
    <message>
        <location filename="../EqualizationToolsDialog.cpp" line="363"/>
        <source>Phase ...</source>
        <translation>位相 ...</translation>
    </message>
    <message>
        <location filename="../EqualizationToolsDialog.cpp" line="364"/>
        <source>Refresh</source>
        <translation>再描画</translation>
    </message>
    <message>
        <location filename="../EqualizationToolsDialog.cpp" line="365"/>
        <source>Discard Measured</source>
        <translation>測定値破棄</translation>
    </message>
</context>
<context>
    <name>ExistingNameDialog</name>
    <message>
        <location filename="../MultiSettings.cpp" line="123"/>
        <source>Configuration to Clone From</source>
        <translation>コンフィグレーションの複製</translation>
    </message>
    <message>
        <location filename="../MultiSettings.cpp" line="128"/>
        <source>&amp;Source Configuration Name:</source>
        <translation>元のコンフィグレーション名(&amp;S):</translation>
    </message>
</context>
<context>
    <name>ExportCabrillo</name>
    <message>
        <location filename="../widgets/ExportCabrillo.ui" line="6"/>
        <source>Dialog</source>
        <translation>ダイアログ</translation>
    </message>
    <message>
        <location filename="../widgets/ExportCabrillo.ui" line="14"/>
        <source>Location:</source>
        <translation>ロケーション:</translation>
    </message>
    <message>
        <location filename="../widgets/ExportCabrillo.ui" line="24"/>
        <source>SNJ</source>
        <translation>SNJ</translation>
    </message>
    <message>
        <location filename="../widgets/ExportCabrillo.ui" line="34"/>
        <source>Contest:</source>
        <translation>コンテスト:</translation>
    </message>
    <message>
        <location filename="../widgets/ExportCabrillo.ui" line="44"/>
        <source>ARRL-RTTY</source>
        <translation>ARRL-RTTY</translation>
    </message>
    <message>
        <location filename="../widgets/ExportCabrillo.ui" line="54"/>
        <source>Callsign:</source>
        <translation>コールサイン:</translation>
    </message>
    <message>
        <location filename="../widgets/ExportCabrillo.ui" line="74"/>
        <source>Category-Operator: </source>
        <translation>オペレータカテゴリー: </translation>
    </message>
    <message>
        <location filename="../widgets/ExportCabrillo.ui" line="84"/>
        <source>SINGLE-OP</source>
        <translation>シングルオペ</translation>
    </message>
    <message>
        <location filename="../widgets/ExportCabrillo.ui" line="94"/>
        <source>Category-Transmitter:</source>
        <translation>送信機カテゴリー:</translation>
    </message>
    <message>
        <location filename="../widgets/ExportCabrillo.ui" line="104"/>
        <source>ONE</source>
        <translation>ONE</translation>
    </message>
    <message>
        <location filename="../widgets/ExportCabrillo.ui" line="114"/>
        <source>Category-Power:</source>
        <translation>出力カテゴリー:</translation>
    </message>
    <message>
        <location filename="../widgets/ExportCabrillo.ui" line="124"/>
        <source>LOW</source>
        <translation>LOW</translation>
    </message>
    <message>
        <location filename="../widgets/ExportCabrillo.ui" line="134"/>
        <source>Category-Assisted:</source>
        <translation>アシストカテゴリー:</translation>
    </message>
    <message>
        <location filename="../widgets/ExportCabrillo.ui" line="144"/>
        <source>NON-ASSISTED</source>
        <translation>アシスト無し</translation>
    </message>
    <message>
        <location filename="../widgets/ExportCabrillo.ui" line="154"/>
        <source>Category-Band:</source>
        <translation>バンドカテゴリー:</translation>
    </message>
    <message>
        <location filename="../widgets/ExportCabrillo.ui" line="164"/>
        <source>ALL</source>
        <translation>ALL</translation>
    </message>
    <message>
        <location filename="../widgets/ExportCabrillo.ui" line="174"/>
        <source>Claimed-Score:</source>
        <translation>申請点数:</translation>
    </message>
    <message>
        <location filename="../widgets/ExportCabrillo.ui" line="194"/>
        <source>Operators:</source>
        <translation>オペレータ:</translation>
    </message>
    <message>
        <location filename="../widgets/ExportCabrillo.ui" line="214"/>
        <source>Club:</source>
        <translation>クラブ:</translation>
    </message>
    <message>
        <location filename="../widgets/ExportCabrillo.ui" line="231"/>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <location filename="../widgets/ExportCabrillo.ui" line="251"/>
        <location filename="../widgets/ExportCabrillo.ui" line="268"/>
        <source>Address:</source>
        <translation>住所:</translation>
    </message>
    <message>
        <location filename="../widgets/ExportCabrillo.cpp" line="78"/>
        <source>Save Log File</source>
        <translation>ログファイルを保存</translation>
    </message>
    <message>
        <location filename="../widgets/ExportCabrillo.cpp" line="80"/>
        <source>Cabrillo Log (*.cbr)</source>
        <translation>Cabrilloログ(*.cbf)</translation>
    </message>
    <message>
        <location filename="../widgets/ExportCabrillo.cpp" line="111"/>
        <source>Cannot open &quot;%1&quot; for writing: %2</source>
        <translation>%2を書き込むための&quot;%1&quot;が開けません</translation>
    </message>
    <message>
        <location filename="../widgets/ExportCabrillo.cpp" line="113"/>
        <source>Export Cabrillo File Error</source>
        <translation>Cabrilloファイルのエクスポートエラー</translation>
    </message>
</context>
<context>
    <name>FastGraph</name>
    <message>
        <location filename="../widgets/fastgraph.ui" line="14"/>
        <location filename="../widgets/fastgraph.cpp" line="24"/>
        <source>Fast Graph</source>
        <translation>高速グラフ</translation>
    </message>
    <message>
        <location filename="../widgets/fastgraph.ui" line="103"/>
        <source>Waterfall gain</source>
        <translation>ウォーターフォールゲイン</translation>
    </message>
    <message>
        <location filename="../widgets/fastgraph.ui" line="138"/>
        <source>Waterfall zero</source>
        <translation>ウォーターフォールゼロ</translation>
    </message>
    <message>
        <location filename="../widgets/fastgraph.ui" line="173"/>
        <source>Spectrum zero</source>
        <translation>スペクトラムゼロ</translation>
    </message>
    <message>
        <location filename="../widgets/fastgraph.ui" line="208"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Set reasonable levels for gain and zero sliders.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;感度とゼロ点のレベル調整スライダーを自動設定.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/fastgraph.ui" line="211"/>
        <source>Auto Level</source>
        <translation>レベル自動</translation>
    </message>
</context>
<context>
    <name>FoxLog::impl</name>
    <message>
        <location filename="../models/FoxLog.cpp" line="123"/>
        <source>Date &amp; Time(UTC)</source>
        <translation>月日と時刻(UTC)</translation>
    </message>
    <message>
        <location filename="../models/FoxLog.cpp" line="124"/>
        <source>Call</source>
        <translation>コールサイン</translation>
    </message>
    <message>
        <location filename="../models/FoxLog.cpp" line="125"/>
        <source>Grid</source>
        <translation>グリッド</translation>
    </message>
    <message>
        <location filename="../models/FoxLog.cpp" line="126"/>
        <source>Sent</source>
        <translation>送信レポート</translation>
    </message>
    <message>
        <location filename="../models/FoxLog.cpp" line="127"/>
        <source>Rcvd</source>
        <translation>受信レポート</translation>
    </message>
    <message>
        <location filename="../models/FoxLog.cpp" line="128"/>
        <source>Band</source>
        <translation>バンド</translation>
    </message>
</context>
<context>
    <name>FoxLogWindow</name>
    <message>
        <location filename="../widgets/FoxLogWindow.ui" line="17"/>
        <source>Fox Log</source>
        <translation>Foxログ</translation>
    </message>
    <message>
        <location filename="../widgets/FoxLogWindow.ui" line="26"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Right-click here for available actions.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;右クリックで操作候補を見る.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/FoxLogWindow.ui" line="51"/>
        <source>Callers:</source>
        <translation>呼び出し局:</translation>
    </message>
    <message>
        <location filename="../widgets/FoxLogWindow.ui" line="58"/>
        <location filename="../widgets/FoxLogWindow.ui" line="72"/>
        <location filename="../widgets/FoxLogWindow.ui" line="99"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../widgets/FoxLogWindow.ui" line="65"/>
        <source>In progress:</source>
        <translation>処理中:</translation>
    </message>
    <message>
        <location filename="../widgets/FoxLogWindow.ui" line="92"/>
        <source>Rate:</source>
        <translation>レート:</translation>
    </message>
    <message>
        <location filename="../widgets/FoxLogWindow.cpp" line="55"/>
        <source>&amp;Export ADIF ...</source>
        <translation>ADIFエクスポート(&amp;E) ...</translation>
    </message>
    <message>
        <location filename="../widgets/FoxLogWindow.cpp" line="59"/>
        <source>Export ADIF Log File</source>
        <translation>ADIFログファイルをエクスポート</translation>
    </message>
    <message>
        <location filename="../widgets/FoxLogWindow.cpp" line="61"/>
        <source>ADIF Log (*.adi)</source>
        <translation>ADIFログ(*.adi)</translation>
    </message>
    <message>
        <location filename="../widgets/FoxLogWindow.cpp" line="73"/>
        <source>Export ADIF File Error</source>
        <translation>ADIFファイルエクスポートエラー</translation>
    </message>
    <message>
        <location filename="../widgets/FoxLogWindow.cpp" line="74"/>
        <source>Cannot open &quot;%1&quot; for writing: %2</source>
        <translation>%2を書き出す&quot;%1&quot;が開けません</translation>
    </message>
    <message>
        <location filename="../widgets/FoxLogWindow.cpp" line="80"/>
        <source>&amp;Reset ...</source>
        <translation>リセット(&amp;R) ...</translation>
    </message>
    <message>
        <location filename="../widgets/FoxLogWindow.cpp" line="84"/>
        <source>Confirm Reset</source>
        <translation>リセット確認</translation>
    </message>
    <message>
        <location filename="../widgets/FoxLogWindow.cpp" line="85"/>
        <source>Are you sure you want to erase file FoxQSO.txt and start a new Fox log?</source>
        <translation>本当にFoxQSO.txtを削除し新しいFoxログを開始しますか?</translation>
    </message>
</context>
<context>
    <name>FrequencyDialog</name>
    <message>
        <location filename="../Configuration.cpp" line="272"/>
        <source>Add Frequency</source>
        <translation>周波数を追加</translation>
    </message>
    <message>
        <location filename="../Configuration.cpp" line="277"/>
        <source>IARU &amp;Region:</source>
        <translation>IARU地域(&amp;R):</translation>
    </message>
    <message>
        <location filename="../Configuration.cpp" line="278"/>
        <source>&amp;Mode:</source>
        <translation>モード(&amp;M):</translation>
    </message>
    <message>
        <location filename="../Configuration.cpp" line="279"/>
        <source>&amp;Frequency (MHz):</source>
        <translation>周波数MHz(&amp;F):</translation>
    </message>
</context>
<context>
    <name>FrequencyList_v2</name>
    <message>
        <location filename="../models/FrequencyList.cpp" line="680"/>
        <location filename="../models/FrequencyList.cpp" line="836"/>
        <source>IARU Region</source>
        <translation>IARU地域</translation>
    </message>
    <message>
        <location filename="../models/FrequencyList.cpp" line="701"/>
        <location filename="../models/FrequencyList.cpp" line="837"/>
        <source>Mode</source>
        <translation>モード</translation>
    </message>
    <message>
        <location filename="../models/FrequencyList.cpp" line="729"/>
        <location filename="../models/FrequencyList.cpp" line="838"/>
        <source>Frequency</source>
        <translation>周波数</translation>
    </message>
    <message>
        <location filename="../models/FrequencyList.cpp" line="756"/>
        <location filename="../models/FrequencyList.cpp" line="839"/>
        <source>Frequency (MHz)</source>
        <translation>周波数(MHz)</translation>
    </message>
</context>
<context>
    <name>HRDTransceiver</name>
    <message>
        <location filename="../Transceiver/HRDTransceiver.cpp" line="129"/>
        <location filename="../Transceiver/HRDTransceiver.cpp" line="154"/>
        <source>Failed to connect to Ham Radio Deluxe
</source>
        <translation>HamRadioDeluxeに接続できません
</translation>
    </message>
    <message>
        <location filename="../Transceiver/HRDTransceiver.cpp" line="163"/>
        <source>Failed to open file &quot;%1&quot;: %2.</source>
        <translation>ファイルが開けません &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <location filename="../Transceiver/HRDTransceiver.cpp" line="178"/>
        <location filename="../Transceiver/HRDTransceiver.cpp" line="200"/>
        <source>Ham Radio Deluxe: no rig found</source>
        <translation>HamRadioDeluxe: 無線機が見つかりません</translation>
    </message>
    <message>
        <location filename="../Transceiver/HRDTransceiver.cpp" line="422"/>
        <source>Ham Radio Deluxe: rig doesn&apos;t support mode</source>
        <translation>HamRadioDeluxe: 無線機がそのモードに対応していません</translation>
    </message>
    <message>
        <location filename="../Transceiver/HRDTransceiver.cpp" line="441"/>
        <source>Ham Radio Deluxe: sent an unrecognised mode</source>
        <translation>HamRadioDeluxe: 無効なモードです</translation>
    </message>
    <message>
        <location filename="../Transceiver/HRDTransceiver.cpp" line="476"/>
        <source>Ham Radio Deluxe: item not found in %1 dropdown list</source>
        <translation>HamRadioDeluxe: %1ドロップダウンリストに項目がありません</translation>
    </message>
    <message>
        <location filename="../Transceiver/HRDTransceiver.cpp" line="520"/>
        <source>Ham Radio Deluxe: button not available</source>
        <translation>HamRadioDeluxe: ボタンがありません</translation>
    </message>
    <message>
        <location filename="../Transceiver/HRDTransceiver.cpp" line="886"/>
        <source>Ham Radio Deluxe didn&apos;t respond as expected</source>
        <translation>HamRadioDeluxe: 意図しないレスポンスが返ってきました</translation>
    </message>
    <message>
        <location filename="../Transceiver/HRDTransceiver.cpp" line="1030"/>
        <source>Ham Radio Deluxe: rig has disappeared or changed</source>
        <translation>HamRadioDeluxe: 無線機との接続が切れたか変更されました</translation>
    </message>
    <message>
        <location filename="../Transceiver/HRDTransceiver.cpp" line="1045"/>
        <source>Ham Radio Deluxe send command &quot;%1&quot; failed %2
</source>
        <translation>HamRadioDeluxe: コマンド&quot;%1&quot;が失敗しました%2
</translation>
    </message>
    <message>
        <location filename="../Transceiver/HRDTransceiver.cpp" line="1058"/>
        <location filename="../Transceiver/HRDTransceiver.cpp" line="1071"/>
        <source>Ham Radio Deluxe: failed to write command &quot;%1&quot;</source>
        <translation>HamRadioDeluxe: コマンド&quot;%1&quot;がエラーしました</translation>
    </message>
    <message>
        <location filename="../Transceiver/HRDTransceiver.cpp" line="1088"/>
        <source>Ham Radio Deluxe sent an invalid reply to our command &quot;%1&quot;</source>
        <translation>HamRadioDeluxe: コマンド&quot;%1&quot;に対し無効な返答が返ってきました</translation>
    </message>
    <message>
        <location filename="../Transceiver/HRDTransceiver.cpp" line="1136"/>
        <source>Ham Radio Deluxe failed to reply to command &quot;%1&quot; %2
</source>
        <translation>HamRadioDeluxe: コマンド&quot;%1&quot;に反応エラー%2
</translation>
    </message>
    <message>
        <location filename="../Transceiver/HRDTransceiver.cpp" line="1146"/>
        <source>Ham Radio Deluxe retries exhausted sending command &quot;%1&quot;</source>
        <translation>HamRadioDeluxe: コマンド&quot;%1&quot;が何度も失敗しました</translation>
    </message>
    <message>
        <location filename="../Transceiver/HRDTransceiver.cpp" line="1159"/>
        <source>Ham Radio Deluxe didn&apos;t respond to command &quot;%1&quot; as expected</source>
        <translation>HamRadioDeluxe: コマンド&quot;%1&quot;に対する返答が正しくありません</translation>
    </message>
</context>
<context>
    <name>HamlibTransceiver</name>
    <message>
        <location filename="../Transceiver/HamlibTransceiver.cpp" line="407"/>
        <location filename="../Transceiver/HamlibTransceiver.cpp" line="455"/>
        <source>Hamlib initialisation error</source>
        <translation>Hamlib初期化エラー</translation>
    </message>
    <message>
        <location filename="../Transceiver/HamlibTransceiver.cpp" line="586"/>
        <source>Hamlib settings file error: %1 at character offset %2</source>
        <translation>Hamlib設定ファイルエラー: %2にて%1</translation>
    </message>
    <message>
        <location filename="../Transceiver/HamlibTransceiver.cpp" line="592"/>
        <source>Hamlib settings file error: top level must be a JSON object</source>
        <translation>ファイルのトップレベルはJSONオブジェクトでなければいけません</translation>
    </message>
    <message>
        <location filename="../Transceiver/HamlibTransceiver.cpp" line="604"/>
        <source>Hamlib settings file error: config must be a JSON object</source>
        <translation>Hamlib設定エラー: JSONオブジェクトでなければなりません</translation>
    </message>
    <message>
        <location filename="../Transceiver/HamlibTransceiver.cpp" line="515"/>
        <source>Unsupported CAT type</source>
        <translation>サポートしていないCATタイプ</translation>
    </message>
    <message>
        <location filename="../Transceiver/HamlibTransceiver.cpp" line="269"/>
        <source>Hamlib error: %1 while %2</source>
        <translation>Hamlibエラー: %1 %2</translation>
    </message>
    <message>
        <location filename="../Transceiver/HamlibTransceiver.cpp" line="622"/>
        <source>opening connection to rig</source>
        <translation>無線機への接続</translation>
    </message>
    <message>
        <location filename="../Transceiver/HamlibTransceiver.cpp" line="669"/>
        <source>getting current frequency</source>
        <translation>現周波数を取得</translation>
    </message>
    <message>
        <location filename="../Transceiver/HamlibTransceiver.cpp" line="673"/>
        <source>getting current mode</source>
        <translation>現モードを取得</translation>
    </message>
    <message>
        <location filename="../Transceiver/HamlibTransceiver.cpp" line="702"/>
        <location filename="../Transceiver/HamlibTransceiver.cpp" line="722"/>
        <source>exchanging VFOs</source>
        <translation>VFO入れ替え</translation>
    </message>
    <message>
        <location filename="../Transceiver/HamlibTransceiver.cpp" line="710"/>
        <location filename="../Transceiver/HamlibTransceiver.cpp" line="1150"/>
        <source>getting other VFO frequency</source>
        <translation>もう一方のVFOの周波数を取得</translation>
    </message>
    <message>
        <location filename="../Transceiver/HamlibTransceiver.cpp" line="714"/>
        <source>getting other VFO mode</source>
        <translation>もう一方のVFOのモードを取得</translation>
    </message>
    <message>
        <location filename="../Transceiver/HamlibTransceiver.cpp" line="290"/>
        <location filename="../Transceiver/HamlibTransceiver.cpp" line="727"/>
        <source>setting current VFO</source>
        <translation>現VFOを設定</translation>
    </message>
    <message>
        <location filename="../Transceiver/HamlibTransceiver.cpp" line="736"/>
        <source>getting frequency</source>
        <translation>周波数を取得</translation>
    </message>
    <message>
        <location filename="../Transceiver/HamlibTransceiver.cpp" line="740"/>
        <source>getting mode</source>
        <translation>モードを取得</translation>
    </message>
    <message>
        <location filename="../Transceiver/HamlibTransceiver.cpp" line="278"/>
        <location filename="../Transceiver/HamlibTransceiver.cpp" line="757"/>
        <location filename="../Transceiver/HamlibTransceiver.cpp" line="1090"/>
        <source>getting current VFO</source>
        <translation>現VFOを取得</translation>
    </message>
    <message>
        <location filename="../Transceiver/HamlibTransceiver.cpp" line="808"/>
        <location filename="../Transceiver/HamlibTransceiver.cpp" line="816"/>
        <location filename="../Transceiver/HamlibTransceiver.cpp" line="830"/>
        <location filename="../Transceiver/HamlibTransceiver.cpp" line="1129"/>
        <source>getting current VFO frequency</source>
        <translation>現VFOの周波数を取得</translation>
    </message>
    <message>
        <location filename="../Transceiver/HamlibTransceiver.cpp" line="814"/>
        <location filename="../Transceiver/HamlibTransceiver.cpp" line="829"/>
        <location filename="../Transceiver/HamlibTransceiver.cpp" line="836"/>
        <location filename="../Transceiver/HamlibTransceiver.cpp" line="885"/>
        <location filename="../Transceiver/HamlibTransceiver.cpp" line="903"/>
        <location filename="../Transceiver/HamlibTransceiver.cpp" line="964"/>
        <source>setting frequency</source>
        <translation>周波数を設定</translation>
    </message>
    <message>
        <location filename="../Transceiver/HamlibTransceiver.cpp" line="893"/>
        <location filename="../Transceiver/HamlibTransceiver.cpp" line="971"/>
        <location filename="../Transceiver/HamlibTransceiver.cpp" line="1043"/>
        <location filename="../Transceiver/HamlibTransceiver.cpp" line="1056"/>
        <source>getting current VFO mode</source>
        <translation>現VFOのモードを取得</translation>
    </message>
    <message>
        <location filename="../Transceiver/HamlibTransceiver.cpp" line="899"/>
        <location filename="../Transceiver/HamlibTransceiver.cpp" line="908"/>
        <location filename="../Transceiver/HamlibTransceiver.cpp" line="977"/>
        <location filename="../Transceiver/HamlibTransceiver.cpp" line="1049"/>
        <location filename="../Transceiver/HamlibTransceiver.cpp" line="1062"/>
        <source>setting current VFO mode</source>
        <translation>現VFOモードを設定</translation>
    </message>
    <message>
        <location filename="../Transceiver/HamlibTransceiver.cpp" line="951"/>
        <location filename="../Transceiver/HamlibTransceiver.cpp" line="1020"/>
        <source>setting/unsetting split mode</source>
        <translation>スプリットのオン/オフ</translation>
    </message>
    <message>
        <location filename="../Transceiver/HamlibTransceiver.cpp" line="962"/>
        <location filename="../Transceiver/HamlibTransceiver.cpp" line="1002"/>
        <source>setting split mode</source>
        <translation>スプリットモードオン</translation>
    </message>
    <message>
        <location filename="../Transceiver/HamlibTransceiver.cpp" line="990"/>
        <source>setting split TX frequency and mode</source>
        <translation>スプリット送信周波数とモードをセット</translation>
    </message>
    <message>
        <location filename="../Transceiver/HamlibTransceiver.cpp" line="995"/>
        <source>setting split TX frequency</source>
        <translation>スプリット送信周波数をセット</translation>
    </message>
    <message>
        <location filename="../Transceiver/HamlibTransceiver.cpp" line="1067"/>
        <source>getting split TX VFO mode</source>
        <translation>スプリットモードを取得</translation>
    </message>
    <message>
        <location filename="../Transceiver/HamlibTransceiver.cpp" line="1074"/>
        <source>setting split TX VFO mode</source>
        <translation>スプリット送信VFOのモードをセット</translation>
    </message>
    <message>
        <location filename="../Transceiver/HamlibTransceiver.cpp" line="1187"/>
        <source>getting PTT state</source>
        <translation>PTT状態を取得</translation>
    </message>
    <message>
        <location filename="../Transceiver/HamlibTransceiver.cpp" line="1205"/>
        <source>setting PTT on</source>
        <translation>PTTオン</translation>
    </message>
    <message>
        <location filename="../Transceiver/HamlibTransceiver.cpp" line="1213"/>
        <source>setting PTT off</source>
        <translation>PTTオフ</translation>
    </message>
    <message>
        <location filename="../Transceiver/HamlibTransceiver.cpp" line="313"/>
        <source>setting a configuration item</source>
        <translation>コンフィグレーション項目をセット</translation>
    </message>
    <message>
        <location filename="../Transceiver/HamlibTransceiver.cpp" line="323"/>
        <source>getting a configuration item</source>
        <translation>コンフィグレーション項目を取得</translation>
    </message>
</context>
<context>
    <name>HelpTextWindow</name>
    <message>
        <source>Help file error</source>
        <translation type="vanished">ヘルプファイルエラー</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot; for reading</source>
        <translation type="vanished">&quot;%1&quot;を開けません</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="vanished">エラー: %1</translation>
    </message>
</context>
<context>
    <name>IARURegions</name>
    <message>
        <location filename="../models/IARURegions.cpp" line="15"/>
        <source>All</source>
        <translation>すべての地域</translation>
    </message>
    <message>
        <location filename="../models/IARURegions.cpp" line="16"/>
        <source>Region 1</source>
        <translation>第一地域</translation>
    </message>
    <message>
        <location filename="../models/IARURegions.cpp" line="17"/>
        <source>Region 2</source>
        <translation>第二地域</translation>
    </message>
    <message>
        <location filename="../models/IARURegions.cpp" line="18"/>
        <source>Region 3</source>
        <translation>第三地域</translation>
    </message>
    <message>
        <location filename="../models/IARURegions.cpp" line="58"/>
        <location filename="../models/IARURegions.cpp" line="85"/>
        <source>IARU Region</source>
        <translation>IARU地域</translation>
    </message>
</context>
<context>
    <name>LogQSO</name>
    <message>
        <location filename="../widgets/logqso.ui" line="28"/>
        <source>Click OK to confirm the following QSO:</source>
        <translation>OKをクリックしてQSOを確認:</translation>
    </message>
    <message>
        <location filename="../widgets/logqso.ui" line="44"/>
        <source>Call</source>
        <translation>コールサイン</translation>
    </message>
    <message>
        <location filename="../widgets/logqso.ui" line="69"/>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../widgets/logqso.ui" line="88"/>
        <location filename="../widgets/logqso.ui" line="126"/>
        <source>dd/MM/yyyy HH:mm:ss</source>
        <translation>dd/MM/yyyy HH:mm:ss</translation>
    </message>
    <message>
        <location filename="../widgets/logqso.ui" line="107"/>
        <source>End</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../widgets/logqso.ui" line="149"/>
        <source>Mode</source>
        <translation>モード</translation>
    </message>
    <message>
        <location filename="../widgets/logqso.ui" line="181"/>
        <source>Band</source>
        <translation>バンド</translation>
    </message>
    <message>
        <location filename="../widgets/logqso.ui" line="213"/>
        <source>Rpt Sent</source>
        <translation>送信レポート</translation>
    </message>
    <message>
        <location filename="../widgets/logqso.ui" line="245"/>
        <source>Rpt Rcvd</source>
        <translation>受信レポート</translation>
    </message>
    <message>
        <location filename="../widgets/logqso.ui" line="277"/>
        <source>Grid</source>
        <translation>グリッド</translation>
    </message>
    <message>
        <location filename="../widgets/logqso.ui" line="312"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../widgets/logqso.ui" line="338"/>
        <source>Tx power</source>
        <translation>送信電力</translation>
    </message>
    <message>
        <location filename="../widgets/logqso.ui" line="351"/>
        <location filename="../widgets/logqso.ui" line="387"/>
        <location filename="../widgets/logqso.ui" line="510"/>
        <source>Retain</source>
        <translation>残す</translation>
    </message>
    <message>
        <location filename="../widgets/logqso.ui" line="370"/>
        <source>Comments</source>
        <translation>コメント</translation>
    </message>
    <message>
        <location filename="../widgets/logqso.ui" line="403"/>
        <source>Operator</source>
        <translation>オペレータ</translation>
    </message>
    <message>
        <location filename="../widgets/logqso.ui" line="440"/>
        <source>Exch sent</source>
        <translation>送信</translation>
    </message>
    <message>
        <location filename="../widgets/logqso.ui" line="473"/>
        <source>Rcvd</source>
        <translation>受信</translation>
    </message>
    <message>
        <location filename="../widgets/logqso.ui" line="497"/>
        <source>Prop Mode</source>
        <translation>伝搬モード</translation>
    </message>
    <message>
        <location filename="../widgets/logqso.cpp" line="29"/>
        <source>Aircraft scatter</source>
        <translation>飛行機スキャッター</translation>
    </message>
    <message>
        <location filename="../widgets/logqso.cpp" line="30"/>
        <source>Aurora-E</source>
        <translation>オーロラE</translation>
    </message>
    <message>
        <location filename="../widgets/logqso.cpp" line="31"/>
        <source>Aurora</source>
        <translation>オーロラ</translation>
    </message>
    <message>
        <location filename="../widgets/logqso.cpp" line="32"/>
        <source>Back scatter</source>
        <translation>後方スキャッター</translation>
    </message>
    <message>
        <location filename="../widgets/logqso.cpp" line="33"/>
        <source>Echolink</source>
        <translation>Echolink</translation>
    </message>
    <message>
        <location filename="../widgets/logqso.cpp" line="34"/>
        <source>Earth-moon-earth</source>
        <translation>EME</translation>
    </message>
    <message>
        <location filename="../widgets/logqso.cpp" line="35"/>
        <source>Sporadic E</source>
        <translation>Eスポ</translation>
    </message>
    <message>
        <location filename="../widgets/logqso.cpp" line="36"/>
        <source>F2 Reflection</source>
        <translation>F2層反射</translation>
    </message>
    <message>
        <location filename="../widgets/logqso.cpp" line="37"/>
        <source>Field aligned irregularities</source>
        <translation>沿磁力線不規則性</translation>
    </message>
    <message>
        <location filename="../widgets/logqso.cpp" line="38"/>
        <source>Internet-assisted</source>
        <translation>インターネット経由</translation>
    </message>
    <message>
        <location filename="../widgets/logqso.cpp" line="39"/>
        <source>Ionoscatter</source>
        <translation>イオン散乱</translation>
    </message>
    <message>
        <location filename="../widgets/logqso.cpp" line="40"/>
        <source>IRLP</source>
        <translation>IRLP</translation>
    </message>
    <message>
        <location filename="../widgets/logqso.cpp" line="41"/>
        <source>Meteor scatter</source>
        <translation>流星散乱</translation>
    </message>
    <message>
        <location filename="../widgets/logqso.cpp" line="42"/>
        <source>Non-satellite repeater or transponder</source>
        <translation>非衛星リピーター</translation>
    </message>
    <message>
        <location filename="../widgets/logqso.cpp" line="43"/>
        <source>Rain scatter</source>
        <translation>雨散乱</translation>
    </message>
    <message>
        <location filename="../widgets/logqso.cpp" line="44"/>
        <source>Satellite</source>
        <translation>衛星</translation>
    </message>
    <message>
        <location filename="../widgets/logqso.cpp" line="45"/>
        <source>Trans-equatorial</source>
        <translation>赤道伝搬</translation>
    </message>
    <message>
        <location filename="../widgets/logqso.cpp" line="46"/>
        <source>Troposheric ducting</source>
        <translation>ダクト</translation>
    </message>
    <message>
        <location filename="../widgets/logqso.cpp" line="219"/>
        <location filename="../widgets/logqso.cpp" line="227"/>
        <source>Invalid QSO Data</source>
        <translation>無効なQSOデータ</translation>
    </message>
    <message>
        <location filename="../widgets/logqso.cpp" line="220"/>
        <source>Check exchange sent and received</source>
        <translation>送受信したナンバーをチェック</translation>
    </message>
    <message>
        <location filename="../widgets/logqso.cpp" line="228"/>
        <source>Check all fields</source>
        <translation>すべての項目をチェック</translation>
    </message>
    <message>
        <location filename="../widgets/logqso.cpp" line="237"/>
        <source>Log file error</source>
        <translation>ログファイルエラー</translation>
    </message>
    <message>
        <location filename="../widgets/logqso.cpp" line="238"/>
        <source>Cannot open &quot;%1&quot; for append</source>
        <translation>&quot;%1&quot;に追加できません</translation>
    </message>
    <message>
        <location filename="../widgets/logqso.cpp" line="239"/>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
    </message>
</context>
<context>
    <name>LotWUsers::impl</name>
    <message>
        <location filename="../Network/LotWUsers.cpp" line="111"/>
        <source>Network Error - SSL/TLS support not installed, cannot fetch:
&apos;%1&apos;</source>
        <translation>ネットワークエラー SSL/TLSがインストールされていません:
&apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../Network/LotWUsers.cpp" line="123"/>
        <source>Network Error - Too many redirects:
&apos;%1&apos;</source>
        <translation>ネットワークエラー リダイレクト過多
&apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../Network/LotWUsers.cpp" line="137"/>
        <source>Network Error:
%1</source>
        <translation>ネットワークエラー:
%1</translation>
    </message>
    <message>
        <location filename="../Network/LotWUsers.cpp" line="146"/>
        <source>File System Error - Cannot commit changes to:
&quot;%1&quot;</source>
        <translation>ファイルシステムエラー - 変更を反映できません:
&quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../Network/LotWUsers.cpp" line="183"/>
        <source>File System Error - Cannot open file:
&quot;%1&quot;
Error(%2): %3</source>
        <translation>ファイルシステムエラー - ファイルを開けません:
&quot;%1&quot;
エラー(%2): %3</translation>
    </message>
    <message>
        <location filename="../Network/LotWUsers.cpp" line="192"/>
        <source>File System Error - Cannot write to file:
&quot;%1&quot;
Error(%2): %3</source>
        <translation>ファイルシステムエラー - ファイルへ書きこめません:
&quot;%1&quot;
エラー(%2): %3</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../widgets/mainwindow.ui" line="14"/>
        <source>WSJT-X   by K1JT</source>
        <translation>WSJT-X by K1JT</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="44"/>
        <location filename="../widgets/mainwindow.cpp" line="6073"/>
        <location filename="../widgets/mainwindow.cpp" line="6164"/>
        <location filename="../widgets/mainwindow.cpp" line="6212"/>
        <location filename="../widgets/mainwindow.cpp" line="6374"/>
        <location filename="../widgets/mainwindow.cpp" line="6421"/>
        <location filename="../widgets/mainwindow.cpp" line="6526"/>
        <source>Band Activity</source>
        <translation>バンド状況</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="133"/>
        <location filename="../widgets/mainwindow.ui" line="277"/>
        <source>UTC           dB            DT           Freq          Dr </source>
        <translation>UTC           dB            DT           Freq          Dr </translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="188"/>
        <location filename="../widgets/mainwindow.cpp" line="6074"/>
        <location filename="../widgets/mainwindow.cpp" line="6163"/>
        <location filename="../widgets/mainwindow.cpp" line="6207"/>
        <location filename="../widgets/mainwindow.cpp" line="6375"/>
        <location filename="../widgets/mainwindow.cpp" line="6422"/>
        <source>Rx Frequency</source>
        <translation>受信周波数</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="333"/>
        <source>CQ only</source>
        <translation>CQのみ</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="346"/>
        <source>Enter this QSO in log</source>
        <translation>このQSOをログする</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="349"/>
        <source>Log &amp;QSO</source>
        <translation>QSOをログ(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="362"/>
        <source>Stop monitoring</source>
        <translation>モニター停止</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="365"/>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="378"/>
        <source>Toggle monitoring On/Off</source>
        <translation>モニターオン/オフ</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="393"/>
        <source>&amp;Monitor</source>
        <translation>モニター(&amp;M)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="412"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Erase right window. Double-click to erase both windows.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;右側ウィンドウを消去. ダブルクリックで両側ウィンドウを消去.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="415"/>
        <source>Erase right window. Double-click to erase both windows.</source>
        <translation>右側ウィンドウを消去. ダブルクリックで両側ウィンドウを消去.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="418"/>
        <source>&amp;Erase</source>
        <translation>消去(&amp;E)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="428"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Clear the accumulating message average.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;累加メッセージ平均をクリア.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="431"/>
        <source>Clear the accumulating message average.</source>
        <translation>累加メッセージ平均をクリア.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="434"/>
        <source>Clear Avg</source>
        <translation>平均をクリア</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="447"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Decode most recent Rx period at QSO Frequency&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;QSO周波数で最後に受信した信号をデコード&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="450"/>
        <source>Decode most recent Rx period at QSO Frequency</source>
        <translation>QSO周波数で最後に受信した信号をデコード</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="465"/>
        <source>&amp;Decode</source>
        <translation>デコード(&amp;D)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="481"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Toggle Auto-Tx On/Off&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;自動送信をオン/オフ&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="484"/>
        <source>Toggle Auto-Tx On/Off</source>
        <translation>自動送信をオン/オフ</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="499"/>
        <source>E&amp;nable Tx</source>
        <translation>送信許可(&amp;n)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="515"/>
        <source>Stop transmitting immediately</source>
        <translation>直ちに送信停止</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="518"/>
        <source>&amp;Halt Tx</source>
        <translation>送信停止(&amp;H)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="525"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Toggle a pure Tx tone On/Off&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;シングルトーンのオン/オフ&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="528"/>
        <source>Toggle a pure Tx tone On/Off</source>
        <translation>シングルトーンのオン/オフ</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="543"/>
        <source>&amp;Tune</source>
        <translation>チューン(&amp;T)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="553"/>
        <source>Menus</source>
        <translation>メニュー</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1151"/>
        <source>Decode other Hounds calling above 1000 Hz audio offset</source>
        <translation>1000Hzより上で呼んでいるHoundsをデコード</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1200"/>
        <source>Enable auto response to the first decode from a new DXCC or new call on the current band.</source>
        <translation>バンドの未交信DXCCまたは未交信局を自動的に応答.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="2588"/>
        <source>Percentage of minute sequences devoted to transmitting.</source>
        <translation>送信に費やされた時間のパーセンテージ.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="2686"/>
        <source>Prefer Type 1 messages</source>
        <translation>タイプ１メッセージ優先</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="2705"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Transmit during the next sequence.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;次回送信&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="3399"/>
        <source>Quick-Start Guide to Q65</source>
        <translation>Q65 クイックスタートガイド</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="3407"/>
        <source>Auto Clear Avg after decode</source>
        <translation>デコード後平均値を自動クリア</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="573"/>
        <source>USB dial frequency</source>
        <translation>USBダイアル周波数</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="587"/>
        <source>14.078 000</source>
        <translation>14.078 000</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="704"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;30dB recommended when only noise present&lt;br/&gt;Green when good&lt;br/&gt;Red when clipping may occur&lt;br/&gt;Yellow when too low&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;ノイズのみ受信のとき30dBが適当&lt;br/&gt;緑：適切&lt;br/&gt;赤：過大&lt;br/&gt;黄：過少&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="707"/>
        <source>Rx Signal</source>
        <translation>受信信号</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="710"/>
        <source>30dB recommended when only noise present
Green when good
Red when clipping may occur
Yellow when too low</source>
        <translation>ノイズのみ受信のとき30dBが適当
緑：適切
赤：過大
黄：過少</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="822"/>
        <source>DX Call</source>
        <translation>DXコール</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="956"/>
        <source>DX Grid</source>
        <translation>DXグリッド</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="975"/>
        <source>Callsign of station to be worked</source>
        <translation>交信相手コールサイン</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="873"/>
        <source>Search for callsign in database</source>
        <translation>データベース内でコールサイン検索</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="876"/>
        <source>&amp;Lookup</source>
        <translation>検索(&amp;L)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="988"/>
        <source>Locator of station to be worked</source>
        <translation>交信相手のロケータ</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="860"/>
        <source>Az: 251     16553 km</source>
        <translation>Az: 251     16553 km</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="841"/>
        <source>Add callsign and locator to database</source>
        <translation>データベースへコールサインとロケータを追加</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="844"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="642"/>
        <source> Pwr</source>
        <translation> 出力</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="603"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;If orange or red there has been a rig control failure, click to reset and read the dial frequency.  S implies split mode.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;黄色か赤色の場合無線機制御にエラーあり. リセットを押しダイヤル周波数を読み込む. Sはスプリット.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="606"/>
        <source>If orange or red there has been a rig control failure, click to reset and read the dial frequency. S implies split mode.</source>
        <translation>黄色か赤色の場合無線機制御にエラーあり. リセットを押しダイヤル周波数を読み込む. Sはスプリット.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="635"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1043"/>
        <source>Adjust Tx audio level</source>
        <translation>送信オーディオレベル調整</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="649"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Select operating band or enter frequency in MHz or enter kHz increment followed by k.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;バンドを選びMHz単位で周波数を入力するか差分をkHz単位(最後にkをつける)で入力.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="652"/>
        <source>Frequency entry</source>
        <translation>周波数入力</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="655"/>
        <source>Select operating band or enter frequency in MHz or enter kHz increment followed by k.</source>
        <translation>バンドを選びMHz単位で周波数を入力するか差分をkHz単位(最後にkをつける)で入力.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1030"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p align=&quot;center&quot;&gt; 2015 Jun 17 &lt;/p&gt;&lt;p align=&quot;center&quot;&gt; 01:23:45 &lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p align=&quot;center&quot;&gt; 2015 Jun 17 &lt;/p&gt;&lt;p align=&quot;center&quot;&gt; 01:23:45 &lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1521"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Check to keep Tx frequency fixed when double-clicking on decoded text.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;デコードした文をダブルクリックしたときに送信周波数を動かさない.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1524"/>
        <source>Check to keep Tx frequency fixed when double-clicking on decoded text.</source>
        <translation>デコードした文をダブルクリックしたときに送信周波数を動かさない.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1527"/>
        <source>Hold Tx Freq</source>
        <translation>送信周波数固定</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1439"/>
        <source>Audio Rx frequency</source>
        <translation>受信オーディオ周波数</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1332"/>
        <location filename="../widgets/mainwindow.ui" line="1445"/>
        <location filename="../widgets/mainwindow.ui" line="2407"/>
        <location filename="../widgets/mainwindow.ui" line="2429"/>
        <location filename="../widgets/mainwindow.ui" line="2454"/>
        <source>  Hz</source>
        <translation>  Hz</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1448"/>
        <location filename="../widgets/mainwindow.ui" line="2432"/>
        <source>Rx  </source>
        <translation>Rx  </translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1371"/>
        <location filename="../widgets/mainwindow.ui" line="1374"/>
        <source>Set Tx frequency to Rx Frequency</source>
        <translation>送信周波数を受信周波数へコピー</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1377"/>
        <source>▲</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1384"/>
        <source>Frequency tolerance (Hz)</source>
        <translation>許容周波数(Hz)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1390"/>
        <location filename="../widgets/mainwindow.ui" line="2457"/>
        <source>F Tol  </source>
        <translation>F Tol  </translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1424"/>
        <location filename="../widgets/mainwindow.ui" line="1427"/>
        <source>Set Rx frequency to Tx Frequency</source>
        <translation>受信周波数を送信周波数へコピー</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1430"/>
        <source>▼</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1658"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Synchronizing threshold.  Lower numbers accept weaker sync signals.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;同期信号閾値. 小さい値ほど弱い同期信号を検出.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1661"/>
        <source>Synchronizing threshold. Lower numbers accept weaker sync signals.</source>
        <translation>同期信号閾値. 小さい値ほど弱い同期信号を検出.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1667"/>
        <source>Sync   </source>
        <translation>同期   </translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1244"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Check to use short-format messages.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;短いメッセージフォーマットを使うときはチェック.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1247"/>
        <source>Check to use short-format messages.</source>
        <translation>短いメッセージフォーマットを使うときはチェック.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1250"/>
        <source>Sh</source>
        <translation>Sh</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1257"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Check to enable JT9 fast modes&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;JT9高速モードをオン&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1260"/>
        <source>Check to enable JT9 fast modes</source>
        <translation>JT9高速モードをオン</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1263"/>
        <location filename="../widgets/mainwindow.ui" line="2993"/>
        <source>Fast</source>
        <translation>高速</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1270"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Check to enable automatic sequencing of Tx messages based on received messages.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;チェックすることで受信したメッセージに基づき自動的に送信メッセージを生成する.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1273"/>
        <source>Check to enable automatic sequencing of Tx messages based on received messages.</source>
        <translation>受信メッセージに合わせて送信メッセージ自動生成.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1276"/>
        <source>Auto Seq</source>
        <translation>自動シーケンス</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1283"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Check to call the first decoded responder to my CQ.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;自分のCQに最初に応答してきた局をコール.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1286"/>
        <source>Check to call the first decoded responder to my CQ.</source>
        <translation>自分のCQに最初に応答してきた局をコール.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1289"/>
        <source>Call 1st</source>
        <translation>コール 1st</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1299"/>
        <source>Check to generate &quot;@1250  (SEND MSGS)&quot; in Tx6.</source>
        <translation>Tx6に &quot;@1250  (SEND MSGS)&quot; を生成.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1302"/>
        <source>Tx6</source>
        <translation>Tx6</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1313"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Check to Tx in even-numbered minutes or sequences, starting at 0; uncheck for odd sequences.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;チェックすると偶数分の0秒から送信開始.チェックを外すと奇数分.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1316"/>
        <source>Check to Tx in even-numbered minutes or sequences, starting at 0; uncheck for odd sequences.</source>
        <translation>チェックすると偶数分の0秒から送信開始.チェックを外すと奇数分.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1319"/>
        <source>Tx even/1st</source>
        <translation>Tx even/1st</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1112"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Frequency to call CQ on in kHz above the current MHz&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;現在の周波数からkHz上でCQをコール&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1115"/>
        <source>Frequency to call CQ on in kHz above the current MHz</source>
        <translation>現在の周波数からkHz上でCQをコール</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1118"/>
        <source>Tx CQ </source>
        <translation>Tx CQ </translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1137"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Check this to call CQ on the &amp;quot;Tx CQ&amp;quot; frequency. Rx will be on the current frequency and the CQ message wiill include the current Rx frequency so callers know which frequency to reply on.&lt;/p&gt;&lt;p&gt;Not available to nonstandard callsign holders.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;チェックすると &amp;quot;Tx CQ&amp;quot; 周波数でCQをコール. 受信は現在の周波数. 相手局がどの周波数で呼べばよいが分かるようにCQメッセージに現在の受信周波数を含める.&lt;/p&gt;&lt;p&gt;非標準コールには非対応.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1140"/>
        <source>Check this to call CQ on the &quot;Tx CQ&quot; frequency. Rx will be on the current frequency and the CQ message wiill include the current Rx frequency so callers know which frequency to reply on.
Not available to nonstandard callsign holders.</source>
        <translation>チェックすると &quot;Tx CQ&quot; 周波数でCQをコール. 受信は現在の周波数. 相手局がどの周波数で呼べばよいが分かるようにCQメッセージに現在の受信周波数を含める.
非標準コールには非対応.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1154"/>
        <source>Rx All Freqs</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1636"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Submode determines tone spacing; A is narrowest.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;サブモードはトーン間隔を意味する.Aが一番狭い.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1639"/>
        <source>Submode determines tone spacing; A is narrowest.</source>
        <translation>サブモードはトーン間隔を意味する.Aが一番狭い.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1645"/>
        <source>Submode </source>
        <translation>サブモード </translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1177"/>
        <location filename="../widgets/mainwindow.cpp" line="6234"/>
        <source>Fox</source>
        <translation>Fox</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1187"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Check to monitor Sh messages.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Shメッセージをモニターする.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1190"/>
        <source>Check to monitor Sh messages.</source>
        <translation>Shメッセージをモニターする.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1193"/>
        <source>SWL</source>
        <translation>SWL</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1215"/>
        <source>Best S+P</source>
        <translation>Best S+P</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1225"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Check this to start recording calibration data.&lt;br/&gt;While measuring calibration correction is disabled.&lt;br/&gt;When not checked you can view the calibration results.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;ここをチェックして較正データを録音開始.&lt;br/&gt;測定中は較正処理は停止します.&lt;br/&gt;チェックをはずすと較正結果を見ることができます.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1228"/>
        <source>Check this to start recording calibration data.
While measuring calibration correction is disabled.
When not checked you can view the calibration results.</source>
        <translation>チェックすると較正データを録音開始.
測定中は較正非動作.
チェックしないと較正結果を表示.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1233"/>
        <source>Measure</source>
        <translation>測定</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1464"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Signal report: Signal-to-noise ratio in 2500 Hz reference bandwidth (dB).&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;シグナルレポート: 2500Hzバンド幅におけるSN比(dB).&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1467"/>
        <source>Signal report: Signal-to-noise ratio in 2500 Hz reference bandwidth (dB).</source>
        <translation>シグナルレポート: 2500Hzパスバンド幅におけるSN比(dB).</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1473"/>
        <source> Report </source>
        <translation> レポート </translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1489"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Tx/Rx or Frequency calibration sequence length&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;送信/受信または周波数較正の時間&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1492"/>
        <source>Tx/Rx or Frequency calibration sequence length</source>
        <translation>Tx/Rxまたは周波数較正時間長</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1498"/>
        <location filename="../widgets/mainwindow.ui" line="2616"/>
        <source>  s</source>
        <translation>  s</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1501"/>
        <location filename="../widgets/mainwindow.ui" line="2619"/>
        <source>T/R  </source>
        <translation>T/R  </translation>
    </message>
    <message>
        <source>Toggle Tx mode</source>
        <translation type="vanished">送信モードをトグル</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1326"/>
        <source>Audio Tx frequency</source>
        <translation>送信オーディオ周波数</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1335"/>
        <location filename="../widgets/mainwindow.ui" line="2410"/>
        <source>Tx  </source>
        <translation>Tx  </translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1556"/>
        <source>Tx# </source>
        <translation>Tx# </translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Double-click on another caller to queue that call for your next QSO.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation type="vanished">&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;ダブルクリックして次のQSOの待ち行列に加える.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1613"/>
        <source>F High </source>
        <translation>F 高 </translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1588"/>
        <source>F Low   </source>
        <translation>F 低   </translation>
    </message>
    <message>
        <source>Double-click on another caller to queue that call for your next QSO.</source>
        <translation type="vanished">ダブルクリックで次のQSOで呼ぶ相手を待ち行列に追加.</translation>
    </message>
    <message>
        <source>Next Call</source>
        <translation type="vanished">次のコール</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1729"/>
        <source>1</source>
        <translation>1</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1737"/>
        <location filename="../widgets/mainwindow.ui" line="1876"/>
        <location filename="../widgets/mainwindow.ui" line="1984"/>
        <source>Send this message in next Tx interval</source>
        <translation>このメッセージを次回送信する</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1885"/>
        <source>Ctrl+2</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1797"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Send this message in next Tx interval&lt;/p&gt;&lt;p&gt;Double click to toggle the use of the Tx1 message to start a QSO with a station (not allowed for type 1 compound call holders)&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;このメッセージを次回送信する&lt;/p&gt;&lt;p&gt;ダブルクリックしてTx1メッセージとしてQSOを開始のオンオフ（タイプ１複合コールサインでは使えません）&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1800"/>
        <source>Send this message in next Tx interval
Double click to toggle the use of the Tx1 message to start a QSO with a station (not allowed for type 1 compound call holders)</source>
        <translation>&gt;このメッセージを次回送信する. ダブルクリックしてTx1メッセージとしてQSOを開始のオンオフ（タイプ１複合コールサインでは使えません）</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1810"/>
        <source>Ctrl+1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1844"/>
        <location filename="../widgets/mainwindow.ui" line="1863"/>
        <location filename="../widgets/mainwindow.ui" line="1908"/>
        <location filename="../widgets/mainwindow.ui" line="1968"/>
        <source>Switch to this Tx message NOW</source>
        <translation>このメッセージを送信</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1850"/>
        <source>Tx &amp;2</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1853"/>
        <source>Alt+2</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1945"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Switch to this Tx message NOW&lt;/p&gt;&lt;p&gt;Double click to toggle the use of the Tx1 message to start a QSO with a station (not allowed for type 1 compound call holders)&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;このメッセージをすぐに送信&lt;/p&gt;&lt;p&gt;ダブルクリックすることでTx1メッセージを使うかどうか選択（タイプ1複合コールサインには使えません）&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1948"/>
        <source>Switch to this Tx message NOW
Double click to toggle the use of the Tx1 message to start a QSO with a station (not allowed for type 1 compound call holders)</source>
        <translation>このメッセージをすぐに送信. ダブルクリックすることでTx1メッセージを使うかどうか選択（タイプ1複合コールサインには使えません）</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1958"/>
        <source>Tx &amp;1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1961"/>
        <source>Alt+1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1746"/>
        <source>Ctrl+6</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="2016"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Send this message in next Tx interval&lt;/p&gt;&lt;p&gt;Double-click to reset to the standard 73 message&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;このメッセージを次回送信&lt;/p&gt;&lt;p&gt;ダブルクリックして標準73メッセージにリセット&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="2019"/>
        <source>Send this message in next Tx interval
Double-click to reset to the standard 73 message</source>
        <translation>このメッセージを次回送信
ダブルクリックして標準73メッセージにリセット</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="2029"/>
        <source>Ctrl+5</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1993"/>
        <source>Ctrl+3</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1914"/>
        <source>Tx &amp;3</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1917"/>
        <source>Alt+3</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1776"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Send this message in next Tx interval&lt;/p&gt;&lt;p&gt;Double-click to toggle between RRR and RR73 messages in Tx4 (not allowed for type 2 compound call holders)&lt;/p&gt;&lt;p&gt;RR73 messages should only be used when you are reasonably confident that no message repetitions will be required&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;このメッセージを次回送信&lt;/p&gt;&lt;p&gt;ダブルクリックするとTx4でRRRかRR73を送るかを切り替え（タイプ2複合コールサインでは使えません）&lt;/p&gt;&lt;p&gt;RR73 メッセージは、相手が確実にコピーしたと考えられるときに使ってください&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1779"/>
        <source>Send this message in next Tx interval
Double-click to toggle between RRR and RR73 messages in Tx4 (not allowed for type 2 compound call holders)
RR73 messages should only be used when you are reasonably confident that no message repetitions will be required</source>
        <translation>このメッセージを次回送信
ダブルクリックするとTx4でRRRかRR73を送るかを切り替え（タイプ2複合コールサインでは使えません）
RR73 メッセージは、相手が確実にコピーしたと考えられるときに使ってください</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1790"/>
        <source>Ctrl+4</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1924"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Switch to this Tx message NOW&lt;/p&gt;&lt;p&gt;Double-click to toggle between RRR and RR73 messages in Tx4 (not allowed for type2 compound call holders)&lt;/p&gt;&lt;p&gt;RR73 messages should only be used when you are reasonably confident that no message repetitions will be required&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;この送信メッセージをすぐに送信&lt;/p&gt;&lt;p&gt;ダブルクリックしてTx4のRRRとRR73を交互切り替え（タイプ2の複合コールサインでは使えません）&lt;/p&gt;&lt;p&gt;RR73は、双方ともメッセージを確認し、繰り返しが必要ないと考えうるときにのみ使いましょう&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1927"/>
        <source>Switch to this Tx message NOW
Double-click to toggle between RRR and RR73 messages in Tx4 (not allowed for type2 compound call holders)
RR73 messages should only be used when you are reasonably confident that no message repetitions will be required</source>
        <translation>このメッセージを送信
ダブルクリックするとTx4でRRRかRR73を送るかを切り替え（タイプ2複合コールサインでは使えません）
RR73 メッセージは、相手が確実にコピーしたと考えられるときに使ってください</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1935"/>
        <source>Tx &amp;4</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1938"/>
        <source>Alt+4</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1824"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Switch to this Tx message NOW&lt;/p&gt;&lt;p&gt;Double-click to reset to the standard 73 message&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;このメッセージをすぐに送信&lt;/p&gt;&lt;p&gt;ダブルクリックして標準73メッセージにリセット&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1827"/>
        <source>Switch to this Tx message NOW
Double-click to reset to the standard 73 message</source>
        <translation>このメッセージをすぐに送信. ダブルクリックして標準73メッセージにリセット</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1834"/>
        <source>Tx &amp;5</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1837"/>
        <source>Alt+5</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1866"/>
        <source>Now</source>
        <translation>送信</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1898"/>
        <source>Generate standard messages for minimal QSO</source>
        <translation>最短QSO用メッセージを生成</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1901"/>
        <source>Generate Std Msgs</source>
        <translation>標準メッセージ生成</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1974"/>
        <source>Tx &amp;6</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1977"/>
        <source>Alt+6</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="2000"/>
        <source>Enter a free text message (maximum 13 characters)
or select a predefined macro from the dropdown list.
Press ENTER to add the current text to the predefined
list. The list can be maintained in Settings (F2).</source>
        <translation>フリーテキスト（最大13文字）を入力
またはドロップダウンリストからあらかじめ登録したマクロを選択.
ENTERを押してテキストを登録リストに追加.
リストは設定（F2)で変更可能.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1756"/>
        <source>Queue up the next Tx message</source>
        <translation>次の送信メッセージを待ち行列に追加</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="1759"/>
        <source>Next</source>
        <translation>次</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="2039"/>
        <source>2</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="3341"/>
        <source>Quick-Start Guide to FST4 and FST4W</source>
        <translation>FST4とFST4Wのクイックスタートガイド</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="3367"/>
        <source>FST4</source>
        <translation>FST4</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="3375"/>
        <source>FST4W</source>
        <translation>FST4W</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="3383"/>
        <source>Q65</source>
        <translation>Q65</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="3391"/>
        <source>SWL Mode</source>
        <translation>SWLモード</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="3394"/>
        <source>Hide lower panel controls to maximize deocde windows</source>
        <translation>下部制御パネルを非表示にしてデコードウィンドウを最大化</translation>
    </message>
    <message>
        <source>Calling CQ </source>
        <translation type="vanished">CQをコール </translation>
    </message>
    <message>
        <source>Generate a CQ message</source>
        <translation type="vanished">CQメッセージ生成</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="2075"/>
        <location filename="../widgets/mainwindow.ui" line="2079"/>
        <source>CQ</source>
        <translation>CQ</translation>
    </message>
    <message>
        <source>Generate message with RRR</source>
        <translation type="vanished">RRRメッセージを生成</translation>
    </message>
    <message>
        <source>Generate message with report</source>
        <translation type="vanished">レポートメッセージを生成</translation>
    </message>
    <message>
        <source>Answering CQ</source>
        <translation type="vanished">CQに応答</translation>
    </message>
    <message>
        <source>Generate message for replying to a CQ</source>
        <translation type="vanished">CQに応答するメッセージを生成</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="2270"/>
        <source>Grid</source>
        <translation>グリッド</translation>
    </message>
    <message>
        <source>Generate message with R+report</source>
        <translation type="vanished">R+レポートメッセージ生成</translation>
    </message>
    <message>
        <source>Generate message with 73</source>
        <translation type="vanished">73メッセージ生成</translation>
    </message>
    <message>
        <source>Send this standard (generated) message</source>
        <translation type="vanished">この生成された標準メッセージを送信</translation>
    </message>
    <message>
        <source>Gen msg</source>
        <translation type="vanished">メッセージ生成</translation>
    </message>
    <message>
        <source>Send this free-text message (max 13 characters)</source>
        <translation type="vanished">フリーテキストを送信（最大13文字）</translation>
    </message>
    <message>
        <source>Free msg</source>
        <translation type="vanished">フリーテキスト</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="2059"/>
        <source>Max dB  </source>
        <translation>最大dB  </translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="2084"/>
        <source>CQ AF</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="2089"/>
        <source>CQ AN</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="2094"/>
        <source>CQ AS</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="2099"/>
        <source>CQ EU</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="2104"/>
        <source>CQ NA</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="2109"/>
        <source>CQ OC</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="2114"/>
        <source>CQ SA</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="2119"/>
        <source>CQ 0</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="2124"/>
        <source>CQ 1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="2129"/>
        <source>CQ 2</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="2134"/>
        <source>CQ 3</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="2139"/>
        <source>CQ 4</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="2144"/>
        <source>CQ 5</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="2149"/>
        <source>CQ 6</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="2154"/>
        <source>CQ 7</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="2159"/>
        <source>CQ 8</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="2164"/>
        <source>CQ 9</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="2172"/>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="2191"/>
        <source>N List     </source>
        <translation>リスト数     </translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="2222"/>
        <source>N Slots    </source>
        <translation>スロット数    </translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="2253"/>
        <location filename="../widgets/mainwindow.ui" line="2260"/>
        <location filename="../widgets/mainwindow.ui" line="2480"/>
        <location filename="../widgets/mainwindow.cpp" line="1273"/>
        <location filename="../widgets/mainwindow.cpp" line="5819"/>
        <location filename="../widgets/mainwindow.cpp" line="6681"/>
        <location filename="../widgets/mainwindow.cpp" line="8128"/>
        <source>Random</source>
        <translation>ランダム</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="2265"/>
        <source>Call</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="2275"/>
        <source>S/N (dB)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="2280"/>
        <source>Distance</source>
        <translation>距離</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="2301"/>
        <source>More CQs</source>
        <translatorcomment>これは何？チェックすると5回の送信に1回CQを出す</translatorcomment>
        <translation></translation>
    </message>
    <message>
        <source>Percentage of 2-minute sequences devoted to transmitting.</source>
        <translation type="vanished">2分の送信に費やすパーセンテージ.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="676"/>
        <location filename="../widgets/mainwindow.ui" line="2600"/>
        <source>  %</source>
        <translation>  %</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="2603"/>
        <source>Tx Pct </source>
        <translation>Tx Pct </translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="2632"/>
        <source>Band Hopping</source>
        <translation>バンドホッピング</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="2641"/>
        <source>Choose bands and times of day for band-hopping.</source>
        <translation>バンドホッピングためのバンドと時間を選択.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="2644"/>
        <source>Schedule ...</source>
        <translation>スケジュール ....</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="2485"/>
        <source>1/2</source>
        <translation>1/2</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="2490"/>
        <source>2/2</source>
        <translation>2/2</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="2495"/>
        <source>1/3</source>
        <translation>1/3</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="2500"/>
        <source>2/3</source>
        <translation>2/3</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="2505"/>
        <source>3/3</source>
        <translation>3/3</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="2510"/>
        <source>1/4</source>
        <translation>1/4</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="2515"/>
        <source>2/4</source>
        <translation>2/4</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="2520"/>
        <source>3/4</source>
        <translation>3/4</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="2525"/>
        <source>4/4</source>
        <translation>4/4</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="2530"/>
        <source>1/5</source>
        <translation>1/5</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="2535"/>
        <source>2/5</source>
        <translation>2/5</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="2540"/>
        <source>3/5</source>
        <translation>3/5</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="2545"/>
        <source>4/5</source>
        <translation>4/5</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="2550"/>
        <source>5/5</source>
        <translation>5/5</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="2555"/>
        <source>1/6</source>
        <translation>1/6</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="2560"/>
        <source>2/6</source>
        <translation>2/6</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="2565"/>
        <source>3/6</source>
        <translation>3/6</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="2570"/>
        <source>4/6</source>
        <translation>4/6</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="2575"/>
        <source>5/6</source>
        <translation>5/6</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="2580"/>
        <source>6/6</source>
        <translation>6/6</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="2662"/>
        <source>Upload decoded messages to WSPRnet.org.</source>
        <translation>デコードしたメッセージをWSPRnet.orgへアップロード.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="2671"/>
        <source>Upload spots</source>
        <translation>スポットをアップロード</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="2680"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;6 digit locators cause 2 different messages to be sent, the second contains the full locator but only a hashed callsign, other stations must have decoded the first once before they can decode your call in the second. Check this option to only send 4 digit locators if it will avoid the two message protocol.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;6桁のグリッドロケーターは2回のメッセージで送られます, 2回目のメッセージで6桁全部送られますが、コールサインはハッシュになります, 相手局は1回目であなたのコールサインをコピーしていなければなりません.. このオプションをチェックすると4桁のグリッドロケーターしか送らず、6桁のグリッドロケーターを送るための2回のメッセージ送信は行いません.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="2683"/>
        <source>6 digit locators cause 2 different messages to be sent, the second contains the full locator but only a hashed callsign, other stations must have decoded the first once before they can decode your call in the second. Check this option to only send 4 digit locators if it will avoid the two message protocol.</source>
        <translation>6桁のグリッドロケーターは2回のメッセージで送られます, 2回目のメッセージで6桁全部送られますが、コールサインはハッシュになります, 相手局は1回目であなたのコールサインをコピーしていなければなりません.. このオプションをチェックすると4桁のグリッドロケーターしか送らず、6桁のグリッドロケーターを送るための2回のメッセージ送信は行いません.</translation>
    </message>
    <message>
        <source>Prefer type 1 messages</source>
        <translation type="vanished">タイプ1メッセージを使う</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="2696"/>
        <source>No own call decodes</source>
        <translation>自分のコールサインをデコードしない</translation>
    </message>
    <message>
        <source>Transmit during the next 2-minute sequence.</source>
        <translation type="vanished">次の2分送信シーケンスの間に送信.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="2720"/>
        <source>Tx Next</source>
        <translation>次のTx</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="2747"/>
        <source>Set Tx power in dBm (dB above 1 mW) as part of your WSPR message.</source>
        <translation>dBm単位の送信出力をWSPRメッセージに入れる.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="679"/>
        <source>NB  </source>
        <translation>NB  </translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="2813"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="2834"/>
        <source>View</source>
        <translation>表示</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="2848"/>
        <source>Decode</source>
        <translation>デコード</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="2863"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="2871"/>
        <source>Help</source>
        <translation>ヘルプ</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="2891"/>
        <source>Mode</source>
        <translation>モード</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="2912"/>
        <source>Configurations</source>
        <translation>コンフィグレーション</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="2917"/>
        <source>Tools</source>
        <translation>ツール</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="2940"/>
        <source>Exit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation type="vanished">コンフィグレーション</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="2948"/>
        <source>About WSJT-X</source>
        <translation>WSJT-Xについて</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="2956"/>
        <source>Waterfall</source>
        <translation>ウォーターフォール</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="2961"/>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="2964"/>
        <source>Ctrl+O</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="2969"/>
        <source>Open next in directory</source>
        <translation>ディレクトリ中の次のファイルを開く</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="2974"/>
        <source>Decode remaining files in directory</source>
        <translation>ディレクトリ中の残りのファイルをデコード</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="2977"/>
        <source>Shift+F6</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="2982"/>
        <source>Delete all *.wav &amp;&amp; *.c2 files in SaveDir</source>
        <translation>SaveDirのすべての*.wavと*.c2ファイルを削除</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="3004"/>
        <source>None</source>
        <translation>無し</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="3012"/>
        <source>Save all</source>
        <translation>すべて保存</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="3017"/>
        <source>Online User Guide</source>
        <translation>オンラインユーザーガイド</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="3022"/>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="3027"/>
        <source>Special mouse commands</source>
        <translation>特別なマウス操作</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="3038"/>
        <source>JT9</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="3049"/>
        <source>Save decoded</source>
        <translation>デコードしたメッセージを保存</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="3060"/>
        <source>Normal</source>
        <translation>標準</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="3071"/>
        <source>Deep</source>
        <translation>ディープ</translation>
    </message>
    <message>
        <source>Monitor OFF at startup</source>
        <translation type="vanished">起動時モニターオフ</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="3076"/>
        <source>Erase ALL.TXT</source>
        <translation>ALL.TXTを消去</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="3081"/>
        <source>Erase wsjtx_log.adi</source>
        <translation>wsjtx_log.adiを消去</translation>
    </message>
    <message>
        <source>Convert mode to RTTY for logging</source>
        <translation type="vanished">ログのためモードをRTTYに変換</translation>
    </message>
    <message>
        <source>Log dB reports to Comments</source>
        <translation type="vanished">dBレポートをコメントに記録</translation>
    </message>
    <message>
        <source>Prompt me to log QSO</source>
        <translation type="vanished">QSOをログするとき知らせる</translation>
    </message>
    <message>
        <source>Blank line between decoding periods</source>
        <translation type="vanished">デコードタイミング間に空白行を入れる</translation>
    </message>
    <message>
        <source>Clear DX Call and Grid after logging</source>
        <translation type="vanished">ログした後、DXコールサインとグリッドをクリア</translation>
    </message>
    <message>
        <source>Display distance in miles</source>
        <translation type="vanished">距離をマイルで表示</translation>
    </message>
    <message>
        <source>Double-click on call sets Tx Enable</source>
        <translation type="vanished">コールサインをダブルクリックして送信オン</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="3136"/>
        <source>F7</source>
        <translation></translation>
    </message>
    <message>
        <source>Tx disabled after sending 73</source>
        <translation type="vanished">73を送った後送信禁止</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="8449"/>
        <source>Runaway Tx watchdog</source>
        <translation>Txウオッチドッグ発令</translation>
    </message>
    <message>
        <source>Allow multiple instances</source>
        <translation type="vanished">複数のインスタンス起動許可</translation>
    </message>
    <message>
        <source>Tx freq locked to Rx freq</source>
        <translation type="vanished">送信周波数を受信周波数にロック</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="3089"/>
        <source>JT65</source>
        <translation></translation>
    </message>
    <message>
        <source>Tx messages to Rx Frequency window</source>
        <translation type="vanished">送信メッセージを受信周波数ウィンドウへ</translation>
    </message>
    <message>
        <source>Show DXCC entity and worked B4 status</source>
        <translation type="vanished">DXCCエンティティと交信済みステータスを表示</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="3097"/>
        <source>Astronomical data</source>
        <translation>天文データ</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="3102"/>
        <source>List of Type 1 prefixes and suffixes</source>
        <translation>タイプ１プリフィックス、サフィックスのリスト</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="3107"/>
        <source>Settings...</source>
        <translation>設定...</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="3115"/>
        <source>Local User Guide</source>
        <translation>各国版ユーザーガイド</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="3120"/>
        <source>Open log directory</source>
        <translation>ログディレクトリを開く</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="3128"/>
        <source>JT4</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="3133"/>
        <source>Message averaging</source>
        <translation>メッセージ平均化</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="3144"/>
        <source>Enable averaging</source>
        <translation>平均化オン</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="3152"/>
        <source>Enable deep search</source>
        <translation>ディープサーチをオン</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="3160"/>
        <source>WSPR</source>
        <translation>WSPR</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="3165"/>
        <source>Echo Graph</source>
        <translation>エコーグラフ</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="3168"/>
        <source>F8</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="3176"/>
        <source>Echo</source>
        <translation>Echo</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="3179"/>
        <source>EME Echo mode</source>
        <translation>EMEエコーモード</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="3187"/>
        <source>ISCAT</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="3192"/>
        <source>Fast Graph</source>
        <translation>高速グラフ</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="3195"/>
        <source>F9</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="3200"/>
        <source>&amp;Download Samples ...</source>
        <translation>サンプルをダウンロード(&amp;D)...</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="3203"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Download sample audio files demonstrating the various modes.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;いろいろなモードのオーディオファイルをダウンロード.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="3211"/>
        <source>MSK144</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="3219"/>
        <source>QRA64</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="3224"/>
        <source>Release Notes</source>
        <translation>リリースノート</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="3232"/>
        <source>Enable AP for DX Call</source>
        <translation>DXコールのAPをオン</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="3240"/>
        <source>FreqCal</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="3245"/>
        <source>Measure reference spectrum</source>
        <translation>参照スペクトラムを測定</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="3250"/>
        <source>Measure phase response</source>
        <translation>位相応答を測定</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="3255"/>
        <source>Erase reference spectrum</source>
        <translation>参照スペクトラムを消去</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="3263"/>
        <source>Execute frequency calibration cycle</source>
        <translation>周波数較正実行</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="3268"/>
        <source>Equalization tools ...</source>
        <translation>イコライザー...</translation>
    </message>
    <message>
        <source>WSPR-LF</source>
        <translation type="vanished">WSPR-LF</translation>
    </message>
    <message>
        <source>Experimental LF/MF mode</source>
        <translation type="vanished">実験的LF/MFモード</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="3279"/>
        <source>FT8</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="3287"/>
        <location filename="../widgets/mainwindow.ui" line="3295"/>
        <source>Enable AP</source>
        <translation>AP使用</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="3300"/>
        <source>Solve for calibration parameters</source>
        <translation>較正パラメータ計算</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="3305"/>
        <source>Copyright notice</source>
        <translation>著作権表示</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="3308"/>
        <source>Shift+F1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="3316"/>
        <source>Fox log</source>
        <translation>Foxログ</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="3321"/>
        <source>FT8 DXpedition Mode User Guide</source>
        <translation>FT8 DXペディションモードユーザーガイド</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="3326"/>
        <source>Reset Cabrillo log ...</source>
        <translation>Cabrilloログをリセット...</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="3331"/>
        <source>Color highlighting scheme</source>
        <translation>ハイライト設定</translation>
    </message>
    <message>
        <source>Contest Log</source>
        <translation type="vanished">コンテストログ</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="3336"/>
        <source>Export Cabrillo log ...</source>
        <translation>Cabrilloログをエクスポート...</translation>
    </message>
    <message>
        <source>Quick-Start Guide to WSJT-X 2.0</source>
        <translation type="vanished">WSJT-X 2.0クイックスタートガイド</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="3346"/>
        <source>Contest log</source>
        <translation>コンテストログ</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="3351"/>
        <source>Erase WSPR hashtable</source>
        <translation>WSPRハッシュテーブルを消去</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.ui" line="3359"/>
        <source>FT4</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="256"/>
        <source>Rig Control Error</source>
        <translation>無線機制御エラー</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="344"/>
        <location filename="../widgets/mainwindow.cpp" line="4430"/>
        <location filename="../widgets/mainwindow.cpp" line="7902"/>
        <source>Receiving</source>
        <translation>受信中</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="451"/>
        <source>Do you want to reconfigure the radio interface?</source>
        <translation>無線機インターフェイスを再構成しますか?</translation>
    </message>
    <message>
        <source>%1 (%2 sec) audio frames dropped</source>
        <translation type="vanished">%1個 (%2 秒)のオーディオフレームが欠落</translation>
    </message>
    <message>
        <source>Audio Source</source>
        <translation type="vanished">オーディオソース</translation>
    </message>
    <message>
        <source>Reduce system load</source>
        <translation type="vanished">システム負荷軽減</translation>
    </message>
    <message>
        <source>Excessive dropped samples - %1 (%2 sec) audio frames dropped</source>
        <translation type="vanished">サンプル大量欠落 - %1個 (%2秒）のオーディオフレームが欠落</translation>
    </message>
    <message>
        <source>Excessive dropped samples - %1 (%2 sec) audio frames dropped in period starting %3</source>
        <translation type="vanished">サンプル大量欠落 - %3から始まる%1個(%2秒）のオーディオフレームが欠落</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="519"/>
        <source>Error Scanning ADIF Log</source>
        <translation>ADIFログスキャンエラー</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="523"/>
        <source>Scanned ADIF log, %1 worked before records created</source>
        <translation>ADIFログ検索. %1交信済み記録作成しました</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="631"/>
        <source>Error Loading LotW Users Data</source>
        <translation>LotWユーザデータをロードできません</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="750"/>
        <source>Error Writing WAV File</source>
        <translation>WAVファイルを書き込みできません</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="782"/>
        <source>Enumerating audio devices</source>
        <translation>オーディオデバイスを列挙</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="797"/>
        <source>Configurations...</source>
        <translation>コンフィグレーション...</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="863"/>
        <location filename="../widgets/mainwindow.cpp" line="6159"/>
        <location filename="../widgets/mainwindow.cpp" line="6165"/>
        <location filename="../widgets/mainwindow.cpp" line="6203"/>
        <location filename="../widgets/mainwindow.cpp" line="6213"/>
        <location filename="../widgets/mainwindow.cpp" line="6310"/>
        <location filename="../widgets/mainwindow.cpp" line="6311"/>
        <location filename="../widgets/mainwindow.cpp" line="6360"/>
        <location filename="../widgets/mainwindow.cpp" line="6361"/>
        <location filename="../widgets/mainwindow.cpp" line="6367"/>
        <location filename="../widgets/mainwindow.cpp" line="6368"/>
        <location filename="../widgets/mainwindow.cpp" line="6467"/>
        <location filename="../widgets/mainwindow.cpp" line="6468"/>
        <location filename="../widgets/mainwindow.cpp" line="6521"/>
        <location filename="../widgets/mainwindow.cpp" line="6522"/>
        <location filename="../widgets/mainwindow.cpp" line="7580"/>
        <location filename="../widgets/mainwindow.cpp" line="7583"/>
        <location filename="../widgets/mainwindow.cpp" line="7588"/>
        <location filename="../widgets/mainwindow.cpp" line="7591"/>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="877"/>
        <source>Error Killing jt9.exe Process</source>
        <translation>jt9.exeプロセスを終了できません</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="878"/>
        <source>KillByName return code: %1</source>
        <translation>KillByNameリターンコード: %1</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="893"/>
        <source>Error removing &quot;%1&quot;</source>
        <translation>&quot;%1&quot;を削除できません</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="894"/>
        <source>Click OK to retry</source>
        <translation>OKを押して再試行</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="1330"/>
        <location filename="../widgets/mainwindow.cpp" line="6495"/>
        <source>Improper mode</source>
        <translation>不適切なモード</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="1512"/>
        <location filename="../widgets/mainwindow.cpp" line="9096"/>
        <source>File Open Error</source>
        <translation>ファイルオープンエラー</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="1513"/>
        <location filename="../widgets/mainwindow.cpp" line="8031"/>
        <location filename="../widgets/mainwindow.cpp" line="8530"/>
        <location filename="../widgets/mainwindow.cpp" line="9097"/>
        <location filename="../widgets/mainwindow.cpp" line="9226"/>
        <source>Cannot open &quot;%1&quot; for append: %2</source>
        <translation>&quot;%2&quot;を追加する&quot;%1&quot;が開けません</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="1616"/>
        <source>Error saving c2 file</source>
        <translation>c2ファイルを保存できません</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="1816"/>
        <source>Error in Sound Input</source>
        <translation>サウンド入力にエラー発生</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="1822"/>
        <source>Error in Sound Output</source>
        <translation>サウンド出力にエラー発生</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="1887"/>
        <location filename="../widgets/mainwindow.cpp" line="6308"/>
        <location filename="../widgets/mainwindow.cpp" line="6417"/>
        <location filename="../widgets/mainwindow.cpp" line="6465"/>
        <source>Single-Period Decodes</source>
        <translation>シングルパスデコード</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="1888"/>
        <location filename="../widgets/mainwindow.cpp" line="6309"/>
        <location filename="../widgets/mainwindow.cpp" line="6418"/>
        <location filename="../widgets/mainwindow.cpp" line="6466"/>
        <source>Average Decodes</source>
        <translation>平均デコード</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="2185"/>
        <source>Change Operator</source>
        <translation>オペレータ交代</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="2185"/>
        <source>New operator:</source>
        <translation>新オペレータ:</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="2301"/>
        <source>Status File Error</source>
        <translation>ステータスファイルエラー</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="2302"/>
        <location filename="../widgets/mainwindow.cpp" line="5680"/>
        <source>Cannot open &quot;%1&quot; for writing: %2</source>
        <translation>%2を書き込むための&quot;%1&quot;が開けません</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="2432"/>
        <source>Subprocess Error</source>
        <translation>サブプロセスエラー</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="2433"/>
        <source>Subprocess failed with exit code %1</source>
        <translation>サブプロセスエラー 終了コード %1</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="2435"/>
        <location filename="../widgets/mainwindow.cpp" line="2455"/>
        <source>Running: %1
%2</source>
        <translation>実行中: %1
%2</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="2454"/>
        <source>Subprocess error</source>
        <translation>サブプロセスエラー</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="2492"/>
        <source>Reference spectrum saved</source>
        <translation>参照用スペクトラムを保存しました</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="2560"/>
        <source>Invalid data in fmt.all at line %1</source>
        <translation>fmt.allの%1行目に無効なデータ</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="2566"/>
        <source>Good Calibration Solution</source>
        <translation>較正良好</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="2567"/>
        <source>&lt;pre&gt;%1%L2 ±%L3 ppm
%4%L5 ±%L6 Hz

%7%L8
%9%L10 Hz&lt;/pre&gt;</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="2581"/>
        <source>Delete Calibration Measurements</source>
        <translation>較正の測定結果を削除</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="2582"/>
        <source>The &quot;fmt.all&quot; file will be renamed as &quot;fmt.bak&quot;</source>
        <translation>&quot;fmt.all&quot;は&quot;fmt.bak&quot;に名前が変わります</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="2594"/>
        <source>If you make fair use of any part of WSJT-X under terms of the GNU General Public License, you must display the following copyright notice prominently in your derivative work:

&quot;The algorithms, source code, look-and-feel of WSJT-X and related programs, and protocol specifications for the modes FSK441, FST4, FT8, JT4, JT6M, JT9, JT65, JTMS, QRA64, Q65, MSK144 are Copyright (C) 2001-2021 by one or more of the following authors: Joseph Taylor, K1JT; Bill Somerville, G4WJS; Steven Franke, K9AN; Nico Palermo, IV3NWV; Greg Beam, KI7MT; Michael Black, W9MDB; Edson Pereira, PY2SDR; Philip Karn, KA9Q; and other members of the WSJT Development Group.&quot;</source>
        <translation>もしあなたがGNU General Public LicenseのもとでWSJT-Xの一部または全部のコードを使う場合、あなたのアプリで以下の著作権に関する文章を明確に表示しなければなりません.

&quot;The algorithms, source code, look-and-feel of WSJT-X and related programs, and protocol specifications for the modes FSK441, FST4, FT8, JT4, JT6M, JT9, JT65, JTMS, QRA64, Q65, MSK144 are Copyright (C) 2001-2021 by one or more of the following authors: Joseph Taylor, K1JT; Bill Somerville, G4WJS; Steven Franke, K9AN; Nico Palermo, IV3NWV; Greg Beam, KI7MT; Michael Black, W9MDB; Edson Pereira, PY2SDR; Philip Karn, KA9Q; and other members of the WSJT Development Group.&quot;</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="2885"/>
        <source>No data read from disk. Wrong file format?</source>
        <translation>ディスクからデータが読めません.フォーマットが合っていますか?</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="2892"/>
        <source>Confirm Delete</source>
        <translation>削除確認</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="2893"/>
        <source>Are you sure you want to delete all *.wav and *.c2 files in &quot;%1&quot;?</source>
        <translation>&quot;%1&quot;のすべての*.wavと*.c2ファイルを削除していいですか?</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="2930"/>
        <source>Keyboard Shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="2932"/>
        <source>&lt;table cellspacing=1&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc      &lt;/b&gt;&lt;/td&gt;&lt;td&gt;Stop Tx, abort QSO, clear next-call queue&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;F1       &lt;/b&gt;&lt;/td&gt;&lt;td&gt;Online User&apos;s Guide (Alt: transmit Tx6)&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Shift+F1  &lt;/b&gt;&lt;/td&gt;&lt;td&gt;Copyright Notice&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F1  &lt;/b&gt;&lt;/td&gt;&lt;td&gt;About WSJT-X&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;F2       &lt;/b&gt;&lt;/td&gt;&lt;td&gt;Open settings window (Alt: transmit Tx2)&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;F3       &lt;/b&gt;&lt;/td&gt;&lt;td&gt;Display keyboard shortcuts (Alt: transmit Tx3)&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;F4       &lt;/b&gt;&lt;/td&gt;&lt;td&gt;Clear DX Call, DX Grid, Tx messages 1-4 (Alt: transmit Tx4)&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+F4   &lt;/b&gt;&lt;/td&gt;&lt;td&gt;Exit program&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;F5       &lt;/b&gt;&lt;/td&gt;&lt;td&gt;Display special mouse commands (Alt: transmit Tx5)&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;F6       &lt;/b&gt;&lt;/td&gt;&lt;td&gt;Open next file in directory (Alt: toggle &quot;Call 1st&quot;)&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Shift+F6 &lt;/b&gt;&lt;/td&gt;&lt;td&gt;Decode all remaining files in directory&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;F7       &lt;/b&gt;&lt;/td&gt;&lt;td&gt;Display Message Averaging window&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;F11      &lt;/b&gt;&lt;/td&gt;&lt;td&gt;Move Rx frequency down 1 Hz&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F11 &lt;/b&gt;&lt;/td&gt;&lt;td&gt;Move identical Rx and Tx frequencies down 1 Hz&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Shift+F11 &lt;/b&gt;&lt;/td&gt;&lt;td&gt;Move Tx frequency down 60 Hz (FT8) or 90 Hz (FT4)&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+F11 &lt;/b&gt;&lt;/td&gt;&lt;td&gt;Move dial frequency down 2000 Hz&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;F12      &lt;/b&gt;&lt;/td&gt;&lt;td&gt;Move Rx frequency up 1 Hz&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F12 &lt;/b&gt;&lt;/td&gt;&lt;td&gt;Move identical Rx and Tx frequencies up 1 Hz&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Shift+F12 &lt;/b&gt;&lt;/td&gt;&lt;td&gt;Move Tx frequency up 60 Hz (FT8) or 90 Hz (FT4)&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+F12 &lt;/b&gt;&lt;/td&gt;&lt;td&gt;Move dial frequency up 2000 Hz&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+1-6  &lt;/b&gt;&lt;/td&gt;&lt;td&gt;Set now transmission to this number on Tab 1&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctl+1-6  &lt;/b&gt;&lt;/td&gt;&lt;td&gt;Set next transmission to this number on Tab 1&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+B    &lt;/b&gt;&lt;/td&gt;&lt;td&gt;Toggle &quot;Best S+P&quot; status&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+C    &lt;/b&gt;&lt;/td&gt;&lt;td&gt;Toggle &quot;Call 1st&quot; checkbox&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+D    &lt;/b&gt;&lt;/td&gt;&lt;td&gt;Decode again at QSO frequency&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Shift+D  &lt;/b&gt;&lt;/td&gt;&lt;td&gt;Full decode (both windows)&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+E   &lt;/b&gt;&lt;/td&gt;&lt;td&gt;Turn on TX even/1st&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Shift+E  &lt;/b&gt;&lt;/td&gt;&lt;td&gt;Turn off TX even/1st&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+E    &lt;/b&gt;&lt;/td&gt;&lt;td&gt;Erase&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F   &lt;/b&gt;&lt;/td&gt;&lt;td&gt;Edit the free text message box&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+G    &lt;/b&gt;&lt;/td&gt;&lt;td&gt;Generate standard messages&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+H    &lt;/b&gt;&lt;/td&gt;&lt;td&gt;Halt Tx&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+L   &lt;/b&gt;&lt;/td&gt;&lt;td&gt;Lookup callsign in database, generate standard messages&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+M    &lt;/b&gt;&lt;/td&gt;&lt;td&gt;Monitor&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+N    &lt;/b&gt;&lt;/td&gt;&lt;td&gt;Enable Tx&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+O   &lt;/b&gt;&lt;/td&gt;&lt;td&gt;Open a .wav file&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+O    &lt;/b&gt;&lt;/td&gt;&lt;td&gt;Change operator&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Q    &lt;/b&gt;&lt;/td&gt;&lt;td&gt;Log QSO&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+R   &lt;/b&gt;&lt;/td&gt;&lt;td&gt;Set Tx4 message to RRR (not in FT4)&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+R    &lt;/b&gt;&lt;/td&gt;&lt;td&gt;Set Tx4 message to RR73&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+S    &lt;/b&gt;&lt;/td&gt;&lt;td&gt;Stop monitoring&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+T    &lt;/b&gt;&lt;/td&gt;&lt;td&gt;Toggle Tune status&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Z    &lt;/b&gt;&lt;/td&gt;&lt;td&gt;Clear hung decoder status&lt;/td&gt;&lt;/tr&gt;
&lt;/table&gt;</source>
        <extracomment>Keyboard shortcuts help window contents</extracomment>
        <translation>&lt;table cellspacing=1&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc      &lt;/b&gt;&lt;/td&gt;&lt;td&gt;送信中止 QSO終了, 次の送信をクリア&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;F1       &lt;/b&gt;&lt;/td&gt;&lt;td&gt;オンラインユーザーガイド (Alt: transmit Tx6)&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Shift+F1  &lt;/b&gt;&lt;/td&gt;&lt;td&gt;著作権表示&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F1  &lt;/b&gt;&lt;/td&gt;&lt;td&gt;WSJT-Xについて&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;F2       &lt;/b&gt;&lt;/td&gt;&lt;td&gt;設定ウィンドウを開く (Alt: transmit Tx2)&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;F3       &lt;/b&gt;&lt;/td&gt;&lt;td&gt;キーボードショートカットを表示 (Alt: transmit Tx3)&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;F4       &lt;/b&gt;&lt;/td&gt;&lt;td&gt;DXコール、グリッド、送信メッセージ１～4をクリア (Alt: transmit Tx4)&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+F4   &lt;/b&gt;&lt;/td&gt;&lt;td&gt;プログラム終了&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;F5       &lt;/b&gt;&lt;/td&gt;&lt;td&gt;特別なマウスコマンドを表示 (Alt: transmit Tx5)&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;F6       &lt;/b&gt;&lt;/td&gt;&lt;td&gt;ディレクトリ内の次のファイルを開く (Alt: toggle &quot;Call 1st&quot;)&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Shift+F6 &lt;/b&gt;&lt;/td&gt;&lt;td&gt;ディレクトリ内の残りのファイルをすべてデコード&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;F7       &lt;/b&gt;&lt;/td&gt;&lt;td&gt;メッセージ平均化ウィンドウを表示&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;F11      &lt;/b&gt;&lt;/td&gt;&lt;td&gt;受信周波数を1 Hz下げる&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F11 &lt;/b&gt;&lt;/td&gt;&lt;td&gt;送受信周波数を1 Hz下げる&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Shift+F11 &lt;/b&gt;&lt;/td&gt;&lt;td&gt;送信周波数を60 Hz (FT8) または 90 Hz (FT4)下げる&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+F11 &lt;/b&gt;&lt;/td&gt;&lt;td&gt;ダイアル周波数を2000 Hz下げる&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;F12      &lt;/b&gt;&lt;/td&gt;&lt;td&gt;受信周波数を1 Hz&lt;上げる/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F12 &lt;/b&gt;&lt;/td&gt;&lt;td&gt;送受信周波数を1 Hz上げる&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Shift+F12 &lt;/b&gt;&lt;/td&gt;&lt;td&gt;送信周波数を60 Hz (FT8) または 90 Hz (FT4)上げる&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+F12 &lt;/b&gt;&lt;/td&gt;&lt;td&gt;ダイアル周波数を2000 Hz上げる&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+1-6  &lt;/b&gt;&lt;/td&gt;&lt;td&gt;この番号をタブ1の送信中番号へセット&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctl+1-6  &lt;/b&gt;&lt;/td&gt;&lt;td&gt;この番号をタブ１の次回送信番号へセット&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+B    &lt;/b&gt;&lt;/td&gt;&lt;td&gt; &quot;Best S+P&quot; ステータスをトグル&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+C    &lt;/b&gt;&lt;/td&gt;&lt;td&gt; &quot;Call 1st&quot; チェックボックスをトグル&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+D    &lt;/b&gt;&lt;/td&gt;&lt;td&gt;QSO周波数でもう一度デコード&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Shift+D  &lt;/b&gt;&lt;/td&gt;&lt;td&gt;フルデコード(両ウィンドウ)&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+E   &lt;/b&gt;&lt;/td&gt;&lt;td&gt;TX even/1stをオン&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Shift+E  &lt;/b&gt;&lt;/td&gt;&lt;td&gt;TX even/1stをオフ&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+E    &lt;/b&gt;&lt;/td&gt;&lt;td&gt;消去&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F   &lt;/b&gt;&lt;/td&gt;&lt;td&gt;フリーテキストメッセージボックスを編集&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+G    &lt;/b&gt;&lt;/td&gt;&lt;td&gt;標準メッセージを生成&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+H    &lt;/b&gt;&lt;/td&gt;&lt;td&gt;送信中断&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+L   &lt;/b&gt;&lt;/td&gt;&lt;td&gt;データベースでコールサインを検索, 標準メッセージを生成&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+M    &lt;/b&gt;&lt;/td&gt;&lt;td&gt;受信&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+N    &lt;/b&gt;&lt;/td&gt;&lt;td&gt;送信許可&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+O   &lt;/b&gt;&lt;/td&gt;&lt;td&gt;.wav ファイルを開く&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+O    &lt;/b&gt;&lt;/td&gt;&lt;td&gt;オペレータ交代&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Q    &lt;/b&gt;&lt;/td&gt;&lt;td&gt;QSOをログイン&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+R   &lt;/b&gt;&lt;/td&gt;&lt;td&gt;Tx4 メッセージをRRRに(FT4以外)&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+R    &lt;/b&gt;&lt;/td&gt;&lt;td&gt;Tx4 メッセージをRR73に&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+S    &lt;/b&gt;&lt;/td&gt;&lt;td&gt;受信停止&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+T    &lt;/b&gt;&lt;/td&gt;&lt;td&gt;Tune ステータスをトグル&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Z    &lt;/b&gt;&lt;/td&gt;&lt;td&gt;デコードステータスをクリア&lt;/td&gt;&lt;/tr&gt;
&lt;/table&gt;</translation>
    </message>
    <message>
        <source>&lt;table cellspacing=1&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc      &lt;/b&gt;&lt;/td&gt;&lt;td&gt;Stop Tx, abort QSO, clear next-call queue&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;F1       &lt;/b&gt;&lt;/td&gt;&lt;td&gt;Online User&apos;s Guide (Alt: transmit Tx6)&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Shift+F1  &lt;/b&gt;&lt;/td&gt;&lt;td&gt;Copyright Notice&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F1  &lt;/b&gt;&lt;/td&gt;&lt;td&gt;About WSJT-X&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;F2       &lt;/b&gt;&lt;/td&gt;&lt;td&gt;Open settings window (Alt: transmit Tx2)&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;F3       &lt;/b&gt;&lt;/td&gt;&lt;td&gt;Display keyboard shortcuts (Alt: transmit Tx3)&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;F4       &lt;/b&gt;&lt;/td&gt;&lt;td&gt;Clear DX Call, DX Grid, Tx messages 1-4 (Alt: transmit Tx4)&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+F4   &lt;/b&gt;&lt;/td&gt;&lt;td&gt;Exit program&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;F5       &lt;/b&gt;&lt;/td&gt;&lt;td&gt;Display special mouse commands (Alt: transmit Tx5)&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;F6       &lt;/b&gt;&lt;/td&gt;&lt;td&gt;Open next file in directory (Alt: toggle &quot;Call 1st&quot;)&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Shift+F6 &lt;/b&gt;&lt;/td&gt;&lt;td&gt;Decode all remaining files in directrory&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;F7       &lt;/b&gt;&lt;/td&gt;&lt;td&gt;Display Message Averaging window&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;F11      &lt;/b&gt;&lt;/td&gt;&lt;td&gt;Move Rx frequency down 1 Hz&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F11 &lt;/b&gt;&lt;/td&gt;&lt;td&gt;Move identical Rx and Tx frequencies down 1 Hz&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Shift+F11 &lt;/b&gt;&lt;/td&gt;&lt;td&gt;Move Tx frequency down 60 Hz (FT8) or 90 Hz (FT4)&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+F11 &lt;/b&gt;&lt;/td&gt;&lt;td&gt;Move dial frequency down 2000 Hz&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;F12      &lt;/b&gt;&lt;/td&gt;&lt;td&gt;Move Rx frequency up 1 Hz&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F12 &lt;/b&gt;&lt;/td&gt;&lt;td&gt;Move identical Rx and Tx frequencies up 1 Hz&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Shift+F12 &lt;/b&gt;&lt;/td&gt;&lt;td&gt;Move Tx frequency up 60 Hz (FT8) or 90 Hz (FT4)&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+F12 &lt;/b&gt;&lt;/td&gt;&lt;td&gt;Move dial frequency up 2000 Hz&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+1-6  &lt;/b&gt;&lt;/td&gt;&lt;td&gt;Set now transmission to this number on Tab 1&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctl+1-6  &lt;/b&gt;&lt;/td&gt;&lt;td&gt;Set next transmission to this number on Tab 1&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+B    &lt;/b&gt;&lt;/td&gt;&lt;td&gt;Toggle &quot;Best S+P&quot; status&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+C    &lt;/b&gt;&lt;/td&gt;&lt;td&gt;Toggle &quot;Call 1st&quot; checkbox&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+D    &lt;/b&gt;&lt;/td&gt;&lt;td&gt;Decode again at QSO frequency&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Shift+D  &lt;/b&gt;&lt;/td&gt;&lt;td&gt;Full decode (both windows)&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+E   &lt;/b&gt;&lt;/td&gt;&lt;td&gt;Turn on TX even/1st&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Shift+E  &lt;/b&gt;&lt;/td&gt;&lt;td&gt;Turn off TX even/1st&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+E    &lt;/b&gt;&lt;/td&gt;&lt;td&gt;Erase&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F   &lt;/b&gt;&lt;/td&gt;&lt;td&gt;Edit the free text message box&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+G    &lt;/b&gt;&lt;/td&gt;&lt;td&gt;Generate standard messages&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+H    &lt;/b&gt;&lt;/td&gt;&lt;td&gt;Halt Tx&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+L   &lt;/b&gt;&lt;/td&gt;&lt;td&gt;Lookup callsign in database, generate standard messages&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+M    &lt;/b&gt;&lt;/td&gt;&lt;td&gt;Monitor&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+N    &lt;/b&gt;&lt;/td&gt;&lt;td&gt;Enable Tx&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+O   &lt;/b&gt;&lt;/td&gt;&lt;td&gt;Open a .wav file&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+O    &lt;/b&gt;&lt;/td&gt;&lt;td&gt;Change operator&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Q    &lt;/b&gt;&lt;/td&gt;&lt;td&gt;Log QSO&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+R   &lt;/b&gt;&lt;/td&gt;&lt;td&gt;Set Tx4 message to RRR (not in FT4)&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+R    &lt;/b&gt;&lt;/td&gt;&lt;td&gt;Set Tx4 message to RR73&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+S    &lt;/b&gt;&lt;/td&gt;&lt;td&gt;Stop monitoring&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+T    &lt;/b&gt;&lt;/td&gt;&lt;td&gt;Toggle Tune status&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Z    &lt;/b&gt;&lt;/td&gt;&lt;td&gt;Clear hung decoder status&lt;/td&gt;&lt;/tr&gt;
&lt;/table&gt;</source>
        <extracomment>Keyboard shortcuts help window contents</extracomment>
        <translation type="vanished">&lt;table cellspacing=1&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc      &lt;/b&gt;&lt;/td&gt;&lt;td&gt;送信中止 QSO終了, 次の送信をクリア&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;F1       &lt;/b&gt;&lt;/td&gt;&lt;td&gt;オンラインユーザーガイド (Alt: transmit Tx6)&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Shift+F1  &lt;/b&gt;&lt;/td&gt;&lt;td&gt;著作権表示&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F1  &lt;/b&gt;&lt;/td&gt;&lt;td&gt;WSJT-Xについて&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;F2       &lt;/b&gt;&lt;/td&gt;&lt;td&gt;設定ウィンドウを開く (Alt: transmit Tx2)&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;F3       &lt;/b&gt;&lt;/td&gt;&lt;td&gt;キーボードショートカットを表示 (Alt: transmit Tx3)&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;F4       &lt;/b&gt;&lt;/td&gt;&lt;td&gt;DXコール、グリッド、送信メッセージ１～4をクリア (Alt: transmit Tx4)&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+F4   &lt;/b&gt;&lt;/td&gt;&lt;td&gt;プログラム終了&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;F5       &lt;/b&gt;&lt;/td&gt;&lt;td&gt;特別なマウスコマンドを表示 (Alt: transmit Tx5)&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;F6       &lt;/b&gt;&lt;/td&gt;&lt;td&gt;ディレクトリ内の次のファイルを開く (Alt: toggle &quot;Call 1st&quot;)&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Shift+F6 &lt;/b&gt;&lt;/td&gt;&lt;td&gt;ディレクトリ内の残りのファイルをすべてデコード&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;F7       &lt;/b&gt;&lt;/td&gt;&lt;td&gt;メッセージ平均化ウィンドウを表示&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;F11      &lt;/b&gt;&lt;/td&gt;&lt;td&gt;受信周波数を1 Hz下げる&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F11 &lt;/b&gt;&lt;/td&gt;&lt;td&gt;送受信周波数を1 Hz下げる&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Shift+F11 &lt;/b&gt;&lt;/td&gt;&lt;td&gt;送信周波数を60 Hz (FT8) または 90 Hz (FT4)下げる&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+F11 &lt;/b&gt;&lt;/td&gt;&lt;td&gt;ダイアル周波数を2000 Hz下げる&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;F12      &lt;/b&gt;&lt;/td&gt;&lt;td&gt;受信周波数を1 Hz&lt;上げる/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F12 &lt;/b&gt;&lt;/td&gt;&lt;td&gt;送受信周波数を1 Hz上げる&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Shift+F12 &lt;/b&gt;&lt;/td&gt;&lt;td&gt;送信周波数を60 Hz (FT8) または 90 Hz (FT4)上げる&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+F12 &lt;/b&gt;&lt;/td&gt;&lt;td&gt;ダイアル周波数を2000 Hz上げる&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+1-6  &lt;/b&gt;&lt;/td&gt;&lt;td&gt;この番号をタブ1の送信中番号へセット&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctl+1-6  &lt;/b&gt;&lt;/td&gt;&lt;td&gt;この番号をタブ１の次回送信番号へセット&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+B    &lt;/b&gt;&lt;/td&gt;&lt;td&gt; &quot;Best S+P&quot; ステータスをトグル&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+C    &lt;/b&gt;&lt;/td&gt;&lt;td&gt; &quot;Call 1st&quot; チェックボックスをトグル&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+D    &lt;/b&gt;&lt;/td&gt;&lt;td&gt;QSO周波数でもう一度デコード&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Shift+D  &lt;/b&gt;&lt;/td&gt;&lt;td&gt;フルデコード(両ウィンドウ)&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+E   &lt;/b&gt;&lt;/td&gt;&lt;td&gt;TX even/1stをオン&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Shift+E  &lt;/b&gt;&lt;/td&gt;&lt;td&gt;TX even/1stをオフ&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+E    &lt;/b&gt;&lt;/td&gt;&lt;td&gt;消去&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F   &lt;/b&gt;&lt;/td&gt;&lt;td&gt;フリーテキストメッセージボックスを編集&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+G    &lt;/b&gt;&lt;/td&gt;&lt;td&gt;標準メッセージを生成&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+H    &lt;/b&gt;&lt;/td&gt;&lt;td&gt;送信中断&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+L   &lt;/b&gt;&lt;/td&gt;&lt;td&gt;データベースでコールサインを検索, 標準メッセージを生成&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+M    &lt;/b&gt;&lt;/td&gt;&lt;td&gt;受信&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+N    &lt;/b&gt;&lt;/td&gt;&lt;td&gt;送信許可&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+O   &lt;/b&gt;&lt;/td&gt;&lt;td&gt;.wav ファイルを開く&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+O    &lt;/b&gt;&lt;/td&gt;&lt;td&gt;オペレータ交代&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Q    &lt;/b&gt;&lt;/td&gt;&lt;td&gt;QSOをログイン&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+R   &lt;/b&gt;&lt;/td&gt;&lt;td&gt;Tx4 メッセージをRRRに(FT4以外)&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+R    &lt;/b&gt;&lt;/td&gt;&lt;td&gt;Tx4 メッセージをRR73に&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+S    &lt;/b&gt;&lt;/td&gt;&lt;td&gt;受信停止&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+T    &lt;/b&gt;&lt;/td&gt;&lt;td&gt;Tune ステータスをトグル&lt;/td&gt;&lt;/tr&gt;
  &lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Z    &lt;/b&gt;&lt;/td&gt;&lt;td&gt;デコードステータスをクリア&lt;/td&gt;&lt;/tr&gt;
&lt;/table&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="2988"/>
        <source>Special Mouse Commands</source>
        <translation>特別なマウス操作</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="2990"/>
        <source>&lt;table cellpadding=5&gt;
  &lt;tr&gt;
    &lt;th align=&quot;right&quot;&gt;Click on&lt;/th&gt;
    &lt;th align=&quot;left&quot;&gt;Action&lt;/th&gt;
  &lt;/tr&gt;
  &lt;tr&gt;
    &lt;td align=&quot;right&quot;&gt;Waterfall:&lt;/td&gt;
    &lt;td&gt;&lt;b&gt;Click&lt;/b&gt; to set Rx frequency.&lt;br/&gt;
        &lt;b&gt;Shift-click&lt;/b&gt; to set Tx frequency.&lt;br/&gt;
        &lt;b&gt;Ctrl-click&lt;/b&gt; or &lt;b&gt;Right-click&lt;/b&gt; to set Rx and Tx frequencies.&lt;br/&gt;
        &lt;b&gt;Double-click&lt;/b&gt; to also decode at Rx frequency.&lt;br/&gt;
    &lt;/td&gt;
  &lt;/tr&gt;
  &lt;tr&gt;
    &lt;td align=&quot;right&quot;&gt;Decoded text:&lt;/td&gt;
    &lt;td&gt;&lt;b&gt;Double-click&lt;/b&gt; to copy second callsign to Dx Call,&lt;br/&gt;
        locator to Dx Grid, change Rx and Tx frequency to&lt;br/&gt;
        decoded signal&apos;s frequency, and generate standard&lt;br/&gt;
        messages.&lt;br/&gt;
        If &lt;b&gt;Hold Tx Freq&lt;/b&gt; is checked or first callsign in message&lt;br/&gt;
        is your own call, Tx frequency is not changed unless &lt;br/&gt;
        &lt;b&gt;Ctrl&lt;/b&gt; is held down.&lt;br/&gt;
    &lt;/td&gt;
  &lt;/tr&gt;
  &lt;tr&gt;
    &lt;td align=&quot;right&quot;&gt;Erase button:&lt;/td&gt;
    &lt;td&gt;&lt;b&gt;Click&lt;/b&gt; to erase QSO window.&lt;br/&gt;
        &lt;b&gt;Double-click&lt;/b&gt; to erase QSO and Band Activity windows.
    &lt;/td&gt;
  &lt;/tr&gt;
&lt;/table&gt;</source>
        <extracomment>Mouse commands help window contents</extracomment>
        <translation>&lt;table cellpadding=5&gt;
  &lt;tr&gt;
    &lt;th align=&quot;right&quot;&gt;クリック&lt;/th&gt;
    &lt;th align=&quot;left&quot;&gt;動作&lt;/th&gt;
  &lt;/tr&gt;
  &lt;tr&gt;
    &lt;td align=&quot;right&quot;&gt;ウォーターフォール:&lt;/td&gt;
    &lt;td&gt;&lt;b&gt;クリックし&lt;/b&gt;受信周波数をセット.&lt;br/&gt;
        &lt;b&gt;シフトを押しながらクリックし&lt;/b&gt;送信周波数をセット.&lt;br/&gt;
        &lt;b&gt;コントロールを押しながらクリック&lt;/b&gt; または &lt;b&gt;右クリックし&lt;/b&gt;送信受信周波数をセット.&lt;br/&gt;
        &lt;b&gt;ダブルクリック&lt;/b&gt;受信周波数でデコード.&lt;br/&gt;
    &lt;/td&gt;
  &lt;/tr&gt;
  &lt;tr&gt;
    &lt;td align=&quot;right&quot;&gt;デコードされたテキスト:&lt;/td&gt;
    &lt;td&gt;&lt;b&gt;ダブルクリックし&lt;/b&gt;２番めのコールをDxコールにセット,&lt;br/&gt;
        ロケータをDxグリッドにセット, 送受信周波数を&lt;br/&gt;
        デコードした周波数にセット, さらに標準メッセージを&lt;br/&gt;
        生成.&lt;br/&gt;
        もし &lt;b&gt;Hold Tx Freq&lt;/b&gt; がチェックされているか、メッセージの最初のコールが&lt;br/&gt;
        あなたのコールの場合は送信周波数変化なし &lt;br/&gt;
        &lt;b&gt;コントロールキー&lt;/b&gt; が押されていれば変化する.&lt;br/&gt;
    &lt;/td&gt;
  &lt;/tr&gt;
  &lt;tr&gt;
    &lt;td align=&quot;right&quot;&gt;消去ボタン:&lt;/td&gt;
    &lt;td&gt;&lt;b&gt;クリックして&lt;/b&gt;QSOウィンドウをクリア.&lt;br/&gt;
        &lt;b&gt;ダブルクリックして&lt;/b&gt;QSOウィンドウとバンドアクティビティウィンドウをクリア.
    &lt;/td&gt;
  &lt;/tr&gt;
&lt;/table&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="3341"/>
        <source>No more files to open.</source>
        <translation>これ以上開くファイルがありません.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="3723"/>
        <source>Spotting to PSK Reporter unavailable</source>
        <translation>現在PSK Reporterにスポットできません</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="3888"/>
        <source>Please choose another Tx frequency. WSJT-X will not knowingly transmit another mode in the WSPR sub-band on 30m.</source>
        <translation>他の送信周波数を使ってください. WSJT-Xは30mバンドのWSPRサブバンド中の他のモードを受信せずに送信してしまいます.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="3892"/>
        <source>WSPR Guard Band</source>
        <translation>WSPRガードバンド</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="3905"/>
        <source>Please choose another dial frequency. WSJT-X will not operate in Fox mode in the standard FT8 sub-bands.</source>
        <translation>他のダイヤル周波数を使ってください.&#x3000;WSJT-XはFT8の標準サブバンドでFoxモードを使えません。</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="3909"/>
        <source>Fox Mode warning</source>
        <translation>Foxモード警告</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="4532"/>
        <source>Last Tx: %1</source>
        <translation>最終送信: %1</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="4927"/>
        <source>Should you switch to EU VHF Contest mode?

To do so, check &apos;Special operating activity&apos; and
&apos;EU VHF Contest&apos; on the Settings | Advanced tab.</source>
        <translation>EU VHFコンテストモードに切り替えますか?

設定｜詳細タブで設定変更してください.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="4946"/>
        <source>Should you switch to ARRL Field Day mode?</source>
        <translation>ARRLフィールドデーモードに切り替えますか?</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="4951"/>
        <source>Should you switch to RTTY contest mode?</source>
        <translation>RTTYコンテストモードに切り替えますか?</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="5641"/>
        <location filename="../widgets/mainwindow.cpp" line="5660"/>
        <location filename="../widgets/mainwindow.cpp" line="5679"/>
        <location filename="../widgets/mainwindow.cpp" line="5705"/>
        <source>Add to CALL3.TXT</source>
        <translation>CALL3.TXTへ追加</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="5642"/>
        <source>Please enter a valid grid locator</source>
        <translation>有効なグリッドロケータを入力してください</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="5661"/>
        <source>Cannot open &quot;%1&quot; for read/write: %2</source>
        <translation>%2を読み書きするための&quot;%1&quot;が開けません</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="5703"/>
        <source>%1
is already in CALL3.TXT, do you wish to replace it?</source>
        <translation>%1
がすでにCALL3.TXTにセットされています。置き換えますか?</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="5887"/>
        <source>Warning:  DX Call field is empty.</source>
        <translation>警告  DXコールが空白です.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="5944"/>
        <source>Log file error</source>
        <translation>ログファイルエラー</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="5945"/>
        <source>Cannot open &quot;%1&quot;</source>
        <translation>&quot;%1&quot;を開けません</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="5961"/>
        <source>Error sending log to N1MM</source>
        <translation>N1MMへログを送れません</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="5962"/>
        <source>Write returned &quot;%1&quot;</source>
        <translation>応答&quot;%1&quot;を書き込み</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="6209"/>
        <source>Stations calling DXpedition %1</source>
        <translation>DXペディション %1を呼ぶ局</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="6244"/>
        <source>Hound</source>
        <translation>Hound</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="6527"/>
        <source>Tx Messages</source>
        <translation>送信メッセージ</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="6818"/>
        <location filename="../widgets/mainwindow.cpp" line="6851"/>
        <location filename="../widgets/mainwindow.cpp" line="6861"/>
        <source>Confirm Erase</source>
        <translation>消去確認</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="6819"/>
        <source>Are you sure you want to erase file ALL.TXT?</source>
        <translation>ALL.TXTファイルを消去してよいですか？</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="6829"/>
        <location filename="../widgets/mainwindow.cpp" line="8575"/>
        <source>Confirm Reset</source>
        <translation>リセット確認</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="6830"/>
        <source>Are you sure you want to erase your contest log?</source>
        <translation>コンテストログを消去していいですか?</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="6831"/>
        <source>Doing this will remove all QSO records for the current contest. They will be kept in the ADIF log file but will not be available for export in your Cabrillo log.</source>
        <translation>現在のコンテストのQSO記録をすべて消去します。ADIFログには記録されますがCabrilloログにエクスポートすることはできません.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="6844"/>
        <source>Cabrillo Log saved</source>
        <translation>Cabrilloログ保存しました</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="6852"/>
        <source>Are you sure you want to erase file wsjtx_log.adi?</source>
        <translation>wsjtx_log.adiを消してもよいですか?</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="6862"/>
        <source>Are you sure you want to erase the WSPR hashtable?</source>
        <translation>WSPRのハッシュテーブルを消してもよいですか?</translation>
    </message>
    <message>
        <source>VHF features warning</source>
        <translation type="vanished">VHF機能警告</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="7430"/>
        <source>Tune digital gain </source>
        <translation>チューンのデジタルゲイン </translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="7432"/>
        <source>Transmit digital gain </source>
        <translation>送信デジタルゲイン </translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="7451"/>
        <source>Prefixes</source>
        <translation>プリフィックス</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="7869"/>
        <source>Network Error</source>
        <translation>ネットワークエラー</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="7870"/>
        <source>Error: %1
UDP server %2:%3</source>
        <translation>エラー %1
UDPサーバー %2:%3</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="8030"/>
        <source>File Error</source>
        <translation>ファイルエラー</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="8316"/>
        <source>Phase Training Disabled</source>
        <translation>位相調整オフ</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="8319"/>
        <source>Phase Training Enabled</source>
        <translation>位相調整オン</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="8464"/>
        <source>WD:%1m</source>
        <translation>WD:%1m</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="8533"/>
        <location filename="../widgets/mainwindow.cpp" line="9229"/>
        <source>Log File Error</source>
        <translation>ログファイルエラー</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="8576"/>
        <source>Are you sure you want to clear the QSO queues?</source>
        <translation>QSO待ち行列をクリアしてもいいですか?</translation>
    </message>
</context>
<context>
    <name>MessageAveraging</name>
    <message>
        <location filename="../widgets/messageaveraging.ui" line="14"/>
        <location filename="../widgets/messageaveraging.cpp" line="19"/>
        <source>Message Averaging</source>
        <translation>メッセージ平均化</translation>
    </message>
    <message>
        <location filename="../widgets/messageaveraging.ui" line="29"/>
        <source>   UTC  Sync    DT  Freq   </source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Modes</name>
    <message>
        <location filename="../models/Modes.cpp" line="66"/>
        <location filename="../models/Modes.cpp" line="93"/>
        <source>Mode</source>
        <translation>モード</translation>
    </message>
</context>
<context>
    <name>MultiSettings</name>
    <message>
        <location filename="../MultiSettings.cpp" line="39"/>
        <source>Default</source>
        <translation>デフォルト</translation>
    </message>
</context>
<context>
    <name>MultiSettings::impl</name>
    <message>
        <location filename="../MultiSettings.cpp" line="489"/>
        <source>&amp;Switch To</source>
        <translation>変更(&amp;S)</translation>
    </message>
    <message>
        <location filename="../MultiSettings.cpp" line="497"/>
        <source>&amp;Clone</source>
        <translation>クローン(&amp;C)</translation>
    </message>
    <message>
        <location filename="../MultiSettings.cpp" line="508"/>
        <source>Clone &amp;Into ...</source>
        <translation>名前をつけてクローン(&amp;I)...</translation>
    </message>
    <message>
        <location filename="../MultiSettings.cpp" line="515"/>
        <source>R&amp;eset</source>
        <translation>リセット(&amp;R)</translation>
    </message>
    <message>
        <location filename="../MultiSettings.cpp" line="521"/>
        <source>&amp;Rename ...</source>
        <translation>名前の変更(&amp;R)...</translation>
    </message>
    <message>
        <location filename="../MultiSettings.cpp" line="529"/>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../MultiSettings.cpp" line="672"/>
        <source>Clone Into Configuration</source>
        <translation>コンフィグレーションへクローン</translation>
    </message>
    <message>
        <location filename="../MultiSettings.cpp" line="673"/>
        <source>Confirm overwrite of all values for configuration &quot;%1&quot; with values from &quot;%2&quot;?</source>
        <translation>コンフィグレーション%1のすべての項目を%2で置き換えていいですか?</translation>
    </message>
    <message>
        <location filename="../MultiSettings.cpp" line="718"/>
        <source>Reset Configuration</source>
        <translation>コンフィグレーションをリセット</translation>
    </message>
    <message>
        <location filename="../MultiSettings.cpp" line="719"/>
        <source>Confirm reset to default values for configuration &quot;%1&quot;?</source>
        <translation>コンフィグレーション&quot;%1&quot;をデフォルト値にリセットしてもいいですか？</translation>
    </message>
    <message>
        <location filename="../MultiSettings.cpp" line="805"/>
        <source>Delete Configuration</source>
        <translation>コンフィグレーションを削除</translation>
    </message>
    <message>
        <location filename="../MultiSettings.cpp" line="806"/>
        <source>Confirm deletion of configuration &quot;%1&quot;?</source>
        <translation>コンフィグレーション&quot;%1&quot;を削除していいですか?</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <location filename="../MultiSettings.cpp" line="76"/>
        <source>New Configuration Name</source>
        <translation>新しいコンフィグレーション名</translation>
    </message>
    <message>
        <location filename="../MultiSettings.cpp" line="79"/>
        <source>Old name:</source>
        <translation>元の名前:</translation>
    </message>
    <message>
        <location filename="../MultiSettings.cpp" line="81"/>
        <source>&amp;New name:</source>
        <translation>新しい名前(&amp;N):</translation>
    </message>
</context>
<context>
    <name>NetworkAccessManager</name>
    <message>
        <location filename="../Network/NetworkAccessManager.cpp" line="38"/>
        <source>Network SSL/TLS Errors</source>
        <translation>ネットワークSSL/TLSエラー</translation>
    </message>
</context>
<context>
    <name>OmniRigTransceiver</name>
    <message>
        <location filename="../Transceiver/OmniRigTransceiver.cpp" line="53"/>
        <source>OmniRig: unrecognized mode</source>
        <translation>OmniRig: 認識できないモード</translation>
    </message>
    <message>
        <location filename="../Transceiver/OmniRigTransceiver.cpp" line="140"/>
        <source>Failed to start OmniRig COM server</source>
        <translation>OmniRig COMサーバーが開始できません</translation>
    </message>
    <message>
        <location filename="../Transceiver/OmniRigTransceiver.cpp" line="263"/>
        <location filename="../Transceiver/OmniRigTransceiver.cpp" line="736"/>
        <source>OmniRig: don&apos;t know how to set rig frequency</source>
        <translation>OmniRigが無線機周波数をセットできません</translation>
    </message>
    <message>
        <location filename="../Transceiver/OmniRigTransceiver.cpp" line="268"/>
        <location filename="../Transceiver/OmniRigTransceiver.cpp" line="296"/>
        <source>OmniRig: timeout waiting for update from rig</source>
        <translation>OmniRig: 無線機からの応答タイムアウト</translation>
    </message>
    <message>
        <location filename="../Transceiver/OmniRigTransceiver.cpp" line="353"/>
        <source>OmniRig COM/OLE error: %1 at %2: %3 (%4)</source>
        <translation>OmniRig COM/OLEエラー: %1 at %2 %3 (%4)</translation>
    </message>
</context>
<context>
    <name>PollingTransceiver</name>
    <message>
        <location filename="../Transceiver/PollingTransceiver.cpp" line="179"/>
        <source>Unexpected rig error</source>
        <translation>予期しない無線機エラー</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Invalid rig name - \ &amp; / not allowed</source>
        <translation type="vanished">無効な名前 － \ &amp; / は使えません</translation>
    </message>
    <message>
        <source>User Defined</source>
        <translation type="vanished">ユーサー定義</translation>
    </message>
    <message>
        <location filename="../Network/LotWUsers.cpp" line="229"/>
        <source>Failed to open LotW users CSV file: &apos;%1&apos;</source>
        <translation>LotW CSVファイル &apos;%1&apos;が開けません</translation>
    </message>
    <message>
        <location filename="../models/Bands.cpp" line="52"/>
        <source>OOB</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../WFPalette.cpp" line="55"/>
        <source>Too many colours in palette.</source>
        <translation>パレットに色の種類が多すぎます.</translation>
    </message>
    <message>
        <location filename="../WFPalette.cpp" line="78"/>
        <source>Error reading waterfall palette file &quot;%1:%2&quot; too many colors.</source>
        <translation>ウォーターフォールパレットファイル &quot;%1:%2&quot;から読み込めません.色が多すぎます.</translation>
    </message>
    <message>
        <location filename="../WFPalette.cpp" line="84"/>
        <source>Error reading waterfall palette file &quot;%1:%2&quot; invalid triplet.</source>
        <translation>ウォーターフォールパレットファイル &quot;%1:%2&quot;から読み込めません. 正しくないトリプレット.</translation>
    </message>
    <message>
        <location filename="../WFPalette.cpp" line="96"/>
        <source>Error reading waterfall palette file &quot;%1:%2&quot; invalid color.</source>
        <translation>ウォーターフォールパレットファイル &quot;%1:%2&quot;から読み込めません. 正しくない色.</translation>
    </message>
    <message>
        <location filename="../WFPalette.cpp" line="104"/>
        <source>Error opening waterfall palette file &quot;%1&quot;: %2.</source>
        <translation>ウォーターフォールパレットファイル &quot;%1&quot;: %2 が開けません.</translation>
    </message>
    <message>
        <location filename="../WFPalette.cpp" line="256"/>
        <source>Error writing waterfall palette file &quot;%1&quot;: %2.</source>
        <translation>ウォーターフォールパレットファイル &quot;%1&quot;: %2 に書き込めません.</translation>
    </message>
</context>
<context>
    <name>RemoteFile</name>
    <message>
        <location filename="../SampleDownloader/RemoteFile.cpp" line="39"/>
        <location filename="../SampleDownloader/RemoteFile.cpp" line="110"/>
        <location filename="../SampleDownloader/RemoteFile.cpp" line="233"/>
        <location filename="../SampleDownloader/RemoteFile.cpp" line="283"/>
        <location filename="../SampleDownloader/RemoteFile.cpp" line="296"/>
        <location filename="../SampleDownloader/RemoteFile.cpp" line="307"/>
        <source>File System Error</source>
        <translation>ファイルシステムエラー</translation>
    </message>
    <message>
        <location filename="../SampleDownloader/RemoteFile.cpp" line="40"/>
        <source>Cannot rename file:
&quot;%1&quot;
to: &quot;%2&quot;
Error(%3): %4</source>
        <translation>ファイル名変更できません:
&quot;%1&quot;
から &quot;%2&quot;
エラー(%3): %4</translation>
    </message>
    <message>
        <location filename="../SampleDownloader/RemoteFile.cpp" line="111"/>
        <source>Cannot delete file:
&quot;%1&quot;</source>
        <translation>ファイルが削除できません:
&quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../SampleDownloader/RemoteFile.cpp" line="192"/>
        <location filename="../SampleDownloader/RemoteFile.cpp" line="204"/>
        <location filename="../SampleDownloader/RemoteFile.cpp" line="223"/>
        <source>Network Error</source>
        <translation>ネットワークエラー</translation>
    </message>
    <message>
        <location filename="../SampleDownloader/RemoteFile.cpp" line="193"/>
        <source>Too many redirects: %1</source>
        <translation>リダイレクト %1が多すぎます</translation>
    </message>
    <message>
        <location filename="../SampleDownloader/RemoteFile.cpp" line="205"/>
        <source>Redirect not followed: %1</source>
        <translation>リダイレクトができません %1</translation>
    </message>
    <message>
        <location filename="../SampleDownloader/RemoteFile.cpp" line="234"/>
        <source>Cannot commit changes to:
&quot;%1&quot;</source>
        <translation>変更を反映できません:
&quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../SampleDownloader/RemoteFile.cpp" line="284"/>
        <source>Cannot open file:
&quot;%1&quot;
Error(%2): %3</source>
        <translation>ファイルを開けません:
&quot;%1&quot;
エラー(%2): %3</translation>
    </message>
    <message>
        <location filename="../SampleDownloader/RemoteFile.cpp" line="297"/>
        <source>Cannot make path:
&quot;%1&quot;</source>
        <translation>パスを作成できません:
&quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../SampleDownloader/RemoteFile.cpp" line="308"/>
        <source>Cannot write to file:
&quot;%1&quot;
Error(%2): %3</source>
        <translation>ファイルへ書き込みできなせん:
&quot;%1&quot;
エラー(%2): (%3)</translation>
    </message>
</context>
<context>
    <name>SampleDownloader::impl</name>
    <message>
        <location filename="../SampleDownloader.cpp" line="91"/>
        <location filename="../SampleDownloader.cpp" line="101"/>
        <source>Download Samples</source>
        <translation>サンプルをダウンロード</translation>
    </message>
    <message>
        <location filename="../SampleDownloader.cpp" line="104"/>
        <source>&amp;Abort</source>
        <translation>中止(&amp;A)</translation>
    </message>
    <message>
        <location filename="../SampleDownloader.cpp" line="105"/>
        <source>&amp;Refresh</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <location filename="../SampleDownloader.cpp" line="108"/>
        <source>&amp;Details</source>
        <translation>詳細(&amp;D)</translation>
    </message>
    <message>
        <location filename="../SampleDownloader.cpp" line="112"/>
        <source>Base URL for samples:</source>
        <translation>サンプルのURL:</translation>
    </message>
    <message>
        <location filename="../SampleDownloader.cpp" line="113"/>
        <source>Only use HTTP:</source>
        <translation>HTTPのみ使用:</translation>
    </message>
    <message>
        <location filename="../SampleDownloader.cpp" line="114"/>
        <source>Check this if you get SSL/TLS errors</source>
        <translation>SSL/TLSエラーの場合これをチェック</translation>
    </message>
    <message>
        <location filename="../SampleDownloader.cpp" line="132"/>
        <source>Input Error</source>
        <translation>入力エラー</translation>
    </message>
    <message>
        <location filename="../SampleDownloader.cpp" line="132"/>
        <source>Invalid URL format</source>
        <translation>無効なURLフォーマット</translation>
    </message>
</context>
<context>
    <name>SoundInput</name>
    <message>
        <location filename="../Audio/soundin.cpp" line="24"/>
        <source>An error opening the audio input device has occurred.</source>
        <translation>オーディオ入力デバイスが開けません.</translation>
    </message>
    <message>
        <location filename="../Audio/soundin.cpp" line="28"/>
        <source>An error occurred during read from the audio input device.</source>
        <translation>オーディオ入力デバイスから読み込みエラー発生.</translation>
    </message>
    <message>
        <source>Audio data not being fed to the audio input device fast enough.</source>
        <translation type="vanished">オーディオ入力デバイスにオーディオデータが入ってくる速度が遅すぎます.</translation>
    </message>
    <message>
        <location filename="../Audio/soundin.cpp" line="36"/>
        <source>Non-recoverable error, audio input device not usable at this time.</source>
        <translation>回復不能エラー. 現在オーディオ入力デバイスが使えません.</translation>
    </message>
    <message>
        <location filename="../Audio/soundin.cpp" line="68"/>
        <source>Requested input audio format is not valid.</source>
        <translation>このオーディオフォーマットは無効です.</translation>
    </message>
    <message>
        <location filename="../Audio/soundin.cpp" line="74"/>
        <source>Requested input audio format is not supported on device.</source>
        <translation>このオーディオ入力フォーマットはオーディオ入力デバイスでサポートされていません.</translation>
    </message>
    <message>
        <location filename="../Audio/soundin.cpp" line="104"/>
        <source>Failed to initialize audio sink device</source>
        <translation>オーディオ出力デバイス初期化エラー</translation>
    </message>
    <message>
        <location filename="../Audio/soundin.cpp" line="137"/>
        <source>Idle</source>
        <translation>待機中</translation>
    </message>
    <message>
        <location filename="../Audio/soundin.cpp" line="142"/>
        <source>Receiving</source>
        <translation>受信中</translation>
    </message>
    <message>
        <location filename="../Audio/soundin.cpp" line="146"/>
        <source>Suspended</source>
        <translation>サスペンド中</translation>
    </message>
    <message>
        <location filename="../Audio/soundin.cpp" line="151"/>
        <source>Interrupted</source>
        <translation>割り込まれました</translation>
    </message>
    <message>
        <location filename="../Audio/soundin.cpp" line="158"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../Audio/soundin.cpp" line="162"/>
        <source>Stopped</source>
        <translation>停止中</translation>
    </message>
</context>
<context>
    <name>SoundOutput</name>
    <message>
        <location filename="../Audio/soundout.cpp" line="24"/>
        <source>An error opening the audio output device has occurred.</source>
        <translation>オーディオ出力デバイスが開けません.</translation>
    </message>
    <message>
        <location filename="../Audio/soundout.cpp" line="28"/>
        <source>An error occurred during write to the audio output device.</source>
        <translation>オーディオ出力デバイスへデータ書き込みエラー発生.</translation>
    </message>
    <message>
        <location filename="../Audio/soundout.cpp" line="32"/>
        <source>Audio data not being fed to the audio output device fast enough.</source>
        <translation>十分な速度でオーディオデータを出力デバイスへ送れません.</translation>
    </message>
    <message>
        <location filename="../Audio/soundout.cpp" line="36"/>
        <source>Non-recoverable error, audio output device not usable at this time.</source>
        <translation>回復不能エラー. 現在オーディオ出力デバイスが使えません.</translation>
    </message>
    <message>
        <location filename="../Audio/soundout.cpp" line="69"/>
        <source>Requested output audio format is not valid.</source>
        <translation>このオーディオフォーマットは無効です.</translation>
    </message>
    <message>
        <location filename="../Audio/soundout.cpp" line="73"/>
        <source>Requested output audio format is not supported on device.</source>
        <translation>このオーディオフォーマットはオーディオ出力デバイスでサポートされていません.</translation>
    </message>
    <message>
        <location filename="../Audio/soundout.cpp" line="95"/>
        <source>No audio output device configured.</source>
        <translation>オーディオ出力デバイスが設定されていません.</translation>
    </message>
    <message>
        <location filename="../Audio/soundout.cpp" line="184"/>
        <source>Idle</source>
        <translation>待機中</translation>
    </message>
    <message>
        <location filename="../Audio/soundout.cpp" line="188"/>
        <source>Sending</source>
        <translation>送信中</translation>
    </message>
    <message>
        <location filename="../Audio/soundout.cpp" line="192"/>
        <source>Suspended</source>
        <translation>サスペンド中</translation>
    </message>
    <message>
        <location filename="../Audio/soundout.cpp" line="197"/>
        <source>Interrupted</source>
        <translation>割り込まれました</translation>
    </message>
    <message>
        <location filename="../Audio/soundout.cpp" line="204"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../Audio/soundout.cpp" line="208"/>
        <source>Stopped</source>
        <translation>停止中</translation>
    </message>
</context>
<context>
    <name>StationDialog</name>
    <message>
        <location filename="../Configuration.cpp" line="318"/>
        <source>Add Station</source>
        <translation>局を追加</translation>
    </message>
    <message>
        <location filename="../Configuration.cpp" line="323"/>
        <source>&amp;Band:</source>
        <translation>バンド(&amp;B):</translation>
    </message>
    <message>
        <location filename="../Configuration.cpp" line="324"/>
        <source>&amp;Offset (MHz):</source>
        <translation>オフセットMHｚ(&amp;O):</translation>
    </message>
    <message>
        <location filename="../Configuration.cpp" line="325"/>
        <source>&amp;Antenna:</source>
        <translation>アンテナ(&amp;A):</translation>
    </message>
</context>
<context>
    <name>StationList::impl</name>
    <message>
        <location filename="../models/StationList.cpp" line="302"/>
        <source>Band name</source>
        <translation>バンド名</translation>
    </message>
    <message>
        <location filename="../models/StationList.cpp" line="328"/>
        <source>Frequency offset</source>
        <translation>周波数オフセット</translation>
    </message>
    <message>
        <location filename="../models/StationList.cpp" line="350"/>
        <source>Antenna description</source>
        <translation>使用アンテナ</translation>
    </message>
    <message>
        <location filename="../models/StationList.cpp" line="372"/>
        <source>Band</source>
        <translation>バンド</translation>
    </message>
    <message>
        <location filename="../models/StationList.cpp" line="373"/>
        <source>Offset</source>
        <translation>オフセット</translation>
    </message>
    <message>
        <location filename="../models/StationList.cpp" line="374"/>
        <source>Antenna Description</source>
        <translation>使用アンテナ</translation>
    </message>
</context>
<context>
    <name>TransceiverBase</name>
    <message>
        <location filename="../Transceiver/TransceiverBase.cpp" line="14"/>
        <source>Unexpected rig error</source>
        <translation>予期せぬ無線機エラー</translation>
    </message>
</context>
<context>
    <name>WideGraph</name>
    <message>
        <location filename="../widgets/widegraph.ui" line="14"/>
        <source>Dialog</source>
        <translation>ダイアログ</translation>
    </message>
    <message>
        <location filename="../widgets/widegraph.ui" line="68"/>
        <source>Controls</source>
        <translation>操作パネル</translation>
    </message>
    <message>
        <location filename="../widgets/widegraph.ui" line="124"/>
        <source>Spectrum gain</source>
        <translation>スペクトラムゲイン</translation>
    </message>
    <message>
        <location filename="../widgets/widegraph.ui" line="145"/>
        <source>  Palette </source>
        <translation>  パレット </translation>
    </message>
    <message>
        <location filename="../widgets/widegraph.ui" line="155"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Enter definition for a new color palette.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;新しいカラーパレットの定義を入力.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/widegraph.ui" line="158"/>
        <source>Adjust...</source>
        <translation>設定...</translation>
    </message>
    <message>
        <location filename="../widgets/widegraph.ui" line="188"/>
        <source>Waterfall gain</source>
        <translation>ウォーターフォールゲイン</translation>
    </message>
    <message>
        <location filename="../widgets/widegraph.ui" line="207"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Set fractional size of spectrum in this window.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;このウィンドウにおけるスペクトラム表示占有率.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/widegraph.ui" line="213"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../widgets/widegraph.ui" line="216"/>
        <source>Spec </source>
        <translation>スペクトラム </translation>
    </message>
    <message>
        <location filename="../widgets/widegraph.ui" line="234"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Flatten spectral baseline over the full displayed interval.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;スペクトラム表示している周波数全体を平滑化.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/widegraph.ui" line="237"/>
        <source>Flatten</source>
        <translation>平滑化</translation>
    </message>
    <message>
        <location filename="../widgets/widegraph.ui" line="244"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Compute and save a reference spectrum.  (Not yet fully implemented.)&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>参照スペクトラムを計算して保存（一部未実装）</translation>
    </message>
    <message>
        <location filename="../widgets/widegraph.ui" line="247"/>
        <source>Ref Spec</source>
        <translatorcomment>日本語難しい</translatorcomment>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/widegraph.ui" line="259"/>
        <source>Smoothing of Linear Average spectrum</source>
        <translation>スペクトラム平滑化</translation>
    </message>
    <message>
        <location filename="../widgets/widegraph.ui" line="268"/>
        <source>Smooth  </source>
        <translation>平滑化  </translation>
    </message>
    <message>
        <location filename="../widgets/widegraph.ui" line="281"/>
        <source>Compression factor for frequency scale</source>
        <translation>周波数スケールの圧縮率</translation>
    </message>
    <message>
        <location filename="../widgets/widegraph.ui" line="287"/>
        <source>Bins/Pixel  </source>
        <translation>Bin数/ピクセル  </translation>
    </message>
    <message>
        <location filename="../widgets/widegraph.ui" line="306"/>
        <source>Select waterfall palette</source>
        <translation>ウォーターフォールパレットを選択</translation>
    </message>
    <message>
        <location filename="../widgets/widegraph.ui" line="313"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Select data for spectral display&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;スペクトラム表示データを選択&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/widegraph.ui" line="320"/>
        <source>Current</source>
        <translation>標準</translation>
    </message>
    <message>
        <location filename="../widgets/widegraph.ui" line="325"/>
        <source>Cumulative</source>
        <translation>累加</translation>
    </message>
    <message>
        <location filename="../widgets/widegraph.ui" line="330"/>
        <source>Linear Avg</source>
        <translation>線形平均</translation>
    </message>
    <message>
        <location filename="../widgets/widegraph.ui" line="335"/>
        <source>Reference</source>
        <translation>リファレンス</translation>
    </message>
    <message>
        <location filename="../widgets/widegraph.ui" line="340"/>
        <source>Q65_Sync</source>
        <translation>Q65_Sync</translation>
    </message>
    <message>
        <location filename="../widgets/widegraph.ui" line="348"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Frequency at left edge of waterfall&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;ウォーターフォール左端の周波数&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/widegraph.ui" line="351"/>
        <source> Hz</source>
        <translation> Hz</translation>
    </message>
    <message>
        <location filename="../widgets/widegraph.ui" line="354"/>
        <source>Start </source>
        <translation>開始 </translation>
    </message>
    <message>
        <location filename="../widgets/widegraph.ui" line="367"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Decode JT9 only above this frequency&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;この周波数より上でのみJT9をデコード&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/widegraph.ui" line="370"/>
        <source>  Hz</source>
        <translation>  Hz</translation>
    </message>
    <message>
        <location filename="../widgets/widegraph.ui" line="373"/>
        <source>Split  </source>
        <translation>スプリット  </translation>
    </message>
    <message>
        <source>  JT9</source>
        <translation type="vanished">  JT9</translation>
    </message>
    <message>
        <source>JT65  </source>
        <translation type="vanished">JT65  </translation>
    </message>
    <message>
        <location filename="../widgets/widegraph.ui" line="392"/>
        <source>Number of FFTs averaged (controls waterfall scrolling rate)</source>
        <translation>平均するFFT数(ウォーターフォールのスクロール速度を調整)</translation>
    </message>
    <message>
        <location filename="../widgets/widegraph.ui" line="395"/>
        <source>N Avg </source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/widegraph.ui" line="426"/>
        <source>Waterfall zero</source>
        <translation>ウォーターフォールゼロ</translation>
    </message>
    <message>
        <location filename="../widgets/widegraph.ui" line="463"/>
        <source>Spectrum zero</source>
        <translation>スペクトラムゼロ</translation>
    </message>
    <message>
        <location filename="../widgets/widegraph.cpp" line="24"/>
        <source>User Defined</source>
        <translation>ユーサー定義</translation>
    </message>
    <message>
        <location filename="../widgets/widegraph.cpp" line="28"/>
        <source>Wide Graph</source>
        <translation>ワイドグラフ</translation>
    </message>
    <message>
        <location filename="../widgets/widegraph.cpp" line="400"/>
        <location filename="../widgets/widegraph.cpp" line="449"/>
        <source>Read Palette</source>
        <translation>パレット読み込み</translation>
    </message>
</context>
<context>
    <name>WorkedBefore</name>
    <message>
        <location filename="../logbook/WorkedBefore.cpp" line="258"/>
        <source>Invalid ADIF field %0: %1</source>
        <translation>無効なADIFフィールド %0: %1</translation>
    </message>
    <message>
        <location filename="../logbook/WorkedBefore.cpp" line="275"/>
        <source>Malformed ADIF field %0: %1</source>
        <translation>不正フォーマットADIFフィールド %0: %1</translation>
    </message>
    <message>
        <location filename="../logbook/WorkedBefore.cpp" line="312"/>
        <source>Invalid ADIF header</source>
        <translation>無効なADIFヘッダー</translation>
    </message>
    <message>
        <location filename="../logbook/WorkedBefore.cpp" line="358"/>
        <source>Error opening ADIF log file for read: %0</source>
        <translation>ADIFログファイルを開けません: %0</translation>
    </message>
</context>
<context>
    <name>configuration_dialog</name>
    <message>
        <location filename="../Configuration.ui" line="14"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="24"/>
        <source>Genera&amp;l</source>
        <translation>一般(&amp;l)</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="27"/>
        <source>General station details and settings.</source>
        <translation>一般的な局の詳細と設定.</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="33"/>
        <source>Station Details</source>
        <translation>局の詳細</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="43"/>
        <source>My C&amp;all:</source>
        <translation>自局コールサイン(&amp;a):</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="53"/>
        <source>Station callsign.</source>
        <translation>コールサイン.</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="64"/>
        <source>M&amp;y Grid:</source>
        <translation>自局のグリッドロケーター(&amp;y):</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="74"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Maidenhead locator, preferably 6 characters.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;グリッドロケーター、できるだけ6桁.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="83"/>
        <source>Check to allow grid changes from external programs</source>
        <translation>外部プログラムからグリッドロケーター変更する場合チェック</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="86"/>
        <source>AutoGrid</source>
        <translation>自動グリッドロケーター</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="95"/>
        <source>IARU Region:</source>
        <translation>IARU地域：</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="105"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Select your IARU region.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;自局のIARU地域を選択.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="118"/>
        <source>Message generation for type 2 compound callsign holders:</source>
        <translation>タイプ2複合コールサインのとき、いつフルコールを送信するか:</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="134"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Type 2 compound callsigns are those with prefixes or suffixes not included in the allowed shortlist (See Help-&amp;gt;Add-on prefixes and suffixes).&lt;/p&gt;&lt;p&gt;This option determines which generated messages should contain your full type 2 compound call sign rather than your base callsign. It only applies if you have a type 2 compound callsign.&lt;/p&gt;&lt;p&gt;This option controls the way the messages that are used to answer CQ calls are generated. Generated messages 6 (CQ) and 5 (73) will always contain your full callsign. The JT65 and JT9 protocols allow for some standard messages with your full call at the expense of another piece of information such as the DX call or your locator.&lt;/p&gt;&lt;p&gt;Choosing message 1 omits the DX callsign which may be an issue when replying to CQ calls. Choosing message 3 also omits the DX callsign and many versions of this and other software will not extract the report. Choosing neither means that your full callsign only goes in your message 5 (73) so your QSO partner may log the wrong callsign.&lt;/p&gt;&lt;p&gt;None of these options are perfect, message 3 is usually best but be aware your QSO partner may not log the report you send them.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;タイプ2コールサインは、プリフィックスまたはサフィックスが短縮リストに載っていない場合使われます.&lt;/p&gt;&lt;p&gt;このオプションはあなたがタイプ2複合コールサインを使うとき、どのメッセージでそれを送信するかを決めます. &lt;/p&gt;&lt;p&gt;CQに応答するとき基本コールサインを使うかタイプ2複合コールサインを使うか選択できます. 6 (CQ) と 5 (73) はいつもフルコールサインを含みます. JT65 と JT9 プロトコルはDXコールやロケーターを送らない代わりにフルのタイプ2複合コールサインを送ることができます.&lt;/p&gt;&lt;p&gt;メッセージ1を選ぶと、DXコールが含まれませんのでCQに応答するとき問題になるかもしれません. メッセージ3を選ぶとDXコールを省きますが、WSJT-Xのバージョンによって、あるいは、別のアプリがレポートを受け取れません. どちらも選ばないとフルのコールサインはメッセージ5（73）だけに含まれ、相手が間違ったコールサインをログしかねません.&lt;/p&gt;&lt;p&gt;どのオプションも完璧ではありません, メッセージ3が一番よいと思いますが、相手がレポートを受け取れない可能性があります.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="141"/>
        <source>Full call in Tx1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="146"/>
        <source>Full call in Tx3</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="151"/>
        <source>Full call in Tx5 only</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="171"/>
        <source>Display</source>
        <translation>表示</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="177"/>
        <source>Show outgoing transmitted messages in the Rx frequency window.</source>
        <translation>受信周波数ウィンドウに送信するメッセージを表示.</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="180"/>
        <source>&amp;Tx messages to Rx frequency window</source>
        <translation>送信メッセージを受信周波数ウィンドウに表示(&amp;T)</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="187"/>
        <source>Show if decoded stations are new DXCC entities or worked before.</source>
        <translation>相手局が新しいDXCCかどうか表示.</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="190"/>
        <source>Show &amp;DXCC, grid, and worked-before status</source>
        <translation>DXCC、グリッド、交信済みを表示(&amp;D)</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="200"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Check to have decodes for a new period start at the top of the Band Activity window and not scroll off the top when the window is full.&lt;/p&gt;&lt;p&gt;This is to aid selecting decodes to double-click while decoding is still in progress. Use the Band Activity vertical scroll bar to reveal decodes past the bottom of the window.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;チェックすると新しいメッセージがバンド状況ウィンドウの一番上から表示され、ウィンドウがいっぱいになってもスクロールアウトされません. デコード中にダブルクリックしやすくなります. 縦のスクロールバーを使ってスクロールダウンすることで以前のメッセージを見てください.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="203"/>
        <source>Start new period decodes at top</source>
        <translation>新しいデコードメッセージはウィンドウの上から表示</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="210"/>
        <source>Show principal prefix instead of country name</source>
        <translation>国名ではなく割り当てプリフィックスを表示</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="234"/>
        <source>Set the font characteristics for the application.</source>
        <translation>アプリのフォント設定.</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="237"/>
        <source>Font...</source>
        <translation>フォント...</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="244"/>
        <source>Set the font characteristics for the Band Activity and Rx Frequency areas.</source>
        <translation>バンド状況と受信周波数エリアのフォント設定.</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="247"/>
        <source>Decoded Text Font...</source>
        <translation>デコードテキストフォント...</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="271"/>
        <source>Include a separator line between periods in the band activity window.</source>
        <translation>バンド状況ウィンドウでデコードシーケンスの間に区切り線を表示.</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="274"/>
        <source>&amp;Blank line between decoding periods</source>
        <translation>デコードシーケンスの間に区切りを入れる(&amp;B)</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="281"/>
        <source>Show distance to DX station in miles rather than kilometers.</source>
        <translation>DX局までの距離をキロメートルではなくマイルで表示.</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="284"/>
        <source>Display dista&amp;nce in miles</source>
        <translation>距離をマイルで表示(&amp;n)</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="301"/>
        <source>Behavior</source>
        <translation>動作</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="307"/>
        <source>Decode after EME delay</source>
        <translation>EME遅延を考慮してデコード開始</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="329"/>
        <source>Tx watchdog:</source>
        <translation>自動応答許可時間:</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="339"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Number of minutes before unattended transmissions are aborted&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;ユーサーが離れてから自動送信を解除するまでの分数&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="342"/>
        <source>Disabled</source>
        <translation>解除</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="345"/>
        <source> minutes</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>Enable VHF/UHF/Microwave features</source>
        <translation type="vanished">VHF/UHF/Microwave機能をオン</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="367"/>
        <source>Single decode</source>
        <translation>シングルデコード</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="374"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Some rigs are not able to process CAT commands while transmitting. This means that if you are operating in split mode you may have to uncheck this option.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;無線機によっては、送信中にCATコマンドを受け付けません. スプリットモードのときはこのオプションを使えないかもしれません.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="377"/>
        <source>Allow Tx frequency changes while transmitting</source>
        <translation>送信中の送信周波数変更を許可</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="384"/>
        <source>Don&apos;t start decoding until the monitor button is clicked.</source>
        <translation>モニターボタンを押すまでデコードを開始しない.</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="387"/>
        <source>Mon&amp;itor off at startup</source>
        <translation>起動時にモニターをオフ(&amp;i)</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="397"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Check this if you wish to automatically return to the last monitored frequency when monitor is enabled, leave it unchecked if you wish to have the current rig frequency maintained.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;モニターをオンにしたとき、最後にモニターしていた周波数に戻りたいときはチェック. そのままの周波数を維持したいときはチェックをはずす.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="400"/>
        <source>Monitor returns to last used frequency</source>
        <translation>最後に使った周波数に戻る</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="407"/>
        <source>Alternate F1-F6 bindings</source>
        <translation>別のF1-F6キーセット設定を使う</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="414"/>
        <source>Turns off automatic transmissions after sending a 73 or any other free
text message.</source>
        <translation>73またはフリーテキストを送った後、自動送信をオフ.</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="418"/>
        <source>Di&amp;sable Tx after sending 73</source>
        <translation>73を送った後、送信を停止(&amp;s)</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="427"/>
        <source>Send a CW ID after every 73 or free text message.</source>
        <translation>73またはフリーテキスト送信後にCW IDを送信.</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="430"/>
        <source>CW ID a&amp;fter 73</source>
        <translation>73の後にCW IDを送信(&amp;f)</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="456"/>
        <source>Periodic CW ID Inter&amp;val:</source>
        <translation>CW ID送信間隔(&amp;v):</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="466"/>
        <source>Send a CW ID periodically every few minutes.
This might be required under your countries licence regulations.
It will not interfere with other users as it is always sent in the
quiet period when decoding is done.</source>
        <translation>CW IDを数分ごとに送信.
国によってはID送信が規則になっています.
他のユーザーの妨げにならないようにデコードが終わった
時間に送信されるようになっています.</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="478"/>
        <source>Automatic transmission mode.</source>
        <translation>自動送信モード.</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="481"/>
        <source>Doubl&amp;e-click on call sets Tx enable</source>
        <translation>コールサインをダブルクリックすると送信可にする(&amp;e)</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="488"/>
        <source>Calling CQ forces Call 1st</source>
        <translation>コール 1stをセットしてCQを出す</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="512"/>
        <source>&amp;Radio</source>
        <translation>無線機(&amp;R)</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="515"/>
        <source>Radio interface configuration settings.</source>
        <translation>無線機インターフェイス設定.</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="527"/>
        <source>Settings that control your CAT interface.</source>
        <translation>CATインターフェイス設定.</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="530"/>
        <source>CAT Control</source>
        <translation>CAT制御</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="541"/>
        <location filename="../Configuration.ui" line="1018"/>
        <source>Port:</source>
        <translation>ポート:</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="557"/>
        <source>Serial port used for CAT control.</source>
        <translation>CAT制御用シリアルポート.</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="581"/>
        <location filename="../Configuration.ui" line="584"/>
        <source>Serial Port Parameters</source>
        <translation>シリアルポートパラメーター</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="595"/>
        <source>Baud Rate:</source>
        <translation>ボーレート:</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="611"/>
        <source>Serial port data rate which must match the setting of your radio.</source>
        <translation>シリアルポートの速度（無線機と同じでなければなりません）.</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="618"/>
        <source>1200</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="623"/>
        <source>2400</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="628"/>
        <source>4800</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="633"/>
        <source>9600</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="638"/>
        <source>19200</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="643"/>
        <source>38400</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="648"/>
        <source>57600</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="653"/>
        <source>115200</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="663"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Number of data bits used to communicate with your radio&apos;s CAT interface (usually eight).&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;CATインターフェイスのデータビット数（大抵はビット）.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="666"/>
        <source>Data bits</source>
        <translation>データビット</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="669"/>
        <source>Data Bits</source>
        <translation>データビット</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="675"/>
        <source>D&amp;efault</source>
        <translation>デフォルト(&amp;e)</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="688"/>
        <source>Se&amp;ven</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="701"/>
        <source>E&amp;ight</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="717"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Number of stop bits used when communicating with your radio&apos;s CAT interface&lt;/p&gt;&lt;p&gt;(consult you radio&apos;s manual for details).&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;CATインターフェイスのストップビット数&lt;/p&gt;&lt;p&gt;(詳細は取扱説明書を参照のこと).&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="720"/>
        <source>Stop bits</source>
        <translation>ストップビット</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="723"/>
        <source>Stop Bits</source>
        <translation>ストップビット</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="729"/>
        <location filename="../Configuration.ui" line="780"/>
        <source>Default</source>
        <translation>デフォルト</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="742"/>
        <source>On&amp;e</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="752"/>
        <source>T&amp;wo</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="768"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Flow control protocol used between this computer and your radio&apos;s CAT interface (usually &amp;quot;None&amp;quot; but some require &amp;quot;Hardware&amp;quot;).&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;無線機のCATインターフェイスに使われるフロー制御（通常 &amp;quot;None&amp;quot; たまに &amp;quot;Hardware&amp;quot;).&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="771"/>
        <location filename="../Configuration.ui" line="774"/>
        <source>Handshake</source>
        <translation>ハンドシェイク</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="793"/>
        <source>&amp;None</source>
        <translation>なし(&amp;N)</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="806"/>
        <source>Software flow control (very rare on CAT interfaces).</source>
        <translation>ソフトウェアによるフロー制御（CATではほとんど使われません）.</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="809"/>
        <source>XON/XOFF</source>
        <translation>XON/XOFF</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="819"/>
        <source>Flow control using the RTS and CTS RS-232 control lines
not often used but some radios have it as an option and 
a few, particularly some Kenwood rigs, require it).</source>
        <translation>RS-232のRTSとCTSをフロー制御に使うことはあまりありません.
しかし、いくつかの無線機ではオプションとして使われています.
またKenwoodのいくつかの無線機では必須です.</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="824"/>
        <source>&amp;Hardware</source>
        <translation>ハードウェア(&amp;H)</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="837"/>
        <source>Special control of CAT port control lines.</source>
        <translation>CAT用ポートの特別な設定.</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="840"/>
        <location filename="../Configuration.ui" line="843"/>
        <source>Force Control Lines</source>
        <translation>制御信号を強制設定</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="860"/>
        <location filename="../Configuration.ui" line="903"/>
        <source>High</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="865"/>
        <location filename="../Configuration.ui" line="908"/>
        <source>Low</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="873"/>
        <source>DTR:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="887"/>
        <source>RTS:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="947"/>
        <source>How this program activates the PTT on your radio?</source>
        <translation>このプログラムがどのようにして無線機のPTTを制御するか?</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="950"/>
        <source>PTT Method</source>
        <translation>PTT方式</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="956"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;No PTT activation, instead the radio&apos;s automatic VOX is used to key the transmitter.&lt;/p&gt;&lt;p&gt;Use this if you have no radio interface hardware.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;無線機のVOXで送受信を切り替える.&lt;/p&gt;&lt;p&gt;無線機インターフェイスハードウェアが無いとき使用.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="959"/>
        <source>VO&amp;X</source>
        <translation>VO&amp;X</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="969"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Use the RS-232 DTR control line to toggle your radio&apos;s PTT, requires hardware to interface the line.&lt;/p&gt;&lt;p&gt;Some commercial interface units also use this method.&lt;/p&gt;&lt;p&gt;The DTR control line of the CAT serial port may be used for this or a DTR control line on a different serial port may be used.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;RS-232CのDTR信号をPTT制御に使う.&lt;/p&gt;&lt;p&gt;市販のCATインターフェイスのうち、いくつかはこの方法を使っています.&lt;/p&gt;&lt;p&gt;CATシリアルポートのDTRを使うか、または、別のポートのDTRを使うこともあります.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="972"/>
        <source>&amp;DTR</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="985"/>
        <source>Some radios support PTT via CAT commands,
use this option if your radio supports it and you have no
other hardware interface for PTT.</source>
        <translation>CATコマンドでPTTを制御する無線機があります.
そのような無線機ではこのオプションを使うと
他のハードウェアインターフェイスが必要なくなります.</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="990"/>
        <source>C&amp;AT</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1000"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Use the RS-232 RTS control line to toggle your radio&apos;s PTT, requires hardware to interface the line.&lt;/p&gt;&lt;p&gt;Some commercial interface units also use this method.&lt;/p&gt;&lt;p&gt;The RTS control line of the CAT serial port may be used for this or a RTS control line on a different serial port may be used. Note that this option is not available on the CAT serial port when hardware flow control is used.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;RS-232CのRTS信号をPTT制御に使います.&lt;/p&gt;&lt;p&gt;市販のCATインターフェイスのうち、いくつかはこの方法を使っています.&lt;/p&gt;&lt;p&gt;CATシリアルポートのRTSを使う、または、別のポートのRTSを使うこともあります. CATポートのハードウェアフロー制御を使う場合、このオプションは使えないことに注意してください.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1003"/>
        <source>R&amp;TS</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1034"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Select the RS-232 serial port utilised for PTT control, this option is available when DTR or RTS is selected above as a transmit method.&lt;/p&gt;&lt;p&gt;This port can be the same one as the one used for CAT control.&lt;/p&gt;&lt;p&gt;For some interface types the special value CAT may be chosen, this is used for non-serial CAT interfaces that can control serial port control lines remotely (OmniRig for example).&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;PTT制御に使うシリアルポートを選択. このオプションはDTRまたはRTSでPTTを制御する場合に有効となります.&lt;/p&gt;&lt;p&gt;CAT制御のシリアルポートと同じポートでも構いません.&lt;/p&gt;&lt;p&gt;いくつかの特殊なインターフェイスでは特別なCATを選択します。そればリモートコントロールに使われたりします（例：OmniRig）.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1058"/>
        <source>Modulation mode selected on radio.</source>
        <translation>無線機の変調モード.</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1061"/>
        <source>Mode</source>
        <translation>モード</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1067"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;USB is usually the correct modulation mode,&lt;/p&gt;&lt;p&gt;unless the radio has a special data or packet mode setting&lt;/p&gt;&lt;p&gt;for AFSK operation.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;通常はUSBを使います&lt;/p&gt;&lt;p&gt;（無線機がデータやパケットモードを持っている場合以外）.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1070"/>
        <source>US&amp;B</source>
        <translation>US&amp;B</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1083"/>
        <source>Don&apos;t allow the program to set the radio mode
(not recommended but use if the wrong mode
or bandwidth is selected).</source>
        <translation>プログラムが無線機のモードをセットできるようにはしないこと
（おすすめしませんが、無線機が間違ったモードやバンド幅に
セットされているときは使います）.</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1088"/>
        <location filename="../Configuration.ui" line="1322"/>
        <source>None</source>
        <translation>指定なし</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1098"/>
        <source>If this is available then it is usually the correct mode for this program.</source>
        <translation>これが使えるときは正しいモード.</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1101"/>
        <source>Data/P&amp;kt</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1114"/>
        <source>Some radios can select the audio input using a CAT command,
this setting allows you to select which audio input will be used
(if it is available then generally the Rear/Data option is best).</source>
        <translation>CATコマンドで入力コネクタを選択できる無線機があります.
その場合、この設定でどの入力コネクタを使うか指定できます.
後ろのコネクタかデータ端子を使うことをお勧めします.</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1119"/>
        <source>Transmit Audio Source</source>
        <translation>送信オーディオ入力端子</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1125"/>
        <source>Rear&amp;/Data</source>
        <translation>後面/データ端子(&amp;/)</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1135"/>
        <source>&amp;Front/Mic</source>
        <translation>前面/マイク端子(&amp;F)</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1186"/>
        <source>Rig:</source>
        <translation>無線機:</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1206"/>
        <source>Poll Interval:</source>
        <translation>ポーリング間隔:</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1216"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Interval to poll rig for status. Longer intervals will mean that changes to the rig will take longer to be detected.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;無線機の状態を見に行く時間間隔. 長めに設定すると、無線機の状態がプログラムに反映されるのに長くかかります.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1219"/>
        <source> s</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1240"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Attempt to connect to the radio with these settings.&lt;/p&gt;&lt;p&gt;The button will turn green if the connection is successful or red if there is a problem.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;これらの設定を使って無線機接続を試みます.&lt;/p&gt;&lt;p&gt;接続が確立されればボタンは緑に、失敗すれば赤になります.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1243"/>
        <source>Test CAT</source>
        <translation>CATをテスト</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1266"/>
        <source>Attempt to activate the transmitter.
Click again to deactivate. Normally no power should be
output since there is no audio being generated at this time.
Check that any Tx indication on your radio and/or your
radio interface behave as expected.</source>
        <translation>無線機を送信状態にする.
もう一度クリックして送信状態解除. 通常はオーディオ信号を
発生していないので送信出力はでないはずです.
無線機が送信状態になるかどうか、
インターフェイスが正しくどうさするかどうかチェックしてください.</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1284"/>
        <source>Test PTT</source>
        <translation>PTTテスト</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1296"/>
        <source>Split Operation</source>
        <translation>スプリット</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1302"/>
        <source>Fake It</source>
        <translation>擬似スプリット</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1312"/>
        <source>Rig</source>
        <translation>無線機</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1352"/>
        <source>A&amp;udio</source>
        <translation>オーディオ(&amp;u)</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1355"/>
        <source>Audio interface settings</source>
        <translation>オーディオインターフェース設定</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1361"/>
        <source>Souncard</source>
        <translation>サウンドカード</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1364"/>
        <source>Soundcard</source>
        <translation>サウンドカード</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1376"/>
        <source>Select the audio CODEC to use for transmitting.
If this is your default device for system sounds then
ensure that all system sounds are disabled otherwise
you will broadcast any systems sounds generated during
transmitting periods.</source>
        <translation>送信用オーディオコーデックを選択.
もし、システムデフォルトデバイスであればシステム音が
すべてオフになっていることを確認してください.
さもないと、システム音が送信されてしまいます.</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1888"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Enter the service port number of the UDP server that WSJT-X should send updates to. If this is zero no updates will be sent.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;WSJT-Xがデータを送るUDPサーバーのポート番号を入力. もし0のときはデータを送らない.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1898"/>
        <source>Outgoing interfaces:</source>
        <translation>データ送出インターフェイス:</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1908"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;When sending updates to a multicast group address it is necessary to specify which network interface(s) to send them to. If the loop-back interface is multicast capable then at least that one will be selected.&lt;/p&gt;&lt;p&gt;For most users the loop-back interface is all that is needed, that will allow multiple other applications on the same machine to interoperate with WSJT-X. If applications running on other hosts are to receive status updates then a suitable network interface should be used.&lt;/p&gt;&lt;p&gt;On some Linux systems it may be necessary to enable multicast on the loop-back network interface.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;マルチキャストグループアドレスにデータを送る場合はどのネットワークインターフェイスを使うかを指定する必要があります.&lt;/p&gt;&lt;p&gt;ほとんどのユーザーにはループバックインターフェイスだけ指定すれば問題ありません.そうすれば、同一PC上で走る他のアプリはWSJT-Xとデータをやり取りできます.もしほかのPCで走るアプリがデータを受信しなければならない場合は正しいネットワークインターフェイスを指定しなければなりません.&lt;/p&gt;&lt;p&gt;
いくつかのLinuxシステムではループバックネットワークインターフェイスでマルチキャスト機能をオンにしなければならないかもしれません.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1915"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Sets the number or router hops that multicast datagrams are allowed to make. Almost everyone should set this to 1 to keep outgoing multicast traffic withn the local subnet.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;マルチキャストパケットを配信するホップ数を設定.、マルチキャストパケットがローカルサブネット内だけに配信されるように、ほとんどのケースでここは1を設定すればよいでしょう.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1928"/>
        <source>Multicast TTL:</source>
        <translation>マルチキャストTTL:</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="2434"/>
        <source>Days since last upload</source>
        <translation>最後にアップロードしてから経過した日数</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1420"/>
        <source>Select the audio CODEC to use for receiving.</source>
        <translation>受信用オーディオコーデックを選択.</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1467"/>
        <source>&amp;Input:</source>
        <translation>入力(&amp;I):</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1387"/>
        <source>Select the channel to use for receiving.</source>
        <translation>受信用チャンネルを選択.</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1391"/>
        <location filename="../Configuration.ui" line="1444"/>
        <source>Mono</source>
        <translation>モノラル</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1396"/>
        <location filename="../Configuration.ui" line="1449"/>
        <source>Left</source>
        <translation>左</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1401"/>
        <location filename="../Configuration.ui" line="1454"/>
        <source>Right</source>
        <translation>右</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1406"/>
        <location filename="../Configuration.ui" line="1459"/>
        <source>Both</source>
        <translation>両方</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1437"/>
        <source>Select the audio channel used for transmission.
Unless you have multiple radios connected on different
channels; then you will usually want to select mono or
both here.</source>
        <translation>送信用オーディオチャンネルを選択.
複数の無線機を別々のチャネルに割り当てていない限り
モノラルまたはステレオをここで選びます.</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="360"/>
        <source>Enable VHF and submode features</source>
        <translation>VHFとサブモード機能をオン</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1427"/>
        <source>Ou&amp;tput:</source>
        <translation>出力(&amp;t):</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1480"/>
        <location filename="../Configuration.ui" line="1483"/>
        <source>Save Directory</source>
        <translation>保存ディレクトリ</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1489"/>
        <source>Loc&amp;ation:</source>
        <translation>場所(&amp;a):</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1505"/>
        <source>Path to which .WAV files are saved.</source>
        <translation>.WAVファイルを保存するパス.</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1515"/>
        <location filename="../Configuration.ui" line="1564"/>
        <source>TextLabel</source>
        <translation>テキストラベル</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1522"/>
        <source>Click to select a different save directory for .WAV files.</source>
        <translation>ここをクリックして .WAVファイルを保存する別のディレクトリを選択.</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1525"/>
        <source>S&amp;elect</source>
        <translation>選択(&amp;e)</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1535"/>
        <location filename="../Configuration.ui" line="1538"/>
        <source>AzEl Directory</source>
        <translation>AzElディレクトリ</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1544"/>
        <source>Location:</source>
        <translation>場所:</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1571"/>
        <source>Select</source>
        <translation>選択</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1581"/>
        <source>Power Memory By Band</source>
        <translation>バンドごとの出力</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1584"/>
        <source>Remember power settings by band</source>
        <translation>バンドごとに出力設定</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1590"/>
        <source>Enable power memory during transmit</source>
        <translation>送信中に出力メモリを可能とする</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1593"/>
        <source>Transmit</source>
        <translation>送信</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1600"/>
        <source>Enable power memory during tuning</source>
        <translation>チューニング中に出力メモリを可能とする</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1603"/>
        <source>Tune</source>
        <translation>チューン</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1627"/>
        <source>Tx &amp;Macros</source>
        <translation>Txマクロ(&amp;M)</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1630"/>
        <source>Canned free text messages setup</source>
        <translation>フリーテキストメッセージ設定</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1636"/>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1646"/>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1656"/>
        <source>Drag and drop items to rearrange order
Right click for item specific actions
Click, SHIFT+Click and, CRTL+Click to select items</source>
        <translation>ドラッグアンドドロップで順番を変えます
右クリックでそれぞれの設定を変更します
SHIFT＋クリック、CTRL＋クリックで複数選択できます</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1709"/>
        <source>Reportin&amp;g</source>
        <translation>レポート(&amp;g)</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1712"/>
        <source>Reporting and logging settings</source>
        <translation>レポートとログの設定</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1718"/>
        <source>Logging</source>
        <translation>ログ</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1724"/>
        <source>The program will pop up a partially completed Log QSO dialog when you send a 73 or free text message.</source>
        <translation>73またはフリーテキストメッセージを送った後でQSOをログするかどうかたずねるダイアログがポップアップします.</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1727"/>
        <source>Promp&amp;t me to log QSO</source>
        <translation>QSOをログするよう促すメッセージを出す(&amp;t)</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1747"/>
        <source>Op Call:</source>
        <translation>オペレータコール:</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1757"/>
        <source>Some logging programs will not accept the type of reports
saved by this program.
Check this option to save the sent and received reports in the
comments field.</source>
        <translation>ログプログラムのなかにはこのプログラムで保存した
レポートを受け付けないものもあります.
このオプションを使うと送信と受信レポートを
コメントに付加します.</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1763"/>
        <source>d&amp;B reports to comments</source>
        <translation>dBレポートをコメントに追加(&amp;B)</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1770"/>
        <source>Check this option to force the clearing of the DX Call
and DX Grid fields when a 73 or free text message is sent.</source>
        <translation>このオプションをオンにすると73またはフリーテキスト
メッセージを送った後、DXコールとDXグリッドをクリアします.</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1774"/>
        <source>Clear &amp;DX call and grid after logging</source>
        <translation>ログした後DXコールとDXグリッドをクリアする(&amp;D)</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1781"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Some logging programs will not accept WSJT-X mode names.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;いくつかのログプログラムはWSJT-Xのモード名を受け付けません.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1784"/>
        <source>Con&amp;vert mode to RTTY</source>
        <translation>モードをRTTYに変換(&amp;v)</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1791"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;The callsign of the operator, if different from the station callsign.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;もしオペレータのコールサインが局のコールサインと違う場合、ここに指定.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1798"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Check to have QSOs logged automatically, when complete.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;ここをチェックするとQSOが終了次第自動的にログに追加.されます.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1801"/>
        <source>Log automatically (contesting only)</source>
        <translation>自動ログ記録（コンテストのみ）</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1818"/>
        <source>Network Services</source>
        <translation>ネットワークサービス</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1824"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;The program can send your station details and all decoded signals with grid squares as spots to the http://pskreporter.info web site.&lt;/p&gt;&lt;p&gt;This is used for reverse beacon analysis which is very useful for assessing propagation and system performance.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;貴局の詳細、及びグリッドスクエアを含む全てのデコードした信号を http://pskreporter.info web siteへスポットできます.&lt;/p&gt;&lt;p&gt;これは、リバースビーコンの解析に使用され、電波伝搬の評価に大変役立ちます.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>The program can send your station details and all
decoded signals as spots to the http://pskreporter.info web site.
This is used for reverse beacon analysis which is very useful
for assessing propagation and system performance.</source>
        <translation type="vanished">貴局の詳細情報とデコードした信号を
 http://pskreporter.info webサイトにスポットします.
電波伝搬やシステム性能を評価するのに大変有用な
リバースビーコンに使用されます.</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1827"/>
        <source>Enable &amp;PSK Reporter Spotting</source>
        <translation>PSK Reporterによるスポットをオン(&amp;P)</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1834"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Check this option if a reliable connection is needed&lt;/p&gt;&lt;p&gt;Most users do not need this, the default uses UDP which is more efficient. Only check this if you have evidence that UDP traffic from you to PSK Reporter is being lost.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;確実な通信が必要なときだけ、このオプションをチェックします&lt;/p&gt;&lt;p&gt;殆どのユーザー環境では、UDPで十分かつ効率がよいため、チェックする必要はありません. PSK ReporterへのUDPトラフィックが不安定であるという確信があるときのみチェックしてください.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1837"/>
        <source>Use TCP/IP connection</source>
        <translation>TCP/IP接続を使用</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1847"/>
        <source>UDP Server</source>
        <translation>UDPサーバー</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1858"/>
        <source>UDP Server:</source>
        <translation>UDPサーバー:</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1868"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Optional hostname of network service to receive decodes.&lt;/p&gt;&lt;p&gt;Formats:&lt;/p&gt;&lt;ul style=&quot;margin-top: 0px; margin-bottom: 0px; margin-left: 0px; margin-right: 0px; -qt-list-indent: 1;&quot;&gt;&lt;li style=&quot; margin-top:12px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;hostname&lt;/li&gt;&lt;li style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;IPv4 address&lt;/li&gt;&lt;li style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;IPv6 address&lt;/li&gt;&lt;li style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;IPv4 multicast group address&lt;/li&gt;&lt;li style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;IPv6 multicast group address&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Clearing this field will disable the broadcasting of UDP status updates.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;ネットワークサービスのホスト名指定オプション.&lt;/p&gt;&lt;p&gt;Formats:&lt;/p&gt;&lt;ul style=&quot;margin-top: 0px; margin-bottom: 0px; margin-left: 0px; margin-right: 0px; -qt-list-indent: 1;&quot;&gt;&lt;li style=&quot; margin-top:12px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;ホスト名&lt;/li&gt;&lt;li style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;IPv4 アドレス&lt;/li&gt;&lt;li style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;IPv6 アドレス&lt;/li&gt;&lt;li style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;IPv4 マルチキャストグループアドレス&lt;/li&gt;&lt;li style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;IPv6 マルチキャストグループアドレス&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;空白の場合は、UDPブロードキャストがオフ.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1878"/>
        <source>UDP Server port number:</source>
        <translation>UDPサーバーのポート番号:</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Enter the service port number of the UDP server that WSJT-X should send updates to. If this is zero no updates will be broadcast.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation type="vanished">&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;WSJT-Xがデータを送る先のUDPポート番号. ゼロの場合はデータを送りません.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1942"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;With this enabled WSJT-X will accept certain requests back from a UDP server that receives decode messages.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;オンにすると、WSJT-XはUDPサーバーからのデータを受け付けます.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1945"/>
        <source>Accept UDP requests</source>
        <translation>UDP要求を受け付ける</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1952"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Indicate acceptance of an incoming UDP request. The effect of this option varies depending on the operating system and window manager, its intent is to notify the acceptance of an incoming UDP request even if this application is minimized or hidden.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;UDPリクエストを受け付けたことを表示. OSやウィンドウマネージャによって動作が変わります. アプリウィンドウが最小化されていたり隠れていたりしていてもUDPリクエストが送られてきたことを知るために使うことができます.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1955"/>
        <source>Notify on accepted UDP request</source>
        <translation>UDPリクエストが来たとき知らせる</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1962"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Restore the window from minimized if an UDP request is accepted.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;UDPリクエストが来たとき、ウィンドウを最小化から元の大きさへ戻します.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1965"/>
        <source>Accepted UDP request restores window</source>
        <translation>ウィンドウを元に戻すUDPリクエストを受け付ける</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1977"/>
        <source>Secondary UDP Server (deprecated)</source>
        <translation>セカンドUDPサーバー（使わないことを推奨）</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1983"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;When checked, WSJT-X will broadcast a logged contact in ADIF format to the configured hostname and port. &lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;ここをチェックすると、WSJT-XはADIFフォーマットのログ情報を指定のホストの指定のポートへブロードキャストします. &lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1986"/>
        <source>Enable logged contact ADIF broadcast</source>
        <translation>ADIFログ情報をブロードキャスト</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="1993"/>
        <source>Server name or IP address:</source>
        <translation>サーバー名またはIPアドレス:</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="2003"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Optional host name of N1MM Logger+ program to receive ADIF UDP broadcasts. This is usually &apos;localhost&apos; or ip address 127.0.0.1&lt;/p&gt;&lt;p&gt;Formats:&lt;/p&gt;&lt;ul style=&quot;margin-top: 0px; margin-bottom: 0px; margin-left: 0px; margin-right: 0px; -qt-list-indent: 1;&quot;&gt;&lt;li style=&quot; margin-top:12px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;hostname&lt;/li&gt;&lt;li style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;IPv4 address&lt;/li&gt;&lt;li style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;IPv6 address&lt;/li&gt;&lt;li style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;IPv4 multicast group address&lt;/li&gt;&lt;li style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;IPv6 multicast group address&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Clearing this field will disable broadcasting of ADIF information via UDP.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;ADIF UDP ブロードキャストを受けるN1MM Logger+のホスト名. 通常は &apos;localhost&apos; または ip アドレス 127.0.0.1&lt;/p&gt;&lt;p&gt;フォーマット:&lt;/p&gt;&lt;ul style=&quot;margin-top: 0px; margin-bottom: 0px; margin-left: 0px; margin-right: 0px; -qt-list-indent: 1;&quot;&gt;&lt;li style=&quot; margin-top:12px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;ホスト名&lt;/li&gt;&lt;li style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;IPv4 address&lt;/li&gt;&lt;li style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;IPv6 address&lt;/li&gt;&lt;li style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;IPv4 マルチキャストグループアドレス&lt;/li&gt;&lt;li style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;IPv6 マルチキャストグループアドレス&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;空白にすることで、UDP経由のADIF情報ブロードキャストを停止.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="2010"/>
        <source>Server port number:</source>
        <translation>サーバーのポート番号:</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="2020"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Enter the port number that WSJT-X should use for UDP broadcasts of ADIF log information. For N1MM Logger+, this value should be 2333. If this is zero,  no updates will be broadcast.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;WSJT-XがADIF情報をブロードキャストする先のUDPポート番号. N1MM Logger+のときは2333. ゼロの場合はブロードキャスト停止.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="2047"/>
        <source>Frequencies</source>
        <translation>周波数</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="2050"/>
        <source>Default frequencies and band specific station details setup</source>
        <translation>デフォルト周波数及びバンドごとの局情報設定</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="2056"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;See &amp;quot;Frequency Calibration&amp;quot; in the WSJT-X User Guide for details of how to determine these parameters for your radio.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;あなたの無線機に合わせたパラメータ設定の詳細については、WSJT-Xユーザーガイドの &amp;quot;Frequency Calibration&amp;quot; セクションを参照のこと.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="2059"/>
        <source>Frequency Calibration</source>
        <translation>周波数較正</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="2067"/>
        <source>Slope:</source>
        <translation>スロープ:</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="2080"/>
        <source> ppm</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="2106"/>
        <source>Intercept:</source>
        <translation>インターセプト:</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="2119"/>
        <source> Hz</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="2156"/>
        <source>Working Frequencies</source>
        <translation>運用周波数</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="2171"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Right click to maintain the working frequencies list.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;右クリックで周波数リストの管理.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="2199"/>
        <source>Station Information</source>
        <translation>局情報</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="2211"/>
        <source>Items may be edited.
Right click for insert and delete options.</source>
        <translation>項目は編集できます.
右クリックで挿入や削除が選べます.</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="2259"/>
        <source>Colors</source>
        <translation>色</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="2265"/>
        <source>Decode Highlightling</source>
        <translation>デコードハイライト</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="2286"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Click to scan the wsjtx_log.adi ADIF file again for worked before information&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>クリックすることでADIFファイル(wsjtx_log.adi)を読み直し、交信済みの情報を得る</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="2289"/>
        <source>Rescan ADIF Log</source>
        <translation>ADIFログを再読み込み</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="2298"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Push to reset all highlight items above to default values and priorities.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;ここから上すべてのハイライト項目のデフォルト値と優先度をリセットする.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="2301"/>
        <source>Reset Highlighting</source>
        <translation>ハイライトをリセット</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="2320"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Enable or disable using the check boxes and right-click an item to change or unset the foreground color, background color, or reset the item to default values. Drag and drop the items to change their priority, higher in the list is higher in priority.&lt;/p&gt;&lt;p&gt;Note that each foreground or background color may be either set or unset, unset means that it is not allocated for that item&apos;s type and lower priority items may apply.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;チェックボックスでオンオフを切り替え、右クリックで項目を編集、文字色、背景色を指定、あるいはデフォルト値へリセット. ドラッグアンドドロップで項目の優先順位を変更、リストの上にいくほど優先度高.&lt;/p&gt;&lt;p&gt;文字色と背景色はそれぞれ指定または解除が選択可能. 解除とはその項目では色指定されないが、より低い優先度の項目で指定されるかもしれないという意味.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="2345"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Check to indicate new DXCC entities, grid squares, and callsigns per mode.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;チェックするとモードごとに新DXCCエンティティ、新グリッドスクエア、新コールサインを表示します.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="2348"/>
        <source>Highlight by Mode</source>
        <translation>モードハイライト</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="2355"/>
        <source>Include extra WAE entities</source>
        <translation>WAEの特別エンティティを含む</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="2362"/>
        <source>Check to for grid highlighting to only apply to unworked grid fields</source>
        <translation>チェックするとグリッドハイライトは未交信グリッドのみに適用</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="2365"/>
        <source>Only grid Fields sought</source>
        <translation>グリッドのみ検索</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="2375"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Controls for Logbook of the World user lookup.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;LotWユーザー参照設定.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="2378"/>
        <source>Logbook of the World User Validation</source>
        <translation>LoｔWユーザー確認</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="2384"/>
        <source>Users CSV file URL:</source>
        <translation>ユーザーのCSVファイルURL:</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="2396"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;URL of the ARRL LotW user&apos;s last upload dates and times data file which is used to highlight decodes from stations that are known to upload their log file to LotW.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;ARRL LotWのURL. QSO相手がLotWを使っているかどうかを判定しハイライトするために、相手がいつログデータをLotWへアップロードしたか調べます.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="2399"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="2402"/>
        <source>https://lotw.arrl.org/lotw-user-activity.csv</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="2409"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Push this button to fetch the latest LotW user&apos;s upload date and time data file.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;このボタンを押すとQSO相手が最近いつLotWへログをアップロードしたかという情報を取得します.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="2412"/>
        <source>Fetch Now</source>
        <translation>データ取り込み</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="2421"/>
        <source>Age of last upload less than:</source>
        <translation>最終アップロード日がこの日数以内:</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="2431"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Adjust this spin box to set the age threshold of LotW user&apos;s last upload date that is accepted as a current LotW user.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;このスピンボックスを使ってLotWユーザが過去何日以内にLotWへログをアップデートしたらLotWを現在も使っていると判断するか指定します.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="2437"/>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="2483"/>
        <source>Advanced</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="2489"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;User-selectable parameters for JT65 VHF/UHF/Microwave decoding.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;JT65 VHF/UHF/Microwaveデコードのユーザパラメータ設定.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="2492"/>
        <source>JT65 VHF/UHF/Microwave decoding parameters</source>
        <translation>JT65 VHF/UHF/Microwave デコードパラメータ</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="2498"/>
        <source>Random erasure patterns:</source>
        <translation>ランダム消去パターン:</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="2508"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Maximum number of erasure patterns for stochastic soft-decision Reed Solomon decoder is 10^(n/2).&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;確率的判定の最大ランダム消去パターン数 Reed Solomon デコーダーは 10^(n/2).&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="2524"/>
        <source>Aggressive decoding level:</source>
        <translation>デコードレベル:</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="2534"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Higher levels will increase the probability of decoding, but will also increase probability of a false decode.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;大きな値にするとデコードする確率は高まりますが、同時に誤ったデータを出力する可能性も高まります.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="2544"/>
        <source>Two-pass decoding</source>
        <translation>2パスデコード</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="2557"/>
        <source>Special operating activity:  Generation of FT4, FT8, and MSK144 messages</source>
        <translation>特別な運用  FT4, FT8, MSK144用のメッセージ生成</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="2569"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;FT8 DXpedition mode:  Hound operator calling the DX.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;FT8 DXペディションモード:  DXを呼ぶHound オペレータ&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="2572"/>
        <location filename="../Configuration.ui" line="2575"/>
        <source>Hound</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="2594"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;North American VHF/UHF/Microwave contests and others in which a 4-character grid locator is the required exchange.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;北アメリカ VHF/UHF/Microwave コンテストなど、コンテストナンバーとして4桁のグリッドロケーター使う場合.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="2597"/>
        <location filename="../Configuration.ui" line="2600"/>
        <source>NA VHF Contest</source>
        <translation>NA VHFコンテスト</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="2610"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;FT8 DXpedition mode:  Fox (DXpedition) operator.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;FT8 DXペディションモード:  Fox (DXペディションのオペレータ).&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="2613"/>
        <location filename="../Configuration.ui" line="2616"/>
        <source>Fox</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="2635"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;European VHF+ contests requiring a signal report, serial number, and 6-character locator.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;European VHF+ コンテスト, コンテストナンバーとしてシグナルレポート、シリアルナンバー、6桁のロケータを交換する場合.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="2638"/>
        <location filename="../Configuration.ui" line="2641"/>
        <source>EU VHF Contest</source>
        <translation>EU VHFコンテスト</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="2666"/>
        <location filename="../Configuration.ui" line="2716"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;ARRL RTTY Roundup and similar contests.  Exchange is US state, Canadian province, or &amp;quot;DX&amp;quot;.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;ARRL RTTY ラウンドアップなどのコンテスト.  コンテストナンバーはアメリカ州、カナダ州、または &amp;quot;DX&amp;quot;.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="2669"/>
        <source>R T T Y Roundup</source>
        <translation>R T T Y ラウンドアップ</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="2672"/>
        <source>RTTY Roundup messages</source>
        <translation>RTTYラウンドアップメッセージ</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="2697"/>
        <source>RTTY Roundup exchange</source>
        <translation>RTTYラウンドアップコンテストナンバー</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="2700"/>
        <source>RTTY RU Exch:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="2719"/>
        <source>NJ</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="2735"/>
        <location filename="../Configuration.ui" line="2785"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;ARRL Field Day exchange: number of transmitters, Class, and ARRL/RAC section or &amp;quot;DX&amp;quot;.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;ARRL フィールドデーのコンテストナンバー、送信機, クラス, ARRL/RAC セクション または &amp;quot;DX&amp;quot;.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="2738"/>
        <source>A R R L Field Day</source>
        <translation>A R R L フィールドデー</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="2741"/>
        <source>ARRL Field Day</source>
        <translation>ARRLフィールドデー</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="2766"/>
        <source>Field Day exchange</source>
        <translation>フィールドデーコンテストナンバー</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="2769"/>
        <source>FD Exch:</source>
        <translation>FD ナンバー:</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="2788"/>
        <source>6A SNJ</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="2808"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;World-Wide Digi-mode contest&lt;/p&gt;&lt;p&gt;&lt;br/&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;World-Wide デジモードコンテスト&lt;/p&gt;&lt;p&gt;&lt;br/&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="2811"/>
        <source>WW Digital Contest</source>
        <translation>WWデジタルコンテスト</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="2814"/>
        <source>WW Digi Contest</source>
        <translation>WWデジタルコンテスト</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="2827"/>
        <source>Miscellaneous</source>
        <translation>その他</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="2833"/>
        <source>Degrade S/N of .wav file: </source>
        <translation>wavファイルのSN比を落とす: </translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="2843"/>
        <location filename="../Configuration.ui" line="2869"/>
        <source>For offline sensitivity tests</source>
        <translation>オフライン感度テスト用</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="2846"/>
        <source> dB</source>
        <translation> dB</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="2859"/>
        <source>Receiver bandwidth:</source>
        <translation>受信バンド幅:</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="2872"/>
        <source>  Hz</source>
        <translation>  Hz</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="2888"/>
        <source>Tx delay:</source>
        <translation>送信遅延:</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="2898"/>
        <source>Minimum delay between assertion of PTT and start of Tx audio.</source>
        <translation>PTTをオンにしてからオーディオ信号を発生するまでの最小時間.</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="2901"/>
        <source>  s</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="2926"/>
        <location filename="../Configuration.ui" line="2929"/>
        <source>Tone spacing</source>
        <translation>トーン間隔</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="2935"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Generate Tx audio with twice the normal tone spacing.  Intended for special LF/MF transmitters that use a divide-by-2 before generating RF.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;通常の2倍のトーン間隔を持った信号を送信. 電波を出す際に周波数を2分の1にする特別なLF/MF送信機用.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="2938"/>
        <source>x 2</source>
        <translation>x 2</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="2948"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Generate Tx audio with four times the normal tone spacing. Intended for special LF/MF transmitters that use a divide-by-4 before generating RF.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;通常の4倍のトーン間隔を持った信号を送信. 電波を出す際に周波数を4分の1にする特別なLF/MF送信機用.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="2951"/>
        <source>x 4 </source>
        <translation>x 4 </translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="2967"/>
        <location filename="../Configuration.ui" line="2970"/>
        <source>Waterfall spectra</source>
        <translation>ウォーターフォールスペクトラム</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="2976"/>
        <source>Low sidelobes</source>
        <translation>サイドローブ表示控え目</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="2986"/>
        <source>Most sensitive</source>
        <translation>最大感度</translation>
    </message>
    <message>
        <location filename="../Configuration.ui" line="3016"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Discard (Cancel) or apply (OK) configuration changes including&lt;/p&gt;&lt;p&gt;resetting the radio interface and applying any soundcard changes&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;コンフィグレーション変更の破棄 (キャンセル) または 適用 (OK)&lt;/p&gt;&lt;p&gt;無線機インターフェイスのリセットとサウンドカードの変更を含む&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Fatal error</source>
        <translation type="vanished">致命的エラー</translation>
    </message>
    <message>
        <source>Unexpected fatal error</source>
        <translation type="vanished">予期せぬ致命的エラー</translation>
    </message>
    <message>
        <source>Where &lt;rig-name&gt; is for multi-instance support.</source>
        <translation type="vanished">ここで&lt;rig-name&gt;は複数インスタンスのサポート.</translation>
    </message>
    <message>
        <source>rig-name</source>
        <translation type="vanished">無線機名</translation>
    </message>
    <message>
        <source>Where &lt;configuration&gt; is an existing one.</source>
        <translation type="vanished">ここで&lt;configuration&gt;はすでに設定済みのもの.</translation>
    </message>
    <message>
        <source>configuration</source>
        <translation type="vanished">コンフィグレーション</translation>
    </message>
    <message>
        <source>Where &lt;language&gt; is &lt;lang-code&gt;[-&lt;country-code&gt;].</source>
        <translation type="vanished">ここで &lt;language&gt; は &lt;lang-code&gt;[-&lt;country-code&gt;].</translation>
    </message>
    <message>
        <source>language</source>
        <translation type="vanished">言語</translation>
    </message>
    <message>
        <source>Writable files in test location.  Use with caution, for testing only.</source>
        <translation type="vanished">テスト用書き込み可能ファイル. 注意してテストだけに使うこと.</translation>
    </message>
    <message>
        <source>Command line error</source>
        <translation type="vanished">コマンドラインエラー</translation>
    </message>
    <message>
        <source>Command line help</source>
        <translation type="vanished">コマンドラインヘルプ</translation>
    </message>
    <message>
        <source>Application version</source>
        <translation type="vanished">アプリのバージョン</translation>
    </message>
    <message>
        <source>Another instance may be running</source>
        <translation type="vanished">おそらく他のインスタンスが動作中</translation>
    </message>
    <message>
        <source>try to remove stale lock file?</source>
        <translation type="vanished">古いロックファイルの削除を試みますか?</translation>
    </message>
    <message>
        <location filename="../main.cpp" line="269"/>
        <source>Failed to create a temporary directory</source>
        <translation>一時的作業ディレクトリーが作成できません</translation>
    </message>
    <message>
        <location filename="../main.cpp" line="270"/>
        <location filename="../main.cpp" line="278"/>
        <source>Path: &quot;%1&quot;</source>
        <translation>パス:&quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../main.cpp" line="276"/>
        <source>Failed to create a usable temporary directory</source>
        <translation>一時的作業ディレクトリが作成できません</translation>
    </message>
    <message>
        <location filename="../main.cpp" line="277"/>
        <source>Another application may be locking the directory</source>
        <translation>おそらく他のアプリがディレクトリをロックしています</translation>
    </message>
    <message>
        <location filename="../main.cpp" line="310"/>
        <source>Failed to create data directory</source>
        <translation>データ用ディレクトリの作成ができません</translation>
    </message>
    <message>
        <location filename="../main.cpp" line="311"/>
        <source>path: &quot;%1&quot;</source>
        <translation>パス: &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../main.cpp" line="402"/>
        <source>Shared memory error</source>
        <translation>共有メモリエラー</translation>
    </message>
    <message>
        <location filename="../main.cpp" line="403"/>
        <source>Unable to create shared memory segment</source>
        <translation>共有メモリセグメントが作成できません</translation>
    </message>
    <message>
        <location filename="../main.cpp" line="411"/>
        <source>Sub-process error</source>
        <translation>サブプロセスエラー</translation>
    </message>
    <message>
        <location filename="../main.cpp" line="412"/>
        <source>Failed to close orphaned jt9 process</source>
        <translation>jt9の孤立したプロセスを終了できません</translation>
    </message>
</context>
<context>
    <name>wf_palette_design_dialog</name>
    <message>
        <location filename="../wf_palette_design_dialog.ui" line="14"/>
        <source>Palette Designer</source>
        <translation>パレットデザイナー</translation>
    </message>
    <message>
        <location filename="../wf_palette_design_dialog.ui" line="23"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Double click a color to edit it.&lt;/p&gt;&lt;p&gt;Right click to insert or delete colors.&lt;/p&gt;&lt;p&gt;Colors at the top represent weak signals&lt;/p&gt;&lt;p&gt;and colors at the bottom represent strong&lt;/p&gt;&lt;p&gt;signals. You can have up to 256 colors.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;ダブルクリックで色変更.&lt;/p&gt;&lt;p&gt;右クリックで色の追加または削除.&lt;/p&gt;&lt;p&gt;上の方の色は弱い信号を表します&lt;/p&gt;&lt;p&gt;そして下の方の色は強い信号を表します&lt;/p&gt;&lt;p&gt;信号. 256色まで使用可能.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
</context>
</TS>
