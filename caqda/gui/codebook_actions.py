"""Editing the codebook from the GUI: create, rename, nest, merge, recolour, define, delete."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QColorDialog

from caqda.core import codebook
from caqda.core.models import Code
from caqda.gui.commands import AddCode, DeleteCode, EditCode, MergeCodes, MoveCode, SetCodable

if TYPE_CHECKING:
    from caqda.gui.main_window import MainWindow


class CodebookActions(QObject):
    """A QObject (a child of the window) so that ``self.tr`` translates in its own context."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def _current(self) -> Code | None:
        code = self.window.codebook_panel.current_code()
        if code is None:
            self.window.status(self.tr("Select a code in the codebook first."))
        return code

    def new_code(self, as_child: bool = False) -> None:
        session = self.window.session
        if session is None:
            return
        parent = self.window.codebook_panel.current_code() if as_child else None
        if as_child and parent is None:
            self.window.status(self.tr("Select the code that gets the new subcode."))
            return
        values = self.window.ask_code_fields(Code(0, "", None, "", "#9e9e9e", "", "", "", "", 0))
        if values is None:
            return
        command = AddCode(session.project, values["name"], parent.id if parent else None, values["color"])
        session.undo_stack.beginMacro(command.text())
        try:
            if self.window.run(command) and command.code is not None:
                fields = {k: v for k, v in values.items() if k in codebook.CODE_FIELDS and v}
                if fields:
                    self.window.run(EditCode(session.project, command.code, **fields))
                self.window.codebook_panel.select_code(command.code.id)
        finally:
            session.undo_stack.endMacro()

    def edit_code(self) -> None:
        session = self.window.session
        code = self._current()
        if session is None or code is None:
            return
        values = self.window.ask_code_fields(code)
        if values is None:
            return
        changes = {key: value for key, value in values.items() if getattr(code, key) != value}
        if changes:
            self.window.run(EditCode(session.project, code, **changes))

    def toggle_codable(self) -> None:
        """A code becomes a category header (nobody codes with it), or codable again."""
        session = self.window.session
        code = self._current()
        if session is None or code is None:
            return
        self.window.run(SetCodable(session.project, code, not code.codable))

    def rename_code(self) -> None:
        self.edit_code()

    def recolour_code(self) -> None:
        session = self.window.session
        code = self._current()
        if session is None or code is None:
            return
        color = self.window.ask_color(code.color)
        if color is not None and color != code.color:
            self.window.run(EditCode(session.project, code, color=color))

    def merge_code(self) -> None:
        session = self.window.session
        source = self._current()
        if session is None or source is None:
            return
        target_id = self.window.ask_code([], exclude=source.id)
        if target_id is None:
            return
        target = codebook.get_code(session.project, target_id)
        moved = codebook.codings_under(session.project, source.id)
        question = self.tr(
            "Merge “{source}” into “{target}”? Its {count} codings and its subcodes move to “{target}”."
        )
        if self.window.confirm(question.format(source=source.name, target=target.name, count=moved)):
            self.window.run(MergeCodes(session.project, source, target))

    def delete_code(self) -> None:
        session = self.window.session
        code = self._current()
        if session is None or code is None:
            return
        count = codebook.codings_under(session.project, code.id)
        subcodes = len(codebook.descendants(session.project, code.id)) - 1
        question = self.tr("Delete “{name}”? {count} codings will be removed").format(
            name=code.name, count=count
        )
        if subcodes:
            question += self.tr(", with its {n} subcodes").format(n=subcodes)
        if self.window.confirm(question + self.tr(". You can undo this.")):
            self.window.run(DeleteCode(session.project, code))

    def move_code(self, code_id: int, new_parent_id: int | None, row: int) -> None:
        session = self.window.session
        if session is None:
            return
        code = codebook.get_code(session.project, code_id)
        position = None if row < 0 else row
        if code.parent_id == new_parent_id and position is not None and position > code.position:
            position -= 1  # the code leaves its old place among the same siblings
        if new_parent_id == code.id:
            return
        self.window.run(MoveCode(session.project, code, new_parent_id, position))

    def assign_shortcut(self, key: str) -> None:
        session = self.window.session
        code = self._current()
        if session is not None and code is not None:
            from caqda.gui.corpus_commands import AssignShortcut

            if not self.window.run(AssignShortcut(session, key, code)):
                return
            self.window.status(self.tr("Key {key} now codes as “{name}”.").format(key=key, name=code.name))


def ask_color(parent, color: str) -> str | None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QColor

    chosen = QColorDialog.getColor(QColor(color), parent)
    return chosen.name() if chosen.isValid() else None
