"""Whether a report tells that a lost thing was found again: 「警察から連絡あって見つかった」
comes after the company knew of the loss and sets no detection. Words in
`config/nlu_recovered.toml`."""

from __future__ import annotations

from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from nlu.doc import Doc
from nlu.lexicon import Lexicon
from nlu.phrases import Match

FILE: Final = "nlu_recovered.toml"


class RecoveredFile(config.Schema):
    """`config/nlu_recovered.toml`."""

    verbs: NonEmptyWords
    things: NonEmptyWords
    revealing: NonEmptyWords
    mistaken: NonEmptyWords


@cache
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    file = config.load(FILE, RecoveredFile)
    return frozenset(file.verbs), frozenset(file.things), frozenset(file.revealing)


@cache
def _mistaken() -> frozenset[str]:
    return frozenset(config.load(FILE, RecoveredFile).mistaken)


def tells_recovery(doc: Doc, report: Match, lex: Lexicon) -> bool:
    """After the report word, in its sentence, a verb of a thing coming back with nothing
    between them but lost things and words that are no nouns (「連絡あって見つかった」
    「連絡があり、スマホが戻ってきました」), and no incident named there. The report's own
    verb comes first: in 「通知が届き」 the report is what came."""
    verbs, things, _ = _words()
    tokens = doc.tokens
    first, last = doc.sentence_span(report.start)
    if _quotes_recovery(doc, first, report.start):
        return True
    told = False  # the report's own predicate (「連絡があり」), before what came back
    for i in range(report.end, last):
        token = tokens[i]
        if token.lemma in verbs:
            # 「通知が届き」: the report itself came, nothing came back
            return told and not lex.incident_cues.find(doc, report.end, i)
        told = told or token.pos1 == "動詞"
        if token.pos1 == "名詞" and token.lemma not in things:
            return False
    return False


# What quotes a report's content just before it (「戻ったとの連絡」); MeCab cuts
# 「見つかったって」 as 見つかっ+たって.
_QUOTING: Final = frozenset({"と", "って", "たって", "の", "という", "旨", "との"})


def _quotes_recovery(doc: Doc, first: int, report: int) -> bool:
    """「警察から見つかったって連絡きた」「PCが戻ったとの連絡」: the report quotes, just before
    it, a thing coming back, and names nothing else since its から or the sentence's start;
    unless the loss came to light by it (a revealing verb after the report)."""
    verbs, things, revealing = _words()
    tokens = doc.tokens
    i = report - 1
    if i >= first and tokens[i].pos1 == "接頭辞":
        i -= 1  # 「見つかったとのご連絡」「拾得のご連絡」
    quoted = False
    while i >= first and tokens[i].surface in _QUOTING:
        i, quoted = i - 1, True
    while i >= first and tokens[i].pos1 == "助動詞":
        i -= 1
    if not quoted or i < first or tokens[i].lemma not in verbs:
        return False
    if any(t.lemma in _mistaken() for t in tokens[max(first, i - 2) : i]):
        return False  # 「誤って届いたとご連絡」: what was sent by mistake arrived
    _, last = doc.sentence_span(report)
    if any(t.lemma in revealing for t in tokens[report:last]):
        return False  # 「拾得のご連絡をいただき、紛失が判明」: the finding told of the loss
    for token in reversed(tokens[first:i]):
        if token.surface in ("から", "より", "、"):
            return True
        if token.pos1 == "名詞" and token.lemma not in things:
            return False
    return True
