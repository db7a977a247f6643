"""Morphological analysis: the one module that imports fugashi.

MeCab is asked for exactly the five fields we keep, in a tab-separated output
format, and the string is split in Python. Measured on 20 realistic messages
(µs/message, best of 7): fugashi's documented `word.surface,
word.feature.lemma, word.feature.pos1` 46.6; `parseToNodeList` +
`feature_raw.split` 24.5 (before building any Token); the format string alone
19; `tokenize` 42.1, about half of it building the frozen `Token`s.
"""

from __future__ import annotations

import re
import threading
from functools import partial
from itertools import accumulate
from typing import Any, Final, NamedTuple

import fugashi

import config
from config.types import NonEmptyWords

# Five tab-separated fields per morpheme, every field ending in a tab: surface,
# pos1, pos2, lemma, kana (UniDic fields 0, 1, 7 and 17; see
# unidic_lite/dicdir/dicrc), so one str.split gives all of them and Python never
# splits per line. Unknown words (ASCII, digits) have only six fields, so their
# own format repeats the surface as the lemma. The BOS/EOS marks stop fugashi's
# str.strip() from eating a token that Python counts as whitespace (U+2028,
# \x85) at either end. MeCab prints "*" as "". No surface holds a tab: MeCab
# skips it as whitespace.
_MECAB_ARGS: Final = (
    '-O "" -B "B\\t" -E "E"'
    ' -F "%m\\t%f[0]\\t%f[1]\\t%f[7]\\t%f[17]\\t"'
    ' -U "%m\\t%f[0]\\t%f[1]\\t%m\\t\\t"'
)

# MeCab stops at NUL and fugashi cannot encode a lone surrogate. Replacing them
# one for one keeps every offset valid.
_UNPARSABLE = re.compile("[\x00\ud800-\udfff]")

_lock = threading.Lock()
_tagger: Any = None


class Token(NamedTuple):
    """One morpheme of a normalised text.

    A named tuple rather than a frozen dataclass: as immutable, and built several times
    faster, which matters since a message has dozens of tokens and this is the hot path.

    Negation, as unidic-lite 1.0.8 analyses it (match on `lemma` and `pos1`):
    「無かった」「なかった」「なく」「ないです」 → (無い, 形容詞); after a verb,
    「認められなかった」「していない」 → (ない, 助動詞); 「ありません」「知らぬ」
    「見つからず」 → (ず, 助動詞), as ん, ぬ and ず are all 助動詞-ヌ; 「無し」 →
    (無し, 名詞). tests/test_tokens.py holds the table.

    Attributes:
        surface: The text as written.
        lemma: UniDic's lemma (orthography unified: 見つかる → 見付かる) without
            its gloss (円-助数詞 → 円); the surface for unknown words.
        pos1: First part of speech (名詞, 動詞, 助動詞, 補助記号 …).
        pos2: Second part of speech (普通名詞, 数詞, 非自立可能 …), or "".
        reading: Katakana reading of the surface, or "" (unknown words, symbols).
        start: Offset of `surface` in the text given to `tokenize`.
    """

    surface: str
    lemma: str
    pos1: str
    pos2: str
    reading: str
    start: int

    @property
    def end(self) -> int:
        """Offset just past the surface."""
        return self.start + len(self.surface)


_make_token = partial(tuple.__new__, Token)


def tokenize(text: str) -> list[Token]:
    """Split `text` into morphemes with UniDic (unidic-lite).

    Args:
        text: Normalised text (see `nlu.normalize.normalize`); any string is
            accepted, whitespace is skipped as MeCab does.

    Returns:
        The tokens in order; `text[t.start:t.end] == t.surface` for each, but
        for NUL and lone surrogates, which become a U+FFFD token in place.
    """
    if _UNPARSABLE.search(text):
        text = _UNPARSABLE.sub("\ufffd", text)
    fields = _parse(text).split("\t")
    # fields[0] is BOS and fields[-1] EOS; each morpheme is five fields in between.
    surfaces = fields[1:-1:5]
    lemmas = fields[4:-1:5]
    for i, lemma in enumerate(lemmas):
        if "-" in lemma and lemma[0] != "-":
            lemmas[i] = lemma.partition("-")[0]
    lengths = list(map(len, surfaces))
    if sum(lengths) == len(text):
        # Nothing skipped (no whitespace): each token starts where the one before ends.
        starts = list(accumulate(lengths, initial=0))
        starts.pop()
    else:
        # MeCab skips only whitespace, which no surface holds, so the first match
        # from the previous token's end is this token.
        starts = []
        find = text.find
        offset = 0
        for surface, length in zip(surfaces, lengths, strict=True):
            offset = find(surface, offset)
            starts.append(offset)
            offset += length
    # tuple.__new__ skips the named tuple's Python-level __new__: same Token, built
    # at C speed, once per morpheme of every message. The columns are equally long.
    columns = (surfaces, lemmas, fields[2:-1:5], fields[3:-1:5], fields[5:-1:5], starts)
    tokens = list(map(_make_token, zip(*columns, strict=False)))
    if "ん" in text:
        _dialect_negations(tokens)
    return tokens


class DialectFile(config.Schema):
    """`config/nlu_dialect_negation.toml`."""

    irrealis_endings: NonEmptyWords
    explanatory_before: NonEmptyWords
    negating_hen_after: NonEmptyWords


_DIALECT_FILE: Final = "nlu_dialect_negation.toml"
_dialect: DialectFile | None = None


def _dialect_negations(tokens: list[Token]) -> None:
    """Tag western negation as the negation it is (see config/nlu_dialect_negation.toml):
    「しとらんです」's ん after the irrealis とら as ず, 「してへんです」's へん after て as the
    negating へん. In place, so each stays where it was."""
    global _dialect
    if _dialect is None:
        _dialect = config.load(_DIALECT_FILE, DialectFile)
    rules = _dialect
    for i in range(1, len(tokens)):
        token, before = tokens[i], tokens[i - 1]
        if token.surface == "ん" and token.pos1 == "助詞":
            negates = (
                before.pos1 in _INFLECTING
                and before.surface[-1:] in rules.irrealis_endings
                and before.lemma not in rules.explanatory_before
            )
            if negates:
                tokens[i] = token._replace(lemma="ず", pos1="助動詞", pos2="")
        elif token.surface == "へん" and token.pos1 == "名詞" and _hen_negates(before, rules):
            tokens[i] = token._replace(lemma="へん", pos1="助動詞", pos2="")


def _hen_negates(before: Token, rules: DialectFile) -> bool:
    """「せえへん」「してへん」: a へん after a verb or the te-form's particle."""
    return before.pos1 == "動詞" or (
        before.pos1 == "助詞" and before.surface in rules.negating_hen_after
    )


# The parts of speech whose irrealis a negating ん follows (払わん, しとらん).
_INFLECTING = frozenset({"動詞", "助動詞"})


def _parse(text: str) -> str:
    """Run the process's one tagger, created on first use (loading takes ~0.1 s).

    A MeCab tagger keeps its lattice between calls, and bolt runs listeners in
    a thread pool: the lock (uncontended, well under 1 µs) keeps parses apart.
    """
    global _tagger
    with _lock:
        if _tagger is None:
            _tagger = fugashi.Tagger(_MECAB_ARGS)
        return str(_tagger.parse(text))
