"""Who made a post on SNS, when it is someone from outside (「それを聞いた乗客がSNSに投稿して
いた」): the post is the outcome of another leak (a talk overheard, a screen seen), not our
staff posting (`other`, tests/data/README.md rule 2). Words in `config/nlu_type_posters.toml`."""

from __future__ import annotations

from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from nlu.doc import Doc
from nlu.phrases import PhraseSet

FILE: Final = "nlu_type_posters.toml"
# The particles that make the poster the subject; an honorific 方 may stand before them.
_SUBJECT: Final = frozenset({"が", "は"})
_HONORIFIC: Final = "方"


class TypePostersFile(config.Schema):
    """`config/nlu_type_posters.toml`."""

    outside_posters: NonEmptyWords


@cache
def _posters() -> PhraseSet:
    return PhraseSet({"outsider": config.load(FILE, TypePostersFile).outside_posters})


def posted_from_outside(doc: Doc, start: int) -> bool:
    """Whether the post at token `start` has one of `outside_posters` as its subject
    (が/は, past 方 or の方) earlier in its clause."""
    lo = doc.clause_start(start)
    tokens = doc.tokens
    for m in _posters().find(doc, lo, start):
        k = m.end
        if k + 1 < start and tokens[k].surface == "の" and tokens[k + 1].lemma == _HONORIFIC:
            k += 2  # 「乗客の方が」
        elif k < start and tokens[k].lemma == _HONORIFIC:
            k += 1
        if k < start and tokens[k].surface in _SUBJECT:
            return True
    return False
