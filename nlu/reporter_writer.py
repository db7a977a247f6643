"""The writer's own operator in a letter to the company (`detection`): 「貴社ご契約の当社SOC
サービスより通報いたしました」「当社の24時間監視サービスにおいて、貴院のNASに対し…を検知」.
In a letter addressed to the company, 当社 and 弊社 are the writer, so the SOC or the
monitoring service they name is the operator's, an external reporter, not our own. Words in
`config/nlu_reporter_writer.toml`."""

from __future__ import annotations

from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from nlu.doc import Doc
from nlu.lexicon import Lexicon
from nlu.phrases import Match
from nlu.reporter_context import entrusted_letter, principal_words

FILE: Final = "nlu_reporter_writer.toml"


class WriterFile(config.Schema):
    """`config/nlu_reporter_writer.toml`."""

    writers: NonEmptyWords


@cache
def _writers() -> frozenset[str]:
    return frozenset(config.load(FILE, WriterFile).writers)


def writers_operator(doc: Doc, reporter: Match, own: int, lex: Lexicon) -> bool:
    """The own word at token `own` before the operator `reporter` (「当社SOC」「当社の監視
    サービス」) names the writer of a letter to the company, not the company itself.

    Only when the letter addresses the company (`[detection] letter_to_us`), the operator's
    sentence names the addressee's own (「貴社ご契約の」「貴院のNAS」), and the writer is
    no contractor telling of the addressee's data it keeps (`entrusted_letter`: that is the
    contractor's own incident, a third party).
    """
    if doc.tokens[own].surface not in _writers() or not lex.letter_to_us.find(doc):
        return False
    first, last = doc.sentence_span(reporter.start)
    said = "".join(t.surface for t in doc.tokens[first:last])
    if not any(word in said for word in principal_words()):
        return False
    return entrusted_letter(doc) is None
