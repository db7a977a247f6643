"""Tables in replies: aligned by display width in text, a Block Kit table in Slack."""

from __future__ import annotations

import io
from datetime import UTC, datetime

import pytest

from bot.console.chat import run_console
from bot.conversation.engine import Engine
from bot.conversation.store import MemoryStore
from bot.render.table import Align, Column, Table, table_lines, width
from bot.slack.blocks.kit import table_block, table_text
from coverage import load_rider

TABLE = Table(
    (Column("前提", wrap=True), Column("見込み", Align.RIGHT)),
    (("不正アクセスあり", "5,000,000円"), ("なし", "0円")),
)


@pytest.mark.parametrize(
    ("text", "columns"), [("abc", 3), ("調査費", 6), ("ＡＢ", 4), ("ｱｲ", 2), ("5,000円", 7)]
)
def test_width_counts_full_width_characters_twice(text: str, columns: int) -> None:
    assert width(text) == columns


def test_every_line_of_a_table_has_its_cells_at_the_same_columns() -> None:
    lines = table_lines(TABLE)
    bars = {tuple(width(line[:i]) for i, c in enumerate(line) if c == "|") for line in lines}
    assert len(bars) == 1
    assert lines[2].endswith("5,000,000円") and lines[3].endswith("        0円")  # right-aligned


def test_a_row_with_the_wrong_number_of_cells_is_refused() -> None:
    with pytest.raises(ValueError, match="2 columns"):
        Table(TABLE.columns, (("一つだけ",),))


def test_the_slack_table_has_bold_titles_and_reads_back_as_the_same_lines() -> None:
    block = table_block(TABLE)
    assert block["rows"][0][0]["elements"][0]["elements"][0]["style"] == {"bold": True}
    assert [s["align"] for s in block["column_settings"]] == ["left", "right"]
    assert table_text(block) == table_lines(TABLE)


def test_a_table_over_slacks_hundred_rows_is_refused() -> None:
    rows = tuple((str(i), "1円") for i in range(100))
    with pytest.raises(ValueError):
        table_block(Table(TABLE.columns, rows))


def test_the_console_prints_the_breakdown_on_request() -> None:
    rider = load_rider()
    engine = Engine(rider, MemoryStore(), clock=lambda: datetime(2026, 11, 26, tzinfo=UTC))
    out = io.StringIO()
    stdin = io.StringIO("不正アクセスの可能性。調査費用500万円\n内訳\n")
    run_console(engine, stdin, out, interactive=False)

    shown = out.getvalue().split("> 内訳\n", 1)[1]
    estimate = engine.handle("other", "不正アクセスの可能性。調査費用500万円", user="U1").estimate
    assert estimate is not None and len(estimate.scenarios) > 1
    assert shown.count("〔前提") == len(estimate.scenarios)
    assert "① 不正アクセス等対応費用" in shown and "合計" in shown
    assert "概算の目安" in shown and "同意" in shown
