"""The parts a reply is laid out in, and the rule that keeps every yen figure with its
disclaimer: what `bot.render.layout` builds and both fronts render."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from enum import StrEnum

from bot.conversation.questions import QuickAnswer
from bot.conversation.reply import StepMark
from bot.labels import Labels
from bot.render.table import Table


class Role(StrEnum):
    """What a section is for; a front may style each role its own way."""

    STATUS = "status"  # what became of the message: unreadable, unclear, help, notes
    CHANGES = "changes"  # a follow-up: what the message changed on the card
    ANSWER = "answer"  # the answer to what the message asked
    ESCALATE = "escalate"  # how to reach the 24h line, when the user asked for it
    CONTACTS = "contacts"
    UNDERSTOOD = "understood"
    ESTIMATE = "estimate"
    STEPS = "steps"
    REPORTING = "reporting"
    REMINDERS = "reminders"  # the reminders set (Slack) or that Slack would set (console)
    QUESTION = "question"
    HINT = "hint"  # how to correct a misreading
    TOOLS = "tools"  # the escalation offer beside the front's buttons


@dataclass(frozen=True)
class Surface:
    """What the front can do that changes the words: buttons, or none.

    With buttons the bot offers the escalation as a button; without, it says to call.
    """

    buttons: bool


CONSOLE = Surface(buttons=False)
SLACK = Surface(buttons=True)


@dataclass(frozen=True)
class StepLine:
    """One step on the card: its number, what to do, and what the team recorded on it.

    Attributes:
        number: Its number on the card (the console's 「2 完了」 names it by this).
        key: The step's key, for the front to send back with a tick.
        text: What to do, with the coverage that pays for it.
        mark: Who took it, who did it and when.
    """

    number: int
    key: str
    text: str
    mark: StepMark


@dataclass(frozen=True)
class Section:
    """One part of a reply: an optional heading line, its lines, a footer.

    Attributes:
        role: What the section is for.
        lines: Plain text lines (a front escapes them as it needs).
        heading: The heading line, e.g. 「【緊急連絡先】」 or the estimate's headline.
        table: A table shown under the heading, before the lines (the scenarios side
            by side, a breakdown by clause).
        steps: The card's steps, after the lines: a front with buttons shows them as
            checkboxes when `tickable`, else as `step_lines`.
        tickable: The steps can be ticked and taken here (the card itself).
        footer: Lines that must stay with the section wherever it is split (the
            disclaimer of a yen figure).
        answers: The quick answers of a question, for the front to show as buttons or
            numbers.
    """

    role: Role
    lines: tuple[str, ...] = ()
    heading: str | None = None
    footer: tuple[str, ...] = ()
    answers: tuple[QuickAnswer, ...] = ()
    table: Table | None = None
    steps: tuple[StepLine, ...] = ()
    tickable: bool = False


# A yen figure as the replies write it: 「1,500,000円」「150万円」「300円」.
_YEN = re.compile(r"[0-9０-９][0-9,，０-９]*(?:万|億)?円")
# Sections whose figures are examples of how to write one (「例：「調査費300万円」」).
_EXAMPLES = frozenset({Role.QUESTION, Role.HINT, Role.TOOLS})


def states_yen(lines: tuple[str, ...] | list[str]) -> bool:
    """Whether any of `lines` states a yen figure (「1,500,000円」「150万円」)."""
    return any(_YEN.search(line) for line in lines)


def with_disclaimer(sections: tuple[Section, ...], text: Labels) -> tuple[Section, ...]:
    """`sections`, the disclaimer and the consent reminder added under the last one that
    states a yen figure, unless a section says them already.

    Every figure the bot repeats is guidance on spending, wherever it appears: an amount it
    could not place (「1,500,000円 は何の費用か…」), an answer that quotes one. The sections
    built around an estimate carry their own footer; this keeps the rule for the rest.
    """
    said = text.messages["disclaimer"]
    if any(said in section.footer or said in section.lines for section in sections):
        return sections
    last = None
    for index, section in enumerate(sections):
        if section.role in _EXAMPLES:
            continue
        if states_yen(_texts(section)):
            last = index
    if last is None:
        return sections
    section = sections[last]
    footer = (*section.footer, text.messages["disclaimer"], text.messages["consent_reminder"])
    return (*sections[:last], replace(section, footer=footer), *sections[last + 1 :])


def _texts(section: Section) -> list[str]:
    cells = [cell for row in section.table.rows for cell in row] if section.table else []
    return [section.heading or "", *section.lines, *cells]
