"""Words typed in kana that are usually written in kanji (「でんげんきるべき？」).

Typed in a hurry (or on a phone without conversion), a word comes out in hiragana, and
MeCab cuts it into other words (でんげん → で+ん+げん). Such a run of hiragana tokens is
compared by sound with the phrases' readings. Only phrases with kanji and a reading of
three kana or more are compared, and a match must start and end at token boundaries
inside a run of hiragana, so kana words written as such (「でる」「いくら」) are left to
the ordinary match.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache

from nlu.doc import Doc
from nlu.phrases import Match
from nlu.tokens import tokenize

_KANJI = re.compile(r"[\u3400-\u9fff]")
_HIRAGANA = re.compile(r"[\u3041-\u3096ー]+")
_SHORTEST = 3

Readings = tuple[tuple[str, str], ...]
"""(label, katakana reading) of each phrase that may be written in kana."""


_TO_KATAKANA = {code: code + 0x60 for code in range(0x3041, 0x3097)}


def _katakana(text: str) -> str:
    return text.translate(_TO_KATAKANA)


def readings(phrases: Mapping[str, Iterable[str]]) -> Readings:
    """The readings of the phrases written with kanji, by label."""
    found: list[tuple[str, str]] = []
    for label, items in phrases.items():
        for phrase in items:
            if not _KANJI.search(phrase):
                continue
            tokens = tokenize(phrase)
            sound = "".join(t.reading or _katakana(t.surface) for t in tokens)
            if len(sound) >= _SHORTEST and _KANJI.search(sound) is None:
                found.append((label, sound))
    return tuple(found)


_KATAKANA = re.compile(r"[\u30a1-\u30faー]+")


def loanwords(phrases: Mapping[str, Iterable[str]]) -> Readings:
    """The phrases written in katakana alone (「フォレンジック」), by label: typed in hiragana
    (「ふぉれんじっく」) they sound the same."""
    return tuple(
        (label, phrase)
        for label, items in phrases.items()
        for phrase in items
        if len(phrase) >= _SHORTEST and _KATAKANA.fullmatch(phrase)
    )


def written_or_heard(written: list[Match], doc: Doc, phrases: Readings) -> list[Match]:
    """`written` (a phrase set's matches) with the phrases heard in hiragana, in text order;
    a kana match inside a written one's span is that one."""
    heard = kana_matches(doc, phrases)
    if not heard:
        return written
    taken = {i for m in written for i in range(m.start, m.end)}
    merged = written + [m for m in heard if m.start not in taken]
    return sorted(merged, key=lambda m: (m.start, m.end))


def kana_matches(doc: Doc, phrases: Readings) -> list[Match]:
    """The phrases heard in the message's runs of hiragana tokens."""
    index, shortest = _index_of(phrases)
    # Every opening the runs hold, looked up at once: most messages hear none of a
    # vocabulary's, and this is asked for about six vocabularies a message.
    if index.keys().isdisjoint(_openings(doc)):
        return []
    found: list[tuple[int, int, Match]] = []
    for starts, sound in _hiragana_runs(doc):
        # No phrase's opening fits in a run shorter than every opening (「が」「に」).
        if len(sound) >= shortest:
            found += _in_run(starts, sound, index)
    # In the phrases' order, then left to right, as a pass per phrase would give them.
    found.sort(key=lambda hit: hit[:2])
    return [match for _, _, match in found]


_RUNS = "kana_words.runs"


def _hiragana_runs(doc: Doc) -> list[tuple[dict[int, int], str]]:
    """Each run of hiragana tokens as (character offset in its sound → token, sound), kept on
    the `Doc`: every vocabulary heard in kana is looked up in the same runs."""
    kept: list[tuple[dict[int, int], str]] | None = doc.cache.get(_RUNS)
    if kept is not None:
        return kept
    runs: list[tuple[dict[int, int], str]] = []
    surfaces = [token.surface for token in doc.tokens]
    # Which tokens are hiragana, mapped at C speed: most are not, and most runs are a
    # particle or two.
    marks = list(map(_HIRAGANA.fullmatch, surfaces))
    count = len(marks)
    i = 0
    while i < count:
        if marks[i] is None:
            i += 1
            continue
        starts: dict[int, int] = {}
        length = 0
        j = i
        while j < count and marks[j] is not None:
            starts[length] = j
            length += len(surfaces[j])
            j += 1
        starts[length] = j
        # Hiragana to katakana keeps the length: the run's sound is translated at once.
        runs.append((starts, _katakana("".join(surfaces[i:j]))))
        i = j
    doc.cache[_RUNS] = runs
    return runs


_OPENINGS = "kana_words.openings"


def _openings(doc: Doc) -> frozenset[str]:
    """The `_SHORTEST` kana from each token start of each run (fewer at a run's end), kept on
    the `Doc`: the keys `_in_run` looks up, so a vocabulary whose index holds none of them
    has no match here."""
    kept: frozenset[str] | None = doc.cache.get(_OPENINGS)
    if kept is None:
        kept = doc.cache[_OPENINGS] = frozenset(
            sound[at : at + _SHORTEST] for starts, sound in _hiragana_runs(doc) for at in starts
        )
    return kept


_Index = dict[str, list[tuple[int, str, str]]]
# Each vocabulary's index and the length of its shortest opening, by the identity of its
# readings: hashing hundreds of readings on every call cost more than the lookup it saved.
_INDEXES: dict[int, tuple[Readings, _Index, int]] = {}


def _index_of(phrases: Readings) -> tuple[_Index, int]:
    kept = _INDEXES.get(id(phrases))
    if kept is None or kept[0] is not phrases:
        if len(_INDEXES) >= 8:
            _INDEXES.clear()  # a few vocabularies a process; tests build more
        index = _by_opening(phrases)
        shortest = min(map(len, index), default=0) or 1
        kept = _INDEXES[id(phrases)] = (phrases, index, shortest)
    return kept[1], kept[2]


@lru_cache(maxsize=8)
def _by_opening(phrases: Readings) -> _Index:
    """The phrases by their first `_SHORTEST` kana: a run is looked up at each token start
    instead of searched once per phrase (hundreds of them, nearly all absent)."""
    index: _Index = {}
    for number, (label, reading) in enumerate(phrases):
        index.setdefault(reading[:_SHORTEST], []).append((number, label, reading))
    return index


def _in_run(starts: dict[int, int], sound: str, index: _Index) -> list[tuple[int, int, Match]]:
    found = []
    for at, token in starts.items():
        for number, label, reading in index.get(sound[at : at + _SHORTEST], ()):
            end = at + len(reading)
            if end in starts and sound.startswith(reading, at):
                found.append((number, at, Match(token, starts[end], label)))
    return found
