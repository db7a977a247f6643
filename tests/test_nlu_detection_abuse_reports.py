"""A hosting or cloud operator's abuse report (「AWSからAbuse Report来ました」「プロバイダから
abuse reportが届きました」) is its report to us of an attack from our service: an external
report (tests/data/README.md rule 3: a hosting operator reporting an attack on its service).

Our own sentences; an abuse report we only talk about sending is none received.
"""

from __future__ import annotations

import pytest

from coverage import Detection
from nlu.extract import read_message

EXTERNAL = Detection.EXTERNAL_REPORT

Case = tuple[str, Detection | None]

ABUSE_REPORTS: list[Case] = [
    ("AWSからAbuse Report来ました。うちのEC2から外にスキャンが出てるらしい", EXTERNAL),
    ("レンタルサーバーの会社からabuse reportが届き、スパム送信が分かりました。", EXTERNAL),
    ("プロバイダからアビューズレポートが来ました", EXTERNAL),
    # Nobody reported anything to us.
    ("Abuse Reportの出し方を教えてください", None),
]


@pytest.mark.parametrize(("text", "expected"), ABUSE_REPORTS)
def test_detection_abuse_reports(text: str, expected: Detection | None) -> None:
    assert read_message(text).detection is expected
