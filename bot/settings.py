"""Settings, read once at start from the environment or a `.env` file.

Nothing reads the environment at import time; tokens are kept as secrets and never logged.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from bot.errors import CyberbotError

DEFAULT_API_URL = "https://slack.com/api/"
# The bot scopes an OAuth install asks for: those of manifest.yml.
DEFAULT_SCOPES = (
    "app_mentions:read",
    "channels:history",
    "chat:write",
    "commands",
    "groups:history",
    "im:history",
    "im:read",
    "im:write",
)
_BOT_TOKEN = re.compile(r"^xoxb-[0-9A-Za-z-]+$")
_APP_TOKEN = re.compile(r"^xapp-[0-9A-Za-z-]+$")
# A user group (S…) or a person (U…/W…), bare or as Slack writes a mention of it.
_GROUP = re.compile(r"^(?:<!subteam\^)?(S[A-Z0-9]+)(?:\|[^>]*)?>?$")
_PERSON = re.compile(r"^(?:<@)?([UW][A-Z0-9]+)(?:\|[^>]*)?>?$")


class SettingsError(CyberbotError):
    """A setting is missing or malformed; the message names it and says how to fix it."""


@dataclass(frozen=True)
class Secret:
    """A token that prints as *** so it can never leak into a log line."""

    value: str = field(repr=False)

    def __str__(self) -> str:
        return "***"


@dataclass(frozen=True)
class Settings:
    """Everything configurable, in one frozen object."""

    bot_token: Secret | None = None
    app_token: Secret | None = None
    signing_secret: Secret | None = None
    api_url: str = DEFAULT_API_URL
    db_path: Path = Path("cyberbot.sqlite3")
    expire_days: float = 30.0
    escalation_channel: str | None = None
    contract: Path | None = None
    # HTTP mode's address: loopback unless asked (0.0.0.0 behind a container's port map).
    host: str = "127.0.0.1"
    # Whom the incident card's thread mentions once: `<!subteam^S…>` / `<@U…>`.
    mention: tuple[str, ...] = ()
    # PostgreSQL (postgresql://…) for several instances; None keeps the SQLite file.
    database_url: Secret | None = None
    # Multi-workspace mode (OAuth install): on when the client id and secret are set.
    client_id: str | None = None
    client_secret: Secret | None = None
    scopes: tuple[str, ...] = DEFAULT_SCOPES
    # How long an instance's claim on a conversation lasts without a heartbeat: after a
    # crash, another instance answers that conversation's pending events this much later.
    lease_seconds: float = 30.0

    @property
    def multi_workspace(self) -> bool:
        """Whether the bot is installed by OAuth into many workspaces (client id and secret)."""
        return self.client_id is not None and self.client_secret is not None

    @property
    def sqlalchemy_url(self) -> str:
        """The database's SQLAlchemy URL: `DATABASE_URL`, else the SQLite file."""
        from bot.db.connect import database_url

        url = self.database_url.value if self.database_url else None
        return database_url(url, self.db_path)

    @property
    def slack_configured(self) -> bool:
        """Whether Slack tokens are given (then `cyberbot run` serves Slack)."""
        return self.bot_token is not None or self.multi_workspace

    def require_socket_mode(self) -> tuple[Secret, Secret]:
        """The bot and app tokens, or a clear error naming what is missing."""
        if self.bot_token is None:
            raise SettingsError("SLACK_BOT_TOKEN is not set (xoxb-…, from OAuth & Permissions)")
        if self.app_token is None:
            raise SettingsError(
                "SLACK_APP_TOKEN is not set (xapp-…, from Basic Information → App-Level Tokens, "
                "scope connections:write); use `cyberbot serve --http` for HTTP mode"
            )
        return self.bot_token, self.app_token

    def require_http(self) -> tuple[Secret | None, Secret]:
        """The bot token (None in multi-workspace mode) and signing secret for HTTP mode."""
        if self.signing_secret is None:
            raise SettingsError("SLACK_SIGNING_SECRET is not set (from Basic Information)")
        if self.multi_workspace:
            return None, self.signing_secret
        if self.bot_token is None:
            raise SettingsError("SLACK_BOT_TOKEN is not set (xoxb-…, from OAuth & Permissions)")
        if self.signing_secret is None:
            raise SettingsError("SLACK_SIGNING_SECRET is not set (from Basic Information)")
        return self.bot_token, self.signing_secret


def _secret(env: Mapping[str, str], name: str, pattern: re.Pattern[str] | None) -> Secret | None:
    raw = env.get(name, "").strip()
    if not raw:
        return None
    if pattern is not None and not pattern.match(raw):
        prefix = pattern.pattern[1:6]
        raise SettingsError(f"{name} is malformed: it should start with {prefix!r}")
    return Secret(raw)


def _mentions(raw: str) -> tuple[str, ...]:
    """CYBERBOT_MENTION: user groups (S…) and people (U…), comma- or space-separated."""
    out = []
    for part in re.split(r"[\s,、]+", raw.strip()):
        if not part:
            continue
        group, person = _GROUP.match(part), _PERSON.match(part)
        if group is not None:
            out.append(f"<!subteam^{group.group(1)}>")
        elif person is not None:
            out.append(f"<@{person.group(1)}>")
        else:
            raise SettingsError(
                "CYBERBOT_MENTION must list user group ids (S…) or user ids (U…), "
                "separated by commas"
            )
    return tuple(dict.fromkeys(out))


def load_settings(env: Mapping[str, str] | None = None, dotenv: Path | None = None) -> Settings:
    """Read settings from `env` (default: the process environment) over a `.env` file."""
    from dotenv import dotenv_values

    merged: dict[str, str] = {}
    path = dotenv if dotenv is not None else Path(".env")
    if path.is_file():
        merged.update({k: v for k, v in dotenv_values(path).items() if v is not None})
    merged.update(os.environ if env is None else env)
    try:
        expire = float(merged.get("CYBERBOT_EXPIRE_DAYS", "30"))
    except ValueError:
        raise SettingsError("CYBERBOT_EXPIRE_DAYS must be a number of days") from None
    if expire <= 0:
        raise SettingsError("CYBERBOT_EXPIRE_DAYS must be positive")
    api_url = merged.get("SLACK_API_URL", "").strip() or DEFAULT_API_URL
    if not api_url.startswith(("http://", "https://")):
        raise SettingsError("SLACK_API_URL must be an http(s) URL")
    contract = merged.get("CYBERBOT_CONTRACT", "").strip()
    database = merged.get("DATABASE_URL", "").strip()
    if database and not database.startswith(("postgresql://", "postgresql+", "postgres://")):
        raise SettingsError("DATABASE_URL must be a postgresql:// URL")
    client_id = merged.get("SLACK_CLIENT_ID", "").strip() or None
    client_secret = _secret(merged, "SLACK_CLIENT_SECRET", None)
    if (client_id is None) != (client_secret is None):
        raise SettingsError("set both SLACK_CLIENT_ID and SLACK_CLIENT_SECRET, or neither")
    scopes = tuple(s.strip() for s in merged.get("SLACK_SCOPES", "").split(",") if s.strip())
    try:
        lease = float(merged.get("CYBERBOT_LEASE_SECONDS", "30"))
    except ValueError:
        raise SettingsError("CYBERBOT_LEASE_SECONDS must be a number of seconds") from None
    if lease <= 0:
        raise SettingsError("CYBERBOT_LEASE_SECONDS must be positive")
    return Settings(
        bot_token=_secret(merged, "SLACK_BOT_TOKEN", _BOT_TOKEN),
        app_token=_secret(merged, "SLACK_APP_TOKEN", _APP_TOKEN),
        signing_secret=_secret(merged, "SLACK_SIGNING_SECRET", None),
        api_url=api_url if api_url.endswith("/") else api_url + "/",
        db_path=Path(merged.get("CYBERBOT_DB", "").strip() or "cyberbot.sqlite3"),
        expire_days=expire,
        escalation_channel=merged.get("CYBERBOT_ESCALATION_CHANNEL", "").strip() or None,
        contract=Path(contract) if contract else None,
        host=merged.get("CYBERBOT_HOST", "").strip() or "127.0.0.1",
        mention=_mentions(merged.get("CYBERBOT_MENTION", "")),
        database_url=Secret(database) if database else None,
        client_id=client_id,
        client_secret=client_secret,
        scopes=scopes or DEFAULT_SCOPES,
        lease_seconds=lease,
    )
