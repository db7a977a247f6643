"""The date an incident was discovered, from the words of a message."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache
from typing import Annotated, Any, Final
from zoneinfo import ZoneInfo

from pydantic import Field, NonNegativeInt, field_validator

import config
from config.types import NonEmptyWords
from nlu.patterns import alternation

FILE: Final = "nlu_dates.toml"
TOKYO: Final = ZoneInfo("Asia/Tokyo")

_SENTENCE_END: Final = re.compile(r"[。!?！？\n]")
_CLAUSE_END: Final = re.compile(r"[、,。!?！？\n]")
# Punctuation, spaces and marks around a bare date.
_NOT_WORD_MARKS: Final = "、。,.!?！？…・〜~ー"
_NOT_WORDS: Final = re.compile(r"[\s" + re.escape(_NOT_WORD_MARKS) + "]+")
# The literal characters of `_pattern`, besides the words and numerals of the file.
_PATTERN_MARKS: Final = "年月日/.-曜の0123456789"


@dataclass(frozen=True)
class _Settings:
    relative_days: Mapping[str, int]
    weeks: Mapping[str, int]
    ago_units: Mapping[str, int]
    weekdays: tuple[str, ...]
    digits: str
    ten: str
    keywords: tuple[str, ...]
    other_events: tuple[str, ...]
    window: int
    max_days_back: int
    yearless_previous_year_max_days: int
    pattern: re.Pattern[str]
    fillers: re.Pattern[str]
    # Every character `pattern`, `fillers` or `_NOT_WORDS` can take out of a text, but for
    # the classes \s and \d: a text holding any other character is not only a date.
    date_chars: frozenset[str]


@dataclass(frozen=True)
class _Mention:
    start: int
    end: int
    day: date | None
    """None when the phrase names no valid date (「2月30日」, a future date …)."""
    other_event: bool = False
    """The phrase dates something else in its own clause (「昨日プレスリリースで公表」)."""


def only_a_date(text: str) -> bool:
    """「昨日です」「11月28日の夜ごろ」: `text` (normalised) is a date and nothing else, the
    answer to when the incident became known; 「今日のランチ」 says something else."""
    settings = _settings()
    # Most messages hold a character no date phrase or filler has: no regex to run.
    chars = settings.date_chars
    for char in text:
        if char not in chars and not (char.isspace() or char.isdecimal()):
            return False
    rest = settings.pattern.sub("", text)
    if rest == text:
        return False
    return not _NOT_WORDS.sub("", settings.fillers.sub("", rest))


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
    found = (_mention(text, m, today, settings) for m in settings.pattern.finditer(text))
    mentions = [m for m in found if not m.other_event]
    near = sorted(
        (d, i) for i, m in enumerate(mentions) if (d := _distance(text, m, settings)) is not None
    )
    if near:
        return mentions[near[0][1]].day
    return next((m.day for m in mentions if m.day), None)


def _mention(text: str, match: re.Match[str], today: date, s: _Settings) -> _Mention:
    day = _resolve(match, today, s)
    if day is not None and not 0 <= (today - day).days <= s.max_days_back:
        day = None
    return _Mention(match.start(), match.end(), day, _dates_other_event(text, match.end(), s))


def _dates_other_event(text: str, end: int, s: _Settings) -> bool:
    """Whether the clause right after a date phrase tells of another event than discovery.

    「昨日プレスリリースで公表」「3日前に調査を依頼」: the date is that event's. A clause
    that also holds a discovery word (「昨日公表前に発覚」) is the discovery's.
    """
    stop = _CLAUSE_END.search(text, end)
    clause = text[end : stop.start() if stop else len(text)]
    if any(word in clause for word in s.keywords):
        return False
    return any(word in clause for word in s.other_events)


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


# --- the file ------------------------------------------------------------------

# Negative values name days to come (明日, 来週): recognised so that they are rejected as
# future dates instead of leaving the field to another phrase.
_Days = Annotated[dict[str, int], Field(min_length=1)]


class _Weekdays(config.Schema):
    names: list[str]

    @field_validator("names")
    @classmethod
    def _seven_characters(cls, names: list[str]) -> list[str]:
        # One character each: the pattern reads them as a character class before 曜.
        if len(names) != 7 or any(len(n) != 1 for n in names):
            raise ValueError("must be 7 single characters")
        return names


class _Numerals(config.Schema):
    digits: str
    ten: str

    # A length constraint would be reported as "must be a non-empty string".
    @field_validator("digits")
    @classmethod
    def _ten_digits(cls, digits: str) -> str:
        if len(digits) != 10:
            raise ValueError("must be 10 characters")
        return digits

    @field_validator("ten")
    @classmethod
    def _one_character(cls, ten: str) -> str:
        if len(ten) != 1:
            raise ValueError("must be 1 character")
        return ten


class _Discovery(config.Schema):
    keywords: NonEmptyWords
    other_events: NonEmptyWords
    window: NonNegativeInt
    date_fillers: NonEmptyWords


class _Limits(config.Schema):
    max_days_back: NonNegativeInt
    yearless_previous_year_max_days: NonNegativeInt


class DatesFile(config.Schema):
    """`nlu_dates.toml`."""

    relative_days: _Days
    weeks: _Days
    ago_units: Annotated[dict[str, NonNegativeInt], Field(min_length=1)]
    weekdays: _Weekdays
    numerals: _Numerals
    discovery: _Discovery
    limits: _Limits


@cache
def _settings() -> _Settings:
    return parse_settings(config.read(FILE))


def parse_settings(data: Mapping[str, Any]) -> _Settings:
    """Check the parsed `nlu_dates.toml` and compile its phrases into one pattern.

    Raises:
        ConfigError: An unknown or missing key, or a mistyped value.
    """
    file = config.validate(data, DatesFile, FILE)
    names = file.weekdays.names
    digits, ten = file.numerals.digits, file.numerals.ten
    words = [*file.relative_days, *file.weeks, *file.ago_units, *file.discovery.date_fillers]
    return _Settings(
        relative_days=file.relative_days,
        weeks=file.weeks,
        ago_units=file.ago_units,
        weekdays=tuple(names),
        digits=digits,
        ten=ten,
        keywords=tuple(file.discovery.keywords),
        other_events=tuple(file.discovery.other_events),
        window=file.discovery.window,
        max_days_back=file.limits.max_days_back,
        yearless_previous_year_max_days=file.limits.yearless_previous_year_max_days,
        pattern=_pattern(file.relative_days, file.weeks, file.ago_units, names, digits + ten),
        # Longest first, so 「でした」 goes before its 「で」.
        fillers=re.compile(
            "|".join(map(re.escape, sorted(file.discovery.date_fillers, key=len, reverse=True)))
            + r"|[0-9]+"
        ),
        date_chars=frozenset(
            "".join(words) + "".join(names) + digits + ten + _PATTERN_MARKS + _NOT_WORD_MARKS
        ),
    )


def _pattern(
    relative_days: Mapping[str, int],
    weeks: Mapping[str, int],
    ago_units: Mapping[str, int],
    weekdays: list[str],
    numerals: str,
) -> re.Pattern[str]:
    # Alternatives are tried left to right at each position: a full date before
    # its month-day tail, 「11月3日」 before 「3日前」's digits.
    return re.compile(
        r"(?<!\d)(?P<year>\d{4})\s*(?:年\s*|[/.-])(?P<ymonth>\d{1,2})\s*(?:月\s*|[/.-])"
        r"(?P<yday>\d{1,2})(?!\d)"
        r"|(?<!\d)(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日"
        r"|(?<![\d/])(?P<smonth>\d{1,2})/(?P<sday>\d{1,2})(?![\d/])"
        rf"|(?P<count>\d+|[{re.escape(numerals)}]+)\s*(?P<unit>{alternation(ago_units)})"
        rf"|(?:(?P<week>{alternation(weeks)})\s*の?\s*)?(?P<weekday>[{''.join(weekdays)}])曜"
        rf"|(?P<word>{alternation(relative_days)})"
    )
