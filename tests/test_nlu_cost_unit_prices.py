"""A price per thing is never taken as the cost itself (class: arithmetic, issue #10 class 7).

「お詫び状の郵送が1通120円」 after 「対象のお客様は1,200人」 was read as a cost of 120円: a letter
goes to each victim, so the price is per victim and waits for (or takes) their count. A gift's
face value (「1,000円分のギフトカードにします」) is one card, each victim's. A rate per device
whose number of devices no message has said (「駆除は1台あたり5万円」) is no cost by
itself: the bot asks; one said before multiplies it (`nlu.device_prices`). Options still
weighed (「500円にするか1,000円にするかで迷っています」) are none. Sentences of our own.
"""

from __future__ import annotations

from typing import Any

import pytest

from coverage import facts_to_json
from nlu import facts_from_readings, read_message


def fold(*messages: str) -> tuple[dict[str, Any], list[int]]:
    facts, state = facts_from_readings([read_message(text) for text in messages])
    return dict(facts_to_json(facts)["costs"]), list(state.unassigned)


LETTERS: list[tuple[tuple[str, ...], dict[str, int], list[int]]] = [
    (
        ("会員800名の住所が漏れました", "お詫び状の郵送は1通140円です"),
        {"incident_response": 112000},
        [],
    ),
    (
        ("お詫び状を出します。印刷と郵送で1通あたり150円", "対象は顧客2,000名です"),
        {"incident_response": 300000},
        [],
    ),
    (
        ("顧客600人分の名簿をなくしました", "封書代が1通あたり110円かかります"),
        {"incident_response": 66000},
        [],
    ),
    # Near misses: the letters counted with their price, a plain amount for the mailing.
    (("お詫び状を1通120円で500通送りました",), {"incident_response": 60000}, []),
    (("会員800名の住所が漏れました", "お詫び状の郵送で12万円"), {"incident_response": 120000}, []),
]


@pytest.mark.parametrize(("messages", "costs", "unassigned"), LETTERS)
def test_a_price_per_letter_is_per_victim(
    messages: tuple[str, ...], costs: dict[str, int], unassigned: list[int]
) -> None:
    assert fold(*messages) == (costs, unassigned)


GIFTS: list[tuple[tuple[str, ...], dict[str, int], list[int]]] = [
    (
        ("漏れたのはお客様900名分です", "1,000円分のギフトカードにします"),
        {"condolence": 900000},
        [],
    ),
    (
        ("顧客情報400件が流出しました", "お詫びに500円のQUOカードを送ります"),
        {"condolence": 200000},
        [],
    ),
    (
        ("会員1,200人に影響がありました", "見舞金は3,000円相当の商品券と決めました"),
        {"condolence": 3600000},
        [],
    ),
    # Near misses: a total of the gifts, a sum too large for one card.
    (("会員1,200人に影響", "QUOカードは合計60万円分を用意しました"), {"condolence": 600000}, []),
    (("会員1,200人に影響", "50万円分の商品券を手配しました"), {"condolence": 500000}, []),
]


@pytest.mark.parametrize(("messages", "costs", "unassigned"), GIFTS)
def test_a_gifts_face_value_is_per_victim(
    messages: tuple[str, ...], costs: dict[str, int], unassigned: list[int]
) -> None:
    assert fold(*messages) == (costs, unassigned)


DEVICES: list[tuple[tuple[str, ...], dict[str, int], list[int]]] = [
    # The devices counted in an earlier message multiply the rate (nlu.device_prices).
    (("感染した端末は4台です", "駆除作業は1台あたり6万円で頼みます"), {"prevention": 240000}, []),
    # No devices counted anywhere: the bot asks what the rate comes to.
    (("データ復旧は1台につき30万円と言われました",), {}, [300000]),
    # Near misses: the devices counted in the message, one PC's price, a count of one said.
    (("駆除は1台あたり6万円、対象は4台です",), {"prevention": 240000}, []),
    (("データ復旧はPC1台で80万円でした",), {"data_recovery": 800000}, []),
    (
        ("データ復旧は1台につき30万円。壊れたのはサーバー1台です",),
        {"data_recovery": 300000},
        [],
    ),
]


@pytest.mark.parametrize(("messages", "costs", "unassigned"), DEVICES)
def test_a_rate_per_device_needs_its_count(
    messages: tuple[str, ...], costs: dict[str, int], unassigned: list[int]
) -> None:
    assert fold(*messages) == (costs, unassigned)


OPTIONS: list[tuple[tuple[str, ...], dict[str, int], list[int]]] = [
    (("見舞金は1人500円にするか1,000円にするかで迷っています",), {}, []),
    (("お客様300名に見舞金、1人300円にするか500円にするか悩んでいます",), {}, []),
    # Near miss: the option chosen later is the cost.
    (
        (
            "お客様300名に見舞金、1人300円にするか500円にするか悩んでいます",
            "1人500円の見舞金に決めました",
        ),
        {"condolence": 150000},
        [],
    ),
]


@pytest.mark.parametrize(("messages", "costs", "unassigned"), OPTIONS)
def test_options_weighed_are_no_cost(
    messages: tuple[str, ...], costs: dict[str, int], unassigned: list[int]
) -> None:
    assert fold(*messages) == (costs, unassigned)


# A bare 「各」 price in a message that counts devices and no victims is each device's
# (「サーバー3台暗号化 … 復旧見積：各120万」), never a price per victim to multiply later.
EACH: list[tuple[tuple[str, ...], dict[str, int], list[int]]] = [
    (("ランサムでPC4台が暗号化\n復旧見積：各30万",), {"data_recovery": 1200000}, []),
    (
        ("感染端末は5台。\n駆除は各2万円です", "顧客300名の情報も見られた可能性"),
        {"prevention": 100000},
        [],
    ),
    # Near misses: victims counted (each victim's), two numbers of devices (not told).
    (("顧客300名に見舞金、各500円",), {"condolence": 150000}, []),
    (("PC4台とサーバー2台が暗号化\n復旧見積：各30万",), {}, [300000]),
]


@pytest.mark.parametrize(("messages", "costs", "unassigned"), EACH)
def test_a_bare_each_is_each_device_counted(
    messages: tuple[str, ...], costs: dict[str, int], unassigned: list[int]
) -> None:
    assert fold(*messages) == (costs, unassigned)
