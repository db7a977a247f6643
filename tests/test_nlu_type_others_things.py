"""An attack on a thing of another party's (「取引先様のメールアカウントを乗っ取って」) or told
of a neighbour's shop (「隣の八百屋さんがウイルスにやられた」) is theirs, not ours (spec: the
facts are of the user's own incident); our own thing, or a neighbour who is no company, is
read as before."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

Row = tuple[list[str], str | None]


THEIRS: list[Row] = [
    (["攻撃者は仕入先のメールアカウントを乗っ取って、偽の請求書を送ってきました"], "other"),
    (["取引先のサーバーアカウントが乗っ取られたそうで、うちへの影響を心配しています"], None),
    (["隣の工務店さんがランサムウェアにやられたと聞きました。うちは何ともないです"], None),
    (["近所の歯医者さんがウイルスに感染したらしく、心配になりました"], None),
    # Ours.
    (
        ["弊社のメールアカウントが乗っ取られ、取引先に偽の請求書が送られました"],
        "unauthorized_access",
    ),
    (["取引先管理システムのアカウントが乗っ取られました"], "unauthorized_access"),
    (["隣接する倉庫のPCではなく、事務所のPCがウイルスに感染しました"], "malware"),
]


@pytest.mark.parametrize(("messages", "kind"), THEIRS)
def test_an_attack_on_another_partys_thing_is_theirs(messages: list[str], kind: str | None) -> None:
    assert predict(messages)[0]["incident_type"] == kind
