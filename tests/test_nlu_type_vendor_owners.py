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


# The party given our work in other words: お願いしている (御 + 願う + する), or a trade named
# with 屋 (印刷屋さん, 運送屋); the one who only checked our machines (「保守業者が調べた結果」)
# is no contractor attacked.
ASKED_PARTIES: list[Row] = [
    (
        "名簿の封入をお願いしてる封筒屋さんから連絡があって、向こうのサーバーがランサムに"
        "やられたそうです",
        "vendor_leak",
        None,
    ),
    (
        "請求書の発送をお願いしている運送会社から電話。向こうのシステムがウイルスに感染して"
        "宛先リストが抜かれたかもとのこと",
        "vendor_leak",
        None,
    ),
    (
        "チラシを頼んでる印刷屋から連絡。先方のパソコンが不正アクセスを受けたらしいです",
        "vendor_leak",
        None,
    ),
    (
        "サーバーの保守をお願いしている業者さんが調べたところ、うちの事務PCがEmotetに感染して"
        "いました",
        "malware",
        "found",
    ),
    # Near misses: our own systems, after the same parties are named.
    (
        "名簿の封入をお願いしてる封筒屋さんから連絡があって、うちのサーバーがランサムにやられて"
        "いるそうです",
        "malware",
        "found",
    ),
    (
        "お願いしていた件ですが、うちのサーバーが不正アクセスを受けていました",
        "unauthorized_access",
        "found",
    ),
]


@pytest.mark.parametrize(("text", "kind", "access"), ASKED_PARTIES)
def test_a_party_asked_politely_or_named_by_its_trade_is_a_contractor(
    text: str, kind: str | None, access: str | None
) -> None:
    facts = predict([text])[0]
    assert (facts["incident_type"], facts["unauthorized_access"]) == (kind, access)
