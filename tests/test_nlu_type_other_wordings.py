"""More wordings of `other` (tests/data/README.md rule 2): storage left public by its setting
(「バケットが public read になってた」), staff copying our data to a drive of their own
(「個人のGoogleドライブにアップロード」), a fake site passing itself off as ours (偽サイト), a
transfer obeyed after a forged instruction to change the account (振込先の変更を指示). With
access doubted or an alert besides they stay `other`, not `suspected`; an attack stated wins."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

Row = tuple[str, str | None]


OTHERS: list[Row] = [
    (
        "ストレージが public read になっていました。外部からダウンロードされたかは不明です。",
        "other",
    ),
    (
        "社員が顧客名簿を個人のGoogleドライブに保存していたのを監視ツールのアラートで見つけました",
        "other",
    ),
    (
        "当社の通販サイトを装った偽サイトが見つかりました。当社のシステムへの不正アクセスはありません。",
        "other",
    ),
    ("取引先を名乗るメールで振込先の変更を指示され、そのまま送金してしまいました", "other"),
    # Near miss: the attack is stated, and it wins.
    (
        "偽サイトに誘導されて社員のアカウントが乗っ取られ、不正ログインされました",
        "unauthorized_access",
    ),
]


@pytest.mark.parametrize(("text", "kind"), OTHERS)
def test_these_wordings_name_other(text: str, kind: str | None) -> None:
    assert predict([text])[0]["incident_type"] == kind


MORE_OTHERS: list[Row] = [
    ("社長を装ったメールにだまされて、経理が指定口座に500万円を送金しました", "other"),
    ("総会の資料を全員に配ったのですが、欠席者の氏名を消し忘れていました", "other"),
    ("社員が設計資料をファイル共有サービスに公開設定で保存していました", "other"),
    # Near miss: a mail warned of, not obeyed.
    ("取引先を装ったメールにご注意ください", None),
]


@pytest.mark.parametrize(("text", "kind"), MORE_OTHERS)
def test_a_forged_mail_obeyed_a_name_left_unredacted_a_public_save_are_other(
    text: str, kind: str | None
) -> None:
    assert predict([text])[0]["incident_type"] == kind
