"""Whether a message says a thing was stolen, not lost (「置き引きにあいました」).

The payout rules know one incident type for both, `lost_or_stolen`; the reporting duty does
not: a theft is done with 不正の目的, reportable from one person (施行規則第7条第3号). So a
theft is read on its own, from its words (config [incident_types] `thefts`), as the other
readers read a fact: the rest of the cue's clause decides (`nlu.polarity`).

A theft only supposed (「盗まれたかも」「盗難の可能性」) or asked about (「盗難でも出る？」)
states nothing: the spec's example 2 has the bot say that the trigger *may* apply when a
theft is suspected, not that it fires (../shared/spec/reporting.md). A denial
(「盗まれていませんでした」「盗難ではなく置き忘れでした」) is read too, so that a later
message can take back a theft said before.
"""

from __future__ import annotations

from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from coverage import IncidentType
from nlu.doc import Doc
from nlu.lexicon import THEFT, Lexicon
from nlu.phrases import Match, PhraseSet
from nlu.polarity import Polarity, polarity, scope_after

FILE: Final = "nlu_break_ins.toml"
# Case particles that make the place before them where one got in (当店に, 店舗へ, 窓から).
_PLACE_PARTICLES: Final = frozenset({"に", "へ", "から"})
_SUBJECT_PARTICLES: Final = frozenset({"が", "に"})


class BreakInsFile(config.Schema):
    """`config/nlu_break_ins.toml`."""

    entering: NonEmptyWords
    premises: NonEmptyWords
    burglars: NonEmptyWords
    forcing: NonEmptyWords
    someone_entered: NonEmptyWords
    systems: NonEmptyWords


@cache
def _break_ins() -> tuple[frozenset[str], PhraseSet]:
    file = config.load(FILE, BreakInsFile)
    sets = PhraseSet({"place": file.premises, "burglar": file.burglars, "force": file.forcing})
    return frozenset(file.entering), sets


@cache
def _entering_sets() -> tuple[PhraseSet, PhraseSet]:
    file = config.load(FILE, BreakInsFile)
    return (
        PhraseSet({"entered": file.someone_entered}),
        PhraseSet({"system": file.systems, "place": file.premises, "burglar": file.burglars}),
    )


def entered_systems(doc: Doc) -> list[Match]:
    """「保守業者から誰かに入られたかもしれないと連絡」: someone getting in, said of no place,
    is an intrusion (an `unauthorized_access` cue, read for its doubts as any) only where its
    sentence names a system and no premises or burglar: otherwise it may be a break-in."""
    entered, around = _entering_sets()
    kept: list[Match] = []
    for match in entered.find(doc):
        first, last = doc.sentence_span(match.start)
        named = {m.label for m in around.find(doc, first, last)}
        if named == {"system"}:
            kept.append(Match(match.start, match.end, IncidentType.UNAUTHORIZED_ACCESS.value))
    return kept


def broken_into(doc: Doc, match: Match) -> bool:
    """「当店に何者かが侵入し」「事務所に泥棒が侵入」「窓ガラスを割って侵入」: the getting in
    said of premises, a burglar or force on a door earlier in its clause is a break-in, no
    attack on our systems (「サーバーに侵入」 names none of these)."""
    entering, sets = _break_ins()
    if doc.tokens[match.start].lemma not in entering:
        return False
    tokens = doc.tokens
    lo = _clause_with_settings(doc, match.start)
    for m in sets.find(doc, lo, match.start):
        after = tokens[m.end].surface if m.end < match.start else ""
        if m.label == "force" or (
            after in (_PLACE_PARTICLES if m.label == "place" else _SUBJECT_PARTICLES)
        ):
            return True
    return False


def _clause_with_settings(doc: Doc, start: int) -> int:
    """Where the clause of the word at `start` begins, past the commas that only set off
    its place and its time (「現場事務所に、10月18日夜間、何者かが侵入し」): a segment
    with no verb before them still belongs to its predicate."""
    lo = doc.clause_start(start)
    first, _ = doc.sentence_span(start)
    while lo > first:
        prev = doc.clause_start(lo - 1)
        if any(t.pos1 in ("動詞", "助動詞", "形容詞") for t in doc.tokens[prev:lo]):
            break
        lo = prev
    return lo


def read_theft(doc: Doc, lex: Lexicon) -> bool | None:
    """True when the message states a theft, False when it denies one, None otherwise.

    The last definite statement wins (「盗難かと思いましたが、盗まれてはいませんでした」);
    a hedged or asked one is none.
    """
    stated = [said for _, _, said in _statements(doc, lex) if said is not None]
    return stated[-1] if stated else None


def theft_doubted(doc: Doc, lex: Lexicon) -> bool:
    """「盗まれたかもしれません」「盗難の疑いがあります」: a theft supposed, not stated nor
    asked about, and no theft stated or denied in the message. The spec's example 2: then
    第3号 *may* apply, and the bot says so in those words (../shared/spec/reporting.md)."""
    statements = _statements(doc, lex)
    if any(said is not None for _, _, said in statements):
        return False
    return any(state is Polarity.HEDGED for _, state, _ in statements)


def theft_cue(doc: Doc, lex: Lexicon) -> Match | None:
    """The theft word whose statement the message's reading is (the last definite one)."""
    stated = [m for m, _, said in _statements(doc, lex) if said is not None]
    return stated[-1] if stated else None


def _statements(doc: Doc, lex: Lexicon) -> list[tuple[Match, Polarity, bool | None]]:
    """Each theft word, its clause's polarity and what that states (True a theft, False
    none, None nothing). Kept on the `Doc`: the reading, the doubt and the evidence each
    ask for it."""
    key = ("thefts", id(lex))
    kept: list[tuple[Match, Polarity, bool | None]] | None = doc.cache.get(key)
    if kept is None:
        cues = [
            m for m in lex.thefts.find(doc) if m.label == THEFT and not _taken_unwritten(doc, m)
        ]
        kept = doc.cache[key] = [
            (m, state, _states(state)) for m in cues for state in [_polarity(doc, m, cues, lex)]
        ]
    return kept


def _taken_unwritten(doc: Doc, match: Match) -> bool:
    """「時間を取られた」「手間とられて」: the theft word 盗られる, which UniDic reads as 取る,
    matched by a 取る not written with its kanji 盗: time or effort taken, no theft
    (`nlu.type_wording.stolen_written` tells the type the same way)."""
    return any(
        t.lemma == _TAKING and not t.surface.startswith(_STEALING)
        for t in doc.tokens[match.start : match.end]
    )


_TAKING: Final = "取る"
_STEALING: Final = "盗"


def _polarity(doc: Doc, match: Match, cues: list[Match], lex: Lexicon) -> Polarity:
    lo, hi = scope_after(doc, match.end)
    # 「盗難ではなく置き忘れでした」: the denial is read up to the next theft word only.
    hi = min([hi, *(m.start for m in cues if m.start >= match.end)])
    return polarity(doc, lo, hi, lex, affirm_if=True)


def _states(state: Polarity) -> bool | None:
    if state in (Polarity.AFFIRMED, Polarity.NEUTRAL):
        return True
    if state is Polarity.NEGATED:
        return False
    return None
