"""A contractor telling us of an attack it suffered is a leak at the contractor
(tests/data/README.md rule 2: "an attack on a contractor's systems → vendor_leak (our access
unknown)"), not an attack on ours; a teller who only found an attack, an operator of ours, or
a report naming our systems keeps the attack ours. Sentences of our own."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

Row = tuple[list[str], str | None, str | None]


def _seen(messages: list[str]) -> tuple[object, object]:
    facts, _, _ = predict(messages)
    return facts["incident_type"], facts["unauthorized_access"]


# The teller suffered it (被害に遭った), or writes of its own systems (弊社) to us as a shop
# (貴店), or is a subcontractor (協力会社) whose machine 向こう names.
TOLD: list[Row] = [
    (
        ["委託先の発送代行会社から、サイバー攻撃の被害に遭ったと連絡がありました"],
        "vendor_leak",
        None,
    ),
    (
        [
            "協力会社の山田工務店さんから連絡がありました。向こうのパソコンがウイルスに感染したそうです"
        ],
        "vendor_leak",
        None,
    ),
    (
        [
            "予約システムの運営会社からメールが来ました\n"
            "> 弊社サーバーへの不正アクセスにより、貴店のお客様情報が流出した可能性があります"
        ],
        "vendor_leak",
        None,
    ),
]

# Ours named, a hosting or security operator telling, or a finding told: still ours.
OURS: list[Row] = [
    (
        ["保守を委託している業者から、当社サーバーが不正アクセスを受けたと連絡がありました"],
        "unauthorized_access",
        "found",
    ),
    (["ホスティング業者から、DDoS攻撃を受けていると連絡がありました"], "ddos", "found"),
    (
        ["VPN装置の保守業者から、脆弱性を突いた攻撃を受けていると連絡がありました"],
        "unauthorized_access",
        "found",
    ),
    (["委託先のSOCから、ランサムウェアの被害に遭ったと連絡がありました"], "malware", "found"),
    (
        ["委託先から、不正アクセスの痕跡が見つかったと報告がありました"],
        "unauthorized_access",
        "found",
    ),
    (
        ["業者から、御社のサイトが改ざんの被害を受けていると連絡がありました"],
        "unauthorized_access",
        "found",
    ),
]


@pytest.mark.parametrize(("messages", "kind", "access"), TOLD + OURS)
def test_contractor_told_attack(messages: list[str], kind: str | None, access: str | None) -> None:
    assert _seen(messages) == (kind, access)
