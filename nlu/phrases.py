"""Finding phrases in a `Doc`, by UniDic lemma and by their written form.

A phrase is written in config as plain Japanese. It is found two ways, and the two are
merged: by lemma sequence, so inflected and variant spellings match (無かった and なかった
share the lemma 無い, わからない and 分からない the lemma 分かる); and as written, in the
normalised text, so a word that MeCab segments differently in context (ランサム → ラン+サム,
a typo like 不正アクセルス) is still found.
"""

from __future__ import annotations

import re
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


class PhraseSet:
    """Labelled phrases compiled to lemma sequences and to one written-form regex."""

    def __init__(self, phrases: Mapping[str, Iterable[str]]) -> None:
        self._index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        self._labels: dict[str, str] = {}
        for label, items in phrases.items():
            for phrase in items:
                self._labels.setdefault(phrase.lower(), label)
                seq = tuple(lemma_key(t) for t in tokenize(phrase))
                if seq:
                    bucket = self._index.setdefault(seq[0], [])
                    if (seq, label) not in bucket:
                        bucket.append((seq, label))
        written = sorted(self._labels, key=len, reverse=True)
        self._regex = (
            re.compile("|".join(map(re.escape, written)), re.IGNORECASE) if written else None
        )

    def find(self, doc: Doc, lo: int = 0, hi: int | None = None) -> list[Match]:
        """Every non-overlapping phrase in doc.tokens[lo:hi], left to right, longest first."""
        hi = len(doc.tokens) if hi is None else hi
        if lo >= hi:
            return []
        candidates = self._by_lemma(doc, lo, hi) + self._by_writing(doc, lo, hi)
        candidates.sort(key=lambda m: (m.start, m.start - m.end))
        found: list[Match] = []
        taken = lo
        for match in candidates:
            if match.start >= taken:
                found.append(match)
                taken = match.end
        return found

    def _by_lemma(self, doc: Doc, lo: int, hi: int) -> list[Match]:
        found = []
        lemmas = doc.lemmas
        for i in range(lo, hi):
            for seq, label in self._index.get(lemmas[i], ()):
                n = len(seq)
                if i + n <= hi and tuple(lemmas[i : i + n]) == seq:
                    found.append(Match(i, i + n, label))
        return found

    def _by_writing(self, doc: Doc, lo: int, hi: int) -> list[Match]:
        if self._regex is None:
            return []
        tokens = doc.tokens
        first, last = tokens[lo].start, tokens[hi - 1].end
        found = []
        for hit in self._regex.finditer(doc.text, first, last):
            start = doc.token_at(hit.start())
            end = doc.token_at(hit.end() - 1) + 1
            found.append(Match(start, min(end, hi), self._labels[hit.group().lower()]))
        return found

    def contains(self, doc: Doc, lo: int = 0, hi: int | None = None) -> bool:
        """Whether any phrase occurs in doc.tokens[lo:hi]."""
        return bool(self.find(doc, lo, hi))
