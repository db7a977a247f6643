"""Classes of misreadings of incident type and access found in blind sets 20 and 21, each
with sentences of our own and near misses that must keep their reading
(tests/data/README.md rules 2 and 4; the spec's `found` needs our own systems)."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

Row = tuple[list[str], str | None, str | None]


def _seen(messages: list[str]) -> tuple[object, object]:
    facts, _, _ = predict(messages)
    return facts["incident_type"], facts["unauthorized_access"]


# A contractor's link named as the way in: the intrusion reached our systems.
ATTACK_ROUTE: list[Row] = [
    (
        [
            "清掃業務を委託していた会社との専用回線を経由して侵入され、顧客"
            "データベースを閲覧されました",
        ],
        "unauthorized_access",
        "found",
    ),
    (
        [
            "保守を委託している業者のリモート接続を経由してランサムウェアに感染しました",
        ],
        "malware",
        "found",
    ),
    (
        [
            "委託先のVPNを踏み台に当社のネットワークへ不正アクセスされました",
        ],
        "unauthorized_access",
        "found",
    ),
    # Near misses: the contractor's own systems attacked, or a leak through the contractor.
    (["委託先のサーバーがランサムウェアに感染しました"], "vendor_leak", None),
    (["業務委託先を経由して顧客情報が流出しました"], "vendor_leak", None),
]

# A party word named earlier as the contractor, named again with its systems.
CONTRACTOR_AGAIN: list[Row] = [
    (
        [
            "会計システムの委託先のベンダーから電話がありました。ベンダー側のサーバ"
            "がランサムウェアに感染したそうです",
        ],
        "vendor_leak",
        None,
    ),
    (
        [
            "保守を委託している会社から連絡。会社のシステムが不正アクセスを受け、名"
            "簿が漏れたとのこと",
        ],
        "vendor_leak",
        None,
    ),
    # Near misses: a vendor never named as our contractor, and one that only looked.
    (
        [
            "セキュリティベンダーから連絡がありました。ベンダーの調査で当社サーバー"
            "への侵入が判明しました",
        ],
        "unauthorized_access",
        "found",
    ),
    (
        [
            "委託先のベンダーから連絡がありました。当社のサーバーが不正アクセスを受けていました",
        ],
        "unauthorized_access",
        "found",
    ),
]

# A priced cost line that names who does an outsourced job: no leak at the contractor.
OUTSOURCED_JOB: list[Row] = [
    (
        [
            "サイトが改ざんされていました",
            "・問い合わせ窓口：80万円（外部委託）",
        ],
        "unauthorized_access",
        "found",
    ),
    (["Emotetに感染しました", "コールセンターは外部委託で、費用は150万円です"], "malware", "found"),
    # Near misses: a leak at the contractor with its costs, and a contract told without a price.
    (["委託先から顧客情報が流出しました。コールセンター費用は50万円です"], "vendor_leak", None),
    (["発送業務を委託している会社のサーバーがランサムウェアに感染しました"], "vendor_leak", None),
]

# A denied announcement run into the attack's clause (a headline) denies no attack.
WITHHELD_ANNOUNCEMENT: list[Row] = [
    (["通販サイトに不正アクセス 運営元は公表せず"], "unauthorized_access", "found"),
    (["社内サーバーがランサムウェアに感染 同社は発表していない"], "malware", "found"),
    # Near misses: the attack itself denied, and both denied.
    (["調査の結果、不正アクセスの痕跡は認められませんでした"], "suspected", "not_found"),
    (["調査の結果、不正アクセスはありませんでした。公表もしていません"], "suspected", "not_found"),
]

# A check's outcome that names the attack confirms it; doubted or denied, it does not.
NAMED_AS_RESULT: list[Row] = [
    (["ウイルス感染の有無を業者に見てもらった結果、ランサムウェアでした"], "malware", "found"),
    (["不正アクセスの有無を調べてもらいました。結果、ランサムでした"], "malware", "found"),
    # Near misses.
    (["感染の有無を確認してもらった結果、ランサムウェアの可能性が高いそうです"], "suspected", None),
    (["感染の有無を調べた結果、ランサムウェアの感染はありませんでした"], "suspected", "not_found"),
    (["感染の有無を確認中です。ランサムウェアかもしれません"], "suspected", None),
]

# A denial whose caveat says part of the period was not checked is no conclusion.
UNCHECKED_PART: list[Row] = [
    (
        [
            "調査の結果、侵入の事実は確認されませんでした。ただし、一部の端末につい"
            "ては調査ができておりません。",
        ],
        "suspected",
        None,
    ),
    (
        [
            "調査の結果、不正アクセスはありませんでした。ただし、古いログは調査できていません。",
        ],
        "suspected",
        None,
    ),
    # Near miss: the caveat is about what leaked, the denial stands.
    (
        [
            "調査の結果、不正アクセスの痕跡はありませんでした。ただし、情報が流出し"
            "た可能性は否定できません。",
        ],
        "suspected",
        "not_found",
    ),
]

# いいえ under the bot's access question, with the check still under way, leaves it open.
ANSWER_STILL_OPEN: list[Row] = [
    (["&gt; 不正アクセスの有無は確認できましたか？\nいいえ、業者が調査中です"], None, None),
    (["&gt; 侵入されましたか？\nいえ、まだわかりません"], None, None),
    # Near misses: a plain no, and a no with the conclusion said.
    (["&gt; 不正アクセスはありましたか？\nいいえ、ありませんでした"], None, "not_found"),
    (
        [
            "&gt; 不正アクセスは確認されましたか？\nいいえ、業者の結論は痕跡なしでした",
        ],
        "suspected",
        "not_found",
    ),
]


@pytest.mark.parametrize(
    ("messages", "kind", "access"),
    ATTACK_ROUTE
    + CONTRACTOR_AGAIN
    + OUTSOURCED_JOB
    + WITHHELD_ANNOUNCEMENT
    + NAMED_AS_RESULT
    + UNCHECKED_PART
    + ANSWER_STILL_OPEN,
)
def test_type_and_access(messages: list[str], kind: str | None, access: str | None) -> None:
    assert _seen(messages) == (kind, access)
