"""The writer's colleague (「同僚」) is one of our staff: a colleague who saw it or told us
makes it our own finding (self, tests/data/README.md rule 3), as 「社員が目撃した」 does.

Our own sentences; a colleague of another firm (「取引先の同僚の方」) stays outside.
"""

from __future__ import annotations

import pytest

from coverage import Detection
from nlu.extract import read_message

SELF, THIRD = Detection.SELF, Detection.THIRD_PARTY

Case = tuple[str, Detection | None]

COLLEAGUES: list[Case] = [
    ("隣の席の人が私のノートの画面を撮っているのを同僚が目撃しました。", SELF),
    ("同僚からの報告です。出張先で顧客名簿の入った鞄を置き忘れたとのことです。", SELF),
    ("同僚が、共有フォルダが誰でも見られる状態になっていることに気づきました。", SELF),
    # Another firm's colleague, or nobody who saw it.
    ("取引先の同僚の方から、見積書が届いていないと連絡がありました。", THIRD),
    ("同僚と二人で出張中に鞄をなくしました。", None),
]


@pytest.mark.parametrize(("text", "expected"), COLLEAGUES)
def test_detection_colleagues(text: str, expected: Detection | None) -> None:
    assert read_message(text).detection is expected
