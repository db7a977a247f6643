"""A Slack quote of the bot's question (a `>` line) and the answer written under it.

「> 公表はされましたか？」 then 「いいえ、していません」: the answer belongs to the quoted
question, so a bare 「いいえ」 there says announced = false. The quoted question itself
states nothing and is not read for facts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from coverage import Access, Fact
from nlu.announce_undecided import undecided_in
from nlu.doc import make_doc
from nlu.intent import read_answer
from nlu.lexicon import OPEN_ANSWER, Lexicon

_QUOTE = re.compile(r"^\s*>\s?(.*)$")
_FIRST_CLAUSE = re.compile(r"[、。,.!?\n]")
_FIRST_SENTENCE = re.compile(r"[。.!?\n]")

QuotedValue = Access | bool | None
"""A value given in answer to a quoted question; None: said to be unknown."""


@dataclass(frozen=True)
class QuotedAnswer:
    """The fact a quoted question asks about and the text written under it."""

    fact: Fact
    answer: str


def split_quotes(text: str, lex: Lexicon) -> tuple[str, list[QuotedAnswer]]:
    """The text without its quoted lines, and each quoted question with its answer."""
    kept: list[str] = []
    pairs: list[tuple[str, list[str]]] = []
    for line in text.split("\n"):
        quoted = _QUOTE.match(line)
        if quoted:
            pairs.append((quoted.group(1), []))
            continue
        kept.append(line)
        if pairs:
            pairs[-1][1].append(line)
    answers = []
    for question, lines in pairs:
        fact = quoted_fact(question, lex)
        answer = "\n".join(lines).strip()
        if fact is not None and answer:
            answers.append(QuotedAnswer(fact, answer))
    return "\n".join(kept), answers


def quoted_fact(question: str, lex: Lexicon) -> Fact | None:
    """The fact a question asks about: its last cue, since the predicate comes last
    (「不正アクセス等の事実を公表しましたか」 asks about the announcement)."""
    doc = make_doc(question)
    found: list[tuple[int, Fact]] = [
        (m.start, Fact.ANNOUNCED) for m in lex.announced_cues.find(doc) if m.label == "announced"
    ]
    found += [(m.start, Fact.CONSENT) for m in lex.consent_cues.find(doc) if m.label == "consent"]
    found += [(m.start, Fact.UNAUTHORIZED_ACCESS) for m in lex.access_cues.find(doc)]
    return max(found, key=lambda hit: hit[0])[1] if found else None


def quoted_value(quoted: QuotedAnswer, lex: Lexicon) -> tuple[bool, QuotedValue]:
    """(whether the answer settles its fact, the value) from the answer's first words.

    「はい、なかったです」 to a question about access says none was found: the words
    for access are read before a bare はい/いいえ.
    """
    sentence = _FIRST_SENTENCE.split(quoted.answer, maxsplit=1)[0]
    if read_answer(sentence, lex) == "unknown":
        return True, None  # 「たぶんあった」: a guess settles nothing
    if quoted.fact is Fact.UNAUTHORIZED_ACCESS:
        labels = [m.label for m in lex.access_answers.find(make_doc(sentence))]
        if labels:
            # 「確定ではないです」: not confirmed, so nothing settled either way (rule 4).
            return True, None if labels[-1] == OPEN_ANSWER else Access(labels[-1])
    answer = read_answer(_FIRST_CLAUSE.split(quoted.answer, maxsplit=1)[0], lex)
    if answer is None:
        answer = read_answer(sentence, lex)
    if answer is None:
        return False, None
    if (
        quoted.fact is Fact.ANNOUNCED
        and answer in ("not_yet", "no")
        and (_weighed(quoted, lex) or _undecided(quoted, lex))
    ):
        # 「まだ。検討中です」: not yet, because it is still being weighed (rule 5: 検討中
        # is unknown), not a decision against it.
        return True, None
    if answer == "not_yet":
        # 「まだ」: an announcement not yet made is none; access not yet confirmed and
        # consent not yet asked for are still open.
        return True, False if quoted.fact is Fact.ANNOUNCED else None
    if answer == "unknown":
        return True, None
    if quoted.fact is Fact.UNAUTHORIZED_ACCESS:
        if answer == "no" and _still_open(sentence, lex):
            # 「> 有無は確認できましたか？」「いえ、まだ調査中です」: the いえ says the check
            # has no answer yet, not that access was ruled out (rule 4).
            return True, None
        return True, Access.FOUND if answer == "yes" else Access.NOT_FOUND
    return True, answer == "yes"


def _undecided(quoted: QuotedAnswer, lex: Lexicon) -> bool:
    """「まだです。するかどうかもまだ決まっていません」: whether to is not decided."""
    doc = make_doc(quoted.answer)
    return undecided_in(doc, 0, len(doc.tokens), lex)


def _weighed(quoted: QuotedAnswer, lex: Lexicon) -> bool:
    """Whether a sentence of the answer says only that the announcement is being weighed
    (「検討中です」「社内で検討しているところです」「公表するか検討しています」); one that names
    something else weighed (「費用は検討中」) is about that."""
    doc = make_doc(quoted.answer)
    cue = {i for m in lex.announced_cues.find(doc) for i in range(m.start, m.end)}
    for i, token in enumerate(doc.tokens):
        if token.lemma not in lex.announce_deliberating:
            continue
        lo, hi = doc.sentence_span(i)
        if any(t.lemma in _NEGATING for t in doc.tokens[lo:hi]):
            continue  # 「検討もしていません」: not weighed either
        if not any(
            t.pos1 in _CONTENT
            and t.lemma not in lex.announce_deliberating
            and t.lemma not in _WEIGHING
            and k not in cue
            for k, t in enumerate(doc.tokens[lo:hi], start=lo)
        ):
            return True
    return False


_NEGATING = frozenset({"ない", "無い", "ず", "ぬ"})
_CONTENT = frozenset({"名詞", "動詞", "形容詞"})
# What a sentence about weighing may hold besides the weighing and the announcement: where,
# when, and the verbs that only carry it (「社内で検討しているところです」).
_WEIGHING = frozenset({"為る", "居る", "所", "社内", "今", "現在", "中", "方向", "上層部", "役員"})


def asks_how_many(text: str, lex: Lexicon) -> bool:
    """Whether a quoted question asks how many (「> 対象の生徒数は？」) and is answered
    under it: the count written there is the victims'."""
    return any(True for _ in _count_answers(text, lex))


def how_many_unknown(text: str, lex: Lexicon) -> bool:
    """Whether a quoted question asks how many and the answer under it opens by saying it
    is not known (「> 対象の生徒さんは何人？」「わからないです。在籍は80人です」): a count said
    after that is some other number, not the victims'."""
    return any(
        read_answer(_FIRST_CLAUSE.split(answer.strip(), maxsplit=1)[0], lex) == "unknown"
        for answer in _count_answers(text, lex)
    )


def _count_answers(text: str, lex: Lexicon) -> Iterator[str]:
    """The line answering each quoted how-many question: the next line written, not quoted."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        quoted = _QUOTE.match(line)
        if not quoted or not lex.count_questions.search(quoted.group(1)):
            continue
        following = next((ln for ln in lines[i + 1 :] if ln.strip()), "")
        if following and not _QUOTE.match(following):
            yield following


def _still_open(sentence: str, lex: Lexicon) -> bool:
    """Whether an answer's sentence says the check is still under way or in doubt."""
    doc = make_doc(sentence)
    return lex.pending.contains(doc) or lex.hedge.contains(doc)
