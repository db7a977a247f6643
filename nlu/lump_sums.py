"""A lump sum whose breakdown is said not to be given names no purpose of its own.

「ITベンダーに『緊急対応費』として一括で55万円振り込みました。内訳はまだもらってません」: what the
55万 paid for is not known yet, so it is unassigned (labelling rule 11), not the ⑤ its label
(対応費) would make it. Words in `config/nlu_lump_sums.toml`.
"""

from __future__ import annotations

from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from nlu.amounts import Amount
from nlu.doc import Doc

FILE: Final = "nlu_lump_sums.toml"
# At most this many characters between the lump word and its amount.
_GAP: Final = 2


class LumpSumsFile(config.Schema):
    """`config/nlu_lump_sums.toml`."""

    lump: NonEmptyWords
    no_breakdown: NonEmptyWords


@cache
def _file() -> tuple[tuple[str, ...], tuple[str, ...]]:
    file = config.load(FILE, LumpSumsFile)
    return tuple(sorted(file.lump, key=len, reverse=True)), tuple(file.no_breakdown)


def lump_sum_unexplained(doc: Doc, amount: Amount) -> bool:
    """Whether the amount is said as one sum (一括で) in a message that says its breakdown
    is not given (内訳はまだ)."""
    lump, no_breakdown = _file()
    before = doc.text[max(0, amount.start - _GAP - 3) : amount.start].rstrip(" ")
    if not any(w in before[-(len(w) + _GAP) :] for w in lump):
        return False
    return any(w in doc.text for w in no_breakdown)
