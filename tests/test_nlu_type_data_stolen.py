"""Data said stolen beside an attack stated (「不正ログインされ、パスワードが盗まれていた」
「盗まれたのは顧客約5,000人分」) is what the attack took: the incident is the attack, not a
loss or theft (tests/data/README.md rule 2). A thing stolen (PC, 書類) stays lost_or_stolen,
and data said stolen with no attack stated names no attack."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

Row = tuple[str, str | None]


STOLEN: list[Row] = [
    (
        "会員サイトに第三者が不正にログインし、会員のメールアドレスとパスワードが何者かに盗まれていました。",
        "unauthorized_access",
    ),
    (
        "県警によると、男は通販会社のサーバーに不正にアクセスし、盗まれたのは顧客約5,000人分の住所だという。",
        "unauthorized_access",
    ),
    # Near misses: a thing stolen, with or without an attack.
    ("事務所に泥棒が入り、顧客名簿の入ったノートパソコンが盗まれました。", "lost_or_stolen"),
    (
        "営業車からタブレットが盗まれ、その後そのアカウントで不正ログインされていました。",
        "lost_or_stolen",
    ),
]


@pytest.mark.parametrize(("text", "kind"), STOLEN)
def test_data_stolen_beside_an_attack_is_the_attacks(text: str, kind: str | None) -> None:
    assert predict([text])[0]["incident_type"] == kind
