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
from nlu.polarity import Polarity, polarity, scope_after

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
    """Whether the contractor cue `vendor` is only the addressee of a check or a question.

    A cue that qualifies the party's name (「廃棄を委託した古紙回収業者に確認したところ」) is
    read past that name. A leak its sentence only doubts or denies (「外部への流出の可能性は
    低い」) says nothing leaked there."""
    tokens = doc.tokens
    i = _past_party_name(doc, vendor.end)
    if i >= len(tokens) or tokens[i].surface not in _ADDRESSED:
        return False
    i += 1
    if i < len(tokens) and tokens[i].surface in _FOCUS:
        i += 1
    _, last = doc.sentence_span(vendor.start)
    if _leak_said(doc, vendor.end, last, lex):
        return False
    return _asking().contains(doc, i, min(i + _REACH, last))


def _past_party_name(doc: Doc, end: int) -> int:
    """Past the nouns of the party a cue ending in a verb qualifies (「委託した|古紙回収業者」),
    or `end` when the cue is the party's own name (委託先)."""
    tokens = doc.tokens
    if end == 0 or tokens[end - 1].pos1 not in ("動詞", "助動詞"):
        return end
    i = end
    while i < len(tokens) and i - end < _NAME_REACH and tokens[i].pos1 in ("名詞", "接尾辞"):
        i += 1
    return i


# How many nouns a party's name may run to (古紙 回収 業 者).
_NAME_REACH: Final = 6


def _leak_said(doc: Doc, lo: int, hi: int, lex: Lexicon) -> bool:
    """Whether tokens lo..hi say a leak, neither doubted nor denied in its clause."""
    for match in lex.leak_words.find(doc, lo, hi):
        start, end = scope_after(doc, match.end)
        if polarity(doc, start, end, lex, affirm_if=True) not in (
            Polarity.HEDGED,
            Polarity.NEGATED,
        ):
            return True
    return False
