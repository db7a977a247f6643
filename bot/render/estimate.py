"""A readable Japanese breakdown of an estimate, as plain text lines."""

from __future__ import annotations

from bot.labels import Labels, labels
from bot.render.table import Align, Column, Table
from coverage import Cut, Estimate, Line, Scenario, yen, yen_span


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


def estimate_notes(result: Estimate, text: Labels | None = None) -> list[str]:
    """What goes under the estimate's table: the condolence money aside, the warnings."""
    text = text or labels()
    out = []
    if result.condolence_if_paid:
        out.append(
            text.messages["condolence_if_paid"].format(amount=yen(result.condolence_if_paid))
        )
    out.extend(f"⚠ {warning.message}" for warning in result.warnings)
    return out


def estimate_table(result: Estimate, text: Labels | None = None) -> Table:
    """The card's table: the scenarios side by side, or the one scenario by clause."""
    if len(result.scenarios) > 1:
        return scenario_table(result, text)
    return breakdown_table(result.scenarios[0], text)


def scenario_heading(result: Estimate, index: int, text: Labels | None = None) -> str:
    """「〔前提1〕不正アクセス等の有無: あり → 2,000,000円」, or the headline of one scenario."""
    text = text or labels()
    item = result.scenarios[index]
    if len(result.scenarios) == 1:  # the headline above already gives the figure
        return text.messages["breakdown_heading"]
    label = assumption_label(item, text)
    return f"〔{text.messages['scenario_heading']}{index + 1}〕{label} → {yen(item.total)}"


def scenario_table(result: Estimate, text: Labels | None = None) -> Table:
    """The scenarios side by side: what each assumes, its ratio, its expense cap, its payout."""
    text = text or labels()
    columns = (
        Column(text.messages["column_assumptions"], wrap=True),
        Column(text.messages["column_ratio"], Align.RIGHT),
        Column(text.messages["column_cap"], Align.RIGHT),
        Column(text.messages["column_payout"], Align.RIGHT),
    )
    rows = tuple(
        (
            assumption_label(item, text) or "—",
            f"{item.ratio_percent}%",
            yen(item.expense_cap),
            yen(item.total),
        )
        for item in result.scenarios
    )
    return Table(columns, rows)


def breakdown_table(item: Scenario, text: Labels | None = None) -> Table:
    """One scenario clause by clause: claimed, each cut with its reason, what is paid."""
    text = text or labels()
    columns = (
        Column(text.messages["column_item"], wrap=True),
        Column(text.messages["column_claimed"], Align.RIGHT),
        Column(text.messages["column_adjustment"], wrap=True),
        Column(text.messages["column_payout"], Align.RIGHT),
    )
    rows: list[tuple[str, ...]] = []
    for line in item.lines:
        paid = line.cuts[-1].after if line.cuts else line.claimed
        rows.append((line.clause, yen(line.claimed), _reasons(line.cuts), yen(paid)))
    for group in item.groups:
        if group.paid < group.subtotal:
            limit = f"{text.messages['limit_label']} {yen(group.limit)}"
            rows.append((group.clause, yen(group.subtotal), limit, yen(group.paid)))
    if item.lines:
        rows.append((text.messages["expense_subtotal"], "", "", yen(item.expense_subtotal)))
        rows.extend((cut.clause, "", cut.reason, yen(cut.after)) for cut in item.expense_cuts)
    if item.damages_claimed:
        paid = item.damages_cuts[-1].after if item.damages_cuts else item.damages_claimed
        damages = text.messages["damages_heading"]
        rows.append((damages, yen(item.damages_claimed), _reasons(item.damages_cuts), yen(paid)))
    rows.extend((cut.clause, "", cut.reason, yen(cut.after)) for cut in item.total_cuts)
    rows.append((text.messages["total_label"], "", "", yen(item.total)))
    return Table(columns, tuple(rows))


def _reasons(cuts: tuple[Cut, ...]) -> str:
    return "、".join(cut.reason for cut in cuts) or "—"
