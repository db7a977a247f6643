"""Classes of wording sets 33, 36 and 37 misread for `detection` (labelling rule 3), each
with sentences of our own and near-misses that must stay as they were."""

from __future__ import annotations

import pytest

from coverage import Detection
from nlu.extract import read_message

EXTERNAL = Detection.EXTERNAL_REPORT
THIRD = Detection.THIRD_PARTY
SELF = Detection.SELF

# 「組合長から「…」と言われています」: the head of a cooperative, a branch or a facility is
# one of our own roles, told inside as 院長 is (unknown); someone else's head is outside.
OWN_HEADS: list[tuple[str, Detection | None]] = [
    ("組合長から「身代金を払ったほうが早いのでは」と言われています。", None),
    ("支所長から、すぐ保険会社に連絡するよう言われました。", None),
    ("施設長から連絡があり、対応を協議しています。", None),
    ("館長から「公表はどうするのか」と聞かれています", None),
    ("取引先の組合長から、うちの名前で変なメールが届いたと連絡がありました。", THIRD),
    ("別の農協の支所長から、不審なメールが届いていると指摘がありました。", THIRD),
]

# 「送った直後に顧問本人が気づいて、管理職に報告してきました」: (ご)本人 after one of our
# own posts at a school or a clinic is that person himself, one of us; a bare ご本人, or one
# qualified by another, is a data subject.
OWN_POST_HIMSELF: list[tuple[str, Detection | None]] = [
    ("送信した直後に顧問本人が気づいて、すぐ教頭に報告してきました。", SELF),
    ("翌朝、担任本人が名簿の紛失に気づき、校長に報告しました。", SELF),
    ("講師本人が誤送信に気づいて、教室長に報告してきました", SELF),
    ("ご本人から、別の方の書類が届いているとお問い合わせがありました。", THIRD),
    ("患者本人から、他人の検査結果が届いたと連絡がありました。", THIRD),
    ("顧問先の社長本人から、うちの資料が別の会社に届いているとお電話がありました。", THIRD),
]

# 「外部から意図的に大量の通信を送りつけるDDoS攻撃を受けているとの連絡」: an adverb of
# manner between 外部から and the attack still makes 外部 where the attack came from, so the
# operator named before is who told.
ATTACK_WITH_ADVERB: list[tuple[str, Detection | None]] = [
    (
        "サーバーを運用するデータセンター事業者から、外部から意図的に大量の通信が送られていると"
        "の連絡がありました。",
        EXTERNAL,
    ),
    ("プロバイダから、外部から執拗にログインが試みられているとの連絡がありました。", EXTERNAL),
    ("レンタルサーバー会社から、外部から組織的に攻撃を受けていると通知がありました。", EXTERNAL),
    ("外部の方から、サイトの表示がおかしいとご連絡をいただきました。", THIRD),
    ("外部から意図的に大量の通信が送られ、サイトが止まりました。", None),
]

# 「本学が接続する学術情報ネットワーク(SINET)の運用担当から…DDoS攻撃…との通知」: the
# network a university or a firm connects through, upstream of its own, is a network
# operator reporting an attack on its service (spec "External report" [interpretation]).
UPSTREAM_NETWORK: list[tuple[str, Detection | None]] = [
    (
        "学術情報ネットワークの運用担当から、本学宛てに大量の通信が来ているとの通知がありました。",
        EXTERNAL,
    ),
    ("上位プロバイダから、当社宛てのDDoS攻撃を遮断しているとの連絡を受けました。", EXTERNAL),
    ("上流回線の事業者から、攻撃の通信が観測されたと連絡がありました", EXTERNAL),
    ("上位回線の契約を見直しました。", None),
]

# 「近隣にお住まいの方から拾得のご連絡をいただき、回収いたしました」: the finder's call
# tells of the recovery, after the loss was known; one by which the loss came to light
# (「…拾得のご連絡をいただき、紛失が判明」) still tells who, and so does a thing sent by
# mistake that arrived (「誤って届いたとご連絡」), a misdelivery's recipient.
FOUND_AGAIN: list[tuple[str, Detection | None]] = [
    ("翌日、駅の利用者の方から拾得のご連絡をいただき、回収いたしました。", None),
    ("近所の方から拾得のご連絡があり、書類は戻ってきました。", None),
    ("警察から、見つかったとのご連絡をいただきました。", None),
    ("通行人の方から拾得のご連絡をいただき、紛失が判明しました。", THIRD),
    ("市民の方から拾得のご連絡があり、持ち出しが発覚しました。", THIRD),
    ("取引先から、間違って届いたとご連絡をいただきました。", THIRD),
    ("B社から、誤って届いたって連絡きました", THIRD),
]

# 「問い合わせが殺到したので、コールセンター業者に発注した」: inquiries that made the company
# open or order a desk to take them came once the matter was known; inquiries that led to a
# check or a finding before the desk still tell who.
DESK_FOR_INQUIRIES: list[tuple[str, Detection | None]] = [
    ("問い合わせが殺到したので、コールセンター業者にもう発注しました。", None),
    ("苦情の電話が相次いだため、専用窓口を設けました。", None),
    ("お問い合わせが多数寄せられたことから、専用ダイヤルを開設いたしました。", None),
    (
        "お客様から問い合わせが相次ぎ、調べたところ流出が判明したため、専用窓口を設けました。",
        THIRD,
    ),
    ("お客様からの問い合わせで発覚しました。", THIRD),
    ("お問い合わせが寄せられ、不正アクセスが判明しました。", THIRD),
]

# 「取引先から「…」と指摘があり、社内調査で発覚した」: our own check named after an
# outsider's report checked what was reported; the report says who. The same check alone
# stays ours.
CHECKED_AFTER_A_REPORT: list[tuple[str, Detection | None]] = [
    ("取引先から「御社の名簿が出回っている」と指摘があり、社内調査で発覚した。", THIRD),
    ("お客様からのご連絡を受け、内部調査により持ち出しが判明しました。", THIRD),
    ("会員から苦情が寄せられ、社内監査で不正が確認された。", THIRD),
    ("社内調査で発覚した。", SELF),
    ("内部監査で、元社員による持ち出しが判明しました。", SELF),
]

# 「当社では現在、…事実関係の確認を進めております」: a check still going on found nothing
# yet; a check done (「当社で確認したところ」) is our own finding.
STILL_CHECKING: list[tuple[str, Detection | None]] = [
    ("当社では現在、外部の専門家の協力を得て、事実関係の確認を進めております。", None),
    ("弊社で確認中です。", None),
    ("当社で引き続き確認を急いでおります。", None),
    ("当社で確認したところ、不正なログインが判明しました。", SELF),
    ("弊社で異常を検知しました。", SELF),
]

# 「(保守業者から 院長様へ) 定期保守点検の際に、貴院受付のNASにおいて…マルウェアを検出」:
# a vendor's regular check of the things of the principal it writes to is the vendor's own
# finding (rule 3 lists the maintenance vendor), even without 弊社.
VENDOR_CHECK_ADDRESSED: list[tuple[str, Detection | None]] = [
    (
        "〇〇歯科医院 院長様\n保守担当 〇〇\n定期保守点検の際に、貴院受付のNASにおいて、ウイルス"
        "対策ソフトがマルウェアを検出し、一部のファイルが読めない状態となっていることを確認"
        "いたしました。",
        THIRD,
    ),
    (
        "株式会社〇〇 御中\n定期巡回の際に、貴社サイトのトップページが改ざんされていることを確認"
        "いたしました。",
        THIRD,
    ),
    ("定期点検で、当院のサーバーにマルウェアを検出しました。", SELF),
]

# 「確定申告だけの個人のお客さん」: a tax return (確定申告) is a filing, no report.
TAX_RETURNS: list[tuple[str, Detection | None]] = [
    ("法人の顧問先が40社くらい、確定申告だけの個人のお客さんが300人くらいです。", None),
    ("修正申告の資料を取引先から預かっていました。", None),
    ("青色申告の準備中にPCが動かなくなりました。", None),
]

# 「お受け取りになった方がお電話で教えてくださいまして」「受け取ったスタッフさんがLINEで
# 教えてくれて」: the one who received what was sent by mistake, named by that, is a third
# party (spec), the subject or the source of the report; our own role is not.
RECIPIENT_TOLD: list[tuple[str, Detection | None]] = [
    ("お受け取りになった方が今朝お電話でご親切に教えてくださいました。", THIRD),
    ("受け取ったスタッフさんがLINEで教えてくれて気づきました", THIRD),
    ("FAXを受け取った薬局さんが電話くれました。", THIRD),
    ("メールを受信した会社から連絡がありました。", THIRD),
    ("書類を受け取った部長から連絡があり、確認しています。", None),
    ("書類を受け取ったら連絡するよう伝えてあります。", None),
]

# 「向こうの社長さんが親切に電話くれて分かった」: the other side is never ourselves: it
# takes the category of the party named before it, a third party when none was.
OTHER_SIDE: list[tuple[str, Detection | None]] = [
    (
        "FAXを番号一つ間違えて町工場さんに送ってしまい、向こうの社長さんが親切に電話くれて"
        "分かりました",
        THIRD,
    ),
    ("向こうさんから連絡があって気づきました。", THIRD),
    ("監視会社と契約してます。向こうの担当者から連絡があって気づきました", EXTERNAL),
    ("ホスティング会社に相談しました。いま向こうで遮断してもらってます", None),
    ("向こうは損害賠償も考えてるそうです", None),
]

# 「先方の社長さんが電話くれて」「取引先の担当者が気づいて教えてくれた」: a party's own
# person, named after its の, the subject of the report (noticing aside), is that party
# telling; another subject between (「…来社し、社員が気づいて」) is ours telling.
PARTY_PERSON: list[tuple[str, Detection | None]] = [
    ("先方の社長さんが電話くれて分かりました。", THIRD),
    ("相手の担当者が気づいて連絡してくれました", THIRD),
    ("取引先の社長さんが教えてくれました。", THIRD),
    ("委託先のSOCの担当者が検知して連絡をくれました", EXTERNAL),
    ("先方の社長さんにお詫びの電話をしました。", None),
    ("取引先の担当者が来社し、社員が気づいて教えてくれた", SELF),
]

# 「ご本人からお叱りを受けました」: a complaint said as a scolding received from an
# outsider; a superior's scolding tells nothing of who found it.
SCOLDED: list[tuple[str, Detection | None]] = [
    ("別のお客様に画面を見られたと、ご本人からお叱りを受けました。", THIRD),
    ("お客様から叱られて気づきました", THIRD),
    ("上司に叱られました。", None),
    ("部長からお叱りを受けました。", None),
]

# 「市民の1人から「…」と市に相談があり」: a consultation that came to the company from an
# outsider is its report; the company's own consultation is not.
CONSULTED: list[tuple[str, Detection | None]] = [
    ("保護者の方から「知らない塾からDMが届いた」と相談がありました。", THIRD),
    ("市民の1人から「自分の収入を他人が知っている」と市に相談があり、発覚した。", THIRD),
    ("会員様からご相談をいただき、調べたところ判明しました。", THIRD),
    ("警察に相談しました。", None),
    ("県の相談窓口で紹介された調査会社に見てもらいました。", None),
]

# 「EDRアラート。営業部の端末1台でビーコン検知」: our own tool's alarm as the headline the
# message opens with (its first sentence the alarm alone) set the rest off, as the first
# step of a chain of arrows does; denied, or after an outsider's report, it does not.
OWN_TOOL_HEADLINE: list[tuple[str, Detection | None]] = [
    ("EDRアラート。営業部の端末1台でCobalt Strikeのビーコン検知、端末は隔離済み", SELF),
    ("ウイルス対策ソフトの警告。共有フォルダのファイルが隔離されました", SELF),
    ("EDRアラートなし。調査は終了しました", None),
    ("監視会社から連絡があり、EDRのアラートで判明した", EXTERNAL),
    ("推奨対応:EDRによるフルスキャンの実施", None),
]

# 「本学情報基盤センターが検知し」: a unit of ours, named by our own name, finding it; the
# same unit named as where something went wrong is no finding.
OWN_UNIT_FOUND: list[tuple[str, Detection | None]] = [
    ("大量の迷惑メールが送信されていることを本学情報基盤センターが検知しました。", SELF),
    ("当院の情報システム室で不審な通信を検知しました。", SELF),
    (
        "当社発送センターでの封入作業の誤りにより、別の方の明細書が同封されていたことが判明"
        "しました。",
        None,
    ),
    ("本学情報基盤センターが対応にあたっています。", None),
]

# 「委託先SOCからエスカレあり」: an operator's escalation to us is its report; one we made
# upward, or the contact of a runbook, is not.
ESCALATED: list[tuple[str, Detection | None]] = [
    ("委託先SOCからエスカレあり。端末1台からC2疑いの通信", EXTERNAL),
    ("MSSPからのエスカレーションで判明しました", EXTERNAL),
    ("上長にエスカレしました。", None),
    ("エスカレーションフローを見直します。", None),
]

# 「取引先の何社かから…と電話がございました」: some of a party (何社か, 何人か), and a call
# in the most polite speech.
SOME_OF_A_PARTY: list[tuple[str, Detection | None]] = [
    ("取引先の何社かから、変な添付ファイル付きのメールが届いていると電話がございました", THIRD),
    ("お客様の何人かから、不審なメールが届いたと連絡がありました。", THIRD),
    ("警察から電話がございました。", EXTERNAL),
    ("何社かから見積りを取りました。", None),
]

# 「写真を無断で使われたとして、カメラマンの男性が…会社を相手取り、…損害賠償を求める訴訟
# を起こした」: the rights holder suing, with whom it sued said on the way.
SUED_OVER_A_WORK: list[tuple[str, Detection | None]] = [
    (
        "自身が撮影した写真をウェブサイトに無断で使われたとして、写真家の男性が同社を相手取り、"
        "損害賠償を求める訴訟を起こした。",
        THIRD,
    ),
    (
        "イラストを無断で利用されたとして、女性が同社を相手取り、使用料の支払いを求める訴えを"
        "起こした。",
        THIRD,
    ),
    ("元社員が同社を相手取り、未払い残業代の支払いを求める訴訟を起こした。", None),
]

# 「来場者が画面を撮影している様子を、当社の別の社員が目撃いたしました」: our own staff
# seeing it happen is our finding.
WITNESSED: list[tuple[str, Detection | None]] = [
    ("来場者が画面を撮影している様子を、当社の別の社員が目撃いたしました。", SELF),
    ("書類を持ち出すところを職員が目撃しました", SELF),
    ("元社員が持ち出すところを見かけた人はいません。", None),
]

# 「保守する業者が、今月上旬に通常とは異なる通信記録を見つけ、病院に報告した」: a clause
# inside what was found (「異なる通信記録」) is not the outsider's predicate.
CLAUSE_INSIDE_THE_FINDING: list[tuple[str, Detection | None]] = [
    (
        "電子カルテシステムを保守する業者が、通常とは異なる通信記録を見つけ、病院に報告したという。",
        THIRD,
    ),
    ("システムを保守する業者が、見慣れないファイルを発見し、同社に報告した。", THIRD),
]

# 「> いつ、誰が気づきましたか？」「今朝、自分(総務)です」: an answer to when and who, its
# when-clause first and a gloss of who we are after the word, names ourselves; one naming
# nobody, or more than who, is read as any other statement.
ANSWERED_WHEN_AND_WHO: list[tuple[str, Detection | None]] = [
    ("> いつ、誰が気づきましたか？\n今朝、自分（総務）です", SELF),
    ("> 誰が気づきましたか？\n自分(情シス)です", SELF),
    ("> いつ、誰が気づきましたか？\n昨日の夜、取引先です", THIRD),
    ("> いつ、誰が気づきましたか？\n今朝、わかりません", None),
    ("> 誰が気づきましたか？\n自分(たぶん)の勘違いかも", None),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    OWN_HEADS
    + OWN_POST_HIMSELF
    + ATTACK_WITH_ADVERB
    + UPSTREAM_NETWORK
    + FOUND_AGAIN
    + DESK_FOR_INQUIRIES
    + CHECKED_AFTER_A_REPORT
    + STILL_CHECKING
    + VENDOR_CHECK_ADDRESSED
    + TAX_RETURNS
    + RECIPIENT_TOLD
    + OTHER_SIDE
    + PARTY_PERSON
    + SCOLDED
    + CONSULTED
    + OWN_TOOL_HEADLINE
    + OWN_UNIT_FOUND
    + ESCALATED
    + SOME_OF_A_PARTY
    + SUED_OVER_A_WORK
    + WITNESSED
    + CLAUSE_INSIDE_THE_FINDING
    + ANSWERED_WHEN_AND_WHO,
)
def test_sets_33_37_classes(text: str, expected: Detection | None) -> None:
    assert read_message(text).detection is expected
