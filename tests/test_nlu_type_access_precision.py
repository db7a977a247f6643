"""Incident type and unauthorized access: classes of wrong values found on unseen text (set 8),
one table per class, with sentences of our own asserting what the user would see."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

Row = tuple[list[str], str | None, str | None]


def _seen(messages: list[str]) -> tuple[object, object]:
    facts, _, _ = predict(messages)
    return facts["incident_type"], facts["unauthorized_access"]


# 間違いない / 疑いの余地はない / 相違ない affirm: their 無い is no denial, their 疑い no hedge.
# 「の疑いはない」 (no suspicion of it) and 「に違いない」 (a guess) stay open.
CERTAIN: list[Row] = [
    (["サイバー攻撃を受けたのは間違いないです"], "unauthorized_access", "found"),
    (["ランサムウェアに感染したことは間違いありません"], "malware", "found"),
    (["サーバーに侵入されたことは疑いの余地がありません"], "unauthorized_access", "found"),
    (["ウイルス感染であることは相違ありません"], "malware", "found"),
    (["不正ログインされたのは疑いないです"], "unauthorized_access", "found"),
    (["誰かに侵入されたに違いない"], "suspected", None),
    (["不正アクセスの疑いはないと言われました"], "suspected", None),
    (
        ["調査の結果、不正アクセスはありませんでした。これは間違いないです"],
        "suspected",
        "not_found",
    ),
]

# How a thing looks (「抜かれてない様子」) is no finding: after a loss, access stays unknown.
LOOKS: list[Row] = [
    (["置き忘れたカバンが見つかりました。中身は抜かれていない様子です"], "lost_or_stolen", None),
    (
        ["USBを電車に置き忘れました", "見つかりました。データも抜かれてない様子です"],
        "lost_or_stolen",
        None,
    ),
]

# An attack stopped before it reached us (防御された, 遮断された, 未然に防いだ) is a suspicion,
# never access found; one not stopped (防げなかった) got through. A network cut off after a
# confirmed attack, or a purpose (防ぐため), is no stop of the attack.
BLOCKED: list[Row] = [
    (["不審な通信がありましたが、攻撃はWAFで防御されていました"], "suspected", None),
    (["不正ログインを未然に防ぎました"], "suspected", None),
    (["侵入はファイアウォールで遮断されました"], "suspected", None),
    (["外部からの攻撃は失敗に終わりました"], "suspected", None),
    (
        ["攻撃は防げなかったようで、サーバーが暗号化されました。ランサムウェアです"],
        "malware",
        "found",
    ),
    (["不正アクセスを阻止できませんでした"], "unauthorized_access", "found"),
    (["侵入が確定したのでネットワークを遮断しました"], "unauthorized_access", "found"),
    (["ランサムウェアに感染した端末をネットワークから遮断しました"], "malware", "found"),
    (
        ["監視会社から通報があり調査しました。不正アクセスはなく、攻撃はすべて遮断されていました"],
        "suspected",
        "not_found",
    ),
]

# An attack on a provider's or contractor's own systems is a vendor leak, our access unknown:
# the provider owns what was attacked, 同社 points back at it, or a contractor writes to the
# principal whose data it holds about 弊社's systems. A vendor that only looked, and our own
# server, stay ours.
VENDOR_OWNED: list[Row] = [
    (["予約システムの提供事業者のサーバーがランサムウェアに感染したそうです"], "vendor_leak", None),
    (["クラウドサービス事業者における不正アクセスについて"], "vendor_leak", None),
    (["委託先へのサイバー攻撃で、当社の顧客名簿が流出した可能性があります"], "vendor_leak", None),
    (
        [
            "使っているSaaSの提供元から、同社のサーバーが外部から不正アクセスを受けたと連絡がありました"
        ],
        "vendor_leak",
        None,
    ),
    (
        [
            "弊社の配送管理システムがランサムウェアに感染し、貴社からお預かりしている顧客データが暗号化されました"
        ],
        "vendor_leak",
        None,
    ),
    (["弊社のサーバーがランサムウェアに感染しました"], "malware", "found"),
    (
        ["提供事業者の調査で、当社アカウントへの不正ログインが確認されました"],
        "unauthorized_access",
        "found",
    ),
    (["当社サーバーが外部から不正アクセスを受けました"], "unauthorized_access", "found"),
]

# A contractor that maintains our systems and found the attack there told us of it; a
# contractor reporting an attack on itself is still a vendor leak.
MAINTAINER: list[Row] = [
    (
        [
            "当社サイトが不正アクセスを受けました。サイトの保守を委託している会社が、サーバー上の不審なファイルを見つけ報告してきました"
        ],
        "unauthorized_access",
        "found",
    ),
    (
        ["システムの運用を委託している業者が、不正アクセスを受けたと報告してきました"],
        "vendor_leak",
        None,
    ),
    (["保守を委託している会社から顧客情報が流出しました"], "vendor_leak", None),
]

# An attack word that names what a measure is against (対策, 防止) is no attack that happened.
COUNTERED: list[Row] = [
    (["ランサムウェア対策としてEDRを導入する予定です"], None, None),
    (["DDoS対策を強化しました"], None, None),
    (["不正アクセス防止のため、全員のパスワードを変更しました"], None, None),
    (["ウイルス対策が不十分で、サーバーがランサムウェアに感染しました"], "malware", "found"),
]

# The agent's checklist 「外部通報→…、結果 なし」 names no type (rule 2); a report narrated
# as raising a suspicion that was checked does.
CHECKLIST: list[Row] = [
    (["監視会社からの外部通報→調査会社に依頼、結果 不正アクセスなし"], None, "not_found"),
    (["外部通報→調査、結果 侵入なし"], None, "not_found"),
    (
        ["監視会社から通報を受けて調べましたが、不正アクセスはありませんでした"],
        "suspected",
        "not_found",
    ),
]


@pytest.mark.parametrize(
    ("messages", "incident_type", "access"),
    CERTAIN + LOOKS + BLOCKED + VENDOR_OWNED + MAINTAINER + COUNTERED + CHECKLIST,
)
def test_type_and_access(
    messages: list[str], incident_type: str | None, access: str | None
) -> None:
    assert _seen(messages) == (incident_type, access)


# The same phrases of certainty hold for the other facts: 「公表したのは間違いない」 is announced.
@pytest.mark.parametrize(
    ("text", "fact", "value"),
    [
        ("公表したのは間違いないです", "announced", True),
        ("プレスリリースを出したのは間違いありません", "announced", True),
        ("保険会社の同意を得たのは間違いないです", "consent", True),
        ("公表していないのは間違いないです", "announced", False),
    ],
)
def test_certainty_other_facts(text: str, fact: str, value: object) -> None:
    facts, _, _ = predict([text])
    assert facts[fact] == value


# Set 7: whose error a leak was. A setting error the contractor made, or a contractor's letter
# to its principal about its own storage, is a vendor leak (rule 2, spec `vendor_leak`); the
# same error on our side stays `other`.
VENDOR_ERROR: list[Row] = [
    (
        [
            "ホームページの運用を任せている契約業者が行った公開範囲の設定に不備があり、申込者の氏名が閲覧できる状態になっていました"
        ],
        "vendor_leak",
        None,
    ),
    (["委託先の設定ミスにより、会員情報が外部から閲覧可能な状態でした"], "vendor_leak", None),
    (
        ["受託業者側の共有設定の誤りで、顧客名簿がネット上で見られる状態になっていたそうです"],
        "vendor_leak",
        None,
    ),
    (
        [
            "株式会社○○御中\n"
            "弊社が貴社より受託している発送業務において、弊社ファイルサーバーの設定不備により、"
            "貴社の顧客情報が外部から閲覧可能となっておりました"
        ],
        "vendor_leak",
        None,
    ),
    (["当社サイトの設定ミスで、問い合わせ内容が誰でも見られる状態になっていました"], "other", None),
    (["共有フォルダの設定不備で、社員名簿が社外から見える状態でした"], "other", None),
]

# A contractor named only as the one who carried out our job (「委託業者により焼却処理」) is
# not where the data leaked; one said to have made the error itself is.
VENDOR_AGENT: list[Row] = [
    (["保存期間中の書類を誤廃棄しました。書類は委託業者により焼却処理されています"], "other", None),
    (["誤廃棄した名簿は、委託業者によって回収・溶解されました"], "other", None),
    (["委託業者による誤送信で、顧客のメールアドレスが漏えいしました"], "vendor_leak", None),
    (["委託業者により顧客データが持ち出されていたことが判明しました"], "vendor_leak", None),
]

# 向こう, あちら for a contractor named in the sentence before: the attack is on its systems.
VENDOR_ANAPHOR: list[Row] = [
    (
        [
            "委託先の配送業者から連絡がありました。向こうのサーバーがランサムウェアに感染したそうです"
        ],
        "vendor_leak",
        None,
    ),
    (
        [
            "委託先から電話あり。あちらのシステムに不正アクセスがあって、うちの顧客データも見られたって"
        ],
        "vendor_leak",
        None,
    ),
    (
        ["委託先から連絡がありました。うちのサーバーがランサムウェアに感染していたそうです"],
        "malware",
        "found",
    ),
    (
        ["委託先から連絡がありました。当社のサーバーが外部から不正アクセスを受けていたそうです"],
        "unauthorized_access",
        "found",
    ),
]

# A leak in doubt is a possible attack on our systems, unless its message names no system or
# stored data it would come from, or where it came from is said to be unknown and its sentence
# names none.
UNSOURCED_LEAK: list[Row] = [
    (["たぶん個人情報が漏れてると思う。どこから出たのかはわからない"], None, None),
    (["情報が漏れたかもしれません。どこから漏れたのかは不明です"], None, None),
    (["個人情報が漏れたかもしれません"], None, None),
    (["サーバーから情報が漏れたかも。どこからかはまだわからない"], "suspected", None),
    (["通販サイトからカード情報が流出した可能性があります"], "suspected", None),
    (["顧客データが漏えいしたおそれがあります"], "suspected", None),
    (["サーバーから情報が漏れたかも"], "suspected", None),
    (["不正アクセスで情報が漏れたかもしれない"], "suspected", None),
]


@pytest.mark.parametrize(
    ("messages", "incident_type", "access"),
    VENDOR_ERROR + VENDOR_AGENT + VENDOR_ANAPHOR + UNSOURCED_LEAK,
)
def test_whose_leak(messages: list[str], incident_type: str | None, access: str | None) -> None:
    assert _seen(messages) == (incident_type, access)


# Set 9's classes. A provider named as 業者/運営会社, or as その会社 after it was named, owns
# the attacked system (vendor_leak, our access unknown); one that found the attack on ours
# (「接続業者が不正アクセスを確認」) owns nothing.
VENDOR_OWNER: list[Row] = [
    (
        ["保守を頼んでいる業者から連絡があり、業者側のサーバーがランサムウェアに感染したそうです"],
        "vendor_leak",
        None,
    ),
    (
        [
            "ネットショップの運営会社から通知が来ました。その会社が不正アクセスを受け、当店の顧客情報も流出したとのことです"
        ],
        "vendor_leak",
        None,
    ),
    (["業者のサーバーが不正アクセスを受け、当社の会員情報が漏えいしました"], "vendor_leak", None),
    (
        ["ホームページが改ざんされました。サーバーを管理する接続業者が不正アクセスを確認しました"],
        "unauthorized_access",
        "found",
    ),
]

# A surge of traffic is a symptom, and ログインされた said of our customers is honorific.
NO_ATTACK_WORDS: list[Row] = [
    (["サイトにアクセスが集中してつながりにくくなっています。原因は調査中です"], None, None),
    (["アクセスが集中しDDoS攻撃の可能性も含めて調べています"], "suspected", None),
    (["システムの不具合で、ログインされたお客様に別の方の注文履歴が表示されました"], "other", None),
    (["第三者にログインされ、会員情報を閲覧されました"], "unauthorized_access", "found"),
]

# A denial followed by a caveat that leaves access open is no conclusion (rule 4); a caveat
# about what leaked, or none, leaves the denial.
CAVEAT: list[Row] = [
    (
        [
            "調査の結果、侵入の痕跡は確認されなかった。ただし、ログがない期間の侵入の可能性は否定できない"
        ],
        "suspected",
        None,
    ),
    (
        [
            "調査の結果、不正アクセスは確認されませんでした。ただし、一部のサーバーはログが残っていないため調査できませんでした"
        ],
        "suspected",
        None,
    ),
    (
        ["調査の結果、不正アクセスはありませんでした。ただし、今後に備えて監視を強化します"],
        "suspected",
        "not_found",
    ),
    (
        ["調査の結果、不正アクセスはありませんでした。ただし、情報流出の可能性は否定できません"],
        "suspected",
        "not_found",
    ),
    (["調査の結果、不正アクセスはありませんでした"], "suspected", "not_found"),
]

# Asking oneself whether an attack reached us, in doubt, is a suspicion; a plain question
# about cover names no type.
ASKED_IN_DOUBT: list[Row] = [
    (["パソコンが急に重いです。ウイルスに感染したっぽい？"], "suspected", None),
    (["うちのメールアカウント、乗っ取られたんでしょうか？よくわからないです"], "suspected", None),
    (["ランサムウェアに感染した場合は補償されますか？"], None, None),
]

# A thing whose whereabouts are unknown (所在不明) is lost, even when disposal is in doubt.
WHEREABOUTS: list[Row] = [
    (
        ["顧客名簿のファイルが所在不明となっています。誤廃棄の可能性もあります"],
        "lost_or_stolen",
        None,
    ),
    (["契約書の綴りの所在が分からなくなりました"], "lost_or_stolen", None),
]


@pytest.mark.parametrize(
    ("messages", "incident_type", "access"),
    VENDOR_OWNER + NO_ATTACK_WORDS + CAVEAT + ASKED_IN_DOUBT + WHEREABOUTS,
)
def test_set9_classes(messages: list[str], incident_type: str | None, access: str | None) -> None:
    assert _seen(messages) == (incident_type, access)


# Set 10. An attempt (試行) at an attack, or a suspicious access (不審なアクセス), is a sign
# to check, never an attack that reached us; an investigation then ruling access out is
# not_found, and the incident stays suspected.
ATTEMPTS: list[Row] = [
    (["サーバーへの攻撃の試行がありました"], "suspected", None),
    (["外部からの不審なアクセスがありました"], "suspected", None),
    (["社内ネットワークに怪しいアクセスの記録が残っていました"], "suspected", None),
    (
        ["調査の結果、当該の通信は攻撃の試行であり、不正アクセスの事実は認められませんでした"],
        "suspected",
        "not_found",
    ),
    (
        ["不審なアクセスの記録がありましたが、調べた結果、侵入はなかったと結論づけました"],
        "suspected",
        "not_found",
    ),
    # A plain attack or intrusion stays found.
    (["外部からの不正アクセスがありました"], "unauthorized_access", "found"),
    (["サーバーが攻撃を受けて改ざんされました"], "unauthorized_access", "found"),
]

# A contractor's or provider's own systems attacked: the attack source said as 外部からの,
# or the contractor named by the work we gave it (「会報を印刷会社に出してる」), whatever its
# trade. Our access stays unknown.
VENDOR_NAMED_BY_WORK: list[Row] = [
    (
        ["委託先から、同社のサーバーが外部からの不正アクセスを受けたと連絡がありました"],
        "vendor_leak",
        None,
    ),
    (
        [
            "発送業務を物流会社に委託しています。その物流会社がランサムウェアに感染し、住所が漏れました"
        ],
        "vendor_leak",
        None,
    ),
    (
        [
            "名簿の入力をデータ入力会社に頼んでいたところ、そのデータ入力会社がサイバー攻撃を受けたそうです"
        ],
        "vendor_leak",
        None,
    ),
    # Our own systems stay ours, whoever we give work to.
    (
        ["会報は印刷会社に出しています。うちのサーバーがサイバー攻撃を受けました"],
        "unauthorized_access",
        "found",
    ),
    (["当社のサーバーが外部からの不正アクセスを受けました"], "unauthorized_access", "found"),
]


@pytest.mark.parametrize(("messages", "incident_type", "access"), ATTEMPTS + VENDOR_NAMED_BY_WORK)
def test_set10_classes(messages: list[str], incident_type: str | None, access: str | None) -> None:
    assert _seen(messages) == (incident_type, access)


# Set 11. Not known yet (「わかってない」) is a doubt, not a denial of the attack; a later
# clause whose topic is an aspect of it (原因は, 侵入経路は) doubts that aspect only.
NOT_KNOWN_YET: list[Row] = [
    (["アカウントが乗っ取られたのか、まだわかってないです"], "suspected", None),
    (["侵入されたかどうか、まだわかっていません"], "suspected", None),
    (["サーバーに侵入されたのかはわかっておりません"], "suspected", None),
    (["ランサムウェアにやられたが、侵入経路はまだわかっていません"], "malware", "found"),
    (["PCがウイルスに感染しましたが、原因はまだわかっていません"], "malware", "found"),
    (["不正ログインを確認しました。手口は不明です"], "unauthorized_access", "found"),
    # A real conclusion still denies.
    (["調査の結果、不正アクセスはありませんでした"], "suspected", "not_found"),
]

# A contractor that carried the parcel that went missing: lost in transit, not a vendor leak.
LOST_IN_TRANSIT: list[Row] = [
    (["配送を委託している業者が、申込書の入った荷物を紛失しました"], "lost_or_stolen", None),
    (["宅配を委託した運送会社の倉庫で、書類の箱が所在不明になっています"], "lost_or_stolen", None),
    # A contractor's own loss or attack, with no carrying of goods, stays a vendor leak.
    (["委託先がお客様の書類を紛失しました"], "vendor_leak", None),
    (["委託先の物流倉庫のサーバーが不正アクセスを受けました"], "vendor_leak", None),
]

# Malware heading a mail's compound (ウイルスメール) is carried by the mail: no access found.
MAIL_BORNE: list[Row] = [
    (["取引先から、御社からウイルスメールが来たと言われました"], "malware", None),
    (["社員宛てにウイルスメールが届きました"], "malware", None),
    (["ランサムウェアに感染し、取引先にウイルスメールが送られました"], "malware", "found"),
    (["ウイルスメールを開いたPCが感染しました"], "malware", "found"),
]


@pytest.mark.parametrize(
    ("messages", "incident_type", "access"), NOT_KNOWN_YET + LOST_IN_TRANSIT + MAIL_BORNE
)
def test_set11_classes(messages: list[str], incident_type: str | None, access: str | None) -> None:
    assert _seen(messages) == (incident_type, access)
