"""Whether the incident was announced (公表): said, planned, denied, or undecided."""

from __future__ import annotations

import re

from nlu.announce_undecided import undecided_in
from nlu.announcers import by_another, by_cited_body, by_informant, by_teller
from nlu.doc import Doc
from nlu.form_choices import Choice, form_choice
from nlu.lexicon import Lexicon
from nlu.polarity import (
    UNKNOWN,
    Polarity,
    Unknown,
    negations,
    polarity,
    preceded_by_negating_prefix,
    scope_after,
)
from nlu.press_release import press_release
from nlu.reporter_context import entrusted_letter
from nlu.site_posting import site_posting


def read_announced(doc: Doc, lex: Lexicon) -> bool | Unknown | None:
    """True when announced or planned (公表する予定), False when not, unknown when undecided."""
    if lex.entrusted_by_reader.contains(doc) or entrusted_letter(doc) is not None:
        # A contractor's letter to its principal, however many words stand between 貴社より
        # and お預かり: its announcements are its own.
        return None
    result: bool | Unknown | None = None
    events = {m.start for m in lex.announced_events.find(doc)}
    within = {i for m in lex.announced_moments.find(doc) for i in range(m.start, m.end)}
    for match in lex.announced_cues.find(doc):
        if match.start in within or match.label != "announced":
            continue
        if any(by(doc, match.start) for by in (by_another, by_informant, by_teller)):
            continue
        choice = form_choice(doc, match.end, lex)
        if choice is Choice.BLANK:
            continue  # 「公表：未/済」: a form not filled in says nothing
        if choice is not None:
            result = choice is Choice.PRESENT  # 「公表：☑済 □未」
            continue
        listed = _listed_alone(doc, match.end, lex)
        if listed is not None:
            result = listed  # 「公表：未、同意：済」: the item ends at 、, the next key is its own
            continue
        lo, hi = _predicate_scope(doc, match.end, lex)
        if _taken_back(doc, lo, hi, lex):
            while hi < len(doc.tokens) and doc.tokens[hi].pos2 == "読点":
                hi += 1
            if hi == len(doc.tokens) or doc.sentence_of[hi] != doc.sentence_of[lo]:
                continue  # the claim is taken back, and nothing said in its place
            lo, hi = hi, doc.clause_end(hi)
        if preceded_by_negating_prefix(doc, match.start, lex):
            result = False
            continue
        bare = _bare_value(doc, match.end, lex)
        if bare is not None:
            result = bare  # 「公表no、同意yes」: shorthand with no colon
            continue
        if lo < len(doc.tokens) and doc.tokens[lo].surface == "前":
            continue  # 「公表前に」: before an announcement, which may or may not come
        done = (
            match.start in events
            or lex.announced_done.contains(doc, lo, hi)
            or lex.plan.contains(doc, lo, hi)
            or any(
                t.lemma in lex.announcing_verbs or (t.lemma == "た" and t.pos1 == "助動詞")
                for t in doc.tokens[lo:hi]
            )
        )
        state = polarity(doc, lo, hi, lex, affirm_if=done)
        if state is Polarity.AFFIRMED and _deliberated(doc, match.start, hi, lex):
            state = Polarity.HEDGED
        if state is Polarity.NEGATED and _weighs_not(doc, match.start, hi, lex):
            state = Polarity.HEDGED  # 「公表の見送りを検討している」
        if state is not Polarity.HEDGED and _not_yet(doc, lo, hi, lex):
            state = Polarity.NEGATED  # 「公表はまだです」
        if state is Polarity.NEGATED and _plan_follows(doc, hi, lex):
            state = Polarity.AFFIRMED  # 「公表はまだしていないが来週する予定」
        if state is Polarity.NEGATED and _not_yet_undecided(doc, lo, hi, lex):
            state = Polarity.HEDGED  # 「公表はまだです。するかどうかも決まっていません」
        if state is Polarity.AFFIRMED:
            result = True
        elif state is Polarity.NEGATED:
            result = False
        elif state is Polarity.HEDGED and result is None:
            result = UNKNOWN
    for match in lex.announced_posted.find(doc):
        if by_another(doc, match.start):
            continue  # 「ベンダー様はHPでお詫びを掲載される」: the contractor's own notice
        lo, hi = scope_after(doc, match.end)
        posted = any(t.lemma in lex.posting_verbs for t in doc.tokens[lo:hi])
        if posted and polarity(doc, lo, hi, lex, affirm_if=True) is Polarity.AFFIRMED:
            result = True
    posted_on_site = site_posting(doc, lex)
    if posted_on_site is None:  # 「プレスは昨日出しました」 stands as a posting does
        posted_on_site = press_release(doc, lex)
    if posted_on_site is not None and result in (None, UNKNOWN):
        # 「HPにも載せました」「ホームページには載せない方向です」; what the words for
        # announcing said (「実はまだ公表していません」) stands.
        result = posted_on_site
    if result is None and (_told_the_press(doc, lex) or _told_the_public(doc, lex)):
        result = True  # 「同社によると」: the story has the company's own account
    for end in [*_site_notices(doc, lex), *_told_on_site(doc, lex)]:
        lo, hi = scope_after(doc, end, extend=False)
        if polarity(doc, lo, hi, lex, affirm_if=True) is Polarity.AFFIRMED:
            result = True
    moments = lex.announced_moments.find(doc)
    if moments and "self" in _register_words(doc, lex):
        # 「警察庁の発表によると…。本会の事務局システムにおいて」: a body's announcement the
        # writer cites, in a text in the writer's own voice, is not the writer's.
        moments = [m for m in moments if not by_cited_body(doc, m.start)]
    if moments and result is None:
        # 「発表の時点では」: the announcement is taken as done, unless the company's own
        # announcement is said to be still weighed (「自社での公表は検討中としている」).
        result = True
    if (
        result is None
        and (lex.notice_voice.contains(doc) or reads_as_notice(doc, lex))
        and not lex.private_notice.contains(doc)
    ):
        result = True  # the company's own notice to the public is itself the announcement
    return result


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
    words = _register_words(doc, lex)
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
    weak_words = [words.pop("chat_weak", None), words.pop("chat_relayed", None)]
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


def _register_words(doc: Doc, lex: Lexicon) -> dict[str, set[str]]:
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
            # 「お客様から「御社の資料が載っている」とのご連絡」: a visitor's words quoted,
            # which a titled notice relays too, not the writer's own chat.
            label = "chat_relayed"
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
    of its register together (see `notice_score`), never one word."""
    return notice_score(doc, lex) >= lex.notice.min_score


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
    return (
        chars <= lex.notice.introduction_max_chars
        and bool(words)
        and words[-1].lemma in endings
        and not any(
            t.pos1 == "動詞" and t.lemma not in lex.notice.introduction_verbs for t in words
        )
    )


def _site_notices(doc: Doc, lex: Lexicon) -> list[int]:
    """Where 「HPでお知らせ」「ホームページにも掲載」 end: a notice on the company's site."""
    ends = []
    notices = lex.site_notices.find(doc)
    for place in lex.announced_places.find(doc):
        if by_another(doc, place.start):
            continue  # the contractor's site, not ours
        clause_end = doc.clause_end(place.start)
        between = {t.surface for t in doc.tokens[place.end : place.end + 2]}
        if between & {"で", "に"}:
            ends += [
                n.end for n in notices if place.end < n.start <= min(place.end + 3, clause_end)
            ]
    return ends


def _told_the_press(doc: Doc, lex: Lexicon) -> bool:
    """「同社によると」「運営する柏崎青果によれば」 in a sentence told plain: a news story
    giving the organisation's own account. A polite sentence is a message to the bot
    (「北陸ガスによると…らしいです」), never this."""
    tokens = doc.tokens
    for source in lex.told_by.find(doc):
        i = source.end
        while i < len(tokens) and i - source.end < _NAME_WORDS and tokens[i].pos1 == "名詞":
            i += 1
        if i + 1 >= len(tokens) or tokens[i].surface != "に" or tokens[i + 1].lemma not in _BY:
            continue
        if tokens[source.end - 1].pos1 == "動詞" and i == source.end:
            continue  # 「運営する」 must name who runs it
        first, past = doc.sentence_span(source.start)
        if not any(t.lemma in _POLITE_OR_HEARSAY for t in tokens[first:past]):
            return True
    return False


def _told_the_public(doc: Doc, lex: Lexicon) -> bool:
    """「同機構は…注意を呼びかけている」「同社は…と謝罪した」 in a sentence told plain, not
    an answer to a reporter: a news story of the organisation telling the public."""
    tokens = doc.tokens
    for source in lex.told_by.find(doc):
        if source.end >= len(tokens) or tokens[source.end].surface != "は":
            continue
        first, past = doc.sentence_span(source.start)
        if lex.press_reply.contains(doc, first, past):
            continue
        words = tokens[source.end : past]
        if any(t.lemma in _POLITE_OR_HEARSAY for t in words):
            continue
        if any(t.lemma in lex.public_telling for t in words):
            return True
    return False


_NAME_WORDS = 4
_BY = frozenset({"因る", "依る", "よる", "拠る"})
_POLITE_OR_HEARSAY = frozenset({"ます", "です", "らしい", "みたい"})


def _told_on_site(doc: Doc, lex: Lexicon) -> list[int]:
    """Where 「Twitterで…を報告し」 ends: the place, で, and telling later in its clause,
    with no recipient (に) named between them (「HPを見て上司に報告した」 is not it)."""
    ends = []
    told = lex.site_telling.find(doc)
    for place in lex.announced_places.find(doc):
        if place.end >= len(doc.tokens) or doc.tokens[place.end].surface != "で":
            continue
        if by_another(doc, place.start):
            continue
        clause_end = doc.clause_end(place.start)
        for verb in told:
            between = doc.tokens[place.end + 1 : verb.start]
            recipient = any(t.surface == "に" and t.pos1 == "助詞" for t in between)
            if place.end < verb.start and verb.end <= clause_end and not recipient:
                ends.append(verb.end)
    return ends


def _predicate_scope(doc: Doc, cue_end: int, lex: Lexicon) -> tuple[int, int]:
    """The cue's scope, reaching over a clause that has no predicate yet (「公表は本日、
    HPで行いました」); one that ends in a noun of its own (「公表なし、」) stays."""
    lo, hi = scope_after(doc, cue_end)
    words = doc.tokens[lo:hi]
    bare = not any(t.pos1 in _PREDICATES for t in words) and not negations(doc, lo, hi, lex)
    if (
        bare
        and hi < len(doc.tokens)
        and doc.sentence_of[hi] == doc.sentence_of[hi - 1]
        and not lex.hedge.contains(doc, lo, hi)
        and not lex.announced_done.contains(doc, lo, hi)
    ):
        return lo, doc.clause_end(hi)
    return lo, hi


_PREDICATES = frozenset({"動詞", "形容詞", "助動詞", "形状詞", "接尾辞"})


def _bare_value(doc: Doc, cue_end: int, lex: Lexicon) -> bool | None:
    """「公表no」「公表はyes」「公表無」: a listed value in English or 無/有 (`listed_present` /
    `listed_absent`) right after the cue with no colon, ending its clause: shorthand for the
    key's value."""
    tokens = doc.tokens
    i = cue_end
    if i < len(tokens) and tokens[i].surface in ("も", "は"):
        i += 1
    if i >= len(tokens):
        return None
    # 「公表無/窓口開設済」: MeCab tags a 無 before a mark as a prefix, so no negation reads it.
    listed = tokens[i].surface in _LISTED_MARKS
    if not listed and not (tokens[i].surface.isascii() and tokens[i].surface.isalpha()):
        return None
    value = tokens[i].surface
    if value not in lex.listed_present and value not in lex.listed_absent:
        return None
    for k in range(i + 1, len(tokens)):
        if doc.clause_of[k] != doc.clause_of[i]:
            break
        if tokens[k].pos1 != "補助記号" or tokens[k].surface in ("?", "？"):
            return None
    return value in lex.listed_present


_LISTED_MARKS = frozenset({"無", "有"})
_COLONS = frozenset({":", "："})
# What may end a listed value's item in the text: the next item starts after it.
_ITEM_ENDS = frozenset({"、", ",", "，", "。", "\n", " ", "　", "\t"})


def _listed_alone(doc: Doc, cue_end: int, lex: Lexicon) -> bool | None:
    """「公表：未、同意：済」「公表：済 同意：未」: the key's listed value after a colon, ended
    by a comma, a space or the line, with the next key after it. The clause would run on
    into the next item (its 済 would read as this one's), so the value is read alone."""
    tokens = doc.tokens
    at = cue_end + 1
    if at >= len(tokens) or tokens[cue_end].surface not in _COLONS:
        return None
    value = tokens[at].surface
    if value not in lex.listed_present and value not in lex.listed_absent:
        return None
    end = doc.ends[at]
    if end < len(doc.text) and doc.text[end] not in _ITEM_ENDS:
        return None
    return value in lex.listed_present


def _taken_back(doc: Doc, lo: int, hi: int, lex: Lexicon) -> bool:
    """「公表済みって言いましたが、」: the cue's clause quotes the writer's claim (って/と and
    a verb of saying) and ends conceding it, so what follows says what is so."""
    words = [t for t in doc.tokens[lo:hi] if t.pos1 != "補助記号"]
    if not words or words[-1].lemma not in lex.conceding or words[-1].pos2 != "接続助詞":
        return False
    quoted = [i for i, t in enumerate(words) if t.surface in ("って", "と") and t.pos1 == "助詞"]
    return bool(quoted) and any(t.lemma in lex.quoting_verbs for t in words[quoted[0] + 1 :])


def _deliberated(doc: Doc, start: int, hi: int, lex: Lexicon) -> bool:
    """「正式な公表を検討している」「公表の要否は審議する」: still weighed, not decided."""
    return any(t.lemma in lex.announce_deliberating for t in doc.tokens[start:hi])


def _weighs_not(doc: Doc, start: int, hi: int, lex: Lexicon) -> bool:
    """「公表を見送ることを検討している」: not announcing is what is weighed, still open; unlike
    「公表は検討していない」, where the weighing itself is denied."""
    tokens = doc.tokens
    return any(
        t.lemma in lex.announce_deliberating
        and negations(doc, i + 1, hi, lex) == 0
        and not (i + 1 < len(tokens) and tokens[i + 1].lemma in lex.deliberated_done)
        for i, t in enumerate(tokens[start:hi], start)
    )


def _not_yet(doc: Doc, lo: int, hi: int, lex: Lexicon) -> bool:
    """「まだ」 with no verb of its own means not yet (「まだしていない」 is already negated)."""
    words = doc.tokens[lo:hi]
    return (
        any(t.lemma == "未だ" for t in words)
        and negations(doc, lo, hi, lex) == 0
        and not any(t.pos1 == "動詞" for t in words)
    )


def _not_yet_undecided(doc: Doc, lo: int, hi: int, lex: Lexicon) -> bool:
    """Not yet (まだ), and whether to at all undecided in the same or the next sentence."""
    if not any(t.lemma == "未だ" for t in doc.tokens[lo:hi]):
        return False
    _, last = doc.sentence_span(lo) if lo < len(doc.tokens) else (lo, lo)
    following = doc.sentence_span(last)[1] if last < len(doc.tokens) else last
    return undecided_in(doc, lo, following, lex)


def _plan_follows(doc: Doc, start: int, lex: Lexicon) -> bool:
    """A plan stated, and not denied, later in the same sentence."""
    if start >= len(doc.tokens) or (start and doc.sentence_of[start] != doc.sentence_of[start - 1]):
        return False  # the scope ended with its sentence: 「公表: 未。同意: これから」
    _, last = doc.sentence_span(start)
    i = start
    while i < last:
        end = doc.clause_end(i)
        if lex.plan.contains(doc, i, end) and negations(doc, i, end, lex) % 2 == 0:
            return True
        i = end
    return False
