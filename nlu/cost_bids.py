"""Competing quotes for one piece of work: only the firm chosen is a cost.

「A社 350万、B社 420万。A社で進めたいです」 names two prices for the same work, one of which
will be paid. With a firm chosen in the message, the other firms' amounts are no cost; with
none chosen, none of them is told to be the cost, and all stay unassigned for the
conversation to ask. Words in `config/nlu_cost_bids.toml`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords, Word
from nlu.amounts import Amount
from nlu.patterns import alternation

FILE: Final = "nlu_cost_bids.toml"


class BidsFile(config.Schema):
    """`config/nlu_cost_bids.toml`."""

    firm_before: Word
    quote_words: NonEmptyWords
    chosen: NonEmptyWords


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], str]:
    file = config.load(FILE, BidsFile)
    return (
        re.compile(file.firm_before),
        re.compile(alternation(file.quote_words)),
        alternation(file.chosen),
    )


def competing_bids(text: str, amounts: Sequence[Amount]) -> tuple[set[int], set[int]]:
    """(the indices of the amounts quoted by a firm not chosen, those of bids with no firm
    chosen). Bids are two or more amounts each right after a different firm's name."""
    firm_before, quotes, chosen = _patterns()
    if quotes.search(text) is None:
        return set(), set()
    firms: dict[int, str] = {}
    for i, amount in enumerate(amounts):
        found = firm_before.search(text, max(0, amount.start - 16), amount.start)
        if found is not None:
            firms[i] = found.group("firm")
    if len(set(firms.values())) < 2:
        return set(), set()
    picked = {
        firm
        for firm in set(firms.values())
        if re.search(rf"{re.escape(firm)}社(?:さん|様)?(?:{chosen})", text)
    }
    if len(picked) == 1:
        return {i for i, firm in firms.items() if firm not in picked}, set()
    return set(), set(firms)
