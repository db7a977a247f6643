"""A quick answer typed out instead of pressed answers the question asked.

On a phone the buttons scroll away, and people type what a button says (「今回の内容」,
「社内で発見」): the bot takes it as that button, with brackets, spaces or a closing 。 around
it. Anything more (「今回の内容です」) is a message read as any other.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.conversation.engine import Engine
from bot.conversation.store import MemoryStore
from coverage import load_rider

CLASH = ("社内のPCがランサムウェアに感染しました", "USBメモリを紛失した件もあります")


def _engine() -> Engine:
    return Engine(load_rider(), MemoryStore(), clock=lambda: datetime(2026, 12, 4, tzinfo=UTC))


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("今回の内容", "lost_or_stolen"),
        ("「今回の内容」", "lost_or_stolen"),
        ("前に伝えた内容。", "malware"),
        (" 前に伝えた 内容 ", "malware"),
    ],
)
def test_a_typed_label_settles_the_clash(typed: str, expected: str) -> None:
    engine, key = _engine(), "T1:C1:1.0"
    for text in CLASH:
        reply = engine.handle(key, text)
    assert reply.question is not None and reply.question.id == "fact_clash"
    reply = engine.handle(key, typed)
    assert reply.estimate is not None and reply.estimate.facts.incident_type is not None
    assert reply.estimate.facts.incident_type.value == expected
    assert reply.question is None or reply.question.id != "fact_clash"


def test_more_than_a_label_is_a_message() -> None:
    """「今回の内容です」 is not the button: the clash is still asked."""
    engine, key = _engine(), "T1:C1:2.0"
    for text in CLASH:
        engine.handle(key, text)
    reply = engine.handle(key, "今回の内容ですかね")
    assert reply.question is not None and reply.question.id == "fact_clash"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("その他", "other"), ("大量アクセス（DDoS）", "ddos"), ("誤送信。", "misdelivery")],
)
def test_a_typed_label_answers_what_kind_of_incident(typed: str, expected: str) -> None:
    engine, key = _engine(), "T1:C1:3.0"
    reply = engine.handle(key, "やられました")
    assert reply.question is not None and reply.question.id == "incident_type"
    reply = engine.handle(key, typed)
    assert reply.estimate is not None and reply.estimate.facts.incident_type is not None
    assert reply.estimate.facts.incident_type.value == expected


def test_a_typed_label_answers_the_announcement_question() -> None:
    engine, key = _engine(), "T1:C1:4.0"
    reply = engine.handle(key, "サーバーがランサムウェアに感染しました。調査費300万円かかりました")
    assert reply.question is not None and reply.question.id == "announced"
    reply = engine.handle(key, "公表した・予定")
    assert reply.estimate is not None and reply.estimate.facts.announced is True
