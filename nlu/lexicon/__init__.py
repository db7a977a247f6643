"""The NLU's vocabulary, read from `config/nlu_lexicon.toml` once per process.

`Lexicon` is one flat record every reader takes (`lex.access_cues`, `lex.consent_given`);
its fields and their compiling live by fact family in this package's modules (`markers`,
`incidents`, `detection`, `announced`, `victims`, `costs`, `questions`), so a word list is
added in one place, beside the words of the same fact.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

import config
from nlu.lexicon.announced import (
    AnnouncedWords,
    ConsentWords,
    NoticeRules,
    announced_words,
    consent_words,
)
from nlu.lexicon.costs import CostWords, cost_words
from nlu.lexicon.detection import DetectionWords, Frames, detection_words
from nlu.lexicon.incidents import AccessWords, IncidentWords, access_words, incident_words
from nlu.lexicon.labels import BLOCKED, EXPOSED, NOT_INCIDENT, OPEN_ANSWER, SIGN, THEFT
from nlu.lexicon.markers import MarkerWords, marker_words
from nlu.lexicon.questions import (
    AnswerWords,
    IntentWords,
    QuestionWords,
    answer_words,
    intent_words,
    question_words,
)
from nlu.lexicon.victims import VictimWords, victim_words
from nlu.lexicon_file import (
    FILE,
    GENERIC_INVESTIGATION,
    INTENTS,
    NO_COST_WORD,
    NOT_COST,
    UNKNOWN_COST,
    LexiconFile,
)

__all__ = [
    "BLOCKED",
    "EXPOSED",
    "GENERIC_INVESTIGATION",
    "INTENTS",
    "NOT_COST",
    "NOT_INCIDENT",
    "NO_COST_WORD",
    "OPEN_ANSWER",
    "SIGN",
    "THEFT",
    "UNKNOWN_COST",
    "Frames",
    "Lexicon",
    "NoticeRules",
    "lexicon",
    "parse_lexicon",
]


# A dataclass takes its bases' fields last base first: listed in reverse, the fields keep
# the file's order of sections (markers first), as before the split.
@dataclass(frozen=True)
class Lexicon(
    QuestionWords,
    AnswerWords,
    IntentWords,
    CostWords,
    VictimWords,
    ConsentWords,
    AnnouncedWords,
    DetectionWords,
    AccessWords,
    IncidentWords,
    MarkerWords,
):
    """Compiled phrase sets; the label of a match says what it means."""


@cache
def lexicon() -> Lexicon:
    """The process's lexicon, compiled on first use."""
    return parse_lexicon(config.read(FILE))


def parse_lexicon(data: Mapping[str, Any], file: str = FILE) -> Lexicon:
    """Check and compile a parsed `nlu_lexicon.toml`.

    Raises:
        ConfigError: An unknown or missing key, or a mistyped value, naming `file`.
    """
    lex = config.validate(data, LexiconFile, file)
    # In the file's order: each phrase set is registered as it is compiled.
    return Lexicon(
        **marker_words(lex.markers),
        **incident_words(lex.incident_types),
        **access_words(lex.access),
        **detection_words(lex.detection),
        **announced_words(lex.announced),
        **consent_words(lex.consent),
        **victim_words(lex.victims),
        **cost_words(lex.costs),
        **intent_words(lex.intents),
        **answer_words(lex.answers),
        **question_words(lex.questions),
    )
