"""An attack on a contractor's or a provider's systems is a vendor leak, our access unknown
(tests/data/README.md rule 2), however the systems are named: 向こう or 同社 after a party given
our work (「発送を頼んでる会社から連絡。向こうのサーバーが」), or 「…において」 after a service
we use outside (「利用している外部サービスにおいて」「利用している A事業者のクラウドにおいて」).
Our own systems named so stay ours."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

Row = tuple[str, str | None, str | None]


OWNERS: list[Row] = [
    (
        "会報の印刷を頼んでいる会社から電話。向こうのサーバーがランサムウェアに感染して、"
        "会員名簿が漏れたそうです",
        "vendor_leak",
        None,
    ),
    (
        "給与計算を委託している株式会社ミドリ計算センターより、同社のシステムが不正アクセスを"
        "受けたとの連絡がありました。",
        "vendor_leak",
        None,
    ),
    (
        "当社が会員管理に利用している外部サービスにおいて不正アクセスが発生したと、"
        "提供会社から報告を受けました。",
        "vendor_leak",
        None,
    ),
    (
        "当社が採用している外部事業者のクラウドサービスにおいて、第三者による不正アクセスが"
        "発生しました。",
        "vendor_leak",
        None,
    ),
    # Near misses: our own systems, named the same ways.
    ("当社のサーバーにおいて不正アクセスが発生しました。", "unauthorized_access", "found"),
    (
        "当社が導入しているシステムにおいて不正アクセスが発生しました。",
        "unauthorized_access",
        "found",
    ),
    (
        "取引先から電話がありました。うちのサーバーがランサムウェアに感染していました。",
        "malware",
        "found",
    ),
]


@pytest.mark.parametrize(("text", "kind", "access"), OWNERS)
def test_an_attack_on_a_contractors_systems_is_a_vendor_leak(
    text: str, kind: str | None, access: str | None
) -> None:
    facts = predict([text])[0]
    assert (facts["incident_type"], facts["unauthorized_access"]) == (kind, access)
