"""The documents and attributes windows, memo, shortcut and import undo, driven as a user would."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QTableWidget

from caqda.core import attributes, document_sets, documents, memos
from caqda.core.project import Project
from caqda.gui.main_window import MainWindow
from tests.conftest import table_dump


def dump(project: Project) -> dict[str, list[tuple[Any, ...]]]:
    return table_dump(project, leave_out=("audit_events", "settings"))


def names_in(table: QTableWidget) -> list[str]:
    return [table.item(row, 1).text() for row in range(table.rowCount())]


def select_rows(table: QTableWidget, *names: str) -> None:
    table.clearSelection()
    for row in range(table.rowCount()):
        if table.item(row, 1).text() in names:
            table.selectionModel().select(
                table.model().index(row, 0),
                table.selectionModel().SelectionFlag.Select | table.selectionModel().SelectionFlag.Rows,
            )
            table.setCurrentCell(row, 1, table.selectionModel().SelectionFlag.NoUpdate)


def press_undo(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.action("undo").trigger()


def test_rename_delete_and_undo_in_the_documents_window(qtbot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    project = window.session.project  # type: ignore[union-attr]
    panel = window.corpus_actions.open_documents()
    table = panel.table
    first = names_in(table)[0]
    select_rows(table, first)
    monkeypatch.setattr(panel, "ask_text", lambda *args: "E01 Marketing (renamed)")
    qtbot.mouseClick(panel.buttons["rename"], Qt.MouseButton.LeftButton)
    assert names_in(table)[0] == "E01 Marketing (renamed)"
    assert documents.list_documents(project)[0].name == "E01 Marketing (renamed)"
    assert window.documents_panel.model.index(0, 0).data() == "E01 Marketing (renamed)"
    press_undo(qtbot, window)
    assert names_in(table)[0] == first and documents.list_documents(project)[0].name == first

    before = dump(project)
    document = documents.find_document(project, first)
    codings = project.scalar("SELECT COUNT(*) FROM codings WHERE document_id = ?", (document.id,))
    questions: list[str] = []
    monkeypatch.setattr(panel, "confirm", lambda question: questions.append(question) or True)
    select_rows(table, first)
    qtbot.mouseClick(panel.buttons["delete"], Qt.MouseButton.LeftButton)
    assert f"{codings} codings" in questions[0] and codings > 0
    assert first not in names_in(table)
    assert project.scalar("SELECT COUNT(*) FROM codings WHERE document_id = ?", (document.id,)) == 0
    press_undo(qtbot, window)
    assert dump(project) == before
    assert first in names_in(table)
    window.action("redo").trigger()
    assert project.scalar("SELECT COUNT(*) FROM documents WHERE id = ?", (document.id,)) == 0


def test_move_and_sets_filter_the_list(qtbot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    project = window.session.project  # type: ignore[union-attr]
    panel = window.corpus_actions.open_documents()
    table = panel.table
    names = names_in(table)
    select_rows(table, names[2])
    qtbot.mouseClick(panel.buttons["up"], Qt.MouseButton.LeftButton)
    assert names_in(table)[:3] == [names[0], names[2], names[1]]
    assert [d.name for d in documents.list_documents(project)][:3] == [names[0], names[2], names[1]]
    press_undo(qtbot, window)
    assert names_in(table)[:3] == names[:3]

    select_rows(table, names[0], names[3])
    monkeypatch.setattr(panel, "ask_text", lambda *args: "Interviews - management")
    qtbot.mouseClick(panel.buttons["new_set"], Qt.MouseButton.LeftButton)
    [created] = document_sets.list_sets(project)
    assert created.name == "Interviews - management" and len(created.document_ids) == 2
    panel.set_filter.setCurrentIndex(panel.set_filter.findData(created.id))
    assert names_in(table) == [names[0], names[3]]
    assert table.item(0, 10).text() == "Interviews - management"
    panel.condition.setText("Years in the role>=100")
    panel.condition.editingFinished.emit()
    assert names_in(table) == []
    panel.condition.setText("")
    panel.condition.editingFinished.emit()
    press_undo(qtbot, window)
    assert document_sets.list_sets(project) == []


def test_document_window_shows_source_import_date_and_importer(window: MainWindow) -> None:
    panel = window.corpus_actions.open_documents()
    headers = [panel.table.horizontalHeaderItem(c).text() for c in range(panel.table.columnCount())]
    assert headers[3:7] == ["Source file", "Format", "Imported", "Imported by"]
    document = documents.list_documents(window.session.project)[0]  # type: ignore[union-attr]
    assert panel.table.item(0, 3).text() == document.source_name
    assert panel.table.item(0, 5).text() == document.imported_at[:16].replace("T", " ")
    assert document.source_name in panel.table.item(0, 1).toolTip()


def test_attributes_table_edit_paste_type_check_and_undo(qtbot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    project = window.session.project  # type: ignore[union-attr]
    errors: list[str] = []
    monkeypatch.setattr(window, "show_error", lambda error: errors.append(str(error)))
    panel = window.corpus_actions.open_attributes()
    table = panel.table
    monkeypatch.setattr(panel, "ask_attribute", lambda definition=None: ("Shift", "choice", ["Day", "Night"]))
    qtbot.mouseClick(panel.buttons["add"], Qt.MouseButton.LeftButton)
    column = [d.name for d in panel.definitions].index("Shift")
    assert table.horizontalHeaderItem(column).text().startswith("Shift")

    first_id = panel.document_id(0)
    table.item(0, column).setText("night")
    assert documents.attributes(project, first_id)["Shift"] == "Night"
    table.item(1, column).setText("Evening")
    assert errors and "not one of the values" in errors[-1]
    assert table.item(1, column).text() == ""  # the refused value is not left on screen

    years = [d.name for d in panel.definitions].index("Years in the role")
    monkeypatch.setattr(panel, "ask_attribute", lambda definition=None: ("Years in the role", "number", []))
    table.setCurrentCell(0, years)
    qtbot.mouseClick(panel.buttons["type"], Qt.MouseButton.LeftButton)
    assert attributes.get_definition(project, "Years in the role").type == "number"  # type: ignore[union-attr]

    before = attributes.attribute_table(project)
    order = [d.name for d in panel.definitions]
    assert order[:2] == ["Shift", "Years in the role"]  # typed attributes first, in the order defined
    QGuiApplication.clipboard().setText("Day\t3\nNight\t4,5\n")
    table.setFocus()
    table.setCurrentCell(1, 0)
    qtbot.keyClick(table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    second, third = panel.document_id(1), panel.document_id(2)
    assert documents.attributes(project, second)["Shift"] == "Day"
    assert documents.attributes(project, third)["Shift"] == "Night"
    assert documents.attributes(project, third)["Years in the role"] == "4.5"
    assert table.item(2, 1).text() == "4.5"
    press_undo(qtbot, window)
    assert attributes.attribute_table(project) == before
    assert table.item(1, 0).text() == ""


def test_memo_add_edit_delete_are_undoable(qtbot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    project = window.session.project  # type: ignore[union-attr]
    monkeypatch.setattr(window, "ask_memo", lambda title, heading, text: "First thought")
    window.memo_actions.new_memo("project")
    [memo] = memos.list_memos(project)
    assert window.memos_panel.model.rowCount() == 1
    press_undo(qtbot, window)
    assert memos.list_memos(project) == []
    qtbot.waitUntil(lambda: window.memos_panel.model.rowCount() == 0)  # the docks refresh right after
    window.action("redo").trigger()
    [again] = memos.list_memos(project)
    assert again.uuid == memo.uuid and again.text == "First thought"
    monkeypatch.setattr(window, "ask_memo", lambda title, heading, text: "Second thought")
    window.memo_actions.edit_memo(again)
    assert memos.list_memos(project)[0].text == "Second thought"
    press_undo(qtbot, window)
    assert memos.list_memos(project)[0].text == "First thought"
    monkeypatch.setattr(window, "confirm", lambda question: True)
    window.memo_actions.delete_memo(memos.list_memos(project)[0])
    assert memos.list_memos(project) == []
    press_undo(qtbot, window)
    assert [m.uuid for m in memos.list_memos(project)] == [memo.uuid]


def test_shortcut_assignment_is_undoable(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    session = window.session
    assert session is not None
    before = session.shortcuts()
    code_id = before["1"]
    window.codebook_panel.select_code(before["2"])
    window.codebook_actions.assign_shortcut("1")
    assert session.shortcuts()["1"] == before["2"]
    press_undo(qtbot, window)
    assert session.shortcuts()["1"] == code_id and session.shortcuts() == before


HEADER = "Department: Nursing\nYears in the role: {years}\nNote: names were changed for privacy reasons.\n\n"
TURNS = "Interviewer: How is it?\n{name}: Fine.\nInterviewer: Really?\n{name}: Yes, really fine."


def test_an_import_is_one_undo_step_and_header_attributes_are_chosen(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    project = window.session.project  # type: ignore[union-attr]
    files = []
    for name, years in (("E21", "2"), ("E22", "14")):
        path = tmp_path / f"{name}.txt"
        path.write_text(HEADER.format(years=years) + TURNS.format(name=name), encoding="utf-8")
        files.append(path)
    before = dump(project)
    offered: list[dict[str, list[str]]] = []
    from caqda.gui.import_runner import ImportRunner

    runner = ImportRunner(window, project, files)

    def choose(found: dict[str, list[str]]) -> set[str]:
        offered.append(found)
        return {"Department"}

    runner.choose_header_attributes = choose
    with qtbot.waitSignal(runner.done, timeout=10_000):
        runner.start()
    assert offered == [{"Department": ["Nursing", "Nursing"], "Years in the role": ["2", "14"]}]
    e21 = documents.find_document(project, "E21")
    assert documents.attributes(project, e21.id) == {"Department": "Nursing"}
    assert window.session.undo_stack.undoText() == "Import 2 documents"  # type: ignore[union-attr]
    press_undo(qtbot, window)
    assert dump(project) == before
    window.action("redo").trigger()
    assert documents.attributes(project, documents.find_document(project, "E22").id) == {
        "Department": "Nursing"
    }


def test_the_documents_dock_menu_renames_and_deletes(qtbot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    project = window.session.project  # type: ignore[union-attr]
    document = documents.list_documents(project)[1]
    menu = window.corpus_actions.dock_menu(document.id)
    labels = [action.text() for action in menu.actions()]
    assert labels[:2] == ["&Rename…", "&Delete…"]
    panel = window.corpus_actions.open_documents()
    monkeypatch.setattr(panel, "ask_text", lambda title, label, text: text + " (2)")
    menu.actions()[0].trigger()
    assert documents.get_document(project, document.id).name == document.name + " (2)"
    monkeypatch.setattr(panel, "confirm", lambda question: True)
    menu.actions()[1].trigger()
    assert document.id not in [d.id for d in documents.list_documents(project)]
    press_undo(qtbot, window)
    assert documents.get_document(project, document.id).name == document.name + " (2)"


def test_a_choice_attribute_is_edited_with_its_values(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QComboBox

    project = window.session.project  # type: ignore[union-attr]
    attributes.define_attribute(project, "Shift", "choice", ["Day", "Night"])
    panel = window.corpus_actions.open_attributes()
    table = panel.table
    table.setCurrentCell(0, 0)
    table.editItem(table.item(0, 0))
    editor = table.findChild(QComboBox)
    assert editor is not None and [editor.itemText(i) for i in range(editor.count())] == ["", "Day", "Night"]
    editor.setCurrentIndex(2)
    editor.activated.emit(2)  # what choosing "Night" from the list does
    assert documents.attributes(project, panel.document_id(0))["Shift"] == "Night"
