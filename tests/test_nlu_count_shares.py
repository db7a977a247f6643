"""A count of persons said as the writer's own share of a leak (「うちの旅館の分は182名
だそうです」「当社のお客様の分が約600人」): those persons are victims, as 「うちの分は約600人」
is. A share of no party of the writer's (「研修の分は3名で」) and a count with no の…分 before
it say nothing."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

SHARES = [
    (["予約サイトの会社が不正アクセスを受けたそうです", "うちの旅館の分は182名だそうです"], 182),
    (["委託先で情報が漏れました。当社のお客様の分が約600人とのことです"], 600),
    (["印刷会社から連絡がありました。うちの店の分は45名です"], 45),
]

NOT_SHARES = [
    ["委託先で情報が漏れました。担当者2人で対応しています"],
    ["研修の分は3名で実施しました"],
]


@pytest.mark.parametrize(("messages", "count"), SHARES)
def test_a_partys_share_counts_victims(messages: list[str], count: int) -> None:
    facts, _, _ = predict(messages)
    assert facts["individuals"] == count


@pytest.mark.parametrize("messages", NOT_SHARES)
def test_no_share_no_count(messages: list[str]) -> None:
    facts, _, _ = predict(messages)
    assert facts["individuals"] is None
