"""An intrusion told in plain words is `unauthorized_access`, access found (tests/data/README.md
rule 2: confirmed intrusion, unauthorized login, tampering): got into a system of ours
(「DBに入られてた」「海外から入られてた」), a login by someone unknown (「知らん人のログインが
あった」), a script planted in our pages (web skimming), 「ふせいアクセス」 typed half in kana.
Premises got into are a burglary, and our own script no attack."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

Row = tuple[str, str | None, str | None]


PLAIN_INTRUSIONS: list[Row] = [
    (
        "調べてもらったら、顧客管理のデータベースに入られていたのは確定です",
        "unauthorized_access",
        "found",
    ),
    ("アクセスログを見たら、海外から入られていました", "unauthorized_access", "found"),
    (
        "予約システムの管理画面に知らない人のログインがあったそうです",
        "unauthorized_access",
        "found",
    ),
    (
        "通販サイトの購入ページに、カード番号を盗むスクリプトが仕込まれていました",
        "unauthorized_access",
        "found",
    ),
    ("会員ページに不正なプログラムが埋め込まれとったです", "unauthorized_access", "found"),
    ("ふせいアクセスのけんでれんらくしました", "unauthorized_access", "found"),
    # Near misses: doubted, denied, a burglary, our own script.
    ("ファイルサーバーに入られてたみたいです", "suspected", None),
    ("クラウドに入られた形跡はありませんでした", None, "not_found"),
    ("夜中に事務所に入られて、ノートパソコンが2台なくなっていました", "lost_or_stolen", None),
    ("計測用のスクリプトを埋め込んだら表示が崩れました", None, None),
]


@pytest.mark.parametrize(("text", "kind", "access"), PLAIN_INTRUSIONS)
def test_an_intrusion_in_plain_words_is_unauthorized_access(
    text: str, kind: str | None, access: str | None
) -> None:
    facts = predict([text])[0]
    assert (facts["incident_type"], facts["unauthorized_access"]) == (kind, access)
