"""Character intervals ``[start, end)`` and the sweeps every unit of analysis is built on.

Offsets are code points, as everywhere in a project. Nothing here makes one object per
character: a 10 MB corpus is handled as sorted boundary lists, so the cost grows with the
number of codings, not with the length of the text.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

Span = tuple[int, int]
Intervals = tuple[Span, ...]


def merge_intervals(spans: Iterable[Span]) -> Intervals:
    """Sorted spans with overlapping ones merged (spans that only touch stay apart).

    Spans that only touch are two codings of adjacent text (two sentences, say) and count as
    two segments; spans that share a character are one coder coding the same text twice.
    Empty spans are dropped.
    """
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if end <= start:
            continue
        if merged and start < merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1][1] = end
        else:
            merged.append([start, end])
    return tuple((start, end) for start, end in merged)


def total_length(spans: Iterable[Span]) -> int:
    """Characters covered by disjoint spans."""
    return sum(end - start for start, end in spans)


def intersection_length(first: Intervals, second: Intervals) -> int:
    """Characters that two sets of disjoint sorted spans share (two-pointer walk)."""
    i = j = shared = 0
    while i < len(first) and j < len(second):
        start = max(first[i][0], second[j][0])
        end = min(first[i][1], second[j][1])
        if end > start:
            shared += end - start
        if first[i][1] <= second[j][1]:
            i += 1
        else:
            j += 1
    return shared


def intersect(first: Intervals, second: Intervals) -> Intervals:
    """The spans two sets of disjoint sorted spans have in common."""
    i = j = 0
    common: list[Span] = []
    while i < len(first) and j < len(second):
        start = max(first[i][0], second[j][0])
        end = min(first[i][1], second[j][1])
        if end > start:
            common.append((start, end))
        if first[i][1] <= second[j][1]:
            i += 1
        else:
            j += 1
    return tuple(common)


def union(sets: Iterable[Intervals]) -> Intervals:
    """Spans covered by any of the sets, merged (touching spans are joined here: a union is
    text, not segments)."""
    joined: list[list[int]] = []
    for start, end in sorted(span for spans in sets for span in spans):
        if joined and start <= joined[-1][1]:
            joined[-1][1] = max(joined[-1][1], end)
        else:
            joined.append([start, end])
    return tuple((start, end) for start, end in joined)


def coverage_by_mask(coder_spans: Sequence[Intervals], length: int) -> dict[int, int]:
    """Characters of ``[0, length)`` by which coders cover them, as ``{bitmask: characters}``.

    Bit ``i`` of a mask is set when coder ``i`` covers the character; mask 0 (nobody) gets the
    rest of the text. Each coder's spans must be disjoint (merged), so a boundary toggles that
    coder's bit. Only masks that occur are keys.
    """
    events: list[tuple[int, int]] = []
    for index, spans in enumerate(coder_spans):
        bit = 1 << index
        for start, end in spans:
            events.append((start, bit))
            events.append((end, bit))
    counts: dict[int, int] = {}
    if not events:
        return {0: length} if length else {}
    events.sort()
    mask = 0
    position = 0
    for at, bit in events:
        if at > position:
            counts[mask] = counts.get(mask, 0) + at - position
            position = at
        mask ^= bit
    if length > position:
        counts[0] = counts.get(0, 0) + length - position
    return {key: value for key, value in counts.items() if value}


def overlap_ratio(first: Span, second: Span) -> float:
    """Intersection over union of two spans (0 when they do not meet)."""
    shared = min(first[1], second[1]) - max(first[0], second[0])
    if shared <= 0:
        return 0.0
    return shared / (max(first[1], second[1]) - min(first[0], second[0]))


def clusters(coder_spans: Sequence[Intervals]) -> list[Span]:
    """Stretches of text where any coder's spans overlap or chain into each other.

    Used to group the spans that belong to one (dis)agreement: two coders' segments of the
    same passage end up in one cluster even when their boundaries differ.
    """
    grouped: list[list[int]] = []
    for start, end in sorted(span for spans in coder_spans for span in spans):
        if grouped and start < grouped[-1][1]:
            grouped[-1][1] = max(grouped[-1][1], end)
        else:
            grouped.append([start, end])
    return [(start, end) for start, end in grouped]


def spans_within(spans: Intervals, window: Span) -> Intervals:
    """The spans of ``spans`` that overlap ``window`` (unclipped)."""
    return tuple(span for span in spans if span[0] < window[1] and span[1] > window[0])
