"""`cyberbot chat`: the same engine in a terminal, one conversation per run.

With a TTY it prompts, and lines pasted together (a vendor's mail, a pasted report) are
one message, as they would be in Slack; without one it reads one message per line from
stdin and prints each reply, so `printf '...\\n...\\n' | cyberbot chat` works.
"""

from __future__ import annotations

import re
import select
import unicodedata
import uuid
from typing import TextIO

from bot.claim.file import claim_of
from bot.claim.markdown import claim_markdown
from bot.console.texts import console_texts
from bot.conversation.clean import clean_text
from bot.conversation.engine import Engine
from bot.conversation.reply import Reply
from bot.labels import labels
from bot.render.layout import breakdown_layout, card_steps, text_lines
from bot.render.text import render_text

_RULE = "─" * 40
# The console's only user, as the engine records who said or marked something.
USER = "console"
_STEP = re.compile(r"^(\d+)\s*(\S+)$")
# A terminal hands a paste over line by line at once; a person typing the next line takes
# far longer than this after Enter.
_PASTE_GAP_SECONDS = 0.05


def read_message(stdin: TextIO, *, paste: bool) -> str | None:
    """The next message: one line, or with `paste` every line that arrived with it; None
    at the end of input."""
    line = stdin.readline()
    if not line:
        return None
    lines = [line.rstrip("\n")]
    while paste and _more_waiting(stdin):
        more = stdin.readline()
        if not more:
            break
        lines.append(more.rstrip("\n"))
    return "\n".join(lines)


def _more_waiting(stdin: TextIO) -> bool:
    try:
        ready, _, _ = select.select([stdin], [], [], _PASTE_GAP_SECONDS)
    except (OSError, ValueError):  # no file descriptor to wait on (a StringIO, Windows)
        return False
    return bool(ready)


def _step_turn(engine: Engine, key: str, choice: str) -> Reply | str | None:
    """「2 完了」 / 「2 担当」 / 「2 未完了」: step 2 of the card marked; None when the
    line is no such command; the words to say when the number names no step."""
    found = _STEP.match(unicodedata.normalize("NFKC", choice))
    words = console_texts()
    if found is None:
        return None
    number, word = int(found.group(1)), found.group(2)
    if word not in (*words.done_words, *words.take_words, *words.reopen_words):
        return None
    steps = card_steps(engine.current(key), engine.rider)
    if not 1 <= number <= len(steps):
        return words.no_such_step
    step = steps[number - 1].key
    if word in words.take_words:
        return engine.mark_step(key, step, take=True, user=USER)
    return engine.mark_step(key, step, done=word in words.done_words, user=USER)


def _turn(engine: Engine, key: str, text: str, last: Reply | None) -> Reply | str:
    """A number answers the last question with that quick answer; 「2 完了」 marks a step;
    「まとめ」 shows the card; anything else is a message."""
    choice = text.strip()
    if choice in console_texts().card_words:
        return engine.current(key)
    marked = _step_turn(engine, key, choice)
    if marked is not None:
        return marked
    if last is not None and last.question is not None and choice.isdigit():
        index = int(choice) - 1
        if 0 <= index < len(last.question.answers):
            return engine.answer(key, last.question.id, last.question.answers[index].value)
    return engine.handle(key, text, user=USER)


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
        text = read_message(stdin, paste=interactive)
        if text is None:
            break
        if text.strip() in words.quit_words:  # piped or typed, 「終了」 ends the conversation
            break
        if not interactive and not text.strip():
            continue
        if not interactive:
            # Echoed as the engine reads it: a broken byte (lone surrogate) is dropped.
            stdout.write(f"> {clean_text(text)[:200]}\n")
        if text.strip() in words.breakdown_words:
            shown = "\n".join(text_lines(breakdown_layout(engine.current(key))))
        else:
            turn = _turn(engine, key, text, last)
            if isinstance(turn, str):
                stdout.write(turn + f"\n{_RULE}\n")
                continue
            last = turn
            shown = render_text(last, engine.rider)
            if last.claim_file:  # asked for: the whole file, as Slack would send it
                shown += "\n\n" + claim_markdown(claim_of(engine, key))
        stdout.write(shown + f"\n{_RULE}\n")
        stdout.flush()
    return 0
