"""Classes of wording sets 18 and 19 misread for `detection` (labelling rule 3), each with
sentences of our own and near-misses that must stay as they were."""

from __future__ import annotations

import pytest

from coverage import Detection
from nlu.extract import read_message

EXTERNAL = Detection.EXTERNAL_REPORT
THIRD = Detection.THIRD_PARTY
SELF = Detection.SELF

# 「監視サービスにおいて…検知」: において names the operator where the detection was made.
WHERE_DETECTED = [
    ("ご契約の監視サービスにおいて、不審な通信を検知しました", EXTERNAL),
    # Said humbly it may be our own notice: at least not our own finding.
    ("ご契約の監視サービスにおいて、不審な通信を検知いたしました", None),
    ("セキュリティ監視サービスにおいて不正な通信を検知したため調査しました", EXTERNAL),
    ("プロバイダにおいて大量の通信を検知したとのことです", EXTERNAL),
    # Not a reporter: where something happened, or a body still at work.
    ("取引先において漏えいが発生した", None),
    ("警察において捜査中です", None),
]

# 「保守業者さんが…見つけてくれました」: an outsider found it for us (てくれる, てくださる),
# so it told us; without the favour an outsider noticing says nothing of who told.
FOUND_FOR_US = [
    ("保守業者さんが点検中に不審なログを見つけてくれました", THIRD),
    ("お客様が誤りに気づいてくださいました", THIRD),
    ("取引先の担当者さんがサイトの改ざんに気づいてくれた", THIRD),
    ("監視会社さんが異常に気づいてくれました", EXTERNAL),
    ("保守業者が不審なログを見つけた", None),
    ("保守業者さんが点検中に異常に気づいた", None),
    # The outsider's own predicate comes first: one of us found it.
    ("保守業者が来て、社員が不審なログを見つけてくれた", SELF),
]

# 「当該ファイルは駐車場の植え込みで発見され」: the thing said lost turned up, a place between.
TURNED_UP = [
    "資料を紛失しました。資料は駐車場の植え込みで発見され、回収しました",
    "紛失したUSBメモリは駅のホームで発見されました",
    "訪問記録のファイルを紛失した。翌日、ファイルは当院駐車場で見つかった",
    "書類を置き忘れましたが、書類は車内で発見されました",
]
NOT_TURNED_UP = [
    ("資料を紛失しました。社員が紛失に気づいた", SELF),
    ("不審なファイルを発見した", SELF),
    ("社員が駐車場で書類を発見した", SELF),
]

# A call received, its particle dropped as chat writes it (「電話もらって」).
CALL_WITHOUT_PARTICLE = [
    ("取引先から電話もらって判明した", THIRD),
    ("FAXを誤送信。受信先の薬局から電話もらって分かりました", THIRD),
    ("プロバイダから電話いただいて気づきました", EXTERNAL),
    ("顧問先様よりご連絡をいただき判明しました", THIRD),
    # Our own call out, or one from ourselves, is no report.
    ("取引先に電話して謝罪した", None),
    ("上司から電話もらって気づいた", None),
]

# 「利用者から代理店に連絡があった」: a sender named before the agency told it; only a report
# made to the insurer with no sender is the company's claim.
SENDER_TO_AGENCY = [
    ("投稿を見た利用者から代理店に連絡があった。", THIRD),
    ("お客様から代理店に連絡がありました", THIRD),
    ("当社から代理店に連絡しました", None),
    ("保険会社へは事後報告になります", None),
    ("社長から代理店に連絡してもらいました", None),
]

# A contractor's letter to a principal addressed as what it is (貴法人, 貴院, 貴校): the
# contractor reporting its own leak.
LETTER_TO_PRINCIPAL = [
    (
        "貴法人よりお預かりしております給与データについて、当事務所のパソコンがマルウェアに"
        "感染し、外部に送信された可能性があることが判明いたしました。",
        THIRD,
    ),
    (
        "貴院よりお預かりしている検査データを保管するサーバーが不正アクセスを受けました。",
        THIRD,
    ),
    ("当院では、患者様の書類を紛失いたしました。", None),
]


@pytest.mark.parametrize(
    ("text", "detection"),
    WHERE_DETECTED
    + FOUND_FOR_US
    + NOT_TURNED_UP
    + CALL_WITHOUT_PARTICLE
    + SENDER_TO_AGENCY
    + LETTER_TO_PRINCIPAL,
)
def test_who_made_us_aware(text: str, detection: Detection | None) -> None:
    assert read_message(text).detection is detection


@pytest.mark.parametrize("text", TURNED_UP)
def test_a_lost_thing_turning_up_says_nothing_of_who(text: str) -> None:
    assert read_message(text).detection is None
