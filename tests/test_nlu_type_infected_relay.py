"""A machine of ours said infected and then used as a DDoS relay is a malware incident
(`nlu.type_relayed`); a relay with no infection named, or a DDoS received, stays ddos."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

Row = tuple[list[str], str | None, str | None]


def _seen(messages: list[str]) -> tuple[object, object]:
    facts, _, _ = predict(messages)
    return facts["incident_type"], facts["unauthorized_access"]


RELAYS: list[Row] = [
    (
        [
            "当社のファイルサーバーがウイルスに感染しており、海外のサイトへのDDoS攻撃の踏み台にされていたことが分かりました。"
        ],
        "malware",
        "found",
    ),
    (
        ["事務所の複合機がマルウェアに感染して、他社へのDDoSの踏み台に使われてました"],
        "malware",
        "found",
    ),
]

NEAR_MISSES: list[Row] = [
    (["倉庫の監視カメラが感染して、外部へのDDoS攻撃の踏み台にされていました"], "ddos", "found"),
    (["社内のPCが乗っ取られてDDoSの踏み台にされてました"], "ddos", "found"),
    (
        ["DDoS攻撃を受けてサイトが止まりました。また、別の端末でウイルス感染も確認しました。"],
        "ddos",
        "found",
    ),
]


@pytest.mark.parametrize(("messages", "kind", "access"), RELAYS + NEAR_MISSES)
def test_infected_relay_is_malware(messages: list[str], kind: str, access: str) -> None:
    """An infection named in the relay's sentence wins over the DDoS it was used for."""
    assert _seen(messages) == (kind, access)
