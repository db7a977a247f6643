"""A statement about consent that trails off (「…」) before a question (class: trailing off).

「保険会社の同意？取ってないです…事後報告でいけます？」 answers that consent was not obtained,
then asks something else; the question mark at the end was taken as the answer's, so a
refusal after money was spent (labelling rule 6) was read as a question. Sentences of our own.
"""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

_SPENT = [
    "調査会社とはもう契約済みです。",
    "復旧業者に発注しました。",
    "コールセンターを開設して80万払いました。",
]
_SAID = [
    "保険会社の同意？取ってないです{m}事後報告でいけます？",
    "保険会社の同意は取っていません{m}大丈夫ですか？",
    "同意はもらってないです{m}まずいですかね？",
]
_MARKS = ["…", "...", "・・・", "……"]
REFUSED = [spent + said.format(m=m) for spent in _SPENT for said in _SAID for m in _MARKS]


@pytest.mark.parametrize("text", REFUSED)
def test_a_trailing_answer_stands(text: str) -> None:
    facts, _, _ = predict([text])
    assert facts["consent"] is False


OPEN = [
    # Nothing spent: still to be obtained.
    "保険会社の同意？取ってないです…事後報告でいけます？",
    # The question is the consent's own: nothing is stated.
    "調査会社とはもう契約済みです。保険会社の同意は…取ってます？",
    "復旧業者に発注しました。保険会社の同意…取った方がいいですか？",
]


@pytest.mark.parametrize("text", OPEN)
def test_a_question_after_the_mark_states_nothing(text: str) -> None:
    facts, _, _ = predict([text])
    assert facts["consent"] is None
