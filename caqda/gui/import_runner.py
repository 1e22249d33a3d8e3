"""Importing files without freezing the window: reading and parsing run in a worker thread,
storing (fast, and bound to the project's connection) runs in the GUI thread, one transaction
per file. A progress dialog shows each file and can cancel between files."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog

from caqda.core import documents
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
                self.extracted.emit(index, documents.extract_file(path), None)
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
            extracted, prepared = result  # type: ignore[misc]
            try:
                outcome = documents.store_document(
                    self.project,
                    prepared,
                    name=path.stem,
                    source_name=path.name,
                    source_format=extracted.source_format,
                    kind=extracted.kind,
                    attributes=extracted.attributes,
                    notes=list(extracted.notes),
                )
                self.imported += outcome.document is not None
                self.messages.extend(outcome.notes)
            except CaqdaError as failure:
                self.messages.append(str(failure))
        self.progress.setValue(index + 1)

    def _finish(self) -> None:
        self.thread.quit()
        self.thread.wait()
        self.progress.reset()
        if self.worker.cancelled:
            self.messages.append(self.tr("Import cancelled; the files imported so far are kept."))
        summary = self.tr("Imported {count} of {total} files.").format(
            count=self.imported, total=len(self.paths)
        )
        self.window.status(summary)
        if self.messages:
            self.window.show_error("\n".join([summary, *self.messages]))
        self.done.emit(self.imported, self.messages)
