"""Guidance: the checklists along the pamphlet's timeline, and which steps matter now."""

from __future__ import annotations

import copy
import re
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import config
from bot.advice.guidance import (
    FILE,
    GENERIC,
    Phase,
    Said,
    checklist,
    full_checklist,
    infer_phase,
    load_guidance,
    parse_guidance,
    steps_now,
)
from config import ConfigError
from coverage import EXPENSE_KEYS, Access, CostKey, Detection, Facts, IncidentType
from nlu.data_kinds import DataKind

ALL_TYPES: list[IncidentType | None] = [None, *IncidentType]
CYBER = [
    IncidentType.MALWARE,
    IncidentType.UNAUTHORIZED_ACCESS,
    IncidentType.DDOS,
    IncidentType.SUSPECTED,
    None,  # unknown may be cyber: the generic list offers the vendor check
]
LEAKS = [
    IncidentType.MALWARE,
    IncidentType.UNAUTHORIZED_ACCESS,
    IncidentType.SUSPECTED,
    IncidentType.LOST_OR_STOLEN,
    IncidentType.VISUAL_LEAK,
    IncidentType.MISDELIVERY,
    IncidentType.VENDOR_LEAK,
    None,
]
JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


@pytest.mark.parametrize("incident_type", ALL_TYPES)
def test_every_checklist_has_one_consent_step_that_pays_nothing(
    incident_type: IncidentType | None,
) -> None:
    """Every checklist asks for the insurer's consent (※3) once; that step pays nothing."""
    consent = [s for s in checklist(incident_type).steps if s.consent]
    assert len(consent) == 1
    assert consent[0].pays is None
    assert "同意" in consent[0].text and "※3" in consent[0].text


@pytest.mark.parametrize("incident_type", CYBER)
def test_cyber_checklists_name_a_specialist_vendor(incident_type: IncidentType | None) -> None:
    """Cyber types have a 'call a specialist vendor' step paid by ① or ②."""
    vendor = [s for s in checklist(incident_type).steps if s.vendor]
    assert vendor
    assert {s.pays for s in vendor} <= {CostKey.ACCESS_RESPONSE, CostKey.INVESTIGATION}


def test_suspected_intrusion_vendor_step_pays_the_access_check() -> None:
    """「不正アクセスの有無の確認」 is ① 不正アクセス等対応費用."""
    (vendor,) = [s for s in checklist(IncidentType.SUSPECTED).steps if s.vendor]
    assert vendor.pays is CostKey.ACCESS_RESPONSE


@pytest.mark.parametrize("incident_type", LEAKS)
def test_leak_checklists_cover_the_later_cost_items(incident_type: IncidentType | None) -> None:
    """A leak checklist reaches call centre, condolence, litigation, damages and prevention."""
    pays = {s.pays for s in checklist(incident_type).steps}
    assert {
        CostKey.INCIDENT_RESPONSE,
        CostKey.CONDOLENCE,
        CostKey.LITIGATION,
        CostKey.DAMAGES,
        CostKey.PREVENTION,
    } <= pays


@pytest.mark.parametrize("incident_type", ALL_TYPES)
def test_every_step_is_polite_japanese(incident_type: IncidentType | None) -> None:
    """Every text is a non-empty Japanese sentence ending in 「。」."""
    for step in checklist(incident_type).steps:
        assert JAPANESE.search(step.text), step.key
        assert step.text.endswith("。"), step.key


def test_every_pays_in_the_file_is_a_cost_key() -> None:
    """Each `pays` written in guidance.toml names a real coverage key."""
    for step in config.read(FILE)["steps"].values():
        if "pays" in step:
            assert step["pays"] in set(CostKey)


# (incident type, phrases that must appear in its checklist)
CONTENT = [
    (
        IncidentType.MALWARE,
        ["LANケーブル", "Wi-Fi", "電源は切らず", "メモリ", "バックアップ", "時系列メモ", "警察"],
    ),
    (IncidentType.MALWARE, ["情報システム部門", "上長", "不審なメール", "ログ"]),
    (IncidentType.UNAUTHORIZED_ACCESS, ["ログ", "パスワード", "切り離", "閲覧・持ち出し"]),
    (IncidentType.DDOS, ["プロバイダ", "CDN", "踏み台"]),
    (IncidentType.SUSPECTED, ["電源を切ったり", "不正アクセスの有無の確認", "通報"]),
    (IncidentType.LOST_OR_STOLEN, ["遺失届", "被害届", "鉄道会社", "遠隔ロック", "遠隔消去"]),
    (IncidentType.VISUAL_LEAK, ["盗み見", "お知らせ"]),
    (IncidentType.MISDELIVERY, ["削除", "書面", "再送"]),
    (IncidentType.VENDOR_LEAK, ["報告書", "委託契約書", "監督"]),
    (IncidentType.MEDIA, ["請求書", "弁護士に相談するまでは", "差し替え"]),
]


@pytest.mark.parametrize(("incident_type", "phrases"), CONTENT)
def test_checklist_says_what_a_responder_would(
    incident_type: IncidentType, phrases: list[str]
) -> None:
    """Each type's checklist carries the responder's key instructions."""
    text = "\n".join(s.text for s in checklist(incident_type).steps)
    for phrase in phrases:
        assert phrase in text, phrase


def test_media_lawyer_step_pays_consultation() -> None:
    """For a copyright claim, the lawyer is ③ 相談費用."""
    pays = {s.pays for s in checklist(IncidentType.MEDIA).steps if "弁護士に相談し" in s.text}
    assert pays == {CostKey.CONSULTATION}


def test_unknown_and_other_share_the_generic_checklist() -> None:
    """None and OTHER get the generic list."""
    assert checklist(None) == checklist(IncidentType.OTHER)
    assert checklist(None).name == GENERIC


def test_checklist_steps_follow_the_timeline() -> None:
    """Steps come in timeline order; full_checklist groups them under Japanese labels."""
    for incident_type in ALL_TYPES:
        orders = [s.phase.order for s in checklist(incident_type).steps]
        assert orders == sorted(orders)
    groups = full_checklist(IncidentType.MALWARE)
    assert [g.label for g in groups] == [
        "検知",
        "初動対応",
        "対応",
        "事態収拾",
        "争訟対応",
        "損害賠償",
        "再発防止",
    ]
    assert sum(len(g.steps) for g in groups) == len(checklist(IncidentType.MALWARE).steps)


MALWARE = IncidentType.MALWARE
# (facts, phase): the phase moves as facts arrive.
PHASES = [
    (Facts(), Phase.INITIAL_RESPONSE),
    (Facts(incident_type=MALWARE), Phase.INITIAL_RESPONSE),
    (Facts(incident_type=MALWARE, unauthorized_access=Access.FOUND), Phase.INITIAL_RESPONSE),
    (Facts(unauthorized_access=Access.NOT_FOUND), Phase.RESPONSE),
    (
        Facts(
            incident_type=IncidentType.SUSPECTED,
            unauthorized_access=Access.NOT_FOUND,
            costs={CostKey.ACCESS_RESPONSE: 1_000_000},
        ),
        Phase.RESPONSE,
    ),
    (Facts(costs={CostKey.INVESTIGATION: 5_000_000}), Phase.RESPONSE),
    (Facts(costs={CostKey.DATA_RECOVERY: 1}), Phase.RESPONSE),
    (Facts(announced=True), Phase.CONTAINMENT),
    (Facts(announced=False), Phase.INITIAL_RESPONSE),
    (
        Facts(unauthorized_access=Access.FOUND, costs={CostKey.INCIDENT_RESPONSE: 4_000_000}),
        Phase.CONTAINMENT,
    ),
    (Facts(costs={CostKey.CONDOLENCE: 1_000_000}), Phase.CONTAINMENT),
    (
        Facts(
            costs={CostKey.INVESTIGATION: 1, CostKey.LITIGATION: 1, CostKey.INCIDENT_RESPONSE: 1}
        ),
        Phase.LITIGATION,
    ),
    (Facts(costs={CostKey.LITIGATION: 1, CostKey.DAMAGES: 1}), Phase.DAMAGES),
    (Facts(incident_type=IncidentType.MEDIA, costs={CostKey.DAMAGES: 800_000}), Phase.DAMAGES),
    (Facts(costs={CostKey.DAMAGES: 1, CostKey.PREVENTION: 500_000}), Phase.PREVENTION),
]


@pytest.mark.parametrize(("facts", "phase"), PHASES)
def test_infer_phase(facts: Facts, phase: Phase) -> None:
    """The latest phase with evidence in the facts wins."""
    assert infer_phase(facts) is phase


def test_malware_first_steps_isolate_without_powering_off() -> None:
    """The first malware steps: unplug, keep the power on, report, ask consent."""
    keys = [s.key for s in steps_now(Facts(incident_type=MALWARE))]
    assert keys == [
        "malware_disconnect",
        "malware_keep_power",
        "report_internal",
        "insurer_consent",
    ]


def test_steps_now_follow_the_phase() -> None:
    """After an investigation, the steps turn to the data and the reporting duty."""
    facts = Facts(
        incident_type=MALWARE,
        unauthorized_access=Access.FOUND,
        consent=True,
        costs={CostKey.INVESTIGATION: 5_000_000},
    )
    steps = steps_now(facts)
    assert all(s.phase is Phase.RESPONSE for s in steps)
    assert "reporting_duty" in [s.key for s in steps]
    assert not any(s.consent for s in steps)


def test_consent_step_leads_once_past_the_first_hours() -> None:
    """Later in the timeline the consent step, if still owed, comes first."""
    facts = Facts(incident_type=IncidentType.LOST_OR_STOLEN, announced=True)
    steps = steps_now(facts, limit=3)
    assert steps[0].consent
    assert [s.phase for s in steps[1:]] == [Phase.CONTAINMENT, Phase.CONTAINMENT]


def test_limit_one_keeps_only_the_consent_step() -> None:
    """With room for one step, the consent step is the one."""
    (only,) = steps_now(Facts(incident_type=MALWARE), limit=1)
    assert only.consent


def test_limit_below_one_is_refused() -> None:
    """A limit of 0 is a caller's bug."""
    with pytest.raises(ValueError):
        steps_now(Facts(), limit=0)


facts_strategy = st.builds(
    Facts,
    incident_type=st.none() | st.sampled_from(IncidentType),
    unauthorized_access=st.none() | st.sampled_from(Access),
    announced=st.none() | st.booleans(),
    consent=st.none() | st.booleans(),
    costs=st.dictionaries(st.sampled_from(CostKey), st.integers(0, 10**9), max_size=4),
)


@given(facts=facts_strategy, limit=st.integers(1, 8))
def test_steps_now_invariants(facts: Facts, limit: int) -> None:
    """At most `limit` distinct steps; the consent step iff no money was spent with consent."""
    steps = steps_now(facts, limit)
    assert 1 <= len(steps) <= limit
    assert len({s.key for s in steps}) == len(steps)
    spent_with_consent = facts.consent is True and any(k in facts.costs for k in EXPENSE_KEYS)
    assert any(s.consent for s in steps) is not spent_with_consent
    assert all(
        s.phase.order >= infer_phase(facts).order or s.consent or s.phase is Phase.DETECTION
        for s in steps
    )


def _data() -> dict[str, Any]:
    # config.read is cached: tests must never mutate its result.
    return copy.deepcopy(config.read(FILE))


def _set(data: dict[str, Any], path: tuple[str, ...], value: object) -> None:
    table = data
    for part in path[:-1]:
        table = table[part]
    if value is None:
        del table[path[-1]]
    else:
        table[path[-1]] = value


BROKEN = [
    (
        ("steps", "malware_disconnect", "pays"),
        "forensics",
        "steps.malware_disconnect.pays",
        "unknown",
    ),
    (
        ("steps", "malware_disconnect", "phase"),
        "later",
        "steps.malware_disconnect.phase",
        "unknown",
    ),
    (
        ("steps", "malware_disconnect", "vendor"),
        "yes",
        "steps.malware_disconnect.vendor",
        "true or false",
    ),
    (
        ("steps", "malware_disconnect", "urgent"),
        True,
        "steps.malware_disconnect.urgent",
        "unknown key",
    ),
    (("steps", "malware_disconnect", "text"), "", "steps.malware_disconnect.text", "non-empty"),
    (("steps", "malware_disconnect", "text"), None, "steps.malware_disconnect.text", "missing"),
    (
        ("steps", "malware_disconnect", "sources"),
        None,
        "steps.malware_disconnect.sources",
        "missing",
    ),
    (
        ("steps", "malware_disconnect", "sources"),
        [],
        "steps.malware_disconnect.sources",
        "empty",
    ),
    (
        ("steps", "malware_disconnect", "sources"),
        ["警察庁のページ"],
        "steps.malware_disconnect.sources[0]",
        "http(s)://",
    ),
    (("extras", "emotet", "steps"), ["nope"], "extras.emotet.steps", "unknown 'nope'"),
    (("extras", "emotet", "after"), ["nope"], "extras.emotet.after", "unknown 'nope'"),
    (("extras", "emotet", "words"), [], "extras.emotet", "words or data_kinds"),
    (("extras", "emotet", "steps"), ["insurer_consent"], "extras.emotet", "consent"),
    (("steps", "insurer_consent", "consent"), False, "checklists.ddos", "one consent step"),
    (("checklists", "media", "steps"), ["nope"], "checklists.media.steps", "unknown 'nope'"),
    (("checklists", "media", "groups"), ["aftermath"], "checklists.media", "twice"),
    (("checklists", "other"), {"steps": [], "groups": []}, "checklists.other", "unknown key"),
    (("checklists", "ddos"), None, "checklists.ddos", "missing"),
    (
        ("steps", "orphan"),
        {"phase": "response", "text": "未使用。", "sources": ["https://www.ipa.go.jp/"]},
        "steps.orphan",
        "not used",
    ),
    (("phases", "detection"), None, "phases.detection", "missing"),
]


@pytest.mark.parametrize(("path", "value", "key", "reason"), BROKEN)
def test_bad_file_names_file_key_and_reason(
    path: tuple[str, ...], value: object, key: str, reason: str
) -> None:
    """A typo in guidance.toml fails at load, naming the file, the key and why."""
    data = _data()
    _set(data, path, value)
    with pytest.raises(ConfigError) as info:
        parse_guidance(data)
    assert info.value.file.endswith(FILE)
    assert info.value.key == key
    assert reason in info.value.reason


def test_shipped_file_loads() -> None:
    """The shipped guidance.toml passes its own checks and labels every phase."""
    assert set(load_guidance().phase_labels) == set(Phase)


def test_no_leak_steps_once_no_access_was_found() -> None:
    """After a check found no access, the steps drop leak handling and keep the report record."""
    facts = Facts(
        incident_type=IncidentType.SUSPECTED,
        detection=Detection.EXTERNAL_REPORT,
        unauthorized_access=Access.NOT_FOUND,
        costs={CostKey.ACCESS_RESPONSE: 3_000_000},
    )
    steps = steps_now(facts)
    assert not any(step.leak for step in steps)
    assert any(step.phase is Phase.DETECTION for step in steps)
    assert any(step.consent for step in steps)


def test_every_step_names_its_source() -> None:
    """Each step in guidance.toml carries at least one http(s) address it follows."""
    guidance = load_guidance()
    steps = {s.key: s for c in guidance.checklists.values() for s in c.steps}
    steps |= {s.key: s for e in guidance.extras for s in e.steps}
    for step in steps.values():
        assert step.sources, step.key
        assert all(src.startswith(("https://", "http://")) for src in step.sources), step.key


POLICE = [IncidentType.MALWARE, IncidentType.UNAUTHORIZED_ACCESS, IncidentType.DDOS]


@pytest.mark.parametrize("incident_type", POLICE)
def test_attacks_have_a_police_step_and_the_optional_reports(incident_type: IncidentType) -> None:
    """Unauthorized access, malware and DDoS list the police desk, JPCERT/CC and IPA."""
    keys = [s.key for s in checklist(incident_type).steps]
    assert {"police_report", "jpcert_report", "ipa_report"} <= set(keys)
    police = next(s for s in checklist(incident_type).steps if s.key == "police_report")
    assert "サイバー犯罪相談窓口" in police.text and "ログ" in police.text


def test_confirmed_intrusion_points_to_the_police() -> None:
    """A suspicion confirmed by the check sends the user to the police desk too."""
    found = next(
        s for s in checklist(IncidentType.SUSPECTED).steps if s.key == "suspected_if_found"
    )
    assert "サイバー犯罪相談窓口" in found.text


def test_unauthorized_access_isolates_before_copying_logs() -> None:
    """Isolate first (power on; VPN and firewall kept powered), then preserve the logs."""
    keys = [s.key for s in checklist(IncidentType.UNAUTHORIZED_ACCESS).steps]
    assert keys.index("access_isolate") < keys.index("access_preserve_logs")
    steps = checklist(IncidentType.UNAUTHORIZED_ACCESS).in_phase(Phase.INITIAL_RESPONSE)
    isolate = steps[0]
    assert "電源を入れたまま" in isolate.text and "VPN" in isolate.text
    assert "ファイアウォール" in isolate.text


# (incident type, what was said, steps that must be among the first four, in order)
EXTRAS = [
    (
        IncidentType.MALWARE,
        "ランサムウェアに感染し、脅迫文が表示された",
        ["malware_disconnect", "ransom_dont_pay"],
    ),
    (None, "Emotetに感染したかもしれない", ["emotet_emocheck", "emotet_passwords"]),
    (
        IncidentType.SUSPECTED,
        "画面に英語で金払えみたいなのが出てます",
        ["suspected_keep_evidence", "suspected_isolate", "ransom_dont_pay"],
    ),
    # Suspected, not confirmed: the machine is still cut off before the ransom advice.
    (
        IncidentType.SUSPECTED,
        "ランサムウェアっぽい画面が出ている",
        ["suspected_keep_evidence", "suspected_isolate", "ransom_dont_pay"],
    ),
    (
        IncidentType.MALWARE,
        "なりすましメールが取引先に届いた",
        ["malware_disconnect", "emotet_emocheck"],
    ),
    (IncidentType.UNAUTHORIZED_ACCESS, "決済画面が改ざんされていた", ["site_offline"]),
    # A forged mail obeyed: the bank's recall first, while the money may still be held.
    (
        IncidentType.OTHER,
        "振込先変更のメールを信じて、偽の口座に送金してしまった",
        ["bec_recall", "bec_confirm_by_phone", "bec_mail_check"],
    ),
    (None, "ビジネスメール詐欺で300万円振り込んじゃった", ["bec_recall"]),
    (None, "ホームページが改ざんされ、偽の入力フォームが置かれた", ["site_offline"]),
]


@pytest.mark.parametrize(("incident_type", "message", "first"), EXTRAS)
def test_what_was_said_brings_its_steps_forward(
    incident_type: IncidentType | None, message: str, first: list[str]
) -> None:
    """Ransomware, Emotet or spoofed mail, and a defaced site add their steps up front."""
    facts = Facts(incident_type=incident_type)
    keys = [s.key for s in steps_now(facts, said=Said((message,)))]
    assert keys[: len(first)] == first


def test_emotet_steps_cover_every_pc_passwords_and_partners() -> None:
    """Emotet: EmoCheck, mail and browser passwords, a warning to partners, other PCs."""
    steps = checklist(IncidentType.MALWARE, Said(("Emotetに感染",))).steps
    text = "\n".join(s.text for s in steps)
    for phrase in (
        "EmoCheck",
        "メールアカウントのパスワード",
        "ブラウザ",
        "取引先",
        "ほかのパソコン",
    ):
        assert phrase in text, phrase


def test_ransomware_offers_no_more_ransom_and_the_police() -> None:
    """Ransomware words add No More Ransom (with the vendor) and the police step."""
    steps = checklist(IncidentType.SUSPECTED, Said(("身代金を要求された",))).steps
    keys = [s.key for s in steps]
    assert "ransom_decryptor" in keys and "police_report" in keys
    decryptor = next(s for s in steps if s.key == "ransom_decryptor")
    assert "No More Ransom" in decryptor.text and "専門事業者" in decryptor.text


def test_card_data_brings_the_card_company_and_processor() -> None:
    """Card data involved: call the card company and the payment processor."""
    said = Said((), frozenset({DataKind.FINANCIAL}))
    steps = checklist(IncidentType.LOST_OR_STOLEN, said).steps
    card = next(s for s in steps if s.key == "card_companies")
    assert "カード会社" in card.text and "決済代行会社" in card.text
    assert "card_companies" not in [s.key for s in checklist(IncidentType.LOST_OR_STOLEN).steps]


def test_nothing_said_adds_nothing() -> None:
    """Without the words or data kinds, the checklist is the incident type's own."""
    for incident_type in ALL_TYPES:
        base = checklist(incident_type)
        assert base == checklist(incident_type, Said(("ご相談です",)))
        assert not {"ransom_dont_pay", "emotet_emocheck", "site_offline", "bec_recall"} & {
            s.key for s in base.steps
        }


@pytest.mark.parametrize(("stolen", "asks_the_railway"), [(False, True), (True, False)])
def test_a_theft_drops_the_steps_for_a_thing_mislaid(stolen: bool, asks_the_railway: bool) -> None:
    """A laptop stolen from a car is not asked after at the station's lost property."""
    said = Said(("社用PCを盗まれました",), frozenset(), stolen)
    texts = "".join(s.text for s in checklist(IncidentType.LOST_OR_STOLEN, said).steps)
    assert ("交通機関" in texts) is asks_the_railway
    assert "被害届" in texts  # the police step stays
