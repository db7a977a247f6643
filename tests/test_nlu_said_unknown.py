"""A fact named and said to be unknown (「人数はまだ不明」「何人分かはわかんない」): that
fact is said unknown, whatever question was asked; a clause that states a value, says
something else or asks states no unknown."""

from __future__ import annotations

import pytest

from coverage import Fact
from nlu import read_message
from nlu.facts_builder import FactState

# (message, the facts it says are unknown)
NAMED = [
    ("対象人数はまだわかりません", {Fact.INDIVIDUALS}),
    ("何人分かはこれ以上わかんない", {Fact.INDIVIDUALS}),
    ("人数はこれ以上はわからないです", {Fact.INDIVIDUALS}),
    ("何人分漏れたかは把握できてないです", {Fact.INDIVIDUALS}),
    ("漏れた顧客の人数は、まだ調査中です", {Fact.INDIVIDUALS}),
    ("会員が何名いたかはわからん", {Fact.INDIVIDUALS}),
    ("対象となる患者数は現在調査中です", {Fact.INDIVIDUALS}),
    ("取引先の社数は不明です", {Fact.CORPORATIONS}),
    ("何社分入っていたかはまだ分かんない", {Fact.CORPORATIONS}),
    ("顧客の個人情報が入っていた。件数は把握できていません", {Fact.INDIVIDUALS}),
    ("復旧の費用はまだ未定です", {Fact.COSTS}),
    ("業者の見積もりはまだ出てないです", {Fact.COSTS}),
    ("総額がいくらになるかはわかりません", {Fact.COSTS}),
    ("発覚の経緯は確認中です", {Fact.DETECTION}),
    ("最初に誰が気づいたかは分からないです", {Fact.DETECTION}),
    ("不正アクセスの有無はまだ調査中", {Fact.UNAUTHORIZED_ACCESS}),
    ("保険会社に同意をもらったかはわからない", {Fact.CONSENT}),
    ("同意の有無は確認中です", {Fact.CONSENT}),
]

# Messages that name a fact but say no unknown of it.
NOT_UNKNOWN = [
    "原因は不明ですが、会員500名分が漏れました",  # the count stated
    "件数は1200件で、経路はわかりません",  # only the route unknown
    "何人かに確認したけど、誰も把握していない",  # 何人か: some people
    "人数がわからないと報告できない？",  # a question
    "費用はかかっていません",  # no cost, not an unknown one
    "人数はわかっています",
    "感染経路は調査中です",
    "回数はわからない",  # a count of times, no victims
    "台数は不明",
]


@pytest.mark.parametrize(("message", "facts"), NAMED)
def test_a_fact_named_and_said_unknown_is_said_unknown(message: str, facts: set[str]) -> None:
    reading = read_message(message)
    assert facts <= reading.said_unknown
    assert reading.individuals is None and reading.corporations is None


@pytest.mark.parametrize("message", NOT_UNKNOWN)
def test_a_message_that_says_no_fact_unknown_says_none(message: str) -> None:
    said = read_message(message).said_unknown
    assert not said & {Fact.INDIVIDUALS, Fact.CORPORATIONS, Fact.COSTS, Fact.CONSENT}
    assert not read_message(message).unknown_count


def _fold(*messages: str) -> FactState:
    state = FactState()
    for message in messages:
        state.apply(read_message(message))
    return state


# (messages in order, whether the individuals end unknown, the count then held)
CONVERSATIONS = [
    (("顧客名簿の入ったPCを紛失", "件数はまだわからない"), True, None),
    (("サーバーが落ちた", "件数はわからない"), False, None),  # a count of what?
    (("顧客名簿の入ったPCを紛失", "人数は不明", "120名分でした"), False, 120),
    (("顧客名簿の入ったPCを紛失、120名分", "費用は未定、人数はわからない"), False, 120),
    (("顧客名簿の入ったPCを紛失、120名分", "見積もりがまだ出てない"), False, 120),
]


@pytest.mark.parametrize(("messages", "unknown", "count"), CONVERSATIONS)
def test_a_count_said_unknown_in_a_conversation(
    messages: tuple[str, ...], unknown: bool, count: int | None
) -> None:
    state = _fold(*messages)
    assert (Fact.INDIVIDUALS in state.said_unknown) is unknown
    assert state.values.get(Fact.INDIVIDUALS) == count


def test_a_cost_stated_after_costs_said_unknown_is_known() -> None:
    state = _fold("PCを紛失", "費用はまだわからない", "調査費は50万円")
    assert Fact.COSTS not in state.said_unknown
    assert state.costs
