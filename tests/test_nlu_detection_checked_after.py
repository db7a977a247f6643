"""Our own check of what an outsider reported, named by a unit of several words.

「取引先から連絡あって、情シスで調べたら…感染してました」: the check (調べる) is said by the
verb right after the unit's particle; it followed the report, so the report says who made the
company aware (labelling rule 3). The same check with no report before it stays self.
"""

from __future__ import annotations

import pytest

from coverage import Detection
from nlu.extract import read_message

EXTERNAL, THIRD, SELF = Detection.EXTERNAL_REPORT, Detection.THIRD_PARTY, Detection.SELF

Case = tuple[str, Detection | None]

CHECKED_AFTER: list[Case] = [
    ("取引先から連絡あって、情シスで調べたら経理のPCが感染してました", THIRD),
    ("お客様から問い合わせがあり、システム部で調べたところ流出が分かりました", THIRD),
    ("プロバイダから連絡があって、情報システム課で調べたら侵入されてました", EXTERNAL),
    # No report before: the check is our own finding.
    ("情シスで調べたら経理のPCが感染してました", SELF),
]


@pytest.mark.parametrize(("text", "expected"), CHECKED_AFTER)
def test_a_check_after_a_report_leaves_the_report_as_who_told(
    text: str, expected: Detection | None
) -> None:
    """「情シスで調べたら」 after an outsider's report is checking it, no finding of ours."""
    assert read_message(text).detection is expected
