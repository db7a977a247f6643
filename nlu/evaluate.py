"""Accuracy of the NLU on labelled sets: `python -m nlu.evaluate FILE [FILE ...] [-v] [--diff]`.

Reads three formats, one JSON object a line:
- ours (tests/data): `{"id", "messages", "expected", "intent"}`; a fact left out of
  `expected` must stay unknown.
- Slack-style conversations (../shared/data/nlu_dev_chat*.jsonl): `{"id", "turns", "facts"}`;
  `null` = not said.
- notices (../shared/data/nlu_dev_notices*.jsonl): `{"id", "text", "labels"}`; costs are
  not labelled there, so they are not scored.

Per fact it prints the accuracy and the wrong-value rate (a value given that is not the
labelled one: worse than unknown, since the user is told something false), and the share
of items with every fact right. ① and ② are scored as one group, as the sets label them.
"""

from __future__ import annotations

import argparse
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
# ① and ② share a limit and users rarely tell them apart: one group when scoring.
_GROUPED = {CostKey.ACCESS_RESPONSE.value: "access_investigation"}
_GROUPED[CostKey.INVESTIGATION.value] = "access_investigation"


@dataclass(frozen=True)
class Case:
    """One labelled item in a common shape: `costs` is None where costs are not labelled."""

    id: str
    messages: tuple[str, ...]
    facts: dict[str, Any]
    costs: dict[str, int] | None
    unassigned: list[int] | None = None
    intent: str | None = None


@dataclass
class Tally:
    """Right, wrong-value and total counts for one field, with the ids that were wrong."""

    right: int = 0
    total: int = 0
    wrong_value: int = 0
    wrong: list[str] = field(default_factory=list)

    def add(self, ok: bool, case_id: str, *, gave_value: bool = False) -> None:
        self.total += 1
        self.right += ok
        if not ok:
            self.wrong.append(case_id)
            self.wrong_value += gave_value

    @property
    def accuracy(self) -> float:
        return self.right / self.total if self.total else 1.0

    @property
    def wrong_rate(self) -> float:
        return self.wrong_value / self.total if self.total else 0.0


@dataclass
class Report:
    """Per fact, costs, unassigned amounts, intent, and items with everything right."""

    facts: dict[str, Tally]
    costs: Tally
    unassigned: Tally
    intent: Tally
    all_right: Tally
    cases: int = 0
    # (item id, field, labelled, read) for every field read wrong, for `--diff`.
    mismatches: list[tuple[str, str, Any, Any]] = field(default_factory=list)


def case_of(raw: dict[str, Any]) -> Case:
    """Any of the three formats as a `Case`."""
    if "messages" in raw:
        expected = raw.get("expected", {})
        return Case(
            str(raw["id"]),
            tuple(raw["messages"]),
            {name: expected.get(name) for name in FACTS},
            dict(expected.get("costs", {})),
            list(expected.get("unassigned", [])),
            raw.get("intent", "report"),
        )
    if "turns" in raw:
        facts = raw.get("facts", {})
        return Case(
            str(raw["id"]),
            tuple(raw["turns"]),
            {name: facts.get(name) for name in FACTS},
            dict(facts.get("costs") or {}),
        )
    labels = raw.get("labels", {})
    return Case(str(raw["id"]), (str(raw["text"]),), {n: labels.get(n) for n in FACTS}, None)


def predict(messages: Sequence[str]) -> tuple[dict[str, Any], list[int], str]:
    """(facts JSON, unassigned yen, intent of the last message) for one conversation."""
    readings = [read_message(text) for text in messages]
    facts, state = facts_from_readings(readings)
    intent = readings[-1].intent.value if readings else "report"
    return facts_to_json(facts), list(state.unassigned), intent


def grouped(costs: dict[str, int]) -> dict[str, int]:
    """Costs with ① and ② summed into one group."""
    out: dict[str, int] = {}
    for key, amount in costs.items():
        name = _GROUPED.get(key, key)
        out[name] = out.get(name, 0) + amount
    return out


def evaluate(cases: Iterable[Case]) -> Report:
    """Score every case."""
    report = Report({f: Tally() for f in FACTS}, Tally(), Tally(), Tally(), Tally())
    for case in cases:
        report.cases += 1
        got, unassigned, intent = predict(case.messages)
        everything = True
        for name in FACTS:
            ok = got[name] == case.facts[name]
            report.facts[name].add(ok, case.id, gave_value=got[name] is not None)
            if not ok:
                report.mismatches.append((case.id, name, case.facts[name], got[name]))
            everything &= ok
        if case.costs is not None:
            ok = grouped(got["costs"]) == grouped(case.costs)
            report.costs.add(ok, case.id, gave_value=bool(got["costs"]))
            if not ok:
                report.mismatches.append((case.id, "costs", case.costs, got["costs"]))
            everything &= ok
        if case.unassigned is not None:
            report.unassigned.add(sorted(unassigned) == sorted(case.unassigned), case.id)
        if case.intent is not None:
            report.intent.add(intent == case.intent, case.id)
        report.all_right.add(everything, case.id)
    return report


def load(path: Path) -> list[Case]:
    """Read a JSONL labelled set, in any of the three formats."""
    with path.open(encoding="utf-8") as fh:
        return [case_of(json.loads(line)) for line in fh if line.strip()]


def _row(name: str, tally: Tally) -> str:
    wrong = f"  wrong value {tally.wrong_rate:5.1%}" if tally.wrong_value else ""
    return f"  {name:<22} {tally.accuracy:7.1%}  ({tally.right}/{tally.total}){wrong}"


def format_report(report: Report, verbose: bool = False, diff: bool = False) -> str:
    """The report as the table `python -m nlu.evaluate` prints."""
    lines = [f"{report.cases} items", "facts:"]
    rows = [*report.facts.items(), ("costs (①② grouped)", report.costs)]
    rows += [("unassigned amounts", report.unassigned), ("intent", report.intent)]
    for name, tally in rows:
        if not tally.total:
            continue
        lines.append(_row(name, tally))
        if verbose and tally.wrong:
            lines.append(f"      wrong: {', '.join(tally.wrong)}")
    lines.append(_row("all facts right", report.all_right))
    if diff:
        lines.append("misread:")
        lines += [
            f"  {case_id} {name}: labelled {want!r}, read {got!r}"
            for case_id, name, want, got in report.mismatches
        ]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Print the accuracy table of each labelled set given."""
    parser = argparse.ArgumentParser(
        prog="python -m nlu.evaluate", description=__doc__.split("\n")[0]
    )
    parser.add_argument(
        "files", nargs="*", type=Path, default=[Path("tests/data/nlu_messages.jsonl")]
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="list the ids read wrong")
    parser.add_argument("--diff", action="store_true", help="each misread field: labelled vs read")
    args = parser.parse_args(argv)
    for path in args.files:
        print(f"== {path}")
        try:
            cases = load(path)
        except (OSError, ValueError) as exc:
            print(f"cannot read {path}: {exc}", file=sys.stderr)
            return 2
        print(format_report(evaluate(cases), args.verbose, args.diff))
    return 0


if __name__ == "__main__":
    sys.exit(main())
