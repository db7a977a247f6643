"""Where conversations live between messages: the bot's database, or memory for tests.

A conversation survives a restart and expires after its workspace's retention period. The
store also keeps the inbox: every Slack event the bot acknowledged, until its reply was
posted (see `bot.conversation.inbox`). One conversation has one writer at a time: callers
hold `lock(key)` around a load, change and save; one conversation's inbox is answered by
one instance at a time, the one holding its claim (a lease, renewed while it works).

The database store (`bot.conversation.sql_store`: SQLite by default or PostgreSQL, through
SQLAlchemy Core) lives apart, so what only reads messages (`cyberbot analyze`, the console)
never loads SQLAlchemy.
"""

from __future__ import annotations

import json
import threading
import time
from contextlib import AbstractContextManager
from dataclasses import replace
from typing import Protocol

from bot.conversation.inbox import InboxItem
from bot.conversation.keylock import KeyLocks
from bot.conversation.state import ConversationState

DAY_SECONDS = 86_400.0
# Expired conversations and answered events are swept this often, not on every call.
SWEEP_SECONDS = 600.0
# An answered event is remembered this long, so Slack's retries (minutes) find it done.
DONE_KEPT_SECONDS = DAY_SECONDS
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

    def claim(self, conversation: str, owner: str, seconds: float) -> bool:
        """Become the one answering `conversation`'s inbox for `seconds`; False while
        another owner's claim lasts. Claiming again extends one's own claim."""
        ...

    def release(self, conversation: str, owner: str) -> None:
        """Give up a claim, so that any instance may answer the conversation next."""
        ...

    def renew(self, owner: str, seconds: float) -> None:
        """Extend every claim `owner` holds by `seconds` from now (a heartbeat)."""
        ...


def team_of(key: str) -> str:
    """The workspace of a conversation key (team:channel:thread); empty for other keys."""
    team, colon, _ = key.partition(":")
    return team if colon else ""


class MemoryStore:
    """The same interface in memory: one console run, or a test."""

    def __init__(self) -> None:
        self._data: dict[str, str] = {}
        self._messages: dict[str, list[str]] = {}
        self._inbox: dict[str, tuple[InboxItem, bool]] = {}
        self._claims: dict[str, tuple[str, float]] = {}
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

    def claim(self, conversation: str, owner: str, seconds: float) -> bool:
        with self._mutex:
            holder, until = self._claims.get(conversation, (owner, 0.0))
            if holder != owner and until > time.time():
                return False
            self._claims[conversation] = (owner, time.time() + seconds)
            return True

    def release(self, conversation: str, owner: str) -> None:
        with self._mutex:
            if self._claims.get(conversation, ("", 0.0))[0] == owner:
                del self._claims[conversation]

    def renew(self, owner: str, seconds: float) -> None:
        with self._mutex:
            for conversation, (holder, _) in list(self._claims.items()):
                if holder == owner:
                    self._claims[conversation] = (owner, time.time() + seconds)


def _seq(item: InboxItem) -> int:
    return item.seq
