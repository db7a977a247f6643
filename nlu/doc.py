"""One normalised message, tokenized once, with its sentence and clause boundaries."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cache
from operator import add, itemgetter
from typing import Any
from unicodedata import category

import config
from nlu import lexicon_file
from nlu.tokens import Token, tokenize

_SENTENCE_END = frozenset({"。", ".", "!", "?", "．"})
_CLAUSE_MARKS = frozenset(
    {"、", ",", "，", ";", "；", "/", "・", "→", "=>", "|", "「", "」", "『", "』", "…"}
)

# An emoji is tagged as a symbol; the parts of speech after it that continue its statement
# (「⚠が出た」).
_SYMBOL_POS = frozenset({"補助記号", "記号"})
_CONTINUING_POS = frozenset({"助詞", "助動詞", "接尾辞"})
# The parts of speech that end a label written before its amount (a noun, 料, a particle).
_LABEL_POS = frozenset({"名詞", "接尾辞", "助詞"})
_MONEY_SIGNS = frozenset({"¥", "\\"})
_SURFACE, _LEMMA, _START = itemgetter(0), itemgetter(1), itemgetter(5)
# `Doc.cache` keys of the word sets the readers' gates look in.
_SURFACES, _LEMMAS = "doc.surfaces", "doc.lemmas"


@cache
def _clause_particles() -> frozenset[str]:
    """The conjunctive particles after which a new statement starts (「…していないが、…」)."""
    file = config.load(lexicon_file.FILE, lexicon_file.LexiconFile)
    return frozenset(file.clauses.particles)


@cache
def _rate_prefixes() -> tuple[str, ...]:
    """「月」「日額」: a rate's word written against the digits of its amount (「月5万円」)."""
    file = config.load(lexicon_file.FILE, lexicon_file.LexiconFile)
    return tuple(file.clauses.rate_prefixes)


_KANJI_NUMERALS = frozenset("一二三四五六七八九十百千")


def _labels_amount(previous: Token | None, token: Token) -> bool:
    """「調査 480万」「費用は 64万円」: a word and the amount written after a space are one item.

    In a list of costs each amount follows the word that names it; the space there is
    layout, not the end of a statement.
    """
    if not _label_pos(previous):
        return False
    # 「弁護士相談 百五十万」: an amount in kanji numerals is labelled the same way.
    return (
        token.surface[:1].isdigit()
        or token.surface[:1] in _MONEY_SIGNS
        or (token.pos2 == "数詞" and token.surface[:1] in _KANJI_NUMERALS)
    )


def _label_pos(previous: Token | None) -> bool:
    """Whether `previous` may end a label written before its amount (not a number)."""
    if previous is None or previous.pos2 == "数詞":
        return False
    # A katakana or Latin word may be cut oddly (コンサル → コン+サル): still a label.
    return previous.pos1 in _LABEL_POS or _is_word_letter(previous.surface[-1])


def _ends_with_emoji(tokens: list[Token], i: int) -> bool:
    """「見落としてました🙏 確認中です」: in chat an emoji closes its statement, as 。 would.

    Not when a particle or an ending follows (「画面に⚠が出た」): the emoji is a word there.
    """
    surface = tokens[i].surface
    if not all(_is_emoji(char) for char in surface):
        return False
    return i + 1 >= len(tokens) or tokens[i + 1].pos1 not in _CONTINUING_POS


def _is_emoji(char: str) -> bool:
    # Pictographs live in "So" (other symbol) from the Miscellaneous Symbols block up;
    # ©, ™ and the arrows below it are not statement ends.
    return ord(char) >= 0x2600 and category(char) == "So"


def _is_word_letter(char: str) -> bool:
    return "ァ" <= char <= "ヺ" or char == "ー" or (char.isascii() and char.isalpha())


def lemma_key(token: Token) -> str:
    """The matching key of a token: its lemma, case-folded for ASCII words."""
    return token.lemma.lower()


@dataclass
class Doc:
    """Tokens of one message with the keys phrases are matched on.

    `sentence_of[i]` and `clause_of[i]` number the sentence and clause of token i;
    `starts[i]` and `ends[i]` are the offsets of token i and just past it.
    """

    text: str
    tokens: list[Token]
    lemmas: list[str] = field(init=False)
    starts: list[int] = field(init=False)
    ends: list[int] = field(init=False)
    sentence_of: list[int] = field(init=False)
    clause_of: list[int] = field(init=False)
    # The one phrase pass over the message: (phrase sets it covered, their matches),
    # filled by `nlu.phrases` when a set is first asked about. An attribute of its own,
    # not a `cache` entry: the readers ask for it about a hundred times a message.
    phrases: tuple[int, list[Any]] | None = field(init=False, default=None)
    # What readers work out once per message, under keys of their own.
    cache: dict[object, Any] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        # `lemma_key` and `Token.end`, mapped at C speed: this runs for every token of
        # every message.
        tokens = self.tokens
        self.lemmas = list(map(str.lower, map(_LEMMA, tokens)))
        self.starts = list(map(_START, tokens))
        self.ends = list(map(add, self.starts, map(len, map(_SURFACE, tokens))))
        self.sentence_of, self.clause_of = self._boundaries()
        self._last_end = self.ends[-1] if self.ends else 0
        # Where each clause and sentence starts and ends, by its number: the readers ask
        # for them dozens of times a message, about every cue they weigh.
        self._clause_runs = _runs(self.clause_of)
        self._sentence_runs = _runs(self.sentence_of)

    def _boundaries(self) -> tuple[list[int], list[int]]:
        particles = _clause_particles()
        text = self.text
        sentences: list[int] = []
        clauses: list[int] = []
        # Bound once: this loop runs for every token of every message.
        add_sentence, add_clause = sentences.append, clauses.append
        sentence_end, clause_marks = _SENTENCE_END, _CLAUSE_MARKS
        sentence = clause = 0
        previous_end = 0
        previous: Token | None = None
        tokens = self.tokens
        for i, (token, end) in enumerate(zip(tokens, self.ends, strict=True)):
            start = token.start
            # Most tokens follow the one before without a gap: no slice to look into.
            if start != previous_end:
                if "\n" in text[previous_end:start]:
                    sentence += 1
                    clause += 1
                elif (
                    previous_end
                    and self._spaced_japanese(previous_end, start)
                    and not _labels_amount(previous, token)
                    and not (_label_pos(previous) and self._rate_at(start))
                ):
                    # 「外部通報 不正アクセスなし 調査費300万円」: a space between Japanese
                    # words separates statements, as a comma would; between English words
                    # it does not.
                    clause += 1
            add_sentence(sentence)
            add_clause(clause)
            surface = token.surface
            # 「見積もり2.8M」: a point between digits is a decimal, not a full stop.
            if (
                surface in sentence_end
                and not self._inside_number(token)
                and not self._inside_name(token)
            ) or (token.pos1 in _SYMBOL_POS and _ends_with_emoji(tokens, i)):
                sentence += 1
                clause += 1
            elif (surface in clause_marks and not self._inside_number(token)) or (
                token.pos2 == "接続助詞" and token.lemma in particles
            ):
                clause += 1
            previous_end = end
            previous = token
        return sentences, clauses

    def _rate_at(self, start: int) -> bool:
        """「月5万円」「日額3万円」: a rate's word, then the amount's digits, at `start`."""
        text = self.text
        for prefix in _rate_prefixes():
            at = start + len(prefix)
            if text.startswith(prefix, start) and at < len(text) and text[at].isdigit():
                return True
        return False

    def _spaced_japanese(self, left: int, right: int) -> bool:
        text = self.text
        return not (text[left - 1].isascii() and text[right].isascii())

    def _inside_number(self, token: Token) -> bool:
        """「2,000」: a separator between digits does not end a clause."""
        text = self.text
        return (
            token.start > 0
            and token.end < len(text)
            and text[token.start - 1].isdigit()
            and text[token.end].isdigit()
        )

    def _inside_name(self, token: Token) -> bool:
        """「.lockbit」「example.com」: a point run on into ASCII letters or digits is part of
        a file extension or a host name, not a full stop."""
        text = self.text
        return (
            token.surface == "."
            and token.end < len(text)
            and text[token.end].isascii()
            and text[token.end].isalnum()
        )

    def clause_end(self, i: int) -> int:
        """Index just past the last token of the clause holding token i."""
        return self._clause_runs[1][self.clause_of[i]]

    def clause_start(self, i: int) -> int:
        """Index of the first token of the clause holding token i."""
        return self._clause_runs[0][self.clause_of[i]]

    def sentence_span(self, i: int) -> tuple[int, int]:
        """(first, past-last) token indexes of the sentence holding token i."""
        sentence = self.sentence_of[i]
        first, past = self._sentence_runs
        return first[sentence], past[sentence]

    def sentences(self) -> list[tuple[int, int]]:
        """(first, past-last) token indexes of each sentence, in order."""
        # A number no token has (`_runs`) is no sentence.
        return [(a, b) for a, b in zip(*self._sentence_runs, strict=True) if b > a]

    def surface_set(self) -> frozenset[str]:
        """Every token surface of the message, kept: a reader that looks for words of its
        own list token by token returns at once when none of them is here at all."""
        kept: frozenset[str] | None = self.cache.get(_SURFACES)
        if kept is None:
            kept = self.cache[_SURFACES] = frozenset(map(_SURFACE, self.tokens))
        return kept

    def lemma_set(self) -> frozenset[str]:
        """Every token lemma (as UniDic writes it, not case-folded), kept, as `surface_set`."""
        kept: frozenset[str] | None = self.cache.get(_LEMMAS)
        if kept is None:
            kept = self.cache[_LEMMAS] = frozenset(map(_LEMMA, self.tokens))
        return kept

    def token_at(self, char: int) -> int:
        """Index of the token covering (or first after) character offset `char`."""
        return bisect_right(self.ends, char) if char < self._last_end else len(self.ends) - 1


def _runs(numbers: list[int]) -> tuple[list[int], list[int]]:
    """(first, past-last) token index of each number of a non-decreasing numbering.

    A number no token has (two boundaries in a row) is never asked for.
    """
    count = numbers[-1] + 1 if numbers else 0
    first, past = [0] * count, [0] * count
    # A step per run, its end found by bisection: a message has a few clauses and
    # sentences but dozens of tokens.
    total = len(numbers)
    i = 0
    while i < total:
        number = numbers[i]
        past[number] = end = bisect_right(numbers, number, i)
        first[number] = i
        i = end
    return first, past


def make_doc(text: str) -> Doc:
    """Tokenize normalised `text` into a `Doc`."""
    return Doc(text, tokenize(text))
