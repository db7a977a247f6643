"""Who made the company aware (`detection`): an external report, a third party, or itself.

Reporters come in the spec's categories (config `[detection.reporters]`); the reporter
nearest before a report word wins.
"""

from __future__ import annotations

from typing import Final, NamedTuple

from coverage import Detection
from nlu.doc import Doc
from nlu.findings import weak_findings
from nlu.intent import hypothetical_clauses
from nlu.lexicon import Lexicon
from nlu.phrases import Match
from nlu.polarity import (
    negations,
    scope_after,
)
from nlu.recovered import tells_recovery
from nlu.reporter_anaphora import anaphoric_reports
from nlu.reporter_bystanders import bystander_reports
from nlu.reporter_checked import names_a_check, still_checking
from nlu.reporter_claimed import claim_only
from nlu.reporter_content import in_reported_content
from nlu.reporter_context import (
    anothers_account,
    answers_our_request,
    entrusted_letter,
    quote_spanning_start,
    quoted_content,
    relayed_by_agent,
    sent_out,
    tallied,
    to_the_insurer,
    unrevealing_reply,
)
from nlu.reporter_desks import prompted_a_desk
from nlu.reporter_favours import told_as_favour
from nlu.reporter_frames import (
    account_of,
    channel_ends,
    channel_from,
    glossed_reporter,
    hedged,
    in_compound,
    own_checks,
    quote_from,
)
from nlu.reporter_headings import notice_heading
from nlu.reporter_hearsay import hearsay_accounts
from nlu.reporter_intro import advice_quoted, findings_reported, introduces, paper_sent
from nlu.reporter_keys import cleft_finders, key_values, keyed_finders, labelled_reporter
from nlu.reporter_kinds import CATEGORY, compound_kind
from nlu.reporter_letters import operator_letter
from nlu.reporter_noticed import firms_by_work, outsider_noticed, vendor_letter_finding
from nlu.reporter_notified import notified_heads
from nlu.reporter_outcomes import outcome_scope
from nlu.reporter_outside import told_from_outside
from nlu.reporter_own import own_discoveries, readers_tool
from nlu.reporter_parties import (
    WINNER,
    governs,
    names_something_else,
    possessed_by,
    subject_of,
    to_our_own,
)
from nlu.reporter_persons import persons_reports
from nlu.reporter_platforms import lure_arrived, platform_alerts
from nlu.reporter_receivers import received_by_outsider
from nlu.reporter_recipients import recipient_reports
from nlu.reporter_relative import describes_teller, in_place_gloss
from nlu.reporter_revealed import revealed_by
from nlu.reporter_roles import role_person
from nlu.reporter_say_so import say_so_accounts
from nlu.reporter_self_told import declared_by_us, passed_on
from nlu.reporter_sequence import added, adds_a_report, followed
from nlu.reporter_sources import (
    REPORTER_TAIL,
    is_source,
    learnt_from,
    mail_from,
    nearer_source,
    negated_reporter,
    passive_report,
    past_alias,
    sent_by,
)
from nlu.reporter_staff import (
    before_reason,
    outsiders_staff,
    own_unit_found,
    staff_found,
    told_by_staff,
)
from nlu.reporter_team_checks import team_checks
from nlu.reporter_tellers import infringement_claims, subject_teller
from nlu.reporter_trigger import after_outside_trigger
from nlu.reporter_verdicts import verdicts_after_own
from nlu.reporter_words import (
    about_a_thing,
    claimed_by_rights_holder,
    handled,
    misdelivery_reported,
    outgoing,
    received,
    sent,
    went_off,
)

# Between a reporter and its から: the honorific person it is (「保護者の方から」「お客様より」
# is one word; 「会員の皆様から」). Surface forms.
_PERSON_TAIL: Final = frozenset({"の", "方", "様", "さま", "さん", "皆", "各位"})

# Where `_events` keeps, on the `Doc`, the reports it read as third party with nobody named.
_UNNAMED = "detection_unnamed"
# ... and where it keeps the words of our own staff's checks that established the incident.
_CHECKS = "detection_checks"
# ... and the keys that name how it came to light (「きっかけは監視サービス会社からの通知」).
_KEYED = "detection_keyed"


def read_detection(doc: Doc, lex: Lexicon) -> Detection | None:
    """Who told the company: external_report, third_party, or self when they found it.

    A report word takes the category of the nearest reporter before it in its sentence
    (「取引先から連絡」 third party, 「委託先のSOCから連絡」 external). Within a message the
    last statement wins (「A社ではなく社内の経理担当が気づきました」); a bare 「気づいた」
    means self only when no outsider reported anything, and a report 「からも」 (「取引先
    からも連絡があった」), added to one before, only when nothing else is said.
    """
    # 「自社で見つけた場合ってダメ？」: a question's supposition states no finding.
    supposed = hypothetical_clauses(doc, lex)

    def stated(events: list[tuple[int, Detection]]) -> list[tuple[int, Detection]]:
        return [e for e in events if not any(lo <= doc.starts[e[0]] < hi for lo, hi in supposed)]

    events = stated(_events(doc, lex, also=False))
    # In the contractor's letter 「弊社内部監査で判明」 is the contractor's own finding.
    ours = all(kind is Detection.SELF for _, kind in events)
    letter = entrusted_letter(doc) if ours else None
    if letter is not None and (lex.report_words.find(doc) or lex.incident_cues.find(doc)):
        # 「貴社よりお預かりしている会員データ…ご報告」: the contractor's letter to its principal
        # is itself the contractor reporting its own incident, reported in so many words or
        # only told (「…が流出した可能性がございます」); one that tells no incident reports none.
        events = [(letter, Detection.THIRD_PARTY)]
    if not events:
        named = [r for r in lex.reporters.find(doc) if not _itself(doc, r, lex)]
        named += firms_by_work(doc)  # 「保守を請け負う業者が気付いた」: theirs, not ours
        named += outsiders_staff(doc, lex)  # 「他の会社の社員が気づいた」: theirs too
        # Without a 「からも」 the events read `also` are the ones just read: none.
        events = stated(weak_findings(doc, lex, named)) or (
            stated(_events(doc, lex, also=True)) if adds_a_report(doc) else []
        )
    events = passed_on(doc, lex, [event for event in events if not hedged(doc, event[0], lex)])
    events = after_outside_trigger(doc, events)
    # 「…を検知しました。感染確定、流出はなかったとベンダーから報告」: the check's outcome.
    events = verdicts_after_own(doc, lex, events)
    # 「市には約40件の問い合わせが寄せられた」: inquiries from nobody named, beside a
    # reporter named, are what followed, not who told.
    unnamed = doc.cache.get(_UNNAMED, set())
    if any(kind is not Detection.SELF and at not in unnamed for at, kind in events):
        events = [event for event in events if event[0] not in unnamed]
    events.sort(key=lambda event: event[0])
    told = next((at for at, kind in events if kind is not Detection.SELF), None)
    if told is not None:
        # 「匿名の方から情報提供があり、当社で確認したところ」: checking what was reported
        events = [
            (at, kind)
            for at, kind in events
            if kind is not Detection.SELF
            or at < told
            or not (_checks(doc, at, lex) or names_a_check(doc, at))
        ]
    if told is not None:
        # 「監視会社から通報があった。市民からの苦情も寄せられた」: a report added with も, after
        # an outsider's, is what followed; the first one is how the company learnt of it.
        events = [(at, kind) for at, kind in events if at <= told or not added(doc, at, lex)]
        # 「そもそものきっかけは監視サービス会社からの通知です」: a key that says how it came
        # to light names the trigger, wherever it is said; it follows nothing.
        keyed = doc.cache.get(_KEYED, set())
        events = [e for e in events if e[0] in keyed or not followed(doc, told, e, lex)]
    doc.cache[WINNER] = events[-1] if events else None  # the words the evidence quotes
    return events[-1][1] if events else None


def by_check(doc: Doc) -> bool:
    """The detection `read_detection` gave was read from our own staff's check alone
    (「情シスが調べたら…暗号化されていて」): it confirms, and gives way to who told."""
    winner = doc.cache.get(WINNER)
    return winner is not None and winner[0] in doc.cache.get(_CHECKS, set())


def _checks(doc: Doc, at: int, lex: Lexicon) -> bool:
    """「当社で確認したところ」「職員が確認すると」: the agent at `at` checked something.

    Its first predicate after it, in its sentence, is a checking one.
    """
    _, last = doc.sentence_span(at)
    predicate = next((m for m in lex.agent_predicates.find(doc) if at < m.start < last), None)
    return predicate is not None and doc.tokens[predicate.start].lemma in lex.checking_predicates


class _Stated(NamedTuple):
    """What `_events` reads the same whether or not a report 「からも」 counts."""

    events: list[tuple[int, Detection]]  # found by ourselves, or a pamphlet term
    terms: list[Match]
    inside: set[int]  # tokens of the terms
    every: list[Match]  # the reporters named, not inside a term nor ourselves
    reports: list[Match]  # the incoming ones not inside a term
    incoming: list[Match]  # report words, not denied nor ours: 「…から連絡があった」
    relayed: list[Match]  # an agent's client telling the agent: no reporter at all


def _stated(doc: Doc, lex: Lexicon) -> _Stated:
    """`_Stated`, kept on the `Doc`: `read_detection` usually reads the events twice."""
    key = ("stated", id(lex))
    kept: _Stated | None = doc.cache.get(key)
    if kept is not None:
        return kept
    events: list[tuple[int, Detection]] = []
    outsiders = [r for r in lex.reporters.find(doc) if r.label != Detection.SELF.value]
    # 「保守をお願いしてる業者さんが定期点検で」: a firm named by its work checks for itself.
    outsiders += firms_by_work(doc)
    others = outsiders_staff(doc, lex)
    for match in lex.self_words.find(doc):
        if not _found_by(doc, match, lex) or introduces(doc, match):
            continue  # 「情シスです。」 names who writes, not who found it
        if any(m.start == match.start for m in others):
            continue  # 「他の会社の社員が気づいて」: not our staff
        if readers_tool(doc, match):
            continue  # 「お使いの端末のウイルス対策ソフトで」: the reader's, not ours
        if any(
            subject_of(doc, r, match.start) or possessed_by(doc, r, match.start) for r in outsiders
        ):
            continue  # 「委託先が社内調査で把握し」「取引先の担当者が気づいて」: theirs
        # 「当社の定期監査では、異常はありませんでした」: the check found nothing.
        lo, hi = outcome_scope(doc, *scope_after(doc, match.end, extend=False), lex)
        if negations(doc, lo, before_reason(doc, lo, hi), lex) % 2 == 0:
            events.append((match.start, Detection.SELF))
    terms = lex.pamphlet_terms.find(doc)
    for match in terms:
        lo, hi = scope_after(doc, match.end, extend=False)
        if negations(doc, lo, hi, lex) % 2 == 0:
            events.append((match.start, Detection.EXTERNAL_REPORT))  # 「外部通報あり」
    inside = {i for m in terms for i in range(m.start, m.end)}
    named = [
        r for r in lex.reporters.find(doc) if r.start not in inside and not _itself(doc, r, lex)
    ]
    # 「きっかけ:お客様からの問い合わせ」: a key that says how it came to light names who
    # told, even in an agent's summary.
    keyed = [(lo, hi) for _, lo, hi in key_values(doc, lex)]
    relayed = [
        r
        for r in named
        if relayed_by_agent(doc, r) and not any(lo <= r.start < hi for lo, hi in keyed)
    ]
    every = [r for r in named if r not in relayed]
    incoming = []
    for match in lex.report_words.find(doc):
        if match.label != "report" or outgoing(doc, match, lex):
            continue
        if about_a_thing(doc, match, lex) or handled(doc, match, lex):
            continue  # 「顧客から問い合わせのあった取引を確認した際」「…に対応するため」
        if prompted_a_desk(doc, match):
            continue  # 「問い合わせが殺到したので、コールセンター業者に発注」: what followed
        if advice_quoted(doc, match) or paper_sent(doc, match) or lure_arrived(doc, match):
            continue  # 「60万かかると言われた」: a price or our adviser's advice, no report
        if claim_only(doc, match, lex):
            continue  # 「取引先から損害賠償を請求すると言われた」: after the company knew
        if findings_reported(doc, match, lex):
            continue  # 「業者から、調査の結果…と報告」: what the company ordered once it knew
        if tells_recovery(doc, match, lex):
            continue  # 「警察から連絡あって見つかった」: the loss was known before
        if names_something_else(doc, match.end, handled=not sent(doc, match, lex)):
            continue  # 「通報窓口」「問い合わせ件数」「お問い合わせに対応」
        if notice_heading(doc, match):
            continue  # 「理事会からのお知らせ」: the writer's heading
        if unrevealing_reply(doc, match):
            continue  # 「お詫びを送り、先方から返信が来た」: an answer to what we sent
        if answers_our_request(doc, match) or tallied(doc, match) or to_the_insurer(doc, match):
            continue  # 「削除済みとのご連絡」「…までに85件のお問い合わせ」: after the company knew
        if sent_out(doc, match) or anothers_account(doc, match):
            continue  # 「通知を別人に郵送」「同社によれば、警察から連絡を受け」: not to the writer
        if received_by_outsider(doc, match, outsiders):
            continue  # 「委託先は警察からの連絡で把握」: told the contractor, not us
        lo, hi = scope_after(doc, match.end, extend=False)
        if negations(doc, lo, hi, lex) % 2 and not _told_of(doc, lo, hi, lex):
            continue  # 「通報ではなく社内で発見」
        incoming.append(match)
    reports = [m for m in incoming if m.start not in inside]
    kept = doc.cache[key] = _Stated(events, terms, inside, every, reports, incoming, relayed)
    return kept


def _told_of(doc: Doc, lo: int, hi: int, lex: Lexicon) -> bool:
    """A negation after a report word that belongs to what was reported, not to the report.

    「警察から連絡がありまして…攻撃に使われてるかもしれない」: the clause runs on past the
    ellipsis, and its ない is the hedge's (かもしれない). 「監視会社の報告では形跡は確認されな
    かった」: 「では」 opens the report's content (not 「報告ではなく」, which denies it).
    """
    if lex.hedge.contains(doc, lo, hi):
        return True
    tokens = doc.tokens
    if [t.surface for t in tokens[lo : lo + 2]] != ["で", "は"] or lo + 2 >= hi:
        return False
    return negations(doc, lo + 2, lo + 3, lex) == 0 and tokens[lo + 2].pos1 != "補助記号"


def _events(doc: Doc, lex: Lexicon, also: bool) -> list[tuple[int, Detection]]:
    """Every statement of who found it, at the word that says it."""
    stated = _stated(doc, lex)
    events = list(stated.events)
    unnamed = doc.cache.setdefault(_UNNAMED, set())
    doc.cache[_CHECKS] = set()
    terms, inside, every = stated.terms, stated.inside, stated.every

    def kind_of(reporter: Match) -> Detection:
        return compound_kind(doc, every, every.index(reporter), lex)

    sources = {i for i, r in enumerate(every) if is_source(doc, r.end, lex, also)}
    reporters = [every[i] for i in sorted(sources)]
    for match in stated.reports:
        _, last = doc.sentence_span(match.start)
        first = quote_spanning_start(doc, match.start)
        named = [
            r
            for r in reporters
            if first <= r.start < last
            and not negated_reporter(doc, r.end, lex)
            and not (r.start < match.start and _detached(doc, r, match.start))
            # 「プロバイダから「お客様の回線から…」と連絡」: the quote's party is its content.
            # 「株式会社X(以下「委託先」)より」: an alias in quotes names the sender.
            and not (
                r.start < match.start
                and quoted_content(doc, r, match.start)
                and past_alias(doc, r.end) == r.end
            )
        ]
        before = [r for r in named if r.start < match.start]
        # 「IPAから、当社の情報が外部から閲覧可能な状態にある旨の連絡」: 外部 is what was said.
        content = in_reported_content(doc, before, match)
        before = [r for r in before if r not in content]
        # 「…を指摘する文書が届き、市が調べたところ」: a reporter after the report word, in a
        # clause of its own, is the subject of what followed, not who reported it.
        after = [r for r in named if r.start >= match.start and _same_clause(doc, match, r, lex)]
        word = doc.tokens[match.start].lemma
        # 「内容証明きた」: a word MeCab cuts in two is named as written.
        written = "".join(t.surface for t in doc.tokens[match.start : match.end])
        value = (
            labelled_reporter(doc, match.end, every)
            or glossed_reporter(doc, match.end, every, lex)
            or account_of(doc, match, every, lex)
        )
        teller = None if named else subject_teller(doc, match, every, lex)
        if value is not None:
            events.append((match.start, kind_of(value)))
        elif before and (
            nearer_source(doc, before[-1], match.start, lex)
            or describes_teller(doc, before[-1], match.start, lex)
        ):
            continue  # 「市が…委託している事業者…同社からの報告」: 同社 told, not 市
        elif before or after:
            reporter = before[-1] if before else after[0]
            events.append((match.start, kind_of(reporter)))
        elif teller is not None:
            # A contractor telling of its leak; a firm no reporter word names is a third party.
            kind = kind_of(teller) if teller in every else Detection.THIRD_PARTY
            events.append((match.start, kind))
        elif passive_report(doc, match, lex) and to_our_own(doc, match.start):
            events.append((match.start, Detection.SELF))  # 「上司に指摘されて気づいた」
        elif any(first <= at < match.start for at, _ in stated.events):
            continue  # 「社内監査で指摘された」: our own check, or the term, said who
        elif word in lex.outsider_reports:
            events.append((match.start, Detection.EXTERNAL_REPORT))
        elif word in lex.third_party_reports or (
            (
                # 「匿名の情報提供があり」: a word MeCab cuts in two, received.
                written in lex.third_party_reports
                or word in lex.received_reports
                or written in lex.received_reports
                or (
                    word in lex.honoured_reports
                    and _honoured(doc, match.start)
                    # 「代理店です。お客様からご連絡があり」: the agent's client told it
                    and not any(first <= r.start < match.start for r in stated.relayed)
                )
            )
            and received(doc, match.end, lex)
        ):
            if told_by_staff(doc, lex, every, match):
                continue  # 「教頭より…申し出がありました」: one of us told, not someone unnamed
            events.append((match.start, Detection.THIRD_PARTY))
            unnamed.add(match.start)
        elif misdelivery_reported(doc, match, lex):
            events.append((match.start, Detection.THIRD_PARTY))  # only a recipient knows
        elif word in lex.own_alarms and went_off(doc, match.end, lex):
            events.append((match.start, Detection.SELF))  # 「警告が表示された」: our own screen
    events.extend(
        (r.start, compound_kind(doc, every, every.index(r), lex))
        for r in reporters
        if sent_by(doc, r.end, lex)
        and (CATEGORY[r.label] is Detection.EXTERNAL_REPORT or learnt_from(doc, r.end, lex))
    )
    events.extend(
        (r.start, kind_of(r))
        for r in reporters
        if channel_from(doc, r.end, lex) or channel_ends(doc, r.end, lex) or quote_from(doc, r)
    )
    events.extend(
        (r.start, kind_of(r))
        for r in every
        if CATEGORY[r.label] is Detection.EXTERNAL_REPORT and mail_from(doc, r.end, lex)
    )
    if reporters:  # a rights holder's claim is one a reporter named made
        events.extend(claimed_by_rights_holder(doc, lex, reporters))
    events.extend(infringement_claims(doc, lex, every))
    keyed = keyed_finders(doc, lex, every, kind_of)
    doc.cache[_KEYED] = {at for at, _ in keyed}
    events.extend(keyed)
    events.extend(cleft_finders(doc, lex, every, kind_of))
    events.extend(own_checks(doc, lex, every))
    events.extend(staff_found(doc, lex, every))
    events.extend(own_unit_found(doc, lex))  # 「本学情報基盤センターが検知し」
    events.extend(notified_heads(doc, lex, every))
    events.extend(revealed_by(doc, lex, every, kind_of))
    events.extend(outsider_noticed(doc, lex, every, kind_of))
    events.extend(vendor_letter_finding(doc, lex))
    events.extend(platform_alerts(doc))
    events.extend(operator_letter(doc, lex, every, kind_of))  # 「監視センターです。貴社…検知」
    if every:  # hearsay of an operator named as a reporter
        events.extend(hearsay_accounts(doc, every))
    events.extend(say_so_accounts(doc, lex, every, kind_of))
    events.extend(declared_by_us(doc, lex, every))
    strangers = firms_by_work(doc) + outsiders_staff(doc, lex)  # 「他院の職員が」 too
    events.extend(told_as_favour(doc, lex, every, kind_of, strangers))
    events.extend(anaphoric_reports(doc, stated.reports, every, kind_of, {at for at, _ in events}))
    events.extend(persons_reports(doc, stated.reports, every, kind_of))  # 「先方の社長さんが」
    events.extend(recipient_reports(doc, stated.reports, lex))  # 「受け取ったスタッフさんが」
    events.extend(bystander_reports(doc, stated.reports))  # 「隣の席にいた人が電話してきた」
    known = {r.end for r in [*reporters, *stated.relayed]} | {m.end for m in terms}
    events.extend(
        (i, kind)
        for i, kind in told_from_outside(doc, lex, every, also, stated.incoming)
        if i not in inside and not any(end <= i <= end + REPORTER_TAIL for end in known)
    )
    if all(kind is Detection.SELF for _, kind in events):
        # Checking what someone reported is no finding of our own (labelling rule 3).
        events.extend(own_discoveries(doc, lex, every))
        checks = team_checks(doc, lex, every)  # 「情シスが調べたら…暗号化されていて」
        doc.cache[_CHECKS] = {at for at, _ in checks}
        events.extend(checks)
    return events


def _honoured(doc: Doc, start: int) -> bool:
    """「ご連絡」: the report word at `start` is given the honorific prefix ご or 御."""
    return start > 0 and doc.tokens[start - 1].surface in ("ご", "御")


def _same_clause(doc: Doc, report: Match, reporter: Match, lex: Lexicon) -> bool:
    """The reporter after the report word stands in the clause the report word ends, or
    says it was from them (「…とのご連絡を、お客様から受ける」)."""
    if doc.clause_of[reporter.start] == doc.clause_of[report.end - 1]:
        return True
    return _received_from(doc, reporter, lex)


def _received_from(doc: Doc, reporter: Match, lex: Lexicon) -> bool:
    """「…とのご連絡を、お客様から受ける」「複数の保護者の方からいただきました」: the reporter's
    から or より (after an honorific person noun) governs a verb of receiving, not another
    verb (「社内ネットワークを外部から遮断する」)."""
    tokens = doc.tokens
    k = reporter.end
    while k < len(tokens) and tokens[k].surface in _PERSON_TAIL:
        k += 1
    if k >= len(tokens) or k > reporter.end + 3 or tokens[k].surface not in ("から", "より"):
        return False
    _, last = doc.sentence_span(k)
    verb = next((t for t in tokens[k + 1 : last] if t.pos1 == "動詞"), None)
    return verb is not None and (
        verb.lemma in lex.receiving_verbs or verb.lemma in lex.incoming_verbs
    )


def _detached(doc: Doc, reporter: Match, report: int) -> bool:
    """「取引先から届いたメールを開いたところ…報告」: the reporter's から belongs to another
    verb before the report word, so the reporter did not make that report."""
    tail = doc.tokens[reporter.end : reporter.end + REPORTER_TAIL]
    at = next((k for k, t in enumerate(tail) if t.surface in ("から", "より")), None)
    return at is not None and not governs(doc, reporter.end + at, report)


def _found_by(doc: Doc, match: Match, lex: Lexicon) -> bool:
    """「自社で気づいた」 but not 「CSIRTで確認済み」「自分で変えた」: our agent found it.

    A finding word ending in a case particle names who acted; what they did is the first
    predicate after it in its sentence. With none known, the word stands as said.
    """
    if doc.tokens[match.end - 1].surface not in lex.agent_particles:
        return True  # 「社内検知」「社内の監視」 name the finding itself
    _, last = doc.sentence_span(match.start)
    predicate = next(
        (
            m
            for m in lex.agent_predicates.find(doc)
            if match.end <= m.start < last and not in_compound(doc, m)
        ),
        None,
    )
    if predicate is not None:
        # 「当社では現在、…確認を進めております」: a check still going on found nothing yet.
        return predicate.label == "finding" and not still_checking(doc, predicate.start, lex)
    # 「当社では、再発防止に努めてまいります」: a verb of something else is what it did.
    acting = doc.tokens[match.start].surface in lex.acting_parties
    return not acting or not any(t.pos1 == "動詞" for t in doc.tokens[match.end : last])


def _itself(doc: Doc, reporter: Match, lex: Lexicon) -> bool:
    """「本県」「当市」 written with a prefix, or 「院長ご本人」: ourselves, never a reporter."""
    if role_person(doc, reporter.start, reporter.end) or in_place_gloss(doc, reporter):
        return True  # 「院長ご本人」, or 「（本社：大阪市）」 the seat of a firm
    if reporter.start == 0:
        return False
    before = doc.tokens[reporter.start - 1]
    return before.pos1 == "接頭辞" and before.surface in lex.self_prefixes
