"""A check quoted as said of what the intruder may have done (「流出の有無は「調査中」と述べた」)
checks that, not the attack confirmed in the clause before it; a check quoted of the attack
itself still leaves it open. Our own sentences."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

CONFIRMED: list[str] = [
    "市はサーバーがランサムウェアに感染したと発表し、住民情報の流出の有無は「調査中」とした。",
    "同社は不正アクセスを受けたことを認め、個人情報が漏えいしたかについては「確認を進めている」と述べた。",
    "ウイルスに感染したとのこと、データの持ち出しは『現在調査中』だそうです",
]

# Near misses: the quoted check is of the attack itself, or nothing is confirmed first.
OPEN: list[str] = [
    "不正アクセスの有無については「調査中」と述べるにとどまった。",
    "同社は不正アクセスを受けた可能性があるとし、流出の有無は「調査中」とした。",
    "サーバーへの侵入があったかについて、会社は「調査中」とした。",
]


@pytest.mark.parametrize("text", CONFIRMED)
def test_a_quoted_check_of_the_leak_leaves_the_attack_found(text: str) -> None:
    facts, _, _ = predict([text])
    assert facts["unauthorized_access"] == "found"


@pytest.mark.parametrize("text", OPEN)
def test_a_quoted_check_of_the_attack_stays_open(text: str) -> None:
    facts, _, _ = predict([text])
    assert facts["unauthorized_access"] is None
