"""Staff a writer honours (「ご担当者」「H設備様の担当者」) are another party's, never ours:
their call is a third party's report (tests/data/README.md rule 3), not our staff's own
finding.

Our own sentences; our own 担当者, plainly named, still found it themselves.
"""

from __future__ import annotations

import pytest

from coverage import Detection
from nlu.extract import read_message

SELF, THIRD = Detection.SELF, Detection.THIRD_PARTY

Case = tuple[str, Detection | None]

HONOURED_STAFF: list[Case] = [
    ("夕方、K工業様のご担当者からお電話をいただき、FAXの誤送信に気付きました。", THIRD),
    ("M商事様の担当者から連絡があり、見積書の誤送付が分かりました。", THIRD),
    ("先方のご担当者より、別の会社の請求書が届いているとのご連絡をいただきました。", THIRD),
    # Ours, plainly named.
    ("担当者から、共有フォルダが誰でも見られる状態だと報告がありました。", SELF),
    ("当社の担当者が送信ミスに気付きました。", SELF),
]


@pytest.mark.parametrize(("text", "expected"), HONOURED_STAFF)
def test_detection_honoured_staff(text: str, expected: Detection | None) -> None:
    assert read_message(text).detection is expected
