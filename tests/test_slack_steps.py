"""The card's steps in Slack, over real HTTP against the Web API stand-in: a tick records
who and when and redraws the card in place; ticks at once are all kept."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from typing import Any

from bot.conversation.inbox import InboxItem, ItemKind
from tests.slack_harness import NOW, Harness, step_keys
from tests.slack_stub import TEAM

ATTACK = "昨日、不正アクセスが確認されました。顧客2,000名の氏名と住所が漏えいしたおそれがあります"


def card_of(slack: Harness, thread: str) -> dict[str, Any]:
    """The first message of the card, as Slack keeps it."""
    card = slack.engine.state_of(f"{TEAM}:C1:{thread}").card
    (posted,) = [c for c in slack.replies(thread) if c.response["ts"] == card[0]]
    return posted.message


def latest_card_text(slack: Harness, thread: str) -> str:
    ts = slack.engine.state_of(f"{TEAM}:C1:{thread}").card[0]
    return str(slack.stub.of("chat.update", ts=ts)[-1].body["text"])


def test_the_card_shows_the_steps_with_checkboxes_and_progress(slack: Harness) -> None:
    thread = slack.mention(ATTACK)
    card = card_of(slack, thread)
    steps = step_keys(card)
    assert 2 <= len(steps) <= 10
    assert f"{len(steps)}件中0件完了" in card["text"]


def test_a_tick_records_who_and_when_on_the_card_without_posting(slack: Harness) -> None:
    thread = slack.mention(ATTACK)
    card = card_of(slack, thread)
    first, second = step_keys(card)[:2]
    posted = len(slack.replies(thread))

    slack.tick(card, first, user="U2")

    text = latest_card_text(slack, thread)
    # NOW is 23:30 in Tokyo: the time is shown in JST, the person as a mention.
    assert "完了: <@U2>（11月26日 23:30）" in text and "1件完了" in text
    assert len(slack.replies(thread)) == posted  # a tick is no message in the thread
    update = slack.stub.of("chat.update", ts=card["ts"])[-1]
    redrawn = {**card, "blocks": update.body["blocks"], "text": update.body["text"]}
    # The next open step now leads; the done one is shown ticked at the end.
    assert step_keys(redrawn)[0] == second and step_keys(redrawn)[-1] == first
    mark = slack.engine.state_of(f"{TEAM}:C1:{thread}").steps[first]
    assert mark["done_by"] == "U2" and mark["done_at"] == NOW.isoformat()


def test_taking_a_step_puts_the_owner_on_the_card(slack: Harness) -> None:
    thread = slack.mention(ATTACK)
    card = card_of(slack, thread)
    step = step_keys(card)[1]

    slack.take(card, step, user="U3")

    assert "担当: <@U3>" in latest_card_text(slack, thread)
    assert slack.engine.state_of(f"{TEAM}:C1:{thread}").steps[step]["owner"] == "U3"


def test_two_people_ticking_at_once_lose_nothing(slack: Harness) -> None:
    thread = slack.mention(ATTACK)
    card = card_of(slack, thread)
    steps = step_keys(card)[:3]
    start = threading.Barrier(len(steps))

    def tick(pair: tuple[str, str]) -> None:
        step, user = pair
        start.wait()
        slack.tick(card, step, user=user, settle=False)

    with ThreadPoolExecutor(max_workers=len(steps)) as pool:
        list(pool.map(tick, zip(steps, ["U2", "U3", "U4"], strict=True)))
    slack.settle()

    marks = slack.engine.state_of(f"{TEAM}:C1:{thread}").steps
    assert {step: marks[step]["done_by"] for step in steps} == dict(
        zip(steps, ["U2", "U3", "U4"], strict=True)
    )
    assert "3件完了" in latest_card_text(slack, thread)


def test_unticking_reopens_the_step(slack: Harness) -> None:
    thread = slack.mention(ATTACK)
    card = card_of(slack, thread)
    step = step_keys(card)[0]
    slack.tick(card, step, user="U2")
    later = NOW + timedelta(minutes=5)  # another click: Slack gives it its own action_ts
    slack.tick(card, step, user="U2", checked=False, at=later)
    assert not slack.engine.state_of(f"{TEAM}:C1:{thread}").steps[step].get("done_at")
    assert "0件完了" in latest_card_text(slack, thread)


def test_a_tick_acknowledged_before_a_crash_is_applied_after_the_restart(
    slack: Harness,
) -> None:
    thread = slack.mention(ATTACK)
    card = card_of(slack, thread)
    step = step_keys(card)[0]
    # What a crash between the ack and applying it leaves: the tick in the inbox only.
    item = InboxItem(
        f"step:{TEAM}:C1:{thread}:1.0:U2:{step}",
        f"{TEAM}:C1:{thread}",
        ItemKind.STEP,
        {"step": step, "done": True, "take": False, "user": "U2", "action_ts": "1.0"},
    )
    assert slack.engine.store.enqueue(item)

    slack.restart()
    slack.settle()

    assert slack.engine.state_of(f"{TEAM}:C1:{thread}").steps[step]["done_by"] == "U2"
    assert "完了: <@U2>" in latest_card_text(slack, thread)


def test_a_step_said_done_in_the_thread_is_ticked_on_the_card(slack: Harness) -> None:
    """「LANケーブルは抜きました」 in the thread: the reply quotes it; the card is redrawn
    with the step ticked."""
    thread = slack.mention(ATTACK)
    card = card_of(slack, thread)
    slack.mention("LANケーブルは抜きました", thread_ts=thread, user="U3")
    reply = slack.last_reply(thread)
    assert "を完了として記録しました（「LANケーブルは抜きました」より）" in reply["text"]
    text = latest_card_text(slack, thread)
    assert "完了: <@U3>" in text and "1件完了" in text
    assert slack.stub.of("chat.update", ts=card["ts"])  # redrawn in place, not posted again
