"""「経理の山本さんのPC…本人から連絡」: a bare 本人 reporting on a colleague's device, the
colleague named with さん or くん, is that colleague, one of us (self, tests/data/README.md
rule 3), as 「営業のPC…本人から」 already is.

Our own sentences; a device of a customer or of someone at a partner stays theirs.
"""

from __future__ import annotations

import pytest

from coverage import Detection
from nlu.extract import read_message

SELF, THIRD = Detection.SELF, Detection.THIRD_PARTY

Case = tuple[str, Detection | None]

COLLEAGUE_DEVICE: list[Case] = [
    ("総務の佐藤さんのPCに変なポップアップが出続けていると本人から連絡がありました。", SELF),
    ("営業の田中くんのスマホを電車に置き忘れたと本人から連絡がきました。", SELF),
    ("鈴木さんのパソコンが起動しなくなったと本人から報告がありました。", SELF),
    # Someone outside, named so, is theirs.
    ("取引先の田中さんのPCがウイルスに感染したと本人から連絡がありました。", THIRD),
    ("お客様の山田様のPCが乗っ取られたと本人から連絡がありました。", THIRD),
]


@pytest.mark.parametrize(("text", "expected"), COLLEAGUE_DEVICE)
def test_detection_colleague_device(text: str, expected: Detection | None) -> None:
    assert read_message(text).detection is expected
