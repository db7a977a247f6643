"""Our own staff named by their trade's word (「当行の行員2名が車内で会話」「店員2人が話して
いた」) are who talked or sent, not whom the data was about: no count of victims. Their own
data leaked (「行員2名の個人情報」「事務員2名分」) and the customers talked about still count.
Sentences of our own."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

OURS: list[tuple[str, int | None, int | None]] = [
    (
        "当行の行員2名が、電車内で取引先1社の融資状況について会話し、周りの乗客に聞かれていました。",
        None,
        1,
    ),
    (
        "当店の店員2人が、レジ前で会員の購入履歴について大声で話していたと苦情がありました。",
        None,
        None,
    ),
]

# Near misses: the staff's own data, and the customers counted beside the staff.
VICTIMS: list[tuple[str, int | None, int | None]] = [
    ("行員2名の個人情報が漏えいしました", 2, None),
    ("窓口の事務員2名分の給与データが流出しました", 2, None),
    ("当行の行員2名が、飲食店で顧客3名の氏名と取引内容を話していました。", 3, None),
]


@pytest.mark.parametrize(("message", "individuals", "corporations"), OURS + VICTIMS)
def test_staff_by_trade_are_no_victims(
    message: str, individuals: int | None, corporations: int | None
) -> None:
    facts, _, _ = predict([message])
    assert (facts["individuals"], facts["corporations"]) == (individuals, corporations)
