"""A machine of ours infected and used as a DDoS relay: 「サーバーがウイルスに感染し、外部への
DDoS攻撃の踏み台として利用されていた」 names the infection as what happened to us, the DDoS as
what the infected machine was then used for. The most specific type stated wins
(tests/data/README.md rule 2): malware, not ddos. A relay with no infection named
(「乗っ取られてDDoSの踏み台にされた」), or with its infection said only as 感染 (words in
`config/nlu_type_relayed.toml`), stays a DDoS, as does a DDoS received beside an infection
said elsewhere.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from coverage import IncidentType
from nlu.doc import Doc
from nlu.phrases import Match
from nlu.polarity import Polarity

FILE: Final = "nlu_type_relayed.toml"


class RelayedFile(config.Schema):
    """`config/nlu_type_relayed.toml`."""

    unnamed: NonEmptyWords


@cache
def _unnamed() -> frozenset[str]:
    return frozenset(config.load(FILE, RelayedFile).unnamed)


def infected_relay(
    doc: Doc,
    cues: Sequence[Match],
    relayed: Collection[int],
    present: Mapping[IncidentType, Sequence[Polarity]],
    reached: Collection[IncidentType],
) -> bool:
    """Whether every DDoS word of the message is in a sentence of a relay (`relayed`, from
    `nlu.type_doubts.ddos_relay_sentences`) that also names a kind of malware, said plainly to have
    reached us (`present`, `reached`: the states and kinds `nlu.incident_type` read)."""
    malware = IncidentType.MALWARE
    if malware not in reached or Polarity.AFFIRMED not in present.get(malware, ()):
        return False
    ddos = [m for m in cues if m.label == IncidentType.DDOS.value]
    if not ddos or any(doc.sentence_of[m.start] not in relayed for m in ddos):
        return False
    return any(
        m.label == malware.value
        and doc.sentence_of[m.start] in relayed
        and doc.text[doc.starts[m.start] : doc.ends[m.end - 1]] not in _unnamed()
        for m in cues
    )
