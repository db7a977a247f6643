"""An attack the writer wonders about (「…されたのかな」「…したのかしら」) is a doubt of whether it
happened: `suspected`, access unknown (tests/data/README.md rules 1 and 2), neither a
question that states nothing nor an attack found."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

Row = tuple[list[str], str | None, str | None]


def _seen(messages: list[str]) -> tuple[object, object]:
    facts, _, _ = predict(messages)
    return facts["incident_type"], facts["unauthorized_access"]


WONDERED: list[Row] = [
    (
        ["取引先に変なメールが届いてるらしい。うちのメールアカウント乗っ取られたんかな"],
        "suspected",
        None,
    ),
    (["経理のPCの動きが遅い。ウイルスに感染しちゃったのかなぁ"], "suspected", None),
    (["管理画面のパスワードが勝手に変わってた…侵入されたのかしら？"], "suspected", None),
    # The musing is another predicate's, after the attack's own clause or its noun.
    (["ランサムウェアに感染しました。保険って使えるのかな"], "malware", "found"),
    (["ウイルスに感染した端末は何台あるのかな"], "malware", "found"),
]


@pytest.mark.parametrize(("messages", "kind", "access"), WONDERED)
def test_an_attack_wondered_about_is_a_doubt(
    messages: list[str], kind: str | None, access: str | None
) -> None:
    assert _seen(messages) == (kind, access)
