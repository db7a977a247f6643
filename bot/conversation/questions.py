"""The questions the bot can ask, from `config/questions.toml`, and which to ask next."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from bot.config_files import CONFIG_DIR, read_toml
from bot.errors import ConfigError

AnswerValue = str | bool
_FILE = "questions.toml"
QUESTION_IDS = (
    "unauthorized_access",
    "announced",
    "detection",
    "costs",
    "victims",
    "incident_type",
    "consent",
    "cost_clash",
)
_KEYS = frozenset({"priority", "text", "answers", "yes", "no"})


@dataclass(frozen=True)
class QuickAnswer:
    """One button: what it says and the value it gives the fact."""

    label: str
    value: AnswerValue


@dataclass(frozen=True)
class Question:
    """A question about one fact, with quick answers and how a bare はい/いいえ maps."""

    id: str
    text: str
    answers: tuple[QuickAnswer, ...]
    priority: int
    yes: AnswerValue | None = None
    no: AnswerValue | None = None

    def bare(self, answer: str) -> AnswerValue | None:
        """The value of a bare 「はい」「いいえ」「わからない」 to this question."""
        if answer == "unknown":
            return "unknown"
        return self.yes if answer == "yes" else self.no if answer == "no" else None


def _question(qid: str, data: object) -> Question:
    where = str(CONFIG_DIR / _FILE)
    if not isinstance(data, dict):
        raise ConfigError(where, qid, "is missing or not a table")
    for key in data:
        if key not in _KEYS:
            raise ConfigError(where, f"{qid}.{key}", "is not a known setting")
    text, priority, answers = data.get("text"), data.get("priority"), data.get("answers")
    if not isinstance(text, str) or not text:
        raise ConfigError(where, f"{qid}.text", "must be a non-empty string")
    if not isinstance(priority, int) or isinstance(priority, bool):
        raise ConfigError(where, f"{qid}.priority", "must be an integer")
    if not isinstance(answers, list) or not answers:
        raise ConfigError(where, f"{qid}.answers", "must be a non-empty list")
    quick = []
    for index, item in enumerate(answers):
        if (
            not isinstance(item, dict)
            or set(item) != {"label", "value"}
            or not isinstance(item["label"], str)
            or not isinstance(item["value"], str | bool)
        ):
            raise ConfigError(where, f"{qid}.answers[{index}]", "needs a label and a value")
        quick.append(QuickAnswer(item["label"], item["value"]))
    return Question(qid, text, tuple(quick), priority, data.get("yes"), data.get("no"))


@cache
def questions() -> dict[str, Question]:
    """Every question by id, checked once at start."""
    data = read_toml(_FILE)
    for qid in data:
        if qid not in QUESTION_IDS:
            raise ConfigError(str(CONFIG_DIR / _FILE), qid, "is not a known question")
    return {qid: _question(qid, data.get(qid)) for qid in QUESTION_IDS}
