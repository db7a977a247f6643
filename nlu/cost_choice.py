"""Which cost phrase an amount is said about: the nearest one of its clause, a specific word over
the generic one it qualifies, the one kind a sentence names, and the work a provider or a lawyer
was asked to do. Read by `nlu.costs.attach_costs`, which places the amounts.
"""

from __future__ import annotations

from collections.abc import Sequence

from nlu.doc import Doc
from nlu.lexicon import GENERIC_INVESTIGATION, NOT_COST, UNKNOWN_COST, Lexicon
from nlu.phrases import Match

# 「被害範囲の調査」「侵入の有無を調べる」: the particle between a specific word and 調査.
_NAMING_PARTICLES = frozenset({"の", "を"})
# ① 不正アクセスの有無の確認 and ② 原因・被害範囲調査 (and a plain 調査): one group.
CHECK_OR_INVESTIGATION_ORDER = ("access_response", "investigation", GENERIC_INVESTIGATION)
CHECK_OR_INVESTIGATION = frozenset(CHECK_OR_INVESTIGATION_ORDER)
_CONSULTATION, _LITIGATION, _PREVENTION = "consultation", "litigation", "prevention"
# 「コンサル会社に」: the particles marking who is asked, and how many words (会社, さん) may
# stand between the provider's word and it.
_ASKED = frozenset({"に", "へ"})
_PROVIDER_SUFFIX = 2
# 「弁護士に意見書を」: at most this many tokens from a lawyer to the document they write, and
# what between them says the lawyer was consulted instead.
_AGENT_GAP = 2
_CONSULTED = frozenset({"相談"})
_MONEY_SUFFIXES = frozenset({"費", "費用", "代", "料", "料金", "代金"})
# 「振り込んだ1.2億と調査費」: the words that join an amount to another item of a list.
_LISTED_WITH = frozenset({"と", "や", "及び", "および", "並びに"})
_QUOTED_BY = frozenset({"に", "から", "より"})
# 「弁護士にも」「業者とも」: the particle between a cost word and its も ("also").
_ALSO_PARTICLES = frozenset({"に", "へ", "と", "で"})


def _joined_ambiguity(doc: Doc, before: Sequence[Match], lex: Lexicon) -> bool:
    if len(before) < 2 or before[-1].label == before[-2].label:
        return False
    if GENERIC_INVESTIGATION in (before[-1].label, before[-2].label) and (
        before[-1].start - before[-2].end == 0
    ):
        return False  # 「フォレンジック調査」: the specific word decides
    between = [t.surface for t in doc.tokens[before[-2].end : before[-1].start]]
    # 「調査費と復旧費で500万」: the first cost's money suffix stands before the joiner.
    if len(between) == 2 and between[0] in _MONEY_SUFFIXES:
        between = between[1:]
    return len(between) == 1 and between[0] in lex.joiners


def _head(doc: Doc, cue: Match, lex: Lexicon) -> bool:
    """「通信遮断の対応費」: a cost word whose purpose the word before it names."""
    return doc.text[doc.starts[cue.start] : doc.ends[cue.end - 1]] in lex.qualified_heads


def named_heads(doc: Doc, cues: list[Match], lex: Lexicon) -> list[Match]:
    """Each cost word of no purpose of its own (`_head`) right after a covered one, maybe
    with の, as that one's key: 「EDRの入れ替え」 is a measure (⑥) wherever its amount is said
    (「再発防止でEDRの入れ替えを発注しました。発注額は…」), not one of no coverage."""
    named = list(cues)
    for i, cue in enumerate(cues):
        if i and _litigation_lawyer(doc, cues[i - 1], cue, lex):
            named[i] = cue._replace(label=_LITIGATION)  # 「応訴の弁護士費用」: ⑦ (rule 10)
            continue
        if i == 0 or not _head(doc, cue, lex):
            continue
        word = cues[i - 1]
        gap = doc.tokens[word.end : cue.start]
        if (
            word.label not in (UNKNOWN_COST, NOT_COST, cue.label)
            and word.end <= cue.start
            and all(t.surface == "の" for t in gap)
            and len(gap) <= 1
        ):
            named[i] = cue._replace(label=word.label)
    return named


def _litigation_lawyer(doc: Doc, word: Match, lawyer: Match, lex: Lexicon) -> bool:
    """「応訴の弁護士費用」「訴訟の弁護士費用」: a lawyer named, right after it with の, by the
    suit they defend, is paid for the litigation (⑦), not consulted (③). Any other word
    before (「再発防止の弁護士費用」) leaves the lawyer ③ (rule 10)."""
    gap = doc.tokens[word.end : lawyer.start]
    return (
        word.label == _LITIGATION
        and _written(doc, lawyer) in lex.litigation_agents
        and len(gap) == 1
        and gap[0].surface == "の"
    )


def _qualifies(doc: Doc, specific: Match, generic: Match) -> bool:
    """「フォレンジック調査」「被害範囲の調査」: the specific word names the plain 調査."""
    between = doc.tokens[specific.end : generic.start]
    return specific.end <= generic.start and (
        not between or (len(between) == 1 and between[0].surface in _NAMING_PARTICLES)
    )


def _agent_of(doc: Doc, agent: Match, cues: Sequence[Match], lex: Lexicon) -> bool:
    """「弁護士に意見書を作ってもらって」「弁護士の鑑定書」: a lawyer named as who writes the
    litigation document said right after, not consulted (「弁護士に相談して意見書」)."""
    if doc.text[doc.starts[agent.start] : doc.ends[agent.end - 1]] not in lex.litigation_agents:
        return False
    for cue in cues:
        if cue.label == _LITIGATION and agent.end <= cue.start <= agent.end + _AGENT_GAP:
            between = doc.tokens[agent.end : cue.start]
            return not any(t.lemma in _CONSULTED for t in between)
    return _litigation_of_source(doc, agent, cues, lex) is not None


def _litigation_of_source(
    doc: Doc, agent: Match, cues: Sequence[Match], lex: Lexicon
) -> Match | None:
    """「意見書作成の費用が、弁護士から見積もりで50万」: the litigation word of the sentence of
    a lawyer the cost comes from (quoted or billed by), unless the lawyer was consulted."""
    after = doc.tokens[agent.end].surface if agent.end < len(doc.tokens) else ""
    if after not in lex.litigation_agent_sources:
        return None
    lo, hi = doc.sentence_span(agent.start)
    if any(t.lemma in _CONSULTED for t in doc.tokens[lo:hi]):
        return None
    found = [c for c in cues if c.label == _LITIGATION and lo <= c.start < hi]
    return found[-1] if found else None


def _retained_for(doc: Doc, fee: Match, cues: Sequence[Match], lex: Lexicon) -> Match | None:
    """What a lawyer's fee (着手金) was retained for: the litigation word before it in its
    sentence (「弁護士に訴訟対応を依頼し、着手金が40万円」), else the one the message's other
    cost words name alone (「弁護士に訴訟対応を頼みました。着手金は50万円です」); with no
    litigation word before it, the fee itself (③); with one that decides nothing
    (「訴訟になりそうなので弁護士を頼みました。着手金30万円」), None: ③ or ⑦ is not told."""
    lo, _ = doc.sentence_span(fee.start)
    before = [c for c in cues if c.label == _LITIGATION and c.start < fee.start]
    if not before:
        return fee
    if before[-1].start >= lo:
        return before[-1]
    others = [c for c in cues if _written(doc, c) not in lex.retainers]
    kind = only_kind(doc, others, lex)
    return kind if kind is not None and kind.label == _LITIGATION else None


def _written(doc: Doc, cue: Match) -> str:
    return doc.text[doc.starts[cue.start] : doc.ends[cue.end - 1]]


def only_kind(doc: Doc, cues: Sequence[Match], lex: Lexicon) -> Match | None:
    """The one kind of cost among `cues`.

    A plain 調査 gives way to a specific word only where that word names it
    (「フォレンジック調査」); 「調査 220万／お詫び状 18万」 names two kinds.
    """
    labels = {c.label for c in cues}
    plain = [c for c in cues if c.label == GENERIC_INVESTIGATION]
    specific = [c for c in cues if c.label != GENERIC_INVESTIGATION]
    if (
        len(labels) == 2
        and plain
        and all(any(_qualifies(doc, s, g) for s in specific) for g in plain)
    ):
        labels.discard(GENERIC_INVESTIGATION)
    lawyers = [c for c in cues if c.label == _CONSULTATION]
    # 「顧問弁護士」 may be found as 顧問 and 弁護士: the first qualifies the second.
    heads = [c for c in lawyers if not any(o.start == c.end for o in lawyers)]
    if labels == {_CONSULTATION, _LITIGATION} and all(_agent_of(doc, c, cues, lex) for c in heads):
        labels = {_LITIGATION}
    if len(labels) > 1 and labels <= CHECK_OR_INVESTIGATION:
        # 「フォレンジック業者に有無の確認を依頼 …費用は300万」: ① and ② are one group with
        # one limit; a check for access (①) is what the specific words name first.
        labels = {next(label for label in CHECK_OR_INVESTIGATION_ORDER if label in labels)}
    if len(labels) != 1:
        return None
    label = labels.pop()
    return next(c for c in reversed(cues) if c.label == label)


def cue_for(
    doc: Doc, first: int, last: int, cues: Sequence[Match], lex: Lexicon, others: Sequence[int]
) -> Match | None:
    """The cost word an amount (tokens first..last) is said with; `others` are where the
    message's other amounts start."""
    clause = doc.clause_of[first]
    in_clause = [c for c in cues if doc.clause_of[c.start] == clause]
    before = [c for c in in_clause if c.end <= first]
    # 「2,000万円の損害賠償請求」: a cost named right after its amount.
    for cue in in_clause:
        right_after = cue.start == last or (
            cue.start == last + 1 and doc.tokens[last].surface == "の"
        )
        if right_after and not _billed_by_provider(doc, cue, before, lex):
            return cue
    if _joined_ambiguity(doc, before, lex):
        return None
    if before:
        nearest = before[-1]
        if nearest.label == GENERIC_INVESTIGATION or _head(doc, nearest, lex):
            # 「フォレンジック調査」「通信遮断の対応費」: the specific word decides.
            specific = [
                c
                for c in before
                if c.label not in (GENERIC_INVESTIGATION, nearest.label)
                and 0 <= nearest.start - c.end <= 1
                and all(t.surface == "の" for t in doc.tokens[c.end : nearest.start])
            ]
            return specific[-1] if specific else nearest
        if nearest.label == _PREVENTION:
            # 「コンサル会社に再発防止の計画づくりをお願いして50万円」: the consultant asked is
            # who is paid, even when the topic is recurrence prevention (rule 10).
            asked = [c for c in before if c.label == _CONSULTATION and _asked(doc, c, nearest)]
            if asked:
                return asked[-1]
        if nearest.label == _CONSULTATION:
            text = doc.text[doc.starts[nearest.start] : doc.ends[nearest.end - 1]]
            if text in lex.litigation_agents:
                return _litigation_of_source(doc, nearest, cues, lex) or nearest
            if text in lex.retainers:
                return _retained_for(doc, nearest, cues, lex)
        return nearest
    after = [c for c in in_clause if c.start >= last]
    if after and _listed_before(doc, last, after[0]):
        return None  # 「振り込んだ1.2億と調査費が出るか」: another item than that cost
    if after:
        # 「見積 180万、駆除とEDRで45万」: a word between this amount and the next in its
        # clause names the next one, when this one has none before it.
        if any(after[0].end <= i and doc.clause_of[i] == clause for i in others if i > first):
            return None
        return after[0]
    lo, hi = doc.sentence_span(first)
    if any(lex.separate_item.match(doc.text, doc.starts[i]) for i in (lo, doc.clause_start(first))):
        return None  # 「ほかにサーバー入れ替えが200万」: not one of the costs said before
    # A word after this amount and before another in that one's clause is the other's
    # (「見積 180万、駆除で45万」); one said before both may be theirs (「見舞金 個人1,000円、
    # 法人3万円」).
    free = [
        c
        for c in cues
        if c.start < last
        or not any(c.end <= i and doc.clause_of[i] == doc.clause_of[c.start] for i in others)
    ]
    in_sentence = [c for c in free if lo <= c.start < hi]
    if in_sentence:
        labels = {c.label for c in in_sentence}
        if labels == {_CONSULTATION, _PREVENTION} and _consultant_asked(doc, in_sentence):
            # 「コンサルに再発防止計画を作ってもらうので 55万」: who is paid (rule 10).
            return next(c for c in in_sentence if c.label == _CONSULTATION)
        return only_kind(doc, in_sentence, lex)
    # 「…6,600円 × 150台。あとコンサルに再発防止計画を作ってもらうので 55万」: a word after
    # this amount in the sentence of a later amount is that amount's.
    later = {doc.sentence_of[i] for i in others if i > first}
    free = [c for c in free if c.start < last or doc.sentence_of[c.start] not in later]
    # 「金額は11万円×3点です。念のため弁護士にも相談しようと思ってます」: a cost word said
    # "also" in a later sentence is another matter than the amount before it.
    free = [c for c in free if c.start < hi or not _also(doc, c)]
    return only_kind(doc, free, lex) if free else None


def _listed_before(doc: Doc, last: int, cue: Match) -> bool:
    """The amount ending at `last` joined by と/や to the cost word right after it: two items
    of one list, so the word is not the amount's purpose. Not a quote's と said to whoever
    named the price (「300万と調査会社に言われた」)."""
    if cue.start != last + 1 or doc.tokens[last].surface not in _LISTED_WITH:
        return False
    end = cue.end
    while end < len(doc.tokens) and doc.tokens[end].pos1 in ("名詞", "接尾辞"):
        end += 1  # 「調査会社に」: the word the cost word starts
    return end >= len(doc.tokens) or doc.tokens[end].surface not in _QUOTED_BY


def _consultant_asked(doc: Doc, cues: Sequence[Match]) -> bool:
    """「コンサルに再発防止計画を作ってもらうので 55万」: a consultant asked about the measure
    named after it is who is paid (rule 10), wherever the amount stands."""
    topics = [c for c in cues if c.label == _PREVENTION]
    return any(
        _asked(doc, c, topic)
        for c in cues
        if c.label == _CONSULTATION
        for topic in topics
        if c.end <= topic.start
    )


def _asked(doc: Doc, provider: Match, topic: Match) -> bool:
    """「コンサル会社に」「弁護士さんに」「コンサルタントへ」: the provider, maybe with a word
    naming its kind, marked as the one asked, before the topic."""
    for i in range(provider.end, min(provider.end + _PROVIDER_SUFFIX + 1, topic.start)):
        surface = doc.tokens[i].surface
        if surface in _ASKED:
            return True
        if doc.tokens[i].pos1 == "助詞" or surface in ("、", "。"):
            return False
    return False


def _also(doc: Doc, cue: Match) -> bool:
    """「弁護士にも」「コールセンターも」: the cost word is said with も, maybe after a particle."""
    after = [t.surface for t in doc.tokens[cue.end : cue.end + 2]]
    return after[:1] == ["も"] or (
        len(after) == 2 and after[0] in _ALSO_PARTICLES and after[1] == "も"
    )


def _billed_by_provider(doc: Doc, verb: Match, before: Sequence[Match], lex: Lexicon) -> bool:
    """「弁護士から相談料として30万請求されました」: a bare claim verb after the amount, where
    a provider of a covered service bills (a cost word followed by から) for what a later
    cost word names: that word is the purpose, our own bill is no damages claim. A party
    that names no cost (「取引先から調査費として300万請求」) keeps the claim damages."""
    if verb.label != "damages" or doc.text[doc.starts[verb.start]] != "請":
        return False
    if not before or before[-1].label in ("damages", UNKNOWN_COST, NOT_COST):
        return False
    # 「調査会社から」「フォレンジック業者から」: the provider's kind (業者: two tokens) between.
    return any(
        c.label not in ("damages", UNKNOWN_COST, NOT_COST)
        and any(
            doc.tokens[i].surface in lex.litigation_agent_sources
            for i in range(c.end, min(c.end + 3, before[-1].start))
        )
        for c in before[:-1]
    )
