"""An attack said as what an investigation works from (「サイバー攻撃によるものとみて調査」)
is a guess: the incident is `suspected` and access unknown (tests/data/README.md rules 1, 2).
Said as found (「サイバー攻撃によるものと判明」) it is the attack."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

Row = tuple[str, str | None, str | None]


GUESSES: list[Row] = [
    (
        "基幹システムが停止しています。ランサムウェアによるものとみて、専門業者と復旧を進めています。",
        "suspected",
        None,
    ),
    ("不正アクセスを受けたものと見て、警察に相談しています。", "suspected", None),
    # Near miss: found, not guessed.
    ("調査の結果、ランサムウェアによるものと判明しました。", "malware", "found"),
]


@pytest.mark.parametrize(("text", "kind", "access"), GUESSES)
def test_an_attack_an_investigation_works_from_is_suspected(
    text: str, kind: str | None, access: str | None
) -> None:
    facts = predict([text])[0]
    assert (facts["incident_type"], facts["unauthorized_access"]) == (kind, access)
