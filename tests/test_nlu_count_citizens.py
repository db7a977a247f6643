"""Citizens counted as the persons whose data was exposed (「市民1人の世帯状況などを会話し」)
are victims, as residents (住民) are.

Our own sentences. Set 34, written blind, left a news story's 「市民1人」 unread: 市民 was no
word of the victims' context.
"""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

CITIZENS: list[tuple[str, int]] = [
    ("職員が車内で、市民2人の相談内容を話していたことが分かった。", 2),
    ("窓口で市民3名分の申請書を紛失しました。", 3),
]

# Near misses: citizens who told or asked, not whose data it was.
NOT_VICTIMS: list[str] = [
    "市民1人から問い合わせがありました。",
    "職員2人が市民からの通報で気付いた。",
]


@pytest.mark.parametrize(("message", "count"), CITIZENS)
def test_citizens_whose_data_was_exposed_are_victims(message: str, count: int) -> None:
    facts, _, _ = predict([message])
    assert facts["individuals"] == count


@pytest.mark.parametrize("message", NOT_VICTIMS)
def test_citizens_who_told_are_no_victims(message: str) -> None:
    facts, _, _ = predict([message])
    assert facts["individuals"] is None
