"""Reporting duties under 個人情報保護法: triggers, deadlines, and never saying 「不要」."""

from __future__ import annotations

import copy
from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import config
from bot.advice.reporting import (
    FILE,
    ReportingAssessment,
    ReportingStatus,
    Trigger,
    assess_reporting,
    deadlines,
    parse_reporting_rules,
)
from config import ConfigError
from coverage import Access, Facts, IncidentType
from nlu.data_kinds import DataKind

NO_KINDS: frozenset[DataKind] = frozenset()
PERSONAL = frozenset({DataKind.PERSONAL})

# (facts, data kinds, the triggers that fire)
TRIGGERS = [
    (Facts(), frozenset({DataKind.SENSITIVE}), {Trigger.SENSITIVE}),
    (Facts(), frozenset({DataKind.FINANCIAL}), {Trigger.FINANCIAL}),
    (Facts(incident_type=IncidentType.MALWARE), PERSONAL, {Trigger.WRONGFUL_PURPOSE}),
    (Facts(incident_type=IncidentType.UNAUTHORIZED_ACCESS), PERSONAL, {Trigger.WRONGFUL_PURPOSE}),
    (
        Facts(incident_type=IncidentType.DDOS, unauthorized_access=Access.FOUND),
        PERSONAL,
        {Trigger.WRONGFUL_PURPOSE},
    ),
    (Facts(unauthorized_access=Access.FOUND), PERSONAL, {Trigger.WRONGFUL_PURPOSE}),
    (Facts(incident_type=IncidentType.DDOS), PERSONAL, set()),
    (Facts(incident_type=IncidentType.SUSPECTED), PERSONAL, set()),
    (Facts(incident_type=IncidentType.LOST_OR_STOLEN), PERSONAL, set()),
    (Facts(unauthorized_access=Access.NOT_FOUND), PERSONAL, set()),
    (Facts(individuals=1_000), PERSONAL, set()),
    (Facts(individuals=1_001), PERSONAL, {Trigger.MANY_PERSONS}),
    (
        Facts(incident_type=IncidentType.MALWARE, individuals=2_000),
        frozenset(DataKind),
        set(Trigger),
    ),
]


@pytest.mark.parametrize(("facts", "kinds", "fired"), TRIGGERS)
def test_triggers(facts: Facts, kinds: frozenset[DataKind], fired: set[Trigger]) -> None:
    """Each of 施行規則第7条's four triggers fires on its facts, and only then."""
    result = assess_reporting(facts, kinds, None, None)
    assert {f.trigger for f in result.fired} == fired
    for f in result.fired:
        assert "第" in f.reason and "号" in f.reason


def test_many_persons_reason_names_the_count() -> None:
    """The 第4号 reason quotes the threshold and the count."""
    (fired,) = assess_reporting(Facts(individuals=2_000), PERSONAL, None, None).fired
    assert "1,000人" in fired.reason and "2,000人" in fired.reason


# (facts, kinds, personal_data_involved, status)
STATUS = [
    (Facts(individuals=1_001), NO_KINDS, None, ReportingStatus.REQUIRED),  # persons imply data
    (Facts(), frozenset({DataKind.SENSITIVE}), None, ReportingStatus.REQUIRED),
    (Facts(incident_type=IncidentType.MALWARE), NO_KINDS, True, ReportingStatus.REQUIRED),
    (
        Facts(incident_type=IncidentType.MALWARE),
        NO_KINDS,
        None,
        ReportingStatus.REQUIRED_IF_PERSONAL_DATA,
    ),
    (
        Facts(incident_type=IncidentType.MALWARE),
        NO_KINDS,
        False,
        ReportingStatus.NOT_YET_INDICATED,
    ),
    (Facts(), NO_KINDS, None, ReportingStatus.NOT_YET_INDICATED),
    (Facts(individuals=300), PERSONAL, True, ReportingStatus.NOT_YET_INDICATED),
]


@pytest.mark.parametrize(("facts", "kinds", "personal", "status"), STATUS)
def test_status(
    facts: Facts, kinds: frozenset[DataKind], personal: bool | None, status: ReportingStatus
) -> None:
    """A fired trigger requires a report once personal data is involved (stated or implied)."""
    assert assess_reporting(facts, kinds, None, personal).status is status


# (discovered, wrongful purpose, 速報 from, 速報 by, 確報)
DEADLINES = [
    (date(2026, 11, 26), False, date(2026, 11, 29), date(2026, 12, 1), date(2026, 12, 26)),
    (date(2026, 1, 31), False, date(2026, 2, 3), date(2026, 2, 5), date(2026, 3, 2)),
    (date(2026, 1, 31), True, date(2026, 2, 3), date(2026, 2, 5), date(2026, 4, 1)),
    (date(2028, 2, 1), False, date(2028, 2, 4), date(2028, 2, 6), date(2028, 3, 2)),  # leap
    (date(2028, 1, 31), False, date(2028, 2, 3), date(2028, 2, 5), date(2028, 3, 1)),
    (date(2028, 2, 27), False, date(2028, 3, 1), date(2028, 3, 3), date(2028, 3, 28)),
    (date(2026, 12, 10), True, date(2026, 12, 13), date(2026, 12, 15), date(2027, 2, 8)),
]


@pytest.mark.parametrize(("discovered", "wrongful", "start", "end", "final"), DEADLINES)
def test_deadlines_do_not_count_the_day_of_discovery(
    discovered: date, wrongful: bool, start: date, end: date, final: date
) -> None:
    """確報 is discovery + 30 days (60 for a wrongful purpose); 速報 + 3 to + 5 days."""
    d = deadlines(discovered, wrongful)
    assert (d.preliminary_from, d.preliminary_by, d.final_by) == (start, end, final)
    assert d.final_days == (60 if wrongful else 30)


def test_dated_duties_across_a_month_end() -> None:
    """Discovered 2026-01-31: 速報 2月3日〜2月5日頃, 確報 3月2日, shown as text."""
    result = assess_reporting(Facts(individuals=1_500), PERSONAL, date(2026, 1, 31), None)
    preliminary, final, notify = result.duties
    assert "2月3日〜2月5日頃まで" in preliminary
    assert "3月2日まで" in final and "30日" in final
    assert "本人への通知" in notify
    assert not result.needs_discovery_date and result.question is None


def test_wrongful_purpose_gives_sixty_days() -> None:
    """A malware leak's 確報 deadline is 60 days."""
    facts = Facts(incident_type=IncidentType.MALWARE)
    result = assess_reporting(facts, PERSONAL, date(2026, 1, 31), None)
    assert result.deadlines is not None and result.deadlines.final_by == date(2026, 4, 1)
    assert "4月1日まで" in result.duties[1] and "60日" in result.duties[1]


def test_unknown_date_gives_the_rule_and_asks_for_the_date() -> None:
    """Without a discovery date: the rule in words, and a flag (and question) to ask it."""
    result = assess_reporting(Facts(individuals=5_000), PERSONAL, None, None)
    assert result.deadlines is None
    assert result.needs_discovery_date
    assert result.question is not None and "知った日" in result.question
    assert "3〜5日" in result.duties[0] and "30日以内" in result.duties[1]


def test_no_trigger_says_what_would_make_a_report_necessary() -> None:
    """With no trigger, the reply lists the facts that would require a report."""
    result = assess_reporting(Facts(), NO_KINDS, None, None)
    assert result.status is ReportingStatus.NOT_YET_INDICATED
    text = "\n".join(result.conditions)
    for part in ("要配慮個人情報", "クレジットカード番号", "不正アクセス", "1,000人を超える"):
        assert part in text
    assert "必要になります" in result.summary


def test_lost_or_stolen_names_theft_as_the_open_question() -> None:
    """A bag left on a train: theft would make it reportable; the 30-day date is flagged."""
    facts = Facts(incident_type=IncidentType.LOST_OR_STOLEN, individuals=300)
    result = assess_reporting(facts, PERSONAL, date(2026, 11, 26), True)
    assert any("盗難" in c for c in result.conditions)
    required = assess_reporting(facts, frozenset({DataKind.SENSITIVE}), date(2026, 11, 26), True)
    assert required.deadlines is not None and required.deadlines.final_days == 30
    assert any("早いほう" in n for n in required.notices)


def test_vendor_leak_reminds_the_principal_of_its_duty() -> None:
    """A leak at a contractor still obliges the company that entrusted the data."""
    facts = Facts(incident_type=IncidentType.VENDOR_LEAK, individuals=2_000)
    result = assess_reporting(facts, PERSONAL, None, None)
    assert any("委託元" in n for n in result.notices)


def _all_text(result: ReportingAssessment) -> str:
    reasons = [f.reason for f in result.fired]
    parts = [result.summary, *result.conditions, *result.duties, *result.notices, *reasons]
    return "\n".join([*parts, result.question or ""])


facts_strategy = st.builds(
    Facts,
    incident_type=st.none() | st.sampled_from(IncidentType),
    unauthorized_access=st.none() | st.sampled_from(Access),
    individuals=st.none() | st.integers(0, 100_000),
)


@given(
    facts=facts_strategy,
    kinds=st.frozensets(st.sampled_from(DataKind)),
    discovered=st.none() | st.dates(date(2020, 1, 1), date(2035, 12, 31)),
    personal=st.none() | st.booleans(),
)
def test_never_says_a_report_is_unnecessary(
    facts: Facts,
    kinds: frozenset[DataKind],
    discovered: date | None,
    personal: bool | None,
) -> None:
    """No text ever says 「不要」 or 「必要ありません」; each reply says what to do."""
    result = assess_reporting(facts, kinds, discovered, personal)
    text = _all_text(result)
    for word in ("不要", "必要ありません", "必要はありません", "しなくてよい", "報告は要りません"):
        assert word not in text
    if result.status is ReportingStatus.NOT_YET_INDICATED:
        assert result.conditions
    else:
        assert result.fired
    assert result.needs_discovery_date is (
        discovered is None and result.status is not ReportingStatus.NOT_YET_INDICATED
    )


def _data() -> dict[str, Any]:
    # config.read is cached: tests must never mutate its result.
    return copy.deepcopy(config.read(FILE))


BROKEN = [
    (("triggers", "many_persons", "threshold"), "千", "triggers.many_persons.threshold", "integer"),
    (("triggers", "many_persons", "threshold"), True, "triggers.many_persons.threshold", "integer"),
    (("triggers", "many_persons", "limit"), 1, "triggers.many_persons.limit", "unknown key"),
    (("deadlines", "final_days"), None, "deadlines.final_days", "missing"),
    (("deadlines", "final_days"), -30, "deadlines.final_days", "non-negative"),
    (
        ("triggers", "wrongful_purpose", "incident_types"),
        ["hacking"],
        "triggers.wrongful_purpose.incident_types",
        "hacking",
    ),
    (("texts", "final_dated"), "確報：{until}まで", "texts.final_dated", "placeholder"),
    (("texts", "required"), None, "texts.required", "missing"),
    (("texts", "unnecessary"), "不要です", "texts.unnecessary", "unknown key"),
]


@pytest.mark.parametrize(("path", "value", "key", "reason"), BROKEN)
def test_bad_file_names_file_key_and_reason(
    path: tuple[str, ...], value: object, key: str, reason: str
) -> None:
    """A typo in reporting.toml fails at load, naming the file, the key and why."""
    data = _data()
    table = data
    for part in path[:-1]:
        table = table[part]
    if value is None:
        del table[path[-1]]
    else:
        table[path[-1]] = value
    with pytest.raises(ConfigError) as info:
        parse_reporting_rules(data)
    assert info.value.file.endswith(FILE)
    assert info.value.key == key
    assert reason in info.value.reason
