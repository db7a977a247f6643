"""A ransom note named right after the attack word on a screen (「ランサムの脅迫画面が出てる」)
is the infection itself: malware, access found (tests/data/README.md rules 2, 4), where a
support scam's warning (「ウイルスに感染しました」という画面) still names no infection."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

Row = tuple[str, str | None, str | None]


SCREENS: list[Row] = [
    ("受付のパソコンにランサムの脅迫画面が出てるって連絡がありました", "malware", "found"),
    ("経理PCにランサムウェアの脅迫文が表示されています", "malware", "found"),
    # Near miss: a support scam's warning.
    ("総務のPCに「ウイルスに感染しました」という警告画面が出ました", None, None),
]


@pytest.mark.parametrize(("text", "kind", "access"), SCREENS)
def test_a_ransom_note_named_after_the_attack_word_is_the_infection(
    text: str, kind: str | None, access: str | None
) -> None:
    facts = predict([text])[0]
    assert (facts["incident_type"], facts["unauthorized_access"]) == (kind, access)
