"""A theft told from a loss: stated plainly it is read, supposed, asked or denied it is not,
and a later message can take it back."""

from __future__ import annotations

import json

import pytest

from coverage import IncidentType
from nlu import FactState, facts_from_readings, read_message

# (message, what `Reading.stolen` is: True stated, False denied, None not said)
Case = tuple[str, bool | None]
STOLEN: list[Case] = [
    ("ノートPCが置き引きにあいました", True),
    ("車上荒らしで盗まれた", True),
    ("営業車が車上荒らしにあって、顧客名簿の入ったカバンを持ち去られました", True),
    ("駅でひったくりにあい、顧客の書類が入ったバッグを取られました", True),
    ("電車でスリにやられて、社用スマホがありません", True),
    ("昨夜、事務所に空き巣が入り、顧客台帳が盗まれました", True),
    ("会社のPCが盗難に遭いました", True),
    ("USBメモリを盗まれました。警察に盗難届を出しました", True),
    ("窃盗事件として警察が捜査しています", True),
    ("コインパーキングで車上狙いにあい、タブレットがなくなっていました", True),
]
DENIED: list[Case] = [
    ("盗まれていませんでした", False),
    ("盗まれたわけではありません", False),
    ("盗難ではなく置き忘れでした", False),
    ("盗難ではなく、電車への置き忘れでした", False),
    ("盗難かと思いましたが、盗まれてはいませんでした。", False),
]
NOT_SAID: list[Case] = [
    # Supposed or suspected: the spec's example 2 makes the bot say 第3号 may apply.
    ("ノートPCを盗まれたかもしれません", None),
    ("盗まれた可能性があります", None),
    ("たぶん盗まれたと思います", None),
    ("盗難の疑いがあります", None),
    ("盗まれたのかどうかわかりません", None),
    # Asked about, or supposed in a question.
    ("盗まれた？", None),
    ("盗難でも補償されますか？", None),
    ("置き引きにあった場合も補償されますか？", None),
    ("盗まれたら補償されますか？", None),
    # A measure, a cover, a loss.
    ("盗難防止のワイヤーをつけていました", None),
    ("盗難保険には入っていません", None),
    ("ノートPCを紛失しました", None),
    ("電車に書類を置き忘れました", None),
    # 取る not written 盗る (UniDic reads 盗られる as 取る): time or effort taken, no theft.
    ("報告書の作成に時間を取られて、連絡が遅れました", None),
    ("USBをなくしてから、電話の対応で手間とられてます", None),
]


@pytest.mark.parametrize(("text", "stolen"), STOLEN + DENIED + NOT_SAID)
def test_a_theft_is_read_only_when_stated(text: str, stolen: bool | None) -> None:
    assert read_message(text).stolen is stolen


@pytest.mark.parametrize(("text", "stolen"), STOLEN)
def test_a_theft_is_quoted_from_its_own_words(text: str, stolen: bool | None) -> None:
    evidence = read_message(text, message=2).evidence["stolen"]
    assert evidence.message == 2
    assert evidence.text and evidence.text in text


# (messages, whether the conversation then says the thing was stolen)
CONVERSATIONS = [
    (("ノートPCが置き引きにあいました",), True),
    (("ノートPCを紛失しました", "どうやら置き引きにあったようです"), False),
    (("ノートPCを紛失しました", "防犯カメラを確認したら、置き引きでした"), True),
    (("ノートPCが置き引きにあいました", "すみません、盗難ではなく置き忘れでした"), False),
    (("車上荒らしで盗まれた", "被害者は300名です"), True),
    (("車上荒らしで盗まれた", "やっぱり盗まれていませんでした", "いや、盗まれてました"), True),
]


@pytest.mark.parametrize(("messages", "stolen"), CONVERSATIONS)
def test_the_latest_statement_of_a_theft_decides(messages: tuple[str, ...], stolen: bool) -> None:
    readings = [read_message(text, message=n) for n, text in enumerate(messages)]
    facts, state = facts_from_readings(readings)
    assert facts.incident_type is IncidentType.LOST_OR_STOLEN
    assert state.stolen is stolen
    assert (state.stolen_evidence is not None) is stolen


@pytest.mark.parametrize(("messages", "stolen"), CONVERSATIONS)
def test_a_theft_survives_the_store(messages: tuple[str, ...], stolen: bool) -> None:
    state = FactState()
    for number, text in enumerate(messages):
        state = FactState.from_json(json.loads(json.dumps(state.to_json())))
        state.apply(read_message(text, message=number))
    _, at_once = facts_from_readings(read_message(t, message=n) for n, t in enumerate(messages))
    assert (state.stolen, state.stolen_evidence) == (at_once.stolen, at_once.stolen_evidence)
    assert state.stolen is stolen


# (message, whether it supposes a theft: hedged, not stated, denied nor asked)
DOUBTED = [
    ("ノートPCを盗まれたかもしれません", True),
    ("盗まれた可能性があります", True),
    ("たぶん盗まれたと思います", True),
    ("もしかしたら盗まれたかもしれません", True),
    ("電車で盗まれたみたいです", True),
    ("ノートPCが置き引きにあいました", False),
    ("盗難ではなく置き忘れでした", False),
    ("盗まれた？", False),
    ("盗難でも補償されますか？", False),
    ("ノートPCを紛失しました", False),
]


@pytest.mark.parametrize(("text", "doubted"), DOUBTED)
def test_a_theft_supposed_is_kept_apart_from_one_stated(text: str, doubted: bool) -> None:
    assert read_message(text).theft_doubted is doubted


# (messages, whether the conversation then only supposes a theft)
DOUBTED_CONVERSATIONS = [
    (("ノートPCを紛失しました", "盗まれたかもしれません"), True),
    (
        ("ノートPCを紛失しました", "盗まれたかもしれません", "防犯カメラで置き引きと分かりました"),
        False,
    ),
    (("ノートPCを紛失しました", "盗まれたかもしれません", "盗難ではなく置き忘れでした"), False),
    (("ノートPCを紛失しました", "被害者は300名です"), False),
]


@pytest.mark.parametrize(("messages", "doubted"), DOUBTED_CONVERSATIONS)
def test_a_theft_supposed_holds_until_one_is_stated_or_denied(
    messages: tuple[str, ...], doubted: bool
) -> None:
    state = FactState()
    for number, text in enumerate(messages):
        state = FactState.from_json(json.loads(json.dumps(state.to_json())))
        state.apply(read_message(text, message=number))
    assert state.theft_doubted is doubted


def test_a_state_saved_before_thefts_were_read_loads_as_no_theft() -> None:
    state = FactState.from_json({"values": {"incident_type": "lost_or_stolen"}})
    assert state.stolen is False and state.stolen_evidence is None
