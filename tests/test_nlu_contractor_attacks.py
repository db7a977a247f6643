"""An attack on a contractor's own systems, the contractor named by the work we hand it
(「給与計算を委託してる会社」「発送を頼んでる業者」): a vendor leak, our access unknown
(tests/data/README.md rule 2); the spec's `found` needs our own systems."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

Row = tuple[list[str], str | None, str | None]


def _seen(messages: list[str]) -> tuple[object, object]:
    facts, _, _ = predict(messages)
    return facts["incident_type"], facts["unauthorized_access"]


ENTRUSTED_PARTY: list[Row] = [
    (["経理処理を委託してる会社がランサムウェアにやられたらしいです"], "vendor_leak", None),
    (["名簿の印刷を頼んでた業者のサーバーが不正アクセスを受けました"], "vendor_leak", None),
    (["データ入力を外注している会社のシステムがサイバー攻撃を受けた"], "vendor_leak", None),
    (["顧客データを預けていた事業者がウイルスに感染したと連絡がきた"], "vendor_leak", None),
    (
        [
            "DM発送を委託してた会社のサーバーが攻撃されたと連絡あり",
            "念のため自社も調べたけど、侵入の痕跡はありませんでした",
        ],
        "vendor_leak",
        "not_found",
    ),
    # Near misses: the company itself, a party that did no work for us, and one named as
    # the one who found the attack on ours.
    (["うちの会社がランサムウェアに感染しました"], "malware", "found"),
    (["経理を担当している社員のPCがウイルスに感染しました"], "malware", "found"),
    (["調査を依頼した会社が不正アクセスを確認しました"], "unauthorized_access", "found"),
    (
        ["委託してる会社に連絡したら、うちのサーバーが不正アクセスを受けていた"],
        "unauthorized_access",
        "found",
    ),
]


@pytest.mark.parametrize(("messages", "kind", "access"), ENTRUSTED_PARTY)
def test_entrusted_party(messages: list[str], kind: str | None, access: str | None) -> None:
    assert _seen(messages) == (kind, access)


# The owner set off by a comma, then when and from where (「…のサーバーが、9月28日に外部から
# 不正アクセスを受け」): still the contractor's, so our own later check decides our access.
OWNER_BEFORE_WHEN: list[Row] = [
    (
        [
            "会員管理を委託している会社のサーバーが、先月外部から不正アクセスを受けました。"
            "当社の端末を調べた結果、侵入の痕跡はありませんでした"
        ],
        "vendor_leak",
        "not_found",
    ),
    (
        ["発送を頼んでる業者のシステムが、10月3日に外部から攻撃を受けたとのことです"],
        "vendor_leak",
        None,
    ),
    # Near misses: our own server, with the same time and source; a contractor that only told.
    (["当社のサーバーが、昨日外部から不正アクセスを受けました"], "unauthorized_access", "found"),
    (
        ["委託先から連絡があり、当社のサーバーが、3日に外部から不正アクセスを受けていました"],
        "unauthorized_access",
        "found",
    ),
]


@pytest.mark.parametrize(("messages", "kind", "access"), OWNER_BEFORE_WHEN)
def test_owner_before_when(messages: list[str], kind: str | None, access: str | None) -> None:
    assert _seen(messages) == (kind, access)
