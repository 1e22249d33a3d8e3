"""Reviewing codings as a supervisor does it: open the review window, walk with J/K, mark with
A/R/D, see the marks in the database, on the transcript's stripes and in the segments dock;
undo a mark."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from caqda.core import coders, documents, review
from caqda.core.coding import CodingFilter, list_codings
from caqda.gui.main_window import MainWindow
from caqda.gui.review.review_window import ReviewWindow
from caqda.gui.views.segments_panel import REVIEW_FILTERS


def _open_review(qtbot, window: MainWindow, document: str, coder: str) -> ReviewWindow:  # type: ignore[no-untyped-def]
    assert window.session is not None
    window.action("review").trigger()
    reviewer = window.review.window
    assert isinstance(reviewer, ReviewWindow)
    qtbot.addWidget(reviewer)
    project = window.session.project
    reviewer.document_filter.setCurrentIndex(
        reviewer.document_filter.findData(documents.find_document(project, document).id)
    )
    reviewer.coder_filter.setCurrentIndex(
        reviewer.coder_filter.findData(coders.find_coder(project, coder).id)
    )
    return reviewer


def test_review_with_keys_marks_stripes_and_dock(qtbot, make_window, demo_path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo_path, coder="Supervisor")
    project = window.session.project
    name = "E03 Ombudsman coordinator"
    document = documents.find_document(project, name)
    ana = coders.find_coder(project, "Ana")
    expected = list_codings(project, CodingFilter(document_ids=(document.id,), coder_ids=(ana.id,)))
    assert len(expected) >= 3
    reviewer = _open_review(qtbot, window, name, "Ana")
    assert len(reviewer.queue) == len(expected)
    assert reviewer.position.text() == f"Coding 1 of {len(expected)}"
    first = reviewer.current_coding()
    text = documents.document_text(project, document.id)
    assert text[first.start : first.end].split()[0] in reviewer.context.toPlainText()

    reviewer.setFocus()
    qtbot.keyClick(reviewer, Qt.Key.Key_A)  # approve, moves on
    qtbot.keyClicks(reviewer.comment, "too broad")
    qtbot.keyClick(reviewer.comment, Qt.Key.Key_Return)  # back to the window
    qtbot.keyClick(reviewer, Qt.Key.Key_R)
    qtbot.keyClick(reviewer, Qt.Key.Key_D)
    qtbot.keyClick(reviewer, Qt.Key.Key_K)  # back to the third
    assert reviewer.position.text() == f"Coding 3 of {len(expected)}"
    qtbot.keyClick(reviewer, Qt.Key.Key_J)
    assert reviewer.position.text() == f"Coding 4 of {len(expected)}"

    sup = coders.find_coder(project, "Supervisor")
    marks = review.current_marks(project, reviewer_id=sup.id)
    ordered = reviewer.queue
    assert marks[ordered[0].uuid].mark == "approved"
    assert (marks[ordered[1].uuid].mark, marks[ordered[1].uuid].comment) == ("rejected", "too broad")
    assert marks[ordered[2].uuid].mark == "discuss"
    assert len(marks) == 3

    # The transcript followed the review and shows the signs on the stripes.
    assert window.transcript.document_id == document.id
    window.session.set_visible_coders(None)
    window.show_document(document.id)
    view = window.transcript
    QApplication.processEvents()
    view.select_coding(ordered[0].id)  # scroll to the first reviewed coding
    QApplication.processEvents()
    view.stripes.repaint()
    drawn = view.stripes.drawn_verdicts()
    assert drawn.get(ordered[0].id) == "approved"
    assert view.stripes._describe(view.index.by_id[ordered[0].id]).endswith("<br>Review: ✓ approved")

    # The segments dock: a Review column, filterable by mark.
    panel = window.segments_panel
    window._refresh_segments()
    QApplication.processEvents()
    column = panel.model.columnCount() - 1
    assert panel.model.headerData(column, Qt.Orientation.Horizontal) == "Review"
    shown = {
        panel.model.rows[row].uuid: panel.model.index(row, column).data()
        for row in range(panel.model.rowCount())
    }
    assert shown[ordered[0].uuid] == "✓ Approved" and shown[ordered[1].uuid] == "✗ Rejected"
    panel.review_filter.setCurrentIndex(REVIEW_FILTERS.index("rejected"))
    assert [row.uuid for row in panel.shown_segments()] == [ordered[1].uuid]
    panel.review_filter.setCurrentIndex(REVIEW_FILTERS.index("unreviewed"))
    assert ordered[0].uuid not in {row.uuid for row in panel.shown_segments()}
    assert len(panel.shown_segments()) == panel.model.rowCount() - 3

    # Undo the last mark (discuss): the coding is unreviewed again, on screen and in the file.
    window.session.undo_stack.undo()
    QApplication.processEvents()
    assert ordered[2].uuid not in review.current_marks(project, reviewer_id=sup.id)
    assert window.session.undo_stack.undoText() == "Review: ✗ Rejected"
    window.session.undo_stack.redo()
    assert review.current_marks(project, reviewer_id=sup.id)[ordered[2].uuid].mark == "discuss"


def test_only_unreviewed_skips_marked_codings(qtbot, make_window, demo_path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo_path, coder="Supervisor")
    reviewer = _open_review(qtbot, window, "E03 Ombudsman coordinator", "Ana")
    total = len(reviewer.queue)
    reviewer.setFocus()
    qtbot.keyClick(reviewer, Qt.Key.Key_A)
    qtbot.keyClick(reviewer, Qt.Key.Key_A)
    reviewer.only_unreviewed.setChecked(True)
    assert len(reviewer.queue) == total - 2
    assert "Not reviewed yet." in reviewer.marks.text()


def test_summary_and_a_window_left_open_after_closing(qtbot, make_window, demo_path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo_path, coder="Supervisor")
    reviewer = _open_review(qtbot, window, "E03 Ombudsman coordinator", "Ana")
    reviewer.setFocus()
    qtbot.keyClick(reviewer, Qt.Key.Key_A)
    qtbot.keyClick(reviewer, Qt.Key.Key_R)
    dialog = reviewer.show_summary()
    assert dialog is not None
    qtbot.addWidget(dialog)
    table = dialog.tables["coder"]
    ana = next(row for row in range(table.rowCount()) if table.item(row, 0).text() == "Ana")
    assert [table.item(ana, column).text() for column in (1, 2, 3)] == ["1", "1", "0"]
    window.close_project()
    qtbot.keyClick(reviewer, Qt.Key.Key_A)  # the project is closed: the window shuts, nothing breaks
    assert not reviewer.isVisible()
