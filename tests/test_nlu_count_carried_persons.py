"""The party a mail went to, when the persons whose data it carried are counted by their own
counter (「提携先1社へのメールに、会員540名の氏名と住所を載せたファイルを添付」「お客様820名分の
データ」): it only received their data, so it is no victim. Persons counted as recipients
themselves (「会員3,000名に送付」) do not make the party beside them a mere receiver."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

RECEIVED_ONLY = [
    (
        "担当者が提携先1社へ送ったメールに、誤って会員540名の氏名と住所を載せたファイルを"
        "添付してしまいました。",
        540,
    ),
    ("委託先2社に送信したメールに、お客様820名分のデータを誤って添付いたしました。", 820),
]

STAY = [
    # The persons are the ones a notice went to; the firms are counted beside them.
    ("お詫び状を個人会員3,000名に送付しました。法人会員15社には個別に連絡しました", 3000, 15),
    # No persons' data carried: the firms the mail went to with their addresses shown.
    ("BCCにせず取引先12社に一斉送信してしまいました。", None, 12),
]


@pytest.mark.parametrize(("message", "individuals"), RECEIVED_ONLY)
def test_a_receiver_of_counted_persons_data_is_no_victim(message: str, individuals: int) -> None:
    facts, _, _ = predict([message])
    assert (facts["individuals"], facts["corporations"]) == (individuals, None)


@pytest.mark.parametrize(("message", "individuals", "corporations"), STAY)
def test_parties_beside_persons_not_carried_stay(
    message: str, individuals: int | None, corporations: int
) -> None:
    facts, _, _ = predict([message])
    assert (facts["individuals"], facts["corporations"]) == (individuals, corporations)
