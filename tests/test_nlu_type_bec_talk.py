"""A forged payment request obeyed or received, as talk names it (「振込先変更のメールが来て」
「社長名で『この口座に振り込んで』ってメール」), is business e-mail compromise: `other`, no
attack on our systems named (as the labelled sets read BEC). A change of account announced or
supposed names nothing."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

Row = tuple[str, str | None]


BEC_TALK: list[Row] = [
    ("仕入先から振込先変更のメールが来て、そのまま200万振り込んだら詐欺でした", "other"),
    (
        "専務の名前で「急ぎでこの口座に振り込んで」ってメールが経理に届きました。本人は送ってないそうです",
        "other",
    ),
    ("取引先を名乗って口座変更のメールが届き、経理が送金してしまいました", "other"),
    # Near misses: a change announced, or supposed.
    ("来月から振込先を変更しますので、ご確認ください", None),
    ("振込先が変わりましたらご連絡ください", None),
]


@pytest.mark.parametrize(("text", "kind"), BEC_TALK)
def test_a_forged_payment_request_is_other(text: str, kind: str | None) -> None:
    assert predict([text])[0]["incident_type"] == kind
