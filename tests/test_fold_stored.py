"""A conversation read turn by turn, its state stored and loaded between turns as the bot
does, ends with the facts it has when all its messages are folded at once: nothing a
later message relies on is held only in memory."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nlu import FactState, facts_from_readings, read_message, to_facts
from nlu.evaluate import load

DATA = Path(__file__).parent / "data"
SETS = ["nlu_messages.jsonl", "nlu_heldout.jsonl", "nlu_heldout_chat_2.jsonl"]
SETS += [f"nlu_heldout_{n}_chat.jsonl" for n in range(3, 18)]


def _conversations() -> list[tuple[str, ...]]:
    cases = [case for name in SETS for case in load(DATA / name)]
    return [tuple(case.messages) for case in cases if len(case.messages) > 1]


def _through_the_store(messages: tuple[str, ...]) -> FactState:
    state = FactState()
    for number, text in enumerate(messages):
        state = FactState.from_json(json.loads(json.dumps(state.to_json())))
        state.apply(read_message(text, message=number))
    return state


OWN: list[tuple[str, ...]] = [
    # The personal data of the first message makes the second's bare count a victim count.
    ("ウイルス感染で顧客の個人情報が漏れたかも", "件数は1万2千件って言ってた"),
    # The cost named with no amount takes the next message's bare amount.
    ("見舞金を送る予定です", "30万円くらい"),
    # A doubted DDoS confirmed by a later generic 攻撃.
    ("DDoSっぽい", "攻撃を確認しました"),
    # A theft (no fact of the payout rules, read by the reporting duty), then taken back.
    ("ノートPCが置き引きにあいました", "被害者は30名です"),
    ("ノートPCが置き引きにあいました", "すみません、盗難ではなく置き忘れでした"),
    # Consent said missing, the money spent in the next message: the refusal's words.
    ("保険会社にはまだ話してないです", "復旧業者に150万円払いました"),
    # The group whose data the first message named, sized in the second.
    ("委託先から、うちの職員の住所が漏れたと連絡がありました", "職員は40名です"),
]


@pytest.mark.parametrize("messages", OWN + _conversations())
def test_turn_by_turn_through_the_store_reads_as_all_at_once(messages: tuple[str, ...]) -> None:
    readings = [read_message(text, message=n) for n, text in enumerate(messages)]
    at_once, state = facts_from_readings(readings)
    stored = _through_the_store(messages)
    assert to_facts(stored) == at_once
    assert (stored.stolen, stored.stolen_evidence) == (state.stolen, state.stolen_evidence)
    assert (stored.evidence, stored.cost_evidence) == (state.evidence, state.cost_evidence)
