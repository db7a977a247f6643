"""An attack word naming a weakness (「SQLインジェクションの脆弱性が存在する」) is no attack made:
with its 有無 checked the incident is `suspected` (tests/data/README.md rule 2), and no access
is found by it; a weakness said exploited (「脆弱性を突かれて…抜き取られました」) is the attack."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

Row = tuple[str, str | None, str | None]


WEAKNESSES: list[Row] = [
    (
        "JPCERT/CCから、当社の予約サイトにクロスサイトスクリプティングの脆弱性があると連絡を受け、"
        "不正アクセスの有無を調査しています。",
        "suspected",
        None,
    ),
    (
        "IPAから会員サイトにSQLインジェクションの脆弱性があるとの届出があり、調査の結果、"
        "不正アクセスの痕跡はありませんでした。",
        "suspected",
        "not_found",
    ),
    # Near miss: the weakness used.
    (
        "SQLインジェクションの脆弱性を突かれ、会員情報を抜き取られました。",
        "unauthorized_access",
        "found",
    ),
]


@pytest.mark.parametrize(("text", "kind", "access"), WEAKNESSES)
def test_a_weakness_of_an_attacks_kind_is_no_attack_made(
    text: str, kind: str | None, access: str | None
) -> None:
    facts = predict([text])[0]
    assert (facts["incident_type"], facts["unauthorized_access"]) == (kind, access)
