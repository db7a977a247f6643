"""The size of a loss (被害額) is no cost, unless that very amount is claimed.

「被害額は2,300万円です」 tells how much was lost, not what handling the incident cost or
what the company must pay: the amount is dropped, neither a cost nor unassigned (the
company's own lost revenue, 売上減少, is another matter: unassigned, labelling rule 11).
「被害額1,500万円の賠償を求められた」 asks the company to pay that amount: damages. Words in
`config/nlu_loss_sizes.toml`; the loss words themselves are cost words of no coverage
(`not_cost`) of `config/nlu_lexicon.toml`.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from nlu.doc import Doc
from nlu.patterns import alternation
from nlu.phrases import Match

FILE: Final = "nlu_loss_sizes.toml"


class LossSizesFile(config.Schema):
    """`config/nlu_loss_sizes.toml`."""

    losses: NonEmptyWords
    claims: NonEmptyWords
    denials: NonEmptyWords


@cache
def _words() -> tuple[frozenset[str], re.Pattern[str], re.Pattern[str]]:
    file = config.load(FILE, LossSizesFile)
    return (
        frozenset(file.losses),
        re.compile(alternation(file.claims)),
        re.compile(alternation(file.denials)),
    )


def claimed_loss_size(doc: Doc, cue: Match, end: int, next_start: int | None) -> bool:
    """Whether the amount ending at `end`, said with the loss word `cue`, is itself claimed:
    a claim word after it, before the next amount (`next_start`) and the sentence end, not
    denied after it in the sentence."""
    losses, claims, denials = _words()
    if doc.text[doc.starts[cue.start] : doc.ends[cue.end - 1]] not in losses:
        return False
    if end >= len(doc.text):
        return False
    _, last = doc.sentence_span(doc.token_at(end))
    sentence_end = doc.ends[last - 1] if last > 0 else len(doc.text)
    stop = sentence_end if next_start is None else min(next_start, sentence_end)
    claim = claims.search(doc.text, end, stop)
    return claim is not None and denials.search(doc.text, claim.end(), sentence_end) is None
