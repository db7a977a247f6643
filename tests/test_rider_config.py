"""The rider and contract files: read strictly, failing with file, key and reason."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from coverage import ConfigError, load_rider
from coverage.rider import RIDER_FILE, parse_rider


def _rider_data() -> dict[str, Any]:
    with RIDER_FILE.open("rb") as fh:
        return tomllib.load(fh)


def test_default_rider_has_the_pamphlet_limits() -> None:
    """The shipped rider holds the pamphlet's 3億円, 3,000万円, 10万円, 500円 and 5万円."""
    rider = load_rider()
    assert (rider.total_cap, rider.liability_limit, rider.expense_limit) == (
        300_000_000,
        300_000_000,
        30_000_000,
    )
    assert (rider.condolence_per_individual, rider.condolence_per_corporation) == (500, 50_000)
    assert (rider.reduced_ratio_percent, rider.reduced_cap) == (90, 2_000_000)


BROKEN = [
    (("caps", "expenses", "amount"), -1, "caps.expenses.amount", "negative"),
    (("caps", "expenses", "amount"), "3000万", "caps.expenses.amount", "must be int"),
    (("coverages", "prevention", "limit"), True, "coverages.prevention.limit", "must be int"),
    (("reduction", "ratio_percent"), 190, "reduction.ratio_percent", "0–100"),
    (("coverages", "prevention", "group"), "nope", "coverages.prevention.group", "unknown group"),
    (("interpretation", "typo_setting"), True, "interpretation.typo_setting", "not a known"),
]


@pytest.mark.parametrize(("path", "value", "key", "reason"), BROKEN)
def test_bad_rider_value_names_file_key_and_reason(
    path: tuple[str, ...], value: object, key: str, reason: str
) -> None:
    """A broken value fails at load with the file, the dotted key and why."""
    data = _rider_data()
    table = data
    for part in path[:-1]:
        table = table[part]
    table[path[-1]] = value
    with pytest.raises(ConfigError) as info:
        parse_rider(data, "rider.toml")
    assert info.value.key == key
    assert reason in info.value.reason
    assert str(info.value).startswith("rider.toml: ")


def test_missing_key_is_reported() -> None:
    """A missing limit names itself."""
    data = _rider_data()
    del data["groups"]["group_1_4"]["limit"]
    with pytest.raises(ConfigError, match=r"groups\.group_1_4\.limit: is missing"):
        parse_rider(data, "rider.toml")


CONTRACTS = [
    ("liability_limit = 100_000_000\n", None),
    ("expense_limit = 10_000_000\n", None),
    ("liability_limit = 400_000_000\n", "above the rider's maximum"),
    ("expense_limit = 40_000_000\n", "above the rider's maximum"),
    ("expense_limit = -5\n", "must not be negative"),
    ("expense_limit = 1.5\n", "must be int"),
    ("deductible = 0\n", "not a known setting"),
    ("expense_limit = \n", "(syntax)"),
]


@pytest.mark.parametrize(("text", "error"), CONTRACTS)
def test_contract_file_is_validated(tmp_path: Path, text: str, error: str | None) -> None:
    """A contract may lower the limits, never raise them or go negative."""
    path = tmp_path / "contract.toml"
    path.write_text(text, encoding="utf-8")
    if error is None:
        rider = load_rider(contract=path)
        assert rider.liability_limit <= 300_000_000
        assert rider.expense_limit <= 30_000_000
    else:
        with pytest.raises(ConfigError) as info:
            load_rider(contract=path)
        assert str(path) in str(info.value)
        assert error in str(info.value)


def test_missing_contract_file(tmp_path: Path) -> None:
    """A contract path that does not exist is a config error, not a traceback."""
    with pytest.raises(ConfigError, match="does not exist"):
        load_rider(contract=tmp_path / "absent.toml")
