"""A part of a cost said with its whole is inside it, not another cost.

「調査費は300万、うち前金100万は支払済み」 is one cost of 300万; the part after 「うち」 was
added to it (400万). A part that names a cost of its own (「費用は計500万、うち調査300万、
復旧200万」) is that cost, and the whole keeps only what its parts leave. An instalment
(「調査費は300万で、前金100万は支払済み」) is a part of an earlier, larger amount of its cost.
Words in `config/nlu_cost_parts.toml`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from nlu.amounts import Amount
from nlu.counts import find_counts

FILE: Final = "nlu_cost_parts.toml"
EARLIER: Final = -1
"""The whole of a part said in an earlier message (「うち100万は支払済みです」)."""


class CostPartsFile(config.Schema):
    """`config/nlu_cost_parts.toml`."""

    marks: NonEmptyWords
    links: NonEmptyWords
    not_after: NonEmptyWords
    instalments: NonEmptyWords
    instalment_links: NonEmptyWords


@dataclass(frozen=True)
class Parts:
    """Where each part of a message's amounts is: by the index of the amount."""

    wholes: dict[int, int]
    """A part after a mark (「うち」) → the index of its whole."""
    marked_at: dict[int, int]
    """A part after a mark → the offset just past the mark: a cost word after it is its own."""
    instalments: frozenset[int]
    """Amounts said as an instalment (「前金100万」)."""


def _alternation(words: Sequence[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    file = config.load(FILE, CostPartsFile)
    mark = re.compile(
        f"(?:{_alternation(file.links)}|\\s)*(?:{_alternation(file.marks)})"
        f"(?!{_alternation(file.not_after)})"
    )
    instalment = re.compile(
        f"(?:{_alternation(file.instalments)})(?:{_alternation(file.instalment_links)}|\\s)*$"
    )
    return mark, instalment


# How far after the mark a count of things may start (「うち 1台は」).
_COUNT_AT: Final = 2


def _things_counted(text: str, at: int) -> bool:
    """「駆除作業で18万、うち1台は古いので買い替え（15万）」: a count right after the mark
    splits the things worked on, not the money; what follows is no part of the amount.
    A share of the money (「うち1社分が100万」) is still a part."""
    window = text[at : at + _COUNT_AT + 8]
    return any(
        c.start <= _COUNT_AT and not window.startswith("分", c.end) for c in find_counts(window)
    )


def find_parts(text: str, amounts: Sequence[Amount]) -> Parts:
    """The parts among `amounts` (see module doc)."""
    mark, instalment = _patterns()
    wholes: dict[int, int] = {}
    marked_at: dict[int, int] = {}
    opening = mark.match(text.lstrip())
    starts = [(EARLIER, opening.end() + len(text) - len(text.lstrip()))] if opening else []
    for i, whole in enumerate(amounts):
        found = mark.match(text, whole.end) if i not in wholes else None
        if found is not None and not _things_counted(text, found.end()):
            starts.append((i, found.end()))
    for i, begin in starts:
        stops = [at for c in "。\n" if (at := text.find(c, begin)) >= 0]
        end = min(stops, default=len(text))
        for j, part in enumerate(amounts):
            if j > i and j not in wholes and begin <= part.start < end:
                wholes[j] = i
                marked_at[j] = begin
    paid = frozenset(
        j
        for j, amount in enumerate(amounts)
        if instalment.search(text[max(0, amount.start - 12) : amount.start])
    )
    return Parts(wholes, marked_at, paid)
