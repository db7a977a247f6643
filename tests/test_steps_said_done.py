"""A step said done in a message is ticked on the card, with the words it came from; an act
that is no step of the incident's checklist ticks nothing and the message reads as before."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.conversation.engine import Engine
from bot.conversation.reply import ReplyKind
from bot.conversation.store import MemoryStore
from coverage import load_rider

NOW = datetime(2025, 11, 20, 10, 0, tzinfo=UTC)

TICKED = [
    ("ノートPCを電車に置き忘れました", "駅には電話しました", "lost_carrier"),
    ("ノートPCを電車に置き忘れました", "警察に遺失届を出しました", "lost_police"),
    ("スマホを落としました。顧客の連絡先が入っています", "遠隔ロック済みです", "lost_remote_wipe"),
    ("PCがランサムウェアに感染しました", "LANケーブルは抜きました", "malware_disconnect"),
    ("PCがランサムウェアに感染しました", "電源は切ってないです", "malware_keep_power"),
    ("顧客リストを取引先に誤送信しました", "先方に削除をお願いしました", "misdelivery_ask_delete"),
]


def _engine() -> Engine:
    return Engine(load_rider(), MemoryStore(), clock=lambda: NOW)


@pytest.mark.parametrize(("first", "said", "step"), TICKED)
def test_a_step_said_done_is_ticked_and_quoted(first: str, said: str, step: str) -> None:
    engine = _engine()
    engine.handle("c", first, user="U1")
    reply = engine.handle("c", said, user="U2")
    assert reply.kind is not ReplyKind.UNCLEAR
    assert any(f"（「{said}」より）" in note for note in reply.notes)
    mark = reply.mark_of(step)
    assert mark.done_by == "U2" and mark.done_at is not None


def test_a_ticked_step_leaves_the_steps_to_do_now() -> None:
    engine = _engine()
    engine.handle("c", "ノートPCを電車に置き忘れました")
    before = [s.key for s in engine.current("c").advice.steps]  # type: ignore[union-attr]
    assert "lost_carrier" in before
    engine.handle("c", "駅には電話しました")
    after = engine.current("c").advice
    assert after is not None
    assert "lost_carrier" not in [s.key for s in after.steps]
    assert "lost_carrier" in [s.key for s in after.done_steps]


def test_an_act_with_no_step_on_the_card_is_still_not_understood() -> None:
    engine = _engine()
    engine.handle("c", "ホームページが改ざんされました")
    assert engine.handle("c", "駅には電話しました").kind is ReplyKind.UNCLEAR


def test_a_step_ticked_once_is_not_ticked_again() -> None:
    engine = _engine()
    engine.handle("c", "ノートPCを電車に置き忘れました")
    engine.handle("c", "駅には電話しました", user="U1")
    reply = engine.handle("c", "JRにも問い合わせ済みです", user="U2")
    assert reply.kind is not ReplyKind.UNCLEAR
    assert reply.notes == ("「交通機関・店舗への問い合わせ」は完了として記録済みです。",)
    assert reply.mark_of("lost_carrier").done_by == "U1"


def test_a_planned_act_ticks_nothing() -> None:
    engine = _engine()
    engine.handle("c", "ノートPCを電車に置き忘れました")
    reply = engine.handle("c", "これから駅に電話する予定です")
    assert reply.mark_of("lost_carrier").done_at is None


def test_messages_before_a_reset_call_for_no_step() -> None:
    """The card's extras read the messages since 「最初から」: a step an earlier incident's
    words called for (card data) is not ticked in the next one."""
    engine = _engine()
    engine.handle("c", "ECサイトからクレジットカード番号が漏えいしました")
    engine.handle("c", "最初から")
    engine.handle("c", "ノートPCを電車に置き忘れました")
    reply = engine.handle("c", "カード会社に連絡しました")
    assert reply.mark_of("card_companies").done_at is None
