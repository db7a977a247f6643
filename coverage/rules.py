"""The payout rules for one scenario, as small pure functions.

Order of application ([interpretation] in the spec): for each expense key, the per-victim
condolence cap, then amount × ratio rounded down, then the key's own limit; then the shared
group limits (①〜④, ⑤); then the expense cap, less what the rider already paid in expenses
this period; then consent; damages beside (less the deductible, then the liability limit);
then the total cap, less what the rider already paid in all this period.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import NamedTuple

from coverage.facts import EXPENSE_KEYS, CostKey, Facts
from coverage.money import apply_ratio, man_yen, yen
from coverage.results import Cut, GroupLine, Line, Rule, Scenario, Stage, Warning
from coverage.rider import Rider

_REDUCED = (Rule.NOT_ANNOUNCED, Rule.NOT_FOUND_EXTERNAL)


def ratio_for(rule: Rule, rider: Rider) -> int:
    """The payment ratio in percent for a row of the reduction table."""
    if rule is Rule.NOT_FOUND_SELF:
        return 0
    if rule in _REDUCED:
        return rider.reduced_ratio_percent
    return 100


class _Cap(NamedTuple):
    """The expense cap in force for a rule, with what a cut by it says."""

    amount: int
    clause: str
    message: str  # key of the cut's reason in the rider's messages

    def reason(self, rider: Rider) -> str:
        return rider.messages[self.message].format(limit=man_yen(self.amount))


def _cap_for(rule: Rule, rider: Rider) -> _Cap:
    if rule is Rule.NOT_FOUND_SELF:
        return _Cap(0, rider.not_payable_clause, "cut_not_payable")
    if rule in _REDUCED and rider.reduced_cap < rider.expense_limit:
        return _Cap(rider.reduced_cap, rider.reduction_clause, "cut_reduced_cap")
    return _Cap(rider.expense_limit, rider.expense_clause, "cut_expense_cap")


def condolence_cap(facts: Facts, rider: Rider) -> int | None:
    """500円 per individual + 5万円 per corporation; None when both counts are unknown."""
    if facts.individuals is None and facts.corporations is None:
        return None
    return (facts.individuals or 0) * rider.condolence_per_individual + (
        facts.corporations or 0
    ) * rider.condolence_per_corporation


def _counted(key: CostKey, claimed: int, facts: Facts, rider: Rider) -> tuple[int, list[Cut]]:
    if key is not CostKey.CONDOLENCE:
        return claimed, []
    cap = condolence_cap(facts, rider)
    if cap is None:
        if rider.condolence_in_full_when_victims_unknown:
            return claimed, []
        cap = 0
    if claimed <= cap:
        return claimed, []
    cut = Cut(
        Stage.VICTIM_CAP, claimed, cap, rider.condolence_clause, rider.messages["cut_victim_cap"]
    )
    return cap, [cut]


def expense_line(key: CostKey, claimed: int, facts: Facts, rule: Rule, rider: Rider) -> Line:
    """One expense key through the victim cap, the ratio and its own limit."""
    coverage = rider.coverages[key]
    counted, cuts = _counted(key, claimed, facts, rider)
    percent = ratio_for(rule, rider)
    after_ratio = apply_ratio(counted, percent)
    if after_ratio != counted:
        if rule is Rule.NOT_FOUND_SELF:
            clause, reason = rider.not_payable_clause, rider.messages["cut_not_payable"]
        else:
            clause = rider.reduction_clause
            reason = rider.messages["cut_ratio"].format(percent=percent)
        cuts.append(Cut(Stage.RATIO, counted, after_ratio, clause, reason))
    after_limit = after_ratio
    if coverage.limit is not None:
        # ※2: each own limit applies inside the expense cap, so it is clipped to it.
        limit = min(coverage.limit, rider.expense_limit)
        if after_ratio > limit:
            reason = rider.messages["cut_own_limit"].format(limit=man_yen(limit))
            cuts.append(Cut(Stage.OWN_LIMIT, after_ratio, limit, coverage.clause, reason))
            after_limit = limit
    return Line(key, coverage.clause, claimed, counted, after_ratio, after_limit, tuple(cuts))


def group_lines(lines: tuple[Line, ...], rider: Rider) -> tuple[GroupLine, ...]:
    """Apply each shared limit (①〜④, ⑤ with condolence) to the sum of its keys."""
    result = []
    for group in rider.groups.values():
        members = [line for line in lines if rider.coverages[line.key].group == group.name]
        if not members:
            continue
        subtotal = sum(line.after_limit for line in members)
        limit = min(group.limit, rider.expense_limit)
        keys = tuple(line.key for line in members)
        result.append(
            GroupLine(group.name, group.clause, keys, subtotal, limit, min(subtotal, limit))
        )
    return tuple(result)


def _damages(facts: Facts, rider: Rider) -> tuple[int, int, list[Cut]]:
    claimed = facts.costs.get(CostKey.DAMAGES, 0)
    clause = rider.coverages[CostKey.DAMAGES].clause
    cuts: list[Cut] = []
    paid = claimed
    if rider.deductible and paid:
        # 自己負担額を超えた部分: the deductible comes off before the liability limit.
        after = max(0, paid - rider.deductible)
        reason = rider.messages["cut_deductible"].format(amount=man_yen(rider.deductible))
        cuts.append(Cut(Stage.DEDUCTIBLE, paid, after, rider.deductible_clause, reason))
        paid = after
    if paid > rider.liability_limit:
        reason = rider.messages["cut_own_limit"].format(limit=man_yen(rider.liability_limit))
        cuts.append(Cut(Stage.OWN_LIMIT, paid, rider.liability_limit, clause, reason))
        paid = rider.liability_limit
    return claimed, paid, cuts


def _reduced_damages(
    damages: int, expenses: int, cap: int, rule: Rule, rider: Rider
) -> tuple[int, list[Cut]]:
    """[interpretation] off by default: damages under the ratio and, with expenses, the cap."""
    clause = rider.coverages[CostKey.DAMAGES].clause
    percent = ratio_for(rule, rider)
    after_ratio = apply_ratio(damages, percent)
    cuts = []
    if after_ratio != damages:
        reason = rider.messages["cut_ratio"].format(percent=percent)
        cuts.append(Cut(Stage.RATIO, damages, after_ratio, clause, reason))
    room = max(0, cap - expenses)
    if after_ratio > room:
        reason = rider.messages["cut_reduced_cap"].format(limit=man_yen(rider.reduced_cap))
        cuts.append(Cut(Stage.EXPENSE_CAP, after_ratio, room, rider.reduction_clause, reason))
    return min(after_ratio, room), cuts


def _rule_warnings(rule: Rule, rider: Rider) -> tuple[Warning, ...]:
    if rule is Rule.NOT_ANNOUNCED:
        return (Warning("not_announced", rider.messages["not_announced"]),)
    if rule is Rule.NOT_FOUND_SELF:
        return (Warning("not_payable_self", rider.messages["not_payable_self"]),)
    return ()


@dataclass(frozen=True)
class _Expenses:
    """The expense part of one scenario, before damages join it under the total cap."""

    lines: tuple[Line, ...]
    groups: tuple[GroupLine, ...]
    subtotal: int
    cap: int
    cap_clause: str
    capped: int
    paid: int
    if_consented: int | None
    cuts: tuple[Cut, ...]


def _expense_cap(subtotal: int, rule: Rule, rider: Rider) -> tuple[int, str, int, list[Cut]]:
    """The expense cap for the rule, then the same less what was paid this period.

    Returns the cap in force, its clause, the subtotal under it and the cuts made.
    """
    in_force = _cap_for(rule, rider)
    cap, clause = in_force.amount, in_force.clause
    cuts = []
    capped = min(subtotal, cap)
    if capped < subtotal:
        cuts.append(Cut(Stage.EXPENSE_CAP, subtotal, capped, clause, in_force.reason(rider)))
    left = max(0, cap - rider.paid_this_period_expenses)
    if capped > left:
        paid = yen(rider.paid_this_period_expenses)
        reason = rider.messages["cut_paid_expenses"].format(paid=paid)
        cuts.append(Cut(Stage.PAID_THIS_PERIOD_EXPENSES, capped, left, rider.period_clause, reason))
        capped = left
    return left, clause, capped, cuts


def _expenses(facts: Facts, rule: Rule, rider: Rider) -> _Expenses:
    costs = facts.costs
    lines = (
        tuple(
            expense_line(key, costs[key], facts, rule, rider)
            for key in EXPENSE_KEYS
            if key in costs
        )
        if costs
        else ()
    )
    if lines:
        groups = group_lines(lines, rider)
        ungrouped = sum(
            line.after_limit for line in lines if rider.coverages[line.key].group is None
        )
        subtotal = sum(group.paid for group in groups) + ungrouped
    else:  # no expense claimed (most messages): no group to sum, as group_lines(()) says
        groups, subtotal = (), 0

    cap, cap_clause, capped, cuts = _expense_cap(subtotal, rule, rider)
    paid = capped
    if_consented: int | None = None
    if facts.consent is False and capped:
        # ※3: nothing is paid, but the reply still shows what consent would have paid.
        if_consented = capped
        paid = 0
        reason = rider.messages["cut_consent"]
        cuts.append(Cut(Stage.CONSENT, capped, 0, rider.consent_clause, reason))
    return _Expenses(
        lines=lines,
        groups=groups,
        subtotal=subtotal,
        cap=cap,
        cap_clause=cap_clause,
        capped=capped,
        paid=paid,
        if_consented=if_consented,
        cuts=tuple(cuts),
    )


def _damages_under(
    rule: Rule, expenses: _Expenses, facts: Facts, rider: Rider
) -> tuple[int, int, list[Cut]]:
    """Damages (claimed, paid, cuts), under the reduction only if the rider says so."""
    claimed, paid, cuts = _damages(facts, rider)
    if rider.reduction_applies_to_damages and rule in (*_REDUCED, Rule.NOT_FOUND_SELF):
        paid, more_cuts = _reduced_damages(paid, expenses.paid, expenses.cap, rule, rider)
        cuts.extend(more_cuts)
    return claimed, paid, cuts


def _total(before: int, rider: Rider) -> tuple[int, int, tuple[Cut, ...]]:
    """The total cap in force, the total under it, and the cuts that bite."""
    total_cap = rider.period_total_cap
    total = min(before, total_cap)
    cuts = []
    if total < before:
        reason = rider.messages["cut_total_cap"].format(limit=man_yen(total_cap))
        cuts.append(Cut(Stage.TOTAL_CAP, before, total, rider.total_cap_clause, reason))
    left = max(0, total_cap - rider.paid_this_period_total)
    if total > left:
        reason = rider.messages["cut_paid_total"].format(paid=yen(rider.paid_this_period_total))
        cuts.append(Cut(Stage.PAID_THIS_PERIOD_TOTAL, total, left, rider.period_clause, reason))
        total = left
    return left, total, tuple(cuts)


def _same_payout(rule: Rule) -> Rule:
    """The rule that pays exactly as `rule` does: every figure, cut and reason of a
    scenario but its warnings depends on the rule only through `ratio_for`,
    `_cap_for` and `rule is NOT_FOUND_SELF`, which agree within
    {FULL, NOT_CYBER} and within `_REDUCED`."""
    if rule is Rule.NOT_FOUND_SELF:
        return rule
    return Rule.NOT_ANNOUNCED if rule in _REDUCED else Rule.FULL


_Payout = tuple[_Expenses, int, int, tuple[Cut, ...], int, int, tuple[Cut, ...]]


def _payout(facts: Facts, rule: Rule, rider: Rider) -> _Payout:
    """Every figure of a scenario under `rule` (all immutable, so scenarios may share it)."""
    expenses = _expenses(facts, rule, rider)
    damages_claimed, damages_paid, damages_cuts = _damages_under(rule, expenses, facts, rider)
    total_cap, total, total_cuts = _total(expenses.paid + damages_paid, rider)
    return (
        expenses,
        damages_claimed,
        damages_paid,
        tuple(damages_cuts),
        total_cap,
        total,
        total_cuts,
    )


def _scenario_of(
    rule: Rule, assumptions: Mapping[str, str | bool], payout: _Payout, rider: Rider
) -> Scenario:
    expenses, damages_claimed, damages_paid, damages_cuts, total_cap, total, total_cuts = payout
    return Scenario(
        assumptions=dict(assumptions),
        rule=rule,
        ratio_percent=ratio_for(rule, rider),
        expense_cap=expenses.cap,
        expense_cap_clause=expenses.cap_clause,
        lines=expenses.lines,
        groups=expenses.groups,
        expense_subtotal=expenses.subtotal,
        expense_capped=expenses.capped,
        expense_paid=expenses.paid,
        expense_if_consented=expenses.if_consented,
        expense_cuts=expenses.cuts,
        damages_claimed=damages_claimed,
        damages_paid=damages_paid,
        damages_cuts=damages_cuts,
        total_cap=total_cap,
        total=total,
        total_cuts=total_cuts,
        warnings=_rule_warnings(rule, rider),
    )


def scenario(
    facts: Facts, rule: Rule, assumptions: Mapping[str, str | bool], rider: Rider
) -> Scenario:
    """Compute the whole payout for `facts` under one row of the reduction table."""
    return _scenario_of(rule, assumptions, _payout(facts, rule, rider), rider)


def scenarios(
    facts: Facts, rules: Iterable[tuple[Rule, Mapping[str, str | bool]]], rider: Rider
) -> tuple[Scenario, ...]:
    """`scenario` for each (rule, assumptions), each payout computed once per estimate.

    Unknown facts often give four rows of which two (not announced, not found with an
    external report) pay alike: their lines, groups and cuts are the same values, so the
    second reuses the first's rather than computing and building them again.
    """
    payouts: dict[Rule, _Payout] = {}
    result = []
    for rule, assumptions in rules:
        same = _same_payout(rule)
        payout = payouts.get(same)
        if payout is None:
            payout = payouts[same] = _payout(facts, same, rider)
        result.append(_scenario_of(rule, assumptions, payout, rider))
    return tuple(result)
