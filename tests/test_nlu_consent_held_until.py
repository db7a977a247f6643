"""Spending held until the insurer consents (class: 「同意が取れるまでは」).

「同意が取れるまでは発注を止めています」 says consent is not given and nothing is spent: not
consent (as 取れる after 同意 read before), not a refusal (labelling rule 6). Not waiting
(「同意を得るまで待てず、発注してしまいました」) is spending without it. Sentences of our own.
"""

from __future__ import annotations

from typing import Any

import pytest

from coverage import facts_to_json
from nlu import facts_from_readings, read_message


def consent(*messages: str) -> Any:
    facts, _ = facts_from_readings([read_message(text) for text in messages])
    return facts_to_json(facts)["consent"]


HELD = [
    "見積もりが出ました。\n原因調査 三百万円\n弁護士 五十万円\n"
    "同意が取れるまでは発注を止めています",
    "お詫び状は1通110円で800通。保険会社の同意をもらうまでは出さないでください",
    "復旧の見積は90万です。同意がおりるまで業者には待ってもらっています",
]


@pytest.mark.parametrize("text", HELD)
def test_spending_held_until_consent_leaves_it_open(text: str) -> None:
    assert consent(text) is None


NOT_HELD = [
    ("同意を得るまで待てず、発注してしまいました", False),
    ("保険会社の同意をもらってから発注しました", True),
]


@pytest.mark.parametrize(("text", "expected"), NOT_HELD)
def test_no_hold_reads_as_before(text: str, expected: bool) -> None:
    assert consent(text) is expected
