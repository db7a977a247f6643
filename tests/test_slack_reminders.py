"""Reminders before the 個人情報保護委員会 deadlines, over real HTTP against the Web API
stand-in (which refuses a post_at in the past or beyond 120 days, as Slack does)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from tests.slack_harness import Harness
from tests.slack_stub import TEAM

JST = ZoneInfo("Asia/Tokyo")
ATTACK = "昨日、不正アクセスが確認されました。顧客2,000名の氏名と住所が漏えいしたおそれがあります"
MISSENT = (
    "昨日、顧客2,000名分の氏名とメールアドレスの一覧を、誤って取引先にメールで送信してしまいました"
)


def at9(year: int, month: int, day: int) -> int:
    return int(datetime(year, month, day, 9, 0, tzinfo=JST).timestamp())


def post_ats(slack: Harness, thread: str) -> list[int]:
    return [m["post_at"] for m in slack.stub.scheduled(thread_ts=thread)]


# (now in Tokyo, first message, the reminders' days at 09:00 JST): 速報 the day before its
# window closes, 確報 3 days and 1 day before its deadline (day 60 for an attack, else 30).
CASES = [
    # The case: known 11-25; 速報 11-27〜11-29; 確報 (60 days) 2027-01-23.
    (
        "attack",
        datetime(2026, 11, 26, 23, 30, tzinfo=JST),
        ATTACK,
        [(2026, 11, 28), (2027, 1, 20), (2027, 1, 22)],
    ),
    # A month end: known 11-28; 速報 11-30〜12-02; 確報 (30 days) 12-27.
    (
        "month_end",
        datetime(2026, 11, 29, 12, 0, tzinfo=JST),
        MISSENT,
        [(2026, 12, 1), (2026, 12, 24), (2026, 12, 26)],
    ),
    # The year end: known 12-28; 速報 12-30〜2027-01-01; 確報 2027-01-26.
    (
        "year_end",
        datetime(2026, 12, 29, 12, 0, tzinfo=JST),
        MISSENT,
        [(2026, 12, 31), (2027, 1, 23), (2027, 1, 25)],
    ),
]


@pytest.mark.parametrize(("name", "now", "text", "days"), CASES, ids=[c[0] for c in CASES])
def test_reminders_are_scheduled_in_the_thread_at_the_documented_times(
    make_slack: Callable[..., Harness],
    name: str,
    now: datetime,
    text: str,
    days: list[tuple[int, int, int]],
) -> None:
    slack = make_slack(now=now.astimezone(ZoneInfo("UTC")))
    thread = slack.mention(text, at=True)

    assert post_ats(slack, thread) == [at9(*day) for day in days]
    reminders = slack.stub.scheduled(thread_ts=thread)
    assert {m["channel"] for m in reminders} == {"C1"}
    # Each names what the report still lacks, as the claim file names its items.
    assert all("まだ伺っていない項目" in m["text"] and "原因" in m["text"] for m in reminders)
    # The card lists them with their times.
    card = slack.replies(thread)[0].body["text"]
    first = datetime.fromtimestamp(at9(*days[0]), JST)
    assert f"{first.month}月{first.day}日 09:00" in card and "【リマインダー】" in card


def test_a_new_discovery_date_moves_the_reminders(slack: Harness) -> None:
    thread = slack.mention(ATTACK, at=True)
    before = slack.stub.scheduled(thread_ts=thread)

    slack.say("発見日は11月20日でした", thread_ts=thread, at=True)

    # Known 11-20: the 速報 reminder (11-23) is past and left out; 確報 by 2027-01-18.
    assert post_ats(slack, thread) == [at9(2027, 1, 15), at9(2027, 1, 17)]
    deleted = {c.body["scheduled_message_id"] for c in slack.stub.of("chat.deleteScheduledMessage")}
    assert deleted == {m["id"] for m in before}
    assert not [c for c in slack.stub.of("chat.scheduleMessage") if not c.response["ok"]]
    card = slack.engine.state_of(f"{TEAM}:C1:{thread}").card[0]
    assert "1月15日 09:00" in slack.stub.of("chat.update", ts=card)[-1].body["text"]


def test_a_reset_deletes_the_reminders(slack: Harness) -> None:
    thread = slack.mention(ATTACK, at=True)
    assert post_ats(slack, thread)

    slack.say("最初から", thread_ts=thread, at=True)

    assert slack.stub.scheduled(thread_ts=thread) == []
    assert slack.engine.state_of(f"{TEAM}:C1:{thread}").reminders == []


def test_a_decision_not_to_report_deletes_the_reminders(slack: Harness) -> None:
    thread = slack.mention(ATTACK, at=True)
    slack.say(
        "弁護士と相談し、個人情報保護委員会への報告は不要と判断しました", thread_ts=thread, at=True
    )
    assert slack.stub.scheduled(thread_ts=thread) == []


def test_no_reminder_when_no_report_looks_required(slack: Harness) -> None:
    thread = slack.mention(
        "昨日、取引先1社へのメールを誤送信しました。顧客20名の氏名が含まれていました", at=True
    )
    assert slack.stub.of("chat.scheduleMessage") == []
    assert "【リマインダー】" not in slack.replies(thread)[0].body["text"]


def test_money_spent_without_known_consent_is_reminded_once(slack: Harness) -> None:
    thread = slack.mention("ランサムウェアに感染し、データ復旧に50万円かかりました", at=True)
    (consent,) = [m for m in slack.stub.scheduled(thread_ts=thread) if "同意" in m["text"]]
    slack.say("公表はしていません", thread_ts=thread, at=True)
    assert [m for m in slack.stub.scheduled(thread_ts=thread) if "同意" in m["text"]] == [consent]
    slack.say("保険会社の同意は得ています", thread_ts=thread, at=True)
    assert not [m for m in slack.stub.scheduled(thread_ts=thread) if "同意" in m["text"]]


def test_the_stand_in_refuses_a_post_at_in_the_past_or_too_far(slack: Harness) -> None:
    web = WebClient(token="xoxb-1-test", base_url=slack.stub.api_url)
    now = int(slack.now.timestamp())
    for post_at, error in ((now - 60, "time_in_past"), (now + 121 * 86_400, "time_too_far")):
        with pytest.raises(SlackApiError) as raised:
            web.chat_scheduleMessage(channel="C1", post_at=post_at, text="x")
        assert raised.value.response["error"] == error
    listed = web.chat_scheduledMessages_list(channel="C1")
    assert listed["scheduled_messages"] == []
