"""An attack said not to be settled yet (「侵入されたって決まったわけじゃない」「感染が確定したわけ
ではありません」) is in doubt, not denied: `suspected`, access unknown (tests/data/README.md
rules 1, 2 and 4)."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

Row = tuple[str, str | None, str | None]


NOT_SETTLED: list[Row] = [
    (
        "まだ乗っ取られたって決まったわけじゃないけど、経理のPCで知らないプロセスが動いてます",
        "suspected",
        None,
    ),
    ("感染が確定したわけではありませんが、念のため受付のPCはLANから外しました", "suspected", None),
    ("不正アクセスと決まったわけではないので、今はログを保全しています", "suspected", None),
    # Near misses: settled the one way or the other.
    ("調べた結果、不正アクセスと決まりました", "unauthorized_access", "found"),
    ("業者の調査で、侵入はなかったと確定しました", None, "not_found"),
]


@pytest.mark.parametrize(("text", "kind", "access"), NOT_SETTLED)
def test_an_attack_not_yet_settled_is_suspected(
    text: str, kind: str | None, access: str | None
) -> None:
    facts = predict([text])[0]
    assert (facts["incident_type"], facts["unauthorized_access"]) == (kind, access)
