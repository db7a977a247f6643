"""Incident-type cues that count only on a condition: talk overheard or a screen left showing,
when what was heard or shown is confidential; a contractor's report of its own error. Words
in `config/nlu_type_conditions.toml`.
"""

from __future__ import annotations

from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from coverage import IncidentType
from nlu.doc import Doc
from nlu.lexicon import EXPOSED, SIGN, Lexicon
from nlu.phrases import Match, PhraseSet
from nlu.type_posters import posted_from_outside

FILE: Final = "nlu_type_conditions.toml"


class TypeConditionsFile(config.Schema):
    """`config/nlu_type_conditions.toml`."""

    overheard: NonEmptyWords
    photographed: NonEmptyWords
    photographed_phrases: NonEmptyWords
    photographed_data: NonEmptyWords
    photographed_unpermitted: NonEmptyWords
    staff_heads: NonEmptyWords
    left_shown: NonEmptyWords
    confidential: NonEmptyWords
    vendor_own_errors: NonEmptyWords
    lapsed: NonEmptyWords
    pictures: NonEmptyWords
    in_use: NonEmptyWords
    malware_families: NonEmptyWords
    talk: NonEmptyWords
    public_places: NonEmptyWords
    fee_claims: NonEmptyWords
    fee_nouns: NonEmptyWords
    claim_lemmas: NonEmptyWords
    fee_demands: NonEmptyWords
    shared_screens: NonEmptyWords
    mass_access: NonEmptyWords
    outages: NonEmptyWords
    principal_words: NonEmptyWords
    entrusting_lemmas: NonEmptyWords
    forwarded_nouns: NonEmptyWords
    alongside_lemmas: NonEmptyWords
    sending_nouns: NonEmptyWords
    social_media: NonEmptyWords
    staff_posters: NonEmptyWords
    post_nouns: NonEmptyWords
    post_verbs: NonEmptyWords
    paraphrase_marks: NonEmptyWords
    content_nouns: NonEmptyWords
    written_verbs: NonEmptyWords
    letter_media: NonEmptyWords
    checklist_terms: NonEmptyWords


@cache
def _words() -> TypeConditionsFile:
    return config.load(FILE, TypeConditionsFile)


@cache
def _sets() -> tuple[PhraseSet, PhraseSet, PhraseSet]:
    words = _words()
    cues = PhraseSet({IncidentType.VISUAL_LEAK.value: words.overheard, EXPOSED: words.left_shown})
    return (
        cues,
        PhraseSet({"data": words.confidential}),
        PhraseSet({"error": words.vendor_own_errors}),
    )


@cache
def _lapse_sets() -> tuple[PhraseSet, PhraseSet, frozenset[str]]:
    words = _words()
    return (
        PhraseSet({IncidentType.MEDIA.value: words.lapsed}),
        PhraseSet({"picture": words.pictures}),
        frozenset(words.in_use),
    )


def conditional_cues(doc: Doc) -> list[Match]:
    """「全部聞こえてましたよ」 (a visual leak) and 「氏名が表示されたまま」 (an exposure), when
    the message names personal data or a customer's affairs, as is talk in a public place
    (「電車内で患者さんの話をしていた」); a picture used past its licence or a fee claimed
    for one (`media`)."""
    cues, confidential, _ = _sets()
    found = [*cues.find(doc), *_talk_in_public(doc), *_shared_screen(doc)]
    secret = confidential.contains(doc)
    return [
        *(found if found and secret else []),
        *_photographed(doc, secret),
        *_lapsed_in_use(doc),
        *_fee_for_picture(doc),
        *_mass_access(doc),
        *_posted_on_sns(doc),
    ]


@cache
def _social_media() -> PhraseSet:
    return PhraseSet({"sns": _words().social_media})


def social_media_names(doc: Doc) -> list[Match]:
    """Where the message names a social medium (SNS, インスタ, TikTok …)."""
    return _social_media().find(doc)


def names_confidential(doc: Doc) -> bool:
    """Whether the message names personal data or a customer's affairs (`confidential`)."""
    return _sets()[1].contains(doc)


def posted_in_sentence(doc: Doc, cue: Match, cues: list[Match]) -> bool:
    """「職員が私用のSNSアカウントに、利用者様の写真を無断で投稿していた」: the media cue's
    sentence names social media, a member of staff or a private account, and holds a post
    (an `other` cue): our staff posting on SNS (tests/data/README.md rule 2), not a claim
    over content we published (「店のインスタに載せた写真、写ってたお客さんから「勝手に載せ
    ないで」」 is the shop's own post: a portrait right, media)."""
    first, last = doc.sentence_span(cue.start)
    return (
        _social_media().contains(doc, first, last)
        and _staff_posters().contains(doc, first, last)
        and any(m.label == IncidentType.OTHER.value and first <= m.start < last for m in cues)
    )


@cache
def _staff_posters() -> PhraseSet:
    return PhraseSet({"staff": _words().staff_posters})


def _posted_on_sns(doc: Doc) -> list[Match]:
    """「個人のSNSアカウントに、入所者様の写真を含む投稿を行っていた」: a post made, in a
    sentence naming social media before it and confidential data (`other`)."""
    words = _words()
    tokens = doc.tokens
    kept: list[Match] = []
    if doc.lemma_set().isdisjoint(words.post_nouns):
        return kept  # every post starts at one of its nouns
    for i, token in enumerate(tokens):
        if token.lemma not in words.post_nouns:
            continue
        j = i + 1 + (i + 1 < len(tokens) and tokens[i + 1].surface == "を")
        if j >= len(tokens) or tokens[j].lemma not in words.post_verbs:
            continue
        if j + 1 < len(tokens) and tokens[j + 1].lemma in ("れる", "られる"):
            continue  # 投稿された: someone else's post
        if posted_from_outside(doc, i):
            continue  # 「乗客がSNSに投稿していた」: so is one an outsider made
        first, last = doc.sentence_span(i)
        # 「お店のSNSに新メニューの投稿をしました」 posts nothing confidential.
        if _social_media().contains(doc, first, i) and _sets()[1].contains(doc, first, last):
            kept.append(Match(i, j + 1, IncidentType.OTHER.value))
    return kept


@cache
def _mass_sets() -> tuple[PhraseSet, PhraseSet]:
    words = _words()
    return (
        PhraseSet({IncidentType.DDOS.value: words.mass_access}),
        PhraseSet({"outage": words.outages}),
    )


def _mass_access(doc: Doc) -> list[Match]:
    """「大量のアクセスでサーバーがダウン」: a DDoS when the message says the service suffered
    or calls it an attack; otherwise (「大量アクセスを確認」) only a sign of one."""
    mass, outages = _mass_sets()
    found = mass.find(doc)
    if not found or any(not _in_doubt(doc, m.end) for m in outages.find(doc)):
        return found
    return [Match(m.start, m.end, SIGN) for m in found]


def mass_access(doc: Doc) -> list[Match]:
    """Where the message describes a mass of access (「大量のアクセスを受け」), however read."""
    return _mass_sets()[0].find(doc)


def _in_doubt(doc: Doc, end: int) -> bool:
    """「攻撃かどうかはまだ確認中」「ダウンかも」: the word said with か is what is asked or
    doubted, not what the service suffered."""
    return end < len(doc.tokens) and doc.tokens[end].surface == "か"


@cache
def _talk_sets() -> tuple[PhraseSet, PhraseSet, PhraseSet]:
    words = _words()
    return (
        PhraseSet({IncidentType.VISUAL_LEAK.value: words.talk}),
        PhraseSet({"place": words.public_places}),
        PhraseSet({IncidentType.MEDIA.value: words.fee_claims}),
    )


def _talk_in_public(doc: Doc) -> list[Match]:
    """「飲食店において…会話をしていた」「新幹線で…電話でしゃべってて」: talk whose sentence
    names a public place, where whoever sat by heard it."""
    talk, places, _ = _talk_sets()
    kept: list[Match] = []
    for match in talk.find(doc):
        first, last = doc.sentence_span(match.start)
        if places.contains(doc, first, last):
            kept.append(match)
    return kept


def _fee_for_picture(doc: Doc) -> list[Match]:
    """「HPに使った写真について…使用料の請求が来ました」: a fee claimed in a sentence that
    names a picture; 使用料 alone is any fee (下水道使用料)."""
    _, pictures, _ = _lapse_sets()
    kept: list[Match] = []
    for match in [*_talk_sets()[2].find(doc), *_fee_then_claim(doc)]:
        first, last = doc.sentence_span(match.start)
        # The picture may be named in the sentence before (「背景に使っていたイラストが…通知書
        # が届きました。使用料と損害金で100万円を支払えという内容です」).
        if first > 0:
            first, _ = doc.sentence_span(first - 1)
        if pictures.contains(doc, first, last):
            kept.append(match)
    return kept


@cache
def _fees() -> PhraseSet:
    return PhraseSet({IncidentType.MEDIA.value: _words().fee_nouns})


def _fee_then_claim(doc: Doc) -> list[Match]:
    """「使用料８０万円の請求書が届いた」「使用料として30万円を請求された」: a fee, its amount
    between, then a claim, within a few words in its sentence."""
    claims = frozenset(_words().claim_lemmas)
    kept: list[Match] = []
    for fee in _fees().find(doc):
        _, last = doc.sentence_span(fee.start)
        hi = min(last, fee.end + 9)
        if any(t.lemma in claims for t in doc.tokens[fee.end : hi]) or _demanded(doc, fee.end, hi):
            kept.append(fee)
    return kept


def _demanded(doc: Doc, lo: int, hi: int) -> bool:
    """A demand to pay in tokens[lo:hi], as written: by lemma 支払え is any 支払う."""
    if lo >= hi:
        return False
    said = doc.text[doc.starts[lo] : doc.ends[hi - 1]]
    return any(demand in said for demand in _words().fee_demands)


@cache
def _photo_sets() -> tuple[PhraseSet, PhraseSet, PhraseSet]:
    words = _words()
    return (
        PhraseSet({IncidentType.VISUAL_LEAK.value: words.photographed_phrases}),
        PhraseSet({"data": words.photographed_data}),
        PhraseSet({IncidentType.VISUAL_LEAK.value: words.photographed_unpermitted}),
    )


def _photographed(doc: Doc, secret: bool) -> list[Match]:
    """「後ろの席の人にスマホで写真撮られてました」: a verb written with a photographing kanji,
    in the passive, or photographing said as a noun (撮影され, 盗撮), when the message names
    confidential data (`secret`) or the sentence names a screen or papers taken before it:
    「記念に写真を撮られました」 leaks nothing. By the written form: UniDic reads 撮る, 盗る
    and 取る as one lemma, and 「カバン盗られました」 is a theft."""
    phrases, data, unpermitted = _photo_sets()
    stems = tuple(_words().photographed)
    tokens = doc.tokens
    # 「画面を無断で撮影し」: someone else's shot said actively, of a screen or papers only.
    shots = []
    for m in unpermitted.find(doc):
        first = doc.sentence_span(m.start)[0]
        if data.contains(doc, first, m.start) and not _staff_subject(doc, first, m.start):
            shots.append(m)
    # A surface opening with a stem is part of the text: with no stem written anywhere, no
    # token need be looked at.
    written = any(stem in doc.text for stem in stems)
    found = [
        *phrases.find(doc),
        *(
            Match(i, i + 2, IncidentType.VISUAL_LEAK.value)
            for i, token in enumerate(tokens[:-1] if written else ())
            if token.pos1 == "動詞"
            and token.surface.startswith(stems)
            and tokens[i + 1].lemma in ("れる", "られる")
        ),
    ]
    return [
        *shots,
        *(m for m in found if secret or data.contains(doc, doc.sentence_span(m.start)[0], m.start)),
    ]


def _staff_subject(doc: Doc, lo: int, hi: int) -> bool:
    """Whether tokens lo..hi hold one of our staff as a subject (「バイトの子が」「職員は」),
    not as a qualifier (「職員の操作する端末」)."""
    heads = frozenset(_words().staff_heads)
    tokens = doc.tokens
    for m in _staff_posters().find(doc, lo, hi):
        i = m.end
        while i < hi and tokens[i].pos1 in ("名詞", "接尾辞"):
            i += 1
        if i + 1 < hi and tokens[i].surface == "の" and tokens[i + 1].lemma in heads:
            i += 2
        if i < hi and tokens[i].surface in ("が", "は"):
            return True
    return False


@cache
def _screens() -> PhraseSet:
    return PhraseSet({IncidentType.VISUAL_LEAK.value: _words().shared_screens})


def _shared_screen(doc: Doc) -> list[Match]:
    """「画面共有を行った際、誤って成績一覧表を表示してしまいました」: a screen shared with a
    meeting or a class is seen by all in it, as a projected one is (a visual leak)."""
    return _screens().find(doc)


def _lapsed_in_use(doc: Doc) -> list[Match]:
    """「契約切れた写真をまだHPで使ってる」: a picture past its licence, said to be used."""
    lapsed, pictures, in_use = _lapse_sets()
    kept: list[Match] = []
    for lapse in lapsed.find(doc):
        _, last = doc.sentence_span(lapse.start)
        picture = next(iter(pictures.find(doc, lapse.end, min(last, lapse.end + 3))), None)
        if picture is not None and any(t.lemma in in_use for t in doc.tokens[picture.end : last]):
            kept.append(lapse)
    return kept


@cache
def _families() -> PhraseSet:
    return PhraseSet({"family": _words().malware_families})


def family_named(doc: Doc, cue: Match) -> bool:
    """Whether the malware cue is a family's name (Emotet), not malware of no kind (ウイルス)."""
    return _families().contains(doc, cue.start, cue.end)


def reported_own_error(doc: Doc, cue: Match, lex: Lexicon) -> bool:
    """「委託先より、同社の従業員が誤って…公開していたとの報告」: the contractor reporting,
    named again after its cue in the sentence, then an error of its own."""
    _, last = doc.sentence_span(cue.start)
    names = lex.vendor_anaphors.find(doc, cue.end, last)
    return bool(names) and _sets()[2].contains(doc, names[0].end, last)


@cache
def _principal() -> PhraseSet:
    return PhraseSet({"principal": _words().principal_words})


def principal_named(doc: Doc, lo: int, hi: int) -> bool:
    """Whether tokens lo..hi name the addressee of a contractor's letter (貴社, 御社)."""
    return _principal().contains(doc, lo, hi)


def principal_as_owner(doc: Doc, lo: int, hi: int) -> bool:
    """Whether tokens lo..hi name the addressee other than as the source of the work
    (「貴社から受託しております発送業務のサーバー」 names who entrusted it, not whose it is)."""
    tokens = doc.tokens
    return any(
        m.end >= len(tokens) or tokens[m.end].surface not in ("から", "より")
        for m in _principal().find(doc, lo, hi)
    )


def entrusted_by_principal(doc: Doc) -> bool:
    """「貴法人よりお預かりしております給与計算業務」: the writer says it keeps the addressee's
    data or work, as a contractor does in a letter to its principal."""
    words = _words()
    tokens = doc.tokens
    for m in _principal().find(doc):
        k = m.end
        if k >= len(tokens) or tokens[k].surface not in ("から", "より"):
            continue
        _, last = doc.sentence_span(k)
        if any(t.lemma in words.entrusting_lemmas for t in tokens[k + 1 : min(last, k + 9)]):
            return True
    return False


def working_alongside(doc: Doc, end: int) -> bool:
    """「保守を委託している業者とともに原因を調査」: the party ending at `end` (its name's nouns
    past it) is named with と as one who works with us."""
    tokens = doc.tokens
    i = end
    while i < len(tokens) and tokens[i].pos1 in ("名詞", "接尾辞"):
        i += 1
    return (
        i + 1 < len(tokens)
        and tokens[i].surface == "と"
        and tokens[i + 1].lemma in _words().alongside_lemmas
    )


def forwarded_from(doc: Doc, lo: int, hi: int) -> bool:
    """「委託先から届いた報告を転送します」: tokens lo..hi name a party as the source (から,
    より) of a report that follows within its sentence."""
    tokens = doc.tokens
    if hi >= len(tokens) or tokens[hi].surface not in ("から", "より"):
        return False
    _, last = doc.sentence_span(hi)
    return any(t.lemma in _words().forwarded_nouns for t in tokens[hi + 1 : min(last, hi + 5)])


def sent_as_noun(doc: Doc, i: int) -> bool:
    """「別の会社にメールしちまった」: token i is a noun of sending said as a verb (+ する)."""
    tokens = doc.tokens
    return (
        tokens[i].lemma in _words().sending_nouns
        and i + 1 < len(tokens)
        and tokens[i + 1].lemma == "為る"
    )


@cache
def _letters() -> PhraseSet:
    return PhraseSet({"letter": _words().letter_media})


def paraphrased_note(doc: Doc, end: int) -> int | None:
    """Where a ransom word's paraphrase ends (「身代金はらえみたいなこと書いてあって」:
    after 書い), or None: the words of a note on the screen quoted loosely, not a doubt."""
    words = _words()
    tokens = doc.tokens
    first, last = doc.sentence_span(max(end - 1, 0))
    if _letters().contains(doc, first, last):
        return None
    for i in range(end, min(end + 4, last)):
        if tokens[i].lemma not in words.paraphrase_marks:
            continue
        j = i + 1 + (i + 1 < last and tokens[i + 1].lemma == "だ")
        if j >= last or tokens[j].lemma not in words.content_nouns:
            return None
        verb = next(
            (k for k in range(j + 1, min(j + 6, last)) if tokens[k].lemma in words.written_verbs),
            None,
        )
        return None if verb is None else verb + 1
    return None


@cache
def _checklist() -> PhraseSet:
    return PhraseSet({"checklist": _words().checklist_terms})


def checklist_detection(doc: Doc) -> bool:
    """Whether the message says who noticed by a checklist term (外部通報, 自社検知)."""
    return _checklist().contains(doc)
