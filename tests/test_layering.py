"""The rooms of the code import one way only, and only the Slack front imports Slack."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# Each room, and the rooms and packages it must never import.
FORBIDDEN = {
    "config": ("bot", "nlu", "coverage"),
    "coverage": ("bot", "nlu"),
    "nlu": ("bot",),
    "bot/advice": ("bot.conversation", "bot.render", "bot.console", "bot.slack"),
    "bot/conversation": ("bot.render", "bot.console", "bot.slack"),
    "bot/db": ("bot.conversation", "bot.advice", "bot.render", "bot.console", "bot.slack"),
    "bot/render": ("bot.console", "bot.slack"),
    "bot/console": ("bot.slack",),
    # The claim file sits on the conversation and the renderers, below the fronts.
    "bot/claim": ("bot.console", "bot.slack"),
}
SLACK = ("slack_bolt", "slack_sdk")


def imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def modules(room: str) -> list[Path]:
    return sorted((ROOT / room).rglob("*.py"))


def _under(name: str, package: str) -> bool:
    return name == package or name.startswith(package + ".")


@pytest.mark.parametrize("room", sorted(FORBIDDEN))
def test_a_room_never_imports_a_room_above_it(room: str) -> None:
    for path in modules(room):
        wrong = {n for n in imports(path) for p in FORBIDDEN[room] if _under(n, p)}
        assert not wrong, f"{path.relative_to(ROOT)} imports {sorted(wrong)}"


def test_only_the_slack_front_imports_slack() -> None:
    for room in ("bot", "nlu", "coverage", "config"):
        for path in modules(room):
            if (ROOT / "bot" / "slack") in path.parents:
                continue
            wrong = {n for n in imports(path) for p in SLACK if _under(n, p)}
            assert not wrong, f"{path.relative_to(ROOT)} imports {sorted(wrong)}"
