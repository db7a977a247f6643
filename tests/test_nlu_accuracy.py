"""The NLU on the labelled set: every fact and the intent read right in at least 95 % of cases.

`python -m nlu.evaluate -v` prints the same figures with the wrong case ids.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from nlu.evaluate import FACTS, Report, Tally, evaluate, load

LABELLED_SET = Path(__file__).parent / "data" / "nlu_messages.jsonl"
MIN_ACCURACY = 0.95


@pytest.fixture(scope="module")
def report() -> Report:
    """The labelled set scored once for the whole module."""
    return evaluate(load(LABELLED_SET))


def _failure(name: str, tally: Tally) -> str:
    return (
        f"{name}: {tally.accuracy:.1%} ({tally.right}/{tally.total}) < {MIN_ACCURACY:.0%}; "
        f"wrong: {', '.join(tally.wrong)}"
    )


def test_labelled_set_is_not_empty(report: Report) -> None:
    """The set loads and holds cases, so an accuracy of 100 % means something."""
    assert report.cases > 0


@pytest.mark.parametrize("fact", FACTS)
def test_fact_accuracy(report: Report, fact: str) -> None:
    """Each fact is read as labelled in at least MIN_ACCURACY of the conversations."""
    tally = report.facts[fact]
    assert tally.accuracy >= MIN_ACCURACY, _failure(fact, tally)


def test_intent_accuracy(report: Report) -> None:
    """The intent of the last message is read as labelled in at least MIN_ACCURACY of cases."""
    assert report.intent.accuracy >= MIN_ACCURACY, _failure("intent", report.intent)
