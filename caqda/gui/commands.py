"""Undoable user actions. Each command calls the core (one committed transaction per step);
undo is a new change that reverses the earlier one, as the audit trail records it."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from caqda.core import codebook, snapshots
from caqda.core.coding import (
    add_coding,
    recode_coding,
    remove_coding,
    remove_codings,
    resize_coding,
    restore_coding,
    set_coding_memo,
)
from caqda.core.errors import CaqdaError
from caqda.core.models import Code, Coding
from caqda.core.project import Project
from caqda.core.search import AutocodeResult, Hit, autocode


class CaqdaCommand(QUndoCommand):
    """Base of every undoable action.

    The first ``redo`` runs before the command is pushed (see :meth:`MainWindow.run`), so an
    error the core raises reaches the user and nothing lands on the stack; Qt's own first call
    from ``push`` is then skipped. Later undo/redo errors (the project changed meanwhile) are
    reported through ``on_error`` instead of vanishing inside Qt.
    """

    on_error: Callable[[CaqdaError], None] | None = None

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.skip_next_redo = False

    def redo(self) -> None:
        if self.skip_next_redo:
            self.skip_next_redo = False
            return
        self._guard(self.do)

    def undo(self) -> None:
        self._guard(self.revert)

    def _guard(self, step: Callable[[], None]) -> None:
        try:
            step()
        except CaqdaError as error:
            if CaqdaCommand.on_error is None:
                raise
            CaqdaCommand.on_error(error)

    def do(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError


class AddCoding(CaqdaCommand):
    def __init__(
        self, project: Project, document_id: int, code: Code, coder_id: int, start: int, end: int
    ) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Code as “{name}”").format(name=code.name))
        self.project = project
        self.arguments = {
            "document_id": document_id,
            "code_id": code.id,
            "coder_id": coder_id,
            "start": start,
            "end": end,
        }
        self.coding: Coding | None = None

    def do(self) -> None:
        if self.coding is None:
            self.coding = add_coding(self.project, **self.arguments)  # type: ignore[arg-type]
        else:
            restore_coding(self.project, self.coding)

    def revert(self) -> None:
        assert self.coding is not None
        remove_coding(self.project, self.coding.id)


class RemoveCoding(CaqdaCommand):
    def __init__(self, project: Project, coding: Coding) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Remove coding"))
        self.project = project
        self.coding = coding

    def do(self) -> None:
        self.coding = remove_coding(self.project, self.coding.id)

    def revert(self) -> None:
        restore_coding(self.project, self.coding)


class ChangeCoding(CaqdaCommand):
    """Resize, recode or re-memo a coding; undo sets the old values back."""

    def __init__(self, project: Project, coding: Coding, *, span=None, code_id=None, memo=None) -> None:  # type: ignore[no-untyped-def]
        label = (
            QCoreApplication.translate("Commands", "Resize coding")
            if span
            else QCoreApplication.translate("Commands", "Change coding code")
            if code_id
            else QCoreApplication.translate("Commands", "Edit coding memo")
        )
        super().__init__(label)
        self.project = project
        self.before = coding
        self.span: tuple[int, int] | None = span
        self.code_id: int | None = code_id
        self.memo: str | None = memo

    def do(self) -> None:
        self._apply(self.span, self.code_id, self.memo)

    def revert(self) -> None:
        before = self.before
        self._apply(
            (before.start, before.end) if self.span else None,
            before.code_id if self.code_id else None,
            before.memo if self.memo is not None else None,
        )

    def _apply(self, span: tuple[int, int] | None, code_id: int | None, memo: str | None) -> None:
        coding_id = self.before.id
        with self.project.transaction():
            if span is not None:
                resize_coding(self.project, coding_id, *span)
            if code_id is not None:
                recode_coding(self.project, coding_id, code_id)
            if memo is not None:
                set_coding_memo(self.project, coding_id, memo)


class AutoCode(CaqdaCommand):
    """Code every search hit (or its sentence, paragraph or turn); undo removes what it added."""

    def __init__(self, project: Project, hits: Sequence[Hit], code: Code, coder_id: int, unit: str) -> None:
        super().__init__(
            QCoreApplication.translate("Commands", "Code {count} hits as “{name}”").format(
                count=len(hits), name=code.name
            )
        )
        self.project, self.hits, self.code, self.coder_id, self.unit = project, hits, code, coder_id, unit
        self.result: AutocodeResult | None = None

    def do(self) -> None:
        self.result = autocode(
            self.project, self.hits, code_id=self.code.id, coder_id=self.coder_id, unit=self.unit
        )

    def revert(self) -> None:
        assert self.result is not None
        remove_codings(self.project, list(self.result.coding_ids))


class AddCode(CaqdaCommand):
    def __init__(self, project: Project, name: str, parent_id: int | None, color: str | None = None) -> None:
        super().__init__(QCoreApplication.translate("Commands", "New code “{name}”").format(name=name))
        self.project = project
        self.name, self.parent_id, self.color = name, parent_id, color
        self.code: Code | None = None
        self.saved: snapshots.CodebookSnapshot | None = None

    def do(self) -> None:
        if self.saved is None:
            self.code = codebook.add_code(self.project, self.name, parent_id=self.parent_id, color=self.color)
        else:
            snapshots.restore(self.project, self.saved, "redo add code")

    def revert(self) -> None:
        assert self.code is not None
        self.saved = snapshots.snapshot(self.project, [self.code.id])
        codebook.delete_code(self.project, self.code.id)


class EditCode(CaqdaCommand):
    """Rename, recolour or edit the definition fields; undo writes the old values back."""

    def __init__(self, project: Project, code: Code, **changes: str) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Edit code “{name}”").format(name=code.name))
        self.project = project
        self.before = code
        self.changes = changes

    def do(self) -> None:
        self._apply(self.changes)

    def revert(self) -> None:
        self._apply({key: getattr(self.before, key) for key in self.changes})

    def _apply(self, values: dict[str, str]) -> None:
        code_id = self.before.id
        with self.project.transaction():
            self._apply_each(code_id, values)

    def _apply_each(self, code_id: int, values: dict[str, str]) -> None:
        if "name" in values:
            codebook.rename_code(self.project, code_id, values["name"])
        if "color" in values:
            codebook.recolour_code(self.project, code_id, values["color"])
        fields = {key: value for key, value in values.items() if key in codebook.CODE_FIELDS}
        if fields:
            codebook.update_code(self.project, code_id, **fields)


class SetCodable(CaqdaCommand):
    """Mark a code as a category header (not for coding) or as codable again."""

    def __init__(self, project: Project, code: Code, codable: bool) -> None:
        text = (
            QCoreApplication.translate("Commands", "Make “{name}” codable")
            if codable
            else QCoreApplication.translate("Commands", "Make “{name}” a category header")
        )
        super().__init__(text.format(name=code.name))
        self.project, self.code_id, self.codable = project, code.id, codable

    def do(self) -> None:
        codebook.set_codable(self.project, self.code_id, self.codable)

    def revert(self) -> None:
        codebook.set_codable(self.project, self.code_id, not self.codable)


class SnapshotCommand(CaqdaCommand):
    """A codebook change undone by restoring the rows it touched (delete, merge, move)."""

    def __init__(
        self, project: Project, label: str, touched: list[int], siblings_of: tuple[int | None, ...]
    ) -> None:
        super().__init__(label)
        self.project = project
        self.touched = touched
        self.siblings_of = siblings_of
        self.saved: snapshots.CodebookSnapshot | None = None

    def do(self) -> None:
        self.saved = snapshots.snapshot(self.project, self.touched, with_siblings_of=self.siblings_of)
        with self.project.transaction():
            self.apply()

    def revert(self) -> None:
        assert self.saved is not None
        snapshots.restore(self.project, self.saved, "undo codebook change")

    def apply(self) -> None:
        raise NotImplementedError


class DeleteCode(SnapshotCommand):
    def __init__(self, project: Project, code: Code) -> None:
        super().__init__(
            project,
            QCoreApplication.translate("Commands", "Delete code “{name}”").format(name=code.name),
            [code.id],
            (),
        )
        self.code = code

    def apply(self) -> None:
        codebook.delete_code(self.project, self.code.id)


class MergeCodes(SnapshotCommand):
    def __init__(self, project: Project, source: Code, target: Code) -> None:
        super().__init__(
            project,
            QCoreApplication.translate("Commands", "Merge “{source}” into “{target}”").format(
                source=source.name, target=target.name
            ),
            [source.id, target.id],
            (target.id,),
        )
        self.source, self.target = source, target

    def apply(self) -> None:
        codebook.merge_codes(self.project, self.source.id, self.target.id)


class MoveCode(SnapshotCommand):
    def __init__(self, project: Project, code: Code, new_parent_id: int | None, position: int | None) -> None:
        super().__init__(
            project,
            QCoreApplication.translate("Commands", "Move code “{name}”").format(name=code.name),
            [code.id],
            (code.parent_id, new_parent_id),
        )
        self.code, self.new_parent_id, self.position = code, new_parent_id, position

    def apply(self) -> None:
        codebook.move_code(self.project, self.code.id, self.new_parent_id, self.position)
