"""The reporting spec's worked examples 1–4, through the conversation engine and its text."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.conversation.engine import Engine
from bot.conversation.store import MemoryStore
from bot.render.text import render_text
from coverage import load_rider

RIDER = load_rider()
# Tuesday 2026-12-01 10:00 JST.
NOW = datetime(2026, 12, 1, 1, 0, tzinfo=UTC)
HEADING = "【個人情報保護委員会への報告】"


def reply_to(*messages: str) -> str:
    engine = Engine(RIDER, MemoryStore(), clock=lambda: NOW)
    reply = None
    for text in messages:
        reply = engine.handle("T1:C1:1.0", text, user="U1")
    assert reply is not None
    return render_text(reply, RIDER)


def reporting(shown: str) -> str:
    """The reporting section of a rendered reply."""
    start = shown.index(HEADING)
    end = shown.find("\n\n", start)
    return shown[start : end if end > 0 else None]


# (messages, phrases the reporting section must show)
EXAMPLES = [
    (  # 1: unauthorized access, 2,000 customers: 第3号 and 第4号, 60 days
        ["11月30日に不正アクセスがあり、顧客2,000人の氏名と住所が漏えいしたおそれがあります"],
        [
            "報告（速報・確報）と、本人への通知が必要です",
            "第3号",
            "第4号",
            "12月2日〜12月4日",
            "2027年1月28日まで",
            "60日目",
        ],
    ),
    (  # 2: a USB stick with 50 customers' card numbers lost: 第2号, 30 days; theft → 60
        ["11月30日、顧客50人分のカード番号が入ったUSBメモリを紛失しました"],
        ["第2号", "12月29日まで", "30日目", "盗難", "60日"],
    ),
    (  # 3: documents with 300 names and phone numbers left on a train: no trigger
        ["12月1日、顧客300人の氏名と電話番号が載った書類を電車に置き忘れました"],
        ["まだ当たりません", "盗難の疑いがある場合", "1,000人を超える場合"],
    ),
]


@pytest.mark.parametrize(("messages", "phrases"), EXAMPLES)
def test_worked_examples_hold_through_the_conversation(
    messages: list[str], phrases: list[str]
) -> None:
    """Spec examples 1–3: the triggers, the day-1 dates and the wording in the reply."""
    section = reporting(reply_to(*messages))
    for phrase in phrases:
        assert phrase in section, phrase


def test_example_3_gives_no_duty_dates() -> None:
    """No trigger on the facts as stated: no 速報 or 確報 date is shown."""
    section = reporting(reply_to(EXAMPLES[2][0][0]))
    assert "速報" not in section and "確報" not in section


def test_copyright_claim_shows_no_reporting_section() -> None:
    """Spec example 4: a claim over a website photo has no reporting section at all."""
    shown = reply_to("ホームページに掲載した写真が著作権侵害だとして使用料を請求されました")
    assert HEADING not in shown
    assert "著作権" in shown


def test_web_skimming_is_reported_under_the_amendment() -> None:
    """A tampered payment form: 第3号 as amended in 2024, the card companies step, 60 days."""
    shown = reply_to(
        "11月30日、決済画面が改ざんされ、入力されたカード情報がスキミングされていました"
    )
    section = reporting(shown)
    assert "取得しようとしている個人情報" in section and "2024年4月" in section
    assert "2027年1月28日まで" in section
    assert "カード会社" in shown and "メンテナンス画面" in shown


def test_the_date_question_says_who_counts_as_knowing() -> None:
    """Without a date the bot asks for it: any employee, before confirmation."""
    section = reporting(reply_to("不正アクセスで顧客2,000人分の個人情報が漏えいしたおそれ"))
    assert "どの部署でも" in section and "経営陣に報告された日ではありません" in section


def test_the_date_given_later_turns_the_rule_into_dates() -> None:
    """The discovery date told in a later message gives the dates."""
    shown = reply_to(
        "サーバーへの不正アクセスが判明し、顧客2,000人分の個人情報が流出しました",
        "気づいたのは11月30日です",
    )
    assert "2027年1月28日" in shown


THEFT_REASON = "盗難（置き引き・車上荒らしなど）と伺いました"
THEFT_CONDITION = "置き忘れではなく盗難の疑いがある場合"

# (messages, whether the reporting section shows the duty under 第3号 for a theft; if not,
# it names the theft as a condition)
THEFTS = [
    (["12月1日、顧客300人の氏名と電話番号が入ったノートPCが置き引きにあいました"], True),
    (["12月1日、営業車が車上荒らしにあい、顧客名簿を盗まれました"], True),
    (["12月1日、顧客300人の氏名と電話番号が入ったノートPCを紛失しました"], False),
    (["12月1日、顧客名簿を入れたカバンを盗まれたかもしれません"], False),
    (
        [
            "12月1日、顧客300人の氏名と電話番号が入ったノートPCを紛失しました",
            "防犯カメラを確認したら、置き引きでした",
        ],
        True,
    ),
    (
        [
            "12月1日、顧客300人の氏名と電話番号が入ったノートPCが置き引きにあいました",
            "すみません、盗難ではなく置き忘れでした",
        ],
        False,
    ),
]


@pytest.mark.parametrize(("messages", "duty"), THEFTS)
def test_a_theft_said_is_reported_under_number_3_and_a_loss_names_it(
    messages: list[str], duty: bool
) -> None:
    """A thing stolen, not lost, fires 第3号 (60 days) whatever the number of persons; a loss,
    a theft only suspected or one taken back lists the theft as what would fire it."""
    section = reporting(reply_to(*messages))
    assert (THEFT_REASON in section) is duty
    assert (THEFT_CONDITION in section) is not duty
    assert ("60日目" in section) is duty
    assert ("まだ当たりません" in section) is not duty


def test_a_theft_the_user_supposes_is_named_first_as_may_apply() -> None:
    """「盗まれたみたいです」: the spec's example 2 — the bot says 第3号 may apply (60 days),
    in terms of what the user said, first among the conditions; no duty is stated yet."""
    section = reporting(reply_to("12月1日、顧客名簿を入れたカバンを盗まれたかもしれません"))
    lines = [line for line in section.splitlines() if line.startswith("・")]
    assert lines[0].startswith("・盗まれた可能性があると伺いました")
    assert "60日" in lines[0] and "第3号" in lines[0]
    assert THEFT_REASON not in section and "まだ当たりません" in section
    lost = reporting(reply_to("12月1日、顧客名簿を入れたカバンをなくしました"))
    assert "盗まれた可能性があると伺いました" not in lost and THEFT_CONDITION in lost


def test_a_theft_supposed_in_a_follow_up_brings_the_reporting_section_along() -> None:
    """「もしかしたら盗まれたかも」 after a loss changes no fact but the reporting section's
    conditions: the follow-up shows the section with the may-apply line, not only that
    nothing changed."""
    shown = reply_to(
        "USBメモリが見当たりません。顧客300名分の名簿が入ってます",
        "もしかしたら盗まれたかもしれません",
    )
    assert HEADING in shown
    assert "盗まれた可能性があると伺いました" in reporting(shown)
    quiet = reply_to("USBメモリが見当たりません。顧客300名分の名簿が入ってます", "了解です")
    assert HEADING not in quiet


def test_the_card_shows_the_theft_with_its_words() -> None:
    """The incident type reads 「盗難」, quoting the words that said so; a loss does not."""
    stolen = reply_to("ノートPCが置き引きにあいました")
    assert "・事故の種類: 盗難（「ノートPCが置き引きにあいました」より）" in stolen
    lost = reply_to("ノートPCを紛失しました")
    assert "・事故の種類: 紛失・盗難・置き忘れ（「ノートPCを紛失しました」より）" in lost


def test_a_theft_taken_back_shows_as_a_change_on_the_card() -> None:
    """The follow-up after 「盗難ではなく置き忘れでした」 says the type changed back."""
    shown = reply_to("ノートPCが置き引きにあいました", "すみません、盗難ではなく置き忘れでした")
    assert "・事故の種類: 盗難 → 紛失・盗難・置き忘れ" in shown


def test_a_contractors_leak_over_1000_says_60_days_may_apply() -> None:
    """A printer's mail: 1,200 customers leaked at the contractor, whose server was broken
    into. 第4号 shows 30 days; the card must add that an attack (第3号, 60 days) may apply,
    as it does for a loss that may be a theft."""
    shown = reply_to(
        "委託先の印刷会社から連絡がありました。「弊社サーバーが不正アクセスを受け、"
        "貴社からお預かりした顧客データ（約1,200件、氏名・住所）が外部に流出した"
        "可能性がございます」とのことです"
    )
    section = reporting(shown)
    assert "委託先での漏えい" in shown and "30日目" in section
    assert "第3号にも当たり、確報の期限は60日になります" in section
