"""The bot's own tables, as the queries see them; `migrations/` creates and changes them.

The Slack installation and OAuth state tables belong to slack_sdk's stores and are
created by the same migrations, but declared only there and in `bot/slack/`.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Column,
    Float,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

conversations = Table(
    "conversations",
    metadata,
    Column("key", String(255), primary_key=True),
    # The workspace (team id) the conversation belongs to, for its retention period.
    Column("team", String(64), nullable=False, server_default=""),
    # `ConversationState.to_json()`, kept as an opaque document.
    Column("data", Text, nullable=False),
    Column("updated", Float, nullable=False),
    # Bumped by every save: a save that finds another version lost a race.
    Column("version", Integer, nullable=False, server_default="0"),
)

messages = Table(
    "messages",
    metadata,
    Column("key", String(255), primary_key=True),
    Column("turn", Integer, primary_key=True),
    Column("text", Text, nullable=False),
)

inbox = Table(
    "inbox",
    metadata,
    Column(
        "seq", BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    ),
    Column("id", String(255), nullable=False, unique=True),
    Column("conversation", String(255), nullable=False),
    Column("team", String(64), nullable=False, server_default=""),
    Column("kind", String(32), nullable=False),
    Column("payload", Text, nullable=False),
    Column("received", Float, nullable=False),
    Column("posting", String(64)),
    Column("done", Float),
)

# One row per conversation being answered: which instance, until when.
claims = Table(
    "claims",
    metadata,
    Column("conversation", String(255), primary_key=True),
    Column("owner", String(64), nullable=False),
    Column("until", Float, nullable=False),
)

# The row a writer of a conversation locks (`SELECT … FOR UPDATE`) on PostgreSQL.
locks = Table(
    "locks",
    metadata,
    Column("key", String(255), primary_key=True),
)

workspaces = Table(
    "workspaces",
    metadata,
    Column("team_id", String(64), primary_key=True),
    # The contract file's keys, validated, as JSON (None: the rider's defaults).
    Column("contract", Text),
    Column("escalation_channel", String(64)),
    Column("retention_days", Float),
    Column("updated", Float, nullable=False),
    # Set when the app was uninstalled: the data goes once the retention period has passed.
    Column("uninstalled", Float),
)
