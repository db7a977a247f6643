"""A monitor's alert pasted in English hedges its finding with an adjective before the attack
(「Possible ransomware behavior」) or a word after it (「beacon (suspected)」): the incident is
`suspected` and access unknown (tests/data/README.md rules 1, 2), as 「ランサムウェアの可能性」
is. Said plainly (「Ransomware detected」) it stays the attack."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

Row = tuple[str, str | None, str | None]


ALERTS: list[Row] = [
    (
        "監視サービスから通知です\n[HIGH] Host: web02\nEvent: Potential ransomware activity",
        "suspected",
        None,
    ),
    ("SOCのアラート: Emotet infection (suspected) on PC-113", "suspected", None),
    ("EDRの通知です。Possible malware detected on 経理PC", "suspected", None),
    # Near miss: said plainly.
    ("EDRの通知です。Ransomware detected、経理PCが暗号化されました", "malware", "found"),
]


@pytest.mark.parametrize(("text", "kind", "access"), ALERTS)
def test_an_english_alerts_hedge_leaves_the_attack_suspected(
    text: str, kind: str | None, access: str | None
) -> None:
    facts = predict([text])[0]
    assert (facts["incident_type"], facts["unauthorized_access"]) == (kind, access)
