"""Slack messages built from a `Reply`: pure functions that return Block Kit payloads.

The content and its order mirror `bot.render.text`; Slack adds buttons for the quick
answers, the escalation (behind a confirmation dialog) and the full checklist. Every
message that states a yen figure carries the disclaimer and the consent reminder.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from bot.conversation.questions import AnswerValue
from bot.conversation.reply import Reply, ReplyKind
from bot.labels import Labels, labels
from bot.render.estimate import estimate_lines, headline, summary_lines
from bot.render.lines import (
    checklist_lines,
    contacts_lines,
    reporting_lines,
    slack_phone,
    steps_lines,
)
from bot.render.text import question_lines, understood_lines
from bot.slack.blocks.kit import (
    MAX_VALUE,
    Block,
    MessagePayload,
    Part,
    actions,
    button,
    context,
    escape,
    header,
    pack,
    plain,
    section,
    sections,
    units,
)
from bot.slack.texts import SlackTexts, slack_texts
from coverage import IncidentType, Rider


class ActionId(StrEnum):
    """The action_id of every button the bot sends."""

    # Quick answers are numbered ("answer:0", "answer:1", …): Slack wants action_ids
    # unique within a block.
    ANSWER = "answer"
    ESCALATE = "escalate"
    CHECKLIST = "show_checklist"


class BlockId(StrEnum):
    """The block_id of the blocks the bot looks for again in a message it sent."""

    ANSWERS = "answers"
    TOOLS = "tools"


ANSWER_ACTION = re.compile(rf"^{ActionId.ANSWER}:\d+$")


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
    """The reply as Slack messages: `render_text`'s content and order, with buttons.

    Args:
        reply: The engine's reply.
        rider: The rider, for the clause each step is paid under.
        interactive: Add the quick-answer, escalation and checklist buttons.

    Returns:
        One message, or several when the reply exceeds one message's limits.
    """
    text = labels()
    if reply.kind is ReplyKind.RESET:
        return pack([Part((section(escape(text.messages["reset_done"])),))])
    if reply.kind is ReplyKind.EMPTY:
        empty = [escape(text.messages["empty_message"])]
        if reply.understood or reply.costs:
            empty += ["", *_lines(understood_lines(reply, text))]
        return pack([Part(tuple(sections(empty)))])
    parts: list[Part] = []
    intro = _intro_lines(reply, text)
    if intro:
        parts.append(Part(tuple(sections(intro))))
    advice, incident = reply.advice, _incident(reply)
    contacts_first = reply.kind in (ReplyKind.CONTACTS, ReplyKind.ESCALATE)
    if contacts_first and advice is not None:
        offer = (
            [escape(text.messages["escalate_offer"])] if reply.kind is ReplyKind.ESCALATE else []
        )
        contacts = contacts_lines(advice, incident, slack_phone)
        parts.append(Part(tuple(sections([*offer, _heading(text, "contacts_heading"), *contacts]))))
    parts.append(Part(tuple(sections(_lines(understood_lines(reply, text))))))
    if reply.has_yen and reply.estimate is not None:
        summary = [escape(line) for line in summary_lines(reply.estimate, text)[1:]]
        parts.append(
            Part(
                (header(headline(reply.estimate, text)), *sections(summary)),
                footer=_disclaimer(reply, text),
                rule=True,
            )
        )
    if advice is not None and reply.kind is not ReplyKind.HELP:
        if reply.kind is ReplyKind.GUIDANCE:
            heading = f"【{text.messages['next_steps_heading']}（全項目）】"
            steps = [heading, *checklist_lines(advice, rider)]
        else:
            steps = steps_lines(advice, rider, text)
        parts.append(Part(tuple(sections(_lines(steps))), rule=True))
        if reply.shows_reporting:
            # The full reporting rules once, then a short reminder each turn.
            full = reply.kind is ReplyKind.GUIDANCE or reply.turn <= 1
            reporting = reporting_lines(advice, text, full=full)
            parts.append(Part(tuple(sections(_lines(reporting)))))
        if not contacts_first:
            contacts = contacts_lines(advice, incident, slack_phone, vendors=reply.shows_vendors)
            parts.append(Part(tuple(sections([_heading(text, "contacts_heading"), *contacts]))))
    question = _question_part(reply, text, interactive=interactive)
    if question is not None:
        parts.append(question)
    if reply.understood or reply.costs:
        parts.append(Part((context(escape(text.messages["correction_hint"])),)))
    if interactive:
        parts.append(_tools_part(reply, text, slack_texts()))
    return pack(parts)


def command_messages(reply: Reply) -> list[MessagePayload]:
    """`/cyber`'s answer: what was read, and the full breakdown with each line's clause."""
    text = labels()
    parts = []
    intro = _intro_lines(reply, text)
    if intro:
        parts.append(Part(tuple(sections(intro))))
    parts.append(Part(tuple(sections(_lines(understood_lines(reply, text))))))
    if reply.estimate is not None:
        # The disclaimer moves to the footer, so a split breakdown carries it everywhere.
        disclaimer = text.messages["disclaimer"]
        lines = [line for line in estimate_lines(reply.estimate, text) if line != disclaimer]
        footer = _disclaimer(reply, text) if reply.has_yen else ()
        parts.append(Part(tuple(sections(_lines(lines))), footer=footer, rule=True))
    if reply.question_text is not None:
        question = f"{text.messages['question_heading']}: {reply.question_text}"
        parts.append(Part((context(escape(question)),)))
    return pack(parts)


def checklist_messages(reply: Reply, rider: Rider) -> list[MessagePayload]:
    """The whole checklist for the incident as it stands, phase by phase."""
    if reply.advice is None:
        return []
    lines = [slack_texts().checklist["heading"], *checklist_lines(reply.advice, rider)]
    return pack([Part(tuple(sections(_lines(lines))))])


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
    texts = ui.confirm
    return {
        "title": plain(texts["title"], 100),
        "text": plain(texts["text"], 300),
        "confirm": plain(texts["confirm"], 30),
        "deny": plain(texts["deny"], 30),
        "style": "danger",
    }


def _intro_lines(reply: Reply, text: Labels) -> list[str]:
    out = []
    if reply.kind is ReplyKind.EMPTY:
        out.append(text.messages["empty_message"])
    if reply.kind is ReplyKind.HELP:
        out.append(text.messages["help_text"])
    out.extend(reply.notes)
    return [escape(line) for line in out]


def _question_part(reply: Reply, text: Labels, *, interactive: bool) -> Part | None:
    question = reply.question
    lines = question_lines(reply, text, numbered=False)
    if question is None or not lines:
        return None
    blocks = sections(_lines(lines))
    if interactive:
        buttons = [
            button(
                answer.label,
                f"{ActionId.ANSWER}:{index}",
                ButtonValue(reply.conversation, question.id, answer.value).encode(),
            )
            for index, answer in enumerate(question.answers)
        ]
        blocks.append(actions(BlockId.ANSWERS, buttons))
    return Part(tuple(blocks), rule=True)


def _tools_part(reply: Reply, text: Labels, ui: SlackTexts) -> Part:
    value = ButtonValue(reply.conversation).encode()
    escalate = button(
        ui.buttons["escalate"], ActionId.ESCALATE, value, style="danger", confirm=confirm_dialog(ui)
    )
    buttons = [escalate]
    if reply.kind is not ReplyKind.GUIDANCE:  # a GUIDANCE reply shows the checklist already
        buttons.append(button(ui.buttons["checklist"], ActionId.CHECKLIST, value))
    blocks: list[Block] = [actions(BlockId.TOOLS, buttons)]
    if reply.kind is not ReplyKind.ESCALATE:  # an ESCALATE reply opens with the offer
        blocks.insert(0, context(escape(text.messages["escalate_offer"])))
    return Part(tuple(blocks))


def _disclaimer(reply: Reply, text: Labels) -> tuple[Block, ...]:
    """The disclaimer, and the consent reminder unless a consent warning says it already."""
    lines = [text.messages["disclaimer"]]
    warnings = reply.estimate.warnings if reply.estimate else ()
    if not any(warning.code.startswith("consent") for warning in warnings):
        lines.append(text.messages["consent_reminder"])
    return (context("\n".join(escape(line) for line in lines)),)


def _heading(text: Labels, key: str) -> str:
    return f"*【{escape(text.messages[key])}】*"


def _lines(lines: Sequence[str]) -> list[str]:
    """Lines from the shared builders, escaped; the first (a 【heading】) in bold.

    The heading stays on a line of its own: Slack bolds `*…*` reliably only when the
    asterisks are not next to other Japanese characters.
    """
    out = [escape(line) for line in lines]
    return [f"*{out[0]}*", *out[1:]] if out else []


def _incident(reply: Reply) -> IncidentType | None:
    return reply.estimate.facts.incident_type if reply.estimate else None
