"""The spec's worked examples and the case table, run through the engine."""

from __future__ import annotations

from typing import Any

import pytest

from coverage import estimate, facts_from_json
from tests.coverage_helpers import load_cases, rider_for

EXAMPLES = load_cases("coverage_examples.toml")
CASES = load_cases("coverage_cases.toml")
CONTRACT_CASES = load_cases("coverage_contract_cases.toml")
ALL = EXAMPLES + CASES + CONTRACT_CASES


def _check(case: dict[str, Any]) -> None:
    rider = rider_for(case)
    result = estimate(facts_from_json(case["facts"], rider), rider)
    expected = case["expected"]
    totals = [item.total for item in result.scenarios]
    assert result.total == expected.get("total")
    if "total" in expected:
        assert result.min == result.max == expected["total"]
    if "min" in expected:
        assert (result.min, result.max) == (expected["min"], expected["max"])
    if "scenario_totals" in expected:
        assert totals == expected["scenario_totals"]
    if "if_consented" in expected:
        assert [s.expense_if_consented for s in result.scenarios] == expected["if_consented"]
    if "condolence_if_paid" in expected:
        assert result.condolence_if_paid == expected["condolence_if_paid"]
    if "stages" in expected:
        stages = [
            [cut.stage.value for cut in (*s.expense_cuts, *s.damages_cuts, *s.total_cuts)]
            for s in result.scenarios
        ]
        assert stages == expected["stages"]
    codes = {warning.code for warning in result.warnings}
    assert set(expected.get("warnings", [])) <= codes
    assert not set(expected.get("no_warnings", [])) & codes


@pytest.mark.parametrize("case", EXAMPLES, ids=[c["name"] for c in EXAMPLES])
def test_worked_example(case: dict[str, Any]) -> None:
    """Each of the spec's ten worked examples gives the spec's figure."""
    _check(case)


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_case_table(case: dict[str, Any]) -> None:
    """Each hand-computed case gives its expected figures."""
    _check(case)


@pytest.mark.parametrize("case", CONTRACT_CASES, ids=[c["name"] for c in CONTRACT_CASES])
def test_contract_case_table(case: dict[str, Any]) -> None:
    """Each hand-computed case under a contract's own file gives its figures and its cuts."""
    _check(case)


def test_contract_cases_touch_every_contract_key() -> None:
    """The contract table sets every key a contract file may hold, and each figure key bites."""
    from coverage.rider_schema import ContractFile

    keys = {key for case in CONTRACT_CASES for key in case["contract"]}
    assert keys == set(ContractFile.model_fields)
    stages = {
        stage
        for case in CONTRACT_CASES
        for row in case["expected"].get("stages", [])
        for stage in row
    }
    assert {"deductible", "paid_this_period_expenses", "paid_this_period_total"} <= stages


def test_case_tables_touch_every_clause_and_rule() -> None:
    """Together the tables exercise every cost key, every rule row and a contract."""
    from coverage import CostKey, Rule

    keys: set[str] = set()
    rules: set[Rule] = set()
    for case in ALL:
        rider = rider_for(case)
        result = estimate(facts_from_json(case["facts"], rider), rider)
        keys.update(case["facts"].get("costs", {}))
        rules.update(item.rule for item in result.scenarios)
    assert keys == {key.value for key in CostKey}
    assert rules == set(Rule)
    assert any("contract" in case for case in ALL)
    assert len(CASES) >= 40
