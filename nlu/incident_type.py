"""Reading the incident type (a loss, a misdelivery, an attack…) from its cue words; whether
an attack reached our systems is read in `nlu.access`, whose clause scopes this shares.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from coverage import IncidentType
from nlu.access import attack_state, before_harm
from nlu.access_caveats import of_the_others
from nlu.access_planted import planted_cues
from nlu.doc import Doc
from nlu.incident_hints import (
    displayed,
    generic_only,
    no_leak_doubt,
    relay_kind,
    sent_elsewhere,
    unfound_no_loss,
    unsourced_leak,
)
from nlu.intruder_reach import intruder_reached
from nlu.lexicon import EXPOSED, NOT_INCIDENT, SIGN, Lexicon
from nlu.mail_borne import mail_borne, opened_from_us
from nlu.mentions import described, on_another_party, warned
from nlu.phrases import Match
from nlu.polarity import Polarity, polarity, scope_after
from nlu.reporter_vendor import is_reporter
from nlu.settled import confirms_after_doubts, imagined
from nlu.theft import broken_into, entered_systems
from nlu.type_asked import asked_by_someone
from nlu.type_background import in_background
from nlu.type_bugs import seen_through_bug
from nlu.type_caught import caught_by_tool, trace_caught
from nlu.type_checkboxes import unticked
from nlu.type_conditions import (
    conditional_cues,
    family_named,
    paraphrased_note,
    posted_in_sentence,
    reported_own_error,
    working_alongside,
)
from nlu.type_doubts import ddos_relay_sentences, infection_in_doubt, loose_doubt
from nlu.type_exposure import exposure_kind, in_order
from nlu.type_floods import ddos_states
from nlu.type_guessed import guessed
from nlu.type_insider import insider_cues
from nlu.type_kana import heard_in_kana
from nlu.type_ransom import ransom_cues
from nlu.type_relayed import infected_relay
from nlu.type_shares import open_shares
from nlu.type_shorthand import asked_whether, keyed_presence
from nlu.type_shutdown import switched_off
from nlu.type_takeover import takeover_cues
from nlu.type_theirs import told_on_after
from nlu.type_unconfirmed import as_a_fact
from nlu.type_undelivered import undelivered_cues
from nlu.type_unlicensed import unlicensed_cues
from nlu.type_uploads import no_post_of_ours, pictured_in_post, uploaded_to_sns
from nlu.type_warnings import in_public_warning
from nlu.type_wording import (
    addresses_shown,
    attached_to_posting,
    before_still_missing,
    data_stolen,
    disposed_instead,
    enclosed_by_mistake,
    found_again,
    left_behind,
    mistaken_disposal,
    mistaken_sending,
    mixed_by_attack,
    mixed_into_waste,
    on_screen,
    stolen_written,
    symptoms_only,
    unerased_disposal,
    unfound_things,
)
from nlu.vendor_asked import asked_vendor
from nlu.vendor_attacks import at_vendor, countered, maintainer_found, told_by_contractor
from nlu.vendor_checkers import checked_by_vendor, watcher_entrusted
from nlu.vendor_errors import leak_told_next, only_agent, vendor_error
from nlu.vendor_jobs import outsourced_job, watching_job
from nlu.vendor_ours import entrusted_to_us
from nlu.vendor_route import attack_route
from nlu.vendor_transit import lost_in_transit

# How far past an attack word a ransom note's word may stand (ランサム の 脅迫画面).
_NOTE_REACH = 3
_ATTACK_LABELS = frozenset(
    {IncidentType.MALWARE.value, IncidentType.UNAUTHORIZED_ACCESS.value, IncidentType.DDOS.value}
)


@dataclass(frozen=True)
class IncidentReading:
    """The incident type, and whether an attack of that type was said to have reached us
    (「感染した」「ランサムの件」), not only to be carried by a mail or a file
    (「メールにマルウェアが含まれていた」): only the first is the spec's access found."""

    kind: IncidentType | None
    stated: bool = False
    # The one attack kind a doubt named (「DDoSっぽい」), and whether the kind read came from
    # attack words of no kind (攻撃) alone: a later 「攻撃を確認」 confirms the doubted kind.
    doubted: IncidentType | None = None
    generic: bool = False
    # A doubted attack settled by a bare confirmation after every doubt (「…ログで確認済み」).
    settled: bool = False
    # The type read from data left open to view alone (「約4000人分が見られる状態でした」).
    exposure: bool = False
    # Types the message names only to deny them (「誤送信ではありませんでした」): a type said
    # after one of them, earlier in the conversation, corrects it.
    denied: frozenset[IncidentType] = frozenset()
    # The type read only from words that doubt or deny it (「持ち出していなかったようです」).
    tentative: bool = False


def read_incident_type(doc: Doc, lex: Lexicon) -> IncidentType | None:
    """The incident type as `incident_reading` reads it."""
    return incident_reading(doc, lex).kind


def incident_reading(doc: Doc, lex: Lexicon) -> IncidentReading:
    """The incident type as `_incident_reading` reads it, with the types only denied."""
    present: dict[IncidentType, list[Polarity]] = {}
    reading = _incident_reading(doc, lex, present)
    denied = frozenset(
        kind
        for kind, states in present.items()
        if states and all(state is Polarity.NEGATED for state in states)
    )
    return replace(reading, denied=denied) if denied else reading


def _incident_reading(
    doc: Doc, lex: Lexicon, present: dict[IncidentType, list[Polarity]]
) -> IncidentReading:
    """The incident type: the first of the configured order that is mentioned, not denied.

    An attack word that is only hedged (「不正アクセスの可能性」「ランサムかも」), or a sign of
    one not denied (「不審な通信」「ログイン試行」), makes the incident `suspected`: a possible
    intrusion, not yet confirmed. One that is only denied (「不正アクセスはなかった」) names
    no type. A type only hedged (「盗まれた可能性」) yields to one stated plainly, and a
    hedged `other` (「不具合なのか」) to a hedged attack. A vendor named as the one who
    reported (「委託先のSOCから連絡」) is not a leak at the vendor.
    """
    signs: list[Polarity] = []
    found = lex.incident_cues.find(doc)
    # 「同業の工務店がランサムウェアにやられて身代金払った」: the attack words after theirs.
    theirs = [m for m in found if m.label in _ATTACK_LABELS and on_another_party(doc, m.start, lex)]
    cues = [
        m
        for m in found
        if m.label != NOT_INCIDENT
        and not (m.label in _ATTACK_LABELS and told_on_after(doc, m, theirs))
        and not unticked(doc, m)  # 「□ウイルス　■紛失・盗難」: a choice the form offers
        and not (m.label == IncidentType.LOST_OR_STOLEN.value and switched_off(doc, m))
        and not (
            m.label in _ATTACK_LABELS
            and (
                countered(doc, m.end, lex)
                or broken_into(doc, m)
                or in_public_warning(doc, m)
                or in_background(doc, m, lex)  # 「昨年の被害を受け対策…このたび」: the past one
            )
        )
    ]
    demanded = ransom_cues(doc)
    uploads = uploaded_to_sns(doc)
    # 「TikTokに動画を上げて…利用者さんが映り込んでいた」: what the post showed; 「他の会員の
    # 注文履歴が見えてしまう不具合」: what the bug showed.
    cues = [
        m
        for m in cues
        if m.label != IncidentType.VISUAL_LEAK.value
        or not (
            pictured_in_post(doc, m, uploads)
            or seen_through_bug(doc, m, lex)
            or asked_by_someone(doc, m)  # 「取引先から対策状況を聞かれています」
            or addresses_shown(doc, m)  # 「アドレスが見えちゃった」: a mail sent in TO
        )
    ]
    cues = sorted(
        [
            *cues,
            *demanded,
            *conditional_cues(doc),
            *insider_cues(doc),
            *mistaken_disposal(doc),
            *unerased_disposal(doc),
            *enclosed_by_mistake(doc, lex.other_party),
            *open_shares(doc),
            *uploads,
            *unfound_things(doc, lex.lost_things, lex.negating),
            *left_behind(doc, lex.lost_things),
            *_outside_compounds(doc, stolen_written(doc), lex),
            *unlicensed_cues(doc),
            *entered_systems(doc),
            *takeover_cues(doc),
            *planted_cues(doc),
            *intruder_reached(doc),
            *undelivered_cues(doc, lex),
            *heard_in_kana(doc, cues, lex),
        ]
    )
    # An attack's doubts are read up to the next attack word, past other cues
    # (「改ざん・流出や被害は確認されておりません」 hedges 改ざん too).
    attack_cues = [
        m for m in cues if m.label not in (SIGN, EXPOSED) and IncidentType(m.label) in lex.attacks
    ]
    tampering = {m.start for m in lex.tampering.find(doc)}
    tampered = False
    # Losses said found again: beside a confirmed attack, a closed matter.
    recovered = 0
    # The loss cues read, and the `other` cues said plainly (a wrong disposal among them).
    losses: list[Match] = []
    plain_others: list[Match] = []
    # Attack kinds named only as carried by a mail or a file, never as reaching us.
    carried: set[IncidentType] = set()
    reached: set[IncidentType] = set()
    # Malware named only as what a tool caught (「トロイの木馬を検知して隔離」).
    caught: set[IncidentType] = set()
    # Data left open to view (「誰でも見られる状態」「誤って公開」), by the medium it was in.
    exposed: dict[IncidentType, list[Polarity]] = {}
    online = lex.online_media.contains(doc)
    infection_doubted = False
    # Attack kinds doubted only as to whether they spread to other machines.
    spread: set[IncidentType] = set()
    # Attack kinds doubted by a word of their own kind, not only by a generic 攻撃 or by the
    # hijack that made a machine a DDoS relay (「乗っ取られてDDoSの踏み台にされてたっぽい」).
    firm: set[IncidentType] = set()
    relayed = ddos_relay_sentences(doc, cues, lex)
    # Each DDoS cue's start and state, for a flood told beside a DDoS only presumed.
    ddos_said: list[tuple[int, Polarity]] = []
    heads = [m for m in cues if m.label == IncidentType.MALWARE.value]
    # Malware named by its family (「Emotetとみられる」), however said.
    families = {IncidentType(m.label) for m in heads if family_named(doc, m)}
    for match in cues:
        if match.label == SIGN:
            if warned(doc, match.end, lex):
                continue  # 「不審なメールにご注意ください」: the readers are warned of one
            lo, hi = scope_after(doc, match.end)
            hi = before_harm(doc, lo, hi, lex)
            signs.append(polarity(doc, lo, hi, lex, affirm_if=True))
            continue
        if match.label == EXPOSED:
            lo, hi = scope_after(doc, match.end)
            seen = exposure_kind(doc, match.start, online, lex)
            exposed.setdefault(seen, []).append(polarity(doc, lo, hi, lex, affirm_if=True))
            continue
        kind = relay_kind(doc, match, IncidentType(match.label), cues, lex)
        if kind is IncidentType.VENDOR_LEAK and (
            (
                is_reporter(doc, match.end, lex)
                and not reported_own_error(doc, match, lex)
                and not leak_told_next(doc, match, cues, lex)
            )
            or maintainer_found(doc, match.start, match.end, lex)
            or only_agent(doc, match, lex)
            or lost_in_transit(doc, match, cues)
            or working_alongside(doc, match.end)
            or attack_route(doc, match, cues, lex)
            or outsourced_job(doc, match, cues, lex)
            or watching_job(doc, match, cues, lex)
            or asked_vendor(doc, match, lex)
            or entrusted_to_us(doc, match)
            or watcher_entrusted(doc, match, lex)
            or checked_by_vendor(doc, match, cues)
        ):
            continue
        if kind is IncidentType.LOST_OR_STOLEN and unfound_no_loss(doc, match, lex):
            continue
        if kind is IncidentType.MISDELIVERY and (
            mixed_into_waste(doc, match, lex.sending) or mixed_by_attack(doc, match, attack_cues)
        ):
            # 「廃棄する書類に誤って混入」: thrown away, as the disposal cues read it;
            # 「不正なプログラムが混入…感染」: the attack's program, nothing sent
            continue
        if kind is IncidentType.MISDELIVERY and attached_to_posting(doc, match):
            kind = IncidentType.OTHER  # published on a site by mistake, not sent
        if kind is IncidentType.MISDELIVERY and told_by_contractor(doc, match, lex):
            kind = IncidentType.VENDOR_LEAK  # the contractor's own mis-sending
        if kind is IncidentType.OTHER and no_post_of_ours(doc, match, cues, lex):
            continue
        if (
            kind is IncidentType.MEDIA
            and not lex.frames.infringements.contains(doc)
            and posted_in_sentence(doc, match, cues)
        ):
            continue
        noted = kind in lex.attacks and lex.ransom_notes.contains(
            doc, match.start, min(len(doc.tokens), match.end + _NOTE_REACH)
        )
        loosely = paraphrased_note(doc, match.end) if noted else None
        shown = kind in lex.attacks and (
            displayed(doc, match.end, lex)
            or loosely is not None
            or (noted and on_screen(doc, match))
        )
        # Files locked beside a demand the screen shows (`nlu.type_ransom`): a ransom note.
        ransom_note = (shown and noted) or match in demanded
        if shown and not ransom_note:
            # 「ウイルスに感染した」という警告: a support scam's screen, no infection said; what
            # it shows is still a possible attack on the machine it came up on (rule 2),
            # unless the screen is what readers are warned of (「…という偽の画面にご注意を」).
            if not _warned_of_screen(doc, match, lex):
                present.setdefault(kind, []).append(Polarity.HEDGED)
            continue
        if kind in lex.attacks and at_vendor(doc, match.start, lex):
            # 「提供事業者のサーバーが不正アクセスを受け」: the provider's systems, a vendor leak
            state = attack_state(doc, attack_cues, attack_cues.index(match), lex)
            present.setdefault(IncidentType.VENDOR_LEAK, []).append(state)
            continue
        if kind in lex.attacks and (
            on_another_party(doc, match.start, lex) or opened_from_us(doc, match.start)
        ):
            continue  # 「取引先がランサムウェア被害に遭った」: not our systems
        if kind in lex.attacks and (asked_whether(doc, match) or keyed_presence(doc, match)):
            continue  # 「侵入の有無を教えてください」「不正アクセス：有」: no type named
        if kind in lex.attacks:
            state = attack_state(doc, attack_cues, attack_cues.index(match), lex)
            if state is Polarity.HEDGED and of_the_others(doc, match.start):
                # 「残りの2台も感染してないかチェック」: whether the attack spread; a doubt of
                # the kind only if nothing else names it (below).
                spread.add(kind)
                continue
            if ransom_note and state is Polarity.NEUTRAL:
                state = Polarity.AFFIRMED  # a ransom note on the screen is the infection
            elif loosely is not None and state is Polarity.HEDGED:
                # 「身代金はらえみたいなこと書いてあって」: the みたい is the paraphrase's; a
                # doubt said after it (「…書いてあるけど感染かも」) still counts.
                _, last = doc.sentence_span(match.start)
                if not lex.hedge.contains(doc, loosely, last):
                    state = Polarity.AFFIRMED
            tampered |= state is Polarity.AFFIRMED and match.start in tampering
            # 「含まれていた」's れる affirms nothing: carried, with or without it; so is
            # malware described, named or warned of (「というウイルスに注意」).
            if state in (Polarity.AFFIRMED, Polarity.NEUTRAL) and (
                _carried(doc, match.end, lex)
                or described(doc, match, heads, lex, plain=state is Polarity.NEUTRAL)
            ):
                carried.add(kind)
            elif state in (Polarity.AFFIRMED, Polarity.NEUTRAL):
                by_tool = caught_by_tool(doc, match.end) or trace_caught(doc, match)
                (caught if by_tool else reached).add(kind)
            elif state is Polarity.HEDGED and infection_in_doubt(doc, match, lex):
                infection_doubted = True
            if state in (Polarity.HEDGED, Polarity.TOPIC) and not loose_doubt(
                doc, match, kind, relayed, lex
            ):
                firm.add(kind)
        else:
            lo, hi = scope_after(doc, match.end)
            # 「USBなくしただけなので不正アクセスとかはないです」: the denial after the next
            # cue is that cue's, not the loss's.
            hi = min(hi, _next_cue_start(cues, match, hi))
            if kind is IncidentType.LOST_OR_STOLEN:
                hi = before_still_missing(doc, lo, hi)
                recovered += found_again(doc, match)
                losses.append(match)
            state = polarity(doc, lo, hi, lex, affirm_if=True)
            if state is Polarity.HEDGED and as_a_fact(doc, match):
                state = Polarity.NEGATED  # 「持ち出しの事実は確認できませんでした」: none named
            if kind is IncidentType.OTHER and guessed(doc, match, hedged=state is Polarity.HEDGED):
                continue  # 「持ち出して勧誘に使ってるんじゃないか」: only guessed (rule 1)
            if kind is IncidentType.OTHER and state is Polarity.AFFIRMED:
                plain_others.append(match)
            if kind is IncidentType.SUSPECTED and (
                no_leak_doubt(doc, match, lo, hi, lex) or unsourced_leak(doc, match, state, lex)
            ):
                continue
        present.setdefault(kind, []).append(state)
        if kind is IncidentType.DDOS:
            ddos_said.append((match.start, state))
    if ddos_said:
        present[IncidentType.DDOS] = ddos_states(doc, ddos_said)
    for kind in spread - present.keys():
        present[kind] = [Polarity.HEDGED]  # 「他のPCも感染したかも」 alone: still a doubt
    doubted = {
        kind
        for kind in (*lex.attacks, IncidentType.SUSPECTED)
        if any(state in (Polarity.HEDGED, Polarity.TOPIC) for state in present.get(kind, ()))
    }
    hedged = bool(doubted) or any(state is not Polarity.NEGATED for state in signs)
    tentative: IncidentType | None = None
    if tampered and IncidentType.UNAUTHORIZED_ACCESS in lex.attacks:
        # A defaced or rewritten site is the incident; the malware it serves its visitors
        # (「改ざんされ、閲覧者がウイルスに感染した可能性」) is not an infection of ours.
        present.pop(IncidentType.MALWARE, None)
    # An attack on our systems said or doubted: data seen 「ファイルサーバーの中身を見られて
    # ます」 is what the intruder saw, not a screen or papers looked at over a shoulder.
    intruded = any(
        state is not Polarity.NEGATED for kind in lex.attacks for state in present.get(kind, ())
    )
    for kind, states in in_order(present, exposed, lex):
        if kind is IncidentType.SUSPECTED or not states:
            continue
        if kind is IncidentType.VISUAL_LEAK and intruded:
            continue
        if (
            kind is IncidentType.LOST_OR_STOLEN
            and recovered == len(states)
            and any(Polarity.AFFIRMED in present.get(attack, ()) for attack in lex.attacks)
        ):
            continue  # 「①USB紛失→見つかったので終わり ②PCがEmotet感染」: the open one
        if kind is IncidentType.LOST_OR_STOLEN and disposed_instead(doc, losses, plain_others):
            continue  # 「書類の紛失について…誤って資源ごみとして出していた」: thrown away
        if (
            kind is IncidentType.LOST_OR_STOLEN
            and any(Polarity.AFFIRMED in present.get(attack, ()) for attack in lex.attacks)
            and data_stolen(doc, losses, lex.lost_things)
        ):
            continue  # 「不正にログインし…パスワードが盗まれ」: the data the attack took
        if kind in lex.attacks:
            if kind is IncidentType.DDOS and infected_relay(doc, cues, relayed, present, reached):
                continue  # 「ウイルスに感染し、DDoSの踏み台に」: the infection is the incident
            if kind in carried - reached - families and Polarity.HEDGED in states:
                continue  # 「ウイルスメール来た…感染してるかも」: only the mail is sure
            if kind in caught - reached - carried and infection_doubted:
                continue  # 「トロイの木馬を検知して隔離…感染してるのか、わからん」
            if Polarity.AFFIRMED in states or (
                Polarity.NEUTRAL in states
                and Polarity.HEDGED not in states
                and Polarity.NEGATED not in states
            ):
                generic = generic_only(doc, cues, kind, lex)
                if generic and len(named := doubted & lex.attacks - {kind}) == 1:
                    kind = named.pop()  # 「DDoSっぽい…確定です、攻撃元IP数千」
                stated = kind in reached or kind not in carried
                return IncidentReading(kind, stated=stated, generic=generic)
            continue
        if all(state is Polarity.NEGATED for state in states):
            continue
        if kind not in lex.parties and all(
            state in (Polarity.NEGATED, Polarity.HEDGED) for state in states
        ):
            tentative = tentative or kind
            continue
        if kind is IncidentType.OTHER and doubted & lex.attacks and symptoms_only(doc, cues):
            continue  # the malfunction is what the doubted attack looked like
        if (
            kind is IncidentType.OTHER
            and any(state is not Polarity.NEGATED for state in signs)
            and _ruled_out(doubted, present, lex)
        ):
            # 「不審な通信…不正アクセスの可能性…設定不備によるもの、不正アクセスはなかった」:
            # the setting error is what the sign came from; the incident, the doubt checked.
            continue
        if kind is IncidentType.OTHER and vendor_error(doc, _errors(cues), lex):
            return IncidentReading(IncidentType.VENDOR_LEAK)  # the contractor's own error
        return IncidentReading(kind, exposure=not present.get(kind))
    if not hedged and (sent_elsewhere(doc, lex) or _mistakenly_sent(doc, lex)):
        return IncidentReading(IncidentType.MISDELIVERY)
    if (
        tentative is not None
        and not (tentative is IncidentType.OTHER and doubted & lex.attacks)
        and not imagined(doc, lex)
    ):
        return IncidentReading(tentative, tentative=True)
    if not hedged:
        return IncidentReading(None)
    named = doubted & lex.attacks
    if len(named) > 1:
        # 「DDoS攻撃を受けてるっぽい」: the generic 攻撃 is the named attack, not another.
        named = (named & firm) or named
    if len(named) == 1 and confirms_after_doubts(doc, lex):
        # 「外部から入られてたっぽいです…ログで確認済み」: the doubt, then its answer.
        return IncidentReading(named.pop(), stated=True, settled=True)
    return IncidentReading(IncidentType.SUSPECTED, doubted=named.pop() if len(named) == 1 else None)


def _ruled_out(
    doubted: set[IncidentType], present: dict[IncidentType, list[Polarity]], lex: Lexicon
) -> bool:
    """An attack doubted or denied, and said nowhere to have happened: beside a sign of one,
    the incident was a possible attack, `suspected` even when the sign's cause is then found
    to be a setting error (tests/data/README.md rule 2: it stays `suspected` if access is
    later ruled out). The sign is the doubt, so an attack only denied after it (「不審な通信
    …不正アクセスの事実はなく、バックアップソフトの設定誤りによるもの」) was ruled out all the
    same. Without a sign the error is an incident of its own (「他のお客様の情報が表示…不正
    アクセスではなく不具合」: `other`)."""
    attacks = (doubted & lex.attacks) | {
        kind for kind in lex.attacks if Polarity.NEGATED in present.get(kind, ())
    }
    states = [state for kind in attacks for state in present.get(kind, ())]
    return (
        bool(attacks)
        and Polarity.NEGATED in states
        and not any(Polarity.AFFIRMED in present.get(kind, ()) for kind in lex.attacks)
    )


def _outside_compounds(doc: Doc, found: list[Match], lex: Lexicon) -> list[Match]:
    """The cues `found` that stand in no phrase that only holds a cue (NOT_INCIDENT):
    「パスワードを盗られた」「顧客情報を盗られ」 are what an attack took, no thing stolen."""
    held = {
        i
        for m in lex.incident_cues.find(doc)
        if m.label == NOT_INCIDENT
        for i in range(m.start, m.end)
    }
    return [m for m in found if m.start not in held]


def _mistakenly_sent(doc: Doc, lex: Lexicon) -> bool:
    """A sending said as a mistake (`nlu.type_wording.mistaken_sending`), not denied."""
    verb = mistaken_sending(doc, lex.sending)
    if verb is None:
        return False
    lo, hi = scope_after(doc, verb + 1)
    return polarity(doc, lo, hi, lex, affirm_if=True) is Polarity.AFFIRMED


def _errors(cues: list[Match]) -> list[Match]:
    """The cues of a setting error or an exposure (`other`)."""
    return [m for m in cues if m.label in (IncidentType.OTHER.value, EXPOSED)]


def _next_cue_start(cues: list[Match], match: Match, default: int) -> int:
    """Where the first attack word after `match` starts, or `default`."""
    return next(
        (m.start for m in cues if m.start >= match.end and m.label not in (SIGN, EXPOSED)),
        default,
    )


def _warned_of_screen(doc: Doc, match: Match, lex: Lexicon) -> bool:
    """「「ウイルスに感染しました」という偽の警告画面にご注意ください」: the screen's words at
    `match` are what the rest of their sentence warns of."""
    _, last = doc.sentence_span(match.start)
    return lex.warned.contains(doc, match.end, last)


def _carried(doc: Doc, end: int, lex: Lexicon) -> bool:
    """「メールにマルウェアが含まれていた」: said to be in a mail or a file, not to have run."""
    if mail_borne(doc, end):
        return True
    lo, hi = scope_after(doc, end)
    return lex.carried.contains(doc, lo, hi)
