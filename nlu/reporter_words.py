"""What a report word says with no reporter named before it: a rights holder's claim,
a mis-sent mail reported, an inquiry about a thing, inquiries a desk will take, an
inquiry received, an alarm gone off; and a report the company made itself (`outgoing`)."""

from __future__ import annotations

from typing import Final

from coverage import Detection, IncidentType
from nlu.doc import Doc
from nlu.lexicon import Lexicon
from nlu.phrases import Match
from nlu.reporter_dialled import dialled
from nlu.reporter_parties import governs, names_a_party
from nlu.reporter_roles import own_role_before, role_person
from nlu.reporter_sources import NOUNS, passive_report
from nlu.tokens import Token


def claimed_by_rights_holder(
    doc: Doc, lex: Lexicon, reporters: list[Match]
) -> list[tuple[int, Detection]]:
    """「写真家から提訴された」: a rights holder's claim is how the company learnt of it.

    Anyone else's claim (「顧客から損害賠償請求を受けた」) came after the company knew.
    """
    found = []
    for claim in lex.claim_words.find(doc):
        first, _ = doc.sentence_span(claim.start)
        if any(
            first <= r.start
            and r.end <= claim.start
            and lex.rights_holders.contains(doc, r.start, r.end)
            for r in reporters
        ):
            found.append((claim.start, Detection.THIRD_PARTY))
    return found


def misdelivery_reported(doc: Doc, report: Match, lex: Lexicon) -> bool:
    """「封入に誤りがあると建設課に連絡があり」: a mis-sent mail reported to the company,
    with nobody named, was reported by one who received it (spec "Third party")."""
    if doc.tokens[report.start].lemma not in lex.source_lemmas or not received(
        doc, report.end, lex
    ):
        return False
    first, last = doc.sentence_span(report.start)
    if _from_our_own(doc, first, report.start, lex):
        return False
    return any(
        first <= m.start < last and m.label == IncidentType.MISDELIVERY.value
        for m in lex.incident_cues.find(doc)
    )


def _from_our_own(doc: Doc, lo: int, hi: int, lex: Lexicon) -> bool:
    """「上司から連絡があり、誤送信に気づいた」「講師本人が誤送信に気づいて報告してきました」:
    one of us (a superior, our head, our staff or the sender himself) told or noticed, within
    tokens[lo:hi], so no recipient is known to have."""
    tokens = doc.tokens
    for k in range(lo + 1, hi):
        if tokens[k].surface in ("から", "より") and own_role_before(doc, k, lex.internal):
            return True
        if tokens[k].surface != "が":
            continue
        at = k - 1 if tokens[k - 1].surface in lex.frames.own_person else k
        if at < k and role_person(doc, at, k):
            return True  # 「講師本人が」
        if own_role_before(doc, at, lex.internal) or own_role_before(doc, at, lex.staff):
            return True  # 「担当者が」「職員が」
    return False


def about_a_thing(doc: Doc, report: Match, lex: Lexicon) -> bool:
    """「顧客から問い合わせのあった取引を確認した」: an inquiry about a thing it qualifies.

    The inquiry names what it was about (a transaction, an account), not the incident; a
    head like 件 or 際 (「問い合わせのあった件」「問い合わせがあった際に」) keeps it a report.
    """
    if doc.tokens[report.start].lemma not in lex.received_reports:
        return False
    after = doc.tokens[report.end : report.end + 6]
    i = 1 if after[:1] and after[0].surface in ("の", "が", "を") else 0
    if i >= len(after) or after[i].pos1 != "動詞":
        return False
    i += 1
    while i < len(after) and after[i].pos1 == "助動詞":
        i += 1
    if i >= len(after) or after[i - 1].surface != "た":
        return False
    head = after[i]
    # 「会員から問い合わせを受けた同法人は」: the one who received it is the company itself.
    at = report.end + i
    if the_company(doc, at, lex) or (at + 1 < len(doc.tokens) and the_company(doc, at + 1, lex)):
        return False
    return head.pos1 == "名詞" and head.lemma not in lex.matter_nouns


def handled(doc: Doc, report: Match, lex: Lexicon) -> bool:
    """「お客様からのお問い合わせに対応するため、窓口を設置」「お問い合わせは下記にて承ります」:
    the inquiries the company stands ready to take, later in the sentence, told no one."""
    if not any(t.lemma in lex.desk_reports for t in doc.tokens[report.start : report.end]):
        return False
    _, last = doc.sentence_span(report.start)
    phrase = next((m for m in lex.handled_reports.find(doc) if report.end <= m.start < last), None)
    return phrase is not None and not any(
        t.lemma in lex.receiving_verbs for t in doc.tokens[report.end : phrase.start]
    )


def received(doc: Doc, end: int, lex: Lexicon) -> bool:
    """「お問い合わせをいただきました」「問い合わせが寄せられ」: an inquiry the company got."""
    return any(t.lemma in lex.receiving_verbs for t in doc.tokens[end : end + 3])


def went_off(doc: Doc, end: int, lex: Lexicon) -> bool:
    """「警告が出た」「警報が作動し」「警告が突然表示された」: an alarm went off, in its clause.

    The alarm word is the whole noun: 「警告音」「警告画面」 name something else.
    """
    after = doc.tokens[end : min(doc.clause_end(end - 1), end + 4)]
    if after and after[0].pos1 in NOUNS:
        return False
    return any(t.lemma in lex.alarm_verbs for t in after)


def outgoing(doc: Doc, match: Match, lex: Lexicon) -> bool:
    """「お知らせいたします」「警察に連絡した」: the company's own report, not one it received."""
    if dialled(doc, match):
        return True  # 「110番通報した」: a call to the police
    after = doc.tokens[match.end : match.end + 4]
    # 「通知書を受領いたしました」: a humble verb after receiving is still receiving.
    receiving = any(t.lemma in lex.receiving_verbs for t in doc.tokens[match.start : match.end])
    # 「ご連絡くださいました」: a favour done to the company, not a request 「ご連絡ください」.
    done = after[:1] and after[0].lemma == "下さる" and any(t.lemma == "た" for t in after[1:3])
    if after and after[0].lemma in lex.outgoing_verbs and not receiving and not done:
        return not _operator_writes_to_us(doc, match, lex)
    if _humble_object(doc, match, after):
        return not _operator_writes_to_us(doc, match, lex)  # 「最終のご報告をいたします」
    if _humble(doc, match, after):
        return not _operator_writes_to_us(doc, match, lex)
    i = match.start - 1
    while i >= 0 and (doc.tokens[i].pos1 == "接頭辞" or doc.tokens[i].surface in ("は", "も")):
        i -= 1
    if i < 0 or doc.tokens[i].surface not in ("に", "へ"):
        return False
    first, _ = doc.sentence_span(match.start)
    if any(
        doc.tokens[k].surface in ("から", "より")
        and names_a_party(doc, k)
        and governs(doc, k, match.start)
        for k in range(first, i)
    ):
        return False  # 「県民から本社に電話」「センターから…七時ごろに寄せられた」
    if i >= 1 and the_company(doc, i - 1, lex):
        return False  # 「…を見つけ、同社に通知した」: told to the company itself
    if _favour_done(doc, match):
        return False  # 「住民の方が拾い、役場に届けてくださいました」: done for the writer
    verb = (
        doc.tokens[match.start].pos1 == "動詞"
        or (after and (after[0].lemma == "為る" or after[0].surface in ("済み", "済")))
        # 「職員が被害に気づき、警察に通報」: a timeline's line ending on the noun.
        or _ends_its_line(doc, match.end)
    )
    if passive_report(doc, match, lex):
        return False  # 「取引先に言われた」「顧客に指摘された」: made to the company
    return bool(verb) and not any(t.lemma in lex.incoming_verbs for t in after)


# 「ご報告をいたします」「ご連絡を申し上げます」: humble verbs of the writer's own telling that
# take the report word as their object (lemmas); never 下さる (「ご連絡をくださいました」).
_HUMBLE_TELLING: Final = frozenset({"致す", "申し上げる", "差し上げる"})


def _humble_object(doc: Doc, match: Match, after: list[Token]) -> bool:
    """「最終のご報告をいたします」: お or ご, the report word, を and a humble verb of telling."""
    if match.start == 0 or doc.tokens[match.start - 1].surface not in ("お", "ご", "御"):
        return False
    return len(after) >= 2 and after[0].surface == "を" and after[1].lemma in _HUMBLE_TELLING


def _ends_its_line(doc: Doc, end: int) -> bool:
    """The word ending at token `end` closes its line: the text ends, or a line break or a
    full stop follows it."""
    if end >= len(doc.tokens):
        return True
    if doc.tokens[end].surface in ("。", "．"):
        return True
    return "\n" in doc.text[doc.ends[end - 1] : doc.starts[end]]


# Verbs of a favour done (lemmas): a report made 「…てくださった」「…てくれた」 was made for the
# writer, who received it, whoever it is addressed to by name (役場に, 工場に).
_FAVOURS: Final = frozenset({"下さる", "呉れる"})


def _favour_done(doc: Doc, match: Match) -> bool:
    """The report word at `match` ends in a favour done, in the past (「届けてくださいました」
    「電話してくれた」), not a request (「ご連絡ください」)."""
    tokens = doc.tokens
    end = min(len(tokens), match.end + 4)
    favour = next((k for k in range(match.start, end) if tokens[k].lemma in _FAVOURS), None)
    return favour is not None and any(t.lemma == "た" for t in tokens[favour + 1 : favour + 4])


def _operator_writes_to_us(doc: Doc, match: Match, lex: Lexicon) -> bool:
    """「（SOC）よりご連絡いたします」 in a letter to 御中 or 貴社: the operator's humble report
    to us; only a security or network operator right before より or から is read so."""
    i = match.start - 1
    while i >= 0 and doc.tokens[i].pos1 == "接頭辞":
        i -= 1
    if i < 1 or doc.tokens[i].surface not in ("より", "から") or not lex.letter_to_us.find(doc):
        return False
    j = i - 1
    while j >= 0 and doc.tokens[j].pos1 == "補助記号" and doc.tokens[j].surface in "）)」":
        j -= 1
    ends = {j + 1}
    # 「レンタルサーバー会社より」: the operator's kind, then what it is.
    while j >= 0 and len(ends) < 3 and doc.tokens[j].pos1 in NOUNS:
        ends.add(j)
        j -= 1
    return any(
        r.end in ends and r.label in ("security", "network") for r in lex.reporters.find(doc)
    )


def _humble(doc: Doc, match: Match, after: list[Token]) -> bool:
    """「お知らせする」「ご報告します」「ご連絡しております」: お or ご, the report word and
    する is the writer's humble telling, a report the company makes; not a favour done to
    it (「ご連絡してくださった」「ご連絡していただいた」)."""
    if match.start == 0 or doc.tokens[match.start - 1].surface not in ("お", "ご", "御"):
        return False
    if not after or after[0].lemma != "為る":
        return False
    return not any(t.lemma in ("下さる", "頂く", "呉れる", "貰う") for t in after[1:4])


def the_company(doc: Doc, at: int, lex: Lexicon) -> bool:
    """「同社」「当局」「弊社」 (one word or prefix and noun) at `at`: the company itself."""
    token = doc.tokens[at]
    if token.pos1 != "名詞":
        return False
    head, prefix = token.surface[1:], token.surface[:1]
    if prefix in lex.addressee_prefixes and head in lex.addressee_heads:
        return True
    before = doc.tokens[at - 1] if at else None
    return (
        before is not None
        and before.surface in lex.addressee_prefixes
        and token.surface in lex.addressee_heads
    )


def sent(doc: Doc, report: Match, lex: Lexicon) -> bool:
    """「監視センターからの通報」: a report, not an inquiry, that a named sender sent."""
    before = [t.surface for t in doc.tokens[max(0, report.start - 2) : report.start]]
    words = doc.tokens[report.start : report.end]
    return before == ["から", "の"] and not any(t.lemma in lex.desk_reports for t in words)
