"""Words of an incident type said in plain wording, with no cue word of its own: a sending
to another party than meant said as a mistake, a loss said still missing, a malfunction
that is only what a doubted attack looked like. Words in `config/nlu_type_wording.toml`.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from coverage import IncidentType
from nlu.doc import Doc
from nlu.phrases import Match, PhraseSet

FILE: Final = "nlu_type_wording.toml"


class TypeWordingFile(config.Schema):
    """`config/nlu_type_wording.toml`."""

    far_parties: NonEmptyWords
    regret_auxiliaries: NonEmptyWords
    error_verbs: NonEmptyWords
    still_missing: NonEmptyWords
    symptoms: NonEmptyWords
    causes: NonEmptyWords
    mistakes: NonEmptyWords
    handing: NonEmptyWords
    posting_places: NonEmptyWords
    posting_verbs: NonEmptyWords
    sending_words: NonEmptyWords
    note_screens: NonEmptyWords
    note_appearing: NonEmptyWords
    found_back: NonEmptyWords
    generic_losses: NonEmptyWords
    disposals: NonEmptyWords
    floods: NonEmptyWords
    disposal: NonEmptyWords
    unerased: NonEmptyWords
    letting_go: NonEmptyWords
    mixing: NonEmptyWords
    deleting: NonEmptyWords
    not_found_verbs: NonEmptyWords
    holding_verbs: NonEmptyWords
    envelopes: NonEmptyWords
    enclosing: NonEmptyWords
    shown_addresses: NonEmptyWords


@cache
def wording() -> TypeWordingFile:
    """The file, loaded and validated once."""
    return config.load(FILE, TypeWordingFile)


@cache
def _missing() -> PhraseSet:
    return PhraseSet({"missing": wording().still_missing})


def before_still_missing(doc: Doc, lo: int, hi: int) -> int:
    """Where a loss's scope ends once 「まだ見つかってません」 is cut off: that negation says
    the thing is still lost, not that it was not."""
    return next((m.start for m in _missing().find(doc, lo, hi)), hi)


def symptoms_only(doc: Doc, cues: list[Match]) -> bool:
    """「サイバー攻撃を受けた可能性…システムの一部で不具合が生じており」: every `other` cue is
    a malfunction seen, not said to be the cause (「不具合により表示された」), so it is what
    a doubted attack looked like, not a system bug of its own."""
    words = wording()
    others = [m for m in cues if m.label == IncidentType.OTHER.value]
    for cue in others:
        said = "".join(t.surface for t in doc.tokens[cue.start : cue.end])
        after = "".join(t.surface for t in doc.tokens[cue.end : cue.end + 3])
        if said not in words.symptoms or any(after.startswith(c) for c in words.causes):
            return False
    return bool(others)


def mistaken_sending(doc: Doc, sending: frozenset[str]) -> int | None:
    """「誤って得点一覧表を添付ファイルとして送信しました」「間違ってその薬局にFAXしてました」
    「別の方の記録を誤ってお渡しいたしました」: a word of mistake (誤って, 間違って) whose verb
    is one of sending or handing over, with no other verb between. The verb's index, or
    None. 「誤って削除したファイルを送付」 mistakes the deletion, not the sending."""
    words = wording()
    return _mistaken(doc, sending | frozenset(words.handing))


@cache
def _disposal() -> frozenset[str]:
    return frozenset(wording().disposal)


def mistaken_disposal(doc: Doc) -> list[Match]:
    """「誤って一般廃棄物として廃棄していた」「間違えて捨ててしまった」: a word of mistake whose
    verb is one of disposal, as `mistaken_sending` reads a sending: wrong disposal, `other`
    (tests/data/README.md rule 2), from the mistake to the verb; so is one of deleting
    (「誤ってデータを全部消してしまいました」), a slip in operating a system."""
    disposal = _disposal() | frozenset(wording().deleting)
    if doc.lemma_set().isdisjoint(disposal):
        return []
    verb = _mistaken(doc, disposal)
    if verb is None:
        return []
    _, last = doc.sentence_span(verb)
    if doc.tokens[verb].lemma in wording().deleting and _qualifies_noun(doc, verb, last):
        return []  # 「誤って削除したファイルを送付」: the file sent is the matter
    start = next(i for i in range(verb, -1, -1) if doc.tokens[i].lemma in wording().mistakes)
    return [Match(start, verb + 1, IncidentType.OTHER.value)]


@cache
def _unerased() -> PhraseSet:
    return PhraseSet({IncidentType.OTHER.value: wording().unerased})


def unerased_disposal(doc: Doc) -> list[Match]:
    """「データ消去を行わないまま廃棄したパソコン」「消去が行われないまま市場に流通」: data
    left on a machine let go (sold, thrown away, handed back) in the same sentence, a wrong
    disposal, `other` (tests/data/README.md rule 2)."""
    found = _unerased().find(doc)
    going = frozenset(wording().letting_go)
    if not found or doc.lemma_set().isdisjoint(going):
        return []
    kept = []
    for match in found:
        first, last = doc.sentence_span(match.start)
        if any(t.lemma in going for t in doc.tokens[first:last]):
            kept.append(match)
    return kept


def mixed_into_waste(doc: Doc, match: Match, sending: frozenset[str]) -> bool:
    """「溶解処理業者に引き渡す書類に誤って混入させ廃棄」「古紙回収業者より、書類が混入している
    との連絡」: the misdelivery cue is a word of mixing in, in a message that throws things
    away and sends nothing: what was mixed in went out with the waste (rule 2's wrong
    disposal, `other`), not into another's envelope."""
    tokens = doc.tokens[match.start : match.end]
    if not any(t.lemma in wording().mixing for t in tokens):
        return False
    lemmas = doc.lemma_set()
    return not lemmas.isdisjoint(_disposal()) and lemmas.isdisjoint(sending)


def mixed_by_attack(doc: Doc, match: Match, attacks: list[Match]) -> bool:
    """「更新プログラムに不正なプログラムが混入されていた事案に関連し、…パソコンが当該不正
    プログラムに感染」: the misdelivery cue is a word of mixing in, in a sentence that holds
    an attack word (`attacks`): what was mixed in is the attack's program, nothing sent."""
    if not any(t.lemma in wording().mixing for t in doc.tokens[match.start : match.end]):
        return False
    sentence = doc.sentence_of[match.start]
    return any(doc.sentence_of[m.start] == sentence for m in attacks)


def _mistaken(doc: Doc, verbs: frozenset[str]) -> int | None:
    """The index of the first verb of `verbs` a word of mistake (誤って) is said of."""
    tokens = doc.tokens
    words = wording()
    for i, token in enumerate(tokens[:-1]):
        if token.lemma not in words.mistakes or tokens[i + 1].surface not in ("て", "で"):
            continue
        _, last = doc.sentence_span(i)
        for k in range(i + 2, last):
            word = tokens[k]
            verbal = word.pos1 == "動詞" or (
                word.pos1 == "名詞" and k + 1 < last and tokens[k + 1].lemma == "為る"
            )
            if word.lemma in verbs:
                if verbal:
                    return k
                continue
            if verbal and word.lemma != "為る" and not _qualifies_noun(doc, k, last):
                break
    return None


def _qualifies_noun(doc: Doc, k: int, last: int) -> bool:
    """「…を記載した一覧表を」: the verb at k, past its する and auxiliaries, qualifies the
    noun right after it (a relative clause inside the thing sent), not a verb of its own."""
    tokens = doc.tokens
    j = k + 1
    while j < last and (tokens[j].pos1 == "助動詞" or tokens[j].lemma == "為る"):
        j += 1
    return j < last and j > k + 1 and tokens[j].pos1 == "名詞"


@cache
def _places() -> PhraseSet:
    return PhraseSet({"place": wording().posting_places})


def attached_to_posting(doc: Doc, match: Match) -> bool:
    """「資料をホームページに掲載した際、名簿を誤って添付していた」: a mistaken attaching in a
    sentence of posting on a site, with no word of sending, was published, not sent."""
    words = wording()
    first, last = doc.sentence_span(match.start)
    lemmas = {t.lemma for t in doc.tokens[first:last]} | {t.surface for t in doc.tokens[first:last]}
    return (
        _places().contains(doc, first, last)
        and not lemmas.isdisjoint(words.posting_verbs)
        and lemmas.isdisjoint(words.sending_words)
    )


def on_screen(doc: Doc, note: Match) -> bool:
    """「画面に身代金要求が出てる」: the ransom note at `note` is said to appear on a screen
    named before it in its clause, as the infection's message, not a word about one."""
    words, tokens = wording(), doc.tokens
    lo, hi = doc.clause_start(note.start), doc.clause_end(note.end - 1)
    screen = any(
        tokens[i].lemma in words.note_screens and tokens[i + 1].surface in ("に", "で")
        for i in range(lo, note.start - 1)
    )
    return screen and any(t.lemma in words.note_appearing for t in tokens[note.end : hi])


@cache
def _found_back() -> PhraseSet:
    return PhraseSet({"found": wording().found_back})


@cache
def _disposal_sets() -> tuple[PhraseSet, PhraseSet]:
    words = wording()
    return PhraseSet({"loss": words.generic_losses}), PhraseSet({"disposal": words.disposals})


def disposed_instead(doc: Doc, losses: list[Match], disposals: list[Match]) -> bool:
    """「書類の紛失について…誤って資源ごみとして出していたことが分かりました」: every loss cue
    is a word of a thing gone missing, of no way it went (紛失, 所在不明), and the message says
    plainly it was thrown away (`disposals`, the `other` cues of a wrong disposal said
    affirmed): what went missing was disposed of, rule 2's `other`. Only supposed
    (「誤って廃棄された可能性が高い」), the disposal leaves the loss."""
    generic, disposal = _disposal_sets()
    return (
        bool(disposals)
        and all(
            any(g.start == m.start and g.end == m.end for g in generic.find(doc, m.start, m.end))
            for m in losses
        )
        and any(disposal.contains(doc, m.start, m.end) for m in disposals)
    )


@cache
def _floods() -> PhraseSet:
    return PhraseSet({"flood": wording().floods})


def flood_described(doc: Doc, lo: int, hi: int) -> bool:
    """Whether tokens[lo:hi] describe a flood of traffic (「大量の通信が来て」)."""
    return _floods().contains(doc, lo, hi)


def found_again(doc: Doc, loss: Match) -> bool:
    """「USB紛失→見つかったので終わり」: the thing lost at `loss` is said found after it in
    its sentence."""
    _, last = doc.sentence_span(loss.start)
    return _found_back().contains(doc, loss.end, last)


# The particles between a lost thing and 見つからない (名簿が, USBは, カルテも).
_THING_ROLES: Final = frozenset({"が", "は", "も"})
# The endings a verb's negation may come after (見つかっ て い ない, 見つかり ませ ん).
_ENDINGS: Final = frozenset({"助動詞", "助詞", "動詞"})
# How many endings may follow the verb up to its negation.
_ENDING_REACH: Final = 4


def unfound_things(
    doc: Doc, lost_things: frozenset[str], negating: Mapping[str, str]
) -> list[Match]:
    """「名簿がみつからない」「USBが見つかりません」: a thing one carries or keeps, said not found,
    from the thing to its negation (a loss, `lost_or_stolen`)."""
    verbs = frozenset(wording().not_found_verbs)
    if doc.lemma_set().isdisjoint(verbs):
        return []
    tokens = doc.tokens
    kept: list[Match] = []
    for i in range(2, len(tokens)):
        if tokens[i].lemma not in verbs or tokens[i - 1].surface not in _THING_ROLES:
            continue
        if tokens[i - 2].lemma not in lost_things or _qualified(doc, i - 2):
            continue
        for k in range(i + 1, min(len(tokens), i + 1 + _ENDING_REACH)):
            if tokens[k].pos1 not in _ENDINGS:
                break
            if negating.get(tokens[k].lemma) == tokens[k].pos1 or tokens[k].lemma == "ず":
                kept.append(Match(i - 2, k + 1, IncidentType.LOST_OR_STOLEN.value))
                break
    return kept


_FORGETTING: Final = "忘れる"


def left_behind(doc: Doc, lost_things: frozenset[str]) -> list[Match]:
    """「電車にノートパソコン忘れてしまって」「タクシーにスマホを忘れた」: a place, に, a thing
    one carries (を or nothing after it), then 忘れる: left behind somewhere, a loss; from the
    place's に to the verb (what follows is read for denials as after any cue:
    「会議室にPCを忘れずに」 loses nothing). A thing forgotten with no place (「PC忘れた」) may
    be one not brought along."""
    tokens = doc.tokens
    kept: list[Match] = []
    for i in range(3, len(tokens)):
        if tokens[i].lemma != _FORGETTING:
            continue
        k = i - 1 - (tokens[i - 1].surface == "を")
        if k < 2 or tokens[k].lemma not in lost_things:
            continue
        j = k
        while j > 0 and tokens[j - 1].pos1 in _THING_PARTS:
            j -= 1  # 「ノート|パソコン」「業務|用|スマホ」
        if j >= 2 and tokens[j - 1].surface == "に" and tokens[j - 2].pos1 in _PLACES:
            kept.append(Match(j - 1, i + 1, IncidentType.LOST_OR_STOLEN.value))
    return kept


def stolen_written(doc: Doc) -> list[Match]:
    """「カバンごとノートパソコン盗られた」: 盗る, which UniDic reads as 取る (as 「時間を取られた」
    is), told by its written kanji and said in the passive: a theft, as 盗まれた is; from the
    verb to its passive."""
    tokens = doc.tokens
    return [
        Match(i, i + 2, IncidentType.LOST_OR_STOLEN.value)
        for i in range(len(tokens) - 1)
        if tokens[i].lemma == _TAKING
        and tokens[i].surface.startswith(_STEALING)
        and tokens[i + 1].lemma in ("れる", "られる")
    ]


_TAKING: Final = "取る"
_STEALING: Final = "盗"


def data_stolen(doc: Doc, losses: list[Match], lost_things: frozenset[str]) -> bool:
    """「管理者用のIDとパスワードが何らかの方法で盗まれ」「セキュリティコードが盗まれていた」
    「盗まれたのは顧客約9,000人分」: every loss cue is a word of stealing (盗) whose sentence
    names no thing one carries or keeps (`lost_things`): what was stolen is data, taken the
    way an attack takes it, no thing lost or stolen (rule 2)."""
    if not losses:
        return False
    for match in losses:
        if not doc.tokens[match.start].surface.startswith(_STEALING):
            return False
        first, last = doc.sentence_span(match.start)
        if any(t.lemma in lost_things or t.surface in lost_things for t in doc.tokens[first:last]):
            return False
    return True


# The place left in: a noun, or a suffix (「車内に」); the thing's name, with its prefixes.
_PLACES: Final = frozenset({"名詞", "接尾辞"})
_THING_PARTS: Final = frozenset({"名詞", "接尾辞", "接頭辞"})


def _qualified(doc: Doc, noun: int) -> bool:
    """Whether a clause qualifies the noun phrase ending at `noun` (「感染したPCは」「該当する
    USBは」): the things of a kind searched for and not found, no thing lost. A clause of
    what the thing holds (「顧客データの入ったUSB」) does not."""
    tokens = doc.tokens
    i = noun
    while i > 0 and tokens[i - 1].pos1 in ("名詞", "接尾辞", "接頭辞"):
        i -= 1
    k = i - 1
    while k >= 0 and tokens[k].pos1 == "助動詞":
        k -= 1
    if k < 0 or tokens[k].pos1 != "動詞":
        return False  # 「千二百名ぶんの名簿」: no clause before it
    return tokens[k].lemma not in wording().holding_verbs and not (
        tokens[k].lemma == "為る" and k > 0 and tokens[k - 1].lemma in wording().holding_verbs
    )


def enclosed_by_mistake(doc: Doc, other_party: frozenset[str]) -> list[Match]:
    """「封筒の中に、別の施主さんの見積書も一緒に入れてしまっていた」: a verb of putting in
    (入れる, 同封) said with regret (てしまう, ちゃう), with an envelope and another party than
    meant (別, 違う) before it in its sentence: contents of another's put in the envelope, a
    misdelivery (rule 2: mis-sent post), from the party to the verb."""
    words = wording()
    enclosing = frozenset(words.enclosing)
    lemmas = doc.lemma_set()
    if lemmas.isdisjoint(enclosing) or lemmas.isdisjoint(words.envelopes):
        return []
    tokens = doc.tokens
    envelopes, regrets = frozenset(words.envelopes), frozenset(words.regret_auxiliaries)
    kept: list[Match] = []
    for k, token in enumerate(tokens):
        if token.lemma not in enclosing or not _regret_after(doc, k, regrets):
            continue
        first, _ = doc.sentence_span(k)
        party = next((i for i in range(first, k) if tokens[i].lemma in other_party), None)
        if party is not None and any(t.lemma in envelopes for t in tokens[first:k]):
            kept.append(Match(party, k + 1, IncidentType.MISDELIVERY.value))
    return kept


def _regret_after(doc: Doc, verb: int, regrets: frozenset[str]) -> bool:
    """「入れてしまって」「同封しちゃった」: an auxiliary of regret right after the verb (past
    する and て)."""
    tokens = doc.tokens
    k = verb + 1
    if k < len(tokens) and tokens[k].lemma == "為る":
        k += 1
    if k < len(tokens) and tokens[k].surface in ("て", "で"):
        k += 1
    return k < len(tokens) and tokens[k].lemma in regrets


# The particles between the addresses and the seeing (アドレスが見え, アドレスも見え).
_SEEN_ROLES: Final = frozenset({"が", "は", "も"})


def addresses_shown(doc: Doc, cue: Match) -> bool:
    """「アドレスが見えちゃったのは500名」: the visual-leak cue's subject is the recipients'
    addresses, which a mail sent in TO/CC shows: the mis-sending, no one looking on."""
    tokens = doc.tokens
    k = cue.start
    return (
        k >= 2
        and tokens[k - 1].surface in _SEEN_ROLES
        and tokens[k - 2].lemma in wording().shown_addresses
    )
