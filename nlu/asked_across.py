"""A question on a fact asked of the other person in the thread, answered in the next message.

An agent writes 「公表されました？」 (or quotes the bot's 「> 公表はされましたか？」 as the last
line of a message) and the client answers in a message of their own: 「してないです」. The answer
belongs to that question as a bare answer under a quoted question does (`nlu.quotes`).

Only a question asked in the respect form (される, なさる: the other person's deed) or a
quoted question with nothing under it opens one: a question the writer asks the bot
(「公表したほうがいいですか？」) is about what to do, and the next message answers nothing.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from coverage import Fact
from nlu.bare_answers import read_answer
from nlu.doc import make_doc
from nlu.lexicon import Lexicon
from nlu.quotes import QuotedAnswer, QuotedValue, quoted_fact, quoted_value

FILE: Final = "nlu_consent_asked.toml"
# 「まだです」「いいえ」 to a colleague's 「同意って取れた？」: consent not obtained, a refusal
# once money is spent (labelling rule 6), which the fold decides.
WITHHELD: Final = "withheld"
_FIRST_CLAUSE = re.compile(r"[、。,.!?\n…]")


class ConsentAskedFile(config.Schema):
    """`config/nlu_consent_asked.toml`."""

    obtained: NonEmptyWords


@cache
def _obtained() -> tuple[str, ...]:
    return tuple(config.load(FILE, ConsentAskedFile).obtained)


_QUOTED = re.compile(r"^\s*>\s?(.*)$")
_SENTENCE_END = re.compile(r"(?<=[。!?\n])")
# The marks of a question at the end of a sentence (NFKC has made ？ into ?).
_ASKING = ("?", "か")
# Respect for the other's deed: a verb + れる/られる (「公表されましたか」「出されましたか」),
# or なさる (lemma 為さる: 「公表はなさいましたか」).
_RESPECT = frozenset({"れる", "られる"})
_RESPECT_VERBS = frozenset({"為さる", "なさる"})
# The facts whose answer the next message may give, as `nlu.quotes` reads them. The
# announcement only: a client's bare 「いいえ」 to 「侵入はされましたか？」 may mean "not that we
# know", and not_found wants a conclusion (tests/data/README.md rule 4); no labelled set
# answers consent across messages (sets 23 and 30 ask about the announcement).
ANSWERABLE: tuple[Fact, ...] = (Fact.ANNOUNCED,)


def asked_of_the_other(text: str, lex: Lexicon) -> Fact | None:
    """The fact the message's last sentence asks the other person about, if any.

    Args:
        text: The normalised message, quoted lines included.
        lex: The lexicon.
    """
    lines = [line for line in text.split("\n") if line.strip()]
    if not lines:
        return None
    quoted = _QUOTED.match(lines[-1])
    if quoted is not None:
        question = quoted.group(1).strip()
        return quoted_fact(question, lex) if question.endswith(_ASKING) else None
    sentences = [s.strip() for s in _SENTENCE_END.split(lines[-1]) if s.strip()]
    question = sentences[-1] if sentences else ""
    if not question.endswith(_ASKING):
        return None
    if _in_respect(question):
        return quoted_fact(question, lex)
    if (
        question.replace(" ", "").endswith(_obtained())
        and quoted_fact(question, lex) is Fact.CONSENT
    ):
        return Fact.CONSENT  # 「保険会社の同意って取れた？」
    return None


def _in_respect(question: str) -> bool:
    tokens = make_doc(question).tokens
    return any(
        t.lemma in _RESPECT_VERBS
        or (t.lemma in _RESPECT and i > 0 and tokens[i - 1].pos1 == "動詞")
        for i, t in enumerate(tokens)
    )


def answers_given(text: str, lex: Lexicon) -> tuple[tuple[Fact, QuotedValue | str], ...]:
    """What the message's opening words would answer to a question on each fact
    (「してないです。予定もなし」: announced false), for the fold to take when the message
    before asked it; facts the opening words settle nothing of are left out."""
    given: list[tuple[Fact, QuotedValue | str]] = []
    for fact in ANSWERABLE:
        settled, value = quoted_value(QuotedAnswer(fact, text.strip()), lex)
        if settled:
            given.append((fact, value))
    answer = read_answer(_FIRST_CLAUSE.split(text.strip(), maxsplit=1)[0], lex)
    if answer == "yes":
        given.append((Fact.CONSENT, True))
    elif answer in ("no", "not_yet"):
        given.append((Fact.CONSENT, WITHHELD))
    return tuple(given)
