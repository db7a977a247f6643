"""A press release said as プレス or リリース alone (「プレスは昨日出しました」「プレスはまだ
打ってない」「リリースは明日出す予定です」).

Words in `config/nlu_press_release.toml`: the word must be the object or topic of a verb of
issuing in its clause, so a press machine or the press asking is no announcement.
"""

from __future__ import annotations

from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from nlu.announcers import by_another
from nlu.doc import Doc
from nlu.lexicon import Lexicon
from nlu.polarity import Polarity, polarity

FILE: Final = "nlu_press_release.toml"


class PressFile(config.Schema):
    """`config/nlu_press_release.toml`."""

    words: NonEmptyWords
    particles: NonEmptyWords
    verbs: NonEmptyWords
    owned_marks: NonEmptyWords


@cache
def _file() -> PressFile:
    return config.load(FILE, PressFile)


def press_release(doc: Doc, lex: Lexicon) -> bool | None:
    """True when a release was issued or is planned, False when said not issued, else None."""
    words = _file()
    tokens = doc.tokens
    result: bool | None = None
    if doc.surface_set().isdisjoint(words.words):
        return result  # every release below is at one of its words
    for i in range(len(tokens) - 1):
        if tokens[i].surface not in words.words or tokens[i + 1].surface not in words.particles:
            continue
        if by_another(doc, i):
            continue  # 「委託先はプレスを出した」: its own release
        if i > 0 and tokens[i - 1].surface in words.owned_marks:
            continue  # 「修正版のリリースを出した」: a product's release
        lo, hi = i + 2, doc.clause_end(i + 1)
        if not any(t.lemma in words.verbs for t in tokens[lo:hi]):
            continue
        state = polarity(doc, lo, hi, lex, affirm_if=True)
        if state is Polarity.AFFIRMED:
            result = True
        elif state is Polarity.NEGATED and result is None:
            result = False
    return result
