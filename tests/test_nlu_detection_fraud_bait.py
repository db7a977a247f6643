"""A mail whose bait was taken is the attack, not a report of it (`nlu.reporter_platforms.
lure_arrived`), and the business-mail fraud's bait is money paid to the account it gave
(「「振込先が変わりました」ってメールが来て、そのまま新しい口座に振り込んでしまいました」).

Our own sentences: a partner asking whether such a mail is real, or a claim's invoice paid,
still reads the one who told.
"""

from __future__ import annotations

import pytest

from coverage import Detection
from nlu.extract import read_message

THIRD = Detection.THIRD_PARTY

Case = tuple[str, Detection | None]

FRAUD_BAIT: list[Case] = [
    (
        "いつもの業者さんから「振込先が変わりました」ってメールが来て、"
        "そのまま新しい口座に振り込んでしまいました。",
        None,
    ),
    ("取引先から振込口座の変更のメールが届き、経理が送金してしまいました", None),
    # Not bait taken.
    ("取引先から請求書の振込先変更メールが届いたけど本物？って確認あり。", THIRD),
    ("カメラマンから請求書が届いて、使用料を振り込みました", THIRD),
]


@pytest.mark.parametrize(("text", "expected"), FRAUD_BAIT)
def test_detection_fraud_bait(text: str, expected: Detection | None) -> None:
    assert read_message(text).detection is expected
