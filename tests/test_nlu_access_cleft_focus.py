"""An attack taken as given by a cleft whose focus is corrected (「感染したのはPC2台ではなく
3台です」「不正ログインされたのは500件じゃなくて50件でした」) is access found: the denial is of what
it hit, not of the attack. A cleft denying the attack's truth (「…のは事実ではなく」) or correcting
it to a false alarm (「…のはウイルスではなく、誤検知」) still denies. Sentences of our own."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

CASES: list[tuple[list[str], str | None]] = [
    (["ランサムにやられたのは本社のNASじゃなくて、支店のファイルサーバーです"], "found"),
    (["乗っ取られていたのは経理のアカウントではなく、営業部長のアカウントでした"], "found"),
    (
        [
            "会員サイトに不正ログインされました。500件くらいです",
            "訂正です。不正ログインされたのは500件じゃなくて50件でした",
        ],
        "found",
    ),
    # Near misses: the attack itself denied.
    (["侵入されたのは事実ではなく、監視ツールの誤報でした"], "not_found"),
    (["感染していたのはマルウェアではなく、誤検知でした"], "not_found"),
    (["調べてもらいましたが、侵入はされていませんでした"], "not_found"),
]


@pytest.mark.parametrize(("messages", "access"), CASES)
def test_a_corrected_focus_keeps_the_attack(messages: list[str], access: str | None) -> None:
    facts, _, _ = predict(messages)
    assert facts["unauthorized_access"] == access
