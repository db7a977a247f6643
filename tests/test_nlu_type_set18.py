"""Incident type and unauthorized access: classes of misreadings found on unseen text (sets 18
and 19), one table per class, with sentences of our own asserting what the user would see."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

Row = tuple[list[str], str | None, str | None]


def _seen(messages: list[str]) -> tuple[object, object]:
    facts, _, _ = predict(messages)
    return facts["incident_type"], facts["unauthorized_access"]


# A bare yes to the bot's access question says access found and names no type (rule 2: a bare
# 「アクセスあり」); after a suspicion it confirms the intrusion, and a circumstance already
# stated (a lost PC) stays the type.
ANSWERED_ACCESS: list[Row] = [
    (["&gt; 不正アクセスは確認されましたか？\nはい、確認済みです"], None, "found"),
    (
        ["&gt; 不正アクセスは確認されましたか？\nはい", "&gt; 公表しましたか？\nまだです"],
        None,
        "found",
    ),
    (
        [
            "VPNに不審なログインがあったと情シスから報告",
            "&gt; 不正アクセスは確認されましたか？\nはい",
        ],
        "unauthorized_access",
        "found",
    ),
    (
        ["ノートPCを電車に置き忘れました", "&gt; 不正アクセスは確認されましたか？\nはい"],
        "lost_or_stolen",
        "found",
    ),
    (["&gt; 不正アクセスは確認されましたか？\nまだ調査中です"], None, None),
    (
        ["退職者のアカウントでログインがありました", "&gt; 不正アクセスは確認されましたか？\nはい"],
        "unauthorized_access",
        "found",
    ),
    (["退職者のアカウントでログインがありました"], "suspected", None),
    (["勤怠はPCにログインした記録で管理しています"], None, None),
    (["使っていないアカウントでログインされた形跡はありませんでした"], None, None),
]


@pytest.mark.parametrize(("messages", "kind", "access"), ANSWERED_ACCESS)
def test_answered_access_names_no_type(
    messages: list[str], kind: str | None, access: str | None
) -> None:
    assert _seen(messages) == (kind, access)


# Our staff posting pictures of people on SNS is `other` (rule 2), even said 無断で; a claim
# naming a right (肖像権, 著作権) over content we published is still `media`.
STAFF_SNS_POST: list[Row] = [
    (["スタッフが個人のSNSアカウントに、利用者さんの写真を無断で投稿していました"], "other", None),
    (["従業員がSNSに患者さんの写真あげてしまいました"], "other", None),
    (["ホームページに写真を無断で掲載したとして、撮影者から使用料を請求されました"], "media", None),
    (
        ["社員がSNSにお客様の写真を無断で投稿し、ご本人から肖像権侵害だと抗議を受けました"],
        "media",
        None,
    ),
    # The shop's own account publishes: a customer's 「勝手に載せないで」 is a portrait right.
    (
        ["お店のインスタに載せた写真に写ってたお客さんから「勝手に載せないで」と言われた"],
        "media",
        None,
    ),
    (["公式インスタに上げた動画について、映っていた方から無断で載せないでと連絡"], "media", None),
]


@pytest.mark.parametrize(("messages", "kind", "access"), STAFF_SNS_POST)
def test_staff_sns_post_is_other(messages: list[str], kind: str | None, access: str | None) -> None:
    assert _seen(messages) == (kind, access)


# A contractor writing to its principal names itself in many ways (当事務所, 当法人) and its
# reader too (貴法人, 貴院); a contractor's report forwarded to us says 当社 of the contractor.
# What it says was attacked is the contractor's: vendor_leak, our access unknown. An attack
# its clause says of the reader's own systems is ours.
CONTRACTOR_LETTER: list[Row] = [
    (
        [
            "〇〇病院 御中\n貴院よりお預かりしている検査データに関し、当事務所のサーバーが"
            "ランサムウェアに感染したことが判明いたしました。"
        ],
        "vendor_leak",
        None,
    ),
    (
        [
            "貴法人から委託を受けている会計業務につきまして、当法人のパソコンがマルウェアに"
            "感染し、データが外部へ送信された可能性がございます。"
        ],
        "vendor_leak",
        None,
    ),
    (
        [
            "委託先から来たメールを貼ります\n&gt; 当社が提供する予約システムに不正ログインが"
            "確認されました。貴社の顧客情報が閲覧された可能性があります。"
        ],
        "vendor_leak",
        None,
    ),
    (
        ["当社のサーバーに不正ログインが確認されました。お客様情報が閲覧された可能性があります。"],
        "unauthorized_access",
        "found",
    ),
]


@pytest.mark.parametrize(("messages", "kind", "access"), CONTRACTOR_LETTER)
def test_contractor_letter_is_vendor_leak(
    messages: list[str], kind: str | None, access: str | None
) -> None:
    assert _seen(messages) == (kind, access)


# A party given a check of an attack (「業者へ不正アクセス有無の調査を発注」) is not where the
# attack happened; a party's own systems with へ (「委託先のサーバーへ不正アクセス」) are.
ORDERED_CHECK: list[Row] = [
    (
        ["サーバーが攻撃を受けた可能性があり、調査業者へ不正アクセス有無の調査を依頼しました"],
        "suspected",
        None,
    ),
    (["委託先のサーバーへ不正アクセスがあり、顧客情報が流出しました"], "vendor_leak", None),
]


@pytest.mark.parametrize(("messages", "kind", "access"), ORDERED_CHECK)
def test_party_given_a_check_is_not_attacked(
    messages: list[str], kind: str | None, access: str | None
) -> None:
    assert _seen(messages) == (kind, access)


# Asked by someone (「代理店さんから聞かれた」) is not overheard; an access only said unusual
# (「普段と違う時間帯のアクセス」) is a sign to check, which a later finding of none rules out.
ASKED_AND_UNUSUAL: list[Row] = [
    (["代理店さんから聞かれたこと、まとめました\n侵入：無\n公表：無"], None, "not_found"),
    (["電車で隣の客に会話を聞かれていました。患者さんの名前も出ていました"], "visual_leak", None),
    (
        [
            "情シスが普段と違う時間帯のアクセスを検知し調査を依頼しました。調査の結果、"
            "不正アクセスの事実は認められませんでした"
        ],
        "suspected",
        "not_found",
    ),
    (["通常と異なるアクセスを検知しました"], "suspected", None),
]


@pytest.mark.parametrize(("messages", "kind", "access"), ASKED_AND_UNUSUAL)
def test_asked_is_not_overheard_and_unusual_is_a_sign(
    messages: list[str], kind: str | None, access: str | None
) -> None:
    assert _seen(messages) == (kind, access)


# A contractor named as working with us (「業者とともに調査」「委託先と連携して」) is no leak at
# the contractor; one said to be attacked itself still is.
WORKING_ALONGSIDE: list[Row] = [
    (
        ["当社サイトが改ざんされました。現在、保守を委託している業者とともに原因を調査しています"],
        "unauthorized_access",
        "found",
    ),
    (["社内PCがウイルスに感染しました。委託先と連携して対応中です"], "malware", "found"),
    (["委託先がランサムウェアに感染し、当社の顧客情報が流出しました"], "vendor_leak", None),
]


@pytest.mark.parametrize(("messages", "kind", "access"), WORKING_ALONGSIDE)
def test_contractor_working_alongside_is_no_vendor_leak(
    messages: list[str], kind: str | None, access: str | None
) -> None:
    assert _seen(messages) == (kind, access)
