"""Counts said as the focus of a cleft on an exposure: 「写っていたのは２名です」. Words in
`config/nlu_victim_clefts.toml`."""

from __future__ import annotations

from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from nlu.counts import Count
from nlu.doc import Doc

FILE: Final = "nlu_victim_clefts.toml"


class CleftsFile(config.Schema):
    """`config/nlu_victim_clefts.toml`."""

    exposed: NonEmptyWords
    auxiliaries: NonEmptyWords
    after: NonEmptyWords
    records: NonEmptyWords


@cache
def _clefts() -> CleftsFile:
    return config.load(FILE, CleftsFile)


def exposed_focus(doc: Doc, count: Count) -> bool:
    """「写っていたのは２名です」: persons counted right after 「…のは」 whose verb says they
    were shown or visible, and nothing said of them after the count (「映っていたのは2人組の
    男」 names who they were, not whose image leaked)."""
    return count.kind == "individuals" and _cleft_on_exposure(doc, count)


def exposed_records(doc: Doc, count: Count) -> bool:
    """「写ってたのは14件分です」: records' worth (件分) in the same cleft, one person's each."""
    return count.text.endswith(tuple(_clefts().records)) and _cleft_on_exposure(doc, count)


def _cleft_on_exposure(doc: Doc, count: Count) -> bool:
    words = _clefts()
    token = doc.token_at(count.start)
    lo, hi = doc.sentence_span(token)
    i = token - 1
    if i - 1 < lo or doc.tokens[i].surface != "は" or doc.tokens[i - 1].surface != "の":
        return False
    i -= 2
    while i >= lo and doc.tokens[i].lemma in words.auxiliaries:
        i -= 1
    if i < lo or doc.tokens[i].pos1 != "動詞" or doc.tokens[i].lemma not in words.exposed:
        return False
    rest = doc.tokens[doc.token_at(count.end - 1) + 1 : hi]
    return all(t.pos1 == "補助記号" or t.surface in words.after for t in rest)
