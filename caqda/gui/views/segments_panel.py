"""Coded segments: every segment of the selected code across documents, or all segments of the
current document; a click jumps to the passage. A Review column shows each segment's review
mark, and the list can be narrowed to one mark."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QHeaderView, QTableView, QVBoxLayout, QWidget

from caqda.core.summary import CodedSegment
from caqda.gui.models import ID_ROLE
from caqda.gui.models.table_models import segments_model

BY_CODE, BY_DOCUMENT = 0, 1
REVIEW_FILTERS = (None, "approved", "rejected", "discuss", "unreviewed")


class SegmentsPanel(QWidget):
    segment_activated = Signal(object)  # CodedSegment
    scope_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scope = QComboBox()
        self.scope.addItems([self.tr("Selected code, all documents"), self.tr("Current document, all codes")])
        self.scope.setCurrentIndex(BY_DOCUMENT)
        self.scope.currentIndexChanged.connect(self.scope_changed)
        # coding uuids -> their review marks; set by the review wiring (None: no Review column data)
        self.verdict_source: Callable[[list[str]], dict[str, str]] | None = None
        self.verdict_label: Callable[[str], str] = lambda mark: mark
        self.verdicts: dict[str, str] = {}
        self._segments: list[CodedSegment] = []
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
        self.review_filter.currentIndexChanged.connect(self._show)
        self.model = segments_model(lambda s: self.verdict_label(self.verdicts.get(s.uuid, "")))
        self.table = QTableView()
        self.table.setObjectName("segments-table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setResizeContentsPrecision(100)  # size columns from the first rows, not 15,000
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Interactive)
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
        self._segments = segments
        self._show()

    def _show(self) -> None:
        source = self.verdict_source
        self.verdicts = source([s.uuid for s in self._segments]) if source and self._segments else {}
        wanted = REVIEW_FILTERS[max(0, self.review_filter.currentIndex())]
        if wanted is None:
            shown = self._segments
        else:
            shown = [s for s in self._segments if self.verdicts.get(s.uuid, "unreviewed") == wanted]
        self.model.load(shown)

    def _clicked(self, index: QModelIndex) -> None:
        segment = index.siblingAtColumn(0).data(ID_ROLE)
        if segment is not None:
            self.segment_activated.emit(segment)

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._clicked(self.table.currentIndex())
            return
        super().keyPressEvent(event)
