"""The party a mail went to, when the persons whose records it carried are counted as records
(「取引先1社へ送ったメールに、名刺情報250件のファイルを誤って添付」): it only received them, so
it is no victim. Recipients beside victims counted by their own counter (「個人会員8,000名に
送付…法人会員20社には1社5万円」) are the victims given something, and a mail that showed its
recipients one another's addresses makes them victims."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

RECEIVED_ONLY = [
    ("当社従業員が取引先1社へ送信したメールに、名刺情報250件のファイルを誤って添付しました。", 250),
    ("協力会社2社に送ったメールに、顧客情報1,200件のリストを添付してしまいました。", 1200),
]

STAY = [
    ("QUOカードを個人会員8,000名に送付済み。法人会員20社には1社5万円お支払いしました", 8000, 20),
    ("BCCにせず取引先18社に一斉送信してしまいました。", None, 18),
]


@pytest.mark.parametrize(("message", "individuals"), RECEIVED_ONLY)
def test_a_recipient_of_others_records_is_no_victim(message: str, individuals: int) -> None:
    facts, _, _ = predict([message])
    assert (facts["individuals"], facts["corporations"]) == (individuals, None)


@pytest.mark.parametrize(("message", "individuals", "corporations"), STAY)
def test_recipients_who_are_victims_stay(
    message: str, individuals: int | None, corporations: int
) -> None:
    facts, _, _ = predict([message])
    assert (facts["individuals"], facts["corporations"]) == (individuals, corporations)
