"""Attacks on a contractor's or a service provider's own systems: the spec's `vendor_leak`
(tests/data/README.md rule 2: "an attack on a contractor's systems → vendor_leak, our access
unknown"), read where the attack word is said of them rather than of us.

Two ways a text says so: the provider owns the attacked thing (「提供事業者のサーバーが不正
アクセスを受け」「委託先におけるランサムウェア被害」), or a contractor writes to its principal
about its own systems (「弊社システムへのランサムウェア攻撃…貴社からお預かりしている
お客様情報」), where 弊社 is the contractor.
"""

from __future__ import annotations

from typing import Final

from coverage import IncidentType
from nlu.attack_measures import measure_ahead
from nlu.doc import Doc
from nlu.lexicon import Lexicon
from nlu.mentions import (
    NOUN_PHRASE_POS,
    before_qualifier,
    carries_aspect,
    handed_over_before,
    noun_phrase_start,
)
from nlu.phrases import Match
from nlu.remote_measures import remote_measure
from nlu.type_conditions import principal_as_owner
from nlu.vendor_errors import contractor_letter
from nlu.vendor_honoured import honoured_firm
from nlu.vendor_told import told_own_attack
from nlu.vendor_users import agent_named, told_of_its_own, used_provider

# Particles after an owner that make the attack its own; 「への」 too, unlike an outside
# party's (「他社へのDDoS攻撃に加担」 is ours): an attack aimed at a provider is on it.
_OWNER_PARTICLES = frozenset({"が", "は", "で", "も", "の", "へ"})
_SOURCES = frozenset({"から", "より"})
# The verb of 「…による」 (因る), which names who made the attack.
_BY = "因る"
_COMMAS = frozenset({"、", ",", "，"})
_ATTACKS = frozenset(
    {IncidentType.MALWARE.value, IncidentType.UNAUTHORIZED_ACCESS.value, IncidentType.DDOS.value}
)


# 「先方のほう」「会社の方」: the side of a party, standing for the party.
_SIDE: Final = "方"


def at_vendor(doc: Doc, start: int, lex: Lexicon) -> bool:
    """Whether the attack word at `start` is said of a provider's or contractor's systems."""
    if _found_by(doc, start, lex):
        return False
    owner = _owner(doc, start, lex)
    if owner is not None and agent_named(doc, *owner):
        owner = _owner(doc, owner[0], lex)  # 「同社のプログラムが第三者の不正アクセスを受け」
    if owner is None:
        # 「委託先の印刷会社から、ランサムウェアの被害に遭ったと連絡」: the teller's own.
        return (
            _continues_vendor(doc, start, lex)
            or _in_contractor_letter(doc, start, lex)
            or told_own_attack(doc, start, lex)
        )
    lo, end = owner
    tokens = doc.tokens
    if _ordered_from(doc, start, end, lex):
        return False
    # 「提供事業者のサーバー」 but not 「提供事業者の調査で」: past the party, only its systems;
    # 「予約サイトの会社のほうが」: the party's side (方) is the party.
    for party in lex.vendor_parties.find(doc, lo, end):
        rest = [t for t in tokens[party.end : end] if t.surface != "の" and t.lemma != _SIDE]
        if all(t.lemma in lex.vendor_systems or t.pos1 == "接尾辞" for t in rest[-1:]):
            return True
    # 「提供事業者より、同社のサーバーが不正アクセスを受け」「委託先から連絡。向こうのサーバが
    # ランサムに」: 同社, 向こう is the provider just named, in its sentence or the one before.
    first, _ = doc.sentence_span(lo)
    if first > 0:
        first, _ = doc.sentence_span(first - 1)
    if lex.vendor_anaphors.contains(doc, lo, end) and (
        lex.vendor_parties.contains(doc, first, lo) or _entrusted_before(doc, first, lo, lex)
    ):
        return True
    if told_of_its_own(doc, lo, end, lex):
        return True
    if honoured_firm(doc, lo, end, lex.vendor_systems):
        return True  # 「システム会社さんのサーバーに」: a trade we deal with, honoured
    if (
        _handed_work(doc, lo, end, lex)
        or _entrusted_party(doc, lo, end, lex)
        or _named_as_contractor(doc, lo, end, lex)
        or used_provider(doc, lo, end, lex)
    ):
        return True
    writer = lex.writer_words.find(doc, lo, end)
    if (
        writer
        and (writer[-1].end == end or tokens[end - 1].lemma in lex.vendor_systems)
        and lex.entrusted.contains(doc)
    ):
        return True
    return _in_contractor_letter(doc, start, lex)


def _continues_vendor(doc: Doc, start: int, lex: Lexicon) -> bool:
    """「同社のプログラムが不正アクセスを受けて改ざんされた」: an attack word of no owner goes
    on the clause of the attack word before it in its sentence, no new subject (が, は) in
    between: its owner is that one's."""
    first, _ = doc.sentence_span(start)
    before = [
        m
        for m in lex.incident_cues.find(doc, first, start)
        if m.label in _ATTACKS and m.end <= start
    ]
    if not before:
        return False
    prev = before[-1]
    if any(t.surface in ("が", "は") for t in doc.tokens[prev.end : start]):
        return False
    return _owner(doc, prev.start, lex) is not None and at_vendor(doc, prev.start, lex)


def _ordered_from(doc: Doc, start: int, particle: int, lex: Lexicon) -> bool:
    """「フォレンジック業者へ不正アクセス有無の調査を発注」: the party with へ and no の before
    the attack word is who we gave a check of it to, the first verb after the attack word
    being one of handing over; 「委託先のサーバーへ不正アクセスがあり」 is on the party."""
    tokens = doc.tokens
    if tokens[particle].surface != "へ" or particle + 1 != start:
        return False
    _, last = doc.sentence_span(start)
    for token in tokens[start:last]:
        if token.lemma in lex.handing_over:
            return True
        if token.pos1 == "動詞":
            return False
    return False


def _in_contractor_letter(doc: Doc, start: int, lex: Lexicon) -> bool:
    """「弊社が運用する配信サーバーの管理画面に対し…不正ログインが行われました」 in a
    contractor's letter to its principal (弊社 … 貴社よりお預かり): whatever the writer says
    was attacked is the contractor's, unless the attack's sentence names the principal's
    own systems (「貴社のシステムへの不正アクセス」)."""
    if not contractor_letter(doc, lex):
        return False
    # Only the attack's own clause: 「貴法人よりお預かりしております…に関し、当事務所の
    # パソコンが感染し」 names the principal as the data's owner, not the attacked.
    return not principal_as_owner(doc, doc.clause_start(start), start)


def _handed_work(doc: Doc, lo: int, end: int, lex: Lexicon) -> bool:
    """「会報を印刷会社に出してるんだけど、その印刷会社がサイバー攻撃を受けて」: the owner is
    a party given our work earlier in the message (its words, then に/へ and a verb of
    handing over), a contractor whatever its trade."""
    tokens = doc.tokens
    if lo < end and tokens[lo].pos1 == "連体詞":
        lo += 1  # 「その印刷会社」 is the one just named
    words = [t.surface for t in tokens[lo:end]]
    if not words or not any(t.pos1 == "名詞" for t in tokens[lo:end]):
        return False
    size = len(words)
    for i in range(0, lo - size):
        if [t.surface for t in tokens[i : i + size]] != words:
            continue
        after = i + size
        if tokens[after].surface not in ("に", "へ"):
            continue
        verbs = tokens[after + 1 : min(after + 4, len(tokens))]
        if any(t.lemma in lex.handing_over for t in verbs):
            return True
    return False


def _entrusted_party(doc: Doc, lo: int, end: int, lex: Lexicon) -> bool:
    """「給与計算を委託してる会社が」「集計を頼んでた業者のサーバー」: a party qualified by a
    verb of handing over our work is a contractor; past it, only its systems."""
    tokens = doc.tokens
    if lo >= end:
        return False
    at = _entrusted_head(doc, lo, end, lex)
    if at is None:
        return False
    rest = [t for t in tokens[at + 1 : end] if t.surface != "の"]
    if rest and rest[-1].lemma not in lex.vendor_systems and rest[-1].pos1 != "接尾辞":
        return False
    return handed_over_before(doc, lo, 0, lex)


# How many nouns of its trade may stand before a party's head (「印刷会社」「システム開発会社」).
_TRADE_NOUNS = 3


def _entrusted_head(doc: Doc, lo: int, end: int, lex: Lexicon) -> int | None:
    """Where the party's head (会社, 業者, 事業者) stands in tokens[lo:end], past the nouns of
    its trade (「発送を頼んでる印刷会社」), or None."""
    tokens = doc.tokens
    for at in range(lo, min(end, lo + _TRADE_NOUNS + 1)):
        head = tokens[at].lemma
        if at + 1 < end and tokens[at + 1].pos1 == "接尾辞":
            head += tokens[at + 1].surface  # 事業 + 者
        if tokens[at].lemma in lex.entrusted_heads or head in lex.entrusted_heads:
            return at
        if tokens[at].pos1 != "名詞":
            return None
    return None


def _named_as_contractor(doc: Doc, lo: int, end: int, lex: Lexicon) -> bool:
    """「システム開発委託先のベンダーから連絡…ベンダー側のサーバが不正アクセスを受け」: the
    owner's party word was named earlier as a contractor (「委託先のベンダー」「委託している
    ベンダー」); past it, only its systems or its side."""
    tokens = doc.tokens
    if lo < end and tokens[lo].pos1 == "連体詞":
        lo += 1
    if lo >= end or tokens[lo].lemma not in lex.entrusted_heads:
        return False
    rest = [t for t in tokens[lo + 1 : end] if t.surface != "の"]
    if not rest or not all(t.lemma in lex.vendor_systems or t.pos1 == "接尾辞" for t in rest):
        return False
    head = tokens[lo].lemma
    ends = {m.end for m in lex.vendor_parties.find(doc, 0, lo)}
    # 「委託先のベンダー」 names it after a contractor cue; 「委託している会社」 ends with it.
    held = {
        m.end - 1
        for m in lex.incident_cues.find(doc, 0, lo)
        if m.label == IncidentType.VENDOR_LEAK.value
    }
    ends |= {i + 1 for i in held}
    for j in range(1, lo):
        if tokens[j].lemma != head:
            continue
        if j in ends or j in held or (tokens[j - 1].surface == "の" and j - 1 in ends):
            return True
    return False


def _entrusted_before(doc: Doc, lo: int, hi: int, lex: Lexicon) -> bool:
    """「DM発送を頼んでる印刷会社から連絡。向こうのサーバーが」: a party qualified by a verb of
    handing over our work (`_entrusted_party`) stands in tokens[lo:hi], for 向こう or 同社
    after it to name."""
    tokens = doc.tokens
    for i in range(lo, hi):
        if tokens[i].lemma not in lex.handing_over:
            continue
        j = i + 1
        while j < hi and carries_aspect(tokens[j]):
            j += 1
        if j > i + 1 and j < hi and _entrusted_head(doc, j, hi, lex) is not None:
            return True
    return False


def _found_by(doc: Doc, start: int, lex: Lexicon) -> bool:
    """「接続業者が不正アクセスを確認して」: the party before the attack word is who found it
    (the object of its finding verb), not whose systems it reached."""
    tokens = doc.tokens
    i = start
    while i < len(tokens) and tokens[i].pos1 in NOUN_PHRASE_POS:
        i += 1
    return (
        i + 1 < len(tokens)
        and tokens[i].surface == "を"
        and lex.finding.contains(doc, i + 1, min(i + 3, len(tokens)))
    )


def _owner(doc: Doc, start: int, lex: Lexicon) -> tuple[int, int] | None:
    """The noun phrase owning the attack word at `start` (「委託先で発生した不正アクセス」
    「弊社システムへの攻撃」「提供事業者における不正アクセス」), as (lo, end), or None."""
    tokens = doc.tokens
    lo = doc.clause_start(start)
    at = _niokite(doc, start, doc.sentence_span(start)[0])
    if at is not None:
        first = doc.clause_start(at)
        i = noun_phrase_start(doc, at, first)
        return (i, at) if i < at else None
    if (
        lo == start
        and lo >= 2
        and tokens[lo - 1].surface in _COMMAS
        and tokens[lo - 2].surface in ("が", "は")
    ):
        # 「…クラウドの会社が、不正アクセスを受けた」: the subject set off by a comma.
        i = lo - 2
        lo = doc.clause_start(i)
    else:
        i = before_qualifier(doc, start, lo, through_niokeru=True)
    if i < lo or tokens[i].pos1 != "助詞":
        return None
    if tokens[i].surface == "の" and i - 1 >= lo and tokens[i - 1].surface in _SOURCES:
        i -= 1  # 「同社のシステムが外部からの不正アクセスを受け」: the source qualifies the attack
    by_agent = tokens[i].surface == "に" and i + 1 < start and tokens[i + 1].lemma == _BY
    # 「管理システムに第三者が不正にログイン」: a vague attacker as subject says who, not whose.
    by_origin = tokens[i].surface == "が" and _origin_before(doc, i, lo, lex)
    # 「サーバーに外部から侵入があり」「サーバーに不正アクセスがあった」: に names the target.
    targeted = by_origin or (
        tokens[i].surface == "に" and i + 1 == start and _said_of(doc, start, lex)
    )
    if tokens[i].surface in _SOURCES or by_agent or by_origin:
        # 「同社のサーバーが外部から不正アクセスを受け」「同社のサーバーが第三者による不正
        # アクセスを受け」: past where the attack came from, or who made it.
        i -= 1
        while i >= lo and tokens[i].pos1 in NOUN_PHRASE_POS:
            i -= 1
        i = _past_when(doc, i, lo, lex)
        if i == lo - 1 and lo >= 2 and tokens[i].surface in _COMMAS:
            # 「委託先のサーバーが、9月28日に外部から不正アクセスを受け」: the subject set off
            # by a comma, before when and where the attack came from.
            i -= 1
            lo = doc.clause_start(i)
        if i >= lo and tokens[i].surface == "に":
            targeted = True
        elif i < lo or tokens[i].surface not in ("が", "は", "も"):
            return None
    if tokens[i].surface == "の" and i - 1 >= lo and tokens[i - 1].pos1 == "助詞":
        i -= 1  # 「委託先での」「弊社システムへの」
    if tokens[i].surface not in _OWNER_PARTICLES and tokens[i].surface != "に":
        return None
    # 「業者さんに感染してるか調べてもらう」: only systems are a target; a party with に is
    # who was asked.
    target = targeted and i > lo and tokens[i - 1].lemma in lex.vendor_systems
    if (
        tokens[i].surface == "に"
        and not target
        and not (i + 1 < start and tokens[i + 1].lemma == "於く")
    ):
        return None
    end = i
    i = noun_phrase_start(doc, end, lo)
    if i - 1 >= lo and tokens[i - 1].pos1 == "連体詞":
        i -= 1  # 「その会社が不正アクセスを受け」: the party just named
    return (i, end) if i < end else None


def _origin_before(doc: Doc, particle: int, lo: int, lex: Lexicon) -> bool:
    """「第三者が」「何者かが」: the noun phrase before the が at `particle` is a vague
    attacker (`attack_origins`), who made the attack rather than owns what it hit."""
    i = noun_phrase_start(doc, particle, lo)
    name = "".join(t.surface for t in doc.tokens[i:particle])
    return i < particle and name in lex.attack_origins


def _said_of(doc: Doc, start: int, lex: Lexicon) -> bool:
    """The attack word at `start` is predicated right after it (「不正アクセスがあり」
    「侵入され」), not a modifier of another noun (「不正アクセスの調査を依頼」)."""
    cue = next(
        (m for m in lex.incident_cues.find(doc, start, len(doc.tokens)) if m.start == start), None
    )
    if cue is None or cue.end >= len(doc.tokens):
        return False
    after = doc.tokens[cue.end]
    return after.surface == "が" or after.lemma == "為る"


def _past_when(doc: Doc, i: int, lo: int, lex: Lexicon) -> int:
    """The token before a time that ends at `i` (「9月28日に」「昨日」), down to `lo - 1`, or
    `i` when none: it says when the attack came, not who owns what it hit."""
    tokens = doc.tokens
    j = i - 1 if i >= lo and tokens[i].surface == "に" else i
    k = j
    while k >= lo and (tokens[k].lemma in lex.time_words or tokens[k].pos2 == "数詞"):
        k -= 1
    return i if k == j else k


def _niokite(doc: Doc, start: int, lo: int) -> int | None:
    """「外部サービスにおいて不正アクセスが発生」「…において、第三者による不正アクセス」: the に
    of the 「において」 that starts the attack word's clause, past a comma and who made the
    attack (「第三者による」), or None."""
    tokens = doc.tokens
    i = start - 1
    if i - 2 >= lo and tokens[i].lemma == _BY and tokens[i - 1].surface == "に":
        i = noun_phrase_start(doc, i - 1, lo) - 1  # 「第三者による」
    if i >= 0 and tokens[i].surface in _COMMAS:
        i -= 1
    if (
        i >= 2
        and tokens[i].surface == "て"
        and tokens[i - 1].lemma == "於く"
        and tokens[i - 2].surface == "に"
    ):
        return i - 2
    return None


def maintainer_found(doc: Doc, start: int, end: int, lex: Lexicon) -> bool:
    """「サイトの保守を委託しているシステム会社が…不審なファイルを見つけ」: the contractor
    that maintains our systems found the attack there (tests/data/README.md rule 3: a
    maintenance vendor is a third party who told us), not a leak at the contractor.

    The vendor cue at tokens[start:end] follows a word for maintaining (保守, 運用), is the
    subject of its sentence's finding or reporting verb, and no leak is said in between.
    """
    tokens = doc.tokens
    before = tokens[max(0, start - 2) : start]
    if not any(t.lemma in lex.maintaining for t in before):
        return False
    if _keyed_finder(doc, start, lex):
        return True  # 「検知者：保守委託先（…）の定期点検担当者」
    i = end
    while i < len(tokens) and tokens[i].pos1 in NOUN_PHRASE_POS:
        i += 1  # 「委託しているシステム会社が」
    if i >= len(tokens) or tokens[i].surface not in ("が", "は"):
        return False
    _, last = doc.sentence_span(start)
    found = next((m for m in lex.finding.find(doc, i, last)), None)
    if found is None or lex.leak_words.contains(doc, i, found.start):
        return False
    # 「保守を委託している業者が不正アクセスを受けたと報告」: its own attack, reported.
    return not any(
        m.label in _ATTACKS and i <= m.start < found.start for m in lex.incident_cues.find(doc)
    )


def _keyed_finder(doc: Doc, start: int, lex: Lexicon) -> bool:
    """Whether the words before `start` in its line are a finder key and its colon, then
    only the maintaining words (「検知者：保守委託先」)."""
    first, _ = doc.sentence_span(start)
    head = "".join(t.surface for t in doc.tokens[first:start])
    key, colon, rest = head.partition("：")
    if not colon:
        key, colon, rest = head.partition(":")
    return bool(colon) and key.strip() in lex.finder_keys and rest.strip() in lex.maintaining


def countered(doc: Doc, end: int, lex: Lexicon) -> bool:
    """「ランサムウェア対策としてEDRを導入」「不正アクセス防止のため」「不正アクセスを防ぐため」:
    the attack word ending at `end` names what a measure is against, no attack that happened
    (`nlu.attack_measures`); or it is the means of our own (「遠隔操作による端末ロック」,
    `nlu.remote_measures`)."""
    tokens = doc.tokens
    i = end + (end < len(tokens) and tokens[end].surface == "の")
    return (
        (i < len(tokens) and tokens[i].lemma in lex.countermeasures)
        or measure_ahead(doc, end, lex)
        or remote_measure(doc, end)
    )


def told_by_contractor(doc: Doc, cue: Match, lex: Lexicon) -> bool:
    """「結果通知の封入を頼んでいる業者から、誤封入があったと報告」: an error told by a
    contractor (one given our work, or named as such) as the source before it in its
    sentence, of no error of ours (当社の誤送信): the spec's leak at the contractor."""
    first, _ = doc.sentence_span(cue.start)
    tokens = doc.tokens
    for party in lex.vendor_parties.find(doc, first, cue.start):
        after = party.end
        while after < cue.start and tokens[after].pos1 in NOUN_PHRASE_POS:
            after += 1
        if after >= cue.start or tokens[after].surface not in _SOURCES:
            continue
        if lex.writer_words.contains(doc, after, cue.start):
            continue
        named = any(
            m.label == IncidentType.VENDOR_LEAK.value and m.start <= party.start < m.end + 1
            for m in lex.incident_cues.find(doc, first, party.end)
        )
        if named or _entrusted_party(doc, party.start, party.end, lex):
            return True
    return False
