"""When a report word, and the party named before it, do not tell who found the incident
(`detection`): a party inside the quoted message, a reply to the company's own request,
an insurance agent's client telling its agent, a tally of reports received, and the
company's own report to its insurer. And a contractor's letter to its principal, which is
itself the contractor's report.

Words in `config/nlu_reporter_context.toml`. Each test only takes a report away.
"""

from __future__ import annotations

from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from nlu.doc import Doc
from nlu.phrases import Match, PhraseSet
from nlu.tokens import Token

FILE: Final = "nlu_reporter_context.toml"
# Before a report word: it quotes what was said (「…との連絡」「…旨の連絡」「…って」).
_QUOTING: Final = frozenset({"と", "旨", "って", "という"})
# The reported outcome is said within this many words before the quoting particle.
_OUTCOME_REACH: Final = 5


class ContextFile(config.Schema):
    """`config/nlu_reporter_context.toml`."""

    quote_openings: NonEmptyWords
    quote_closings: NonEmptyWords
    completed_verbs: NonEmptyWords
    done_marks: NonEmptyWords
    request_verbs: NonEmptyWords
    client_words: NonEmptyWords
    agent_markers: NonEmptyWords
    agent_name_reach: int
    agent_words: NonEmptyWords
    insured_words: NonEmptyWords
    client_officers: NonEmptyWords
    own_markers: NonEmptyWords
    hearsay: NonEmptyWords
    tally_marks: NonEmptyWords
    tally_counters: NonEmptyWords
    tally_reach: int
    tally_ongoing: NonEmptyWords
    tally_after_marks: NonEmptyWords
    principal_words: NonEmptyWords
    entrusting_lemmas: NonEmptyWords
    entrusting_reach: int
    reply_words: NonEmptyWords
    revealing_lemmas: NonEmptyWords
    insurer_words: NonEmptyWords
    user_devices: NonEmptyWords
    sending_verbs: NonEmptyWords
    account_openers: NonEmptyWords
    other_party_names: NonEmptyWords
    writer_names: NonEmptyWords


@cache
def _file() -> ContextFile:
    return config.load(FILE, ContextFile)


@cache
def _phrases() -> tuple[PhraseSet, PhraseSet, PhraseSet, PhraseSet]:
    file = _file()
    return (
        PhraseSet({"agent": file.agent_markers}),
        PhraseSet({"hearsay": file.hearsay}),
        PhraseSet({"agent": file.agent_words}),
        PhraseSet({"tally": file.tally_marks}),
    )


@cache
def _openers() -> PhraseSet:
    return PhraseSet({"account": _file().account_openers})


@cache
def _insurer() -> PhraseSet:
    return PhraseSet({"insurer": _file().insurer_words})


def to_the_insurer(doc: Doc, report: Match) -> bool:
    """「お客様が先に発注してしまい、保険会社へは事後報告になります」: the report is made to
    the insurer (its word then に or へ, in the report's clause, nothing sent from after it),
    so it is the company's claim, not how the incident came to light."""
    lo = doc.clause_start(report.start)
    tokens = doc.tokens
    for match in _insurer().find(doc, lo, report.start):
        i = match.end
        if i >= report.start or tokens[i].surface not in ("に", "へ"):
            continue
        if any(t.surface in ("から", "より") for t in tokens[i : report.start]):
            continue
        # 「投稿を見た利用者から代理店に連絡があった」: a sender named before the agency (the
        # company a news report is about) told it; the report is theirs, not a claim.
        if _sender_before(doc, lo, match.start):
            continue
        return True
    return False


def _sender_before(doc: Doc, lo: int, at: int) -> bool:
    """A party (a noun, then から or より) just before the insurer word at `at`."""
    tokens = doc.tokens
    k = at - 1
    return (
        k - 1 >= lo
        and tokens[k].surface in ("から", "より")
        and tokens[k - 1].pos1 in ("名詞", "接尾辞")
    )


# The plain honorifics of a colleague's name (「山本さん」「佐藤くん」), not 様 (a customer's).
_COLLEAGUES = frozenset({"さん", "くん", "君", "ちゃん"})


def devices_user(
    doc: Doc, reporter: Match, reporters: list[Match], own_person: frozenset[str]
) -> bool:
    """「営業のPC、マルウェアっぽい。本人から連絡きた」: a bare 本人 as the reporter, after a
    device of someone of ours (a name, の, the device; not an outside party's), is its user."""
    tokens = doc.tokens
    if "".join(t.surface for t in tokens[reporter.start : reporter.end]) not in own_person:
        return False
    before = tokens[reporter.start - 1] if reporter.start else None
    after = tokens[reporter.end] if reporter.end < len(tokens) else None
    if before is not None and (before.surface in ("ご", "御") or before.pos1 == "名詞"):
        return False  # 「ご本人」「顧客本人」: a data subject
    if after is None or after.surface not in ("から", "より"):
        return False
    devices = _file().user_devices
    for i in range(2, reporter.start):
        if tokens[i].surface not in devices or tokens[i - 1].surface != "の":
            continue
        owner = i - 2
        if tokens[owner].surface in _COLLEAGUES and owner >= 1:
            owner -= 1  # 「経理の山本さんのPC」: a colleague, named with さん
        if tokens[owner].pos1 != "名詞":
            continue
        first = owner  # 「取引先の田中さんのPC」: whose the owner is, named before it
        while first > 0 and owner - first < 6 and _in_owner(tokens[first - 1]):
            first -= 1
        if not any(first <= r.start <= i - 2 for r in reporters):
            return True
    return False


def _in_owner(token: Token) -> bool:
    """A word of the owner's noun phrase: a noun, an affix or の."""
    return token.pos1 in ("名詞", "接尾辞", "接頭辞") or token.surface == "の"


def quoted_content(doc: Doc, reporter: Match, report: int) -> bool:
    """「プロバイダから「お客様の回線から…」と連絡」: the reporter lies inside a quote that
    closes before the report word, so it is what was reported, not who reported it."""
    file = _file()
    first, _ = doc.sentence_span(reporter.start)
    tokens = doc.tokens
    opened = False
    for i in range(reporter.start - 1, first - 1, -1):
        if tokens[i].surface in file.quote_closings:
            return False
        if tokens[i].surface in file.quote_openings:
            opened = True
            break
    return opened and any(
        tokens[i].surface in file.quote_closings for i in range(reporter.end, report)
    )


def quote_spanning_start(doc: Doc, at: int) -> int:
    """「保護者の方から電話で「これ送っていいやつですか?」と言われて」: where the sentence of
    token `at` starts when a quote's own ? or 。 cut it off; the quoted words and their
    speaker are one statement with the report after them."""
    file = _file()
    first, _ = doc.sentence_span(at)
    while first > 0:
        before, _ = doc.sentence_span(first - 1)
        surfaces = [t.surface for t in doc.tokens[before:first]]
        opened = sum(s in file.quote_openings for s in surfaces)
        if opened <= sum(s in file.quote_closings for s in surfaces):
            break
        first = before
    return first


def unrevealing_reply(doc: Doc, report: Match) -> bool:
    """「お詫びを送り、先方から返信が来た」: a reply to what the company sent, by which nothing
    came to light later in its sentence (as 「…と返信があって発覚」 does)."""
    file = _file()
    if doc.tokens[report.start].lemma not in file.reply_words:
        return False
    _, last = doc.sentence_span(report.start)
    revealing = frozenset(file.revealing_lemmas)
    return not any(t.lemma in revealing for t in doc.tokens[report.end : last])


def answers_our_request(doc: Doc, report: Match) -> bool:
    """「削除をお願いし、削除済みとのご連絡をいただいた」: the report is the reply to what the
    company asked, or tells an outcome done on its behalf; it came after the company knew."""
    file = _file()
    tokens = doc.tokens
    i = report.start - 1
    while i >= 0 and tokens[i].surface in ("お", "ご", "御"):
        i -= 1
    if i >= 0 and tokens[i].surface == "の":
        i -= 1
    if i >= 0 and tokens[i].surface in _QUOTING:
        content = tokens[max(0, i - _OUTCOME_REACH) : i]
        verb = next((k for k, t in enumerate(content) if t.lemma in file.completed_verbs), None)
        if verb is not None and any(
            t.lemma in file.done_marks or t.surface in file.done_marks for t in content[verb + 1 :]
        ):
            return True
    first, _ = doc.sentence_span(report.start)
    for k in range(first, report.start - 2):
        if tokens[k].lemma not in file.request_verbs or tokens[k + 1].lemma != "為る":
            continue
        after = tokens[k + 2]
        if _standing(tokens, k + 2):
            continue  # 「保守をお願いしている制作会社から」: the contract names who, no request
        if after.surface in ("、", "て") or (
            after.surface == "た" and tokens[k + 3].surface in ("ところ", "結果")
        ):
            return True
    return False


# Nouns after a clause that tell what came next (「お願いしていたところ」「…際」), not who.
_SEQUELS: Final = frozenset({"所", "結果", "際", "時", "為", "後", "矢先", "最中", "中", "上"})


def _standing(tokens: list[Token], at: int) -> bool:
    """「お願いしている会社」「頼んでいた業者」: a request verb's て いる (た), then a noun, is an
    arrangement that qualifies who it is with, not a request just made; 「お願いしていた
    ところ」「…した結果」 still tell what followed the request."""
    after = tokens[at : at + 4]
    if len(after) < 3 or after[0].surface != "て" or after[1].lemma != "居る":
        return False
    noun = after[3] if after[2].surface == "た" and len(after) > 3 else after[2]
    return noun.pos1 == "名詞" and noun.lemma not in _SEQUELS


def relayed_by_agent(doc: Doc, reporter: Match) -> bool:
    """「代理店です。お客様から連絡があり…」: the insured (the agent's client) telling its
    agent, in the agent's message, is not how the incident came to anyone's attention."""
    file = _file()
    tokens = doc.tokens
    if "".join(t.surface for t in tokens[reporter.start : reporter.end]) not in file.client_words:
        return False
    agent, hearsay, _, _ = _phrases()
    if agent.contains(doc) or _names_itself(doc):
        return True
    _, last = doc.sentence_span(reporter.start)
    if last >= len(tokens):
        return False
    _, end = doc.sentence_span(last)
    ends_in_hearsay = any(m.end >= end - 2 for m in hearsay.find(doc, last, end))
    if not ends_in_hearsay:
        return False
    for k in range(last, end):
        if tokens[k].surface not in file.client_officers:
            continue
        if not any(t.surface in file.own_markers for t in tokens[max(last, k - 2) : k]):
            return True
    return False


def the_insured(doc: Doc, lo: int, at: int) -> bool:
    """「契約者の会計事務所さんから」: the party named in tokens[lo:at] is said to be the
    insured's (a word of the insured, then の), so the agent's client is telling it."""
    words = tuple(_file().insured_words)
    tokens = doc.tokens
    return any(
        tokens[k].surface == "の" and doc.text[tokens[lo].start : tokens[k].start].endswith(words)
        for k in range(lo + 1, at)
    )


def _names_itself(doc: Doc) -> bool:
    """「代理店の田中です」 in the first sentence: the agent introduces itself."""
    if not doc.tokens:
        return False
    _, end = doc.sentence_span(0)
    reach = _file().agent_name_reach
    return any(
        any(t.surface == "です" for t in doc.tokens[m.end : min(end, m.end + reach + 1)])
        for m in _phrases()[2].find(doc, 0, end)
    )


def tallied(doc: Doc, report: Match) -> bool:
    """「12月4日までに85件のお問い合わせをいただいております」: the report word is counted as
    a tally so far, what followed the news rather than who told the company."""
    file = _file()
    tokens = doc.tokens
    first, last = doc.sentence_span(report.start)
    lo = max(first, report.start - file.tally_reach)
    hi = min(last, report.end + file.tally_reach)

    def counted(i: int) -> bool:
        return tokens[i].pos2 == "数詞" and tokens[i + 1].surface in file.tally_counters

    before = [i for i in range(lo, report.start - 1) if counted(i)]
    after = [i for i in range(report.end, hi - 1) if counted(i)]
    if not before and not after:
        return False
    marks = _phrases()[3].find(doc, max(first, lo - file.tally_reach), report.start)
    if any(m.end <= (before[0] if before else report.start) for m in marks):
        return True
    if after and _marked_after(doc, report.end, after[0]):
        return True  # 「問い合わせがもう10件」
    return bool(after) and _piling_up(doc, report, first, last)


def _marked_after(doc: Doc, end: int, count: int) -> bool:
    """「問い合わせがもう10件」: a tally mark between the report word (ending at `end`) and
    its count at `count`, the count more than one (「もう1件」 is one more)."""
    tokens = doc.tokens
    if tokens[count].surface in ("1", "一"):
        return False
    between = "".join(t.surface for t in tokens[end:count])
    return any(mark in between for mark in _file().tally_after_marks)


def _piling_up(doc: Doc, report: Match, first: int, last: int) -> bool:
    """「住民から問い合わせが10件ほど来ています」: the sentence ends in a state going on, and
    nothing before the report word quotes what was said (「…って」「…と」「」」)."""
    file = _file()
    tokens = doc.tokens
    # 「来たって」: MeCab may fold って into the word before it (来 + たって).
    if any(
        t.surface in file.quote_closings
        or (t.pos1 == "助詞" and (t.surface == "と" or t.surface.endswith("って")))
        for t in tokens[first : report.start]
    ):
        return False
    tail = doc.text[tokens[report.end - 1].end : tokens[last - 1].end]
    return tail.rstrip("。．.!！?？…").endswith(tuple(file.tally_ongoing))


def entrusted_letter(doc: Doc) -> int | None:
    """「貴社より発送業務のためにお預かりしている会員データ」: where the writer says it keeps
    the reader's data, in a contractor's letter to its principal; None if it says not.

    Kept on the `Doc`: the detection and the announcement readers both ask.
    """
    if _LETTER in doc.cache:
        kept: int | None = doc.cache[_LETTER]
        return kept
    found = doc.cache[_LETTER] = _entrusted_letter(doc)
    return found


# Where `entrusted_letter` keeps its answer on the `Doc`.
_LETTER = "entrusted_letter"


def _entrusted_letter(doc: Doc) -> int | None:
    file = _file()
    principals = tuple(file.principal_words)
    tokens = doc.tokens
    for k in range(1, len(tokens) - 1):
        if tokens[k].surface not in ("から", "より"):
            continue
        # MeCab may cut 御社 in two (御 + 社).
        before = "".join(t.surface for t in tokens[max(0, k - 2) : k])
        if not before.endswith(principals):
            continue
        _, last = doc.sentence_span(k)
        reach = tokens[k + 1 : min(last, k + 1 + file.entrusting_reach)]
        if any(t.lemma in file.entrusting_lemmas for t in reach):
            return k - 1
    return None


# After a sending noun, the case particles that make it an argument, not the predicate.
_CASE_MARKS: Final = frozenset({"が", "は", "を", "も"})


def sent_out(doc: Doc, report: Match) -> bool:
    """「児童手当の通知、別人に郵送」: the report word names what the company mailed out, the
    first predicate after it being a sending verb, with no sender (から, より) around it."""
    file = _file()
    tokens = doc.tokens
    if any(t.surface in ("から", "より") for t in tokens[max(0, report.start - 3) : report.start]):
        return False
    _, last = doc.sentence_span(report.start)
    for k in range(report.end, last):
        token = tokens[k]
        if token.surface in ("から", "より"):
            return False
        if token.lemma in file.sending_verbs:
            if token.pos1 == "名詞" and k + 1 < last and tokens[k + 1].surface in _CASE_MARKS:
                continue  # 「…とメールをいただき、誤送信が分かりました」: what was found
            after = tokens[k + 1 : k + 5]
            return not any(t.lemma in ("来る", "呉れる", "頂く", "貰う") for t in after)
        if token.pos1 == "動詞" and token.lemma not in ("為る", "為れる"):
            return False
    return False


def other_party_names() -> tuple[str, ...]:
    """A party named before by a 同- word (「同社」「同法人」), in a text naming itself."""
    return tuple(_file().other_party_names)


def principal_words() -> tuple[str, ...]:
    """How a letter addresses the company it writes to (「貴社」「御社」「貴院」)."""
    return tuple(_file().principal_words)


def writer_names() -> tuple[str, ...]:
    """What a text written by the company calls it (「当社」「当院」)."""
    return tuple(_file().writer_names)


def anothers_account(doc: Doc, report: Match) -> bool:
    """「同社によれば、警察からの連絡を受けて」, in a text that calls itself 当社: the report
    is in another company's account, so it was made to that company, not to the writer."""
    file = _file()
    first, _ = doc.sentence_span(report.start)
    opener = next((m for m in _openers().find(doc, first, report.start)), None)
    if opener is None:
        return False
    speaker = "".join(t.surface for t in doc.tokens[first : opener.start]).strip("、 ")
    if not speaker.endswith(tuple(file.other_party_names)):
        return False
    text = "".join(t.surface for t in doc.tokens)
    return any(name in text for name in file.writer_names)
