"""An apology's negation (「申し訳ない」「申し訳ございません」) denies nothing: the clause
that holds it states its fact as said. Set 31, written blind, read 「院長は記者会見で「…申し訳
ない」と謝罪した」 as no press conference. An agent's 「事後報告で申し訳ないのですが」 is the
agent telling the insurer after the fact, never how the incident came to light. Sentences of
our own."""

from __future__ import annotations

import pytest

from nlu import read_message

APOLOGISED_AT_THE_EVENT = [
    "社長は記者会見で「皆様にご心配をおかけし申し訳ない」と頭を下げた。",
    "理事長が記者会見を開き、「誠に申し訳ございません」と述べた。",
    "市長は会見で「市民の皆様に申し訳ありません」と陳謝した。",
    "学校は保護者説明会のあと記者会見を行い、校長が「申し訳なく思っている」と話した。",
]

# Near misses: a denial beside the apology still denies.
STILL_DENIED = [
    "記者会見は開いていません。申し訳ありません。",
    "公表はしておらず、申し訳ない限りです。",
    "申し訳ありません、公表はまだしていません。",
]


@pytest.mark.parametrize("text", APOLOGISED_AT_THE_EVENT)
def test_an_apology_does_not_deny_the_press_conference(text: str) -> None:
    assert read_message(text).announced is True


@pytest.mark.parametrize("text", STILL_DENIED)
def test_a_denial_beside_an_apology_still_denies(text: str) -> None:
    assert read_message(text).announced is False


TOLD_THE_INSURER_AFTER = [
    "事後報告で申し訳ないのですが、先方がもう業者に復旧を頼んでしまいました。",
    "事後報告ですが、お客様が調査会社に発注済みです。",
    "事後のご報告となり恐縮ですが、取引先が既に弁護士に相談していました。",
]


@pytest.mark.parametrize("text", TOLD_THE_INSURER_AFTER)
def test_an_agents_late_report_names_no_finder(text: str) -> None:
    assert read_message(text).detection is None


def test_a_customer_who_reported_still_is_the_finder() -> None:
    reading = read_message("お客様から不審なメールが届いたと報告があり、申し訳ない気持ちです。")
    assert reading.detection is not None and reading.detection.value == "third_party"
