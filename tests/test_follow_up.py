"""The incident card first, then short follow-ups that say what changed."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.conversation.engine import Engine
from bot.conversation.store import MemoryStore
from bot.render.text import render_text
from coverage import load_rider

NOW = datetime(2026, 11, 26, 14, 30, tzinfo=UTC)
RIDER = load_rider()
KEY = "T1:C1:1.0"


def engine() -> Engine:
    return Engine(RIDER, MemoryStore(), clock=lambda: NOW)


def test_the_first_reply_is_the_card_and_a_follow_up_is_short() -> None:
    bot = engine()
    card = bot.handle(KEY, "ランサムウェアに感染しました", user="U1")
    follow_up = bot.handle(KEY, "調査費は300万円です", user="U1")

    assert not card.brief
    assert "【今すべきこと" in render_text(card, RIDER)
    shown = render_text(follow_up, RIDER)
    assert follow_up.brief
    assert "【今すべきこと" not in shown and "【緊急連絡先】" not in shown
    assert "3,000,000円" in shown
    assert "概算の目安" in shown and "同意" in shown  # a yen figure: the two short lines


def test_a_correction_says_old_and_new() -> None:
    bot = engine()
    bot.handle(KEY, "ランサムウェアに感染しました。公表済みです。調査費300万円", user="U1")
    reply = bot.handle(KEY, "すみません、公表はまだでした", user="U1")

    shown = render_text(reply, RIDER)
    assert "・公表: 公表した（予定を含む） → 公表していない" in shown
    assert "3,000,000円 → 2,000,000円" in shown


@pytest.mark.parametrize(
    "messages",
    [
        ["PCがウイルスに感染したかも", "調査費は300万円", "公表はしていません"],
        ["顧客2,000名分の名簿を誤送信しました", "お詫び状の送付費用50万円です"],
    ],
)
def test_a_follow_up_fits_on_a_phone_screen(messages: list[str]) -> None:
    bot = engine()
    replies = [bot.handle(KEY, text, user="U1") for text in messages]
    for reply in replies[1:]:
        lines = [line for line in render_text(reply, RIDER).splitlines() if line]
        assert len(lines) <= 14, lines


def test_the_card_is_shown_again_on_request(tmp_path: object) -> None:
    bot = engine()
    bot.handle(KEY, "ランサムウェアに感染しました", user="U1")
    bot.handle(KEY, "調査費は300万円です", user="U1")
    card = bot.current(KEY)
    shown = render_text(card, RIDER)
    assert not card.brief
    assert "【ここまでに伺った内容】" in shown and "【今すべきこと" in shown
    assert "3,000,000円" in shown


@pytest.mark.parametrize(
    "said", ["同意はまだ取ってないです", "保険会社の同意：なし", "まだ同意もらってない"]
)
def test_consent_not_yet_obtained_is_answered_with_the_consent_rule(said: str) -> None:
    bot = engine()
    bot.handle(KEY, "ランサムウェアに感染しました", user="U1")
    reply = bot.handle(KEY, said, user="U1")

    shown = render_text(reply, RIDER)
    assert "読み取れませんでした" not in shown
    assert "支払う前に同意を得てください" in shown
    assert "consent" not in bot.state_of(KEY).facts.values  # nothing spent: still open


@pytest.mark.parametrize(
    ("messages", "question"),
    [
        (["メール誤送信。宛先は顧客85名"], "お詫びのメール送ったほうがいい？"),
        (["ランサムウェアに感染、顧客2,000名分"], "個人情報保護委員会への報告は必要？"),
    ],
)
def test_an_answer_that_points_to_the_reporting_section_brings_it(
    messages: list[str], question: str
) -> None:
    bot = engine()
    for text in messages:
        bot.handle(KEY, text, user="U1")
    shown = render_text(bot.handle(KEY, question, user="U1"), RIDER)
    assert "下の【個人情報保護委員会への報告】" in shown
    assert shown.count("【個人情報保護委員会への報告】") == 2  # the pointer and the section


@pytest.mark.parametrize(
    "said", ["まだ", "同意はまだです", "同意はこれから", "同意はこれから取ります"]
)
def test_consent_not_yet_in_a_sentence_is_taken_as_a_bare_not_yet(said: str) -> None:
    bot = engine()
    bot.handle(KEY, "ランサムウェアに感染。調査に300万の見込み。公表はしません", user="U1")
    asked = bot.handle(KEY, "顧客100名分、監視会社からの通報でした", user="U1")
    assert asked.question is not None and asked.question.id == "consent"

    reply = bot.handle(KEY, said, user="U1")
    again = bot.current(KEY)  # the card shown again (「まとめ」)

    for shown in (reply, again):
        assert shown.question is None or shown.question.id != "consent"
    assert "consent" in bot.state_of(KEY).facts.said_unknown
    assert "consent" not in bot.state_of(KEY).facts.values


def test_a_question_naming_a_cost_does_not_ask_for_its_amount() -> None:
    """「お詫び状って出すべき？」 is answered; it is no cost whose amount is awaited."""
    bot = engine()
    bot.handle(KEY, "メール誤送信。宛先は顧客85名", user="U1")
    reply = bot.handle(KEY, "お詫び状って出すべき？", user="U1")
    assert reply.answer
    assert not any("続けて教えてください" in note for note in reply.notes)


def test_a_follow_up_without_a_yen_figure_has_no_disclaimer() -> None:
    """「公表: 未定」 states no amount: the two lines about amounts would only be noise on a
    phone, though the conversation has costs. A changed amount still carries them."""
    bot = engine()
    bot.handle(KEY, "不正アクセスがありました。調査費150万円", user="U1")
    unchanged = render_text(bot.handle(KEY, "被害者は顧客3000人です", user="U1"), RIDER)
    assert "・被害者（個人）: 3,000名" in unchanged
    assert "概算の目安" not in unchanged
    changed = render_text(bot.handle(KEY, "調査費は200万円でした", user="U1"), RIDER)
    assert "1,500,000円 → 2,000,000円" in changed
    assert "概算の目安" in changed and "同意を得てください" in changed


def test_asked_by_when_the_answer_gives_the_days_when_no_date_is_shown() -> None:
    """「いつまでに報告？」 after a mis-sent mail with no duty yet: the section below shows
    no date, so the answer itself says 3〜5日目 and 30日目 rather than 「下に日付で」."""
    bot = engine()
    bot.handle(KEY, "取引先へのメールを別の会社に誤送信しました。顧客500名分の一覧が添付です")
    shown = render_text(bot.handle(KEY, "いつまでに報告？", user="U1"), RIDER)
    answer = shown.split("【個人情報保護委員会への報告】")[0]
    assert "3〜5日目" in answer and "30日目" in answer
    assert "日付でお示し" not in answer
    assert "まだ当たりません" in shown  # the section it points to comes along
