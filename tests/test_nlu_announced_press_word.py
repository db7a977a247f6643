"""プレス alone for a press release (「プレスは昨日出しました」), and a key's value cut at a
slash (「公表：無/窓口開設済」): the announced fact a user would see."""

from __future__ import annotations

import pytest

from nlu.extract import read_message

PRESS: list[tuple[str, bool | None]] = [
    ("不正アクセスの件、プレスは今朝出しました", True),
    ("プレスは明日の午後に打つ予定です", True),
    ("プレスも配信済みです", True),
    ("プレスはまだ出していません", False),
    # Near misses: a press machine, metal pressing, the press asking, a contractor's own
    # release, and a release still weighed.
    ("工場のプレス機を止めて出荷も止めました", None),
    ("プレス加工のラインがランサムで止まりました", None),
    ("プレスから問い合わせが来たので回答を出しました", None),
    ("委託先はプレスを出したそうです", None),
    ("プレスを出すかはまだ検討中です", None),
]


@pytest.mark.parametrize(("text", "expected"), PRESS)
def test_press_said_alone(text: str, expected: bool | None) -> None:
    assert read_message(text).announced is expected


SLASHED: list[tuple[str, bool | None]] = [
    ("公表：無/窓口開設済", False),
    ("公表：未／問い合わせ窓口は設置済み", False),
    ("公表：済/HP掲載", True),
    # Near miss: a form offering both values, not filled in, reads as before (no colon value).
    ("侵入経路：不明/調査中", None),
]


@pytest.mark.parametrize(("text", "expected"), SLASHED)
def test_listed_value_cut_at_a_slash(text: str, expected: bool | None) -> None:
    assert read_message(text).announced is expected
