"""A mail sent with its recipients visible shows each address to all the others: the
addresses counted (「宛先300件」) are the victims, one person each."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

VISIBLE: list[tuple[list[str], int | None]] = [
    (["お知らせをBCCではなくTOで一斉送信してしまいました、宛先150件"], 150),
    (["案内メールをCCに全員入れて送信。送信先は 86件です"], 86),
    (["メルマガをBccにせず送ってしまい、受信者数は1,204件でした"], 1204),
    # A correction said after it replaces it.
    (["BCCじゃなくTOで一斉送信しちゃいました、宛先200件", "訂正：200件じゃなく230件でした"], 230),
    # Near misses: the addresses did not show, the count is of mails, or no word for them.
    (["メールの宛先を間違えて3件送ってしまいました"], None),
    (["宛先を誤って、取引先に見積書を送信しました。宛先2件"], None),
    (["BCCで正しく送ったが、添付を間違えた。問い合わせ5件"], None),
    (["TOKYO支店から宛先10件にメールを送信"], None),
]


@pytest.mark.parametrize(("messages", "expected"), VISIBLE)
def test_addresses_shown_to_all_are_the_victims(messages: list[str], expected: int | None) -> None:
    assert predict(messages)[0].get("individuals") == expected
