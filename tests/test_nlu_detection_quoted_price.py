"""A quoted price that ends in an amount is no report (`detection`, labelling rule 3).

「業者から原因と被害範囲の調査費用は200〜300万くらいと言われてます」: what the vendor said is the
price of a cost named before the amount (費用, 見積もり, 料金), as 「60万かかると言われた」 is; it
tells nothing of how the incident came to light. An amount in an outsider's account of the
incident itself (「カードが5万円不正利用された」) is still a report.
"""

from __future__ import annotations

import pytest

from coverage import Detection
from nlu.extract import read_message

THIRD = Detection.THIRD_PARTY

Case = tuple[str, Detection | None]

QUOTED_PRICES: list[Case] = [
    ("業者から調査費用は50万円程度と言われました", None),
    ("ベンダーからデータ復旧の料金は80万くらいって言われてます", None),
    ("業者さんから見積もりは120〜150万と言われた", None),
    # The amount of the harm an outsider reports, no cost named: a report.
    ("お客様から、カードが5万円不正利用されたと連絡がありました", THIRD),
    # A count is no price.
    ("取引先から、御社の名簿が5万件流出していると言われました", THIRD),
]


@pytest.mark.parametrize(("text", "expected"), QUOTED_PRICES)
def test_a_quote_ending_in_the_price_of_a_cost_is_no_report(
    text: str, expected: Detection | None
) -> None:
    """「費用は…万くらいと言われた」 is a price quoted; an account of harm is a report."""
    assert read_message(text).detection is expected
