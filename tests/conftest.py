"""Fixtures shared by the Slack tests: a stand-in Slack with the bot running against it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

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

    def start(escalation: str | None = ESCALATION_CHANNEL, **options: Any) -> Harness:
        stub = SlackStub().__enter__()
        try:
            harness = Harness(stub, tmp_path, escalation, **options)
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
