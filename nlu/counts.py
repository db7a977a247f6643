"""Counts of things (2,000件, 顧客情報2000名分, 約3千人), and the numerals they are written in.

`nlu.amounts` builds on the numerals and approximation words here; this module
knows nothing of money.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from fractions import Fraction
from types import MappingProxyType
from typing import Annotated, Any, Final, Literal

from pydantic import Field, PositiveInt

import config
from config.types import NonEmptyWords, Word
from nlu.patterns import alternation

FILE: Final = "nlu_counts.toml"

Kind = Literal["individuals", "corporations", "devices", "other"]

_DIGITS: Final = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0}
_SMALL_UNITS: Final = {"十": 10, "百": 100, "千": 1000}
_BIG_UNITS: Final = {"万": 10**4, "億": 10**8, "兆": 10**12}
_START = "0-9〇零一二三四五六七八九十百千"
_CONT = _START + "万億兆,."
# A numeral is a maximal run: it starts with a digit or 十百千 (never with 万,
# so 万一 holds no number) and is not glued to another digit. The length bound
# keeps a 40,000-digit message a linear scan; no real numeral is that long.
_NUMERAL = re.compile(rf"(?<![{_START}万億兆])[{_START}][{_CONT}]{{0,39}}(?![{_CONT}])")
# How far before a price its group word may start (「法人のお客様には」).
_GROUP_WINDOW = 12
# How far before a count the lower end of its range may start (「1,000人〜」).
_RANGE_WINDOW = 16
_PART = re.compile(r"([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(\.[0-9]+)?|(.)")


@dataclass(frozen=True, slots=True)
class Numeral:
    """A number as written (2,000 / 二千 / 1億2千万 / 1.5), with its exact value.

    Attributes:
        text: The numeral as written.
        start: Offset of the numeral in the text.
        end: Offset just past it.
        value: Exact value; a `Fraction` only when written with a decimal point.
        scale: What its trailing unit characters multiply by (300万 → 10,000,
            3千万 → 10,000,000, 2000 → 1): a range's bare lower end (200〜300万円)
            takes the upper end's scale.
    """

    text: str
    start: int
    end: int
    value: int | Fraction
    scale: int


@dataclass(frozen=True, slots=True)
class Count:
    """A number of things: 2,000件, 約3千人, 取引先5社, PC3台.

    Attributes:
        value: How many.
        unit: The counter as written in `config/nlu_counts.toml` (件, 名, 人, 社 …).
        kind: What the counter counts, from the same file.
        start: Offset of the count (including 約 and the like) in the text.
        end: Offset just past it (including 分, 程度 and the like).
        approximate: Said with 約, 程度, くらい ….
        text: `text[start:end]`.
    """

    value: int
    unit: str
    kind: Kind
    start: int
    end: int
    approximate: bool
    text: str


@dataclass(frozen=True, slots=True)
class _Config:
    counters: Mapping[str, Kind]
    latin_scales: Mapping[str, int]
    counter_after: re.Pattern[str]
    ordinal_before: tuple[str, ...]
    ordinal_after: tuple[str, ...]
    vague_before: tuple[str, ...]
    idioms: tuple[str, ...]
    hesitation: re.Pattern[str]
    approx_before: tuple[str, ...]
    approx_after: re.Pattern[str]
    group_before: re.Pattern[str]
    group_label: re.Pattern[str]
    group_after: re.Pattern[str]
    item_end: re.Pattern[str]
    range_before: re.Pattern[str]
    range_after: re.Pattern[str]
    max_count: int
    count_nouns: Mapping[str, str]
    count_noun: re.Pattern[str]
    count_noun_end: re.Pattern[str]


def find_counts(text: str) -> list[Count]:
    """Find every count of things in a normalised text.

    A count is a numeral followed by a counter of `config/nlu_counts.toml`.
    Ordinals (第3社, 3台目), vague numbers (数千人), idioms (一社研修) and numerals above
    `max_count` are not counts. A count inside an amount phrase (the 1件 of
    「1件あたり500円」) is still returned: compare spans with `nlu.amounts`.

    Args:
        text: Output of `nlu.normalize.normalize`.

    Returns:
        The counts in text order.
    """
    cfg = _config()
    found: list[Count] = []
    for numeral in find_numerals(text):
        match = cfg.counter_after.match(text, numeral.end)
        scale = cfg.latin_scales.get(text[numeral.end : numeral.end + 1])
        if match is None and scale is not None:
            # 「12k rows」「2.5k件」: the number times its scale letter, then the counter.
            match = cfg.counter_after.match(text, numeral.end + 1)
            scaled = numeral.value * scale
            if match is not None:
                value = int(scaled) if scaled == int(scaled) else scaled
                numeral = replace(numeral, value=value, end=numeral.end + 1)
        if match is None:
            grouped = _group_count(text, numeral, cfg) or _named_count(text, numeral, cfg)
            if grouped is not None:
                found.append(grouped)
            continue
        if is_vague(text, numeral) or _in_idiom(text, numeral, cfg.idioms):
            continue
        if text.endswith(cfg.ordinal_before, 0, numeral.start):
            continue
        if text.startswith(cfg.ordinal_after, match.end("counter")):
            continue
        if _in_range(text, numeral, match.end(), cfg):
            continue
        value = numeral.value
        if not isinstance(value, int) or value > cfg.max_count:
            continue
        start, end = widen_approximate(text, numeral.start, match.end())
        unit = match.group("counter")
        approximate = (start, end) != (numeral.start, match.end())
        found.append(
            Count(value, unit, cfg.counters[unit], start, end, approximate, text[start:end])
        )
    return found


def _in_range(text: str, numeral: Numeral, end: int, cfg: _Config) -> bool:
    """「100〜150人」「3人から5人」: either end of a range of counts, which is not one number."""
    lo = max(0, numeral.start - _RANGE_WINDOW)
    return (
        cfg.range_before.search(text, lo, numeral.start) is not None
        or cfg.range_after.match(text, end) is not None
    )


def _in_idiom(text: str, numeral: Numeral, idioms: tuple[str, ...]) -> bool:
    """Whether the numeral is part of an idiom (一社研修, the second 1人 of 1人1人)."""
    for idiom in idioms:
        at = text.find(idiom, max(0, numeral.start - len(idiom) + 1), numeral.end + len(idiom))
        if at != -1 and at <= numeral.start < at + len(idiom):
            return True
    return False


def _group_count(text: str, numeral: Numeral, cfg: _Config) -> Count | None:
    """「個人 780, 法人 3」「113の個人と93法人」: a number the name of its group goes with."""
    value = numeral.value
    if not isinstance(value, int) or not 0 < value <= cfg.max_count or is_vague(text, numeral):
        return None
    if text.endswith(cfg.ordinal_before, 0, numeral.start):
        return None
    label = cfg.group_label.search(text, max(0, numeral.start - _GROUP_WINDOW), numeral.start)
    if label is not None and cfg.item_end.match(text, numeral.end):
        start, end = numeral.start, numeral.end
    else:
        label = cfg.group_after.match(text, numeral.end)
        if label is None:
            return None
        start, end = numeral.start, label.end()
    kind: Kind = "individuals" if label.group("individuals") else "corporations"
    unit = label.group(kind)
    return Count(value, unit, kind, start, end, False, text[start:end])


def _named_count(text: str, numeral: Numeral, cfg: _Config) -> Count | None:
    """「件数は約5千。」「人数：120」: a number after a word for how many (件数, 人数), with no
    counter of its own, standing alone; counted by the counter the word names."""
    value = numeral.value
    if not isinstance(value, int) or not 0 < value <= cfg.max_count or is_vague(text, numeral):
        return None
    start, end = widen_approximate(text, numeral.start, numeral.end)
    named = cfg.count_noun.search(text, max(0, start - _GROUP_WINDOW), start)
    if named is None or cfg.count_noun_end.match(text, end) is None:
        return None
    unit = cfg.count_nouns[named.group("noun")]
    approximate = (start, end) != (numeral.start, numeral.end)
    return Count(value, unit, cfg.counters[unit], start, end, approximate, text[start:end])


def find_numerals(text: str) -> list[Numeral]:
    """Find every numeral (arabic, kanji or mixed) in a normalised text.

    Args:
        text: Output of `nlu.normalize.normalize`.

    Returns:
        The numerals in text order; runs that are not a well-formed numeral
        (1,2,3 / 192.168.0.1 / 二三百) and placeholders (〇〇万) are left out.
    """
    return list(_numerals(text))


# The amounts, the counts and the shorthand proposals each read every numeral of the
# message: found once per text. Numerals are frozen; each caller gets its own list.
@functools.lru_cache(maxsize=8)
def _numerals(text: str) -> tuple[Numeral, ...]:
    found: list[Numeral] = []
    for match in _NUMERAL.finditer(text):
        written = match.group().rstrip(",.")
        start = match.start()
        label = _QA_LABEL.match(written) if _after_qa_mark(text, start) else None
        if label is not None:
            # 「A2.32,118名様です」「Q3.2019年4月以降」: the Q&A's item number and its
            # period (NFKC made ． a .), then the number; no decimal.
            written, start = written[label.end() :], start + label.end()
        value = _value(written)
        # 〇〇万円 is a template's blank, not zero.
        if value is None or (value == 0 and written[0] in "〇零"):
            continue
        found.append(Numeral(written, start, start + len(written), value, _scale(written)))
    return tuple(found)


# A Q&A item's number and period before the number it opens (「A2.」 of 「A2.32,118名様」).
_QA_LABEL = re.compile(r"[0-9]{1,2}\.(?=[0-9])")
# The marks of a Q&A's items, as NFKC leaves them, not right after another letter (「ver」).
_QA_MARKS = frozenset("QA")


def _after_qa_mark(text: str, start: int) -> bool:
    """Whether the numeral at `start` follows a Q&A mark (「A2.」, 「Q3.」) standing alone."""
    if start == 0 or text[start - 1] not in _QA_MARKS:
        return False
    return start == 1 or not text[start - 2].isascii() or not text[start - 2].isalpha()


def parse_numeral(written: str) -> int | None:
    """Return the integer a numeral stands for, or None if it is not one.

    Args:
        written: E.g. "3,000万", "１億２０００万" after NFKC, "一千五百万", "1.5億".

    Returns:
        The exact value (never via float), or None for malformed or fractional
        numerals ("1,2", "十百", "1.5").
    """
    value = _value(written) if written else None
    return value if isinstance(value, int) else None


def is_vague(text: str, numeral: Numeral) -> bool:
    """Tell whether `numeral` is the tail of a vague number (数千, 何百万)."""
    return numeral.text[0] in _SMALL_UNITS and text.endswith(
        _config().vague_before, 0, numeral.start
    )


def widen_approximate(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen the span of a number to the approximation words around it (約, 程度 …).

    Returns:
        The widened span; it differs from (start, end) iff the number is approximate.
    """
    cfg = _config()
    for word in cfg.approx_before:
        at = start - 1 if text.endswith(" ", 0, start) else start
        if text.endswith(word, 0, at):
            start = at - len(word)
            break
    match = cfg.approx_after.match(text, end)
    return start, match.end() if match else end


def group_before(text: str, start: int) -> Kind | None:
    """The group of victims named right before offset `start` (「法人には」→ corporations).

    「個人には500円、法人には5万円ずつ」: the word that says whom a price or count is for.
    """
    match = _config().group_before.search(text, max(0, start - _GROUP_WINDOW), start)
    if match is None:
        return None
    return "individuals" if match.group("individuals") else "corporations"


def past_hesitation(text: str, end: int) -> int:
    """Where the words after a count start, past the marks of a speaker hesitating
    (「約3万人…じゃなくて」): what takes the count back may follow them."""
    match = _config().hesitation.match(text, end)
    return match.end() if match else end


def counter_kinds() -> Mapping[str, Kind]:
    """Return each counter of `config/nlu_counts.toml` with what it counts."""
    return _config().counters


def _value(written: str) -> int | Fraction | None:
    """Exact value of a numeral run; None when the run is not one numeral."""
    total: int | Fraction = 0
    section: int | Fraction = 0  # the part below the last big unit (万, 億, 兆)
    pending: int | Fraction | None = None  # digits not yet multiplied by a unit
    kanji_digits = 0
    last_small, last_big = 10**4, 10**13  # units must come in decreasing order
    pos = 0
    for part in _PART.finditer(written):
        if part.start() != pos:
            return None
        pos = part.end()
        char = part.group(3)
        if char is None:
            if pending is not None:
                return None  # 1五 or 1 2
            digits, fraction = part.group(1).replace(",", ""), part.group(2)
            pending = Fraction(digits + fraction) if fraction else int(digits)
        elif char in _DIGITS:
            if pending is not None and not kanji_digits:
                return None
            pending = (pending or 0) * 10 + _DIGITS[char]  # 二〇二三 is positional
            kanji_digits += 1
        elif char in _SMALL_UNITS:
            unit = _SMALL_UNITS[char]
            if unit >= last_small or kanji_digits > 1:
                return None  # 十百, 二三百
            section += (1 if pending is None else pending) * unit
            pending, kanji_digits, last_small = None, 0, unit
        elif char in _BIG_UNITS:
            unit = _BIG_UNITS[char]
            below = section + (pending or 0)
            if unit >= last_big or (pending is None and not section):
                return None  # 億万, 万万
            total += below * unit
            section, pending, kanji_digits = 0, None, 0
            last_small, last_big = 10**4, unit
        else:
            return None
    total += section + (pending or 0)
    if isinstance(total, Fraction) and total.denominator == 1:
        return int(total)
    return total


def _scale(written: str) -> int:
    scale = 1
    for char in reversed(written):
        unit = _SMALL_UNITS.get(char) or _BIG_UNITS.get(char)
        if unit is None:
            break
        scale *= unit
    return scale


class _Syntax(config.Schema):
    latin_scales: Annotated[dict[Word, PositiveInt], Field(min_length=1)]
    counter_suffixes: NonEmptyWords
    ordinal_before: NonEmptyWords
    ordinal_after: NonEmptyWords
    vague_before: NonEmptyWords
    hesitations: NonEmptyWords
    idioms: NonEmptyWords


class _Approximate(config.Schema):
    before: NonEmptyWords
    after: NonEmptyWords


class _Ranges(config.Schema):
    separators: NonEmptyWords


class _Limits(config.Schema):
    max_count: PositiveInt


class _CountNouns(config.Schema):
    nouns: Annotated[dict[Word, Word], Field(min_length=1)]
    particles: NonEmptyWords
    ends: NonEmptyWords


class _Groups(config.Schema):
    individuals: NonEmptyWords
    corporations: NonEmptyWords
    particles: NonEmptyWords
    item_ends: NonEmptyWords


class CountsFile(config.Schema):
    """`nlu_counts.toml`."""

    counters: Annotated[dict[Word, Kind], Field(min_length=1)]
    syntax: _Syntax
    approximate: _Approximate
    groups: _Groups
    ranges: _Ranges
    limits: _Limits
    count_nouns: _CountNouns


@functools.cache
def _config() -> _Config:
    return parse_counts(config.read(FILE))


def parse_counts(data: Mapping[str, Any]) -> _Config:
    """Check and compile a parsed `nlu_counts.toml`.

    Raises:
        ConfigError: An unknown or missing key, or a mistyped value.
    """
    file = config.validate(data, CountsFile, FILE)
    syntax, approx = file.syntax, file.approximate
    groups = (
        rf"(?:(?P<individuals>{alternation(file.groups.individuals)})"
        rf"|(?P<corporations>{alternation(file.groups.corporations)}))"
    )
    return _Config(
        counters=MappingProxyType(dict(file.counters)),
        latin_scales=MappingProxyType(dict(syntax.latin_scales)),
        counter_after=re.compile(
            rf" ?(?P<counter>{alternation(file.counters)})"
            rf"(?:{alternation(syntax.counter_suffixes)}"
            # 「作業員 計96名 分」: 分 typed apart is still the count's, unless it starts a word
            # (「3人 分かれて」「5件 分析中」).
            rf"| (?:{alternation(syntax.counter_suffixes)})(?![一-龥々かけ]))?"
        ),
        ordinal_before=tuple(syntax.ordinal_before),
        ordinal_after=tuple(syntax.ordinal_after),
        vague_before=tuple(syntax.vague_before),
        idioms=tuple(syntax.idioms),
        hesitation=re.compile(rf"(?:\s|{alternation(syntax.hesitations)})*"),
        approx_before=_longest_first(tuple(approx.before)),
        approx_after=re.compile(rf" ?(?:{alternation(approx.after)})"),
        group_before=re.compile(rf"{groups}(?:{alternation(file.groups.particles)})? ?$"),
        # 「対象：個人 780, 法人 3」: a label and its number in a list.
        group_label=re.compile(rf"{groups} ?:? ?$"),
        # 「113の個人と93法人」
        # 「113の個人と93法人」; the group word ends there (「59のクライアントPC」 are machines).
        group_after=re.compile(rf"の{groups}(?![A-Za-z0-9ァ-ヶー端])"),
        item_end=re.compile(rf" ?(?:$|\n|(?:{alternation(file.groups.item_ends)})(?![0-9]))"),
        range_before=re.compile(
            rf"[{_START}][{_CONT}]*(?: ?(?:{alternation(file.counters)}))? ?"
            rf"(?:{alternation(file.ranges.separators)}) ?$"
        ),
        range_after=re.compile(rf" ?(?:{alternation(file.ranges.separators)}) ?[{_START}]"),
        max_count=file.limits.max_count,
        count_nouns=MappingProxyType(dict(file.count_nouns.nouns)),
        count_noun=re.compile(
            rf"(?P<noun>{alternation(file.count_nouns.nouns)})"
            rf"(?:{alternation(file.count_nouns.particles)})? ?$"
        ),
        count_noun_end=re.compile(rf"(?:$|\s|{alternation(file.count_nouns.ends)})"),
    )


def _longest_first(words: tuple[str, ...]) -> tuple[str, ...]:
    # Regex alternation takes the first match, not the longest: 法人 before 人.
    return tuple(sorted(words, key=len, reverse=True))
