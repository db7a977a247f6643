"""A thing one carries or keeps said not found (「名簿がみつからない」「USBが見つかりません」) is a
loss, as 「見当たらない」 is; a trace, a cause, or things of a kind searched for (「感染したPC
は見つかっていません」) are not."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

UNFOUND: list[tuple[list[str], str | None]] = [
    (
        ["患者さん千二百名ぶんの名簿がみつからない", "事務の5名で院内探してるけどない"],
        "lost_or_stolen",
    ),
    (["顧客データの入ったUSBが見つかりません"], "lost_or_stolen"),
    (["営業のノートパソコンが見つかっていない"], "lost_or_stolen"),
    (["台帳も見つからず、探しています"], "lost_or_stolen"),
    (["USBは見つかりました"], None),
    (["原因が見つからない"], None),
    (["該当するUSBは見つかりませんでした"], None),
    (["ランサムウェアに感染しました。他に感染したPCは見つかっていません"], "malware"),
]


@pytest.mark.parametrize(("messages", "kind"), UNFOUND)
def test_a_thing_not_found_is_a_loss(messages: list[str], kind: str | None) -> None:
    facts, _, _ = predict(messages)
    assert facts["incident_type"] == kind
