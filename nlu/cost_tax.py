"""An amount before tax said right beside its amount with tax: one cost, said twice.

「税抜300万円／税込330万円」 names the same work's price two ways; the amount payable
(税込) is the cost, the one before tax no cost of its own (labelling rule 8). Words in
`config/nlu_cost_tax.toml`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from itertools import pairwise
from typing import Final

import config
from config.types import NonEmptyWords
from nlu.amounts import Amount
from nlu.patterns import alternation

FILE: Final = "nlu_cost_tax.toml"


class TaxFile(config.Schema):
    """`config/nlu_cost_tax.toml`."""

    before_tax: NonEmptyWords
    with_tax: NonEmptyWords
    separators: str


@cache
def _words() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    file = config.load(FILE, TaxFile)
    before, with_tax = alternation(file.before_tax), alternation(file.with_tax)
    return (
        re.compile(rf"(?:{before})[\s:：]*$"),
        re.compile(rf"(?:{with_tax})[\s:：]*$"),
        # Between the two amounts: marks and the tax words alone (「／税込」「（税込」).
        re.compile(rf"^(?:[{re.escape(file.separators)}]|{before}|{with_tax})*$"),
    )


def before_tax_twins(text: str, amounts: Sequence[Amount]) -> set[int]:
    """Indices of the amounts said before tax right beside the same price with tax: marked
    before tax (「税抜300万円／税込330万円」), or unmarked with the taxed one in brackets right
    after it (「300万円（税込330万円）」). Only marks and tax words may stand between."""
    before, with_tax, between = _words()

    def marked(pattern: re.Pattern[str], a: Amount) -> bool:
        return pattern.search(text, max(0, a.start - 8), a.start) is not None

    twins: set[int] = set()
    for i, (amount, other) in enumerate(pairwise(amounts)):
        gap = text[amount.end : other.start]
        if other.yen <= amount.yen or not between.match(gap) or not marked(with_tax, other):
            continue
        if marked(before, amount) or gap.lstrip()[:1] in ("(", "（"):
            twins.add(i)
    return twins
