"""The conversation engine: merging turns, corrections, questions, persistence, bad input."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.conversation.asking import MAX_ASKED
from bot.conversation.engine import Engine
from bot.conversation.reply import Reply, ReplyKind
from bot.conversation.sql_store import SQLiteStore
from bot.conversation.store import MemoryStore
from bot.render.text import render_text
from coverage import CostKey, load_rider

RIDER = load_rider()
# Thursday 2026-11-26 10:00 JST: the customer desk is open.
NOW = datetime(2026, 11, 26, 1, 0, tzinfo=UTC)
KEY = "T1:C1:1700000000.000100"


@pytest.fixture
def engine() -> Engine:
    return Engine(RIDER, MemoryStore(), clock=lambda: NOW)


def talk(engine: Engine, *messages: str) -> Reply:
    reply = None
    for text in messages:
        reply = engine.handle(KEY, text, user="U1")
    assert reply is not None
    return reply


def costs(reply: Reply) -> dict[CostKey, int]:
    assert reply.estimate is not None
    return dict(reply.estimate.facts.costs)


def test_worked_example_in_one_message(engine: Engine) -> None:
    """The pamphlet's example gives 2,000,000円 with the clause and the disclaimer."""
    reply = talk(
        engine,
        "外部の監視会社から不正アクセスの可能性ありと通報。調査したら不正アクセスは無かったが、"
        "PC3台で1台100万円の調査費用がかかった",
    )
    assert reply.estimate is not None and reply.estimate.total == 2_000_000
    shown = render_text(reply, RIDER)
    assert "2,000,000円" in shown
    assert "① 不正アクセス等対応費用" in shown
    assert "お支払いを決定するものではありません" in shown
    assert "同意" in shown


def test_later_statement_overrides_earlier(engine: Engine) -> None:
    """「いや、公表はしていません」 replaces an earlier 公表した."""
    reply = talk(engine, "不正アクセスがあり、HPで公表しました", "いや、公表はしていません")
    assert reply.estimate is not None and reply.estimate.facts.announced is False


def test_correction_replaces_a_cost(engine: Engine) -> None:
    """「調査費は200万円でした」 after 300万円 replaces it."""
    reply = talk(
        engine, "フォレンジック調査費は300万円", "訂正です。フォレンジック調査費は200万円でした"
    )
    assert costs(reply)[CostKey.INVESTIGATION] == 2_000_000


def test_addition_adds_to_a_cost(engine: Engine) -> None:
    """「追加で」 adds to the cost already known."""
    reply = talk(
        engine, "フォレンジック調査費は300万円", "追加でフォレンジック調査に100万円かかりました"
    )
    assert costs(reply)[CostKey.INVESTIGATION] == 4_000_000


def test_unmarked_new_amount_asks_which_and_keeps_the_old(engine: Engine) -> None:
    """A new amount said without 訂正 or 追加 is not applied; the bot asks which it is."""
    reply = talk(engine, "フォレンジック調査費は300万円", "フォレンジック調査に200万円")
    assert costs(reply)[CostKey.INVESTIGATION] == 3_000_000
    assert reply.question is not None and reply.question.id == "cost_clash"
    assert reply.question_text is not None and "3,000,000円" in reply.question_text
    answered = engine.answer(KEY, "cost_clash", "add")
    assert costs(answered)[CostKey.INVESTIGATION] == 5_000_000


def test_clash_answered_in_words(engine: Engine) -> None:
    """「訂正です」 settles the pending clash as a replacement."""
    talk(engine, "フォレンジック調査費は300万円", "フォレンジック調査に200万円")
    reply = talk(engine, "訂正です")
    assert costs(reply)[CostKey.INVESTIGATION] == 2_000_000


def test_absurd_amount_keeps_the_old_value(engine: Engine) -> None:
    """An amount beyond belief is refused with a note; the earlier amount stays."""
    reply = talk(
        engine, "フォレンジック調査費は300万円", "訂正、フォレンジック調査費は1000兆円でした"
    )
    assert costs(reply)[CostKey.INVESTIGATION] == 3_000_000
    assert any("入力の誤り" in note for note in reply.notes)


def test_negative_amount_is_refused_politely(engine: Engine) -> None:
    """「-300万円」 is not taken as a cost, and the reply says why."""
    reply = talk(engine, "調査費は-300万円")
    assert not costs(reply)
    assert any("マイナス" in note for note in reply.notes)


@pytest.mark.parametrize(
    "message",
    ["調査費 9999999999999億円", "復旧費は10000000000000000000円です", "見舞金は5000兆円"],
)
def test_an_amount_beyond_any_cost_is_refused_politely(engine: Engine, message: str) -> None:
    """An amount past every cap is not dropped in silence: the reply says it was not taken."""
    reply = talk(engine, message)
    assert not costs(reply)
    assert reply.kind is not ReplyKind.UNCLEAR
    assert sum("入力の誤り" in note for note in reply.notes) == 1
    assert not any("続けて教えてください" in note for note in reply.notes)


@pytest.mark.parametrize(
    ("message", "left_out", "kept"),
    [
        ("取引先を装ったメールにだまされ、偽の口座に300万円振り込んでしまった", "300万円", {}),
        ("偽口座に1.2億円を振込。調査費は80万円です", "1.2億円", {"investigation": 800_000}),
        ("被害額は2,300万円とのことです", "2,300万円", {}),
    ],
)
def test_an_amount_said_to_be_no_cost_is_named_as_left_out(
    engine: Engine, message: str, left_out: str, kept: dict[str, int]
) -> None:
    """Money wired to a fraudster or the size of a loss is no cost of the rider: the reply
    says which amount it left out, instead of dropping it in silence."""
    reply = talk(engine, message)
    assert {key.value: value for key, value in costs(reply).items()} == kept
    assert reply.kind is not ReplyKind.UNCLEAR
    (note,) = [note for note in reply.notes if "見込みに含めていません" in note]
    assert note.startswith(left_out)


def test_a_cost_is_not_named_as_left_out(engine: Engine) -> None:
    """A cost read as one gets no such note."""
    reply = talk(engine, "フォレンジック調査に300万円かかりました")
    assert not any("見込みに含めていません" in note for note in reply.notes)


def test_bare_answer_fills_the_last_question(engine: Engine) -> None:
    """「いいえ」 answers the question just asked."""
    first = talk(engine, "監視会社から通報があり、フォレンジック調査に300万円かかった")
    assert first.question is not None and first.question.id == "unauthorized_access"
    reply = talk(engine, "いいえ")
    assert reply.estimate is not None
    assert reply.estimate.facts.unauthorized_access is not None
    assert reply.estimate.facts.unauthorized_access.value == "not_found"


def test_dont_know_is_an_answer_and_stops_the_question(engine: Engine) -> None:
    """「わからない」 keeps the fact unknown and the bot moves on to another question."""
    talk(engine, "監視会社から通報があり、フォレンジック調査に300万円かかった")
    reply = talk(engine, "わからない")
    assert reply.estimate is not None and reply.estimate.facts.unauthorized_access is None
    assert reply.question is None or reply.question.id != "unauthorized_access"
    assert ("不正アクセス等の有無", "調査中・不明") in reply.said_unknown


def test_no_question_is_asked_more_than_twice(engine: Engine) -> None:
    """However the user dodges, each question comes at most twice."""
    asked: dict[str, int] = {}
    for _ in range(8):
        reply = talk(engine, "フォレンジック調査に300万円かかりました")
        if reply.question is not None:
            asked[reply.question.id] = asked.get(reply.question.id, 0) + 1
    assert asked and max(asked.values()) <= MAX_ASKED


def test_asks_the_fact_that_narrows_the_range_most(engine: Engine) -> None:
    """With access unknown and an external report, access is asked before announcement."""
    reply = talk(engine, "警察から通報を受け、フォレンジック調査に500万円かかりました")
    assert reply.question is not None and reply.question.id == "unauthorized_access"
    assert reply.estimate is not None and reply.estimate.total is None


def test_reset_forgets_everything(engine: Engine) -> None:
    """「最初から」 clears the conversation."""
    talk(engine, "フォレンジック調査費は300万円")
    assert talk(engine, "最初からやり直したい").kind is ReplyKind.RESET
    assert not costs(talk(engine, "こんにちは"))


def test_conversation_survives_a_restart(tmp_path: Path) -> None:
    """A new engine on the same SQLite file continues the conversation."""
    path = tmp_path / "state.sqlite3"
    first = SQLiteStore(path)
    Engine(RIDER, first, clock=lambda: NOW).handle(KEY, "フォレンジック調査費は300万円")
    first.close()
    second = SQLiteStore(path)
    reply = Engine(RIDER, second, clock=lambda: NOW).handle(KEY, "HPで公表しました")
    second.close()
    assert costs(reply)[CostKey.INVESTIGATION] == 3_000_000
    assert reply.estimate is not None and reply.estimate.facts.announced is True


def test_expired_conversation_starts_afresh(tmp_path: Path) -> None:
    """A conversation older than the expiry is not continued."""
    store = SQLiteStore(tmp_path / "s.sqlite3", expire_days=0.000001)
    engine = Engine(RIDER, store, clock=lambda: NOW)
    engine.handle(KEY, "フォレンジック調査費は300万円")
    import time

    time.sleep(0.2)
    assert store.load(KEY) is None
    store.close()


BAD = [
    "",
    "   ",
    ":sob: :sob: :fire:",
    "😭😭😭",
    "\x00\udcff\x7f",
    "<@U0123ABC>",
    "&lt;&gt;&amp;",
    "あ" * 40_000,
    "不正アクセスはあった。いや、なかった。やっぱりあった。",
]


@pytest.mark.parametrize("text", BAD, ids=range(len(BAD)))
def test_bad_input_gets_a_polite_reply(engine: Engine, text: str) -> None:
    """Empty, emoji, markup, junk, 40,000 characters, contradictions: a reply, never an error."""
    reply = talk(engine, text)
    shown = render_text(reply, RIDER)
    assert shown.strip()
    assert "Traceback" not in shown


def test_huge_message_says_it_was_cut(engine: Engine) -> None:
    """A 40,000-character message is read in part and the reply says so."""
    reply = talk(engine, "サーバーに不正アクセスがありました。" * 2500)
    assert any("4,000文字" in note for note in reply.notes)


def test_logs_carry_no_message_text(engine: Engine, caplog: pytest.LogCaptureFixture) -> None:
    """Log records name facts and ids, never what the user wrote."""
    secret = "山田太郎様の顧客情報"
    with caplog.at_level(logging.DEBUG):
        talk(engine, f"{secret}が流出、フォレンジック調査に300万円")
    assert caplog.records
    assert all(secret not in record.getMessage() for record in caplog.records)


def _clock(year: int, month: int, day: int, hour: int) -> Callable[[], datetime]:
    return lambda: datetime(year, month, day, hour, tzinfo=UTC)


def test_attack_with_2000_records_found_yesterday() -> None:
    """The issue-5 scenario: first steps, contacts with the desk's state, both deadlines."""
    engine = Engine(RIDER, MemoryStore(), clock=_clock(2026, 11, 26, 1))
    reply = engine.handle(
        KEY, "昨日、サーバーへの不正アクセスが判明しました。顧客情報2,000件が流出しています。"
    )
    shown = render_text(reply, RIDER)
    assert "今すべきこと" in shown
    assert "0120-25-7474" in shown
    assert "受付" in shown  # the desk's open/closed state
    # Discovered 2026-11-25 (day 1): 速報 days 3-5, 確報 by day 60 (unauthorized purpose).
    assert "11月27日" in shown and "11月29日" in shown
    assert "1月23日" in shown


def test_reset_and_unreadable_first_message_keep_the_thread(engine: Engine) -> None:
    """After 「最初から」 or an unreadable first message the conversation still exists."""
    talk(engine, "フォレンジック調査費は300万円", "最初から")
    assert engine.store.load(KEY) is not None
    other = "T1:C1:other-thread"
    engine.handle(other, ":sob:")
    assert engine.store.load(other) is not None


def test_agent_shorthand_with_spaces(engine: Engine) -> None:
    """「外部通報 不正アクセスなし 調査費300万円」: spaces separate the statements."""
    reply = talk(engine, "外部通報 不正アクセスなし 調査費300万円")
    assert reply.estimate is not None and reply.estimate.total == 2_000_000
    assert reply.estimate.facts.detection is not None
    assert reply.estimate.facts.detection.value == "external_report"
