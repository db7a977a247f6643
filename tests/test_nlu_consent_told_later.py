"""The insurer to be told only later (「保険会社には後で報告します」「あとでご連絡します」) is
consent not obtained: a refusal once money was spent or ordered, still open while nothing is
(labelling rule 6). Set 30, written blind: 「もう発注済みです。保険会社には後で報告します」.
The insurer calling back later (「保険会社から後で連絡が来る」) is not it. Sentences of our own."""

from __future__ import annotations

import pytest

from nlu import facts_from_readings, read_message

SPENT_TOLD_LATER: list[tuple[str, ...]] = [
    ("データ復旧を業者に頼みました。保険会社には後で報告します",),
    ("コールセンターは開設しました。60万です", "保険会社にはあとでご連絡します"),
    ("弁護士に依頼済みです。保険会社へは後ほどご報告します",),
    ("調査会社と契約しました。保険会社には後から連絡します",),
    # Words between the "later" and the telling (round 17).
    ("業者にはもう発注済みです。保険会社にはこれから代理店経由で連絡します",),
    ("復旧は発注しました。代理店さんには後で電話で報告します",),
    ("駆除を頼んじゃいました。保険会社には今から担当者さんに相談します",),
]

NOT_REFUSED: list[tuple[str, ...]] = [
    # Nothing spent: the telling to come leaves consent open.
    ("保険会社には後で報告します。見積もりは50万です",),
    # The insurer calling back is no telling withheld.
    ("業者には発注済みです。保険会社から後で連絡が来るそうです",),
    ("業者には発注済みです。保険会社からは後ほど担当者より連絡があるそうです",),
    # Asked, not said.
    ("もう発注しました。保険会社にはこれから代理店経由で連絡していいですか？",),
]


@pytest.mark.parametrize("turns", SPENT_TOLD_LATER)
def test_spent_and_told_later_is_refused(turns: tuple[str, ...]) -> None:
    _, state = facts_from_readings([read_message(text) for text in turns])
    assert state.values.get("consent") is False


@pytest.mark.parametrize("turns", NOT_REFUSED)
def test_no_refusal_without_both(turns: tuple[str, ...]) -> None:
    _, state = facts_from_readings([read_message(text) for text in turns])
    assert state.values.get("consent") is not False
