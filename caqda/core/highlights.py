"""Coded ranges of one document flattened into elementary segments for drawing.

A transcript view paints backgrounds from these: one sweep over the coding boundaries gives
the pieces of text where the set of covering codings is constant, so painting never loops
over codings per character and overlaps are known exactly.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass


@dataclass(frozen=True)
class Mark:
    """What a view needs of a coding to draw it."""

    coding_id: int
    code_id: int
    coder_id: int
    start: int
    end: int


@dataclass(frozen=True)
class Segment:
    start: int
    end: int
    marks: tuple[Mark, ...]


def _sweep(marks: list[Mark], low: int | None = None, high: int | None = None) -> list[Segment]:
    """Elementary segments of ``marks``, optionally clipped to ``[low, high)``.

    One sorted pass over the boundaries (ends before starts at the same place), keeping the
    set of open codings: O(n log n), with little Python work per boundary.
    """
    events: list[tuple[int, int, int]] = []  # position, 0 = end / 1 = start, index into marks
    for index, mark in enumerate(marks):
        start = mark.start if low is None or mark.start > low else low
        end = mark.end if high is None or mark.end < high else high
        if start < end:
            events.append((start, 1, index))
            events.append((end, 0, index))
    events.sort()
    segments: list[Segment] = []
    active: dict[int, Mark] = {}
    previous = 0
    for position, is_start, index in events:
        if active and position > previous:
            segments.append(Segment(previous, position, tuple(active.values())))
        if is_start:
            active[index] = marks[index]
        else:
            del active[index]
        previous = position
    return segments


class HighlightIndex:
    """Elementary segments of a document's codings, searchable by position.

    :meth:`update` re-sweeps only the stretch of text a changed coding touches, so applying
    one coding to a transcript with thousands of them costs microseconds, not a rebuild.
    """

    def __init__(self, marks: list[Mark]) -> None:
        self.by_id = {mark.coding_id: mark for mark in marks}
        self.segments = _sweep(list(self.by_id.values()))
        self._starts = [segment.start for segment in self.segments]

    @property
    def marks(self) -> list[Mark]:
        return sorted(self.by_id.values(), key=lambda m: (m.start, m.end, m.coding_id))

    def update(self, removed: set[int], added: list[Mark]) -> None:
        """Drop the codings with ids in ``removed`` and add ``added`` (a changed coding is both)."""
        changed = [self.by_id[i] for i in removed if i in self.by_id] + added
        if not changed:
            return
        low = min(mark.start for mark in changed)
        high = max(mark.end for mark in changed)
        first = max(0, bisect_right(self._starts, low) - 1)
        while first < len(self.segments) and self.segments[first].end <= low:
            first += 1
        last = first
        while last < len(self.segments) and self.segments[last].start < high:
            last += 1
        # Widen to whole segments so the splice leaves no seams.
        if first < last:
            low = min(low, self.segments[first].start)
            high = max(high, self.segments[last - 1].end)
        nearby: dict[int, Mark] = {}
        for segment in self.segments[first:last]:
            for mark in segment.marks:
                nearby[mark.coding_id] = mark
        for coding_id in removed:
            self.by_id.pop(coding_id, None)
            nearby.pop(coding_id, None)
        for mark in added:
            self.by_id[mark.coding_id] = mark
            nearby[mark.coding_id] = mark
        replacement = _sweep(list(nearby.values()), low, high)
        self.segments[first:last] = replacement
        self._starts[first:last] = [segment.start for segment in replacement]
        # A clipped sweep ends at the edges of the region; join pieces that now carry the
        # same codings as their neighbour outside it, so the index stays canonical.
        for seam in (first + len(replacement), first):
            self._join(seam)

    def _join(self, index: int) -> None:
        """Merge segment ``index`` into ``index - 1`` if they touch and share their codings."""
        if 0 < index < len(self.segments):
            before, after = self.segments[index - 1], self.segments[index]
            if before.end == after.start and {m.coding_id for m in before.marks} == {
                m.coding_id for m in after.marks
            }:
                self.segments[index - 1 : index + 1] = [Segment(before.start, after.end, before.marks)]
                del self._starts[index]

    def segments_between(self, start: int, end: int) -> list[Segment]:
        """Segments overlapping ``[start, end)``, in order."""
        index = max(0, bisect_right(self._starts, start) - 1)
        found = []
        while index < len(self.segments) and self.segments[index].start < end:
            segment = self.segments[index]
            if segment.end > start:
                found.append(segment)
            index += 1
        return found

    def marks_at(self, position: int) -> tuple[Mark, ...]:
        segments = self.segments_between(position, position + 1)
        return segments[0].marks if segments else ()

    def marks_between(self, start: int, end: int) -> list[Mark]:
        """Codings overlapping ``[start, end)``, each once, by start."""
        seen: dict[int, Mark] = {}
        for segment in self.segments_between(start, end):
            for mark in segment.marks:
                seen.setdefault(mark.coding_id, mark)
        return sorted(seen.values(), key=lambda m: (m.start, m.end, m.coding_id))
