"""The main window: documents and codebook docks around a read-only transcript.

This is the plain shell of the foundation; the coding workbench builds on it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QHeaderView,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QTableView,
    QTreeView,
)

from caqda.core import documents
from caqda.core.errors import CaqdaError
from caqda.core.project import Project
from caqda.gui.models import ID_ROLE
from caqda.gui.models.codebook_model import CodebookModel
from caqda.gui.models.documents_model import DocumentsModel


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.project: Project | None = None
        self.setWindowTitle("caqda")
        self.resize(1280, 800)

        self.transcript = QPlainTextEdit(readOnly=True)
        self.transcript.setObjectName("transcript")
        self.transcript.setFont(QFont("DejaVu Sans", 11))
        self.transcript.setPlaceholderText(self.tr("Open a project and choose a document."))
        self.setCentralWidget(self.transcript)

        self.documents_model = DocumentsModel()
        self.documents_view = QTableView()
        self.documents_view.setModel(self.documents_model)
        self.documents_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.documents_view.verticalHeader().hide()
        header = self.documents_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.documents_view.clicked.connect(self._show_document)
        self._add_dock(
            self.tr("Documents"), "documents", self.documents_view, Qt.DockWidgetArea.LeftDockWidgetArea
        )

        self.codebook_model = CodebookModel()
        self.codebook_view = QTreeView()
        self.codebook_view.setModel(self.codebook_model)
        self.codebook_view.header().setStretchLastSection(False)
        self.codebook_view.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.codebook_view.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self._add_dock(
            self.tr("Codebook"), "codebook", self.codebook_view, Qt.DockWidgetArea.RightDockWidgetArea
        )

        self.resizeDocks(
            [self.findChild(QDockWidget, "documents-dock"), self.findChild(QDockWidget, "codebook-dock")],
            [380, 330],
            Qt.Orientation.Horizontal,
        )

        open_action = QAction(self.tr("&Open project…"), self, shortcut=QKeySequence.StandardKey.Open)
        open_action.triggered.connect(self._ask_open)
        quit_action = QAction(self.tr("&Quit"), self, shortcut=QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(open_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)

    def _add_dock(
        self, title: str, name: str, widget: QTableView | QTreeView, area: Qt.DockWidgetArea
    ) -> None:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"{name}-dock")
        dock.setWidget(widget)
        self.addDockWidget(area, dock)

    def open_project(self, path: Path) -> None:
        """Open ``path``; raises CaqdaError (the caller shows it) and keeps the old project then."""
        project = Project.open(path)
        if self.project is not None:
            self.project.close()
        self.project = project
        self.setWindowTitle(f"{path.name} — caqda")
        self.documents_model.load(project)
        self.codebook_model.load(project)
        self.codebook_view.expandAll()
        self.transcript.clear()
        if self.documents_model.rowCount():
            self.show_document_row(0)

    def show_document_row(self, row: int) -> None:
        self.documents_view.selectRow(row)
        self._show_document(self.documents_model.index(row, 0))

    def show_document_named(self, name: str) -> None:
        assert self.project is not None
        document = documents.find_document(self.project, name)
        for row in range(self.documents_model.rowCount()):
            if self.documents_model.index(row, 0).data(ID_ROLE) == document.id:
                self.show_document_row(row)
                return

    def _show_document(self, index: QModelIndex) -> None:
        if self.project is None or not index.isValid():
            return
        document_id = index.siblingAtColumn(0).data(ID_ROLE)
        self.transcript.setPlainText(documents.document_text(self.project, document_id))

    def _ask_open(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open project"), "", self.tr("caqda projects (*.caqda)")
        )
        if name:
            try:
                self.open_project(Path(name))
            except CaqdaError as error:
                QMessageBox.warning(self, self.tr("Cannot open project"), str(error))

    def closeEvent(self, event: object) -> None:
        if self.project is not None:
            self.project.close()
            self.project = None
        super().closeEvent(event)  # type: ignore[arg-type]
