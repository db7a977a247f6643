"""Persons counted per item: 「申込書は約200枚で、1枚1名分です」 is 200 persons, 「3家庭あての
封筒に、別の園児の記録票が1名分ずつ同封」 is 3; the rate's one is no count of its own.

Our own sentences. Set 34, written blind, read both as one victim: a gym's application
forms thrown out (「約200枚で、1枚1名分」) and a nursery's mis-enclosed health records
(「3家庭あての封筒に…1名分ずつ」).
"""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

PER_ITEM: list[tuple[str, int]] = [
    ("会員の申込書を誤って廃棄しました。捨てた申込書は約150枚で、1枚1名分です。", 150),
    ("紛失した申込書は80枚で、1枚につき2名分の氏名が書いてあります。", 160),
    ("保護者あての封筒5通に、別の児童の成績表が1名分ずつ入っていました。", 5),
    ("4家庭あての封筒に、別の園児の連絡票が1名分ずつ同封されていました。", 4),
]

# Near misses: one sheet, one person; no rate.
PLAIN: list[tuple[str, int]] = [
    ("顧客の申込書1枚を紛失しました。1名分です。", 1),
    ("別のお客様1名分の明細書を同封してしまいました。", 1),
    ("会員300名分の申込書を紛失しました。", 300),
]


@pytest.mark.parametrize(("message", "count"), PER_ITEM + PLAIN)
def test_persons_per_item_are_the_items_times_the_rate(message: str, count: int) -> None:
    facts, _, _ = predict([message])
    assert facts["individuals"] == count
