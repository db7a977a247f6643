"""The card's steps as the team's shared list: marks and owners survive, old states load,
and the console marks steps by number."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from bot.claim.describe import line
from bot.claim.timeline import EventKind, events
from bot.conversation.engine import Engine
from bot.conversation.sql_store import SQLiteStore
from bot.conversation.state import ConversationState
from bot.render.layout import card_steps
from coverage import load_rider
from tests.test_console import chat

NOW = datetime(2026, 11, 26, 14, 30, tzinfo=UTC)
RIDER = load_rider()
ATTACK = "昨日、不正アクセスが確認されました。顧客2,000名の氏名と住所が漏えいしたおそれがあります"


def test_a_ticked_step_keeps_who_and_when_across_a_restart(tmp_path: Path) -> None:
    engine = Engine(RIDER, SQLiteStore(tmp_path / "db.sqlite3"), clock=lambda: NOW)
    reply = engine.handle("k", ATTACK, user="U1")
    first, second = card_steps(reply, RIDER)[:2]

    engine.mark_step("k", second.key, take=True, user="U2")
    engine.mark_step("k", first.key, done=True, user="U3", at=NOW)
    again = Engine(RIDER, SQLiteStore(tmp_path / "db.sqlite3"), clock=lambda: NOW)
    steps = card_steps(again.current("k"), RIDER)

    # The next open step comes first; the done one goes to the end with its marks.
    assert steps[0].key == second.key and steps[0].mark.owner == "U2"
    assert steps[-1].key == first.key and steps[-1].mark.done_by == "U3"
    assert steps[-1].mark.done_at == NOW
    kinds = [e.kind for e in events(again.state_of("k"))]
    assert EventKind.STEP_OWNER in kinds and EventKind.STEP_DONE in kinds
    said = [line(e, RIDER) for e in events(again.state_of("k")) if e.kind is EventKind.STEP_DONE]
    assert said and "2026年11月26日 23:30" in said[0] and first.key not in said[0]


def test_a_second_tick_of_a_done_step_keeps_the_first(tmp_path: Path) -> None:
    engine = Engine(RIDER, SQLiteStore(tmp_path / "db.sqlite3"), clock=lambda: NOW)
    step = card_steps(engine.handle("k", ATTACK, user="U1"), RIDER)[0]
    engine.mark_step("k", step.key, done=True, user="U2")
    engine.mark_step("k", step.key, done=True, user="U3")
    assert engine.current("k").mark_of(step.key).done_by == "U2"


def test_a_state_stored_before_the_steps_still_loads() -> None:
    old = ConversationState().to_json()
    for key in ("steps", "reminders", "consent_due", "no_report", "mentioned"):
        old.pop(key)
    state = ConversationState.from_json(old)
    assert state.steps == {} and state.reminders == [] and not state.mentioned


def test_the_console_marks_steps_by_number(tmp_path: Path) -> None:
    done = chat(f"{ATTACK}\n1 完了\n２ 担当\n9 完了\n", tmp_path)
    assert done.returncode == 0, done.stderr
    after_tick = done.stdout.split("> 1 完了")[1].split("> ２ 担当")[0]
    assert "1件完了" in after_tick and "☑" in after_tick and "完了: あなた（" in after_tick
    after_take = done.stdout.split("> ２ 担当")[1].split("> 9 完了")[0]
    assert "担当: あなた" in after_take
    assert "その番号の手順はありません" in done.stdout.split("> 9 完了")[1]
