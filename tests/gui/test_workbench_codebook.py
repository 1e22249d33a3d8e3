"""Editing the codebook from the GUI, every step undoable, and the models behaving as Qt models."""

from __future__ import annotations

import json

from PySide6.QtCore import QMimeData, Qt

from caqda.core import codebook
from caqda.core.coding import list_codings
from caqda.gui.main_window import MainWindow
from caqda.gui.models.codebook_model import CODE_MIME


def _codes(window: MainWindow) -> dict[str, object]:
    assert window.session is not None
    return {code.name: code for code in codebook.list_codes(window.session.project)}


def _select(window: MainWindow, name: str) -> None:
    window.codebook_panel.select_code(codebook.find_code(window.session.project, name).id)  # type: ignore[union-attr]


def test_new_code_and_subcode_with_definition(window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    fields = {
        "name": "Trust",
        "color": "#123456",
        "definition": "Patients say they trust the hospital.",
        "when_to_use": "",
        "when_not_to_use": "",
        "example": "",
    }
    monkeypatch.setattr(window, "ask_code_fields", lambda code: fields)
    _select(window, "Customer sphere")
    window.action("new_subcode").trigger()
    trust = codebook.find_code(window.session.project, "Customer sphere/Trust")  # type: ignore[union-attr]
    assert (trust.color, trust.definition) == ("#123456", "Patients say they trust the hospital.")
    assert window.codebook_panel.current_code().id == trust.id  # type: ignore[union-attr]
    assert "trust the hospital" in window.codebook_panel.definition.toPlainText()
    window.action("undo").trigger()
    assert "Trust" not in _codes(window)
    window.action("redo").trigger()
    assert codebook.find_code(window.session.project, "Trust").definition.startswith("Patients")  # type: ignore[union-attr]


def test_rename_recolour_and_undo(window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _select(window, "Peer support")
    code = codebook.find_code(window.session.project, "Peer support")  # type: ignore[union-attr]
    values = {
        f: getattr(code, f)
        for f in ("name", "color", "definition", "when_to_use", "when_not_to_use", "example")
    }
    monkeypatch.setattr(window, "ask_code_fields", lambda c: {**values, "name": "Peer-to-peer support"})
    window.action("edit_code").trigger()
    assert "Peer-to-peer support" in _codes(window)
    monkeypatch.setattr(window, "ask_color", lambda color: "#ff0000")
    window.action("recolour_code").trigger()
    assert codebook.get_code(window.session.project, code.id).color == "#ff0000"  # type: ignore[union-attr]
    window.action("undo").trigger()
    window.action("undo").trigger()
    restored = codebook.get_code(window.session.project, code.id)  # type: ignore[union-attr]
    assert (restored.name, restored.color) == (code.name, code.color)


def test_delete_says_how_many_codings_go_and_undo_restores_them(window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    project = window.session.project  # type: ignore[union-attr]
    code = codebook.find_code(project, "Value co-destruction")
    count = codebook.codings_under(project, code.id)
    before = len(list_codings(project))
    questions: list[str] = []
    monkeypatch.setattr(window, "confirm", lambda question: questions.append(question) or True)
    _select(window, "Value co-destruction")
    window.action("delete_code").trigger()
    assert f"{count} codings will be removed" in questions[0]
    assert len(list_codings(project)) == before - count
    window.action("undo").trigger()
    assert len(list_codings(project)) == before
    assert codebook.find_code(project, "Value co-destruction").uuid == code.uuid


def test_merge_moves_codings_and_is_undone(window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    project = window.session.project  # type: ignore[union-attr]
    source = codebook.find_code(project, "Emotional value")
    target = codebook.find_code(project, "Patient experience narrative")
    moved = codebook.codings_under(project, source.id)
    target_before = codebook.codings_under(project, target.id)
    monkeypatch.setattr(window, "ask_code", lambda recent, exclude=None: target.id)
    monkeypatch.setattr(window, "confirm", lambda question: True)
    _select(window, "Emotional value")
    window.action("merge_code").trigger()
    assert "Emotional value" not in _codes(window)
    assert target_before < codebook.codings_under(project, target.id) <= target_before + moved
    window.action("undo").trigger()
    assert codebook.codings_under(project, source.id) == moved
    assert codebook.codings_under(project, target.id) == target_before


def test_nesting_a_code_by_drag_and_drop(window: MainWindow) -> None:
    project = window.session.project  # type: ignore[union-attr]
    peer = codebook.find_code(project, "Peer support")
    joint = codebook.find_code(project, "Joint sphere")
    model = window.codebook_panel.model
    data = QMimeData()
    data.setData(CODE_MIME, json.dumps(peer.id).encode())
    model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, model.index_of(joint.id))
    moved = codebook.get_code(project, peer.id)
    assert moved.parent_id == joint.id and moved.position == 0
    assert window.codebook_panel.model.index_of(peer.id).parent().data() == "Joint sphere"
    window.action("undo").trigger()
    assert codebook.get_code(project, peer.id).parent_id == peer.parent_id


def test_reassigning_a_shortcut(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    _select(window, "Word of mouth and reputation")
    window.shortcut_menu.actions()[0].trigger()  # key 1
    view = window.transcript
    view.select_range(0, 10)
    qtbot.keyClick(view, Qt.Key.Key_1)
    newest = max(list_codings(window.session.project), key=lambda c: c.id)  # type: ignore[union-attr]
    assert codebook.get_code(window.session.project, newest.code_id).name == "Word of mouth and reputation"  # type: ignore[union-attr]
    assert window.codebook_panel.model.index_of(newest.code_id).siblingAtColumn(2).data() == "1"


def test_filter_box_narrows_the_tree(window: MainWindow) -> None:
    panel = window.codebook_panel
    panel.filter.setText("complaint")
    shown = []
    proxy = panel.proxy
    for row in range(proxy.rowCount()):
        parent = proxy.index(row, 0)
        shown += [proxy.index(r, 0, parent).data() for r in range(proxy.rowCount(parent))]
    assert sorted(shown) == ["Complaint", "Complaint handling and service recovery"]


def test_every_item_model_passes_the_model_tester(window: MainWindow, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    window.segments_panel.scope.setCurrentIndex(1)
    for model in (
        window.codebook_panel.model,
        window.codebook_panel.proxy,
        window.documents_panel.model,
        window.documents_panel.attributes,
        window.segments_panel.model,
        window.memos_panel.model,
    ):
        assert model.rowCount() > 0 or model is window.memos_panel.model
        qtmodeltester.check(model)
