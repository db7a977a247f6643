"""Who found it (`detection`), said in frames other than 「Xから連絡」: a key and its value,
a cleft, a call or a mail as the means, the teller as the subject of its own news, a
passive, a claim over an infringement, our own check as the means; and a guess, which
leaves it unknown (labelling rule 1). Each table holds near misses that stay as they are.
"""

from __future__ import annotations

import pytest

from coverage import Detection
from nlu.extract import read_message

EXTERNAL, THIRD, SELF = Detection.EXTERNAL_REPORT, Detection.THIRD_PARTY, Detection.SELF

Case = tuple[str, Detection | None]

# A key naming the finder, in a list or a shorthand; a bracket only glosses the value.
KEYED: list[Case] = [
    ("種別:不正アクセス\n検知:自社(情シス)\n公表:未", SELF),
    ("検知元:委託先のSOC\n不正アクセス:あり", EXTERNAL),
    ("検知:委託先SOC\n調査費:120万", EXTERNAL),
    ("通報元は取引先です。調査費は40万円でした", THIRD),
    ("ransom確定、detection=社内EDR、同意済み", SELF),
    ("検知:自社(外部からの通報はなし)", SELF),
    ("検知はお客様ご自身(情報システム部)です", SELF),
    # A value that states more than who, or none.
    ("検知は監視会社に任せています", None),
    ("検知は遅れました", None),
]

# 「気付いたのは X」 names who; asking who leaves it open.
CLEFTS: list[Case] = [
    ("最初に見つけたのは警察(サイバー犯罪対策課)でした", EXTERNAL),
    ("気づいたのは情シスの担当者です", SELF),
    ("USBを落としました。気づいたのは本人(アルバイト)です", SELF),
    ("異常に最初に気付いたのは監視会社でした", EXTERNAL),
    ("最初に連絡してきたのは取引先の担当者でした", THIRD),
    # Whom the company told, what it found, or asking who.
    ("最初に連絡したのは警察です", None),
    ("最初に検知したのは取引先のメールでした", None),
    ("誰が最初に見つけたのかはまだ分かりません", None),
    ("誰が気づいたかは確認中です", None),
]

# The speaker's guess about who told them is no statement of it.
GUESSES: list[Case] = [
    ("最初の連絡は、取引先からだったと思います", None),
    ("多分お客様からの指摘だったはずです", None),
    # A doubt in what was reported, or after it, is not the speaker's about the report.
    ("警察から「不正な通信に使われている可能性がある」と連絡がありました", EXTERNAL),
    ("監視会社から電話があって、たぶん感染してるみたいです", EXTERNAL),
]

# A call or a mail from someone, as the means by which the company learnt of it.
CHANNELS: list[Case] = [
    ("利用者の方からのお電話により、ページの改ざんが判明しました", THIRD),
    ("取引先からのメールで、なりすましメールが出回っていることに気づきました", THIRD),
    ("営業所の社員からの電話で紛失が分かりました", SELF),
    ("取引先からのメールを開いたところ感染しました", None),
]

# A contractor telling of its own leak, as the subject of the news it reports.
TELLERS: list[Case] = [
    (
        "外注先のデザイン会社が不正アクセスを受け、預けていた顧客データが漏れたと連絡がありました",
        THIRD,
    ),
    ("保守会社がマルウェアに感染して、うちの設定情報が流出したかもって連絡が来た", THIRD),
    ("うちの顧客がフィッシング被害に遭ったと警察から連絡がありました", EXTERNAL),
    ("取引先がウイルスに感染したそうです", None),
]

# In a passive of 言う or 指摘, the one marked に told; a result told after our own
# finding, or a report made to someone, is not a report received.
PASSIVES: list[Case] = [
    ("サイトが改ざんされてるってお客様に言われました", THIRD),
    ("警察に、御社のサーバーが踏み台になっていると指摘されました", EXTERNAL),
    ("ウイルス対策ソフトが検知して隔離、感染はしていないとベンダーに言われました", SELF),
    ("警察に相談するように言われました", None),
    ("県に報告された件数は3件です", None),
]

# A claim over an infringement is how the company learnt of it, whoever the claimant.
INFRINGEMENT_CLAIMS: list[Case] = [
    ("社内報に載せた写真について、写っていた元社員から肖像権侵害で30万円を請求されました", THIRD),
    ("ポスターのモデルさんから肖像権の侵害だとして損害賠償を求める訴訟を起こされました", THIRD),
    ("写真の無断使用で内容証明が届きました", THIRD),
    ("元従業員の方から、写真を無断で使われたと言われました", THIRD),
    (
        "職員がネットで見つけた画像を広報誌に使ったところ、作者から著作権侵害の指摘を受けました",
        THIRD,
    ),
    ("弁護士から著作権侵害の通知書を受領いたしました", THIRD),
    # Any other claim came after the company knew; a letter sent is ours.
    ("漏えいの件で、顧客から損害賠償を請求されました", None),
    ("システム会社から保守費用を請求されました", None),
    ("先方に通知書を送付いたしました", None),
]

# Our own check, named as the means of a finding.
OWN_CHECKS: list[Case] = [
    ("弊社の定期点検により、サーバーへの不正なログインを検知いたしました", SELF),
    ("当社の内部監査で、元社員による顧客情報の持ち出しが判明しました", SELF),
    ("弊社のシステム監視によって異常な通信を検知しました", SELF),
    ("今後は当社の監視体制を強化いたします", None),
    ("当社の点検で対応しました", None),
]

# The one who lost it noticing (本人) is one of us; ご本人 is a data subject.
OWN_PERSON: list[Case] = [
    ("翌朝、本人が置き忘れに気づき、駅に問い合わせました", SELF),
    ("ご本人が気づき、当社にご連絡くださいました", THIRD),
]

# A network or hosting operator is an external reporter when it reports an attack on its
# service; telling of anything else, it is a contractor reporting its own leak.
OPERATORS: list[Case] = [
    (
        "サーバーの運用を委託している事業者から、同社の社員が顧客情報を持ち出していたとの報告がありました",
        THIRD,
    ),
    ("レンタルサーバー会社から、サイトが改ざんされているとの連絡がありました", EXTERNAL),
    ("AWSから不審なAPI呼び出しがあるとの通知が届きました", EXTERNAL),
    ("外部から通報(警察)がありました", EXTERNAL),
    ("夜中にSOCから電話あった", EXTERNAL),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    KEYED
    + CLEFTS
    + GUESSES
    + CHANNELS
    + TELLERS
    + PASSIVES
    + INFRINGEMENT_CLAIMS
    + OWN_CHECKS
    + OWN_PERSON
    + OPERATORS,
)
def test_detection_frames(text: str, expected: Detection | None) -> None:
    assert read_message(text).detection is expected


# 「お客さんから電話。」: a call or a mail from a reporter ending the sentence, as chat writes
# a report with no verb, or its clause before hearsay of what it told; one that goes on
# (「電話で注文」) reports nothing.
CHANNEL_ENDS: list[tuple[str, Detection | None]] = [
    ("保護者から電話。うちの学校の名簿が出回ってるらしい", Detection.THIRD_PARTY),
    ("雑誌の記者から取材の電話！顧客リストが売られてるって", Detection.THIRD_PARTY),
    ("県警からお電話。サーバーが踏み台にされてるとのこと", Detection.EXTERNAL_REPORT),
    ("取引先からメール。", Detection.THIRD_PARTY),
    ("お客さんから電話で予約が入った", None),
    ("取引先からメールで見積もりが届いた", None),
    # The call ending its clause, a time before it, then what it told as hearsay.
    ("ISPから深夜に電話、うちの回線から攻撃通信が出ているとのこと", Detection.EXTERNAL_REPORT),
    ("保護者から今朝メール、偽サイトに誘導されたって", Detection.THIRD_PARTY),
    ("取引先から電話、来週の打ち合わせの件でした", None),
]


@pytest.mark.parametrize(("text", "detection"), CHANNEL_ENDS)
def test_channel_ends_the_sentence(text: str, detection: Detection | None) -> None:
    assert read_message(text).detection is detection
