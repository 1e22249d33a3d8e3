"""Unit builders that turn intervals into units × coders tables (one table per document and
code): characters, code presence and frequency per document, and predefined units
(sentences, paragraphs, speaker turns).

All of them walk sorted boundaries; none makes an object per character or per unit value.
"""

from __future__ import annotations

from collections.abc import Sequence

from caqda.core.agreement.intervals import Intervals, Span, coverage_by_mask
from caqda.core.agreement.table import RatingTable


def character_table(coders: Sequence[str], coder_spans: Sequence[Intervals], length: int) -> RatingTable:
    """Every character of a document is a unit that each coder coded with the code or not.

    With two coders this is the 2×2 table of the spec (both, only A, only B, neither)."""
    return RatingTable.binary(coders, coverage_by_mask(coder_spans, length))


def presence_table(coders: Sequence[str], coder_spans: Sequence[Intervals]) -> RatingTable:
    """The document is one unit: did each coder use the code in it at all (MAXQDA level 1)?"""
    return RatingTable(tuple(coders), {tuple(bool(spans) for spans in coder_spans): 1}, (False, True))


def frequency_table(coders: Sequence[str], coder_spans: Sequence[Intervals]) -> RatingTable:
    """The document is one unit valued by how many segments each coder coded with the code
    (MAXQDA level 2; a coder's overlapping codings count once, as merged)."""
    return RatingTable(tuple(coders), {tuple(len(spans) for spans in coder_spans): 1})


def predefined_table(
    coders: Sequence[str], coder_spans: Sequence[Intervals], units: Sequence[Span], min_share: float = 0.0
) -> RatingTable:
    """Each predefined unit carries the code for a coder if the coder's coding covers at least
    ``min_share`` of it (0 means any overlap at all)."""
    carried = [_carries(spans, units, min_share) for spans in coder_spans]
    counts: dict[tuple[bool, ...], float] = {}
    for pattern in zip(*carried, strict=True):
        counts[pattern] = counts.get(pattern, 0) + 1
    return RatingTable(tuple(coders), counts, (False, True))


def unit_coverage(spans: Intervals, units: Sequence[Span]) -> list[int]:
    """Characters of each unit covered by the (disjoint, sorted) spans."""
    covered = [0] * len(units)
    order = sorted(range(len(units)), key=lambda index: units[index])
    first = 0
    for index in order:
        start, end = units[index]
        while first < len(spans) and spans[first][1] <= start:
            first += 1
        position = first
        while position < len(spans) and spans[position][0] < end:
            covered[index] += min(end, spans[position][1]) - max(start, spans[position][0])
            position += 1
    return covered


def _carries(spans: Intervals, units: Sequence[Span], min_share: float) -> list[bool]:
    covered = unit_coverage(spans, units)
    if min_share <= 0:
        return [amount > 0 for amount in covered]
    return [
        amount > 0 and amount >= min_share * (end - start) - 1e-9
        for amount, (start, end) in zip(covered, units, strict=True)
    ]
