"""Words that name who writes or what an adviser said, read as no finding nor report
(labelling rule 3). Words in `config/nlu_reporter_intro.toml`.
"""

from __future__ import annotations

from functools import cache
from typing import Final, NamedTuple

import config
from config.types import NonEmptyWords
from nlu.doc import Doc
from nlu.lexicon import Lexicon
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
    results: NonEmptyWords
    pasted_marks: NonEmptyWords
    pasting_verbs: NonEmptyWords


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
    results: PhraseSet
    pasted_marks: tuple[str, ...]
    pasting_verbs: frozenset[str]


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
        PhraseSet({"result": file.results}),
        tuple(file.pasted_marks),
        frozenset(file.pasting_verbs),
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


# After a team's name in the opening introduction, its role (「情シス課長の森です」).
_ROLE_TOKENS: Final = 3


def team_introduced(doc: Doc, team: Match) -> bool:
    """「情シスの佐藤です。」「情シス課長の森です。」: the team at `team` opens the message in
    the writer's introduction, maybe with a role and a name after it, closed by a copula.

    Unlike `introduces`, what the writer says next is not weighed: the caller reads it.
    """
    words, tokens = _words(), doc.tokens
    first, last = doc.sentence_span(team.start)
    if first != 0 or any(t.surface not in words.before_team for t in tokens[first : team.start]):
        return False
    at = team.end
    while at < last and at - team.end < _ROLE_TOKENS and tokens[at].pos1 in ("名詞", "接尾辞"):
        at += 1  # 「情シス課長」
    if at < last and tokens[at].surface == "の":
        name = at + 1
        while name < last and name - at <= _NAME_TOKENS and tokens[name].pos1 == "名詞":
            name += 1
        at = name if name > at + 1 else at
    return at < last and tokens[at].surface in words.copulas


def advice_quoted(doc: Doc, match: Match) -> bool:
    """「60万かかると言われた」「公表した方がいいと弁護士から助言」: the report word at
    `match` closes a quoted price, or our adviser's advice, not a report of the incident."""
    words, tokens = _words(), doc.tokens
    mark = match.start - 1
    if mark < 1 or tokens[mark].surface not in words.quote_marks:
        return False
    if tokens[mark - 1].lemma in words.cost_predicates or _ends_in_a_price(doc, mark, words):
        return True
    first, last = doc.sentence_span(match.start)
    said = "".join(t.surface for t in tokens[max(first, mark - 4) : mark])
    if not said.endswith(words.advice_endings):
        return False
    return any(first <= m.start < last for m in words.advisers.find(doc))


def _ends_in_a_price(doc: Doc, mark: int, words: _Words) -> bool:
    """「調査費用は200〜300万くらいと言われてます」: the quote closing at `mark` ends in an
    amount of money (a number, then 万 or 円, and くらい, 程度 …), said of a cost named in it."""
    tokens = doc.tokens
    first, _ = doc.sentence_span(mark)
    i = mark - 1
    while i >= first and tokens[i].lemma in words.amount_words and tokens[i].pos2 != "数詞":
        i -= 1
    if i < first or tokens[i].pos2 != "数詞":
        return False  # 「200万って言われた」: the run may end in 万 itself, a numeral too
    money = {"万", "円", "億", "千"}
    if not any(t.lemma in money for t in tokens[i:mark]):
        return False
    # The cost it prices is named before it (費用, 見積もり, 料金): 「5万件と言われた」 is none.
    return any(m.end <= i for m in words.papers.find(doc, first, i))


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


# Sentences after a report word that may hold the findings it introduces (「こんなメール来ました↓」
# then the address line, then 「調査の結果、…」).
_PASTED_REACH: Final = 3
# Reporter labels of the spec's external reporters.
_OPERATORS: Final = frozenset({"security", "network", "public"})


def findings_reported(doc: Doc, match: Match, lex: Lexicon) -> bool:
    """「業者から、調査の結果ウイルス感染が確認されたと報告」「ベンダーからこんなメール来ました↓
    …調査の結果、…が確認されました」: the report word at `match` carries the findings of an
    investigation, one the company ordered once it knew, not how it came to know.

    The result is named between the から and the report word, or stands in the mail the
    report word shows (「こんなメール」「↓」), when that word closes its sentence.
    """
    words, tokens = _words(), doc.tokens
    first, last = doc.sentence_span(match.start)
    at = next(
        (k for k in range(match.start - 1, first - 1, -1) if tokens[k].surface in ("から", "より")),
        None,
    )
    if at is None:
        return False
    # A security operator's or public body's findings may be its own report (spec
    # "External report"): only the others' are read so.
    if any(r.end <= at <= r.end + 2 and r.label in _OPERATORS for r in lex.reporters.find(doc)):
        return False
    if words.results.contains(doc, at + 1, match.start):
        return True
    # Only a mail shown (「こんなメール来ました↓」「以下の報告がありました:」), whose text follows.
    shown = "".join(t.surface for t in tokens[first:last])
    if not any(mark in shown for mark in words.pasted_marks):
        return False
    # 「…からの最終報告を貼ります」: the verb that pastes it may close the sentence.
    if any(
        t.pos1 not in ("助動詞", "補助記号", "助詞") and t.lemma not in words.pasting_verbs
        for t in tokens[match.end : last]
    ):
        return False
    hi = last
    for _ in range(_PASTED_REACH):
        if hi >= len(tokens):
            break
        _, hi = doc.sentence_span(hi)
    return words.results.contains(doc, last, hi)
