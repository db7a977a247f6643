"""Companies counted as those who entrusted us with records about persons
(「取引先歯科医院（14医院）からお預かりしている技工指示書」): the principals, not victims; the
persons the records are about are. Words in `config/nlu_victim_principals.toml`."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Final

from pydantic import PositiveInt

import config
from config.types import NonEmptyWords
from nlu.counts import Count
from nlu.doc import Doc
from nlu.phrases import PhraseSet

FILE: Final = "nlu_victim_principals.toml"

_CLOSING = frozenset({")", "】", "]", "」"})


class PrincipalsFile(config.Schema):
    """`config/nlu_victim_principals.toml`."""

    entrust_lemmas: NonEmptyWords
    object_reach: PositiveInt
    person_records: NonEmptyWords


@dataclass(frozen=True, slots=True)
class _Words:
    entrust: frozenset[str]
    reach: int
    records: PhraseSet


@cache
def _words() -> _Words:
    file = config.load(FILE, PrincipalsFile)
    return _Words(
        frozenset(file.entrust_lemmas),
        file.object_reach,
        PhraseSet({"person_records": file.person_records}),
    )


def entrusting_persons(doc: Doc, count: Count) -> bool:
    """A count of companies followed by から and a verb of entrusting whose object, named
    within a few tokens after it, is records about persons."""
    if count.kind != "corporations":
        return False
    words = _words()
    tokens = doc.tokens
    i = doc.token_at(count.end - 1) + 1
    hi = doc.sentence_span(i - 1)[1]
    while i < hi and tokens[i].surface in _CLOSING:
        i += 1
    if i >= hi or tokens[i].surface != "から":
        return False
    verb = next((j for j in range(i + 1, min(hi, i + 4)) if tokens[j].lemma in words.entrust), None)
    if verb is None:
        return False
    return words.records.contains(doc, verb + 1, min(hi, verb + 1 + words.reach))
