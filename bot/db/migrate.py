"""Schema migrations with alembic, run at start from the scripts shipped in the package.

Several instances may start at once on one PostgreSQL: the upgrade runs under an
advisory lock, so one migrates and the others find the schema current.
"""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, text

# script_location as package:path, so a wheel finds the scripts wherever it is installed.
SCRIPTS = "bot.db:migrations"
# Any constant: the key of the advisory lock the upgrade holds on PostgreSQL.
_MIGRATION_LOCK = 7_143_201


def alembic_config() -> Config:
    """alembic's configuration without an alembic.ini (nothing to ship or find)."""
    config = Config()
    config.set_main_option("script_location", SCRIPTS)
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to `revision` (the latest by default)."""
    config = alembic_config()
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK})
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
