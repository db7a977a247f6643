"""Our own staff in a report: 「当会職員」 is ours, and 「職員が…調べたところ…判明」 is a
finding of our own (self), where 「委託先の社員」 is an outsider's."""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Final

from coverage import Detection
from nlu.doc import Doc
from nlu.lexicon import Lexicon
from nlu.phrases import Match
from nlu.polarity import negations, scope_after
from nlu.reporter_checked import still_checking
from nlu.reporter_context import quoted_content
from nlu.reporter_parties import (
    another_heads,
    another_persons,
    another_words,
    counterparty_places,
    other_sides,
    our_owners,
    outside_organisations,
    to_our_own,
    unit_heads,
)
from nlu.reporter_sources import BRACKETS, NOUNS
from nlu.reporter_words import outgoing, the_company
from nlu.tokens import Token


def ours(doc: Doc, staff: Match, every: list[Match], lex: Lexicon) -> bool:
    """「当会職員」「組合の職員」 are ours.

    Not 「委託先の…社員」「派遣先企業の社員」 (an outsider's staff), nor 「元営業社員」 (no
    longer ours).
    """
    if honoured(doc, staff.start):
        return False  # 「H設備様のご担当者」: another's, whom we honour
    i = staff.start - 1
    while i >= 0 and doc.tokens[i].pos1 in NOUNS | {"接頭辞"}:
        if doc.tokens[i].surface == "元":
            return False
        i -= 1
    if of_lettered_firm(doc, staff):
        return False  # 「B社担当者から」: the staff of the firm written as a letter
    lo = doc.clause_start(staff.start)
    if _of_another(doc, staff.start, lo, lex):
        return False
    # 「登録スタッフが」: the staff word inside an outsider's longer name is that outsider.
    return not any(
        (lo <= r.start and r.end <= staff.start) or (r.start < staff.start and staff.end <= r.end)
        for r in every
    )


# Honorifics a writer gives another party's staff, never its own: the prefix of 「ご担当者」, and
# the suffix of the party before の (「H設備様の担当者」). Surface forms.
_HONOUR_PREFIXES: Final = frozenset({"ご", "御"})
_HONOUR_SUFFIXES: Final = frozenset({"様", "さま"})


def honoured(doc: Doc, start: int) -> bool:
    """「ご担当者から」「H設備様の担当者から」: the staff word at `start` is honoured as
    another party's."""
    tokens = doc.tokens
    if start >= 1 and tokens[start - 1].surface in _HONOUR_PREFIXES:
        return True
    return (
        start >= 2
        and tokens[start - 1].surface == "の"
        and tokens[start - 2].surface in _HONOUR_SUFFIXES
    )


# 「A社」「B社」「○○社」: a firm named by a letter or a mark, as reports and notices write
# another company; never ours (当社, 弊社, 同社 are words, not letters).
_FIRM_LETTERS = re.compile(r"^[A-Za-zＡ-Ｚａ-ｚ〇○◯△□×]{1,3}社$")


def _lettered_firm(name: str) -> bool:
    return bool(_FIRM_LETTERS.match(name))


def of_lettered_firm(doc: Doc, staff: Match) -> bool:
    """「B社担当者」「A社の社員」「A社のご担当者様」: staff of a firm named by a letter, an
    outsider's."""
    end = staff.start
    while end and doc.tokens[end - 1].pos1 == "接頭辞":
        end -= 1  # 「ご担当者」: the polite prefix is the staff word's own
    if end and doc.tokens[end - 1].surface == "の":
        end -= 1
    i = end
    while i > 0 and doc.tokens[i - 1].pos1 in NOUNS | {"接頭辞"}:
        i -= 1
    return _lettered_firm("".join(t.surface for t in doc.tokens[i:end]))


def _of_another(doc: Doc, start: int, lo: int, lex: Lexicon) -> bool:
    """「派遣先企業の社員」: the staff word at `start` follows の and another organisation."""
    owner = _owner_before(doc, start, lo)
    if owner is None:
        return False
    i, end, name = owner
    if _lettered_firm(name) or _said_another(doc, i, end, lo):
        return True
    if not name.endswith(outside_organisations()):
        return False
    return not (lex.own.contains(doc, i, i + 1) or the_company(doc, i, lex))


def _owner_before(doc: Doc, start: int, lo: int) -> tuple[int, int, str] | None:
    """The organisation named before the の that ends right before token `start`, within
    the clause from `lo`: (its first token, the の's token, its name), or None."""
    end = start - 1
    if end <= lo or doc.tokens[end].surface != "の":
        return None
    i = end
    while i > lo and doc.tokens[i - 1].pos1 in NOUNS | {"接頭辞"}:
        i -= 1
    return i, end, "".join(t.surface for t in doc.tokens[i:end])


def _said_another(doc: Doc, i: int, end: int, lo: int) -> bool:
    """「別の病院」「他院」: the organisation in tokens[i:end] is said to be another one."""
    tokens, heads = doc.tokens, another_heads()
    name = "".join(t.surface for t in tokens[i:end])
    if name in other_sides():
        return True  # 「向こうの事務さん」「先方の担当者」: the other party's
    if name[:1] == "他" and name[1:] in heads:
        return True  # 「他院」「他校」「他社」, not 「他部署」 (ours)
    if not name.endswith(heads) or i - 2 < lo or tokens[i - 1].surface != "の":
        return False
    if tokens[i - 2].surface in another_words():
        return True
    # 「紹介先の病院」: the nouns before の name a place we deal with.
    k = i - 1
    while k > lo and i - 1 - k < _PLACE_REACH and tokens[k - 1].pos1 in NOUNS:
        k -= 1
    place = "".join(t.surface for t in tokens[k : i - 1])
    return any(place.endswith(p) for p in counterparty_places())


# The words of a place we deal with before its の (「紹介先」 is 紹介 + 先).
_PLACE_REACH = 3


def of_another(doc: Doc, staff: Match) -> bool:
    """「他の会社の社員」「紹介先の病院の職員」「派遣先企業の社員」: staff of an organisation
    said to be another's, or named so that it is (a name longer than its ending: a bare
    「会社の社員」 may be ours, 「うちの会社の社員」)."""
    lo = doc.clause_start(staff.start)
    owner = _owner_before(doc, staff.start, lo)
    if owner is None:
        return False
    i, end, name = owner
    if _said_another(doc, i, end, lo):
        return True
    ending = next((e for e in outside_organisations() if name.endswith(e)), None)
    return ending is not None and len(name) > len(ending) and not _owned(doc, i, end, lo)


def _owned(doc: Doc, i: int, end: int, lo: int) -> bool:
    """「グループ会社」「当社のベトナム子会社」: the organisation in tokens[i:end] is our
    group's, or said to be ours before its の; its staff may be ours."""
    owners = tuple(our_owners())
    if any(t.surface.startswith(owners) for t in doc.tokens[i:end]):
        return True
    return i - 2 >= lo and doc.tokens[i - 1].surface == "の" and doc.tokens[i - 2].surface in owners


# A unit's name with the organisation's before it: 「本学情報基盤センター(CSIRT)」.
_UNIT_LENGTH = 10


def _in_unit_name(token: Token) -> bool:
    return token.pos1 in NOUNS or token.pos1 == "接頭辞" or token.surface in BRACKETS | {"の"}


def own_unit(doc: Doc, at: int, lex: Lexicon) -> bool:
    """「本学情報基盤センター(CSIRT)から」「当院の情報システム室から」: the words before から
    at `at` name a unit of the organisation itself, by its own name (本学, 当院, 弊社, 社内).
    """
    i = at
    while i > 0 and at - i < _UNIT_LENGTH and _in_unit_name(doc.tokens[i - 1]):
        i -= 1
    while i < at and doc.tokens[i].surface in BRACKETS | {"の"}:
        i += 1
    run = doc.tokens[i:at]
    names = [k for k, t in enumerate(run) if t.surface not in BRACKETS]
    if not names:
        return False
    unit = "".join(t.surface for t in run[: names[-1] + 1]).casefold()
    starts_ours = lex.own.contains(doc, i, i + 1) or the_company(doc, i, lex)
    if not starts_ours and i + 1 < at and doc.tokens[i].pos1 == "接頭辞":
        starts_ours = the_company(doc, i + 1, lex)
    return starts_ours and unit.endswith(unit_heads())


def outsiders_staff(doc: Doc, lex: Lexicon) -> list[Match]:
    """「他の会社の社員」「A社の担当者」「元社員」: staff who are not ours, as outsiders no
    reporter word names (their bare 「気づいた」 is no finding of ours)."""
    people = [
        Match(k, k + 1, "person")
        for k, t in enumerate(doc.tokens)
        if k and t.surface in another_persons() and doc.tokens[k - 1].surface == "の"
    ]
    return [
        Match(m.start, m.end, Detection.THIRD_PARTY.value)
        for m in lex.staff.find(doc)
        if of_another(doc, m) or of_lettered_firm(doc, m) or former(doc, m)
    ] + [Match(m.start, m.end, Detection.THIRD_PARTY.value) for m in people if of_another(doc, m)]


def former(doc: Doc, staff: Match) -> bool:
    """「元社員」「元従業員の方」: no longer ours, so an outsider."""
    i = staff.start - 1
    while i >= 0 and doc.tokens[i].pos1 in NOUNS | {"接頭辞"}:
        if doc.tokens[i].surface == "元":
            return True
        i -= 1
    return False


def staff_found(doc: Doc, lex: Lexicon, every: list[Match]) -> list[tuple[int, Detection]]:
    """「職員が…調べたところ…判明」「社員が…警告が出た」: one of our staff found it: self.

    Staff do many things (「社員が誤送信した」), so only a finding predicate after them, in
    their sentence, makes it a detection; none, or another one first, says nothing.
    """
    found = []
    predicates = lex.agent_predicates.find(doc)
    for match in lex.staff.find(doc):
        subject = match.end
        if subject < len(doc.tokens) and doc.tokens[subject].surface in lex.frames.own_person:
            subject += 1  # 「社員本人が」: the staff member himself, still one of us
        if _self_reported(doc, subject) and ours(doc, match, every, lex):
            found.append((match.start, Detection.SELF))
            continue
        if subject >= len(doc.tokens) or doc.tokens[subject].surface != "が":
            continue
        if not ours(doc, match, every, lex):
            continue
        _, last = doc.sentence_span(match.start)
        # 「職員が、患者情報を管理するサーバーから…を確認しました」: past the comma after が,
        # a verb on the noun after it is the relative clause's, not what the staff did.
        commaed = subject + 1 < len(doc.tokens) and doc.tokens[subject + 1].surface == "、"
        predicate = next(
            (
                m
                for m in predicates
                if match.end < m.start < last and not (commaed and _attributive(doc, m))
            ),
            None,
        )
        if predicate is None or predicate.label != "finding":
            if _told_our_own(doc, lex, match.end, last) or _told_us(
                doc, lex, every, match.end, last
            ):
                found.append((match.start, Detection.SELF))
            continue
        if _found_about_them(doc, match.end, predicate.start) or _qualifies(doc, predicate, lex):
            continue
        if still_checking(doc, predicate.start, lex):
            continue  # 「情シスが確認中です」: a check still going on has found nothing yet
        if quoted_content(doc, match, predicate.start):
            continue  # 「乗客の方から「職員が…話していた」とのご意見をいただき判明」: what was said
        lo, hi = scope_after(doc, predicate.end, extend=False)
        if negations(doc, lo, before_reason(doc, lo, hi), lex) % 2 == 0:
            found.append((match.start, Detection.SELF))
    return found


# Nouns after a verb that take the whole clause (「…したことを確認」), no relative clause.
_CLAUSE_NOUNS = frozenset({"事", "物", "所", "為", "旨"})


def _attributive(doc: Doc, predicate: Match) -> bool:
    """「管理するファイルサーバー」: the predicate, with its auxiliaries, stands right before
    the noun it describes."""
    tokens = doc.tokens
    i = predicate.end
    while i < len(tokens) and tokens[i].pos1 in ("動詞", "助動詞"):
        i += 1
    # 「…を確認\n10月2日…」: a noun on the next line starts another statement.
    return (
        i < len(tokens)
        and doc.sentence_of[i] == doc.sentence_of[predicate.end - 1]
        and tokens[i].pos1 == "名詞"
        and tokens[i].lemma not in _CLAUSE_NOUNS
    )


def told_by_staff(doc: Doc, lex: Lexicon, every: list[Match], report: Match) -> bool:
    """「教頭より、…紛失した旨の申し出がありました」「社員から…との申し出」: the report word at
    `report` came from our own staff, named with から or より before it in its sentence and
    with no other source between (「社員から、取引先から…と聞いた」): no outsider told it."""
    first, _ = doc.sentence_span(report.start)
    for staff in lex.staff.find(doc, first, report.start):
        if not _source_word(doc, staff.end):
            continue
        if any(staff.end <= r.start < report.start and _source_word(doc, r.end) for r in every):
            continue  # 「社員から、取引先から申し出があったと聞いた」
        if ours(doc, staff, every, lex):
            return True
    return False


def _source_word(doc: Doc, end: int) -> bool:
    """The party ending at `end` is named as a source: から or より right after it."""
    return end < len(doc.tokens) and doc.tokens[end].surface in ("から", "より")


def _self_reported(doc: Doc, at: int) -> bool:
    """「当該医師本人からの申告により判明」「職員から申告があり」: our staff member's own
    申告 to us (the bare 「本人から申告」 stays unknown: a data subject as often as one of us)."""
    words = doc.tokens[at : at + 3]
    if not words or words[0].surface not in ("から", "より"):
        return False
    k = 2 if len(words) > 1 and words[1].surface == "の" else 1  # 「からの申告」
    return k < len(words) and words[k].lemma == "申告"


def own_unit_found(doc: Doc, lex: Lexicon) -> list[tuple[int, Detection]]:
    """「…送信されていることを本学情報基盤センターが検知し」「当院の情報システム室で発見」:
    a unit of ours, named by our own name, the agent (が, で) of a finding: self.

    As for staff, only a finding predicate, the first after the unit in its sentence, with
    no other verb before it and not denied, says so; 「本学情報基盤センターが対応」 and
    「当社発送センターでの封入作業の誤りが判明」 say nothing of who found it.
    """
    found: list[tuple[int, Detection]] = []
    surfaces = doc.surface_set()
    if surfaces.isdisjoint(("が", "で")):
        return found
    if not lex.own.any(doc) and not any(s[:1] in lex.addressee_prefixes for s in surfaces):
        return found  # the unit is named with 本学, 当院, 社内 …, then acts
    predicates = lex.agent_predicates.find(doc)
    for at, token in enumerate(doc.tokens):
        if token.surface not in ("が", "で") or token.pos1 != "助詞" or not own_unit(doc, at, lex):
            continue
        _, last = doc.sentence_span(at)
        predicate = next((m for m in predicates if at < m.start < last), None)
        if predicate is None or predicate.label != "finding":
            continue
        if any(t.pos1 == "動詞" or t.surface == "の" for t in doc.tokens[at + 1 : predicate.start]):
            continue  # 「当社発送センターでの封入作業の誤り…が判明」: what it did, not a finding
        if _qualifies(doc, predicate, lex):
            continue  # 「本学情報基盤センターが検知した通信を」: a thing it names
        lo, hi = scope_after(doc, predicate.end, extend=False)
        if negations(doc, lo, before_reason(doc, lo, hi), lex) % 2 == 0:
            found.append((at, Detection.SELF))
    return found


def _told_our_own(doc: Doc, lex: Lexicon, lo: int, hi: int) -> bool:
    """「職員が…事務局長に報告しました」: our staff told a superior or an internal unit, and
    no one outside told them in the sentence (「取引先から連絡を受けた社員が上司に報告」)."""
    told = False
    for m in lex.report_words.find(doc):
        if m.label != "report" or not lo < m.start < hi:
            continue
        if not outgoing(doc, m, lex):
            return False  # a report received in the sentence says who told
        if to_our_own(doc, m.start):
            scope_lo, scope_hi = scope_after(doc, m.end, extend=False)
            told = told or negations(doc, scope_lo, scope_hi, lex) % 2 == 0
    return told


def _told_us(doc: Doc, lex: Lexicon, every: list[Match], lo: int, hi: int) -> bool:
    """「経理の子が…って言ってきました」「社員が…と報告してくれた」: our staff telling us,
    with no outsider named on the way (「社員が、取引先から連絡があったと言ってきた」)."""
    tokens = doc.tokens
    for i in range(lo, hi):
        if tokens[i].lemma not in lex.staff_reports:
            continue
        k = i + 1
        if k < hi and tokens[k].lemma == "為る":
            k += 1
        reason = _said_so_we_looked(doc, i, hi)
        if not reason and (
            k + 1 >= hi
            or tokens[k].surface not in ("て", "で")
            or tokens[k + 1].lemma not in lex.toward_us
        ):
            continue
        if any(lo <= r.start < i for r in every):
            return False
        if reason:
            return True
        scope_lo, scope_hi = scope_after(doc, k + 2, extend=False)
        return negations(doc, scope_lo, scope_hi, lex) % 2 == 0
    return False


# 「…と言うので」「…と申しますので」「…って言うから」: what our staff said, given as the reason
# for what the writer did next. Lemmas of the saying verb, then of the auxiliaries it may take.
_SAYING: Final = frozenset({"言う", "申す"})
_SAYING_AUX: Final = frozenset({"ます"})


def _said_so_we_looked(doc: Doc, verb: int, hi: int) -> bool:
    """「職員が、…と申しますので私も見てみました」: the staff's quoted words, said to the
    writer as the reason (ので, から) for what the writer did."""
    tokens = doc.tokens
    if (
        tokens[verb].lemma not in _SAYING
        or verb == 0
        or tokens[verb - 1].surface not in ("と", "って")
    ):
        return False
    k = verb + 1
    while k < hi and tokens[k].lemma in _SAYING_AUX:
        k += 1
    if k < hi and tokens[k].surface == "から" and tokens[k].pos2 == "接続助詞":
        return True
    return k + 1 < hi and tokens[k].surface == "の" and tokens[k + 1].surface == "で"


def _qualifies(doc: Doc, predicate: Match, lex: Lexicon) -> bool:
    """「担当職員がインターネット上で見つけた画像を使用」: the finding qualifies a thing it
    names (a relative clause), so it is no statement of who found the incident; a head like
    事 or 件 (「見つけたことから」) keeps it one."""
    after = doc.tokens[predicate.end : predicate.end + 3]
    i = next((k for k, t in enumerate(after) if t.surface == "た"), None)
    if i is None or i + 1 >= len(after):
        return False
    head = after[i + 1]
    matter = head.lemma in lex.matter_nouns or head.surface in lex.matter_nouns
    return head.pos1 == "名詞" and not matter


def _found_about_them(doc: Doc, start: int, finding: int) -> bool:
    """「社員が…持ち出していたことが判明」: what was found is what they did, not who found it.

    「職員が…調べたところ…と判明」: ところ makes them the ones who looked, and found.
    """
    stretch = doc.tokens[start:finding]
    if any(t.surface == "ところ" for t in stretch):
        return False
    before = [t.lemma for t in stretch[-2:]]
    # 「職員が、…ファイルが暗号化されていることを確認」: set off by a comma, with a subject
    # of its own inside a state that was found, the staff are the ones who found it (not
    # 「社員が、名簿が入ったUSBを紛失したことを確認」, what they did).
    state = [t.surface for t in stretch[-4:-2]] in (["て", "いる"], ["て", "い"], ["で", "いる"])
    if before == ["事", "を"] and state and _own_subject_inside(stretch):
        return False
    # 「担当者が…投稿されていたことが、10月14日に判明」: a こと clause, the subject of the
    # finding however far before it, is what came to light, not who found it.
    subject_clause = any(a.lemma == "事" and b.surface == "が" for a, b in pairwise(stretch))
    return "事" in before or before[-1:] == ["と"] or subject_clause


def _own_subject_inside(stretch: list[Token]) -> bool:
    """`stretch` starts with the staff's が and a comma, and holds another subject's が."""
    if len(stretch) < 3 or stretch[0].surface != "が" or stretch[1].surface not in ("、", ","):
        return False
    return any(t.surface == "が" and t.pos1 == "助詞" for t in stretch[2:])


def before_reason(doc: Doc, lo: int, hi: int) -> int:
    """Where a finding's scope ends at a reason given for what follows: in 「EDRが止めてくれた
    ので暗号化はされてない」 the denial is of the encryption, not of the finding.

    MeCab splits 「ので」 into の and a copula で, so no clause ends there.
    """
    tokens = doc.tokens
    for i in range(lo, hi - 1):
        if (
            tokens[i].surface == "の"
            and tokens[i + 1].surface == "で"
            and tokens[i + 1].pos1 == "助動詞"
            and i > lo
            and tokens[i - 1].pos1 in ("助動詞", "動詞")
        ):
            return i
    return hi
