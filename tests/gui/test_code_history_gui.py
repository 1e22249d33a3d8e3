"""A code's history from the codebook dock: edit a code twice, open History… from the context
menu, read each version with who, before and after; Word exports cite the codebook version."""

from __future__ import annotations

from caqda.core import codebook
from caqda.core.codebook_versions import codebook_version
from caqda.gui.dialogs.code_history import CodeHistoryDialog
from caqda.gui.main_window import MainWindow


def _select(window: MainWindow, name: str) -> None:
    panel = window.codebook_panel
    code = codebook.find_code(window.session.project, name)  # type: ignore[union-attr]
    panel.tree.setCurrentIndex(panel.proxy.mapFromSource(panel.model.index_of(code.id)))


def test_history_after_edits(qtbot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    project = window.session.project  # type: ignore[union-attr]
    before = codebook_version(project).number
    code = codebook.find_code(project, "Peer support")
    fields = {
        name: getattr(code, name) for name in ("definition", "when_to_use", "when_not_to_use", "example")
    }
    monkeypatch.setattr(window, "ask_code_fields", lambda c: {**fields, "name": "Peer-to-peer support"})
    _select(window, "Peer support")
    window.action("edit_code").trigger()
    monkeypatch.setattr(window, "ask_color", lambda color: "#ff0000")
    window.action("recolour_code").trigger()
    assert codebook_version(project).number == before + 2

    menu = window.codebook_context_menu()
    history = next(action for action in menu.actions() if action.text() == "&History…")
    history.trigger()
    dialog = window.code_history_dialog  # type: ignore[attr-defined]
    assert isinstance(dialog, CodeHistoryDialog)
    qtbot.addWidget(dialog)
    assert f"version {before + 2} " in dialog.version_label.text()
    rows = [
        [dialog.table.item(row, column).text() for column in range(dialog.table.columnCount())]
        for row in range(dialog.table.rowCount())
    ]
    assert rows[-2][3:] == ["rename code", "name", "Peer support", "Peer-to-peer support"]
    assert rows[-2][2] == "Ana" and rows[-2][0] == str(before + 1)
    assert rows[-1][3:] == ["recolour code", "colour", code.color, "#ff0000"]
    assert rows[0][3] in ("add code",)
