"""`nlu.counts`: numbers of people, companies and devices, and the numerals under them."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import config
from config import ConfigError
from nlu.amounts import find_amounts
from nlu.counts import find_counts, parse_counts, parse_numeral
from nlu.normalize import normalize

# (raw message, [(value, unit, kind, approximate, matched text)]).
COUNTS = [
    ("2,000件", [(2000, "件", "other", False, "2,000件")]),
    ("顧客情報2000名分", [(2000, "名", "individuals", False, "2000名分")]),
    ("約3千人", [(3000, "人", "individuals", True, "約3千人")]),
    ("3千人くらい", [(3000, "人", "individuals", True, "3千人くらい")]),
    ("取引先5社", [(5, "社", "corporations", False, "5社")]),
    ("3法人", [(3, "法人", "corporations", False, "3法人")]),
    ("PC3台", [(3, "台", "devices", False, "3台")]),
    ("二千件", [(2000, "件", "other", False, "二千件")]),
    ("三千人", [(3000, "人", "individuals", False, "三千人")]),
    ("10万人", [(100_000, "人", "individuals", False, "10万人")]),
    ("２，０００名", [(2000, "名", "individuals", False, "2,000名")]),
    ("お客様3名様", [(3, "名", "individuals", False, "3名様")]),
    ("2000件程度", [(2000, "件", "other", True, "2000件程度")]),
    ("件数2000件", [(2000, "件", "other", False, "2000件")]),
    ("メール300通", [(300, "通", "other", False, "300通")]),
    ("5 台", [(5, "台", "devices", False, "5 台")]),
    (
        "顧客2000名と取引先5社",
        [(2000, "名", "individuals", False, "2000名"), (5, "社", "corporations", False, "5社")],
    ),
    # The 1件 of a price per unit is a count; the caller compares spans.
    (
        "1件あたり500円で2,000件",
        [(1, "件", "other", False, "1件"), (2000, "件", "other", False, "2,000件")],
    ),
    # Not counts.
    ("第3社", []),
    ("3台目", []),
    ("数千人", []),
    ("何百件", []),
    ("万一の場合", []),
    ("千葉", []),
    ("十分", []),
    ("一部", []),
    ("第三者", []),
    ("11月20日", []),
    ("100万円", []),
    ("1.5人", []),
    ("999億人", []),  # above max_count
    # Idioms that start with a numeral and a counter.
    ("一社研修の講師", []),
    ("（一社）日本情報協会", []),
    ("一人ひとりに説明", []),
    ("1人1人確認した", []),
    # ... near misses: the same characters that are a count.
    ("一社から連絡", [(1, "社", "corporations", False, "一社")]),
    ("一人が閲覧", [(1, "人", "individuals", False, "一人")]),
]


@pytest.mark.parametrize(("raw", "expected"), COUNTS)
def test_counts(raw: str, expected: list[tuple[int, str, str, bool, str]]) -> None:
    """Each count is found with its counter, what it counts, and its surface."""
    text = normalize(raw)
    found = find_counts(text)
    assert [(c.value, c.unit, c.kind, c.approximate, c.text) for c in found] == expected
    assert all(text[c.start : c.end] == c.text for c in found)


def test_count_inside_a_price_per_unit_is_told_by_its_span() -> None:
    """「1件あたり」 lies inside the amount's span; 「2,000件」 does not."""
    text = normalize("1件あたり500円で2,000件")
    [amount] = find_amounts(text)
    inside = [c.text for c in find_counts(text) if amount.start <= c.start < amount.end]
    assert inside == ["1件"]


NUMERALS = [
    ("0", 0),
    ("2,000", 2000),
    ("1,500,000", 1_500_000),
    ("十", 10),
    ("十五", 15),
    ("二十五", 25),
    ("百二十", 120),
    ("千二百", 1200),
    ("一千五百万", 15_000_000),
    ("二〇二四", 2024),
    ("1億2千万", 120_000_000),
    ("1億2345万6789", 123_456_789),
    ("1千5百", 1500),
    ("1.5億", 150_000_000),
    ("3兆", 3 * 10**12),
    ("1.5", None),
    ("1,2", None),
    ("1,0000", None),
    ("十百", None),
    ("二三百", None),
    ("万", None),
    ("億万", None),
    ("万億", None),
    ("1五", None),
    ("", None),
]


@pytest.mark.parametrize(("written", "expected"), NUMERALS)
def test_parse_numeral(written: str, expected: int | None) -> None:
    """Arabic, kanji and mixed numerals convert exactly; malformed ones give None."""
    assert parse_numeral(written) == expected


@given(st.integers(min_value=1, max_value=10**9))
def test_arabic_numerals_round_trip(value: int) -> None:
    """Every integer reads back from its plain and comma-grouped forms."""
    assert parse_numeral(str(value)) == value
    assert parse_numeral(f"{value:,}") == value


@given(st.text())
def test_never_raises(raw: str) -> None:
    """Counts are found in any text without error."""
    assert all(c.value >= 0 for c in find_counts(normalize(raw)))


_GOOD_CONFIG = Path(__file__).resolve().parent.parent / "config" / "nlu_counts.toml"

BAD_CONFIGS = [
    ('"台" = "devices"', '"台" = "machines"', "counters.台"),
    ("max_count = 10_000_000_000", "max_count = -1", "limits.max_count"),
    ("max_count = 10_000_000_000", "max_count = 1.5", "limits.max_count"),
    ('ordinal_after = ["目"]', 'ordinal_after = "目"', "syntax.ordinal_after"),
    ('ordinal_after = ["目"]', 'ordinal_after = ["目"]\nextra = ["x"]', "syntax.extra"),
    ("[limits]", "[unknown]\n[limits]", "unknown"),
    ("[limits]", "[limits", "(syntax)"),
]


@pytest.mark.parametrize(("good", "bad", "key"), BAD_CONFIGS)
def test_config_is_checked_strictly(tmp_path: Path, good: str, bad: str, key: str) -> None:
    """A flawed nlu_counts.toml names the file and the key at start-up."""
    text = _GOOD_CONFIG.read_text(encoding="utf-8")
    assert good in text
    path = tmp_path / "nlu_counts.toml"
    path.write_text(text.replace(good, bad), encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        parse_counts(config.read_path(path))
    # A file given by path is named by its path, a syntax error included.
    assert (Path(caught.value.file).name, caught.value.key) == ("nlu_counts.toml", key)
