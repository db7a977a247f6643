"""Spending held until the insurer consents: 「同意が取れるまでは発注を止めています」.

Consent is then not given, nothing is spent, and the amounts said are prices: neither
consent nor a refusal (labelling rule 6). 「同意を得るまで待てず、発注してしまいました」
could not wait: the spending goes ahead, which the consent reader reads as it is. Words in
`config/nlu_consent_until.toml`.
"""

from __future__ import annotations

from functools import cache
from typing import Final

from pydantic import PositiveInt

import config
from config.types import NonEmptyWords
from nlu.doc import Doc

FILE: Final = "nlu_consent_until.toml"


class ConsentUntilFile(config.Schema):
    """`config/nlu_consent_until.toml`."""

    holding: NonEmptyWords
    spending: NonEmptyWords
    negations: NonEmptyWords
    reach: PositiveInt


@cache
def _file() -> ConsentUntilFile:
    return config.load(FILE, ConsentUntilFile)


def held_until(doc: Doc, cue_end: int, sentence_end: int) -> bool:
    """The consent word ending at `cue_end` followed shortly by a verb and まで, then, in the
    sentence, the spending held back or denied."""
    words = _file()
    tokens = doc.tokens
    until = next(
        (
            i
            for i in range(cue_end + 1, min(cue_end + words.reach + 1, sentence_end))
            if tokens[i].surface == "まで"
            and tokens[i].pos1 == "助詞"
            and tokens[i - 1].pos1 in ("動詞", "助動詞")
        ),
        None,
    )
    if until is None:
        return False
    for k in range(until + 1, sentence_end):
        lemma = tokens[k].lemma
        negated = k + 1 < len(tokens) and tokens[k + 1].surface in words.negations
        if lemma in words.holding and not negated:
            return True
        if lemma in words.spending and negated:
            return True
    return False
