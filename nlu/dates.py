"""The date an incident was discovered, from the words of a message."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache
from typing import Any, Final
from zoneinfo import ZoneInfo

from nlu.config_files import CONFIG_DIR, read_toml
from nlu.errors import NluConfigError

CONFIG_FILE: Final = CONFIG_DIR / "nlu_dates.toml"
TOKYO: Final = ZoneInfo("Asia/Tokyo")

_SENTENCE_END: Final = re.compile(r"[。!?！？\n]")


@dataclass(frozen=True)
class _Settings:
    relative_days: Mapping[str, int]
    weeks: Mapping[str, int]
    ago_units: Mapping[str, int]
    weekdays: tuple[str, ...]
    digits: str
    ten: str
    keywords: tuple[str, ...]
    window: int
    max_days_back: int
    yearless_previous_year_max_days: int
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class _Mention:
    start: int
    end: int
    day: date | None
    """None when the phrase names no valid date (「2月30日」, a future date …)."""


def find_discovery_date(text: str, now: datetime) -> date | None:
    """The date the incident was discovered, as `text` tells it.

    Understood: 今朝・今日・本日・昨日・昨夜・昨晩・一昨日・おととい; 「3日前」
    「二日前」「1週間前」; 「先週金曜(日)」「先週の月曜」「今週月曜」; a bare weekday
    (「月曜日に」) is the most recent one strictly before today; 「2026年11月20日」
    「2026/11/20」「11月20日」「11/20」. A date without a year is this year's, or
    last year's when this year's is still to come and last year's is recent (see
    config/nlu_dates.toml).

    The phrase nearest a discovery word (発覚・判明・気づいた・検知・見つかった・
    発見 …, same sentence, within `window` characters) decides; with none near
    such a word, the first acceptable date phrase in the text is taken. A date
    after today or more than `max_days_back` days back is rejected: when the
    phrase nearest a discovery word is rejected, the answer is None rather than
    a guess from another phrase.

    Args:
        text: A normalised message (ASCII digits, see `nlu.normalize`).
        now: When the message was sent; timezone-aware, read in JST.

    Returns:
        The discovery date, or None when the text dates nothing acceptable.

    Raises:
        ValueError: `now` is naive.
    """
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be timezone-aware")
    settings = _settings()
    today = now.astimezone(TOKYO).date()
    mentions = [_mention(m, today, settings) for m in settings.pattern.finditer(text)]
    near = sorted(
        (d, i) for i, m in enumerate(mentions) if (d := _distance(text, m, settings)) is not None
    )
    if near:
        return mentions[near[0][1]].day
    return next((m.day for m in mentions if m.day), None)


def _mention(match: re.Match[str], today: date, s: _Settings) -> _Mention:
    day = _resolve(match, today, s)
    if day is not None and not 0 <= (today - day).days <= s.max_days_back:
        day = None
    return _Mention(match.start(), match.end(), day)


def _resolve(match: re.Match[str], today: date, s: _Settings) -> date | None:
    group = match.groupdict()
    if group["year"]:
        return _date(int(group["year"]), int(group["ymonth"]), int(group["yday"]))
    if group["month"] or group["smonth"]:
        month = int(group["month"] or group["smonth"])
        day = int(group["day"] or group["sday"])
        return _yearless(month, day, today, s)
    if group["count"]:
        return today - timedelta(days=_number(group["count"], s) * s.ago_units[group["unit"]])
    if group["weekday"]:
        weekday = s.weekdays.index(group["weekday"])
        if group["week"]:
            monday = today - timedelta(days=today.weekday())
            return monday + timedelta(days=weekday - 7 * s.weeks[group["week"]])
        # A bare weekday is the last one before today: 「月曜日に」 said on a
        # Monday would have been 「今日」.
        return today - timedelta(days=(today.weekday() - weekday - 1) % 7 + 1)
    return today - timedelta(days=s.relative_days[group["word"]])


def _yearless(month: int, day: int, today: date, s: _Settings) -> date | None:
    this_year = _date(today.year, month, day)
    if this_year is None or this_year <= today:
        return this_year
    last_year = _date(today.year - 1, month, day)
    if last_year is not None and (today - last_year).days <= s.yearless_previous_year_max_days:
        return last_year
    return this_year  # still to come: rejected by the caller as a future date


def _date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _number(text: str, s: _Settings) -> int:
    """「3」「二」「十二」「二十」 → 3, 2, 12, 20."""
    if text.isdigit():
        return int(text)
    if s.ten not in text:
        return int("".join(str(s.digits.index(c)) for c in text))
    tens, _, ones = text.partition(s.ten)
    return (s.digits.index(tens) if tens else 1) * 10 + (s.digits.index(ones) if ones else 0)


def _distance(text: str, m: _Mention, s: _Settings) -> int | None:
    """Characters between the mention and the nearest discovery word in its sentence."""
    best: int | None = None
    for keyword in s.keywords:
        for hit in re.finditer(re.escape(keyword), text):
            if hit.start() >= m.end:
                lo, hi = m.end, hit.start()
            elif hit.end() <= m.start:
                lo, hi = hit.end(), m.start
            else:
                continue  # overlapping: 「発見日」-like words are not a context
            if _SENTENCE_END.search(text, lo, hi) or hi - lo > s.window:
                continue
            if best is None or hi - lo < best:
                best = hi - lo
    return best


# --- strict reading of the file ----------------------------------------------


@cache
def _settings() -> _Settings:
    return parse_settings(read_toml(CONFIG_FILE))


def parse_settings(data: Mapping[str, Any]) -> _Settings:
    """Check the parsed `nlu_dates.toml` and compile its phrases into one pattern.

    Raises:
        NluConfigError: An unknown or missing key, or a mistyped value.
    """
    _exact(
        data,
        "",
        {"relative_days", "weeks", "ago_units", "weekdays", "numerals", "discovery", "limits"},
    )
    # Negative values name days to come (明日, 来週): recognised so that they are
    # rejected as future dates instead of leaving the field to another phrase.
    relative_days = _counts(data["relative_days"], "relative_days", signed=True)
    weeks = _counts(data["weeks"], "weeks", signed=True)
    ago_units = _counts(data["ago_units"], "ago_units")
    weekdays = _table(data["weekdays"], "weekdays", {"names"})
    names = _strings(weekdays["names"], "weekdays.names")
    if len(names) != 7 or any(len(n) != 1 for n in names):
        raise NluConfigError(CONFIG_FILE.name, "weekdays.names", "must be 7 single characters")
    numerals = _table(data["numerals"], "numerals", {"digits", "ten"})
    digits, ten = numerals["digits"], numerals["ten"]
    if not isinstance(digits, str) or len(digits) != 10:
        raise NluConfigError(CONFIG_FILE.name, "numerals.digits", "must be 10 characters")
    if not isinstance(ten, str) or len(ten) != 1:
        raise NluConfigError(CONFIG_FILE.name, "numerals.ten", "must be 1 character")
    discovery = _table(data["discovery"], "discovery", {"keywords", "window"})
    limits = _table(data["limits"], "limits", {"max_days_back", "yearless_previous_year_max_days"})
    return _Settings(
        relative_days=relative_days,
        weeks=weeks,
        ago_units=ago_units,
        weekdays=tuple(names),
        digits=digits,
        ten=ten,
        keywords=tuple(_strings(discovery["keywords"], "discovery.keywords")),
        window=_count(discovery["window"], "discovery.window"),
        max_days_back=_count(limits["max_days_back"], "limits.max_days_back"),
        yearless_previous_year_max_days=_count(
            limits["yearless_previous_year_max_days"], "limits.yearless_previous_year_max_days"
        ),
        pattern=_pattern(relative_days, weeks, ago_units, names, digits + ten),
    )


def _pattern(
    relative_days: Mapping[str, int],
    weeks: Mapping[str, int],
    ago_units: Mapping[str, int],
    weekdays: list[str],
    numerals: str,
) -> re.Pattern[str]:
    def one_of(words: Mapping[str, int] | list[str]) -> str:
        # Longest first, so 一昨日 wins over 昨日 and 先々週 over 先週.
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    # Alternatives are tried left to right at each position: a full date before
    # its month-day tail, 「11月3日」 before 「3日前」's digits.
    return re.compile(
        r"(?<!\d)(?P<year>\d{4})\s*(?:年\s*|[/.-])(?P<ymonth>\d{1,2})\s*(?:月\s*|[/.-])"
        r"(?P<yday>\d{1,2})(?!\d)"
        r"|(?<!\d)(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日"
        r"|(?<![\d/])(?P<smonth>\d{1,2})/(?P<sday>\d{1,2})(?![\d/])"
        rf"|(?P<count>\d+|[{re.escape(numerals)}]+)\s*(?P<unit>{one_of(ago_units)})"
        rf"|(?:(?P<week>{one_of(weeks)})\s*の?\s*)?(?P<weekday>[{''.join(weekdays)}])曜"
        rf"|(?P<word>{one_of(relative_days)})"
    )


def _exact(table: Mapping[str, Any], prefix: str, expected: set[str]) -> None:
    for key in table:
        if key not in expected:
            raise NluConfigError(CONFIG_FILE.name, prefix + key, "unknown key")
    missing = sorted(expected - table.keys())
    if missing:
        raise NluConfigError(CONFIG_FILE.name, prefix + missing[0], "missing")


def _table(value: object, key: str, expected: set[str]) -> Mapping[str, Any]:
    if not isinstance(value, dict):
        raise NluConfigError(CONFIG_FILE.name, key, "must be a table")
    _exact(value, f"{key}.", expected)
    return value


def _count(value: object, key: str, *, signed: bool = False) -> int:
    # bool is an int in Python; `true` here is a typo, not 1.
    if not isinstance(value, int) or isinstance(value, bool) or (value < 0 and not signed):
        kind = "an integer" if signed else "a non-negative integer"
        raise NluConfigError(CONFIG_FILE.name, key, f"must be {kind}")
    return value


def _counts(value: object, key: str, *, signed: bool = False) -> dict[str, int]:
    if not isinstance(value, dict) or not value:
        raise NluConfigError(CONFIG_FILE.name, key, "must be a non-empty table")
    return {word: _count(n, f"{key}.{word}", signed=signed) for word, n in value.items()}


def _strings(value: object, key: str) -> list[str]:
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v for v in value):
        raise NluConfigError(CONFIG_FILE.name, key, "must be a non-empty list of strings")
    return value
