"""The rider's parameters, read from `config/rider.toml` and a contract's own file."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from types import MappingProxyType
from typing import Any, TypeVar

from coverage.errors import ConfigError
from coverage.facts import CostKey, IncidentType

CONFIG_DIR = Path(__file__).resolve().parent.parent / "config"
RIDER_FILE = CONFIG_DIR / "rider.toml"

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
class Rider:
    """Every number and clause the rules need; nothing else holds a limit."""

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
    reduction_applies_to_damages: bool
    unknown_type_is_cyber: bool
    condolence_in_full_when_victims_unknown: bool
    max_amount_yen: int
    max_count: int
    messages: Mapping[str, str]

    def with_contract(
        self, *, liability_limit: int | None = None, expense_limit: int | None = None
    ) -> Rider:
        """Return this rider with a contract's own (lower or equal) limits."""
        return replace(
            self,
            liability_limit=self.liability_limit if liability_limit is None else liability_limit,
            expense_limit=self.expense_limit if expense_limit is None else expense_limit,
        )


_MESSAGE_KEYS = frozenset(
    {
        "consent_unknown",
        "consent_refused",
        "not_announced",
        "not_payable_self",
        "incident_type_unknown",
        "incident_type_other",
        "condolence_victims_unknown",
        "cut_victim_cap",
        "cut_ratio",
        "cut_not_payable",
        "cut_own_limit",
        "cut_group_limit",
        "cut_expense_cap",
        "cut_reduced_cap",
        "cut_consent",
        "cut_total_cap",
        "cut_deductible",
    }
)


class _Table:
    """A TOML table read strictly: every key is checked and none may be left unread."""

    def __init__(self, file: str, path: str, data: object) -> None:
        if not isinstance(data, dict):
            raise ConfigError(file, path or "(top)", "must be a table")
        self.file = file
        self.path = path
        self.data: dict[str, Any] = data
        self.seen: set[str] = set()

    def _name(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def get(self, key: str, kind: type[_T], *, optional: bool = False) -> _T | None:
        self.seen.add(key)
        if key not in self.data:
            if optional:
                return None
            raise ConfigError(self.file, self._name(key), "is missing")
        value = self.data[key]
        # bool is an int in Python; a limit written as `true` is a typo, not 1 yen.
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise ConfigError(self.file, self._name(key), f"must be {kind.__name__}, got {value!r}")
        return value

    def need(self, key: str, kind: type[_T]) -> _T:
        value = self.get(key, kind)
        assert value is not None
        return value

    def yen(self, key: str, *, optional: bool = False) -> int | None:
        value = self.get(key, int, optional=optional)
        if value is not None and value < 0:
            raise ConfigError(self.file, self._name(key), f"must not be negative, got {value}")
        return value

    def need_yen(self, key: str) -> int:
        value = self.yen(key)
        assert value is not None
        return value

    def table(self, key: str) -> _Table:
        return _Table(self.file, self._name(key), self.need(key, dict))

    def done(self) -> None:
        extra = sorted(set(self.data) - self.seen)
        if extra:
            raise ConfigError(self.file, self._name(extra[0]), "is not a known setting")


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        raise ConfigError(str(path), "(file)", "does not exist") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(str(path), "(syntax)", str(exc)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(str(path), "(file)", f"cannot be read: {exc}") from None


def _read_coverages(
    root: _Table, groups: Mapping[str, Group]
) -> dict[CostKey, tuple[Coverage, str]]:
    table = root.table("coverages")
    result: dict[CostKey, tuple[Coverage, str]] = {}
    for key in CostKey:
        entry = table.table(key.value)
        group = entry.get("group", str, optional=True)
        if group is not None and group not in groups:
            raise ConfigError(table.file, f"coverages.{key}.group", f"unknown group {group!r}")
        source = entry.need("source", str)
        result[key] = (
            Coverage(
                key=key,
                clause=entry.need("clause", str),
                limit=entry.yen("limit", optional=True),
                group=group,
            ),
            source,
        )
        entry.done()
    table.done()
    return result


def _read_groups(root: _Table) -> dict[str, Group]:
    table = root.table("groups")
    groups: dict[str, Group] = {}
    for name in table.data:
        entry = table.table(name)
        groups[name] = Group(name, entry.need("clause", str), entry.need_yen("limit"))
        entry.need("source", str)
        entry.done()
    return groups


def parse_rider(data: Mapping[str, Any], file: str) -> Rider:
    """Build a `Rider` from the parsed TOML of a rider file, checking every key."""
    root = _Table(file, "", dict(data))
    caps = root.table("caps")
    total = caps.table("total")
    expenses = caps.table("expenses")
    groups = _read_groups(root)
    coverages = _read_coverages(root, groups)
    condolence = root.table("condolence")
    reduction = root.table("reduction")
    consent = root.table("consent")
    interp = root.table("interpretation")
    bounds = root.table("bounds")
    messages = root.table("messages")

    cyber_names = reduction.need("cyber_types", list)
    try:
        cyber_types = frozenset(IncidentType(name) for name in cyber_names)
    except ValueError as exc:
        raise ConfigError(file, "reduction.cyber_types", str(exc)) from None
    ratio = reduction.need("ratio_percent", int)
    if not 0 <= ratio <= 100:
        raise ConfigError(file, "reduction.ratio_percent", f"must be 0–100, got {ratio}")
    text = {key: messages.need(key, str) for key in sorted(messages.data)}
    missing = _MESSAGE_KEYS - text.keys()
    if missing:
        raise ConfigError(file, f"messages.{sorted(missing)[0]}", "is missing")

    damages = coverages[CostKey.DAMAGES][0]
    if damages.limit is None:
        raise ConfigError(file, "coverages.damages.limit", "is missing")
    expense_limit = expenses.need_yen("amount")
    rider = Rider(
        total_cap=total.need_yen("amount"),
        total_cap_clause=total.need("clause", str),
        expense_limit=expense_limit,
        expense_limit_max=expense_limit,
        expense_clause=expenses.need("clause", str),
        liability_limit=damages.limit,
        liability_limit_max=damages.limit,
        coverages=MappingProxyType({k: v[0] for k, v in coverages.items()}),
        groups=MappingProxyType(groups),
        condolence_per_individual=condolence.need_yen("per_individual"),
        condolence_per_corporation=condolence.need_yen("per_corporation"),
        condolence_clause=condolence.need("clause", str),
        reduced_ratio_percent=ratio,
        reduced_cap=reduction.need_yen("cap"),
        reduction_clause=reduction.need("clause", str),
        not_payable_clause=reduction.need("not_payable_clause", str),
        cyber_types=cyber_types,
        consent_clause=consent.need("clause", str),
        deductible=interp.need_yen("deductible"),
        reduction_applies_to_damages=interp.need("reduction_applies_to_damages", bool),
        unknown_type_is_cyber=interp.need("unknown_type_is_cyber", bool),
        condolence_in_full_when_victims_unknown=interp.need(
            "condolence_in_full_when_victims_unknown", bool
        ),
        max_amount_yen=bounds.need_yen("max_amount_yen"),
        max_count=bounds.need_yen("max_count"),
        messages=MappingProxyType(text),
    )
    for table in (total, expenses, condolence, reduction, consent):
        table.need("source", str)
        table.done()
    for table in (caps, interp, bounds, messages, root):
        table.done()
    return rider


def parse_contract(data: Mapping[str, Any], file: str, rider: Rider) -> Rider:
    """Apply a contract's own limits, refusing any above the rider's maximum."""
    table = _Table(file, "", dict(data))
    liability = table.yen("liability_limit", optional=True)
    expense = table.yen("expense_limit", optional=True)
    table.done()
    if liability is not None and liability > rider.liability_limit_max:
        raise ConfigError(
            file,
            "liability_limit",
            f"{liability:,}円 is above the rider's maximum {rider.liability_limit_max:,}円",
        )
    if expense is not None and expense > rider.expense_limit_max:
        raise ConfigError(
            file,
            "expense_limit",
            f"{expense:,}円 is above the rider's maximum {rider.expense_limit_max:,}円",
        )
    return rider.with_contract(liability_limit=liability, expense_limit=expense)


def load_rider(path: Path = RIDER_FILE, contract: Path | None = None) -> Rider:
    """Read the rider file and, when given, a contract's own limits.

    Raises:
        ConfigError: naming the file, the key and the reason.
    """
    rider = parse_rider(_read_toml(path), str(path))
    if contract is not None:
        rider = parse_contract(_read_toml(contract), str(contract), rider)
    return rider
