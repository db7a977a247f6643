"""Where conversations live between messages: SQLite by default, memory for tests.

A conversation survives a restart and expires after a configurable number of days. The
store also keeps the inbox: every Slack event the bot acknowledged, until its reply was
posted (see `bot.conversation.inbox`). One conversation has one writer at a time: callers
hold `lock(key)` around a load, change and save.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any, Protocol

from bot.conversation.inbox import InboxItem
from bot.conversation.keylock import KeyLocks
from bot.conversation.state import ConversationState

_SCHEMA = """
CREATE TABLE IF NOT EXISTS conversations (
    key TEXT PRIMARY KEY,
    data TEXT NOT NULL,
    updated REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS conversations_updated ON conversations (updated);
CREATE TABLE IF NOT EXISTS messages (
    key TEXT NOT NULL,
    turn INTEGER NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (key, turn)
);
CREATE TABLE IF NOT EXISTS inbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    conversation TEXT NOT NULL,
    kind TEXT NOT NULL,
    payload TEXT NOT NULL,
    received REAL NOT NULL,
    posting TEXT,
    done REAL
);
CREATE INDEX IF NOT EXISTS inbox_pending ON inbox (conversation, seq) WHERE done IS NULL;
CREATE INDEX IF NOT EXISTS inbox_done ON inbox (done) WHERE done IS NOT NULL;
"""
_DAY = 86_400.0
# Expired conversations and answered events are swept this often, not on every call.
SWEEP_SECONDS = 600.0
# An answered event is remembered this long, so Slack's retries (minutes) find it done.
DONE_KEPT_SECONDS = _DAY
# Messages kept per conversation (for re-reading after a fix to the NLU); oldest go first.
MAX_KEPT_MESSAGES = 200


class Store(Protocol):
    """What the engine and the fronts need of a store.

    `lock(key)` makes its holder the one writer of conversation `key`: in one process a
    lock per key; a store shared by several processes takes the row lock in the database
    (`SELECT … FOR UPDATE`) or checks a version on save.
    """

    def lock(self, key: str) -> AbstractContextManager[None]: ...

    def load(self, key: str) -> ConversationState | None: ...

    def save(self, key: str, state: ConversationState, said: str | None = None) -> None:
        """Save `state`; `said`, the turn's message, is appended to the kept messages."""
        ...

    def delete(self, key: str) -> None: ...

    def messages(self, key: str) -> list[str]:
        """The messages kept for a conversation, oldest first."""
        ...

    def enqueue(self, item: InboxItem) -> bool:
        """Keep an acknowledged event until its reply is posted; False if already answered."""
        ...

    def pending(self, conversation: str) -> list[InboxItem]:
        """The events of a conversation not answered yet, in order of arrival."""
        ...

    def pending_conversations(self) -> list[str]:
        """Every conversation with an event not answered yet (after a crash, say)."""
        ...

    def posting(self, seq: int, fingerprint: str) -> None:
        """Note that the reply to an event is being posted (see `InboxItem.posting`)."""
        ...

    def finish(self, seq: int) -> None:
        """Mark an event answered: its reply was posted."""
        ...


class SQLiteStore:
    """Conversations, their messages and the inbox in one SQLite file, in WAL mode.

    One connection serves bolt's worker threads behind a lock held only for each
    statement's transaction; the per-conversation locks keep writers of one conversation
    apart, so different conversations never wait for each other's work.
    """

    def __init__(self, path: Path | str, expire_days: float = 30.0) -> None:
        self._expire = expire_days * _DAY
        if str(path) != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        self._mutex = threading.Lock()
        self._locks = KeyLocks()
        self._swept = 0.0
        with self._mutex:
            # WAL: readers never block the writer; NORMAL: one fsync per checkpoint, not per
            # commit — a power cut may lose the last commits, a crashed process loses none.
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.executescript(_SCHEMA)
        self._migrate_messages()

    def lock(self, key: str) -> AbstractContextManager[None]:
        return self._locks.hold(key)

    def load(self, key: str) -> ConversationState | None:
        with self._mutex:
            row = self._db.execute(
                "SELECT data, updated FROM conversations WHERE key = ?", (key,)
            ).fetchone()
        if row is None or time.time() - row[1] > self._expire:
            return None
        return ConversationState.from_json(json.loads(row[0]))

    def save(self, key: str, state: ConversationState, said: str | None = None) -> None:
        data = json.dumps(state.to_json(), ensure_ascii=False)
        now = time.time()
        with self._transaction() as db:
            db.execute(
                "INSERT INTO conversations (key, data, updated) VALUES (?, ?, ?) "
                "ON CONFLICT(key) DO UPDATE SET data = excluded.data, updated = excluded.updated",
                (key, data, now),
            )
            if said is not None:
                db.execute(
                    "INSERT OR REPLACE INTO messages (key, turn, text) VALUES (?, ?, ?)",
                    (key, state.turns, said),
                )
                db.execute(
                    "DELETE FROM messages WHERE key = ? AND turn <= ?",
                    (key, state.turns - MAX_KEPT_MESSAGES),
                )
        self._sweep(now)

    def delete(self, key: str) -> None:
        with self._transaction() as db:
            db.execute("DELETE FROM conversations WHERE key = ?", (key,))
            db.execute("DELETE FROM messages WHERE key = ?", (key,))

    def messages(self, key: str) -> list[str]:
        with self._mutex:
            rows = self._db.execute(
                "SELECT text FROM messages WHERE key = ? ORDER BY turn", (key,)
            ).fetchall()
        return [str(row[0]) for row in rows]

    def enqueue(self, item: InboxItem) -> bool:
        with self._transaction() as db:
            db.execute(
                "INSERT OR IGNORE INTO inbox (id, conversation, kind, payload, received) "
                "VALUES (?, ?, ?, ?, ?)",
                (item.id, item.conversation, item.kind, json.dumps(item.payload), time.time()),
            )
            row = db.execute("SELECT done FROM inbox WHERE id = ?", (item.id,)).fetchone()
        return row is not None and row[0] is None

    def pending(self, conversation: str) -> list[InboxItem]:
        with self._mutex:
            rows = self._db.execute(
                "SELECT seq, id, conversation, kind, payload, posting FROM inbox "
                "WHERE conversation = ? AND done IS NULL ORDER BY seq",
                (conversation,),
            ).fetchall()
        return [_item(row) for row in rows]

    def pending_conversations(self) -> list[str]:
        with self._mutex:
            rows = self._db.execute(
                "SELECT conversation FROM inbox WHERE done IS NULL "
                "GROUP BY conversation ORDER BY MIN(seq)"
            ).fetchall()
        return [str(row[0]) for row in rows]

    def posting(self, seq: int, fingerprint: str) -> None:
        with self._transaction() as db:
            db.execute("UPDATE inbox SET posting = ? WHERE seq = ?", (fingerprint, seq))

    def finish(self, seq: int) -> None:
        with self._transaction() as db:
            db.execute("UPDATE inbox SET done = ? WHERE seq = ?", (time.time(), seq))

    def close(self) -> None:
        with self._mutex:
            self._db.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._mutex:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def _sweep(self, now: float) -> None:
        """Drop expired conversations and long-answered events, every `SWEEP_SECONDS`."""
        if now - self._swept < SWEEP_SECONDS:
            return
        self._swept = now
        with self._transaction() as db:
            expired = "SELECT key FROM conversations WHERE updated < ?"
            db.execute(f"DELETE FROM messages WHERE key IN ({expired})", (now - self._expire,))
            db.execute("DELETE FROM conversations WHERE updated < ?", (now - self._expire,))
            db.execute("DELETE FROM inbox WHERE done < ?", (now - DONE_KEPT_SECONDS,))

    def _migrate_messages(self) -> None:
        """Move messages an older version kept inside the conversation's JSON into rows."""
        with self._mutex:
            rows = self._db.execute(
                "SELECT key, data FROM conversations WHERE data LIKE '%\"messages\":%'"
            ).fetchall()
        for key, data in rows:
            raw = json.loads(data)
            old = raw.get("messages")
            if not isinstance(old, list):
                continue
            state = ConversationState.from_json(raw)
            with self._transaction() as db:
                db.executemany(
                    "INSERT OR IGNORE INTO messages (key, turn, text) VALUES (?, ?, ?)",
                    [(key, turn, str(text)) for turn, text in enumerate(old, start=1)],
                )
                db.execute(
                    "UPDATE conversations SET data = ? WHERE key = ?",
                    (json.dumps(state.to_json(), ensure_ascii=False), key),
                )


class MemoryStore:
    """The same interface in memory: one console run, or a test."""

    def __init__(self) -> None:
        self._data: dict[str, str] = {}
        self._messages: dict[str, list[str]] = {}
        self._inbox: dict[str, tuple[InboxItem, bool]] = {}
        self._seq = 0
        self._mutex = threading.Lock()
        self._locks = KeyLocks()

    def lock(self, key: str) -> AbstractContextManager[None]:
        return self._locks.hold(key)

    def load(self, key: str) -> ConversationState | None:
        raw = self._data.get(key)
        return None if raw is None else ConversationState.from_json(json.loads(raw))

    def save(self, key: str, state: ConversationState, said: str | None = None) -> None:
        self._data[key] = json.dumps(state.to_json(), ensure_ascii=False)
        if said is not None:
            kept = [*self._messages.get(key, []), said]
            self._messages[key] = kept[-MAX_KEPT_MESSAGES:]

    def delete(self, key: str) -> None:
        self._data.pop(key, None)
        self._messages.pop(key, None)

    def messages(self, key: str) -> list[str]:
        return list(self._messages.get(key, []))

    def enqueue(self, item: InboxItem) -> bool:
        with self._mutex:
            if item.id in self._inbox:
                return not self._inbox[item.id][1]
            self._seq += 1
            self._inbox[item.id] = (item.with_seq(self._seq), False)
            return True

    def pending(self, conversation: str) -> list[InboxItem]:
        with self._mutex:
            items = [i for i, done in self._inbox.values() if not done]
        return sorted((i for i in items if i.conversation == conversation), key=lambda i: i.seq)

    def pending_conversations(self) -> list[str]:
        with self._mutex:
            items = sorted((i for i, done in self._inbox.values() if not done), key=_seq)
        return list(dict.fromkeys(i.conversation for i in items))

    def posting(self, seq: int, fingerprint: str) -> None:
        with self._mutex:
            for item_id, (item, done) in list(self._inbox.items()):
                if item.seq == seq:
                    self._inbox[item_id] = (replace(item, posting=fingerprint), done)

    def finish(self, seq: int) -> None:
        with self._mutex:
            for item_id, (item, _) in list(self._inbox.items()):
                if item.seq == seq:
                    self._inbox[item_id] = (item, True)


def _seq(item: InboxItem) -> int:
    return item.seq


def _item(row: tuple[Any, ...]) -> InboxItem:
    seq, item_id, conversation, kind, payload, posting = row
    return InboxItem(
        str(item_id), str(conversation), str(kind), json.loads(payload), int(seq), posting
    )
