"""Classes of wrong values found on unseen text (announced, consent, costs): each table holds
sentences of our own in the class, and the ones next to it that must keep their value."""

from __future__ import annotations

from typing import Any

import pytest

from nlu.evaluate import grouped, predict
from nlu.extract import read_message
from nlu.facts_builder import FactState, facts_from_readings


def facts(*messages: str) -> dict[str, Any]:
    return predict(list(messages))[0]


# A question about a fact states nothing of it, with or without a question mark.
ASKED_WITHOUT_MARK = [
    ("announced", "これって公表とかするんでしょうか"),
    ("announced", "うちもプレスリリースって出すんですかね"),
    ("announced", "記者会見は開くものなんですか"),
    ("announced", "もう公表したんですか"),
    ("announced", "ホームページでの公表は済んでますか"),
    ("announced", "公表した方がいいのかな"),
    ("consent", "保険会社の同意って取ってるんでしょうか"),
    ("consent", "同意はもう取れてるんですかね"),
    ("unauthorized_access", "これって不正アクセスされたんでしょうか"),
    # A verbal noun and する are one predicate, the fact's own: still a question.
    ("unauthorized_access", "ランサムウェアに感染しましたか"),
    ("incident_type", "うちのPC、ウイルスに感染しましたかね"),
    ("incident_type", "サーバーが暗号化されましたか"),
]

# A statement before the question, in a clause or sentence of its own, still states.
STATED_BEFORE_THE_QUESTION = [
    ("announced", "公表はしたんですが、補償は出ますか", True),
    ("announced", "昨日HPで公表しました。補償されますか", True),
    ("announced", "来週公表する予定です。何を準備すればいいでしょうか", True),
    ("announced", "公表はしていません。しないといけないんでしょうか", False),
    ("consent", "保険会社の同意は取得済みです。次は何をすればいいですか", True),
    ("incident_type", "ランサムウェアに感染しました。補償されますか", "malware"),
    ("incident_type", "ランサムウェアに感染しましたが、公表は必要ですか", "malware"),
]


@pytest.mark.parametrize(("fact", "text"), ASKED_WITHOUT_MARK)
def test_a_question_without_a_mark_states_nothing(fact: str, text: str) -> None:
    assert facts(text)[fact] is None


@pytest.mark.parametrize(("fact", "text", "value"), STATED_BEFORE_THE_QUESTION)
def test_a_statement_before_the_question_stands(fact: str, text: str, value: object) -> None:
    assert facts(text)[fact] == value


# A question that names another thing, or asks with an interrogative, is about that: the
# fact said before it stands.
STATED_INSIDE_ANOTHER_QUESTION = [
    ("unauthorized_access", "ランサムウェアに感染したのは補償されますか", "found"),
    ("unauthorized_access", "顧客の情報を抜かれた…どうすればいいですか", "found"),
]


@pytest.mark.parametrize(("fact", "text", "value"), STATED_INSIDE_ANOTHER_QUESTION)
def test_a_question_about_another_thing_keeps_the_fact(fact: str, text: str, value: str) -> None:
    assert facts(text)[fact] == value


# A count taken back makes the price per unit said before it a product of the new count.
RECOUNTED = [
    (
        ("調査費はPC5台×60万です。", "すみません、5台ではなく4台でした。"),
        {"access_response": 2400000},
    ),
    (
        ("お詫びのQUOカードを1人1,000円×300名に送りました。", "300名じゃなくて350名でした"),
        {"condolence": 350000},
    ),
    # the count corrected is not the one the price was multiplied by: the cost stands
    (("駆除費用はPC1台あたり10万、3台分です。", "2台じゃなくて4台でした"), {"prevention": 300000}),
    # the cost was said again as a figure since: that figure stands
    (
        ("調査費 PC4台×50万", "調査費は結局150万で確定しました", "4台じゃなくて3台でした"),
        {"access_response": 1500000},
    ),
]


@pytest.mark.parametrize(("messages", "costs"), RECOUNTED)
def test_a_recount_recomputes_the_product(messages: tuple[str, ...], costs: dict[str, int]) -> None:
    assert facts(*messages)["costs"] == costs


# A correction that quotes the old amount replaces that cost, however many are known.
CORRECTED_BY_AMOUNT = [
    (
        ("原因調査に200万、弁護士費用に40万かかりました。", "さっきの200万は250万の間違いでした"),
        {"investigation": 2500000, "consultation": 400000},
    ),
    (
        ("コールセンター80万、弁護士相談30万です", "訂正です、さっきの80万は95万でした"),
        {"incident_response": 950000, "consultation": 300000},
    ),
    # two costs of the amount quoted: which one is not said, nothing changes
    (
        ("弁護士費用30万、再発防止策30万", "30万は45万の誤りでした"),
        {"consultation": 300000, "prevention": 300000},
    ),
]


@pytest.mark.parametrize(("messages", "costs"), CORRECTED_BY_AMOUNT)
def test_a_correction_names_its_cost_by_the_old_amount(
    messages: tuple[str, ...], costs: dict[str, int]
) -> None:
    assert facts(*messages)["costs"] == costs


# In a list where each item names its own cost, a word after an amount with none before it
# belongs to the next amount: the first stays unassigned rather than taking it.
LISTED = [
    ("見積 180万、駆除とEDR導入で45万", {"prevention": 450000}, [1800000]),
    ("まず120万、復旧作業に80万", {"data_recovery": 800000}, [1200000]),
    ("フォレンジック 180万、駆除で45万", {"investigation": 1800000, "prevention": 450000}, []),
    # one cost word before both amounts is both's
    ("見舞金は個人1,000円、法人3万円ずつ", {}, []),
    # a cost word right after its amount is its own
    (
        "50万円を請求されています。弁護士費用が10万円",
        {"damages": 500000, "consultation": 100000},
        [],
    ),
    # a loanword typed in hiragana is still the cost word
    ("ふぉれんじっく200万、りすとあ50万", {"investigation": 2000000, "data_recovery": 500000}, []),
    ("こーるせんたーの設置で60万", {"incident_response": 600000}, []),
]


@pytest.mark.parametrize(("text", "costs", "unassigned"), LISTED)
def test_each_item_of_a_list_names_its_own_cost(
    text: str, costs: dict[str, int], unassigned: list[int]
) -> None:
    got, left, _ = predict([text])
    assert (got["costs"], left) == (costs, unassigned)


# Consent not (yet) asked for is a refusal only once money was spent or ordered (rule 6).
CONSENT_NOT_ASKED = [
    (("保険会社にはまだ何も言ってないです。見積は200万です",), None),
    (("調査の見積 150万。保険会社にはまだ連絡していません",), None),
    (("業者に調査を発注しました。保険会社にはまだ何も言ってないです",), False),
    (("保険会社には何も言っていない", "もう業者に80万払いました"), False),
    (("日新火災への確認はまだで、もう業者に払ってしまいました",), False),
    (("保険会社の同意はもらってます",), True),
]


@pytest.mark.parametrize(("messages", "consent"), CONSENT_NOT_ASKED)
def test_consent_not_asked_is_false_only_once_spent(
    messages: tuple[str, ...], consent: bool | None
) -> None:
    assert facts(*messages)["consent"] is consent


_APOLOGY = (
    "会員の皆様へ\n\n会員名簿の誤送付に関するお詫び\n\n"
    "5月12日、会報の発送作業において、会員30名分の氏名と住所を記載した名簿を誤って同封し、"
    "別の会員様1名にお送りしてしまいました。ご迷惑をおかけし、深くお詫び申し上げます。\n"
)
# A letter that says it goes only to those affected notifies them individually: its voice
# is no announcement (rule 5). A public notice that also contacts them individually is one.
NOTICE_AUDIENCE = [
    (_APOLOGY + "本状は、名簿に記載のあった会員様にのみお送りしております。", None),
    (_APOLOGY + "なお、このお知らせは対象となる皆様のみにお送りしています。", None),
    (_APOLOGY + "該当する会員様には個別にご連絡いたします。", True),
    (_APOLOGY + "本状は対象の会員様にのみお送りしておりますが、当会HPでも公表いたしました。", True),
]


@pytest.mark.parametrize(("text", "announced"), NOTICE_AUDIENCE)
def test_a_letter_only_to_those_affected_is_no_announcement(
    text: str, announced: bool | None
) -> None:
    assert facts(text)["announced"] is announced


_CONTRACTOR = (
    "株式会社サンプル商事 御中\n\n株式会社データ運送\n\n"
    "弊社サーバーへの不正アクセスに関するご報告\n\n"
    "平素より格別のご高配を賜り、厚く御礼申し上げます。6月3日、弊社の配送管理サーバーが"
    "不正アクセスを受け、{entrusted}顧客データの一部が閲覧された可能性がございます。"
)
# A contractor writing to its principal of the data it keeps for it: what it announced is
# its own announcement, not the principal's (rule 5).
CONTRACTOR_LETTER = [
    (
        _CONTRACTOR.format(entrusted="貴社よりお預かりしている")
        + "本件は弊社HPにて6月5日に公表いたしました。",
        None,
    ),
    (
        _CONTRACTOR.format(entrusted="御社から委託を受けて管理している")
        + "弊社では公表を予定しておりません。",
        None,
    ),
    # the same report of the company's own customers is its own announcement
    (_CONTRACTOR.format(entrusted="弊社の") + "本件は弊社HPにて6月5日に公表いたしました。", True),
]


@pytest.mark.parametrize(("text", "announced"), CONTRACTOR_LETTER)
def test_a_contractors_announcement_is_not_the_principals(
    text: str, announced: bool | None
) -> None:
    assert facts(text)["announced"] is announced


# 「〜様子」 is how things seem, not a conclusion (rule 1): the fact stays unknown.
SEEMING = [
    ("PCは戻ってきました。データも見られていない様子です", None),
    ("調査の結果、不正アクセスされた様子はありませんでした", None),
    ("フォレンジックの結果、不正アクセスはありませんでした", "not_found"),
    ("ランサムウェアに感染しました。しばらく様子を見ます", "found"),
]


@pytest.mark.parametrize(("text", "access"), SEEMING)
def test_seeming_is_no_conclusion(text: str, access: str | None) -> None:
    assert facts(text)["unauthorized_access"] == access


# A quoted question asking how many, answered under it: the count of persons or records
# written there is the victims'; a count of devices or no count answers nothing.
ANSWERED_COUNT = [
    (("顧客名簿を入れたUSBをなくしました", "&gt; 対象の人数は？\n1クラスで３２名です"), 32, None),
    (("請求書の控えを誤送付しました", "&gt; 件数は分かりますか？\n最大で120件です"), 120, None),
    (("取引先一覧が流出しました", "&gt; 何社分ですか？\n全部で7社です"), None, 7),
    (("PCがウイルスに感染しました", "&gt; 感染した台数は？\n3台です"), None, None),
    (("顧客名簿を入れたUSBをなくしました", "&gt; 対象の人数は？\nまだわかりません"), None, None),
]


@pytest.mark.parametrize(("messages", "individuals", "corporations"), ANSWERED_COUNT)
def test_a_count_answered_under_its_question(
    messages: tuple[str, ...], individuals: int | None, corporations: int | None
) -> None:
    got = facts(*messages)
    assert (got["individuals"], got["corporations"]) == (individuals, corporations)


# A cost summed from several amounts is corrected in the part taken back; a correction
# that does not say which part leaves the sum and the new amount apart, never replaces it.
SUMMED_COST_CORRECTED = [
    (
        ("コールセンター80万、お詫び状の郵送30万です", "訂正です、30万ではなく35万でした"),
        {"incident_response": 1150000},
        [],
    ),
    (
        (
            "コールセンター80万、お詫び状の郵送30万です",
            "すみません、郵送は30万じゃなくて35万でした",
        ),
        {"incident_response": 1150000},
        [],
    ),
    (
        ("コールセンター80万、お詫び状の郵送30万です", "すみません、35万の間違いでした"),
        {"incident_response": 1100000},
        [350000],
    ),
    # the sum quoted whole is replaced whole
    (
        ("調査に100万、さらに追加調査で50万", "訂正、150万ではなく160万でした"),
        {"access_response": 1600000},
        [],
    ),
    # one amount said: the correction replaces it
    (("調査費100万", "すみません、120万の間違いでした"), {"access_response": 1200000}, []),
]


@pytest.mark.parametrize(("messages", "costs", "unassigned"), SUMMED_COST_CORRECTED)
def test_a_summed_cost_is_corrected_in_its_part(
    messages: tuple[str, ...], costs: dict[str, int], unassigned: list[int]
) -> None:
    got, left, _ = predict(list(messages))
    assert (got["costs"], left) == (costs, unassigned)


def test_what_a_cost_was_made_of_survives_the_store() -> None:
    readings = [read_message("コールセンター80万、お詫び状の郵送30万です")]
    _, state = facts_from_readings(readings)
    restored = FactState.from_json(state.to_json())
    restored.apply(read_message("訂正です、30万ではなく35万でした"))
    assert restored.costs == {"incident_response": 1150000}


# 「AはBの誤り」 after an amount corrects it; a message opening with あと/それと adds its cost
# to the same key. Elsewhere (「設定の誤り」「あとで」) they change nothing: the clash is kept.
COST_SAID_IN_TWO: list[tuple[tuple[str, ...], dict[str, int]]] = [
    (
        ("原因調査のフォレンジック 200万、弁護士 40万", "失礼、さっきの200万は260万の誤り"),
        {"investigation": 2600000, "consultation": 400000},
    ),
    (
        ("ウイルス駆除費用 20万円を支払いました", "あと再発防止でUTMを入れました、80万"),
        {"prevention": 1000000},
    ),
    (
        ("ウイルス駆除費用 20万円を支払いました", "それと、EDRの導入に50万円"),
        {"prevention": 700000},
    ),
    # Near misses: no amount before 誤り; あと not opening the message; a plain restatement.
    (
        ("原因調査のフォレンジック 200万", "原因は設定の誤り、原因調査は260万"),
        {"investigation": 2000000},
    ),
    (
        ("ウイルス駆除費用 20万円を支払いました", "駆除費用はあとで精算、25万円です"),
        {"prevention": 200000},
    ),
    (("ウイルス駆除費用 20万円を支払いました", "駆除費用は25万円です"), {"prevention": 200000}),
]


@pytest.mark.parametrize(("messages", "costs"), COST_SAID_IN_TWO)
def test_a_cost_corrected_or_added_in_a_later_message(
    messages: tuple[str, ...], costs: dict[str, int]
) -> None:
    assert facts(*messages)["costs"] == costs


# An announcement still being weighed, however its verb is inflected, is undecided (rule 5).
ANNOUNCEMENT_WEIGHED: list[tuple[str, bool | None]] = [
    ("同社は調査結果を踏まえ、正式な公表を検討している。", None),
    ("公表の要否は来週の取締役会で審議します。", None),
    ("公表するかどうか社内で協議しているところです", None),
    ("記者発表の是非は理事会で決める予定です", None),
    # Near misses: weighing something else after the announcement, a decision reached.
    ("昨日HPで公表しました。再発防止策は検討しています", True),
    ("公表を検討した結果、来週公表することにしました", True),
    ("公表はしていません", False),
]


@pytest.mark.parametrize(("text", "expected"), ANNOUNCEMENT_WEIGHED)
def test_an_announcement_still_weighed(text: str, expected: bool | None) -> None:
    assert facts(text).get("announced") == expected


# A claim said in the casual register (「払えって請求がきてます」) is damages claimed; the
# claimant's lost revenue is what it is for, not the company's own (rule 11).
CASUAL_CLAIMS = [
    ("取引先から、売上が減った分として三百万払えって請求がきてます", {"damages": 3_000_000}, []),
    ("お客様から50万円の請求がきてます", {"damages": 500_000}, []),
    ("相手の会社から80万払えと請求されてる", {"damages": 800_000}, []),
    # our own lost revenue is no cost of the rider
    ("うちの売上が300万減った", {}, [3_000_000]),
]


@pytest.mark.parametrize(("text", "costs", "unassigned"), CASUAL_CLAIMS)
def test_a_casual_claim_is_damages_claimed(
    text: str, costs: dict[str, int], unassigned: list[int]
) -> None:
    got, left, _ = predict([text])
    assert (got["costs"], left) == (costs, unassigned)


# 「でした」 ends a statement as often as it corrects a cost: it replaces the cost said before
# only in a sentence that holds a number. A check that found nothing, then its bare cost.
CHECK_COST_AFTER_DESHITA: list[tuple[list[str], dict[str, int]]] = [
    (
        ["UTMの警告が出たので業者に侵入の有無を見てもらいました", "結果、侵入なしでした。費用18万"],
        {"access_response": 180000},
    ),
    (
        ["不審なログインがあり、外部に調べてもらった", "痕跡なしでした。費用は30万円"],
        {"access_response": 300000},
    ),
    # Near misses: a correction with its number still replaces the cost before it.
    (["復旧費用は200万円です", "ごめんなさい、250万でした"], {"data_recovery": 2500000}),
]


@pytest.mark.parametrize(("messages", "costs"), CHECK_COST_AFTER_DESHITA)
def test_deshita_without_a_number_is_no_correction(
    messages: list[str], costs: dict[str, int]
) -> None:
    facts, _, _ = predict(messages)
    assert grouped(facts["costs"]) == grouped(costs)
