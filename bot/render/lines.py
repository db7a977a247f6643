"""The parts of a reply as plain lines of text; `bot.render.layout` orders them.

Lines are plain text for every front: Slack escapes them and turns the phone numbers into
`tel:` links itself.
"""

from __future__ import annotations

from bot.advice.build import Advice, pays_label
from bot.advice.reporting import ReportingStatus
from bot.conversation.reply import ATTACK_TYPES, Reply
from bot.labels import Labels, labels
from coverage import IncidentType, Rider, yen

# The incident types for which the specialist vendors are listed: attacks, and an
# incident not yet typed.
_CYBER = {None, *ATTACK_TYPES}


def heading(text: Labels, key: str, suffix: str = "") -> str:
    """「【緊急連絡先】」: a message's heading line."""
    return f"【{text.messages[key]}{suffix}】"


def understood_lines(reply: Reply, text: Labels) -> list[str]:
    """What the bot understood so far, each with the words it was read from, so a
    misreading can be seen and corrected: 「・公表: していない（「公表はまだでした」より）」."""
    out = [heading(text, "understood_heading")]
    items = [f"・{item.name}: {item.value}{source(item.quote, text)}" for item in reply.understood]
    items += [f"・{name}: {value}" for name, value in reply.said_unknown]
    items += [f"・{cost.clause}: {yen(cost.yen)}{source(cost.quote, text)}" for cost in reply.costs]
    if reply.unassigned:
        amounts = "、".join(yen(v) for v in reply.unassigned)
        items.append(f"・{text.messages['unassigned_label']}: {amounts}")
    out.extend(items or [text.messages["understood_none"]])
    return out


def source(quote: str | None, text: Labels) -> str:
    """「（「公表はまだでした」より）」 after a fact, or nothing when its source is unknown."""
    return text.messages["evidence_quote"].format(quote=quote) if quote else ""


def question_lines(reply: Reply, text: Labels) -> list[str]:
    """The one question of this turn (its quick answers are the front's to show)."""
    if reply.question is None or reply.question_text is None:
        return []
    return [heading(text, "question_heading"), reply.question_text]


def steps_heading(advice: Advice, text: Labels) -> str:
    """「【今すべきこと（初動対応）】」: the heading of the few steps that matter now."""
    return heading(text, "next_steps_heading", f"（{advice.phase_label}）")


def checklist_lines(advice: Advice, rider: Rider) -> list[str]:
    """The whole checklist for the incident type, phase by phase; a step ticked done is
    marked so, as on the card, so the list does not ask again for what was done."""
    out: list[str] = []
    done = {step.key for step in advice.done_steps}
    for group in advice.checklist:
        out.append(f"■ {group.label}")
        for step in group.steps:
            pays = pays_label(step, rider)
            mark = "☑ " if step.key in done else "・"
            out.append(f"{mark}{step.text}" + (f"（→ {pays}）" if pays else ""))
    return out


def reporting_lines(
    advice: Advice, text: Labels | None = None, *, full: bool = True, how: bool = True
) -> list[str]:
    """Reporting duties under 個人情報保護法: the rule, the deadlines as dates when known.

    With nothing fired yet and `full` false, one sentence says what would make a report
    necessary, so the same long list is not repeated every turn. With `how` false, the
    form, the sector rule and the lawyer (the same for every case) give way to one line
    saying how to ask for them: the card is read on a phone in the first minutes.
    """
    text = text or labels()
    report = advice.reporting
    title = heading(text, "reporting_heading")
    if report.status is ReportingStatus.NOT_YET_INDICATED and not full:
        return [title, text.messages["reporting_short"]]
    out = [title, report.summary]
    out.extend(f"・{fired.reason}" for fired in report.fired)
    if report.status is not ReportingStatus.NOT_YET_INDICATED:
        out.extend(f"・{duty}" for duty in report.duties)
    out.extend(f"・{condition}" for condition in report.conditions)
    if full:
        out.extend(f"※ {note}" for note in (*report.exemptions, *report.notices))
        if how:
            out.extend(f"※ {note}" for note in report.how)
        elif report.how:
            out.append(f"※ {text.messages['reporting_how_pointer']}")
    if report.question:
        out.append(report.question)
    return out


def contacts_lines(
    advice: Advice,
    incident_type: IncidentType | None,
    *,
    vendors: bool = True,
    desks: bool = True,
    text: Labels | None = None,
) -> list[str]:
    """The insurer's 24h line, the desk with its open/closed state, the specialist vendors.

    With `desks` false, the public desks (police, IPA, JPCERT/CC, the commission) give way
    to one line saying how to ask for them, so the card stays short on a phone.
    """
    contacts = advice.contacts
    line, desk = contacts.accident_line, contacts.customer_desk
    out = [
        f"・{line.name}（{line.hours}）: {line.phone}",
        f"・{desk.name}（{desk.hours}）: {desk.phone}",
        f"  {advice.desk.message}",
    ]
    if vendors and incident_type in _CYBER:
        out.append(contacts.vendor_notes.intro)
        out.extend(f"・{v.company}「{v.service}」: {v.phone} {v.url}" for v in contacts.vendors)
        out.append(contacts.vendor_notes.paid_service)
        out.append(contacts.vendor_notes.free_choice)
    public = incident_type in _CYBER or (incident_type is not IncidentType.MEDIA and vendors)
    if public and desks:
        out.extend(
            f"・{d.name}: " + " ".join(filter(None, (d.phone, d.dial, d.url)))
            for d in contacts.public_desks
        )
    elif public:
        out.append(f"・{(text or labels()).messages['contacts_more']}")
    return out


def phones(advice: Advice) -> tuple[str, ...]:
    """Every phone number the contacts lines can show, for a front that links them."""
    contacts = advice.contacts
    numbers = [contacts.accident_line.phone, contacts.customer_desk.phone]
    numbers += [vendor.phone for vendor in contacts.vendors]
    numbers += [desk.phone for desk in contacts.public_desks if desk.phone]
    return tuple(numbers)
