"""Finding phrases in a `Doc`, by UniDic lemma and by their written form.

A phrase is written in config as plain Japanese. It is found two ways, and the two are
merged: by lemma sequence, so inflected and variant spellings match (無かった and なかった
share the lemma 無い, わからない and 分からない the lemma 分かる); and as written, in the
normalised text, so a word that MeCab segments differently in context (ランサム → ラン+サム,
a typo like 不正アクセルス) is still found.

Every phrase set of the process is matched in one pass over a message (one lemma lookup
per token, one prefix-table lookup per token), and the matches are kept on the `Doc`: the
readers ask about many small scopes, and this keeps the NLU within a small factor of MeCab.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from nlu.doc import Doc, lemma_key
from nlu.tokens import tokenize


@dataclass(frozen=True, slots=True)
class Match:
    """A phrase found at tokens[start:end]."""

    start: int
    end: int
    label: str


_Owner = tuple[int, str]  # (phrase set number, label)


class _Registry:
    """All phrase sets of the process, merged into one lemma index and one regex."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.count = 0
        self.by_lemma: dict[str, list[tuple[tuple[str, ...], _Owner]]] = {}
        self.written: dict[str, list[_Owner]] = {}
        self.by_prefix: dict[str, list[tuple[str, list[_Owner]]]] | None = None

    def add(self, phrases: Mapping[str, Iterable[str]]) -> int:
        with self.lock:
            number = self.count
            self.count += 1
            for label, items in phrases.items():
                for phrase in items:
                    owner = (number, label)
                    written = self.written.setdefault(phrase.lower(), [])
                    if owner not in written:
                        written.append(owner)
                    seq = tuple(lemma_key(t) for t in tokenize(phrase))
                    if seq and (seq, owner) not in self.by_lemma.get(seq[0], []):
                        self.by_lemma.setdefault(seq[0], []).append((seq, owner))
            self.by_prefix = None
            return number

    def prefixes(self) -> dict[str, list[tuple[str, list[_Owner]]]]:
        """Written phrases by their first two characters (one for one-character phrases)."""
        with self.lock:
            if self.by_prefix is None:
                table: dict[str, list[tuple[str, list[_Owner]]]] = {}
                for phrase, owners in self.written.items():
                    table.setdefault(phrase[:2], []).append((phrase, owners))
                self.by_prefix = table
            return self.by_prefix

    def candidates(self, doc: Doc) -> dict[int, list[Match]]:
        """Every phrase of every set found in `doc`, by set number, overlaps included.

        A phrase found both ways is kept once. Each set's matches come in the order
        `_select` prefers among matches of one span: the one that spells out more
        characters (「県民」 over the 「県」 that starts it: a phrase ending inside a word
        yields to a whole one over the same words), then by label, so that which
        one wins never depends on the order of a set (string hashes differ per process).
        """
        # (set number, start, end, label) → characters the phrase spells out.
        hits: dict[tuple[int, int, int, str], int] = {}
        lemmas = doc.lemmas
        tokens = doc.tokens
        total = len(lemmas)
        for i, lemma in enumerate(lemmas):
            for seq, (number, label) in self.by_lemma.get(lemma, ()):
                n = len(seq)
                if n == 1 or (i + n <= total and tuple(lemmas[i : i + n]) == seq):
                    hit = (number, i, i + n, label)
                    chars = tokens[i + n - 1].end - tokens[i].start
                    hits[hit] = max(hits.get(hit, 0), chars)
        table = self.prefixes()
        text = doc.text.lower()
        # A phrase starts where a token starts, however MeCab cuts the rest of it.
        for first, token in enumerate(doc.tokens):
            start = token.start
            for key in (text[start : start + 2], text[start]):
                for phrase, owners in table.get(key, ()):
                    if text.startswith(phrase, start):
                        end = doc.token_at(start + len(phrase) - 1) + 1
                        for number, label in owners:
                            hit = (number, first, end, label)
                            hits[hit] = max(hits.get(hit, 0), len(phrase))
        found: dict[int, list[Match]] = {}
        for (number, start, end, label), _ in sorted(
            hits.items(), key=lambda hit: (hit[0][1], hit[0][1] - hit[0][2], -hit[1], hit[0][3])
        ):
            found.setdefault(number, []).append(Match(start, end, label))
        return found


_REGISTRY = _Registry()


def _candidates(doc: Doc, number: int) -> dict[int, list[Match]]:
    """The one pass's matches of `doc`, redone if set `number` registered after it.

    A phrase set may be created lazily, after a message was already scanned (the data
    kinds are first needed once the facts are read): matches kept from before it existed
    would silently lack it, and the first message of a process would read differently
    from every later one. The pass records how many sets it covered.
    """
    kept: tuple[int, dict[int, list[Match]]] | None = doc.cache.get(0)
    if kept is not None and number < kept[0]:
        return kept[1]
    with _REGISTRY.lock:
        covered = _REGISTRY.count
    found = _REGISTRY.candidates(doc)
    doc.cache[0] = (covered, found)
    return found


def _select(candidates: list[Match]) -> list[Match]:
    """Non-overlapping matches, left to right, the longest at each place.

    The sort is stable: among matches of one span the first given wins (see
    `_Registry.candidates`).
    """
    if len(candidates) < 2:
        return candidates
    candidates.sort(key=lambda m: (m.start, m.start - m.end))
    chosen: list[Match] = []
    taken = 0
    for match in candidates:
        if match.start >= taken:
            chosen.append(match)
            taken = match.end
    return chosen


class PhraseSet:
    """Labelled phrases; what a match's label is, is up to the reader that owns the set."""

    def __init__(self, phrases: Mapping[str, Iterable[str]]) -> None:
        self._number = _REGISTRY.add(phrases)

    def find(self, doc: Doc, lo: int = 0, hi: int | None = None) -> list[Match]:
        """Every non-overlapping phrase within doc.tokens[lo:hi], left to right, longest first."""
        per_set = _candidates(doc, self._number)
        key = self._number + 1
        found = doc.cache.get(key)
        if found is None:
            found = doc.cache[key] = _select(list(per_set.get(self._number, ())))
        if lo == 0 and hi is None:
            return found
        hi = len(doc.tokens) if hi is None else hi
        return [m for m in found if lo <= m.start and m.end <= hi]

    def contains(self, doc: Doc, lo: int = 0, hi: int | None = None) -> bool:
        """Whether any phrase occurs within doc.tokens[lo:hi]."""
        hi = len(doc.tokens) if hi is None else hi
        return any(lo <= m.start and m.end <= hi for m in self.find(doc))
