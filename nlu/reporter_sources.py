"""Where a report came from: a reporter named as its source (「監視会社から」「SOCが検知」),
a mail that arrived from it, and から that names no report (「IPアドレスからの不正アクセス」)."""

from __future__ import annotations

from typing import Final

from nlu.doc import Doc
from nlu.lexicon import Lexicon
from nlu.phrases import Match
from nlu.polarity import negations, scope_after
from nlu.reporter_parties import masked_name, unit_heads
from nlu.tokens import Token

# Between a reporter and its particle, at most this many words (「県警のサイバー犯罪対策課から」),
# brackets included (「警察（サイバー犯罪対策課）から」).
REPORTER_TAIL = 6
_HONORIFICS = frozenset({"さん", "様", "さま", "殿"})
BRACKETS = frozenset("()（）[]［］【】")


def is_source(doc: Doc, end: int, lex: Lexicon, also: bool = False) -> bool:
    """「監視会社から」「警察より」「SOCが検知」: the reporter ending at `end` told the company.

    A few nouns may follow it before the particle (「総務省の地域情報政策室から」); a letter
    in its name (「弁護士名義の文書が届いた」) is its report too.
    """
    end = past_alias(doc, past_gloss(doc, end, lex))
    while end < len(doc.tokens) and doc.tokens[end].surface in BRACKETS:
        end += 1  # 「地方公共団体情報システム機構(J-LIS)の監視で」
    if [t.surface for t in doc.tokens[end : end + 2]] == ["の", "方"]:
        end += 2  # 「市民の方が拾得し」
    elif end < len(doc.tokens) and doc.tokens[end].surface in _HONORIFICS:
        end += 1  # 「プロバイダさんに言われて」「鯖屋さんが検知」: the same reporter, politely
    elif end < len(doc.tokens) and _unit_of(doc.tokens[end]):
        end += 1  # 「社内のSOCチームが検知」: the reporter's team is the reporter
    following = doc.tokens[end : end + 2]
    if not following or not_the_trigger(doc, end, lex, also):
        return False
    if _by_its_check(doc, end, lex):
        return True
    if following[0].surface in lex.name_words and following[1:] and following[1].surface == "の":
        return any(m.start == end + 2 and m.label == "report" for m in lex.report_words.find(doc))
    if following[0].surface in lex.source_particles or following[0].lemma in lex.source_lemmas:
        return True
    if [t.surface for t in following] == ["に", "より"]:
        return True
    # 「セキュリティ監視サービスにおいて…検知」: where the detection was made, the operator.
    if following[0].surface == "に" and following[1:] and following[1].lemma == "於く":
        return True
    if following[0].surface == "に" and told_passively(doc, end + 1, lex):
        return True  # 「って取引先に言われた」
    # 「監視サービスのアラート」 but not 「お客様向けのお知らせ」.
    if following[0].surface == "の" and following[1:] and following[1].lemma in lex.source_lemmas:
        return True
    start = end + 1 if following[0].surface == "の" else end
    tail = doc.tokens[start : start + REPORTER_TAIL]
    for i, token in enumerate(tail):
        # 「IPAの届出窓口経由で…連絡」: through the reporter's desk, as from it.
        if token.surface in ("から", "より", "経由"):
            return (
                i > 0
                and all(
                    t.pos1 in NOUNS or t.surface in BRACKETS or _person_joint(tail, k)
                    for k, t in enumerate(_past_some(tail[:i]))
                )
                and not not_the_trigger(doc, start + i, lex, also)
            )
    return False


def _past_some(words: list[Token]) -> list[Token]:
    """「(取引先の)何社か(から)」「(お客様の)何人か」: some of the party, its か left out."""
    if len(words) >= 2 and words[-1].surface == "か" and words[0].surface in ("何", "幾"):
        return words[:-1]
    return words


# The person of a party's department (「取引先の経理の方から」「委託先の営業の人より」): surface
# forms after the department's の.
_PERSONS = frozenset({"方", "人", "担当者", "担当", "方々"})


def _person_joint(tail: list[Token], k: int) -> bool:
    """The の at `tail[k]` joins a party's department to its person, the one who told."""
    return tail[k].surface == "の" and k + 1 < len(tail) and tail[k + 1].surface in _PERSONS


def _unit_of(token: Token) -> bool:
    """「チーム」「部門」 right after a reporter: a unit of it, named as one word."""
    return token.pos1 == "名詞" and token.surface.casefold() in unit_heads()


def told_passively(doc: Doc, at: int, lex: Lexicon) -> bool:
    """「取引先に言われた」「顧客に電話で指摘された」: a report word within a few words of
    `at`, passive or a favour received, so the one marked に before it told."""
    # 「警察に、御社のサーバーが踏み台になっていると指摘された」: the agent set off by a
    # comma, what it said quoted before the report.
    if at < len(doc.tokens) and doc.tokens[at].surface == "、":
        _, last = doc.sentence_span(at)
        return any(
            m.label == "report"
            and at < m.start < last
            and doc.tokens[m.start - 1].surface in ("と", "って")
            and passive_report(doc, m, lex)
            for m in lex.report_words.find(doc)
        )
    for m in lex.report_words.find(doc):
        if (
            m.label == "report"
            and at <= m.start <= at + 2
            and doc.clause_of[at] == doc.clause_of[m.start]
        ):
            # 「感染はしてないってベンダーに言われた」: told a result, after the finding.
            return (
                passive_report(doc, m, lex)
                and negations(doc, doc.clause_start(at), at, lex) % 2 == 0
            )
    return False


def passive_report(doc: Doc, report: Match, lex: Lexicon) -> bool:
    """「言われた」「指摘された」「教えてもらった」: a report the company was given."""
    if doc.tokens[report.start].lemma not in lex.frames.passive_reports:
        return False
    tokens = doc.tokens[report.start : report.end + 3]
    return any(t.lemma in lex.frames.passive_lemmas for t in tokens)


def _by_its_check(doc: Doc, end: int, lex: Lexicon) -> bool:
    """「委託先の内部調査で判明」「J-LISの監視で検知され」: the reporter's own check, the means.

    Its の, a few nouns ending in a check word, then で (or により): the reporter found it.
    """
    if end >= len(doc.tokens) or doc.tokens[end].surface != "の":
        return False
    tail = doc.tokens[end + 1 : end + 1 + REPORTER_TAIL]
    for i, token in enumerate(tail):
        if token.pos1 not in NOUNS:
            return (
                i > 0
                and tail[i - 1].lemma in lex.finding_nouns
                and (token.surface == "で" or token.surface in ("により", "によって"))
            )
    return False


# A gloss in brackets right after a reporter (「SOC(委託先の監視会社)のアラート」) is at most
# this many words long.
GLOSS_LENGTH = 10
_OPENING = frozenset("(（[［")
_CLOSING = frozenset(")）]］")


def past_gloss(doc: Doc, end: int, lex: Lexicon) -> int:
    """「SOC(委託先の監視会社)のアラート」: where the reporter's particle would stand, past
    a short gloss in brackets right after it; `end` itself when there is none, or when the
    gloss makes the reporter one of us (「SOC(社内の組織です)が検知」)."""
    tokens = doc.tokens
    if end >= len(tokens) or tokens[end].surface not in _OPENING:
        return end
    for i in range(end + 1, min(end + 1 + GLOSS_LENGTH, len(tokens))):
        if tokens[i].surface in _CLOSING:
            if any(end < m.start and m.end <= i for m in lex.own.find(doc, end, i)):
                return end
            return i + 1
        if doc.sentence_of[i] != doc.sentence_of[end]:
            break
    return end


# How far before an alias's closing quote its opening one may be (「(以下「委託先」)」).
_ALIAS_LENGTH = 6


def past_alias(doc: Doc, end: int) -> int:
    """「株式会社X(以下「委託先」)より」: the reporter ending at `end` is the alias a gloss
    gives the name before it, so the particle after the gloss is that party's; `end`
    itself when the reporter is no such alias."""
    tokens = doc.tokens
    if end + 1 >= len(tokens) or tokens[end].surface not in ("」", "』"):
        return end
    if tokens[end + 1].surface not in _CLOSING:
        return end
    for i in range(end - 1, max(0, end - _ALIAS_LENGTH) - 1, -1):
        if tokens[i].surface in ("「", "『"):
            words = [t.surface for t in tokens[max(0, i - 2) : i]]
            return end + 2 if "以下" in words else end
    return end


# The words of a reporter's name: 「県警サイバー対策課」 (サイバー is a 形状詞).
NOUNS = frozenset({"名詞", "接尾辞", "形状詞"})


def not_the_trigger(doc: Doc, at: int, lex: Lexicon, also: bool = False) -> bool:
    """「関係機関からも」「IPアドレスからの不正アクセス」: から at `at` names no report.

    「からも」 adds a report to one made before, so it counts only `also`, when nothing else
    told who found it; 「からの」 before anything but a report word (「顧客からのご指摘」) or
    a quoted one is where an attack or a mail came from.
    """
    after = [t.surface for t in doc.tokens[at : at + 3]]
    if after[:1] != ["から"] and after[:1] != ["より"]:
        return False
    if after[1:2] == ["も"]:
        return not also
    if attack_from(doc, at, lex):
        return True
    if after[1:2] != ["の"] or after[2:] in (["「"], ["『"]):
        return False  # 「お客さんからの『変なメール来たよ』って電話」 quotes the report
    if by_channel(doc, at + 2, lex):
        return False  # 「会員さんからの電話で気づきました」
    return not any(
        at + 2 <= m.start <= _past_manner(doc, at + 2) + 1 and m.label == "report"
        for m in lex.report_words.find(doc)
    )


def _past_manner(doc: Doc, at: int) -> int:
    """「(からの)匿名のご連絡」「書面でのご指摘」: past a noun and の (or での) that say how the
    report was made, so the report word at or just after the index returned is its own."""
    tokens = doc.tokens
    if at + 1 < len(tokens) and tokens[at].pos1 == "名詞" and tokens[at].pos2 != "数詞":
        rest = [t.surface for t in tokens[at + 1 : at + 3]]
        if rest[:1] == ["の"]:
            return at + 2
        if rest == ["で", "の"]:
            return at + 3
    return at


def by_channel(doc: Doc, at: int, lex: Lexicon) -> bool:
    """「(からの)お電話により判明」「電話で気づきました」: a call or a mail at `at` is the
    means by which the company learnt of it, later in the sentence."""
    tokens = doc.tokens
    if at < len(tokens) and tokens[at].pos1 == "接頭辞":
        at += 1  # お電話, ご連絡
    if at >= len(tokens) or tokens[at].lemma not in lex.frames.channels:
        return False
    means = next((m for m in lex.frames.means.find(doc) if m.start == at + 1), None)
    if means is None:
        return False
    _, last = doc.sentence_span(at)
    return any(t.lemma in lex.learning_verbs for t in tokens[means.end : min(last, means.end + 12)])


def attack_from(doc: Doc, at: int, lex: Lexicon) -> bool:
    """「外部から不審な通信が」「第三者から不正アクセスを受け」: a vague outsider before から at
    `at`, an attack word right after it (no comma): where the attack came from, no reporter."""
    before = "".join(t.surface for t in doc.tokens[max(0, at - 3) : at])
    if before.endswith(lex.traffic_sources):
        return True  # 「海外IPから」「特定のIPアドレスより」: an address only sends traffic
    if not any(before.endswith(word) for word in lex.attack_origins):
        return False
    start = _past_adverb(doc, at + 1)
    words = doc.tokens[start : start + 2]
    # 「ログイン」 may come cut in two (ログ + イン).
    return any(t.lemma in lex.attack_words for t in words) or any(
        "".join(t.surface for t in words).startswith(word) for word in lex.attack_words
    )


def _past_adverb(doc: Doc, at: int) -> int:
    """「外部から意図的に大量の通信を」「外部から執拗に攻撃」: past one adverb of manner at `at`
    (an adverb, an adjectival noun with に, or a noun made one with 的に), to the words that
    say what came."""
    tokens = doc.tokens
    if at < len(tokens) and tokens[at].pos1 == "副詞":
        return at + 1
    if at + 1 < len(tokens) and tokens[at].pos1 == "形状詞" and tokens[at + 1].surface == "に":
        return at + 2  # 「執拗に」「頻繁に」
    surfaces = [t.surface for t in tokens[at + 1 : at + 3]]
    if at < len(tokens) and tokens[at].pos1 == "名詞" and surfaces == ["的", "に"]:
        return at + 3
    return at


def learnt_from(doc: Doc, end: int, lex: Lexicon) -> bool:
    """「顧客から届いたメールに驚き」「…メールで改ざんを知った」: the company learnt of it
    from a mail that arrived, rather than opening it (「…届いたメールを開いて感染」).

    A learning predicate follows the arrival in its sentence, with no opening before it.
    """
    tail = doc.tokens[end : end + REPORTER_TAIL]
    i = next(k for k, t in enumerate(tail) if t.surface in ("から", "より"))
    at = end + i + 2  # past から and the arrival verb
    _, last = doc.sentence_span(at)
    for token in doc.tokens[at : min(at + 16, last)]:
        if token.lemma in lex.learning_verbs:
            return True
        if token.lemma in lex.opening_verbs:
            return False
    return False


def sent_by(doc: Doc, end: int, lex: Lexicon) -> bool:
    """「JPCERT/CCから届いたメール」: a mail or a letter arrived from the reporter ending at `end`.

    Only asked of security, network and public reporters: a mail from anyone else may be
    the attack itself (「取引先から届いたメールを開いて感染」).
    """
    tail = doc.tokens[end : end + REPORTER_TAIL]
    i = next((k for k, t in enumerate(tail) if t.surface in ("から", "より")), None)
    if i is None or not all(t.pos1 in NOUNS or t.surface == "の" for t in tail[:i]):
        return False
    return any(t.lemma in lex.arrival_verbs for t in tail[i + 1 : i + 3])


def mail_from(doc: Doc, end: int, lex: Lexicon) -> bool:
    """「監視会社からのメール貼ります」「レンタルサーバー会社からのメールです」: a mail or a
    notice of the reporter ending at `end`, named as the thing shown or meant.

    Only asked of security, network and public reporters: their mail is their report; a
    customer's or a vendor's may be the attack, or an investigator's findings.
    """
    tail = doc.tokens[end : end + REPORTER_TAIL]
    i = next((k for k, t in enumerate(tail) if t.surface in ("から", "より")), None)
    # 「レンタルサーバー会社からの」: the name may run on in nouns before its から.
    if i is None or not all(t.pos1 in NOUNS for t in tail[:i]) or tail[i + 1 : i + 2] == []:
        return False
    at = end + i + 2
    if doc.tokens[at - 1].surface != "の":
        return False
    channel = next(
        (
            k
            for k in range(at, at + 2)
            if k < len(doc.tokens) and doc.tokens[k].lemma in lex.frames.channels
        ),
        None,
    )
    if channel is None or any(
        t.lemma in lex.impersonating for t in doc.tokens[channel + 1 : channel + 4]
    ):
        return False
    lo, hi = scope_after(doc, channel + 1, extend=False)
    return negations(doc, lo, hi, lex) % 2 == 0  # 「…からのメールは届いていない」


def nearer_source(doc: Doc, reporter: Match, report: int, lex: Lexicon) -> bool:
    """「市が委託している事業者…同社からの報告」: someone unnamed (「同社から」) between the
    reporter and its report word is where the report came from; the reporter only acted."""
    tail = doc.tokens[reporter.end : reporter.end + REPORTER_TAIL]
    own = next(
        (reporter.end + k for k, t in enumerate(tail) if t.surface in ("から", "より")), None
    )
    # Only a から that governs the report word itself (「同社から報告」「同社からの報告」): one
    # further off is in what the report says (「御社から変なメールが来た」との連絡).
    for i in (report - 2, report - 1):
        if i <= (own if own is not None else reporter.end - 1) or doc.tokens[i].surface != "から":
            continue
        if i + 1 < report and doc.tokens[i + 1].surface != "の":
            continue
        before = doc.tokens[i - 1]
        if before.pos1 not in NOUNS or before.lemma in lex.time_words or before.pos2 == "数詞":
            continue
        return not not_the_trigger(doc, i, lex)
    return False


def quotes_its_content(doc: Doc, report: Match) -> bool:
    """「Xから、…（長い内容）…との報告があった」: the report quotes what it said, however long."""
    before = [t.surface for t in doc.tokens[max(0, report.start - 2) : report.start]]
    return (
        before[-1:] == ["と"] or before in (["と", "の"], ["旨", "の"]) or _quoted_to(doc, report)
    )


# 「…と、情報システム部に自己申告があった」: between the quoting と (and its comma) and the
# report word, whom it was made to: a short noun phrase and に or へ.
_TO_REACH: Final = 8
_TO: Final = frozenset({"に", "へ"})


def _quoted_to(doc: Doc, report: Match) -> bool:
    """「…と、情報システム部に自己申告があった」: the quote, then whom the report was made to."""
    tokens = doc.tokens
    k = report.start - 1
    while (
        k >= 0 and tokens[k].pos1 in ("名詞", "接頭辞", "接尾辞") and report.start - k < _TO_REACH
    ):
        k -= 1  # 「自己」
    if k < 0 or tokens[k].surface not in _TO:
        return False
    k -= 1
    while (
        k >= 0 and tokens[k].pos1 in ("名詞", "接頭辞", "接尾辞") and report.start - k < _TO_REACH
    ):
        k -= 1  # 「情報システム部」
    return k >= 1 and tokens[k].surface == "、" and tokens[k - 1].surface == "と"


def named_source(doc: Doc, at: int) -> bool:
    """「株式会社ペイロールサービスより、」: より after a name, then a comma: who it came from;
    or then the words it said, quoted (「販売会社様より「…」とのご連絡」)."""
    before = doc.tokens[at - 1]
    # 「提供事業者より、」: a name may end in a suffix (者, 様, 社).
    named = (before.pos1 in ("名詞", "接尾辞") and before.pos2 != "数詞") or masked_name(doc, at)
    return named and at + 1 < len(doc.tokens) and doc.tokens[at + 1].surface in _SOURCE_NEXT


# After such a より: a comma, or the opening of the words it said.
_SOURCE_NEXT: Final = frozenset({"、", "「", "『"})


def received_from(doc: Doc, report: Match, at: int, lex: Lexicon) -> bool:
    """「…との報告を、11月8日に同社から受けました」: the report said before whom it came from
    (から at `at`), received right after: その報告を X から受けた."""
    if not 0 < at - report.end <= _FROM_AFTER_REPORT or doc.sentence_span(at)[0] > report.start:
        return False
    if doc.tokens[report.end].surface != "を":
        return False
    return any(t.lemma in lex.receiving_verbs for t in doc.tokens[at + 1 : at + 3])


# How many tokens (を, a comma, a date) may come between a report word and 「Xから受けた」.
_FROM_AFTER_REPORT = 10


def negated_reporter(doc: Doc, end: int, lex: Lexicon) -> bool:
    """「A社ではなく」: the reporter named is denied."""
    return negations(doc, end, min(end + 3, len(doc.tokens)), lex) % 2 == 1
