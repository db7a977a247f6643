"""Errors of the coverage package; each names what is wrong and where."""

from __future__ import annotations


class CoverageError(Exception):
    """Base of every error raised by `coverage`."""


class ConfigError(CoverageError):
    """A rider or contract file is missing, malformed, or out of bounds."""

    def __init__(self, file: str, key: str, reason: str) -> None:
        super().__init__(f"{file}: {key}: {reason}")
        self.file = file
        self.key = key
        self.reason = reason


class FactsError(CoverageError):
    """Facts given to the engine do not fit the schema."""

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem
