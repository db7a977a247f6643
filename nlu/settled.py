"""How a doubt about the incident is settled in the words that follow it: confirmed by a
bare 「確定」「ログで確認済み」 said after every doubt, or put in question as a whole
(「気のせいかも」). Words in `config/nlu_settled.toml`.
"""

from __future__ import annotations

from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from nlu.doc import Doc
from nlu.lexicon import Lexicon
from nlu.phrases import Match, PhraseSet
from nlu.polarity import (
    Polarity,
    negations,
    polarity,
    preceded_by_negating_prefix,
    scope_after,
)

FILE: Final = "nlu_settled.toml"
# What may stand between the last mark and a confirmation: a means and its particle (ログで).
_MEANS_PARTICLE: Final = "で"


class SettledFile(config.Schema):
    """`config/nlu_settled.toml`."""

    confirmations: NonEmptyWords
    imagined: NonEmptyWords
    results: NonEmptyWords
    checked_then: NonEmptyWords
    checked_objects: NonEmptyWords
    take_backs: NonEmptyWords
    restated_verbs: NonEmptyWords
    restated_endings: NonEmptyWords


@cache
def _sets() -> tuple[PhraseSet, PhraseSet]:
    file = config.load(FILE, SettledFile)
    return PhraseSet({"confirmed": file.confirmations}), PhraseSet({"imagined": file.imagined})


@cache
def _results() -> PhraseSet:
    return PhraseSet({"result": config.load(FILE, SettledFile).results})


@cache
def _checks() -> tuple[PhraseSet, frozenset[str]]:
    file = config.load(FILE, SettledFile)
    return PhraseSet({"checked": file.checked_then}), frozenset(file.checked_objects)


def _checked_before(doc: Doc, lo: int, start: int) -> bool:
    """Whether a check done ends right at `start` (「…確認したら」確定), naming as its object
    or topic only a thing one looks into for an attack (「ログを確認したら」, not 「金額を
    確認したら」「日程は確認したら」)."""
    checks, objects = _checks()
    tokens = doc.tokens
    for m in checks.find(doc, lo, start):
        if m.end != start:
            continue
        k = m.start
        return not (
            k >= 2 and tokens[k - 1].surface in _OBJECT_ROLES and tokens[k - 2].lemma not in objects
        )
    return False


# The particles that make the noun before a check its object or topic (金額を, 日程は).
_OBJECT_ROLES: Final = frozenset({"を", "は", "が"})


def named_as_result(doc: Doc, start: int, lex: Lexicon) -> bool:
    """Whether a check's outcome (「…確認してもらった結果、」「結果、」) ends right before the
    attack word at `start`, past marks only, or past the investigation words of
    `lex.access_investigated` (「調査の結果、」)."""
    tokens = doc.tokens
    i = start
    while i > 0 and tokens[i - 1].pos1 == "補助記号":
        i -= 1
    if i == start:
        return False  # 「結果ランサム」 run together is no outcome said
    lo = max(0, i - _RESULT_REACH)
    return any(m.end == i for m in _results().find(doc, lo, i)) or any(
        m.end == i for m in lex.access_investigated.find(doc, lo, i)
    )


# How many words a check's outcome phrase may span (確認 し て もらっ た 結果).
_RESULT_REACH: Final = 8


def confirms_after_doubts(doc: Doc, lex: Lexicon) -> bool:
    """Whether a bare confirmation (「確定」「ログで確認済み」), neither denied, hedged nor asked,
    comes after every doubt of the message: the last word on the matter."""
    return confirmation(doc, lex) is not None


def confirmation(doc: Doc, lex: Lexicon) -> Match | None:
    """The first bare confirmation after every doubt of the message (`confirms_after_doubts`)."""
    confirmations, _ = _sets()
    doubts = lex.hedge.find(doc)
    last_doubt = max((m.end for m in doubts), default=0)
    for match in confirmations.find(doc):
        if match.start < last_doubt or preceded_by_negating_prefix(doc, match.start, lex):
            continue
        if not _bare(doc, match.start):
            continue
        lo, hi = scope_after(doc, match.end, extend=False)
        if polarity(doc, lo, hi, lex, affirm_if=True) is Polarity.AFFIRMED:
            return match
    return None


def _bare(doc: Doc, start: int) -> bool:
    """Only marks, or a means and で (「ログで」「調査で」), or a check done (「確認したら」),
    since the last mark before `start`: 「金額が確定」「日程確定」 confirm something else."""
    i = start - 1
    while i >= 0 and doc.tokens[i].pos1 != "補助記号":
        i -= 1
    words = doc.tokens[i + 1 : start]
    if not words or _checked_before(doc, i + 1, start):
        return True
    return words[-1].surface == _MEANS_PARTICLE and all(
        t.pos1 in ("名詞", "接尾辞") for t in words[:-1]
    )


def imagined(doc: Doc, lex: Lexicon) -> bool:
    """「気のせいかも」「勘違いかもしれない」: whether anything happened at all is doubted."""
    _, words = _sets()
    for match in words.find(doc):
        lo, hi = scope_after(doc, match.end, extend=False)
        if polarity(doc, lo, hi, lex, affirm_if=True) is Polarity.HEDGED:
            return True
    return False


@cache
def _restating() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    file = config.load(FILE, SettledFile)
    return (
        frozenset(file.take_backs),
        frozenset(file.restated_verbs),
        frozenset(file.restated_endings),
    )


def restated_plainly(doc: Doc, lo: int, hi: int, lex: Lexicon) -> bool:
    """Whether a doubt in tokens[lo:hi] is taken back at once by the writer (「感染してたみたい
    です いや してました」): a take-back word right after the hedge (past its copula and
    marks), then the bare verb restated with nothing denied or doubted after it."""
    backs, verbs, endings = _restating()
    tokens = doc.tokens
    for hedge in lex.hedge.find(doc, lo, hi):
        i = hedge.end
        while (
            i < hi
            and tokens[i].pos1 in ("補助記号", "助動詞", "助詞")
            and tokens[i].surface not in backs
        ):
            i += 1
        if i >= hi or tokens[i].surface not in backs:
            continue
        k = i + 1
        while k < hi and tokens[k].pos1 == "補助記号":
            k += 1
        if k >= hi or tokens[k].lemma not in verbs:
            continue
        end = k + 1
        while end < len(tokens) and tokens[end].pos1 == "助動詞":
            if tokens[end].lemma not in endings:
                break
            end += 1
        if end < len(tokens) and tokens[end].pos1 == "助動詞":
            continue  # 「いや、してない」: an ending of denial or doubt
        _, sentence_end = doc.sentence_span(k)
        if not lex.hedge.contains(doc, end, sentence_end) and not negations(doc, k, end, lex):
            return True
    return False
