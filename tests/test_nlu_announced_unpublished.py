"""A text written like a notice that is no public announcement: a letter to one addressee
(「株式会社○○ 御中」「情報システムご担当 様」「宛先:…」), a draft or an internal paper
(「【社外秘】プレスリリース案」). Its voice is not the announcement (labelling rule 5); what it
says of announcing still counts.

Our own texts. Sets 32, 34 and 35, written blind, read four such texts as announced: a SOC's
report 「…ご担当 様」 (「下記のとおりご報告いたします」), a web agency's report to 「ヒノデ工業株式
会社 御中」, a SOC's alert 「宛先:…御中」 scoring as a notice, and a draft press release whose
「プレスリリース」 was taken as the event itself.
"""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

LETTERS: list[str] = [
    "株式会社サンプル物流\n経理部ご担当 様\n\n平素より大変お世話になっております。セキュリティ"
    "監視サービスの担当です。10月2日に通報いたしました不審な通信について、調査結果を下記のとおり"
    "ご報告いたします。\n■結論:対象端末2台に感染の痕跡は認められませんでした。",
    "青葉食品株式会社 御中\n\nサイト改ざんに関するご報告\n\n株式会社ウェブクラフト\n\n"
    "平素より大変お世話になっております。貴社サイトの改ざんにつきまして、対応状況を以下のとおり"
    "ご報告いたします。\n・対応:改ざんされたファイルを削除し、サイトを復旧いたしました。",
    "【アラート通知】\n\n宛先:株式会社みなと商会 総務部 御中\n送信元:監視センター\n\n"
    "検知日時:2025/06/01 03:10\n対象:営業部 端末\n判定:マルウェア感染の疑い(確定していません)\n"
    "推奨対応:端末の隔離\n備考:詳細は第2報にてご連絡します。",
]

DRAFTS: list[str] = [
    "【社外秘】プレスリリース案 v2(法務確認前)\n\n不正アクセスに関するお詫びとお知らせ\n\n"
    "このたび、当社の会員サイトが第三者による不正アクセスを受けたことが判明いたしました。"
    "お客様には多大なるご心配をおかけしておりますことを、深くお詫び申し上げます。\n"
    "※公表日:未定",
    "お知らせ案(下書き)\n\n当社従業員のパソコンがウイルスに感染し、不審なメールが送信されて"
    "いたことが判明いたしました。ご迷惑をおかけしましたことを深くお詫び申し上げます。",
]

# Near misses: a notice to the public still is the announcement; a letter that says it
# announced, or will, still says so.
ANNOUNCED: list[str] = [
    "お客様各位\n\n当社サーバーへの不正アクセスに関するお詫びとお知らせ\n\n株式会社サンプル"
    "\n\n2025年5月12日(月)、当社サーバーが第三者による不正アクセスを受けたことが判明いたしました。"
    "お客様には多大なるご迷惑をおかけしておりますことを深くお詫び申し上げます。",
    "株式会社みなと商会 御中\n\n弊社システムへの不正アクセスについて(ご報告)\n\n株式会社データ"
    "ワークス\n\n平素より格別のご高配を賜り厚く御礼申し上げます。本件につきましては、弊社ホーム"
    "ページにて本日公表いたしました。",
]


@pytest.mark.parametrize("text", LETTERS + DRAFTS)
def test_a_letter_or_a_draft_is_no_announcement(text: str) -> None:
    facts, _, _ = predict([text])
    assert facts["announced"] is None


@pytest.mark.parametrize("text", ANNOUNCED)
def test_a_public_notice_or_a_stated_announcement_still_reads(text: str) -> None:
    facts, _, _ = predict([text])
    assert facts["announced"] is True


# A press release's draft is no release; a release planned still is one.
RELEASE_PLANNED: list[tuple[str, ...]] = [
    (
        "代理店です。プレスリリース案を預かったので貼ります\n---\n【お詫び】個人情報の漏えいについて\n---",
        "リリースは明日出す予定です。",
    ),
    ("広報です。明日HPへ掲載予定のリリース案です。",),
    ("お詫び文はホームページへ掲載しました。",),
]

RELEASE_NOT_OUT: list[tuple[str, ...]] = [
    ("プレスリリース案を作りました。社内で確認中です。",),
    ("原因は昨日のリリースでの設定ミスでした。",),
    ("修正版のリリースは来週出します。",),
]


@pytest.mark.parametrize("turns", RELEASE_PLANNED)
def test_a_release_planned_or_posted_is_announced(turns: tuple[str, ...]) -> None:
    facts, _, _ = predict(turns)
    assert facts["announced"] is True


@pytest.mark.parametrize("turns", RELEASE_NOT_OUT)
def test_a_draft_or_a_software_release_is_no_announcement(turns: tuple[str, ...]) -> None:
    facts, _, _ = predict(turns)
    assert facts["announced"] is None
