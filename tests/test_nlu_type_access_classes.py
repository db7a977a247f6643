"""Incident type and unauthorized access, one table per class of misreading found in the
labelled sets; sentences of our own, asserting what the user would see."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

Row = tuple[list[str], str | None, str | None]


def _seen(messages: list[str]) -> tuple[object, object]:
    facts, _, _ = predict(messages)
    return facts["incident_type"], facts["unauthorized_access"]


# The spec's not_found is an investigation's conclusion. Said of a loss, a mis-sent mail or
# an insider, 「不正アクセスではない」 only says what kind of incident it was; a check named,
# a past-tense finding or a listed value is still a conclusion.
DISMISSALS: list[Row] = [
    (["スマホを落としただけなので、不正アクセスとかはないです"], "lost_or_stolen", None),
    (["メールの誤送信です。ハッキングではないです"], "misdelivery", None),
    (["元社員が名簿を持ち出した件です。サイバー攻撃ではありません"], "other", None),
    (
        ["ノートPCを紛失しました。ログを調べましたが不正アクセスはありません"],
        "lost_or_stolen",
        "not_found",
    ),
    (["誤送信の件、調査の結果、不正アクセスはないと分かりました"], "misdelivery", "not_found"),
    (["USBメモリを紛失しました。不正アクセスはありませんでした"], "lost_or_stolen", "not_found"),
]

# A trace is of what the words before it say: of someone looking into a bag, or of a
# server talking to another, no attack is found or ruled out; a trace of getting in is one.
# Ruled out as an investigation's outcome, the attack was suspected (test_nlu_type_casual).
TRACES: list[Row] = [
    (["置き忘れたカバンが見つかりました。中を見られた形跡はありません"], "lost_or_stolen", None),
    (["サーバーが海外と通信している形跡があると警察から連絡がありました"], None, None),
    (["調査の結果、侵入された形跡はありませんでした"], "suspected", "not_found"),
    (["ルーターの管理画面に誰かが入った形跡がありました"], "unauthorized_access", "found"),
]

# 「XはなくYもなかった」 denies two things; 「アクセスできない」 is the harm seen.
CLAUSES: list[Row] = [
    (["調査の結果、侵入の事実はなくデータの持ち出しもなかったそうです"], "suspected", "not_found"),
    (["共有フォルダに突然アクセスできなくなりました。原因はまだ分かりません"], None, None),
    (["・経緯：監視会社から通報\n・侵入：無（調査会社の報告書）"], "suspected", "not_found"),
]

# A suspicious login, an attempt, a bare attack word with a doubt after it: suspected.
DOUBTS: list[Row] = [
    (["Microsoftから不審なログインがあったと通知が来ました。まだ調べています"], "suspected", None),
    (["ランサムウェアの実行が試みられましたが、EDRで止まりました"], "suspected", None),
    (["らんさむうぇあ かも。。ファイルがへん"], "suspected", None),
]

# Words that look like a type and are not one: 取られ (撮る's lemma is 取る), a card used
# without leave, the contractor who watches for attacks.
LOOKALIKES: list[Row] = [
    (["保険会社の同意は取られていますか？"], None, None),
    (["電車で隣の人にスマホの画面を撮られました"], "visual_leak", None),
    (["お客様からカードを勝手に使われたと連絡がありました"], None, None),
    (["ブログの写真を勝手に使われたと抗議が来ました"], "media", None),
    (["検知：委託先SOC\n種別：ランサムウェア\n不正アクセス：あり"], "malware", "found"),
]

# An attack named in one message and ruled out by a later check was only suspected.
LATER_CHECKS: list[Row] = [
    (
        [
            "取引先から、うちからウイルス付きメールが届いたと言われました",
            "訂正です。調査会社の結論で侵入の痕跡はありませんでした",
        ],
        "suspected",
        "not_found",
    ),
]

# A leak word makes a suspicion only when the leak itself is doubted, not its route, and
# not when a leak was looked for and none found.
LEAK_DOUBTS: list[Row] = [
    (["会員の氏名が掲示板に載っていました。流出経路は現在調査中です"], None, None),
    (
        ["調査の結果、不正アクセスはなかった。情報の漏えいも確認されなかった"],
        "suspected",
        "not_found",
    ),
    # A leak in doubt from a system of ours is a possible intrusion (the spec's `suspected`);
    # in a message naming none, it may as well be a lost file or a mis-sent mail.
    (["顧客データベースから情報が漏えいした可能性があります"], "suspected", None),
    (["顧客情報が漏えいした可能性があります"], None, None),
]

# A report or an inquiry that led to a check, or odd logs, are a suspicion whatever the
# check found; an agent's bare shorthand names no type.
SIGNS: list[Row] = [
    (
        ["お客様から問い合わせがあって調べたところ、不正アクセスはありませんでした"],
        "suspected",
        "not_found",
    ),
    (
        ["社内で不審なログを見つけ、外部に見てもらいましたが侵入はなかったです"],
        "suspected",
        "not_found",
    ),
    (["取引先から連絡→調べたけど不正アクセスはなし（調査会社の結論）"], "suspected", "not_found"),
    (["外部通報、不正アクセスなし、調査費100万"], None, "not_found"),
]

# Sent to another party than meant, without a misdelivery word.
SENT_ELSEWHERE: list[Row] = [
    (["見積書を別の取引先に送ってしまいました"], "misdelivery", None),
    (["案内状を別の会員さんに郵送しちゃいました。50名分です"], "misdelivery", None),
    (["発送した書類が違うお客様に届いてしまいました"], "misdelivery", None),
    (["別の取引先にも案内を送りました"], None, None),
    (["ランサムウェアに感染し、別の取引先にウイルスメールが送られました"], "malware", "found"),
]


# A post on SNS said in the passive is an outsider's, the outcome of the leak; our own
# staff posting stays `other`.
POSTED: list[Row] = [
    (["カフェで画面をのぞかれたみたいです", "その画面がSNSに投稿されました"], "visual_leak", None),
    (["社員が顧客の写真をSNSに投稿してしまいました"], "other", None),
]


@pytest.mark.parametrize(
    ("messages", "kind", "access"),
    DISMISSALS
    + TRACES
    + CLAUSES
    + DOUBTS
    + LOOKALIKES
    + LATER_CHECKS
    + LEAK_DOUBTS
    + SIGNS
    + SENT_ELSEWHERE
    + POSTED,
)
def test_type_and_access(messages: list[str], kind: str | None, access: str | None) -> None:
    assert _seen(messages) == (kind, access)
