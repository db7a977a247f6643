"""The parts of a reply as lines of text, shared by the console and Slack renderers.

Phone numbers go through a formatter so Slack can make them `tel:` links while the
console prints them plainly.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.advice.build import Advice, pays_label
from bot.advice.contacts import tel_uri
from bot.advice.reporting import ReportingStatus
from bot.labels import Labels, labels
from coverage import IncidentType, Rider

PhoneFormat = Callable[[str], str]
_CYBER = {
    None,
    IncidentType.MALWARE,
    IncidentType.UNAUTHORIZED_ACCESS,
    IncidentType.DDOS,
    IncidentType.SUSPECTED,
}


def plain_phone(phone: str) -> str:
    """The console's phone format: as written."""
    return phone


def slack_phone(phone: str) -> str:
    """Slack's phone format: a tappable `tel:` link."""
    return f"<{tel_uri(phone)}|{phone}>"


def steps_lines(advice: Advice, rider: Rider, text: Labels) -> list[str]:
    """The few steps that matter now, each with the coverage that pays for it."""
    out = [f"【{text.messages['next_steps_heading']}（{advice.phase_label}）】"]
    for number, step in enumerate(advice.steps, start=1):
        pays = pays_label(step, rider)
        out.append(f"{number}. {step.text}" + (f"（→ {pays}）" if pays else ""))
    return out


def checklist_lines(advice: Advice, rider: Rider) -> list[str]:
    """The whole checklist for the incident type, phase by phase."""
    out: list[str] = []
    for group in advice.checklist:
        out.append(f"■ {group.label}")
        for step in group.steps:
            pays = pays_label(step, rider)
            out.append(f"・{step.text}" + (f"（→ {pays}）" if pays else ""))
    return out


def reporting_lines(advice: Advice, text: Labels | None = None, *, full: bool = True) -> list[str]:
    """Reporting duties under 個人情報保護法: the rule, the deadlines as dates when known.

    With nothing fired yet and `full` false, one sentence says what would make a report
    necessary, so the same long list is not repeated every turn.
    """
    report = advice.reporting
    heading = "【個人情報保護委員会への報告】"
    if report.status is ReportingStatus.NOT_YET_INDICATED and not full:
        return [heading, (text or labels()).messages["reporting_short"]]
    out = [heading, report.summary]
    out.extend(f"・{fired.reason}" for fired in report.fired)
    if report.status is not ReportingStatus.NOT_YET_INDICATED:
        out.extend(f"・{duty}" for duty in report.duties)
    out.extend(f"・{condition}" for condition in report.conditions)
    if report.question:
        out.append(report.question)
    return out


def contacts_lines(
    advice: Advice,
    incident_type: IncidentType | None,
    phone: PhoneFormat = plain_phone,
    *,
    vendors: bool = True,
) -> list[str]:
    """The insurer's 24h line, the desk with its open/closed state, the specialist vendors."""
    contacts = advice.contacts
    line, desk = contacts.accident_line, contacts.customer_desk
    out = [
        f"・{line.name}（{line.hours}）: {phone(line.phone)}",
        f"・{desk.name}（{desk.hours}）: {phone(desk.phone)}",
        f"  {advice.desk.message}",
    ]
    if vendors and incident_type in _CYBER:
        out.append(contacts.vendor_notes.intro)
        out.extend(
            f"・{v.company}「{v.service}」: {phone(v.phone)} {v.url}" for v in contacts.vendors
        )
        out.append(contacts.vendor_notes.paid_service)
        out.append(contacts.vendor_notes.free_choice)
    return out
