"""Accuracy of the NLU on a labelled set: `python -m nlu.evaluate tests/data/nlu_messages.jsonl`.

Each line of the set is `{"id", "messages", "expected", "intent"}`; a fact left out of
`expected` must stay unknown, so extracting it by guess counts as an error.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from coverage import SCALAR_FACTS, CostKey, facts_to_json
from nlu.extract import read_message
from nlu.facts_builder import facts_from_readings

FACTS = SCALAR_FACTS


@dataclass
class Tally:
    """Right and total counts for one field, with the ids that were wrong."""

    right: int = 0
    total: int = 0
    wrong: list[str] = field(default_factory=list)

    def add(self, ok: bool, case_id: str) -> None:
        self.total += 1
        self.right += ok
        if not ok:
            self.wrong.append(case_id)

    @property
    def accuracy(self) -> float:
        return self.right / self.total if self.total else 1.0


@dataclass
class Report:
    """Per fact, per cost key, unassigned amounts and intent."""

    facts: dict[str, Tally]
    costs: dict[str, Tally]
    unassigned: Tally
    intent: Tally
    cases: int


def predict(messages: Sequence[str]) -> tuple[dict[str, Any], list[int], str]:
    """(facts JSON, unassigned yen, intent of the last message) for one conversation."""
    readings = [read_message(text) for text in messages]
    facts, state = facts_from_readings(readings)
    intent = readings[-1].intent.value if readings else "report"
    return facts_to_json(facts), list(state.unassigned), intent


def evaluate(cases: Iterable[dict[str, Any]]) -> Report:
    """Score every case of a labelled set."""
    report = Report(
        {f: Tally() for f in FACTS}, {k.value: Tally() for k in CostKey}, Tally(), Tally(), 0
    )
    for case in cases:
        report.cases += 1
        got, unassigned, intent = predict(case["messages"])
        expected = case["expected"]
        for name in FACTS:
            report.facts[name].add(got[name] == expected.get(name), case["id"])
        want_costs = expected.get("costs", {})
        for key, tally in report.costs.items():
            if key in want_costs or key in got["costs"]:
                tally.add(got["costs"].get(key) == want_costs.get(key), case["id"])
        report.unassigned.add(
            sorted(unassigned) == sorted(expected.get("unassigned", [])), case["id"]
        )
        report.intent.add(intent == case.get("intent", "report"), case["id"])
    return report


def load(path: Path) -> list[dict[str, Any]]:
    """Read a JSONL labelled set."""
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _row(name: str, tally: Tally) -> str:
    return f"  {name:<22} {tally.accuracy:7.1%}  ({tally.right}/{tally.total})"


def format_report(report: Report, verbose: bool = False) -> str:
    """The report as the table `python -m nlu.evaluate` prints."""
    lines = [f"{report.cases} conversations", "facts (all conversations):"]
    groups = [("facts", report.facts), ("costs (where expected or extracted):", report.costs)]
    for title, tallies in groups:
        if title != "facts":
            lines.append(title)
        for name, tally in tallies.items():
            lines.append(_row(name, tally))
            if verbose and tally.wrong:
                lines.append(f"      wrong: {', '.join(tally.wrong)}")
    lines.append(_row("unassigned amounts", report.unassigned))
    lines.append(_row("intent", report.intent))
    if verbose and report.intent.wrong:
        lines.append(f"      wrong: {', '.join(report.intent.wrong)}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Print the accuracy table for the labelled set given as the first argument."""
    args = list(sys.argv[1:] if argv is None else argv)
    verbose = "-v" in args
    paths = [a for a in args if a != "-v"] or ["tests/data/nlu_messages.jsonl"]
    print(format_report(evaluate(load(Path(paths[0]))), verbose))
    return 0


if __name__ == "__main__":
    sys.exit(main())
