"""An attack of the past named as the background of the present incident: 「昨年のランサム
ウェア被害を受け、対策を強化してまいりましたが、このたび…」 tells what was done since last
year's attack; neither its type nor its access is this incident's. Words in
`config/nlu_type_background.toml`.

An attack word is background when a time in the past stands before it in its sentence, the
present incident is opened after it (このたび, 今回) in that sentence or the next, what was
done since (対策, 強化, 以来) is said between the two, and an incident word follows the
opening. A follow-up report of the same attack names no measure between them
(「昨年10月のランサムウェア被害について、このたび報告書を公表」) or no new incident after it
(「…対策を講じてまいりましたが、このたび調査が完了しました」), and stays the incident.
"""

from __future__ import annotations

from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from nlu.doc import Doc
from nlu.lexicon import NOT_INCIDENT, Lexicon
from nlu.phrases import Match, PhraseSet

FILE: Final = "nlu_type_background.toml"


class BackgroundFile(config.Schema):
    """`config/nlu_type_background.toml`."""

    past: NonEmptyWords
    since: NonEmptyWords
    current: NonEmptyWords


@cache
def _sets() -> dict[str, PhraseSet]:
    words = config.load(FILE, BackgroundFile)
    return {
        "past": PhraseSet({"past": words.past}),
        "since": PhraseSet({"since": words.since}),
        "current": PhraseSet({"current": words.current}),
    }


def in_background(doc: Doc, match: Match, lex: Lexicon) -> bool:
    """Whether the attack word `match` names a past attack told as the present one's
    background."""
    sets = _sets()
    first, last = doc.sentence_span(match.start)
    if not sets["past"].contains(doc, first, match.start):
        return False
    if last < len(doc.tokens):
        _, last = doc.sentence_span(last)
    opening = next(iter(sets["current"].find(doc, match.end, last)), None)
    if opening is None or not sets["since"].contains(doc, match.end, opening.start):
        return False
    return any(
        m.start >= opening.end and m.label != NOT_INCIDENT for m in lex.incident_cues.find(doc)
    )
