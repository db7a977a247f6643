"""A number with no counter after a word for how many (「件数は約5千。」「人数：120」): counted
by the counter the word names, so the records or persons it counts are the victims when
their data was said hit. Money (「件数は5千円」) and a date (「件数は3月に」) are no count."""

from __future__ import annotations

import pytest

from nlu.counts import find_counts
from nlu.evaluate import predict
from nlu.normalize import normalize

VICTIMS = [
    (["委託先の発送業者から、うちの会員データが流出したと連絡がありました。件数は約3千。"], 3000),
    (["顧客名簿のファイルを誤って送信しました。人数：120"], 120),
    (["会員情報が漏れました", "流出件数は2,400です"], 2400),
]

NOT_COUNTS = ["件数は5千円", "件数は3月にまとめます", "件数は多いです"]


@pytest.mark.parametrize(("messages", "count"), VICTIMS)
def test_a_bare_number_after_a_word_for_how_many_counts(messages: list[str], count: int) -> None:
    facts, _, _ = predict(messages)
    assert facts["individuals"] == count


@pytest.mark.parametrize("text", NOT_COUNTS)
def test_money_and_dates_are_no_count(text: str) -> None:
    assert find_counts(normalize(text)) == []
