"""「> 感染は確定していますか？」 answered 「確定です」 confirms the attack doubted before
(tests/data/README.md rule 2: a suspicion becomes the confirmed type); 「確定ではないです」
settles nothing (rule 4: "not confirmed" is not not_found)."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

Row = tuple[list[str], str | None, str | None]


def _seen(messages: list[str]) -> tuple[object, object]:
    facts, _, _ = predict(messages)
    return facts["incident_type"], facts["unauthorized_access"]


ANSWERS: list[Row] = [
    (
        [
            "社長のPCに変な画面が出てます。ランサムウェアかもしれません",
            "> 感染は確定していますか？\n業者に見てもらって確定しました",
        ],
        "malware",
        "found",
    ),
    (
        [
            "サーバーに不正ログインされたかもしれません",
            "> 不正アクセスは確認されましたか？\n確定です",
        ],
        "unauthorized_access",
        "found",
    ),
    (
        [
            "社長のPCに変な画面が出てます。ランサムウェアかもしれません",
            "> 感染は確定していますか？\n確定ではないです、いま業者が調べています",
        ],
        "suspected",
        None,
    ),
    (
        [
            "サーバーに不正ログインされたかもしれません",
            "> 不正アクセスは確認されましたか？\nまだ確定していません",
        ],
        "suspected",
        None,
    ),
]


@pytest.mark.parametrize(("messages", "kind", "access"), ANSWERS)
def test_a_confirmation_answered_settles_the_doubt(
    messages: list[str], kind: str | None, access: str | None
) -> None:
    assert _seen(messages) == (kind, access)
