"""Several instances of `cyberbot serve --http` behind one load balancer, on one
PostgreSQL: any instance takes any event, one thread's messages apply one at a time, and
an instance killed mid-burst leaves nothing acknowledged unanswered."""

from __future__ import annotations

import signal
import time
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from subprocess import Popen

import pytest

from bot.conversation.sql_store import SQLStore
from tests.slack_harness import MENTION, SECRET
from tests.slack_process import CYBERBOT, free_port, start_bot
from tests.slack_requests import SlackSender
from tests.slack_stub import TEAM, SlackStub

pytestmark = pytest.mark.skipif(not CYBERBOT.exists(), reason="needs the installed command")
LEASE = "2"


@contextmanager
def instances(
    stub: SlackStub, pg_url: str, tmp_path: Path, count: int
) -> Iterator[list[tuple[Popen[bytes], SlackSender]]]:
    running = []
    try:
        for n in range(count):
            port = free_port()
            env = {"DATABASE_URL": pg_url, "CYBERBOT_LEASE_SECONDS": LEASE}
            bot = start_bot(stub, port, tmp_path / f"unused{n}.sqlite3", SECRET, env)
            running.append((bot, SlackSender(f"http://127.0.0.1:{port}/slack/events", SECRET)))
        yield running
    finally:
        for bot, _ in running:
            if bot.poll() is None:
                bot.terminate()
            bot.wait(timeout=10)


def wait_until(check: object, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and not check():  # type: ignore[operator]
        time.sleep(0.1)


def message(text: str, ts: str, thread_ts: str | None = None) -> dict[str, object]:
    event: dict[str, object] = {"type": "message", "user": "U1", "text": text, "ts": ts}
    event |= {"channel": "C1", "channel_type": "channel", "event_ts": ts}
    return event | ({"thread_ts": thread_ts} if thread_ts else {})


def test_two_instances_take_alternate_events_of_one_thread(pg_url: str, tmp_path: Path) -> None:
    with SlackStub() as stub, instances(stub, pg_url, tmp_path, 2) as running:
        (_, one), (_, two) = running
        thread = "1800000002.000000"
        start = message(f"{MENTION} ランサムウェアに感染しました。調査費用10万円", thread)
        assert one.event(start | {"type": "app_mention"}).status == 200
        store = SQLStore.from_url(pg_url)
        key = f"{TEAM}:C1:{thread}"
        # A thread is the bot's once its first reply is out; then the rest come at once.
        wait_until(lambda: store.load(key) is not None)
        extra = list(range(1, 21))
        events = [
            message(f"追加で{n}万円の調査費用がかかりました", f"1800000002.{n:06d}", thread)
            for n in extra
        ]
        with ThreadPoolExecutor(max_workers=20) as pool:
            statuses = list(
                pool.map(lambda p: (one, two)[p[0] % 2].event(p[1]).status, enumerate(events))
            )
        assert statuses == [200] * 20
        wait_until(lambda: not store.pending(key) and len(store.messages(key)) == 21)
        state = store.load(key)
        assert state is not None
        assert sum(state.facts.costs.values()) == (10 + sum(extra)) * 10_000
        assert store.pending(key) == []
        store.close()
        # Every message answered once: the mention's reply and one for each of the 20.
        replies = stub.of("chat.postMessage", thread_ts=thread)
        assert len(replies) >= 21
        # Slack retries a delivery to whichever instance the balancer picks: known there.
        retry = {"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"}
        assert two.event(events[0], headers=retry).status == 200  # it went to `one` first
        time.sleep(1)
        assert len(stub.of("chat.postMessage", thread_ts=thread)) == len(replies)


def test_an_instance_killed_mid_burst_leaves_the_rest_to_the_other(
    pg_url: str, tmp_path: Path
) -> None:
    mentions = 40
    with SlackStub() as stub, instances(stub, pg_url, tmp_path, 2) as running:
        (victim, doomed), (_, survivor) = running
        stub.hang("chat.postMessage", 0.05, times=mentions)  # a slow Web API: work piles up

        def send(index: int) -> tuple[str, int]:
            ts = f"1800000003.{index:06d}"
            text = f"{MENTION} ランサムウェアに感染しました。調査費{index + 1}0万円"
            try:
                return ts, doomed.event(message(text, ts) | {"type": "app_mention"}).status
            except OSError:
                return ts, 0  # the instance was gone: not acknowledged

        with ThreadPoolExecutor(max_workers=16) as pool:
            futures = [pool.submit(send, i) for i in range(mentions)]
            time.sleep(0.5)
            victim.send_signal(signal.SIGKILL)
            results = [f.result() for f in futures]
        victim.wait(timeout=10)
        acknowledged = {ts for ts, status in results if status == 200}
        assert acknowledged, "nothing was acknowledged before the kill"

        def first_replies() -> Counter[str]:
            return Counter(
                str(c.body.get("thread_ts"))
                for c in stub.of("chat.postMessage")
                if "補償額の見込み" in str(c.body.get("text"))
            )

        # The survivor never got these events: its heartbeat finds them once the dead
        # instance's lease has run out.
        wait_until(lambda: acknowledged <= set(first_replies()))
        missing = acknowledged - set(first_replies())
        assert not missing, f"{len(missing)} of {len(acknowledged)} acknowledged unanswered"
        assert survivor.event(message(f"{MENTION} 感染しました", "1800000003.999999")).status
