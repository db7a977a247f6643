"""The other party of a misdelivery named as 先方 or 相手方 (「先方には破棄をお願いしてご了解
をいただいております」) agrees to delete what it got: not the insurer's consent to spend
(※3), so `consent` stays unknown. Set 41, written blind: a mis-sent fax's recipient read
as consent given. Sentences of our own."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

OTHER_PARTY: list[str] = [
    "誤ってメールを送ってしまいました。先方には削除をお願いし、ご了解をいただきました。",
    "相手方に事情を説明して、書類の返送について了承を得ています。",
    "FAXを誤送信しました。先方から破棄の了承をもらっています。",
    # A party honoured by name (様) and asked: the one the mail reached.
    "FAXを誤送信しました。H設備様には受信した書面の破棄をお願いし、ご了承いただいております。",
    "山田様に事情をご説明し、ご了解をいただきました。",
]

# Near misses: the insurer named in the sentence is the one who consents.
INSURER: list[str] = [
    "先方への謝罪費用について、保険会社の了承をもらいました。",
    "先方に送るお詫び状の件、代理店から同意を得ています。",
    "日新火災の田中様から、調査費用について了承をいただきました。",
]


@pytest.mark.parametrize("text", OTHER_PARTY)
def test_other_partys_leave_is_no_consent(text: str) -> None:
    facts, _, _ = predict([text])
    assert facts["consent"] is None


@pytest.mark.parametrize("text", INSURER)
def test_insurers_consent_still_reads(text: str) -> None:
    facts, _, _ = predict([text])
    assert facts["consent"] is True
