"""The questions the bot can ask, from `config/questions.toml`, and which to ask next."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Annotated, Final

from pydantic import BeforeValidator, ConfigDict, Field, RootModel

import config
from config import Schema
from config.types import Keys, Text, placeholders, set_of
from coverage import Fact, IncidentType

AnswerValue = str | bool
_FILE = "questions.toml"
QUESTION_IDS: tuple[str, ...] = (
    Fact.UNAUTHORIZED_ACCESS,
    Fact.ANNOUNCED,
    Fact.DETECTION,
    Fact.COSTS,
    "victims",
    Fact.INCIDENT_TYPE,
    Fact.CONSENT,
    "cost_clash",
    "fact_clash",
    "proposed_cost",
)


def _answer_value(value: object) -> object:
    # Checked before the union so that the error names the key, not the union's member.
    if not isinstance(value, str | bool):
        raise ValueError("must be a string, true or false")
    return value


_Answer = Annotated[AnswerValue, BeforeValidator(_answer_value)]


class QuickAnswer(Schema):
    """One button: what it says and the value it gives the fact."""

    label: Text
    value: _Answer


@dataclass(frozen=True)
class Question:
    """A question about one fact, with quick answers and how a bare はい/いいえ maps."""

    id: str
    text: str
    answers: tuple[QuickAnswer, ...]
    priority: int
    yes: AnswerValue | None = None
    no: AnswerValue | None = None
    # 「まだ」: unknown unless the question says otherwise (not announced yet is no).
    not_yet: AnswerValue = "unknown"
    # The incident types for which this question comes before the others of its kind.
    ask_first_for: frozenset[IncidentType] = frozenset()

    def bare(self, answer: str) -> AnswerValue | None:
        """The value of a bare 「はい」「いいえ」「まだ」「わからない」 to this question."""
        if answer == "unknown":
            return "unknown"
        if answer == "not_yet":
            return self.not_yet
        return self.yes if answer == "yes" else self.no if answer == "no" else None

    def typed(self, text: str) -> AnswerValue | None:
        """The value of a quick answer typed out instead of pressed (「今回の内容」, on a phone
        whose buttons scrolled away): its label alone, give or take brackets, spaces
        and a closing 。 or ！."""
        said = _bare_label(text)
        return next((a.value for a in self.answers if _bare_label(a.label) == said), None)


def _bare_label(text: str) -> str:
    return "".join(
        ch
        for ch in unicodedata.normalize("NFKC", text)
        if ch not in _LABEL_MARKS and not ch.isspace()
    )


# What may wrap or close a label typed out: 「今回の内容」です is no label, 「今回の内容。」 is.
_LABEL_MARKS: Final = frozenset("「」『』\"'。、.,!！")


class _QuestionTable(Schema):
    priority: int
    text: Text
    answers: Annotated[list[QuickAnswer], Field(min_length=1)]
    yes: _Answer | None = None
    no: _Answer | None = None
    not_yet: _Answer = "unknown"
    ask_first_for: Annotated[frozenset[IncidentType], set_of(IncidentType)] = frozenset()


class _ClashQuestion(_QuestionTable):
    # The one text the engine formats: with the clause and both amounts.
    text: Annotated[Text, placeholders("clause", "old", "new")]


class _FactClashQuestion(_QuestionTable):
    # Formatted with the fact's name and its two values.
    text: Annotated[Text, placeholders("fact", "old", "new")]


class _ProposedCostQuestion(_QuestionTable):
    # Formatted with the clause, the amount read and the words it was read from.
    text: Annotated[Text, placeholders("clause", "amount", "words")]


_SPECIAL: dict[str, type[_QuestionTable]] = {
    "cost_clash": _ClashQuestion,
    "fact_clash": _FactClashQuestion,
    "proposed_cost": _ProposedCostQuestion,
}
_TABLES = {qid: _SPECIAL.get(qid, _QuestionTable) for qid in QUESTION_IDS}


class _QuestionsFile(RootModel[Annotated[Mapping[str, _QuestionTable], Keys(_TABLES)]]):
    """One table per question id, none missing and none extra."""

    # RootModel takes no `extra` setting; `Keys` forbids unknown ids itself.
    model_config = ConfigDict(strict=True, frozen=True)


@cache
def questions() -> dict[str, Question]:
    """Every question by id, checked once at start."""
    tables = config.load(_FILE, _QuestionsFile).root
    return {
        str(qid): Question(
            id=str(qid),
            text=tables[qid].text,
            answers=tuple(tables[qid].answers),
            priority=tables[qid].priority,
            yes=tables[qid].yes,
            no=tables[qid].no,
            not_yet=tables[qid].not_yet,
            ask_first_for=tables[qid].ask_first_for,
        )
        for qid in QUESTION_IDS
    }
