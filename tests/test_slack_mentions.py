"""Whom to tell: CYBERBOT_MENTION's user groups and people are mentioned once, in the
incident's thread, never in the channel."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from bot.settings import SettingsError, load_settings
from tests.slack_harness import Harness

ATTACK = "昨日、不正アクセスが確認されました。顧客2,000名の氏名と住所が漏えいしたおそれがあります"


def test_the_people_to_tell_are_mentioned_once_in_the_thread(
    make_slack: Callable[..., Harness],
) -> None:
    slack = make_slack(env={"CYBERBOT_MENTION": "S0SYSTEMS, <!subteam^S0SOUMU> U0BOSS"})
    thread = slack.mention(ATTACK)
    slack.say("公表はしていません", thread_ts=thread)

    mentions = "<!subteam^S0SYSTEMS> <!subteam^S0SOUMU> <@U0BOSS>"
    told = [c for c in slack.stub.of("chat.postMessage") if mentions in c.body["text"]]
    assert len(told) == 1
    assert told[0].body["thread_ts"] == thread and not told[0].body.get("reply_broadcast")
    # It follows the card, the first reply.
    card = slack.replies(thread)[0]
    assert card.response["ts"] < told[0].response["ts"]


def test_no_mention_without_the_setting(slack: Harness) -> None:
    slack.mention(ATTACK)
    assert not [c for c in slack.stub.of("chat.postMessage") if "<!subteam^" in c.body["text"]]


def test_a_malformed_mention_setting_stops_the_bot_with_its_name(tmp_path: Path) -> None:
    with pytest.raises(SettingsError, match="CYBERBOT_MENTION"):
        load_settings({"CYBERBOT_MENTION": "#general"}, dotenv=tmp_path / "no.env")
