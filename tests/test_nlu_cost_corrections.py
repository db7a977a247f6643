"""A later amount for a cost said before (class: corrections). 「さっきの300万は380万の誤り」
replaces the quoted cost even beside a new cost; said twice it is one correction; a change
verb (「400万に増えました」) replaces the cost; a correction of another item, or a change of a
count, leaves the cost alone. Sentences of our own.

A correction that quotes the old amount with its cost word (「復旧300万は350万の誤り」
「訂正：復旧 300万→350万」「復旧の300万円は誤りで」) takes that amount back: it was read as a
second amount of the cost and added (300万 + 300万 + 350万). The matrix below crosses the
ways a cost is first said with the ways it is corrected, for several cost words and numerals.
"""

from __future__ import annotations

from typing import Any

import pytest

from coverage import facts_to_json
from nlu import facts_from_readings, read_message


def costs(*messages: str) -> dict[str, Any]:
    facts, _ = facts_from_readings([read_message(text) for text in messages])
    return dict(facts_to_json(facts)["costs"])


def costs_and_left(*messages: str) -> tuple[dict[str, Any], list[int]]:
    facts, state = facts_from_readings([read_message(text) for text in messages])
    return dict(facts_to_json(facts)["costs"]), list(state.unassigned)


# (cost word, its key, another cost said beside it, that one's key)
_WORDS = [
    ("データ復旧", "data_recovery", "フォレンジック", "investigation"),
    ("フォレンジック", "investigation", "データ復旧", "data_recovery"),
    ("コールセンター", "incident_response", "弁護士", "consultation"),
    ("弁護士", "consultation", "コールセンター", "incident_response"),
    ("見舞金", "condolence", "データ復旧", "data_recovery"),
]
# How the cost is first said: with another cost, alone, in kanji, as a list.
_FIRST = [
    "{o}が900万、{w}が400万",
    "{w}の費用は400万円です",
    "{w}に四百万円かかりました",
    "・{o}：900万\n・{w}：400万",
]
# How it is corrected: old amount quoted, taken back, changed into, or not quoted at all.
_CORRECTION = [
    "先ほどの{w}400万は{n}の誤りでした",
    "{w}400万は{n}の間違いです",
    "{w}は400万ではなく{n}です",
    "訂正：{w} 400万→{n}",
    "{w}：400万 → {n}",
    "{w}、400万と書きましたが{n}でした",
    "申し訳ありません、{w}は{n}でした",
    "{w}を{n}に訂正します",
    "{w}の費用は{n}に変更になりました",
    "{w}の金額は、正しくは{n}です",
    "{w}400万は{n}でした",
    "{w}の400万円は誤りで、正しくは{n}です",
]
_NEW = ["420万", "四百二十万", "４２０万"]
MATRIX = [
    (first.format(w=w, o=o), fix.format(w=w, n=n), key, other)
    for w, key, o, other in _WORDS
    for first in _FIRST
    for fix in _CORRECTION
    for n in _NEW
]


@pytest.mark.parametrize(("first", "fix", "key", "other"), MATRIX)
def test_a_correction_replaces_only_its_cost(first: str, fix: str, key: str, other: str) -> None:
    before, _ = costs_and_left(first)
    after, left = costs_and_left(first, fix)
    assert after == {**before, key: 4200000}
    assert left == []
    if other in before:
        assert before[other] == 9000000


ADDED = [
    # Said to be added, the amount adds to the cost.
    (("フォレンジック900万、データ復旧400万", "あとデータ復旧で60万追加"), 4600000, []),
    (("データ復旧400万", "データ復旧にさらに60万かかりました"), 4600000, []),
    # Our own staff's hours on the work are no cost of the rider (labelling rule 11).
    (("データ復旧400万、別に復旧作業の人件費60万",), 4000000, [600000]),
]


@pytest.mark.parametrize(("messages", "recovery", "left"), ADDED)
def test_an_addition_adds(messages: tuple[str, ...], recovery: int, left: list[int]) -> None:
    found, unassigned = costs_and_left(*messages)
    assert found["data_recovery"] == recovery
    assert unassigned == left


PART = [
    # A part of a cost summed from two (⑤ コールセンター and 郵送) is corrected alone.
    (("コールセンター70万、郵送20万", "郵送20万は25万の誤りでした"), 950000),
    (("コールセンター70万、郵送20万", "郵送 20万→25万"), 950000),
]


@pytest.mark.parametrize(("messages", "total"), PART)
def test_a_quoted_part_is_corrected(messages: tuple[str, ...], total: int) -> None:
    assert costs(*messages) == {"incident_response": total}


STAYS = [
    # Not quoted as wrong: both amounts stand, or the cost is kept for the user to settle.
    (("データ復旧に400万",), {"data_recovery": 4000000}),
    (("データ復旧400万は間違いないです",), {"data_recovery": 4000000}),
    (("データ復旧は400万、サイトの復旧は50万です",), {"data_recovery": 4500000}),
    (("データ復旧400万", "データ復旧は420万になります"), {"data_recovery": 4000000}),
    (("データ復旧400万", "データ復旧400万は保険で出ますか"), {"data_recovery": 4000000}),
]


@pytest.mark.parametrize(("messages", "expected"), STAYS)
def test_no_correction_changes_nothing(messages: tuple[str, ...], expected: dict[str, int]) -> None:
    assert costs(*messages) == expected


CORRECTED = [
    (
        (
            "原因調査をフォレンジック業者に依頼、見積は400万",
            "さっきの400万は450万の誤りでした。あとコールセンターで120万",
        ),
        {"investigation": 4500000, "incident_response": 1200000},
    ),
    (
        (
            "被害範囲の調査に二百万かかります",
            "失礼、さっきの二百万は二百五十万の誤りでした。二百五十万です",
        ),
        {"investigation": 2500000},
    ),
    (
        ("弁護士に50万、データ復旧に200万", "データ復旧は260万に増えました"),
        {"consultation": 500000, "data_recovery": 2600000},
    ),
    (
        ("コールセンターは150万の見積です", "コールセンターは120万に減りました"),
        {"incident_response": 1200000},
    ),
]


@pytest.mark.parametrize(("messages", "expected"), CORRECTED)
def test_later_amount_replaces(messages: tuple[str, ...], expected: dict[str, int]) -> None:
    assert costs(*messages) == expected


KEPT = [
    # The corrected amount is none of the costs: a new cost is added, the old one stays.
    (
        ("原因調査の見積は400万", "さっきの件数は誤りでした。あとコールセンターで120万"),
        {"investigation": 4000000, "incident_response": 1200000},
    ),
    # A count grew, not a cost.
    (
        ("データ復旧に200万かかります", "問い合わせが300件に増えました"),
        {"data_recovery": 2000000},
    ),
]


@pytest.mark.parametrize(("messages", "expected"), KEPT)
def test_other_corrections_leave_costs(messages: tuple[str, ...], expected: dict[str, int]) -> None:
    assert costs(*messages) == expected


# 「さっきの見積もりは「各80万」ではなく2台で80万円でした」: the amount taken back may be quoted
# in brackets; it was read again (each 80万 × 2 台) and added to the new figure.
BRACKETED = [
    (
        ("サーバー2台、復旧見積もり各80万", "さっきの復旧は「各80万」ではなく2台で80万円でした"),
        {"data_recovery": 800000},
    ),
    (
        ("駆除は端末3台で1台あたり5万円", "駆除の費用は『1台あたり5万円』ではなく全部で10万円です"),
        {"prevention": 100000},
    ),
    (
        ("コールセンターは60万です", 'コールセンターは"60万"じゃなくて75万でした'),
        {"incident_response": 750000},
    ),
    # Near miss: a bracketed amount that is not taken back stays a cost.
    (
        ("データ復旧の見積もりは「80万円」でした",),
        {"data_recovery": 800000},
    ),
]


@pytest.mark.parametrize(("messages", "expected"), BRACKETED)
def test_a_bracketed_amount_taken_back(messages: tuple[str, ...], expected: dict[str, int]) -> None:
    assert costs(*messages) == expected


# 「さっきのコールセンター300万は誤りで350万でした」「1人1000円と書いたのは誤りで、1人500円」:
# the old amount quoted with no comma after 誤りで, or as what was written, is taken back; it
# was added to the new one (300万 + 350万), or a corrected price per victim was dropped.
QUOTED_AS_WRITTEN = [
    (
        (
            "データ復旧の見積は120万、弁護士相談は30万",
            "すみません、データ復旧120万は誤りで140万です",
        ),
        {"data_recovery": 1400000, "consultation": 300000},
    ),
    (
        (
            "コールセンターは80万で手配しました",
            "コールセンターを80万と書いたのは間違いで、90万円です",
        ),
        {"incident_response": 900000},
    ),
    (
        (
            "会員600名の氏名が漏えい",
            "お詫びに1人1000円の商品券を送ります",
            "商品券を1人1000円と言ったのは誤りで1人700円です",
        ),
        {"condolence": 420000},
    ),
    # Near misses: an amount said not to be a mistake stays; the price's 1人 counts no victims.
    (
        ("データ復旧は120万でした", "データ復旧120万は誤りではないです"),
        {"data_recovery": 1200000},
    ),
]


@pytest.mark.parametrize(("messages", "expected"), QUOTED_AS_WRITTEN)
def test_an_amount_quoted_as_a_mistake_is_taken_back(
    messages: tuple[str, ...], expected: dict[str, int]
) -> None:
    assert costs(*messages) == expected


def test_a_corrected_price_per_victim_keeps_the_count() -> None:
    """The 「1人」 of a corrected price is no victim count of one."""
    facts, _ = facts_from_readings(
        [
            read_message(text)
            for text in (
                "顧客250名の情報が流出",
                "見舞金は1人800円と書きましたが誤りで、1人500円です",
            )
        ]
    )
    assert (facts.individuals, dict(facts_to_json(facts)["costs"])) == (250, {"condolence": 125000})


LEAD_ADDS: list[tuple[tuple[str, ...], dict[str, int]]] = [
    # 「あと」 after an interjection still adds; a past copula alone takes nothing back.
    (
        (
            "ウイルスに感染しました",
            "EDR導入（年120万）を発注しました",
            "あ、あと駆除を業者に頼んで 8万 でした",
        ),
        {"prevention": 1_280_000},
    ),
    (
        (
            "ウイルスに感染しました",
            "データ復旧は60万です",
            "えっと、あとお詫び状の郵送で12万でした",
        ),
        {"data_recovery": 600_000, "incident_response": 120_000},
    ),
    # A correction word still replaces.
    (
        ("ウイルスに感染しました", "駆除は10万です", "あ、訂正です。駆除は8万でした"),
        {"prevention": 80_000},
    ),
]


@pytest.mark.parametrize(("messages", "costs"), LEAD_ADDS)
def test_a_lead_add_after_an_interjection_adds(
    messages: tuple[str, ...], costs: dict[str, int]
) -> None:
    facts, _ = facts_from_readings([read_message(text) for text in messages])
    assert dict(facts_to_json(facts)["costs"]) == costs


def test_an_apology_visit_is_incident_response() -> None:
    facts, _ = facts_from_readings(
        [
            read_message(
                "見舞金は1社5万円を12社に払います。あと、お詫び訪問の交通費などで最大40万の見込みです"
            )
        ]
    )
    assert dict(facts_to_json(facts)["costs"]) == {
        "condolence": 600_000,
        "incident_response": 400_000,
    }
