"""The reply model as plain text, for the console (and Slack's fallback `text`)."""

from __future__ import annotations

from bot.conversation.reply import Reply, ReplyKind
from bot.labels import Labels, labels
from bot.render.estimate import summary_lines
from bot.render.lines import checklist_lines, contacts_lines, reporting_lines, steps_lines
from coverage import Rider, yen


def understood_lines(reply: Reply, text: Labels) -> list[str]:
    """What the bot understood so far, so a misreading can be corrected."""
    out = [f"【{text.messages['understood_heading']}】"]
    items = [f"・{name}: {value}" for name, value in reply.understood]
    items += [f"・{name}: {text.messages['said_unknown_value']}" for name in reply.said_unknown]
    items += [f"・{cost.clause}: {yen(cost.yen)}" for cost in reply.costs]
    if reply.unassigned:
        amounts = "、".join(yen(v) for v in reply.unassigned)
        items.append(f"・{text.messages['unassigned_label']}: {amounts}")
    out.extend(items or [text.messages["understood_none"]])
    return out


def question_lines(reply: Reply, text: Labels, numbered: bool = True) -> list[str]:
    """The one question of this turn, with its quick answers."""
    if reply.question is None or reply.question_text is None:
        return []
    out = [f"【{text.messages['question_heading']}】", reply.question_text]
    if numbered:
        out.append(
            "  ".join(f"[{i}] {a.label}" for i, a in enumerate(reply.question.answers, start=1))
        )
    return out


def render_text(reply: Reply, rider: Rider, text: Labels | None = None) -> str:
    """Every part of the reply, in the order a stressed reader needs it."""
    text = text or labels()
    if reply.kind is ReplyKind.RESET:
        return text.messages["reset_done"]
    out: list[str] = []
    if reply.kind in (ReplyKind.EMPTY, ReplyKind.UNCLEAR):
        out.append(text.messages["empty_message" if reply.kind is ReplyKind.EMPTY else "unclear"])
        if reply.understood or reply.costs:
            out.append("")
            out.extend(understood_lines(reply, text))
            if reply.costs or reply.unassigned:
                out.append(text.messages["disclaimer"])
        questions = question_lines(reply, text)
        if questions:
            out.append("")
            out.extend(questions)
        return "\n".join(out)
    if reply.kind is ReplyKind.HELP:
        out.append(text.messages["help_text"])
    out.extend(reply.notes)
    if out:
        out.append("")
    advice = reply.advice
    facts = reply.estimate.facts if reply.estimate else None
    kind = facts.incident_type if facts else None
    if reply.kind in (ReplyKind.CONTACTS, ReplyKind.ESCALATE) and advice is not None:
        if reply.kind is ReplyKind.ESCALATE:
            out.append(text.messages["escalate_console"])
        out.append(f"【{text.messages['contacts_heading']}】")
        out.extend(contacts_lines(advice, kind))
        out.append("")
    out.extend(understood_lines(reply, text))
    if reply.has_yen and reply.estimate is not None:
        out.append("")
        out.extend(summary_lines(reply.estimate, text))
        out.append(text.messages["disclaimer"])
        if not any(w.code.startswith("consent") for w in reply.estimate.warnings):
            out.append(text.messages["consent_reminder"])
    if advice is not None and reply.kind is not ReplyKind.HELP:
        out.append("")
        if reply.kind is ReplyKind.GUIDANCE:
            out.append(f"【{text.messages['next_steps_heading']}（全項目）】")
            out.extend(checklist_lines(advice, rider))
        else:
            out.extend(steps_lines(advice, rider, text))
        if reply.shows_reporting:
            out.append("")
            full = reply.kind is ReplyKind.GUIDANCE or reply.turn <= 1
            out.extend(reporting_lines(advice, text, full=full))
        if reply.kind not in (ReplyKind.CONTACTS, ReplyKind.ESCALATE):
            out.append("")
            out.append(f"【{text.messages['contacts_heading']}】")
            out.extend(contacts_lines(advice, kind, vendors=reply.shows_vendors))
    questions = question_lines(reply, text)
    if questions:
        out.append("")
        out.extend(questions)
    if reply.understood or reply.costs:
        out.append(text.messages["correction_hint"])
    return "\n".join(out)
