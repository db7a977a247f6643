"""A place where a lost thing was kept or turned up (「書庫から」「ロッカーから」「倉庫から」)
is no one who could tell: 「ロッカーから顧客名簿が発見された」 names no third party
(`nlu.reporter_parties.names_a_party`, config `things`).

Our own sentences: a person before から still tells.
"""

from __future__ import annotations

import pytest

from coverage import Detection
from nlu.extract import read_message

THIRD = Detection.THIRD_PARTY

Case = tuple[str, Detection | None]

STORAGE_PLACES: list[Case] = [
    ("ロッカーから顧客名簿が発見されたとのことです", None),
    ("当社営業所に関する件です。10月25日、営業所内の書庫から当該USBメモリが発見されました", None),
    ("紛失した契約書は金庫から見つかったと報告を受けました", None),
    # A person who told.
    ("お客様から、USBメモリが落ちていたと連絡がありました", THIRD),
    ("倉庫会社から、預けた書類の箱が見当たらないと連絡がありました", THIRD),
]


@pytest.mark.parametrize(("text", "expected"), STORAGE_PLACES)
def test_detection_storage_places(text: str, expected: Detection | None) -> None:
    assert read_message(text).detection is expected
