"""A checklist's boxes: an incident or access word printed after an empty box, on a line
where another box is ticked (「事故種別：□ウイルス　■紛失・盗難　□誤送信」), is a choice the
form offers, not one made. Marks in `config/nlu_type_checkboxes.toml`."""

from __future__ import annotations

from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from nlu.doc import Doc
from nlu.phrases import Match

FILE: Final = "nlu_type_checkboxes.toml"


class CheckboxesFile(config.Schema):
    """`config/nlu_type_checkboxes.toml`."""

    unticked: NonEmptyWords
    ticked: NonEmptyWords


@cache
def _marks() -> tuple[frozenset[str], frozenset[str]]:
    words = config.load(FILE, CheckboxesFile)
    return frozenset(words.unticked), frozenset(words.ticked)


def unticked(doc: Doc, match: Match) -> bool:
    """Whether the box nearest before `match` in its sentence (a line of a pasted form) is
    empty while the sentence ticks another."""
    empty, ticked = _marks()
    surfaces = doc.surface_set()
    if empty.isdisjoint(surfaces) or ticked.isdisjoint(surfaces):
        return False
    first, last = doc.sentence_span(match.start)
    tokens = doc.tokens
    if not any(t.surface in ticked for t in tokens[first:last]):
        return False
    for i in range(match.start - 1, first - 1, -1):
        if tokens[i].surface in empty:
            return True
        if tokens[i].surface in ticked:
            return False
    return False
