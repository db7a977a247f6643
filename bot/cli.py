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
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from coverage import (
    ConfigError,
    FactsError,
    Rider,
    estimate,
    estimate_to_json,
    facts_from_json,
    load_rider,
)

if TYPE_CHECKING:
    from bot.conversation.engine import Engine

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
        from bot.render.estimate import estimate_lines

        try:
            facts = facts_from_json(data, rider)
        except FactsError as exc:
            raise UsageError(f"{exc.field}: {exc.problem}") from None
        out.write("\n".join(estimate_lines(estimate(facts, rider))) + "\n")
        return 0
    _dump(_estimate_one(data, rider), out)
    return 0


def _engine(args: argparse.Namespace, *, persistent: bool) -> Engine:
    from bot.conversation.engine import Engine
    from bot.conversation.store import MemoryStore, SQLiteStore, Store
    from bot.settings import SettingsError, load_settings

    try:
        settings = load_settings()
    except SettingsError as exc:
        raise UsageError(str(exc)) from None
    contract = getattr(args, "rider", None) or (
        str(settings.contract) if settings.contract else None
    )
    store: Store = (
        SQLiteStore(settings.db_path, settings.expire_days) if persistent else MemoryStore()
    )
    return Engine(rider_from(contract), store)


def cmd_chat(args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    """The console conversation (prompting on a TTY, one message per line otherwise)."""
    from bot.console.chat import run_console

    return run_console(_engine(args, persistent=False), stdin, out, interactive=stdin.isatty())


def _analyze_one(engine: Engine, key: str, messages: Sequence[object]) -> dict[str, object]:
    from coverage import estimate_to_json, facts_to_json
    from nlu import to_facts

    intent = "report"
    for text in messages:
        if not isinstance(text, str):
            raise UsageError("each message must be a string")
        intent = engine.handle(key, text).intent
    state = engine.state_of(key)
    facts = to_facts(state.facts)
    return {
        "facts": facts_to_json(facts),
        "unassigned_amounts": list(state.facts.unassigned),
        "said_unknown": list(state.facts.said_unknown),
        "intent": intent,
        "estimate": estimate_to_json(estimate(facts, engine.rider)),
    }


def cmd_analyze(args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    """Messages of one conversation → facts, unassigned amounts, intent and estimate as JSON."""
    engine = _engine(args, persistent=False)
    if not args.jsonl:
        _dump(_analyze_one(engine, "analyze:0", args.texts), out)
        return 0
    failed = False
    for number, line in enumerate(stdin, start=1):
        if not line.strip():
            continue
        try:
            messages = _decode(line, f"line {number}")
            if not isinstance(messages, list):
                raise UsageError(f"line {number}: expected a JSON array of message strings")
            _dump(_analyze_one(engine, f"analyze:{number}", messages), out)
        except UsageError as exc:
            failed = True
            _dump({"error": str(exc), "line": number}, out)
    return EXIT_USAGE if failed else 0


def cmd_serve(args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    """The Slack bot: Socket Mode, or HTTP with --http."""
    from bot.settings import SettingsError, load_settings
    from bot.slack.serve import serve

    try:
        settings = load_settings()
        if args.host:
            settings = replace(settings, host=args.host)
        return serve(settings, http=args.http, port=args.port, rider=rider_from(args.rider))
    except SettingsError as exc:
        raise UsageError(str(exc)) from None


def cmd_run(args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    """The main job: Slack (Socket Mode) when tokens are configured, else the console."""
    from bot.settings import SettingsError, load_settings

    try:
        settings = load_settings()
    except SettingsError as exc:
        raise UsageError(str(exc)) from None
    if settings.slack_configured:
        args.http = False
        return cmd_serve(args, stdin, out)
    from bot.console.texts import console_texts

    out.write(console_texts().no_slack + "\n")
    return cmd_chat(args, stdin, out)


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

    ana = sub.add_parser("analyze", help="messages of one conversation → facts and estimate")
    ana.add_argument("texts", nargs="*", metavar="TEXT", help="successive messages")
    ana.add_argument("--jsonl", action="store_true", help="one JSON array of messages per line")
    ana.add_argument("--rider", metavar="FILE", help="a contract's own limits (TOML)")
    ana.set_defaults(handler=cmd_analyze)

    chat = sub.add_parser("chat", help="talk to the bot in this terminal")
    chat.add_argument("--rider", metavar="FILE", help="a contract's own limits (TOML)")
    chat.set_defaults(handler=cmd_chat)

    serve = sub.add_parser("serve", help="run the Slack bot (Socket Mode, or --http)")
    serve.add_argument("--http", action="store_true", help="HTTP mode with the signing secret")
    serve.add_argument("--port", type=int, default=3000, help="port for --http (default 3000)")
    serve.add_argument(
        "--host",
        help="address for --http (default CYBERBOT_HOST or 127.0.0.1; 0.0.0.0 in a container)",
    )
    serve.add_argument("--rider", metavar="FILE", help="a contract's own limits (TOML)")
    serve.set_defaults(handler=cmd_serve)

    run = sub.add_parser("run", help="Slack when tokens are set, else the console")
    run.add_argument("--port", type=int, default=3000, help=argparse.SUPPRESS)
    run.add_argument("--host", help=argparse.SUPPRESS)
    run.add_argument("--rider", metavar="FILE", help="a contract's own limits (TOML)")
    run.set_defaults(handler=cmd_run)
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
