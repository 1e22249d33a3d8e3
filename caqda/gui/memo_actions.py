"""Memos on the project, a document or a code: write, edit and delete them (each undoable),
and keep the memos dock filled. The window hands over only what these need."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoCommand

from caqda.core import codebook, coders, documents, memos
from caqda.core.errors import CaqdaError
from caqda.core.models import Code, Memo
from caqda.gui.session import ProjectSession
from caqda.gui.views.memos_panel import MemosPanel
from caqda.gui.views.transcript_view import TranscriptView


class MemoActions(QObject):
    def __init__(
        self,
        parent: QObject,
        *,
        session: Callable[[], ProjectSession | None],
        transcript: TranscriptView,
        current_code: Callable[[], Code | None],
        run: Callable[[QUndoCommand], bool],
        ask_memo: Callable[[str, str, str], str | None],
        confirm: Callable[[str], bool],
        status: Callable[[str], None],
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._transcript = transcript
        self._current_code = current_code
        self._run = run
        self._ask_memo = ask_memo
        self._confirm = confirm
        self._status = status
        self.panel = MemosPanel(self.describe_target, self.author)
        self.panel.new_requested.connect(self.new_memo)
        self.panel.edit_requested.connect(self.edit_memo)
        self.panel.delete_requested.connect(self.delete_memo)

    def refresh(self) -> None:
        session = self._session()
        if session is not None:
            self.panel.show_memos(memos.list_memos(session.project))

    def describe_target(self, memo: Memo) -> str:
        session = self._session()
        if session is None or memo.target_id is None:
            return self.tr("Project")
        try:
            if memo.target_kind == "document":
                return documents.get_document(session.project, memo.target_id).name
            return codebook.get_code(session.project, memo.target_id).name
        except CaqdaError:
            return "?"

    def author(self, memo: Memo) -> str:
        session = self._session()
        names = {c.id: c.name for c in coders.list_coders(session.project)} if session else {}
        return names.get(memo.coder_id or -1, "")

    def new_memo(self, target: str) -> None:
        from caqda.gui.corpus_commands import AddMemo

        session = self._session()
        if session is None:
            return
        target_id: int | None = None
        heading = self.tr("Project memo")
        if target == "document":
            target_id = self._transcript.document_id
            content = self._transcript.content
            heading = self.tr("Memo on {name}").format(name=content.name if content else "")
        elif target == "code":
            code = self._current_code()
            target_id = code.id if code else None
            heading = self.tr("Memo on the code “{name}”").format(name=code.name if code else "")
        if target != "project" and target_id is None:
            self._status(self.tr("Open a document or select a code first."))
            return
        text = self._ask_memo(self.tr("New memo"), heading, "")
        if text:
            project, coder_id = session.project, session.coder.id
            self._run(AddMemo(project, text, coder_id=coder_id, target_kind=target, target_id=target_id))
            self.refresh()

    def edit_memo(self, memo: Memo) -> None:
        from caqda.gui.corpus_commands import EditMemo

        session = self._session()
        if session is None:
            return
        text = self._ask_memo(self.tr("Edit memo"), self.describe_target(memo), memo.text)
        if text is not None and text != memo.text:
            self._run(EditMemo(session.project, memo, text))
            self.refresh()

    def delete_memo(self, memo: Memo) -> None:
        from caqda.gui.corpus_commands import DeleteMemo

        session = self._session()
        if session is not None and self._confirm(self.tr("Delete this memo?")):
            self._run(DeleteMemo(session.project, memo))
            self.refresh()
