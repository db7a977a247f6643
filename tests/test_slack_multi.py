"""Many insured companies on one bot: installed through OAuth against the Web API
stand-in, each workspace answered with its own token and its own contract, its tokens
removed when it uninstalls the app. Over real HTTP, with correctly signed requests."""

from __future__ import annotations

import http.client
import io
import json
import re
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

import pytest
from sqlalchemy import update

from bot.cli import main
from bot.slack.blocks.reply import ActionId
from bot.slack.oauth import InstallationStore
from tests.slack_harness import MENTION, SECRET, Harness, new_ts
from tests.slack_requests import Response, SlackSender
from tests.slack_stub import ADMIN, TEAM, SlackStub

Start = Callable[..., Harness]


def multi_env(stub: SlackStub) -> dict[str, str]:
    return {
        "SLACK_BOT_TOKEN": "",
        "SLACK_CLIENT_ID": stub.client_id,
        "SLACK_CLIENT_SECRET": stub.client_secret,
    }


def get(
    root: str, path: str, headers: dict[str, str] | None = None
) -> tuple[int, str, dict[str, str]]:
    """A browser's GET: status, body and headers."""
    parts = urlsplit(root)
    connection = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=10)
    try:
        connection.request("GET", path, headers=headers or {})
        answer = connection.getresponse()
        return answer.status, answer.read().decode(), dict(answer.getheaders())
    finally:
        connection.close()


def install(slack: Harness, team: str, *, rotating: bool = False) -> None:
    """A person installs the app into `team`: the install page, Slack's approval, the
    redirect back with the code and the state cookie."""
    status, page, headers = get(slack.bot.root, "/slack/install")
    assert status == 200, page
    state = re.search(r"state=([^&\"]+)", page)
    assert state is not None, page
    cookie = headers["Set-Cookie"].split(";")[0]
    code = slack.stub.grant(team, rotating=rotating)
    query = urlencode({"code": code, "state": state.group(1)})
    status, page, _ = get(slack.bot.root, f"/slack/oauth_redirect?{query}", {"Cookie": cookie})
    assert status in (200, 302), page


def mention(sender: SlackSender, text: str) -> tuple[str, Response]:
    ts = new_ts()
    event = {"type": "app_mention", "user": "U1", "text": f"{MENTION} {text}", "ts": ts}
    return ts, sender.event(event | {"channel": "C1", "event_ts": ts})


@pytest.fixture
def multi(make_slack: Start) -> Harness:
    """The bot in multi-workspace mode (client id and secret, no bot token)."""
    slack = make_slack()
    slack.restart_with(slack.env | multi_env(slack.stub))
    return slack


def test_an_installed_workspace_is_answered_with_its_own_token(multi: Harness) -> None:
    install(multi, "T2")
    assert multi.stub.of("oauth.v2.access"), "the code was never exchanged"
    thread, response = mention(SlackSender(multi.bot.url, SECRET, team="T2"), "感染しました")
    assert response.status == 200
    multi.settle()
    replies = multi.replies(thread)
    assert replies and all(multi.stub.team_of_call(c) == "T2" for c in replies)
    assert replies[0].headers["authorization"].startswith("Bearer xoxb-T2-")


def test_a_workspace_not_installed_gets_no_answer(multi: Harness) -> None:
    thread, response = mention(SlackSender(multi.bot.url, SECRET, team="T9"), "感染しました")
    assert response.status == 200
    multi.settle()
    assert multi.replies(thread) == []


def test_uninstalling_removes_the_workspace_tokens(multi: Harness) -> None:
    install(multi, "T2")
    store = InstallationStore(multi.stub.client_id, multi.bot.store.database)
    assert store.find_bot(enterprise_id=None, team_id="T2") is not None
    sender = SlackSender(multi.bot.url, SECRET, team="T2")
    response = sender.event({"type": "app_uninstalled", "event_ts": new_ts()})
    assert response.status == 200
    multi.settle()
    assert store.find_bot(enterprise_id=None, team_id="T2") is None
    assert store.find_installation(enterprise_id=None, team_id="T2") is None
    thread, _ = mention(sender, "感染しました")
    multi.settle()
    assert multi.replies(thread) == []


def test_the_install_pages_are_the_only_unsigned_requests(multi: Harness) -> None:
    root = multi.bot.root
    assert get(root, "/slack/events")[0] == 405
    assert get(root, "/slack/other")[0] == 404
    # A redirect without a state Slack issued: bolt's failure page, never a 5xx.
    status, _, _ = get(root, "/slack/oauth_redirect?code=x&state=forged")
    assert 400 <= status < 500
    unsigned = SlackSender(multi.bot.url, SECRET).post(
        "{}", "application/json", signature="v0=" + "0" * 64
    )
    assert unsigned.status == 401 and unsigned.body == ""


def cyber(slack: Harness, team: str, text: str) -> str:
    """/cyber in `team`: the text of what it answered."""
    before = len(slack.stub.of("response_url"))
    sender = SlackSender(slack.bot.url, SECRET, team=team)
    assert sender.command(text, response_url=slack.stub.response_url(team)).status == 200
    slack.settle()
    return "\n".join(c.body["text"] for c in slack.stub.of("response_url")[before:])


def test_a_workspace_contract_changes_its_estimates(
    slack: Harness, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    contract = tmp_path / "contract.toml"
    contract.write_text("paid_this_period_expenses = 1_500_000\n", encoding="utf-8")
    monkeypatch.delenv("DATABASE_URL", raising=False)  # the bot's database: its SQLite file
    for name, value in slack.env.items():
        monkeypatch.setenv(name, value)
    out = io.StringIO()
    monkeypatch.setattr("sys.stdout", out)
    assert main(["workspace", "T1", "--contract", str(contract)]) == 0
    assert json.loads(out.getvalue())["contract"] == {"paid_this_period_expenses": 1_500_000}

    text = "外部通報 不正アクセスなし 調査費300万円"
    assert "【補償額の見込み】2,000,000円" in cyber(slack, "T9", text)  # no settings: the rider's
    mine = cyber(slack, "T1", text)
    assert "【補償額の見込み】500,000円" in mine
    assert "支払済みの費用 1,500,000円" in mine

    # A thread in the workspace is estimated under its contract too (the inbox's path).
    thread = slack.mention(text)
    assert "【補償額の見込み】500,000円" in slack.replies(thread)[0].body["text"]


def test_a_bad_contract_is_refused_with_the_file_and_key(tmp_path: Path, capsys) -> None:
    contract = tmp_path / "contract.toml"
    contract.write_text('deductible = "十万円"\n', encoding="utf-8")
    assert main(["workspace", "T1", "--contract", str(contract)]) == 2
    error = capsys.readouterr().err
    assert "contract.toml" in error and "deductible" in error


def test_the_delete_button_removes_what_was_said_and_leaves_ids(slack: Harness) -> None:
    thread = slack.mention("ランサムウェアに感染しました。調査費300万円")
    key = f"T1:C1:{thread}"
    assert slack.engine.store.messages(key)
    card = slack.replies(thread)[0].message
    slack.click(card, ActionId.DELETE)
    assert (
        "記録（伺ったメッセージと読み取った内容）を削除しました" in slack.last_reply(thread)["text"]
    )
    assert slack.engine.state_of(key).facts.costs == {}
    assert slack.engine.store.messages(key) == []
    # The thread is no longer the bot's: a message without a mention gets no answer.
    replies = len(slack.replies(thread))
    slack.say("追加で100万円かかりました", thread_ts=thread)
    assert len(slack.replies(thread)) == replies


def test_cyber_delete_points_to_the_button(slack: Harness) -> None:
    assert "「この相談の記録を削除」ボタン" in cyber(slack, "T1", "削除")


def test_a_rotating_token_is_refreshed_before_it_expires(multi: Harness) -> None:
    install(multi, "T3", rotating=True)
    store = InstallationStore(multi.stub.client_id, multi.bot.store.database)
    bot = store.find_bot(enterprise_id=None, team_id="T3")
    assert bot is not None and bot.bot_refresh_token
    first = bot.bot_token
    # Ten minutes left: inside the two hours before expiry when bolt refreshes it.
    with multi.bot.store.database.engine.begin() as connection:
        connection.execute(
            update(store.bots).values(bot_token_expires_at=datetime.now() + timedelta(minutes=10))
        )
    thread, _ = mention(SlackSender(multi.bot.url, SECRET, team="T3"), "感染しました")
    multi.settle()
    refreshed = [
        c for c in multi.stub.of("oauth.v2.access") if c.body.get("grant_type") == "refresh_token"
    ]
    assert len(refreshed) == 1
    replies = multi.replies(thread)
    assert replies and replies[0].headers["authorization"] != f"Bearer {first}"
    assert multi.stub.team_of_call(replies[0]) == "T3"


def interaction(slack: Harness, payload: dict[str, Any]) -> Response:
    """A form-encoded interaction payload (a Home tab button, a modal submission)."""
    body = {"team": {"id": TEAM}, "user": {"id": ADMIN, "team_id": TEAM}, "api_app_id": "A1"}
    form = urlencode({"payload": json.dumps(body | payload)})
    return slack.sender.post(form, "application/x-www-form-urlencoded")


def submit(slack: Harness, contract: str, user: str = ADMIN) -> Response:
    values = {
        "contract": {"value": {"type": "plain_text_input", "value": contract}},
        "escalation_channel": {"value": {"type": "plain_text_input", "value": "C0AGENCY"}},
        "retention_days": {"value": {"type": "plain_text_input", "value": ""}},
    }
    view = {"id": "V2", "type": "modal", "callback_id": "workspace_settings"}
    payload = {"type": "view_submission", "view": view | {"state": {"values": values}}}
    return interaction(slack, payload | {"user": {"id": user, "team_id": TEAM}})


def test_an_admin_sets_the_contract_from_the_home_tab(slack: Harness) -> None:
    slack.send({"type": "app_home_opened", "user": "U1", "tab": "home", "event_ts": new_ts()})
    slack.send({"type": "app_home_opened", "user": ADMIN, "tab": "home", "event_ts": new_ts()})
    member, admin = slack.stub.of("views.publish")[-2:]
    assert "open_settings" not in json.dumps(member.body)
    assert "open_settings" in json.dumps(admin.body)
    action = {"action_id": "open_settings", "block_id": "settings", "value": "open"}
    opened = interaction(
        slack, {"type": "block_actions", "trigger_id": "1.2.3", "actions": [action]}
    )
    assert opened.status == 200
    slack.settle()
    assert "workspace_settings" in json.dumps(slack.stub.wait_for("views.open")[0].body)

    refused = submit(slack, 'deductible = "十万円"')
    assert json.loads(refused.body)["response_action"] == "errors"
    said = json.loads(refused.body)["errors"]["contract"]
    assert "deductible" in said and "整数" in said  # the reason in Japanese, not the validator's
    assert not re.search(r"[a-z]{3,} [a-z]{3,}", said.replace("deductible", ""))
    assert submit(slack, "paid_this_period_expenses = 1_500_000", user="U1").status == 200
    text = "外部通報 不正アクセスなし 調査費300万円"
    assert "【補償額の見込み】2,000,000円" in cyber(slack, "T1", text)  # a member cannot set it

    assert submit(slack, "paid_this_period_expenses = 1_500_000").status == 200
    assert "【補償額の見込み】500,000円" in cyber(slack, "T1", text)
