"""The databases the store tests run on: a SQLite file, and PostgreSQL when one is given.

PostgreSQL comes from `DATABASE_URL` (`.ci/run` starts a server and sets it). Without it,
or with no server answering, its tests are skipped, unless `CYBERBOT_REQUIRE_POSTGRES=1`
(CI sets it) makes that a failure: CI cannot skip them silently. Each test gets a schema
of its own on the server, dropped afterwards.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

import pytest
from sqlalchemy import create_engine, text

from bot.db.connect import database_url

REQUIRE = "CYBERBOT_REQUIRE_POSTGRES"


def postgres_url() -> str | None:
    """The server's SQLAlchemy URL, or None (skipped, or failed when required)."""
    raw = os.environ.get("DATABASE_URL", "").strip()
    required = os.environ.get(REQUIRE) == "1"
    if not raw:
        if required:
            pytest.fail(f"{REQUIRE}=1 but DATABASE_URL is not set")
        pytest.skip("no PostgreSQL: DATABASE_URL is not set")
    url = database_url(raw, "")
    probe = create_engine(url)
    try:
        with probe.connect() as connection:
            connection.execute(text("SELECT 1"))
    except Exception as exc:
        if required:
            pytest.fail(f"{REQUIRE}=1 but PostgreSQL is unreachable: {type(exc).__name__}")
        pytest.skip(f"PostgreSQL unreachable: {type(exc).__name__}")
    finally:
        probe.dispose()
    return url


@contextmanager
def postgres_schema() -> Iterator[str]:
    """A URL whose connections work in a fresh schema of their own."""
    url = postgres_url()
    assert url is not None
    schema = f"test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(url)
    with admin.begin() as connection:
        connection.execute(text(f"CREATE SCHEMA {schema}"))
    separator = "&" if "?" in url else "?"
    try:
        yield f"{url}{separator}options={quote(f'-csearch_path={schema}')}"
    finally:
        with admin.begin() as connection:
            connection.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


@contextmanager
def backend_url(backend: str, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database of `backend` ("sqlite" or "postgresql")."""
    if backend == "sqlite":
        yield database_url(None, tmp_path / "cyberbot.sqlite3")
        return
    with postgres_schema() as url:
        yield url
