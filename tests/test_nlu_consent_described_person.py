"""Consent from a person a clause describes (「受信された方には文書の廃棄をお願いし、ご了承
いただいております」) is someone outside agreeing to our request, never the insurer's consent
to spend (※3). The insurer's staff, named by company or role (「保険会社の方」「担当の方」),
still give it. Sentences of our own."""

from __future__ import annotations

import pytest

from nlu import read_message

READ: list[tuple[str, bool | None]] = [
    ("誤って届いた方にはメールの削除をお願いし、ご了承いただきました。", None),
    ("購入された方から返品の了承をもらいました", None),
    ("商品を受け取った人には事情を説明して了承をもらっています", None),
    # Near misses: the insurer's staff, or the agent, give the consent.
    ("保険会社の担当の方から了承をもらいました", True),
    ("担当の方から了承をもらいました", True),
    ("代理店さんから了承をもらいました", True),
]


@pytest.mark.parametrize(("message", "consent"), READ)
def test_consent_of_a_described_person(message: str, consent: bool | None) -> None:
    assert read_message(message).consent is consent
