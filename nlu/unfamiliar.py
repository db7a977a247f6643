"""Negations of familiarity that describe a thing seen (「見たことない外国語の文字」).

Words in `config/nlu_unfamiliar.toml`. 「見覚えのないファイル」 says what the writer found is
strange to them, which is evidence of an attack, not a denial of one: a clause that holds it
(「HPが改ざんされてトップページに見たことない文字が出てます」) states its fact as said.
"""

from __future__ import annotations

from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from nlu.doc import Doc
from nlu.phrases import PhraseSet

FILE: Final = "nlu_unfamiliar.toml"


class UnfamiliarFile(config.Schema):
    """`config/nlu_unfamiliar.toml`."""

    phrases: NonEmptyWords


@cache
def _phrases() -> PhraseSet:
    return PhraseSet({"unfamiliar": config.load(FILE, UnfamiliarFile).phrases})


def unfamiliar(doc: Doc, lo: int, hi: int) -> list[tuple[int, int]]:
    """The token spans of the phrases of unfamiliarity within tokens[lo:hi]."""
    return [(m.start, m.end) for m in _phrases().find(doc, lo, hi)]
