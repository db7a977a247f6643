"""Reporting duties under 個人情報保護法: triggers, deadlines, and never saying 「不要」."""

from __future__ import annotations

import copy
from datetime import date, timedelta
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


# (discovered = day 1, wrongful purpose, 速報 from (day 3), 速報 by (day 5), 確報 (day 30/60))
DEADLINES = [
    (date(2026, 11, 30), True, date(2026, 12, 2), date(2026, 12, 4), date(2027, 1, 28)),  # ex. 1
    (date(2026, 11, 30), False, date(2026, 12, 2), date(2026, 12, 4), date(2026, 12, 29)),  # ex. 2
    (date(2026, 11, 26), False, date(2026, 11, 28), date(2026, 11, 30), date(2026, 12, 25)),
    (date(2026, 1, 31), False, date(2026, 2, 2), date(2026, 2, 4), date(2026, 3, 1)),  # month end
    (date(2026, 1, 31), True, date(2026, 2, 2), date(2026, 2, 4), date(2026, 3, 31)),
    (date(2026, 2, 27), False, date(2026, 3, 1), date(2026, 3, 3), date(2026, 3, 28)),
    (date(2028, 2, 27), False, date(2028, 2, 29), date(2028, 3, 2), date(2028, 3, 27)),  # leap
    (
        date(2026, 12, 29),
        False,
        date(2026, 12, 31),
        date(2027, 1, 2),
        date(2027, 1, 27),
    ),  # 年末年始
    (date(2026, 12, 30), True, date(2027, 1, 1), date(2027, 1, 3), date(2027, 2, 27)),
    (date(2026, 12, 31), False, date(2027, 1, 2), date(2027, 1, 4), date(2027, 1, 29)),  # year end
    (date(2026, 12, 3), False, date(2026, 12, 5), date(2026, 12, 7), date(2027, 1, 1)),  # 元日
]


@pytest.mark.parametrize(("discovered", "wrongful", "start", "end", "final"), DEADLINES)
def test_deadlines_count_the_day_of_knowing_as_day_one(
    discovered: date, wrongful: bool, start: date, end: date, final: date
) -> None:
    """速報 days 3–5, 確報 day 30 (60 for 第3号), 知った日 being day 1; no holiday shift."""
    d = deadlines(discovered, wrongful)
    assert (d.preliminary_from, d.preliminary_by, d.final_by) == (start, end, final)
    assert d.final_days == (60 if wrongful else 30)


@given(st.dates(date(2020, 1, 1), date(2035, 12, 31)), st.booleans())
def test_deadlines_are_never_later_than_day_zero_counting(day: date, wrongful: bool) -> None:
    """Day-1 counting is one day earlier than 初日不算入 on every date, for both windows."""
    d = deadlines(day, wrongful)
    days = 60 if wrongful else 30
    assert d.final_by == day + timedelta(days=days - 1)
    assert (d.preliminary_from - day).days == 2 and (d.preliminary_by - day).days == 4


def test_dated_duties_across_a_month_end() -> None:
    """Discovered 2026-01-31: 速報 2月2日〜2月4日, 確報 3月1日, and who counts as knowing."""
    result = assess_reporting(Facts(individuals=1_500), PERSONAL, date(2026, 1, 31), None)
    preliminary, final, who, notify = result.duties
    assert "2月2日〜2月4日" in preliminary and "3〜5日目" in preliminary
    assert "3月1日まで" in final and "30日目" in final
    assert "どの部署" in who and "経営陣" in who
    assert "本人への通知" in notify
    assert not result.needs_discovery_date and result.question is None


def test_a_date_in_the_next_year_names_the_year() -> None:
    """A 確報 date past the year end is shown with its year: 「2027年1月28日」."""
    facts = Facts(incident_type=IncidentType.UNAUTHORIZED_ACCESS, individuals=2_000)
    result = assess_reporting(facts, PERSONAL, date(2026, 11, 30), None)
    assert "2027年1月28日まで" in result.duties[1] and "60日目" in result.duties[1]
    assert "12月2日〜12月4日" in result.duties[0]


def test_wrongful_purpose_gives_sixty_days() -> None:
    """A malware leak's 確報 deadline is day 60."""
    facts = Facts(incident_type=IncidentType.MALWARE)
    result = assess_reporting(facts, PERSONAL, date(2026, 1, 31), None)
    assert result.deadlines is not None and result.deadlines.final_by == date(2026, 3, 31)
    assert "3月31日まで" in result.duties[1] and "60日目" in result.duties[1]


def test_unknown_date_gives_the_rule_and_asks_for_the_date() -> None:
    """Without a date: the rule in words, and a question saying who counts as knowing."""
    result = assess_reporting(Facts(individuals=5_000), PERSONAL, None, None)
    assert result.deadlines is None
    assert result.needs_discovery_date
    question = result.question or ""
    for part in ("知った日", "どの部署", "確認が取れた日", "経営陣", "持ち出した従業員本人"):
        assert part in question, part
    assert "3〜5日目" in result.duties[0] and "30日目" in result.duties[1]


def test_no_trigger_says_so_and_what_would_make_a_report_necessary() -> None:
    """With no trigger, the reply says none applies yet and lists what would require one."""
    result = assess_reporting(Facts(), NO_KINDS, None, None)
    assert result.status is ReportingStatus.NOT_YET_INDICATED
    text = "\n".join(result.conditions)
    for part in ("要配慮個人情報", "クレジットカード番号", "不正アクセス", "1,000人を超える"):
        assert part in text
    assert "まだ当たりません" in result.summary
    assert not result.duties and not result.exemptions


# (messages, incident type): the 2024-04 amendment's words fire 第3号
ACQUIRING = [
    (("ECサイトの決済画面が改ざんされていました",), None),
    (("ウェブスキミングの被害です",), IncidentType.OTHER),
    (("偽の入力フォームに顧客が住所を入力していた",), None),
    (("ｽｷﾐﾝｸﾞされたかもしれない",), None),
]


@pytest.mark.parametrize(("messages", "incident_type"), ACQUIRING)
def test_web_skimming_fires_the_amended_third_trigger(
    messages: tuple[str, ...], incident_type: IncidentType | None
) -> None:
    """Data being acquired, taken from a tampered or fake form, is 第3号 since 2024-04."""
    result = assess_reporting(
        Facts(incident_type=incident_type), NO_KINDS, None, None, messages=messages
    )
    (fired,) = result.fired
    assert fired.trigger is Trigger.WRONGFUL_PURPOSE
    assert "取得しようとしている" in fired.reason and "2024年4月" in fired.reason
    assert result.status is ReportingStatus.REQUIRED
    assert "60日目" in result.duties[1]


# (facts, messages, exemption text that must show)
EXEMPTIONS = [
    (Facts(incident_type=IncidentType.LOST_OR_STOLEN, individuals=1_500), (), "高度な暗号化"),
    (Facts(individuals=2_000), ("USBは暗号化していました",), "高度な暗号化"),
    (Facts(incident_type=IncidentType.MISDELIVERY, individuals=2_000), (), "開封・閲覧せずに削除"),
    (Facts(individuals=2_000), ("当社は委託元から業務を受託しています",), "委託元へ速やかに通知"),
]


@pytest.mark.parametrize(("facts", "messages", "text"), EXEMPTIONS)
def test_exemptions_say_may_be_exempt_and_to_confirm(
    facts: Facts, messages: tuple[str, ...], text: str
) -> None:
    """Encryption, a mis-sent mail deleted unread, a processor: 「可能性」 and 「ご確認」."""
    result = assess_reporting(facts, PERSONAL, None, None, messages=messages)
    (note,) = [n for n in result.exemptions if text in n]
    assert "可能性があります" in note and "ご確認ください" in note
    assert result.status is ReportingStatus.REQUIRED  # the duty is still shown


def test_ransomware_encryption_is_no_exemption() -> None:
    """「暗号化された」 in a malware case is the attack, not a protection."""
    facts = Facts(incident_type=IncidentType.MALWARE)
    result = assess_reporting(facts, PERSONAL, None, None, messages=("ファイルが暗号化された",))
    assert not any("高度な暗号化" in n for n in result.exemptions)


def test_copyright_claim_has_no_reporting_section() -> None:
    """A copyright claim involves no personal data: the assessment does not apply."""
    assert not assess_reporting(
        Facts(incident_type=IncidentType.MEDIA), NO_KINDS, None, None
    ).applies
    named = assess_reporting(Facts(incident_type=IncidentType.MEDIA), PERSONAL, None, None)
    assert named.applies  # personal data named after all: the duty is shown


def test_a_flood_of_traffic_alone_has_no_reporting_section() -> None:
    """A DDoS stops a service and leaks nothing by itself; personal data named brings it."""
    assert not assess_reporting(
        Facts(incident_type=IncidentType.DDOS), NO_KINDS, None, None
    ).applies
    named = assess_reporting(Facts(incident_type=IncidentType.DDOS), PERSONAL, None, None)
    assert named.applies


def test_notice_to_persons_lists_its_contents_and_the_sector_note() -> None:
    """規則10条's contents, the report's items, the form and the sector delegation."""
    result = assess_reporting(Facts(individuals=2_000), PERSONAL, date(2026, 11, 30), None)
    notify = result.duties[-1]
    for part in ("概要", "項目", "原因", "二次被害", "施行規則第10条", "公表"):
        assert part in notify, part
    text = "\n".join(result.how)
    assert "https://www.ppc.go.jp/personalinfo/legal/leakAction/" in text
    assert "再発防止策" in text and "省庁" in text


def test_lost_or_stolen_names_theft_as_the_open_question() -> None:
    """A bag left on a train: theft would make it reportable; the 30-day date is flagged."""
    facts = Facts(incident_type=IncidentType.LOST_OR_STOLEN, individuals=300)
    result = assess_reporting(facts, PERSONAL, date(2026, 11, 26), True)
    assert any("盗難" in c for c in result.conditions)
    required = assess_reporting(facts, frozenset({DataKind.SENSITIVE}), date(2026, 11, 26), True)
    assert required.deadlines is not None and required.deadlines.final_days == 30
    assert any("早いほう" in n and "60日" in n for n in required.notices)


# (incident type, whether a theft said fires 第3号 with the theft's own reason)
STOLEN_TYPES = [
    (IncidentType.LOST_OR_STOLEN, True),
    (IncidentType.MISDELIVERY, False),  # a theft word said of another incident is not one
    (None, False),
]


@pytest.mark.parametrize(("kind", "fires"), STOLEN_TYPES)
def test_a_theft_said_of_a_loss_fires_the_third_trigger(
    kind: IncidentType | None, fires: bool
) -> None:
    """A thing stolen, not lost: 第3号 from one person, 60 days, the theft no condition."""
    facts = Facts(incident_type=kind, individuals=1)
    result = assess_reporting(facts, PERSONAL, date(2026, 11, 26), True, stolen=True)
    reasons = [f.reason for f in result.fired if f.trigger is Trigger.WRONGFUL_PURPOSE]
    assert bool(reasons) is fires
    if fires:
        assert "盗難" in reasons[0] and "第3号" in reasons[0]
        assert result.status is ReportingStatus.REQUIRED
        assert result.deadlines is not None and result.deadlines.final_days == 60
        assert not any("盗難の疑い" in c for c in result.conditions)
        assert not any("早いほう" in n for n in result.notices)


def test_vendor_leak_reminds_the_principal_of_its_duty() -> None:
    """A leak at a contractor still obliges the company that entrusted the data."""
    facts = Facts(incident_type=IncidentType.VENDOR_LEAK, individuals=2_000)
    result = assess_reporting(facts, PERSONAL, None, None)
    assert any("委託元" in n for n in result.notices)


def _all_text(result: ReportingAssessment) -> str:
    reasons = [f.reason for f in result.fired]
    parts = [result.summary, *result.conditions, *result.duties, *result.notices, *reasons]
    parts += result.how
    parts += result.exemptions
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
    stolen=st.booleans(),
)
def test_never_says_a_report_is_unnecessary(
    facts: Facts,
    kinds: frozenset[DataKind],
    discovered: date | None,
    personal: bool | None,
    stolen: bool,
) -> None:
    """No text ever says 「不要」 or 「必要ありません」; each reply says what to do."""
    result = assess_reporting(facts, kinds, discovered, personal, stolen=stolen)
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
    (("deadlines", "final_days"), -30, "deadlines.final_days", "positive"),
    (("deadlines", "day_of_knowing"), 2, "deadlines.day_of_knowing", "day 1"),
    (("deadlines", "preliminary_by_day"), 2, "deadlines.preliminary_by_day", "before"),
    (("exemptions", "encryption", "types"), ["usb"], "exemptions.encryption.types", "usb"),
    (("exemptions", "processor", "note"), "x", "exemptions.processor.note", "unknown key"),
    (
        ("triggers", "wrongful_purpose", "acquiring", "words"),
        [],
        "triggers.wrongful_purpose.acquiring.words",
        "empty",
    ),
    (("relevance", "no_personal_data_types"), None, "relevance.no_personal_data_types", "missing"),
    (
        ("triggers", "wrongful_purpose", "incident_types"),
        ["hacking"],
        "triggers.wrongful_purpose.incident_types",
        "hacking",
    ),
    (
        ("triggers", "wrongful_purpose", "theft", "reason"),
        "盗難です（{count}人）",
        "triggers.wrongful_purpose.theft.reason",
        "placeholder",
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
