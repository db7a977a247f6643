"""A contractor cue that only says who does a job we pay for: no leak at the contractor.

「・コールセンター：1.2M（外部委託）」「コールセンターは外部委託しています」: a cost line or a
price names an outsourced job (a call centre, a forensic check), not an incident at the
contractor. Only when its sentence names a cost with an amount, says nothing of a leak and
holds no other incident cue: 「委託先から流出、調査費300万」 stays a leak, and so does a
contract told without a price (「発送業務を委託しており、…感染し」), where the job is the
contractor's part in the story.
"""

from __future__ import annotations

from nlu.amounts import amounts_and_oversized
from nlu.cost_cues import cost_cues
from nlu.doc import Doc
from nlu.lexicon import SIGN, Lexicon
from nlu.phrases import Match


def outsourced_job(doc: Doc, vendor: Match, cues: list[Match], lex: Lexicon) -> bool:
    """Whether the contractor cue `vendor` sits in a sentence of a priced cost item alone
    (`cues`: the message's incident cues)."""
    first, last = doc.sentence_span(vendor.start)
    if not cost_cues(doc, lex, first, last):
        return False
    found, _ = amounts_and_oversized(doc.text[doc.starts[first] : doc.ends[last - 1]])
    if not found:
        return False
    if lex.leak_words.contains(doc, first, last):
        return False
    return not any(m is not vendor and m.label != SIGN and first <= m.start < last for m in cues)


# The reporters' label of outside watchers (`[detection.reporters] security`).
_SECURITY = "security"


def watching_job(doc: Doc, vendor: Match, cues: list[Match], lex: Lexicon) -> bool:
    """「監視はベンダーのMDRサービスに委託してます」: the contractor cue's sentence names an
    outside watcher (a SOC, an MDR service: rule 3's external report) and no leak and no other
    incident cue: the contractor is who watches our systems, not where data leaked."""
    first, last = doc.sentence_span(vendor.start)
    if not any(m.label == _SECURITY for m in lex.reporters.find(doc, first, last)):
        return False
    if lex.leak_words.contains(doc, first, last):
        return False
    return not any(m is not vendor and m.label != SIGN and first <= m.start < last for m in cues)
