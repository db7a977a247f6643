"""Slack's documented Block Kit limits, checked independently of `bot.slack.blocks.kit`.

https://docs.slack.dev/reference/block-kit/blocks — written from the documentation, not
from the bot's constants, so a wrong constant in the bot cannot hide a violation.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

MESSAGE_BLOCKS = 50
VIEW_BLOCKS = 100
TEXT = 40_000
SECTION_TEXT = 3000
SECTION_FIELD = 2000
SECTION_FIELDS = 10
HEADER_TEXT = 150
CONTEXT_ELEMENTS = 10
ACTIONS_ELEMENTS = 25
BUTTON_TEXT = 75
BUTTON_VALUE = 2000
ACTION_ID = 255
BLOCK_ID = 255
CONFIRM = {"title": 100, "text": 300, "confirm": 30, "deny": 30}
# https://docs.slack.dev/reference/block-kit/block-elements/checkboxes-element and
# .../composition-objects/option-object
CHECKBOX_OPTIONS = 10
SELECT_OPTIONS = 100
OPTION_TEXT = 75
OPTION_DESCRIPTION = 75
OPTION_VALUE = 150
PLACEHOLDER = 150
# https://docs.slack.dev/reference/block-kit/blocks/table-block
TABLE_ROWS = 100
TABLE_CELLS = 20
TABLE_COLUMN_SETTINGS = 20
TABLE_CELL_TYPES = ("raw_text", "rich_text")
TABLE_ALIGN = ("left", "center", "right")
# One table a message: a second is refused (netclaw-dev/netclaw#55).
TABLES_PER_MESSAGE = 1


def length(text: str) -> int:
    """Characters as UTF-16 code units: never fewer than Slack counts."""
    return len(text.encode("utf-16-le")) // 2


def message_problems(payload: Mapping[str, Any]) -> list[str]:
    """Everything in a chat.postMessage (or response_url) payload that Slack would reject."""
    problems: list[str] = []
    text, blocks = payload.get("text"), payload.get("blocks")
    if isinstance(blocks, str):  # form-encoded calls carry blocks as JSON text
        blocks = json.loads(blocks)
    if not isinstance(text, str) or not text.strip():
        problems.append("text: missing (needed for notifications and screen readers)")
    elif length(text) > TEXT:
        problems.append(f"text: {length(text)} > {TEXT}")
    if blocks is None:
        return problems
    problems += _blocks_problems(blocks, MESSAGE_BLOCKS)
    return problems


def view_problems(view: Mapping[str, Any]) -> list[str]:
    """Everything in a views.publish view that Slack would reject."""
    problems = [] if view.get("type") == "home" else [f"view type {view.get('type')!r}"]
    return problems + _blocks_problems(view.get("blocks") or [], VIEW_BLOCKS)


def _blocks_problems(blocks: Any, most: int) -> list[str]:
    if not isinstance(blocks, list) or not blocks:
        return ["blocks: not a non-empty list"]
    problems = [f"blocks: {len(blocks)} > {most}"] if len(blocks) > most else []
    tables = sum(isinstance(b, Mapping) and b.get("type") == "table" for b in blocks)
    if tables > TABLES_PER_MESSAGE:
        problems.append(f"blocks: {tables} tables > {TABLES_PER_MESSAGE}")
    block_ids: set[str] = set()
    action_ids: set[str] = set()
    for index, block in enumerate(blocks):
        where = f"blocks[{index}]"
        block_id = block.get("block_id")
        if block_id is not None:
            if length(block_id) > BLOCK_ID or block_id in block_ids:
                problems.append(f"{where}.block_id: too long or repeated")
            block_ids.add(block_id)
        problems += _block_problems(where, block, action_ids)
    return problems


def _block_problems(where: str, block: Mapping[str, Any], action_ids: set[str]) -> list[str]:
    kind = block.get("type")
    if kind == "section":
        problems = _text_problems(f"{where}.text", block.get("text"), SECTION_TEXT)
        fields = block.get("fields") or []
        if len(fields) > SECTION_FIELDS:
            problems.append(f"{where}.fields: {len(fields)} > {SECTION_FIELDS}")
        for i, field in enumerate(fields):
            problems += _text_problems(f"{where}.fields[{i}]", field, SECTION_FIELD)
        accessory = block.get("accessory")
        if accessory is not None:
            problems += _element_problems(f"{where}.accessory", accessory, action_ids)
        return problems
    if kind == "header":
        return _text_problems(f"{where}.text", block.get("text"), HEADER_TEXT, plain=True)
    if kind == "context":
        elements = block.get("elements") or []
        problems = [] if 0 < len(elements) <= CONTEXT_ELEMENTS else [f"{where}: elements"]
        for i, element in enumerate(elements):
            problems += _text_problems(f"{where}.elements[{i}]", element, SECTION_TEXT)
        return problems
    if kind == "actions":
        elements = block.get("elements") or []
        problems = [] if 0 < len(elements) <= ACTIONS_ELEMENTS else [f"{where}: elements"]
        for i, element in enumerate(elements):
            problems += _element_problems(f"{where}.elements[{i}]", element, action_ids)
        return problems
    if kind == "divider":
        return []
    if kind == "table":
        return _table_problems(where, block)
    return [f"{where}: unexpected block type {kind!r}"]


def _table_problems(where: str, block: Mapping[str, Any]) -> list[str]:
    rows = block.get("rows")
    if not isinstance(rows, list) or not rows:
        return [f"{where}.rows: not a non-empty list"]
    problems = [f"{where}.rows: {len(rows)} > {TABLE_ROWS}"] if len(rows) > TABLE_ROWS else []
    for r, row in enumerate(rows):
        if not isinstance(row, list) or not 0 < len(row) <= TABLE_CELLS:
            problems.append(f"{where}.rows[{r}]: not 1 to {TABLE_CELLS} cells")
            continue
        for c, cell in enumerate(row):
            if not isinstance(cell, Mapping) or cell.get("type") not in TABLE_CELL_TYPES:
                problems.append(f"{where}.rows[{r}][{c}]: not a raw_text or rich_text cell")
            elif cell["type"] == "raw_text" and not isinstance(cell.get("text"), str):
                problems.append(f"{where}.rows[{r}][{c}].text: not a string")
            elif cell["type"] == "rich_text" and not _rich_text_ok(cell):
                problems.append(f"{where}.rows[{r}][{c}]: not rich_text sections of text")
    settings = block.get("column_settings") or []
    if len(settings) > TABLE_COLUMN_SETTINGS:
        problems.append(f"{where}.column_settings: {len(settings)} > {TABLE_COLUMN_SETTINGS}")
    for i, setting in enumerate(settings):
        if setting is None:
            continue
        if setting.get("align", "left") not in TABLE_ALIGN:
            problems.append(f"{where}.column_settings[{i}].align")
        if not isinstance(setting.get("is_wrapped", False), bool):
            problems.append(f"{where}.column_settings[{i}].is_wrapped")
    return problems


def _rich_text_ok(cell: Mapping[str, Any]) -> bool:
    sections = cell.get("elements")
    if not isinstance(sections, list) or not sections:
        return False
    for section in sections:
        elements = section.get("elements") if isinstance(section, Mapping) else None
        if section.get("type") != "rich_text_section" or not isinstance(elements, list):
            return False
        if not all(isinstance(e, Mapping) and isinstance(e.get("text"), str) for e in elements):
            return False
    return True


def _element_problems(where: str, element: Mapping[str, Any], action_ids: set[str]) -> list[str]:
    kind = element.get("type")
    if kind == "button":
        return _button_problems(where, element, action_ids)
    if kind not in ("checkboxes", "static_select"):
        return [f"{where}: unexpected element {kind!r}"]
    problems = _action_id_problems(where, element, action_ids)
    options = element.get("options") or []
    most = CHECKBOX_OPTIONS if kind == "checkboxes" else SELECT_OPTIONS
    if not 0 < len(options) <= most:
        problems.append(f"{where}.options: {len(options)} not 1 to {most}")
    for i, option in enumerate(options):
        problems += _option_problems(f"{where}.options[{i}]", option, plain=kind != "checkboxes")
    initial = element.get("initial_options")
    if initial is not None and (not initial or any(o not in options for o in initial)):
        problems.append(f"{where}.initial_options: empty or not among the options")
    if kind == "static_select":
        problems += _text_problems(
            f"{where}.placeholder", element.get("placeholder"), PLACEHOLDER, plain=True
        )
    return problems


def _option_problems(where: str, option: Mapping[str, Any], *, plain: bool) -> list[str]:
    problems = _text_problems(f"{where}.text", option.get("text"), OPTION_TEXT, plain=plain)
    if "description" in option:
        problems += _text_problems(
            f"{where}.description", option["description"], OPTION_DESCRIPTION, plain=plain
        )
    value = option.get("value")
    if not isinstance(value, str) or not value or length(value) > OPTION_VALUE:
        problems.append(f"{where}.value: missing or > {OPTION_VALUE}")
    return problems


def _action_id_problems(where: str, element: Mapping[str, Any], action_ids: set[str]) -> list[str]:
    action_id = element.get("action_id", "")
    problems = []
    if not action_id or length(action_id) > ACTION_ID or action_id in action_ids:
        problems.append(f"{where}.action_id: missing, too long or repeated")
    action_ids.add(action_id)
    return problems


def _button_problems(where: str, button: Mapping[str, Any], action_ids: set[str]) -> list[str]:
    if button.get("type") != "button":
        return [f"{where}: not a button"]
    problems = _text_problems(f"{where}.text", button.get("text"), BUTTON_TEXT, plain=True)
    action_id = button.get("action_id", "")
    if not action_id or length(action_id) > ACTION_ID or action_id in action_ids:
        problems.append(f"{where}.action_id: missing, too long or repeated")
    action_ids.add(action_id)
    if length(button.get("value", "")) > BUTTON_VALUE:
        problems.append(f"{where}.value: > {BUTTON_VALUE}")
    if button.get("style") not in (None, "primary", "danger"):
        problems.append(f"{where}.style")
    confirm = button.get("confirm")
    if confirm is not None:
        for name, most in CONFIRM.items():
            problems += _text_problems(
                f"{where}.confirm.{name}", confirm.get(name), most, plain=True
            )
    return problems


def _text_problems(where: str, obj: Any, most: int, *, plain: bool = False) -> list[str]:
    if not isinstance(obj, Mapping) or obj.get("type") not in ("plain_text", "mrkdwn"):
        return [f"{where}: not a text object"]
    if plain and obj["type"] != "plain_text":
        return [f"{where}: must be plain_text"]
    text = obj.get("text")
    if not isinstance(text, str) or not text:
        return [f"{where}: empty"]
    if length(text) > most:
        return [f"{where}: {length(text)} > {most}"]
    return []
