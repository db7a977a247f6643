"""A count said alone in its clause after what it counts was named (「カード会社からの連絡で
発覚、対象は最大1,830件」「対象は今んとこ１，８３２件や」): the victims, once persons' data is said
to be involved, card numbers and a person's card included (「お客さんのカードが何件も不正利用
されとる」). Words of how far it stands (今のところ, 現時点で, 最大) are no lead of their own; a
clause after inquiries or devices counts those."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

COUNTED: list[tuple[list[str], int]] = [
    (
        [
            "通販サイトの決済画面が改ざんされてカード情報が抜かれました。警察に相談済み、対象は最大2,140件。"
        ],
        2140,
    ),
    (
        [
            "カード会社から、うちで買ったお客さんのカードが不正利用されてるって電話がありました",
            "調べてもろたら決済画面が改ざんされとった。対象は今んとこ９１２件や",
        ],
        912,
    ),
    (["会員情報が流出しました。", "件数は現時点で約300件です。"], 300),
]

NOT_COUNTED: list[list[str]] = [
    ["お客様から問い合わせがあり、件数は今のところ10件です。"],
    ["ウイルスに感染しました。対象は今のところ3台です。"],
    ["サーバーが止まりました。対象は最大50件です。"],
]


@pytest.mark.parametrize(("messages", "count"), COUNTED)
def test_a_count_alone_in_its_clause_counts_the_data_said(messages: list[str], count: int) -> None:
    facts, _, _ = predict(messages)
    assert facts["individuals"] == count


@pytest.mark.parametrize("messages", NOT_COUNTED)
def test_a_count_of_something_else_is_no_victim_count(messages: list[str]) -> None:
    facts, _, _ = predict(messages)
    assert facts["individuals"] is None
