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
    (["誤ってファイルを削除し、バックアップを業者に送付した"], None, None),
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
