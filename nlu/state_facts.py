"""The engine's `Facts` a conversation's folded state stands for: its values typed, and
each plain 調査 resolved to the key it is (`resolve_cost_key`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from coverage import Access, CostKey, Detection, Fact, Facts, IncidentType
from nlu.cost_keys import resolve_cost_key

if TYPE_CHECKING:  # the state imports this module to build its facts
    from nlu.facts_builder import FactState


def to_facts(state: FactState) -> Facts:
    """The engine's facts from the conversation state."""
    values = state.values
    kind = values.get(Fact.INCIDENT_TYPE)
    access = values.get(Fact.UNAUTHORIZED_ACCESS)
    costs: dict[CostKey, int] = {}
    for key, amount in state.costs.items():
        resolved = resolve_cost_key(key, access, kind)
        costs[resolved] = costs.get(resolved, 0) + amount
    for key, prices in state.per_victim.items():
        resolved = resolve_cost_key(key, access, kind)
        counted = [
            each * count
            for victims, each in prices.items()
            if (count := _count(values, victims)) is not None
        ]
        if counted and resolved not in costs:
            costs[resolved] = sum(counted)
    return Facts(
        incident_type=_enum(values, Fact.INCIDENT_TYPE, IncidentType),
        detection=_enum(values, Fact.DETECTION, Detection),
        unauthorized_access=_enum(values, Fact.UNAUTHORIZED_ACCESS, Access),
        announced=_flag(values, Fact.ANNOUNCED),
        consent=_flag(values, Fact.CONSENT),
        individuals=_count(values, Fact.INDIVIDUALS),
        corporations=_count(values, Fact.CORPORATIONS),
        costs=costs,
    )


_E = TypeVar("_E", IncidentType, Detection, Access)


def _enum(values: dict[str, str | bool | int], name: str, kind: type[_E]) -> _E | None:
    value = values.get(name)
    return kind(value) if isinstance(value, str) else None


def _flag(values: dict[str, str | bool | int], name: str) -> bool | None:
    value = values.get(name)
    return value if isinstance(value, bool) else None


def _count(values: dict[str, str | bool | int], name: str) -> int | None:
    value = values.get(name)
    return value if isinstance(value, int) and not isinstance(value, bool) else None
