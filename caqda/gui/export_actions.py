"""The Export menu: an options dialog, then the export (the same core dispatcher as the command
line), with a busy indicator and the result or the reason it failed."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QProgressDialog

from caqda.core import codebook, coders, documents
from caqda.core.errors import CaqdaError
from caqda.core.exports.dispatch import ExportOutcome, run_export
from caqda.core.exports.segments import attribute_names
from caqda.gui.dialogs.export_dialog import ExportDialog, ExportRequest

if TYPE_CHECKING:
    from caqda.gui.main_window import MainWindow


def ask_export(window: MainWindow, kind: str | None = None) -> ExportRequest | None:
    session = window.session
    if session is None:
        return None
    project = session.project
    dialog = ExportDialog(
        [d.name for d in documents.list_documents(project)],
        [codebook.code_path(project, c) for c in codebook.list_codes(project)],
        [c.name for c in coders.list_coders(project)],
        attribute_names(project),
        window.transcript.content.name if window.transcript.content else None,
        project.path.parent,
        window,
    )
    from caqda.gui.views.document_filter_bar import insert_filter_bar

    insert_filter_bar(project, dialog.documents)  # choose documents by set or attribute
    if kind is not None:
        dialog.set_kind(kind)
    return dialog.request() if dialog.exec() else None


def export(window: MainWindow, request: ExportRequest) -> ExportOutcome | None:
    """Run one export; errors are shown to the user and give None."""
    session = window.session
    if session is None:
        return None
    progress = QProgressDialog(
        QCoreApplication.translate("Export", "Exporting to {name}…").format(name=request.path.name),
        "",
        0,
        0,
        window,
    )
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(0)
    progress.show()
    QApplication.processEvents()
    try:
        outcome = run_export(
            session.project,
            request.kind,
            Path(request.path),
            group_by=request.group_by,
            document_names=request.documents,
            code_names=request.codes,
            coder_names=request.coders,
            document=request.document,
        )
    except CaqdaError as error:
        progress.close()
        window.show_error(error)
        return None
    progress.close()
    message = QCoreApplication.translate("Export", "Exported {path}.").format(path=outcome.path)
    window.status(message)
    if outcome.notes:
        window.show_error("\n".join([message, *outcome.notes]))
    return outcome
