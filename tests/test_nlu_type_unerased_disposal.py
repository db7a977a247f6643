"""A machine or a medium let go with its data still on it (sold, thrown away, handed back
unerased) is a wrong disposal, `other` (tests/data/README.md rule 2); data kept unerased, or
a machine kept, lets nothing go."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

Row = tuple[str, str | None]


UNERASED: list[Row] = [
    ("リース返却したコピー機のHDDを、データ消去しないまま返してしまいました", "other"),
    ("閉店の際に売却したレジ端末が、初期化されないまま中古市場に出回っていました", "other"),
    (
        "処分をお願いした古いサーバーが出品されていて、買った人からデータが残っていると言われた",
        "other",
    ),
    # Near misses: nothing let go, or data gone before it went.
    ("データを消去せずに社内の金庫で保管しています", None),
    ("古いPCは初期化せずに倉庫に置いてあります", None),
    ("業者に頼んでデータ消去してから売却しました", None),
]


@pytest.mark.parametrize(("text", "kind"), UNERASED)
def test_a_machine_let_go_with_its_data_is_a_wrong_disposal(text: str, kind: str | None) -> None:
    assert predict([text])[0]["incident_type"] == kind
