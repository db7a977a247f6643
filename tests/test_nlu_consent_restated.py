"""A correction of an amount restates it: 「訂正：復旧は150万でした」 after an estimate does
not make the money spent, so 「同意はこれから」 leaves consent open instead of refused."""

from __future__ import annotations

import pytest

from nlu import facts_from_readings, read_message

ESTIMATED = "復旧業者の見積もり：データ復旧 120万、駆除 30万"

# (messages, consent after them)
CASES = [
    ((ESTIMATED, "あ、訂正：復旧は150万でした", "同意はこれから取ります"), None),
    ((ESTIMATED, "さっきの120万は150万の誤りでした", "同意はまだです"), None),
    ((ESTIMATED, "復旧は120万ではなく150万でした", "保険会社にはまだ言ってないです"), None),
    # Spent before or in the correction: still a refusal.
    (("調査費300万払いました", "訂正、350万でした", "同意はまだ取ってない"), False),
    ((ESTIMATED, "訂正です、復旧は150万でした。もう支払い済みです", "同意はまだです"), False),
    # No correction: an amount said as a fact is money spent (labelling rule 6).
    (("調査費が120万でした", "同意はまだ取ってない"), False),
]


@pytest.mark.parametrize(("messages", "consent"), CASES)
def test_a_corrected_estimate_is_not_money_spent(
    messages: tuple[str, ...], consent: bool | None
) -> None:
    readings = [read_message(text, message=n) for n, text in enumerate(messages)]
    facts, _ = facts_from_readings(readings)
    assert facts.consent is consent
