"""A monthly rate said with its number of months: 「月100万で3か月」 is 300万円."""

from __future__ import annotations

import re
from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from nlu.counts import find_numerals

FILE: Final = "nlu_cost_months.toml"
_SENTENCE_END = re.compile(r"[。!?\n]")
# 「費用は月100万」: the bare 月 after a particle or a mark; not after the counter of
# 「3か月で600万」 (a period's total) nor a digit or kanji (「12月」「今月」).
_AFTER_BARE: Final = re.compile(r"(?:^|[ぁ-ん、,。:\s(])(?<![かヶカケヵ])$")
_DIGIT_BEFORE: Final = re.compile(r"[0-9０-９一二三四五六七八九十]$")


class MonthsFile(config.Schema):
    """`config/nlu_cost_months.toml`."""

    rate_words: NonEmptyWords
    bare_month: str
    between: list[str]
    month_counters: NonEmptyWords
    not_period_after: NonEmptyWords


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    file = config.load(FILE, MonthsFile)
    between = _alternation([w for w in file.between if w])
    rate = re.compile(rf"(?P<word>{_alternation(file.rate_words)})(?:{between})?$")
    bare = re.compile(rf"(?P<word>{re.escape(file.bare_month)})(?:{between})?$")
    months = re.compile(
        rf" ?(?:{_alternation(file.month_counters)})(?!{_alternation(file.not_period_after)})"
    )
    return rate, bare, months


def monthly_rate(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The start of the rate word before the amount at text[start:end] and the number of
    months its sentence gives, when the amount is a rate per month and the sentence gives
    exactly one period of more than one month; None otherwise."""
    rate, bare, months = _patterns()
    head = text[max(0, start - 12) : start]
    found = rate.search(head)
    at = None if found is None else start - len(head) + found.start("word")
    if at is not None and _DIGIT_BEFORE.search(text[:at]):
        at = None  # 「11か月」 is no rate word
    if at is None and (plain := bare.search(head)) is not None:
        word_at = start - len(head) + plain.start("word")
        if _AFTER_BARE.search(text[:word_at]):
            at = word_at
    if at is None:
        return None
    lo = max((m.end() for m in _SENTENCE_END.finditer(text, 0, at)), default=0)
    stop = _SENTENCE_END.search(text, end)
    hi = stop.start() if stop else len(text)
    periods = {
        n.value
        for n in find_numerals(text[lo:hi])
        if isinstance(n.value, int)
        and n.value > 1
        and not (at <= lo + n.start < end)
        and months.match(text, lo + n.end)
    }
    return (at, periods.pop()) if len(periods) == 1 else None
