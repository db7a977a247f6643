"""Whether an infection happened, asked as two alternatives (「感染してるのかしてないのか」), is a
doubt, never the denial its second half would be alone; and malware named only as what a tool
caught (「トロイの木馬を検知して隔離」), with the infection itself doubted, is a suspicion."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

Row = tuple[list[str], str | None, str | None]


def _seen(messages: list[str]) -> tuple[object, object]:
    facts, _, _ = predict(messages)
    return facts["incident_type"], facts["unauthorized_access"]


ALTERNATIVES: list[Row] = [
    (["感染してるのかしてないのか、わからん"], "suspected", None),
    (["侵入されたのかされなかったのか、まだ分かりません"], "suspected", None),
    (["感染しているのかいないのか、業者が調べています"], "suspected", None),
    # A plain denial after a check stays one.
    (["業者に調べてもらった結果、感染はしていませんでした"], "suspected", "not_found"),
    (["ログを調べたが侵入はされていなかった"], None, "not_found"),
]


@pytest.mark.parametrize(("messages", "kind", "access"), ALTERNATIVES)
def test_an_alternative_question_is_a_doubt(
    messages: list[str], kind: str | None, access: str | None
) -> None:
    assert _seen(messages) == (kind, access)


CAUGHT: list[Row] = [
    (
        [
            "ウイルス対策ソフトがトロイの木馬を検知して隔離したって出ました。感染してるのかしてないのか、わからん"
        ],
        "suspected",
        None,
    ),
    (
        ["ウイルス対策ソフトがEmotetを検出して駆除しました。感染してたかはわからないです"],
        "suspected",
        None,
    ),
    # Said alone, the malware caught stays the malware named (as the probe set reads it).
    (["ウイルス対策ソフトがトロイの木馬を検知して隔離"], "malware", "found"),
    # An infection stated plainly is not undone by the tool's catch said beside it.
    (
        [
            "ランサムウェアに感染しました。EDRがランサムウェアを検知して隔離しましたが、感染範囲は調査中"
        ],
        "malware",
        "found",
    ),
]


@pytest.mark.parametrize(("messages", "kind", "access"), CAUGHT)
def test_malware_caught_with_its_infection_doubted_is_suspected(
    messages: list[str], kind: str | None, access: str | None
) -> None:
    assert _seen(messages) == (kind, access)
