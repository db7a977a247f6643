"""Choosing and recording the next question is the one step that changes state; showing
a conversation as it stands changes nothing."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

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


@pytest.mark.parametrize(
    ("opener", "first"),
    [
        # A lost device or a mis-sent mail: whose data, and how many, decides the report.
        ("営業の社用スマホを電車に置き忘れました。顧客の連絡先が入っています", "victims"),
        ("取引先あてのメールを別の会社に誤送信してしまいました", "victims"),
        # Ransomware: what the work will cost still comes first.
        ("ランサムウェアに感染しました。ファイルが暗号化されています", "costs"),
    ],
)
def test_the_first_question_follows_the_kind_of_incident(opener: str, first: str) -> None:
    reply = engine().handle(KEY, opener, user="U1")
    assert reply.question is not None and reply.question.id == first


LOST_PHONE = "営業の社用スマホを電車に置き忘れました。顧客の連絡先が入っています"


@pytest.mark.parametrize(
    ("answer", "fact", "count"),
    [
        ("30名です", "individuals", 30),
        ("三十人ほど", "individuals", 30),
        ("たぶん50人くらい", "individuals", 50),
        ("1万人です", "individuals", 10000),
        ("3社です", "corporations", 3),
    ],
)
def test_a_bare_count_answers_the_question_about_victims(
    answer: str, fact: str, count: int
) -> None:
    bot = engine()
    asked = bot.handle(KEY, LOST_PHONE, user="U1").question
    assert asked is not None and asked.id == "victims"
    bot.handle(KEY, answer, user="U1")
    facts = bot.state_of(KEY).facts
    assert facts.values.get(fact) == count
    assert facts.evidence[fact].text == answer  # shown with the words it came from


def test_a_bare_count_with_no_question_about_victims_pending_is_not_taken() -> None:
    bot = engine()
    bot.handle(KEY, "ランサムウェアに感染しました。ファイルが暗号化されています", user="U1")
    bot.handle(KEY, "30名です", user="U1")
    assert "individuals" not in bot.state_of(KEY).facts.values
