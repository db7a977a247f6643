"""Apologies whose negation denies nothing (「ご迷惑をおかけし申し訳ない」).

Words in `config/nlu_apologies.toml`. 申し訳ない is sorry, not a denial: a clause that holds
it (「記者会見で「…申し訳ない」と謝罪した」) states its fact as said.
"""

from __future__ import annotations

from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from nlu.doc import Doc
from nlu.phrases import PhraseSet

FILE: Final = "nlu_apologies.toml"


class ApologiesFile(config.Schema):
    """`config/nlu_apologies.toml`."""

    phrases: NonEmptyWords


@cache
def _phrases() -> PhraseSet:
    return PhraseSet({"apology": config.load(FILE, ApologiesFile).phrases})


def apologies(doc: Doc, lo: int, hi: int) -> list[tuple[int, int]]:
    """The token spans of the apologies within tokens[lo:hi]."""
    return [(m.start, m.end) for m in _phrases().find(doc, lo, hi)]
