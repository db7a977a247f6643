"""An incident named only as a fact not confirmed names no type: 「持ち出しの事実は確認
できませんでした」. Words in `config/nlu_type_unconfirmed.toml`."""

from __future__ import annotations

from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from nlu.doc import Doc
from nlu.phrases import Match

FILE: Final = "nlu_type_unconfirmed.toml"


class UnconfirmedFile(config.Schema):
    """`config/nlu_type_unconfirmed.toml`."""

    facts: NonEmptyWords


@cache
def _facts() -> frozenset[str]:
    return frozenset(config.load(FILE, UnconfirmedFile).facts)


def as_a_fact(doc: Doc, cue: Match) -> bool:
    """The incident word is the owner of a fact word (「持ち出しの事実」「紛失の形跡」), so a
    doubt in its scope is whether it happened at all."""
    tokens = doc.tokens
    return (
        cue.end + 1 < len(tokens)
        and tokens[cue.end].surface == "の"
        and tokens[cue.end + 1].lemma in _facts()
    )
