"""Consent said to be still to come (「同意はこれから」「これから同意を取ります」) is consent not
yet, as 「まだ」 is: unknown while nothing is spent, so the bot takes it as said and does not
ask again; a refusal once money was spent or ordered (labelling rule 6). Our own sentences."""

from __future__ import annotations

import pytest

from nlu import facts_from_readings, read_message

TO_COME = [
    "同意はこれから",
    "同意はこれから取ります",
    "保険会社の了承はこれからです",
    "これから代理店経由で同意をもらいます",
    "今から保険会社に承認をもらいに行きます",
    "同意を取るのはこれからです",
]


@pytest.mark.parametrize("said", TO_COME)
def test_consent_to_come_is_not_yet(said: str) -> None:
    reading = read_message(said)
    _, state = facts_from_readings([read_message("調査の見積もりは300万です"), reading])
    assert reading.consent is None and reading.consent_withheld
    assert "consent" not in state.values
    assert "consent" in state.said_unknown


SPENT_FIRST = [
    ("データ復旧を業者に頼んで200万払いました", "同意はこれから取ります"),
    ("コールセンターを開設しました。80万です", "保険会社の同意はこれからです"),
]


@pytest.mark.parametrize("turns", SPENT_FIRST)
def test_consent_to_come_after_spending_is_refused(turns: tuple[str, ...]) -> None:
    _, state = facts_from_readings([read_message(text) for text in turns])
    assert state.values.get("consent") is False


NOT_SAID = [
    # Given already; what is still to come is the order.
    ("同意は得たので、これから発注します", True),
    ("同意OK、これから発注", True),
    # A question, or a guess, says nothing of it.
    ("同意はこれから取ればいいですか？", None),
    ("同意はこれから取ると思います", None),
]


@pytest.mark.parametrize(("said", "given"), NOT_SAID)
def test_kore_kara_said_of_something_else(said: str, given: bool | None) -> None:
    _, state = facts_from_readings([read_message(said)])
    assert state.values.get("consent") is given
    assert "consent" not in state.said_unknown
