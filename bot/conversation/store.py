"""Where conversations live between messages: SQLite by default, memory for tests.

A conversation survives a restart; it expires after a configurable number of days.
The store also remembers Slack event ids, so a retried event never gets a second reply.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from pathlib import Path
from typing import Protocol

from bot.conversation.state import ConversationState

_SCHEMA = """
CREATE TABLE IF NOT EXISTS conversations (
    key TEXT PRIMARY KEY,
    data TEXT NOT NULL,
    updated REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS events (
    id TEXT PRIMARY KEY,
    seen REAL NOT NULL
);
"""
_DAY = 86_400.0


class Store(Protocol):
    """The small interface the engine needs."""

    def load(self, key: str) -> ConversationState | None: ...

    def save(self, key: str, state: ConversationState) -> None: ...

    def delete(self, key: str) -> None: ...

    def first_sight(self, event_id: str) -> bool:
        """True the first time an event id is seen, False for every retry."""
        ...


class SQLiteStore:
    """Conversations as JSON rows in one SQLite file, safe across bolt's worker threads."""

    def __init__(self, path: Path | str, expire_days: float = 30.0) -> None:
        self._expire = expire_days * _DAY
        if str(path) != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(str(path), check_same_thread=False)
        self._lock = threading.Lock()
        with self._lock, self._db:
            self._db.executescript(_SCHEMA)

    def load(self, key: str) -> ConversationState | None:
        with self._lock:
            row = self._db.execute(
                "SELECT data, updated FROM conversations WHERE key = ?", (key,)
            ).fetchone()
        if row is None or time.time() - row[1] > self._expire:
            return None
        return ConversationState.from_json(json.loads(row[0]))

    def save(self, key: str, state: ConversationState) -> None:
        data = json.dumps(state.to_json(), ensure_ascii=False)
        now = time.time()
        with self._lock, self._db:
            self._db.execute(
                "INSERT INTO conversations (key, data, updated) VALUES (?, ?, ?) "
                "ON CONFLICT(key) DO UPDATE SET data = excluded.data, updated = excluded.updated",
                (key, data, now),
            )
            self._db.execute("DELETE FROM conversations WHERE updated < ?", (now - self._expire,))

    def delete(self, key: str) -> None:
        with self._lock, self._db:
            self._db.execute("DELETE FROM conversations WHERE key = ?", (key,))

    def first_sight(self, event_id: str) -> bool:
        now = time.time()
        with self._lock, self._db:
            self._db.execute("DELETE FROM events WHERE seen < ?", (now - _DAY,))
            cursor = self._db.execute(
                "INSERT OR IGNORE INTO events (id, seen) VALUES (?, ?)", (event_id, now)
            )
            return cursor.rowcount == 1

    def close(self) -> None:
        with self._lock:
            self._db.close()


class MemoryStore:
    """The same interface in memory: one console run, or a test."""

    def __init__(self) -> None:
        self._data: dict[str, str] = {}
        self._events: set[str] = set()

    def load(self, key: str) -> ConversationState | None:
        raw = self._data.get(key)
        return None if raw is None else ConversationState.from_json(json.loads(raw))

    def save(self, key: str, state: ConversationState) -> None:
        self._data[key] = json.dumps(state.to_json(), ensure_ascii=False)

    def delete(self, key: str) -> None:
        self._data.pop(key, None)

    def first_sight(self, event_id: str) -> bool:
        if event_id in self._events:
            return False
        self._events.add(event_id)
        return True
