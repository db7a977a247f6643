"""Data shown to the wrong people by a system's bug or a setting's error (「他の会員の注文履歴が
見えてしまう不具合がありました」): the seeing is what the bug did, so the incident is the bug
(`other`, tests/data/README.md rule 2: misconfiguration, system bug), not a visual leak, which
is seen over a shoulder or at a counter. Words in `config/nlu_type_bugs.toml`.
"""

from __future__ import annotations

from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from nlu.doc import Doc
from nlu.lexicon import Lexicon
from nlu.phrases import Match, PhraseSet

FILE: Final = "nlu_type_bugs.toml"


class TypeBugsFile(config.Schema):
    """`config/nlu_type_bugs.toml`."""

    bugs: NonEmptyWords


@cache
def _bugs() -> PhraseSet:
    return PhraseSet({"bug": config.load(FILE, TypeBugsFile).bugs})


def seen_through_bug(doc: Doc, match: Match, lex: Lexicon) -> bool:
    """Whether the visual-leak cue `match` shares its sentence with a system's bug or a
    setting's error, and the sentence names no paper or counter (「窓口のモニター」 seen by
    visitors stays a visual leak)."""
    if not _bugs().any(doc):
        return False
    lo, hi = doc.sentence_span(match.start)
    return _bugs().contains(doc, lo, hi) and not lex.physical_media.contains(doc, lo, hi)
