"""Which coverage key a cost mention is, once the conversation knows the incident."""

from __future__ import annotations

from coverage import CostKey, IncidentType
from nlu.lexicon import GENERIC_INVESTIGATION

_NOT_CYBER = frozenset(
    {
        IncidentType.LOST_OR_STOLEN,
        IncidentType.VISUAL_LEAK,
        IncidentType.MISDELIVERY,
        IncidentType.VENDOR_LEAK,
        IncidentType.MEDIA,
        IncidentType.OTHER,
    }
)


def resolve_cost_key(key: str, access: object, incident_type: object) -> CostKey:
    """Map a mention's key to a coverage key, resolving a plain 調査.

    In a cyber incident a plain 調査 is the check for access (① 不正アクセス等対応費用),
    as in the pamphlet's examples; in other incidents it is ② 原因・被害範囲調査費用. Both
    share the ①〜④ limit, so the choice changes the clause shown, never the figure.
    """
    if key != GENERIC_INVESTIGATION:
        return CostKey(key)
    if incident_type in _NOT_CYBER and access is None:
        return CostKey.INVESTIGATION
    return CostKey.ACCESS_RESPONSE
