"""Coded ranges of one document flattened into elementary segments for drawing.

A transcript view paints backgrounds from these: one sweep over the coding boundaries gives
the pieces of text where the set of covering codings is constant, so painting never loops
over codings per character and overlaps are known exactly.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple


class Mark(NamedTuple):
    """What a view needs of a coding to draw it (a named tuple: 15,000 are made each time a
    long transcript opens, several times faster than a frozen dataclass)."""

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


CHUNK = 16_384  # characters per lazily swept stretch of text


class HighlightIndex:
    """Elementary segments of a document's codings, searchable by position.

    The text is cut into stretches of ``chunk`` characters; a stretch is swept the first time
    something asks for it (painting asks only for what is on screen), so opening a transcript
    with 15,000 codings sweeps a few stretches instead of all of them. :meth:`update` forgets
    only the stretches a changed coding touches. A segment never crosses a stretch boundary
    (one that would is cut in two there): painting and look-ups cannot tell the difference.
    """

    def __init__(self, marks: list[Mark], chunk: int = CHUNK) -> None:
        self.chunk = chunk
        self.by_id = {mark.coding_id: mark for mark in marks}
        self._members: dict[int, dict[int, Mark]] = {}  # stretch -> codings overlapping it
        self._swept: dict[int, tuple[list[Segment], list[int]]] = {}  # stretch -> segments, starts
        self._depths: dict[int, int] = {}  # stretch -> deepest overlap in it
        members = self._members
        for mark in self.by_id.values():  # :meth:`_enter` inlined: 15,000 calls saved on a switch
            first, last = mark.start // chunk, (mark.end - 1) // chunk
            if first == last:
                stretch = members.get(first)
                if stretch is None:
                    stretch = members[first] = {}
                stretch[mark.coding_id] = mark
            else:
                self._enter(mark)

    def ids_of(self, code_id: int, coder_id: int, start: int, end: int) -> list[int]:
        """The ids of the codings with exactly these fields (a coding removed is known to a
        view by its last state, not its id)."""
        fields = (code_id, coder_id, start, end)
        members = self._members.get(start // self.chunk, {})
        return [mark.coding_id for mark in members.values() if mark[1:] == fields]

    def _stretches(self, mark: Mark) -> range:
        return range(mark.start // self.chunk, (mark.end - 1) // self.chunk + 1)

    def _enter(self, mark: Mark) -> None:
        first, last = mark.start // self.chunk, (mark.end - 1) // self.chunk
        if first == last:  # most codings lie in one stretch
            members = self._members.get(first)
            if members is None:
                members = self._members[first] = {}
            members[mark.coding_id] = mark
            return
        for stretch in range(first, last + 1):
            self._members.setdefault(stretch, {})[mark.coding_id] = mark

    def _leave(self, mark: Mark) -> None:
        for stretch in self._stretches(mark):
            members = self._members.get(stretch)
            if members is not None:
                members.pop(mark.coding_id, None)
                if not members:
                    del self._members[stretch]

    def _stretch(self, stretch: int) -> tuple[list[Segment], list[int]]:
        swept = self._swept.get(stretch)
        if swept is None:
            low = stretch * self.chunk
            segments = _sweep(list(self._members.get(stretch, {}).values()), low, low + self.chunk)
            swept = self._swept[stretch] = (segments, [segment.start for segment in segments])
        return swept

    @property
    def segments(self) -> list[Segment]:
        """Every segment in order (sweeps the whole document: for tests and exports)."""
        found: list[Segment] = []
        for stretch in sorted(self._members):
            found.extend(self._stretch(stretch)[0])
        return found

    @property
    def marks(self) -> list[Mark]:
        return sorted(self.by_id.values(), key=lambda m: (m.start, m.end, m.coding_id))

    def depth(self, enough: int | None = None) -> int:
        """The most codings that cover one character anywhere in the document (counted per
        stretch by a sweep of counters, not of segments, and kept between updates). With
        ``enough``, a stretch at least that deep ends the count (its depth is returned): the
        stripes need no more than their most lanes, and a long transcript's first stretches
        usually have that many."""
        known = max(self._depths.values(), default=0)
        for stretch, members in self._members.items():
            if enough is not None and known >= enough:
                return known
            if stretch not in self._depths:
                depth = self._depths[stretch] = _deepest(
                    members.values(), stretch * self.chunk, (stretch + 1) * self.chunk
                )
                known = max(known, depth)
        return known

    def update(self, removed: set[int], added: list[Mark]) -> None:
        """Drop the codings with ids in ``removed`` and add ``added`` (a changed coding is both)."""
        touched: set[int] = set()
        for coding_id in removed:
            mark = self.by_id.pop(coding_id, None)
            if mark is not None:
                self._leave(mark)
                touched.update(self._stretches(mark))
        for mark in added:
            old = self.by_id.get(mark.coding_id)
            if old is not None:
                self._leave(old)
                touched.update(self._stretches(old))
            self.by_id[mark.coding_id] = mark
            self._enter(mark)
            touched.update(self._stretches(mark))
        for stretch in touched:
            self._swept.pop(stretch, None)
            self._depths.pop(stretch, None)

    def segments_between(self, start: int, end: int) -> list[Segment]:
        """Segments overlapping ``[start, end)``, in order."""
        found = []
        if end <= start:
            return found
        for stretch in range(max(0, start) // self.chunk, (end - 1) // self.chunk + 1):
            if stretch not in self._members:
                continue
            segments, starts = self._stretch(stretch)
            index = max(0, bisect_right(starts, start) - 1)
            while index < len(segments) and segments[index].start < end:
                segment = segments[index]
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


def _deepest(marks: Iterable[Mark], low: int, high: int) -> int:
    """The most of ``marks`` covering one position of ``[low, high)``: a sweep of +1/-1 events
    encoded as integers (ends sort before starts at the same place)."""
    events = []
    for mark in marks:
        start = mark.start if mark.start > low else low
        end = mark.end if mark.end < high else high
        if start < end:
            events.append(start * 2 + 1)
            events.append(end * 2)
    events.sort()
    depth = deepest = 0
    for event in events:
        if event & 1:
            depth += 1
            if depth > deepest:
                deepest = depth
        else:
            depth -= 1
    return deepest
