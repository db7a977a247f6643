"""The rider's payout rules: facts in, an explained estimate out. Pure and deterministic."""

from config import ConfigError
from coverage.errors import CoverageError, FactsError
from coverage.estimate import estimate
from coverage.estimate_json import estimate_to_json
from coverage.facts import (
    EXPENSE_KEYS,
    SCALAR_FACTS,
    Access,
    CostKey,
    Detection,
    Fact,
    Facts,
    IncidentType,
)
from coverage.facts_json import facts_from_json, facts_to_json
from coverage.money import man_yen, yen, yen_span
from coverage.results import Cut, Estimate, GroupLine, Line, Rule, Scenario, Stage, Warning
from coverage.rider import Policy, Rider, load_rider

__all__ = [
    "EXPENSE_KEYS",
    "SCALAR_FACTS",
    "Access",
    "ConfigError",
    "CostKey",
    "CoverageError",
    "Cut",
    "Detection",
    "Estimate",
    "Fact",
    "Facts",
    "FactsError",
    "GroupLine",
    "IncidentType",
    "Line",
    "Policy",
    "Rider",
    "Rule",
    "Scenario",
    "Stage",
    "Warning",
    "estimate",
    "estimate_to_json",
    "facts_from_json",
    "facts_to_json",
    "load_rider",
    "man_yen",
    "yen",
    "yen_span",
]
