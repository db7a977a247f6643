"""Incident types whose words were missing: talk overheard in a public place, a fee claimed
for a picture, someone's work used, redactions missed, posts on one's own account, hiragana
and address-label misdeliveries, boxes lost, attack tools named in a triage, clicked
phishing links, and checks ordered from someone else. Sentences of our own, each table with
near-misses that must stay unknown."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

Row = tuple[list[str], str | None, str | None]


def _seen(messages: list[str]) -> tuple[object, object]:
    facts, _, _ = predict(messages)
    return facts["incident_type"], facts["unauthorized_access"]


# Talk in a public place about someone's affairs was heard by whoever was there; a place
# with no talk, or talk with nothing confidential, is no leak.
OVERHEARD: list[Row] = [
    (
        ["看護師2名がバスの中で患者さんの病状について会話をしていたことが分かりました"],
        "visual_leak",
        None,
    ),
    (
        ["居酒屋で課長が顧客名を出して取引の話をしていたと、居合わせた人からクレームが来た"],
        "visual_leak",
        None,
    ),
    (["駅のホームで電話しながら生徒の成績の話をしてしまいました"], "visual_leak", None),
    (["窓口で職員が申請者の氏名を周囲に聞こえる声で読み上げてしまった"], "visual_leak", None),
    (["電車で電話してたら、顧客名簿の入ったカバンを網棚に置き忘れました"], "lost_or_stolen", None),
    (["カフェで打ち合わせをしました。特に問題はありません"], None, None),
    (["新幹線で会話していたら乗り過ごしました"], None, None),
]

# A fee claimed for a picture named in its sentence, someone else's work used, or a picture
# taken as free: a rights claim. A fee for anything else is none.
MEDIA: list[Row] = [
    (["パンフレットに載せた写真について、撮影者から使用料の請求がありました"], "media", None),
    (["サイトのバナー画像がある会社の著作物だったそうで、通知書が届きました"], "media", None),
    (["ネットで拾ったイラストを無料だと思って使っていたら請求書が届いた"], "media", None),
    (
        ["本人の許可なく写真を使ったのは事実で、無断で顔写真を使ったことに変わりはありません"],
        "media",
        None,
    ),
    (["水道の使用料の請求が来ました"], None, None),
    (["会議室の使用料を請求されました、来月払います"], None, None),
]

# Misdeliveries said in hiragana or as a wrong address label; redactions missed and posts on
# one's own account (`other`); a box that went missing.
CIRCUMSTANCES: list[Row] = [
    (["きのう、ごそうしんしてしまいました。すみません"], "misdelivery", None),
    (["会報の宛名誤りにより、別の会員の氏名が記載された封書が届きました"], "misdelivery", None),
    (["公開した議事録で黒塗り漏れがあり、個人の氏名が読める状態でした"], "other", None),
    (["職員が利用者さんの写真を自分のSNSアカウントに投稿していました"], "other", None),
    (["倉庫に移す途中で書類が2箱なくなったと連絡がありました"], "lost_or_stolen", None),
    (["宛名ラベルの印刷は問題ありませんでした"], None, None),
    (["段ボール2箱を発送しました"], None, None),
]

# Attack tools named in a triage report are malware reaching us; a clicked phishing link, a
# pop-up that looked wrong, traffic or a taking called unauthorized in doubt are suspicions.
ATTACK_SIGNS: list[Row] = [
    (["EDRでCobalt Strikeのビーコンを確認、隔離しました"], "malware", "found"),
    (["解析の結果、C2サーバーとの通信が確認されました"], "malware", "found"),
    (["経理の人がフィッシングメールのリンクをクリックしてしまいました"], "suspected", None),
    (["添付ファイル開いちゃったかもしれないです"], "suspected", None),
    (["朝から不審なポップアップが出るとの連絡が社員からありました"], "suspected", None),
    (["サーバーが不正な通信に使われている可能性があるとプロバイダから連絡"], "suspected", None),
    (["顧客情報が外部に不正に取得された可能性があります"], "suspected", None),
    (["フィッシングメールが来ましたが、リンクは開いていません。削除しました"], None, None),
    (["不審なポップアップはありませんでした"], None, None),
]

# A check ordered from someone else that found nothing was a suspicion checked for; a bare
# verdict names no type.
CHECKED: list[Row] = [
    (
        ["専門業者に調査を依頼した結果、ウイルス感染の痕跡は認められませんでした"],
        "suspected",
        "not_found",
    ),
    (["ベンダーに見てもらった結果、侵入の形跡はありませんでした"], "suspected", "not_found"),
    (["外部通報、結果:不正アクセスなし"], None, "not_found"),
]


@pytest.mark.parametrize(
    ("messages", "kind", "access"), OVERHEARD + MEDIA + CIRCUMSTANCES + ATTACK_SIGNS + CHECKED
)
def test_unread_kinds(messages: list[str], kind: str | None, access: str | None) -> None:
    assert _seen(messages) == (kind, access)
