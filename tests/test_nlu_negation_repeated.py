"""A negation said twice over for emphasis (「しないしない」「ないない」「しませんしません」) denies
once, whatever the fact: a double negative is 「なくはない」, never a repetition. Sentences of our
own."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

CASES: list[tuple[str, str, object]] = [
    ("公表？しないしない、うちみたいな小さい会社は", "announced", False),
    ("公表？いやいや、しませんしません", "announced", False),
    ("調べてもらったけど、侵入？ないない、ログもきれいでした", "unauthorized_access", "not_found"),
    # Near misses: a real double negative, and one negation.
    ("公表しないことはないです、来週出します", "announced", True),
    ("公表はしません", "announced", False),
]


@pytest.mark.parametrize(("text", "fact", "value"), CASES)
def test_a_repeated_negation_denies_once(text: str, fact: str, value: object) -> None:
    facts, _, _ = predict([text])
    assert facts[fact] == value
