"""Segment agreement with an overlap tolerance, as MAXQDA computes it.

Each segment of each coder (after merging that coder's overlapping codings of the code)
counts once; it agrees when every other coder has a segment of the same code whose overlap
with it, intersection over union, reaches the tolerance (default 90 %). Per code:
agreements / segments. Kappa per Brennan & Prediger: κn = (Po − 1/k)/(1 − 1/k), k being the
number of distinct codes the coders used in the comparison.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from caqda.core.agreement.errors import AgreementError
from caqda.core.agreement.intervals import Intervals, overlap_ratio

_SLACK = 1e-12


@dataclass(frozen=True)
class SegmentTally:
    """Counts for any number of coders: ``segments[i]`` and ``agreeing[i]`` (segments of coder
    i matched by every other coder), and per coder pair (i < j) the segments of both and how
    many of them the other of the two matched. Additive over documents and codes."""

    segments: tuple[int, ...]
    agreeing: tuple[int, ...]
    pair_segments: Mapping[tuple[int, int], int]
    pair_agreeing: Mapping[tuple[int, int], int]

    def __add__(self, other: SegmentTally) -> SegmentTally:
        return SegmentTally(
            tuple(a + b for a, b in zip(self.segments, other.segments, strict=True)),
            tuple(a + b for a, b in zip(self.agreeing, other.agreeing, strict=True)),
            {key: self.pair_segments[key] + other.pair_segments[key] for key in self.pair_segments},
            {key: self.pair_agreeing[key] + other.pair_agreeing[key] for key in self.pair_agreeing},
        )

    @property
    def total(self) -> int:
        return sum(self.segments)

    @property
    def agreements(self) -> int:
        return sum(self.agreeing)

    def for_pair(self, first: int, second: int) -> SegmentTally:
        """The tally of two of the coders."""
        key = (min(first, second), max(first, second))
        return SegmentTally(
            (self.segments[first], self.segments[second]),
            (0, self.pair_agreeing[key]),
            {(0, 1): self.pair_segments[key]},
            {(0, 1): self.pair_agreeing[key]},
        )


def matched(own: Intervals, other: Intervals, tolerance: float) -> list[bool]:
    """For each segment of ``own``: does ``other`` hold a segment overlapping it by at least
    ``tolerance`` (intersection over union)?"""
    starts = [start for start, _ in other]
    found: list[bool] = []
    for segment in own:
        # Segments of `other` are disjoint and sorted: the candidates overlap `segment`.
        position = max(0, bisect_left(starts, segment[0]) - 1)
        hit = False
        while position < len(other) and other[position][0] < segment[1]:
            if overlap_ratio(segment, other[position]) >= tolerance - _SLACK:
                hit = True
                break
            position += 1
        found.append(hit)
    return found


def segment_tally(coder_spans: Sequence[Intervals], tolerance: float = 0.9) -> SegmentTally:
    """The tally of one document and code."""
    if not 0 < tolerance <= 1:
        raise AgreementError(f"The overlap tolerance must lie in (0, 1], e.g. 0.9 for 90 %; got {tolerance}.")
    coders = len(coder_spans)
    hits = {
        (i, j): matched(coder_spans[i], coder_spans[j], tolerance)
        for i in range(coders)
        for j in range(coders)
        if i != j
    }
    agreeing = []
    for i in range(coders):
        rows = [hits[i, j] for j in range(coders) if j != i]
        agreeing.append(sum(all(column) for column in zip(*rows, strict=True)) if rows else 0)
    pair_segments = {}
    pair_agreeing = {}
    for i in range(coders):
        for j in range(i + 1, coders):
            pair_segments[i, j] = len(coder_spans[i]) + len(coder_spans[j])
            pair_agreeing[i, j] = sum(hits[i, j]) + sum(hits[j, i])
    return SegmentTally(
        tuple(len(spans) for spans in coder_spans), tuple(agreeing), pair_segments, pair_agreeing
    )


def brennan_prediger_segments(observed: float | None, codes_used: int) -> float | None:
    """κn = (Po − 1/k)/(1 − 1/k); ``None`` when k < 2 (chance agreement is already 1)."""
    if observed is None or codes_used < 2:
        return None
    chance = 1 / codes_used
    return (observed - chance) / (1 - chance)
