"""Rewrite a text through a set of replacements and carry offsets across them.

A position is mapped as a *start* or as an *end*: a start inside a replaced stretch moves to the
beginning of the replacement, an end inside one to its end, so a coding that began or ended in
the middle of a name covers the whole pseudonym, and a coding that ends exactly where a name
begins (or begins where one ends) does not take the name in.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Edit:
    """Replace ``[start, end)`` of the old text by ``new``."""

    start: int
    end: int
    new: str


class Remapper:
    """The new text and the offset maps for non-overlapping ``edits`` of ``text``."""

    def __init__(self, text: str, edits: Sequence[Edit]) -> None:
        ordered = sorted(edits, key=lambda edit: edit.start)
        for before, after in itertools.pairwise(ordered):
            if after.start < before.end:
                raise ValueError("replacements overlap")
        self._starts = [edit.start for edit in ordered]
        self._ends = [edit.end for edit in ordered]
        self._lengths = [len(edit.new) for edit in ordered]
        # _shift[i]: how far everything after the first i edits has moved
        self._shift = [0]
        pieces: list[str] = []
        cursor = 0
        for edit in ordered:
            pieces.append(text[cursor : edit.start])
            pieces.append(edit.new)
            cursor = edit.end
            self._shift.append(self._shift[-1] + len(edit.new) - (edit.end - edit.start))
        pieces.append(text[cursor:])
        self.text = "".join(pieces)
        self.edits = ordered

    def new_span(self, index: int) -> tuple[int, int]:
        """Where the ``index``-th edit (in text order) stands in the new text."""
        start = self._starts[index] + self._shift[index]
        return start, start + self._lengths[index]

    def start(self, position: int) -> int:
        index = bisect.bisect_right(self._starts, position) - 1
        if index >= 0 and position < self._ends[index]:
            return self._starts[index] + self._shift[index]
        return position + self._shift[index + 1]

    def end(self, position: int) -> int:
        index = bisect.bisect_left(self._starts, position) - 1
        if index >= 0 and position <= self._ends[index]:
            return self._starts[index] + self._shift[index] + self._lengths[index]
        return position + self._shift[index + 1]
