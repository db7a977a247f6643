"""Bursts, double presses, crafted buttons and restarts, over real HTTP: one writer per
conversation, nothing acknowledged lost, nothing answered twice."""

from __future__ import annotations

import json
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from bot.conversation.inbox import InboxItem, ItemKind
from bot.slack.blocks.reply import ActionId, ButtonValue
from tests.slack_harness import Harness, button, new_ts, texts_of
from tests.slack_requests import SlackSender
from tests.slack_stub import TEAM


def thread_event(text: str, thread_ts: str, *, user: str = "U1") -> dict[str, Any]:
    ts = new_ts()
    return {
        "type": "message",
        "user": user,
        "text": text,
        "ts": ts,
        "thread_ts": thread_ts,
        "channel": "C1",
        "channel_type": "channel",
        "event_ts": ts,
    }


def send_at_once(sender: SlackSender, events: list[dict[str, Any]]) -> list[int]:
    """Send every event from its own thread, released together."""
    start = threading.Barrier(len(events))

    def send(event: dict[str, Any]) -> int:
        start.wait()
        return sender.event(event).status

    with ThreadPoolExecutor(max_workers=len(events)) as pool:
        return list(pool.map(send, events))


def test_a_burst_into_one_thread_keeps_every_message_and_amount(slack: Harness) -> None:
    thread = slack.mention("ランサムウェアに感染しました。調査費用10万円")
    extra = list(range(1, 31))
    events = [thread_event(f"追加で{n}万円の調査費用がかかりました", thread) for n in extra]

    statuses = send_at_once(slack.sender, events)
    slack.settle()

    assert statuses == [200] * 30
    key = f"{TEAM}:C1:{thread}"
    costs = slack.engine.state_of(key).facts.costs
    assert sum(costs.values()) == (10 + sum(extra)) * 10_000
    assert len(slack.engine.store.messages(key)) == 31
    # One reply a message: the mention's and each of the thirty.
    replies = slack.replies(thread)
    assert len({call.body["text"] for call in replies}) >= 30
    assert slack.engine.store.pending(key) == []


def test_two_messages_at_once_keep_both_facts(slack: Harness) -> None:
    thread = slack.mention("PCがウイルスに感染したかも")
    send_at_once(
        slack.sender,
        [
            thread_event("公表はしていません", thread),
            thread_event("データ復旧費用は50万円でした", thread),
        ],
    )
    slack.settle()
    state = slack.engine.state_of(f"{TEAM}:C1:{thread}")
    assert state.facts.values.get("announced") is False
    assert sum(state.facts.costs.values()) == 500_000


def test_the_escalation_pressed_twice_posts_one_summary(slack: Harness) -> None:
    thread = slack.mention("ランサムウェアに感染しました")
    message = slack.last_reply(thread)
    escalate = button(message, ActionId.ESCALATE)

    def press() -> int:
        return slack.sender.click(
            message, escalate, response_url=slack.stub.response_url("esc")
        ).status

    with ThreadPoolExecutor(max_workers=2) as pool:
        statuses = list(pool.map(lambda _: press(), range(2)))
    slack.settle()

    assert statuses == [200, 200]
    summaries = [c for c in slack.stub.of("chat.postMessage") if c.body.get("thread_ts") is None]
    assert len(summaries) == 1
    shown = texts_of(slack.replies(thread))
    assert "投稿済み" in shown  # the second press says so, with the summary's link
    assert "archives/" in shown


def test_a_button_naming_another_channels_conversation_changes_nothing(slack: Harness) -> None:
    theirs = slack.mention("不正アクセスの可能性。調査費用500万円")
    ours = slack.mention("PCがウイルスに感染したかも")
    before = slack.engine.state_of(f"{TEAM}:C1:{theirs}").to_json()
    message = slack.last_reply(ours)
    crafted = {
        **button(message, ActionId.CHECKLIST),
        "value": ButtonValue(f"{TEAM}:C9:{theirs}").encode(),
    }
    answers = [b for b in message["blocks"] if b.get("block_id") == "answers"]
    answer = answers[0]["elements"][0]
    value = ButtonValue.decode(answer["value"])
    forged = {
        **answer,
        "value": ButtonValue(f"{TEAM}:C9:{theirs}", value.question, value.answer).encode(),
    }
    message = {
        **message,
        "blocks": [*message["blocks"], {"type": "actions", "elements": [crafted, forged]}],
    }
    replies_before = len(slack.replies(theirs))

    for element in (crafted, forged):
        response = slack.sender.click(message, element, response_url=slack.stub.response_url("x"))
        assert response.status == 200
    slack.settle()

    assert slack.engine.state_of(f"{TEAM}:C1:{theirs}").to_json() == before
    assert len(slack.replies(theirs)) == replies_before


def test_a_click_without_actions_is_answered_200_and_ignored(slack: Harness) -> None:
    thread = slack.mention("PCがウイルスに感染したかも")
    payload = {
        "type": "block_actions",
        "user": {"id": "U1"},
        "team": {"id": TEAM},
        "channel": {"id": "C1"},
        "actions": [],
    }
    body = "payload=" + json.dumps(payload)
    before = len(slack.stub.calls)
    response = slack.sender.post(body, "application/x-www-form-urlencoded")
    slack.settle()
    assert response.status == 200
    assert len(slack.stub.calls) == before
    assert slack.replies(thread)


def test_a_message_with_a_lone_surrogate_is_answered_and_saved(slack: Harness) -> None:
    thread = slack.mention("PCがウイルスに感染したかも\udfff 調査費300万円")
    assert "補償額の見込み" in texts_of(slack.replies(thread))
    slack.say("公表はしていません", thread_ts=thread)
    assert len(slack.replies(thread)) >= 2
    assert slack.engine.state_of(f"{TEAM}:C1:{thread}").facts.values.get("announced") is False


def test_an_event_acknowledged_before_a_crash_is_answered_after_the_restart(
    slack: Harness,
) -> None:
    thread = slack.mention("PCがウイルスに感染したかも")
    key = f"{TEAM}:C1:{thread}"
    # What a crash between the ack and the reply leaves: the message in the inbox only.
    ts = new_ts()
    item = InboxItem(
        f"message:{TEAM}:C1:{ts}",
        key,
        ItemKind.MESSAGE,
        {"text": "調査費は300万円でした", "user": "U1", "ts": ts},
    )
    assert slack.engine.store.enqueue(item)
    replies_before = len(slack.replies(thread))

    slack.restart()
    slack.settle()

    assert len(slack.replies(thread)) == replies_before + 1
    assert sum(slack.engine.state_of(key).facts.costs.values()) == 3_000_000
    # Slack retrying the same event after the restart gets no second reply.
    slack.send(thread_event("調査費は300万円でした", thread) | {"ts": ts, "event_ts": ts})
    assert len(slack.replies(thread)) == replies_before + 1


def test_a_retried_event_whose_reply_was_never_posted_gets_its_reply(slack: Harness) -> None:
    thread = slack.mention("PCがウイルスに感染したかも")
    key = f"{TEAM}:C1:{thread}"
    event = thread_event("調査費は300万円でした", thread)
    item = InboxItem(
        f"message:{TEAM}:C1:{event['ts']}",
        key,
        ItemKind.MESSAGE,
        {"text": event["text"], "user": "U1", "ts": event["ts"]},
    )
    assert slack.engine.store.enqueue(item)  # acknowledged, then the process stopped
    replies_before = len(slack.replies(thread))

    slack.send(event)  # Slack's retry of the same message

    assert len(slack.replies(thread)) == replies_before + 1
    assert slack.engine.store.pending(key) == []
