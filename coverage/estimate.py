"""The engine's entry point: facts in, every possible payout out."""

from __future__ import annotations

from coverage.facts import EXPENSE_KEYS, THIRD_PARTY_ASSUMPTION, CostKey, Facts
from coverage.money import yen
from coverage.results import Estimate, Scenario, Warning
from coverage.rider import Rider
from coverage.rules import condolence_cap, scenarios
from coverage.scenarios import is_outside_rules, possible_rules, reduction_applies


def _has_expenses(facts: Facts) -> bool:
    return any(key in facts.costs for key in EXPENSE_KEYS)


def _warnings(
    facts: Facts, scenarios: tuple[Scenario, ...], rider: Rider, has_expenses: bool
) -> tuple[Warning, ...]:
    """The estimate's warnings; `has_expenses` is `_has_expenses(facts)`, computed once."""
    text = rider.messages
    found: list[Warning] = []
    if facts.consent is None:
        found.append(Warning("consent_unknown", text["consent_unknown"]))
    elif facts.consent is False and has_expenses:
        best = max((s.expense_if_consented or 0) for s in scenarios)
        found.append(Warning("consent_refused", text["consent_refused"].format(amount=yen(best))))
    if facts.incident_type is None and reduction_applies(facts, rider):
        found.append(Warning("incident_type_unknown", text["incident_type_unknown"]))
    if any(THIRD_PARTY_ASSUMPTION in item.assumptions for item in scenarios):
        found.append(Warning("third_party_report", text["third_party_report"]))
    if is_outside_rules(facts.incident_type):
        found.append(Warning("incident_type_other", text["incident_type_other"]))
    if (
        CostKey.CONDOLENCE in facts.costs
        and condolence_cap(facts, rider) is None
        and rider.condolence_in_full_when_victims_unknown
    ):
        found.append(Warning("condolence_victims_unknown", text["condolence_victims_unknown"]))
    if facts.costs and (rider.paid_this_period_expenses or rider.paid_this_period_total):
        paid = text["paid_this_period"].format(
            expenses=yen(rider.paid_this_period_expenses), total=yen(rider.paid_this_period_total)
        )
        found.append(Warning("paid_this_period", paid))
    if has_expenses:
        for item in scenarios:
            for warning in item.warnings:
                if warning not in found:
                    found.append(warning)
    return tuple(found)


def _unknown_facts(scenarios: tuple[Scenario, ...]) -> tuple[str, ...]:
    names: list[str] = []
    for item in scenarios:
        names.extend(name for name in item.assumptions if name not in names)
    return tuple(names)


def estimate(facts: Facts, rider: Rider) -> Estimate:
    """Compute the payout for `facts`, one scenario per way the unknown facts could go.

    When no expense is claimed, the reduction table cannot change anything, so a single
    scenario stands for all of them.
    """
    rules = possible_rules(facts, rider)
    has_expenses = _has_expenses(facts)
    if not has_expenses:
        rules = [(rules[0][0], {})]
    found = scenarios(facts, rules, rider)
    totals = [item.total for item in found]
    cap = condolence_cap(facts, rider)
    return Estimate(
        facts=facts,
        scenarios=found,
        total=totals[0] if len(set(totals)) == 1 else None,
        min=min(totals),
        max=max(totals),
        warnings=_warnings(facts, found, rider, has_expenses),
        condolence_if_paid=cap if cap and CostKey.CONDOLENCE not in facts.costs else None,
        unknown_facts=_unknown_facts(found) if len(found) > 1 else (),
    )
