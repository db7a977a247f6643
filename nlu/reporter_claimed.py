"""A report whose content is only a damages claim (`detection`): 「取引先から損害賠償を請求すると
言われました」 came after the company knew of the incident, so it says nothing of who found it.
Words in `config/nlu_reporter_claimed.toml`."""

from __future__ import annotations

from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from nlu.doc import Doc
from nlu.lexicon import Lexicon
from nlu.phrases import Match, PhraseSet

FILE: Final = "nlu_reporter_claimed.toml"
# What closes the quoted content before a report word (「…と言われた」「…との連絡」「…、と」).
_QUOTING: Final = frozenset({"と", "って", "旨"})
_BETWEEN: Final = frozenset({"、", "の"})


class ClaimedFile(config.Schema):
    """`config/nlu_reporter_claimed.toml`."""

    claims: NonEmptyWords


@cache
def _claims() -> PhraseSet:
    return PhraseSet({"claim": config.load(FILE, ClaimedFile).claims})


def claim_only(doc: Doc, report: Match, lex: Lexicon) -> bool:
    """「…を請求するかも、と言われてる」: the words quoted right before the report word, in its
    sentence, ask for damages, and the sentence names no infringement."""
    tokens = doc.tokens
    k = report.start - 1
    while k >= 0 and tokens[k].surface in _BETWEEN:
        k -= 1
    if k < 0 or tokens[k].surface not in _QUOTING:
        return False
    first, last = doc.sentence_span(report.start)
    if not _claims().contains(doc, first, k):
        return False
    return not lex.frames.infringements.contains(doc, first, last)
