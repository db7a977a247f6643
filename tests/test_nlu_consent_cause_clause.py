"""Consent said in a clause ended by a past verb and a particle of cause (「了承をいただき
ましたので」) stays given though a doubt follows in the next clause (「入られたかどうかを
調べる」): the doubt is the investigation's subject, not the consent's. Our own sentences."""

from __future__ import annotations

import pytest

from nlu import read_message

GIVEN: list[tuple[str, bool | None]] = [
    ("代理店さんから了承をもらいましたので感染したかどうかを調べる作業を頼みました", True),
    ("保険会社の同意が取れたから、侵入されたかどうか業者に調べてもらいます", True),
    # Near misses: a doubt on the consent itself; consent not obtained before the order.
    ("保険会社の了承が取れたかどうかはまだわかりません", None),
    ("同意はもらってないので、感染したかどうか調べる調査を頼みました", False),
]


@pytest.mark.parametrize(("message", "consent"), GIVEN)
def test_consent_before_a_clause_of_cause(message: str, consent: bool | None) -> None:
    assert read_message(message).consent is consent
