"""The reply layout as plain text, for the console."""

from __future__ import annotations

from bot.conversation.reply import Reply
from bot.render.layout import layout, text_lines
from bot.render.sections import CONSOLE
from coverage import Rider


def render_text(reply: Reply, rider: Rider) -> str:
    """Every section of the reply's layout, for a front without buttons."""
    return "\n".join(text_lines(layout(reply, rider, CONSOLE)))
