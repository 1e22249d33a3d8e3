"""Coded segments: every segment of the selected code across documents, or all segments of the
current document; a click jumps to the passage. A Review column shows each segment's review
mark, and a second choice shows only the segments with one mark (or none). The selected code's
segments can be narrowed to a document set and an attribute condition, as ``caqda codings
--set/--where`` are; the refresher reads :meth:`SegmentsPanel.document_selection`."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QRegularExpression, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTableView, QVBoxLayout, QWidget

from caqda.core.document_filter import DocumentSelection
from caqda.core.project import Project
from caqda.core.summary import CodedSegment
from caqda.gui.models import ID_ROLE
from caqda.gui.models.segments_model import MARK_ROLE, SegmentsModel
from caqda.gui.views.document_scope_row import DocumentScopeRow
from caqda.gui.views.table_sizing import fit_columns_on_reset

BY_CODE, BY_DOCUMENT = 0, 1
REVIEW_FILTERS = (None, "approved", "rejected", "discuss", "unreviewed")


class _ReviewFilter(QSortFilterProxyModel):
    """Passes every row unless one review mark is chosen. Qt's own row test does the work (on
    :data:`MARK_ROLE`): with no mark chosen it passes 15,000 rows without a call into Python
    per row and without building lazy rows."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setFilterRole(MARK_ROLE)
        self.setFilterKeyColumn(0)
        self._wanted: str | None = None

    @property
    def wanted(self) -> str | None:
        return self._wanted

    @wanted.setter
    def wanted(self, mark: str | None) -> None:
        """Show only rows with this review mark (None: every row); filters again now."""
        self._wanted = mark
        pattern = "" if mark is None else f"^{re.escape(mark)}$"
        self.setFilterRegularExpression(QRegularExpression(pattern))


class SegmentsPanel(QWidget):
    segment_activated = Signal(object)  # CodedSegment
    scope_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scope = QComboBox()
        self.scope.addItems([self.tr("Selected code, all documents"), self.tr("Current document, all codes")])
        self.scope.setCurrentIndex(BY_DOCUMENT)
        self.scope.currentIndexChanged.connect(self._scope_changed)
        self.project_getter: Callable[[], Project | None] = lambda: None
        self.documents_row = DocumentScopeRow(lambda: self.project_getter(), self)
        self.documents_row.setObjectName("segments-document-filter")
        self.documents_row.changed.connect(self.scope_changed)
        self.filter_message = QLabel(self)
        self.filter_message.setObjectName("segments-filter-message")
        self.filter_message.setWordWrap(True)
        self.filter_message.setStyleSheet("color: #b91c1c;")
        self.filter_message.hide()
        # coding uuids -> their review marks; set by the review wiring (None: no marks to show)
        self.verdict_source: Callable[[list[str] | None], dict[str, str]] | None = None
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
        self.model.mark_of = lambda segment: self.verdict_of(segment.uuid)
        self.shown = _ReviewFilter(self)
        self.shown.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("segments-table")
        self.table.setModel(self.shown)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(False)
        # From the rows a dock shows at first (a dozen), not 15,000: measuring 40 rows was a
        # tenth of a switch to a long transcript.
        fit_columns_on_reset(self.table, stretch=3, keep=(4,), precision=12)
        self.table.clicked.connect(self._clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        choices = QHBoxLayout()
        choices.addWidget(self.scope, 2)
        choices.addWidget(self.review_filter, 1)
        layout.addLayout(choices)
        layout.addWidget(self.documents_row)
        layout.addWidget(self.filter_message)
        layout.addWidget(self.table)
        self.documents_row.setVisible(False)  # the scope starts on the current document

    def by_code(self) -> bool:
        return self.scope.currentIndex() == BY_CODE

    def document_selection(self) -> DocumentSelection:
        """The documents the selected code's segments come from (everything in the current
        document scope). Raises a :class:`~caqda.core.errors.CaqdaError` for a bad condition."""
        if not self.by_code():
            return DocumentSelection()
        return self.documents_row.selection()

    def show_filter_error(self, message: str | None) -> None:
        """A refused set or condition is said under the row (None: no message)."""
        self.filter_message.setText(message or "")
        self.filter_message.setVisible(bool(message))

    def no_match_text(self) -> str:
        return self.tr("No document matches the set and condition.")

    def _scope_changed(self) -> None:
        self.documents_row.setVisible(self.by_code())
        if not self.by_code():
            self.show_filter_error(None)
        self.scope_changed.emit()

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
            uuids = self.model.listed_uuids()
            self._verdicts = source(uuids) if source is not None and uuids != [] else {}
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
        self._verdicts = None
        self.shown.wanted = REVIEW_FILTERS[max(0, self.review_filter.currentIndex())]

    def _clicked(self, index: QModelIndex) -> None:
        segment = index.siblingAtColumn(0).data(ID_ROLE)
        if segment is not None:
            self.segment_activated.emit(segment)

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._clicked(self.table.currentIndex())
            return
        super().keyPressEvent(event)
