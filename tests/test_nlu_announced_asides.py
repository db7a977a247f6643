"""A bracketed aside after the announcement's own predicate (「公表なし（予定もなし）」「公表して
いません（予定もありません）」) denies again; its negation does not undo the first one. A bracket
with nothing said before it is the value itself. Sentences of our own."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

CASES: list[tuple[str, bool | None]] = [
    ("ランサム被害。公表なし（今後も予定なし）", False),
    ("公表はしておりません（する予定もございません）", False),
    ("不正ログインの件、公表：しない（社内対応のみ）", False),
    # Near misses: the aside says how it was done, or is the value itself.
    ("公表済み（ホームページとプレスリリース）", True),
    ("公表（来週の予定）", True),
    ("公表はしていないが、来週する予定", True),
]


@pytest.mark.parametrize(("text", "announced"), CASES)
def test_an_aside_after_the_predicate_is_its_own(text: str, announced: bool | None) -> None:
    facts, _, _ = predict([text])
    assert facts["announced"] is announced
