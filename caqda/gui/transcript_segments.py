"""The coded-segments list of the open document, made from the transcript's marks.

The list shows the same codings as the transcript (the same visible coders), so it takes their
positions from the transcript's marks instead of reading them again, and makes a row's record
only when the table first shows it. A record needs the coding's uuid, which the transcript does
not hold (reading 15,000 uuids doubled the time to open a long interview): the uuids are read
for a few hundred rows at a time, around the first row that needs one.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from itertools import repeat
from operator import itemgetter

from caqda.core.coding import coding_by_uuid, coding_uuids
from caqda.core.highlights import Mark
from caqda.core.project import Project
from caqda.core.summary import CodedSegment, SegmentKey
from caqda.gui.views.transcript_content import TranscriptContent

_CODING_ID, _START, _END = itemgetter(0), itemgetter(3), itemgetter(4)  # of a Mark
_AHEAD = 256  # rows whose uuids are read together (a screenful, and the pages below it)


class TranscriptSegments:
    """Keys and lazily made records of the open document's segments."""

    def __init__(
        self,
        project: Project,
        content: TranscriptContent,
        marks: dict[int, Mark],
        position: int,
        listed_keys: Callable[[], list[SegmentKey]],
    ) -> None:
        self.project = project
        self.content = content
        self.marks = marks  # the transcript's, kept up to date by it
        self.position = position
        self.listed_keys = listed_keys  # the list's keys in order, as it holds them now
        # uuid -> the mark of a coding as the list held it before the change being applied
        self.before: dict[str, Mark] = {}
        self._uuids: dict[int, str] = {}

    def keys(self) -> list[SegmentKey]:
        """One key per mark, built with zip and itemgetter (C loops: 15,000 in milliseconds)."""
        shown = list(self.marks.values())
        return list(
            zip(
                repeat(self.position),
                repeat(self.content.document_id),
                map(_START, shown),
                map(_END, shown),
                map(_CODING_ID, shown),
                strict=False,
            )
        )

    def key_of(self, mark: Mark) -> SegmentKey:
        return (self.position, self.content.document_id, mark.start, mark.end, mark.coding_id)

    def find_key(self, uuid: str) -> SegmentKey | None:
        """The key under which the list holds this coding: its mark before the change being
        applied, else its mark now."""
        mark = self.before.get(uuid)
        if mark is None:
            coding = coding_by_uuid(self.project, uuid)
            mark = None if coding is None else self.marks.get(coding.id)
        return None if mark is None else self.key_of(mark)

    def make(self, key: SegmentKey) -> CodedSegment:
        coding_id = key[4]
        uuid = self._uuids.get(coding_id)
        if uuid is None:
            self._read_uuids_from(key)
            uuid = self._uuids[coding_id]
        content = self.content
        mark = self.marks[coding_id]
        return CodedSegment(
            uuid,
            content.name,
            content.codes[mark.code_id].name,
            content.coders.get(mark.coder_id, ""),
            mark.start,
            mark.end,
            content.text[mark.start : mark.end],
            content.memos.get(coding_id, ""),
        )

    def _read_uuids_from(self, key: SegmentKey) -> None:
        keys = self.listed_keys()
        row = bisect_left(keys, key)
        wanted = [listed[4] for listed in keys[max(0, row - 16) : row + _AHEAD]]
        if key[4] not in wanted:
            wanted.append(key[4])
        self._uuids.update(coding_uuids(self.project, wanted))
