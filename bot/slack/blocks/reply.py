"""Slack messages built from a `Reply`: pure functions that return Block Kit payloads.

The content and its order are `bot.render.layout`'s; Slack adds buttons for the quick
answers, the escalation (behind a confirmation dialog) and the full checklist. Every
message that states a yen figure carries the disclaimer and the consent reminder.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from bot.conversation.questions import AnswerValue, Question
from bot.conversation.reply import Reply, ReplyKind
from bot.labels import labels
from bot.render.layout import breakdown_layout, command_layout, layout, step_lines
from bot.render.lines import checklist_lines, phones
from bot.render.sections import CONSOLE, SLACK, Role, Section
from bot.slack.blocks.kit import (
    MAX_SECTION,
    MAX_VALUE,
    Block,
    MessagePayload,
    Part,
    actions,
    button,
    checkboxes,
    clip,
    context,
    escape,
    header,
    mrkdwn,
    option,
    pack,
    plain,
    section,
    sections,
    static_select,
    table_block,
    units,
)
from bot.slack.texts import SlackTexts, slack_texts
from coverage import Rider


class ActionId(StrEnum):
    """The action_id of every button the bot sends."""

    # Quick answers are numbered ("answer:0", "answer:1", …): Slack wants action_ids
    # unique within a block.
    ANSWER = "answer"
    ESCALATE = "escalate"
    CHECKLIST = "show_checklist"
    BREAKDOWN = "show_breakdown"
    CLAIM = "make_claim_file"
    # A step's checkbox ("step_done:<step key>": unique in a message) and the menu that
    # takes a step.
    STEP_DONE = "step_done"
    STEP_TAKE = "take_step"
    DELETE = "delete_conversation"


class BlockId(StrEnum):
    """The block_id of the blocks the bot looks for again in a message it sent."""

    ANSWERS = "answers"
    TOOLS = "tools"
    STEPS = "steps"


ANSWER_ACTION = re.compile(rf"^{ActionId.ANSWER}:\d+$")
STEP_DONE_ACTION = re.compile(rf"^{ActionId.STEP_DONE}:[a-z0-9_]+$")
_SLACK_ID = re.compile(r"^[UW][A-Z0-9]+$")
_ESCAPED_MENTION = re.compile(r"&lt;@([UW][A-Z0-9]+)&gt;")


@dataclass(frozen=True)
class ButtonValue:
    """What a button carries back to the bot.

    Attributes:
        key: The conversation.
        question: For a quick answer, the question's id.
        answer: For a quick answer, the value it gives the fact.
    """

    key: str
    question: str | None = None
    answer: AnswerValue | None = None

    def encode(self) -> str:
        """The compact JSON Slack hands back as the action's `value`.

        Raises:
            ValueError: The value would exceed Slack's 2,000 characters.
        """
        data: dict[str, AnswerValue] = {"k": self.key}
        if self.question is not None and self.answer is not None:
            data |= {"q": self.question, "v": self.answer}
        raw = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        if units(raw) > MAX_VALUE:
            raise ValueError(f"a button value of {units(raw)} characters")
        return raw

    @classmethod
    def decode(cls, raw: str) -> ButtonValue:
        """The value of a button the bot sent.

        Raises:
            ValueError: `raw` is not a value the bot produces.
        """
        try:
            data = json.loads(raw)
        except json.JSONDecodeError:
            raise ValueError("the button value is not JSON") from None
        if not isinstance(data, dict) or not isinstance(data.get("k"), str):
            raise ValueError("the button value has no conversation key")
        question, answer = data.get("q"), data.get("v")
        if set(data) - {"k", "q", "v"} or (question is None) != (answer is None):
            raise ValueError("the button value has unexpected fields")
        if question is not None and not (
            isinstance(question, str) and isinstance(answer, str | bool)
        ):
            raise ValueError("the button value has a malformed answer")
        return cls(data["k"], question, answer)


def reply_messages(reply: Reply, rider: Rider, *, interactive: bool = True) -> list[MessagePayload]:
    """The reply's layout as Slack messages, with buttons where the layout has answers.

    Args:
        reply: The engine's reply.
        rider: The rider, for the clause each step is paid under.
        interactive: Add the quick-answer, escalation and checklist buttons.

    Returns:
        One message, or several when the reply exceeds one message's limits.
    """
    surface = SLACK if interactive else CONSOLE
    numbers = phones(reply.advice) if reply.advice is not None else ()
    parts = [
        _part(item, reply, numbers, interactive=interactive)
        for item in layout(reply, rider, surface)
    ]
    return pack(parts)


def _part(item: Section, reply: Reply, numbers: Sequence[str], *, interactive: bool) -> Part:
    """One section as blocks; its role decides the style, never the content."""
    lines = [mrkdwn(line, numbers) for line in item.lines]
    footer = (context("\n".join(escape(line) for line in item.footer)),) if item.footer else ()
    table = (table_block(item.table),) if item.table is not None else ()
    if item.role is Role.ESTIMATE and item.heading is not None:
        estimate = (header(item.heading), *table, *sections(lines))
        return Part(estimate, footer=footer, rule=True)
    if item.role is Role.HINT:
        return Part((context("\n".join(lines)),))
    if item.role is Role.TOOLS:
        return _tools_part(reply, lines, slack_texts())
    if item.steps:
        return _steps_part(item, lines, interactive=interactive)
    if item.heading is not None:
        lines.insert(0, f"*{escape(item.heading)}*")
    blocks = [*sections(lines), *table]
    if item.role is Role.QUESTION and interactive and reply.question is not None:
        blocks.append(actions(BlockId.ANSWERS, _answer_buttons(reply, reply.question)))
    ruled = item.role in (Role.STEPS, Role.QUESTION)
    return Part(tuple(blocks), footer=footer, rule=ruled)


def person(user: str | None) -> str:
    """A person as Slack shows them: a mention, which Slack renders as their name."""
    if user and _SLACK_ID.match(user):
        return f"<@{user}>"
    return slack_texts().steps["someone"]


def _with_mentions(line: str) -> str:
    """A plain line as mrkdwn whose mentions (put in by `person`) stay mentions."""
    return _ESCAPED_MENTION.sub(r"<@\1>", escape(line))


def _steps_part(item: Section, lines: list[str], *, interactive: bool) -> Part:
    """The card's steps: each in a section with a checkbox, and a menu to take one.

    Elsewhere (or without buttons) the steps are lines, with their marks.
    """
    text = labels()
    if item.heading is not None:
        lines.insert(0, f"*{escape(item.heading)}*")
    if not (interactive and item.tickable):
        shown = [_with_mentions(line) for s in item.steps for line in step_lines(s, person, text)]
        return Part(tuple(sections([*lines, *shown])), rule=True)
    ui = slack_texts().steps
    blocks = sections(lines)
    for step in item.steps:
        done = option(ui["done_option"], step.key)
        box = checkboxes(
            f"{ActionId.STEP_DONE}:{step.key}", [done], [done] if step.mark.done else []
        )
        said = "\n".join(_with_mentions(line) for line in step_lines(step, person, text))
        blocks.append(section(clip(said, MAX_SECTION)) | {"accessory": box})
    open_steps = [step for step in item.steps if not step.mark.done]
    if open_steps:
        choices = [option(f"{step.number}. {step.text}", step.key) for step in open_steps]
        menu = static_select(ActionId.STEP_TAKE, ui["take_placeholder"], choices)
        blocks.append(actions(BlockId.STEPS, [menu]))
    return Part(tuple(blocks), rule=True)


def _answer_buttons(reply: Reply, question: Question) -> list[dict[str, Any]]:
    return [
        button(
            answer.label,
            f"{ActionId.ANSWER}:{index}",
            ButtonValue(reply.conversation, question.id, answer.value).encode(),
        )
        for index, answer in enumerate(question.answers)
    ]


def command_messages(reply: Reply) -> list[MessagePayload]:
    """`/cyber`'s answer: what was read, and the full breakdown with each line's clause."""
    return pack([_part(item, reply, (), interactive=False) for item in command_layout(reply)])


def breakdown_messages(reply: Reply) -> list[MessagePayload]:
    """The estimate clause by clause: a table per scenario, one message each at most."""
    return pack([_part(item, reply, (), interactive=False) for item in breakdown_layout(reply)])


def checklist_messages(reply: Reply, rider: Rider) -> list[MessagePayload]:
    """The whole checklist for the incident as it stands, phase by phase."""
    if reply.advice is None:
        return []
    title = f"*{escape(slack_texts().checklist['heading'])}*"
    lines = [escape(line) for line in checklist_lines(reply.advice, rider)]
    return pack([Part(tuple(sections([title, *lines])))])


def text_messages(mrkdwn: str) -> list[MessagePayload]:
    """A fixed text (mrkdwn, from the config) as messages."""
    return pack([Part(tuple(sections(mrkdwn.splitlines())))])


def answered_blocks(blocks: Sequence[Block], label: str, user: str) -> list[Block]:
    """The message's blocks with the quick answers replaced by the answer given."""
    note = context(slack_texts().buttons["answered"].format(label=escape(label), user=user))
    return [note if block.get("block_id") == BlockId.ANSWERS else block for block in blocks]


def answer_label(blocks: Sequence[Block], action_id: str) -> str | None:
    """The label of quick answer `action_id` in a message the bot sent."""
    for block in blocks:
        if block.get("block_id") == BlockId.ANSWERS:
            for element in block.get("elements", ()):
                if element.get("action_id") == action_id:
                    label: str = element["text"]["text"]
                    return label
    return None


def confirm_dialog(ui: SlackTexts) -> dict[str, Any]:
    """The dialog Slack shows before the escalation button acts."""
    return _dialog(ui.confirm)


def delete_dialog(ui: SlackTexts) -> dict[str, Any]:
    """The dialog Slack shows before the delete button acts."""
    return _dialog(ui.delete)


def _dialog(texts: Mapping[str, str]) -> dict[str, Any]:
    """A confirmation dialog, each text cut to Slack's limit."""
    return {
        "title": plain(texts["title"], 100),
        "text": plain(texts["text"], 300),
        "confirm": plain(texts["confirm"], 30),
        "deny": plain(texts["deny"], 30),
        "style": "danger",
    }


def _tools_part(reply: Reply, lines: Sequence[str], ui: SlackTexts) -> Part:
    """The escalation button (behind a confirmation) and the full checklist's."""
    value = ButtonValue(reply.conversation).encode()
    escalate = button(
        ui.buttons["escalate"], ActionId.ESCALATE, value, style="danger", confirm=confirm_dialog(ui)
    )
    buttons = [escalate]
    if reply.kind is not ReplyKind.GUIDANCE:  # a GUIDANCE reply shows the checklist already
        buttons.append(button(ui.buttons["checklist"], ActionId.CHECKLIST, value))
    if reply.has_yen:
        buttons.append(button(ui.buttons["breakdown"], ActionId.BREAKDOWN, value))
    buttons.append(button(ui.buttons["claim"], ActionId.CLAIM, value))
    buttons.append(button(ui.delete["button"], ActionId.DELETE, value, confirm=delete_dialog(ui)))
    offer = [context("\n".join(lines))] if lines else []
    return Part((*offer, actions(BlockId.TOOLS, buttons)))
