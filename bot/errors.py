"""Errors of the bot package; a user-facing one carries its Japanese message."""

from __future__ import annotations


class CyberbotError(Exception):
    """Base of every error raised by `bot`."""


class ConfigError(CyberbotError):
    """A data file under `config/` is missing, malformed, or has an unexpected key."""

    def __init__(self, file: str, key: str, reason: str) -> None:
        super().__init__(f"{file}: {key}: {reason}")
        self.file = file
        self.key = key
        self.reason = reason
