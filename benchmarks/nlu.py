"""Speed and memory of the NLU on the labelled messages: `.venv/bin/python benchmarks/nlu.py`.

Prints, per message of tests/data/nlu_messages.jsonl (median and p99 µs over all messages
and rounds, after a warm-up, the runs taking turns in each round): (a) fugashi alone, the
documented way (`fugashi.Tagger()`, reading `surface`, `feature.lemma`, `feature.pos1` of
each word); (b) the NLU, text to facts with their evidence (`read_message` = normalize →
tokenize → extract), which the 4× target is about; (c) the whole analyze path, (b) then the
conversation's fold (`facts_from_readings`) and `coverage.estimate`; the ratio of (b) and
of (c) to (a); the wall time of a fresh `cyberbot analyze` process; and the peak memory
(tracemalloc for Python objects, ru_maxrss for the whole process).
"""

from __future__ import annotations

import sys
from pathlib import Path

# Run as a script, this file's folder comes first on sys.path and this file, nlu.py,
# would shadow the `nlu` package. Drop the folder before importing anything of ours.
_HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]

import json  # noqa: E402
import resource  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import time  # noqa: E402
import tracemalloc  # noqa: E402
from collections.abc import Callable, Mapping, Sequence  # noqa: E402

import fugashi  # noqa: E402

from coverage import Rider, estimate, load_rider  # noqa: E402
from nlu import facts_from_readings, normalize, read_message  # noqa: E402
from nlu.tokens import tokenize  # noqa: E402

ROOT = _HERE.parent
MESSAGES_FILE = ROOT / "tests" / "data" / "nlu_messages.jsonl"
ROUNDS = 9
WARM_UP_ROUNDS = 2
PROCESS_RUNS = 5
# The message given to the fresh process: spec example 4, as a user would type it.
CLI_MESSAGE = (
    "監視会社から不正アクセスの可能性があると連絡があり、調査(500万円)の結果、攻撃が確認されました。"
    "顧客2,000名の情報が漏えいし、HPで公表済みです。コールセンターに400万円かかりました。"
)


def load_messages(path: Path = MESSAGES_FILE) -> list[str]:
    """Every message of every conversation of the labelled set, in file order."""
    with path.open(encoding="utf-8") as fh:
        cases = [json.loads(line) for line in fh if line.strip()]
    return [text for case in cases for text in case["messages"]]


def plain_fugashi() -> Callable[[str], object]:
    """fugashi as its README shows it: one Tagger, three fields read per word."""
    tagger = fugashi.Tagger()

    def run(text: str) -> object:
        last = None
        for word in tagger(text):
            last = (word.surface, word.feature.lemma, word.feature.pos1)
        return last

    return run


def nlu_path(text: str) -> object:
    """The NLU alone: one message's text to its facts, with evidence."""
    return read_message(text)


def analyze_path(rider: Rider) -> Callable[[str], object]:
    """What `cyberbot analyze` does for one message: read it, fold it, estimate."""

    def run(text: str) -> object:
        facts, _ = facts_from_readings([read_message(text)])
        return estimate(facts, rider)

    return run


def per_message_ns(
    runs: Mapping[str, Callable[[str], object]], messages: Sequence[str]
) -> dict[str, list[int]]:
    """Nanoseconds per message of each run, over ROUNDS rounds after WARM_UP_ROUNDS.

    The runs take turns within each round rather than one after the other: on a machine
    shared with other work the load changes over seconds, and timed apart a ratio of two
    runs would measure the load as much as the code. Interleaved, each sees the same.
    """
    for _ in range(WARM_UP_ROUNDS):
        for run in runs.values():
            for text in messages:
                run(text)
    clock = time.perf_counter_ns
    samples: dict[str, list[int]] = {name: [] for name in runs}
    for _ in range(ROUNDS):
        for name, run in runs.items():
            out = samples[name]
            for text in messages:
                start = clock()
                run(text)
                out.append(clock() - start)
    return samples


def percentile(samples: Sequence[int], fraction: float) -> float:
    """The nearest-rank percentile of `samples` (fraction in 0..1)."""
    ordered = sorted(samples)
    rank = max(1, round(fraction * len(ordered)))
    return float(ordered[rank - 1])


def peak_traced_bytes(run: Callable[[str], object], messages: Sequence[str]) -> int:
    """Peak bytes of Python objects allocated while running every message once."""
    tracemalloc.start()
    try:
        for text in messages:
            run(text)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def process_command(message: str) -> tuple[list[str], str]:
    """The `cyberbot analyze` command, or the import-and-read fallback when it is missing."""
    script = Path(sys.executable).parent / "cyberbot"
    command = [str(script), "analyze", message]
    probe = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=False)
    if probe.returncode == 0:
        return command, "cyberbot analyze TEXT"
    code = f"from nlu import read_message; read_message({message!r})"
    note = "`cyberbot analyze` not available: python -c 'from nlu import read_message; ...'"
    return [sys.executable, "-c", code], note


def process_wall_ms(command: Sequence[str]) -> float:
    """Median wall time of PROCESS_RUNS fresh processes, start to exit, in ms."""
    times = []
    for _ in range(PROCESS_RUNS):
        start = time.perf_counter_ns()
        subprocess.run(command, capture_output=True, cwd=ROOT, check=True)
        times.append(time.perf_counter_ns() - start)
    return statistics.median(times) / 1e6


def _row(name: str, samples: Sequence[int]) -> str:
    median = statistics.median(samples) / 1e3
    return f"{name:<36} {median:>10.1f} {percentile(samples, 0.99) / 1e3:>10.1f}"


def _ratio(name: str, samples: Sequence[int], baseline: Sequence[int]) -> str:
    median = statistics.median(samples) / statistics.median(baseline)
    p99 = percentile(samples, 0.99) / percentile(baseline, 0.99)
    return f"{name:<36} {median:>10.1f} {p99:>10.1f}"


def main() -> int:
    messages = load_messages()
    # Fresh processes first: a child's ru_maxrss starts from its parent's size at fork,
    # so they must run while this process is still small (no dictionary loaded yet).
    command, what = process_command(CLI_MESSAGE)
    wall_ms = process_wall_ms(command)
    child_rss_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # KiB on Linux
    rider = load_rider()
    # The first message loads the lexicon and config: Python objects kept for the process.
    cold = peak_traced_bytes(analyze_path(rider), messages[:1])
    traced = peak_traced_bytes(analyze_path(rider), messages)
    # Before (a): a second Tagger maps the dictionary again and would count twice.
    own_rss_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # Where (b)'s time goes: our tokenizer on normalised text.
    normalised = dict(zip(messages, (normalize(text) for text in messages), strict=True))
    samples = per_message_ns(
        {
            "a": plain_fugashi(),
            "b": nlu_path,
            "c": analyze_path(rider),
            "tokenize": lambda text: tokenize(normalised[text]),
        },
        messages,
    )
    tokens_only, nlu, whole = samples["a"], samples["b"], samples["c"]

    chars = statistics.mean(len(text) for text in messages)
    print(f"{len(messages)} messages (mean {chars:.0f} chars), {ROUNDS} rounds after warm-up")
    print(f"{'per message':<36} {'median µs':>10} {'p99 µs':>10}")
    print(_row("(a) fugashi alone", tokens_only))
    print(_row("(b) NLU: read_message", nlu))
    print(_row("  of which nlu.tokens.tokenize", samples["tokenize"]))
    print(_row("(c) analyze: (b) + fold + estimate", whole))
    print(_ratio("ratio (b)/(a), the 4× target", nlu, tokens_only))
    print(_ratio("ratio (c)/(a)", whole, tokens_only))
    print()
    print(f"{'fresh process, start to exit':<36} {wall_ms:>10.0f} ms  (median of {PROCESS_RUNS})")
    print(f"  command: {what}")
    print(f"{'tracemalloc peak, first message':<36} {cold / 2**20:>10.1f} MiB")
    print(f"{'tracemalloc peak, (c) warm, all':<36} {traced / 2**20:>10.1f} MiB")
    print(f"{'ru_maxrss, this process after (c)':<36} {own_rss_kib / 1024:>10.1f} MiB")
    print(f"{'ru_maxrss, the fresh process':<36} {child_rss_kib / 1024:>10.1f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
