"""Modality, negation, corrections and casual wording (issue 10, classes 2, 3, 4 and 6).

Each table row is `(messages, expected)`: the messages of one conversation, oldest first,
and the facts expected after the last one (as `coverage.facts_to_json` writes them); facts
not named are not checked. The sentences are our own, written in each class's register.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from bot.conversation.engine import Engine
from bot.conversation.store import MemoryStore
from coverage import Access, Fact, facts_to_json, load_rider
from nlu import ScalarClash, facts_from_readings, read_message
from nlu.facts_builder import FactState


def fold(*messages: str) -> tuple[dict[str, Any], FactState]:
    facts, state = facts_from_readings([read_message(text) for text in messages])
    return facts_to_json(facts), state


def _subset(got: dict[str, Any], expected: dict[str, Any]) -> dict[str, Any]:
    return {name: got[name] for name in expected}


# Class 2: undecided is unknown, a plan counts as announced, a hedge binds to its clause.
MODALITY = [
    (("公表するかどうかは社長が決めていません",), {"announced": None}),
    (("HPでの公表は来月する予定です",), {"announced": True}),
    (("たぶんランサムウェアにやられたと思います",), {"unauthorized_access": None}),
    (
        ("サーバーへの侵入が確認され、会員情報が閲覧された可能性があります",),
        {"unauthorized_access": "found"},
    ),
    (
        ("業務用PCがEmotetに感染しており、取引先のアドレスが抜かれたおそれがあります",),
        {"unauthorized_access": "found"},
    ),
    (("社用スマホが乗っ取られたっぽいです",), {"unauthorized_access": None}),
    (("管理画面に不正ログインされたかも",), {"unauthorized_access": None}),
    (
        ("調べた結果、不正アクセスがなかった場合も調査費は出ますか？",),
        {"unauthorized_access": None},
    ),
    (("公表ってしなきゃいけないんですか？",), {"announced": None}),
    (("公表はしない方向で考えてるけど、それでいい？",), {"announced": None}),
    (("侵入されたのは確実です。公表はまだ決めていません",), {"unauthorized_access": "found"}),
    # A report's bare 確認、 then what the intruder may have done, said as a noun: the doubt
    # is the viewing's; a doubt about the attack itself still doubts it.
    (
        ("結果：外部からの不正アクセスを確認、個人情報約１万２千件の閲覧の可能性",),
        {"unauthorized_access": "found"},
    ),
    (("VPN経由の侵入を確認、顧客データ持ち出しのおそれ",), {"unauthorized_access": "found"}),
    (("不正ログインを確認、カード情報が悪用された可能性",), {"unauthorized_access": "found"}),
    (("不正アクセスを確認、成功したかは不明",), {"unauthorized_access": None}),
    (("不正アクセスの可能性、閲覧の有無は調査中",), {"unauthorized_access": None}),
]

# Class 3: negation in every register, and money spent before consent.
NEGATION = [
    (("保険会社の同意は取ってないです。もう業者に払いました",), {"consent": False}),
    (("損保さんの承認は得ていませんが、復旧業者には発注済みです",), {"consent": False}),
    (("保険屋さんのOKもらう前に業者を手配して契約しちゃった",), {"consent": False}),
    (("保険会社の同意前に、調査会社への支払いを済ませてしまいました",), {"consent": False}),
    (("保険会社の同意未取得のまま調査を発注済",), {"consent": False}),
    (("保険会社の了承をいただいて、駆除業者に依頼しました",), {"consent": True}),
    (("代理店からは事前にOK出てます",), {"consent": True}),
    (("保険会社の同意は、発注の前にいずれももらっています",), {"consent": True}),
    (("公表は当面見送る方針です",), {"announced": False}),
    (("お知らせの掲載は不要との判断になりました",), {"announced": None}),
    (("公表は不要と判断しました",), {"announced": False}),
    (("不正アクセスの形跡は無しとの報告でした",), {"unauthorized_access": "not_found"}),
]

# Class 4: corrections replace; a contradiction without one is kept as a proposal.
CORRECTIONS = [
    (("公表済みです", "すみません、公表はまだでした"), {"announced": False}),
    (
        ("監視会社からの通報でした", "ごめんなさい、通報ではなく社内で見つけました"),
        {"detection": "self"},
    ),
    (
        ("同意はもらっています", "あ、まだ日新火災には何も言ってなくて、もう払いました"),
        {"consent": False},
    ),
    (("公表していません", "本日付でホームページにお知らせを出しました"), {"announced": True}),
    (
        ("調査では侵入はなかったそうです", "追加の調査で侵入が見つかりました"),
        {"unauthorized_access": "found"},
    ),
    (
        ("社内のPCがウイルスに感染しました", "顧客データへのアクセスは無かったとのことです"),
        {"unauthorized_access": "found"},
    ),
]

PROPOSALS = [
    (
        ("ランサムウェアに感染しました", "不正アクセスはありませんでした"),
        "unauthorized_access",
        "found",
        "not_found",
    ),
    (("HPで公表しました", "公表はしていません"), "announced", True, False),
    (
        ("監視会社から連絡がありました", "社内で気づきました"),
        "detection",
        "external_report",
        "self",
    ),
]

# Class 4: the answer under a quoted bot question belongs to that question.
QUOTED = [
    (("> 公表はされましたか？\nいいえ、まだです",), {"announced": False}),
    (
        ("> この事故について、公表しましたか？\n未定です。来月の取締役会で決めます",),
        {"announced": None},
    ),
    (
        ("> 不正アクセス等は確認されましたか？\nいえ、なかったです",),
        {"unauthorized_access": "not_found"},
    ),
    (("> 保険会社の同意を得ていますか？\nはい",), {"consent": True}),
    (("&gt; 公表しましたか？\nしてないです",), {"announced": False}),
]

# Class 6: casual and elliptical wording.
CASUAL = [
    (("会社のノートPCを電車に置いてきたかも",), {"incident_type": "lost_or_stolen"}),
    (("顧客リストの入ったUSBが見当たらない",), {"incident_type": "lost_or_stolen"}),
    (("ランサムにやられた、ファイルが全部開かない",), {"unauthorized_access": "found"}),
]


# Class 3b: consent not yet obtained, in list and chat form; a refusal only once money was
# spent or ordered; a guess states nothing.
CONSENT = [
    (("同意：未　調査費：200万円（発注済）",), {"consent": False}),
    (("同意はまだです。業者にはもう発注しました、300万",), {"consent": False}),
    (("同意取得前に業者へ発注済みです。300万円",), {"consent": False}),
    (("保険会社に確認しないまま業者と契約しました。復旧費300万",), {"consent": False}),
    (("同意：未　調査費見積もり200万",), {"consent": None}),
    (("保険会社の同意はまだ、発注もまだです。見積もり350万円",), {"consent": None}),
    (("保険会社の同意はまだです。発注はしていません",), {"consent": None}),
    (("同意はまだですか？もう発注しちゃったんですけど",), {"consent": None}),
    (("保険会社の同意は多分もらってると思います",), {"consent": None}),
    (("保険会社のOKは出てると思います、たぶん。調査300万円",), {"consent": None}),
    (("同意：済　調査費200万円",), {"consent": True}),
    (("代理店さんには了承もらいました。復旧費150万円",), {"consent": True}),
]


@pytest.mark.parametrize(("messages", "expected"), CONSENT)
def test_consent_not_yet_and_guessed(messages: tuple[str, ...], expected: dict[str, Any]) -> None:
    got, _ = fold(*messages)
    assert _subset(got, expected) == expected


@pytest.mark.parametrize(("messages", "expected"), MODALITY)
def test_modality_binds_to_its_own_predicate(
    messages: tuple[str, ...], expected: dict[str, Any]
) -> None:
    """Undecided and hedged facts stay unknown; a hedge qualifies only its own clause."""
    got, _ = fold(*messages)
    assert _subset(got, expected) == expected


@pytest.mark.parametrize(("messages", "expected"), NEGATION)
def test_negation_in_every_register(messages: tuple[str, ...], expected: dict[str, Any]) -> None:
    """Plain, polite and casual denials read alike; spending before consent is no consent."""
    got, _ = fold(*messages)
    assert _subset(got, expected) == expected


@pytest.mark.parametrize(("messages", "expected"), CORRECTIONS)
def test_corrections_replace_and_the_case_moves_on(
    messages: tuple[str, ...], expected: dict[str, Any]
) -> None:
    """A correction word replaces; a later event adds; a narrower denial does not undo."""
    got, _ = fold(*messages)
    assert _subset(got, expected) == expected


@pytest.mark.parametrize(("messages", "name", "old", "new"), PROPOSALS)
def test_contradiction_is_a_proposal(
    messages: tuple[str, ...], name: str, old: Any, new: Any
) -> None:
    """A contradiction without a correction word keeps the old value and proposes the new."""
    got, state = fold(*messages)
    assert got[name] == old
    assert state.clashes() == [ScalarClash(name, old, new)]
    assert FactState.from_json(state.to_json()).clashes() == state.clashes()


@pytest.mark.parametrize(("messages", "expected"), QUOTED)
def test_answer_under_a_quoted_question(
    messages: tuple[str, ...], expected: dict[str, Any]
) -> None:
    """「> 公表しましたか？」 then 「いいえ」: the bare answer is about the quoted question."""
    got, state = fold(*messages)
    assert _subset(got, expected) == expected
    if None in expected.values():
        assert set(expected) <= set(state.said_unknown)


@pytest.mark.parametrize(("messages", "expected"), CASUAL)
def test_casual_wording(messages: tuple[str, ...], expected: dict[str, Any]) -> None:
    """Casual and elliptical reports read like formal ones."""
    got, _ = fold(*messages)
    assert _subset(got, expected) == expected


UNKNOWN_ANSWERS = [
    "分からん",
    "わかんないです",
    "まだ不明です",
    "把握できていません",
    "調査中です",
    "まだわかんない",
]


@pytest.mark.parametrize("text", UNKNOWN_ANSWERS)
def test_dont_know_in_all_its_forms(text: str) -> None:
    """Every form of 「わからない」 alone is a bare unknown answer."""
    assert read_message(text).answer == "unknown"


def test_engine_asks_which_of_two_contradicting_values() -> None:
    """The bot asks どちらが正しいですか about a contradiction, and the answer settles it."""
    engine = Engine(load_rider(), MemoryStore(), clock=lambda: datetime(2026, 11, 26, tzinfo=UTC))
    key = "T1:C1:1.0"
    engine.handle(key, "ランサムウェアに感染しました")
    reply = engine.handle(key, "不正アクセスはありませんでした")
    assert reply.question is not None and reply.question.id == "fact_clash"
    assert reply.question_text is not None and "どちらが正しいですか" in reply.question_text
    assert reply.estimate is not None and reply.estimate.facts.unauthorized_access is not None
    assert reply.estimate.facts.unauthorized_access.value == "found"
    settled = engine.answer(key, "fact_clash", "new")
    assert settled.estimate is not None and settled.estimate.facts.unauthorized_access is not None
    assert settled.estimate.facts.unauthorized_access.value == "not_found"
    assert settled.question is None or settled.question.id != "fact_clash"


def test_victim_count_question_takes_dont_know() -> None:
    """「わかんない」 to the question about counts stops that question, it is not a count."""
    engine = Engine(load_rider(), MemoryStore(), clock=lambda: datetime(2026, 11, 26, tzinfo=UTC))
    key = "T1:C1:2.0"
    reply = engine.handle(key, "顧客名簿の入った鞄を電車で紛失しました。お詫び状の郵送に20万円")
    while reply.question is not None and reply.question.id != "victims":
        reply = engine.answer(key, reply.question.id, reply.question.answers[-1].value)
    assert reply.question is not None
    reply = engine.handle(key, "まだわかんないです")
    assert reply.question is None or reply.question.id != "victims"
    assert reply.estimate is not None and reply.estimate.facts.individuals is None


# Class r3b: consent said to be missing and a cost stated as spent, in the same message or
# in different ones (either order), is a refusal; an estimate, a plan or a question is not
# money spent, and a guess states nothing.
CONSENT_ACROSS_MESSAGES = [
    (("内訳です\n- フォレンジック 300万\n- 復旧 50万", "同意はまだ取っていません"), False),
    (("保険会社の同意はもらっていないです", "弁護士の相談料が40万でした"), False),
    (("保険会社の了承はまだです。復旧費は80万かかりました",), False),
    (("同意はまだ取れてません", "結局、業者にもう発注しました"), False),
    (("同意はまだ取っていません", "見積もりは300万円です"), None),
    (("調査費200万の予定です", "保険会社の同意はまだです"), None),
    (("同意はまだ取ってないです", "調査に100万かかったら出ますか？"), None),
    (("復旧費は80万でした", "同意は取ってないと思います"), None),
    (("復旧に120万かかりました", "同意はまだです", "先ほど保険会社の了承をもらいました"), True),
]


@pytest.mark.parametrize(("messages", "expected"), CONSENT_ACROSS_MESSAGES)
def test_missing_consent_and_spending_fold_into_a_refusal(
    messages: tuple[str, ...], expected: bool | None
) -> None:
    got, _ = fold(*messages)
    assert got.get("consent") == expected


def test_consent_fold_flags_survive_the_store() -> None:
    _, state = fold("同意はまだ取っていません")
    again = FactState.from_json(state.to_json())
    again.apply(read_message("業者に200万払いました"))
    assert again.values.get("consent") is False


# Someone's consent to a use of their photo or work is not the insurer's (※3).
USE_CONSENT = [
    "写真の掲載を承諾していないとの連絡があり、使用料30万円を請求されました",
    "肖像の使用に同意していないとのご指摘をいただき、対応費用50万円を支払いました",
    "イラストの転載許可は取っていませんでした。賠償金20万円を払いました",
]


@pytest.mark.parametrize("message", USE_CONSENT)
def test_consent_to_a_use_of_a_work_is_not_the_insurers(message: str) -> None:
    assert read_message(message).consent is None


# A key and its value in a list or a pasted report: (message, fact, value read).
LISTED_VALUES = [
    ("侵入：無", Fact.UNAUTHORIZED_ACCESS, Access.NOT_FOUND),
    ("不正アクセス:無／公表:未", Fact.UNAUTHORIZED_ACCESS, Access.NOT_FOUND),
    ("不正アクセス:無／公表:未", Fact.ANNOUNCED, False),
    ("公表：済", Fact.ANNOUNCED, True),
    ("侵入：有", Fact.UNAUTHORIZED_ACCESS, Access.FOUND),
    # A sentence after the colon is read as a sentence, with its hedge.
    ("侵入：無いとは言えない", Fact.UNAUTHORIZED_ACCESS, None),
    ("公表：未定", Fact.ANNOUNCED, None),
]


@pytest.mark.parametrize(("message", "fact", "value"), LISTED_VALUES)
def test_a_listed_value_after_a_colon(message: str, fact: str, value: object) -> None:
    assert getattr(read_message(message), fact) == value


# A price quoted or a spending supposed is not money spent: consent missing stays open.
# (messages, consent read)
QUOTED_NOT_SPENT = [
    (["業者に調査頼んだら150万って言われました", "同意はまだ取ってないです"], None),
    (["業者に発注すれば200万円かかるそうです。同意はまだです"], None),
    # Near misses: paid, or ordered, is spent.
    (["調査費150万円払いました。同意はまだ取ってないです"], False),
    (["業者に発注しました。200万円です。同意はまだです"], False),
]


@pytest.mark.parametrize(("messages", "consent"), QUOTED_NOT_SPENT)
def test_a_quoted_price_is_not_money_spent(messages: list[str], consent: bool | None) -> None:
    facts, _ = facts_from_readings([read_message(m) for m in messages])
    assert facts.consent is consent


# A payment demanded on a screen is a sign of ransomware: the message is understood.
RANSOM_SIGNS = [
    ("ファイルが全部開けなくて、画面に英語で金払えみたいなのが出てます", "suspected"),
    ("PCにビットコインを要求するメッセージが出た", "suspected"),
    ("飲み会の金払えって言われた", None),
]


@pytest.mark.parametrize(("message", "incident_type"), RANSOM_SIGNS)
def test_a_payment_demand_on_the_screen(message: str, incident_type: str | None) -> None:
    read = read_message(message).incident_type
    assert (read.value if read else None) == incident_type
