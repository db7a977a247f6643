"""Not confirmed, said with the copula (「確定ではないです」「まだ確定ではありません」), is no
denial (tests/data/README.md rule 4): access stays unknown, in a quoted answer as in the text,
even after いいえ. A confirmation, or a plain denial, still settles it. Sentences of our own."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

_DOUBT = "サーバーがランサムウェアに感染したかもしれません"
_ASKED = "&gt; 感染は確定していますか？\n"

ANSWERS: list[tuple[str, str | None]] = [
    ("確定ではないです、いまベンダーが調査中", None),
    ("いいえ、確定ではないです", None),
    ("まだ確定ではありません", None),
    # Near misses: confirmed, or denied.
    ("はい、確定です", "found"),
]

TEXTS: list[tuple[list[str], str | None]] = [
    (["サーバーに不審な通信がありました", "感染はまだ確定ではありません"], None),
    (["サーバーに不審な通信がありました", "調査の結果、感染は確定しました"], "found"),
    ([_DOUBT, "&gt; 不正アクセスはありましたか？\nいいえ、ありませんでした"], "not_found"),
]


@pytest.mark.parametrize(("answer", "access"), ANSWERS)
def test_a_quoted_not_confirmed_leaves_access_open(answer: str, access: str | None) -> None:
    facts, _, _ = predict([_DOUBT, _ASKED + answer])
    assert facts["unauthorized_access"] == access


@pytest.mark.parametrize(("messages", "access"), TEXTS)
def test_not_confirmed_in_the_text_leaves_access_open(
    messages: list[str], access: str | None
) -> None:
    facts, _, _ = predict(messages)
    assert facts["unauthorized_access"] == access
