"""A contractor telling us of an attack it suffered: 「委託先の印刷会社から、ランサムウェアの
被害に遭ったと連絡がありました」 names no system of ours, and the one who suffered the attack
is the one telling of it, so it reached the contractor's systems (the spec's `vendor_leak`,
tests/data/README.md rule 2), not ours. Words in `config/nlu_vendor_told.toml`.
"""

from __future__ import annotations

from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from nlu.doc import Doc
from nlu.lexicon import Lexicon
from nlu.mentions import NOUN_PHRASE_POS, handed_over_before, noun_phrase_start
from nlu.phrases import Match
from nlu.type_conditions import principal_named

FILE: Final = "nlu_vendor_told.toml"
_SOURCES = frozenset({"から", "より"})
# Reporter labels of operators who watch or carry our traffic: what they tell is found on
# our systems or their service (`nlu.reporter_vendor`), never their own leak.
_OPERATORS = frozenset({"security", "network"})


class ToldFile(config.Schema):
    """`config/nlu_vendor_told.toml`."""

    suffered: NonEmptyWords
    reports: NonEmptyWords
    quotatives: NonEmptyWords


@cache
def _words() -> ToldFile:
    return config.load(FILE, ToldFile)


def told_own_attack(doc: Doc, start: int, lex: Lexicon) -> bool:
    """Whether the attack word at `start` is what a contractor named as the source before it
    (「委託先の印刷会社から、」) says it suffered, in a report quoted after it (「…被害に遭った
    と連絡」), no system of ours or of the addressee's named in between.

    A security or network operator, or a contractor that maintains our systems, tells what
    it found on ours; so does any teller of a finding (見つかった, 確認), which is not suffering.
    """
    first, last = doc.sentence_span(start)
    tokens = doc.tokens
    parties = lex.vendor_parties.find(doc, first, start) + _entrusted_sources(
        doc, first, start, lex
    )
    for party in parties:
        source = party.end
        while source < start and (
            tokens[source].pos1 in NOUN_PHRASE_POS
            or (tokens[source].surface == "の" and tokens[source + 1].pos1 in NOUN_PHRASE_POS)
        ):
            source += 1  # 「委託先の印刷会社」「協力会社の〇〇設備さん」 past its name
        if source >= start or tokens[source].surface not in _SOURCES:
            continue
        if _operator(doc, party.start, source, lex):
            continue
        if lex.writer_words.contains(doc, source, start) or principal_named(doc, source, start):
            continue  # 「…から、当社サーバーへの不正アクセスを検知したと」: ours
        if _suffered_told(doc, start, last):
            return True
    return False


def _entrusted_sources(doc: Doc, first: int, start: int, lex: Lexicon) -> list[Match]:
    """「DM発送を委託してるA社から、」: a party named as a source (から, より) before `start`,
    qualified by a verb of handing it our work: a contractor, whatever its name."""
    tokens = doc.tokens
    found = []
    for k in range(first + 1, start):
        if tokens[k].surface not in _SOURCES:
            continue
        i = noun_phrase_start(doc, k, first)
        if i < k and handed_over_before(doc, i, first, lex):
            found.append(Match(i, k, "entrusted"))
    return found


def _operator(doc: Doc, lo: int, hi: int, lex: Lexicon) -> bool:
    """Whether tokens lo..hi, with the nouns before them (ホスティング業者), name an operator
    of ours, or a contractor maintaining our systems (保守, 運用 before it)."""
    while lo > 0 and doc.tokens[lo - 1].pos1 in NOUN_PHRASE_POS:
        lo -= 1
    if any(r.label in _OPERATORS and r.start < hi and r.end > lo for r in lex.reporters.find(doc)):
        return True
    return any(t.lemma in lex.maintaining for t in doc.tokens[max(0, lo - 2) : hi])


def _suffered_told(doc: Doc, start: int, last: int) -> bool:
    """A word of suffering after the attack word, then a quotative and a report noun, before
    the sentence ends at `last` (「ランサムウェアの被害に遭ったと連絡」)."""
    words = _words()
    tokens = doc.tokens
    suffered = next((i for i in range(start, last) if tokens[i].lemma in words.suffered), None)
    if suffered is None:
        return False
    quoted = False
    for token in tokens[suffered + 1 : last]:
        if token.surface in words.quotatives:
            quoted = True
        elif quoted and token.lemma in words.reports:
            return True
        elif token.surface in ("。", "、"):
            return False
    return False
