"""Which rows of the reduction table are still possible, given what is known."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from coverage.facts import (
    THIRD_PARTY_ASSUMPTION,
    Access,
    Detection,
    Fact,
    Facts,
    IncidentType,
    ThirdPartyReading,
)
from coverage.results import Rule
from coverage.rider import Rider

Assumptions = Mapping[str, str | bool]


def reduction_applies(facts: Facts, rider: Rider) -> bool:
    """The reduction table applies to cyber incidents, and whenever access is stated."""
    if facts.unauthorized_access is not None:
        return True
    if facts.incident_type is None:
        return rider.unknown_type_is_cyber
    return facts.incident_type in rider.cyber_types


def _found(facts: Facts) -> Iterator[tuple[Rule, dict[str, str | bool]]]:
    options = [facts.announced] if facts.announced is not None else [True, False]
    for announced in options:
        assumed: dict[str, str | bool] = {}
        if facts.announced is None:
            assumed[Fact.ANNOUNCED] = announced
        yield (Rule.FULL if announced else Rule.NOT_ANNOUNCED), assumed


def _not_found(facts: Facts, rider: Rider) -> Iterator[tuple[Rule, dict[str, str | bool]]]:
    if facts.detection is Detection.THIRD_PARTY:
        yield from _third_party(rider)
        return
    unknown = [Detection.EXTERNAL_REPORT, Detection.SELF]
    options = [facts.detection] if facts.detection is not None else unknown
    for detection in options:
        assumed: dict[str, str | bool] = {}
        if facts.detection is None:
            assumed[Fact.DETECTION] = detection.value
        external = detection is Detection.EXTERNAL_REPORT
        yield (Rule.NOT_FOUND_EXTERNAL if external else Rule.NOT_FOUND_SELF), assumed


def _third_party(rider: Rider) -> Iterator[tuple[Rule, dict[str, str | bool]]]:
    """A third party's report, read as an external report, not, or both ways (the default)."""
    readings = {
        ThirdPartyReading.BOTH: (ThirdPartyReading.EXTERNAL, ThirdPartyReading.SELF),
        ThirdPartyReading.EXTERNAL: (ThirdPartyReading.EXTERNAL,),
        ThirdPartyReading.SELF: (ThirdPartyReading.SELF,),
    }[rider.third_party_report]
    for reading in readings:
        assumed: dict[str, str | bool] = {}
        if len(readings) > 1:
            assumed[THIRD_PARTY_ASSUMPTION] = reading.value
        external = reading is ThirdPartyReading.EXTERNAL
        yield (Rule.NOT_FOUND_EXTERNAL if external else Rule.NOT_FOUND_SELF), assumed


def possible_rules(facts: Facts, rider: Rider) -> list[tuple[Rule, Assumptions]]:
    """One (rule, assumptions) per combination of unknown facts that selects a different row.

    Assumptions name only the facts that were unknown; known facts are never re-assumed.
    """
    if not reduction_applies(facts, rider):
        return [(Rule.NOT_CYBER, {})]
    accesses = (
        [facts.unauthorized_access] if facts.unauthorized_access is not None else list(Access)
    )
    result: list[tuple[Rule, Assumptions]] = []
    for access in accesses:
        branch = _found(facts) if access is Access.FOUND else _not_found(facts, rider)
        for rule, assumed in branch:
            if facts.unauthorized_access is None:
                assumed = {Fact.UNAUTHORIZED_ACCESS: access.value, **assumed}
            result.append((rule, assumed))
    return result


def is_outside_rules(incident_type: IncidentType | None) -> bool:
    """`other` is not among the rider's examples; whether it pays is the insurer's call."""
    return incident_type is IncidentType.OTHER
