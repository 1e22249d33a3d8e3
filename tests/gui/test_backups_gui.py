"""Backups in the window: one soon after opening, more while working, and File › Restore from
backup puts an older state back; a damaged project offers its newest good backup."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from caqda.core import backups, codebook, coders, coding, documents
from caqda.gui.dialogs.restore_backup import RestoreBackupDialog


def _count_codings(window) -> int:  # type: ignore[no-untyped-def]
    return int(window.session.project.scalar("SELECT COUNT(*) FROM codings"))


def test_backups_while_working_and_restore(qtbot, make_window, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "study.caqda"
    from caqda.core.demo import build_demo

    build_demo(path)
    window = make_window(path)
    window.backups._after_open.setInterval(0)
    window.backups._after_open.start()
    qtbot.waitUntil(lambda: len(backups.list_backups(path)) == 1)
    before = _count_codings(window)

    project = window.session.project
    document = documents.list_documents(project)[0]
    code = codebook.list_codes(project)[1]
    coding.add_coding(
        project, document_id=document.id, code_id=code.id, coder_id=coders.find_coder(project, "Ana").id,
        start=0, end=10,
    )  # fmt: skip
    assert window.backups.back_up("periodic") is not None
    assert window.backups.back_up("periodic") is None  # nothing changed since
    assert _count_codings(window) == before + 1

    def choose_oldest(dialog: RestoreBackupDialog) -> int:
        dialog.table.selectRow(dialog.table.rowCount() - 1)
        return 1

    monkeypatch.setattr(RestoreBackupDialog, "exec", choose_oldest)
    monkeypatch.setattr(window, "ask_coder", lambda names, last: "Ana")
    window.action("restore_backup").trigger()
    assert window.session is not None and window.session.project.path == path
    assert _count_codings(window) == before
    reasons = [backup.reason for backup in backups.list_backups(path)]
    assert "before-restore" in reasons


def test_damaged_project_offers_newest_good_backup(qtbot, make_window, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from caqda.core.project import Project

    path = tmp_path / "study.caqda"
    with Project.create(path) as project:
        coders.ensure_coder(project, "Ana")
        backups.make_backup(project, "open")
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    path.write_bytes(bytes(data))
    window = make_window()
    asked: list[str] = []

    def answer_yes(*args):  # type: ignore[no-untyped-def]
        asked.append(args[2])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer_yes)
    monkeypatch.setattr(window, "ask_coder", lambda names, last: "Ana")
    window.open_path(path)
    assert asked and "newest good backup" in asked[0]
    assert window.session is not None
    assert [c.name for c in coders.list_coders(window.session.project)] == ["Ana"]


def test_restore_dialog_lists_every_backup(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from caqda.core.project import Project

    path = tmp_path / "study.caqda"
    with Project.create(path) as project:
        for number in range(3):
            coders.ensure_coder(project, f"C{number}")
            backups.make_backup(project, ("open", "periodic", "manual")[number])
    dialog = RestoreBackupDialog(path.name, backups.list_backups(path))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.rowCount() == 3
    assert dialog.table.item(0, 1).text() == "by hand"  # the newest first
    assert dialog.chosen() == backups.list_backups(path)[0]
