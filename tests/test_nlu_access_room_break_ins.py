"""Someone getting into a room (研究室, 資料室, サーバー室) or a branch is a burglary, no attack
on our systems: it names no intrusion and access stays unknown; getting into a system
named in that room is still an intrusion. Our own sentences."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

BURGLARIES: list[str] = [
    "週末に実験室へ何者かが侵入し、学生名簿を保存したノートPCが盗まれました。",
    "資料室に侵入され、顧客台帳のファイルが持ち去られていた",
    "昨夜サーバー室に不審な人物が侵入して、バックアップ用のHDDがなくなっています",
    "支店に何者かが侵入し、金庫の中の申込書が盗まれたとの報告を受けました。",
]

# Near misses: a system inside the room is what was got into.
INTRUSIONS: list[str] = [
    "実験室の解析サーバーに外部から侵入され、データが持ち出されました。",
    "研究所のネットワークに何者かが侵入したことを確認しました",
]


@pytest.mark.parametrize("text", BURGLARIES)
def test_a_room_broken_into_is_no_access(text: str) -> None:
    facts, _, _ = predict([text])
    assert facts["unauthorized_access"] is None
    assert facts["incident_type"] != "unauthorized_access"


@pytest.mark.parametrize("text", INTRUSIONS)
def test_a_system_in_the_room_got_into_is_access(text: str) -> None:
    facts, _, _ = predict([text])
    assert facts["unauthorized_access"] == "found"
