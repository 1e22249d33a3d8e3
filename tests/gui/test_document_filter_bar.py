"""Choosing documents by set or attribute where documents are chosen in the GUI: the
agreement window and the export dialog check exactly the documents the core selection gives."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget

from caqda.core import document_sets, documents
from caqda.gui.dialogs.export_dialog import ExportDialog
from caqda.gui.main_window import MainWindow
from caqda.gui.views.checklist import checked, checked_or_all
from caqda.gui.views.document_filter_bar import insert_filter_bar


def test_agreement_window_chooses_documents_by_set_and_attribute(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    project = window.session.project  # type: ignore[union-attr]
    names = [d.name for d in documents.list_documents(project)]
    document_sets.create_set(project, "Nursing", [documents.find_document(project, names[4]).id])
    window.action("agreement").trigger()
    view = window.agreement_window
    qtbot.addWidget(view)
    bar = view.document_filter
    assert bar is not None
    bar.set_choice.setCurrentIndex(bar.set_choice.findData("Nursing"))
    assert checked(view.document_list) == [names[4]]
    assert view.options().documents == (names[4],)
    bar.set_choice.setCurrentIndex(0)
    # Counted independently: the demo's interviews with at least 8 years in the role.
    expected = [
        d.name
        for d in documents.list_documents(project)
        if float(documents.attributes(project, d.id).get("Years in the role", "-1")) >= 8
    ]
    assert 0 < len(expected) < len(names)
    qtbot.keyClicks(bar.condition, "Years in the role>=8")
    qtbot.keyClick(bar.condition, Qt.Key.Key_Return)
    assert checked(view.document_list) == expected
    bar.condition.setText("Shift=Night")
    bar.condition.editingFinished.emit()
    assert bar.message.isVisibleTo(bar) and "Shift" in bar.message.text()


def test_export_dialog_gets_the_same_filter(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    project = window.session.project  # type: ignore[union-attr]
    names = [d.name for d in documents.list_documents(project)]
    dialog = ExportDialog(names, ["A"], ["Ana"], [], None, tmp_path)
    qtbot.addWidget(dialog)
    bar = insert_filter_bar(project, dialog.documents)
    assert bar is not None and isinstance(dialog.documents, QListWidget)
    bar.condition.setText("Department=Nursing")
    bar.condition.editingFinished.emit()
    nursing = [
        n
        for n in names
        if documents.attributes(project, documents.find_document(project, n).id).get("Department")
        == "Nursing"
    ]
    assert nursing and checked_or_all(dialog.documents) == nursing
    assert dialog.request().documents == nursing
