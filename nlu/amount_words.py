"""The words of `config/nlu_amounts.toml`, checked and compiled for `nlu.amounts`."""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Annotated, Any, Final

from pydantic import Field, PositiveInt

import config
from config.types import NonEmptyWords, Word
from nlu import counts
from nlu.patterns import alternation

FILE: Final = "nlu_amounts.toml"


class _Money(config.Schema):
    max_yen: PositiveInt
    prefixes: NonEmptyWords
    price_marks: NonEmptyWords
    not_money_after: NonEmptyWords
    word_ends_before: NonEmptyWords
    latin_scales: Annotated[dict[Word, PositiveInt], Field(min_length=1)]
    heading_words: NonEmptyWords
    table_units: Annotated[dict[Word, PositiveInt], Field(min_length=1)]
    table_unit_marks: NonEmptyWords


class _Formal(config.Schema):
    numerals: Annotated[dict[Word, Word], Field(min_length=1)]


class _Ranges(config.Schema):
    separators: NonEmptyWords


class _PerUnit(config.Schema):
    after_counter: NonEmptyWords
    before: NonEmptyWords
    after: NonEmptyWords
    after_slash: NonEmptyWords
    times: NonEmptyWords
    rate_marks: NonEmptyWords


class _Shorthand(config.Schema):
    scale: PositiveInt
    below: PositiveInt
    between: NonEmptyWords
    ends: NonEmptyWords
    declared: NonEmptyWords
    per_victim_yen_from: PositiveInt


class AmountsFile(config.Schema):
    """`nlu_amounts.toml`."""

    money: _Money
    formal: _Formal
    ranges: _Ranges
    per_unit: _PerUnit
    shorthand: _Shorthand


@dataclass(frozen=True, slots=True)
class AmountWords:
    """The file's words, as the patterns and tuples `nlu.amounts` matches with."""

    max_yen: int
    prefixes: tuple[str, ...]
    price_marks: tuple[str, ...]
    not_money_after: re.Pattern[str]
    money_word_ends: tuple[str, ...]
    latin_scales: Mapping[str, int]
    latin_scale: re.Pattern[str]
    formal_run: re.Pattern[str]
    """A run of numerals ending in 円 that holds a formal one (金五拾萬円)."""
    formal_table: Mapping[int, str]
    money_heading: re.Pattern[str]
    table_unit: re.Pattern[str]
    table_units: Mapping[str, int]
    range_separator: re.Pattern[str]
    per_counter: re.Pattern[str]
    per_unit_before: tuple[str, ...]
    per_unit_after_counter: tuple[str, ...]
    per_unit_after: re.Pattern[str]
    times_before: re.Pattern[str]
    times_after: re.Pattern[str]
    counter_after: re.Pattern[str]
    shorthand_scale: int
    shorthand_below: int
    shorthand_label: re.Pattern[str]
    shorthand_after: re.Pattern[str]
    shorthand_declared: re.Pattern[str]
    shorthand_per_victim_from: int


@functools.cache
def amount_words() -> AmountWords:
    """The shipped file's words, compiled once per process."""
    return parse_amounts(config.read(FILE))


def parse_amounts(data: Mapping[str, Any]) -> AmountWords:
    """Check and compile a parsed `nlu_amounts.toml`.

    Raises:
        ConfigError: An unknown or missing key, or a mistyped value.
    """
    file = config.validate(data, AmountsFile, FILE)
    money, per_unit = file.money, file.per_unit
    formal = "".join(file.formal.numerals)
    plain = "〇一二三四五六七八九十百千万億兆"
    counters = alternation(counts.counter_kinds())
    times = alternation(per_unit.times)
    return AmountWords(
        max_yen=money.max_yen,
        prefixes=tuple(money.prefixes),
        price_marks=tuple(money.price_marks),
        # A katakana or Latin word right after 50万 is another unit (ドル, PV).
        not_money_after=re.compile(
            rf" ?(?:{counters}|{alternation(money.not_money_after)}|[ァ-ヺA-Za-z])"
        ),
        money_word_ends=tuple(money.word_ends_before),
        formal_run=re.compile(rf"[{plain}{formal}]*[{formal}][{plain}{formal}]* ?円"),
        formal_table=MappingProxyType(str.maketrans(dict(file.formal.numerals))),
        latin_scales=MappingProxyType(dict(money.latin_scales)),
        # 1.2M, 1.2M円; not 100Mbps, 2MB or 1.5M人.
        latin_scale=re.compile(
            rf"(?P<scale>{alternation(money.latin_scales)})(?: ?円)?"
            rf"(?![A-Za-z0-9]| ?(?:{counters}|{alternation(money.not_money_after)}))"
        ),
        # 「調査費：」「請求額は」: a word for money ends right before the number.
        # 「調査費（原因・範囲） 2,300」: a short note in brackets may follow the word.
        money_heading=re.compile(
            rf"(?:{alternation(money.heading_words)})(?: ?\([^()]{{1,12}}\))? ?[:は]? ?$"
        ),
        # 「(単位:千円)」「単位は千円」: the unit of a table's figures, said once.
        table_unit=re.compile(
            rf"(?:{alternation(money.table_unit_marks)}) ?"
            rf"(?P<unit>{alternation(money.table_units)})"
        ),
        table_units=MappingProxyType(dict(money.table_units)),
        range_separator=re.compile(rf" ?(?:{alternation(file.ranges.separators)}) ?"),
        # 「1件あたり500円」「1台につき、100万円」「1台あたりの調査費用は100万円」
        per_counter=re.compile(
            rf"(?P<counter>{counters})(?:{alternation(per_unit.after_counter)})"
            r"(?:の?[^0-9。!?\n、]{0,10}?[はがで:])? ?[、,]? ?"
        ),
        per_unit_before=tuple(per_unit.before),
        per_unit_after_counter=tuple(per_unit.after_counter),
        # 「800円/コール」, not 「500万/コールセンター」: a counter ends the word after the slash.
        per_unit_after=re.compile(
            rf" ?(?:{alternation(per_unit.after)}"
            rf"|/ ?(?:{alternation(per_unit.after_slash)})(?![ァ-ヺー\u4e00-\u9fffA-Za-z0-9]))"
        ),
        # 「5名 × 日額3万円」: a rate's own word may stand between the times and the price.
        times_before=re.compile(
            rf"(?:{counters})?分? ?(?:{times}) ?(?:{alternation(per_unit.rate_marks)})?"
        ),
        # 「QUOカード500円分×540」: a card's face value (分) times the number of cards.
        times_after=re.compile(rf"分? ?(?:{times}) ?"),
        counter_after=re.compile(rf"(?:{counters})分?"),
        shorthand_scale=file.shorthand.scale,
        shorthand_below=file.shorthand.below,
        # 「調査800」「調査費: 800」: what may stand between the cost word and the number.
        shorthand_label=re.compile(
            rf"(?:{alternation(money.heading_words)})? ?"
            rf"(?:{alternation(file.shorthand.between)})? ?"
        ),
        # Only the end of an item may follow: 「調査800／復旧120」, not 800件 or 3/2.
        shorthand_after=re.compile(
            rf" ?(?:$|\n)|(?:{alternation(file.shorthand.ends)})(?![0-9])| (?![0-9万億円])"
            rf"| ?(?:{alternation(file.shorthand.declared)})"
        ),
        # 「（万円）」 said once for a list, not right after a digit (「120万円」 is plain);
        # right after the list's last number in brackets (「調査 210（万）」) it is the list's.
        shorthand_declared=re.compile(
            rf"(?<![0-9]) ?(?:{alternation(file.shorthand.declared)})|(?<=[0-9]) ?\(万円?\)"
        ),
        shorthand_per_victim_from=file.shorthand.per_victim_yen_from,
    )
