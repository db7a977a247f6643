"""A negation of familiarity (「見たことのない広告」「見覚えのないファイル」) describes what was
seen, the very sign of an attack: it denies nothing said before it (tests/data/README.md rule
4). A plain denial still denies. Sentences of our own."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

TEXTS: list[tuple[str, str | None]] = [
    ("ECサイトが改ざんされて、見たことのない広告が表示されています", "found"),
    ("ファイルサーバーに侵入されて、見覚えのないファイルが大量に置かれていました", "found"),
    ("社長のメールが乗っ取られて、身に覚えのない送信履歴が残ってます", "found"),
    # Near misses: a denial is a denial, whatever strange thing is named beside it.
    ("見覚えのないファイルがありますが、調査の結果、侵入はありませんでした", "not_found"),
    ("調査の結果、サーバーへの侵入はなかったです", "not_found"),
]


@pytest.mark.parametrize(("text", "access"), TEXTS)
def test_an_unfamiliar_thing_seen_denies_nothing(text: str, access: str | None) -> None:
    facts, _, _ = predict([text])
    assert facts["unauthorized_access"] == access
