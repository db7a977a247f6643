"""Finding phrases in a `Doc`, by UniDic lemma and by their written form.

A phrase is written in config as plain Japanese. It is found two ways, and the two are
merged: by lemma sequence, so inflected and variant spellings match (無かった and なかった
share the lemma 無い, わからない and 分からない the lemma 分かる); and as written, in the
normalised text, so a word that MeCab segments differently in context (ランサム → ラン+サム,
a typo like 不正アクセルス) is still found.

Every phrase set of the process is matched in one pass over a message (a walk of a lemma
trie and of a character trie from each token), and each set's matches are kept on the
`Doc`, already chosen: the readers ask about many small scopes, dozens of times a message,
and this keeps the NLU within a small factor of MeCab.
"""

from __future__ import annotations

import threading
from bisect import bisect_right
from collections.abc import Iterable, Mapping
from typing import Final, NamedTuple

from nlu.doc import Doc, lemma_key
from nlu.tokens import tokenize


class Match(NamedTuple):
    """A phrase found at tokens[start:end].

    A named tuple, like `Token`: the readers ask for matches dozens of times a message.
    """

    start: int
    end: int
    label: str


_Owner = tuple[int, str]  # (phrase set number, label)
# A trie over lemmas or characters: key → (owners of the phrase ending here, children).
_Trie = dict[str, tuple[list[_Owner], "_Trie"]]


def _insert(trie: _Trie, keys: Iterable[str], owner: _Owner) -> None:
    node = trie
    owners: list[_Owner] = []
    for key in keys:
        owners, node = node.setdefault(key, ([], {}))
    if owner not in owners:
        owners.append(owner)


# The negative auxiliary ない's lemma, and the polite and the curt negation that stand for
# it: 見当たら|ない, 見当たり|ませ|ん (ます + ず), 見当たら|ん (ず). A phrase written plain
# (「見当たらない」) is also said politely (「見当たりません」) or curtly (「分からん」); the
# verb's lemma is the same in all three, only the endings differ.
_NAI: Final = "ない"
_POLITE_NEGATION: Final = ("ます", "ず")
_CURT_NEGATION: Final = ("ず",)
# Western Japanese negation (「まだわからへん」「見当たらへん」): UniDic's negating へん, as
# `nlu.tokens` tags it after a te-form too (config/nlu_dialect_negation.toml).
_WESTERN_NEGATION: Final = ("へん",)


# 「送ってしまった」 said as 「送っちゃった」 (and 飲んじゃった): UniDic gives the contraction
# the one lemma ちゃう where the full form is て + 仕舞う.
_TE_SHIMAU: Final = ("て", "仕舞う")
_CHAU: Final = "ちゃう"


def _registers(seq: list[str]) -> list[list[str]]:
    """`seq` and the same phrase in the other registers users type: a plain negation said
    politely, curtly or as Western Japanese へん, 〜てしまう contracted to 〜ちゃう and back."""
    variants = _negation_registers(seq)
    return variants + [v for v in map(_contracted, variants) if v is not None]


def _negation_registers(seq: list[str]) -> list[list[str]]:
    """`seq`, and where it ends on the negative auxiliary, the same said politely, curtly
    and in Western Japanese."""
    if not seq:
        return []
    if len(seq) < 2 or seq[-1] != _NAI:
        return [seq]
    stem = seq[:-1]
    return [
        seq,
        [*stem, *_POLITE_NEGATION],
        [*stem, *_CURT_NEGATION],
        [*stem, *_WESTERN_NEGATION],
    ]


def _contracted(seq: list[str]) -> list[str] | None:
    """`seq` with its first て + 仕舞う as ちゃう, or its ちゃう as て + 仕舞う; None if neither."""
    for i in range(1, len(seq) - 1):
        if (seq[i], seq[i + 1]) == _TE_SHIMAU:
            return [*seq[:i], _CHAU, *seq[i + 2 :]]
    if _CHAU in seq[1:]:
        i = seq.index(_CHAU, 1)
        return [*seq[:i], *_TE_SHIMAU, *seq[i + 1 :]]
    return None


class _Registry:
    """All phrase sets of the process, merged into one lemma trie and one character trie."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.count = 0
        self.by_lemma: _Trie = {}
        self.written: _Trie = {}

    def add(self, phrases: Mapping[str, Iterable[str]]) -> int:
        with self.lock:
            number = self.count
            for label, items in phrases.items():
                for phrase in items:
                    owner = (number, label)
                    if phrase:
                        _insert(self.written, phrase.lower(), owner)
                    seq = [lemma_key(t) for t in tokenize(phrase)]
                    for variant in _registers(seq):
                        _insert(self.by_lemma, variant, owner)
            # Counted once the tries hold the set: a pass that saw this count has it all.
            self.count += 1
            return number

    def candidates(self, doc: Doc, sets: int) -> list[list[Match] | None]:
        """The matches in `doc` of each of the first `sets` phrase sets, by set number
        (None for a set with none): non-overlapping, left to right, the longest at each
        place.

        A phrase is looked up from each token by walking the tries, so the cost grows
        with the words that do start a phrase, not with the size of the lexicon. Among
        matches of one span the one that spells out more characters wins (「市民」 over
        the 「市」 that starts it), then the first label, so that which one wins never
        depends on the order of a set (string hashes differ per process).
        """
        # Each set's hits go to a list of its own as (start, -end, -characters, label):
        # sorted, the preferred match at each place comes first. Most sets have one hit
        # in a message, or two that are one phrase found by lemma and as written: a list
        # per set sorts next to nothing, and a lone hit needs no key worked out for it.
        # A list of one-character strings: indexing it allocates nothing, where each
        # text[k] of a kanji makes a new string.
        chars_of = list(doc.text.lower())
        by_set: dict[int, list[tuple[int, int, int, str]]] = {}
        bucket_of = by_set.get
        lemmas = doc.lemmas
        ends = doc.ends
        starts = doc.starts
        total = len(lemmas)
        root = self.by_lemma
        for i in range(total):
            # Most tokens start no phrase: one lookup, and no walk is set up for them.
            entry = root.get(lemmas[i])
            if entry is None:
                continue
            j = i
            while entry is not None:
                j += 1
                owners, node = entry
                if owners:
                    hit_end, spelled = -j, starts[i] - ends[j - 1]
                    for number, label in owners:
                        hit = (i, hit_end, spelled, label)
                        if (bucket := bucket_of(number)) is None:
                            by_set[number] = [hit]
                        else:
                            bucket.append(hit)
                entry = node.get(lemmas[j]) if j < total else None
        length = len(chars_of)
        root = self.written
        last_end = ends[-1] if ends else 0
        last = len(ends) - 1
        # A written phrase starts where a token starts, however MeCab cuts the rest of it.
        for first, start in enumerate(starts):
            if start >= length or (entry := root.get(chars_of[start])) is None:
                continue
            k = start
            while entry is not None:
                k += 1
                owners, node = entry
                if owners:
                    # Doc.token_at(k - 1), inlined: the token holding the phrase's last character.
                    end = -1 - (bisect_right(ends, k - 1) if k - 1 < last_end else last)
                    spelled = start - k
                    for number, label in owners:
                        hit = (first, end, spelled, label)
                        if (bucket := bucket_of(number)) is None:
                            by_set[number] = [hit]
                        else:
                            bucket.append(hit)
                entry = node.get(chars_of[k]) if k < length else None
        # A list by set number: the readers look a set up in it about a hundred times a
        # message, and indexing a list costs no call where dict.get does.
        found: list[list[Match] | None] = [None] * sets
        # tuple.__new__ skips the named tuple's Python-level __new__, as for `Token`.
        make = tuple.__new__
        for number, hits in by_set.items():
            if number >= sets:
                continue  # registered during the pass: redone when asked (`_matches`)
            if len(hits) == 1:
                start, end, _, label = hits[0]
                found[number] = [make(Match, (start, -end, label))]
                continue
            hits.sort()
            chosen: list[Match] = []
            found[number] = chosen
            taken = 0
            for start, end, _, label in hits:
                if start >= taken:
                    chosen.append(make(Match, (start, -end, label)))
                    taken = -end
        return found


_REGISTRY = _Registry()
# A message's phrase pass as kept on its `Doc`: how many sets it covered, and their matches.
_Pass = tuple[int, list[list[Match] | None]]


def _matches(doc: Doc, number: int) -> list[list[Match] | None]:
    """The one pass's matches of `doc`, redone if set `number` registered after it.

    A phrase set may be created lazily, after a message was already scanned (the data
    kinds are first needed once the facts are read): matches kept from before it existed
    would silently lack it, and the first message of a process would read differently
    from every later one. The pass records how many sets it covered.
    """
    kept: _Pass | None = doc.phrases
    if kept is not None and number < kept[0]:
        return kept[1]
    # A set registering during the pass has a number >= covered: it is redone when asked.
    # `number` itself was counted when its set was made, so it is below covered.
    with _REGISTRY.lock:
        covered = _REGISTRY.count
    found = _REGISTRY.candidates(doc, covered)
    doc.phrases = (covered, found)
    return found


class PhraseSet:
    """Labelled phrases; what a match's label is, is up to the reader that owns the set."""

    def __init__(self, phrases: Mapping[str, Iterable[str]]) -> None:
        self._number = _REGISTRY.add(phrases)

    def find(self, doc: Doc, lo: int = 0, hi: int | None = None) -> list[Match]:
        """Every non-overlapping phrase within doc.tokens[lo:hi], left to right, longest first."""
        number = self._number
        # `_matches`, its kept pass checked inline: the readers ask dozens of times a
        # message and almost always find the pass there.
        kept: _Pass | None = doc.phrases
        found = (
            kept[1][number]
            if kept is not None and number < kept[0]
            else _matches(doc, number)[number]
        )
        if found is None:
            return []
        if lo == 0 and hi is None:
            return found
        hi = len(doc.tokens) if hi is None else hi
        return [m for m in found if lo <= m.start and m.end <= hi]

    def any(self, doc: Doc) -> bool:
        """Whether any phrase of the set occurs anywhere in the message: a reader built on
        the set's matches has nothing to act on without one."""
        number = self._number
        kept: _Pass | None = doc.phrases
        if kept is not None and number < kept[0]:
            return kept[1][number] is not None
        return _matches(doc, number)[number] is not None

    def contains(self, doc: Doc, lo: int = 0, hi: int | None = None) -> bool:
        """Whether any phrase occurs within doc.tokens[lo:hi]."""
        number = self._number
        # As in `find`.
        kept: _Pass | None = doc.phrases
        found = (
            kept[1][number]
            if kept is not None and number < kept[0]
            else _matches(doc, number)[number]
        )
        if not found:
            return False
        if hi is None:
            hi = len(doc.tokens)
        # A plain loop: any() over a generator costs a frame per call, and most scopes
        # hold one or two matches of a set.
        for start, end, _ in found:  # noqa: SIM110
            if lo <= start and end <= hi:
                return True
        return False
