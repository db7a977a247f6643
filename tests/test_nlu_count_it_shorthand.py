"""Counts in IT shorthand: a Latin scale letter (「12k rows」「2.5k件」) and rows or records as
the counter, and records said taken (「抜かれてる」「盗まれた」) with what each holds: records of
persons, so many victims. A scale letter before no counter (「4Kテレビ」) counts nothing."""

from __future__ import annotations

import pytest

from nlu.counts import find_counts
from nlu.evaluate import predict
from nlu.normalize import normalize

VICTIMS = [
    ("membersテーブルから8k rows抜かれてる（氏名・メアド・電話番号）", 8000),
    ("SQLインジェクションで顧客DBから2.5k件抜かれた", 2500),
    ("会員DBから3,000 records盗まれた（氏名、住所）", 3000),
    ("決済画面の改ざんで1,200件盗まれていました", 1200),
]

COUNTS = [("3k件", 3000), ("4Kテレビ3台", 3), ("12kの顧客情報", None)]


@pytest.mark.parametrize(("message", "count"), VICTIMS)
def test_records_in_shorthand_are_victims(message: str, count: int) -> None:
    facts, _, _ = predict([message])
    assert facts["individuals"] == count


@pytest.mark.parametrize(("text", "value"), COUNTS)
def test_a_scale_letter_only_before_a_counter(text: str, value: int | None) -> None:
    found = find_counts(normalize(text))
    assert (found[0].value if found else None) == value
