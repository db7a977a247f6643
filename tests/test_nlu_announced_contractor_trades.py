"""A contractor named by its trade (「印刷会社は」「制作会社さんは」) announcing is its own
announcement, not the company's (tests/data/README.md rule 5); the company's own, said beside
it, counts. Sentences of our own."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

TEXTS: list[tuple[str, bool | None]] = [
    ("委託先の発送業者がランサムウェアに感染しました。発送業者は自社サイトで公表済みです", None),
    ("委託先の制作会社が不正アクセスを受けました。制作会社さんはリリースを出しています", None),
    ("DMを頼んでいる印刷会社がランサムウェアにやられて、印刷会社はHPで公表しています", None),
    # Near misses: the company's own announcement.
    ("委託先の印刷会社がランサムウェアに感染しました。当社は本日HPで公表しました", True),
    ("印刷会社のシステムに不正アクセスがありました。当社として来週公表します", True),
]


@pytest.mark.parametrize(("text", "announced"), TEXTS)
def test_a_contractor_named_by_trade_announces_its_own(text: str, announced: bool | None) -> None:
    facts, _, _ = predict([text])
    assert facts["announced"] is announced
