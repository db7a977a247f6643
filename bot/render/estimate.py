"""A readable Japanese breakdown of an estimate, as plain text lines."""

from __future__ import annotations

from bot.labels import Labels, labels
from coverage import Estimate, Line, Scenario, yen, yen_span


def assumption_label(item: Scenario, text: Labels) -> str:
    """「不正アクセス等の有無: あり・公表: 公表していない」 for a scenario's assumptions."""
    parts = [
        f"{text.facts[name]}: {text.value(name, value)}" for name, value in item.assumptions.items()
    ]
    return "・".join(parts)


def _line(line: Line, text: Labels) -> str:
    steps = [f"{text.messages['claimed_label']} {yen(line.claimed)}"]
    steps.extend(f"{cut.reason} → {yen(cut.after)}" for cut in line.cuts)
    return f"  {line.clause}: " + " → ".join(steps)


def scenario_lines(item: Scenario, text: Labels) -> list[str]:
    """Per key, claimed → each cut with its reason; groups, caps, damages and the total."""
    out: list[str] = []
    if item.lines:
        out.append(f"■ {text.messages['expenses_heading']}")
        out.extend(_line(line, text) for line in item.lines)
        for group in item.groups:
            if group.paid < group.subtotal:
                out.append(
                    f"  {group.clause}: {yen(group.subtotal)} → "
                    f"{text.messages['limit_label']} {yen(group.limit)} "
                    f"→ {yen(group.paid)}"
                )
        out.append(f"  {text.messages['expense_subtotal']}: {yen(item.expense_subtotal)}")
        out.extend(
            f"  {cut.reason}（{cut.clause}） → {yen(cut.after)}" for cut in item.expense_cuts
        )
    if item.damages_claimed:
        claimed = f"{text.messages['claimed_label']} {yen(item.damages_claimed)}"
        out.append(f"■ {text.messages['damages_heading']}: {claimed}")
        out.extend(f"  {cut.reason} → {yen(cut.after)}" for cut in item.damages_cuts)
    out.extend(f"  {cut.reason}（{cut.clause}） → {yen(cut.after)}" for cut in item.total_cuts)
    out.append(f"{text.messages['total_label']}: {yen(item.total)}")
    return out


def estimate_lines(result: Estimate, text: Labels | None = None) -> list[str]:
    """The whole estimate: the figure or the range, each scenario, warnings, the disclaimer."""
    text = text or labels()
    out: list[str] = []
    out.append(headline(result, text) if result.facts.costs else text.messages["no_costs"])
    for index, item in enumerate(result.scenarios, start=1):
        if result.facts.costs:
            if item.assumptions:
                out.append("")
                out.append(
                    f"〔{text.messages['scenario_heading']}{index}〕{assumption_label(item, text)}"
                    f" → {yen(item.total)}"
                )
            out.extend(scenario_lines(item, text))
    if result.condolence_if_paid:
        out.append(
            text.messages["condolence_if_paid"].format(amount=yen(result.condolence_if_paid))
        )
    out.extend(f"⚠ {warning.message}" for warning in result.warnings)
    if result.facts.costs:
        out.append(text.messages["disclaimer"])
    return out


def headline(result: Estimate, text: Labels | None = None) -> str:
    """「【補償額の見込み】2,000,000円」 or the range when the scenarios differ."""
    text = text or labels()
    figure = f"【{text.messages['estimate_heading']}】{yen_span(result.min, result.max)}"
    return figure if result.total is not None else f"{figure}（{text.messages['range_heading']}）"


def _reason(item: Scenario, text: Labels) -> str:
    """Why the scenario pays what it does: nothing, the reduced rate, or its last cut."""
    cuts = [*item.expense_cuts, *item.total_cuts]
    if item.ratio_percent == 0:
        return text.messages["scenario_not_payable"]
    if item.ratio_percent < 100:
        reduced = text.messages["scenario_reduced"]
        return reduced.format(ratio=item.ratio_percent, cap=yen(item.expense_cap))
    return cuts[-1].reason if cuts else text.messages["scenario_usual_limit"]


def summary_lines(result: Estimate, text: Labels | None = None) -> list[str]:
    """A chat-sized estimate: the headline, then each scenario side by side, or the details."""
    text = text or labels()
    out = [headline(result, text)]
    if len(result.scenarios) > 1:
        for item in result.scenarios:
            out.append(
                f"・{assumption_label(item, text)} → {yen(item.total)}（{_reason(item, text)}）"
            )
    else:
        out.extend(scenario_lines(result.scenarios[0], text))
    if result.condolence_if_paid:
        out.append(
            text.messages["condolence_if_paid"].format(amount=yen(result.condolence_if_paid))
        )
    out.extend(f"⚠ {warning.message}" for warning in result.warnings)
    return out
