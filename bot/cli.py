"""The `cyberbot` command: estimate, analyze, claim, chat, serve, run, workspace.

Each subcommand imports what it needs when it runs, so `estimate` and `analyze` never load
the Slack stack.
"""

from __future__ import annotations

import argparse
import codecs
import io
import json
import os
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, TextIO

from coverage import (
    ConfigError,
    Facts,
    FactsError,
    Rider,
    estimate,
    estimate_to_json,
    facts_from_json,
    load_rider,
)
from coverage.facts_json import printable

if TYPE_CHECKING:
    from bot.conversation.engine import Engine
    from nlu.facts_builder import FactState

EXIT_USAGE = 2
JSON_SPACE = " \t\r\n"
CONTRACT_SETTING = "CYBERBOT_CONTRACT"
RIDER_HELP = (
    "a contract's own file (TOML): limits, deductible, amounts paid this period, "
    "third-party reading, policy number, policyholder, agent"
)


class UsageError(Exception):
    """Bad input or settings: printed as one line, exit code 2."""


def rider_from(contract: str | None) -> Rider:
    """The rider with the contract's own file from `--rider` or `CYBERBOT_CONTRACT`."""
    path = contract or os.environ.get(CONTRACT_SETTING) or None
    try:
        return load_rider(contract=Path(path) if path else None)
    except ConfigError as exc:
        raise UsageError(f"config error: {exc}") from None


class _DuplicateKeyError(Exception):
    """A JSON object names a key twice (json.loads would silently keep the last)."""


class _ConstantError(Exception):
    """`NaN`, `Infinity` or `-Infinity`: Python's json reads them; JSON has no such values."""


def _unique_keys(pairs: list[tuple[str, object]]) -> dict[str, object]:
    obj: dict[str, object] = {}
    for key, value in pairs:
        if key in obj:
            raise _DuplicateKeyError(key)
        obj[key] = value
    return obj


def _no_constant(name: str) -> object:
    raise _ConstantError(name)


def _decode(text: str, where: str) -> object:
    if not text.strip(JSON_SPACE):
        raise UsageError(f"{where}: empty input; expected a JSON object of facts")
    try:
        return json.loads(text, object_pairs_hook=_unique_keys, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise UsageError(
            f"{where}: invalid JSON: {exc.msg} (line {exc.lineno} col {exc.colno})"
        ) from None
    except _DuplicateKeyError as exc:
        raise UsageError(f"{where}: {printable(str(exc))}: duplicate key") from None
    except _ConstantError as exc:
        raise UsageError(f"{where}: invalid JSON: {exc} is not a JSON number") from None
    except RecursionError:
        raise UsageError(f"{where}: invalid JSON: nested too deeply") from None
    except ValueError as exc:  # e.g. an integer with more digits than Python will parse
        raise UsageError(f"{where}: invalid JSON: {exc}") from None


def _text(raw: bytes, where: str) -> str:
    """`raw` decoded as UTF-8 with a leading BOM dropped; invalid UTF-8 is bad input."""
    try:
        return raw.removeprefix(codecs.BOM_UTF8).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise UsageError(f"{where}: invalid UTF-8 at byte {exc.start + 1}") from None


def _binary(stdin: TextIO) -> BinaryIO:
    """stdin's bytes, so that invalid UTF-8 is bad input rather than a crash in the reader.

    A text stream without a buffer (an in-process caller's StringIO) is encoded back.
    """
    try:
        return stdin.buffer
    except AttributeError:
        return io.BytesIO(stdin.read().encode("utf-8", "surrogatepass"))


def _jsonl(stdin: TextIO, out: TextIO, answer: Callable[[int, object], object]) -> int:
    """Answer each non-blank line of stdin in its place; a bad line gets `{"error", "line"}`
    and the next line is read after it. Exit 2 if any line was bad."""
    failed = False
    for number, raw in enumerate(_binary(stdin), start=1):
        where = f"line {number}"
        try:
            text = _text(raw, where)
            if not text.strip(JSON_SPACE):
                continue
            result = answer(number, _decode(text, where))
        except UsageError as exc:
            failed = True
            result = {"error": str(exc), "line": number}
        _dump(result, out)
    return EXIT_USAGE if failed else 0


def _facts(data: object, rider: Rider) -> Facts:
    try:
        return facts_from_json(data, rider)
    except FactsError as exc:
        raise UsageError(f"{exc.field}: {exc.problem}") from None


def _dump(obj: object, out: TextIO) -> None:
    """Write `obj` as one JSON line; escaped as ASCII if `out` cannot encode it as is."""
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    try:
        text.encode(getattr(out, "encoding", None) or "utf-8")
    except (UnicodeEncodeError, LookupError):
        text = json.dumps(obj, separators=(",", ":"))
    out.write(text + "\n")


def cmd_estimate(args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    """Facts as JSON on stdin → the estimate as JSON (or Japanese text) on stdout."""
    rider = rider_from(args.rider)
    if args.jsonl:
        return _jsonl(
            stdin, out, lambda _, data: estimate_to_json(estimate(_facts(data, rider), rider))
        )
    text = _text(_binary(stdin).read(), "stdin")
    result = estimate(_facts(_decode(text, "stdin"), rider), rider)
    if args.text:
        from bot.render.estimate import estimate_lines

        out.write("\n".join(estimate_lines(result)) + "\n")
    else:
        _dump(estimate_to_json(result), out)
    return 0


def _engine(args: argparse.Namespace, *, persistent: bool) -> Engine:
    from bot.conversation.engine import Engine
    from bot.conversation.store import MemoryStore, Store
    from bot.settings import SettingsError, load_settings

    try:
        settings = load_settings()
    except SettingsError as exc:
        raise UsageError(str(exc)) from None
    contract = getattr(args, "rider", None) or (
        str(settings.contract) if settings.contract else None
    )
    store: Store = MemoryStore()
    if persistent:  # only then SQLAlchemy: `analyze` and `chat` start without it
        from bot.conversation.sql_store import SQLStore

        store = SQLStore.from_url(settings.sqlalchemy_url, settings.expire_days)
    return Engine(rider_from(contract), store)


def cmd_chat(args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    """The console conversation (prompting on a TTY, one message per line otherwise)."""
    from bot.console.chat import run_console

    return run_console(_engine(args, persistent=False), stdin, out, interactive=stdin.isatty())


def _analyze_one(engine: Engine, key: str, messages: Sequence[object]) -> dict[str, object]:
    from coverage import facts_to_json
    from nlu import to_facts

    intent = "report"
    topics: list[str] = []
    for text in messages:
        if not isinstance(text, str):
            raise UsageError("each message must be a string")
        reply = engine.handle(key, text)  # the engine cleans odd text
        intent, topics = reply.intent, list(reply.question_topics)
    state = engine.state_of(key)
    facts = to_facts(state.facts)
    return {
        "facts": facts_to_json(facts),
        "unassigned_amounts": list(state.facts.unassigned),
        "said_unknown": list(state.facts.said_unknown),
        "intent": intent,
        "question_topics": topics,
        "evidence": _evidence_json(state.facts),
        "estimate": estimate_to_json(estimate(facts, engine.rider)),
    }


def _evidence_json(state: FactState) -> dict[str, object]:
    """Fact → {message, start, end, text}; costs by the coverage key the facts use.

    Offsets are in the normalised message (`nlu.normalize`), `message` its index among
    the conversation's readable messages.
    """
    from nlu.facts_builder import resolve_cost_key

    values = state.values
    out: dict[str, object] = {k: v.to_json() for k, v in state.evidence.items()}
    costs: dict[str, object] = {}
    for key, evidence in state.cost_evidence.items():
        resolved = resolve_cost_key(
            key, values.get("unauthorized_access"), values.get("incident_type")
        )
        costs[resolved.value] = evidence.to_json()
    if costs:
        out["costs"] = costs
    return out


def _analyze_line(engine: Engine, number: int, messages: object) -> dict[str, object]:
    if not isinstance(messages, list):
        raise UsageError(f"line {number}: expected a JSON array of message strings")
    return _analyze_one(engine, f"analyze:{number}", messages)


def cmd_analyze(args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    """Messages of one conversation → facts, unassigned amounts, intent and estimate as JSON."""
    engine = _engine(args, persistent=False)
    if args.jsonl:
        return _jsonl(stdin, out, lambda number, data: _analyze_line(engine, number, data))
    _dump(_analyze_one(engine, "analyze:0", args.texts), out)
    return 0


def _claim_one(engine: Engine, key: str, messages: Sequence[object], as_json: bool) -> object:
    from bot.claim.file import claim_of
    from bot.claim.json_file import claim_to_json
    from bot.claim.markdown import claim_markdown

    for text in messages:
        if not isinstance(text, str):
            raise UsageError("each message must be a string")
        engine.handle(key, text)
    claim = claim_of(engine, key)
    return claim_to_json(claim) if as_json else claim_markdown(claim)


def cmd_claim(args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    """Messages of one conversation → the claim file: Markdown, or JSON with --json."""
    engine = _engine(args, persistent=False)

    def one(number: int, messages: object) -> object:
        if not isinstance(messages, list):
            raise UsageError(f"line {number}: expected a JSON array of message strings")
        return _claim_one(engine, f"claim:{number}", messages, args.json)

    if args.jsonl:
        if args.json:
            return _jsonl(stdin, out, one)
        return _jsonl(stdin, out, lambda number, data: {"markdown": one(number, data)})
    result = _claim_one(engine, "claim:0", args.texts, args.json)
    if isinstance(result, str):
        out.write(result)
    else:
        _dump(result, out)
    return 0


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


_TEAM_ID = re.compile(r"^[TE][A-Z0-9]{1,31}$")
_CHANNEL_ID = re.compile(r"^[CG][A-Z0-9]{2,31}$")


def cmd_workspace(args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    """Set one workspace's contract, escalation channel and retention period in the
    database, validated as the contract file is; prints what is stored (JSON)."""
    import config
    from bot.db import open_database
    from bot.db.workspaces import Workspaces
    from bot.settings import SettingsError, load_settings

    if not _TEAM_ID.match(args.team):
        raise UsageError(f"{args.team!r} is not a team id (T… or E…, from the workspace URL)")
    channel = args.escalation_channel
    if channel is not None and not _CHANNEL_ID.match(channel):
        raise UsageError(f"--escalation-channel {channel!r} is not a channel id (C… or G…)")
    if args.retention_days is not None and args.retention_days <= 0:
        raise UsageError("--retention-days must be positive")
    contract = None
    if args.contract is not None:
        # Validated as the contract file is, errors naming the file the operator edits.
        rider_from(args.contract)
        contract = config.read_path(Path(args.contract))
    try:
        settings = load_settings()
    except SettingsError as exc:
        raise UsageError(str(exc)) from None
    database = open_database(settings.sqlalchemy_url)
    try:
        stored = Workspaces(database).put(
            args.team,
            contract=contract,
            escalation_channel=channel,
            retention_days=args.retention_days,
        )
    finally:
        database.close()
    _dump(
        {
            "team_id": stored.team_id,
            "contract": stored.contract,
            "escalation_channel": stored.escalation_channel,
            "retention_days": stored.retention_days or settings.expire_days,
        },
        out,
    )
    return 0


def cmd_run(args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    """The main job: Slack (Socket Mode) when tokens are configured, else the console."""
    from bot.settings import SettingsError, load_settings

    try:
        settings = load_settings()
    except SettingsError as exc:
        raise UsageError(str(exc)) from None
    if settings.slack_configured:
        # Multi-workspace mode serves its OAuth pages over HTTP; one token, Socket Mode.
        args.http = settings.multi_workspace
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
    est.add_argument("--rider", metavar="FILE", help=RIDER_HELP)
    mode = est.add_mutually_exclusive_group()
    mode.add_argument("--text", action="store_true", help="print a Japanese breakdown")
    mode.add_argument("--jsonl", action="store_true", help="one facts object per line")
    est.set_defaults(handler=cmd_estimate)

    ana = sub.add_parser("analyze", help="messages of one conversation → facts and estimate")
    ana.add_argument("texts", nargs="*", metavar="TEXT", help="successive messages")
    ana.add_argument("--jsonl", action="store_true", help="one JSON array of messages per line")
    ana.add_argument("--rider", metavar="FILE", help=RIDER_HELP)
    ana.set_defaults(handler=cmd_analyze)

    claim = sub.add_parser(
        "claim", help="messages of one conversation → the claim file (事故報告メモ, PPC draft)"
    )
    claim.add_argument("texts", nargs="*", metavar="TEXT", help="successive messages")
    claim.add_argument("--jsonl", action="store_true", help="one JSON array of messages per line")
    claim.add_argument("--json", action="store_true", help="print JSON instead of Markdown")
    claim.add_argument("--rider", metavar="FILE", help=RIDER_HELP)
    claim.set_defaults(handler=cmd_claim)

    chat = sub.add_parser("chat", help="talk to the bot in this terminal")
    chat.add_argument("--rider", metavar="FILE", help=RIDER_HELP)
    chat.set_defaults(handler=cmd_chat)

    serve = sub.add_parser("serve", help="run the Slack bot (Socket Mode, or --http)")
    serve.add_argument("--http", action="store_true", help="HTTP mode with the signing secret")
    serve.add_argument("--port", type=int, default=3000, help="port for --http (default 3000)")
    serve.add_argument(
        "--host",
        help="address for --http (default CYBERBOT_HOST or 127.0.0.1; 0.0.0.0 in a container)",
    )
    serve.add_argument("--rider", metavar="FILE", help=RIDER_HELP)
    serve.set_defaults(handler=cmd_serve)

    space = sub.add_parser(
        "workspace", help="set a workspace's contract, escalation channel and retention"
    )
    space.add_argument("team", metavar="TEAM", help="the workspace's team id (T0123…)")
    space.add_argument("--contract", metavar="FILE", help=RIDER_HELP)
    space.add_argument(
        "--escalation-channel", metavar="CHANNEL", help="channel id for escalation summaries"
    )
    space.add_argument(
        "--retention-days",
        type=float,
        metavar="DAYS",
        help="days a conversation is kept after its last message (default CYBERBOT_EXPIRE_DAYS)",
    )
    space.set_defaults(handler=cmd_workspace)

    run = sub.add_parser("run", help="Slack when tokens are set, else the console")
    run.add_argument("--port", type=int, default=3000, help=argparse.SUPPRESS)
    run.add_argument("--host", help=argparse.SUPPRESS)
    run.add_argument("--rider", metavar="FILE", help=RIDER_HELP)
    run.set_defaults(handler=cmd_run)
    return parser


Handler = Callable[[argparse.Namespace, TextIO, TextIO], int]


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `cyberbot` console script."""
    args = _parser().parse_args(argv)
    handler: Handler = args.handler
    # Whatever a message echoes, writing it must not fail: what the terminal's encoding
    # cannot hold is written as a backslash escape (stderr does so by default).
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="backslashreplace")
    try:
        return handler(args, sys.stdin, sys.stdout)
    except UsageError as exc:
        print(f"cyberbot: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `cyberbot estimate --jsonl < big | head`: the reader left; nothing to report.
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    sys.exit(main())
