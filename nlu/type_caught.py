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
from nlu.phrases import Match, PhraseSet

FILE: Final = "nlu_type_caught.toml"
# The particles between the malware word and the tool's verb (を検知, が検出され).
_ROLES: Final = frozenset({"を", "が", "は"})


class TypeCaughtFile(config.Schema):
    """`config/nlu_type_caught.toml`."""

    caught: NonEmptyWords
    traces: NonEmptyWords


@cache
def _file() -> TypeCaughtFile:
    return config.load(FILE, TypeCaughtFile)


@cache
def _caught() -> frozenset[str]:
    return frozenset(_file().caught)


@cache
def _traces() -> PhraseSet:
    return PhraseSet({"trace": _file().traces})


def caught_by_tool(doc: Doc, end: int) -> bool:
    """Whether the malware word ending at token `end` is the object or subject of a tool's
    catching (を検知, が検出され, を隔離)."""
    tokens = doc.tokens
    return (
        end + 1 < len(tokens)
        and tokens[end].surface in _ROLES
        and tokens[end + 1].lemma in _caught()
    )


def trace_caught(doc: Doc, match: Match) -> bool:
    """Whether the malware cue `match` is one of its traces (a C2 call, a beacon) with a
    tool's catching after it in its sentence (「C2サーバーと判定されている宛先への通信を検知」)."""
    # The trace may run past the cue (「マルウェア」 of 「マルウェアの通信先」).
    hi = min(len(doc.tokens), match.end + _TRACE_TAIL)
    if not any(m.start <= match.start < m.end for m in _traces().find(doc, match.start, hi)):
        return False
    # Up to a full stop, not the sentence: an address pasted in a SOC's mail
    # (「宛先 (185.220.xx.xx:443) への通信を検知」) holds dots that end none.
    for token in doc.tokens[match.end : match.end + _TRACE_REACH]:
        if token.surface in _FULL_STOPS:
            return False
        if token.lemma in _caught():
            return True
    return False


# How many words a trace may run past its cue (の 通信 先).
_TRACE_TAIL: Final = 3
# How far after the trace the catching may stand, and what ends its sentence.
_TRACE_REACH: Final = 30
_FULL_STOPS: Final = frozenset({"。", "！", "!", "\n"})
