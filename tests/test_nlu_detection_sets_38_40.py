"""Classes of wording sets 38–40 misread for `detection` (labelling rule 3), each with
sentences of our own and near-misses that must stay as they were."""

from __future__ import annotations

import pytest

from coverage import Detection
from nlu.extract import read_message

EXTERNAL = Detection.EXTERNAL_REPORT
THIRD = Detection.THIRD_PARTY
SELF = Detection.SELF

Case = tuple[str, Detection | None]

# 「サーバーを借りている会社から電話があって」: the hosting operator named by the server the
# company rents from it reports an attack on its service (spec "External report").
RENTED_SERVER: list[Case] = [
    ("サーバーを借りてる会社から電話があって、DDoS攻撃を受けていると言われました", EXTERNAL),
    ("ホームページのサーバーを契約している会社から、改ざんされているとメールが来た", EXTERNAL),
    ("サーバー借りてるとこから連絡きて、不正なファイルが置かれてるって", EXTERNAL),
    # Asked by us, the operator told nothing of how it came to light.
    ("サーバーを借りている会社に相談したら、復旧は有料だと言われました", None),
]

# 「お使いのパソコンやスマートフォンのセキュリティソフトで」: the reader's devices, listed,
# are still the reader's; a check asked of readers is no finding of ours.
READERS_DEVICES: list[Case] = [
    ("念のため、お使いのパソコンやスマートフォンのウイルス対策ソフトでスキャンを。", None),
    ("ご自身のパソコン・タブレットのセキュリティソフトで確認してください。", None),
    # Our own devices, listed, are ours.
    ("社内のパソコンやサーバーのセキュリティソフトで検知しました。", SELF),
]

# 「…を指摘する文書が届き、市が調べたところ」: a reporter after the report word, in a clause
# of its own, is the subject of the check that followed, not who reported; one said to be
# the source (から, より) still is.
REPORTER_AFTER: list[Case] = [
    ("写真家から先月、無断使用を指摘する書面が届き、市が確認したところ事実でした。", THIRD),
    ("ネットで著作権侵害を指摘する声が上がり、県が調べた結果、無断転載と分かった。", THIRD),
    ("不正アクセスの可能性があるとのご連絡を、先週お客様から受けました。", THIRD),
    ("攻撃を検知したとの通報を、昨夜警察から受けました。", EXTERNAL),
]

# 「送った先の病院の方が気づいて電話をくださいました」: the recipient of what we sent, named
# by our sending, then its body and its person, telling us is a third party.
SENT_TO: list[Case] = [
    ("送った先の薬局の方が気づいて電話をくださいました", THIRD),
    ("送信先の会社の担当者が電話をくださいました", THIRD),
    ("FAXした先の事業所の人が連絡をくれて分かりました", THIRD),
    # The request to call is no favour done.
    ("ご不明な点はお電話くださいませ", None),
]

# 「夜勤の看護師から…と連絡があり」: our own people named by their job are our staff (self);
# the same job at another organisation (「別の病院の」「他院の」) is an outsider.
STAFF_BY_JOB: list[Case] = [
    ("クリニックの事務です。受付の看護師から、カルテのファイルが開けないと連絡がありました", SELF),
    ("保育士から、園児名簿を入れたバッグをなくしたと報告がありました", SELF),
    ("配達員から、伝票の束が見当たらないと連絡がありました", SELF),
    ("別の病院の看護師から、うちの紹介状がそちらに届いていると連絡がありました", THIRD),
    ("他院の医師から、FAXが誤って届いていると連絡がありました", THIRD),
    # Another department is still ours.
    ("他の課の職員から、共有フォルダが見えていると教えてもらいました", SELF),
    ("元ヘルパーから、名簿を持ち出したと連絡がありました", THIRD),
]


# 「不審なメールを受け取った社員から報告」: our staff named as who received an attacker's
# mail are our own people telling us (self), not the recipient of a mail we mis-sent.
STAFF_RECEIVED_ATTACK: list[Case] = [
    ("怪しいメールを受け取った社員から、添付を開いてしまったと報告がありました", SELF),
    ("フィッシングメールを受信した職員が、情シスに連絡してくれました", SELF),
    # An outsider who received a fake mail in our name is still a third party.
    ("当社を装った不審なメールを受け取ったお客様から、問い合わせがありました", THIRD),
    # So is whoever received what we mis-sent.
    ("誤って送ったFAXを受け取った会社の方から電話をいただきました", THIRD),
]


# 「販売会社様より「…」とのご連絡をいただき」: より after a name, then the words it said in
# quotes, names who told, as より and a comma does; a comparison (「従来より」) does not.
SOURCE_THEN_QUOTE: list[Case] = [
    ("仕入先様より「御社名義の怪しいメールが来ている」とのご連絡をいただきました。", THIRD),
    ("取引先の会社より『請求書のメールがおかしい』とのご指摘をいただきました。", THIRD),
    ("当社は従来より「安全第一」を掲げてまいりました。", None),
]

# 「当該職員本人からの申告により判明」: our staff member's own 申告 to us is self; the bare
# 本人's, or another firm's staff's, says nothing of who (a data subject as often as not).
STAFF_SELF_REPORT: list[Case] = [
    ("担当の看護師本人からの申告により、紛失が判明しました。", SELF),
    ("社員から申告があり、USBメモリの紛失が分かりました。", SELF),
    ("ご本人からの申告により判明しました。", None),
    ("委託先の社員から申告がありました。", None),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    RENTED_SERVER
    + READERS_DEVICES
    + REPORTER_AFTER
    + SENT_TO
    + STAFF_BY_JOB
    + STAFF_RECEIVED_ATTACK
    + SOURCE_THEN_QUOTE
    + STAFF_SELF_REPORT,
)
def test_sets_38_40_classes(text: str, expected: Detection | None) -> None:
    assert read_message(text).detection is expected
