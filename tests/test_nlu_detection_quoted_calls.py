"""A call with no verb, as chat writes it, after the words the caller said
(「宅配業者から「荷物が所在不明になった」と電話。」) or before them, made to one of us
(「記者から広報に電話「御社のデータが…事実か」」), is the caller's report, as 「宅配業者から
電話。」 already is: the caller's category (a third party here).

Our own sentences; a call that goes on to something else (「電話で注文」) reports nothing.
"""

from __future__ import annotations

import pytest

from coverage import Detection
from nlu.extract import read_message

EXTERNAL, THIRD = Detection.EXTERNAL_REPORT, Detection.THIRD_PARTY

Case = tuple[str, Detection | None]

QUOTED_CALLS: list[Case] = [
    ("運送会社から「お預かりした段ボールが1箱見当たらない」と電話。中身は顧客の申込書です", THIRD),
    ("お客さんから「知らない人の明細が届いた」って電話。", THIRD),
    ("週刊誌の記者から総務に電話「御社の会員名簿が出回っているが本当か」", THIRD),
    ("警察から代表に電話「御社のサーバーが攻撃の踏み台になっている」", EXTERNAL),
    # The call goes on to an order, or nobody called.
    ("取引先から「来週分を追加で」と電話で注文がありました。", None),
    ("「荷物が届かない」と電話で問い合わせるつもりです。", None),
]


@pytest.mark.parametrize(("text", "expected"), QUOTED_CALLS)
def test_detection_quoted_calls(text: str, expected: Detection | None) -> None:
    assert read_message(text).detection is expected
