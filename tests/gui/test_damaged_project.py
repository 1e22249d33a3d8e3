"""The GUI never crashes on a damaged project: it shows what is wrong and offers the repair."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from caqda.core import codebook
from caqda.gui.dialogs.damaged_project import DamagedProjectDialog


def _damage(demo_path: Path, *statements: str) -> Path:
    connection = sqlite3.connect(demo_path, isolation_level=None)
    for statement in statements:
        connection.execute(statement)
    connection.close()
    return demo_path


def _answer_modals(answers: list[str], seen: list[str]) -> None:
    """Click the named button of each modal box as it appears (a user answering them)."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text() + "\n" + box.informativeText())
            wanted = answers.pop(0)
            for button in box.buttons():
                if button.text().replace("&", "") == wanted:
                    button.click()
                    break
        if answers:
            QTimer.singleShot(50, answer)

    QTimer.singleShot(50, answer)


def test_code_cycle_is_shown_and_repaired_when_opening(make_window, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    _damage(demo_path, "UPDATE codes SET parent_id = id WHERE name = 'Peer support'")
    window = make_window()
    seen: list[str] = []
    _answer_modals(["Repair", "OK"], seen)
    assert window.open_project(demo_path, coder="Ana")
    assert "is damaged" in seen[0] and "'Peer support' → back to the first" in seen[0]
    assert "Repaired: made 'Peer support' a top-level code" in seen[1]
    assert window.session is not None
    code = codebook.find_code(window.session.project, "Peer support")
    assert code.parent_id is None
    assert window.codebook_panel.model.index_of(code.id).isValid()
    backups = list(demo_path.parent.glob("demo before repair *.caqda"))
    assert len(backups) == 1


def test_cancelling_the_repair_leaves_the_file_alone(make_window, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    _damage(demo_path, "DROP TABLE memos")
    before = demo_path.read_bytes()
    window = make_window()
    _answer_modals(["Cancel"], [])
    assert not window.open_project(demo_path, coder="Ana")
    assert window.session is None
    assert demo_path.read_bytes() == before


def test_malformed_settings_do_not_crash_the_window(make_window, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    _damage(
        demo_path,
        "INSERT OR REPLACE INTO settings(key, value) VALUES ('shortcuts', '[1, 2')",
        "INSERT OR REPLACE INTO settings(key, value) SELECT 'view:' || uuid, "
        '\'{"visible": "all", "document": "x", "scroll": [1]}\' FROM coders',
    )
    window = make_window(demo_path)
    assert window.session is not None
    assert len(window.session.shortcuts()) == 9  # the defaults
    assert window.transcript.document_id is not None


def test_damaged_project_dialog_screenshot(qtbot, demo_path: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from caqda.core.check import check_project

    damaged = tmp_path / "copy.caqda"
    shutil.copyfile(demo_path, damaged)
    _damage(damaged, "UPDATE codes SET parent_id = id WHERE name = 'Peer support'", "DROP TABLE memos")
    dialog = DamagedProjectDialog(damaged, check_project(damaged))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.repair_button.text() == "Repair"
    assert "The table 'memos' is missing" in dialog.informativeText()
    dialog.grab().save("/tmp/reliability-damaged.png")


def test_project_without_format_version_is_repaired_from_the_gui(make_window, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    _damage(demo_path, "PRAGMA user_version = 0")
    window = make_window()
    seen: list[str] = []
    _answer_modals(["Repair", "OK"], seen)
    assert window.open_project(demo_path, coder="Ana")
    assert "records no format version (0)" in seen[0]
    assert "Repaired: recorded the project format version" in seen[1]
    assert window.session is not None
    assert not list(demo_path.parent.glob("*.bak"))
