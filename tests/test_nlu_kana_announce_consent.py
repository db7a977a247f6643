"""The words for announcing and for the insurer's consent typed in hiragana, as voice input
or a phone without conversion leaves them (「こうひょうはしないつもりです」「ほけん会社には
でんわでりょうかいをもらってからたのみました」): read as written in kanji. A kana word that
only sounds alike at no word boundary (「どういうこと」) and an acknowledgement
(「りょうかいです」) say nothing."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict
from nlu.extract import read_message

ANNOUNCED = [
    ("こうひょうはしないつもりです", False),
    ("きのうホームページでこうひょうしました", True),
    ("はっぴょうはらいしゅうのよていです", True),
    ("こうひょうするかはけんとうちゅうです", None),
]

CONSENT = [
    ("ほけん会社には電話でりょうかいをもらってからたのみました", True),
    ("だいりてんからりょうしょうをもらいました", True),
    ("りょうかいです", None),
    ("どういうことですか", None),
]


@pytest.mark.parametrize(("text", "announced"), ANNOUNCED)
def test_an_announcement_word_in_kana(text: str, announced: bool | None) -> None:
    assert read_message(text).announced is announced


@pytest.mark.parametrize(("text", "consent"), CONSENT)
def test_a_consent_word_in_kana(text: str, consent: bool | None) -> None:
    assert read_message(text).consent is consent


def test_spent_and_told_nothing_in_kana_is_a_refusal() -> None:
    facts, _, _ = predict(
        ["ふっきゅう業者に30万円はらいました。ほけん会社にはまだなにもいってません"]
    )
    assert facts["consent"] is False
