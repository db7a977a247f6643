"""Who made us aware when the one acting is an outsider's (labelling rule 3): an outsider's
person noticing is theirs, not our staff's; an outsider telling us as a favour; a firm named
by its trade (「発送代行の会社が」) telling of its own leak. Near-misses stay as they were."""

from __future__ import annotations

import pytest

from coverage import Detection
from nlu.extract import read_message

EXTERNAL = Detection.EXTERNAL_REPORT
THIRD = Detection.THIRD_PARTY
SELF = Detection.SELF

# 「取引先の担当者が気づいて」: a staff word after an outsider's の is the outsider's person.
THEIR_PERSON = [
    ("取引先の担当者が気づいて教えてくれた", THIRD),
    ("委託先の担当者が気付いて知らせてくれました", THIRD),
    ("取引先の担当者が異常に気づいた", None),
    ("委託先の従業員が気づいた", None),
    # Ours, as before.
    ("担当者が気づいて報告してくれた", SELF),
    ("社員が気づいて教えてくれた", SELF),
    ("取引先の担当者が来社し、社員が気づいて教えてくれた", SELF),
]

# 「先方の経理さんが電話で確認してくれて発覚」: an outsider's telling act done for us.
TOLD_AS_FAVOUR = [
    ("先方の担当さんがメールで確認してくれて誤送信が分かった", THIRD),
    ("取引先が電話で確認してくれて二重請求が発覚", THIRD),
    ("お客様がメールで教えてくださいました", THIRD),
    ("取引先の方が見つけて連絡してくれました", THIRD),
    ("監視会社が知らせてくれた", EXTERNAL),
    # Denied, or an investigator's check (rule 3: it sets no detection).
    ("取引先が教えてくれなかった", None),
    ("業者さんが確認してくれて感染が判明した", None),
    ("業者さんが調べてくれて感染が判明", None),
    ("取引先が資料を送ってくれた", None),
]

# 「発送代行の会社が…漏れたかもって連絡きた」: a firm named by its trade tells of its leak.
TRADE_NAMED_FIRM = [
    ("発送代行の会社がランサムにやられたらしくて、データが漏れたかもって連絡きた", THIRD),
    ("印刷の業者がサイバー攻撃を受けて、名簿が流出したと連絡がありました", THIRD),
    # Our own company or group: nobody outside told.
    ("うちの会社がランサムにやられて、データが漏れたって連絡きた", None),
    ("グループの会社がランサムにやられて、データが漏れたって連絡きた", None),
]


@pytest.mark.parametrize(("text", "detection"), THEIR_PERSON + TOLD_AS_FAVOUR + TRADE_NAMED_FIRM)
def test_who_made_us_aware(text: str, detection: Detection | None) -> None:
    assert read_message(text).detection is detection
