"""A reporter that is only the subject of a clause naming the teller (`detection`):
「県が配信業務を委託している株式会社△△から、…との報告がありました」. The clause 「県が…委託
している」 describes the firm; the firm, marked から, is who reported, not the 県.
"""

from __future__ import annotations

from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from nlu.doc import Doc
from nlu.lexicon import Lexicon
from nlu.phrases import Match
from nlu.reporter_parties import governs, names_a_party
from nlu.reporter_sources import BRACKETS, not_the_trigger

FILE: Final = "nlu_reporter_relative.toml"
# How far back, in words, a gloss's key may stand before the place it gives.
_GLOSS_REACH = 6
_OPENING = frozenset("(（[［")
_COLONS = frozenset(":：")


class RelativeFile(config.Schema):
    """`config/nlu_reporter_relative.toml`."""

    place_keys: NonEmptyWords


@cache
def _place_keys() -> frozenset[str]:
    return frozenset(config.load(FILE, RelativeFile).place_keys)


def in_place_gloss(doc: Doc, reporter: Match) -> bool:
    """「株式会社△△（本社：大阪市）」: the reporter word is the place a gloss gives for a
    firm's seat, inside its brackets, not a party that told anyone."""
    tokens = doc.tokens
    for i in range(reporter.start - 1, max(-1, reporter.start - 1 - _GLOSS_REACH), -1):
        if tokens[i].surface in BRACKETS:
            return False  # out of the gloss before any key was met
        if tokens[i].surface not in _COLONS:
            continue
        # 「所在地」 is cut in two (所在, 地): the key is all the words since the bracket.
        k = i - 1
        while k >= 0 and tokens[k].surface not in _OPENING and i - k <= _GLOSS_REACH:
            k -= 1
        key = "".join(t.surface for t in tokens[k + 1 : i])
        return k >= 0 and tokens[k].surface in _OPENING and key in _place_keys()
    return False


# The particles that make the reporter the subject of the describing clause.
_SUBJECT = frozenset({"が", "の"})
# After the clause's verb, these may close it before the noun it describes (「委託している」).
_VERB_TAIL = frozenset({"助動詞", "動詞"})
# What a firm's name may hold between the clause and its から (「株式会社△△（本社：東京都）」).
_NAME_POS = frozenset({"名詞", "接頭辞", "接尾辞", "記号"})
_CLAUSE_MARKS = frozenset("、。,.!?！？")


def describes_teller(doc: Doc, reporter: Match, report: int, lex: Lexicon) -> bool:
    """`reporter` is the subject of a clause on a noun whose から governs `report`."""
    tokens = doc.tokens
    if reporter.end >= report or tokens[reporter.end].surface not in _SUBJECT:
        return False
    for at in range(reporter.end + 2, report):
        if tokens[at].surface not in ("から", "より"):
            continue
        if not names_a_party(doc, at) or not_the_trigger(doc, at, lex):
            return False
        if not governs(doc, at, report):
            return False
        return _named_by_clause(doc, reporter.end + 1, at)
    return False


def _named_by_clause(doc: Doc, lo: int, at: int) -> bool:
    """The words before から at `at`, back to `lo`, are a name after a verb that ends a
    clause on it: 「…を委託している|株式会社△△|から」; a comma (「調査し、A社から」) ends
    a clause of its own, not one on the name."""
    tokens = doc.tokens
    i = at - 1
    while i >= lo and _in_name(tokens[i].pos1, tokens[i].surface):
        i -= 1
    if i < lo or i == at - 1:
        return False
    # The clause ends in a verb, or in its auxiliary or て (「委託している」「運営する」).
    if tokens[i].pos1 not in _VERB_TAIL and tokens[i].surface != "て":
        return False
    return tokens[i].lemma not in ("だ", "です")


def _in_name(pos1: str, surface: str) -> bool:
    """A word of a firm's name or of a gloss in brackets (「本社：東京都」), not a comma."""
    if surface in BRACKETS or pos1 in _NAME_POS:
        return True
    return pos1 == "補助記号" and surface not in _CLAUSE_MARKS
