"""A count said alone, as what the conversation is about (「件数は約3,000件です」), keeps its
aside when the aside follows the copula (「件数は約3,000件です（個人のお客様）」): the brackets
say more about the count, not another matter.

Our own sentences; a blind set's dialect chat read 「件数は約3,000件です（個人のお客様）」 as
unknown.
"""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

CASES: list[tuple[list[str], int | None]] = [
    (["元社員が顧客名簿を持ち出していました", "件数は約1,500件です（個人のお客様）"], 1500),
    (["退職者が顧客データを持ち出していました", "件数は820件でした(すべて個人のお客様)"], 820),
    # Near misses: more said after the count than an aside, and no data named before.
    (["元社員が顧客名簿を持ち出しました", "件数は約1,500件ですが、古いデータだと思います"], None),
    (["来月の研修について", "件数は約1,500件です（個人のお客様）"], None),
]


@pytest.mark.parametrize(("messages", "individuals"), CASES)
def test_an_aside_after_the_copula_keeps_the_bare_count(
    messages: list[str], individuals: int | None
) -> None:
    facts, _, _ = predict(messages)
    assert facts.get("individuals") == individuals
