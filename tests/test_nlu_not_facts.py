"""Words that look like a fact and are not (class: wrong values from wishes, regrets,
suppositions, fears, blank form keys, another company's case and examples).

「公表しておけばよかった」 says the company did not announce, or says nothing; 「同業のA社は
ランサムで3000万払ったらしい」 is another company's incident; 「例：調査費300万円」 shows how
to write a cost. Each reads no value; the near misses after each table still read theirs.
"""

from __future__ import annotations

from typing import Any

import pytest

from coverage import facts_to_json
from nlu import facts_from_readings, read_message


def _facts(*messages: str) -> dict[str, Any]:
    """What the user would see: the facts of the conversation, unknown ones left out."""
    facts, _ = facts_from_readings([read_message(text) for text in messages])
    return {k: v for k, v in facts_to_json(facts).items() if v not in (None, {}, [])}


# (message, the fact that must stay unknown)
WISHES = [
    ("公表しておけばよかった", "announced"),
    ("HPで公表しとけば良かった", "announced"),
    ("同意取っとけばよかった", "consent"),
    ("保険会社の同意をもらっておけばよかった", "consent"),
    ("取引先が連絡してくれればよかった", "detection"),
    ("監視会社がもっと早く通報してくれたらよかった", "detection"),
    ("SOCに監視を頼んでいれば早く気づけたのに", "detection"),
    ("ウイルス対策ソフトを入れておけばよかった", "incident_type"),
]

SUPPOSITIONS = [
    ("公表するとしたら来週", "announced"),
    ("記者会見をするとすれば月末かな", "announced"),
    ("もし漏れてたら1万人分になる", "individuals"),
    ("もし調査したら200万くらいかかるかも", "costs"),
    ("万が一不正アクセスされてたら公表しないといけない", "incident_type"),
    ("仮にランサムだったとしても同意はまだ取ってない", "incident_type"),
    ("パソコンをなくしたらどうしよう、って部長が心配してた", "incident_type"),
    ("個人情報が漏れたら大変なので調査を依頼した", "incident_type"),
    ("もしも感染してたらと思うと怖い", "incident_type"),
    ("JPCERTから通知が来ることってあるんですか", "detection"),
    ("警察から連絡が来ることもありますか？", "detection"),
]

OTHERS = [
    ("同業のA社はランサムウェアにやられて3000万払ったらしい。うちは大丈夫かな", "incident_type"),
    ("同業のA社はランサムで3000万払ったらしい", "costs"),
    ("同業のC社はサーバーに侵入されたらしい", "incident_type"),
    ("他社はすぐ公表してたけど、うちはどうしよう", "announced"),
    ("同業のA社は10万件漏れたらしい", "individuals"),
    ("他社では見舞金を1人1000円払ったらしい", "costs"),
    ("他の会社もフォレンジックに500万払ったって", "costs"),
    ("知り合いの会社はUSBなくして大騒ぎしてた", "incident_type"),
]

FORMS = [
    ("例：調査費300万円", "costs"),
    ("(例)見舞金 500円×人数", "costs"),
    ("例：ランサムウェア感染、不正アクセス、誤送信", "incident_type"),
    ("例：不正アクセス、公表済み、同意取得済み", "announced"),
    ("発見経緯：", "detection"),
    ("事故の種類：　発見経緯：　公表：　", "detection"),
    ("チェック項目\n・公表：\n・同意：\n・発見のきっかけ：", "detection"),
]


@pytest.mark.parametrize(("text", "fact"), WISHES + SUPPOSITIONS + OTHERS + FORMS)
def test_reads_no_value(text: str, fact: str) -> None:
    assert fact not in _facts(text)


# (messages, facts that must read so): a fact stated beside a wish, an example or another
# company still reads.
STATED = [
    (("HPで公表しました。もっと早く公表すればよかった",), {"announced": True}),
    (("公表済みです。同意は取っておけばよかった",), {"announced": True}),
    (("保険会社の同意は取りました。もっと早く相談すればよかった",), {"consent": True}),
    (
        ("監視会社から通報がありました。自分たちで気づければよかったのに",),
        {"detection": "external_report"},
    ),
    (
        ("ランサムウェアに感染しました。バックアップを取っておけばよかった",),
        {"incident_type": "malware"},
    ),
    (("パソコンをなくしてしまいました。どうしよう",), {"incident_type": "lost_or_stolen"}),
    (("USBをなくした。もし中身が漏れたら大変",), {"incident_type": "lost_or_stolen"}),
    (("うちもA社みたいにランサムにやられた",), {"incident_type": "malware"}),
    (("同業他社に顧客データを持ち出されました。対象は顧客1200名です",), {"individuals": 1200}),
    (
        ("他社から「御社のサイトが改ざんされている」と連絡がありました",),
        {"detection": "third_party"},
    ),
    (("他社の人に会話を聞かれてしまいました",), {"incident_type": "visual_leak"}),
    (
        ("他社サービスから流出したID・パスワードで不正ログインされました。会員300名分",),
        {"individuals": 300},
    ),
    (("同業のB社は公表してたけど、うちも来週公表します",), {"announced": True}),
    (("公表：済\n同意：　\n調査費：300万",), {"announced": True}),
    (("プレスリリースを出す予定です",), {"announced": True}),
    (("公表しておけばよかった", "結局、昨日HPで公表しました"), {"announced": True}),
    (
        ("同業のA社は3000万払ったらしい", "うちは調査費300万円です"),
        {"costs": {"access_response": 3000000}},
    ),
]


@pytest.mark.parametrize(("messages", "expected"), STATED)
def test_still_reads_the_stated(messages: tuple[str, ...], expected: dict[str, Any]) -> None:
    facts = _facts(*messages)
    for fact, value in expected.items():
        assert facts.get(fact) == value
