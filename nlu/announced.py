"""Whether the incident was announced (公表): said, planned, denied, or undecided."""

from __future__ import annotations

from nlu.announce_undecided import decided_later, not_yet_undecided
from nlu.announced_clauses import (
    claim_taken_back,
    describes_another,
    leads_on,
    source_denied,
    topic_end,
    wished,
)
from nlu.announced_shorthand import bare_value, listed_alone
from nlu.announcers import (
    by_another,
    by_cited_body,
    by_informant,
    by_teller,
    by_that_party,
)
from nlu.checkbox_forms import announced_ticked, options_after
from nlu.doc import Doc
from nlu.form_choices import Choice, form_choice
from nlu.kana_words import written_or_heard
from nlu.lexicon import Lexicon
from nlu.notice_register import reads_as_notice, register_words
from nlu.phrases import Match
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
from nlu.unpublished_notices import drafted, unpublished


def read_announced(doc: Doc, lex: Lexicon) -> bool | Unknown | None:
    """True when announced or planned (公表する予定), False when not, unknown when undecided."""
    return announced_reading(doc, lex)[0]


def announced_reading(doc: Doc, lex: Lexicon) -> tuple[bool | Unknown | None, bool]:
    """`read_announced`'s value, and whether it was read from the text's register alone (the
    text reads as the organisation's own notice, and no word says it was announced): a
    conversation's later word on the announcement (「公表は院長判断待ちです」) outweighs it."""
    if lex.entrusted_by_reader.contains(doc) or entrusted_letter(doc) is not None:
        # A contractor's letter to its principal, however many words stand between 貴社より
        # and お預かり: its announcements are its own.
        return None, False
    result: bool | Unknown | None = None
    events = {m.start for m in lex.announced_events.find(doc)}
    within = {i for m in lex.announced_moments.find(doc) for i in range(m.start, m.end)}
    for match in announced_cues(doc, lex):
        if match.start in within or match.label != "announced":
            continue
        if any(by(doc, match.start) for by in (by_another, by_informant, by_teller)):
            continue
        if by_that_party(doc, match.start, lambda: "self" in register_words(doc, lex)):
            continue  # 「委託先の○○において…。同社は…公表しております」, in our own voice
        if drafted(doc, match.end):
            continue  # 「プレスリリース案」: the draft of one, not yet out
        if (options := options_after(doc, match.end)) is not None:
            # 「公表:□済 ■未 □予定なし」: only the ticked box says anything, of any number.
            ticked = announced_ticked(options)
            if ticked is not None and (ticked is not UNKNOWN or result is None):
                result = ticked
            continue
        choice = form_choice(doc, match.end, lex)
        if choice is Choice.BLANK:
            continue  # 「公表：未/済」: a form not filled in says nothing
        if choice is not None:
            result = choice is Choice.PRESENT  # 「公表：☑済 □未」
            continue
        listed = listed_alone(doc, match.end, lex)
        if listed is not None:
            result = listed  # 「公表：未、同意：済」: the item ends at 、, the next key is its own
            continue
        if describes_another(doc, match.start, match.end, lex) or source_denied(
            doc, match.end, lex
        ):
            continue  # 「取引先の未発表の新商品」「当社が発表したものではございません」
        lo, hi, remote = _predicate_scope(doc, match.end, lex)
        instead = claim_taken_back(doc, match.end, lex)
        if instead is not None:
            # 「さっき「公表しました」と書いたのは誤りで、まだです」: what is so follows.
            if instead >= len(doc.tokens) or doc.sentence_of[instead] != doc.sentence_of[lo]:
                continue
            lo, hi = instead, doc.clause_end(instead)
        elif _taken_back(doc, lo, hi, lex):
            while hi < len(doc.tokens) and doc.tokens[hi].pos2 == "読点":
                hi += 1
            if hi == len(doc.tokens) or doc.sentence_of[hi] != doc.sentence_of[lo]:
                continue  # the claim is taken back, and nothing said in its place
            lo, hi = hi, doc.clause_end(hi)
        if preceded_by_negating_prefix(doc, match.start, lex):
            result = False
            continue
        bare = bare_value(doc, match.end, lex)
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
        if done and remote:
            # 「公表については、弁護士と相談して決めます」: a later clause has verbs of its own;
            # only a plan or a verb of announcing there affirms it.
            done = lex.plan.contains(doc, lo, hi) or any(
                t.lemma in lex.announcing_verbs and t.lemma != "為る" for t in doc.tokens[lo:hi]
            )
        state = polarity(doc, lo, hi, lex, affirm_if=done)
        if state is Polarity.AFFIRMED and (
            _deliberated(doc, match.start, hi, lex) or decided_later(doc, lo, hi)
        ):
            state = Polarity.HEDGED  # 「公表を検討している」「公表は来週決めます」
        if state in (Polarity.AFFIRMED, Polarity.NEGATED) and wished(doc, lo, hi):
            state = Polarity.HEDGED  # 「公表できればしたいんですけど」「公表はしたくない」
        if state is Polarity.NEGATED and _weighs_not(doc, match.start, hi, lex):
            state = Polarity.HEDGED  # 「公表の見送りを検討している」
        if state is not Polarity.HEDGED and _not_yet(doc, lo, hi, lex):
            state = Polarity.NEGATED  # 「公表はまだです」
        if state is Polarity.NEGATED and _plan_follows(doc, hi, lex):
            state = Polarity.AFFIRMED  # 「公表はまだしていないが来週する予定」
        if state is Polarity.NEGATED and not_yet_undecided(doc, lo, hi, lex):
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
        verb = next((i for i in range(lo, hi) if doc.tokens[i].lemma in lex.posting_verbs), None)
        if verb is None:
            continue
        # 「お詫びの掲載は、見送ることにしました」: the posting said as a topic takes the next
        # clause as its predicate.
        said, end = scope_after(doc, verb + 1)
        hi = max(hi, end) if said >= hi else hi
        if polarity(doc, lo, hi, lex, affirm_if=True) is Polarity.AFFIRMED:
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
    if moments and "self" in register_words(doc, lex):
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
        and not unpublished(doc)
    ):
        return True, True  # the company's own notice to the public is itself the announcement
    return result, False


def announced_cues(doc: Doc, lex: Lexicon) -> list[Match]:
    """The cues, with those typed in hiragana (「こうひょうはしないつもりです」) in text order;
    a kana cue inside a written one's span is that one."""
    return written_or_heard(lex.announced_cues.find(doc), doc, lex.announced_cue_readings)


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


def _predicate_scope(doc: Doc, cue_end: int, lex: Lexicon) -> tuple[int, int, bool]:
    """The cue's scope, reaching over a clause that has no predicate yet (「公表は本日、
    HPで行いました」); one that ends in a noun of its own (「公表なし、」) stays. The flag says
    the scope is a later clause with verbs of its own: after a topic (「公表については、」) or
    through a clause that only leads on (「公表？ 社長と話して、しないことにした」)."""
    lo, hi = scope_after(doc, cue_end)
    topic = topic_end(doc, cue_end)
    remote = False
    if topic is not None and lo == cue_end and topic <= hi:
        lo, remote = topic, True  # 「公表については、…」: に就いて is no predicate of the cue's
    words = doc.tokens[lo:hi]
    bare = not any(t.pos1 in _PREDICATES for t in words) and not negations(doc, lo, hi, lex)
    if (
        bare
        and hi < len(doc.tokens)
        and doc.sentence_of[hi] == doc.sentence_of[hi - 1]
        and not lex.hedge.contains(doc, lo, hi)
        and not lex.announced_done.contains(doc, lo, hi)
    ):
        hi = doc.clause_end(hi)
    if lo > cue_end or remote:
        # 「公表？ 社長と話して、うちはせえへんことにした」: a clause of another verb that
        # only leads on (て) says nothing yet; its sentence's next clause does.
        while (after := leads_on(doc, lo, hi, lex)) is not None:
            hi, remote = after, True
    return lo, _before_aside(doc, lo, hi, lex), remote


def _before_aside(doc: Doc, lo: int, hi: int, lex: Lexicon) -> int:
    """Where a bracketed aside starts after the cue's own predicate: 「公表なし（予定もなし）」
    「公表していません（予定もありません）」 deny twice, and the aside's negation does not undo the
    first. A bracket with nothing said before it (「公表（予定）」) is the value itself."""
    tokens = doc.tokens
    for i in range(lo, hi):
        if tokens[i].surface in _OPENING:
            said = any(t.pos1 in _PREDICATES for t in tokens[lo:i]) or negations(doc, lo, i, lex)
            return i if said else hi
    return hi


_OPENING = frozenset({"(", "（"})


_PREDICATES = frozenset({"動詞", "形容詞", "助動詞", "形状詞", "接尾辞"})


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
