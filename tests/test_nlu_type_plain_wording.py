"""Incident type said in plain wording, with no cue word of its own: a sending to another
party than meant, said with the thing sent or a longer recipient between (a mistake when
said as one), and a loss said still missing in the same sentence. One table per class,
sentences of our own, asserting what the user would see."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

Row = tuple[list[str], str | None]


def _kind(messages: list[str]) -> object:
    facts, _, _ = predict(messages)
    return facts["incident_type"]


# Sent to another party, with the recipient a longer noun phrase or the thing sent and its
# medium between the recipient and the verb; farther apart, or to 「よその会社」, only a
# sending said as a mistake (ちゃう, しまう, 間違えて) is one. A verb between them, a request
# to send, or a plain sending is no misdelivery.
SENT_ELSEWHERE: list[Row] = [
    (["請求書を、別の利用者さんのご実家に郵送してしまいました"], "misdelivery"),
    (["べつのお店に発注書おくっちゃった。うちのお客さん３名分"], "misdelivery"),
    (["見積もりを別の業者さんにメールで送ってもうた"], "misdelivery"),
    (["宛名まちがえて、よその事務所に申込書を送ってしまいました"], "misdelivery"),
    (["番号まちがえてよその店に注文書おくっちまった"], "misdelivery"),
    (["別の取引先に見積書を送りました"], None),
    (["よその会社に見積書を送った"], None),
    (["別の担当者に確認して書類を送付しました"], None),
    (["別の業者に請求書の送付を依頼しました"], None),
    (["別の支店に応援を頼んで発送しました"], None),
]


@pytest.mark.parametrize(("messages", "kind"), SENT_ELSEWHERE)
def test_sent_elsewhere_in_plain_words(messages: list[str], kind: str | None) -> None:
    assert _kind(messages) == kind


# A loss said still missing in its own sentence (「…置き忘れてしまいました…まだ見つかって
# ません」) is the loss going on: the negation denies nothing. A loss denied stays none.
STILL_MISSING: list[Row] = [
    (["名簿の入ったカバンを電車に置き忘れてしまいました…まだ見つかってません"], "lost_or_stolen"),
    (["社用スマホを紛失しました…いまだに見つかっていない状況です"], "lost_or_stolen"),
    (["USBを落としたみたいで、まだ出てこない"], "lost_or_stolen"),
    (["USBを紛失してはいません"], None),
    (["資料を置き忘れてはいなかった…まだ見つかってないのは別の書類です"], None),
]


@pytest.mark.parametrize(("messages", "kind"), STILL_MISSING)
def test_loss_still_missing(messages: list[str], kind: str | None) -> None:
    assert _kind(messages) == kind
