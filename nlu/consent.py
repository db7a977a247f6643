"""Whether the insurer consented before the money was spent (※3)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from nlu.consent_later import told_later
from nlu.consent_said import insurer_said
from nlu.consent_skipped import skipped_after
from nlu.consent_until import held_until
from nlu.doc import Doc, make_doc
from nlu.intent import asking_sentences
from nlu.kana_words import kana_matches, written_or_heard
from nlu.lexicon import Lexicon
from nlu.phrases import Match
from nlu.polarity import (
    Polarity,
    polarity,
    preceded_by_negating_prefix,
    scope_after,
)
from nlu.tokens import Token

# The か of 「払ったかどうか」 comes within this many tokens after the spending word (し, た).
_WHETHER_AT = 3


class ConsentReading(NamedTuple):
    """The insurer's consent (※3) as one message states it.

    `given`: True (同意を得た, 了承済み), False (同意なしで支出), or None. `pending`: consent
    said to be not yet obtained while nothing is said to be spent (「同意はまだ取ってない
    です」): no fact, but a statement the conversation answers with the consent rule rather
    than not understanding it. `withheld`: consent plainly said to be missing (not a
    guess), whether or not this message says money was spent; `spent`: the message says
    money was spent or ordered. A conversation that states both, in any messages, states a
    refusal (see `nlu.facts_builder`). `unpaid`: the message says nothing was paid yet, or
    doubts whether it was (「支払い済みかどうかは未確認」), so amounts said before were not
    shown to be spending.
    """

    given: bool | None
    pending: bool
    withheld: bool = False
    spent: bool = False
    unpaid: bool = False


def read_consent(doc: Doc, lex: Lexicon, *, incurred: bool = False) -> ConsentReading:
    """The insurer's consent as the message states it.

    Consent not (yet) obtained is a refusal only once money was spent or ordered
    (「同意はまだ取っていません」 alone leaves it open, and is `pending`); consent to come
    (「これから取ります」) is not consent but not yet, as まだ. `incurred`: the message
    states a cost as spent (an amount said with no estimate or plan, see `costs_incurred`).
    """
    result: bool | None = None
    pending = withheld = False
    # 「コールセンターが90万。…まだ何も払ってません」: the amounts are prices, not spending;
    # so they are when spending itself is said not to have come yet (「発注もまだです」).
    unpaid = lex.consent_unpaid.contains(doc) or any(
        _not_yet(doc, match.end, lex)
        for match in (*lex.spent.find(doc), *lex.spending_nouns.find(doc))
    )
    # 「弁護士相談 30万。同意はこれから取ります」: consent to come, so the costs are too.
    to_come = any(
        match.label == "consent"
        and lex.consent_to_come.contains(doc, *doc.sentence_span(match.start))
        for match in _cues(doc, lex)
    )
    said_spent = [_spent_said(doc, match.end, lex) for match in lex.spent.find(doc)]
    # 「発注はしてません」「契約は見合わせています」: spending denied or held off, so the
    # amounts said are prices, as with 「まだ」.
    unpaid = unpaid or Polarity.NEGATED in said_spent or _order_held(doc, lex)
    # 「支払い済みかどうかは未確認」: whether it was paid is not known, so neither are the
    # amounts said with it.
    doubted = Polarity.HEDGED in said_spent
    spent = (incurred and not unpaid and not to_come and not doubted) or any(
        not _not_yet(doc, match.end, lex)  # 「発注もまだです」
        and not preceded_by_negating_prefix(doc, match.start, lex)  # 「（未発注）」
        # 「契約している監視会社」「導入しているEDR」: a standing arrangement named, not
        # money spent on this incident.
        and not _names_arrangement(doc, match.end)
        and not (match.end < len(doc.tokens) and doc.tokens[match.end].lemma in lex.spent_not_yet)
        and not _held_off(doc, match.end, lex)  # 「まだ発注は止めています」
        # 「頼んだら150万って言われました」: a sentence that quotes or supposes a price says
        # nothing was spent yet, as it does of the amounts in it (`costs_incurred`).
        and not _unspent(doc, *doc.sentence_span(match.start), lex, told_later=True)
        # 「発注はしていません」 denies it; 「発注してもいいですか？」 asks leave to.
        and state not in (Polarity.NEGATED, Polarity.ASKED, Polarity.HEDGED)
        for match, state in zip(lex.spent.find(doc), said_spent, strict=True)
    )
    if any(not _asked_of(doc, match.end, lex) for match in lex.consent_refused.find(doc)):
        result = False
    # 「保険会社にはまだ何も言ってない」 is consent missing, as 「同意未取得」 is: a refusal
    # only once money was spent or ordered (labelling rule 6), else still to be obtained.
    told_nothing = any(
        _insurer_in(doc, *doc.sentence_span(match.start), lex)
        for match in lex.consent_refused_if_insurer.find(doc)
    )
    asking = asking_sentences(doc, lex)
    # 「保険会社にはこれから代理店経由で連絡します」: told only later, words between.
    told_nothing = told_nothing or any(
        doc.sentence_of[i] not in asking and _insurer_in(doc, *doc.sentence_span(i), lex)
        for i in told_later(doc)
    )
    missing = any(
        doc.sentence_of[match.start] not in asking and not _of_another(doc, match.start, lex)
        for match in lex.consent_missing.find(doc)
    )
    if missing or told_nothing:
        if spent:
            result = False
        else:
            withheld = pending = True
    for match in _cues(doc, lex):
        if match.label != "consent":
            continue
        first, last = doc.sentence_span(match.start)
        if _of_another(doc, match.start, lex):
            continue
        if held_until(doc, match.end, last):
            # 「同意をもらうまでは出さないこと」「同意が取れるまでは発注を止めています」: the
            # spending waits for consent: not given, not refused, nothing spent yet.
            pending = unpaid = True
            continue
        lo, hi = _before_aside(doc, *scope_after(doc, match.end))
        hi = _cause_end(doc, lo, hi)
        given = lex.consent_given.contains(doc, lo, hi) and (
            _completed(doc, lo, hi, lex)
            or _completed_later(doc, hi, lex)
            or _noun_ended(doc, lo, last, lex)
        )
        state = polarity(doc, lo, hi, lex, affirm_if=given)
        if state is not Polarity.HEDGED and _bare_given(doc, match.end, lex):
            state = Polarity.AFFIRMED  # 「同意もOK」「同意yes」
        if state is Polarity.NEUTRAL and _spent_upon(doc, match.end, lex):
            state = Polarity.AFFIRMED  # 「御社了承の上での支出です」
        if state is Polarity.NEUTRAL and insurer_said(
            doc,
            match,
            _insurer_in(doc, first, match.start, lex),
            _insurer_in(doc, 0, len(doc.tokens), lex),
        ):
            state = Polarity.AFFIRMED  # 「保険会社OKです」「支出に同意いたします。日新火災」
        if _before(doc, match.end, hi, lex) or _not_yet(doc, match.end, lex):
            state = Polarity.NEGATED  # 「同意を取る前に発注」「同意：未」: spent before consent
        elif state is Polarity.NEUTRAL and lex.consent_to_come.contains(doc, first, last):
            state = Polarity.NEGATED  # 「同意はこれから取ります」: not yet, as 「まだ」
        negated = preceded_by_negating_prefix(doc, match.start, lex) or state is Polarity.NEGATED
        if negated or state is Polarity.AFFIRMED:
            # 「同意はもらってると思います」: a guess states nothing either way.
            guessed = lex.consent_hedges.contains(
                doc, match.start, doc.sentence_span(match.start)[1]
            )
            if guessed:
                pending = pending or negated
                continue
        if negated:
            withheld = True
            if spent:
                result = False
            else:
                pending = True
        elif state is Polarity.AFFIRMED:
            result = True
    # Doubt over whether money went out takes back the spending said before, as unpaid does.
    unpaid = unpaid or (doubted and not spent)
    return ConsentReading(result, pending and result is None, withheld, spent, unpaid)


# 「了承をいただきましたので入られたかどうかを調べる調査を…」: a past verb and a particle of
# cause end what was said of consent; the doubt after it is the next clause's (set 27).
_CAUSES = ("ので", "から")
# 「同意はまだもらってないので発注はしてません」: a negation before the particle of cause
# ends it too, so the denial of the order after it does not cancel the consent's own.
_CAUSE_ENDINGS = frozenset({"た", "ない", "ず"})


def _cause_end(doc: Doc, lo: int, hi: int) -> int:
    """`hi`, or the end of the first 「…たので」「…ないので」「…ませんから」 in tokens lo..hi."""
    for i in range(lo, hi):
        token = doc.tokens[i]
        ending = token.surface == "た" or (token.pos1 == "助動詞" and token.lemma in _CAUSE_ENDINGS)
        if ending and doc.text.startswith(_CAUSES, doc.ends[i]):
            return doc.token_at(doc.ends[i] + 1) + 1
    return hi


def _cues(doc: Doc, lex: Lexicon) -> list[Match]:
    """The consent words, with those typed in hiragana (「りょうかいをもらって」) in text order."""
    return written_or_heard(lex.consent_cues.find(doc), doc, lex.consent_cue_readings)


def _insurer_in(doc: Doc, lo: int, hi: int, lex: Lexicon) -> bool:
    """Whether tokens[lo:hi] name the insurer, written or typed in hiragana (「ほけん会社」)."""
    if lex.consent_insurer.contains(doc, lo, hi):
        return True
    return any(lo <= m.start < hi for m in kana_matches(doc, lex.consent_insurer_readings))


# 「契約は」「依頼も」: the particle that makes a noun of spending the clause's topic.
_TOPIC_MARKS = frozenset({"は", "も", "を", "が"})


def _order_held(doc: Doc, lex: Lexicon) -> bool:
    """「契約は見合わせています」「依頼はしていません」: a noun of spending, made the topic,
    held off or denied in its clause (「契約内容は…」 names no spending)."""
    tokens = doc.tokens
    for match in lex.spending_nouns.find(doc):
        if match.end >= len(tokens) or tokens[match.end].surface not in _TOPIC_MARKS:
            continue
        lo, hi = scope_after(doc, match.end, extend=False)
        denied = polarity(doc, lo, hi, lex, affirm_if=True) is Polarity.NEGATED
        if denied or _held_off(doc, match.end, lex):
            return True
    return False


def _held_off(doc: Doc, end: int, lex: Lexicon) -> bool:
    """「発注は止めています」「契約は見合わせています」: the spending word's clause holds it
    off, so nothing is spent or ordered yet."""
    lo, hi = scope_after(doc, end, extend=False)
    return any(token.lemma in lex.spent_held for token in doc.tokens[lo:hi])


def _spent_said(doc: Doc, end: int, lex: Lexicon) -> Polarity:
    """Whether the spending word is said, denied, asked, or doubted: HEDGED only for the
    question whether it was (「支払い済みかどうかは未確認」「払ったか不明」); a relayed
    「開設してしまったようです」 still says it was spent."""
    lo, hi = scope_after(doc, end, extend=False)
    state = polarity(doc, lo, hi, lex, affirm_if=True)
    whether = any(t.surface == "か" for t in doc.tokens[lo : min(hi, lo + _WHETHER_AT)])
    if state is Polarity.HEDGED and not whether:
        return Polarity.AFFIRMED
    return state


# 「了承の上で」: 上 (lemma) after の, upon the consent.
_UPON = "上"
# The auxiliary of wanting (「同意の上で発注したい」): a wish, nothing done.
_WISH = "たい"


def _spent_upon(doc: Doc, end: int, lex: Lexicon) -> bool:
    """「いずれも御社了承の上での支出です」「同意の上で発注しました」: money spent upon the
    consent, later in its sentence, so the consent came first. A plan, an estimate or a
    wish (「同意の上で発注する予定」「発注したい」) spends nothing, and states no consent."""
    tokens = doc.tokens
    if end + 1 >= len(tokens) or tokens[end].surface != "の" or tokens[end + 1].lemma != _UPON:
        return False
    first, last = doc.sentence_span(end)
    if _unspent(doc, first, last, lex) or any(t.lemma == _WISH for t in tokens[end:last]):
        return False
    spent = lex.spent.find(doc, end + 2, last)
    return any(_spent_said(doc, m.end, lex) is Polarity.AFFIRMED for m in spent)


# The aspect auxiliary of 「〜している」「〜してる」 (lemmas), after the te-form's て/で.
_ASPECT = frozenset({"居る", "てる"})


def _names_arrangement(doc: Doc, end: int) -> bool:
    """「契約している監視会社」「導入しているEDRが」: the spending verb in 〜ている right
    before a noun describes that noun (a contract or a tool in place), it says nothing of
    money spent on the incident; 「もう契約しています」 still does."""
    tokens = doc.tokens
    i = end
    if i < len(tokens) and tokens[i].surface in ("て", "で") and tokens[i].pos1 == "助詞":
        i += 1
    if i >= len(tokens) or tokens[i].lemma not in _ASPECT:
        return False
    return i + 1 < len(tokens) and tokens[i + 1].pos1 == "名詞"


def _asked_of(doc: Doc, end: int, lex: Lexicon) -> bool:
    """「事後報告でも大丈夫ですか？」 asks whether it may be done; 「勝手に発注しちゃった
    けど大丈夫？」 says it was, and asks only after."""
    scope = scope_after(doc, end, extend=False)
    return polarity(doc, *scope, lex, affirm_if=True) is Polarity.ASKED


def _of_another(doc: Doc, at: int, lex: Lexicon) -> bool:
    """The consent of someone other than the insurer, with no insurer in the sentence.

    「本人の同意なく第三者に提供」 names the other party in the clause; 「送信先の事業者様には
    事情をご説明し、ご了承をいただきました」 names the one asked earlier in the sentence, marked
    に/から/より; 「写真を許可なく広告に使用」 is leave to use someone's content or data, which
    no insurer gives (※3 is consent to spend).
    """
    first, last = doc.sentence_span(at)
    if _insurer_in(doc, first, last, lex):
        return False
    clause_end = doc.clause_end(at)
    if lex.consent_other_parties.contains(doc, doc.clause_start(at), clause_end):
        return True
    if any(
        _asked_party(doc, m.end) and not _list_separated(doc, m.end, at)
        for m in lex.consent_other_parties.find(doc, first, at)
    ):
        return True
    if any(
        _asked_party(doc, k + 1) and not _list_separated(doc, k + 1, at)
        for k in [*_described_persons(doc, first, at, lex), *_honoured(doc, first, at)]
    ):
        return True
    return lex.consent_other_acts.contains(doc, at, clause_end)


# 「H設備様には…ご了承いただいております」: the suffix that honours a party by name.
_HONORIFICS = frozenset({"様", "さま", "殿"})


def _honoured(doc: Doc, lo: int, hi: int) -> list[int]:
    """The honorific suffixes of parties named in tokens lo..hi (「H設備様」「田中様」): someone
    the company deals with; the insurer, when named, is caught before."""
    return [
        k
        for k in range(max(lo, 1), hi)
        if doc.tokens[k].surface in _HONORIFICS and doc.tokens[k].pos1 == "接尾辞"
    ]


def _described_persons(doc: Doc, lo: int, hi: int, lex: Lexicon) -> list[int]:
    """「受信された方」「購入した人」: a person noun right after a verb or an auxiliary, the
    end of a clause that describes them (「担当の方」 is named by の instead)."""
    tokens = doc.tokens
    return [
        k
        for k in range(max(lo, 1), hi)
        if tokens[k].lemma in lex.consent_described_persons
        and tokens[k].pos1 == "名詞"
        and tokens[k - 1].pos1 in ("動詞", "助動詞")
    ]


# 「送信先の事業者様には」「ご本人から」: the particles that mark the one asked for consent.
_ASKED_MARKS = frozenset({"に", "から", "より"})


# 「受信者からの連絡で発覚/弁護士相談 11万/同意済」: a shorthand list's items are statements
# of their own, so a party named in one is not the one who consents in another.
_LIST_MARKS = frozenset({"/", "／", "|", "｜", ":", "：", "\n"})


def _list_separated(doc: Doc, lo: int, hi: int) -> bool:
    return any(t.surface in _LIST_MARKS for t in doc.tokens[lo:hi])


def _asked_party(doc: Doc, end: int) -> bool:
    """Whether the party named just before `end` is marked as the one asked (「送信先の事業者
    様には」): a short noun phrase (の, nouns, 様), then に/から/より not heading a verb
    (「お客様について」「顧客に対して」 name a topic, not the one who agrees)."""
    tokens = doc.tokens
    for i in range(end, min(end + 6, len(tokens))):
        token = tokens[i]
        if token.surface in _ASKED_MARKS and token.pos1 == "助詞":
            following = tokens[i + 1] if i + 1 < len(tokens) else None
            return following is None or following.pos1 != "動詞"
        if not (token.pos1 in ("名詞", "接尾辞", "接頭辞") or token.surface == "の"):
            return False
    return False


_OPENING = frozenset({"(", "（"})
# 「同意？取ってないです…事後報告でいけます？」: a trailing-off mark ends the statement, and
# the question after it asks about something else; the answer before it stands.
_TRAILING = frozenset({"…", "……", "...", "..", "‥", "・・・", "・・"})


def _before_aside(doc: Doc, lo: int, hi: int) -> tuple[int, int]:
    """「同意はこれから取ります（まだ何も払ってません）」: an aside in brackets after the
    statement is a statement of its own, so its negation is not the consent's. A bracket
    right after the cue (「同意（保険会社の）は…」) opens no aside. A trailing-off mark
    (「…」) after a statement ends it too."""
    for i in range(lo, hi):
        if doc.tokens[i].surface in _OPENING or doc.tokens[i].surface in _TRAILING:
            said = any(t.pos1 not in ("助詞", "補助記号") for t in doc.tokens[lo:i])
            return (lo, i) if said else (lo, hi)
    return lo, hi


def costs_incurred(doc: Doc, spans: Sequence[tuple[int, int]], lex: Lexicon) -> bool:
    """Whether a cost amount (its character span) is stated as spent or ordered.

    「調査費が120万でした」「- 原因調査 450万」 state money spent; an amount in a question
    or in a sentence that calls it an estimate, a plan or a supposition (「見積もり200万」
    「かかりそう」「払ったら？」) does not. Nor does a bare amount in a message that calls
    another of its amounts an estimate (「コールセンターの見積：…\nお詫びのDM：2,000通 ×
    150円」): the lines are one quote, and only a word of spending says it was spent.
    """
    asking = asking_sentences(doc, lex)
    if spans and _estimates_heading(doc, spans, lex):
        return False
    bare = False
    for start, _ in spans:
        sentence = doc.sentence_of[doc.token_at(start)]
        if sentence in asking:
            continue
        first, last = doc.sentence_span(doc.token_at(start))
        if _unspent(doc, first, last, lex):
            return False
        bare = True
    return bare


def _estimates_heading(doc: Doc, spans: Sequence[tuple[int, int]], lex: Lexicon) -> bool:
    """「見積もりがそろったので整理しました。\n原因・経緯の調査 300万\n弁護士 80万」: the
    sentence right before the first amount's, holding no amount, calls the lines after it
    estimates."""
    first_sentence = min(doc.sentence_of[doc.token_at(start)] for start, _ in spans)
    if first_sentence == 0:
        return False
    at = doc.token_at(min(start for start, _ in spans))
    lo, _ = doc.sentence_span(at)
    before, _ = doc.sentence_span(lo - 1)
    if any(before <= doc.token_at(start) < lo for start, _ in spans):
        return False
    return _unspent(doc, before, lo, lex, told_later=True)


def _unspent(doc: Doc, first: int, last: int, lex: Lexicon, *, told_later: bool = False) -> bool:
    """Whether tokens[first:last] call a cost an estimate, a plan or a supposition.

    「なら」 is matched by its lemma, the copula だ, which every 「…で、」 and 「…だ」 shares:
    only the conditional form itself supposes (「まだで、もう払ってしまいました」 does not).
    With `told_later`, a plan said in a clause that names the insurer (「発注済みで、保険会社
    にはこれから連絡します」) is the telling to come, not the spending.
    """
    return any(
        not (m.end - m.start == 1 and _plain_copula(doc.tokens[m.start]))
        and not (told_later and _of_insurer_clause(doc, m.start, lex))
        and not skipped_after(doc, m.end)  # 「見積もりも取らずに発注」: no quote at all
        for m in lex.consent_unspent.find(doc, first, last)
    )


def _of_insurer_clause(doc: Doc, at: int, lex: Lexicon) -> bool:
    return _insurer_in(doc, doc.clause_start(at), doc.clause_end(at), lex)


def _plain_copula(token: Token) -> bool:
    return token.lemma == "だ" and token.pos1 == "助動詞" and not token.surface.startswith("なら")


def _completed(doc: Doc, lo: int, hi: int, lex: Lexicon) -> bool:
    """Done, not planned: a past tense, 済み, or ている (「同意を得ています」).

    「同意が取れたら発注します」: たら shares the past's lemma but supposes.
    """
    return any(
        (t.lemma == "た" and t.pos1 == "助動詞" and t.surface not in ("たら", "だら"))
        or t.lemma in lex.completed_lemmas
        for t in doc.tokens[lo:hi]
    ) or any(t.surface in lex.completed_surfaces for t in doc.tokens[lo:hi])


def _completed_later(doc: Doc, hi: int, lex: Lexicon) -> bool:
    """「同意を得て、発注しました」: a te-form takes the tense of the verb it chains to."""
    if hi == 0 or hi >= len(doc.tokens):
        return False
    last = [t for t in doc.tokens[:hi] if t.pos1 != "補助記号"][-2:]
    if last and last[-1].surface == "から":  # 「了承を得てから発注しました」
        last = last[:-1]
    if not last or last[-1].pos2 != "接続助詞":
        return False
    _, sentence_end = doc.sentence_span(hi - 1)
    return _completed(doc, hi, sentence_end, lex) or _noun_ended(doc, hi, sentence_end, lex)


def _noun_ended(doc: Doc, lo: int, hi: int, lex: Lexicon) -> bool:
    """「了承をもらってからフォレンジックを発注」: a memo's sentence that ends in the noun of
    spending states it done, as its past would; 「発注予定」 plans it."""
    said = [i for i in range(lo, hi) if doc.tokens[i].pos1 != "補助記号"]
    ended = bool(said) and any(m.end == said[-1] + 1 for m in lex.spent.find(doc, lo, hi))
    return ended and not _unspent(doc, lo, hi, lex)


def _before(doc: Doc, cue_end: int, hi: int, lex: Lexicon) -> bool:
    """「同意前に」「同意を得る前に」: 前 right after the cue or a verb of getting it."""
    for i in range(cue_end, hi):
        token = doc.tokens[i]
        if token.lemma == "前" and token.pos1 == "名詞":
            previous = doc.tokens[i - 1]
            # 「同意を得る前に」, and 「同意取得前に」 with the noun of getting it.
            return i == cue_end or (
                previous.pos1 in ("動詞", "名詞") and lex.consent_given.contains(doc, cue_end, i)
            )
    return False


def _bare_given(doc: Doc, cue_end: int, lex: Lexicon) -> bool:
    """「同意OK」「保険会社の同意もOK」「同意yes」: a value of given, with no colon, ends the
    statement right after the cue.

    Only the end of the sentence or the clause, a copula or a mark may follow; 「同意OKですか」
    asks and 「同意OKなら」 supposes.
    """
    tokens = doc.tokens
    i = cue_end
    if i < len(tokens) and tokens[i].surface in ("も", "は"):
        i += 1
    if i >= len(tokens) or tokens[i].surface not in lex.consent_bare_given:
        return False
    for k in range(i + 1, len(tokens)):
        token = tokens[k]
        if doc.clause_of[k] != doc.clause_of[i]:
            break
        if token.surface in ("?", "？", "か"):
            return False
        if token.pos1 != "補助記号" and token.lemma not in ("です", "だ", "た"):
            return False
    return True


def _not_yet(doc: Doc, cue_end: int, lex: Lexicon) -> bool:
    """「同意：未」「同意はまだです」: not yet, and nothing after it in the statement.

    A particle or a colon may stand between; after 未 / まだ only the end of the sentence,
    a copula, a mark or a space may follow (「同意はまだ取れる」 is read by polarity instead).
    """
    tokens = doc.tokens
    i = cue_end
    while i < len(tokens) and i < cue_end + 2 and tokens[i].pos1 in ("助詞", "補助記号"):
        if tokens[i].surface in ("。", "\n"):
            return False
        i += 1
    if i >= len(tokens) or tokens[i].lemma not in lex.consent_not_yet:
        return False
    end = tokens[i].start + len(tokens[i].surface)
    if i + 1 == len(tokens) or doc.sentence_of[i + 1] != doc.sentence_of[i]:
        return True
    following = tokens[i + 1]
    if any(t.surface in ("か", "?") for t in tokens[i + 1 : i + 4]):
        return False  # 「同意はまだですか？」 asks
    return (
        following.pos1 == "補助記号"
        or following.lemma in ("です", "だ")
        or doc.text[end : following.start].isspace()
    )


def answer_withholds(answer: str, lex: Lexicon) -> bool:
    """「> 保険会社の同意は得ていますか？」 answered 「得ずに発注しちゃいました」: the verb of
    getting consent, at the start of the answer, in its without-doing form (得ずに, 取らないで).

    Consent is then missing; a refusal once money was spent or ordered (labelling rule 6).
    """
    doc = make_doc(answer)
    for match in lex.consent_given.find(doc):
        if doc.sentence_of[match.start] != 0 or match.start > 1:
            continue
        rest = doc.tokens[match.end : match.end + 2]
        if rest and rest[0].lemma == "ず":
            return True
        if len(rest) == 2 and rest[0].lemma == "ない" and rest[1].surface == "で":
            return True
    return False
