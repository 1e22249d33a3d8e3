"""The search dock's work in the window: focusing it, searching from elsewhere (a code's
example, a menu), showing a hit in its document, and auto-coding every hit as one undo step."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QDockWidget, QWidget

from caqda.core import codebook
from caqda.gui.session import ProjectSession
from caqda.gui.views.search_panel import SearchPanel
from caqda.gui.views.transcript_view import TranscriptView


class SearchActions(QObject):
    def __init__(
        self,
        parent: QWidget,
        *,
        session: Callable[[], ProjectSession | None],
        panel: SearchPanel,
        dock: QDockWidget,
        transcript: TranscriptView,
        show_document: Callable[[int], None],
        ask_code: Callable[[], int | None],
        run: Callable[[QUndoCommand], bool],
        status: Callable[[str], None],
    ) -> None:
        super().__init__(parent)
        self.session, self.panel, self.dock, self.transcript = session, panel, dock, transcript
        self.show_document, self.ask_code, self.run, self.status = show_document, ask_code, run, status

    def focus_search(self) -> None:
        self.dock.show()
        self.dock.raise_()
        self.panel.query.setFocus()
        self.panel.query.selectAll()

    def search(self, query: str) -> None:
        """Search for ``query`` with the search dock's mode and filters."""
        self.focus_search()
        self.panel.query.setText(query)
        self.panel.run_search()

    def jump_to_hit(self, hit: object) -> None:
        if self.transcript.document_id != hit.document_id:  # type: ignore[attr-defined]
            self.show_document(hit.document_id)  # type: ignore[attr-defined]
        self.transcript.select_range(hit.start, hit.end)  # type: ignore[attr-defined]
        self.transcript.centerCursor()

    def autocode_hits(self, unit: str) -> None:
        from caqda.gui.commands import AutoCode

        session = self.session()
        hits = self.panel.model.rows
        if session is None or not hits:
            return
        code_id = self.ask_code()
        if code_id is None:
            return
        code = codebook.get_code(session.project, code_id)
        command = AutoCode(session.project, hits, code, session.coder.id, unit)  # never changed after
        if self.run(command) and command.result is not None:
            if command.result.added:
                message = self.tr("Coded {count} places as “{name}”.")
                count = command.result.added
            else:
                message = self.tr("Nothing new to code: all {count} places were already coded as “{name}”.")
                count = command.result.already
            self.status(message.format(count=f"{count:,}", name=code.name))
