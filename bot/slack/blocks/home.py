"""The App Home tab: whom to call (with the desk's state now), how to use the bot, the
disclaimer. A pure builder; `bot.slack.listeners.home` publishes it."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from bot.advice.build import Advice
from bot.advice.contacts import jst_fields
from bot.labels import labels
from bot.render.lines import contacts_lines, phones
from bot.slack.blocks.kit import Block, context, divider, escape, header, mrkdwn, sections
from bot.slack.blocks.settings import home_settings_blocks
from bot.slack.texts import slack_texts

# Slack's limit for a Home tab view (messages allow 50).
MAX_VIEW_BLOCKS = 100


def home_view(advice: Advice, now: datetime, *, admin: bool = False) -> dict[str, Any]:
    """The Home tab as a `views.publish` view.

    Args:
        advice: Advice for no incident yet: it carries the contacts and the desk's state.
        now: When the view is built; shown, since the desk's state is only true then.
        admin: The viewer administers the workspace: the settings button is added.
    """
    ui, text = slack_texts().home, labels()
    contacts = [f"*【{escape(text.messages['contacts_heading'])}】*"]
    numbers = phones(advice)
    contacts += [mrkdwn(line, numbers) for line in contacts_lines(advice, None)]
    notice = [f"*{ui['notice_heading']}*"]
    notice += [escape(text.messages[key]) for key in ("disclaimer", "consent_reminder")]
    blocks: list[Block] = [
        header(ui["title"]),
        *sections([escape(ui["intro"])]),
        *sections(contacts),
        context(ui["shown_at"].format(**jst_fields(now))),
        divider(),
        *sections([f"*{ui['usage_heading']}*", *ui["usage"].splitlines()]),
        divider(),
        *sections(notice),
        *(home_settings_blocks() if admin else []),
    ]
    return {"type": "home", "blocks": blocks[:MAX_VIEW_BLOCKS]}
