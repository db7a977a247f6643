"""Amounts said with a cost word that are no cost of ours.

A going rate or a price list (「フォレンジックって相場いくら？100万くらい？」「価格表だと簡易調査
50万、詳細調査300万」) is a price quoted or asked about: nothing was spent. A cost another
party pays (「親会社が調査費用を300万負担しました」) is reported but not ours to claim: the
caller keeps it unassigned.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from nlu.amounts import Amount
from nlu.doc import Doc

FILE: Final = "nlu_cost_quoted.toml"
_QUESTION_END: Final = re.compile(r"[?？]\s*$")


class QuotedFile(config.Schema):
    """`config/nlu_cost_quoted.toml`."""

    price_words: NonEmptyWords
    turns: NonEmptyWords
    payers: NonEmptyWords
    paid: NonEmptyWords


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    file = config.load(FILE, QuotedFile)
    return (
        re.compile(_alternation(file.price_words)),
        re.compile(_alternation(file.turns)),
        re.compile(rf"(?:{_alternation(file.payers)})(?:さん|様)?が"),
        re.compile(_alternation(file.paid)),
    )


def _sentence(doc: Doc, char: int) -> tuple[int, int]:
    first, past = doc.sentence_span(doc.token_at(char))
    return doc.starts[first], doc.ends[max(first, past - 1)]


def quoted_price(doc: Doc, amount: Amount) -> bool:
    """A price word in the amount's sentence with no turn to what was spent between them,
    or in the question just before when the amount's sentence asks too."""
    price, turns, _, _ = _patterns()
    text = doc.text
    lo, hi = _sentence(doc, amount.start)
    for word in price.finditer(text, lo, hi):
        a, b = (
            (word.end(), amount.start) if word.end() <= amount.start else (amount.end, word.start())
        )
        if not turns.search(text, a, b):
            return True
    if lo == 0 or not _QUESTION_END.search(text[lo:hi]):
        return False
    before_lo, before_hi = _sentence(doc, lo - 1)
    asked = text[before_lo:before_hi]
    return bool(_QUESTION_END.search(asked) and price.search(asked))


# 「外注のコールセンターなら見積り280万だったので」: an option's price said as what it would
# have been: なら before the amount in its sentence, a past copula right after it.
_WOULD_HAVE: Final = re.compile(r"\s*(?:円)?\s*(?:だった|でした)")


def counterfactual_price(doc: Doc, amount: Amount) -> bool:
    """The price of an option not taken (「外注なら280万だった」): no cost."""
    lo, _ = _sentence(doc, amount.start)
    head = doc.text[lo : amount.start]
    at = head.rfind("なら")
    if at < 0 or any(c in head[at:] for c in "、,。"):
        return False
    return _WOULD_HAVE.match(doc.text, amount.end) is not None


def paid_by_another(doc: Doc, amount: Amount) -> bool:
    """「取引先が代わりに調査費200万を払ってくれました」: another party named with が before the
    amount in its clause (「親会社が監査に入り、調査費300万を払った」 may be us paying), and a verb
    of paying after it."""
    _, _, payer, paid = _patterns()
    text = doc.text
    lo, hi = _sentence(doc, amount.start)
    found = [
        m
        for m in payer.finditer(text, lo, amount.start)
        if "、" not in text[m.end() : amount.start]
    ]
    return bool(found and paid.search(text, amount.end, hi))
