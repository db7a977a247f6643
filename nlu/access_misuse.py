"""Access said as the misuse of a means of getting in (「接続情報が第三者により不正に利用された
形跡は認められませんでした」), and unauthorized viewing denied after the logs were checked
(「アクセス履歴を調査した結果、社外からの不正な閲覧はなかった」). Words in
`config/nlu_access_misuse.toml`."""

from __future__ import annotations

from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from nlu.doc import Doc
from nlu.lexicon import Lexicon
from nlu.mentions import NOUN_PHRASE_POS, noun_phrase_start
from nlu.phrases import Match, PhraseSet

FILE: Final = "nlu_access_misuse.toml"
MISUSE: Final = "access"
# The label of a cue read only when denied.
VIEWING: Final = "viewing"
_SUBJECT: Final = frozenset({"が", "は", "も"})
_COMMAS: Final = frozenset({"、", ",", "，"})
# A place said before the subject's clause (「取引先様の側で、」「先方では、」).
_PLACE: Final = frozenset({"で", "では", "において", "にて"})


class AccessMisuseFile(config.Schema):
    """`config/nlu_access_misuse.toml`."""

    misuse: NonEmptyWords
    means: NonEmptyWords
    agents: NonEmptyWords
    viewing: NonEmptyWords
    logs: NonEmptyWords


@cache
def _file() -> AccessMisuseFile:
    return config.load(FILE, AccessMisuseFile)


@cache
def _sets() -> tuple[PhraseSet, PhraseSet, PhraseSet, PhraseSet]:
    file = _file()
    return (
        PhraseSet({MISUSE: file.misuse}),
        PhraseSet({"means": file.means}),
        PhraseSet({VIEWING: file.viewing}),
        PhraseSet({"log": file.logs}),
    )


def misuse_cues(doc: Doc, lex: Lexicon) -> list[Match]:
    """Access cues: each misuse whose subject ends on a means of getting in, spanning from that
    means to the misuse (what follows is read for doubts and denials as after any cue); each
    unauthorized viewing in a sentence naming the logs, labelled `VIEWING`."""
    misuse, means, viewing, logs = _sets()
    kept: list[Match] = []
    for match in misuse.find(doc):
        start = _means_subject(doc, match.start, means)
        if start is not None and not _another_partys(doc, start, lex):
            kept.append(Match(start, match.end, MISUSE))
    for match in viewing.find(doc):
        if logs.contains(doc, *doc.sentence_span(match.start)):
            kept.append(match)
    return kept


def _means_subject(doc: Doc, at: int, means: PhraseSet) -> int | None:
    """Where the means that is the subject of the misuse at `at` starts: a means phrase ending
    right before が/は/も, with only who did it (nouns and `agents`) up to the misuse."""
    tokens = doc.tokens
    lo = doc.clause_start(at)
    i = at - 1
    agents = _file().agents
    while i >= lo and tokens[i].surface not in _SUBJECT:
        if tokens[i].pos1 not in NOUN_PHRASE_POS and tokens[i].lemma not in agents:
            return None
        i -= 1
    if i <= lo:
        return None
    return next((m.start for m in means.find(doc, lo, i) if m.end == i), None)


def _another_partys(doc: Doc, start: int, lex: Lexicon) -> bool:
    """The means at `start` is an outside party's: named before an の in its noun phrase
    (「取引先のメールアカウントが」), or as the place of the clause before, set off by a comma
    (「取引先様の側で、メールアカウントが第三者に不正に使用されていた」)."""
    tokens = doc.tokens
    lo = doc.clause_start(start)
    if lex.outside_parties.contains(doc, noun_phrase_start(doc, start, lo), start):
        return True
    if lo < 2 or tokens[lo - 1].surface not in _COMMAS:
        return False
    before = doc.clause_start(lo - 1)
    place = "".join(t.surface for t in tokens[before : lo - 1])
    return any(place.endswith(p) for p in _PLACE) and lex.outside_parties.contains(
        doc, before, lo - 1
    )
