"""An attack told after a leak at a contractor is already held: the contractor's attack.

「発送代行の会社から連絡、向こうのサーバーがランサムウェアにやられた」→「うちの会員データも
暗号化されたサーバーに入ってた」: the second message's 暗号化 is the attack already placed at
the contractor, not one on our systems. Within one message the configured order puts
`vendor_leak` before every attack kind (tests/data/README.md rule 2: an attack on a
contractor's systems is `vendor_leak`, our access unknown); this keeps that across messages,
and keeps the access the attack word alone implied unknown, as `nlu.extract` does for one
message. A correction (「すみません、委託先ではなくうちのサーバーでした」) replaces it.
"""

from __future__ import annotations

from coverage import Access, IncidentType
from nlu.lexicon import lexicon
from nlu.reading import Reading


def attack_of_held_vendor(held: object, reading: Reading) -> bool:
    """Whether `reading` names an attack after a vendor leak is held (`held`, the stored
    type value), without taking the held type back."""
    return (
        held == IncidentType.VENDOR_LEAK.value
        and reading.incident_type in lexicon().attacks
        and not reading.retracts
    )


def access_of_held_vendor(held: object, reading: Reading) -> bool:
    """Whether the access `reading` finds is only the contractor's attack of
    `attack_of_held_vendor`: the attack word's own implication, not ours."""
    return attack_of_held_vendor(held, reading) and reading.unauthorized_access is Access.FOUND
