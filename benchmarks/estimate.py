"""Speed of the coverage engine: `.venv/bin/python benchmarks/estimate.py`.

Prints the throughput of one `cyberbot estimate --jsonl` process on LINES generated facts
(lines per second, process start included, and with the start-up of a one-line run taken
off), and the µs per call of `coverage.estimate` in-process (median and p99, after a warm-up).
"""

from __future__ import annotations

import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from coverage import (
    CostKey,
    IncidentType,
    Rider,
    estimate,
    estimate_to_json,
    facts_from_json,
    load_rider,
)

LINES = 10_000
SEED = 20_241_126
WARM_UP_CALLS = 2_000
STARTUP_RUNS = 5
ROOT = Path(__file__).resolve().parent.parent


def generated_facts(count: int, seed: int = SEED) -> list[dict[str, Any]]:
    """`count` facts objects as `cyberbot estimate` reads them, every fact sometimes unknown."""
    rng = random.Random(seed)

    def maybe(*values: object) -> object:
        return rng.choice([None, *values])

    lines = []
    for _ in range(count):
        keys = rng.sample(list(CostKey), rng.randint(0, 5))
        lines.append(
            {
                "incident_type": maybe(*(kind.value for kind in IncidentType)),
                "detection": maybe("external_report", "self"),
                "unauthorized_access": maybe("found", "not_found"),
                "announced": maybe(True, False),
                "consent": maybe(True, False),
                "individuals": maybe(rng.randint(1, 50_000)),
                "corporations": maybe(rng.randint(1, 50)),
                "costs": {key.value: rng.randint(1, 5_000) * 10_000 for key in keys},
            }
        )
    return lines


def run_jsonl(path: Path) -> tuple[float, int]:
    """(wall seconds, output lines) of one `cyberbot estimate --jsonl < path`."""
    script = Path(sys.executable).parent / "cyberbot"
    with path.open("rb") as stdin:
        start = time.perf_counter_ns()
        done = subprocess.run(
            [str(script), "estimate", "--jsonl"],
            stdin=stdin,
            capture_output=True,
            cwd=ROOT,
            check=True,
        )
        seconds = (time.perf_counter_ns() - start) / 1e9
    return seconds, done.stdout.count(b"\n")


def percentile(samples: Sequence[int], fraction: float) -> float:
    """The nearest-rank percentile of `samples` (fraction in 0..1)."""
    ordered = sorted(samples)
    return float(ordered[max(1, round(fraction * len(ordered))) - 1])


def per_call_ns(call: Callable[[Any], object], inputs: Sequence[Any]) -> list[int]:
    """Nanoseconds of `call` per input, after WARM_UP_CALLS untimed calls."""
    for index in range(WARM_UP_CALLS):
        call(inputs[index % len(inputs)])
    clock = time.perf_counter_ns
    samples = []
    for item in inputs:
        start = clock()
        call(item)
        samples.append(clock() - start)
    return samples


def json_line(rider: Rider) -> Callable[[str], object]:
    """What `--jsonl` does per line, in-process: decode, validate, estimate, encode."""

    def run(line: str) -> object:
        facts = facts_from_json(json.loads(line), rider)
        return json.dumps(estimate_to_json(estimate(facts, rider)), ensure_ascii=False)

    return run


def main() -> int:
    lines = generated_facts(LINES)
    rider = load_rider()
    all_facts = [facts_from_json(line, rider) for line in lines]
    with tempfile.TemporaryDirectory() as folder:
        many = Path(folder) / "facts.jsonl"
        many.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
        one = Path(folder) / "one.jsonl"
        one.write_text(json.dumps(lines[0]) + "\n", encoding="utf-8")
        startup = statistics.median(run_jsonl(one)[0] for _ in range(STARTUP_RUNS))
        seconds, written = run_jsonl(many)
    if written != LINES:
        print(f"expected {LINES} output lines, got {written}", file=sys.stderr)
        return 1
    samples = per_call_ns(lambda facts: estimate(facts, rider), all_facts)
    encoded = [json.dumps(line) for line in lines]
    whole_line = per_call_ns(json_line(rider), encoded)
    scenarios = statistics.mean(len(estimate(facts, rider).scenarios) for facts in all_facts)

    print(f"{LINES:,} generated facts lines (mean {scenarios:.1f} scenarios per estimate)")
    print(f"{'cyberbot estimate --jsonl, one process':<40} {seconds:>9.2f} s")
    print(f"{'  lines per second':<40} {LINES / seconds:>9,.0f}")
    print(f"{'  start-up (1-line run, median of 5)':<40} {startup * 1e3:>9.0f} ms")
    steady = LINES / (seconds - startup)
    print(f"{'  lines per second without start-up':<40} {steady:>9,.0f}")
    print(f"{'coverage.estimate in-process':<40} {'median':>9} {'p99':>9}")
    median, p99 = statistics.median(samples) / 1e3, percentile(samples, 0.99) / 1e3
    print(f"{'  µs per call':<40} {median:>9.1f} {p99:>9.1f}")
    median, p99 = statistics.median(whole_line) / 1e3, percentile(whole_line, 0.99) / 1e3
    print(f"{'  µs per line, JSON in to JSON out':<40} {median:>9.1f} {p99:>9.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
