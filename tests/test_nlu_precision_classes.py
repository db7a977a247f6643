"""Classes of wrong values found on unseen text (announced, consent, costs): each table holds
sentences of our own in the class, and the ones next to it that must keep their value."""

from __future__ import annotations

from typing import Any

import pytest

from nlu.evaluate import predict


def facts(*messages: str) -> dict[str, Any]:
    return predict(list(messages))[0]


# A question about a fact states nothing of it, with or without a question mark.
ASKED_WITHOUT_MARK = [
    ("announced", "これって公表とかするんでしょうか"),
    ("announced", "うちもプレスリリースって出すんですかね"),
    ("announced", "記者会見は開くものなんですか"),
    ("announced", "もう公表したんですか"),
    ("announced", "ホームページでの公表は済んでますか"),
    ("announced", "公表した方がいいのかな"),
    ("consent", "保険会社の同意って取ってるんでしょうか"),
    ("consent", "同意はもう取れてるんですかね"),
    ("unauthorized_access", "これって不正アクセスされたんでしょうか"),
]

# A statement before the question, in a clause or sentence of its own, still states.
STATED_BEFORE_THE_QUESTION = [
    ("announced", "公表はしたんですが、補償は出ますか", True),
    ("announced", "昨日HPで公表しました。補償されますか", True),
    ("announced", "来週公表する予定です。何を準備すればいいでしょうか", True),
    ("announced", "公表はしていません。しないといけないんでしょうか", False),
    ("consent", "保険会社の同意は取得済みです。次は何をすればいいですか", True),
]


@pytest.mark.parametrize(("fact", "text"), ASKED_WITHOUT_MARK)
def test_a_question_without_a_mark_states_nothing(fact: str, text: str) -> None:
    assert facts(text)[fact] is None


@pytest.mark.parametrize(("fact", "text", "value"), STATED_BEFORE_THE_QUESTION)
def test_a_statement_before_the_question_stands(fact: str, text: str, value: object) -> None:
    assert facts(text)[fact] == value
