"""Acts a message says were done (nlu.done_actions): read only when the object, its verb
and a done cue come in that order and nothing plans, asks, denies or fails it."""

from __future__ import annotations

import pytest

from nlu.done_actions import act_names, read_done_acts

DONE = [
    ("駅には電話しました", "transit_asked"),
    ("JRの忘れ物センターに問い合わせ済みです", "transit_asked"),
    ("立ち寄ったお店にも確認しました", "transit_asked"),
    ("駅に電話しましたが、まだ見つかっていません", "transit_asked"),
    ("遠隔ロック済み", "remote_locked"),
    ("情シスがリモートワイプしてくれました", "remote_locked"),
    ("LANケーブル抜きました", "isolated"),
    ("感染したPCはネットから切り離しました", "isolated"),
    ("Wi-Fiオフにしといた", "isolated"),
    ("パスワードは全部変更済みです", "passwords_changed"),
    ("ＰＷリセットしました", "passwords_changed"),
    ("プロバイダに連絡して遮断してもらいました", "provider_contacted"),
    ("カード会社に報告しました", "card_companies_told"),
    ("誤送信先に削除をお願いしました", "deletion_asked"),
    ("先方に破棄を依頼済みです", "deletion_asked"),
    ("ECサイトは停止しました", "site_stopped"),
    ("銀行には電話して組戻しをお願いしました", "bank_recall_asked"),
    ("金融機関に組み戻しを依頼済みです", "bank_recall_asked"),
    ("警察に遺失届を出しました", "police"),
    ("JPCERTに報告済み", "jpcert"),
    # The superior or the IT department told, however they are named.
    ("社長に報告済みです", "internal_reported"),
    ("部長には共有しました", "internal_reported"),
    ("情シスに連絡しましたが、まだ返事がありません", "internal_reported"),
    # A state kept, as the step asks: the machine left on.
    ("電源は切ってないです", "power_kept"),
    ("電源は入れたままにしています", "power_kept"),
    ("再起動はしていません、そのままです", "power_kept"),
    ("電源は切ってないけど大丈夫？", "power_kept"),  # the state is said; the worry is asked
]

NOT_DONE = [
    "駅に電話したほうがいい？",  # asks
    "まだ駅に電話してない",  # not yet
    "駅に電話したけどつながらない",  # tried and failed
    "駅に電話しましたか？",  # asks
    "パスワードを変更する予定です",  # a plan
    "パスワード変えたほうがいいですか",  # asks
    "LANケーブルを抜いてください",  # advice
    "監視会社からLANを抜くよう言われた",  # told to, not done
    "カード会社から連絡がありました",  # the card company acted: news, not our act
    "駅から電話がありました",
    "サイトが止まった",  # the site went down by itself
    "ネットが切れています",
    "データを削除しました",  # deleting is not asking the recipient to delete
    "警察に相談しようと思う",
    "電源を切りました",  # the opposite of the step
    "電源切ってないですか？",  # asks
    "駅に電話したら見つかるかな",  # supposes
    "上司に報告したほうがいい？",  # asks
    "まだ上長には報告してません",  # not yet
    "情シスから連絡がありました",  # their act, not ours
    "銀行に組戻しを頼んだほうがいい？",  # asks
    "銀行から連絡がありました",  # the bank acted
]


@pytest.mark.parametrize(("message", "act"), DONE)
def test_an_act_said_done_is_read(message: str, act: str) -> None:
    assert [a.act for a in read_done_acts(message)] == [act]


@pytest.mark.parametrize("message", NOT_DONE)
def test_an_act_planned_asked_denied_or_failed_is_not(message: str) -> None:
    assert read_done_acts(message) == ()


def test_each_act_is_quoted_from_its_own_sentence() -> None:
    acts = read_done_acts("JRに問い合わせ済みです。警察にも届けました")
    assert [(a.act, a.quote) for a in acts] == [
        ("transit_asked", "JRに問い合わせ済みです"),
        ("police", "警察にも届けました"),
    ]


def test_the_reports_that_tick_steps_are_acts() -> None:
    assert {"police", "jpcert", "ipa", "transit_asked"} <= act_names()
