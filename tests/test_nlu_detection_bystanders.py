"""Someone named by where they were or live (「同じ店内にいた方」「隣の席におった人」「近隣に
お住まいの方」), the subject of a report made to us, is an outsider who told: a third party
(spec "Third party": anyone else outside), even after witnessing it first (「会話を耳にし」
「書類を発見し」).

Our own sentences: their report to someone else, or our own staff, is not theirs to us.
"""

from __future__ import annotations

import pytest

from coverage import Detection
from nlu.extract import read_message

THIRD, SELF = Detection.THIRD_PARTY, Detection.SELF

Case = tuple[str, Detection | None]

BYSTANDERS: list[Case] = [
    ("同じ店内にいた方が会話を耳にし、当院にご連絡をいただいたものです。", THIRD),
    ("隣の席におった人が役場に電話してきたんです", THIRD),
    ("近隣にお住まいの方が、書類を発見し、当院にお届けくださったことで判明しました。", THIRD),
    ("近隣にお住まいの方が、散乱していた書類を拾って、事務所に届けてくださいました", THIRD),
    # Told to the police, or one of us.
    ("店内にいた方が警察に通報しました", None),
    ("売り場にいた社員が気づいて報告してくれました", SELF),
]


@pytest.mark.parametrize(("text", "expected"), BYSTANDERS)
def test_detection_bystanders(text: str, expected: Detection | None) -> None:
    assert read_message(text).detection is expected
