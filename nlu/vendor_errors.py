"""Whose error a leak was: a contractor's (the spec's `vendor_leak`, a leak at an outsourcing
contractor) or ours (`other`), and a contractor named only as the one who did a job for us.

tests/data/README.md rule 2 reads a misconfiguration or a human error as `other` and an
incident at a contractor as `vendor_leak`; so a setting error made by the contractor
(「契約業者が行ったアクセス制限の設定に不備」, or a contractor's letter to its principal about
its own storage) is a vendor leak, while 「書類は委託業者により溶解処理されており」 names the
contractor that carried out our disposal, not where the data leaked.
"""

from __future__ import annotations

from coverage import IncidentType
from nlu.doc import Doc
from nlu.lexicon import Lexicon
from nlu.phrases import Match
from nlu.polarity import Polarity, polarity, scope_after
from nlu.type_conditions import entrusted_by_principal, forwarded_from, principal_named
from nlu.vendor_providers import provider_forwarded

# After a contractor, these make it the one the error or the job is said of.
_DOER_PARTICLES = frozenset({"が", "の", "で", "側"})
# 「委託業者により」「委託業者によって」「委託業者による」: the contractor carried it out.
_AGENT = frozenset({"により", "によって", "による"})
_NOUNS = frozenset({"名詞", "接尾辞", "接頭辞"})


def contractor_letter(doc: Doc, lex: Lexicon) -> bool:
    """A contractor writing to its principal about the data it holds (弊社 … 貴社より受託),
    where everything the writer says happened, happened at the contractor."""
    if not lex.writer_words.contains(doc):
        return False
    if lex.entrusted.contains(doc) or entrusted_by_principal(doc):
        return True
    return principal_named(doc, 0, len(doc.tokens)) and (
        any(forwarded_from(doc, m.start, m.end) for m in lex.vendor_parties.find(doc))
        or provider_forwarded(doc)
    )


def vendor_error(doc: Doc, errors: list[Match], lex: Lexicon) -> bool:
    """Whether the setting error or exposure `errors` are said of a contractor: a contractor's
    letter, or a contractor named as the doer before an error in its sentence
    (「契約業者が行ったアクセス制限の設定に不備」「委託先の設定ミスにより」)."""
    if contractor_letter(doc, lex):
        return True
    for error in errors:
        first, _ = doc.sentence_span(error.start)
        for party in lex.vendor_parties.find(doc, first, error.start):
            after = _past_name(doc, party.end)
            if after >= error.start or not _doer(doc, after):
                continue
            if lex.writer_words.contains(doc, after, error.start):
                continue  # 「委託先の調査で、当社の設定ミスが判明」: ours, the vendor found it
            if _checked_by(doc, after):
                continue  # 「保守業者による調査の結果、…権限設定の誤り」: the vendor looked
            return True
    return False


# What a contractor named as the doer may have done that finds an error, not makes it.
_CHECKS = frozenset(
    {"調査", "確認", "解析", "分析", "診断", "点検", "検証", "報告", "指摘", "監査"}
)


def _checked_by(doc: Doc, i: int) -> bool:
    """Whether the doer particle at token i (の, による, により) qualifies a check (「保守業者
    による調査の結果」「委託先の点検で」): the party is who found the error, not whose it was."""
    tokens = doc.tokens
    k = i
    spelled = ""
    while k < len(tokens) and len(spelled) < _LONGEST_AGENT and spelled not in _AGENT:
        spelled += tokens[k].surface
        k += 1
    if spelled not in _AGENT:
        k = i + 1  # a one-token particle (の, が, で)
    return k < len(tokens) and tokens[k].lemma in _CHECKS


_LONGEST_AGENT = max(map(len, _AGENT))


def only_agent(doc: Doc, cue: Match, lex: Lexicon) -> bool:
    """「書類は市の委託業者により溶解処理されており」: the contractor named by the vendor cue
    carried out a job of ours; no incident word is said of it up to its verb."""
    after = _past_name(doc, cue.end)
    tokens = doc.tokens
    if after >= len(tokens):
        return False
    phrase = "".join(t.surface for t in tokens[after : after + 3])
    agent = next((a for a in _AGENT if phrase.startswith(a)), None)
    if agent is None:
        return False
    # Past the agent's own words (に・より, に・よる) to the verb of the job.
    past, spelled = after, ""
    while past < len(tokens) and len(spelled) < len(agent):
        spelled += tokens[past].surface
        past += 1
    _, last = doc.sentence_span(cue.start)
    verb = next((i for i in range(past, last) if tokens[i].pos1 == "動詞"), last)
    return not any(after <= m.start < verb + 1 for m in lex.incident_cues.find(doc) if m is not cue)


def _past_name(doc: Doc, end: int) -> int:
    """The first token past the nouns that continue a party's name (委託業者 → 委託 業 者)."""
    i = end
    while i < len(doc.tokens) and doc.tokens[i].pos1 in _NOUNS:
        i += 1
    return i


def _doer(doc: Doc, i: int) -> bool:
    """Whether the token at `i` makes the party before it the doer or owner of what follows."""
    tokens = doc.tokens
    if i >= len(tokens):
        return False
    if tokens[i].surface in _DOER_PARTICLES:
        return True
    phrase = "".join(t.surface for t in tokens[i : i + 3])
    return any(phrase.startswith(a) for a in _AGENT)


def leak_told_next(doc: Doc, vendor: Match, cues: list[Match], lex: Lexicon) -> bool:
    """「委託先の印刷会社から連絡がありました。顧客データが外部に流出した可能性があるそうです」:
    the contractor's report, its leak told in the very next sentence (`cues`: the message's
    incident cues), as 「委託先から、顧客データが漏れたと報告」 tells it in one. Not when that
    sentence names an attack or a sign of one (a maintainer telling of ours), nor for a
    maintainer or an operator."""
    tokens = doc.tokens
    if any(t.lemma in lex.maintaining for t in tokens[max(0, vendor.start - 2) : vendor.start]):
        return False
    if any(
        r.label in ("security", "network") and r.start < vendor.end + 6 and r.end >= vendor.end
        for r in lex.reporters.find(doc)
    ):
        return False
    _, last = doc.sentence_span(vendor.start)
    if last >= len(tokens):
        return False
    lo, hi = doc.sentence_span(last)
    told = [m for m in cues if lo <= m.start < hi]
    # 「書類は全て回収しており、外部への流出は確認されていません」: a leak found none of is
    # none told (the clearing company only reported what it found in our rubbish).
    return any(
        m.label == IncidentType.SUSPECTED.value and not _found_none(doc, m, lex) for m in told
    ) and all(m.label == IncidentType.SUSPECTED.value for m in told)


def _found_none(doc: Doc, leak: Match, lex: Lexicon) -> bool:
    """「流出は確認されていません」「漏えいはありませんでした」: the leak word denied, or said
    not found, in its clause."""
    lo, hi = scope_after(doc, leak.end)
    return lex.unconfirmed.contains(doc, lo, hi) or (
        polarity(doc, lo, hi, lex, affirm_if=True) is Polarity.NEGATED
    )
