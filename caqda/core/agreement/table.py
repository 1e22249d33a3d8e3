"""Reliability data as a units × coders table, held compactly as value patterns with counts.

A character-level table of a 50,000-character transcript has at most 2**m distinct rows for
m coders (who coded this character?), so the table keeps ``{pattern: number of units}``
instead of one row per unit. Every coefficient in this package reads this one form, which is
why the same formulas serve characters, sentences, paragraphs, turns and documents.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from caqda.core.agreement.errors import AgreementError

Value = Hashable
Pattern = tuple[Value | None, ...]


def sort_values(values: Iterable[Value]) -> tuple[Value, ...]:
    """Values in their natural order when comparable (numbers, text), else by their text.

    The order matters for ordinal α and for stable output; nominal coefficients ignore it.
    """
    distinct = set(values)
    try:
        return tuple(sorted(distinct))  # type: ignore[type-var]
    except TypeError:
        return tuple(sorted(distinct, key=lambda value: (type(value).__name__, repr(value))))


@dataclass(frozen=True)
class RatingTable:
    """``patterns`` maps a tuple of one value per coder (``None`` = missing) to how many units
    show it. ``categories`` is the value domain when known beyond what was observed (a binary
    table is always ``(False, True)``, even if nobody used the code)."""

    coders: tuple[str, ...]
    patterns: Mapping[Pattern, float]
    categories: tuple[Value, ...] = field(default=())

    def __post_init__(self) -> None:
        observed = {value for pattern in self.patterns for value in pattern if value is not None}
        if not self.categories or not observed <= set(self.categories):
            object.__setattr__(self, "categories", sort_values(observed | set(self.categories)))

    @classmethod
    def from_units(
        cls, coders: Sequence[str], units: Iterable[Sequence[Any]], categories: Sequence[Value] = ()
    ) -> RatingTable:
        """A table from one row per unit, each holding one value per coder."""
        counts: dict[Pattern, float] = {}
        width = len(coders)
        for row in units:
            pattern = tuple(row)
            if len(pattern) != width:
                raise AgreementError(f"A unit has {len(pattern)} values but there are {width} coders.")
            counts[pattern] = counts.get(pattern, 0) + 1
        return cls(tuple(coders), counts, tuple(categories))

    @classmethod
    def from_coder_sequences(cls, data: Sequence[Sequence[Any]]) -> RatingTable:
        """A table from one sequence of unit values per coder (the layout of the scripting API)."""
        if len(data) < 2:
            raise AgreementError(
                f"Agreement needs at least two coders; got {len(data)} sequence(s) of values."
            )
        lengths = {len(values) for values in data}
        if len(lengths) > 1:
            raise AgreementError(
                "Each coder needs one value per unit (None where missing), but the coders gave "
                f"{', '.join(str(len(values)) for values in data)} values."
            )
        coders = tuple(f"coder {number}" for number in range(1, len(data) + 1))
        return cls.from_units(coders, zip(*data, strict=True))

    @classmethod
    def binary(cls, coders: Sequence[str], counts_by_mask: Mapping[int, float]) -> RatingTable:
        """A coded / not-coded table from ``{bitmask of coders who coded: units}``."""
        width = len(coders)
        patterns = {_mask_pattern(mask, width): count for mask, count in counts_by_mask.items() if count}
        return cls(tuple(coders), patterns, (False, True))

    @property
    def units(self) -> float:
        return sum(self.patterns.values())

    def __add__(self, other: RatingTable) -> RatingTable:
        total = add_tables((self, other))
        assert total is not None
        return total

    def coder_pair(self, first: int, second: int) -> RatingTable:
        """The two-coder table of coders ``first`` and ``second``."""
        counts: dict[Pattern, float] = {}
        for pattern, count in self.patterns.items():
            key = (pattern[first], pattern[second])
            counts[key] = counts.get(key, 0) + count
        return RatingTable((self.coders[first], self.coders[second]), counts, self.categories)


@lru_cache(maxsize=1024)
def _mask_pattern(mask: int, width: int) -> tuple[bool, ...]:
    """Who coded, as a pattern, from a bitmask of coders (memoized: 2**coders masks)."""
    return tuple(bool(mask >> index & 1) for index in range(width))


def add_tables(tables: Iterable[RatingTable]) -> RatingTable | None:
    """The units of several tables with the same coders, taken together (pooling by summing)."""
    coders: tuple[str, ...] | None = None
    counts: dict[Pattern, float] = {}
    categories: set[Value] = set()
    for table in tables:
        if coders is None:
            coders = table.coders
        elif table.coders != coders:
            raise AgreementError("Tables of different coders cannot be pooled.")
        categories.update(table.categories)
        for pattern, count in table.patterns.items():
            counts[pattern] = counts.get(pattern, 0) + count
    if coders is None:
        return None
    return RatingTable(coders, counts, sort_values(categories))


def contingency(table: RatingTable) -> tuple[tuple[Value, ...], list[list[float]]]:
    """The square cross-table of a two-coder table (rows: first coder), over units both rated."""
    if len(table.coders) != 2:
        raise AgreementError("A contingency table needs exactly two coders.")
    categories = table.categories
    index = {value: position for position, value in enumerate(categories)}
    cells = [[0.0] * len(categories) for _ in categories]
    for (first, second), count in table.patterns.items():
        if first is None or second is None:
            continue
        cells[index[first]][index[second]] += count
    return categories, cells
