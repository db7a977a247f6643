"""An `other` circumstance only guessed (「持ち出して…使ってるんじゃないかと思う」「漏らしていた
疑いがある」) names no type (tests/data/README.md rule 1: a hedge leaves a fact unknown); said
plainly, or with a side remark about something else, it is `other` (rule 2: insider theft,
misconfiguration)."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

Row = tuple[list[str], str | None]


GUESSED: list[Row] = [
    (["退職した社員が顧客名簿を持ち出して、転職先で使っているんじゃないかと思います"], None),
    (["元職員が患者情報を持ち出して、業者に売っていた疑いがあります"], None),
    (["アルバイトが会員情報を外部に漏らしていた可能性があると聞きました"], None),
    # Said plainly, or the guess about another thing.
    (["退職した社員が顧客名簿を持ち出して、転職先で使っていました"], "other"),
    (["元社員が顧客リストを持ち出していたことが分かりました。ほかにもあるかもしれません"], "other"),
    (
        ["共有フォルダの設定を間違えて、全員から見える状態でした。外には出ていないと思います"],
        "other",
    ),
]


@pytest.mark.parametrize(("messages", "kind"), GUESSED)
def test_a_circumstance_only_guessed_names_no_type(messages: list[str], kind: str | None) -> None:
    assert predict(messages)[0]["incident_type"] == kind
