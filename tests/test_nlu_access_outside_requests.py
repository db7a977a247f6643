"""An outsider's requests to a storage, in the IT register (「外部からのGETは無しで確定」), are an
access from outside as アクセス is: denied after the logs were checked, access not found; still
being checked, unknown."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

REQUESTS: list[tuple[list[str], str | None]] = [
    (
        [
            "S3のbucketがpublicになってた。中身は顧客リスト",
            "ただの設定ミス。CloudTrailとアクセスログ全部見たけど外部からのGETは無しで確定",
        ],
        "not_found",
    ),
    (
        [
            "バケットが公開設定になってた。アクセスログを確認したところ、外部からのダウンロードはありませんでした"
        ],
        "not_found",
    ),
    (["バケットが公開設定になってた。外部からのGETがあったかはまだ確認中"], None),
    (["ログ見た限りでは外部からダウンロードされた形跡はなし"], None),
]


@pytest.mark.parametrize(("messages", "access"), REQUESTS)
def test_requests_from_outside_are_access(messages: list[str], access: str | None) -> None:
    facts, _, _ = predict(messages)
    assert facts["unauthorized_access"] == access
