"""Consent not yet obtained, with the order denied or held off, stays open (labelling rule
6): 「同意はまだもらってないので発注はしてません」 ends the consent's statement at the cause
(ないので), so the order's own negation does not cancel it, and a denied or held-off order
(「発注はしてません」「発注は止めています」) makes the amounts said prices, not spending.
Sentences of our own."""

from __future__ import annotations

import pytest

from nlu import facts_from_readings, read_message

STILL_OPEN: list[tuple[str, ...]] = [
    ("復旧 80万。保険会社の了承はまだもらってないので発注はしていません",),
    ("調査 150万、復旧 40万。同意はもらってませんから、まだ依頼はしていません",),
    ("見積は調査費120万です。同意前なので、発注は止めています",),
    ("コンサル費 60万。保険会社の同意がまだなので、契約は見合わせています",),
    ("調査会社の見積が出ました。調査 300万。発注はしていません。同意はまだです",),
]

# Near misses: consent withheld while money went out is a refusal, and consent given stays.
SAID: list[tuple[tuple[str, ...], bool]] = [
    (("了承は得ていないので、発注してしまいました。調査費は200万",), False),
    (("同意前ですが、もう発注しました。調査費は200万",), False),
    (("保険会社の同意はもらったので発注しました。復旧 80万",), True),
]


@pytest.mark.parametrize("turns", STILL_OPEN)
def test_denied_or_held_off_order_leaves_consent_open(turns: tuple[str, ...]) -> None:
    _, state = facts_from_readings([read_message(text) for text in turns])
    assert state.values.get("consent") is None


@pytest.mark.parametrize(("turns", "consent"), SAID)
def test_spent_or_given_consent_stays(turns: tuple[str, ...], consent: bool) -> None:
    _, state = facts_from_readings([read_message(text) for text in turns])
    assert state.values.get("consent") is consent
