"""The SQLite store under load: `.venv/bin/python benchmarks/store.py`.

Prints (a) the time to take one event in and mark it answered, with an empty inbox and
with 50,000 events already in it; (b) one turn's save (a conversation of 200 kept
messages of 4,000 characters): its time and the bytes SQLite wrote for it (file growth
of the database and its WAL over 50 turns, divided by 50).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).parent]
sys.path.insert(0, str(ROOT))

from bot.conversation.inbox import InboxItem, ItemKind  # noqa: E402
from bot.conversation.sql_store import SQLiteStore  # noqa: E402
from bot.conversation.state import ConversationState  # noqa: E402

EVENTS_BEFORE = 50_000
SAMPLES = 500
MESSAGE = "あ" * 4000


def event_ms(store: SQLiteStore, start: int) -> float:
    """Median ms to take one event in and mark it answered (what each Slack event costs)."""
    times = []
    for index in range(start, start + SAMPLES):
        item = InboxItem(f"message:T1:C1:{index}", "T1:C1:1.0", ItemKind.MESSAGE, {"text": "x"})
        began = time.perf_counter()
        store.enqueue(item)
        pending = store.pending("T1:C1:1.0")
        store.finish(pending[-1].seq)
        times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times)


def written(db: Path) -> int:
    return sum(p.stat().st_size for p in db.parent.glob(db.name + "*"))


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.sqlite3"
        store = SQLiteStore(db)
        empty = event_ms(store, 0)
        for index in range(SAMPLES, EVENTS_BEFORE):
            item = InboxItem(f"message:T1:C2:{index}", "T1:C2:1.0", ItemKind.MESSAGE, {})
            store.enqueue(item)
        full = event_ms(store, EVENTS_BEFORE)
        print(f"event in and answered: {empty:.3f} ms empty, {full:.3f} ms with 50,000 kept")

        state = ConversationState()
        for _ in range(200):
            state.turns += 1
            store.save("T1:C3:1.0", state, MESSAGE)
        before, times = written(db), []
        for _ in range(50):
            state.turns += 1
            began = time.perf_counter()
            store.save("T1:C3:1.0", state, MESSAGE)
            times.append((time.perf_counter() - began) * 1000)
        per_turn = (written(db) - before) / 50
        print(
            f"one turn at 200 kept messages of 4,000 characters: "
            f"{statistics.median(times):.3f} ms, {per_turn / 1024:.1f} KiB written"
        )
        store.close()


if __name__ == "__main__":
    main()
