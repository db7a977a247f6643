"""An outsider telling us as a favour (`detection`): 「取引先の担当者が気づいて教えてくれた」
「先方の経理さんが電話で確認してくれて発覚」. Words in `config/nlu_reporter_favours.toml`."""

from __future__ import annotations

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
from nlu.reporter_kinds import CATEGORY

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


@cache
def _words() -> FavoursFile:
    return config.load(FILE, FavoursFile)


def told_as_favour(doc: Doc, lex: Lexicon, every: list[Match]) -> list[Event]:
    """The outsider who is the subject of a telling act done for us, at its favour word.

    Not when the favour is denied (「教えてくれなかった」) or only wished for.
    """
    words = _words()
    tokens = doc.tokens
    found = []
    for i, token in enumerate(tokens):
        if token.lemma not in _FAVOURS or i < 2 or tokens[i - 1].surface not in ("て", "で"):
            continue
        act = i - 2
        if tokens[act].lemma == "為る" and act >= 1:
            act -= 1  # 「連絡してくれた」: the する-noun names the act
        lemma = tokens[act].lemma
        if lemma == "せる" and act >= 1:
            act -= 1  # 「知らせて」: MeCab cuts 知ら + せ
            lemma = tokens[act].surface + "せる"
        if lemma in words.checking:
            said = doc.text[: tokens[act].start]
            if not said.endswith(tuple(words.channels)):
                continue
        elif lemma not in words.telling:
            continue
        teller = outsider_subject(doc, every, act, frozenset(words.leading))
        if teller is None:
            continue
        lo, hi = scope_after(doc, i + 1, extend=False)
        if negations(doc, lo, hi, lex) % 2 or any(t.surface == "ば" for t in tokens[i + 1 : i + 3]):
            continue
        found.append((i, CATEGORY[teller.label]))
    return found
