"""Document sets and attribute conditions where the remaining lists choose documents: the
coded-segments dock (selected code, all documents), the search dock and the coding-query window,
driven as a researcher does (choose the set, type the condition, see the rows). Each count is
made in the test from the database: codings counted with SQL, text searched with ``re``,
passages merged from the stored spans."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from caqda.core import codebook, document_sets, documents
from caqda.gui.main_window import MainWindow
from tests.gui.test_incremental_refresh import settle

# Opening a combo box's list offscreen warns that the platform cannot raise or grab.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

MANAGEMENT = ("E01", "E03", "E04", "E07")  # the set the tests make, by interview number


def _make_set(window: MainWindow) -> tuple[list[int], list[str]]:
    project = window.session.project  # type: ignore[union-attr]
    chosen = [d for d in documents.list_documents(project) if d.name.split()[0] in MANAGEMENT]
    assert len(chosen) == len(MANAGEMENT)
    document_sets.create_set(project, "Management", [d.id for d in chosen])
    return [d.id for d in chosen], [d.name for d in chosen]


def _choose(combo: QComboBox, name: str | None) -> None:
    """Open the list (it is read again from the project then) and pick an entry."""
    combo.showPopup()
    combo.hidePopup()
    position = combo.findData(name)
    assert position >= 0, name
    combo.setCurrentIndex(position)


def _nursing_ids(window: MainWindow) -> list[int]:
    project = window.session.project  # type: ignore[union-attr]
    return [
        d.id
        for d in documents.list_documents(project)
        if documents.attributes(project, d.id).get("Department") == "Nursing"
    ]


def _codings_of(window: MainWindow, code_id: int, document_ids: list[int] | None) -> int:
    project = window.session.project  # type: ignore[union-attr]
    rows = project.rows("SELECT document_id FROM codings WHERE code_id = ?", (code_id,))
    return sum(1 for (document_id,) in rows if document_ids is None or document_id in document_ids)


def test_segments_dock_narrows_the_selected_code_to_a_set_and_a_condition(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    session = window.session
    assert session is not None
    session.set_visible_coders(None)
    project = session.project
    set_ids, set_names = _make_set(window)
    code = next(c for c in codebook.list_codes(project) if c.name == "Complaint")
    panel = window.segments_panel
    assert not panel.documents_row.isVisibleTo(panel)  # only for the selected code's list
    panel.scope.setCurrentIndex(0)
    window.codebook_panel.select_code(code.id)
    settle(window)
    assert panel.documents_row.isVisibleTo(panel)
    everywhere = _codings_of(window, code.id, None)
    assert panel.model.rowCount() == everywhere

    _choose(panel.documents_row.set_choice, "Management")
    settle(window)
    in_set = _codings_of(window, code.id, set_ids)
    assert 0 < in_set < everywhere
    assert panel.model.rowCount() == in_set
    assert {s.document for s in panel.model.rows} <= set(set_names)

    # Coding stays incremental and right: a coding outside the set does not appear, one inside does.
    outside = next(d for d in documents.list_documents(project) if d.id not in set_ids)
    window.show_document(outside.id)
    settle(window)
    window.coding.code_selection(code.id, (0, 30))
    settle(window)
    assert panel.model.rowCount() == in_set == _codings_of(window, code.id, set_ids)
    window.show_document(set_ids[0])
    settle(window)
    window.coding.code_selection(code.id, (0, 30))
    settle(window)
    assert panel.model.rowCount() == in_set + 1 == _codings_of(window, code.id, set_ids)
    session.undo_stack.undo()
    settle(window)
    assert panel.model.rowCount() == in_set

    # A document taken out of the set leaves the list.
    document_sets.remove_from_set(project, document_sets.find_set(project, "Management").id, [set_ids[0]])
    settle(window)
    assert panel.model.rowCount() == _codings_of(window, code.id, set_ids[1:])

    # Set and condition together: Management and Nursing share no document.
    qtbot.keyClicks(panel.documents_row.condition, "Department=Nursing")
    qtbot.keyClick(panel.documents_row.condition, Qt.Key.Key_Return)
    settle(window)
    assert panel.model.rowCount() == 0 and panel.filter_message.isVisibleTo(panel)
    _choose(panel.documents_row.set_choice, None)
    settle(window)
    nursing = _nursing_ids(window)
    assert panel.model.rowCount() == _codings_of(window, code.id, nursing) > 0
    assert not panel.filter_message.isVisibleTo(panel)

    panel.documents_row.condition.setText("Shift=Night")
    qtbot.keyClick(panel.documents_row.condition, Qt.Key.Key_Return)
    settle(window)
    assert panel.model.rowCount() == 0 and "Shift" in panel.filter_message.text()

    # The current document's list ignores the filter and hides it.
    panel.scope.setCurrentIndex(1)
    settle(window)
    assert not panel.documents_row.isVisibleTo(panel) and not panel.filter_message.isVisibleTo(panel)
    assert panel.model.rowCount() == project.scalar(
        "SELECT COUNT(*) FROM codings WHERE document_id = ?", (window.transcript.document_id,)
    )


def test_search_dock_searches_the_documents_of_a_set(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    project = window.session.project  # type: ignore[union-attr]
    set_ids, set_names = _make_set(window)
    window.action("search").trigger()
    panel = window.search_panel
    texts = {d.name: documents.document_text(project, d.id) for d in documents.list_documents(project)}
    _choose(panel.document_set, "Management")
    qtbot.keyClicks(panel.query, "patient")
    qtbot.keyClick(panel.query, Qt.Key.Key_Return)
    expected = sum(len(re.findall("patient", texts[name], re.IGNORECASE)) for name in set_names)
    everywhere = sum(len(re.findall("patient", text, re.IGNORECASE)) for text in texts.values())
    assert 0 < panel.model.rowCount() == expected < everywhere
    assert {h.document for h in panel.model.rows} <= set(set_names)
    assert "Documents in the set Management" in panel._description()
    # With a condition beside it: Management and Nursing share no document.
    panel.where.setText("Department=Nursing")
    qtbot.keyClick(panel.query, Qt.Key.Key_Return)
    assert panel.model.rowCount() == 0
    # A document outside the set finds nothing; one inside finds its own places.
    panel.where.clear()
    _choose(panel.document, set_ids[1])
    qtbot.keyClick(panel.query, Qt.Key.Key_Return)
    assert panel.model.rowCount() == len(re.findall("patient", texts[set_names[1]], re.IGNORECASE))
    outside = next(d for d in documents.list_documents(project) if d.id not in set_ids)
    _choose(panel.document, outside.id)
    qtbot.keyClick(panel.query, Qt.Key.Key_Return)
    assert panel.model.rowCount() == 0


def _merged_spans(window: MainWindow, code_name: str, document_ids: list[int]) -> int:
    """Passages of a one-code query counted another way: each document's stored spans of the
    code, overlapping ones merged."""
    project = window.session.project  # type: ignore[union-attr]
    code_id = project.scalar("SELECT id FROM codes WHERE name = ?", (code_name,))
    total = 0
    for document_id in document_ids:
        spans = sorted(
            (row[0], row[1])
            for row in project.rows(
                "SELECT start, end FROM codings WHERE code_id = ? AND document_id = ?", (code_id, document_id)
            )
        )
        merged: list[list[int]] = []
        for start, end in spans:
            if merged and start < merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        total += len(merged)
    return total


def test_coding_query_window_chooses_documents_and_speakers(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    project = window.session.project  # type: ignore[union-attr]
    set_ids, set_names = _make_set(window)
    window.action("coding_query").trigger()
    view = window.analysis.query_window
    qtbot.addWidget(view)
    all_ids = [d.id for d in documents.list_documents(project)]
    assert view.document_list.count() == len(all_ids)
    qtbot.keyClicks(view.query, "Complaint")
    qtbot.keyClick(view.query, Qt.Key.Key_Return)
    assert view.model.rowCount() == _merged_spans(window, "Complaint", all_ids)

    bar = view.document_filter
    assert bar is not None
    bar.set_choice.setCurrentIndex(bar.set_choice.findData("Management"))
    qtbot.keyClick(view.query, Qt.Key.Key_Return)
    in_set = _merged_spans(window, "Complaint", set_ids)
    assert 0 < view.model.rowCount() == in_set < _merged_spans(window, "Complaint", all_ids)
    assert {p.document for p in view.model.passages} <= set(set_names)

    # Speakers: of the set's passages, those said by the chosen interviewees.
    speakers = sorted({p.speaker for p in view.model.passages if p.speaker})[:2]
    assert speakers
    said = sum(1 for p in view.model.passages if p.speaker in speakers)
    qtbot.keyClicks(view.speakers, ", ".join(speakers))
    qtbot.keyClick(view.query, Qt.Key.Key_Return)
    assert view.model.rowCount() == said and {p.speaker for p in view.model.passages} <= set(speakers)
    view.speakers.clear()

    # An attribute condition through the bar checks the Nursing documents only.
    bar.set_choice.setCurrentIndex(0)
    qtbot.keyClicks(bar.condition, "Department=Nursing")
    qtbot.keyClick(bar.condition, Qt.Key.Key_Return)
    qtbot.keyClick(view.query, Qt.Key.Key_Return)
    nursing = _nursing_ids(window)
    assert view.model.rowCount() == _merged_spans(window, "Complaint", nursing)
    assert view.filters().documents == tuple(documents.get_document(project, i).name for i in nursing)

    # Saved with its documents, loaded back with them.
    view.save_query("Nursing complaints")
    bar.condition.clear()
    bar.condition.editingFinished.emit()
    assert view.filters().documents is None
    view.saved.setCurrentIndex(view.saved.findData("Nursing complaints"))
    view.saved.activated.emit(view.saved.currentIndex())
    assert view.model.rowCount() == _merged_spans(window, "Complaint", nursing)

    # Nothing checked: said, and no passages.
    for row in range(view.document_list.count()):
        view.document_list.item(row).setCheckState(Qt.CheckState.Unchecked)
    qtbot.keyClick(view.query, Qt.Key.Key_Return)
    assert view.model.rowCount() == 0 and "No document is checked" in view.message.text()


def test_segments_dock_with_a_set_follows_random_codings(make_window, demo_path) -> None:  # type: ignore[no-untyped-def]
    """Codings added, resized, recoded, removed, undone and redone in documents inside and
    outside the set: the narrowed list always equals a fresh read of the set's segments."""
    import random

    from caqda.core import summary
    from tests.gui.test_incremental_refresh import random_step

    window = make_window(demo_path)
    session = window.session
    session.set_visible_coders(None)
    project = session.project
    set_ids, _ = _make_set(window)
    code_ids = [code.id for code in codebook.list_codes(project)][:3]
    panel = window.segments_panel
    panel.scope.setCurrentIndex(0)
    window.codebook_panel.select_code(code_ids[1])
    _choose(panel.documents_row.set_choice, "Management")
    settle(window)
    generator = random.Random(7)
    all_ids = [d.id for d in documents.list_documents(project)]
    for step in range(30):
        if step % 5 == 0:
            window.show_document(generator.choice(all_ids))
            settle(window)
        random_step(window, generator, code_ids)
        settle(window)
        fresh = summary.coded_segments(project, code_ids=[code_ids[1]], document_ids=set_ids)
        assert [s.as_dict() for s in panel.model.rows] == [s.as_dict() for s in fresh]
    assert panel.model.rowCount() > 0
