"""「自社で」「情報システム部が」 name who found it only when what they did is a finding
(`nlu.reporters._found_by`); a predicate noun inside a compound noun (「監視システム」
「生産管理システム」「確認画面」) is no predicate, so 「自社で監視システムを導入しました」
found nothing.

Our own sentences: a finding verb after the agent still reads self.
"""

from __future__ import annotations

import pytest

from coverage import Detection
from nlu.extract import read_message

SELF = Detection.SELF

Case = tuple[str, Detection | None]

COMPOUND_PREDICATE: list[Case] = [
    ("自社で監視システムを導入しました", None),
    ("当社で確認画面の改修を行いました", None),
    # A finding after the agent.
    ("自社で監視していて気づきました", SELF),
    ("当社で不審な通信を検知しました", SELF),
    ("情報システム部が生産管理システムの異常を検知し、専門機関に調査を依頼しました。", SELF),
]


@pytest.mark.parametrize(("text", "expected"), COMPOUND_PREDICATE)
def test_detection_compound_predicate(text: str, expected: Detection | None) -> None:
    assert read_message(text).detection is expected
