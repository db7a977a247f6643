"""The other side of a deal named by where it stands (向こうの会社, 相手先, 相手方) is an outside
party: an attack on its mail or server is on theirs, not ours (tests/data/README.md rule 4:
found needs our systems); the forged request obeyed is business e-mail compromise, `other`.
Ours named stays ours. Sentences of our own."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

Row = tuple[list[str], str | None, str | None]


def _seen(messages: list[str]) -> tuple[object, object]:
    facts, _, _ = predict(messages)
    return facts["incident_type"], facts["unauthorized_access"]


ROWS: list[Row] = [
    (
        [
            "取引先を装ったメールで振り込んでしまいました。向こうの会社のメールが乗っ取られてたそうです"
        ],
        None,
        None,
    ),
    (["相手先のサーバーがランサムウェアに感染したと聞きました"], None, None),
    (
        ["振込先変更のメールは詐欺でした。相手方のサーバーが不正アクセスを受けていたとのことです"],
        "other",
        None,
    ),
    (["うちのメールが乗っ取られていました"], "unauthorized_access", "found"),
]


@pytest.mark.parametrize(("messages", "kind", "access"), ROWS)
def test_other_side_attacked(messages: list[str], kind: str | None, access: str | None) -> None:
    assert _seen(messages) == (kind, access)
