"""The words every reader shares: hedges, negation, plans, a list's present and absent."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from nlu.hedges import HedgeSet, UnlessWithin
from nlu.lexicon.labels import one
from nlu.lexicon_file import Markers
from nlu.phrases import PhraseSet


@dataclass(frozen=True)
class MarkerWords:
    """Hedges, negation and the other markers of config [markers]."""

    hedge: PhraseSet
    hedge_before: frozenset[str]
    """Lemmas of adverbs that hedge the rest of their clause (多分, 恐らく)."""
    pending: PhraseSet
    retract: PhraseSet
    whether: PhraseSet
    checking: frozenset[str]
    """Lemmas of checking (確認, 調べる): 「〜ていないか確認」 asks, it does not deny."""
    negation: PhraseSet
    certain: PhraseSet
    """A negation that affirms (間違いない, 疑いの余地はない): no denial, and no hedge."""
    negating: Mapping[str, str]
    """Lemma → the part of speech in which it negates (無い 形容詞, ない 助動詞 …)."""
    negating_prefixes: frozenset[str]
    # The value of a key in a list (「侵入：無」「公表：済」), compared with its surface.
    listed_absent: frozenset[str]
    listed_present: frozenset[str]
    plan: PhraseSet


def marker_words(m: Markers) -> dict[str, Any]:
    """The compiled [markers]."""
    return {
        "hedge": HedgeSet(
            {"hedge": [*m.hedge, *_unsettled(m)]}, unless=(certain := one("certain", m.certain))
        ),
        "hedge_before": frozenset(m.hedge_before),
        "pending": one("pending", m.pending),
        "retract": UnlessWithin({"retract": m.retract}, unless=certain),
        "whether": one("whether", m.whether),
        "checking": frozenset(m.checking),
        "negation": one("negation", m.negation),
        "certain": certain,
        "negating": dict(m.negating),
        "negating_prefixes": frozenset(m.negating_prefixes),
        "listed_absent": frozenset(m.listed_absent),
        "listed_present": frozenset(m.listed_present),
        "plan": one("plan", m.plan),
    }


def _unsettled(m: Markers) -> list[str]:
    """「決まったわけではない」「確定したってわけじゃない」: each verb of settling joined to each
    ending that says it is not so yet."""
    return [verb + end for verb in m.unsettled_verbs for end in m.unsettled_ends]
