"""In a notice written as a Q&A, the question says what its answer counts: 「Q3. 対象となる
のは誰ですか。」 then 「A3. 2019年4月以降に入居申込をされた方、計1,860名です。」 counts victims.

Our own notices. Set 32, written blind, left such an answer's count unread: its own line
names the persons (申込をされた方) with no word of data or harm.
"""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

HEAD = (
    "会員の皆様の個人情報に関するよくあるご質問\n\n"
    "Q1. 何が起きたのですか。\n"
    "A1. 当社の会員サーバーが第三者による不正アクセスを受けました。\n\n"
)

ANSWERED: list[tuple[str, int]] = [
    (HEAD + "Q2. 対象となるのは誰ですか。\nA2. 2020年以降にご入会された方、計2,340名です。", 2340),
    (HEAD + "Q2. 影響を受けたのは何人ですか。\nA2. ネットでお申し込みの方、約500名です。", 500),
]

# Near misses: an answer that counts our own staff, or a count outside any answer.
NOT_VICTIMS: list[str] = [
    HEAD + "Q2. どのように対応していますか。\nA2. 担当者5名で対応窓口を設けております。\n",
    HEAD + "Q2. 原因は何ですか。\nA2. 調査中です。\n\n当社は従業員120名の会社です。\n",
]


@pytest.mark.parametrize(("text", "count"), ANSWERED)
def test_an_answer_counts_what_its_question_asks(text: str, count: int) -> None:
    facts, _, _ = predict([text])
    assert facts["individuals"] == count


@pytest.mark.parametrize("text", NOT_VICTIMS)
def test_other_counts_in_a_qa_are_no_victims(text: str) -> None:
    facts, _, _ = predict([text])
    assert facts["individuals"] is None
