"""A count in a supposition the writer makes up (「例えば1,000人に配ったらどうなります？」):
an example, not the number of victims. Words in `config/nlu_victim_examples.toml`."""

from __future__ import annotations

import re
from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from nlu.counts import Count
from nlu.doc import Doc
from nlu.intent import hypothetical_clauses
from nlu.lexicon import Lexicon
from nlu.patterns import alternation

FILE: Final = "nlu_victim_examples.toml"


class ExamplesFile(config.Schema):
    """`config/nlu_victim_examples.toml`."""

    adverbs: NonEmptyWords


@cache
def _example_adverb() -> re.Pattern[str]:
    # 「もしかしたら」 is a doubt, not a supposition: no か right after the adverb.
    return re.compile(rf"(?:{alternation(config.load(FILE, ExamplesFile).adverbs)})(?!か)")


def supposed_example(doc: Doc, count: Count, lex: Lexicon) -> bool:
    """Whether the count lies in a question's supposition opened, before it in its
    sentence, by 例えば, 仮に or もし."""
    if not any(lo <= count.start < hi for lo, hi in hypothetical_clauses(doc, lex)):
        return False
    first, _ = doc.sentence_span(doc.token_at(count.start))
    return _example_adverb().search(doc.text, doc.starts[first], count.start) is not None
