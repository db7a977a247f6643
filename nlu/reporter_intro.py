"""Words that name who writes or what an adviser said, read as no finding nor report
(labelling rule 3). Words in `config/nlu_reporter_intro.toml`.
"""

from __future__ import annotations

from functools import cache
from typing import Final, NamedTuple

import config
from config.types import NonEmptyWords
from nlu.doc import Doc
from nlu.phrases import Match, PhraseSet

FILE: Final = "nlu_reporter_intro.toml"
_NAME_TOKENS: Final = 4  # 「情シスの田中です」「総務部の山田太郎です」


class IntroFile(config.Schema):
    """`config/nlu_reporter_intro.toml`."""

    copulas: NonEmptyWords
    after_copula: NonEmptyWords
    before_team: NonEmptyWords
    cost_predicates: NonEmptyWords
    advice_endings: NonEmptyWords
    advisers: NonEmptyWords
    quote_marks: NonEmptyWords
    writer_findings: NonEmptyWords
    papers: NonEmptyWords
    paper_topics: NonEmptyWords
    amount_words: NonEmptyWords


class _Words(NamedTuple):
    copulas: frozenset[str]
    after_copula: frozenset[str]
    before_team: frozenset[str]
    cost_predicates: frozenset[str]
    advice_endings: tuple[str, ...]
    advisers: PhraseSet
    quote_marks: frozenset[str]
    writer_findings: frozenset[str]
    papers: PhraseSet
    paper_topics: PhraseSet
    amount_words: frozenset[str]


@cache
def _words() -> _Words:
    file = config.load(FILE, IntroFile)
    return _Words(
        frozenset(file.copulas),
        frozenset(file.after_copula),
        frozenset(file.before_team),
        frozenset(file.cost_predicates),
        tuple(file.advice_endings),
        PhraseSet({"adviser": file.advisers}),
        frozenset(file.quote_marks),
        frozenset(file.writer_findings),
        PhraseSet({"paper": file.papers}),
        PhraseSet({"topic": file.paper_topics}),
        frozenset(file.amount_words),
    )


def introduces(doc: Doc, match: Match) -> bool:
    """「情シスです。」「情シスの田中です、」: the team at `match` only introduces the writer.

    The team opens its sentence and a copula closes its phrase, maybe after a name; the
    writer then says nothing they did to find it (「…で検知した」 keeps the team as finder).
    """
    words, tokens = _words(), doc.tokens
    first, last = doc.sentence_span(match.start)
    if any(t.surface not in words.before_team for t in tokens[first : match.start]):
        return False
    # 「情シスで」 (done by 情シス) matches the start of 「情シスです」.
    at = match.end - 1 if tokens[match.end - 1].surface in words.copulas else match.end
    if at < last and tokens[at].surface == "の":
        name = next(
            (
                k
                for k in range(at + 1, min(last, at + 2 + _NAME_TOKENS))
                if tokens[k].surface in words.copulas
            ),
            None,
        )
        if name is None or any(t.pos1 != "名詞" for t in tokens[at + 1 : name]):
            return False
        at = name
    if at >= len(tokens) or tokens[at].surface not in words.copulas:
        return False
    if at + 1 < len(tokens) and tokens[at + 1].surface not in words.after_copula:
        return False
    return not any(t.lemma in words.writer_findings for t in tokens[at + 1 :])


def advice_quoted(doc: Doc, match: Match) -> bool:
    """「60万かかると言われた」「公表した方がいいと弁護士から助言」: the report word at
    `match` closes a quoted price, or our adviser's advice, not a report of the incident."""
    words, tokens = _words(), doc.tokens
    mark = match.start - 1
    if mark < 1 or tokens[mark].surface not in words.quote_marks:
        return False
    if tokens[mark - 1].lemma in words.cost_predicates:
        return True
    first, last = doc.sentence_span(match.start)
    said = "".join(t.surface for t in tokens[max(first, mark - 4) : mark])
    if not said.endswith(words.advice_endings):
        return False
    return any(first <= m.start < last for m in words.advisers.find(doc))


def paper_sent(doc: Doc, match: Match) -> bool:
    """「弁護士から見積もりで50万と言われた」「業者から見積りの連絡」: what the report word at
    `match` carries is a quote, an invoice or advice from the one we hired, no report.

    The paper is the first word after the から (「からの」 too), and only particles or an
    amount stand between it and the report word.
    """
    words, tokens = _words(), doc.tokens
    first, _ = doc.sentence_span(match.start)
    at = next(
        (k for k in range(match.start - 1, first, -1) if tokens[k].surface in ("から", "より")),
        None,
    )
    if at is None:
        return False
    start = at + 1
    while start < match.start and tokens[start].surface in ("の", "、", "は", "も"):
        start += 1
    paper = next((m for m in words.papers.find(doc, start, match.start) if m.start == start), None)
    if paper is None or words.paper_topics.contains(doc, start, match.start):
        return False
    # 「取引先から請求書の振込先変更メールが届いた」: a paper that is only a word of what was
    # sent is no paper sent; only particles and an amount may stand after it.
    return all(
        t.pos1 in ("助詞", "補助記号") or t.pos2 == "数詞" or t.lemma in words.amount_words
        for t in tokens[paper.end : match.start]
    )
