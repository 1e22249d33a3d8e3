"""The documents dock: the list with each coder's coded share, and the selected document's
attributes."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QSplitter, QTableView, QVBoxLayout, QWidget

from caqda.gui.models import ID_ROLE
from caqda.gui.models.documents_model import DocumentsModel
from caqda.gui.models.table_models import attributes_model
from caqda.gui.views.table_sizing import fit_columns_on_reset


class DocumentsPanel(QWidget):
    document_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = DocumentsModel()
        self.table = QTableView()
        self.table.setObjectName("documents-table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        fit_columns_on_reset(self.table, stretch=0)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.attributes = attributes_model()
        self.attributes_table = QTableView()
        self.attributes_table.setModel(self.attributes)
        self.attributes_table.verticalHeader().hide()
        self.attributes_table.horizontalHeader().setStretchLastSection(True)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.attributes_table)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def select_document(self, document_id: int) -> None:
        """Show ``document_id`` as current without announcing it (the caller already shows it)."""
        row = self.model.row_of(document_id)
        if row >= 0 and self.table.currentIndex().row() != row:
            selection = self.table.selectionModel()
            selection.blockSignals(True)
            self.table.selectRow(row)
            selection.blockSignals(False)
            self.table.viewport().update()

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        document_id = current.siblingAtColumn(0).data(ID_ROLE)
        if document_id is not None:
            self.document_activated.emit(document_id)
