"""Japanese NLU: a Slack message in, the facts of the incident out. Knows nothing of Slack."""

from nlu.extract import MAX_CHARS, read_message
from nlu.facts_builder import CostClash, FactState, ScalarClash, facts_from_readings
from nlu.normalize import normalize
from nlu.reading import CostMention, Intent, Reading, UnassignedAmount
from nlu.state_facts import to_facts

__all__ = [
    "MAX_CHARS",
    "CostClash",
    "CostMention",
    "FactState",
    "Intent",
    "Reading",
    "ScalarClash",
    "UnassignedAmount",
    "facts_from_readings",
    "normalize",
    "read_message",
    "to_facts",
]
