"""Every fact and cost the conversation holds shows the words it came from, even when the
fold made it from more than one message: the user can only correct what they can see."""

from __future__ import annotations

from pathlib import Path

import pytest

from nlu import facts_from_readings, read_message
from nlu.evaluate import load

DATA = Path(__file__).parent / "data"
SETS = ["nlu_messages.jsonl", "nlu_heldout.jsonl", "nlu_heldout_chat_2.jsonl"]
SETS += [f"nlu_heldout_{n}_chat.jsonl" for n in range(3, 18)]

# (messages, fact or cost key, words the evidence must quote)
FOLDED = [
    # A doubted DDoS confirmed by a later attack: the confirming words.
    (("サーバーが重い。DDoSかも", "ISPから攻撃受けてるって連絡来た"), "incident_type", "攻撃受け"),
    # A doubted login settled by a bare 確定 in a later message: the confirming words.
    (("不正ログインされてるかも", "ログ見た、確定です"), "incident_type", "確定"),
    (("不正ログインされてるかも", "ログ見た、確定です"), "unauthorized_access", "確定"),
    # Consent said missing in one message, the money spent in the next.
    (("保険会社にはまだ話してないです", "復旧業者に150万円払いました"), "consent", "話してない"),
    (("復旧業者に150万円払いました", "保険会社にはまだ話してないです"), "consent", "話してない"),
    # A correction by amount: the new amount.
    (("フォレンジック調査で300万", "ごめん、さっきの300万は500万の誤り"), "investigation", "500万"),
    # A corrected count recomputes its product.
    (
        ("調査費 PC4台×80万。", "すみません訂正です、4台じゃなくて3台でした。"),
        "investigation_generic",
        "3台",
    ),
    # A count alone after personal data was named.
    (
        ("お客様カードの束がなくなってる", "約80枚です。名前と電話番号が書いてあるやつ"),
        "individuals",
        "80枚",
    ),
]


def _conversations() -> list[tuple[str, ...]]:
    cases = [case for name in SETS for case in load(DATA / name)]
    return [tuple(case.messages) for case in cases]


def _held(messages: tuple[str, ...]) -> dict[str, tuple[int, str]]:
    readings = [read_message(text, message=n) for n, text in enumerate(messages)]
    _, state = facts_from_readings(readings)
    quoted = {**state.evidence, **state.cost_evidence}
    names = [*state.values, *state.costs]
    return {
        str(name): (ev.message, ev.text) if (ev := quoted.get(name)) else (-1, "") for name in names
    }


@pytest.mark.parametrize(("messages", "name", "words"), FOLDED)
def test_a_fact_the_fold_made_quotes_the_words_that_made_it(
    messages: tuple[str, ...], name: str, words: str
) -> None:
    message, text = _held(messages)[name]
    assert words in text
    assert words in messages[message]


@pytest.mark.parametrize("messages", _conversations())
def test_every_fact_held_has_its_words(messages: tuple[str, ...]) -> None:
    missing = [name for name, (message, _) in _held(messages).items() if message < 0]
    assert missing == []
