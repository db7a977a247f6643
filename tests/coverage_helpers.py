"""Shared loading of the coverage case files for the tests."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from coverage import Rider, load_rider
from coverage.rider import parse_contract

DATA = Path(__file__).parent / "data"


def load_cases(name: str) -> list[dict[str, Any]]:
    with (DATA / name).open("rb") as fh:
        cases: list[dict[str, Any]] = tomllib.load(fh)["case"]
    return cases


def rider_for(case: dict[str, Any]) -> Rider:
    rider = load_rider()
    if "contract" in case:
        rider = parse_contract(case["contract"], "case contract", rider)
    return rider
