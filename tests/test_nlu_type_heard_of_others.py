"""An attack heard of at another company of the trade or the neighbourhood (「同業の…が
ランサムウェアにやられた」「近所の病院が被害にあった」) is theirs, and so are the attack words
after it in its sentence (身代金払った); our own said after it (うちも感染) is ours (spec: the
facts are of the user's own incident)."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

Row = tuple[list[str], str | None, str | None]


def _seen(messages: list[str]) -> tuple[object, object]:
    facts, _, _ = predict(messages)
    return facts["incident_type"], facts["unauthorized_access"]


HEARD_OF: list[Row] = [
    (
        ["同業の歯科医院がランサムウェアにやられて身代金を払ったらしい。うちも入っておくべき？"],
        None,
        None,
    ),
    (["近所の薬局がウイルスに感染したと聞きました。うちは何ともありません"], None, None),
    (["近隣の自治体が不正アクセスを受けたそうで、職員が心配しています"], None, None),
    # Ours, said after theirs in the same sentence, or on our own.
    (
        ["同業の会社がEmotetに感染して、そこからのメールでうちのPCも感染しました"],
        "malware",
        "found",
    ),
    (["事務所のPCがランサムウェアに感染しました"], "malware", "found"),
]


@pytest.mark.parametrize(("messages", "kind", "access"), HEARD_OF)
def test_an_attack_heard_of_at_another_party_is_theirs(
    messages: list[str], kind: str | None, access: str | None
) -> None:
    assert _seen(messages) == (kind, access)
