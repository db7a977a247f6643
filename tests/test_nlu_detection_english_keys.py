"""A pasted alert's English header naming who reported or detected it (「Reported by: 〇〇
セキュリティ 24/7 MSSP」「Detected by: 情シス」) names the finder, as 「検知元:」 does: the value's
category (tests/data/README.md rule 3).

Our own sentences; a header with no reporter in its value says nothing.
"""

from __future__ import annotations

import pytest

from coverage import Detection
from nlu.extract import read_message

EXTERNAL, SELF = Detection.EXTERNAL_REPORT, Detection.SELF

Case = tuple[str, Detection | None]

ENGLISH_KEYS: list[Case] = [
    ("[ALERT] Severity: High\nHost: SV02\nReported by: 委託先SOC", EXTERNAL),
    ("Host: PC-12\nDetected by: 情シス", SELF),
    ("Host: PC-12\nReported by: (unknown)", None),
]


@pytest.mark.parametrize(("text", "expected"), ENGLISH_KEYS)
def test_detection_english_keys(text: str, expected: Detection | None) -> None:
    assert read_message(text).detection is expected
