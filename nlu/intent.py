"""What a message asks for, what its questions are about, and whether it is a bare answer
to the last question."""

from __future__ import annotations

import re
from typing import Final

from nlu.bare_answers import read_answer
from nlu.doc import Doc
from nlu.kana_words import kana_matches
from nlu.lexicon import Lexicon
from nlu.phrases import Match
from nlu.reading import Answer, Intent, QuestionTopic
from nlu.topic_pairs import paired_topics

__all__ = ["read_answer"]

_READABLE = re.compile(r"[0-9A-Za-z\u3040-\u30ff\u3400-\u9fff]")
# Spaces, punctuation and marks: what a message that names the checklist may hold besides.
_NOT_LETTER = re.compile(r"[\W_]+")


def is_readable(text: str) -> bool:
    """Whether `text` holds any letter, kana, kanji or digit (not only emoji or punctuation)."""
    return _READABLE.search(text) is not None


def read_intent(doc: Doc, lex: Lexicon, answer: Answer | None) -> Intent:
    """The first configured intent whose phrase appears; a bare answer; else a report.

    「どうすればいい？」 asks for guidance only when the message asks about no topic: a
    question about one thing (「同意はどうすれば？」) gets that thing's answer, not the checklist.
    """
    if not is_readable(doc.text):
        return Intent.HELP  # only emoji or punctuation: show what the bot can do
    labels = {m.label for m in lex.intents.find(doc)}
    letters = _NOT_LETTER.sub("", doc.text).casefold()
    if letters in lex.guidance_alone:
        labels.add(Intent.GUIDANCE)  # 「チェックリスト」「やることリスト見せて」
    if letters in lex.estimate_alone:
        labels.add(Intent.ESTIMATE)  # 「見積もり出して」「概算を教えて」
    if letters in lex.contacts_alone:
        labels.add(Intent.CONTACTS)  # 「連絡先」「電話番号教えて」, as the help text invites
    if letters in lex.reset_alone:
        labels.add(Intent.RESET)  # 「最初から」「リセットして」
    if (
        Intent.GUIDANCE not in labels
        and lex.guidance_unless_topic.contains(doc)
        and not _asked_topics(doc, lex)
    ):
        labels.add(Intent.GUIDANCE)
    for name in lex.intent_order:
        if name in labels:
            return Intent(name)
    if answer is not None:
        return Intent.ANSWER
    return Intent.REPORT


def read_question_topics(doc: Doc, lex: Lexicon) -> tuple[QuestionTopic, ...]:
    """What the message's questions are about, in the configured order (most specific first).

    Only a sentence that asks is read: one with a question mark or phrase (「ですか」
    「べきか」「ってこと」), or ending on a sentence-final か or の. A topic word in a
    statement (「身代金を要求された。」) asks nothing; within the sentence, the clause that
    asks is read first (「もう公表しましたが、補償されますか？」 asks about coverage), the
    rest of the sentence only when that clause names no topic (「身代金を要求されてるけど、
    どうすればいい？」).
    """
    asks = _asks(doc, lex)
    asked, told = _paired(doc, lex)
    if not asks:
        return tuple(QuestionTopic(name) for name in lex.question_order if name in told)
    matches = _topic_matches(doc, lex)
    found: set[str] = set()
    for sentence in {doc.sentence_of[i] for i in asks}:
        clauses = {doc.clause_of[i] for i in asks if doc.sentence_of[i] == sentence}
        in_sentence = [m for m in matches if doc.sentence_of[m.start] == sentence]
        own = {m.label for m in in_sentence if doc.clause_of[m.start] in clauses}
        found |= own or {m.label for m in in_sentence}
    found |= asked
    # What is told is answered after what is asked (「相手は削除しました。報告は必要？」).
    ordered = [name for name in lex.question_order if name in found]
    ordered += [name for name in lex.question_order if name in told and name not in found]
    if QuestionTopic.RANSOM in ordered:
        # 「払えばデータ戻る？」 asks whether to pay: the ransom answer gives the decryptors too.
        ordered = [name for name in ordered if name != QuestionTopic.RESTORE]
    return tuple(QuestionTopic(name) for name in ordered)


def _asked_topics(doc: Doc, lex: Lexicon) -> bool:
    """Whether the message asks about a topic (a told one, 「相手は削除しました」, asks nothing)."""
    asking = asking_sentences(doc, lex)
    if not asking:
        return False
    asked, _ = _paired(doc, lex)
    return bool(asked) or any(doc.sentence_of[m.start] in asking for m in _topic_matches(doc, lex))


def _paired(doc: Doc, lex: Lexicon) -> tuple[frozenset[QuestionTopic], frozenset[QuestionTopic]]:
    """`paired_topics` over the asking sentences, kept on the `Doc`: the intent and the
    topics both read it."""
    key = ("paired_topics", id(lex))
    kept: tuple[frozenset[QuestionTopic], frozenset[QuestionTopic]] | None = doc.cache.get(key)
    if kept is None:
        kept = doc.cache[key] = paired_topics(doc, lex, asking_sentences(doc, lex))
    return kept


def _topic_matches(doc: Doc, lex: Lexicon) -> list[Match]:
    """The question topics' phrases, written or heard in kana."""
    return lex.question_topics.find(doc) + kana_matches(doc, lex.question_topic_readings)


def _asks(doc: Doc, lex: Lexicon) -> list[int]:
    """Tokens that make their sentence a question: a question phrase, or a final particle
    that ends its sentence.

    Kept on the `Doc` (callers only read it): three readers ask, and each answer is a
    scan of every token.
    """
    key = ("asks", id(lex))
    kept: list[int] | None = doc.cache.get(key)
    if kept is None:
        kept = doc.cache[key] = _scan_asks(doc, lex)
    return kept


def _scan_asks(doc: Doc, lex: Lexicon) -> list[int]:
    found = [m.start for m in lex.question_markers.find(doc) if not _somehow(doc, m.start)]
    lemmas = doc.lemma_set()
    if lex.question_particles.isdisjoint(lemmas) and lex.question_auxiliaries.isdisjoint(lemmas):
        return found  # no token below could ask: a statement's scan ends here
    tokens = doc.tokens
    for i, token in enumerate(tokens):
        particle = token.pos2 == "終助詞" and token.lemma in lex.question_particles
        auxiliary = token.pos1 == "助動詞" and token.lemma in lex.question_auxiliaries
        if not (particle or auxiliary):
            continue
        after = i + 1
        if particle:
            # 「払ったほうが早いのかね」「出るのかねえ」: a softening particle after the question's
            # own still ends on it.
            while (
                after < len(tokens)
                and doc.sentence_of[after] == doc.sentence_of[i]
                and tokens[after].pos2 == "終助詞"
                and tokens[after].lemma in lex.softening_finals
            ):
                after += 1
        following = tokens[after] if after < len(tokens) else None
        if auxiliary and not particle:
            # 「切るべき」 at the end of a line asks; 「切るべき。」 states an opinion.
            if following is None or (
                doc.sentence_of[i + 1] != doc.sentence_of[i] and following.pos2 != "句点"
            ):
                found.append(i)
        elif (
            following is None
            or doc.sentence_of[after] != doc.sentence_of[i]
            or following.pos1 == "補助記号"
        ):
            found.append(i)
    return found


def _somehow(doc: Doc, i: int) -> bool:
    """「なんだか見たこともない画面に」: the だか at `i` after 何 is the adverb 何だか
    (somehow), matched as ですか by its lemmas, when words go on after it in its sentence."""
    tokens = doc.tokens
    return (
        i > 0
        and i + 2 < len(tokens)
        and tokens[i - 1].lemma == "何"
        and tokens[i].lemma == "だ"
        and tokens[i + 1].surface == "か"
        and doc.sentence_of[i + 2] == doc.sentence_of[i]
        and tokens[i + 2].pos1 != "補助記号"
    )


def asking_sentences(doc: Doc, lex: Lexicon) -> set[int]:
    """The sentences (by number) that ask something.

    Kept on the `Doc` (callers only read it): five readers ask, most of them once a message.
    """
    key = ("asking", id(lex))
    kept: set[int] | None = doc.cache.get(key)
    if kept is None:
        kept = doc.cache[key] = {doc.sentence_of[i] for i in _asks(doc, lex)}
    return kept


def hypothetical_clauses(doc: Doc, lex: Lexicon) -> list[tuple[int, int]]:
    """Character spans of the clauses of questions that suppose or weigh something.

    「同意なしで払ったら？」「公表しないといけない？」 say nothing of what happened: a fact
    read there is not one the user stated. A statement before the question, in a clause
    of its own (「感染したけど、電源は切るべき？」), stays a statement.

    Kept on the `Doc` (callers only read it): the detection reader, its evidence and the
    last step of `read_message` each ask.
    """
    key = ("supposed", id(lex))
    kept: list[tuple[int, int]] | None = doc.cache.get(key)
    if kept is None:
        kept = doc.cache[key] = _supposed(doc, lex)
    return kept


def said_as_no_fact(doc: Doc, lex: Lexicon, also: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans of `stated_nothing` and `also` that lie in sentences that ask nothing.

    Read as if not written: 「HPで公表しました。もっと早く公表すればよかった」 states the
    first announcement, not the second. A sentence that asks keeps its words, so what it
    asks is still read; its suppositions are dropped after reading (`hypothetical_clauses`).
    """
    asking = asking_sentences(doc, lex)
    return [
        (lo, hi)
        for lo, hi in [*stated_nothing(doc, lex), *also]
        if hi > lo and doc.sentence_of[doc.token_at(lo)] not in asking
    ]


def stated_nothing(doc: Doc, lex: Lexicon) -> frozenset[tuple[int, int]]:
    """Character spans of the wishes, regrets, suppositions and blank form keys of `doc`,
    asked or not (「もし復旧に300万かかったら補償されますか？」 too).

    Kept on the `Doc`: `said_as_no_fact`, `hypothetical_clauses` and the costs read them.
    """
    key = ("stated_nothing", id(lex))
    kept: frozenset[tuple[int, int]] | None = doc.cache.get(key)
    if kept is not None:
        return kept
    tokens = doc.tokens
    doubting = _doubting_adverbs(doc, lex)
    # 「公表しておけばよかった」「公表するとしたら来週」 suppose in a statement too.
    spans = {
        _clause_span(doc, doc.token_at(m.start()))
        for m in lex.supposing.finditer(doc.text)
        if doc.token_at(m.start()) not in doubting
    }
    if not lex.supposing_surfaces.isdisjoint(doc.surface_set()):
        spans.update(
            _clause_span(doc, i)
            for i, t in enumerate(tokens)
            if t.surface in lex.supposing_surfaces and i not in doubting
        )
    spans.update(
        (m.start(), _clause_span(doc, doc.token_at(m.end() - 1))[1])
        for m in lex.supposing_opened.finditer(doc.text)
    )
    spans.update(blank_fields(doc.text))
    spans.update(_regrets(doc, lex))
    kept = doc.cache[key] = frozenset(spans)
    return kept


def _supposed(doc: Doc, lex: Lexicon) -> list[tuple[int, int]]:
    tokens = doc.tokens
    spans = set(stated_nothing(doc, lex))
    asking = asking_sentences(doc, lex)
    if not asking:
        return sorted(spans)
    how = {i for m in lex.asking_how.find(doc) for i in range(m.start, m.end)}
    starts = {m.start for m in lex.hypothetical.find(doc)}
    if not lex.hypothetical_surfaces.isdisjoint(doc.surface_set()):
        doubting = _doubting_adverbs(doc, lex)
        starts.update(
            i
            for i, t in enumerate(tokens)
            if t.surface in lex.hypothetical_surfaces
            and i not in how
            and i not in doubting
            and not _told_what_was_met(doc, i, lex)
        )
    spans.update(_asked_span(doc, i) for i in starts if doc.sentence_of[i] in asking)
    return sorted(spans)


def _told_what_was_met(doc: Doc, i: int, lex: Lexicon) -> bool:
    """「朝事務所に来たらパソコンの画面が真っ黒で英語がずらっと出てて、…払ったほうが早いの
    かね」: the 「たら」 at `i` opens what was met on coming in, told in a question's run-on
    sentence; it supposes nothing (the detection and the type are read there)."""
    tokens = doc.tokens
    if tokens[i].surface != "たら" or i + 1 >= len(tokens):
        return False
    said = "".join(t.surface for t in tokens[i + 1 : doc.clause_end(i + 1)]).rstrip("、,")
    return said.endswith(lex.met_endings)


# 「…苦情をいただきました名前が出た生徒は二名です…すればよいか」: voice input runs sentences on
# without a full stop; a polite ending (ました, です) followed by a word that opens a phrase
# ends a statement, which the question's supposition after it does not reach.
_RUN_ON_ENDS: Final = frozenset({"ます", "です"})
_OPENING: Final = frozenset({"名詞", "代名詞", "連体詞", "副詞", "接頭辞"})


def _asked_span(doc: Doc, i: int) -> tuple[int, int]:
    tokens = doc.tokens
    lo = doc.clause_start(i)
    for k in range(i - 1, lo, -1):
        if tokens[k].pos1 not in _OPENING:
            continue
        ending = tokens[k - 1]
        if ending.surface == "た" and k >= 2 and tokens[k - 2].lemma == "ます":
            lo = k
            break
        if ending.surface in _RUN_ON_ENDS and ending.pos1 == "助動詞":
            lo = k
            break
    return tokens[lo].start, tokens[doc.clause_end(i) - 1].end


# A form's key with nothing after its colon (「発見経緯：　公表：　」, a checklist pasted with its
# blanks): the key's words state nothing. A key is short and opens its line or follows a
# space; a sentence ending on a colon introduces what follows (「報告をそのまま貼ります：」).
_BLANK_FIELD = re.compile(
    r"(?:^|(?<=[\s・]))(?![^\s:：]*(?:ます|です|した)[:：])[^\s:：・、。]{1,12}[ \t　]*[:：]"
    r"(?=[ \t　]*$|[ \t　]+[^\s:：]+[:：])",
    re.M,
)


def blank_fields(text: str) -> list[tuple[int, int]]:
    """Character spans of the keys in `text` that are followed by no value."""
    return [(m.start(), m.end()) for m in _BLANK_FIELD.finditer(text)]


def _regrets(doc: Doc, lex: Lexicon) -> list[tuple[int, int]]:
    """Clauses with a conditional that end on a regret or a fear (「頼んでいれば気づけた
    のに」「なくしたらどうしよう」)."""
    spans: list[tuple[int, int]] = []
    if lex.hypothetical_surfaces.isdisjoint(doc.surface_set()):
        return spans
    doubting = _doubting_adverbs(doc, lex)
    for i, token in enumerate(doc.tokens):
        if token.surface not in lex.hypothetical_surfaces or i in doubting:
            continue
        lo, hi = _clause_span(doc, i)
        if doc.text[lo:hi].rstrip("。．.!！…、,").endswith(lex.regret_finals):
            spans.append((lo, hi))
    return spans


def _doubting_adverbs(doc: Doc, lex: Lexicon) -> frozenset[int]:
    """The tokens of adverbs of doubt (「もしかしたら」「ひょっとして」), whose letters hold a
    supposition's opener or ending and which suppose nothing: they hedge."""
    key = ("doubting", id(lex))
    kept: frozenset[int] | None = doc.cache.get(key)
    if kept is None:
        kept = doc.cache[key] = frozenset(
            i
            for m in lex.doubting_adverbs.finditer(doc.text)
            for i in range(doc.token_at(m.start()), doc.token_at(m.end() - 1) + 1)
        )
    return kept


def _clause_span(doc: Doc, i: int) -> tuple[int, int]:
    lo, hi = doc.clause_start(i), doc.clause_end(i)
    return doc.tokens[lo].start, doc.tokens[hi - 1].end
