"""Incident type and unauthorized access: classes of misreadings left on sets 18 and 19 and the
shared dev notices, one table per class, with sentences of our own asserting what the user
would see (the type and the access), including near misses that must stay unknown."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

Row = tuple[list[str], str | None, str | None]


def _seen(messages: list[str]) -> tuple[object, object]:
    facts, _, _ = predict(messages)
    return facts["incident_type"], facts["unauthorized_access"]


# A malfunction seen while an attack is only doubted is that attack's symptom: the incident is
# the possible attack. Said to be the cause, or with no attack in doubt, it is a system bug.
SYMPTOM_OF_DOUBTED_ATTACK: list[Row] = [
    (
        ["A社が不正アクセスを受けたおそれがあると報じられた。基幹システムで不具合が発生している。"],
        "suspected",
        None,
    ),
    (["ウイルス感染の可能性があります。会計ソフトに不具合が出ていて開けません"], "suspected", None),
    (["予約システムの不具合により、他のお客様の予約内容が表示されました"], "other", None),
    (
        ["システムの不具合が原因で会員情報が表示されていた。不正アクセスの可能性は否定できない"],
        "other",
        None,
    ),
    (["ECサイトで不具合が発生し、注文者の住所が他の会員に見える状態でした"], "other", None),
]


@pytest.mark.parametrize(("messages", "kind", "access"), SYMPTOM_OF_DOUBTED_ATTACK)
def test_symptom_yields_to_a_doubted_attack(
    messages: list[str], kind: str | None, access: str | None
) -> None:
    assert _seen(messages) == (kind, access)


# A word of mistake (誤って, 間違って) whose verb is sending or handing over, however far the
# thing sent stands between, is a misdelivery; the mistake said of another verb is not.
MISTAKEN_SENDING: list[Row] = [
    (
        [
            "担当者が誤って、会員312名分の住所と電話番号を記載した一覧表を添付して取引先に送信しました"
        ],
        "misdelivery",
        None,
    ),
    (["間違って隣の事務所に見積書をFAXしてしまいました"], "misdelivery", None),
    (["窓口で、別の方の申請書の控えを誤ってお渡ししました"], "misdelivery", None),
    (["保護者会の資料の誤配付がありました"], "misdelivery", None),
    # The mistake is the deletion's: a slip in operating a system (`other`), no misdelivery.
    (["誤ってファイルを削除し、バックアップを業者に送付した"], "other", None),
    (["間違えて古い版を印刷して、会議で配布した"], None, None),
    # An attachment opened by mistake is a possible infection, not a mail sent amiss.
    (["誤って添付ファイルを開いてしまった。ウイルスかもしれない"], "suspected", None),
]


@pytest.mark.parametrize(("messages", "kind", "access"), MISTAKEN_SENDING)
def test_sending_said_as_a_mistake(
    messages: list[str], kind: str | None, access: str | None
) -> None:
    assert _seen(messages) == (kind, access)


# An attack's katakana name typed in hiragana is read as written in katakana, when set off by a
# particle or a mark; in a run of kana words (「えもてっとたいさく」) it is not.
ATTACK_NAME_IN_KANA: list[Row] = [
    (["うちのなまえでへんなめーるがでてるらしい。えもてっと？ってやつかも"], "suspected", None),
    (["ぱそこんがまるうぇあ、にかんせんしたみたい"], "suspected", None),
    (["えもてっとにかんせんしました"], "malware", "found"),
    (["えもてっとたいさくのせみなーにいった"], None, None),
    (["えもてっと対策のセミナーに参加しました"], None, None),
]


@pytest.mark.parametrize(("messages", "kind", "access"), ATTACK_NAME_IN_KANA)
def test_attack_name_typed_in_kana(
    messages: list[str], kind: str | None, access: str | None
) -> None:
    assert _seen(messages) == (kind, access)


# A fee claimed with its amount between (使用料…円の請求) over a picture in its sentence is a
# rights claim; a fee of no picture is any bill.
FEE_CLAIMED_FOR_PICTURE: list[Row] = [
    (["サイトのバナーに使った画像について、使用料45万円の請求書が届きました"], "media", None),
    (["チラシの写真の件で、撮影者から利用料として20万円を請求されています"], "media", None),
    (["水道の使用料3万円の請求が来ました"], None, None),
    (["会議室の使用料5万円を請求されました。写真撮影は禁止とのこと"], None, None),
]


@pytest.mark.parametrize(("messages", "kind", "access"), FEE_CLAIMED_FOR_PICTURE)
def test_fee_claimed_for_a_picture(
    messages: list[str], kind: str | None, access: str | None
) -> None:
    assert _seen(messages) == (kind, access)


# Confidential papers photographed by someone (撮られる, as written), a screen shared with a
# class or a meeting showing personal data, a customer's affairs talked of on a train: seen
# or heard by others, a visual leak. Nothing confidential, or a theft (盗られる), is not.
SEEN_OR_HEARD_BY_OTHERS: list[Row] = [
    (["電車で名簿を見ていたら、横の人にスマホで撮られたみたいです"], "visual_leak", None),
    (
        ["オンライン会議で画面共有中に、顧客の氏名と住所の一覧を表示してしまいました"],
        "visual_leak",
        None,
    ),
    (
        ["部長が新幹線で取引先の件を大声で電話していた。隣の乗客が聞いていたようだ"],
        "visual_leak",
        None,
    ),
    (["イベントの受付で、来場者に何枚も撮られました"], None, None),
    (["会議で画面共有中に来期の方針を説明しました"], None, None),
    (["駐車場で車上荒らしにあい、名簿の入ったカバンを盗られました"], "lost_or_stolen", None),
]


@pytest.mark.parametrize(("messages", "kind", "access"), SEEN_OR_HEARD_BY_OTHERS)
def test_seen_or_heard_by_others(messages: list[str], kind: str | None, access: str | None) -> None:
    assert _seen(messages) == (kind, access)


# A contractor reporting that its own staff took our data away (持ち帰っていた, 私物のUSB) is
# reporting its own leak (vendor_leak); a plan to take papers back to check is no error.
CONTRACTOR_STAFF_TOOK_DATA: list[Row] = [
    (
        [
            "給与計算の委託先から、同社の社員が従業員データを私物のUSBに保存して持ち帰っていたと報告がありました"
        ],
        "vendor_leak",
        None,
    ),
    (
        ["委託先より、同社の担当者が顧客台帳を無断で持ち出したとの連絡がありました"],
        "vendor_leak",
        None,
    ),
    (["委託先から、同社の担当者が書類を持ち帰って確認したいとの連絡がありました"], None, None),
]


@pytest.mark.parametrize(("messages", "kind", "access"), CONTRACTOR_STAFF_TOOK_DATA)
def test_contractor_staff_took_data(
    messages: list[str], kind: str | None, access: str | None
) -> None:
    assert _seen(messages) == (kind, access)
