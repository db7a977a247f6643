"""Who found it (`detection`) only on clear evidence: classes of words that look like a report
and are not one. Set 8, written blind, was read third_party on a reason's から, an outgoing
お知らせする, our own staff reporting to a superior, and our own unit detecting.

Our own sentences in each class: the negatives must stay unknown (or be our own finding),
the positives next to them must keep their category.
"""

from __future__ import annotations

import pytest

from coverage import Detection, Fact
from nlu.extract import read_message

EXTERNAL, THIRD, SELF = Detection.EXTERNAL_REPORT, Detection.THIRD_PARTY, Detection.SELF

Case = tuple[str, Detection | None]

# 「…から」 names a teller only after a party: not a reason (ことから), a count (1台から), a
# thing or a place (ネットワークから), and only when it belongs to the report, not to a verb
# in a clause of its own (「顧客から預かった書類を紛失し、…報告」).
FROM_A_PARTY: list[Case] = [
    ("流出の可能性を否定できないことから、皆様にお知らせするものです。", None),
    ("不審な点があったことから、念のためご報告いたします。", None),
    ("端末2台から海外のサーバーへの通信が確認され、調査を進めています。", None),
    ("感染したパソコンをネットワークから切り離し、業者に連絡しました。", None),
    ("お客様から預かった書類を紛失し、上司に報告しました。", None),
    ("A社から購入した機器の設定を変え、取引先にご連絡いたしました。", None),
    ("サーバーから不審な通信が見つかり、監視会社に連絡しました。", None),
    ("そこから連絡が来ることはありません。", None),
    # A party before から, the report its own: kept.
    ("A社から、当社のサーバーが攻撃に使われているとの連絡がありました。", THIRD),
    ("配送先のお客様から電話があって分かりました。", THIRD),
    ("昨年より取引のある会社から連絡がありました。", THIRD),
    ("県警から、会員情報がネット上に出ているとの連絡を受けました。", EXTERNAL),
    ("警察より不正アクセスのおそれがあるとのご連絡をいただきました。", EXTERNAL),
    ("お取引先から当社を名乗る不審なメールが届いているとのご連絡をいただきました。", THIRD),
]

# The company's own telling: お or ご, the report word and する (「お知らせします」「ご報告
# します」), or a report to the police it made (通報済み).
OUR_OWN_TELLING: list[Case] = [
    ("本件について、以下のとおりお知らせします。", None),
    ("調査の結果は改めてご報告します。", None),
    ("対象のお客様には順次ご連絡しております。", None),
    ("警察に通報済みです。", None),
    # A favour done to the company (してくださった) is a report it received.
    ("取引先がご連絡してくださいました。", THIRD),
    ("取引先からご連絡してくださいました。", THIRD),
]

# Our own people telling each other: staff reporting to a superior or an internal unit, a
# superior pointing it out, an internal whistleblower, an internal audit: our own finding.
# A report made to an outsider (insurer, police) says nothing of who found it; an outsider
# who told the staff first is still the one who told.
OUR_OWN_PEOPLE: list[Case] = [
    ("社員が上司に報告しました。", SELF),
    ("職員が不審に思い、課長に相談しました。", SELF),
    ("担当者が画面の異常を情報システム部に連絡しました。", SELF),
    ("上司に指摘されて気づきました。", SELF),
    ("内部通報で発覚しました。", SELF),
    ("社内監査で指摘されました。", SELF),
    ("社員が保険会社に報告しました。", None),
    ("社員が警察に報告しました。", None),
    ("取引先から連絡を受けた社員が上司に報告しました。", THIRD),
    ("取引先に指摘されて気づきました。", THIRD),
]

# A unit of the organisation named with its own name (本学, 当院, 弊社) is one of us; a person
# or a customer of ours (「本学の学生」「当社の顧客」) is still outside.
OUR_OWN_UNIT: list[Case] = [
    ("本学CSIRTから報告がありました。", SELF),
    ("当院の情報システム室から連絡がありました。", SELF),
    ("当法人事務局から連絡がありました。", SELF),
    ("当社情報システム部は、サーバーへの不審なアクセスを検知しました。", SELF),
    ("弊社のSOCが不審な通信を検知しました。", SELF),
    ("本学の学生から連絡がありました。", THIRD),
    ("当院の患者さんから電話がありました。", THIRD),
    ("当社の顧客から問い合わせがありました。", THIRD),
    ("弊社の取引先から連絡がありました。", THIRD),
    ("当社の委託先である印刷会社から、誤送付があったとの報告がありました。", THIRD),
]

# A report word that names a desk, a count, the handling of reports or one still awaited
# (「通報窓口」「問い合わせ件数」「お申し出には対応」「報告を待つ」) reports nothing; nor does a
# finding supposed in a notice's advice (「気づいた場合は」).
NO_REPORT_RECEIVED: list[Case] = [
    ("通報窓口を設置しました。", None),
    ("苦情対応の窓口を新たに設けました。", None),
    ("お客様からの苦情に対応するため、コールセンターを設置しました。", None),
    ("被害に遭われた方からのお申し出には誠実に対応いたします。", None),
    ("お問い合わせには担当者が対応いたします。", None),
    ("委託先からの報告を待っています。", None),
    ("お問い合わせ窓口:0120-000-000(平日9時〜17時)", None),
    ("不審なメールに気づいた場合は、情報システム部までご連絡ください。", None),
    # A report received, with what came or how: kept.
    ("取引先から問い合わせを受けて対応しました。", THIRD),
    ("監視会社から通知メールが届きました。", EXTERNAL),
    ("通報元: 警察", EXTERNAL),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    FROM_A_PARTY + OUR_OWN_TELLING + OUR_OWN_PEOPLE + OUR_OWN_UNIT + NO_REPORT_RECEIVED,
)
def test_detection_needs_clear_evidence(text: str, expected: Detection | None) -> None:
    assert read_message(text).detection == expected


# The evidence quotes the statement the reader took, not a look-alike further on (an
# お問い合わせ窓口 line, a later report word of the company's own).
QUOTED: list[tuple[str, str]] = [
    (
        "職員がファイルが開けないことに気づきました。念のためお知らせいたします。"
        "\nお問い合わせ窓口:03-0000-0000",
        "気づきました",
    ),
    (
        "監視会社から不審な通信があるとの連絡を受けました。取引先にもご連絡いたしました。",
        "監視会社から",
    ),
    ("夜勤の社員が、ファイル名が一斉に変わっているのに気づきました。", "社員が"),
]


@pytest.mark.parametrize(("text", "words"), QUOTED)
def test_evidence_quotes_the_statement_read(text: str, words: str) -> None:
    evidence = read_message(text).evidence[Fact.DETECTION]
    assert words in evidence.text
    assert "窓口" not in evidence.text


# A self word whose subject is an outsider names the outsider's own check, never the
# company finding it; the company's own stays self.
OUTSIDERS_OWN_CHECK = [
    ("委託先が社内調査で漏えいを把握しました", None),
    ("取引先は社内調査で不正送金に気づいたそうです", None),
    ("当社が社内調査で持ち出しを把握しました", Detection.SELF),
]


@pytest.mark.parametrize(("text", "detection"), OUTSIDERS_OWN_CHECK)
def test_an_outsiders_own_check_is_not_ours(text: str, detection: Detection | None) -> None:
    assert read_message(text).detection is detection
