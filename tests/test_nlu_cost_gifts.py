"""A gift's face value sent to every victim of a group counted elsewhere (class: per-victim
gift). 「全員にQUOカード500円分」 after 「会員2,400名」 is 500円 × 2,400; without the group's
count nothing is said; a total or a second amount in the clause keeps the amount as said.
Sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest

from coverage import facts_to_json
from nlu import facts_from_readings, read_message


def costs(*messages: str) -> dict[str, Any]:
    facts, _ = facts_from_readings([read_message(text) for text in messages])
    return dict(facts_to_json(facts)["costs"])


MULTIPLIED = [
    (("顧客2,400名の住所が流出しました", "全員に図書カード1,000円分を郵送します"), 2400000),
    (("会員600名分の情報が漏れました", "お詫びとして皆様に500円の商品券をお送りします"), 300000),
    (
        ("対象は個人120名と法人3社です", "QUOカード(500円)は個人のお客様だけに送ります"),
        60000,
    ),
    (
        ("影響は個人40名・法人5社", "ギフト券(1万円)は法人のお客様のみにお送りします"),
        50000,
    ),
    # The group's count in the same message is the one multiplied by.
    (("個人のお客様にはQUOカード500円分を送付します。対象は個人700名です",), 350000),
    # The gift named before its face value and 分 after it: one card each, no recipient named.
    (
        (
            "会員25名のメールアドレスが漏れました",
            "お詫びとして図書カード1,000円分を郵送する予定です",
        ),
        25000,
    ),
    (("顧客情報90件が流出しました。お詫びに商品券500円相当をお送りします",), 45000),
]


@pytest.mark.parametrize(("messages", "yen"), MULTIPLIED)
def test_gift_for_each_victim_of_the_group(messages: tuple[str, ...], yen: int) -> None:
    assert costs(*messages)["condolence"] == yen


KEPT_AS_SAID = [
    # A total of the gifts: said with a total word, or beside the price per card.
    (("会員800名の情報が流出", "全員にQUOカードを送付、合計40万円です"), 400000),
    (("会員800名の情報が流出", "500円分の商品券を全員に送付済み(40万円)"), 400000),
    # No gift: money to a group may be what all of them get together.
    (("取引先4社の情報が流出しました", "法人のお客様には見舞金20万円をお支払いしました"), 200000),
    # No recipients named: one card's value is all that was said.
    (("QUOカード500円を用意しました",), 500),
    # The gift before the amount without 分: what was bought may be all the cards together.
    (("会員60名の情報が流出", "お詫びのQUOカード3万円を購入しました"), 30000),
    # More than one card is worth, or a total named: as said.
    (("会員60名の情報が流出", "商品券5万円分を手配しました"), 50000),
    (("会員60名の情報が流出", "QUOカード計3万円分を手配しました"), 30000),
]


@pytest.mark.parametrize(("messages", "yen"), KEPT_AS_SAID)
def test_total_or_plain_amount_is_kept(messages: tuple[str, ...], yen: int) -> None:
    assert costs(*messages)["condolence"] == yen


def test_no_count_of_the_group_says_nothing() -> None:
    read = costs("ランサムで顧客情報が漏れたようです", "全員にQUOカード500円分を送ります")
    assert "condolence" not in read
