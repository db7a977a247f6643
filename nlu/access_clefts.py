"""An attack said as the topic of a cleft whose focus is corrected: 「不正ログインされたのは
3,000件じゃなくて300件でした」「感染したのはPC2台ではなく3台です」.

The cleft takes the attack as given and corrects what it hit; the denial is the focus's, not
the attack's. A focus that is the attack's truth itself (「侵入されたのは事実ではなく」)
denies it still, and so does a correction to a false alarm (「…のはウイルスではなく、誤検知」).
Words in `config/nlu_access_clefts.toml`.
"""

from __future__ import annotations

from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from nlu.doc import Doc

FILE: Final = "nlu_access_clefts.toml"
# The verb's auxiliaries and endings between the cue and 「のは」 (された, してた, されている).
_VERBAL: Final = frozenset({"動詞", "助動詞"})
_TE: Final = frozenset({"て", "で"})
_CASES: Final = frozenset({"に", "を", "が"})
# How far the copula's denial may stand after 「のは」: the focus is a short phrase.
_FOCUS_REACH: Final = 8


class CleftsFile(config.Schema):
    """`config/nlu_access_clefts.toml`."""

    whole_denials: NonEmptyWords
    false_alarms: NonEmptyWords
    continuing: NonEmptyWords


@cache
def _file() -> CleftsFile:
    return config.load(FILE, CleftsFile)


def corrected_focus(doc: Doc, cue_end: int) -> bool:
    """Whether the attack word ending at `cue_end` is said with its verb (された, してた), then
    「のは」, then a focus denied with 「ではなく」「じゃなくて」 and another focus after it."""
    tokens = doc.tokens
    i = cue_end
    if i + 1 < len(tokens) and tokens[i].surface in _CASES and tokens[i + 1].pos1 == "動詞":
        i += 1  # 「ランサムにやられたのは」: the attack's noun, then its verb
    while i < len(tokens) and (tokens[i].pos1 in _VERBAL or tokens[i].surface in _TE):
        i += 1
    if not cue_end or (i == cue_end and tokens[i - 1].pos1 not in _VERBAL):
        return False  # 「不正アクセスのは」 is no clause of the attack's verb
    if i + 1 >= len(tokens) or tokens[i].surface != "の" or tokens[i + 1].surface != "は":
        return False
    _, last = doc.sentence_span(i)
    file = _file()
    for j in range(i + 2, min(last, i + 2 + _FOCUS_REACH)):
        denial = _denial_end(doc, j, last, file)
        if denial is None:
            continue
        if any(t.lemma in file.whole_denials for t in tokens[i + 2 : j]):
            return False
        named = tokens[denial:last]
        written = "".join(t.surface for t in named)
        return any(t.pos1 in ("名詞", "代名詞") for t in named) and not any(
            word in written for word in file.false_alarms
        )
    return False


def _denial_end(doc: Doc, j: int, last: int, file: CleftsFile) -> int | None:
    """Where 「じゃなく」 or 「ではなく」 starting at token `j` ends, if one does."""
    tokens = doc.tokens
    if tokens[j].surface == "じゃ" and j + 1 < last and tokens[j + 1].surface in file.continuing:
        return j + 2
    if (
        tokens[j].surface == "で"
        and j + 2 < last
        and tokens[j + 1].surface == "は"
        and tokens[j + 2].surface in file.continuing
    ):
        return j + 3
    return None
