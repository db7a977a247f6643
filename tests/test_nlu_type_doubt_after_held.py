"""A type only doubted or denied in a later message does not replace the one held.

「USBメモリをなくしました」→「見つかりました、中身は誰にも見られていないと思います」: the
later words wonder about or rule out another circumstance (rule 1: a hedge leaves a fact
unknown), so the loss stays, as within one message a type only hedged yields to one stated
plainly, whatever apology the message opens with. A type stated plainly still replaces it,
and a suspicion held still gives way to a hedged circumstance, as within one message.
"""

from __future__ import annotations

import pytest

from coverage import IncidentType
from nlu import facts_from_readings, read_message

LOST, OTHER, SUSPECTED = (
    IncidentType.LOST_OR_STOLEN,
    IncidentType.OTHER,
    IncidentType.SUSPECTED,
)
MISDELIVERY = IncidentType.MISDELIVERY


def fold(*messages: str) -> IncidentType | None:
    facts, _ = facts_from_readings(
        [read_message(text, message=i) for i, text in enumerate(messages)]
    )
    return facts.incident_type


CASES: list[tuple[tuple[str, ...], IncidentType | None]] = [
    (
        (
            "営業の者がタブレットを置き忘れました",
            "続報、駅で保管されてました。画面は誰にも見られてないと思います",
        ),
        LOST,
    ),
    (
        (
            "会員名簿の入ったUSBメモリを紛失しました",
            "すみません、倉庫の棚で見つかりました。外には持ち出していなかったみたいです",
        ),
        LOST,
    ),
    (
        (
            "請求書を別のお客様に郵送してしまいました",
            "先方からは、中身は誰にも見られてないと思うとのことです",
        ),
        MISDELIVERY,
    ),
    # A held suspicion gives way to a hedged circumstance; a hedged `other` never replaces it.
    (("不正アクセスされたかもしれません", "ノートPCが盗まれたのかもしれません"), LOST),
    (("不正アクセスされたかもしれません", "外には持ち出していなかったみたいです"), SUSPECTED),
    # A type stated plainly later still replaces the one held.
    (
        ("USBメモリを紛失しました", "訂正です、紛失ではなく元社員がデータを持ち出していました"),
        OTHER,
    ),
]


@pytest.mark.parametrize(("messages", "expected"), CASES)
def test_a_later_doubt_keeps_the_type_held(
    messages: tuple[str, ...], expected: IncidentType | None
) -> None:
    assert fold(*messages) is expected
