"""The claim file (事故報告メモ) sent into the conversation's own thread or DM as a file.

Through Slack's current upload API: `files.getUploadURLExternal`, the upload POST to the
URL it returns, then `files.completeUploadExternal` (slack_sdk's `files_upload_v2` makes
the three calls; `files.upload` is retired). The file goes nowhere else, and its content
is never logged: the log line names the conversation and the missing items' ids only.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from slack_sdk import WebClient

from bot.advice.contacts import jst_fields
from bot.claim.file import ClaimFile, claim_of
from bot.claim.markdown import claim_markdown
from bot.claim.texts import claim_texts
from bot.conversation.engine import Engine
from bot.slack.threads import ThreadKey

log = logging.getLogger(__name__)


def send_claim_file(
    engine: Engine, client: WebClient, key: ThreadKey, *, user: str | None = None
) -> str:
    """Upload the conversation's claim file into its thread, with a short message
    listing what is still missing; returns the file's permalink ("" if Slack gave none).

    Raises:
        SlackApiError: Slack refused a step of the upload (answered with an error id).
    """
    claim = claim_of(engine, str(key))
    words = claim_texts().texts
    day = jst_fields(claim.made_at)
    response = client.files_upload_v2(
        channel=key.channel,
        thread_ts=key.thread_ts,
        content=claim_markdown(claim).encode("utf-8"),
        filename=words["file_name"].format(**day),
        title=words["file_title"].format(**day),
        initial_comment=comment(claim),
    )
    link = _permalink(response.get("file"))
    engine.record_claim_file(str(key), link, user=user)
    log.info(
        "conversation=%s claim file sent missing=%s", key, [item.value for item in claim.missing]
    )
    return link


def comment(claim: ClaimFile) -> str:
    """The message with the file: what it is, and the items still missing."""
    words = claim_texts()
    t = words.texts
    if not claim.missing:
        return f"{t['upload_comment']}\n{t['upload_complete']}"
    names = t["list_separator"].join(words.items[i.value].label for i in claim.missing)
    return f"{t['upload_comment']}\n{t['upload_missing'].format(items=names)}"


def reply_user(payload: Mapping[str, Any]) -> str | None:
    """The user of an inbox item's payload (a message or a click), if any."""
    user = payload.get("user")
    return user if isinstance(user, str) else None


def _permalink(file: object) -> str:
    if isinstance(file, Mapping) and isinstance(file.get("permalink"), str):
        return str(file["permalink"])
    return ""
