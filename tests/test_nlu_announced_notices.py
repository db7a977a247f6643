"""Announced, as a notice implies it: the organisation's own notice to the public is the
announcement (several cues of its written register together), a news story says the
organisation told the public; chat messages, however formal, never read so."""

from __future__ import annotations

import pytest

from nlu.extract import read_message

# Notices written by the organisation itself, with no word for announcing in them.
SELF_NOTICES = [
    # self-reference, full date with weekday, humble predicates, written-account words
    "2023年4月3日(月)、当社の受注管理サーバーが外部から不正にアクセスされていることを確認"
    "いたしました。直ちに当該サーバーをネットワークから切り離し、外部の専門機関の協力を得て"
    "調査を進めております。なお、現時点でお客様情報の流出は確認されておりません。",
    # a public body's notice: era date, 本会, polite account of what happened
    "令和6年9月12日(木)、本会の職員が研修の案内を会員の方々へメールで送る際、宛先を誤って"
    "「CC」に入力したまま送信してしまいました。送信先の会員様からのご指摘で判明しました。"
    "対象となったメールアドレスは62件です。",
    # a notice's form: a sentence, then numbered items naming when and where
    "受託事業者の窓口担当者が、講座の申込者の一覧表を、別の申込者あての封筒に誤って同封したまま"
    "郵送してしまいました。\n"
    "1. 発生した日:令和5年2月14日(火)\n"
    "2. 発生した場所:受託事業者の事務所\n"
    "3. 対象者:申込者19名",
    # no self-reference: the account alone, in a notice's words
    "このたびのシステム停止は、データセンターの上流回線が大量の通信を送りつける攻撃を受けた"
    "ことによるものです。復旧までに約4時間を要しました。\nなお、この攻撃による会員情報の"
    "流出や改ざんなどの被害は確認されておりません。",
]

# A news story saying the organisation told the public itself.
NEWS_STATEMENTS = [
    "港区は5月2日、区の公式サイトが大量のアクセスを受けて閲覧しにくくなっていると伝えた。"
    "区は前日夜、公式Xで閲覧できない状況を報告していた。",
    "地方銀行のA銀行は、顧客約3千人分の情報が入ったUSBメモリを紛失したことを明らかにした。",
]

# Never read as announced: chat messages from staff, a vendor's letter passed on, a news
# story that only reports, hearsay.
NOT_ANNOUNCED = [
    "弊社でウイルス感染しました。",
    "お客様にお詫びのメールを送る予定です。",
    "弊社の営業部のPCがランサムウェアに感染していることを確認いたしました。現在、全端末を"
    "調査しております。",
    # long and formal, but asking the bot
    "当社の会員サイトに第三者による不正なログインがあったことを確認いたしました。現在、外部の"
    "専門会社に調査を依頼しております。なお、ログインされた会員は約300名です。この場合、"
    "保険の対象になりますでしょうか。",
    # introducing the writer: a message to the bot
    "製造部の総務担当です。2024年6月3日(月)に当社の設計用PCがマルウェアに感染していることが"
    "判明しました。当該PCは直ちにネットワークから切り離しております。なお、取引先の図面データ"
    "が保存されておりました。",
    # a vendor's notice to its client, forwarded
    "委託先から次のメールが届いたので取り急ぎ共有します。\n弊社サーバーが2024年7月1日(月)に"
    "ランサムウェアに感染いたしました。貴社の顧客情報約2,000件が流出した可能性がございます。"
    "現在、外部専門機関による調査を実施しております。",
    # a notice drafted, not yet published
    "お客様向けのお知らせの文案を作りました。\n2024年8月5日(月)、当社の会員サイトに第三者による"
    "不正なログインがあったことを確認いたしました。当該アカウントは直ちに停止しております。"
    "なお、現時点でクレジットカード情報の流出は確認されておりません。",
    # a news story, told plain, with no statement by the organisation
    "県内の観光協会のホームページが改ざんされていたことが7日、分かった。閲覧した人のパソコン"
    "がウイルスに感染した可能性がある。協会は2月3日にサイトを閉鎖した。",
    # told on a site, but to a colleague, or told by someone else
    "ホームページで確認した内容を上司に報告しました。",
    "SNSで拡散されていると取引先から報告を受けました。",
    # hearsay only: 「市によると」 is not an announcement
    "市の公式サイトが15日朝から閲覧できなくなった。市によると、サーバーに大量の通信が集中した"
    "可能性があるという。復旧は16日の見通しだ。",
]

# Said, planned, undecided: as before, the notice's register never overrides them.
STATED = [
    ("公表はまだしていません。", False),
    ("公表するかどうか検討中です。", None),
    ("来週ホームページで公表する予定です。", True),
    (
        "2023年4月3日(月)、当社の受注管理サーバーが外部から不正にアクセスされていることを"
        "確認いたしました。当該サーバーは切り離しております。なお、本件は公表しておりません。",
        False,
    ),
]


@pytest.mark.parametrize("text", SELF_NOTICES)
def test_a_notice_in_the_organisations_own_voice_is_announced(text: str) -> None:
    assert read_message(text).announced is True


@pytest.mark.parametrize("text", NEWS_STATEMENTS)
def test_a_news_story_of_the_organisation_telling_the_public(text: str) -> None:
    assert read_message(text).announced is True


@pytest.mark.parametrize("text", NOT_ANNOUNCED)
def test_chat_and_reports_of_others_are_not_announced(text: str) -> None:
    assert read_message(text).announced is None


@pytest.mark.parametrize(("text", "announced"), STATED)
def test_what_is_said_of_announcing_still_decides(text: str, announced: bool | None) -> None:
    assert read_message(text).announced is announced


# A notice opens with its title on a line of its own (「…について」「…について(お詫び)」)
# and the organisation's name: with the rest of its register, the notice is the
# announcement. 合格発表 is an exam's results, no announcement of the incident.
HEADED_NOTICES = [
    "教職員用パソコンの紛失について\n学校法人みどり学園\n\n"
    "11月2日、本校教員が業務用パソコンを紛失しました。"
    "パソコンには生徒40名の成績が保存されていました。パソコンにはパスワードを設定して"
    "おりました。警察に遺失届を提出し、現在も捜索を続けております。",
    "合格発表ページの閲覧障害について\n学校法人あけぼの学院\n\n"
    "3月1日に公開した合格発表ページが、約2時間閲覧できない状態となりました。"
    "調査の結果、外部から大量の通信が送りつけられたことによるものと判明しました。"
    "受験生の個人情報の流出はございません。",
    # Two title words joined (「お詫びとご報告」「お詫びとお知らせ」), under a name with 保険 in it.
    "マルウェア感染による顧客情報流出のお詫びとご報告\n株式会社あさひ保険サービス\n■概要\n"
    "当社従業員のパソコンがマルウェアに感染し、お客様情報の一部が外部に送信されていたことが"
    "判明しました。\n■対象\nお客様 320名の氏名、電話番号\n■対策\n全端末の点検を実施いたします。",
    "会員サイトへの不正ログインのお詫びとお知らせ\n株式会社ひかり少額短期保険\n■概要\n"
    "会員サイトに第三者による不正ログインが行われたことが判明しました。\n■対象\n"
    "会員 210名の氏名、住所\n■対策\nパスワードの初期化を実施いたします。",
    "書類紛失のお詫びとご報告\nやまと保険事務所\n■概要\n当事務所職員が、お客様の申込書を入れた"
    "封筒を紛失いたしました。\n■対象\nお客様 18名の氏名、生年月日\n■対応\n"
    "警察に遺失届を提出しております。",
]


@pytest.mark.parametrize("text", HEADED_NOTICES)
def test_a_headed_notice_is_announced(text: str) -> None:
    assert read_message(text).announced is True


@pytest.mark.parametrize(
    "text",
    [
        "見舞金について\n昨日の件、保険でいくら出るか教えてください。顧客は200名です。",
        "誤送信のお詫びとご報告\n保険はどこまで出ますか？お客様は30名です。",
    ],
)
def test_a_heading_alone_does_not_make_a_chat_a_notice(text: str) -> None:
    assert read_message(text).announced is None


# Round r7 probe (tests/data/nlu_probe_notices_r7.jsonl): the classes it exposed.
TOLD_THE_PRESS = [
    "運営する柏崎青果によると、5月28日に県警から連絡があり、問題が分かった。",
    "同社によると、サイトの脆弱性を突かれ、顧客のメールアドレスが流出した。",
]

TOLD_ON_THE_COMPANYS_SITE = [
    "鈴木商事は14日、不正アクセスで顧客情報が流出したと同社サイトで報告した。",
]

SHORT_HEADED_NOTICES = [
    "当社サーバーへの不正アクセスについて\n\n2024年3月5日\n株式会社ヤマセ工業\n\n"
    "当社の一部サーバーが第三者による不正アクセスを受けたことを確認しました。"
    "現在、外部専門機関と連携し調査を進めております。",
]

NOT_TOLD_BY_THE_ORGANISATION = [
    "情シスによると、経理のPCがウイルスに感染したらしいです。",
    "ITニュースによると、ある製造業者がランサムウェア攻撃を受けたらしい。うちも気をつけないとね。",
    "同社によると被害はないそうですが、本当でしょうか？",
    "運営するところによると、まだ調査中みたいです。",
]


@pytest.mark.parametrize("text", TOLD_THE_PRESS)
def test_a_story_with_the_organisations_own_account_is_announced(text: str) -> None:
    assert read_message(text).announced is True


@pytest.mark.parametrize("text", TOLD_ON_THE_COMPANYS_SITE)
def test_telling_on_the_companys_site_is_announced(text: str) -> None:
    assert read_message(text).announced is True


@pytest.mark.parametrize("text", SHORT_HEADED_NOTICES)
def test_a_short_notice_under_a_heading_is_announced(text: str) -> None:
    assert read_message(text).announced is True


@pytest.mark.parametrize("text", NOT_TOLD_BY_THE_ORGANISATION)
def test_hearsay_in_chat_is_not_announced(text: str) -> None:
    assert read_message(text).announced is None


# A notice uses words a chat line uses too, for other things (警察に相談, 見積書, 計上する
# 見込み, 法的措置を検討, 先日): each costs a point, it does not rule the notice out. The
# organisation may name itself with 当 and any noun (当生協, 当クリニック), and address its
# readers with 様 on any noun (組合員さま).
NOTICES_WITH_CHAT_WORDS = [
    "当クリニックの予約管理サーバーがランサムウェアに感染していることが判明いたしました。"
    "直ちに当該サーバーをネットワークから切り離し、警察に相談しております。なお、本件による"
    "患者さまの診療への影響はございません。",
    "2024年10月2日(水)、当社の受発注システムに第三者が不正にログインしたことを確認いたしました。"
    "取引先の見積書および契約書が閲覧された可能性がございます。当該アカウントは直ちに停止し、"
    "パスワードを変更しております。",
    "先日、当生協の配送センターにおいて、組合員さまの氏名と住所を記載した配送伝票の束が所在不明と"
    "なっていることが判明いたしました。組合員さまからのご指摘により判明したもので、"
    "対象の組合員さまには個別にお詫びを申し上げております。",
    "当協会の会員向けサイトにおいて、設定の誤りにより会員名簿が閲覧できる状態になっていたことが"
    "判明しました。会員の方からのご指摘により判明したものです。今後は点検の体制を見直し、"
    "再発防止に努めてまいります。",
]

# Formal messages to the bot or to colleagues stay chat: a question, the insurer, a
# forwarded letter, or too little of a notice's register beside its chat words.
FORMAL_CHATS_WITH_CHAT_WORDS = [
    "当社のファイルサーバーがランサムウェアに感染していることを確認いたしました。"
    "昨日から外部の専門会社に調査を依頼しており、費用は300万円ほどの見込みです。",
    "当店の会員名簿を保存したUSBメモリを紛失いたしました。先日、警察に遺失届を出しております。"
    "会員様への連絡方法を社内で検討しています。",
    "当院の電子カルテがランサムウェアで暗号化されていることが判明いたしました。調査の見積は"
    "500万円です。保険会社への連絡はこれからです。",
]


@pytest.mark.parametrize("text", NOTICES_WITH_CHAT_WORDS)
def test_a_notice_that_uses_a_chat_word_is_still_announced(text: str) -> None:
    assert read_message(text).announced is True


@pytest.mark.parametrize("text", FORMAL_CHATS_WITH_CHAT_WORDS)
def test_a_formal_chat_with_chat_words_is_not_announced(text: str) -> None:
    assert read_message(text).announced is None


# A news story: the organisation, as 「同社は」, calling on the public (注意を呼びかける)
# told the public. Not an answer to a reporter, hearsay, or an apology to one person.
CALLED_ON_THE_PUBLIC = [
    "市の観光サイトが改ざんされ、閲覧者が偽のサイトに誘導されていたことが分かった。同市は"
    "閲覧した人に不審なファイルを開かないよう注意を呼びかけている。",
    "ネット通販のB社で会員のメールアドレスが流出した。同社は会員に不審なメールへの注意を呼びかけた。",
]

NOT_CALLED_ON_THE_PUBLIC = [
    "C社のサーバーがランサムウェアに感染していたことが分かった。同社は取材に対し、取引先に注意を"
    "呼びかけていると話した。",
    "D社の顧客情報が流出したことが分かった。同社は利用者に注意を呼びかけているという。",
    "E社の広告写真に通行人が写り込んでいたことが分かった。同社は女性に謝罪した。",
    "同社は利用者に注意を呼びかけているそうです。",
]


@pytest.mark.parametrize("text", CALLED_ON_THE_PUBLIC)
def test_a_story_of_the_organisation_calling_on_the_public(text: str) -> None:
    assert read_message(text).announced is True


@pytest.mark.parametrize("text", NOT_CALLED_ON_THE_PUBLIC)
def test_a_reply_to_a_reporter_or_hearsay_is_not_announced(text: str) -> None:
    assert read_message(text).announced is None


# A titled notice (first line 「…について」) that relays its contractor's words, names its
# own line of business or quotes a visitor: those chat words do not undo the notice.
TITLED_NOTICES_RELAYING = [
    "倉庫管理システムの不具合による情報流出について\n\n当社が配送を委託している物流会社より、"
    "同社の倉庫管理システムに第三者が侵入し、当社のお客様の配送先情報が閲覧された可能性があると"
    "の連絡を受けました。同社では既に警察へ相談済みとのことです。当社のシステムへの影響は"
    "ございません。\n\n株式会社あさひ商事",
    "契約者様情報を記載した書類の誤送付について\n\n当社の損害保険代理店部門において、契約者様"
    "3名分の保険証券の写しを、別の契約者様宛てに誤って郵送いたしました。受け取られた方からの"
    "ご連絡により判明したもので、書類はすでに回収しております。\n\nみなみ保険サービス株式会社",
    "当館ウェブサイトの改ざんについて\n\n11月3日、当館ウェブサイトの利用者様から「別のページに"
    "転送される」とのご連絡をいただき、調査したところ、外部からの不正アクセスにより一部のページが"
    "書き換えられていたことが判明いたしました。現在はサイトを停止しております。\n\n市立郷土資料館",
]

# The same words without a title above them: a message to the bot or a colleague.
UNTITLED_RELAYING = [
    "当社が配送を委託している物流会社から連絡があり、同社のシステムに第三者が侵入して当社の"
    "お客様の配送先情報が閲覧されたとのことです。当社のシステムへの影響はございません。"
    "現在、詳細を確認しております。",
    "当社の顧客データを預けている業者によれば、サーバーがランサムウェアに感染したそうで、"
    "復旧の目処は立っていないとのことでございます。当社としても対応を検討いたしております。",
]


@pytest.mark.parametrize("text", TITLED_NOTICES_RELAYING)
def test_a_titled_notice_relaying_others_words_is_announced(text: str) -> None:
    assert read_message(text).announced is True


@pytest.mark.parametrize("text", UNTITLED_RELAYING)
def test_relayed_words_without_a_title_are_not_announced(text: str) -> None:
    assert read_message(text).announced is None


# A notice written as questions and answers: the questions are the reader's.
QA_NOTICES = [
    "ウェブサイト停止のご案内\n\nQ1. 何があったのですか?\nA1. 10月5日、当院の予約サイトが"
    "外部から大量の通信を受け、閲覧できない状態となりました。\nQ2. 患者様の情報は大丈夫"
    "でしょうか。\nA2. 予約サイトには診療記録は保存されておりません。\nQ3. いつ再開しますか。"
    "\nA3. 10月7日に再開いたしました。\n\n医療法人 みずほ会",
    "問1. 何が起きたのですか。\n答1. 当組合の職員が、組合員様の名簿を入れた鞄を電車内に置き忘れ"
    "ました。\n問2. 名簿は見つかりましたか。\n答2. 現在も警察に届け出て捜索を続けております。"
    "\n問3. 対象は何名ですか。\n答3. 組合員様120名分の氏名と住所です。",
    # a title ending in Q&A, marks set off by a space alone
    "会員サイトへの不正ログインに関するQ&A\n\nQ1 何が起きたのですか?\nA 当会の会員サイトに"
    "第三者が不正にログインしました。\n\nQ2 いつ分かったのですか?\nA 8月2日、監視業者からの"
    "連絡で判明しました。\n\nQ3 問い合わせ先は?\nA 専用窓口までお問い合わせください。",
]

# One question with an answer is not a Q&A, and a chat asking the bot stays unknown.
NOT_QA = [
    "Q. 保険は使えますか?\nA. 当社で確認いたします。\n当社の受付サーバーがランサムウェアに"
    "感染いたしました。現在、専門業者に調査を依頼しております。詳細は追ってご報告いたします。",
    "当社の予約サイトが外部から大量の通信を受け、閲覧できない状態となっております。"
    "お客様の情報は保存しておりませんが、費用は補償されるのでしょうか?ご教示いただけますと"
    "幸いです。",
    # a chat laid out with spaced marks, asking the bot: one pair is no Q&A
    "Q 保険は出ますか?\nA まだ分かりません、と代理店に言われました。当社のサーバーが"
    "ランサムウェアに感染しております。費用は補償されるのか教えてください。",
]


@pytest.mark.parametrize("text", QA_NOTICES)
def test_a_q_and_a_notice_is_announced(text: str) -> None:
    assert read_message(text).announced is True


@pytest.mark.parametrize("text", NOT_QA)
def test_questions_outside_a_q_and_a_are_not_announced(text: str) -> None:
    assert read_message(text).announced is None


# An announcement called off in a noun (見送り, 見合わせ) is none; one weighed is open.
@pytest.mark.parametrize(
    ("text", "announced"),
    [
        ("公表は役員会の判断で見送りになりました", False),
        ("HPでの公表は当面見合わせとします", False),
        ("公表見送りで決まりました", False),
        ("公表は見送りを検討しています", None),
        ("公表しないことも含めて協議中です", None),
        ("公表を見送る方向で検討しています", None),
        ("公表は検討していません", False),
        ("公表はしない方針です(法務と協議済み)", False),
    ],
)
def test_an_announcement_called_off_or_weighed(text: str, announced: bool | None) -> None:
    assert read_message(text).announced is announced


# A titled notice that quotes a visitor's words (「御社の…」) is still the organisation
# speaking; the same words written by the writer, or with no title, are a chat.
QUOTING_A_VISITOR = [
    (
        "会員情報の流出について\n\nこのたび、当店の顧客名簿が外部に流出したことが判明いたしました。"
        "6月3日、会員様から「御社の名簿がネットに出ている」とのご連絡をいただき、発覚いたしました。"
        "\n\n流出した情報：\n・会員様45名の氏名、電話番号\n\n皆様に深くお詫び申し上げます。",
        True,
    ),
    (
        "このたび、当店の顧客名簿が外部に流出したことが判明いたしました。御社の補償で"
        "どこまで出ますでしょうか。会員様には個別にご連絡いたしました。",
        None,
    ),
    (
        "このたび、当店の顧客名簿が外部に流出したことが判明いたしました。6月3日、会員様から"
        "「御社の名簿がネットに出ている」とのご連絡をいただき、発覚いたしました。",
        None,
    ),
]


@pytest.mark.parametrize(("text", "announced"), QUOTING_A_VISITOR)
def test_a_visitors_quoted_words_do_not_make_a_notice_a_chat(
    text: str, announced: bool | None
) -> None:
    assert read_message(text).announced is announced


# The reader thanked for telling (「お客様から教えていただき気付きました」) is a notice's words, a
# favour done; only asking to be told (「教えていただけますか」「教えてください」) is a chat's.
THANKED_FOR_TELLING = [
    "当店LINE公式アカウントの乗っ取りについて\n\n焼き菓子の店こむぎ\n\n"
    "いつも当店をご利用いただきありがとうございます。\n10月5日、当店のLINE公式アカウントが"
    "第三者に乗っ取られ、身に覚えのないクーポンが配信されました。お客様から「変なメッセージが"
    "届いた」と教えていただき判明いたしました。\n現在はアカウントを取り戻しております。"
    "お客様の個人情報の流出はございません。",
]

ASKED_TO_BE_TOLD = [
    "当社のサイトが改ざんされたようです。どこに連絡すべきか教えていただけますか。"
    "当社としては初めてのことで、社内で対応を相談しております。",
    "当院のパソコンがウイルスに感染いたしました。保険で何が出るか教えていただきたいです。"
    "患者様の情報が入っておりました。",
]


@pytest.mark.parametrize("text", THANKED_FOR_TELLING)
def test_a_notice_thanking_the_reader_for_telling_is_announced(text: str) -> None:
    assert read_message(text).announced is True


@pytest.mark.parametrize("text", ASKED_TO_BE_TOLD)
def test_asking_to_be_told_stays_chat(text: str) -> None:
    assert read_message(text).announced is None


# A short excerpt of a notice in the organisation's own name (当社, 本市) with two other
# families of the register beside it needs one mark less (sets 6 and 24: two sentences, no
# date, no heading). A formal message to the bot with only its name and humble predicates
# (弊社, いたしました) stays a message.
NAMED_EXCERPTS = [
    "本市の市民課窓口において、申請者の氏名と住所が記載された受付簿の写しを、誤って別の申請者に"
    "お渡ししていたことが、職員の確認作業により判明しました。受付簿は当日中に回収しており、"
    "外部への流出はないものと考えております。",
    "当社が会計業務を委託している事業者のサーバーが不正アクセスを受け、当社から預けていた取引先の"
    "口座情報が閲覧された可能性があるとの報告を、同社から受けました。なお、当社のシステムへの"
    "影響はございません。",
]

NAMED_FORMAL_CHATS = [
    "弊社の経理担当者が使っている業務用パソコンがウイルスに感染していたことが判明いたしました。"
    "全社の端末を一台ずつ確認しておりまして、取引先にも同じようなメールが届いていないか一社ずつ"
    "電話で確認しております。",
]


@pytest.mark.parametrize("text", NAMED_EXCERPTS)
def test_a_short_excerpt_in_the_organisations_name_is_announced(text: str) -> None:
    assert read_message(text).announced is True


@pytest.mark.parametrize("text", NAMED_FORMAL_CHATS)
def test_a_formal_message_with_only_name_and_humble_words_is_not(text: str) -> None:
    assert read_message(text).announced is None
