"""A rate per period said with its number of periods: 「月100万で3か月」 is 300万円,
「1日5万円で10日間」 50万円, 「1時間2万円で5時間」 10万円."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Final

from pydantic import PositiveInt

import config
from config.types import NonEmptyWords
from nlu.counts import find_numerals

FILE: Final = "nlu_cost_periods.toml"
_SENTENCE_END = re.compile(r"[。!?\n]")
# 「費用は月100万」: a bare word after a particle or a mark; not after the counter of
# 「3か月で600万」 (a period's total) nor a digit or kanji (「12月」「今月」).
_AFTER_BARE: Final = re.compile(r"(?:^|[ぁ-ん、,。:\s(])(?<![かヶカケヵ])$")
_DIGIT_BEFORE: Final = re.compile(r"[0-9０-９一二三四五六七八九十]$")


class _Period(config.Schema):
    rate_words: NonEmptyWords
    counters: NonEmptyWords
    not_period_after: NonEmptyWords
    bare_word: str | None = None
    not_after: NonEmptyWords | None = None
    # A longer span counted in these periods: 「1年契約」 is 12 months.
    spans: dict[str, PositiveInt] | None = None


class PeriodsFile(config.Schema):
    """`config/nlu_cost_periods.toml`."""

    between: list[str]
    periods: dict[str, _Period]


@dataclass(frozen=True)
class _Patterns:
    """One period's words, compiled."""

    rate: re.Pattern[str]
    bare: re.Pattern[str] | None
    counted: re.Pattern[str]
    not_after: tuple[str, ...]
    spans: tuple[tuple[str, int], ...]
    """Each longer span's counter and how many periods it holds, longest first."""


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _patterns() -> tuple[_Patterns, ...]:
    file = config.load(FILE, PeriodsFile)
    between = _alternation([w for w in file.between if w])
    return tuple(
        _Patterns(
            rate=re.compile(rf"(?P<word>{_alternation(period.rate_words)})(?:{between})?$"),
            bare=None
            if period.bare_word is None
            else re.compile(rf"(?P<word>{re.escape(period.bare_word)})(?:{between})?$"),
            counted=re.compile(
                rf" ?(?:{_alternation(period.counters)})"
                rf"(?!{_alternation(period.not_period_after)})"
            ),
            not_after=tuple(period.not_after or ()),
            spans=tuple(
                sorted((period.spans or {}).items(), key=lambda span: len(span[0]), reverse=True)
            ),
        )
        for period in file.periods.values()
    )


def period_rate(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The start of the rate word before the amount at text[start:end] and the number of
    periods its sentence gives, when the amount is a rate per month, day or hour and the
    sentence gives exactly one number of more than one such period; None otherwise."""
    head = text[max(0, start - 12) : start]
    for period in _patterns():
        at = _rate_word(text, start, head, period)
        if at is not None:
            return _periods(text, at, end, period)
    return None


def _rate_word(text: str, start: int, head: str, period: _Patterns) -> int | None:
    found = period.rate.search(head)
    at = None if found is None else start - len(head) + found.start("word")
    if at is not None and (
        _DIGIT_BEFORE.search(text[:at]) or text.endswith(period.not_after, 0, at)
    ):
        at = None  # 「11か月」 is no rate word, nor 「4月1日」
    if at is None and period.bare is not None and (plain := period.bare.search(head)):
        word_at = start - len(head) + plain.start("word")
        if _AFTER_BARE.search(text[:word_at]):
            at = word_at
    return at


def _periods(text: str, at: int, end: int, period: _Patterns) -> tuple[int, int] | None:
    lo = max((m.end() for m in _SENTENCE_END.finditer(text, 0, at)), default=0)
    stop = _SENTENCE_END.search(text, end)
    hi = stop.start() if stop else len(text)
    found = set()
    for n in find_numerals(text[lo:hi]):
        if not isinstance(n.value, int) or at <= lo + n.start < end:
            continue
        periods = n.value * _span(text, lo + n.end, period)
        if periods > 1:
            found.add(periods)
    return (at, found.pop()) if len(found) == 1 else None


def _span(text: str, after: int, period: _Patterns) -> int:
    """How many periods the number ending at `after` counts: 1 a period (「3か月」), the
    span's periods for a longer one (「1年契約」: 12), 0 for no period."""
    if period.counted.match(text, after):
        return 1
    rest = text[after : after + 8].lstrip(" ")
    return next((size for counter, size in period.spans if rest.startswith(counter)), 0)
