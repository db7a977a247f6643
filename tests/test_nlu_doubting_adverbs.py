"""Adverbs of doubt are hedges, not suppositions (class: a panicked 「もしかしたら…かも」
read as nothing at all).

もしかしたら is written もし|か|し|たら and ひょっとしたら holds 「としたら」: both spell a
supposition's opener or ending, so the whole clause was dropped as supposed and the
message read as empty (the bot answered with its introduction). They only hedge: the
incident they name is suspected, as 「たぶん…かも」 is. A real supposition still states
nothing (the near misses).
"""

from __future__ import annotations

import pytest

from coverage import IncidentType
from nlu import Intent, read_message

# (message, the incident type read)
DOUBTED = [
    ("もしかしたらウイルスに感染したかもしれません", IncidentType.SUSPECTED),
    ("もしかしてウイルス感染かも", IncidentType.SUSPECTED),
    ("ひょっとしたらランサムウェアかも", IncidentType.SUSPECTED),
    ("ひょっとすると不正アクセスされたのかもしれない", IncidentType.SUSPECTED),
    ("もしかすると不正アクセスかもしれません", IncidentType.SUSPECTED),
    ("もしかしたら感染してるかも、どうしよう", IncidentType.SUSPECTED),
    ("もしかしたらPCを電車に置き忘れたかもしれません", IncidentType.LOST_OR_STOLEN),
    ("ひょっとして書類を落としたかもしれないです", IncidentType.LOST_OR_STOLEN),
]

# A supposition opened by もし, 仮に or ending in としたら still states nothing.
SUPPOSED = [
    "もし感染していたら補償される？",
    "もしランサムウェアだったらどうすればいい？",
    "仮に不正アクセスだとしたら、いくら出ますか？",
    "ウイルス感染だとしたら、電源は切るべき？",
]


@pytest.mark.parametrize(("text", "kind"), DOUBTED)
def test_an_adverb_of_doubt_hedges_the_incident_it_names(text: str, kind: IncidentType) -> None:
    reading = read_message(text)
    assert reading.incident_type is kind
    assert reading.intent is not Intent.HELP
    assert reading.unauthorized_access is None


@pytest.mark.parametrize("text", SUPPOSED)
def test_a_supposition_still_states_no_incident(text: str) -> None:
    assert read_message(text).incident_type is None
