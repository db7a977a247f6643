"""Opening the database: a URL in, a SQLAlchemy engine with its schema migrated out.

`DATABASE_URL` names PostgreSQL (`postgresql://…`, driven by psycopg 3); without it the
bot keeps one SQLite file. SQLite runs in WAL mode, and every transaction takes the write
lock at its start (`BEGIN IMMEDIATE`), so two writers wait for each other (up to the busy
timeout) instead of one failing when it upgrades a read lock.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import StaticPool

from bot.db.migrate import upgrade

# Connections kept per instance: bolt's listener workers, the HTTP workers that take events
# into the inbox, and a lock per conversation being written each hold one at a time.
POOL_SIZE = 20
POOL_OVERFLOW = 20
# How long a SQLite writer waits for another's transaction, in milliseconds.
SQLITE_BUSY_MS = 10_000


@dataclass(frozen=True)
class Database:
    """An engine on the bot's database, its schema at the latest migration."""

    engine: Engine

    @property
    def is_postgresql(self) -> bool:
        return self.engine.dialect.name == "postgresql"

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def close(self) -> None:
        self.engine.dispose()


def database_url(url: str | None, sqlite_path: Path | str) -> str:
    """The SQLAlchemy URL: `url` (PostgreSQL through psycopg 3) or the SQLite file's."""
    if url:
        for prefix in ("postgresql://", "postgres://"):
            if url.startswith(prefix):
                return "postgresql+psycopg://" + url.removeprefix(prefix)
        return url
    if str(sqlite_path) == ":memory:":
        return "sqlite://"
    return f"sqlite:///{sqlite_path}"


def open_database(url: str, *, migrate: bool = True) -> Database:
    """Connect, and create or migrate the schema (several instances may start at once).

    Args:
        url: A SQLAlchemy URL (`database_url` builds it from the settings).
        migrate: Bring the schema to the latest migration first.
    """
    if url.startswith("sqlite"):
        engine = _sqlite_engine(url)
    else:
        engine = create_engine(
            url, pool_size=POOL_SIZE, max_overflow=POOL_OVERFLOW, pool_pre_ping=True
        )
    database = Database(engine)
    if migrate:
        upgrade(engine)
    return database


def _sqlite_engine(url: str) -> Engine:
    path = url.removeprefix("sqlite:///")
    memory = url in ("sqlite://", "sqlite:///:memory:")
    if not memory:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    if memory:
        # One connection, shared: an in-memory database exists only inside it.
        engine = create_engine(
            "sqlite://", connect_args={"check_same_thread": False}, poolclass=StaticPool
        )
    else:
        engine = create_engine(
            url,
            connect_args={"check_same_thread": False, "timeout": SQLITE_BUSY_MS / 1000},
            pool_size=POOL_SIZE,
            max_overflow=POOL_OVERFLOW,
        )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # The driver's own transaction handling is off: SQLAlchemy's begin event opens
        # each transaction, immediately taking the write lock.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        # WAL: readers never block the writer; NORMAL: one fsync per checkpoint, not per
        # commit — a power cut may lose the last commits, a crashed process loses none.
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_MS}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine
