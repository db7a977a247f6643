"""The declared shape of `config/guidance.toml`: steps with their sources, checklists, extras.

`bot.advice.guidance` checks the references between tables and builds the checklists.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated

from pydantic import AfterValidator, Field

from bot.advice.phases import Phase
from config import Schema
from config.types import Keys, Text, Words, one_of, set_of
from coverage import CostKey, IncidentType
from nlu.data_kinds import DataKind

GENERIC = "generic"
"""The checklist for an unknown incident type and for `IncidentType.OTHER`."""
CHECKLIST_NAMES = (*(t for t in IncidentType if t is not IncidentType.OTHER), GENERIC)
"""One checklist per incident type but OTHER, and `generic`."""


def _address(value: str) -> str:
    if not value.startswith(("https://", "http://")):
        raise ValueError("must be the http(s):// address of the step's source")
    return value


Address = Annotated[Text, AfterValidator(_address)]


class StepTable(Schema):
    phase: Annotated[Phase, one_of(Phase)]
    text: Text
    # Every step names the page it follows: a piece of advice without a source is an
    # error at start-up, not a guess shown to a user.
    sources: Annotated[list[Address], Field(min_length=1)]
    pays: Annotated[CostKey, one_of(CostKey)] | None = None
    vendor: bool = False
    consent: bool = False
    leak: bool = False
    lost_only: bool = False
    # The acts of config/nlu_done_actions.toml (or a report: police, jpcert, ipa) that a
    # message may say were done to tick the step.
    done_by: list[str] = Field(default_factory=list)
    done_label: Text | None = None


class ExtraTable(Schema):
    steps: Annotated[list[str], Field(min_length=1)]
    words: Words = Field(default_factory=list)
    data_kinds: Annotated[frozenset[DataKind], set_of(DataKind)] = frozenset()
    # Anchors in order of preference: the first the checklist has is followed.
    after: list[str] = Field(default_factory=list)


class ChecklistTable(Schema):
    steps: list[str]
    groups: list[str]


class GuidanceFile(Schema):
    phases: Annotated[Mapping[str, Text], Keys(Phase)]
    steps: dict[str, StepTable]
    groups: dict[str, list[str]]
    checklists: Annotated[Mapping[str, ChecklistTable], Keys(CHECKLIST_NAMES)]
    extras: dict[str, ExtraTable] = Field(default_factory=dict)
