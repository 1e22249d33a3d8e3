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


def _code_once(window, start: int) -> None:  # type: ignore[no-untyped-def]
    project = window.session.project
    coding.add_coding(
        project,
        document_id=documents.list_documents(project)[0].id,
        code_id=codebook.list_codes(project)[1].id,
        coder_id=coders.find_coder(project, "Ana").id,
        start=start,
        end=start + 10,
    )


def _backed_up_codings(path: Path) -> int:
    import sqlite3

    newest = backups.list_backups(path)[0]
    connection = sqlite3.connect(f"file:{newest.path}?mode=ro", uri=True)
    try:
        return int(connection.execute("SELECT COUNT(*) FROM codings").fetchone()[0])
    finally:
        connection.close()


def test_automatic_backups_copy_in_a_worker_thread(qtbot, make_window, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The window's thread only names the backup and renames it into place: the copy and its
    check run in another thread, and what it copies is the project with every change."""
    import threading

    from caqda.core.demo import build_demo

    path = tmp_path / "study.caqda"
    build_demo(path)
    window = make_window(path)
    window.backups._after_open.stop()
    copied_in: list[int] = []
    copy = backups.copy_backup

    def recording_copy(planned):  # type: ignore[no-untyped-def]
        copied_in.append(threading.get_ident())
        copy(planned)

    monkeypatch.setattr(backups, "copy_backup", recording_copy)
    _code_once(window, 0)
    window.backups.back_up_in_background("periodic")
    qtbot.waitUntil(lambda: len(backups.list_backups(path)) == 1 and window.backups._copying is None)
    assert copied_in and copied_in[0] != threading.get_ident()
    newest = backups.list_backups(path)[0]
    assert newest.reason == "periodic" and backups.is_good_backup(newest.path)
    assert _backed_up_codings(path) == _count_codings(window)
    assert not list(backups.backup_folder(path).glob(".*.partial"))
    window.backups.back_up_in_background("periodic")  # nothing changed since: no new backup
    assert window.backups._copying is None and len(backups.list_backups(path)) == 1


def test_a_backup_the_project_changed_under_is_made_again(
    qtbot, make_window, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """A coding saved while the file is being copied: that copy may mix two states, so it is
    thrown away, and the backup made again holds the coding."""
    import threading

    from caqda.core.demo import build_demo
    from caqda.gui import backup_actions

    path = tmp_path / "study.caqda"
    build_demo(path)
    window = make_window(path)
    window.backups._after_open.stop()
    window.backups._retry.setInterval(0)
    copied, release = threading.Event(), threading.Event()
    copy = backups.copy_backup

    def slow_copy(planned):  # type: ignore[no-untyped-def]
        copy(planned)
        copied.set()
        release.wait(10)  # the copy is made; the coding below comes before it is kept

    monkeypatch.setattr(backups, "copy_backup", slow_copy)
    _code_once(window, 0)
    window.backups.back_up_in_background("periodic")
    assert window.backups._copying is not None and copied.wait(10)
    _code_once(window, 20)  # while the copy is under way
    release.set()
    qtbot.waitUntil(
        lambda: len(backups.list_backups(path)) == 1 and window.backups._copying is None, timeout=10000
    )
    assert _backed_up_codings(path) == _count_codings(window)  # the second coding is in it
    assert not list(backups.backup_folder(path).glob(".*.partial"))
    assert backup_actions.RETRY_MS >= 1000  # a retry is not pending work for the idle check


def test_closing_during_a_backup_leaves_no_partial_file(
    qtbot, make_window, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    import threading

    from caqda.core.demo import build_demo

    path = tmp_path / "study.caqda"
    build_demo(path)
    window = make_window(path)
    window.backups._after_open.stop()
    started = threading.Event()
    copy = backups.copy_backup

    def slow_copy(planned):  # type: ignore[no-untyped-def]
        started.set()
        copy(planned)
        threading.Event().wait(0.3)

    monkeypatch.setattr(backups, "copy_backup", slow_copy)
    _code_once(window, 0)
    window.backups.back_up_in_background("periodic")
    assert started.wait(10)
    window.close_project()
    assert window.backups._copying is None
    assert backups.list_backups(path) == []
    assert not list(backups.backup_folder(path).glob(".*.partial"))


def test_a_file_that_cannot_be_copied_is_backed_up_through_the_project(
    qtbot, make_window, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Reading the file as it lies can fail (Windows locks a byte past 1 GB of a project open in
    SQLite): the backup is then made through the project's connection, as before."""
    from caqda.core.demo import build_demo
    from caqda.core.errors import ProjectError

    path = tmp_path / "study.caqda"
    build_demo(path)
    window = make_window(path)
    window.backups._after_open.stop()

    def locked(planned):  # type: ignore[no-untyped-def]
        raise ProjectError("Could not write a backup: the file is locked.")

    monkeypatch.setattr(backups, "copy_backup", locked)
    _code_once(window, 0)
    window.backups.back_up_in_background("open")
    qtbot.waitUntil(lambda: window.backups._copying is None and len(backups.list_backups(path)) == 1)
    newest = backups.list_backups(path)[0]
    assert newest.reason == "open" and backups.is_good_backup(newest.path)
    assert _backed_up_codings(path) == _count_codings(window)
