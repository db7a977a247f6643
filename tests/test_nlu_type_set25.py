"""Two classes of wrong type and access left on sets 22 and 23: a public warning passed on
(the attacks it tells of are the public's, not ours), and a letter forwarded from the company
of a system we use, telling of an attack on its own servers (a leak at the provider)."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

Row = tuple[list[str], str | None, str | None]


def _seen(messages: list[str]) -> tuple[object, object]:
    facts, _, _ = predict(messages)
    return facts["incident_type"], facts["unauthorized_access"]


# An authority's warning reposted: its attacks spread among the public; only the writer's
# own case, said apart from it, is read.
PUBLIC_WARNING: list[Row] = [
    (
        [
            "【転載】県警からの注意喚起です。全国の中小企業でランサムウェアの被害が急増して"
            "います。バックアップの取得をお願いします。"
        ],
        None,
        None,
    ),
    (
        [
            "IPAの注意喚起を共有します。取引先を装ったメールでウイルスに感染する被害が相次いで"
            "います。不審な添付ファイルにご注意ください。"
        ],
        None,
        None,
    ),
    (
        [
            "警察庁によると、昨年報告された不正アクセスの件数は5,000件を超えました。"
            "皆様もパスワードの使い回しにご注意ください。"
        ],
        None,
        None,
    ),
    # Near misses: the writer's own case stated, or no warning passed on.
    (
        [
            "県警からの注意喚起を転載します。県内で感染被害が相次いでいます。"
            "なお、当社でもパソコン1台がウイルスに感染しました。"
        ],
        "malware",
        "found",
    ),
    (
        [
            "警察からご注意くださいと言われました。当社でも同じ手口でランサムウェアに"
            "感染し、ファイルが暗号化されています。"
        ],
        "malware",
        "found",
    ),
    (
        ["取引先を装ったメールを開いてしまい、ウイルスに感染する被害が相次いでいます"],
        "malware",
        "found",
    ),
    (
        [
            "【転載】警察からの注意喚起：不審なメールにご注意ください。当院にも同様のメールが届き、"
            "開封したパソコンの感染の有無を業者に確認中です。"
        ],
        "suspected",
        None,
    ),
]

# A mail from the company of a system we use, pasted or forwarded: 弊社 is the provider
# writing to us (貴院, 貴社), so its servers attacked are the provider's.
PROVIDER_LETTER: list[Row] = [
    (
        [
            "会計ソフトの会社から以下のメールが届きました\n> 弊社サーバーが不正アクセスを受け、"
            "貴社の取引先情報が流出した可能性がございます。"
        ],
        "vendor_leak",
        None,
    ),
    (
        [
            "電子カルテのシステム会社からこんな連絡がありました。「弊社システムがランサムウェアに"
            "感染し、貴院の患者様情報が暗号化されました」"
        ],
        "vendor_leak",
        None,
    ),
    # Near misses: a company's own notice to its customers, and the mail not from a provider.
    (
        [
            "弊社サーバーが第三者による不正アクセスを受け、お客様情報が流出した可能性がございます。"
            "ご迷惑をおかけし深くお詫び申し上げます。"
        ],
        "unauthorized_access",
        "found",
    ),
    (
        ["当社のサーバーが不正アクセスを受けました。システムの会社に調査を頼んでいます。"],
        "unauthorized_access",
        "found",
    ),
]


@pytest.mark.parametrize(("messages", "kind", "access"), PUBLIC_WARNING)
def test_public_warning_names_no_incident_of_ours(
    messages: list[str], kind: str | None, access: str | None
) -> None:
    assert _seen(messages) == (kind, access)


@pytest.mark.parametrize(("messages", "kind", "access"), PROVIDER_LETTER)
def test_letter_from_our_system_provider_is_a_vendor_leak(
    messages: list[str], kind: str | None, access: str | None
) -> None:
    assert _seen(messages) == (kind, access)
