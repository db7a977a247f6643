"""Whether a vendor cue names a reporter (`detection`), not a vendor leak: 「委託先から連絡」
「委託しているSOCから報告」. Split from `nlu.reporters`; `nlu.incident_type` asks it so a
contractor that only told us is not read as the place of the leak.
"""

from __future__ import annotations

from collections.abc import Sequence

from coverage import IncidentType
from nlu.doc import Doc
from nlu.lexicon import Lexicon
from nlu.reporter_sources import BRACKETS
from nlu.tokens import Token


def is_reporter(doc: Doc, end: int, lex: Lexicon) -> bool:
    """「委託先から連絡」「委託しているSOCから報告」: the vendor told us; nothing leaked there.

    A security or network operator under contract (「監視を委託している会社」) is an external
    reporter, never a vendor leak. 「委託先から顧客情報が漏えいした」 names where the data
    leaked from, and 「委託先から謝罪の電話」 a contractor reporting its own leak: both stay cues.
    """
    window = doc.tokens[end : end + 6]
    particle = next((i for i, t in enumerate(window) if t.surface in ("から", "より")), None)
    if particle is None:
        # 「最初に気づいたのは監視委託してるMSSP」: a security operator named, by any
        # particle; a network or cloud one (「委託先のクラウド事業者で情報漏えい」) can be
        # where the data leaked.
        return _operator_named(doc, end, _name_end(window), lex, ("security",))
    # 「運用監視を委託している株式会社Xより」: the cue ends the operator's own phrase.
    if _operator_named(doc, end, particle, lex, ("security", "network")):
        return True
    _, last = doc.sentence_span(end - 1)
    # 「委託している外部のシステム会社から連絡」: a longer name, nouns only, is still the
    # vendor itself; past a verb (「委託先で漏えいした件で顧客から」) it is someone else.
    # Telling of a leak (「委託先の配送業者から、顧客データが漏れたと報告」), it is a
    # contractor reporting its own leak: the cue stays.
    if particle > 2 and not all(_in_name(t) for t in window[:particle]):
        return False
    if any(
        end <= m.start < last and m.label == IncidentType.SUSPECTED.value
        for m in lex.incident_cues.find(doc)
    ):
        return False
    return any(
        end <= m.start < last
        and m.label == "report"
        and doc.tokens[m.start].lemma in lex.source_lemmas
        for m in lex.report_words.find(doc)
    )


def _operator_named(doc: Doc, end: int, length: int, lex: Lexicon, labels: tuple[str, ...]) -> bool:
    """Whether an operator of one of `labels` (reporter labels) is named in the `length`
    tokens after `end`, or in the cue's own phrase ending there."""
    return any(
        r.label in labels and r.start < end + length and r.end >= end
        for r in lex.reporters.find(doc)
    )


def _name_end(window: Sequence[Token]) -> int:
    """How many of `window`'s tokens are a name's (`_in_name`)."""
    return next((i for i, t in enumerate(window) if not _in_name(t)), len(window))


def _in_name(token: Token) -> bool:
    """A word that can be part of a vendor's name: a noun, an affix, の, a bracket."""
    return (
        token.pos1 in ("名詞", "接頭辞", "接尾辞")
        or token.surface == "の"
        or (token.surface in BRACKETS)
    )
