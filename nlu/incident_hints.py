"""Hints at the incident type that no cue word carries alone: a leak word whose doubt is
about something else than an attack, a thing sent to another party than meant, a relay
whose kind its sentence names, a 「見当たらない」 that denies a trace, not a loss, and
attack words shown on a screen, not an attack."""

from __future__ import annotations

from itertools import pairwise

from coverage import Access, IncidentType
from nlu.doc import Doc
from nlu.lexicon import Lexicon, lexicon
from nlu.phrases import Match
from nlu.polarity import Polarity, polarity, scope_after
from nlu.reading import Reading
from nlu.type_conditions import sent_as_noun
from nlu.type_shorthand import shown_after_quote
from nlu.type_wording import flood_described, wording


def no_leak_doubt(doc: Doc, match: Match, lo: int, hi: int, lex: Lexicon) -> bool:
    """A leak word whose doubt is about something else: how it leaked (「流出経路は調査中」),
    or a leak looked for and not found (「漏えいも確認できませんでした」)."""
    after = match.end + (match.end < len(doc.tokens) and doc.tokens[match.end].surface == "の")
    if after < len(doc.tokens) and doc.tokens[after].lemma in lex.leak_aspects:
        return True
    quiet = {i for m in lex.unconfirmed.find(doc, lo, hi) for i in range(m.start, m.end)}
    doubts = lex.hedge.find(doc, lo, hi)
    return bool(quiet) and all(m.start in quiet for m in doubts)


def unsourced_leak(doc: Doc, match: Match, state: Polarity, lex: Lexicon) -> bool:
    """「たぶん情報漏れてる。でもどこからかわからん」「顧客情報漏れてるかもって言われた」: a
    leak in doubt whose sentence names no system or stored data of ours when its source is
    said to be unknown, or whose message names none at all, is no possible attack on our
    systems (rule 2's `suspected`), as a route in doubt (「流出経路は調査中」) is none; it
    may as well be a lost file or a mis-sent mail."""
    if state not in (Polarity.HEDGED, Polarity.TOPIC):
        return False
    if not lex.leak_words.contains(doc, match.start, match.end):
        return False
    if not lex.leak_systems.contains(doc):
        return True
    first, last = doc.sentence_span(match.start)
    return not lex.leak_systems.contains(doc, first, last) and _source_unknown(doc, lex)


def _source_unknown(doc: Doc, lex: Lexicon) -> bool:
    """「どこからかわからん」「どこから漏れたのかは不明」: where from is said to be unknown."""
    tokens = doc.tokens
    for i, (a, b) in enumerate(pairwise(tokens)):
        if a.surface == "どこ" and b.surface == "から":
            _, last = doc.sentence_span(i)
            if lex.hedge.contains(doc, i + 2, last):
                return True
    return False


def sent_elsewhere(doc: Doc, lex: Lexicon) -> bool:
    """「請求書を別のお客様に郵送しちゃいました」「リストが別の取引先に届いてしまい」: sent
    or delivered to another party than meant, said plainly, with no misdelivery word.

    The recipient may be a longer noun phrase (「別の患者さんのご自宅に」), and the thing
    sent or the medium may stand between it and the verb (「べつの取引先に見積書おくっちゃった」
    「別のお客さんにメールで送ってもうた」); a verb between them (「別の担当者に確認して送付」)
    makes the sending another clause's. Read only when no type is named by its own words:
    「ウイルスメールが別の取引先に送られた」 is the malware's doing.
    """
    tokens = doc.tokens
    lemmas = doc.lemma_set()
    if (
        lemmas.isdisjoint(lex.other_party)
        and lemmas.isdisjoint(wording().far_parties)
        and _RELATION not in lemmas
    ):
        return False  # every recipient below starts at one of these (`_unconcerned`: 関係)
    for i, token in enumerate(tokens):
        near_party = token.lemma in lex.other_party
        if not near_party and token.lemma not in wording().far_parties and not _unconcerned(doc, i):
            continue
        to = next(
            (j for j in range(i + 1, min(i + 7, len(tokens))) if tokens[j].surface in ("に", "へ")),
            None,
        )
        if to is None:
            to = _recipient_end(doc, i)
        if to is None or (to + 1 < len(tokens) and tokens[to + 1].surface == "も"):
            continue  # 「別の取引先にも案内を送った」: sent to others as well, on purpose
        verb = next(
            (
                k
                for k in range(to + 1, min(to + 3, len(tokens)))
                if tokens[k].lemma in lex.sending or sent_as_noun(doc, k)
            ),
            None,
        )
        near = near_party and verb is not None and to - i < 7
        verb = verb if verb is not None else _sending_verb(doc, to, lex)
        if verb is None:
            continue
        # Said farther apart, or to 「よその会社」, a sending is a mistake only when said as
        # one (「…に見積書おくっちゃった」「番号まちがえて」): 「別の取引先に見積書を送った」 may
        # be business as usual.
        if near or _regretted(doc, i, verb):
            lo, hi = scope_after(doc, verb + 1)
            if polarity(doc, lo, hi, lex, affirm_if=True) is Polarity.AFFIRMED:
                return True
    return False


def _unconcerned(doc: Doc, i: int) -> bool:
    """「まったく関係のない歯科医院さんに届いてしまいました」「全然関係ない町工場さんに」: token i
    is the ない of 関係(の)ない, or the 関係 of 無関係の: a recipient unconcerned, as far as
    「よその会社」 (said as a mistake to count)."""
    tokens = doc.tokens
    token = tokens[i]
    if token.lemma == _RELATION:
        return i > 0 and tokens[i - 1].surface == _NOT_PREFIX
    if token.lemma != _NONE or i == 0:
        return False
    before = tokens[i - 1] if tokens[i - 1].surface != "の" or i < 2 else tokens[i - 2]
    return before.lemma == _RELATION


_RELATION = "関係"
_NONE = "無い"
_NOT_PREFIX = "無"


# Parts of speech of a noun phrase: a recipient (「別の患者さんのご自宅」), or the thing sent
# and its medium before the verb (「見積書を」「メールで」).
_NOUN_PHRASE = frozenset({"名詞", "代名詞", "接尾辞", "接頭辞"})
_PHRASE_PARTICLES = frozenset({"の", "を", "で"})


def _recipient_end(doc: Doc, i: int) -> int | None:
    """The に or へ that ends the recipient named from token i, within its sentence."""
    tokens = doc.tokens
    for j in range(i + 1, min(i + 10, len(tokens))):
        if doc.sentence_of[j] != doc.sentence_of[i]:
            return None
        if tokens[j].surface in ("に", "へ"):
            return j
        if tokens[j].pos1 not in _NOUN_PHRASE and tokens[j].surface != "の":
            return None
    return None


def _sending_verb(doc: Doc, to: int, lex: Lexicon) -> int | None:
    """The verb of sending right after the recipient, past the thing sent or its medium."""
    tokens = doc.tokens
    for k in range(to + 1, min(to + 6, len(tokens))):
        said_as_verb = tokens[k].pos1 == "動詞" or (
            k + 1 < len(tokens) and tokens[k + 1].lemma == "為る"
        )
        if sent_as_noun(doc, k) or (tokens[k].lemma in lex.sending and said_as_verb):
            return k
        if tokens[k].pos1 not in _NOUN_PHRASE and tokens[k].surface not in _PHRASE_PARTICLES:
            return None
    return None


def _regretted(doc: Doc, start: int, verb: int) -> bool:
    """「送っちゃった」「送ってもうた」「番号まちがえて…送った」: the sending said as a mistake,
    by an auxiliary of regret right after its verb or a word of error earlier in its sentence."""
    tokens = doc.tokens
    after = tokens[verb + 1 : verb + 4]
    if any(t.lemma in wording().regret_auxiliaries for t in after):
        return True
    # Kansai 「送ってもうた」: MeCab reads the しもうた as the adverb もう and た.
    if any(a.surface == "もう" and b.surface == "た" for a, b in pairwise(after)):
        return True
    first, _ = doc.sentence_span(start)
    return any(t.lemma in wording().error_verbs for t in tokens[first:verb])


# Where the words a 「見当たらない」 denies begin, at the latest.
_COMMAS = frozenset({"、", ",", "，"})


def generic_only(doc: Doc, cues: list[Match], kind: IncidentType, lex: Lexicon) -> bool:
    """Every cue of `kind` is an attack word of no kind (「攻撃元IP数千」)."""
    own = [m for m in cues if m.label == kind.value]
    return bool(own) and all(
        any(
            g.start == m.start and g.end == m.end
            for g in lex.generic_attacks.find(doc, m.start, m.end)
        )
        for m in own
    )


def relay_kind(
    doc: Doc, match: Match, kind: IncidentType, cues: list[Match], lex: Lexicon
) -> IncidentType:
    """「乗っ取られて踏み台にされ、DDoS攻撃に加担してたみたい」: a machine used against
    others is a DDoS when its sentence names one or describes the flood (「大量の通信が来て
    サイトが止まった」), else a machine got into."""
    if not lex.relays.contains(doc, match.start, match.end):
        return kind
    first, last = doc.sentence_span(match.start)
    ddos = IncidentType.DDOS.value
    if any(m.label == ddos and first <= m.start < last for m in cues):
        return IncidentType.DDOS
    if flood_described(doc, first, last):
        return IncidentType.DDOS
    return kind


def unfound_no_loss(doc: Doc, match: Match, lex: Lexicon) -> bool:
    """「侵入の痕跡は見当たらない」: a loss word that says something is not found is a
    denial of what its clause names, when that is no thing one loses (a trace, a cause)."""
    words = doc.tokens[match.start : match.end]
    if lex.found_again.contains(doc, match.start, match.end):
        # 「USBの件ですが、見つかりました」: the matter before の件 must be a thing one loses.
        return match.start == 0 or doc.tokens[match.start - 1].lemma not in lex.lost_things
    if not any(lex.negating.get(t.lemma) == t.pos1 for t in words):
        return False
    first, _ = doc.sentence_span(match.start)
    lo = next(
        (i + 1 for i in range(match.start - 1, first - 1, -1) if doc.tokens[i].surface in _COMMAS),
        first,
    )
    return lex.not_lost.contains(doc, lo, match.start) or lex.access_cues.contains(
        doc, lo, match.start
    )


# Between an attack word and the screen it is shown on: 「ウイルス感染」の警告, という表示,
# spoken っちゅう / ちゅう (lemma つう: 「感染しましたっちゅう画面」).
_QUOTING = frozenset(
    {"」", "』", '"', "と", "って", "いう", "言う", "の", "との", "を", "が", "に", "つう"}
    | {"為る", "た", "て", "いる", "居る", "ます", "です"}
)


def displayed(doc: Doc, end: int, lex: Lexicon) -> bool:
    """「ウイルスに感染しています」というメッセージ: words shown on a screen, not an infection.

    Inside a quotation, what follows its closing bracket decides (「ウイルス感染windows
    サポートへTEL」と表示された).
    """
    close = _closing_quote(doc, end)
    if close is not None:
        if shown_after_quote(doc, close) or _quoted_as_display(doc, close, lex):
            return True
        end = close
    for i in range(end, min(end + 10, len(doc.tokens))):
        if lex.displayed.contains(doc, i, i + 1):
            return True
        token = doc.tokens[i]
        if (
            token.surface not in _QUOTING
            and token.lemma not in _QUOTING
            and token.pos1
            not in (
                "動詞",
                "名詞",
            )
        ):
            return False
    return False


def _closing_quote(doc: Doc, end: int) -> int | None:
    """Where the 「…」 (or 『…』) the words before `end` are in closes, if it does soon."""
    for i in range(end, min(len(doc.tokens), end + _QUOTE_SPAN)):
        surface = doc.tokens[i].surface
        if surface in _OPENING_QUOTES:
            return None
        if surface in _CLOSING_QUOTES:
            return i
    return None


_OPENING_QUOTES = frozenset({"「", "『"})
_CLOSING_QUOTES = frozenset({"」", "』"})
# The particles that make a quotation what is named next (『…』って警告, 「…」という表示).
_QUOTATIVES = frozenset({"って", "と", "という", "との", "っていう"})
# How far past the particle the screen word may stand (『…』って大きい音で警告が出て).
_DISPLAY_REACH = 6


def _quoted_as_display(doc: Doc, close: int, lex: Lexicon) -> bool:
    """「院長のパソコンで『ウイルスに感染しました』って大きい音で警告が出て」: the quote, its
    quoting particle, and a word for a screen's message a few words on in its clause: the
    quoted words are what the screen showed, a support scam's warning."""
    tokens = doc.tokens
    i = close + 1
    if i >= len(tokens) or tokens[i].surface not in _QUOTATIVES:
        return False
    hi = min(doc.clause_end(i), i + 1 + _DISPLAY_REACH)
    return lex.displayed.contains(doc, i + 1, hi)


# A quoted screen text is short: past this many words its closing bracket is another's.
_QUOTE_SPAN = 25


def names_the_attack(held_generic: bool, held: object, reading: Reading) -> bool:
    """「攻撃を受けてると連絡」→「DDoSで確定です」: an attack of a named kind, after one read
    from attack words of no kind alone, says which attack it was."""
    attacks = lexicon().attacks
    return (
        held_generic
        and held in attacks
        and not reading.generic_attack
        and reading.incident_type in attacks
    )


def carried_in_doubt(held: object, held_access: object, reading: Reading) -> bool:
    """「ウイルスメール来たって言われた」→「感染してるかも」: malware held with no access read
    (only carried by a mail, never said to have run here), then doubted of our machines, was
    only suspected (tests/data/README.md rule 2: the text hedges whether an infection
    happened)."""
    doubted = reading.doubted_attack
    return (
        held_access is None
        and reading.incident_type is IncidentType.SUSPECTED
        and doubted is not None
        and doubted.value == held
        and reading.unauthorized_access is None
    )


def generic_over_circumstance(held: object, reading: Reading) -> bool:
    """「PCを置き忘れた」→「> 不正アクセスは確認されましたか？」「はい」: an attack of no kind
    confirmed later does not replace a circumstance already stated (a loss, a misdelivery);
    the most specific type stated wins (tests/data/README.md rule 2)."""
    return (
        reading.generic_attack
        and held is not None
        and held not in lexicon().attacks
        and held != IncidentType.SUSPECTED.value
    )


def settled_doubt(
    held: object, held_access: object, doubted: str | None, reading: Reading
) -> IncidentType | None:
    """「不正ろぐいんされてるかも」→「ログ見た、確定」: the one attack kind a suspicion named,
    when a later bare confirmation settles it (tests/data/README.md rule 2: a suspicion
    becomes the confirmed type); None when the message names an attack or a verdict on
    access of its own, or access was already ruled out."""
    if not reading.settles or doubted is None or held != IncidentType.SUSPECTED.value:
        return None
    if held_access is not None:
        return None
    if _means_of_doubted(IncidentType(doubted), reading):
        return IncidentType(doubted)
    if reading.unauthorized_access is not None:
        return None
    if reading.incident_type in lexicon().attacks or "unauthorized_access" in reading.said_unknown:
        return None
    return IncidentType(doubted)


def _means_of_doubted(doubted: IncidentType, reading: Reading) -> bool:
    """「DDoSに加担してたっぽい」→「調べたら確定でした。プラグインにバックドア仕込まれてて、
    そこから攻撃ツール動かされてました」: the confirmation names an attack of its own that
    comes after the doubted one in the configured order (the intrusion by which the DDoS
    was launched), so the doubted kind, the more specific, is what was confirmed, as it would
    win within one message."""
    order = lexicon().incident_order
    kind = reading.incident_type
    return (
        kind in lexicon().attacks
        and kind is not doubted
        and reading.unauthorized_access is not Access.NOT_FOUND
        and order.index(doubted) < order.index(kind)
    )


def consequence_of_attack(held: object, reading: Reading) -> bool:
    """「メールが乗っ取られました」→「取引先に偽の請求書が送られていました」: `other` read
    after an attack already held is what the attack led to, the least specific circumstance
    (rule 2: the most specific type stated wins), unless the message takes the attack back
    (「すみません、実は設定ミスでした」)."""
    return (
        reading.incident_type is IncidentType.OTHER
        and held in lexicon().attacks
        and not reading.retracts
    )


def exposure_of_held(held: object, reading: Reading) -> bool:
    """「営業車ごとタブレットが盗まれました」→「顧客約4000人分が見られる状態でした」: data left
    open to view, read after a type already held, is what that incident exposed, the least
    specific circumstance (as within one message, `nlu.type_exposure.in_order`; rule 2: the
    most specific type stated wins), unless the message takes the type back."""
    return reading.exposure_only and held is not None and not reading.retracts


def doubt_of_held(held: object, reading: Reading) -> bool:
    """「USBメモリを紛失しました」→「すみません、続報です。会議室で見つかりました。社外には
    持ち出していなかったようです」: a type read only from words that doubt or deny it, after
    a type already held, is a circumstance wondered about or ruled out, no new incident (rule
    1: a hedge leaves a fact unknown; as within one message, a type only hedged yields to one
    stated plainly), whatever apology or correction word the message opens with. Only a
    suspicion held gives way, as a hedged attack does to a hedged circumstance within one
    message, but never to a hedged `other`."""
    if not reading.tentative_type or held is None:
        return False
    return held != IncidentType.SUSPECTED.value or reading.incident_type is IncidentType.OTHER


def confirmed_by_answer(held: object, reading: Reading) -> bool:
    """「不審なログインの記録がある」→「> 不正アクセスは確認されましたか？」「はい」: an attack of
    no kind confirmed by an answer settles the suspicion held as an intrusion (rule 2: a
    suspicion becomes the confirmed type); with nothing held it names no type (rule 2: a
    bare 「アクセスあり」 names none)."""
    return (
        reading.generic_attack
        and reading.incident_type is None
        and reading.unauthorized_access is Access.FOUND
        and held == IncidentType.SUSPECTED.value
    )
