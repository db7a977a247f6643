"""The one attack kind a doubt names: a generic 攻撃 said with it (「DDoS攻撃を受けてるっぽい」),
or the hijack that made a machine a DDoS relay (「乗っ取られてDDoSの踏み台にされてたっぽい」),
is no second kind; a later bare confirmation after a check (「確認したら確定でした」) settles
it, unless the check names something else as what it confirmed."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict
from nlu.extract import read_message

DOUBTED: list[tuple[str, str | None]] = [
    ("DDoS攻撃を受けてるっぽい", "ddos"),
    ("社内のPCが乗っ取られてDDoSの踏み台にされてたっぽい", "ddos"),
    ("サイバー攻撃でランサムウェアに感染したかもしれない", "malware"),
    # Two kinds of their own: which one is not said.
    ("ランサムかDDoSかわからない", None),
    ("乗っ取られてるかも。ウイルスにも感染してるっぽい", None),
]


@pytest.mark.parametrize(("text", "kind"), DOUBTED)
def test_the_doubted_kind(text: str, kind: str | None) -> None:
    reading = read_message(text)
    assert reading.incident_type is not None and reading.incident_type.value == "suspected"
    assert (reading.doubted_attack and reading.doubted_attack.value) == kind


Row = tuple[list[str], str | None, str | None]

SETTLED: list[Row] = [
    (
        [
            "社内のPCが乗っ取られてDDoSの踏み台にされてたっぽい",
            "ISPから通報あって確認したら確定でした",
        ],
        "ddos",
        "found",
    ),
    (["ランサムかも", "ログを確認したら確定でした"], "malware", "found"),
    (
        ["不正ログインされてるっぽい", "業者に調べてもらったら確定でした"],
        "unauthorized_access",
        "found",
    ),
    # The check names what it confirmed: another matter.
    (["ランサムかも", "金額を確認したら確定でした"], "suspected", None),
    (["不正ログインされてるっぽい", "日程は確認したら確定しました"], "suspected", None),
    (["DDoSっぽい", "確認したら違いました"], "suspected", None),
]


@pytest.mark.parametrize(("messages", "kind", "access"), SETTLED)
def test_a_confirmation_after_a_check_settles_the_doubt(
    messages: list[str], kind: str | None, access: str | None
) -> None:
    facts, _, _ = predict(messages)
    assert (facts["incident_type"], facts["unauthorized_access"]) == (kind, access)
