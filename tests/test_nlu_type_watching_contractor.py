"""A contractor named as who watches our systems (「監視はMDRサービスに委託しています」) is an
outside watcher (tests/data/README.md rule 3), not where data leaked: the attack it found on
our systems is ours (rule 2). A leak said at the watcher (「委託先のSOC事業者から情報が流出」)
stays a vendor leak."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

Row = tuple[list[str], str | None]


WATCHERS: list[Row] = [
    (
        [
            "夜間の監視はSOCベンダーに委託しています。そこから連絡があり、",
            "調べたら、リモートデスクトップ経由で侵入されてファイルサーバーが見られていました",
        ],
        "unauthorized_access",
    ),
    (
        [
            "セキュリティ監視は外部の監視サービスに委託しています。うちの経理PCがランサムウェアに感染しました"
        ],
        "malware",
    ),
    # Near miss: the leak is at the contractor.
    (
        ["監視を委託している会社のサーバーが不正アクセスを受け、うちの顧客リストが流出しました"],
        "vendor_leak",
    ),
]


@pytest.mark.parametrize(("messages", "kind"), WATCHERS)
def test_a_contractor_that_watches_our_systems_is_no_vendor_leak(
    messages: list[str], kind: str | None
) -> None:
    assert predict(messages)[0]["incident_type"] == kind
