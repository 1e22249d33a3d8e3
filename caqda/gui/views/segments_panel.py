"""Coded segments: every segment of the selected code across documents, or all segments of the
current document; a click jumps to the passage."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QComboBox, QTableView, QVBoxLayout, QWidget

from caqda.core.summary import CodedSegment
from caqda.gui.models import ID_ROLE
from caqda.gui.models.segments_model import SegmentsModel
from caqda.gui.views.table_sizing import fit_columns_on_reset

BY_CODE, BY_DOCUMENT = 0, 1


class SegmentsPanel(QWidget):
    segment_activated = Signal(object)  # CodedSegment
    scope_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scope = QComboBox()
        self.scope.addItems([self.tr("Selected code, all documents"), self.tr("Current document, all codes")])
        self.scope.setCurrentIndex(BY_DOCUMENT)
        self.scope.currentIndexChanged.connect(self.scope_changed)
        self.model = SegmentsModel()
        self.table = QTableView()
        self.table.setObjectName("segments-table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(False)
        fit_columns_on_reset(self.table, stretch=3, keep=(4,))  # from the first rows, not 15,000
        self.table.clicked.connect(self._clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scope)
        layout.addWidget(self.table)

    def by_code(self) -> bool:
        return self.scope.currentIndex() == BY_CODE

    def show_segments(self, segments: list[CodedSegment]) -> None:
        self.model.load(segments)

    def _clicked(self, index: QModelIndex) -> None:
        segment = index.siblingAtColumn(0).data(ID_ROLE)
        if segment is not None:
            self.segment_activated.emit(segment)

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._clicked(self.table.currentIndex())
            return
        super().keyPressEvent(event)
