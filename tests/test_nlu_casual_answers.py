"""A bare answer as people type it in a hurry: fillers, emoji, colloquial endings,
guesses and 「まだ」 (class: casual answers read as not understood)."""

from __future__ import annotations

import pytest

from bot.conversation.questions import questions
from coverage import Fact
from nlu import read_message
from nlu.intent import read_answer
from nlu.lexicon import lexicon
from nlu.quotes import QuotedAnswer, quoted_value

# (message, the answer it gives)
ANSWERS = [
    ("わかんないっす", "unknown"),
    ("把握できてないです", "unknown"),
    ("ちょっとわからないです😢", "unknown"),
    ("今のところ不明です〜", "unknown"),
    ("まだ確認できてません", "unknown"),
    ("いや、分からん", "unknown"),
    ("未確認です", "unknown"),
    ("まだ調べてるとこ", None),  # more than an answer: left to the readers
    ("まだ調べてる", "unknown"),
    ("さあ…", "unknown"),
    ("まだなんとも", "unknown"),
    # A guess, alone or around an answer, is never a value.
    ("たぶん", "unknown"),
    ("うーん、たぶんいいえです", "unknown"),
    ("ないと思います", "unknown"),
    ("多分してない", "unknown"),
    # 「まだ」 and 「まだ〜ていない」: not yet.
    ("まだ", "not_yet"),
    ("えっと、まだです", "not_yet"),
    ("まだ取ってない", "not_yet"),
    ("まだもらっていません", "not_yet"),
    # No plan, to 「公表の予定はありますか？」: none made yet, none coming.
    ("今のところ予定はないです", "not_yet"),
    ("予定なしです", "not_yet"),
    ("予定はないと思います", "unknown"),
    # 「〜ていない」 of a verb of doing: no.
    ("もらってないっす", "no"),
    ("出してないです", "no"),
    ("ううん", "no"),
    ("いいえです", "no"),
    ("はい！", "yes"),
    ("ok", "yes"),
    ("取りました", "yes"),
]
# Not answers: a thanks, an apology, a statement, a verb of harm.
NOT_ANSWERS = [
    "ありがとうございました",
    "すみません",
    "やられた",
    "たぶん大丈夫",
    "同意取ってない",  # a noun: the consent reader's
    "公表してない",
    # News of the lost thing, not "not yet" to the question last asked.
    "まだ見つかってないです",
    "まだ戻ってきてません",
    "見つけられてないです",
]


@pytest.mark.parametrize(("message", "answer"), ANSWERS)
def test_a_casual_bare_answer_is_read(message: str, answer: str | None) -> None:
    assert read_answer(message, lexicon()) == answer


@pytest.mark.parametrize("message", NOT_ANSWERS)
def test_a_message_that_says_more_is_no_bare_answer(message: str) -> None:
    assert read_answer(message, lexicon()) is None


# (question, the value a typed 「まだ」 gives it): not yet announced is no announcement;
# access not yet confirmed, consent not yet asked for, counts not yet known stay open.
NOT_YET = [
    ("announced", False),
    ("unauthorized_access", "unknown"),
    ("consent", "unknown"),
    ("victims", "unknown"),
    ("detection", "unknown"),
]


@pytest.mark.parametrize(("qid", "value"), NOT_YET)
def test_not_yet_is_unknown_except_for_the_announcement(qid: str, value: object) -> None:
    assert questions()[qid].bare("not_yet") == value


@pytest.mark.parametrize("answer", ["yes", "no"])
def test_yes_or_no_to_what_made_it_known_names_no_one(answer: str) -> None:
    # 「いいえ」 to 「何がきっかけで分かりましたか？」 is not "we found it ourselves".
    assert questions()["detection"].bare(answer) is None


# (fact quoted, answer under it, (settled, value))
QUOTED = [
    (Fact.ANNOUNCED, "まだです", (True, False)),
    (Fact.CONSENT, "まだ取ってない", (True, None)),
    (Fact.UNAUTHORIZED_ACCESS, "まだ", (True, None)),
    (Fact.UNAUTHORIZED_ACCESS, "たぶんあった", (True, None)),
    (Fact.CONSENT, "もらってないです", (True, False)),
    (Fact.ANNOUNCED, "現時点では予定はありません", (True, False)),
    (Fact.CONSENT, "予定はないです", (True, None)),
]


@pytest.mark.parametrize(("fact", "answer", "value"), QUOTED)
def test_a_casual_answer_under_a_quoted_question(fact: Fact, answer: str, value: object) -> None:
    assert quoted_value(QuotedAnswer(fact, answer), lexicon()) == value


def test_consent_not_yet_asked_for_under_a_quote_is_answered_by_the_consent_rule() -> None:
    text = "&gt; 支出前に保険会社（日新火災）の同意を得ていますか？\nまだ取ってない"
    reading = read_message(text)
    assert reading.consent is None
    assert [t.value for t in reading.question_topics] == ["consent"]
