"""Who found it (`detection`) when the finder is said along the way: classes of this round.

Our own sentences in each class, with near misses that must stay unknown or keep their
category.
"""

from __future__ import annotations

import pytest

from coverage import Detection
from nlu.extract import read_message

EXTERNAL, THIRD, SELF = Detection.EXTERNAL_REPORT, Detection.THIRD_PARTY, Detection.SELF

Case = tuple[str, Detection | None]

# A finding followed by a reason (「…したので」): a denial after ので is of what followed
# (no encryption, no harm), not of the finding.
REASON_AFTER_FINDING: list[Case] = [
    ("EDRが止めてくれたので暗号化はされてないです", SELF),
    ("情シスが検知したので被害は出ていません", SELF),
    ("社員がすぐ気づいたので大きな被害にはならなかった", SELF),
    ("ウイルス対策ソフトが駆除したので感染は広がっていません", SELF),
    # The finding itself denied, before the reason, still says nobody of ours found it.
    ("ウイルス対策ソフトが検知しなかったので感染した", None),
    ("自社で気づいたわけではないので、よくわかりません", None),
]


@pytest.mark.parametrize(("text", "expected"), REASON_AFTER_FINDING)
def test_a_reason_after_the_finding(text: str, expected: Detection | None) -> None:
    assert read_message(text).detection is expected


# A finding or a report supposed in a question (「自社で見つけた場合って…？」) states
# nothing; one stated before the question still says who found it.
SUPPOSED_IN_A_QUESTION: list[Case] = [
    ("社内で不審なログ見つけて調べたけど侵入なし。自社で見つけた場合って対象外？", SELF),
    ("監視会社から通報がありました。自社で気づいた場合はどうなりますか？", EXTERNAL),
    ("自社で見つけた場合ってダメですか？", None),
    ("取引先から連絡が来た場合は補償されますか？", None),
]


@pytest.mark.parametrize(("text", "expected"), SUPPOSED_IN_A_QUESTION)
def test_a_supposed_finding_is_not_stated(text: str, expected: Detection | None) -> None:
    assert read_message(text).detection is expected
