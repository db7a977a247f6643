"""The declared shape of `config/nlu_lexicon.toml`: the file, with one module per section family.

The sections' schemas live beside one another by the facts they serve (`markers`, `incidents`,
`detection`, `announced`, `victims`, `costs`, `questions`); they are re-exported here because
the lexicon, the doc and the config tests import them from this one name.
"""

from __future__ import annotations

from typing import Final

import config
from nlu.lexicon_file.announced import AnnouncedSection, ConsentSection, NoticeRegister
from nlu.lexicon_file.costs import (
    GENERIC_INVESTIGATION,
    NO_COST_WORD,
    NOT_COST,
    UNKNOWN_COST,
    Corrections,
    CostCues,
    CostsSection,
)
from nlu.lexicon_file.detection import DetectionFrames, DetectionSection, Reporters
from nlu.lexicon_file.incidents import (
    AccessSection,
    IncidentCues,
    IncidentTypes,
    IncidentTypesSection,
)
from nlu.lexicon_file.markers import ClausesSection, Markers
from nlu.lexicon_file.questions import (
    INTENTS,
    QUESTION_TOPICS,
    AnswersSection,
    IntentsSection,
    QuestionsSection,
    QuestionTopicWords,
)
from nlu.lexicon_file.victims import VictimsSection

FILE: Final = "nlu_lexicon.toml"

__all__ = [
    "FILE",
    "GENERIC_INVESTIGATION",
    "INTENTS",
    "NOT_COST",
    "NO_COST_WORD",
    "QUESTION_TOPICS",
    "UNKNOWN_COST",
    "AccessSection",
    "AnnouncedSection",
    "AnswersSection",
    "ClausesSection",
    "ConsentSection",
    "Corrections",
    "CostCues",
    "CostsSection",
    "DetectionFrames",
    "DetectionSection",
    "IncidentCues",
    "IncidentTypes",
    "IncidentTypesSection",
    "IntentsSection",
    "LexiconFile",
    "Markers",
    "NoticeRegister",
    "QuestionTopicWords",
    "QuestionsSection",
    "Reporters",
    "VictimsSection",
    "labelled",
]


class LexiconFile(config.Schema):
    """`nlu_lexicon.toml`."""

    clauses: ClausesSection
    markers: Markers
    incident_types: IncidentTypesSection
    access: AccessSection
    detection: DetectionSection
    announced: AnnouncedSection
    consent: ConsentSection
    victims: VictimsSection
    costs: CostsSection
    intents: IntentsSection
    answers: AnswersSection
    questions: QuestionsSection


def labelled(table: config.Schema) -> dict[str, list[str]]:
    """The phrase lists of a table of labels; labels the file leaves out are absent."""
    return {label: words for label, words in table if words is not None}
