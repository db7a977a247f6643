"""Questions as a stressed user types them: in hiragana, without 「？」, in words the
topic lists lacked, and 「もう払っちゃったけど大丈夫？」 (class: casual questions read as
not understood)."""

from __future__ import annotations

import pytest

from nlu import read_message

# (message, the topics it asks about, most specific first)
TOPICS = [
    # In hiragana: heard by their sound.
    ("でんげんきったほうがいい？", ["power_off"]),
    ("ほしょうってされるの？", ["coverage"]),
    ("こうひょうしなきゃだめ？", ["announce"]),
    ("みのしろきんはらう？", ["ransom"]),
    # A line ending on 「べき」 asks.
    ("ネットワークから切り離すべき", ["power_off"]),
    ("警察に届けるべき", ["police"]),
    # Words the topics lacked.
    ("Wi-Fi切ったほうがいい？", ["power_off"]),
    ("ネット切っていい？", ["power_off"]),
    ("お客様に連絡したほうがいいですか", ["ppc_report"]),
    ("顧客に知らせないとまずい？", ["ppc_report"]),
    ("PC初期化していい？", ["evidence"]),
    ("そのメール削除してもいい？", ["evidence"]),
    ("この件って保険きくの？", ["coverage"]),
    ("保険使える？", ["coverage"]),
    ("払えば元に戻るって本当？", ["ransom"]),
    ("業者はうちで決めていいの？", ["vendor_choice"]),
    ("ログも消さないほうがいい？", ["evidence"]),
    ("顧客にお詫びしないとだめ？", ["ppc_report"]),
    ("報告の期限っていつ？", ["deadline", "ppc_report"]),
    # Money spent, consent not said, nothing else asked: the consent rule answers.
    ("もう業者に発注しちゃったけど大丈夫？", ["consent"]),
    ("業者にもう払っちゃったけど、いいの？", ["consent"]),
    ("調査費300万円払ったけど、公表しないとだめ？", ["announce"]),
    ("身代金って払ったほうが早い？", ["ransom"]),
    # A question particle softened after it (かね, かねえ), as an older writer asks.
    ("これ払ったほうが早いのかね", ["ransom"]),
    ("ビットコインで払えって書いてある。払ったほうが早いのかね", ["ransom"]),
    ("これって補償されるのかねえ", ["coverage"]),
    # An apology to those affected: its own answer, not the report's.
    ("お詫びのメール送ったほうがいい？", ["apology"]),
    ("お詫び状って出すべき？", ["apology"]),
    ("謝罪メールは必要ですか", ["apology"]),
]
# Statements: no topic, though a topic word is there.
STATEMENTS = [
    "電源は切るべきではないと言われたので切っていません。",
    "早急に公表すべき。",
    "でるまえにPCをしまった",
    "どういうことかわからない",
    "業者には300万円払いました",
    "お詫び状の送付で見積り120万です",
    # A softening particle alone asks nothing: agreement, not a question.
    "公表はしたほうがいいですね",
    "身代金は払わないほうがいいよね、と社長と話しました",
]
# (message, intent)
INTENTS = [
    ("何すればいい？", "guidance"),
    ("なにしたらいいの", "guidance"),
    ("誰に電話？", "contacts"),
    ("どこにかければいい？", "contacts"),
]


@pytest.mark.parametrize(("message", "topics"), TOPICS)
def test_a_casual_question_carries_its_topics(message: str, topics: list[str]) -> None:
    assert [t.value for t in read_message(message).question_topics] == topics


@pytest.mark.parametrize("message", STATEMENTS)
def test_a_casual_statement_asks_nothing(message: str) -> None:
    assert read_message(message).question_topics == ()


@pytest.mark.parametrize(("message", "intent"), INTENTS)
def test_a_casual_request_has_its_intent(message: str, intent: str) -> None:
    assert read_message(message).intent.value == intent
