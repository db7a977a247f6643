"""A ransom note said in plain words beside the files it locked (「拡張子が変なのになってる…
ビットコインで払えば元に戻すって書いてある」): the infection, with no word naming ransomware.
Words in `config/nlu_type_ransom.toml`."""

from __future__ import annotations

from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from coverage import IncidentType
from nlu.doc import Doc
from nlu.phrases import Match, PhraseSet

FILE: Final = "nlu_type_ransom.toml"


class TypeRansomFile(config.Schema):
    """`config/nlu_type_ransom.toml`."""

    demands: NonEmptyWords
    shown: NonEmptyWords
    locked: NonEmptyWords


@cache
def _words() -> TypeRansomFile:
    return config.load(FILE, TypeRansomFile)


@cache
def _sets() -> tuple[PhraseSet, PhraseSet]:
    words = _words()
    return PhraseSet({"demand": words.demands}), PhraseSet({"locked": words.locked})


def ransom_cues(doc: Doc) -> list[Match]:
    """`malware` cues: the files said locked, in a message where the screen shows a demand
    for money (a word of showing after it in its sentence). Either alone is a sign.

    The cue is the files' state, the infection the user sees: the demand is often said as
    the note's own supposition (「払えば元に戻す」), which a question reads as one."""
    demands, locked = _sets()
    if not demands.any(doc) or not locked.any(doc):
        return []
    shown = frozenset(_words().shown)
    tokens = doc.tokens
    for match in demands.find(doc):
        _, last = doc.sentence_span(match.start)
        if any(t.lemma in shown for t in tokens[match.end : last]):
            return [Match(m.start, m.end, IncidentType.MALWARE.value) for m in locked.find(doc)]
    return []
