"""First-response acts a message says were done: 「駅には電話しました」「LAN抜きました」.

A team member who reports a step done by writing it, not by ticking the card, should see
it ticked, with the words it came from. An act is read only when its object is named, its
verb follows and says it was done, and nothing around it plans, asks or denies it
(「駅に電話したほうがいい？」「まだ電話してない」「電話したけどつながらない」). Reports to
the police, JPCERT/CC and IPA are `nlu.reports`' and count as acts too. The words are in
`config/nlu_done_actions.toml`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Final

from pydantic import Field, model_validator

import config
from config.types import NonEmptyWords, Words
from nlu.normalize import normalize
from nlu.patterns import alternation
from nlu.reports import Authority, folded, read_reports

FILE: Final = "nlu_done_actions.toml"
# Where one statement ends. 「？」 is no end: 「電話しましたか？」 must keep its question mark.
_SENTENCE_END = re.compile(r"[。！!\n]")
# A quote longer than this is cut: the reply shows where the act was read, not the message.
_QUOTE_CHARS: Final = 40
# The reports to authorities that are acts of the card too, by the act's name.
_REPORTED: Final = {Authority.POLICE: "police", Authority.JPCERT: "jpcert", Authority.IPA: "ipa"}


@dataclass(frozen=True)
class DoneAct:
    """An act the message says was done, and the sentence it was read in."""

    act: str
    quote: str


class _Action(config.Schema):
    objects: Words
    verbs: Words
    away: bool = False
    kept: Words = Field(default_factory=list)

    @model_validator(mode="after")
    def _something_to_find(self) -> _Action:
        if not (self.objects or self.kept):
            raise ValueError("needs objects or kept")
        return self


class _Cues(config.Schema):
    done: NonEmptyWords
    not_done: Words
    failed: Words
    from_marks: NonEmptyWords
    clause_breaks: NonEmptyWords


class DoneActionsFile(config.Schema):
    """`config/nlu_done_actions.toml`."""

    actions: dict[str, _Action]
    cues: _Cues


@dataclass(frozen=True)
class _Act:
    name: str
    objects: tuple[str, ...]
    verbs: tuple[str, ...]
    away: bool
    kept: tuple[str, ...]


@dataclass(frozen=True)
class _Vocabulary:
    actions: tuple[_Act, ...]
    done: re.Pattern[str]
    not_done: tuple[str, ...]
    failed: tuple[str, ...]
    from_marks: tuple[str, ...]
    clause_break: re.Pattern[str]


def _alternatives(words: list[str]) -> str:
    return alternation(folded(words))


@cache
def _vocabulary() -> _Vocabulary:
    file = config.load(FILE, DoneActionsFile)
    cues = file.cues
    return _Vocabulary(
        actions=tuple(
            _Act(
                name,
                folded(action.objects),
                folded(action.verbs),
                action.away,
                folded(action.kept),
            )
            for name, action in file.actions.items()
        ),
        done=re.compile(_alternatives(cues.done)),
        not_done=folded(cues.not_done),
        failed=folded(cues.failed),
        from_marks=folded(cues.from_marks),
        clause_break=re.compile(_alternatives(cues.clause_breaks)),
    )


def act_names() -> frozenset[str]:
    """Every act a step may be ticked by: the file's actions and the reports' authorities."""
    return frozenset(act.name for act in _vocabulary().actions) | frozenset(_REPORTED.values())


def read_done_acts(text: str) -> tuple[DoneAct, ...]:
    """The acts `text` says were done, each once, in the order the file lists them.

    Args:
        text: A message as the user wrote it (normalised here).
    """
    v = _vocabulary()
    found: dict[str, DoneAct] = {}
    for sentence in _SENTENCE_END.split(normalize(text)):
        lowered = sentence.casefold()
        for act in v.actions:
            if act.name not in found and _said_done(lowered, act, v):
                found[act.name] = DoneAct(act.name, _quote(sentence))
        for mention in read_reports(sentence):
            name = _REPORTED.get(mention.authority)
            if name is not None and name not in found:
                found[name] = DoneAct(name, _quote(sentence))
    return tuple(found.values())


def _said_done(sentence: str, act: _Act, v: _Vocabulary) -> bool:
    """Whether one of the act's objects is followed by its verb and a done cue, unqualified,
    or one of its kept states is said (「電源は切ってないです」), not asked."""
    for phrase in act.kept:
        at = sentence.find(phrase)
        if at >= 0 and _unqualified(sentence[at + len(phrase) :], v):
            return True
    for word in act.objects:
        at = sentence.find(word)
        while at >= 0:
            if _done_from(sentence[at:], len(word), act, v):
                return True
            at = sentence.find(word, at + len(word))
    return False


def _done_from(rest: str, object_length: int, act: _Act, v: _Vocabulary) -> bool:
    if not act.away and rest.startswith(v.from_marks, object_length):
        return False
    verbs = act.verbs
    if verbs:
        starts = [i for i in (rest.find(verb, object_length) for verb in verbs) if i >= 0]
        if not starts:
            return False
        verb_at = min(starts)
    else:
        verb_at = object_length
    done = v.done.search(rest, verb_at)
    if done is None:
        return False
    trailer = rest[done.end() :]
    if any(cue in trailer for cue in v.failed):
        return False
    stretch = rest[: done.end()] + _following(trailer, v)
    return not any(cue in stretch for cue in v.not_done)


def _unqualified(trailer: str, v: _Vocabulary) -> bool:
    """Whether what follows a kept state, up to the next clause, neither asks nor plans it."""
    following = _following(trailer, v)
    return not any(cue in following for cue in v.not_done)


def _following(trailer: str, v: _Vocabulary) -> str:
    """What follows a done cue up to the next clause: 「電話しましたが、まだ…」 after 「が」
    is another matter."""
    return "" if trailer.startswith("が") else v.clause_break.split(trailer, maxsplit=1)[0]


def _quote(sentence: str) -> str:
    quote = sentence.strip()
    return quote if len(quote) <= _QUOTE_CHARS else quote[: _QUOTE_CHARS - 1] + "…"
