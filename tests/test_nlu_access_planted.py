"""Malicious code said to be planted on our pages (「決済ページに変なスクリプトが仕込まれてた」)
is someone writing to our systems: access found, doubted or denied as any attack word is; a
tag of our own, or code not called malicious, is none."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

PLANTED: list[tuple[list[str], str | None]] = [
    (["業者に見てもらったら、注文フォームに変なスクリプトが仕込まれてました"], "found"),
    (["お問い合わせページに不審なコード埋め込まれてたのを確認しました"], "found"),
    (["調査の結果、不正なプログラムが埋め込まれた形跡はありませんでした"], "not_found"),
    (["決済画面に不正なスクリプトが仕込まれていないか調べてもらっています"], None),
    # Near misses: our own tag, code not called malicious, planted by us.
    (["全ページに計測用のスクリプトが埋め込まれています"], None),
    (["トップページにプログラムが埋め込まれていました"], None),
    (["キャンペーンページに広告のタグを仕込んだ"], None),
]


@pytest.mark.parametrize(("messages", "access"), PLANTED)
def test_planted_code_is_access(messages: list[str], access: str | None) -> None:
    facts, _, _ = predict(messages)
    assert facts["unauthorized_access"] == access
