"""Counts of persons and companies the incident touched otherwise than through their data:
those who could not use a service while it was down (「予約できなかった利用者は約1万2千人」)
or were served by hand meanwhile (「紙のカルテで入院患者約250人への対応を続けている」),
the companies the company supplies (「大手メーカー3社の1次取引先」), those only worried
(「お取引先様(約300社)には、ご心配をおかけしました」). Words in
`config/nlu_victim_bystanders.toml`."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Final

from pydantic import PositiveInt

import config
from config.types import NonEmptyWords
from nlu.counts import Count
from nlu.doc import Doc
from nlu.lexicon import Lexicon
from nlu.phrases import PhraseSet

FILE: Final = "nlu_victim_bystanders.toml"

_NOUN_RUN = frozenset({"名詞", "接頭辞", "接尾辞"})


class BystandersFile(config.Schema):
    """`config/nlu_victim_bystanders.toml`."""

    uses: NonEmptyWords
    disruptions: NonEmptyWords
    use_gap: PositiveInt
    kept_up: NonEmptyWords
    continued: NonEmptyWords
    by_hand: NonEmptyWords
    data_words: NonEmptyWords
    relations: NonEmptyWords
    relation_run_max: PositiveInt
    addressed: NonEmptyWords
    worries: NonEmptyWords
    harms: NonEmptyWords


@dataclass(frozen=True, slots=True)
class _Words:
    uses: PhraseSet
    disruptions: PhraseSet
    use_gap: int
    kept_up: PhraseSet
    continued: PhraseSet
    by_hand: PhraseSet
    data_words: frozenset[str]
    relations: PhraseSet
    relation_run_max: int
    addressed: frozenset[str]
    worries: frozenset[str]
    harms: frozenset[str]


@cache
def _words() -> _Words:
    file = config.load(FILE, BystandersFile)
    return _Words(
        uses=PhraseSet({"use": file.uses}),
        disruptions=PhraseSet({"disruption": file.disruptions}),
        use_gap=file.use_gap,
        kept_up=PhraseSet({"kept_up": file.kept_up}),
        continued=PhraseSet({"continued": file.continued}),
        by_hand=PhraseSet({"by_hand": file.by_hand}),
        data_words=frozenset(file.data_words),
        relations=PhraseSet({"relation": file.relations}),
        relation_run_max=file.relation_run_max,
        addressed=frozenset(file.addressed),
        worries=frozenset(file.worries),
        harms=frozenset(file.harms),
    )


def bystanders(doc: Doc, count: Count, lex: Lexicon) -> bool:
    """Whether the count is of those kept from a service or of the company's customers."""
    words = _words()
    token = doc.token_at(count.start)
    lo, hi = doc.clause_start(token), doc.clause_end(token)
    uses = [m for m in words.uses.find(doc, lo, hi) if not _suffixed(doc, m.end)]
    # A use's own lemma (閲覧 of 「閲覧や予約がしにくい」) is no leak; any other is.
    inside = {i for m in uses for i in range(m.start, m.end)}
    for i in range(lo, hi):
        lemma = doc.tokens[i].lemma
        if lemma in words.data_words or (lemma in lex.leak_lemmas and i not in inside):
            return False
    if count.kind == "corporations" and _relation_after(doc, count, hi, words):
        return True
    if _only_worried(doc, count, lex, words):
        return True
    disruptions = [m.start for m in words.disruptions.find(doc, lo, hi)]
    if any(m.end <= d <= m.end + words.use_gap for m in uses for d in disruptions):
        return True
    return _served_meanwhile(doc, lo, hi, words)


def _served_meanwhile(doc: Doc, lo: int, hi: int, words: _Words) -> bool:
    """「紙のカルテで入院患者約250人への対応を続けている」: a service kept up by other means
    (紙, 手作業 …) while the system is down, in a clause that names no one as affected
    (対象, 該当 …)."""
    if not words.by_hand.contains(doc, lo, hi):
        return False
    if any(t.lemma in words.harms for t in doc.tokens[lo:hi]):
        return False
    kept = words.kept_up.find(doc, lo, hi)
    going = [m.start for m in words.continued.find(doc, lo, hi)]
    return any(m.end <= g <= m.end + words.use_gap for m in kept for g in going)


def _only_worried(doc: Doc, count: Count, lex: Lexicon, words: _Words) -> bool:
    """「お取引先様(約300社)には、ご心配をおかけしました」: the count is whom the sentence
    apologises to for worry, its sentence names no data, and the text no leak or harm."""
    i = doc.token_at(count.end - 1) + 1
    lo, hi = doc.sentence_span(i - 1)
    while i < hi and doc.tokens[i].pos1 == "補助記号":
        i += 1
    if i >= hi or doc.tokens[i].surface not in words.addressed:
        return False
    if any(t.lemma in words.data_words for t in doc.tokens[lo:hi]):
        return False
    if any(t.lemma in lex.leak_lemmas or t.lemma in words.harms for t in doc.tokens):
        return False  # 「顧客情報が流出…対象のお客様300名にはご心配を」: the victims
    return any(t.lemma in words.worries for t in doc.tokens[i:hi])


def _suffixed(doc: Doc, end: int) -> bool:
    return end < len(doc.tokens) and doc.tokens[end].pos1 == "接尾辞"


def _relation_after(doc: Doc, count: Count, hi: int, words: _Words) -> bool:
    """「3社の1次取引先」: the count, 「の」, and nouns ending in a business relation."""
    end = doc.token_at(count.end - 1) + 1
    if end >= hi or doc.tokens[end].surface != "の":
        return False
    run_end = end + 1
    stop = min(hi, run_end + words.relation_run_max)
    while run_end < stop and doc.tokens[run_end].pos1 in _NOUN_RUN:
        run_end += 1
    if run_end < hi and doc.tokens[run_end].pos1 in _NOUN_RUN:
        return False  # a longer noun: 「3社の取引先担当者情報」
    return any(m.end == run_end for m in words.relations.find(doc, end + 1, run_end))
