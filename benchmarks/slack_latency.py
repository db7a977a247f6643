"""Reply latency of the Slack bot in HTTP mode: `.venv/bin/python benchmarks/slack_latency.py`.

Runs `cyberbot serve --http` as its own process against the local Web API stand-in
(tests/slack_stub.py), sends signed mentions (each a new conversation) at a steady rate,
and measures, per mention, the time from sending it to the stand-in receiving the first
reply in its thread. Prints p50/p99/max and how many got no reply within the wait, at 20
and at 100 events per second.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).parent]
sys.path.insert(0, str(ROOT))

from tests.slack_process import free_port, start_bot  # noqa: E402
from tests.slack_requests import SlackSender  # noqa: E402
from tests.slack_stub import SlackStub  # noqa: E402

SECRET = "bench-signing-secret"
TEXT = "<@UBOT> ランサムウェアに感染しました。調査費300万円、データ復旧費500万円かかりそうです"
RUNS = ((20, 10.0), (100, 5.0))  # (events per second, seconds)
WAIT = 60.0


def run(stub: SlackStub, sender: SlackSender, rate: int, seconds: float, tag: str) -> str:
    count = int(rate * seconds)
    sent: dict[str, float] = {}
    lock = threading.Lock()

    def send(index: int) -> None:
        ts = f"1900000000.{tag}{index:05d}"
        event = {"type": "app_mention", "user": "U1", "text": TEXT, "ts": ts, "channel": "C1"}
        with lock:
            sent[ts] = time.monotonic()
        sender.event(event)

    start = time.monotonic()
    with ThreadPoolExecutor(max_workers=64) as pool:
        for index in range(count):
            delay = start + index / rate - time.monotonic()
            if delay > 0:
                time.sleep(delay)
            pool.submit(send, index)
    deadline = time.monotonic() + WAIT
    first: dict[str, float] = {}
    while time.monotonic() < deadline and len(first) < count:
        for call in stub.of("chat.postMessage"):
            ts = str(call.body.get("thread_ts"))
            if ts in sent and ts not in first:
                first[ts] = call.at
        time.sleep(0.05)
    latencies = sorted((first[ts] - sent[ts]) * 1000 for ts in first)
    missing = count - len(latencies)
    if not latencies:
        return f"{rate:>4} events/s × {seconds:g} s: no replies ({missing} missing)"
    p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))]
    return (
        f"{rate:>4} events/s × {seconds:g} s ({count} mentions): "
        f"p50 {statistics.median(latencies):.0f} ms, p99 {p99:.0f} ms, "
        f"max {latencies[-1]:.0f} ms, unanswered {missing}"
    )


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp, SlackStub() as stub:
        port = free_port()
        bot = start_bot(stub, port, Path(tmp) / "bench.sqlite3", SECRET)
        try:
            sender = SlackSender(f"http://127.0.0.1:{port}/slack/events", SECRET)
            run(stub, sender, 5, 1.0, "9")  # warm-up: fugashi, the config, the pool
            for number, (rate, seconds) in enumerate(RUNS, start=1):
                print(run(stub, sender, rate, seconds, str(number)))
        finally:
            bot.terminate()
            bot.wait(timeout=10)


if __name__ == "__main__":
    main()
