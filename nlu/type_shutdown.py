"""A machine switched off is no loss: 「NASはもう電源落としました」 says 落とす of power, not
of a thing dropped. Words in `config/nlu_type_shutdown.toml`."""

from __future__ import annotations

from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from nlu.doc import Doc
from nlu.phrases import Match

FILE: Final = "nlu_type_shutdown.toml"
_DROP: Final = "落とす"
# Between the thing and 落とす: its particle and an adverb (電源・は・もう・落とし).
_BETWEEN: Final = frozenset({"助詞", "副詞"})
_REACH: Final = 3


class ShutdownFile(config.Schema):
    """`config/nlu_type_shutdown.toml`."""

    switched: NonEmptyWords


@cache
def _switched() -> frozenset[str]:
    return frozenset(config.load(FILE, ShutdownFile).switched)


def switched_off(doc: Doc, cue: Match) -> bool:
    """The loss cue is 落とす whose object, a few particles or adverbs back, is something one
    switches off (「電源落とした」「サーバーは電源も落としてあります」)."""
    tokens = doc.tokens
    if tokens[cue.start].lemma != _DROP:
        return False
    i = cue.start - 1
    while i >= max(0, cue.start - _REACH) and tokens[i].pos1 in _BETWEEN:
        i -= 1
    return i >= 0 and tokens[i].lemma in _switched()
