"""Someone no reporter word names telling the company (`detection`): 「A社から報告を受けた」.

Split from `nlu.reporters`, which reads the reports received and the reporters named.
"""

from __future__ import annotations

from typing import Final

from coverage import Detection
from nlu.doc import Doc
from nlu.lexicon import Lexicon
from nlu.phrases import Match
from nlu.reporter_context import quote_spanning_start, the_insured
from nlu.reporter_frames import channel_ends, tells_no_attack
from nlu.reporter_kinds import CATEGORY
from nlu.reporter_operators import operator_by_work
from nlu.reporter_parties import governs, names_a_party, writer_itself
from nlu.reporter_roles import own_role_before, role_person
from nlu.reporter_same_name import same_named
from nlu.reporter_sources import (
    by_channel,
    named_source,
    negated_reporter,
    not_the_trigger,
    quotes_its_content,
    received_from,
)
from nlu.reporter_staff import former, honoured, of_another, of_lettered_firm, ours, own_unit
from nlu.tokens import Token

_FROM = ("から", "より")
# How far before から the insured's own may be named (「契約者の会計事務所さんから」).
_INSURED_REACH: Final = 8
_HONORIFICS = frozenset({"さん", "様", "さま"})


def told_from_outside(
    doc: Doc, lex: Lexicon, every: list[Match], also: bool, reports: list[Match]
) -> list[tuple[int, Detection]]:
    """「A社から報告を受けた」: someone not named as a reporter, and not one of us, told us.

    Nobody the spec names as an external report, so a third party; our own staff
    (「組合の職員から…との報告があった」) is self. A report denied (「報告しなかった」) or made
    by the company (「警察に連絡した」) is none. `reports` are the report words received.
    """
    found: list[tuple[int, Detection]] = []
    if doc.surface_set().isdisjoint(_FROM):
        return found
    for i, token in enumerate(doc.tokens):
        if token.surface not in _FROM or i == 0 or not_the_trigger(doc, i, lex, also):
            continue
        before = doc.tokens[i - 1]
        if before.lemma in lex.time_words or (before.pos2 == "数詞" and not _placeholder(before)):
            continue  # 「16時頃から」「5日から」: since when, not from whom
        if token.surface == "より" and not named_source(doc, i):
            continue  # 「従来より強化」: a comparison or a start, not who told
        if not names_a_party(doc, i):
            continue  # 「…ことから、お知らせする」「ネットワークから切り離し」
        if writer_itself(doc, i, lex.addressee_heads):
            continue  # 「送信先には当薬局から連絡を取り」: the writer's own contact
        lo = max(doc.clause_start(i), i - 4)
        if any(lo <= m.start and m.end == i for m in lex.attackers.find(doc)):
            continue  # 「攻撃者を名乗る者から…メールが届いた」: the attack's demand
        # 「写ってた元社員の方から」: a former one of ours is an outsider.
        staff = [m for m in lex.staff.find(doc) if lo <= m.start and m.end in (i, i - 2)]
        kind = (
            Detection.SELF if staff and ours(doc, staff[0], every, lex) else Detection.THIRD_PARTY
        )
        if (same := same_named(doc, i, every)) is not None:
            kind = CATEGORY[same.label]  # 「警視庁サイバー犯罪対策課は…同課からの連絡」
        if own_unit(doc, i, lex):
            kind = Detection.SELF  # 「本学情報基盤センター(CSIRT)から報告」
        # 「見張りをお願いしているセキュリティの会社から電話」: a watcher or host of ours; a
        # host telling of no attack (its own staff's take-out) is a contractor still.
        label = operator_by_work(doc, i, lex) if kind is Detection.THIRD_PARTY else None
        if label is not None and (label != "network" or not tells_no_attack(doc, i, lex)):
            kind = CATEGORY[label]
        # 「B社担当者から」: another firm's staff, as much an outsider as a former one of ours;
        # 「B社の担当者さんから」 the same, politely.
        polite = staff
        if not polite and before.surface in _HONORIFICS:
            polite = [m for m in lex.staff.find(doc) if lo <= m.start and m.end == i - 1]
        # 「他の会社の社員から」: another organisation's staff, as named as a lettered firm's.
        gone = bool(polite) and (
            former(doc, polite[0])
            or of_lettered_firm(doc, polite[0])
            or of_another(doc, polite[0])
            or honoured(doc, polite[0].start)  # 「先方のご担当者から」
        )
        if kind is Detection.THIRD_PARTY and lex.internal.contains(doc, lo, i) and not gone:
            continue
        if the_insured(doc, max(doc.clause_start(i), i - _INSURED_REACH), i):
            continue  # 「契約者の会計事務所さんから電話」: the agent's client telling it
        if role_person(doc, i - 1, i) or role_person(doc, max(0, i - 2), i):
            continue  # 「院長ご本人から」: one of us, as our internal 上司から is
        if kind is Detection.THIRD_PARTY and own_role_before(doc, i):
            continue  # 「院長から連絡があり」: our head telling us, as 上司から is
        first, last = doc.sentence_span(i)
        told = (
            any(
                i < m.start
                # 「友達から「これお前の会社のやつじゃね？」ってLINE来て」: the quote's own ?
                # cut the sentence; the report after it is still the one from him.
                and (m.start < last or quote_spanning_start(doc, m.start) <= first)
                and (m.start < i + 25 or quotes_its_content(doc, m))
                and governs(doc, i, m.start)
                for m in reports
            )
            or any(received_from(doc, m, i, lex) for m in reports)
            or (
                doc.tokens[i + 1 : i + 2]
                and doc.tokens[i + 1].surface == "の"
                and by_channel(doc, i + 2, lex)
            )
            # 「印刷屋さんから電話で…向こうのサーバーが…って」: a verbless call, then what it said.
            or channel_ends(doc, i, lex)
        )
        if kind is Detection.SELF and _asked(doc, i, reports):
            continue  # 「同僚から「そのPC変じゃない？」と言われました」: a doubt, not a finding
        if told and not negated_reporter(doc, i + 1, lex):
            found.append((i, kind))
    return found


_ASKING: Final = frozenset({"?", "？"})


def _asked(doc: Doc, at: int, reports: list[Match]) -> bool:
    """The words quoted between から at `at` and the next report word end in a question."""
    report = next((m.start for m in reports if m.start > at), None)
    if report is None:
        return False
    tokens = doc.tokens
    return any(
        tokens[k].surface in _ASKING and tokens[k + 1].surface in ("」", "』")
        for k in range(at + 1, report - 1)
    )


# 「株式会社〇〇より」: a notice hides a name behind circles, which MeCab reads as the numeral 〇.
_PLACEHOLDER_MARKS = frozenset("〇○◯")


def _placeholder(token: Token) -> bool:
    """A "numeral" made only of circles is a name left blank, never a number."""
    return bool(token.surface) and set(token.surface) <= _PLACEHOLDER_MARKS
