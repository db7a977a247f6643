"""A share left open to anyone (「共有リンクが『リンクを知っている全員』になってた」「S3の
bucketがpublicになってた」) is data open to view by misconfiguration, `other`; a setting not
left open, a share never named, or a site launched names no incident."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

SHARES: list[tuple[list[str], str | None]] = [
    (
        ["Googleドライブの共有リンクが「リンクを知っている全員」になってた", "中身は名簿です"],
        "other",
    ),
    (["OneDriveのフォルダがpublicのままだった。顧客の見積書が入ってた"], "other"),
    (["うちのS3のbucketがpublic-readになってました"], "other"),
    (["スプレッドシートが「リンクを知っている人全員が閲覧可」になってた"], "other"),
    (["社内のリポジトリがパブリックのままでした"], "other"),
    # Not left open, or not a share.
    (["共有フォルダは公開になっていないことを確認しました"], None),
    (["新しいサイトが公開になりました"], None),
    (["共有リンクを全員に送りました"], None),
    (["フォルダを公開のままにしないよう注意してください"], None),
]


@pytest.mark.parametrize(("messages", "kind"), SHARES)
def test_a_share_left_open_is_other(messages: list[str], kind: str | None) -> None:
    facts, _, _ = predict(messages)
    assert facts["incident_type"] == kind
