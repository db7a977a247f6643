"""What a reply shows and in what order: the one layout both fronts render.

A stressed reader needs, in order: what happened to their message, whom to call when they
asked for it, what the bot understood, the estimate, what to do now, the reporting duty,
the contacts, the one question, how to correct a misreading. The console and Slack only
render these sections; neither decides what is in them.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.advice.build import pays_label
from bot.advice.contacts import TOKYO
from bot.conversation.reminders import reminder_texts
from bot.conversation.reply import Change, Reply, ReplyKind
from bot.labels import Labels, labels
from bot.render.estimate import (
    breakdown_table,
    estimate_notes,
    estimate_table,
    headline,
    scenario_heading,
)
from bot.render.lines import (
    checklist_lines,
    contacts_lines,
    heading,
    question_lines,
    reporting_lines,
    steps_heading,
    understood_lines,
)
from bot.render.sections import (
    Role,
    Section,
    StepLine,
    Surface,
    states_yen,
    with_disclaimer,
)
from bot.render.table import table_lines
from coverage import IncidentType, Rider


def layout(reply: Reply, rider: Rider, surface: Surface) -> tuple[Section, ...]:
    """The sections of `reply`, in the order a reader needs them."""
    return with_disclaimer(_layout(reply, rider, surface), labels())


def _layout(reply: Reply, rider: Rider, surface: Surface) -> tuple[Section, ...]:
    text = labels()
    if reply.kind is ReplyKind.RESET:
        return (Section(Role.STATUS, (text.messages["reset_done"],)),)
    if reply.kind is ReplyKind.THANKS:
        return (Section(Role.STATUS, (text.messages["thanks"],)),)
    if reply.kind in (ReplyKind.EMPTY, ReplyKind.UNCLEAR, ReplyKind.UNDER_WAY):
        return _not_understood(reply, text, surface)
    if reply.brief:
        return _follow_up(reply, text, surface)
    out = [*_status(reply, text), *_answer(reply, text)]
    contacts_first = reply.kind in (ReplyKind.CONTACTS, ReplyKind.ESCALATE)
    if contacts_first:
        if reply.kind is ReplyKind.ESCALATE:
            key = "escalate_offer" if surface.buttons else "escalate_console"
            out.append(Section(Role.ESCALATE, (text.messages[key],)))
        out.extend(_contacts(reply, text, vendors=True))
    estimated = reply.has_yen and reply.estimate is not None
    out.append(_understood(reply, text, with_footer=not estimated))
    if reply.has_yen and reply.estimate is not None:
        notes = tuple(estimate_notes(reply.estimate, text))
        title = headline(reply.estimate, text)
        table = estimate_table(reply.estimate, text)
        out.append(Section(Role.ESTIMATE, notes, title, disclaimer(reply, text), table=table))
    if reply.advice is not None and reply.kind is not ReplyKind.HELP:
        out.append(_steps(reply, rider, text, surface))
        # The steps asked for in full bring the report form's how-to and the public desks;
        # the card points to them instead (「報告の方法は？」「連絡先」).
        asked = reply.kind is ReplyKind.GUIDANCE
        if reply.shows_reporting:
            # The full reporting rules once, then a short reminder each turn.
            full = asked or reply.turn <= 1
            report = reporting_lines(reply.advice, text, full=full, how=asked)
            out.append(Section(Role.REPORTING, tuple(report[1:]), report[0]))
        out.extend(_reminders(reply, surface))
        if not contacts_first:
            out.extend(_contacts(reply, text, vendors=reply.shows_vendors, desks=asked))
    out.extend(_question(reply, text))
    out.extend(_hint(reply, text))
    out.extend(_tools(reply, text, surface))
    return tuple(out)


def command_layout(reply: Reply) -> tuple[Section, ...]:
    """`/cyber`'s answer for an agent: what was read, the full breakdown by clause."""
    return with_disclaimer(_command_layout(reply), labels())


def _command_layout(reply: Reply) -> tuple[Section, ...]:
    text = labels()
    out = []
    if reply.kind in (ReplyKind.EMPTY, ReplyKind.UNCLEAR):
        key = "empty_message" if reply.kind is ReplyKind.EMPTY else "unclear"
        out.append(Section(Role.STATUS, (text.messages[key], *reply.notes)))
    else:
        out.extend(_status(reply, text))
    out.append(_understood(reply, text, with_footer=False))
    if reply.estimate is not None:
        if reply.estimate.facts.costs:
            out.extend(breakdown_layout(reply))
        else:  # 「まだ費用や損害の金額を伺っていません」: no figure, no headline
            notes = estimate_notes(reply.estimate, text)
            out.append(Section(Role.STATUS, (text.messages["no_costs"], *notes)))
    if reply.question_text is not None:
        question = f"{text.messages['question_heading']}: {reply.question_text}"
        out.append(Section(Role.HINT, (question,)))
    return tuple(out)


def breakdown_layout(reply: Reply) -> tuple[Section, ...]:
    """The estimate clause by clause, a table per scenario: what 「内訳」 shows.

    Each scenario is its own section (Slack takes one table a message); each carries the
    disclaimer, so no piece of a split breakdown shows a yen figure without it.
    """
    text = labels()
    result = reply.estimate
    if result is None or not result.facts.costs:
        return (Section(Role.STATUS, (text.messages["no_costs"],)),)
    # Both lines under every table: Slack posts each scenario as its own message, and the
    # consent warning among the notes would reach only the last of them.
    footer = _reminder(text)
    out = [Section(Role.STATUS, (), headline(result, text))]
    for index, item in enumerate(result.scenarios):
        title = scenario_heading(result, index, text)
        table = breakdown_table(item, text)
        out.append(Section(Role.ESTIMATE, (), title, footer, table=table))
    notes = estimate_notes(result, text)
    if notes:
        out.append(Section(Role.STATUS, tuple(notes)))
    return tuple(out)


def disclaimer(reply: Reply, text: Labels) -> tuple[str, ...]:
    """The disclaimer, and the consent reminder unless a consent warning says it already."""
    warnings = reply.estimate.warnings if reply.estimate else ()
    if any(warning.code.startswith("consent") for warning in warnings):
        return (text.messages["disclaimer"],)
    return (text.messages["disclaimer"], text.messages["consent_reminder"])


def card_steps(reply: Reply, rider: Rider) -> tuple[StepLine, ...]:
    """The card's steps, numbered: the open ones first (the next to do at the top), then
    those marked done."""
    if reply.advice is None:
        return ()
    steps = [*reply.advice.steps, *reply.advice.done_steps]
    return tuple(
        StepLine(number, step.key, _step_text(step.text, pays_label(step, rider)), mark)
        for number, step in enumerate(steps, start=1)
        for mark in [reply.mark_of(step.key)]
    )


def step_lines(step: StepLine, who: Callable[[str | None], str], text: Labels) -> list[str]:
    """A step as plain lines: its box and number, then who took it and who did it when.

    `who` names a person as the front shows people (a mention in Slack, 「あなた」 in
    the console).
    """
    mark = step.mark
    box = text.messages["step_done_box" if mark.done else "step_open_box"]
    notes = []
    if mark.owner:
        notes.append(text.messages["step_owner"].format(who=who(mark.owner)))
    if mark.done_at is not None:
        local = mark.done_at.astimezone(TOKYO)
        notes.append(
            text.messages["step_done"].format(
                who=who(mark.done_by),
                month=local.month,
                day=local.day,
                hour=local.hour,
                minute=local.minute,
            )
        )
    first = f"{box} {step.number}. {step.text}"
    return [first, *([text.messages["step_notes"] + "　".join(notes)] if notes else [])]


def console_person(user: str | None) -> str:
    """A person in the console: there is only the one at the keyboard."""
    return labels().messages["step_you"]


def text_lines(sections: tuple[Section, ...]) -> list[str]:
    """The sections as plain lines, a blank line between sections, answers numbered."""
    out: list[str] = []
    for index, section in enumerate(sections):
        if out:
            out.append("")
        if section.heading is not None:
            out.append(section.heading)
        if section.table is not None:
            out.extend(table_lines(section.table))
        out.extend(section.lines)
        for step in section.steps:
            out.extend(step_lines(step, console_person, labels()))
        if section.answers:
            numbered = enumerate(section.answers, start=1)
            out.append("  ".join(f"[{i}] {answer.label}" for i, answer in numbered))
        following = sections[index + 1] if index + 1 < len(sections) else None
        # One screen needs the disclaimer once, under the last of the figures it covers.
        if following is None or following.footer != section.footer:
            out.extend(section.footer)
    return out


def _not_understood(reply: Reply, text: Labels, surface: Surface) -> tuple[Section, ...]:
    """Say the message was not understood (or answer a question the answer base cannot,
    with its fallback), then what is known so far and the question."""
    known = bool(reply.understood or reply.costs or reply.unassigned)
    key = (
        "empty_message"
        if reply.kind is ReplyKind.EMPTY
        else "under_way"
        if reply.kind is ReplyKind.UNDER_WAY
        else "unclear_follow_up"
        if known
        else "unclear"
    )
    out = _answer(reply, text) or [Section(Role.STATUS, (text.messages[key],))]
    if known:
        out.append(_understood(reply, text, with_footer=True))
    out.extend(_question(reply, text))
    out.extend(_tools(reply, text, surface))
    return tuple(out)


def _follow_up(reply: Reply, text: Labels, surface: Surface) -> tuple[Section, ...]:
    """A follow-up once the card is shown: what changed, the question, nothing repeated.

    The card itself (facts, estimate, steps, contacts) is updated in place by the front.
    """
    out = [*_status(reply, text), *_answer(reply, text)]
    lines = [_change_line(change, text) for change in reply.changes]
    # The two short lines go with a figure: 「公表: 未定」 alone states none, even in a
    # conversation that has costs.
    footer = _reminder(text) if states_yen(lines) else ()
    # A bare question changes nothing, and a note says what the message did (a step
    # ticked, an amount not taken): no need to say so.
    if lines or not (reply.answer or reply.notes):
        out.append(
            Section(
                Role.CHANGES,
                tuple(lines or [text.messages["no_changes"]]),
                heading(text, "changes_heading"),
                footer,
            )
        )
    # An answer that sends the user to the reporting section (「下の【…報告】をご覧ください」)
    # brings it along, changed or not.
    named = f"【{text.messages['reporting_heading']}】"
    pointed = any(named in line for line in reply.answer)
    if (reply.reporting_changed or pointed) and reply.advice is not None and reply.shows_reporting:
        report = reporting_lines(reply.advice, text, full=True)
        out.append(Section(Role.REPORTING, tuple(report[1:]), report[0]))
        out.extend(_reminders(reply, surface))
    out.extend(_question(reply, text))
    out.extend(_tools(reply, text, surface))
    return tuple(out)


def _answer(reply: Reply, text: Labels) -> list[Section]:
    if not reply.answer:
        return []
    return [Section(Role.ANSWER, reply.answer, heading(text, "answer_heading"))]


def _change_line(change: Change, text: Labels) -> str:
    if change.old is None:
        return text.messages["change_new"].format(name=change.name, new=change.new)
    return text.messages["change_line"].format(name=change.name, old=change.old, new=change.new)


def _status(reply: Reply, text: Labels) -> list[Section]:
    lines = text.messages["help_text"].splitlines() if reply.kind is ReplyKind.HELP else []
    lines.extend(reply.notes)
    return [Section(Role.STATUS, tuple(lines))] if lines else []


def _understood(reply: Reply, text: Labels, *, with_footer: bool) -> Section:
    """What was understood; with the disclaimer when no estimate follows its amounts."""
    lines = understood_lines(reply, text)
    amounts = bool(reply.costs or reply.unassigned)
    footer = _reminder(text) if with_footer and amounts else ()
    return Section(Role.UNDERSTOOD, tuple(lines[1:]), lines[0], footer)


def _reminder(text: Labels) -> tuple[str, ...]:
    """The disclaimer and the consent reminder, where no estimate (with its consent
    warning) is shown beside the amounts."""
    return (text.messages["disclaimer"], text.messages["consent_reminder"])


def _steps(reply: Reply, rider: Rider, text: Labels, surface: Surface) -> Section:
    """What to do now, with the team's marks; the card's steps can be ticked and taken."""
    assert reply.advice is not None
    if reply.kind is ReplyKind.GUIDANCE:
        title = heading(text, "next_steps_heading", text.messages["all_steps_suffix"])
        return Section(Role.STEPS, tuple(checklist_lines(reply.advice, rider)), title)
    title = steps_heading(reply.advice, text)
    steps = card_steps(reply, rider)
    done = sum(step.mark.done for step in steps)
    lines = [text.messages["steps_progress"].format(total=len(steps), done=done)]
    # Only the card is ticked: a tick updates the card, not the reply it was in.
    tickable = reply.kind is ReplyKind.ESTIMATE and not reply.brief
    if tickable:
        lines.append(text.messages["steps_hint_slack" if surface.buttons else "steps_hint_console"])
    return Section(Role.STEPS, tuple(lines), title, steps=steps, tickable=tickable)


def _step_text(step: str, pays: str | None) -> str:
    return step + (f"（→ {pays}）" if pays else "")


def _reminders(reply: Reply, surface: Surface) -> list[Section]:
    """The reminders, with their times in Japan time: set in Slack, listed in the console."""
    if not reply.reminders:
        return []
    t = reminder_texts().texts
    lines = []
    for reminder in reply.reminders:
        local = reminder.post_at.astimezone(TOKYO)
        lines.append(
            t["line"].format(
                month=local.month,
                day=local.day,
                hour=local.hour,
                minute=local.minute,
                what=reminder.what,
            )
        )
    lines.append(t["scheduled" if surface.buttons else "console"])
    return [Section(Role.REMINDERS, tuple(lines), f"【{t['heading']}】")]


def _contacts(reply: Reply, text: Labels, *, vendors: bool, desks: bool = True) -> list[Section]:
    if reply.advice is None:
        return []
    lines = contacts_lines(reply.advice, _incident(reply), vendors=vendors, desks=desks, text=text)
    return [Section(Role.CONTACTS, tuple(lines), heading(text, "contacts_heading"))]


def _question(reply: Reply, text: Labels) -> list[Section]:
    lines = question_lines(reply, text)
    if reply.question is None or not lines:
        return []
    return [Section(Role.QUESTION, tuple(lines[1:]), lines[0], answers=reply.question.answers)]


def _hint(reply: Reply, text: Labels) -> list[Section]:
    if not (reply.understood or reply.costs):
        return []
    return [Section(Role.HINT, (text.messages["correction_hint"],))]


def _tools(reply: Reply, text: Labels, surface: Surface) -> list[Section]:
    """The escalation offer, where the front has the button (an ESCALATE reply has it)."""
    if not surface.buttons:
        return []
    offered = reply.kind is ReplyKind.ESCALATE
    return [Section(Role.TOOLS, () if offered else (text.messages["escalate_offer"],))]


def _incident(reply: Reply) -> IncidentType | None:
    return reply.estimate.facts.incident_type if reply.estimate else None
