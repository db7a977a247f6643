"""A means of getting in used by someone else (「接続情報が第三者により不正に利用された」) is
access, affirmed or denied as any attack word is; a card's or data's misuse is none.
Unauthorized viewing counts only denied after the logs were checked (rule 4)."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

Row = tuple[list[str], str | None]

MISUSED_MEANS: list[Row] = [
    (["ログを調べた結果、管理者のIDが外部から不正に利用された形跡はありませんでした"], "not_found"),
    (
        ["VPNのアカウントが第三者に不正に利用され、社内のファイルサーバーに接続されていました"],
        "found",
    ),
    (["漏れたパスワードが悪用された形跡は認められませんでした。ログも確認済みです"], "not_found"),
    # Near misses: data or a card misused, another party's account, a doubt.
    (["カード情報が不正に利用された形跡は認められませんでした"], None),
    (["取引先のメールアカウントが第三者に不正利用されていました"], None),
    (["調べた結果、取引先の側で、アカウントが不正に使用されていたとのことです"], None),
    (["アカウントが不正利用された可能性があります"], None),
]

VIEWING_DENIED: list[Row] = [
    (["アクセスログを確認したところ、外部からの不正な閲覧はありませんでした"], "not_found"),
    # Near misses: an insider's look at data, a lost stick with no log, a check under way.
    (["職員が顧客情報を不正に閲覧していたことが判明しました"], None),
    (["紛失したUSBの中身が不正に閲覧された形跡はありません"], None),
    (["アクセス履歴を調べていますが、不正な閲覧があったかはまだ分かりません"], None),
]


@pytest.mark.parametrize(("messages", "access"), MISUSED_MEANS)
def test_misused_means_is_access(messages: list[str], access: str | None) -> None:
    facts, _, _ = predict(messages)
    assert facts["unauthorized_access"] == access


@pytest.mark.parametrize(("messages", "access"), VIEWING_DENIED)
def test_viewing_denied_after_logs(messages: list[str], access: str | None) -> None:
    facts, _, _ = predict(messages)
    assert facts["unauthorized_access"] == access
