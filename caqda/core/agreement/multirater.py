"""Chance-corrected agreement for any number of coders, from category counts per unit:
percent agreement, Fleiss' κ, Brennan–Prediger's free-marginal κ and Gwet's AC1.

Written in Gwet's (2014) general form, which allows units that not every coder rated: the
observed agreement averages, over units rated at least twice, the share of agreeing coder
pairs; the category shares π_k average each unit's own shares. With complete data this is
exactly Fleiss (1971); with two coders Fleiss' κ equals Scott's π. The three coefficients
differ only in the chance agreement Pe: Σπ_k² (Fleiss), 1/q (Brennan–Prediger) and
Σπ_k(1−π_k)/(q−1) (AC1), q being the number of categories.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from caqda.core.agreement.table import Pattern, RatingTable, Value

_DEGENERATE = 1e-12


@dataclass(frozen=True)
class MultiRaterStatistics:
    units: float
    pairable_units: float
    percent_agreement: float | None
    fleiss_kappa: float | None
    brennan_prediger: float | None
    gwet_ac1: float | None


def multirater_statistics(table: RatingTable) -> MultiRaterStatistics:
    """Figures of ``table``; ``None`` where a coefficient is 0/0 (no unit rated twice, or a
    single category, for which chance agreement is already perfect)."""
    categories = table.categories
    shares = [0.0] * len(categories)
    units = pairable = agreeing = 0.0
    # The loop of statistics_from_counts, with each pattern's integer parts worked out once.
    for pattern, weight in table.patterns.items():
        rated, present, same, pairs = _summary(pattern, categories)
        if rated == 0:
            continue
        units += weight
        for position, count in present:
            shares[position] += weight * count / rated
        if rated >= 2:
            pairable += weight
            agreeing += weight * same / pairs
    return _statistics(shares, units, pairable, agreeing, len(categories))


@lru_cache(maxsize=4096)
def _summary(
    pattern: Pattern, categories: tuple[Value, ...]
) -> tuple[int, tuple[tuple[int, int], ...], int, int]:
    """A pattern's coders who rated, its (category, coders) with any, its agreeing ordered
    coder pairs and all its ordered pairs (memoized: patterns repeat)."""
    counts = _counts(pattern, categories)
    rated = sum(counts)
    present = tuple((position, count) for position, count in enumerate(counts) if count)
    same = sum(count * (count - 1) for count in counts)
    return rated, present, same, rated * (rated - 1)


@lru_cache(maxsize=4096)
def _counts(pattern: Pattern, categories: tuple[Value, ...]) -> tuple[int, ...]:
    """How many coders chose each category in a pattern (memoized: patterns repeat)."""
    index = {value: position for position, value in enumerate(categories)}
    counts = [0] * len(categories)
    for value in pattern:
        if value is not None:
            counts[index[value]] += 1
    return tuple(counts)


def statistics_from_counts(
    rows: Iterable[tuple[Sequence[int], float]], categories: int
) -> MultiRaterStatistics:
    """The figures from ``(counts per category, number of such units)`` rows."""
    shares = [0.0] * categories
    units = pairable = agreeing = 0.0
    for counts, weight in rows:
        rated = sum(counts)
        if rated == 0:
            continue
        units += weight
        for position, count in enumerate(counts):
            if count:
                shares[position] += weight * count / rated
        if rated >= 2:
            pairable += weight
            agreeing += weight * sum(count * (count - 1) for count in counts) / (rated * (rated - 1))
    return _statistics(shares, units, pairable, agreeing, categories)


def _statistics(
    shares: list[float], units: float, pairable: float, agreeing: float, categories: int
) -> MultiRaterStatistics:
    if pairable == 0:
        return MultiRaterStatistics(units, 0.0, None, None, None, None)
    observed = agreeing / pairable
    shares = [share / units for share in shares]
    fleiss = _corrected(observed, sum(share * share for share in shares))
    brennan = _corrected(observed, 1 / categories) if categories > 1 else None
    ac1 = None
    if categories > 1:
        ac1 = _corrected(observed, sum(s * (1 - s) for s in shares) / (categories - 1))
    return MultiRaterStatistics(units, pairable, observed, fleiss, brennan, ac1)


def _corrected(observed: float, expected: float) -> float | None:
    if 1 - expected <= _DEGENERATE:
        return None
    return (observed - expected) / (1 - expected)
