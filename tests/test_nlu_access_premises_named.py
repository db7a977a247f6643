"""A clinic or a school naming itself as the premises broken into (「当院に何者かが侵入し」
「本校に何者かが侵入して」) is a burglary: no attack on our systems, access stays unknown
(tests/data/README.md rule 4); the same body's systems got into is an intrusion.
Sentences of our own."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

TEXTS: list[tuple[str, str | None]] = [
    ("昨夜、当院に何者かが侵入し、受付のパソコンが盗まれました", None),
    ("週末に本校に何者かが侵入して、職員室のノートパソコンが盗まれました", None),
    ("休診日にクリニックに何者かが侵入し、タブレットがなくなっていました", None),
    # Near misses: its systems, not its rooms.
    ("当院の電子カルテシステムに何者かが侵入し、患者情報が閲覧されました", "found"),
    ("本校のサーバーに外部から侵入されました", "found"),
]


@pytest.mark.parametrize(("text", "access"), TEXTS)
def test_premises_broken_into_are_no_intrusion(text: str, access: str | None) -> None:
    facts, _, _ = predict([text])
    assert facts["unauthorized_access"] == access
