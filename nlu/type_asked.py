"""Asked, not overheard: 「取引先から、対策状況を聞かれています」「お客様から電話で住所を聞かれた」.

聞かれる is both "be asked" and "be overheard" (`tests/test_nlu_type_askers.py`). The one who
overhears is marked with に (「隣の客に聞かれた」); a party marked with から earlier in the
sentence, with no such hearer after it, is the one who asked the writer something, and so is
one whose job is to ask marked with に: no visual leak (the adjacent 「から聞かれ」「保険会社に
聞かれ」 are phrases of `config/nlu_lexicon.toml`'s not-cues).
"""

from __future__ import annotations

from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from nlu.doc import Doc
from nlu.phrases import Match

FILE: Final = "nlu_type_asked.toml"

_HEARING: Final = "聞く"
_SOURCE: Final = "から"
_HEARER: Final = "に"
_OF: Final = "の"
_CASE: Final = "格助詞"
_NAMING: Final = frozenset({"名詞", "代名詞", "接尾辞"})


class TypeAskedFile(config.Schema):
    """`config/nlu_type_asked.toml`."""

    askers: NonEmptyWords


@cache
def _askers() -> frozenset[str]:
    return frozenset(config.load(FILE, TypeAskedFile).askers)


def asked_by_someone(doc: Doc, match: Match) -> bool:
    """Whether the 聞かれる cue `match` is said of a party who asked: marked with から, or one
    whose job is to ask marked with に (`config/nlu_type_asked.toml`)."""
    tokens = doc.tokens
    if tokens[match.start].lemma != _HEARING:
        return False
    first, _ = doc.sentence_span(match.start)
    asker = None
    for i in range(first + 1, match.start):
        token = tokens[i]
        if token.pos2 != _CASE or tokens[i - 1].pos1 not in _NAMING:
            continue
        if token.surface == _SOURCE and not (i + 1 < len(tokens) and tokens[i + 1].surface == _OF):
            asker = i
        elif token.surface == _HEARER and _names_an_asker(doc, i):
            asker = i  # 「保険会社に費用のことを聞かれました」
        elif token.surface == _HEARER and asker is not None:
            asker = None  # 「取引先から電話があり、その話を隣の客に聞かれた」: a hearer after it
    return asker is not None


def _names_an_asker(doc: Doc, particle: int) -> bool:
    """Whether the noun phrase before the particle at `particle` ends with an asker's name
    (「保険会社」 is read as 保険 + 会社)."""
    tokens = doc.tokens
    start = particle
    while start > 0 and tokens[start - 1].pos1 in _NAMING:
        start -= 1
    name = "".join(t.surface for t in tokens[start:particle])
    return any(name.endswith(asker) for asker in _askers())
