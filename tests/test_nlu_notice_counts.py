"""Real incident notices: which counts are victims, and which are something else."""

from __future__ import annotations

import pytest

from nlu.extract import read_message

# Records kept somewhere, in a text that says no leak is known: not a count of victims.
# Kept records that leaked, or were lost, still are.
STORED: list[tuple[str, int | None]] = [
    (
        "サーバーには約3万人分の会員情報が記録されている。現時点で情報漏洩は確認されておらず、調査中です。",
        None,
    ),
    ("台帳に記載されている顧客数は420件です。外部への漏えいの可能性は低いと考えています。", None),
    ("サーバーには約3万人分の会員情報が記録されている。調査中です。", 30000),
    ("顧客情報2,000件が保存されたノートPCを紛失しました", 2000),
    ("保存していた顧客情報800件が流出しました。ほかの漏洩は確認されていません。", 800),
]


@pytest.mark.parametrize(("text", "expected"), STORED)
def test_stored_records_are_not_victims_without_a_leak(text: str, expected: int | None) -> None:
    assert read_message(text).individuals == expected


# After a ransomware attack, records kept on the store said encrypted (in a sentence of its
# own before) were damaged, so their persons are victims though no leak is known.
ENCRYPTED_STORE: list[tuple[str, int | None]] = [
    (
        "ランサムウェアに感染し、サーバーのファイルが暗号化されました。サーバーには顧客約2,000名の"
        "情報が保存されておりました。情報の流出は確認されておりません。",
        2000,
    ),
    (
        "ランサム攻撃で基幹システムのデータが暗号化されていることを確認しました。基幹システムには"
        "会員約7,400人分の情報が登録されています。外部への漏えいは確認されていません。",
        7400,
    ),
    # Near misses: another store was encrypted, or no ransomware is named.
    (
        "ランサムウェアに感染し、PCのファイルが暗号化されました。サーバーには顧客約2,000名の"
        "情報が保存されておりました。情報の流出は確認されておりません。",
        None,
    ),
    (
        "サーバーのファイルは暗号化されています。サーバーには顧客約2,000名の情報が保存されて"
        "おりました。情報の流出は確認されておりません。",
        None,
    ),
]


@pytest.mark.parametrize(("text", "expected"), ENCRYPTED_STORE)
def test_records_on_a_store_said_encrypted_are_victims(text: str, expected: int | None) -> None:
    assert read_message(text).individuals == expected


# Which number is the victims when several are said: a breakdown of an approximate figure
# adds up to the exact one; a total said with its breakdown is the total.
TOTALS: list[tuple[str, int | None]] = [
    ("約3,000名分の情報が流出した可能性。内訳は会員2,950名分と職員121名分です。", 3071),
    ("漏えいしたのは計2,400名分(うち個人会員2,300名分、役員100名分)です。", 2400),
    ("およそ5万件の顧客情報が流出しました。正確には顧客情報51,208件です。", 51208),
    # Near misses: a breakdown far from the figure is not its rounding; an exact figure
    # stays as said.
    ("約3,000名分の情報が流出した可能性。うち会員120名分は住所も含みます。", 3000),
    ("顧客情報2,000件が流出しました。うち1,500件はカード情報です。", 2000),
]


@pytest.mark.parametrize(("text", "expected"), TOTALS)
def test_the_total_of_victims_is_read(text: str, expected: int | None) -> None:
    assert read_message(text).individuals == expected


# Counts of something that is not victims: the persons a mail went to when the exposed
# data is counted, those who told us, a population, our own staff, attempts, shops.
NOT_VICTIMS: list[tuple[str, int | None]] = [
    (
        "会員様540名へお知らせメールを配信しました。その際、31件のメールアドレスをCCに入れてしまいました。",
        31,
    ),
    ("お客様300名へ案内メールを送信した際、宛先をBCCにせず送ってしまいました。", 300),
    ("お客様からの問い合わせは計6名。顧客情報の流出は調査中です。", None),
    ("取引先からの指摘は3社です。", None),
    ("取引先3社の情報が流出しました。", None),
    ("会員数約4万人のうち、一部の会員の情報が閲覧された可能性があります。", None),
    ("会員数約4万人のうち、約600人の情報が流出しました。", 600),
    ("顧客情報3,000件のうち、800件にはカード番号も含まれていました。", 3000),
    ("1名の職員が誤って顧客情報を含むメールを送信しました。", None),
    ("顧客1名の情報を含むメールを誤送信しました。", 1),
    (
        "ログイン試行は約5万件あり、そのうち不正ログインは1,204件で氏名が閲覧された可能性があります。",
        1204,
    ),
    ("加盟店の情報を含む3,200件のデータが持ち出されました。", None),
]


@pytest.mark.parametrize(("text", "expected"), NOT_VICTIMS)
def test_counts_that_are_not_victims(text: str, expected: int | None) -> None:
    assert read_message(text).individuals == expected


# A text that found that nothing leaked: what might have been exposed is no victims.
DENIED: list[tuple[str, int | None]] = [
    (
        "顧客のメールアドレス3件が漏えいした可能性があるとの報告でした。調査の結果、漏えいがないことが分かりました。",
        None,
    ),
    ("案内状を対象外の520人に誤って送付しました。案内状には個人情報は含まれていないという。", None),
    # Near misses: not yet known is not found; a leak stated beside a denial stays.
    ("顧客のメールアドレス3件が漏えいした可能性があります。現在調査中です。", 3),
    ("顧客情報40件が流出しました。他のシステムからは流出していないことが判明しました。", 40),
    # Counts included (「…を含め」) in a finding that no personal data leaked.
    ("調査の結果、会員登録情報(約3,800件)を含め、個人情報の漏えいはございません。", None),
    ("保存されていた応募者データ約150件を含め、個人情報の流出はありません。", None),
    # Near misses: one kind of data denied, and a leak said of the count itself.
    (
        "会員約9,000人のアカウントで不正ログインが確認されました。カード情報の漏えいはございません。",
        9000,
    ),
    (
        "顧客情報約420件が流出しました。なお、個人情報の漏えいはありませんという報道は誤りです。",
        420,
    ),
    ("顧客情報約420件を含むファイルが流出しましたが、カード情報の流出はございません。", 420),
]


@pytest.mark.parametrize(("text", "expected"), DENIED)
def test_counts_in_a_text_that_found_no_leak(text: str, expected: int | None) -> None:
    assert read_message(text).individuals == expected


# Records counted after a word for companies count corporations; clients after の are companies.
CORPORATE: list[tuple[str, tuple[int | None, int | None]]] = [
    ("不正ログイン件数:計5,120件(うち個人会員5,000件、法人会員120件)", (5000, 120)),
    ("約1万件の顧客情報と14のクライアントが対象と判明しました。", (10000, 14)),
    ("流出したのは法人顧客25件の情報です。", (None, 25)),
    # Near misses: a client machine is no company; records of persons stay persons.
    ("3のクライアントPCが感染し、顧客情報200件が流出しました。", (200, None)),
    ("法人向けサービスの利用者の個人情報800件が流出しました。", (800, None)),
]


@pytest.mark.parametrize(("text", "expected"), CORPORATE)
def test_records_about_companies_count_corporations(
    text: str, expected: tuple[int | None, int | None]
) -> None:
    reading = read_message(text)
    assert (reading.individuals, reading.corporations) == expected


# A sentence that is only the count says what it counts in the sentence before.
ELLIPTICAL: list[tuple[str, tuple[int | None, int | None]]] = [
    ("お客さんの住所録が入ったUSBをなくしました。500件くらいです", (500, None)),
    ("取引先の見積書を別の会社に送ってしまいました。影響を受けた取引先は2社です", (None, 2)),
    # Near miss: a sentence that says more about its own count stands alone.
    ("取引先からの指摘は計4社。うち2社は添付を開いてしまったとのこと", (None, None)),
    ("お客さんの住所録が入ったUSBをなくしました。3回探しました", (None, None)),
    # An aside in brackets on the count itself leaves the sentence only the count.
    (
        "不正アクセスでカード情報が漏れました。\n■影響件数\n"
        "3,015名(うち有効期限を含むもの 2,870件)",
        (3015, None),
    ),
    ("メールアドレスが流出しました。\n■対象\n880名（うち退会済みの方 120名）", (880, None)),
    # Near miss: after the aside the sentence says more (a count of something else).
    (
        "お客さんの住所録が入ったUSBをなくしました。3回(午前と午後に)探したが見つからない",
        (None, None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), ELLIPTICAL)
def test_a_bare_count_takes_the_sentence_before(
    text: str, expected: tuple[int | None, int | None]
) -> None:
    reading = read_message(text)
    assert (reading.individuals, reading.corporations) == expected


# Persons warned to watch their cards or mail (注意を呼びかけ) are those who might be
# affected, not a count of victims; telling the affected what happened still counts.
WARNED: list[tuple[str, int | None]] = [
    ("この期間に決済した約1万2000件のお客様には個別にメールで注意を呼びかけています。", None),
    ("該当する会員約6,000人に対し、不審なメールへの注意を呼びかけました。", None),
    ("カードを利用した約900名の利用者に注意喚起のご案内を送付しました。", None),
    # Near misses: the affected told, or counted beside the warning.
    ("情報が流出したお客様1,300名には個別にご連絡しております。", 1300),
    ("顧客情報4,500件が流出しました。不審な電話にご注意いただくよう呼びかけています。", 4500),
]


@pytest.mark.parametrize(("text", "expected"), WARNED)
def test_persons_warned_are_not_victims(text: str, expected: int | None) -> None:
    assert read_message(text).individuals == expected


# Records counted right after what holds them (ファイル) count the files, not persons; a
# paper slip or notice holds one person each and still counts.
CONTAINERS: list[tuple[str, int | None]] = [
    ("顧客情報を含むファイル14件が外部から閲覧できる状態でした。", None),
    ("会員の個人情報を含む添付ファイル2件を誤って送信しました。", None),
    ("個人情報が記載された申込書約250件を紛失しました。", 250),
    ("ファイルに含まれていた顧客情報1,800件が流出しました。", 1800),
]


@pytest.mark.parametrize(("text", "expected"), CONTAINERS)
def test_files_are_not_persons(text: str, expected: int | None) -> None:
    assert read_message(text).individuals == expected


# Our own people or a culprit as the subject of the act (盗む, 持ち出す) are not victims,
# however their word is written (元従業員 is three tokens); staff whose data was taken are.
ACTORS: list[tuple[str, int | None]] = [
    ("犯人2人が会員の個人情報を盗みました。", None),
    ("元従業員1名が顧客名簿を持ち出していました。", None),
    ("顧客情報約7,000件を持ち出したとして元社員1名が逮捕されました。", 7000),
    # Near misses: the staff whose data was taken, in the passive or as the target.
    ("社員80名の個人情報が盗まれました。", 80),
    ("職員40名が個人情報を盗まれる被害に遭いました。", 40),
    ("対象は従業員120名です。", 120),
]


@pytest.mark.parametrize(("text", "expected"), ACTORS)
def test_those_who_acted_are_not_victims(text: str, expected: int | None) -> None:
    assert read_message(text).individuals == expected


# A count before 「のうち」 is a population when a later count of its sentence leaked and
# it did not: 「10万人の会員のうち、3,000人の情報が流出」. A leaked total with a part that
# says more stays the total.
POPULATION_OF_A_PART: list[tuple[str, int | None]] = [
    ("5万人の会員のうち、約1,500人の情報が流出しました。", 1500),
    ("利用者8万人のうち、約2,000人の個人情報が漏えいした可能性があります。", 2000),
    # The part is records said to have leaked (「約9,000件が流出」): persons, as 約2,000人 above.
    ("会員情報約4万件のうち、約9,000件が流出した可能性があります。", 9000),
    # Near misses: the leaked total, and a part that did not leak.
    ("流出した顧客情報6,000件のうち、700件にはカード番号も含まれていました。", 6000),
    ("顧客情報6,000件のうち、700件には住所も含まれていました。", 6000),
]


@pytest.mark.parametrize(("text", "expected"), POPULATION_OF_A_PART)
def test_a_population_is_not_its_leaked_part(text: str, expected: int | None) -> None:
    assert read_message(text).individuals == expected


# A finding that nothing leaked, said in the count's own clause, denies that count; said
# of other data in a clause of its own, it does not.
DENIED_IN_CLAUSE: list[tuple[str, int | None]] = [
    ("会員約3万人の情報は流出していないことを確認しました。", None),
    ("顧客情報2,500件が流出しましたが、カード情報は流出していないことを確認しました。", 2500),
]


@pytest.mark.parametrize(("text", "expected"), DENIED_IN_CLAUSE)
def test_a_count_denied_in_its_clause_is_not_victims(text: str, expected: int | None) -> None:
    assert read_message(text).individuals == expected


# 「このうち」 after the clause of a stored count takes a part of it: the part that leaked
# is the victims, the count the population.
PART_REFERRED_BACK: list[tuple[str, int | None]] = [
    ("サーバーには顧客約8万人分の情報が保存されていたが、このうち流出したのは約900人分です。", 900),
    ("名簿には会員3,200名の情報が登録されていました。そのうち120名分が外部に流出しました。", 120),
    # Near miss: the count that leaked is the total, its part only a detail.
    ("顧客情報3,000件が流出しました。このうち800件にはカード番号も含まれます。", 3000),
]

# 「23通に、他のお客様1名分」: one person's data in each of the mails counted.
ONE_IN_EACH: list[tuple[str, int | None]] = [
    ("発送した400通のうち12通に、別のお客様1名分の明細が同封されていました。", 12),
    ("FAX35枚に、他の患者1名分の検査結果が印刷されていました。", 35),
    # Near misses: one person's data in one mail; mails counted without に.
    ("1通に、他のお客様1名分の明細が同封されていました。", 1),
    ("12通を発送し、そのうち別のお客様1名分の明細が誤って同封されていました。", 1),
]


@pytest.mark.parametrize(("text", "expected"), PART_REFERRED_BACK + ONE_IN_EACH)
def test_parts_and_items(text: str, expected: int | None) -> None:
    assert read_message(text).individuals == expected


# Victims said in parts: groups of one kind joined by 及び/と add up; a group of the other
# kind, or a part of the first (うち), does not.
PARTS: list[tuple[str, int | None, int | None]] = [
    ("名簿には園児12名及び保護者20名の氏名と住所が記載されていました。", 32, None),
    ("社員約400名と家族約150名の住所等が流出した可能性があります。", 550, None),
    ("個人のお客様320名様及び法人のお客様7社様の情報が閲覧された可能性があります。", 320, 7),
    ("顧客情報1,000件、うち300件にはカード番号が含まれていました。", 1000, None),
    # A population with a mixed group word of its own count is two counts, not a mixed one.
    ("対象は個人の会員580名及び法人の会員12社で、氏名と連絡先です。", 580, 12),
]


@pytest.mark.parametrize(("text", "individuals", "corporations"), PARTS)
def test_counts_said_in_parts(text: str, individuals: int | None, corporations: int | None) -> None:
    reading = read_message(text)
    assert (reading.individuals, reading.corporations) == (individuals, corporations)


# Items that each held someone else's data count persons; accounts logged into, and papers
# each of one person, are records about persons. Near misses count no one.
ITEMS: list[tuple[str, int | None]] = [
    ("発送した明細書のうち45通において、別のお客様のお名前が印字されていました。", 45),
    ("ご注文のうち8件で、他のお客様の納品書を同封しておりました。", 8),
    ("調査の結果、3,400件のアカウントで不正なログインが確認されました。", 3400),
    ("提出された申請書の控え十五件を保管庫から紛失しました。", 15),
    ("区内40社の社名と所在地を記載した一覧を誤って送信しました。", None),
    # Near misses: mails sent, with nobody else's data; an account of our staff.
    ("お知らせメール1,200通において、配信時刻の誤りがありました。", None),
    ("職員のメールアカウント2件が乗っ取られ、迷惑メールが送信されました。", None),
]


@pytest.mark.parametrize(("text", "expected"), ITEMS)
def test_items_and_accounts_count_persons(text: str, expected: int | None) -> None:
    assert read_message(text).individuals == expected


def test_companies_listed_by_name_are_corporations() -> None:
    reading = read_message("区内40社の社名と所在地を記載した一覧を誤って送信しました。")
    assert reading.corporations == 40
