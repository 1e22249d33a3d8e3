"""Opening the corpus windows (documents and sets, attributes) for the open project, one of
each, closed with the project."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from caqda.core.project import Change

if TYPE_CHECKING:
    from caqda.gui.main_window import MainWindow

# Changes the documents dock does not notice by its row count (a rename or a new order); until
# the dock refreshes on them itself, this controller reloads it.
_DOCUMENT_LIST_CHANGES = {"rename document", "reorder documents"}


class CorpusActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.windows: dict[str, QWidget] = {}
        self._session = None

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

    def _open(self, name: str, kind) -> QWidget | None:  # type: ignore[no-untyped-def]
        if not self._ready():
            return None
        widget = self.windows.get(name)
        if widget is None:
            widget = kind(self.window.session, self.window.run, self.window)
            self.windows[name] = widget
        if widget.isVisible():
            widget.raise_()  # already open: bring it forward
        widget.show()
        return widget

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
