"""Malware named only as what a tool caught (「ウイルス対策ソフトがトロイの木馬を検知して隔離
した」): a file detected, not said to have run on our machines. Words in
`config/nlu_type_caught.toml`.
"""

from __future__ import annotations

from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from nlu.doc import Doc

FILE: Final = "nlu_type_caught.toml"
# The particles between the malware word and the tool's verb (を検知, が検出され).
_ROLES: Final = frozenset({"を", "が", "は"})


class TypeCaughtFile(config.Schema):
    """`config/nlu_type_caught.toml`."""

    caught: NonEmptyWords


@cache
def _caught() -> frozenset[str]:
    return frozenset(config.load(FILE, TypeCaughtFile).caught)


def caught_by_tool(doc: Doc, end: int) -> bool:
    """Whether the malware word ending at token `end` is the object or subject of a tool's
    catching (を検知, が検出され, を隔離)."""
    tokens = doc.tokens
    return (
        end + 1 < len(tokens)
        and tokens[end].surface in _ROLES
        and tokens[end + 1].lemma in _caught()
    )
