"""Fixtures shared by the Slack tests: a stand-in Slack with the bot running against it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.databases import backend_url
from tests.slack_harness import ESCALATION_CHANNEL, Harness
from tests.slack_stub import SlackStub


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    """slack_sdk sends every call through a proxy named in the environment, even to 127.0.0.1."""
    for name in ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def make_slack(tmp_path: Path) -> Iterator[Callable[..., Harness]]:
    """Start a stand-in Slack and the bot; at the end, no payload may break Slack's limits."""
    started: list[tuple[SlackStub, Harness]] = []

    def start(
        escalation: str | None = ESCALATION_CHANNEL,
        env: dict[str, str] | None = None,
        **options: Any,
    ) -> Harness:
        stub = SlackStub().__enter__()
        try:
            harness = Harness(stub, tmp_path, escalation, env=env, **options)
        except BaseException:
            stub.__exit__(None, None, None)
            raise
        started.append((stub, harness))
        return harness

    yield start
    for stub, harness in started:
        harness.bot.close()
        stub.__exit__(None, None, None)
        assert stub.problems == [], stub.problems


@pytest.fixture
def slack(make_slack: Callable[..., Harness]) -> Harness:
    return make_slack()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh database on each backend: the embedded SQLite file, then PostgreSQL."""
    with backend_url(request.param, tmp_path) as url:
        yield url


@pytest.fixture
def pg_url(tmp_path: Path) -> Iterator[str]:
    """A fresh database on PostgreSQL, for what only a shared server can do."""
    with backend_url("postgresql", tmp_path) as url:
        yield url
