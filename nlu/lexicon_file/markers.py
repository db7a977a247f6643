"""The shape of the words every reader shares: [clauses] and [markers] (hedges, negation)."""

from __future__ import annotations

import config
from config.types import NonEmptyWords, Word, Words


class ClausesSection(config.Schema):
    particles: Words
    rate_prefixes: Words


class Markers(config.Schema):
    hedge: Words
    unsettled_verbs: NonEmptyWords
    unsettled_ends: NonEmptyWords
    hedge_before: Words
    whether: Words
    checking: Words
    pending: Words
    retract: Words
    negation: Words
    certain: Words
    plan: Words
    negating_prefixes: Words
    listed_absent: NonEmptyWords
    listed_present: NonEmptyWords
    negating: dict[Word, Word]
