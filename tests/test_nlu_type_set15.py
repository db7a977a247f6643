"""Incident type and unauthorized access: classes of misreadings found on unseen text (set 15),
one table per class, with sentences of our own asserting what the user would see."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

Row = tuple[list[str], str | None, str | None]


def _seen(messages: list[str]) -> tuple[object, object]:
    facts, _, _ = predict(messages)
    return facts["incident_type"], facts["unauthorized_access"]


# An attack word whose clause is only a particle of doubt (「DDoSかも。」「ランサムかな？」) is
# said in that clause: the next sentence (「業者に見てもらってます」) is not its value, so no
# attack is found. A plain attack word before another sentence still is one.
DOUBT_PARTICLE: list[Row] = [
    (["サイトが重い。DDoSかも？いまサーバー会社に問い合わせ中です"], "suspected", None),
    (["DDoSかも。いまサーバー会社に問い合わせています"], "suspected", None),
    (["ランサムかも？業者に見てもらってます"], "suspected", None),
    (["不正アクセスかも、ログを見ています"], "suspected", None),
    (["ウイルスかもしれない？業者に見てもらってます"], "suspected", None),
    (["DDoSかな？業者に聞いてます"], None, None),
    (["ランサムです。業者に見てもらってます"], "malware", "found"),
    (["DDoS攻撃を受けました。サーバー会社に問い合わせ中です"], "ddos", "found"),
]


@pytest.mark.parametrize(("messages", "kind", "access"), DOUBT_PARTICLE)
def test_doubt_particle_ends_the_cue(
    messages: list[str], kind: str | None, access: str | None
) -> None:
    assert _seen(messages) == (kind, access)
