"""Successive readings of one conversation folded into the engine's `Facts`.

A later explicit statement overrides an earlier one when the user corrects (「訂正」
「ではなく」「でした」「すみません」), when the earlier one was unknown, or when the case
moved on (not announced, then announced); one that only contradicts it (found, then not
found) is kept as a proposal (`FactState.proposed`) for the conversation to confirm, never
a silent overwrite. For costs, corrections never happen
by accident: a new amount for a cost already known replaces it only when the user
corrects (「訂正」「ではなく」「でした」), adds to it when they say so (「追加で」
「さらに」), and otherwise the old amount is kept and the clash is returned so the caller
can ask. A plain 調査 is resolved by `resolve_cost_key`.

The state and its JSON form are in `state`; the fold, by what it folds, in `values`,
`costs` and `evidence`. The names importers use are re-exported here.
"""

from __future__ import annotations

from nlu.cost_keys import resolve_cost_key as resolve_cost_key
from nlu.facts_builder.costs import CostClash
from nlu.facts_builder.state import SCALARS, FactState, facts_from_readings
from nlu.facts_builder.values import PROPOSABLE, ScalarClash

__all__ = [
    "PROPOSABLE",
    "SCALARS",
    "CostClash",
    "FactState",
    "ScalarClash",
    "facts_from_readings",
    "resolve_cost_key",
]
