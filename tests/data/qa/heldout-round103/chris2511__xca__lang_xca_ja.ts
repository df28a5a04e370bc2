<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>CaProperties</name>
    <message>
        <source>CA Properties</source>
        <translation type="vanished">CAプロパティ</translation>
    </message>
    <message>
        <location filename="../ui/CaProperties.ui" line="+14"/>
        <source>Form</source>
        <translation>CAのプロパティ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Days until next CRL issuing</source>
        <translation>次のCRL発行までの日数</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Default template</source>
        <translation>デフォルトテンプレート</translation>
    </message>
</context>
<context>
    <name>CertDetail</name>
    <message>
        <location filename="../widgets/CertDetail.cpp" line="+139"/>
        <location filename="../ui/CertDetail.ui" line="+30"/>
        <source>Details of the Certificate</source>
        <translation>証明書の詳細</translation>
    </message>
    <message>
        <location filename="../ui/CertDetail.ui" line="+135"/>
        <source>Serial</source>
        <translation>シリアル番号</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The serial number of the certificate</source>
        <translation>証明書のシリアル番号</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>The internal name of the certificate in the database</source>
        <translation>データベース内の証明書内部名</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Internal name</source>
        <translation>内部名</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Signature</source>
        <translation>署名アルゴリズム</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Key</source>
        <translation>秘密鍵</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Fingerprints</source>
        <translation>フィンガープリント</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>MD5</source>
        <translation>MD5</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>An md5 hashsum of the certificate</source>
        <translation>証明書のMD5ハッシュ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>SHA1</source>
        <translation>SHA1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A SHA-1 hashsum of the certificate</source>
        <translation>証明書のSHA-1ハッシュ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>SHA256</source>
        <translation>SHA256</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A SHA-256 hashsum of the certificate</source>
        <translation>証明書のSHA-256ハッシュ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Validity</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The time since the certificate is valid</source>
        <translation>証明書が有効になってからの時間</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The time until the certificate is valid</source>
        <translation>証明書が有効になるまでの時間</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Subject</source>
        <translation>サブジェクト</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Issuer</source>
        <translation>発行者</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Extensions</source>
        <translation>拡張キー</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Validation</source>
        <translation>検証</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Purposes</source>
        <translation>目的</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Strict RFC 5280 validation</source>
        <translation>厳格なRFC 5280検証</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Attributes</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../widgets/CertDetail.cpp" line="-104"/>
        <location filename="../ui/CertDetail.ui" line="+23"/>
        <source>Show config</source>
        <translation>コンフィグを表示</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show extensions</source>
        <translation>拡張キーを表示</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Show public key</source>
        <translation>公開キーを表示</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This key is not in the database.</source>
        <translation>このキーはデータベースに存在しません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not available</source>
        <translation>使用不可</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>No verification errors found.</source>
        <translation>検証エラーは見つかりませんでした。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Signer unknown</source>
        <translation>署名者不明</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Self signed</source>
        <translation>自己署名</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Revoked at %1</source>
        <translation>%1で取り消し</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not valid</source>
        <translation>無効</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Valid</source>
        <translation>有効</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Details of the certificate signing request</source>
        <translation>証明書署名要求の詳細</translation>
    </message>
</context>
<context>
    <name>CertExtend</name>
    <message>
        <location filename="../ui/CertExtend.ui" line="+30"/>
        <source>Certificate renewal</source>
        <translation>証明書の更新</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>This will create a new certificate as a copy of the old one with a new serial number and adjusted validity values.</source>
        <translation>これにより、新しいシリアル番号と修正された有効値を持つ古い証明書のコピーとして、新しい証明書が作成されます。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Validity</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not before</source>
        <translation>開始日時</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not after</source>
        <translation>終了日時</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Time range</source>
        <translation>時間の範囲</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Local time</source>
        <translation>ローカル時間</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Days</source>
        <translation>日</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Months</source>
        <translation>月</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Years</source>
        <translation>年</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No well-defined expiration</source>
        <translation>有効期限が明確に定義されていない</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Midnight</source>
        <translation>深夜時間</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Revoke old certificate</source>
        <translation>古い証明書の失効</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Replace old certificate</source>
        <translation>古い証明書を置き換える</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Keep serial number</source>
        <translation>シリアル番号を保持</translation>
    </message>
    <message>
        <location filename="../widgets/CertExtend.cpp" line="+43"/>
        <source>The certificate will be earlier valid than the signer. This is probably not what you want.</source>
        <translation>証明書は署名者よりも前に有効になります。これはおそらくあなたが望むものではありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+22"/>
        <source>Edit dates</source>
        <translation>日付の編集</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+22"/>
        <source>Abort rollout</source>
        <translation>展開の中止</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+22"/>
        <source>Continue rollout</source>
        <translation>展開を続ける</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+22"/>
        <source>Adjust date and continue</source>
        <translation>日付を調整して続行</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The certificate will be longer valid than the signer. This is probably not what you want.</source>
        <translation>証明書は署名者よりも有効期間が長くなります。これはおそらくあなたが望むものではありません。</translation>
    </message>
</context>
<context>
    <name>CertTreeView</name>
    <message>
        <location filename="../widgets/CertTreeView.cpp" line="+34"/>
        <source>Hide unusable certificates</source>
        <translation>使用できない証明書を非表示</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import PKCS#12</source>
        <translation>PKCS#12形式でインポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import from PKCS#7</source>
        <translation>PKCS#7形式でインポート</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Request</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security token</source>
        <translation>セキュリティトークン</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other token</source>
        <translation>その他のトークン</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Similar Certificate</source>
        <translation>類似の証明書</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete from Security token</source>
        <translation>セキュリティトークンから削除</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CA</source>
        <translation>CA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Properties</source>
        <translation>プロパティ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate CRL</source>
        <translation>CRLを作成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manage revocations</source>
        <translation>失効の管理</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import OpenVPN tls-auth key</source>
        <translation>OpenVPN tls-auth key形式でインポート</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>Renewal</source>
        <translation>更新</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoke</source>
        <translation>失効</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unrevoke</source>
        <translation>失効の取消</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Plain View</source>
        <translation>標準ビュー</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tree View</source>
        <translation>ツリービュー</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>days</source>
        <translation>日</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No template</source>
        <translation>テンプレートなし</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CA Properties</source>
        <translation>CAプロパティ</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Certificate export</source>
        <translation>証明書のエクスポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X509 Certificates ( *.pem *.cer *.crt *.p12 *.pfx *.p7b )</source>
        <translation>X509 Certificates ( *.pem *.cer *.crt *.p12 *.pfx *.p7b )</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vCalendar entry ( *.ics )</source>
        <translation>vCalendar entry ( *.ics )</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenVPN file ( *.ovpn )</source>
        <translation>OpenVPN file ( *.ovpn )</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenVPN tls-auth key ( *.key )</source>
        <translatorcomment>OpenVPN tls-auth key ( *.key )</translatorcomment>
        <translation></translation>
    </message>
</context>
<context>
    <name>ClickLabel</name>
    <message>
        <location filename="../widgets/clicklabel.cpp" line="+37"/>
        <source>Double click for details</source>
        <translation>ダブルクリックして詳細を表示</translation>
    </message>
</context>
<context>
    <name>CrlDetail</name>
    <message>
        <location filename="../ui/CrlDetail.ui" line="+30"/>
        <source>Details of the Revocation list</source>
        <translation>失効リストの詳細</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>&amp;Status</source>
        <translation>ステータス(&amp;S)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Signature</source>
        <translation>署名アルゴリズム</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signed by</source>
        <translation>署名者</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The internal name of the CRL in the database</source>
        <translation>データベース内のCRL内部名</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>issuing dates</source>
        <translation>発行日</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Next update</source>
        <translation>次回更新日時</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last update</source>
        <translation>最終更新日時</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Issuer</source>
        <translation>発行者(&amp;I)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Extensions</source>
        <translation>拡張キー(&amp;E)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Revocation list</source>
        <translation>失効リスト(&amp;R)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <location filename="../widgets/CrlDetail.cpp" line="+48"/>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown signer</source>
        <translation>不明な署名者</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verification not possible</source>
        <translation>検証できません</translation>
    </message>
</context>
<context>
    <name>CrlTreeView</name>
    <message>
        <location filename="../widgets/CrlTreeView.cpp" line="+39"/>
        <source>There are no CA certificates for CRL generation</source>
        <translation>CRL生成のためのCA証明書がありません</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select CA certificate</source>
        <translation>CA証明書の選択</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Revocation list export</source>
        <translation>失効リストのエクスポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CRL ( *.pem *.der *.crl )</source>
        <translation>CRL ( *.pem *.der *.crl )</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vCalendar entry ( *.ics )</source>
        <translation>vCalendar entry ( *.ics )</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../ui/ExportDialog.ui" line="+76"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The internal name of the CRL in the database</source>
        <translation>データベース内のCRL内部名</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Filename</source>
        <translation>ファイル名</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Each Item in a separate file</source>
        <translation>各アイテムを別ファイルにする</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Same encryption password for all items</source>
        <translation>すべてのアイテムに同じ暗号化パスワード</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export comment into PEM file</source>
        <translation>コメントをPEMファイルにエクスポート</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Export Format</source>
        <translation>エクスポートフォーマット</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="+53"/>
        <source>All files ( * )</source>
        <translation>All files ( * )</translation>
    </message>
    <message>
        <source>PEM Text format with headers</source>
        <translation type="vanished">ヘッダ付きPEMテキスト形式</translation>
    </message>
    <message>
        <source>Concatenated list of all selected items in one PEM text file</source>
        <translation type="vanished">1つのPEMテキストファイルで選択されたすべての項目を連結したリスト</translation>
    </message>
    <message>
        <source>Concatenated text format of the complete certificate chain in one PEM file</source>
        <translation type="vanished">1つのPEMファイル内の完全な証明書チェーンの連結テキスト形式</translation>
    </message>
    <message>
        <source>Concatenated text format of all certificates in one PEM file</source>
        <translation type="vanished">1つのPEMファイルにすべての証明書を連結したテキスト形式</translation>
    </message>
    <message>
        <source>Binary DER encoded file</source>
        <translation type="vanished">バイナリDERエンコードファイル</translation>
    </message>
    <message>
        <source>PKCS#7 encoded single certificate</source>
        <translation type="vanished">PKCS#7でエンコードされた単一の証明書</translation>
    </message>
    <message>
        <source>PKCS#7 encoded complete certificate chain</source>
        <translation type="vanished">PKCS#7エンコードされた完全な証明書チェーン</translation>
    </message>
    <message>
        <source>Concatenated text format of all unrevoked certificates in one PEM file</source>
        <translation type="vanished">1つのPEMファイル内の失効していないすべての証明書を連結したテキスト形式</translation>
    </message>
    <message>
        <source>All unrevoked certificates encoded in one PKCS#7 file</source>
        <translation type="vanished">1つのPKCS#7ファイルにエンコードされた、失効していないすべての証明書</translation>
    </message>
    <message>
        <source>All selected certificates encoded in one PKCS#7 file</source>
        <translation type="vanished">選択されたすべての証明書が1つのPKCS#7ファイルにエンコードされている</translation>
    </message>
    <message>
        <source>All certificates encoded in one PKCS#7 file</source>
        <translation type="vanished">1つのPKCS#7ファイルにエンコードされたすべての証明書</translation>
    </message>
    <message>
        <source>The certificate and the private key as encrypted PKCS#12 file</source>
        <translation type="vanished">暗号化されたPKCS#12ファイルとしての証明書と秘密鍵</translation>
    </message>
    <message>
        <source>The complete certificate chain and the private key as encrypted PKCS#12 file</source>
        <translation type="vanished">完全な証明書チェーンと暗号化されたPKCS#12ファイルとしての秘密鍵</translation>
    </message>
    <message>
        <source>Concatenation of the certificate and the unencrypted private key in one PEM file</source>
        <translation type="vanished">1つのPEMファイルでの証明書と暗号化されていない秘密鍵の連結</translation>
    </message>
    <message>
        <source>Concatenation of the certificate and the encrypted private key in PKCS#8 format in one file</source>
        <translation type="vanished">証明書と暗号化された秘密鍵をPKCS#8形式で1つのファイルに連結したもの</translation>
    </message>
    <message>
        <source>Text format of the public key in one PEM file</source>
        <translation type="vanished">1つのPEMファイル内の公開キーのテキスト形式</translation>
    </message>
    <message>
        <source>Binary DER format of the public key</source>
        <translation type="vanished">公開キーのバイナリDERフォーマット</translation>
    </message>
    <message>
        <source>Unencrypted private key in text format</source>
        <translation type="vanished">テキスト形式の暗号化されていない秘密鍵</translation>
    </message>
    <message>
        <source>OpenSSL specific encrypted private key in text format</source>
        <translation type="vanished">OpenSSL固有の暗号化された秘密鍵 (テキスト形式)</translation>
    </message>
    <message>
        <source>Unencrypted private key in binary DER format</source>
        <translation type="vanished">バイナリDER形式の暗号化されていない秘密鍵</translation>
    </message>
    <message>
        <source>Unencrypted private key in PKCS#8 text format</source>
        <translation type="vanished">PKCS#8テキスト形式の暗号化されていない非公開キー</translation>
    </message>
    <message>
        <source>Encrypted private key in PKCS#8 text format</source>
        <translation type="vanished">暗号化された秘密鍵 (PKCS#8テキスト形式)</translation>
    </message>
    <message>
        <source>The public key encoded in SSH2 format</source>
        <translation type="vanished">SSH2形式でエンコードされた公開キー</translation>
    </message>
    <message>
        <source>OpenSSL specific Certificate Index file as created by the &apos;ca&apos; command and required by the OCSP tool</source>
        <translation type="vanished">&apos;CA&apos;コマンドで作成され、OCSPツールで必要なOpenSSL固有の証明書インデックスファイル</translation>
    </message>
    <message>
        <source>vCalendar expiry reminder for the selected items</source>
        <translation type="vanished">選択したアイテムのvCalendar有効期限リマインダ</translation>
    </message>
    <message>
        <source>vCalendar expiry reminder containing all issued, valid certificates, the CA itself and the latest CRL</source>
        <translation type="vanished">発行されたすべての有効な証明書、CA自体、および最新のCRLを含むvCalendar有効期限リマインダ</translation>
    </message>
    <message>
        <source>Private key in Microsoft PVK format not encrypted</source>
        <translation type="vanished">Microsoft PVK形式の秘密鍵は暗号化されていません</translation>
    </message>
    <message>
        <source>Encrypted private key in Microsoft PVK format</source>
        <translation type="vanished">Microsoft PVK形式の暗号化された秘密鍵</translation>
    </message>
    <message numerus="yes">
        <location line="-10"/>
        <source>%n selected item(s)</source>
        <translation>
            <numerusform>%n 個の選択項目</numerusform>
        </translation>
    </message>
    <message>
        <location line="+83"/>
        <source>The file: &apos;%1&apos; already exists!</source>
        <translation>ファイル「%1 」はすでに存在します!</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overwrite</source>
        <translation>上書き</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not overwrite</source>
        <translation>上書きしない</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The path: &apos;%1&apos; exist, but is not a file</source>
        <translation>パス &apos;%1&apos; は存在しますが、ファイルではありません</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The path: &apos;%1&apos; exist, but is not a directory</source>
        <translation>パス: &apos;%1&apos; は存在しますが、ディレクトリではありません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The directory: &apos;%1&apos; does not exist. Should it be created?</source>
        <translation>ディレクトリ &apos;%1&apos; が存在しません。 作成しますか?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create</source>
        <translation>作成</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Failed to create directory &apos;%1&apos;</source>
        <translation>ディレクトリ &apos;%1&apos; の作成に失敗しました</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Directory</source>
        <translation>ディレクトリ</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <location filename="../ui/TimeInput.ui" line="+32"/>
        <source>last update</source>
        <translation>最終更新日時</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>next update</source>
        <translation>次回更新日時</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Days</source>
        <translation>日</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Months</source>
        <translation>月</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Years</source>
        <translation>年</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Midnight</source>
        <translation>深夜時間</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Local time</source>
        <translation>ローカル時間</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No well-defined expiration</source>
        <translation>有効期限が明確に定義されていない</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../ui/Help.ui" line="+36"/>
        <source>&lt;&lt;</source>
        <translation>&lt;&lt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&gt;&gt;</source>
        <translation>&gt;&gt;</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Done</source>
        <translation>完了(&amp;D)</translation>
    </message>
</context>
<context>
    <name>ImportMulti</name>
    <message>
        <location filename="../ui/ImportMulti.ui" line="+36"/>
        <source>Import PKI Items</source>
        <translation>PKIアイテムのインポート</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Import &amp;All</source>
        <translation>すべてインポート(&amp;A)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Done</source>
        <translation>完了(&amp;D)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Remove from list</source>
        <translation>リストから削除(&amp;R)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete from token</source>
        <translation>トークンから削除</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rename on token</source>
        <translation>トークンの名前を変更</translation>
    </message>
    <message>
        <location filename="../widgets/ImportMulti.cpp" line="+66"/>
        <source>
Name: %1
Model: %2
Serial: %3</source>
        <translation>
製品名: %1
モデル名: %2
シリアル番号: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Manage security token</source>
        <translation>セキュリティトークンを管理</translation>
    </message>
    <message>
        <source>Details of the item &apos;%1&apos; cannot be shown</source>
        <translation type="vanished">アイテム「%1 」の詳細を表示できません</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+194"/>
        <source>The type of the item &apos;%1&apos; is not recognized</source>
        <translation>アイテムのタイプ「%1 」が認識されません</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Could not open the default database</source>
        <translation>デフォルトのデータベースを開けませんでした</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>The file &apos;%1&apos; did not contain PKI data</source>
        <translation>ファイル「%1 」にPKIデータが含まれていませんでした</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The %1 files: &apos;%2&apos; did not contain PKI data</source>
        <translation>%1ファイル:「%2 」にPKIデータが含まれていませんでした</translation>
    </message>
</context>
<context>
    <name>ItemProperties</name>
    <message>
        <location filename="../ui/ItemProperties.ui" line="+22"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Insertion date</source>
        <translation>挿入日</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
</context>
<context>
    <name>KeyDetail</name>
    <message>
        <location filename="../ui/KeyDetail.ui" line="+82"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The internal name of the key used by xca</source>
        <translation>xcaが使用するキーの内部名</translation>
    </message>
    <message>
        <location filename="../widgets/KeyDetail.cpp" line="+101"/>
        <source>Security token</source>
        <translation>セキュリティトークン</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetail.ui" line="+197"/>
        <source>Manufacturer</source>
        <translation>製造元</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Serial</source>
        <translation>シリアル</translation>
    </message>
    <message>
        <location line="-194"/>
        <location line="+80"/>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Public Exponent</source>
        <translation>公開指数</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Keysize</source>
        <translation>鍵長</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Private Exponent</source>
        <translation>秘密指数</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Security Token</source>
        <translation>セキュリティトークン</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+71"/>
        <source>Label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>PKCS#11 ID</source>
        <translation>PKCS#11 ID</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Token information</source>
        <translation>トークン情報</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Fingerprint</source>
        <translation>フィンガープリント</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <location filename="../widgets/KeyDetail.cpp" line="-17"/>
        <source>Details of the %1 key</source>
        <translation>%1キーの詳細</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not available</source>
        <translation>使用不可</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Available</source>
        <translation>使用可能</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sub prime</source>
        <translation>サブプライム</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <location line="+12"/>
        <source>Public key</source>
        <translation>公開キー</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+9"/>
        <location line="+12"/>
        <source>Private key</source>
        <translation>秘密鍵</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <source>Curve name</source>
        <translation>カーブ名</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown key</source>
        <translation>不明なキー</translation>
    </message>
</context>
<context>
    <name>KeyTreeView</name>
    <message>
        <source>Clipboard format</source>
        <translation type="vanished">クリップボードフォーマット</translation>
    </message>
    <message>
        <location filename="../widgets/KeyTreeView.cpp" line="+31"/>
        <source>Change password</source>
        <translation>パスワードの変更</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reset password</source>
        <translation>パスワードリセット</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change PIN</source>
        <translation>PINコード変更</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Init PIN with SO PIN (PUK)</source>
        <translation>SO PIN (PUK)でPINを初期化します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change SO PIN (PUK)</source>
        <translation>SO PIN (PUK)を変更</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Security token</source>
        <translation>セキュリティトークン</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+18"/>
        <location line="+18"/>
        <source>This is not a token</source>
        <translation>これはトークンではありません</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Shall the original key &apos;%1&apos; be replaced by the key on the token?
This will delete the key &apos;%1&apos; and make it unexportable</source>
        <translation>元のキー「%1」をトークンのキーに置き換えますか？
キー「%1」が削除され、エクスポートできなくなります</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Key export</source>
        <translation>キーエクスポート</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SSH Private Keys ( *.priv )</source>
        <translation>SSH Private Keys ( *.priv )</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microsoft PVK Keys ( *.pvk )</source>
        <translation>Microsoft PVK Keys ( *.pvk )</translation>
    </message>
    <message>
        <source>Export public key [%1]</source>
        <translation type="vanished">公開キーのエクスポート[%1]</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Private Keys ( *.pem *.der *.pk8 );; SSH Public Keys ( *.pub )</source>
        <translation>Private Keys ( *.pem *.der *.pk8 );; SSH Public Keys ( *.pub )</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.ui" line="+25"/>
        <source>Private Keys</source>
        <translation>秘密鍵</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;New Key</source>
        <translation>新しい秘密鍵(&amp;N)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+99"/>
        <location line="+86"/>
        <location line="+128"/>
        <location line="+65"/>
        <source>&amp;Export</source>
        <translation>エクスポート(&amp;E)</translation>
    </message>
    <message>
        <location line="-371"/>
        <location line="+99"/>
        <location line="+86"/>
        <location line="+114"/>
        <location line="+79"/>
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
    </message>
    <message>
        <location line="-371"/>
        <source>Import PFX (PKCS#12)</source>
        <translation>PFX (PKCS#12)形式でインポート</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+92"/>
        <location line="+86"/>
        <location line="+193"/>
        <source>&amp;Show Details</source>
        <translation>詳細を表示(&amp;S)</translation>
    </message>
    <message>
        <location line="-364"/>
        <location line="+92"/>
        <location line="+86"/>
        <location line="+93"/>
        <location line="+100"/>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <location line="-331"/>
        <source>Certificate signing requests</source>
        <translation>証明書署名要求</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;New Request</source>
        <translation>署名リクエスト(&amp;N)</translation>
    </message>
    <message>
        <location filename="../widgets/MW_menu.cpp" line="+146"/>
        <location filename="../ui/MainWindow.ui" line="+68"/>
        <source>Certificates</source>
        <translation>署名済証明書</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="+18"/>
        <source>&amp;New Certificate</source>
        <translation>新しい証明書を作成(&amp;N)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Import &amp;PKCS#12</source>
        <translation>PKCS#12形式でインポート(&amp;P)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import P&amp;KCS#7</source>
        <translation>PKCS#7形式でインポート(&amp;K)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Plain View</source>
        <translation>プレイン表示</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Templates</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;New Template</source>
        <translation>新しいテンプレート(&amp;N)</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>&amp;New CRL</source>
        <translation>新しいCRLを作成(&amp;N)</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Ch&amp;ange Template</source>
        <translation>テンプレートを変更(&amp;a)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Revocation lists</source>
        <translation>失効リスト</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="+628"/>
        <source>Using or exporting private keys will not be possible without providing the correct password</source>
        <translation>正しいパスワードを入力しないと、秘密鍵の使用またはエクスポートはできません</translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="vanished">データベース</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The currently used default hash &apos;%1&apos; is insecure. Please select at least &apos;SHA 224&apos; for security reasons.</source>
        <translation>現在使用されているデフォルトハッシュ「%1」は安全ではありません。セキュリティ上の理由から、少なくとも「SHA 224」を選択してください。</translation>
    </message>
    <message>
        <source>Legacy database format detected. Creating a backup copy called: &apos;%1&apos; and converting the database to the new format</source>
        <translation type="vanished">旧バージョンのデータベース形式が検出されました。「%1」という名前のバックアップコピーを作成し、データベースを新しい形式に変換しています</translation>
    </message>
    <message>
        <source>Failed to rename the database file, because the target already exists</source>
        <translation type="vanished">ターゲットがすでに存在するため、データベースファイルの名前を変更できませんでした</translation>
    </message>
    <message>
        <source>No deleted items found</source>
        <translation type="vanished">削除されたアイテムは見つかりませんでした</translation>
    </message>
    <message>
        <location filename="../widgets/MW_menu.cpp" line="-49"/>
        <source>Recent DataBases</source>
        <translation>最近使用したデータベース</translation>
    </message>
    <message>
        <location filename="../widgets/MW_help.cpp" line="+25"/>
        <location filename="../widgets/MW_menu.cpp" line="-57"/>
        <source>System</source>
        <translation>システム言語</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Croatian</source>
        <translation>クロアチア語</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation>フランス語</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>German</source>
        <translation>ドイツ語</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Korean</source>
        <translation>韓国語</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Russian</source>
        <translation>ロシア語</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slovak</source>
        <translation>スロバキア語</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spanish</source>
        <translation>スペイン語</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Persian</source>
        <translation>ペルシャ語</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Bulgarian</source>
        <translation>ブルガリア語</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Polish</source>
        <translation>ポーランド語</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Italian</source>
        <translation>イタリア語</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Chinese</source>
        <translation>中国語</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dutch</source>
        <translation>オランダ語</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Portuguese in Brazil</source>
        <translation>ポルトガル語(ブラジル)</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Indonesian</source>
        <translation>インドネシア語</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Turkish</source>
        <translation>トルコ語</translation>
    </message>
    <message>
        <location filename="../widgets/MW_menu.cpp" line="+45"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open Remote DataBase</source>
        <translation>リモートデータベースを開く</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set as default DataBase</source>
        <translation>デフォルトデータベースに指定する</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>New DataBase</source>
        <translation>新しいデータベース</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open DataBase</source>
        <translation>データベースを開く</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close DataBase</source>
        <translation>データベースを閉じる</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exit</source>
        <translation>終了</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>I&amp;mport</source>
        <translation>インポート(&amp;m)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys</source>
        <translation>秘密鍵</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests</source>
        <translation>証明書署名要求を作成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PKCS#12</source>
        <translation>PKCS#12</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PKCS#7</source>
        <translation>PKCS#7</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revocation list</source>
        <translation>失効リスト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM file</source>
        <translation>PEMファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste PEM file</source>
        <translation>PEMファイルを貼り付け</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Token</source>
        <translation>トークン</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Export Certificate &amp;Index hierarchy</source>
        <translation>証明書とインデックスの階層をエクスポート(&amp;I)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Content</source>
        <translation>コンテンツ</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>&amp;Manage Security token</source>
        <translation>セキュリティトークンを管理(&amp;M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Init Security token</source>
        <translation>セキュリティトークンを初期化(&amp;I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Change PIN</source>
        <translation>PINを変更(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change &amp;SO PIN</source>
        <translation>SO PINを変更(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Init PIN</source>
        <translation>PINを初期化</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Extra</source>
        <translation>追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dump DataBase</source>
        <translation>データベースをダンプ(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export Certificate Index</source>
        <translation>証明書インデックスのエクスポート(&amp;E)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;hange DataBase password</source>
        <translation>データベースパスワードの変更(&amp;h)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undelete items</source>
        <translation>削除取り消し(&amp;U)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Generate DH parameter</source>
        <translation>DH parameterを生成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OID Resolver</source>
        <translation>OID 検索</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About</source>
        <translation>XCAについて</translation>
    </message>
    <message>
        <source>no such option: %1</source>
        <translation type="vanished">そのようなオプションはありません:%1</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="-377"/>
        <source>Import PEM data</source>
        <translation>PEMデータを読み込む</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Please enter the original SO PIN (PUK) of the token &apos;%1&apos;</source>
        <translation>トークン&apos;%1&apos;の元のSO PIN(PUK)を入力してください</translation>
    </message>
    <message>
        <location line="-169"/>
        <location line="+675"/>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location line="-500"/>
        <source>Please enter the new SO PIN (PUK) for the token &apos;%1&apos;</source>
        <translation>トークン&apos;%1&apos;の新しいSO PIN(PUK)を入力してください</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The new label of the token &apos;%1&apos;</source>
        <translation>トークン&apos;%1&apos;の新しいラベル</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>The token &apos;%1&apos; did not contain any keys or certificates</source>
        <translation>トークン「%1」にキーまたは証明書が含まれていませんでした</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retry with PIN</source>
        <translation>PINで再試行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry with SO PIN</source>
        <translation>SO PINで再試行</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Current Password</source>
        <translation>現在のパスワード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please enter the current database password</source>
        <translation>現在のデータベースパスワードを入力してください</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The entered password is wrong</source>
        <translation>入力したパスワードが間違っています</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New Password</source>
        <translation>新しいパスワード</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Please enter the new password to encrypt your private keys in the database-file</source>
        <translation>データベースファイルの秘密鍵を暗号化するための新しいパスワードを入力してください</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Transaction start failed</source>
        <translation>トランザクションの開始に失敗しました</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Database: %1</source>
        <translation>データベース: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The currently used PFX / PKCS#12 algorithm &apos;%1&apos; is insecure.</source>
        <translation>現在使用されている PFX / PKCS#12 アルゴリズム &apos;%1&apos; は安全ではありません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Please enter a password, that will be used to encrypt your private keys in the database:
%1</source>
        <translation type="vanished">データベースの秘密鍵を暗号化するためのパスワードを入力してください:
%1</translation>
    </message>
    <message>
        <source>Password verify error, please try again</source>
        <translation type="vanished">パスワード確認エラーです。再試行してください</translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="vanished">パスワード</translation>
    </message>
    <message>
        <source>Please enter the password for unlocking the database:
%1</source>
        <translation type="vanished">データベースのロックを解除するためのパスワードを入力してください:
%1</translation>
    </message>
    <message>
        <source>The following error occurred:</source>
        <translation type="vanished">次のエラーが発生しました:</translation>
    </message>
    <message>
        <source>Copy to Clipboard</source>
        <translation type="vanished">クリップボードにコピー</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Certificate Index ( index.txt )</source>
        <translation>証明書インデックス(index。テキスト)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+56"/>
        <source>All files ( * )</source>
        <translation>All files ( * )</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Diffie-Hellman parameters saved as: %1</source>
        <translation>Diffie-Hellmanパラメータを%1として保存しました</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Diffie-Hellman parameters are needed for different applications, but not handled by XCA.
Please enter the DH parameter bits</source>
        <translation>Diffie-Hellmanパラメータはさまざまなアプリケーションに必要ですが、XCAでは処理されません。
DHパラメータビットを入力してください</translation>
    </message>
</context>
<context>
    <name>NewCrl</name>
    <message>
        <location filename="../ui/NewCrl.ui" line="+32"/>
        <source>Last update</source>
        <translation>最終更新日時</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Next update</source>
        <translation>次回更新日時</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Days</source>
        <translation>日</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Months</source>
        <translation>月</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Years</source>
        <translation>年</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Midnight</source>
        <translation>深夜時間</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Local time</source>
        <translation>ローカル時間</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>CRL number</source>
        <translation>CRL番号</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Subject alternative name</source>
        <translation>サブジェクト代替名</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Revocation reasons</source>
        <translation>失効理由</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Authority key identifier</source>
        <translation>機関キー識別子</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Hash algorithm</source>
        <translation>ハッシュアルゴリズム</translation>
    </message>
    <message>
        <location filename="../widgets/NewCrl.cpp" line="+78"/>
        <source>Create CRL</source>
        <translation>CRLの作成</translation>
    </message>
</context>
<context>
    <name>NewKey</name>
    <message>
        <location filename="../ui/NewKey.ui" line="+86"/>
        <source>Please give a name to the new key and select the desired keysize</source>
        <translation>新しい秘密鍵に名前を付けて、目的の秘密鍵サイズを選択してください</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Key properties</source>
        <translation>秘密鍵のプロパティ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The internal name of the new key</source>
        <translation>新しい秘密鍵の内部名</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Curve name</source>
        <translation>カーブ名</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Usually at least 2048 bit keys are recommended</source>
        <translation>通常は少なくとも2048ビットの秘密鍵を推奨します</translation>
    </message>
    <message>
        <location line="-132"/>
        <location line="+85"/>
        <source>New Key</source>
        <translation>新しい秘密鍵</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Keysize</source>
        <translation>鍵長</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Keytype</source>
        <translation>暗号タイプ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remember as default</source>
        <translation>デフォルトとして保存</translation>
    </message>
    <message>
        <location filename="../widgets/NewKey.cpp" line="+135"/>
        <source>Create</source>
        <translation>作成</translation>
    </message>
</context>
<context>
    <name>NewX509</name>
    <message>
        <location filename="../ui/NewX509.ui" line="+75"/>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Signing request</source>
        <translation>署名リクエスト</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Show request</source>
        <translation>リクエストを表示</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign this Certificate signing &amp;request</source>
        <translation>この証明書署名要求に署名する(&amp;r)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy extensions from the request</source>
        <translation>要求からの拡張キーのコピー</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Modify subject of the request</source>
        <translation>証明書署名要求のサブジェクトを変更する</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Signing</source>
        <translation>署名</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create a &amp;self signed certificate</source>
        <translation>自己署名証明書を作成(&amp;s)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Use &amp;this Certificate for signing</source>
        <translation>署名にこの証明書を使用(&amp;t)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All certificates in your database that can create valid signatures</source>
        <translation>有効な署名を作成できるデータベース内のすべての証明書</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Signature algorithm</source>
        <translation>署名アルゴリズム</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Template for the new certificate</source>
        <translation>新しい証明書のテンプレート</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>All available templates</source>
        <translation>使用可能なすべてのテンプレート</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Apply extensions</source>
        <translation>拡張キーの適用</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Apply subject</source>
        <translation>サブジェクトに適用</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Apply all</source>
        <translation>すべてに適用</translation>
    </message>
    <message>
        <location filename="../widgets/NewX509.cpp" line="+611"/>
        <location filename="../ui/NewX509.ui" line="+29"/>
        <source>Subject</source>
        <translation>サブジェクト</translation>
    </message>
    <message>
        <location filename="../ui/NewX509.ui" line="+8"/>
        <source>Internal Name</source>
        <translation>内部名</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Distinguished name</source>
        <translation>識別名</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Private key</source>
        <translation>秘密鍵</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This list only contains unused keys</source>
        <translation>このリストには未使用のキーのみが含まれています</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Used keys too</source>
        <translation>使用しているキー</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Generate a new key</source>
        <translation>新しい秘密鍵を生成(&amp;G)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Extensions</source>
        <translation>拡張キー</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type</source>
        <translation>サブジェクトタイプ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>If this will become a CA certificate or not</source>
        <translation>これがCA証明書になるかどうか</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not defined</source>
        <translation>Not defined</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Certification Authority</source>
        <translation>Certification Authority</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>End Entity</source>
        <translation>End Entity</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Path length</source>
        <translation>Path length</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How much CAs may be below this.</source>
        <translation>これより下にあるCAの数。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The basic constraints should always be critical</source>
        <translation>基本的な制約は常に重要でなければならない</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Key identifier</source>
        <translation>機関キー識別子</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Creates a hash of the key following the PKIX guidelines</source>
        <translation>PKIXガイドラインに従って、キーのハッシュを作成します</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copy the Subject Key Identifier from the issuer</source>
        <translation>発行者から機関キー識別子をコピーする</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Validity</source>
        <translation>有効期間</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not before</source>
        <translation>有効開始日</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not after</source>
        <translation>有効終了日</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Time range</source>
        <translation>時間の範囲</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Days</source>
        <translation>日</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Months</source>
        <translation>月</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Years</source>
        <translation>年</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Set the time to 00:00:00 and 23:59:59 respectively</source>
        <translation>時刻をそれぞれ00:00:00と23:59:59に設定します</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Midnight</source>
        <translation>深夜時間</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Local time</source>
        <translation>ローカル時間</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No well-defined expiration</source>
        <translation>有効期限が明確に定義されていない</translation>
    </message>
    <message>
        <location line="+77"/>
        <location line="+43"/>
        <location line="+23"/>
        <location line="+29"/>
        <source>DNS: IP: URI: email: RID:</source>
        <translation>DNS: IP: URI: email: RID:</translation>
    </message>
    <message>
        <location filename="../widgets/NewX509.cpp" line="+418"/>
        <location filename="../ui/NewX509.ui" line="-88"/>
        <location line="+26"/>
        <location line="+26"/>
        <location line="+43"/>
        <location line="+26"/>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <location filename="../ui/NewX509.ui" line="+26"/>
        <source>URI:</source>
        <translation>URI:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Key usage</source>
        <translation>キー使用法</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Netscape</source>
        <translation>Netscape</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>Advanced</source>
        <translation>詳細設定</translation>
    </message>
    <message>
        <location filename="../widgets/NewX509.cpp" line="+10"/>
        <location filename="../ui/NewX509.ui" line="+24"/>
        <source>Validate</source>
        <translation>検証</translation>
    </message>
    <message>
        <location filename="../ui/NewX509.ui" line="+23"/>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <location line="-916"/>
        <source>This name is only used internally and does not appear in the resulting certificate</source>
        <translation>この名前は内部でのみ使用され、結果の証明書には表示されません</translation>
    </message>
    <message>
        <location filename="../widgets/NewX509.cpp" line="-763"/>
        <source>Critical</source>
        <translation>重要</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Create Certificate signing request</source>
        <translation>証明書署名要求の作成</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>minimum size: %1</source>
        <translation>最小サイズ:%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>maximum size: %1</source>
        <translation>最大サイズ:%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only a-z A-Z 0-9 &apos;()+,-./:=?</source>
        <translation>a-z A-Z0-9&apos;()+、-./:=?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only 7-bit clean characters</source>
        <translation>7ビットのみ</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Edit XCA template</source>
        <translation>XCA テンプレートの編集</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Create x509 Certificate</source>
        <translation>x509証明書の作成</translation>
    </message>
    <message>
        <location line="+388"/>
        <source>Template &apos;%1&apos; applied</source>
        <translation>テンプレート「%1 」が適用されました</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Subject applied from template &apos;%1&apos;</source>
        <translation>テンプレート&apos;%1&apos;から適用されたサブジェクト</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Extensions applied from template &apos;%1&apos;</source>
        <translation>テンプレート&apos;%1&apos;から適用された拡張キー</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New key &apos;%1&apos; created</source>
        <translation>新しい秘密鍵「%1」が作成されました</translation>
    </message>
    <message>
        <location line="+252"/>
        <source>Other Tabs</source>
        <translation>その他のタブ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Advanced Tab</source>
        <translation>詳細設定 タブ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Errors</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>From PKCS#10 request</source>
        <translation>PKCS#10要求</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>duplicate extensions</source>
        <translation>エクステンションが重複しています</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The Name Constraints are invalid</source>
        <translation>名前制約が無効です</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Subject Alternative Name is invalid</source>
        <translation>Subject Alternative Name が無効です</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Issuer Alternative Name is invalid</source>
        <translation>Issuer Alternative Name が無効です</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CRL Distribution Point is invalid</source>
        <translation>CRL Distribution Point が無効です</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Authority Information Access is invalid</source>
        <translation>Authority Information Access が無効です</translation>
    </message>
    <message>
        <location line="+111"/>
        <location line="+13"/>
        <location line="+19"/>
        <location line="+12"/>
        <location line="+16"/>
        <location line="+14"/>
        <location line="+34"/>
        <location line="+19"/>
        <location line="+23"/>
        <location line="+23"/>
        <location line="+35"/>
        <location line="+20"/>
        <location line="+33"/>
        <source>Abort rollout</source>
        <translation>展開の注視</translation>
    </message>
    <message>
        <location line="-252"/>
        <source>The following length restrictions of RFC3280 are violated:</source>
        <translation>RFC3280の次の長さ制限に違反しています:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+61"/>
        <source>Edit subject</source>
        <translation>サブジェクトを編集</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+61"/>
        <location line="+53"/>
        <location line="+23"/>
        <location line="+23"/>
        <location line="+35"/>
        <location line="+20"/>
        <location line="+33"/>
        <source>Continue rollout</source>
        <translation>展開を続ける</translation>
    </message>
    <message>
        <location line="-232"/>
        <source>The verification of the Certificate request failed.
The rollout should be aborted.</source>
        <translation>証明書要求の検証に失敗しました。
展開を中止してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue anyway</source>
        <translation>続行</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The internal name and the common name are empty.
Please set at least the internal name.</source>
        <translation>内部名とコモンネームが空です。
少なくとも内部名を設定してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit name</source>
        <translation>名前を変更</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no Key selected for signing.</source>
        <translation>署名する秘密鍵が選択されていません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select key</source>
        <translation>秘密鍵を選択</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The following distinguished name entries are empty:
%1
though you have declared them as mandatory in the options menu.</source>
        <translation>次の識別名エントリは空です:
%1
ただし、オプションメニューで必須として宣言しています。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The key you selected for signing is not a private one.</source>
        <translation>署名用に選択したキーは秘密鍵ではありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select other signer</source>
        <translation>他の署名者を選択</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select other key</source>
        <translation>他の秘密鍵を選択</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The currently selected hash algorithm &apos;%1&apos; is insecure and should not be used.</source>
        <translation>現在選択されているハッシュ・アルゴリズム &apos;%1&apos; は安全ではないので、使用しないでください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select other algorithm</source>
        <translation>他のアルゴリズムを選択</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use algorithm anyway</source>
        <translation>アルゴリズムをとにかく使う</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The certificate will be earlier valid than the signer. This is probably not what you want.</source>
        <translation>証明書は署名者よりも前に有効になります。これはおそらくあなたが望むものではありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+23"/>
        <location line="+23"/>
        <source>Edit dates</source>
        <translation>日時を変更</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+23"/>
        <source>Adjust date and continue</source>
        <translation>日付を調整して続行</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The certificate will be longer valid than the signer. This is probably not what you want.</source>
        <translation>証明書は署名者よりも有効期間が長くなります。これはおそらくあなたが望むものではありません。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The certificate will be out of date before it becomes valid. You most probably mixed up both dates.</source>
        <translation>証明書は有効になる前に期限切れになります。おそらく、あなたは両方の日付を間違えているでしょう。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The certificate contains invalid or duplicate extensions. Check the validation on the advanced tab.</source>
        <translation>証明書に無効な拡張キーまたは重複した拡張キーが含まれています。詳細タブで検証を確認します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The certificate contains no extensions. You may apply the extensions of one of the templates to define the purpose of the certificate.</source>
        <translation>証明書に拡張キーが含まれていません。いずれかのテンプレートの拡張キーを適用して、証明書の目的を定義できます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The certificate contains invalid extensions.</source>
        <translation>証明書に無効な拡張子が含まれています。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+20"/>
        <location line="+33"/>
        <source>Edit extensions</source>
        <translation>拡張キーの編集</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>The subject alternative name shall contain a copy of the common name. However, the common name is empty.</source>
        <translation>サブジェクト代替名は、コモンネームのコピーを含む。ただし、コモンネームは空です。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>A name constraint of the issuer &apos;%1&apos; is violated: %2</source>
        <translation>発行者 &apos;%1&apos; の名前制約に違反しています: %2</translation>
    </message>
    <message>
        <location filename="../widgets/NewX509_ext.cpp" line="+173"/>
        <source>Configfile error on line %1
</source>
        <translation>%1行目のコンフィグエラー
</translation>
    </message>
</context>
<context>
    <name>OidResolver</name>
    <message>
        <location filename="../ui/OidResolver.ui" line="+28"/>
        <source>OID Resolver</source>
        <translation>OID検索</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter the OID, the Nid, or one of the textual representations</source>
        <translation>OID、Nid、またはテキストのどれかを入力してください</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>OID</source>
        <translation>OID</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Long name</source>
        <translation>長い名前</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+22"/>
        <source>OpenSSL internal ID</source>
        <translation>OpenSSL内部ID</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Nid</source>
        <translation>Nid</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Short name</source>
        <translation>短い名前</translation>
    </message>
</context>
<context>
    <name>OpenDb</name>
    <message>
        <location filename="../ui/OpenDb.ui" line="+36"/>
        <source>Open remote database</source>
        <translation>リモートデータベースを開く</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Database type</source>
        <translation>データベースタイプ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Hostname</source>
        <translation>ホスト名</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Username</source>
        <translation>ユーザ名</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location filename="../widgets/OpenDb.cpp" line="+57"/>
        <location filename="../ui/OpenDb.ui" line="+14"/>
        <source>Database name</source>
        <translation>データベース名</translation>
    </message>
    <message>
        <location filename="../ui/OpenDb.ui" line="+10"/>
        <source>Table prefix</source>
        <translation>テーブルプレフィクス</translation>
    </message>
    <message>
        <location filename="../widgets/OpenDb.cpp" line="+71"/>
        <source>No SqLite3 driver available. Please install the qt-sqlite package of your distribution</source>
        <translation>SQLite3ドライバがありません。お使いのディストリビューションのqt-sqliteパッケージをインストールしてください</translation>
    </message>
    <message>
        <source>Please enter the password to access the database server %2 as user &apos;%1&apos;.</source>
        <translation type="vanished">ユーザ&apos;%1&apos;としてデータベースサーバ%2にアクセスするためのパスワードを入力してください。</translation>
    </message>
    <message>
        <source>The database driver does not support transactions. This may happen if the client and server have different versions. Continue with care.</source>
        <translation type="vanished">データベースドライバはトランザクションをサポートしていません。これは、クライアントとサーバーのバージョンが異なる場合に発生することがあります。注意して続けてください。</translation>
    </message>
</context>
<context>
    <name>Options</name>
    <message>
        <location filename="../ui/Options.ui" line="+28"/>
        <source>XCA Options</source>
        <translation>XCA オプション</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Default hash algorithm</source>
        <translation>デフォルトハッシュアルゴリズム</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>String types</source>
        <translation>文字列タイプ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Suppress success messages</source>
        <translation>成功メッセージを表示しない</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Don&apos;t colorize expired certificates</source>
        <translation>期限切れの証明書に色を付けない</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Translate established x509 terms (%1 -&gt; %2)</source>
        <translation>x509用語を翻訳(%1-&gt;%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The hashing functionality of the token is not used by XCA.
It may however honor a restricted hash-set propagated by the token.
Especially EC and DSA are only defined with SHA1 in the PKCS#11 specification.</source>
        <translation>トークンのハッシュ機能は、XCAでは使用されません。
ただし、トークンによって伝搬される制限されたハッシュ・セットが優先される場合もあります。
特に、ECおよびDSAは、PKCS#11仕様ではSHA1でのみ定義されています。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only use hashes supported by the token when signing with a token key</source>
        <translation>トークン・キーによる署名時に、トークンがサポートするハッシュのみを使用する</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Disable legacy Netscape extensions</source>
        <translation>Netscapeのレガシー拡張キーを無効にする</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>PKCS12 encryption algorithm</source>
        <translation>PKCS12暗号化アルゴリズム</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Certificate expiry warning threshold</source>
        <translation>証明書有効期限警告しきい値</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Send vCalendar expiry reminder</source>
        <translation>vCalendarの有効期限の通知を送信する</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Serial number length</source>
        <translation>シリアル番号の長さ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> bit</source>
        <translation> ビット</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Distinguished name</source>
        <translation>識別名</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mandatory subject entries</source>
        <translation>必須のサブジェクトエントリ</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+61"/>
        <location line="+82"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location line="-136"/>
        <location line="+61"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Explicit subject entries</source>
        <translation>明示的なサブジェクトエントリ</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Dynamically arrange explicit subject entries</source>
        <translation>明示的なサブジェクトエントリを動的に配置する</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Default</source>
        <translation>デフォルト</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>PKCS#11 provider</source>
        <translation>PKCS#11 プロバイダ</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../widgets/Options.cpp" line="+36"/>
        <source>Printable string or UTF8 (default)</source>
        <translation>印刷可能な文字列またはUTF8(デフォルト)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PKIX recommendation in RFC2459</source>
        <translation>RFC2459のPKIX勧告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No BMP strings, only printable and T61</source>
        <translation>BMP文字列なし、印刷可能およびT61のみ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UTF8 strings only (RFC2459)</source>
        <translation>UTF8文字列のみ(RFC2459)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All strings</source>
        <translation>すべての文字列</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Days</source>
        <translation>日</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weeks</source>
        <translation>週</translation>
    </message>
</context>
<context>
    <name>PwDialog</name>
    <message>
        <location filename="../ui/PwDialog.ui" line="+118"/>
        <source>The password is parsed as 2-digit hex code. It must have an even number of digits (0-9 and a-f)</source>
        <translation>パスワードは2桁の16進コードとして解析されます。偶数桁である必要があります(0-9およびa-f)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take as HEX string</source>
        <translation>16進文字列とみなす</translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="vanished">パスワード</translation>
    </message>
    <message>
        <location filename="../widgets/PwDialog.cpp" line="+72"/>
        <source>Repeat %1</source>
        <translation>繰り返し%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 mismatch</source>
        <translation>%1の不一致</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hex password must only contain the characters &apos;0&apos; - &apos;9&apos; and &apos;a&apos; - &apos;f&apos; and it must consist of an even number of characters</source>
        <translation>16進パスワードには、「0 」-「9 」および「a 」-「f 」の文字のみを使用し、偶数の文字で構成する必要があります</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Exit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation type="vanished">終了(&amp;x)</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Ok</source>
        <translation type="vanished">OK</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="vanished">閉じる</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="vanished">キャンセル</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="vanished">適用</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="vanished">はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="vanished">いいえ</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../lib/asn1time.cpp" line="+142"/>
        <source>Undefined</source>
        <translation>未定義</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Broken / Invalid</source>
        <translation>破損/無効</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>in %1 seconds</source>
        <translation>%1秒以内</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 seconds ago</source>
        <translation>%1秒前</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in %1 minutes</source>
        <translation>%1分以内</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 minutes ago</source>
        <translation>%1分前</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yesterday</source>
        <translation>昨日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tomorrow</source>
        <translation>明日</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in %1 hours</source>
        <translation>%1時間以内</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 hours ago</source>
        <translation>%1時間前</translation>
    </message>
    <message>
        <location filename="../lib/pki_temp.cpp" line="+31"/>
        <location line="+10"/>
        <source>Out of data</source>
        <translation>データがありません</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Error finding endmarker of string</source>
        <translation>文字列のエンドマーカーの検索中にエラーが発生しました</translation>
    </message>
    <message>
        <source>Out of Memory at %1:%2</source>
        <translation type="vanished">%1のメモリ不足:%2</translation>
    </message>
    <message>
        <location filename="../lib/load_obj.cpp" line="+20"/>
        <source>All files ( * )</source>
        <translation>All files ( * )</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>PKI Keys ( *.pem *.der *.key );; PKCS#8 Keys ( *.p8 *.pk8 );; Microsoft PVK Keys ( *.pvk );; SSH Public Keys ( *.pub );;</source>
        <translation>PKI Keys ( *.pem *.der *.key );; PKCS#8 Keys ( *.p8 *.pk8 );; Microsoft PVK Keys ( *.pvk );; SSH Public Keys ( *.pub );;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import RSA key</source>
        <translation>キーをインポート</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>PKCS#10 CSR ( *.pem *.der *.csr );; </source>
        <translation>PKCS#10 CSR ( *.pem *.der *.csr );; </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import Request</source>
        <translation>証明書署名要求のインポート</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Certificates ( *.pem *.der *.crt *.cer );;</source>
        <translation>Certificates ( *.pem *.der *.crt *.cer );;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import X.509 Certificate</source>
        <translation>X.509形式の証明書をインポート</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>PKCS#7 data ( *.p7s *.p7m *.p7b );;</source>
        <translation>PKCS#7 data ( *.p7s *.p7m *.p7b );;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import PKCS#7 Certificates</source>
        <translation>PKCS#7形式の証明書のインポート</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>PKCS#12 Certificates ( *.p12 *.pfx );;</source>
        <translation>PKCS#12 Certificates ( *.p12 *.pfx );;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import PKCS#12 Private Certificate</source>
        <translation>PKCS#12形式の秘密鍵・証明書をインポート</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>XCA templates ( *.xca );;</source>
        <translation>XCA テンプレート ( *.xca );;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import XCA Templates</source>
        <translation>XCAテンプレートのインポート</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Revocation lists ( *.pem *.der *.crl );;</source>
        <translation>Revocation lists ( *.pem *.der *.crl );;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import Certificate Revocation List</source>
        <translation>失効証明書のインポート</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>XCA Databases ( *.xdb );;</source>
        <translation>XCA Databases ( *.xdb );;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open XCA Database</source>
        <translation>XCAデータベースを開く</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>OpenVPN tls-auth key ( *.key );;</source>
        <translation>OpenVPN tls-auth key ( *.key );;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import OpenVPN tls-auth key</source>
        <translation>OpenVPN tls-auth key のインポート</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PKCS#11 library ( *.dll );;</source>
        <translation>PKCS#11 library ( *.dll );;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PKCS#11 library ( *.dylib *.so );;</source>
        <translation>PKCS#11 library ( *.dylib *.so );;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PKCS#11 library ( *.so );;</source>
        <translation>PKCS#11 library ( *.so );;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open PKCS#11 shared library</source>
        <translation>PKCS#11共有ライブラリを開く</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PEM files ( *.pem );;</source>
        <translation>PEM files ( *.pem );;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load PEM encoded file</source>
        <translation>PEMエンコードファイルを読み込み</translation>
    </message>
    <message>
        <location filename="../lib/pkcs11.cpp" line="+219"/>
        <source>Please enter the PIN on the PinPad</source>
        <translation>ピンパッドにPINを入力してください</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Please enter the SO PIN (PUK) of the token %1</source>
        <translation>トークン%1のSO PIN(PUK)を入力してください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please enter the PIN of the token %1</source>
        <translation>トークン%1のPINを入力してください</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>No Security token found</source>
        <translation>セキュリティトークンが見つかりません</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Select</source>
        <translation>選択</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Please enter the new SO PIN (PUK) for the token: &apos;%1&apos;</source>
        <translation>トークン&apos;%1&apos;の新しいSO PIN(PUK)を入力してください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please enter the new PIN for the token: &apos;%1&apos;</source>
        <translation>トークンの新しいPINを入力してください:&apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../lib/pkcs11.h" line="+96"/>
        <source>Required PIN size: %1 - %2</source>
        <translation>必要なPINのサイズ:%1-%2</translation>
    </message>
    <message>
        <source>Invalid filename: %1</source>
        <translation type="vanished">無効なファイル名:%1</translation>
    </message>
    <message>
        <source>Failed to open PKCS11 library: %1: %2</source>
        <translation type="vanished">PKCS11ライブラリ%1を開けませんでした:%2</translation>
    </message>
    <message>
        <source>This does not look like a PKCS#11 library. Symbol &apos;C_GetFunctionList&apos; not found.</source>
        <translation type="vanished">これはPKCS#11ライブラリとして認識できません。シンボル「C_GetFunctionList」が見つかりません。</translation>
    </message>
    <message>
        <location filename="../lib/pkcs11_lib.cpp" line="+119"/>
        <source>Disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Library loading failed</source>
        <translation>ライブラリのロードに失敗しました</translation>
    </message>
    <message>
        <location line="+361"/>
        <source>PKCS#11 function &apos;%1&apos; failed: %2</source>
        <translation>PKCS#11関数「%1 」が失敗しました:%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PKCS#11 function &apos;%1&apos; failed: %2
In library %3
%4</source>
        <translation>PKCS#11関数「%1 」が失敗しました:%2
ライブラリ%3内
%4</translation>
    </message>
    <message>
        <location filename="../lib/x509name.cpp" line="+104"/>
        <source>Invalid</source>
        <translation>無効</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>%1 is shorter than %2 bytes: &apos;%3&apos;</source>
        <translation>%1は%2バイトより短い:&apos;%3&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is longer than %2 bytes: &apos;%3&apos;</source>
        <translation>%1は%2バイトを超えています:&apos;%3</translation>
    </message>
    <message>
        <location filename="../lib/x509v3ext.cpp" line="+112"/>
        <source>String &apos;%1&apos; for &apos;%2&apos; contains invalid characters</source>
        <translation>「%2 」の文字列「%1 」に無効な文字が含まれています</translation>
    </message>
    <message>
        <location filename="../lib/oid.cpp" line="+58"/>
        <source>Error reading config file %1 at line %2</source>
        <translation>%2行目の構成ファイル%1の読み取り中にエラーが発生しました</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The Object &apos;%1&apos; from file %2 line %3 is already known as &apos;%4:%5:%6&apos; and should be removed.</source>
        <translation>ファイル%2の行%3のオブジェクト「%1 」は既に「%4:%5:%6 」として知られているため、削除する必要があります。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The identifier &apos;%1&apos; for OID %2 from file %3 line %4 is already used for a different OID as &apos;%5:%6:%7&apos; and should be changed to avoid conflicts.</source>
        <translation>ファイル%3行%4のOID%2の識別子「%1 」は、別のOIDで「%5:%6:%7 」としてすでに使用されています。競合を避けるために変更する必要があります。</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Unknown object &apos;%1&apos; in file %2 line %3</source>
        <translation>ファイル%2の%3行目に不明なオブジェクト「%1 」があります</translation>
    </message>
    <message>
        <location filename="../lib/sql.h" line="+55"/>
        <source>Failed to start a database transaction</source>
        <translation>データベーストランザクションを開始できませんでした</translation>
    </message>
    <message>
        <location filename="../lib/func_base.cpp" line="+244"/>
        <source>Country code</source>
        <translation>Country code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State or Province</source>
        <translation>State or Province</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locality</source>
        <translation>Locality</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisational unit</source>
        <translation>Organisational unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Common name</source>
        <translation>Common name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-Mail address</source>
        <translation>E-Mail address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial number</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surname</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initials</source>
        <translation>Initials</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pseudonym</source>
        <translation>偽名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generation Qualifier</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>x500 Unique Identifier</source>
        <translation>x500 Unique Identifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DN Qualifier</source>
        <translation>DN Qualifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unstructured name</source>
        <translation>Unstructured name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Challenge password</source>
        <translation>Challenge password</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Basic Constraints</source>
        <translation>Basic Constraints</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name Constraints</source>
        <translation>名前の制約</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject alternative name</source>
        <translation>Subject alternative name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>issuer alternative name</source>
        <translation>issuer alternative name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject key identifier</source>
        <translation>Subject key identifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authority key identifier</source>
        <translation>Authority key identifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key usage</source>
        <translation>Key usage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extended key usage</source>
        <translation>Extended key usage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CRL distribution points</source>
        <translation>CRL distribution points</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authority information access</source>
        <translation>Authority information access</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate type</source>
        <translation>Certificate type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base URL</source>
        <translation>Base URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revocation URL</source>
        <translation>Revocation URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CA Revocation URL</source>
        <translation>CA Revocation URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate renewal URL</source>
        <translation>Certificate renewal URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CA policy URL</source>
        <translation>CA policy URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SSL server name</source>
        <translation>SSL server name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../lib/cmdline.cpp" line="+166"/>
        <source>Index file written to &apos;%1&apos;</source>
        <translation>インデックス・ファイルを&apos;%1&apos;に書き込みました</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Index hierarchy written to &apos;%1&apos;</source>
        <translation>インデックス階層が &apos;%1&apos; に書き込まれました</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unknown key type %1</source>
        <translation>不明な鍵タイプ %1</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Failed to write PEM data to &apos;%1&apos;</source>
        <translation>PEM データを &apos;%1&apos; に書き込めませんでした</translation>
    </message>
    <message>
        <location filename="../lib/XcaWarningCore.h" line="+23"/>
        <source>Password verify error, please try again</source>
        <translation>パスワード確認エラーです。再試行してください</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The following error occurred:</source>
        <translation>次のエラーが発生しました:</translation>
    </message>
    <message>
        <location filename="../lib/database_model.cpp" line="+117"/>
        <source>Failed to update the database schema to the current version</source>
        <translation>データベース・スキーマを現在のバージョンに更新するのに失敗しました</translation>
    </message>
    <message>
        <location filename="../lib/PwDialogCore.cpp" line="+33"/>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location filename="../lib/pki_pkcs12.cpp" line="+217"/>
        <source>insecure</source>
        <translation>安全でない</translation>
    </message>
</context>
<context>
    <name>ReqTreeView</name>
    <message>
        <location filename="../widgets/ReqTreeView.cpp" line="+27"/>
        <source>Sign</source>
        <translation>署名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unmark signed</source>
        <translation>署名済みのマークを解除</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark signed</source>
        <translation>署名済みをマーク</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Similar Request</source>
        <translation>類似のリクエスト</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Certificate request export</source>
        <translation>証明書要求のエクスポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate request ( *.pem *.der *.csr )</source>
        <translation>Certificate request ( *.pem *.der *.csr )</translation>
    </message>
</context>
<context>
    <name>RevocationList</name>
    <message>
        <location filename="../ui/RevocationList.ui" line="+30"/>
        <source>Manage revocations</source>
        <translation>失効の管理</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <location filename="../widgets/RevocationList.cpp" line="+77"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Serial</source>
        <translation>シリアル</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revocation</source>
        <translation>失効</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalidation</source>
        <translation>無効化</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Generate CRL</source>
        <translation>CRLの生成</translation>
    </message>
</context>
<context>
    <name>Revoke</name>
    <message>
        <location filename="../ui/Revoke.ui" line="+30"/>
        <source>Certificate revocation</source>
        <translation>証明書の失効</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Revocation details</source>
        <translation>失効の詳細</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Revocation reason</source>
        <translation>失効理由</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Local time</source>
        <translation>ローカル時間</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Invalid since</source>
        <translation>失効日時</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Serial</source>
        <translation>シリアル</translation>
    </message>
</context>
<context>
    <name>SearchPkcs11</name>
    <message>
        <location filename="../ui/SearchPkcs11.ui" line="+41"/>
        <source>Directory</source>
        <translation>ディレクトリ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Include subdirectories</source>
        <translation>サブディレクトリを含める</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../widgets/SearchPkcs11.cpp" line="+76"/>
        <source>The following files are possible PKCS#11 libraries</source>
        <translation>PKCS#11ライブラリには、次のファイルがあります</translation>
    </message>
</context>
<context>
    <name>SelectToken</name>
    <message>
        <location filename="../ui/SelectToken.ui" line="+39"/>
        <source>Security token</source>
        <translation>セキュリティトークン</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Please select the security token</source>
        <translation>セキュリティトークンを選択してください</translation>
    </message>
</context>
<context>
    <name>TempTreeView</name>
    <message>
        <location filename="../widgets/TempTreeView.cpp" line="+25"/>
        <source>Duplicate</source>
        <translation>重複</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create certificate</source>
        <translation>証明書の作成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create request</source>
        <translation>リクエストの作成</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Preset Template values</source>
        <translation>プリセットテンプレートの値</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Template export</source>
        <translation>テンプレートエクスポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>XCA Templates ( *.xca )</source>
        <translation>XCA Templates ( *.xca )</translation>
    </message>
</context>
<context>
    <name>TrustState</name>
    <message>
        <source>Certificate trust</source>
        <translation type="vanished">証明書の信頼</translation>
    </message>
    <message>
        <source>Trustment</source>
        <translation type="vanished">信頼</translation>
    </message>
    <message>
        <source>&amp;Never trust this certificate</source>
        <translation type="vanished">この証明書を信用しない(&amp;N)</translation>
    </message>
    <message>
        <source>Only &amp;trust this certificate, if we trust the signer</source>
        <translation type="vanished">署名者を信頼できる場合のみ、この証明書を信頼する。(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Always trust this certificate</source>
        <translation type="vanished">この証明書を常に信頼する(&amp;A)</translation>
    </message>
</context>
<context>
    <name>Validity</name>
    <message>
        <location filename="../widgets/validity.cpp" line="+91"/>
        <source>yyyy-MM-dd hh:mm</source>
        <translation>yyyy-MM-dd hh:mm</translation>
    </message>
</context>
<context>
    <name>X509SuperTreeView</name>
    <message>
        <source>OpenSSL config</source>
        <translation type="vanished">OpenSSL コンフィグ</translation>
    </message>
    <message>
        <location filename="../widgets/X509SuperTreeView.cpp" line="+28"/>
        <source>Transform</source>
        <translation>変換</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public key</source>
        <translation>公開キー</translation>
    </message>
    <message>
        <source>Save as OpenSSL config</source>
        <translation type="vanished">OpenSSL設定として保存</translation>
    </message>
    <message>
        <source>Config files ( *.conf *.cnf);; All files ( * )</source>
        <translation type="vanished">Config files ( *.conf *.cnf);; All files ( * )</translation>
    </message>
</context>
<context>
    <name>XFile</name>
    <message>
        <location filename="../lib/xfile.h" line="+28"/>
        <source>Error opening file: &apos;%1&apos;: %2</source>
        <translation>ファイルを開くときにエラーが発生しました： &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Error rewinding file: &apos;%1&apos;: %2</source>
        <translation>ファイルの復旧エラー： &apos;%1&apos;: %2</translation>
    </message>
</context>
<context>
    <name>XcaDetail</name>
    <message>
        <location filename="../widgets/XcaDetail.cpp" line="+47"/>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
</context>
<context>
    <name>XcaTreeView</name>
    <message>
        <location filename="../widgets/XcaTreeView.cpp" line="+332"/>
        <source>Item properties</source>
        <translation>アイテムのプロパティ</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Subject entries</source>
        <translation>サブジェクトエンティティ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X509v3 Extensions</source>
        <translation>X509v3拡張キー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Netscape extensions</source>
        <translation>Netscape 拡張キー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key properties</source>
        <translation>キーのプロパティ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide Column</source>
        <translation>項目を非表示</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Columns</source>
        <translation>項目</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Export Password</source>
        <translation>パスワードのエクスポート</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Please enter the password to encrypt all %n exported private key(s) in:
%1</source>
        <comment>Singular form for 0 or 1 item can be ignored. Will always be called with n &gt;= 2</comment>
        <translation>
            <numerusform>エクスポートされたすべての秘密鍵 %n を暗号化するパスワードを入力してください：
 %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+43"/>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste PEM data</source>
        <translation>PEMデータを貼り付け</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rename</source>
        <translation>リネーム</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Properties</source>
        <translation>プロパティ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clipboard</source>
        <translation>クリップボード</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Clipboard format</source>
        <translation>クリップボードフォーマット</translation>
    </message>
</context>
<context>
    <name>database_model</name>
    <message>
        <source>Legacy database format detected. Creating a backup copy called: &apos;%1&apos; and converting the database to the new format</source>
        <translation type="obsolete">旧バージョンのデータベース形式が検出されました。「%1」という名前のバックアップコピーを作成し、データベースを新しい形式に変換しています</translation>
    </message>
    <message>
        <source>Failed to rename the database file, because the target already exists</source>
        <translation type="obsolete">ターゲットがすでに存在するため、データベースファイルの名前を変更できませんでした</translation>
    </message>
    <message>
        <location filename="../lib/database_model.cpp" line="+51"/>
        <source>Please enter the password to access the database server %2 as user &apos;%1&apos;.</source>
        <translation>ユーザ&apos;%1&apos;としてデータベースサーバ%2にアクセスするためのパスワードを入力してください。</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Unable to create &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; を作成できません: %2</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>The file &apos;%1&apos; is not an XCA database</source>
        <translation>ファイル &apos;%1&apos; は、XCA データベースではありません</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No SqLite3 driver available. Please install the qt-sqlite package of your distribution</source>
        <translation>SQLite3ドライバがありません。お使いのディストリビューションのqt-sqliteパッケージをインストールしてください</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>New Password</source>
        <translation>新しいパスワード</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Please enter a password, that will be used to encrypt your private keys in the database:
%1</source>
        <translation>データベースの秘密鍵を暗号化するためのパスワードを入力してください:
%1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please enter the password for unlocking the database:
%1</source>
        <translation>データベースのロックを解除するためのパスワードを入力してください:
%1</translation>
    </message>
</context>
<context>
    <name>db_base</name>
    <message>
        <location filename="../lib/db_base.cpp" line="+160"/>
        <source>Internal name</source>
        <translation>内部名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Primary key</source>
        <translation>プライマリキー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database unique number</source>
        <translation>データベースユニーク番号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of creation or insertion</source>
        <translation>作成または挿入の日付</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated, Imported, Transformed</source>
        <translation>生成済み、インポート済み、変換済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First line of the comment field</source>
        <translation>コメントフィールドの最初の行</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Import from: %1</source>
        <translation>インポート元： %1</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Could not create directory %1</source>
        <translation>ディレクトリ%1を作成できませんでした</translation>
    </message>
    <message>
        <source>Item properties</source>
        <translation type="vanished">アイテムのプロパティ</translation>
    </message>
    <message>
        <source>How to export the %1 selected items</source>
        <translation type="vanished">%1個の選択したアイテムをエクスポートする方法</translation>
    </message>
    <message>
        <source>All in one PEM file</source>
        <translation type="vanished">1つのPEMファイル内のすべて</translation>
    </message>
    <message>
        <source>Each item in one file</source>
        <translation type="vanished">1つのファイル内の各アイテム</translation>
    </message>
    <message>
        <source>Save %1 items in one file as</source>
        <translation type="vanished">%1アイテムを1つのファイルに次の名前で保存する</translation>
    </message>
    <message>
        <source>PEM files ( *.pem );; All files ( * )</source>
        <translation type="vanished">PEM files ( *.pem );; All files ( * )</translation>
    </message>
</context>
<context>
    <name>db_crl</name>
    <message>
        <location filename="../lib/db_crl.cpp" line="+26"/>
        <source>Signer</source>
        <translation>署名者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal name of the signer</source>
        <translation>署名者の内部名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No. revoked</source>
        <translation>廃止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of revoked certificates</source>
        <translation>失効した証明書の数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last update</source>
        <translation>最終更新</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next update</source>
        <translation>最終更新</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CRL number</source>
        <translation>CRL番号</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The revocation list already exists in the database as:
&apos;%1&apos;
and so it was not imported</source>
        <translation>失効リストはすでに次のようにデータベースに存在します:
&apos;%1&apos;
インポートされませんでした</translation>
    </message>
    <message>
        <source>Revocation list export</source>
        <translation type="vanished">失効リストのエクスポート</translation>
    </message>
    <message>
        <source>CRL ( *.pem *.der *.crl )</source>
        <translation type="vanished">CRL ( *.pem *.der *.crl )</translation>
    </message>
    <message>
        <source>There are no CA certificates for CRL generation</source>
        <translation type="vanished">CRL生成のためのCA証明書がありません</translation>
    </message>
    <message>
        <source>Select CA certificate</source>
        <translation type="vanished">CA証明書の選択</translation>
    </message>
    <message>
        <source>Create CRL</source>
        <translation type="vanished">CRLの作成</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Failed to initiate DB transaction</source>
        <translation>DBトランザクションを開始できませんでした</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+8"/>
        <location line="+4"/>
        <source>Database error: %1</source>
        <translation>データベースエラー:%1</translation>
    </message>
</context>
<context>
    <name>db_key</name>
    <message>
        <location filename="../lib/db_key.cpp" line="+53"/>
        <source>Type</source>
        <translation>タイプ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>鍵長</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EC Group</source>
        <translation>EC グループ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use</source>
        <translation>用途</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The key is already in the database as:
&apos;%1&apos;
and is not going to be imported</source>
        <translation>キーはすでに次のようにデータベースに存在します:
&apos;%1&apos;
インポートされません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database already contains the public part of the imported key as
&apos;%1
and will be completed by the new, private part of the key</source>
        <translation>データベースには、インポートされたキーの公開部分がすでに次のように含まれています。
&apos;%1
キーの新しいプライベート部分によって完了します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extending public key from %1 by imported key &apos;%2&apos;</source>
        <translation>インポートされたキー&apos;%2&apos;によって%1から公開キーを拡張しています</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Key size too small !</source>
        <translation>キーサイズが小さすぎます!</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You are sure to create a key of the size: %1 ?</source>
        <translation>サイズ%1のキーを作成しますか?</translation>
    </message>
    <message>
        <source>PEM public</source>
        <translation type="vanished">PEM public</translation>
    </message>
    <message>
        <source>SSH2 public</source>
        <translation type="vanished">SSH2 public</translation>
    </message>
    <message>
        <source>PEM private</source>
        <translation type="vanished">PEM private</translation>
    </message>
    <message>
        <source>SSH2 private</source>
        <translation type="vanished">SSH2 private</translation>
    </message>
    <message>
        <source>Export keys to Clipboard</source>
        <translation type="vanished">キーをクリップボードにエクスポート</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation type="vanished">クリップボード</translation>
    </message>
    <message>
        <source>Export public key [%1]</source>
        <translation type="vanished">公開キーのエクスポート[%1]</translation>
    </message>
    <message>
        <source>DER public</source>
        <translation type="vanished">DER public</translation>
    </message>
    <message>
        <source>DER private</source>
        <translation type="vanished">DER private</translation>
    </message>
    <message>
        <source>PEM encryped</source>
        <translation type="vanished">PEM encryped</translation>
    </message>
    <message>
        <source>PVK private</source>
        <translation type="vanished">PVKプライベート</translation>
    </message>
    <message>
        <source>PVK encrypted</source>
        <translation type="vanished">PVK暗号化</translation>
    </message>
    <message>
        <source>PKCS#8 encrypted</source>
        <translation type="vanished">PKCS#8 encrypted</translation>
    </message>
    <message>
        <source>Export private key [%1]</source>
        <translation type="vanished">秘密鍵をエクスポートする[%1]</translation>
    </message>
    <message>
        <source>Private Keys ( *.pem *.der *.pk8 );; SSH Public Keys ( *.pub )</source>
        <translation type="vanished">Private Keys ( *.pem *.der *.pk8 );; SSH Public Keys ( *.pub )</translation>
    </message>
    <message>
        <source>Internal error</source>
        <translation type="vanished">内部エラー</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Internal key update: The keys: %1 must be updated once by resetting and setting its private password</source>
        <translation>内部キーの更新: プライベート・パスワードをリセットして設定することで、キー %1 を一度更新する必要があります</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tried to change password of a token</source>
        <translation>トークンのパスワードを変更しようとしました</translation>
    </message>
</context>
<context>
    <name>db_temp</name>
    <message>
        <location filename="../lib/db_temp.cpp" line="+59"/>
        <source>Bad template: %1</source>
        <translation>不正なテンプレート:%1</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Empty template</source>
        <translation>空のテンプレート</translation>
    </message>
    <message>
        <source>Preset Template values</source>
        <translation type="vanished">プリセットテンプレートの値</translation>
    </message>
    <message>
        <source>Save template as</source>
        <translation type="vanished">テンプレートに名前を付けて保存</translation>
    </message>
    <message>
        <source>XCA templates ( *.xca );; All files ( * )</source>
        <translation type="vanished">XCA templates ( *.xca );; All files ( * )</translation>
    </message>
</context>
<context>
    <name>db_x509</name>
    <message>
        <location filename="../lib/db_x509.cpp" line="+77"/>
        <source>CA</source>
        <translation>CA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reflects the basic Constraints extension</source>
        <translation>基本的なConstraints拡張機能を反映する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial</source>
        <translation>シリアル</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start date</source>
        <translation>開始日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expiry date</source>
        <translation>終了日</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>MD5 fingerprint</source>
        <translation>MD5フィンガープリント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA1 fingerprint</source>
        <translation>SHA1フィンガープリント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA256 fingerprint</source>
        <translation>SHA256フィンガープリント</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not before</source>
        <translation>Not before</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not after</source>
        <translation>Not after</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revocation</source>
        <translation>失効</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CRL Expiration</source>
        <translation>CRLの有効期限</translation>
    </message>
    <message>
        <source>Plain View</source>
        <translation type="vanished">プレインビュー</translation>
    </message>
    <message>
        <source>Tree View</source>
        <translation type="vanished">ツリービュー</translation>
    </message>
    <message>
        <location line="+226"/>
        <source>Failed to retrieve unique random serial</source>
        <translation>一意のランダムシリアルの取得に失敗しました</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The certificate already exists in the database as:
&apos;%1&apos;
and so it was not imported</source>
        <translation>証明書はすでに次のようにデータベースに存在します:
&apos;%1&apos;
インポートはされませんでした</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Signed on %1 by &apos;%2&apos;</source>
        <translation>%1に&apos;%2&apos;によって署名されました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Invalid public key</source>
        <translation>公開キーが無効です</translation>
    </message>
    <message>
        <source>PKCS#7 unrevoked</source>
        <translation type="vanished">PKCS#7の取り消し</translation>
    </message>
    <message>
        <source>PEM unrevoked</source>
        <translation type="vanished">PEMの取り消し</translation>
    </message>
    <message>
        <source>vCalendar</source>
        <translation type="vanished">vCalendar</translation>
    </message>
    <message>
        <source>CA vCalendar</source>
        <translation type="vanished">CA vCalendar</translation>
    </message>
    <message>
        <source>X509 Certificates ( *.pem *.cer *.crt *.p12 *.pfx *.p7b )</source>
        <translation type="vanished">X509 Certificates ( *.pem *.cer *.crt *.p12 *.pfx *.p7b )</translation>
    </message>
    <message>
        <source>days</source>
        <translation type="vanished">日</translation>
    </message>
    <message>
        <source>No template</source>
        <translation type="vanished">テンプレートなし</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The key you selected for signing is not a private one.</source>
        <translation>署名用に選択したキーはプライベートキーではありません。</translation>
    </message>
    <message>
        <location line="-214"/>
        <source>Failed to create directory &apos;%1&apos;</source>
        <translation>ディレクトリ &apos;%1&apos; の作成に失敗しました</translation>
    </message>
    <message>
        <location line="+255"/>
        <source>Store the certificate to the key on the token &apos;%1 (#%2)&apos; ?</source>
        <translation>証明書をトークン上のキーに格納する「%1(#%2) 」?</translation>
    </message>
    <message>
        <source>PEM chain</source>
        <translation type="vanished">PEMチェーン</translation>
    </message>
    <message>
        <source>PKCS#7 chain</source>
        <translation type="vanished">PKCS#7チェーン</translation>
    </message>
    <message>
        <source>PKCS#12 chain</source>
        <translation type="vanished">PKCS#12チェーン</translation>
    </message>
    <message>
        <source>PKCS#7 all</source>
        <translation type="vanished">PKCS#7 すべて</translation>
    </message>
    <message>
        <source>PEM + key</source>
        <translation type="vanished">PEM + key</translation>
    </message>
    <message>
        <source>PEM all</source>
        <translation type="vanished">PEM all</translation>
    </message>
    <message>
        <source>Certificate Index file</source>
        <translation type="vanished">証明書インデックスファイル</translation>
    </message>
    <message>
        <source>Certificate export</source>
        <translation type="vanished">証明書のエクスポート</translation>
    </message>
    <message>
        <source>X509 Certificates ( *.pem *.cer *.crt *.p12 *.p7b )</source>
        <translation type="vanished">X509 Certificates ( *.pem *.cer *.crt *.p12 *.p7b )</translation>
    </message>
    <message>
        <location line="+96"/>
        <location line="+86"/>
        <source>There was no key found for the Certificate: &apos;%1&apos;</source>
        <translation>証明書&apos;%1&apos;のキーが見つかりませんでした</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Not possible for a token key: &apos;%1&apos;</source>
        <translation>トークンキー&apos;%1&apos;は使用できません</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Not possible for the token-key Certificate &apos;%1&apos;</source>
        <translation>トークンキー証明書&apos;%1&apos;は使用できません</translation>
    </message>
</context>
<context>
    <name>db_x509name</name>
    <message>
        <location filename="../lib/db_x509super.cpp" line="+27"/>
        <source>Subject</source>
        <translation>サブジェクト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complete distinguished name</source>
        <translation>完全な識別名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject hash</source>
        <translation>サブジェクトハッシュ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hash to lookup certs in directories</source>
        <translation>ディレクトリ内の証明書を検索するためのハッシュ</translation>
    </message>
</context>
<context>
    <name>db_x509req</name>
    <message>
        <location filename="../lib/db_x509req.cpp" line="+29"/>
        <source>Signed</source>
        <translation>署名済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>whether the request is already signed or not</source>
        <translation>要求がすでに署名されているかどうか</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unstructured name</source>
        <translation>構造化されていない名前</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Challenge password</source>
        <translation>チャレンジパスワード</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate count</source>
        <translation>証明書の数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of certificates in the database with the same public key</source>
        <translation>同じ公開キーを持つデータベース内の証明書の数</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The certificate signing request already exists in the database as
&apos;%1&apos;
and thus was not stored</source>
        <translation>証明書署名要求はすでに次のようにデータベースに存在しています:
&apos;%1&apos;
保管されなかった</translation>
    </message>
    <message>
        <source>Certificate request export</source>
        <translation type="vanished">証明書要求のエクスポート</translation>
    </message>
    <message>
        <source>Certificate request ( *.pem *.der *.csr )</source>
        <translation type="vanished">Certificate request ( *.pem *.der *.csr )</translation>
    </message>
</context>
<context>
    <name>db_x509super</name>
    <message>
        <location filename="../lib/db_x509super.cpp" line="+47"/>
        <source>Key name</source>
        <translation>秘密鍵名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal name of the key</source>
        <translation>秘密鍵の内部名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signature algorithm</source>
        <translation>署名アルゴリズム</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key type</source>
        <translation>キータイプ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key size</source>
        <translation>鍵長</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EC Group</source>
        <translation>EC グループ</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Extracted from %1 &apos;%2&apos;</source>
        <translation>%1&apos;%2&apos;から抽出</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+28"/>
        <source>Certificate</source>
        <translation>証明書</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+28"/>
        <source>Certificate request</source>
        <translation>証明書リクエスト</translation>
    </message>
    <message>
        <source>Save as OpenSSL config</source>
        <translation type="vanished">OpenSSL設定として保存</translation>
    </message>
    <message>
        <source>Config files ( *.conf *.cnf);; All files ( * )</source>
        <translation type="vanished">Config files ( *.conf *.cnf);; All files ( * )</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The following extensions were not ported into the template</source>
        <translation>次の拡張機能はテンプレートに移植されませんでした</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transformed from %1 &apos;%2&apos;</source>
        <translation>%1&apos;%2&apos;から変換されました</translation>
    </message>
</context>
<context>
    <name>kvView</name>
    <message>
        <location filename="../widgets/kvView.cpp" line="+164"/>
        <source>Type</source>
        <translation>タイプ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Content</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>pass_info</name>
    <message>
        <location filename="../lib/pass_info.cpp" line="+12"/>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PIN</source>
        <translation>PIN番号</translation>
    </message>
</context>
<context>
    <name>pkcs11_lib</name>
    <message>
        <location filename="../lib/pkcs11_lib.cpp" line="-456"/>
        <source>Failed to open PKCS11 library: %1: %2</source>
        <translation>PKCS11ライブラリ%1を開けませんでした:%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This does not look like a PKCS#11 library. Symbol &apos;C_GetFunctionList&apos; not found.</source>
        <translation>これはPKCS#11ライブラリとして認識できません。シンボル「C_GetFunctionList」が見つかりません。</translation>
    </message>
</context>
<context>
    <name>pki_base</name>
    <message>
        <location filename="../lib/pki_base.cpp" line="+282"/>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported</source>
        <translation>インポート済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated</source>
        <translation>生成済</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transformed</source>
        <translation>変換済</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token</source>
        <translation>トークン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legacy Database</source>
        <translation>レガシーデータベース</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renewed</source>
        <translation>更新</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Property &apos;%1&apos; not listed in &apos;pki_base::print&apos;</source>
        <translation>プロパティ &apos;%1&apos; が &apos;pki_base::print&apos; にリストされていません</translation>
    </message>
    <message>
        <location line="-320"/>
        <source>Internal error: Unexpected message: %1 %2</source>
        <translation>内部エラー:予期しないメッセージ:%1 %2</translation>
    </message>
</context>
<context>
    <name>pki_crl</name>
    <message>
        <location filename="../lib/pki_crl.cpp" line="+59"/>
        <source>Successfully imported the revocation list &apos;%1&apos;</source>
        <translation>失効リスト&apos;%1&apos;が正常にインポートされました</translation>
    </message>
    <message>
        <source>Delete the revocation list &apos;%1&apos;?</source>
        <translation type="vanished">失効リスト&apos;%1&apos;を削除しますか?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Successfully created the revocation list &apos;%1&apos;</source>
        <translation>失効リスト&apos;%1&apos;が正常に作成されました</translation>
    </message>
    <message>
        <source>Delete the %1 revocation lists: %2?</source>
        <translation type="vanished">%1失効リストを削除しますか:%2?</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Unable to load the revocation list in file %1. Tried PEM and DER formatted CRL.</source>
        <translation>ファイル%1の失効リストを読み込めません。PEMおよびDER形式のCRLを試しました。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No issuer given</source>
        <translation>発行者が指定されていません</translation>
    </message>
    <message>
        <source>Wrong Size %1</source>
        <translation type="vanished">サイズ%1が間違っています</translation>
    </message>
    <message numerus="yes">
        <location line="-100"/>
        <source>Delete the %n revocation list(s): &apos;%1&apos;?</source>
        <translation>
            <numerusform>%n 個の失効リストを削除します： &apos;%1&apos;?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+361"/>
        <source>CRL Renewal of CA &apos;%1&apos; due</source>
        <translation>CA「%1」のCRL更新期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The latest CRL issued by the CA &apos;%1&apos; will expire on %2.
It is stored in the XCA database &apos;%3&apos;</source>
        <translation>CAによって発行された最新のCRL「%1」の有効期限は%2になります。
XCAデータベース&apos;%3&apos;に保存されています</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Renew CRL: %1</source>
        <translation>CRLの更新:%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The XCA CRL &apos;%1&apos;, issued on %3 will expire on %4.
It is stored in the XCA database &apos;%5&apos;</source>
        <translation>%3に発行されたXCA CRL「%1」の有効期限は%4になります。
XCAデータベース&apos;%5&apos;に保存されています</translation>
    </message>
</context>
<context>
    <name>pki_evp</name>
    <message>
        <source>Failed to decrypt the key (bad password) %1</source>
        <translation type="vanished">キー(パスワードが間違っています)%1の暗号化を解除できませんでした</translation>
    </message>
    <message>
        <source>Please enter the password to decrypt the private key.</source>
        <translation type="vanished">秘密鍵を解読するためのパスワードを入力してください。</translation>
    </message>
    <message>
        <location filename="../lib/pki_evp.cpp" line="+240"/>
        <source>Please enter the password to decrypt the private key %1.</source>
        <translation>秘密鍵 %1 を復号化するためのパスワードを入力してください。</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The key from file &apos;%1&apos; is incomplete or inconsistent.</source>
        <translation>ファイル「%1 」のキーが不完全または矛盾しています。</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Please enter the password to decrypt the private key from file:
%1</source>
        <translation>ファイルから秘密鍵を復号化するためのパスワードを入力してください:
%1</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Unable to load the private key in file %1. Tried PEM and DER private, public, PKCS#8 key types and SSH2 format.</source>
        <translation>ファイル%1の秘密鍵を読み込めません。PEMおよびDERの秘密鍵、公開キー、PKCS#8キーの種類、およびSSH2形式を試しました。</translation>
    </message>
    <message>
        <source>Ignoring unsupported private key</source>
        <translation type="vanished">サポートされていない秘密鍵を無視します</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Please enter the password to decrypt the private key: &apos;%1&apos;</source>
        <translation>秘密鍵を解読するためのパスワードを入力してください:&apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+11"/>
        <source>Password input aborted</source>
        <translation>パスワードの入力が中断されました</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Please enter the database password for decrypting the key &apos;%1&apos;</source>
        <translation>キー&apos;%1&apos;を復号化するためのデータベースパスワードを入力してください</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Decryption of private key &apos;%1&apos; failed</source>
        <translation>秘密鍵 &apos;%1&apos; の復号化に失敗しました</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Please enter the password to protect the private key: &apos;%1&apos;</source>
        <translation>秘密鍵を保護するためのパスワードを入力してください:&apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Please enter the database password for encrypting the key</source>
        <translation>キーを暗号化するためのデータベースパスワードを入力してください</translation>
    </message>
    <message>
        <location line="+182"/>
        <source>Please enter the password to protect the PKCS#8 key &apos;%1&apos; in file:
%2</source>
        <translation>ファイルの PKCS#8 キー &apos;%1&apos; を保護するパスワードを入力してください：
%2</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Please enter the password to protect the private key &apos;%1&apos; in file:
%2</source>
        <translation>秘密鍵 &apos;%1&apos; を保護するパスワードをファイルに入力してください：
%2</translation>
    </message>
    <message>
        <source>Please enter the password protecting the PKCS#8 key &apos;%1&apos;</source>
        <translation type="vanished">PKCS#8キー&apos;%1&apos;を保護するパスワードを入力してください</translation>
    </message>
    <message>
        <source>Please enter the password protecting the Microsoft PVK key &apos;%1&apos;</source>
        <translation type="vanished">Microsoft PVKキー&apos;%1&apos;を保護するパスワードを入力してください</translation>
    </message>
    <message>
        <source>Please enter the export password for the private key &apos;%1&apos;</source>
        <translation type="vanished">秘密鍵&apos;%1&apos;のエクスポートパスワードを入力してください</translation>
    </message>
</context>
<context>
    <name>pki_export</name>
    <message>
        <location filename="../lib/pki_export.cpp" line="+64"/>
        <location line="+35"/>
        <location line="+4"/>
        <source>PEM Text format with headers</source>
        <translation>ヘッダ付きPEMテキスト形式</translation>
    </message>
    <message>
        <source>Concatenated list of all selected items in one PEM text file</source>
        <translation type="vanished">1つのPEMテキストファイルで選択されたすべての項目を連結したリスト</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>PEM selected</source>
        <translation>PEMを選択</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Concatenated list of all selected certificates in one PEM text file</source>
        <translation>選択したすべての証明書を1つのPEMテキストファイルに連結したリスト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM chain</source>
        <translation>PEMチェーン</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Concatenated text format of the complete certificate chain in one PEM file</source>
        <translation>1つのPEMファイル内の完全な証明書チェーンの連結テキスト形式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The complete certificate chain and the private key of the selected certificate with tags usable in OpenVPN configuration files</source>
        <translation>選択された証明書の完全な証明書チェーンと秘密鍵が、OpenVPN コンフィギュレーション・ファイルで使用可能なタグ付きで表示されます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM + key</source>
        <translation>PEM + key</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Concatenation of the certificate and the unencrypted private key in one PEM file</source>
        <translation>1つのPEMファイルでの証明書と暗号化されていない秘密鍵の連結</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concatenation of the certificate and the encrypted private key in PKCS#8 format in one file</source>
        <translation>証明書と暗号化された秘密鍵をPKCS#8形式で1つのファイルに連結したもの</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All unusable</source>
        <translation>すべて使用不可</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Concatenation of all expired or revoked certificates in one PEM file</source>
        <translation>期限切れまたは失効したすべての証明書を 1 つの PEM ファイルに連結する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PKCS#7 encoded single certificate</source>
        <translation>PKCS#7でエンコードされた単一の証明書</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All selected certificates encoded in one PKCS#7 file</source>
        <translation>選択されたすべての証明書が1つのPKCS#7ファイルにエンコードされている</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PKCS #7 chain</source>
        <translation>PKCS#7チェーン</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PKCS#7 encoded complete certificate chain</source>
        <translation>PKCS#7エンコードされた完全な証明書チェーン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PKCS #7 unusable</source>
        <translation>PKCS #7は使用不可</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PKCS#7 encoded collection of all expired or revoked certificates</source>
        <translation>PKCS#7 でエンコードされた、期限切れまたは失効したすべての証明書のコレクション</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Binary DER encoded certificate</source>
        <translation>バイナリ DER エンコードされた証明書</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PKCS #12 chain</source>
        <translation>PKCS #12 チェーン</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The complete certificate chain and the private key as encrypted PKCS#12 file</source>
        <translation>完全な証明書チェーンと暗号化されたPKCS#12ファイルとしての秘密鍵</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PKCS #12</source>
        <translation>PKCS #12</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The certificate and the private key as encrypted PKCS#12 file</source>
        <translation>暗号化されたPKCS#12ファイルとしての証明書と秘密鍵</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate Index file</source>
        <translation>証明書インデックスファイル</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OpenSSL specific Certificate Index file as created by the &apos;ca&apos; command and required by the OCSP tool</source>
        <translation>&apos;CA&apos;コマンドで作成され、OCSPツールで必要なOpenSSL固有の証明書インデックスファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <source>vCalendar</source>
        <translation>vCalendar</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>vCalendar expiry reminder for the selected items</source>
        <translation>選択したアイテムのvCalendar有効期限リマインダ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CA vCalendar</source>
        <translation>CA vCalendar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>vCalendar expiry reminder containing all issued, valid certificates, the CA itself and the latest CRL</source>
        <translation>発行されたすべての有効な証明書、CA自体、および最新のCRLを含むvCalendar有効期限リマインダ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <source>OpenSSL config</source>
        <translation>OpenSSL コンフィグ</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+20"/>
        <source>OpenSSL configuration file to create a certificate or request with the openssl commandline tool</source>
        <translation>OpenSSLコマンドラインツールを使って証明書またはリクエストを作成するためのOpenSSL設定ファイル</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>OpenVPN tls-auth key</source>
        <translation>OpenVPN tls-auth key</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The OpenVPN tls-auth key is a secret key shared between endpoints</source>
        <translation>OpenVPN tls-auth key はエンドポイント間で共有される秘密鍵です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON Web Kit</source>
        <translation>JSON Web Kit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The public key of the certificate in JSON Web Kit format with X.509 Certificate Thumbprint (x5t)</source>
        <translation>X.509 証明書サムプリント（x5t）付きの JSON Web Kit 形式の証明書の公開鍵</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON Web Kit chain</source>
        <translation>JSON Web Kit チェーン</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The public key of the certificate in JSON Web Kit format with X.509 Certificate Thumbprint (x5t) and certificate chain (x5c)</source>
        <translation>X.509 証明書サムプリント（x5t）および証明書チェーン（x5c）を含む JSON Web Kit 形式の証明書の公開鍵</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PEM public</source>
        <translation>PEM public</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text format of the public key in one PEM file</source>
        <translation>1つのPEMファイル内の公開キーのテキスト形式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM private</source>
        <translation>PEM private</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Unencrypted private key in text format</source>
        <translation>テキスト形式の暗号化されていない秘密鍵</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>PEM encrypted</source>
        <translation>PEM暗号化</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OpenSSL specific encrypted private key in text format</source>
        <translation>OpenSSL固有の暗号化された秘密鍵 (テキスト形式)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SSH2 private</source>
        <translation>SSH2 private</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SSH2 public</source>
        <translation>SSH2 public</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The public key encoded in SSH2 format</source>
        <translation>SSH2形式でエンコードされた公開キー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DER public</source>
        <translation>DER public</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Binary DER format of the public key</source>
        <translation>公開キーのバイナリDERフォーマット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DER private</source>
        <translation>DER private</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unencrypted private key in binary DER format</source>
        <translation>バイナリDER形式の暗号化されていない秘密鍵</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PVK private</source>
        <translation>PVKプライベート</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Private key in Microsoft PVK format not encrypted</source>
        <translation>Microsoft PVK形式の秘密鍵は暗号化されていません</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>XCA template in PEM-like format. Templates include the internal name and comment</source>
        <translation>PEM ライクな形式の XCA テンプレート。 テンプレートは内部名とコメントを含む</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All selected XCA templates in PEM-like format. Templates include the internal name and comment</source>
        <translation>選択されたすべての XCA テンプレートは PEM ライクな形式。 テンプレートは内部名とコメントを含む</translation>
    </message>
    <message>
        <source>PVK encrypted</source>
        <translation type="vanished">PVK暗号化</translation>
    </message>
    <message>
        <source>Encrypted private key in Microsoft PVK format</source>
        <translation type="vanished">Microsoft PVK形式の暗号化された秘密鍵</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>PKCS #8 encrypted</source>
        <translation>PKCS #8 暗号化</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Encrypted private key in PKCS#8 text format</source>
        <translation>暗号化された秘密鍵 (PKCS#8テキスト形式)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PKCS #8</source>
        <translation>PKCS #8</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unencrypted private key in PKCS#8 text format</source>
        <translation>PKCS#8テキスト形式の暗号化されていない非公開キー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON Web Key private</source>
        <translation>JSONウェブ・キー・プライベート</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unencrypted private key in JSON Web Key format</source>
        <translation>JSON Web Key形式の暗号化されていない秘密鍵</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON Web Key public</source>
        <translation>JSONウェブ鍵公開</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Public key in JSON Web Key format</source>
        <translation>JSON Web Key形式の公開鍵</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Binary DER format of the certificate request</source>
        <translation>証明書要求のバイナリ DER フォーマット</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Binary DER format of the revocation list</source>
        <translation>失効リストのバイナリDERフォーマット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vCalendar reminder for the CRL expiry date</source>
        <translation>vCRL有効期限のカレンダーリマインダー</translation>
    </message>
    <message>
        <source>XCA template in PEM-like format</source>
        <translation type="vanished">PEMライクフォーマットのXCAテンプレート</translation>
    </message>
    <message>
        <source>All selected XCA templates in PEM-like format</source>
        <translation type="vanished">選択されたすべてのXCAテンプレートはPEMライクフォーマットです</translation>
    </message>
</context>
<context>
    <name>pki_key</name>
    <message>
        <source>Successfully imported the %1 public key &apos;%2&apos;</source>
        <translation type="vanished">%1公開キー&apos;%2&apos;のインポートに成功しました</translation>
    </message>
    <message>
        <source>Delete the %1 public key &apos;%2&apos;?</source>
        <translation type="vanished">%1公開キー&apos;%2&apos;を削除しますか?</translation>
    </message>
    <message>
        <source>Successfully imported the %1 private key &apos;%2&apos;</source>
        <translation type="vanished">%1秘密鍵&apos;%2&apos;のインポートに成功しました</translation>
    </message>
    <message>
        <source>Delete the %1 private key &apos;%2&apos;?</source>
        <translation type="vanished">%1形式の秘密鍵&apos;%2&apos;を削除しますか?</translation>
    </message>
    <message>
        <source>Successfully created the %1 private key &apos;%2&apos;</source>
        <translation type="vanished">%1形式の秘密鍵&apos;%2&apos;の作成に成功しました</translation>
    </message>
    <message>
        <source>Delete the %1 keys: %2?</source>
        <translation type="vanished">%1キーを削除しますか:%2?</translation>
    </message>
    <message>
        <location filename="../lib/pki_key.cpp" line="+59"/>
        <location line="+177"/>
        <location line="+620"/>
        <source>Public key</source>
        <translation>公開キー</translation>
    </message>
    <message>
        <location line="-644"/>
        <source>Successfully imported the %1 public key &apos;%2&apos;</source>
        <comment>%1 will be replaced by &apos;RSA&apos;, &apos;DSA&apos;, &apos;EC&apos;. %2 is the internal name of the key</comment>
        <translation>%1 公開鍵 &apos;%2&apos; のインポートに成功しました</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete the %n %1 public key(s) &apos;%2&apos;?</source>
        <comment>%1 will be replaced by &apos;RSA&apos;, &apos;DSA&apos;, &apos;EC&apos;. %2 is/are the internal name(s) of the key(s)</comment>
        <translation>
            <numerusform>%n %1 公開鍵 &apos;%2&apos; を削除しますか?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Successfully imported the %1 private key &apos;%2&apos;</source>
        <comment>%1 will be replaced by &apos;RSA&apos;, &apos;DSA&apos;, &apos;EC&apos;. %2 is the internal name of the key</comment>
        <translation>秘密鍵 &apos;%2&apos; %1 のインポートに成功しました</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete the %n %1 private key(s) &apos;%2&apos;?</source>
        <comment>%1 will be replaced by &apos;RSA&apos;, &apos;DSA&apos;, &apos;EC&apos;. %2 is/are the internal name(s) of the key(s)</comment>
        <translation>
            <numerusform>%n %1 プライベート鍵 &apos;%2&apos; を削除しますか?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Successfully created the %1 private key &apos;%2&apos;</source>
        <comment>%1 will be replaced by &apos;RSA&apos;, &apos;DSA&apos;, &apos;EC&apos;. %2 is the internal name of the key</comment>
        <translation>秘密鍵 &apos;%2&apos; %1 の作成に成功しました</translation>
    </message>
    <message>
        <location line="+230"/>
        <source>Common</source>
        <translation>共通</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Private</source>
        <translation>プライベート</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bogus</source>
        <translation>偽物</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No password</source>
        <translation>パスワードなし</translation>
    </message>
    <message>
        <location line="+97"/>
        <location line="+105"/>
        <source>Unexpected SSH2 content: &apos;%1&apos;</source>
        <translation>予期しないSSH2コンテンツ:&apos;%1&apos;</translation>
    </message>
    <message>
        <location line="-85"/>
        <location line="+6"/>
        <source>Invalid SSH2 public key</source>
        <translation>無効なSSH2公開キーです</translation>
    </message>
    <message>
        <location line="+191"/>
        <source>Failed writing to %1</source>
        <translation>%1への書き込みに失敗しました</translation>
    </message>
</context>
<context>
    <name>pki_multi</name>
    <message>
        <location filename="../lib/pki_multi.cpp" line="+138"/>
        <source>No known PEM encoded items found</source>
        <translation>既知のPEMエンコードされた項目が見つかりません</translation>
    </message>
</context>
<context>
    <name>pki_pkcs12</name>
    <message>
        <location filename="../lib/pki_pkcs12.cpp" line="-180"/>
        <source>Please enter the password to decrypt the PKCS#12 file:
%1</source>
        <translation>PKCS#12ファイルを復号化するためのパスワードを入力してください:
%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unable to load the PKCS#12 (pfx) file %1.</source>
        <translation>PKCS#12(pfx)ファイル%1を読み込めません。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The supplied password was wrong (%1)</source>
        <translation>指定されたパスワードが間違っています(%1)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Please enter the password to encrypt the key of certificate &apos;%1&apos; in the PKCS#12 file:
%2</source>
        <translation>証明書 &apos;%1&apos; の鍵を暗号化するパスワードを PKCS#12 ファイルに入力してください：
%2</translation>
    </message>
    <message>
        <source>Please enter the password to encrypt the PKCS#12 file</source>
        <translation type="vanished">PKCS#12ファイルを暗号化するためのパスワードを入力してください</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>No key or no Cert and no pkcs12</source>
        <translation>キーまたはCertがないか、pkcs12がありません</translation>
    </message>
</context>
<context>
    <name>pki_pkcs7</name>
    <message>
        <location filename="../lib/pki_pkcs7.cpp" line="+185"/>
        <source>Unable to load the PKCS#7 file %1. Tried PEM and DER format.</source>
        <translation>PKCS#7ファイル%1を読み込めません。PEMおよびDER形式を試しました。</translation>
    </message>
</context>
<context>
    <name>pki_scard</name>
    <message>
        <location filename="../lib/pki_scard.cpp" line="+46"/>
        <source>Successfully imported the token key &apos;%1&apos;</source>
        <translation>トークンキー&apos;%1&apos;が正常にインポートされました</translation>
    </message>
    <message>
        <source>Delete the token key &apos;%1&apos;?</source>
        <translation type="vanished">トークンキー&apos;%1&apos;を削除しますか?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Successfully created the token key &apos;%1&apos;</source>
        <translation>トークンキー&apos;%1&apos;が正常に作成されました</translation>
    </message>
    <message>
        <source>Delete the %1 keys: %2?</source>
        <translation type="vanished">%1キーを削除しますか:%2?</translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <source>Delete the %n token key(s): &apos;%1&apos;?</source>
        <translation>
            <numerusform>%n 個のトークン・キーを削除しますか: &apos;%1&apos;?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+328"/>
        <source>Delete the private key &apos;%1&apos; from the token &apos;%2 (#%3)&apos; ?</source>
        <translation>トークン「%2(#%3) 」から秘密鍵「%1」を削除しますか?</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>This Key is already on the token</source>
        <translation>このキーはすでにトークン上にあります</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>PIN input aborted</source>
        <translation>PIN入力を中止しました</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unable to find copied key on the token</source>
        <translation>トークン上にコピーされたキーが見つかりません</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Please insert card: %1 %2 [%3] with Serial: %4</source>
        <translation>カードを挿入してください:%1 %2 [%3]シリアル番号:%4</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Select Slot of %1</source>
        <translation>スロット %1 を選択</translation>
    </message>
    <message>
        <source>Illegal Key generation method</source>
        <translation type="vanished">不正なキー生成方法</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Unable to find generated key on card</source>
        <translation>カード上に生成されたキーが見つかりません</translation>
    </message>
    <message>
        <source>Ignoring unsupported token key</source>
        <translation type="vanished">サポートされていないトークンキーを無視します</translation>
    </message>
    <message>
        <source>Wrong Size %1</source>
        <translation type="vanished">サイズ%1が間違っています</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Token %1</source>
        <translation>トークン%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+12"/>
        <source>Failed to find the key on the token</source>
        <translation>トークン上のキーが見つかりませんでした</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Invalid Pin for the token</source>
        <translation>トークンのPINが無効です</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Failed to initialize the key on the token</source>
        <translation>トークンのキーの初期化に失敗しました</translation>
    </message>
</context>
<context>
    <name>pki_temp</name>
    <message>
        <location filename="../lib/pki_temp.cpp" line="+107"/>
        <source>Successfully imported the XCA template &apos;%1&apos;</source>
        <translation>XCAテンプレート&apos;%1&apos;が正常にインポートされました</translation>
    </message>
    <message>
        <source>Delete the XCA template &apos;%1&apos;?</source>
        <translation type="vanished">XCAテンプレート&apos;%1&apos;を削除しますか?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Successfully created the XCA template &apos;%1&apos;</source>
        <translation>XCAテンプレート&apos;%1&apos;が正常に作成されました</translation>
    </message>
    <message>
        <source>Delete the %1 XCA templates: %2?</source>
        <translation type="vanished">%1XCAテンプレートを削除しますか:%2?</translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <source>Delete the %n XCA template(s): &apos;%1&apos;?</source>
        <translation>
            <numerusform>%n 個の XCA テンプレートを削除しますか: &apos;%1&apos;?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+213"/>
        <source>Wrong Size %1</source>
        <translation>サイズ%1が間違っています</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Template file content error (too small)</source>
        <translation>テンプレートファイルのコンテンツエラー(小さすぎる)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Not a PEM encoded XCA Template</source>
        <translation>PEMエンコードされたXCAテンプレートではありません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not an XCA Template, but &apos;%1&apos;</source>
        <translation>XCAテンプレートではありませんが&apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>pki_x509</name>
    <message>
        <location filename="../lib/pki_x509.cpp" line="+65"/>
        <source>Successfully imported the certificate &apos;%1&apos;</source>
        <translation>証明書&apos;%1&apos;が正常にインポートされました</translation>
    </message>
    <message>
        <source>Delete the certificate &apos;%1&apos;?</source>
        <translation type="vanished">証明書&apos;%1&apos;を削除しますか?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Successfully created the certificate &apos;%1&apos;</source>
        <translation>証明書&apos;%1&apos;が正常に作成されました</translation>
    </message>
    <message>
        <source>Delete the %1 certificates: %2?</source>
        <translation type="vanished">%1証明書を削除しますか:%2?</translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <source>Delete the %n certificate(s): &apos;%1&apos;?</source>
        <translation>
            <numerusform>%n 個の証明書を削除しますか: &apos;%1&apos;?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+171"/>
        <source>Unable to load the certificate in file %1. Tried PEM and DER certificate.</source>
        <translation>ファイル%1の証明書を読み込めません。PEMおよびDER証明書を試しました。</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Invalid OpenVPN tls-auth key</source>
        <translation>OpenVPN tls-auth key が無効です</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Failed to import tls-auth key</source>
        <translation>tls-auth key のインポートに失敗しました</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Same tls-auth key already stored for this CA</source>
        <translation>この CA には同じ tls-auth key が保存されています</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New tls-auth key successfully imported</source>
        <translation>新しい tls-auth key を保存しました</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Existing tls-auth key successfully replaced</source>
        <translation>既に存在する tls-auth keyを新しい tls-auth keyで正常に置き換えました</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>This certificate is already on the security token</source>
        <translation>この証明書は既にセキュリティトークンにあります</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Delete the certificate &apos;%1&apos; from the token &apos;%2 (#%3)&apos;?</source>
        <translation>トークン&apos;%2(#%3)&apos;から証明書「%1 」を削除しますか?</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>There is no key for signing !</source>
        <translation>署名用のキーがありません!</translation>
    </message>
    <message>
        <source>Wrong Size %1</source>
        <translation type="vanished">サイズ%1が間違っています</translation>
    </message>
    <message>
        <location line="+312"/>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Renew certificate: %1</source>
        <translation>証明書を書き換える:%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The XCA certificate &apos;%1&apos;, issued on %2 will expire on %3.
It is stored in the XCA database &apos;%4&apos;</source>
        <translation>%2で発行されたXCA証明書「%1 」は%3に有効期限が切れます。
これはXCAデータベース&apos;%4&apos;に保存されています</translation>
    </message>
</context>
<context>
    <name>pki_x509req</name>
    <message>
        <location filename="../lib/pki_x509req.cpp" line="+108"/>
        <source>Signing key not valid (public key)</source>
        <translation>署名キーが無効です(公開キー)</translation>
    </message>
    <message>
        <source>Successfully imported the %1 certificate request &apos;%2&apos;</source>
        <translation type="vanished">%1証明書要求&apos;%2&apos;が正常にインポートされました</translation>
    </message>
    <message>
        <source>Delete the %1 certificate request &apos;%2&apos;?</source>
        <translation type="vanished">%1証明書要求&apos;%2&apos;を削除しますか?</translation>
    </message>
    <message>
        <source>Successfully created the %1 certificate request &apos;%2&apos;</source>
        <translation type="vanished">%1証明書要求&apos;%2&apos;が正常に作成されました</translation>
    </message>
    <message>
        <source>Delete the %1 certificate requests: %2?</source>
        <translation type="vanished">%1証明書要求を削除しますか:%2?</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Unable to load the certificate request in file %1. Tried PEM, DER and SPKAC format.</source>
        <translation>ファイル%1の証明書要求を読み込めません。PEM、DER、およびSPKAC形式を試しました。</translation>
    </message>
    <message>
        <source>Wrong Size %1</source>
        <translation type="vanished">サイズ%1が間違っています</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Successfully imported the PKCS#10 certificate request &apos;%1&apos;</source>
        <translation>PKCS#10 証明書要求 &apos;%1&apos; のインポートに成功しました</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete the %n PKCS#10 certificate request(s): &apos;%1&apos;?</source>
        <translation>
            <numerusform>%n PKCS#10 証明書要求を削除しますか?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Successfully created the PKCS#10 certificate request &apos;%1&apos;</source>
        <translation>PKCS#10 証明書要求 &apos;%1&apos; の作成に成功しました</translation>
    </message>
    <message>
        <location line="+217"/>
        <source>Signed</source>
        <translation>署名済み</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unhandled</source>
        <translation>未処理</translation>
    </message>
</context>
<context>
    <name>v3ext</name>
    <message>
        <location filename="../ui/v3ext.ui" line="+26"/>
        <source>Copy Common Name</source>
        <translation>コモンネームのコピー</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Validate</source>
        <translation>検証</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../widgets/v3ext.cpp" line="+75"/>
        <source>An email address or &apos;copy&apos;</source>
        <translation>電子メールアドレスまたはコピー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An email address</source>
        <translation>電子メールアドレス</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A registered ID: OBJECT IDENTIFIER</source>
        <translation>登録ID:オブジェクト識別子</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A uniform resource indicator</source>
        <translation>統一資源指標</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A DNS domain name or &apos;copycn&apos;</source>
        <translation>DNSドメイン名または&apos;copycn&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A DNS domain name</source>
        <translation>DNSドメイン名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An IP address</source>
        <translation>IPアドレス</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Syntax: &lt;OID&gt;;TYPE:text like &apos;1.2.3.4:UTF8:name&apos;</source>
        <translation>構文:&lt;OID&gt;;TYPE:text like&apos;1.2.3.4:UTF8:name&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No editing. Only &apos;copy&apos; allowed here</source>
        <translation>編集なし。ここでは「コピー 」のみ指定してください</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Validation failed:
&apos;%1&apos;
%2</source>
        <translation>検証に失敗しました:
&apos;%1&apos;
%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Validation successful:
&apos;%1&apos;</source>
        <translation>検証に成功しました:
&apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>xcaWarning</name>
    <message>
        <source>The following error occurred:</source>
        <translation type="vanished">次のエラーが発生しました:</translation>
    </message>
    <message>
        <source>Copy to Clipboard</source>
        <translation type="vanished">クリップボードにコピー</translation>
    </message>
</context>
<context>
    <name>xcaWarningGui</name>
    <message>
        <location filename="../widgets/XcaWarning.cpp" line="+71"/>
        <source>Copy to Clipboard</source>
        <translation>クリップボードにコピー</translation>
    </message>
</context>
</TS>
