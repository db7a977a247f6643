"""A check still under way, said with no new fact, is acknowledged, not "not understood".

「情シスが確認中です」「業者の回答待ちです」 after the incident was told add nothing, but the
user read nothing wrong: the bot says it has noted it, shows what it knows and keeps asking,
where it used to apologise for not reading the message. Before any fact, and for talk of
something else, the bot still says what it does.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.conversation.engine import Engine
from bot.conversation.reply import ReplyKind
from bot.conversation.store import MemoryStore
from bot.labels import labels
from bot.render.layout import layout
from bot.render.sections import CONSOLE
from coverage import load_rider


def _engine() -> Engine:
    return Engine(load_rider(), MemoryStore(), clock=lambda: datetime(2026, 12, 4, tzinfo=UTC))


UNDER_WAY = [
    "情シスが確認中です",
    "業者の回答待ちです",
    "警察からの連絡待ちです",
    "今、確認してます",
]


@pytest.mark.parametrize("text", UNDER_WAY)
def test_work_under_way_is_acknowledged(text: str) -> None:
    engine, key = _engine(), "T1:C1:1.0"
    engine.handle(key, "サーバーがランサムウェアに感染しました")
    reply = engine.handle(key, text)
    assert reply.kind is ReplyKind.UNDER_WAY
    shown = "\n".join(line for s in layout(reply, load_rider(), CONSOLE) for line in s.lines)
    assert labels().messages["under_way"] in shown
    assert "読み取れませんでした" not in shown
    assert "マルウェア" in shown  # what is known stays in view


@pytest.mark.parametrize(
    ("first", "text"),
    [
        (None, "情シスが確認中です"),  # nothing told yet: the bot introduces itself
        ("サーバーがランサムウェアに感染しました", "お疲れさまです"),
    ],
)
def test_other_messages_are_still_not_understood(first: str | None, text: str) -> None:
    engine, key = _engine(), "T1:C1:2.0"
    if first is not None:
        engine.handle(key, first)
    assert engine.handle(key, text).kind is ReplyKind.UNCLEAR
