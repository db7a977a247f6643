"""「仮に…として」 supposes (class: a question's supposition read as a stated fact).

MeCab splits 仮に into 仮 + に, so the one-word openers (もし, 万一) never matched it, and
「仮に不正アクセスされていたとして、調査費は出ますか」 set access found and the type. 仮に
also means "for now" (「仮に保存していたファイル」): it supposes only when a conditional or
「として」 closes it within the sentence.
"""

from __future__ import annotations

import pytest

from nlu import read_message

# (message, the fact that must stay unknown)
SUPPOSED = [
    ("仮に不正アクセスされていたとして、調査費は出ますか", "unauthorized_access"),
    ("仮に不正アクセスされていたとして、調査費は出ますか", "incident_type"),
    ("仮に公表したとして、費用は補償される？", "announced"),
    ("仮に、侵入があったとしても補償される？", "unauthorized_access"),
    ("仮に顧客1000名分が漏れていたとしたら報告は必要？", "individuals"),
    ("仮にランサムウェアに感染していたら何をすればいい？", "incident_type"),
    ("仮に公表するならいつまでに？", "announced"),
]

# 仮に as "for now": the statement stands.
STATED = [
    ("仮に保存していたファイルがランサムウェアで暗号化されました", "incident_type", "malware"),
    ("仮に置いていた顧客名簿を紛失しました", "incident_type", "lost_or_stolen"),
]


@pytest.mark.parametrize(("text", "fact"), SUPPOSED)
def test_a_supposition_opened_by_kari_ni_states_nothing(text: str, fact: str) -> None:
    assert getattr(read_message(text), fact) is None


@pytest.mark.parametrize(("text", "fact", "value"), STATED)
def test_kari_ni_meaning_for_now_supposes_nothing(text: str, fact: str, value: str) -> None:
    read = getattr(read_message(text), fact)
    assert read is not None and read.value == value
