"""A short excerpt (two or three sentences) of an organisation's own public notice is the
announcement (self_notice, /work/shared/data/README.md). What tells it from a formal chat
message to the bot: the notice's account of its response (直ちに, 判明後, 現在、, 外部専門機関)
and its requests to the readers (ご返送くださいますよう, お心当たりのない), words the labelled
chats almost never use; a title under the organisation's own name line. A formal chat keeps
its marks (a writer's line above a pasted mail, 貼ります, shortness) and stays unknown."""

from __future__ import annotations

import pytest

from nlu.extract import read_message

# The notice's own account of what it did: 当社 and humble predicates alone are not enough
# (a formal chat has them), these words are.
RESPONSE_EXCERPTS = [
    "当社が運営する予約サイトの管理画面に第三者が不正にログインし、会員情報が閲覧された可能性が"
    "あることが判明いたしました。判明後、直ちに管理画面へのアクセスを遮断し、現在、閲覧された情報の"
    "範囲を調査しております。",
    "本町において、保健センターで住民健診の受診票を保管していたキャビネットの鍵が壊され、受診票の一部が持ち"
    "出されていることが確認されました。直ちに警察へ届け出るとともに、外部専門機関の協力のもと"
    "調査を進めております。",
    "12月3日、当社の物流センターで使用している端末が不審なプログラムを実行したことを検知した"
    "ため、速やかに当該端末をネットワークから切り離しました。現在、専門家とともにマルウェア感染の"
    "有無と影響の範囲を確認しております。",
]

# The readers asked to do something, as only a notice to them does.
READER_REQUESTS = [
    "ポイント還元のご案内はがきの宛名印字に誤りがあり、一部のお客様に別のお客様の氏名が記載された"
    "はがきが届いております。対象となるお客様は1,340名です。お手元に届いたはがきは同封の封筒にて"
    "ご返送くださいますようお願い申し上げます。",
    "当会の会員の皆様の一部に、当会の事務局を名乗る不審なメールが送信されていることが確認されました。お心当たり"
    "のないメールに記載されたリンクは開かず、削除していただきますようお願い申し上げます。現在、"
    "送信元の調査を進めております。",
]

# A title on the line under the organisation's name (the name, a blank line, the title).
TITLED_UNDER_NAME = [
    "医療法人 こもれび会 こもれび歯科\n\n診療予約システムへの不正アクセスについて\n\n"
    "当院が利用している診療予約システムの運営会社から、同システムに第三者が不正にログインした"
    "との報告がありました。同社の説明によれば、当院の患者様約900名の氏名と電話番号が閲覧された"
    "おそれがあります。対象の患者様には順次ご連絡いたします。",
    "株式会社 あさひ製作所\n\n当社ウェブサイトの改ざんについて(第2報・お詫び)\n\n"
    "当社ウェブサイトの一部ページが改ざんされていた件につきまして、調査の結果、改ざんは管理"
    "画面への不正ログインによるものと判明いたしました。ご迷惑をおかけしましたことを深く"
    "お詫び申し上げます。",
]

# Formal messages to the bot: a response word in a line too short for a notice, a company
# name and humble verbs with no word of a notice's response, a mail pasted under the
# writer's own line, the writer saying they paste it.
FORMAL_CHATS = [
    "当社のサーバーがランサムウェアに感染いたしました。直ちにネットワークから遮断しております。",
    "当社の検査用端末がマルウェアに感染していたことが判明しました。取引先2社から損害賠償として"
    "合計800万円の請求を受けております。弁護士には相談済みでございます。",
    "取引先からメールが届きました\n当社システムへの不正アクセスに関するご報告\n"
    "貴社の受注データを保管するサーバーに第三者が不正にログインした痕跡を確認いたしました。"
    "現在、外部専門機関とともに影響範囲を調査しております。",
    "保守業者からの報告メールを貼ります。調査の結果、当社本社に設置された当該ルーターの設定に"
    "不備があったことが判明いたしました。直ちに設定を変更し、現在、外部との通信ログを確認して"
    "おります。引き続きご報告いたします。",
    # A title-like line under the writer's own line (a verb in it), not a notice's heading.
    "保守業者さんから連絡が来ました\n社内サーバーの不審な通信について\n監視センターによると、当社の"
    "社内サーバーから外部への不審な通信が確認されたとのことです。直ちに当該サーバーを停止し、現在、"
    "外部専門機関による調査を実施しております。",
]


@pytest.mark.parametrize("text", RESPONSE_EXCERPTS + READER_REQUESTS + TITLED_UNDER_NAME)
def test_a_short_excerpt_of_the_own_notice_is_announced(text: str) -> None:
    assert read_message(text).announced is True


@pytest.mark.parametrize("text", FORMAL_CHATS)
def test_a_formal_chat_message_stays_unknown(text: str) -> None:
    assert read_message(text).announced is None
