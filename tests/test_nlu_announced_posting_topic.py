"""The posting said as a topic (「HPへの掲載は、」「お詫びの掲載は、」) takes the next clause as
its predicate: 「…今のところ予定しておりません」 denies it, 「…来週の予定です」 plans it, 「…検討中
です」 leaves it open (tests/data/README.md rule 5). Sentences of our own."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

_INCIDENT = "ランサムウェアに感染しました。"

POSTINGS: list[tuple[str, bool | None]] = [
    ("自社ホームページへの掲載は、現時点では予定していません", False),
    ("ホームページへのお詫びの掲載は、見送ることにしました", False),
    ("HPへの掲載は、来週の予定です", True),
    ("お詫びの掲載は、明日行います", True),
    ("HPへの掲載は、まだ検討中です", None),
    # Near miss: the posting's own predicate, in its clause.
    ("HPにお詫びを掲載しました", True),
]


@pytest.mark.parametrize(("sentence", "announced"), POSTINGS)
def test_a_posting_as_topic_takes_the_next_clause(sentence: str, announced: bool | None) -> None:
    facts, _, _ = predict([_INCIDENT + sentence])
    assert facts["announced"] is announced
