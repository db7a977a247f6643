"""Real incident notices: who reported it, and whether the notice itself is the announcement."""

from __future__ import annotations

import pytest

from coverage import Detection
from nlu.extract import read_message

EXTERNAL, THIRD, SELF = Detection.EXTERNAL_REPORT, Detection.THIRD_PARTY, Detection.SELF

# A reporter word inside another word (県 in 県民, 市 in 市民) never outranks the whole word.
WHOLE_WORDS: list[tuple[str, Detection | None]] = [
    ("一般県民から本社に電話があり、誤送信が分かりました", THIRD),
    ("駐車場で拾った市民が届け出たことで紛失が分かった", THIRD),
    ("区民から窓口に問い合わせがあり、掲載の誤りに気づいた", THIRD),
]

# 「本県」「当市」: the organisation itself, with a prefix, is nobody's reporter.
ITSELF: list[tuple[str, Detection | None]] = [
    ("本県が封入作業を委託している事業者から、誤封入があったと報告がありました", THIRD),
    ("本市が運用している施設の業者から、サーバーの異常について報告がありました", THIRD),
]

# The company's own report to others (「お知らせいたします」「警察に連絡した」) was not made to it.
OUTGOING: list[tuple[str, Detection | None]] = [
    ("端末が外部から遠隔で操作できる状態だったため、お知らせいたします", None),
    ("「アプリから音声が配信されていた件」についてご報告いたします", None),
    ("異常に気づき、県警や厚生労働省などに連絡し、厚生労働省からは専門家が来ました", SELF),
    ("ご不明な点は窓口までご連絡ください", None),
    ("お客様から当社に連絡してきたことで分かりました", THIRD),
    ("地方自治情報センターから、改ざんの恐れがあるとの情報が夜七時ごろに寄せられた", EXTERNAL),
]

# 「からも」 adds a report to one made before, so it decides only when nothing else does;
# 「Xからの攻撃」 names where an attack came from; 「16時頃から」 is a time; a report denied
# (「報告しなかった」) is none.
NOT_THE_TRIGGER: list[tuple[str, Detection | None]] = [
    ("取引先からも、当社を装ったメールが届いているとの連絡がありました", THIRD),
    ("社内で不審な送信に気づきました。取引先からも連絡がありました", SELF),
    ("複数のIPアドレスからの不正アクセスを検知し、遮断しました", SELF),
    ("海外からの攻撃が続き、通信が止まったとの報告を受けています", None),
    ("主任は昨年11月頃からPCを持ち帰っていたが、なくしても報告しなかった", None),
    ("お客さんからの「変なメール来たよ」って電話で気づきました", THIRD),
    ("顧客からのご指摘で誤送信が分かりました", THIRD),
]

# A reporter named in its full title: 「県警サイバー対策課から」 (サイバー is not a noun to MeCab).
TITLES: list[tuple[str, Detection | None]] = [
    ("6月3日に大分県警サイバー対策課から情報流出の懸念について連絡があった", EXTERNAL),
]


@pytest.mark.parametrize(
    ("text", "expected"), WHOLE_WORDS + ITSELF + OUTGOING + NOT_THE_TRIGGER + TITLES
)
def test_notice_reporter(text: str, expected: Detection | None) -> None:
    """Who told the company, read the way notices and news reports say it."""
    assert read_message(text).detection == expected


# A notice's heading, or its words to the reader, make the notice itself the announcement.
NOTICE_VOICE: list[tuple[str, bool | None]] = [
    ("弊社サーバーへの不正アクセスに関するお知らせ。7月2日、不正なログインを確認しました", True),
    ("会員情報の誤送信についてのお詫び。6月1日、メールを誤って送信しました", True),
    ("昨日の通信障害についてお詫びとお知らせを申し上げます", True),
    ("皆様にはご心配とご迷惑をおかけしております", True),
    ("当市を装った不審なメールにご注意ください", True),
    ("日本郵便の発表によりますと、控えの書類が紛失しました", True),
]

# Polite reports to the insurer or a colleague are no announcement.
NOT_A_NOTICE: list[tuple[str, bool | None]] = [
    ("FAX誤送信の件、ご報告いたします。現時点で費用は発生しておりません", None),
    ("送信先の医療機関からのご連絡で判明いたしました", None),
    ("お知らせの文面を社内で確認しています。公表はまだです", False),
    ("弊社PCがボット化し、取引先のサービスが停止いたしました", None),
]


@pytest.mark.parametrize(("text", "expected"), NOTICE_VOICE + NOT_A_NOTICE)
def test_notice_announced(text: str, expected: bool | None) -> None:
    """A notice in the company's voice to the public is itself the announcement."""
    assert read_message(text).announced is expected


# A vague outsider an attack came from (「外部から不正アクセスを受け」) is no reporter; the
# operator who told of it is. A mail from the attacker is its demand, not a report.
ATTACK_ORIGINS: list[tuple[str, Detection | None]] = [
    ("ホスティング事業者から、外部から不正な通信が行われているとの連絡を受けました", EXTERNAL),
    ("プロバイダより、第三者から攻撃を受けているとの通知がありました", EXTERNAL),
    (
        "回線事業者から連絡を受けた。その後、犯人を名乗る者から金銭を要求するメールが届いた",
        EXTERNAL,
    ),
    ("外部から侵入されていたことが、監視を委託している事業者より報告されました", EXTERNAL),
    (
        "勤怠管理のクラウドサービスを提供している事業者から、不審なログインが続いているとの連絡があった",
        EXTERNAL,
    ),
    # Near misses: an outsider who reports, not attacks, still reports.
    ("外部から、御社のサイトが改ざんされているとの連絡がありました", THIRD),
    ("第三者から、情報が漏れているとの指摘を受けました", THIRD),
]

# A reporter that only acted (「市が委託している事業者」) yields to the one the report came
# from (「同社からの報告」), named right before the report word.
NEARER_SOURCE: list[tuple[str, Detection | None]] = [
    ("市が印刷を委託している業者の社員が書類を紛失したことが、同社からの報告で分かりました", THIRD),
    ("県が発送を委託した会社で誤封入があり、当該会社から報告がありました", THIRD),
    # Near miss: a から inside what the report says is not its source.
    ("プロバイダから「御社の回線から大量の通信が出ている」と連絡がありました", EXTERNAL),
]


@pytest.mark.parametrize(("text", "expected"), ATTACK_ORIGINS + NEARER_SOURCE)
def test_attack_origin_and_nearer_source(text: str, expected: Detection | None) -> None:
    """Where an attack came from names no reporter; the source nearest the report wins."""
    assert read_message(text).detection is expected


# A report said before whom it came from (「…との報告を、同社から受けました」), or from a
# company named in full and a comma (「株式会社Xより、…との報告」): that outsider told us.
# A public body by its own name (J-LIS) is an external report; a rights holder's letter
# demanding payment is theirs. Near misses: より in a comparison, a report the company made.
REPORTED_FROM: list[tuple[str, Detection | None]] = [
    ("印刷委託先のサーバーに不正アクセスがあったとの報告を、9月2日に同社から受けました", THIRD),
    (
        "株式会社みなと計算センターより、同社の端末が感染し当社の顧客情報が流出したとの報告を受けました",
        THIRD,
    ),
    (
        "地方公共団体情報システム機構から、区の端末が不審な通信をしているとの連絡を受けました",
        EXTERNAL,
    ),
    ("イラストレーターの代理人弁護士から、使用料の支払いを求める通知書を受け取りました", THIRD),
    ("従来より監視を強化したうえで、個人情報保護委員会への報告を行いました", None),
    ("事故の報告を、本日中に個人情報保護委員会へ行います", None),
]


@pytest.mark.parametrize(("text", "expected"), REPORTED_FROM)
def test_report_received_from_a_named_outsider(text: str, expected: Detection | None) -> None:
    assert read_message(text).detection == expected


# A report made to the company itself (「同社に通知した」「当院に連絡してきた」) was received,
# whoever made it; the company's own report to others stays outgoing.
TOLD_TO_THE_COMPANY: list[tuple[str, Detection | None]] = [
    ("セキュリティ企業が流出した認証情報を見つけ、同社に通知した", EXTERNAL),
    ("利用者が誤りを見つけ、当院に連絡した", THIRD),
    ("同社は異常に気づき、警察に通知した", SELF),
    ("社員が本人に連絡した", None),
]

# A reporter's own check named as the means (「Xの調査で」「Xの監視で」), brackets and
# 「の方」 after a reporter, a finder handing it in, a call that revealed it, staff units.
THEIR_CHECK_AND_HANDOVER: list[tuple[str, Detection | None]] = [
    ("外注先の定期点検で漏えいが判明し、当社へ報告がありました", THIRD),
    (
        "内閣サイバーセキュリティセンター(NISC)の監視で不審な通信が検知され、当社に連絡があった",
        EXTERNAL,
    ),
    ("住民の方が公園でUSBメモリを拾い、当市に届けてくださいました", THIRD),
    ("サーバーへの大量のアクセスを当社の担当部署が夜間に検知しました", SELF),
    ("顧客の情報が流出しました", None),
]

# A rights holder's agency or law firm claiming payment told the company of the infringement.
AGENCY_CLAIMS: list[tuple[str, Detection | None]] = [
    ("広告の写真について、芸能事務所から肖像権侵害として損害賠償を求められています", THIRD),
    ("ある法律事務所様から、記事の無断転載であるとして通知書を受領しました", THIRD),
]


@pytest.mark.parametrize(
    ("text", "expected"), TOLD_TO_THE_COMPANY + THEIR_CHECK_AND_HANDOVER + AGENCY_CLAIMS
)
def test_report_to_the_company_and_reporters_check(text: str, expected: Detection | None) -> None:
    assert read_message(text).detection == expected


# A notice's inquiry desk (「お客様からのお問い合わせに対応するため、窓口を設置」) takes the
# inquiries to come: nobody told the company anything by it. A report that came
# (「連絡があり、…に備え」「通報に対応するため」) still names who told.
INQUIRY_DESK: list[tuple[str, Detection | None]] = [
    ("会員の方々からのお問い合わせに対応するため、専用のコールセンターを開設いたしました", None),
    ("本件についての利用者からのお問い合わせは、以下の窓口で承っております", None),
    ("取引先様からのご質問にお答えするため、説明会を開催します", None),
    ("保護者の皆様からのご相談は、専用ダイヤルにて受け付けております", None),
    ("市民からのお問い合わせに備え、臨時の相談窓口を設けました", None),
    ("患者さまからのお問合せ窓口を院内に設置しました", None),
    ("住民の皆様からのご連絡をお待ちしております", None),
    ("利用者から窓口に問い合わせがあり、掲載の誤りが分かりました", THIRD),
    ("取引先から連絡があり、対応に備えて社内で協議しました", THIRD),
    ("監視センターからの通報に対応するため、サーバーを切り離しました", EXTERNAL),
    ("顧客からのお問い合わせにより、誤った送付が分かりました", THIRD),
]


@pytest.mark.parametrize(("text", "expected"), INQUIRY_DESK)
def test_inquiry_desk_is_no_report(text: str, expected: Detection | None) -> None:
    assert read_message(text).detection == expected


# 「当社の取引先」「弊社のお客様」: the company's partner or customer is outside; only a
# security operator of its own (「自社のSOC」「当社の監視センター」) is self. A contractor
# named by its task (「保守を委託している事業者」) is a contractor.
OWNED_OUTSIDERS: list[tuple[str, Detection | None]] = [
    ("弊社の取引先企業から、不審なメールを受け取ったとの連絡がありました", THIRD),
    ("当社のお客様からご指摘をいただき、誤りが判明いたしました", THIRD),
    ("自社の会員からの問い合わせで、流出が分かりました", THIRD),
    ("当社の委託先から、作業中に書類を紛失したと報告を受けました", THIRD),
    ("ネットワーク保守を委託している業者が、不審な通信を検知しました", THIRD),
    ("自社のSOCがアラートを上げ、調査を始めました", SELF),
    ("当社の監視センターが深夜に異常を検知しました", SELF),
]


@pytest.mark.parametrize(("text", "expected"), OWNED_OUTSIDERS)
def test_owned_outsiders(text: str, expected: Detection | None) -> None:
    assert read_message(text).detection == expected


# 「当社では」「自社で」 name who acted; only a finding after them (気づく, 把握, 検知) says
# the company found it. A notice's 「当社では、再発防止に努めてまいります」 says what it
# does now, and 「自社で作成した資料」 who made a thing: neither says who found it.
ACTING_PARTIES: list[tuple[str, Detection | None]] = [
    ("当社では、本件を厳粛に受け止め、全社的な再発防止に取り組んでまいります", None),
    ("弊社では、対象の皆様へ順次お詫びの書面をお送りしております", None),
    ("自社で開発した顧客管理システムの情報が流出しました", None),
    ("当社では現在、関係当局の捜査に全面的に協力しております", None),
    ("当社では、原因が分かり次第あらためてお知らせいたします", None),
    ("当社で不審なファイルに気がつき、端末を隔離しました", SELF),
    ("当社では、定例のログ点検の中でこの事象を把握しました", SELF),
    ("自社で異常を検知し、直ちに調査を開始しました", SELF),
]


@pytest.mark.parametrize(("text", "expected"), ACTING_PARTIES)
def test_acting_party_finds_only_with_a_finding(text: str, expected: Detection | None) -> None:
    assert read_message(text).detection == expected
