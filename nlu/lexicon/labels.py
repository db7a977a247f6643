"""The labels phrase sets share across fact families, and the one-label phrase set."""

from __future__ import annotations

from nlu.phrases import PhraseSet

# The label of words that hold an incident cue and name no incident (新型コロナウイルス).
NOT_INCIDENT = "none"
# The label of signs of a possible attack (不審な通信, ログイン試行): said plainly, a suspicion.
SIGN = "sign"
# The label of words for data left open to view (見られる状態, 誤って公開): their type is
# read from the medium (`nlu.incident_type`).
EXPOSED = "exposed"
# The label of words that say an attack was stopped before it reached us (防御された).
BLOCKED = "blocked"
# The label of answers that say an attack is not confirmed (確定ではない): nothing settled.
OPEN_ANSWER = "open"
# The label of words that say a thing was stolen (盗まれた, 置き引き): see `nlu.theft`.
THEFT = "theft"


def one(label: str, words: list[str]) -> PhraseSet:
    """A phrase set whose every phrase means one thing."""
    return PhraseSet({label: words})
