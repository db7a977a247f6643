"""The declared shape of `config/answers.toml`: a short answer per question topic.

`bot.advice.answers` resolves each answer's sources against `[clauses]` and fills the
placeholders.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated

from pydantic import Field, model_validator

from bot.advice.phases import Phase
from config import Schema
from config.types import Keys, Text, one_of, placeholders, set_of
from coverage import Access, IncidentType
from nlu.reading import QuestionTopic

PLACEHOLDERS = ("accident_name", "accident_phone", "accident_hours", "agent")
"""What an answer's lines may use: the 24h line of contacts.toml and the agent."""
MAX_LINES = 4
"""An answer fits a phone screen in a panic: a few short lines."""

Line = Annotated[Text, placeholders(*PLACEHOLDERS)]


class AnswerTable(Schema):
    lines: Annotated[list[Line], Field(min_length=1, max_length=MAX_LINES)]
    # Every answer rests on a clause of the rider (a `[clauses]` key) or a page
    # (its http(s):// address): an answer without a source is an error at start-up.
    sources: Annotated[list[Text], Field(min_length=1)]


class VariantTable(AnswerTable):
    """An answer for some incident types, phases and/or access verdicts; empty means any."""

    types: Annotated[frozenset[IncidentType], set_of(IncidentType)] = frozenset()
    phases: Annotated[frozenset[Phase], set_of(Phase)] = frozenset()
    # 「不正アクセスがなかった場合は…」 is no answer once access was found.
    access: Annotated[frozenset[Access], set_of(Access)] = frozenset()

    @model_validator(mode="after")
    def _narrows(self) -> VariantTable:
        if not (self.types or self.phases or self.access):
            raise ValueError("a variant needs types, phases or access")
        return self


class TopicTable(AnswerTable):
    """The default answer of a topic, and its variants, the first match winning."""

    variants: list[VariantTable] = Field(default_factory=list)


class ClauseTable(Schema):
    """A clause of the rider in the pamphlet's own words."""

    where: Text
    words: Text


class AgentTexts(Schema):
    named: Annotated[Text, placeholders("name")]
    named_with_phone: Annotated[Text, placeholders("name", "phone")]
    unnamed: Text


class AnswersFile(Schema):
    clauses: dict[str, ClauseTable]
    agent: AgentTexts
    fallback: AnswerTable
    topics: Annotated[Mapping[str, TopicTable], Keys(QuestionTopic)]
    aliases: dict[str, Annotated[QuestionTopic, one_of(QuestionTopic)]] = Field(
        default_factory=dict
    )
