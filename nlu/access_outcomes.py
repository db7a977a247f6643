"""A check for whether an attack happened, then its bare outcome (「不正アクセスの有無を調べて
もらったけど、なかったです」「侵入の可能性ありと通報→調べたら結局なにもなかった」): the
investigation's conclusion, found or not found. Words in `config/nlu_access_outcomes.toml`.
"""

from __future__ import annotations

from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from coverage import Access
from nlu.doc import Doc
from nlu.lexicon import Lexicon
from nlu.mentions import on_another_party
from nlu.phrases import Match, PhraseSet

FILE: Final = "nlu_access_outcomes.toml"
_ABSENT: Final = "absent"
_PRESENT: Final = "present"
# The parts of speech of a check's own verb group (調べ て もらっ た けど 、 →).
_LINKING_POS: Final = frozenset({"動詞", "助動詞", "助詞", "補助記号", "接尾辞"})
_CLAUSE_ENDS: Final = frozenset({"、", "，", ",", "。", "！", "!", "\n"})
_ASKING: Final = frozenset({"？", "?", "か"})
# How far after the check word its pending mark may stand (調査 中, 確認 し て いる 最中).
_PENDING_REACH: Final = 5
_COPULA_PARTICLES: Final = frozenset({"で", "に"})


class AccessOutcomesFile(config.Schema):
    """`config/nlu_access_outcomes.toml`."""

    whether: NonEmptyWords
    links: NonEmptyWords
    absent: NonEmptyWords
    present: NonEmptyWords
    tail: NonEmptyWords


@cache
def _file() -> AccessOutcomesFile:
    return config.load(FILE, AccessOutcomesFile)


@cache
def _outcomes() -> PhraseSet:
    return PhraseSet({_ABSENT: _file().absent, _PRESENT: _file().present})


def checked_outcome(doc: Doc, lex: Lexicon) -> tuple[int, Access] | None:
    """The last bare outcome of a check for whether an attack happened, with the index just
    past it: an attack word (not another party's), then in its sentence a whether (有無) or a
    doubt, a verb of checking, and right after the check's verb group the outcome, stated
    (not asked, hedged or a condition)."""
    found: tuple[int, Access] | None = None
    for cue in lex.access_cues.find(doc):
        if on_another_party(doc, cue.start, lex):
            continue
        outcome = _outcome_of(doc, cue, lex)
        if outcome is not None and (found is None or outcome[0] > found[0]):
            found = outcome
    return found


def _outcome_of(doc: Doc, cue: Match, lex: Lexicon) -> tuple[int, Access] | None:
    tokens = doc.tokens
    _, last = doc.sentence_span(cue.start)
    check = next((i for i in range(cue.end, last) if tokens[i].lemma in lex.checking), None)
    if check is None or not _whether(doc, cue.end, check, lex):
        return None
    if lex.pending.contains(doc, check, min(check + _PENDING_REACH, last)):
        return None  # 「有無を調査中である」: the check is still under way
    for match in _outcomes().find(doc, check + 1, last):
        between = tokens[check + 1 : match.start]
        if not all(t.pos1 in _LINKING_POS or t.lemma in _file().links for t in between):
            return None
        if between and between[-1].surface in _COPULA_PARTICLES:
            return None  # 「…で ある」「…に ある」: a copula or a place, no outcome
        if not _stated(doc, match.end, lex):
            return None
        return match.end, Access.NOT_FOUND if match.label == _ABSENT else Access.FOUND
    return None


def _whether(doc: Doc, lo: int, hi: int, lex: Lexicon) -> bool:
    """A whether (有無) or a doubt (可能性, 疑い) between the attack word and the check."""
    return any(t.lemma in _file().whether for t in doc.tokens[lo:hi]) or lex.hedge.contains(
        doc, lo, hi
    )


def _stated(doc: Doc, end: int, lex: Lexicon) -> bool:
    """The outcome ending at `end` is said as a fact: only the allowed endings up to its
    clause's end, and no doubt, question or check still under way later in its sentence."""
    tokens = doc.tokens
    _, last = doc.sentence_span(max(end - 1, 0))
    i = end
    while i < last and tokens[i].surface not in _CLAUSE_ENDS:
        if tokens[i].surface not in _file().tail:
            return False
        i += 1
    rest = tokens[end:last]
    return (
        not any(t.surface in _ASKING for t in rest)
        and not lex.hedge.contains(doc, end, last)
        and not lex.pending.contains(doc, end, last)
    )
