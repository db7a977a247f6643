"""The rider and contract files: read strictly, failing with file, key and reason."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

import config
from coverage import ConfigError, load_rider
from coverage.rider import parse_rider


def _rider_data() -> dict[str, Any]:
    # A copy: `config.read` caches the table, and the tests break it.
    return copy.deepcopy(config.read("rider.toml"))


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


MISSING = object()  # as a value in BROKEN: delete the key instead

BROKEN = [
    (("caps", "expenses", "amount"), -1, "caps.expenses.amount", "greater than or equal to 0"),
    (("bounds", "max_count"), -3, "bounds.max_count", "greater than or equal to 0"),
    (("caps", "expenses", "amount"), "3000万", "caps.expenses.amount", "must be an integer"),
    (
        ("coverages", "prevention", "limit"),
        True,
        "coverages.prevention.limit",
        "must be an integer",
    ),
    (("groups", "group_5", "limit"), 1.5, "groups.group_5.limit", "must be an integer"),
    (
        ("interpretation", "unknown_type_is_cyber"),
        "yes",
        "interpretation.unknown_type_is_cyber",
        "must be true or false",
    ),
    (("messages", "cut_ratio"), 3, "messages.cut_ratio", "must be a string"),
    (("groups",), 3, "groups", "must be a table"),
    (("reduction", "cyber_types"), "malware", "reduction.cyber_types", "must be a list"),
    (("reduction", "ratio_percent"), 190, "reduction.ratio_percent", "less than or equal to 100"),
    (("coverages", "prevention", "group"), "nope", "coverages.prevention.group", "unknown group"),
    (("coverages", "damages", "group"), "nope", "coverages.damages.group", "unknown group"),
    (
        ("reduction", "cyber_types"),
        ["malware", "theft"],
        "reduction.cyber_types[1]",
        "input should be 'malware'",
    ),
    (("interpretation", "typo_setting"), True, "interpretation.typo_setting", "unknown key"),
    (("coverages", "theft"), {"clause": "x", "source": "y"}, "coverages.theft", "unknown key"),
    (("messages", "typo"), "x", "messages.typo", "unknown key"),
    (("coverages", "damages", "limit"), MISSING, "coverages.damages.limit", "is missing"),
    (("coverages", "litigation"), MISSING, "coverages.litigation", "is missing"),
    (("caps", "total", "source"), MISSING, "caps.total.source", "is missing"),
    (("messages", "cut_ratio"), MISSING, "messages.cut_ratio", "is missing"),
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
    if value is MISSING:
        del table[path[-1]]
    else:
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
    (
        "liability_limit = 400_000_000\n",
        "liability_limit: 400,000,000円 is above the rider's maximum",
    ),
    ("expense_limit = 40_000_000\n", "expense_limit: 40,000,000円 is above the rider's maximum"),
    ("expense_limit = -5\n", "expense_limit: input should be greater than or equal to 0"),
    ("expense_limit = 1.5\n", "expense_limit: must be an integer"),
    ("liability_limit = true\n", "liability_limit: must be an integer"),
    ('expense_limit = "1000万"\n', "expense_limit: must be an integer"),
    ("deductible = 0\n", "deductible: is an unknown key"),
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


def test_coverage_raises_the_shared_config_error() -> None:
    """`coverage.ConfigError` is `config.ConfigError`: one handler catches every config file."""
    assert ConfigError is config.ConfigError
