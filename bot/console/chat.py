"""`cyberbot chat`: the same engine in a terminal, one conversation per run.

With a TTY it prompts; without one it reads one message per line from stdin and prints
each reply, so `printf '...\\n...\\n' | cyberbot chat` works.
"""

from __future__ import annotations

import uuid
from typing import TextIO

from bot.claim.file import claim_of
from bot.claim.markdown import claim_markdown
from bot.console.texts import console_texts
from bot.conversation.engine import Engine
from bot.conversation.reply import Reply
from bot.labels import labels
from bot.render.layout import breakdown_layout, text_lines
from bot.render.text import render_text

_RULE = "─" * 40


def _turn(engine: Engine, key: str, text: str, last: Reply | None) -> Reply:
    """A number answers the last question with that quick answer; 「まとめ」 shows the card;
    anything else is a message."""
    choice = text.strip()
    if choice in console_texts().card_words:
        return engine.current(key)
    if last is not None and last.question is not None and choice.isdigit():
        index = int(choice) - 1
        if 0 <= index < len(last.question.answers):
            return engine.answer(key, last.question.id, last.question.answers[index].value)
    return engine.handle(key, text, user="console")


def run_console(engine: Engine, stdin: TextIO, stdout: TextIO, *, interactive: bool) -> int:
    """Converse until end of input (or 「終了」 at the prompt)."""
    key = f"console:{uuid.uuid4().hex}"
    last: Reply | None = None
    words = console_texts()
    if interactive:
        stdout.write(f"{labels().messages['help_text']}\n{words.quit_hint}\n")
    while True:
        if interactive:
            stdout.write(f"\n{words.prompt}")
            stdout.flush()
        line = stdin.readline()
        if not line:
            break
        text = line.rstrip("\n")
        if interactive and text.strip() in words.quit_words:
            break
        if not interactive and not text.strip():
            continue
        if not interactive:
            stdout.write(f"> {text[:200]}\n")
        if text.strip() in words.breakdown_words:
            shown = "\n".join(text_lines(breakdown_layout(engine.current(key))))
        else:
            last = _turn(engine, key, text, last)
            shown = render_text(last, engine.rider)
            if last.claim_file:  # asked for: the whole file, as Slack would send it
                shown += "\n\n" + claim_markdown(claim_of(engine, key))
        stdout.write(shown + f"\n{_RULE}\n")
        stdout.flush()
    return 0
