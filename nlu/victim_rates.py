"""Persons counted per item: 「約200枚で、1枚1名分です」 is 200 persons, 「3家庭あての封筒に…
1名分ずつ同封」 is 3; the rate's one is no count of its own. Words in
`config/nlu_victim_rates.toml`."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Final, NamedTuple

from pydantic import PositiveInt

import config
from config.types import NonEmptyWords
from nlu.counts import Count
from nlu.doc import Doc
from nlu.lexicon import Lexicon

FILE: Final = "nlu_victim_rates.toml"
_SPACES: Final = re.compile(r"\s+")
# What may stand between a number and the に that makes its items the receivers
# (「3家庭あての封筒に」): nouns, suffixes, の.
_RECEIVER_POS: Final = frozenset({"名詞", "接尾辞", "接頭辞"})


class RatesFile(config.Schema):
    """`config/nlu_victim_rates.toml`."""

    rate_links: NonEmptyWords
    each: NonEmptyWords
    receiver_reach: PositiveInt


@cache
def _file() -> RatesFile:
    return config.load(FILE, RatesFile)


class Rate(NamedTuple):
    """Indexes into the counts: the items (「約200枚」), the item's one (「1枚」) and the rate
    (「1名分」), or the person's one (「一人」) and the items each has (「1枚」); and the
    number of persons the items make."""

    items: int
    unit: int
    rate: int
    persons: int


def per_item_rates(doc: Doc, counts: Sequence[Count], lex: Lexicon) -> list[Rate]:
    """「約200枚で、1枚1名分です」: a count of persons right after one item, with the items
    counted before it by the same counter; 「約260枚、一人1枚です」: the items one person has,
    right after one person, which divide those items into persons."""
    links = frozenset(_file().rate_links)
    found = []
    for r in range(1, len(counts)):
        second, first = counts[r], counts[r - 1]
        if first.value != 1 or not _linked(doc, first, second, links):
            continue
        if second.kind == "individuals" and first.unit in lex.item_units:
            unit, rate = r - 1, r  # 「1枚1名分」
        elif first.kind == "individuals" and second.unit in lex.item_units:
            unit, rate = r, r - 1  # 「一人1枚」
        else:
            continue
        items = next((i for i in range(r - 2, -1, -1) if counts[i].unit == counts[unit].unit), None)
        if items is None or counts[items].value <= 1:
            continue
        persons = _persons(counts[items].value, counts[unit].value, counts[rate].value)
        if persons is not None:
            found.append(Rate(items, unit, rate, persons))
    return found


def _linked(doc: Doc, first: Count, second: Count, links: frozenset[str]) -> bool:
    between = _SPACES.sub("", doc.text[first.end : second.start])
    return not between or between in links


def _persons(items: int, per_unit: int, per_rate: int) -> int | None:
    """Persons in `items`, when `per_unit` items hold `per_rate` persons; None when the items
    do not divide evenly (「一人2枚」 of 「261枚」)."""
    persons, left = divmod(items * per_rate, per_unit)
    return None if left else persons


def one_each(doc: Doc, count: Count) -> int | None:
    """「3家庭あての封筒に、別の園児の健康記録票が1名分ずつ同封」: one person's data to each
    of the receivers numbered before it in its sentence; their number, or None."""
    file = _file()
    if count.kind != "individuals" or count.value != 1 or not count.text.endswith("分"):
        return None
    after = doc.token_at(count.end - 1) + 1
    if after >= len(doc.tokens) or doc.tokens[after].surface not in file.each:
        return None
    token = doc.token_at(count.start)
    first, _ = doc.sentence_span(token)
    tokens = doc.tokens
    for i in range(token - 1, first - 1, -1):
        if tokens[i].pos2 != "数詞" or not tokens[i].surface.isdigit():
            continue
        for k in range(i + 1, min(token, i + 1 + file.receiver_reach)):
            if tokens[k].surface == "に" and tokens[k].pos1 == "助詞":
                value = int(tokens[i].surface)
                return value if value > 1 else None
            if not (tokens[k].pos1 in _RECEIVER_POS or tokens[k].surface == "の"):
                break
        return None  # the nearest number is not the receivers'
    return None
