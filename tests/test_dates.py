"""Discovery dates from the words of a message, relative to when it was sent (JST)."""

from __future__ import annotations

import copy
from datetime import UTC, date, datetime
from typing import Any

import pytest

import config
from config import ConfigError
from nlu.dates import FILE, TOKYO, find_discovery_date, only_a_date, parse_settings
from nlu.normalize import normalize

# Thursday 2026-11-26 10:00 JST. This week's Monday is 11/23 (勤労感謝の日).
NOW = datetime(2026, 11, 26, 10, 0, tzinfo=TOKYO)

DATES = [
    ("今朝、不正アクセスが発覚しました", date(2026, 11, 26)),
    ("今日ウイルスに感染しました", date(2026, 11, 26)),
    ("本日判明しました", date(2026, 11, 26)),
    ("昨日気づきました", date(2026, 11, 25)),
    ("昨夜、監視サービスから通報がありました", date(2026, 11, 25)),
    ("昨晩検知しました", date(2026, 11, 25)),
    ("一昨日発見しました", date(2026, 11, 24)),
    ("おととい見つかりました", date(2026, 11, 24)),
    ("先週金曜日に発覚", date(2026, 11, 20)),
    ("先週金曜に気付いた", date(2026, 11, 20)),
    ("先週の月曜に判明", date(2026, 11, 16)),
    ("先々週の水曜", date(2026, 11, 11)),
    ("今週月曜に発覚しました", date(2026, 11, 23)),
    ("今週木曜", date(2026, 11, 26)),
    ("月曜日に気づいた", date(2026, 11, 23)),
    ("木曜日に気づいた", date(2026, 11, 19)),  # the last Thursday before today
    ("日曜に発覚", date(2026, 11, 22)),
    ("11月20日に発覚", date(2026, 11, 20)),
    ("11/20に判明しました", date(2026, 11, 20)),
    ("2026年11月20日に発見", date(2026, 11, 20)),
    ("2026/11/20", date(2026, 11, 20)),
    ("2026-11-20に検知", date(2026, 11, 20)),
    ("3日前に発覚", date(2026, 11, 23)),
    ("二日前に気づきました", date(2026, 11, 24)),
    ("十日前", date(2026, 11, 16)),
    ("十二日前", date(2026, 11, 14)),
    ("1週間前に見つかった", date(2026, 11, 19)),
    ("2025年11月26日に発覚", date(2025, 11, 26)),  # exactly a year back: still accepted
]


@pytest.mark.parametrize(("text", "expected"), DATES)
def test_discovery_date(text: str, expected: date) -> None:
    """Each phrase dates the discovery relative to Thursday 2026-11-26."""
    assert find_discovery_date(text, NOW) == expected


REJECTED = [
    "12月20日に発覚",  # this year's is still to come, last year's too old
    "2027年1月5日",
    "2025年11月25日に発覚",  # more than a year back
    "明日公表します",
    "来週月曜に報告します",
    "今週金曜",  # tomorrow
    "2月30日に発覚",  # no such day
    "調査を依頼しました",  # no date at all
    "13/40",
]


@pytest.mark.parametrize("text", REJECTED)
def test_future_old_or_missing_dates_give_none(text: str) -> None:
    """A future date, one more than a year back, or none at all gives None."""
    assert find_discovery_date(text, NOW) is None


PREFERENCE = [
    ("昨日ウイルスに感染し、今朝になって発覚した", date(2026, 11, 26)),
    ("11月30日に公表予定ですが、気づいたのは昨日です", date(2026, 11, 25)),
    ("ログを見ると11月1日から侵入されていたが、気づいたのは一昨日です", date(2026, 11, 24)),
    ("明日公表します。昨日発覚しました", date(2026, 11, 25)),
    # No discovery word: the first date phrase.
    ("昨日から調査しています。今日は社内で会議です", date(2026, 11, 25)),
    # The phrase nearest 発覚 is rejected: no guess from the other phrase.
    ("昨日の会議で、12月20日に発覚したと報告がありました", None),
]


@pytest.mark.parametrize(("text", "expected"), PREFERENCE)
def test_a_date_near_a_discovery_word_is_preferred(text: str, expected: date | None) -> None:
    """The date phrase nearest 発覚・判明・気づいた… in its sentence wins."""
    assert find_discovery_date(text, NOW) == expected


YEAR_END = [
    # 2027-01-05: a December date without a year is last December's.
    ("12月28日に発覚", date(2026, 12, 28)),
    ("12/31に気づいた", date(2026, 12, 31)),
    ("先週金曜に発覚", date(2027, 1, 1)),  # this week began on Monday 2027-01-04
    ("10日前", date(2026, 12, 26)),
]


@pytest.mark.parametrize(("text", "expected"), YEAR_END)
def test_dates_across_the_year_end(text: str, expected: date) -> None:
    """In early January, yearless December dates and relative days fall in last year."""
    assert find_discovery_date(text, datetime(2027, 1, 5, 9, 0, tzinfo=TOKYO)) == expected


def test_now_is_read_in_japan_time() -> None:
    """Wednesday 20:00 UTC is already Thursday in Japan: 今日 is Thursday."""
    now = datetime(2026, 11, 25, 20, 0, tzinfo=UTC)
    assert find_discovery_date("今日発覚", now) == date(2026, 11, 26)
    assert find_discovery_date("昨日発覚", now) == date(2026, 11, 25)


def test_naive_now_is_refused() -> None:
    """A message time without a timezone is ambiguous."""
    with pytest.raises(ValueError):
        find_discovery_date("今日", datetime(2026, 11, 26, 10, 0))


def _data() -> dict[str, Any]:
    return copy.deepcopy(config.read(FILE))


BROKEN = [
    (("limits", "max_days_back"), -1, "limits.max_days_back", "greater than or equal to 0"),
    (("limits", "max_days_back"), True, "limits.max_days_back", "integer"),
    (("limits", "max_years"), 1, "limits.max_years", "unknown"),
    (("weekdays", "names"), ["月曜"], "weekdays.names", "7 single"),
    (("discovery", "keywords"), [], "discovery.keywords", "must not be empty"),
    (("relative_days", "昨日"), "1", "relative_days.昨日", "integer"),
    (("numerals", "digits"), "一二三", "numerals.digits", "10 characters"),
    (("calendar",), {}, "calendar", "unknown"),
]


@pytest.mark.parametrize(("path", "value", "key", "reason"), BROKEN)
def test_bad_file_names_file_key_and_reason(
    path: tuple[str, ...], value: object, key: str, reason: str
) -> None:
    """A typo in nlu_dates.toml fails with the file, the key and why."""
    data = copy.deepcopy(_data())
    table = data
    for part in path[:-1]:
        table = table[part]
    table[path[-1]] = value
    with pytest.raises(ConfigError) as info:
        parse_settings(data)
    assert (info.value.file, info.value.key) == (FILE, key)
    assert reason in info.value.reason


# A message that is only a date answers when it became known; a date beside other words
# is no answer (「今日のランチ」).
ONLY_A_DATE = [
    ("昨日です", True),
    ("11月28日の夜ごろ", True),
    ("今朝でした。", True),
    ("先週金曜の22時頃です", True),
    ("3日前", True),
    ("今日のランチどうしよう", False),
    ("今日はいい天気ですね", False),
    ("昨日、ランサムウェアに感染しました", False),
    ("まだわかりません", False),
]


@pytest.mark.parametrize(("text", "expected"), ONLY_A_DATE)
def test_only_a_date(text: str, expected: bool) -> None:
    assert only_a_date(normalize(text)) is expected
