"""An estimate revised in the same message by what was finally billed is one cost.

「調査費の見積もり400万、請求350万」「200〜300万と言われていて、最終的に280万で決まりました」:
the later amount is what the cost came to, so the earlier one gives way to it (the caller
holds it as it holds 「300万と言いましたが」). Words in `config/nlu_cost_revisions.toml`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from nlu.amounts import Amount
from nlu.doc import Doc

FILE: Final = "nlu_cost_revisions.toml"
# At most this many characters after the earlier amount where its estimate word may stand.
_AFTER = 8


class CostRevisionsFile(config.Schema):
    """`config/nlu_cost_revisions.toml`."""

    estimates: NonEmptyWords
    no_longer: NonEmptyWords
    actuals: NonEmptyWords
    first_figure: NonEmptyWords
    was: NonEmptyWords
    rough: NonEmptyWords


def _words(words: Sequence[str]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))


@cache
def _schema() -> CostRevisionsFile:
    return config.load(FILE, CostRevisionsFile)


@cache
def _file() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    file = _schema()
    return _words(file.estimates), _words(file.no_longer), _words(file.actuals)


@cache
def _first_words() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    file = _schema()
    return _words(file.first_figure), _words(file.was), _words(file.rough)


def first_figure(doc: Doc, amounts: Sequence[Amount], index: int) -> bool:
    """Whether amount `index` is said, after another amount of the message, as the figure
    first named and since replaced (「最初の請求は400万だったので」), or as the rough one the
    other replaced (「120万は概算でした」)."""
    if index == 0:
        return False
    first, was, rough = _first_words()
    amount = amounts[index]
    after = amount.end + _spaces(doc.text, amount.end)
    if rough.match(doc.text, after):
        return True  # 「正式見積もりで150万になりました（120万は概算でした）」
    if not was.match(doc.text, after):
        return False
    lo, _ = doc.sentence_span(doc.token_at(amount.start))
    return bool(first.search(doc.text, doc.starts[lo], amount.start))


def _spaces(text: str, at: int) -> int:
    return len(text[at:]) - len(text[at:].lstrip(" "))


def revised_later(doc: Doc, amounts: Sequence[Amount], index: int) -> bool:
    """Whether amount `index` is an estimate (or a figure said as no longer true) that the
    next amount of the message replaces as what was finally billed or settled."""
    if index + 1 >= len(amounts):
        return False
    estimates, no_longer, actuals = _file()
    amount, following = amounts[index], amounts[index + 1]
    if not actuals.search(doc.text, amount.end, following.start):
        return False
    if no_longer.match(doc.text, amount.end):
        return True
    lo, _ = doc.sentence_span(doc.token_at(amount.start))
    before = doc.text[doc.starts[lo] : amount.start]
    after = doc.text[amount.end : min(amount.end + _AFTER, following.start)]
    return bool(estimates.search(before) or estimates.search(after))
