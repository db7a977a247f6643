"""A part of a cost said with its whole (class: parts). 「調査費は300万、うち前金100万は支払済み」
is one cost of 300万; the part after 「うち」 was added to it (400万). An instalment (前金, 内金,
残金) of a larger amount said before for its cost is inside it too. A part that names a cost
of its own is that cost, taken from its whole (「費用は計500万、うち調査300万、復旧200万」).

Also the product said again with its count between (class: restated product):
「見舞金は1人500円、1000人で50万」 is 50万, not 50万 + 50万. Sentences of our own.
"""

from __future__ import annotations

from typing import Any

import pytest

from coverage import facts_to_json
from nlu import facts_from_readings, read_message


def costs_and_left(*messages: str) -> tuple[dict[str, Any], list[int]]:
    facts, state = facts_from_readings([read_message(text) for text in messages])
    return dict(facts_to_json(facts)["costs"]), list(state.unassigned)


# (cost word, its key once grouped: ① and ② are one group)
_WORDS = [
    ("調査費", "check"),
    ("フォレンジック調査の費用", "check"),
    ("データ復旧", "data_recovery"),
    ("コールセンターの費用", "incident_response"),
    ("弁護士費用", "consultation"),
    ("見舞金", "condolence"),
]
# How the whole and its part are said ({w} cost word, {a} whole, {b} part).
_FORMS = [
    "{w}は{a}、うち{b}は支払済み",
    "{w}は{a}、うち前金{b}は支払済みです",
    "{w}は{a}円で、そのうち{b}円を先に払いました",
    "{w}は{a}。このうち{b}は来月払います",
    "{w}は{a}円のうち、{b}円を前払いしました",
    "{w}は{a}、内{b}は振込済み",
    "{w}は{a}で、前金{b}は支払済み",
    "{w}は{a}。前金として{b}を支払済みです",
    "{w}は{a}、内金{b}を入金済み",
    "{w}{a}、前金{b}、残金二百万",
]
_NUMERALS = [("300万", "100万"), ("三百万", "百万"), ("３００万", "１００万")]
MATRIX = [
    (form.format(w=w, a=a, b=b), key) for w, key in _WORDS for form in _FORMS for a, b in _NUMERALS
]


def _grouped(found: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, yen in found.items():
        name = "check" if key in ("access_response", "investigation") else key
        out[name] = out.get(name, 0) + yen
    return out


@pytest.mark.parametrize(("text", "key"), MATRIX)
def test_a_part_is_inside_its_whole(text: str, key: str) -> None:
    found, left = costs_and_left(text)
    assert _grouped(found) == {key: 3000000}
    assert left == []


OWN_COSTS: list[tuple[str, dict[str, int], list[int]]] = [
    # Parts naming costs of their own are those costs; the whole is their total.
    (
        "費用は合計500万、うち調査が300万、復旧が200万",
        {"check": 3000000, "data_recovery": 2000000},
        [],
    ),
    (
        "対応費用は計500万で、うちコールセンター300万、お詫び状200万",
        {"incident_response": 5000000},
        [],
    ),
    # A part of another cost is taken from the whole.
    ("調査に300万。うち、100万は弁護士費用でした", {"check": 2000000, "consultation": 1000000}, []),
    # The part is of the cost just before the mark.
    (
        "フォレンジック300万、データ復旧200万、うち復旧は前払いで100万",
        {"check": 3000000, "data_recovery": 2000000},
        [],
    ),
    (
        "調査費300万、復旧費200万。復旧の前金として100万を支払いました",
        {"check": 3000000, "data_recovery": 2000000},
        [],
    ),
    ("復旧費200万、内訳は作業費150万、機材50万", {"data_recovery": 2000000}, []),
]


@pytest.mark.parametrize(("text", "expected", "left"), OWN_COSTS)
def test_parts_of_other_costs(text: str, expected: dict[str, int], left: list[int]) -> None:
    found, unassigned = costs_and_left(text)
    assert _grouped(found) == expected
    assert unassigned == left


FOLLOW_UPS = [
    (("調査費300万", "うち100万は支払済みです"), {"check": 3000000}),
    (("データ復旧に400万かかります", "そのうち200万は前払いしました"), {"data_recovery": 4000000}),
]


@pytest.mark.parametrize(("messages", "expected"), FOLLOW_UPS)
def test_a_part_in_a_later_message(messages: tuple[str, ...], expected: dict[str, int]) -> None:
    found, unassigned = costs_and_left(*messages)
    assert _grouped(found) == expected
    assert unassigned == []


NOT_PARTS: list[tuple[str, dict[str, int], list[int]]] = [
    # 「うち」 as "our", instalments with no larger whole, a lawyer's 着手金: all stand.
    ("調査費300万、うちの売上減少が200万", {"check": 3000000}, [2000000]),
    ("前金100万、残金200万で調査をお願いしました", {"check": 3000000}, []),
    ("調査会社に前金100万を払いました", {"check": 1000000}, []),
    ("弁護士の着手金30万、成功報酬50万", {"consultation": 800000}, []),
    ("調査は300万で、前金は400万", {"check": 7000000}, []),
    ("調査費300万、復旧費100万", {"check": 3000000, "data_recovery": 1000000}, []),
    ("調査費は300万、データ復旧は内製で100万", {"check": 3000000, "data_recovery": 1000000}, []),
]


@pytest.mark.parametrize(("text", "expected", "left"), NOT_PARTS)
def test_no_part_changes_nothing(text: str, expected: dict[str, int], left: list[int]) -> None:
    found, unassigned = costs_and_left(text)
    assert _grouped(found) == expected
    assert unassigned == left


# The product said again with the count between: forms × cost words × numerals.
_PRODUCT_WORDS = [
    ("見舞金", "人", "condolence"),
    ("QUOカード", "名", "condolence"),
    ("PCの調査", "台", "check"),
    ("フォレンジック", "台", "check"),
]
_PRODUCT_FORMS = [
    "{w}は1{u}{p}、{n}{u}で{t}です",
    "{w}は1{u}あたり{p}、{n}{u}分で計{t}",
    "{w}は1{u}{p}×{n}{u}で{t}",
    "{w}は1{u}{p}×{n}{u}＝{t}",
    "{w}は1{u}{p}で{n}{u}分、{t}です",
]
_PRODUCT_NUMERALS = [
    ("500円", "1000", "50万", 500000),
    ("五百円", "千", "五十万", 500000),
    ("1,000円", "2,000", "200万円", 2000000),
    ("１００万円", "３", "３００万円", 3000000),
]
PRODUCTS = [
    (form.format(w=w, u=u, p=p, n=n, t=t), key, yen)
    for w, u, key in _PRODUCT_WORDS
    for form in _PRODUCT_FORMS
    for p, n, t, yen in _PRODUCT_NUMERALS
]


@pytest.mark.parametrize(("text", "key", "yen"), PRODUCTS)
def test_a_product_said_again_is_one_cost(text: str, key: str, yen: int) -> None:
    found, left = costs_and_left(text)
    assert _grouped(found) == {key: yen}
    assert left == []


PRODUCT_NEAR_MISSES = [
    # Another cost after the count, or another amount: two costs.
    (
        "見舞金は1人500円、1000人。コールセンターで50万",
        {"condolence": 500000, "incident_response": 500000},
    ),
    (
        "見舞金は1人500円、1000人で、別にお詫び状が50万",
        {"condolence": 500000, "incident_response": 500000},
    ),
    ("PCの調査は1台100万円、3台で、復旧に300万円", {"check": 3000000, "data_recovery": 3000000}),
]


@pytest.mark.parametrize(("text", "expected"), PRODUCT_NEAR_MISSES)
def test_another_cost_after_a_product(text: str, expected: dict[str, int]) -> None:
    found, _ = costs_and_left(text)
    assert _grouped(found) == expected
