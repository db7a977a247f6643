"""A count taken back after the writer hesitates (「約3万人…じゃなくて、約3千人でした」): the
marks of hesitation between the count and 「じゃなくて」 do not keep it; the count after it is
the victims'. A count with no taking back stays."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

TAKEN_BACK: list[tuple[list[str], int | None]] = [
    (["顧客名簿約2万件が入ったUSBをなくしました", "件数は約2万件…じゃなくて、約2千件でした"], 2000),
    (["会員情報が流出しました。対象は5,000人…ではなく500人です"], 500),
    (["誤送信の件です", "宛先は1200名、、じゃなくて120名でした。失礼しました"], 120),
    (["患者さんの情報が抜かれました。対象は800人... でなく、80人です"], 80),
]

# Nothing taken back, or the hesitation is before another matter: the count stands.
STANDS: list[tuple[list[str], int | None]] = [
    (["顧客情報が流出しました。対象は3000人…多すぎて対応が追いつきません"], 3000),
    # The count taken back and nothing said in its place: no count, not the old one.
    (["患者さんの情報が抜かれました", "800人…じゃなくて、まだ確認中です"], None),
    (["会員の個人情報約1,500件が流出した可能性があります…", "確認したら1,500件で確定でした"], 1500),
    (["顧客の連絡先300件が入ったPCを紛失しました…どうしよう"], 300),
]


@pytest.mark.parametrize(("turns", "individuals"), TAKEN_BACK + STANDS)
def test_a_count_taken_back_after_a_hesitation(turns: list[str], individuals: int | None) -> None:
    facts, _, _ = predict(turns)
    assert facts["individuals"] == individuals
