"""A third party's report (spec: "Third party"): read both ways, as external, or as self.

The reading is the rider's `[interpretation] third_party_report` and a contract's
`third_party_report`; both must give the same scenarios.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import config
from coverage import Rider, estimate, facts_from_json, load_rider
from coverage.facts import THIRD_PARTY_ASSUMPTION
from coverage.rider import parse_contract, parse_rider

NOT_FOUND = {
    "detection": "third_party",
    "unauthorized_access": "not_found",
    "costs": {"access_response": 150_000},
}
UNKNOWN = {
    "incident_type": "suspected",
    "detection": "third_party",
    "costs": {"access_response": 3_000_000},
}

# (facts, reading, scenario totals, assumptions of each scenario, warns to confirm the reading)
READINGS = [
    (
        NOT_FOUND,
        "both",
        [135_000, 0],
        [{THIRD_PARTY_ASSUMPTION: "external"}, {THIRD_PARTY_ASSUMPTION: "self"}],
        True,
    ),
    (NOT_FOUND, "external", [135_000], [{}], False),
    (NOT_FOUND, "self", [0], [{}], False),
    (
        UNKNOWN,
        "both",
        [3_000_000, 2_000_000, 2_000_000, 0],
        [
            {"unauthorized_access": "found", "announced": True},
            {"unauthorized_access": "found", "announced": False},
            {"unauthorized_access": "not_found", THIRD_PARTY_ASSUMPTION: "external"},
            {"unauthorized_access": "not_found", THIRD_PARTY_ASSUMPTION: "self"},
        ],
        True,
    ),
    (
        UNKNOWN,
        "external",
        [3_000_000, 2_000_000, 2_000_000],
        [
            {"unauthorized_access": "found", "announced": True},
            {"unauthorized_access": "found", "announced": False},
            {"unauthorized_access": "not_found"},
        ],
        False,
    ),
    (
        UNKNOWN,
        "self",
        [3_000_000, 2_000_000, 0],
        [
            {"unauthorized_access": "found", "announced": True},
            {"unauthorized_access": "found", "announced": False},
            {"unauthorized_access": "not_found"},
        ],
        False,
    ),
]
IDS = [
    f"{'not_found' if facts is NOT_FOUND else 'unknown'}-{reading}"
    for facts, reading, *_ in READINGS
]


def _from_rider_file(reading: str) -> Rider:
    data = config.read("rider.toml")
    data["interpretation"]["third_party_report"] = reading
    return parse_rider(data, "rider.toml")


def _from_contract(reading: str) -> Rider:
    return parse_contract({"third_party_report": reading}, "contract.toml", load_rider())


@pytest.mark.parametrize(
    "make_rider", [_from_rider_file, _from_contract], ids=["rider", "contract"]
)
@pytest.mark.parametrize(("facts", "reading", "totals", "assumptions", "warns"), READINGS, ids=IDS)
def test_third_party_reading_sets_the_scenarios(
    make_rider: Callable[[str], Rider],
    facts: dict[str, object],
    reading: str,
    totals: list[int],
    assumptions: list[dict[str, object]],
    warns: bool,
) -> None:
    """Each reading gives its scenarios; only "both" assumes one and warns to confirm it."""
    rider = make_rider(reading)
    result = estimate(facts_from_json(facts, rider), rider)
    assert [item.total for item in result.scenarios] == totals
    assert [dict(item.assumptions) for item in result.scenarios] == assumptions
    codes = {warning.code for warning in result.warnings}
    assert ("third_party_report" in codes) is warns
    assert (THIRD_PARTY_ASSUMPTION in result.unknown_facts) is warns


def test_default_reading_is_both() -> None:
    """With neither the rider nor a contract saying otherwise, a third party is read both ways."""
    rider = load_rider()
    assert rider.third_party_report == "both"
    result = estimate(facts_from_json(NOT_FOUND, rider), rider)
    assert [item.total for item in result.scenarios] == [135_000, 0]


def test_contract_reading_overrides_the_rider_file() -> None:
    """A contract's reading wins over the rider's [interpretation] setting."""
    rider = parse_contract(
        {"third_party_report": "self"}, "contract.toml", _from_rider_file("external")
    )
    result = estimate(facts_from_json(NOT_FOUND, rider), rider)
    assert [item.total for item in result.scenarios] == [0]
