"""An intruder said to have reached our systems with a verb that is no attack word of its own
(「攻撃者が基幹サーバーまで到達していた」「犯人は社内LANに入り込んでいた」) is an attack that
reached us, read for its doubts and denials as any attack word is."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

Row = tuple[list[str], str | None, str | None]


def _seen(messages: list[str]) -> tuple[object, object]:
    facts, _, _ = predict(messages)
    return facts["incident_type"], facts["unauthorized_access"]


REACHED: list[Row] = [
    (
        ["フォレンジックの中間報告で、攻撃者が経理のサーバーまで到達していたと分かりました"],
        "unauthorized_access",
        "found",
    ),
    (["犯人は社内ネットワークに入り込んでいたようです"], "suspected", None),
    (
        ["ログを見ると、ハッカーが顧客データベースに入り込んでいました"],
        "unauthorized_access",
        "found",
    ),
    (
        [
            "監視会社から連絡があり調査中です",
            "調査の結果、攻撃者がVPN経由で社内に侵入していたことが確定しました",
        ],
        "unauthorized_access",
        "found",
    ),
    # Denied after a check: no attack reached us.
    (["調査の結果、攻撃者がサーバーに到達した形跡はありませんでした"], "suspected", "not_found"),
    (["攻撃者が社内システムまで到達したかは、まだ調査中です"], "suspected", None),
    # Near misses: the attacker named with nothing reached, or no system named.
    (["攻撃者は特定できていません"], None, None),
    (["犯人が店に入ってレジのお金を盗みました"], None, None),
]


@pytest.mark.parametrize(("messages", "kind", "access"), REACHED)
def test_an_intruder_reaching_our_systems_is_access(
    messages: list[str], kind: str | None, access: str | None
) -> None:
    assert _seen(messages) == (kind, access)
