"""A ransom note's words quoted loosely on the screen in the polite form (「『ファイルは暗号化
されました』みたいな文章が出てて」) are the note itself, as 「暗号化された」 is: the infection
(malware, found; tests/data/README.md rule 2). Encryption said with no screen is not
the note."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

Row = tuple[list[str], str | None, str | None]


NOTES: list[Row] = [
    (["起動したら、ファイルは暗号化されましたみたいな文章が画面に出てた"], "malware", "found"),
    (["受付のPCの画面に、ファイルは暗号化されましたみたいな表示が出てます"], "malware", "found"),
    # No screen showing it.
    (["顧客データは暗号化されていますので、ご安心ください"], None, None),
]


@pytest.mark.parametrize(("messages", "kind", "access"), NOTES)
def test_a_polite_ransom_note_on_the_screen_is_the_infection(
    messages: list[str], kind: str | None, access: str | None
) -> None:
    facts = predict(messages)[0]
    assert (facts["incident_type"], facts["unauthorized_access"]) == (kind, access)
