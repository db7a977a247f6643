"""Block Kit payloads, checked without Slack: within Slack's limits, split when too long,
the disclaimer wherever a yen figure is, and the console's content in the console's order."""

from __future__ import annotations

import html
import json
import re
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.advice.build import build_advice
from bot.conversation.engine import Engine
from bot.conversation.reminders import reminder_texts
from bot.conversation.reply import Reply, ReplyKind
from bot.conversation.store import MemoryStore
from bot.labels import labels
from bot.render.text import render_text
from bot.slack.blocks.escalation import (
    Delivery,
    Escalation,
    memo_lines,
    summary_messages,
    thread_messages,
)
from bot.slack.blocks.home import home_view
from bot.slack.blocks.kit import MessagePayload, Part, context, pack, section, sections
from bot.slack.blocks.reply import (
    BlockId,
    ButtonValue,
    answered_blocks,
    checklist_messages,
    command_messages,
    reply_messages,
)
from coverage import Facts, load_rider
from tests.slack_limits import message_problems, view_problems

NOW = datetime(2026, 11, 26, 14, 30, tzinfo=UTC)
KEY = "T1:C1:1800000000.000001"
RIDER = load_rider()

# (name, the messages of one conversation); every reply along the way is checked.
CONVERSATIONS = [
    ("malware", ["PCがウイルスに感染したかも", "調査費は300万円", "はい"]),
    (
        "misdelivery",
        [
            "取引先へのメールを誤送信。顧客2,000名分の氏名とメールアドレス",
            "お詫び状の送付費用50万円",
        ],
    ),
    ("ransomware", ["ランサムウェアに感染。公表済み。データ復旧費500万円、損害賠償1億円"]),
    ("contacts", ["連絡先を教えて"]),
    ("escalate", ["ランサムウェアに感染", "事故受付につないで"]),
    ("guidance", ["不正アクセスされた", "何をすればいい？"]),
    ("help", ["help"]),
    ("reset", ["調査費300万円", "最初から"]),
    ("emoji", [":fire:"]),
    ("unassigned", ["500万円かかった"]),
]


def replies(messages: list[str]) -> list[Reply]:
    engine = Engine(RIDER, MemoryStore(), clock=lambda: NOW)
    return [engine.handle(KEY, text, user="U1") for text in messages]


def all_replies() -> list[tuple[str, Reply]]:
    return [
        (f"{name}[{i}]", reply)
        for name, messages in CONVERSATIONS
        for i, reply in enumerate(replies(messages))
    ]


REPLIES = all_replies()


def plain_lines(messages: list[MessagePayload]) -> list[str]:
    """The messages' text as the console would print it: no links, bold or escapes."""
    text = "\n".join(m["text"] for m in messages)
    text = re.sub(r"<tel:[^|>]+\|([^>]+)>", r"\1", text)
    lines = [html.unescape(line).strip() for line in text.splitlines()]
    return [line.removeprefix("*").removesuffix("*") for line in lines if line]


def assert_valid(messages: list[MessagePayload]) -> None:
    assert messages
    for message in messages:
        assert message_problems(message) == []


@pytest.mark.parametrize(("name", "reply"), REPLIES, ids=[name for name, _ in REPLIES])
def test_every_reply_is_valid_block_kit(name: str, reply: Reply) -> None:
    assert_valid(reply_messages(reply, RIDER))


@pytest.mark.parametrize(("name", "reply"), REPLIES, ids=[name for name, _ in REPLIES])
def test_slack_shows_the_consoles_lines_in_the_consoles_order(name: str, reply: Reply) -> None:
    """Slack mirrors render_text: only the numbered answers (buttons in Slack) and the
    console's escalation sentence (Slack offers a button instead) differ."""
    slack = plain_lines(reply_messages(reply, RIDER))
    console = [line.strip() for line in render_text(reply, RIDER).splitlines() if line.strip()]
    console = [
        line
        for line in console
        if not line.startswith("[1]")
        and "下の「ここまでに伺った内容」を読み上げて" not in line
        # How to mark a step: typed in the console, a checkbox in Slack.
        and line != labels().messages["steps_hint_console"]
        # The console lists the reminders Slack would schedule; Slack says it did.
        and line != reminder_texts().texts["console"]
    ]
    position = 0
    for line in console:
        assert line in slack[position:], f"{line!r} missing or out of order"
        position = slack.index(line, position) + 1


@pytest.mark.parametrize(("name", "reply"), REPLIES, ids=[name for name, _ in REPLIES])
def test_a_yen_figure_comes_with_the_disclaimer(name: str, reply: Reply) -> None:
    disclaimer = "この金額は概算の目安であり"
    for message in reply_messages(reply, RIDER) + command_messages(reply):
        if "【補償額の見込み】" in message["text"] and reply.has_yen:
            assert disclaimer in message["text"]


@pytest.mark.parametrize(("name", "reply"), REPLIES, ids=[name for name, _ in REPLIES])
def test_quick_answers_are_buttons_carrying_key_question_and_value(name: str, reply: Reply) -> None:
    blocks = [b for m in reply_messages(reply, RIDER) for b in m["blocks"]]
    rows = [b for b in blocks if b.get("block_id") == BlockId.ANSWERS]
    if reply.question is None:
        assert rows == []
        return
    (row,) = rows
    assert [e["text"]["text"] for e in row["elements"]] == [a.label for a in reply.question.answers]
    values = [ButtonValue.decode(e["value"]) for e in row["elements"]]
    assert values == [ButtonValue(KEY, reply.question.id, a.value) for a in reply.question.answers]


def test_a_huge_reply_splits_into_several_valid_messages_losing_nothing() -> None:
    (reply,) = replies(["ランサムウェアに感染。公表済み。データ復旧費500万円"])
    notes = tuple(f"注記{i}: " + "あ" * 500 for i in range(120))
    huge = replace(reply, notes=notes, unassigned=tuple(range(1, 4000)))

    messages = reply_messages(huge, RIDER)

    assert len(messages) > 2
    assert_valid(messages)
    shown = "".join(m["text"] for m in messages).replace("\n", "")
    assert all(note in shown for note in notes)
    assert "3,999円" in shown
    with_yen = [m for m in messages if "【補償額の見込み】" in m["text"]]
    assert with_yen and all("この金額は概算の目安であり" in m["text"] for m in with_yen)


def test_a_part_too_long_for_one_message_repeats_its_footer_in_each() -> None:
    footer = context("※ この金額は概算の目安です。")
    part = Part(tuple(section(f"{i:,}円 " + "い" * 2900) for i in range(30)), footer=(footer,))

    messages = pack([Part((section("前置き"),)), part])

    assert len(messages) > 2
    assert_valid(messages)
    assert all(m["blocks"][-1] == footer for m in messages[1:])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(min_size=1, max_size=7000), min_size=1, max_size=30))
def test_any_text_packs_into_valid_messages_without_loss(lines: list[str]) -> None:
    messages = pack([Part(tuple(sections(lines)))])

    for message in messages:
        assert len(message["blocks"]) <= 50
        for block in message["blocks"]:
            assert 0 < len(block["text"]["text"].encode("utf-16-le")) // 2 <= 3000
    shown = "".join(b["text"]["text"] for m in messages for b in m["blocks"])
    assert shown.replace("\n", "") == "".join(lines).replace("\n", "")


def test_long_labels_and_headings_are_cut_to_slacks_limits() -> None:
    from bot.slack.blocks.kit import button, header

    assert len(button("あ" * 100, "a", "v")["text"]["text"]) == 75
    assert len(header("い" * 200)["text"]["text"]) == 150


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "not json",
        "[]",
        '{"q":"announced","v":true}',
        '{"k":"T:C:1","q":"announced"}',
        '{"k":"T:C:1","q":1,"v":true}',
        '{"k":"T:C:1","x":1}',
    ],
)
def test_a_button_value_the_bot_did_not_make_is_refused(raw: str) -> None:
    with pytest.raises(ValueError):
        ButtonValue.decode(raw)


def test_a_button_value_round_trips_and_respects_the_2000_character_limit() -> None:
    value = ButtonValue(KEY, "announced", True)
    assert ButtonValue.decode(value.encode()) == value
    with pytest.raises(ValueError):
        ButtonValue("k" * 2001).encode()


def test_an_answered_question_loses_its_buttons_and_shows_the_answer() -> None:
    (reply,) = replies(["調査費300万円"])
    blocks = reply_messages(reply, RIDER)[0]["blocks"]

    after = answered_blocks(blocks, "公表しない", "U2")

    assert len(after) == len(blocks)
    assert all(b.get("block_id") != BlockId.ANSWERS for b in after)
    assert "回答: 公表しない（<@U2>）" in json.dumps(after, ensure_ascii=False)


def test_the_checklist_and_command_answers_are_valid() -> None:
    for _, reply in REPLIES:
        if reply.advice is not None:
            assert_valid(checklist_messages(reply, RIDER))
        assert_valid(command_messages(reply))


@pytest.mark.parametrize(("name", "reply"), REPLIES, ids=[name for name, _ in REPLIES])
def test_the_escalation_memo_is_three_to_six_lines(name: str, reply: Reply) -> None:
    escalation = Escalation(reply, "U1", "U2", "https://x.slack.com/p1", date(2026, 11, 25), NOW)

    assert 3 <= len(memo_lines(escalation)) <= 6
    assert_valid(summary_messages(escalation))
    for delivery in Delivery:
        assert_valid(thread_messages(escalation, delivery, channel="C9", error_id="abcd1234"))


def test_the_escalation_summary_names_time_people_thread_and_estimate() -> None:
    (reply,) = replies(["監視会社から通報。不正アクセスなし。調査費300万円"])
    escalation = Escalation(reply, "U1", "U2", "https://x.slack.com/p1", None, NOW)

    (summary,) = summary_messages(escalation)

    text = summary["text"]
    assert "2026年11月26日 23:30（日本時間）" in text
    assert "<@U1>" in text and "<@U2>" in text and "<https://x.slack.com/p1|" in text
    assert "【補償額の見込み】" in text and "この金額は概算の目安であり" in text


def test_the_home_tab_is_a_valid_view_with_contacts_and_disclaimer() -> None:
    view = home_view(build_advice(Facts(), NOW, frozenset(), None), NOW)

    assert view_problems(view) == []
    shown = json.dumps(view, ensure_ascii=False)
    assert "<tel:0120257474|0120-25-7474>" in shown and "この金額は概算の目安であり" in shown


def test_a_reset_reply_is_one_short_message() -> None:
    reply = Reply(ReplyKind.RESET, conversation=KEY)

    (message,) = reply_messages(reply, RIDER)

    assert message["text"] == "これまでの内容を消去しました。最初から状況を教えてください。"
