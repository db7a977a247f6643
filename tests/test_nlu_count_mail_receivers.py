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


# A company a mail carried another company's data to only received it; the company whose
# data it was (named, not counted) leaves the count unknown.
OTHER_COMPANIES = [
    ("得意先1社に、他の取引先の注文書を誤って送ってしまいました", None),
    ("協力会社2社に他社の図面をメールで送信してしまった", None),
    # Near misses: the company whose document it was is counted; a mail showing the
    # recipients' addresses makes them victims.
    ("お取引先様1社宛ての請求書を、誤って別のお取引先様へ送信いたしました", 1),
    ("BCCにせず取引先25社に一斉送信し、他の取引先のアドレスが見えていました", 25),
]


@pytest.mark.parametrize(("message", "corporations"), OTHER_COMPANIES)
def test_a_company_sent_another_companys_data_is_no_victim(
    message: str, corporations: int | None
) -> None:
    facts, _, _ = predict([message])
    assert facts.get("corporations") == corporations
