"""Whether to announce, said to be undecided (「するかどうかもまだ決まっていません」).

Words in `config/nlu_announce_undecided.toml`. A sentence says it when it asks whether
(かどうか, か否か) and either denies a decision (決まっていない) or calls it open (未定).
"""

from __future__ import annotations

from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from nlu.doc import Doc
from nlu.lexicon import Lexicon
from nlu.polarity import negations

FILE: Final = "nlu_announce_undecided.toml"


class UndecidedFile(config.Schema):
    """`config/nlu_announce_undecided.toml`."""

    whether: NonEmptyWords
    deciding: NonEmptyWords
    open_words: NonEmptyWords


@cache
def _file() -> UndecidedFile:
    return config.load(FILE, UndecidedFile)


def undecided_in(doc: Doc, lo: int, hi: int, lex: Lexicon) -> bool:
    """Whether a sentence starting in tokens[lo:hi] says whether to do it is undecided."""
    file = _file()
    i = lo
    while i < hi:
        first, last = doc.sentence_span(i)
        text = doc.text[doc.tokens[first].start : doc.ends[last - 1]]
        words = doc.tokens[first:last]
        if any(w in text for w in file.whether):
            if any(t.lemma in file.open_words for t in words):
                return True
            deciding = any(t.lemma in file.deciding for t in words)
            if deciding and negations(doc, first, last, lex) % 2:
                return True
        i = max(last, i + 1)
    return False
