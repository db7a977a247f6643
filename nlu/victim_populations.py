"""Counts of the population the victims are part of (「会員数約2万3千人のうち」「10万人の会員の
うち、約3,000人の情報が流出」), or of those warned, not of the victims themselves."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from nlu.counts import Count
from nlu.doc import Doc
from nlu.lexicon import Lexicon
from nlu.loose_counts import of_people
from nlu.patterns import alternation

FILE: Final = "nlu_victim_populations.toml"


class PopulationsFile(config.Schema):
    """`config/nlu_victim_populations.toml`."""

    data: NonEmptyWords
    links: NonEmptyWords
    suffixes: NonEmptyWords
    between: NonEmptyWords


@cache
def _populations() -> PopulationsFile:
    return config.load(FILE, PopulationsFile)


def _population_before(doc: Doc, count: Count, lex: Lexicon) -> tuple[str, int] | None:
    """The population word a count is said right after (「会員数は約450人」 → 会員数), and
    its offset."""
    words = _populations()
    i = doc.token_at(count.start)
    lo = doc.sentence_span(i)[0]
    while i > lo and doc.tokens[i - 1].surface in words.between:
        i -= 1
    named = [m for m in lex.population.find(doc, lo, i) if m.end == i]
    if not named:
        return None
    at = doc.starts[named[-1].start]
    return doc.text[at : doc.ends[i - 1]], at


def background(doc: Doc, count: Count, lex: Lexicon) -> bool:
    """「同法人の会員数は約450人」: the size of a population whose data the text never says
    was hit (「会員DB抜かれてた」 would), so not a number of victims."""
    before = _population_before(doc, count, lex)
    if before is None:
        return False
    word, at = before
    words = _populations()
    head = next((word[: -len(s)] for s in words.suffixes if word.endswith(s)), word)
    if not head:
        return False
    data = re.compile(
        rf"{re.escape(head)}(?:{alternation(words.links)})?(?:{alternation(words.data)})"
    )
    if data.search(doc.text) is not None:
        return False
    # The population named elsewhere in the text, in another role (「会員に不審なメール」
    # 「会員から問い合わせ」): what befell them is said, and it is not a hit on their data. A
    # message that only gives the number (「会員数は3万2千人」) answers one before it.
    return any(m.start() != at for m in re.finditer(re.escape(head), doc.text))


def population(doc: Doc, count: Count, lex: Lexicon) -> bool:
    """「会員数約2万3千人のうち」: the size of a population some of whom were affected."""
    if lex.subset_mark is None or lex.subset_mark.match(doc.text, count.end) is None:
        return False
    token = doc.token_at(count.start)
    lo = doc.clause_start(token)
    return any(match.end == token for match in lex.population.find(doc, lo, token))


def _after_nouns(doc: Doc, count: Count, lex: Lexicon) -> int:
    """The token after a count, or after the 「の」 and the nouns that follow it
    (「約3,000名のお客様」): where a particle or a subset mark of the count's phrase is."""
    end = doc.token_at(count.end - 1) + 1
    if end >= len(doc.tokens) or doc.tokens[end].surface != "の":
        return end
    stop = min(len(doc.tokens), end + 1 + lex.noun_run_max)
    i = end + 1
    while i < stop and doc.tokens[i].pos1 in _NOUN_PARTS:
        i += 1
    return i if i > end + 1 else end


_NOUN_PARTS = frozenset({"名詞", "接頭辞", "接尾辞"})


def warned(doc: Doc, count: Count, lex: Lexicon) -> bool:
    """「約2万3000件の利用者には個別に注意を呼びかけ」: the persons warned, not the victims."""
    i = _after_nouns(doc, count, lex)
    if i >= len(doc.tokens) or doc.tokens[i].surface not in lex.recipient_particles:
        return False
    return lex.warnings.contains(doc, i + 1, doc.sentence_span(i)[1])


def population_of_part(doc: Doc, count: Count, counts: Sequence[Count], lex: Lexicon) -> bool:
    """「10万人の会員のうち、約3,000人の情報が流出」: a population, when a later count of the
    sentence has a leak in its clause and this one's own clause has none."""
    if lex.subset_mark is None:
        return False
    i, mark = doc.token_at(count.end - 1) + 1, count.end
    if lex.subset_mark.match(doc.text, mark) is None:
        i = _after_nouns(doc, count, lex)
        mark = doc.ends[i - 1]
        if lex.subset_mark.match(doc.text, mark) is None:
            return False
    token = doc.token_at(count.start)
    if any(t.lemma in lex.leak_lemmas for t in doc.tokens[doc.clause_start(token) : i]):
        return False  # 「流出した顧客情報3,000件のうち、800件には」: the leaked total
    stop = doc.sentence_span(token)[1]
    for later in counts:
        first = doc.token_at(later.start) if later.start > mark else -1
        if token < first < stop and of_people(later, lex):
            clause = doc.tokens[doc.clause_start(first) : doc.clause_end(first)]
            if any(t.lemma in lex.leak_lemmas for t in clause):
                return True
    return False


def population_before_part(doc: Doc, count: Count, counts: Sequence[Count], lex: Lexicon) -> bool:
    """「約11万人分の情報が保存されていたが、このうち流出したのは約1,500人分」: the count is
    the population a later part (「このうち」, in its sentence or the next) is taken from."""
    token = doc.token_at(count.start)
    if any(
        t.lemma in lex.leak_lemmas
        for t in doc.tokens[doc.clause_start(token) : doc.clause_end(token)]
    ):
        return False  # 「顧客情報3,000件が流出。うち800件は」: the leaked total
    later = next((c for c in counts if c.start >= count.end), None)
    if later is None or not of_people(later, lex):
        return False
    _, last = doc.sentence_span(token)
    stop = doc.sentence_span(last)[1] if last < len(doc.tokens) else last
    part = doc.token_at(later.start)
    if part >= stop:
        return False
    end = doc.token_at(count.end - 1) + 1
    if not any(
        ref.start == 0 or doc.tokens[ref.start - 1].pos1 == "補助記号"
        for ref in lex.subset_refs.find(doc, end, part)
    ):
        return False
    clause = doc.tokens[doc.clause_start(part) : doc.clause_end(part)]
    return any(t.lemma in lex.leak_lemmas for t in clause)
