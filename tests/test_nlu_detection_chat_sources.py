"""Who found it (`detection`), as a chat names the source: the hosting operator in plain
words, an IP address before から, a plain 客, a reporter's mail shown, a polite さん.

The spec's "External report" covers a network or hosting operator reporting an attack on
its service [interpretation]; anyone else outside is a third party; a wrong value is worse
than none, so near misses stay unknown.
"""

from __future__ import annotations

import pytest

from coverage import Detection
from nlu.extract import read_message

EXTERNAL, THIRD, SELF = Detection.EXTERNAL_REPORT, Detection.THIRD_PARTY, Detection.SELF

Case = tuple[str, Detection | None]

# The hosting operator called what a shop owner calls it (サーバー屋, レンサバ, 鯖屋).
HOSTING_IN_PLAIN_WORDS: list[Case] = [
    ("昨日サーバー屋さんから電話があって、うちのサイトが書き換えられてるって", EXTERNAL),
    ("レンサバから連絡きて、DDoSくらってるらしい", EXTERNAL),
    ("サーバ屋から「不正なファイルが置かれています」とメールが来ました", EXTERNAL),
    ("鯖屋さんに言われて気づいたんだけど、管理画面に入られてた", EXTERNAL),
    # Named only as what the shop uses, it tells nothing.
    ("サーバー屋さんに復旧をお願いしたら20万と言われました", None),
    ("レンサバの契約を見直すことにしました", None),
]

# 「海外IPから」: an address sends traffic; the finder is whoever saw it.
TRAFFIC_FROM_AN_ADDRESS: list[Case] = [
    ("社内SOCの担当が、海外IPからVPNへの大量ログイン試行を検知しました", SELF),
    ("情シスが、特定のIPアドレスから管理画面へのアクセスが続いているのを見つけた", SELF),
    ("監視会社から、海外のIPアドレスからログイン試行が続いていると通知がありました", EXTERNAL),
    # Nobody found anything: an address alone is no reporter.
    ("海外IPから管理画面にログインされた形跡があります", None),
    ("不審なIPからの通信をファイアウォールで遮断しました", None),
]

# A plain 客 telling the company is a third party, not the outsider 通報 alone implies.
A_PLAIN_CUSTOMER: list[Case] = [
    ("店内にいた客が通報し、防犯カメラの映像が見られる状態だとわかった", THIRD),
    ("近くの席の客が店に連絡してきて、会話が聞こえていたと知りました", THIRD),
    ("通報を受けた警察から連絡があり、発覚した", EXTERNAL),
    # The customers as the victims, or told by us, say nothing of who found it.
    ("客の氏名と電話番号が書かれたメモを紛失しました", None),
    ("客に謝罪の連絡をしました", None),
]

# A security, network or public reporter's mail shown or meant is its report.
A_REPORTERS_MAIL_SHOWN: list[Case] = [
    ("監視会社からのメールを貼ります。管理画面への不正ログインを確認したとのことです", EXTERNAL),
    ("レンタルサーバー会社からのメールです。サイトに不正なファイルが見つかったそうです", EXTERNAL),
    ("警察からの書面によると、うちのサーバーが攻撃の踏み台になっているらしい", EXTERNAL),
    ("自社のSOCからのメールです。マルウェアの通信を検知したとあります", SELF),
    # Not said to have come, or only a disguise, or from someone who may be the attack.
    ("監視会社からのメールはまだ届いていません", None),
    ("警察からのメールを装った詐欺メールが社員に届いた", None),
    ("取引先からのメールを開いたら、ウイルスに感染したみたいです", None),
]

# A reporter named politely (さん, 様) is still the one who told; without the suffix
# skipped, a later 「気づいた」 made it self.
A_REPORTER_NAMED_POLITELY: list[Case] = [
    ("プロバイダさんに言われて気づいたんだけど、管理画面に入られてた", EXTERNAL),
    ("監視会社さんが検知してくれて、すぐにサーバーを止めました", EXTERNAL),
    ("取引先様に言われて気づきました、うちを名乗るメールが出回っています", THIRD),
    ("取引先さんには謝罪の連絡をしました", None),
]

TABLES = [
    *A_REPORTER_NAMED_POLITELY,
    *HOSTING_IN_PLAIN_WORDS,
    *TRAFFIC_FROM_AN_ADDRESS,
    *A_PLAIN_CUSTOMER,
    *A_REPORTERS_MAIL_SHOWN,
]


@pytest.mark.parametrize(("text", "expected"), TABLES)
def test_who_found_it_as_a_chat_names_the_source(text: str, expected: Detection | None) -> None:
    assert read_message(text).detection == expected
