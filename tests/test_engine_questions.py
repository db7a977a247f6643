"""Choosing and recording the next question is the one step that changes state; showing
a conversation as it stands changes nothing."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.conversation.engine import Engine
from bot.conversation.store import MemoryStore
from coverage import load_rider

NOW = datetime(2026, 11, 26, 14, 30, tzinfo=UTC)
KEY = "T1:C1:1.0"


def engine() -> Engine:
    return Engine(load_rider(), MemoryStore(), clock=lambda: NOW)


def test_showing_the_conversation_again_changes_nothing_stored() -> None:
    bot = engine()
    first = bot.handle(KEY, "不正アクセスの可能性。調査費用500万円", user="U1")
    assert first.question is not None
    before = bot.state_of(KEY).to_json()
    for _ in range(3):
        again = bot.current(KEY)
        assert again.question == first.question  # the pending question, shown again
    assert bot.state_of(KEY).to_json() == before


def test_each_turn_records_the_question_it_asks() -> None:
    bot = engine()
    reply = bot.handle(KEY, "不正アクセスの可能性。調査費用500万円", user="U1")
    assert reply.question is not None
    state = bot.state_of(KEY)
    assert state.last_question == reply.question.id
    assert state.asked == {reply.question.id: 1}


def test_a_hedged_fact_that_decides_the_estimate_is_asked_once() -> None:
    bot = engine()
    text = "監視会社から通報。不正アクセスの可能性があります。調査費用300万円"
    reply = bot.handle(KEY, text, user="U1")
    assert reply.question is not None and reply.question.id == "unauthorized_access"
    again = bot.answer(KEY, "unauthorized_access", "unknown")
    assert again.question is None or again.question.id != "unauthorized_access"
