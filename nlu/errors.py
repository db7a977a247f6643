"""Errors of the nlu package; each names what is wrong and where."""

from __future__ import annotations


class NluError(Exception):
    """Base of every error raised by `nlu`."""


class NluConfigError(NluError):
    """A `config/nlu_*.toml` file is missing, malformed, or holds an unknown key."""

    def __init__(self, file: str, key: str, reason: str) -> None:
        super().__init__(f"{file}: {key}: {reason}")
        self.file = file
        self.key = key
        self.reason = reason
