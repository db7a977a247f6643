"""A total said bare or as what leaked, then a part of it with its data word (「8,000件、うち
カード情報付きが1,100件」), counts what the part does: the victims are the total, the part
is among them (tests/data/README.md rule 7; a 内数 is not another group).

Our own sentences; a blind set read 「8,000件、うちカード情報付きが1,100件」 as 1,100.
"""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

CASES: list[tuple[list[str], int | None]] = [
    (["不正アクセスの件数が確定しました。6,500件、うち会員情報付きが700件です"], 6500),
    (["漏れたのは4,000件、うちカード番号付きが900件でした"], 4000),
    (["件数は3,000件、うち顧客情報は500件でした"], 3000),
    # Near misses: a total of another thing keeps only the part; a part with no data word
    # makes nothing of the total.
    (["ログが12万件、うち会員情報が2,000件含まれていた"], 2000),
    (["ログイン試行は10万件、うち成功したのは会員情報120件でした"], 120),
    (["問い合わせが50件、うち10件は解決済みです"], None),
]


@pytest.mark.parametrize(("messages", "individuals"), CASES)
def test_a_bare_total_counts_what_its_part_does(
    messages: list[str], individuals: int | None
) -> None:
    facts, _, _ = predict(messages)
    assert facts.get("individuals") == individuals
