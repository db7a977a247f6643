"""Evidence of each fact, question topics, and a first message read like any other."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime
from io import StringIO
from pathlib import Path
from typing import Any

import pytest

from bot.cli import main as cli_main
from bot.conversation.engine import Engine
from bot.conversation.reply import QUOTE_CHARS, short_quote
from bot.conversation.state import ConversationState
from bot.conversation.store import MemoryStore
from bot.labels import labels
from bot.render.lines import understood_lines
from config import ConfigError
from coverage import Fact, load_rider
from nlu import FactState, read_message
from nlu.lexicon import parse_lexicon
from nlu.lexicon_file import FILE, QUESTION_TOPICS
from nlu.reading import Evidence, QuestionTopic

ROOT = Path(__file__).resolve().parents[1]
RIDER = load_rider()
NOW = datetime(2026, 11, 26, 1, 0, tzinfo=UTC)

# -- class 12: evidence ---------------------------------------------------------------

# (message, fact, the words quoted as its source)
FACT_EVIDENCE = [
    ("公表はまだでした", Fact.ANNOUNCED, "公表はまだでした"),
    ("昨日ホームページで公表しました。", Fact.ANNOUNCED, "昨日ホームページで公表しました"),
    (
        "倉庫のNASがランサムウェアに感染していました",
        Fact.INCIDENT_TYPE,
        "倉庫のNASがランサムウェアに感染していました",
    ),
    # A clause that starts far before its cue is quoted from the words just before it.
    (
        "昨夜、総務部の共有フォルダのサーバーがランサムウェアに感染",
        Fact.INCIDENT_TYPE,
        "サーバーがランサムウェアに感染",
    ),
    (
        "経理のPCがウイルスに感染、侵入の形跡はなかった",
        Fact.UNAUTHORIZED_ACCESS,
        "侵入の形跡はなかった",
    ),
    (
        "保険会社の同意は取らずに業者へ発注済みです",
        Fact.CONSENT,
        "保険会社の同意は取らずに業者へ発注済みです",
    ),
    (
        "委託している監視センターから深夜に通報がありました",
        Fact.DETECTION,
        "委託している監視センターから深夜に通報がありました",
    ),
    ("社内の情シスが気づいて止めました", Fact.DETECTION, "社内の情シスが気づいて止めました"),
    (
        "会員1,200名分のメールアドレスが漏れました",
        Fact.INDIVIDUALS,
        "会員1,200名分のメールアドレスが漏れました",
    ),
    ("取引先3社に誤送信してしまった", Fact.CORPORATIONS, "取引先3社に誤送信してしまった"),
    (
        "不正アクセスがあったかは調査中です",
        Fact.UNAUTHORIZED_ACCESS,
        "不正アクセスがあったかは調査中です",
    ),
]


@pytest.mark.parametrize(("message", "fact", "quote"), FACT_EVIDENCE)
def test_each_fact_read_carries_the_words_it_was_read_from(
    message: str, fact: str, quote: str
) -> None:
    evidence = read_message(message, message=3).evidence[fact]
    assert evidence.text == quote
    assert evidence.message == 3
    assert message[evidence.start : evidence.end] == quote  # no normalisation here


# (message, cost key as read, the words quoted)
COST_EVIDENCE = [
    (
        "コールセンターの設置に80万円かかりました",
        "incident_response",
        "コールセンターの設置に80万円かかりました",
    ),
    ("ログ解析に250万円、復旧に90万円", "data_recovery", "復旧に90万円"),
    ("ログ解析に250万円、復旧に90万円", "investigation", "ログ解析に250万円"),
    ("お詫び状の郵送費で12万円", "incident_response", "お詫び状の郵送費で12万円"),
    ("③に40万", "consultation", "③に40万"),  # the circled number, not its marker
]


@pytest.mark.parametrize(("message", "key", "quote"), COST_EVIDENCE)
def test_each_cost_carries_the_words_it_was_read_from(message: str, key: str, quote: str) -> None:
    mentions = [c for c in read_message(message).costs if c.key == key]
    assert [c.evidence.text if c.evidence else None for c in mentions] == [quote]


def test_an_amount_of_unknown_purpose_carries_its_words_too() -> None:
    (item,) = read_message("とりあえず150万円ほど払いました").unassigned
    assert item.evidence is not None and "150万円" in item.evidence.text


def test_an_amount_in_a_spaced_list_is_quoted_with_the_cost_word_before_it() -> None:
    reading = read_message("ログ解析 250万円、復旧 90万円")
    found = [a.evidence for a in reading.costs] + [a.evidence for a in reading.unassigned]
    assert sorted(e.text for e in found if e) == ["ログ解析 250万円", "復旧 90万円"]


# (messages in order, fact, message index and words of the evidence kept)
LATEST_WINS = [
    (["公表済みです", "すみません、公表はまだでした"], Fact.ANNOUNCED, 1, "公表はまだでした"),
    (["ランサムウェアに感染", "被害者は顧客300名"], Fact.INCIDENT_TYPE, 0, "ランサムウェアに感染"),
    (
        ["顧客300名の情報が流出", "正確には顧客320名でした"],
        Fact.INDIVIDUALS,
        1,
        "正確には顧客320名でした",
    ),
]


@pytest.mark.parametrize(("messages", "fact", "index", "quote"), LATEST_WINS)
def test_the_latest_statement_of_a_fact_gives_its_evidence(
    messages: list[str], fact: str, index: int, quote: str
) -> None:
    state = FactState()
    for number, text in enumerate(messages):
        state.apply(read_message(text, message=number))
    assert (state.evidence[fact].message, state.evidence[fact].text) == (index, quote)


def test_a_cost_keeps_the_evidence_of_the_statement_that_set_it() -> None:
    state = FactState()
    state.apply(read_message("復旧に100万円かかりました", message=0))
    state.apply(read_message("訂正です、復旧は120万円でした", message=1))
    assert state.costs["data_recovery"] == 1_200_000
    assert state.cost_evidence["data_recovery"].message == 1


def test_evidence_survives_the_stored_state_and_older_states_load_without_it() -> None:
    state = FactState()
    state.apply(read_message("公表はまだでした。調査に200万円", message=2))
    again = FactState.from_json(json.loads(json.dumps(state.to_json())))
    assert again.evidence == state.evidence and again.cost_evidence == state.cost_evidence
    old = {"values": {"announced": False}, "costs": {"investigation_generic": 1}}
    assert FactState.from_json(old).evidence == {}
    assert ConversationState.from_json({"facts": old}).facts.cost_evidence == {}


SHORT_QUOTES = [
    ("公表はまだでした", "公表はまだでした"),
    ("a" * QUOTE_CHARS, "a" * QUOTE_CHARS),
    (
        "委託している監視センターから深夜に通報がありました",
        "委託している監視センターから深夜に通報…",
    ),
    ("一行目\n二行目", "一行目 二行目"),
]


@pytest.mark.parametrize(("text", "shown"), SHORT_QUOTES)
def test_a_quote_shown_is_one_line_of_at_most_twenty_characters(text: str, shown: str) -> None:
    assert short_quote(text) == shown
    assert len(short_quote(text)) <= QUOTE_CHARS


# (conversation, a line the user sees among the understood facts)
UNDERSTOOD = [
    (
        ["HPで公表済みです", "公表はまだでした"],
        "・公表: 公表していない（「公表はまだでした」より）",
    ),
    (
        ["取引先3社に誤送信してしまった"],
        "・被害者（法人）: 3社（「取引先3社に誤送信してしまった」より）",
    ),
    (
        ["社内で気づきました。復旧に50万円"],
        "・④ データ等復旧費用: 500,000円（「復旧に50万円」より）",
    ),
]


@pytest.mark.parametrize(("messages", "line"), UNDERSTOOD)
def test_the_user_sees_each_understood_fact_with_its_words(messages: list[str], line: str) -> None:
    engine = Engine(RIDER, MemoryStore(), clock=lambda: NOW)
    reply = None
    for text in messages:
        reply = engine.handle("T1:C1:1", text, user="U1")
    assert reply is not None
    assert line in understood_lines(reply, labels())


def test_a_fact_set_by_a_button_shows_no_stale_quote() -> None:
    engine = Engine(RIDER, MemoryStore(), clock=lambda: NOW)
    engine.handle("k", "公表済みです。ランサムウェアに感染しました")
    reply = engine.answer("k", Fact.ANNOUNCED, False)
    (announced,) = [item for item in reply.understood if item.name == labels().facts["announced"]]
    assert announced.quote is None


def _analyze(*messages: str) -> dict[str, Any]:
    out = StringIO()
    stdout, sys.stdout = sys.stdout, out
    try:
        assert cli_main(["analyze", *messages]) == 0
    finally:
        sys.stdout = stdout
    result: dict[str, Any] = json.loads(out.getvalue())
    return result


def test_analyze_prints_the_evidence_of_each_fact_and_cost() -> None:
    result = _analyze("ランサムウェアに感染しました。", "公表はまだです。復旧に300万円かかりました")
    evidence = result["evidence"]
    assert evidence["incident_type"] == {
        "message": 0,
        "start": 0,
        "end": 14,
        "text": "ランサムウェアに感染しました",
    }
    assert evidence["announced"]["message"] == 1
    assert evidence["announced"]["text"] == "公表はまだです"
    assert evidence["costs"]["data_recovery"]["text"] == "復旧に300万円かかりました"


# -- class 10: the first message of a process -------------------------------------------

FIRST_MESSAGES = [
    ("クレジットカード番号が漏えいした可能性があります", "financial"),
    ("会員のカード番号とセキュリティコードが流出しました", "financial"),
    ("患者さんの病歴が含まれていました", "sensitive"),
]


@pytest.mark.parametrize(("message", "kind"), FIRST_MESSAGES)
def test_a_fresh_process_reads_data_kinds_in_its_first_message(message: str, kind: str) -> None:
    code = (
        "import sys; from nlu import read_message; "
        "print(','.join(sorted(read_message(sys.argv[1]).data_kinds)))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, message],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    assert kind in done.stdout.strip().split(",")


# -- class 11: questions --------------------------------------------------------------

# (message, the topics it asks about, most specific first)
TOPICS = [
    ("サーバーの電源、落としたほうがいいですか？", ["power_off"]),
    ("LANケーブル抜くべき？", ["power_off"]),
    ("身代金って払ったほうが早かったりする？", ["ransom"]),
    ("犯人に払えばデータ戻るって書いてあるけど、どうしよう？", ["ransom"]),
    ("これって公表しないといけないの？", ["announce"]),
    ("保険会社の同意なしで業者に払ったらどうなる？", ["consent", "next"]),
    ("警察にも届けたほうがいい？", ["police"]),
    ("個人情報保護委員会への報告って必要ですか", ["ppc_report"]),
    ("業者はこっちで好きな業者に頼んでもいい？", ["vendor_choice", "consent"]),
    ("この費用って保険で出ますか？", ["coverage"]),
    ("1円も出ないってこと？", ["coverage"]),
    ("うちが全部自腹なんですか？", ["coverage"]),
    # Asks when: the deadline answer gives the report's deadline.
    ("報告はいつまでに出せばいい？", ["deadline", "ppc_report"]),
    ("ログとか証拠は残しておくべき？", ["evidence"]),
    ("で、次はどうなるの", ["next"]),
    ("もう公表しましたが、補償はされますか？", ["coverage"]),
]


@pytest.mark.parametrize(("message", "topics"), TOPICS)
def test_a_question_carries_its_topics(message: str, topics: list[str]) -> None:
    assert [t.value for t in read_message(message).question_topics] == topics


STATEMENTS = [
    "身代金としてビットコインを要求されています。",
    "電源は切らずにLANケーブルを抜きました",
    "個人情報保護委員会へ速報を出しました",
    "警察には被害届を提出済みです",
]


@pytest.mark.parametrize("message", STATEMENTS)
def test_a_statement_with_a_topic_word_asks_nothing(message: str) -> None:
    reading = read_message(message)
    assert reading.question_topics == ()
    assert reading.question_topic is None


# Consent said to be not yet obtained, with nothing spent: no fact, answered by the
# consent rule. (message, consent read)
CONSENT_PENDING = [
    ("同意はまだ取ってないです", None),
    ("保険会社の同意は得ていません", None),
    ("同意：なし", None),
    ("まだ了承はもらってないです", None),
]
# Someone else's consent, or the insurer's given: nothing to answer.
NOT_PENDING = [
    ("お客様の同意は取っていない", None),
    ("保険会社の同意は得ています", True),
]
# Money spent without consent: the fact is read, and what to do now (call the insurer at
# once) is the consent answer's.
SPENT_WITHOUT_CONSENT = [
    "同意を得ずに業者に発注した",
    "保険会社にはまだ言ってないけど、もう発注しちゃった",
    "保険会社に相談する前に調査会社に払ってしまいました",
]


@pytest.mark.parametrize("message", SPENT_WITHOUT_CONSENT)
def test_spending_without_consent_is_answered_by_the_consent_rule(message: str) -> None:
    reading = read_message(message)
    assert reading.consent is False
    assert [t.value for t in reading.question_topics] == ["consent"]


@pytest.mark.parametrize(("message", "consent"), CONSENT_PENDING)
def test_consent_not_yet_obtained_is_a_consent_topic(message: str, consent: bool | None) -> None:
    reading = read_message(message)
    assert reading.consent is consent
    assert [t.value for t in reading.question_topics] == ["consent"]


@pytest.mark.parametrize(("message", "consent"), NOT_PENDING)
def test_other_consent_statements_ask_nothing(message: str, consent: bool | None) -> None:
    reading = read_message(message)
    assert reading.consent is consent
    assert reading.question_topics == ()


# A question that supposes or weighs states nothing: (message, fact not read).
SUPPOSED = [
    ("同意なしで払ったらどうなる？", Fact.CONSENT),
    ("公表しないとダメですか？", Fact.ANNOUNCED),
    ("自分で業者を選んでもいいの？", Fact.DETECTION),
]


@pytest.mark.parametrize(("message", "fact"), SUPPOSED)
def test_a_supposition_in_a_question_is_not_a_fact(message: str, fact: str) -> None:
    reading = read_message(message)
    assert getattr(reading, fact) is None
    assert fact not in reading.said_unknown
    assert fact not in reading.evidence


# A statement before the question, or a question asking how, keeps its facts.
STATED = [
    ("ランサムウェアに感染したけど、電源は切るべき？", Fact.INCIDENT_TYPE, "malware"),
    ("同意を得ずに払ってしまいました。補償されますか？", Fact.CONSENT, False),
    ("顧客の情報を抜かれた…どうすればいいですか", Fact.UNAUTHORIZED_ACCESS, "found"),
]


@pytest.mark.parametrize(("message", "fact", "value"), STATED)
def test_a_statement_beside_a_question_is_still_read(
    message: str, fact: str, value: object
) -> None:
    assert getattr(read_message(message), fact) == value


NOTHING_AT_ALL = ["1円も出ないってこと？", "一円も払われないんですか", "びた一文出ないの？"]


@pytest.mark.parametrize("message", NOTHING_AT_ALL)
def test_nothing_at_all_is_no_amount(message: str) -> None:
    reading = read_message(message)
    assert reading.costs == () and reading.unassigned == ()
    assert reading.question_topic is QuestionTopic.COVERAGE


def test_question_topics_keep_the_intent_the_engine_uses() -> None:
    reading = read_message("これって補償されますか？")
    assert reading.intent.value == "estimate"
    assert reading.question_topic is QuestionTopic.COVERAGE


def test_the_reply_carries_the_topics_of_the_message() -> None:
    engine = Engine(RIDER, MemoryStore(), clock=lambda: NOW)
    reply = engine.handle("k", "警察に届けるべき？")
    assert reply.question_topics == ("police",)


def test_every_question_topic_has_its_words_and_place_in_the_order() -> None:
    assert set(QUESTION_TOPICS) == {t.value for t in QuestionTopic}


def _lexicon_data() -> dict[str, Any]:
    import config

    return config.read(FILE)


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (lambda q: q["topics"].update(weather=["天気"]), "weather"),
        (lambda q: q["topics"].pop("police"), "police"),
        (lambda q: q.update(order=q["order"][:-1]), "order"),
        (lambda q: q.update(nothing_at_all=[]), "nothing_at_all"),
    ],
)
def test_a_bad_questions_section_is_one_config_error(change: Any, reason: str) -> None:
    data = _lexicon_data()
    data = {**data, "questions": json.loads(json.dumps(data["questions"]))}
    change(data["questions"])
    with pytest.raises(ConfigError, match=reason):
        parse_lexicon(data)


def test_evidence_round_trips_through_json() -> None:
    evidence = Evidence(message=1, start=2, end=5, text="公表は")
    assert Evidence.from_json(evidence.to_json()) == evidence
