"""In a text in the writer's own voice (当社, 弊社), 「同社」 announcing is the contractor or
provider just named, whose announcement is its own (tests/data/README.md rule 5); in a news
story 「同社は…発表した」 is still the company's. Texts of our own."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

_OURS = (
    "当社が配送業務を委託している株式会社みなと物流において、同社のサーバーが不正アクセスを"
    "受けたとの報告を受けました。当社のお客様約900名分が含まれていたとのことです。"
)

CASES: list[tuple[str, bool | None]] = [
    (_OURS + "同社は昨日、同社ホームページで本件を公表しております。", None),
    (_OURS + "同社はすでに本件を発表しています。当社としての公表は検討中です。", None),
    # Near misses: our own announcement, and a news story's company.
    (_OURS + "当社は本日、当社ホームページで本件を公表いたしました。", True),
    (
        "精密部品メーカーの東山工業は10日、社内サーバーがランサムウェアに感染したと発表した。"
        "同社は同日、ホームページで経緯を公表した。",
        True,
    ),
]


@pytest.mark.parametrize(("text", "announced"), CASES)
def test_that_party_in_our_own_voice_is_not_us(text: str, announced: bool | None) -> None:
    facts, _, _ = predict([text])
    assert facts["announced"] is announced
