"""The claim file as Markdown: the 事故報告メモ, then the draft report to 個人情報保護委員会.

The one rendering of the file: `cyberbot claim` prints it, the console shows it, and
Slack uploads it into the thread. Every yen figure is followed by the disclaimer, and the
costs by the consent reminder.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from bot.advice.contacts import jst_fields
from bot.advice.reporting import ReportingStatus, final_days
from bot.claim.describe import line, report_text
from bot.claim.file import ClaimFile
from bot.claim.items import ClaimItem
from bot.claim.texts import claim_texts
from bot.claim.timeline import Event
from bot.labels import labels
from bot.render.estimate import estimate_lines
from coverage import CostKey, yen


def claim_markdown(cf: ClaimFile) -> str:
    """The whole file: the memo for the insurer, then the PPC draft."""
    return "\n".join([*memo_lines(cf), "", "---", "", *ppc_lines(cf)]) + "\n"


def memo_lines(cf: ClaimFile) -> list[str]:
    """The 事故報告メモ: what an insurer's claims handler needs to open the claim."""
    m, words = claim_texts().memo, claim_texts()
    facts = cf.facts
    out = [
        f"# {m['title']}",
        "",
        m["made_at"].format(**jst_fields(cf.made_at)),
        "",
        f"> {m['note']}",
    ]
    agent = cf.policy.agent
    if agent and cf.policy.agent_phone:
        agent = f"{agent}（{cf.policy.agent_phone}）"
    out += _section(
        m["policy"],
        {
            m["policy_number"]: cf.policy.number,
            m["policyholder"]: cf.policy.holder,
            m["agent"]: agent,
        },
    )
    out += _section(
        m["reporter"],
        {m["reporter_user"]: cf.reporter, m["contact"]: cf.said(ClaimItem.CONTACT)},
    )
    out += _section(
        m["discovery"],
        {
            m["discovered_on"]: _date(cf.discovered_on) or cf.said(ClaimItem.DISCOVERED_ON),
            m["detection"]: _fact(cf, "detection", ClaimItem.DETECTION),
            m["discovered_by"]: cf.said(ClaimItem.DISCOVERED_BY),
        },
    )
    first = " ".join(cf.first_report.split()) if cf.first_report else None
    out += _section(
        m["what"],
        {
            m["incident_type"]: _fact(cf, "incident_type", ClaimItem.INCIDENT_TYPE),
            m["access"]: _fact(cf, "unauthorized_access", ClaimItem.UNAUTHORIZED_ACCESS),
            m["first_report"]: f"「{first}」" if first else None,
        },
    )
    kinds = claim_texts().texts["list_separator"].join(words.data_kinds[k] for k in cf.data_kinds)
    out += _section(
        m["affected"],
        {
            m["systems"]: cf.said(ClaimItem.SYSTEMS),
            m["data_kinds"]: kinds or None,
            m["data_items"]: cf.said(ClaimItem.DATA_ITEMS),
        },
    )
    out += _section(
        m["victims"],
        {
            m["individuals"]: _count(facts.individuals, "individuals")
            or cf.said(ClaimItem.INDIVIDUALS),
            m["corporations"]: _count(facts.corporations, "corporations"),
        },
    )
    damages = facts.costs.get(CostKey.DAMAGES)
    out += _section(
        m["claims"],
        {
            m["damages_amount"]: yen(damages) if damages else None,
            m["damages_claims"]: cf.said(ClaimItem.DAMAGES_CLAIMS),
        },
    )
    out += [
        "",
        f"## {m['announced']}",
        f"- {_fact(cf, 'announced', ClaimItem.ANNOUNCED) or m['unknown']}",
    ]
    out += ["", f"## {m['reports']}", *_reports(cf)]
    out += ["", f"## {m['vendors']}", f"- {cf.said(ClaimItem.VENDORS) or m['unknown']}"]
    out += ["", f"## {m['costs']}", *_costs(cf)]
    out += ["", f"## {m['estimate']}", *_estimate(cf)]
    out += ["", f"## {m['unknowns']}"]
    out += [f"- {words.items[i.value].label}" for i in cf.missing] or [m["no_unknowns"]]
    out += ["", f"## {m['timeline']}"]
    out += [f"- {line(event, cf.rider)}" for event in cf.timeline] or [m["no_timeline"]]
    return out


def ppc_lines(cf: ClaimFile) -> list[str]:
    """The draft of the report to 個人情報保護委員会: the nine items of 規則8条1項 with the
    deadlines; 「未確認」 where the conversation does not say."""
    p, m, words = claim_texts().ppc, claim_texts().memo, claim_texts()
    report, facts = cf.reporting, cf.facts
    out = [f"# {p['title']}", "", f"> {p['route']}", "", f"## {p['status']}", report.summary]
    if report.fired:
        out += ["", f"{p['triggers']}:", *(f"- {f.reason}" for f in report.fired)]
    out += ["", f"## {p['deadlines']}"]
    if report.deadlines is not None:
        d = report.deadlines
        out.append(
            "- "
            + p["preliminary"].format(start=_date(d.preliminary_from), end=_date(d.preliminary_by))
        )
        out.append("- " + p["final"].format(end=_date(d.final_by), days=d.final_days))
    else:
        days = final_days(any(f.trigger.value == "wrongful_purpose" for f in report.fired))
        out.append("- " + p["no_dates"].format(days=days))
    if cf.ppc_reports:
        out += [f"- {p['reported']}: {_report_line(e)}" for e in cf.ppc_reports]
    summary = p["summary_line"].format(
        discovered=_date(cf.discovered_on) or m["unknown"],
        detection=_fact(cf, "detection", None) or m["unknown"],
        incident=_fact(cf, "incident_type", None) or m["unknown"],
        access=_fact(cf, "unauthorized_access", None) or m["unknown"],
    )
    kinds = words.texts["list_separator"].join(words.data_kinds[k] for k in cf.data_kinds)
    data = cf.said(ClaimItem.DATA_ITEMS) or kinds or None
    persons = _count(facts.individuals, "individuals") or cf.said(ClaimItem.INDIVIDUALS)
    announced = None if facts.announced is None else p[f"announced_{str(facts.announced).lower()}"]
    others = [_report_line(e) for e in cf.reports if e not in cf.ppc_reports]
    if cf.said(ClaimItem.VENDORS):
        others.append(f"{m['vendors']}: {cf.said(ClaimItem.VENDORS)}")
    if cf.said(ClaimItem.SYSTEMS):
        others.append(f"{m['systems']}: {cf.said(ClaimItem.SYSTEMS)}")
    out += ["", f"## {p['items']}"]
    items: list[tuple[str, str | None]] = [
        (p["summary"], summary),
        (p["data_items"], data),
        (p["persons"], persons),
        (p["cause"], cf.said(ClaimItem.CAUSE)),
        (p["secondary"], cf.said(ClaimItem.SECONDARY_DAMAGE)),
        (p["response"], cf.said(ClaimItem.PERSONS_RESPONSE)),
        (p["announced"], announced or cf.said(ClaimItem.ANNOUNCED)),
        (p["prevention"], cf.said(ClaimItem.PREVENTION)),
        (p["other"], claim_texts().texts["list_separator"].join(others) or None),
    ]
    for heading, value in items:
        out += ["", f"### {heading}", value or m["unknown"]]
    if report.status is ReportingStatus.NOT_YET_INDICATED and report.conditions:
        out += ["", *(f"- {c}" for c in report.conditions)]
    return out


def _section(title: str, rows: Mapping[str, str | None]) -> list[str]:
    m = claim_texts().memo
    return [
        "",
        f"## {title}",
        *(m["item"].format(label=k, value=v or m["unknown"]) for k, v in rows.items()),
    ]


def _fact(cf: ClaimFile, fact: str, item: ClaimItem | None) -> str | None:
    """A fact's label, else the user's own words for its item, else None."""
    value = getattr(cf.facts, fact)
    if value is not None:
        return labels().value(fact, value if isinstance(value, bool) else str(value.value))
    return cf.said(item) if item is not None else None


def _count(value: int | None, fact: str) -> str | None:
    return None if value is None else f"{value:,}{labels().units[fact]}"


def _date(day: date | None) -> str | None:
    if day is None:
        return None
    return claim_texts().memo["date"].format(year=day.year, month=day.month, day=day.day)


def _report_line(event: Event) -> str:
    day = claim_texts().memo["date"].format(**jst_fields(event.at))
    return claim_texts().memo["report_line"].format(report=report_text(event), date=day)


def _reports(cf: ClaimFile) -> list[str]:
    m = claim_texts().memo
    lines = [f"- {_report_line(e)}" for e in cf.reports]
    said = cf.said(ClaimItem.REPORTS)
    if said:
        lines.append(f"- {said}")
    return lines or [f"- {m['unknown']}"]


def _costs(cf: ClaimFile) -> list[str]:
    m, text = claim_texts().memo, labels().messages
    if not cf.costs:
        return [m["no_costs"]]
    consent = claim_texts().consent
    out = []
    for row in cf.costs:
        if row.key is CostKey.DAMAGES:
            out.append("- " + m["damages_line"].format(clause=row.clause, amount=yen(row.yen)))
        else:
            state = "unknown" if row.consent is None else str(row.consent).lower()
            out.append(
                "- "
                + m["cost_line"].format(
                    clause=row.clause, amount=yen(row.yen), consent=consent[state]
                )
            )
    return [*out, "", text["disclaimer"], text["consent_reminder"]]


def _estimate(cf: ClaimFile) -> list[str]:
    lines = estimate_lines(cf.estimate)
    if not cf.facts.costs:
        return lines
    return [*lines, labels().messages["consent_reminder"]]
