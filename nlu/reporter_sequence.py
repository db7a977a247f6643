"""Which of several reports is how the company learnt of it: the first outsider's, not one
said with も beside it (「市民からの苦情も寄せられた」) nor one that followed it in a later
sentence (「取引先様からお問い合わせをいただいたため、ご説明します」)."""

from __future__ import annotations

from coverage import Detection
from nlu.doc import Doc
from nlu.lexicon import Lexicon
from nlu.reporter_sources import REPORTER_TAIL


def followed(doc: Doc, told: int, event: tuple[int, Detection], lex: Lexicon) -> bool:
    """「監視会社から通報があり…。取引先様からお問い合わせをいただいたため、ご説明します」:
    another outsider's report, in a later sentence than the first one, is what followed it;
    the first is how the company learnt of it. A correction (「ではなく」「正しくは」) may
    replace the first, so then every report stands."""
    at, kind = event
    if at <= told or kind is Detection.SELF:
        return False
    if doc.sentence_span(at) == doc.sentence_span(told):
        return False
    return not any(m.label == "replace" for m in lex.correction.find(doc))


def added(doc: Doc, at: int, lex: Lexicon) -> bool:
    """「市民からの苦情も寄せられた」「取引先からも連絡があった」: the report at `at` is said
    with も, as one more beside another."""
    report = next((m for m in lex.report_words.find(doc) if m.start >= at), None)
    if report is None or report.start > at + REPORTER_TAIL + 2:
        return False
    tokens = doc.tokens
    after = tokens[report.end] if report.end < len(tokens) else None
    # 「苦情も寄せられた」: 寄せられ is a report word of its own, after the も.
    before = tokens[report.start - 1] if report.start else None
    if any(t is not None and t.surface == "も" for t in (after, before)):
        return True
    return any(
        tokens[i].surface in ("から", "より") and tokens[i + 1].surface == "も"
        for i in range(at, report.start - 1)
    )


def adds_a_report(doc: Doc) -> bool:
    """Whether a 「からも」「よりも」 is written: the one place `also` changes what a から says
    (`not_the_trigger`)."""
    if "も" not in doc.surface_set():
        return False
    previous = ""
    for token in doc.tokens:
        if token.surface == "も" and previous in ("から", "より"):
            return True
        previous = token.surface
    return False
