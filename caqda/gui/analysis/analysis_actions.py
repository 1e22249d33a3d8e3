"""Opens the analysis windows for the open project, and brings a passage they point at into
the main window's transcript. It gets the narrow things it needs, not the main window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMainWindow, QWidget

from caqda.gui.session import ProjectSession


class AnalysisActions(QObject):
    def __init__(
        self,
        parent: QWidget,
        *,
        session: Callable[[], ProjectSession | None],
        run: Callable[[object], bool],
        show_document: Callable[[int], None],
        transcript: object,
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._session, self._run, self._show_document, self._transcript = (
            session,
            run,
            show_document,
            transcript,
        )
        self.query_window: QMainWindow | None = None
        self.tables_window: QMainWindow | None = None

    def open_passage(self, document_id: int, start: int, end: int) -> None:
        transcript = self._transcript
        if transcript.document_id != document_id:  # type: ignore[attr-defined]
            self._show_document(document_id)
        transcript.select_range(start, end)  # type: ignore[attr-defined]
        transcript.centerCursor()  # type: ignore[attr-defined]

    def open_query(self) -> None:
        from caqda.gui.analysis.query_window import QueryWindow

        session = self._session()
        if session is None:
            return
        self.query_window = QueryWindow(
            session.project, session.coder.id, self._run, self.open_passage, self._parent
        )
        self._show(self.query_window)

    def open_tables(self) -> None:
        from caqda.gui.analysis.tables_window import TablesWindow

        session = self._session()
        if session is None:
            return
        self.tables_window = TablesWindow(session.project, self.open_passage, self._parent)
        self._show(self.tables_window)

    @staticmethod
    def _show(window: QMainWindow) -> None:
        window.setWindowFlag(Qt.WindowType.Window)
        window.show()
