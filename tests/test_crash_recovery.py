"""kill -9 under load, then a restart: every mention Slack got a 200 for is answered.

`cyberbot serve --http` runs as its own process against the local Web API stand-in; it is
killed with SIGKILL while mentions pour in, and started again on the same database.
"""

from __future__ import annotations

import signal
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.slack_harness import MENTION, SECRET
from tests.slack_process import CYBERBOT, free_port, start_bot
from tests.slack_requests import SlackSender
from tests.slack_stub import SlackStub

MENTIONS = 80


def mention(sender: SlackSender, index: int) -> tuple[str, int]:
    ts = f"1800000001.{index:06d}"
    event = {
        "type": "app_mention",
        "user": "U1",
        "text": f"{MENTION} ランサムウェアに感染しました。調査費{index + 1}0万円",
        "ts": ts,
        "channel": "C1",
    }
    try:
        return ts, sender.event(event).status
    except OSError:
        return ts, 0  # the process was gone: not acknowledged


@pytest.mark.skipif(not CYBERBOT.exists(), reason="needs the installed cyberbot command")
def test_every_acknowledged_mention_is_answered_after_a_kill(tmp_path: Path) -> None:
    db = tmp_path / "cyberbot.sqlite3"
    with SlackStub() as stub:
        port = free_port()
        bot = start_bot(stub, port, db, SECRET)
        sender = SlackSender(f"http://127.0.0.1:{port}/slack/events", SECRET)
        stub.hang("chat.postMessage", 0.05, times=MENTIONS)  # a slow Web API: work piles up
        with ThreadPoolExecutor(max_workers=16) as pool:
            futures = [pool.submit(mention, sender, i) for i in range(MENTIONS)]
            time.sleep(0.5)
            bot.send_signal(signal.SIGKILL)
            results = [f.result() for f in futures]
        bot.wait(timeout=10)
        acknowledged = {ts for ts, status in results if status == 200}
        answered_before = {str(c.body.get("thread_ts")) for c in stub.of("chat.postMessage")}
        assert acknowledged, "nothing was acknowledged before the kill"

        bot = start_bot(stub, port, db, SECRET)
        try:
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline:
                answered = {str(c.body.get("thread_ts")) for c in stub.of("chat.postMessage")}
                if acknowledged <= answered:
                    break
                time.sleep(0.1)
        finally:
            bot.terminate()
            bot.wait(timeout=10)

    first_replies = Counter(
        str(c.body.get("thread_ts"))
        for c in stub.of("chat.postMessage")
        if "補償額の見込み" in str(c.body.get("text"))
    )
    missing = acknowledged - set(first_replies)
    assert not missing, f"{len(missing)} of {len(acknowledged)} acknowledged mentions unanswered"
    recovered = acknowledged - answered_before
    twice = [ts for ts in acknowledged if first_replies[ts] > 1]
    # A reply in flight at the kill landed; the restart finds it in the thread.
    assert twice == [], f"{len(twice)} mentions answered twice"
    print(f"acknowledged {len(acknowledged)}, recovered after restart {len(recovered)}")
