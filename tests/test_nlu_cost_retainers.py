"""A lawyer's retainer (着手金) is what the lawyer was retained for: ⑦ when the suit is the
work (「弁護士に訴訟対応を依頼し、着手金が40万円」, rule 10: 訴訟対応), else ③, even when a
suit is only supposed later in the message. Sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest

from coverage import facts_to_json
from nlu import facts_from_readings, read_message


def costs(*messages: str) -> dict[str, Any]:
    facts, _ = facts_from_readings([read_message(text) for text in messages])
    return dict(facts_to_json(facts)["costs"])


RETAINERS: list[tuple[tuple[str, ...], dict[str, int]]] = [
    (("弁護士にお願いすることにしました。着手金は22万円です",), {"consultation": 220000}),
    (("顧問弁護士に相談して、着手金が20万円です",), {"consultation": 200000}),
    (("訴訟を起こされたので、弁護士に着手金30万を払いました",), {"litigation": 300000}),
    (("弁護士に訴訟対応を頼みました。着手金は50万円です",), {"litigation": 500000}),
    (
        ("取引先から賠償を求める訴訟を起こされました", "弁護士に訴訟対応を依頼し、着手金が40万円"),
        {"litigation": 400000},
    ),
    # Near misses: a suit only supposed after the fee leaves it the lawyer's consultation.
    (("弁護士に依頼、着手金15万。訴訟になるかもしれません",), {"consultation": 150000}),
    (
        ("弁護士に頼みました。着手金は10万円です。裁判になれば意見書に30万かかるかも",),
        {"consultation": 100000},
    ),
]


@pytest.mark.parametrize(("messages", "expected"), RETAINERS)
def test_a_retainer_is_what_the_lawyer_was_retained_for(
    messages: tuple[str, ...], expected: dict[str, int]
) -> None:
    assert costs(*messages) == expected
