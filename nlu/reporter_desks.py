"""Inquiries that made the company open or order a desk to take them (`detection`):
「問い合わせが殺到したので、コールセンター業者に発注した」 tells what followed, not who told.
Words in `config/nlu_reporter_desks.toml`."""

from __future__ import annotations

from functools import cache
from typing import Final, NamedTuple

import config
from config.types import NonEmptyWords
from nlu.doc import Doc
from nlu.phrases import Match, PhraseSet

FILE: Final = "nlu_reporter_desks.toml"


class DesksFile(config.Schema):
    """`config/nlu_reporter_desks.toml`."""

    inquiries: NonEmptyWords
    desks: NonEmptyWords
    learnt: NonEmptyWords


class _Words(NamedTuple):
    inquiries: frozenset[str]
    desks: PhraseSet
    learnt: frozenset[str]


@cache
def _words() -> _Words:
    file = config.load(FILE, DesksFile)
    return _Words(
        frozenset(file.inquiries), PhraseSet({"desk": file.desks}), frozenset(file.learnt)
    )


def prompted_a_desk(doc: Doc, report: Match) -> bool:
    """The inquiry at `report` is followed, in its sentence, by a desk set up to take such
    inquiries, with no check or finding between them (「…殺到したので、コールセンターに発注」)."""
    words = _words()
    if doc.tokens[report.start].lemma not in words.inquiries or not words.desks.any(doc):
        return False
    _, last = doc.sentence_span(report.start)
    desk = next(iter(words.desks.find(doc, report.end, last)), None)
    return desk is not None and not any(
        t.lemma in words.learnt for t in doc.tokens[report.end : desk.start]
    )
