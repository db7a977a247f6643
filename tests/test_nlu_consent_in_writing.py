"""The insurer's consent received in writing (「同意書面を頂戴しております」「同意の書面も
届いています」) is consent given (labelling rule 6: 同意書面 → true).

Our own sentences. Sets 34 and 35, written blind, left two chats' consent unknown: a
hospital's 「日新火災様からは同意書面を頂戴しております」 and an EC shop's 「日新火災さんから
の同意の書面も届いています」 (頂戴 and 届く were no words of getting it).
"""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

RECEIVED: list[str] = [
    "保険会社様からは同意書面を頂戴しております。",
    "日新さんから同意書を頂戴しました。弁護士費用は40万円です。",
    "損保の担当者から了承の書面が届きました。",
    "保険会社からの同意の書面も届いています。調査費は200万円でした。",
    "同意書は昨日届いてます",
]

# Near misses: not received, to come, or supposed.
NOT_RECEIVED: list[str] = [
    "保険会社の同意書はまだ届いていません。何も発注していません。",
    "同意の書面が届いたら発注します。",
    "同意書が届くのを待っているところです。",
]


@pytest.mark.parametrize("message", RECEIVED)
def test_consent_received_in_writing_is_given(message: str) -> None:
    facts, _, _ = predict([message])
    assert facts["consent"] is True


@pytest.mark.parametrize("message", NOT_RECEIVED)
def test_consent_not_yet_received_states_none(message: str) -> None:
    facts, _, _ = predict([message])
    assert facts["consent"] is None


# Awaited, not received: the ている is the waiting's (this was read as given before).
AWAITED: list[str] = [
    "保険会社の同意をもらうのを待っているところです。",
    "同意を得るのを待っています",
    "了承が出るのを待っているところです",
]


@pytest.mark.parametrize("message", AWAITED)
def test_consent_awaited_states_none(message: str) -> None:
    facts, _, _ = predict([message])
    assert facts["consent"] is None


def test_spending_without_waiting_for_consent_is_still_refused() -> None:
    facts, _, _ = predict(["保険会社の同意を待たずに、復旧業者に発注しました。80万円です。"])
    assert facts["consent"] is False
