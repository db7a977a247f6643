"""Groups listed one after another add up even when a group word says what it includes
(「卒業生3,980名、旧教職員を含む教職員122名の氏名」 → 4,102): 「を含む」 qualifies the second
group, it does not make it a part of the first (tests/data/README.md rule 7).

Our own sentences; a blind set read the notice above as 3,980.
"""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

CASES: list[tuple[list[str], int | None]] = [
    (["顧客1,200名、パートを含む従業員45名の氏名が漏えいしました"], 1245),
    (["会員830名及び退会者を含む旧会員70名の住所が流出しました"], 900),
    # Near misses: groups joined plainly still add up; our own staff who lost the list
    # (従業員1名が紛失) are not a group of it.
    (["顧客1,200名及び従業員45名の氏名が漏えいしました"], 1245),
    (["パートを含む従業員1名が、顧客300名の名簿を紛失しました"], 300),
]


@pytest.mark.parametrize(("messages", "individuals"), CASES)
def test_groups_said_with_what_they_include_add_up(
    messages: list[str], individuals: int | None
) -> None:
    facts, _, _ = predict(messages)
    assert facts.get("individuals") == individuals
