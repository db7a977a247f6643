"""An outside party's own account or machine as the attack's object (「取引先のメールアカウントを
乗っ取って」「取引先のサーバーを攻撃されて」) is an attack on theirs, not ours: access stays
unknown (tests/data/README.md rule 4). Our own account, or their data on our machine, is ours.
Sentences of our own."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

TEXTS: list[tuple[str, str | None]] = [
    ("攻撃者が取引先のメールアカウントを乗っ取って、偽の請求書を送ってきました", None),
    ("取引先のサーバーを攻撃されて、発注データも見られたかもと連絡がありました", None),
    # Near misses: our own account, or their files on our server.
    ("当社のメールアカウントを乗っ取られ、取引先に不審なメールが送られました", "found"),
    ("取引先の図面データを暗号化されました。ランサムウェアです", "found"),
    ("社長のアカウントを乗っ取られました", "found"),
]


@pytest.mark.parametrize(("text", "access"), TEXTS)
def test_an_attack_on_a_partners_account_is_theirs(text: str, access: str | None) -> None:
    facts, _, _ = predict([text])
    assert facts["unauthorized_access"] == access
