"""The plain main window lists a project's documents and codebook and shows a transcript."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from caqda.core import documents
from caqda.core.errors import ProjectLockedError
from caqda.core.project import Project
from caqda.gui.app import run
from caqda.gui.main_window import MainWindow
from caqda.gui.models import ID_ROLE


def test_window_lists_documents_and_codes(qtbot, demo_path: Path, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow()
    qtbot.addWidget(window)
    window.open_project(demo_path)
    assert window.documents_model.rowCount() == 11
    assert window.documents_model.index(4, 0).data() == "E05 Nursing coordinator"
    roots = [window.codebook_model.index(row, 0).data() for row in range(window.codebook_model.rowCount())]
    assert roots == ["Provider sphere", "Joint sphere", "Customer sphere", "Interaction type"]
    joint = window.codebook_model.index(1, 0)
    assert window.codebook_model.rowCount(joint) == 7
    qtmodeltester.check(window.documents_model)
    qtmodeltester.check(window.codebook_model)
    window.close()


def test_clicking_a_document_shows_its_text(qtbot, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow()
    qtbot.addWidget(window)
    window.open_project(demo_path)
    index = window.documents_model.index(10, 0)
    rect = window.documents_view.visualRect(index)
    window.show()
    qtbot.mouseClick(window.documents_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.project is not None
    expected = documents.document_text(window.project, index.data(ID_ROLE))
    assert window.transcript.toPlainText() == expected
    assert "E11:" in window.transcript.toPlainText()
    window.close()


def test_a_second_window_cannot_open_the_same_project(qtbot, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    first = MainWindow()
    qtbot.addWidget(first)
    first.open_project(demo_path)
    second = MainWindow()
    qtbot.addWidget(second)
    try:
        second.open_project(demo_path)
    except ProjectLockedError as error:
        assert "open in another caqda window" in str(error)
    else:
        raise AssertionError("the project was opened twice")
    first.close()
    with Project.open(demo_path):  # closing the window releases the project
        pass


def test_screenshot_command_renders_the_window(qtbot, demo_path: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "shot.png"
    assert run(demo_path, screenshot=out, document="E03 Ombudsman coordinator") == 0
    image = QImage(str(out))
    assert image.width() >= 1000 and image.height() >= 600
    # Not a blank image: the window has text and colour swatches.
    colours = {image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 37)}
    assert len(colours) > 5
