"""「失礼しました、220万円です」 in a later message corrects the cost said before it: the
writer apologises for the wrong figure (config/nlu_lexicon.toml [costs.correction] replace).
Sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest

from coverage import facts_to_json
from nlu import facts_from_readings, read_message


def fold(*messages: str) -> tuple[dict[str, Any], list[int]]:
    facts, state = facts_from_readings([read_message(text) for text in messages])
    return dict(facts_to_json(facts)["costs"]), list(state.unassigned)


APOLOGIES: list[tuple[tuple[str, ...], dict[str, int], list[int]]] = [
    (
        ("コールセンターの委託費は90万円です", "失礼しました、95万円です"),
        {"incident_response": 950000},
        [],
    ),
    (
        ("弁護士への相談料は20万円", "大変失礼いたしました。25万円でした"),
        {"consultation": 250000},
        [],
    ),
    # Near misses: an apology that adds a cost, one that gives another cost, a greeting.
    (
        (
            "データ復元に60万円かかりました",
            "先ほどは失礼しました。追加で再発防止のEDR導入に40万円です",
        ),
        {"data_recovery": 600000, "prevention": 400000},
        [],
    ),
    (
        ("データ復元に60万円かかりました", "失礼しました。見舞金は総額30万円です"),
        {"data_recovery": 600000, "condolence": 300000},
        [],
    ),
    (("遅くに失礼します。復元作業に60万円かかりました",), {"data_recovery": 600000}, []),
]


@pytest.mark.parametrize(("messages", "costs", "unassigned"), APOLOGIES)
def test_an_apology_for_a_figure_corrects_it(
    messages: tuple[str, ...], costs: dict[str, int], unassigned: list[int]
) -> None:
    assert fold(*messages) == (costs, unassigned)
