"""A ransom note named right after the attack word on a screen (「ランサムの脅迫画面が出てる」)
is the infection itself: malware, access found (tests/data/README.md rules 2, 4), where a
support scam's warning (「ウイルスに感染しました」という画面) names no infection: a possible
attack, `suspected`, access unknown."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

Row = tuple[str, str | None, str | None]


SCREENS: list[Row] = [
    ("受付のパソコンにランサムの脅迫画面が出てるって連絡がありました", "malware", "found"),
    ("経理PCにランサムウェアの脅迫文が表示されています", "malware", "found"),
    # Near miss: a support scam's warning.
    ("総務のPCに「ウイルスに感染しました」という警告画面が出ました", "suspected", None),
]


@pytest.mark.parametrize(("text", "kind", "access"), SCREENS)
def test_a_ransom_note_named_after_the_attack_word_is_the_infection(
    text: str, kind: str | None, access: str | None
) -> None:
    facts = predict([text])[0]
    assert (facts["incident_type"], facts["unauthorized_access"]) == (kind, access)


# A support scam's screen alone, however quoted, is a possible attack on the machine it came
# up on (rule 2's `suspected`), access unknown; what follows it settles the type, and a screen
# readers are warned of is no incident.
SCAM_ONLY: list[Row] = [
    (
        "店のレジ横のパソコンに「ウイルスが検出されました、至急お電話ください」と出て、ずっと音が鳴ってます",
        "suspected",
        None,
    ),
    ("事務所のPCに「トロイの木馬に感染しています」という画面が出て消えません", "suspected", None),
    # Near misses: the remote control after it, an infection confirmed, a warning to readers.
    (
        "「ウイルスに感染しました」という画面が出て、電話したら遠隔操作ソフトを入れさせられ、"
        "勝手に操作されました",
        "unauthorized_access",
        "found",
    ),
    (
        "「ウイルスに感染しました」って画面が出たので業者に見てもらったら、本当にウイルスに"
        "感染していました",
        "malware",
        "found",
    ),
    ("「ウイルスに感染しました」という偽の警告画面にご注意ください", None, None),
]


@pytest.mark.parametrize(("text", "kind", "access"), SCAM_ONLY)
def test_a_support_scams_screen_alone_is_a_possible_attack(
    text: str, kind: str | None, access: str | None
) -> None:
    facts = predict([text])[0]
    assert (facts["incident_type"], facts["unauthorized_access"]) == (kind, access)
