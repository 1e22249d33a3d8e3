"""Sets of characters of one document as sorted, disjoint, non-adjacent ``[start, end)`` runs.

The coding query works on these: AND is an intersection, OR a union, NOT a complement within
the document. Runs that touch (``[0, 5)`` and ``[5, 9)``) are merged into one, so a set has
exactly one representation and two adjacent codings make one passage.
"""

from __future__ import annotations

from collections.abc import Iterable

Runs = list[tuple[int, int]]


def normalise(spans: Iterable[tuple[int, int]]) -> Runs:
    """Sort and merge overlapping or touching spans; empty spans vanish."""
    merged: Runs = []
    for start, end in sorted(span for span in spans if span[1] > span[0]):
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def union(left: Runs, right: Runs) -> Runs:
    return normalise([*left, *right])


def intersection(left: Runs, right: Runs) -> Runs:
    found: Runs = []
    i = j = 0
    while i < len(left) and j < len(right):
        start = max(left[i][0], right[j][0])
        end = min(left[i][1], right[j][1])
        if start < end:
            found.append((start, end))
        if left[i][1] < right[j][1]:
            i += 1
        else:
            j += 1
    return normalise(found)


def complement(runs: Runs, length: int) -> Runs:
    """Every character of ``[0, length)`` not in ``runs``."""
    found: Runs = []
    position = 0
    for start, end in runs:
        if start > position:
            found.append((position, start))
        position = max(position, end)
    if position < length:
        found.append((position, length))
    return found


def difference(left: Runs, right: Runs) -> Runs:
    if not right:
        return left
    return intersection(left, complement(right, max(left[-1][1], right[-1][1]) if left else 0))


def size(runs: Runs) -> int:
    return sum(end - start for start, end in runs)
