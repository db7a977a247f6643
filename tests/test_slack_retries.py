"""Slack's limits and faults, end to end: the stand-in answers the bot's posts with 429,
5xx, `ratelimited` or not at all, and the user still gets the estimate; past the retry
budget, the polite reply with an error id."""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest
from slack_bolt import App

from bot.conversation.engine import Engine
from bot.settings import Settings
from bot.slack import app as slack_app
from bot.slack.web import DEFAULT_POLICY, web_client
from tests import slack_harness
from tests.slack_harness import HOTLINE, MENTION, Harness, new_ts, texts_of
from tests.slack_stub import Call, SlackStub

POST = "chat.postMessage"
INCIDENT = "監視会社から不正アクセスの可能性ありと通報。調査費300万円"
ESTIMATE = "【補償額の見込み】"
# The production budget (counts) with the waits shrunk: a 1 s timeout, 10 ms backoff.
QUICK = replace(DEFAULT_POLICY, timeout=1, backoff_factor=0.01)


@pytest.fixture
def quick_slack(make_slack: Callable[..., Harness], monkeypatch: pytest.MonkeyPatch) -> Harness:
    """The bot with the factory's client on the QUICK policy, passed to create_app."""

    def create_app(settings: Settings, engine: Engine, **kwargs: Any) -> App:
        assert settings.bot_token is not None
        client = web_client(settings.bot_token.value, settings.api_url, policy=QUICK)
        return slack_app.create_app(settings, engine, client, **kwargs)

    # The harness builds its app with create_app(settings, engine, executor=…) and has no
    # client parameter of its own.
    monkeypatch.setattr(slack_harness, "create_app", create_app)
    return make_slack()


def ok(calls: list[Call]) -> list[Call]:
    return [c for c in calls if c.status == 200 and c.response.get("ok")]


def attempts(calls: list[Call], text: str) -> list[Call]:
    """The tries of one message: the calls that posted `text`."""
    return [c for c in calls if c.body.get("text") == text]


def assert_estimate(slack: Harness, thread: str) -> None:
    text = texts_of(ok(slack.replies(thread)))
    assert ESTIMATE in text and "3,000,000円" in text
    assert "エラーID" not in text


FAULTS: list[tuple[str, Callable[[SlackStub], None]]] = [
    ("500", lambda stub: stub.status(POST, 500)),
    ("502", lambda stub: stub.status(POST, 502)),
    ("503", lambda stub: stub.status(POST, 503)),
    ("ratelimited with HTTP 200", lambda stub: stub.fail(POST, "ratelimited")),
]


@pytest.mark.parametrize(("name", "inject"), FAULTS, ids=[name for name, _ in FAULTS])
def test_a_passing_server_error_or_ratelimited_answer_is_retried(
    quick_slack: Harness, name: str, inject: Callable[[SlackStub], None]
) -> None:
    inject(quick_slack.stub)

    thread = quick_slack.mention(INCIDENT)

    calls = quick_slack.replies(thread)
    first, retry = attempts(calls, calls[0].body["text"])
    assert not first.response["ok"] and retry.response["ok"]
    assert_estimate(quick_slack, thread)


def test_a_429_waits_retry_after_then_posts_the_estimate(slack: Harness) -> None:
    """With the production client: create_app builds it with the factory."""
    slack.stub.status(POST, 429, {"Retry-After": "1"})

    thread = slack.mention(INCIDENT)

    calls = slack.replies(thread)
    first, retry = attempts(calls, calls[0].body["text"])
    assert first.status == 429 and retry.response["ok"]
    assert retry.at - first.at >= 1.0
    assert_estimate(slack, thread)


def test_a_hung_post_times_out_and_is_retried(quick_slack: Harness) -> None:
    """The retry is answered first; the hung call's post lands later (Slack has no
    idempotency key for chat.postMessage, so a timed-out post may show twice)."""
    quick_slack.stub.hang(POST, 1.5)
    start = time.monotonic()

    thread = quick_slack.mention(INCIDENT)

    assert_estimate(quick_slack, thread)
    retry, hung = quick_slack.stub.wait_for(POST, 2, thread_ts=thread)[:2]
    assert retry.body == hung.body
    assert retry.at - start >= QUICK.timeout and hung.at - start >= 1.5


TRIES = 1 + QUICK.fault_retries
EXHAUSTING: list[tuple[str, Callable[[SlackStub], None]]] = [
    ("internal_server_error", lambda stub: stub.status(POST, 500, times=TRIES)),
    ("ratelimited", lambda stub: stub.fail(POST, "ratelimited", times=TRIES)),
]


@pytest.mark.parametrize(("error", "inject"), EXHAUSTING, ids=[error for error, _ in EXHAUSTING])
def test_past_the_retry_budget_the_user_gets_the_error_id_that_is_logged(
    quick_slack: Harness,
    caplog: pytest.LogCaptureFixture,
    error: str,
    inject: Callable[[SlackStub], None],
) -> None:
    inject(quick_slack.stub)

    with caplog.at_level(logging.INFO, logger="bot"):
        thread = quick_slack.mention(INCIDENT)

    calls = quick_slack.replies(thread)
    assert [c.response["error"] for c in calls[:TRIES]] == [error] * TRIES
    assert ESTIMATE not in texts_of(ok(calls))
    assert_error_id_logged(calls[-1].body["text"], caplog, f"SlackApiError({error})")


def test_past_the_timeouts_the_user_gets_the_error_id_too(
    quick_slack: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    """The stand-in answers each hung post late, as a slow Slack would: those estimates
    land in the thread too, next to the error reply."""
    quick_slack.stub.hang(POST, 1.2, times=TRIES)

    with caplog.at_level(logging.INFO, logger="bot"):
        thread = quick_slack.mention(INCIDENT)

    # Every try, answered late, and the error reply.
    calls = quick_slack.stub.wait_for(POST, TRIES + 1, thread_ts=thread)
    (answer,) = [c.body["text"] for c in calls if "エラーID" in c.body["text"]]
    assert_error_id_logged(answer, caplog, "TimeoutError")
    assert len(attempts(calls, calls[0].body["text"])) == TRIES


def assert_error_id_logged(answer: str, caplog: pytest.LogCaptureFixture, error: str) -> None:
    error_id = re.search(r"エラーID: ([0-9a-f]{8})", answer)
    assert error_id is not None and HOTLINE in answer
    logged = "\n".join(r.getMessage() for r in caplog.records if r.name.startswith("bot"))
    assert f"error_id={error_id.group(1)} {error}" in logged


def test_a_slow_post_in_one_conversation_does_not_delay_another(slack: Harness) -> None:
    slack.stub.hang(POST, 2.0)
    slow = mention_without_waiting(slack, INCIDENT)
    deadline = time.monotonic() + 5
    while slack.stub.faults_left(POST) and time.monotonic() < deadline:
        time.sleep(0.005)  # until the slow conversation's post is hanging

    fast = mention_without_waiting(slack, INCIDENT)
    (fast_reply, *_) = slack.stub.wait_for(POST, thread_ts=fast)

    # Order, not a wall-clock limit: the other conversation's reply is posted while the
    # slow post still hangs, so it did not wait behind it.
    slack.settle()
    assert slack.replies(slow)[0].at > fast_reply.at
    assert_estimate(slack, fast)
    assert_estimate(slack, slow)


def mention_without_waiting(slack: Harness, text: str) -> str:
    """A mention in C1 whose reply the test does not wait for; returns its thread."""
    ts = new_ts()
    event = {"type": "app_mention", "user": "U1", "text": f"{MENTION} {text}", "ts": ts}
    response = slack.sender.event(event | {"channel": "C1", "event_ts": ts})
    assert response.status == 200, response
    return ts
