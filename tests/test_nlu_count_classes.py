"""Victim counts by class of phrasing: ranges, groups priced apart, our own people's data,
words for records, one member of a group, and a count taken back for the other kind."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict
from nlu.extract import read_message

# A count said as a range is not one number: unknown, never either end.
RANGES: list[tuple[str, int | None]] = [
    ("USBメモリに顧客名簿が入っていて、50〜80人分だと思います", None),
    ("会員情報が流出、対象は200人から300人の見込みです", None),
    ("盗まれた鞄に患者の紹介状が30件-40件ほど入っていました", None),
    # Near misses: one number, and a range of money beside a count.
    ("USBメモリに顧客名簿が入っていて、80人分入っていました", 80),
    ("顧客情報120件が流出し、対応費用は50〜80万円の見込みです", 120),
]


@pytest.mark.parametrize(("text", "expected"), RANGES)
def test_a_range_of_counts_is_unknown(text: str, expected: int | None) -> None:
    assert read_message(text).individuals == expected


# Groups each paid their own price per victim are different victims: the sum.
PRICED_GROUPS: list[tuple[str, int | None, int | None]] = [
    ("見舞金は\n・一般会員 1,200名 × 500円\n・プレミアム会員 300名 × 2,000円", 1500, None),
    ("お詫びの品: 個人 800人×1,000円、法人 12社×30,000円、個人事業主 40人×3,000円", 840, 12),
    # Near misses: the same people paid twice; a part of the whole paid more.
    ("見舞金 500円×2,000名、QUOカード 1,000円×2,000名を送付", 2000, None),
    ("見舞金は全員 2,000名×500円、うち長期会員の 300名×3,000円", 2000, None),
]


@pytest.mark.parametrize(("text", "individuals", "corporations"), PRICED_GROUPS)
def test_groups_priced_apart_add_up(
    text: str, individuals: int | None, corporations: int | None
) -> None:
    reading = read_message(text)
    assert (reading.individuals, reading.corporations) == (individuals, corporations)


# Our own people are victims when the data counted is about them.
OUR_PEOPLE: list[tuple[str, int | None]] = [
    ("流出したデータには当社社員2,310名の氏名と住所が含まれていました", 2310),
    ("ノートPCには取引先の担当者約90件の連絡先が入っていました", 90),
    ("委託先の不正アクセスで、職員480名の個人情報が閲覧されました", 480),
    # Near misses: our people who did something, or who work on it.
    ("社員3名が顧客情報を持ち出していました", None),
    ("1名の職員が誤って顧客情報を含むメールを送信しました", None),
    ("調査には担当者5名の体制で当たっています", None),
]


@pytest.mark.parametrize(("text", "expected"), OUR_PEOPLE)
def test_our_people_whose_data_is_counted(text: str, expected: int | None) -> None:
    assert read_message(text).individuals == expected


# Words that say what records are of: a mail address, 個情 shorthand, kept slips, 影響.
RECORD_WORDS: list[tuple[str, int | None]] = [
    ("一斉送信でお客様のアドレスが見えてしまったのは85件でした", 85),
    ("不正アクセス確認。個情 約1.2万件流出", 12000),
    ("宅配便の控え約3千件を紛失しました", 3000),
    ("封筒を取り違えて発送しました。影響は40人ほどです", 40),
    # Near misses: addresses of machines, and a population size.
    ("不審なIPアドレス12件からのアクセスを遮断しました", None),
    ("現在の登録者数は約5千名ですが、影響範囲は分かっていません", None),
]


@pytest.mark.parametrize(("text", "expected"), RECORD_WORDS)
def test_words_for_records_of_persons(text: str, expected: int | None) -> None:
    assert read_message(text).individuals == expected


# One member of a group named before it is not the number of victims.
ONE_OF_THEM: list[tuple[str, int | None, int | None]] = [
    ("偽の請求メールが取引先に届き、取引先の1社が送金してしまいました", None, None),
    ("受信者の1人から、他の人のアドレスが見えると連絡がありました", None, None),
    # Near misses: the victims themselves, and a count of one said plainly.
    ("誤って送付した通知書は回収し、対象の1名の方にお詫びしました", 1, None),
    ("取引先1社の見積書が別の会社に送られました", None, 1),
]


@pytest.mark.parametrize(("text", "individuals", "corporations"), ONE_OF_THEM)
def test_one_member_of_a_group(
    text: str, individuals: int | None, corporations: int | None
) -> None:
    reading = read_message(text)
    assert (reading.individuals, reading.corporations) == (individuals, corporations)


# A count taken back for a count of the other kind drops the earlier one.
TAKEN_BACK: list[tuple[list[str], int | None, int | None]] = [
    (
        [
            "紛失したPCに顧客データ500名分が入っていました",
            "訂正です。500名ではなく、法人 12社分でした",
        ],
        None,
        12,
    ),
    (
        ["取引先20社の情報が漏れました", "すみません、20社じゃなくて個人のお客様 340名でした"],
        340,
        None,
    ),
    # Near misses: a correction of the same kind, and another kind added without taking back.
    (["顧客データ500名分が流出", "500名ではなく520名でした"], 520, None),
    (["顧客データ500名分が流出", "あと法人12社分も含まれていました"], 500, 12),
]


@pytest.mark.parametrize(("messages", "individuals", "corporations"), TAKEN_BACK)
def test_a_count_taken_back_for_the_other_kind(
    messages: list[str], individuals: int | None, corporations: int | None
) -> None:
    facts, _, _ = predict(messages)
    assert (facts.get("individuals"), facts.get("corporations")) == (individuals, corporations)


# A sentence that is only a count takes what it counts from the sentence before; items
# (通, 件) after a sentence saying each held someone else's data count persons.
ELLIPTICAL: list[tuple[str, int | None]] = [
    ("取引先からお客様の名簿が流出したと連絡がありました。2,300人って言われましたけど", 2300),
    ("領収書を別のお客様の分と取り違えて渡してしまいました。3件です。", 3),
    ("別の方の宛名入りの案内状を送ってしまいました。45通。", 45),
    # Near misses: items that held nobody else's data, and a count of our mails.
    ("案内状の印刷がずれてしまいました。45通。", None),
    ("お客様からの問い合わせが続いています。12件です。", None),
]


@pytest.mark.parametrize(("text", "expected"), ELLIPTICAL)
def test_a_sentence_that_is_only_a_count(text: str, expected: int | None) -> None:
    assert read_message(text).individuals == expected


# A message that starts with only a count answers for the victims once personal data has
# been spoken of and nothing else counts them.
BARE_MESSAGES: list[tuple[list[str], int | None]] = [
    (["委託先の社員が顧客リストを持ち出していたそうです", "件数は8千件と聞いています"], 8000),
    (["会員カードの束が見当たりません", "約150枚です。氏名と住所が書いてあります"], 150),
    # Near misses: no personal data said, something else counted, a count already known.
    (["サーバーが止まりました", "件数は8千件と聞いています"], None),
    (["顧客リストが流出したかもしれません", "問い合わせは40件です"], None),
    (["顧客情報300件が流出しました", "全部で3台です"], 300),
    # Data said to be a person's is personal data, whatever it is of.
    (
        [
            "お客様の注文情報を印刷した伝票を紛失しました",
            "運送会社から連絡がありました。30件分です",
        ],
        30,
    ),
    (["会員の登録データが入ったUSBをなくしました", "件数は450件です"], 450),
    (["患者さんの予約情報のメモが見当たりません", "約20件です"], 20),
    # Near misses: data of no person, or a person's data denied.
    (["当社の在庫情報を印刷した紙を紛失しました", "30件分です"], None),
    (["配送伝票の束を紛失しました。お客様の情報は含まれていません", "30件分です"], None),
]


@pytest.mark.parametrize(("messages", "expected"), BARE_MESSAGES)
def test_a_message_that_is_only_a_count(messages: list[str], expected: int | None) -> None:
    facts, _, _ = predict(messages)
    assert facts.get("individuals") == expected


# A hedge on the number itself (「N名っぽい」「N件に及ぶ可能性」) leaves the count unknown; a
# hedge on the leak (「N件が流出した可能性」) keeps it.
HEDGED_NUMBERS: list[tuple[list[str], int | None]] = [
    (["名簿を置き忘れたらしい。載っていたのは会員12名っぽい"], None),
    (["流出した顧客データは最大約4,800件に及ぶ可能性がありますが、現在調査中です"], None),
    (["漏えいした顧客情報の件数は600件程度かもしれません"], None),
    (["Q: 対象の人数は？", "30名かも"], None),
    # Near misses: the leak is hedged, the number is said plainly.
    (["顧客情報4,800件が流出した可能性があります"], 4800),
    (["会員約450名分のアドレス帳が抜かれてるかも"], 450),
    (["名簿を置き忘れた。載っていたのは会員12名"], 12),
]


@pytest.mark.parametrize(("messages", "expected"), HEDGED_NUMBERS)
def test_a_hedged_number_is_unknown(messages: list[str], expected: int | None) -> None:
    facts, _, _ = predict(messages)
    assert facts.get("individuals") == expected


# A count said as included in a larger one after it (「…を含む」) is a part: the total counts.
INCLUDED_PARTS: list[tuple[str, int | None]] = [
    ("会員 310名のカード情報を含む、会員の氏名・住所等の個人情報 最大1,204件が流出しました", 1204),
    ("患者 52名の診療記録も含め、患者情報 計640件が閲覧可能になっていました", 640),
    # Near misses: no inclusion said; the smaller count after the larger.
    ("カード情報2,000件が流出し、対象のお客様は1,870名です", 1870),
    ("個人情報1,204件(会員310名のカード情報を含む)が流出しました", 1204),
]


@pytest.mark.parametrize(("text", "expected"), INCLUDED_PARTS)
def test_an_included_part_is_not_the_count(text: str, expected: int | None) -> None:
    assert read_message(text).individuals == expected


# Sales staff who let data out are our people, not victims.
SALES_STAFF: list[tuple[str, int | None]] = [
    ("営業3人が電車で顧客の契約内容を話していて、隣の人に聞かれた。顧客は2名", 2),
    ("営業担当2名が顧客名簿を紛失しました", None),
    # Near miss: the customers of sales are victims.
    ("営業先の顧客情報120件が流出しました", 120),
]


@pytest.mark.parametrize(("text", "expected"), SALES_STAFF)
def test_sales_staff_are_not_victims(text: str, expected: int | None) -> None:
    assert read_message(text).individuals == expected


# A count the next one says it was a mistake for (「AはBの誤り」): the later one stands.
CORRECTED_BY_THE_NEXT: list[tuple[list[str], int | None]] = [
    (
        ["会員情報が漏れました。対象者は800人です", "失礼しました、対象者800人は850人の誤りです"],
        850,
    ),
    (["顧客名簿の流出です", "さきほどの対象者2,400人は2,040人の間違いでした"], 2040),
    (["すみません、先ほどの対象の300名は350名の誤りでした。"], 350),
    # 「…の誤りです」 in the present, after a count said with no word for its data.
    (
        [
            "車上荒らしで利用者名簿を盗まれました。利用者62名。",
            "失礼、先ほどの62名は26名の誤りです。",
        ],
        26,
    ),
    (["会員情報が漏れました。対象は1,300人", "さっきの1,300人は1,030人の間違いです"], 1030),
    (["顧客リストの流出です。600件", "600件は660件の誤りです"], 660),
    # Near misses: no count known before, and a mistake that is no count's (設定の誤り).
    (["先ほどの62名は26名の誤りです。"], None),
    (["顧客リストの流出です。対象は40名", "原因は40名分の送信設定の誤りです"], 40),
    # Near misses: a part of a population, and two kinds side by side.
    (["顧客1,500人のうち1,200人の情報が流出しました"], 1200),
    (["流出は会員300人と取引先5社です"], 300),
]


@pytest.mark.parametrize(("messages", "expected"), CORRECTED_BY_THE_NEXT)
def test_a_count_corrected_by_the_next(messages: list[str], expected: int | None) -> None:
    assert predict(messages)[0].get("individuals") == expected


# A mail meant for one person (「〜に送るはずだった」) sent to many: its data is about the one
# it was meant for; those it reached instead are no victims. Mail exposing the recipients'
# own addresses keeps them as victims.
SENT_INSTEAD: list[tuple[str, int | None]] = [
    ("お客様お一人に送るはずだった見積書を、メルマガ会員全員（約1,500人）に配信しました", 1),
    ("患者さま1名に送るはずだった検査結果を、登録者全員(約300人)に誤送信しました", 1),
    # Near misses: recipients whose addresses leaked, and BCC meant (how, not to whom).
    ("会員様420名へ、宛先が見える状態でメールを配信してしまいました", 420),
    ("会員300名にBCCで送るはずが、TOで送信してしまいました", 300),
]


@pytest.mark.parametrize(("text", "expected"), SENT_INSTEAD)
def test_recipients_of_a_mail_meant_for_another(text: str, expected: int | None) -> None:
    assert read_message(text).individuals == expected


# The staff member whose PC or account it was is not a victim, though the sentence goes on
# to say what leaked; their own data named after the count still counts.
OWNERS: list[tuple[str, int | None]] = [
    ("社員2名のパソコンがウイルスに感染し、顧客の連絡先約3,100件が流出しました", 3100),
    ("職員1名の端末が乗っ取られ、保存されていた患者情報が漏えいしました", None),
    ("営業担当1名のアカウントに不正ログインされ、取引先の名刺情報820件が盗まれました", 820),
    # Near misses: the staff's own data, and a count of persons that is the target.
    ("従業員1,045名の個人情報が流出しました", 1045),
    ("漏えいの対象は社員150名です", 150),
]


@pytest.mark.parametrize(("text", "expected"), OWNERS)
def test_the_owner_of_a_device_is_no_victim(text: str, expected: int | None) -> None:
    assert read_message(text).individuals == expected


# Counts typed in hiragana: the counter after a digit, and a person before a price.
KANA_COUNTS: list[tuple[list[str], int | None, dict[str, int]]] = [
    (["まちがえて べつの ひとに めーる しちゃった。かいいん３めいぶんの じゅうしょです"], 3, {}),
    (["顧客名簿を紛失、お客様12にんぶんです"], 12, {}),
    (
        ["会員300名分の名簿をなくしました", "見舞金はひとり1,000円で配ります"],
        300,
        {"condolence": 300000},
    ),
    (["患者40人分の紹介状を紛失", "お見舞いとしてひとりあたり500円"], 40, {"condolence": 20000}),
    # Near misses: alone is not one person, and a mail is not a count.
    (["情シスがひとりで対応しています"], None, {}),
    (["３めーる送りました"], None, {}),
]


@pytest.mark.parametrize(("messages", "individuals", "costs"), KANA_COUNTS)
def test_counts_typed_in_hiragana(
    messages: list[str], individuals: int | None, costs: dict[str, int]
) -> None:
    facts, _, _ = predict(messages)
    assert facts["individuals"] == individuals
    assert facts["costs"] == costs
