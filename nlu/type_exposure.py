"""Data left open to view: by which medium it is a visual leak or `other`, and where it stands
in the configured order of incident types (`nlu.incident_type`).
"""

from __future__ import annotations

from coverage import IncidentType
from nlu.doc import Doc
from nlu.lexicon import Lexicon
from nlu.polarity import Polarity


def exposure_kind(doc: Doc, start: int, online: bool, lex: Lexicon) -> IncidentType:
    """Papers or a counter seen by whoever passed (「資料は誰でも見られる状態」「窓口で文書を
    誤って公開」) are a visual leak; data open on a site or a cloud share, a setting's error
    (「共有設定ミスで閲覧できる状態」), is `other`, as are exposures of no known medium."""
    lo, hi = doc.sentence_span(start)
    if not online and lex.physical_media.contains(doc, lo, hi):
        return IncidentType.VISUAL_LEAK
    return IncidentType.OTHER


def in_order(
    present: dict[IncidentType, list[Polarity]],
    exposed: dict[IncidentType, list[Polarity]],
    lex: Lexicon,
) -> list[tuple[IncidentType, list[Polarity]]]:
    """Each type with its cues' states, in the configured order. An exposure is the least
    specific circumstance: read where `other` is, after every type named by its own words
    (「タブレットを忘れた。カルテが見れる状態」 is a loss)."""
    ordered: list[tuple[IncidentType, list[Polarity]]] = []
    for kind in lex.incident_order:
        if kind is IncidentType.OTHER:
            ordered.append((IncidentType.VISUAL_LEAK, exposed.get(IncidentType.VISUAL_LEAK, [])))
            ordered.append((kind, present.get(kind, []) + exposed.get(kind, [])))
        else:
            ordered.append((kind, present.get(kind, [])))
    return ordered
