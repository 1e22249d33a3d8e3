"""What the coder does in the transcript: code a selection (shortcut, double-click, drop, menu,
picker), in-vivo codes, whole turns or paragraphs, and edit or remove codings."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint
from PySide6.QtGui import QAction, QColor, QIcon, QPixmap
from PySide6.QtWidgets import QMenu

from caqda.core import codebook, documents
from caqda.core.codebook import PATH_SEPARATOR
from caqda.core.coding import get_coding
from caqda.core.errors import CaqdaError
from caqda.core.models import Code
from caqda.gui.commands import AddCode, AddCoding, ChangeCoding, RemoveCoding

if TYPE_CHECKING:
    from caqda.gui.main_window import MainWindow

RECENT_LIMIT = 6


def swatch(color: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


class CodingActions(QObject):
    """A QObject (a child of the window) so that ``self.tr`` translates in its own context."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.recent: list[int] = []

    @property
    def view(self):  # type: ignore[no-untyped-def]
        return self.window.transcript

    def _ready(self) -> bool:
        return self.window.session is not None and self.view.document_id is not None

    # -- applying codes -----------------------------------------------------------------------------
    def code_selection(self, code_id: int, span: tuple[int, int] | None = None) -> bool:
        """Code the current selection (or ``span``, in code points) for the current coder."""
        session = self.window.session
        if not self._ready() or session is None:
            return False
        span = span or self.view.selected_range()
        if span is None:
            self.window.status(self.tr("Select some text first, then choose a code."))
            return False
        code = codebook.get_code(session.project, code_id)
        if not code.codable:
            self.window.status(
                self.tr("“{code}” is a category header, not for coding: choose one of its subcodes.").format(
                    code=code.name
                )
            )
            return False
        assert self.view.document_id is not None
        self.window.run(AddCoding(session.project, self.view.document_id, code, session.coder.id, *span))
        self._remember(code_id)
        self.window.status(self.tr("Coded as “{code}”.").format(code=code.name))
        return True

    def code_with_shortcut(self, key: str) -> None:
        session = self.window.session
        if session is None:
            return
        code_id = session.shortcuts().get(key)
        if code_id is None:
            self.window.status(self.tr("No code is assigned to key {key}.").format(key=key))
            return
        self.code_selection(code_id)

    def code_dropped_range(self, code_id: int, payload: dict) -> None:  # type: ignore[type-arg]
        if payload.get("document_id") != self.view.document_id:
            return
        self.code_selection(code_id, (int(payload["start"]), int(payload["end"])))

    def pick_and_code(self) -> None:
        if self.view.selected_range() is None:
            self.window.status(self.tr("Select some text first, then choose a code."))
            return
        code_id = self.window.ask_code(self.recent)
        if code_id is not None:
            self.code_selection(code_id)

    def code_in_vivo(self) -> None:
        """The selected words become a new code (under the selected code, if any) and code it."""
        session = self.window.session
        span = self.view.selected_range() if self._ready() else None
        if session is None or span is None or self.view.content is None:
            self.window.status(self.tr("Select the words that should become a code."))
            return
        name = " ".join(self.view.content.text[span[0] : span[1]].split()).strip("“”\"'.,;:!? ")[:80]
        name = name.replace("/", "-") or "In vivo"
        parent = self.window.codebook_panel.current_code()
        command = AddCode(session.project, name, parent.id if parent else None)
        session.undo_stack.beginMacro(self.tr("In-vivo code “{name}”").format(name=name))
        try:
            if self.window.run(command) and command.code is not None:
                self.code_selection(command.code.id, span)
        finally:
            session.undo_stack.endMacro()

    def code_unit(self, unit: str, code_id: int | None = None) -> None:
        """Code the whole speaker turn or paragraph at the cursor with ``code_id`` (or ask)."""
        session = self.window.session
        if session is None or not self._ready() or self.view.content is None:
            return
        position = self.view.offsets.to_code_point(self.view.textCursor().position())
        document_id = self.view.document_id
        assert document_id is not None
        if unit == "turn":
            spans = [(t.content_start, t.end) for t in documents.speaker_turns(session.project, document_id)]
        else:
            spans = [(p.start, p.end) for p in documents.paragraphs(session.project, document_id)]
        span = next(((a, b) for a, b in spans if a <= position < b or (a <= position == b)), None)
        if span is None or span[0] >= span[1]:
            self.window.status(self.tr("The cursor is not inside a speaker turn."))
            return
        code_id = code_id if code_id is not None else self.window.ask_code(self.recent)
        if code_id is not None:
            self.code_selection(code_id, span)

    def _remember(self, code_id: int) -> None:
        self.recent = [code_id, *[c for c in self.recent if c != code_id][: RECENT_LIMIT - 1]]

    # -- editing codings ----------------------------------------------------------------------------
    def selected_coding(self):  # type: ignore[no-untyped-def]
        session = self.window.session
        coding_id = self.view.selected_coding_id
        if session is None or coding_id is None:
            return None
        try:
            return get_coding(session.project, coding_id)
        except CaqdaError:
            return None

    def remove_coding(self, coding_id: int | None = None) -> None:
        session = self.window.session
        coding = get_coding(session.project, coding_id) if session and coding_id else self.selected_coding()
        if session is None or coding is None:
            self.window.status(self.tr("Click a coding (in the text or its stripe) to select it first."))
            return
        self.window.run(RemoveCoding(session.project, coding))

    def resize_coding(self, coding_id: int, start: int, end: int) -> None:
        session = self.window.session
        if session is None:
            return
        coding = get_coding(session.project, coding_id)
        if (coding.start, coding.end) != (start, end):
            self.window.run(ChangeCoding(session.project, coding, span=(start, end)))

    def resize_with_dialog(self) -> None:
        coding = self.selected_coding()
        if coding is None or self.view.content is None:
            self.window.status(self.tr("Click a coding (in the text or its stripe) to select it first."))
            return
        span = self.window.ask_range(self.view.content.text, coding.start, coding.end)
        if span is not None:
            self.resize_coding(coding.id, *span)

    def apply_selection_as_range(self) -> None:
        """Give the selected coding the range of the current text selection."""
        coding = self.selected_coding()
        span = self.view.selected_range()
        if coding is not None and span is not None:
            self.resize_coding(coding.id, *span)

    def recode(self) -> None:
        session = self.window.session
        coding = self.selected_coding()
        if session is None or coding is None:
            return
        code_id = self.window.ask_code(self.recent)
        if code_id is not None and code_id != coding.code_id:
            self.window.run(ChangeCoding(session.project, coding, code_id=code_id))

    def edit_memo(self, coding_id: int | None = None) -> None:
        session = self.window.session
        coding = get_coding(session.project, coding_id) if session and coding_id else self.selected_coding()
        if session is None or coding is None:
            return
        code = codebook.get_code(session.project, coding.code_id)
        heading = self.tr("Coding “{code}” in {document}").format(
            code=code.name, document=self.view.content.name if self.view.content else ""
        )
        memo = self.window.ask_memo(self.tr("Coding memo"), heading, coding.memo)
        if memo is not None and memo != coding.memo:
            self.window.run(ChangeCoding(session.project, coding, memo=memo))

    # -- the context menu -------------------------------------------------------------------------
    def context_menu(self, global_position: QPoint, position: int) -> QMenu:
        """Build (and show unless testing) the transcript's context menu for a code point."""
        window = self.window
        menu = QMenu(window)
        session = window.session
        if session is None:
            return menu
        has_selection = self.view.selected_range() is not None
        codes = {code.id: code for code in codebook.list_codes(session.project)}
        if has_selection:
            for code_id in self.recent:
                code = codes.get(code_id)
                if code is not None:
                    action = menu.addAction(
                        swatch(code.color), self.tr("Code as “{name}”").format(name=code.name)
                    )
                    action.triggered.connect(lambda _=False, c=code_id: self.code_selection(c))
            menu.addAction(window.action("code_with"))
            menu.addAction(window.action("in_vivo"))
        menu.addAction(window.action("code_turn"))
        menu.addAction(window.action("code_paragraph"))
        marks = self.view.codings_at(position)
        if marks:
            menu.addSeparator()
            for mark in marks:
                code = codes.get(mark.code_id)
                if code is None:
                    continue
                coder = self.view.content.coders.get(mark.coder_id, "") if self.view.content else ""
                submenu = menu.addMenu(swatch(code.color), f"{code.name} — {coder}")
                self._coding_submenu(submenu, mark.coding_id)
        return menu

    def _coding_submenu(self, menu: QMenu, coding_id: int) -> None:
        def add(label: str, slot) -> QAction:  # type: ignore[no-untyped-def]
            action = menu.addAction(label)
            action.triggered.connect(slot)
            return action

        add(self.tr("Select"), lambda: self.view.select_coding(coding_id, scroll=False))
        add(self.tr("Edit memo…"), lambda: self.edit_memo(coding_id))

        def select_then(function):  # type: ignore[no-untyped-def]
            def run() -> None:
                self.view.select_coding(coding_id, scroll=False)
                function()

            return run

        add(self.tr("Change code…"), select_then(self.recode))
        add(self.tr("Resize…"), select_then(self.resize_with_dialog))
        add(self.tr("Remove coding"), lambda: self.remove_coding(coding_id))


def code_rows(codes: list[Code]) -> list[tuple[int, str, str, str]]:
    """Codes as the picker lists them: id, path, colour, definition.

    Category headers (codes marked not codable) are left out: nobody codes with them.
    """
    by_id = {code.id: code for code in codes}

    def path(code: Code) -> str:
        names = [code.name]
        while code.parent_id is not None and code.parent_id in by_id:
            code = by_id[code.parent_id]
            names.append(code.name)
        return PATH_SEPARATOR.join(reversed(names))

    return [(code.id, path(code), code.color, code.definition) for code in codes if code.codable]
