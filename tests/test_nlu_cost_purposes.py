"""Costs keyed by the work said in plain words: putting a site or data back as it was is ④,
a lawyer writing a litigation document is ⑦, and what an attacker demands is no cost.
Sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest

from coverage import facts_to_json
from nlu import facts_from_readings, read_message


def fold(*messages: str) -> tuple[dict[str, Any], list[int]]:
    facts, state = facts_from_readings([read_message(text) for text in messages])
    return dict(facts_to_json(facts)["costs"]), list(state.unassigned)


# 「もとに戻す」 after a defacement or an encryption is restoring the site or the data (rule 10).
RESTORED: list[tuple[tuple[str, ...], dict[str, int], list[int]]] = [
    (
        ("サイトが改ざんされていました", "もとに戻すのに20万かかるって言われた"),
        {"data_recovery": 200000},
        [],
    ),
    (
        ("ファイルが全部暗号化されました", "業者に元に戻してもらって35万円でした"),
        {"data_recovery": 350000},
        [],
    ),
    (("ホームページを元通りにするのに12万円かかりました",), {"data_recovery": 120000}, []),
    # Put back from the backup, said as 戻す (no 元に): restoring the data.
    (
        (
            "ランサムウェアに感染しました",
            "業者さんにバックアップから戻してもらいました。費用は80万円でした",
        ),
        {"data_recovery": 800000},
        [],
    ),
    # Near misses: what the attacker demands for putting it back, and a word of no coverage.
    (
        ("ランサムウェアに感染しました", "身代金を300万払えば元に戻すと書いてあります"),
        {},
        [3000000],
    ),
    (("ランサムウェアにやられた", "200万払えば元に戻すって脅されてる"), {}, [2000000]),
    (("元に戻すのは無理と言われ、PCの買い替えで18万円",), {}, [180000]),
    # New hardware bought, named as a purchase, with another cost in the message.
    (
        ("緊急対応費として50万円払いました。代わりのPC購入で18万です",),
        {"incident_response": 500000},
        [180000],
    ),
    (("データ復旧に60万、新しいパソコンの購入に20万",), {"data_recovery": 600000}, [200000]),
    (
        ("復旧業者の見積：データ復旧 90万\n別途、新しいサーバー購入 150万",),
        {"data_recovery": 900000},
        [1500000],
    ),
    # A lawyer paid is still ③.
    (("弁護士には15万払った",), {"consultation": 150000}, []),
]


@pytest.mark.parametrize(("messages", "costs", "unassigned"), RESTORED)
def test_putting_it_back_as_it_was(
    messages: tuple[str, ...], costs: dict[str, int], unassigned: list[int]
) -> None:
    assert fold(*messages) == (costs, unassigned)


# A lawyer said as who writes a 意見書 or 鑑定書 is who was paid; the document is what for.
LAWYERS_DOCUMENTS: list[tuple[str, dict[str, int], list[int]]] = [
    ("弁護士に意見書を作ってもらっていて、それが25万円", {"litigation": 250000}, []),
    ("顧問弁護士に鑑定書を頼んで、40万円かかりました", {"litigation": 400000}, []),
    ("弁護士の意見書で60万", {"litigation": 600000}, []),
    # Near misses: a lawyer consulted as well, a lawyer and a call centre, a lawyer alone.
    ("弁護士に相談して意見書も頼みました。合わせて50万円", {}, [500000]),
    ("弁護士とコールセンターを手配しました、合わせて250万円です", {}, [2500000]),
    ("訴訟になりそうなので弁護士を頼みました。着手金30万円", {}, [300000]),
    ("弁護士費用は100万円", {"consultation": 1000000}, []),
    # A lawyer the cost comes from (quoted, billed): the litigation word says what for.
    ("意見書の作成費用は、弁護士から見積もりが来て35万円です", {"litigation": 350000}, []),
    ("鑑定書の件、顧問弁護士より45万円の請求書が届きました", {"litigation": 450000}, []),
    ("訴訟対応について、法律事務所から80万と言われています", {"litigation": 800000}, []),
    # Near misses: no litigation word, or the lawyer consulted about the suit.
    ("弁護士から見積もりが来て35万円です", {"consultation": 350000}, []),
    (
        "訴訟の件は弁護士に相談しました。弁護士から相談料20万円と言われました",
        {"consultation": 200000},
        [],
    ),
    ("意見書はいらないそうです。弁護士から顧問料30万円の請求", {"consultation": 300000}, []),
]


@pytest.mark.parametrize(("text", "costs", "unassigned"), LAWYERS_DOCUMENTS)
def test_a_lawyer_writing_a_litigation_document(
    text: str, costs: dict[str, int], unassigned: list[int]
) -> None:
    assert fold(text) == (costs, unassigned)


# Whether an intrusion happened, said as a question (「侵入されたかどうか」), is what the check
# was for: ① (rule 9), with no word 有無 or 調査 in the sentence.
ACCESS_QUESTIONED: list[tuple[tuple[str, ...], dict[str, int], list[int]]] = [
    (
        ("監視サービスから通知がありました", "侵入されたかどうか業者に見てもらって40万"),
        {"access_response": 400000},
        [],
    ),
    (("不正アクセスがあったかどうか調べてもらうのに25万円",), {"access_response": 250000}, []),
    (
        ("サーバー3台、侵入されていないか確認してもらうのに1台8万×3台",),
        {"access_response": 240000},
        [],
    ),
    (("不正アクセスされてないか見てもらって、費用は12万でした",), {"access_response": 120000}, []),
    # Whether malware got in is whether access happened too (不正アクセス等).
    (
        ("取引先から不審なメールの連絡", "業者にPCが感染しているかどうか調べてもらい18万円"),
        {"access_response": 180000},
        [],
    ),
    (("感染の有無を確認する作業に9万円かかりました",), {"access_response": 90000}, []),
    # Near misses: the question said, the amount for another cost; an amount of no purpose.
    (("侵入されたかどうかは不明ですが、データ復旧に60万",), {"data_recovery": 600000}, []),
    (
        ("侵入されたかどうか、まだわかりません", "PCの買い替えで30万かかりました"),
        {},
        [300000],
    ),
]


@pytest.mark.parametrize(("messages", "costs", "unassigned"), ACCESS_QUESTIONED)
def test_whether_access_happened_is_the_check(
    messages: tuple[str, ...], costs: dict[str, int], unassigned: list[int]
) -> None:
    assert fold(*messages) == (costs, unassigned)


# A security measure named like WAF or EDR (多要素認証, DDoS防御), rolled out after the
# incident, is ⑥ (rule 10: carrying out measures).
MEASURES: list[tuple[tuple[str, ...], dict[str, int], list[int]]] = [
    (
        ("メールアカウントが乗っ取られました", "全社員分の二段階認証を設定してもらって15万円"),
        {"prevention": 150000},
        [],
    ),
    (
        ("予約サイトがDDoS攻撃を受けました", "DDoS対策のサービスを申し込みました。初期費用30万円"),
        {"prevention": 300000},
        [],
    ),
    (("MFAの導入をベンダーに依頼、見積は45万",), {"prevention": 450000}, []),
    # Near miss: the measure named, the amount for another cost of its own.
    (
        ("多要素認証は設定済みでした。原因調査は業者に120万で依頼しています",),
        {"investigation": 1200000},
        [],
    ),
]


@pytest.mark.parametrize(("messages", "costs", "unassigned"), MEASURES)
def test_a_measure_rolled_out_is_prevention(
    messages: tuple[str, ...], costs: dict[str, int], unassigned: list[int]
) -> None:
    assert fold(*messages) == (costs, unassigned)
