"""A count added after a trailing-off mark (「会員申込書の束がなくなってます…50枚くらい」) counts
the sheets of the document just named: one person each, as 「申込書50枚」.

Our own sentences, in the class of a blind set's shop-staff report.
"""

from __future__ import annotations

import pytest

from nlu.extract import read_message

CASES: list[tuple[str, int | None]] = [
    ("お店のレジ裏に置いてた会員申込書の束がなくなってます…50枚くらい。盗まれたのかも", 50),
    ("取引先の名刺ホルダーを電車に置いてきました…200枚ほど", 200),
    ("患者さんの問診票が見当たりません…30枚です", 30),
    # Near misses: sheets of no one's document, a count with more said after it, and no mark.
    ("チラシの束がなくなってます…500枚くらい", None),
    ("名刺を落としました…3枚の写真も一緒です", None),
    # A sentence of its own that opens with the count does the same (「…なくなってます。30枚
    # ほど。」), unless the count is hedged or the sheets are our own.
    ("受付に置いていた患者さんの問診票の束がなくなっています。40枚ほど。", 40),
    ("取引先の名刺を入れたケースを落としました。120枚です", 120),
    ("名刺の入ったカバンを盗まれた。名刺たぶん200枚くらい", None),
    ("名刺を新しく作りました。100枚です", None),
]


@pytest.mark.parametrize(("text", "individuals"), CASES)
def test_a_count_after_trailing_off_counts_the_sheets(text: str, individuals: int | None) -> None:
    assert read_message(text).individuals == individuals
