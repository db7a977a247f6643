"""`cyberbot serve --http` as a process of its own against the Web API stand-in, for the
tests and benchmarks that kill, restart or load it from outside."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

from tests.slack_stub import SlackStub

CYBERBOT = Path(sys.executable).with_name("cyberbot")


def free_port() -> int:
    """A port nothing listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_bot(
    stub: SlackStub,
    port: int,
    db: Path,
    secret: str,
    env: dict[str, str] | None = None,
) -> subprocess.Popen[bytes]:
    """The bot serving HTTP on `port`, once it accepts connections; `env` adds settings
    (DATABASE_URL for instances sharing PostgreSQL, CYBERBOT_LEASE_SECONDS …).

    Raises:
        RuntimeError: It did not listen within 30 seconds.
    """
    extra = env or {}
    env = {
        **os.environ,
        "SLACK_BOT_TOKEN": "xoxb-1-test",
        "SLACK_SIGNING_SECRET": secret,
        "SLACK_API_URL": stub.api_url,
        "CYBERBOT_DB": str(db),
    }
    # slack_sdk sends every call through a proxy named in the environment, even to 127.0.0.1.
    # The bot keeps `db`, not a server CI named for the store tests.
    for name in ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "DATABASE_URL"):
        env.pop(name, None)
    env.update(extra)
    process = subprocess.Popen(
        [str(CYBERBOT), "serve", "--http", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return process
        except OSError:
            time.sleep(0.05)
    process.kill()
    raise RuntimeError("the bot did not start listening")
