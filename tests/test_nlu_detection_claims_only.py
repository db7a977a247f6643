"""A report whose quoted content only asks for damages (「取引先から損害賠償を請求すると言われ
ました」「被害額を請求するかも、と言われてる」) came after the company knew: a victim's claim
about an incident already known sets no detection (tests/data/README.md rule 3).

Our own sentences; a rights holder's claim over an infringement (the spec's "Third party"), or
a report that tells of the incident itself, still reads its reporter.
"""

from __future__ import annotations

import pytest

from coverage import Detection
from nlu.extract import read_message

THIRD = Detection.THIRD_PARTY

Case = tuple[str, Detection | None]

CLAIMS_ONLY: list[Case] = [
    ("取引先から、止まっていた期間の損害賠償を請求すると言われました。", None),
    ("お客さんからは慰謝料を請求するかも、と言われてる", None),
    ("先方から、賠償請求を検討しているとの連絡がありました。", None),
    # An infringement's claim, or the incident told.
    ("カメラマンから、写真の無断使用だとして使用料を請求すると言われました。", THIRD),
    ("取引先から、御社から届いたメールにウイルスが付いていたと言われました。", THIRD),
]


@pytest.mark.parametrize(("text", "expected"), CLAIMS_ONLY)
def test_detection_claims_only(text: str, expected: Detection | None) -> None:
    assert read_message(text).detection is expected
