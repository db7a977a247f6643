"""The first schema on SQLAlchemy: conversations, messages, the inbox with its claims,
conversation locks, workspace settings, and slack_sdk's installation and OAuth state tables.

A SQLite file of an earlier version (tables created without alembic) is adopted: missing
tables are created, missing columns added, and each row's workspace filled in from its key.

Revision ID: 0001
Revises:
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _conversations() -> None:
    op.create_table(
        "conversations",
        sa.Column("key", sa.String(255), primary_key=True),
        sa.Column("team", sa.String(64), nullable=False, server_default=""),
        sa.Column("data", sa.Text, nullable=False),
        sa.Column("updated", sa.Float, nullable=False),
        sa.Column("version", sa.Integer, nullable=False, server_default="0"),
    )


def _messages() -> None:
    op.create_table(
        "messages",
        sa.Column("key", sa.String(255), primary_key=True),
        sa.Column("turn", sa.Integer, primary_key=True),
        sa.Column("text", sa.Text, nullable=False),
    )


def _inbox() -> None:
    op.create_table(
        "inbox",
        sa.Column(
            "seq",
            sa.BigInteger().with_variant(sa.Integer, "sqlite"),
            primary_key=True,
            autoincrement=True,
        ),
        sa.Column("id", sa.String(255), nullable=False, unique=True),
        sa.Column("conversation", sa.String(255), nullable=False),
        sa.Column("team", sa.String(64), nullable=False, server_default=""),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("payload", sa.Text, nullable=False),
        sa.Column("received", sa.Float, nullable=False),
        sa.Column("posting", sa.String(64)),
        sa.Column("done", sa.Float),
        sqlite_autoincrement=True,
    )


def _claims() -> None:
    op.create_table(
        "claims",
        sa.Column("conversation", sa.String(255), primary_key=True),
        sa.Column("owner", sa.String(64), nullable=False),
        sa.Column("until", sa.Float, nullable=False),
    )


def _locks() -> None:
    op.create_table("locks", sa.Column("key", sa.String(255), primary_key=True))


def _workspaces() -> None:
    op.create_table(
        "workspaces",
        sa.Column("team_id", sa.String(64), primary_key=True),
        sa.Column("contract", sa.Text),
        sa.Column("escalation_channel", sa.String(64)),
        sa.Column("retention_days", sa.Float),
        sa.Column("updated", sa.Float, nullable=False),
        sa.Column("uninstalled", sa.Float),
    )


def _slack_bots() -> None:
    # slack_sdk's SQLAlchemyInstallationStore.build_bots_table, as of slack_sdk 3.48.
    op.create_table(
        "slack_bots",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("client_id", sa.String(32), nullable=False),
        sa.Column("app_id", sa.String(32), nullable=False),
        sa.Column("enterprise_id", sa.String(32)),
        sa.Column("enterprise_name", sa.String(200)),
        sa.Column("team_id", sa.String(32)),
        sa.Column("team_name", sa.String(200)),
        sa.Column("bot_token", sa.String(200)),
        sa.Column("bot_id", sa.String(32)),
        sa.Column("bot_user_id", sa.String(32)),
        sa.Column("bot_scopes", sa.String(1000)),
        sa.Column("bot_refresh_token", sa.String(200)),
        sa.Column("bot_token_expires_at", sa.DateTime),
        sa.Column("is_enterprise_install", sa.Boolean, nullable=False),
        sa.Column("installed_at", sa.DateTime, nullable=False),
    )
    op.create_index(
        "slack_bots_idx",
        "slack_bots",
        ["client_id", "enterprise_id", "team_id", "installed_at"],
    )


def _slack_installations() -> None:
    # slack_sdk's SQLAlchemyInstallationStore.build_installations_table, as of 3.48.
    op.create_table(
        "slack_installations",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("client_id", sa.String(32), nullable=False),
        sa.Column("app_id", sa.String(32), nullable=False),
        sa.Column("enterprise_id", sa.String(32)),
        sa.Column("enterprise_name", sa.String(200)),
        sa.Column("enterprise_url", sa.String(200)),
        sa.Column("team_id", sa.String(32)),
        sa.Column("team_name", sa.String(200)),
        sa.Column("bot_token", sa.String(200)),
        sa.Column("bot_id", sa.String(32)),
        sa.Column("bot_user_id", sa.String(32)),
        sa.Column("bot_scopes", sa.String(1000)),
        sa.Column("bot_refresh_token", sa.String(200)),
        sa.Column("bot_token_expires_at", sa.DateTime),
        sa.Column("user_id", sa.String(32), nullable=False),
        sa.Column("user_token", sa.String(200)),
        sa.Column("user_scopes", sa.String(1000)),
        sa.Column("user_refresh_token", sa.String(200)),
        sa.Column("user_token_expires_at", sa.DateTime),
        sa.Column("incoming_webhook_url", sa.String(200)),
        sa.Column("incoming_webhook_channel", sa.String(200)),
        sa.Column("incoming_webhook_channel_id", sa.String(200)),
        sa.Column("incoming_webhook_configuration_url", sa.String(200)),
        sa.Column("is_enterprise_install", sa.Boolean, nullable=False),
        sa.Column("token_type", sa.String(32)),
        sa.Column("installed_at", sa.DateTime, nullable=False),
    )
    op.create_index(
        "slack_installations_idx",
        "slack_installations",
        ["client_id", "enterprise_id", "team_id", "user_id", "installed_at"],
    )


def _slack_oauth_states() -> None:
    # slack_sdk's SQLAlchemyOAuthStateStore.build_oauth_states_table.
    op.create_table(
        "slack_oauth_states",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("state", sa.String(200), nullable=False),
        sa.Column("expire_at", sa.DateTime, nullable=False),
    )


_TABLES = {
    "conversations": _conversations,
    "messages": _messages,
    "inbox": _inbox,
    "claims": _claims,
    "locks": _locks,
    "workspaces": _workspaces,
    "slack_bots": _slack_bots,
    "slack_installations": _slack_installations,
    "slack_oauth_states": _slack_oauth_states,
}


def upgrade() -> None:
    existing = set(sa.inspect(op.get_bind()).get_table_names())
    for name, create in _TABLES.items():
        if name not in existing:
            create()
    if "conversations" in existing:
        _adopt_earlier_sqlite()
    op.create_index("conversations_updated", "conversations", ["updated"], if_not_exists=True)
    op.create_index("conversations_team", "conversations", ["team"], if_not_exists=True)
    op.create_index(
        "inbox_pending",
        "inbox",
        ["conversation", "seq"],
        sqlite_where=sa.text("done IS NULL"),
        postgresql_where=sa.text("done IS NULL"),
        if_not_exists=True,
    )
    op.create_index(
        "inbox_done",
        "inbox",
        ["done"],
        sqlite_where=sa.text("done IS NOT NULL"),
        postgresql_where=sa.text("done IS NOT NULL"),
        if_not_exists=True,
    )
    op.create_index("inbox_team", "inbox", ["team"], if_not_exists=True)


def _adopt_earlier_sqlite() -> None:
    """Columns an earlier version's SQLite file lacks, filled in from the keys."""
    inspector = sa.inspect(op.get_bind())
    columns = {c["name"] for c in inspector.get_columns("conversations")}
    if "team" not in columns:
        op.add_column(
            "conversations", sa.Column("team", sa.String(64), nullable=False, server_default="")
        )
    if "version" not in columns:
        op.add_column(
            "conversations", sa.Column("version", sa.Integer, nullable=False, server_default="0")
        )
    if "team" not in {c["name"] for c in inspector.get_columns("inbox")}:
        op.add_column("inbox", sa.Column("team", sa.String(64), nullable=False, server_default=""))
    # A key is team:channel:thread (Slack) or another prefix (the console): up to the colon.
    for table, key in (("conversations", "key"), ("inbox", "conversation")):
        op.execute(
            f"UPDATE {table} SET team = substr({key}, 1, instr({key}, ':') - 1) "
            f"WHERE team = '' AND instr({key}, ':') > 0"
        )


def downgrade() -> None:
    for name in reversed(_TABLES):
        op.drop_table(name)
