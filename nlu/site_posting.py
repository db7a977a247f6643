"""The organisation putting the incident on its own site, said with a verb of posting and
no word for announcing (「HPにも載せました」「ホームページには載せない方向です」).

Words in `config/nlu_site_posting.toml`. A posting names no object but the notice, is not
the incident itself (誤って掲載), and is the clause's predicate, not a relative clause.
"""

from __future__ import annotations

from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from nlu.announce_undecided import not_yet_undecided
from nlu.announcers import by_another
from nlu.doc import Doc
from nlu.lexicon import Lexicon
from nlu.phrases import PhraseSet
from nlu.polarity import UNKNOWN, Polarity, Unknown, polarity, scope_after

FILE: Final = "nlu_site_posting.toml"
_OBJECT_PARTICLES: Final = frozenset({"を", "が"})
_QUOTING: Final = frozenset({"と", "って"})
_AFTER_VERB: Final = frozenset({"助動詞", "助詞", "接尾辞", "補助記号"})


class PostingFile(config.Schema):
    """`config/nlu_site_posting.toml`."""

    places: NonEmptyWords
    place_particles: NonEmptyWords
    focus_particles: NonEmptyWords
    verbs: NonEmptyWords
    objects: NonEmptyWords
    topic_data: NonEmptyWords
    mishaps: NonEmptyWords
    passives: NonEmptyWords
    plan_nouns: NonEmptyWords
    deliberating: NonEmptyWords
    compound_verbs: NonEmptyWords
    compound_done: NonEmptyWords


@cache
def _file() -> PostingFile:
    return config.load(FILE, PostingFile)


@cache
def _phrases() -> tuple[PhraseSet, PhraseSet]:
    file = _file()
    return PhraseSet({"place": file.places}), PhraseSet({"verb": file.verbs})


def site_posting(doc: Doc, lex: Lexicon) -> bool | Unknown | None:
    """True when the text says the incident was (or will be) posted on the organisation's
    site, False when it says it was not, unknown when still weighed, None when silent."""
    places, verbs = _phrases()
    file = _file()
    tokens = doc.tokens
    result: bool | Unknown | None = True if _compound_done(doc, places) else None
    for place in places.find(doc):
        k = place.end
        if k >= len(tokens) or tokens[k].surface not in file.place_particles:
            continue
        if by_another(doc, place.start):
            continue  # 「委託先は自社のHPに載せた」: the contractor's own site
        k += 1
        if k < len(tokens) and tokens[k].surface in file.focus_particles:
            k += 1
        lo, hi = scope_after(doc, k)
        verb = next(iter(verbs.find(doc, lo, hi)), None)
        if verb is None or not _a_posting(doc, place.start, verb.start, verb.end, hi):
            continue
        # 「HPへの掲載は、今のところ予定しておりません」: the posting said as a topic with
        # nothing of its own after it takes the next clause as its predicate.
        said, end = scope_after(doc, verb.end)
        if any(t.lemma in file.deliberating for t in tokens[said:end]):
            result = UNKNOWN if result is None else result
            continue
        state = polarity(doc, said, end, lex, affirm_if=True)
        if state is Polarity.NEGATED and not_yet_undecided(doc, lo, end, lex):
            state = Polarity.HEDGED  # 「HPにはまだ載せていません。載せるべきですか？」
        if state is Polarity.AFFIRMED:
            result = True
        elif state is Polarity.NEGATED:
            result = False if result is None or result is UNKNOWN else result
        elif state is Polarity.HEDGED and result is None:
            result = UNKNOWN
    return result


def _compound_done(doc: Doc, places: PhraseSet) -> bool:
    """「HP掲載済」「HP告知済み」: the notice put on the site, said as one compound."""
    file = _file()
    tokens = doc.tokens
    for place in places.find(doc):
        at = doc.ends[place.end - 1]
        word = next((w for w in file.compound_verbs if doc.text.startswith(w, at)), None)
        if word is None:
            continue
        k = doc.token_at(at + len(word) - 1) + 1
        if k >= len(tokens) or doc.starts[k] != at + len(word):
            continue  # the word ends inside a longer token
        if tokens[k].lemma not in file.compound_done:
            continue
        follows = tokens[k + 1] if k + 1 < len(tokens) else None
        if follows is not None and follows.surface == "の":
            continue  # 「HP掲載済みの写真」
        first, last = doc.sentence_span(place.start)
        if any(t.lemma in file.mishaps or t.surface in file.mishaps for t in tokens[first:last]):
            continue
        return True
    return False


def _a_posting(doc: Doc, place: int, start: int, end: int, hi: int) -> bool:
    """Whether the verb at tokens[start:end] posts the notice: no other object named in its
    sentence, not the incident itself, not passive, and not leading into a noun."""
    file = _file()
    tokens = doc.tokens
    first, last = doc.sentence_span(place)
    for i in range(first, start):
        named = tokens[i].surface in _OBJECT_PARTICLES and tokens[i].pos2 == "格助詞"
        if named and not doc.text[: tokens[i].start].endswith(tuple(file.objects)):
            return False
    for i in range(place, start):
        topic = tokens[i].surface == "は" and tokens[i].pos2 == "係助詞"
        if topic and doc.text[: tokens[i].start].endswith(tuple(file.topic_data)):
            return False
    if any(t.lemma in file.mishaps or t.surface in file.mishaps for t in tokens[first:last]):
        return False
    if end < len(tokens) and tokens[end].lemma in file.passives:
        return False
    if any(t.surface in _QUOTING and t.pos1 == "助詞" for t in tokens[end:hi]):
        return False  # 「HPに載せたと書きましたが」「載せたって聞いた」: a claim quoted
    for t in tokens[end:hi]:
        if t.pos1 in _AFTER_VERB or t.pos1 == "動詞":
            continue
        return t.lemma in file.plan_nouns
    return True
