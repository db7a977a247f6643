"""Pages nobody of ours made, found on our site (「見覚えのないページが設置されてました」): an
intruder wrote to it, so the incident is an unauthorized access, found (tests/data/README.md
rule 2: defacement is `unauthorized_access`). Doubted or checked for, it stays a suspicion."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

Row = tuple[list[str], str | None, str | None]
FOUND = ("unauthorized_access", "found")


PLANTED: list[Row] = [
    (["会社のホームページに見覚えのないページが設置されていました"], *FOUND),
    (["自社サイトに身に覚えのないページが置かれてて、業者に削除してもらいました"], *FOUND),
    (["ECサイトに不正なページが設置されていたことが判明しました"], *FOUND),
    # Doubted, or checked for: a suspicion, access unknown.
    (["ホームページに見覚えのないページが置かれていたかもしれません"], "suspected", None),
    (["念のため、見覚えのないページが設置されていないか確認してもらっています"], "suspected", None),
]


@pytest.mark.parametrize(("messages", "kind", "access"), PLANTED)
def test_pages_planted_on_our_site_are_an_intrusion(
    messages: list[str], kind: str | None, access: str | None
) -> None:
    facts = predict(messages)[0]
    assert (facts["incident_type"], facts["unauthorized_access"]) == (kind, access)
