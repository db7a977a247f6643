"""A reporter named after the report word (「…とのご連絡を、お客様から受ける」) is its source
only when its から governs a verb of receiving, past an honorific person noun (「複数の保護者の
方からいただきました」「会員の皆様から」); 「社内ネットワークを外部から遮断した」 is cut off
from outside, no one who told.

Our own sentences: a report received after the word keeps its reporter.
"""

from __future__ import annotations

import pytest

from coverage import Detection
from nlu.extract import read_message

EXTERNAL, THIRD, SELF = Detection.EXTERNAL_REPORT, Detection.THIRD_PARTY, Detection.SELF

Case = tuple[str, Detection | None]

RECEIVED_AFTER: list[Case] = [
    ("情報システム課がサーバーの異常を検知し、直ちにネットワークを外部から遮断しました。", SELF),
    ("社員が不審な通信を検知し、すぐに社内ネットワークを外部から切り離しました", SELF),
    ("園の名前で不審なメールが届いているとのご連絡を、複数の保護者の方からいただきました。", THIRD),
    ("当店を名乗るメールが届いたとのご指摘を、会員の皆様からいただきました", THIRD),
    # Received after the word.
    ("カード情報が漏れているとのご連絡を、お客様から受けました", THIRD),
    ("不審な通信を検知したとの連絡が、監視会社からありました", EXTERNAL),
]


@pytest.mark.parametrize(("text", "expected"), RECEIVED_AFTER)
def test_detection_received_after(text: str, expected: Detection | None) -> None:
    assert read_message(text).detection is expected
