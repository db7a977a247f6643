"""The running bot in HTTP mode, a stand-in Slack, and a user typing: for end-to-end tests.

`Harness` drives signed requests over real HTTP into the app as `cyberbot serve --http`
runs it; the app's Web API calls go to `tests.slack_stub.SlackStub`.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, wait
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bot.conversation.engine import Engine
from bot.conversation.sql_store import SQLStore
from bot.settings import Settings, load_settings
from bot.slack.app import create_app
from bot.slack.http_server import EVENTS_PATH, SlackHTTPServer
from coverage import load_rider
from tests.slack_requests import SlackSender
from tests.slack_stub import BOT_USER, Call, SlackStub

SECRET = "8f742231b10e8888abcd99yyyzzz85a5"
ESCALATION_CHANNEL = "C0ESCALATE"
# Thursday 23:30 in Tokyo: the customer desk is closed, the 24-hour line is not.
NOW = datetime(2026, 11, 26, 14, 30, tzinfo=UTC)
HOTLINE = "<tel:0120257474|0120-25-7474>"
MENTION = f"<@{BOT_USER}>"
_ts = itertools.count(1)


def new_ts() -> str:
    return f"1800000000.{next(_ts):06d}"


class TrackingExecutor(ThreadPoolExecutor):
    """Bolt's listener pool, remembering its work so a test can wait for all of it."""

    def __init__(self) -> None:
        super().__init__(max_workers=4, thread_name_prefix="listener")
        self._futures: list[Future[Any]] = []
        self._lock = threading.Lock()

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        future = super().submit(fn, *args, **kwargs)
        with self._lock:
            self._futures.append(future)
        return future

    def settle(self, timeout: float = 10.0) -> None:
        """Wait until every listener started so far has finished."""
        with self._lock:
            futures = list(self._futures)
        _, pending = wait(futures, timeout=timeout)
        assert not pending, f"{len(pending)} listeners still running after {timeout}s"


class RunningBot:
    """The app in HTTP mode on a free port, as `cyberbot serve --http` runs it."""

    def __init__(self, settings: Settings, now: datetime = NOW) -> None:
        self.store = SQLStore.from_url(settings.sqlalchemy_url, settings.expire_days)
        self.engine = Engine(load_rider(), self.store, clock=lambda: now)
        self.executor = TrackingExecutor()
        app = create_app(settings, self.engine, executor=self.executor)
        secret = settings.signing_secret.value if settings.signing_secret else ""
        self.server = SlackHTTPServer(app, ("127.0.0.1", 0), signing_secret=secret)
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.01,))
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.port}{EVENTS_PATH}"

    @property
    def root(self) -> str:
        return f"http://127.0.0.1:{self.server.port}"

    def close(self) -> None:
        self.server.shutdown()
        self.thread.join()
        self.server.server_close()
        self.executor.shutdown(wait=True)
        self.store.close()


class Harness:
    """A stand-in Slack, the running bot, and a user typing in channel C1."""

    def __init__(
        self,
        stub: SlackStub,
        tmp_path: Path,
        escalation: str | None,
        now: datetime = NOW,
        env: dict[str, str] | None = None,
    ) -> None:
        """`env` adds or replaces settings (multi-workspace mode, DATABASE_URL …)."""
        self.stub = stub
        self.now = now
        # Slack's "now" for post_at is the bot's: the tests' clock stands still.
        stub.clock = now.timestamp
        settings = {
            "SLACK_BOT_TOKEN": "xoxb-1-test",
            "SLACK_SIGNING_SECRET": SECRET,
            "SLACK_API_URL": stub.api_url,
            "CYBERBOT_DB": str(tmp_path / "cyberbot.sqlite3"),
            "CYBERBOT_ESCALATION_CHANNEL": escalation or "",
        }
        self.env = settings | (env or {})
        self.settings = load_settings(self.env, dotenv=tmp_path / "no.env")
        self.bot = RunningBot(self.settings, now)
        self.sender = SlackSender(self.bot.url, SECRET)

    @property
    def engine(self) -> Engine:
        return self.bot.engine

    def restart(self) -> None:
        """A new process: a new app instance on the same SQLite file."""
        self.bot.close()
        self.bot = RunningBot(self.settings, self.now)
        self.sender = SlackSender(self.bot.url, SECRET)

    def restart_with(self, env: dict[str, str]) -> None:
        """A new process with other settings (multi-workspace mode …), same database."""
        self.bot.close()
        self.env = env
        self.settings = load_settings(env, dotenv=Path("/nonexistent/no.env"))
        self.bot = RunningBot(self.settings)
        self.sender = SlackSender(self.bot.url, SECRET)

    def settle(self) -> None:
        self.bot.executor.settle()

    def send(self, event: dict[str, Any], **kwargs: Any) -> None:
        response = self.sender.event(event, **kwargs)
        assert response.status == 200, response
        self.settle()

    def mention(
        self, text: str, *, thread_ts: str | None = None, user: str = "U1", at: bool = False
    ) -> str:
        """The user mentions the bot in C1; returns the thread the bot answers in.

        With `at`, the message is sent at the bot's clock (so 「昨日」 is the day before it).
        """
        ts = self.ts_now() if at else new_ts()
        event = {"type": "app_mention", "user": user, "text": f"{MENTION} {text}", "ts": ts}
        event |= {"channel": "C1", "event_ts": ts} | ({"thread_ts": thread_ts} if thread_ts else {})
        self.send(event)
        return thread_ts or ts

    def ts_now(self) -> str:
        """A message ts at the bot's clock, unique in the test."""
        return f"{int(self.now.timestamp())}.{next(_ts):06d}"

    def say(
        self,
        text: str,
        *,
        thread_ts: str | None,
        channel: str = "C1",
        at: bool = False,
        **extra: Any,
    ) -> str:
        """A message event (no mention) in C1 or a DM."""
        ts = self.ts_now() if at else new_ts()
        event = {"type": "message", "user": "U1", "text": text, "ts": ts, "channel": channel}
        event |= {"channel_type": "im" if channel.startswith("D") else "channel", "event_ts": ts}
        event |= ({"thread_ts": thread_ts} if thread_ts else {}) | extra
        self.send(event)
        return ts

    def replies(self, thread_ts: str) -> list[Call]:
        return self.stub.of("chat.postMessage", thread_ts=thread_ts)

    def last_reply(self, thread_ts: str) -> dict[str, Any]:
        """The bot's latest message in the thread, as Slack stores it."""
        calls = self.replies(thread_ts)
        assert calls, f"no reply in thread {thread_ts}"
        return calls[-1].message

    def click(self, message: dict[str, Any], action_id: str, user: str = "U1") -> None:
        response = self.sender.click(
            message,
            button(message, action_id),
            response_url=self.stub.response_url("click"),
            user=user,
        )
        assert response.status == 200, response
        self.settle()

    def tick(
        self,
        message: dict[str, Any],
        step: str,
        *,
        user: str = "U1",
        checked: bool = True,
        at: datetime = NOW,
        settle: bool = True,
    ) -> None:
        """The user ticks (or unticks) step `step`'s checkbox on the card `message`."""
        box = checkbox(message, step)
        action = {
            "type": "checkboxes",
            "action_id": box["action_id"],
            "block_id": "b",
            "selected_options": box["options"] if checked else [],
            "action_ts": f"{at.timestamp():.6f}",
        }
        response = self.sender.act(
            message, action, response_url=self.stub.response_url("tick"), user=user
        )
        assert response.status == 200, response
        if settle:
            self.settle()

    def take(self, message: dict[str, Any], step: str, *, user: str = "U1") -> None:
        """The user chooses step `step` in the card's 「担当する」 menu."""
        menu = next(
            element
            for block in message["blocks"]
            if block["type"] == "actions"
            for element in block["elements"]
            if element["type"] == "static_select"
        )
        (chosen,) = [o for o in menu["options"] if o["value"] == step]
        action = {
            "type": "static_select",
            "action_id": menu["action_id"],
            "block_id": "steps",
            "selected_option": chosen,
            "action_ts": f"{NOW.timestamp():.6f}",
        }
        response = self.sender.act(
            message, action, response_url=self.stub.response_url("take"), user=user
        )
        assert response.status == 200, response
        self.settle()


def checkbox(message: dict[str, Any], step: str) -> dict[str, Any]:
    """The checkbox of step `step` in a card message."""
    for block in message["blocks"]:
        accessory = block.get("accessory") or {}
        if accessory.get("type") == "checkboxes" and accessory["action_id"].endswith(f":{step}"):
            found: dict[str, Any] = accessory
            return found
    raise AssertionError(f"no checkbox for step {step} in the message")


def step_keys(message: dict[str, Any]) -> list[str]:
    """The steps with a checkbox in a card message, in order."""
    return [
        block["accessory"]["action_id"].partition(":")[2]
        for block in message["blocks"]
        if (block.get("accessory") or {}).get("type") == "checkboxes"
    ]


def button(message: dict[str, Any], action_id: str) -> dict[str, Any]:
    for block in message["blocks"]:
        if block["type"] == "actions":
            for element in block["elements"]:
                if element["action_id"] == action_id:
                    found: dict[str, Any] = element
                    return found
    raise AssertionError(f"no button {action_id} in the message")


def texts_of(calls: list[Call]) -> str:
    return "\n".join(c.body["text"] for c in calls)
