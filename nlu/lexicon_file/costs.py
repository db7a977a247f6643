"""The shape of [costs], and the pseudo cost keys its cues may be labelled by."""

from __future__ import annotations

from typing import Final

import config
from config.types import NonEmptyWords, Words

# The pseudo cost key of a plain 調査 (see nlu.facts_builder).
GENERIC_INVESTIGATION: Final = "investigation_generic"

# The label of cost phrases that name no coverage (その他費用, 売上減少).
UNKNOWN_COST: Final = "unknown"

# The label of phrases whose amounts are not costs at all (支払限度額は3億).
NOT_COST: Final = "not_cost"

# The label of words that hold a cost word and name no cost (the insurer's 損害サービス課):
# found as the longer phrase, the cost word inside them is not found at all.
NO_COST_WORD: Final = "no_cost_word"


class CostCues(config.Schema):
    """Cues by `CostKey` value and pseudo key (a test holds the two in step)."""

    damages: Words | None = None
    access_response: Words | None = None
    investigation: Words | None = None
    consultation: Words | None = None
    data_recovery: Words | None = None
    incident_response: Words | None = None
    condolence: Words | None = None
    prevention: Words | None = None
    litigation: Words | None = None
    investigation_generic: Words | None = None
    unknown: Words | None = None
    not_cost: Words | None = None
    no_cost_word: Words | None = None


class Corrections(config.Schema):
    replace: Words | None = None
    requote: Words | None = None
    add: Words | None = None
    lead_add: Words | None = None
    after_amount: Words | None = None
    with_amount: Words | None = None
    total: Words | None = None
    sum_of_listed: Words | None = None


class CostsSection(config.Schema):
    joiners: Words
    # Each of these is a required part of its pattern: empty, it would match anywhere.
    minus: NonEmptyWords
    retracted: NonEmptyWords
    superseded: NonEmptyWords
    changed_into: NonEmptyWords
    quoted_by: NonEmptyWords
    considered: NonEmptyWords
    everyone: NonEmptyWords
    separate_items: NonEmptyWords
    same_amount: NonEmptyWords
    qualified_heads: Words
    litigation_agents: Words | None = None
    litigation_agent_sources: Words | None = None
    retainers: Words | None = None
    heard_in_kana: Words | None = None
    # ... and each of these an optional part.
    unit_marks: Words
    count_joiners: Words
    gifts: Words
    counted_parties: Words
    cues: CostCues
    correction: Corrections
