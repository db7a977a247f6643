"""A check's outcome quoted as the report put it (「有無を調べてもらい、結果「なし」でした」) is the
investigation's conclusion (tests/data/README.md rule 4), as the bare outcome is; a doubt after the
quote still leaves access open. Sentences of our own."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

CASES: list[tuple[str, str | None]] = [
    ("侵入の有無はベンダーに見てもらい、結果「なし」でした", "not_found"),
    ("不正アクセスの有無を調べてもらった結果『なし』とのことです", "not_found"),
    ("感染の有無を業者に確認してもらったら「あり」でした", "found"),
    # Near miss: the quoted outcome doubted.
    ("侵入の有無を調べてもらった結果「なし」かどうか、まだ聞いていません", None),
]


@pytest.mark.parametrize(("text", "access"), CASES)
def test_a_quoted_outcome_answers_the_check(text: str, access: str | None) -> None:
    facts, _, _ = predict([text])
    assert facts["unauthorized_access"] == access
