"""The rider's parameters, read from `config/rider.toml` and a contract's own file."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from types import MappingProxyType
from typing import Any, TypeVar

import config
from config import ConfigError
from coverage.facts import CostKey, IncidentType, ThirdPartyReading
from coverage.rider_schema import AgentEntry, ContractFile, Coverages, GroupEntry, RiderFile

_FILE = "rider.toml"
_RIDER_MAX = "the rider's maximum"
_T = TypeVar("_T")


@dataclass(frozen=True)
class Coverage:
    """One coverage of the rider: its clause, its own limit, the group it shares a limit with."""

    key: CostKey
    clause: str
    limit: int | None
    group: str | None


@dataclass(frozen=True)
class Group:
    """Coverages that share one limit (①〜④, and ⑤ with its condolence)."""

    name: str
    clause: str
    limit: int


@dataclass(frozen=True)
class Agent:
    """取扱代理店 named in the contract."""

    name: str
    phone: str | None


@dataclass(frozen=True)
class Policy:
    """Who holds the policy and under which number, for the claim file and the contacts.

    Every field is None when the contract file does not give it.
    """

    number: str | None = None
    holder: str | None = None
    agent: Agent | None = None


@dataclass(frozen=True)
class Rider:
    """Every number and clause the rules need, and whose policy it is; nothing else has a limit."""

    total_cap: int
    total_cap_clause: str
    expense_limit: int
    expense_limit_max: int
    expense_clause: str
    liability_limit: int
    liability_limit_max: int
    coverages: Mapping[CostKey, Coverage]
    groups: Mapping[str, Group]
    condolence_per_individual: int
    condolence_per_corporation: int
    condolence_clause: str
    reduced_ratio_percent: int
    reduced_cap: int
    reduction_clause: str
    not_payable_clause: str
    cyber_types: frozenset[IncidentType]
    consent_clause: str
    deductible: int
    deductible_clause: str
    # What the rider already paid earlier in this policy period (a contract's own file).
    paid_this_period_expenses: int
    paid_this_period_total: int
    period_clause: str
    reduction_applies_to_damages: bool
    unknown_type_is_cyber: bool
    condolence_in_full_when_victims_unknown: bool
    third_party_report: ThirdPartyReading
    max_amount_yen: int
    max_count: int
    messages: Mapping[str, str]
    policy: Policy

    @property
    def period_total_cap(self) -> int:
        """※1, the most paid in one policy period: min(liability limit, 3億円)."""
        return min(self.liability_limit, self.total_cap)

    def with_contract(self, contract: ContractFile) -> Rider:
        """Return this rider with a contract's own values; a key left out keeps the rider's.

        The values are not checked against the rider's maxima here: `parse_contract` does.
        """
        return replace(
            self,
            liability_limit=_given(contract.liability_limit, self.liability_limit),
            expense_limit=_given(contract.expense_limit, self.expense_limit),
            deductible=_given(contract.deductible, self.deductible),
            paid_this_period_expenses=_given(
                contract.paid_this_period_expenses, self.paid_this_period_expenses
            ),
            paid_this_period_total=_given(
                contract.paid_this_period_total, self.paid_this_period_total
            ),
            third_party_report=_given(contract.third_party_report, self.third_party_report),
            policy=Policy(
                number=contract.policy_number,
                holder=contract.policyholder,
                agent=_agent(contract.agent),
            ),
        )


def _given(value: _T | None, default: _T) -> _T:
    return default if value is None else value


def _agent(entry: AgentEntry | None) -> Agent | None:
    return None if entry is None else Agent(name=entry.name, phone=entry.phone)


def parse_rider(data: Mapping[str, Any], file: str) -> Rider:
    """Build a `Rider` from the parsed TOML of a rider file, checking every key.

    Raises:
        ConfigError: naming `file`, the dotted key and the reason.
    """
    checked = config.validate(data, RiderFile, file)
    _check_groups(checked.coverages, checked.groups, file)
    return _rider(checked)


def _check_groups(coverages: Coverages, groups: Mapping[str, GroupEntry], file: str) -> None:
    # A group is a key of another table, which no one field's schema can see.
    for key in CostKey:
        group = coverages.entry(key).group
        if group is not None and group not in groups:
            raise ConfigError(file, f"coverages.{key}.group", f"unknown group {group!r}")


def _coverages(coverages: Coverages) -> dict[CostKey, Coverage]:
    result = {}
    for key in CostKey:
        entry = coverages.entry(key)
        result[key] = Coverage(key=key, clause=entry.clause, limit=entry.limit, group=entry.group)
    return result


def _rider(checked: RiderFile) -> Rider:
    caps, reduction, condolence = checked.caps, checked.reduction, checked.condolence
    interpretation, bounds = checked.interpretation, checked.bounds
    damages_limit = checked.coverages.damages.limit
    return Rider(
        total_cap=caps.total.amount,
        total_cap_clause=caps.total.clause,
        expense_limit=caps.expenses.amount,
        expense_limit_max=caps.expenses.amount,
        expense_clause=caps.expenses.clause,
        liability_limit=damages_limit,
        liability_limit_max=damages_limit,
        coverages=MappingProxyType(_coverages(checked.coverages)),
        groups=MappingProxyType(
            {name: Group(name, entry.clause, entry.limit) for name, entry in checked.groups.items()}
        ),
        condolence_per_individual=condolence.per_individual,
        condolence_per_corporation=condolence.per_corporation,
        condolence_clause=condolence.clause,
        reduced_ratio_percent=reduction.ratio_percent,
        reduced_cap=reduction.cap,
        reduction_clause=reduction.clause,
        not_payable_clause=reduction.not_payable_clause,
        cyber_types=frozenset(reduction.cyber_types),
        consent_clause=checked.consent.clause,
        deductible=checked.deductible.amount,
        deductible_clause=checked.deductible.clause,
        paid_this_period_expenses=0,
        paid_this_period_total=0,
        period_clause=checked.period.clause,
        reduction_applies_to_damages=interpretation.reduction_applies_to_damages,
        unknown_type_is_cyber=interpretation.unknown_type_is_cyber,
        third_party_report=interpretation.third_party_report,
        condolence_in_full_when_victims_unknown=(
            interpretation.condolence_in_full_when_victims_unknown
        ),
        max_amount_yen=bounds.max_amount_yen,
        max_count=bounds.max_count,
        messages=MappingProxyType(dict(sorted(checked.messages.model_dump().items()))),
        policy=Policy(),
    )


def parse_contract(data: Mapping[str, Any], file: str, rider: Rider) -> Rider:
    """Apply a contract's own file, refusing a value above the maximum it may take.

    A limit may not exceed the rider's; the deductible may not exceed the liability limit
    in force, nor an amount already paid this period the limit it was paid under.

    Raises:
        ConfigError: naming `file`, the key and the reason.
    """
    contract = config.validate(data, ContractFile, file)
    contracted = rider.with_contract(contract)
    # A limit's maximum is the rider's; a deductible's or a payment's is the contract's
    # own limit in force. Neither is known to the schema: checked here.
    for key, value, maximum, what in (
        ("liability_limit", contract.liability_limit, rider.liability_limit_max, _RIDER_MAX),
        ("expense_limit", contract.expense_limit, rider.expense_limit_max, _RIDER_MAX),
        ("deductible", contract.deductible, contracted.liability_limit, "the liability limit"),
        (
            "paid_this_period_expenses",
            contract.paid_this_period_expenses,
            contracted.expense_limit,
            "the expense limit",
        ),
        (
            "paid_this_period_total",
            contract.paid_this_period_total,
            contracted.period_total_cap,
            "the total cap",
        ),
    ):
        if value is not None and value > maximum:
            raise ConfigError(file, key, f"{value:,}円 is above {what} {maximum:,}円")
    return contracted


def load_rider(*, contract: Path | None = None) -> Rider:
    """Read the shipped rider file and, when given, a contract's own file.

    Raises:
        ConfigError: naming the file, the key and the reason.
    """
    rider = parse_rider(config.read(_FILE), _FILE)
    if contract is not None:
        rider = parse_contract(config.read_path(contract), str(contract), rider)
    return rider
