"""Incident type and access when a harm word belongs to another incident: an attack told in a
contractor's letter, credentials stolen, data seen by an intruder, a mis-sending done by a
contractor. Sentences of our own, asserting what the user would see."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

Row = tuple[list[str], str | None, str | None]


def _seen(messages: list[str]) -> tuple[object, object]:
    facts, _, _ = predict(messages)
    return facts["incident_type"], facts["unauthorized_access"]


_LETTER = (
    "株式会社サンプル商事 御中\n株式会社ハコブネ\n\n"
    "貴社よりお預かりしている顧客情報について、ご報告申し上げます。\n"
)

# A contractor writing to its principal (弊社 … 貴社よりお預かり): an attack it tells of is on
# its own systems (vendor_leak, our access unknown), however the attacked thing is named,
# unless the sentence names the principal's systems.
CONTRACTOR_LETTERS: list[Row] = [
    (
        [
            _LETTER
            + "弊社が運用する配送管理サーバーに対し、第三者による不正ログインが行われました。"
        ],
        "vendor_leak",
        None,
    ),
    ([_LETTER + "弊社の管理画面に外部から不正アクセスがありました。"], "vendor_leak", None),
    (
        [_LETTER + "弊社では6月2日、ランサムウェアによりファイルが暗号化されました。"],
        "vendor_leak",
        None,
    ),
    # Near-misses: the principal's own systems; no letter (弊社 alone is the company itself).
    (
        [_LETTER + "貴社のシステムへの不正アクセスを弊社で検知しました。"],
        "unauthorized_access",
        "found",
    ),
    (
        ["弊社が運用する配送管理サーバーに対し、第三者による不正ログインが行われました。"],
        "unauthorized_access",
        "found",
    ),
]

# Credentials taken (phishing, a keylogger) are the way in of an intrusion, not a thing lost
# or stolen; a device or a note with them on it still is.
CREDENTIALS: list[Row] = [
    (
        ["フィッシングでパスワードが盗まれ、メールアカウントに不正ログインされました"],
        "unauthorized_access",
        "found",
    ),
    (["IDを盗まれて管理画面に不正ログインされた"], "unauthorized_access", "found"),
    (["パスワードを盗まれたみたいです"], None, None),
    (["パスワードを書いた手帳が盗まれました"], "lost_or_stolen", None),
    (["ノートPCが盗まれました"], "lost_or_stolen", None),
]

# Data seen after an attack on our systems, said or doubted, is what the intruder saw; seen
# over a shoulder or on papers, with no attack word, it is a visual leak.
SEEN_BY_INTRUDER: list[Row] = [
    (
        ["サーバーに侵入されたのは確定です。顧客フォルダの中身を見られてます"],
        "unauthorized_access",
        "found",
    ),
    (["不正アクセスの可能性があります。共有フォルダを見られてるかも"], "suspected", None),
    (["カフェで画面を見られていたようです。顧客の氏名が映っていました"], "visual_leak", None),
    (["窓口で後ろの人に申込書を見られてしまいました。住所が書いてあります"], "visual_leak", None),
    (
        ["不正アクセスはなかったです。ただ窓口で書類を見られてしまいました"],
        "visual_leak",
        "not_found",
    ),
]

# A mis-sending told by a contractor we gave the work to (「封入を頼んでいる業者から」) is
# its own error: a leak at the contractor. Told by the wrong recipient, or naming our own
# error, it stays a misdelivery.
CONTRACTOR_MISSENDING: list[Row] = [
    (["検査結果の封入を頼んでいる業者から、誤封入があったと報告がありました"], "vendor_leak", None),
    (
        ["発送を委託している会社より、封入ミスで別の会員様に届いたと連絡がありました"],
        "vendor_leak",
        None,
    ),
    (["委託先から、DMの誤送付があったと報告を受けました"], "vendor_leak", None),
    (["委託先から、当社の担当者が誤送信したと指摘がありました"], "misdelivery", None),
    (["誤送付先の業者から、書類が届いたと連絡がありました"], "misdelivery", None),
    (["封入作業でミスをして、別のお客様に届いてしまいました"], "misdelivery", None),
    # A noun of sending said as a verb (メールする) sends like 送る.
    (["見積書、取引先に送るつもりが別の会社にメールしちまった"], "misdelivery", None),
    (["名簿を違うお客さんにメールしてしまいました"], "misdelivery", None),
    (["別の取引先にメールで案内しました"], None, None),
    (["別の会社にもメールしました"], None, None),
]


@pytest.mark.parametrize(
    ("messages", "kind", "access"),
    CONTRACTOR_LETTERS + CREDENTIALS + SEEN_BY_INTRUDER + CONTRACTOR_MISSENDING,
)
def test_harm_read_as_whose_it_is(
    messages: list[str], kind: str | None, access: str | None
) -> None:
    assert _seen(messages) == (kind, access)
