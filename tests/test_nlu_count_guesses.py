"""A count said as the writer's guess (「たぶん1500人ぐらいだと思います」「300件くらいやと思う」):
the number itself is guessed, so it is no count of victims (labelling rule 1). A guess on the
exposure (「30名分が写ってたと思います」) leaves the number said, and a count said firmly
after the guess (「…やと思う、いや180人分やわ」) is the count."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

GUESSED = [
    "顧客名簿のデータが入ってて、たぶん1500人ぐらいだと思います。",
    "会員情報が入ってました。300件くらいやと思う",
    "患者さんの情報は50人分くらいと思います。",
    "お客様の連絡先が漏れたみたいで、400人くらいって思うんですけど",
]

FIRM = [
    ("顧客リストが流出しました。1500人分です。", 1500),
    ("生徒名簿20名分が写っていたと思います。", 20),
    ("作業員名簿入ってた。180人分くらいやと思う、いや180人分やわ、台帳で数えた", 180),
    ("顧客情報2,000件が流出したと思います。", 2000),
]


@pytest.mark.parametrize("message", GUESSED)
def test_a_guessed_number_is_no_count(message: str) -> None:
    facts, _, _ = predict([message])
    assert facts["individuals"] is None


@pytest.mark.parametrize(("message", "count"), FIRM)
def test_a_number_said_firmly_is_counted(message: str, count: int) -> None:
    facts, _, _ = predict([message])
    assert facts["individuals"] == count
