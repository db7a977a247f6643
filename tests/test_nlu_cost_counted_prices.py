"""A price said right after the count of the victims it is for (class: counted price).
「法人2社に各5万」 is 5万 × 2 and 「個人300名に各500円」 500円 × 300, each price with the count
just before it, whatever other counts the sentence holds; 「420名に500円のQUOカード」 is one card
for each. A plain amount after a count may be what all of them cost together and is kept as
said, and so is a clause with a total. Also QUO for a QUO card. Sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest

from coverage import facts_to_json
from nlu import facts_from_readings, read_message


def fold(*messages: str) -> tuple[dict[str, Any], list[int]]:
    facts, state = facts_from_readings([read_message(text) for text in messages])
    return dict(facts_to_json(facts)["costs"]), list(state.unassigned)


MULTIPLIED: list[tuple[tuple[str, ...], int]] = [
    (("見舞金は個人150名に各1,000円、法人4社に各3万を予定",), 270000),
    (("お見舞いとして法人3社に5万ずつ、個人80名に500円ずつお支払いします",), 190000),
    (("漏れたのは個人のみです", "対象の会員250名に1,000円の図書カードを送りました"), 250000),
    (("利用者1,200名にQUOカード500円分を送付予定です",), 600000),
    (("顧客90名へ各2,000円の商品券",), 180000),
    (("お詫びのQUO 500円×300名を手配しました",), 150000),
]


@pytest.mark.parametrize(("messages", "yen"), MULTIPLIED)
def test_each_price_times_its_count(messages: tuple[str, ...], yen: int) -> None:
    assert fold(*messages) == ({"condolence": yen}, [])


KEPT_AS_SAID: list[tuple[tuple[str, ...], dict[str, int], list[int]]] = [
    # A plain amount after the count: what all of them get together, maybe.
    (("対象の会員250名に見舞金30万円をお支払いしました",), {"condolence": 300000}, []),
    # A total in the clause.
    (("会員250名に合計25万円のQUOカードを送付",), {"condolence": 250000}, []),
    # No cost word: the product for the devices is asked about.
    (("PC4台に各5万",), {}, [200000]),
    # 「quoted」 is no QUO card.
    (("The vendor quoted 2M yen for the forensic work",), {"investigation": 2000000}, []),
    (("The vendor quoted us for the work; details later", "20万です"), {}, [200000]),
]


@pytest.mark.parametrize(("messages", "costs", "unassigned"), KEPT_AS_SAID)
def test_amount_kept_as_said(
    messages: tuple[str, ...], costs: dict[str, int], unassigned: list[int]
) -> None:
    assert fold(*messages) == (costs, unassigned)


PER_UNIT_WITH_WORDS_BETWEEN: list[tuple[tuple[str, ...], dict[str, int]]] = [
    # A few words between 「1通あたり」 and its price: still a price per letter, one to each victim.
    (
        (
            "USBメモリを紛失しました。顧客名簿300名分です",
            "お詫び状を全員に郵送します。1通あたり封筒・切手込みで110円くらい",
        ),
        {"incident_response": 33_000},
    ),
]


@pytest.mark.parametrize(("messages", "costs"), PER_UNIT_WITH_WORDS_BETWEEN)
def test_a_price_per_letter_with_words_between(
    messages: tuple[str, ...], costs: dict[str, int]
) -> None:
    facts, _ = facts_from_readings([read_message(text) for text in messages])
    assert dict(facts_to_json(facts)["costs"]) == costs
