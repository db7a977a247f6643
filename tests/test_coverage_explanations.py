"""Every figure is explained: the clause and the reason for each cut."""

from __future__ import annotations

from coverage import CostKey, Facts, IncidentType, Stage, estimate, load_rider
from coverage.facts import Access, Detection

RIDER = load_rider()


def test_reduced_line_shows_ratio_then_the_200man_cap() -> None:
    """Worked example 1 explains the 90 % cut on the key and the 200万円 cap on expenses."""
    facts = Facts(
        incident_type=IncidentType.SUSPECTED,
        detection=Detection.EXTERNAL_REPORT,
        unauthorized_access=Access.NOT_FOUND,
        costs={CostKey.ACCESS_RESPONSE: 3_000_000},
    )
    (item,) = estimate(facts, RIDER).scenarios
    (line,) = item.lines
    assert line.clause == "① 不正アクセス等対応費用"
    assert (line.claimed, line.after_ratio, line.after_limit) == (3_000_000, 2_700_000, 2_700_000)
    assert [cut.stage for cut in line.cuts] == [Stage.RATIO]
    assert "90%" in line.cuts[0].reason
    assert [cut.stage for cut in item.expense_cuts] == [Stage.EXPENSE_CAP]
    assert "200万円" in item.expense_cuts[0].reason


def test_own_limit_cut_names_clause_six() -> None:
    """Worked example 6 cuts ⑥ to its own 10万円 limit and says so."""
    facts = Facts(
        incident_type=IncidentType.MALWARE,
        unauthorized_access=Access.FOUND,
        announced=True,
        costs={CostKey.PREVENTION: 500_000},
    )
    (item,) = estimate(facts, RIDER).scenarios
    (cut,) = item.lines[0].cuts
    assert cut.stage is Stage.OWN_LIMIT
    assert cut.clause == "⑥ 再発防止費用・不正プログラム除去費用"
    assert "10万円" in cut.reason


def test_group_limit_is_shown_on_the_group() -> None:
    """Worked example 9 shows ①〜④ summed to 3,300万円 and limited to 3,000万円."""
    facts = Facts(
        unauthorized_access=Access.FOUND,
        announced=True,
        costs={CostKey.INVESTIGATION: 18_000_000, CostKey.DATA_RECOVERY: 15_000_000},
    )
    (item,) = estimate(facts, RIDER).scenarios
    (group,) = item.groups
    assert (group.subtotal, group.limit, group.paid) == (33_000_000, 30_000_000, 30_000_000)
    assert group.keys == (CostKey.INVESTIGATION, CostKey.DATA_RECOVERY)


def test_condolence_cut_names_the_per_victim_cap() -> None:
    """Condolence above 500円 per person is cut at the victim cap, with the clause."""
    facts = Facts(
        incident_type=IncidentType.LOST_OR_STOLEN,
        individuals=100,
        costs={CostKey.CONDOLENCE: 100_000},
    )
    (item,) = estimate(facts, RIDER).scenarios
    (cut,) = item.lines[0].cuts
    assert (cut.stage, cut.before, cut.after) == (Stage.VICTIM_CAP, 100_000, 50_000)
    assert "500円" in cut.reason


def test_total_cap_is_explained() -> None:
    """Damages near 3億 plus expenses are cut at the total cap, with ※1."""
    facts = Facts(
        incident_type=IncidentType.VENDOR_LEAK,
        costs={CostKey.DAMAGES: 290_000_000, CostKey.INCIDENT_RESPONSE: 20_000_000},
    )
    (item,) = estimate(facts, RIDER).scenarios
    (cut,) = item.total_cuts
    assert (cut.before, cut.after) == (310_000_000, 300_000_000)
    assert cut.clause.startswith("※1")


def test_scenarios_name_their_assumptions() -> None:
    """Worked example 10 lists the three rows with the assumed facts, in a stable order."""
    facts = Facts(detection=Detection.EXTERNAL_REPORT, costs={CostKey.INVESTIGATION: 3_000_000})
    result = estimate(facts, RIDER)
    assert [dict(s.assumptions) for s in result.scenarios] == [
        {"unauthorized_access": "found", "announced": True},
        {"unauthorized_access": "found", "announced": False},
        {"unauthorized_access": "not_found"},
    ]
    assert result.unknown_facts == ("unauthorized_access", "announced")
    assert any(w.code == "not_announced" for w in result.warnings)
