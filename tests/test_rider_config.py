"""The rider and contract files: read strictly, failing with file, key and reason."""

from __future__ import annotations

import copy
import tomllib
from pathlib import Path
from typing import Any

import pytest

import config
from coverage import ConfigError, load_rider
from coverage.facts import ThirdPartyReading
from coverage.rider import Agent, Policy, parse_rider


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
    (("deductible", "amount"), -1, "deductible.amount", "greater than or equal to 0"),
    (("deductible", "clause"), MISSING, "deductible.clause", "is missing"),
    (("period", "clause"), 1, "period.clause", "must be a string"),
    (("messages", "cut_paid_total"), MISSING, "messages.cut_paid_total", "is missing"),
    (
        ("interpretation", "third_party_report"),
        "customer",
        "interpretation.third_party_report",
        "input should be 'both'",
    ),
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
    ("deductible = 0\n", None),
    ("deductible = 300_000_000\n", None),
    ("paid_this_period_expenses = 30_000_000\n", None),
    ("paid_this_period_total = 300_000_000\n", None),
    ('third_party_report = "external"\n', None),
    ('policy_number = "12345678-901"\npolicyholder = "株式会社サンプル"\n', None),
    ('[agent]\nname = "サンプル代理店"\n', None),
    ('[agent]\nname = "サンプル代理店"\nphone = "03-1234-5678"\n', None),
    (
        "liability_limit = 400_000_000\n",
        "liability_limit: 400,000,000円 is above the rider's maximum",
    ),
    ("expense_limit = 40_000_000\n", "expense_limit: 40,000,000円 is above the rider's maximum"),
    ("expense_limit = -5\n", "expense_limit: input should be greater than or equal to 0"),
    ("expense_limit = 1.5\n", "expense_limit: must be an integer"),
    ("liability_limit = true\n", "liability_limit: must be an integer"),
    ('expense_limit = "1000万"\n', "expense_limit: must be an integer"),
    ("deductible = -1\n", "deductible: input should be greater than or equal to 0"),
    ('deductible = "10万円"\n', "deductible: must be an integer"),
    (
        "deductible = 300_000_001\n",
        "deductible: 300,000,001円 is above the liability limit 300,000,000円",
    ),
    (
        "liability_limit = 10_000_000\ndeductible = 20_000_000\n",
        "deductible: 20,000,000円 is above the liability limit 10,000,000円",
    ),
    (
        "paid_this_period_expenses = -1\n",
        "paid_this_period_expenses: input should be greater than or equal to 0",
    ),
    ("paid_this_period_expenses = 1.0\n", "paid_this_period_expenses: must be an integer"),
    (
        "paid_this_period_expenses = 30_000_001\n",
        "paid_this_period_expenses: 30,000,001円 is above the expense limit 30,000,000円",
    ),
    (
        "expense_limit = 10_000_000\npaid_this_period_expenses = 12_000_000\n",
        "paid_this_period_expenses: 12,000,000円 is above the expense limit 10,000,000円",
    ),
    (
        "paid_this_period_total = -100\n",
        "paid_this_period_total: input should be greater than or equal to 0",
    ),
    ("paid_this_period_total = false\n", "paid_this_period_total: must be an integer"),
    (
        "paid_this_period_total = 300_000_001\n",
        "paid_this_period_total: 300,000,001円 is above the total cap 300,000,000円",
    ),
    (
        "liability_limit = 50_000_000\npaid_this_period_total = 60_000_000\n",
        "paid_this_period_total: 60,000,000円 is above the total cap 50,000,000円",
    ),
    ('third_party_report = "customer"\n', "third_party_report: unknown 'customer'; one of both"),
    ("third_party_report = true\n", "third_party_report: unknown True; one of both"),
    ("policy_number = 12345678\n", "policy_number: must be a string"),
    ('policy_number = "  "\n', "policy_number: must be a non-empty string"),
    ('policyholder = ""\n', "policyholder: must be a non-empty string"),
    ('agent = "サンプル代理店"\n', "agent: must be a table"),
    ('[agent]\nphone = "03-1234-5678"\n', "agent.name: is missing"),
    ('[agent]\nname = "x"\nphone = "代表"\n', "agent.phone: is not a phone number"),
    ('[agent]\nname = "x"\nphone = 312345678\n', "agent.phone: must be a string"),
    ('[agent]\nname = "x"\nemail = "a@b"\n', "agent.email: is an unknown key"),
    ("deductable = 0\n", "deductable: is an unknown key"),
    ("expense_limit = \n", "(syntax)"),
]


@pytest.mark.parametrize(("text", "error"), CONTRACTS)
def test_contract_file_is_validated(tmp_path: Path, text: str, error: str | None) -> None:
    """A contract may lower the limits, never raise them, go negative or pay above a limit."""
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


def test_contract_file_sets_every_key(tmp_path: Path) -> None:
    """Each key of a contract file reaches the rider the rules read; the rest stay the rider's."""
    path = tmp_path / "contract.toml"
    path.write_text(
        "liability_limit = 100_000_000\n"
        "expense_limit = 20_000_000\n"
        "deductible = 100_000\n"
        "paid_this_period_expenses = 500_000\n"
        "paid_this_period_total = 1_500_000\n"
        'third_party_report = "self"\n'
        'policy_number = "12345678-901"\n'
        'policyholder = "株式会社サンプル商事"\n'
        "[agent]\n"
        'name = "サンプル保険代理店"\n'
        'phone = "03-0000-0000"\n',
        encoding="utf-8",
    )
    rider = load_rider(contract=path)
    assert (rider.liability_limit, rider.expense_limit, rider.deductible) == (
        100_000_000,
        20_000_000,
        100_000,
    )
    assert (rider.paid_this_period_expenses, rider.paid_this_period_total) == (500_000, 1_500_000)
    assert rider.third_party_report is ThirdPartyReading.SELF
    assert rider.policy == Policy(
        number="12345678-901",
        holder="株式会社サンプル商事",
        agent=Agent(name="サンプル保険代理店", phone="03-0000-0000"),
    )
    # Untouched by the contract: the rider's maxima and its own clauses.
    assert (rider.liability_limit_max, rider.expense_limit_max) == (300_000_000, 30_000_000)


def test_empty_contract_keeps_the_rider(tmp_path: Path) -> None:
    """A contract file with no key is the shipped rider, with no policy identity."""
    path = tmp_path / "contract.toml"
    path.write_text("# nothing yet\n", encoding="utf-8")
    assert load_rider(contract=path) == load_rider()
    assert load_rider().policy == Policy()
    assert (load_rider().deductible, load_rider().paid_this_period_total) == (0, 0)


def test_shipped_example_contract_loads() -> None:
    """`config/contract.example.toml` is a valid contract that names every key."""
    from coverage.rider_schema import ContractFile

    path = Path(__file__).parent.parent / "config" / "contract.example.toml"
    rider = load_rider(contract=path)
    assert rider.policy.agent is not None
    assert set(tomllib.loads(path.read_text(encoding="utf-8"))) == set(ContractFile.model_fields)


def test_missing_contract_file(tmp_path: Path) -> None:
    """A contract path that does not exist is a config error, not a traceback."""
    with pytest.raises(ConfigError, match="does not exist"):
        load_rider(contract=tmp_path / "absent.toml")


def test_coverage_raises_the_shared_config_error() -> None:
    """`coverage.ConfigError` is `config.ConfigError`: one handler catches every config file."""
    assert ConfigError is config.ConfigError


def test_readme_lists_every_contract_key() -> None:
    """The README's contract section has a row for every key a contract file may hold."""
    from coverage.rider_schema import AgentEntry, ContractFile

    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme.split("## The rules and a contract's own file", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("| `")]
    for key in ContractFile.model_fields:
        shown = f"`[{key}]`" if key == "agent" else f"`{key}`"
        assert any(row.startswith(f"| {shown}") for row in rows), key
    assert all(f"`{key}`" in section for key in AgentEntry.model_fields)
