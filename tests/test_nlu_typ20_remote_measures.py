"""遠隔操作 as the means of our own measure on a lost device (「遠隔操作による端末ロック」)
hijacked nothing: no access found; done to us (「遠隔操作され」「遠隔操作でファイルを消去
された」) it stays an attack. Sentences of our own."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

Row = tuple[list[str], str | None, str | None]


def _seen(messages: list[str]) -> tuple[object, object]:
    facts, _, _ = predict(messages)
    return facts["incident_type"], facts["unauthorized_access"]


OURS: list[Row] = [
    (
        [
            "業務用スマホを紛失しました。紛失判明後、直ちに遠隔操作による端末ロックを実施しております"
        ],
        "lost_or_stolen",
        None,
    ),
    (
        ["タブレットを電車に置き忘れました。すぐに遠隔操作で端末のデータを消去しました"],
        "lost_or_stolen",
        None,
    ),
]

DONE_TO_US: list[Row] = [
    (["遠隔操作でファイルを消去されました"], "unauthorized_access", "found"),
    (["パソコンが遠隔操作されていました"], "unauthorized_access", "found"),
    (["不正アクセスによりデータ削除の被害がありました"], "unauthorized_access", "found"),
]


@pytest.mark.parametrize(("messages", "kind", "access"), OURS + DONE_TO_US)
def test_remote_measure(messages: list[str], kind: str | None, access: str | None) -> None:
    assert _seen(messages) == (kind, access)
