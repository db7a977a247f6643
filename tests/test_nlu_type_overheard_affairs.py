"""Talk in a public place about a child's, a patient's or a client's affairs (「駅の飲食店で
園児の家庭状況を話していた」「新幹線で通話中に取引条件を話しており」): heard by whoever sat
by, a visual leak (labelling rule 2: overheard conversations → visual_leak), even where the
title calls it 口外. Talk of nothing confidential, or affairs talked of in the office, stays
unknown."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

Row = tuple[str, str | None]


def _kind(text: str) -> object:
    facts, _, _ = predict([text])
    return facts["incident_type"]


OVERHEARD: list[Row] = [
    ("職員が駅のカフェで同僚と会話する中で、園児の家庭環境について話していました。", "visual_leak"),
    (
        "担当者がバスの車内で通話中に、顧問先の決算内容を話しておりました。乗り合わせた方から"
        "ご指摘をいただきました。",
        "visual_leak",
    ),
    (
        "園児情報の口外について\n保育士が居酒屋で、園児の健康状態に関する会話をしていました。",
        "visual_leak",
    ),
    ("社員がレストランで取引条件の話をしていたのを、隣の席の人に聞かれました。", "visual_leak"),
    # Near misses: talk in a public place of nothing confidential, and affairs talked of
    # in a meeting room.
    ("社員が駅のカフェで同僚と会話していました。", None),
    ("会議室で顧問先の決算内容について打ち合わせをしました。", None),
]


@pytest.mark.parametrize(("text", "kind"), OVERHEARD)
def test_overheard_affairs(text: str, kind: str | None) -> None:
    assert _kind(text) == kind
