"""A setting error said without の or as a verb is `other`, as 「設定ミス」 is (rule 2).

「システム更新時の設定誤りが原因で、不正アクセスによるものではありません」: the error is the
incident and the attack ruled out says what it was not. Beside a sign of an attack
(「不審な通信」) the error is what the sign came from, so the incident stays `suspected`
whether the attack was doubted or only denied (rule 2: it stays suspected if access is later
ruled out).
"""

from __future__ import annotations

import pytest

from coverage import Access, IncidentType
from nlu.extract import read_message

OTHER, SUSPECTED = IncidentType.OTHER, IncidentType.SUSPECTED
NOT_FOUND = Access.NOT_FOUND

Case = tuple[str, IncidentType | None, Access | None]

CASES: list[Case] = [
    (
        "調べたところ、システム更新時の設定誤りが原因で、不正アクセスによるものではありませんでした",
        OTHER,
        NOT_FOUND,
    ),
    ("共有フォルダの権限の設定を誤っていたため、取引先から名簿が見える状態でした", OTHER, None),
    ("設定を間違えて、顧客リストが誰でも見られる状態になっていました", OTHER, None),
    ("予約画面の設定に誤りがあり、他のお客様の予約内容が表示されていました", OTHER, None),
    # Beside a sign of an attack, doubted or only denied: the error explains the sign.
    (
        "サーバーから外部への不審な通信を検知。調査で不正アクセスの事実はなく、"
        "同期ツールの設定誤りによる通信と判明しました",
        SUSPECTED,
        NOT_FOUND,
    ),
    (
        "不審な通信があって不正アクセスを疑いましたが、調査の結果、不正アクセスはなく"
        "設定ミスが原因でした",
        SUSPECTED,
        NOT_FOUND,
    ),
]


@pytest.mark.parametrize(("text", "kind", "access"), CASES)
def test_a_setting_error_is_other_unless_it_explains_a_sign(
    text: str, kind: IncidentType | None, access: Access | None
) -> None:
    reading = read_message(text)
    assert (reading.incident_type, reading.unauthorized_access) == (kind, access)
