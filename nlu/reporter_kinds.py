"""The spec's category of a reporter (`detection`), read with the reporters it is
compounded with and with the words before it that make it one of us."""

from __future__ import annotations

from coverage import Detection
from nlu.doc import Doc
from nlu.lexicon import Lexicon
from nlu.operator_side import attacked_itself
from nlu.phrases import Match
from nlu.reporter_context import devices_user
from nlu.reporter_frames import tells_no_attack
from nlu.reporter_operators import operator_by_work
from nlu.reporter_self_told import lost_by_staff, staff_himself
from nlu.reporter_writer import writers_operator

# The spec's categories of reporter: the pamphlet's 外部からの通報 and anyone else outside.
CATEGORY = {
    "security": Detection.EXTERNAL_REPORT,
    "network": Detection.EXTERNAL_REPORT,
    "public": Detection.EXTERNAL_REPORT,
    "third_party": Detection.THIRD_PARTY,
}


def compound_kind(doc: Doc, reporters: list[Match], index: int, lex: Lexicon) -> Detection:
    """A reporter's category, read with the reporters it is compounded with.

    「SOC運用委託先」「委託先のSOC」: a contractor running the security operation is a
    security operator, so an external report wins over the contractor it qualifies.
    """
    kinds = [_reporter_kind(doc, reporters[index], lex)]
    i = index
    while i > 0 and _compounded(doc, reporters[i - 1], reporters[i]):
        i -= 1
        kinds.append(_reporter_kind(doc, reporters[i], lex))
    # 「検知:委託先SOC(MSSP)」: named first, it is qualified by the ones after it too.
    i = index
    while i + 1 < len(reporters) and _compounded(doc, reporters[i], reporters[i + 1]):
        i += 1
        kinds.append(_reporter_kind(doc, reporters[i], lex))
    if Detection.SELF in kinds:
        return Detection.SELF
    return Detection.EXTERNAL_REPORT if Detection.EXTERNAL_REPORT in kinds else kinds[0]


def _compounded(doc: Doc, first: Match, second: Match) -> bool:
    """「委託先のSOC」「委託先SOC(MSSP)」: two reporters that name one party."""
    between = doc.tokens[first.end : second.start]
    return 0 <= second.start - first.end <= 2 and not any(
        t.pos1 == "助詞" and t.surface != "の" for t in between
    )


def _reporter_kind(doc: Doc, match: Match, lex: Lexicon) -> Detection:
    """The category of a reporter; one of us (「自社のSOC」「学内の情報センター」) is self.

    Our own customer or contractor (「当社の顧客」「弊社の委託先」) is still outside: only an
    operator run in-house is one of us.
    """
    if devices_user(doc, match, lex.reporters.find(doc), lex.frames.own_person):
        return Detection.SELF  # 「営業のPC…本人から連絡」: the user of our own PC
    if staff_himself(doc, match, lex.reporters.find(doc), lex):
        return Detection.SELF  # 「社員が…開いたと本人から連絡」: that staff member
    if lost_by_staff(doc, match, lex.reporters.find(doc), lex):
        return Detection.SELF  # 「職員の自宅に空き巣が…。本人から電話」: that staff member
    if _noticed_it_himself(doc, match, lex):
        return Detection.SELF  # 「本人が紛失に気付き報告した」: the one who lost it told us
    label = match.label
    if CATEGORY[label] is Detection.THIRD_PARTY:
        # 「監視ベンダー」「セキュリティ運用を委託している事業者」: the work names an operator.
        label = operator_by_work(doc, match.end, lex) or label
    before = match.start - 1
    if before >= 0 and doc.tokens[before].surface == "の":
        before -= 1
    own = before >= 0 and lex.own.contains(doc, before, before + 1)
    # 「当社SOC」 in a letter to 貴社 is the writer's, an outsider's operator.
    if (
        own
        and CATEGORY[label] is not Detection.THIRD_PARTY
        and not writers_operator(doc, match, before, lex)
    ):
        return Detection.SELF
    if label == "network" and (
        tells_no_attack(doc, match.start, lex) or attacked_itself(doc, match, lex)
    ):
        return Detection.THIRD_PARTY
    return CATEGORY[label]


def _noticed_it_himself(doc: Doc, match: Match, lex: Lexicon) -> bool:
    """「翌朝、本人が紛失に気付き報告した」: a plain 本人 (not ご本人, a data subject) that is
    the subject of a noticing verb is the one who lost or sent it, one of us, so what it
    reports after noticing is ours too."""
    if not plain_self(doc, match, lex) or match.end >= len(doc.tokens):
        return False
    before = doc.tokens[match.start - 1] if match.start else None
    if before is not None and (before.pos1 in ("名詞", "接尾辞") or before.surface == "の"):
        return False  # 「顧客本人が」「患者様本人が」: the data subject
    if doc.tokens[match.end].surface != "が":
        return False
    _, last = doc.sentence_span(match.start)
    predicate = next(
        (m for m in lex.agent_predicates.find(doc) if match.end < m.start < last), None
    )
    return predicate is not None and predicate.label == "finding"


def plain_self(doc: Doc, reporter: Match, lex: Lexicon) -> bool:
    """「本人が紛失に気づき」: the one who lost it, not 「ご本人」 (a data subject)."""
    words = doc.tokens[reporter.start : reporter.end]
    if "".join(t.surface for t in words) not in lex.frames.own_person:
        return False
    before = doc.tokens[reporter.start - 1] if reporter.start else None
    after = doc.tokens[reporter.end] if reporter.end < len(doc.tokens) else None
    return (before is None or before.pos1 != "接頭辞") and (after is None or after.pos1 != "接尾辞")
