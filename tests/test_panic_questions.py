"""Questions people ask in a panic mid-conversation, and the replies they get (classes: a
topic said in two parts, 「どうすれば」 about one topic read as asking for the checklist, a mail
sent read as a cost, the recipient's deletion not understood, a question with no topic given
the bot's introduction, an answer blind to access found)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.advice.answers import answer_for
from bot.conversation.engine import Engine
from bot.conversation.reply import ReplyKind
from bot.conversation.store import MemoryStore
from coverage import Access, IncidentType, load_rider
from nlu import Intent, read_message
from nlu.reading import QuestionTopic

NOW = datetime(2026, 11, 26, 14, 30, tzinfo=UTC)
KEY = "T1:C1:1.0"
MISSENT = "経理の担当者が請求書リストを別の会社にメールで誤送信してしまいました"


def engine() -> Engine:
    return Engine(load_rider(), MemoryStore(), clock=lambda: NOW)


# A party and, later in the sentence, what is done to or by it (config/nlu_topic_pairs.toml).
PAIRS = [
    ("お客さんには知らせたほうがいい？", ["ppc_report"]),
    ("顧客へはお詫びの連絡をすべき？", ["ppc_report"]),
    ("会員の皆さんにもメールで通知しないとまずいですか", ["ppc_report"]),
    ("利用者には何て伝えればいいの？", ["ppc_report"]),
    ("患者さんにも説明すべきでしょうか", ["ppc_report"]),
    # Told, not asked: the recipient deleted the mail.
    ("相手からは削除したと連絡がありました", ["recipient_deleted"]),
    ("先方は受信したメールを破棄済みとのことです", ["recipient_deleted"]),
    ("誤送信先の方に削除していただきました", ["recipient_deleted"]),
    # Asked and told: the question's answer first.
    ("送信先は削除してくれました。報告は必要？", ["ppc_report", "recipient_deleted"]),
]

NO_PAIR = [
    "お客さんから連絡がありました",  # the customer's act: no notice asked about
    "相手は削除していないそうです",  # a deletion denied
    "先方には削除をお願いしました",  # asked to delete, not deleted
    "相手にメールを送ってしまった",  # no deletion at all
    "ウイルスは削除しました",  # nobody's deletion of a mis-sent mail
    "お客様に知らせました",  # a notice given, stated: nothing asked
]


@pytest.mark.parametrize(("text", "topics"), PAIRS)
def test_a_topic_said_in_two_parts_is_read(text: str, topics: list[str]) -> None:
    assert [t.value for t in read_message(text).question_topics] == topics


@pytest.mark.parametrize("text", NO_PAIR)
def test_a_party_without_its_act_is_no_topic(text: str) -> None:
    assert read_message(text).question_topics == ()


# 「どうすれば」 about one topic asks that topic; alone, or 「何をすれば」, asks what to do.
INTENTS = [
    ("公表しないといけない？", Intent.REPORT),
    ("今後の費用の同意はどうすれば？", Intent.REPORT),
    ("警察にはどうしたらいい？", Intent.REPORT),
    ("身代金を要求されてるけど、どうすればいい？", Intent.REPORT),
    ("証拠はどうすべき？", Intent.REPORT),
    ("どうすればいい？", Intent.GUIDANCE),
    ("困った、どうしよう", Intent.GUIDANCE),
    ("ノートPCを紛失しました。どうすればいいでしょうか", Intent.GUIDANCE),
    ("公表の前に何をすればいい？", Intent.GUIDANCE),
    ("相手は削除しました。どうすればいい？", Intent.GUIDANCE),  # told, not asked
]


@pytest.mark.parametrize(("text", "intent"), INTENTS)
def test_a_question_about_one_topic_is_no_request_for_the_checklist(
    text: str, intent: Intent
) -> None:
    assert read_message(text).intent is intent


# A mail sent is how the incident happened, not a cost to ask the amount of.
COST_TOPICS = [
    ("情シスです。外部への不審メール発送あり。", None),
    ("取引先へのメール送信を止めました", None),
    ("スパムの大量配信が確認されています", None),
    ("お詫びメールを発送する予定です", "incident_response"),
    ("お詫び状を郵送する予定です", "incident_response"),
    ("DMを発送予定", "incident_response"),
]


@pytest.mark.parametrize(("text", "topic"), COST_TOPICS)
def test_a_mail_sent_is_no_cost_topic(text: str, topic: str | None) -> None:
    assert read_message(text).cost_topic == topic


def test_a_notice_to_the_persons_is_answered_with_the_reporting_answer() -> None:
    bot = engine()
    bot.handle(KEY, MISSENT, user="U1")
    reply = bot.handle(KEY, "お客さんには知らせたほうがいい？", user="U1")
    assert reply.kind is not ReplyKind.UNCLEAR
    assert any("本人への通知" in line for line in reply.answer)


def test_the_recipients_deletion_is_answered_with_the_guideline() -> None:
    bot = engine()
    bot.handle(KEY, MISSENT, user="U1")
    reply = bot.handle(KEY, "相手からは削除したと連絡がありました", user="U1")
    assert reply.kind is not ReplyKind.UNCLEAR
    text = "".join(reply.answer)
    assert "漏えいに当たらず" in text and "場合があります" in text  # may be exempt: confirm


# Leave asked to order or pay: the consent rule answers (※3), not the fallback.
ASKING_LEAVE = [
    "頼んじゃっていい？",
    "業者に頼んでもいいですか",
    "見積もり通りで発注しちゃって大丈夫ですか",
    "調査をお願いしてもよろしいでしょうか",
    "もう払っていいの？",
]


@pytest.mark.parametrize("text", ASKING_LEAVE)
def test_leave_asked_to_order_is_answered_with_the_consent_rule(text: str) -> None:
    bot = engine()
    bot.handle(KEY, "不正アクセスの調査を業者に頼むと50万円と言われました", user="U1")
    reply = bot.handle(KEY, text, user="U1")
    assert reply.answer == answer_for(QuestionTopic.CONSENT).lines
    assert any("同意" in line for line in reply.answer)


# Whether to tell the insurer or the agent: yes, the accident line, and consent before spending.
ASKING_INSURER = [
    "保険会社に連絡した方がいい？",
    "代理店に言えばいい？",
    "日新火災に電話すべき？",
    # The party and its act with words between them (config/nlu_topic_pairs.toml).
    "保険会社にはいつ連絡すれば？",
    "代理店さんへもう言ったほうがいいですか",
]


@pytest.mark.parametrize("text", ASKING_INSURER)
def test_whether_to_call_the_insurer_is_answered_with_the_accident_line(text: str) -> None:
    bot = engine()
    bot.handle(KEY, MISSENT, user="U1")
    reply = bot.handle(KEY, text, user="U1")
    assert reply.answer == answer_for(QuestionTopic.INSURER).lines
    text_shown = "".join(reply.answer)
    assert "0120-25-7474" in text_shown and "同意" in text_shown


def test_the_insurer_told_is_no_question() -> None:
    assert read_message("保険会社にはもう連絡しました").question_topics == ()


# Leave said, not asked: no question to answer.
@pytest.mark.parametrize(
    "text", ["業者に頼んでいいか社長に聞いてみます", "業者に頼んでいいと言われたので発注しました"]
)
def test_leave_reported_is_no_question(text: str) -> None:
    assert QuestionTopic.CONSENT not in read_message(text).question_topics


@pytest.mark.parametrize(
    "text", ["これって何ですか？", "サイバー保険の更新はいつ？", "ほかの会社もこうなってるの？"]
)
def test_a_question_with_no_topic_gets_the_fallback_not_the_introduction(text: str) -> None:
    bot = engine()
    bot.handle(KEY, MISSENT, user="U1")
    reply = bot.handle(KEY, text, user="U1")
    assert reply.answer == answer_for(None).lines


@pytest.mark.parametrize("text", ["今日は寒いですね", "了解しました"])
def test_a_statement_about_nothing_still_gets_not_understood(text: str) -> None:
    bot = engine()
    bot.handle(KEY, MISSENT, user="U1")
    reply = bot.handle(KEY, text, user="U1")
    assert reply.answer == ()


NO_ACCESS_LINE = "不正アクセスがなかった場合は"


@pytest.mark.parametrize(
    ("access", "says_no_access_rule"),
    [(Access.FOUND, False), (Access.NOT_FOUND, True), (None, True)],
)
def test_the_coverage_answer_follows_access_found(
    access: Access | None, says_no_access_rule: bool
) -> None:
    lines = answer_for("coverage", IncidentType.MALWARE, access=access).lines
    assert any(NO_ACCESS_LINE in line for line in lines) is says_no_access_rule


def test_access_found_in_the_conversation_chooses_the_answer() -> None:
    bot = engine()
    bot.handle(KEY, "フォレンジックの結果、不正アクセスが確認されました", user="U1")
    reply = bot.handle(KEY, "補償出る？", user="U1")
    assert reply.answer and not any(NO_ACCESS_LINE in line for line in reply.answer)


# Whether the data can be got back or restored now: evidence first, a clean backup, the
# decryptors, and ④ with the insurer's consent.
ASKING_RESTORE = [
    "バックアップから戻していいですか",
    "データって戻りますか",
    "ファイル元に戻せる？",
]


@pytest.mark.parametrize("text", ASKING_RESTORE)
def test_whether_to_restore_is_answered_with_evidence_first(text: str) -> None:
    bot = engine()
    bot.handle(KEY, "ランサムウェアに感染してファイルが暗号化されました", user="U1")
    reply = bot.handle(KEY, text, user="U1")
    assert reply.answer == answer_for(QuestionTopic.RESTORE).lines
    shown = "".join(reply.answer)
    assert "証拠" in shown and "④ データ等復旧費用" in shown and "同意" in shown


@pytest.mark.parametrize("text", ["バックアップから復元しました", "データは戻ってきました"])
def test_a_restore_told_is_no_question(text: str) -> None:
    assert QuestionTopic.RESTORE not in read_message(text).question_topics


# Whether to scan or remove the malware now: cut the network, ask the specialist first (a
# scan that deletes or quarantines files loses evidence), removal is ⑥ with consent.
ASKING_SCAN = [
    "ウイルス対策ソフトでスキャンしていい？",
    "セキュリティソフトで駆除すべきですか",
    "自分で駆除しても大丈夫？",
    "フルスキャンかけたほうがいいですか",
]


@pytest.mark.parametrize("text", ASKING_SCAN)
def test_whether_to_scan_is_answered_with_evidence_and_removal_cost(text: str) -> None:
    bot = engine()
    bot.handle(KEY, "PCがウイルスに感染したみたいです", user="U1")
    reply = bot.handle(KEY, text, user="U1")
    assert reply.answer == answer_for(QuestionTopic.AV_SCAN).lines
    shown = "".join(reply.answer)
    assert "切り離" in shown and "⑥" in shown and "同意" in shown


# Whether to tell the superior or the IT department: yes, now, with one point of contact.
ASKING_INTERNAL = [
    "上司には報告すべき？",
    "情シスに言ったほうがいい？",
    "社長へ連絡した方がいいですか",
    "社内報告は必要？",
]


@pytest.mark.parametrize("text", ASKING_INTERNAL)
def test_whether_to_tell_the_superior_is_answered(text: str) -> None:
    assert read_message(text).question_topics[0] is QuestionTopic.INTERNAL_REPORT
    reply = engine().handle(KEY, text, user="U1")
    assert reply.answer == answer_for(QuestionTopic.INTERNAL_REPORT).lines


# Near misses: the report to 個人情報保護委員会, the insurer, and the IT department's own
# call (their act, not a report to them) are other topics or none.
@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("個人情報保護委員会に報告は必要？", QuestionTopic.PPC_REPORT),
        ("保険会社に連絡したほうがいい？", QuestionTopic.INSURER),
        ("情シスから連絡がありました。電源は切るべき？", QuestionTopic.POWER_OFF),
    ],
)
def test_other_reports_keep_their_topic(text: str, topic: QuestionTopic) -> None:
    topics = read_message(text).question_topics
    assert topics[0] is topic and QuestionTopic.INTERNAL_REPORT not in topics


# Whether to keep it quiet: no hiding, a set circle inside, no posting, one voice outside.
ASKING_HUSH = [
    "社員に口止めしたほうがいい？",
    "このことは社内で伏せておいたほうがいいですか",
    "従業員にはどう説明すれば？",
]


@pytest.mark.parametrize("text", ASKING_HUSH)
def test_whether_to_keep_it_quiet_is_answered(text: str) -> None:
    reply = engine().handle(KEY, text, user="U1")
    assert reply.answer == answer_for(QuestionTopic.HUSH).lines
    assert "SNS" in "".join(reply.answer)


@pytest.mark.parametrize(
    "text", ["ウイルス対策ソフトでスキャンしました", "社員には口止めしていません。"]
)
def test_a_scan_or_silence_told_is_no_question(text: str) -> None:
    topics = read_message(text).question_topics
    assert QuestionTopic.AV_SCAN not in topics and QuestionTopic.HUSH not in topics
