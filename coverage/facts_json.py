"""Facts to and from the JSON schema of `cyberbot estimate` (absent or null = unknown)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from enum import StrEnum
from typing import Any, TypeVar

from coverage.errors import FactsError
from coverage.facts import Access, CostKey, Detection, Fact, Facts, IncidentType
from coverage.rider import Rider

_E = TypeVar("_E", bound=StrEnum)

FACT_FIELDS = tuple(Fact)
# How much of a field name or value an error message echoes: enough to find it.
_SHOWN_CHARS = 40


def printable(text: str, limit: int = _SHOWN_CHARS) -> str:
    """`text` safe to echo in a one-line message: at most `limit` characters, and what
    cannot be printed (lone surrogates, control and format characters, line breaks)
    written as Python escapes (`\\udfff`, `\\n`), so writing it can never fail.
    """
    cut = text[:limit]
    shown = "".join(char if char.isprintable() else ascii(char)[1:-1] for char in cut)
    return shown + "…" if len(text) > limit else shown


def _shown(value: object) -> str:
    """A value as the user wrote it in JSON (`true`, `"300"`), not as Python prints it."""
    try:
        return printable(json.dumps(value, ensure_ascii=False))
    except (TypeError, ValueError, RecursionError):  # RecursionError: nested too deeply
        return f"a JSON {type(value).__name__}"


def _enum(name: str, value: object, kind: type[_E]) -> _E | None:
    if value is None:
        return None
    allowed = ", ".join(member.value for member in kind)
    if not isinstance(value, str):
        raise FactsError(name, f"must be one of {allowed} or null, got {_shown(value)}")
    try:
        return kind(value)
    except ValueError:
        raise FactsError(
            name, f"unknown value {_shown(value)}; expected one of {allowed}"
        ) from None


def _flag(name: str, value: object) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    raise FactsError(name, f"must be true, false or null, got {_shown(value)}")


def _whole(name: str, value: object, upper: int, unit: str) -> int:
    # bool is an int in Python: `true` where a count is expected is a mistake, not 1.
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise FactsError(name, f"must be a whole number of {unit}, got {_shown(value)}")
    if isinstance(value, float):
        raise FactsError(name, f"must be a whole number of {unit}, got the fraction {value!r}")
    if value < 0:
        raise FactsError(name, f"must not be negative, got {_shown(value)}")
    if value > upper:
        raise FactsError(name, f"is implausibly large (above {upper:,} {unit})")
    return value


def _count(name: str, value: object, rider: Rider) -> int | None:
    return None if value is None else _whole(name, value, rider.max_count, "people")


def _costs(value: object, rider: Rider) -> dict[CostKey, int]:
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise FactsError(Fact.COSTS, f"must be an object of cost key to yen, got {_shown(value)}")
    costs: dict[CostKey, int] = {}
    allowed = ", ".join(key.value for key in CostKey)
    for raw_key, amount in value.items():
        name = f"costs.{printable(str(raw_key))}"
        try:
            key = CostKey(raw_key)
        except ValueError:
            raise FactsError(name, f"unknown cost key; expected one of {allowed}") from None
        if amount is not None:
            costs[key] = _whole(name, amount, rider.max_amount_yen, "yen")
    return costs


def facts_from_json(data: object, rider: Rider) -> Facts:
    """Validate a decoded JSON value and build `Facts` from it.

    Raises:
        FactsError: naming the first field that is wrong and the problem.
    """
    if not isinstance(data, Mapping):
        raise FactsError("(input)", "must be a JSON object of facts")
    unknown = [key for key in data if key not in FACT_FIELDS]
    if unknown:
        raise FactsError(
            printable(str(unknown[0])), f"unknown field; expected {', '.join(FACT_FIELDS)}"
        )
    return Facts(
        incident_type=_enum(Fact.INCIDENT_TYPE, data.get(Fact.INCIDENT_TYPE), IncidentType),
        detection=_enum(Fact.DETECTION, data.get(Fact.DETECTION), Detection),
        unauthorized_access=_enum(
            Fact.UNAUTHORIZED_ACCESS, data.get(Fact.UNAUTHORIZED_ACCESS), Access
        ),
        announced=_flag(Fact.ANNOUNCED, data.get(Fact.ANNOUNCED)),
        consent=_flag(Fact.CONSENT, data.get(Fact.CONSENT)),
        individuals=_count(Fact.INDIVIDUALS, data.get(Fact.INDIVIDUALS), rider),
        corporations=_count(Fact.CORPORATIONS, data.get(Fact.CORPORATIONS), rider),
        costs=_costs(data.get(Fact.COSTS), rider),
    )


def facts_to_json(facts: Facts) -> dict[str, Any]:
    """The JSON form of `facts`; unknown facts are null, unmentioned costs absent."""
    return {
        Fact.INCIDENT_TYPE: facts.incident_type.value if facts.incident_type else None,
        Fact.DETECTION: facts.detection.value if facts.detection else None,
        Fact.UNAUTHORIZED_ACCESS: (
            facts.unauthorized_access.value if facts.unauthorized_access else None
        ),
        Fact.ANNOUNCED: facts.announced,
        Fact.CONSENT: facts.consent,
        Fact.INDIVIDUALS: facts.individuals,
        Fact.CORPORATIONS: facts.corporations,
        Fact.COSTS: {key.value: amount for key, amount in facts.costs.items()},
    }
