"""An outsider telling us as a favour (`detection`): 「取引先の担当者が気づいて教えてくれた」
「先方の経理さんが電話で確認してくれて発覚」. Words in `config/nlu_reporter_favours.toml`."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from coverage import Detection
from nlu.doc import Doc
from nlu.findings import outsider_subject
from nlu.lexicon import Lexicon
from nlu.phrases import Match
from nlu.polarity import negations, scope_after

FILE: Final = "nlu_reporter_favours.toml"
Event = tuple[int, Detection]
# The favours done to the one who speaks (lemmas): 「教えてくれた」「ご連絡くださった」.
_FAVOURS: Final = frozenset({"呉れる", "下さる"})


class FavoursFile(config.Schema):
    """`config/nlu_reporter_favours.toml`."""

    telling: NonEmptyWords
    checking: NonEmptyWords
    channels: NonEmptyWords
    leading: NonEmptyWords
    toward: NonEmptyWords
    toward_telling: NonEmptyWords
    quote_marks: NonEmptyWords


@cache
def _words() -> FavoursFile:
    return config.load(FILE, FavoursFile)


def told_as_favour(
    doc: Doc,
    lex: Lexicon,
    every: list[Match],
    kind_of: Callable[[Match], Detection],
    by_work: list[Match],
) -> list[Event]:
    """The outsider who is the subject of a telling act done for us (or told toward us,
    「…って言ってきました」), at its favour word, in the category `kind_of` gives it; a firm
    named only by its work (`by_work`: 「保守をお願いしてる業者さん」) is a third party.

    Not when the favour is denied (「教えてくれなかった」) or only wished for.
    """
    parties = [*every, *(m for m in by_work if m.start not in {r.start for r in every})]
    words = _words()
    tokens = doc.tokens
    found: list[Event] = []
    toward = frozenset(words.toward)
    lemmas = doc.lemma_set()
    if _FAVOURS.isdisjoint(lemmas) and toward.isdisjoint(lemmas):
        return found  # every telling below is at a favour or toward word
    for i, token in enumerate(tokens):
        favour = token.lemma in _FAVOURS
        if not (favour or token.lemma in toward):
            continue
        if i < 2 or tokens[i - 1].surface not in ("て", "で"):
            continue
        act = i - 2
        if tokens[act].lemma == "為る" and act >= 1:
            act -= 1  # 「連絡してくれた」: the する-noun names the act
        lemma = tokens[act].lemma
        if lemma == "せる" and act >= 1:
            act -= 1  # 「知らせて」: MeCab cuts 知ら + せ
            lemma = tokens[act].surface + "せる"
        if not favour:
            # 「業者さんが…って言ってきました」「先方が連絡してきた」: told toward us.
            if lemma not in words.toward_telling:
                continue
        elif lemma in words.checking:
            said = doc.text[: tokens[act].start]
            if not said.endswith(tuple(words.channels)):
                continue
        elif lemma not in words.telling:
            continue
        teller = outsider_subject(doc, parties, act, frozenset(words.leading))
        if teller is None and _quoted_before(doc, act, words):
            teller = _quoting_subject(doc, lex, parties, act)
        if teller is None:
            continue
        lo, hi = scope_after(doc, i + 1, extend=False)
        if negations(doc, lo, hi, lex) % 2 or any(t.surface == "ば" for t in tokens[i + 1 : i + 3]):
            continue
        found.append((i, kind_of(teller) if teller in every else Detection.THIRD_PARTY))
    return found


def _quoted_before(doc: Doc, act: int, words: FavoursFile) -> bool:
    """The telling act at `act` closes a quote (「…動いてるって言ってきました」「…とお知らせ
    くださった」): what stands before the quote mark is what was told."""
    said = doc.text[: doc.tokens[act].start]
    return said.endswith(tuple(words.quote_marks))


def _quoting_subject(doc: Doc, lex: Lexicon, every: list[Match], act: int) -> Match | None:
    """The outsider who is the subject (が, は, politely さんが) of the telling act at `act`,
    with a quote between: the verbs inside the quote are what was told, not the subject's
    own acts. Nobody else named between (「取引先が来社した際、社員が…と言ってきた」: 社員
    told) and it opens its sentence's subjects."""
    first, _ = doc.sentence_span(act)
    tokens = doc.tokens
    named = [r for r in every if first <= r.start < act and r.label in _OUTSIDE]
    staff = [m for m in lex.staff.find(doc, first, act)]
    for r in named:
        i = r.end + (r.end < act and tokens[r.end].surface in _HONORIFICS)
        if i >= act or tokens[i].surface not in ("が", "は"):
            continue
        if any(first <= o.start < r.start for o in [*every, *staff]):
            return None  # another party or our staff before it: it is not the teller alone
        if any(r.end <= o.start < act for o in [*every, *staff] if o is not r):
            return None
        return r
    return None


_OUTSIDE: Final = frozenset({"security", "network", "public", "third_party"})
_HONORIFICS: Final = frozenset({"さん", "様", "さま"})
