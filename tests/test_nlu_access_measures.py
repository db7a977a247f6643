"""What the company does against an attack or for a lost device states no attack: a cut-off
or a defence said ahead (「外部からのアクセスを遮断するとともに」「攻撃を防ぐため」), and a remote
wipe or lock of a lost device (「遠隔操作によりデータを消去しました」), which is no hijacked
machine."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

Row = tuple[list[str], str | None, str | None]


def _seen(messages: list[str]) -> tuple[object, object]:
    facts, _, _ = predict(messages)
    return facts["incident_type"], facts["unauthorized_access"]


MEASURES: list[Row] = [
    (
        [
            "予約システムに不正ログインされた可能性があります。"
            "管理画面への外部からのアクセスを遮断するとともに、調査会社に解析を依頼しました"
        ],
        "suspected",
        None,
    ),
    (
        [
            "サーバーへの侵入のおそれがあり、外部からのアクセスを遮断する措置をとっています",
        ],
        "suspected",
        None,
    ),
    # A stop said done, or said to have failed, still reads as before.
    (["外部からの攻撃はファイアウォールで遮断されていました"], "suspected", None),
    (
        ["不正アクセスを受けました。すぐにネットワークを遮断しました"],
        "unauthorized_access",
        "found",
    ),
]


@pytest.mark.parametrize(("messages", "kind", "access"), MEASURES)
def test_a_measure_said_ahead_states_no_attack(
    messages: list[str], kind: str | None, access: str | None
) -> None:
    assert _seen(messages) == (kind, access)


REMOTE_WIPES: list[Row] = [
    (
        ["営業のタブレットを電車に置き忘れました。遠隔操作によりデータを消去済みです"],
        "lost_or_stolen",
        None,
    ),
    (
        ["社用携帯を落としました。すぐに遠隔操作で端末をロックしています"],
        "lost_or_stolen",
        None,
    ),
    # Someone else working our machine from afar is a hijack still.
    (["経理のパソコンが遠隔操作されていたことが分かりました"], "unauthorized_access", "found"),
]


@pytest.mark.parametrize(("messages", "kind", "access"), REMOTE_WIPES)
def test_our_remote_wipe_is_no_hijack(
    messages: list[str], kind: str | None, access: str | None
) -> None:
    assert _seen(messages) == (kind, access)
