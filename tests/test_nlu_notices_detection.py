"""Real incident notices: who reported it, and whether the notice itself is the announcement."""

from __future__ import annotations

import pytest

from coverage import Detection
from nlu.extract import read_message

EXTERNAL, THIRD, SELF = Detection.EXTERNAL_REPORT, Detection.THIRD_PARTY, Detection.SELF

# A reporter word inside another word (県 in 県民, 市 in 市民) never outranks the whole word.
WHOLE_WORDS: list[tuple[str, Detection | None]] = [
    ("一般県民から本社に電話があり、誤送信が分かりました", THIRD),
    ("駐車場で拾った市民が届け出たことで紛失が分かった", THIRD),
    ("区民から窓口に問い合わせがあり、掲載の誤りに気づいた", THIRD),
]

# 「本県」「当市」: the organisation itself, with a prefix, is nobody's reporter.
ITSELF: list[tuple[str, Detection | None]] = [
    ("本県が封入作業を委託している事業者から、誤封入があったと報告がありました", THIRD),
    ("本市が運用している施設の業者から、サーバーの異常について報告がありました", THIRD),
]

# The company's own report to others (「お知らせいたします」「警察に連絡した」) was not made to it.
OUTGOING: list[tuple[str, Detection | None]] = [
    ("端末が外部から遠隔で操作できる状態だったため、お知らせいたします", None),
    ("「アプリから音声が配信されていた件」についてご報告いたします", None),
    ("異常に気づき、県警や厚生労働省などに連絡し、厚生労働省からは専門家が来ました", SELF),
    ("ご不明な点は窓口までご連絡ください", None),
    ("お客様から当社に連絡してきたことで分かりました", THIRD),
    ("地方自治情報センターから、改ざんの恐れがあるとの情報が夜七時ごろに寄せられた", EXTERNAL),
]

# 「からも」 adds a report to one made before, so it decides only when nothing else does;
# 「Xからの攻撃」 names where an attack came from; 「16時頃から」 is a time; a report denied
# (「報告しなかった」) is none.
NOT_THE_TRIGGER: list[tuple[str, Detection | None]] = [
    ("取引先からも、当社を装ったメールが届いているとの連絡がありました", THIRD),
    ("社内で不審な送信に気づきました。取引先からも連絡がありました", SELF),
    ("複数のIPアドレスからの不正アクセスを検知し、遮断しました", SELF),
    ("海外からの攻撃が続き、通信が止まったとの報告を受けています", None),
    ("主任は昨年11月頃からPCを持ち帰っていたが、なくしても報告しなかった", None),
    ("お客さんからの「変なメール来たよ」って電話で気づきました", THIRD),
    ("顧客からのご指摘で誤送信が分かりました", THIRD),
]

# A reporter named in its full title: 「県警サイバー対策課から」 (サイバー is not a noun to MeCab).
TITLES: list[tuple[str, Detection | None]] = [
    ("6月3日に大分県警サイバー対策課から情報流出の懸念について連絡があった", EXTERNAL),
]


@pytest.mark.parametrize(
    ("text", "expected"), WHOLE_WORDS + ITSELF + OUTGOING + NOT_THE_TRIGGER + TITLES
)
def test_notice_reporter(text: str, expected: Detection | None) -> None:
    """Who told the company, read the way notices and news reports say it."""
    assert read_message(text).detection == expected


# A notice's heading, or its words to the reader, make the notice itself the announcement.
NOTICE_VOICE: list[tuple[str, bool | None]] = [
    ("弊社サーバーへの不正アクセスに関するお知らせ。7月2日、不正なログインを確認しました", True),
    ("会員情報の誤送信についてのお詫び。6月1日、メールを誤って送信しました", True),
    ("昨日の通信障害についてお詫びとお知らせを申し上げます", True),
    ("皆様にはご心配とご迷惑をおかけしております", True),
    ("当市を装った不審なメールにご注意ください", True),
    ("日本郵便の発表によりますと、控えの書類が紛失しました", True),
]

# Polite reports to the insurer or a colleague are no announcement.
NOT_A_NOTICE: list[tuple[str, bool | None]] = [
    ("FAX誤送信の件、ご報告いたします。現時点で費用は発生しておりません", None),
    ("送信先の医療機関からのご連絡で判明いたしました", None),
    ("お知らせの文面を社内で確認しています。公表はまだです", False),
    ("弊社PCがボット化し、取引先のサービスが停止いたしました", None),
]


@pytest.mark.parametrize(("text", "expected"), NOTICE_VOICE + NOT_A_NOTICE)
def test_notice_announced(text: str, expected: bool | None) -> None:
    """A notice in the company's voice to the public is itself the announcement."""
    assert read_message(text).announced is expected
