"""The store on both backends (SQLite, PostgreSQL): what survives, what is answered once,
what goes when its retention period is over, and one writer at a time across instances."""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from sqlalchemy import select

from bot.conversation.engine import Engine
from bot.conversation.inbox import InboxItem, ItemKind
from bot.conversation.sql_store import SQLiteStore, SQLStore
from bot.conversation.state import ConversationState
from bot.db.tables import inbox
from bot.db.workspaces import Workspaces
from coverage import load_rider

KEY = "T1:C1:1800000000.000001"


def item(n: int, key: str = KEY) -> InboxItem:
    return InboxItem(f"message:{n}", key, ItemKind.MESSAGE, {"text": f"text {n}"})


def test_a_conversation_survives_a_restart(db_url: str) -> None:
    first = SQLStore.from_url(db_url)
    Engine(load_rider(), first).handle(KEY, "ランサムウェアに感染。調査費300万円")
    first.close()
    second = SQLStore.from_url(db_url)
    state = second.load(KEY)
    assert state is not None and sum(state.facts.costs.values()) == 3_000_000
    assert second.messages(KEY) == ["ランサムウェアに感染。調査費300万円"]
    second.close()


def test_an_event_is_taken_once_and_is_pending_until_answered(db_url: str) -> None:
    store = SQLStore.from_url(db_url)
    assert store.enqueue(item(1)) is True
    assert store.enqueue(item(1)) is True  # a retry before the answer: answer it still
    [pending] = store.pending(KEY)
    assert pending.payload == {"text": "text 1"}
    assert store.pending_conversations() == [KEY]
    store.finish(pending.seq)
    assert store.enqueue(item(1)) is False  # a retry after the answer: skipped
    assert store.pending(KEY) == []
    store.close()


def test_dedup_holds_across_instances(db_url: str) -> None:
    one, two = SQLStore.from_url(db_url), SQLStore.from_url(db_url)
    assert one.enqueue(item(7))
    one.finish(one.pending(KEY)[0].seq)
    assert two.enqueue(item(7)) is False
    one.close()
    two.close()


def test_a_claim_keeps_other_instances_off_until_released_or_expired(db_url: str) -> None:
    one, two = SQLStore.from_url(db_url), SQLStore.from_url(db_url)
    assert one.claim(KEY, "a", 30)
    assert not two.claim(KEY, "b", 30)
    assert one.claim(KEY, "a", 30)  # its own claim, extended
    one.release(KEY, "a")
    assert two.claim(KEY, "b", 0.2)
    assert not one.claim(KEY, "a", 30)
    time.sleep(0.3)  # b stopped renewing: its lease ran out
    assert one.claim(KEY, "a", 30)
    one.close()
    two.close()


def test_deleting_a_conversation_leaves_only_ids_and_times(db_url: str) -> None:
    store = SQLStore.from_url(db_url)
    Engine(load_rider(), store).handle(KEY, "調査費300万円")
    store.enqueue(item(1))
    store.finish(store.pending(KEY)[0].seq)
    store.delete(KEY)
    assert store.load(KEY) is None and store.messages(KEY) == []
    with store.database.engine.connect() as connection:
        row = connection.execute(select(inbox.c.id, inbox.c.payload, inbox.c.done)).one()
    assert row.id == "message:1" and json.loads(row.payload) == {} and row.done
    assert store.enqueue(item(1)) is False  # still known as answered
    store.close()


def test_each_workspace_keeps_conversations_for_its_own_retention_period(db_url: str) -> None:
    store = SQLStore.from_url(db_url, expire_days=30)
    Workspaces(store.database).put("T2", retention_days=1)
    store.save("T1:C1:1", ConversationState())
    store.save("T2:C1:1", ConversationState())
    store.sweep(time.time() + 2 * 86_400)  # two days on
    assert store.load("T1:C1:1") is not None
    assert store.load("T2:C1:1") is None
    store.sweep(time.time() + 31 * 86_400)
    assert store.load("T1:C1:1") is None
    store.close()


def test_an_uninstalled_workspace_loses_its_data_after_its_retention_period(db_url: str) -> None:
    store = SQLStore.from_url(db_url)
    workspaces = Workspaces(store.database)
    workspaces.put("T2", retention_days=3, escalation_channel="C0ESC")
    store.save("T2:C1:1", ConversationState(), "調査費300万円")
    store.enqueue(item(1, "T2:C1:1"))
    workspaces.uninstalled("T2")
    store.sweep(time.time() + 86_400)
    assert store.messages("T2:C1:1") == ["調査費300万円"]  # within the period: kept
    store.sweep(time.time() + 4 * 86_400)
    assert store.messages("T2:C1:1") == [] and store.pending("T2:C1:1") == []
    assert workspaces.get("T2") is None
    store.close()


def test_two_instances_write_one_conversation_one_at_a_time(pg_url: str) -> None:
    """30 messages into one conversation through two instances at once: none is lost."""
    one, two = SQLStore.from_url(pg_url), SQLStore.from_url(pg_url)
    rider = load_rider()
    engines = [Engine(rider, one), Engine(rider, two)]
    engines[0].handle(KEY, "ランサムウェアに感染しました。調査費用10万円")
    start = threading.Barrier(30)

    def send(n: int) -> None:
        start.wait()
        engines[n % 2].handle(KEY, f"追加で{n}万円の調査費用がかかりました")

    with ThreadPoolExecutor(max_workers=30) as pool:
        list(pool.map(send, range(1, 31)))
    state = one.load(KEY)
    assert state is not None
    assert sum(state.facts.costs.values()) == (10 + sum(range(1, 31))) * 10_000
    assert len(two.messages(KEY)) == 31
    one.close()
    two.close()


def test_an_earlier_sqlite_file_is_adopted(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    old = sqlite3.connect(path)
    old.executescript(
        """
        CREATE TABLE conversations (key TEXT PRIMARY KEY, data TEXT NOT NULL,
            updated REAL NOT NULL);
        CREATE TABLE messages (key TEXT NOT NULL, turn INTEGER NOT NULL, text TEXT NOT NULL,
            PRIMARY KEY (key, turn));
        CREATE TABLE inbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE,
            conversation TEXT NOT NULL, kind TEXT NOT NULL, payload TEXT NOT NULL,
            received REAL NOT NULL, posting TEXT, done REAL);
        """
    )
    data = json.dumps(ConversationState(turns=1).to_json())
    old.execute("INSERT INTO conversations VALUES (?, ?, ?)", (KEY, data, time.time()))
    old.execute("INSERT INTO messages VALUES (?, 1, '調査費300万円')", (KEY,))
    old.commit()
    old.close()
    store = SQLiteStore(path)
    assert store.load(KEY) is not None and store.messages(KEY) == ["調査費300万円"]
    store.close()
