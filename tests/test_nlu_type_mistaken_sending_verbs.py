"""A sending said with its mistake compounded (「FAXを送り間違えました」) or with papers swapped
before it (「取り違えて郵送してしまいました」) is a misdelivery (tests/data/README.md rule 2);
a swap or a mistake said of anything but a sending names no type."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

Row = tuple[list[str], str | None]


def _type(messages: list[str]) -> object:
    facts, _, _ = predict(messages)
    return facts["incident_type"]


SENDINGS: list[Row] = [
    (["事務のパートさんが見積書のFAXを送り間違えてしまいました"], "misdelivery"),
    (["会員証を封入するときに取り違えて、お互いのご自宅へ郵送してしまいました"], "misdelivery"),
    # Swapped or mistaken, but nothing sent.
    (["会議の日程を取り違えていました、すみません"], None),
    (["傘を取り違えて持って帰ってしまいました"], None),
]


@pytest.mark.parametrize(("messages", "incident_type"), SENDINGS)
def test_a_sending_said_as_mistaken_is_a_misdelivery(
    messages: list[str], incident_type: str | None
) -> None:
    assert _type(messages) == incident_type
