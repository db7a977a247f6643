"""A rate per period said with the number of periods is what the whole period costs (class:
arithmetic, issue #10 class 7). 「月100万で3か月」 was read; a rate by the day or by the hour
(「1日5万円で10日間」「1時間2万円で5時間」) was taken as one day's or one hour's price.
Sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest

from coverage import facts_to_json
from nlu import facts_from_readings, read_message


def fold(*messages: str) -> tuple[dict[str, Any], list[int]]:
    facts, state = facts_from_readings([read_message(text) for text in messages])
    return dict(facts_to_json(facts)["costs"]), list(state.unassigned)


RATES: list[tuple[str, dict[str, int], list[int]]] = [
    (
        "電話窓口は外部に委託して、1日8万円で14日間お願いしています",
        {"incident_response": 1120000},
        [],
    ),
    ("コールセンターは1日あたり6万円、20日分の見積もりです", {"incident_response": 1200000}, []),
    ("コールセンター 日額7万 で 5日間", {"incident_response": 350000}, []),
    ("弁護士の相談料は1時間3万円で4時間の予定です", {"consultation": 120000}, []),
    ("弁護士さんは時給2.5万円、8時間分を請求されました", {"consultation": 200000}, []),
    ("コンサルは1時間あたり4万、6時間で依頼しました", {"consultation": 240000}, []),
    # Near misses: a date, a service's hours, a point in time, no number of periods, a total.
    ("コールセンターは4月1日5万円、10日間の契約", {"incident_response": 50000}, []),
    ("弁護士は時給3万円です。事務所は24時間対応だそうです", {"consultation": 30000}, []),
    ("コールセンターは1日5万円で、10日後に延長を判断します", {"incident_response": 50000}, []),
    ("コールセンターは1日5万円です", {"incident_response": 50000}, []),
    ("コールセンター10日間で50万円", {"incident_response": 500000}, []),
    ("弁護士に5時間相談して10万円でした", {"consultation": 100000}, []),
]


@pytest.mark.parametrize(("text", "costs", "unassigned"), RATES)
def test_a_rate_times_its_periods(text: str, costs: dict[str, int], unassigned: list[int]) -> None:
    assert fold(text) == (costs, unassigned)


# A rate per month billed for a contract of years (「月3万円で1年契約」) is 12 months a year;
# a year said as when (「1年前」「1年以内」) is no contract.
CONTRACTS: list[tuple[str, dict[str, int], list[int]]] = [
    ("再発防止でWAFを入れます、月3万円で1年契約です", {"prevention": 360000}, []),
    ("EDRの保守は月額5万円で2年間です", {"prevention": 1200000}, []),
    ("UTMのレンタルが月1万5千円の3年契約です", {"prevention": 540000}, []),
    # Near misses: a year as when, not how long it is billed.
    ("WAFを入れました、月3万円です。1年前にも検討しました", {"prevention": 30000}, []),
    ("コールセンターは月100万で、1年以内に閉じます", {"incident_response": 1000000}, []),
]


@pytest.mark.parametrize(("text", "costs", "unassigned"), CONTRACTS)
def test_a_monthly_rate_for_a_contract_of_years(
    text: str, costs: dict[str, int], unassigned: list[int]
) -> None:
    assert fold(text) == (costs, unassigned)
