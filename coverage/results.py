"""What the engine returns: every yen with the clause and the reason behind it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from coverage.facts import CostKey, Facts


class Rule(StrEnum):
    """Which row of the reduction table (支払限度額に関するご注意) a scenario falls under."""

    FULL = "full"  # found and announced: 100 %, normal caps
    NOT_ANNOUNCED = "not_announced"  # found, not announced: 90 %, 200万円
    NOT_FOUND_EXTERNAL = "not_found_external"  # not found, external report: 90 %, 200万円
    NOT_FOUND_SELF = "not_found_self"  # not found, self-detected: not payable
    NOT_CYBER = "not_cyber"  # the reduction table does not apply: 100 %, normal caps


class Stage(StrEnum):
    """A step at which an amount can be cut, in the order the rules apply them."""

    VICTIM_CAP = "victim_cap"
    RATIO = "ratio"
    OWN_LIMIT = "own_limit"
    GROUP_LIMIT = "group_limit"
    DEDUCTIBLE = "deductible"
    EXPENSE_CAP = "expense_cap"
    PAID_THIS_PERIOD_EXPENSES = "paid_this_period_expenses"  # the expense cap, less paid
    CONSENT = "consent"
    TOTAL_CAP = "total_cap"
    PAID_THIS_PERIOD_TOTAL = "paid_this_period_total"  # the total cap, less paid


@dataclass(frozen=True)
class Cut:
    """One reduction of an amount, with the clause that makes it."""

    stage: Stage
    before: int
    after: int
    clause: str
    reason: str


@dataclass(frozen=True)
class Warning:
    """Something the user must know next to the figure; `code` is stable, `message` Japanese."""

    code: str
    message: str


@dataclass(frozen=True)
class Line:
    """One coverage key: claimed → counted → after the ratio → after its own limit."""

    key: CostKey
    clause: str
    claimed: int
    counted: int
    after_ratio: int
    after_limit: int
    cuts: tuple[Cut, ...]


@dataclass(frozen=True)
class GroupLine:
    """Keys sharing one limit (①〜④, ⑤ with condolence): their sum and the limit applied."""

    group: str
    clause: str
    keys: tuple[CostKey, ...]
    subtotal: int
    limit: int
    paid: int


@dataclass(frozen=True)
class Scenario:
    """The payout under one set of assumptions about the facts that were unknown."""

    assumptions: Mapping[str, str | bool]
    rule: Rule
    ratio_percent: int
    expense_cap: int
    expense_cap_clause: str
    lines: tuple[Line, ...]
    groups: tuple[GroupLine, ...]
    expense_subtotal: int
    expense_capped: int
    expense_paid: int
    expense_if_consented: int | None
    expense_cuts: tuple[Cut, ...]
    damages_claimed: int
    damages_paid: int
    damages_cuts: tuple[Cut, ...]
    total_cap: int
    total: int
    total_cuts: tuple[Cut, ...]
    warnings: tuple[Warning, ...]


@dataclass(frozen=True)
class Estimate:
    """All scenarios for one set of facts; `total` is set only when they all agree."""

    facts: Facts
    scenarios: tuple[Scenario, ...]
    total: int | None
    min: int
    max: int
    warnings: tuple[Warning, ...]
    condolence_if_paid: int | None
    unknown_facts: tuple[str, ...]
