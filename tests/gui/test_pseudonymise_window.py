"""The Pseudonymise window driven as a researcher would: untick, edit a pseudonym, flag a string
never, replace with a key file, undo to the exact original, redo."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from caqda.core import codebook, coders, documents
from caqda.core.coding import add_coding
from caqda.core.privacy.keyfile import read_key
from caqda.core.privacy.rules import load_rules
from caqda.core.project import Project
from caqda.gui.main_window import MainWindow
from tests.conftest import add_text, table_dump
from tests.unit.core.privacy.corpus import LABELLED, unlabel

PASSPHRASE = "uma frase bem longa"


@pytest.fixture
def corpus_path(tmp_path: Path) -> Path:
    path = tmp_path / "study.caqda"
    with Project.create(path) as project:
        coder = coders.ensure_coder(project, "Ana")
        code = codebook.add_code(project, "Contato")
        for name, labelled in LABELLED.items():
            text, _ = unlabel(labelled.strip())
            document_id = add_text(project, name, text)
            add_coding(project, document_id=document_id, code_id=code.id, coder_id=coder.id, start=3, end=60)
    return path


def _row(window, text: str) -> int:  # type: ignore[no-untyped-def]
    return next(row for row in range(window.table.rowCount()) if window.table.item(row, 3).text() == text)


def test_pseudonymise_and_undo_from_the_window(qtbot, make_window, corpus_path: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    main: MainWindow = make_window(corpus_path)
    project = main.session.project  # type: ignore[union-attr]
    before = table_dump(project, leave_out=("audit_events", "settings"))
    main.action("pseudonymise").trigger()
    window = main.corpus_actions.windows["pseudonymise"]
    assert window.isVisible() and window.table.rowCount() > 20
    rosa = _row(window, "Rosa")
    assert window.table.item(rosa, 6).text() == "first name pattern"
    window.table.setCurrentCell(rosa, 3)
    qtbot.mouseClick(window.buttons["never"], Qt.MouseButton.LeftButton)
    assert load_rules(project).never == ("Rosa",)
    assert all(window.table.item(row, 3).text() != "Rosa" for row in range(window.table.rowCount()))
    window.table.item(_row(window, "(11) 98765-4321"), 0).setCheckState(Qt.CheckState.Unchecked)
    window.table.item(_row(window, "João Batista"), 7).setText("Seu Antônio")
    key = tmp_path / "study.caqda-key"
    window.ask_key = lambda: (key, PASSPHRASE)
    qtbot.mouseClick(window.buttons["apply"], Qt.MouseButton.LeftButton)
    e01 = documents.document_text(project, documents.find_document(project, "Entrevista E01").id)
    e02 = documents.document_text(project, documents.find_document(project, "Entrevista E02").id)
    assert "Maria Aparecida" not in e01 and "(11) 98765-4321" in e01 and "A Rosa ajuda" in e01
    assert "Seu Antônio: Conheço" in e02
    assert {entry.original for entry in read_key(key, PASSPHRASE).entries} >= {
        "Maria Aparecida",
        "João Batista",
    }
    assert "Replaced" in window.status.text()
    after = table_dump(project, leave_out=("audit_events", "settings"))
    main.action("undo").trigger()
    assert table_dump(project, leave_out=("audit_events", "settings")) == before
    main.action("redo").trigger()
    assert table_dump(project, leave_out=("audit_events", "settings")) == after


def test_screenshots(qtbot, make_window, corpus_path: Path) -> None:  # type: ignore[no-untyped-def]
    main: MainWindow = make_window(corpus_path)
    window = main.corpus_actions.open_pseudonymise()
    for width, height in ((1366, 768), (1920, 1080)):
        window.resize(width, height)
        image = window.grab()
        assert image.width() == width
        image.save(str(corpus_path.parent / f"pseudonymise-{width}.png"))
    from caqda.gui.privacy.key_dialog import KeyFileDialog

    dialog = KeyFileDialog(corpus_path, window)
    dialog.grab().save(str(corpus_path.parent / "key-dialog.png"))
    dialog.passphrase.setText("short")
    dialog.again.setText("short")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert "at least 8" in dialog.problem.text() and not dialog.result()
