"""An `other` circumstance only guessed (「名簿を持ち出して勧誘に使ってるんじゃないかと思って
ます」「知人に漏らしていた疑いがある」): no type (tests/data/README.md rule 1: a hedge leaves a
fact unknown). Words in `config/nlu_type_guessed.toml`.
"""

from __future__ import annotations

from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from nlu.doc import Doc
from nlu.phrases import Match, PhraseSet

FILE: Final = "nlu_type_guessed.toml"


class TypeGuessedFile(config.Schema):
    """`config/nlu_type_guessed.toml`."""

    guess_marks: NonEmptyWords


@cache
def _marks() -> PhraseSet:
    return PhraseSet({"guess": config.load(FILE, TypeGuessedFile).guess_marks})


def guessed(doc: Doc, cue: Match, *, hedged: bool) -> bool:
    """Whether a word of suspicion or guessing follows the cue `cue`: anywhere in its
    sentence when its own clause is `hedged`; else only in the clause its verb's て leads on
    to (「持ち出して、勧誘に使ってるんじゃないか」), which the guess then covers."""
    _, last = doc.sentence_span(cue.start)
    if hedged:
        return _marks().contains(doc, cue.end, last)
    end = doc.clause_end(cue.end - 1)
    if not _joined_by_te(doc, cue.end, end) or end >= last:
        return False
    return _marks().contains(doc, end, min(last, doc.clause_end(end)))


def _joined_by_te(doc: Doc, lo: int, end: int) -> bool:
    """Whether the clause lo..end ends on the conjunctive て/で, marks aside, with no
    other word between `lo` and it."""
    words = [t for t in doc.tokens[lo:end] if t.pos1 != "補助記号"]
    return len(words) == 1 and words[0].pos2 == "接続助詞" and words[0].surface in _TE


# The conjunctive particles that chain one act to the next (持ち出して、…使ってる).
_TE: Final = frozenset({"て", "で"})
