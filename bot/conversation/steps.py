"""The card's steps as the team's shared list: ticked done, opened again, taken by someone.

Each mark lives in the state (`ConversationState.steps`) as plain strings, so it survives
a restart; the reply shows it as a `StepMark`.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import UTC, datetime

from bot.advice.guidance import Said, checklist
from bot.claim.timeline import Event, EventKind, add
from bot.conversation.reply import StepMark
from bot.conversation.state import ConversationState
from bot.labels import labels
from nlu import to_facts
from nlu.data_kinds import DataKind
from nlu.done_actions import DoneAct

log = logging.getLogger(__name__)


def mark(
    state: ConversationState,
    step: str,
    done: bool | None,
    take: bool,
    user: str | None,
    when: datetime,
) -> None:
    """Tick (done=True), untick (done=False) or take the step, each change a timeline event.

    A tick of a step already done keeps its first mark: when two people tick at once, the
    first is the one recorded.
    """
    entry = state.steps.setdefault(step, {})
    at = when.astimezone(UTC).isoformat()
    if done is True and not entry.get("done_at"):
        entry |= {"done_by": user, "done_at": at}
        add(state, Event(EventKind.STEP_DONE, when, user, step))
    elif done is False and entry.get("done_at"):
        entry |= {"done_by": None, "done_at": None}
        add(state, Event(EventKind.STEP_REOPENED, when, user, step))
    if take and user and entry.get("owner") != user:
        entry |= {"owner": user, "owner_at": at}
        add(state, Event(EventKind.STEP_OWNER, when, user, step))


def tick_said_done(
    state: ConversationState,
    acts: Sequence[DoneAct],
    messages: Sequence[str],
    user: str | None,
    when: datetime,
) -> list[str]:
    """Tick the open steps of the conversation's checklist that `acts` say were done; a note
    for each, naming the words it was read from, so a misreading can be undone (and one for
    a step said done that was ticked already).

    Only steps of the checklist the incident calls for are ticked: 「LAN抜きました」 in a
    conversation with no type yet ticks nothing, and the message is read as before.
    """
    said = Said(
        tuple(messages),
        frozenset(DataKind(kind) for kind in state.data_kinds),
        state.facts.stolen,
    )
    done, notes = done_steps(state), []
    texts = labels().messages
    for step in checklist(to_facts(state.facts).incident_type, said).steps:
        act = next((a for a in acts if a.act in step.done_by), None)
        if act is None or step.done_label is None:
            continue
        # 「JRにも問い合わせ済みです」 once ticked: say so, keep the first mark.
        if step.key in done:
            note = texts["note_step_already_done"].format(step=step.done_label)
        else:
            mark(state, step.key, True, False, user, when)
            log.info("step=%s said_done act=%s", step.key, act.act)
            note = texts["note_step_said_done"].format(step=step.done_label, quote=act.quote)
        if note not in notes:  # two steps of one act and name (切り離し in two lists)
            notes.append(note)
    return notes


def done_steps(state: ConversationState) -> frozenset[str]:
    """The keys of the steps ticked done (an unticked one keeps its key with no time)."""
    return frozenset(k for k, mark in state.steps.items() if mark.get("done_at"))


def step_marks(state: ConversationState) -> tuple[StepMark, ...]:
    """Every step's mark as the reply shows it."""
    return tuple(_step_mark(key, mark) for key, mark in state.steps.items())


def _step_mark(key: str, mark: dict[str, str | None]) -> StepMark:
    done_at = mark.get("done_at")
    return StepMark(
        key,
        owner=mark.get("owner"),
        done_by=mark.get("done_by"),
        done_at=datetime.fromisoformat(done_at) if done_at else None,
    )
