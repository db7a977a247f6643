"""Incident type and unauthorized access: classes of misreadings found on unseen text (sets 32,
34 and 35: what a panicked user sees on the screen, intake checklists, posted letters that
never arrived, contractors and the cloud services we use), one table per class, with
sentences of our own asserting what the user would see, and near-misses that must stay as
they are."""

from __future__ import annotations

import pytest

from nlu.doc import make_doc
from nlu.evaluate import predict
from nlu.normalize import normalize

Row = tuple[list[str], str | None, str | None]


def _seen(messages: list[str]) -> tuple[object, object]:
    facts, _, _ = predict(messages)
    return facts["incident_type"], facts["unauthorized_access"]


# Files locked and money demanded for them on the screen, told with no word for ransomware
# (「拡張子が変なのになってて…ビットコインで払えば元に戻すって書いてある」): the infection.
# Either alone is a sign at most; a demand not shown (言われた) or mailed is none.
RANSOM_SEEN: list[Row] = [
    (
        [
            "出社したらPCのファイルが全部開けなくなってて、画面にビットコインで払えば元に戻すって書いてある"
        ],
        "malware",
        "found",
    ),
    (
        [
            "サーバーのファイルの拡張子が変なのになってて、暗号資産で支払えば復号するってメッセージが出てます。払うべき？"
        ],
        "malware",
        "found",
    ),
    (["共有フォルダのファイルが .crypt って拡張子になってます"], "suspected", None),
    (["ビットコインで払えってメールが来ました。無視していいですか？"], None, None),
    (["ファイルが開かないので、業者に費用を払えば元に戻すと言われました"], None, None),
]


@pytest.mark.parametrize(("messages", "kind", "access"), RANSOM_SEEN)
def test_locked_files_and_a_demand_on_screen_are_ransomware(
    messages: list[str], kind: str | None, access: str | None
) -> None:
    assert _seen(messages) == (kind, access)


# An ellipsis ends a clause (「画面に身代金の要求が出ています…払った方が早いですか？」): the
# question after it asks about paying, not whether the note is on the screen.
ELLIPSIS: list[Row] = [
    (["画面に身代金の要求が出ています…払った方が早いですか？"], "malware", "found"),
    (["PCの画面に身代金を要求するメッセージ…払ったほうがいいですか？"], "malware", "found"),
    (["画面に身代金の要求が出てる？"], None, None),
    (["身代金って払ったほうがいいんですか？"], None, None),
]


@pytest.mark.parametrize(("messages", "kind", "access"), ELLIPSIS)
def test_an_ellipsis_ends_the_clause_a_question_asks_of(
    messages: list[str], kind: str | None, access: str | None
) -> None:
    assert _seen(messages) == (kind, access)


def test_an_ellipsis_is_a_clause_mark() -> None:
    doc = make_doc(normalize("画面に要求が出ています…払うべき？"))
    marks = [i for i, t in enumerate(doc.tokens) if t.surface == "…"]
    assert marks
    assert doc.clause_of[marks[0] - 1] != doc.clause_of[marks[0] + 1]


# Signs of a possible attack said in the words of the tool or the reporter: sign-in attempts
# (M365), traffic called unauthorized by the police or a SOC, password guessing at the
# firewall, a process nobody started, credentials typed in by mistake.
SIGNS: list[Row] = [
    (
        ["M365で海外からのサインイン試行が大量に記録されています。成功したかは不明です"],
        "suspected",
        None,
    ),
    (
        [
            "警察から、うちのIPアドレスから不正な通信が出ていると連絡がありました。まだ何もわかりません"
        ],
        "suspected",
        None,
    ),
    (["監視会社から不正通信の疑いありと連絡がありました"], "suspected", None),
    (["FWのログでブルートフォースを検知しました"], "suspected", None),
    (
        ["保守業者さんがサーバーに見覚えのないプロセスが動いていると言っていました"],
        "suspected",
        None,
    ),
    (["偽サイトにパスワードを入力してしまったかもしれません"], "suspected", None),
    (["パスワードを入力してください"], None, None),
]


@pytest.mark.parametrize(("messages", "kind", "access"), SIGNS)
def test_signs_in_the_tools_words(
    messages: list[str], kind: str | None, access: str | None
) -> None:
    assert _seen(messages) == (kind, access)


# A face or a figure put up without the person's leave is a portrait right (`media`); UniDic
# gives 載せる the lemma 乗せる. Data taken out, or a screen caught in a meeting, is not.
LIKENESS: list[Row] = [
    (
        ["チラシにお客様の顔が写った写真を許可なく載せていて、ご本人からクレームが来ました"],
        "media",
        None,
    ),
    (
        ["店の動画にお客様のお顔が映り込んでいて、ご本人から無断で顔を公開されたと指摘されました"],
        "media",
        None,
    ),
    (["社員が顧客名簿を許可なく持ち出していました"], "other", None),
    (["会議の画面共有で顧客リストが映り込んでしまいました"], "visual_leak", None),
]


@pytest.mark.parametrize(("messages", "kind", "access"), LIKENESS)
def test_a_likeness_posted_without_leave_is_media(
    messages: list[str], kind: str | None, access: str | None
) -> None:
    assert _seen(messages) == (kind, access)


# Plain wordings of a type: contents in the wrong envelope, an operator's slip, a thing not
# found said politely.
PLAIN_WORDINGS: list[Row] = [
    (["封入作業で宛名と中身がずれて、別の方の通知書を郵送してしまいました"], "misdelivery", None),
    (["サーバー移設の作業ミスで顧客データの一部が消えました"], "other", None),
    (["ストレージ交換時の手順誤りにより、データが消失しました"], "other", None),
    (["社用スマホがどこにもありません"], "lost_or_stolen", None),
    (["USBが見当たりません"], "lost_or_stolen", None),
]


@pytest.mark.parametrize(("messages", "kind", "access"), PLAIN_WORDINGS)
def test_plain_wordings_of_a_type(
    messages: list[str], kind: str | None, access: str | None
) -> None:
    assert _seen(messages) == (kind, access)


# Words that hold an access cue and say nothing of an attack: a system that watches for
# intruders, a link the reader is told not to open; katakana ナシ denies as なし does.
NOT_ATTACK_WORDS: list[Row] = [
    (
        ["侵入検知システムで不審な通信を検知しました。調査の結果、不正アクセスはありませんでした"],
        "suspected",
        "not_found",
    ),
    (["サーバーへの侵入を検知しました"], "unauthorized_access", "found"),
    (["メール内のURLへのアクセスはお控えください"], None, None),
    (["ログ調査の結果、侵入痕跡ナシでした"], "suspected", "not_found"),
]


@pytest.mark.parametrize(("messages", "kind", "access"), NOT_ATTACK_WORDS)
def test_words_that_name_no_attack(
    messages: list[str], kind: str | None, access: str | None
) -> None:
    assert _seen(messages) == (kind, access)


# An intake sheet's boxes: only the ticked option is said; with no box ticked the empty
# boxes are bullets and their words read as text.
CHECKBOXES: list[Row] = [
    (["事故種別：□ウイルス　■誤送信　□紛失"], "misdelivery", None),
    (["種別：■ランサムウェア　□紛失　□誤送信"], "malware", "found"),
    (["□ 不正アクセスの有無を確認する"], "suspected", None),
]


@pytest.mark.parametrize(("messages", "kind", "access"), CHECKBOXES)
def test_only_the_ticked_box_is_said(
    messages: list[str], kind: str | None, access: str | None
) -> None:
    assert _seen(messages) == (kind, access)


# Data left open to view, said after a type already held, is what that incident exposed; a
# thing gone missing that the message says was thrown away is a wrong disposal (`other`),
# unless the disposal is only supposed.
CIRCUMSTANCES: list[Row] = [
    (
        ["ノートPCを電車に置き忘れました", "顧客500人分のデータが見られる状態です"],
        "lost_or_stolen",
        None,
    ),
    (["共有設定のミスで顧客リストが誰でも見られる状態でした"], "other", None),
    (
        ["名簿の紛失について。調べたところ、誤って資源ごみとして出していたことが分かりました"],
        "other",
        None,
    ),
    (["帳票を紛失しました。誤って廃棄した可能性が高いです"], "lost_or_stolen", None),
]


@pytest.mark.parametrize(("messages", "kind", "access"), CIRCUMSTANCES)
def test_the_held_type_and_the_way_it_went(
    messages: list[str], kind: str | None, access: str | None
) -> None:
    assert _seen(messages) == (kind, access)


# A contractor named by its trade (「発送を頼んでいる印刷会社」), or a company whose service
# we use (「うちで使っている給与計算クラウドの会社が、」, its subject set off by a comma):
# an attack there is a vendor leak. A maintainer who found something on ours, or a clearing
# company that reported what it found in our rubbish, is who told us.
CONTRACTORS: list[Row] = [
    (["発送を頼んでいる印刷会社がランサムウェアに感染したと連絡がありました"], "vendor_leak", None),
    (
        ["うちで使っている給与計算クラウドの会社が、不正アクセスを受けたそうです"],
        "vendor_leak",
        None,
    ),
    (["うちで使っているサーバーが、ランサムウェアに感染しました"], "malware", "found"),
    (
        ["保守をお願いしている業者さんが、サーバーに不審なファイルがあると言ってきました"],
        "suspected",
        None,
    ),
    (
        [
            "誤って一般ごみとして廃棄していました。回収を委託している業者から、ごみの中に書類が"
            "あるとの連絡がありました。外部への流出は確認されていません"
        ],
        "other",
        None,
    ),
]


@pytest.mark.parametrize(("messages", "kind", "access"), CONTRACTORS)
def test_contractors_and_providers(
    messages: list[str], kind: str | None, access: str | None
) -> None:
    assert _seen(messages) == (kind, access)


# A triage report's steps: encryption run by the intruder is ransomware; a check still under
# way of an aspect (「内容精査中」) leaves the attack confirmed.
TRIAGE: list[Row] = [
    (["初動調査の結果です\n・侵入経路：VPN\n・暗号化実行：サーバ3台"], "malware", "found"),
    (
        ["ランサムウェアに感染しました。外部への送信痕跡あり（約3GB、内容精査中）"],
        "malware",
        "found",
    ),
    (["外部への送信痕跡があるかは精査中です"], "suspected", None),
]


@pytest.mark.parametrize(("messages", "kind", "access"), TRIAGE)
def test_a_triage_reports_steps(messages: list[str], kind: str | None, access: str | None) -> None:
    assert _seen(messages) == (kind, access)


# An account taken over, told by what the user sees: credentials changed by someone else,
# abusive mail sent from it, or the SNS account named right before the hijack. A customer
# changing a password (honorific) or a spoofed address is none.
TAKEOVERS: list[Row] = [
    (
        ["公式Xのアカウント乗っ取られたかも", "パスワードと登録メールアドレスを変えられていました"],
        "unauthorized_access",
        "found",
    ),
    (["そのアカウントから取引先に迷惑メールが送信されていました"], "unauthorized_access", "found"),
    (["店のインスタが乗っ取られました"], "unauthorized_access", "found"),
    (["店のインスタ乗っ取られたっぽい"], "suspected", None),
    (["店のインスタに顧客の写真を上げてしまいました"], "other", None),
    (["パスワードを変更されたお客様は再ログインしてください"], None, None),
    (["当社のアドレスから不審なメールが届いたとお客様から連絡がありました"], "suspected", None),
]


@pytest.mark.parametrize(("messages", "kind", "access"), TAKEOVERS)
def test_an_account_taken_over(messages: list[str], kind: str | None, access: str | None) -> None:
    assert _seen(messages) == (kind, access)


# A thing we posted that never arrived is a loss in transit; a thing we wait for, or a mail
# not received, is none.
UNDELIVERED: list[Row] = [
    (["支店に送った書類のレターパックが届いていないと連絡がありました"], "lost_or_stolen", None),
    (["昨日発送した荷物が先方に届いておらず、配送業者が調べています"], "lost_or_stolen", None),
    (["取引先からの請求書がまだ届いていません"], None, None),
    (["送ったメールが届いていないようです"], None, None),
]


@pytest.mark.parametrize(("messages", "kind", "access"), UNDELIVERED)
def test_a_posted_thing_that_never_arrived(
    messages: list[str], kind: str | None, access: str | None
) -> None:
    assert _seen(messages) == (kind, access)


# A machine of ours used against others is a DDoS when its sentence describes the flood.
RELAYS: list[Row] = [
    (
        ["社内のPCが乗っ取られ、大量の通信で取引先のサイトを止める攻撃に使われていました"],
        "ddos",
        "found",
    ),
    (
        ["社内のPCが乗っ取られ、迷惑メールを送る攻撃に使われていました"],
        "unauthorized_access",
        "found",
    ),
]


@pytest.mark.parametrize(("messages", "kind", "access"), RELAYS)
def test_a_relay_for_a_flood_is_a_ddos(
    messages: list[str], kind: str | None, access: str | None
) -> None:
    assert _seen(messages) == (kind, access)


# An investigator's conclusion said politely (「調査いたしました結果」) is an investigation's:
# the attack was suspected and ruled out.
POLITE_CONCLUSION: list[Row] = [
    (
        ["業者の報告：端末を調査いたしました結果、不正アクセスの痕跡は認められませんでした"],
        "suspected",
        "not_found",
    ),
    (["不正アクセスなし"], None, "not_found"),
]


@pytest.mark.parametrize(("messages", "kind", "access"), POLITE_CONCLUSION)
def test_a_polite_conclusion_is_an_investigations(
    messages: list[str], kind: str | None, access: str | None
) -> None:
    assert _seen(messages) == (kind, access)
