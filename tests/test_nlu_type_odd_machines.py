"""A machine acting of itself, told in plain or spoken words (「勝手にマウス動いで」 with no が,
「知らないソフトが入ってる」), is a sign of someone else at the controls: a possible attack,
`suspected`, access unknown (tests/data/README.md rule 2). Said not to happen, or of no
machine of ours, it names nothing."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

Row = tuple[str, str | None, str | None]


ODD_MACHINES: list[Row] = [
    ("事務所のPC、勝手にマウス動いてウインドウ開いたり閉じたりしてる", "suspected", None),
    ("店のパソコンにいつの間にか知らないソフトが入ってるんですけど", "suspected", None),
    ("経理のノートPCに入れた覚えのないアプリがあります", "suspected", None),
    # Near misses: denied, or no machine's doing.
    ("知らないソフトは入っていませんでした", None, None),
    ("マウス勝手に動くことはなかったです", None, None),
    ("知らない人から電話がありました", None, None),
]


@pytest.mark.parametrize(("text", "kind", "access"), ODD_MACHINES)
def test_a_machine_acting_of_itself_is_suspected(
    text: str, kind: str | None, access: str | None
) -> None:
    facts = predict([text])[0]
    assert (facts["incident_type"], facts["unauthorized_access"]) == (kind, access)
