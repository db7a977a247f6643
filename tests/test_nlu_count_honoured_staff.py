"""Another party's people, said with honorifics, are whom the data was about (class:
honoured staff). 「宛先は取引先のご担当者様45名です」 counts 45 persons whose addresses were
exposed (rule 7: persons → individuals); 担当者 alone is the company's own staff, who sent
or handled it, and is no count of victims. Sentences of our own."""

from __future__ import annotations

import pytest

from nlu import facts_from_readings, read_message


def individuals(*messages: str) -> int | None:
    facts, _ = facts_from_readings([read_message(text) for text in messages])
    return facts.individuals


CASES: list[tuple[str, int | None]] = [
    ("案内メールをBCCにせず送ってしまいました。宛先は取引先のご担当者様45名です", 45),
    ("CCで一斉送信してしまい、仕入先の担当者様30名のアドレスが見える状態でした", 30),
    # Our own staff: who sent it, not whom it was about.
    ("担当者3名が誤って一斉送信してしまいました", None),
    ("営業の担当者2名がCCで送ってしまいました", None),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_honoured_staff_are_victims(text: str, expected: int | None) -> None:
    assert individuals(text) == expected
