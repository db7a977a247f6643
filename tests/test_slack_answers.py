"""Answers, urgent lines, corrections and confirmations over real HTTP.

Signed events go to the app in HTTP mode; its Web API calls go to the stand-in Slack
(tests/slack_stub.py), which checks every payload against Slack's Block Kit limits.
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Any

import pytest

from bot.conversation.engine import Engine
from bot.conversation.store import MemoryStore
from bot.render.layout import layout
from bot.render.sections import SLACK, Role
from bot.render.text import render_text
from bot.slack.blocks.reply import ActionId, BlockId
from coverage import load_rider
from tests.slack_harness import NOW, Harness, button, texts_of
from tests.slack_limits import message_problems

RIDER = load_rider()
RANSOMWARE = "ランサムウェアに感染した。画面に身代金を要求する文章が出ている"
UNREAD = "読み取れませんでした"
ANSWER_HEADING = "*【お答え】*"


@cache
def config(name: str) -> dict[str, Any]:
    with resources.files("config").joinpath(name).open("rb") as file:
        return tomllib.load(file)


def answer_line(topic: str, types: str | None = None) -> str:
    """The first line of a topic's answer in config/answers.toml, for an incident type."""
    entry = config("answers.toml")["topics"][topic]
    for variant in entry.get("variants", ()):
        if types in variant.get("types", ()):
            line: str = variant["lines"][0]
            return line
    first: str = entry["lines"][0]
    return first


# (question, topic): each asked in a ransomware thread, whose incident type is malware.
QUESTIONS = [
    ("電源切ったほうがいい？", "power_off"),
    ("犯人に払えば戻るって書いてあるけど払ったほうが早い？", "ransom"),
    ("公表しないといけない？", "announce"),
    ("同意なしで払ったら？", "consent"),
    ("警察に届ける？", "police"),
    ("報告は必要？", "ppc_report"),
    ("自分で業者を選んでいい？", "vendor_choice"),
    ("うちが払わないといけないんですか？", "coverage"),
    ("1円も出ないってこと？", "coverage"),
]


@pytest.mark.parametrize(("question", "topic"), QUESTIONS, ids=[t for _, t in QUESTIONS])
def test_a_panic_question_gets_its_answer_first(slack: Harness, question: str, topic: str) -> None:
    thread = slack.mention(RANSOMWARE)
    slack.say(question, thread_ts=thread)

    shown = slack.last_reply(thread)["text"]
    expected = answer_line(topic, "malware")
    assert UNREAD not in shown
    assert shown.startswith(ANSWER_HEADING), shown[:200]
    assert shown.splitlines()[1] == expected


def test_a_ransomware_threads_first_reply_opens_with_the_urgent_lines(slack: Harness) -> None:
    thread = slack.mention(RANSOMWARE)

    (card,) = slack.replies(thread)
    shown = card.body["text"]
    steps = shown[shown.index("【今すべきこと") :]
    disconnect, no_ransom = steps.index("ネットワークから切り離"), steps.index("身代金は支払わず")
    assert disconnect < no_ransom < steps.index("4.")
    vendors = config("contacts.toml")["vendors"]
    assert len(vendors) == 3
    for vendor in vendors:
        digits = vendor["phone"].replace("-", "")
        assert f"<tel:{digits}|{vendor['phone']}>" in shown


def test_a_correction_says_old_and_new_briefly_and_updates_the_card(slack: Harness) -> None:
    thread = slack.mention("ランサムウェアに感染しました。公表済みです。調査費300万円")
    card = slack.replies(thread)[0]
    slack.say("すみません、公表はまだでした", thread_ts=thread)

    shown = slack.last_reply(thread)["text"]
    assert "・公表: 公表した（予定を含む） → 公表していない" in shown
    assert "3,000,000円 → 2,000,000円" in shown
    assert "【今すべきこと" not in shown and "【緊急連絡先】" not in shown
    updates = slack.stub.of("chat.update", ts=card.response["ts"])
    assert updates, "the card was not updated"
    assert "公表していない" in updates[-1].body["text"]
    assert "事故の種類" in updates[-1].body["text"]


def test_a_shorthand_amount_is_confirmed_with_buttons_before_it_counts(slack: Harness) -> None:
    thread = slack.mention("ランサムウェアに感染した")
    slack.say("調査800", thread_ts=thread)

    asked = slack.last_reply(thread)
    assert "8,000,000円" in asked["text"] and "よろしいですか" in asked["text"]
    yes = button(asked, f"{ActionId.ANSWER}:0")
    assert yes["text"]["text"].startswith("はい")
    assert "【補償額の見込み】" not in texts_of(slack.replies(thread))

    slack.click(asked, yes["action_id"])

    assert "8,000,000円" in slack.last_reply(thread)["text"]
    card = slack.replies(thread)[0]
    (update, *_) = slack.stub.of("chat.update", ts=card.response["ts"])
    assert "【補償額の見込み】" in update.body["text"] and "8,000,000円" in update.body["text"]


def test_an_unread_message_gets_the_same_reply_in_slack_and_the_console(
    slack: Harness,
) -> None:
    text = "今日はいい天気ですね"
    thread = slack.mention(text)
    in_slack = slack.last_reply(thread)

    engine = Engine(RIDER, MemoryStore(), clock=lambda: NOW)
    reply = engine.handle("T1:C1:1.0", text, user="U1")
    in_console = render_text(reply, RIDER)
    # Slack adds only the escalation button's offer, a part the console has no button for.
    offer = [
        line
        for item in layout(reply, RIDER, SLACK)
        if item.role is Role.TOOLS
        for line in item.lines
    ]
    assert UNREAD in in_console
    assert in_slack["text"] == "\n".join([in_console, *offer])
    assert any(b.get("block_id") == BlockId.TOOLS for b in in_slack["blocks"])


def test_the_block_kit_checker_knows_the_table_blocks_limits() -> None:
    cell = {"type": "raw_text", "text": "90%"}
    fine = {"type": "table", "rows": [[cell] * 4] * 3, "column_settings": [{"align": "right"}]}
    assert message_problems({"text": "表", "blocks": [fine]}) == []
    too_wide = fine | {"rows": [[cell] * 21]}
    too_long = fine | {"rows": [[cell]] * 101}
    bad_cell = fine | {"rows": [[{"type": "mrkdwn", "text": "x"}]]}
    bad_align = fine | {"column_settings": [{"align": "justify"}]}
    for block in (too_wide, too_long, bad_cell, bad_align):
        assert message_problems({"text": "表", "blocks": [block]}) != []
