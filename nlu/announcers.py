"""Whether an announcement is said of another party than the company: 「委託先はもう公表
してる」 is the contractor's own announcement, not ours (labelling rule 5). Words in
`config/nlu_announcers.toml`."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import Final

from pydantic import PositiveInt

import config
from config.types import NonEmptyWords
from nlu.doc import Doc
from nlu.mentions import NOUN_PHRASE_POS, noun_phrase_start
from nlu.phrases import PhraseSet

FILE: Final = "nlu_announcers.toml"
# Between the party and the announcing word, a verb would start a statement of its own
# (「委託先が感染したことを公表した」 is ours, telling of theirs).
_PREDICATES: Final = frozenset({"動詞", "助動詞", "形容詞"})
# The particles that end a quote (「…を受けたって」「…を受けたと」, 「流出したって」 where MeCab
# joins た and って) before the announcing word.
_QUOTING: Final = frozenset({"って", "と", "たって", "だって"})


class AnnouncersFile(config.Schema):
    """`config/nlu_announcers.toml`."""

    others: NonEmptyWords
    heads: NonEmptyWords
    subject_particles: NonEmptyWords
    informants: NonEmptyWords
    informant_sources: NonEmptyWords
    informant_gap_max: PositiveInt
    telling: NonEmptyWords
    teller_gap_max: PositiveInt
    teller_min_chars: PositiveInt
    that_party: NonEmptyWords


@cache
def _file() -> tuple[PhraseSet, frozenset[str], frozenset[str]]:
    file = config.load(FILE, AnnouncersFile)
    return (
        PhraseSet({"other": file.others}),
        frozenset(file.heads),
        frozenset(file.subject_particles),
    )


def by_another(doc: Doc, at: int) -> bool:
    """The announcing word at token `at` has another party as its subject: the nearest
    subject before it in its sentence, with no predicate between them, names a contractor
    or a provider (「委託先は自社サイトで経緯を公表した」), or the word is the party's own
    noun (「委託先の公表」)."""
    others, heads, particles = _file()
    return _subject_in(doc, at, others, heads, particles)


def by_that_party(doc: Doc, at: int, own_voice: Callable[[], bool]) -> bool:
    """The announcing word at token `at` has 「同社」 as its subject in a text in the writer's
    own voice (当社, 弊社: `own_voice`): there 同社 is the contractor or provider just named
    (「委託している株式会社○○において…。同社は本日、同社ウェブサイトで本件を公表しております」),
    not the company writing, as it is in a news story."""
    _, heads, particles = _file()
    return _subject_in(doc, at, _that_party(), heads, particles) and own_voice()


@cache
def _that_party() -> PhraseSet:
    return PhraseSet({"that": config.load(FILE, AnnouncersFile).that_party})


def _subject_in(
    doc: Doc, at: int, others: PhraseSet, heads: frozenset[str], particles: frozenset[str]
) -> bool:
    """The nearest subject before token `at` in its sentence, with no predicate between,
    or the noun before 「の」 right before it, names one of `others`."""
    tokens = doc.tokens
    first, _ = doc.sentence_span(at)
    i = at - 1
    if i >= first and tokens[i].surface == "の":
        return _names_other(doc, i, others, heads)
    while i >= first:
        token = tokens[i]
        if token.surface in _QUOTING and token.pos1 == "助詞" and doc.clause_start(i) < i:
            # 「クラウドの会社が、不正アクセスを受けたってプレスリリースを出してます」: what
            # the release says is quoted; its subject stands before the quote's clause.
            i = doc.clause_start(i) - 1
            continue
        if token.pos1 in _PREDICATES:
            return False
        if token.pos1 == "助詞" and token.surface in particles:
            return _names_other(doc, i, others, heads)
        i -= 1
    return False


def _names_other(doc: Doc, end: int, others: PhraseSet, heads: frozenset[str]) -> bool:
    """The noun phrase ending before token `end` ends in a party of `others`, maybe with one
    of `heads` after it (「委託先の会社」)."""
    tokens = doc.tokens
    last = end
    # 「印刷会社さんは」: the party's own word may end in a head (会社) itself, so it may end
    # before any of the heads.
    ends = {end}
    while last - 1 >= 0 and tokens[last - 1].lemma in heads:
        last -= 1
        ends.add(last)
    if last - 1 >= 0 and tokens[last - 1].surface == "の" and last < end:
        last -= 1
        ends.add(last)
    start = noun_phrase_start(doc, last)
    return any(m.end in ends for m in others.find(doc, start, end)) and all(
        t.pos1 in NOUN_PHRASE_POS or t.surface == "の" for t in tokens[start:end]
    )


@cache
def _informants() -> tuple[tuple[str, ...], re.Pattern[str]]:
    file = config.load(FILE, AnnouncersFile)
    names = "|".join(re.escape(w) for w in file.informants)
    sources = "|".join(re.escape(w) for w in file.informant_sources)
    told = re.compile(rf"(?:{names})[^、。\s]{{0,{file.informant_gap_max}}}?(?:{sources})")
    return tuple(file.informants), told


def by_informant(doc: Doc, at: int) -> bool:
    """The announcing word at token `at` is in a sentence whose topic (what stands before
    its first は or が) is a public body the text also names as having told the company
    (「県警は…と発表した。同社は県警からの連絡で被害を把握した」): the body's own
    announcement, about another's incident, not the company's."""
    names, told = _informants()
    tokens = doc.tokens
    first, _ = doc.sentence_span(at)
    topic = next(
        (
            i
            for i in range(first, at)
            if tokens[i].pos1 == "助詞" and tokens[i].surface in ("は", "が")
        ),
        None,
    )
    if topic is None:
        return False
    subject = doc.text[tokens[first].start : tokens[topic].start]
    return any(name in subject for name in names) and bool(told.search(doc.text))


def by_cited_body(doc: Doc, at: int) -> bool:
    """The announcing word at token `at` is a public body's own, cited by name right before
    it (「警察庁の発表によると」「IPAの発表資料」): the body's announcement of what it knows,
    which the writer passes on."""
    if at == 0 or doc.tokens[at - 1].surface != "の":
        return False
    start = noun_phrase_start(doc, at - 1)
    if start >= at - 1:
        return False
    named = doc.text[doc.tokens[start].start : doc.tokens[at - 1].start]
    return any(name in named for name in _informants()[0])


@cache
def _tellers() -> tuple[re.Pattern[str], int]:
    file = config.load(FILE, AnnouncersFile)
    sources = "|".join(re.escape(w) for w in file.informant_sources)
    telling = "|".join(re.escape(w) for w in file.telling)
    gap = file.teller_gap_max
    return re.compile(rf"(?:{sources})[^、。\s]{{0,{gap}}}?(?:{telling})"), file.teller_min_chars


def by_teller(doc: Doc, at: int) -> bool:
    """The announcing word at token `at` is in a sentence whose topic (the noun phrase
    before its first は) is a party the text names as having told the company
    (「○○システムズは…と発表した。…○○システムズから報告を受けたという」): the party that
    reported its own incident announced it, not the company."""
    telling, least = _tellers()
    tokens = doc.tokens
    first, _ = doc.sentence_span(at)
    topic = next(
        (i for i in range(first, at) if tokens[i].pos1 == "助詞" and tokens[i].surface == "は"),
        None,
    )
    if topic is None:
        return False
    end = _before_aside(doc, first, topic)
    start = noun_phrase_start(doc, end, first)
    # 「配送代行の青葉ロジは」: the name is the head after the last の.
    start = max([start, *(i + 1 for i in range(start, end) if tokens[i].surface == "の")])
    if start >= end:
        return False
    name = doc.text[tokens[start].start : doc.ends[end - 1]]
    if len(name) < least:
        return False
    return any(
        telling.match(doc.text, found.end())
        for found in re.compile(re.escape(name)).finditer(doc.text, doc.ends[topic])
    )


def _before_aside(doc: Doc, lo: int, end: int) -> int:
    """Where a name ends before token `end`, past a bracketed aside after it
    (「○○システムズ（東京都港区）は」)."""
    tokens = doc.tokens
    if end - 1 < lo or tokens[end - 1].surface not in (")", "）"):
        return end
    for i in range(end - 2, lo - 1, -1):
        if tokens[i].surface in ("(", "（"):
            return i
    return end
