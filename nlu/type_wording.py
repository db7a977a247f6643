"""Words of an incident type said in plain wording, with no cue word of its own: a sending
to another party than meant said as a mistake, a loss said still missing. Words in
`config/nlu_type_wording.toml`.
"""

from __future__ import annotations

from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from nlu.doc import Doc
from nlu.phrases import PhraseSet

FILE: Final = "nlu_type_wording.toml"


class TypeWordingFile(config.Schema):
    """`config/nlu_type_wording.toml`."""

    far_parties: NonEmptyWords
    regret_auxiliaries: NonEmptyWords
    error_verbs: NonEmptyWords
    still_missing: NonEmptyWords


@cache
def wording() -> TypeWordingFile:
    """The file, loaded and validated once."""
    return config.load(FILE, TypeWordingFile)


@cache
def _missing() -> PhraseSet:
    return PhraseSet({"missing": wording().still_missing})


def before_still_missing(doc: Doc, lo: int, hi: int) -> int:
    """Where a loss's scope ends once 「まだ見つかってません」 is cut off: that negation says
    the thing is still lost, not that it was not."""
    return next((m.start for m in _missing().find(doc, lo, hi)), hi)
