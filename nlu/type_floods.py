"""A flood described plainly, then the DDoS named only in doubt: a suspected attack.

「市のホームページが大量のアクセスを受けてつながりにくい状態になった。市はDDoS攻撃を受けたと
みて、原因を調べている」: the first sentence tells what the site suffered, the second whether
it was an attack, and only as a presumption (tests/data/README.md rule 2: the text hedges
whether a DDoS happened → `suspected`), as it reads when both are said in one sentence. The
flood said alone, or the DDoS named plainly, stays a DDoS received.
"""

from __future__ import annotations

from nlu.doc import Doc
from nlu.polarity import Polarity
from nlu.type_conditions import mass_access

_DOUBTS = frozenset({Polarity.HEDGED, Polarity.TOPIC})


def ddos_states(doc: Doc, said: list[tuple[int, Polarity]]) -> list[Polarity]:
    """The states of the DDoS cues read (`said`: each cue's start and state) that count: the
    flood's are left out when every DDoS named in words of its own is in doubt."""
    floods = {m.start for m in mass_access(doc)}
    named = [state for start, state in said if start not in floods]
    if named and len(named) < len(said) and all(state in _DOUBTS for state in named):
        return named
    return [state for _, state in said]
