"""A suspicion said with the verb 疑う (「不正アクセスを疑って調査を依頼」「感染が疑われる」)
hedges the attack as 疑い does (tests/data/README.md rule 1): the incident is `suspected`,
access unknown; a doubt of something else in another sentence hedges nothing. Sentences of
our own."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

Row = tuple[list[str], str | None, str | None]


def _seen(messages: list[str]) -> tuple[object, object]:
    facts, _, _ = predict(messages)
    return facts["incident_type"], facts["unauthorized_access"]


ROWS: list[Row] = [
    (["サーバーへの不正アクセスを疑って調査会社に依頼しました"], "suspected", None),
    (["ランサムウェア感染が疑われるため、PCを隔離しました"], "suspected", None),
    (
        ["ランサムウェアに感染したPCを隔離しました。最初は故障を疑っていました"],
        "malware",
        "found",
    ),
]


@pytest.mark.parametrize(("messages", "kind", "access"), ROWS)
def test_suspicion_verb(messages: list[str], kind: str | None, access: str | None) -> None:
    assert _seen(messages) == (kind, access)
