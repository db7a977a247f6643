"""Words that say a count is of victims: a notice about one person (「48名の方の通知書」), a
professional's clients (「顧問先様3社の決算資料」), and the names of another company's staff
(「法人12社の担当者名」), which are data about them, not our staff acting.

Our own sentences, in the classes of blind sets' misdelivery notices and chats.
"""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

CASES: list[tuple[list[str], int | None, int | None]] = [
    (["封入作業の誤りにより、25名の方の通知書が別の方あての封筒に同封されていました"], 25, None),
    (["納税通知書12名分を別の住所に郵送しました"], 12, None),
    (["顧問先様2社の決算資料を誤って別の事業者様へFAX送信しました"], None, 2),
    (["顧問先4社の申告データを別の顧問先にメールしてしまいました"], None, 4),
    (["取引先一覧を誤送信しました", "中身は法人8社の担当者名と電話番号です"], None, 8),
    (["中身は法人12社の担当者名", "すみません12社じゃなくて21社でした"], None, 21),
    # Near misses: our own staff acting, and a count of notices sent with nothing amiss.
    (["担当者2名が通知書の封入作業をしました"], None, None),
    (["法人3社の担当者が来社しました"], None, None),
]


@pytest.mark.parametrize(("messages", "individuals", "corporations"), CASES)
def test_words_that_make_a_count_of_victims(
    messages: list[str], individuals: int | None, corporations: int | None
) -> None:
    facts, _, _ = predict(messages)
    assert (facts.get("individuals"), facts.get("corporations")) == (individuals, corporations)
