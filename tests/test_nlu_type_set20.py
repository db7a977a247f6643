"""Incident type and unauthorized access: classes of misreadings found in round 10, one table
per class, with sentences of our own asserting what the user would see (the type and the
access), including near misses that must stay unknown."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

Row = tuple[list[str], str | None, str | None]


def _seen(messages: list[str]) -> tuple[object, object]:
    facts, _, _ = predict(messages)
    return facts["incident_type"], facts["unauthorized_access"]


# Being photographed is a visual leak only when what was taken is confidential: data named in
# the message, or a screen or papers named before the photographing in its sentence. A
# souvenir photo, an event or a security camera leaks nothing.
PHOTOGRAPHED: list[Row] = [
    (["窓口で後ろの人に顧客名簿をスマホで撮られました"], "visual_leak", None),
    (["受付で待っていた客に、申込書の氏名欄を写真に撮られた"], "visual_leak", None),
    (["カフェで作業中、ノートPCの画面を隣の人に撮られてしまいました"], "visual_leak", None),
    (["展示会で会員リストを表示したまま席を外し、来場者に撮影されました"], "visual_leak", None),
    (["記念に写真を撮られました"], None, None),
    (["イベントでスマホで撮られました"], None, None),
    (["展示会のブースで来場者にカメラで撮られました"], None, None),
    (["式典の様子が撮影されました"], None, None),
    (["更衣室で盗撮されました"], None, None),
    (["カバンを盗まれ、その様子が防犯カメラに撮影されていました"], "lost_or_stolen", None),
]


@pytest.mark.parametrize(("messages", "kind", "access"), PHOTOGRAPHED)
def test_photographed_needs_confidential(
    messages: list[str], kind: str | None, access: str | None
) -> None:
    assert _seen(messages) == (kind, access)


# An attack's name in kana as the first part of a compound noun (a measure, a tool, a course
# against it) is no attack; the same name with a particle or an event after it still is.
KANA_COMPOUND: list[Row] = [
    (["らんさむたいさくってなにすればいい？"], None, None),
    (["ういるすたいさくのそふと入れてます"], None, None),
    (["ういるすそふとを更新しました"], None, None),
    (["らんさむうぇあたいさくの研修をしました"], None, None),
    (["ウイルスソフトは毎年更新しています"], None, None),
    (["社員向けにまるうぇあけんしゅうをやりました"], None, None),
    (["らんさむにやられた"], "malware", "found"),
    (["ういるすにかんせんしました"], "malware", "found"),
    (["らんさむひがいにあいました"], "malware", "found"),
    (["ランサムウェアに感染しました。ウイルスソフトでは防げませんでした"], "malware", "found"),
]


@pytest.mark.parametrize(("messages", "kind", "access"), KANA_COMPOUND)
def test_kana_attack_name_in_a_compound(
    messages: list[str], kind: str | None, access: str | None
) -> None:
    assert _seen(messages) == (kind, access)


# An insider taking our data away, said with no cue word: data of persons sold (actively, by
# the subject), or our data moved to a private place. Insider theft is `other`; in a
# contractor's letter to its principal it is the contractor's leak.
INSIDER_TAKING: list[Row] = [
    (["元社員が会員情報を名簿業者に売却していたことが判明しました"], "other", None),
    (["従業員が顧客データを転売していました"], "other", None),
    (["アルバイトが顧客名簿のデータを持ち帰って売ってました"], "other", None),
    (["社員が顧客リストを私用のメールに転送していました"], "other", None),
    (
        [
            "株式会社A 御中\n貴社よりお預かりしております会員データにつきまして、弊社の従業員が"
            "私物のUSBにコピーしていたことが判明しました。"
        ],
        "vendor_leak",
        None,
    ),
    (["うちの顧客情報がネットで売られてるらしいです"], None, None),
    (["顧客名簿を見て商品を販売しました"], None, None),
    (["私物のUSBの持ち込みは禁止しています"], None, None),
    (["私物のPCを紛失しました"], "lost_or_stolen", None),
]


@pytest.mark.parametrize(("messages", "kind", "access"), INSIDER_TAKING)
def test_insider_taking_data(messages: list[str], kind: str | None, access: str | None) -> None:
    assert _seen(messages) == (kind, access)


# ランサム, the short name of ransomware, confirms an infection as ランサムウェア does, past
# a check of 有無 named before it (a cost line's label); a doubt or another's attack does not.
RANSOM_SHORT: list[Row] = [
    (["・不正アクセス有無の確認 40万\n・復旧 100万\n公表済み・ランサム確定"], "malware", "found"),
    (["調べてもらったらランサムでした"], "malware", "found"),
    (["感染の有無を確認しました。結果、ランサム確定です"], "malware", "found"),
    (["ランサムかもしれません"], "suspected", None),
    (["ランサムの可能性があるので有無を確認中です"], "suspected", None),
    (["取引先がランサム被害にあったそうです"], None, None),
    (["ランサム対策ソフトを入れました"], None, None),
]


@pytest.mark.parametrize(("messages", "kind", "access"), RANSOM_SHORT)
def test_ransom_short_name(messages: list[str], kind: str | None, access: str | None) -> None:
    assert _seen(messages) == (kind, access)
