"""Whether a 「…から」 names a party who told the company (「A社から連絡」), and whether it
is the report's source rather than another verb's (「ネットワークから切り離し、…に報告」).

Words in `config/nlu_reporter_parties.toml`; a から that fails either test sets nothing.
"""

from __future__ import annotations

from functools import cache
from typing import Final

import config
from config.types import Words
from nlu.doc import Doc
from nlu.phrases import Match
from nlu.tokens import Token

FILE: Final = "nlu_reporter_parties.toml"
# Where `nlu.reporters.read_detection` keeps, on the `Doc`, the statement its value came
# from (token index, value), so the evidence quotes those words and no look-alike.
WINNER: Final = "detection_winner"
# Parts of speech of a party's last word: 「A社」「田中さん」「お客様」「彼」.
_PARTY_POS: Final = frozenset({"名詞", "接尾辞"})
_CLOSING: Final = frozenset(")）]］」』")
# Marks right after から that set it off from the words that follow (「A社から、同社の…」
# 「近隣の方から「…」との連絡」): it then reaches the sentence's report, past other verbs.
_SET_OFF: Final = frozenset("、,「『")
# Before a report word: it quotes what was said (「…との報告」「…旨の連絡」「…って電話」).
# Words between a report word's particle and the handling verb (「には誠実に対応」).
_HANDLING_REACH: Final = 5
# Words between a report word and 次第 (「ご連絡をいただき次第」).
_AWAITED_REACH: Final = 4
_RECEIVING: Final = frozenset({"頂く", "下さる", "受ける", "貰う", "もらう"})
# MeCab cuts という in two (と・いう): 「お客様からの「ログインできない」という問い合わせ」.
_QUOTING: Final = (
    ("と",),
    ("と", "の"),
    ("旨", "の"),
    ("って",),
    ("という",),
    ("といった",),
    ("と", "いう"),
    ("って", "いう"),
)


class PartiesFile(config.Schema):
    """`config/nlu_reporter_parties.toml`."""

    formal_nouns: Words
    offices: Words
    things: Words
    demonstratives: Words
    internal_recipients: Words
    own_unit_heads: Words
    report_compounds: Words
    purpose_suffixes: Words
    spaced_desks: Words
    came_to_light: Words
    once_received: Words
    handling: Words
    awaiting: Words
    outside_organisations: Words
    another_words: Words
    another_heads: Words
    counterparty_places: Words
    another_persons: Words
    other_sides: Words
    our_owners: Words
    subject_anaphors: Words
    placeholders: Words
    firm_forms: Words
    writer_prefixes: Words
    writer_heads: Words


@cache
def _file() -> PartiesFile:
    # Once: `config.load` copies and validates the file on every call.
    return config.load(FILE, PartiesFile)


@cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    file = _file()
    not_parties = frozenset(file.formal_nouns) | frozenset(file.demonstratives)
    things = frozenset(word.casefold() for word in file.things)
    return not_parties, things


@cache
def _placeholders() -> frozenset[str]:
    return frozenset(_file().placeholders)


@cache
def _offices() -> tuple[str, ...]:
    return tuple(_file().offices)


@cache
def _recipients() -> tuple[str, ...]:
    return tuple(_file().internal_recipients)


@cache
def outside_organisations() -> tuple[str, ...]:
    """Endings of the name of an organisation other than ours (企業, 派遣先, 取引先)."""
    return tuple(_file().outside_organisations)


@cache
def another_words() -> frozenset[str]:
    """Words that make the organisation named after them another one (「別の病院」「他院」)."""
    return frozenset(_file().another_words)


@cache
def another_heads() -> tuple[str, ...]:
    """Endings of an organisation's name that 別の or 他 makes another's (病院, 校, 会社)."""
    return tuple(_file().another_heads)


@cache
def other_sides() -> frozenset[str]:
    """Words for the other party itself (「向こう」「先方」), whose staff are theirs."""
    return frozenset(_file().other_sides)


@cache
def counterparty_places() -> frozenset[str]:
    """Places we deal with that make the organisation named after them another's (紹介先の病院)."""
    return frozenset(_file().counterparty_places)


@cache
def another_persons() -> frozenset[str]:
    """People named without a staff word after another organisation's の (「別の会社の人」)."""
    return frozenset(_file().another_persons)


@cache
def subject_anaphors() -> frozenset[str]:
    """Words that take up the party just named as a subject (「そこが」「そちらは」)."""
    return frozenset(_file().subject_anaphors)


@cache
def our_owners() -> frozenset[str]:
    """Words before の that make 「…の会社」 our own (うち, 当社, グループ)."""
    return frozenset(_file().our_owners)


@cache
def unit_heads() -> tuple[str, ...]:
    """Endings of the name of a unit of an organisation (センター, 部, CSIRT)."""
    return tuple(word.casefold() for word in _file().own_unit_heads)


def subject_of(doc: Doc, party: Match, at: int) -> bool:
    """`party` is the subject right before token `at` (「委託先が社内調査で」)."""
    between = [t.surface for t in doc.tokens[party.end : at]]
    if between[:1] in (["さん"], ["様"], ["さま"]):
        between = between[1:]  # 「業者さんが定期点検で」: the party named politely
    return between in (["が"], ["は"], ["で", "は"], ["も"])


def possessed_by(doc: Doc, party: Match, at: int) -> bool:
    """「取引先の担当者が気づいて」: the person at `at` is the party's, not one of ours."""
    return party.end + 1 == at and doc.tokens[party.end].surface == "の"


def to_our_own(doc: Doc, report: int) -> bool:
    """「事務局長に報告しました」「上司へ連絡」: the report word at `report` is made to one
    of our own people (a superior, an internal unit), named right before に or へ."""
    i = report - 1
    while i >= 0 and doc.tokens[i].pos1 == "接頭辞":
        i -= 1
    if i < 1 or doc.tokens[i].surface not in ("に", "へ"):
        return False
    j = i
    while j > 0 and i - j < 4 and doc.tokens[j - 1].pos1 in _PARTY_POS:
        j -= 1
    name = "".join(t.surface for t in doc.tokens[j:i])
    return bool(name) and name.endswith(_recipients())


# Suffixes that make a group of what they follow (「IPアドレス群」「端末類」). Surface forms.
_GROUPS: Final = frozenset({"群", "類", "等"})


def names_a_party(doc: Doc, at: int) -> bool:
    """「A社から」「薬局さんから」 but not 「ことから」「1台から」「ネットワークから」.

    The word before から (or より) at `at` ends the name of someone who could tell: a noun
    or a suffix (closing brackets skipped), not a formal noun, a count or a thing.
    """
    not_parties, things = _words()
    i = at - 1
    while i >= 0 and doc.tokens[i].surface in _CLOSING:
        i -= 1
    if i >= 1 and doc.tokens[i].surface in _GROUPS:
        i -= 1  # 「特定のIPアドレス群から」: the things of a group are still things
    if i < 0:
        return False
    if masked_name(doc, i + 1) or _firm_named(doc, i):
        return True
    before = doc.tokens[i]
    if before.pos1 not in _PARTY_POS and before.pos1 != "代名詞":
        return False  # 「不審だったから」「ないから」: a reason
    name = "".join(t.surface for t in doc.tokens[max(0, i - 2) : i + 1])
    office = before.pos1 == "接尾辞" and name.endswith(_offices())
    if (before.lemma in not_parties and not office) or before.lemma.casefold() in things:
        # 「○○システムズから」「△△ネットワークより」: a thing word after a name withheld
        # with marks ends a firm's name, as a legal form does.
        return i >= 1 and masked_name(doc, i)
    return not (i >= 1 and doc.tokens[i - 1].pos2 == "数詞")  # 「1台から」「3件から」


# How many words back the writer's own name may run before から (「当|歯科|医院から」).
_WRITER_REACH: Final = 3


def writer_itself(doc: Doc, at: int, heads: frozenset[str]) -> bool:
    """「当薬局から連絡を取り」「弊所から」「当クリニックより」: the noun run before から (or
    より) at `at` is the writer's own name for itself, so the contact is one it made.

    `heads` are the organisation words a prefix may stand before as one word (社, 院, 市).
    """
    file = _file()
    i = at
    while i > 0 and at - i < _WRITER_REACH and doc.tokens[i - 1].pos1 in _NAME_POS:
        i -= 1
    if i == at:
        return False
    first = doc.tokens[i]
    prefix = next((p for p in file.writer_prefixes if first.surface.startswith(p)), None)
    if prefix is None:
        return False
    if first.pos1 == "接頭辞" and first.surface == prefix:
        return True  # 「当クリニック」「当事業所」: any name after the prefix
    head = "".join(t.surface for t in doc.tokens[i:at])[len(prefix) :]
    return head in heads or head in file.writer_heads


# Parts of speech of the words of a name before から: 「当|薬局」「当|園」「弊|所」.
_NAME_POS: Final = frozenset({"名詞", "接尾辞", "接頭辞"})


# How many words back a firm's name may run before から (「株式会社|△|△|システム」).
_FIRM_REACH: Final = 8


def _firm_named(doc: Doc, last: int) -> bool:
    """「株式会社△△システム」: the noun run ending at `last` holds a firm's legal form."""
    k = last
    while k >= 0 and last - k < _FIRM_REACH:
        token = doc.tokens[k]
        named = token.pos1 in ("名詞", "接頭辞", "接尾辞") or token.surface in _placeholders()
        if not named and token.surface not in "()（）":
            break
        k -= 1
    run = "".join(t.surface for t in doc.tokens[k + 1 : last + 1])
    return any(form in run for form in _file().firm_forms)


def masked_name(doc: Doc, end: int) -> bool:
    """「株式会社○○」「△△」: the words ending at `end` are a name withheld with marks, which
    stands for a party as the name itself would; not a number's 「〇」 (「10〇日」)."""
    i = end - 1
    while i >= 0 and doc.tokens[i].surface in _placeholders():
        i -= 1
    return i < end - 1 and (i < 0 or doc.tokens[i].pos2 != "数詞")


def governs(doc: Doc, at: int, report: int) -> bool:
    """The から at `at` belongs to the report word at `report`, later in its sentence.

    Not when a clause ends at a verb between them (「ネットワークから切り離し、事務局長に
    報告」「顧客から預かった書類を紛失し、上司に報告」), unless から is set off by a comma or
    a quote, or the report quotes what was said (「A氏から…が届いたとの連絡」), which may
    hold clauses of its own.
    """
    tokens = doc.tokens
    if at + 1 < len(tokens) and tokens[at + 1].surface in _SET_OFF:
        return True
    if _modifies_a_noun(doc, at, report):
        return False
    if doc.clause_of[at] == doc.clause_of[report]:
        return True
    i = report
    while i > 0 and tokens[i - 1].pos1 == "接頭辞":
        i -= 1  # 「…とのご連絡」
    before = tuple(t.surface for t in tokens[max(0, i - 2) : i])
    if any(before[-len(q) :] == q for q in _QUOTING):
        return True
    return not any(t.pos1 == "動詞" for t in tokens[at + 1 : report])


def _modifies_a_noun(doc: Doc, at: int, report: int) -> bool:
    """「…市からお渡ししていた住民データが流出したと連絡」: a verb right after the から ends
    a clause on a noun; the から belongs to that clause, not to the report. Not with words
    between (「取引先から同社を装ったメールが届いたと連絡」: から goes with 届いた)."""
    tokens = doc.tokens
    i = at + 1
    while i < report and tokens[i].pos1 == "接頭辞":
        i += 1
    if i >= report or tokens[i].pos1 != "動詞":
        return False
    while i + 1 < report and (
        tokens[i + 1].pos1 in ("動詞", "助動詞") or tokens[i + 1].surface == "て"
    ):
        i += 1
    return i + 1 < report and tokens[i + 1].pos1 == "名詞"


@cache
def _report_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    file = _file()
    return frozenset(file.report_compounds), frozenset(file.handling), frozenset(file.awaiting)


@cache
def _purposes() -> frozenset[str]:
    return frozenset(_file().purpose_suffixes)


@cache
def _spaced_desks() -> frozenset[str]:
    return frozenset(_file().spaced_desks)


@cache
def _came_to_light() -> frozenset[str]:
    return frozenset(_file().came_to_light)


@cache
def _once_received() -> frozenset[str]:
    return frozenset(_file().once_received)


def _awaited(tokens: list[Token], end: int) -> bool:
    """「ご連絡いただき次第」「ご報告を受け次第」: what will be done once it comes."""
    for token in tokens[end : end + _AWAITED_REACH]:
        if token.lemma in _once_received():
            return True
        # Only a verb of receiving comes between: 「気付いた次第です」 explains what was done.
        if token.lemma not in _RECEIVING and token.surface not in ("を", "が"):
            return False
    return False


def names_something_else(doc: Doc, end: int, *, handled: bool = True) -> bool:
    """「通報窓口」「問い合わせ件数」「苦情対応」「お問い合わせに対応」「報告を待つ」: the
    report word ending at `end` names a desk, a count, the handling of reports or one still
    awaited, not a report received.

    With `handled` false (a report its sender sent: 「監視センターからの通報に対応するため」)
    acting on the report says it came; only waiting for it says it did not.
    """
    compounds, handling, awaiting = _report_words()
    if not handled:
        handling = frozenset()
    tokens = doc.tokens
    if end >= len(tokens):
        return False
    after = tokens[end]
    if _awaited(tokens, end):
        return True
    # 「お電話をいただき判明」: after a verb, a noun of coming to light is the next
    # predicate, no compound (「ご連絡いただき次第」 still awaits the report).
    if tokens[end - 1].pos1 in ("動詞", "助動詞") and after.lemma in _came_to_light():
        return False
    # 「JPCERTから連絡 うちのサイトが」: a space between Japanese words ends the phrase, so
    # the noun after it starts the next statement, unless it is a desk (「お問い合わせ 窓口」).
    # A line break does not: 「市からのお知らせ」 on a line of its own is a heading.
    gap = doc.text[doc.ends[end - 1] : doc.starts[end]]
    spaced = bool(gap) and not gap.strip(" \u3000")
    if (
        spaced
        and doc.clause_of[end] != doc.clause_of[end - 1]
        and after.lemma not in _spaced_desks()
    ):
        return False
    if after.pos1 == "名詞" and after.pos2 != "数詞":
        return after.lemma not in compounds
    if after.pos1 == "接尾辞" and after.lemma in _purposes():
        return True  # 「緊急連絡用の名簿」: made for reports, none received
    i = end
    if tokens[i].surface not in ("に", "へ", "を"):
        return False
    i += 1
    # 「お申し出には誠実に対応」「苦情への対応」: particles and a manner word may come first.
    for token in tokens[i : i + _HANDLING_REACH]:
        if token.lemma in handling or token.lemma in awaiting:
            return True
        if token.pos1 not in ("助詞", "形状詞", "副詞", "助動詞", "名詞"):
            return False
    return False
