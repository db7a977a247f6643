"""A table of a reply (scenarios side by side, a breakdown by clause), for both fronts.

Slack draws it as a Block Kit table; the console and Slack's fallback text print it as
aligned lines. Japanese is aligned by display width: a full-width character takes two
columns of a monospaced screen, so `len` would misalign every row with kanji in it.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from enum import StrEnum


class Align(StrEnum):
    """A column's alignment, with Slack's names: amounts read best right-aligned."""

    LEFT = "left"
    RIGHT = "right"


@dataclass(frozen=True)
class Column:
    """A column's title and alignment; `wrap` lets a long text column wrap in Slack."""

    title: str
    align: Align = Align.LEFT
    wrap: bool = False


@dataclass(frozen=True)
class Table:
    """Rows of cells under titled columns; every row has one cell per column."""

    columns: tuple[Column, ...]
    rows: tuple[tuple[str, ...], ...]

    def __post_init__(self) -> None:
        for row in self.rows:
            if len(row) != len(self.columns):
                raise ValueError(f"a row of {len(row)} cells under {len(self.columns)} columns")


def width(text: str) -> int:
    """Columns `text` takes on a monospaced screen: wide and full-width characters two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def table_lines(table: Table, separator: str = " | ") -> list[str]:
    """The table as aligned lines: the titles, a rule, then one line a row."""
    grid = [tuple(column.title for column in table.columns), *table.rows]
    widths = [max(width(row[i]) for row in grid) for i in range(len(table.columns))]

    def line(cells: tuple[str, ...]) -> str:
        padded = []
        for cell, column, size in zip(cells, table.columns, widths, strict=True):
            gap = " " * (size - width(cell))
            padded.append(gap + cell if column.align is Align.RIGHT else cell + gap)
        return separator.join(padded).rstrip()

    rule = separator.replace(" ", "-").join("-" * size for size in widths)
    return [line(grid[0]), rule, *(line(row) for row in grid[1:])]
