"""The Similar passages window as a coder uses it: pick a code, list suggestions, accept one
(undoable), dismiss one (remembered, undoable), and look for passages like a selection."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from caqda.core import codebook, coders, documents
from caqda.core.coding import add_coding, list_codings
from caqda.core.project import Project
from caqda.gui.main_window import MainWindow
from tests.conftest import add_text
from tests.unit.core.test_similar import FIRST, SECOND


@pytest.fixture
def path(tmp_path: Path) -> Path:
    path = tmp_path / "similar.caqda"
    with Project.create(path) as project:
        ids = [add_text(project, name, text) for name, text in (("E01", FIRST), ("E02", SECOND))]
        coder = coders.ensure_coder(project, "Ana")
        code = codebook.add_code(project, "Waiting")
        text = documents.document_text(project, ids[0])
        add_coding(project, document_id=ids[0], code_id=code.id, coder_id=coder.id,
                   start=text.index("A espera"), end=text.index("nada.") + 5)  # fmt: skip
    return path


def test_accept_and_dismiss_from_the_window(qtbot, make_window, path: Path) -> None:  # type: ignore[no-untyped-def]
    main: MainWindow = make_window(path)
    project = main.session.project  # type: ignore[union-attr]
    code = codebook.find_code(project, "Waiting")
    main.codebook_panel.select_code(code.id)
    main.action("similar").trigger()
    window = main.similar_actions.similar
    assert window is not None and window.isVisible()
    qtbot.mouseClick(window.buttons["like_code"], Qt.MouseButton.LeftButton)
    assert window.table.rowCount() > 1
    assert window.table.item(0, 2).text().startswith("ESPERA NA EMERGENCIA")
    assert window.table.item(0, 3).text().startswith("A espera na emergência")
    for size in ((1366, 768), (1920, 1080)):
        window.resize(*size)
        assert window.grab().width() == size[0]
    qtbot.mouseClick(window.buttons["accept"], Qt.MouseButton.LeftButton)
    assert len(list_codings(project)) == 2
    main.action("undo").trigger()
    assert len(list_codings(project)) == 1
    qtbot.mouseClick(window.buttons["like_code"], Qt.MouseButton.LeftButton)
    dismissed = window.table.item(0, 2).text()
    qtbot.mouseClick(window.buttons["dismiss"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.buttons["like_code"], Qt.MouseButton.LeftButton)
    assert dismissed not in [window.table.item(row, 2).text() for row in range(window.table.rowCount())]
    main.action("undo").trigger()
    qtbot.mouseClick(window.buttons["like_code"], Qt.MouseButton.LeftButton)
    assert window.table.item(0, 2).text() == dismissed


def test_like_the_selected_text(qtbot, make_window, path: Path) -> None:  # type: ignore[no-untyped-def]
    main: MainWindow = make_window(path)
    project = main.session.project  # type: ignore[union-attr]
    e01 = documents.find_document(project, "E01")
    main.show_document(e01.id)
    text = documents.document_text(project, e01.id)
    start = text.index("A comida")
    main.transcript.select_range(start, start + len("A comida do hospital estava fria."))
    window = main.similar_actions.open()
    qtbot.mouseClick(window.buttons["like_selection"], Qt.MouseButton.LeftButton)
    assert window.table.rowCount() > 0
    assert window.table.item(0, 3).text() == "A comida do hospital estava fria."
