"""A price per device said in one message, times the number of devices hit said in another.

「PC3台がランサムウェアに感染」 then 「駆除は業者に1台3万円で」 is 9万円 of ⑥, not 3万円: the
price is each device's (`CostMention.per_device`, or an amount of unknown purpose with
`UnassignedAmount.device_cost` for a rate 「1台あたり」 that the bot would ask about). With no
devices counted before, or two numbers of them (「PC4台とサーバー2台」), the price is read as
it would be alone. Words in `config/nlu_device_prices.toml`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from nlu.amounts import Amount
from nlu.counts import Count
from nlu.doc import Doc
from nlu.patterns import alternation
from nlu.reading import CostMention, Reading
from nlu.victims import price_unit

FILE: Final = "nlu_device_prices.toml"


class DevicePricesFile(config.Schema):
    """`config/nlu_device_prices.toml`."""

    of_whole: NonEmptyWords


@cache
def _of_whole() -> re.Pattern[str]:
    return re.compile(rf"\s*(?:{alternation(config.load(FILE, DevicePricesFile).of_whole)})")


def devices_hit(doc: Doc, counts: Sequence[Count], amounts: Sequence[Amount]) -> int | None:
    """The one number of devices the message counts (「PC25台中3台が感染」: 3), not the
    whole they are part of nor a price's 「1台」; None with none or two different ones."""
    values = {
        count.value
        for count in counts
        if count.kind == "devices"
        and not price_unit(doc, count, amounts)
        and not _of_whole().match(doc.text, count.end)
    }
    return values.pop() if len(values) == 1 else None


def priced_by_devices(reading: Reading, devices: int | None) -> Reading:
    """`reading` with each price per device multiplied by `devices`, the number counted
    in an earlier message; unchanged when that number is not known."""
    if devices is None:
        return reading
    if not any(m.per_device for m in reading.costs) and not any(
        a.device_cost for a in reading.unassigned
    ):
        return reading
    costs = [
        replace(m, yen=m.yen * devices, per_device=False) if m.per_device else m
        for m in reading.costs
    ]
    costs.extend(
        CostMention(
            key=a.device_cost,
            yen=a.yen * devices,
            text=a.text,
            approximate=a.approximate,
            correction=reading.correction,
            evidence=a.evidence,
        )
        for a in reading.unassigned
        if a.device_cost is not None
    )
    unassigned = [a for a in reading.unassigned if a.device_cost is None]
    return replace(reading, costs=tuple(costs), unassigned=tuple(unassigned))
