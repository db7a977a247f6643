"""Cost words typed in hiragana (voice input, a phone without conversion) are the words they
sound like: 「ふっきゅう業者にたのんで18万円」 is ④, and 「18万円はまちがいで」 takes that
amount back as 「間違いで」 does. Only the words listed in `heard_in_kana` are heard so, and
only as whole words. Sentences of our own."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from coverage import facts_to_json
from nlu import facts_from_readings, read_message


def fold(*messages: str) -> tuple[dict[str, int], list[int]]:
    facts, state = facts_from_readings([read_message(text) for text in messages])
    return dict(facts_to_json(facts)["costs"]), list(state.unassigned)


CASES: list[tuple[tuple[str, ...], dict[str, int], list[int]]] = [
    (("さいとがかいざんされました　ふっきゅうに15万円",), {"data_recovery": 150000}, []),
    (("べんごしにそうだんして5万円はらいました",), {"consultation": 50000}, []),
    (
        (
            "ふっきゅう業者にたのんで18万円でなおしてもらいました",
            "さっきの18万円はまちがいで　なおすのにかかったのは28万円でした",
        ),
        {"data_recovery": 280000},
        [],
    ),
    # Near miss: くじょう (苦情) is no 駆除, which is not heard in kana.
    (("くじょうの電話が10件、たいおうに5万円",), {}, [50000]),
]


@pytest.mark.parametrize(("messages", "costs", "unassigned"), CASES)
def test_a_cost_word_typed_in_hiragana(
    messages: tuple[str, ...], costs: dict[str, int], unassigned: list[int]
) -> None:
    assert fold(*messages) == (costs, unassigned)


def test_every_word_heard_in_kana_is_a_cost_word() -> None:
    """A word listed to be heard in kana that is no cue would be heard as nothing."""
    config = Path(__file__).resolve().parents[1] / "config" / "nlu_lexicon.toml"
    costs = tomllib.loads(config.read_text(encoding="utf-8"))["costs"]
    cues = {word for words in costs["cues"].values() for word in words}
    assert set(costs["heard_in_kana"]) <= cues
