"""The `cyberbot` command: estimate, analyze, chat, serve, run.

Each subcommand imports what it needs when it runs, so `estimate` and `analyze` never load
the Slack stack.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from coverage import (
    ConfigError,
    FactsError,
    Rider,
    estimate,
    estimate_to_json,
    facts_from_json,
    load_rider,
)

EXIT_USAGE = 2
CONTRACT_SETTING = "CYBERBOT_CONTRACT"


class UsageError(Exception):
    """Bad input or settings: printed as one line, exit code 2."""


def rider_from(contract: str | None) -> Rider:
    """The rider with the contract's own limits from `--rider` or `CYBERBOT_CONTRACT`."""
    path = contract or os.environ.get(CONTRACT_SETTING) or None
    try:
        return load_rider(contract=Path(path) if path else None)
    except ConfigError as exc:
        raise UsageError(f"config error: {exc}") from None


def _decode(line: str, where: str) -> object:
    if not line.strip():
        raise UsageError(f"{where}: empty input; expected a JSON object of facts")
    try:
        return json.loads(line)
    except json.JSONDecodeError as exc:
        raise UsageError(
            f"{where}: invalid JSON: {exc.msg} (line {exc.lineno} col {exc.colno})"
        ) from None
    except ValueError as exc:  # e.g. an integer with more digits than Python will parse
        raise UsageError(f"{where}: invalid JSON: {exc}") from None


def _estimate_one(data: object, rider: Rider) -> dict[str, object]:
    try:
        facts = facts_from_json(data, rider)
    except FactsError as exc:
        raise UsageError(f"{exc.field}: {exc.problem}") from None
    return estimate_to_json(estimate(facts, rider))


def _dump(obj: object, out: TextIO) -> None:
    out.write(json.dumps(obj, ensure_ascii=False, separators=(",", ":")) + "\n")


def cmd_estimate(args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    """Facts as JSON on stdin → the estimate as JSON (or Japanese text) on stdout."""
    rider = rider_from(args.rider)
    if args.jsonl:
        failed = False
        for number, line in enumerate(stdin, start=1):
            if not line.strip():
                continue
            try:
                _dump(_estimate_one(_decode(line, f"line {number}"), rider), out)
            except UsageError as exc:
                failed = True
                _dump({"error": str(exc), "line": number}, out)
        return EXIT_USAGE if failed else 0
    data = _decode(stdin.read(), "stdin")
    if args.text:
        from bot.estimate_text import estimate_lines

        try:
            facts = facts_from_json(data, rider)
        except FactsError as exc:
            raise UsageError(f"{exc.field}: {exc.problem}") from None
        out.write("\n".join(estimate_lines(estimate(facts, rider))) + "\n")
        return 0
    _dump(_estimate_one(data, rider), out)
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cyberbot", description="サイバー事故ナビ: cyber incident first-response assistant"
    )
    sub = parser.add_subparsers(dest="command", required=True)
    est = sub.add_parser("estimate", help="facts JSON on stdin → estimate JSON on stdout")
    est.add_argument("--rider", metavar="FILE", help="a contract's own limits (TOML)")
    mode = est.add_mutually_exclusive_group()
    mode.add_argument("--text", action="store_true", help="print a Japanese breakdown")
    mode.add_argument("--jsonl", action="store_true", help="one facts object per line")
    est.set_defaults(handler=cmd_estimate)
    return parser


Handler = Callable[[argparse.Namespace, TextIO, TextIO], int]


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `cyberbot` console script."""
    args = _parser().parse_args(argv)
    handler: Handler = args.handler
    try:
        return handler(args, sys.stdin, sys.stdout)
    except UsageError as exc:
        print(f"cyberbot: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
