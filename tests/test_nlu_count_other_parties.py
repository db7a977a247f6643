"""Companies counted as the party harmed: the other party (「先方1社が特定できちゃう」), a
company claiming its loss (「攻撃を受けた先の会社（1社）から…損害として200万円を請求」), and a
count named back by a demonstrative after the party was named (「取引先の見積条件を…話して
いた。…話していたのはその1社の件だけです」).

Our own sentences. Sets 32, 34 and 35, written blind, left three such 1社 unread: 先方 and 損害
were no words of the victims' context, and 「その1社」 named its party only in the sentence
before.
"""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

COMPANIES: list[tuple[tuple[str, ...], int]] = [
    (("SNSの投稿の内容から、先方2社が特定できてしまいます。",), 2),
    (("踏み台にされて攻撃した先の会社（1社）から、損害として100万円を請求されました。",), 1),
    (("営業が取引先の価格表を電車で読み上げていた。話していたのはその1社の件だけです。",), 1),
    (("取引先の図面を誤って別の会社に送りました。対象はこの2社です。",), 2),
]

# Near misses: companies that are not harmed, or named back after no party of the victims.
NOT_VICTIMS: list[tuple[str, ...]] = [
    ("復旧業者を3社比較しました。その1社に依頼しています。",),
    ("損害の見積もりは、コンサル会社2社に頼んでいます。",),
]


@pytest.mark.parametrize(("turns", "count"), COMPANIES)
def test_companies_harmed_are_corporate_victims(turns: tuple[str, ...], count: int) -> None:
    facts, _, _ = predict(turns)
    assert facts["corporations"] == count


@pytest.mark.parametrize("turns", NOT_VICTIMS)
def test_other_companies_are_no_victims(turns: tuple[str, ...]) -> None:
    facts, _, _ = predict(turns)
    assert facts["corporations"] is None
