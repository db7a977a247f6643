"""One conversation's state: what was said, what was understood, what was asked."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from nlu.facts_builder import FactState

# Each message is kept (for re-reading after a fix to the NLU), up to this many characters.
MAX_KEPT_CHARS = 4000


@dataclass
class ConversationState:
    """Everything the engine needs to continue a conversation after a restart."""

    facts: FactState = field(default_factory=FactState)
    asked: dict[str, int] = field(default_factory=dict)
    last_question: str | None = None
    clash: dict[str, Any] | None = None
    messages: list[str] = field(default_factory=list)
    discovered_on: str | None = None
    data_kinds: list[str] = field(default_factory=list)
    reporter: str | None = None
    link: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "facts": self.facts.to_json(),
            "asked": dict(self.asked),
            "last_question": self.last_question,
            "clash": self.clash,
            "messages": list(self.messages),
            "discovered_on": self.discovered_on,
            "data_kinds": list(self.data_kinds),
            "reporter": self.reporter,
            "link": self.link,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ConversationState:
        return cls(
            facts=FactState.from_json(data.get("facts", {})),
            asked={str(k): int(v) for k, v in data.get("asked", {}).items()},
            last_question=data.get("last_question"),
            clash=data.get("clash"),
            messages=list(data.get("messages", [])),
            discovered_on=data.get("discovered_on"),
            data_kinds=list(data.get("data_kinds", [])),
            reporter=data.get("reporter"),
            link=data.get("link"),
        )
