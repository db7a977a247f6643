"""Unauthorized access given as a key's value set off by a space at the end of its line
(「結果：不正アクセス 無」「侵入：調査の結果 無し」), as shorthand reports and bullet lists write
it: the value decides, as after a colon. Sentences of our own, asserting what the user sees."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

Row = tuple[list[str], str | None]


def _access(messages: list[str]) -> object:
    facts, _, _ = predict(messages)
    return facts["unauthorized_access"]


SPACED_VALUE: list[Row] = [
    (["・事象：不審な通信のアラート\n・侵入：ログ調査の結果 無し\n・公表：しない"], "not_found"),
    (["IDSアラート→ベンダーに有無の調査依頼→結果：侵入 無"], "not_found"),
    (["調査結果：不正ログイン なし"], "not_found"),
    (["・侵入：フォレンジックの結果 有"], "found"),
    # A denial with more said after it on its line, or doubted, is no bare value.
    (["侵入 無しとは言い切れない"], None),
    (["・不正アクセス 調査中"], None),
    # 未 is not yet (known), never a denial, whether set off by a space or a colon; 無 denies.
    (["・外部通報 有\n・不正アクセス 未\n・公表 未"], None),
    (["不正アクセス：未"], None),
    (["確認状況\n侵入 未\n感染 未"], None),
    (["・不正アクセス 無\n・公表 未"], "not_found"),
    (["侵入：無"], "not_found"),
]


@pytest.mark.parametrize(("messages", "access"), SPACED_VALUE)
def test_value_set_off_by_a_space(messages: list[str], access: str | None) -> None:
    assert _access(messages) == access
