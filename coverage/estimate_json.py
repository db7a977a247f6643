"""The JSON form of an `Estimate`, as `cyberbot estimate` prints it."""

from __future__ import annotations

from typing import Any

from coverage.facts_json import facts_to_json
from coverage.results import Cut, Estimate, GroupLine, Line, Scenario, Warning


def _cut(cut: Cut) -> dict[str, Any]:
    return {
        "stage": cut.stage.value,
        "before": cut.before,
        "after": cut.after,
        "clause": cut.clause,
        "reason": cut.reason,
    }


def _line(line: Line) -> dict[str, Any]:
    return {
        "key": line.key.value,
        "clause": line.clause,
        "claimed": line.claimed,
        "counted": line.counted,
        "after_ratio": line.after_ratio,
        "after_limit": line.after_limit,
        "cuts": [_cut(cut) for cut in line.cuts],
    }


def _group(group: GroupLine) -> dict[str, Any]:
    return {
        "group": group.group,
        "clause": group.clause,
        "keys": [key.value for key in group.keys],
        "subtotal": group.subtotal,
        "limit": group.limit,
        "paid": group.paid,
    }


def _warning(warning: Warning) -> dict[str, str]:
    return {"code": warning.code, "message": warning.message}


def _scenario(item: Scenario) -> dict[str, Any]:
    return {
        "assumptions": dict(item.assumptions),
        "rule": item.rule.value,
        "ratio_percent": item.ratio_percent,
        "total": item.total,
        "lines": [_line(line) for line in item.lines],
        "groups": [_group(group) for group in item.groups],
        "expenses": {
            "subtotal": item.expense_subtotal,
            "cap": item.expense_cap,
            "cap_clause": item.expense_cap_clause,
            "paid": item.expense_paid,
            "if_consented": item.expense_if_consented,
            "cuts": [_cut(cut) for cut in item.expense_cuts],
        },
        "damages": {
            "claimed": item.damages_claimed,
            "paid": item.damages_paid,
            "cuts": [_cut(cut) for cut in item.damages_cuts],
        },
        "total_cap": item.total_cap,
        "total_cuts": [_cut(cut) for cut in item.total_cuts],
        "warnings": [_warning(w) for w in item.warnings],
    }


def estimate_to_json(result: Estimate) -> dict[str, Any]:
    """Every figure of `result` as plain JSON types; all amounts integer yen."""
    return {
        "total": result.total,
        "min": result.min,
        "max": result.max,
        "unknown_facts": list(result.unknown_facts),
        "condolence_if_paid": result.condolence_if_paid,
        "scenarios": [_scenario(item) for item in result.scenarios],
        "warnings": [_warning(w) for w in result.warnings],
        "facts": facts_to_json(result.facts),
    }
