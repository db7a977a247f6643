"""A report through a reporter's desk or person (「IPAの届出窓口経由で…と連絡がありました」
「取引先の営業経由で連絡」) comes from that reporter, as 「IPA経由で」 and 「IPAの窓口から」
already do: its category (tests/data/README.md rule 3).

Our own sentences; a route that is ours, or no report, says nothing.
"""

from __future__ import annotations

import pytest

from coverage import Detection
from nlu.extract import read_message

EXTERNAL, THIRD = Detection.EXTERNAL_REPORT, Detection.THIRD_PARTY

Case = tuple[str, Detection | None]

THROUGH_DESKS: list[Case] = [
    ("JPCERT/CCの受付窓口経由で、当社サイトに脆弱性があるとの連絡がありました。", EXTERNAL),
    ("取引先の担当部署経由で、請求書メールが偽物だと連絡がありました。", THIRD),
    # No report received.
    ("IPAの届出窓口経由で届け出る予定です。", None),
]


@pytest.mark.parametrize(("text", "expected"), THROUGH_DESKS)
def test_detection_through_desks(text: str, expected: Detection | None) -> None:
    assert read_message(text).detection is expected
