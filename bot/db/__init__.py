"""The bot's database: SQLAlchemy Core tables, the connection and the migrations.

One database holds everything the bot keeps: conversations and their messages, the inbox
of acknowledged events, workspace settings, and (under `bot/slack/`) the Slack
installations and OAuth states. SQLite by default (one file, no setup); PostgreSQL by
`DATABASE_URL` when several instances share the work.
"""

from bot.db.connect import Database, open_database

__all__ = ["Database", "open_database"]
