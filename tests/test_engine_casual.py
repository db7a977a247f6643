"""The conversation with a stressed user: a message with no fact that still says
something went wrong starts a report, and a typed 「まだ」 is not a refusal."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.conversation.engine import Engine
from bot.conversation.reply import ReplyKind
from bot.conversation.store import MemoryStore
from coverage import Access, load_rider
from nlu import to_facts

NOW = datetime(2025, 11, 20, 10, 0, tzinfo=UTC)


def _engine() -> Engine:
    return Engine(load_rider(), MemoryStore(), clock=lambda: NOW)


TROUBLE = [
    "やられた…",
    "変なメール開いちゃった",
    "サイトが落ちてる",
    "やばいことになった",
    "ホームページが見れなくなってます",
    "アクセスが集中してるみたいでサイトが重いです",
]
NOT_TROUBLE = ["テストです", "あいうえお"]


@pytest.mark.parametrize("message", TROUBLE)
def test_a_message_that_only_says_something_went_wrong_asks_what_happened(message: str) -> None:
    reply = _engine().handle("c", message)
    assert reply.kind is not ReplyKind.UNCLEAR
    assert reply.question is not None and reply.question.id == "incident_type"


@pytest.mark.parametrize("message", NOT_TROUBLE)
def test_a_message_about_nothing_is_still_not_understood(message: str) -> None:
    assert _engine().handle("c", message).kind is ReplyKind.UNCLEAR


def test_a_trouble_message_asks_the_type_only_while_it_is_unknown() -> None:
    engine = _engine()
    engine.handle("c", "ノートPCを電車に置き忘れた")
    reply = engine.handle("c", "やばい")
    assert reply.question is None or reply.question.id != "incident_type"


# After a loss, the thing turning up is answered, not met with 「読み取れませんでした」; a
# message that it is still missing, or asks whether it was found, is not that.
FOUND = [
    ("あ、ありました！カバンの底に", True),
    ("見つかりました、机の引き出しに入ってました", True),
    ("駅から届きました", True),
    ("まだ見つかりません", False),
    ("探したけどありませんでした", False),
    ("見つかったら連絡します", False),
]


@pytest.mark.parametrize(("message", "found"), FOUND)
def test_a_lost_thing_found_again_is_answered(message: str, found: bool) -> None:
    engine = _engine()
    engine.handle("c", "社用スマホなくしたかも。どこにもない")
    reply = engine.handle("c", message)
    said = any("見つかって何よりです" in note for note in reply.notes)
    assert said is found
    assert (reply.kind is ReplyKind.UNCLEAR) is not found
    assert to_facts(engine.state_of("c").facts).incident_type is not None  # kept as said


def test_something_found_is_no_recovery_before_any_loss() -> None:
    """「見つかりました」 with no loss told is no answer about a lost thing."""
    reply = _engine().handle("c", "見つかりました")
    assert not any("見つかって何よりです" in note for note in reply.notes)


def _after_consent_question(answer: str) -> object:
    engine = _engine()
    engine.handle("c", "ノートPCを紛失、顧客100名分")
    asked = engine.handle("c", "コールセンター費用は50万円")
    assert asked.question is not None and asked.question.id == "consent"
    reply = engine.handle("c", answer)
    assert reply.kind is not ReplyKind.UNCLEAR
    return to_facts(engine.state_of("c").facts).consent


# (answer typed to 「…同意を得ていますか？」, consent then)
CONSENT_ANSWERS = [("まだ", None), ("まだ取ってないです", None), ("わかんないっす", None)]


@pytest.mark.parametrize(("answer", "consent"), CONSENT_ANSWERS)
def test_not_yet_to_the_consent_question_is_no_refusal(answer: str, consent: object) -> None:
    assert _after_consent_question(answer) is consent


def test_not_yet_to_the_announcement_question_is_not_announced() -> None:
    engine = _engine()
    asked = engine.handle("c", "監視会社から不正アクセスを確認したと通報。調査費300万円")
    assert asked.question is not None and asked.question.id == "announced"
    engine.handle("c", "まだです")
    assert to_facts(engine.state_of("c").facts).announced is False


# (first message, a follow-up that says only one thing the bot uses, what it then knows)
FOLLOW_UPS = [
    ("顧客名簿を電車に置き忘れました", "48名です", ("individuals", 48)),
    (
        "ウイルス感染で顧客の個人情報が漏れたかも",
        "件数は1万2千件って言ってた",
        ("individuals", 12_000),
    ),
    ("ノートPCを紛失しました", "カード番号も入ってました", ("data_kinds", ["financial"])),
]


@pytest.mark.parametrize(("first", "then", "known"), FOLLOW_UPS)
def test_a_follow_up_with_one_fact_is_understood(
    first: str, then: str, known: tuple[str, object]
) -> None:
    engine = _engine()
    engine.handle("c", first)
    reply = engine.handle("c", then)
    assert reply.kind is not ReplyKind.UNCLEAR
    state = engine.state_of("c")
    name, value = known
    got = state.data_kinds if name == "data_kinds" else getattr(to_facts(state.facts), name)
    assert got == value


def test_a_cost_named_without_its_amount_asks_for_it_then_takes_it() -> None:
    engine = _engine()
    engine.handle("c", "顧客名簿を電車に置き忘れました")
    named = engine.handle("c", "見舞金を送る予定です")
    assert named.kind is not ReplyKind.UNCLEAR
    assert any("見舞金" in note and "金額" in note for note in named.notes)
    amount = engine.handle("c", "30万円くらい")
    assert to_facts(engine.state_of("c").facts).costs == {"condolence": 300_000}
    # The amount went to the cost just named: no note says it was not understood.
    assert not any("読み取れませんでした" in note for note in amount.notes)


@pytest.mark.parametrize(
    ("said", "shown"),
    [
        ("公表はまだ決めてない", ("公表", "未定")),
        ("不正アクセスかどうかは調査中です", ("不正アクセス等の有無", "調査中・不明")),
    ],
)
def test_a_fact_said_unknown_reads_in_its_own_words(said: str, shown: tuple[str, str]) -> None:
    engine = _engine()
    engine.handle("c", "取引先から、うちのサーバーから変なメールが来ていると言われました")
    assert shown in engine.handle("c", said).said_unknown


def test_a_date_alone_answers_when_it_became_known() -> None:
    engine = _engine()
    engine.handle("c", "ランサムウェアに感染しました")
    reply = engine.handle("c", "昨日です")
    assert reply.kind is not ReplyKind.UNCLEAR
    assert engine.state_of("c").discovered_on == "2025-11-19"
    assert any("11月19日" in note for note in reply.notes)


def test_a_date_in_a_message_about_something_else_is_no_discovery_date() -> None:
    engine = _engine()
    engine.handle("c", "ランサムウェアに感染しました")
    engine.handle("c", "今日のランチどうしよう")
    assert engine.state_of("c").discovered_on is None


# (an answer naming what is not known, after 「社員がUSBなくした。顧客名簿入り」; the fact
# the card then shows as unknown)
NAMED_UNKNOWN = [
    ("何人分かはわかんない", "individuals"),
    ("人数はまだ不明", "individuals"),
    ("件数は把握できていません", "individuals"),
    ("何社かはわからない", "corporations"),
    ("見積もりはまだ出てない", "costs"),
    ("同意したかは確認中", "consent"),
]


@pytest.mark.parametrize(("answer", "fact"), NAMED_UNKNOWN)
def test_a_fact_named_as_unknown_is_shown_unknown_and_not_asked(answer: str, fact: str) -> None:
    engine = _engine()
    engine.handle("c", "社員がUSBなくした。顧客名簿入り")
    reply = engine.handle("c", answer)
    assert reply.kind is not ReplyKind.UNCLEAR
    assert fact in engine.state_of("c").facts.said_unknown
    assert reply.said_unknown
    victims = fact in ("individuals", "corporations")
    asked = reply.question.id if reply.question is not None else None
    assert asked != ("victims" if victims else fact)


def test_a_count_said_later_replaces_the_count_said_unknown() -> None:
    engine = _engine()
    engine.handle("c", "社員がUSBなくした。顧客名簿入り")
    engine.handle("c", "人数はまだ不明")
    engine.handle("c", "120名分でした")
    facts = engine.state_of("c").facts
    assert facts.values.get("individuals") == 120
    assert "individuals" not in facts.said_unknown


@pytest.mark.parametrize(
    "said", ["何人分かはわかんない", "人数はまだ不明です", "何社かはわからない"]
)
def test_a_count_said_unknown_unasked_is_not_asked_for(said: str) -> None:
    """「何人分かはわかんない」 before the bot asked: the victims question is not put next."""
    engine = _engine()
    engine.handle("c", "社員がUSBなくした。顧客名簿入り")
    engine.handle("c", "警察に届けたほうがいい？")  # the costs question, asked again
    reply = engine.handle("c", said)
    assert reply.question is None or reply.question.id != "victims"


@pytest.mark.parametrize("settled", ["確定です", "ログ見た、確定"])
def test_a_bare_confirmation_settles_the_doubt_held(settled: str) -> None:
    """「…されてるかも」 then 「確定です」: access found, not 読み取れませんでした."""
    engine = _engine()
    engine.handle("c", "経理のメール、不正ログインされてるかも")
    reply = engine.handle("c", settled)
    assert reply.kind is not ReplyKind.UNCLEAR
    assert reply.estimate is not None
    assert reply.estimate.facts.unauthorized_access is Access.FOUND


# A count of devices said on its own: understood, quoted, and used for a later price per device.
DEVICE_COUNTS = [("PCは3台", 3), ("感染したのはノートPC2台です", 2), ("端末5台がやられた", 5)]


@pytest.mark.parametrize(("message", "count"), DEVICE_COUNTS)
def test_a_count_of_devices_alone_is_understood_and_quoted(message: str, count: int) -> None:
    engine = _engine()
    engine.handle("c", "ランサムウェアに感染しました")
    reply = engine.handle("c", message)
    assert reply.kind is not ReplyKind.UNCLEAR
    assert any(f"{count}台として" in note and "「" in note for note in reply.notes)


def test_a_price_per_device_after_the_count_is_multiplied() -> None:
    engine = _engine()
    engine.handle("c", "ランサムウェアに感染しました")
    engine.handle("c", "PCは3台")
    engine.handle("c", "駆除は1台5万円と言われました")
    assert to_facts(engine.state_of("c").facts).costs == {"prevention": 150_000}


def test_a_count_said_again_is_not_noted_again() -> None:
    engine = _engine()
    engine.handle("c", "PC3台がランサムウェアに感染しました")
    reply = engine.handle("c", "PCは3台です")
    assert not any("台として" in note for note in reply.notes)


def test_a_password_reset_said_done_keeps_the_conversation() -> None:
    """「パスワードをリセットしました」 is a step done, not a request to erase what was said."""
    engine = _engine()
    engine.handle("c", "不正ログインされて顧客200名分の情報が見られました")
    reply = engine.handle("c", "パスワードをリセットしました")
    assert reply.kind is not ReplyKind.RESET
    assert to_facts(engine.state_of("c").facts).individuals == 200


# Words of a stressed user that hold no fact yet say the incident goes on: never
# 「読み取れませんでした」 while an incident is being told.
GOING_ON = [
    "ビットコインで払えと書いてあります",
    "犯人から連絡が来ました",
    "明日から業務止まるかも",
    "お客さんから電話がじゃんじゃん来てる",
    "メールが勝手に送信されてる",
    "とりあえずネット切りました",
]


@pytest.mark.parametrize("message", GOING_ON)
def test_news_of_the_incident_with_no_fact_is_not_misunderstood(message: str) -> None:
    assert _engine().handle("c", message).kind is not ReplyKind.UNCLEAR


@pytest.mark.parametrize("message", ["了解です", "わかりました！", "承知です🙏"])
def test_an_acknowledgement_gets_a_short_reply(message: str) -> None:
    engine = _engine()
    engine.handle("c", "ノートPCを電車に置き忘れました")
    assert engine.handle("c", message).kind is ReplyKind.THANKS
