"""Reading the bot's data files under `config/`, strictly and once per process."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

from bot.errors import ConfigError

CONFIG_DIR = Path(__file__).resolve().parent.parent / "config"


@cache
def read_toml(name: str) -> dict[str, Any]:
    """Parse `config/<name>`; a missing or malformed file is a `ConfigError`."""
    path = CONFIG_DIR / name
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        raise ConfigError(str(path), "(file)", "does not exist") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(str(path), "(syntax)", str(exc)) from None


def string_table(name: str, key: str, data: object, required: frozenset[str]) -> dict[str, str]:
    """Check that `data` is a table of strings holding exactly the `required` keys."""
    where = str(CONFIG_DIR / name)
    if not isinstance(data, dict):
        raise ConfigError(where, key or "(top)", "must be a table")
    for item, value in data.items():
        if item not in required:
            raise ConfigError(where, f"{key}.{item}".lstrip("."), "is not a known setting")
        if not isinstance(value, str) or not value:
            raise ConfigError(where, f"{key}.{item}".lstrip("."), "must be a non-empty string")
    missing = sorted(required - data.keys())
    if missing:
        raise ConfigError(where, f"{key}.{missing[0]}".lstrip("."), "is missing")
    return dict(data)


def template_table(
    name: str, key: str, data: object, fields: Mapping[str, frozenset[str]]
) -> dict[str, str]:
    """A table of `str.format` templates: exactly `fields`' keys, each using only its fields."""
    checked = string_table(name, key, data, frozenset(fields))
    for item, allowed in fields.items():
        # Formatting with sample values is how str.format itself finds a bad field.
        try:
            checked[item].format(**dict.fromkeys(allowed, 0))
        except (KeyError, IndexError, ValueError) as exc:
            where = str(CONFIG_DIR / name)
            raise ConfigError(where, f"{key}.{item}", f"bad placeholder {exc}") from None
    return checked


def require_table(name: str, value: object, key: str) -> Mapping[str, Any]:
    """`value` as a table, or a `ConfigError` naming `config/<name>` and `key`."""
    if not isinstance(value, dict):
        raise ConfigError(str(CONFIG_DIR / name), key, "must be a table")
    return value


def require_keys(
    name: str,
    table: Mapping[str, Any],
    key: str,
    allowed: set[str] | frozenset[str],
    optional: set[str] | frozenset[str] = frozenset(),
) -> None:
    """Check that `table` holds only `allowed` keys and every one of them but `optional`."""
    where = str(CONFIG_DIR / name)
    for item in table:
        if item not in allowed:
            raise ConfigError(where, f"{key}.{item}".lstrip("."), "is not a known setting")
    missing = sorted(allowed - optional - table.keys())
    if missing:
        raise ConfigError(where, f"{key}.{missing[0]}".lstrip("."), "is missing")
