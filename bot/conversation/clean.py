"""Text as it may come from Slack or a terminal, made safe to read, store and echo."""

from __future__ import annotations

import re

# A surrogate in a Python str is always a lone one (pairs decode to one code point); it
# cannot be encoded to UTF-8, so it would break saving and every reply that echoes it.
# Control characters other than tab and newlines carry nothing a person wrote.
_ODD = re.compile("[\ud800-\udfff\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x80-\x9f]")


def clean_text(text: str) -> str:
    """`text` without lone surrogates and control characters (tab and newlines stay)."""
    return _ODD.sub("", text)
