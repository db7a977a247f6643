"""What the attackers sent is the attack or its demand, never a report of it, when they are
named as a group or a side too (「犯人グループからメールが来ました」「ハッカー集団から」):
no detection is read from it.

Our own sentences: an outsider's report about a mail stays a third party's.
"""

from __future__ import annotations

import pytest

from coverage import Detection
from nlu.extract import read_message

THIRD = Detection.THIRD_PARTY

Case = tuple[str, Detection | None]

ATTACKER_GROUPS: list[Case] = [
    ("先週感染した件の続きです。犯人グループからメールが来ました。", None),
    ("ランサムウェアの件で、攻撃グループからまた脅迫メールが届きました", None),
    ("ハッカー集団からメールが来て、身代金を要求されています", None),
    # An outsider told.
    ("取引先から「御社から変なメールが来た」と連絡がありました", THIRD),
    ("グループ会社から、不審なメールが届いていると連絡がありました", THIRD),
]


@pytest.mark.parametrize(("text", "expected"), ATTACKER_GROUPS)
def test_detection_attacker_groups(text: str, expected: Detection | None) -> None:
    assert read_message(text).detection is expected
