"""Whether a text reads as the organisation's own notice to the public (お知らせ, ご報告):
several families of a notice's written register together, weighed into a score.

The words and limits are config [announced] register_* and [announced.notice]; the notice
is then the announcement (`nlu.announced`).
"""

from __future__ import annotations

import re

from nlu.doc import Doc
from nlu.lexicon import Lexicon
from nlu.tokens import Token


def notice_score(doc: Doc, lex: Lexicon) -> int:
    """How strongly `doc` reads as a notice written by the organisation itself: one point
    per family of cues present, none at all when a chat or hearsay mark is.

    Families of words (config [announced] register_*, up to two points each for two
    different words): its name for itself (当社, 本県), written-account words (当該, 本件),
    the reader addressed with respect (お客様), humble predicates (いたしました). Then a full
    date (two points: a chat message never gives the year or the weekday; one for an era's
    year or a date opening a sentence), a clock time, a list, three sentences or more, and
    polite predicates in two sentences or more. A text told mostly in the plain past (a
    news story: 「発覚した。」) scores none: it is not the organisation speaking. The
    limits, the points and the patterns are config [announced.notice].
    """
    text, rules = doc.text, lex.notice
    headed = _headed(doc, lex)
    least = rules.heading_min_chars if headed else rules.min_chars
    if len(text) < least or _introduces_writer(doc, lex):
        return 0
    words = register_words(doc, lex)
    if "chat_relayed" in words and not headed:
        return 0  # 「…とのことです」 with no notice's title above it: a chat line
    polite = {
        doc.sentence_of[i]
        for i, t in enumerate(doc.tokens)
        if t.lemma == "ます" and t.pos1 == "助動詞"
    }
    sentences = {doc.sentence_of[i] for i, t in enumerate(doc.tokens) if t.pos1 != "補助記号"}
    plain = _plain_sentences(doc, lex)
    if "chat" in words or (plain >= 2 and plain > len(polite)):
        return 0  # a chat line, or a report of others' words, or a news story told plain
    weak_words = [words.pop(family, None) for family in _WEAK_FAMILIES]
    weak = rules.weak_chat_points if any(weak_words) else 0
    return (
        sum(min(rules.family_max_points, len(found)) for found in words.values())
        - weak
        + (
            rules.full_date_points
            if rules.full_date.search(text)
            else 1
            if rules.date.search(text)
            else 0
        )
        + bool(rules.clock.search(text))
        + (rules.heading_points if headed else 0)
        + bool(rules.list_item.search(text))
        + (len(sentences) >= 3)
        + (len(polite) >= 2)
    )


def _headed(doc: Doc, lex: Lexicon) -> bool:
    """Whether `doc` opens with a notice's title, under the organisation's name if a line
    stands above it. That line names, and says nothing: one with a verb is a chat writer's
    own line above a mail they paste (「サーバー会社からメール来ました」)."""
    title = lex.notice.heading.search(doc.text)
    if title is None or title.group("name") is None:
        return title is not None
    end = title.end("name")
    return not any(t.pos1 in _SAYING for t in doc.tokens if t.start < end)


_SAYING = frozenset({"動詞", "助動詞"})


def register_words(doc: Doc, lex: Lexicon) -> dict[str, set[str]]:
    """The different words of each register family in `doc`, with a noun after 当
    (当生協) as a name for itself and a noun before 様 (組合員さま) as the reader."""
    words: dict[str, set[str]] = {}
    listed: set[int] = set()
    asked = _reader_questions(doc, lex)
    for match in lex.notice_register.find(doc):
        at = doc.tokens[match.start].start
        if any(lo <= at < hi for lo, hi in asked):
            continue  # the reader's question in a Q&A, answered below it
        label = match.label
        if label == "chat" and any(lo < at < hi for lo, hi in _speech(doc.text)):
            # 「お客様から「御社の資料が載っている」とのご連絡」: a caller's words quoted, which
            # a notice relays with or without a title, not the writer's own chat: a weak
            # mark (set 24: an untitled notice quoting 「貴社を装ったメール」 was ruled out).
            label = "chat_quoted"
        words.setdefault(label, set()).add(
            doc.text[doc.tokens[match.start].start : doc.ends[match.end - 1]]
        )
        listed.update(range(match.start, match.end))
    tokens, rules = doc.tokens, lex.notice
    for i in range(len(tokens) - 1):
        word, after = tokens[i], tokens[i + 1]
        if i in listed or i + 1 in listed:
            continue  # 「お客様」 is one word of its family, not two
        if word.pos1 == "接頭辞" and word.lemma in rules.self_prefixes and after.pos1 == "名詞":
            words.setdefault("self", set()).add(word.surface + after.surface)
        respect = after.pos1 == "接尾辞" and after.lemma in rules.reader_suffixes
        if respect and word.pos1 != "補助記号":
            words.setdefault("reader", set()).add(word.surface + after.surface)
    return words


def _speech(text: str) -> list[tuple[int, int]]:
    """The character spans of words quoted in 「」."""
    return [(m.start(), m.end()) for m in _QUOTED.finditer(text)]


_QUOTED = re.compile(r"「[^「」]*」")


def _reader_questions(doc: Doc, lex: Lexicon) -> list[tuple[int, int]]:
    """The question lines of a notice written as a Q&A (「Q1. …ですか。」 each followed by
    「A1. …」), as character spans; none unless there are enough pairs to be one."""
    pairs = [(m.start(), m.end()) for m in lex.notice.qa_pair.finditer(doc.text)]
    return pairs if len(pairs) >= lex.notice.qa_min_pairs else []


def reads_as_notice(doc: Doc, lex: Lexicon) -> bool:
    """Whether the text is the organisation's own notice to the public: several families
    of its register together (see `notice_score`), never one word. A text in which the
    organisation names itself (当社, 本市) and two other families stand needs one mark less
    (config [announced.notice] named_min_score)."""
    rules = lex.notice
    score = notice_score(doc, lex)
    if score >= rules.min_score:
        return True
    if score < rules.named_min_score:
        return False
    families = set(register_words(doc, lex)) - _WEAK_FAMILIES
    return "self" in families and len(families) >= rules.named_min_families


# Chat words a notice uses too (listed, or any chat word inside a quotation): they cost a
# point, and are no family of the register.
_WEAK_FAMILIES = frozenset({"chat_weak", "chat_relayed", "chat_quoted"})


def _plain_sentences(doc: Doc, lex: Lexicon) -> int:
    """Sentences that end in the plain past or copula (「発覚した。」「…である。」): the
    voice of a news story, where a notice writes 「判明しました」."""
    count = 0
    first = 0
    while first < len(doc.tokens):
        _, past = doc.sentence_span(first)
        words = [t for t in doc.tokens[first:past] if t.pos1 != "補助記号"]
        first = past
        if (
            words
            and words[-1].pos1 == "助動詞"
            and words[-1].lemma in lex.notice.plain_endings
            and (len(words) < 2 or words[-2].lemma not in lex.notice.polite_before)
        ):
            count += 1
    return count


def _holds_post(words: list[Token], lex: Lexicon) -> bool:
    """「事務局長をしております」「総務を担当しております」: a verb of holding a post, then て,
    おる and ます, and nothing else said (no other verb before it)."""
    roles = lex.notice.introduction_roles
    if len(words) < 5 or [t.lemma for t in words[-3:]] != ["て", "居る", "ます"]:
        return False
    verb = len(words) - 4
    if words[verb].lemma == "為る" and words[verb - 1].lemma in roles:
        verb -= 1  # 担当 + する
    if words[verb].lemma not in roles or verb < 1:
        return False
    return not any(t.pos1 == "動詞" for t in words[:verb])


def _introduces_writer(doc: Doc, lex: Lexicon) -> bool:
    """「教務課です。」「歯科医院の事務長でございます。」 opening the message."""
    if not doc.tokens:
        return False
    first, past = doc.sentence_span(0)
    words = [t for t in doc.tokens[first:past] if t.pos1 != "補助記号"]
    chars = doc.ends[past - 1] - doc.tokens[first].start
    endings = lex.notice.introduction_endings
    polite = lex.notice.polite_before
    if len(words) > 1 and words[-1].lemma in polite and words[-2].lemma in endings:
        words = words[:-1]  # 「事務長でございます」: the copula is ござい, ます only polite
    if chars <= lex.notice.introduction_max_chars and _holds_post(words, lex):
        return True
    return (
        chars <= lex.notice.introduction_max_chars
        and bool(words)
        and words[-1].lemma in endings
        and not any(
            t.pos1 == "動詞" and t.lemma not in lex.notice.introduction_verbs for t in words
        )
    )
