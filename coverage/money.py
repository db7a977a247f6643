"""Integer-yen helpers shared by the rules and the renderers."""

from __future__ import annotations


def apply_ratio(amount: int, percent: int) -> int:
    """Apply a payment ratio in whole percent, rounding down to the yen.

    Integer arithmetic keeps every figure exact: 2,999,999 × 90 % is 2,699,999, never a float.
    """
    return amount * percent // 100


def yen(amount: int) -> str:
    """Format an amount the way the pamphlet does: `2,000,000円`."""
    return f"{amount:,}円"


def yen_span(low: int, high: int) -> str:
    """One figure, or the range between two: `2,000,000円` or `0円〜3,000,000円`."""
    return yen(low) if low == high else f"{yen(low)}〜{yen(high)}"


def man_yen(amount: int) -> str:
    """Format a limit compactly: 200万円, 3,000万円, 3億円, 1兆円, 10万円, 500円."""
    if amount >= 1_000_000_000_000 and amount % 1_000_000_000_000 == 0:
        return f"{amount // 1_000_000_000_000:,}兆円"
    if amount >= 100_000_000 and amount % 100_000_000 == 0:
        return f"{amount // 100_000_000:,}億円"
    if amount >= 10_000 and amount % 10_000 == 0:
        return f"{amount // 10_000:,}万円"
    return yen(amount)
