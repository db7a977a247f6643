"""An amount only wished for or thought of, said not to be decided in its sentence, or
declined: no cost.

「お詫びにQUOカード千円分ずつ配りたいって社長は言ってるんですけど、まだ決めてないです」 and
「見舞金は1人500円くらいで考えてますが、まだ決めてません」 name a gift that may never be given;
read as a cost it shows an estimate for money not spent. Words in
`config/nlu_cost_wishes.toml`.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from pydantic import PositiveInt

import config
from config.types import NonEmptyWords
from nlu.amounts import Amount
from nlu.doc import Doc
from nlu.patterns import alternation

FILE: Final = "nlu_cost_wishes.toml"


class WishesFile(config.Schema):
    """`config/nlu_cost_wishes.toml`."""

    wish_lemmas: NonEmptyWords
    plan_lemmas: NonEmptyWords
    undecided: NonEmptyWords
    declined: NonEmptyWords
    declined_reach: PositiveInt


@cache
def _schema() -> WishesFile:
    return config.load(FILE, WishesFile)


@cache
def _words() -> tuple[frozenset[str], frozenset[str], re.Pattern[str]]:
    file = _schema()
    return (
        frozenset(file.wish_lemmas),
        frozenset(file.plan_lemmas),
        re.compile(alternation(file.undecided)),
    )


def wished_undecided(doc: Doc, amount: Amount) -> bool:
    """Whether the amount's clause wishes it (〜たい) or thinks of it (〜で考えている) and
    its sentence then says the choice is not made."""
    if not doc.tokens or amount.end >= len(doc.text):
        return False
    wishes, plans, undecided = _words()
    after = doc.token_at(amount.end)
    _, sentence_end = doc.sentence_span(after)
    clause_end = doc.clause_end(after)
    wish = next(
        (
            i
            for i in range(after, clause_end)
            if (doc.tokens[i].lemma in wishes and doc.tokens[i].pos1 == "助動詞")
            or (doc.tokens[i].lemma in plans and doc.tokens[i].pos1 == "動詞")
        ),
        None,
    )
    if wish is None:
        return False
    return undecided.search(doc.text, doc.ends[wish], doc.ends[sentence_end - 1]) is not None


@cache
def _declined() -> tuple[re.Pattern[str], int]:
    file = _schema()
    # 「払わないといけない」「出さなければ」「出さないか」: must pay, or asked, not declined.
    return re.compile(rf"(?:{alternation(file.declined)})(?!と|ければ|か)"), file.declined_reach


def declined(doc: Doc, amount: Amount) -> bool:
    """「見舞金（1社5万とか）は出さない方針です」: a verb of paying, denied, right after the
    amount in its sentence: the money will not be paid."""
    words, reach = _declined()
    stop = min(len(doc.text), amount.end + reach)
    found = words.search(doc.text, amount.end, stop)
    return found is not None and not any(
        c in "。\n!?" for c in doc.text[amount.end : found.start()]
    )
