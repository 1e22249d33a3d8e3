"""Opening the Similar passages window for the open project (one, closed with the project)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from caqda.gui.main_window import MainWindow
    from caqda.gui.similar.similar_window import SimilarWindow


class SimilarActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.similar: SimilarWindow | None = None
        self._session = None

    def open(self) -> SimilarWindow | None:
        from caqda.gui.similar.similar_window import SimilarWindow

        window = self.window
        if window.session is None:
            return None
        if self.similar is not None and self._session is not window.session:
            self.similar.close()
            self.similar.deleteLater()
            self.similar = None
        if self.similar is None:
            self._session = window.session
            self.similar = SimilarWindow(
                window.session,
                window.run,
                window.codebook_panel.current_code,
                self._selection,
                self._show,
                window,
            )
        self.similar.show()
        return self.similar

    def _selection(self) -> tuple[int, int, int] | None:
        view = self.window.transcript
        span = view.selected_range()
        if span is None or view.document_id is None:
            return None
        return view.document_id, span[0], span[1]

    def _show(self, document_id: int, start: int, end: int) -> None:
        self.window.show_document(document_id)
        self.window.transcript.select_range(start, end)
