"""Importing files without freezing the window: reading and parsing run in a worker thread,
storing (fast, and bound to the project's connection) runs in the GUI thread, one transaction
per file. A progress dialog shows each file and can cancel between files.

The whole batch is one undo step (:class:`ImportDocuments`). Header lines that look like
attributes are not stored on the way in: at the end the researcher sees what was found and
keeps or drops each one."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog

from caqda.core import attributes, documents
from caqda.core.errors import CaqdaError
from caqda.core.project import Project

if TYPE_CHECKING:
    from caqda.gui.main_window import MainWindow


class _Extractor(QObject):
    extracted = Signal(int, object, object)  # index, (extracted, prepared) or None, error text
    finished = Signal()

    def __init__(self, paths: list[Path]) -> None:
        super().__init__()
        self.paths = paths
        self.cancelled = False

    @Slot()
    def run(self) -> None:
        for index, path in enumerate(self.paths):
            if self.cancelled:
                break
            try:
                # In a list the window's thread empties: the text then has no other holder
                # while it is stored (the signal's arguments would keep it beside SQLite's copy).
                self.extracted.emit(index, [documents.extract_file(path)], None)
            except CaqdaError as error:
                self.extracted.emit(index, None, str(error))
        self.finished.emit()


class ImportRunner(QObject):
    done = Signal(int, list)  # imported count, messages

    def __init__(self, window: MainWindow, project: Project, paths: list[Path]) -> None:
        super().__init__(window)
        self.window, self.project, self.paths = window, project, paths
        self.messages: list[str] = []
        self.imported = 0
        self.document_ids: list[int] = []
        self.header_fields: dict[int, dict[str, str]] = {}
        # Asks which proposed header attributes to keep (name -> values found); tests replace it.
        self.choose_header_attributes: Callable[[dict[str, list[str]]], set[str]] = (
            self._ask_header_attributes
        )
        self.progress = QProgressDialog(self.tr("Importing…"), self.tr("Cancel"), 0, len(paths), window)
        self.progress.setWindowTitle(self.tr("Import documents"))
        self.progress.setMinimumDuration(300)
        self.thread = QThread(self)
        self.worker = _Extractor(paths)
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        self.worker.extracted.connect(self._store)
        self.worker.finished.connect(self._finish)
        self.progress.canceled.connect(self._cancel)

    def start(self) -> None:
        self.thread.start()

    def _cancel(self) -> None:
        self.worker.cancelled = True

    def _store(self, index: int, result: object, error: str | None) -> None:
        path = self.paths[index]
        self.progress.setLabelText(self.tr("Importing {name}…").format(name=path.name))
        if error is not None:
            self.messages.append(error)
        elif not self.worker.cancelled:
            extracted, prepared = result.pop()  # type: ignore[attr-defined]
            holder = [prepared]
            del prepared
            try:
                outcome = documents.store_handed_over(
                    self.project,
                    holder,
                    name=path.stem,
                    source_name=path.name,
                    source_format=extracted.source_format,
                    kind=extracted.kind,
                    attributes=extracted.attributes,
                    notes=list(extracted.notes),
                    header_attributes=False,
                )
                self.imported += outcome.document is not None
                if outcome.document is not None:
                    self.document_ids.append(outcome.document.id)
                    if outcome.header_fields:
                        self.header_fields[outcome.document.id] = outcome.header_fields
                self.messages.extend(outcome.notes)
            except CaqdaError as failure:
                self.messages.append(str(failure))
        self.progress.setValue(index + 1)

    def _finish(self) -> None:
        self.thread.quit()
        self.thread.wait()
        self.progress.reset()
        self._keep_header_attributes()
        if self.document_ids:
            from caqda.gui.corpus_commands import ImportDocuments

            self.window.run(ImportDocuments(self.project, self.document_ids))
        if self.worker.cancelled:
            self.messages.append(self.tr("Import cancelled; the files imported so far are kept."))
        summary = self.tr("Imported {count} of {total} files.").format(
            count=self.imported, total=len(self.paths)
        )
        self.window.status(summary)
        if self.messages:
            self.window.show_error("\n".join([summary, *self.messages]))
        self.done.emit(self.imported, self.messages)

    def _keep_header_attributes(self) -> None:
        """Store the header attributes the researcher keeps (in the documents just imported,
        so undoing the import takes them too)."""
        found: dict[str, list[str]] = {}
        for fields in self.header_fields.values():
            for name, value in fields.items():
                found.setdefault(name, []).append(value)
        if not found:
            return
        kept = self.choose_header_attributes(found)
        changes: list[tuple[int, str, str | None]] = [
            (document_id, name, value)
            for document_id, fields in self.header_fields.items()
            for name, value in fields.items()
            if name in kept
        ]
        if changes:
            try:
                attributes.set_values(self.project, changes)
            except CaqdaError as error:  # a typed attribute refuses a value: keep them as text elsewhere
                self.messages.append(str(error))

    def _ask_header_attributes(self, found: dict[str, list[str]]) -> set[str]:
        from caqda.gui.dialogs.header_attributes import ask_header_attributes

        return ask_header_attributes(self.window, found)
