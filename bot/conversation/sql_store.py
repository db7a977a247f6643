"""The bot's database store: SQLite (one file) by default or PostgreSQL, through SQLAlchemy
Core (`bot.db`); a conversation's state is stored as an opaque JSON document. The interface
and the in-memory store are `bot.conversation.store`.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, bindparam, delete, func, select, update
from sqlalchemy.dialects import postgresql, sqlite

from bot.conversation.inbox import InboxItem
from bot.conversation.keylock import KeyLocks
from bot.conversation.state import ConversationState
from bot.conversation.store import (
    DAY_SECONDS,
    DONE_KEPT_SECONDS,
    MAX_KEPT_MESSAGES,
    SWEEP_SECONDS,
    team_of,
)
from bot.db import Database, open_database
from bot.db.connect import database_url
from bot.db.tables import claims, conversations, inbox, locks, messages, workspaces


class SQLStore:
    """Conversations, their messages, the inbox and its claims in the bot's database.

    On PostgreSQL any number of instances share it: `lock(key)` takes the conversation's
    row lock (`SELECT … FOR UPDATE` on its row of `locks`) for as long as it is held, and
    `enqueue` takes it too, so one conversation's events are numbered in the order they
    were committed. On SQLite the locks are this process's: the embedded file serves one
    instance (its workers share the one file safely).
    """

    def __init__(self, database: Database, expire_days: float = 30.0) -> None:
        self.database = database
        self._engine = database.engine
        self._expire_days = expire_days
        self._locks = KeyLocks()
        # How deep each key's holder is in `lock` (re-entrant, one thread per key).
        self._depth: dict[str, int] = {}
        self._swept = 0.0
        self._statements = _Statements(self)
        self._migrate_messages()
        if database.is_sqlite:
            # The embedded file serves one instance: a claim found at start is a dead
            # process's, so its conversations are recovered now, not when its lease ends.
            with self._engine.begin() as connection:
                connection.execute(delete(claims))

    @classmethod
    def from_url(cls, url: str, expire_days: float = 30.0) -> SQLStore:
        """A store on the database at a SQLAlchemy URL, its schema migrated."""
        return cls(open_database(url), expire_days)

    # -- one writer per conversation -------------------------------------------------

    def lock(self, key: str) -> AbstractContextManager[None]:
        return self._hold(key)

    @contextmanager
    def _hold(self, key: str) -> Iterator[None]:
        with self._locks.hold(key):
            depth = self._depth.get(key, 0)
            self._depth[key] = depth + 1
            try:
                if depth or not self.database.is_postgresql:
                    yield
                    return
                with self._engine.connect() as connection, connection.begin():
                    # The row exists after the first writer; a second one waits here
                    # until the first commits, then finds it and waits for its lock.
                    connection.execute(
                        _insert(self, locks).values(key=key).on_conflict_do_nothing()
                    )
                    connection.execute(
                        select(locks.c.key).where(locks.c.key == key).with_for_update()
                    )
                    yield
            finally:
                if depth:
                    self._depth[key] = depth
                else:
                    del self._depth[key]

    # -- conversations ----------------------------------------------------------------

    def load(self, key: str) -> ConversationState | None:
        joined = conversations.outerjoin(workspaces, workspaces.c.team_id == conversations.c.team)
        query = (
            select(conversations.c.data, conversations.c.updated, workspaces.c.retention_days)
            .select_from(joined)
            .where(conversations.c.key == key)
        )
        with self._engine.connect() as connection:
            row = connection.execute(query).first()
        if row is None:
            return None
        days = self._expire_days if row[2] is None else float(row[2])
        if time.time() - row[1] > days * DAY_SECONDS:
            return None
        return ConversationState.from_json(json.loads(row[0]))

    def save(self, key: str, state: ConversationState, said: str | None = None) -> None:
        data = json.dumps(state.to_json(), ensure_ascii=False)
        now = time.time()
        row = {"key": key, "team": team_of(key), "data": data, "updated": now, "version": 1}
        with self._engine.begin() as connection:
            connection.execute(self._statements.save_state, row)
            if said is not None:
                turn = {"key": key, "turn": state.turns, "text": said}
                connection.execute(self._statements.keep_message, turn)
                connection.execute(
                    delete(messages).where(
                        messages.c.key == key, messages.c.turn <= state.turns - MAX_KEPT_MESSAGES
                    )
                )
        self._sweep(now)

    def delete(self, key: str) -> None:
        """Forget a conversation: its state, its messages and its events' text.

        The inbox keeps each event's id and times (so a retried delivery is still known),
        never what was said.
        """
        with self._engine.begin() as connection:
            connection.execute(delete(conversations).where(conversations.c.key == key))
            connection.execute(delete(messages).where(messages.c.key == key))
            connection.execute(
                update(inbox)
                .where(inbox.c.conversation == key, inbox.c.done.is_not(None))
                .values(payload="{}")
            )

    def messages(self, key: str) -> list[str]:
        query = select(messages.c.text).where(messages.c.key == key).order_by(messages.c.turn)
        with self._engine.connect() as connection:
            return [str(text) for text in connection.execute(query).scalars()]

    # -- the inbox --------------------------------------------------------------------

    def enqueue(self, item: InboxItem) -> bool:
        row = {
            "id": item.id,
            "conversation": item.conversation,
            "team": team_of(item.conversation),
            "kind": item.kind,
            "payload": json.dumps(item.payload),
            "received": time.time(),
        }
        # Under the conversation's lock: its events' numbers follow their commits, so a
        # number below the last one applied always means "applied already".
        with self.lock(item.conversation), self._engine.begin() as connection:
            connection.execute(self._statements.take_event, row)
            done = connection.execute(select(inbox.c.done).where(inbox.c.id == item.id)).first()
        return done is not None and done[0] is None

    def pending(self, conversation: str) -> list[InboxItem]:
        query = (
            select(
                inbox.c.seq,
                inbox.c.id,
                inbox.c.conversation,
                inbox.c.kind,
                inbox.c.payload,
                inbox.c.posting,
            )
            .where(inbox.c.conversation == conversation, inbox.c.done.is_(None))
            .order_by(inbox.c.seq)
        )
        with self._engine.connect() as connection:
            return [_item(tuple(row)) for row in connection.execute(query)]

    def pending_conversations(self) -> list[str]:
        query = (
            select(inbox.c.conversation)
            .where(inbox.c.done.is_(None))
            .group_by(inbox.c.conversation)
            .order_by(func.min(inbox.c.seq))
        )
        with self._engine.connect() as connection:
            return [str(c) for c in connection.execute(query).scalars()]

    def posting(self, seq: int, fingerprint: str) -> None:
        with self._engine.begin() as connection:
            connection.execute(update(inbox).where(inbox.c.seq == seq).values(posting=fingerprint))

    def finish(self, seq: int) -> None:
        with self._engine.begin() as connection:
            connection.execute(update(inbox).where(inbox.c.seq == seq).values(done=time.time()))

    # -- claims: one instance answers a conversation's inbox at a time ----------------

    def claim(self, conversation: str, owner: str, seconds: float) -> bool:
        now = time.time()
        values = {"conversation": conversation, "owner": owner, "until": now + seconds, "now": now}
        # RETURNING, not rowcount: a conflict left alone returns no row on both backends,
        # where drivers disagree on the rowcount of an upsert.
        with self._engine.begin() as connection:
            return connection.execute(self._statements.claim, values).first() is not None

    def release(self, conversation: str, owner: str) -> None:
        with self._engine.begin() as connection:
            connection.execute(
                delete(claims).where(claims.c.conversation == conversation, claims.c.owner == owner)
            )

    def renew(self, owner: str, seconds: float) -> None:
        with self._engine.begin() as connection:
            connection.execute(
                update(claims).where(claims.c.owner == owner).values(until=time.time() + seconds)
            )

    def close(self) -> None:
        self.database.close()

    # -- housekeeping -----------------------------------------------------------------

    def sweep(self, now: float | None = None) -> None:
        """Drop what is past its retention period and events answered long ago.

        A conversation goes its workspace's retention period after its last message; an
        uninstalled workspace's conversations, events and settings go that long after
        the uninstall.
        """
        now = time.time() if now is None else now
        retention = func.coalesce(
            select(workspaces.c.retention_days)
            .where(workspaces.c.team_id == conversations.c.team)
            .scalar_subquery(),
            self._expire_days,
        )
        expired = select(conversations.c.key).where(
            conversations.c.updated < now - retention * DAY_SECONDS
        )
        gone = select(workspaces.c.team_id).where(
            workspaces.c.uninstalled.is_not(None),
            workspaces.c.uninstalled
            < now - func.coalesce(workspaces.c.retention_days, self._expire_days) * DAY_SECONDS,
        )
        with self._engine.begin() as connection:
            connection.execute(delete(messages).where(messages.c.key.in_(expired)))
            connection.execute(delete(conversations).where(conversations.c.key.in_(expired)))
            connection.execute(delete(inbox).where(inbox.c.done < now - DONE_KEPT_SECONDS))
            teams = list(connection.execute(gone).scalars())
            if teams:
                _erase_teams(connection, teams)
            if self.database.is_postgresql:
                connection.execute(
                    delete(locks).where(locks.c.key.not_in(select(conversations.c.key)))
                )

    def _sweep(self, now: float) -> None:
        """`sweep`, every `SWEEP_SECONDS` rather than on every save."""
        if now - self._swept < SWEEP_SECONDS:
            return
        self._swept = now
        self.sweep(now)

    def _migrate_messages(self) -> None:
        """Move messages an older version kept inside the conversation's JSON into rows."""
        query = select(conversations.c.key, conversations.c.data).where(
            conversations.c.data.like('%"messages":%')
        )
        with self._engine.connect() as connection:
            rows = list(connection.execute(query))
        for key, data in rows:
            raw = json.loads(data)
            old = raw.get("messages")
            if not isinstance(old, list):
                continue
            state = ConversationState.from_json(raw)
            with self._engine.begin() as connection:
                for turn, text in enumerate(old, start=1):
                    connection.execute(
                        _insert(self, messages)
                        .values(key=key, turn=turn, text=str(text))
                        .on_conflict_do_nothing()
                    )
                connection.execute(
                    update(conversations)
                    .where(conversations.c.key == key)
                    .values(data=json.dumps(state.to_json(), ensure_ascii=False))
                )


class SQLiteStore(SQLStore):
    """The embedded default: one SQLite file at `path` (zero setup, one instance)."""

    def __init__(self, path: Path | str, expire_days: float = 30.0) -> None:
        super().__init__(open_database(database_url(None, path)), expire_days)


class _Statements:
    """The upserts of every turn, built once: building one (its ON CONFLICT clause and
    `excluded` columns) costs more than running it; each call passes its values."""

    def __init__(self, store: SQLStore) -> None:
        state = _insert(store, conversations)
        self.save_state = state.on_conflict_do_update(
            index_elements=[conversations.c.key],
            set_={
                "data": state.excluded.data,
                "updated": state.excluded.updated,
                "version": conversations.c.version + 1,
            },
        )
        kept = _insert(store, messages)
        self.keep_message = kept.on_conflict_do_update(
            index_elements=[messages.c.key, messages.c.turn],
            set_={"text": kept.excluded.text},
        )
        self.take_event = _insert(store, inbox).on_conflict_do_nothing(index_elements=["id"])
        # A claim is taken when free, lapsed, or already this owner's.
        claim = _insert(store, claims)
        self.claim = claim.on_conflict_do_update(
            index_elements=[claims.c.conversation],
            set_={"owner": claim.excluded.owner, "until": claim.excluded.until},
            where=(claims.c.until < bindparam("now")) | (claims.c.owner == claim.excluded.owner),
        ).returning(claims.c.owner)


def _erase_teams(connection: Connection, teams: list[str]) -> None:
    """Every stored trace of uninstalled workspaces past their retention period."""
    keys = select(conversations.c.key).where(conversations.c.team.in_(teams))
    connection.execute(delete(messages).where(messages.c.key.in_(keys)))
    connection.execute(delete(conversations).where(conversations.c.team.in_(teams)))
    connection.execute(delete(inbox).where(inbox.c.team.in_(teams)))
    connection.execute(delete(workspaces).where(workspaces.c.team_id.in_(teams)))


def _insert(store: SQLStore, table: Table) -> Any:
    """The dialect's INSERT, which knows ON CONFLICT (both SQLite and PostgreSQL do)."""
    if store.database.is_postgresql:
        return postgresql.insert(table)
    return sqlite.insert(table)


def _item(row: tuple[Any, ...]) -> InboxItem:
    seq, item_id, conversation, kind, payload, posting = row
    return InboxItem(
        str(item_id), str(conversation), str(kind), json.loads(payload), int(seq), posting
    )
