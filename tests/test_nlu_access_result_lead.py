"""A denial right after a sentence saying a result came in (「解析結果が届きました。侵入の痕跡は
なし」) is that result: an investigation's conclusion (tests/data/README.md rule 4), kept
whatever kind of incident the message then names; a result still awaited leads nothing."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

Row = tuple[list[str], str | None]


def _access(messages: list[str]) -> object:
    facts, _, _ = predict(messages)
    return facts["unauthorized_access"]


LEADS: list[Row] = [
    (
        [
            "NASから夜中に大量の通信があって、乗っ取られたかもしれません",
            "業者の解析結果が届きました。外部からの侵入はなし。ファームウェア更新の不具合でした",
        ],
        "not_found",
    ),
    (
        ["報告書が上がってきました。不正アクセスの形跡はゼロ、社員の操作ミスが原因です"],
        "not_found",
    ),
    # A result awaited, or no result named before: the denial only says what kind it was.
    (
        ["解析結果はまだ出ていません。不正アクセスはないです、設定ミスだと思います"],
        None,
    ),
    (["メールの誤送信でした。不正アクセスではないです"], None),
]


@pytest.mark.parametrize(("messages", "access"), LEADS)
def test_a_denial_after_a_result_came_in_is_a_conclusion(
    messages: list[str], access: str | None
) -> None:
    assert _access(messages) == access
