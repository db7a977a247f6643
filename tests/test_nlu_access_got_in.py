"""Someone got in from abroad or into a system named right before に (「海外から入られてた」
「DBに入られてたのは確定」) is an intrusion, read for doubts and denials as any attack word
is; got into premises or a site said honorifically is none."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

GOT_IN: list[tuple[list[str], str | None]] = [
    (["管理画面のログを見たら、海外から入られていました"], "found"),
    (["調べてもらったら、サーバーに入られていたことが確定しました"], "found"),
    (["調査の結果、社内ネットワークに入られた形跡はありませんでした"], "not_found"),
    (["ファイルサーバーに入られたかどうか、いま調べています"], None),
    # Near misses: a burglary, a visitor said honorifically.
    (["夜中に事務所に入られてパソコンが盗まれました"], None),
    (["会員の方がサイトに入られる際はパスワードが必要です"], None),
]


@pytest.mark.parametrize(("messages", "access"), GOT_IN)
def test_got_in_is_access(messages: list[str], access: str | None) -> None:
    facts, _, _ = predict(messages)
    assert facts["unauthorized_access"] == access
