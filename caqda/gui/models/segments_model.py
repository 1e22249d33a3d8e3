"""The coded-segments table, kept in listing order so that one coding changes one row.

Rows carry their sort key (document position, document id, start, end, coding id, as
:func:`caqda.core.summary.keyed_segments` gives it); a new segment goes in by bisection and a
removed one is found by its key, so adding a coding to a 15,000-segment list inserts one row
instead of resetting the model. A list can also be filled lazily (:meth:`load_lazy`): only the
keys up front, each row's record made when the view first asks for it, and a coding's row
found from its uuid by asking (the list does not read 15,000 uuids to open a document).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from caqda.core.summary import CodedSegment, SegmentKey
from caqda.gui.models import ID_ROLE
from caqda.gui.models.table_models import RecordTableModel

# A row's review mark ("approved", "rejected", "discuss", or "unreviewed"), for filtering.
MARK_ROLE = ID_ROLE + 1


class SegmentsModel(RecordTableModel[CodedSegment]):
    def __init__(self) -> None:
        super().__init__(
            [
                (self.tr("Document"), lambda s: s.document),
                (self.tr("Code"), lambda s: s.code),
                (self.tr("Coder"), lambda s: s.coder),
                (self.tr("Text"), lambda s: s.text),
                (self.tr("Memo"), lambda s: s.memo),
                (self.tr("Review"), lambda s: self.review_of(s)),
            ]
        )
        # The Review column's text for a segment; the panel sets it (review marks live apart).
        self.review_of: Callable[[CodedSegment], str] = lambda segment: ""
        # The review mark of a segment's coding ("" when none); the panel sets it.
        self.mark_of: Callable[[CodedSegment], str] = lambda segment: ""
        self.keys: list[SegmentKey] = []
        self._items: list[CodedSegment | None] = []
        self._key_of_uuid: dict[str, SegmentKey] = {}
        self._make: Callable[[SegmentKey], CodedSegment] | None = None
        # A lazily filled list's way from a coding's uuid to its row's key (None: all known)
        self._find_key: Callable[[str], SegmentKey | None] | None = None

    # -- filling ---------------------------------------------------------------------------
    def load(self, rows: list[CodedSegment]) -> None:
        """Show unkeyed rows (nothing to patch later: the list is reloaded on each change)."""
        self.load_keyed([((0, 0, 0, 0, index), row) for index, row in enumerate(rows)])

    def load_keyed(self, keyed: list[tuple[SegmentKey, CodedSegment]]) -> None:
        self.beginResetModel()
        self.keys = [key for key, _ in keyed]
        self._items = [segment for _, segment in keyed]
        self._key_of_uuid = {segment.uuid: key for key, segment in keyed}
        self._make = None
        self._find_key = None
        self.endResetModel()

    def load_lazy(
        self,
        keys: list[SegmentKey],
        make: Callable[[SegmentKey], CodedSegment],
        find_key: Callable[[str], SegmentKey | None],
    ) -> None:
        """Only the keys now; ``make(key)`` builds a row's record when it is first shown, and
        ``find_key(uuid)`` gives the key of a listed coding (as listed: before a change to it)."""
        self.beginResetModel()
        self.keys = sorted(keys)
        self._items = [None] * len(self.keys)
        self._key_of_uuid = {}
        self._make = make
        self._find_key = find_key
        self.endResetModel()

    def listed_uuids(self) -> list[str] | None:
        """The uuids of the listed codings; None for a lazily filled list, which does not
        know them all."""
        return None if self._find_key is not None else list(self._key_of_uuid)

    @property
    def rows(self) -> list[CodedSegment]:  # type: ignore[override]
        """Every row's record (made now where still missing)."""
        return [self.row_at(row) for row in range(len(self.keys))]

    @rows.setter
    def rows(self, value: list[CodedSegment]) -> None:
        self._items = list(value)

    def row_at(self, row: int) -> CodedSegment:
        item = self._items[row]
        if item is None:
            assert self._make is not None
            item = self._items[row] = self._make(self.keys[row])
        return item

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != MARK_ROLE:
            return RecordTableModel.data(self, index, role)
        if not index.isValid():
            return None
        return self.mark_of(self.row_at(index.row())) or "unreviewed"

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # type: ignore[override]  # noqa: B008
        return 0 if parent.isValid() else len(self.keys)

    # -- one row at a time -------------------------------------------------------------------
    def row_of_uuid(self, uuid: str) -> int:
        """The row showing this coding, or -1."""
        key = self._key_of_uuid.get(uuid)
        if key is None and self._find_key is not None:
            key = self._find_key(uuid)
        if key is None:
            return -1
        row = bisect_left(self.keys, key)
        if row < len(self.keys) and self.keys[row] == key:
            return row
        return -1

    def remove_uuid(self, uuid: str) -> bool:
        row = self.row_of_uuid(uuid)
        if row < 0:
            return False
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._items[row]
        del self.keys[row]
        self._key_of_uuid.pop(uuid, None)
        self.endRemoveRows()
        return True

    def insert_keyed(self, key: SegmentKey, segment: CodedSegment) -> int:
        """Insert one segment at its place in the listing order; returns its row."""
        row = bisect_left(self.keys, key)
        self.beginInsertRows(QModelIndex(), row, row)
        self._items.insert(row, segment)
        self.keys.insert(row, key)
        self._key_of_uuid[segment.uuid] = key
        self.endInsertRows()
        return row

    def replace_keyed(self, key: SegmentKey, segment: CodedSegment) -> None:
        """Put the new state of a segment in: one row changed in place when it keeps its place
        (a recode, a memo), otherwise moved by a remove and an insert."""
        row = self.row_of_uuid(segment.uuid)
        if row >= 0 and self.keys[row] == key:
            self._items[row] = segment
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
            return
        self.remove_uuid(segment.uuid)
        self.insert_keyed(key, segment)
