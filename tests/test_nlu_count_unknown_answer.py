"""The bot's how-many question quoted and answered 「わからないです」: whatever count the
answer then gives (the school's enrolment, the members on file) is not the number of victims,
which stays unknown. A count given as the answer still is."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

UNKNOWN = [
    [
        "生徒の情報が抜かれたかもしれません",
        "&gt; 対象の生徒数は？\nわかりません。全校で300人います",
    ],
    ["会員データが流出しました", "&gt; 件数は分かりますか？\n不明です。会員は全部で1,200名です"],
    ["患者さんの情報が漏れたようです", "&gt; 何人分ですか？\nわからないです、登録は2000人くらい"],
]

# The count is the answer, or the unknown is said of something else.
COUNTED = [
    (["生徒の情報が抜かれました", "&gt; 対象の生徒数は？\n48名です"], 48),
    (["顧客情報が流出しました", "&gt; 件数は分かりますか？\n約3,000件です"], 3000),
]


@pytest.mark.parametrize("turns", UNKNOWN)
def test_a_count_after_an_unknown_answer_is_not_the_victims(turns: list[str]) -> None:
    facts, _, _ = predict(turns)
    assert facts["individuals"] is None


@pytest.mark.parametrize(("turns", "individuals"), COUNTED)
def test_a_count_given_as_the_answer_is_the_victims(turns: list[str], individuals: int) -> None:
    facts, _, _ = predict(turns)
    assert facts["individuals"] == individuals
