"""Errors of the bot package; a user-facing one carries its Japanese message."""

from __future__ import annotations


class CyberbotError(Exception):
    """Base of every error raised by `bot`."""
