"""A thing we posted that never arrived (「本部あてに送ったレターパックが届いていない」): a loss
in transit said with no loss word. Words in `config/nlu_type_undelivered.toml`."""

from __future__ import annotations

from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from coverage import IncidentType
from nlu.doc import Doc
from nlu.lexicon import Lexicon
from nlu.phrases import Match
from nlu.polarity import negations

FILE: Final = "nlu_type_undelivered.toml"
# The particles that make the thing before them the subject of 届く.
_SUBJECT: Final = frozenset({"が", "は", "も"})
# How far past 届く its negation may stand (届い・て・い・ない, 届い・て・ませ・ん).
_NEGATION_REACH: Final = 5
# Where it was sent, between the thing and 届く (「荷物が先方に届いておらず」): a few nouns
# and に or へ.
_PLACE_REACH: Final = 4
_PLACE_PARTICLES: Final = frozenset({"に", "へ"})


class TypeUndeliveredFile(config.Schema):
    """`config/nlu_type_undelivered.toml`."""

    items: NonEmptyWords
    sending: NonEmptyWords
    arriving: NonEmptyWords


@cache
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    words = config.load(FILE, TypeUndeliveredFile)
    return frozenset(words.items), frozenset(words.sending), frozenset(words.arriving)


def undelivered_cues(doc: Doc, lex: Lexicon) -> list[Match]:
    """`lost_or_stolen` cues: a posted thing (`items`) as the subject of an arriving verb
    said negated, sent by us (a verb of sending before it in its sentence); the cue spans the
    thing to the negation, so what is said after it is read for doubts as after any cue."""
    items, sending, arriving = _words()
    if arriving.isdisjoint(doc.lemma_set()):
        return []
    tokens = doc.tokens
    kept: list[Match] = []
    for k, token in enumerate(tokens):
        if token.lemma not in arriving:
            continue
        subject = _subject_before(doc, k)
        if subject is None:
            continue
        thing = subject - 1
        if thing < 0 or tokens[thing].lemma not in items:
            continue
        first, _ = doc.sentence_span(k)
        if not any(t.lemma in sending for t in tokens[first:thing]):
            continue
        end = min(doc.clause_end(k), k + 1 + _NEGATION_REACH)
        if negations(doc, k + 1, end, lex) % 2 == 0:
            continue
        last = max(i for i in range(k + 1, end) if negations(doc, i, i + 1, lex))
        kept.append(Match(thing, last + 1, IncidentType.LOST_OR_STOLEN.value))
    return kept


def _subject_before(doc: Doc, k: int) -> int | None:
    """The が or は of 届く's subject at token k, right before it or before the place it was
    sent to (「荷物が|先方に|届いておらず」)."""
    tokens = doc.tokens
    if k >= 1 and tokens[k - 1].surface in _SUBJECT:
        return k - 1
    if k < 2 or tokens[k - 1].surface not in _PLACE_PARTICLES:
        return None
    i = k - 2
    while i >= 0 and k - 2 - i < _PLACE_REACH and tokens[i].pos1 in ("名詞", "接尾辞", "接頭辞"):
        i -= 1
    return i if i >= 0 and i < k - 2 and tokens[i].surface in _SUBJECT else None
