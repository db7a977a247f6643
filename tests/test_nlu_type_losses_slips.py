"""Incident type: a thing left behind somewhere or stolen, said in words the loss cues missed,
and data deleted by mistake (classes found on sets 38–40). tests/data/README.md rule 2: a
loss is `lost_or_stolen`; a staff's slip in operating a system is `other`."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict


def _type(messages: list[str]) -> object:
    facts, _, _ = predict(messages)
    return facts["incident_type"]


# A place, に, a thing one carries, then 忘れる: left behind there. Without a place it may be
# a thing not brought along; said with 忘れずに, nothing was lost.
LEFT_BEHIND: list[tuple[list[str], str | None]] = [
    (["帰りのバスに業務用スマホ忘れちゃいました。顧客の連絡先が入ってます"], "lost_or_stolen"),
    (["昨日、居酒屋にカバンを忘れてきてしまって、中に名簿がありました"], "lost_or_stolen"),
    (["打ち合わせに資料を忘れずに持ってきてください"], None),
    (["今日はPC忘れたので在宅にします"], None),
]


@pytest.mark.parametrize(("messages", "kind"), LEFT_BEHIND)
def test_a_thing_left_behind_somewhere_is_a_loss(messages: list[str], kind: str | None) -> None:
    assert _type(messages) == kind


# 盗られた (UniDic's 取る, told by its kanji) is a theft, as 盗まれた is; 取られた is not.
STOLEN_WRITTEN: list[tuple[list[str], str | None]] = [
    (["駐車場で車の中のタブレットを盗られました"], "lost_or_stolen"),
    (["電車で財布ごとUSB盗られたっぽい"], "lost_or_stolen"),
    (["問い合わせ対応に時間を取られて、報告が遅れました"], None),
    # Credentials or data taken are what an attack took, no thing stolen (as 盗まれた is).
    (["偽のログイン画面でパスワードを盗られたようです"], None),
    (["通販サイトから会員の個人情報を盗られました"], None),
]


@pytest.mark.parametrize(("messages", "kind"), STOLEN_WRITTEN)
def test_a_thing_taken_by_theft_is_a_loss(messages: list[str], kind: str | None) -> None:
    assert _type(messages) == kind


# Data deleted by mistake (誤って, 間違えて + 消す, 削除) is a slip in operating a system; a file
# deleted by mistake and then sent is the sending's matter.
MISTAKEN_DELETION: list[tuple[list[str], str | None]] = [
    (["事務員が間違えて顧客台帳のファイルを削除してしまいました"], "other"),
    (["担当者が誤ってサーバー上の会員データを消去しました。復元できません"], "other"),
    (["誤って削除したはずのファイルを、別の取引先に送信してしまいました"], "misdelivery"),
]


@pytest.mark.parametrize(("messages", "kind"), MISTAKEN_DELETION)
def test_data_deleted_by_mistake_is_a_slip(messages: list[str], kind: str | None) -> None:
    assert _type(messages) == kind
