"""The insurer's consent said as its own words (class: consent passed on or signed).

「代理店さんから「保険会社OKです」と連絡がありました」「保険会社から進めてOKと言われました」
pass the insurer's answer on, and 「費用の支出に同意いたします。日新火災 損害サービス課」 is its
letter: consent (labelling rule 6), though no word of receiving it (得る, もらう) is said. The
claims desk's name (損害サービス課) holds 損害 and is no cost word: a quote's amounts beside it
keep the quote's cost. Sentences of our own.
"""

from __future__ import annotations

from typing import Any

import pytest

from coverage import facts_to_json
from nlu import facts_from_readings, read_message


def consent(*messages: str) -> Any:
    facts, _ = facts_from_readings([read_message(text) for text in messages])
    return facts_to_json(facts)["consent"]


GIVEN = [
    "代理店さんから「保険会社OKです」と連絡がありました！進めます",
    "保険会社から、その見積もりで進めてOKと言われました",
    "代理店の方経由で、保険会社からOKとのことです",
    "日新火災 損害サービス課です。ご提出の見積書の費用について、支出に同意いたします。",
    "損害サービス課の田中さんから電話があり、調査費用は300万円までなら了承します、とのことでした",
    "保険会社了承です。発注します",
]


@pytest.mark.parametrize("text", GIVEN)
def test_the_insurers_own_words_are_consent(text: str) -> None:
    assert consent(text) is True


OPEN = [
    # Asked, supposed, guessed, or a form's label: no answer yet.
    "保険会社OKですか？",
    "保険会社がOKなら発注します",
    "保険会社はOKだと思います",
    "保険会社からOKもらえるか聞いてみます",
    "チェックリスト\n☐ 保険会社同意\n費用：未確定",
    "同意します",
    "保険会社の同意が必要です",
]


@pytest.mark.parametrize("text", OPEN)
def test_no_answer_of_the_insurer_leaves_consent_open(text: str) -> None:
    assert consent(text) is None


def costs(*messages: str) -> dict[str, int]:
    facts, _ = facts_from_readings([read_message(text) for text in messages])
    return dict(facts_to_json(facts)["costs"])


NO_COST_WORDS = [
    (
        "フォレンジック業者の原因調査の見積です\n> 小計 1,000,000円\n> 消費税 100,000円\n"
        "損害サービス課には事前に了承もらってます",
        {"investigation": 1_100_000},
    ),
    (
        "データ復旧の見積は80万円です。損害サービス部の担当者に送りました",
        {"data_recovery": 800_000},
    ),
    # A provider's bill to its client names the amount billed; the work is its cost.
    (
        "フォレンジック会社から報告書が来ました\n・侵入経路：VPN\n・ご請求額：３６０万円（税込）",
        {"investigation": 3_600_000},
    ),
    # A claimant's 請求額 stays damages.
    ("取引先から損害賠償を求められています。請求額は300万円です", {"damages": 3_000_000}),
]


@pytest.mark.parametrize(("text", "expected"), NO_COST_WORDS)
def test_a_word_holding_a_cost_word_names_none(text: str, expected: dict[str, int]) -> None:
    assert costs(text) == expected
