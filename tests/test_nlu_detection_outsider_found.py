"""A firm outside that found it for us as a favour (「保守をお願いしてる制作会社さんが、…作られて
るのを見つけてくれました」) told the company: a third party (tests/data/README.md rule 3), as
「委託先が…把握し、報告した」 already is.

Our own sentences; a finding denied, or with no favour nor report (「保守業者が異常に気付い
た」, see test_nlu_detection_noticed), says nothing of how we were told.
"""

from __future__ import annotations

import pytest

from coverage import Detection
from nlu.extract import read_message

THIRD = Detection.THIRD_PARTY

Case = tuple[str, Detection | None]

OUTSIDER_FOUND: list[Case] = [
    (
        "ホームページの保守を頼んでいる業者さんが、見覚えのないファイルが置かれているのを見つけてくれました",
        THIRD,
    ),
    ("報道によると、システムの運用を委託している会社が先月末に不審な通信に気付いてくれた。", THIRD),
    ("取引先の会社が、請求書の振込先が書き換えられているのを発見してくださいました。", THIRD),
    # Denied, or nobody outside.
    ("保守業者は異常に気付かなかった。", None),
    ("保守を委託している会社が先月末に不審な通信に気付いた。", None),
    ("委託先が異常に気付いたかどうかは分かりません。", None),
]


@pytest.mark.parametrize(("text", "expected"), OUTSIDER_FOUND)
def test_detection_outsider_found(text: str, expected: Detection | None) -> None:
    assert read_message(text).detection is expected
