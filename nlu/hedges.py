"""The hedge markers, with 〜ように told apart from 〜ような.

UniDic gives 「ような」「ようだ」「ように」 one lemma sequence (様 + だ), and 「みたいな」
「みたいに」 likewise, so a hedge written 「ような」 would also match 「改ざんするように
なっていた」 (a change of state), 「止めるように指示」 (a purpose) and 「ランサムみたいに
暗号化」 (a manner). The copula's adverbial form に after such a stem states no doubt; a
verb of seeming after it does (「侵入されたように見える」), and is a hedge phrase of its own.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from nlu.doc import Doc
from nlu.phrases import Match, PhraseSet

# UniDic's part of speech of よう and みたい before the copula.
_STEM = "助動詞語幹"


def _adverbial(doc: Doc, i: int) -> bool:
    """Whether token i is the copula's adverbial form 「に」 (様に, みたいに)."""
    if not 0 <= i < len(doc.tokens):
        return False
    token = doc.tokens[i]
    return token.lemma == "だ" and token.pos1 == "助動詞" and token.surface == "に"


def _manner(doc: Doc, match: Match) -> bool:
    """「ように」「みたいに」: a match ending in the stem before に, or in that に."""
    last = match.end - 1
    tokens = doc.tokens
    if _adverbial(doc, last):
        return last > 0 and tokens[last - 1].pos2 == _STEM
    return tokens[last].pos2 == _STEM and _adverbial(doc, match.end)


class UnlessWithin(PhraseSet):
    """Phrases, less a match that lies inside one of `unless`: 「疑い」 and 「間違い」 inside
    「疑いの余地はない」「間違いない」 affirm, they neither doubt nor take anything back."""

    def __init__(
        self, phrases: Mapping[str, Iterable[str]], unless: PhraseSet | None = None
    ) -> None:
        super().__init__(phrases)
        self._unless = unless

    def find(self, doc: Doc, lo: int = 0, hi: int | None = None) -> list[Match]:
        found = super().find(doc, lo, hi)
        if not found or self._unless is None:
            return found
        spans = self._unless.find(doc)
        return [m for m in found if not any(s.start <= m.start and m.end <= s.end for s in spans)]

    def contains(self, doc: Doc, lo: int = 0, hi: int | None = None) -> bool:
        # Most scopes hold no phrase of the set at all: the plain test answers them without
        # building the lists `find` filters (`self.find` is a subclass's, as it must be).
        return PhraseSet.contains(self, doc, lo, hi) and bool(self.find(doc, lo, hi))


class HedgeSet(UnlessWithin):
    """Hedge phrases; a match read as 〜ように (manner, purpose, change of state) is none."""

    def find(self, doc: Doc, lo: int = 0, hi: int | None = None) -> list[Match]:
        found = super().find(doc, lo, hi)
        if not found:
            return found
        return [m for m in found if not _manner(doc, m)]
