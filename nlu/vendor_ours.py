"""Ourselves named as the one entrusted: no leak at a contractor of ours.

「市役所から『御社に委託している市民アンケートの回答データがネットで見られる』と連絡」: the
contractor cue 委託している has us (御社, 弊社) before its に: the writer's company is the
contractor, its principal the one telling, and what happened is the writer's own incident
(tests/data/README.md rule 2 keeps `vendor_leak` for an attack or a leak at a contractor of
ours). Words in `config/nlu_vendor_ours.toml`.
"""

from __future__ import annotations

from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from nlu.doc import Doc
from nlu.phrases import Match

FILE: Final = "nlu_vendor_ours.toml"
# The particles that name whom the work was given to (「御社に委託」「当社へ委託」).
_TO: Final = frozenset({"に", "へ"})
# Honorific prefixes said before the verb (「弊社にご委託いただいている」).
_HONORIFIC: Final = frozenset({"ご", "御"})
# How many tokens one of `ourselves` may take (わたくし + ども).
_LONGEST: Final = 3


class OursFile(config.Schema):
    """`config/nlu_vendor_ours.toml`."""

    ourselves: NonEmptyWords


@cache
def _ourselves() -> frozenset[str]:
    return frozenset(config.load(FILE, OursFile).ourselves)


def entrusted_to_us(doc: Doc, vendor: Match) -> bool:
    """Whether the contractor cue `vendor` is given, by its に, to ourselves."""
    tokens = doc.tokens
    i = vendor.start - 1
    if i >= 0 and tokens[i].surface in _HONORIFIC:
        i -= 1
    if i < 1 or tokens[i].surface not in _TO:
        return False
    # 御社 is two tokens (御 + 社): the words before に, as written.
    before = "".join(t.surface for t in tokens[max(0, i - _LONGEST) : i])
    return before.endswith(tuple(_ourselves()))
