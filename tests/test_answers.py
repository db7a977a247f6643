"""The answer base: a short, sourced answer to each question topic, by incident type."""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterator
from typing import Any

import pytest

import config
from bot.advice.answers import (
    FILE,
    Answer,
    answer_for,
    load_answers,
    parse_answers,
)
from bot.advice.answers_file import MAX_LINES
from bot.advice.contacts import load_contacts
from bot.advice.phases import Phase
from config import ConfigError
from coverage import IncidentType
from coverage.rider import Agent
from nlu.reading import QuestionTopic

MAX_CHARS = 160
ALL_TYPES: list[IncidentType | None] = [None, *IncidentType]
ALL_PHASES: list[Phase | None] = [None, *Phase]
AGENTS: list[Agent | None] = [
    None,
    Agent(name="サンプル保険代理店", phone=None),
    Agent(name="株式会社サンプル保険サービス東京中央支店", phone="03-0000-0000"),
]
# ascii snake_case (third_party, lost_or_stolen …) or a placeholder left unfilled.
IDENTIFIER = re.compile(r"[A-Za-z0-9]+_[A-Za-z0-9_]+|[{}]")


def every_answer() -> Iterator[Answer]:
    """Each topic (and the fallback) for every type, phase and agent."""
    for topic in [*QuestionTopic, None]:
        for incident_type in ALL_TYPES:
            for phase in ALL_PHASES:
                for agent in AGENTS:
                    yield answer_for(topic, incident_type, phase, agent=agent)


ANSWERS = list(every_answer())


@pytest.mark.parametrize("topic", list(QuestionTopic))
@pytest.mark.parametrize("incident_type", ALL_TYPES)
def test_every_topic_has_an_answer_for_every_type(
    topic: QuestionTopic, incident_type: IncidentType | None
) -> None:
    answer = answer_for(topic.value, incident_type)
    assert answer.topic is topic
    assert answer.lines


# (topic, incident type, phase, words the answer holds)
CHOSEN = [
    # ransomware: keep power, cut the network; a lost laptop gets the general answer
    ("power_off", IncidentType.MALWARE, None, "電源は切らず"),
    ("power_off", IncidentType.MALWARE, None, "ネットワークから切り離して"),
    ("power_off", IncidentType.MALWARE, None, "VPN機器"),
    ("power_off", IncidentType.LOST_OR_STOLEN, None, "機器の電源は切らず"),
    ("power_off", None, None, "機器の電源は切らず"),
    ("power_off", IncidentType.SUSPECTED, None, "専門事業者と相談"),
    ("power_off", IncidentType.DDOS, None, "プロバイダ"),
    ("ransom", IncidentType.MALWARE, None, "身代金は支払わず"),
    ("announce", IncidentType.UNAUTHORIZED_ACCESS, None, "90%・支払限度額200万円"),
    ("announce", None, None, "90%・支払限度額200万円"),
    ("announce", IncidentType.LOST_OR_STOLEN, None, "紛失・誤送信などには当たりません"),
    ("announce", IncidentType.MEDIA, None, "補償は変わりません"),
    ("consent", None, None, "同意"),
    ("consent", None, None, "0120-25-7474"),
    ("police", IncidentType.MALWARE, None, "サイバー犯罪相談窓口"),
    ("police", IncidentType.LOST_OR_STOLEN, None, "遺失届"),
    ("police", IncidentType.MISDELIVERY, None, "おそれがあれば"),
    ("ppc_report", IncidentType.UNAUTHORIZED_ACCESS, None, "1,000人超"),
    ("ppc_report", IncidentType.MISDELIVERY, None, "開封せずに削除"),
    ("ppc_report", IncidentType.MEDIA, None, "報告の対象ではありません"),
    ("apology", None, None, "お詫びとお知らせ"),
    ("apology", IncidentType.MISDELIVERY, None, "開封せずに削除"),
    ("apology", IncidentType.MEDIA, None, "責任を認める回答"),
    ("vendor_choice", None, None, "載っていない専門事業者"),
    ("coverage", None, None, "外部からの通報"),
    ("coverage", IncidentType.MEDIA, None, "使用料"),
    ("coverage", IncidentType.LOST_OR_STOLEN, None, "1名500円"),
    ("deadline", None, None, "【個人情報保護委員会への報告】"),
    ("deadline", IncidentType.MEDIA, None, "回答の期限"),
    ("evidence", IncidentType.MALWARE, None, "スクリーンショット"),
    ("evidence", IncidentType.SUSPECTED, None, "通報やアラート"),
    ("evidence", IncidentType.LOST_OR_STOLEN, None, "受理番号"),
    ("evidence", IncidentType.MISDELIVERY, None, "削除・廃棄"),
    ("evidence", IncidentType.MEDIA, None, "請求書"),
    ("next", IncidentType.MALWARE, Phase.INITIAL_RESPONSE, "専門事業者が原因と被害範囲"),
    ("next", IncidentType.LOST_OR_STOLEN, Phase.INITIAL_RESPONSE, "検知→初動対応"),
    ("next", IncidentType.MALWARE, Phase.RESPONSE, "「対応」の段階"),
    ("next", None, Phase.CONTAINMENT, "再発防止策"),
    ("next", None, Phase.DAMAGES, "示談"),
    ("next", None, Phase.PREVENTION, "10万円"),
    ("next", None, None, "検知→初動対応"),
]


@pytest.mark.parametrize(("topic", "incident_type", "phase", "words"), CHOSEN)
def test_the_variant_for_the_type_and_phase_is_chosen(
    topic: str, incident_type: IncidentType | None, phase: Phase | None, words: str
) -> None:
    text = "".join(answer_for(topic, incident_type, phase).lines)
    assert words in text


def test_a_lost_laptop_is_not_told_about_vpn_appliances() -> None:
    text = "".join(answer_for("power_off", IncidentType.LOST_OR_STOLEN).lines)
    assert "VPN" not in text


def test_an_unknown_phase_gets_a_variant_that_names_no_phase() -> None:
    assert answer_for("next", IncidentType.MALWARE) == answer_for("next", None)


@pytest.mark.parametrize(
    ("alias", "topic"),
    [("disconnect", QuestionTopic.POWER_OFF), ("notify_customers", QuestionTopic.PPC_REPORT)],
)
def test_a_question_without_a_topic_of_its_own_is_answered_by_the_nearest(
    alias: str, topic: QuestionTopic
) -> None:
    assert answer_for(alias, IncidentType.MALWARE) == answer_for(topic.value, IncidentType.MALWARE)


@pytest.mark.parametrize("topic", [None, "", "weather", "lunch_menu"])
def test_a_question_it_cannot_answer_gets_the_24h_line_and_the_agent(topic: str | None) -> None:
    answer = answer_for(topic, IncidentType.MALWARE)
    text = "".join(answer.lines)
    line = load_contacts().accident_line
    assert answer.topic is None
    assert line.phone in text and line.hours in text
    assert "ご契約の取扱代理店" in text
    assert len(answer.lines) <= 2


def test_the_fallback_names_the_contracts_agent_when_it_gives_one() -> None:
    agent = Agent(name="サンプル保険代理店", phone="03-0000-0000")
    text = "".join(answer_for(None, agent=agent).lines)
    assert "サンプル保険代理店" in text and "03-0000-0000" in text
    assert "ご契約の取扱代理店" not in text
    text = "".join(answer_for(None, agent=Agent(name="サンプル保険代理店", phone=None)).lines)
    assert "サンプル保険代理店" in text and "None" not in text


def test_every_answer_names_its_source() -> None:
    for answer in ANSWERS:
        assert answer.clauses or answer.urls, answer
        assert all(u.startswith("https://") for u in answer.urls), answer.urls
        assert all(c.where and c.words for c in answer.clauses)
        assert answer.sources


def test_the_vendor_answer_rests_on_the_pamphlets_free_choice_clause() -> None:
    answer = answer_for("vendor_choice")
    assert any("記載されていない専門事業者" in c.words for c in answer.clauses)


def test_the_announce_answer_rests_on_the_reduction_clause() -> None:
    answer = answer_for("announce", IncidentType.UNAUTHORIZED_ACCESS)
    assert any("縮小支払割合90%" in c.words and "200万円" in c.words for c in answer.clauses)


def test_no_answer_is_over_four_short_lines() -> None:
    for answer in ANSWERS:
        assert 1 <= len(answer.lines) <= MAX_LINES, answer.lines
        for line in answer.lines:
            assert len(line) <= MAX_CHARS, line


def test_no_identifier_reaches_a_user() -> None:
    for answer in ANSWERS:
        for line in answer.lines:
            assert not IDENTIFIER.search(line), line


def test_the_base_loads_once() -> None:
    assert load_answers() is load_answers()


# --- the file's rules ---------------------------------------------------------------


def _data() -> dict[str, Any]:
    return copy.deepcopy(config.read(FILE))


def _drop_sources(d: dict[str, Any]) -> None:
    d["topics"]["ransom"]["sources"] = []


def _unknown_clause(d: dict[str, Any]) -> None:
    d["topics"]["ransom"]["sources"] = ["no_such_clause"]


def _five_lines(d: dict[str, Any]) -> None:
    d["topics"]["ransom"]["lines"] = ["一行です。"] * 5


def _bad_placeholder(d: dict[str, Any]) -> None:
    d["topics"]["consent"]["lines"] = ["{accident_fax} へお電話ください。"]


def _missing_topic(d: dict[str, Any]) -> None:
    del d["topics"]["police"]


def _unknown_topic(d: dict[str, Any]) -> None:
    d["topics"]["weather"] = copy.deepcopy(d["topics"]["police"])


def _variant_for_nothing(d: dict[str, Any]) -> None:
    del d["topics"]["police"]["variants"][0]["types"]


def _unknown_type(d: dict[str, Any]) -> None:
    d["topics"]["police"]["variants"][0]["types"] = ["ransomware"]


def _alias_shadows_a_topic(d: dict[str, Any]) -> None:
    d["aliases"]["police"] = "ransom"


def _alias_to_nowhere(d: dict[str, Any]) -> None:
    d["aliases"]["disconnect"] = "unplug"


def _unused_clause(d: dict[str, Any]) -> None:
    d["clauses"]["spare"] = {"where": "裏面", "words": "何か"}


def _no_fallback_source(d: dict[str, Any]) -> None:
    d["fallback"]["sources"] = []


BROKEN: list[tuple[Callable[[dict[str, Any]], None], str, str]] = [
    (_drop_sources, "topics.ransom.sources", "must not be empty"),
    (_unknown_clause, "topics.ransom.sources[0]", "neither"),
    (_five_lines, "topics.ransom.lines", "at most 4"),
    (_bad_placeholder, "topics.consent.lines[0]", "bad placeholder"),
    (_missing_topic, "topics.police", "is missing"),
    (_unknown_topic, "topics.weather", "is an unknown key"),
    (_variant_for_nothing, "topics.police.variants[0]", "types, phases or access"),
    (_unknown_type, "topics.police.variants[0].types", "unknown 'ransomware'"),
    (_alias_shadows_a_topic, "aliases.police", "is a topic already"),
    (_alias_to_nowhere, "aliases.disconnect", "unknown 'unplug'"),
    (_unused_clause, "clauses.spare", "not used"),
    (_no_fallback_source, "fallback.sources", "must not be empty"),
]


@pytest.mark.parametrize(("breaks", "key", "reason"), BROKEN)
def test_a_broken_file_names_the_key_and_reason(
    breaks: Callable[[dict[str, Any]], None], key: str, reason: str
) -> None:
    data = _data()
    breaks(data)
    with pytest.raises(ConfigError) as caught:
        parse_answers(data)
    assert caught.value.file == FILE
    assert caught.value.key == key
    assert reason in caught.value.reason
