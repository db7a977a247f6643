"""A press report about us, made by a news organisation named (「一部報道機関において、当社から
…流出したとの報道がございました」「新聞社の報道を受け」), is how the company learnt of it: the
press is a third party (tests/data/README.md rule 3).

Our own sentences; a news item citing its source (「報道によると」) reports nothing to us.
"""

from __future__ import annotations

import pytest

from coverage import Detection
from nlu.extract import read_message

THIRD = Detection.THIRD_PARTY

Case = tuple[str, Detection | None]

PRESS_REPORTS: list[Case] = [
    ("昨日、一部報道機関において、当社の会員情報が販売されているとの報道がありました。", THIRD),
    ("新聞社の報道を受け、当社は直ちに調査を始めました。", THIRD),
    # A source cited, not a report to us.
    ("報道によると、同社は先月ランサムウェアの被害を受けた。", None),
]


@pytest.mark.parametrize(("text", "expected"), PRESS_REPORTS)
def test_detection_press_reports(text: str, expected: Detection | None) -> None:
    assert read_message(text).detection is expected
