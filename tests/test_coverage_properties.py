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
from coverage.facts import THIRD_PARTY_ASSUMPTION, ThirdPartyReading
from coverage.rider_schema import ContractFile
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
        ContractFile(liability_limit=liability, expense_limit=expense)
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


# A contract's own file: limits, then what was already paid this period under them.
contracts = st.builds(
    lambda liability, expense, deductible, tp: RIDER.with_contract(
        ContractFile(
            liability_limit=liability,
            expense_limit=expense,
            deductible=deductible,
            third_party_report=tp,
        )
    ),
    st.integers(min_value=0, max_value=RIDER.liability_limit_max),
    st.integers(min_value=0, max_value=RIDER.expense_limit_max),
    st.integers(min_value=0, max_value=5_000_000),
    st.sampled_from(ThirdPartyReading),
)
# Fractions of the limit in force, in thousandths: 0 … the whole limit.
shares = st.integers(min_value=0, max_value=1000)


def _paid(rider: Rider, expenses: int, total: int) -> Rider:
    return RIDER.with_contract(
        ContractFile(
            liability_limit=rider.liability_limit,
            expense_limit=rider.expense_limit,
            deductible=rider.deductible,
            third_party_report=rider.third_party_report,
            paid_this_period_expenses=rider.expense_limit * expenses // 1000,
            paid_this_period_total=rider.period_total_cap * total // 1000,
        )
    )


@given(facts_strategy, contracts, shares, shares)
def test_paid_this_period_only_lowers_the_payout_never_below_0(
    facts: Facts, rider: Rider, expenses: int, total: int
) -> None:
    """What was already paid this period never raises any scenario's figures nor makes one
    negative, and the payout stays under the caps less what was paid."""
    paid = _paid(rider, expenses, total)
    for rule in Rule:
        before, after = scenario(facts, rule, {}, rider), scenario(facts, rule, {}, paid)
        assert 0 <= after.total <= before.total
        assert 0 <= after.expense_paid <= before.expense_paid
        assert after.damages_paid == before.damages_paid
        assert after.expense_paid <= max(0, before.expense_cap - paid.paid_this_period_expenses)
        assert after.total <= max(0, rider.period_total_cap - paid.paid_this_period_total)


@given(facts_strategy, contracts, shares, shares, shares, shares)
def test_more_paid_this_period_never_pays_more(
    facts: Facts, rider: Rider, e1: int, t1: int, e2: int, t2: int
) -> None:
    """More already paid this period, in expenses or in all, never pays more."""
    less = _paid(rider, min(e1, e2), min(t1, t2))
    more = _paid(rider, max(e1, e2), max(t1, t2))
    assert 0 <= estimate(facts, more).max <= estimate(facts, less).max
    assert 0 <= estimate(facts, more).min <= estimate(facts, less).min


@given(facts_strategy, contracts)
def test_deductible_only_lowers_damages(facts: Facts, rider: Rider) -> None:
    """The deductible lowers damages by at most its amount and never touches expenses."""
    none = RIDER.with_contract(
        ContractFile(liability_limit=rider.liability_limit, expense_limit=rider.expense_limit)
    )
    for rule in Rule:
        with_it, without = scenario(facts, rule, {}, rider), scenario(facts, rule, {}, none)
        assert with_it.expense_paid == without.expense_paid
        assert 0 <= with_it.damages_paid <= without.damages_paid
        assert without.damages_paid - with_it.damages_paid <= rider.deductible


@given(facts_strategy, contracts, shares, shares)
def test_every_cut_names_its_clause_and_reason(
    facts: Facts, rider: Rider, expenses: int, total: int
) -> None:
    """Under any contract, every cut lowers an amount and names its clause and a reason."""
    for item in estimate(facts, _paid(rider, expenses, total)).scenarios:
        cuts = [cut for line in item.lines for cut in line.cuts]
        cuts += [*item.expense_cuts, *item.damages_cuts, *item.total_cuts]
        for cut in cuts:
            assert 0 <= cut.after < cut.before
            assert cut.clause.strip() and cut.reason.strip()
            assert "{" not in cut.reason
