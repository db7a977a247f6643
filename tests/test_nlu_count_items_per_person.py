"""Items counted per person: 「申込書は約180枚、一人1枚です」 is 180 persons, 「90枚で、1人2枚」
is 45; the person's one is no count of its own. Only persons read as victims: sheets handed
out to our staff (「担当者1人1枚ずつ配った」) count nobody. Sentences of our own."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

PER_PERSON: list[tuple[tuple[str, ...], int | None]] = [
    (("会員の申込書を誤って廃棄しました。申込書は約180枚、一人1枚です",), 180),
    (("お客様の申込書を紛失しました", "申込書は90枚、一人1枚です"), 90),
    (("受講者の答案用紙を紛失しました。答案用紙は90枚で、1人2枚です",), 45),
]

# Near misses: one person's one sheet; sheets given to our staff; the items per item.
PLAIN: list[tuple[tuple[str, ...], int | None]] = [
    (("申込書を紛失しました。お客様1人の申込書1枚です",), 1),
    (("申込書を300枚印刷し、担当者1人1枚ずつ配りました",), None),
    (("会員の申込書を誤って廃棄しました。捨てた申込書は約150枚で、1枚1名分です。",), 150),
]


@pytest.mark.parametrize(("messages", "count"), PER_PERSON + PLAIN)
def test_items_per_person_divide_into_persons(messages: tuple[str, ...], count: int | None) -> None:
    facts, _, _ = predict(list(messages))
    assert facts["individuals"] == count
