"""A Q&A item's number glued to the number that opens its answer (「A2．4,210名様です」, which
NFKC makes 「A2.4,210名様」): the item's number and period are no decimal, so the answer's
count is read. A decimal said as such (「1.5万人」) and a version (「ver2.3」) stay as written."""

from __future__ import annotations

from fractions import Fraction

import pytest

from nlu.counts import find_numerals
from nlu.evaluate import predict
from nlu.normalize import normalize

QA = (
    "委託先での情報流出に関するよくあるご質問\n\n"
    "Q1．何が起きたのですか。\n"
    "A1．当社が発送を委託している会社のサーバーが不正アクセスを受け、当社のお客様情報が流出しました。\n\n"
    "Q2．対象となるお客様の数を教えてください。\n"
    "A2．4,210名様です。\n\n"
    "Q3．どのような情報が流出したのですか。\n"
    "A3．氏名、住所、電話番号です。"
)

NUMERALS = [
    ("A2．4,210名様です。", [4210]),
    ("Q3．2024年5月以降のご注文", [2024, 5]),
    ("1.5万人", [15000]),
    ("ver2.3を適用", [Fraction(23, 10)]),
]


def test_the_answer_to_how_many_is_the_count() -> None:
    facts, _, _ = predict([QA])
    assert facts["individuals"] == 4210


@pytest.mark.parametrize(("text", "values"), NUMERALS)
def test_an_item_number_is_no_part_of_the_number(text: str, values: list[int | Fraction]) -> None:
    assert [n.value for n in find_numerals(normalize(text))] == values
