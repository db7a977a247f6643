"""Classes of wording sets 26 and 27 misread for `detection` (labelling rule 3), each with
sentences of our own and near-misses that must stay as they were."""

from __future__ import annotations

import pytest

from coverage import Detection
from nlu.extract import read_message

EXTERNAL = Detection.EXTERNAL_REPORT
THIRD = Detection.THIRD_PARTY
SELF = Detection.SELF

# 「市が…を委託している株式会社Xから、…との報告」: the public body writing is only the subject of
# the clause describing the firm; the firm, marked から, told it (a contractor reporting its
# own leak is a third party). A public body that itself reports stays external.
CLAUSE_ON_THE_TELLER: list[tuple[str, Detection | None]] = [
    (
        "市が給与計算業務を委託している株式会社○○から、同社のサーバーが攻撃を受け、"
        "職員の給与データが流出したとの報告がありました。",
        THIRD,
    ),
    (
        "町が窓口業務を委託している△△サービス株式会社（本社：大阪市）から、"
        "同社の従業員が住民の情報を持ち出していたとの連絡がありました。",
        THIRD,
    ),
    ("県が委託している業者から、名簿を紛失したとの報告がありました。", THIRD),
    ("警察から、御社のサイトが改ざんされているとの連絡がありました。", EXTERNAL),
    ("県警が捜査している事件について、県警から連絡がありました。", EXTERNAL),
    ("市から、委託先のサーバーが不正アクセスを受けたとの連絡がありました。", EXTERNAL),
]

# 「株式会社△△（本社：大阪市）から」: the city in the gloss is where the firm sits, not a public
# body telling; a public body glossed by its office (「市（担当：情報政策課）」) still is one.
SEAT_IN_GLOSS: list[tuple[str, Detection | None]] = [
    ("株式会社△△（本社：大阪市）から、顧客情報が流出したとの連絡がありました。", THIRD),
    ("取引先の××株式会社（所在地：横浜市）から、不審なメールが届いたとの連絡があった。", THIRD),
    ("市（担当：情報政策課）から、当社サイトの改ざんについて連絡がありました。", EXTERNAL),
]

# 「株式会社△△システムから」: a firm's legal form makes the name a party that can tell, even
# when its last word is a thing (システム, ネットワーク); the bare thing still names no one.
FIRM_BY_LEGAL_FORM: list[tuple[str, Detection | None]] = [
    (
        "当社が保守を委託している株式会社△△システムから、同社のサーバーが攻撃を受け顧客情報が"
        "流出したおそれがあるとの報告を受けました。",
        THIRD,
    ),
    ("有限会社ABCネットワークより、同社の端末から顧客名簿が流出したとの報告がありました。", THIRD),
    ("システムから、不審な通信が発生しているとの報告がありました。", None),
]

# 「うちのドライバーが言うには…って」「取引先が言うには…」「センター長から聞いた話だと…」:
# the writer relays what someone told them; ours is our own finding, an outsider named is
# its category, anyone else (a friend, the insurer) sets nothing.
SAY_SO: list[tuple[str, Detection | None]] = [
    ("うちのドライバーが言うには、トラックに置いてた伝票の束がなくなってるって", SELF),
    ("工場長から聞いた話だと、ラインのPCが急に動かなくなって画面に英語が出てるそうです", SELF),
    ("経理の人が言うには、請求書のファイルが全部開けなくなってるって", SELF),
    ("お客さんが言うには、うちのサイトで買い物したらカードが不正利用されたって", THIRD),
    ("取引先が言うには、うちから来たメールの添付を開いたら感染したって", THIRD),
    ("友達が言うには、保険で出るらしい", None),
    ("代理店の人が言うには、調査費は出るって", None),
]

# 「110番通報した」: a call out to the police, never how the company was told; our own staff
# who noticed is what stays.
DIALLED_OUT: list[tuple[str, Detection | None]] = [
    ("戻った職員が車の窓が割られているのに気付き、すぐに110番通報した。", SELF),
    ("店長が店の裏口がこじ開けられているのに気づき、１１０番に通報しました。", SELF),
    ("事務所のパソコンが盗まれ、110番通報した。", None),
    ("119番通報しました。", None),
    ("警察から通報があり、発覚しました。", EXTERNAL),
]

# An operator named by the watching it does (「ネットワークを運用・監視している事業者」) is a
# security operator; a maintenance vendor is a third party, as rule 3 says.
WATCHING_OPERATOR: list[tuple[str, Detection | None]] = [
    (
        "学校ネットワークを運用・監視している事業者から、端末1台が不審なサーバーと通信している"
        "との連絡がありました。",
        EXTERNAL,
    ),
    ("社内ネットワークを監視している会社から、不審な通信を検知したと連絡があった。", EXTERNAL),
    ("システムの保守をお願いしている業者から、ログに不審な点があると連絡があった。", THIRD),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    CLAUSE_ON_THE_TELLER
    + SEAT_IN_GLOSS
    + FIRM_BY_LEGAL_FORM
    + SAY_SO
    + DIALLED_OUT
    + WATCHING_OPERATOR,
)
def test_sets_26_27_classes(text: str, expected: Detection | None) -> None:
    assert read_message(text).detection is expected
