"""Formats, arithmetic, victim counts and dates: one table per mechanism (issue 10)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from nlu import read_message
from nlu.amounts import find_amounts
from nlu.dates import TOKYO, find_discovery_date
from nlu.facts_builder import facts_from_readings
from nlu.normalize import normalize

# A Wednesday: 土曜 is 2026-03-07, 先週金曜 2026-03-06.
NOW = datetime(2026, 3, 11, 9, 30, tzinfo=TOKYO)


def costs_of(*messages: str) -> dict[str, int]:
    facts, _ = facts_from_readings(read_message(m) for m in messages)
    return {key.value: yen for key, yen in facts.costs.items()}


# Class 1: a list of costs, each item naming its own cost, whatever the separator and
# however the label is spaced from its amount.
COST_LISTS = [
    (
        "内訳：フォレンジック 250万／データ復旧 90万／再発防止 8万",
        {"investigation": 2_500_000, "data_recovery": 900_000, "prevention": 80_000},
    ),
    (
        "費用: 調査 300万 / 弁護士 40万",
        {"access_response": 3_000_000, "consultation": 400_000},
    ),
    (
        "■費用：コールセンター 150万円、謝罪文の郵送 20万円",
        {"incident_response": 1_700_000},
    ),
    ("・ｺﾝｻﾙ 25万\n・復元作業 60万", {"consultation": 250_000, "data_recovery": 600_000}),
    ("お詫び状の発送に 35万円かかりました", {"incident_response": 350_000}),
]


@pytest.mark.parametrize(("text", "expected"), COST_LISTS)
def test_cost_list_is_read_item_by_item(text: str, expected: dict[str, int]) -> None:
    """Each amount in a list goes to the cost named in its own item."""
    assert costs_of(text) == expected


# A plain 調査 gives way to a specific word only where that word names it.
PLAIN_INVESTIGATION = [
    (
        "調査費は 500万円、窓口の設置 80万円",
        {"access_response": 5_000_000, "incident_response": 800_000},
    ),
    ("被害範囲の調査に120万円", {"investigation": 1_200_000}),
]


@pytest.mark.parametrize(("text", "expected"), PLAIN_INVESTIGATION)
def test_plain_investigation_yields_only_to_the_word_naming_it(
    text: str, expected: dict[str, int]
) -> None:
    """「調査 … 窓口 …」 are two costs; 「被害範囲の調査」 is one specific cost."""
    assert costs_of(text) == expected


# Class 7: arithmetic.
ARITHMETIC = [
    # A product said again as its total is one cost.
    ("復旧作業は1台40万×5台で200万", {"data_recovery": 2_000_000}),
    ("弁護士相談は1回あたり5万円、計15万円、3回分です", {"consultation": 150_000}),
    # Latin scale letters in agent shorthand.
    ("フォレンジック 2.4M", {"investigation": 2_400_000}),
    ("コールセンター 0.8M円", {"incident_response": 800_000}),
    # Yen written in full after a word for money.
    ("窓口費用：1,350,000", {"incident_response": 1_350_000}),
    # A price per device goes with the one count of devices said elsewhere.
    ("サーバー3台が感染しました。復旧費用は1台あたり20万円です", {"data_recovery": 600_000}),
    # Each group's price with its own count.
    (
        "見舞金は個人には1人1,000円、法人には1社3万円。被害は個人40名・法人4社",
        {"condolence": 160_000},
    ),
    (
        "被害は会員150名と取引先2社。見舞金は個人に500円、法人に5万円ずつ",
        {"condolence": 175_000},
    ),
    ("媒体への告知広告 8万×4回", {"incident_response": 320_000}),
    # k for thousands, as in 1.2M for millions; the listed total is not another cost.
    ("見積り共有します。forensic 1.2M、ログ解析 450k、合計 1.65M", {"investigation": 1_650_000}),
    ("データ復旧 800k（税別）", {"data_recovery": 800_000}),
    # @ marks a unit price, with or without 円, times the count said with it.
    (
        "■費用\n　お詫び状郵送　１２００通＠１２０\n　コールセンター　一式４０万",
        {"incident_response": 544_000},
    ),
    ("DM発送 @95×2,000通", {"incident_response": 190_000}),
]


@pytest.mark.parametrize(("text", "expected"), ARITHMETIC)
def test_arithmetic(text: str, expected: dict[str, int]) -> None:
    """Products, totals said again, per-group prices and scale letters are worked out."""
    assert costs_of(text) == expected


NOT_MONEY = [
    "回線は100Mbpsです",
    "容量は2MBでした",
    "ファイル1.5M件",
    "重さ10kgのサーバー",
    "4K画質のカメラ",
    "送信元は spam@12345.ru です",
]


@pytest.mark.parametrize("text", NOT_MONEY)
def test_scale_letters_of_other_units_are_not_money(text: str) -> None:
    """M or k followed by a letter or a counter is no money, nor is a capital K."""
    assert find_amounts(normalize(text)) == []


def test_prices_per_group_wait_for_their_counts() -> None:
    """「個人1名あたり」「法人1社あたり」: each price waits for the count of its own group."""
    assert costs_of(
        "漏えいの対象は個人 60名、法人 2社です",
        "見舞金は個人1名あたり500円、法人1社あたり5万円で支払いました",
    ) == {"condolence": 130_000}


def test_a_settled_amount_replaces_an_estimated_range() -> None:
    """「確定額」 later in the conversation replaces the range said before."""
    assert costs_of("フォレンジック調査の見積は 80〜120万 です", "確定額 95万") == {
        "investigation": 950_000
    }


SHORTHAND = [
    ("調査800", [("investigation_generic", 8_000_000)]),
    ("費用：復旧 120／お詫び状 30万円", [("data_recovery", 1_200_000)]),
    ("弁護士費用は60", [("consultation", 600_000)]),
]


@pytest.mark.parametrize(("text", "expected"), SHORTHAND)
def test_shorthand_amount_is_a_proposal_not_a_cost(
    text: str, expected: list[tuple[str, int]]
) -> None:
    """「調査800」 is carried as 800万円 to confirm, and never counted as a cost."""
    reading = read_message(text)
    assert [(m.key, m.yen) for m in reading.proposed] == expected
    assert all(c.key != key for c in reading.costs for key, _ in expected)


NO_SHORTHAND = ["調査 3/2に実施", "調査は2日目です", "見舞金 500", "調査800件", "調査1.5"]


@pytest.mark.parametrize("text", NO_SHORTHAND)
def test_numbers_that_are_not_shorthand_amounts(text: str) -> None:
    """Dates, counts, decimals and per-victim prices are no shorthand amount."""
    assert read_message(text).proposed == ()


# Victim counts.
VICTIMS = [
    # Persons counted as persons win over their records.
    ("対象は2,310人の会員で、カード情報は2,512件です", 2_310, None),
    # The data word of each record count is in its own item.
    ("会員情報4,100件と注文履歴情報9,800件が流出しました", 4_100, None),
    # A data word right after the count.
    ("3,020件の個人情報が閲覧可能な状態でした", 3_020, None),
    # Persons claiming are not the number of victims; a partner company is.
    ("流出事故の件で、お客様2名から慰謝料の請求を受けました", None, None),
    ("顧客の一人から損害賠償を請求されています", None, None),
    ("漏えいの件で取引先2社から損害賠償の請求がありました", None, 2),
    # One number for persons and bodies together: neither count.
    ("対象は約1万人・団体の氏名と住所です", None, None),
    ("被害は個人700人と法人4社です", 700, 4),
    # A count taken back.
    ("流出は500名ではなく、480名でした", 480, None),
    # Bare numbers labelled with their group in a list.
    ("漏えい／対象：個人 420, 法人 6", 420, 6),
    ("名簿には58の個人と7法人の情報がありました", 58, 7),
]


@pytest.mark.parametrize(("text", "individuals", "corporations"), VICTIMS)
def test_victim_counts(text: str, individuals: int | None, corporations: int | None) -> None:
    """Victim counts are counts of affected persons and bodies, nothing else."""
    reading = read_message(text)
    assert (reading.individuals, reading.corporations) == (individuals, corporations)


# Class 9: dates.
DATES = [
    ("土曜の夜に不審なログインに気づきました", date(2026, 3, 7)),
    ("先週金曜に感染が発覚しました", date(2026, 3, 6)),
    ("昨日プレスリリースで公表しました", None),
    ("一昨日に調査会社へ依頼しました", None),
    ("昨日HPで公表しました。3月4日に監視会社からの連絡で発覚", date(2026, 3, 4)),
    ("昨日、監視会社から連絡を受けました", date(2026, 3, 10)),
    ("本日公表前に発覚しました", date(2026, 3, 11)),
]


@pytest.mark.parametrize(("text", "expected"), DATES)
def test_discovery_date(text: str, expected: date | None) -> None:
    """A date of another event is not the discovery date; weekdays count from the message."""
    assert find_discovery_date(normalize(text), NOW) == expected


# Class 10: a cost said again with a later amount replacing it, in one message or the
# next; a range settled later.
SUPERSEDED = [
    (("調査に300万円と言いましたが、正しくは350万円です",), {"access_response": 3_500_000}),
    (("調査は300万って言いましたが、実際は320万でした",), {"access_response": 3_200_000}),
    (("調査費、さっき300万と書きましたが350万の誤りです",), {"access_response": 3_500_000}),
    (("復旧費は200万の予定だったけど、結局250万かかりました",), {"data_recovery": 2_500_000}),
    # A later amount of another cost replaces nothing.
    (
        ("調査費300万と言いましたが、復旧にも100万かかります",),
        {"access_response": 3_000_000, "data_recovery": 1_000_000},
    ),
    (("復旧費用は200〜300万の見込み", "復旧費、280万で確定しました"), {"data_recovery": 2_800_000}),
    (
        ("調査費用は300万～500万くらいになりそう", "420万で確定しました"),
        {"access_response": 4_200_000},
    ),
]


@pytest.mark.parametrize(("messages", "expected"), SUPERSEDED)
def test_superseded_amounts(messages: tuple[str, ...], expected: dict[str, int]) -> None:
    """The amount a later one replaces is not another cost."""
    assert costs_of(*messages) == expected


# Class 11: where the message names only ① and ② words, an amount of no clause of its
# own goes to that one group; an amount said with a word of no coverage stays unassigned.
GROUP_ONE_TWO = [
    (
        "フォレンジック業者に有無の確認を依頼 → 痕跡なし。費用は２台×１５０万円です",
        {"access_response": 3_000_000},
    ),
    (
        "調査会社に依頼して、侵入の有無を調べてもらっています。見積りは150万くらい",
        {"access_response": 1_500_000},
    ),
    (
        "不正アクセスの有無を外部業者に確認してもらいました。費用は２台で１台あたり７５万円",
        {"access_response": 1_500_000},
    ),
    ("売上が300万減りました。調査費は100万です", {"access_response": 1_000_000}),
]


@pytest.mark.parametrize(("text", "expected"), GROUP_ONE_TWO)
def test_check_or_investigation_group(text: str, expected: dict[str, int]) -> None:
    assert costs_of(text) == expected


# Class 12: the unit said once for a list of bare numbers makes them costs; without it
# they are proposals to confirm.
DECLARED_UNIT = [
    (
        "調査費は400、復旧120（万円）",
        {"investigation_generic": 4_000_000, "data_recovery": 1_200_000},
    ),
    (
        "（単位：万円）調査 800 / 復旧 120",
        {"investigation_generic": 8_000_000, "data_recovery": 1_200_000},
    ),
    ("復旧費用120(万円)", {"data_recovery": 1_200_000}),
    # The unit said after the list, in words or in brackets.
    (
        "費用の内訳：フォレンジック300、コールセンター90。単位は全部万です",
        {"investigation": 3_000_000, "incident_response": 900_000},
    ),
    (
        "データ復旧150、弁護士40（いずれも万円）",
        {"data_recovery": 1_500_000, "consultation": 400_000},
    ),
    ("駆除25、コールセンター60、単位は万", {"prevention": 250_000, "incident_response": 600_000}),
]


@pytest.mark.parametrize(("text", "expected"), DECLARED_UNIT)
def test_declared_unit(text: str, expected: dict[str, int]) -> None:
    reading = read_message(text)
    assert {m.key: m.yen for m in reading.costs} == expected
    assert reading.proposed == ()


def test_a_unit_of_something_else_is_no_declared_unit() -> None:
    reading = read_message("調査800／復旧120。対象は1万人（いずれも概数）")
    assert reading.costs == ()


def test_shorthand_without_a_declared_unit_is_a_proposal() -> None:
    reading = read_message("調査800／復旧120")
    assert reading.costs == ()
    assert {m.key: m.yen for m in reading.proposed} == {
        "investigation_generic": 8_000_000,
        "data_recovery": 1_200_000,
    }


# Class r3a: a list item labelled by its cost and an amount in kanji numerals after a space
# is one item, as with digits; a total said after a single product is that product.
KANJI_LIST_AND_PRODUCT_TOTAL = [
    (
        "内訳：弁護士相談 三十万、データ復旧 二百万",
        {"consultation": 300_000, "data_recovery": 2_000_000},
    ),
    ("原因調査 千五百万です", {"investigation": 15_000_000}),
    ("費用：コールセンター 六十万", {"incident_response": 600_000}),
    (
        "お見舞いに1人500円の商品券を3,000名に送りました。合計150万円です",
        {"condolence": 1_500_000},
    ),
    ("お詫びの電話対応を外部に頼んで25万かかりました", {"incident_response": 250_000}),
    # Near misses: a different total after a product is not swallowed when it is no total,
    # and two costs of the same size both stay.
    (
        "見舞金は1人500円を2,000名に。コールセンターは別に100万円",
        {"condolence": 1_000_000, "incident_response": 1_000_000},
    ),
    ("調査 三百万、復旧 三百万", {"access_response": 3_000_000, "data_recovery": 3_000_000}),
]


@pytest.mark.parametrize(("text", "expected"), KANJI_LIST_AND_PRODUCT_TOTAL)
def test_kanji_list_items_and_product_totals(text: str, expected: dict[str, int]) -> None:
    assert costs_of(text) == expected


# A gift named between a price and its count (「500円のQUOカードを会員3,900名に」) is a
# price per victim, multiplied by the count.
GIFT_PRICES: list[tuple[str, int]] = [
    ("見舞金として1,000円の商品券を利用者 250名 に送ります", 250_000),
    ("お詫びに500円のクオカードを会員1,200名へ発送予定", 600_000),
]


@pytest.mark.parametrize(("text", "yen"), GIFT_PRICES)
def test_a_gift_price_is_per_victim(text: str, yen: int) -> None:
    from nlu.evaluate import predict

    facts, _, _ = predict([text])
    assert facts["costs"].get("condolence") == yen


# 「1人いくら」「1人あたり」: the one is the unit of a price, not a victim count.
@pytest.mark.parametrize(
    "text", ["見舞金って1人いくらが上限ですか？", "1人あたりの見舞金の上限を教えてください"]
)
def test_one_person_as_a_unit_is_no_count(text: str) -> None:
    from nlu.evaluate import predict

    facts, _, _ = predict([text])
    assert facts["individuals"] is None


# Announcement: a choice still to be made is unknown; a plan in the next sentence belongs
# to another field (「公表: 未。同意: これから」).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("公表するかどうかは社長判断待ちです", None),
        ("公表: 未\n同意: 未（これから）", False),
    ],
)
def test_announcement_undecided_or_field_list(text: str, expected: bool | None) -> None:
    from nlu.evaluate import predict

    facts, _, _ = predict([text])
    assert facts["announced"] is expected


NUMBERED_LISTS = [
    (
        "①コールセンター設置（3か月） 月額80万円\n②お詫び状 印刷・郵送 1通あたり120円 × 5,000通\n"
        "③弁護士相談 30万円\n合計 330万円",
        {"incident_response": 3_000_000, "consultation": 300_000},
    ),
]


@pytest.mark.parametrize(("text", "expected"), NUMBERED_LISTS)
def test_a_numbered_list_is_read_by_its_words(text: str, expected: dict[str, int]) -> None:
    """①②③ numbering a quote's lines are no clauses: each line's own word names its cost."""
    assert costs_of(text) == expected
