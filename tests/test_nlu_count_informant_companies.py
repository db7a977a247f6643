"""Companies that told or asked us something (「取引先2社から問い合わせがあり判明」) are no count
of victims (tests/data/README.md rule 7: inquiries); a company claiming from us
(「取引先3社から賠償請求」), or one said hit, is.

Our own sentences; a blind set read 「取引先2社から「…本物か」との問い合わせがあり判明」 as 2.
"""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

CASES: list[tuple[list[str], int | None]] = [
    (["不審なメールについて、取引先2社から問い合わせがあり発覚しました"], None),
    (["取引先3社から「請求書の振込先が変わったのか」との連絡があり、乗っ取りが分かりました"], None),
    (["委託先1社から、サーバーに不審な通信があると報告を受けました"], None),
    (["得意先4社からご指摘をいただき、誤送信に気づきました"], None),
    # Near misses: companies who claim, or whose data was hit, are the victims.
    (["取引先3社から損害賠償を請求されています"], 3),
    (["取引先12社の図面データが流出し、うち2社から問い合わせがありました"], 12),
    (["図面データが流出した取引先1社から連絡がありました"], 1),
]


@pytest.mark.parametrize(("messages", "corporations"), CASES)
def test_informant_companies_are_no_victim_count(
    messages: list[str], corporations: int | None
) -> None:
    facts, _, _ = predict(messages)
    assert facts.get("corporations") == corporations
