"""Incident type and unauthorized access as public notices and news reports word them.

One table per mechanism; the sentences are our own, written the way notices are.
"""

from __future__ import annotations

import pytest

from coverage import Access, Fact, IncidentType
from nlu.extract import read_message

FOUND, NOT_FOUND = Access.FOUND, Access.NOT_FOUND
UA, MALWARE, DDOS = IncidentType.UNAUTHORIZED_ACCESS, IncidentType.MALWARE, IncidentType.DDOS
SUSPECTED, VENDOR = IncidentType.SUSPECTED, IncidentType.VENDOR_LEAK
VISUAL, OTHER, LOST = IncidentType.VISUAL_LEAK, IncidentType.OTHER, IncidentType.LOST_OR_STOLEN
MISDELIVERY, MEDIA = IncidentType.MISDELIVERY, IncidentType.MEDIA

Row = tuple[str, IncidentType | None, Access | None]

# A doubt said after a list of harms (「改ざん・流出などの被害は確認されておりません」)
# qualifies the attack word at its head, past the other cues in the list.
DOUBT_PAST_OTHER_CUES: list[Row] = [
    ("サイトの改ざん・情報流出などの被害は現在のところ確認されておりません", SUSPECTED, None),
    (
        "当社サイトへの不正アクセスはありませんでした。また、データの改ざん・流出なども"
        "確認されていません",
        SUSPECTED,
        NOT_FOUND,
    ),
]

# Words that hold a cue and name no attack on our systems (nor a loss: できなくする).
NOT_ATTACKS: list[Row] = [
    ("先月からアクセス数が急に増えました", None, None),
    # A misconfiguration: no attack (アクセス制限 is no access word), a leak of type other.
    ("アクセス制限の設定に不備があり、名簿が外から見える状態でした", IncidentType.OTHER, None),
    ("攻撃対象ではない部署のサーバーまで止まりました", None, None),
    # A mail spoofing our name is a sign of a possible attack (whether our addresses leaked),
    # as 「当社を名乗る不審なメール」 is: the labelled sets read it `suspected`, no intrusion.
    ("当社をかたるなりすましメールが出回っています", SUSPECTED, None),
    ("担当者は警察から事情を聴かれました", None, None),
    # 「通信をできなくする攻撃」 is a denial of service in plain words.
    ("通信をできなくする攻撃を受けました", DDOS, FOUND),
    ("サーバーを止めて、ログインをできなくする作業をしました", None, None),
]

# A DDoS whose notice denies any intrusion (「改ざんや漏えいはありませんでした」) found no
# access; denying only a leak leaves the attack received, found.
DDOS_DENIALS: list[Row] = [
    # A DDoS received is 不正アクセス等 found (spec), even with no tampering or leak.
    ("DDoS攻撃を受けましたが、サイトの改ざんや情報の漏えいはありませんでした", DDOS, FOUND),
    ("DDoS攻撃を受け、顧客情報の流出はございません", DDOS, FOUND),
    ("大量のアクセスによるDDoS攻撃でサイトが止まりました", DDOS, FOUND),
]

# A defaced or rewritten site is unauthorized access; the malware it serves its visitors
# is not an infection of ours.
TAMPERED_SITES: list[Row] = [
    ("公式サイトが改ざんされ、閲覧した人のPCがウイルスに感染したおそれがあります", UA, FOUND),
    ("ホームページが書き換えられ、ウイルスを配布するサイトに誘導されていました", UA, FOUND),
    ("ランサムウェアに感染し、ファイルが暗号化されました", MALWARE, FOUND),
]

# 「不正に」 with a verb says the same as the compound noun (不正ログイン, 不正接続).
ADVERBIAL_ATTACKS: list[Row] = [
    ("会員アカウントに不正にログインされました", UA, FOUND),
    ("事務所のパソコンが外部と不正に接続されていました", UA, FOUND),
]

# An attack checked for and not found on our systems was only suspected.
NOT_FOUND_ATTACKS: list[Row] = [
    (
        "当市職員を装ったメールはEmotet感染に起因するものでしたが、本件は市の機器が"
        "ウイルスに感染したことによるものではありません",
        SUSPECTED,
        NOT_FOUND,
    ),
]

# News register: 「〜とみられる」 is the reporter's guess, not a confirmation.
NEWS_HEDGES: list[Row] = [
    ("サイバー攻撃とみられる大量のアクセスで、サイトが閲覧しにくくなった", DDOS, None),
    ("県は、何者かに不正アクセスされたとみられると説明した", SUSPECTED, None),
]

# Words shown on a screen, quoted (a support scam's warning), are no infection said: a
# possible one.
SCREEN_TEXT: list[Row] = [
    ("「ウイルスに感染しました。サポートへ電話を」と画面に表示された", SUSPECTED, None),
    ("「ウイルス感染、今すぐサポートセンターへ連絡してください」という警告が出た", SUSPECTED, None),
    ("「ランサムウェアに感染した」と情シスから連絡があった", MALWARE, FOUND),
]

# The other types as notices word them.
OTHER_TYPES: list[Row] = [
    ("案内文を誤って送ってしまいました", IncidentType.MISDELIVERY, None),
    ("非公開の資料をホームページに誤って掲載していました", IncidentType.OTHER, None),
    ("受付での会話が待合室の患者に聞こえる状態でした", IncidentType.VISUAL_LEAK, None),
    ("委託事業者のサーバーが不正アクセスを受けたと報告がありました", VENDOR, None),
    ("脂肪を落とすサプリの購入者名簿をなくしました", IncidentType.LOST_OR_STOLEN, None),
]


# A vendor named at length as the one who told us (「委託している外部のシステム会社から
# 連絡」) is no leak at the vendor; telling of a leak of our data, it still is.
VENDOR_REPORTERS: list[Row] = [
    (
        "保守を委託している地元のIT会社から連絡があり、事務所のPCがランサムウェアに感染していた"
        "ことが分かりました",
        MALWARE,
        FOUND,
    ),
    ("発送を委託している物流会社から、当社の会員情報が流出したと報告がありました", VENDOR, None),
    ("委託先で漏えいした件で、お客様から問い合わせがありました", VENDOR, None),
]

# Malware said to be in a mail or a file has not run on our systems: the type is malware,
# access is not stated. Said to have infected, it is found.
CARRIED_MALWARE: list[Row] = [
    ("届いた請求書メールの添付ファイルにマルウェアが含まれていました", MALWARE, None),
    ("調べたところ、そのZIPファイルにはウイルスが含まれていたとのことです", MALWARE, None),
    ("添付ファイルに含まれていたマルウェアに、経理のPCが感染しました", MALWARE, FOUND),
]

# Data left open to view: papers or a counter seen by passers-by are a visual leak; a site,
# a system or a cloud share is `other` (a setting's error); a named type still wins.
EXPOSURES: list[Row] = [
    ("名簿の綴りが受付カウンターに置かれ、来客から誰でも見られる状態でした", VISUAL, None),
    ("掲示板に貼った書類に、申込者の住所が載ったまま誤って公開していました", VISUAL, None),
    ("会議資料の段ボールが廊下に放置され、個人情報を見られるおそれがありました", VISUAL, None),
    ("生放送で社員証が映し出され、氏名が読める状態でした", VISUAL, None),
    ("共有設定の誤りで、申込書のPDFがインターネット上で閲覧できる状態でした", OTHER, None),
    ("会員ページの不具合で、他の会員の資料が見られる状態になっていました", OTHER, None),
    ("出張先でタブレットを紛失しました。患者の書類の画像も見られる状態です", LOST, None),
]

# The other types in notice register: a file attached by mistake, a carried thing gone.
NOTICE_REGISTER: list[Row] = [
    ("顧客一覧のファイルが添付されたまま、案内メールを配信してしまいました", MISDELIVERY, None),
    ("見積書の代わりに社員名簿を誤って添付していました", MISDELIVERY, None),
    ("駐車場に戻ると、顧客台帳の入ったカバンが消えていました", LOST, None),
    ("受付に置いていた申込書の束がなくなっているのに気づきました", LOST, None),
    # Data that vanished is no loss of a thing.
    ("サーバーのファイルが消えていました", None, None),
    ("自分のプロフィール写真が、無断で顔写真を使われる形で広告に載っていました", MEDIA, None),
    ("イラストを無断で使ったとして、使用料を請求されました", MEDIA, None),
]

# Ransomware in a user's words: the files encrypted with their harm (「開けません」 is the
# harm, not a denial), a ransom note, a changed extension (a sign: suspected). Data
# protected by encryption is no attack.
RANSOMWARE_SYMPTOMS: list[Row] = [
    ("共有フォルダが暗号化されて開けません、画面に英語の脅迫文が出ています", MALWARE, FOUND),
    ("デスクトップにransom noteのテキストが置かれていました", MALWARE, FOUND),
    ("経理のPCのファイルがすべて暗号化されました", MALWARE, FOUND),
    ("ファイルの拡張子が変わって開けなくなりました", SUSPECTED, None),
    ("拡張子が変わったファイルは見つかりませんでした", None, None),
    ("PCが盗まれました。PCは暗号化されているので中身は見られません", LOST, None),
    ("ノートPCはディスクを暗号化済みです", None, None),
]

# Traffic named unauthorized and said to have occurred is an attack; prevented before it
# happened, none.
UNAUTHORIZED_TRAFFIC: list[Row] = [
    ("メールサーバーに不正な通信があり、機器の脆弱性が原因と判明しました", UA, FOUND),
    ("不正な通信が行われる前に、ファイアウォールで遮断できました", None, None),
]


@pytest.mark.parametrize(
    ("message", "incident_type", "access"),
    VENDOR_REPORTERS
    + CARRIED_MALWARE
    + EXPOSURES
    + NOTICE_REGISTER
    + RANSOMWARE_SYMPTOMS
    + UNAUTHORIZED_TRAFFIC
    + DOUBT_PAST_OTHER_CUES
    + NOT_ATTACKS
    + DDOS_DENIALS
    + TAMPERED_SITES
    + ADVERBIAL_ATTACKS
    + NOT_FOUND_ATTACKS
    + NEWS_HEDGES
    + SCREEN_TEXT
    + OTHER_TYPES,
)
def test_notice_type_and_access(
    message: str, incident_type: IncidentType | None, access: Access | None
) -> None:
    """A notice's wording gives the type and access a careful reader takes as stated."""
    reading = read_message(message)
    assert (reading.incident_type, reading.unauthorized_access) == (incident_type, access)


# 〜ように (a change of state, a purpose, a manner) is no hedge, as 〜ような/〜ようだ is.
CHANGE_OF_STATE: list[Row] = [
    ("マルウェアが仕込まれ、顧客のカード情報を外部へ送るようになっていました", MALWARE, FOUND),
    ("先週からトップページが毎晩改ざんされるようになりました", UA, FOUND),
    ("ランサムウェアみたいに社内のファイルが暗号化されました", MALWARE, FOUND),
    ("社員にパスワードを変えるように指示しました。不正ログインが確認されています", UA, FOUND),
]
# ... while 〜ような, 〜ようだ and 〜ように見える still hedge (access said to be unknown).
SEEMING: list[str] = [
    "サーバーに侵入されたようです",
    "不正アクセスを受けたように見えます",
    "ランサムウェアに感染したような感じです",
    "侵入されたみたいに見えます",
]

# Malware described, named, warned of, supposed or glossing a mail: no infection of ours.
DESCRIBED_MALWARE: list[Row] = [
    ("取引先を装って感染を広げるマルウェア「Emotet」にご注意ください", MALWARE, None),
    ("「LockBit」と呼ばれるランサムウェアです", MALWARE, None),
    ("添付ファイルを開くと感染するウイルスが出回っています", MALWARE, None),
    ("ウイルス付きのメールが社員宛てに届きました", MALWARE, None),
    ("ウイルスが添付されたメールが届きました", MALWARE, None),
    ("不審メール（Emotet）が社員に届きました", MALWARE, None),
    ("ウイルスを消してほしければ金を払えという要求です", MALWARE, None),
    # Near misses: the infection is stated.
    ("LockBitというランサムウェアに感染し、ファイルが暗号化されました", MALWARE, FOUND),
    ("社内に感染を広げるウイルスに経理のPCが感染しました", MALWARE, FOUND),
    ("Emotetに感染したPCから取引先へメールが送られました", MALWARE, FOUND),
    ("添付ファイルを開いてウイルスに感染しました", MALWARE, FOUND),
    ("第三者による不正アクセスが確認されました", UA, FOUND),
    ("弊社PCがボット化しDDoS攻撃に加担しました", DDOS, FOUND),
]


@pytest.mark.parametrize(
    ("message", "incident_type", "access"), CHANGE_OF_STATE + DESCRIBED_MALWARE
)
def test_manner_and_described_malware(
    message: str, incident_type: IncidentType | None, access: Access | None
) -> None:
    """〜ように states no doubt; malware only described states no infection."""
    reading = read_message(message)
    assert (reading.incident_type, reading.unauthorized_access) == (incident_type, access)


@pytest.mark.parametrize("message", SEEMING)
def test_seeming_hedges(message: str) -> None:
    """〜ようだ, 〜ような, 〜ように見える leave access said to be unknown."""
    reading = read_message(message)
    assert reading.unauthorized_access is None
    assert Fact.UNAUTHORIZED_ACCESS in reading.said_unknown


# Word of mouth and a forged order obeyed (BEC) are leaks of type other; talk overheard is
# a visual leak, and a hijacked mailbox that sent the forged mail unauthorized access.
WORD_OF_MOUTH_AND_BEC: list[Row] = [
    ("受付の職員が来訪者に別の利用者の住所を話してしまいました", OTHER, None),
    ("元社員が取引先の情報を知人に口外していました", OTHER, None),
    ("看護師が見舞いに来た知人に患者の病状を話してしまった", OTHER, None),
    ("ビジネスメール詐欺の被害に遭い、300万円を送金しました", OTHER, None),
    ("取引先を装った偽の請求書が届き、経理が振り込んでしまいました", OTHER, None),
    ("社長を名乗るメールが届き、指示どおりに対応してしまったそうです", OTHER, None),
    # The request named as a noun.
    ("取引先を名乗るメールで振込先変更の依頼があり、300万円を振り込みました", OTHER, None),
    ("仕入先から口座変更の依頼が来て、そのとおり支払ってしまった", OTHER, None),
    # Near misses.
    ("エレベーターで顧客の話をしていたら、他社の人に聞かれてしまった", VISUAL, None),
    ("上司に相談して、事情を話しました", None, None),
    (
        "経理のメールアカウントが乗っ取られ、取引先に偽の請求書が送られました",
        UA,
        FOUND,
    ),
]


@pytest.mark.parametrize(("message", "incident_type", "access"), WORD_OF_MOUTH_AND_BEC)
def test_word_of_mouth_and_bec(
    message: str, incident_type: IncidentType | None, access: Access | None
) -> None:
    """Oral disclosure and obeyed forged orders are `other`, not an attack."""
    reading = read_message(message)
    assert (reading.incident_type, reading.unauthorized_access) == (incident_type, access)


# A security operator under contract (「運用監視を委託している株式会社Xより」) reported; a
# server relaying spam was got into (not a DDoS); an access log checked is no access; a
# worker photographed reading papers is a visual leak.
OPERATORS_RELAYS_LOGS: list[Row] = [
    (
        "運用監視を委託している株式会社アイガードより、サーバーへの侵入を確認したとの通知を受けました",
        UA,
        FOUND,
    ),
    ("第三者が侵入し、当社サーバーを踏み台として迷惑メールを送信していました", UA, FOUND),
    ("公開フォルダの共有設定を誤り、現在アクセス履歴を確認しております", OTHER, None),
    ("職員が車内で書類を読んでいる様子を撮影した画像が投稿されていました", VISUAL, None),
    # Near misses.
    ("印刷を委託している業者で顧客名簿が流出しました", VENDOR, None),
    ("当社のサーバーが踏み台にされ、DDoS攻撃に使われました", DDOS, FOUND),
    ("不正アクセスを確認しました。アクセスログを解析しています", UA, FOUND),
]


@pytest.mark.parametrize(("message", "incident_type", "access"), OPERATORS_RELAYS_LOGS)
def test_operators_relays_logs(
    message: str, incident_type: IncidentType | None, access: Access | None
) -> None:
    """Contracted operators, spam relays, access logs and photographed papers."""
    reading = read_message(message)
    assert (reading.incident_type, reading.unauthorized_access) == (incident_type, access)


# Words of notices for types the lexicon missed: an enclosure by mistake, talk overheard,
# a post whose photo let papers be read, a hijacked account; an access setting is no attack,
# and an analysis still going on keeps access open.
NOTICE_WORDS: list[Row] = [
    ("発送した商品に、別のお客様の明細書を誤って同封しておりました", MISDELIVERY, None),
    ("店員の電話での会話が、店内の他のお客様に聞き取られる状態でした", VISUAL, None),
    ("公式Instagramの写真に、机上の書類の氏名が判読できる状態で写っていました", OTHER, None),
    ("職員のメールアカウントが第三者に不正に利用され、迷惑メールが送信されました", UA, FOUND),
    ("保存先のアクセス設定に誤りがあり、外部から閲覧可能な状態でした", OTHER, None),
    ("不正アクセスの有無について、現在ログの解析を進めております", SUSPECTED, None),
]


@pytest.mark.parametrize(("message", "incident_type", "access"), NOTICE_WORDS)
def test_notice_words_for_types(
    message: str, incident_type: IncidentType | None, access: Access | None
) -> None:
    reading = read_message(message)
    assert (reading.incident_type, reading.unauthorized_access) == (incident_type, access)


# A sign the readers are warned of (「不審なメールにご注意ください」) is advice, not a sign
# the company saw; one seen and then watched with care still is.
WARNED_SIGNS: list[Row] = [
    ("当社の名前をかたる不審なメールにご注意ください", None, None),
    ("身に覚えのない不審なアクセスには十分に警戒してください", None, None),
    ("不審なログイン試行に注意するよう、会員の皆様に呼びかけています", None, None),
    ("業務サーバーで不審な通信が確認され、注意して監視を続けています", SUSPECTED, None),
    ("不審な外部通信を検知しました", SUSPECTED, None),
]


@pytest.mark.parametrize(("message", "incident_type", "access"), WARNED_SIGNS)
def test_warned_signs(
    message: str, incident_type: IncidentType | None, access: Access | None
) -> None:
    reading = read_message(message)
    assert (reading.incident_type, reading.unauthorized_access) == (incident_type, access)


# An attack said of an outside party (「取引先がランサムウェア被害に」「他社で発生した不正
# アクセス」) is not on the company's systems: no type, no access. Ours aimed at them
# (「他社へのDDoS攻撃に加担」) and ours reported by them still are.
OTHER_PARTYS_ATTACK: list[Row] = [
    ("仕入先がランサムウェアの被害を受けた影響で、一部商品の出荷を停止しております", None, None),
    ("同業他社で発生した不正アクセスを受け、当社でもサーバーの点検を行いました", None, None),
    ("取引先企業がサイバー攻撃を受けたと報じられましたが、当社への影響はありません", None, None),
    ("当社の端末がボットに感染し、他社へのDDoS攻撃に使われていました", DDOS, FOUND),
    ("得意先から、当社サーバーが不正アクセスを受けているとの連絡がありました", UA, FOUND),
    ("当社の業務サーバーがランサムウェアに感染しました", MALWARE, FOUND),
]


@pytest.mark.parametrize(("message", "incident_type", "access"), OTHER_PARTYS_ATTACK)
def test_other_partys_attack(
    message: str, incident_type: IncidentType | None, access: Access | None
) -> None:
    reading = read_message(message)
    assert (reading.incident_type, reading.unauthorized_access) == (incident_type, access)
