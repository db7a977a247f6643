"""Persons who claim are some of the victims, not their number, however they are named
(「会員3名から請求」「3名のお客様から請求」); one person said to be exposed, or named back, who
complains (「読み上げられた住民1名の方から苦情」「そのお客さん1名から慰謝料」) is the victim.

Our own sentences; a blind set read 「そのうち3名のお客様から損害賠償請求」 after 500 victims as 3.
"""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

CASES: list[tuple[list[str], int | None]] = [
    (["顧客情報1,200件が流出しました", "そのうち2名のお客様から損害賠償請求が届いています"], 1200),
    (["会員800名の住所が漏れていました", "5名の会員様から苦情のお電話がありました"], 800),
    (["4名の利用者の方から慰謝料を請求されています"], None),
    (["会員3名から損害賠償請求がありました"], None),
    # Those who told us are no count either (「顧問先様1名からご連絡」).
    (["2名のお客様から、他人の名前が見えるとご連絡がありました"], None),
    (["取引先の担当者1名から、書類が届いていないと問い合わせがありました"], None),
    # The one person exposed, who complains, is the victim.
    (
        ["窓口で住民の方の税額を読み上げてしまい", "読み上げられた住民1名の方から苦情がありました"],
        1,
    ),
    (["誤って見られた患者1名の方ご本人から抗議を受けました"], 1),
    (["スタッフがSNSにお客様の写真を載せてしまい、そのお客様1名から慰謝料30万と言われています"], 1),
    # … unless a larger count is said beside it: then the one is only one of them.
    (["顧客情報2,000件が流出しました。流出した顧客1名から損害賠償請求がありました"], 2000),
    # Near misses: persons named after the count who are not claimants, and a claimant
    # who is only one of them.
    (["3名のお客様の氏名が流出しました"], 3),
    (["5名の会員の方にお詫び状を送りました。氏名と住所が漏えいしました"], 5),
    (["お客様の一人から請求が来ています"], None),
    (["そのうち1名から損害賠償請求がありました"], None),
    # A price per person is still one (「1人5万円」), a claim from one is not a price.
    (["お詫びとして1名5万円をお支払いします"], None),
]


@pytest.mark.parametrize(("messages", "individuals"), CASES)
def test_claimants_are_no_victim_count(messages: list[str], individuals: int | None) -> None:
    facts, _, _ = predict(messages)
    assert facts.get("individuals") == individuals


# Part-timers (バイト, as アルバイト) are our own people: their count is no victims'.
STAFF: list[tuple[list[str], int | None]] = [
    (
        [
            "バイトの子が予約表の写真をSNSに上げてました…3名分の名前が見えてます",
            "バイトは2人とも休み",
        ],
        3,
    ),
    (["バイト3人で封入作業をしていて、顧客120名分の請求書を誤封入しました"], 120),
    # Near miss: the customers named, not the staff.
    (["お客さん2人の名前が見えてました"], 2),
]


@pytest.mark.parametrize(("messages", "individuals"), STAFF)
def test_part_timers_are_our_staff(messages: list[str], individuals: int | None) -> None:
    facts, _, _ = predict(messages)
    assert facts.get("individuals") == individuals


# Typed on without a stop, a count after a finished verb starts a statement of its own: it is
# not the number of those who told us (「…ご報告がありました千二百名分です」).
RUN_ON: list[tuple[list[str], int | None]] = [
    (
        [
            "印刷業者さんがランサムウェアにやられて名簿が入っていたと業者さんから報告がありました300名分です"
        ],
        300,
    ),
    # Near miss: the count is of those who told us.
    (["取引先からの指摘は計4社です"], None),
]


@pytest.mark.parametrize(("messages", "individuals"), RUN_ON)
def test_a_count_after_a_finished_statement(messages: list[str], individuals: int | None) -> None:
    facts, _, _ = predict(messages)
    assert facts.get("individuals") == individuals
