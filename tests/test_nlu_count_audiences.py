"""Counts of persons that are no victims because of what they count: a social account's
audience (「フォロワーは1万人くらいいます」「フォロワーの皆様（約800名）には」) and a rate per
period (「来館者は1日平均約300人」「年間1万人が利用」). Records about them (「フォロワー2000人分の
リスト」) and a count after a date (「12月1日に約600人分の顧客情報が流出」) stay counts."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

NO_VICTIMS = [
    [
        "店のインスタが乗っ取られました",
        "フォロワー3000人くらいいるんだけど、みんなにDM送られてたらどうしよう",
    ],
    [
        "常連のお客さんから教えてもらいました。フォロワー1,500人ほどいるので、全員に変なDMが届いたかも"
    ],
    ["電子カルテが暗号化され、患者情報の流出は調査中。同院の外来患者は1日平均約900人。"],
    ["公式Xに不正ログインされました。フォロワーは約1万2千人です。"],
    ["フォロワーの皆様（約800名）には、不審なリンクを開かないようお願いいたします。"],
    ["図書館の予約システムが停止しました。来館者は1日平均約300人です。"],
    ["会員サイトがDDoSで落ちました。1日あたり約2,000人が使うサイトです。"],
    ["ランサムウェアで受付が止まりました。外来患者は毎日約500人です。"],
]

VICTIMS = [
    (["フォロワー2000人分のリストが流出しました。"], 2000),
    (["12月1日に約600人分の顧客情報が流出しました。"], 600),
    (["11月1日、顧客約600人の情報が流出しました。"], 600),
    (["顧客600人の情報が流出しました。1日あたり約2,000人が利用するサイトです。"], 600),
]


@pytest.mark.parametrize("messages", NO_VICTIMS)
def test_an_audience_or_a_rate_is_no_count_of_victims(messages: list[str]) -> None:
    facts, _, _ = predict(messages)
    assert facts["individuals"] is None


@pytest.mark.parametrize(("messages", "count"), VICTIMS)
def test_records_and_dated_counts_stay(messages: list[str], count: int) -> None:
    facts, _, _ = predict(messages)
    assert facts["individuals"] == count
