"""The audit dialog as a supervisor filters it: by coder, code, document, action and dates;
exporting what it shows to CSV and Word."""

from __future__ import annotations

import csv
from pathlib import Path

import docx
from PySide6.QtCore import QDate, Qt

from caqda.core import codebook, documents
from caqda.gui.main_window import MainWindow


def test_filters_and_exports(window: MainWindow, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    project = window.session.project  # type: ignore[union-attr]
    name = "E03 Ombudsman coordinator"
    window.show_document(documents.find_document(project, name).id)
    window.transcript.select_range(10, 30)
    qtbot.keyClick(window.transcript, Qt.Key.Key_1)
    window.transcript.select_range(40, 60)
    qtbot.keyClick(window.transcript, Qt.Key.Key_2)
    window.action("audit").trigger()
    dialog = window.audit_dialog
    qtbot.addWidget(dialog)
    everything = dialog.model.rowCount()
    assert everything > 2

    dialog.coder.setCurrentIndex(dialog.coder.findData("Ana"))
    dialog.action.setCurrentIndex(dialog.action.findData("add coding"))
    dialog.document.setCurrentIndex(dialog.document.findData(documents.find_document(project, name).uuid))
    ana_here = project.scalar(
        "SELECT COUNT(*) FROM audit_events e JOIN coders r ON r.id = e.coder_id WHERE r.name = 'Ana' "
        "AND e.action = 'add coding' AND json_extract(e.after, '$.document') = ?",
        (documents.find_document(project, name).uuid,),
    )
    assert dialog.model.rowCount() == ana_here >= 2
    assert dialog.count.text() == f"{ana_here} changes, newest first"
    first_key_code = codebook.get_code(project, window.session.shortcuts()["1"])  # type: ignore[union-attr]
    dialog.code.setCurrentIndex(dialog.code.findData(first_key_code.uuid))
    assert 1 <= dialog.model.rowCount() < ana_here
    assert all(first_key_code.name in row["summary"] for row in dialog.model.rows)

    dialog.until.setDate(QDate(2001, 1, 1))
    assert dialog.model.rowCount() == 0 and not dialog.csv_button.isEnabled()
    dialog.until.setDate(QDate.currentDate())
    dialog.since.setDate(QDate.currentDate())
    shown = dialog.model.rowCount()
    assert shown >= 1

    assert dialog.export("csv", tmp_path / "trail.csv")
    with (tmp_path / "trail.csv").open(encoding="utf-8-sig", newline="") as handle:
        assert len(list(csv.DictReader(handle))) == shown
    assert dialog.export("docx", tmp_path / "trail.docx")
    word = docx.Document(str(tmp_path / "trail.docx"))
    assert len(word.tables[0].rows) == shown + 1
    assert any("coder: Ana" in p.text and "action: add coding" in p.text for p in word.paragraphs)
