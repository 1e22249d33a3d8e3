"""Coded segments: every segment of the selected code across documents, or all segments of the
current document; a click jumps to the passage. A Review column shows each segment's review
mark, and a second choice shows only the segments with one mark (or none)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QTableView, QVBoxLayout, QWidget

from caqda.core.summary import CodedSegment
from caqda.gui.models import ID_ROLE
from caqda.gui.models.segments_model import SegmentsModel
from caqda.gui.views.table_sizing import fit_columns_on_reset

BY_CODE, BY_DOCUMENT = 0, 1
REVIEW_FILTERS = (None, "approved", "rejected", "discuss", "unreviewed")


class _ReviewFilter(QSortFilterProxyModel):
    """Passes every row (without building lazy rows) unless one review mark is chosen."""

    def __init__(self, mark_of: Callable[[str], str], parent: QWidget) -> None:
        super().__init__(parent)
        self.wanted: str | None = None
        self._mark_of = mark_of

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if self.wanted is None:
            return True
        model = self.sourceModel()
        assert isinstance(model, SegmentsModel)
        return (self._mark_of(model.row_at(source_row).uuid) or "unreviewed") == self.wanted


class SegmentsPanel(QWidget):
    segment_activated = Signal(object)  # CodedSegment
    scope_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scope = QComboBox()
        self.scope.addItems([self.tr("Selected code, all documents"), self.tr("Current document, all codes")])
        self.scope.setCurrentIndex(BY_DOCUMENT)
        self.scope.currentIndexChanged.connect(self.scope_changed)
        # coding uuids -> their review marks; set by the review wiring (None: no marks to show)
        self.verdict_source: Callable[[list[str]], dict[str, str]] | None = None
        self.verdict_label: Callable[[str], str] = lambda mark: mark
        self._verdicts: dict[str, str] | None = None  # read once per list, when first needed
        self.review_filter = QComboBox()
        self.review_filter.setObjectName("segments-review-filter")
        for label in (
            self.tr("All review marks"),
            self.tr("Approved"),
            self.tr("Rejected"),
            self.tr("To discuss"),
            self.tr("Unreviewed"),
        ):
            self.review_filter.addItem(label)
        self.review_filter.currentIndexChanged.connect(self._filter_changed)
        self.model = SegmentsModel()
        self.model.review_of = lambda segment: self.verdict_label(self.verdict_of(segment.uuid))
        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.dataChanged):
            signal.connect(self._forget_verdicts)
        self.shown = _ReviewFilter(self.verdict_of, self)
        self.shown.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("segments-table")
        self.table.setModel(self.shown)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(False)
        fit_columns_on_reset(self.table, stretch=3, keep=(4,))  # from the first rows, not 15,000
        self.table.clicked.connect(self._clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        choices = QHBoxLayout()
        choices.addWidget(self.scope, 2)
        choices.addWidget(self.review_filter, 1)
        layout.addLayout(choices)
        layout.addWidget(self.table)

    def by_code(self) -> bool:
        return self.scope.currentIndex() == BY_CODE

    def show_segments(self, segments: list[CodedSegment]) -> None:
        self.model.load(segments)

    def shown_segments(self) -> list[CodedSegment]:
        """The segments the table shows now (after the review-mark choice)."""
        return [
            self.model.row_at(self.shown.mapToSource(self.shown.index(row, 0)).row())
            for row in range(self.shown.rowCount())
        ]

    def verdict_of(self, uuid: str) -> str:
        if self._verdicts is None:
            source = self.verdict_source
            uuids = list(self.model._key_of_uuid)
            self._verdicts = source(uuids) if source is not None and uuids else {}
        return self._verdicts.get(uuid, "")

    def _forget_verdicts(self) -> None:
        self._verdicts = None

    def reread_verdicts(self) -> None:
        """After a review mark changed: read the marks again and redraw the Review column."""
        self._verdicts = None
        self.shown.invalidate()
        rows = self.model.rowCount()
        if rows:
            column = self.model.columnCount() - 1
            self.model.dataChanged.emit(self.model.index(0, column), self.model.index(rows - 1, column))

    def _filter_changed(self) -> None:
        self.shown.wanted = REVIEW_FILTERS[max(0, self.review_filter.currentIndex())]
        self._verdicts = None
        self.shown.invalidate()

    def _clicked(self, index: QModelIndex) -> None:
        segment = index.siblingAtColumn(0).data(ID_ROLE)
        if segment is not None:
            self.segment_activated.emit(segment)

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._clicked(self.table.currentIndex())
            return
        super().keyPressEvent(event)
