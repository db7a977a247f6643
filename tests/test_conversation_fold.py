"""Folding a conversation: later statements override, costs change only when the user says so.

Each table row is `(messages, expected)`: the messages of one conversation, oldest first,
and the facts expected after the last one (as `coverage.facts_to_json` writes them); facts
not named in `expected` are not checked.
"""

from __future__ import annotations

from typing import Any

import pytest

from coverage import facts_to_json
from nlu import CostClash, FactState, facts_from_readings, read_message
from nlu.lexicon import GENERIC_INVESTIGATION


def fold(messages: tuple[str, ...]) -> tuple[dict[str, Any], FactState]:
    """The facts (as JSON) and the state after reading `messages` in order."""
    facts, state = facts_from_readings([read_message(text) for text in messages])
    return facts_to_json(facts), state


def guard(messages: tuple[str, ...], expected: dict[str, Any], reason: str) -> Any:
    """A conversation that once folded wrongly; `reason` says which gap it guards against."""
    return pytest.param(messages, expected)


def _subset(got: dict[str, Any], expected: dict[str, Any]) -> dict[str, Any]:
    return {name: got[name] for name in expected}


# A later explicit statement replaces an earlier one; later messages add facts.
STATEMENTS = [
    (("公表しました", "いや、公表はしていません"), {"announced": False}),
    (("公表はしていません", "昨日、HPで公表しました"), {"announced": True}),
    (
        ("監視会社から通報がありました", "すみません、通報ではなく社内で発見しました"),
        {"detection": "self"},
    ),
    (
        ("保険会社の同意はまだ得ていません", "先ほど保険会社から了承をもらいました"),
        {"consent": True},
    ),
    (("顧客情報2,000件が漏えいしました", "正確には1,250件でした"), {"individuals": 1_250}),
    # A bare number of companies corrects a corporations count already known ...
    (("取引先5社の見積書を誤送信しました", "あ、5社じゃなくて6社でした"), {"corporations": 6}),
    (("取引先5社の見積書を誤送信しました", "正確には4社でした"), {"corporations": 4}),
    # ... and is no count of victims when none is known.
    (("見積書を誤送信しました", "すみません、5社じゃなくて6社でした"), {"corporations": None}),
    (
        ("不正アクセスの可能性があります", "調査の結果、不正アクセスが確認されました"),
        {"incident_type": "unauthorized_access", "unauthorized_access": "found"},
    ),
    (
        ("不正アクセスの可能性があります", "調査の結果、不正アクセスはありませんでした"),
        {"incident_type": "suspected", "unauthorized_access": "not_found"},
    ),
    (
        ("ランサムウェアに感染しました", "公表はしていません"),
        {"incident_type": "malware", "unauthorized_access": "found", "announced": False},
    ),
    (
        ("監視会社から通報がありました", "不正アクセスはありませんでした"),
        {"detection": "external_report", "unauthorized_access": "not_found"},
    ),
]


@pytest.mark.parametrize(("messages", "expected"), STATEMENTS)
def test_later_statement_overrides(messages: tuple[str, ...], expected: dict[str, Any]) -> None:
    """The last explicit statement of a fact wins; facts said once are kept."""
    got, _ = fold(messages)
    assert _subset(got, expected) == expected


# (messages, fact): a later hedge retracts an earlier answer and records it as unknown.
RETRACTIONS = [
    (
        ("不正アクセスはありませんでした", "すみません、不正アクセスの有無はまだ調査中でした"),
        "unauthorized_access",
    ),
    (
        ("不正アクセスが確認されました", "いえ、まだ不正アクセスかどうかわからないです"),
        "unauthorized_access",
    ),
    (
        ("ランサムウェアに感染しました", "すみません、感染したかどうかはまだ調査中です"),
        "unauthorized_access",
    ),
    (("公表しました", "公表するかはまだ検討中です"), "announced"),
]


@pytest.mark.parametrize(("messages", "fact"), RETRACTIONS)
def test_later_hedge_retracts(messages: tuple[str, ...], fact: str) -> None:
    """A later 「まだ調査中」「わからない」 makes a fact unknown again, not kept from before."""
    got, state = fold(messages)
    assert got[fact] is None
    assert fact in state.said_unknown


# (messages, facts): a new amount replaces only after 訂正/でした, adds only after 追加/さらに.
COSTS = [
    (("調査費は300万円です", "調査費は200万円でした"), {"access_response": 2_000_000}),
    (("調査費は300万円です", "訂正です。調査費は250万円です"), {"access_response": 2_500_000}),
    (("調査費は300万円です", "すみません、500万円の間違いでした"), {"access_response": 5_000_000}),
    (("調査費は300万円です", "追加で調査に100万円かかりました"), {"access_response": 4_000_000}),
    (("調査費は300万円です", "調査費が追加で100万円かかりました"), {"access_response": 4_000_000}),
    (("調査費は300万円です", "さらに調査に100万円かかりました"), {"access_response": 4_000_000}),
    (("調査費は300万円です", "調査費は200万円です"), {"access_response": 3_000_000}),
    (("調査費は300万円です", "調査費は300万円です"), {"access_response": 3_000_000}),
    (
        ("コールセンターに400万円", "弁護士費用に50万円"),
        {"incident_response": 4_000_000, "consultation": 500_000},
    ),
    guard(
        ("調査費は300万円です", "調査費は300万円ではなく350万円でした"),
        {"access_response": 3_500_000},
        "the amount denied by ではなく is still attached and summed: 6,500,000",
    ),
    guard(
        ("調査費は300万円です", "追加で100万かかりました"),
        {"access_response": 4_000_000},
        "a bare 追加 amount goes to unassigned instead of adding to the one cost known "
        "(as 「500万円の間違いでした」 replaces it)",
    ),
    guard(
        ("フォレンジック調査に300万円", "追加で調査に100万円"),
        {"investigation": 4_000_000},
        "a plain 調査 added after フォレンジック調査 is kept apart and resolved to "
        "access_response instead of adding to investigation",
    ),
]


@pytest.mark.parametrize(("messages", "expected"), COSTS)
def test_cost_corrections(messages: tuple[str, ...], expected: dict[str, int]) -> None:
    """A cost changes only when the user corrects or adds to it; else the first amount stays."""
    got, _ = fold(messages)
    assert got["costs"] == expected


def test_new_amount_without_correction_is_a_clash() -> None:
    """A different amount for a known cost, said plainly, keeps the old one and is returned."""
    state = FactState()
    assert state.apply(read_message("調査費は300万円です")) == []
    clashes = state.apply(read_message("調査費は200万円です"))
    assert clashes == [CostClash(GENERIC_INVESTIGATION, 3_000_000, 2_000_000)]
    assert state.costs == {GENERIC_INVESTIGATION: 3_000_000}


# (messages, expected): a price per person waits for the number of victims, in either order.
PER_PERSON = [
    (
        ("見舞金は1人500円", "対象は3,000名"),
        {"individuals": 3_000, "costs": {"condolence": 1_500_000}},
    ),
    (
        ("見舞金は1人500円で考えています", "対象は3,000名です"),
        {"individuals": 3_000, "costs": {"condolence": 1_500_000}},
    ),
    (
        ("見舞金は1人500円", "対象は3,000名", "訂正、対象は2,000名でした"),
        {"individuals": 2_000, "costs": {"condolence": 1_000_000}},
    ),
    guard(
        ("顧客300名分の個人情報が漏えいしました", "見舞金は1人500円を予定しています"),
        {"individuals": 300, "costs": {"condolence": 150_000}},
        "the 1人 of the price 「1人500円」 is read as a victim count of 1 and replaces 300 "
        "(victims.price_unit only skips amounts with per_unit set, as 「1名あたり」)",
    ),
]


@pytest.mark.parametrize(("messages", "expected"), PER_PERSON)
def test_per_person_condolence(messages: tuple[str, ...], expected: dict[str, Any]) -> None:
    """A condolence price per person is multiplied by the victim count once both are known."""
    got, _ = fold(messages)
    assert _subset(got, expected) == expected


def test_an_addition_equal_to_the_total_so_far_is_still_added() -> None:
    """「追加で20万円」 after 20万円 in all is 40万円, not a repeat of the same amount."""
    readings = [read_message("調査費用10万円"), read_message("追加で10万円の調査費用")]
    readings.append(read_message("追加で20万円の調査費用がかかりました"))
    facts, _ = facts_from_readings(readings)
    assert sum(facts.costs.values()) == 400_000


ROUND4_CHAT = [
    # A price for each of two groups is a price per victim of each.
    (
        ("対象は個人40名、法人3社", "見舞金は個人500円、法人5万円を支払いました"),
        {"costs": {"condolence": 170_000}},
    ),
    # 「…分を会員…名に」: the count after a gift card's value.
    (("図書カード1,000円分を会員300名に送りました",), {"costs": {"condolence": 300_000}}),
    # An amount only being weighed is no cost.
    (("見舞金は1人1,000円、法人2万円で検討中です",), {"costs": {}}),
    # A claim received is damages, the lawyer's fee is ③.
    (
        ("著作権者から80万円を請求されています。弁護士費用は20万円",),
        {"costs": {"damages": 800_000, "consultation": 200_000}},
    ),
    # Shorthand フォレ is forensics.
    (
        ("フォレ費用120万、お詫び状30万",),
        {"costs": {"investigation": 1_200_000, "incident_response": 300_000}},
    ),
    # Consent missing with nothing spent is still to be obtained; once spent, refused.
    (("同意:未取得", "費用:未定"), {"consent": None}),
    (("同意:未取得", "復旧費 80万円を支払いました"), {"consent": False}),
    # A decision not taken is no denial.
    (("公表についてはまだ何も決まっていません",), {"announced": None}),
]


@pytest.mark.parametrize(("messages", "expected"), ROUND4_CHAT)
def test_round4_chat_classes(messages: tuple[str, ...], expected: dict[str, Any]) -> None:
    got, _ = fold(messages)
    assert _subset(got, expected) == expected


def test_facts_said_unknown_keep_the_facts_order() -> None:
    """The stored list of facts said unknown follows the facts' order, not a set's hash order."""
    _, state = fold(("侵入：調査中\n公表：未定",))
    assert state.said_unknown == ["unauthorized_access", "announced"]
