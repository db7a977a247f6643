"""Malware's traces a monitor caught (「C2サーバーと判定された宛先への通信を検知」) are what a tool
saw, like a file caught: with the infection itself doubted in the message the incident is
`suspected` (tests/data/README.md rule 2: the text hedges whether an infection happened);
said alone, or with the infection confirmed, it is malware."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

Row = tuple[list[str], str | None]


TRACES: list[Row] = [
    (
        [
            "監視センターより: 端末 (10.0.3.21) から既知のC2サーバー (203.0.xx.xx:8443) への通信を"
            "検知しました。マルウェア感染の有無は現在確認中です。"
        ],
        "suspected",
    ),
    (["EDRがCobalt Strikeのビーコンを検知しました。感染しているかはまだ分かりません"], "suspected"),
    # Confirmed, or said alone.
    (["C2サーバーへの通信を検知し、調査の結果マルウェア感染が確定しました"], "malware"),
    (["端末からC2サーバーとの通信ありとの報告です"], "malware"),
]


@pytest.mark.parametrize(("messages", "kind"), TRACES)
def test_traces_a_monitor_caught_are_no_infection_while_it_is_doubted(
    messages: list[str], kind: str | None
) -> None:
    assert predict(messages)[0]["incident_type"] == kind
