"""Who found it (`detection`), said in plain words: a monitoring contract with any verb, a
favour of telling, a report that came as a document, a tip, someone who came in person, a
call named as the cause; and, taken away, a notice the company mailed out, a report made to
another company, and 自前 naming only what the company runs.
"""

from __future__ import annotations

import pytest

from coverage import Detection
from nlu.extract import read_message

EXTERNAL, THIRD, SELF = Detection.EXTERNAL_REPORT, Detection.THIRD_PARTY, Detection.SELF

Case = tuple[str, Detection | None]

# A security operator named by the monitoring it was asked to do, whatever the verb.
MONITORING_ASKED: list[Case] = [
    ("サーバー監視を頼んでる会社から、不審な通信があると連絡がきました", EXTERNAL),
    ("ログ監視を頼んでいる業者から「侵入の疑いあり」と連絡があった", EXTERNAL),
    ("ネットワークの監視を任せている事業者から、攻撃を検知したと報告を受けました", EXTERNAL),
    ("監視を任せてるベンダーから、ウイルス感染の可能性があると通知がありました", EXTERNAL),
    # Near misses: a vendor asked for something else, or a monitoring we do ourselves.
    ("システムの保守を頼んでるベンダーから、設定ミスがあったと連絡がきました", THIRD),
    ("監視を頼んでる会社を探しています", None),
]

# 自前 names only what the company runs; its own tool or watch is a finding.
OWN_RUNNING: list[Case] = [
    ("自前のサーバーでECサイトを運営していますが、管理画面に不正ログインされていました", None),
    ("自前のカートシステムが改ざんされていました。ログで確定です", None),
    ("自前のEDRが不審な通信を検知しました", SELF),
    ("自前の監視で深夜の大量アクセスに気づきました", SELF),
]

# Told as a favour done (past), never the request 「教えてください」.
TOLD_AS_A_FAVOUR: list[Case] = [
    ("誤って送ったメールを受け取った方が教えてくださいました", THIRD),
    ("取引先が、サイトがおかしいと教えてくれました", THIRD),
    ("お客様が、カードが勝手に使われたと教えてくれた", THIRD),
    ("監視会社が、不正な通信があると教えてくれました", EXTERNAL),
    # Near misses: a request to the bot, a question.
    ("どこに連絡すればいいか教えてください", None),
    ("補償が出るかどうか教えていただけますか", None),
]

# A report that came as a document (報告書 alone is only the document).
REPORT_AS_A_DOCUMENT: list[Case] = [
    ("委託先から報告書が届き、顧客データの流出が分かりました", THIRD),
    ("配送業者から事故の報告書が来て判明しました", THIRD),
    ("警察から報告書を受け取りました", EXTERNAL),
    # Near misses: one we asked for, one we write.
    ("調査会社から報告書が届きました。侵入はなかったそうです", None),
    ("報告書を作成して委員会に提出します", None),
]

# A tip, as MeCab spells it (垂れ込み) or not.
TIPS: list[Case] = [
    ("匿名でタレコミが来て、元社員が名簿を持ち出したと分かった", THIRD),
    ("会社のサイトから情報が抜かれているとタレコミがありました", THIRD),
    # Near miss: a tip we were asked to give.
    ("タレコミ窓口を設置しました", None),
]

# Someone who came in person and told it.
CAME_IN_PERSON: list[Case] = [
    ("警察が来て分かりました。顧客名簿が売られていたそうです", EXTERNAL),
    ("お客様が来て発覚しました", THIRD),
    # Near misses: one of us coming, one we called.
    ("上司が来て分かったことですが、PCが盗まれていました", None),
    ("警察を呼んだら警察が来ました", None),
]

# A call named as how it came to light.
A_CALL_AS_THE_CAUSE: list[Case] = [
    ("その投稿を見た取引先からの電話です", THIRD),
    ("きっかけは会員の方からのお電話でした", THIRD),
    ("取引先からの電話がきっかけで発覚しました", THIRD),
    # Near miss: a call we make next.
    ("次は警察に電話です", None),
]

# A notice the company mailed out is what went astray, not a report it received.
NOTICE_SENT_OUT: list[Case] = [
    ("町が納税の通知を別の住民に郵送していたことが分かった", None),
    ("合否のお知らせを誤って別の保護者に送付してしまいました", None),
    ("更新のご案内と通知を、違う会員に発送していました", None),
    # Near misses: a notice that came to us.
    ("カード会社から通知が郵送されてきて、不正利用が分かりました", THIRD),
    ("警察から通知があり、サーバーの乗っ取りが判明しました", EXTERNAL),
]

# A report inside another company's account (a 同- name) in a text that calls itself 当社
# was made to that company; in a news story, 同社 is the company itself.
ANOTHERS_ACCOUNT: list[Case] = [
    (
        "当社の委託先A社より、顧客情報の持ち出しについて報告を受けました。同社によれば、"
        "警察からの連絡を受けて調査を行ったとのことです",
        THIRD,
    ),
    (
        "弊社が配送を委託するB社から連絡がありました。同社によると、監視会社からの通報で"
        "不正アクセスが判明したそうです",
        THIRD,
    ),
    ("C社は5日、顧客情報が流出したと発表した。同社によると、警察から連絡があり発覚した", EXTERNAL),
]

# A shop's regular customers are its customers (labelling rule 3).
REGULARS: list[Case] = [
    ("常連さんがインスタの投稿を見て教えてくれました", THIRD),
    ("常連のお客様から、レシートに他の人の名前があると電話がありました", THIRD),
    ("常連客に謝罪しました", None),
]

TABLES = [
    *MONITORING_ASKED,
    *OWN_RUNNING,
    *TOLD_AS_A_FAVOUR,
    *REPORT_AS_A_DOCUMENT,
    *TIPS,
    *CAME_IN_PERSON,
    *A_CALL_AS_THE_CAUSE,
    *NOTICE_SENT_OUT,
    *ANOTHERS_ACCOUNT,
    *REGULARS,
]


@pytest.mark.parametrize(("text", "expected"), TABLES)
def test_who_found_it_in_plain_words(text: str, expected: Detection | None) -> None:
    assert read_message(text).detection == expected
