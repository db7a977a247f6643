"""The 「事故報告メモを作成」 button end to end: the claim file is uploaded into the
conversation's own thread through files.getUploadURLExternal, the upload POST and
files.completeUploadExternal (the stand-in of tests/slack_stub.py), with the missing items
listed; then they are asked for one at a time, and the escalation summary links the file."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

import pytest

from bot.advice.contacts import TOKYO
from bot.slack.blocks.reply import ActionId
from tests.claim_cases import WORKED
from tests.slack_harness import ESCALATION_CHANNEL, Harness, button


def _worked(slack: Harness) -> str:
    thread = slack.mention(WORKED[0])
    for text in WORKED[1:]:
        slack.say(text, thread_ts=thread)
    return thread


def _day(thread: str, days: int = 0) -> str:
    day = datetime.fromtimestamp(float(thread), UTC).astimezone(TOKYO).date() + timedelta(days)
    return f"{day.year}年{day.month}月{day.day}日"


def test_the_button_uploads_the_memo_into_the_thread_through_the_upload_api(
    slack: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    thread = _worked(slack)
    card = slack.replies(thread)[0].message
    assert button(card, ActionId.CLAIM)["text"]["text"] == "事故報告メモを作成"
    caplog.set_level(logging.DEBUG)

    slack.click(slack.last_reply(thread), ActionId.CLAIM)

    methods = [c.method for c in slack.stub.calls if c.method.startswith(("files.", "upload"))]
    assert methods == ["files.getUploadURLExternal", "upload", "files.completeUploadExternal"]
    assert not slack.stub.of("files.upload")
    (shared,) = slack.stub.uploaded()
    assert (shared["channel"], shared["thread_ts"]) == ("C1", thread)
    memo = shared["content"]
    assert memo.startswith("# 事故報告メモ（保険会社への事故報告・下書き）")
    assert f"- 発見日（知った日）: {_day(thread, -1)}" in memo
    assert "- 個人: 2,000名" in memo and "- ご報告者（Slack ユーザー ID）: U1" in memo
    assert "- ⑤ その他事故対応費用: 1,000,000円（保険会社の同意: 同意を得た）" in memo
    assert "【補償額の見込み】4,500,000円" in memo
    assert "警察へ被害届を提出（受付番号 第123号）" in memo
    assert "# 個人情報保護委員会への報告（下書き）" in memo
    assert f"- 確報: {_day(thread, 58)}まで（60日以内）" in memo
    comment = shared["initial_comment"]
    assert "まだ分からない項目: ご報告者の連絡先、発見者" in comment
    # The file's words never reach the log: ids and item names only.
    assert "2,000名" not in caplog.text and "被害届" not in caplog.text
    asked = slack.last_reply(thread)["text"]
    assert "ご報告者の連絡先（電話番号またはメールアドレス）" in asked


def test_the_missing_items_are_collected_in_the_thread_and_the_file_sent_again(
    slack: Harness,
) -> None:
    thread = _worked(slack)
    slack.click(slack.last_reply(thread), ActionId.CLAIM)
    slack.say("03-1234-5678", thread_ts=thread)
    assert "「ご報告者の連絡先」を事故報告メモに記入しました。" in slack.last_reply(thread)["text"]
    assert "最初に気づいたのはどなた" in slack.last_reply(thread)["text"]

    slack.click(slack.last_reply(thread), "answer:1")  # ここまでで作成

    first, second = slack.stub.uploaded()
    assert "- 連絡先: 未確認" in first["content"]
    assert "- 連絡先: 03-1234-5678" in second["content"]
    assert "ご報告者の連絡先" not in second["initial_comment"]


def test_asked_for_in_words_the_file_is_uploaded_as_well(slack: Harness) -> None:
    thread = _worked(slack)
    slack.say("事故報告メモを作ってください", thread_ts=thread)
    (shared,) = slack.stub.uploaded()
    assert shared["thread_ts"] == thread
    assert "事故報告メモ（保険会社への事故報告の下書き）" in slack.last_reply(thread)["text"]


def test_a_direct_message_gets_the_file_in_its_own_conversation(slack: Harness) -> None:
    thread = slack.say(WORKED[0], thread_ts=None, channel="D1")
    slack.click(slack.last_reply(thread) | {"channel": "D1"}, ActionId.CLAIM)
    (shared,) = slack.stub.uploaded()
    assert (shared["channel"], shared["thread_ts"]) == ("D1", thread)


def test_the_escalation_summary_links_the_claim_file(slack: Harness) -> None:
    thread = _worked(slack)
    slack.click(slack.last_reply(thread), ActionId.ESCALATE)
    (before,) = slack.stub.of("chat.postMessage", channel=ESCALATION_CHANNEL)
    assert "「事故報告メモを作成」ボタンで作成できます" in before.body["text"]

    other = _worked(slack)
    slack.click(slack.last_reply(other), ActionId.CLAIM)
    slack.click(slack.last_reply(other), ActionId.ESCALATE)
    summary = slack.stub.of("chat.postMessage", channel=ESCALATION_CHANNEL)[-1]
    assert (
        "事故報告メモ: <https://example.slack.com/files/UBOT/F0001|ファイルを開く>"
        in (summary.body["text"])
    )


def test_a_failed_upload_gets_the_usual_reply_with_an_error_id(slack: Harness) -> None:
    thread = _worked(slack)
    slack.stub.fail("files.completeUploadExternal", "not_in_channel")
    slack.click(slack.last_reply(thread), ActionId.CLAIM)
    assert slack.stub.uploaded() == []
    calls = slack.stub.of("response_url") + slack.replies(thread)
    assert any("エラーID" in str(c.body.get("text")) for c in calls)
