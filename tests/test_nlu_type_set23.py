"""Classes of wrong values of incident type and access found in blind sets 22 and 23, each
with sentences of our own and near misses that must keep their reading
(tests/data/README.md rules 2 and 4; the spec's `found` needs an attack on our own systems)."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

Row = tuple[list[str], str | None, str | None]


def _seen(messages: list[str]) -> tuple[object, object]:
    facts, _, _ = predict(messages)
    return facts["incident_type"], facts["unauthorized_access"]


# Whether an attack happened, asked inside a check (「侵入されたか調べてもらった」): an embedded
# question, a doubt (rule 2's suspected), whatever the check's outcome is said later.
EMBEDDED_QUESTION: list[Row] = [
    (["サーバーが乗っ取られたか業者に見てもらいました"], "suspected", None),
    (["ランサムウェアに感染したか、いま情シスが確認しています"], "suspected", None),
    (["不正アクセスを受けたか、ログを点検してもらっています"], "suspected", None),
    (
        ["ログイン履歴がおかしいので侵入されたか調べてもらいました", "痕跡は認められませんでした"],
        "suspected",
        "not_found",
    ),
    # Near misses: the outcome said, or the attack stated with a check after it.
    (["侵入されたか調べてもらったところ、侵入されていました"], "unauthorized_access", "found"),
    (["ウイルスに感染しました。感染したPCを調べています"], "malware", "found"),
    (["サーバーに侵入されました"], "unauthorized_access", "found"),
]

# The attacker's means named (攻撃インフラ, 攻撃ツール): traffic to them is a sign, no attack.
ATTACKERS_MEANS: list[Row] = [
    (["プロキシで既知の攻撃インフラへの通信を検知しました"], None, None),
    (["攻撃ツールの名前がネットで話題になっていると聞きました"], None, None),
    # Near misses: an attack said with its own word.
    (["攻撃グループによる侵入を確認しました"], "unauthorized_access", "found"),
    (["攻撃手法は調べていますが、サーバーが攻撃を受けました"], "unauthorized_access", "found"),
]

# A break-in into premises (a shop, an office, a car): a burglary, no attack on our systems.
BREAK_INS: list[Row] = [
    (["夜中に事務所へ何者かが侵入して、ノートPCが盗まれました"], "lost_or_stolen", None),
    (["空き巣が侵入し、顧客台帳が盗まれていました"], "lost_or_stolen", None),
    (["窓ガラスを割って侵入され、金庫ごと書類が盗まれた"], "lost_or_stolen", None),
    (["閉店後の店舗に侵入されて、レジ横のタブレットを盗まれました"], "lost_or_stolen", None),
    # Near misses: a system got into, whatever else was taken.
    (["何者かが社内ネットワークに侵入し、顧客情報が盗まれました"], "unauthorized_access", "found"),
    (["店舗のPOSシステムに侵入されました"], "unauthorized_access", "found"),
    (["事務所のPCに外部から侵入された形跡がありました"], "unauthorized_access", "found"),
]

# Our staff's plain アクセス (「元社員は…データベースにアクセスし、…持ち出した」): their own
# use of their access, an insider theft (other), no attack.
INSIDERS_ACCESS: list[Row] = [
    (
        ["元社員は、在職中のIDで顧客データベースにアクセスし、顧客情報を持ち出していました"],
        "other",
        None,
    ),
    (["退職した職員が会員DBにアクセスして名簿を持ち出し、名簿業者に売っていた"], "other", None),
    # Near misses: done to us, by an outsider, or named unauthorized.
    (["外部から顧客データベースにアクセスされました"], None, "found"),
    (["社員のアカウントに第三者がアクセスしていました"], None, "found"),
    (["従業員のPCが不正アクセスを受けました"], "unauthorized_access", "found"),
]

# A file attached by mistake to a page put on a site was published: an error posting.
ATTACHED_TO_POSTING: list[Row] = [
    (
        ["お知らせをホームページに掲載した際、会員名簿のファイルを誤って添付していました"],
        "other",
        None,
    ),
    (["町のサイトに資料を公開したとき、誤って別の名簿を添付してしまいました"], "other", None),
    # Near misses: the attachment sent by mail.
    (["お知らせメールに誤って名簿を添付して送信しました"], "misdelivery", None),
    (
        ["サイトに載せる前の資料を誤って添付し、取引先にメールで送ってしまいました"],
        "misdelivery",
        None,
    ),
]


@pytest.mark.parametrize(
    ("messages", "kind", "access"),
    [
        *EMBEDDED_QUESTION,
        *ATTACKERS_MEANS,
        *BREAK_INS,
        *INSIDERS_ACCESS,
        *ATTACHED_TO_POSTING,
    ],
)
def test_type_and_access(messages: list[str], kind: str | None, access: str | None) -> None:
    assert _seen(messages) == (kind, access)
