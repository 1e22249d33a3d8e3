"""The analysis windows as a researcher drives them: a query typed and run, a passage opened,
the passages coded with a new code and the step undone; a table computed and a cell opened."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt

from caqda.core.analysis.query import run_query
from caqda.core.analysis.scope import Filters
from caqda.core.analysis.tables import build_table
from caqda.gui.main_window import MainWindow


def _query_window(qtbot, window: MainWindow):  # type: ignore[no-untyped-def]
    window.action("coding_query").trigger()
    view = window.analysis.query_window
    qtbot.addWidget(view)
    return view


def test_query_runs_opens_codes_and_undoes(qtbot, window: MainWindow, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    view = _query_window(qtbot, window)
    project = window.session.project  # type: ignore[union-attr]
    qtbot.keyClicks(view.query, 'Complaint AND NOT "Responding to interactions"')
    view.within.setCurrentIndex(view.within.findData("turn"))
    qtbot.keyClick(view.query, Qt.Key.Key_Return)
    expected = run_query(project, 'Complaint AND NOT "Responding to interactions"', within="turn")
    model = view.model
    assert model.rowCount() == len(expected.passages) > 0
    assert model.index(0, 0).data() == expected.passages[0].document
    qtmodeltester.check(model)
    # a double click opens the passage in the transcript
    last = expected.passages[-1]
    view.table.doubleClicked.emit(model.index(model.rowCount() - 1, 2))
    assert window.transcript.document_id == last.document_id
    assert window.transcript.selected_range() == (last.start, last.end)
    # code them all with a new code: one undoable step
    codings_before = project.scalar("SELECT COUNT(*) FROM codings")
    assert view.code_passages("Unanswered complaints")
    code_id = project.scalar("SELECT id FROM codes WHERE name = 'Unanswered complaints'")
    assert project.scalar("SELECT COUNT(*) FROM codings WHERE code_id = ?", (code_id,)) == len(
        expected.passages
    )
    window.action("undo").trigger()
    assert project.scalar("SELECT COUNT(*) FROM codes WHERE name = 'Unanswered complaints'") == 0
    assert project.scalar("SELECT COUNT(*) FROM codings") == codings_before
    window.action("redo").trigger()
    assert project.scalar("SELECT COUNT(*) FROM codings") == codings_before + len(expected.passages)


def test_query_errors_saved_queries_and_filters(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    view = _query_window(qtbot, window)
    view.query.setText("Complaint AND (Praise")
    view.run_button.click()
    assert "^" in view.message.text() and view.model.rowCount() == 0
    assert not view.export_button.isEnabled()
    view.query.setText('"Peer support"')
    view.where.setText("Department=Nursing")
    view.coder_list.item(1).setCheckState(Qt.CheckState.Unchecked)  # Bruno
    view.run_button.click()
    project = window.session.project  # type: ignore[union-attr]
    expected = run_query(
        project, '"Peer support"', filters=Filters.of(coders=["Ana"], where=["Department=Nursing"])
    )
    assert view.model.rowCount() == len(expected.passages) > 0
    view.save_query("Nursing peer support")
    view.query.clear()
    view.saved.setCurrentIndex(view.saved.findData("Nursing peer support"))
    view.saved.activated.emit(view.saved.currentIndex())
    assert view.query.text() == '"Peer support"' and view.model.rowCount() == len(expected.passages)
    target = tmp_path / "passages.xlsx"
    view.export(target)
    rows = list(openpyxl.load_workbook(target)["Query"].iter_rows(values_only=True))
    assert len(rows) == len(expected.passages) + 1


def test_tables_window_computes_and_opens_a_cell(
    qtbot, window: MainWindow, qtmodeltester, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window.action("analysis_tables").trigger()
    view = window.analysis.tables_window
    qtbot.addWidget(view)
    project = window.session.project  # type: ignore[union-attr]
    view.kind.setCurrentIndex(view.kind.findData("matrix"))
    view.by.setCurrentIndex(view.by.findData("attribute:Department"))
    view.compute_button.click()
    expected = build_table(project, "matrix", by="attribute:Department")
    model = view.model
    assert model.rowCount() == len(expected.rows)
    row = [r[0] for r in expected.rows].index("Customer sphere › Peer support")
    column = expected.header.index("Nursing")
    assert model.index(row, column).data() == str(expected.rows[row][column])
    qtmodeltester.check(model)
    view.view.clicked.emit(model.index(row, column))
    assert view.cell_model.rowCount() == expected.rows[row][column] > 0
    assert {p.code for p in view.cell_model.passages} == {"Peer support"}
    first = view.cell_model.passages[0]
    view.cell_view.doubleClicked.emit(view.cell_model.index(0, 3))
    assert window.transcript.selected_range() == (first.start, first.end)
    qtmodeltester.check(view.cell_model)
    view.kind.setCurrentIndex(view.kind.findData("spheres"))
    view.compute_button.click()
    assert model.index(0, 0).data() == "E01 Marketing and communication manager"
    target = tmp_path / "spheres.csv"
    view.export(target)
    assert target.read_text(encoding="utf-8-sig").startswith("document,Provider sphere %")


def test_unanswered_threads_open_in_the_transcript(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.action("analysis_tables").trigger()
    view = window.analysis.tables_window
    qtbot.addWidget(view)
    view.kind.setCurrentIndex(view.kind.findData("social"))
    view.by.setCurrentIndex(view.by.findData("unanswered"))
    view.compute_button.click()
    table = view.table
    assert table is not None and table.kind == "unanswered_threads"
    assert view.model.rowCount() == len(table.rows) > 0
    view.view.doubleClicked.emit(view.model.index(2, 0))
    document_id, start, end = table.row_locations[2]
    assert window.transcript.document_id == document_id
    assert window.transcript.selected_range() == (start, end)


def test_chart_tab_draws_the_table_and_saves_it(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

    window.action("analysis_tables").trigger()
    view = window.analysis.tables_window
    qtbot.addWidget(view)
    view.kind.setCurrentIndex(view.kind.findData("spheres"))
    view.compute_button.click()
    view.tabs.setCurrentWidget(view.chart_box)
    assert isinstance(view.canvas, FigureCanvasQTAgg)
    bars = view.figure.axes[0].patches  # type: ignore[union-attr]
    assert len(bars) == 3 * view.model.rowCount()
    view.kind.setCurrentIndex(view.kind.findData("cooccurrence"))
    view.compute_button.click()
    view.as_network.setChecked(True)
    assert view.figure.axes[0].collections[0].get_segments()  # type: ignore[union-attr]
    target = tmp_path / "network.svg"
    view.save_chart(target)
    assert target.read_text(encoding="utf-8").lstrip().startswith("<?xml")
