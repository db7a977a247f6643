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


# A server seen as the malware's other end (「マルウェアの通信先として観測」) is a trace a
# monitor saw too, the trace running past the cue word: with the infection doubted,
# `suspected`; with it confirmed, or said alone, malware.
OBSERVED: list[Row] = [
    (
        [
            "警察から、弊社の配信サーバーがウイルスの通信先として観測されていると連絡がありました。"
            "感染の有無はまだ調査中です。"
        ],
        "suspected",
    ),
    (["SOCでC2サーバーとの通信を観測しました。感染しているかは不明です"], "suspected"),
    (["SOCでC2サーバーとの通信を観測し、解析の結果マルウェア感染が確定しました"], "malware"),
    (["弊社の配信サーバーがウイルスの通信先として観測されているとの連絡です"], "malware"),
]


@pytest.mark.parametrize(("messages", "kind"), OBSERVED)
def test_a_trace_observed_is_no_infection_while_it_is_doubted(
    messages: list[str], kind: str | None
) -> None:
    assert predict(messages)[0]["incident_type"] == kind
