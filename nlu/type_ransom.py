"""A ransom note said in plain words beside the files it locked (「拡張子が変なのになってる…
ビットコインで払えば元に戻すって書いてある」): the infection, with no word naming ransomware.
Words in `config/nlu_type_ransom.toml`."""

from __future__ import annotations

from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from coverage import IncidentType
from nlu.doc import Doc
from nlu.phrases import Match, PhraseSet

FILE: Final = "nlu_type_ransom.toml"


class TypeRansomFile(config.Schema):
    """`config/nlu_type_ransom.toml`."""

    demands: NonEmptyWords
    shown: NonEmptyWords
    locked: NonEmptyWords
    ransom_money: NonEmptyWords
    demanding: NonEmptyWords
    ransomware: NonEmptyWords


@cache
def _words() -> TypeRansomFile:
    return config.load(FILE, TypeRansomFile)


@cache
def _sets() -> tuple[PhraseSet, PhraseSet]:
    words = _words()
    return PhraseSet({"demand": words.demands}), PhraseSet({"locked": words.locked})


def ransom_cues(doc: Doc) -> list[Match]:
    """`malware` cues: the files said locked, in a message where the screen shows a demand
    for money (a word of showing after it in its sentence). Either alone is a sign.

    The cue is the files' state, the infection the user sees: the demand is often said as
    the note's own supposition (「払えば元に戻す」), which a question reads as one."""
    demands, locked = _sets()
    made = _demanded_of_us(doc)
    if made:
        return made
    if not demands.any(doc) or not locked.any(doc):
        return []
    shown = frozenset(_words().shown)
    tokens = doc.tokens
    for match in demands.find(doc):
        _, last = doc.sentence_span(match.start)
        if any(t.lemma in shown for t in tokens[match.end : last]):
            return [Match(m.start, m.end, IncidentType.MALWARE.value) for m in locked.find(doc)]
    return []


@cache
def _money_sets() -> tuple[PhraseSet, PhraseSet]:
    words = _words()
    return PhraseSet({"money": words.ransom_money}), PhraseSet({"ransomware": words.ransomware})


# After 要求・請求 (as a verb), what makes the demand one made of us: the passive, or てくる
# (「要求されています」「要求してきてます」).
_TOWARDS_US: Final = frozenset({"れる", "られる", "来る"})
_DEMAND_REACH: Final = 4


def _demanded_of_us(doc: Doc) -> list[Match]:
    """「ランサムの犯人に払うお金って…？ 向こうは2BTC要求してきてます」: ransom money (BTC,
    身代金) demanded of us (要求されて, 要求してきて) in a message that names ransomware or
    files locked: the attackers' demand, so the infection happened; the demand is the cue. A
    bitcoin demand by mail in a message of no ransomware (sextortion) is none."""
    money, named = _money_sets()
    if not money.any(doc) or not (named.any(doc) or _sets()[1].any(doc)):
        return []
    demanding = frozenset(_words().demanding)
    tokens = doc.tokens
    kept: list[Match] = []
    for m in money.find(doc):
        _, last = doc.sentence_span(m.start)
        for k in range(m.end, min(last, m.end + _DEMAND_REACH)):
            if tokens[k].lemma not in demanding:
                continue
            after = [t.lemma for t in tokens[k + 1 : k + 4]]
            if after[:1] == ["為る"]:
                after = after[1:]
            if after[:1] and (after[0] in _TOWARDS_US or after[:2] == ["て", "来る"]):
                kept.append(Match(m.start, k + 1, IncidentType.MALWARE.value))
            break
    return kept
