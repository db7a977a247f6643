"""The Slack app end to end: signed requests over HTTP to the app in HTTP mode, whose
Web API calls go to a local stand-in of Slack (tests/slack_stub.py). Nothing of ours is
mocked; every Block Kit payload is checked against Slack's limits by the stand-in."""

from __future__ import annotations

import json
import logging
import re
import sqlite3
import time
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from bot.conversation.questions import questions
from bot.labels import labels
from bot.render.lines import checklist_lines
from bot.settings import SettingsError, load_settings
from bot.slack.blocks.reply import ActionId, BlockId, ButtonValue
from bot.slack.serve import serve
from bot.slack.texts import slack_texts
from coverage import load_rider
from tests.slack_harness import (
    ESCALATION_CHANNEL,
    HOTLINE,
    MENTION,
    NOW,
    SECRET,
    Harness,
    button,
    new_ts,
    texts_of,
)
from tests.slack_stub import BOT_ID, BOT_USER, SlackStub

# -- conversations in threads ---------------------------------------------------------


def test_a_mention_gets_a_thread_reply_with_the_estimate_and_contacts(slack: Harness) -> None:
    thread = slack.mention("監視会社から不正アクセスの可能性ありと通報。調査費300万円")

    replies = slack.replies(thread)
    text = texts_of(replies)
    assert replies and all(c.body["channel"] == "C1" for c in replies)
    assert "【補償額の見込み】" in text and "3,000,000円" in text
    assert labels().messages["disclaimer"] in text
    assert HOTLINE in text
    blocks = [b for c in replies for b in c.body["blocks"]]
    assert {b.get("block_id") for b in blocks} >= {BlockId.ANSWERS, BlockId.TOOLS}


def test_a_follow_up_in_the_thread_continues_without_a_mention(slack: Harness) -> None:
    thread = slack.mention("PCがウイルスに感染したかもしれない")
    slack.say("調査費は300万円", thread_ts=thread)

    card, follow_up = slack.replies(thread)[:2]
    assert "3,000,000円" not in texts_of([card])
    # The follow-up says what changed; the card above is updated in place.
    assert "3,000,000円" in texts_of([follow_up]) and "事故の種類" not in texts_of([follow_up])
    (update,) = slack.stub.of("chat.update", ts=card.response["ts"])
    assert "3,000,000円" in update.body["text"] and "事故の種類" in update.body["text"]


def test_messages_outside_the_bots_threads_are_ignored(slack: Harness) -> None:
    slack.say("調査費は300万円", thread_ts=None)
    slack.say("調査費は300万円", thread_ts=new_ts())

    assert slack.stub.of("chat.postMessage") == []


def test_a_direct_message_is_a_conversation_in_its_own_thread(slack: Harness) -> None:
    first = slack.say("取引先へのメールを誤送信してしまった", thread_ts=None, channel="D1")
    slack.say("顧客20名分の氏名が含まれていた", thread_ts=first, channel="D1")

    replies = slack.stub.of("chat.postMessage", channel="D1")
    assert {c.body["thread_ts"] for c in replies} == {first}
    assert "20名" in texts_of(replies[-1:])


def test_a_quick_answer_button_sets_the_fact_and_retires_the_buttons(slack: Harness) -> None:
    thread = slack.mention("監視会社から通報。調査費300万円")
    asked = slack.last_reply(thread)
    answer = button(asked, f"{ActionId.ANSWER}:0")
    value = ButtonValue.decode(answer["value"])

    slack.click(asked, answer["action_id"])

    assert value.question in questions() and isinstance(value.answer, str | bool)
    fact = f"・{labels().facts[value.question]}: {labels().value(value.question, value.answer)}"
    assert fact not in asked["text"].splitlines()
    assert fact in slack.last_reply(thread)["text"].splitlines()
    # The question was on the card: the card is updated with the fact, without its buttons.
    (update,) = slack.stub.of("chat.update")
    assert update.body["ts"] == asked["ts"]
    assert all(b.get("block_id") != BlockId.ANSWERS for b in update.body["blocks"])
    assert fact in update.body["text"].splitlines()
    assert fact in json.dumps(update.body["blocks"], ensure_ascii=False)


def test_the_checklist_button_shows_the_whole_checklist(slack: Harness) -> None:
    thread = slack.mention("ランサムウェアに感染した")
    slack.click(slack.last_reply(thread), ActionId.CHECKLIST)

    shown = slack.last_reply(thread)["text"]
    advice = slack.engine.current(f"T1:C1:{thread}").advice
    assert advice is not None
    assert slack_texts().checklist["heading"] in shown
    assert all(line in shown for line in checklist_lines(advice, slack.engine.rider))


def test_after_a_reset_the_thread_still_continues_without_a_mention(slack: Harness) -> None:
    thread = slack.mention("調査費300万円")
    slack.say("最初から", thread_ts=thread)
    slack.say("ランサムウェアに感染した", thread_ts=thread)

    reset, fresh = slack.replies(thread)[-2:]
    assert reset.body["text"] == labels().messages["reset_done"]
    assert "マルウェア" in fresh.body["text"] and "3,000,000円" not in fresh.body["text"]


def test_after_an_unreadable_mention_the_thread_continues_without_a_mention(
    slack: Harness,
) -> None:
    thread = slack.mention("🔥🔥")
    slack.say("ランサムウェアに感染した", thread_ts=thread)

    empty, answer = slack.replies(thread)[-2:]
    assert labels().messages["empty_message"] in empty.body["text"]
    assert "マルウェア" in answer.body["text"]


def test_a_button_of_an_expired_conversation_gets_a_polite_reply(slack: Harness) -> None:
    thread = slack.mention("調査費300万円")
    asked = slack.last_reply(thread)
    slack.engine.store.delete(f"T1:C1:{thread}")  # what expiry does after CYBERBOT_EXPIRE_DAYS

    slack.click(asked, ActionId.CHECKLIST)

    assert slack.last_reply(thread)["text"] == slack_texts().errors["stale_conversation"]


# -- /cyber ---------------------------------------------------------------------------


def test_the_slash_command_answers_only_the_agent_with_the_breakdown(slack: Harness) -> None:
    response = slack.sender.command(
        "外部通報 不正アクセスなし 調査費300万円",
        response_url=slack.stub.response_url("c1"),
    )
    slack.settle()

    assert response.status == 200 and response.body == ""
    answers = slack.stub.of("response_url")
    assert answers and all(c.body["response_type"] == "ephemeral" for c in answers)
    text = texts_of(answers)
    row = next(line for line in text.splitlines() if line.startswith("① 不正アクセス等対応費用 "))
    assert re.search(r"3,000,000円 \| 縮小支払割合 ?90%.* \| +2,700,000円$", row), row
    assert "2,000,000円" in text  # the example: 90 % then the 200万円 cap
    assert labels().messages["disclaimer"] in text
    yen_lines = [line for line in text.splitlines() if re.search(r"\d円", line)]
    traced = [line for line in yen_lines if re.search(r"[①-⑦]|限度額|合計|小計|【", line)]
    assert yen_lines == traced
    assert slack.stub.of("chat.postMessage") == []
    with closing(sqlite3.connect(slack.settings.db_path)) as db:
        left = db.execute("SELECT count(*) FROM conversations WHERE key LIKE 'command:%'")
        assert left.fetchone() == (0,)  # each command is forgotten once answered


@pytest.mark.parametrize("text", ["", "help", "  ヘルプ "])
def test_the_slash_command_alone_or_help_shows_the_usage(slack: Harness, text: str) -> None:
    slack.sender.command(text, response_url=slack.stub.response_url("usage"))
    slack.settle()

    (answer,) = slack.stub.of("response_url")
    assert "`/cyber` の使い方" in answer.body["text"]
    assert answer.body["response_type"] == "ephemeral"


# -- escalation -----------------------------------------------------------------------


def test_escalation_posts_one_summary_and_answers_with_the_hotline(slack: Harness) -> None:
    thread = slack.mention("監視会社から不正アクセスの可能性ありと通報。調査費300万円", user="U1")
    escalate = button(slack.last_reply(thread), ActionId.ESCALATE)
    assert set(escalate["confirm"]) >= {"title", "text", "confirm", "deny"}

    slack.click(slack.last_reply(thread), ActionId.ESCALATE, user="U2")

    (summary,) = slack.stub.of("chat.postMessage", channel=ESCALATION_CHANNEL)
    text = summary.body["text"]
    assert "<@U1>" in text and "<@U2>" in text
    assert f"https://example.slack.com/archives/C1/p{thread.replace('.', '')}" in text
    assert "2026年11月26日 23:30（日本時間）" in text
    assert "【補償額の見込み】" in text and labels().messages["disclaimer"] in text
    answer = slack.last_reply(thread)["text"]
    assert HOTLINE in answer and f"<#{ESCALATION_CHANNEL}>" in answer
    memo = answer.split(slack_texts().escalation["memo_heading"])[1].strip().splitlines()
    assert 3 <= len(memo) <= 6 and "発見のきっかけ: 外部からの通報" in answer


def test_escalation_without_a_channel_still_answers_and_warns(
    make_slack: Callable[..., Harness], caplog: pytest.LogCaptureFixture
) -> None:
    slack = make_slack(escalation=None)
    thread = slack.mention("ランサムウェアに感染した")
    with caplog.at_level(logging.WARNING, logger="bot"):
        slack.click(slack.last_reply(thread), ActionId.ESCALATE)

    assert [c.body["channel"] for c in slack.stub.of("chat.postMessage")] == ["C1", "C1"]
    answer = slack.last_reply(thread)["text"]
    assert HOTLINE in answer and slack_texts().escalation["not_configured"] in answer
    assert any("no escalation channel" in r.getMessage() for r in caplog.records)


def test_a_failed_escalation_post_still_gives_the_hotline_with_an_error_id(slack: Harness) -> None:
    thread = slack.mention("ランサムウェアに感染した")
    slack.stub.fail("chat.postMessage", "not_in_channel")
    slack.click(slack.last_reply(thread), ActionId.ESCALATE)

    answer = slack.last_reply(thread)["text"]
    assert HOTLINE in answer and re.search(r"エラーID: [0-9a-f]{8}", answer)


# -- delivery: retries, duplicates, signatures, restarts -------------------------------


@pytest.mark.parametrize(
    "retry_headers",
    [{}, {"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"}],
    ids=["same-event-id", "retry-header"],
)
def test_a_redelivered_event_gets_no_second_reply(
    slack: Harness, retry_headers: dict[str, str]
) -> None:
    ts = new_ts()
    event = {"type": "app_mention", "user": "U1", "text": f"{MENTION} 調査費300万円"}
    event |= {"ts": ts, "channel": "C1", "event_ts": ts}
    slack.send(event, event_id="EvSAME")
    once = len(slack.replies(ts))

    slack.send(event, event_id="EvSAME", headers=retry_headers)

    assert once >= 1 and len(slack.replies(ts)) == once


def test_a_mention_in_a_thread_arriving_as_two_events_gets_one_reply(slack: Harness) -> None:
    thread = slack.mention("ランサムウェアに感染した")
    before = len(slack.replies(thread))
    ts = new_ts()
    text = f"{MENTION} 調査費300万円"
    common = {"user": "U1", "text": text, "ts": ts, "channel": "C1", "thread_ts": thread}
    slack.send({"type": "app_mention", **common, "event_ts": ts})
    slack.send({"type": "message", "channel_type": "channel", **common, "event_ts": ts})

    assert len(slack.replies(thread)) == 2 * before


@pytest.mark.parametrize(
    ("timestamp", "signature"),
    [(None, "v0=" + "0" * 64), (int(time.time()) - 600, None)],
    ids=["bad-signature", "stale-timestamp"],
)
def test_a_request_not_signed_by_slack_now_is_refused(
    slack: Harness, timestamp: int | None, signature: str | None
) -> None:
    ts = new_ts()
    event = {"type": "app_mention", "user": "U1", "text": f"{MENTION} 調査費300万円"}
    event |= {"ts": ts, "channel": "C1", "event_ts": ts}

    response = slack.sender.event(event, timestamp=timestamp, signature=signature)
    slack.settle()

    assert response.status == 401
    assert slack.stub.of("chat.postMessage") == []


def test_a_restart_continues_the_conversation_from_the_database(slack: Harness) -> None:
    ts = new_ts()
    event = {"type": "app_mention", "user": "U1", "text": f"{MENTION} 調査費300万円"}
    event |= {"ts": ts, "channel": "C1", "event_ts": ts}
    slack.send(event, event_id="EvBEFORE")

    slack.restart()
    slack.send(event, event_id="EvBEFORE")  # a retry after the restart: still answered once
    slack.say("ランサムウェアに感染していた", thread_ts=ts)

    first, second = slack.replies(ts)[-2:]
    assert "3,000,000円" in texts_of([second]) and "マルウェア" in texts_of([second])
    assert "マルウェア" not in texts_of([first])


def test_the_url_verification_challenge_is_answered(slack: Harness) -> None:
    body = json.dumps(
        {"token": "t", "challenge": "3eZbrw1aBm2rZgRNFdxV", "type": "url_verification"}
    )
    response = slack.sender.post(body, "application/json")

    assert response.status == 200 and "3eZbrw1aBm2rZgRNFdxV" in response.body


# -- what the bot does not answer, or answers politely --------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("あ" * (40_000 - len(MENTION) - 1), "最初の4,000文字"),
        (":fire: :sob:", labels().messages["empty_message"]),
        ("🔥🔥🔥", labels().messages["empty_message"]),
    ],
    ids=["40000-characters", "emoji-names", "emoji"],
)
def test_huge_or_unreadable_messages_get_a_polite_reply(
    slack: Harness, text: str, expected: str
) -> None:
    thread = slack.mention(text)

    assert expected in texts_of(slack.replies(thread))


@pytest.mark.parametrize(
    "extra",
    [
        {"user": BOT_USER, "bot_id": BOT_ID},
        {"bot_id": "B2", "subtype": "bot_message", "username": "other-bot"},
        {"subtype": "message_changed"},
        {"subtype": "channel_join"},
    ],
    ids=["own", "other-bot", "edit", "join"],
)
def test_the_bot_ignores_bots_and_system_messages(slack: Harness, extra: dict[str, Any]) -> None:
    thread = slack.mention("ランサムウェアに感染した")
    before = len(slack.stub.of("chat.postMessage"))

    slack.say("調査費300万円", thread_ts=thread, **extra)

    assert len(slack.stub.of("chat.postMessage")) == before


def test_a_mention_by_another_bot_is_ignored(slack: Harness) -> None:
    ts = new_ts()
    event = {"type": "app_mention", "user": "U9", "bot_id": "B2", "text": f"{MENTION} 調査費1円"}
    slack.send(event | {"ts": ts, "channel": "C1", "event_ts": ts})

    assert slack.stub.of("chat.postMessage") == []


def test_an_error_gets_a_polite_reply_whose_id_is_in_the_log(
    slack: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    slack.stub.fail("chat.postMessage", "internal_error")
    with caplog.at_level(logging.INFO, logger="bot"):
        thread = slack.mention("秘密のプロジェクト名ABCが漏えい")

    answer = slack.last_reply(thread)["text"]
    error_id = re.search(r"エラーID: ([0-9a-f]{8})", answer)
    assert error_id is not None and HOTLINE in answer
    logged = "\n".join(r.getMessage() for r in caplog.records if r.name.startswith("bot"))
    assert f"error_id={error_id.group(1)}" in logged
    assert "秘密のプロジェクト名" not in logged


# -- App Home -------------------------------------------------------------------------


def test_opening_the_home_tab_publishes_contacts_usage_and_disclaimer(slack: Harness) -> None:
    slack.send({"type": "app_home_opened", "user": "U1", "channel": "D1", "tab": "home"})
    slack.send({"type": "app_home_opened", "user": "U1", "channel": "D1", "tab": "messages"})

    (publish,) = slack.stub.of("views.publish")
    view = publish.body["view"]
    shown = json.dumps(view, ensure_ascii=False)
    assert publish.body["user_id"] == "U1" and view["type"] == "home"
    assert HOTLINE in shown and "受付時間外" in shown
    assert labels().messages["disclaimer"] in shown and "/cyber" in shown


# -- start-up -------------------------------------------------------------------------


def test_a_rejected_bot_token_is_a_clear_start_up_error(tmp_path: Path) -> None:
    with SlackStub() as stub:
        stub.fail("auth.test", "invalid_auth")
        env = {"SLACK_BOT_TOKEN": "xoxb-1-revoked", "SLACK_SIGNING_SECRET": SECRET}
        env |= {"SLACK_API_URL": stub.api_url, "CYBERBOT_DB": str(tmp_path / "db.sqlite3")}
        settings = load_settings(env, dotenv=tmp_path / "no.env")

        with pytest.raises(SettingsError, match="Slack rejected SLACK_BOT_TOKEN"):
            serve(settings, http=True, port=0, rider=load_rider())


def test_socket_mode_without_an_app_token_is_a_clear_start_up_error(tmp_path: Path) -> None:
    settings = load_settings({"SLACK_BOT_TOKEN": "xoxb-1-x"}, dotenv=tmp_path / "no.env")

    with pytest.raises(SettingsError, match="SLACK_APP_TOKEN is not set"):
        serve(settings, http=False, port=0, rider=load_rider())


def test_a_confirmed_attack_found_yesterday_gets_steps_contacts_and_deadlines(
    slack: Harness,
) -> None:
    """Issue 5's scenario in Slack: first steps, the desk's state, both report deadlines."""
    ts = f"{int(NOW.timestamp())}.000001"  # Thursday 2026-11-26 23:30 JST
    text = (
        f"{MENTION} 昨日、サーバーへの不正アクセスが判明しました。顧客情報2,000件が流出しています。"
    )
    slack.send({"type": "app_mention", "user": "U1", "text": text, "ts": ts, "channel": "C1"})

    shown = texts_of(slack.replies(ts))
    assert "今すべきこと" in shown
    assert "<tel:0120257474|0120-25-7474>" in shown
    assert "受付時間外" in shown  # 23:30: the desk is closed and the 24h line is named
    # Discovered 2026-11-25: 速報 about 3-5 days; 確報 within 60 days for an attack.
    assert "11月27日" in shown and "11月29日" in shown and "1月23日" in shown


def _tables(calls: list[Any]) -> list[dict[str, Any]]:
    return [b for c in calls for b in c.body["blocks"] if b["type"] == "table"]


def test_scenarios_are_a_table_on_the_card_and_the_breakdown_is_one_click_away(
    slack: Harness,
) -> None:
    thread = slack.mention("監視会社から不正アクセスの可能性ありと通報。調査費500万円")
    card = slack.replies(thread)
    (scenarios,) = _tables(card)
    titles = [json.dumps(cell, ensure_ascii=False) for cell in scenarios["rows"][0]]
    assert "前提" in titles[0] and "見込み" in titles[-1]
    assert len(scenarios["rows"]) == 1 + 3  # spec example 11's three scenarios
    assert "5,000,000円" in json.dumps(scenarios["rows"][1], ensure_ascii=False)
    assert "| 支払割合 |" in texts_of(card)  # the same table as aligned fallback lines

    posted = len(slack.replies(thread))
    slack.click(slack.last_reply(thread), ActionId.BREAKDOWN)
    shown = slack.replies(thread)[posted:]
    per_scenario = _tables(shown)
    assert len(per_scenario) == 3 and all(len(_tables([c])) == 1 for c in shown)
    assert all(labels().messages["disclaimer"] in c.body["text"] for c in shown)
    assert all(labels().messages["consent_reminder"] in c.body["text"] for c in shown)
    assert "① 不正アクセス等対応費用" in texts_of(shown)
