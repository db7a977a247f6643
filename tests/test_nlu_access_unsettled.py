"""An attack said not settled yet (「侵入されたって決まったわけじゃない」「感染が確定したわけでは
ありません」) is a hedge (tests/data/README.md rule 1), not a denial: access stays unknown and the
incident is suspected. A plain 「…わけではない」 of the attack itself, or a finding, still
denies. Sentences of our own."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

CASES: list[tuple[str, str | None, str | None]] = [
    ("乗っ取られたって決まったわけじゃないけど、ログイン履歴に海外のIPがある", None, "suspected"),
    ("感染が確定したわけではありませんが、端末は隔離しました", None, "suspected"),
    ("まだ侵入されたと断定されたわけではないです", None, "suspected"),
    ("不正アクセスと特定されたってわけじゃないです、今ベンダーが見てます", None, "suspected"),
    # Near misses: a finding, or the attack confirmed.
    ("調査の結果、侵入はありませんでした", "not_found", "suspected"),
    ("不正アクセスが確定しました", "found", "unauthorized_access"),
]


@pytest.mark.parametrize(("text", "access", "kind"), CASES)
def test_an_attack_not_yet_settled_is_a_doubt(
    text: str, access: str | None, kind: str | None
) -> None:
    facts, _, _ = predict([text])
    assert facts["unauthorized_access"] == access
    assert facts["incident_type"] == kind


def test_an_announcement_not_yet_settled_is_left_open() -> None:
    facts, _, _ = predict(["ランサムウェアに感染しました。公表すると決まったわけではありません"])
    assert facts["announced"] is None
