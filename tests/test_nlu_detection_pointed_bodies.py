"""The body a mis-sent fax or mail reached, pointed back to (「その薬局さんが」「向こうの医院さん
が」) and named with an honorific, telling us by phone is the recipient reporting it: a third
party (tests/data/README.md rule 3), as 「向こうの社長さんが電話くれて」 already is.

Our own sentences; その before one of our staff, or a body that told nothing, says nothing.
"""

from __future__ import annotations

import pytest

from coverage import Detection
from nlu.extract import read_message

THIRD = Detection.THIRD_PARTY

Case = tuple[str, Detection | None]

POINTED_BODIES: list[Case] = [
    ("請求書を別の工務店にFAXしてしまいました。その工務店さんが電話で教えてくれました。", THIRD),
    ("処方箋を違う番号に送ってしまい、向こうのクリニックさんが電話で教えてくださいました。", THIRD),
    ("見積書を別の会社に送ってしまって、そちらの会社様が教えてくれて気づきました。", THIRD),
    # Ours, or no report.
    ("その社員さんが教えてくれました。", None),
    ("別の薬局にFAXしてしまい、その薬局さんに破棄をお願いしました。", None),
]


@pytest.mark.parametrize(("text", "expected"), POINTED_BODIES)
def test_detection_pointed_bodies(text: str, expected: Detection | None) -> None:
    assert read_message(text).detection is expected
