"""Money amounts in a normalised text: 100万円, 1億2千万円, 約300万円, 200〜300万円.

A regex over the normalised text and the exact numeral converter of
`nlu.counts`, rather than fugashi: UniDic splits 1,500,000円 into six tokens,
while the normalised string already has one canonical form.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from fractions import Fraction
from typing import Final

from nlu import counts
from nlu.amount_words import AmountWords, amount_words
from nlu.cost_periods import period_rate
from nlu.counts import Count, Numeral, find_counts, find_numerals, is_vague, widen_approximate

_BIG_UNITS: Final = {"万": 10**4, "億": 10**8, "兆": 10**12}
_SMALL_UNITS: Final = {"十": 10, "百": 100, "千": 1000}
_YEN_AFTER = re.compile(r" ?円")
# Thousands written with separators (1,200,000): only yen are written so without 円.
# How far before a number written in full its word for money may start (「調査費（原因・範囲）」).
_HEADING_REACH = 24
_GROUPED = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+")
_SENTENCE_END = re.compile(r"[。!?\n]")
# 数百万円, 何千万円, 十数万円, 二十数万: the optional head is the tens before 数.
_VAGUE = re.compile(
    r"(?<![0-9〇零一二三四五六七八九十百千万億兆])(?:[一二三四五六七八九]?十|[1-9]0)?"
    r"[数何幾](?P<small>[十百千])?(?P<big>[万億兆])?(?P<yen> ?円)?"
)


@dataclass(frozen=True, slots=True)
class Amount:
    """A sum of money, in integer yen.

    Attributes:
        yen: The amount; for a range, its upper end; for a price per unit
            whose number of units is known (1台につき100万円で3台), the product.
        start: Offset of the phrase in the text (including 約, 各, 1台につき, 3台×).
        end: Offset just past it (including 程度, ずつ, ×3台).
        text: `text[start:end]`.
        approximate: Said with 約, 程度, くらい, ほど, 前後, およそ, 概算 ….
        range_low: The lower end of a range (200〜300万円 → 2,000,000), times
            `units` when there are units; else None.
        per_unit: The price per thing when the phrase gives one, else None.
        units: The number of things `per_unit` was multiplied by; None when the
            sentence does not say (then `yen` == `per_unit`).
    """

    yen: int
    start: int
    end: int
    text: str
    approximate: bool = False
    range_low: int | None = None
    per_unit: int | None = None
    units: int | None = None


@dataclass(frozen=True, slots=True)
class VagueAmount:
    """An order of magnitude said instead of an amount (数百万円, 十数万円).

    Attributes:
        start: Offset in the text.
        end: Offset just past it.
        text: `text[start:end]`.
        magnitude: Place value of the vague digit, in yen (数百万円 → 1,000,000,
            数十万円 → 100,000, 十数万円 → 10,000).
    """

    start: int
    end: int
    text: str
    magnitude: int


@dataclass(slots=True)
class _Phrase:
    """An amount being read: its span grows as a range, 約 or units attach."""

    yen: int
    start: int
    end: int
    approximate: bool = False
    range_low: int | None = None
    per_unit: bool = False
    units: int | None = None
    counter: str | None = None  # 台 of 「1台につき」: the units must be 台 too


def find_amounts(text: str) -> list[Amount]:
    """The amounts of money in `text`; see `amounts_and_oversized`."""
    return amounts_and_oversized(text)[0]


def amounts_and_oversized(text: str) -> tuple[list[Amount], list[str]]:
    """Find every amount of money in a normalised text.

    A numeral is money when 円 follows or ¥ precedes it, or when it ends in
    万/億/兆 and no counter or other unit follows (50万 is money, 3万人 is not).
    Vague amounts (数百万円) are never returned here: ask `find_vague_amounts`.
    Neither are amounts above `max_yen` of `config/nlu_amounts.toml`.

    A price per thing (1台につき, 1件あたり, 各, ずつ, ×) is multiplied by the
    number of things when the phrase has it (3台×100万円) or when its sentence
    holds exactly one matching count (PC3台、各100万円); otherwise `units` is None.

    Args:
        text: Output of `nlu.normalize.normalize`.

    Returns:
        The amounts in text order, and the words of those above `max_yen`, which the
        bot says it did not take rather than ignore in silence.
    """
    cfg = amount_words()
    written = text
    text = _plain_numerals(text, cfg)
    numerals = find_numerals(text)
    # 「（単位：千円）」: the table's unit, and the span that says it (no amount of its own).
    unit = cfg.table_unit.search(text)
    scale = cfg.table_units[unit.group("unit")] if unit else 1
    if unit is not None:
        numerals = [n for n in numerals if not unit.start() <= n.start < unit.end()]
    phrases: list[_Phrase | None] = [None] * len(numerals)
    consumed: set[int] = set()  # numerals read as the 3 of 「×3台」
    sentences: _Sentences | None = None
    for i, numeral in enumerate(numerals):
        phrase = None if i in consumed else _money(text, numeral, cfg, scale)
        if phrase is None:
            continue
        if i and _join_range(text, phrase, numerals[i - 1], phrases[i - 1], numeral, cfg):
            phrases[i - 1] = None
        start, end = widen_approximate(text, phrase.start, phrase.end)
        phrase.approximate = (start, end) != (phrase.start, phrase.end)
        phrase.start, phrase.end = start, end
        if not _attach_times(text, phrase, i, numerals, phrases, consumed, cfg):
            _attach_per_unit(text, phrase, i, numerals, cfg)
        if not phrase.per_unit and (rated := period_rate(text, phrase.start, phrase.end)):
            # 「月100万で3か月」「1日5万円で10日間」: the rate times the periods.
            phrase.per_unit, (phrase.start, phrase.units) = True, rated
        if phrase.per_unit and phrase.units is None:
            sentences = _Sentences.of(text) if sentences is None else sentences
            phrase.units = sentences.units(text, phrase)
        phrases[i] = phrase
    amounts = [_amount(written, p) for p in phrases if p is not None]
    kept = [a for a in amounts if a.yen <= cfg.max_yen]
    return kept, [a.text for a in amounts if a.yen > cfg.max_yen]


def _plain_numerals(text: str, cfg: AmountWords) -> str:
    """`text` with the formal numerals of an amount in yen (金五拾萬円) written as the common
    kanji (五十万円), character for character, so every offset stays that of `text`."""
    if cfg.formal_run.search(text) is None:
        return text
    return cfg.formal_run.sub(lambda m: m.group().translate(cfg.formal_table), text)


def find_vague_amounts(text: str) -> list[VagueAmount]:
    """Find the orders of magnitude said instead of an amount (数百万円, 何千万円).

    Args:
        text: Output of `nlu.normalize.normalize`.

    Returns:
        The vague amounts in text order; 数千人 and 件数 are not among them.
    """
    cfg = amount_words()
    found: list[VagueAmount] = []
    for match in _VAGUE.finditer(text):
        small, big, yen = match.group("small"), match.group("big"), match.group("yen")
        if not yen and (not big or cfg.not_money_after.match(text, match.end())):
            continue
        if small or big:
            magnitude = _SMALL_UNITS.get(small or "", 1) * _BIG_UNITS.get(big or "", 1)
            found.append(VagueAmount(match.start(), match.end(), match.group(), magnitude))
    return found


def _money(text: str, numeral: Numeral, cfg: AmountWords, scale: int = 1) -> _Phrase | None:
    """Read `numeral` as money, or return None when it is not (3台, 3万人, 数百万).
    `scale`: the yen of the unit a table declared, for its figures written in full."""
    value = numeral.value
    latin = cfg.latin_scale.match(text, numeral.end)
    if latin and not is_vague(text, numeral):
        # 「1.2M」「300K円」: an agent's shorthand for 120万円 and 30万円.
        scaled = value * cfg.latin_scales[latin.group("scale")]
        if isinstance(scaled, Fraction) and scaled.denominator == 1:
            scaled = int(scaled)
        return _Phrase(scaled, numeral.start, latin.end()) if isinstance(scaled, int) else None
    if not isinstance(value, int) or is_vague(text, numeral):
        return None
    start = numeral.start
    for prefix in cfg.prefixes:
        if text.endswith(prefix, 0, start):
            start -= len(prefix)
            break
    yen = _YEN_AFTER.match(text, numeral.end)
    if yen:
        if numeral.text == "一" and _throughout(text, start, cfg):
            return None
        return _Phrase(value, start, yen.end())
    if (
        start < numeral.start
        or _price_marked(text, start, cfg)
        or (numeral.text[-1] in _BIG_UNITS and not cfg.not_money_after.match(text, numeral.end))
    ):
        return _Phrase(value, start, numeral.end)
    if (
        # In a table of a declared unit, 「復旧費 600」 is in full too.
        (_GROUPED.fullmatch(numeral.text) or (scale > 1 and numeral.text.isdigit()))
        and cfg.money_heading.search(text, max(0, numeral.start - _HEADING_REACH), numeral.start)
        and not cfg.not_money_after.match(text, numeral.end)
    ):
        # 「調査費：1,200,000」: yen in full after a word for money.
        return _Phrase(value * scale, start, numeral.end)
    return None


def _price_marked(text: str, start: int, cfg: AmountWords) -> bool:
    """「900通@110」: a unit price mark right before; not an address's @ (「user@123.jp」)."""
    mark = next((m for m in cfg.price_marks if text.endswith(m, 0, start)), None)
    if mark is None:
        return False
    before = start - len(mark) - 1
    return before < 0 or not (text[before].isascii() and text[before].isalnum())


def _throughout(text: str, start: int, cfg: AmountWords) -> bool:
    """Tell 関東一円 / 全国一円 ("throughout") from 1円: a place name, a kanji, precedes."""
    if not start or not "\u4e00" <= text[start - 1] <= "\u9fff":
        return False
    # 約一円, 各一円, 金一円, 合計一円 are money after all.
    if widen_approximate(text, start, start)[0] < start:
        return False
    return not text.endswith((*cfg.per_unit_before, *cfg.money_word_ends), 0, start)


def _join_range(
    text: str,
    phrase: _Phrase,
    low: Numeral,
    low_phrase: _Phrase | None,
    high: Numeral,
    cfg: AmountWords,
) -> bool:
    """Make `phrase` a range when a lower end and 〜/から come right before it.

    Returns:
        True when the lower end was an amount of its own, now absorbed.
    """
    low_end = low_phrase.end if low_phrase else low.end
    if low_phrase and low_phrase.per_unit:
        return False
    if not cfg.range_separator.fullmatch(text, low_end, phrase.start):
        return False
    value: int | Fraction
    if low_phrase:
        value = low_phrase.yen
    elif low.scale == 1:
        # 200〜300万円: a bare lower end takes the upper end's 万 (and 5000〜1万円,
        # where that makes no sense, is read as 1万円 alone).
        value = low.value * high.scale
    else:
        value = low.value
    if isinstance(value, Fraction) and value.denominator == 1:
        value = int(value)  # 1.5〜2億円: 1.5 × 億 is whole
    if not isinstance(value, int) or value > phrase.yen:
        return False
    phrase.range_low = value
    phrase.start = low_phrase.start if low_phrase else low.start
    return low_phrase is not None


def _attach_times(
    text: str,
    phrase: _Phrase,
    index: int,
    numerals: list[Numeral],
    phrases: list[_Phrase | None],
    consumed: set[int],
    cfg: AmountWords,
) -> bool:
    """Multiply out 「3台×100万円」「100万円×3台」, and 「5名 × 日額3万円 × 10日」 with a
    count on each side; tell whether it did."""
    units: int | None = None
    before = _numeral_before(numerals, index, phrase.start)
    if before is not None and phrases[before] is None:
        count = numerals[before]
        if isinstance(count.value, int) and cfg.times_before.fullmatch(
            text, count.end, phrase.start
        ):
            units, phrase.start = count.value, count.start
    times = cfg.times_after.match(text, phrase.end)
    after = index + 1
    if times and after < len(numerals) and numerals[after].start == times.end():
        count = numerals[after]
        if isinstance(count.value, int):
            counter = cfg.counter_after.match(text, count.end)
            units = count.value * (units or 1)
            phrase.end = counter.end() if counter else count.end
            consumed.add(after)
    if units is None:
        return False
    phrase.per_unit, phrase.units = True, units
    return True


def _attach_per_unit(
    text: str, phrase: _Phrase, index: int, numerals: list[Numeral], cfg: AmountWords
) -> None:
    """Mark 「1台につき」「各」「ずつ」 phrases; their units are looked for later."""
    before = _numeral_before(numerals, index, phrase.start)
    if before is not None and numerals[before].value == 1:
        match = cfg.per_counter.fullmatch(text, numerals[before].end, phrase.start)
        if match:
            phrase.per_unit, phrase.counter = True, match.group("counter")
            phrase.start = numerals[before].start
            return
    for word in cfg.per_unit_before:
        at = phrase.start - 1 if text.endswith(" ", 0, phrase.start) else phrase.start
        if text.endswith(word, 0, at):
            phrase.per_unit, phrase.start = True, at - len(word)
            return
    after = cfg.per_unit_after.match(text, phrase.end)
    if after:
        phrase.per_unit, phrase.end = True, after.end()


def _numeral_before(numerals: list[Numeral], index: int, start: int) -> int | None:
    """Index of the last numeral that ends at or before `start`."""
    for i in range(index - 1, -1, -1):
        if numerals[i].end <= start:
            return i
    return None


@dataclass(frozen=True, slots=True)
class _Sentences:
    """Sentence breaks and counts of one text, for finding a price's units."""

    breaks: list[int]
    counts: list[Count]
    starts: list[int]

    @classmethod
    def of(cls, text: str) -> _Sentences:
        found = find_counts(text)
        breaks = [m.start() for m in _SENTENCE_END.finditer(text)]
        return cls(breaks, found, [c.start for c in found])

    def units(self, text: str, phrase: _Phrase) -> int | None:
        """The number of things the phrase's sentence gives, when it gives exactly one."""
        before = bisect.bisect_left(self.breaks, phrase.start)
        low = self.breaks[before - 1] + 1 if before else 0
        after = bisect.bisect_left(self.breaks, phrase.end)
        high = self.breaks[after] if after < len(self.breaks) else len(text)
        kinds = counts.counter_kinds()
        first, last = (bisect.bisect_left(self.starts, at) for at in (low, high))
        # 「300名に配布 法人は各5万」: 各 after a group word is each of that group, never
        # each of another group's count in the sentence.
        group = counts.group_before(text, phrase.start) if phrase.counter is None else None
        found = [
            c.value
            for c in self.counts[first:last]
            if c.end <= high
            and (c.end <= phrase.start or c.start >= phrase.end)
            and not _marks_rate(text, c, phrase)
            and (
                phrase.counter is None
                or c.unit == phrase.counter
                or c.kind == kinds[phrase.counter] != "other"
            )
            and (group is None or c.kind == group)
        ]
        if len(found) > 1 and phrase.counter is not None:
            # 「サーバー2台、PC2台、1台あたり30万円」: two counts of the rate's things, however
            # alike, are not one number of them (`nlu.prices` reads a list of them).
            return None
        values = set(found)
        if not values and phrase.counter is not None:
            # 「端末4台を調査。…費用：1台あたり75万円」: the one count of that very counter
            # said elsewhere in the message.
            values = {
                c.value
                for c in self.counts
                if c.unit == phrase.counter
                and c.value > 1
                and (c.end <= phrase.start or c.start >= phrase.end)
            }
        return values.pop() if len(values) == 1 else None


def _marks_rate(text: str, count: Count, phrase: _Phrase) -> bool:
    """「1社5万円ずつ」: the count of one right before the price says what the price is
    each's, not how many things there are; nor does another rate's 「1台あたり」 in the
    sentence (「サーバーは1台あたり50万円、PCは1台あたり10万円」)."""
    if count.value != 1:
        return False
    if text[count.end : phrase.start].strip() == "":
        return True
    return text.startswith(amount_words().per_unit_after_counter, count.end)


def _amount(text: str, phrase: _Phrase) -> Amount:
    units = phrase.units
    if not phrase.per_unit:
        return Amount(
            phrase.yen,
            phrase.start,
            phrase.end,
            text[phrase.start : phrase.end],
            phrase.approximate,
            phrase.range_low,
        )
    factor = 1 if units is None else units
    return Amount(
        phrase.yen * factor,
        phrase.start,
        phrase.end,
        text[phrase.start : phrase.end],
        phrase.approximate,
        None if phrase.range_low is None else phrase.range_low * factor,
        phrase.yen,
        units,
    )
