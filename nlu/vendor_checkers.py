"""A contractor named only as who checks or watches our systems for us: no leak there.

「弊社通販サイトが不正アクセスを受けたことは、委託先の調査で確定いたしました」 names the
contractor as whose investigation settled the attack on our site; 「セキュリティ運用を委託して
いる事業者からの通報」 names it by the security operation it runs for us (rule 3: an outsourced
SOC, an external reporter). Neither is an attack on the contractor's own systems (rule 2's
`vendor_leak`). Words in `config/nlu_vendor_checkers.toml`.
"""

from __future__ import annotations

from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from nlu.doc import Doc
from nlu.lexicon import Lexicon
from nlu.phrases import Match

FILE: Final = "nlu_vendor_checkers.toml"
# The reporters' label of outside watchers (`[detection.reporters] security`).
_SECURITY: Final = "security"
# Between the job and the contractor cue: 「セキュリティ運用を委託」「セキュリティ運用の委託先」.
_JOB_PARTICLES: Final = frozenset({"を", "の", "も"})
# Between the contractor and its check: 「委託先の調査」「委託先が調べた」「委託先による解析」.
_AGENT_PARTICLES: Final = frozenset({"の", "が"})
_BY: Final = ("に", "因る")
# How far past the check word its outcome word may stand (調べ・た・ところ, 解析・の・結果).
_OUTCOME_REACH: Final = 3
_ATTACKS: Final = frozenset({"malware", "unauthorized_access", "ddos"})


class CheckersFile(config.Schema):
    """`config/nlu_vendor_checkers.toml`."""

    checks: NonEmptyWords
    outcomes: NonEmptyWords


@cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    words = config.load(FILE, CheckersFile)
    return frozenset(words.checks), frozenset(words.outcomes)


def watcher_entrusted(doc: Doc, vendor: Match, lex: Lexicon) -> bool:
    """The job right before the contractor cue, with を or の, is a security operator's
    (「セキュリティ運用を委託している事業者」): the contractor watches our systems."""
    job = vendor.start - 1
    if job < 1 or doc.tokens[job].surface not in _JOB_PARTICLES:
        return False
    return any(
        r.label == _SECURITY and r.end == job for r in lex.reporters.find(doc, max(0, job - 8), job)
    )


def checked_by_vendor(doc: Doc, vendor: Match, cues: list[Match]) -> bool:
    """The contractor cue is who made the check that settled something (「委託先の調査で確定」
    「委託先が調べたところ」), and the message names an attack (`cues`: its incident cues),
    whose own owner decides whose systems it reached; a leak alone told with the
    contractor's check may still be the contractor's own."""
    if not any(m.label in _ATTACKS for m in cues):
        return False
    checks, outcomes = _words()
    tokens = doc.tokens
    i = vendor.end
    if i < len(tokens) and tokens[i].surface in _AGENT_PARTICLES:
        i += 1
    elif tuple(t.lemma for t in tokens[i : i + 2]) == _BY:
        i += 2
    else:
        return False
    if i >= len(tokens) or tokens[i].lemma not in checks:
        return False
    after = tokens[i + 1 : i + 1 + _OUTCOME_REACH]
    return any(t.surface in outcomes or t.lemma in outcomes for t in after)
