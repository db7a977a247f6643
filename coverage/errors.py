"""Errors of the coverage package; each names what is wrong and where.

A rider or contract file that does not fit raises `config.ConfigError`, the one error of
every config file (re-exported as `coverage.ConfigError`).
"""

from __future__ import annotations


class CoverageError(Exception):
    """Base of the errors `coverage` raises on its input (config files raise `ConfigError`)."""


class FactsError(CoverageError):
    """Facts given to the engine do not fit the schema."""

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem
