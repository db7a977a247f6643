"""A mail the writer pastes under a line of their own (「保守ベンダーからこんなメール来ました」) is
the sender's notice to its customers, not the writer's announcement (tests/data/README.md rule 5):
its polite register does not make the announcement. What the writer says of announcing still
counts. Messages of our own."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

_MAIL = (
    "&gt; 【重要】弊社クラウドサービスにおける不正アクセスについて\n"
    "&gt; 2025年3月2日、弊社サーバーが第三者による不正アクセスを受けたことが判明いたしました。\n"
    "&gt; ご利用のお客様には大変ご迷惑をおかけしておりますことを深くお詫び申し上げます。"
)

CASES: list[tuple[list[str], bool | None]] = [
    (["クラウドの会社からこんなメール来ました\n" + _MAIL], None),
    (["取引先からメールが来ました\n" + _MAIL, "うちのデータも入っていたそうです"], None),
    # Near miss: the writer's own word on announcing.
    (["クラウドの会社からこんなメール来ました\n" + _MAIL, "うちも昨日HPで公表しました"], True),
]


@pytest.mark.parametrize(("messages", "announced"), CASES)
def test_a_pasted_mail_is_not_our_announcement(messages: list[str], announced: bool | None) -> None:
    facts, _, _ = predict(messages)
    assert facts["announced"] is announced
