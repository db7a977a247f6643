"""A contractor named only as the one who ran a check for us (「委託業者に調べてもらった結果、
痕跡はなかった」) is the investigator, not where data leaked (tests/data/README.md rule 2
keeps `vendor_leak` for a leak or an attack at the contractor); a leak said at it stays one."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

Row = tuple[list[str], str | None]


CHECKERS: list[Row] = [
    (
        [
            "監視会社から、予約サーバーに不審なログインがあるかもしれないと言われました",
            "保守の委託業者に調べてもらった結果、侵入の痕跡はありませんでした",
        ],
        "suspected",
    ),
    # A bare verdict names no type (rule 2), and no leak at the contractor either.
    (["委託先にログを確認してもらったところ、不正アクセスはなかったとのことです"], None),
    # The leak said at the contractor: still its leak.
    (
        ["委託先に調べてもらったところ、委託先のサーバーから顧客情報が流出していました"],
        "vendor_leak",
    ),
    (["委託先が不正アクセスを受け、当社の顧客情報が流出しました"], "vendor_leak"),
]


@pytest.mark.parametrize(("messages", "kind"), CHECKERS)
def test_a_contractor_who_ran_our_check_is_no_vendor_leak(
    messages: list[str], kind: str | None
) -> None:
    assert predict(messages)[0]["incident_type"] == kind
