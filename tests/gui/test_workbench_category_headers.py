"""A code marked as a category header: the coder marks it from the codebook, sees it in italics,
cannot code with it (double-click, drop, picker, digit keys), and can undo the marking."""

from __future__ import annotations

from PySide6.QtCore import Qt

from caqda.core import codebook, documents
from caqda.gui.coding_actions import code_rows
from caqda.gui.main_window import MainWindow
from caqda.gui.models.codebook_model import RANGE_MIME


def test_marking_a_header_and_trying_to_code_with_it(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    session = window.session
    assert session is not None
    project = session.project
    header = codebook.find_code(project, "Joint sphere")
    panel = window.codebook_panel
    panel.select_code(header.id)
    window.action("toggle_codable").trigger()
    assert not codebook.get_code(project, header.id).codable
    index = panel.model.index_of(header.id)
    assert index.data(Qt.ItemDataRole.FontRole).italic()
    assert "Category header" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert header.id not in [row[0] for row in code_rows(codebook.list_codes(project))]
    assert header.id not in session.shortcuts().values()

    document = documents.find_document(project, "E01 Marketing and communication manager")
    window.show_document(document.id)
    before = project.scalar("SELECT COUNT(*) FROM codings")
    window.transcript.select_range(0, 12)
    mime = window.transcript.createMimeDataFromSelection()
    assert mime.hasFormat(RANGE_MIME)
    assert not panel.model.canDropMimeData(mime, Qt.DropAction.CopyAction, -1, 0, index)
    proxy_index = panel.proxy.mapFromSource(index)
    rect = panel.tree.visualRect(proxy_index)
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert project.scalar("SELECT COUNT(*) FROM codings") == before
    assert "category header" in window.statusBar().currentMessage()

    session.undo_stack.undo()
    assert codebook.get_code(project, header.id).codable
    assert not panel.model.index_of(header.id).data(Qt.ItemDataRole.FontRole)


def test_a_code_set_filters_the_codebook(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from caqda.core import code_sets

    session = window.session
    assert session is not None
    project = session.project
    panel = window.codebook_panel
    assert panel.set_choice.isHidden()  # no sets yet: no choice to make
    peer = codebook.find_code(project, "Peer support")
    dialogue = codebook.find_code(project, "Acknowledging praise")
    code_sets.add_code_set(project, "Second round", [peer.id, dialogue.id])
    assert not panel.set_choice.isHidden()
    panel.set_choice.setCurrentIndex(panel.set_choice.findData("Second round"))

    def shown(parent=None) -> list[str]:  # type: ignore[no-untyped-def]
        from PySide6.QtCore import QModelIndex

        parent = parent or QModelIndex()
        names = []
        for row in range(panel.proxy.rowCount(parent)):
            index = panel.proxy.index(row, 0, parent)
            names += [index.data(), *shown(index)]
        return names

    assert shown() == ["Joint sphere", "Acknowledging praise", "Customer sphere", "Peer support"]
    panel.select_code(peer.id)
    assert "Code sets: Second round" in panel.definition.toPlainText()
    panel.set_choice.setCurrentIndex(0)
    assert len(shown()) == len(codebook.list_codes(project))
