"""Opening the corpus windows (documents and sets, attributes) for the open project, one of
each, closed with the project."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMenu, QWidget

from caqda.core.project import Change
from caqda.gui.models import ID_ROLE

if TYPE_CHECKING:
    from caqda.gui.main_window import MainWindow

# Changes the documents dock does not notice by its row count (a rename or a new order); until
# the dock refreshes on them itself, this controller reloads it.
_DOCUMENT_LIST_CHANGES = {"rename document", "reorder documents", "pseudonymise", "undo pseudonymise"}


class CorpusActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.windows: dict[str, QWidget] = {}
        self._session = None
        table = window.documents_panel.table
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._dock_menu)

    def _ready(self) -> bool:
        session = self.window.session
        if session is None:
            return False
        if session is not self._session:
            for widget in self.windows.values():
                widget.close()
                widget.deleteLater()
            self.windows.clear()
            self._session = session
            session.changed.connect(self._on_changed)
        return True

    def open_documents(self) -> QWidget | None:
        from caqda.gui.corpus.documents_window import DocumentsWindow

        return self._open("documents", DocumentsWindow)

    def open_attributes(self) -> QWidget | None:
        from caqda.gui.corpus.attributes_window import AttributesWindow

        return self._open("attributes", AttributesWindow)

    def open_pseudonymise(self) -> QWidget | None:
        from caqda.gui.privacy.pseudonymise_window import PseudonymiseWindow

        return self._open("pseudonymise", PseudonymiseWindow)

    def _open(self, name: str, kind) -> QWidget | None:  # type: ignore[no-untyped-def]
        if not self._ready():
            return None
        widget = self.windows.get(name)
        if widget is None:
            widget = kind(self.window.session, self.window.run, self.window)
            self.windows[name] = widget
        if widget.isVisible() and QGuiApplication.platformName() != "offscreen":
            widget.raise_()  # already open: bring it forward (offscreen Qt has no stacking to change)
        widget.show()
        return widget

    def dock_menu(self, document_id: int) -> QMenu:
        """Rename, delete or see the details of a document from the documents dock."""
        menu = QMenu(self.window)
        menu.addAction(self.tr("&Rename…"), lambda: self._in_documents_window(document_id, "rename"))
        menu.addAction(self.tr("&Delete…"), lambda: self._in_documents_window(document_id, "delete"))
        menu.addAction(self.tr("Details and &sets…"), lambda: self._in_documents_window(document_id, None))
        menu.addAction(self.tr("&Attributes…"), self.open_attributes)
        return menu

    def _dock_menu(self, point: QPoint) -> None:
        table = self.window.documents_panel.table
        index = table.indexAt(point)
        document_id = index.siblingAtColumn(0).data(ID_ROLE) if index.isValid() else None
        if document_id is not None and self.window.session is not None:
            self.dock_menu(int(document_id)).popup(table.viewport().mapToGlobal(point))

    def _in_documents_window(self, document_id: int, action: str | None) -> None:
        widget = self.open_documents()
        if widget is None:
            return
        widget.set_filter.setCurrentIndex(0)  # type: ignore[attr-defined]
        widget.condition.clear()  # type: ignore[attr-defined]
        widget.reload()  # type: ignore[attr-defined]
        widget.select_ids([document_id])  # type: ignore[attr-defined]
        if action == "rename":
            widget.rename_selected()  # type: ignore[attr-defined]
        elif action == "delete":
            widget.delete_selected()  # type: ignore[attr-defined]

    def _on_changed(self, changes: list[Change]) -> None:
        session = self.window.session
        if session is None or not any(change.action in _DOCUMENT_LIST_CHANGES for change in changes):
            return
        from caqda.core import coders, documents, summary

        panel = self.window.documents_panel
        panel.model.load(
            documents.list_documents(session.project),
            coders.list_coders(session.project),
            summary.coded_shares(session.project),
        )
        if self.window.transcript.document_id is not None:
            panel.select_document(self.window.transcript.document_id)
