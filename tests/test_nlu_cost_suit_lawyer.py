"""A lawyer named by the suit they defend (「応訴の弁護士費用」「訴訟の弁護士費用」) is paid for
the litigation (⑦, rule 10: 訴訟対応), not consulted; any other word before the lawyer
(「再発防止の弁護士費用」) leaves the fee ③. Sentences of our own."""

from __future__ import annotations

import pytest

from coverage import facts_to_json
from nlu import facts_from_readings, read_message

COSTS: list[tuple[str, dict[str, int]]] = [
    ("結局訴えられました。応訴の弁護士費用が60万の見込みです", {"litigation": 600000}),
    ("裁判の弁護士費用は120万円でした", {"litigation": 1200000}),
    ("応訴対応で40万", {"litigation": 400000}),
    # Near misses: a lawyer for prevention, or consulted about a suit, is ③.
    ("再発防止の弁護士費用が30万", {"consultation": 300000}),
    ("訴訟になりそうなので弁護士に相談、相談料10万", {"consultation": 100000}),
]


@pytest.mark.parametrize(("message", "costs"), COSTS)
def test_lawyer_named_by_the_suit_is_litigation(message: str, costs: dict[str, int]) -> None:
    facts, _ = facts_from_readings([read_message(message)])
    assert facts_to_json(facts)["costs"] == costs
