"""A contractor named only as the one asked to check: no leak at the contractor.

「町は健診業務の委託先にも確認を求めている」「委託先に問い合わせています」: the contractor cue,
with に/へ right after it, is whom a question goes to; nothing says the data leaked there
(tests/data/README.md rule 2 keeps `vendor_leak` for a leak or an attack at the contractor).
Only when its sentence says no leak after the cue: 「委託先に確認したところ、同社から流出して
いた」 stays the contractor's. Words in `config/nlu_vendor_asked.toml`.
"""

from __future__ import annotations

from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from nlu.doc import Doc
from nlu.lexicon import Lexicon
from nlu.phrases import Match, PhraseSet

FILE: Final = "nlu_vendor_asked.toml"
# The particles that make the contractor whom something goes to (に, へ), with a focus
# particle after them (「委託先にも」「委託先へは」).
_ADDRESSED: Final = frozenset({"に", "へ"})
_FOCUS: Final = frozenset({"も", "は"})
# How far past the cue the asking may stand (「委託先にも事実関係の確認を求め」).
_REACH: Final = 8


class AskedFile(config.Schema):
    """`config/nlu_vendor_asked.toml`."""

    asking: NonEmptyWords


@cache
def _asking() -> PhraseSet:
    return PhraseSet({"asking": config.load(FILE, AskedFile).asking})


def asked_vendor(doc: Doc, vendor: Match, lex: Lexicon) -> bool:
    """Whether the contractor cue `vendor` is only the addressee of a check or a question."""
    tokens = doc.tokens
    i = vendor.end
    if i >= len(tokens) or tokens[i].surface not in _ADDRESSED:
        return False
    i += 1
    if i < len(tokens) and tokens[i].surface in _FOCUS:
        i += 1
    _, last = doc.sentence_span(vendor.start)
    if lex.leak_words.contains(doc, vendor.end, last):
        return False
    return _asking().contains(doc, i, min(i + _REACH, last))
