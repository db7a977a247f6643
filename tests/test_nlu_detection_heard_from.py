"""Hearing it from someone, as the way it came to light (「取引先から「御社の元社員から営業が
来た」と聞いて発覚」「警察から聞いて知りました」), is that someone's report: their category
(tests/data/README.md rule 3).

Our own sentences; hearing from one of our own heads stays unknown, as 「社長から連絡」 does.
"""

from __future__ import annotations

import pytest

from coverage import Detection
from nlu.extract import read_message

EXTERNAL, THIRD = Detection.EXTERNAL_REPORT, Detection.THIRD_PARTY

Case = tuple[str, Detection | None]

HEARD_FROM: list[Case] = [
    ("お客様から「知らない業者から電話が来た」と聞いて発覚しました。", THIRD),
    ("警察から聞いて知りました。名簿が持ち出されていたそうです。", EXTERNAL),
    ("社長から聞いて知りました。", None),
]


@pytest.mark.parametrize(("text", "expected"), HEARD_FROM)
def test_detection_heard_from(text: str, expected: Detection | None) -> None:
    assert read_message(text).detection is expected
