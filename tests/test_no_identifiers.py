"""No identifier ever reaches a user: every reply of every conversation in the labelled
sets, on both fronts, is free of the code's names (snake_case keys, enum values)."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.conversation.engine import Engine
from bot.conversation.questions import questions
from bot.conversation.store import MemoryStore
from bot.render.text import render_text
from bot.slack.blocks.reply import reply_messages
from coverage import load_rider

RIDER = load_rider()
NOW = datetime(2026, 11, 26, 14, 30, tzinfo=UTC)
DATA = Path(__file__).parent / "data" / "nlu_messages.jsonl"
# A code name: lower-case ASCII words joined by underscores (third_party, cost_clash).
IDENTIFIER = re.compile(r"(?<![A-Za-z0-9_./:-])[a-z]+(?:_[a-z]+)+(?![A-Za-z0-9_])")


def conversations() -> list[list[str]]:
    with DATA.open(encoding="utf-8") as fh:
        items = [json.loads(line) for line in fh if line.strip()]
    return [item["messages"] for item in items[::5]]


@pytest.mark.parametrize("messages", conversations())
def test_no_reply_shows_an_identifier(messages: list[str]) -> None:
    engine = Engine(RIDER, MemoryStore(), clock=lambda: NOW)
    for text in [*messages, "わからない", "まとめ"]:
        reply = engine.handle("T1:C1:1.0", text, user="U1")
        console = render_text(reply, RIDER)
        slack = "\n".join(m["text"] for m in reply_messages(reply, RIDER))
        for shown in (console, slack):
            assert not IDENTIFIER.findall(shown), (text, IDENTIFIER.findall(shown))


def test_answering_unknown_to_every_question_shows_no_identifier() -> None:
    engine = Engine(RIDER, MemoryStore(), clock=lambda: NOW)
    engine.handle("T1:C1:2.0", "PCがウイルスに感染したかも", user="U1")
    for qid in questions():
        reply = engine.answer("T1:C1:2.0", qid, "unknown")
        assert not IDENTIFIER.findall(render_text(reply, RIDER)), qid
