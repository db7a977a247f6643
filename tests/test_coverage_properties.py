"""Invariants of the engine over generated facts (hypothesis)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from coverage import (
    Access,
    CostKey,
    Detection,
    Facts,
    IncidentType,
    Rider,
    Rule,
    estimate,
    load_rider,
)
from coverage.facts import THIRD_PARTY_ASSUMPTION
from coverage.rules import scenario

RIDER = load_rider()
YEN = st.integers(min_value=0, max_value=500_000_000)


def _maybe(strategy: st.SearchStrategy[object]) -> st.SearchStrategy[object]:
    return st.none() | strategy


facts_strategy = st.builds(
    Facts,
    incident_type=_maybe(st.sampled_from(IncidentType)),
    detection=_maybe(st.sampled_from(Detection)),
    unauthorized_access=_maybe(st.sampled_from(Access)),
    announced=_maybe(st.booleans()),
    consent=_maybe(st.booleans()),
    individuals=_maybe(st.integers(min_value=0, max_value=100_000)),
    corporations=_maybe(st.integers(min_value=0, max_value=1_000)),
    costs=st.dictionaries(st.sampled_from(CostKey), YEN, max_size=9),
)
riders = st.builds(
    lambda liability, expense: RIDER.with_contract(
        liability_limit=liability, expense_limit=expense
    ),
    st.integers(min_value=0, max_value=RIDER.liability_limit_max),
    st.integers(min_value=0, max_value=RIDER.expense_limit_max),
)


@given(facts_strategy, riders)
def test_total_never_exceeds_the_total_cap(facts: Facts, rider: Rider) -> None:
    """No scenario pays more than min(liability limit, 3億円)."""
    result = estimate(facts, rider)
    for item in result.scenarios:
        assert 0 <= item.total <= min(rider.liability_limit, 300_000_000)


@given(facts_strategy, riders)
def test_expense_part_never_exceeds_the_cap_in_force(facts: Facts, rider: Rider) -> None:
    """The expense part stays under the expense limit, and under 200万円 when reduced."""
    for item in estimate(facts, rider).scenarios:
        assert item.expense_paid <= rider.expense_limit
        if item.rule in (Rule.NOT_ANNOUNCED, Rule.NOT_FOUND_EXTERNAL):
            assert item.expense_paid <= 2_000_000
        if item.rule is Rule.NOT_FOUND_SELF:
            assert item.expense_paid == 0


@given(facts_strategy, st.sampled_from(CostKey), st.integers(min_value=0, max_value=10**8))
def test_more_cost_never_pays_less(facts: Facts, key: CostKey, extra: int) -> None:
    """Within a scenario, adding to any cost never lowers the total."""
    more = dict(facts.costs)
    more[key] = more.get(key, 0) + extra
    bigger = Facts(**{**facts.__dict__, "costs": more})
    for rule in Rule:
        assert scenario(bigger, rule, {}, RIDER).total >= scenario(facts, rule, {}, RIDER).total


@given(facts_strategy)
def test_ninety_percent_never_pays_more_than_full(facts: Facts) -> None:
    """For the same costs, a 90 % scenario never pays more than the 100 % one."""
    full = scenario(facts, Rule.FULL, {}, RIDER).total
    for rule in (Rule.NOT_ANNOUNCED, Rule.NOT_FOUND_EXTERNAL, Rule.NOT_FOUND_SELF):
        assert scenario(facts, rule, {}, RIDER).total <= full


@given(facts_strategy)
def test_range_bounds_every_scenario(facts: Facts) -> None:
    """min ≤ every scenario's total ≤ max, and `total` is set exactly when they agree."""
    result = estimate(facts, RIDER)
    totals = {item.total for item in result.scenarios}
    assert all(result.min <= total <= result.max for total in totals)
    assert (result.total is not None) == (len(totals) == 1)


@settings(max_examples=50)
@given(facts_strategy)
def test_same_input_same_output(facts: Facts) -> None:
    """The engine is deterministic."""
    assert estimate(facts, RIDER) == estimate(facts, RIDER)


@given(facts_strategy)
def test_known_facts_are_never_assumed(facts: Facts) -> None:
    """A scenario's assumptions only ever name facts that were unknown, or the reading of
    a third party's report when one was given."""
    for item in estimate(facts, RIDER).scenarios:
        for name in item.assumptions:
            if name == THIRD_PARTY_ASSUMPTION:
                assert facts.detection is Detection.THIRD_PARTY
            else:
                assert getattr(facts, name) is None


@given(facts_strategy)
def test_every_amount_is_integer_yen(facts: Facts) -> None:
    """Every figure in the result is an int, never a float."""
    for item in estimate(facts, RIDER).scenarios:
        figures = [item.total, item.expense_paid, item.damages_paid, item.expense_subtotal]
        for line in item.lines:
            figures += [line.claimed, line.counted, line.after_ratio, line.after_limit]
        assert all(type(value) is int for value in figures)
