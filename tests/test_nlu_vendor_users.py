"""An attack on a provider's or contractor's systems named by how we use it, by what it
provides and its report to us, by 同社 after the company that reported it, or in a
contractor's letter that names its principal only as who entrusted the work: a vendor leak,
our access unknown (tests/data/README.md rule 2; the spec's `found` needs our own systems)."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

Row = tuple[str, str | None, str | None]


def _seen(text: str) -> tuple[object, object]:
    facts, _, _ = predict([text])
    return facts["incident_type"], facts["unauthorized_access"]


PROVIDERS: list[Row] = [
    (
        "当社の通販サイトが利用していた株式会社サンプルの決済サービスが不正アクセスを受け、"
        "お客様のカード情報が流出しました。",
        "vendor_leak",
        None,
    ),
    (
        "当院が導入しているＡ社のシステムがランサムウェアに感染し、患者情報が閲覧された"
        "可能性があります。",
        "vendor_leak",
        None,
    ),
    (
        "予約管理システムを提供する○○社がサイバー攻撃を受け、当社会員の情報が流出した。"
        "当社は3日、○○社から報告を受けた。",
        "vendor_leak",
        None,
    ),
    (
        "本日、ミナト社から、同社のサーバーが外部の第三者の不正アクセスを受けて改ざんされたと"
        "連絡がありました。",
        "vendor_leak",
        None,
    ),
    # Near misses: a system of ours we introduced, a provider that is itself the victim
    # and announces it, a partner (not a provider) telling of its own attack, and our own
    # server attacked by a third party.
    ("当社が導入している勤怠システムが不正アクセスを受けました。", "unauthorized_access", "found"),
    (
        "会計ソフトを提供するB社は5日、同社のサーバーが不正アクセスを受けたと発表した。",
        "unauthorized_access",
        "found",
    ),
    (
        "弊社のサーバーが第三者の不正アクセスを受けて改ざんされました。",
        "unauthorized_access",
        "found",
    ),
]


@pytest.mark.parametrize(("text", "kind", "access"), PROVIDERS)
def test_provider_systems(text: str, kind: str | None, access: str | None) -> None:
    assert _seen(text) == (kind, access)


LETTERS: list[Row] = [
    (
        "弊社が貴社から受託しております会員管理業務のサーバーが不正アクセスを受け、"
        "会員情報が外部に流出しました。",
        "vendor_leak",
        None,
    ),
    (
        "弊社が御社より受託している発送業務で使用するパソコンがランサムウェアに感染しました。",
        "vendor_leak",
        None,
    ),
    # Near miss: the letter names the principal's own systems as the attacked ones.
    (
        "弊社が貴社から受託しております保守業務において、貴社のサーバーへの不正アクセスを"
        "確認しました。",
        "unauthorized_access",
        "found",
    ),
]


@pytest.mark.parametrize(("text", "kind", "access"), LETTERS)
def test_contractor_letters(text: str, kind: str | None, access: str | None) -> None:
    assert _seen(text) == (kind, access)
