"""The size of a group whose data an earlier message said was hit counts its victims
(labelling rule 7): 「職員の住所が漏れた」 then 「職員は非常勤も含めて48名です」 is 48. Said of a
group whose data no message named, or hedged, the number is a size and stays unknown.
Our own sentences."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

SIZES: list[tuple[list[str], int | None]] = [
    (
        ["委託先の倉庫が攻撃され、弊社会員の氏名と住所が流出しました", "会員は全部で1,350名です"],
        1350,
    ),
    (["回覧板に未納者の名前を載せたまま回してしまいました", "未納者は3名です"], 3),
    (
        [
            "経理の委託先から、うちの職員の給与データが漏れたと連絡がありました",
            "職員はパートも含めて62名です",
        ],
        62,
    ),
    # Near misses: the group's data was never named; another group is sized; hedged.
    (["社内のファイルサーバーがランサムウェアに感染しました", "社員は80名です"], None),
    (["顧客の氏名が流出しました", "社員は35名です"], None),
    (["会員の氏名と住所が流出しました", "会員は500名くらいかもしれません"], None),
]


@pytest.mark.parametrize(("messages", "expected"), SIZES)
def test_a_group_sized_after_its_data_was_hit(messages: list[str], expected: int | None) -> None:
    facts, _, _ = predict(messages)
    assert facts.get("individuals") == expected
