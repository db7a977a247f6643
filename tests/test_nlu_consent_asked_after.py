"""Money spent, then the writer asks whether the insurer may be told or asked afterwards
(「保険会社の同意って後からでも大丈夫ですよね？」) or whether it should have been told first
(「保険会社さんに先に言わないといけなかったんでしょうか」): consent was not had before the money
went out, a refusal (labelling rule 6, as 「事後報告でいけます？」). With nothing spent the
question leaves consent open."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

REFUSED: list[tuple[str, ...]] = [
    ("お詫び状の発送業者に発注して40万円払いました。保険会社の同意って後からでも大丈夫ですよね？",),
    ("復旧業者に頼んで25万円支払いました", "保険会社への相談はあとからでもいいですか？"),
    (
        "調査費の5万円はその場で払ってしまいました。保険会社に先に言わないといけなかったんでしょうか",
    ),
    ("弁護士に依頼して着手金20万を払いました。保険会社には先に連絡しないといけなかったですか",),
]

OPEN: list[tuple[str, ...]] = [
    ("保険会社の同意って後からでも大丈夫ですか？",),
    ("これから業者に見積もりを頼みます。保険会社の同意は後からでもいいですか？",),
    ("保険会社には先に言わないといけないですか？",),
]


@pytest.mark.parametrize("messages", REFUSED)
def test_asking_whether_it_may_come_after_spending_is_a_refusal(messages: tuple[str, ...]) -> None:
    facts, _, _ = predict(list(messages))
    assert facts["consent"] is False


@pytest.mark.parametrize("messages", OPEN)
def test_asking_with_nothing_spent_leaves_consent_open(messages: tuple[str, ...]) -> None:
    facts, _, _ = predict(list(messages))
    assert facts["consent"] is None
