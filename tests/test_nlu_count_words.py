"""Victim counts by the words around them: words for the persons or documents counted, a
mail sent without BCC, our teachers and nurses, a clinic as a body, one of a group after
うち, records kept when a leak cannot be ruled out, a Q&A answer, a count alone in a later
sentence of a follow-up message."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict
from nlu.extract import read_message

# Words for the persons a count is about, or the documents it counts, are its context.
PERSON_WORDS: list[tuple[str, int | None]] = [
    ("SNSに載った写真に写っていたのは園児8人です", 8),
    ("うっかり名前を出してしまったのは3人です", 3),
    ("入居者12名の緊急連絡先が書かれた紙をなくしました", 12),
    ("鞄の中に賃貸の契約書が25件入っていました", 25),
    ("市民アンケートのデータが抜かれて、640件が見られたようです", 640),
    ("委託先の話だと、うちの分は約900人とのことでした", 900),
    # A professional's clients (司法書士, 弁護士): their files are the data.
    ("事務所の書類を元職員が持ち出していました。依頼者は約60名です", 60),
    ("相談窓口の記録が入ったPCが盗まれました。相談者は120人です", 120),
    # Near misses: counts of something else, in the same kind of sentence.
    ("写真を撮ったのは4月の遠足で、3回目の投稿でした", None),
    ("問い合わせは10件ほど来ています", None),
    ("PC3台を初期化しました", None),
    ("社員5名が添付ファイルを開封しました", None),
    ("依頼者から3件の問い合わせがありました", None),
    ("断水で4世帯に影響が出ています", None),
]


@pytest.mark.parametrize(("text", "expected"), PERSON_WORDS)
def test_words_for_persons_and_documents(text: str, expected: int | None) -> None:
    assert read_message(text).individuals == expected


# A mail sent in TO or CC instead of BCC shows every recipient's address: they are the victims.
BCC_MISTAKES: list[tuple[str, int | None]] = [
    ("BCCにするのを忘れて、説明会の案内を87名に送ってしまいました", 87),
    ("お知らせメールをBCCでなくCCで送信してしまいました。宛先は54人です", 54),
    # Near misses: a range, and a hedged number.
    ("BCCにし忘れて送ったのは30〜40人です", None),
    ("BCCにし忘れて送ったのは30人っぽいです", None),
]


@pytest.mark.parametrize(("text", "expected"), BCC_MISTAKES)
def test_recipients_of_a_mail_without_bcc(text: str, expected: int | None) -> None:
    assert read_message(text).individuals == expected


# Teachers, nurses and doctors who talked or lost something are our people, not victims.
OUR_PROFESSIONALS: list[tuple[str, int | None]] = [
    ("教員3名が飲食店で、生徒2名の成績について話していました", 2),
    ("看護師2名がエレベーター内で患者1名の病状を話していたと指摘がありました", 1),
    ("保育士1名が園児の写真を私物のスマホに保存していました", None),
    # Their own data counted is still a count of victims.
    ("流出したのは教職員40名の氏名と住所です", 40),
]


@pytest.mark.parametrize(("text", "expected"), OUR_PROFESSIONALS)
def test_our_professionals_are_not_victims(text: str, expected: int | None) -> None:
    assert read_message(text).individuals == expected


# 「法人のうち1社から」: one of a group counted before, not the number of victims.
ONE_OF_A_GROUP: list[tuple[list[str], int | None]] = [
    (["顧客情報の流出で、対象は法人6社です。", "法人のうち1社から賠償を求められています"], 6),
    (["取引先5社のデータが漏えいしました", "そのうち1社から抗議の電話がありました"], 5),
    # Said alone, a company that claims is itself the victim.
    (["情報漏えいについて、取引先1社から損害賠償を請求されました"], 1),
]


@pytest.mark.parametrize(("messages", "expected"), ONE_OF_A_GROUP)
def test_one_company_of_a_group(messages: list[str], expected: int | None) -> None:
    facts, _, _ = predict(messages)
    assert facts.get("corporations") == expected


# Clinics and hospitals whose patients' data leaked are bodies: corporations.
CLINICS: list[tuple[str, int | None, int | None]] = [
    ("電子カルテの委託先が攻撃され、12医院の患者約4千人分の情報が流出しました", 4000, 12),
    ("提携する3病院の紹介状データが閲覧された可能性があります", None, 3),
    # Near miss: an ordinal is not a count.
    ("第2病院の職員が誤送信しました", None, None),
]


@pytest.mark.parametrize(("text", "individuals", "corporations"), CLINICS)
def test_clinics_are_bodies(text: str, individuals: int | None, corporations: int | None) -> None:
    reading = read_message(text)
    assert (reading.individuals, reading.corporations) == (individuals, corporations)


# Records kept on an infected machine count once the text says a leak cannot be ruled out;
# said only as kept, beside 「漏えいは確認されていない」, they are not victims.
STORED: list[tuple[str, int | None]] = [
    (
        "感染した端末には会員約3,100名の氏名が保存されていました。現時点で流出は確認されて"
        "おりませんが、その可能性は否定できません。",
        3100,
    ),
    ("支店で顧客約800人分の口座番号を記載した台帳が所在不明となっています。", 800),
    (
        "サーバーには利用者約5万人分の情報が記録されていた。漏洩は確認されておらず、原因を"
        "調べている。",
        None,
    ),
]


@pytest.mark.parametrize(("text", "expected"), STORED)
def test_records_kept_when_a_leak_is_possible(text: str, expected: int | None) -> None:
    assert read_message(text).individuals == expected


# 「A3.」 is a sentence of its own: the answer after it reads the question before it.
QA_ANSWERS: list[tuple[str, int | None]] = [
    ("Q2. 対象となるお客様は何名ですか。\nA2. 約4,500名です。", 4500),
    ("Q. 影響を受けた会員は何人ですか。\nA. 1,230人です。", 1230),
    # Near miss: the question is about inquiries.
    ("Q3. 問い合わせは何件ありましたか。\nA3. 120件です。", None),
]


@pytest.mark.parametrize(("text", "expected"), QA_ANSWERS)
def test_an_answer_after_its_label(text: str, expected: int | None) -> None:
    assert read_message(text).individuals == expected


# A follow-up whose later sentence is only a count answers what the conversation is about.
LATER_SENTENCE: list[tuple[list[str], int | None]] = [
    (
        [
            "顧客情報が流出しているかもと連絡がありました",
            "ログを見たら侵入されてました。2万件くらい",
        ],
        20000,
    ),
    (["会員の個人情報が漏れたかもしれません", "調査を始めました。約4,000件です"], 4000),
    # Near misses: the sentence before names what else is counted; no personal data said.
    (["顧客情報が流出したかもしれません", "問い合わせが来ています。10件ほど"], None),
    (["サイトが落ちています", "ログを見たら攻撃でした。2万件くらい"], None),
    (["顧客情報が流出したかもしれません", "調査中です。50〜60件くらい"], None),
]


@pytest.mark.parametrize(("messages", "expected"), LATER_SENTENCE)
def test_a_count_alone_in_a_later_sentence(messages: list[str], expected: int | None) -> None:
    facts, _, _ = predict(messages)
    assert facts.get("individuals") == expected


# A company whose own documents leaked (決算書, 給与台帳) is a victim, also when the notice
# says no person's data was in them; near misses: a leak denied of everything, our staff.
COMPANY_DATA: list[tuple[str, int | None]] = [
    ("事務員が顧問先2社の給与台帳を別の顧問先にメールしてしまいました", 2),
    ("漏れたのは取引先様1社の見積情報です。個人情報は含まれておりません", 1),
    ("顧問先1社の申告書控えを紛失しました。個人情報は含まれていません", 1),
    ("取引先3社に案内を送りましたが、調査の結果、流出はなかったことが分かりました", None),
    ("顧問先の決算作業で職員2名が残業しました", None),
]


@pytest.mark.parametrize(("text", "expected"), COMPANY_DATA)
def test_companies_whose_documents_leaked(text: str, expected: int | None) -> None:
    facts, _, _ = predict([text])
    assert facts["corporations"] == expected
