"""Search and auto-coding, merging a coder's copy and the audit trail, from the window."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt

from caqda.core import codebook, coders
from caqda.core.coding import CodingFilter, add_coding, list_codings
from caqda.core.project import Project
from caqda.gui.dialogs.merge_preview import MergePreviewDialog
from caqda.gui.main_window import MainWindow


def test_search_jump_and_autocode_with_undo(window: MainWindow, monkeypatch, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    window.action("search").trigger()
    panel = window.search_panel
    panel.query.setText("ouvidoria")
    panel.run_search()
    hits = panel.model.rows
    assert hits and all(h.text.casefold() == "ouvidoria" for h in hits)
    qtmodeltester.check(panel.model)
    panel.table.clicked.emit(panel.model.index(3, 0))
    assert window.transcript.document_id == hits[3].document_id
    assert window.transcript.selected_range() == (hits[3].start, hits[3].end)
    project = window.session.project  # type: ignore[union-attr]
    code = codebook.find_code(project, "Monitoring and listening")
    monkeypatch.setattr(window, "ask_code", lambda recent, exclude=None: code.id)
    before = len(list_codings(project, CodingFilter(code_ids=(code.id,))))
    panel.autocode_requested.emit("sentence")
    after = len(list_codings(project, CodingFilter(code_ids=(code.id,))))
    assert after > before
    window.action("undo").trigger()
    assert len(list_codings(project, CodingFilter(code_ids=(code.id,)))) == before


def test_merge_a_copy_from_the_window(window: MainWindow, tmp_path: Path, monkeypatch, qtbot) -> None:  # type: ignore[no-untyped-def]
    project = window.session.project  # type: ignore[union-attr]
    copy = tmp_path / "carla.caqda"
    shutil.copyfile(project.path, copy)
    with Project.open(copy) as other:
        carla = coders.ensure_coder(other, "Carla")
        peer = codebook.find_code(other, "Peer support")
        add_coding(other, document_id=1, code_id=peer.id, coder_id=carla.id, start=5, end=50)
    previews: list[str] = []

    def merge(dialog: MergePreviewDialog) -> int:
        previews.append(dialog.grid.itemAtPosition(1, 1).widget().text())  # codings added
        dialog.merge_button.click()
        return dialog.result()

    monkeypatch.setattr(MergePreviewDialog, "exec", merge)
    window.merge_copy(copy)
    assert previews == ["1"]
    assert len(list_codings(project, CodingFilter(coder_ids=(coders.find_coder(project, "Carla").id,)))) == 1
    model = window.documents_panel.model
    headers = lambda: [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]  # noqa: E731
    qtbot.waitUntil(lambda: "Carla" in headers())  # the docks follow right after the commit


def test_audit_trail_lists_changes(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.transcript.select_range(10, 30)
    qtbot.keyClick(window.transcript, Qt.Key.Key_1)
    window.action("audit").trigger()
    dialog = window.audit_dialog
    qtbot.addWidget(dialog)
    assert dialog.model.rows[0]["action"] == "add coding" and dialog.model.rows[0]["coder"] == "Ana"
    dialog.coder.setCurrentIndex(dialog.coder.findData("Bruno"))
    assert dialog.model.rows and all(row["coder"] == "Bruno" for row in dialog.model.rows)
