"""`nlu.amounts`: integer yen from what users write, and nothing from what is not money."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import config
from config import ConfigError
from nlu.amount_words import parse_amounts
from nlu.amounts import find_amounts, find_vague_amounts
from nlu.normalize import normalize

# (raw message, [(yen, matched text)]): the message is normalised first.
AMOUNTS = [
    ("100万円", [(1_000_000, "100万円")]),
    ("3,000万円", [(30_000_000, "3,000万円")]),
    ("３０００万円", [(30_000_000, "3000万円")]),
    ("３，０００万円", [(30_000_000, "3,000万円")]),
    ("1億2千万円", [(120_000_000, "1億2千万円")]),
    ("１億２０００万", [(120_000_000, "1億2000万")]),
    ("1億2345万6789円", [(123_456_789, "1億2345万6789円")]),
    ("二百万円", [(2_000_000, "二百万円")]),
    ("一千五百万円", [(15_000_000, "一千五百万円")]),
    ("五十万円", [(500_000, "五十万円")]),
    ("千円", [(1_000, "千円")]),
    ("二〇〇万円", [(2_000_000, "二〇〇万円")]),
    ("50万", [(500_000, "50万")]),
    ("50万かかった", [(500_000, "50万")]),
    ("500円", [(500, "500円")]),
    ("1.5億円", [(150_000_000, "1.5億円")]),
    ("0.5万円", [(5_000, "0.5万円")]),
    ("1,500,000円", [(1_500_000, "1,500,000円")]),
    ("120万円", [(1_200_000, "120万円")]),
    ("300 円", [(300, "300 円")]),
    ("¥1,000,000", [(1_000_000, "¥1,000,000")]),
    ("￥１００万", [(1_000_000, "¥100万")]),
    ("1兆円", [(10**12, "1兆円")]),
    (
        "調査費用は500万円、コールセンターは400万円です",
        [(5_000_000, "500万円"), (4_000_000, "400万円")],
    ),
    # Approximate.
    ("約300万円", [(3_000_000, "約300万円")]),
    ("300万円程度", [(3_000_000, "300万円程度")]),
    ("300万円くらい", [(3_000_000, "300万円くらい")]),
    ("300万円ぐらい", [(3_000_000, "300万円ぐらい")]),
    ("300万円ほど", [(3_000_000, "300万円ほど")]),
    ("300万円前後", [(3_000_000, "300万円前後")]),
    ("およそ300万円", [(3_000_000, "およそ300万円")]),
    ("概算で300万円", [(3_000_000, "概算で300万円")]),
    # Ranges.
    ("200〜300万円", [(3_000_000, "200〜300万円")]),
    ("200～300万円", [(3_000_000, "200〜300万円")]),
    ("200万〜300万円", [(3_000_000, "200万〜300万円")]),
    ("200万円から300万円", [(3_000_000, "200万円から300万円")]),
    ("1〜2億円", [(200_000_000, "1〜2億円")]),
    ("1.5〜2億円", [(200_000_000, "1.5〜2億円")]),
    # Not money.
    ("数百万円", []),
    ("十数万円", []),
    ("PC3台", []),
    ("2,000件", []),
    ("3社", []),
    ("11月20日", []),
    ("第三者", []),
    ("一部", []),
    ("万一の場合", []),
    ("十分に", []),
    ("千葉", []),
    ("一千葉", []),
    ("三千人", []),
    ("3万人", []),
    ("50万ドル", []),
    ("10万PV", []),
    ("関東一円で", []),
    ("1.5円", []),
    ("〇〇万円", []),
    ("192.168.0.1", []),
    ("2024年11月20日", []),
    ("1,2,3", []),
    ("10000兆円", []),  # above max_yen
]


@pytest.mark.parametrize(("raw", "expected"), AMOUNTS)
def test_amounts(raw: str, expected: list[tuple[int, str]]) -> None:
    """Each amount of money is found in integer yen, with its surface."""
    text = normalize(raw)
    found = find_amounts(text)
    assert [(a.yen, a.text) for a in found] == expected
    assert all(text[a.start : a.end] == a.text for a in found)


# (raw, approximate, range_low, per_unit, units, yen) of the one amount found.
DETAILS = [
    ("約300万円", True, None, None, None, 3_000_000),
    ("300万円", False, None, None, None, 3_000_000),
    ("200〜300万円", False, 2_000_000, None, None, 3_000_000),
    ("約200〜300万円程度", True, 2_000_000, None, None, 3_000_000),
    ("5,000〜8,000万円", False, 50_000_000, None, None, 80_000_000),
    ("1.5〜2億円", False, 150_000_000, None, None, 200_000_000),
    ("300〜200万円", False, None, None, None, 2_000_000),  # not a range: low > high
    ("1台につき100万円で3台", False, None, 1_000_000, 3, 3_000_000),
    ("PC3台、各100万円", False, None, 1_000_000, 3, 3_000_000),
    ("1件あたり500円で2,000件", False, None, 500, 2_000, 1_000_000),
    ("3台×100万円", False, None, 1_000_000, 3, 3_000_000),
    ("100万円×3台", False, None, 1_000_000, 3, 3_000_000),
    ("見舞金500円×2,000名分", False, None, 500, 2_000, 1_000_000),
    # A card's face value (分) times the number of cards.
    ("商品券1,000円分×350枚", False, None, 1_000, 350, 350_000),
    ("QUOカード300円分 x 1,200", False, None, 300, 1_200, 360_000),
    ("PC3台を調査して、1台につき100万円かかりました", False, None, 1_000_000, 3, 3_000_000),
    ("1台あたりの調査費用は100万円、PC3台です", False, None, 1_000_000, 3, 3_000_000),
    ("1名あたり500円を2,000人に", False, None, 500, 2_000, 1_000_000),
    ("3台で100万円ずつ", False, None, 1_000_000, 3, 3_000_000),
    ("1台につき約100万円", True, None, 1_000_000, None, 1_000_000),
    # Two candidate counts: the sentence does not say which, so no product.
    ("顧客2000名と取引先5社に各5万円", False, None, 50_000, None, 50_000),
    # The units are looked for in the same sentence, then for the one count of that very
    # counter in the message.
    ("PC3台です。1台につき100万円", False, None, 1_000_000, 3, 3_000_000),
    ("PC3台とサーバー2台です。1台につき100万円", False, None, 1_000_000, None, 1_000_000),
    ("3名から連絡。1台につき100万円", False, None, 1_000_000, None, 1_000_000),
]


@pytest.mark.parametrize(("raw", "approximate", "range_low", "per_unit", "units", "yen"), DETAILS)
def test_amount_details(
    raw: str,
    approximate: bool,
    range_low: int | None,
    per_unit: int | None,
    units: int | None,
    yen: int,
) -> None:
    """Approximation, ranges and prices per thing are read into their own fields."""
    [amount] = find_amounts(normalize(raw))
    assert (amount.approximate, amount.range_low, amount.per_unit, amount.units, amount.yen) == (
        approximate,
        range_low,
        per_unit,
        units,
        yen,
    )


VAGUE = [
    ("数百万円かかりそう", [("数百万円", 1_000_000)]),
    ("数十万円", [("数十万円", 100_000)]),
    ("十数万円", [("十数万円", 10_000)]),
    ("何千万円もかかるのか", [("何千万円", 10_000_000)]),
    ("数億", [("数億", 100_000_000)]),
    ("数千人", []),
    ("件数2000件", []),
    ("何円ですか", []),
]


@pytest.mark.parametrize(("raw", "expected"), VAGUE)
def test_vague_amounts(raw: str, expected: list[tuple[str, int]]) -> None:
    """An order of magnitude said instead of an amount is reported on its own."""
    assert [(v.text, v.magnitude) for v in find_vague_amounts(normalize(raw))] == expected


_KANJI_DIGITS = "〇一二三四五六七八九"
_FULL_WIDTH = str.maketrans("0123456789,", "０１２３４５６７８９，")


def _sections(yen: int) -> list[tuple[int, str]]:
    """Split yen into (value below 10,000, big unit), highest first, zeros left out."""
    units = [(10**12, "兆"), (10**8, "億"), (10**4, "万"), (1, "")]
    parts = []
    for size, unit in units:
        value, yen = divmod(yen, size)
        if value:
            parts.append((value, unit))
    return parts


def _kanji(value: int, explicit_one: bool) -> str:
    """1234 → 千二百三十四 (一千二百三十四 with explicit_one)."""
    out = ""
    for size, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit, value = divmod(value, size)
        if digit and unit and (digit > 1 or explicit_one):
            out += _KANJI_DIGITS[digit] + unit
        elif digit and unit:
            out += unit
        elif digit:
            out += _KANJI_DIGITS[digit]
    return out


@st.composite
def written_yen(draw: st.DrawFn) -> tuple[int, str]:
    """A yen amount and one way a user might write it."""
    yen = draw(st.integers(min_value=1, max_value=10**13 - 1))
    style = draw(st.sampled_from(["plain", "commas", "units", "units_commas", "kanji"]))
    if style == "plain":
        written = f"{yen}"
    elif style == "commas":
        written = f"{yen:,}"
    elif style in ("units", "units_commas"):
        fmt = "{:,}" if style == "units_commas" else "{}"
        written = "".join(fmt.format(v) + u for v, u in _sections(yen))
    else:
        one = draw(st.booleans())
        written = "".join(_kanji(v, one) + u for v, u in _sections(yen))
    if draw(st.booleans()):
        written = written.translate(_FULL_WIDTH)
    return yen, written + "円"


@given(written_yen(), st.sampled_from(["{}", "費用は{}でした。", "約{}", "調査に{}、"]))
def test_round_trip(case: tuple[int, str], sentence: str) -> None:
    """Any yen amount written in Japanese reads back as the same integer."""
    yen, written = case
    [amount] = find_amounts(normalize(sentence.format(written)))
    assert amount.yen == yen


HOSTILE = [
    "1" * 40000,
    "1," * 20000,
    "万" * 40000,
    "一二三四五六七八九十百千万億兆" * 2700,
    "1〜" * 20000,
    "1台につき100万円で3台。" * 3000,
    "数" * 40000,
    "\x00\udcff" * 20000,
    "😀" * 40000,
]


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_input_does_not_crash(text: str) -> None:
    """Long or broken input is read without error, raw or normalised."""
    for candidate in (text, normalize(text)):
        found = find_amounts(candidate)
        find_vague_amounts(candidate)
        assert all(0 <= a.yen <= 10**15 for a in found)


@given(st.text())
def test_never_raises(raw: str) -> None:
    """Amounts are found in any text without error, and are never negative."""
    assert all(a.yen >= 0 for a in find_amounts(normalize(raw)))


_GOOD_CONFIG = Path(__file__).resolve().parent.parent / "config" / "nlu_amounts.toml"


def _read_config(path: Path):
    # A file given by path is named by its path, a syntax error included.
    return parse_amounts(config.read_path(path))


BAD_CONFIGS = [
    ("max_yen = 1_000_000_000_000_000", "max_yen = '1000'", "money.max_yen"),
    ("max_yen = 1_000_000_000_000_000", "max_yen = 0", "money.max_yen"),
    ('separators = ["〜", "から", "-"]', "separators = []", "ranges.separators"),
    ('after = ["ずつ"]', "after = [1]", "per_unit.after"),
    ("[ranges]", "[ranges]\nextra = 1", "ranges.extra"),
    ("[ranges]", "[extra]\n[ranges]", "extra"),
    ("[ranges]", "[ranges", "(syntax)"),
]


@pytest.mark.parametrize(("good", "bad", "key"), BAD_CONFIGS)
def test_config_is_checked_strictly(tmp_path: Path, good: str, bad: str, key: str) -> None:
    """A flawed nlu_amounts.toml names the file and the key at start-up."""
    text = _GOOD_CONFIG.read_text(encoding="utf-8")
    assert good in text
    path = tmp_path / "nlu_amounts.toml"
    path.write_text(text.replace(good, bad), encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        _read_config(path)
    assert (Path(caught.value.file).name, caught.value.key) == ("nlu_amounts.toml", key)


def test_shipped_config_loads() -> None:
    """The shipped nlu_amounts.toml passes its own checks."""
    assert _read_config(_GOOD_CONFIG).max_yen == 10**15
