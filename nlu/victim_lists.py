"""Victim groups listed one to a bullet line (「・会員：3,200名分」「・退会者：1,979名分」):
different persons, so their number is the sum. Words in `config/nlu_victim_lists.toml`."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from nlu.counts import Count
from nlu.patterns import alternation

FILE: Final = "nlu_victim_lists.toml"


class VictimListsFile(config.Schema):
    """`config/nlu_victim_lists.toml`."""

    marks: NonEmptyWords
    groups: NonEmptyWords
    overlaps: NonEmptyWords


@dataclass(frozen=True, slots=True)
class _Words:
    mark: re.Pattern[str]
    groups: re.Pattern[str]
    overlaps: re.Pattern[str]


@cache
def _words() -> _Words:
    file = config.load(FILE, VictimListsFile)
    by_length = sorted(file.groups, key=len, reverse=True)
    return _Words(
        mark=re.compile(rf"[ \t]*({alternation(file.marks)})"),
        groups=re.compile(alternation(by_length)),
        overlaps=re.compile(alternation(file.overlaps)),
    )


@dataclass(frozen=True, slots=True)
class _Line:
    number: int
    mark: str
    index: int  # of the one count on the line
    groups: frozenset[str]


def _lines(text: str, counts: Sequence[Count], kinds: Sequence[str | None]) -> list[_Line]:
    """The bullet lines holding exactly one count, read as victims, after a group word."""
    words = _words()
    found: list[_Line] = []
    if not counts:
        return found  # no line holds a count
    start = 0
    for number, line in enumerate(text.split("\n")):
        end = start + len(line)
        mark = words.mark.match(line)
        inside = [i for i, c in enumerate(counts) if start <= c.start < end]
        if mark is not None and len(inside) == 1 and kinds[inside[0]] is not None:
            (i,) = inside
            head = line[mark.end() : counts[i].start - start]
            groups = frozenset(words.groups.findall(head))
            if groups and words.overlaps.search(line) is None:
                found.append(_Line(number, mark.group(1), i, groups))
        start = end + 1
    return found


def listed_sums(text: str, counts: Sequence[Count], kinds: Sequence[str | None]) -> dict[int, int]:
    """Of each run of two or more adjacent bullet lines of one mark whose counts are of one
    kind and whose groups differ, the index of its last count and the run's sum."""
    sums: dict[int, int] = {}
    run: list[_Line] = []

    def close() -> None:
        groups = [line.groups for line in run]
        apart = all(not a & b for n, a in enumerate(groups) for b in groups[n + 1 :])
        if len(run) >= 2 and apart:
            sums[run[-1].index] = sum(counts[line.index].value for line in run)

    for line in _lines(text, counts, kinds):
        if run and not (
            line.number == run[-1].number + 1
            and line.mark == run[-1].mark
            and kinds[line.index] == kinds[run[-1].index]
        ):
            close()
            run = []
        run.append(line)
    if run:
        close()
    return sums
