"""Short answers to the questions people ask in the first hours, each with its source."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType
from typing import Any

import config
from bot.advice.answers_file import AnswersFile, AnswerTable, ClauseTable, VariantTable
from bot.advice.contacts import load_contacts
from bot.advice.phases import Phase
from config import ConfigError
from coverage import Access, IncidentType
from coverage.rider import Agent
from nlu.reading import QuestionTopic

__all__ = [
    "FILE",
    "Answer",
    "AnswerBase",
    "Clause",
    "Variant",
    "answer_for",
    "load_answers",
    "parse_answers",
]

FILE = "answers.toml"


@dataclass(frozen=True)
class Clause:
    """A clause of the rider: where the pamphlet prints it, and its words."""

    where: str
    words: str


@dataclass(frozen=True)
class Answer:
    """What the bot says to one question, answer first.

    Attributes:
        topic: The topic answered; None for the fallback (a question it cannot answer).
        lines: A few short lines of polite Japanese, placeholders filled.
        clauses: The rider's clauses the answer rests on.
        urls: The addresses of the pages the answer follows.
    """

    topic: QuestionTopic | None
    lines: tuple[str, ...]
    clauses: tuple[Clause, ...] = ()
    urls: tuple[str, ...] = ()

    @property
    def sources(self) -> tuple[str, ...]:
        """Every source once: 「パンフレット「…」」 labels of the clauses, then addresses."""
        labels = (f"パンフレット「{c.where}」" for c in self.clauses)
        return tuple(dict.fromkeys((*labels, *self.urls)))


@dataclass(frozen=True)
class Variant:
    """An answer for some incident types, phases and/or access verdicts (empty: any)."""

    answer: Answer
    types: frozenset[IncidentType]
    phases: frozenset[Phase]
    access: frozenset[Access] = frozenset()

    def fits(
        self,
        incident_type: IncidentType | None,
        phase: Phase | None,
        access: Access | None = None,
    ) -> bool:
        """Whether this variant is the one for the type, phase and access verdict (None
        matches none)."""
        type_fits = not self.types or incident_type in self.types
        phase_fits = not self.phases or phase in self.phases
        access_fits = not self.access or access in self.access
        return type_fits and phase_fits and access_fits


@dataclass(frozen=True)
class AnswerBase:
    """Everything `config/answers.toml` holds; lines still hold their placeholders."""

    defaults: Mapping[QuestionTopic, Answer]
    variants: Mapping[QuestionTopic, tuple[Variant, ...]]
    aliases: Mapping[str, QuestionTopic]
    fallback: Answer
    agent_named: str
    agent_named_with_phone: str
    agent_unnamed: str

    def topic(self, name: str | None) -> QuestionTopic | None:
        """The topic a name stands for: a `QuestionTopic` value or an alias; else None."""
        if name is None:
            return None
        if name in QuestionTopic.__members__.values():
            return QuestionTopic(name)
        return self.aliases.get(name)


@cache
def load_answers() -> AnswerBase:
    """Load `config/answers.toml` once per process.

    Raises:
        ConfigError: The file is missing, a key is unknown, missing or mistyped, or an
            answer names a clause `[clauses]` does not hold.
    """
    return parse_answers(config.read(FILE))


def answer_for(
    topic: str | None,
    incident_type: IncidentType | None = None,
    phase: Phase | None = None,
    *,
    access: Access | None = None,
    agent: Agent | None = None,
) -> Answer:
    """The answer to a question about `topic`, for this incident as far as it is known.

    The first variant of the topic that fits the incident type, phase and access verdict
    wins, else the
    topic's default. An unknown or missing topic gets the fallback: an honest short
    reply that names the 24h accident line and the agent.

    Args:
        topic: A `QuestionTopic` value (``"power_off"``), an alias of one from the file
            (``"disconnect"``), or None.
        incident_type: The incident's type, if known.
        phase: Where on the timeline the incident is, if known.
        access: Whether unauthorized access was found, if known.
        agent: The 取扱代理店 a contract names (`Rider.policy.agent`); without one the
            answer says 「ご契約の取扱代理店」.
    """
    base = load_answers()
    found = base.topic(topic)
    if found is None:
        chosen = base.fallback
    else:
        variants = base.variants[found]
        fits = (v.answer for v in variants if v.fits(incident_type, phase, access))
        chosen = next(fits, base.defaults[found])
    return _filled(chosen, _fields(base, agent))


def _fields(base: AnswerBase, agent: Agent | None) -> dict[str, str]:
    line = load_contacts().accident_line
    if agent is None:
        agent_text = base.agent_unnamed
    elif agent.phone:
        agent_text = base.agent_named_with_phone.format(name=agent.name, phone=agent.phone)
    else:
        agent_text = base.agent_named.format(name=agent.name)
    return {
        "accident_name": line.name,
        "accident_phone": line.phone,
        "accident_hours": line.hours,
        "agent": agent_text,
    }


def _filled(answer: Answer, fields: Mapping[str, str]) -> Answer:
    lines = tuple(line.format(**fields) for line in answer.lines)
    return Answer(answer.topic, lines, answer.clauses, answer.urls)


# --- strict reading of the file ----------------------------------------------


def parse_answers(data: Mapping[str, Any]) -> AnswerBase:
    """Build `AnswerBase` from the parsed TOML, checking every key and source.

    Raises:
        ConfigError: An unknown, missing or mistyped key; a source that is neither an
            http(s):// address nor a `[clauses]` key; an alias that shadows a topic.
    """
    file = config.validate(data, AnswersFile, FILE)
    clauses = {key: _clause(c) for key, c in file.clauses.items()}
    for name in file.aliases:
        if name in QuestionTopic.__members__.values():
            raise ConfigError(FILE, f"aliases.{name}", "is a topic already")
    defaults = {
        topic: _answer(topic, file.topics[topic], f"topics.{topic}", clauses)
        for topic in QuestionTopic
    }
    variants = {
        topic: tuple(
            _variant(topic, v, f"topics.{topic}.variants[{i}]", clauses)
            for i, v in enumerate(file.topics[topic].variants)
        )
        for topic in QuestionTopic
    }
    used = {c for a in _tables(file) for c in a.sources if c in clauses}
    unused = sorted(clauses.keys() - used)
    if unused:
        raise ConfigError(FILE, f"clauses.{unused[0]}", "is not used by any answer")
    return AnswerBase(
        defaults=MappingProxyType(defaults),
        variants=MappingProxyType(variants),
        aliases=MappingProxyType(dict(file.aliases)),
        fallback=_answer(None, file.fallback, "fallback", clauses),
        agent_named=file.agent.named,
        agent_named_with_phone=file.agent.named_with_phone,
        agent_unnamed=file.agent.unnamed,
    )


def _tables(file: AnswersFile) -> list[AnswerTable]:
    tables: list[AnswerTable] = [file.fallback]
    for table in file.topics.values():
        tables += [table, *table.variants]
    return tables


def _variant(
    topic: QuestionTopic, table: VariantTable, key: str, clauses: Mapping[str, Clause]
) -> Variant:
    return Variant(_answer(topic, table, key, clauses), table.types, table.phases, table.access)


def _answer(
    topic: QuestionTopic | None, table: AnswerTable, key: str, clauses: Mapping[str, Clause]
) -> Answer:
    cited: list[Clause] = []
    urls: list[str] = []
    for i, source in enumerate(table.sources):
        if source.startswith(("https://", "http://")):
            urls.append(source)
        elif source in clauses:
            cited.append(clauses[source])
        else:
            raise ConfigError(
                FILE,
                f"{key}.sources[{i}]",
                f"{source!r} is neither an http(s):// address nor a [clauses] key",
            )
    return Answer(topic, tuple(table.lines), tuple(cited), tuple(urls))


def _clause(table: ClauseTable) -> Clause:
    return Clause(table.where, table.words)
