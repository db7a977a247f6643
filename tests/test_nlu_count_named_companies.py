"""A partner company named by a letter whose documents were lost, sent astray or leaked
(「取引先A社の生産管理データが消失」「A社様にB社様向けの見積書を送付」) is one corporate victim
each, when no count is said.

Our own sentences, in the class of dev_chat_2's summaries and set 11's misdelivery notice.
"""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

CASES: list[tuple[list[str], int | None, int | None]] = [
    (["ランサムウェア感染により、取引先C社の設計図データが消失しました"], None, 1),
    (["D社様宛ての請求書を、誤って別のお客様にFAXしてしまいました"], None, 1),
    (["E社にF社向けの見積書をメールで送付してしまいました"], None, 1),
    (["顧問先G社とH社の決算書類を別の顧問先に郵送しました"], None, 2),
    (["取引先S社と取引先T社の見積書を誤送信しました"], None, 2),
    (["取引先J社の注文書の控えを紛失しました"], None, 1),
    # Near misses: an agent's client named alone (the insured's own data), the recipient,
    # an envelope, a denial, a count said, and another company's staff counted.
    (["代理店です。A社様のデータがランサムウェアで暗号化されました"], None, None),
    (["見積書をK社に送ってしまいました"], None, None),
    (["取引先L社のデータは流出していません"], None, None),
    (["取引先M社の決算資料を含む、法人3社分の書類を紛失しました"], None, 3),
    (["N社様宛ての封筒にP社様の従業員14名分の源泉徴収票を同封して送付しました"], 14, None),
    (["Q社の件、不正アクセスの調査を依頼しました"], None, None),
    (["取引先R社の担当者から、見積書を送ったが届いていないと連絡がありました"], None, None),
]


@pytest.mark.parametrize(("messages", "individuals", "corporations"), CASES)
def test_a_partner_named_by_a_letter_is_one_victim(
    messages: list[str], individuals: int | None, corporations: int | None
) -> None:
    facts, _, _ = predict(messages)
    assert (facts.get("individuals"), facts.get("corporations")) == (individuals, corporations)
