"""Incident type and unauthorized access: classes of misreadings found on unseen text (sets 26
and 27: manufacturing and logistics, second-hand reports, hospitals, schools, local
governments, run-on sentences), one table per class, with sentences of our own asserting
what the user would see, and near-misses that must stay as they are."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

Row = tuple[list[str], str | None, str | None]


def _seen(messages: list[str]) -> tuple[object, object]:
    facts, _, _ = predict(messages)
    return facts["incident_type"], facts["unauthorized_access"]


# A run-on report goes on to another fact (「公表はまだ検討中」「同意はまだ確認中」): that
# clause's doubt is the announcement's or the consent's, not the attack's confirmed before it.
OTHER_FACT_DOUBT: list[Row] = [
    (["ログを調べたら侵入は確認済み、公表はまだ検討中です"], "unauthorized_access", "found"),
    (["感染は確定で、保険会社の同意はまだ確認中"], "malware", "found"),
    (["ランサムウェア感染を確認、費用の見積もりはまだわからない"], "malware", "found"),
    (["侵入されたかはまだ調査中、公表は検討中"], "suspected", None),
    (["侵入を確認しましたが、されたかどうかはまだ不明です"], "suspected", None),
]


@pytest.mark.parametrize(("messages", "kind", "access"), OTHER_FACT_DOUBT)
def test_another_facts_doubt_leaves_the_attack(
    messages: list[str], kind: str | None, access: str | None
) -> None:
    assert _seen(messages) == (kind, access)


# 「不正にアクセスしていた」: the adverb form of 不正アクセス names the intrusion as well.
ADVERB_FORM: list[Row] = [
    (
        ["第三者が当社サーバーに不正にアクセスしていたことが判明しました"],
        "unauthorized_access",
        "found",
    ),
    (["不正にアクセスされた可能性があります"], "suspected", None),
    (["不正にアクセスされていないか業者に確認してもらっています"], "suspected", None),
]


@pytest.mark.parametrize(("messages", "kind", "access"), ADVERB_FORM)
def test_adverb_form_names_the_intrusion(
    messages: list[str], kind: str | None, access: str | None
) -> None:
    assert _seen(messages) == (kind, access)


# 「業者さんのところで」: at the contractor's, wherever its systems are: an attack there is a
# vendor leak and our access unknown; 「うちのところで」 is ours.
AT_THE_VENDORS: list[Row] = [
    (["委託業者さんのところでランサムウェアの被害があったと連絡がありました"], "vendor_leak", None),
    (["委託先の所でウイルス感染があったと報告がありました"], "vendor_leak", None),
    (["うちのところでランサムウェアに感染しました"], "malware", "found"),
]


@pytest.mark.parametrize(("messages", "kind", "access"), AT_THE_VENDORS)
def test_attack_at_the_vendors_place(
    messages: list[str], kind: str | None, access: str | None
) -> None:
    assert _seen(messages) == (kind, access)


# A contractor only asked (「委託先にも確認を求めている」) had nothing leak there; one found to
# have leaked after the asking still did.
ASKED_CONTRACTOR: list[Row] = [
    (
        ["市は委託先にも確認を求めている。システムに不正アクセスがあったかどうかを調べている"],
        "suspected",
        None,
    ),
    (["委託先に問い合わせています"], None, None),
    (["委託先へも事実関係の確認を依頼しました"], None, None),
    (
        ["委託先に確認したところ、委託先のサーバーから顧客情報が流出していました"],
        "vendor_leak",
        None,
    ),
]


@pytest.mark.parametrize(("messages", "kind", "access"), ASKED_CONTRACTOR)
def test_contractor_only_asked(messages: list[str], kind: str | None, access: str | None) -> None:
    assert _seen(messages) == (kind, access)


# A contractor's report whose leak is told in the very next sentence is its own leak; a
# maintainer's report of a leak is of ours, a suspicion; a report of nothing names no type.
LEAK_TOLD_NEXT: list[Row] = [
    (
        [
            "委託先の発送業者から連絡がありました。会員の住所データが流出した可能性があるとのことです"
        ],
        "vendor_leak",
        None,
    ),
    (["委託先の印刷会社から連絡。顧客データが外部に漏えいしたそうです"], "vendor_leak", None),
    (
        ["保守を委託している会社から連絡がありました。顧客データが流出した可能性があるそうです"],
        "suspected",
        None,
    ),
    (["委託先から連絡がありました。来週打ち合わせです"], None, None),
]


@pytest.mark.parametrize(("messages", "kind", "access"), LEAK_TOLD_NEXT)
def test_contractor_leak_told_next(
    messages: list[str], kind: str | None, access: str | None
) -> None:
    assert _seen(messages) == (kind, access)


# BCC typed in kana by a voice input, said not used (「びーしーしーでなく」): a misdelivery;
# used as meant, nothing.
KANA_BCC: list[Row] = [
    (
        ["宛先をびーしーしーでなくしーしーにしてしまい、保護者のアドレスが見える状態になりました"],
        "misdelivery",
        None,
    ),
    (["びーしーしーで送りましたので問題ありません"], None, None),
]


@pytest.mark.parametrize(("messages", "kind", "access"), KANA_BCC)
def test_kana_bcc(messages: list[str], kind: str | None, access: str | None) -> None:
    assert _seen(messages) == (kind, access)


# A mass of access is a DDoS when the service suffered or it is called an attack; an attack
# only asked about (「攻撃かどうかはまだ確認中」) leaves a sign, a suspicion.
MASS_ACCESS_DOUBTED: list[Row] = [
    (
        ["ホスティング会社から大量アクセスが来てると連絡。攻撃かどうかはまだ確認中"],
        "suspected",
        None,
    ),
    (["大量アクセスが来てる。攻撃かも"], "suspected", None),
    (["大量アクセスでサーバーがダウンしました"], "ddos", "found"),
    (["大量アクセスが来てる。攻撃を受けているのは確実"], "ddos", "found"),
]


@pytest.mark.parametrize(("messages", "kind", "access"), MASS_ACCESS_DOUBTED)
def test_mass_access_doubted(messages: list[str], kind: str | None, access: str | None) -> None:
    assert _seen(messages) == (kind, access)


# A break-in whose place and time are set off by commas (「倉庫に、昨夜未明、何者かが侵入し」)
# is still a burglary: no access to our systems. A server named so is an intrusion.
BREAK_IN_COMMAS: list[Row] = [
    (["倉庫に、昨夜未明、何者かが侵入し、顧客台帳が盗まれました"], "lost_or_stolen", None),
    (["営業所に、週末の夜間、侵入され、名簿を盗まれました"], "lost_or_stolen", None),
    (["当社サーバーに、昨夜未明、何者かが侵入しました"], "unauthorized_access", "found"),
]


@pytest.mark.parametrize(("messages", "kind", "access"), BREAK_IN_COMMAS)
def test_break_in_set_off_by_commas(
    messages: list[str], kind: str | None, access: str | None
) -> None:
    assert _seen(messages) == (kind, access)


# A ransom note said to appear on a screen named before it (「モニターに身代金要求が出て
# います」) is the infection's message: malware, however the writer hedged the name. Access
# stays as the labelled sets read a hedged one (c034: 「たぶんランサムウェア」, access unknown).
RANSOM_ON_SCREEN: list[Row] = [
    (["ランサムウェアにやられたっぽいです。モニターに身代金要求が出ています"], "malware", None),
    (["感染したみたい。画面に身代金の要求が表示されてる"], "malware", None),
    (["ランサムウェアに感染したかも。画面が固まってる"], "suspected", None),
    (["ウイルスかも。身代金要求のメールの話を聞いた"], "suspected", None),
]


@pytest.mark.parametrize(("messages", "kind", "access"), RANSOM_ON_SCREEN)
def test_ransom_note_on_screen(messages: list[str], kind: str | None, access: str | None) -> None:
    assert _seen(messages) == (kind, access)


# A check named with one denial (「調べてもらった結果、…ではありませんでした」) is the one a
# following denial reports too: checked and ruled out, the attack was suspected.
CHECK_CARRIED: list[Row] = [
    (
        [
            "業者に調べてもらった結果、ウイルス感染ではありませんでした。不正アクセスもなかったそうです"
        ],
        "suspected",
        "not_found",
    ),
    (
        ["調査の結果、ウイルス感染はありませんでした。外部からの侵入もありませんでした"],
        "suspected",
        "not_found",
    ),
]


@pytest.mark.parametrize(("messages", "kind", "access"), CHECK_CARRIED)
def test_check_carried_to_next_denial(
    messages: list[str], kind: str | None, access: str | None
) -> None:
    assert _seen(messages) == (kind, access)


# A loss found again beside a confirmed attack is a closed matter: the attack is the
# incident. Alone, or beside an attack only doubted, the loss is still the type.
CLOSED_LOSS: list[Row] = [
    (
        ["先月のスマホ紛失は見つかったので解決済み。今回は経理のPCがランサムウェアに感染しました"],
        "malware",
        "found",
    ),
    (["PCを置き忘れましたが、見つかりました"], "lost_or_stolen", None),
    (["USBを紛失しましたが見つかりました。PCがウイルスに感染したかも"], "lost_or_stolen", None),
    (
        ["USBを紛失しました。見つかっていません。PCもウイルスに感染しました"],
        "lost_or_stolen",
        "found",
    ),
]


@pytest.mark.parametrize(("messages", "kind", "access"), CLOSED_LOSS)
def test_closed_loss_beside_attack(
    messages: list[str], kind: str | None, access: str | None
) -> None:
    assert _seen(messages) == (kind, access)


# Slips kept in a bound pad gone missing (「伝票のつづりがなくなってる」) are a loss; a part of
# a form gone is none.
SLIPS_GONE: list[Row] = [
    (["倉庫に置いてた納品伝票がなくなってます"], "lost_or_stolen", None),
    (["受付の控えのつづりがなくなっていました"], "lost_or_stolen", None),
    (["伝票の記入欄がなくなった"], None, None),
]


@pytest.mark.parametrize(("messages", "kind", "access"), SLIPS_GONE)
def test_slips_gone_missing(messages: list[str], kind: str | None, access: str | None) -> None:
    assert _seen(messages) == (kind, access)
