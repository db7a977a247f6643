"""Someone outside, then what they said and the channel it came by (「フォロワーさんから「変なDM
きてます」ってリプで知った」「お客さんから「…」ってメールで気づいた」), told the company, as
「お客さんからのメールで気づいた」 already does; a follower of our account is an outsider (third
party, tests/data/README.md rule 3).

Our own sentences; a quote that came by mail and led to no finding (an order) tells nothing.
"""

from __future__ import annotations

import pytest

from coverage import Detection
from nlu.extract import read_message

THIRD = Detection.THIRD_PARTY

Case = tuple[str, Detection | None]

QUOTED_CHANNELS: list[Case] = [
    (
        "店のインスタが乗っ取られてた。フォロワーさんから「怪しいDMが届いた」ってコメントで知りました",
        THIRD,
    ),
    ("取引先から「請求書の振込先が変わった?」ってメールで気づいた。", THIRD),
    ("フォロワーからのリプで、公式アカウントが乗っ取られているのが分かりました。", THIRD),
    # No finding, or only how many follow us.
    ("お客さんから「来週行きます」ってメールで予約が入りました", None),
    ("公式アカウントのフォロワーは約1万人です。", None),
]


@pytest.mark.parametrize(("text", "expected"), QUOTED_CHANNELS)
def test_detection_quoted_channels(text: str, expected: Detection | None) -> None:
    assert read_message(text).detection is expected
