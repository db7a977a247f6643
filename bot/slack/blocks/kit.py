"""Block Kit elements within Slack's limits, and splitting content into messages.

Slack's limits are kept here rather than left to Slack to reject: at most 50 blocks a
message, 3,000 characters a section, 150 a header, 75 a button label. Content that does
not fit one message is split across several; a part's footer (the disclaimer of an
estimate) is repeated in every message the part spans.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, TypedDict

from bot.advice.contacts import tel_uri
from bot.render.table import Align, Column, Table, table_lines

MAX_BLOCKS = 50
MAX_SECTION = 3000
MAX_HEADER = 150
MAX_BUTTON_TEXT = 75
MAX_VALUE = 2000
MAX_TEXT = 40_000
# https://docs.slack.dev/reference/block-kit/block-elements/checkboxes-element: at most 10
# options an element; an option's text and description at most 75 characters, its value
# 150 (composition-objects/option-object); a static select at most 100 options and a
# placeholder of 150.
MAX_CHECKBOX_OPTIONS = 10
MAX_OPTION_TEXT = 75
MAX_OPTION_VALUE = 150
MAX_SELECT_OPTIONS = 100
MAX_PLACEHOLDER = 150
# https://docs.slack.dev/reference/block-kit/blocks/table-block: at most 100 rows of 20
# cells. Slack takes one table a message (invalid_attachments beyond it; see
# netclaw-dev/netclaw#55, openclaw/openclaw#57717), so `pack` starts a new message
# for a second table.
MAX_TABLE_ROWS = 100
MAX_TABLE_CELLS = 20
MAX_TABLES = 1
# Not a Slack limit but a reader's: a longer message is hard to follow on a phone, so
# the content is split well before Slack's 40,000 characters of fallback text.
MESSAGE_BUDGET = 12_000

Block = dict[str, Any]


class MessagePayload(TypedDict):
    """The `text` and `blocks` arguments of chat.postMessage (and of `respond`)."""

    text: str
    blocks: list[Block]


# -- elements ----------------------------------------------------------------


def units(text: str) -> int:
    """Length as Slack may count it (UTF-16 code units): never less than `len`."""
    return len(text.encode("utf-16-le")) // 2


def clip(text: str, limit: int) -> str:
    """`text` cut to `limit` characters, with an ellipsis when cut."""
    if units(text) <= limit:
        return text
    out = text
    while units(out) > limit - 1:
        out = out[: -max(1, (units(out) - limit + 1) // 2)]
    return out + "…"


def escape(text: str) -> str:
    """Text shown as is in mrkdwn: Slack reads &, < and > as markup."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def phone_link(phone: str) -> str:
    """A phone number as a tappable `tel:` link (a panicked reader is often on a phone)."""
    return f"<{tel_uri(phone)}|{phone}>"


def mrkdwn(line: str, phones: Sequence[str] = ()) -> str:
    """A plain line as mrkdwn: escaped, each of `phones` in it made a `tel:` link."""
    out = escape(line)
    if not phones:
        return out
    # One pass, longest first, so a number inside a longer one is never linked twice.
    pattern = "|".join(re.escape(p) for p in sorted(set(phones), key=len, reverse=True))
    return re.sub(pattern, lambda match: phone_link(match.group()), out)


def plain(text: str, limit: int) -> dict[str, Any]:
    """A plain_text object, cut to the element's limit."""
    return {"type": "plain_text", "text": clip(text, limit), "emoji": True}


def section(text: str) -> Block:
    """A mrkdwn section; `text` must already fit (see `sections`)."""
    return {"type": "section", "text": {"type": "mrkdwn", "text": clip(text, MAX_SECTION)}}


def sections(lines: Sequence[str]) -> list[Block]:
    """Lines as few sections as Slack's 3,000 characters a section allow."""
    return [section(chunk) for chunk in _chunks(lines, MAX_SECTION)]


def context(text: str) -> Block:
    """Small grey text: hints, disclaimers."""
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": clip(text, MAX_SECTION)}]}


def header(text: str) -> Block:
    """A header block (plain text, at most 150 characters)."""
    return {"type": "header", "text": plain(text, MAX_HEADER)}


def divider() -> Block:
    """A horizontal rule between the parts of a long reply."""
    return {"type": "divider"}


def button(
    label: str,
    action_id: str,
    value: str,
    *,
    style: str | None = None,
    confirm: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """A button element; the label is cut to Slack's 75 characters."""
    element: dict[str, Any] = {
        "type": "button",
        "text": plain(label, MAX_BUTTON_TEXT),
        "action_id": action_id,
        "value": value,
    }
    if style is not None:
        element["style"] = style
    if confirm is not None:
        element["confirm"] = confirm
    return element


def option(text: str, value: str, *, markdown: bool = False) -> dict[str, Any]:
    """An option of a checkbox group (mrkdwn allowed) or a select (plain text only).

    Raises:
        ValueError: The value exceeds Slack's 150 characters (it is sent back, never cut).
    """
    if units(value) > MAX_OPTION_VALUE:
        raise ValueError(f"an option value of {units(value)} characters")
    shown = clip(text, MAX_OPTION_TEXT)
    label = {"type": "mrkdwn", "text": shown} if markdown else plain(text, MAX_OPTION_TEXT)
    return {"text": label, "value": value}


def checkboxes(
    action_id: str, options: Sequence[dict[str, Any]], checked: Sequence[dict[str, Any]]
) -> dict[str, Any]:
    """A checkbox group; `checked` are those of `options` shown ticked.

    Raises:
        ValueError: More than Slack's 10 options.
    """
    if not 0 < len(options) <= MAX_CHECKBOX_OPTIONS:
        raise ValueError(f"a checkbox group of {len(options)} options")
    element: dict[str, Any] = {
        "type": "checkboxes",
        "action_id": action_id,
        "options": list(options),
    }
    if checked:  # Slack refuses an empty initial_options
        element["initial_options"] = list(checked)
    return element


def static_select(
    action_id: str, placeholder: str, options: Sequence[dict[str, Any]]
) -> dict[str, Any]:
    """A menu of options; the first `MAX_SELECT_OPTIONS` are kept."""
    return {
        "type": "static_select",
        "action_id": action_id,
        "placeholder": plain(placeholder, MAX_PLACEHOLDER),
        "options": list(options[:MAX_SELECT_OPTIONS]),
    }


def table_block(table: Table) -> Block:
    """A Block Kit table: the titles in bold as the first row, amounts right-aligned.

    Cells are rich_text, not raw_text: the titles can be bold, and raw_text cells were
    reported failing on Slack's side (soxtoby/SlackNet#246).
    """
    if len(table.rows) + 1 > MAX_TABLE_ROWS or len(table.columns) > MAX_TABLE_CELLS:
        raise ValueError(f"a table of {len(table.rows)} rows and {len(table.columns)} columns")
    titles = [_cell(column.title, bold=True) for column in table.columns]
    settings = [
        {"align": column.align.value, "is_wrapped": column.wrap} for column in table.columns
    ]
    rows = [titles, *([_cell(text) for text in row] for row in table.rows)]
    return {"type": "table", "column_settings": settings, "rows": rows}


def _cell(text: str, *, bold: bool = False) -> dict[str, Any]:
    element: dict[str, Any] = {"type": "text", "text": text or " "}
    if bold:
        element["style"] = {"bold": True}
    section = {"type": "rich_text_section", "elements": [element]}
    return {"type": "rich_text", "elements": [section]}


def table_text(block: Block) -> list[str]:
    """A table block as aligned lines again, for the message's fallback text."""
    grid = [[_cell_text(cell) for cell in row] for row in block["rows"]]
    settings = block.get("column_settings") or []
    columns = tuple(
        Column(title, Align(settings[i]["align"]) if i < len(settings) else Align.LEFT)
        for i, title in enumerate(grid[0])
    )
    return table_lines(Table(columns, tuple(tuple(row) for row in grid[1:])))


def _cell_text(cell: dict[str, Any]) -> str:
    if cell.get("type") == "raw_text":
        return str(cell.get("text", "")).strip()
    parts = [
        str(element.get("text", ""))
        for section in cell.get("elements", ())
        for element in section.get("elements", ())
    ]
    return "".join(parts).strip()


def actions(block_id: str, elements: Sequence[dict[str, Any]]) -> Block:
    """A row of buttons; `block_id` finds the row again in a message the bot sent."""
    return {"type": "actions", "block_id": str(block_id), "elements": list(elements)}


# -- splitting into messages -----------------------------------------------------------


@dataclass(frozen=True)
class Part:
    """Blocks that belong together, kept in one message when they fit.

    Attributes:
        blocks: The content.
        footer: Repeated after every piece should the part be split (the disclaimer of
            an estimate).
        rule: Draw a divider before the part, unless it opens a message.
    """

    blocks: tuple[Block, ...]
    footer: tuple[Block, ...] = ()
    rule: bool = False


def pack(parts: Iterable[Part]) -> list[MessagePayload]:
    """Parts as few messages as Slack's limits and `MESSAGE_BUDGET` allow, in order."""
    pages: list[list[Block]] = []
    page: list[Block] = []
    for part in parts:
        for piece in _pieces(part):
            ruled = [divider(), *piece] if part.rule and page else piece
            if page and not _fits([*page, *ruled]):
                pages.append(page)
                page, ruled = [], piece
            page.extend(ruled)
    if page:
        pages.append(page)
    return [MessagePayload(text=fallback_text(blocks), blocks=blocks) for blocks in pages]


def fallback_text(blocks: Sequence[Block]) -> str:
    """The message as plain text, for notifications and screen readers."""
    texts: list[str] = []
    labels_: list[str] = []
    for block in blocks:
        if block["type"] in ("section", "header"):
            texts.append(block["text"]["text"])
        elif block["type"] == "context":
            texts.extend(element["text"] for element in block["elements"])
        elif block["type"] == "table":
            texts.append("\n".join(table_text(block)))
        elif block["type"] == "actions":
            labels_.extend(
                element["text"]["text"] for element in block["elements"] if "text" in element
            )
    return clip("\n".join(texts or labels_), MAX_TEXT)


def _fits(blocks: Sequence[Block]) -> bool:
    tables = sum(block["type"] == "table" for block in blocks)
    return (
        len(blocks) <= MAX_BLOCKS
        and tables <= MAX_TABLES
        and units(fallback_text(blocks)) <= MESSAGE_BUDGET
    )


def _pieces(part: Part) -> list[list[Block]]:
    whole = [*part.blocks, *part.footer]
    if _fits(whole):
        return [whole]
    pieces: list[list[Block]] = []
    piece: list[Block] = []
    for block in part.blocks:
        if piece and not _fits([*piece, block, *part.footer]):
            pieces.append([*piece, *part.footer])
            piece = []
        piece.append(block)
    pieces.append([*piece, *part.footer])
    return pieces


def _chunks(lines: Sequence[str], limit: int) -> list[str]:
    """Lines joined into chunks of at most `limit`; a longer line is cut into pieces."""
    chunks: list[str] = []
    current = ""
    for line in lines:
        for piece in _cut(line, limit):
            joined = f"{current}\n{piece}" if current else piece
            if current and units(joined) > limit:
                chunks.append(current)
                joined = piece
            current = joined
    if current:
        chunks.append(current)
    return chunks


def _cut(line: str, limit: int) -> list[str]:
    pieces = []
    while units(line) > limit:
        cut = limit
        while units(line[:cut]) > limit:
            # Each astral character (emoji) counts twice: step back by half the excess.
            cut -= max(1, (units(line[:cut]) - limit) // 2)
        # Prefer to break after a Japanese comma, so an amount is never cut in two.
        comma = line.rfind("、", 0, cut)
        cut = comma + 1 if comma > cut // 2 else cut
        pieces.append(line[:cut])
        line = line[cut:]
    return [*pieces, line] if line or not pieces else pieces
