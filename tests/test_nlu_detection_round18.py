"""Classes of wording read for `detection` (labelling rule 3) in round 18, each with
sentences of our own and near-misses that must stay as they were."""

from __future__ import annotations

import pytest

from coverage import Detection
from nlu.extract import read_message

THIRD = Detection.THIRD_PARTY
SELF = Detection.SELF

# 「内部の定例点検により判明」「当社の月次棚卸しにおいて…発覚」: our own check, said to be
# internal or made in the course of (において) it, found it; a compound after it (「保管庫」)
# is no predicate. A contractor's check (「委託先の内部の点検」), one not yet made, or an
# internal act that is no check sets nothing.
OWN_CHECK_IN_COURSE: list[tuple[str, Detection | None]] = [
    ("内部の定期監査により、顧客台帳の一部が見当たらないことが判明しました。", SELF),
    ("当社の月次棚卸しにおいて、伝票の控えが不足していることが発覚しました。", SELF),
    ("弊社の定期点検において、保管庫の鍵の数が管理簿と合わないことから判明しました。", SELF),
    ("委託先の内部の点検により、書類の紛失が判明しました。", None),
    ("内部の点検を来月行う予定です。", None),
    ("内部の犯行により、書類の紛失が判明しました。", None),
    ("当社の業務において、書類の紛失が判明しました。", None),
]


@pytest.mark.parametrize(("text", "expected"), OWN_CHECK_IN_COURSE)
def test_own_check_in_course(text: str, expected: Detection | None) -> None:
    assert read_message(text).detection is expected


# 「向こうの事務さんから電話きて判明」「先方の担当者さんから連絡」: staff of the other side,
# named by where it stands (向こう, 先方, 相手方), are that party's people, a third party; our
# own staff (「うちの事務さん」「経理の担当者」) stay ours.
OTHER_SIDES_STAFF: list[tuple[str, Detection | None]] = [
    ("請求書を別の会社に送ってしまいました。向こうの事務さんから電話があって分かりました。", THIRD),
    ("先方の担当者から、届いたメールに別の顧客の名簿が添付されていると連絡がありました。", THIRD),
    ("相手方の職員から、書類が混ざっていたと連絡を受けました。", THIRD),
    ("うちの事務さんから電話があって気づきました。", SELF),
    ("経理の担当者から、請求書の宛先が違っていたと報告がありました。", SELF),
]


@pytest.mark.parametrize(("text", "expected"), OTHER_SIDES_STAFF)
def test_other_sides_staff(text: str, expected: Detection | None) -> None:
    assert read_message(text).detection is expected


# 「見積もり、業者から電話では200万って言われた」: a price said by the one we asked, its
# amount ending in 万 itself, is no report; a count (「5万件って言われた」) or what was found
# (「感染してるって言われた」) from an outsider still tells who noticed.
PRICE_ENDING_IN_MAN: list[tuple[str, Detection | None]] = [
    ("調査の見積もり、業者から電話で150万って言われました。", None),
    ("復旧の費用は業者から300万と言われています。", None),
    ("取引先から、御社から届いたメールにウイルスが付いていたって言われました。", THIRD),
    ("顧客から、届いた明細に別人の名前が3万件分載っていたと言われました。", THIRD),
]


@pytest.mark.parametrize(("text", "expected"), PRICE_ENDING_IN_MAN)
def test_price_ending_in_man(text: str, expected: Detection | None) -> None:
    assert read_message(text).detection is expected


# 「委託先ベンダーからの最終報告を貼ります」 then the pasted 「件名：…調査結果」: the findings of
# an investigation we ordered, pasted, tell nothing of who noticed; a vendor's report
# pasted that tells of its own incident, or a report shown with no findings, still does.
PASTED_FINDINGS: list[tuple[str, Detection | None]] = [
    ("ベンダーからの報告を貼ります\n件名：ランサム被害の調査結果\n・感染端末：3台", None),
    ("業者からの最終報告を貼り付けます\n調査の結果、サーバー1台の感染が確認されました。", None),
    ("取引先からの連絡を貼ります\n御社から届いたメールにウイルスが添付されていました。", THIRD),
]


@pytest.mark.parametrize(("text", "expected"), PASTED_FINDINGS)
def test_pasted_findings(text: str, expected: Detection | None) -> None:
    assert read_message(text).detection is expected


# 「印刷屋さんから電話で…向こうのサーバーが…って」「研究者を名乗る人から英語のメール。「…」って」:
# a call or a mail with no verb from a party no reporter word names, then what it said, is
# that party telling us. The insured's own party in an agent's message (「契約者の会計事務所
# さんから電話。」) is the agent's client; a call that goes on to something else (「電話で
# 注文」) tells nothing.
UNNAMED_CALLS: list[tuple[str, Detection | None]] = [
    ("発送屋さんから電話で…向こうのPCが感染して、名簿も出たかもしれないって。", THIRD),
    ("知らない人から英語のメール。「御社のサイトで他人の住所が見える」って。", THIRD),
    ("近所の工務店さんから電話、うちの書類がゴミ捨て場に落ちてたって。", THIRD),
    ("契約者の設計事務所さんから電話。所員のPCがランサムにやられたって。", None),
    ("仕入先の工務店さんから電話で注文がありました。", None),
]


@pytest.mark.parametrize(("text", "expected"), UNNAMED_CALLS)
def test_unnamed_calls(text: str, expected: Detection | None) -> None:
    assert read_message(text).detection is expected


# 「提携歯科技工所から「書類が届いていない」との連絡」: a firm named by its trade with the
# suffix 所 is a party that can tell, as 事業所 is; a place things come from is none.
TRADE_OFFICES: list[tuple[str, Detection | None]] = [
    ("郵送した指示書について、技工所から「届いていない」との連絡を受けて判明しました。", THIRD),
    ("委託している印刷所より、封入した名簿が一部足りないとの連絡がありました。", THIRD),
    ("集積所から書類が見つかったので、回収しました。", None),
]


@pytest.mark.parametrize(("text", "expected"), TRADE_OFFICES)
def test_trade_offices(text: str, expected: Detection | None) -> None:
    assert read_message(text).detection is expected
