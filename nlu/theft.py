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

from nlu.doc import Doc
from nlu.lexicon import THEFT, Lexicon
from nlu.phrases import Match
from nlu.polarity import Polarity, polarity, scope_after


def read_theft(doc: Doc, lex: Lexicon) -> bool | None:
    """True when the message states a theft, False when it denies one, None otherwise.

    The last definite statement wins (「盗難かと思いましたが、盗まれてはいませんでした」);
    a hedged or asked one is none.
    """
    match = theft_cue(doc, lex)
    return None if match is None else _stated(doc, match, lex)


def theft_cue(doc: Doc, lex: Lexicon) -> Match | None:
    """The theft word whose statement the message's reading is (the last definite one)."""
    stated = [m for m in _cues(doc, lex) if _stated(doc, m, lex) is not None]
    return stated[-1] if stated else None


def _cues(doc: Doc, lex: Lexicon) -> list[Match]:
    return [m for m in lex.thefts.find(doc) if m.label == THEFT]


def _stated(doc: Doc, match: Match, lex: Lexicon) -> bool | None:
    lo, hi = scope_after(doc, match.end)
    # 「盗難ではなく置き忘れでした」: the denial is read up to the next theft word only.
    hi = min([hi, *(m.start for m in _cues(doc, lex) if m.start >= match.end)])
    state = polarity(doc, lo, hi, lex, affirm_if=True)
    if state in (Polarity.AFFIRMED, Polarity.NEUTRAL):
        return True
    if state is Polarity.NEGATED:
        return False
    return None
